//! Reporting a problem with a product: anyone may write (rate-limited per
//! client), reports are held until an assessor or admin publishes them on
//! the product's page, and the product's maker may answer publicly.
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET/POST /p/{id}/report` | anyone | report a problem |
//! | `GET /moderation`, `POST /moderation/{id}` | assessor, admin | publish or reject held reports |
//! | `GET /maker/reports`, `POST /maker/reports/{id}/answer` | the product's maker | answer published reports |

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use maud::{Markup, html};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::account::{
    client_key, csrf_field, csrf_ok, csrf_refused, message, require, sign_out, when,
};
use super::i18n::{negotiate, t};
use super::pages::{layout, link};
use super::{Shared, html as page};
use crate::store::{Report, ReportState, Role, StoreError, unix_now};

/// Reports one client may make per hour.
pub const REPORTS_PER_HOUR: u64 = 5;

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    Router::new()
        .route("/p/{id}/report", get(report_form).post(report_submit))
        .route("/moderation", get(moderation))
        .route("/moderation/{id}", post(moderate))
        .route("/maker/reports", get(maker_reports))
        .route("/maker/reports/{id}/answer", post(answer))
}

/// The published reports of a product, for its page.
pub(super) fn published(lang: &str, reports: &[Report]) -> Markup {
    html! {
        @if !reports.is_empty() {
            h2 #reports { (t(lang, "rep_reports")) }
            @for r in reports {
                article.report {
                    p.meta { (when(r.created_at)) }
                    p { (r.body) }
                    @if let Some(a) = &r.answer {
                        blockquote { strong { (t(lang, "rep_answer")) } " (" (r.answered_at.map(when).unwrap_or_default()) "): " (a) }
                    }
                }
            }
        }
    }
}

#[derive(Debug, Deserialize, Default)]
struct LangParam {
    lang: Option<String>,
}

/// The pre-session CSRF cookie and field guard this anonymous form.
fn form_page(lang: &str, id: &str, csrf: &str, error: Option<&str>, done: bool) -> String {
    let body = html! {
        p { a href=(link(&format!("/p/{id}"), &[("lang", lang.to_owned())])) { "← " (t(lang, "product-page")) } }
        h1 { (t(lang, "rep_report")) }
        @if done { p.outcome role="status" { (t(lang, "rep_thanks")) } }
        @if let Some(e) = error { p.outcome.bad role="alert" { (e) } }
        @if !done {
            p { (t(lang, "rep_text")) }
            form.verify method="post" action=(format!("/p/{id}/report")) {
                (csrf_field(csrf))
                label { (t(lang, "rep_body")) textarea name="body" rows="8" maxlength="4000" required {} }
                button type="submit" { (t(lang, "rep_send")) }
            }
        }
    };
    layout(lang, None, t(lang, "rep_report"), body)
}

async fn report_form(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    match state.db.product(&id).await {
        Ok(Some(_)) => {}
        Ok(None) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading a product", &e),
    }
    let (csrf, new) = match super::account::cookie(&headers, super::account::CSRF_COOKIE)
        .filter(|c| c.len() >= 32)
    {
        Some(c) => (c, false),
        None => (crate::auth::random_token().unwrap_or_default(), true),
    };
    let mut r = page(StatusCode::OK, form_page(lang, &id, &csrf, None, false));
    if new {
        r.headers_mut().append(
            axum::http::header::SET_COOKIE,
            super::account::set_cookie(&state, super::account::CSRF_COOKIE, &csrf, 3600),
        );
    }
    r
}

#[derive(Debug, Deserialize)]
struct ReportForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    csrf: String,
}

async fn report_submit(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    peer: Option<Extension<ConnectInfo<SocketAddr>>>,
    Form(f): Form<ReportForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let cookie = super::account::cookie(&headers, super::account::CSRF_COOKIE);
    if !cookie.is_some_and(|c| !f.csrf.is_empty() && crate::auth::same_secret(&c, &f.csrf)) {
        return csrf_refused(lang);
    }
    let reporter = hex::encode(Sha256::digest(client_key(peer.as_ref()).as_bytes()));
    let now = unix_now();
    match state.db.reports_since(&reporter, now - 3600).await {
        Ok(n) if n >= REPORTS_PER_HOUR => {
            return page(
                StatusCode::TOO_MANY_REQUESTS,
                form_page(lang, &id, &f.csrf, Some(t(lang, "rep_too_many")), false),
            );
        }
        Ok(_) => {}
        Err(e) => return super::server_error(lang, "counting reports", &e),
    }
    match state.db.create_report(&id, &f.body, &reporter, now).await {
        Ok(n) => {
            tracing::info!(report = n, product = %id, "a problem was reported");
            page(StatusCode::OK, form_page(lang, &id, &f.csrf, None, true))
        }
        Err(StoreError::Invalid { .. }) => page(
            StatusCode::BAD_REQUEST,
            form_page(lang, &id, &f.csrf, Some(t(lang, "rep_invalid")), false),
        ),
        Err(StoreError::NotFound { .. }) => super::not_found(lang),
        Err(e) => super::server_error(lang, "recording a report", &e),
    }
}

async fn moderation(
    State(state): State<Shared>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor, Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let held = match state.db.reports_in(ReportState::Held).await {
        Ok(r) => r,
        Err(e) => return super::server_error(lang, "listing reports", &e),
    };
    let body = html! {
        h1 { (t(lang, "rep_moderation")) }
        @if held.is_empty() { p { (t(lang, "rep_none")) } }
        @for r in &held {
            article.report {
                p.meta { a href=(format!("/p/{}", r.product_id)) { (r.product_id) } " · " (when(r.created_at)) }
                p { (r.body) }
                form.inline method="post" action=(format!("/moderation/{}", r.id)) {
                    (csrf_field(&s.csrf))
                    input type="hidden" name="decision" value="published";
                    button type="submit" { (t(lang, "rep_publish")) }
                }
                " "
                form.inline method="post" action=(format!("/moderation/{}", r.id)) {
                    (csrf_field(&s.csrf))
                    input type="hidden" name="decision" value="rejected";
                    button type="submit" { (t(lang, "rep_reject")) }
                }
            }
        }
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, t(lang, "rep_moderation"), body),
    )
}

#[derive(Debug, Deserialize)]
struct ModerateForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    csrf: String,
}

fn report_refusal(lang: &str, e: &StoreError) -> Response {
    match e {
        StoreError::State { .. } | StoreError::Invalid { .. } => {
            message(StatusCode::CONFLICT, lang, &e.to_string())
        }
        _ => super::server_error(lang, "changing a report", e),
    }
}

async fn moderate(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<ModerateForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor, Role::Admin]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Ok(id) = id.parse::<i64>() else {
        return super::not_found(lang);
    };
    let decision = match f.decision.as_str() {
        "published" => ReportState::Published,
        "rejected" => ReportState::Rejected,
        _ => return message(StatusCode::BAD_REQUEST, lang, t(lang, "acc_invalid")),
    };
    match state.db.moderate_report(id, decision).await {
        Ok(()) => {
            tracing::info!(report = id, decision = decision.as_str(), by = %s.account.email, "moderated a report");
            Redirect::to("/moderation").into_response()
        }
        Err(e) => report_refusal(lang, &e),
    }
}

async fn maker_reports(
    State(state): State<Shared>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Manufacturer]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let subs = match state.db.submissions_of(s.account.id).await {
        Ok(x) => x,
        Err(e) => return super::server_error(lang, "listing submissions", &e),
    };
    let mut products: Vec<String> = subs.into_iter().map(|x| x.data.product_id).collect();
    products.sort();
    products.dedup();
    let mut reports = Vec::new();
    for p in &products {
        match state.db.product_account(p).await {
            Ok(Some(owner)) if owner == s.account.id => {}
            Ok(_) => continue,
            Err(e) => return super::server_error(lang, "reading a product's owner", &e),
        }
        match state.db.reports_of(p, ReportState::Published).await {
            Ok(mut r) => reports.append(&mut r),
            Err(e) => return super::server_error(lang, "listing reports", &e),
        }
    }
    let body = html! {
        h1 { (t(lang, "wf_reports")) }
        @if reports.is_empty() { p { (t(lang, "rep_none")) } }
        @for r in &reports {
            article.report {
                p.meta { a href=(format!("/p/{}", r.product_id)) { (r.product_id) } " · " (when(r.created_at)) }
                p { (r.body) }
                @if let Some(a) = &r.answer { blockquote { (a) } }
                form.verify method="post" action=(format!("/maker/reports/{}/answer", r.id)) {
                    (csrf_field(&s.csrf))
                    label { (t(lang, "rep_answer")) textarea name="answer" rows="3" maxlength="4000" required {} }
                    button type="submit" { (t(lang, "rep_answer_send")) }
                }
            }
        }
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, t(lang, "wf_reports"), body),
    )
}

async fn answer(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<ModerateForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Manufacturer]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let Ok(id) = id.parse::<i64>() else {
        return super::not_found(lang);
    };
    let report = match state.db.report(id).await {
        Ok(Some(r)) => r,
        Ok(None) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading a report", &e),
    };
    match state.db.product_account(&report.product_id).await {
        Ok(Some(owner)) if owner == s.account.id => {}
        Ok(_) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading a product's owner", &e),
    }
    match state.db.answer_report(id, &f.answer, unix_now()).await {
        Ok(()) => Redirect::to(&format!("/p/{}#reports", report.product_id)).into_response(),
        Err(e) => report_refusal(lang, &e),
    }
}
