//! The JSON API under `/api/v1`, and its OpenAPI 3.1 document.
//!
//! | route | what |
//! |---|---|
//! | `GET /api/v1/products` | search: `q`, `level`, `category`, `status`, `support_after`, `sort`, `page`, `per_page` |
//! | `GET /api/v1/products/{id}` | a product: facts, grades, status, current certificate, links |
//! | `GET /api/v1/products/{id}/assessment` | its assessment report |
//! | `GET /api/v1/products/{id}/label` | its `label.json` (`?lang=`) |
//! | `GET /api/v1/certificates/{id}` | a certificate and its status history |
//! | `GET /api/v1/certificates/{id}/bundle` | its bundle, proved against the log's latest checkpoint |
//! | `GET /api/v1/log/checkpoint` | the log's latest checkpoint |
//! | `GET /api/v1/log/proof/inclusion` | an inclusion proof (`index`, `size`) |
//! | `GET /api/v1/log/proof/consistency` | a consistency proof (`from`, `to`) |
//! | `POST /api/v1/verify` | check a bundle, or a certificate id |
//! | `GET /api/v1/openapi.json` | the OpenAPI document, generated from this module |
//!
//! Every error, including a bad parameter, an unknown path under `/api/v1`
//! and a method a path does not take, is answered with [`ApiError`]'s one
//! JSON shape, `{"error": {"code": "…", "message": "…"}}`. Server-side
//! failures say only that something failed; the details go to the log.
//!
//! The document (`docs/openapi.json`, checked against the code by a test)
//! is derived from the handlers' `#[utoipa::path]` attributes and the
//! types below: a new endpoint adds its handler to [`ApiDoc`]'s `paths` and
//! its route to [`routes`].

use std::collections::BTreeMap;
use std::fmt::Display;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, FailedToBufferBody, PathRejection};
use axum::extract::{FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::header::{self, HeaderValue};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use chrono::NaiveDate;
use iotmark_cert::bundle::make_bundle;
use iotmark_label::{LabelModel, MarkStatus};
use iotmark_tlog::hash::{Hash, to_hex};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

use super::log::Snapshot;
use super::{Shared, log_snapshot, mark_status, verify};
use crate::store::{
    CertificateRecord, MAX_PER_PAGE, Product, ProductSummary, Search, Sort, StatusEventRecord,
    StoreError,
};

/// Where the API is mounted.
pub const PREFIX: &str = "/api/v1";

/// Results per page of a search unless `per_page` says otherwise.
pub const DEFAULT_PER_PAGE: u32 = 20;

/// The most characters of a search's `q`.
pub const MAX_QUERY: usize = 200;

/// The most characters of a search's `category`.
pub const MAX_CATEGORY: usize = 64;

/// The largest request body the API reads (a bundle is at most
/// [`verify::MAX_BUNDLE`]).
pub const MAX_BODY: usize = verify::MAX_BUNDLE;

/// This module's routes, all under [`PREFIX`]; any other path under it,
/// and any method a path does not take, answers in the API's error shape.
pub(super) fn routes() -> Router<Shared> {
    let api = Router::new()
        .route("/products", get(search))
        .route("/products/{id}", get(product))
        .route("/products/{id}/assessment", get(assessment))
        .route("/products/{id}/label", get(label))
        .route("/certificates/{id}", get(certificate))
        .route("/certificates/{id}/bundle", get(bundle))
        .route("/log/checkpoint", get(checkpoint))
        .route("/keys", get(keys))
        .route("/log/proof/inclusion", get(inclusion_proof))
        .route("/log/proof/consistency", get(consistency_proof))
        .route("/verify", post(verify_body))
        .route(
            "/submissions",
            post(create_submission)
                .get(list_submissions)
                .layer(axum::extract::DefaultBodyLimit::max(super::UPLOAD_LIMIT)),
        )
        .route("/submissions/{id}", get(get_submission))
        .route("/openapi.json", get(openapi))
        .fallback(unknown_path)
        .method_not_allowed_fallback(method_not_allowed);
    // The nested fallback does not see the prefix itself, with or without
    // its slash.
    Router::new()
        .nest(PREFIX, api)
        .route(PREFIX, any(unknown_path))
        .route(&format!("{PREFIX}/"), any(unknown_path))
}

// ---------------------------------------------------------------------------
// Errors

/// What kind of error an [`ApiError`] is: its `code`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ErrorCode {
    /// A parameter or the body is malformed or out of range (400).
    BadRequest,
    /// No valid API token was given (401).
    Unauthorized,
    /// The token's account may not do this (403).
    Forbidden,
    /// The declaration or evidence does not validate (422).
    Unprocessable,
    /// No such resource, or no such path under `/api/v1` (404).
    NotFound,
    /// The path does not take this method (405).
    MethodNotAllowed,
    /// The request conflicts with what the registry holds (409).
    Conflict,
    /// The body is too large (413).
    PayloadTooLarge,
    /// The body is not JSON (415).
    UnsupportedMediaType,
    /// The server failed; the message says no more (500).
    Internal,
    /// The registry cannot answer this now (no keys or log configured) (503).
    Unavailable,
}

impl ErrorCode {
    fn status(self) -> StatusCode {
        match self {
            ErrorCode::BadRequest => StatusCode::BAD_REQUEST,
            ErrorCode::Unauthorized => StatusCode::UNAUTHORIZED,
            ErrorCode::Forbidden => StatusCode::FORBIDDEN,
            ErrorCode::Unprocessable => StatusCode::UNPROCESSABLE_ENTITY,
            ErrorCode::NotFound => StatusCode::NOT_FOUND,
            ErrorCode::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ErrorCode::Conflict => StatusCode::CONFLICT,
            ErrorCode::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ErrorCode::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ErrorCode::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ErrorCode::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// An error of the API, answered as [`ErrorBody`] with the code's HTTP
/// status. Build server-side failures with [`ApiError::internal`], which
/// logs the details and answers a generic message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ApiError {
    /// What kind.
    pub code: ErrorCode,
    /// For the client: what is wrong, and what is expected.
    pub message: String,
}

/// A shorthand for handlers' results.
pub(crate) type ApiResult<T> = Result<T, ApiError>;

/// The message of every server-side failure.
const INTERNAL_MESSAGE: &str = "the server failed to answer this request; it has been logged";

impl ApiError {
    /// An error of this code.
    pub(crate) fn new(code: ErrorCode, message: impl Into<String>) -> ApiError {
        ApiError {
            code,
            message: message.into(),
        }
    }

    /// 400.
    pub(crate) fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::BadRequest, message)
    }

    /// 404.
    pub(crate) fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(ErrorCode::NotFound, message)
    }

    /// 500: `what` failed because of `detail`, both logged and neither
    /// answered.
    pub(crate) fn internal(what: &str, detail: impl Display) -> ApiError {
        tracing::error!("api: {what}: {detail}");
        ApiError::new(ErrorCode::Internal, INTERNAL_MESSAGE)
    }

    /// The HTTP status.
    pub(crate) fn status(&self) -> StatusCode {
        self.code.status()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::Invalid { .. } => ApiError::bad_request(e.to_string()),
            StoreError::NotFound { .. } => ApiError::not_found(e.to_string()),
            StoreError::DuplicateCertificate { .. }
            | StoreError::Duplicate { .. }
            | StoreError::State { .. } => ApiError::new(ErrorCode::Conflict, e.to_string()),
            _ => ApiError::internal("the store failed", e),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let body = ErrorBody {
            error: ErrorDetail {
                code: self.code,
                message: self.message,
            },
        };
        (status, json_headers(), axum::Json(body)).into_response()
    }
}

/// Every error's body.
#[derive(Debug, Serialize, ToSchema)]
#[schema(example = json!({"error": {"code": "not_found", "message": "no product 0000000000 in the registry"}}))]
pub(crate) struct ErrorBody {
    error: ErrorDetail,
}

/// What went wrong.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ErrorDetail {
    /// Machine-readable; new codes may be added.
    code: ErrorCode,
    /// For people: what is wrong, and what is expected.
    message: String,
}

fn json_headers() -> [(header::HeaderName, HeaderValue); 1] {
    [(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))]
}

async fn unknown_path() -> ApiError {
    ApiError::not_found("no such path in the API; see /api/v1/openapi.json")
}

async fn method_not_allowed() -> ApiError {
    ApiError::new(
        ErrorCode::MethodNotAllowed,
        "this path does not take this method; see /api/v1/openapi.json",
    )
}

// ---------------------------------------------------------------------------
// Extractors that answer in the API's error shape

/// The query string as `T` (whose fields should be `Option<String>`, each
/// parsed by the handler): a query string that does not even read as
/// that, e.g. a parameter given twice, is a 400 in the API's shape.
#[derive(Debug)]
pub(crate) struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        match Query::<T>::try_from_uri(&parts.uri) {
            Ok(Query(t)) => Ok(ApiQuery(t)),
            Err(e) => Err(ApiError::bad_request(e.body_text())),
        }
    }
}

/// The path's parameters as `T`, refused in the API's shape.
#[derive(Debug)]
pub(crate) struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(t)) => Ok(ApiPath(t)),
            Err(PathRejection::FailedToDeserializePathParams(e)) => {
                Err(ApiError::bad_request(e.body_text()))
            }
            Err(e) => Err(ApiError::internal("reading the path", e.body_text())),
        }
    }
}

/// The request's body, at most [`MAX_BODY`] bytes: a larger one is a 413
/// and one that cannot be read a 400, both in the API's shape.
#[derive(Debug)]
pub(crate) struct ApiBody(pub Bytes);

impl<S: Send + Sync> FromRequest<S> for ApiBody {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let too_large = || {
            ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!("the body is larger than {MAX_BODY} bytes"),
            )
        };
        let declared = req
            .headers()
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > MAX_BODY as u64) {
            return Err(too_large());
        }
        match Bytes::from_request(req, state).await {
            Ok(b) if b.len() > MAX_BODY => Err(too_large()),
            Ok(b) => Ok(ApiBody(b)),
            Err(BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_))) => {
                Err(too_large())
            }
            Err(e) => Err(ApiError::bad_request(e.body_text())),
        }
    }
}

/// A JSON answer.
fn json<T: Serialize>(value: &T) -> Response {
    (json_headers(), axum::Json(value)).into_response()
}

/// Pre-serialised JSON text.
fn json_text(text: impl Into<axum::body::Body>) -> Response {
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
        ],
        text.into(),
    )
        .into_response()
}

// ---------------------------------------------------------------------------
// Parameters

/// A parameter as given: an empty value is a value (and for most
/// parameters a bad one), not an absent one.
fn param(value: &Option<String>) -> Option<&str> {
    value.as_deref()
}

/// An integer parameter within `min..=max`.
fn integer<T>(name: &str, value: &Option<String>, min: T, max: T) -> ApiResult<Option<T>>
where
    T: std::str::FromStr + PartialOrd + Display + Copy,
{
    let Some(text) = param(value) else {
        return Ok(None);
    };
    match text.parse::<T>() {
        Ok(n) if n >= min && n <= max => Ok(Some(n)),
        _ => Err(ApiError::bad_request(format!(
            "`{name}` must be an integer from {min} to {max}, not `{}`",
            shorten(text)
        ))),
    }
}

/// At most 40 characters of a value, for messages.
fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(40).collect();
    if out.len() < text.len() {
        out.push('…');
    }
    out
}

/// Whether `id` can be an id the registry issues (products: Crockford base
/// 32; certificates: letters, digits, `.`, `_`, `-`): anything else names
/// nothing and never reaches the database.
fn plausible_id(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

// ---------------------------------------------------------------------------
// Shared schemas

/// The mark's status as a label shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = MarkStatus)]
pub(crate) enum ApiMarkStatus {
    Valid,
    Suspended,
    Revoked,
    Expired,
    SelfAssessed,
}

impl From<MarkStatus> for ApiMarkStatus {
    fn from(s: MarkStatus) -> Self {
        match s {
            MarkStatus::Valid => ApiMarkStatus::Valid,
            MarkStatus::Suspended => ApiMarkStatus::Suspended,
            MarkStatus::Revoked => ApiMarkStatus::Revoked,
            MarkStatus::Expired => ApiMarkStatus::Expired,
            MarkStatus::SelfAssessed => ApiMarkStatus::SelfAssessed,
        }
    }
}

impl From<ApiMarkStatus> for MarkStatus {
    fn from(s: ApiMarkStatus) -> Self {
        match s {
            ApiMarkStatus::Valid => MarkStatus::Valid,
            ApiMarkStatus::Suspended => MarkStatus::Suspended,
            ApiMarkStatus::Revoked => MarkStatus::Revoked,
            ApiMarkStatus::Expired => MarkStatus::Expired,
            ApiMarkStatus::SelfAssessed => MarkStatus::SelfAssessed,
        }
    }
}

/// A certificate's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = CertificateStatus)]
pub(crate) enum ApiCertificateStatus {
    Valid,
    Attention,
    Suspended,
    Revoked,
    Expired,
}

impl From<iotmark_cert::event::Status> for ApiCertificateStatus {
    fn from(s: iotmark_cert::event::Status) -> Self {
        use iotmark_cert::event::Status;
        match s {
            Status::Valid => ApiCertificateStatus::Valid,
            Status::Attention => ApiCertificateStatus::Attention,
            Status::Suspended => ApiCertificateStatus::Suspended,
            Status::Revoked => ApiCertificateStatus::Revoked,
            Status::Expired => ApiCertificateStatus::Expired,
        }
    }
}

/// The order of search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = SortOrder)]
#[allow(dead_code)]
pub(crate) enum ApiSort {
    /// Best match first (by name without a text query).
    Relevance,
    /// By name, A to Z.
    Name,
    /// Highest level first.
    Level,
    /// Latest end of security support first (none declared last).
    SupportEnd,
}

// ---------------------------------------------------------------------------
// Products

/// The search's parameters, as text.
#[derive(Debug, Deserialize, Default)]
struct SearchParams {
    q: Option<String>,
    level: Option<String>,
    category: Option<String>,
    status: Option<String>,
    support_after: Option<String>,
    sort: Option<String>,
    page: Option<String>,
    per_page: Option<String>,
}

impl SearchParams {
    fn search(&self) -> ApiResult<Search> {
        let text = param(&self.q).unwrap_or_default();
        if text.chars().count() > MAX_QUERY {
            return Err(ApiError::bad_request(format!(
                "`q` must be at most {MAX_QUERY} characters"
            )));
        }
        let category = param(&self.category).filter(|c| !c.is_empty());
        if let Some(c) = category
            && c.chars().count() > MAX_CATEGORY
        {
            return Err(ApiError::bad_request(format!(
                "`category` must be at most {MAX_CATEGORY} characters"
            )));
        }
        let status = match param(&self.status) {
            None => None,
            Some(s) => Some(
                serde_json::from_value::<MarkStatus>(serde_json::Value::String(s.to_owned()))
                    .map_err(|_| {
                        ApiError::bad_request(format!(
                            "`status` must be valid, suspended, revoked, expired or self_assessed, not `{}`",
                            shorten(s)
                        ))
                    })?,
            ),
        };
        let support_after = match param(&self.support_after) {
            None => None,
            Some(d) => Some(
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .ok()
                    .filter(|_| d.len() == 10)
                    .ok_or_else(|| {
                        ApiError::bad_request(format!(
                            "`support_after` must be a date (YYYY-MM-DD), not `{}`",
                            shorten(d)
                        ))
                    })?,
            ),
        };
        let sort = match param(&self.sort) {
            None => Sort::Relevance,
            Some(s) => s.parse::<Sort>().map_err(|_| {
                ApiError::bad_request(format!(
                    "`sort` must be relevance, name, level or support_end, not `{}`",
                    shorten(s)
                ))
            })?,
        };
        let level = integer::<u8>("level", &self.level, 0, 3)?;
        Ok(Search {
            text: text.to_owned(),
            min_level: level.filter(|l| *l > 0),
            // No category has control characters (and PostgreSQL refuses
            // NUL in text): they are dropped, so such a value finds nothing.
            category: category.map(|c| c.chars().filter(|c| !c.is_control()).collect()),
            status,
            support_after,
            sort,
            page: integer("page", &self.page, 1, 100_000)?.unwrap_or(1),
            per_page: integer("per_page", &self.per_page, 1, MAX_PER_PAGE)?
                .unwrap_or(DEFAULT_PER_PAGE),
        })
    }
}

/// One page of search results.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SearchResults {
    /// How many products match in all.
    total: u64,
    /// This page's number, from 1.
    page: u32,
    /// Results per page.
    per_page: u32,
    /// How many pages the results fill (at least 1).
    pages: u32,
    /// This page's products.
    items: Vec<ProductSummaryBody>,
}

/// A product in a list of results.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ProductSummary)]
pub(crate) struct ProductSummaryBody {
    /// The registry id (ten characters of Crockford base 32).
    id: String,
    /// The manufacturer's name.
    manufacturer: String,
    /// The product's name.
    name: String,
    /// The model designation.
    model: String,
    /// The declaration's category (`smart_camera`, …).
    category: String,
    /// The firmware version assessed.
    firmware_version: String,
    /// The mark level reached.
    #[schema(minimum = 0, maximum = 3)]
    level: u8,
    /// The declared end of security support.
    support_end: Option<NaiveDate>,
    /// The mark's status on the registry's date: its current certificate's
    /// (`expired` once past its validity), else as assessed.
    status: ApiMarkStatus,
    /// The product in this API.
    url: String,
}

impl From<ProductSummary> for ProductSummaryBody {
    fn from(p: ProductSummary) -> Self {
        ProductSummaryBody {
            url: format!("{PREFIX}/products/{}", p.id),
            id: p.id,
            manufacturer: p.manufacturer,
            name: p.name,
            model: p.model,
            category: p.category,
            firmware_version: p.firmware_version,
            level: p.level,
            support_end: p.support_end,
            status: p.status.into(),
        }
    }
}

/// Searches the products.
#[utoipa::path(
    get,
    path = "/api/v1/products",
    tag = "products",
    params(
        ("q" = Option<String>, Query, max_length = 200, description = "Words to find in the name, manufacturer, model and category; every word must match, as a prefix of a word. Any characters: they are reduced to words."),
        ("level" = Option<u8>, Query, minimum = 0, maximum = 3, description = "Only products at this mark level or above."),
        ("category" = Option<String>, Query, max_length = 64, description = "Only this category (`smart_camera`, …)."),
        ("status" = Option<ApiMarkStatus>, Query, description = "Only products with this status on the registry's date: a product whose current certificate is past its validity is `expired`, not `valid`."),
        ("support_after" = Option<NaiveDate>, Query, description = "Only products whose security support ends after this date."),
        ("sort" = Option<ApiSort>, Query, description = "The order (default `relevance`)."),
        ("page" = Option<u32>, Query, minimum = 1, maximum = 100000, description = "The page, from 1."),
        ("per_page" = Option<u32>, Query, minimum = 1, maximum = 100, description = "Results per page (default 20)."),
    ),
    responses(
        (status = 200, description = "A page of results", body = SearchResults),
        (status = 400, description = "A parameter is malformed or out of range", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn search(
    State(state): State<Shared>,
    ApiQuery(params): ApiQuery<SearchParams>,
) -> ApiResult<Response> {
    let search = params.search()?;
    let page = state.db.search(&search, (state.today)()).await?;
    let pages = page.pages();
    Ok(json(&SearchResults {
        total: page.total,
        page: page.page,
        per_page: page.per_page,
        pages,
        items: page.items.into_iter().map(Into::into).collect(),
    }))
}

/// A product in full.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Product)]
pub(crate) struct ProductBody {
    /// The registry id.
    id: String,
    /// The manufacturer's name.
    manufacturer: String,
    /// The product's name.
    name: String,
    /// The model designation.
    model: String,
    /// The declaration's category.
    category: String,
    /// The firmware version assessed.
    firmware_version: String,
    /// The mark level reached.
    #[schema(minimum = 0, maximum = 3)]
    level: u8,
    /// Area id → grade letter (A to E).
    grades: BTreeMap<String, String>,
    /// The declared end of security support.
    support_end: Option<NaiveDate>,
    /// The mark's status: its current certificate's, else as assessed.
    status: ApiMarkStatus,
    /// The current certificate (the latest issued), if any.
    certificate: Option<CertificateSummary>,
    /// The languages its label is available in.
    label_languages: Vec<String>,
    /// Where its files are.
    links: ProductLinks,
}

/// A certificate in short.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CertificateSummary {
    /// The certificate id.
    id: String,
    /// Its current status.
    status: ApiCertificateStatus,
    /// When it was issued.
    issued_on: NaiveDate,
    /// Its last valid day.
    valid_until: NaiveDate,
    /// Its entry's index in the transparency log.
    log_index: u64,
    /// The certificate in this API.
    url: String,
}

impl From<&CertificateRecord> for CertificateSummary {
    fn from(c: &CertificateRecord) -> Self {
        CertificateSummary {
            id: c.id.clone(),
            status: c.status.into(),
            issued_on: c.issued_on,
            valid_until: c.valid_until,
            log_index: c.log_index,
            url: format!("{PREFIX}/certificates/{}", c.id),
        }
    }
}

/// A product's files and pages (paths on this site).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ProductLinks {
    /// The product in this API.
    #[serde(rename = "self")]
    this: String,
    /// Its page on the web site.
    page: String,
    /// Its assessment report.
    assessment: String,
    /// Its `label.json` in this API (`?lang=`).
    label: String,
    /// The label as SVG.
    label_svg: String,
    /// The label as PNG.
    label_png: String,
    /// The label as PDF.
    label_pdf: String,
    /// `label.json` as a download.
    label_json: String,
    /// The declaration as submitted.
    declaration: String,
}

impl ProductLinks {
    fn of(id: &str) -> Self {
        let api = format!("{PREFIX}/products/{id}");
        let page = format!("/p/{id}");
        ProductLinks {
            this: api.clone(),
            assessment: format!("{api}/assessment"),
            label: format!("{api}/label"),
            label_svg: format!("{page}/label.svg"),
            label_png: format!("{page}/label.png"),
            label_pdf: format!("{page}/label.pdf"),
            label_json: format!("{page}/label.json"),
            declaration: format!("{page}/declaration"),
            page,
        }
    }
}

/// A product and its certificates (the latest issued first); 404 when
/// there is no such product.
async fn load(state: &Shared, id: &str) -> ApiResult<(Product, Vec<CertificateRecord>)> {
    let missing = || ApiError::not_found(format!("no product {} in the registry", shorten(id)));
    if !plausible_id(id) {
        return Err(missing());
    }
    let product = state.db.product(id).await?.ok_or_else(missing)?;
    let today = (state.today)();
    let certificates = state
        .db
        .certificates_of(id)
        .await?
        .into_iter()
        .map(|c| c.as_of(today))
        .collect();
    Ok((product, certificates))
}

/// A product: its facts, grades, status and current certificate.
#[utoipa::path(
    get,
    path = "/api/v1/products/{id}",
    tag = "products",
    params(("id" = String, Path, description = "The product's registry id.")),
    responses(
        (status = 200, description = "The product", body = ProductBody),
        (status = 404, description = "No such product", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn product(State(state): State<Shared>, ApiPath(id): ApiPath<String>) -> ApiResult<Response> {
    let (product, certificates) = load(&state, &id).await?;
    let current = certificates.first();
    let d = product.data;
    Ok(json(&ProductBody {
        links: ProductLinks::of(&product.id),
        id: product.id,
        manufacturer: d.manufacturer,
        name: d.name,
        model: d.model,
        category: d.category,
        firmware_version: d.firmware_version,
        level: d.level,
        grades: d.grades,
        support_end: d.support_end,
        status: current.map_or(d.status, |c| mark_status(c.status)).into(),
        certificate: current.map(Into::into),
        label_languages: d.labels.keys().cloned().collect(),
    }))
}

/// The assessment report (`iotmark assess --format json`; see
/// `docs/assessment-format.md`): the fields below and more.
#[derive(Debug, ToSchema)]
#[schema(as = AssessmentReport)]
#[allow(dead_code)]
pub(crate) struct AssessmentDoc {
    /// `iotmark-assessment`.
    format: Option<String>,
    /// The format's version.
    format_version: Option<u32>,
    /// The date the assessment was made for.
    assessment_date: Option<NaiveDate>,
    /// The mark level reached.
    #[schema(minimum = 0, maximum = 3)]
    level: Option<u8>,
}

/// A product's assessment report, as stored.
#[utoipa::path(
    get,
    path = "/api/v1/products/{id}/assessment",
    tag = "products",
    params(("id" = String, Path, description = "The product's registry id.")),
    responses(
        (status = 200, description = "The assessment report (docs/assessment-format.md)", body = AssessmentDoc),
        (status = 404, description = "No such product", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn assessment(
    State(state): State<Shared>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Response> {
    let (product, _) = load(&state, &id).await?;
    let report: serde_json::Value = serde_json::from_str(&product.data.assessment)
        .map_err(|e| ApiError::internal(&format!("the stored assessment of {id}"), e))?;
    Ok(json(&report))
}

/// `label.json` (see `docs/label-format.md`): the fields below and more.
#[derive(Debug, ToSchema)]
#[schema(as = Label)]
#[allow(dead_code)]
pub(crate) struct LabelDoc {
    /// Always `iotmark-label`.
    format: String,
    /// The format's version.
    format_version: u32,
    /// The language of the text fields.
    lang: String,
    /// The mark's status, following the current certificate.
    status: ApiMarkStatus,
    /// The current certificate, once one is issued.
    certificate_id: Option<String>,
    /// The product's registry id.
    product_id: String,
    /// The product's page in the registry.
    registry_url: String,
    /// Every area with its grade.
    areas: Vec<serde_json::Value>,
    /// Every criterion with its verdict.
    criteria: Vec<serde_json::Value>,
}

/// The language parameter.
#[derive(Debug, Deserialize, Default)]
struct LangParams {
    lang: Option<String>,
}

/// A product's `label.json`, its status following the current certificate.
#[utoipa::path(
    get,
    path = "/api/v1/products/{id}/label",
    tag = "products",
    params(
        ("id" = String, Path, description = "The product's registry id."),
        ("lang" = Option<String>, Query, max_length = 16, pattern = "^[A-Za-z0-9-]+$", description = "The label's language (`en`, `fr`, `de`, `es`, `ja`); English when the product has no label in it. Default `en`."),
    ),
    responses(
        (status = 200, description = "label.json (docs/label-format.md)", body = LabelDoc),
        (status = 400, description = "`lang` is not a language tag", body = ErrorBody),
        (status = 404, description = "No such product, or it has no label", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn label(
    State(state): State<Shared>,
    ApiPath(id): ApiPath<String>,
    ApiQuery(params): ApiQuery<LangParams>,
) -> ApiResult<Response> {
    let lang = param(&params.lang).unwrap_or("en");
    if lang.is_empty()
        || lang.len() > 16
        || !lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return Err(ApiError::bad_request(format!(
            "`lang` must be a language tag (`en`, `fr`, …), not `{}`",
            shorten(lang)
        )));
    }
    let (product, certificates) = load(&state, &id).await?;
    let labels = &product.data.labels;
    let text = labels
        .get(lang)
        .or_else(|| labels.get("en"))
        .ok_or_else(|| ApiError::not_found(format!("product {id} has no label")))?;
    let mut model: LabelModel = serde_json::from_str(text)
        .map_err(|e| ApiError::internal(&format!("the stored label of {id}"), e))?;
    if let Some(current) = certificates.first() {
        model.status = mark_status(current.status);
        model.certificate_id = Some(current.id.clone());
    }
    Ok(json(&model))
}

// ---------------------------------------------------------------------------
// Certificates

/// A certificate as recorded, with its status history.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = Certificate)]
pub(crate) struct CertificateBody {
    /// The certificate id.
    id: String,
    /// The product it certifies.
    product_id: String,
    /// When it was issued.
    issued_on: NaiveDate,
    /// Its last valid day.
    valid_until: NaiveDate,
    /// Its current status.
    status: ApiCertificateStatus,
    /// Its entry's index in the transparency log.
    log_index: u64,
    /// Its status changes, oldest first.
    history: Vec<StatusChange>,
    /// Where to go next.
    links: CertificateLinks,
}

/// A status change of a certificate.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StatusChange {
    /// The status it moved to.
    status: ApiCertificateStatus,
    /// Why.
    reason: String,
    /// When the change takes effect.
    effective_on: NaiveDate,
    /// The change's entry in the transparency log.
    log_index: u64,
}

impl From<StatusEventRecord> for StatusChange {
    fn from(e: StatusEventRecord) -> Self {
        StatusChange {
            status: e.status.into(),
            reason: e.reason,
            effective_on: e.effective_on,
            log_index: e.log_index,
        }
    }
}

/// A certificate's related resources (paths on this site).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CertificateLinks {
    /// The certificate in this API.
    #[serde(rename = "self")]
    this: String,
    /// Its bundle.
    bundle: String,
    /// The product it certifies, in this API.
    product: String,
    /// The DSSE envelope, as logged (a download from the product's page).
    envelope: String,
}

async fn load_certificate(state: &Shared, id: &str) -> ApiResult<CertificateRecord> {
    let missing = || ApiError::not_found(format!("no certificate {} in the registry", shorten(id)));
    if !plausible_id(id) {
        return Err(missing());
    }
    state.db.certificate(id).await?.ok_or_else(missing)
}

/// A certificate and its status history.
#[utoipa::path(
    get,
    path = "/api/v1/certificates/{id}",
    tag = "certificates",
    params(("id" = String, Path, description = "The certificate id (`IM-…`).")),
    responses(
        (status = 200, description = "The certificate", body = CertificateBody),
        (status = 404, description = "No such certificate", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn certificate(
    State(state): State<Shared>,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Response> {
    let c = load_certificate(&state, &id).await?;
    let history = state.db.status_events(&c.id).await?;
    let this = format!("{PREFIX}/certificates/{}", c.id);
    Ok(json(&CertificateBody {
        links: CertificateLinks {
            bundle: format!("{this}/bundle"),
            product: format!("{PREFIX}/products/{}", c.product_id),
            envelope: format!("/p/{}/certificate.json", c.product_id),
            this,
        },
        id: c.id,
        product_id: c.product_id,
        issued_on: c.issued_on,
        valid_until: c.valid_until,
        status: c.status.into(),
        log_index: c.log_index,
        history: history.into_iter().map(Into::into).collect(),
    }))
}

/// A certificate bundle (`docs/certificate-format.md`): everything needed
/// to check a certificate offline (`iotmark verify`).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = CertificateBundle)]
#[allow(dead_code)]
pub(crate) struct BundleDoc {
    /// Always `iotmark-bundle`.
    #[schema(pattern = "^iotmark-bundle$")]
    format: String,
    /// Always 1.
    #[schema(minimum = 1, maximum = 1)]
    version: u64,
    /// The certificate's DSSE envelope.
    envelope: EnvelopeDoc,
    /// The certificate's entry's index in the log.
    log_index: u64,
    /// The tree size of the checkpoint the proof is for.
    tree_size: u64,
    /// The inclusion proof (RFC 9162 audit path), base64 hashes.
    inclusion_proof: Vec<String>,
    /// The log's signed checkpoint note for `tree_size`.
    checkpoint: String,
}

/// A DSSE envelope.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Envelope)]
#[allow(dead_code)]
pub(crate) struct EnvelopeDoc {
    /// `application/vnd.in-toto+json`.
    #[serde(rename = "payloadType")]
    payload_type: String,
    /// The in-toto statement, base64.
    payload: String,
    /// The signatures.
    signatures: Vec<SignatureDoc>,
}

/// A DSSE signature.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[schema(as = Signature)]
#[allow(dead_code)]
pub(crate) struct SignatureDoc {
    /// The key id (`name+8hex`).
    keyid: String,
    /// The signature, base64.
    sig: String,
}

/// The log, or a 404 when the site has none; a 500 when it cannot be read.
async fn snapshot(state: &Shared) -> ApiResult<Arc<Snapshot>> {
    match log_snapshot(state).await {
        Some(Ok(s)) => Ok(s),
        Some(Err(e)) => Err(ApiError::internal("reading the log", e)),
        None => Err(ApiError::not_found("this registry has no transparency log")),
    }
}

/// A certificate's bundle, its inclusion proved against the log's latest
/// checkpoint.
#[utoipa::path(
    get,
    path = "/api/v1/certificates/{id}/bundle",
    tag = "certificates",
    params(("id" = String, Path, description = "The certificate id.")),
    responses(
        (status = 200, description = "The bundle, as `iotmark verify` reads it", body = BundleDoc),
        (status = 404, description = "No such certificate, or no log", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
        (status = 503, description = "The log's latest checkpoint does not cover the certificate yet", body = ErrorBody),
    ),
)]
async fn bundle(State(state): State<Shared>, ApiPath(id): ApiPath<String>) -> ApiResult<Response> {
    let c = load_certificate(&state, &id).await?;
    let log = snapshot(&state).await?;
    let size = log.checkpoint.size;
    if c.log_index >= size {
        return Err(ApiError::new(
            ErrorCode::Unavailable,
            format!(
                "the log's latest checkpoint (size {size}) does not cover entry {} yet",
                c.log_index
            ),
        ));
    }
    let proof = log
        .tree
        .inclusion_proof(c.log_index, size)
        .map_err(|e| ApiError::internal(&format!("proving {id}'s inclusion"), e))?;
    let made = make_bundle(&c.envelope, c.log_index, size, &proof, &log.note)
        .map_err(|e| ApiError::internal(&format!("making {id}'s bundle"), e))?;
    Ok(json_text(made.to_json()))
}

// ---------------------------------------------------------------------------
// The log

/// The log's latest signed checkpoint.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Checkpoint {
    /// The log's origin line.
    origin: String,
    /// The tree size.
    size: u64,
    /// The root hash, lowercase hexadecimal.
    root_hash_hex: String,
    /// The root hash, base64 (as in the note).
    root_hash: String,
    /// The signed note (C2SP tlog-checkpoint), as served at `/log/checkpoint`.
    note: String,
}

fn b64(hash: &Hash) -> String {
    STANDARD.encode(hash)
}

/// The log's latest checkpoint.
#[utoipa::path(
    get,
    path = "/api/v1/log/checkpoint",
    tag = "log",
    responses(
        (status = 200, description = "The checkpoint", body = Checkpoint),
        (status = 404, description = "This registry has no log", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn checkpoint(State(state): State<Shared>) -> ApiResult<Response> {
    let log = snapshot(&state).await?;
    let note = String::from_utf8(log.note.clone())
        .map_err(|e| ApiError::internal("reading the checkpoint", e))?;
    Ok(json(&Checkpoint {
        origin: log.checkpoint.origin.clone(),
        size: log.checkpoint.size,
        root_hash_hex: to_hex(&log.checkpoint.root),
        root_hash: b64(&log.checkpoint.root),
        note,
    }))
}

/// One of the certification body's signing keys.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SigningKey {
    /// The DSSE key id, `name+xxxxxxxx`, as in a certificate's signature.
    key_id: String,
    /// The C2SP verifier key, for `iotmark verify --key`.
    verifier_key: String,
    /// `active` (signs new certificates), `retired` (signs only status
    /// changes of the certificates it issued; they still verify) or
    /// `withdrawn` (its certificates no longer verify).
    #[schema(pattern = "^(active|retired|withdrawn)$")]
    state: String,
    /// The day it became the active key.
    active_from: NaiveDate,
    /// The day it stopped signing certificates.
    retired_on: Option<NaiveDate>,
    /// The day it was withdrawn.
    withdrawn_on: Option<NaiveDate>,
    /// Why it was withdrawn.
    reason: Option<String>,
}

/// The log's key.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LogKey {
    /// The log's origin line.
    origin: String,
    /// The C2SP verifier key of its checkpoints, for `iotmark verify --log-key`.
    verifier_key: String,
}

/// The keys to verify this registry's certificates with.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Keys {
    /// The certification body's keys, oldest first.
    certification_body: Vec<SigningKey>,
    /// The transparency log's key, when the registry has a log.
    log: Option<LogKey>,
}

/// The certification body's keys, past and present, and the log's key.
#[utoipa::path(
    get,
    path = "/api/v1/keys",
    tag = "keys",
    responses(
        (status = 200, description = "The keys", body = Keys),
        (status = 404, description = "This registry has no keys", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn keys(State(state): State<Shared>) -> ApiResult<Response> {
    let ring = state
        .key_ring()
        .await
        .ok_or_else(|| ApiError::not_found("this registry has no certification body keys"))?;
    Ok(json(&Keys {
        certification_body: ring
            .keys()
            .iter()
            .map(|k| SigningKey {
                key_id: k.record.key_id.clone(),
                verifier_key: k.record.verifier_key.clone(),
                state: k.record.state.as_str().to_owned(),
                active_from: k.record.active_from,
                retired_on: k.record.retired_on,
                withdrawn_on: k.record.withdrawn_on,
                reason: Some(k.record.reason.clone()).filter(|r| !r.is_empty()),
            })
            .collect(),
        log: state.log.as_ref().map(|l| LogKey {
            origin: l.origin().to_owned(),
            verifier_key: l.verifier().to_vkey(),
        }),
    }))
}

#[derive(Debug, Deserialize, Default)]
struct InclusionParams {
    index: Option<String>,
    size: Option<String>,
}

/// An inclusion proof.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct InclusionProof {
    /// The entry's index.
    index: u64,
    /// The tree size the proof is for.
    size: u64,
    /// The entry's leaf hash, base64.
    leaf_hash: String,
    /// The root of the tree of `size` leaves, base64.
    root_hash: String,
    /// The RFC 9162 audit path, base64 hashes.
    proof: Vec<String>,
}

/// The proof that entry `index` is in the tree of `size` leaves.
#[utoipa::path(
    get,
    path = "/api/v1/log/proof/inclusion",
    tag = "log",
    params(
        ("index" = u64, Query, description = "The entry's index."),
        ("size" = Option<u64>, Query, minimum = 1, description = "The tree size, at most the latest checkpoint's (its size by default)."),
    ),
    responses(
        (status = 200, description = "The proof", body = InclusionProof),
        (status = 400, description = "`index` missing, or a parameter malformed", body = ErrorBody),
        (status = 404, description = "This registry has no log, the log has no tree of that size, or the tree no entry at that index", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn inclusion_proof(
    State(state): State<Shared>,
    ApiQuery(params): ApiQuery<InclusionParams>,
) -> ApiResult<Response> {
    let index = integer("index", &params.index, 0, u64::MAX)?
        .ok_or_else(|| ApiError::bad_request("`index` is required"))?;
    let size = integer("size", &params.size, 1, u64::MAX)?;
    let log = snapshot(&state).await?;
    let latest = log.checkpoint.size;
    let size = within(size, latest)?.unwrap_or(latest);
    if index >= size {
        return Err(ApiError::not_found(format!(
            "the tree of size {size} has no entry {index}"
        )));
    }
    let proof = log
        .tree
        .inclusion_proof(index, size)
        .map_err(|e| ApiError::internal("proving inclusion", e))?;
    let root = log
        .tree
        .root_at(size)
        .map_err(|e| ApiError::internal("a root", e))?;
    let leaf = log
        .tree
        .leaf(index)
        .ok_or_else(|| ApiError::internal("a leaf", index))?;
    Ok(json(&InclusionProof {
        index,
        size,
        leaf_hash: b64(&leaf),
        root_hash: b64(&root),
        proof: proof.iter().map(b64).collect(),
    }))
}

/// A tree size the log has reached: at most `latest`, the latest
/// checkpoint's; a larger one is a tree that does not exist (yet), 404.
fn within(size: Option<u64>, latest: u64) -> ApiResult<Option<u64>> {
    match size {
        Some(s) if s > latest => Err(ApiError::not_found(format!(
            "the log has no tree of size {s}: its latest checkpoint is of size {latest}"
        ))),
        _ => Ok(size),
    }
}

#[derive(Debug, Deserialize, Default)]
struct ConsistencyParams {
    from: Option<String>,
    to: Option<String>,
}

/// A consistency proof.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ConsistencyProof {
    /// The older tree size.
    from: u64,
    /// The newer tree size.
    to: u64,
    /// The root of the tree of `from` leaves, base64.
    from_root: String,
    /// The root of the tree of `to` leaves, base64.
    to_root: String,
    /// The RFC 9162 consistency proof, base64 hashes.
    proof: Vec<String>,
}

/// The proof that the tree of `to` leaves extends the tree of `from`.
#[utoipa::path(
    get,
    path = "/api/v1/log/proof/consistency",
    tag = "log",
    params(
        ("from" = u64, Query, description = "The older tree size."),
        ("to" = Option<u64>, Query, description = "The newer tree size, from `from` to the latest checkpoint's (its size by default)."),
    ),
    responses(
        (status = 200, description = "The proof", body = ConsistencyProof),
        (status = 400, description = "`from` missing, a parameter malformed, or `from` greater than `to`", body = ErrorBody),
        (status = 404, description = "This registry has no log, or the log has no tree of that size", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn consistency_proof(
    State(state): State<Shared>,
    ApiQuery(params): ApiQuery<ConsistencyParams>,
) -> ApiResult<Response> {
    let from = integer("from", &params.from, 0, u64::MAX)?
        .ok_or_else(|| ApiError::bad_request("`from` is required"))?;
    let to = integer("to", &params.to, 0, u64::MAX)?;
    if let Some(to) = to
        && from > to
    {
        return Err(ApiError::bad_request(format!(
            "`from` ({from}) must not be greater than `to` ({to})"
        )));
    }
    let log = snapshot(&state).await?;
    let latest = log.checkpoint.size;
    within(Some(from), latest)?;
    let to = within(to, latest)?.unwrap_or(latest);
    let proof = log
        .tree
        .consistency_proof(from, to)
        .map_err(|e| ApiError::internal("proving consistency", e))?;
    let root = |size| {
        log.tree
            .root_at(size)
            .map_err(|e| ApiError::internal("a root", e))
    };
    Ok(json(&ConsistencyProof {
        from,
        to,
        from_root: b64(&root(from)?),
        to_root: b64(&root(to)?),
        proof: proof.iter().map(b64).collect(),
    }))
}

// ---------------------------------------------------------------------------
// Verify

/// What to verify: a certificate bundle, or the id of a certificate the
/// registry holds.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(untagged)]
#[allow(dead_code)]
pub(crate) enum VerifyRequest {
    /// A bundle, as `GET /api/v1/certificates/{id}/bundle` answers it.
    Bundle(BundleDoc),
    /// A certificate the registry holds, its inclusion proved from the log.
    Id(CertificateIdRequest),
}

/// A certificate the registry holds.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub(crate) struct CertificateIdRequest {
    /// The certificate id.
    #[schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    certificate_id: String,
}

/// The outcome of a verification.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct VerifyResult {
    /// Whether the certificate is genuine (signed by the certification
    /// body, in the log) and current on the registry's date.
    genuine: bool,
    /// Its current status, when known: from the log's events, else as
    /// the registry records it.
    status: Option<ApiCertificateStatus>,
    /// Why it is not genuine, or what needs attention.
    reasons: Vec<String>,
    /// What the certificate says, when it is genuine.
    certificate: Option<VerifiedCertificate>,
}

/// What a genuine certificate says.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct VerifiedCertificate {
    /// The certificate id.
    id: String,
    /// The product's registry id.
    product_id: String,
    /// The manufacturer's name.
    manufacturer: String,
    /// The model designation.
    model: String,
    /// The firmware version certified.
    firmware_version: String,
    /// The mark level.
    #[schema(minimum = 0, maximum = 3)]
    level: u8,
    /// Area id → grade letter.
    grades: BTreeMap<String, String>,
    /// When it was issued.
    issued_on: NaiveDate,
    /// Its last valid day.
    valid_until: NaiveDate,
    /// Its entry's index in the log.
    log_index: u64,
    /// The size of the checkpoint it was proved against.
    tree_size: u64,
    /// The product in this API.
    product_url: String,
}

/// Checks a bundle, or a certificate the registry holds, against the
/// certification body's and the log's keys, the log and the registry's
/// date.
#[utoipa::path(
    post,
    path = "/api/v1/verify",
    tag = "certificates",
    request_body(content = VerifyRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The outcome: genuine, or not and why", body = VerifyResult),
        (status = 400, description = "The body is not a bundle (e.g. a field missing) or `{\"certificate_id\": …}`", body = ErrorBody),
        (status = 404, description = "No certificate with this id", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 415, description = "The body is not JSON", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
        (status = 503, description = "The registry has no keys or log to check against", body = ErrorBody),
    ),
)]
async fn verify_body(
    State(state): State<Shared>,
    headers: HeaderMap,
    ApiBody(body): ApiBody,
) -> ApiResult<Response> {
    if let Some(t) = headers.get(header::CONTENT_TYPE) {
        let t = t.to_str().unwrap_or_default().to_ascii_lowercase();
        let essence = t.split(';').next().unwrap_or_default().trim();
        if essence != "application/json" && !essence.ends_with("+json") {
            return Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                "the body must be JSON (Content-Type: application/json)",
            ));
        }
    }
    let text =
        std::str::from_utf8(&body).map_err(|_| ApiError::bad_request("the body is not UTF-8"))?;
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| ApiError::bad_request(format!("the body is not JSON: {e}")))?;
    let Some(object) = value.as_object() else {
        return Err(ApiError::bad_request(
            "the body must be an object: a bundle, or {\"certificate_id\": \"…\"}",
        ));
    };
    let snapshot = match log_snapshot(&state).await {
        Some(Ok(s)) => Some(s),
        Some(Err(e)) => {
            tracing::warn!("api: verifying without the log: {e}");
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
    let (outcome, record) = if let Some(id) = object.get("certificate_id") {
        let id = match (id.as_str(), object.len()) {
            (Some(id), 1) => id,
            _ => {
                return Err(ApiError::bad_request(
                    "expected {\"certificate_id\": \"…\"} with a string and nothing else",
                ));
            }
        };
        iotmark_cert::statement::check_certificate_id(id).map_err(ApiError::bad_request)?;
        let record =
            state.db.certificate(id).await?.ok_or_else(|| {
                ApiError::not_found(format!("no certificate {id} in the registry"))
            })?;
        let outcome = verify::stored(&record, &keys, today, snapshot.as_deref());
        (outcome, Some(record))
    } else {
        // Not a bundle at all is a bad request; a bundle that does not
        // verify is an answer.
        iotmark_cert::bundle::Bundle::parse(text.trim().as_bytes())
            .map_err(|e| ApiError::bad_request(e.to_string()))?;
        (
            verify::bundle(text, &keys, today, snapshot.as_deref()),
            None,
        )
    };
    let result = match outcome {
        verify::Outcome::Genuine(v) => {
            let p = &v.statement.predicate;
            let mut reasons = Vec::new();
            let status = match &v.status {
                Some(report) => {
                    if let Some(change) = report.last_change()
                        && report.status == iotmark_cert::event::Status::Attention
                    {
                        reasons.push(format!("attention: {}", change.reason));
                    }
                    Some(report.status)
                }
                None => match record {
                    Some(r) => Some(r.status),
                    None => state
                        .db
                        .certificate(&p.certificate_id)
                        .await?
                        .map(|r| r.status),
                },
            };
            VerifyResult {
                genuine: true,
                status: status.map(Into::into),
                reasons,
                certificate: Some(VerifiedCertificate {
                    id: p.certificate_id.clone(),
                    product_id: p.product.id.clone(),
                    manufacturer: p.product.manufacturer.clone(),
                    model: p.product.model.clone(),
                    firmware_version: p.product.firmware_version.clone(),
                    level: p.level,
                    grades: p.grades.clone(),
                    issued_on: p.issued_on,
                    valid_until: p.valid_until,
                    log_index: v.log_index,
                    tree_size: v.checkpoint.size,
                    product_url: format!("{PREFIX}/products/{}", p.product.id),
                }),
            }
        }
        verify::Outcome::Rejected(why) => VerifyResult {
            genuine: false,
            status: record.map(|r| r.status.into()),
            reasons: vec![why],
            certificate: None,
        },
        verify::Outcome::UnknownId(id) => {
            return Err(ApiError::not_found(format!(
                "no certificate {id} in the registry"
            )));
        }
        verify::Outcome::Unavailable(why) => {
            return Err(ApiError::new(ErrorCode::Unavailable, why));
        }
    };
    Ok(json(&result))
}

// ---------------------------------------------------------------------------
// Submissions, with a maker's API token

/// Declares the bearer token scheme of the submission endpoints.
#[derive(Debug)]
struct BearerToken;

impl utoipa::Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "api_token",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An API token made on the account page (`imt_…`)"))
                    .build(),
            ),
        );
    }
}

/// The maker behind the request's API token.
async fn token_maker(state: &Shared, headers: &HeaderMap) -> ApiResult<crate::store::Account> {
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| t.starts_with(crate::auth::TOKEN_PREFIX))
        .ok_or_else(|| {
            ApiError::new(
                ErrorCode::Unauthorized,
                "give an API token: Authorization: Bearer imt_…",
            )
        })?;
    let account = state
        .db
        .api_token_account(&crate::auth::token_digest(token), crate::store::unix_now())
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthorized, "the API token is not valid"))?;
    if account.role != crate::store::Role::Manufacturer {
        return Err(ApiError::new(
            ErrorCode::Forbidden,
            "only a maker's token submits products",
        ));
    }
    Ok(account)
}

/// An evidence file in a submission request.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct EvidenceUpload {
    /// The file name (`security.txt`, `bom.cdx.json`, …).
    name: String,
    /// Its kind (`security_txt`, `sbom`, `network_capture`, `mud`,
    /// `test_report`, `other`); default: what the declaration lists under
    /// this name, else what the name and content say.
    kind: Option<String>,
    /// Its bytes, base64.
    content_base64: String,
}

/// A new submission: the declaration, its evidence, and whether to
/// submit it for certification at once.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SubmissionRequest {
    /// The declaration's text (YAML or JSON).
    declaration: String,
    /// Its file name (default `declaration.yaml`).
    declaration_name: Option<String>,
    /// The level aimed for, 1 to 3 (default 1).
    target_level: Option<u8>,
    /// Evidence files.
    #[serde(default)]
    evidence: Vec<EvidenceUpload>,
    /// Submit for certification now (default: keep as a draft).
    #[serde(default)]
    submit: bool,
}

/// A submission and its assessment now.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SubmissionBody {
    /// Its id.
    id: String,
    /// The product's registry id.
    product_id: String,
    /// The product's name.
    product_name: String,
    /// `draft`, `submitted`, `approved` or `rejected`.
    state: String,
    /// The level aimed for.
    target_level: u8,
    /// The level the assessment reaches now.
    reached_level: Option<u8>,
    /// Required criteria up to the target level that are not met yet.
    missing: Vec<String>,
    /// Evidence the declaration lists that was not uploaded.
    missing_evidence: Vec<String>,
    /// The assessor's note on a decision.
    decision_note: String,
    /// The certificate, once approved.
    certificate_id: Option<String>,
    /// The submission's page for its maker.
    url: String,
}

async fn submission_body(
    state: &Shared,
    x: &crate::store::Submission,
) -> ApiResult<SubmissionBody> {
    let evidence = state.db.evidence(&x.id).await?;
    let manual = state.db.manual_results(&x.id).await?;
    let (reached, missing, missing_evidence) =
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
                let missing = a
                    .verdicts
                    .iter()
                    .filter(|v| {
                        v.required
                            && v.level <= x.data.target_level
                            && !matches!(
                                v.status,
                                iotmark_model::Status::Met | iotmark_model::Status::NotApplicable
                            )
                    })
                    .map(|v| v.criterion.clone())
                    .collect();
                (
                    Some(a.level),
                    missing,
                    crate::assessing::missing_evidence(&d, &evidence),
                )
            }
            Err(_) => (None, Vec::new(), Vec::new()),
        };
    Ok(SubmissionBody {
        id: x.id.clone(),
        product_id: x.data.product_id.clone(),
        product_name: x.data.product_name.clone(),
        state: x.state.as_str().to_owned(),
        target_level: x.data.target_level,
        reached_level: reached,
        missing,
        missing_evidence,
        decision_note: x.decision_note.clone(),
        certificate_id: x.certificate_id.clone(),
        url: format!("/maker/submissions/{}", x.id),
    })
}

/// Registers a product for certification from a maker's build: the
/// declaration and its evidence, assessed at once; with `submit`, sent to
/// the assessors' queue.
#[utoipa::path(
    post,
    path = "/api/v1/submissions",
    tag = "submissions",
    security(("api_token" = [])),
    request_body(content = SubmissionRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "The submission, assessed", body = SubmissionBody),
        (status = 400, description = "The body is not a submission request", body = ErrorBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 403, description = "The token is not a maker's", body = ErrorBody),
        (status = 409, description = "The product is registered by another maker", body = ErrorBody),
        (status = 413, description = "The body is too large", body = ErrorBody),
        (status = 422, description = "The declaration or an evidence file does not validate", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn create_submission(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Request,
) -> ApiResult<Response> {
    let account = token_maker(&state, &headers).await?;
    let bytes = axum::body::to_bytes(body.into_body(), super::UPLOAD_LIMIT)
        .await
        .map_err(|_| {
            ApiError::new(
                ErrorCode::PayloadTooLarge,
                format!("the body is larger than {} bytes", super::UPLOAD_LIMIT),
            )
        })?;
    let req: SubmissionRequest = serde_json::from_slice(&bytes)
        .map_err(|e| ApiError::bad_request(format!("the body is not a submission request: {e}")))?;
    let name = req
        .declaration_name
        .as_deref()
        .map(|n| {
            n.chars()
                .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .take(100)
                .collect::<String>()
        })
        .filter(|n| !n.trim_start_matches('.').is_empty())
        .unwrap_or_else(|| "declaration.yaml".to_owned());
    let target = req.target_level.unwrap_or(1);
    if !(1..=3).contains(&target) {
        return Err(ApiError::bad_request("target_level is 1, 2 or 3"));
    }
    let new = super::workflow::new_submission(&name, req.declaration.into_bytes(), target)
        .map_err(|problems| ApiError::new(ErrorCode::Unprocessable, problems.join("; ")))?;
    if let Some(owner) = state.db.product_account(&new.product_id).await?
        && owner != account.id
    {
        return Err(ApiError::new(
            ErrorCode::Conflict,
            format!(
                "product {} is registered by another maker's account",
                new.product_id
            ),
        ));
    }
    let declaration = crate::assessing::declaration(&new.declaration_name, &new.declaration).ok();
    if req.evidence.len() > crate::assessing::MAX_EVIDENCE_FILES {
        return Err(ApiError::bad_request(format!(
            "a submission holds at most {} evidence files",
            crate::assessing::MAX_EVIDENCE_FILES
        )));
    }
    let mut files = Vec::new();
    for e in req.evidence {
        let content = STANDARD
            .decode(e.content_base64.as_bytes())
            .map_err(|err| {
                ApiError::bad_request(format!("evidence {}: content_base64: {err}", e.name))
            })?;
        let file = super::workflow::checked_evidence(
            declaration.as_ref(),
            e.name,
            content,
            e.kind.as_deref(),
        )
        .map_err(|why| ApiError::new(ErrorCode::Unprocessable, why))?;
        files.push(file);
    }
    let id = super::workflow::submission_id();
    let now = crate::store::unix_now();
    state
        .db
        .create_submission(&id, account.id, &new, now)
        .await?;
    for f in &files {
        state.db.put_evidence(&id, f, now).await?;
    }
    if req.submit {
        state
            .db
            .set_submission_state(
                &id,
                &[crate::store::SubmissionState::Draft],
                crate::store::SubmissionState::Submitted,
                "",
                now,
            )
            .await?;
    }
    tracing::info!(submission = %id, maker = %account.email, "a submission came through the API");
    let x = state
        .db
        .submission(&id)
        .await?
        .ok_or_else(|| ApiError::internal("reading a new submission", &id))?;
    let body = submission_body(&state, &x).await?;
    Ok((StatusCode::CREATED, json(&body)).into_response())
}

/// The token's maker's submissions, the latest changed first.
#[utoipa::path(
    get,
    path = "/api/v1/submissions",
    tag = "submissions",
    security(("api_token" = [])),
    responses(
        (status = 200, description = "The maker's submissions", body = Vec<SubmissionBody>),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 403, description = "The token is not a maker's", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn list_submissions(State(state): State<Shared>, headers: HeaderMap) -> ApiResult<Response> {
    let account = token_maker(&state, &headers).await?;
    let mut out = Vec::new();
    for x in state.db.submissions_of(account.id).await? {
        out.push(submission_body(&state, &x).await?);
    }
    Ok(json(&out))
}

/// One of the token's maker's submissions and its assessment now.
#[utoipa::path(
    get,
    path = "/api/v1/submissions/{id}",
    tag = "submissions",
    security(("api_token" = [])),
    params(("id" = String, Path, description = "The submission's id")),
    responses(
        (status = 200, description = "The submission", body = SubmissionBody),
        (status = 401, description = "No valid API token", body = ErrorBody),
        (status = 403, description = "The token is not a maker's", body = ErrorBody),
        (status = 404, description = "No such submission of this maker", body = ErrorBody),
        (status = 500, description = "The server failed", body = ErrorBody),
    ),
)]
async fn get_submission(
    State(state): State<Shared>,
    headers: HeaderMap,
    ApiPath(id): ApiPath<String>,
) -> ApiResult<Response> {
    let account = token_maker(&state, &headers).await?;
    match state.db.submission(&id).await? {
        Some(x) if x.account_id == account.id => Ok(json(&submission_body(&state, &x).await?)),
        _ => Err(ApiError::not_found(format!(
            "no submission {} of yours",
            shorten(&id)
        ))),
    }
}

// ---------------------------------------------------------------------------
// The document

/// The API's OpenAPI document.
#[derive(Debug, OpenApi)]
#[openapi(
    info(
        title = "iotmark registry API",
        version = "1",
        description = "JSON access to the iotmark registry: products, their assessments and labels, certificates, the transparency log, verification, and (with a maker's API token) submissions for certification. Every error answers `{\"error\": {\"code\", \"message\"}}` (schema `ErrorBody`).",
        license(name = "Apache-2.0 OR MIT", identifier = "Apache-2.0 OR MIT"),
    ),
    paths(
        search,
        product,
        assessment,
        label,
        certificate,
        bundle,
        verify_body,
        create_submission,
        list_submissions,
        get_submission,
        checkpoint,
        keys,
        inclusion_proof,
        consistency_proof,
        openapi,
    ),
    components(schemas(ErrorBody, ErrorCode, ApiSort)),
    modifiers(&BearerToken),
    tags(
        (name = "products", description = "Products, their assessments and labels"),
        (name = "certificates", description = "Certificates, bundles and verification"),
        (name = "log", description = "The transparency log: checkpoint and proofs"),
        (name = "keys", description = "The keys certificates and checkpoints are signed with"),
        (name = "submissions", description = "A maker's submissions for certification, with an API token (`Authorization: Bearer imt_…`, made on the account page)"),
        (name = "meta", description = "This document"),
    ),
)]
pub struct ApiDoc;

/// The OpenAPI document as served and committed (`docs/openapi.json`):
/// pretty JSON ending in a newline.
pub fn openapi_json() -> String {
    let mut text = ApiDoc::openapi()
        .to_pretty_json()
        .expect("an OpenAPI document always serialises");
    text.push('\n');
    text
}

/// The document itself.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    responses((status = 200, description = "This API's OpenAPI 3.1 document", content_type = "application/json", body = Object)),
)]
async fn openapi() -> Response {
    static DOC: OnceLock<String> = OnceLock::new();
    json_text(DOC.get_or_init(openapi_json).clone())
}
