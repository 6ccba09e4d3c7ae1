//! `iotmark serve` and `iotmark demo`: the registry's web site.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result, anyhow, bail};
use chrono::NaiveDate;
use clap::Args;
use iotmark_cert::key::NamedKey;
use iotmark_label::LabelOptions;
use iotmark_label::raster::Fonts;
use iotmark_registry::Db;
use iotmark_registry::issue::Issuer;
use iotmark_registry::keys::Keys;
use iotmark_registry::ledger::Ledger;
use iotmark_registry::store::{EvidenceFile, NewSubmission, Role, SubmissionState, unix_now};
use iotmark_registry::web::log::LogSource;
use iotmark_registry::web::{AppState, SiteOptions, router, serve as serve_app};
use sha2::{Digest, Sha256};

use crate::{Outcome, catalog};

#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    /// A TOML file of these settings (keys as the flags, with `_`:
    /// `bind`, `database`, `data_dir`, `key`, `key_name`, `key_dir`,
    /// `log_key`, `origin`, `public_url`, `open_registration`,
    /// `page_cache_ttl`). Flags and
    /// environment win over
    /// it. Default: `iotmark.toml` in the data directory, if present.
    #[arg(long, env = "IOTMARK_CONFIG")]
    config: Option<PathBuf>,
    /// The address to listen on (port 0: any free port; the address is
    /// printed on the first line of standard output) [default:
    /// 127.0.0.1:8080].
    #[arg(long, env = "IOTMARK_BIND")]
    bind: Option<SocketAddr>,
    /// The database: sqlite://PATH?mode=rwc or postgres://USER@HOST/DB
    /// (default: SQLite in the data directory).
    #[arg(long, env = "IOTMARK_DATABASE")]
    database: Option<String>,
    /// Where the registry keeps its files (default: the platform data
    /// directory).
    #[arg(long, env = "IOTMARK_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// The certification body's first signing key (PEM, from `iotmark key
    /// generate`); it signs certificates and their status changes until
    /// an admin rotates it. Default: `certification-body.pem` in the data
    /// directory, made on first start.
    #[arg(long, env = "IOTMARK_KEY")]
    key: Option<PathBuf>,
    /// The name of the key made on first start [default: registry.local].
    #[arg(long)]
    key_name: Option<String>,
    /// Where keys made by rotation are kept (and looked for) [default:
    /// `keys` in the data directory].
    #[arg(long, env = "IOTMARK_KEY_DIR")]
    key_dir: Option<PathBuf>,
    /// The transparency log's signing key (PEM), which signs its
    /// checkpoints. Default: `log.pem` in the data directory, made on
    /// first start with the origin as its name; a log begun before the
    /// keys were separate goes on signing with the first certification
    /// body key.
    #[arg(long, env = "IOTMARK_LOG_KEY")]
    log_key: Option<PathBuf>,
    /// The transparency log's origin [default: <key name>/log].
    #[arg(long)]
    origin: Option<String>,
    /// The site's public address, for labels' QR codes; an https address
    /// makes cookies Secure [default: http://<bind>].
    #[arg(long, env = "IOTMARK_PUBLIC_URL")]
    public_url: Option<String>,
    /// Let makers open accounts themselves at /register.
    #[arg(long)]
    open_registration: bool,
    /// Seconds a rendered public page (search, product, label) may be
    /// served again before it is rendered afresh; any change made through
    /// this server ends it at once. 0 turns the page cache off. Keep it
    /// short when several servers share one database [default: 5].
    #[arg(long, env = "IOTMARK_PAGE_CACHE_TTL")]
    page_cache_ttl: Option<u64>,
    /// Serve a transparency log directory kept by `iotmark certify`
    /// instead, read only: nothing is issued through the site.
    #[arg(long)]
    log: Option<PathBuf>,
    /// With --log: the certification body's verifier key (text or a
    /// file), for /verify.
    #[arg(long)]
    verifier_key: Option<String>,
}

/// The settings a config file may hold.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    bind: Option<SocketAddr>,
    database: Option<String>,
    data_dir: Option<PathBuf>,
    key: Option<PathBuf>,
    key_name: Option<String>,
    key_dir: Option<PathBuf>,
    log_key: Option<PathBuf>,
    origin: Option<String>,
    public_url: Option<String>,
    #[serde(default)]
    open_registration: bool,
    page_cache_ttl: Option<u64>,
}

fn read_config(path: &Path) -> Result<ConfigFile> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read the config file {}", path.display()))?;
    toml::from_str(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
}

/// `iotmark account add`: opens an account in a registry's database.
#[derive(Args, Debug)]
pub(crate) struct AccountArgs {
    /// The database (default: SQLite in the data directory).
    #[arg(long, env = "IOTMARK_DATABASE")]
    database: Option<String>,
    /// The data directory whose database to use.
    #[arg(long, env = "IOTMARK_DATA_DIR")]
    data_dir: Option<PathBuf>,
    /// The e-mail address to sign in with.
    #[arg(long)]
    email: String,
    /// The person's name.
    #[arg(long)]
    name: String,
    /// The organisation.
    #[arg(long)]
    organisation: String,
    /// manufacturer, assessor or admin.
    #[arg(long, default_value = "admin")]
    role: String,
    /// Read the password from standard input (else one is made and
    /// printed).
    #[arg(long)]
    password_stdin: bool,
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
    /// The date the demo works on, YYYY-MM-DD: its assessments, issues
    /// and the site's own date (default: today, from the clock).
    #[arg(long)]
    date: Option<NaiveDate>,
    /// Seconds a rendered public page may be served again (0: no page
    /// cache) [default: 5].
    #[arg(long, env = "IOTMARK_PAGE_CACHE_TTL")]
    page_cache_ttl: Option<u64>,
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

/// Binds `addr` (the site's URL is printed by [`announce`] once the site
/// is ready).
fn bind_addr(addr: SocketAddr) -> Result<(std::net::TcpListener, SocketAddr)> {
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

/// The date `iotmark demo --date` fixes for the whole demo; else today.
static DEMO_DATE: std::sync::OnceLock<NaiveDate> = std::sync::OnceLock::new();

/// The registry's date: the demo's when given, else the clock's.
fn site_today() -> NaiveDate {
    DEMO_DATE
        .get()
        .copied()
        .unwrap_or_else(|| chrono::Utc::now().date_naive())
}

/// What the site serves besides the database.
struct Site {
    data_dir: PathBuf,
    log: Option<Arc<LogSource>>,
    keys: Option<Arc<Keys>>,
    issuer: Option<Arc<Issuer>>,
    options: SiteOptions,
}

async fn run_site(
    listener: std::net::TcpListener,
    local: SocketAddr,
    db: Db,
    site: Site,
) -> Result<()> {
    let catalog = catalog()?;
    let fonts = tokio::task::spawn_blocking(Fonts::system)
        .await
        .context("loading fonts")?;
    let app = router(AppState {
        db: db.clone(),
        data_dir: site.data_dir,
        catalog,
        fonts: Arc::new(fonts),
        log_key: site.log.as_ref().map(|l| l.verifier().clone()),
        log: site.log,
        keys: site.keys,
        today: site_today,
        issuer: site.issuer,
        options: site.options,
    });
    let listener = tokio::net::TcpListener::from_std(listener)
        .with_context(|| format!("cannot listen on {local}"))?;
    tracing::info!(address = %local, database = db.backend(), "serving the registry");
    serve_app(listener, app)
        .await
        .with_context(|| format!("serving on {local}"))?;
    db.close().await;
    Ok(())
}

/// The database URL: the one given, else SQLite in the data directory.
fn database_url(given: Option<String>, data_dir: &Path) -> Result<String> {
    match given {
        Some(u) => Ok(u),
        None => {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("cannot create {}", data_dir.display()))?;
            Ok(format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("registry.db").display()
            ))
        }
    }
}

/// Opens and migrates the database.
async fn open_db(url: &str) -> Result<Db> {
    let db = Db::connect(url).await?;
    let applied = db.migrate().await?;
    if !applied.is_empty() {
        tracing::info!(?applied, "migrated the database");
    }
    Ok(db)
}

/// The key at `path`, made with `name` if absent.
fn load_or_make_key(path: &Path, name: &str, what: &str) -> Result<NamedKey> {
    if !path.exists() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        iotmark_cert::key::generate(name, path)?;
        tracing::info!(key = %path.display(), "made {what}");
    }
    Ok(iotmark_cert::key::load(path)?)
}

/// Where the registry's keys are.
struct KeyFiles {
    /// The certification body's first key.
    first: PathBuf,
    /// Its name, when it is made.
    name: String,
    /// Keys made by rotation.
    dir: PathBuf,
    /// The log's key.
    log: PathBuf,
}

/// The log's signing key: the file at `files.log`; else, for a log begun
/// when the first certification body key also signed checkpoints, that
/// key; else a new key named after the origin.
async fn log_signer(
    db: &Db,
    files: &KeyFiles,
    first: &NamedKey,
    origin: &str,
) -> Result<iotmark_tlog::note::NoteSigner> {
    if !files.log.exists()
        && let Some((_, stored)) = db.log_config().await?
        && stored == first.verifier_key()
    {
        tracing::info!(key = %files.first.display(), "the log goes on signing with the certification body's first key, as it began");
        return Ok(first.note_signer().clone());
    }
    Ok(load_or_make_key(&files.log, origin, "the transparency log's key")?.into_note_signer())
}

/// Opens the certification body's keys, the log in the database and the
/// issuer signing into it.
async fn open_issuer(
    db: &Db,
    files: &KeyFiles,
    origin: Option<String>,
    base: &str,
    today: NaiveDate,
) -> Result<(Arc<LogSource>, Arc<Issuer>)> {
    let first = load_or_make_key(&files.first, &files.name, "the certification body's key")?;
    let origin = origin.unwrap_or_else(|| format!("{}/log", first.name()));
    let signer = log_signer(db, files, &first, &origin).await?;
    let keys = Arc::new(
        Keys::open(db, &files.first, first, files.dir.clone(), today)
            .await
            .context("opening the certification body's keys")?,
    );
    let ledger = Arc::new(
        Ledger::open(db.clone(), &origin, signer)
            .await
            .context("opening the transparency log in the database")?,
    );
    let log = Arc::new(LogSource::database(Arc::clone(&ledger)));
    Ok((log, Arc::new(Issuer::new(keys, ledger, base))))
}

pub(crate) fn serve(args: ServeArgs) -> Result<Outcome> {
    init_logging();
    let default_dir = || platform_data_dir();
    let config_path = match (&args.config, &args.data_dir) {
        (Some(c), _) => Some(c.clone()),
        (None, Some(d)) => Some(d.join("iotmark.toml")).filter(|p| p.is_file()),
        (None, None) => default_dir()
            .ok()
            .map(|d| d.join("iotmark.toml"))
            .filter(|p| p.is_file()),
    };
    let file = match &config_path {
        Some(p) => read_config(p)?,
        None => ConfigFile::default(),
    };
    let data_dir = match args.data_dir.or(file.data_dir) {
        Some(d) => d,
        None => default_dir()?,
    };
    let bind = args
        .bind
        .or(file.bind)
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 8080)));
    let url = database_url(args.database.or(file.database), &data_dir)?;
    let certification_body_key = args
        .verifier_key
        .as_deref()
        .map(crate::transparency::verifier_arg)
        .transpose()?;
    let (listener, local) = bind_addr(bind)?;
    let public_url = args
        .public_url
        .or(file.public_url)
        .unwrap_or_else(|| format!("http://{local}"));
    let options = SiteOptions {
        secure_cookies: public_url.starts_with("https://"),
        open_registration: args.open_registration || file.open_registration,
        page_cache_ttl: Some(args.page_cache_ttl.or(file.page_cache_ttl).map_or(
            iotmark_registry::web::cache::DEFAULT_TTL,
            std::time::Duration::from_secs,
        )),
    };
    let key_files = KeyFiles {
        first: args
            .key
            .or(file.key)
            .unwrap_or_else(|| data_dir.join("certification-body.pem")),
        name: args
            .key_name
            .or(file.key_name)
            .unwrap_or_else(|| "registry.local".to_owned()),
        dir: args
            .key_dir
            .or(file.key_dir)
            .unwrap_or_else(|| data_dir.join("keys")),
        log: args
            .log_key
            .or(file.log_key)
            .unwrap_or_else(|| data_dir.join("log.pem")),
    };
    let origin = args.origin.or(file.origin);
    let file_log = args.log;
    runtime()?.block_on(async move {
        let db = open_db(&url).await?;
        let site = match file_log {
            Some(dir) => {
                let log = Arc::new(
                    LogSource::open(&dir)
                        .map_err(|e| anyhow!("cannot serve the log in {}: {e}", dir.display()))?,
                );
                Site {
                    data_dir,
                    log: Some(log),
                    keys: certification_body_key
                        .map(|k| Arc::new(Keys::verify_only(k, site_today()))),
                    issuer: None,
                    options,
                }
            }
            None => {
                if certification_body_key.is_some() {
                    bail!("--verifier-key goes with --log: a registry keeps its own keys");
                }
                let (log, issuer) =
                    open_issuer(&db, &key_files, origin, &public_url, site_today()).await?;
                Site {
                    data_dir,
                    log: Some(log),
                    keys: Some(Arc::clone(&issuer.keys)),
                    issuer: Some(issuer),
                    options,
                }
            }
        };
        announce(local)?;
        run_site(listener, local, db, site).await
    })?;
    Ok(Outcome::Ok)
}

pub(crate) fn account_add(args: AccountArgs) -> Result<Outcome> {
    let role: Role = args.role.parse()?;
    let data_dir = match args.data_dir {
        Some(d) => d,
        None => platform_data_dir()?,
    };
    let url = database_url(args.database, &data_dir)?;
    let (password, made) = if args.password_stdin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("cannot read the password from standard input")?;
        (line.trim_end_matches(['\r', '\n']).to_owned(), false)
    } else {
        (iotmark_registry::auth::random_token()?, true)
    };
    let hash = iotmark_registry::auth::hash_password(&password)?;
    runtime()?.block_on(async {
        let db = open_db(&url).await?;
        let id = db
            .create_account(
                &args.email,
                &args.name,
                &args.organisation,
                role,
                &hash,
                unix_now(),
            )
            .await?;
        db.close().await;
        let mut out = std::io::stdout().lock();
        writeln!(out, "account {id}: {} ({})", args.email, role.as_str())?;
        if made {
            writeln!(out, "password: {password}")?;
        }
        Ok::<_, anyhow::Error>(())
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

/// The demo's accounts: (role, e-mail address, name, organisation,
/// password). The passwords are public: the demo is for trying.
pub(crate) const DEMO_ACCOUNTS: [(Role, &str, &str, &str, &str); 3] = [
    (
        Role::Admin,
        "admin@demo.iotmark.example",
        "Ada Admin",
        "Demo certification body",
        "demo-admin-password",
    ),
    (
        Role::Assessor,
        "assessor@demo.iotmark.example",
        "Sam Assessor",
        "Demo certification body",
        "demo-assessor-password",
    ),
    (
        Role::Manufacturer,
        "maker@demo.iotmark.example",
        "Mia Maker",
        "Demo makers",
        "demo-maker-password",
    ),
];

/// Seeds the demo through the workflow: each example is submitted by the
/// demo maker with its evidence and, when it reaches a level, approved by
/// the demo assessor (signed, logged and published in one transaction);
/// the others are listed uncertified.
async fn seed(
    db: &Db,
    issuer: &Issuer,
    examples: &Path,
    date: NaiveDate,
) -> Result<(usize, usize)> {
    let catalog = catalog()?;
    let mut ids = Vec::new();
    for (role, email, name, org, password) in DEMO_ACCOUNTS {
        let hash =
            tokio::task::spawn_blocking(move || iotmark_registry::auth::hash_password(password))
                .await
                .context("hashing a password")??;
        let id = db
            .create_account(email, name, org, role, &hash, unix_now())
            .await?;
        ids.push(id);
    }
    let (maker, assessor_id) = (ids[2], ids[1]);
    let assessor = db
        .account(assessor_id)
        .await?
        .ok_or_else(|| anyhow!("the demo assessor's account is missing"))?;
    let mut declarations: Vec<PathBuf> = std::fs::read_dir(examples)
        .with_context(|| format!("cannot read {}", examples.display()))?
        .filter_map(|e| e.ok().map(|e| e.path().join("declaration.yaml")))
        .filter(|p| p.is_file())
        .collect();
    declarations.sort();
    if declarations.is_empty() {
        bail!("no */declaration.yaml under {}", examples.display());
    }
    let (mut products, mut certified) = (0, 0);
    for path in declarations {
        let bytes =
            std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let declaration = iotmark_registry::assessing::declaration("declaration.yaml", &bytes)
            .map_err(|d| {
                anyhow!(
                    "{}: {}",
                    path.display(),
                    d.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ")
                )
            })?;
        let sub_id = format!("demo-{}", products + 1);
        let new = NewSubmission {
            product_id: iotmark_model::product_id(
                &declaration.manufacturer.name,
                &declaration.product.model,
            ),
            product_name: declaration.product.name.clone(),
            target_level: 1,
            declaration: bytes.clone(),
            declaration_name: "declaration.yaml".to_owned(),
        };
        db.create_submission(&sub_id, maker, &new, unix_now())
            .await?;
        let base = path.parent().unwrap_or(Path::new(""));
        let mut files = Vec::new();
        for e in &declaration.evidence {
            let p = base.join(&e.path);
            let content =
                std::fs::read(&p).with_context(|| format!("cannot read {}", p.display()))?;
            let file = EvidenceFile {
                name: iotmark_registry::assessing::file_name(&e.path).to_owned(),
                kind: e.kind.as_str().to_owned(),
                sha256: hex::encode(Sha256::digest(&content)),
                content,
            };
            db.put_evidence(&sub_id, &file, unix_now()).await?;
            files.push(file);
        }
        let assessment =
            iotmark_registry::assessing::assess(catalog, &declaration, &bytes, &files, &[], date);
        products += 1;
        if assessment.level >= 1 {
            db.set_submission_state(
                &sub_id,
                &[SubmissionState::Draft],
                SubmissionState::Submitted,
                "",
                unix_now(),
            )
            .await?;
            issuer
                .approve(db, catalog, &sub_id, &assessor, "Demo approval", date)
                .await
                .with_context(|| format!("certifying {}", path.display()))?;
            certified += 1;
        } else {
            let product = iotmark_registry::submit::product_from_assessment(
                catalog,
                &declaration,
                &bytes,
                "declaration.yaml",
                &assessment,
                &LabelOptions {
                    registry_base: issuer.base_url.clone(),
                    certificate: None,
                },
            )?;
            db.upsert_product(&product).await?;
        }
    }
    Ok((products, certified))
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
    let page_cache_ttl = args.page_cache_ttl.map_or(
        iotmark_registry::web::cache::DEFAULT_TTL,
        std::time::Duration::from_secs,
    );
    if let Some(d) = args.date {
        // The site then works on that date too: approvals, verification.
        let _ = DEMO_DATE.set(d);
    }
    let (listener, local) = bind_addr(args.bind)?;
    let url = format!("sqlite://{}?mode=rwc", dir.join("registry.db").display());
    let base = format!("http://{local}");
    runtime()?.block_on(async move {
        let db = open_db(&url).await?;
        let files = KeyFiles {
            first: dir.join("certification-body.pem"),
            name: "demo-cb.iotmark.example".to_owned(),
            dir: dir.join("keys"),
            log: dir.join("log.pem"),
        };
        let (log, issuer) = open_issuer(
            &db,
            &files,
            Some("demo.iotmark.example/log".to_owned()),
            &base,
            site_today(),
        )
        .await?;
        let (products, certified) = seed(&db, &issuer, &examples, date).await?;
        tracing::info!(products, certified, data_dir = %dir.display(), "seeded the demo registry");
        announce(local)?;
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "demo accounts (sign in at {base}/login):")?;
            for (role, email, _, _, password) in DEMO_ACCOUNTS {
                writeln!(out, "  {:<12} {email:<32} {password}", role.as_str())?;
            }
            out.flush()?;
        }
        run_site(
            listener,
            local,
            db,
            Site {
                data_dir: dir,
                log: Some(log),
                keys: Some(Arc::clone(&issuer.keys)),
                issuer: Some(issuer),
                options: SiteOptions {
                    open_registration: true,
                    page_cache_ttl: Some(page_cache_ttl),
                    ..SiteOptions::default()
                },
            },
        )
        .await
    })?;
    Ok(Outcome::Ok)
}
