//! The public, read-only pages through HTTP, in process, on both backends:
//! the comparison, the framework and its crosswalks, and the CTA-2120
//! registry record.

use std::path::Path;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use iotmark_cert::event::Status;
use iotmark_cert::key::NamedKey;
use iotmark_cert::statement::{Artifact, CertificateInput, Sha256Digest};
use iotmark_registry::Db;
use iotmark_registry::store::{CertificateRecord, StatusEventRecord};
use iotmark_registry::web::{AppState, SiteOptions, router};
use serde_json::{Value, json};
use tower::ServiceExt;

use crate::common::date;
use crate::fixtures::{HOSTILE, catalog, fonts, submit};

crate::contract!(
    compare_shows_products_side_by_side,
    compare_reports_unknown_ids_and_keeps_four,
    compare_finds_products_by_name,
    the_framework_lists_every_criterion,
    scheme_pages_list_their_clauses,
    unknown_schemes_are_404,
    hostile_names_are_escaped_on_every_page,
    pages_speak_the_language_asked,
    the_cta_2120_record_follows_the_mapping,
);

/// The camera, the lock, the plug and a hostile product, and the site.
async fn app(db: &Db) -> (Router, Ids) {
    let root = iotmark_testkit::workspace_root();
    let mut ids = Vec::new();
    for example in ["home-camera", "smart-lock", "smart-plug"] {
        let path = root.join("examples").join(example).join("declaration.yaml");
        let yaml = std::fs::read(&path).expect("example");
        ids.push(submit(db, &path.display().to_string(), &yaml).await);
    }
    ids.push(submit(db, "hostile.yaml", HOSTILE.as_bytes()).await);
    let site = router(AppState {
        db: db.clone(),
        data_dir: Path::new("/nonexistent").to_path_buf(),
        catalog: catalog(),
        fonts: fonts(),
        log: None,
        keys: None,
        log_key: None,
        today: || date(2026, 12, 2),
        issuer: None,
        options: SiteOptions::default(),
    });
    let [camera, lock, plug, hostile] = <[String; 4]>::try_from(ids).expect("four ids");
    (
        site,
        Ids {
            camera,
            lock,
            plug,
            hostile,
        },
    )
}

struct Ids {
    camera: String,
    lock: String,
    plug: String,
    hostile: String,
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

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("json")
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

/// The table row whose heading starts with `head`.
fn row<'a>(page: &'a str, head: &str) -> &'a str {
    page.split("<tr")
        .find(|r| r.contains(&format!("<th scope=\"row\">{head}")))
        .and_then(|r| r.split("</tr>").next())
        .unwrap_or_else(|| panic!("no row {head} in {page}"))
}

/// The page's `<main>` element.
fn main_of(page: &str) -> &str {
    let start = page.find("<main").expect("main");
    let end = page.find("</main>").expect("end of main");
    &page[start..end]
}

fn differs(row: &str) -> bool {
    row.starts_with(" class=\"differs\"") && row.contains("class=\"cmp-marker\"")
}

/// No script, no inline style: the policy forbids both.
fn assert_no_script_or_style(uri: &str, text: &str) {
    assert!(!text.contains("<script"), "{uri}");
    assert!(!text.contains("<style"), "{uri}");
    assert!(!text.contains(" style="), "{uri}");
}

async fn compare_shows_products_side_by_side(db: Db) {
    let (app, ids) = app(&db).await;
    let uri = format!("/compare?ids={},{}", ids.camera, ids.plug);
    let page = get(&app, &uri).await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert_no_script_or_style(&uri, &text);
    assert!(text.contains("Lumière Cam Indoor 2K"), "{text}");
    assert!(text.contains("Stekker Plug One"));
    // Columns link to the products.
    assert!(text.contains(&format!("href=\"/p/{}?lang=en\"", ids.camera)));
    // Different makers, models, levels and update policies are marked,
    // with a word as well as a class.
    for head in ["Maker", "Model", "Mark level", "How updates install"] {
        assert!(differs(row(&text, head)), "{head}: {}", row(&text, head));
    }
    assert!(row(&text, "Maker").contains("≠ Differs"));
    assert!(row(&text, "How updates install").contains("Automatic, always on"));
    assert!(row(&text, "How updates install").contains("Automatic, can be turned off"));
    // Neither has a certificate: the same, unmarked.
    let certificate = row(&text, "Certificate number");
    assert!(!differs(certificate), "{certificate}");
    assert_eq!(certificate.matches("No certificate").count(), 2);
    // Every area's grade, its name from the catalog, linked to its criteria.
    let en = catalog().text();
    for area in &catalog().areas {
        let name = en.area_name(&area.id).replace('&', "&amp;");
        assert!(
            text.contains(&format!(
                "<a href=\"/framework?lang=en#area-{}\">{name}</a>",
                area.id
            )),
            "{name}"
        );
    }
    // Remove links: the other product only.
    assert!(text.contains(&format!("href=\"/compare?ids={}&amp;lang=en\"", ids.plug)));
    assert!(text.contains(&format!("href=\"/compare?ids={}&amp;lang=en\"", ids.camera)));
    // The form to add one keeps the two.
    assert!(text.contains(&format!(
        "<input type=\"hidden\" name=\"ids\" value=\"{}\">",
        ids.camera
    )));
    assert!(text.contains("<form class=\"compare-add\" method=\"get\" action=\"/compare\">"));
    // Repeated `ids` and a product page's address work the same.
    let repeated = get(
        &app,
        &format!(
            "/compare?ids={}&ids=https%3A%2F%2Fregistry.example%2Fp%2F{}",
            ids.camera, ids.plug
        ),
    )
    .await;
    assert_eq!(repeated.status, StatusCode::OK);
    // The same page, but for the language links, which keep the query.
    assert_eq!(main_of(&repeated.text()), main_of(&text));
    // One product: nothing to mark.
    let one = get(&app, &format!("/compare?ids={}", ids.lock))
        .await
        .text();
    assert!(one.contains("Riegelwerk Keyless T2"));
    assert!(!one.contains("class=\"differs\""));
    // None yet: the form and how to start.
    let empty = get(&app, "/compare").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.text().contains("No product chosen yet"));
    assert!(empty.text().contains("name=\"ids\""));
}

async fn compare_reports_unknown_ids_and_keeps_four(db: Db) {
    let (app, ids) = app(&db).await;
    // An id no product has (and no name either), and an address.
    let some = get(
        &app,
        &format!("/compare?ids={},0000000000,/p/nosuchid", ids.camera),
    )
    .await;
    assert_eq!(some.status, StatusCode::OK);
    let text = some.text();
    assert!(text.contains("Not found in the registry:"));
    assert!(text.contains("<code>0000000000</code>"));
    assert!(text.contains("<code>nosuchid</code>"));
    assert!(text.contains("Lumière Cam Indoor 2K"));
    // Not kept in the form.
    assert!(!text.contains("value=\"0000000000\""));
    assert!(!text.contains("value=\"nosuchid\""));

    // Neither ids nor addresses: names no product has.
    let none = get(&app, "/compare?ids=nosuchid,another").await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    assert!(
        none.text()
            .contains("No product in the registry is called “another”.")
    );
    assert!(
        none.text()
            .contains("No product in the registry is called “nosuchid”.")
    );

    let five = format!(
        "/compare?ids={},{},{},{},extra",
        ids.camera, ids.lock, ids.plug, ids.hostile
    );
    let text = get(&app, &five).await.text();
    assert!(text.contains("Only four products can be compared at once"));
    assert!(text.contains("<code>extra</code>"));
    assert!(
        !text.contains("Not found in the registry"),
        "extra is not looked up"
    );
    for name in [
        "Lumière Cam Indoor 2K",
        "Riegelwerk Keyless T2",
        "Stekker Plug One",
    ] {
        assert!(text.contains(name), "{name}");
    }
    assert_eq!(
        text.matches("<th scope=\"col\">").count(),
        5,
        "four columns"
    );
    // Full: no form to add a fifth.
    assert!(text.contains("remove one to add another"));
    assert!(!text.contains("class=\"compare-add\""));
}

async fn the_framework_lists_every_criterion(db: Db) {
    let (app, _) = app(&db).await;
    let page = get(&app, "/framework").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = page.text();
    assert_no_script_or_style("/framework", &text);
    let en = catalog().text();
    assert!(text.contains(&catalog().version));
    for area in &catalog().areas {
        assert!(
            text.contains(&format!("id=\"area-{}\"", area.id)),
            "{}",
            area.id
        );
    }
    for c in &catalog().criteria {
        let id = c.id.as_str();
        assert!(text.contains(&format!("id=\"{id}\"")), "{id}");
        assert!(
            text.contains(&format!("<span class=\"fw-id\">{id}</span>")),
            "{id}"
        );
        // Its requirement, escaped as maud does.
        let requirement = en
            .requirement(id)
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        assert!(text.contains(&requirement), "{id}: {requirement}");
        // Each reference links to the clause on its scheme's page.
        for r in &c.references {
            let anchor = format!(
                "href=\"/framework/{}?lang=en#clause-{}\"",
                r.scheme, r.clause
            );
            assert!(text.contains(&anchor), "{id}: {anchor}");
        }
    }
    for s in &catalog().schemes {
        assert!(text.contains(&format!("href=\"/framework/{}?lang=en\"", s.id)));
    }
}

async fn scheme_pages_list_their_clauses(db: Db) {
    let (app, _) = app(&db).await;
    for s in &catalog().schemes {
        let uri = format!("/framework/{}", s.id);
        let page = get(&app, &uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        let text = page.text();
        assert_no_script_or_style(&uri, &text);
        assert!(text.contains("<svg class=\"fw-bar\""), "{uri}");
        let crosswalk = catalog().crosswalk(&s.id).expect("crosswalk");
        assert!(
            text.contains(&format!(
                "<dt>Covered fully or in part</dt><dd>{} / {}</dd>",
                crosswalk.covered(),
                crosswalk.clauses.len()
            )),
            "{uri}"
        );
        let full = crosswalk
            .clauses
            .iter()
            .filter(|c| {
                c.criteria
                    .iter()
                    .any(|(_, k)| *k == iotmark_catalog::Confidence::Exact)
            })
            .count();
        let none = crosswalk.clauses.len() - crosswalk.covered();
        assert!(text.contains(&format!("Covered: {full}")), "{uri}");
        assert!(
            text.contains(&format!("Partly covered: {}", crosswalk.covered() - full)),
            "{uri}"
        );
        assert!(text.contains(&format!("Not covered: {none}")), "{uri}");
        for c in &crosswalk.clauses {
            assert!(
                text.contains(&format!("<th scope=\"row\">{}</th>", c.clause.id)),
                "{uri}: {}",
                c.clause.id
            );
            for (criterion, _) in &c.criteria {
                assert!(
                    text.contains(&format!("href=\"/framework?lang=en#{criterion}\"")),
                    "{uri}: {criterion}"
                );
            }
        }
    }
    // The clause a criterion cites is on the page, under its anchor.
    let cta = get(&app, "/framework/cta-2120").await.text();
    assert!(cta.contains("id=\"clause-support_date\""));
}

async fn unknown_schemes_are_404(db: Db) {
    let (app, _) = app(&db).await;
    for uri in [
        "/framework/nope",
        "/framework/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "/framework/cta-2120/more",
    ] {
        let got = get(&app, uri).await;
        assert_eq!(got.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(!got.text().contains("<script"), "{uri}");
    }
    assert_eq!(
        get(&app, "/p/nosuchid/cta-2120.json").await.status,
        StatusCode::NOT_FOUND
    );
}

async fn hostile_names_are_escaped_on_every_page(db: Db) {
    let (app, ids) = app(&db).await;
    for uri in [
        format!("/compare?ids={},{}", ids.hostile, ids.plug),
        format!("/compare?ids={}&lang=ja", ids.hostile),
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
    // A name no product has is shown back escaped.
    let odd = get(&app, "/compare?ids=%3Cb%3Enomatch%22").await;
    assert_eq!(odd.status, StatusCode::NOT_FOUND);
    assert!(!odd.text().contains("<b>nomatch"));
    assert!(
        odd.text().contains("“&lt;b&gt;nomatch&quot;”"),
        "{}",
        odd.text()
    );
    // One that the hostile product has: its column, escaped.
    let named = get(&app, "/compare?ids=%3Cscript%3Ealert%20Evil").await;
    assert_eq!(named.status, StatusCode::OK);
    assert!(!named.text().contains("<script>alert(1)"));
    assert!(named.text().contains(&format!(
        "<input type=\"hidden\" name=\"ids\" value=\"{}\">",
        ids.hostile
    )));
    // The record is JSON: the name as declared.
    let record = get(&app, &format!("/p/{}/cta-2120.json", ids.hostile)).await;
    assert_eq!(record.status, StatusCode::OK);
    let v = record.json();
    assert_eq!(v["product_name"], "<script>alert(1)</script> & 'quotes'");
    assert_eq!(v["manufacturer_name"], "Evil & Sons \"Q\"");
}

async fn pages_speak_the_language_asked(db: Db) {
    let (app, ids) = app(&db).await;
    let ja_texts = catalog().text_in("ja").expect("ja");
    let compare = get(
        &app,
        &format!("/compare?ids={},{}&lang=ja", ids.camera, ids.lock),
    )
    .await
    .text();
    assert!(compare.contains("<html lang=\"ja\""));
    assert!(compare.contains("製品を比較"));
    assert!(compare.contains("違いあり"));
    assert!(compare.contains(&ja_texts.area_name("PRV")));
    // The switcher keeps the products.
    assert!(
        compare.contains(&format!(
            "href=\"/compare?ids={}%2C{}&amp;lang=fr\"",
            ids.camera, ids.lock
        )) || compare.contains(&format!(
            "href=\"/compare?ids={},{}&amp;lang=fr\"",
            ids.camera, ids.lock
        ))
    );

    let framework = get(&app, "/framework?lang=ja").await.text();
    assert!(framework.contains("<html lang=\"ja\""));
    assert!(framework.contains("iotmark のフレームワーク"));
    let first = catalog().criteria[0].id.as_str();
    assert!(framework.contains(&ja_texts.title(first)), "{first}");
    assert!(framework.contains(&ja_texts.label("confidence-exact")));

    let scheme = get_with(&app, "/framework/etsi-en-303-645", Some("fr-CH, fr;q=0.9"))
        .await
        .text();
    assert!(scheme.contains("<html lang=\"fr\""));
    assert!(scheme.contains("Couverture par les critères iotmark"));
    assert!(scheme.contains("href=\"/framework/etsi-en-303-645?lang=de\""));
    assert!(scheme.contains("href=\"/framework?lang=fr#"));
}

/// Signs a certificate of `product_id` issued on 2026-11-01 and stores it.
async fn certify(db: &Db, product_id: &str) -> CertificateRecord {
    let key = NamedKey::generate("cb.test.example").expect("key");
    let input = CertificateInput {
        certificate_id: "IM-CTA-1".to_owned(),
        product_id: product_id.to_owned(),
        manufacturer: "Lumière Home SAS".to_owned(),
        model: "LH-CI200".to_owned(),
        firmware_version: "3.2.7".to_owned(),
        declaration: Artifact::of("declaration.yaml", b"declaration"),
        evidence: Vec::new(),
        assessment: Artifact::of("assessment.json", b"{}"),
        catalog_version: "test".to_owned(),
        catalog_sha256: Sha256Digest::of(b"catalog"),
        level: 1,
        grades: [("SEC".to_owned(), "B".to_owned())].into(),
        certification_body: key.name().to_owned(),
        assessor: "Test Assessor".to_owned(),
        issued_on: date(2026, 11, 1),
        valid_from: date(2026, 11, 1),
        valid_until: date(2029, 4, 30),
        support_end: date(2029, 4, 30),
    };
    let envelope = iotmark_cert::statement::issue(&input, &key)
        .expect("issue")
        .to_bytes();
    let record = CertificateRecord {
        id: "IM-CTA-1".to_owned(),
        product_id: product_id.to_owned(),
        envelope,
        log_index: 1,
        issued_on: date(2026, 11, 1),
        valid_until: date(2029, 4, 30),
        status: Status::Valid,
    };
    db.insert_certificate(&record).await.expect("certificate");
    record
}

async fn the_cta_2120_record_follows_the_mapping(db: Db) {
    let (app, ids) = app(&db).await;
    let cam = &ids.camera;
    let got = get(&app, &format!("/p/{cam}/cta-2120.json")).await;
    assert_eq!(got.status, StatusCode::OK);
    assert!(
        got.headers[header::CONTENT_TYPE]
            .to_str()
            .expect("type")
            .starts_with("application/json")
    );
    let cd = got.headers[header::CONTENT_DISPOSITION]
        .to_str()
        .expect("disposition");
    assert_eq!(
        cd,
        format!("attachment; filename=\"iotmark-{cam}-cta-2120.json\"")
    );
    let v = got.json();
    let label = get(&app, &format!("/p/{cam}/label.json")).await.json();
    assert_eq!(v["schema_version"], "1.0.0");
    assert_eq!(v["QR_code_url"], label["registry_url"]);
    assert_eq!(
        v["QR_code_url"],
        format!("https://registry.iotmark.org/p/{cam}")
    );
    assert_eq!(v["product_name"], "Lumière Cam Indoor 2K");
    assert_eq!(v["manufacturer_name"], "Lumière Home SAS");
    assert_eq!(v["product_model"], "LH-CI200");
    assert_eq!(
        v["version_and_model_numbers"],
        json!({"product_model": "LH-CI200", "firmware_version": "3.2.7", "hardware_version": "B2"})
    );
    assert_eq!(v["support_date"], "2029-04-30");
    assert_eq!(
        v["security_update_information"],
        json!({
            "update_default": "Automatic - may not opt out",
            "update_options": ["Automatic - may not opt out"],
        })
    );
    assert_eq!(
        v["sensor_data_collection"],
        json!([
            {"sensing": "audio", "has": true},
            {"sensing": "images", "has": true},
            {"sensing": "position", "has": false},
        ])
    );
    assert_eq!(
        v["access_control"],
        json!({
            "password_options": ["password", "MFA"],
            "password_type": "factory_default",
            "user_changeable": true,
        })
    );
    assert_eq!(v["security_contact"], "security@lumiere-home.example");
    assert_eq!(
        v["sbom_hbom_maintained"],
        json!({"sbom_maintained": true, "hbom_maintained": false})
    );
    // Not certified: no authorization.
    assert_eq!(v["authorization_date"], Value::Null);
    assert_eq!(v["authorized_by"], Value::Null);
    assert_eq!(v["iotmark"]["status"], "self_assessed");
    for left_out in [
        "securing_this_product",
        "delete_data",
        "account_deactivation",
        "encryption_and_key_management",
    ] {
        assert!(v.get(left_out).is_none(), "{left_out}");
    }

    // The plug: works without an account, has no sensors, may opt out.
    let plug = get(&app, &format!("/p/{}/cta-2120.json", ids.plug))
        .await
        .json();
    assert_eq!(
        plug["access_control"]["password_options"],
        json!(["password", "no_account"])
    );
    assert_eq!(
        plug["security_update_information"]["update_options"],
        json!(["Automatic - may opt out"])
    );
    assert!(
        plug["sensor_data_collection"]
            .as_array()
            .expect("sensors")
            .iter()
            .all(|s| s["has"] == false)
    );
    assert_eq!(plug["security_contact"], "security@stekker.example");
    // The hostile product declares next to nothing: unknown is null.
    let bare = get(&app, &format!("/p/{}/cta-2120.json", ids.hostile))
        .await
        .json();
    assert_eq!(bare["support_date"], Value::Null);
    assert_eq!(bare["security_contact"], Value::Null);
    assert_eq!(
        bare["access_control"]["password_options"],
        json!(["not_disclosed"])
    );
    assert_eq!(
        bare["security_update_information"]["update_options"],
        json!(["Not disclosed"])
    );
    assert!(
        bare["sensor_data_collection"]
            .as_array()
            .expect("sensors")
            .iter()
            .all(|s| s["has"].is_null())
    );

    // Certified: the certificate authorizes, signed by its body.
    certify(&db, cam).await;
    let v = get(&app, &format!("/p/{cam}/cta-2120.json")).await.json();
    assert_eq!(v["authorization_date"], "2026-11-01");
    assert_eq!(
        v["authorized_by"],
        json!({"name": "cb.test.example", "contact": "http://localhost"})
    );
    assert_eq!(v["iotmark"]["certificate_id"], "IM-CTA-1");
    assert_eq!(v["iotmark"]["status"], "valid");
    // Revoked: no longer authorized.
    db.add_status_event(&StatusEventRecord {
        certificate_id: "IM-CTA-1".to_owned(),
        status: Status::Revoked,
        reason: "test".to_owned(),
        effective_on: date(2026, 12, 1),
        log_index: 2,
    })
    .await
    .expect("event");
    let v = get(&app, &format!("/p/{cam}/cta-2120.json")).await.json();
    assert_eq!(v["authorization_date"], Value::Null);
    assert_eq!(v["iotmark"]["certificate_status"], "revoked");
    assert_eq!(v["iotmark"]["status"], "revoked");
}

/// The ids the page's form keeps: the products compared.
fn compared(page: &str) -> Vec<String> {
    page.split("<input type=\"hidden\" name=\"ids\" value=\"")
        .skip(1)
        .map(|rest| rest.split('"').next().expect("value").to_owned())
        .collect()
}

async fn compare_finds_products_by_name(db: Db) {
    let (app, ids) = app(&db).await;
    // A second plug whose name starts with the first one's.
    let mini = db
        .upsert_product(&crate::common::product(
            "Stekker Open Hardware B.V.",
            "Stekker Plug One Mini",
            "SP1-MINI",
            "smart_plug",
            1,
            None,
            iotmark_label::MarkStatus::SelfAssessed,
        ))
        .await
        .expect("upsert");

    // One match: the only product found, by name, by maker and model, in
    // any case and without accents, beside an id.
    for (query, id) in [
        ("Riegelwerk%20Keyless%20T2", &ids.lock),
        ("riegelwerk+keyless", &ids.lock),
        ("Riegelwerk%20GmbH%20RW-KT2", &ids.lock),
        ("LUMIERE%20CAM", &ids.camera),
        // Two plugs start so, one is called exactly that.
        ("Stekker%20Plug%20One", &ids.plug),
        ("Stekker+Open+Hardware+B.V.+SP1-EU", &ids.plug),
        ("Stekker%20Plug%20One%20Mini", &mini),
    ] {
        let page = get(&app, &format!("/compare?ids={query}")).await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
        assert_eq!(compared(&page.text()), [id.as_str()], "{query}");
    }
    let two = get(
        &app,
        &format!("/compare?ids={},Riegelwerk%20Keyless%20T2", ids.camera),
    )
    .await
    .text();
    assert_eq!(compared(&two), [ids.camera.clone(), ids.lock.clone()]);
    assert!(two.contains("Riegelwerk Keyless T2"));
    // Asked twice, by id and by name: one column.
    let twice = get(
        &app,
        &format!("/compare?ids={}&ids=Riegelwerk%20Keyless%20T2", ids.lock),
    )
    .await
    .text();
    assert_eq!(compared(&twice), [ids.lock.as_str()]);

    // No match: said so, the other products kept.
    let none = get(&app, "/compare?ids=Hearthstone%20SmartLock").await;
    assert_eq!(none.status, StatusCode::NOT_FOUND);
    let text = none.text();
    assert!(
        text.contains("No product in the registry is called “Hearthstone SmartLock”."),
        "{text}"
    );
    assert!(compared(&text).is_empty());
    let kept = get(
        &app,
        &format!("/compare?ids={},Hearthstone%20SmartLock", ids.plug),
    )
    .await;
    assert_eq!(kept.status, StatusCode::OK);
    assert!(kept.text().contains("is called “Hearthstone SmartLock”"));
    assert_eq!(compared(&kept.text()), [ids.plug.as_str()]);

    // Several: listed, each with a link that adds it to what is compared.
    let several = get(&app, &format!("/compare?ids={},Stekker%20Plug", ids.camera)).await;
    assert_eq!(several.status, StatusCode::OK);
    let text = several.text();
    assert_no_script_or_style("several", &text);
    assert!(
        text.contains("Several products match “Stekker Plug”. Choose the one to add:"),
        "{text}"
    );
    for id in [&ids.plug, &mini] {
        assert!(
            text.contains(&format!(
                "href=\"/compare?ids={}%2C{id}&amp;lang=en\"",
                ids.camera
            )),
            "{id}: {text}"
        );
    }
    assert!(text.contains("aria-label=\"Add to the comparison: Stekker Plug One Mini\""));
    assert!(!text.contains(&ids.lock), "only the matches are listed");
    assert_eq!(compared(&text), [ids.camera.as_str()], "none is added yet");
    // Following a link compares it.
    let chosen = get(
        &app,
        &format!("/compare?ids={}%2C{mini}&lang=en", ids.camera),
    )
    .await;
    assert_eq!(compared(&chosen.text()), [ids.camera.clone(), mini.clone()]);
    // Several alone is no error: there is a choice to make.
    assert_eq!(get(&app, "/compare?ids=plug").await.status, StatusCode::OK);

    // The form takes names, and every message speaks the page's language.
    let empty = get(&app, "/compare").await.text();
    assert!(empty.contains("A product’s name, registry id or page address"));
    for (lang, no_name, several_words) in [
        (
            "fr",
            "Aucun produit du registre ne s’appelle « Hearthstone ».",
            "Plusieurs produits correspondent à « Stekker Plug »",
        ),
        (
            "de",
            "Kein Produkt im Register heißt „Hearthstone“.",
            "Mehrere Produkte passen zu „Stekker Plug“",
        ),
        (
            "es",
            "Ningún producto del registro se llama «Hearthstone».",
            "Varios productos coinciden con «Stekker Plug»",
        ),
        (
            "ja",
            "「Hearthstone」という製品は登録簿にありません。",
            "「Stekker Plug」に当てはまる製品が複数あります。",
        ),
    ] {
        let text = get(
            &app,
            &format!("/compare?ids=Hearthstone,Stekker%20Plug&lang={lang}"),
        )
        .await
        .text();
        assert!(text.contains(no_name), "{lang}: {text}");
        assert!(text.contains(several_words), "{lang}");
        assert!(
            text.contains(&format!("{}&amp;lang={lang}\"", mini)),
            "{lang}"
        );
    }
}
