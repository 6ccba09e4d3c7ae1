//! The comparison page: up to [`MAX_PRODUCTS`] products side by side, fact
//! by fact, the rows whose values differ marked (a class and a visible
//! word, not colour alone).
//!
//! `GET /compare?ids=ID1,ID2` (also `ids=ID1&ids=ID2`, a product page's
//! address in place of an id, and a product's name: `ids=Stekker Plug
//! One`). Commas separate what is asked for. A value that is no product's
//! id or address is looked up by name through the full-text search: one
//! clear match (the only one, or the only one whose name, maker and name,
//! maker and model, or model is exactly those words) is that product; none
//! is said so; several are listed, each with a link that adds it. Without
//! JavaScript: a GET form adds a product by name, id or address, and each
//! column has a link that removes it.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use axum::routing::get;
use iotmark_label::text::Words;
use iotmark_label::{Availability, LabelModel, MarkStatus};
use maud::{Markup, html};

use super::Shared;
use super::i18n::t;
use super::pages::{category_name, certificate_status, date_text, layout, link, status_name};
use crate::store::{MAX_PER_PAGE, ProductSummary, Search, StoreError, query_words, words};

/// The most products compared at once.
pub const MAX_PRODUCTS: usize = 4;

/// The longest id taken from the query (product ids have ten characters).
const MAX_ID_CHARS: usize = 64;

/// The longest name taken from the query (the form takes 200 characters).
const MAX_NAME_CHARS: usize = 200;

/// The most ids read from one query; the rest are ignored unread.
const MAX_IDS_READ: usize = 32;

/// The most products listed when a name matches several.
const MAX_CANDIDATES: usize = 10;

/// The site's CSS for this page, appended to the stylesheet.
// Unused until the stylesheet appends it.
pub(crate) const CSS: &str = r#"
.site .cmp-scroll{overflow-x:auto;margin:1rem 0}
.site table.compare{min-width:34rem}
.site table.compare caption{text-align:left;color:#59636e;font-size:.9rem;padding:.25rem 0}
.site table.compare thead th{vertical-align:bottom}
.site table.compare th[scope=row]{position:sticky;left:0;background:#fff;min-width:8rem;font-weight:600}
.site table.compare tr.group th{background:#f6f8fa;font-size:1rem;padding-top:.75rem}
.site table.compare tr.differs th,.site table.compare tr.differs td{background:#fff8c5}
.site .cmp-marker{display:inline-block;margin-left:.35rem;padding:0 .35rem;border:1px solid #9a6700;border-radius:4px;font-size:.8rem;font-weight:700;color:#6b3f00;white-space:nowrap}
.site .cmp-note{border-left:6px solid #9a6700;background:#f6f8fa;padding:.5rem 1rem;margin:1rem 0}
.site .cmp-note ul{margin:.25rem 0}
.site a.cmp-remove{display:inline-block;margin-top:.25rem;font-size:.85rem;font-weight:400}
.site form.compare-add{background:#f6f8fa;border-radius:10px;padding:1rem;display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:1rem 0}
.site form.compare-add label{display:flex;flex-direction:column;font-weight:600;gap:.2rem;flex:1 1 16rem}
"#;

/// This module's routes.
pub(super) fn routes() -> Router<Shared> {
    Router::new().route("/compare", get(compare))
}

/// One thing asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Asked {
    /// A product page's address: the id in it.
    Address(String),
    /// A product's id, or else its name (or maker and model, …).
    Term(String),
}

impl Asked {
    /// As asked, for messages.
    fn text(&self) -> &str {
        match self {
            Asked::Address(s) | Asked::Term(s) => s,
        }
    }
}

/// The id in a product page's address (`…/p/ID…`), if `token` is one.
fn address_id(token: &str) -> Option<String> {
    let i = token.rfind("/p/")?;
    let id = token[i + 3..]
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    Some(id.chars().take(MAX_ID_CHARS).collect()).filter(|id: &String| !id.is_empty())
}

/// Whether `token` has the shape of a registry id: ten characters of
/// Crockford's base 32 ([`iotmark_model::product_id`]).
fn looks_like_id(token: &str) -> bool {
    token.len() == 10
        && token
            .bytes()
            .all(|b| b"0123456789abcdefghjkmnpqrstvwxyz".contains(&b.to_ascii_lowercase()))
}

/// What is asked for, in order, each once: every `ids` value split at
/// commas. A part made only of ids and addresses (separated by white
/// space) is each of them; any other part is one term: an id, else a
/// name.
fn requested(pairs: &[(String, String)]) -> Vec<Asked> {
    let mut out: Vec<Asked> = Vec::new();
    let parts = pairs
        .iter()
        .filter(|(k, _)| k == "ids")
        .flat_map(|(_, v)| v.split(','))
        .filter(|s| !s.trim().is_empty())
        .take(MAX_IDS_READ);
    for part in parts {
        let tokens: Vec<&str> = part.split_whitespace().collect();
        let each = tokens.len() == 1
            || tokens
                .iter()
                .all(|t| address_id(t).is_some() || looks_like_id(t));
        let asked: Vec<Asked> = if each {
            tokens
                .iter()
                .map(|t| match address_id(t) {
                    Some(id) => Asked::Address(id),
                    None => Asked::Term(t.chars().take(MAX_NAME_CHARS).collect()),
                })
                .collect()
        } else {
            vec![Asked::Term(
                tokens.join(" ").chars().take(MAX_NAME_CHARS).collect(),
            )]
        };
        for a in asked {
            if out.len() < MAX_IDS_READ && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// What a name found.
enum Named {
    /// One product: its id.
    One(String),
    /// None.
    None,
    /// Several, the best first.
    Several(Several),
}

/// A name that matches several products.
struct Several {
    /// The name, as asked.
    name: String,
    /// How many products match in all.
    total: u64,
    /// The best of them, at most [`MAX_CANDIDATES`].
    candidates: Vec<ProductSummary>,
}

/// Whether the product is called exactly `wanted` (words): by its name,
/// its maker and name, its name and model, its maker and model, or its
/// model.
fn called(p: &ProductSummary, wanted: &[String]) -> bool {
    let is = |parts: &[&str]| {
        let w: Vec<String> = parts.iter().flat_map(|t| words(t)).collect();
        w == wanted
    };
    is(&[&p.name])
        || is(&[&p.manufacturer, &p.name])
        || is(&[&p.name, &p.model])
        || is(&[&p.manufacturer, &p.model])
        || is(&[&p.model])
}

/// Looks `name` up through the full-text search (every word a prefix of a
/// word of the name, maker, model or category): the only product found,
/// else the only one called exactly that among the best
/// [`MAX_PER_PAGE`], else none or several.
async fn by_name(state: &super::AppState, name: &str) -> Result<Named, StoreError> {
    if query_words(name).is_empty() {
        return Ok(Named::None);
    }
    let search = Search {
        text: name.to_owned(),
        per_page: MAX_PER_PAGE,
        ..Search::default()
    };
    let found = state.db.search(&search, (state.today)()).await?;
    if found.total == 0 || found.items.is_empty() {
        return Ok(Named::None);
    }
    if found.total == 1 {
        return Ok(Named::One(found.items[0].id.clone()));
    }
    let wanted = words(name);
    let (exact, rest): (Vec<ProductSummary>, Vec<ProductSummary>) =
        found.items.into_iter().partition(|p| called(p, &wanted));
    if exact.len() == 1 {
        return Ok(Named::One(exact[0].id.clone()));
    }
    // Those called exactly that first, then the best matches.
    let candidates = exact.into_iter().chain(rest).take(MAX_CANDIDATES).collect();
    Ok(Named::Several(Several {
        name: name.to_owned(),
        total: found.total,
        candidates,
    }))
}

/// One product's column.
struct Column {
    loaded: super::Loaded,
    /// The label's status (following the certificate), else the stored one.
    status: MarkStatus,
}

/// A row: its heading and one text per column.
struct Row {
    head: String,
    /// Where the heading links to (an area's criteria), if anywhere.
    href: Option<String>,
    cells: Vec<String>,
}

impl Row {
    fn differs(&self) -> bool {
        self.cells.windows(2).any(|w| w[0] != w[1])
    }
}

/// A group of rows under a heading.
struct Group {
    head: String,
    rows: Vec<Row>,
}

async fn compare(
    State(state): State<Shared>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let lang_param = pairs
        .iter()
        .rev()
        .find(|(k, _)| k == "lang")
        .map(|(_, v)| v.as_str());
    let lang = super::i18n::negotiate(lang_param, &headers);
    let mut asked = requested(&pairs);
    let left_out: Vec<String> = if asked.len() > MAX_PRODUCTS {
        asked
            .split_off(MAX_PRODUCTS)
            .iter()
            .map(|a| a.text().to_owned())
            .collect()
    } else {
        Vec::new()
    };
    let mut columns: Vec<Column> = Vec::new();
    let mut missing = Vec::new();
    let mut unnamed = Vec::new();
    let mut several = Vec::new();
    for a in &asked {
        // An address is an id; a term without white space may be one.
        let id = match a {
            Asked::Address(id) => Some(id.as_str()),
            Asked::Term(t) if t.chars().count() <= MAX_ID_CHARS && !t.contains(' ') => {
                Some(t.as_str())
            }
            Asked::Term(_) => None,
        };
        let mut loaded = match id {
            Some(id) => match super::load(&state, id, lang).await {
                Ok(l) => l,
                Err(response) => return response,
            },
            None => None,
        };
        if loaded.is_none()
            && let Asked::Term(name) = a
        {
            match by_name(&state, name).await {
                Ok(Named::One(id)) => match super::load(&state, &id, lang).await {
                    Ok(l) => loaded = l,
                    Err(response) => return response,
                },
                Ok(Named::None) if looks_like_id(name) => {}
                Ok(Named::None) => {
                    unnamed.push(name.clone());
                    continue;
                }
                Ok(Named::Several(s)) => {
                    several.push(s);
                    continue;
                }
                Err(e) => return super::server_error(lang, "finding a product by name", &e),
            }
        }
        match loaded {
            Some(loaded) => {
                if columns
                    .iter()
                    .any(|c| c.loaded.product.id == loaded.product.id)
                {
                    continue;
                }
                let status = loaded.label.as_ref().map_or_else(
                    || {
                        loaded
                            .certificates
                            .first()
                            .map_or(loaded.product.data.status, |c| super::mark_status(c.status))
                    },
                    |l| l.status,
                );
                columns.push(Column { loaded, status });
            }
            None => missing.push(a.text().to_owned()),
        }
    }
    let texts = super::texts(state.catalog, lang);
    let words = Words::new(texts);
    let view = View {
        lang,
        catalog: state.catalog,
        texts,
        words: &words,
        columns: &columns,
        missing: &missing,
        unnamed: &unnamed,
        several: &several,
        left_out: &left_out,
    };
    let status = if !asked.is_empty() && columns.is_empty() && several.is_empty() {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    super::html(
        status,
        layout(lang, Some(&uri), t(lang, "cmp_title"), view.page()),
    )
}

struct View<'a> {
    lang: &'static str,
    catalog: &'static iotmark_catalog::Catalog,
    texts: &'static iotmark_catalog::Texts,
    words: &'a Words<'a>,
    columns: &'a [Column],
    missing: &'a [String],
    /// Names no product has.
    unnamed: &'a [String],
    /// Names several products match.
    several: &'a [Several],
    left_out: &'a [String],
}

impl View<'_> {
    fn lang_param(&self) -> (&'static str, String) {
        ("lang", self.lang.to_owned())
    }

    /// The page without the column of `without`.
    fn remove_link(&self, without: &str) -> String {
        let rest: Vec<&str> = self
            .columns
            .iter()
            .map(|c| c.loaded.product.id.as_str())
            .filter(|id| *id != without)
            .collect();
        link("/compare", &[("ids", rest.join(",")), self.lang_param()])
    }

    /// The page with `id` added to the columns.
    fn add_link(&self, id: &str) -> String {
        let ids: Vec<&str> = self
            .columns
            .iter()
            .map(|c| c.loaded.product.id.as_str())
            .chain([id])
            .collect();
        link("/compare", &[("ids", ids.join(",")), self.lang_param()])
    }

    /// The names that found no product or several, said so.
    fn names(&self) -> Markup {
        let lang = self.lang;
        html! {
            @for name in self.unnamed {
                div.cmp-note role="note" {
                    p { (with_name(t(lang, "cmp_no_name"), name)) }
                }
            }
            @for s in self.several {
                div.cmp-note role="note" {
                    p { (with_name(t(lang, "cmp_several"), &s.name)) }
                    ul {
                        @for p in &s.candidates {
                            li {
                                a href=(self.add_link(&p.id)) aria-label=(format!("{} {}", t(lang, "cmp_add_product"), p.name)) { (p.name) }
                                " · " (p.manufacturer) " · " (p.model)
                            }
                        }
                    }
                    @if s.total > s.candidates.len() as u64 {
                        p { a href=(link("/", &[("q", s.name.clone()), self.lang_param()])) { (t(lang, "cmp_search_all")) } }
                    }
                }
            }
        }
    }

    fn row(&self, key: &str, cell: impl Fn(&Column) -> String) -> Row {
        Row {
            head: t(self.lang, key).to_owned(),
            href: None,
            cells: self.columns.iter().map(cell).collect(),
        }
    }

    /// A fact of the label, or that there is no label.
    fn label_row(&self, key: &str, fact: impl Fn(&LabelModel) -> String) -> Row {
        self.row(key, |c| {
            c.loaded
                .label
                .as_ref()
                .map_or_else(|| t(self.lang, "cmp_no_label").to_owned(), &fact)
        })
    }

    fn groups(&self) -> Vec<Group> {
        let lang = self.lang;
        let w = self.words;
        let overview = vec![
            self.row("cmp_name", |c| c.loaded.product.data.name.clone()),
            self.row("cmp_maker", |c| c.loaded.product.data.manufacturer.clone()),
            self.row("cmp_model", |c| c.loaded.product.data.model.clone()),
            self.row("cmp_category", |c| {
                category_name(&c.loaded.product.data.category)
            }),
            self.row("cmp_firmware", |c| {
                c.loaded.product.data.firmware_version.clone()
            }),
            self.row("cmp_level", |c| {
                let level = c.loaded.product.data.level;
                format!("{level} · {}", self.texts.level_name(level))
            }),
            self.row("cmp_status", |c| status_name(w, c.status)),
            self.row("cmp_support_end", |c| {
                date_text(w, c.loaded.product.data.support_end, lang)
            }),
        ];
        let grades = self
            .catalog
            .areas
            .iter()
            .map(|area| Row {
                head: self.texts.area_name(&area.id),
                href: Some(format!(
                    "{}#area-{}",
                    link("/framework", &[self.lang_param()]),
                    area.id
                )),
                cells: self
                    .columns
                    .iter()
                    .map(|c| {
                        c.loaded
                            .product
                            .data
                            .grades
                            .get(&area.id)
                            .cloned()
                            .unwrap_or_else(|| t(lang, "cmp_no_grade").to_owned())
                    })
                    .collect(),
            })
            .collect();
        let certificate = vec![
            self.row("cmp_certificate_id", |c| {
                c.loaded.certificates.first().map_or_else(
                    || t(lang, "cmp_no_certificate").to_owned(),
                    |x| x.id.clone(),
                )
            }),
            self.row("cmp_certificate_status", |c| {
                c.loaded.certificates.first().map_or_else(
                    || t(lang, "cmp_no_certificate").to_owned(),
                    |x| certificate_status(w, x.status),
                )
            }),
        ];
        let facts = vec![
            self.label_row("cmp_updates", |l| {
                w.get(&format!("label-update-{}", l.updates.name()))
            }),
            self.label_row("cmp_sensors", |l| {
                if l.sensors.is_empty() {
                    w.get("label-sensors-none")
                } else {
                    l.sensors
                        .iter()
                        .map(|s| w.get(&format!("label-sensor-{s}")))
                        .collect::<Vec<_>>()
                        .join(&w.get("label-list-separator"))
                }
            }),
            self.label_row("cmp_data_shared", |l| shared_text(w, l)),
            self.label_row("cmp_data_sold", |l| match l.data.sold {
                Some(true) => w.get("label-data-sold"),
                Some(false) => w.get("label-data-not-sold"),
                None => w.get("label-data-sale-not-disclosed"),
            }),
            self.label_row("cmp_offline", |l| availability(w, l.works_offline)),
            self.label_row("cmp_account", |l| availability(w, l.works_without_account)),
            self.label_row("cmp_spare_parts", |l| match l.repair.spare_parts_years {
                Some(0) => w.get("label-repair-parts-none"),
                Some(years) => w.with("label-repair-parts", &[("years", years.into())]),
                None => w.get("label-repair-parts-not-disclosed"),
            }),
            self.label_row("cmp_battery", |l| {
                match (l.repair.has_battery, l.repair.replaceable_battery) {
                    (Some(false), _) => t(lang, "cmp_no_battery").to_owned(),
                    (Some(true), Some(true)) => w.get("label-repair-battery-replaceable"),
                    (Some(true), Some(false)) => w.get("label-repair-battery-sealed"),
                    _ => w.get("label-repair-battery-not-disclosed"),
                }
            }),
            self.label_row("cmp_repair_manual", |l| match l.repair.repair_manual {
                Some(true) => w.get("label-repair-manual"),
                Some(false) => w.get("label-repair-manual-none"),
                None => t(lang, "cmp_not_disclosed").to_owned(),
            }),
        ];
        vec![
            Group {
                head: t(lang, "cmp_overview").to_owned(),
                rows: overview,
            },
            Group {
                head: t(lang, "cmp_grades").to_owned(),
                rows: grades,
            },
            Group {
                head: t(lang, "cmp_certificate").to_owned(),
                rows: certificate,
            },
            Group {
                head: t(lang, "cmp_label_facts").to_owned(),
                rows: facts,
            },
        ]
    }

    fn table(&self) -> Markup {
        let lang = self.lang;
        let span = self.columns.len() + 1;
        let several = self.columns.len() > 1;
        html! {
            @if several {
                p { span.cmp-marker { "≠ " (t(lang, "cmp_differs")) } " " (t(lang, "cmp_legend")) }
            }
            div.cmp-scroll {
                table.compare {
                    caption { (t(lang, "cmp_caption")) }
                    thead {
                        tr {
                            th scope="col" { (t(lang, "cmp_fact")) }
                            @for c in self.columns {
                                @let p = &c.loaded.product;
                                th scope="col" {
                                    a href=(link(&format!("/p/{}", p.id), &[self.lang_param()])) { (p.data.name) }
                                    br;
                                    a.cmp-remove href=(self.remove_link(&p.id)) aria-label=(format!("{} {}", t(lang, "cmp_remove_product"), p.data.name)) {
                                        (t(lang, "cmp_remove"))
                                    }
                                }
                            }
                        }
                    }
                    @for group in self.groups() {
                        tbody {
                            tr.group { th scope="colgroup" colspan=(span) { (group.head) } }
                            @for row in &group.rows {
                                @let differs = several && row.differs();
                                tr class=[differs.then_some("differs")] {
                                    th scope="row" {
                                        @match &row.href {
                                            Some(href) => a href=(href) { (row.head) },
                                            None => (row.head),
                                        }
                                        @if differs {
                                            " " span.cmp-marker { "≠ " (t(lang, "cmp_differs")) }
                                        }
                                    }
                                    @for cell in &row.cells { td { (cell) } }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn form(&self) -> Markup {
        let lang = self.lang;
        html! {
            @if self.columns.len() >= MAX_PRODUCTS {
                p { (t(lang, "cmp_full")) }
            } @else {
                form.compare-add method="get" action="/compare" {
                    input type="hidden" name="lang" value=(lang);
                    @for c in self.columns {
                        input type="hidden" name="ids" value=(c.loaded.product.id);
                    }
                    label {
                        (t(lang, "cmp_add_label"))
                        input type="text" name="ids" maxlength="200" autocomplete="off" spellcheck="false";
                    }
                    button type="submit" { (t(lang, "cmp_add")) }
                }
            }
        }
    }

    fn page(&self) -> Markup {
        let lang = self.lang;
        html! {
            h1 { (t(lang, "cmp_title")) }
            p { (t(lang, "cmp_intro")) }
            @if !self.left_out.is_empty() {
                div.cmp-note role="note" {
                    p { (t(lang, "cmp_too_many")) }
                    ul { @for id in self.left_out { li { code { (id) } } } }
                }
            }
            @if !self.missing.is_empty() {
                div.cmp-note role="note" {
                    p { (t(lang, "cmp_not_found")) }
                    ul { @for id in self.missing { li { code { (id) } } } }
                }
            }
            (self.names())
            @if self.columns.is_empty() {
                p { (t(lang, "cmp_empty")) }
            } @else {
                (self.table())
            }
            (self.form())
            p { a href=(link("/", &[self.lang_param()])) { (t(lang, "cmp_find")) } }
        }
    }
}

/// A sentence of the site's words with `{name}` in it, the name put in
/// (escaped, as every text).
fn with_name(sentence: &str, name: &str) -> Markup {
    let (before, after) = sentence.split_once("{name}").unwrap_or((sentence, ""));
    html! { (before) (name) (after) }
}

fn availability(w: &Words<'_>, a: Availability) -> String {
    let name = match a {
        Availability::Full => "full",
        Availability::Partial => "partial",
        Availability::None => "none",
        Availability::NotDisclosed => "not_disclosed",
    };
    w.get(&format!("label-availability-{name}"))
}

/// Whom personal data goes to, as the label says it.
fn shared_text(w: &Words<'_>, l: &LabelModel) -> String {
    match l.data.shared {
        Some(true) if !l.data.recipients.is_empty() => {
            // "Others" last, as on the label.
            let mut kinds: Vec<&String> = l.data.recipients.iter().collect();
            kinds.sort_by_key(|r| r.as_str() == "other");
            let to: Vec<String> = kinds
                .into_iter()
                .map(|r| w.get(&format!("label-recipient-{r}")))
                .collect();
            w.with(
                "label-data-shared-with",
                &[("recipients", to.join(&w.get("label-list-separator")).into())],
            )
        }
        Some(true) => w.get("label-data-shared"),
        Some(false) => w.get("label-data-not-shared"),
        None => w.get("label-data-sharing-not-disclosed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
        query
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    fn term(s: &str) -> Asked {
        Asked::Term(s.to_owned())
    }

    fn address(s: &str) -> Asked {
        Asked::Address(s.to_owned())
    }

    #[test]
    fn ids_are_split_deduplicated_and_read_from_addresses() {
        assert_eq!(
            requested(&pairs(&[
                ("ids", "a, b,,a"),
                ("lang", "fr"),
                ("ids", "https://x.example/p/c?lang=fr"),
                ("ids", ""),
                ("ids", "/p/d/label.svg 55h67yvw6b"),
            ])),
            [
                term("a"),
                term("b"),
                address("c"),
                address("d"),
                term("55h67yvw6b")
            ]
        );
        let long = "x".repeat(500);
        assert_eq!(
            requested(&pairs(&[("ids", &long)]))[0].text().len(),
            MAX_NAME_CHARS
        );
        let long_address = format!("/p/{long}");
        assert_eq!(
            requested(&pairs(&[("ids", &long_address)]))[0],
            address(&"x".repeat(MAX_ID_CHARS))
        );
        let many = (0..100)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(",");
        assert_eq!(requested(&pairs(&[("ids", &many)])).len(), MAX_IDS_READ);
    }

    #[test]
    fn names_with_spaces_stay_whole() {
        assert_eq!(
            requested(&pairs(&[(
                "ids",
                "55h67yvw6b,  Stekker   Plug One ,rvyf5jsyc7 55h67yvw6b"
            )])),
            [
                term("55h67yvw6b"),
                term("Stekker Plug One"),
                term("rvyf5jsyc7")
            ]
        );
        // An id and a name in one part: the part is a name.
        assert_eq!(
            requested(&pairs(&[("ids", "rvyf5jsyc7 Lock")])),
            [term("rvyf5jsyc7 Lock")]
        );
        assert!(looks_like_id("55H67YVW6B"));
        assert!(!looks_like_id("smartlock1"), "no i, l, o or u");
        assert!(!looks_like_id("55h67yvw6"));
    }

    #[test]
    fn names_are_exact_by_name_maker_and_model() {
        let p = ProductSummary {
            id: "x".to_owned(),
            manufacturer: "Riegelwerk GmbH".to_owned(),
            name: "Riegelwerk Keyless T2".to_owned(),
            model: "RW-KL-T2".to_owned(),
            category: "smart_lock".to_owned(),
            firmware_version: "1".to_owned(),
            level: 1,
            support_end: None,
            status: MarkStatus::Valid,
        };
        for yes in [
            "riegelwerk keyless t2",
            "Riegelwerk GmbH Riegelwerk Keyless T2",
            "Riegelwerk GmbH RW-KL-T2",
            "rw kl t2",
            "Riegelwerk Keyless T2 (RW-KL-T2)",
        ] {
            assert!(called(&p, &words(yes)), "{yes}");
        }
        for no in ["riegelwerk", "keyless t2", "riegelwerk keyless", "rw kl"] {
            assert!(!called(&p, &words(no)), "{no}");
        }
    }

    #[test]
    fn every_sentence_with_a_name_has_its_place() {
        for key in ["cmp_no_name", "cmp_several"] {
            for lang in super::super::i18n::LANGUAGES {
                assert_eq!(t(lang, key).matches("{name}").count(), 1, "{key} {lang}");
            }
        }
        assert_eq!(
            with_name("No “{name}”.", "<b>").into_string(),
            "No “&lt;b&gt;”."
        );
    }
}
