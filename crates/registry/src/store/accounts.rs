//! Accounts, sessions, API tokens and failed sign-ins. Secrets are never
//! stored: sessions and tokens are kept as SHA-256 digests of the random
//! values the client holds, passwords as Argon2id hashes made by
//! [`crate::auth`].

use std::str::FromStr;

use super::{Db, Result, StoreError, on_db, query_err};

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A maker: registers products and submits them for certification.
    Manufacturer,
    /// The certification body's assessor: reviews, tests, approves,
    /// suspends, reinstates and revokes.
    Assessor,
    /// Manages accounts and the certification body's key; moderates.
    Admin,
}

impl Role {
    /// The name stored and shown in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Manufacturer => "manufacturer",
            Role::Assessor => "assessor",
            Role::Admin => "admin",
        }
    }

    /// Every role.
    pub const ALL: [Role; 3] = [Role::Manufacturer, Role::Assessor, Role::Admin];
}

impl FromStr for Role {
    type Err = StoreError;

    fn from_str(s: &str) -> Result<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or_else(|| StoreError::Invalid {
                what: "role",
                reason: format!("`{s}` is not manufacturer, assessor or admin"),
            })
    }
}

/// An account, without its password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// Its number.
    pub id: i64,
    /// The e-mail address it signs in with (lower case).
    pub email: String,
    /// The person's name.
    pub name: String,
    /// The maker or body the person works for.
    pub organisation: String,
    /// What it may do.
    pub role: Role,
    /// A disabled account cannot sign in or use its tokens.
    pub disabled: bool,
    /// When it was made (Unix seconds).
    pub created_at: i64,
}

/// An API token as listed (the token itself is shown once, when made).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    /// The name its owner gave it.
    pub name: String,
    /// The first characters of its digest, to tell tokens apart.
    pub fingerprint: String,
    /// When it was made (Unix seconds).
    pub created_at: i64,
    /// When it was last used, if ever.
    pub last_used_at: Option<i64>,
}

type AccountRow = (i64, String, String, String, String, bool, i64);

/// An account's row with one more text column (a hash, a CSRF token).
type AccountRowWith = (i64, String, String, String, String, bool, i64, String);

const ACCOUNT_COLUMNS: &str =
    "SELECT id, email, name, organisation, role, disabled, created_at FROM accounts";

fn account_of(r: AccountRow) -> Result<Account> {
    let (id, email, name, organisation, role, disabled, created_at) = r;
    let role = role.parse().map_err(|_| StoreError::Corrupt {
        what: "role",
        id: email.clone(),
        reason: format!("`{role}` is not a role"),
    })?;
    Ok(Account {
        id,
        email,
        name,
        organisation,
        role,
        disabled,
        created_at,
    })
}

/// The form an e-mail address is stored and looked up in.
pub fn normal_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Db {
    /// Makes an account. The e-mail address must be new.
    pub async fn create_account(
        &self,
        email: &str,
        name: &str,
        organisation: &str,
        role: Role,
        password_hash: &str,
        now: i64,
    ) -> Result<i64> {
        let email = normal_email(email);
        let invalid = |reason: &str| StoreError::Invalid {
            what: "account",
            reason: reason.to_owned(),
        };
        if !email.contains('@') || email.len() > 254 {
            return Err(invalid("the e-mail address is not one"));
        }
        if name.trim().is_empty() || organisation.trim().is_empty() {
            return Err(invalid("the name and organisation must not be empty"));
        }
        let sql = "INSERT INTO accounts (email, name, organisation, role, password_hash, disabled, created_at)
                   VALUES ($1, $2, $3, $4, $5, FALSE, $6) RETURNING id";
        let result: std::result::Result<i64, sqlx::Error> = on_db!(self, p => sqlx::query_scalar(sql)
            .bind(&email)
            .bind(name.trim())
            .bind(organisation.trim())
            .bind(role.as_str())
            .bind(password_hash)
            .bind(now)
            .fetch_one(p)
            .await);
        match result {
            Ok(id) => Ok(id),
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                Err(StoreError::Duplicate {
                    what: "account",
                    id: email,
                })
            }
            Err(e) => Err(query_err("making an account")(e)),
        }
    }

    /// The account with this number.
    pub async fn account(&self, id: i64) -> Result<Option<Account>> {
        let sql = format!("{ACCOUNT_COLUMNS} WHERE id = $1");
        let row: Option<AccountRow> =
            on_db!(self, p => sqlx::query_as(&sql).bind(id).fetch_optional(p).await)
                .map_err(query_err("reading an account"))?;
        row.map(account_of).transpose()
    }

    /// The account with this e-mail address and its password hash.
    pub async fn account_by_email(&self, email: &str) -> Result<Option<(Account, String)>> {
        let sql = "SELECT id, email, name, organisation, role, disabled, created_at, password_hash
                   FROM accounts WHERE email = $1";
        let row: Option<AccountRowWith> =
            on_db!(self, p => sqlx::query_as(sql).bind(normal_email(email)).fetch_optional(p).await)
                .map_err(query_err("reading an account"))?;
        row.map(|(a, b, c, d, e, f, g, hash)| Ok((account_of((a, b, c, d, e, f, g))?, hash)))
            .transpose()
    }

    /// Every account, by e-mail address.
    pub async fn accounts(&self) -> Result<Vec<Account>> {
        let sql = format!("{ACCOUNT_COLUMNS} ORDER BY email");
        let rows: Vec<AccountRow> = on_db!(self, p => sqlx::query_as(&sql).fetch_all(p).await)
            .map_err(query_err("listing accounts"))?;
        rows.into_iter().map(account_of).collect()
    }

    /// Enables or disables an account; disabling ends its sessions.
    pub async fn set_account_disabled(&self, id: i64, disabled: bool) -> Result<()> {
        let what = "changing an account";
        on_db!(self, p => sqlx::query("UPDATE accounts SET disabled = $1 WHERE id = $2")
            .bind(disabled)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err(what))?;
        if disabled {
            on_db!(self, p => sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                .bind(id)
                .execute(p)
                .await
                .map(|r| r.rows_affected()))
            .map_err(query_err(what))?;
        }
        Ok(())
    }

    /// Replaces an account's password hash and ends its sessions.
    pub async fn set_password_hash(&self, id: i64, hash: &str) -> Result<()> {
        let what = "changing a password";
        on_db!(self, p => sqlx::query("UPDATE accounts SET password_hash = $1 WHERE id = $2")
            .bind(hash)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err(what))?;
        on_db!(self, p => sqlx::query("DELETE FROM sessions WHERE account_id = $1")
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err(what))
        .map(drop)
    }

    /// Records a session (its token's digest and its CSRF token).
    pub async fn create_session(
        &self,
        token_hash: &str,
        account_id: i64,
        csrf: &str,
        expires_at: i64,
    ) -> Result<()> {
        on_db!(self, p => sqlx::query(
            "INSERT INTO sessions (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(csrf)
        .bind(expires_at)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("starting a session"))
        .map(drop)
    }

    /// The account and CSRF token of a live session of an enabled
    /// account.
    pub async fn session(&self, token_hash: &str, now: i64) -> Result<Option<(Account, String)>> {
        let sql =
            "SELECT a.id, a.email, a.name, a.organisation, a.role, a.disabled, a.created_at, s.csrf
                   FROM sessions s JOIN accounts a ON a.id = s.account_id
                   WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled";
        let row: Option<AccountRowWith> =
            on_db!(self, p => sqlx::query_as(sql).bind(token_hash).bind(now).fetch_optional(p).await)
                .map_err(query_err("reading a session"))?;
        row.map(|(a, b, c, d, e, f, g, csrf)| Ok((account_of((a, b, c, d, e, f, g))?, csrf)))
            .transpose()
    }

    /// Ends a session, and every expired one.
    pub async fn delete_session(&self, token_hash: &str, now: i64) -> Result<()> {
        on_db!(self, p => sqlx::query("DELETE FROM sessions WHERE token_hash = $1 OR expires_at <= $2")
            .bind(token_hash)
            .bind(now)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("ending a session"))
        .map(drop)
    }

    /// Records an API token's digest.
    pub async fn create_api_token(
        &self,
        token_hash: &str,
        account_id: i64,
        name: &str,
        now: i64,
    ) -> Result<()> {
        if name.trim().is_empty() || name.chars().count() > 100 {
            return Err(StoreError::Invalid {
                what: "token name",
                reason: "give a name of 1 to 100 characters".to_owned(),
            });
        }
        on_db!(self, p => sqlx::query(
            "INSERT INTO api_tokens (token_hash, account_id, name, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(name.trim())
        .bind(now)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("making an API token"))
        .map(drop)
    }

    /// The enabled account an API token belongs to; notes its use.
    pub async fn api_token_account(&self, token_hash: &str, now: i64) -> Result<Option<Account>> {
        let sql = "SELECT a.id, a.email, a.name, a.organisation, a.role, a.disabled, a.created_at
                   FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                   WHERE t.token_hash = $1 AND NOT a.disabled";
        let row: Option<AccountRow> =
            on_db!(self, p => sqlx::query_as(sql).bind(token_hash).fetch_optional(p).await)
                .map_err(query_err("reading an API token"))?;
        if row.is_some() {
            on_db!(self, p => sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE token_hash = $2")
                .bind(now)
                .bind(token_hash)
                .execute(p)
                .await
                .map(|r| r.rows_affected()))
            .map_err(query_err("reading an API token"))?;
        }
        row.map(account_of).transpose()
    }

    /// An account's API tokens, newest first.
    pub async fn api_tokens_of(&self, account_id: i64) -> Result<Vec<ApiToken>> {
        let sql = "SELECT name, token_hash, created_at, last_used_at FROM api_tokens
                   WHERE account_id = $1 ORDER BY created_at DESC, name";
        let rows: Vec<(String, String, i64, Option<i64>)> =
            on_db!(self, p => sqlx::query_as(sql).bind(account_id).fetch_all(p).await)
                .map_err(query_err("listing API tokens"))?;
        Ok(rows
            .into_iter()
            .map(|(name, hash, created_at, last_used_at)| ApiToken {
                name,
                fingerprint: hash.chars().take(12).collect(),
                created_at,
                last_used_at,
            })
            .collect())
    }

    /// Revokes an account's token by its fingerprint. Returns whether
    /// one was revoked.
    pub async fn delete_api_token(&self, account_id: i64, fingerprint: &str) -> Result<bool> {
        if fingerprint.len() < 12 || !fingerprint.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Ok(false);
        }
        let pattern = format!("{fingerprint}%");
        let done = on_db!(self, p => sqlx::query(
            "DELETE FROM api_tokens WHERE account_id = $1 AND token_hash LIKE $2",
        )
        .bind(account_id)
        .bind(&pattern)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))
        .map_err(query_err("revoking an API token"))?;
        Ok(done > 0)
    }

    /// Notes a failed sign-in for `key` (an address or a client).
    pub async fn record_login_failure(&self, key: &str, now: i64) -> Result<()> {
        on_db!(self, p => sqlx::query("INSERT INTO login_failures (key, at) VALUES ($1, $2)")
            .bind(key)
            .bind(now)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("noting a failed sign-in"))
        .map(drop)
    }

    /// How many sign-ins failed for `key` since `since`.
    pub async fn login_failures_since(&self, key: &str, since: i64) -> Result<u64> {
        let n: i64 = on_db!(self, p => sqlx::query_scalar(
            "SELECT COUNT(*) FROM login_failures WHERE key = $1 AND at > $2",
        )
        .bind(key)
        .bind(since)
        .fetch_one(p)
        .await)
        .map_err(query_err("counting failed sign-ins"))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// Forgets the failures of `key`, and every failure before `before`.
    pub async fn clear_login_failures(&self, key: &str, before: i64) -> Result<()> {
        on_db!(self, p => sqlx::query("DELETE FROM login_failures WHERE key = $1 OR at <= $2")
            .bind(key)
            .bind(before)
            .execute(p)
            .await
            .map(|r| r.rows_affected()))
        .map_err(query_err("clearing failed sign-ins"))
        .map(drop)
    }
}
