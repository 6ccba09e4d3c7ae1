//! Untrusted input never panics.

use iotmark_net::{CaptureOptions, TrackerList, analyze_capture, check, parse_mud};
use proptest::prelude::*;

use crate::build::*;

/// A capture with a bit of everything, as pcap (Ethernet) or pcapng.
fn sample(ng: bool) -> Vec<u8> {
    let dev = ip("192.168.1.50");
    let mut c = Capture::new();
    c.lookup(
        dev,
        ip("192.168.1.1"),
        "a.example",
        &[("a.example", "b.example")],
        &[("b.example", ip("203.0.113.1"))],
    );
    c.tcp(
        dev,
        40001,
        ip("203.0.113.1"),
        443,
        &[
            (
                true,
                &client_hello(0x0303, Some("a.example"), &[0x0304], 40),
            ),
            (false, &server_hello(0x0303, 0x1301, Some(0x0304))),
        ],
    );
    c.tcp(
        dev,
        40002,
        ip("203.0.113.2"),
        80,
        &[
            (true, b"GET /?pass=x HTTP/1.1\r\nHost: h\r\n\r\n"),
            (false, b"HTTP/1.1 401 No\r\n\r\n"),
        ],
    );
    c.tcp(
        ip("192.168.1.9"),
        40003,
        dev,
        23,
        &[(false, b"\xff\xfb\x01login: ")],
    );
    if ng {
        let frames: Vec<_> = c
            .frames(LinkKind::Ethernet)
            .into_iter()
            .map(|(t, f)| (Some(0), t, f))
            .collect();
        pcapng(false, &[(1, None)], &frames)
    } else {
        c.pcap(LinkKind::Ethernet)
    }
}

fn run(bytes: &[u8]) {
    if let Ok(report) = analyze_capture("p", bytes, &CaptureOptions::default()) {
        let _ = serde_json::to_string(&report).expect("test input");
        let _ = check(&report, None, &TrackerList::builtin());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn prop_random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        run(&bytes);
    }

    #[test]
    fn prop_random_bytes_after_a_valid_header_never_panic(
        ng in any::<bool>(),
        tail in proptest::collection::vec(any::<u8>(), 0..4096),
    ) {
        let mut bytes = sample(ng);
        bytes.truncate(if ng { 48 } else { 24 });
        bytes.extend(tail);
        run(&bytes);
    }

    #[test]
    fn prop_truncated_captures_never_panic(ng in any::<bool>(), cut in 0usize..4000) {
        let bytes = sample(ng);
        let cut = cut.min(bytes.len());
        run(&bytes[..cut]);
    }

    #[test]
    fn prop_corrupted_captures_never_panic(
        ng in any::<bool>(),
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..16),
    ) {
        let mut bytes = sample(ng);
        let len = bytes.len();
        for (at, value) in flips {
            bytes[at % len] = value;
        }
        run(&bytes);
    }

    #[test]
    fn prop_random_frames_never_panic(
        linktype in prop::sample::select(vec![1u32, 113, 276, 101, 228, 229]),
        frames in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..200), 1..20),
    ) {
        let frames: Vec<(u64, Vec<u8>)> = frames.into_iter().enumerate().map(|(i, f)| (i as u64 * 1000, f)).collect();
        run(&pcap(linktype, false, false, &frames));
    }

    #[test]
    fn prop_random_payloads_never_panic(
        port in prop::sample::select(vec![21u16, 23, 53, 80, 123, 443, 554, 1883, 1900, 5353, 5683, 8080, 9999]),
        udp in any::<bool>(),
        payloads in proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..600), 1..6),
    ) {
        let dev = ip("192.168.1.50");
        let remote = ip("203.0.113.5");
        let mut c = Capture::new();
        if udp {
            for p in &payloads {
                c.push(ip_udp(dev, remote, 40000, port, p));
                c.push(ip_udp(remote, dev, port, 40000, p));
            }
        } else {
            let segments: Vec<(bool, &[u8])> = payloads.iter().enumerate().map(|(i, p)| (i % 2 == 0, p.as_slice())).collect();
            c.tcp(dev, 40000, remote, port, &segments);
        }
        run(&c.pcap(LinkKind::Ethernet));
    }

    #[test]
    fn prop_mutated_protocol_messages_never_panic(
        which in 0usize..5,
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8),
        cut in any::<usize>(),
    ) {
        let dev = ip("192.168.1.50");
        let remote = ip("203.0.113.5");
        let (mut message, port, udp, from_client) = match which {
            0 => (client_hello(0x0303, Some("a.example"), &[0x0a0a, 0x0304, 0x0303], 20), 443, false, true),
            1 => (server_hello(0x0303, 0x1301, Some(0x0304)), 443, false, false),
            2 => (dns_response(1, "a.example", &[("a.example", "b.example")], &[("b.example", remote)]), 53, true, false),
            3 => (b"\x10\x1e\x00\x04MQTT\x05\xc2\x00\x3c\x00\x00\x01c\x00\x01u\x00\x01p".to_vec(), 1883, false, true),
            _ => (vec![0x40, 0x01, 0x12, 0x34, 0xb4, b't', b'e', b'm', b'p', 0xd1, 0x02, 0x05], 5683, true, true),
        };
        let len = message.len();
        for (at, value) in flips {
            message[at % len] = value;
        }
        message.truncate(1 + cut % len);
        let mut c = Capture::new();
        if udp {
            let (s, d, sp, dp) = if from_client { (dev, remote, 40000, port) } else { (remote, dev, port, 40000) };
            c.push(ip_udp(s, d, sp, dp, &message));
        } else {
            c.tcp(dev, 40000, remote, port, &[(from_client, &message)]);
        }
        run(&c.pcap(LinkKind::Ethernet));
    }

    #[test]
    fn prop_random_mud_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = parse_mud("m", &bytes);
    }

    #[test]
    fn prop_random_tracker_lists_never_panic(text in ".{0,200}") {
        let _ = TrackerList::from_text("t", &text);
    }
}
