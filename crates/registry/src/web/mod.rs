//! The web site: an axum application rendering every page on the server
//! (maud), with no JavaScript and no inline style, so the
//! Content-Security-Policy can forbid both.
//!
//! | route | what |
//! |---|---|
//! | `GET /` | search form and results (`q`, `level`, `category`, `status`, `support_after`, `sort`, `page`) |
//! | `GET /p/{id}` | a product: the label's secondary layer, certificate and status history, evidence digests, downloads |
//! | `GET /p/{id}/label.svg`, `label.png`, `label.pdf`, `label.json` | the primary label and `label.json` |
//! | `GET /p/{id}/declaration`, `assessment.json`, `certificate.json` | the files behind the page |
//! | `GET /static/label.css` | the label's stylesheet and the site's |
//! | `GET /log` | the transparency log: latest checkpoint, verifier key, where monitors fetch it |
//! | `GET /log/checkpoint` | the latest signed checkpoint (C2SP tlog-checkpoint) |
//! | `GET /log/tile/{path}` | the log's tiles and entry bundles (C2SP tlog-tiles) |
//! | `GET /feed.atom` | Atom feed of certificates issued and status changes, newest first |
//! | `GET /export/products.jsonl` | open data: every product and its current certificate, one JSON object a line |
//! | `GET /verify`, `POST /verify` | check a certificate bundle, or a certificate id, against the registry's keys and log |
//! | `GET /healthz` | JSON; checks the database |
//!
//! Every page takes `?lang=` (else `Accept-Language`): en, fr, de, es, ja.

pub mod account;
pub mod api;
pub mod cache;
mod compare;
pub mod cta;
mod feed;
mod framework;
pub mod i18n;
mod keys;
pub mod log;
mod pages;
mod report;
pub mod verify;
mod workflow;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Form;
use axum::Router;
use axum::extract::FromRequest;
use axum::extract::{Path, Query, State};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use iotmark_catalog::Catalog;
use iotmark_label::raster::Fonts;
use iotmark_label::text::Words;
use iotmark_label::{Certificate, LabelModel, MarkStatus};
use iotmark_tlog::note::NoteVerifier;
use serde::Deserialize;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use self::log::{Inclusion, LogSource, Snapshot};
use crate::store::{CertificateRecord, Db, MAX_PER_PAGE, Product, Search, Sort, StoreError};

/// The Content-Security-Policy of every response.
pub const CSP: &str = "default-src 'none'; img-src 'self' data:; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The largest request body a form or JSON request may have.
pub const BODY_LIMIT: usize = 64 * 1024;

/// The largest request body at all: uploads of declarations and evidence.
pub const UPLOAD_LIMIT: usize = 16 * 1024 * 1024;

/// How long a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Results per page of the search.
pub const PER_PAGE: u32 = 20;

/// What every handler shares.
#[derive(Debug)]
pub struct AppState {
    /// The database.
    pub db: Db,
    /// Where the registry keeps its files (the transparency log, …).
    pub data_dir: PathBuf,
    /// The criteria catalog and its text.
    pub catalog: &'static Catalog,
    /// Fonts for PNG and PDF labels, loaded once.
    pub fonts: Arc<Fonts>,
    /// The transparency log the certificates are in, when the site has one.
    pub log: Option<Arc<LogSource>>,
    /// The certification body's keys, for `/verify` and `/keys` (the
    /// issuer's, or one verifier key on a site that only verifies).
    pub keys: Option<Arc<crate::keys::Keys>>,
    /// The key that signs the log's checkpoints, for `/verify`.
    pub log_key: Option<NoteVerifier>,
    /// Today's date (the CLI reads the clock; tests fix it).
    pub today: fn() -> chrono::NaiveDate,
    /// The certification body at work: approvals and status changes. The
    /// workflow's pages answer without it, but nothing can be issued.
    pub issuer: Option<Arc<crate::issue::Issuer>>,
    /// How the site runs.
    pub options: SiteOptions,
}

impl AppState {
    /// The certification body's keys as of now ([`crate::keys::Keys::current`]),
    /// when the site has any.
    pub async fn key_ring(&self) -> Option<Arc<crate::keys::KeyRing>> {
        match &self.keys {
            Some(k) => Some(k.current(&self.db).await),
            None => None,
        }
    }
}

/// How the site runs.
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Cookies get the `Secure` attribute (the site is served over TLS,
    /// directly or behind a proxy).
    pub secure_cookies: bool,
    /// Makers may open accounts themselves at `/register`.
    pub open_registration: bool,
    /// How long a rendered public page may be served from the page cache
    /// ([`cache`]); `None` renders every page for its request.
    pub page_cache_ttl: Option<Duration>,
}

impl Default for SiteOptions {
    fn default() -> SiteOptions {
        SiteOptions {
            secure_cookies: false,
            open_registration: false,
            page_cache_ttl: Some(cache::DEFAULT_TTL),
        }
    }
}

pub(crate) type Shared = Arc<AppState>;

/// The application: every route, the page cache, the security headers,
/// the body limit, the timeout and request tracing.
pub fn router(state: AppState) -> Router {
    let cache_state: cache::CacheState = (
        Arc::new(cache::PageCache::new(state.options.page_cache_ttl)),
        state.today,
    );
    let security = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    let mut app = Router::new()
        .route("/", get(home))
        .route("/p/{id}", get(product))
        .route("/p/{id}/label.svg", get(label_svg))
        .route("/p/{id}/label.png", get(label_png))
        .route("/p/{id}/label.pdf", get(label_pdf))
        .route("/p/{id}/label.json", get(label_json))
        .route("/p/{id}/declaration", get(declaration))
        .route("/p/{id}/assessment.json", get(assessment))
        .route("/p/{id}/certificate.json", get(certificate))
        .route("/static/label.css", get(stylesheet))
        .route("/log", get(log_page))
        .route("/log/checkpoint", get(log_checkpoint))
        .route("/log/tile/{*path}", get(log_tile))
        .route("/feed.atom", get(atom_feed))
        .route("/export/products.jsonl", get(export_products))
        .route("/verify", get(verify_form).post(verify_submit))
        .route("/healthz", get(healthz))
        .merge(compare::routes())
        .merge(cta::routes())
        .merge(framework::routes())
        .merge(account::routes())
        .merge(workflow::routes())
        .merge(report::routes())
        .merge(keys::routes())
        .merge(api::routes())
        .fallback(fallback)
        .with_state(Arc::new(state))
        .layer(axum::middleware::from_fn_with_state(
            cache_state,
            cache::layer,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(UPLOAD_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ));
    for (name, value) in security {
        app = app.layer(SetResponseHeaderLayer::overriding(
            name,
            HeaderValue::from_static(value),
        ));
    }
    app.layer(TraceLayer::new_for_http())
}

/// Serves `app` on `listener` until Ctrl-C or SIGTERM, then finishes the
/// requests in flight.
pub async fn serve(listener: tokio::net::TcpListener, app: Router) -> std::io::Result<()> {
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
}

/// Resolves on Ctrl-C or (on Unix) SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!("cannot listen for Ctrl-C: {e}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!("cannot listen for SIGTERM: {e}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}

/// The `lang` query parameter, which every page takes.
#[derive(Debug, Deserialize, Default)]
struct LangParam {
    lang: Option<String>,
}

/// The search's parameters, as text: a value that does not parse is
/// ignored rather than refused.
#[derive(Debug, Deserialize, Default)]
struct HomeParams {
    lang: Option<String>,
    q: Option<String>,
    level: Option<String>,
    category: Option<String>,
    status: Option<String>,
    support_after: Option<String>,
    sort: Option<String>,
    page: Option<String>,
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

impl HomeParams {
    fn search(&self) -> Search {
        Search {
            text: self
                .q
                .clone()
                .unwrap_or_default()
                .chars()
                .take(200)
                .collect(),
            min_level: nonempty(&self.level)
                .and_then(|l| l.parse::<u8>().ok())
                .filter(|l| (1..=3).contains(l)),
            category: nonempty(&self.category).map(|c| c.chars().take(64).collect()),
            status: nonempty(&self.status).and_then(|s| {
                serde_json::from_value::<MarkStatus>(serde_json::Value::String(s.to_owned())).ok()
            }),
            support_after: nonempty(&self.support_after).and_then(|d| d.parse().ok()),
            sort: nonempty(&self.sort)
                .and_then(|s| s.parse().ok())
                .unwrap_or(Sort::Relevance),
            page: nonempty(&self.page)
                .and_then(|p| p.parse().ok())
                .unwrap_or(1)
                .clamp(1, 100_000),
            per_page: PER_PAGE.min(MAX_PER_PAGE),
        }
    }
}

/// A page in HTML.
fn html(status: StatusCode, body: String) -> Response {
    (status, Html(body)).into_response()
}

fn server_error(lang: &str, what: &str, e: &StoreError) -> Response {
    tracing::error!("{what}: {e}");
    html(StatusCode::INTERNAL_SERVER_ERROR, pages::error(lang))
}

fn not_found(lang: &str) -> Response {
    html(StatusCode::NOT_FOUND, pages::not_found(lang))
}

async fn home(
    State(state): State<Shared>,
    Query(params): Query<HomeParams>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    let search = params.search();
    let results = match state.db.search(&search, (state.today)()).await {
        Ok(r) => r,
        Err(e) => return server_error(lang, "searching", &e),
    };
    let categories = match state.db.categories().await {
        Ok(c) => c,
        Err(e) => return server_error(lang, "listing categories", &e),
    };
    let texts = texts(state.catalog, lang);
    html(
        StatusCode::OK,
        pages::home(&pages::HomeView {
            lang,
            uri: &uri,
            search: &search,
            raw_q: params.q.as_deref().unwrap_or_default(),
            categories: &categories,
            results: &results,
            words: &Words::new(texts),
            texts,
        }),
    )
}

fn texts(catalog: &'static Catalog, lang: &str) -> &'static iotmark_catalog::Texts {
    catalog.text_in(lang).unwrap_or_else(|_| catalog.text())
}

/// A product, its current certificate and its label in `lang` (English
/// when that language is missing), the label's status following the
/// certificate.
struct Loaded {
    product: Product,
    certificates: Vec<CertificateRecord>,
    label: Option<LabelModel>,
}

async fn load(state: &AppState, id: &str, lang: &str) -> Result<Option<Loaded>, Response> {
    let product = match state.db.product_in(id, lang).await {
        Ok(Some(p)) => p,
        Ok(None) => return Ok(None),
        Err(e) => return Err(server_error(lang, "reading a product", &e)),
    };
    let today = (state.today)();
    let certificates: Vec<CertificateRecord> = match state.db.certificates_of(id).await {
        Ok(c) => c.into_iter().map(|c| c.as_of(today)).collect(),
        Err(e) => return Err(server_error(lang, "reading certificates", &e)),
    };
    let json = product
        .data
        .labels
        .get(lang)
        .or_else(|| product.data.labels.get("en"));
    let mut label = match json.map(|j| serde_json::from_str::<LabelModel>(j)) {
        Some(Ok(m)) => Some(m),
        Some(Err(e)) => {
            tracing::error!("the stored label of {id} is unreadable: {e}");
            None
        }
        None => None,
    };
    if let (Some(model), Some(current)) = (label.as_mut(), certificates.first()) {
        model.status = mark_status(current.status);
        model.certificate_id = Some(current.id.clone());
    }
    Ok(Some(Loaded {
        product,
        certificates,
        label,
    }))
}

/// The label's status for a certificate's.
pub fn mark_status(status: iotmark_cert::event::Status) -> MarkStatus {
    use iotmark_cert::event::Status;
    match status {
        Status::Valid | Status::Attention => MarkStatus::Valid,
        Status::Suspended => MarkStatus::Suspended,
        Status::Revoked => MarkStatus::Revoked,
        Status::Expired => MarkStatus::Expired,
    }
}

/// The label options of a product with this certificate, for
/// [`LabelModel::resolve`].
pub fn certificate_option(c: &CertificateRecord) -> Certificate {
    Certificate {
        id: c.id.clone(),
        status: mark_status(c.status),
    }
}

async fn product(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    let loaded = match load(&state, &id, lang).await {
        Ok(Some(l)) => l,
        Ok(None) => return not_found(lang),
        Err(r) => return r,
    };
    let mut history = Vec::new();
    if let Some(c) = loaded.certificates.first() {
        match state.db.status_events(&c.id).await {
            Ok(events) => history = events,
            Err(e) => return server_error(lang, "reading status events", &e),
        }
    }
    let label_texts = loaded.label.as_ref().map_or_else(
        || texts(state.catalog, lang),
        |m| texts(state.catalog, &m.lang),
    );
    let words = Words::new(label_texts);
    let fragment = loaded
        .label
        .as_ref()
        .map(|m| embeddable(&iotmark_label::html::fragment(m, &words)));
    let inclusion = match loaded.certificates.first() {
        Some(c) => match log_snapshot(&state).await {
            Some(Ok(s)) => Some(s.inclusion(c.log_index, &c.envelope)),
            Some(Err(e)) => Some(Inclusion::Failed(e)),
            None => None,
        },
        None => None,
    };
    let reports = match state
        .db
        .reports_of(&id, crate::store::ReportState::Published)
        .await
    {
        Ok(r) => r,
        Err(e) => return server_error(lang, "reading reports", &e),
    };
    let signed_by = match loaded.certificates.first() {
        Some(c) => state
            .key_ring()
            .await
            .and_then(|ring| ring.signer_of_entry(&c.envelope)),
        None => None,
    };
    let site_texts = texts(state.catalog, lang);
    html(
        StatusCode::OK,
        pages::product(&pages::ProductView {
            signed_by: signed_by.as_ref(),
            reports: report::published(lang, &reports),
            inclusion: inclusion.as_ref(),
            lang,
            uri: &uri,
            product: &loaded.product,
            certificate: loaded.certificates.first(),
            history: &history,
            fragment: fragment.as_deref(),
            words: &Words::new(site_texts),
        }),
    )
}

/// The label's fragment without its `<style>` element: the same rules are
/// served from `/static/label.css`, and the policy forbids inline styles.
fn embeddable(fragment: &str) -> String {
    let style = format!("<style>{}</style>", iotmark_label::html::stylesheet());
    fragment.replacen(&style, "", 1)
}

fn download(content_type: &'static str, file_name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{file_name}\"");
    let mut response = (
        [(header::CONTENT_TYPE, HeaderValue::from_static(content_type))],
        body,
    )
        .into_response();
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    response
}

/// The label model of a product in the request's language, or the
/// response to give instead.
async fn label_model(
    state: &AppState,
    id: &str,
    lang_param: Option<&str>,
    headers: &HeaderMap,
) -> Result<(LabelModel, &'static iotmark_catalog::Texts), Response> {
    let lang = i18n::negotiate(lang_param, headers);
    match load(state, id, lang).await? {
        Some(Loaded {
            label: Some(model), ..
        }) => {
            let texts = texts(state.catalog, &model.lang);
            Ok((model, texts))
        }
        _ => Err(not_found(lang)),
    }
}

/// A safe file name stem for downloads: the product id is Crockford base
/// 32, but the route takes any text, so keep only what is safe.
fn stem(id: &str, lang: &str) -> String {
    let id: String = id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(32)
        .collect();
    format!("iotmark-{id}-{lang}")
}

async fn label_svg(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    match label_model(&state, &id, params.lang.as_deref(), &headers).await {
        Ok((model, texts)) => {
            let svg = iotmark_label::svg::primary(&model, &Words::new(texts));
            download(
                "image/svg+xml; charset=utf-8",
                &format!("{}.svg", stem(&id, &model.lang)),
                svg.into_bytes(),
            )
        }
        Err(r) => r,
    }
}

/// PNG or PDF, rendered off the async threads.
async fn raster(
    state: Shared,
    id: String,
    lang: Option<String>,
    headers: HeaderMap,
    pdf: bool,
) -> Response {
    let (model, texts) = match label_model(&state, &id, lang.as_deref(), &headers).await {
        Ok(x) => x,
        Err(r) => return r,
    };
    let svg = iotmark_label::svg::primary(&model, &Words::new(texts));
    let fonts = Arc::clone(&state.fonts);
    let rendered = tokio::task::spawn_blocking(move || {
        if pdf {
            iotmark_label::raster::pdf(&svg, &fonts)
        } else {
            iotmark_label::raster::png(&svg, 300.0, &fonts)
        }
    })
    .await;
    let lang = i18n::negotiate(lang.as_deref(), &headers);
    match rendered {
        Ok(Ok(bytes)) if pdf => download(
            "application/pdf",
            &format!("{}.pdf", stem(&id, &model.lang)),
            bytes,
        ),
        Ok(Ok(bytes)) => download(
            "image/png",
            &format!("{}.png", stem(&id, &model.lang)),
            bytes,
        ),
        Ok(Err(e)) => {
            tracing::error!("rendering the label of {id}: {e}");
            html(StatusCode::INTERNAL_SERVER_ERROR, pages::error(lang))
        }
        Err(e) => {
            tracing::error!("rendering the label of {id}: {e}");
            html(StatusCode::INTERNAL_SERVER_ERROR, pages::error(lang))
        }
    }
}

async fn label_png(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    raster(state, id, params.lang, headers, false).await
}

async fn label_pdf(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    raster(state, id, params.lang, headers, true).await
}

async fn label_json(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    match label_model(&state, &id, params.lang.as_deref(), &headers).await {
        Ok((model, _)) => match serde_json::to_string_pretty(&model) {
            Ok(mut json) => {
                json.push('\n');
                download(
                    "application/json",
                    &format!("{}.label.json", stem(&id, &model.lang)),
                    json.into_bytes(),
                )
            }
            Err(e) => {
                tracing::error!("serialising the label of {id}: {e}");
                html(StatusCode::INTERNAL_SERVER_ERROR, pages::error("en"))
            }
        },
        Err(r) => r,
    }
}

/// A file kept with the product: the declaration, the report or the
/// current certificate.
async fn product_file(state: &AppState, id: &str, lang: &str, which: &str) -> Response {
    let loaded = match load(state, id, lang).await {
        Ok(Some(l)) => l,
        Ok(None) => return not_found(lang),
        Err(r) => return r,
    };
    let p = &loaded.product.data;
    let id = stem(id, "").trim_end_matches('-').to_owned();
    match which {
        "declaration" => {
            let name: String = p
                .declaration_name
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect();
            let content_type = if name.ends_with(".json") {
                "application/json"
            } else {
                "application/yaml"
            };
            let name = if name.is_empty() {
                "declaration".to_owned()
            } else {
                name
            };
            download(content_type, &format!("{id}-{name}"), p.declaration.clone())
        }
        "assessment" => download(
            "application/json",
            &format!("{id}-assessment.json"),
            p.assessment.clone().into_bytes(),
        ),
        _ => match loaded.certificates.first() {
            Some(c) => download(
                "application/json",
                &format!("{}.dsse.json", stem(&c.id, "").trim_end_matches('-')),
                c.envelope.clone(),
            ),
            None => not_found(lang),
        },
    }
}

async fn declaration(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    product_file(&state, &id, lang, "declaration").await
}

async fn assessment(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    product_file(&state, &id, lang, "assessment").await
}

async fn certificate(
    State(state): State<Shared>,
    Path(id): Path<String>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    product_file(&state, &id, lang, "certificate").await
}

async fn stylesheet() -> Response {
    let mut css = String::from(iotmark_label::html::stylesheet());
    css.push_str(pages::SITE_CSS);
    css.push_str(compare::CSS);
    css.push_str(framework::CSS);
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/css; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        css,
    )
        .into_response()
}

/// The log's latest snapshot, read off the async threads; `None` when the
/// site has no log.
pub(crate) async fn log_snapshot(state: &AppState) -> Option<Result<Arc<Snapshot>, String>> {
    let source = Arc::clone(state.log.as_ref()?);
    if let Some(ledger) = source.ledger() {
        return Some(ledger.snapshot().await.map_err(|e| e.to_string()));
    }
    Some(
        match tokio::task::spawn_blocking(move || source.snapshot()).await {
            Ok(r) => r,
            Err(e) => Err(format!("reading the log: {e}")),
        },
    )
}

const NO_CACHE: HeaderValue = HeaderValue::from_static("no-cache");
const IMMUTABLE: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");

async fn log_page(
    State(state): State<Shared>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    let Some(source) = state.log.as_ref() else {
        return not_found(lang);
    };
    let snapshot = log_snapshot(&state).await;
    let snapshot = match &snapshot {
        Some(Ok(s)) => Ok(s.as_ref()),
        Some(Err(e)) => Err(e.as_str()),
        None => return not_found(lang),
    };
    html(
        StatusCode::OK,
        pages::log(&pages::LogView {
            lang,
            uri: &uri,
            origin: source.origin(),
            verifier_key: source.verifier().to_vkey(),
            snapshot,
        }),
    )
}

async fn log_checkpoint(State(state): State<Shared>) -> Response {
    match log_snapshot(&state).await {
        None => not_found("en"),
        Some(Ok(snapshot)) => (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; charset=utf-8"),
                ),
                (header::CACHE_CONTROL, NO_CACHE),
            ],
            snapshot.note.clone(),
        )
            .into_response(),
        Some(Err(e)) => {
            tracing::error!("reading the checkpoint: {e}");
            html(StatusCode::INTERNAL_SERVER_ERROR, pages::error("en"))
        }
    }
}

/// A tile or entry bundle of the latest checkpoint. Only a canonical tile
/// path (digits, `x`, `/`, `.p/`) is answered; a directory's files are
/// served as published, the database's computed from the snapshot.
async fn log_tile(State(state): State<Shared>, Path(path): Path<String>) -> Response {
    let Some(source) = state.log.clone() else {
        return not_found("en");
    };
    let name = format!("tile/{path}");
    let Some((_, _, _, width)) = iotmark_tlog::tile::parse_tile_path(&name) else {
        return not_found("en");
    };
    let bytes = if source.ledger().is_some() {
        match log_snapshot(&state).await {
            Some(Ok(s)) => match s.tile(&name) {
                Some(b) => b,
                None => return not_found("en"),
            },
            Some(Err(e)) => {
                tracing::error!("reading the log: {e}");
                return html(StatusCode::INTERNAL_SERVER_ERROR, pages::error("en"));
            }
            None => return not_found("en"),
        }
    } else {
        let file = source.dir().join(&name);
        match tokio::fs::read(&file).await {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return not_found("en"),
            Err(e) => {
                tracing::error!("reading {}: {e}", file.display());
                return html(StatusCode::INTERNAL_SERVER_ERROR, pages::error("en"));
            }
        }
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/octet-stream"),
            ),
            (
                header::CACHE_CONTROL,
                if width == iotmark_tlog::tile::TILE_WIDTH {
                    IMMUTABLE
                } else {
                    NO_CACHE
                },
            ),
        ],
        bytes,
    )
        .into_response()
}

/// The site's address for absolute links: the request's `Host` when it
/// reads as a host name or address (with a port), else `localhost`.
fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']')
                })
        })
        .unwrap_or("localhost");
    format!("http://{host}")
}

async fn atom_feed(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let limit = feed::FEED_ITEMS as u32;
    let issued = match state.db.recent_certificates(limit).await {
        Ok(c) => c,
        Err(e) => return server_error("en", "listing certificates", &e),
    };
    let events = match state.db.recent_status_events(limit).await {
        Ok(e) => e,
        Err(e) => return server_error("en", "listing status events", &e),
    };
    let expired = match state.db.expired_certificates((state.today)(), limit).await {
        Ok(c) => c,
        Err(e) => return server_error("en", "listing expired certificates", &e),
    };
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/atom+xml; charset=utf-8"),
            ),
            (header::CACHE_CONTROL, NO_CACHE),
        ],
        feed::atom(&base_url(&headers), &issued, &events, &expired),
    )
        .into_response()
}

/// One line of the open data export.
fn export_line(base: &str, p: &Product, certificate: Option<&CertificateRecord>) -> String {
    let d = &p.data;
    let mut line = serde_json::json!({
        "id": p.id,
        "manufacturer": d.manufacturer,
        "name": d.name,
        "model": d.model,
        "category": d.category,
        "firmware_version": d.firmware_version,
        "level": d.level,
        "grades": d.grades,
        "support_end": d.support_end,
        // The mark's status follows the current certificate.
        "status": certificate.map_or(d.status, |c| mark_status(c.status)).name(),
        "url": format!("{base}/p/{}", p.id),
    });
    if let Some(c) = certificate {
        line["certificate"] = serde_json::json!({
            "id": c.id,
            "status": c.status.as_str(),
            "valid_until": c.valid_until,
        });
    }
    line["cta_2120"] = cta::record(p, certificate, base);
    let mut text = line.to_string();
    text.push('\n');
    text
}

/// Every product, one JSON object a line (a product and its certificates
/// at a time: the export is small next to what each product page reads).
async fn export_products(State(state): State<Shared>, headers: HeaderMap) -> Response {
    let base = base_url(&headers);
    let ids = match state.db.product_ids().await {
        Ok(ids) => ids,
        Err(e) => return server_error("en", "listing products", &e),
    };
    let today = (state.today)();
    let mut body = String::new();
    for id in ids {
        let product = match state.db.product(&id).await {
            Ok(Some(p)) => p,
            // Deleted since the listing.
            Ok(None) => continue,
            Err(e) => return server_error("en", "reading a product", &e),
        };
        let certificates = match state.db.certificates_of(&id).await {
            Ok(c) => c,
            Err(e) => return server_error("en", "reading certificates", &e),
        };
        let current = certificates.into_iter().next().map(|c| c.as_of(today));
        body.push_str(&export_line(&base, &product, current.as_ref()));
    }
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/x-ndjson"),
            ),
            (header::CACHE_CONTROL, NO_CACHE),
        ],
        body,
    )
        .into_response()
}

async fn verify_form(
    State(state): State<Shared>,
    Query(params): Query<LangParam>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    html(
        StatusCode::OK,
        pages::verify(&pages::VerifyView {
            lang,
            uri: &uri,
            bundle: "",
            id: "",
            outcome: None,
            words: &Words::new(texts(state.catalog, lang)),
        }),
    )
}

/// The verify form's fields.
#[derive(Debug, Deserialize, Default)]
struct VerifyParams {
    lang: Option<String>,
    bundle: Option<String>,
    id: Option<String>,
}

/// The verify form sent as multipart: a pasted bundle, an uploaded one
/// (which wins), or an id.
async fn verify_fields(mut form: axum::extract::Multipart) -> Result<VerifyParams, String> {
    let mut p = VerifyParams::default();
    while let Some(field) = form.next_field().await.map_err(|e| e.body_text())? {
        let name = field.name().unwrap_or_default().to_owned();
        let bytes = field.bytes().await.map_err(|e| e.body_text())?;
        let text = || {
            String::from_utf8(bytes.to_vec())
                .map_err(|_| format!("the field `{name}` is not UTF-8 text"))
        };
        match name.as_str() {
            "lang" => p.lang = Some(text()?),
            "id" => p.id = Some(text()?),
            "bundle" if p.bundle.as_deref().is_none_or(|b| b.trim().is_empty()) => {
                p.bundle = Some(text()?);
            }
            "bundle_file" if !bytes.is_empty() => p.bundle = Some(text()?),
            _ => {}
        }
    }
    Ok(p)
}

fn bad_verify_form(headers: &HeaderMap, why: &str) -> Response {
    let lang = i18n::negotiate(None, headers);
    tracing::info!("a verify form was refused: {why}");
    html(StatusCode::BAD_REQUEST, pages::error(lang))
}

/// Checks a bundle or a certificate id. No CSRF token: this form is
/// public and has no side effect (it reads, verifies and answers), so a
/// forged submission gains nothing a direct one would not.
async fn verify_submit(
    State(state): State<Shared>,
    headers: HeaderMap,
    uri: Uri,
    request: axum::extract::Request,
) -> Response {
    let multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let params = if multipart {
        match axum::extract::Multipart::from_request(request, &()).await {
            Ok(form) => match verify_fields(form).await {
                Ok(p) => p,
                Err(e) => return bad_verify_form(&headers, &e),
            },
            Err(e) => return bad_verify_form(&headers, &e.body_text()),
        }
    } else {
        match Form::<VerifyParams>::from_request(request, &()).await {
            Ok(Form(p)) => p,
            Err(e) => return bad_verify_form(&headers, &e.body_text()),
        }
    };
    let lang = i18n::negotiate(params.lang.as_deref(), &headers);
    let bundle = params.bundle.as_deref().unwrap_or_default();
    let id: String = nonempty(&params.id)
        .unwrap_or_default()
        .chars()
        .take(128)
        .collect();
    let snapshot = match log_snapshot(&state).await {
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => {
            tracing::warn!("verifying without the log: {e}");
            None
        }
        None => None,
    };
    let ring = state.key_ring().await;
    let keys = verify::Keys {
        certification_body: ring.as_deref(),
        log: state.log_key.as_ref(),
    };
    let today = (state.today)();
    let outcome = if !bundle.trim().is_empty() {
        verify::bundle(bundle, &keys, today, snapshot.as_deref())
    } else if !id.is_empty() {
        match state.db.certificate(&id).await {
            Ok(Some(record)) => verify::stored(&record, &keys, today, snapshot.as_deref()),
            Ok(None) => verify::Outcome::UnknownId(id.clone()),
            Err(e) => return server_error(lang, "reading a certificate", &e),
        }
    } else {
        verify::Outcome::Rejected(i18n::t(lang, "verify-empty").to_owned())
    };
    let status = match outcome {
        verify::Outcome::Genuine(_) => StatusCode::OK,
        verify::Outcome::UnknownId(_) => StatusCode::NOT_FOUND,
        verify::Outcome::Rejected(_) | verify::Outcome::Unavailable(_) => {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    html(
        status,
        pages::verify(&pages::VerifyView {
            lang,
            uri: &uri,
            bundle,
            id: &id,
            outcome: Some(&outcome),
            words: &Words::new(texts(state.catalog, lang)),
        }),
    )
}

async fn healthz(State(state): State<Shared>) -> Response {
    let backend = state.db.backend();
    let (status, body) = match state.db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            serde_json::json!({"status": "ok", "database": backend}),
        ),
        Err(e) => {
            tracing::error!("health check: {e}");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                serde_json::json!({"status": "error", "database": backend}),
            )
        }
    };
    (
        status,
        [(
            HeaderName::from_static("cache-control"),
            HeaderValue::from_static("no-store"),
        )],
        axum::Json(body),
    )
        .into_response()
}

async fn fallback(Query(params): Query<LangParam>, headers: HeaderMap) -> Response {
    not_found(i18n::negotiate(params.lang.as_deref(), &headers))
}
