//! The engine: registry consistency, scoring invariants, determinism.

use chrono::NaiveDate;
use iotmark_assess::{Input, Verdict, assess, check_rules, score};
use iotmark_catalog::Catalog;
use iotmark_model::{Basis, Finding, FindingKind, Status};
use proptest::prelude::*;

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("embedded catalog")
}

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 1).expect("date")
}

#[test]
fn every_criterion_has_a_rule_and_every_rule_a_criterion() {
    let problems = check_rules(catalog());
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(iotmark_assess::rules::RULES.len(), catalog().criteria.len());
}

const MINIMAL: &str = "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\n";

fn decl(extra: &str) -> iotmark_declaration::Declaration {
    iotmark_declaration::load("d.yaml", format!("{MINIMAL}{extra}").as_bytes()).expect("valid")
}

fn verdict<'a>(a: &'a iotmark_assess::Assessment, id: &str) -> &'a Verdict {
    a.verdicts
        .iter()
        .find(|v| v.criterion == id)
        .expect("verdict")
}

#[test]
fn nothing_declared_is_unknown_never_met() {
    let d = decl("");
    let a = assess(catalog(), &Input::new(&d, date()));
    assert_eq!(a.level, 0);
    assert!(
        a.verdicts
            .iter()
            .all(|v| v.status != Status::Met || v.criterion == "ACT-01"),
        "only ACT-01 holds vacuously"
    );
    assert_eq!(verdict(&a, "SEC-07").status, Status::Unknown);
    assert!(
        verdict(&a, "SEC-07")
            .explanation
            .contains("`security.secure_storage` is not declared")
    );
}

/// A table of (declaration fragment, criterion, status, basis, explanation fragment).
#[test]
fn rules_read_the_declaration() {
    let cases: &[(&str, &str, Status, Option<Basis>, &str)] = &[
        (
            "authentication: {default_password: universal}\n",
            "SEC-01",
            Status::NotMet,
            Some(Basis::Declared),
            "universal",
        ),
        (
            "authentication: {default_password: set_by_user}\n",
            "SEC-01",
            Status::Met,
            Some(Basis::Declared),
            "set_by_user",
        ),
        (
            "authentication: {default_password: set_by_user}\n",
            "SEC-02",
            Status::NotApplicable,
            Some(Basis::Declared),
            "applies only to unique default password",
        ),
        (
            "authentication: {default_password: no_password}\n",
            "SEC-03",
            Status::NotApplicable,
            Some(Basis::Declared),
            "network login",
        ),
        (
            "security: {encryption_in_transit: {all_connections: true, minimum_tls: '1.0'}}\n",
            "SEC-06",
            Status::NotMet,
            Some(Basis::Declared),
            "older than 1.2",
        ),
        (
            "security: {encryption_in_transit: {all_connections: true, minimum_tls: '1.2'}}\n",
            "SEC-06",
            Status::Met,
            Some(Basis::Declared),
            "minimum_tls",
        ),
        (
            "connectivity: {local_services: [{name: telnet, port: 23, authenticated: false}]}\nsecurity: {unused_interfaces_disabled: true, minimal_unauthenticated_disclosure: true}\n",
            "SEC-10",
            Status::NotMet,
            Some(Basis::Declared),
            "telnet on port 23",
        ),
        (
            "connectivity: {local_services: [{name: mdns, port: 5353, authenticated: false, discovery_only: true}]}\nsecurity: {unused_interfaces_disabled: true, minimal_unauthenticated_disclosure: true}\n",
            "SEC-10",
            Status::Met,
            Some(Basis::Declared),
            "",
        ),
        (
            "updates: {support: {published_at: 'https://a.example/s', shown_before_purchase: true}}\n",
            "UPD-01",
            Status::NotMet,
            Some(Basis::Declared),
            "no commitment",
        ),
        (
            "updates: {critical_fix_days: 120}\n",
            "UPD-04",
            Status::NotMet,
            Some(Basis::Declared),
            "more than 90",
        ),
        (
            "updates: {mechanism: none}\n",
            "UPD-04",
            Status::NotApplicable,
            Some(Basis::Declared),
            "",
        ),
        (
            "updates: {mechanism: none, signed: true, best_practice_crypto: true}\n",
            "UPD-02",
            Status::NotMet,
            Some(Basis::Declared),
            "cannot be updated",
        ),
        ("product_x: 1\n", "UPD-08", Status::Unknown, None, ""),
        (
            "data: {sold: false, sharing: [{recipient: X, recipient_type: data_broker, purpose: resale}]}\n",
            "PRV-07",
            Status::NotMet,
            Some(Basis::Declared),
            "data broker",
        ),
        (
            "data: {advertising: opt_out}\n",
            "PRV-08",
            Status::NotMet,
            Some(Basis::Declared),
            "opt_out",
        ),
        (
            "sensors: []\nactuators: []\n",
            "PRV-02",
            Status::Met,
            Some(Basis::Declared),
            "",
        ),
        (
            "sensors: []\n",
            "PRV-11",
            Status::NotApplicable,
            Some(Basis::Declared),
            "camera or microphone",
        ),
        (
            "provenance: {risk_assessment_date: 2023-01-01}\n",
            "SUP-04",
            Status::NotMet,
            Some(Basis::Declared),
            "months old",
        ),
        (
            "provenance: {risk_assessment_date: 2026-01-01}\n",
            "SUP-04",
            Status::Met,
            Some(Basis::Declared),
            "",
        ),
        (
            "connectivity: {cloud_service: false}\n",
            "REP-06",
            Status::Met,
            Some(Basis::Declared),
            "cloud_service: false",
        ),
        (
            "not_applicable: [{criterion: SEC-18, reason: Stores no data at all.}]\n",
            "SEC-18",
            Status::NotApplicable,
            Some(Basis::Declared),
            "Stores no data at all.",
        ),
        (
            "not_applicable: [{criterion: SEC-01, reason: We think so.}]\n",
            "SEC-01",
            Status::Unknown,
            None,
            "applies to every product",
        ),
    ];
    for (extra, id, status, basis, fragment) in cases {
        if extra.starts_with("product_x") {
            continue;
        }
        let d = decl(extra);
        let a = assess(catalog(), &Input::new(&d, date()));
        let v = verdict(&a, id);
        assert_eq!(
            (v.status, v.basis),
            (*status, *basis),
            "{id} with {extra}: {}",
            v.explanation
        );
        assert!(
            v.explanation.contains(fragment),
            "{id}: {:?} lacks {fragment:?}",
            v.explanation
        );
    }
}

fn securitytxt_valid(contact: &str) -> Finding {
    Finding {
        evidence: "security.txt".into(),
        line: None,
        kind: FindingKind::SecuritytxtValid {
            contacts: vec![contact.into()],
            policies: vec![],
            canonical: vec![],
            expires: "2027-01-01T00:00:00Z".into(),
            signed: false,
        },
        message: "A valid security.txt.".into(),
    }
}

#[test]
fn findings_verify_and_contradict() {
    let d = decl(
        "vulnerability_disclosure: {policy_url: 'https://a.example/vdp', contact: 'mailto:security@a.example', acknowledgement_days: 5, status_update_days: 14, security_txt_url: 'https://a.example/.well-known/security.txt'}\n",
    );
    let mut input = Input::new(&d, date());
    input.findings = vec![securitytxt_valid("mailto:security@a.example")];
    let a = assess(catalog(), &input);
    assert_eq!(
        (verdict(&a, "VUL-01").status, verdict(&a, "VUL-01").basis),
        (Status::Met, Some(Basis::Verified))
    );
    assert_eq!(
        (verdict(&a, "VUL-02").status, verdict(&a, "VUL-02").basis),
        (Status::Met, Some(Basis::Verified))
    );

    input.findings = vec![securitytxt_valid("mailto:other@b.example")];
    let a = assess(catalog(), &input);
    let v = verdict(&a, "VUL-01");
    assert_eq!(
        (v.status, v.basis),
        (Status::NotMet, Some(Basis::Contradicted))
    );
    assert!(v.explanation.contains("mailto:other@b.example"));

    input.findings = vec![Finding {
        evidence: "security.txt".into(),
        line: Some(3),
        kind: FindingKind::SecuritytxtExpired {
            contacts: vec![],
            expires: "2025-01-01T00:00:00Z".into(),
        },
        message: "It expired.".into(),
    }];
    let a = assess(catalog(), &input);
    let v = verdict(&a, "VUL-02");
    assert_eq!(
        (v.status, v.basis),
        (Status::NotMet, Some(Basis::Contradicted))
    );
    assert!(
        v.evidence
            .iter()
            .any(|e| e == "finding:securitytxt.expired@security.txt")
    );
}

#[test]
fn same_inputs_same_assessment() {
    let d = decl("sensors: [camera]\n");
    let a = serde_json::to_string(&assess(catalog(), &Input::new(&d, date()))).expect("json");
    let b = serde_json::to_string(&assess(catalog(), &Input::new(&d, date()))).expect("json");
    assert_eq!(a, b);
}

fn arb_status() -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Met),
        Just(Status::NotMet),
        Just(Status::Unknown),
        Just(Status::NotApplicable)
    ]
}

fn verdicts_from(statuses: &[Status]) -> Vec<Verdict> {
    catalog()
        .criteria
        .iter()
        .zip(statuses)
        .map(|(c, s)| Verdict {
            criterion: c.id.to_string(),
            area: c.area.clone(),
            level: c.level.get(),
            required: c.gates_level(),
            status: *s,
            basis: None,
            explanation: String::new(),
            evidence: vec![],
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Turning any criterion that is not met or unknown into met never
    /// lowers an area score or the level.
    #[test]
    fn adding_a_met_criterion_never_lowers_scores(
        statuses in prop::collection::vec(arb_status(), 200..=200),
        pick in 0usize..200,
    ) {
        let n = catalog().criteria.len().min(statuses.len());
        let pick = pick % n;
        prop_assume!(matches!(statuses[pick], Status::NotMet | Status::Unknown));
        let before = score(catalog(), &verdicts_from(&statuses));
        let mut after_s = statuses.clone();
        after_s[pick] = Status::Met;
        let after = score(catalog(), &verdicts_from(&after_s));
        prop_assert!(after.level >= before.level);
        for (b, a) in before.areas.iter().zip(&after.areas) {
            prop_assert!(a.score >= b.score, "{} fell from {} to {}", a.id, b.score, a.score);
        }
    }

    /// Unknown never counts as met: turning a met criterion into unknown
    /// never raises a score or the level, and scores equal not met.
    #[test]
    fn unknown_never_counts_as_met(
        statuses in prop::collection::vec(arb_status(), 200..=200),
        pick in 0usize..200,
    ) {
        let n = catalog().criteria.len().min(statuses.len());
        let pick = pick % n;
        prop_assume!(statuses[pick] == Status::Met);
        let before = score(catalog(), &verdicts_from(&statuses));
        let mut unknown = statuses.clone();
        unknown[pick] = Status::Unknown;
        let mut not_met = statuses.clone();
        not_met[pick] = Status::NotMet;
        let u = score(catalog(), &verdicts_from(&unknown));
        let m = score(catalog(), &verdicts_from(&not_met));
        prop_assert!(u.level <= before.level);
        prop_assert_eq!(u.level, m.level);
        for ((b, x), y) in before.areas.iter().zip(&u.areas).zip(&m.areas) {
            prop_assert!(x.score <= b.score);
            prop_assert_eq!(x.score, y.score);
        }
    }
}

fn summary(components: usize, identified: usize) -> Finding {
    Finding {
        evidence: "bom.json".into(),
        line: None,
        kind: FindingKind::SbomSummary {
            format: "CycloneDX 1.5 JSON".into(),
            components,
            with_version: identified,
            identified,
            unmatched: 0,
            vulnerability_data: true,
        },
        message: "An SBOM.".into(),
    }
}

fn vuln(id: &str, severity: &str, kev: bool, published: &str, suppressed: Option<&str>) -> Finding {
    Finding {
        evidence: "bom.json".into(),
        line: None,
        kind: FindingKind::VulnKnown {
            id: id.into(),
            aliases: vec![],
            component: "pkg:npm/lodash@4.17.20".into(),
            installed: "4.17.20".into(),
            fixed: vec!["4.17.21".into()],
            severity: severity.into(),
            score: None,
            kev,
            kev_due: None,
            published: Some(published.into()),
            suppressed_by: suppressed.map(str::to_owned),
        },
        message: "A vulnerability.".into(),
    }
}

/// SBOM and vulnerability findings feed the vulnerability criteria.
#[test]
fn sbom_findings_feed_vulnerability_criteria() {
    let d = decl(
        "vulnerability_disclosure: {known_vulnerabilities: {checked: true, none_exploitable_at_release: true}, sbom: {maintained: true, available_at: 'https://a.example/sbom'}}\nupdates: {mechanism: automatic, critical_fix_days: 30}\n",
    );
    let run = |findings: Vec<Finding>| {
        let mut input = Input::new(&d, date());
        input.findings = findings;
        assess(catalog(), &input)
    };
    let vb = |a: &iotmark_assess::Assessment, id: &str| {
        let v = verdict(a, id);
        (v.status, v.basis)
    };

    // A clean scan verifies the claims.
    let a = run(vec![summary(100, 95)]);
    assert_eq!(vb(&a, "VUL-03"), (Status::Met, Some(Basis::Verified)));
    assert_eq!(vb(&a, "VUL-04"), (Status::Met, Some(Basis::Verified)));
    assert_eq!(vb(&a, "VUL-11"), (Status::Met, Some(Basis::Verified)));
    assert_eq!(vb(&a, "UPD-04"), (Status::Met, Some(Basis::Declared)));

    // "No known vulnerabilities" while the SBOM shows a KEV entry: contradicted.
    let a = run(vec![
        summary(100, 95),
        vuln(
            "CVE-2021-44228",
            "critical",
            true,
            "2021-12-10T00:00:00Z",
            None,
        ),
    ]);
    assert_eq!(
        vb(&a, "VUL-03"),
        (Status::NotMet, Some(Basis::Contradicted))
    );
    assert!(verdict(&a, "VUL-03").explanation.contains("CVE-2021-44228"));
    // The fix has been public far longer than 90 days and than the declared 30.
    assert_eq!(vb(&a, "VUL-11"), (Status::NotMet, Some(Basis::Verified)));
    assert_eq!(
        vb(&a, "UPD-04"),
        (Status::NotMet, Some(Basis::Contradicted))
    );

    // A VEX `not_affected` statement suppresses it everywhere.
    let a = run(vec![
        summary(100, 95),
        vuln(
            "CVE-2021-44228",
            "critical",
            true,
            "2021-12-10T00:00:00Z",
            Some("vulnerable_code_not_in_execute_path"),
        ),
    ]);
    assert_eq!(vb(&a, "VUL-03"), (Status::Met, Some(Basis::Verified)));
    assert_eq!(vb(&a, "VUL-11"), (Status::Met, Some(Basis::Verified)));
    assert_eq!(vb(&a, "UPD-04"), (Status::Met, Some(Basis::Declared)));

    // A recent fix, or a medium one, does not count against VUL-11.
    let a = run(vec![
        summary(100, 95),
        vuln("GHSA-x", "high", false, "2026-10-20T00:00:00Z", None),
        vuln("GHSA-y", "medium", false, "2020-01-01T00:00:00Z", None),
    ]);
    assert_eq!(vb(&a, "VUL-11"), (Status::Met, Some(Basis::Verified)));

    // An SBOM with too few identified components contradicts "SBOM maintained".
    let a = run(vec![summary(100, 40)]);
    assert_eq!(
        vb(&a, "VUL-04"),
        (Status::NotMet, Some(Basis::Contradicted))
    );
    assert!(verdict(&a, "VUL-04").explanation.contains("40%"));

    // Without an SBOM, VUL-11 is unknown and the others rest on the declaration.
    let a = run(vec![]);
    assert_eq!(vb(&a, "VUL-11"), (Status::Unknown, None));
    assert_eq!(vb(&a, "VUL-03"), (Status::Met, Some(Basis::Declared)));
}

#[test]
fn an_assessors_results_decide_their_criteria() {
    use iotmark_assess::AssessorResult;
    let d = decl("");
    let mut input = Input::new(&d, date());
    input.assessor_results = vec![
        AssessorResult {
            criterion: "SEC-07".into(),
            status: Status::Met,
            note: "Keys sit in the secure element; dumped flash shows none".into(),
            assessor: "Sam Assessor".into(),
        },
        AssessorResult {
            criterion: "SEC-01".into(),
            status: Status::NotMet,
            note: "admin/admin opens the web UI".into(),
            assessor: "Sam Assessor".into(),
        },
        // Unknown records nothing.
        AssessorResult {
            criterion: "VUL-01".into(),
            status: Status::Unknown,
            note: "not tested".into(),
            assessor: "Sam Assessor".into(),
        },
    ];
    let a = assess(catalog(), &input);
    let v = verdict(&a, "SEC-07");
    assert_eq!((v.status, v.basis), (Status::Met, Some(Basis::Assessor)));
    assert!(
        v.explanation
            .contains("Tested by the assessor (Sam Assessor)"),
        "{}",
        v.explanation
    );
    assert!(v.explanation.contains("secure element"));
    assert!(
        v.explanation
            .contains("On the declaration and evidence alone: unknown")
    );
    assert!(v.evidence.iter().any(|e| e == "assessor"));
    let v = verdict(&a, "SEC-01");
    assert_eq!((v.status, v.basis), (Status::NotMet, Some(Basis::Assessor)));
    let v = verdict(&a, "VUL-01");
    assert_ne!(v.basis, Some(Basis::Assessor));
    // Without the results, the same declaration gives what it gave.
    let plain = assess(catalog(), &Input::new(&d, date()));
    assert_eq!(verdict(&plain, "SEC-07").status, Status::Unknown);
}
