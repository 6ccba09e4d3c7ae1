//! The shared corpus.

use std::fs;
use std::path::Path;

use iotmark_net::{CaptureError, CaptureOptions, DeviceHint, Protocol, analyze_capture, parse_mud};
use serde_json::Value;

use crate::{analyse, corpus};

/// Every flow of the expected file matches a distinct flow of the report on
/// every field it gives (a missing `direction` means outbound).
fn check_expected(capture: &Path, expected: &Path) {
    let name = capture.display().to_string();
    let bytes = fs::read(capture).expect("test input");
    let report = analyse(&name, &bytes);
    let expected: Value =
        serde_json::from_slice(&fs::read(expected).expect("test input")).expect("test input");
    let actual = serde_json::to_value(&report).expect("test input");
    assert_eq!(actual["device"], expected["device"], "{name}: device");
    assert_eq!(actual["packets"], expected["packets"], "{name}: packets");
    assert_eq!(
        actual["dns_names"], expected["dns_names"],
        "{name}: dns_names"
    );
    assert!(report.complete, "{name}: {:?}", report.notes);
    let expected_flows = expected["flows"].as_array().expect("test input");
    let actual_flows = actual["flows"].as_array().expect("test input");
    assert_eq!(
        actual_flows.len(),
        expected_flows.len(),
        "{name}: flow count; actual {actual_flows:#?}"
    );
    let mut taken = vec![false; actual_flows.len()];
    for want in expected_flows {
        let want = want.as_object().expect("test input");
        let found = actual_flows.iter().enumerate().position(|(i, got)| {
            !taken[i]
                && want.iter().all(|(k, v)| &got[k] == v)
                && (want.contains_key("direction") || got["direction"] == "outbound")
        });
        match found {
            Some(i) => taken[i] = true,
            None => panic!("{name}: no flow matches {want:?}; flows: {actual_flows:#?}"),
        }
    }
}

#[test]
fn corpus_synthetic_captures_match_ground_truth() {
    let Some(corpus) = corpus("corpus_synthetic_captures_match_ground_truth") else {
        return;
    };
    let dir = corpus.join("pcap/synthetic");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).expect("test input") {
        let path = entry.expect("test input").path();
        let file = path
            .file_name()
            .expect("test input")
            .to_string_lossy()
            .to_string();
        let Some(stem) = file.strip_suffix(".expected.json") else {
            continue;
        };
        let capture = ["pcap", "pcapng"]
            .iter()
            .map(|ext| dir.join(format!("{stem}.{ext}")))
            .find(|p| p.exists())
            .unwrap_or_else(|| panic!("no capture for {file}"));
        check_expected(&capture, &path);
        checked += 1;
    }
    assert!(checked >= 2, "{checked} expected files");
}

#[test]
fn corpus_camera_mixed_details() {
    let Some(corpus) = corpus("corpus_camera_mixed_details") else {
        return;
    };
    let bytes = fs::read(corpus.join("pcap/synthetic/camera-mixed.pcap")).expect("test input");
    let r = analyse("camera-mixed.pcap", &bytes);
    assert!(r.device_inferred);
    assert!(
        r.device_reason.contains("3 DNS queries"),
        "{}",
        r.device_reason
    );
    assert_eq!(r.device_mac.as_deref(), Some("02:00:00:00:00:50"));
    // The TLS flow to api.cam-cloud.example came from a resolved address.
    let tls = r
        .flows
        .iter()
        .find(|f| f.sni.as_deref() == Some("api.cam-cloud.example"))
        .expect("test input");
    assert_eq!(tls.dns_name.as_deref(), Some("api.cam-cloud.example"));
    assert_eq!(
        tls.tls_offered.iter().map(|v| v.name()).collect::<Vec<_>>(),
        ["1.3"]
    );
    let http = r
        .flows
        .iter()
        .find(|f| f.protocol == Protocol::Http)
        .expect("test input");
    assert_eq!(http.request.as_deref(), Some("POST /v1/events"));
    assert_eq!(http.authorization, Some(false));
    let sample = http.sample.as_deref().expect("test input");
    assert!(
        sample.starts_with("POST /v1/events HTTP/1.1..Host: metrics.adtrack.example"),
        "{sample}"
    );
    assert!(sample.chars().count() <= 80);
    let mqtt = r
        .flows
        .iter()
        .find(|f| f.protocol == Protocol::Mqtt)
        .expect("test input");
    assert_eq!(
        mqtt.sample.as_deref(),
        Some("MQTT CONNECT v3.1.1 client_id=cam-01")
    );
    let telnet = r
        .flows
        .iter()
        .find(|f| f.protocol == Protocol::Telnet)
        .expect("test input");
    assert_eq!(telnet.sample.as_deref(), Some("login: "));
    assert!(telnet.local && telnet.answered);
    for f in &r.flows {
        assert!(
            f.first_seen.starts_with("2023-11-14T22:13:2"),
            "{}",
            f.first_seen
        );
    }
}

#[test]
fn corpus_truncated_capture_gives_partial_results() {
    let Some(corpus) = corpus("corpus_truncated_capture_gives_partial_results") else {
        return;
    };
    let bytes = fs::read(corpus.join("pcap/synthetic/camera-truncated.pcap")).expect("test input");
    let r = analyse("camera-truncated.pcap", &bytes);
    assert!(!r.complete);
    assert_eq!(r.packets, 28);
    assert_eq!(r.device.expect("test input").to_string(), "192.168.1.50");
    assert_eq!(r.dns_names.len(), 3);
    assert!(r.flows.len() >= 8, "{:#?}", r.flows);
    let note = r
        .notes
        .iter()
        .find(|n| n.contains("truncated"))
        .expect("a truncation note");
    assert!(
        note.contains("byte offset 2675") && note.contains("packet 29"),
        "{note}"
    );
    // Read from a reader that hands out one byte at a time: same result.
    struct Trickle<'a>(&'a [u8]);
    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }
    let r2 = analyze_capture(
        "camera-truncated.pcap",
        Trickle(&bytes),
        &CaptureOptions::default(),
    )
    .expect("test input");
    assert_eq!(r2, r);
}

#[test]
fn corpus_pcap_parser_assets_analyse_or_fail_clearly() {
    let Some(corpus) = corpus("corpus_pcap_parser_assets_analyse_or_fail_clearly") else {
        return;
    };
    let dir = corpus.join("pcap/pcap-parser");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("test input")
        .map(|e| e.expect("test input").path())
        .collect();
    files.sort();
    assert!(files.len() >= 10);
    for path in files {
        let name = path
            .file_name()
            .expect("test input")
            .to_string_lossy()
            .to_string();
        let bytes = fs::read(&path).expect("test input");
        match analyze_capture(&name, &bytes[..], &CaptureOptions::default()) {
            Ok(r) => {
                assert!(
                    r.packets > 0 || name.starts_with("test017"),
                    "{name}: no packets"
                );
                let json = serde_json::to_string(&r).expect("test input");
                assert!(json.contains("\"flows\""));
            }
            Err(e) => {
                let text = e.to_string();
                assert!(
                    text.starts_with(&name) && text.contains("expected"),
                    "{name}: unclear error {text}"
                );
            }
        }
    }
}

#[test]
fn corpus_ntp_pcap_gives_ntp_flows() {
    let Some(corpus) = corpus("corpus_ntp_pcap_gives_ntp_flows") else {
        return;
    };
    let bytes = fs::read(corpus.join("pcap/pcap-parser/ntp.pcap")).expect("test input");
    let r = analyse("ntp.pcap", &bytes);
    assert_eq!(r.packets, 12);
    assert!(r.complete);
    assert!(!r.flows.is_empty());
    for f in &r.flows {
        assert_eq!(f.protocol, Protocol::Ntp, "{f:?}");
        assert_eq!(f.port, 123);
        assert!(f.cleartext);
        assert!(
            f.sample
                .as_deref()
                .expect("test input")
                .starts_with("NTP v")
        );
    }
    // With the server as the device, its flows are inbound.
    let server = r.flows[0].dst;
    let options = CaptureOptions {
        device: Some(DeviceHint::Ip(server)),
        ..CaptureOptions::default()
    };
    let r2 = analyze_capture("ntp.pcap", &bytes[..], &options).expect("test input");
    assert!(!r2.device_inferred);
    assert!(
        r2.flows
            .iter()
            .all(|f| f.direction == iotmark_net::Direction::Inbound),
        "{:#?}",
        r2.flows
    );
}

#[test]
fn corpus_pcapng_byte_orders_agree() {
    let Some(corpus) = corpus("corpus_pcapng_byte_orders_agree") else {
        return;
    };
    let dir = corpus.join("pcap/pcap-parser");
    for stem in ["test001", "test016", "test017"] {
        let le = fs::read(dir.join(format!("{stem}-le.pcapng"))).expect("test input");
        let be = fs::read(dir.join(format!("{stem}-be.pcapng"))).expect("test input");
        let mut a = analyse("x.pcapng", &le);
        let b = analyse("x.pcapng", &be);
        a.file = b.file.clone();
        assert_eq!(a, b, "{stem}");
    }
    let le = fs::read(dir.join("test001-le.pcapng")).expect("test input");
    let r = analyse("test001-le.pcapng", &le);
    assert_eq!(r.packets, 4);
    assert!(
        r.flows
            .iter()
            .any(|f| f.protocol == Protocol::Dhcp && f.port == 67),
        "{:#?}",
        r.flows
    );
}

#[test]
fn corpus_wireshark_sample_has_dns_and_http() {
    let Some(corpus) = corpus("corpus_wireshark_sample_has_dns_and_http") else {
        return;
    };
    let bytes = fs::read(corpus.join("pcap/pcap-parser/wireshark_samples-test.pcapng"))
        .expect("test input");
    let r = analyse("wireshark_samples-test.pcapng", &bytes);
    assert!(r.complete);
    assert!(r.packets > 5000);
    assert!(!r.dns_names.is_empty());
    assert!(
        r.flows
            .iter()
            .any(|f| f.protocol == Protocol::Dns && f.query.is_some())
    );
    assert!(
        r.notes.iter().any(|n| n.contains("not IP")),
        "{:?}",
        r.notes
    );
}

#[test]
fn corpus_malformed_assets() {
    let Some(corpus) = corpus("corpus_malformed_assets") else {
        return;
    };
    let dir = corpus.join("pcap/pcap-parser");
    // A block larger than pcap-parser's usual buffer: read whole.
    let r = analyse(
        "err-buffertoosmall.pcapng",
        &fs::read(dir.join("err-buffertoosmall.pcapng")).expect("test input"),
    );
    assert!(r.complete && r.packets > 0);
    assert!(r.flows.iter().any(|f| f.protocol == Protocol::Tls));
    // The "modified" pcap format (Alexey Kuznetsov's).
    let r = analyse(
        "modified-format.pcap",
        &fs::read(dir.join("modified-format.pcap")).expect("test input"),
    );
    assert_eq!(r.packets, 1);
    assert!(
        r.notes.iter().any(|n| n.contains("neither TCP nor UDP")),
        "{:?}",
        r.notes
    );
}

#[test]
fn corpus_not_a_capture() {
    let Some(corpus) = corpus("corpus_not_a_capture") else {
        return;
    };
    let bytes = fs::read(corpus.join("mud/camera-c1.mud.json")).expect("test input");
    let err = analyze_capture("camera-c1.mud.json", &bytes[..], &CaptureOptions::default())
        .expect_err("an error");
    assert!(matches!(err, CaptureError::NotACapture { .. }));
    let text = err.to_string();
    assert!(
        text.starts_with(
            "camera-c1.mud.json: not a pcap or pcapng capture: at byte offset 0 expected"
        ),
        "{text}"
    );
    assert!(text.contains("text: \"{"), "{text}");
}

#[test]
fn corpus_mud_files() {
    let Some(corpus) = corpus("corpus_mud_files") else {
        return;
    };
    let dir = corpus.join("mud");
    for (file, url, names) in [
        (
            "camera-c1.mud.json",
            "https://cam-maker.example/mud/camera-c1.json",
            ["api.cam-cloud.example", "pool.ntp.example"],
        ),
        (
            "plug-p1.mud.json",
            "https://plug-maker.example/mud/plug-p1.json",
            ["device.plug-cloud.example", "pool.ntp.example"],
        ),
    ] {
        let mud = parse_mud(file, &fs::read(dir.join(file)).expect("test input"))
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(mud.mud_url, url);
        assert_eq!(mud.mud_version, 1);
        assert!(mud.is_supported);
        assert_eq!(mud.cache_validity, 48);
        assert_eq!(mud.rules.len(), 4);
        assert!(mud.warnings.is_empty(), "{:?}", mud.warnings);
        let from: Vec<String> = mud
            .rules
            .iter()
            .filter(|r| r.direction == iotmark_net::PolicyDirection::FromDevice)
            .map(|r| r.endpoint.describe())
            .collect();
        assert_eq!(from, names);
        let json = serde_json::to_value(&mud).expect("test input");
        assert_eq!(json["rules"][0]["direction"], "from-device");
        assert_eq!(json["rules"][0]["endpoint"]["type"], "dns-name");
        assert_eq!(json["rules"][0]["destination_port"]["operator"], "eq");
        assert_eq!(json["rules"][0]["destination_port"]["port"], 443);
        assert_eq!(json["rules"][2]["source_port"]["port"], 443);
    }

    let err = parse_mud(
        "invalid-types.mud.json",
        &fs::read(dir.join("invalid-types.mud.json")).expect("test input"),
    )
    .expect_err("an error");
    let problems: Vec<(&str, &str)> = err
        .problems
        .iter()
        .map(|p| (p.path.as_str(), p.found.as_deref().unwrap_or("")))
        .collect();
    assert!(
        problems.contains(&("/ietf-mud:mud/mud-version", "\"one\"")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&("/ietf-mud:mud/mud-url", "12")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&("/ietf-mud:mud/last-update", "")),
        "{problems:?}"
    );
    assert!(
        problems.contains(&("/ietf-mud:mud/is-supported", "")),
        "{problems:?}"
    );
    let version = err
        .problems
        .iter()
        .find(|p| p.path == "/ietf-mud:mud/mud-version")
        .expect("test input");
    assert!(version.expected.contains("integer"), "{}", version.expected);
    let text = err.to_string();
    assert!(
        text.starts_with("invalid-types.mud.json: not a valid MUD file (4 problems)"),
        "{text}"
    );

    let err = parse_mud(
        "truncated.mud.json",
        &fs::read(dir.join("truncated.mud.json")).expect("test input"),
    )
    .expect_err("an error");
    assert_eq!(err.problems.len(), 1);
    let p = &err.problems[0];
    assert_eq!(p.line, Some(1));
    assert!(p.column.expect("test input") >= 290, "{p:?}");
    assert!(p.expected.contains("truncated"), "{p:?}");
    assert!(err.to_string().contains("line 1, column"), "{err}");
}
