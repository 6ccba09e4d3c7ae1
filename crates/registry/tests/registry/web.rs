//! The web site through HTTP, in process, on both backends.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use iotmark_cert::event::Status;
use iotmark_registry::Db;
use iotmark_registry::store::{CertificateRecord, StatusEventRecord};
use iotmark_registry::web::CSP;
use tower::ServiceExt;

use crate::common::date;
use crate::fixtures::*;

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
    the_log_is_served,
    tile_paths_are_checked,
    product_page_checks_inclusion,
    the_feed_lists_status_changes,
    the_export_lists_every_product,
    verify_checks_bundles_and_ids,
    pages_written_elsewhere_show_after_the_cache_time,
    certificates_expire_at_the_end_of_their_validity,
    search_follows_certificate_expiry,
);

/// Three bundled examples and a hostile product, without a log.
async fn app(db: &Db) -> (Router, Vec<String>) {
    let ids = seed(db).await;
    (site(db, None), ids)
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

async fn the_log_is_served(db: Db) {
    let (app, _, certified) = app_with_log(&db).await;
    let checkpoint = get(&app, "/log/checkpoint").await;
    assert_eq!(checkpoint.status, StatusCode::OK);
    assert!(
        checkpoint.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("text/plain")
    );
    assert_eq!(checkpoint.headers[header::CACHE_CONTROL], "no-cache");
    assert_eq!(
        checkpoint.body,
        std::fs::read(certified.log_dir.join("checkpoint")).expect("checkpoint file")
    );
    // Every tile file, byte for byte; two entries make partial tiles only.
    let mut served = 0;
    for (level, index, width) in iotmark_tlog::tile::tiles_for(2) {
        let name = iotmark_tlog::tile::tile_path(level, index, width);
        let got = get(&app, &format!("/log/{name}")).await;
        assert_eq!(got.status, StatusCode::OK, "{name}");
        assert_eq!(
            got.headers[header::CONTENT_TYPE],
            "application/octet-stream"
        );
        assert_eq!(
            got.headers[header::CACHE_CONTROL],
            "no-cache",
            "{name} is partial"
        );
        assert_eq!(
            got.body,
            std::fs::read(certified.log_dir.join(&name)).expect("tile")
        );
        served += 1;
    }
    let bundle = iotmark_tlog::tile::entries_path(0, 2);
    let got = get(&app, &format!("/log/{bundle}")).await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(
        got.body,
        std::fs::read(certified.log_dir.join(&bundle)).expect("bundle")
    );
    assert!(served > 0);
    // A full tile is immutable.
    let full = certified.log_dir.join("tile/0/001");
    std::fs::create_dir_all(full.parent().expect("parent")).expect("dir");
    std::fs::write(&full, [7u8; 8192]).expect("full tile");
    let got = get(&app, "/log/tile/0/001").await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(
        got.headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(got.body, vec![7u8; 8192]);
    // The page: origin, size, root, signature, key, links.
    let page = get(&app, "/log").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert!(text.contains("test.iotmark.example/log"), "{text}");
    assert!(text.contains("<dd>2</dd>"), "{text}");
    let root = checkpoint
        .text()
        .lines()
        .nth(2)
        .expect("root line")
        .to_owned();
    assert!(text.contains(&root), "{text}");
    assert!(text.contains(&certified.verifier.to_vkey()), "{text}");
    assert!(text.contains("\u{2014} cb.test.example "), "{text}");
    assert!(text.contains("href=\"/log/checkpoint\""));
    let fr = get(&app, "/log?lang=fr").await.text();
    assert!(fr.contains("Journal de transparence"));
    // The footer links to it.
    assert!(
        get(&app, "/")
            .await
            .text()
            .contains("href=\"/log?lang=en\"")
    );
    // Without a log: 404.
    let (bare, _) = (site(&db, None), ());
    assert_eq!(get(&bare, "/log").await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        get(&bare, "/log/checkpoint").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn tile_paths_are_checked(db: Db) {
    let (app, _, _certified) = app_with_log(&db).await;
    for bad in [
        "/log/tile/../log.json",
        "/log/tile/%2e%2e/log.json",
        "/log/tile/..%2flog.json",
        "/log/tile/0/../../log.json",
        "/log/tile/0/x000/000.p/2",
        "/log/tile/0/0.p/2",
        "/log/tile/0/000.p/02",
        "/log/tile/00/000.p/2",
        "/log/tile/0/000.p/256",
        "/log/tile/entries/000.p/2/",
        "/log/tile/0/001.p/2",
        "/log/tile/",
        "/log/tile/log.json",
    ] {
        let got = get(&app, bad).await;
        assert_eq!(got.status, StatusCode::NOT_FOUND, "{bad}");
        assert!(!got.text().contains("verifier_key"), "{bad}");
    }
    assert_eq!(
        get(&app, "/log/tile/0/000.p/2").await.status,
        StatusCode::OK
    );
}

async fn product_page_checks_inclusion(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    let text = get(&app, &format!("/p/{}", ids[1])).await.text();
    assert!(text.contains("IM-LOG-1"), "{text}");
    assert!(text.contains("Log entry"), "{text}");
    assert!(text.contains(&format!("<dd>{}</dd>", certified.record.log_index)));
    assert!(
        text.contains("Inclusion proof verified against the signed checkpoint of size 2"),
        "{text}"
    );
    // An entry the log does not hold: the failure and its reason.
    let other = &ids[0];
    let mut forged = certified.record.clone();
    forged.id = "IM-FORGED".to_owned();
    forged.product_id = other.clone();
    forged.envelope[10] ^= 1;
    db.insert_certificate(&forged).await.expect("forged");
    let text = get(&app, &format!("/p/{other}")).await.text();
    assert!(
        text.contains("The inclusion proof could not be verified:"),
        "{text}"
    );
    assert!(!text.contains("Inclusion proof verified"), "{text}");
}

async fn the_feed_lists_status_changes(db: Db) {
    let (app, ids) = app(&db).await;
    let empty = get(&app, "/feed.atom").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(
        empty.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("application/atom+xml")
    );
    let empty_text = empty.text();
    let doc = roxmltree::Document::parse(&empty_text).expect("xml");
    assert_eq!(doc.root_element().tag_name().name(), "feed");
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name("entry"))
            .count(),
        0
    );

    let hostile = "</summary><script>x</script> & \"q\" ]]>";
    for (i, id) in ids.iter().take(2).enumerate() {
        db.insert_certificate(&CertificateRecord {
            id: format!("IM-FEED-{i}"),
            product_id: id.clone(),
            envelope: format!("{{\"n\":{i}}}").into_bytes(),
            log_index: i as u64,
            issued_on: date(2026, 11, 1),
            valid_until: date(2029, 10, 31),
            status: Status::Valid,
        })
        .await
        .expect("certificate");
    }
    db.add_status_event(&StatusEventRecord {
        certificate_id: "IM-FEED-0".to_owned(),
        status: Status::Suspended,
        reason: hostile.to_owned(),
        effective_on: date(2026, 12, 1),
        log_index: 2,
    })
    .await
    .expect("event");
    let got = get_with(&app, "/feed.atom", None).await;
    let text = got.text();
    assert!(!text.contains("<script>"), "{text}");
    let doc = roxmltree::Document::parse(&text).expect("xml");
    let entries: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 3, "{text}");
    let child = |e: &roxmltree::Node<'_, '_>, name: &str| {
        e.children()
            .find(|c| c.has_tag_name(name))
            .and_then(|c| c.text())
            .unwrap_or_default()
            .to_owned()
    };
    // Newest first: the suspension, with its reason as text.
    assert!(child(&entries[0], "summary").contains(hostile), "{text}");
    assert_eq!(child(&entries[0], "updated"), "2026-12-01T00:00:00Z");
    assert!(child(&entries[0], "id").starts_with("tag:"));
    let href = entries[0]
        .children()
        .find(|c| c.has_tag_name("link"))
        .and_then(|l| l.attribute("href"))
        .expect("link");
    assert!(href.ends_with(&format!("/p/{}", ids[0])), "{href}");
    for e in &entries {
        for name in ["id", "title", "updated", "summary"] {
            assert!(!child(e, name).is_empty(), "{name}");
        }
    }
    // At most 50 entries.
    for n in 0..60u64 {
        db.add_status_event(&StatusEventRecord {
            certificate_id: "IM-FEED-1".to_owned(),
            status: if n % 2 == 0 {
                Status::Suspended
            } else {
                Status::Valid
            },
            reason: format!("change {n}"),
            effective_on: date(2027, 1, 1),
            log_index: 3 + n,
        })
        .await
        .expect("event");
    }
    let text = get(&app, "/feed.atom").await.text();
    let doc = roxmltree::Document::parse(&text).expect("xml");
    let entries: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 50);
    assert!(child(&entries[0], "summary").contains("change 59"));
}

async fn the_export_lists_every_product(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    let got = get(&app, "/export/products.jsonl").await;
    assert_eq!(got.status, StatusCode::OK);
    assert_eq!(got.headers[header::CONTENT_TYPE], "application/x-ndjson");
    let text = got.text();
    assert!(text.ends_with('\n'));
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    assert_eq!(lines.len(), ids.len());
    for id in &ids {
        let line = lines
            .iter()
            .find(|l| l["id"] == id.as_str())
            .expect("listed");
        for field in [
            "manufacturer",
            "name",
            "model",
            "category",
            "firmware_version",
            "status",
        ] {
            assert!(line[field].is_string(), "{field}: {line}");
        }
        assert!(line["level"].is_u64());
        assert!(line["grades"].is_object());
        assert!(
            line["url"]
                .as_str()
                .expect("url")
                .ends_with(&format!("/p/{id}"))
        );
    }
    let lock = lines
        .iter()
        .find(|l| l["id"] == ids[1].as_str())
        .expect("lock");
    assert_eq!(lock["certificate"]["id"], certified.record.id.as_str());
    assert_eq!(lock["certificate"]["status"], "valid");
    // Each line carries the product's CTA-2120 registry record too.
    assert_eq!(lock["cta_2120"]["product_name"], lock["name"]);
    assert_eq!(lock["certificate"]["valid_until"], "2029-10-31");
    let camera = lines
        .iter()
        .find(|l| l["id"] == ids[0].as_str())
        .expect("camera");
    assert!(camera.get("certificate").is_none());
    let hostile = lines
        .iter()
        .find(|l| l["id"] == ids[3].as_str())
        .expect("hostile");
    assert_eq!(hostile["name"], "<script>alert(1)</script> & 'quotes'");
}

/// Percent-encodes a form value.
fn form_value(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

async fn post_form(app: &Router, uri: &str, body: String) -> Got {
    let response = app
        .clone()
        .oneshot(
            Request::post(uri)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
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

async fn verify_checks_bundles_and_ids(db: Db) {
    let (app, ids, certified) = app_with_log(&db).await;
    let form = get(&app, "/verify").await;
    assert_eq!(form.status, StatusCode::OK);
    let text = form.text();
    assert!(text.contains("<textarea name=\"bundle\""), "{text}");
    assert!(text.contains("method=\"post\" action=\"/verify\""));
    assert!(
        get(&app, "/")
            .await
            .text()
            .contains("href=\"/verify?lang=en\"")
    );

    // The genuine bundle.
    let got = post_form(
        &app,
        "/verify",
        format!("bundle={}", form_value(&certified.bundle)),
    )
    .await;
    let text = got.text();
    assert_eq!(got.status, StatusCode::OK, "{text}");
    assert!(text.contains("Genuine and current"), "{text}");
    assert!(text.contains("IM-LOG-1"));
    assert!(text.contains(&format!("/p/{}", ids[1])));

    // The same bundle uploaded as a file (the form is multipart).
    assert!(text.contains("enctype=\"multipart/form-data\""));
    let boundary = "verify-boundary-1";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"bundle\"\r\n\r\n\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"bundle_file\"; filename=\"c.bundle.json\"\r\nContent-Type: application/json\r\n\r\n{}\r\n--{boundary}--\r\n",
        certified.bundle
    );
    let response = app
        .clone()
        .oneshot(
            Request::post("/verify")
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .expect("request"),
        )
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    let uploaded = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    assert!(String::from_utf8_lossy(&uploaded).contains("Genuine and current"));
    // A malformed multipart body is a 400, not a crash.
    let response = app
        .clone()
        .oneshot(
            Request::post("/verify")
                .header(header::CONTENT_TYPE, "multipart/form-data; boundary=x")
                .body(Body::from("garbage"))
                .expect("request"),
        )
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);

    // One byte of the signature flipped: rejected, with the reason.
    let at = certified.bundle.find("\"sig\"").expect("a signature") + 12;
    let mut flipped = certified.bundle.clone().into_bytes();
    flipped[at] = if flipped[at] == b'A' { b'B' } else { b'A' };
    let flipped = String::from_utf8(flipped).expect("utf-8");
    let got = post_form(
        &app,
        "/verify",
        format!("bundle={}&lang=en", form_value(&flipped)),
    )
    .await;
    let text = got.text();
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
    assert!(text.contains("Not verified"), "{text}");
    assert!(!text.contains("Genuine and current"));
    let reason = text
        .split("Not verified</h2><p>")
        .nth(1)
        .and_then(|r| r.split("</p>").next())
        .expect("a reason");
    assert!(reason.contains("does not verify"), "{reason}");
    // Not JSON: the parse error is the reason; the text is shown back escaped.
    let got = post_form(
        &app,
        "/verify",
        format!("bundle={}", form_value("<b>nope</b>")),
    )
    .await;
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(got.text().contains("&lt;b&gt;nope&lt;/b&gt;"));
    assert!(got.text().contains("malformed bundle"), "{}", got.text());

    // By id: the stored certificate, its inclusion computed from the log.
    let got = post_form(&app, "/verify", "id=IM-LOG-1".to_owned()).await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.text());
    assert!(got.text().contains("Genuine and current"));
    let got = post_form(&app, "/verify", format!("id={}", form_value("IM-<NOPE>"))).await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
    let text = got.text();
    assert!(
        text.contains("The registry holds no certificate with this id:"),
        "{text}"
    );
    assert!(text.contains("IM-&lt;NOPE&gt;"));
    // Nothing given.
    let got = post_form(&app, "/verify", "lang=fr".to_owned()).await;
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(got.text().contains("Collez un paquet"));
}

/// The page cache serves a page again until a write reaches the site or
/// its time to live ends; a change made elsewhere (here: straight into the
/// database, as another server would) shows once that time is up. Writes
/// through the site end it at once (`workflow::status_changes_are_logged_and_shown`).
async fn pages_written_elsewhere_show_after_the_cache_time(db: Db) {
    let ids = seed(&db).await;
    let ttl = std::time::Duration::from_millis(600);
    let app = site_caching(&db, None, Some(ttl));
    let lock = ids[1].clone();
    let page = format!("/p/{lock}");
    let first = get(&app, &page).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(!first.text().contains("IM-CACHE-1"));
    let label = get(&app, &format!("{page}/label.json")).await;
    db.insert_certificate(&CertificateRecord {
        id: "IM-CACHE-1".to_owned(),
        product_id: lock.clone(),
        envelope: b"{}".to_vec(),
        log_index: 0,
        issued_on: date(2026, 11, 1),
        valid_until: date(2029, 10, 31),
        status: Status::Suspended,
    })
    .await
    .expect("certificate");
    // Served from the cache: the same bytes, the new certificate not yet.
    let again = get(&app, &page).await;
    assert_eq!(again.body, first.body);
    assert_eq!(
        get(&app, &format!("{page}/label.json")).await.body,
        label.body
    );
    // Another language is another page.
    assert!(
        get(&app, &format!("{page}?lang=fr"))
            .await
            .text()
            .contains("IM-CACHE-1")
    );
    tokio::time::sleep(ttl + std::time::Duration::from_millis(100)).await;
    let later = get(&app, &page).await;
    assert!(later.text().contains("IM-CACHE-1"), "{}", later.text());
    let json: serde_json::Value =
        serde_json::from_slice(&get(&app, &format!("{page}/label.json")).await.body).expect("json");
    assert_eq!(json["status"], "suspended");
    // A request that may write (any POST, even one refused) ends the cache
    // at once.
    let cached = get(&app, "/").await;
    db.upsert_product(&{
        let mut p = db
            .product(&lock)
            .await
            .expect("read")
            .expect("product")
            .data;
        p.name = "Renamed Lock".to_owned();
        p
    })
    .await
    .expect("rename");
    assert_eq!(get(&app, "/").await.body, cached.body);
    let refused = post_form(&app, "/verify", String::new()).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(get(&app, "/").await.text().contains("Renamed Lock"));
}

/// A certificate past its last valid day is expired everywhere: the page,
/// the label, `label.json`, the export and the feed (the site's date is
/// 2026-12-02).
async fn certificates_expire_at_the_end_of_their_validity(db: Db) {
    let (app, ids) = app(&db).await;
    let lock = ids[1].clone();
    db.insert_certificate(&CertificateRecord {
        id: "IM-OLD-1".to_owned(),
        product_id: lock.clone(),
        envelope: b"{}".to_vec(),
        log_index: 3,
        issued_on: date(2023, 12, 1),
        valid_until: date(2026, 11, 30),
        status: Status::Valid,
    })
    .await
    .expect("certificate");
    let page = get(&app, &format!("/p/{lock}")).await.text();
    assert!(page.contains("Certificate expired"), "{page}");
    assert!(page.contains("class=\"scale void\""), "the level is greyed");
    let json: serde_json::Value =
        serde_json::from_slice(&get(&app, &format!("/p/{lock}/label.json")).await.body)
            .expect("json");
    assert_eq!(json["status"], "expired");
    let export = get(&app, "/export/products.jsonl").await.text();
    let line = export
        .lines()
        .find(|l| l.contains("IM-OLD-1"))
        .expect("the lock's line");
    assert!(line.contains("\"expired\""), "{line}");
    let feed = get(&app, "/feed.atom").await.text();
    assert!(feed.contains("certificate IM-OLD-1 expired"), "{feed}");
    assert!(
        feed.contains("<updated>2026-12-01T00:00:00Z</updated>"),
        "{feed}"
    );
    // One still in force is not.
    db.insert_certificate(&CertificateRecord {
        id: "IM-NEW-1".to_owned(),
        product_id: lock.clone(),
        envelope: b"{}".to_vec(),
        log_index: 4,
        issued_on: date(2026, 12, 1),
        valid_until: date(2029, 11, 30),
        status: Status::Valid,
    })
    .await
    .expect("certificate");
    let page = get(&app, &format!("/p/{lock}")).await.text();
    assert!(page.contains("IM-NEW-1"));
    assert!(!page.contains("class=\"scale void\""));
    let feed = get(&app, "/feed.atom").await.text();
    assert!(!feed.contains("certificate IM-NEW-1 expired"));
}

/// The ids and statuses of a page of API search results.
async fn api_statuses(app: &Router, query: &str) -> Vec<(String, String)> {
    let got = get(app, &format!("/api/v1/products?{query}")).await;
    assert_eq!(got.status, StatusCode::OK, "{query}");
    let v: serde_json::Value = serde_json::from_slice(&got.body).expect("json");
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| {
            (
                i["id"].as_str().expect("id").to_owned(),
                i["status"].as_str().expect("status").to_owned(),
            )
        })
        .collect()
}

async fn search_follows_certificate_expiry(db: Db) {
    let (app, ids) = app(&db).await;
    let (camera, lock, plug) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    let certificate = |id: &str, product: &str, index, issued, until| CertificateRecord {
        id: id.to_owned(),
        product_id: product.to_owned(),
        envelope: b"{}".to_vec(),
        log_index: index,
        issued_on: issued,
        valid_until: until,
        status: Status::Valid,
    };
    // The site's date is 2026-12-02: the lock's certificate ended the day
    // before, the plug's ends that very day, the camera's ended long ago
    // but was suspended first.
    for c in [
        certificate("IM-LOCK-1", &lock, 1, date(2023, 12, 1), date(2026, 12, 1)),
        certificate("IM-PLUG-1", &plug, 2, date(2023, 12, 2), date(2026, 12, 2)),
        certificate("IM-CAM-1", &camera, 3, date(2023, 1, 1), date(2025, 12, 31)),
    ] {
        db.insert_certificate(&c).await.expect("certificate");
    }
    db.add_status_event(&StatusEventRecord {
        certificate_id: "IM-CAM-1".to_owned(),
        status: Status::Suspended,
        reason: "a vulnerability without an answer".to_owned(),
        effective_on: date(2025, 6, 1),
        log_index: 4,
    })
    .await
    .expect("suspension");

    // The search page: the lock is expired, not valid; the plug valid.
    let expired = get(&app, "/?status=expired").await.text();
    assert!(expired.contains(&format!("/p/{lock}")), "{expired}");
    assert!(!expired.contains(&format!("/p/{plug}")));
    assert!(
        !expired.contains(&format!("/p/{camera}")),
        "suspended stays so"
    );
    let valid = get(&app, "/?status=valid").await.text();
    assert!(!valid.contains(&format!("/p/{lock}")), "{valid}");
    assert!(valid.contains(&format!("/p/{plug}")));
    let suspended = get(&app, "/?status=suspended").await.text();
    assert!(suspended.contains(&format!("/p/{camera}")));
    // With words too (the full-text path), in the form's order.
    let words = get(&app, "/?q=Riegelwerk&status=expired&sort=name")
        .await
        .text();
    assert!(words.contains(&format!("/p/{lock}")), "{words}");
    let words = get(&app, "/?q=Riegelwerk&status=valid").await.text();
    assert!(!words.contains(&format!("/p/{lock}")), "{words}");

    // The API says the same, and shows the status on the site's date, with
    // a filter, with words alone (by relevance) and with neither.
    let lock_expired = (lock.clone(), "expired".to_owned());
    assert_eq!(
        api_statuses(&app, "status=expired").await,
        std::slice::from_ref(&lock_expired)
    );
    assert!(
        !api_statuses(&app, "status=valid")
            .await
            .iter()
            .any(|(id, _)| *id == lock)
    );
    assert_eq!(
        api_statuses(&app, "q=Riegelwerk").await,
        std::slice::from_ref(&lock_expired)
    );
    assert_eq!(
        api_statuses(&app, "q=Riegelwerk&sort=name").await,
        [lock_expired]
    );
    // Every result's status is the one its product page shows.
    let all = api_statuses(&app, "sort=name").await;
    assert_eq!(all.len(), 4);
    for (id, status) in &all {
        let v: serde_json::Value =
            serde_json::from_slice(&get(&app, &format!("/api/v1/products/{id}")).await.body)
                .expect("json");
        assert_eq!(v["status"].as_str(), Some(status.as_str()), "{id}");
    }
    assert!(all.contains(&(plug.clone(), "valid".to_owned())));
    assert!(all.contains(&(camera.clone(), "suspended".to_owned())));

    // A new certificate in force: valid again, no longer expired.
    db.insert_certificate(&certificate(
        "IM-LOCK-2",
        &lock,
        5,
        date(2026, 12, 1),
        date(2029, 11, 30),
    ))
    .await
    .expect("certificate");
    assert!(api_statuses(&app, "status=expired").await.is_empty());
    assert!(
        api_statuses(&app, "status=valid")
            .await
            .contains(&(lock.clone(), "valid".to_owned()))
    );
}
