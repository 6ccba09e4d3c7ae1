//! `check`: facts from captures, MUD files and tracker lists.

use std::fs;

use iotmark_net::{
    CaptureOptions, DeviceHint, Direction, NetFinding, Protocol, TlsVersion, TrackerList,
    Transport, analyze_capture, check, parse_mud,
};
use serde_json::json;

use crate::build::*;
use crate::{analyse, corpus};

fn kinds(findings: &[NetFinding]) -> Vec<&'static str> {
    findings.iter().map(NetFinding::kind).collect()
}

fn of<'a>(findings: &'a [NetFinding], kind: &str) -> Vec<&'a NetFinding> {
    findings.iter().filter(|f| f.kind() == kind).collect()
}

#[test]
fn corpus_camera_against_its_mud() {
    let Some(corpus) = corpus("corpus_camera_against_its_mud") else {
        return;
    };
    let report = analyse(
        "camera-mixed.pcap",
        &fs::read(corpus.join("pcap/synthetic/camera-mixed.pcap")).expect("test input"),
    );
    let mud = parse_mud(
        "camera-c1.mud.json",
        &fs::read(corpus.join("mud/camera-c1.mud.json")).expect("test input"),
    )
    .expect("test input");
    let trackers =
        TrackerList::from_text("corpus-trackers", "adtrack.example\n").expect("test input");
    let findings = check(&report, Some(&mud), &trackers);
    for f in &findings {
        assert!(
            f.message().ends_with('.') && !f.message().contains('\n'),
            "{}",
            f.message()
        );
    }

    let cleartext = of(&findings, "cleartext_internet");
    let protocols: Vec<Protocol> = cleartext
        .iter()
        .map(|f| match f {
            NetFinding::CleartextInternet { protocol, .. } => *protocol,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        protocols,
        [Protocol::Http, Protocol::Mqtt],
        "telnet is local, DNS is not counted"
    );
    assert_eq!(
        cleartext[0].message(),
        "The device sent HTTP in cleartext to metrics.adtrack.example (198.51.100.7) on tcp/80."
    );

    let weak = of(&findings, "weak_tls");
    assert_eq!(weak.len(), 1);
    match weak[0] {
        NetFinding::WeakTls {
            version,
            negotiated,
            endpoint,
            ..
        } => {
            assert_eq!(
                (*version, *negotiated, endpoint.as_str()),
                (TlsVersion::Tls10, false, "legacy.cam-cloud.example")
            );
        }
        _ => unreachable!(),
    }
    assert!(
        weak[0].message().contains("offered at best TLS 1.0"),
        "{}",
        weak[0].message()
    );

    let inbound = of(&findings, "inbound_service");
    assert_eq!(inbound.len(), 1);
    assert_eq!(
        inbound[0].message(),
        "The device accepted telnet connections on tcp/23 (from 192.168.1.20), in cleartext."
    );

    let tracker = of(&findings, "tracker_contact");
    assert_eq!(tracker.len(), 1);
    match tracker[0] {
        NetFinding::TrackerContact {
            domain,
            name,
            via,
            list,
            ..
        } => {
            assert_eq!(domain, "adtrack.example");
            assert_eq!(name, "metrics.adtrack.example");
            assert_eq!(via, &["connection", "dns_query", "http_host"]);
            assert_eq!(list, "corpus-trackers");
        }
        _ => unreachable!(),
    }

    let violations: Vec<(String, u16, Direction)> = of(&findings, "mud_violation")
        .iter()
        .map(|f| match f {
            NetFinding::MudViolation {
                endpoint,
                port,
                direction,
                denied_by,
                ..
            } => {
                assert!(denied_by.is_none());
                (endpoint.clone(), *port, *direction)
            }
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        violations,
        [
            ("192.168.1.20".to_owned(), 23, Direction::Inbound),
            ("203.0.113.12".to_owned(), 1883, Direction::Outbound),
            ("203.0.113.13".to_owned(), 8886, Direction::Outbound),
            (
                "legacy.cam-cloud.example".to_owned(),
                443,
                Direction::Outbound
            ),
            (
                "metrics.adtrack.example".to_owned(),
                80,
                Direction::Outbound
            ),
        ]
    );
    let unused: Vec<&str> = of(&findings, "mud_unused")
        .iter()
        .map(|f| match f {
            NetFinding::MudUnused { ace, .. } => ace.as_str(),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(unused, ["ent1-frdev", "ent1-todev"]);
    assert_eq!(
        of(&findings, "mud_violation")[0].message(),
        "192.168.1.20 connected to the device on tcp/23 (telnet), which no rule of MUD file camera-c1.mud.json allows."
    );
    assert!(of(&findings, "mud_obeyed").is_empty());

    // The shipped list knows no corpus domain.
    let builtin = check(&report, None, &TrackerList::builtin());
    assert!(of(&builtin, "tracker_contact").is_empty());
    assert!(!kinds(&builtin).iter().any(|k| k.starts_with("mud_")));
    let json = serde_json::to_value(&findings).expect("test input");
    assert_eq!(json[0]["kind"], "cleartext_internet");
    assert!(
        json.as_array()
            .expect("test input")
            .iter()
            .all(|f| f["message"].is_string())
    );
}

#[test]
fn corpus_plug_obeys_its_mud() {
    let Some(corpus) = corpus("corpus_plug_obeys_its_mud") else {
        return;
    };
    let report = analyse(
        "plug-clean.pcapng",
        &fs::read(corpus.join("pcap/synthetic/plug-clean.pcapng")).expect("test input"),
    );
    let plug = parse_mud(
        "plug-p1.mud.json",
        &fs::read(corpus.join("mud/plug-p1.mud.json")).expect("test input"),
    )
    .expect("test input");
    let findings = check(&report, Some(&plug), &TrackerList::builtin());
    assert_eq!(
        kinds(&findings),
        ["mud_unused", "mud_obeyed"],
        "{findings:#?}"
    );
    match &findings[0] {
        // No NTP reply was captured: the rule for it is unused.
        NetFinding::MudUnused { ace, .. } => assert_eq!(ace, "ent1-todev"),
        _ => unreachable!(),
    }
    match &findings[1] {
        NetFinding::MudObeyed {
            endpoints,
            implicit,
            assumed,
            message,
        } => {
            assert_eq!(
                endpoints,
                &[
                    "device.plug-cloud.example tcp/443 outbound",
                    "pool.ntp.example udp/123 outbound"
                ]
            );
            assert_eq!(
                implicit,
                &["192.0.2.53 udp/53 outbound (DNS to the network's resolver)"]
            );
            assert!(assumed.is_empty());
            assert!(message.starts_with("Every flow of the device in the capture is allowed by MUD file plug-p1.mud.json: "), "{message}");
        }
        _ => unreachable!(),
    }
    // Against the camera's MUD file, the plug's cloud is not allowed.
    let camera = parse_mud(
        "camera-c1.mud.json",
        &fs::read(corpus.join("mud/camera-c1.mud.json")).expect("test input"),
    )
    .expect("test input");
    let findings = check(&report, Some(&camera), &TrackerList::builtin());
    let v = of(&findings, "mud_violation");
    assert_eq!(v.len(), 1);
    match v[0] {
        NetFinding::MudViolation {
            endpoint,
            connections,
            ..
        } => {
            assert_eq!(
                (endpoint.as_str(), *connections),
                ("device.plug-cloud.example", 2)
            );
        }
        _ => unreachable!(),
    }
}

fn mud_doc(from: serde_json::Value, to: serde_json::Value) -> iotmark_net::MudProfile {
    let v = json!({
        "ietf-mud:mud": {
            "mud-version": 1, "mud-url": "https://maker.example/d.json",
            "last-update": "2026-01-10T10:00:00Z", "is-supported": true,
            "from-device-policy": {"access-lists": {"access-list": [{"name": "fr"}]}},
            "to-device-policy": {"access-lists": {"access-list": [{"name": "to"}]}}
        },
        "ietf-access-control-list:acls": {"acl": [
            {"name": "fr", "type": "ipv4-acl-type", "aces": {"ace": from}},
            {"name": "to", "type": "ipv4-acl-type", "aces": {"ace": to}}
        ]}
    });
    parse_mud("d.json", v.to_string().as_bytes()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn mud_classes_drops_initiation_and_ports() {
    let dev = ip("192.168.1.50");
    let hub = ip("192.168.1.2");
    let mut c = Capture::new();
    // mDNS to the local group; a connection to a local hub; NTP from port
    // 123; a web UI the hub opens on the device; a drop rule's target.
    c.push(ip_udp(
        dev,
        ip("224.0.0.251"),
        5353,
        5353,
        &dns_query(0, "_hub._tcp.local"),
    ));
    c.tcp(
        dev,
        40100,
        hub,
        8443,
        &[(true, &client_hello(0x0303, None, &[0x0304], 0))],
    );
    let mut ntp = vec![0u8; 48];
    ntp[0] = 0x23;
    c.push(ip_udp(dev, ip("192.0.2.123"), 123, 123, &ntp));
    c.push(ip_udp(ip("192.0.2.123"), dev, 123, 123, &ntp));
    c.tcp(
        hub,
        50000,
        dev,
        80,
        &[
            (true, b"GET / HTTP/1.1\r\nHost: dev\r\n\r\n"),
            (false, b"HTTP/1.1 200 OK\r\n\r\n"),
        ],
    );
    c.push(ip_udp(
        dev,
        ip("198.51.100.53"),
        40200,
        53,
        &dns_query(9, "x.example"),
    ));
    let bytes = c.pcap(LinkKind::Ethernet);
    let options = CaptureOptions {
        device: Some(DeviceHint::Ip(dev)),
        ..CaptureOptions::default()
    };
    let report = analyze_capture("c.pcap", &bytes[..], &options).expect("test input");

    let accept = |name: &str, m: serde_json::Value| json!({"name": name, "matches": m, "actions": {"forwarding": "accept"}});
    let mud = mud_doc(
        json!([
            accept("mdns", json!({"ietf-mud:mud": {"local-networks": [null]}, "ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 5353}}})),
            accept("hub", json!({"ietf-mud:mud": {"same-manufacturer": [null]}, "ipv4": {"protocol": 6}, "tcp": {"destination-port": {"port": 8443}}})),
            accept("ntp", json!({"ipv4": {"destination-ipv4-network": "192.0.2.0/24", "protocol": 17}, "udp": {"source-port": {"port": 123}, "destination-port": {"port": 123}}})),
            {"name": "nodns", "matches": {"ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 53}}}, "actions": {"forwarding": "drop"}},
            accept("web-reply", json!({"ietf-mud:mud": {"local-networks": [null]}, "ipv4": {"protocol": 6}, "tcp": {"source-port": {"port": 80}}})),
        ]),
        json!([
            accept(
                "ntp-in",
                json!({"ipv4": {"destination-ipv4-network": "192.0.2.0/24", "protocol": 17}, "udp": {"source-port": {"port": 123}, "destination-port": {"operator": "gte", "port": 1024}}})
            ),
            accept(
                "web",
                json!({"ietf-mud:mud": {"local-networks": [null]}, "ipv4": {"protocol": 6}, "tcp": {"ietf-mud:direction-initiated": "from-device", "destination-port": {"port": 80}}})
            ),
        ]),
    );
    let findings = check(&report, Some(&mud), &TrackerList::builtin());
    let violations = of(&findings, "mud_violation");
    // The DNS server here is the device's only one, so it is its resolver:
    // implicitly allowed despite the drop rule. The web UI is opened by the
    // hub, but the rule only lets the device open it.
    assert_eq!(violations.len(), 1, "{findings:#?}");
    match violations[0] {
        NetFinding::MudViolation {
            endpoint,
            port,
            direction,
            denied_by,
            protocol,
            ..
        } => {
            assert_eq!(
                (endpoint.as_str(), *port, *direction, *protocol),
                ("192.168.1.2", 80, Direction::Inbound, Protocol::Http)
            );
            assert!(denied_by.is_none());
        }
        _ => unreachable!(),
    }
    let unused: Vec<&str> = of(&findings, "mud_unused")
        .iter()
        .map(|f| match f {
            NetFinding::MudUnused { ace, .. } => ace.as_str(),
            _ => unreachable!(),
        })
        .collect();
    // ntp-in needs the reply to go to a port >= 1024; it went to 123.
    assert_eq!(unused, ["ntp-in", "web"]);
    let inbound = of(&findings, "inbound_service");
    assert_eq!(inbound.len(), 1);
    match inbound[0] {
        NetFinding::InboundService {
            port,
            protocol,
            unauthenticated_status,
            from_internet,
            ..
        } => {
            assert_eq!(
                (*port, *protocol, *unauthenticated_status, *from_internet),
                (80, Protocol::Http, Some(200), false)
            );
        }
        _ => unreachable!(),
    }
    assert!(
        inbound[0]
            .message()
            .ends_with("a request without credentials got 200, not 401."),
        "{}",
        inbound[0].message()
    );

    // With the web rule allowing either side to open it, and a second DNS
    // server the device uses less: the drop rule applies to that one.
    let mut c2 = Capture::new();
    c2.packets = c.packets.clone();
    c2.t = c.t;
    for i in 0..3 {
        c2.push(ip_udp(
            dev,
            ip("192.0.2.53"),
            40300 + i,
            53,
            &dns_query(i, "y.example"),
        ));
    }
    let report =
        analyze_capture("c2.pcap", &c2.pcap(LinkKind::Ethernet)[..], &options).expect("test input");
    let mud = mud_doc(
        json!([
            accept("mdns", json!({"ietf-mud:mud": {"local-networks": [null]}, "ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 5353}}})),
            accept("hub", json!({"ietf-mud:mud": {"same-manufacturer": [null]}, "ipv4": {"protocol": 6}, "tcp": {"destination-port": {"port": 8443}}})),
            accept("ntp", json!({"ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 123}}})),
            {"name": "nodns", "matches": {"ipv4": {"protocol": 17}, "udp": {"destination-port": {"port": 53}}}, "actions": {"forwarding": "drop"}},
        ]),
        json!([accept(
            "web",
            json!({"ietf-mud:mud": {"local-networks": [null]}, "ipv4": {"protocol": 6}, "tcp": {"destination-port": {"port": 80}}})
        )]),
    );
    let findings = check(&report, Some(&mud), &TrackerList::builtin());
    let violations = of(&findings, "mud_violation");
    assert_eq!(violations.len(), 1, "{findings:#?}");
    match violations[0] {
        NetFinding::MudViolation {
            endpoint,
            denied_by,
            transport,
            ..
        } => {
            assert_eq!(endpoint, "198.51.100.53");
            assert_eq!(*transport, Transport::Udp);
            assert_eq!(denied_by.as_deref(), Some("fr/nodns"));
            assert_eq!(
                violations[0].message(),
                "The device tried to contact 198.51.100.53 on udp/53 (DNS), which MUD file d.json denies (rule fr/nodns)."
            );
        }
        _ => unreachable!(),
    }
}

#[test]
fn assumed_classes_and_obeyed_summary() {
    let dev = ip("192.168.1.50");
    let mut c = Capture::new();
    c.tcp(
        dev,
        40100,
        ip("192.168.1.2"),
        8443,
        &[(true, &client_hello(0x0303, None, &[0x0304], 0))],
    );
    let report = analyse("a.pcap", &c.pcap(LinkKind::Ethernet));
    let mud = mud_doc(
        json!([{"name": "ctl", "matches": {"ietf-mud:mud": {"controller": "urn:example:hub"}, "tcp": {"destination-port": {"port": 8443}}}, "actions": {"forwarding": "accept"}}]),
        json!([]),
    );
    let findings = check(&report, Some(&mud), &TrackerList::builtin());
    assert_eq!(kinds(&findings), ["mud_obeyed"]);
    match &findings[0] {
        NetFinding::MudObeyed {
            endpoints,
            assumed,
            message,
            ..
        } => {
            assert!(endpoints.is_empty());
            assert_eq!(
                assumed,
                &["192.168.1.2 tcp/8443 outbound (taken as controller urn:example:hub)"]
            );
            assert!(
                message.contains("1 assumed to reach a class of hosts"),
                "{message}"
            );
        }
        _ => unreachable!(),
    }
}

#[test]
fn weak_negotiated_tls_and_inbound_tls() {
    let dev = ip("192.168.1.50");
    let mut c = Capture::new();
    c.tcp(
        dev,
        40100,
        ip("203.0.113.9"),
        443,
        &[
            (
                true,
                &client_hello(0x0303, Some("ok.example"), &[0x0304, 0x0303, 0x0302], 0),
            ),
            (false, &server_hello(0x0302, 0xc013, None)),
        ],
    );
    c.tcp(
        dev,
        40101,
        ip("203.0.113.8"),
        443,
        &[
            (
                true,
                &client_hello(0x0303, Some("good.example"), &[0x0304], 0),
            ),
            (false, &server_hello(0x0303, 0x1302, Some(0x0304))),
        ],
    );
    c.tcp(
        ip("203.0.113.7"),
        50000,
        dev,
        8443,
        &[(true, &client_hello(0x0301, None, &[], 0))],
    );
    let report = analyse("w.pcap", &c.pcap(LinkKind::Ethernet));
    let findings = check(&report, None, &TrackerList::builtin());
    let weak = of(&findings, "weak_tls");
    assert_eq!(weak.len(), 2, "{findings:#?}");
    assert_eq!(
        weak[0].message(),
        "TLS 1.1 was negotiated with ok.example (203.0.113.9) on tcp/443."
    );
    assert_eq!(
        weak[1].message(),
        "203.0.113.7 offered at best TLS 1.0 to the device's TLS service on tcp/8443."
    );
    let inbound = of(&findings, "inbound_service");
    match inbound[0] {
        NetFinding::InboundService {
            protocol,
            cleartext,
            from_internet,
            ..
        } => {
            assert_eq!(
                (*protocol, *cleartext, *from_internet),
                (Protocol::Tls, false, true)
            );
        }
        _ => unreachable!(),
    }
}

#[test]
fn trackers_by_sni_and_builtin_list() {
    let dev = ip("192.168.1.50");
    let mut c = Capture::new();
    c.lookup(
        dev,
        ip("192.168.1.1"),
        "ssl.google-analytics.com",
        &[],
        &[("ssl.google-analytics.com", ip("203.0.113.99"))],
    );
    c.tcp(
        dev,
        40100,
        ip("203.0.113.98"),
        443,
        &[(
            true,
            &client_hello(0x0303, Some("stats.g.doubleclick.net"), &[0x0304], 0),
        )],
    );
    let report = analyse("t.pcap", &c.pcap(LinkKind::Ethernet));
    let findings = check(&report, None, &TrackerList::builtin());
    let t = of(&findings, "tracker_contact");
    assert_eq!(t.len(), 2, "{findings:#?}");
    assert_eq!(
        t[0].message(),
        "The device contacted stats.g.doubleclick.net (under doubleclick.net, listed in tracker list builtin) through a TLS server name."
    );
    assert_eq!(
        t[1].message(),
        "The device contacted ssl.google-analytics.com (under google-analytics.com, listed in tracker list builtin) through a DNS query."
    );
    assert!(check(&report, None, &TrackerList::empty("none")).is_empty());
}
