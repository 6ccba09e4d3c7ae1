//! The certification body's signing keys: which is active, which retired
//! and which withdrawn, and since when. The private keys are files in the
//! key directory ([`crate::keys`]); only verifier keys are stored here.

use chrono::NaiveDate;

use super::{Db, Result, StoreError, Tx, on_db, on_tx, query_err, unix_now};

/// Where a signing key stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KeyState {
    /// Signs new certificates (exactly one key is active).
    Active,
    /// Signs no new certificates, only status changes of those it issued;
    /// they still verify.
    Retired,
    /// Signs nothing; the certificates it signed no longer verify.
    Withdrawn,
}

impl KeyState {
    /// The name stored and shown in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            KeyState::Active => "active",
            KeyState::Retired => "retired",
            KeyState::Withdrawn => "withdrawn",
        }
    }

    fn parse(key_id: &str, s: &str) -> Result<KeyState> {
        match s {
            "active" => Ok(KeyState::Active),
            "retired" => Ok(KeyState::Retired),
            "withdrawn" => Ok(KeyState::Withdrawn),
            _ => Err(StoreError::Corrupt {
                what: "signing key state",
                id: key_id.to_owned(),
                reason: format!("`{s}` is not active, retired or withdrawn"),
            }),
        }
    }
}

/// One of the certification body's signing keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SigningKeyRecord {
    /// The DSSE key id, `name+xxxxxxxx`.
    pub key_id: String,
    /// The C2SP verifier key line.
    pub verifier_key: String,
    /// Where it stands.
    pub state: KeyState,
    /// The day it became the active key.
    pub active_from: NaiveDate,
    /// The day it stopped signing certificates.
    pub retired_on: Option<NaiveDate>,
    /// The day it was withdrawn.
    pub withdrawn_on: Option<NaiveDate>,
    /// Why it was withdrawn.
    pub reason: String,
}

type KeyRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
);

const KEY_COLUMNS: &str = "SELECT key_id, verifier_key, state, active_from, retired_on, withdrawn_on, reason FROM signing_keys";

fn day(key_id: &str, what: &'static str, s: &str) -> Result<NaiveDate> {
    s.parse().map_err(|e| StoreError::Corrupt {
        what,
        id: key_id.to_owned(),
        reason: format!("`{s}` is not a date: {e}"),
    })
}

fn key_of(r: KeyRow) -> Result<SigningKeyRecord> {
    let (key_id, verifier_key, state, active_from, retired_on, withdrawn_on, reason) = r;
    Ok(SigningKeyRecord {
        state: KeyState::parse(&key_id, &state)?,
        active_from: day(&key_id, "key activation date", &active_from)?,
        retired_on: retired_on
            .map(|d| day(&key_id, "key retirement date", &d))
            .transpose()?,
        withdrawn_on: withdrawn_on
            .map(|d| day(&key_id, "key withdrawal date", &d))
            .transpose()?,
        key_id,
        verifier_key,
        reason,
    })
}

/// Records `key_id` as the active key from `today`.
async fn insert_active(
    tx: &mut Tx,
    key_id: &str,
    verifier_key: &str,
    today: NaiveDate,
    what: &'static str,
) -> Result<()> {
    on_tx!(tx, c => sqlx::query(
        "INSERT INTO signing_keys (key_id, verifier_key, state, active_from, created_at)
         VALUES ($1, $2, 'active', $3, $4)",
    )
    .bind(key_id)
    .bind(verifier_key)
    .bind(today.to_string())
    .bind(unix_now())
    .execute(c)
    .await
    .map(drop))
    .map_err(query_err(what))
}

impl Db {
    /// Every signing key, oldest first.
    pub async fn signing_keys(&self) -> Result<Vec<SigningKeyRecord>> {
        let sql = format!("{KEY_COLUMNS} ORDER BY seq");
        let rows: Vec<KeyRow> = on_db!(self, p => sqlx::query_as(&sql).fetch_all(p).await)
            .map_err(query_err("listing signing keys"))?;
        rows.into_iter().map(key_of).collect()
    }

    /// Records `key_id` as the active key from `today` when the registry
    /// has no signing key yet. Returns whether it was recorded.
    pub async fn add_first_signing_key(
        &self,
        key_id: &str,
        verifier_key: &str,
        today: NaiveDate,
    ) -> Result<bool> {
        let what = "recording the first signing key";
        let mut tx = self.begin(what).await?;
        let count: i64 =
            on_tx!(&mut tx, c => sqlx::query_scalar("SELECT COUNT(*) FROM signing_keys")
            .fetch_one(c)
            .await)
            .map_err(query_err(what))?;
        if count > 0 {
            return Ok(false);
        }
        insert_active(&mut tx, key_id, verifier_key, today, what).await?;
        tx.commit(what).await?;
        Ok(true)
    }
}

impl Tx {
    /// Makes `key_id` the active key from `today` and retires `previous`,
    /// which must be the active key: if another process rotated first,
    /// the answer is an error and the caller's transaction is dropped.
    pub async fn rotate_signing_key(
        &mut self,
        previous: &str,
        key_id: &str,
        verifier_key: &str,
        today: NaiveDate,
    ) -> Result<()> {
        let what = "rotating the signing key";
        let retired = on_tx!(&mut *self, c => sqlx::query(
            "UPDATE signing_keys SET state = 'retired', retired_on = $1
             WHERE key_id = $2 AND state = 'active'",
        )
        .bind(today.to_string())
        .bind(previous)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err(what))?;
        if retired != 1 {
            return Err(StoreError::Invalid {
                what: "key rotation",
                reason: format!("{previous} is no longer the active key"),
            });
        }
        insert_active(self, key_id, verifier_key, today, what).await
    }

    /// Withdraws the retired key `key_id` from `today` for `reason`; an
    /// error if it is not retired (any more).
    pub async fn withdraw_signing_key(
        &mut self,
        key_id: &str,
        reason: &str,
        today: NaiveDate,
    ) -> Result<()> {
        let what = "withdrawing a signing key";
        let changed = on_tx!(&mut *self, c => sqlx::query(
            "UPDATE signing_keys SET state = 'withdrawn', withdrawn_on = $1, reason = $2
             WHERE key_id = $3 AND state = 'retired'",
        )
        .bind(today.to_string())
        .bind(reason)
        .bind(key_id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err(what))?;
        if changed != 1 {
            return Err(StoreError::Invalid {
                what: "key withdrawal",
                reason: format!("{key_id} is not a retired key"),
            });
        }
        Ok(())
    }
}
