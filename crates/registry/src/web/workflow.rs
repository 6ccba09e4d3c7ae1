//! The certification workflow on the site.
//!
//! | route | who | what |
//! |---|---|---|
//! | `GET /maker`, `POST /maker/submissions` | manufacturer | their submissions; a new one from a declaration |
//! | `GET /maker/submissions/{id}` | its maker | the assessment now, what is missing for the target level, evidence |
//! | `POST /maker/submissions/{id}/{declaration,evidence,evidence/delete,submit}` | its maker | change it, submit it |
//! | `GET /maker/submissions/{id}/evidence/{name}` | its maker, assessors | an evidence file, as an attachment |
//! | `GET /assess`, `GET /assess/{id}` | assessor | the queue; one submission's review |
//! | `POST /assess/{id}/{results,approve,reject}` | assessor | manual results; the decision |
//! | `GET /assess/certificates/{id}`, `POST …/status` | assessor | suspend, reinstate, revoke |
//!
//! A maker sees only their own submissions (another's answers 404, as if
//! it did not exist). Uploaded files are read by the analysers and only
//! ever served back as attachments, never as pages.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Form, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use iotmark_assess::Assessment;
use iotmark_cert::event::Status as CertStatus;
use iotmark_model::Status;
use maud::{Markup, html};
use serde::Deserialize;
use sha2::{Digest, Sha256};

use super::account::{Session, csrf_field, csrf_ok, csrf_refused, require, sign_out, when};
use super::i18n::{negotiate, t};
use super::pages::{layout, link};
use super::{AppState, Shared, html as page};
use crate::assessing::{MAX_DECLARATION, MAX_EVIDENCE, MAX_EVIDENCE_FILES};
use crate::issue::IssueError;
use crate::store::{
    EvidenceFile, ManualResult, NewSubmission, Role, StoreError, Submission, SubmissionState,
    unix_now,
};

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    let upload = DefaultBodyLimit::max(super::UPLOAD_LIMIT);
    Router::new()
        .route("/maker", get(maker_home))
        .route("/maker/submissions", post(create).layer(upload))
        .route("/maker/submissions/{id}", get(maker_submission))
        .route(
            "/maker/submissions/{id}/declaration",
            post(replace_declaration).layer(upload),
        )
        .route(
            "/maker/submissions/{id}/evidence",
            post(add_evidence).layer(upload),
        )
        .route(
            "/maker/submissions/{id}/evidence/delete",
            post(remove_evidence),
        )
        .route(
            "/maker/submissions/{id}/evidence/{name}",
            get(evidence_file),
        )
        .route("/maker/submissions/{id}/submit", post(submit))
        .route("/assess", get(queue))
        .route("/assess/{id}", get(review))
        .route("/assess/{id}/results", post(record_result))
        .route("/assess/{id}/approve", post(approve))
        .route("/assess/{id}/reject", post(reject))
        .route("/assess/certificates/{id}", get(certificate_page))
        .route("/assess/certificates/{id}/status", post(change_status))
}

fn state_name(lang: &str, s: SubmissionState) -> &'static str {
    t(
        lang,
        match s {
            SubmissionState::Draft => "wf_state_draft",
            SubmissionState::Submitted => "wf_state_submitted",
            SubmissionState::Approved => "wf_state_approved",
            SubmissionState::Rejected => "wf_state_rejected",
        },
    )
}

fn status_word(lang: &str, s: Status) -> &'static str {
    t(
        lang,
        match s {
            Status::Met => "wf_status_met",
            Status::NotMet => "wf_status_not_met",
            Status::Unknown => "wf_status_unknown",
            Status::NotApplicable => "wf_status_not_applicable",
        },
    )
}

#[derive(Debug, Deserialize, Default)]
struct LangParam {
    lang: Option<String>,
}

/// What the multipart forms carry.
#[derive(Debug, Default)]
struct Upload {
    csrf: String,
    target_level: Option<u8>,
    /// (file name, bytes) of the declaration, uploaded or pasted.
    declaration: Option<(String, Vec<u8>)>,
    /// (file name, bytes, chosen kind) of an evidence file.
    evidence: Option<(String, Vec<u8>, Option<String>)>,
}

/// A safe file name: its last path part, letters, digits, `.-_` only.
fn clean_name(name: &str) -> String {
    crate::assessing::file_name(name)
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        .take(100)
        .collect::<String>()
        .trim_start_matches('.')
        .to_owned()
}

/// Reads a multipart form, refusing oversized parts with a message.
async fn read_upload(mut form: Multipart) -> Result<Upload, String> {
    let mut up = Upload::default();
    let mut pasted = None;
    let mut kind = None;
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        let file_name = field.file_name().map(str::to_owned);
        let bytes = field.bytes().await.map_err(|e| e.body_text())?;
        match name.as_str() {
            "csrf" => up.csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "target_level" => {
                up.target_level = std::str::from_utf8(&bytes)
                    .ok()
                    .and_then(|s| s.trim().parse().ok())
                    .filter(|l| (1..=3).contains(l));
            }
            "declaration" if !bytes.is_empty() => {
                if bytes.len() > MAX_DECLARATION {
                    return Err(format!(
                        "the declaration is {} bytes; the limit is {MAX_DECLARATION}",
                        bytes.len()
                    ));
                }
                let n = clean_name(file_name.as_deref().unwrap_or("declaration.yaml"));
                up.declaration = Some((
                    if n.is_empty() {
                        "declaration.yaml".to_owned()
                    } else {
                        n
                    },
                    bytes.to_vec(),
                ));
            }
            "declaration_text" if !bytes.iter().all(u8::is_ascii_whitespace) => {
                if bytes.len() > MAX_DECLARATION {
                    return Err(format!(
                        "the declaration is {} bytes; the limit is {MAX_DECLARATION}",
                        bytes.len()
                    ));
                }
                pasted = Some(bytes.to_vec());
            }
            "evidence" if !bytes.is_empty() => {
                if bytes.len() > MAX_EVIDENCE {
                    return Err(format!(
                        "the evidence file is {} bytes; the limit is {MAX_EVIDENCE}",
                        bytes.len()
                    ));
                }
                let n = clean_name(file_name.as_deref().unwrap_or_default());
                if n.is_empty() {
                    return Err("the evidence file has no usable name".to_owned());
                }
                up.evidence = Some((n, bytes.to_vec(), None));
            }
            "kind" => {
                let k = String::from_utf8_lossy(&bytes).trim().to_owned();
                if !k.is_empty() {
                    kind = Some(k);
                }
            }
            _ => {}
        }
    }
    if up.declaration.is_none()
        && let Some(p) = pasted
    {
        up.declaration = Some(("declaration.yaml".to_owned(), p));
    }
    if let Some(e) = up.evidence.as_mut() {
        e.2 = kind;
    }
    Ok(up)
}

/// A refusal with its reasons.
fn refusal(
    lang: &str,
    status: StatusCode,
    title: &str,
    reasons: &[String],
    back: &str,
) -> Response {
    let body = html! {
        h1 { (title) }
        div.outcome.bad role="alert" {
            ul { @for r in reasons { li { (r) } } }
        }
        p { a href=(back) { "←" } }
    };
    page(status, layout(lang, None, title, body))
}

/// The submission of a validated declaration.
pub(super) fn new_submission(
    name: &str,
    bytes: Vec<u8>,
    target_level: u8,
) -> Result<NewSubmission, Vec<String>> {
    let d = crate::assessing::declaration(name, &bytes)
        .map_err(|ds| ds.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    Ok(NewSubmission {
        product_id: iotmark_model::product_id(&d.manufacturer.name, &d.product.model),
        product_name: d.product.name.clone(),
        target_level,
        declaration: bytes,
        declaration_name: name.to_owned(),
    })
}

pub(super) fn submission_id() -> String {
    let bytes = crate::auth::random_bytes::<6>().unwrap_or_default();
    format!("s-{}", hex::encode(bytes))
}

async fn maker_home(
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
    let body = html! {
        h1 { (t(lang, "wf_maker")) }
        @if subs.is_empty() {
            p { (t(lang, "wf_none")) }
        } @else {
            table {
                thead { tr { th { (t(lang, "wf_product")) } th { (t(lang, "wf_state")) } th { (t(lang, "wf_updated")) } } }
                tbody {
                    @for x in &subs {
                        tr {
                            td { a href=(format!("/maker/submissions/{}", x.id)) { (x.data.product_name) } }
                            td { (state_name(lang, x.state)) }
                            td { (when(x.updated_at)) }
                        }
                    }
                }
            }
        }
        p { a href="/maker/reports" { (t(lang, "wf_reports")) } }
        h2 { (t(lang, "wf_new")) }
        p { (t(lang, "wf_new_text")) }
        (declaration_form(lang, &s, "/maker/submissions", t(lang, "wf_create"), 1))
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, t(lang, "wf_maker"), body),
    )
}

fn declaration_form(lang: &str, s: &Session, action: &str, button: &str, level: u8) -> Markup {
    html! {
        form.verify method="post" action=(action) enctype="multipart/form-data" {
            (csrf_field(&s.csrf))
            label { (t(lang, "wf_declaration_file")) input type="file" name="declaration" accept=".yaml,.yml,.json,application/yaml,application/json"; }
            label { (t(lang, "wf_declaration_text")) textarea name="declaration_text" rows="8" {} }
            label { (t(lang, "wf_target"))
                select name="target_level" {
                    @for l in 1..=3u8 {
                        @if l == level { option value=(l) selected { (l) } } @else { option value=(l) { (l) } }
                    }
                }
            }
            button type="submit" { (button) }
        }
    }
}

async fn create(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    form: Multipart,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Manufacturer]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let up = match read_upload(form).await {
        Ok(u) => u,
        Err(e) => {
            return refusal(
                lang,
                StatusCode::BAD_REQUEST,
                t(lang, "wf_bad_upload"),
                &[e],
                "/maker",
            );
        }
    };
    if !csrf_ok(&s, &up.csrf) {
        return csrf_refused(lang);
    }
    let Some((name, bytes)) = up.declaration else {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_bad_upload"),
            &["no declaration was given".to_owned()],
            "/maker",
        );
    };
    let new = match new_submission(&name, bytes, up.target_level.unwrap_or(1)) {
        Ok(n) => n,
        Err(reasons) => {
            return refusal(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                t(lang, "wf_bad_upload"),
                &reasons,
                "/maker",
            );
        }
    };
    if let Err(r) = check_owner(&state, &s, &new.product_id, lang).await {
        return r;
    }
    let id = submission_id();
    match state
        .db
        .create_submission(&id, s.account.id, &new, unix_now())
        .await
    {
        Ok(()) => Redirect::to(&format!("/maker/submissions/{id}")).into_response(),
        Err(e) => store_refusal(lang, &e, "/maker"),
    }
}

/// Refuses a declaration of a product another maker's account owns.
async fn check_owner(
    state: &AppState,
    s: &Session,
    product_id: &str,
    lang: &str,
) -> Result<(), Response> {
    match state.db.product_account(product_id).await {
        Ok(Some(owner)) if owner != s.account.id => Err(refusal(
            lang,
            StatusCode::CONFLICT,
            t(lang, "wf_bad_upload"),
            &[format!(
                "product {product_id} is registered by another maker's account"
            )],
            "/maker",
        )),
        Ok(_) => Ok(()),
        Err(e) => Err(super::server_error(lang, "reading a product's owner", &e)),
    }
}

fn store_refusal(lang: &str, e: &StoreError, back: &str) -> Response {
    match e {
        StoreError::Invalid { .. } | StoreError::State { .. } | StoreError::Duplicate { .. } => {
            refusal(
                lang,
                StatusCode::CONFLICT,
                t(lang, "wf_refused"),
                &[e.to_string()],
                back,
            )
        }
        StoreError::NotFound { .. } => super::not_found(lang),
        _ => super::server_error(lang, "changing a submission", e),
    }
}

/// The submission `id` if `s` may see it: its maker, or an assessor.
async fn visible(
    state: &AppState,
    s: &Session,
    id: &str,
    lang: &str,
) -> Result<Submission, Response> {
    match state.db.submission(id).await {
        Ok(Some(x)) if x.account_id == s.account.id || s.account.role == Role::Assessor => Ok(x),
        Ok(_) => Err(super::not_found(lang)),
        Err(e) => Err(super::server_error(lang, "reading a submission", &e)),
    }
}

/// The submission assessed now, with its evidence and manual results.
struct Assessed {
    assessment: Option<Assessment>,
    problems: Vec<String>,
    evidence: Vec<EvidenceFile>,
    manual: Vec<ManualResult>,
    missing_files: Vec<String>,
}

async fn assess_now(state: &AppState, x: &Submission, lang: &str) -> Result<Assessed, Response> {
    let evidence = state
        .db
        .evidence(&x.id)
        .await
        .map_err(|e| super::server_error(lang, "reading evidence", &e))?;
    let manual = state
        .db
        .manual_results(&x.id)
        .await
        .map_err(|e| super::server_error(lang, "reading results", &e))?;
    let (assessment, problems, missing_files) =
        match crate::assessing::declaration(&x.data.declaration_name, &x.data.declaration) {
            Ok(d) => {
                let a = crate::assessing::assess(
                    state.catalog,
                    &d,
                    &x.data.declaration,
                    &evidence,
                    &manual,
                    (state.today)(),
                );
                let missing = crate::assessing::missing_evidence(&d, &evidence);
                (Some(a), Vec::new(), missing)
            }
            Err(ds) => (
                None,
                ds.iter().map(ToString::to_string).collect(),
                Vec::new(),
            ),
        };
    Ok(Assessed {
        assessment,
        problems,
        evidence,
        manual,
        missing_files,
    })
}

/// The assessment's summary: level, gap to the target, every verdict.
fn assessment_view(state: &AppState, lang: &str, x: &Submission, a: &Assessed) -> Markup {
    let texts = super::texts(state.catalog, lang);
    html! {
        h2 { (t(lang, "wf_assessment")) }
        @if !a.problems.is_empty() {
            div.outcome.bad role="alert" { ul { @for p in &a.problems { li { (p) } } } }
        }
        @if let Some(assessment) = &a.assessment {
            @let target = x.data.target_level;
            @let missing: Vec<_> = assessment.verdicts.iter()
                .filter(|v| v.required && v.level <= target && !matches!(v.status, Status::Met | Status::NotApplicable))
                .collect();
            dl.kv {
                dt { (t(lang, "wf_reaches")) } dd #reached-level { (assessment.level) }
                dt { (t(lang, "wf_target")) } dd { (target) }
            }
            h3 { (t(lang, "wf_missing")) }
            @if missing.is_empty() && a.missing_files.is_empty() {
                p.outcome #gap { (t(lang, "wf_nothing_missing")) }
            } @else if missing.is_empty() {
                p.outcome.bad #gap { (t(lang, "wf_reached_but_files")) }
            } @else {
                ul #gap {
                    @for v in &missing {
                        li { strong { (v.criterion) } " " (texts.title(&v.criterion)) " — " (status_word(lang, v.status)) ": " (v.explanation) }
                    }
                }
            }
            @if !a.missing_files.is_empty() {
                h3 { (t(lang, "wf_missing_files")) }
                ul { @for f in &a.missing_files { li { code { (f) } } } }
            }
            details {
                summary { (t(lang, "wf_verdicts")) }
                table {
                    thead { tr { th { (t(lang, "wf_criterion")) } th { (t(lang, "wf_verdict")) } th { (t(lang, "wf_basis")) } th { (t(lang, "wf_why")) } } }
                    tbody {
                        @for v in &assessment.verdicts {
                            tr {
                                td { strong { (v.criterion) } br; (texts.title(&v.criterion)) }
                                td { (status_word(lang, v.status)) }
                                td { (v.basis.map_or("", |b| b.as_str())) }
                                td { (v.explanation) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn evidence_list(
    s: &Session,
    x: &Submission,
    files: &[EvidenceFile],
    lang: &str,
    editable: bool,
) -> Markup {
    html! {
        h2 { (t(lang, "wf_evidence")) }
        @if files.is_empty() { p { (t(lang, "wf_none")) } } @else {
            table {
                thead { tr { th { (t(lang, "wf_evidence")) } th { (t(lang, "wf_kind")) } th { "SHA-256" } th {} } }
                tbody {
                    @for f in files {
                        tr {
                            td { a href=(format!("/maker/submissions/{}/evidence/{}", x.id, f.name)) download { (f.name) } }
                            td { (f.kind) }
                            td.digest { (f.sha256) }
                            td {
                                @if editable {
                                    form.inline method="post" action=(format!("/maker/submissions/{}/evidence/delete", x.id)) {
                                        (csrf_field(&s.csrf))
                                        input type="hidden" name="name" value=(f.name);
                                        button type="submit" { (t(lang, "wf_remove")) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

async fn maker_submission(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Manufacturer]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let x = match visible(&state, &s, &id, lang).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let a = match assess_now(&state, &x, lang).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let editable = x.state.editable();
    let base = format!("/maker/submissions/{}", x.id);
    let body = html! {
        p { a href="/maker" { "← " (t(lang, "wf_maker")) } }
        h1 { (x.data.product_name) }
        dl.kv {
            dt { (t(lang, "wf_state")) } dd #state { (state_name(lang, x.state)) }
            dt { (t(lang, "wf_updated")) } dd { (when(x.updated_at)) }
            @if !x.decision_note.is_empty() { dt { (t(lang, "wf_note")) } dd { (x.decision_note) } }
            @if let Some(c) = &x.certificate_id {
                dt { (t(lang, "wf_certificate")) } dd { (c) " · " a href=(format!("/p/{}", x.data.product_id)) { (t(lang, "wf_public_page")) } }
            }
        }
        (assessment_view(&state, lang, &x, &a))
        (evidence_list(&s, &x, &a.evidence, lang, editable))
        @if editable {
            h3 { (t(lang, "wf_evidence_add")) }
            form.verify method="post" action=(format!("{base}/evidence")) enctype="multipart/form-data" {
                (csrf_field(&s.csrf))
                input type="file" name="evidence" required;
                label { (t(lang, "wf_kind"))
                    select name="kind" {
                        option value="" { (t(lang, "wf_kind_auto")) }
                        @for k in iotmark_model::EvidenceKind::ALL { option value=(k.as_str()) { (k.as_str()) } }
                    }
                }
                button type="submit" { (t(lang, "wf_evidence_add")) }
            }
            h3 { (t(lang, "wf_replace")) }
            (declaration_form(lang, &s, &format!("{base}/declaration"), t(lang, "wf_replace"), x.data.target_level))
            h2 { (t(lang, "wf_submit")) }
            p { (t(lang, "wf_submit_text")) }
            form.inline method="post" action=(format!("{base}/submit")) {
                (csrf_field(&s.csrf))
                button #submit type="submit" { (t(lang, "wf_submit")) }
            }
        }
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, &x.data.product_name, body),
    )
}

/// The maker's own editable submission, or the response instead.
async fn own_editable(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    id: &str,
    lang: &str,
) -> Result<(Session, Submission), Response> {
    let s = require(state, headers, uri, &[Role::Manufacturer]).await?;
    let x = visible(state, &s, id, lang).await?;
    Ok((s, x))
}

async fn replace_declaration(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    form: Multipart,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match own_editable(&state, &headers, &uri, &id, lang).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/maker/submissions/{}", x.id);
    let up = match read_upload(form).await {
        Ok(u) => u,
        Err(e) => {
            return refusal(
                lang,
                StatusCode::BAD_REQUEST,
                t(lang, "wf_bad_upload"),
                &[e],
                &back,
            );
        }
    };
    if !csrf_ok(&s, &up.csrf) {
        return csrf_refused(lang);
    }
    let Some((name, bytes)) = up.declaration else {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_bad_upload"),
            &["no declaration was given".to_owned()],
            &back,
        );
    };
    let new = match new_submission(&name, bytes, up.target_level.unwrap_or(x.data.target_level)) {
        Ok(n) => n,
        Err(reasons) => {
            return refusal(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                t(lang, "wf_bad_upload"),
                &reasons,
                &back,
            );
        }
    };
    if let Err(r) = check_owner(&state, &s, &new.product_id, lang).await {
        return r;
    }
    match state.db.update_submission(&x.id, &new, unix_now()).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => store_refusal(lang, &e, &back),
    }
}

async fn add_evidence(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    form: Multipart,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match own_editable(&state, &headers, &uri, &id, lang).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/maker/submissions/{}", x.id);
    let up = match read_upload(form).await {
        Ok(u) => u,
        Err(e) => {
            return refusal(
                lang,
                StatusCode::BAD_REQUEST,
                t(lang, "wf_bad_upload"),
                &[e],
                &back,
            );
        }
    };
    if !csrf_ok(&s, &up.csrf) {
        return csrf_refused(lang);
    }
    let Some((name, bytes, chosen)) = up.evidence else {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_bad_upload"),
            &["no evidence file was given".to_owned()],
            &back,
        );
    };
    let existing = match state.db.evidence(&x.id).await {
        Ok(e) => e,
        Err(e) => return super::server_error(lang, "reading evidence", &e),
    };
    if existing.len() >= MAX_EVIDENCE_FILES && !existing.iter().any(|f| f.name == name) {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_bad_upload"),
            &[format!(
                "a submission holds at most {MAX_EVIDENCE_FILES} evidence files"
            )],
            &back,
        );
    }
    let declaration =
        crate::assessing::declaration(&x.data.declaration_name, &x.data.declaration).ok();
    let file = match checked_evidence(declaration.as_ref(), name, bytes, chosen.as_deref()) {
        Ok(f) => f,
        Err(why) => {
            return refusal(
                lang,
                StatusCode::UNPROCESSABLE_ENTITY,
                t(lang, "wf_bad_upload"),
                &[why],
                &back,
            );
        }
    };
    match state.db.put_evidence(&x.id, &file, unix_now()).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => store_refusal(lang, &e, &back),
    }
}

/// An uploaded evidence file, its kind told and its type checked: the
/// analysers read text formats (security.txt, JSON, XML, YAML) except
/// captures, which are binary.
pub(super) fn checked_evidence(
    declaration: Option<&iotmark_declaration::Declaration>,
    name: String,
    bytes: Vec<u8>,
    chosen: Option<&str>,
) -> Result<EvidenceFile, String> {
    let name = clean_name(&name);
    if name.is_empty() {
        return Err("the evidence file has no usable name".to_owned());
    }
    if bytes.len() > MAX_EVIDENCE {
        return Err(format!(
            "{name} is {} bytes; the limit is {MAX_EVIDENCE}",
            bytes.len()
        ));
    }
    let Some(kind) = crate::assessing::evidence_kind(declaration, &name, chosen, &bytes) else {
        return Err(format!(
            "cannot tell what kind of evidence {name} is: choose its kind, name it security.txt or bom.json, or list it in the declaration's `evidence`"
        ));
    };
    if kind != iotmark_model::EvidenceKind::NetworkCapture && std::str::from_utf8(&bytes).is_err() {
        return Err(format!(
            "{name}: {} evidence is text, but this file is not UTF-8",
            kind.as_str()
        ));
    }
    Ok(EvidenceFile {
        sha256: hex::encode(Sha256::digest(&bytes)),
        name,
        kind: kind.as_str().to_owned(),
        content: bytes,
    })
}

#[derive(Debug, Deserialize)]
struct NameForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    csrf: String,
}

async fn remove_evidence(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<NameForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match own_editable(&state, &headers, &uri, &id, lang).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let back = format!("/maker/submissions/{}", x.id);
    match state.db.delete_evidence(&x.id, &f.name).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => store_refusal(lang, &e, &back),
    }
}

async fn evidence_file(
    State(state): State<Shared>,
    Path((id, name)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(
        &state,
        &headers,
        &uri,
        &[Role::Manufacturer, Role::Assessor],
    )
    .await
    {
        Ok(s) => s,
        Err(r) => return r,
    };
    let x = match visible(&state, &s, &id, lang).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    match state.db.evidence(&x.id).await {
        Ok(files) => match files.into_iter().find(|f| f.name == name) {
            Some(f) => super::download("application/octet-stream", &clean_name(&f.name), f.content),
            None => super::not_found(lang),
        },
        Err(e) => super::server_error(lang, "reading evidence", &e),
    }
}

async fn submit(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<NameForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match own_editable(&state, &headers, &uri, &id, lang).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let back = format!("/maker/submissions/{}", x.id);
    if crate::assessing::declaration(&x.data.declaration_name, &x.data.declaration).is_err() {
        return refusal(
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            t(lang, "wf_refused"),
            &["the declaration does not validate".to_owned()],
            &back,
        );
    }
    match state
        .db
        .set_submission_state(
            &x.id,
            &[SubmissionState::Draft, SubmissionState::Rejected],
            SubmissionState::Submitted,
            "",
            unix_now(),
        )
        .await
    {
        Ok(()) => {
            tracing::info!(submission = %x.id, maker = %s.account.email, "submitted for certification");
            Redirect::to(&back).into_response()
        }
        Err(e) => store_refusal(lang, &e, &back),
    }
}

async fn queue(
    State(state): State<Shared>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let waiting = match state.db.submissions_in(SubmissionState::Submitted).await {
        Ok(x) => x,
        Err(e) => return super::server_error(lang, "listing submissions", &e),
    };
    let certificates = match state.db.recent_certificates(50).await {
        Ok(c) => c,
        Err(e) => return super::server_error(lang, "listing certificates", &e),
    };
    let body = html! {
        h1 { (t(lang, "wf_queue")) }
        @if waiting.is_empty() { p { (t(lang, "wf_none")) } } @else {
            table #queue {
                thead { tr { th { (t(lang, "wf_product")) } th { (t(lang, "wf_maker_org")) } th { (t(lang, "wf_target")) } th { (t(lang, "wf_updated")) } } }
                tbody {
                    @for x in &waiting {
                        tr {
                            td { a href=(format!("/assess/{}", x.id)) { (x.data.product_name) } }
                            td { (x.organisation) }
                            td { (x.data.target_level) }
                            td { (when(x.updated_at)) }
                        }
                    }
                }
            }
        }
        h2 { (t(lang, "wf_certificates")) }
        form.search method="get" action="/assess/certificates/find" {
            div.row {
                label { (t(lang, "wf_certificate_id")) input type="text" name="id" required; }
                button type="submit" { (t(lang, "wf_open")) }
            }
        }
        ul {
            @for c in &certificates {
                li { a href=(format!("/assess/certificates/{}", c.certificate.id)) { (c.certificate.id) } " — " (c.manufacturer) " " (c.product_name) " (" (c.certificate.status.as_str()) ")" }
            }
        }
        p { a href="/moderation" { (t(lang, "acc_moderation")) } }
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, t(lang, "wf_queue"), body),
    )
}

async fn review(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(q): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let x = match visible(&state, &s, &id, lang).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let a = match assess_now(&state, &x, lang).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    let base = format!("/assess/{}", x.id);
    let open = x.state == SubmissionState::Submitted;
    let texts = super::texts(state.catalog, lang);
    let body = html! {
        p { a href="/assess" { "← " (t(lang, "wf_queue")) } }
        h1 { (x.data.product_name) }
        dl.kv {
            dt { (t(lang, "wf_maker_org")) } dd { (x.organisation) }
            dt { (t(lang, "wf_state")) } dd #state { (state_name(lang, x.state)) }
            @if !x.decision_note.is_empty() { dt { (t(lang, "wf_note")) } dd { (x.decision_note) } }
            @if let Some(c) = &x.certificate_id { dt { (t(lang, "wf_certificate")) } dd { a href=(format!("/p/{}", x.data.product_id)) { (c) } } }
        }
        (assessment_view(&state, lang, &x, &a))
        (evidence_list(&s, &x, &a.evidence, lang, false))
        h2 { (t(lang, "wf_results")) }
        @if a.manual.is_empty() { p { (t(lang, "wf_none")) } } @else {
            table {
                thead { tr { th { (t(lang, "wf_criterion")) } th { (t(lang, "wf_verdict")) } th { (t(lang, "wf_test_note")) } th { (t(lang, "acc_role_assessor")) } } }
                tbody { @for m in &a.manual { tr { td { (m.criterion) } td { (status_word(lang, m.status)) } td { (m.note) } td { (m.assessor) " · " (when(m.recorded_at)) } } } }
            }
        }
        @if open {
            h3 { (t(lang, "wf_record")) }
            form.verify method="post" action=(format!("{base}/results")) {
                (csrf_field(&s.csrf))
                label { (t(lang, "wf_criterion"))
                    select name="criterion" {
                        @for c in &state.catalog.criteria { option value=(c.id) { (c.id) " — " (texts.title(c.id.as_str())) } }
                    }
                }
                label { (t(lang, "wf_verdict"))
                    select name="status" {
                        @for st in [Status::Met, Status::NotMet, Status::NotApplicable] { option value=(st.as_str()) { (status_word(lang, st)) } }
                    }
                }
                label { (t(lang, "wf_test_note")) textarea name="note" rows="3" maxlength="2000" required {} }
                button type="submit" { (t(lang, "wf_record")) }
            }
            h2 { (t(lang, "wf_decision")) }
            @if state.issuer.is_none() { p.outcome.bad { (t(lang, "wf_no_issuer")) } }
            form.verify method="post" action=(format!("{base}/approve")) {
                (csrf_field(&s.csrf))
                label { (t(lang, "wf_decision_note")) textarea name="note" rows="2" maxlength="2000" {} }
                button #approve type="submit" { (t(lang, "wf_approve")) }
            }
            form.verify method="post" action=(format!("{base}/reject")) {
                (csrf_field(&s.csrf))
                label { (t(lang, "wf_decision_note")) textarea name="note" rows="2" maxlength="2000" required {} }
                button type="submit" { (t(lang, "wf_reject")) }
            }
        }
        (sign_out(lang, &s))
    };
    page(
        StatusCode::OK,
        layout(lang, None, &x.data.product_name, body),
    )
}

#[derive(Debug, Deserialize)]
struct ResultForm {
    #[serde(default)]
    criterion: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    note: String,
    #[serde(default)]
    csrf: String,
}

/// The assessor's own submission view, or the response instead.
async fn assessor_on(
    state: &AppState,
    headers: &HeaderMap,
    uri: &Uri,
    id: &str,
    lang: &str,
    csrf: &str,
) -> Result<(Session, Submission), Response> {
    let s = require(state, headers, uri, &[Role::Assessor]).await?;
    if !csrf_ok(&s, csrf) {
        return Err(csrf_refused(lang));
    }
    let x = visible(state, &s, id, lang).await?;
    Ok((s, x))
}

async fn record_result(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<ResultForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match assessor_on(&state, &headers, &uri, &id, lang, &f.csrf).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/assess/{}", x.id);
    if state.catalog.criterion(&f.criterion).is_none() {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_refused"),
            &[format!(
                "`{}` is not a criterion of the catalog",
                f.criterion.chars().take(40).collect::<String>()
            )],
            &back,
        );
    }
    let status = match f.status.as_str() {
        "met" => Status::Met,
        "not_met" => Status::NotMet,
        "not_applicable" => Status::NotApplicable,
        _ => {
            return refusal(
                lang,
                StatusCode::BAD_REQUEST,
                t(lang, "wf_refused"),
                &["the result is met, not_met or not_applicable".to_owned()],
                &back,
            );
        }
    };
    let r = ManualResult {
        criterion: f.criterion.clone(),
        status,
        note: f.note.chars().take(2000).collect(),
        assessor: s.account.name.clone(),
        recorded_at: unix_now(),
    };
    match state.db.put_manual_result(&x.id, &r).await {
        Ok(()) => Redirect::to(&back).into_response(),
        Err(e) => store_refusal(lang, &e, &back),
    }
}

#[derive(Debug, Deserialize)]
struct NoteForm {
    #[serde(default)]
    note: String,
    #[serde(default)]
    csrf: String,
}

async fn approve(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<NoteForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match assessor_on(&state, &headers, &uri, &id, lang, &f.csrf).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/assess/{}", x.id);
    let Some(issuer) = state.issuer.clone() else {
        return refusal(
            lang,
            StatusCode::CONFLICT,
            t(lang, "wf_refused"),
            &[t(lang, "wf_no_issuer").to_owned()],
            &back,
        );
    };
    let note: String = f.note.chars().take(2000).collect();
    match issuer
        .approve(
            &state.db,
            state.catalog,
            &x.id,
            &s.account,
            &note,
            (state.today)(),
        )
        .await
    {
        Ok(done) => Redirect::to(&format!("/p/{}", done.certificate.product_id)).into_response(),
        Err(IssueError::Refused(why)) => refusal(
            lang,
            StatusCode::CONFLICT,
            t(lang, "wf_refused"),
            &[why],
            &back,
        ),
        Err(IssueError::Store(e)) => store_refusal(lang, &e, &back),
        Err(e) => {
            tracing::error!("approving {}: {e}", x.id);
            page(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang))
        }
    }
}

async fn reject(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<NoteForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let (s, x) = match assessor_on(&state, &headers, &uri, &id, lang, &f.csrf).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let back = format!("/assess/{}", x.id);
    if f.note.trim().is_empty() {
        return refusal(
            lang,
            StatusCode::BAD_REQUEST,
            t(lang, "wf_refused"),
            &["say why the submission goes back".to_owned()],
            &back,
        );
    }
    let note: String = f.note.trim().chars().take(2000).collect();
    match state
        .db
        .set_submission_state(
            &x.id,
            &[SubmissionState::Submitted],
            SubmissionState::Rejected,
            &note,
            unix_now(),
        )
        .await
    {
        Ok(()) => {
            tracing::info!(submission = %x.id, assessor = %s.account.email, "returned a submission");
            Redirect::to("/assess").into_response()
        }
        Err(e) => store_refusal(lang, &e, &back),
    }
}

#[derive(Debug, Deserialize, Default)]
struct FindParam {
    id: Option<String>,
    lang: Option<String>,
}

async fn certificate_page(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(q): Query<FindParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = negotiate(q.lang.as_deref(), &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    let id = if id == "find" {
        match q.id.as_deref().map(str::trim).filter(|i| !i.is_empty()) {
            Some(i) => {
                return Redirect::to(&link(
                    &format!("/assess/certificates/{}", super::pages::encode(i)),
                    &[],
                ))
                .into_response();
            }
            None => return super::not_found(lang),
        }
    } else {
        id
    };
    let c = match state.db.certificate(&id).await {
        Ok(Some(c)) => c,
        Ok(None) => return super::not_found(lang),
        Err(e) => return super::server_error(lang, "reading a certificate", &e),
    };
    let history = match state.db.status_events(&c.id).await {
        Ok(h) => h,
        Err(e) => return super::server_error(lang, "reading status events", &e),
    };
    let choices: Vec<(CertStatus, &str)> = [
        (CertStatus::Suspended, "wf_suspend"),
        (CertStatus::Valid, "wf_reinstate"),
        (CertStatus::Revoked, "wf_revoke"),
    ]
    .into_iter()
    .filter(|(st, _)| c.status.can_become(*st))
    .collect();
    let body = html! {
        p { a href="/assess" { "← " (t(lang, "wf_queue")) } }
        h1 { (c.id) }
        dl.kv {
            dt { (t(lang, "wf_state")) } dd #status { (c.status.as_str()) }
            dt { (t(lang, "wf_product")) } dd { a href=(format!("/p/{}", c.product_id)) { (c.product_id) } }
        }
        @if !history.is_empty() {
            ul { @for e in &history { li { (e.effective_on) ": " (e.status.as_str()) " — " (e.reason) } } }
        }
        @if !choices.is_empty() {
            h2 { (t(lang, "wf_change_status")) }
            @if state.issuer.is_none() { p.outcome.bad { (t(lang, "wf_no_issuer")) } }
            form.verify method="post" action=(format!("/assess/certificates/{}/status", c.id)) {
                (csrf_field(&s.csrf))
                label { (t(lang, "wf_change_status"))
                    select name="status" { @for (st, key) in &choices { option value=(st.as_str()) { (t(lang, key)) } } }
                }
                label { (t(lang, "wf_reason")) textarea name="reason" rows="2" maxlength="500" required {} }
                button type="submit" { (t(lang, "wf_change_status")) }
            }
        }
        (sign_out(lang, &s))
    };
    page(StatusCode::OK, layout(lang, None, &c.id, body))
}

#[derive(Debug, Deserialize)]
struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    csrf: String,
}

async fn change_status(
    State(state): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(f): Form<StatusForm>,
) -> Response {
    let lang = negotiate(None, &headers);
    let s = match require(&state, &headers, &uri, &[Role::Assessor]).await {
        Ok(s) => s,
        Err(r) => return r,
    };
    if !csrf_ok(&s, &f.csrf) {
        return csrf_refused(lang);
    }
    let back = format!("/assess/certificates/{id}");
    let status = match f.status.as_str() {
        "suspended" => CertStatus::Suspended,
        "valid" => CertStatus::Valid,
        "revoked" => CertStatus::Revoked,
        _ => {
            return refusal(
                lang,
                StatusCode::BAD_REQUEST,
                t(lang, "wf_refused"),
                &["the status is suspended, valid or revoked".to_owned()],
                &back,
            );
        }
    };
    let Some(issuer) = state.issuer.clone() else {
        return refusal(
            lang,
            StatusCode::CONFLICT,
            t(lang, "wf_refused"),
            &[t(lang, "wf_no_issuer").to_owned()],
            &back,
        );
    };
    let reason: String = f.reason.chars().take(500).collect();
    match issuer
        .change_status(&state.db, &id, status, &reason, (state.today)())
        .await
    {
        Ok(_) => {
            tracing::info!(certificate = %id, status = status.as_str(), assessor = %s.account.email, "changed a certificate's status");
            Redirect::to(&back).into_response()
        }
        Err(IssueError::Refused(why)) => refusal(
            lang,
            StatusCode::CONFLICT,
            t(lang, "wf_refused"),
            &[why],
            &back,
        ),
        Err(IssueError::Store(e)) => store_refusal(lang, &e, &back),
        Err(e) => {
            tracing::error!("changing {id}: {e}");
            page(StatusCode::INTERNAL_SERVER_ERROR, super::pages::error(lang))
        }
    }
}
