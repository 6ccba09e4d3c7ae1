//! `iotmark serve` and `iotmark demo`: the registry's web site.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use clap::Args;
use iotmark_label::raster::Fonts;
use iotmark_label::{Certificate, LabelOptions, MarkStatus};
use iotmark_registry::Db;
use iotmark_registry::store::{CertificateRecord, NewProduct};
use iotmark_registry::web::log::LogSource;
use iotmark_registry::web::{AppState, router, serve as serve_app};
use iotmark_tlog::file::FileStore;
use iotmark_tlog::log::Log;
use iotmark_tlog::note::NoteVerifier;

use crate::certificates::{IssueRequest, issue_certificate};
use crate::{Outcome, catalog, run_assessment};

#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    /// The address to listen on (port 0: any free port; the address is
    /// printed on the first line of standard output).
    #[arg(long, default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// The database: sqlite://PATH?mode=rwc or postgres://USER@HOST/DB
    /// (default: SQLite in the platform data directory).
    #[arg(long, env = "IOTMARK_DATABASE")]
    database: Option<String>,
    /// Where the registry keeps its files (default: the platform data
    /// directory).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// A transparency log directory to serve at /log and check the
    /// certificates' inclusion against (read only).
    #[arg(long)]
    log: Option<PathBuf>,
    /// The certification body's verifier key (text or a file), for
    /// /verify; the log's key is read from the --log directory.
    #[arg(long)]
    verifier_key: Option<String>,
}

#[derive(Args, Debug)]
pub(crate) struct DemoArgs {
    /// The address to listen on (port 0: any free port; the address is
    /// printed on the first line of standard output).
    #[arg(long, default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// The demo's directory, recreated on every run (default: `demo` in
    /// the platform data directory). An existing directory is emptied only
    /// if an earlier demo made it.
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The bundled examples (default: `examples/` here, else the source
    /// tree's).
    #[arg(long)]
    examples: Option<PathBuf>,
    /// The assessment and issue date, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<NaiveDate>,
}

/// The file that marks a directory as a demo's, so that only such a
/// directory is ever emptied.
const DEMO_MARKER: &str = ".iotmark-demo";

fn platform_data_dir() -> Result<PathBuf> {
    directories::ProjectDirs::from("", "", "iotmark")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| anyhow!("no home directory to keep the registry in: give --data-dir"))
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let json = std::env::var("IOTMARK_LOG_FORMAT").is_ok_and(|f| f == "json");
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    // Only the first call in a process succeeds; later ones change nothing.
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.with_ansi(false).try_init()
    };
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

/// Binds `addr` and prints the site's URL as the first line of standard
/// output.
fn bind(addr: SocketAddr) -> Result<(std::net::TcpListener, SocketAddr)> {
    let listener =
        std::net::TcpListener::bind(addr).with_context(|| format!("cannot listen on {addr}"))?;
    listener
        .set_nonblocking(true)
        .context("cannot make the listener non-blocking")?;
    let local = listener.local_addr().context("the bound address")?;
    Ok((listener, local))
}

fn announce(local: SocketAddr) -> Result<()> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "http://{local}/").context("cannot write to standard output")?;
    out.flush().context("cannot write to standard output")
}

async fn run_site(
    listener: std::net::TcpListener,
    local: SocketAddr,
    db: Db,
    data_dir: PathBuf,
    log: Option<PathBuf>,
    certification_body_key: Option<NoteVerifier>,
) -> Result<()> {
    let catalog = catalog()?;
    let log = match log {
        Some(dir) => {
            Some(Arc::new(LogSource::open(&dir).map_err(|e| {
                anyhow!("cannot serve the log in {}: {e}", dir.display())
            })?))
        }
        None => None,
    };
    let fonts = tokio::task::spawn_blocking(Fonts::system)
        .await
        .context("loading fonts")?;
    let app = router(AppState {
        db: db.clone(),
        data_dir,
        catalog,
        fonts: Arc::new(fonts),
        log_key: log.as_ref().map(|l| l.verifier().clone()),
        log,
        certification_body_key,
        today: || chrono::Utc::now().date_naive(),
    });
    let listener = tokio::net::TcpListener::from_std(listener)
        .with_context(|| format!("cannot listen on {local}"))?;
    announce(local)?;
    tracing::info!(address = %local, database = db.backend(), "serving the registry");
    serve_app(listener, app)
        .await
        .with_context(|| format!("serving on {local}"))?;
    db.close().await;
    Ok(())
}

pub(crate) fn serve(args: ServeArgs) -> Result<Outcome> {
    init_logging();
    let data_dir = match args.data_dir {
        Some(d) => d,
        None => platform_data_dir()?,
    };
    let url = match args.database {
        Some(u) => u,
        None => {
            std::fs::create_dir_all(&data_dir)
                .with_context(|| format!("cannot create {}", data_dir.display()))?;
            format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("registry.db").display()
            )
        }
    };
    let certification_body_key = args
        .verifier_key
        .as_deref()
        .map(crate::transparency::verifier_arg)
        .transpose()?;
    let (listener, local) = bind(args.bind)?;
    runtime()?.block_on(async move {
        let db = Db::connect(&url).await?;
        let applied = db.migrate().await?;
        if !applied.is_empty() {
            tracing::info!(?applied, "migrated the database");
        }
        run_site(
            listener,
            local,
            db,
            data_dir,
            args.log,
            certification_body_key,
        )
        .await
    })?;
    Ok(Outcome::Ok)
}

/// Empties (or creates) the demo directory, refusing one an earlier demo
/// did not make.
fn fresh_demo_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        let empty = std::fs::read_dir(dir)
            .with_context(|| format!("cannot read {}", dir.display()))?
            .next()
            .is_none();
        if !empty && !dir.join(DEMO_MARKER).is_file() {
            bail!(
                "{} is not empty and no earlier demo made it: give another --data-dir",
                dir.display()
            );
        }
        std::fs::remove_dir_all(dir).with_context(|| format!("cannot empty {}", dir.display()))?;
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    std::fs::write(
        dir.join(DEMO_MARKER),
        "made by `iotmark demo`; emptied on every run\n",
    )
    .with_context(|| format!("cannot write in {}", dir.display()))?;
    Ok(())
}

fn examples_dir(given: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(d) = given {
        return Ok(d);
    }
    let here = PathBuf::from("examples");
    if here.join("home-camera").is_dir() {
        return Ok(here);
    }
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples");
    if source.is_dir() {
        return Ok(source);
    }
    bail!("cannot find the bundled examples: give --examples DIR")
}

/// A product to store, and its certificate if it got one.
struct Seeded {
    product: NewProduct,
    certificate: Option<CertificateRecord>,
}

/// Assesses every example, certifies those at level 1 or above into a
/// fresh log in `dir` with a demo certification body's key, and resolves
/// their labels for the registry at `base`.
fn seed(dir: &Path, examples: &Path, date: NaiveDate, base: &str) -> Result<Vec<Seeded>> {
    let catalog = catalog()?;
    let key_path = dir.join("demo-cb.pem");
    iotmark_cert::key::generate("demo-cb.iotmark.example", &key_path)?;
    let key = iotmark_cert::key::load(&key_path)?;
    let log_dir = dir.join("log");
    let origin = "demo.iotmark.example/log";
    let store = FileStore::create(&log_dir, origin, &key.verifier(), &key_path)?;
    let signer = iotmark_cert::key::load_signer(&key_path)?;
    let mut log = Log::open(store, origin, signer)?;

    let mut declarations: Vec<PathBuf> = std::fs::read_dir(examples)
        .with_context(|| format!("cannot read {}", examples.display()))?
        .filter_map(|e| e.ok().map(|e| e.path().join("declaration.yaml")))
        .filter(|p| p.is_file())
        .collect();
    declarations.sort();
    if declarations.is_empty() {
        bail!("no */declaration.yaml under {}", examples.display());
    }
    let mut out = Vec::new();
    for path in declarations {
        let assessed = run_assessment(&path, &[], Some(date), None)?;
        let mut certificate = None;
        if assessed.assessment.level >= 1 {
            let issued = issue_certificate(
                &IssueRequest {
                    declaration_path: &path,
                    assessed: &assessed,
                    key: &key,
                    assessor: "Demo Assessor",
                    id: None,
                    date,
                    valid_from: None,
                    valid_until: None,
                },
                &mut log,
                &log_dir,
            );
            match issued {
                Ok(i) => certificate = Some(i),
                Err(e) => eprintln!("{}: not certified: {e:#}", path.display()),
            }
        }
        let options = LabelOptions {
            registry_base: base.to_owned(),
            certificate: certificate.as_ref().map(|c| Certificate {
                id: c.certificate_id.clone(),
                status: MarkStatus::Valid,
            }),
        };
        let product = iotmark_registry::submit::product_from_assessment(
            catalog,
            &assessed.declaration,
            &assessed.bytes,
            "declaration.yaml",
            &assessed.assessment,
            &options,
        )?;
        let certificate = certificate.map(|c| CertificateRecord {
            id: c.certificate_id,
            product_id: product.id(),
            envelope: c.entry,
            log_index: c.index,
            issued_on: date,
            valid_until: c.valid_until,
            status: iotmark_cert::event::Status::Valid,
        });
        out.push(Seeded {
            product,
            certificate,
        });
    }
    Ok(out)
}

pub(crate) fn demo(args: DemoArgs) -> Result<Outcome> {
    init_logging();
    let dir = match args.data_dir {
        Some(d) => d,
        None => platform_data_dir()?.join("demo"),
    };
    let examples = examples_dir(args.examples)?;
    fresh_demo_dir(&dir)?;
    let date = args.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let (listener, local) = bind(args.bind)?;
    let seeded = seed(&dir, &examples, date, &format!("http://{local}"))?;
    let cb_key = iotmark_cert::key::load(&dir.join("demo-cb.pem"))?.verifier();
    let url = format!("sqlite://{}?mode=rwc", dir.join("registry.db").display());
    runtime()?.block_on(async move {
        let db = Db::connect(&url).await?;
        db.migrate().await?;
        let mut certified = 0;
        for s in &seeded {
            db.upsert_product(&s.product).await?;
            if let Some(c) = &s.certificate {
                db.insert_certificate(c).await?;
                certified += 1;
            }
        }
        tracing::info!(
            products = seeded.len(),
            certified,
            data_dir = %dir.display(),
            "seeded the demo registry"
        );
        let log = dir.join("log");
        run_site(listener, local, db, dir, Some(log), Some(cb_key)).await
    })?;
    Ok(Outcome::Ok)
}
