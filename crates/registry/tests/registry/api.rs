//! The JSON API under `/api/v1` through HTTP, in process, on both
//! backends; every response is checked against the OpenAPI document's
//! schema for its path, method and status, and the document against the
//! committed `docs/openapi.json`.

use std::path::Path;
use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use http_body_util::BodyExt;
use iotmark_cert::event::Status;
use iotmark_registry::Db;
use iotmark_registry::store::{CertificateRecord, StatusEventRecord};
use iotmark_tlog::hash::{Hash, leaf_hash};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::common::date;
use crate::fixtures::*;

crate::contract!(
    the_served_document_is_the_generated_one,
    search_filters_and_pages,
    products_assessments_and_labels,
    errors_have_one_shape,
    bad_parameters_are_400,
    certificates_and_bundles,
    log_proofs_verify,
    verify_checks_bundles_and_ids,
    without_a_log,
    submissions_with_an_api_token,
);

// ---------------------------------------------------------------------------
// The document

const DOC_PATH: &str = "docs/openapi.json";

/// The generated document equals `docs/openapi.json`; `UPDATE_OPENAPI=1`
/// writes it.
#[test]
fn the_committed_document_is_current() {
    let generated = iotmark_registry::web::api::openapi_json();
    let path = iotmark_testkit::workspace_root().join(DOC_PATH);
    if std::env::var("UPDATE_OPENAPI").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &generated).expect("write docs/openapi.json");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{DOC_PATH} is not the document the code generates: the API changed. \
         Review the change, then refresh it with\n  \
         UPDATE_OPENAPI=1 cargo test -p iotmark-registry --test registry api::the_committed_document_is_current"
    );
}

#[test]
fn the_document_is_openapi_3_1_and_complete() {
    let doc = doc();
    assert!(doc["openapi"].as_str().expect("version").starts_with("3.1"));
    let paths = doc["paths"].as_object().expect("paths");
    for path in [
        "/api/v1/products",
        "/api/v1/products/{id}",
        "/api/v1/products/{id}/assessment",
        "/api/v1/products/{id}/label",
        "/api/v1/certificates/{id}",
        "/api/v1/certificates/{id}/bundle",
        "/api/v1/log/checkpoint",
        "/api/v1/keys",
        "/api/v1/log/proof/inclusion",
        "/api/v1/log/proof/consistency",
        "/api/v1/verify",
        "/api/v1/openapi.json",
    ] {
        assert!(paths.contains_key(path), "{path}");
    }
    // Every operation documents its errors with the one error shape.
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("item") {
            let responses = op["responses"].as_object().expect("responses");
            for (status, r) in responses {
                if status.starts_with('2') {
                    continue;
                }
                assert_eq!(
                    r["content"]["application/json"]["schema"]["$ref"],
                    "#/components/schemas/ErrorBody",
                    "{method} {path} {status}"
                );
            }
            if path != "/api/v1/openapi.json" {
                assert!(responses.contains_key("500"), "{method} {path}");
            }
        }
    }
    // Every reference resolves.
    fn refs<'v>(v: &'v Value, out: &mut Vec<&'v str>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get("$ref") {
                    out.push(r);
                }
                o.values().for_each(|v| refs(v, out));
            }
            Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    refs(doc, &mut found);
    assert!(!found.is_empty());
    for r in found {
        let pointer = r.strip_prefix('#').expect("a local reference");
        assert!(doc.pointer(pointer).is_some(), "{r} does not resolve");
    }
    // Each schema compiles.
    for name in doc["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .keys()
    {
        validator(&json!({"$ref": format!("#/components/schemas/{name}")}));
    }
}

fn doc() -> &'static Value {
    static DOC: OnceLock<Value> = OnceLock::new();
    DOC.get_or_init(|| {
        serde_json::from_str(&iotmark_registry::web::api::openapi_json()).expect("the document")
    })
}

/// A validator of `schema`, its `$ref`s into the document's components.
fn validator(schema: &Value) -> jsonschema::Validator {
    let root = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": doc()["components"],
        "allOf": [schema],
    });
    jsonschema::validator_for(&root).expect("a valid schema")
}

/// The document's path template matching a request path.
fn template(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.split('/').collect();
    doc()["paths"]
        .as_object()
        .expect("paths")
        .keys()
        .find(|t| {
            let ts: Vec<&str> = t.split('/').collect();
            ts.len() == segments.len()
                && ts
                    .iter()
                    .zip(&segments)
                    .all(|(t, s)| t.starts_with('{') || t == s)
        })
        .map(String::as_str)
}

/// Checks a response against the document: its status is documented for
/// the operation and its body is valid against that response's schema. A
/// path the document does not have must answer the error shape.
fn conforms(method: &Method, uri: &str, got: &Got) {
    let path = uri.split('?').next().expect("path");
    let body: Value = serde_json::from_slice(&got.body)
        .unwrap_or_else(|e| panic!("{method} {uri}: not JSON ({e}): {}", got.text()));
    let schema = match template(path).and_then(|t| {
        doc()["paths"][t]
            .get(method.as_str().to_ascii_lowercase())
            .map(|op| (t, op))
    }) {
        Some((t, op)) => {
            let response = &op["responses"][got.status.as_str()];
            assert!(
                response.is_object(),
                "{method} {uri}: status {} is not documented for {t}: {}",
                got.status,
                got.text()
            );
            response["content"]["application/json"]["schema"].clone()
        }
        None => json!({"$ref": "#/components/schemas/ErrorBody"}),
    };
    let errors: Vec<String> = validator(&schema)
        .iter_errors(&body)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "{method} {uri} ({}): the body does not match its schema: {errors:#?}\n{body:#}",
        got.status
    );
    if !got.status.is_success() {
        assert!(body["error"]["code"].is_string(), "{uri}: {body}");
        assert!(body["error"]["message"].is_string(), "{uri}: {body}");
        assert_eq!(body.as_object().expect("object").len(), 1, "{uri}: {body}");
    }
}

async fn the_served_document_is_the_generated_one(db: Db) {
    let app = site(&db, None);
    let got = request(&app, Method::GET, "/api/v1/openapi.json", None, None).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.headers[header::CONTENT_TYPE], "application/json");
    assert_eq!(got.text(), iotmark_registry::web::api::openapi_json());
}

// ---------------------------------------------------------------------------
// Helpers (as in web.rs)

struct Got {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Got {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("utf-8")
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("JSON")
    }
}

async fn request(
    app: &Router,
    method: Method,
    uri: &str,
    content_type: Option<&str>,
    body: Option<Vec<u8>>,
) -> Got {
    let mut builder = Request::builder().method(method).uri(uri);
    if let Some(t) = content_type {
        builder = builder.header(header::CONTENT_TYPE, t);
    }
    let response = app
        .clone()
        .oneshot(
            builder
                .body(body.map_or_else(Body::empty, Body::from))
                .expect("request"),
        )
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Got {
        status,
        headers,
        body,
    }
}

/// A GET, its answer checked against the document.
async fn get(app: &Router, uri: &str) -> Got {
    let got = request(app, Method::GET, uri, None, None).await;
    conforms(&Method::GET, uri, &got);
    got
}

/// A JSON POST, its answer checked against the document.
async fn post(app: &Router, uri: &str, content_type: &str, body: impl Into<Vec<u8>>) -> Got {
    let got = request(
        app,
        Method::POST,
        uri,
        Some(content_type),
        Some(body.into()),
    )
    .await;
    conforms(&Method::POST, uri, &got);
    got
}

/// A GET that must answer 200; its JSON.
async fn ok(app: &Router, uri: &str) -> Value {
    let got = get(app, uri).await;
    assert_eq!(got.status, StatusCode::OK, "{uri}: {}", got.text());
    assert!(
        got.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("application/json"),
        "{uri}"
    );
    got.json()
}

/// A request that must fail with this status and code; its message.
fn error(got: &Got, status: StatusCode, code: &str, what: &str) -> String {
    assert_eq!(got.status, status, "{what}: {}", got.text());
    assert!(
        got.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("application/json"),
        "{what}"
    );
    let v = got.json();
    assert_eq!(v["error"]["code"], code, "{what}: {v}");
    v["error"]["message"].as_str().expect("message").to_owned()
}

fn ids_of(v: &Value) -> Vec<String> {
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_owned())
        .collect()
}

fn b64(text: &Value) -> Hash {
    STANDARD
        .decode(text.as_str().expect("base64 text"))
        .expect("base64")
        .try_into()
        .expect("32 bytes")
}

fn hashes(v: &Value) -> Vec<Hash> {
    v.as_array().expect("hashes").iter().map(b64).collect()
}

// ---------------------------------------------------------------------------
// Products

async fn search_filters_and_pages(db: Db) {
    let ids = seed(&db).await;
    let app = site(&db, None);
    let all = ok(&app, "/api/v1/products").await;
    assert_eq!(all["total"], 4);
    assert_eq!(all["page"], 1);
    assert_eq!(all["per_page"], 20);
    assert_eq!(all["pages"], 1);
    let mut found = ids_of(&all);
    found.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(found, expected);
    let first = &all["items"][0];
    assert_eq!(
        first["url"],
        format!("/api/v1/products/{}", first["id"].as_str().expect("id"))
    );

    let by_maker = ok(&app, "/api/v1/products?q=Lumi%C3%A8re+Home").await;
    assert_eq!(ids_of(&by_maker), [ids[0].clone()]);
    assert_eq!(by_maker["items"][0]["name"], "Lumière Cam Indoor 2K");
    // Query syntax of either engine is only words.
    let odd = ok(&app, "/api/v1/products?q=%22%3E%3Cscript%3E+NEAR(+*").await;
    assert_eq!(odd["total"], 0);

    let level3 = ids_of(&ok(&app, "/api/v1/products?level=3").await);
    assert!(level3.contains(&ids[2]), "the plug is level 3");
    assert!(!level3.contains(&ids[0]));
    let plugs = ok(&app, "/api/v1/products?category=smart_plug&sort=name").await;
    let mut plug_ids = ids_of(&plugs);
    assert_eq!(plugs["total"], 2);
    plug_ids.sort();
    let mut expected = vec![ids[2].clone(), ids[3].clone()];
    expected.sort();
    assert_eq!(plug_ids, expected);
    // Sorted by level: highest first.
    let by_level = ok(&app, "/api/v1/products?sort=level").await;
    let levels: Vec<u64> = by_level["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["level"].as_u64().expect("level"))
        .collect();
    assert!(levels.windows(2).all(|w| w[0] >= w[1]), "{levels:?}");
    let none = ok(&app, "/api/v1/products?status=revoked").await;
    assert_eq!(none["total"], 0);
    assert_eq!(none["items"], json!([]));
    let self_assessed = ok(&app, "/api/v1/products?status=self_assessed").await;
    assert_eq!(self_assessed["total"], 4);
    let later = ok(&app, "/api/v1/products?support_after=2100-01-01").await;
    assert_eq!(later["total"], 0);

    // Pages.
    let mut seen = Vec::new();
    for page in 1..=3 {
        let v = ok(
            &app,
            &format!("/api/v1/products?per_page=2&page={page}&sort=name"),
        )
        .await;
        assert_eq!(v["total"], 4);
        assert_eq!(v["pages"], 2);
        assert_eq!(v["per_page"], 2);
        assert_eq!(v["page"], page);
        seen.extend(ids_of(&v));
    }
    assert_eq!(seen.len(), 4, "two pages of two, then none");
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), 4);
    // An empty text is no filter.
    let blank = ok(&app, "/api/v1/products?q=&category=").await;
    assert_eq!(blank["total"], 4);
    // Control characters are no category's.
    let control = ok(&app, "/api/v1/products?category=smart%00_plug").await;
    assert_eq!(control["total"], 2);
    let control = ok(&app, "/api/v1/products?category=%01").await;
    assert_eq!(control["total"], 0);
    let max = ok(&app, "/api/v1/products?per_page=100").await;
    assert_eq!(max["per_page"], 100);
}

async fn products_assessments_and_labels(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    // Without a certificate: as assessed.
    let camera = ok(&app, &format!("/api/v1/products/{}", ids[0])).await;
    assert_eq!(camera["id"], ids[0].as_str());
    assert_eq!(camera["name"], "Lumière Cam Indoor 2K");
    assert_eq!(camera["manufacturer"], "Lumière Home SAS");
    assert_eq!(camera["category"], "camera");
    assert!(camera["level"].is_u64());
    assert!(camera["grades"].as_object().expect("grades").len() > 1);
    assert_eq!(camera["status"], "self_assessed");
    assert_eq!(camera["certificate"], Value::Null);
    let langs = camera["label_languages"].as_array().expect("languages");
    assert!(langs.contains(&json!("en")) && langs.contains(&json!("fr")));
    let links = &camera["links"];
    assert_eq!(links["self"], format!("/api/v1/products/{}", ids[0]));
    assert_eq!(links["page"], format!("/p/{}", ids[0]));
    // The links lead somewhere.
    for key in ["label_svg", "label_json", "declaration", "page"] {
        let uri = links[key].as_str().expect("link");
        let got = request(&app, Method::GET, uri, None, None).await;
        assert_eq!(got.status, StatusCode::OK, "{key}: {uri}");
    }
    for key in ["self", "assessment", "label"] {
        ok(&app, links[key].as_str().expect("link")).await;
    }

    // With one: its status, and the certificate.
    let lock = ok(&app, &format!("/api/v1/products/{}", ids[1])).await;
    assert_eq!(lock["status"], "valid");
    let c = &lock["certificate"];
    assert_eq!(c["id"], "IM-LOG-1");
    assert_eq!(c["status"], "valid");
    assert_eq!(c["issued_on"], "2026-11-01");
    assert_eq!(c["valid_until"], "2029-10-31");
    assert_eq!(c["log_index"], certified.record.log_index);
    assert_eq!(c["url"], "/api/v1/certificates/IM-LOG-1");

    // The assessment report, as stored.
    let report = ok(&app, &format!("/api/v1/products/{}/assessment", ids[0])).await;
    assert_eq!(report["format"], "iotmark-assessment");
    let stored = db.product(&ids[0]).await.expect("read").expect("product");
    assert_eq!(
        report,
        serde_json::from_str::<Value>(&stored.data.assessment).expect("stored")
    );

    // label.json: English by default, the language asked for, English when
    // the language is missing; the status follows the certificate.
    let en = ok(&app, &format!("/api/v1/products/{}/label", ids[0])).await;
    assert_eq!(en["lang"], "en");
    assert_eq!(en["product_id"], ids[0].as_str());
    assert_eq!(en["status"], "self_assessed");
    let fr = ok(&app, &format!("/api/v1/products/{}/label?lang=fr", ids[0])).await;
    assert_eq!(fr["lang"], "fr");
    let missing = ok(&app, &format!("/api/v1/products/{}/label?lang=it", ids[0])).await;
    assert_eq!(missing["lang"], "en");
    let lock_label = ok(&app, &format!("/api/v1/products/{}/label", ids[1])).await;
    assert_eq!(lock_label["status"], "valid");
    assert_eq!(lock_label["certificate_id"], "IM-LOG-1");
    // The same model as the site's label.json.
    let site_label = request(
        &app,
        Method::GET,
        &format!("/p/{}/label.json?lang=fr", ids[0]),
        None,
        None,
    )
    .await;
    assert_eq!(fr, site_label_json(&site_label));

    // Hostile text is data, unchanged.
    let hostile = ok(&app, &format!("/api/v1/products/{}", ids[3])).await;
    assert_eq!(hostile["name"], "<script>alert(1)</script> & 'quotes'");
    assert_eq!(hostile["manufacturer"], "Evil & Sons \"Q\"");

    // A suspension shows.
    db.add_status_event(&StatusEventRecord {
        certificate_id: "IM-LOG-1".to_owned(),
        status: Status::Suspended,
        reason: "under review".to_owned(),
        effective_on: date(2026, 12, 1),
        log_index: 2,
    })
    .await
    .expect("event");
    let lock = ok(&app, &format!("/api/v1/products/{}", ids[1])).await;
    assert_eq!(lock["status"], "suspended");
    assert_eq!(lock["certificate"]["status"], "suspended");
    let lock_label = ok(&app, &format!("/api/v1/products/{}/label", ids[1])).await;
    assert_eq!(lock_label["status"], "suspended");
}

fn site_label_json(got: &Got) -> Value {
    assert_eq!(got.status, StatusCode::OK);
    got.json()
}

// ---------------------------------------------------------------------------
// Errors

async fn errors_have_one_shape(db: Db) {
    let ids = seed(&db).await;
    let app = site(&db, None);
    for uri in [
        "/api/v1/products/0000000000",
        "/api/v1/products/0000000000/assessment",
        "/api/v1/products/0000000000/label",
        "/api/v1/products/%00%01",
        "/api/v1/products/..%2F..%2Fetc",
        "/api/v1/certificates/IM-NOPE",
        "/api/v1/certificates/IM-NOPE/bundle",
        "/api/v1/certificates/%E2%80%AE%00",
    ] {
        let got = get(&app, uri).await;
        error(&got, StatusCode::NOT_FOUND, "not_found", uri);
    }
    // Unknown paths under the API: the same shape.
    for uri in [
        "/api/v1/nothing",
        "/api/v1/",
        "/api/v1",
        "/api/v1/products/",
        "/api/v1//products",
        "/api/v1/products/x/y/z",
        "/api/v1/log",
        "/api/v1/log/proof",
    ] {
        let got = get(&app, uri).await;
        let message = error(&got, StatusCode::NOT_FOUND, "not_found", uri);
        assert!(message.contains("openapi.json"), "{uri}: {message}");
    }
    // A method a path does not take.
    let got = request(&app, Method::DELETE, "/api/v1/products", None, None).await;
    error(
        &got,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "DELETE",
    );
    let got = request(&app, Method::GET, "/api/v1/verify", None, None).await;
    error(
        &got,
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "GET /verify",
    );
    // Outside the API the site's pages are unchanged.
    let page = request(&app, Method::GET, "/p/0000000000", None, None).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.text().contains("<html"));
    // Server failures say nothing of the cause.
    db.close().await;
    for uri in [
        "/api/v1/products".to_owned(),
        format!("/api/v1/products/{}", ids[0]),
        "/api/v1/certificates/IM-1".to_owned(),
    ] {
        let got = get(&app, &uri).await;
        let message = error(&got, StatusCode::INTERNAL_SERVER_ERROR, "internal", &uri);
        assert!(!message.to_lowercase().contains("pool"), "{message}");
        assert!(!message.contains("database"), "{message}");
    }
}

async fn bad_parameters_are_400(db: Db) {
    let (app, ids, _certified) = app_with_log(&db).await;
    let long = "a".repeat(201);
    for query in [
        "level=4",
        "level=-1",
        "level=x",
        "level=1.5",
        "page=0",
        "page=100001",
        "page=x",
        "per_page=0",
        "per_page=101",
        "per_page=99999999999999999999",
        "status=gone",
        "sort=price",
        "support_after=2026-13-01",
        "support_after=tomorrow",
        &format!("q={long}"),
        &format!("category={}", "c".repeat(65)),
        "level=",
        "level=%203",
        "status=",
        "page=",
        "sort=",
        "support_after=",
        "support_after=2026-1-1",
        "q=a&q=b",
        "page=1&page=2",
    ] {
        let uri = format!("/api/v1/products?{query}");
        let got = get(&app, &uri).await;
        let message = error(&got, StatusCode::BAD_REQUEST, "bad_request", &uri);
        assert!(!message.is_empty());
    }
    let message = error(
        &get(&app, "/api/v1/products?level=9").await,
        StatusCode::BAD_REQUEST,
        "bad_request",
        "level",
    );
    assert!(
        message.contains("`level`") && message.contains("0 to 3"),
        "{message}"
    );
    for uri in [
        format!("/api/v1/products/{}/label?lang=e%20n", ids[0]),
        format!("/api/v1/products/{}/label?lang={}", ids[0], "x".repeat(17)),
        format!("/api/v1/products/{}/label?lang=", ids[0]),
        "/api/v1/log/proof/inclusion".to_owned(),
        "/api/v1/log/proof/inclusion?index=-1".to_owned(),
        "/api/v1/log/proof/inclusion?index=x".to_owned(),
        "/api/v1/log/proof/inclusion?index=".to_owned(),
        "/api/v1/log/proof/inclusion?index=0&size=0".to_owned(),
        "/api/v1/log/proof/consistency".to_owned(),
        "/api/v1/log/proof/consistency?from=2&to=1".to_owned(),
        "/api/v1/log/proof/consistency?from=a".to_owned(),
        "/api/v1/log/proof/consistency?from=1&to=".to_owned(),
    ] {
        let got = get(&app, &uri).await;
        error(&got, StatusCode::BAD_REQUEST, "bad_request", &uri);
    }
    // Sizes and indexes the log has not reached: nothing there (yet).
    for uri in [
        "/api/v1/log/proof/inclusion?index=2",
        "/api/v1/log/proof/inclusion?index=0&size=3",
        "/api/v1/log/proof/inclusion?index=1&size=1",
        "/api/v1/log/proof/consistency?from=3",
        "/api/v1/log/proof/consistency?from=1&to=3",
        "/api/v1/log/proof/consistency?from=0&to=9223372036854775806",
    ] {
        let got = get(&app, uri).await;
        error(&got, StatusCode::NOT_FOUND, "not_found", uri);
    }
}

// ---------------------------------------------------------------------------
// Certificates and the log

async fn certificates_and_bundles(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    let c = ok(&app, "/api/v1/certificates/IM-LOG-1").await;
    assert_eq!(c["id"], "IM-LOG-1");
    assert_eq!(c["product_id"], ids[1].as_str());
    assert_eq!(c["issued_on"], "2026-11-01");
    assert_eq!(c["valid_until"], "2029-10-31");
    assert_eq!(c["status"], "valid");
    assert_eq!(c["log_index"], 1);
    assert_eq!(c["history"], json!([]));
    assert_eq!(c["links"]["bundle"], "/api/v1/certificates/IM-LOG-1/bundle");
    assert_eq!(
        c["links"]["product"],
        format!("/api/v1/products/{}", ids[1])
    );

    // The bundle verifies offline, with and without the log.
    let got = get(&app, "/api/v1/certificates/IM-LOG-1/bundle").await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.text());
    let verified = iotmark_cert::bundle::verify_json(
        &got.body,
        &certified.verifier,
        &certified.verifier,
        date(2026, 12, 2),
        None,
    )
    .expect("the bundle verifies");
    assert_eq!(verified.log_index, 1);
    assert_eq!(verified.checkpoint.size, 2);
    assert_eq!(verified.statement.predicate.certificate_id, "IM-LOG-1");
    let entries = vec![b"filler".to_vec(), certified.record.envelope.clone()];
    let note = std::fs::read(certified.log_dir.join("checkpoint")).expect("checkpoint");
    let log = iotmark_cert::bundle::LogSnapshot {
        entries: &entries,
        checkpoint: &note,
    };
    iotmark_cert::bundle::verify_json(
        &got.body,
        &certified.verifier,
        &certified.verifier,
        date(2026, 12, 2),
        Some(&log),
    )
    .expect("the bundle verifies against the log");
    // It is the bundle the log gave when the certificate was issued.
    assert_eq!(got.text(), certified.bundle);

    // The history, oldest first.
    for (i, (status, day)) in [(Status::Suspended, 1), (Status::Valid, 2)]
        .into_iter()
        .enumerate()
    {
        db.add_status_event(&StatusEventRecord {
            certificate_id: "IM-LOG-1".to_owned(),
            status,
            reason: format!("change {i} <b>"),
            effective_on: date(2026, 12, day),
            log_index: 2 + i as u64,
        })
        .await
        .expect("event");
    }
    let c = ok(&app, "/api/v1/certificates/IM-LOG-1").await;
    assert_eq!(
        c["history"],
        json!([
            {"status": "suspended", "reason": "change 0 <b>", "effective_on": "2026-12-01", "log_index": 2},
            {"status": "valid", "reason": "change 1 <b>", "effective_on": "2026-12-02", "log_index": 3},
        ])
    );

    // A certificate the log's checkpoint does not cover yet.
    let mut later = certified.record.clone();
    later.id = "IM-LATER".to_owned();
    later.log_index = 7;
    db.insert_certificate(&later).await.expect("later");
    let got = get(&app, "/api/v1/certificates/IM-LATER/bundle").await;
    error(
        &got,
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "not covered",
    );
    // One the log does not hold as recorded: a server failure, not shown.
    let mut forged = certified.record.clone();
    forged.id = "IM-FORGED".to_owned();
    forged.envelope[10] ^= 1;
    db.insert_certificate(&forged).await.expect("forged");
    let got = get(&app, "/api/v1/certificates/IM-FORGED/bundle").await;
    let message = error(
        &got,
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "forged",
    );
    assert!(!message.contains("envelope"), "{message}");
}

async fn log_proofs_verify(db: Db) {
    let (app, _, certified) = app_with_log(&db).await;
    let c = ok(&app, "/api/v1/log/checkpoint").await;
    assert_eq!(c["origin"], "test.iotmark.example/log");
    assert_eq!(c["size"], 2);
    let note = std::fs::read(certified.log_dir.join("checkpoint")).expect("checkpoint");
    assert_eq!(c["note"], String::from_utf8(note.clone()).expect("utf-8"));
    let opened =
        iotmark_tlog::checkpoint::Checkpoint::open(&note, &certified.verifier).expect("open");
    assert_eq!(b64(&c["root_hash"]), opened.root);
    assert_eq!(c["root_hash_hex"], hex::encode(opened.root));

    // Inclusion of the certificate, against the signed root.
    let p = ok(&app, "/api/v1/log/proof/inclusion?index=1").await;
    assert_eq!(p["index"], 1);
    assert_eq!(p["size"], 2);
    let leaf = leaf_hash(&certified.record.envelope);
    assert_eq!(b64(&p["leaf_hash"]), leaf);
    assert_eq!(b64(&p["root_hash"]), opened.root);
    iotmark_tlog::proof::verify_inclusion(1, 2, &leaf, &hashes(&p["proof"]), &opened.root)
        .expect("inclusion verifies");
    // In a smaller tree.
    let p = ok(&app, "/api/v1/log/proof/inclusion?index=0&size=1").await;
    let filler = leaf_hash(b"filler");
    assert_eq!(p["proof"], json!([]));
    assert_eq!(b64(&p["root_hash"]), filler);
    iotmark_tlog::proof::verify_inclusion(0, 1, &filler, &[], &filler).expect("size 1");

    // Consistency from 1 to 2, and the trivial cases.
    let p = ok(&app, "/api/v1/log/proof/consistency?from=1").await;
    assert_eq!(p["from"], 1);
    assert_eq!(p["to"], 2);
    assert_eq!(b64(&p["from_root"]), filler);
    assert_eq!(b64(&p["to_root"]), opened.root);
    iotmark_tlog::proof::verify_consistency(1, 2, &filler, &opened.root, &hashes(&p["proof"]))
        .expect("consistency verifies");
    for (from, to) in [(0, 2), (2, 2), (0, 0), (1, 1)] {
        let p = ok(
            &app,
            &format!("/api/v1/log/proof/consistency?from={from}&to={to}"),
        )
        .await;
        iotmark_tlog::proof::verify_consistency(
            from,
            to,
            &b64(&p["from_root"]),
            &b64(&p["to_root"]),
            &hashes(&p["proof"]),
        )
        .unwrap_or_else(|e| panic!("{from}..{to}: {e}"));
    }
}

async fn verify_checks_bundles_and_ids(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    let uri = "/api/v1/verify";
    // The genuine bundle.
    let got = post(&app, uri, "application/json", certified.bundle.clone()).await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.text());
    let v = got.json();
    assert_eq!(v["genuine"], true);
    assert_eq!(v["status"], "valid");
    assert_eq!(v["reasons"], json!([]));
    let c = &v["certificate"];
    assert_eq!(c["id"], "IM-LOG-1");
    assert_eq!(c["product_id"], ids[1].as_str());
    assert_eq!(c["level"], 2);
    assert_eq!(c["log_index"], 1);
    assert_eq!(c["tree_size"], 2);
    assert_eq!(c["valid_until"], "2029-10-31");
    // The one the API serves, too.
    let served = get(&app, "/api/v1/certificates/IM-LOG-1/bundle").await;
    let got = post(&app, uri, "application/json; charset=utf-8", served.body).await;
    assert_eq!(got.json()["genuine"], true);

    // One byte of the signature flipped: not genuine, and why.
    let at = certified.bundle.find("\"sig\"").expect("a signature") + 12;
    let mut flipped = certified.bundle.clone().into_bytes();
    flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
    let got = post(&app, uri, "application/json", flipped).await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.text());
    let v = got.json();
    assert_eq!(v["genuine"], false);
    assert_eq!(v["certificate"], Value::Null);
    let reason = v["reasons"][0].as_str().expect("a reason");
    assert!(reason.contains("does not verify"), "{reason}");
    // A bundle missing a field.
    let mut partial: Value = serde_json::from_str(&certified.bundle).expect("bundle");
    partial
        .as_object_mut()
        .expect("object")
        .remove("checkpoint");
    let got = post(&app, uri, "application/json", partial.to_string()).await;
    let message = error(&got, StatusCode::BAD_REQUEST, "bad_request", "partial");
    assert!(message.contains("checkpoint"), "{message}");

    // By id.
    let got = post(
        &app,
        uri,
        "application/json",
        r#"{"certificate_id": "IM-LOG-1"}"#,
    )
    .await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.text());
    let v = got.json();
    assert_eq!(v["genuine"], true, "{v}");
    assert_eq!(v["status"], "valid");
    let got = post(
        &app,
        uri,
        "application/json",
        r#"{"certificate_id": "IM-NOPE"}"#,
    )
    .await;
    error(&got, StatusCode::NOT_FOUND, "not_found", "unknown id");
    // A recorded status the log does not back: not genuine.
    let mut forged = certified.record.clone();
    forged.id = "IM-FORGED".to_owned();
    forged.envelope[10] ^= 1;
    db.insert_certificate(&forged).await.expect("forged");
    let got = post(
        &app,
        uri,
        "application/json",
        r#"{"certificate_id": "IM-FORGED"}"#,
    )
    .await;
    let v = got.json();
    assert_eq!(v["genuine"], false, "{v}");
    assert_eq!(v["status"], "valid", "as recorded");

    // Malformed requests.
    for (content_type, body, status, code) in [
        ("application/json", "not json", 400, "bad_request"),
        ("application/json", "[1, 2]", 400, "bad_request"),
        ("application/json", "{}", 400, "bad_request"),
        (
            "application/json",
            r#"{"certificate_id": ""}"#,
            400,
            "bad_request",
        ),
        ("application/json", "", 400, "bad_request"),
        (
            "application/json",
            r#"{"certificate_id": 5}"#,
            400,
            "bad_request",
        ),
        (
            "application/json",
            r#"{"certificate_id": "IM-LOG-1", "x": 1}"#,
            400,
            "bad_request",
        ),
        (
            "application/json",
            r#"{"certificate_id": "../x"}"#,
            400,
            "bad_request",
        ),
        ("text/plain", "{}", 415, "unsupported_media_type"),
        (
            "application/x-www-form-urlencoded",
            "id=IM-LOG-1",
            415,
            "unsupported_media_type",
        ),
    ] {
        let got = post(&app, uri, content_type, body).await;
        error(
            &got,
            StatusCode::from_u16(status).expect("status"),
            code,
            body,
        );
    }
    // Too large.
    let big = format!("{{\"x\": \"{}\"}}", "a".repeat(61 * 1024));
    let got = post(&app, uri, "application/json", big).await;
    error(
        &got,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        "big",
    );
}

async fn without_a_log(db: Db) {
    let ids = seed(&db).await;
    let app = site(&db, None);
    for uri in [
        "/api/v1/log/checkpoint",
        "/api/v1/log/proof/inclusion?index=0",
        "/api/v1/log/proof/consistency?from=0",
    ] {
        let got = get(&app, uri).await;
        error(&got, StatusCode::NOT_FOUND, "not_found", uri);
    }
    db.insert_certificate(&CertificateRecord {
        id: "IM-NOLOG".to_owned(),
        product_id: ids[0].clone(),
        envelope: b"{}".to_vec(),
        log_index: 0,
        issued_on: date(2026, 11, 1),
        valid_until: date(2029, 10, 31),
        status: Status::Valid,
    })
    .await
    .expect("certificate");
    ok(&app, "/api/v1/certificates/IM-NOLOG").await;
    let got = get(&app, "/api/v1/certificates/IM-NOLOG/bundle").await;
    error(&got, StatusCode::NOT_FOUND, "not_found", "bundle");
    // Nothing to check against.
    let got = post(
        &app,
        "/api/v1/verify",
        "application/json",
        r#"{"certificate_id": "IM-NOLOG"}"#,
    )
    .await;
    error(
        &got,
        StatusCode::SERVICE_UNAVAILABLE,
        "unavailable",
        "no keys",
    );
}

// ---------------------------------------------------------------------------
// Submissions with a maker's API token

/// A maker (or other) account with an API token; returns the token.
async fn token_for(db: &Db, email: &str, role: iotmark_registry::store::Role) -> String {
    let hash = iotmark_registry::auth::hash_password("a-password-for-tests").expect("hash");
    let id = db
        .create_account(email, "Test Person", "Test Org", role, &hash, 0)
        .await
        .expect("account");
    let token = iotmark_registry::auth::api_token().expect("token");
    db.create_api_token(&iotmark_registry::auth::token_digest(&token), id, "ci", 0)
        .await
        .expect("token");
    token
}

async fn authed(
    app: &Router,
    method: Method,
    uri: &str,
    token: Option<&str>,
    body: Option<Value>,
) -> Got {
    let mut builder = Request::builder().method(method.clone()).uri(uri);
    if let Some(t) = token {
        builder = builder.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    if body.is_some() {
        builder = builder.header(header::CONTENT_TYPE, "application/json");
    }
    let response = app
        .clone()
        .oneshot(
            builder
                .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
                .expect("request"),
        )
        .await
        .expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    let got = Got {
        status,
        headers,
        body,
    };
    conforms(&method, uri, &got);
    got
}

fn example_file(name: &str, file: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples")
            .join(name)
            .join(file),
    )
    .expect("example")
}

async fn submissions_with_an_api_token(db: Db) {
    use iotmark_registry::store::Role;
    let app = site(&db, None);
    let maker = token_for(&db, "maker@api.example", Role::Manufacturer).await;
    let other = token_for(&db, "other@api.example", Role::Manufacturer).await;
    let assessor = token_for(&db, "assessor@api.example", Role::Assessor).await;
    let declaration =
        String::from_utf8(example_file("smart-lock", "declaration.yaml")).expect("utf-8");
    let request = json!({
        "declaration": declaration,
        "target_level": 3,
        "evidence": [{"name": "security.txt", "content_base64": STANDARD.encode(example_file("smart-lock", "security.txt"))}],
        "submit": true,
    });
    // No token, a made-up one, an assessor's.
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        None,
        Some(request.clone()),
    )
    .await;
    error(&got, StatusCode::UNAUTHORIZED, "unauthorized", "no token");
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some("imt_notarealtoken"),
        Some(request.clone()),
    )
    .await;
    error(&got, StatusCode::UNAUTHORIZED, "unauthorized", "bad token");
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&assessor),
        Some(request.clone()),
    )
    .await;
    error(&got, StatusCode::FORBIDDEN, "forbidden", "assessor");
    assert!(
        db.submissions_in(iotmark_registry::store::SubmissionState::Submitted)
            .await
            .expect("list")
            .is_empty()
    );

    // The maker's build submits it: assessed at once, in the queue.
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(request.clone()),
    )
    .await;
    assert_eq!(got.status, StatusCode::CREATED, "{}", got.text());
    let body = got.json();
    assert_eq!(body["state"], "submitted");
    assert_eq!(body["reached_level"], 2);
    assert_eq!(body["target_level"], 3);
    assert!(
        !body["missing"].as_array().expect("missing").is_empty(),
        "level 3 has a gap: {body}"
    );
    assert_eq!(body["missing_evidence"], json!([]));
    let id = body["id"].as_str().expect("id").to_owned();
    let stored = db.evidence(&id).await.expect("evidence");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].kind, "security_txt");

    // Listed and read by its maker only.
    let list = authed(&app, Method::GET, "/api/v1/submissions", Some(&maker), None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json().as_array().expect("list").len(), 1);
    let one = authed(
        &app,
        Method::GET,
        &format!("/api/v1/submissions/{id}"),
        Some(&maker),
        None,
    )
    .await;
    assert_eq!(one.json()["id"], id.as_str());
    let theirs = authed(
        &app,
        Method::GET,
        &format!("/api/v1/submissions/{id}"),
        Some(&other),
        None,
    )
    .await;
    error(
        &theirs,
        StatusCode::NOT_FOUND,
        "not_found",
        "another maker's",
    );
    assert_eq!(
        authed(&app, Method::GET, "/api/v1/submissions", Some(&other), None)
            .await
            .json(),
        json!([])
    );

    // Bad declarations and evidence: 422 or 400, nothing stored.
    let bad = json!({"declaration": "schema_version: 1\nproduct: 3\n"});
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(bad),
    )
    .await;
    let message = error(
        &got,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unprocessable",
        "bad declaration",
    );
    assert!(message.contains("declaration.yaml:"), "{message}");
    let bad = json!({"declaration": declaration, "evidence": [{"name": "security.txt", "content_base64": "***"}]});
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(bad),
    )
    .await;
    error(&got, StatusCode::BAD_REQUEST, "bad_request", "bad base64");
    let bad = json!({"declaration": declaration, "evidence": [{"name": "notes.bin", "content_base64": STANDARD.encode(b"hi")}]});
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(bad),
    )
    .await;
    error(
        &got,
        StatusCode::UNPROCESSABLE_ENTITY,
        "unprocessable",
        "unknown kind",
    );
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(json!({"declaration": declaration, "target_level": 7})),
    )
    .await;
    error(&got, StatusCode::BAD_REQUEST, "bad_request", "target level");
    let got = authed(
        &app,
        Method::POST,
        "/api/v1/submissions",
        Some(&maker),
        Some(json!({"nope": 1})),
    )
    .await;
    error(
        &got,
        StatusCode::BAD_REQUEST,
        "bad_request",
        "not a request",
    );
    assert_eq!(
        db.submissions_of(1).await.expect("list").len()
            + db.submissions_of(2).await.expect("list").len(),
        1
    );
}
