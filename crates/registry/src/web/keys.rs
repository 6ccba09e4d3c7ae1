//! The keys anyone needs to check this registry's certificates, and the
//! admins' hand on the certification body's keys ([`crate::keys`]).
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET /keys` | anyone | the certification body's keys, past and present, and the log's key |
//! | `POST /admin/keys/rotate` | admin | a new active key; the old one retired |
//! | `POST /admin/keys/withdraw` | admin | a retired key withdrawn, with a reason |

use std::sync::Arc;

use axum::Router;
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use maud::{Markup, html};
use serde::Deserialize;

use super::account::{Session, admin_view, csrf_field, csrf_ok, csrf_refused, require};
use super::i18n::{negotiate, t};
use super::pages::layout;
use super::{AppState, LangParam, Shared};
use crate::issue::Issuer;
use crate::keys::{KeyRing, KeysError};
use crate::store::{KeyState, Role};

/// The routes of this module.
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/keys", get(keys_page))
        .route("/admin/keys/rotate", post(rotate))
        .route("/admin/keys/withdraw", post(withdraw))
}

fn state_words(lang: &str, state: KeyState) -> &'static str {
    t(
        lang,
        match state {
            KeyState::Active => "key_active",
            KeyState::Retired => "key_retired",
            KeyState::Withdrawn => "key_withdrawn",
        },
    )
}

/// The table of the certification body's keys.
fn key_table(lang: &str, ring: &KeyRing) -> Markup {
    html! {
        div.scroll {
            table.keys {
                thead { tr {
                    th scope="col" { (t(lang, "key_id")) }
                    th scope="col" { (t(lang, "key_state")) }
                    th scope="col" { (t(lang, "key_from")) }
                    th scope="col" { (t(lang, "key_until")) }
                } }
                tbody {
                    @for k in ring.keys() {
                        @let r = &k.record;
                        tr {
                            td { code { (r.key_id) } }
                            td {
                                (state_words(lang, r.state))
                                @if let Some(on) = r.withdrawn_on {
                                    br; (t(lang, "key_withdrawn_on")) " " (on)
                                    @if !r.reason.is_empty() { br; (t(lang, "key_reason")) ": " (r.reason) }
                                }
                            }
                            td { (r.active_from) }
                            td { @if let Some(d) = r.retired_on { (d) } @else { "—" } }
                        }
                    }
                }
            }
        }
        @for k in ring.keys() {
            @if k.record.state != KeyState::Withdrawn {
                pre.note { code { (k.record.verifier_key) } }
            }
        }
    }
}

async fn keys_page(
    State(state): State<Shared>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(params.lang.as_deref(), &headers);
    let ring = state.key_ring().await;
    let body = html! {
        h1 { (t(lang, "key_title")) }
        p { (t(lang, "key_intro")) }
        h2 { (t(lang, "key_body")) }
        @match &ring {
            Some(ring) => { (key_table(lang, ring)) }
            None => { p { (t(lang, "key_none")) } }
        }
        @if let Some(log) = &state.log {
            h2 { (t(lang, "key_log")) }
            dl.kv {
                dt { (t(lang, "acc_log_origin")) } dd { (log.origin()) }
            }
            pre.note { code { (log.verifier().to_vkey()) } }
        }
    };
    let page = layout(lang, Some(&uri), t(lang, "key_title"), body);
    (StatusCode::OK, axum::response::Html(page)).into_response()
}

/// The admins' section on the keys: the table, rotation and withdrawal.
pub(crate) async fn admin_section(state: &AppState, lang: &str, csrf: &str) -> Markup {
    let Some(issuer) = &state.issuer else {
        return html! { p { (t(lang, "acc_no_key")) } };
    };
    let ring = issuer.keys.current(&state.db).await;
    html! {
        p { (t(lang, "acc_key_text")) " " a href="/keys" { (t(lang, "key_title")) } }
        (key_table(lang, &ring))
        dl.kv {
            dt { (t(lang, "acc_log_origin")) } dd { (issuer.ledger.origin()) }
        }
        h3 { (t(lang, "key_rotate")) }
        p { (t(lang, "key_rotate_text")) }
        form.verify method="post" action="/admin/keys/rotate" {
            (csrf_field(csrf))
            button type="submit" { (t(lang, "key_rotate")) }
        }
        h3 { (t(lang, "key_withdraw")) }
        p { (t(lang, "key_withdraw_text")) }
        @let retired: Vec<_> = ring.keys().iter().filter(|k| k.record.state == KeyState::Retired).collect();
        @if retired.is_empty() {
            p { (t(lang, "key_no_retired")) }
        } @else {
            form.verify method="post" action="/admin/keys/withdraw" {
                (csrf_field(csrf))
                label { (t(lang, "key_id"))
                    select name="key_id" required {
                        @for k in &retired { option value=(k.record.key_id) { (k.record.key_id) } }
                    }
                }
                label { (t(lang, "key_reason")) input type="text" name="reason" maxlength="500" required; }
                button type="submit" { (t(lang, "key_withdraw")) }
            }
        }
    }
}

#[derive(Debug, Deserialize)]
struct RotateForm {
    #[serde(default)]
    csrf: String,
}

#[derive(Debug, Deserialize)]
struct WithdrawForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    key_id: String,
    #[serde(default)]
    reason: String,
}

/// What both key forms check first: an admin, the form's CSRF token, and
/// a certification body at work on this site.
async fn admin_act(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    csrf: &str,
) -> Result<(&'static str, Session, Arc<Issuer>), Response> {
    let lang = negotiate(None, headers);
    let s = require(state, headers, uri, &[Role::Admin]).await?;
    if !csrf_ok(&s, csrf) {
        return Err(csrf_refused(lang));
    }
    match &state.issuer {
        Some(issuer) => Ok((lang, s, Arc::clone(issuer))),
        None => Err(admin_view(state, &s, lang, false, Some(t(lang, "acc_no_key"))).await),
    }
}

async fn rotate(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<RotateForm>,
) -> Response {
    let (lang, s, issuer) = match admin_act(&state, &headers, &uri, &f.csrf).await {
        Ok(act) => act,
        Err(r) => return r,
    };
    match issuer
        .keys
        .rotate(&state.db, &issuer.ledger, (state.today)())
        .await
    {
        Ok(ring) => {
            tracing::info!(key = %ring.active().record.key_id, by = %s.account.email, "rotated the certification body key");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(e) => changed_not(&state, &s, lang, &e).await,
    }
}

async fn withdraw(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<WithdrawForm>,
) -> Response {
    let (lang, s, issuer) = match admin_act(&state, &headers, &uri, &f.csrf).await {
        Ok(act) => act,
        Err(r) => return r,
    };
    let reason: String = f.reason.trim().chars().take(500).collect();
    match issuer
        .keys
        .withdraw(
            &state.db,
            &issuer.ledger,
            f.key_id.trim(),
            &reason,
            (state.today)(),
        )
        .await
    {
        Ok(_) => {
            tracing::warn!(key = %f.key_id.trim(), by = %s.account.email, "withdrew a certification body key");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(e) => changed_not(&state, &s, lang, &e).await,
    }
}

/// The admin page again with why the change was not made; a failure that
/// is not the admin's to fix is logged and answered as a server error.
async fn changed_not(state: &AppState, s: &Session, lang: &str, e: &KeysError) -> Response {
    match e {
        KeysError::Refused(reason) => {
            let mut r = admin_view(state, s, lang, false, Some(reason)).await;
            *r.status_mut() = StatusCode::BAD_REQUEST;
            r
        }
        other => {
            tracing::error!("changing the certification body's keys: {other}");
            super::html(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang))
        }
    }
}
