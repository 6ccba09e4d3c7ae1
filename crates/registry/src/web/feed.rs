//! The Atom feed of certificate status changes (`GET /feed.atom`): every
//! certificate issued, every status event, and every certificate whose
//! validity ended while it was in force (dated the day after its last valid
//! day), newest first. Written with maud, so every text is escaped.

use chrono::NaiveDate;
use maud::{PreEscaped, html};

use crate::store::{RecentCertificate, RecentEvent};

/// How many entries the feed holds.
pub const FEED_ITEMS: usize = 50;

/// One entry of the feed.
struct Item {
    date: NaiveDate,
    log_index: u64,
    id: String,
    title: String,
    product_id: String,
    summary: String,
}

/// An RFC 3339 time for a date (midnight UTC).
fn rfc3339(date: NaiveDate) -> String {
    format!("{date}T00:00:00Z")
}

/// The tag URI authority of the feed's ids (RFC 4151).
const TAG_AUTHORITY: &str = "registry.iotmark.org";

/// The feed: `base` is the site's address (`http://host`), without a slash
/// at the end.
pub(super) fn atom(
    base: &str,
    issued: &[RecentCertificate],
    events: &[RecentEvent],
    expired: &[RecentCertificate],
) -> String {
    let mut items: Vec<Item> = issued
        .iter()
        .map(|c| {
            let cert = &c.certificate;
            Item {
                date: cert.issued_on,
                log_index: cert.log_index,
                id: format!(
                    "tag:{TAG_AUTHORITY},{}:certificate/{}",
                    cert.issued_on, cert.id
                ),
                title: format!(
                    "{} {}: certificate {} issued",
                    c.manufacturer, c.product_name, cert.id
                ),
                product_id: cert.product_id.clone(),
                summary: format!(
                    "Certificate {} issued on {}, valid until {} (log entry {}).",
                    cert.id, cert.issued_on, cert.valid_until, cert.log_index
                ),
            }
        })
        .chain(events.iter().map(|e| {
            let ev = &e.event;
            Item {
                date: ev.effective_on,
                log_index: ev.log_index,
                id: format!(
                    "tag:{TAG_AUTHORITY},{}:status/{}/{}",
                    ev.effective_on, ev.certificate_id, ev.log_index
                ),
                title: format!(
                    "{} {}: certificate {} {}",
                    e.manufacturer,
                    e.product_name,
                    ev.certificate_id,
                    ev.status.as_str()
                ),
                product_id: e.product_id.clone(),
                summary: format!(
                    "{} from {}: {} (log entry {}).",
                    ev.status.as_str(),
                    ev.effective_on,
                    ev.reason,
                    ev.log_index
                ),
            }
        }))
        .chain(expired.iter().map(|c| {
            let cert = &c.certificate;
            let date = cert.valid_until.succ_opt().unwrap_or(cert.valid_until);
            Item {
                date,
                log_index: cert.log_index,
                id: format!("tag:{TAG_AUTHORITY},{date}:expired/{}", cert.id),
                title: format!(
                    "{} {}: certificate {} expired",
                    c.manufacturer, c.product_name, cert.id
                ),
                product_id: cert.product_id.clone(),
                summary: format!(
                    "expired from {date}: certificate {} was valid until {} (log entry {}).",
                    cert.id, cert.valid_until, cert.log_index
                ),
            }
        }))
        .collect();
    items.sort_by_key(|i| std::cmp::Reverse((i.date, i.log_index)));
    items.truncate(FEED_ITEMS);
    let updated = items
        .first()
        .map_or_else(|| "1970-01-01T00:00:00Z".to_owned(), |i| rfc3339(i.date));
    let feed = html! {
        (PreEscaped("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"))
        feed xmlns="http://www.w3.org/2005/Atom" {
            id { "tag:" (TAG_AUTHORITY) ",2026:feed" }
            title { "iotmark registry: certificate status" }
            updated { (updated) }
            author { name { "iotmark registry" } }
            link rel="self" href={ (base) "/feed.atom" } {}
            link rel="alternate" href={ (base) "/" } {}
            @for i in &items {
                entry {
                    id { (i.id) }
                    title { (i.title) }
                    updated { (rfc3339(i.date)) }
                    link rel="alternate" href={ (base) "/p/" (i.product_id) } {}
                    summary { (i.summary) }
                }
            }
        }
    };
    let mut out = feed.into_string();
    out.push('\n');
    out
}
