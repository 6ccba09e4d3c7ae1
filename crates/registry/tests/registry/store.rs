//! The store's contract: every test runs on SQLite and on PostgreSQL.

use iotmark_cert::event::Status;
use iotmark_label::MarkStatus;
use iotmark_registry::Db;
use iotmark_registry::store::{
    CertificateRecord, MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE, Search, Sort, StatusEventRecord,
    StoreError,
};

use chrono::NaiveDate;

use crate::common::{date, product};

/// The date searches are made on.
const TODAY: NaiveDate = NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");

crate::contract!(
    migrations_apply_once,
    products_round_trip_and_upsert_replaces,
    unknown_product_is_none,
    invalid_products_are_refused,
    search_finds_by_name_maker_model_and_category,
    search_filters,
    search_sorts,
    pagination_reports_the_total,
    hostile_queries_do_not_error,
    certificates_and_status_events,
    search_reads_the_status_on_its_date,
    the_migration_fills_in_certificate_validity,
);

/// The fixture: six products.
async fn seed(db: &Db) {
    let products = [
        product(
            "Lumière Home SAS",
            "Cam Indoor 2K",
            "LH-CI200",
            "smart_camera",
            1,
            Some(date(2029, 4, 30)),
            MarkStatus::SelfAssessed,
        ),
        product(
            "Acme",
            "Smart Plug Mini",
            "SP-1",
            "smart_plug",
            3,
            Some(date(2031, 1, 1)),
            MarkStatus::Valid,
        ),
        product(
            "Acme",
            "Smart Lock Pro",
            "SL-9",
            "smart_lock",
            2,
            Some(date(2030, 6, 30)),
            MarkStatus::Valid,
        ),
        product(
            "Bärenstark GmbH",
            "Teddy Talk",
            "TT-2",
            "connected_toy",
            0,
            None,
            MarkStatus::SelfAssessed,
        ),
        product(
            "Sonora",
            "Speaker One",
            "SO-1",
            "smart_speaker",
            1,
            Some(date(2027, 12, 31)),
            MarkStatus::Suspended,
        ),
        product(
            "FitCo",
            "Pulse Watch",
            "PW-5",
            "fitness_tracker",
            2,
            Some(date(2028, 3, 1)),
            MarkStatus::Revoked,
        ),
    ];
    for p in &products {
        db.upsert_product(p).await.expect("upsert");
    }
}

fn text(q: &str) -> Search {
    Search {
        text: q.to_owned(),
        ..Search::default()
    }
}

async fn names(db: &Db, search: &Search) -> Vec<String> {
    db.search(search, TODAY)
        .await
        .expect("search")
        .items
        .into_iter()
        .map(|p| p.name)
        .collect()
}

async fn migrations_apply_once(db: Db) {
    // The harness migrated already: nothing is left to apply.
    assert!(db.migrate().await.expect("migrate").is_empty());
    let versions = db.schema_versions().await.expect("versions");
    let known = match db {
        Db::Sqlite(_) => MIGRATIONS_SQLITE,
        Db::Postgres(_) => MIGRATIONS_POSTGRES,
    };
    assert_eq!(
        versions,
        known.iter().map(|m| m.version).collect::<Vec<_>>()
    );
    db.ping().await.expect("ping");
}

async fn products_round_trip_and_upsert_replaces(db: Db) {
    let mut p = product(
        "Acme",
        "Plug",
        "P-1",
        "smart_plug",
        2,
        Some(date(2030, 1, 31)),
        MarkStatus::SelfAssessed,
    );
    p.declaration = vec![0, 159, 146, 150, 255];
    p.labels
        .insert("fr".to_owned(), "{\"lang\":\"fr\"}".to_owned());
    let id = db.upsert_product(&p).await.expect("insert");
    assert_eq!(id, iotmark_model::product_id("Acme", "P-1"));
    let got = db.product(&id).await.expect("get").expect("stored");
    assert_eq!(got.id, id);
    assert_eq!(got.data, p);
    assert_eq!(
        db.label(&id, "fr").await.expect("label").as_deref(),
        Some("{\"lang\":\"fr\"}")
    );
    assert_eq!(db.label(&id, "ja").await.expect("label"), None);
    // A page in one language reads that language's label and English's.
    let p_de = db
        .product_in(&id, "de")
        .await
        .expect("get")
        .expect("stored");
    assert_eq!(p_de.data.labels.keys().collect::<Vec<_>>(), ["en"]);
    let p_fr = db
        .product_in(&id, "fr")
        .await
        .expect("get")
        .expect("stored");
    assert_eq!(p_fr.data.labels.keys().collect::<Vec<_>>(), ["en", "fr"]);
    assert_eq!(p_fr.data.declaration, p.declaration);
    assert!(
        db.product_in("0000000000", "fr")
            .await
            .expect("get")
            .is_none()
    );

    // The same maker and model, written differently: the same product.
    let mut q = product(
        "ACME",
        "Plug Two",
        "p 1",
        "smart_plug",
        3,
        None,
        MarkStatus::Valid,
    );
    q.labels.clear();
    q.labels.insert("de".to_owned(), "{}".to_owned());
    assert_eq!(db.upsert_product(&q).await.expect("upsert"), id);
    let got = db.product(&id).await.expect("get").expect("stored");
    assert_eq!(got.data, q);
    assert_eq!(db.label(&id, "fr").await.expect("label"), None);
    // The search index follows: the old name is gone, the new one found.
    assert_eq!(names(&db, &text("two")).await, ["Plug Two"]);
    assert_eq!(
        db.search(&Search::default(), TODAY)
            .await
            .expect("all")
            .total,
        1
    );
}

async fn unknown_product_is_none(db: Db) {
    seed(&db).await;
    assert!(db.product("0000000000").await.expect("get").is_none());
    assert!(db.product("").await.expect("get").is_none());
    assert!(
        db.product("'; DROP TABLE products; --")
            .await
            .expect("get")
            .is_none()
    );
    assert!(db.certificate("IM-nothing").await.expect("get").is_none());
    assert!(
        db.certificates_of("0000000000")
            .await
            .expect("list")
            .is_empty()
    );
}

async fn invalid_products_are_refused(db: Db) {
    let mut p = product("Acme", "", "P", "x", 1, None, MarkStatus::SelfAssessed);
    let e = db.upsert_product(&p).await.expect_err("empty name");
    assert!(e.to_string().contains("`name` is empty"), "{e}");
    p.name = "Plug".to_owned();
    p.level = 4;
    let e = db.upsert_product(&p).await.expect_err("level 4");
    assert!(e.to_string().contains("level 4"), "{e}");
    p.level = 1;
    p.labels.insert("<x>".to_owned(), "{}".to_owned());
    assert!(matches!(
        db.upsert_product(&p).await,
        Err(StoreError::Invalid { .. })
    ));
    assert_eq!(
        db.search(&Search::default(), TODAY)
            .await
            .expect("all")
            .total,
        0
    );
}

async fn search_finds_by_name_maker_model_and_category(db: Db) {
    seed(&db).await;
    assert_eq!(names(&db, &text("Lumière")).await, ["Cam Indoor 2K"]);
    // Without the accent, in capitals, and as a prefix.
    assert_eq!(names(&db, &text("LUMIERE")).await, ["Cam Indoor 2K"]);
    assert_eq!(names(&db, &text("lumi")).await, ["Cam Indoor 2K"]);
    assert_eq!(names(&db, &text("baerenstark")).await, Vec::<String>::new());
    assert_eq!(names(&db, &text("bärenstark")).await, ["Teddy Talk"]);
    // The model, as written on the box.
    assert_eq!(names(&db, &text("LH-CI200")).await, ["Cam Indoor 2K"]);
    assert_eq!(names(&db, &text("sl-9")).await, ["Smart Lock Pro"]);
    // The maker: two products.
    let search = Search {
        sort: Sort::Name,
        ..text("acme")
    };
    assert_eq!(
        names(&db, &search).await,
        ["Smart Lock Pro", "Smart Plug Mini"]
    );
    // The category.
    assert_eq!(names(&db, &text("camera")).await, ["Cam Indoor 2K"]);
    assert_eq!(names(&db, &text("toy")).await, ["Teddy Talk"]);
    // Every word must match.
    assert_eq!(names(&db, &text("acme lock")).await, ["Smart Lock Pro"]);
    assert!(names(&db, &text("acme camera")).await.is_empty());
    assert!(names(&db, &text("nothing-like-this")).await.is_empty());
    // No words: everything.
    assert_eq!(db.search(&text("  "), TODAY).await.expect("all").total, 6);
}

async fn search_filters(db: Db) {
    seed(&db).await;
    let level2 = Search {
        min_level: Some(2),
        sort: Sort::Name,
        ..Search::default()
    };
    assert_eq!(
        names(&db, &level2).await,
        ["Pulse Watch", "Smart Lock Pro", "Smart Plug Mini"]
    );
    let toys = Search {
        category: Some("connected_toy".to_owned()),
        ..Search::default()
    };
    assert_eq!(names(&db, &toys).await, ["Teddy Talk"]);
    let valid = Search {
        status: Some(MarkStatus::Valid),
        sort: Sort::Name,
        ..Search::default()
    };
    assert_eq!(
        names(&db, &valid).await,
        ["Smart Lock Pro", "Smart Plug Mini"]
    );
    let suspended = Search {
        status: Some(MarkStatus::Suspended),
        ..Search::default()
    };
    assert_eq!(names(&db, &suspended).await, ["Speaker One"]);
    let later = Search {
        support_after: Some(date(2029, 4, 30)),
        sort: Sort::Name,
        ..Search::default()
    };
    // After, not on: the camera's support ends on that very day.
    assert_eq!(
        names(&db, &later).await,
        ["Smart Lock Pro", "Smart Plug Mini"]
    );
    let all = Search {
        text: "smart".to_owned(),
        min_level: Some(1),
        category: Some("smart_lock".to_owned()),
        status: Some(MarkStatus::Valid),
        support_after: Some(date(2028, 1, 1)),
        ..Search::default()
    };
    assert_eq!(names(&db, &all).await, ["Smart Lock Pro"]);
    assert_eq!(db.categories().await.expect("categories").len(), 6);
}

async fn search_sorts(db: Db) {
    seed(&db).await;
    let by = |sort| Search {
        sort,
        ..Search::default()
    };
    assert_eq!(
        names(&db, &by(Sort::Name)).await,
        [
            "Cam Indoor 2K",
            "Pulse Watch",
            "Smart Lock Pro",
            "Smart Plug Mini",
            "Speaker One",
            "Teddy Talk"
        ]
    );
    assert_eq!(
        names(&db, &by(Sort::Level)).await,
        [
            "Smart Plug Mini",
            "Pulse Watch",
            "Smart Lock Pro",
            "Cam Indoor 2K",
            "Speaker One",
            "Teddy Talk"
        ]
    );
    assert_eq!(
        names(&db, &by(Sort::SupportEnd)).await,
        [
            "Smart Plug Mini",
            "Smart Lock Pro",
            "Cam Indoor 2K",
            "Pulse Watch",
            "Speaker One",
            "Teddy Talk"
        ]
    );
    // Relevance without words is by name.
    assert_eq!(
        names(&db, &by(Sort::Relevance)).await,
        names(&db, &by(Sort::Name)).await
    );
    // With words, every match, best first.
    let found = names(
        &db,
        &Search {
            sort: Sort::Relevance,
            ..text("smart")
        },
    )
    .await;
    // Names and categories (smart_camera, smart_speaker) alike.
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!("relevance".parse::<Sort>().expect("sort"), Sort::Relevance);
    assert_eq!(
        "support_end".parse::<Sort>().expect("sort"),
        Sort::SupportEnd
    );
    assert!("bogus".parse::<Sort>().is_err());
}

async fn pagination_reports_the_total(db: Db) {
    seed(&db).await;
    let page = |page| Search {
        sort: Sort::Name,
        page,
        per_page: 4,
        ..Search::default()
    };
    let first = db.search(&page(1), TODAY).await.expect("page 1");
    assert_eq!((first.total, first.items.len(), first.pages()), (6, 4, 2));
    let second = db.search(&page(2), TODAY).await.expect("page 2");
    assert_eq!((second.total, second.items.len()), (6, 2));
    assert_eq!(second.items[0].name, "Speaker One");
    let beyond = db.search(&page(9), TODAY).await.expect("page 9");
    assert_eq!((beyond.total, beyond.items.len(), beyond.page), (6, 0, 9));
    // Page 0 is page 1; sizes are clamped.
    assert_eq!(db.search(&page(0), TODAY).await.expect("page 0").page, 1);
    let huge = Search {
        per_page: 100_000,
        ..Search::default()
    };
    assert_eq!(db.search(&huge, TODAY).await.expect("huge").per_page, 100);
    let beyond_text = Search {
        page: 3,
        per_page: 1,
        ..text("acme")
    };
    let r = db.search(&beyond_text, TODAY).await.expect("beyond");
    assert_eq!((r.total, r.items.len()), (2, 0));
    let far = Search {
        page: u32::MAX,
        ..Search::default()
    };
    assert_eq!(db.search(&far, TODAY).await.expect("far").items.len(), 0);
}

async fn hostile_queries_do_not_error(db: Db) {
    seed(&db).await;
    for q in [
        "\"",
        "\"\"",
        "*",
        "-",
        "'",
        "NEAR(",
        "NEAR(a b",
        "a NEAR b",
        "AND",
        "OR",
        "NOT",
        "a OR",
        "(",
        ")",
        "^",
        ":",
        "a:*",
        "!",
        "&",
        "|",
        "<->",
        "\\",
        "%",
        "_",
        "' OR 1=1 --",
        "\"unterminated",
        "acme\"*",
        "-acme",
        "acme -plug",
        "{col}: x",
        "\0",
        "🙂",
        "日本",
        &"x".repeat(10_000),
        &"a ".repeat(500),
    ] {
        let r = db.search(&text(q), TODAY).await;
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
    // Operators are just separators: the words still match.
    assert_eq!(
        names(&db, &text("\"lumière\" *NEAR( -cam")).await,
        Vec::<String>::new()
    );
    assert_eq!(
        names(&db, &text("\"lumière\"* (cam)")).await,
        ["Cam Indoor 2K"]
    );
    assert_eq!(
        names(&db, &text("'acme' & -lock-")).await,
        ["Smart Lock Pro"]
    );
}

async fn certificates_and_status_events(db: Db) {
    seed(&db).await;
    let lock = iotmark_model::product_id("Acme", "SL-9");
    let plug = iotmark_model::product_id("Acme", "SP-1");
    let cert = |id: &str, product: &str, index, issued| CertificateRecord {
        id: id.to_owned(),
        product_id: product.to_owned(),
        envelope: format!("{{\"payload\":\"{id}\"}}").into_bytes(),
        log_index: index,
        issued_on: issued,
        valid_until: date(2029, 1, 1),
        status: Status::Valid,
    };
    let old = cert("IM-lock-1", &lock, 0, date(2026, 1, 1));
    let new = cert("IM-lock-2", &lock, 2, date(2026, 6, 1));
    let other = cert("IM-plug-1", &plug, 1, date(2026, 3, 1));
    for c in [&old, &other, &new] {
        db.insert_certificate(c).await.expect("insert");
    }
    assert!(matches!(
        db.insert_certificate(&old).await,
        Err(StoreError::DuplicateCertificate { .. })
    ));
    let orphan = cert("IM-x", "0000000000", 3, date(2026, 1, 1));
    assert!(matches!(
        db.insert_certificate(&orphan).await,
        Err(StoreError::NotFound { .. })
    ));
    assert_eq!(
        db.certificate("IM-lock-1").await.expect("get"),
        Some(old.clone())
    );
    let of_lock: Vec<String> = db
        .certificates_of(&lock)
        .await
        .expect("list")
        .into_iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(of_lock, ["IM-lock-2", "IM-lock-1"]);

    let event = |id: &str, status, on, index| StatusEventRecord {
        certificate_id: id.to_owned(),
        status,
        reason: format!("because <{index}> & \"so\""),
        effective_on: on,
        log_index: index,
    };
    let e1 = event("IM-lock-2", Status::Suspended, date(2026, 7, 1), 3);
    let e2 = event("IM-lock-2", Status::Valid, date(2026, 8, 1), 4);
    let e3 = event("IM-plug-1", Status::Revoked, date(2026, 7, 15), 5);
    let shown = |id: String| {
        let db = db.clone();
        async move { db.product(&id).await.expect("get").map(|p| p.data.status) }
    };
    db.add_status_event(&e1).await.expect("event");
    // The product shows its latest certificate's status, and search
    // filters by it.
    assert_eq!(shown(lock.clone()).await, Some(MarkStatus::Suspended));
    let suspended = || {
        let db = db.clone();
        async move {
            db.search(
                &Search {
                    status: Some(MarkStatus::Suspended),
                    ..Search::default()
                },
                TODAY,
            )
            .await
            .expect("search")
            .items
            .into_iter()
            .map(|p| p.id)
            .collect::<Vec<_>>()
        }
    };
    assert!(suspended().await.contains(&lock));
    for e in [&e2, &e3] {
        db.add_status_event(e).await.expect("event");
    }
    assert_eq!(shown(lock.clone()).await, Some(MarkStatus::Valid));
    assert!(!suspended().await.contains(&lock));
    assert_eq!(shown(plug.clone()).await, Some(MarkStatus::Revoked));
    assert_eq!(
        db.status_events("IM-lock-2").await.expect("events"),
        [e1.clone(), e2.clone()]
    );
    assert!(
        db.status_events("IM-lock-1")
            .await
            .expect("events")
            .is_empty()
    );
    assert_eq!(
        db.certificate("IM-lock-2")
            .await
            .expect("get")
            .map(|c| c.status),
        Some(Status::Valid)
    );
    assert_eq!(
        db.certificate("IM-plug-1")
            .await
            .expect("get")
            .map(|c| c.status),
        Some(Status::Revoked)
    );
    let recent = db.recent_status_events(2).await.expect("recent");
    assert_eq!(recent.len(), 2);
    assert_eq!(recent[0].event, e2);
    assert_eq!(recent[1].event, e3);
    assert_eq!(recent[1].product_id, plug);
    assert_eq!(recent[1].product_name, "Smart Plug Mini");
    assert_eq!(recent[1].manufacturer, "Acme");
    // An event about an older certificate does not change what the
    // product shows.
    let e0 = event("IM-lock-1", Status::Revoked, date(2026, 7, 2), 6);
    db.add_status_event(&e0).await.expect("event");
    assert_eq!(shown(lock.clone()).await, Some(MarkStatus::Valid));
    let unknown = event("IM-none", Status::Revoked, date(2026, 1, 1), 9);
    assert!(matches!(
        db.add_status_event(&unknown).await,
        Err(StoreError::NotFound { .. })
    ));
    // Deleting nothing: a product upsert keeps its certificates.
    db.upsert_product(&product(
        "Acme",
        "Smart Lock Pro 2",
        "SL-9",
        "smart_lock",
        2,
        None,
        MarkStatus::Valid,
    ))
    .await
    .expect("upsert");
    assert_eq!(db.certificates_of(&lock).await.expect("list").len(), 2);
}

/// The ids and statuses a status filter finds on `today`.
async fn with_status(db: &Db, status: MarkStatus, today: NaiveDate) -> Vec<(String, MarkStatus)> {
    let search = Search {
        status: Some(status),
        sort: Sort::Name,
        ..Search::default()
    };
    db.search(&search, today)
        .await
        .expect("search")
        .items
        .into_iter()
        .map(|p| (p.id, p.status))
        .collect()
}

async fn search_reads_the_status_on_its_date(db: Db) {
    seed(&db).await;
    let lock = iotmark_model::product_id("Acme", "SL-9");
    let plug = iotmark_model::product_id("Acme", "SP-1");
    let watch = iotmark_model::product_id("FitCo", "PW-5");
    let cert = |id: &str, product: &str, index, status| CertificateRecord {
        id: id.to_owned(),
        product_id: product.to_owned(),
        envelope: b"{}".to_vec(),
        log_index: index,
        issued_on: date(2026, 1, 1),
        valid_until: date(2028, 12, 31),
        status,
    };
    db.insert_certificate(&cert("IM-lock", &lock, 0, Status::Attention))
        .await
        .expect("insert");
    db.insert_certificate(&cert("IM-watch", &watch, 1, Status::Revoked))
        .await
        .expect("insert");
    let last_day = date(2028, 12, 31);
    let after = date(2029, 1, 1);
    // On its last day a certificate is in force (flagged for attention or
    // not); the day after, expired. A product without a certificate keeps
    // its stored status; a revoked certificate stays revoked.
    assert_eq!(
        with_status(&db, MarkStatus::Valid, last_day).await,
        [
            (lock.clone(), MarkStatus::Valid),
            (plug.clone(), MarkStatus::Valid)
        ]
    );
    assert!(
        with_status(&db, MarkStatus::Expired, last_day)
            .await
            .is_empty()
    );
    assert_eq!(
        with_status(&db, MarkStatus::Valid, after).await,
        [(plug.clone(), MarkStatus::Valid)]
    );
    assert_eq!(
        with_status(&db, MarkStatus::Expired, after).await,
        [(lock.clone(), MarkStatus::Expired)]
    );
    assert_eq!(
        with_status(&db, MarkStatus::Revoked, after).await,
        [(watch.clone(), MarkStatus::Revoked)]
    );
    // What search shows agrees with the certificate as of that day.
    for today in [last_day, after] {
        let all = db
            .search(&Search::default(), today)
            .await
            .expect("search")
            .items;
        let shown = all.iter().find(|p| p.id == lock).expect("the lock").status;
        let current = db.certificates_of(&lock).await.expect("certificates")[0]
            .clone()
            .as_of(today);
        assert_eq!(
            shown == MarkStatus::Expired,
            current.status == Status::Expired
        );
    }
    // Words alone take their own path: the same status.
    let by_words = db.search(&text("smart lock"), after).await.expect("search");
    assert_eq!(by_words.items.len(), 1);
    assert_eq!(by_words.items[0].status, MarkStatus::Expired);
    // Saving the product again keeps what its certificate says.
    db.upsert_product(&product(
        "Acme",
        "Smart Lock Pro",
        "SL-9",
        "smart_lock",
        2,
        Some(date(2030, 6, 30)),
        MarkStatus::SelfAssessed,
    ))
    .await
    .expect("upsert");
    assert_eq!(
        with_status(&db, MarkStatus::Expired, after).await,
        [(lock.clone(), MarkStatus::Expired)]
    );
    // A later certificate decides.
    let mut renewed = cert("IM-lock-2", &lock, 2, Status::Valid);
    renewed.issued_on = date(2028, 12, 1);
    renewed.valid_until = date(2031, 11, 30);
    db.insert_certificate(&renewed).await.expect("insert");
    assert!(
        with_status(&db, MarkStatus::Expired, after)
            .await
            .is_empty()
    );
    assert_eq!(
        with_status(&db, MarkStatus::Valid, after).await,
        [(lock.clone(), MarkStatus::Valid), (plug, MarkStatus::Valid)]
    );
}

/// A database made before the products knew their certificate's validity:
/// the migration fills it in from the latest certificate.
async fn the_migration_fills_in_certificate_validity(db: Db) {
    seed(&db).await;
    let lock = iotmark_model::product_id("Acme", "SL-9");
    let old = CertificateRecord {
        id: "IM-lock-1".to_owned(),
        product_id: lock.clone(),
        envelope: b"{}".to_vec(),
        log_index: 0,
        issued_on: date(2022, 1, 1),
        valid_until: date(2025, 1, 1),
        status: Status::Valid,
    };
    let latest = CertificateRecord {
        id: "IM-lock-2".to_owned(),
        log_index: 1,
        issued_on: date(2023, 1, 1),
        valid_until: date(2026, 1, 1),
        ..old.clone()
    };
    db.insert_certificate(&latest).await.expect("insert");
    db.insert_certificate(&old).await.expect("insert");
    // Back to before migration 6, the product's status as stored then.
    let undo = [
        "ALTER TABLE products DROP COLUMN certificate_valid_until",
        "DELETE FROM schema_migrations WHERE version = 6",
        "UPDATE products SET status = 'self_assessed' WHERE id IN (SELECT product_id FROM certificates)",
    ];
    for sql in undo {
        match &db {
            Db::Sqlite(p) => sqlx::query(sql).execute(p).await.map(drop),
            Db::Postgres(p) => sqlx::query(sql).execute(p).await.map(drop),
        }
        .expect(sql);
    }
    assert_eq!(db.migrate().await.expect("migrate"), [6]);
    // The latest certificate, issued in 2023, ended on 2026-01-01.
    assert_eq!(
        with_status(&db, MarkStatus::Expired, TODAY).await,
        [(lock.clone(), MarkStatus::Expired)]
    );
    assert!(
        with_status(&db, MarkStatus::Valid, date(2025, 6, 1))
            .await
            .contains(&(lock.clone(), MarkStatus::Valid))
    );
    assert_eq!(
        db.product(&lock).await.expect("get").map(|p| p.data.status),
        Some(MarkStatus::Valid)
    );
    // Products without a certificate keep their status.
    let speaker = iotmark_model::product_id("Sonora", "SO-1");
    assert_eq!(
        with_status(&db, MarkStatus::Suspended, TODAY).await,
        [(speaker, MarkStatus::Suspended)]
    );
}
