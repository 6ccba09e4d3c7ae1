//! Accounts and the certification workflow through HTTP, in process, on
//! both backends: a maker registers a product and submits it, an assessor
//! records results and approves (the registry assesses again, signs, logs
//! and publishes in one transaction), suspends and revokes; every route
//! against every role; CSRF, throttling, uploads, reports.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use http_body_util::BodyExt;
use iotmark_label::raster::Fonts;
use iotmark_registry::Db;
use iotmark_registry::issue::Issuer;
use iotmark_registry::keys::Keys;
use iotmark_registry::ledger::Ledger;
use iotmark_registry::store::{Role, unix_now};
use iotmark_registry::web::log::LogSource;
use iotmark_registry::web::{AppState, SiteOptions, router};
use tower::ServiceExt;

use crate::common::date;

crate::contract!(
    a_maker_submits_and_an_assessor_certifies,
    every_route_answers_every_role,
    forms_need_their_csrf_token,
    failed_sign_ins_are_throttled,
    uploads_are_checked,
    makers_never_see_each_others_drafts,
    status_changes_are_logged_and_shown,
    an_issuance_and_its_log_entry_commit_together,
    the_log_in_the_database_verifies_on_reopening,
    reports_are_held_published_and_answered,
    api_tokens_are_shown_once_and_revocable,
    admins_manage_accounts,
    admins_rotate_and_withdraw_the_certification_body_key,
);

const ASSESSOR: (&str, &str) = ("assessor@cb.example", "assessor-password-1");
const ADMIN: (&str, &str) = ("admin@cb.example", "admin-password-123");
const MAKER: (&str, &str) = ("maker@riegelwerk.example", "maker-password-12");
const OTHER: (&str, &str) = ("other@elsewhere.example", "other-password-12");

fn fonts() -> Arc<Fonts> {
    static FONTS: OnceLock<Arc<Fonts>> = OnceLock::new();
    Arc::clone(FONTS.get_or_init(|| Arc::new(Fonts::system())))
}

fn catalog() -> &'static iotmark_catalog::Catalog {
    iotmark_catalog::Catalog::embedded().expect("catalog")
}

fn example(name: &str, file: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples")
        .join(name)
        .join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A registry with a certification body and accounts for an assessor, an
/// admin and two makers (the first registers through the site).
struct Site {
    app: Router,
    db: Db,
    ledger: Arc<Ledger>,
    keys: Arc<Keys>,
    /// The key files (the first key, and rotated keys under `keys/`).
    dir: tempfile::TempDir,
}

async fn account(db: &Db, (email, password): (&str, &str), role: Role, org: &str) {
    let hash = iotmark_registry::auth::hash_password(password).expect("hash");
    db.create_account(email, "Test Person", org, role, &hash, unix_now())
        .await
        .expect("account");
}

async fn site(db: &Db) -> Site {
    let dir = tempfile::tempdir().expect("tempdir");
    let first = dir.path().join("cb.pem");
    iotmark_cert::key::generate("cb.test.example", &first).expect("key");
    account(db, ASSESSOR, Role::Assessor, "Test CB").await;
    account(db, ADMIN, Role::Admin, "Test CB").await;
    account(db, OTHER, Role::Manufacturer, "Elsewhere").await;
    open_site(db, dir).await
}

/// The site over `db` with the keys in `dir`, as a server starting there:
/// the log signs with its own key.
async fn open_site(db: &Db, dir: tempfile::TempDir) -> Site {
    let first = dir.path().join("cb.pem");
    let key = iotmark_cert::key::load(&first).expect("key");
    let log_key = dir.path().join("log.pem");
    if !log_key.exists() {
        iotmark_cert::key::generate("cb.test.example/log", &log_key).expect("log key");
    }
    let ledger = Arc::new(
        Ledger::open(
            db.clone(),
            "cb.test.example/log",
            iotmark_cert::key::load_signer(&log_key).expect("log key"),
        )
        .await
        .expect("ledger"),
    );
    let keys = Arc::new(
        Keys::open(db, &first, key, dir.path().join("keys"), date(2026, 12, 1))
            .await
            .expect("keys"),
    );
    let issuer = Arc::new(Issuer::new(
        Arc::clone(&keys),
        Arc::clone(&ledger),
        "https://registry.test",
    ));
    let app = router(AppState {
        db: db.clone(),
        data_dir: Path::new("/nonexistent").to_path_buf(),
        catalog: catalog(),
        fonts: fonts(),
        log: Some(Arc::new(LogSource::database(Arc::clone(&ledger)))),
        keys: Some(Arc::clone(&keys)),
        log_key: Some(ledger.verifier().clone()),
        today: || date(2026, 12, 2),
        issuer: Some(issuer),
        options: SiteOptions {
            secure_cookies: true,
            open_registration: true,
            ..SiteOptions::default()
        },
    });
    Site {
        app,
        db: db.clone(),
        ledger,
        keys,
        dir,
    }
}

/// A browser: the site and its cookies.
struct Client {
    app: Router,
    cookies: BTreeMap<String, String>,
}

struct Got {
    status: StatusCode,
    location: Option<String>,
    set_cookies: Vec<String>,
    body: String,
}

impl Client {
    fn new(site: &Site) -> Client {
        Client {
            app: site.app.clone(),
            cookies: BTreeMap::new(),
        }
    }

    async fn send(&mut self, mut req: Request<Body>) -> Got {
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            req.headers_mut()
                .insert(header::COOKIE, jar.join("; ").parse().expect("cookie"));
        }
        let res = self.app.clone().oneshot(req).await.expect("response");
        let status = res.status();
        let location = res
            .headers()
            .get(header::LOCATION)
            .map(|v| v.to_str().expect("location").to_owned());
        let set_cookies: Vec<String> = res
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().expect("set-cookie").to_owned())
            .collect();
        for c in &set_cookies {
            let pair = c.split(';').next().expect("pair");
            let (k, v) = pair.split_once('=').expect("name=value");
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_owned(), v.to_owned());
            }
        }
        let bytes = res.into_body().collect().await.expect("body").to_bytes();
        Got {
            status,
            location,
            set_cookies,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn get(&mut self, uri: &str) -> Got {
        self.send(Request::get(uri).body(Body::empty()).expect("request"))
            .await
    }

    async fn post(&mut self, uri: &str, form: &[(&str, &str)]) -> Got {
        let body = form
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&");
        self.send(
            Request::post(uri)
                .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// A multipart form: (field, file name, bytes).
    async fn upload(&mut self, uri: &str, parts: &[(&str, Option<&str>, &[u8])]) -> Got {
        let boundary = "----iotmark-test-boundary-7305";
        let mut body = Vec::new();
        for (name, file, bytes) in parts {
            body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
            match file {
                Some(f) => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                ),
                None => body.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes(),
                ),
            }
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.send(
            Request::post(uri)
                .header(
                    header::CONTENT_TYPE,
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(Body::from(body))
                .expect("request"),
        )
        .await
    }

    /// The CSRF token of the forms on `uri`.
    async fn csrf(&mut self, uri: &str) -> String {
        let got = self.get(uri).await;
        assert_eq!(got.status, StatusCode::OK, "{uri}: {}", got.body);
        csrf_of(&got.body)
    }

    async fn login(&mut self, (email, password): (&str, &str)) {
        let csrf = self.csrf("/login").await;
        let got = self
            .post(
                "/login",
                &[
                    ("email", email),
                    ("password", password),
                    ("csrf", &csrf),
                    ("next", "/account"),
                ],
            )
            .await;
        assert_eq!(
            got.status,
            StatusCode::SEE_OTHER,
            "login {email}: {}",
            got.body
        );
        assert!(self.cookies.contains_key("im_session"), "no session cookie");
    }
}

fn csrf_of(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a CSRF field");
    let rest = &html[at + 19..];
    rest[..rest.find('"').expect("end")].to_owned()
}

fn encode(v: &str) -> String {
    v.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// Registers the maker through the site and signs in.
async fn maker(site: &Site) -> Client {
    let mut c = Client::new(site);
    let csrf = c.csrf("/register").await;
    let got = c
        .post(
            "/register",
            &[
                ("name", "Mia Maker"),
                ("organisation", "Riegelwerk"),
                ("email", MAKER.0),
                ("password", MAKER.1),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    c.login(MAKER).await;
    c
}

/// A draft of the smart lock with its security.txt; returns its path.
async fn draft(c: &mut Client, target: &str) -> String {
    let csrf = c.csrf("/maker").await;
    let decl = example("smart-lock", "declaration.yaml");
    let got = c
        .upload(
            "/maker/submissions",
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration", Some("declaration.yaml"), &decl),
                ("target_level", None, target.as_bytes()),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let path = got.location.expect("location");
    assert!(path.starts_with("/maker/submissions/s-"), "{path}");
    let txt = example("smart-lock", "security.txt");
    let got = c
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("evidence", Some("security.txt"), &txt),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    path
}

async fn submit(c: &mut Client, path: &str) {
    let csrf = c.csrf(path).await;
    let got = c.post(&format!("{path}/submit"), &[("csrf", &csrf)]).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
}

fn id_of(path: &str) -> &str {
    path.rsplit('/').next().expect("id")
}

async fn approve(site: &Site, id: &str) -> Got {
    let mut a = Client::new(site);
    a.login(ASSESSOR).await;
    let csrf = a.csrf(&format!("/assess/{id}")).await;
    a.post(
        &format!("/assess/{id}/approve"),
        &[("csrf", &csrf), ("note", "Reviewed")],
    )
    .await
}

async fn a_maker_submits_and_an_assessor_certifies(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let path = draft(&mut m, "3").await;
    // The maker sees the assessment at once, with the gap to level 3.
    let page = m.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("id=\"reached-level\">2<"),
        "{}",
        page.body
    );
    assert!(page.body.contains("<ul id=\"gap\">"), "level 3 has a gap");
    assert!(page.body.contains("security.txt"));
    assert!(page.body.contains("Draft"));
    // Signed-in pages say who is signed in.
    assert!(
        page.body.contains("Signed in as")
            && page.body.contains("(maker@riegelwerk.example)")
            && page.body.contains("Manufacturer"),
        "{}",
        page.body
    );
    submit(&mut m, &path).await;
    assert!(
        m.get(&path)
            .await
            .body
            .contains("Submitted, waiting for an assessor")
    );
    // Locked once submitted.
    let csrf = m.csrf("/maker").await;
    let txt = example("smart-lock", "security.txt");
    let got = m
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("evidence", Some("security.txt"), &txt),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::CONFLICT, "{}", got.body);

    // The assessor's queue lists it; a manual result is recorded.
    let id = id_of(&path).to_owned();
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let queue = a.get("/assess").await;
    assert!(
        queue.body.contains(&format!("/assess/{id}")),
        "{}",
        queue.body
    );
    assert!(queue.body.contains("Riegelwerk"));
    let csrf = a.csrf(&format!("/assess/{id}")).await;
    let got = a
        .post(
            &format!("/assess/{id}/results"),
            &[
                ("csrf", &csrf),
                ("criterion", "SEC-01"),
                ("status", "met"),
                ("note", "No default password on the unit tested"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let review = a.get(&format!("/assess/{id}")).await;
    assert!(
        review
            .body
            .contains("No default password on the unit tested")
    );
    let size_before = db.log_size().await.expect("size");
    let got = a
        .post(
            &format!("/assess/{id}/approve"),
            &[("csrf", &csrf), ("note", "All good")],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let product_path = got.location.expect("to the product");

    // One entry more in the log, the certificate's envelope; the
    // checkpoint covers it; the certificate is the assessor's.
    assert_eq!(db.log_size().await.expect("size"), size_before + 1);
    let product_id = product_path.trim_start_matches("/p/");
    let certs = db.certificates_of(product_id).await.expect("certificates");
    assert_eq!(certs.len(), 1);
    let c = &certs[0];
    assert_eq!(c.log_index, size_before);
    let entries = db
        .log_entries(c.log_index, c.log_index + 1)
        .await
        .expect("entry");
    assert_eq!(entries[0], c.envelope);
    let entry = iotmark_cert::event::Entry::parse(&c.envelope).expect("entry parses");
    let iotmark_cert::event::Entry::Certificate(cert) = entry else {
        panic!("not a certificate");
    };
    assert_eq!(cert.statement.predicate.assessor, "Test Person");
    assert_eq!(cert.statement.predicate.level, 2);
    // The assessment behind it carries the assessor's result.
    let product = db.product(product_id).await.expect("read").expect("stored");
    let report: serde_json::Value = serde_json::from_str(&product.data.assessment).expect("json");
    assert_eq!(report["self_assessed"], false);
    let sec01 = report["verdicts"]
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|v| v["criterion"] == "SEC-01")
        .expect("SEC-01");
    assert_eq!(sec01["basis"], "assessor");
    assert!(
        db.product_account(product_id)
            .await
            .expect("owner")
            .is_some()
    );

    // The public page shows it certified with the log proof verified.
    let mut visitor = Client::new(&site);
    let public = visitor.get(&product_path).await;
    assert_eq!(public.status, StatusCode::OK);
    assert!(public.body.contains(&c.id), "{}", public.body);
    assert!(
        public
            .body
            .contains("Inclusion proof verified against the signed checkpoint of size"),
        "{}",
        public.body
    );
    // The maker sees it approved; the checkpoint is served and verifies.
    assert!(m.get(&path).await.body.contains("Certified"));
    let note = visitor.get("/log/checkpoint").await;
    let checkpoint =
        iotmark_tlog::checkpoint::Checkpoint::open(note.body.as_bytes(), site.ledger.verifier())
            .expect("checkpoint verifies");
    assert_eq!(checkpoint.size, size_before + 1);
    // A tile of the log is served from the database.
    let bundle = visitor.get("/log/tile/entries/000.p/1").await;
    assert_eq!(bundle.status, StatusCode::OK);
    // Approving twice is refused.
    let again = a
        .post(
            &format!("/assess/{id}/approve"),
            &[("csrf", &csrf), ("note", "x")],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT, "{}", again.body);
    assert_eq!(db.log_size().await.expect("size"), size_before + 1);
}

/// Every route, as nobody, a maker, an assessor and an admin.
async fn every_route_answers_every_role(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let path = draft(&mut m, "2").await;
    let id = id_of(&path).to_owned();
    submit(&mut m, &path).await;
    let mut anon = Client::new(&site);
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let mut admin = Client::new(&site);
    admin.login(ADMIN).await;
    let mut other = Client::new(&site);
    other.login(OTHER).await;
    account(
        &db,
        ("spare@x.example", "spare-password-1"),
        Role::Manufacturer,
        "Spare",
    )
    .await;
    let spare = db
        .account_by_email("spare@x.example")
        .await
        .expect("read")
        .expect("spare")
        .0
        .id;

    const LOGIN: u16 = 303;
    // (path, anonymous, maker, other maker, assessor, admin)
    let gets: Vec<(String, [u16; 5])> = vec![
        ("/account".into(), [LOGIN, 200, 200, 200, 200]),
        ("/maker".into(), [LOGIN, 200, 200, 403, 403]),
        (path.clone(), [LOGIN, 200, 404, 403, 403]),
        (
            format!("{path}/evidence/security.txt"),
            [LOGIN, 200, 404, 200, 403],
        ),
        ("/maker/reports".into(), [LOGIN, 200, 200, 403, 403]),
        ("/assess".into(), [LOGIN, 403, 403, 200, 403]),
        (format!("/assess/{id}"), [LOGIN, 403, 403, 200, 403]),
        ("/moderation".into(), [LOGIN, 403, 403, 200, 200]),
        ("/admin".into(), [LOGIN, 403, 403, 403, 200]),
        ("/keys".into(), [200, 200, 200, 200, 200]),
    ];
    for (uri, expected) in &gets {
        for (who, client) in [&mut anon, &mut m, &mut other, &mut a, &mut admin]
            .into_iter()
            .enumerate()
        {
            let got = client.get(uri).await;
            assert_eq!(
                got.status.as_u16(),
                expected[who],
                "GET {uri} as #{who}: {}",
                got.body
            );
            if got.status == StatusCode::SEE_OTHER {
                assert!(
                    got.location
                        .as_deref()
                        .is_some_and(|l| l.starts_with("/login")),
                    "{uri}"
                );
            }
        }
    }
    // POSTs with each client's own valid CSRF token: the role decides.
    // (path, form, anonymous, maker, other maker, assessor, admin)
    type Post<'a> = (String, Vec<(&'a str, &'a str)>, [u16; 5]);
    let posts: Vec<Post<'_>> = vec![
        (
            format!("/assess/{id}/results"),
            vec![("criterion", "SEC-01"), ("status", "met"), ("note", "n")],
            [LOGIN, 403, 403, 303, 403],
        ),
        (
            format!("/assess/{id}/reject"),
            vec![("note", "")],
            [LOGIN, 403, 403, 400, 403],
        ),
        (
            format!("{path}/submit"),
            vec![],
            [LOGIN, 409, 404, 403, 403],
        ),
        (
            format!("{path}/evidence/delete"),
            vec![("name", "security.txt")],
            [LOGIN, 409, 404, 403, 403],
        ),
        (
            "/assess/certificates/IM-NONE/status".into(),
            vec![("status", "revoked"), ("reason", "r")],
            [LOGIN, 403, 403, 409, 403],
        ),
        (
            format!("/admin/accounts/{spare}/disable"),
            vec![],
            [LOGIN, 403, 403, 403, 303],
        ),
        (
            format!("/admin/accounts/{spare}/enable"),
            vec![],
            [LOGIN, 403, 403, 403, 303],
        ),
        (
            "/admin/keys/withdraw".into(),
            vec![("key_id", "nobody+00000000"), ("reason", "r")],
            [LOGIN, 403, 403, 403, 400],
        ),
        (
            "/admin/keys/rotate".into(),
            vec![],
            [LOGIN, 403, 403, 403, 303],
        ),
    ];
    for (uri, form, expected) in &posts {
        for (who, client) in [&mut anon, &mut m, &mut other, &mut a, &mut admin]
            .into_iter()
            .enumerate()
        {
            let csrf = if who == 0 {
                String::new()
            } else {
                client.csrf("/account").await
            };
            let mut f = form.clone();
            f.push(("csrf", &csrf));
            let got = client.post(uri, &f).await;
            assert_eq!(
                got.status.as_u16(),
                expected[who],
                "POST {uri} as #{who}: {}",
                got.body
            );
        }
    }
    // Approving: only the assessor, and it issues.
    for client in [&mut m, &mut other, &mut admin] {
        let csrf = client.csrf("/account").await;
        let got = client
            .post(&format!("/assess/{id}/approve"), &[("csrf", &csrf)])
            .await;
        assert_eq!(got.status, StatusCode::FORBIDDEN);
    }
    assert!(db.recent_certificates(10).await.expect("list").is_empty());
    let got = approve(&site, &id).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    assert_eq!(db.recent_certificates(10).await.expect("list").len(), 1);
}

async fn forms_need_their_csrf_token(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let path = draft(&mut m, "2").await;
    for token in ["", "forged-token-value-forged-token-value"] {
        let got = m.post(&format!("{path}/submit"), &[("csrf", token)]).await;
        assert_eq!(got.status, StatusCode::FORBIDDEN, "{token:?}");
        assert!(got.body.contains("The form expired"));
    }
    let got = m.post("/account/tokens", &[("name", "ci")]).await;
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    // Sign-in without the pre-session cookie's token.
    let mut c = Client::new(&site);
    let got = c
        .post(
            "/login",
            &[("email", MAKER.0), ("password", MAKER.1), ("csrf", "x")],
        )
        .await;
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    // Another session's token does not work in this one.
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let theirs = a.csrf("/account").await;
    let got = m
        .post(&format!("{path}/submit"), &[("csrf", &theirs)])
        .await;
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    let sub = db
        .submission(id_of(&path))
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(sub.state.as_str(), "draft");
    // Session cookies are HttpOnly, SameSite and Secure here.
    let mut c = Client::new(&site);
    c.login(MAKER).await;
    let csrf = c.csrf("/login").await;
    let got = c
        .post(
            "/login",
            &[("email", MAKER.0), ("password", MAKER.1), ("csrf", &csrf)],
        )
        .await;
    let session = got
        .set_cookies
        .iter()
        .find(|s| s.starts_with("im_session="))
        .expect("cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Secure", "Path=/"] {
        assert!(session.contains(attribute), "{session}");
    }
    // Signing out ends the session server-side.
    let old = c.cookies.get("im_session").cloned().expect("session");
    let csrf = c.csrf("/account").await;
    let got = c.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER);
    let mut replay = Client::new(&site);
    replay.cookies.insert("im_session".into(), old);
    assert_eq!(replay.get("/account").await.status, StatusCode::SEE_OTHER);
}

async fn failed_sign_ins_are_throttled(db: Db) {
    let site = site(&db).await;
    let mut c = Client::new(&site);
    let csrf = c.csrf("/login").await;
    for i in 0..5 {
        let got = c
            .post(
                "/login",
                &[
                    ("email", ASSESSOR.0),
                    ("password", "wrong-password-0"),
                    ("csrf", &csrf),
                ],
            )
            .await;
        assert_eq!(got.status, StatusCode::UNAUTHORIZED, "attempt {i}");
        assert!(got.body.contains("is wrong"));
    }
    // Now even the right password is refused for a while.
    let got = c
        .post(
            "/login",
            &[
                ("email", ASSESSOR.0),
                ("password", ASSESSOR.1),
                ("csrf", &csrf),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(!c.cookies.contains_key("im_session"));
    // An unknown address answers like a wrong password.
    let mut d = Client::new(&site);
    let csrf = d.csrf("/login").await;
    let got = d
        .post(
            "/login",
            &[
                ("email", "nobody@x.example"),
                ("password", "whatever-password"),
                ("csrf", &csrf),
            ],
        )
        .await;
    // The client is throttled too (same peer in process).
    assert!(matches!(
        got.status,
        StatusCode::UNAUTHORIZED | StatusCode::TOO_MANY_REQUESTS
    ));
    // Stored hashes are Argon2id, never the password.
    let (_, hash) = db
        .account_by_email(ASSESSOR.0)
        .await
        .expect("read")
        .expect("account");
    assert!(hash.starts_with("$argon2id$"));
    assert!(!hash.contains(ASSESSOR.1));
}

async fn uploads_are_checked(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let csrf = m.csrf("/maker").await;
    // A declaration with a mistake: the line and what was expected.
    let bad = b"schema_version: 1\nmanufacturer: {name: X}\nproduct: {name: Y, model: Z, category: toaster, firmware_version: '1'}\n";
    let got = m
        .upload(
            "/maker/submissions",
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration", Some("d.yaml"), bad),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", got.body);
    assert!(got.body.contains("d.yaml:3:"), "{}", got.body);
    // None at all.
    let got = m
        .upload("/maker/submissions", &[("csrf", None, csrf.as_bytes())])
        .await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    // Over the size limit.
    let big = vec![b'#'; 1024 * 1024 + 10];
    let got = m
        .upload(
            "/maker/submissions",
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration", Some("d.yaml"), &big),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    assert!(got.body.contains("limit"), "{}", got.body);
    // A pasted declaration works too.
    let decl = example("smart-plug", "declaration.yaml");
    let got = m
        .upload(
            "/maker/submissions",
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration_text", None, &decl),
                ("target_level", None, b"1"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let path = got.location.expect("location");
    // Evidence that is not text, of a text kind.
    let got = m
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("evidence", Some("security.txt"), &[0xff, 0xfe, 0x00, 0x80]),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", got.body);
    assert!(got.body.contains("not UTF-8"));
    // Evidence of no kind anyone can tell.
    let got = m
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("evidence", Some("notes.bin"), b"hello"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(got.body.contains("cannot tell what kind"));
    // A hostile file name is cleaned, and the file is served back only
    // as an attachment.
    let got = m
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("kind", None, b"other"),
                (
                    "evidence",
                    Some("../../<script>x.html"),
                    b"<script>alert(1)</script>",
                ),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let files = db.evidence(id_of(&path)).await.expect("evidence");
    assert_eq!(files[0].name, "scriptx.html");
    let req = Request::get(format!("{path}/evidence/scriptx.html"))
        .body(Body::empty())
        .expect("req");
    let mut req = req;
    let jar: Vec<String> = m.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect();
    req.headers_mut()
        .insert(header::COOKIE, jar.join("; ").parse().expect("cookie"));
    let res = site.app.clone().oneshot(req).await.expect("response");
    assert_eq!(
        res.headers()[header::CONTENT_TYPE],
        "application/octet-stream"
    );
    assert!(
        res.headers()[header::CONTENT_DISPOSITION]
            .to_str()
            .expect("cd")
            .starts_with("attachment")
    );
    assert_eq!(res.headers()[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
}

async fn makers_never_see_each_others_drafts(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let path = draft(&mut m, "2").await;
    let mut other = Client::new(&site);
    other.login(OTHER).await;
    assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
    assert!(!other.get("/maker").await.body.contains(id_of(&path)));
    let csrf = other.csrf("/maker").await;
    let decl = example("smart-plug", "declaration.yaml");
    let got = other
        .upload(
            &format!("{path}/declaration"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration", Some("d.yaml"), &decl),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
    let got = other
        .upload(
            &format!("{path}/evidence"),
            &[
                ("csrf", None, csrf.as_bytes()),
                ("evidence", Some("security.txt"), b"Contact: x"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
    let stored = db
        .submission(id_of(&path))
        .await
        .expect("read")
        .expect("stored");
    assert_eq!(
        stored.data.declaration,
        example("smart-lock", "declaration.yaml")
    );
    // Once certified, another maker cannot register the same product.
    submit(&mut m, &path).await;
    assert_eq!(
        approve(&site, id_of(&path)).await.status,
        StatusCode::SEE_OTHER
    );
    let lock = example("smart-lock", "declaration.yaml");
    let got = other
        .upload(
            "/maker/submissions",
            &[
                ("csrf", None, csrf.as_bytes()),
                ("declaration", Some("d.yaml"), &lock),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::CONFLICT, "{}", got.body);
    assert!(got.body.contains("another maker"));
}

async fn certified(site: &Site) -> (Client, String, String) {
    let mut m = maker(site).await;
    let path = draft(&mut m, "2").await;
    submit(&mut m, &path).await;
    let got = approve(site, id_of(&path)).await;
    let product = got.location.expect("product");
    let cert = site
        .db
        .certificates_of(product.trim_start_matches("/p/"))
        .await
        .expect("certificates")
        .remove(0)
        .id;
    (m, product, cert)
}

async fn status_changes_are_logged_and_shown(db: Db) {
    let site = site(&db).await;
    let (_, product, cert) = certified(&site).await;
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let page = format!("/assess/certificates/{cert}");
    let csrf = a.csrf(&page).await;
    let size = db.log_size().await.expect("size");
    let change = |status: &'static str, reason: &'static str| (status, reason);
    // A visitor keeps the page and its label.json open: the page cache
    // holds them, and every change is on them at the next request.
    let mut visitor = Client::new(&site);
    let label_status = |body: &str| -> String {
        let v: serde_json::Value = serde_json::from_str(body).expect("label.json");
        v["status"].as_str().expect("status").to_owned()
    };
    let before = visitor.get(&format!("{product}/label.json")).await;
    assert_eq!(label_status(&before.body), "valid");
    assert_eq!(
        visitor.get(&product).await.body,
        visitor.get(&product).await.body
    );
    for (status, reason) in [
        change("suspended", "Firmware under investigation"),
        change("valid", "Fixed in 2.1.1"),
        change("revoked", "Support ended early <b>now</b>"),
    ] {
        let got = a
            .post(
                &format!("{page}/status"),
                &[("csrf", &csrf), ("status", status), ("reason", reason)],
            )
            .await;
        assert_eq!(got.status, StatusCode::SEE_OTHER, "{status}: {}", got.body);
        let label = visitor.get(&format!("{product}/label.json")).await;
        assert_eq!(
            label_status(&label.body),
            status,
            "label.json after {status}"
        );
        let shown = visitor.get(&product).await;
        assert!(
            shown
                .body
                .contains(reason.split(' ').next().unwrap_or_default())
        );
    }
    assert_eq!(db.log_size().await.expect("size"), size + 3);
    let events = db.status_events(&cert).await.expect("events");
    assert_eq!(events.len(), 3);
    assert_eq!(events[2].log_index, size + 2);
    // A revoked certificate cannot change again.
    let got = a
        .post(
            &format!("{page}/status"),
            &[("csrf", &csrf), ("status", "valid"), ("reason", "no")],
        )
        .await;
    assert_eq!(got.status, StatusCode::CONFLICT);
    assert_eq!(db.log_size().await.expect("size"), size + 3);
    // The public page and the feed show it, the reason escaped.
    let mut v = Client::new(&site);
    let public = v.get(&product).await;
    assert!(
        public.body.to_lowercase().contains("revoked"),
        "{}",
        public.body
    );
    assert!(!public.body.contains("<b>now</b>"));
    let feed = v.get("/feed.atom").await;
    assert!(feed.body.contains("Support ended early"), "{}", feed.body);
    assert!(feed.body.contains("Firmware under investigation"));
    assert!(!feed.body.contains("<b>now</b>"));
}

async fn an_issuance_and_its_log_entry_commit_together(db: Db) {
    let site = site(&db).await;
    let size = db.log_size().await.expect("size");
    // An append whose records fail is rolled back with its entry and
    // checkpoint: here, a certificate of a product that does not exist.
    let mut w = site
        .ledger
        .begin(vec![b"orphan".to_vec()])
        .await
        .expect("begin");
    let record = iotmark_registry::store::CertificateRecord {
        id: "IM-ORPHAN".into(),
        product_id: "nosuchproduct".into(),
        envelope: b"orphan".to_vec(),
        log_index: w.first,
        issued_on: date(2026, 12, 2),
        valid_until: date(2027, 12, 2),
        status: iotmark_cert::event::Status::Valid,
    };
    assert!(w.tx.insert_certificate(&record).await.is_err());
    drop(w);
    assert_eq!(db.log_size().await.expect("size"), size);
    assert!(
        db.log_entries(size, size + 1)
            .await
            .expect("read")
            .is_empty()
    );
    assert_eq!(
        site.ledger
            .snapshot()
            .await
            .expect("snapshot")
            .checkpoint
            .size,
        size
    );
    // A dropped append (a crash before commit) leaves nothing either, and
    // the next one gets the same index.
    let w = site
        .ledger
        .begin(vec![b"lost".to_vec()])
        .await
        .expect("begin");
    assert_eq!(w.first, size);
    drop(w);
    let w = site
        .ledger
        .begin(vec![b"kept".to_vec()])
        .await
        .expect("begin");
    assert_eq!(w.first, size);
    w.commit().await.expect("commit");
    assert_eq!(
        db.log_entries(size, size + 1).await.expect("read"),
        vec![b"kept".to_vec()]
    );
    // Appends from many tasks at once get distinct, dense indices.
    let mut tasks = Vec::new();
    for i in 0..8u8 {
        let ledger = Arc::clone(&site.ledger);
        tasks.push(tokio::spawn(async move {
            let w = ledger.begin(vec![vec![i; 3]]).await.expect("begin");
            let first = w.first;
            w.commit().await.expect("commit");
            first
        }));
    }
    let mut firsts = Vec::new();
    for t in tasks {
        firsts.push(t.await.expect("task"));
    }
    firsts.sort_unstable();
    assert_eq!(firsts, (size + 1..size + 9).collect::<Vec<_>>());
    assert_eq!(db.log_size().await.expect("size"), size + 9);
}

async fn the_log_in_the_database_verifies_on_reopening(db: Db) {
    let key = iotmark_cert::key::NamedKey::generate("cb.reopen.example").expect("key");
    let ledger = Ledger::open(
        db.clone(),
        "cb.reopen.example/log",
        key.note_signer().clone(),
    )
    .await
    .expect("open");
    for i in 0..5u8 {
        ledger
            .begin(vec![vec![i]])
            .await
            .expect("begin")
            .commit()
            .await
            .expect("commit");
    }
    let root = ledger.snapshot().await.expect("snapshot").checkpoint.root;
    drop(ledger);
    let again = Ledger::open(
        db.clone(),
        "cb.reopen.example/log",
        key.note_signer().clone(),
    )
    .await
    .expect("reopen");
    let s = again.snapshot().await.expect("snapshot");
    assert_eq!((s.checkpoint.size, s.checkpoint.root), (5, root));
    // Another key cannot take the log over.
    let other = iotmark_cert::key::NamedKey::generate("cb.reopen.example").expect("key");
    let err = Ledger::open(
        db.clone(),
        "cb.reopen.example/log",
        other.note_signer().clone(),
    )
    .await
    .expect_err("a foreign key");
    assert!(err.to_string().contains("key"), "{err}");
    // An altered entry is found when the log is read again.
    match &db {
        Db::Sqlite(p) => sqlx::query("UPDATE log_entries SET entry = x'00ff' WHERE idx = 2")
            .execute(p)
            .await
            .map(drop),
        Db::Postgres(p) => {
            sqlx::query("UPDATE log_entries SET entry = '\\x00ff'::bytea WHERE idx = 2")
                .execute(p)
                .await
                .map(drop)
        }
    }
    .expect("tamper");
    let err = Ledger::open(
        db.clone(),
        "cb.reopen.example/log",
        key.note_signer().clone(),
    )
    .await
    .expect_err("tampered");
    assert!(err.to_string().contains("hash to"), "{err}");
}

async fn reports_are_held_published_and_answered(db: Db) {
    let site = site(&db).await;
    let (mut m, product, _) = certified(&site).await;
    let mut v = Client::new(&site);
    let report_page = format!("{product}/report");
    let csrf = v.csrf(&report_page).await;
    let got = v
        .post(
            &report_page,
            &[
                ("csrf", &csrf),
                (
                    "body",
                    "The lock <script>alert(1)</script> opens with a default PIN",
                ),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    assert!(got.body.contains("held until a moderator"));
    // Held: not on the page.
    assert!(!v.get(&product).await.body.contains("default PIN"));
    // Empty or missing token: refused.
    assert_eq!(
        v.post(&report_page, &[("csrf", &csrf), ("body", "  ")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        v.post(&report_page, &[("body", "x")]).await.status,
        StatusCode::FORBIDDEN
    );
    // Rate limit: five an hour from one client.
    for _ in 0..4 {
        assert_eq!(
            v.post(&report_page, &[("csrf", &csrf), ("body", "again")])
                .await
                .status,
            StatusCode::OK
        );
    }
    assert_eq!(
        v.post(&report_page, &[("csrf", &csrf), ("body", "again")])
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
    // A moderator publishes the first; the maker answers.
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let held = a.get("/moderation").await;
    assert!(held.body.contains("default PIN"));
    assert!(!held.body.contains("<script>alert(1)</script>"));
    let first = db
        .reports_in(iotmark_registry::store::ReportState::Held)
        .await
        .expect("held")[0]
        .id;
    let csrf_a = a.csrf("/moderation").await;
    let got = a
        .post(
            &format!("/moderation/{first}"),
            &[("csrf", &csrf_a), ("decision", "published")],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER);
    let public = v.get(&product).await;
    assert!(public.body.contains("opens with a default PIN"));
    assert!(public.body.contains("&lt;script&gt;"));
    let csrf_m = m.csrf("/maker/reports").await;
    let got = m
        .post(
            &format!("/maker/reports/{first}/answer"),
            &[("csrf", &csrf_m), ("answer", "Fixed in firmware 2.1.1")],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    assert!(
        v.get(&product)
            .await
            .body
            .contains("Fixed in firmware 2.1.1")
    );
    // Another maker cannot answer.
    let mut other = Client::new(&site);
    other.login(OTHER).await;
    let csrf_o = other.csrf("/maker/reports").await;
    let got = other
        .post(
            &format!("/maker/reports/{first}/answer"),
            &[("csrf", &csrf_o), ("answer", "fake")],
        )
        .await;
    assert_eq!(got.status, StatusCode::NOT_FOUND);
}

async fn api_tokens_are_shown_once_and_revocable(db: Db) {
    let site = site(&db).await;
    let mut m = maker(&site).await;
    let csrf = m.csrf("/account").await;
    let got = m
        .post(
            "/account/tokens",
            &[("csrf", &csrf), ("name", "build server")],
        )
        .await;
    assert_eq!(got.status, StatusCode::OK);
    let at = got.body.find("imt_").expect("the token is shown");
    let token: String = got.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    assert_eq!(token.len(), 47);
    // Stored as a digest only; later pages do not show it.
    let page = m.get("/account").await;
    assert!(!page.body.contains(&token));
    assert!(page.body.contains("build server"));
    let digest = iotmark_registry::auth::token_digest(&token);
    let account = db
        .api_token_account(&digest, unix_now())
        .await
        .expect("lookup")
        .expect("account");
    assert_eq!(account.email, MAKER.0);
    let fingerprint = &digest[..12];
    assert!(page.body.contains(fingerprint));
    let got = m
        .post(
            "/account/tokens/revoke",
            &[("csrf", &csrf), ("fingerprint", fingerprint)],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER);
    assert!(
        db.api_token_account(&digest, unix_now())
            .await
            .expect("lookup")
            .is_none()
    );
}

async fn admins_manage_accounts(db: Db) {
    let site = site(&db).await;
    let mut admin = Client::new(&site);
    admin.login(ADMIN).await;
    let page = admin.get("/admin").await;
    assert!(
        page.body.contains("cb.test.example/log"),
        "the key and origin are shown"
    );
    let csrf = csrf_of(&page.body);
    let got = admin
        .post(
            "/admin/accounts",
            &[
                ("csrf", &csrf),
                ("name", "New Assessor"),
                ("organisation", "Test CB"),
                ("email", "new@cb.example"),
                ("password", "new-assessor-pass"),
                ("role", "assessor"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let mut fresh = Client::new(&site);
    fresh.login(("new@cb.example", "new-assessor-pass")).await;
    assert_eq!(fresh.get("/assess").await.status, StatusCode::OK);
    // Duplicate address, bad role, short password.
    for (email, role, password) in [
        ("new@cb.example", "assessor", "long-enough-pass"),
        ("x@cb.example", "king", "long-enough-pass"),
        ("y@cb.example", "admin", "short"),
    ] {
        let got = admin
            .post(
                "/admin/accounts",
                &[
                    ("csrf", &csrf),
                    ("name", "N"),
                    ("organisation", "O"),
                    ("email", email),
                    ("password", password),
                    ("role", role),
                ],
            )
            .await;
        assert_eq!(got.status, StatusCode::BAD_REQUEST, "{email} {role}");
    }
    // Disabling ends the account's sessions at once.
    let id = db
        .account_by_email("new@cb.example")
        .await
        .expect("read")
        .expect("account")
        .0
        .id;
    let got = admin
        .post(&format!("/admin/accounts/{id}/disable"), &[("csrf", &csrf)])
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER);
    assert_eq!(fresh.get("/assess").await.status, StatusCode::SEE_OTHER);
    let mut again = Client::new(&site);
    let csrf2 = again.csrf("/login").await;
    let got = again
        .post(
            "/login",
            &[
                ("email", "new@cb.example"),
                ("password", "new-assessor-pass"),
                ("csrf", &csrf2),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::UNAUTHORIZED);
}

/// The key ids of the signatures on a stored envelope or log entry.
fn signed_by(entry: &[u8]) -> Vec<String> {
    iotmark_cert::dsse::Envelope::parse_canonical(entry)
        .expect("envelope")
        .key_ids()
}

/// `POST /api/v1/verify` of a stored certificate.
async fn api_verify(c: &mut Client, id: &str) -> serde_json::Value {
    let got = c
        .send(
            Request::post("/api/v1/verify")
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(format!("{{\"certificate_id\":\"{id}\"}}")))
                .expect("request"),
        )
        .await;
    assert_eq!(got.status, StatusCode::OK, "{}", got.body);
    serde_json::from_str(&got.body).expect("json")
}

async fn admins_rotate_and_withdraw_the_certification_body_key(db: Db) {
    let site = site(&db).await;
    let (mut m, product, first_cert) = certified(&site).await;
    let first_key = site.keys.ring().active().record.key_id.clone();
    let stored = db
        .certificate(&first_cert)
        .await
        .expect("read")
        .expect("cert");
    assert_eq!(signed_by(&stored.envelope), vec![first_key.clone()]);
    // The log signs with its own key.
    assert_ne!(
        site.ledger.verifier().to_vkey(),
        site.keys.ring().active().record.verifier_key
    );

    // Only an admin rotates, with the form's token.
    let mut admin = Client::new(&site);
    admin.login(ADMIN).await;
    let page = admin.get("/admin").await;
    assert!(page.body.contains(&first_key), "{}", page.body);
    let got = admin
        .post("/admin/keys/rotate", &[("csrf", "forged")])
        .await;
    assert_eq!(got.status, StatusCode::FORBIDDEN);
    assert_eq!(db.signing_keys().await.expect("keys").len(), 1);
    let csrf = csrf_of(&page.body);
    let got = admin.post("/admin/keys/rotate", &[("csrf", &csrf)]).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let keys = db.signing_keys().await.expect("keys");
    assert_eq!(keys.len(), 2);
    assert_eq!(keys[0].key_id, first_key);
    assert_eq!(keys[0].state.as_str(), "retired");
    assert_eq!(keys[0].retired_on, Some(date(2026, 12, 2)));
    assert_eq!(keys[1].state.as_str(), "active");
    let second_key = keys[1].key_id.clone();
    assert_ne!(second_key, first_key);
    assert!(
        second_key.starts_with("cb.test.example+"),
        "same name: {second_key}"
    );

    // Anyone sees both keys and the log's key.
    let mut visitor = Client::new(&site);
    let public = visitor.get("/keys").await;
    assert_eq!(public.status, StatusCode::OK);
    for text in [
        &first_key,
        &second_key,
        &keys[1].verifier_key,
        &site.ledger.verifier().to_vkey(),
    ] {
        assert!(
            public.body.contains(text.as_str()),
            "{text}: {}",
            public.body
        );
    }
    let api = visitor.get("/api/v1/keys").await;
    let v: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(v["certification_body"][0]["state"], "retired");
    assert_eq!(v["certification_body"][1]["state"], "active");
    assert_eq!(v["certification_body"][1]["key_id"], second_key.as_str());
    assert_eq!(v["log"]["origin"], "cb.test.example/log");

    // A new certificate is signed by the new key; the old one still verifies.
    let path = draft(&mut m, "2").await;
    submit(&mut m, &path).await;
    let got = approve(&site, id_of(&path)).await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let certs = db
        .certificates_of(product.trim_start_matches("/p/"))
        .await
        .expect("certificates");
    let second_cert = certs.iter().find(|c| c.id != first_cert).expect("second");
    assert_eq!(signed_by(&second_cert.envelope), vec![second_key.clone()]);
    for id in [first_cert.as_str(), second_cert.id.as_str()] {
        let v = api_verify(&mut visitor, id).await;
        assert_eq!(v["genuine"], true, "{id}: {v}");
    }

    // The old certificate's status changes are signed by its own key.
    let mut a = Client::new(&site);
    a.login(ASSESSOR).await;
    let page = format!("/assess/certificates/{first_cert}");
    let csrf = a.csrf(&page).await;
    let got = a
        .post(
            &format!("{page}/status"),
            &[
                ("csrf", &csrf),
                ("status", "suspended"),
                ("reason", "Checking"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let size = db.log_size().await.expect("size");
    let last = db.log_entries(size - 1, size).await.expect("entry");
    assert_eq!(signed_by(&last[0]), vec![first_key.clone()]);

    // Withdrawing: not the active key, not without a reason.
    let csrf = admin.csrf("/admin").await;
    let got = admin
        .post(
            "/admin/keys/withdraw",
            &[("csrf", &csrf), ("key_id", &second_key), ("reason", "lost")],
        )
        .await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    assert!(
        got.body.contains("rotate to a new key first"),
        "{}",
        got.body
    );
    let got = admin
        .post(
            "/admin/keys/withdraw",
            &[("csrf", &csrf), ("key_id", &first_key), ("reason", " ")],
        )
        .await;
    assert_eq!(got.status, StatusCode::BAD_REQUEST);
    assert!(got.body.contains("needs a reason"), "{}", got.body);
    let got = admin
        .post(
            "/admin/keys/withdraw",
            &[
                ("csrf", &csrf),
                ("key_id", &first_key),
                ("reason", "Backup tape <lost>"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);

    // The rotation and the withdrawal are in the log: from the first key
    // alone, anyone can follow them.
    let size = db.log_size().await.expect("size");
    let entries = db.log_entries(0, size).await.expect("entries");
    let first_verifier =
        iotmark_tlog::note::NoteVerifier::parse(&keys[0].verifier_key).expect("vkey");
    let history = iotmark_cert::keyevent::KeyHistory::replay(&[first_verifier], &entries);
    assert!(history.problems().is_empty(), "{:?}", history.problems());
    let known: Vec<String> = history
        .keys()
        .iter()
        .map(|k| iotmark_cert::dsse::key_id(&k.verifier))
        .collect();
    assert_eq!(known, vec![first_key.clone(), second_key.clone()]);
    assert!(history.keys()[0].retired_at.is_some());
    let (_, on, why) = history.keys()[0].withdrawn.clone().expect("withdrawn");
    assert_eq!(
        (on, why.as_str()),
        (date(2026, 12, 2), "Backup tape <lost>")
    );
    assert!(history.keys()[1].withdrawn.is_none());
    assert_eq!(
        history
            .signer_of(
                &iotmark_cert::dsse::Envelope::parse_canonical(&second_cert.envelope).expect("env")
            )
            .map(|k| iotmark_cert::dsse::key_id(&k.verifier)),
        Some(second_key.clone())
    );

    // Its certificate no longer verifies, and says why; the new one does.
    let v = api_verify(&mut visitor, &first_cert).await;
    assert_eq!(v["genuine"], false, "{v}");
    let reasons = v["reasons"].to_string();
    assert!(
        reasons.contains("withdrew on 2026-12-02") && reasons.contains("Backup tape <lost>"),
        "{v}"
    );
    assert_eq!(
        api_verify(&mut visitor, &second_cert.id).await["genuine"],
        true
    );
    let got = visitor.post("/verify", &[("id", &first_cert)]).await;
    assert!(got.body.contains("withdrew on 2026-12-02"), "{}", got.body);
    assert!(
        got.body.contains("Backup tape &lt;lost&gt;"),
        "escaped: {}",
        got.body
    );
    // The product's current certificate is the new key's: no warning. The
    // page lists the evidence with its digest.
    let shown = visitor.get(&product).await;
    let digest = {
        use sha2::Digest as _;
        hex::encode(sha2::Sha256::digest(example("smart-lock", "security.txt")))
    };
    assert!(shown.body.contains(&digest), "{}", shown.body);
    assert!(shown.body.contains(&second_key), "{}", shown.body);
    assert!(!shown.body.contains("key-withdrawn"), "{}", shown.body);
    let public = visitor.get("/keys").await;
    assert!(
        public.body.contains("Backup tape &lt;lost&gt;"),
        "{}",
        public.body
    );
    // Its status can no longer change.
    let csrf = a.csrf(&page).await;
    let got = a
        .post(
            &format!("{page}/status"),
            &[("csrf", &csrf), ("status", "valid"), ("reason", "Done")],
        )
        .await;
    assert_ne!(got.status, StatusCode::SEE_OTHER);
    assert!(got.body.contains("was withdrawn"), "{}", got.body);
    assert_eq!(db.log_size().await.expect("size"), size);

    // A rotation by another process sharing the database is seen here
    // within a second.
    let other = Keys::open(
        &db,
        &site.dir.path().join("cb.pem"),
        iotmark_cert::key::load(&site.dir.path().join("cb.pem")).expect("key"),
        site.dir.path().join("keys"),
        date(2026, 12, 2),
    )
    .await
    .expect("keys");
    let third_key = other
        .rotate(&db, &site.ledger, date(2026, 12, 2))
        .await
        .expect("rotate")
        .active()
        .record
        .key_id
        .clone();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let api = visitor.get("/api/v1/keys").await;
    let v: serde_json::Value = serde_json::from_str(&api.body).expect("json");
    assert_eq!(
        v["certification_body"][2]["key_id"],
        third_key.as_str(),
        "{v}"
    );
    assert_eq!(v["certification_body"][1]["state"], "retired", "{v}");

    // Withdrawing the key of the product's current certificate: the page
    // warns that it can no longer be trusted.
    let csrf = admin.csrf("/admin").await;
    let got = admin
        .post(
            "/admin/keys/withdraw",
            &[
                ("csrf", &csrf),
                ("key_id", &second_key),
                ("reason", "Stolen laptop"),
            ],
        )
        .await;
    assert_eq!(got.status, StatusCode::SEE_OTHER, "{}", got.body);
    let shown = visitor.get(&product).await;
    assert!(
        shown.body.contains("id=\"key-withdrawn\"")
            && shown.body.contains("withdrew the key that signed it")
            && shown.body.contains("Stolen laptop")
            && shown
                .body
                .contains("Not trusted: its signing key was withdrawn"),
        "{}",
        shown.body
    );

    // A server starting again finds the rotated keys in the key directory
    // and signs with the active one; without the files it refuses to start.
    let Site { dir, .. } = site;
    let again = open_site(&db, dir).await;
    assert_eq!(again.keys.ring().active().record.key_id, third_key);
    assert!(again.keys.ring().active_signer().is_some());
    let Site { dir, .. } = again;
    std::fs::rename(dir.path().join("keys"), dir.path().join("elsewhere")).expect("move");
    let key = iotmark_cert::key::load(&dir.path().join("cb.pem")).expect("key");
    let err = Keys::open(
        &db,
        &dir.path().join("cb.pem"),
        key,
        dir.path().join("keys"),
        date(2026, 12, 3),
    )
    .await
    .expect_err("the active key is missing");
    let message = err.to_string();
    assert!(
        message.contains(&third_key) && message.contains("active"),
        "{message}"
    );
}
