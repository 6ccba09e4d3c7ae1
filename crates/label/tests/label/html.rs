//! The secondary layer (HTML): golden pages of every example, the structure
//! every page must have, and hostile text that must never break out.
//!
//! maud writes HTML, not XHTML, but the only thing that keeps our output
//! from being well-formed XML is the doctype and the void `<meta>` elements
//! of the page's head (the renderer writes every other element with an end
//! tag, SVG shapes included). [`xml`] removes the one and closes the other,
//! and the checks parse the result with `roxmltree`: markup broken by data
//! fails to parse, and markup injected by data shows up as an element.

use chrono::NaiveDate;
use iotmark_assess::{Input, assess};
use iotmark_catalog::Catalog;
use iotmark_label::html::{area_anchor, criterion_anchor, fragment, page, stylesheet};
use iotmark_label::text::Words;
use iotmark_label::{
    Certificate, LabelModel, LabelOptions, MarkStatus, SchemeReference, VulnerabilityLine,
};
use iotmark_model::{Basis, Finding, FindingKind, Status};

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("embedded catalog")
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// The examples' assessment date (see `examples/README.md`).
fn assessment_date() -> NaiveDate {
    date(2026, 11, 1)
}

/// Each example with the second language its page is pinned in, so that
/// all four translations are covered.
const EXAMPLES: [(&str, &str); 6] = [
    ("home-camera", "fr"),
    ("smart-speaker", "es"),
    ("smart-lock", "de"),
    ("fitness-watch", "ja"),
    ("connected-toy", "ja"),
    ("smart-plug", "de"),
];

fn finding(evidence: &str, kind: FindingKind, message: &str) -> Finding {
    Finding {
        evidence: evidence.into(),
        line: None,
        kind,
        message: message.into(),
    }
}

fn vuln(
    id: &str,
    component: &str,
    installed: &str,
    fixed: &[&str],
    severity: &str,
    kev: bool,
    suppressed_by: Option<&str>,
) -> Finding {
    finding(
        "bom.cdx.json",
        FindingKind::VulnKnown {
            id: id.into(),
            aliases: vec![],
            component: component.into(),
            installed: installed.into(),
            fixed: fixed.iter().map(|f| (*f).to_owned()).collect(),
            severity: severity.into(),
            score: None,
            kev,
            kev_due: None,
            published: Some("2024-01-01".into()),
            suppressed_by: suppressed_by.map(str::to_owned),
        },
        &format!("{component} {installed} is affected by {id}."),
    )
}

/// What the analysers would report on an example's evidence (without the
/// vulnerability store the tests cannot hold): the camera's expired
/// security.txt and its SBOM matched against OSV and KEV, the lock's
/// valid security.txt.
fn findings(example: &str) -> Vec<Finding> {
    match example {
        "home-camera" => vec![
            finding(
                "security.txt",
                FindingKind::SecuritytxtExpired {
                    contacts: vec!["mailto:security@lumiere-home.example".into()],
                    expires: "2025-03-31T23:59:59Z".into(),
                },
                "security.txt expired on 2025-03-31T23:59:59Z, before the assessment date.",
            ),
            finding(
                "bom.cdx.json",
                FindingKind::SbomSummary {
                    format: "CycloneDX 1.5 JSON".into(),
                    components: 11,
                    with_version: 11,
                    identified: 9,
                    unmatched: 2,
                    vulnerability_data: true,
                },
                "CycloneDX 1.5 JSON SBOM with 11 components, 9 of them identified.",
            ),
            vuln(
                "RUSTSEC-2025-0004",
                "pkg:cargo/openssl@0.10.55",
                "0.10.55",
                &["0.10.70"],
                "high",
                false,
                Some("vulnerable_code_not_in_execute_path"),
            ),
            vuln(
                "GO-2024-2687",
                "pkg:golang/golang.org/x/net@v0.17.0",
                "v0.17.0",
                &["v0.23.0"],
                "medium",
                false,
                None,
            ),
            vuln(
                "CVE-2023-4863",
                "pkg:cargo/libwebp-sys@0.9.2",
                "0.9.2",
                &["0.9.3"],
                "high",
                true,
                None,
            ),
        ],
        "smart-lock" => vec![finding(
            "security.txt",
            FindingKind::SecuritytxtValid {
                contacts: vec!["mailto:security@riegelwerk.example".into()],
                policies: vec![],
                canonical: vec![],
                expires: "2027-06-30T00:00:00Z".into(),
                signed: false,
            },
            "A valid security.txt, expiring 2027-06-30T00:00:00Z.",
        )],
        _ => vec![],
    }
}

/// A certified example or two, so the pages show more than self-assessments.
fn options(example: &str) -> LabelOptions {
    let certificate = match example {
        "smart-plug" => Some(Certificate {
            id: "IOTM-2026-000123".into(),
            status: MarkStatus::Valid,
        }),
        "smart-lock" => Some(Certificate {
            id: "IOTM-2026-000077".into(),
            status: MarkStatus::Suspended,
        }),
        _ => None,
    };
    LabelOptions {
        certificate,
        ..LabelOptions::default()
    }
}

fn model_on(example: &str, lang: &str, on: NaiveDate) -> LabelModel {
    let path = format!(
        "{}/../../examples/{example}/declaration.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("example declaration");
    let declaration = iotmark_declaration::load(&path, &bytes).expect("valid declaration");
    let mut input = Input::new(&declaration, on);
    input.findings = findings(example);
    let assessment = assess(catalog(), &input);
    let texts = catalog().text_in(lang).expect("language");
    LabelModel::resolve(
        catalog(),
        texts,
        &declaration,
        &assessment,
        &options(example),
    )
}

fn model(example: &str, lang: &str) -> LabelModel {
    model_on(example, lang, assessment_date())
}

fn words(lang: &str) -> Words<'static> {
    Words::new(catalog().text_in(lang).expect("language"))
}

fn render(model: &LabelModel) -> String {
    page(model, &words(&model.lang))
}

/// The output as XML: without the doctype, `<meta …>` closed as `<meta …/>`.
fn xml(html: &str) -> String {
    let body = html.strip_prefix("<!DOCTYPE html>").unwrap_or(html);
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(i) = rest.find("<meta ") {
        let end = i + rest[i..].find('>').expect("end of meta");
        out.push_str(&rest[..end]);
        out.push_str("/>");
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    out
}

fn parse(xml: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("not well-formed: {e}"))
}

/// The output, one tag per line, for reviewable snapshots (the renderer
/// itself writes no line breaks).
/// The stylesheet, the same in every rendering, is left out (it has a
/// snapshot of its own).
fn lines(html: &str) -> String {
    html.replace(stylesheet(), "/* html::stylesheet() */")
        .replace("><", ">\n<")
}

fn elements<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    name: &'a str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    doc.descendants()
        .filter(move |n| n.is_element() && n.tag_name().name() == name)
}

fn by_id<'a, 'i>(doc: &'a roxmltree::Document<'i>, id: &str) -> Option<roxmltree::Node<'a, 'i>> {
    doc.descendants().find(|n| n.attribute("id") == Some(id))
}

/// The text of a node and everything in it.
fn text_content(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect()
}

/// The checks every rendering must pass, page or fragment.
fn check_structure(html: &str, model: &LabelModel, is_page: bool) {
    // No inline style attributes: the registry's Content-Security-Policy
    // allows style sheets only.
    assert!(!html.contains(" style="), "an inline style attribute");
    let text = xml(html);
    let doc = parse(&text);
    let root = doc.root_element();
    if is_page {
        assert!(
            html.starts_with("<!DOCTYPE html><html lang="),
            "doctype first"
        );
        assert_eq!(root.tag_name().name(), "html");
        assert_eq!(root.attribute("lang"), Some(model.lang.as_str()));
        assert_eq!(elements(&doc, "main").count(), 1, "exactly one <main>");
        assert_eq!(
            elements(&doc, "title")
                .filter(|t| t.parent().is_some_and(|p| p.has_tag_name("head")))
                .count(),
            1
        );
        let metas: Vec<_> = elements(&doc, "meta").collect();
        assert!(
            metas
                .iter()
                .any(|m| m.attribute("charset") == Some("utf-8"))
        );
        assert!(
            metas
                .iter()
                .any(|m| m.attribute("name") == Some("viewport"))
        );
        for landmark in ["header", "nav", "footer"] {
            assert!(
                root.descendants().any(|n| n.has_tag_name(landmark)
                    && n.parent().is_some_and(|p| p.has_tag_name("body"))),
                "<{landmark}> is a landmark of the body"
            );
        }
    } else {
        assert_eq!(root.tag_name().name(), "article");
        assert_eq!(root.attribute("class"), Some("iotmark-label"));
        assert_eq!(root.attribute("lang"), Some(model.lang.as_str()));
        for name in ["html", "head", "body", "main"] {
            assert_eq!(
                elements(&doc, name).count(),
                0,
                "a fragment has no <{name}>"
            );
        }
    }

    // Nothing executable, no event handlers, links only in the page or to http(s).
    assert!(!html.to_ascii_lowercase().contains("<script"), "no <script");
    for node in doc.descendants().filter(|n| n.is_element()) {
        for a in node.attributes() {
            assert!(
                !a.name().to_ascii_lowercase().starts_with("on"),
                "event handler {}",
                a.name()
            );
        }
        if let Some(href) = node.attribute("href") {
            assert!(
                href.starts_with('#')
                    || href.starts_with("https://")
                    || href.starts_with("http://"),
                "href {href}"
            );
            if let Some(target) = href.strip_prefix('#') {
                assert!(by_id(&doc, target).is_some(), "link to a missing #{target}");
            }
        }
    }

    // Ids are unique; every criterion and area has its element.
    let mut ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "duplicate ids");
    for c in &model.criteria {
        let node = by_id(&doc, &criterion_anchor(&c.id))
            .unwrap_or_else(|| panic!("criterion {} missing", c.id));
        assert!(node.has_tag_name("li"));
    }
    for a in &model.areas {
        assert!(
            by_id(&doc, &area_anchor(&a.id)).is_some(),
            "area {} missing",
            a.id
        );
    }

    // Images have a text alternative; tables have captions and scoped headers.
    for img in elements(&doc, "img") {
        assert!(img.attribute("alt").is_some(), "<img> without alt");
    }
    for svg in elements(&doc, "svg") {
        assert!(
            svg.children().any(|c| c.has_tag_name("title")),
            "<svg> without <title>"
        );
        assert_eq!(svg.attribute("role"), Some("img"));
    }
    for table in elements(&doc, "table") {
        assert!(
            table
                .first_element_child()
                .is_some_and(|c| c.has_tag_name("caption")),
            "<table> without <caption>"
        );
    }
    for th in elements(&doc, "th") {
        assert!(
            matches!(th.attribute("scope"), Some("col" | "row")),
            "<th> without scope"
        );
    }

    // Headings start at the top level and never skip one going down.
    let levels: Vec<u8> = doc
        .descendants()
        .filter_map(|n| match n.tag_name().name().as_bytes() {
            [b'h', d @ b'1'..=b'6'] if n.is_element() => Some(d - b'0'),
            _ => None,
        })
        .collect();
    assert_eq!(levels.first(), Some(&if is_page { 1 } else { 2 }));
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "heading level jumps from {} to {}",
            pair[0],
            pair[1]
        );
    }

    // Every word came from a message: no key shows through.
    let all_text: String = doc
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect();
    assert!(
        !all_text.contains("label-web-"),
        "a missing message shows its key"
    );

    // The engine's explanations are English: marked so on other pages.
    if model.lang != "en" {
        for c in model.criteria.iter().filter(|c| !c.explanation.is_empty()) {
            let node = by_id(&doc, &criterion_anchor(&c.id)).expect("criterion");
            let shown = c.explanation.replace('`', "");
            assert!(
                node.descendants()
                    .any(|n| n.attribute("lang") == Some("en") && text_content(n) == shown),
                "{}: explanation not marked lang=en",
                c.id
            );
        }
    }
}

#[test]
fn example_pages_match_their_snapshots() {
    let mut languages = std::collections::BTreeSet::new();
    for (example, lang) in EXAMPLES {
        for lang in ["en", lang] {
            languages.insert(lang);
            let m = model(example, lang);
            let html = render(&m);
            check_structure(&html, &m, true);
            insta::assert_snapshot!(
                format!("page_{}_{lang}", example.replace('-', "_")),
                lines(&html)
            );
        }
    }
    assert_eq!(languages.len(), 5, "every language has a golden page");
}

#[test]
fn fragment_matches_its_snapshot() {
    let m = model("home-camera", "en");
    let html = fragment(&m, &words("en"));
    check_structure(&html, &m, false);
    insta::assert_snapshot!("fragment_home_camera_en", lines(&html));
}

#[test]
fn stylesheet_matches_its_snapshot() {
    let css = stylesheet();
    assert!(
        !css.contains('<') && !css.contains('&'),
        "the CSS stays XML text"
    );
    insta::assert_snapshot!("stylesheet", css.replace('}', "}\n"));
}

#[test]
fn every_language_renders_every_example() {
    for (example, _) in EXAMPLES {
        for lang in ["en", "fr", "de", "es", "ja"] {
            let m = model(example, lang);
            check_structure(&render(&m), &m, true);
            check_structure(&fragment(&m, &words(lang)), &m, false);
        }
    }
}

/// The text content of the element with `id`.
fn text_of(doc: &roxmltree::Document<'_>, id: &str) -> String {
    by_id(doc, id)
        .unwrap_or_else(|| panic!("#{id}"))
        .descendants()
        .filter_map(|n| n.text().filter(|_| n.is_text()))
        .collect()
}

#[test]
fn the_camera_page_surfaces_what_matters() {
    let m = model("home-camera", "en");
    let html = render(&m);
    let text = xml(&html);
    let doc = parse(&text);

    // The contradicted claim stands out: an alert in the header links to it.
    let c = m
        .criteria
        .iter()
        .find(|c| c.id == "VUL-02")
        .expect("VUL-02");
    assert_eq!(c.basis, Some(Basis::Contradicted));
    let alert = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("alert"))
        .expect("alert");
    assert!(
        alert
            .descendants()
            .any(|n| n.attribute("href") == Some("#label-criterion-VUL-02"))
    );
    let item = by_id(&doc, "label-criterion-VUL-02").expect("item");
    assert!(
        item.attribute("class")
            .is_some_and(|c| c.contains("contradicted"))
    );
    assert!(text_of(&doc, "label-criterion-VUL-02").contains("Contradicted by evidence"));

    // Support end date is the first key fact.
    let facts = text_of(&doc, "label-facts");
    assert!(
        facts.contains("Security updates guaranteed until30 April 2029"),
        "{facts}"
    );
    assert!(facts.contains("2 years and 5 months left"), "{facts}");

    // Vulnerabilities: most severe first, KEV in words, the suppressed one last.
    let vulns = text_of(&doc, "label-vulnerabilities");
    let at = |s: &str| vulns.find(s).unwrap_or_else(|| panic!("{s} in {vulns}"));
    assert!(at("CVE-2023-4863") < at("GO-2024-2687"));
    assert!(at("GO-2024-2687") < at("RUSTSEC-2025-0004"));
    assert!(vulns.contains("Known to be exploited by attackers"));
    assert!(vulns.contains("Does not affect this product, according to the manufacturer"));
    assert!(vulns.contains("vulnerable_code_not_in_execute_path"));

    // Grades show their letter; the timeline has a title and a description.
    for a in &m.areas {
        assert!(text_of(&doc, &area_anchor(&a.id)).contains(&format!("Grade {}", a.grade)));
    }
    let svg = elements(&doc, "svg").next().expect("timeline");
    assert!(svg.children().any(|c| c.has_tag_name("desc")));
    assert!(html.contains("Self-assessed, not certified"));
    assert!(html.contains("ETSI EN 303 645 5.1-1"));
}

#[test]
fn support_period_edge_cases() {
    // No commitment: no timeline, a caution instead.
    let m = model("connected-toy", "en");
    assert_eq!(m.support.end_date, None);
    let html = render(&m);
    assert!(!html.contains("<svg"));
    assert!(html.contains("No date given"));
    assert!(html.contains("has not committed to providing security updates"));

    // No release date: the bar starts at the assessment.
    let mut m = model("smart-plug", "en");
    m.product.release_date = None;
    let html = render(&m);
    check_structure(&html, &m, true);
    assert!(html.contains("<svg"));
    assert!(!html.contains("On sale since"));

    // Already ended: said in words, no "time left" on the bar.
    let m = model_on("home-camera", "en", date(2030, 1, 15));
    let html = render(&m);
    check_structure(&html, &m, true);
    assert!(
        html.contains("Security support ended 8 months before the assessment"),
        "ended"
    );
    assert!(!html.contains("Guaranteed time left"));

    // Ends on the day itself.
    let m = model_on("home-camera", "en", date(2029, 4, 30));
    assert!(render(&m).contains("Security updates end on the day of the assessment."));
}

#[test]
fn every_status_is_said_in_words() {
    let mut m = model("smart-plug", "en");
    for (status, words) in [
        (MarkStatus::Valid, "Certified, certificate valid"),
        (MarkStatus::Suspended, "Certificate suspended"),
        (MarkStatus::Revoked, "Certificate revoked"),
        (MarkStatus::Expired, "Certificate expired"),
        (MarkStatus::SelfAssessed, "Self-assessed, not certified"),
    ] {
        m.status = status;
        let html = render(&m);
        assert!(html.contains(words), "{status:?}");
        // The level's scale is greyed when the mark is not in force.
        let in_force = matches!(status, MarkStatus::Valid | MarkStatus::SelfAssessed);
        assert_eq!(
            html.contains("class=\"scale void\""),
            !in_force,
            "{status:?}"
        );
    }
}

#[test]
fn vulnerabilities_scanned_or_not() {
    let mut m = model("smart-speaker", "en");
    assert!(render(&m).contains("No software bill of materials was checked"));
    m.vulnerabilities.scanned = true;
    assert!(render(&m).contains("None found: no software part matched"));
}

const LONG: usize = 500;

/// Overwrites every text field of a model with hostile or awkward values.
fn hostile(m: &mut LabelModel) {
    let long: String = "Superkalifragilistischexpialigetisch"
        .chars()
        .cycle()
        .take(LONG)
        .collect();
    m.product.product_name = "<script>alert('name')</script>".into();
    m.product.manufacturer_name = "Tom & Jerry \"Ltd\" 'quoted' <b>bold</b>".into();
    m.product.product_model = "מצלמה ביתית مرحبا \u{202e}RTL-override".into();
    m.product.firmware_version = "🔥💥 1.0 👩‍👩‍👧".into();
    m.product.hardware_version = Some(long.clone());
    m.mark.level_name = "</span></p><img src=x onerror=alert(1)>".into();
    m.registry_url = "javascript:alert(document.cookie)".into();
    m.certificate_id = Some("\"><svg onload=alert(1)>".into());
    m.support.published_at = Some("data:text/html,<script>alert(1)</script>".into());
    m.sensors = vec!["camera".into(), "<iframe>".into()];
    m.actuators = vec![];
    m.data.recipients = vec!["&amp;".into()];
    m.data.shared = Some(true);
    for a in &mut m.areas {
        a.name = format!("{}</style><style>body{{display:none}}</style>", a.name);
        a.consumer = String::new();
    }
    for (i, c) in m.criteria.iter_mut().enumerate() {
        c.title = format!("<h1>Title {i}</h1> & <!-- comment -->");
        c.consumer = if i % 2 == 0 {
            String::new()
        } else {
            "]]> <![CDATA[ x".into()
        };
        c.explanation = "`field` is \"declared\" <u>&</u> 'so'".into();
        c.references.push(SchemeReference {
            scheme: "<evil>".into(),
            clause: "\" onmouseover=\"alert(1)".into(),
        });
    }
    m.criteria[0].id = "SEC-01\" onclick=\"alert(1)".into();
    m.vulnerabilities.scanned = true;
    m.vulnerabilities.found = vec![VulnerabilityLine {
        id: "<a href=javascript:alert(1)>CVE</a>".into(),
        component: long.clone(),
        installed: "1.0 & <2.0".into(),
        fixed: vec![],
        severity: "<extreme>".into(),
        kev: true,
        suppressed_by: Some("<not_affected>".into()),
    }];
    for s in &mut m.schemes {
        s.name = "Scheme <with> \"quotes\" & ampersands".into();
    }
    if let Some(next) = &mut m.mark.next_level {
        next.level_name = "<b>next</b>".into();
        next.missing.push("<missing id>".into());
    }
}

#[test]
fn hostile_text_never_breaks_or_injects_markup() {
    for lang in ["en", "ja"] {
        let mut m = model("home-camera", lang);
        hostile(&mut m);
        for (html, is_page) in [(render(&m), true), (fragment(&m, &words(lang)), false)] {
            check_structure(&html, &m, is_page);
            let text = xml(&html);
            let doc = parse(&text);
            // Only the renderer's own elements: nothing the data smuggled in.
            for name in [
                "script", "img", "iframe", "b", "u", "evil", "extreme", "missing",
            ] {
                assert_eq!(elements(&doc, name).count(), 0, "injected <{name}>");
            }
            assert_eq!(
                elements(&doc, "svg").count(),
                1,
                "only the timeline is an <svg>"
            );
            assert_eq!(elements(&doc, "style").count(), 1, "only our own <style>");
            assert_eq!(
                elements(&doc, "h1").count(),
                usize::from(is_page),
                "no injected <h1>"
            );

            // The text comes back exactly as it went in.
            let product = by_id(&doc, "label-product").expect("product heading");
            let shown: String = product
                .descendants()
                .filter_map(|n| n.text().filter(|_| n.is_text()))
                .collect();
            assert_eq!(shown, m.product.product_name);
            let explanation = m.criteria[3].explanation.replace('`', "");
            for value in [
                &m.product.manufacturer_name,
                &m.product.product_model,
                &m.product.firmware_version,
                &m.registry_url,
                &m.criteria[3].title,
                &m.criteria[3].consumer,
            ] {
                assert!(
                    doc.descendants()
                        .any(|n| n.is_text() && n.text() == Some(value.as_str())),
                    "{value:?} not shown as text"
                );
            }
            assert!(
                doc.descendants()
                    .any(|n| n.attribute("lang") == Some("en") && text_content(n) == explanation)
                    || (lang == "en"
                        && doc
                            .descendants()
                            .any(|n| n.has_tag_name("span") && text_content(n) == explanation)),
                "explanation not shown as text"
            );
            assert!(html.contains("&lt;script&gt;alert('name')&lt;/script&gt;"));
            assert!(html.contains("Tom &amp; Jerry &quot;Ltd&quot;"));

            // The javascript: and data: URLs are text, never links.
            for a in elements(&doc, "a") {
                let href = a.attribute("href").unwrap_or_default();
                assert!(
                    !href.contains("javascript") && !href.starts_with("data:"),
                    "{href}"
                );
            }
            // The criterion with a hostile id still has a safe, unique anchor.
            assert!(by_id(&doc, &criterion_anchor(&m.criteria[0].id)).is_some());
            // Long words can wrap.
            assert!(html.contains("overflow-wrap:anywhere"));
        }
    }
}

#[test]
fn empty_optional_fields_leave_no_gaps() {
    let mut m = model("smart-plug", "en");
    m.product.hardware_version = None;
    m.product.release_date = None;
    m.certificate_id = None;
    m.support.published_at = None;
    m.support.end_date = None;
    m.support.days_left = None;
    m.sensors.clear();
    m.data.shared = None;
    m.data.sold = None;
    m.repair.spare_parts_years = None;
    m.repair.repair_manual = None;
    m.repair.has_battery = None;
    m.repair.replaceable_battery = None;
    m.mark.next_level = None;
    m.vulnerabilities.found.clear();
    m.schemes.clear();
    m.areas.clear();
    for c in &mut m.criteria {
        c.explanation.clear();
        c.consumer.clear();
        c.references.clear();
        c.basis = None;
        c.status = Status::Unknown;
    }
    let html = render(&m);
    // The criteria lose their areas but are still all shown.
    check_structure(&html, &m, true);
    let text = xml(&html);
    let doc = parse(&text);
    assert!(
        elements(&doc, "p").all(|p| p.has_children()),
        "an empty paragraph"
    );
    assert!(
        elements(&doc, "dd").all(|p| p.has_children()),
        "an empty <dd>"
    );
    assert!(html.contains("Not disclosed by the manufacturer"));
    assert!(html.contains("This product has reached the highest level."));
}

#[test]
fn rendering_is_deterministic() {
    let m = model("fitness-watch", "ja");
    assert_eq!(render(&m), render(&m));
}
