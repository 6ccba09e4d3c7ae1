//! The page cache: public pages kept as rendered, so the pages a QR code
//! or a search engine sends people to are answered without the database.
//!
//! What is cached: `GET` of the public pages that read nothing from the
//! request but their path, query and language — the search page (`/`), a
//! product page (`/p/{id}`), its labels (`label.svg`, `.png`, `.pdf`,
//! `.json`), the framework pages and the log page — when they answer 200
//! without setting a cookie. The key is the path and query, the language
//! the request negotiates (`?lang=`, else `Accept-Language`) and the date
//! (pages say whether a support period has ended).
//!
//! When an entry stops being served:
//! - **Any request that may write** (every method but `GET` and `HEAD`,
//!   on any route) moves the cache to a new generation when it has been
//!   answered; entries rendered before it are not served again. A page
//!   rendered while a write was under way belongs to the generation before
//!   the write, so it cannot outlive it. Nothing in the registry writes
//!   public data on a `GET`.
//! - **After its time to live** (5 s by default): other processes (a second
//!   server on the same PostgreSQL database, `iotmark account add`) write
//!   without this process seeing a request, so the cache never serves a page
//!   older than that.
//! - **When the cache is full** (by bytes), entries of past generations and
//!   expired ones are dropped first, then everything.
//!
//! Requests for a page being rendered wait for that rendering instead of
//! rendering it too; once a page's time to live is over, one request renders
//! it again while the others are still answered with the page it replaces
//! (never after a write: a page of a past generation is never served).

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::{LangParam, i18n};

/// What the middleware holds: the cache and the site's clock.
pub(super) type CacheState = (Arc<PageCache>, fn() -> chrono::NaiveDate);

/// The default time to live of a cached page.
pub const DEFAULT_TTL: Duration = Duration::from_secs(5);

/// The most bytes of pages the cache holds.
const MAX_BYTES: usize = 64 * 1024 * 1024;

/// The largest single response kept (a PDF label is about 100 KB).
const MAX_ENTRY: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    lang: &'static str,
    today: chrono::NaiveDate,
}

#[derive(Debug, Clone)]
struct Entry {
    generation: u64,
    stored: Instant,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

/// Rendered public pages, and the generation writes move on.
#[derive(Debug)]
pub struct PageCache {
    ttl: Option<Duration>,
    generation: AtomicU64,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    entries: HashMap<Key, Entry>,
    bytes: usize,
    /// Pages being rendered: who renders holds the lock.
    flights: HashMap<Key, Arc<tokio::sync::Mutex<()>>>,
}

/// What the cache holds for a key.
enum Lookup {
    /// Current: serve it.
    Fresh(Response),
    /// Of the current generation but past its time to live.
    Stale(Response),
    Miss,
}

impl PageCache {
    /// A cache whose pages live `ttl`; `None` caches nothing (every page is
    /// rendered for its request).
    pub fn new(ttl: Option<Duration>) -> PageCache {
        PageCache {
            ttl: ttl.filter(|t| !t.is_zero()),
            generation: AtomicU64::new(0),
            inner: Mutex::new(Inner::default()),
        }
    }

    /// Whether pages are cached at all.
    pub fn enabled(&self) -> bool {
        self.ttl.is_some()
    }

    /// Forgets every page: the next request for each renders it again.
    pub fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }

    /// How many pages are held (for tests and the health endpoint).
    pub fn len(&self) -> usize {
        self.inner.lock().map_or(0, |i| i.entries.len())
    }

    /// Whether no page is held.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn lookup(&self, key: &Key) -> Lookup {
        let Some(ttl) = self.ttl else {
            return Lookup::Miss;
        };
        let generation = self.generation.load(Ordering::Acquire);
        let Ok(inner) = self.inner.lock() else {
            return Lookup::Miss;
        };
        let Some(entry) = inner.entries.get(key) else {
            return Lookup::Miss;
        };
        if entry.generation != generation {
            return Lookup::Miss;
        }
        let mut response = (entry.status, entry.body.clone()).into_response();
        *response.headers_mut() = entry.headers.clone();
        if entry.stored.elapsed() >= ttl {
            Lookup::Stale(response)
        } else {
            Lookup::Fresh(response)
        }
    }

    #[cfg(test)]
    fn get(&self, key: &Key) -> Option<Response> {
        match self.lookup(key) {
            Lookup::Fresh(r) => Some(r),
            Lookup::Stale(_) | Lookup::Miss => None,
        }
    }

    /// The lock whoever renders `key` holds.
    fn flight(&self, key: &Key) -> Option<Arc<tokio::sync::Mutex<()>>> {
        let mut inner = self.inner.lock().ok()?;
        Some(Arc::clone(inner.flights.entry(key.clone()).or_default()))
    }

    fn landed(&self, key: &Key) {
        if let Ok(mut inner) = self.inner.lock() {
            inner.flights.remove(key);
        }
    }

    fn put(&self, key: Key, entry: Entry) {
        let Some(ttl) = self.ttl else { return };
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        let size = entry.body.len() + key.path_and_query.len();
        if inner.bytes + size > MAX_BYTES {
            let current = self.generation.load(Ordering::Acquire);
            inner
                .entries
                .retain(|_, e| e.generation == current && e.stored.elapsed() < ttl);
            inner.bytes = inner
                .entries
                .iter()
                .map(|(k, e)| e.body.len() + k.path_and_query.len())
                .sum();
            if inner.bytes + size > MAX_BYTES {
                inner.entries.clear();
                inner.bytes = 0;
            }
        }
        if let Some(old) = inner.entries.insert(key.clone(), entry) {
            inner.bytes = inner
                .bytes
                .saturating_sub(old.body.len() + key.path_and_query.len());
        }
        inner.bytes += size;
    }
}

/// Whether `path` is a public page whose content depends only on its path,
/// query, language and the data.
fn cacheable(path: &str) -> bool {
    if matches!(path, "/" | "/log" | "/framework") {
        return true;
    }
    if let Some(scheme) = path.strip_prefix("/framework/") {
        return !scheme.is_empty() && !scheme.contains('/');
    }
    let Some(rest) = path.strip_prefix("/p/") else {
        return false;
    };
    match rest.split_once('/') {
        None => !rest.is_empty(),
        Some((id, file)) => {
            !id.is_empty() && matches!(file, "label.svg" | "label.png" | "label.pdf" | "label.json")
        }
    }
}

/// The `lang` query parameter, if the query has one.
fn lang_param(uri: &axum::http::Uri) -> Option<String> {
    axum::extract::Query::<LangParam>::try_from_uri(uri)
        .ok()
        .and_then(|q| q.0.lang)
}

/// The middleware: answers cacheable `GET`s from the cache, keeps what
/// they render, and moves the generation on after every other request.
pub(super) async fn layer(
    State((cache, today)): State<CacheState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let response = next.run(request).await;
        cache.invalidate();
        return response;
    }
    if method != Method::GET || !cache.enabled() || !cacheable(request.uri().path()) {
        return next.run(request).await;
    }
    let uri = request.uri();
    let key = Key {
        path_and_query: uri
            .path_and_query()
            .map_or_else(|| uri.path().to_owned(), |pq| pq.as_str().to_owned()),
        lang: i18n::negotiate(lang_param(uri).as_deref(), request.headers()),
        today: today(),
    };
    let flight = match cache.lookup(&key) {
        Lookup::Fresh(hit) => return hit,
        Lookup::Stale(stale) => match cache.flight(&key).map(|f| f.try_lock_owned()) {
            Some(Ok(guard)) => guard,
            // Someone is rendering it again: the page it replaces will do.
            Some(Err(_)) | None => return stale,
        },
        Lookup::Miss => {
            let Some(flight) = cache.flight(&key) else {
                return next.run(request).await;
            };
            let guard = flight.lock_owned().await;
            if let Lookup::Fresh(hit) = cache.lookup(&key) {
                return hit;
            }
            guard
        }
    };
    let response = render(&cache, key.clone(), request, next).await;
    cache.landed(&key);
    drop(flight);
    response
}

/// Renders the page and keeps it when it may be kept.
async fn render(cache: &PageCache, key: Key, request: Request, next: Next) -> Response {
    let generation = cache.generation.load(Ordering::Acquire);
    let stored = Instant::now();
    let response = next.run(request).await;
    if response.status() != StatusCode::OK || response.headers().contains_key(header::SET_COOKIE) {
        return response;
    }
    // Pages are rendered in memory whole: reading one adds no limit of its
    // own, and one too large for the cache is served without being kept.
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!("reading a page to cache it: {e}");
            return (StatusCode::INTERNAL_SERVER_ERROR, "").into_response();
        }
    };
    if body.len() > MAX_ENTRY {
        return Response::from_parts(parts, Body::from(body));
    }
    cache.put(
        key,
        Entry {
            generation,
            stored,
            status: parts.status,
            headers: parts.headers.clone(),
            body: body.clone(),
        },
    );
    Response::from_parts(parts, Body::from(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_pages_are_cacheable() {
        for path in [
            "/",
            "/log",
            "/framework",
            "/framework/etsi-en-303-645",
            "/p/55h67yvw6b",
            "/p/55h67yvw6b/label.svg",
            "/p/55h67yvw6b/label.png",
            "/p/55h67yvw6b/label.pdf",
            "/p/55h67yvw6b/label.json",
        ] {
            assert!(cacheable(path), "{path}");
        }
        for path in [
            "/p/",
            "/p/55h67yvw6b/report",
            "/p/55h67yvw6b/declaration",
            "/p/55h67yvw6b/label.json/x",
            "/account",
            "/verify",
            "/feed.atom",
            "/export/products.jsonl",
            "/api/v1/products",
            "/compare",
            "/framework/",
            "/log/checkpoint",
        ] {
            assert!(!cacheable(path), "{path}");
        }
    }

    #[test]
    fn the_lang_parameter_is_read_from_the_query() {
        let lang = |u: &'static str| lang_param(&axum::http::Uri::from_static(u));
        assert_eq!(lang("/?q=x&lang=fr").as_deref(), Some("fr"));
        assert_eq!(lang("/?q=lang"), None);
        assert_eq!(lang("/"), None);
    }

    fn entry(generation: u64, body: &'static [u8]) -> Entry {
        Entry {
            generation,
            stored: Instant::now(),
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            body: Bytes::from_static(body),
        }
    }

    fn key(path: &str) -> Key {
        Key {
            path_and_query: path.to_owned(),
            lang: "en",
            today: chrono::NaiveDate::default(),
        }
    }

    #[test]
    fn a_write_ends_every_entry_and_ttl_bounds_them() {
        let cache = PageCache::new(Some(Duration::from_secs(60)));
        cache.put(key("/a"), entry(0, b"a"));
        assert!(cache.get(&key("/a")).is_some());
        assert!(cache.get(&key("/b")).is_none());
        cache.invalidate();
        assert!(cache.get(&key("/a")).is_none());

        let short = PageCache::new(Some(Duration::from_millis(1)));
        short.put(key("/a"), entry(0, b"a"));
        std::thread::sleep(Duration::from_millis(5));
        assert!(short.get(&key("/a")).is_none());
        // Past its time, it may stand in while it is rendered again; after
        // a write, never.
        assert!(matches!(short.lookup(&key("/a")), Lookup::Stale(_)));
        short.invalidate();
        assert!(matches!(short.lookup(&key("/a")), Lookup::Miss));

        let off = PageCache::new(None);
        off.put(key("/a"), entry(0, b"a"));
        assert!(off.get(&key("/a")).is_none());
        assert!(off.is_empty());
    }
}
