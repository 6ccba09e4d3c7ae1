//! Fills a registry database with synthetic products, for benchmarks.
//!
//! ```text
//! cargo run --release -p iotmark-registry --example synthetic -- \
//!     --database 'sqlite://bench.db?mode=rwc' --count 100000
//! ```
//!
//! Every bundled example (`examples/*/declaration.yaml`) is assessed once
//! (declaration only, no evidence files) and turned into a product record
//! with [`iotmark_registry::submit::product_from_assessment`], so the stored
//! declaration, assessment report and `label.json` are real. The N products
//! stored take one of these records in turn and change only the columns
//! search, filters and sorting read: manufacturer, name, model, category,
//! firmware version, level, status and end of support — all derived
//! deterministically from the row number, so two runs store the same
//! products (ids included). Rows go in through the public
//! [`iotmark_registry::Db`] API (`connect`, `migrate`, `upsert_product`),
//! one transaction per product, as the store makes them.
//!
//! Options: `--database URL` (required), `--count N` (100000), `--examples
//! DIR` (the source tree's `examples/`), `--date YYYY-MM-DD` (assessment
//! date, 2026-01-15), `--base URL` (the registry address in the labels,
//! `http://localhost:8080`), `--labels all|en|none` (which `label.json`
//! languages to keep: all five (~300 kB a product, as `submit` makes them;
//! the default), English only (~60 kB; the site falls back to English) or
//! none), `--sync full|normal|off` (SQLite only: open the database as
//! `Db::connect` does but with this `synchronous` setting and one
//! connection; `off` skips the fsync of every commit — for throwaway
//! benchmark databases), `--bulk ROWS` (SQLite only, a new database: plain
//! INSERTs of what `upsert_product` writes, ROWS products a transaction —
//! the store's upsert slows down as the FTS table grows, see `insert`).
//!
//! Every product is a real one's size: the declaration (~10 kB) and
//! assessment report (~42 kB) stay, and `label.json` is ~60 kB a language,
//! so 100,000 products with every label fill ~35 GB; `--labels none` ~5 GB.
//! The ids, names and makers of a few products are printed at the end.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use iotmark_catalog::Catalog;
use iotmark_label::{LabelOptions, MarkStatus};
use iotmark_registry::Db;
use iotmark_registry::store::NewProduct;
use sha2::{Digest, Sha256};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

type Error = Box<dyn std::error::Error + Send + Sync>;

struct Args {
    database: String,
    count: u64,
    examples: PathBuf,
    date: NaiveDate,
    base: String,
    labels: Labels,
    sync: Option<SqliteSynchronous>,
    bulk: Option<u64>,
}

/// Which `label.json` languages each product keeps.
#[derive(Clone, Copy, PartialEq)]
enum Labels {
    /// Every language of the catalog, as `submit` makes them (~300 kB).
    All,
    /// English only (~60 kB): the site falls back to it for every language.
    English,
    /// None: `/p/{id}/label.json` answers 404 for the synthetic products.
    None,
}

const USAGE: &str = "usage: synthetic --database URL [--count N] [--examples DIR] [--date YYYY-MM-DD] [--base URL] [--labels all|en|none] [--sync full|normal|off] [--bulk ROWS]";

fn parse_args() -> Result<Args, Error> {
    let mut database = None;
    let mut count = 100_000;
    let mut examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    let mut date = NaiveDate::from_ymd_opt(2026, 1, 15).ok_or("bad default date")?;
    let mut base = "http://localhost:8080".to_owned();
    let mut labels = Labels::All;
    let mut sync = None;
    let mut bulk = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let (flag, inline) = match flag.split_once('=') {
            Some((f, v)) => (f.to_owned(), Some(v.to_owned())),
            None => (flag, None),
        };
        let value = match inline.or_else(|| args.next()) {
            Some(v) => v,
            None => return Err(format!("{flag} needs a value\n{USAGE}").into()),
        };
        match flag.as_str() {
            "--database" => database = Some(value),
            "--count" => count = value.replace('_', "").parse()?,
            "--examples" => examples = PathBuf::from(value),
            "--date" => date = value.parse()?,
            "--base" => base = value,
            "--labels" => {
                labels = match value.as_str() {
                    "all" => Labels::All,
                    "en" => Labels::English,
                    "none" => Labels::None,
                    _ => return Err(format!("--labels {value}: expected all, en or none").into()),
                }
            }
            "--bulk" => bulk = Some(value.parse::<u64>()?.max(1)),
            "--sync" => {
                sync = Some(match value.as_str() {
                    "full" => SqliteSynchronous::Full,
                    "normal" => SqliteSynchronous::Normal,
                    "off" => SqliteSynchronous::Off,
                    _ => return Err(format!("--sync {value}: expected full, normal or off").into()),
                })
            }
            _ => return Err(format!("unknown option {flag}\n{USAGE}").into()),
        }
    }
    Ok(Args {
        database: database.ok_or(format!("--database is required\n{USAGE}"))?,
        count,
        examples,
        date,
        base,
        labels,
        sync,
        bulk,
    })
}

/// The product record of every bundled example, assessed on `date`.
fn templates(
    catalog: &Catalog,
    examples: &Path,
    date: NaiveDate,
    base: &str,
) -> Result<Vec<NewProduct>, Error> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(examples)
        .map_err(|e| format!("cannot read {}: {e}", examples.display()))?
        .filter_map(|e| e.ok().map(|e| e.path().join("declaration.yaml")))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    if paths.is_empty() {
        return Err(format!("no */declaration.yaml under {}", examples.display()).into());
    }
    let mut out = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let bytes = std::fs::read(&path)?;
        let declaration = iotmark_declaration::load(&name, &bytes).map_err(|d| {
            let text: Vec<String> = d.iter().map(ToString::to_string).collect();
            format!("{name}: {}", text.join("; "))
        })?;
        let input = iotmark_assess::Input {
            declaration_sha256: hex::encode(Sha256::digest(&bytes)),
            ..iotmark_assess::Input::new(&declaration, date)
        };
        let assessment = iotmark_assess::assess(catalog, &input);
        let options = LabelOptions {
            registry_base: base.to_owned(),
            certificate: None,
        };
        out.push(iotmark_registry::submit::product_from_assessment(
            catalog,
            &declaration,
            &bytes,
            "declaration.yaml",
            &assessment,
            &options,
        )?);
    }
    Ok(out)
}

/// SplitMix64: the row number's pseudo-random bits, the same on every run.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn pick<'a>(list: &[&'a str], bits: u64) -> &'a str {
    list[(bits % list.len() as u64) as usize]
}

const MAKER_A: &[&str] = &[
    "Acme", "Lumen", "Nordwind", "Kestrel", "Orion", "Pavo", "Quill", "Sable", "Tandem", "Umbra",
    "Vela", "Wren", "Xenon", "Yarrow", "Zephyr", "Amber", "Birch", "Cobalt", "Delta", "Ember",
    "Fjord", "Garnet", "Harbor", "Iris", "Juniper", "Koala", "Lynx", "Maple", "Nimbus", "Opal",
    "Pixel", "Quartz", "Rivet", "Solace", "Tessel", "Unity", "Vortex", "Willow", "Yonder",
    "Zenith",
];
const MAKER_B: &[&str] = &[
    "Home",
    "Labs",
    "Devices",
    "Electronics",
    "Systems",
    "Works",
    "Connect",
    "Tech",
    "Robotics",
    "Living",
    "Audio",
    "Security",
    "Wearables",
    "Toys",
    "Energy",
    "Networks",
    "Industries",
    "Design",
    "Sense",
    "Micro",
    "Digital",
    "Smart",
    "Vision",
    "Wave",
    "Link",
];
const LEGAL: &[&str] = &[
    "SAS", "GmbH", "Ltd", "Inc.", "S.L.", "K.K.", "B.V.", "AB", "Oy", "S.p.A.",
];
const CATEGORIES: &[(&str, &[&str])] = &[
    ("camera", &["Cam", "Camera", "Eye", "Watcher"]),
    ("doorbell", &["Doorbell", "Chime", "Door View"]),
    (
        "baby_monitor",
        &["Baby Monitor", "Nursery Cam", "Crib Sense"],
    ),
    ("smart_speaker", &["Speaker", "Voice", "Echo Box"]),
    ("display", &["Display", "Hub Screen", "Frame"]),
    ("tv", &["TV", "Screen", "Cinema"]),
    ("smart_lock", &["Lock", "Deadbolt", "Latch"]),
    ("alarm_system", &["Alarm", "Guard", "Siren"]),
    ("wearable", &["Watch", "Band", "Tracker"]),
    ("health_device", &["Scale", "Thermometer", "Pulse"]),
    ("toy", &["Bear", "Robot", "Pal"]),
    ("smart_plug", &["Plug", "Socket", "Switch"]),
    ("lighting", &["Bulb", "Light Strip", "Lamp"]),
    ("thermostat", &["Thermostat", "Climate", "Heat Control"]),
    ("appliance", &["Oven", "Fridge", "Washer"]),
    ("vacuum", &["Vacuum", "Robot Cleaner", "Sweeper"]),
    ("hub", &["Hub", "Bridge", "Gateway"]),
    ("router", &["Router", "Mesh", "Wi-Fi Point"]),
    ("sensor", &["Sensor", "Detector", "Monitor"]),
    ("other", &["Gadget", "Device", "Module"]),
];
const SERIES: &[&str] = &[
    "Mini", "Pro", "Max", "Lite", "Plus", "Air", "One", "2K", "4K", "Outdoor", "Indoor", "Go",
    "Neo", "Ultra", "Classic", "Edge", "Flex", "Core", "Prime", "Nova",
];

/// The number of manufacturers (MAKER_A × MAKER_B × LEGAL is the most).
const MAKERS: u64 = 2_000;

/// Row `i`: `template` with the searchable columns replaced.
fn vary(p: &mut NewProduct, i: u64, today: NaiveDate) {
    let r = mix(i);
    // Manufacturer: one of MAKERS, each making products of a few categories.
    let m = mix((i % MAKERS) ^ 0xA5A5);
    let maker_a = MAKER_A[(m % MAKER_A.len() as u64) as usize];
    let maker_b = MAKER_B[((m >> 8) % MAKER_B.len() as u64) as usize];
    let legal = LEGAL[((m >> 16) % LEGAL.len() as u64) as usize];
    p.manufacturer = format!("{maker_a} {maker_b} {legal}");
    let (category, nouns) = CATEGORIES[((m >> 24) + (r & 3)) as usize % CATEGORIES.len()];
    p.category = category.to_owned();
    let noun = pick(nouns, r >> 8);
    let series = pick(SERIES, r >> 16);
    p.name = format!("{maker_a} {noun} {series} {}", 1 + (r >> 24) % 9);
    // The model makes (manufacturer, model) unique: the row number in it.
    let letters: String = maker_a.chars().take(2).collect::<String>().to_uppercase();
    p.model = format!("{letters}-{}{i:06}", &category[..1].to_uppercase());
    p.firmware_version = format!(
        "{}.{}.{}",
        1 + (r >> 28) % 6,
        (r >> 32) % 20,
        (r >> 40) % 50
    );
    // Levels 0 to 3, most products at 1 or 2.
    p.level = match (r >> 44) % 10 {
        0 | 1 => 0,
        2..=5 => 1,
        6..=8 => 2,
        _ => 3,
    };
    p.status = if p.level == 0 {
        MarkStatus::SelfAssessed
    } else {
        match (r >> 48) % 50 {
            0 => MarkStatus::Suspended,
            1 => MarkStatus::Revoked,
            2 | 3 => MarkStatus::Expired,
            _ => MarkStatus::Valid,
        }
    };
    // Support ends between two years ago and eight years ahead; 1 in 10
    // declares none.
    p.support_end = if (r >> 52).is_multiple_of(10) {
        None
    } else {
        today.checked_add_signed(chrono::Duration::days(((r >> 20) % 3650) as i64 - 730))
    };
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("synthetic: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), Error> {
    let args = parse_args()?;
    let catalog = Catalog::embedded().map_err(|d| {
        let text: Vec<String> = d.iter().map(ToString::to_string).collect();
        format!("the embedded catalog does not load: {}", text.join("; "))
    })?;
    let mut templates = templates(catalog, &args.examples, args.date, &args.base)?;
    for t in &mut templates {
        match args.labels {
            Labels::All => {}
            Labels::English => t.labels.retain(|lang, _| lang == "en"),
            Labels::None => t.labels.clear(),
        }
    }
    let db = match args.sync {
        None => Db::connect(&args.database).await?,
        // `Db::connect`'s SQLite settings but for `synchronous`: one
        // connection, WAL, foreign keys, and no fsync per commit with
        // `off` (a crash may lose the file: for throwaway databases).
        Some(sync) if args.database.starts_with("sqlite:") => {
            let options = args
                .database
                .parse::<SqliteConnectOptions>()?
                .journal_mode(SqliteJournalMode::Wal)
                .foreign_keys(true)
                .synchronous(sync);
            let pool = SqlitePoolOptions::new()
                .max_connections(1)
                .connect_with(options)
                .await?;
            Db::Sqlite(pool)
        }
        Some(_) => return Err("--sync applies to SQLite only".into()),
    };
    db.migrate().await?;

    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::with_draw_target(Some(args.count), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} products {per_sec} eta {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let started = Instant::now();
    let n = templates.len() as u64;
    let every = (args.count / 5).max(1);
    let mut samples = Vec::new();
    let mut tx = match (&db, args.bulk) {
        (Db::Sqlite(pool), Some(_)) => Some(pool.begin().await?),
        (_, Some(_)) => return Err("--bulk applies to SQLite only".into()),
        _ => None,
    };
    for i in 0..args.count {
        // Change the template in place: no copy of its report and labels.
        let p = &mut templates[(i % n) as usize];
        vary(p, i, args.date);
        let id = match (&mut tx, &db, args.bulk) {
            (Some(t), Db::Sqlite(pool), Some(rows)) => {
                let id = insert(t, p).await?;
                if (i + 1) % rows == 0 {
                    if let Some(done) = tx.take() {
                        done.commit().await?;
                    }
                    tx = Some(pool.begin().await?);
                }
                id
            }
            _ => db.upsert_product(p).await?,
        };
        if i % every == 0 {
            samples.push((id, p.name.clone(), p.manufacturer.clone()));
        }
        bar.inc(1);
    }
    if let Some(t) = tx {
        t.commit().await?;
    }
    bar.finish_and_clear();
    let elapsed = started.elapsed();
    db.close().await;
    eprintln!(
        "stored {} products in {:.1} s ({:.0}/s) into {}",
        args.count,
        elapsed.as_secs_f64(),
        args.count as f64 / elapsed.as_secs_f64().max(1e-9),
        iotmark_registry::store::redact(&args.database),
    );
    for (id, name, maker) in samples {
        eprintln!("  e.g. {id}  {name} — {maker}");
    }
    Ok(())
}

/// What `Db::upsert_product` writes on SQLite, as plain inserts into the
/// caller's transaction: for `--bulk` into a new database. The store's
/// upsert deletes the product's `products_fts` row first, and `id` is an
/// UNINDEXED column there, so every upsert scans the whole FTS table:
/// ~1,200 upserts/s on an empty database, ~56/s at 45,000 products.
async fn insert(
    tx: &mut sqlx::Transaction<'static, sqlx::Sqlite>,
    p: &NewProduct,
) -> Result<String, Error> {
    let id = p.id();
    let grades = serde_json::to_string(&p.grades)?;
    let search_text = [&p.name, &p.manufacturer, &p.model, &p.category]
        .iter()
        .flat_map(|t| iotmark_registry::store::words(t))
        .collect::<Vec<_>>()
        .join(" ");
    sqlx::query(
        "INSERT INTO products (id, manufacturer, name, model, category, firmware_version, level,
             grades, support_end, status, search_text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&p.manufacturer)
    .bind(&p.name)
    .bind(&p.model)
    .bind(&p.category)
    .bind(&p.firmware_version)
    .bind(i64::from(p.level))
    .bind(&grades)
    .bind(p.support_end)
    .bind(p.status.name())
    .bind(&search_text)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO product_documents (product_id, declaration, declaration_name, assessment)
         VALUES (?, ?, ?, ?)",
    )
    .bind(&id)
    .bind(&p.declaration)
    .bind(&p.declaration_name)
    .bind(&p.assessment)
    .execute(&mut **tx)
    .await?;
    sqlx::query("INSERT INTO products_fts (id, search_text) VALUES (?, ?)")
        .bind(&id)
        .bind(&search_text)
        .execute(&mut **tx)
        .await?;
    for (lang, label) in &p.labels {
        sqlx::query("INSERT INTO product_labels (product_id, lang, label) VALUES (?, ?, ?)")
            .bind(&id)
            .bind(lang)
            .bind(label)
            .execute(&mut **tx)
            .await?;
    }
    Ok(id)
}
