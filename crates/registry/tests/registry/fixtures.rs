//! Fixtures the HTTP tests share: the catalog and fonts, three bundled
//! examples and a hostile product, a site, and a demo-style file log with
//! a certificate.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use axum::Router;
use iotmark_cert::bundle::make_bundle;
use iotmark_cert::event::Status;
use iotmark_cert::statement::{Artifact, CertificateInput, Sha256Digest};
use iotmark_label::LabelOptions;
use iotmark_label::raster::Fonts;
use iotmark_registry::Db;
use iotmark_registry::store::CertificateRecord;
use iotmark_registry::web::log::LogSource;
use iotmark_registry::web::{AppState, router};
use iotmark_tlog::file::FileStore;
use iotmark_tlog::log::Log;
use iotmark_tlog::note::NoteVerifier;

use crate::common::date;

pub fn fonts() -> Arc<Fonts> {
    static FONTS: OnceLock<Arc<Fonts>> = OnceLock::new();
    Arc::clone(FONTS.get_or_init(|| Arc::new(Fonts::system())))
}

pub fn catalog() -> &'static iotmark_catalog::Catalog {
    iotmark_catalog::Catalog::embedded().expect("catalog")
}

pub const HOSTILE: &str = r#"schema_version: 1
manufacturer: {name: "Evil & Sons \"Q\""}
product: {name: "<script>alert(1)</script> & 'quotes'", model: "X'1<b>", category: smart_plug, firmware_version: '1.0'}
"#;

/// Stores a declaration assessed on 2026-11-01 (no evidence); returns its id.
pub async fn submit(db: &Db, name: &str, yaml: &[u8]) -> String {
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

/// The public site over `db`. These tests change the database directly,
/// as another process would, so the page cache is off (its own test is
/// `pages_written_elsewhere_show_after_the_cache_time`).
pub fn site(db: &Db, log: Option<Arc<LogSource>>) -> Router {
    site_caching(db, log, None)
}

/// The public site with the page cache keeping pages `ttl`.
pub fn site_caching(
    db: &Db,
    log: Option<Arc<LogSource>>,
    ttl: Option<std::time::Duration>,
) -> Router {
    let key = log.as_ref().map(|l| l.verifier().clone());
    router(AppState {
        db: db.clone(),
        data_dir: Path::new("/nonexistent").to_path_buf(),
        catalog: catalog(),
        fonts: fonts(),
        log,
        // The test certification body signs the log too.
        keys: key.clone().map(|k| {
            Arc::new(iotmark_registry::keys::Keys::verify_only(
                k,
                date(2026, 11, 1),
            ))
        }),
        log_key: key,
        today: || date(2026, 12, 2),
        issuer: None,
        options: iotmark_registry::web::SiteOptions {
            page_cache_ttl: ttl,
            ..Default::default()
        },
    })
}

/// A demo-style log: a certification body's key, a file log holding a
/// filler entry and then a certificate of `product_id` issued on
/// 2026-11-01, the certificate stored in `db`.
pub struct Certified {
    pub _dir: tempfile::TempDir,
    pub log_dir: PathBuf,
    pub record: CertificateRecord,
    /// The certificate's bundle (JSON).
    pub bundle: String,
    /// The certification body's (and the log's) verifier key.
    pub verifier: NoteVerifier,
}

pub async fn certify(db: &Db, product_id: &str) -> Certified {
    let dir = tempfile::tempdir().expect("temp dir");
    let key_path = dir.path().join("cb.pem");
    iotmark_cert::key::generate("cb.test.example", &key_path).expect("key");
    let key = iotmark_cert::key::load(&key_path).expect("load key");
    let log_dir = dir.path().join("log");
    let origin = "test.iotmark.example/log";
    let store = FileStore::create(&log_dir, origin, &key.verifier(), &key_path).expect("log");
    let signer = iotmark_cert::key::load_signer(&key_path).expect("signer");
    let mut log = Log::open(store, origin, signer).expect("open log");
    log.append_batch(&[b"filler".to_vec()]).expect("filler");
    let input = CertificateInput {
        certificate_id: "IM-LOG-1".to_owned(),
        product_id: product_id.to_owned(),
        manufacturer: "Maker".to_owned(),
        model: "M-1".to_owned(),
        firmware_version: "1.0".to_owned(),
        declaration: Artifact::of("declaration.yaml", b"declaration"),
        evidence: Vec::new(),
        assessment: Artifact::of("assessment.json", b"{}"),
        catalog_version: "test".to_owned(),
        catalog_sha256: Sha256Digest::of(b"catalog"),
        level: 2,
        grades: [("SEC".to_owned(), "B".to_owned())].into(),
        certification_body: key.name().to_owned(),
        assessor: "Test Assessor".to_owned(),
        issued_on: date(2026, 11, 1),
        valid_from: date(2026, 11, 1),
        valid_until: date(2029, 10, 31),
        support_end: date(2029, 10, 31),
    };
    let entry = iotmark_cert::statement::issue(&input, &key)
        .expect("issue")
        .to_bytes();
    let (index, checkpoint) = log
        .append_batch(std::slice::from_ref(&entry))
        .expect("append");
    let size = log.size();
    let proof = log.tree().inclusion_proof(index, size).expect("proof");
    let bundle = make_bundle(&entry, index, size, &proof, &checkpoint)
        .expect("bundle")
        .to_json();
    drop(log);
    let record = CertificateRecord {
        id: "IM-LOG-1".to_owned(),
        product_id: product_id.to_owned(),
        envelope: entry,
        log_index: index,
        issued_on: date(2026, 11, 1),
        valid_until: date(2029, 10, 31),
        status: Status::Valid,
    };
    db.insert_certificate(&record).await.expect("certificate");
    Certified {
        _dir: dir,
        log_dir,
        record,
        bundle,
        verifier: key.verifier(),
    }
}

/// The examples, a certified lock and a site that serves the log.
pub async fn app_with_log(db: &Db) -> (Router, Vec<String>, Certified) {
    let ids = seed(db).await;
    let certified = certify(db, &ids[1]).await;
    let log = LogSource::open(&certified.log_dir).expect("log source");
    (site(db, Some(Arc::new(log))), ids, certified)
}

/// Stores three bundled examples and a hostile product; returns their ids.
pub async fn seed(db: &Db) -> Vec<String> {
    let root = iotmark_testkit::workspace_root();
    let mut ids = Vec::new();
    for example in ["home-camera", "smart-lock", "smart-plug"] {
        let path = root.join("examples").join(example).join("declaration.yaml");
        let yaml = std::fs::read(&path).expect("example");
        ids.push(submit(db, &path.display().to_string(), &yaml).await);
    }
    ids.push(submit(db, "hostile.yaml", HOSTILE.as_bytes()).await);
    ids
}
