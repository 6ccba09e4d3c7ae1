//! The engine: registry consistency, scoring invariants, determinism.

use chrono::NaiveDate;
use iotmark_assess::{Input, Verdict, assess, check_rules, score};
use iotmark_catalog::Catalog;
use iotmark_declaration::Declaration;
use iotmark_declaration::types::{
    Availability, EncryptionInTransit, LocalService, RecipientType, Resilience, Sharing, TlsVersion,
};
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

// Network captures and MUD files: findings the rules of SEC-06, SEC-10 and
// PRV-07 weigh themselves, SEC-16 through the catalog's finding lists, and
// AGY-02 only notes.

const CAPTURE: &str = "capture.pcapng";
const MUD: &str = "device.mud.json";

/// An example's declaration, parsed; each test then sets the fields it
/// relies on, so it does not depend on what the example happens to say.
fn example(name: &str) -> Declaration {
    let path = format!(
        "{}/../../examples/{name}/declaration.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("read example");
    iotmark_declaration::load(&path, &bytes).expect("valid example")
}

fn capture_finding(kind: FindingKind, message: &str) -> Finding {
    Finding {
        evidence: CAPTURE.into(),
        line: None,
        kind,
        message: message.into(),
    }
}

fn cleartext() -> Finding {
    capture_finding(
        FindingKind::NetCleartext {
            dst: "203.0.113.9".into(),
            name: Some("fw.plug.example".into()),
            port: 80,
            protocol: "http".into(),
            sample: Some("GET /firmware.bin".into()),
        },
        "HTTP in clear text to fw.plug.example.",
    )
}

fn weak_tls(version: &str, negotiated: bool) -> Finding {
    capture_finding(
        FindingKind::NetWeakTls {
            dst: "203.0.113.10".into(),
            name: Some("api.plug.example".into()),
            port: 443,
            version: version.into(),
            negotiated,
        },
        "An old TLS version.",
    )
}

fn encrypted() -> Finding {
    capture_finding(
        FindingKind::NetEncrypted {
            endpoints: vec!["api.plug.example:443 (TLS 1.3)".into()],
            lowest_tls: Some("1.3".into()),
        },
        "Every flow with the internet in the capture is encrypted.",
    )
}

fn inbound(port: u16, protocol: &str) -> Finding {
    capture_finding(
        FindingKind::NetInboundService {
            port,
            transport: "tcp".into(),
            protocol: protocol.into(),
            from: "192.168.1.20".into(),
        },
        "The device accepted a connection.",
    )
}

fn tracker(name: &str) -> Finding {
    capture_finding(
        FindingKind::NetTracker {
            name: name.into(),
            listed: "adtrack.example".into(),
            list: "test list".into(),
        },
        "Contact with a tracker.",
    )
}

fn mud_violation() -> Finding {
    capture_finding(
        FindingKind::MudViolation {
            endpoint: "metrics.adtrack.example (198.51.100.7)".into(),
            port: 443,
            transport: "tcp".into(),
            direction: "outbound".into(),
            mud: MUD.into(),
        },
        "The device connected to metrics.adtrack.example, which the MUD file does not allow.",
    )
}

fn mud_obeyed() -> Finding {
    capture_finding(
        FindingKind::MudObeyed {
            endpoints: vec!["api.plug.example:443".into()],
            mud: MUD.into(),
        },
        "Every flow in the capture is one the MUD file allows.",
    )
}

fn mud_unused(rule: &str) -> Finding {
    capture_finding(
        FindingKind::MudUnused {
            rule: rule.into(),
            mud: MUD.into(),
        },
        "The MUD file allows a communication the capture never shows.",
    )
}

fn assess_with(d: &Declaration, findings: Vec<Finding>) -> iotmark_assess::Assessment {
    let mut input = Input::new(d, date());
    input.findings = findings;
    assess(catalog(), &input)
}

/// Checks one verdict's status and basis, that its explanation contains
/// every fragment and that its evidence holds every reference.
#[track_caller]
fn expect_verdict(
    a: &iotmark_assess::Assessment,
    id: &str,
    want: (Status, Option<Basis>),
    fragments: &[&str],
    cites: &[&str],
) {
    let v = verdict(a, id);
    assert_eq!((v.status, v.basis), want, "{id}: {}", v.explanation);
    for f in fragments {
        assert!(
            v.explanation.contains(f),
            "{id}: {:?} lacks {f:?}",
            v.explanation
        );
    }
    for c in cites {
        assert!(
            v.evidence.iter().any(|e| e == c),
            "{id}: {:?} lacks {c:?}",
            v.evidence
        );
    }
}

/// The explanation of an outcome that rests on the capture names it.
fn named() -> String {
    format!("`{CAPTURE}`")
}

/// The smart plug, claiming encryption of every connection with TLS 1.2 at
/// least.
fn encrypting_plug(minimum_tls: Option<TlsVersion>) -> Declaration {
    let mut d = example("smart-plug");
    d.security.as_mut().expect("security").encryption_in_transit = Some(EncryptionInTransit {
        all_connections: Some(true),
        minimum_tls,
    });
    d
}

#[test]
fn sec_06_weighs_the_capture() {
    let claimed = encrypting_plug(Some(TlsVersion::V1_2));
    let contradicted = (Status::NotMet, Some(Basis::Contradicted));
    let declared = (Status::Met, Some(Basis::Declared));

    // Without findings, the claim rests on the declaration.
    expect_verdict(
        &assess_with(&claimed, vec![]),
        "SEC-06",
        declared,
        &["minimum_tls"],
        &[],
    );

    // Clear text to the internet contradicts it.
    expect_verdict(
        &assess_with(&claimed, vec![cleartext()]),
        "SEC-06",
        contradicted,
        &[
            &named(),
            "HTTP in clear text to fw.plug.example (203.0.113.9) port 80",
            "not counted",
        ],
        &["finding:net.cleartext@capture.pcapng"],
    );

    // An all-encrypted capture verifies it.
    expect_verdict(
        &assess_with(&claimed, vec![encrypted()]),
        "SEC-06",
        (Status::Met, Some(Basis::Verified)),
        &[&format!("Verified by {}", named())],
        &["finding:net.encrypted@capture.pcapng"],
    );

    // A cleartext flow outweighs an encrypted finding.
    expect_verdict(
        &assess_with(&claimed, vec![encrypted(), cleartext()]),
        "SEC-06",
        contradicted,
        &[&named()],
        &["finding:net.cleartext@capture.pcapng"],
    );

    // TLS older than the minimum, negotiated or only offered, contradicts it.
    expect_verdict(
        &assess_with(&claimed, vec![weak_tls("1.0", true)]),
        "SEC-06",
        contradicted,
        &[
            &named(),
            "TLS 1.0 negotiated with api.plug.example (203.0.113.10) port 443",
        ],
        &["finding:net.weak_tls@capture.pcapng"],
    );
    expect_verdict(
        &assess_with(&claimed, vec![weak_tls("1.1", false)]),
        "SEC-06",
        contradicted,
        &[&named(), "TLS 1.1 offered"],
        &["finding:net.weak_tls@capture.pcapng"],
    );
    // SSL is below every version a declaration can name.
    expect_verdict(
        &assess_with(&claimed, vec![weak_tls("SSL 3.0", true)]),
        "SEC-06",
        contradicted,
        &[&named(), "shows SSL 3.0 negotiated"],
        &["finding:net.weak_tls@capture.pcapng"],
    );

    // TLS 1.2 negotiated, at the declared minimum: nothing to contradict.
    let a = assess_with(&claimed, vec![weak_tls("1.2", true)]);
    expect_verdict(&a, "SEC-06", declared, &["minimum_tls"], &[]);
    assert!(
        !verdict(&a, "SEC-06")
            .evidence
            .iter()
            .any(|e| e.starts_with("finding:")),
        "{:?}",
        verdict(&a, "SEC-06").evidence
    );
    expect_verdict(
        &assess_with(&claimed, vec![weak_tls("1.2", true), encrypted()]),
        "SEC-06",
        (Status::Met, Some(Basis::Verified)),
        &[&named()],
        &["finding:net.encrypted@capture.pcapng"],
    );
    // Without a declared minimum, the catalog's 1.2 is the bar.
    expect_verdict(
        &assess_with(&encrypting_plug(None), vec![weak_tls("1.2", true)]),
        "SEC-06",
        declared,
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&encrypting_plug(None), vec![weak_tls("1.1", true)]),
        "SEC-06",
        contradicted,
        &[&named(), "TLS 1.1 negotiated"],
        &["finding:net.weak_tls@capture.pcapng"],
    );
    // A declared minimum above the catalog's is the bar: 1.2 falls short of 1.3.
    expect_verdict(
        &assess_with(
            &encrypting_plug(Some(TlsVersion::V1_3)),
            vec![weak_tls("1.2", true)],
        ),
        "SEC-06",
        contradicted,
        &[&named(), "TLS 1.2 negotiated"],
        &["finding:net.weak_tls@capture.pcapng"],
    );

    // A capture whose oldest TLS is 1.2 is not a 1.3-only device.
    expect_verdict(
        &assess_with(
            &encrypting_plug(Some(TlsVersion::V1_3)),
            vec![capture_finding(
                FindingKind::NetEncrypted {
                    endpoints: vec!["api.plug.example:443 (TLS 1.2)".into()],
                    lowest_tls: Some("1.2".into()),
                },
                "Every flow with the internet in the capture is encrypted.",
            )],
        ),
        "SEC-06",
        contradicted,
        &[&named(), "TLS 1.2 in use, older than the minimum TLS 1.3"],
        &["finding:net.encrypted@capture.pcapng"],
    );

    // Nothing claimed: the evidence shows it not met (basis verified).
    let mut silent = example("smart-plug");
    silent
        .security
        .as_mut()
        .expect("security")
        .encryption_in_transit = None;
    expect_verdict(
        &assess_with(&silent, vec![]),
        "SEC-06",
        (Status::Unknown, None),
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&silent, vec![cleartext()]),
        "SEC-06",
        (Status::NotMet, Some(Basis::Verified)),
        &[&named(), "shown by evidence"],
        &["finding:net.cleartext@capture.pcapng"],
    );
    // ... and an encrypted capture alone does not make an unmade claim met.
    expect_verdict(
        &assess_with(&silent, vec![encrypted()]),
        "SEC-06",
        (Status::Unknown, None),
        &[],
        &[],
    );
    // A claim declared false stays not met, now shown by the evidence.
    let mut denied = encrypting_plug(Some(TlsVersion::V1_2));
    denied
        .security
        .as_mut()
        .and_then(|s| s.encryption_in_transit.as_mut())
        .expect("encryption_in_transit")
        .all_connections = Some(false);
    expect_verdict(
        &assess_with(&denied, vec![weak_tls("1.0", true)]),
        "SEC-06",
        (Status::NotMet, Some(Basis::Verified)),
        &[&named()],
        &["finding:net.weak_tls@capture.pcapng"],
    );
}

fn service(name: &str, port: u32) -> LocalService {
    LocalService {
        name: name.into(),
        port,
        authenticated: Some(true),
        discovery_only: None,
    }
}

/// The smart plug, with the SEC-10 claims and the two authenticated services
/// (Matter on 5540, HTTPS on 443) it declares.
fn listening_plug(extra: Option<LocalService>) -> Declaration {
    let mut d = example("smart-plug");
    let s = d.security.as_mut().expect("security");
    s.unused_interfaces_disabled = Some(true);
    s.minimal_unauthenticated_disclosure = Some(true);
    let conn = d.connectivity.as_mut().expect("connectivity");
    conn.local_services = vec![
        service("Matter operational (CASE)", 5540),
        service("HTTPS", 443),
    ];
    conn.local_services.extend(extra);
    d
}

#[test]
fn sec_10_weighs_the_capture() {
    let d = listening_plug(None);
    let declared = (Status::Met, Some(Basis::Declared));
    let contradicted = (Status::NotMet, Some(Basis::Contradicted));
    expect_verdict(&assess_with(&d, vec![]), "SEC-10", declared, &[], &[]);

    // A service the declaration does not list contradicts it.
    expect_verdict(
        &assess_with(&d, vec![inbound(8080, "http")]),
        "SEC-10",
        contradicted,
        &[
            &named(),
            "http on tcp port 8080",
            "`connectivity.local_services` does not list",
            "not counted",
        ],
        &["finding:net.inbound_service@capture.pcapng"],
    );

    // A declared port does not.
    let a = assess_with(&d, vec![inbound(443, "tls"), inbound(5540, "unknown")]);
    expect_verdict(&a, "SEC-10", declared, &[], &[]);
    assert!(
        !verdict(&a, "SEC-10")
            .evidence
            .iter()
            .any(|e| e.starts_with("finding:")),
        "{:?}",
        verdict(&a, "SEC-10").evidence
    );

    // One undeclared service among declared ones is enough.
    expect_verdict(
        &assess_with(&d, vec![inbound(443, "tls"), inbound(1883, "mqtt")]),
        "SEC-10",
        contradicted,
        &[&named(), "port 1883"],
        &["finding:net.inbound_service@capture.pcapng"],
    );

    // Telnet refutes it on an undeclared port ...
    expect_verdict(
        &assess_with(&d, vec![inbound(23, "telnet")]),
        "SEC-10",
        contradicted,
        &[&named(), "telnet", "port 23"],
        &["finding:net.inbound_service@capture.pcapng"],
    );
    // ... and on a declared, authenticated one.
    let with_telnet = listening_plug(Some(service("Service console", 2323)));
    expect_verdict(
        &assess_with(&with_telnet, vec![]),
        "SEC-10",
        declared,
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&with_telnet, vec![inbound(2323, "telnet")]),
        "SEC-10",
        contradicted,
        &[&named(), "telnet", "port 2323"],
        &["finding:net.inbound_service@capture.pcapng"],
    );

    // Nothing claimed: the evidence shows it not met (basis verified).
    let mut silent = listening_plug(None);
    silent.connectivity = None;
    let s = silent.security.as_mut().expect("security");
    s.unused_interfaces_disabled = None;
    s.minimal_unauthenticated_disclosure = None;
    expect_verdict(
        &assess_with(&silent, vec![]),
        "SEC-10",
        (Status::Unknown, None),
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&silent, vec![inbound(8080, "http")]),
        "SEC-10",
        (Status::NotMet, Some(Basis::Verified)),
        &[&named(), "shown by evidence"],
        &["finding:net.inbound_service@capture.pcapng"],
    );
}

fn recipient(name: &str, recipient_type: RecipientType) -> Sharing {
    Sharing {
        recipient: name.into(),
        recipient_type,
        purpose: "Testing".into(),
        categories: vec![],
        sold: false,
    }
}

/// The smart plug, selling no data and sharing it with `sharing`.
fn sharing_plug(sharing: Vec<Sharing>) -> Declaration {
    let mut d = example("smart-plug");
    let data = d.data.as_mut().expect("data");
    data.sold = Some(false);
    data.sharing = sharing;
    d
}

#[test]
fn prv_07_weighs_the_capture() {
    let declared = (Status::Met, Some(Basis::Declared));
    let contradicted = (Status::NotMet, Some(Basis::Contradicted));
    let d = sharing_plug(vec![]);
    expect_verdict(&assess_with(&d, vec![]), "PRV-07", declared, &[], &[]);

    // Contact with a tracker contradicts "no data sold or shared with advertisers".
    expect_verdict(
        &assess_with(
            &d,
            vec![
                tracker("metrics.adtrack.example"),
                tracker("pixel.adtrack.example"),
            ],
        ),
        "PRV-07",
        contradicted,
        &[
            &named(),
            "names no advertiser",
            "metrics.adtrack.example, pixel.adtrack.example",
        ],
        &["finding:net.tracker@capture.pcapng"],
    );

    // Recipients that are not advertisers do not account for it.
    let providers = sharing_plug(vec![
        recipient("Cloud host", RecipientType::ServiceProvider),
        recipient("Parent company", RecipientType::Affiliate),
    ]);
    expect_verdict(
        &assess_with(&providers, vec![tracker("metrics.adtrack.example")]),
        "PRV-07",
        contradicted,
        &[&named(), "metrics.adtrack.example"],
        &["finding:net.tracker@capture.pcapng"],
    );

    // A declared advertiser does: the tracker leaves the verdict alone.
    let advertiser = sharing_plug(vec![
        recipient("Cloud host", RecipientType::ServiceProvider),
        recipient("AdTrack Ltd", RecipientType::Advertiser),
    ]);
    let a = assess_with(&advertiser, vec![tracker("metrics.adtrack.example")]);
    expect_verdict(&a, "PRV-07", declared, &[], &[]);
    assert!(
        !verdict(&a, "PRV-07")
            .evidence
            .iter()
            .any(|e| e.starts_with("finding:")),
        "{:?}",
        verdict(&a, "PRV-07").evidence
    );

    // Nothing claimed: the evidence shows it not met (basis verified).
    let mut silent = example("smart-plug");
    silent.data = None;
    expect_verdict(
        &assess_with(&silent, vec![]),
        "PRV-07",
        (Status::Unknown, None),
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&silent, vec![tracker("metrics.adtrack.example")]),
        "PRV-07",
        (Status::NotMet, Some(Basis::Verified)),
        &[&named(), "shown by evidence"],
        &["finding:net.tracker@capture.pcapng"],
    );
}

/// The smart plug, with the two SEC-16 claims set to `claim`.
fn resilient_plug(claim: Option<bool>) -> Declaration {
    let mut d = example("smart-plug");
    d.security.as_mut().expect("security").resilience = Some(Resilience {
        local_operation_during_outage: Some(true),
        denial_of_service_protection: claim,
        limits_harm_to_networks: claim,
    });
    d
}

#[test]
fn sec_16_weighs_the_mud_file() {
    let d = resilient_plug(Some(true));
    expect_verdict(
        &assess_with(&d, vec![]),
        "SEC-16",
        (Status::Met, Some(Basis::Declared)),
        &[],
        &[],
    );

    // A capture that obeys the MUD file verifies the claims.
    expect_verdict(
        &assess_with(&d, vec![mud_obeyed()]),
        "SEC-16",
        (Status::Met, Some(Basis::Verified)),
        &[&format!("Verified by {}", named())],
        &["finding:mud.obeyed@capture.pcapng"],
    );

    // Traffic the MUD file does not allow contradicts them.
    expect_verdict(
        &assess_with(&d, vec![mud_violation()]),
        "SEC-16",
        (Status::NotMet, Some(Basis::Contradicted)),
        &[
            &format!("Contradicted by {}", named()),
            "metrics.adtrack.example",
            "not counted",
        ],
        &["finding:mud.violation@capture.pcapng"],
    );

    // Unused rules say nothing about SEC-16.
    expect_verdict(
        &assess_with(&d, vec![mud_unused("to api.plug.example tcp 443")]),
        "SEC-16",
        (Status::Met, Some(Basis::Declared)),
        &[],
        &[],
    );

    // Nothing claimed: a violation still makes it not met. (The generic step
    // gives basis `contradicted` here, where the rules that weigh findings
    // themselves give `verified`; only the status is pinned down.)
    let a = assess_with(&resilient_plug(None), vec![mud_violation()]);
    let v = verdict(&a, "SEC-16");
    assert_eq!(v.status, Status::NotMet, "{}", v.explanation);
    assert!(v.explanation.contains(&named()), "{}", v.explanation);
    assert!(
        v.evidence
            .iter()
            .any(|e| e == "finding:mud.violation@capture.pcapng")
    );

    // An obeyed MUD file does not make unmade or denied claims met.
    expect_verdict(
        &assess_with(&resilient_plug(None), vec![mud_obeyed()]),
        "SEC-16",
        (Status::Unknown, None),
        &[],
        &[],
    );
    expect_verdict(
        &assess_with(&resilient_plug(Some(false)), vec![mud_obeyed()]),
        "SEC-16",
        (Status::NotMet, Some(Basis::Declared)),
        &[],
        &[],
    );
}

/// The home camera, which works partly without the internet and says what
/// stops working.
fn offline_camera(without_internet: Option<Availability>) -> Declaration {
    let mut d = example("home-camera");
    let f = d.functionality.as_mut().expect("functionality");
    f.without_internet = without_internet;
    f.offline_limitations = Some("Live view and alerts need the internet.".into());
    d
}

#[test]
fn agy_02_notes_unreached_endpoints() {
    let d = offline_camera(Some(Availability::Partial));
    let declared = (Status::Met, Some(Basis::Declared));
    let plain = assess_with(&d, vec![]);
    expect_verdict(&plain, "AGY-02", declared, &["offline_limitations"], &[]);
    assert!(!verdict(&plain, "AGY-02").explanation.contains("Noted"));

    // One unused rule: noted and cited, status and basis unchanged.
    let a = assess_with(&d, vec![mud_unused("to cloud.camera.example tcp 443")]);
    expect_verdict(
        &a,
        "AGY-02",
        declared,
        &[
            "offline_limitations",
            "Noted: the capture `capture.pcapng` never reaches one endpoint the MUD file `device.mud.json` allows (to cloud.camera.example tcp 443)",
        ],
        &["finding:mud.unused@capture.pcapng"],
    );
    assert!(
        verdict(&a, "AGY-02")
            .explanation
            .starts_with(&verdict(&plain, "AGY-02").explanation),
        "the declaration's explanation is kept"
    );

    // Several: each rule is listed.
    expect_verdict(
        &assess_with(
            &d,
            vec![
                mud_unused("to cloud.camera.example tcp 443"),
                mud_unused("to ntp.camera.example udp 123"),
            ],
        ),
        "AGY-02",
        declared,
        &[
            "never reaches endpoints the MUD file `device.mud.json` allows (to cloud.camera.example tcp 443; to ntp.camera.example udp 123)",
        ],
        &["finding:mud.unused@capture.pcapng"],
    );

    // An unknown or a full claim is left as it was too.
    expect_verdict(
        &assess_with(
            &offline_camera(None),
            vec![mud_unused("to cloud.camera.example tcp 443")],
        ),
        "AGY-02",
        (Status::Unknown, None),
        &["Noted: the capture `capture.pcapng` never reaches"],
        &["finding:mud.unused@capture.pcapng"],
    );
    expect_verdict(
        &assess_with(
            &offline_camera(Some(Availability::Full)),
            vec![mud_unused("to cloud.camera.example tcp 443")],
        ),
        "AGY-02",
        declared,
        &["`functionality.without_internet: full`", "Noted"],
        &["finding:mud.unused@capture.pcapng"],
    );

    // Other capture findings do not touch AGY-02.
    expect_verdict(
        &assess_with(
            &d,
            vec![mud_violation(), cleartext(), tracker("x.adtrack.example")],
        ),
        "AGY-02",
        declared,
        &[],
        &[],
    );
}

/// Like every other verdict that rests on evidence, AGY-02's note names the
/// file it comes from (the capture, or the MUD file it was checked against).
#[test]
fn agy_02_note_names_the_evidence_file() {
    let a = assess_with(
        &offline_camera(Some(Availability::Partial)),
        vec![mud_unused("to cloud.camera.example tcp 443")],
    );
    let v = verdict(&a, "AGY-02");
    assert!(
        v.explanation.contains(CAPTURE) || v.explanation.contains(MUD),
        "AGY-02 names neither {CAPTURE} nor {MUD}: {:?}",
        v.explanation
    );
}
