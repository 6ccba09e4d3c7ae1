//! MUD documents built by the tests.

use iotmark_net::{
    Action, Endpoint, MudErrors, MudProfile, PolicyDirection, PortMatch, RuleTransport, parse_mud,
};
use serde_json::{Value, json};

/// A MUD document with one from-device and one to-device ACL.
fn doc(from: Vec<Value>, to: Vec<Value>) -> Value {
    json!({
        "ietf-mud:mud": {
            "mud-version": 1,
            "mud-url": "https://maker.example/mud/dev.json",
            "last-update": "2026-01-10T10:00:00+00:00",
            "cache-validity": 24,
            "is-supported": true,
            "systeminfo": "A test device",
            "mfg-name": "Maker",
            "model-name": "D1",
            "firmware-rev": "1.2.3",
            "extensions": ["ol"],
            "from-device-policy": {"access-lists": {"access-list": [{"name": "fr"}]}},
            "to-device-policy": {"access-lists": {"access-list": [{"name": "to"}]}}
        },
        "ietf-access-control-list:acls": {
            "acl": [
                {"name": "fr", "type": "ipv4-acl-type", "aces": {"ace": from}},
                {"name": "to", "type": "ipv4-acl-type", "aces": {"ace": to}}
            ]
        }
    })
}

fn ace(name: &str, matches: Value) -> Value {
    json!({"name": name, "matches": matches, "actions": {"forwarding": "accept"}})
}

fn parse(v: &Value) -> Result<MudProfile, MudErrors> {
    parse_mud(
        "test.mud.json",
        serde_json::to_string_pretty(v)
            .expect("test input")
            .as_bytes(),
    )
}

fn ok(v: &Value) -> MudProfile {
    parse(v).unwrap_or_else(|e| panic!("{e}"))
}

/// The problems as (path, expected) pairs.
fn problems(v: &Value) -> Vec<(String, String)> {
    match parse(v) {
        Ok(_) => panic!("expected problems"),
        Err(e) => e
            .problems
            .into_iter()
            .map(|p| (p.path, p.expected))
            .collect(),
    }
}

fn has(problems: &[(String, String)], path: &str, expected_part: &str) -> bool {
    problems
        .iter()
        .any(|(p, e)| p == path && e.contains(expected_part))
}

const ACE0: &str = "/ietf-access-control-list:acls/acl/0/aces/ace/0";

#[test]
fn metadata() {
    let m = ok(&doc(vec![], vec![]));
    assert_eq!(m.mud_url, "https://maker.example/mud/dev.json");
    assert_eq!(m.cache_validity, 24);
    assert_eq!(m.firmware_rev.as_deref(), Some("1.2.3"));
    assert_eq!(m.extensions, ["ol"]);
    assert_eq!(m.from_device_acls, ["fr"]);
    assert_eq!(m.to_device_acls, ["to"]);
    assert!(m.rules.is_empty());
}

#[test]
fn every_match_extension() {
    let classes = [
        (
            json!({"manufacturer": "Other-Maker.example"}),
            Endpoint::Manufacturer {
                authority: "other-maker.example".into(),
            },
        ),
        (
            json!({"same-manufacturer": [null]}),
            Endpoint::SameManufacturer,
        ),
        (
            json!({"model": "https://maker.example/mud/hub.json"}),
            Endpoint::Model {
                uri: "https://maker.example/mud/hub.json".into(),
            },
        ),
        (json!({"local-networks": [null]}), Endpoint::LocalNetworks),
        (
            json!({"controller": "urn:ietf:params:mud:dns"}),
            Endpoint::Controller {
                uri: "urn:ietf:params:mud:dns".into(),
            },
        ),
        (json!({"my-controller": [null]}), Endpoint::MyController),
    ];
    let aces: Vec<Value> = classes
        .iter()
        .enumerate()
        .map(|(i, (m, _))| ace(&format!("c{i}"), json!({"ietf-mud:mud": m, "ipv4": {"protocol": 6}, "tcp": {"destination-port": {"operator": "eq", "port": 80}}})))
        .collect();
    let m = ok(&doc(aces, vec![]));
    assert_eq!(m.rules.len(), classes.len());
    for (rule, (_, want)) in m.rules.iter().zip(classes.iter()) {
        assert_eq!(&rule.endpoint, want);
        assert_eq!(rule.transport, RuleTransport::Tcp);
        assert_eq!(rule.destination_port, Some(PortMatch::Eq { port: 80 }));
    }
}

#[test]
fn every_operator_and_range() {
    let ops = [
        (
            json!({"operator": "eq", "port": 443}),
            PortMatch::Eq { port: 443 },
        ),
        (json!({"port": 443}), PortMatch::Eq { port: 443 }),
        (
            json!({"operator": "neq", "port": 23}),
            PortMatch::Neq { port: 23 },
        ),
        (
            json!({"operator": "lte", "port": 1023}),
            PortMatch::Lte { port: 1023 },
        ),
        (
            json!({"operator": "gte", "port": 1024}),
            PortMatch::Gte { port: 1024 },
        ),
        (
            json!({"lower-port": 8000, "upper-port": 8999}),
            PortMatch::Range {
                lower: 8000,
                upper: 8999,
            },
        ),
    ];
    let aces: Vec<Value> = ops
        .iter()
        .enumerate()
        .map(|(i, (p, _))| ace(&format!("o{i}"), json!({"ipv4": {"ietf-acldns:dst-dnsname": "x.example", "protocol": 17}, "udp": {"destination-port": p, "source-port": p}})))
        .collect();
    let m = ok(&doc(aces, vec![]));
    for (rule, (_, want)) in m.rules.iter().zip(ops.iter()) {
        assert_eq!(rule.destination_port, Some(*want));
        assert_eq!(rule.source_port, Some(*want));
        assert_eq!(rule.transport, RuleTransport::Udp);
        assert_eq!(rule.remote_port(), Some(*want));
    }
    assert!(
        m.rules[5].describe().contains("port 8000-8999"),
        "{}",
        m.rules[5].describe()
    );
}

#[test]
fn directions_networks_actions_and_ipv6() {
    let v = json!({
        "ietf-mud:mud": {
            "mud-version": 1,
            "mud-url": "https://maker.example/mud/dev.json",
            "last-update": "2026-01-10T10:00:00Z",
            "is-supported": false,
            "from-device-policy": {"access-lists": {"access-list": [{"name": "fr6"}, {"name": "fr4"}]}},
            "to-device-policy": {"access-lists": {"access-list": [{"name": "to4"}]}}
        },
        "ietf-access-control-list:acls": {"acl": [
            {"name": "fr6", "type": "ietf-access-control-list:ipv6-acl-type", "aces": {"ace": [
                ace("v6", json!({"ipv6": {"ietf-acldns:dst-dnsname": "v6.example.", "protocol": 6}, "tcp": {"ietf-mud:direction-initiated": "from-device", "destination-port": {"operator": "eq", "port": 443}}}))
            ]}},
            {"name": "fr4", "type": "ipv4-acl-type", "aces": {"ace": [
                ace("net", json!({"ipv4": {"destination-ipv4-network": "192.0.2.0/24"}})),
                {"name": "deny", "matches": {"ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 53}}}, "actions": {"forwarding": "drop"}},
                {"name": "rej", "matches": {}, "actions": {"forwarding": "ietf-access-control-list:reject"}},
                {"name": "icmp", "matches": {"ipv4": {"protocol": 1}, "icmp": {}}, "actions": {"forwarding": "accept"}}
            ]}},
            {"name": "to4", "type": "ipv4-acl-type", "aces": {"ace": [
                ace("in", json!({"ipv4": {"protocol": 6}, "tcp": {"ietf-mud:direction-initiated": "to-device", "destination-port": {"port": 80}}}))
            ]}}
        ]}
    });
    let m = ok(&v);
    assert!(!m.is_supported);
    assert_eq!(m.cache_validity, 48, "the default");
    let names: Vec<&str> = m.rules.iter().map(|r| r.ace.as_str()).collect();
    assert_eq!(names, ["v6", "net", "deny", "rej", "icmp", "in"]);
    let v6 = &m.rules[0];
    assert_eq!(
        v6.endpoint,
        Endpoint::DnsName {
            name: "v6.example".into()
        }
    );
    assert_eq!(v6.initiated_by, Some(PolicyDirection::FromDevice));
    assert_eq!(v6.ip_version, Some(iotmark_net::mud::IpVersion::Ipv6));
    assert_eq!(
        m.rules[1].endpoint,
        Endpoint::Network {
            address: "192.0.2.0".parse().expect("test input"),
            prefix: 24
        }
    );
    assert_eq!(m.rules[1].transport, RuleTransport::Any);
    assert_eq!(m.rules[2].action, Action::Drop);
    assert_eq!(m.rules[3].action, Action::Reject);
    assert_eq!(m.rules[3].endpoint, Endpoint::Any);
    assert_eq!(
        (m.rules[4].transport, m.rules[4].protocol),
        (RuleTransport::Other, Some(1))
    );
    let inbound = &m.rules[5];
    assert_eq!(inbound.direction, PolicyDirection::ToDevice);
    assert_eq!(inbound.device_port(), Some(PortMatch::Eq { port: 80 }));
    assert_eq!(inbound.initiated_by, Some(PolicyDirection::ToDevice));
    let json = serde_json::to_value(&m).expect("test input");
    assert_eq!(json["rules"][5]["initiated_by"], "to-device");
    assert_eq!(json["rules"][1]["endpoint"]["type"], "network");
}

#[test]
fn metadata_problems_all_at_once() {
    let mut v = doc(vec![], vec![]);
    let mud = v["ietf-mud:mud"].as_object_mut().expect("test input");
    mud.insert("mud-version".into(), json!(2));
    mud.insert("mud-url".into(), json!("http://maker.example/mud.json"));
    mud.insert("last-update".into(), json!("yesterday"));
    mud.insert("cache-validity".into(), json!(500));
    mud.insert("is-supported".into(), json!("yes"));
    mud.insert("systeminfo".into(), json!("x".repeat(61)));
    mud.insert("mfg-name".into(), json!(7));
    mud.insert("extensions".into(), json!("ol"));
    let p = problems(&v);
    assert_eq!(p.len(), 8, "{p:#?}");
    assert!(has(&p, "/ietf-mud:mud/mud-version", "MUD version 1"));
    assert!(has(&p, "/ietf-mud:mud/mud-url", "https://"));
    assert!(has(&p, "/ietf-mud:mud/last-update", "RFC 3339"));
    assert!(has(&p, "/ietf-mud:mud/cache-validity", "from 1 to 168"));
    assert!(has(&p, "/ietf-mud:mud/is-supported", "boolean"));
    assert!(has(&p, "/ietf-mud:mud/systeminfo", "at most 60"));
    assert!(has(&p, "/ietf-mud:mud/mfg-name", "a string"));
    assert!(has(&p, "/ietf-mud:mud/extensions", "JSON array"));
}

#[test]
fn structure_problems() {
    assert!(has(&problems(&json!([1])), "", "a MUD document"));
    assert!(has(
        &problems(&json!({})),
        "/ietf-mud:mud",
        "the ietf-mud:mud container"
    ));
    let mut v = doc(vec![], vec![]);
    v["ietf-access-control-list:acls"]["acl"] = json!({"name": "fr"});
    let p = problems(&v);
    assert!(
        has(&p, "/ietf-access-control-list:acls/acl", "JSON array"),
        "{p:?}"
    );
    // Without ACLs, the policies name ACLs that do not exist.
    assert!(
        has(
            &p,
            "/ietf-mud:mud/from-device-policy/access-lists/access-list/0/name",
            "defines none"
        ),
        "{p:?}"
    );
}

#[test]
fn policy_naming_a_missing_acl() {
    let mut v = doc(vec![], vec![]);
    v["ietf-mud:mud"]["to-device-policy"]["access-lists"]["access-list"][0]["name"] = json!("nope");
    let p = problems(&v);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        has(
            &p,
            "/ietf-mud:mud/to-device-policy/access-lists/access-list/0/name",
            "one of: fr, to"
        ),
        "{p:?}"
    );
    let e = parse(&v).expect_err("an error");
    assert_eq!(e.problems[0].found.as_deref(), Some("\"nope\""));
    assert!(e.to_string().contains("test.mud.json: /ietf-mud:mud/to-device-policy/access-lists/access-list/0/name: expected"), "{e}");
}

#[test]
fn ace_problems_all_at_once() {
    let aces = vec![
        ace(
            "a",
            json!({"ipv4": {"protocol": "6"}, "tcp": {"destination-port": {"operator": "lt", "port": 70000}}}),
        ),
        ace(
            "b",
            json!({"ipv4": {"protocol": 6}, "udp": {"destination-port": {"lower-port": 9, "upper-port": 2}}}),
        ),
        ace(
            "c",
            json!({"tcp": {"destination-port": {"operator": "eq", "port": 1, "lower-port": 1}}, "udp": {}}),
        ),
        ace(
            "d",
            json!({"ipv4": {"ietf-acldns:dst-dnsname": "bad name!"}, "ipv6": {}}),
        ),
        ace(
            "e",
            json!({"udp": {"ietf-mud:direction-initiated": "from-device"}}),
        ),
        ace(
            "f",
            json!({"ietf-mud:mud": {"local-networks": true, "manufacturer": "x.example"}}),
        ),
        ace(
            "g",
            json!({"ietf-mud:mud": {"my-controller": [null]}, "ipv4": {"ietf-acldns:dst-dnsname": "x.example"}}),
        ),
        json!({"name": "h", "matches": {}, "actions": {"forwarding": "allow"}}),
        json!({"name": "i", "matches": {"bogus": 1}}),
        json!({"name": "a", "matches": {}, "actions": {"forwarding": "accept"}}),
        ace(
            "j",
            json!({"ipv4": {"destination-ipv4-network": "192.0.2.0/40"}, "tcp": {"ietf-mud:direction-initiated": "sideways"}}),
        ),
    ];
    let p = problems(&doc(aces, vec![]));
    let at =
        |i: usize, rest: &str| format!("/ietf-access-control-list:acls/acl/0/aces/ace/{i}{rest}");
    let expect = [
        (at(0, "/matches/ipv4/protocol"), "an integer from 0 to 255"),
        (
            at(0, "/matches/tcp/destination-port/port"),
            "an integer from 0 to 65535",
        ),
        (
            at(1, "/matches/udp"),
            "no udp matches when the protocol is 6",
        ),
        (
            at(1, "/matches/udp/destination-port/upper-port"),
            "at least the lower port (9)",
        ),
        (at(2, "/matches/udp"), "either tcp or udp"),
        (at(2, "/matches/tcp/destination-port"), "either a range"),
        (at(3, "/matches/ipv6"), "either ipv4 or ipv6"),
        (at(3, "/matches/ipv4/ietf-acldns:dst-dnsname"), "a DNS name"),
        (
            at(3, "/matches/ipv6"),
            "ipv4 matches, as the ACL's type says",
        ),
        (
            at(4, "/matches/udp/ietf-mud:direction-initiated"),
            "one of the members",
        ),
        (at(5, "/matches/ietf-mud:mud/local-networks"), "[null]"),
        (at(6, "/matches/ietf-mud:mud"), "the remote end named once"),
        (at(7, "/actions/forwarding"), "accept, drop or reject"),
        (at(8, "/matches/bogus"), "one of the members"),
        (at(8, "/actions"), "the ACE's actions"),
        (at(9, "/name"), "a name no other ACE"),
        (
            at(10, "/matches/ipv4/destination-ipv4-network"),
            "an IPv4 prefix",
        ),
        (
            at(10, "/matches/tcp/ietf-mud:direction-initiated"),
            "from-device or to-device",
        ),
    ];
    for (path, part) in &expect {
        assert!(has(&p, path, part), "missing {path}: {part}\n{p:#?}");
    }
    let lt = parse(&doc(
        vec![ace(
            "a",
            json!({"tcp": {"destination-port": {"operator": "lt", "port": 80}}}),
        )],
        vec![],
    ))
    .expect_err("an error");
    assert_eq!(lt.problems.len(), 1);
    assert_eq!(
        lt.problems[0].path,
        format!("{ACE0}/matches/tcp/destination-port/operator")
    );
    assert!(lt.problems[0].expected.contains("eq, neq, lte or gte"));
    assert_eq!(lt.problems[0].found.as_deref(), Some("\"lt\""));
}

#[test]
fn acl_problems() {
    let mut v = doc(vec![], vec![]);
    v["ietf-access-control-list:acls"]["acl"][1]["name"] = json!("fr");
    v["ietf-access-control-list:acls"]["acl"][0]["type"] = json!("ipv5-acl-type");
    v["ietf-access-control-list:acls"]["acl"]
        .as_array_mut()
        .expect("test input")
        .push(json!({"name": "x"}));
    let p = problems(&v);
    assert!(
        has(
            &p,
            "/ietf-access-control-list:acls/acl/1/name",
            "a name no other ACL has"
        ),
        "{p:#?}"
    );
    assert!(
        has(
            &p,
            "/ietf-access-control-list:acls/acl/0/type",
            "an ACL type"
        ),
        "{p:#?}"
    );
    assert!(
        has(
            &p,
            "/ietf-access-control-list:acls/acl/2/aces",
            "the ACL's entries"
        ),
        "{p:#?}"
    );
    assert!(
        has(
            &p,
            "/ietf-mud:mud/to-device-policy/access-lists/access-list/0/name",
            "an ACL defined"
        ),
        "{p:#?}"
    );
}

#[test]
fn warnings_do_not_invalidate() {
    let mut v = doc(
        vec![ace(
            "a",
            json!({"ipv4": {"ietf-acldns:src-dnsname": "me.example", "ietf-acldns:dst-dnsname": "x.example"}}),
        )],
        vec![],
    );
    v["ietf-mud:mud"]["x-vendor-thing"] = json!(1);
    v["acme-ext:stuff"] = json!({});
    v["ietf-access-control-list:acls"]["acl"]
        .as_array_mut()
        .expect("test input")
        .push(json!({"name": "spare", "aces": {"ace": []}}));
    let m = ok(&v);
    let w: Vec<&str> = m.warnings.iter().map(|w| w.path.as_str()).collect();
    assert!(w.contains(&"/ietf-mud:mud/x-vendor-thing"), "{w:?}");
    assert!(w.contains(&"/acme-ext:stuff"), "{w:?}");
    assert!(
        m.warnings
            .iter()
            .any(|w| w.expected.contains("ACL spare is not")),
        "{:?}",
        m.warnings
    );
    assert!(
        m.warnings.iter().any(|w| w.expected.contains("me.example")),
        "{:?}",
        m.warnings
    );
    assert_eq!(
        m.rules[0].endpoint,
        Endpoint::DnsName {
            name: "x.example".into()
        }
    );
}

#[test]
fn syntax_errors_have_line_and_column() {
    let e = parse_mud(
        "t.json",
        b"{\n  \"ietf-mud:mud\": {\n    \"mud-version\": 1,\n",
    )
    .expect_err("an error");
    assert_eq!(e.problems.len(), 1);
    assert_eq!(e.problems[0].line, Some(4));
    assert!(e.problems[0].expected.contains("truncated"));
    let e = parse_mud("t.json", b"{\"a\": 1,}").expect_err("an error");
    assert_eq!(
        (e.problems[0].line, e.problems[0].column),
        (Some(1), Some(9))
    );
    assert!(
        e.problems[0]
            .expected
            .starts_with("valid JSON (trailing comma"),
        "{:?}",
        e.problems[0]
    );
    assert!(
        e.to_string()
            .contains("t.json: line 1, column 9: expected valid JSON"),
        "{e}"
    );
    let e = parse_mud("t.json", &[0xff, 0xfe]).expect_err("an error");
    assert_eq!(e.problems.len(), 1);
    let e = parse_mud("t.json", &vec![b' '; 5 << 20]).expect_err("an error");
    assert!(e.problems[0].expected.contains("at most"));
}
