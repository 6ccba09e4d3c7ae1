//! End-to-end tests in a real browser: headless Chromium, driven over
//! WebDriver (chromedriver) with fantoccini, against `iotmark demo`.
//!
//! One test walks the site as its users do, in order, because each step
//! builds on the one before:
//!
//! 1. a consumer searches, opens a product, reads its label and
//!    certificate, compares two products, follows the label's QR code and
//!    verifies a certificate (and the product page is looked at on a
//!    phone-sized screen);
//! 2. a new maker registers, signs in, uploads a declaration and its
//!    evidence, sees the assessment and submits;
//! 3. the assessor records a manual result and approves: the public page
//!    shows the certificate, its inclusion in the log verified;
//! 4. the assessor revokes it: the page and the Atom feed say so and why.
//!
//! Full-page screenshots of every significant page are written to
//! `target/e2e-screenshots/`.
//!
//! Without Chromium and chromedriver the test says it skipped and passes,
//! except when `CI=true`, where it fails. `CHROMEDRIVER` and `CHROMIUM`
//! name the binaries when they are not on the `PATH`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail, ensure};
use fantoccini::elements::Element;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// The day the demo assesses and certifies on (the examples' day).
const DATE: &str = "2026-11-01";

/// The desktop window, and the phone's.
const DESKTOP: (u32, u32) = (1280, 1600);
const PHONE: (u32, u32) = (390, 844);

/// How long a page may take to appear.
const PATIENCE: Duration = Duration::from_secs(60);

/// The new maker of scenario 2 and its product.
const MAKER_EMAIL: &str = "qa@testwerk.example";
const MAKER_PASSWORD: &str = "testwerk-e2e-password";
const MAKER_ORG: &str = "Testwerk AG";
const NEW_NAME: &str = "Testwerk Plug TW-1";
const NEW_MODEL: &str = "TW-1";

/// Why the certificate is revoked in scenario 4 (published in the feed;
/// no character XML would escape, so the feed's text can be searched).
const REVOKE_REASON: &str = "E2E check: the TW-1 firmware signing key was exposed";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn screenshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots")
}

/// Kills the child process when the test ends, passing or not.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A program named by `var`, else the first of `names` on the `PATH`.
fn program(var: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(var) {
        let p = PathBuf::from(p);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A plain HTTP/1.1 GET: (status, headers, body), the body de-chunked.
/// Reads `Content-Length` bytes when given (chromedriver keeps the
/// connection open), else to the end.
fn http_get(addr: &str, path: &str) -> std::io::Result<(u16, String, Vec<u8>)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let (head, start) = loop {
        let n = stream.read(&mut buf)?;
        if n == 0 {
            return Err(std::io::Error::other("no end of headers"));
        }
        response.extend_from_slice(&buf[..n]);
        if let Some(split) = response.windows(4).position(|w| w == b"\r\n\r\n") {
            break (
                String::from_utf8_lossy(&response[..split]).into_owned(),
                split + 4,
            );
        }
    };
    let lower = head.to_ascii_lowercase();
    let length = lower
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    match length {
        Some(length) => {
            while response.len() < start + length {
                let n = stream.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                response.extend_from_slice(&buf[..n]);
            }
        }
        None => {
            stream.read_to_end(&mut response)?;
        }
    }
    let mut body = response[start..].to_vec();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    if lower.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Ok((status, head, body))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&data[..eol])
            .ok()
            .and_then(|s| usize::from_str_radix(s.split(';').next().unwrap_or("").trim(), 16).ok())
            .unwrap_or(0);
        if size == 0 || data.len() < eol + 2 + size {
            break;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[(eol + 4 + size).min(data.len())..];
    }
    out
}

/// `iotmark demo` on a free port: (the process, `host:port`).
fn start_demo(data: &Path) -> (Killed, String) {
    let child = Command::new(assert_cmd::cargo::cargo_bin("iotmark"))
        .current_dir(root())
        .env("XDG_DATA_HOME", "/nonexistent/iotmark-test")
        .env_remove("IOTMARK_VULNDB")
        .env("RUST_LOG", "warn")
        .args([
            "demo",
            "--bind",
            "127.0.0.1:0",
            "--date",
            DATE,
            "--data-dir",
        ])
        .arg(data)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start iotmark demo");
    let mut child = Killed(child);
    let stdout = child.0.stdout.take().expect("stdout");
    let mut stdout = BufReader::new(stdout);
    let mut first = String::new();
    stdout.read_line(&mut first).expect("the address line");
    let mut accounts = String::new();
    for _ in 0..4 {
        stdout.read_line(&mut accounts).expect("an account line");
    }
    assert!(
        accounts.contains("assessor@demo.iotmark.example"),
        "{accounts}"
    );
    // Whatever else the demo prints must not fill the pipe.
    std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let addr = first
        .trim()
        .strip_prefix("http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("first line is not the address: {first:?}"))
        .to_owned();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        match http_get(&addr, "/healthz") {
            Ok((200, _, _)) => break,
            _ if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(200)),
            other => panic!("/healthz never answered: {other:?}"),
        }
    }
    (child, addr)
}

/// chromedriver on a free port: (the process, its URL).
fn start_chromedriver(driver: &Path, log: &Path) -> (Killed, String) {
    let port = free_port();
    let log = std::fs::File::create(log).expect("chromedriver's log");
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start chromedriver");
    let child = Killed(child);
    let addr = format!("127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok((200, _, body)) = http_get(&addr, "/status")
            && String::from_utf8_lossy(&body).contains("\"ready\":true")
        {
            break;
        }
        assert!(Instant::now() < deadline, "chromedriver never got ready");
        std::thread::sleep(Duration::from_millis(100));
    }
    (child, format!("http://{addr}"))
}

/// A browser session in a window of `size`.
async fn browser(driver_url: &str, chromium: &Path, size: (u32, u32)) -> Result<Client> {
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                "--hide-scrollbars",
                "--lang=en-US",
                format!("--window-size={},{}", size.0, size.1),
            ],
            "prefs": {"intl.accept_languages": "en-US,en"},
        },
    });
    let mut caps = caps;
    if size == PHONE {
        // Headless windows are at least 500 pixels wide: a phone's screen
        // is emulated (its width, a touch screen, the mobile viewport).
        caps["goog:chromeOptions"]["mobileEmulation"] = json!({
            "deviceMetrics": {"width": size.0, "height": size.1, "pixelRatio": 2, "touch": true, "mobile": true},
        });
    }
    let Value::Object(caps) = caps else {
        bail!("capabilities are an object");
    };
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(driver_url)
        .await
        .context("starting a Chromium session")
}

/// A Chrome DevTools command through chromedriver's
/// `/session/{id}/goog/cdp/execute`.
#[derive(Debug)]
struct Cdp {
    cmd: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({"cmd": self.cmd, "params": self.params});
        (http::Method::POST, Some(body.to_string()))
    }
}

/// The browser on the demo site.
struct Ui {
    c: Client,
    /// `http://host:port`.
    base: String,
    shots: PathBuf,
}

impl Ui {
    async fn go(&self, path: &str) -> Result<()> {
        self.c
            .goto(&format!("{}{path}", self.base))
            .await
            .with_context(|| format!("opening {path}"))
    }

    async fn find(&self, css: &str) -> Result<Element> {
        match self
            .c
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(e) => Ok(e),
            Err(e) => Err(anyhow!(e).context(format!("finding `{css}` on {}", self.here().await))),
        }
    }

    async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// Every match's text.
    async fn texts(&self, css: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        for e in self.c.find_all(Locator::Css(css)).await? {
            out.push(e.text().await?);
        }
        Ok(out)
    }

    async fn fill(&self, css: &str, value: &str) -> Result<()> {
        let e = self.find(css).await?;
        e.clear().await?;
        e.send_keys(value).await?;
        Ok(())
    }

    async fn choose(&self, css: &str, value: &str) -> Result<()> {
        self.find(css)
            .await?
            .select_by_value(value)
            .await
            .with_context(|| format!("choosing {value} in `{css}`"))
    }

    async fn click(&self, css: &str) -> Result<()> {
        self.find(css).await?.click().await?;
        Ok(())
    }

    /// Clicks `css` (a submit button) and waits for the next page, whose
    /// path starts with `to`.
    async fn submit(&self, css: &str, to: &str) -> Result<()> {
        let before = self.here().await;
        // The old document goes stale when the next one replaces it, also
        // when the next page has the same address.
        let old = self.c.find(Locator::Css("html")).await?;
        self.click(css).await?;
        let deadline = Instant::now() + PATIENCE;
        while old.tag_name().await.is_ok() {
            if Instant::now() > deadline {
                bail!("clicking `{css}` on {before} led nowhere");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.wait_for_path(to)
            .await
            .with_context(|| format!("after clicking `{css}` on {before}"))
    }

    /// The current path and query.
    async fn here(&self) -> String {
        match self.c.current_url().await {
            Ok(u) => match u.query() {
                Some(q) => format!("{}?{q}", u.path()),
                None => u.path().to_owned(),
            },
            Err(e) => format!("(no URL: {e})"),
        }
    }

    async fn wait_for_path(&self, prefix: &str) -> Result<()> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let here = self.here().await;
            if here.starts_with(prefix) && self.ready().await {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!("expected a page at {prefix}, still at {here}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn ready(&self) -> bool {
        matches!(
            self.c.execute("return document.readyState", vec![]).await,
            Ok(Value::String(s)) if s == "complete"
        )
    }

    /// The text of the page's `<main>`.
    async fn main(&self) -> Result<String> {
        self.text("main").await
    }

    /// A PNG of the whole page (not only the window) in the screenshots'
    /// directory.
    async fn shot(&self, name: &str) -> Result<()> {
        let metrics = self
            .c
            .issue_cmd(Cdp {
                cmd: "Page.getLayoutMetrics",
                params: json!({}),
            })
            .await?;
        let size = &metrics["cssContentSize"];
        let (w, h) = (
            size["width"].as_f64().unwrap_or(1280.0).ceil(),
            size["height"].as_f64().unwrap_or(1600.0).ceil(),
        );
        let shot = self
            .c
            .issue_cmd(Cdp {
                cmd: "Page.captureScreenshot",
                params: json!({
                    "format": "png",
                    "captureBeyondViewport": true,
                    "clip": {"x": 0, "y": 0, "width": w, "height": h, "scale": 1},
                }),
            })
            .await?;
        let data = shot["data"]
            .as_str()
            .ok_or_else(|| anyhow!("no screenshot in {shot}"))?;
        let png = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, data)?;
        std::fs::write(self.shots.join(name), png)?;
        Ok(())
    }
}

/// Reads the QR codes in a PNG.
fn read_qr(png: &[u8]) -> Result<Vec<String>> {
    let p = resvg::tiny_skia::Pixmap::decode_png(png).context("decoding the label's PNG")?;
    let (w, h) = (p.width() as usize, p.height() as usize);
    // Composited over white: transparent pixels read as paper.
    let grey: Vec<u8> = p
        .pixels()
        .iter()
        .map(|px| {
            let c = px.demultiply();
            let a = u32::from(c.alpha());
            let lum =
                (u32::from(c.red()) * 299 + u32::from(c.green()) * 587 + u32::from(c.blue()) * 114)
                    / 1000;
            u8::try_from((lum * a + 255 * (255 - a)) / 255).unwrap_or(255)
        })
        .collect();
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| grey[y * w + x]);
    let mut out = Vec::new();
    for grid in img.detect_grids() {
        let (_, content) = grid.decode().map_err(|e| anyhow!("a QR code: {e:?}"))?;
        out.push(content);
    }
    Ok(out)
}

/// Signs in at `/login` (the form the site sends to), landing on `to`.
async fn sign_in(ui: &Ui, email: &str, password: &str, to: &str) -> Result<()> {
    ui.fill("form[action='/login'] input[name=email]", email)
        .await?;
    ui.fill("form[action='/login'] input[name=password]", password)
        .await?;
    ui.submit("form[action='/login'] button[type=submit]", to)
        .await
}

async fn sign_out(ui: &Ui) -> Result<()> {
    ui.submit("form[action='/logout'] button[type=submit]", "/")
        .await
}

/// Scenario 1: a consumer looks a product up, compares, scans and verifies.
async fn consumer(ui: &Ui) -> Result<()> {
    let lock = iotmark_model::product_id("Riegelwerk GmbH", "RW-KT2");
    let watch = iotmark_model::product_id("Pulsetrail Oy", "PT-S5");

    // The home page: the seeded registry, and a search form.
    ui.go("/").await?;
    ensure!(
        ui.text("h2#results").await?.contains(": 7"),
        "the home page lists the seven examples"
    );
    ui.shot("01-home.png").await?;
    ui.fill("form.search input[name=q]", "Keyless").await?;
    ui.submit("form.search button[type=submit]", "/?").await?;
    let heading = ui.text("h2#results").await?;
    ensure!(heading.ends_with(": 1"), "one product found: {heading}");
    let names = ui.texts("ul.results a.name").await?;
    ensure!(names == ["Riegelwerk Keyless T2"], "{names:?}");
    ui.shot("02-search-results.png").await?;

    // The product page: the label and the certificate, checked in the log.
    ui.submit("ul.results a.name", &format!("/p/{lock}"))
        .await?;
    ensure!(ui.text("main h1").await? == "Riegelwerk Keyless T2");
    let status = ui.text(".iotmark-label p.status").await?;
    ensure!(status.contains("Certified, certificate valid"), "{status}");
    let level = ui.text(".iotmark-label p.level").await?;
    ensure!(level.contains('2'), "the lock reaches level 2: {level}");
    let on = ui.texts(".iotmark-label ol.scale li.on").await?;
    ensure!(on.len() == 2, "two steps of the scale lit: {on:?}");
    let certificate_id = format!("IM-{lock}-{}", DATE.replace('-', ""));
    let label_certificate = ui.text(".iotmark-label p.small code").await?;
    ensure!(label_certificate == certificate_id, "{label_certificate}");
    let certificate = ui.text("section[aria-labelledby=certificate]").await?;
    for want in [
        certificate_id.as_str(),
        "Certified, certificate valid",
        "Inclusion proof verified against the signed checkpoint of size",
    ] {
        ensure!(certificate.contains(want), "{want:?} in {certificate}");
    }
    ui.shot("03-product.png").await?;

    // Compare: the product page's link, then the compare page's form.
    ui.submit("ul.actions a[href^='/compare']", "/compare")
        .await?;
    ensure!(
        ui.here().await.contains(&format!("ids={lock}")),
        "{}",
        ui.here().await
    );
    let heads = ui.texts("table.compare thead th").await?;
    ensure!(
        heads.iter().any(|h| h.contains("Riegelwerk Keyless T2")),
        "{heads:?}"
    );
    ui.fill("form.compare-add input[type=text][name=ids]", &watch)
        .await?;
    ui.submit("form.compare-add button[type=submit]", "/compare")
        .await?;
    let heads = ui.texts("table.compare thead th").await?;
    ensure!(
        heads.len() == 3
            && heads[1].contains("Riegelwerk Keyless T2")
            && heads[2].contains("Pulsetrail Stride 5"),
        "two products side by side: {heads:?}"
    );
    let differing =
        ui.c.find_all(Locator::Css("table.compare tr.differs"))
            .await?;
    ensure!(!differing.is_empty(), "rows that differ are marked");
    ui.shot("04-compare.png").await?;

    // The printed label's QR code leads to the product page.
    let addr = ui.base.trim_start_matches("http://");
    let (status, head, png) = http_get(addr, &format!("/p/{lock}/label.png"))?;
    ensure!(status == 200 && head.contains("image/png"), "{head}");
    std::fs::write(ui.shots.join("05-label.png"), &png)?;
    let codes = read_qr(&png)?;
    ensure!(codes.len() == 1, "one QR code on the label: {codes:?}");
    let target = &codes[0];
    ensure!(
        target.starts_with(&ui.base) && target.contains(&lock),
        "the QR code names this registry's page of the product: {target}"
    );
    ui.c.goto(target).await?;
    ui.wait_for_path(&format!("/p/{lock}")).await?;
    ensure!(ui.text("main h1").await? == "Riegelwerk Keyless T2");
    ensure!(
        ui.c.find(Locator::Css("main .iotmark-label")).await.is_ok(),
        "the QR code's page shows the label"
    );

    // The certificate checked by its id.
    ui.go("/verify").await?;
    ui.shot("06-verify-form.png").await?;
    ui.fill("form.verify input[name=id]", &certificate_id)
        .await?;
    ui.submit("form.verify button[type=submit]", "/verify")
        .await?;
    let outcome = ui.find("section.outcome").await?;
    let class = outcome.attr("class").await?.unwrap_or_default();
    ensure!(!class.contains("bad"), "the outcome is good: {class}");
    let verdict = ui.text("section.outcome h2").await?;
    ensure!(verdict == "Genuine and current", "{verdict}");
    let facts = outcome.text().await?;
    for want in [certificate_id.as_str(), "Riegelwerk GmbH", "RW-KT2"] {
        ensure!(facts.contains(want), "{want:?} in {facts}");
    }
    ui.shot("07-verify-genuine.png").await?;
    // An unknown id is not genuine.
    ui.fill("form.verify input[name=id]", "IM-NOSUCHCERT-20261101")
        .await?;
    ui.submit("form.verify button[type=submit]", "/verify")
        .await?;
    let class = ui
        .find("section.outcome")
        .await?
        .attr("class")
        .await?
        .unwrap_or_default();
    ensure!(class.contains("bad"), "an unknown id is refused: {class}");
    Ok(())
}

/// The product page on a phone: it fits the screen's width.
async fn phone(ui: &Ui) -> Result<()> {
    let lock = iotmark_model::product_id("Riegelwerk GmbH", "RW-KT2");
    for (path, name) in [
        ("/".to_owned(), "08-home-phone.png"),
        (format!("/p/{lock}"), "09-product-phone.png"),
    ] {
        ui.go(&path).await?;
        ui.find("main h1").await?;
        let widths =
            ui.c.execute(
                "return [window.innerWidth, document.documentElement.scrollWidth]",
                vec![],
            )
            .await?;
        let (inner, scroll) = (widths[0].as_u64(), widths[1].as_u64());
        ui.shot(name).await?;
        ensure!(
            inner == Some(u64::from(PHONE.0)),
            "the window is phone-sized: {widths}"
        );
        ensure!(
            scroll <= inner,
            "{path} fits a phone's width without scrolling sideways: {widths}"
        );
    }
    // Still on the product page: the label's status is on the screen.
    let status = ui.find(".iotmark-label p.status").await?;
    ensure!(status.is_displayed().await?, "the label's status is shown");
    let (x, _, w, _) = status.rectangle().await?;
    ensure!(
        x >= 0.0 && x + w <= f64::from(PHONE.0) + 0.5,
        "the label's status lies within the screen: x {x}, width {w}"
    );
    Ok(())
}

/// Scenario 2: a new maker registers and submits a new product. Returns
/// the submission's id.
async fn manufacturer(ui: &Ui, declaration: &Path) -> Result<String> {
    let plug = root().join("examples/smart-plug");
    ui.go("/register").await?;
    ui.shot("10-register.png").await?;
    ui.fill("form[action='/register'] input[name=name]", "Quinn Tester")
        .await?;
    ui.fill(
        "form[action='/register'] input[name=organisation]",
        MAKER_ORG,
    )
    .await?;
    ui.fill("form[action='/register'] input[name=email]", MAKER_EMAIL)
        .await?;
    ui.fill(
        "form[action='/register'] input[name=password]",
        MAKER_PASSWORD,
    )
    .await?;
    ui.submit("form[action='/register'] button[type=submit]", "/login")
        .await?;
    ui.shot("11-sign-in.png").await?;
    sign_in(ui, MAKER_EMAIL, MAKER_PASSWORD, "/maker").await?;
    ensure!(ui.text("main h1").await? == "Your products and submissions");
    ensure!(ui.main().await?.contains("Nothing yet."));
    ui.shot("12-maker-home.png").await?;

    // The declaration, for level 3.
    let form = "form[action='/maker/submissions']";
    ui.find(&format!("{form} input[type=file][name=declaration]"))
        .await?
        .send_keys(&declaration.display().to_string())
        .await?;
    ui.choose(&format!("{form} select[name=target_level]"), "3")
        .await?;
    ui.submit(
        &format!("{form} button[type=submit]"),
        "/maker/submissions/s-",
    )
    .await?;
    let here = ui.here().await;
    let submission = here.trim_start_matches("/maker/submissions/").to_owned();
    ensure!(ui.text("main h1").await? == NEW_NAME);
    ensure!(ui.text("#state").await? == "Draft");
    // The declaration alone reaches its level (its claims say so), but
    // the security.txt it lists as evidence is not there yet.
    let before = ui.text("#reached-level").await?;
    ensure!(before == "3", "the declaration reaches level 3: {before}");
    let main = ui.main().await?;
    ensure!(
        main.contains("Evidence the declaration lists but that is not uploaded")
            && main.contains("security.txt"),
        "the missing security.txt is named: {main}"
    );
    let gap = ui.text("#gap").await?;
    ensure!(
        gap.starts_with("The target level is reached on what is uploaded so far"),
        "nothing said missing while evidence is: {gap}"
    );
    ui.shot("13-submission-draft.png").await?;

    // Its evidence: the level is reached.
    let form = format!("form[action='/maker/submissions/{submission}/evidence']");
    ui.find(&format!("{form} input[type=file][name=evidence]"))
        .await?
        .send_keys(&plug.join("security.txt").display().to_string())
        .await?;
    ui.submit(&format!("{form} button[type=submit]"), &here)
        .await?;
    let reached = ui.text("#reached-level").await?;
    ensure!(reached == "3", "with its evidence, level 3: {reached}");
    let gap = ui.text("#gap").await?;
    ensure!(gap == "Nothing: the target level is reached.", "{gap}");
    let evidence = ui.main().await?;
    ensure!(
        evidence.contains("security.txt")
            && evidence.contains("security_txt")
            && !evidence.contains("Evidence the declaration lists but that is not uploaded"),
        "the evidence is listed and nothing is missing: {evidence}"
    );
    ui.shot("14-submission-evidence.png").await?;

    // Submitted: locked for the assessor.
    ui.submit("#submit", &here).await?;
    let state = ui.text("#state").await?;
    ensure!(state == "Submitted, waiting for an assessor", "{state}");
    ensure!(
        ui.c.find(Locator::Css("#submit")).await.is_err(),
        "a submitted submission cannot be submitted again"
    );
    ui.shot("15-submission-submitted.png").await?;
    sign_out(ui).await?;
    Ok(submission)
}

/// Scenario 3: the assessor approves. Returns the certificate's id.
async fn assessor(ui: &Ui, submission: &str) -> Result<String> {
    let product = iotmark_model::product_id(MAKER_ORG, NEW_MODEL);
    ui.go("/assess").await?;
    ui.wait_for_path("/login").await?;
    sign_in(
        ui,
        "assessor@demo.iotmark.example",
        "demo-assessor-password",
        "/assess",
    )
    .await?;
    let queue = ui.text("table#queue").await?;
    ensure!(
        queue.contains(NEW_NAME) && queue.contains(MAKER_ORG),
        "the queue: {queue}"
    );
    ui.shot("20-queue.png").await?;
    ui.submit(
        &format!("table#queue a[href='/assess/{submission}']"),
        &format!("/assess/{submission}"),
    )
    .await?;
    ensure!(ui.text("#state").await? == "Submitted, waiting for an assessor");
    ensure!(ui.text("#reached-level").await? == "3");

    // A manual result.
    let base = format!("/assess/{submission}");
    let form = format!("form[action='{base}/results']");
    ui.choose(&format!("{form} select[name=criterion]"), "SEC-01")
        .await?;
    ui.choose(&format!("{form} select[name=status]"), "met")
        .await?;
    let note = "Tried the default credentials on the local web interface: none is set.";
    ui.fill(&format!("{form} textarea[name=note]"), note)
        .await?;
    ui.submit(&format!("{form} button[type=submit]"), &base)
        .await?;
    let results = ui.main().await?;
    ensure!(
        results.contains("SEC-01") && results.contains(note) && results.contains("Sam Assessor"),
        "the result is recorded: {results}"
    );
    ensure!(ui.text("#reached-level").await? == "3");
    ui.shot("21-review.png").await?;

    // Approved: signed, logged, published.
    ui.fill(
        &format!("form[action='{base}/approve'] textarea[name=note]"),
        "Level 3 confirmed.",
    )
    .await?;
    ui.submit("#approve", &format!("/p/{product}")).await?;
    ensure!(ui.text("main h1").await? == NEW_NAME);
    let status = ui.text(".iotmark-label p.status").await?;
    ensure!(status.contains("Certified, certificate valid"), "{status}");
    let on = ui.texts(".iotmark-label ol.scale li.on").await?;
    ensure!(on.len() == 3, "three steps of the scale lit: {on:?}");
    // Issued on the demo's date, which the running site keeps too.
    let certificate_id = ui.text(".iotmark-label p.small code").await?;
    ensure!(
        certificate_id == format!("IM-{product}-{}", DATE.replace('-', "")),
        "the certificate's id names the product and the demo's day: {certificate_id}"
    );
    let certificate = ui.text("section[aria-labelledby=certificate]").await?;
    for want in [
        certificate_id.as_str(),
        "Certified, certificate valid",
        "Inclusion proof verified against the signed checkpoint of size",
    ] {
        ensure!(certificate.contains(want), "{want:?} in {certificate}");
    }
    ui.shot("22-new-product-certified.png").await?;
    Ok(certificate_id)
}

/// Scenario 4: the assessor revokes the new certificate.
async fn revocation(ui: &Ui, certificate_id: &str) -> Result<()> {
    let product = iotmark_model::product_id(MAKER_ORG, NEW_MODEL);
    let page = format!("/assess/certificates/{certificate_id}");
    ui.go(&page).await?;
    ensure!(ui.text("main h1").await? == certificate_id);
    ensure!(ui.text("#status").await? == "valid");
    let form = format!("form[action='{page}/status']");
    ui.choose(&format!("{form} select[name=status]"), "revoked")
        .await?;
    ui.fill(&format!("{form} textarea[name=reason]"), REVOKE_REASON)
        .await?;
    ui.submit(&format!("{form} button[type=submit]"), &page)
        .await?;
    ensure!(ui.text("#status").await? == "revoked");
    ensure!(ui.main().await?.contains(REVOKE_REASON));
    ensure!(
        ui.c.find(Locator::Css(&form)).await.is_err(),
        "a revoked certificate cannot change again"
    );
    ui.shot("30-certificate-revoked.png").await?;
    sign_out(ui).await?;

    // The public page, signed out.
    ui.go(&format!("/p/{product}")).await?;
    let status = ui.text(".iotmark-label p.status").await?;
    ensure!(status.contains("Certificate revoked"), "{status}");
    let certificate = ui.text("section[aria-labelledby=certificate]").await?;
    ensure!(
        certificate.contains("Certificate revoked") && certificate.contains(REVOKE_REASON),
        "the page says revoked and why: {certificate}"
    );
    ensure!(certificate.contains("Inclusion proof verified"));
    ui.shot("31-product-revoked.png").await?;

    // The feed.
    let addr = ui.base.trim_start_matches("http://");
    let (status, head, body) = http_get(addr, "/feed.atom")?;
    let feed = String::from_utf8(body)?;
    ensure!(
        status == 200 && head.contains("application/atom+xml"),
        "{head}"
    );
    ensure!(
        feed.contains(REVOKE_REASON) && feed.contains(certificate_id),
        "the feed has the revocation and its reason: {feed}"
    );
    Ok(())
}

/// A temporary copy of the smart plug's declaration under another maker
/// and model, so that it is a new product.
fn new_declaration(dir: &Path) -> PathBuf {
    let original = std::fs::read_to_string(root().join("examples/smart-plug/declaration.yaml"))
        .expect("the smart plug's declaration");
    let mut text = original.clone();
    for (from, to) in [
        (
            "  name: Stekker Open Hardware B.V.\n",
            format!("  name: {MAKER_ORG}\n"),
        ),
        (
            "  name: Stekker Plug One\n",
            format!("  name: {NEW_NAME}\n"),
        ),
        ("  model: SP1-EU\n", format!("  model: {NEW_MODEL}\n")),
    ] {
        assert!(
            text.contains(from),
            "{from:?} in the smart plug's declaration"
        );
        text = text.replacen(from, &to, 1);
    }
    let path = dir.join("testwerk-tw1.yaml");
    std::fs::write(&path, text).expect("write the declaration");
    path
}

/// Runs `steps` in a task of its own, so that a panic in them still lets
/// the browser session be closed.
async fn run<F>(client: &Client, steps: F) -> Result<()>
where
    F: std::future::Future<Output = Result<()>> + Send + 'static,
{
    let outcome = match tokio::spawn(steps).await {
        Ok(r) => r,
        Err(e) => Err(anyhow!("the steps panicked: {e}")),
    };
    if let Err(e) = client.clone().close().await {
        eprintln!("closing the browser: {e}");
    }
    outcome
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_site_works_in_a_real_browser() {
    let started = Instant::now();
    let driver = program("CHROMEDRIVER", &["chromedriver"]);
    let chromium = program(
        "CHROMIUM",
        &["chromium", "chromium-browser", "google-chrome", "chrome"],
    );
    let (Some(driver), Some(chromium)) = (driver, chromium) else {
        let msg = "e2e: skipped, chromium and chromedriver are not installed \
                   (apt-get install chromium chromium-driver, or see .ci/e2e-setup)";
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{msg}");
        eprintln!("{msg}");
        return;
    };

    let shots = screenshots_dir();
    std::fs::create_dir_all(&shots).expect("the screenshots' directory");
    let dir = tempfile::tempdir().expect("temp dir");
    let declaration = new_declaration(dir.path());
    let (_demo, addr) = start_demo(&dir.path().join("demo"));
    let (_driver, driver_url) = start_chromedriver(&driver, &dir.path().join("chromedriver.log"));
    let base = format!("http://{addr}");
    eprintln!(
        "e2e: demo at {base}, chromedriver at {driver_url}, after {:.1?}",
        started.elapsed()
    );

    // The desktop: every scenario, in order.
    let client = browser(&driver_url, &chromium, DESKTOP)
        .await
        .expect("a Chromium session");
    let ui = Ui {
        c: client.clone(),
        base: base.clone(),
        shots: shots.clone(),
    };
    let outcome = run(&client, async move {
        consumer(&ui).await.context("scenario 1, the consumer")?;
        let submission = manufacturer(&ui, &declaration)
            .await
            .context("scenario 2, the manufacturer")?;
        let certificate = assessor(&ui, &submission)
            .await
            .context("scenario 3, the assessor")?;
        revocation(&ui, &certificate)
            .await
            .context("scenario 4, the revocation")?;
        Ok(())
    })
    .await;
    if let Err(e) = &outcome {
        let log = std::fs::read_to_string(dir.path().join("chromedriver.log")).unwrap_or_default();
        let tail: Vec<&str> = log.lines().rev().take(20).collect();
        eprintln!("chromedriver's log, last lines first:\n{}", tail.join("\n"));
        panic!("{e:?}");
    }
    eprintln!(
        "e2e: desktop scenarios done after {:.1?}",
        started.elapsed()
    );

    // A phone.
    let client = browser(&driver_url, &chromium, PHONE)
        .await
        .expect("a phone-sized Chromium session");
    let ui = Ui {
        c: client.clone(),
        base,
        shots: shots.clone(),
    };
    let outcome = run(
        &client,
        async move { phone(&ui).await.context("the phone") },
    )
    .await;
    if let Err(e) = outcome {
        panic!("{e:?}");
    }
    eprintln!(
        "e2e: done after {:.1?}; screenshots in {}",
        started.elapsed(),
        shots.display()
    );
}
