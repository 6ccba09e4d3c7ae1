//! The bundled example `examples/video-doorbell/`: a declaration whose own
//! network evidence contradicts it. The committed capture must be what the
//! generator (`examples/doorbell_capture.rs`, included here) writes, and
//! `check` must find in it, against the example's MUD file, cleartext HTTP
//! to a tracker, TLS 1.0, an inbound telnet service and two MUD violations.

use std::fs;
use std::net::IpAddr;
use std::path::PathBuf;

use iotmark_net::{
    Direction, NetFinding, Protocol, TlsVersion, TrackerList, Transport, check, parse_mud,
};

use crate::analyse;

#[allow(dead_code)]
#[path = "../../examples/doorbell_capture.rs"]
mod doorbell;

const REGENERATE: &str =
    "cargo run -p iotmark-net --example doorbell_capture -- examples/video-doorbell/capture.pcapng";

fn example_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/video-doorbell")
}

fn read(file: &str) -> Vec<u8> {
    let path = example_dir().join(file);
    fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn of<'a>(findings: &'a [NetFinding], kind: &str) -> Vec<&'a NetFinding> {
    findings.iter().filter(|f| f.kind() == kind).collect()
}

#[test]
fn video_doorbell_capture_is_reproducible() {
    let committed = read("capture.pcapng");
    let built = doorbell::capture().expect("the generator runs");
    assert!(
        committed == built,
        "examples/video-doorbell/capture.pcapng ({} bytes) is not what the generator writes ({} bytes); regenerate it with `{REGENERATE}`",
        committed.len(),
        built.len()
    );
    assert!(built.len() < 20 * 1024, "{} bytes", built.len());
    assert_eq!(
        doorbell::capture().expect("the generator runs"),
        built,
        "deterministic"
    );
}

#[test]
fn video_doorbell_declaration_lists_the_evidence() {
    let declaration = String::from_utf8(read("declaration.yaml")).expect("UTF-8");
    for line in [
        "path: capture.pcapng",
        "kind: network_capture",
        "path: device.mud.json",
        "kind: mud",
    ] {
        assert!(
            declaration.contains(line),
            "declaration.yaml lacks {line:?}"
        );
    }
}

#[test]
fn video_doorbell_capture_contradicts_its_declaration() {
    let report = analyse("capture.pcapng", &read("capture.pcapng"));
    let device: IpAddr = doorbell::DEVICE.into();
    let laptop: IpAddr = doorbell::LAPTOP.into();
    assert_eq!(report.device, Some(device), "{}", report.device_reason);
    assert!(report.device_inferred);
    assert!(report.complete, "{:?}", report.notes);
    assert_eq!(
        report.dns_names,
        [
            doorbell::API_NAME,
            doorbell::TRACKER_NAME,
            doorbell::MEDIA_NAME,
            doorbell::NTP_NAME
        ]
    );

    let mud = parse_mud("device.mud.json", &read("device.mud.json")).expect("a valid MUD file");
    assert!(mud.warnings.is_empty(), "{:?}", mud.warnings);
    assert_eq!(mud.model_name.as_deref(), Some("HW-DV2"));
    assert_eq!(mud.rules.len(), 6);

    let findings = check(&report, Some(&mud), &TrackerList::builtin());
    let kinds: Vec<&str> = findings.iter().map(NetFinding::kind).collect();
    assert_eq!(
        kinds,
        [
            "cleartext_internet",
            "weak_tls",
            "inbound_service",
            "tracker_contact",
            "mud_violation",
            "mud_violation",
        ],
        "no mud_obeyed, and every MUD rule is used: {findings:#?}"
    );

    match of(&findings, "cleartext_internet")[0] {
        NetFinding::CleartextInternet {
            protocol,
            endpoint,
            port,
            direction,
            sample,
            ..
        } => {
            assert_eq!(
                (*protocol, endpoint.as_str(), *port, *direction),
                (
                    Protocol::Http,
                    doorbell::TRACKER_NAME,
                    80,
                    Direction::Outbound
                )
            );
            let sample = sample.as_deref().unwrap_or_default();
            assert!(sample.contains(doorbell::DEVICE_ID), "{sample}");
        }
        _ => unreachable!(),
    }

    let weak = of(&findings, "weak_tls");
    assert_eq!(
        weak[0].message(),
        "TLS 1.0 was negotiated with media.hallwick.example (198.51.100.45) on tcp/443."
    );
    match weak[0] {
        NetFinding::WeakTls {
            version,
            negotiated,
            sni,
            ..
        } => {
            assert_eq!((*version, *negotiated), (TlsVersion::Tls10, true));
            assert_eq!(sni.as_deref(), Some(doorbell::MEDIA_NAME));
        }
        _ => unreachable!(),
    }

    match of(&findings, "inbound_service")[0] {
        NetFinding::InboundService {
            port,
            transport,
            protocol,
            cleartext,
            clients,
            from_internet,
            ..
        } => {
            assert_eq!(
                (*port, *transport, *protocol, *cleartext, *from_internet),
                (23, Transport::Tcp, Protocol::Telnet, true, false)
            );
            assert_eq!(clients, &[laptop]);
        }
        _ => unreachable!(),
    }

    match of(&findings, "tracker_contact")[0] {
        NetFinding::TrackerContact {
            domain, name, via, ..
        } => {
            assert_eq!(domain, "app-measurement.com");
            assert_eq!(name, doorbell::TRACKER_NAME);
            assert_eq!(via, &["connection", "dns_query", "http_host"]);
        }
        _ => unreachable!(),
    }

    let violations: Vec<(&str, u16, Direction, Protocol)> = of(&findings, "mud_violation")
        .iter()
        .map(|f| match f {
            NetFinding::MudViolation {
                endpoint,
                port,
                direction,
                protocol,
                denied_by,
                answered,
                ..
            } => {
                assert!(denied_by.is_none() && *answered);
                (endpoint.as_str(), *port, *direction, *protocol)
            }
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        violations,
        [
            ("192.168.1.20", 23, Direction::Inbound, Protocol::Telnet),
            (
                doorbell::TRACKER_NAME,
                80,
                Direction::Outbound,
                Protocol::Http
            ),
        ]
    );
}
