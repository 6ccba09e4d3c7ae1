//! Catalog consistency, crosswalk coverage and exports.

use iotmark_catalog::{Catalog, Confidence, embedded_files, load};

fn catalog() -> &'static Catalog {
    match Catalog::embedded() {
        Ok(c) => c,
        Err(diags) => panic!(
            "the embedded catalog is invalid:\n{}",
            diags
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn embedded_catalog_is_valid_and_large_enough() {
    let c = catalog();
    assert!(c.criteria.len() >= 70, "{} criteria", c.criteria.len());
    assert_eq!(c.areas.len(), 11);
    for level in 1..=3 {
        assert!(c.criteria.iter().any(|x| x.level.get() == level));
    }
}

fn uncovered(scheme: &str, mandatory_only: bool) -> Vec<String> {
    let x = catalog().crosswalk(scheme).expect("scheme");
    x.clauses
        .iter()
        .filter(|c| (!mandatory_only || c.clause.mandatory) && !c.covered())
        .map(|c| c.clause.id.clone())
        .collect()
}

#[test]
fn required_schemes_are_fully_covered() {
    for (scheme, mandatory_only) in [
        ("etsi-en-303-645", true),
        ("uk-psti", false),
        ("eu-cra", false),
        ("nist-ir-8425", false),
        ("sg-cls", false),
        ("better-iot", false),
    ] {
        assert_eq!(
            uncovered(scheme, mandatory_only),
            Vec::<String>::new(),
            "{scheme}"
        );
    }
}

#[test]
fn every_scheme_has_references() {
    let c = catalog();
    for s in &c.schemes {
        let x = c.crosswalk(&s.id).expect("scheme");
        assert!(x.covered() > 0, "{} has no covered clause", s.id);
    }
    assert!(c.crosswalk("nope").is_none());
}

fn with_replaced(path: &str, from: &str, to: &str) -> Vec<(String, String)> {
    embedded_files()
        .iter()
        .map(|(p, t)| {
            let t = if *p == path {
                assert!(t.contains(from), "{path} lacks {from:?}");
                t.replacen(from, to, 1)
            } else {
                (*t).to_owned()
            };
            ((*p).to_owned(), t)
        })
        .collect()
}

fn errors_of(files: &[(String, String)]) -> Vec<String> {
    match load(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))) {
        Ok(_) => vec![],
        Err(d) => d.iter().map(ToString::to_string).collect(),
    }
}

/// Each broken catalog reports what is wrong, and all problems at once.
#[test]
fn broken_catalogs_report_every_problem() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "catalog/criteria/sec.yaml",
            "id: SEC-02",
            "id: SEC-01",
            "criterion `SEC-01` is defined twice",
        ),
        (
            "catalog/criteria/sec.yaml",
            "id: SEC-02",
            "id: UPD-99",
            "`UPD-99` is in the file of area `SEC`",
        ),
        (
            "catalog/criteria/sec.yaml",
            "id: SEC-02",
            "id: SEC2",
            "is not a criterion id",
        ),
        (
            "catalog/criteria/sec.yaml",
            "level: 1",
            "level: 7",
            "has level 7",
        ),
        (
            "catalog/criteria/sec.yaml",
            "weight: 5",
            "weight: 9",
            "has weight 9",
        ),
        (
            "catalog/criteria/sec.yaml",
            "applies_if: always",
            "applies_if: sometimes",
            "unknown variant `sometimes`",
        ),
        (
            "catalog/criteria/sec.yaml",
            "clause: \"5.1-1\"",
            "clause: \"5.1-99\"",
            "references clause `5.1-99`, which scheme `etsi-en-303-645` does not have",
        ),
        (
            "catalog/criteria/sec.yaml",
            "scheme: uk-psti",
            "scheme: uk-pst",
            "references unknown scheme `uk-pst`",
        ),
        (
            "catalog/criteria/vul.yaml",
            "securitytxt.expired",
            "securitytxt.exploded",
            "names finding kind `securitytxt.exploded`",
        ),
        (
            "catalog/catalog.yaml",
            "  - has_standards\n",
            "",
            "the engine knows condition `has_standards` but catalog.yaml does not list it",
        ),
        (
            "catalog/catalog.yaml",
            "areas: [SEC,",
            "areas: [SEC, XYZ,",
            "area `XYZ` has no criteria file",
        ),
        (
            "locales/en/criteria-sec.ftl",
            "    .consumer",
            "    .consumers",
            "`SEC-01.consumer` has no consumer",
        ),
        (
            "locales/en/criteria-sec.ftl",
            "SEC-01 =",
            "SEC-91 =",
            "message `SEC-91` names no criterion",
        ),
        (
            "locales/en/catalog.ftl",
            "area-SEC =",
            "area-SEK =",
            "`area-SEC` has no name",
        ),
    ];
    for (path, from, to, expect) in cases {
        let errors = errors_of(&with_replaced(path, from, to));
        assert!(
            errors.iter().any(|e| e.contains(expect)),
            "{path}: {from:?} -> {to:?}: expected {expect:?} in\n{}",
            errors.join("\n")
        );
    }
    // Two problems in two files are both reported.
    let mut files = with_replaced("catalog/criteria/sec.yaml", "weight: 5", "weight: 0");
    let upd = files
        .iter_mut()
        .find(|(p, _)| p == "catalog/criteria/upd.yaml")
        .expect("upd");
    upd.1 = upd.1.replacen("level: 1", "level: 0", 1);
    let errors = errors_of(&files);
    assert!(
        errors.iter().any(|e| e.contains("has weight 0")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("has level 0")),
        "{errors:?}"
    );
}

#[test]
fn confidence_counts() {
    assert!(
        Confidence::Exact.covers() && Confidence::Partial.covers() && !Confidence::Related.covers()
    );
}

#[test]
fn exports_are_deterministic() {
    let c = catalog();
    assert_eq!(iotmark_catalog::to_json(c), iotmark_catalog::to_json(c));
    let md = iotmark_catalog::to_markdown(c);
    assert!(md.contains("### SEC-01 "));
    assert_eq!(md, iotmark_catalog::to_markdown(c));
    let oscal = iotmark_catalog::to_oscal(c);
    assert_eq!(oscal, iotmark_catalog::to_oscal(c));
    let controls: usize = oscal["catalog"]["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["controls"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(controls, c.criteria.len());
}

// Translations: every language has every message and attribute English
// has, and nothing English lacks.

#[test]
fn every_language_is_complete() {
    let catalog = Catalog::embedded().expect("catalog");
    let problems = catalog.check_translations();
    assert!(
        problems.is_empty(),
        "{}",
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    );
    for lang in iotmark_catalog::LANGUAGES {
        let texts = catalog.text_in(lang).expect("loads");
        assert_eq!(texts.lang(), lang);
        // Criterion titles are translated, not copied.
        if lang != "en" {
            assert_ne!(
                texts.title("SEC-01"),
                catalog.text().title("SEC-01"),
                "{lang}"
            );
        }
    }
    assert!(catalog.text_in("xx").is_err());
}

#[test]
fn a_missing_or_extra_translation_is_reported() {
    let mut files: Vec<(String, String)> = iotmark_catalog::embedded_files()
        .iter()
        .map(|(p, t)| ((*p).to_owned(), (*t).to_owned()))
        .collect();
    for (path, text) in &mut files {
        if path == "locales/fr/criteria-sec.ftl" {
            // Drop SEC-01's consumer line and add a stray message.
            *text = text
                .lines()
                .filter(|l| {
                    !l.trim_start()
                        .starts_with(".consumer = Votre appareil a son propre")
                })
                .collect::<Vec<_>>()
                .join("\n")
                + "\nstray-message = Bonjour\n";
        }
    }
    let catalog =
        iotmark_catalog::load(files.iter().map(|(p, t)| (p.as_str(), t.as_str()))).expect("loads");
    let problems: Vec<String> = catalog
        .check_translations()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`SEC-01.consumer` is missing or empty in `fr`")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`stray-message` in `fr` has no `en` original")),
        "{problems:?}"
    );
}
