//! The web site through HTTP, in process, on both backends.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use iotmark_cert::event::Status;
use iotmark_label::LabelOptions;
use iotmark_label::raster::Fonts;
use iotmark_registry::Db;
use iotmark_registry::store::{CertificateRecord, StatusEventRecord};
use iotmark_registry::web::{AppState, CSP, router};
use tower::ServiceExt;

use crate::common::date;

crate::contract!(
    search_finds_seeded_products,
    search_filters_and_pages,
    product_page_shows_the_label_and_certificate,
    downloads_have_their_types,
    every_response_has_the_security_headers,
    unknown_products_are_404,
    hostile_names_are_escaped,
    languages_follow_the_query_then_the_header,
    health_checks_the_database,
);

fn fonts() -> Arc<Fonts> {
    static FONTS: OnceLock<Arc<Fonts>> = OnceLock::new();
    Arc::clone(FONTS.get_or_init(|| Arc::new(Fonts::system())))
}

fn catalog() -> &'static iotmark_catalog::Catalog {
    iotmark_catalog::Catalog::embedded().expect("catalog")
}

const HOSTILE: &str = r#"schema_version: 1
manufacturer: {name: "Evil & Sons \"Q\""}
product: {name: "<script>alert(1)</script> & 'quotes'", model: "X'1<b>", category: smart_plug, firmware_version: '1.0'}
"#;

/// Stores a declaration assessed on 2026-11-01 (no evidence); returns its id.
async fn submit(db: &Db, name: &str, yaml: &[u8]) -> String {
    let declaration = iotmark_declaration::load(name, yaml).expect("declaration");
    let input = iotmark_assess::Input::new(&declaration, date(2026, 11, 1));
    let assessment = iotmark_assess::assess(catalog(), &input);
    let product = iotmark_registry::submit::product_from_assessment(
        catalog(),
        &declaration,
        yaml,
        "declaration.yaml",
        &assessment,
        &LabelOptions::default(),
    )
    .expect("product");
    db.upsert_product(&product).await.expect("upsert")
}

/// Three bundled examples and a hostile product.
async fn app(db: &Db) -> (Router, Vec<String>) {
    let root = iotmark_testkit::workspace_root();
    let mut ids = Vec::new();
    for example in ["home-camera", "smart-lock", "smart-plug"] {
        let path = root.join("examples").join(example).join("declaration.yaml");
        let yaml = std::fs::read(&path).expect("example");
        ids.push(submit(db, &path.display().to_string(), &yaml).await);
    }
    ids.push(submit(db, "hostile.yaml", HOSTILE.as_bytes()).await);
    let state = AppState {
        db: db.clone(),
        data_dir: Path::new("/nonexistent").to_path_buf(),
        catalog: catalog(),
        fonts: fonts(),
    };
    (router(state), ids)
}

struct Got {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Got {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("utf-8")
    }
}

async fn get_with(app: &Router, uri: &str, accept_language: Option<&str>) -> Got {
    let mut request = Request::get(uri);
    if let Some(l) = accept_language {
        request = request.header(header::ACCEPT_LANGUAGE, l);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).expect("request"))
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

async fn get(app: &Router, uri: &str) -> Got {
    get_with(app, uri, None).await
}

async fn search_finds_seeded_products(db: Db) {
    let (app, ids) = app(&db).await;
    let by_maker = get(&app, "/?q=Lumi%C3%A8re+Home").await;
    assert_eq!(by_maker.status, StatusCode::OK);
    let text = by_maker.text();
    assert!(text.contains("Lumière Cam Indoor 2K"), "{text}");
    assert!(text.contains(&format!("/p/{}", ids[0])));
    assert!(!text.contains(&format!("/p/{}", ids[1])));
    let by_model = get(&app, "/?q=LH-CI200").await.text();
    assert!(by_model.contains("Lumière Cam Indoor 2K"));
    // The query is shown back, escaped.
    let odd = get(&app, "/?q=%22%3E%3Cscript%3E+NEAR(+*").await;
    assert_eq!(odd.status, StatusCode::OK);
    assert!(!odd.text().contains("\"><script>"));
    assert!(odd.text().contains("&quot;&gt;&lt;script&gt;"));
}

async fn search_filters_and_pages(db: Db) {
    let (app, ids) = app(&db).await;
    let level3 = get(&app, "/?level=3").await.text();
    assert!(
        level3.contains(&format!("/p/{}", ids[2])),
        "the plug is level 3"
    );
    assert!(!level3.contains(&format!("/p/{}", ids[0])));
    let locks = get(&app, "/?category=smart_lock").await.text();
    assert!(locks.contains(&format!("/p/{}", ids[1])));
    assert!(!locks.contains(&format!("/p/{}", ids[2])));
    let later = get(&app, "/?support_after=2100-01-01").await.text();
    assert!(!later.contains("/p/"), "nothing is supported that long");
    // Bad values are ignored, not errors.
    let bad = get(
        &app,
        "/?level=x&status=nope&support_after=tomorrow&sort=up&page=-1",
    )
    .await;
    assert_eq!(bad.status, StatusCode::OK);
    assert_eq!(bad.text().matches("/p/").count(), 4);
    // Beyond the last page: no results, the total still shown.
    let beyond = get(&app, "/?page=50").await.text();
    assert!(!beyond.contains("class=\"results\""));
    assert!(beyond.contains(": 4<"));
}

async fn product_page_shows_the_label_and_certificate(db: Db) {
    let (app, ids) = app(&db).await;
    let lock = &ids[1];
    let page = get(&app, &format!("/p/{lock}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("<h1>"), "{text}");
    assert!(
        text.contains("class=\"iotmark-label\""),
        "the label fragment"
    );
    assert!(text.contains("Self-assessed"));
    assert!(!text.contains("<style"), "no inline style element");
    assert!(!text.contains("<script"), "no script");
    assert!(text.contains(&format!("/p/{lock}/label.png")));
    // Its declaration's digest.
    let yaml = std::fs::read(
        iotmark_testkit::workspace_root().join("examples/smart-lock/declaration.yaml"),
    )
    .expect("yaml");
    let digest = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&yaml));
    assert!(text.contains(&digest));

    // Certified, then suspended: the page and the label follow.
    db.insert_certificate(&CertificateRecord {
        id: "IM-TEST-1".to_owned(),
        product_id: lock.clone(),
        envelope: b"{\"payloadType\":\"x\"}".to_vec(),
        log_index: 7,
        issued_on: date(2026, 11, 1),
        valid_until: date(2029, 10, 31),
        status: Status::Valid,
    })
    .await
    .expect("certificate");
    db.add_status_event(&StatusEventRecord {
        certificate_id: "IM-TEST-1".to_owned(),
        status: Status::Suspended,
        reason: "<b>open</b> CVE & more".to_owned(),
        effective_on: date(2026, 12, 1),
        log_index: 8,
    })
    .await
    .expect("event");
    let text = get(&app, &format!("/p/{lock}")).await.text();
    assert!(text.contains("IM-TEST-1"));
    assert!(text.contains("&lt;b&gt;open&lt;/b&gt; CVE &amp; more"));
    assert!(text.contains("Certificate suspended"));
    assert!(text.contains("1 December 2026"));
    let envelope = get(&app, &format!("/p/{lock}/certificate.json")).await;
    assert_eq!(envelope.status, StatusCode::OK);
    assert_eq!(envelope.body, b"{\"payloadType\":\"x\"}");
    let json: serde_json::Value =
        serde_json::from_slice(&get(&app, &format!("/p/{lock}/label.json")).await.body)
            .expect("json");
    assert_eq!(json["status"], "suspended");
    assert_eq!(json["certificate_id"], "IM-TEST-1");
}

async fn downloads_have_their_types(db: Db) {
    let (app, ids) = app(&db).await;
    let id = &ids[0];
    let check = |got: &Got, content_type: &str, ext: &str| {
        assert_eq!(got.status, StatusCode::OK, "{ext}");
        let ct = got.headers[header::CONTENT_TYPE].to_str().expect("type");
        assert!(ct.starts_with(content_type), "{ext}: {ct}");
        let cd = got.headers[header::CONTENT_DISPOSITION]
            .to_str()
            .expect("disposition");
        assert!(
            cd.starts_with("attachment; filename=\"iotmark-") && cd.ends_with(&format!(".{ext}\"")),
            "{cd}"
        );
    };
    let svg = get(&app, &format!("/p/{id}/label.svg")).await;
    check(&svg, "image/svg+xml", "svg");
    assert!(svg.text().starts_with("<?xml"), "{}", &svg.text()[..40]);
    let png = get(&app, &format!("/p/{id}/label.png")).await;
    check(&png, "image/png", "png");
    assert!(png.body.starts_with(b"\x89PNG\r\n\x1a\n"));
    let pdf = get(&app, &format!("/p/{id}/label.pdf")).await;
    check(&pdf, "application/pdf", "pdf");
    assert!(pdf.body.starts_with(b"%PDF-"));
    let json = get(&app, &format!("/p/{id}/label.json?lang=fr")).await;
    check(&json, "application/json", "json");
    let v: serde_json::Value = serde_json::from_slice(&json.body).expect("label.json");
    assert_eq!(v["lang"], "fr");
    assert_eq!(v["product_id"], id.as_str());
    let declaration = get(&app, &format!("/p/{id}/declaration")).await;
    check(&declaration, "application/yaml", "yaml");
    assert!(declaration.text().contains("LH-CI200"));
    let report = get(&app, &format!("/p/{id}/assessment.json")).await;
    check(&report, "application/json", "json");
    let v: serde_json::Value = serde_json::from_slice(&report.body).expect("report");
    assert_eq!(v["format"], "iotmark-assessment");
    // No certificate yet.
    assert_eq!(
        get(&app, &format!("/p/{id}/certificate.json")).await.status,
        StatusCode::NOT_FOUND
    );
    let css = get(&app, "/static/label.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert!(
        css.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("text/css")
    );
    assert!(css.text().contains(".iotmark-label") && css.text().contains("body.site"));
}

async fn every_response_has_the_security_headers(db: Db) {
    let (app, ids) = app(&db).await;
    for uri in [
        "/".to_owned(),
        format!("/p/{}", ids[0]),
        format!("/p/{}/label.svg", ids[0]),
        "/p/nothing".to_owned(),
        "/no/such/page".to_owned(),
        "/static/label.css".to_owned(),
        "/healthz".to_owned(),
    ] {
        let got = get(&app, &uri).await;
        let h = &got.headers;
        assert_eq!(h["content-security-policy"], CSP, "{uri}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{uri}");
        assert_eq!(h["referrer-policy"], "same-origin", "{uri}");
        assert_eq!(h["x-frame-options"], "DENY", "{uri}");
    }
    // No inline style or script anywhere on the site's pages.
    for uri in [
        "/".to_owned(),
        format!("/p/{}", ids[0]),
        "/p/nothing".to_owned(),
    ] {
        let text = get(&app, &uri).await.text();
        assert!(
            !text.contains("<script") && !text.contains("<style"),
            "{uri}"
        );
    }
    // A body beyond the limit is refused.
    let big = Request::post("/")
        .body(Body::from(vec![b'x'; 100_000]))
        .expect("request");
    let response = app.clone().oneshot(big).await.expect("response");
    assert!(response.status().is_client_error(), "{}", response.status());
}

async fn unknown_products_are_404(db: Db) {
    let (app, _) = app(&db).await;
    for uri in [
        "/p/0000000000",
        "/p/%3Cscript%3E",
        "/p/0000000000/label.svg",
        "/p/0000000000/label.png",
        "/p/0000000000/label.json",
        "/p/0000000000/declaration",
        "/elsewhere",
    ] {
        let got = get(&app, uri).await;
        assert_eq!(got.status, StatusCode::NOT_FOUND, "{uri}");
        let text = got.text();
        assert!(text.contains("Not found"), "{uri}: {text}");
        assert!(!text.contains("<script>"), "{uri}");
    }
    let fr = get(&app, "/p/0000000000?lang=fr").await.text();
    assert!(fr.contains("Introuvable"));
}

async fn hostile_names_are_escaped(db: Db) {
    let (app, ids) = app(&db).await;
    let hostile = &ids[3];
    for uri in [
        format!("/p/{hostile}"),
        "/?q=script".to_owned(),
        "/?q=evil".to_owned(),
    ] {
        let text = get(&app, &uri).await.text();
        assert!(!text.contains("<script>alert(1)"), "{uri}");
        assert!(!text.contains("<b>"), "{uri}");
        assert!(
            text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{uri}: {text}"
        );
        assert!(text.contains("Evil &amp; Sons"), "{uri}");
    }
    let svg = get(&app, &format!("/p/{hostile}/label.svg")).await.text();
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;"));
}

async fn languages_follow_the_query_then_the_header(db: Db) {
    let (app, ids) = app(&db).await;
    let page = format!("/p/{}", ids[0]);
    let fr = get(&app, &format!("{page}?lang=fr")).await.text();
    assert!(fr.contains("<html lang=\"fr\""));
    assert!(fr.contains("Fabricant"));
    assert!(fr.contains("lang=\"fr\""), "the label in French");
    let de = get_with(&app, &page, Some("de-AT,de;q=0.9,en;q=0.5"))
        .await
        .text();
    assert!(de.contains("<html lang=\"de\""));
    let ja = get_with(&app, "/?lang=ja", Some("de")).await.text();
    assert!(ja.contains("<html lang=\"ja\""));
    assert!(ja.contains("検索"));
    // The switcher: plain links to the same page.
    assert!(fr.contains(&format!("href=\"{page}?lang=es\"")));
    let unknown = get_with(&app, "/?lang=xx", Some("it")).await.text();
    assert!(unknown.contains("<html lang=\"en\""));
}

async fn health_checks_the_database(db: Db) {
    let (app, _) = app(&db).await;
    let got = get(&app, "/healthz").await;
    assert_eq!(got.status, StatusCode::OK);
    let v: serde_json::Value = serde_json::from_slice(&got.body).expect("json");
    assert_eq!(v["status"], "ok");
    assert_eq!(v["database"], db.backend());
    db.close().await;
    let got = get(&app, "/healthz").await;
    assert_eq!(got.status, StatusCode::SERVICE_UNAVAILABLE);
}
