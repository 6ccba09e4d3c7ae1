//! Signing in and out, registering as a maker, the account page with its
//! API tokens, and the admins' page (accounts, the certification body's
//! key).
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET/POST /login`, `POST /logout` | anyone | sessions |
//! | `GET/POST /register` | anyone (when open) | a maker's account |
//! | `GET /account` | signed in | the account, its work, its API tokens |
//! | `POST /account/tokens`, `/account/tokens/revoke` | signed in | API tokens |
//! | `GET /admin`, `POST /admin/accounts`, `/admin/accounts/{id}/{enable,disable}` | admin | accounts, the key |
//!
//! Sessions: a random 256-bit token in an `HttpOnly`, `SameSite=Lax`
//! cookie (`Secure` behind TLS), stored as its SHA-256; every form carries
//! a CSRF token, the session's or, before signing in, a double-submit
//! cookie's. Failed sign-ins are throttled per address and per client.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::header::{self, HeaderValue};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use maud::{Markup, html};
use serde::Deserialize;

use super::i18n::{negotiate, t};
use super::pages::{layout, link};
use super::{AppState, Shared, html as page};
use crate::auth;
use crate::store::{Account, Role, StoreError, unix_now};

/// The session cookie.
pub const SESSION_COOKIE: &str = "im_session";
/// The CSRF cookie of forms shown before signing in.
pub const CSRF_COOKIE: &str = "im_csrf";
/// How long a session lasts, in seconds.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// Failed sign-ins allowed per address or client in [`THROTTLE_SECONDS`].
pub const MAX_FAILURES: u64 = 5;
/// The window of the sign-in throttle.
pub const THROTTLE_SECONDS: i64 = 15 * 60;

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct Session {
    /// The account.
    pub account: Account,
    /// The session's CSRF token.
    pub csrf: String,
}

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/login", get(login_form).post(login))
        .route("/logout", post(logout))
        .route("/register", get(register_form).post(register))
        .route("/account", get(account_page))
        .route("/account/tokens", post(create_token))
        .route("/account/tokens/revoke", post(revoke_token))
        .route("/admin", get(admin_page))
        .route("/admin/accounts", post(admin_create))
        .route("/admin/accounts/{id}/{action}", post(admin_toggle))
}

/// A cookie's value in the request.
pub(crate) fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(cookie::Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|c| c.name() == name)
        .map(|c| c.value().to_owned())
}

/// A `Set-Cookie` value: `HttpOnly`, `SameSite=Lax`, path `/`, `Secure`
/// when the site says so; `max_age` 0 deletes it.
pub(crate) fn set_cookie(state: &AppState, name: &str, value: &str, max_age: i64) -> HeaderValue {
    let c = cookie::Cookie::build((name, value))
        .path("/")
        .http_only(true)
        .same_site(cookie::SameSite::Lax)
        .secure(state.options.secure_cookies)
        .max_age(cookie::time::Duration::seconds(max_age))
        .build();
    HeaderValue::from_str(&c.to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The session of the request, if it has a live one.
pub(crate) async fn session(
    state: &AppState,
    headers: &HeaderMap,
) -> Result<Option<Session>, StoreError> {
    let Some(token) = cookie(headers, SESSION_COOKIE) else {
        return Ok(None);
    };
    Ok(state
        .db
        .session(&auth::token_digest(&token), unix_now())
        .await?
        .map(|(account, csrf)| Session { account, csrf }))
}

/// The request's signed-in user with one of `roles`, or the response to
/// give instead: the sign-in page for nobody, 403 for another role.
pub(crate) async fn require(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    roles: &[Role],
) -> Result<Session, Response> {
    let lang = negotiate(None, headers);
    match session(state, headers).await {
        Ok(Some(s)) if roles.contains(&s.account.role) => Ok(s),
        Ok(Some(_)) => Err(message(
            StatusCode::FORBIDDEN,
            lang,
            t(lang, "acc_forbidden"),
        )),
        Ok(None) => {
            Err(Redirect::to(&link("/login", &[("next", uri.path().to_owned())])).into_response())
        }
        Err(e) => Err(super::server_error(lang, "reading a session", &e)),
    }
}

/// A short page with one message.
pub(crate) fn message(status: StatusCode, lang: &str, text: &str) -> Response {
    let body = html! {
        h1 { (text) }
        p { a href=(link("/", &[("lang", lang.to_owned())])) { (t(lang, "home")) } }
    };
    page(status, layout(lang, None, text, body))
}

/// The hidden CSRF field of a form.
pub(crate) fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// Whether a form's CSRF token is the session's.
pub(crate) fn csrf_ok(session: &Session, token: &str) -> bool {
    !token.is_empty() && auth::same_secret(&session.csrf, token)
}

/// The refusal of a form whose CSRF token does not match.
pub(crate) fn csrf_refused(lang: &str) -> Response {
    message(StatusCode::FORBIDDEN, lang, t(lang, "acc_csrf"))
}

/// Who is asking, for throttles: the peer's address when the server
/// knows it.
pub(crate) fn client_key(peer: Option<&Extension<ConnectInfo<SocketAddr>>>) -> String {
    peer.map_or_else(
        || "local".to_owned(),
        |Extension(ConnectInfo(a))| a.ip().to_string(),
    )
}

/// The pre-session CSRF token: the cookie's, or a new one to set.
fn pre_session_csrf(headers: &HeaderMap) -> (String, bool) {
    match cookie(headers, CSRF_COOKIE).filter(|c| c.len() >= 32) {
        Some(c) => (c, false),
        None => (auth::random_token().unwrap_or_default(), true),
    }
}

fn with_csrf_cookie(state: &AppState, mut r: Response, token: &str, new: bool) -> Response {
    if new {
        r.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(state, CSRF_COOKIE, token, 3600),
        );
    }
    r
}

fn pre_session_ok(headers: &HeaderMap, token: &str) -> bool {
    cookie(headers, CSRF_COOKIE).is_some_and(|c| !token.is_empty() && auth::same_secret(&c, token))
}

#[derive(Debug, Deserialize, Default)]
struct NextParam {
    next: Option<String>,
    lang: Option<String>,
    done: Option<String>,
}

/// A safe place to go after signing in: a path of this site.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/account".to_owned(),
    }
}

fn login_page(lang: &str, csrf: &str, next: &str, error: Option<&str>) -> String {
    let body = html! {
        h1 { (t(lang, "acc_sign_in")) }
        @if let Some(e) = error { p.outcome.bad role="alert" { (e) } }
        form.verify method="post" action="/login" {
            (csrf_field(csrf))
            input type="hidden" name="next" value=(next);
            label { (t(lang, "acc_email")) input type="email" name="email" autocomplete="username" required; }
            label { (t(lang, "acc_password")) input type="password" name="password" autocomplete="current-password" required; }
            button type="submit" { (t(lang, "acc_sign_in")) }
        }
        p { a href=(link("/register", &[("lang", lang.to_owned())])) { (t(lang, "acc_register")) } }
    };
    layout(lang, None, t(lang, "acc_sign_in"), body)
}

async fn login_form(
    State(state): State<Shared>,
    Query(q): Query<NextParam>,
    headers: HeaderMap,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let (csrf, new) = pre_session_csrf(&headers);
    let next = safe_next(q.next.as_deref());
    with_csrf_cookie(
        &state,
        page(StatusCode::OK, login_page(lang, &csrf, &next, None)),
        &csrf,
        new,
    )
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    next: Option<String>,
}

async fn login(
    State(state): State<Shared>,
    headers: HeaderMap,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    Form(f): Form<LoginForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    if !pre_session_ok(&headers, &f.csrf) {
        return csrf_refused(lang);
    }
    let now = unix_now();
    let email_key = format!("email:{}", crate::store::normal_email(&f.email));
    let client = format!("client:{}", client_key(peer.as_ref()));
    let next = safe_next(f.next.as_deref());
    let refuse = |status, text: &str| page(status, login_page(lang, &f.csrf, &next, Some(text)));
    for key in [&email_key, &client] {
        match state
            .db
            .login_failures_since(key, now - THROTTLE_SECONDS)
            .await
        {
            Ok(n) if n >= MAX_FAILURES => {
                return refuse(StatusCode::TOO_MANY_REQUESTS, t(lang, "acc_throttled"));
            }
            Ok(_) => {}
            Err(e) => return super::server_error(lang, "counting sign-ins", &e),
        }
    }
    let found = match state.db.account_by_email(&f.email).await {
        Ok(a) => a,
        Err(e) => return super::server_error(lang, "reading an account", &e),
    };
    let password = f.password.clone();
    let checked = match found {
        Some((account, hash)) if !account.disabled => {
            let ok = tokio::task::spawn_blocking(move || auth::verify_password(&password, &hash))
                .await
                .unwrap_or(false);
            ok.then_some(account)
        }
        _ => {
            // Spend the same time as for an account, so that timing does
            // not tell which addresses have one.
            let _ =
                tokio::task::spawn_blocking(move || auth::verify_password(&password, DUMMY_HASH))
                    .await;
            None
        }
    };
    let Some(account) = checked else {
        for key in [&email_key, &client] {
            if let Err(e) = state.db.record_login_failure(key, now).await {
                return super::server_error(lang, "noting a failed sign-in", &e);
            }
        }
        tracing::warn!(client = %client, "failed sign-in");
        return refuse(StatusCode::UNAUTHORIZED, t(lang, "acc_bad_login"));
    };
    let (Ok(token), Ok(csrf)) = (auth::random_token(), auth::random_token()) else {
        return page(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang));
    };
    if let Err(e) = state
        .db
        .create_session(
            &auth::token_digest(&token),
            account.id,
            &csrf,
            now + SESSION_SECONDS,
        )
        .await
    {
        return super::server_error(lang, "starting a session", &e);
    }
    if let Err(e) = state
        .db
        .clear_login_failures(&email_key, now - THROTTLE_SECONDS)
        .await
    {
        tracing::warn!("clearing failed sign-ins: {e}");
    }
    tracing::info!(account = %account.email, role = account.role.as_str(), "signed in");
    let mut r = Redirect::to(&next).into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &token, SESSION_SECONDS),
    );
    r.headers_mut()
        .append(header::SET_COOKIE, set_cookie(&state, CSRF_COOKIE, "", 0));
    r
}

/// An Argon2id hash of a password nobody has, checked when an address has
/// no account.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$YkI0yOLn9b4bqyA1UnRnTnNYqGqS5eVdtH3hSdQ2k1M";

#[derive(Debug, Deserialize)]
struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

async fn logout(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<CsrfOnly>,
) -> Response {
    let lang = negotiate(None, &headers);
    match session(&state, &headers).await {
        Ok(Some(s)) if !csrf_ok(&s, &f.csrf) => return csrf_refused(lang),
        Ok(_) => {}
        Err(e) => return super::server_error(lang, "reading a session", &e),
    }
    if let Some(token) = cookie(&headers, SESSION_COOKIE)
        && let Err(e) = state
            .db
            .delete_session(&auth::token_digest(&token), unix_now())
            .await
    {
        return super::server_error(lang, "ending a session", &e);
    }
    let mut r = Redirect::to("/").into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", 0),
    );
    r
}

fn register_page(lang: &str, csrf: &str, error: Option<&str>) -> String {
    let body = html! {
        h1 { (t(lang, "acc_register")) }
        @if let Some(e) = error { p.outcome.bad role="alert" { (e) } }
        form.verify method="post" action="/register" {
            (csrf_field(csrf))
            label { (t(lang, "acc_name")) input type="text" name="name" autocomplete="name" maxlength="200" required; }
            label { (t(lang, "acc_organisation")) input type="text" name="organisation" autocomplete="organization" maxlength="200" required; }
            label { (t(lang, "acc_email")) input type="email" name="email" autocomplete="email" maxlength="254" required; }
            label { (t(lang, "acc_password")) " (" (t(lang, "acc_password_hint")) ")"
                input type="password" name="password" autocomplete="new-password" minlength="12" maxlength="256" required; }
            button type="submit" { (t(lang, "acc_register")) }
        }
    };
    layout(lang, None, t(lang, "acc_register"), body)
}

async fn register_form(
    State(state): State<Shared>,
    Query(q): Query<NextParam>,
    headers: HeaderMap,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    if !state.options.open_registration {
        return message(
            StatusCode::FORBIDDEN,
            lang,
            t(lang, "acc_registration_closed"),
        );
    }
    let (csrf, new) = pre_session_csrf(&headers);
    with_csrf_cookie(
        &state,
        page(StatusCode::OK, register_page(lang, &csrf, None)),
        &csrf,
        new,
    )
}

#[derive(Debug, Deserialize)]
struct AccountForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    organisation: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    csrf: String,
}

/// Makes an account from a form; the message key of what went wrong.
async fn make_account(state: &AppState, f: &AccountForm, role: Role) -> Result<i64, &'static str> {
    let password = f.password.clone();
    let hash = tokio::task::spawn_blocking(move || auth::hash_password(&password))
        .await
        .map_err(|_| "error-text")?
        .map_err(|_| "acc_invalid")?;
    match state
        .db
        .create_account(&f.email, &f.name, &f.organisation, role, &hash, unix_now())
        .await
    {
        Ok(id) => Ok(id),
        Err(StoreError::Duplicate { .. }) => Err("acc_taken"),
        Err(StoreError::Invalid { .. }) => Err("acc_invalid"),
        Err(e) => {
            tracing::error!("making an account: {e}");
            Err("error-text")
        }
    }
}

async fn register(
    State(state): State<Shared>,
    headers: HeaderMap,
    Form(f): Form<AccountForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    if !state.options.open_registration {
        return message(
            StatusCode::FORBIDDEN,
            lang,
            t(lang, "acc_registration_closed"),
        );
    }
    if !pre_session_ok(&headers, &f.csrf) {
        return csrf_refused(lang);
    }
    match make_account(&state, &f, Role::Manufacturer).await {
        Ok(id) => {
            tracing::info!(account = id, "a maker registered");
            Redirect::to("/login?next=/maker").into_response()
        }
        Err(key) => {
            let status = if key == "error-text" {
                StatusCode::INTERNAL_SERVER_ERROR
            } else {
                StatusCode::BAD_REQUEST
            };
            page(status, register_page(lang, &f.csrf, Some(t(lang, key))))
        }
    }
}

/// The role's name in `lang`.
pub(crate) fn role_name(lang: &str, role: Role) -> &'static str {
    t(
        lang,
        match role {
            Role::Manufacturer => "acc_role_manufacturer",
            Role::Assessor => "acc_role_assessor",
            Role::Admin => "acc_role_admin",
        },
    )
}

/// A Unix time as a UTC date and time.
pub(crate) fn when(seconds: i64) -> String {
    chrono::DateTime::from_timestamp(seconds, 0)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d %H:%M UTC").to_string())
}

/// The sign-out button, for every signed-in page.
/// Who is signed in, and the button to sign out: on every page that needs
/// a session.
pub(crate) fn sign_out(lang: &str, s: &Session) -> Markup {
    let a = &s.account;
    html! {
        p.whoami #whoami {
            (t(lang, "acc_signed_in_as")) " "
            strong { (a.name) } " (" (a.email) "), " (a.organisation) " · " (role_name(lang, a.role))
        }
        form.inline method="post" action="/logout" {
            (csrf_field(&s.csrf))
            button type="submit" { (t(lang, "acc_sign_out")) }
        }
    }
}

async fn account_view(
    state: &AppState,
    s: &Session,
    lang: &str,
    new_token: Option<&str>,
) -> Response {
    let tokens = match state.db.api_tokens_of(s.account.id).await {
        Ok(t) => t,
        Err(e) => return super::server_error(lang, "listing tokens", &e),
    };
    let a = &s.account;
    let body = html! {
        h1 { (t(lang, "acc_account")) }
        dl.kv {
            dt { (t(lang, "acc_name")) } dd { (a.name) }
            dt { (t(lang, "acc_organisation")) } dd { (a.organisation) }
            dt { (t(lang, "acc_email")) } dd { (a.email) }
            dt { (t(lang, "acc_role")) } dd { (role_name(lang, a.role)) }
        }
        h2 { (t(lang, "acc_your_work")) }
        ul {
            @match a.role {
                Role::Manufacturer => { li { a href="/maker" { (t(lang, "acc_maker_work")) } } }
                Role::Assessor => {
                    li { a href="/assess" { (t(lang, "acc_assessor_work")) } }
                    li { a href="/moderation" { (t(lang, "acc_moderation")) } }
                }
                Role::Admin => {
                    li { a href="/admin" { (t(lang, "acc_admin_work")) } }
                    li { a href="/moderation" { (t(lang, "acc_moderation")) } }
                }
            }
        }
        h2 { (t(lang, "acc_tokens")) }
        p { (t(lang, "acc_tokens_text")) }
        @if let Some(token) = new_token {
            div.outcome role="status" {
                p { (t(lang, "acc_token_shown_once")) }
                pre.note { code #new-token { (token) } }
            }
        }
        @if tokens.is_empty() {
            p { (t(lang, "acc_no_tokens")) }
        } @else {
            table {
                thead { tr { th { (t(lang, "acc_token_name")) } th { (t(lang, "acc_created")) } th { (t(lang, "acc_last_used")) } th {} } }
                tbody {
                    @for tk in &tokens {
                        tr {
                            td { (tk.name) " " span.digest { (tk.fingerprint) "…" } }
                            td { (when(tk.created_at)) }
                            td { (tk.last_used_at.map_or_else(|| t(lang, "acc_never").to_owned(), when)) }
                            td {
                                form.inline method="post" action="/account/tokens/revoke" {
                                    (csrf_field(&s.csrf))
                                    input type="hidden" name="fingerprint" value=(tk.fingerprint);
                                    button type="submit" { (t(lang, "acc_revoke")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        form.verify method="post" action="/account/tokens" {
            (csrf_field(&s.csrf))
            label { (t(lang, "acc_token_name")) input type="text" name="name" maxlength="100" required; }
            button type="submit" { (t(lang, "acc_token_new")) }
        }
        (sign_out(lang, s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, t(lang, "acc_account"), body),
    )
}

async fn account_page(
    State(state): State<Shared>,
    Query(q): Query<NextParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    match require(&state, &headers, &uri, &Role::ALL).await {
        Ok(s) => account_view(&state, &s, lang, None).await,
        Err(r) => r,
    }
}

#[derive(Debug, Deserialize)]
struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    fingerprint: String,
    #[serde(default)]
    csrf: String,
}

async fn create_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<TokenForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &Role::ALL).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Ok(token) = auth::api_token() else {
        return page(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang));
    };
    match state
        .db
        .create_api_token(
            &auth::token_digest(&token),
            s.account.id,
            &f.name,
            unix_now(),
        )
        .await
    {
        Ok(()) => {
            let mut r = account_view(&state, &s, lang, Some(&token)).await;
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Err(StoreError::Invalid { .. }) => {
            message(StatusCode::BAD_REQUEST, lang, t(lang, "acc_invalid"))
        }
        Err(e) => super::server_error(lang, "making a token", &e),
    }
}

async fn revoke_token(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<TokenForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &Role::ALL).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    match state
        .db
        .delete_api_token(s.account.id, &f.fingerprint)
        .await
    {
        Ok(_) => Redirect::to("/account").into_response(),
        Err(e) => super::server_error(lang, "revoking a token", &e),
    }
}

async fn admin_page(
    State(state): State<Shared>,
    Query(q): Query<NextParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    admin_view(&state, &s, lang, q.done.is_some(), None).await
}

pub(crate) async fn admin_view(
    state: &AppState,
    s: &Session,
    lang: &str,
    done: bool,
    error: Option<&str>,
) -> Response {
    let accounts = match state.db.accounts().await {
        Ok(a) => a,
        Err(e) => return super::server_error(lang, "listing accounts", &e),
    };
    let keys = super::keys::admin_section(state, lang, &s.csrf).await;
    let body = html! {
        h1 { (t(lang, "acc_admin")) }
        @if done { p.outcome role="status" { (t(lang, "acc_done")) } }
        @if let Some(e) = error { p.outcome.bad role="alert" { (e) } }
        h2 { (t(lang, "acc_key")) }
        (keys)
        h2 { (t(lang, "acc_accounts")) }
        table {
            thead { tr { th { (t(lang, "acc_email")) } th { (t(lang, "acc_name")) } th { (t(lang, "acc_organisation")) } th { (t(lang, "acc_role")) } th {} } }
            tbody {
                @for a in &accounts {
                    tr {
                        td { (a.email) @if a.disabled { " (" (t(lang, "acc_disabled")) ")" } }
                        td { (a.name) }
                        td { (a.organisation) }
                        td { (role_name(lang, a.role)) }
                        td {
                            @if a.id != s.account.id {
                                form.inline method="post" action=(format!("/admin/accounts/{}/{}", a.id, if a.disabled { "enable" } else { "disable" })) {
                                    (csrf_field(&s.csrf))
                                    button type="submit" { (t(lang, if a.disabled { "acc_enable" } else { "acc_disable" })) }
                                }
                            }
                        }
                    }
                }
            }
        }
        h2 { (t(lang, "acc_new_account")) }
        form.verify method="post" action="/admin/accounts" {
            (csrf_field(&s.csrf))
            label { (t(lang, "acc_name")) input type="text" name="name" maxlength="200" required; }
            label { (t(lang, "acc_organisation")) input type="text" name="organisation" maxlength="200" required; }
            label { (t(lang, "acc_email")) input type="email" name="email" maxlength="254" required; }
            label { (t(lang, "acc_password")) " (" (t(lang, "acc_password_hint")) ")" input type="password" name="password" autocomplete="new-password" minlength="12" required; }
            label { (t(lang, "acc_role"))
                select name="role" {
                    @for r in Role::ALL { option value=(r.as_str()) { (role_name(lang, r)) } }
                }
            }
            button type="submit" { (t(lang, "acc_new_account")) }
        }
        (sign_out(lang, s))
    };
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    page(status, layout(lang, None, t(lang, "acc_admin"), body))
}

async fn admin_create(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<AccountForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Ok(role) = f.role.parse::<Role>() else {
        return admin_view(&state, &s, lang, false, Some(t(lang, "acc_invalid"))).await;
    };
    match make_account(&state, &f, role).await {
        Ok(id) => {
            tracing::info!(account = id, role = role.as_str(), by = %s.account.email, "opened an account");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(key) => admin_view(&state, &s, lang, false, Some(t(lang, key))).await,
    }
}

async fn admin_toggle(
    State(state): State<Shared>,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<CsrfOnly>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let disabled = match action.as_str() {
        "disable" => true,
        "enable" => false,
        _ => return super::not_found(lang),
    };
    let Ok(id) = id.parse::<i64>() else {
        return super::not_found(lang);
    };
    if id == s.account.id {
        return message(StatusCode::BAD_REQUEST, lang, t(lang, "acc_invalid"));
    }
    match state.db.account(id).await {
        Ok(Some(_)) => {}
        Ok(None) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading an account", &e),
    }
    match state.db.set_account_disabled(id, disabled).await {
        Ok(()) => {
            tracing::info!(account = id, disabled, by = %s.account.email, "changed an account");
            Redirect::to("/admin?done=1").into_response()
        }
        Err(e) => super::server_error(lang, "changing an account", &e),
    }
}
