//! Captures built by the tests.

use std::io::{self, Read};
use std::net::IpAddr;

use iotmark_net::{
    CaptureError, CaptureFormat, CaptureOptions, CaptureReport, DeviceHint, Direction, Flow,
    Protocol, TlsVersion, TlsVersionSource, Transport, analyze_capture,
};

use crate::analyse;
use crate::build::*;

const DEV: &str = "192.168.1.50";
const RESOLVER: &str = "192.168.1.1";

/// A device that looks up three names, talks TLS (with a ServerHello),
/// HTTP and NTP, and accepts one telnet connection.
fn mixed() -> Capture {
    let dev = ip(DEV);
    let res = ip(RESOLVER);
    let mut c = Capture::new();
    c.lookup(
        dev,
        res,
        "api.vendor.example",
        &[],
        &[("api.vendor.example", ip("203.0.113.10"))],
    );
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.10"),
        443,
        &[
            (
                true,
                &client_hello(
                    0x0303,
                    Some("api.vendor.example"),
                    &[0x0a0a, 0x0304, 0x0303],
                    0,
                ),
            ),
            (false, &server_hello(0x0303, 0x1301, Some(0x0304))),
            (true, b"\x17\x03\x03\x00\x05hello"),
        ],
    );
    c.lookup(
        dev,
        res,
        "www.vendor.example",
        &[("www.vendor.example", "cdn.vendor.net")],
        &[("cdn.vendor.net", ip("198.51.100.20"))],
    );
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("198.51.100.20"),
        80,
        &[
            (true, b"GET /fw?token=s3cret&v=2 HTTP/1.1\r\nHost: www.vendor.example\r\nAuthorization: Bearer abc.def\r\n\r\n"),
            (false, b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
        ],
    );
    let p = c.port();
    c.push(ip_udp(dev, ip("192.0.2.123"), p, 123, &{
        let mut ntp = vec![0u8; 48];
        ntp[0] = 0x23;
        ntp
    }));
    c.tcp(
        ip("192.168.1.20"),
        51000,
        dev,
        23,
        &[
            (false, b"\xff\xfb\x01\xff\xfb\x03login: "),
            (true, b"admin\r\n"),
        ],
    );
    c
}

fn flow(r: &CaptureReport, protocol: Protocol) -> &Flow {
    r.flows
        .iter()
        .find(|f| f.protocol == protocol)
        .unwrap_or_else(|| panic!("no {protocol} flow in {:#?}", r.flows))
}

/// The parts of a report that do not depend on the link layer.
fn essence(r: &CaptureReport) -> serde_json::Value {
    let mut v = serde_json::to_value(r).expect("test input");
    let o = v.as_object_mut().expect("test input");
    for k in ["file", "format", "device_mac", "bytes", "device_reason"] {
        o.remove(k);
    }
    for f in o["flows"].as_array_mut().expect("test input") {
        f.as_object_mut().expect("test input").remove("bytes");
    }
    v
}

#[test]
fn mixed_capture_flows() {
    let r = analyse("mixed.pcap", &mixed().pcap(LinkKind::Ethernet));
    assert_eq!(r.device, Some(ip(DEV)));
    assert!(r.device_inferred);
    assert_eq!(r.device_mac.as_deref(), Some("02:00:c0:a8:01:32"));
    assert_eq!(r.dns_names, ["api.vendor.example", "www.vendor.example"]);
    assert!(r.complete && r.notes.is_empty(), "{:?}", r.notes);

    let tls = flow(&r, Protocol::Tls);
    assert_eq!(tls.tls_version, Some(TlsVersion::Tls13));
    assert_eq!(tls.tls_version_source, Some(TlsVersionSource::ServerHello));
    assert_eq!(tls.tls_offered, [TlsVersion::Tls13, TlsVersion::Tls12]);
    assert_eq!(tls.cipher.as_deref(), Some("TLS_AES_128_GCM_SHA256"));
    assert_eq!(tls.sni.as_deref(), Some("api.vendor.example"));
    assert_eq!(tls.dns_name.as_deref(), Some("api.vendor.example"));
    assert!(!tls.cleartext && tls.sample.is_none());

    let http = flow(&r, Protocol::Http);
    // Resolved through the CNAME to the name asked for.
    assert_eq!(http.dns_name.as_deref(), Some("www.vendor.example"));
    assert_eq!(http.host.as_deref(), Some("www.vendor.example"));
    assert_eq!(
        http.request.as_deref(),
        Some("GET /fw?token=[redacted]&v=2")
    );
    assert_eq!(http.authorization, Some(true));
    assert_eq!(http.status, Some(200));
    let sample = http.sample.as_deref().expect("test input");
    assert!(
        sample
            .starts_with("GET /fw?token=[redacted]&v=2 HTTP/1.1..Host: www.vendor.example..Author"),
        "{sample}"
    );
    let json = serde_json::to_string(&r).expect("test input");
    assert!(
        !json.contains("s3cret") && !json.contains("abc.def") && !json.contains("admin"),
        "{json}"
    );

    let ntp = flow(&r, Protocol::Ntp);
    assert!(!ntp.answered && ntp.cleartext);
    assert_eq!(ntp.sample.as_deref(), Some("NTP v4 client"));

    let telnet = flow(&r, Protocol::Telnet);
    assert_eq!(telnet.direction, Direction::Inbound);
    assert_eq!(telnet.port, 23);
    assert_eq!(telnet.dst, ip("192.168.1.20"));
    assert_eq!(telnet.source_ports.low, 51000);
    assert_eq!(telnet.sample.as_deref(), Some("[redacted]"));

    let dns = r
        .flows
        .iter()
        .filter(|f| f.protocol == Protocol::Dns)
        .count();
    assert_eq!(dns, 2);
    for f in &r.flows {
        assert!(f.first_seen.ends_with('Z') && f.first_seen <= f.last_seen);
    }
}

#[test]
fn every_link_type_gives_the_same_flows() {
    let c = mixed();
    let base = essence(&analyse("eth.pcap", &c.pcap(LinkKind::Ethernet)));
    for kind in [LinkKind::Vlan, LinkKind::Sll, LinkKind::Sll2, LinkKind::Raw] {
        let r = analyse("x.pcap", &c.pcap(kind));
        assert_eq!(essence(&r), base, "{kind:?}");
        if kind != LinkKind::Raw {
            assert_eq!(
                r.device_mac.as_deref(),
                Some("02:00:c0:a8:01:32"),
                "{kind:?}"
            );
        }
    }
    // LINKTYPE_IPV4 (228).
    let raw = pcap(228, false, false, &c.frames(LinkKind::Raw));
    assert_eq!(essence(&analyse("v4.pcap", &raw)), base);
}

#[test]
fn pcap_byte_orders_and_precisions() {
    let mut c = mixed();
    // A timestamp with nanoseconds.
    c.packets[0].0 = (c.packets[0].0 / 1_000_000_000 - 1) * 1_000_000_000 + 123_456_789;
    let frames = c.frames(LinkKind::Ethernet);
    let le_nano = analyse("a.pcap", &pcap(1, false, true, &frames));
    assert!(
        le_nano
            .first_seen
            .as_deref()
            .expect("test input")
            .ends_with(".123456789Z"),
        "{:?}",
        le_nano.first_seen
    );
    let be_nano = analyse("a.pcap", &pcap(1, true, true, &frames));
    assert_eq!(le_nano, be_nano);
    let le_micro = analyse("a.pcap", &pcap(1, false, false, &frames));
    let be_micro = analyse("a.pcap", &pcap(1, true, false, &frames));
    assert_eq!(le_micro, be_micro);
    assert!(
        le_micro
            .first_seen
            .as_deref()
            .expect("test input")
            .ends_with(".123456Z")
    );
    assert_eq!(
        essence(&le_micro)["flows"]
            .as_array()
            .expect("test input")
            .len(),
        le_nano.flows.len()
    );
}

#[test]
fn pcapng_interfaces_blocks_and_byte_orders() {
    let c = mixed();
    let n = c.packets.len();
    // Even packets on an Ethernet interface (µs), odd ones on a raw IP
    // interface (ns); the last one as a simple packet block (interface 0);
    // one more on an interface with a link type that is not read.
    let mut frames: Vec<(Option<u32>, u64, Vec<u8>)> = c
        .packets
        .iter()
        .enumerate()
        .map(|(i, (t, p))| {
            if i + 1 == n {
                (None, *t, frame(LinkKind::Ethernet, p))
            } else if i % 2 == 0 {
                (Some(0), *t, frame(LinkKind::Ethernet, p))
            } else {
                (Some(1), *t, frame(LinkKind::Raw, p))
            }
        })
        .collect();
    frames.push((Some(2), c.t + 1_000, vec![1, 2, 3, 4]));
    let interfaces = [(1u16, None), (101u16, Some(9u8)), (147u16, None)];
    let le = analyse("x.pcapng", &pcapng(false, &interfaces, &frames));
    let be = analyse("x.pcapng", &pcapng(true, &interfaces, &frames));
    assert_eq!(le, be);
    assert_eq!(le.format, CaptureFormat::Pcapng);
    assert_eq!(le.packets as usize, n + 1);
    assert!(
        le.notes
            .iter()
            .any(|n| n.contains("1 packet with link type 147 (user-defined) skipped")),
        "{:?}",
        le.notes
    );
    let reference = analyse("x.pcap", &c.pcap(LinkKind::Ethernet));
    // The simple packet block has no timestamp: only times differ.
    let strip = |r: &CaptureReport| {
        let mut v = essence(r);
        for f in v["flows"].as_array_mut().expect("test input") {
            let o = f.as_object_mut().expect("test input");
            o.remove("first_seen");
            o.remove("last_seen");
        }
        let o = v.as_object_mut().expect("test input");
        o.remove("notes");
        o.remove("packets");
        o.remove("first_seen");
        o.remove("last_seen");
        v
    };
    assert_eq!(strip(&le), strip(&reference));
    assert_eq!(le.flows[0].first_seen, reference.flows[0].first_seen);
}

#[test]
fn packets_naming_an_undefined_interface_are_skipped() {
    let c = mixed();
    let frames: Vec<(Option<u32>, u64, Vec<u8>)> = c
        .frames(LinkKind::Ethernet)
        .into_iter()
        .map(|(t, f)| (Some(3), t, f))
        .collect();
    let r = analyse("x.pcapng", &pcapng(false, &[(1, None)], &frames));
    assert_eq!(r.packets as usize, frames.len());
    assert!(r.flows.is_empty());
    assert!(
        r.notes
            .iter()
            .any(|n| n.contains("no interface description block defines")),
        "{:?}",
        r.notes
    );
}

#[test]
fn ipv6_with_extension_headers() {
    let dev = ip("fd00::50");
    let res = ip("fd00::1");
    let server = ip("2001:db8::10");
    let mut c = Capture::new();
    let port = c.port();
    c.push(with_hop_by_hop(ip_udp(
        dev,
        res,
        port,
        53,
        &dns_query(7, "v6.vendor.example"),
    )));
    c.push(ip_udp(
        res,
        dev,
        53,
        port,
        &dns_response(
            7,
            "v6.vendor.example",
            &[],
            &[("v6.vendor.example", server)],
        ),
    ));
    let p = c.port();
    c.tcp(
        dev,
        p,
        server,
        443,
        &[(
            true,
            &client_hello(0x0303, Some("v6.vendor.example"), &[0x0304], 0),
        )],
    );
    let r = analyse("v6.pcap", &c.pcap(LinkKind::Ethernet));
    assert_eq!(r.device, Some(dev));
    assert_eq!(r.dns_names, ["v6.vendor.example"]);
    let tls = flow(&r, Protocol::Tls);
    assert_eq!(tls.dst, server);
    assert_eq!(tls.dns_name.as_deref(), Some("v6.vendor.example"));
    assert!(!tls.local);
    let dns = flow(&r, Protocol::Dns);
    assert!(dns.local);
    assert_eq!(dns.query.as_deref(), Some("v6.vendor.example"));
    // LINKTYPE_IPV6 (229).
    let raw = analyse(
        "v6.pcap",
        &pcap(229, false, false, &c.frames(LinkKind::Raw)),
    );
    assert_eq!(raw.flows.len(), r.flows.len());
}

#[test]
fn tls_hello_split_retransmitted_and_legacy() {
    let dev = ip(DEV);
    let server = ip("203.0.113.30");
    let hello = client_hello(0x0301, Some("old.vendor.example"), &[], 3000);
    let mut c = Capture::new();
    let cp = 41000;
    c.push(ip_tcp(dev, server, cp, 443, 100, 0, "S", b""));
    c.push(ip_tcp(server, dev, 443, cp, 900, 101, "SA", b""));
    let (a, b) = hello.split_at(1400);
    let (b, d) = b.split_at(1000);
    c.push(ip_tcp(dev, server, cp, 443, 101, 901, "PA", a));
    c.push(ip_tcp(dev, server, cp, 443, 101, 901, "PA", a)); // retransmission
    c.push(ip_tcp(dev, server, cp, 443, 101 + 1400, 901, "PA", b));
    // Overlapping retransmission of the end of `b` with `d`.
    let mut bd = b[900..].to_vec();
    bd.extend(d);
    c.push(ip_tcp(
        dev,
        server,
        cp,
        443,
        101 + 1400 + 900,
        901,
        "PA",
        &bd,
    ));
    c.push(ip_tcp(
        server,
        dev,
        443,
        cp,
        901,
        101 + hello.len() as u32,
        "PA",
        &server_hello(0x0301, 0xc02f, None),
    ));
    let r = analyse("t.pcap", &c.pcap(LinkKind::Ethernet));
    let tls = flow(&r, Protocol::Tls);
    assert_eq!(tls.sni.as_deref(), Some("old.vendor.example"));
    assert_eq!(tls.tls_offered, [TlsVersion::Tls10]);
    assert_eq!(tls.tls_version, Some(TlsVersion::Tls10));
    assert_eq!(tls.tls_version_source, Some(TlsVersionSource::ServerHello));
    assert_eq!(
        tls.cipher.as_deref(),
        Some("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
    );
    assert!(tls.dns_name.is_none());

    // A gap (a lost segment) stops the reading: the protocol is still
    // known from the record header, the details are not.
    let mut c = Capture::new();
    c.push(ip_tcp(dev, server, cp, 443, 100, 0, "S", b""));
    c.push(ip_tcp(dev, server, cp, 443, 101, 0, "PA", a));
    c.push(ip_tcp(dev, server, cp, 443, 101 + 1400 + 1000, 0, "PA", d));
    let r = analyse("gap.pcap", &c.pcap(LinkKind::Ethernet));
    let tls = flow(&r, Protocol::Tls);
    assert!(tls.sni.is_none() && tls.tls_version.is_none());
    assert!(!tls.answered);
}

#[test]
fn credentials_are_redacted() {
    let dev = ip(DEV);
    let broker = ip("203.0.113.12");
    let ftp = ip("203.0.113.21");
    let mut c = Capture::new();
    let mut connect =
        b"\x00\x04MQTT\x04\xc2\x00\x3c\x00\x06cam-01\x00\x05admin\x00\x06hunter".to_vec();
    connect.insert(0, connect.len() as u8);
    connect.insert(0, 0x10);
    let p = c.port();
    c.tcp(dev, p, broker, 1883, &[(true, &connect)]);
    let p = c.port();
    c.tcp(
        dev,
        p,
        ftp,
        21,
        &[
            (false, b"220 FTP server ready\r\n"),
            (true, b"USER admin\r\n"),
            (false, b"331 Password required\r\n"),
            (true, b"PASS hunter\r\n"),
        ],
    );
    let p = c.port();
    c.tcp(dev, p, ip("203.0.113.22"), 8080, &[(true, b"POST /api HTTP/1.1\r\nHost: x.example\r\nCookie: sid=hunter\r\n\r\n{\"password\":\"hunter\"}")]);
    let r = analyse("creds.pcap", &c.pcap(LinkKind::Ethernet));
    let json = serde_json::to_string(&r).expect("test input");
    assert!(
        !json.contains("hunter") && !json.contains("admin"),
        "{json}"
    );
    assert_eq!(
        flow(&r, Protocol::Mqtt).sample.as_deref(),
        Some("MQTT CONNECT v3.1.1 client_id=cam-01 username=[redacted] password=[redacted]")
    );
    assert_eq!(
        flow(&r, Protocol::Ftp).sample.as_deref(),
        Some("USER [redacted]..PASS [redacted]..")
    );
    let http = flow(&r, Protocol::Http);
    assert_eq!(http.port, 8080);
    assert!(
        http.sample
            .as_deref()
            .expect("test input")
            .contains("Cookie: [redacted]"),
        "{:?}",
        http.sample
    );
    assert_eq!(http.authorization, Some(false));
}

#[test]
fn datagram_and_other_protocols() {
    let dev = ip(DEV);
    let mut c = Capture::new();
    // mDNS query to the multicast group.
    c.push(ip_udp(
        dev,
        ip("224.0.0.251"),
        5353,
        5353,
        &dns_query(0, "_hap._tcp.local"),
    ));
    // SSDP search.
    c.push(ip_udp(
        dev,
        ip("239.255.255.250"),
        50000,
        1900,
        b"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n\r\n",
    ));
    // DHCP discover.
    let mut dhcp = vec![0u8; 300];
    dhcp[0] = 1;
    dhcp[236..240].copy_from_slice(&[0x63, 0x82, 0x53, 0x63]);
    c.push(ip_udp(ip("0.0.0.0"), ip("255.255.255.255"), 68, 67, &dhcp));
    // CoAP GET.
    c.push(ip_udp(
        dev,
        ip("203.0.113.40"),
        40100,
        5683,
        &[0x40, 0x01, 0x12, 0x34, 0xb4, b't', b'e', b'm', b'p'],
    ));
    // SSH, RTSP, and an unknown text protocol on an odd port.
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.41"),
        2222,
        &[
            (false, b"SSH-2.0-OpenSSH_9.6\r\n"),
            (true, b"SSH-2.0-dropbear\r\n"),
        ],
    );
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.42"),
        554,
        &[
            (
                true,
                b"DESCRIBE rtsp://203.0.113.42/live RTSP/1.0\r\nCSeq: 1\r\n\r\n",
            ),
            (false, b"RTSP/1.0 401 Unauthorized\r\nCSeq: 1\r\n\r\n"),
        ],
    );
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.43"),
        9000,
        &[(
            true,
            b"{\"temp\": 21.5, \"device\": \"sensor-1\", \"key\": \"k1\"}\n",
        )],
    );
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.44"),
        9001,
        &[(
            true,
            &[
                0u8, 1, 2, 3, 200, 201, 202, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
            ],
        )],
    );
    let r = analyze_capture(
        "d.pcap",
        &c.pcap(LinkKind::Ethernet)[..],
        &CaptureOptions {
            device: Some(DeviceHint::Ip(dev)),
            ..CaptureOptions::default()
        },
    )
    .expect("test input");
    let mdns = flow(&r, Protocol::Mdns);
    assert_eq!(
        (mdns.query.as_deref(), mdns.local),
        (Some("_hap._tcp.local"), true)
    );
    assert!(
        r.dns_names.is_empty(),
        "mDNS names are not DNS lookups: {:?}",
        r.dns_names
    );
    assert!(
        flow(&r, Protocol::Ssdp)
            .sample
            .as_deref()
            .expect("test input")
            .starts_with("M-SEARCH * HTTP/1.1")
    );
    assert_eq!(
        flow(&r, Protocol::Coap).sample.as_deref(),
        Some("CoAP GET /temp")
    );
    let ssh = flow(&r, Protocol::Ssh);
    assert!(!ssh.cleartext && ssh.sample.is_none());
    let rtsp = flow(&r, Protocol::Rtsp);
    assert_eq!(
        (rtsp.status, rtsp.request.as_deref()),
        (Some(401), Some("DESCRIBE rtsp://203.0.113.42/live"))
    );
    let unknown: Vec<&Flow> = r
        .flows
        .iter()
        .filter(|f| f.protocol == Protocol::Unknown)
        .collect();
    assert_eq!(unknown.len(), 2);
    let text = unknown.iter().find(|f| f.port == 9000).expect("test input");
    assert!(text.cleartext);
    assert_eq!(
        text.sample.as_deref(),
        Some("{\"temp\": 21.5, \"device\": \"sensor-1\", \"key\": \"[redacted]\"}.")
    );
    let binary = unknown.iter().find(|f| f.port == 9001).expect("test input");
    assert!(!binary.cleartext && binary.sample.is_none());
    // DHCP from 0.0.0.0 is not the device's.
    assert!(r.flows.iter().all(|f| f.protocol != Protocol::Dhcp));
}

#[test]
fn connections_with_the_same_properties_merge() {
    let dev = ip(DEV);
    let mut c = Capture::new();
    let mut ntp = vec![0u8; 48];
    ntp[0] = 0x23;
    for port in [40001, 40002, 40003] {
        c.push(ip_udp(dev, ip("192.0.2.123"), port, 123, &ntp));
        c.push(ip_udp(ip("192.0.2.123"), dev, 123, port, &ntp));
    }
    // The same 5-tuple reused after a close: two connections.
    for _ in 0..2 {
        c.tcp(
            dev,
            45000,
            ip("203.0.113.50"),
            443,
            &[(true, &client_hello(0x0303, Some("a.example"), &[0x0304], 0))],
        );
    }
    let r = analyse("m.pcap", &c.pcap(LinkKind::Ethernet));
    let ntp = flow(&r, Protocol::Ntp);
    assert_eq!((ntp.connections, ntp.packets), (3, 6));
    assert_eq!(
        (ntp.source_ports.low, ntp.source_ports.high),
        (40001, 40003)
    );
    let tls = flow(&r, Protocol::Tls);
    assert_eq!((tls.connections, tls.packets), (2, 14));
    assert_eq!(r.flows.len(), 2);
}

#[test]
fn direction_without_the_opening_packet() {
    // The capture starts after the query and after the SYN.
    let dev = ip(DEV);
    let mut c = Capture::new();
    c.push(ip_udp(
        ip(RESOLVER),
        dev,
        53,
        40001,
        &dns_response(
            1,
            "late.example",
            &[],
            &[("late.example", ip("203.0.113.60"))],
        ),
    ));
    c.push(ip_tcp(ip("203.0.113.60"), dev, 443, 50123, 1, 1, "A", b""));
    c.push(ip_tcp(
        dev,
        ip("203.0.113.60"),
        50123,
        443,
        1,
        1,
        "PA",
        b"\x17\x03\x03\x00\x01x",
    ));
    let r = analyze_capture(
        "l.pcap",
        &c.pcap(LinkKind::Ethernet)[..],
        &CaptureOptions {
            device: Some(DeviceHint::Ip(dev)),
            ..CaptureOptions::default()
        },
    )
    .expect("test input");
    let dns = flow(&r, Protocol::Dns);
    assert_eq!((dns.direction, dns.port), (Direction::Outbound, 53));
    let tls = flow(&r, Protocol::Tls);
    assert_eq!((tls.direction, tls.port), (Direction::Outbound, 443));
    assert_eq!(tls.dns_name.as_deref(), Some("late.example"));
}

#[test]
fn device_hints_and_inference() {
    let a = ip("192.168.1.50");
    let b = ip("192.168.1.60");
    let a6 = ip("fe80::50");
    let mut c = Capture::new();
    for i in 0..3 {
        c.lookup(a, ip(RESOLVER), &format!("a{i}.example"), &[], &[]);
    }
    c.lookup(b, ip(RESOLVER), "b.example", &[], &[]);
    let frames_a6 = {
        // The same host over IPv6 link-local, with A's MAC.
        let p = ip_udp(a6, ip("ff02::fb"), 5353, 5353, &dns_query(0, "x.local"));
        let mut f = frame(LinkKind::Ethernet, &p);
        f[6..12].copy_from_slice(&mac_of(a));
        f
    };
    let mut frames = c.frames(LinkKind::Ethernet);
    frames.push((c.t + 1, frames_a6));
    let bytes = pcap(1, false, false, &frames);

    let r = analyse("h.pcap", &bytes);
    assert_eq!(r.device, Some(a));
    assert!(r.device_inferred);
    assert!(
        r.device_reason
            .contains("192.168.1.50 was inferred as the device"),
        "{}",
        r.device_reason
    );
    assert!(
        r.device_reason.contains("next: 192.168.1.60"),
        "{}",
        r.device_reason
    );
    assert!(
        r.device_reason.contains("fe80::50 (same MAC address)"),
        "{}",
        r.device_reason
    );
    assert_eq!(r.device_addresses, [a, a6]);
    assert_eq!(r.dns_names.len(), 3);
    assert!(r.flows.iter().any(|f| f.protocol == Protocol::Mdns));

    let with = |hint: &str| {
        let options = CaptureOptions {
            device: Some(hint.parse().expect("test input")),
            ..CaptureOptions::default()
        };
        analyze_capture("h.pcap", &bytes[..], &options).expect("test input")
    };
    let rb = with("192.168.1.60");
    assert_eq!((rb.device, rb.device_inferred), (Some(b), false));
    assert_eq!(rb.dns_names, ["b.example"]);
    assert!(
        rb.notes
            .iter()
            .any(|n| n.contains("connections between other hosts were left out")),
        "{:?}",
        rb.notes
    );

    let rm = with("02:00:c0:a8:01:32");
    assert_eq!(rm.device, Some(a));
    assert_eq!(rm.device_addresses, [a, a6]);
    assert!(!rm.device_inferred);
    assert!(
        rm.device_reason
            .contains("02:00:c0:a8:01:32 was given as the device"),
        "{}",
        rm.device_reason
    );

    let none = with("10.9.9.9");
    assert!(none.flows.is_empty() && none.dns_names.is_empty());
    assert!(
        none.device_reason.contains("no TCP or UDP traffic of it"),
        "{}",
        none.device_reason
    );
    let none = with("aa:bb:cc:dd:ee:ff");
    assert_eq!(none.device, None);
    assert!(
        none.device_reason.contains("no IP traffic from it"),
        "{}",
        none.device_reason
    );

    assert!("not-an-address".parse::<DeviceHint>().is_err());
    assert_eq!(
        "AA:BB:CC:DD:EE:FF"
            .parse::<DeviceHint>()
            .expect("test input")
            .to_string(),
        "aa:bb:cc:dd:ee:ff"
    );
}

#[test]
fn snapshot_length_and_non_ip_notes() {
    let dev = ip(DEV);
    let mut c = Capture::new();
    let p = c.port();
    c.tcp(
        dev,
        p,
        ip("203.0.113.70"),
        80,
        &[(true, b"GET /a HTTP/1.1\r\nHost: snap.example\r\n\r\n")],
    );
    let mut bytes = pcap(1, false, false, &c.frames(LinkKind::Ethernet));
    // Mark every record as longer on the wire than captured.
    let mut off = 24;
    while off + 16 <= bytes.len() {
        let caplen = u32::from_le_bytes(bytes[off + 8..off + 12].try_into().expect("test input"));
        bytes[off + 12..off + 16].copy_from_slice(&(caplen + 100).to_le_bytes());
        off += 16 + caplen as usize;
    }
    // An ARP frame and a runt.
    let mut arp = vec![0xff; 6];
    arp.extend(mac_of(dev));
    arp.extend([0x08, 0x06]);
    arp.extend([0u8; 28]);
    let extra = pcap(1, false, false, &[(c.t + 1, arp), (c.t + 2, vec![1, 2, 3])]);
    bytes.extend(&extra[24..]);
    let r = analyse("s.pcap", &bytes);
    assert_eq!(
        flow(&r, Protocol::Http).host.as_deref(),
        Some("snap.example")
    );
    let notes = r.notes.join("\n");
    assert!(
        notes.contains("packets were shorter than on the wire"),
        "{notes}"
    );
    assert!(notes.contains("1 frame was not IP"), "{notes}");
    assert!(
        notes.contains("1 frame was too short or corrupt"),
        "{notes}"
    );
}

#[test]
fn a_block_larger_than_the_buffer_is_read() {
    let dev = ip(DEV);
    let mut c = Capture::new();
    c.lookup(dev, ip(RESOLVER), "big.example", &[], &[]);
    let mut frames = c.frames(LinkKind::Ethernet);
    // A 3 MiB frame of an unknown EtherType.
    let mut big = vec![0u8; 3 << 20];
    big[12] = 0x88;
    big[13] = 0xb5;
    frames.insert(1, (c.t, big));
    let r = analyse("big.pcap", &pcap(1, false, false, &frames));
    assert!(r.complete, "{:?}", r.notes);
    assert_eq!(r.packets, 3);
    assert_eq!(r.dns_names, ["big.example"]);
}

#[test]
fn corrupt_and_truncated_files_give_partial_results() {
    let c = mixed();
    let bytes = c.pcap(LinkKind::Ethernet);
    let first_len = 16 + c.frames(LinkKind::Ethernet)[0].1.len();
    // A record claiming 2 GiB right after the first packet.
    let mut corrupt = bytes[..24 + first_len].to_vec();
    corrupt.extend([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80, 0, 0, 0, 0x80]);
    corrupt.extend([0u8; 64]);
    let r = analyse("c.pcap", &corrupt);
    assert!(!r.complete);
    assert_eq!(r.packets, 1);
    let note = r.notes.last().expect("test input");
    assert!(
        note.contains(&format!("byte offset {}", 24 + first_len)) && note.contains("packet 2"),
        "{note}"
    );

    // Cut in the middle of a record.
    for cut in [bytes.len() - 1, 24 + first_len + 3, 30] {
        let r = analyse("t.pcap", &bytes[..cut]);
        assert!(!r.complete);
        assert!(
            r.notes.last().expect("test input").contains("truncated"),
            "{:?}",
            r.notes
        );
    }

    // pcapng: a block whose trailing length disagrees.
    let frames: Vec<_> = c
        .frames(LinkKind::Ethernet)
        .into_iter()
        .map(|(t, f)| (Some(0), t, f))
        .collect();
    let mut ng = pcapng(false, &[(1, None)], &frames);
    let shb_idb = 28 + 20;
    let first_block =
        u32::from_le_bytes(ng[shb_idb + 4..shb_idb + 8].try_into().expect("test input")) as usize;
    let second = shb_idb + first_block;
    let second_len =
        u32::from_le_bytes(ng[second + 4..second + 8].try_into().expect("test input")) as usize;
    ng[second + second_len - 1] ^= 0x55;
    let r = analyse("c.pcapng", &ng);
    assert!(!r.complete);
    assert_eq!(r.packets, 1);
    let note = r.notes.last().expect("test input");
    assert!(
        note.contains(&format!("corrupt at byte offset {second} (packet 2)")),
        "{note}"
    );
}

#[test]
fn unreadable_inputs_are_errors() {
    let opts = CaptureOptions::default();
    let err = |bytes: &[u8]| analyze_capture("f.cap", bytes, &opts).expect_err("an error");
    assert!(matches!(err(b""), CaptureError::Empty { .. }));
    assert!(matches!(err(b"ab"), CaptureError::NotACapture { .. }));
    let e = err(b"GIF89a\x01\x00\x01\x00\x00\xff\x00,");
    assert!(e.to_string().contains("found 47494638"), "{e}");

    let header = pcap(1, false, false, &[]);
    let e = err(&header[..10]);
    assert!(
        matches!(
            &e,
            CaptureError::BadHeader {
                format: CaptureFormat::Pcap,
                offset: 10,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .contains("a 24-byte file header, but the file has only 10 bytes"),
        "{e}"
    );
    let mut v3 = header.clone();
    v3[4] = 3;
    let e = err(&v3);
    assert!(
        matches!(&e, CaptureError::BadHeader { offset: 4, .. }),
        "{e:?}"
    );

    let ng = pcapng(false, &[(1, None)], &[]);
    let mut bom = ng.clone();
    bom[8] = 0;
    let e = err(&bom);
    assert!(
        matches!(
            &e,
            CaptureError::BadHeader {
                format: CaptureFormat::Pcapng,
                offset: 8,
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("byte-order magic"), "{e}");
    let mut len = ng.clone();
    len[4] = 13;
    let e = err(&len);
    assert!(
        matches!(&e, CaptureError::BadHeader { offset: 4, .. }),
        "{e:?}"
    );
    let e = err(&ng[..20]);
    assert!(
        matches!(&e, CaptureError::BadHeader { offset: 20, .. }),
        "{e:?}"
    );
    let mut version = ng.clone();
    version[12] = 2;
    assert!(matches!(
        err(&version),
        CaptureError::BadHeader { offset: 12, .. }
    ));

    // A header alone is a valid, empty capture.
    let r = analyse("h.pcap", &header);
    assert_eq!((r.packets, r.flows.len(), r.complete), (0, 0, true));
    assert_eq!(r.device, None);
}

/// Fails after `ok` bytes.
struct Failing {
    data: Vec<u8>,
    pos: usize,
    ok: usize,
}

impl Read for Failing {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.pos >= self.ok {
            return Err(io::Error::other("disk on fire"));
        }
        let n = buf
            .len()
            .min(self.ok - self.pos)
            .min(self.data.len() - self.pos);
        buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

#[test]
fn read_errors() {
    let mut c = mixed();
    // Enough packets to pass the first 64 KiB.
    for i in 0..400u16 {
        c.push(ip_udp(
            ip(DEV),
            ip("192.0.2.9"),
            30000 + i,
            9999,
            &[0u8; 300],
        ));
    }
    let data = c.pcap(LinkKind::Ethernet);
    assert!(data.len() > 100_000);
    let r = analyze_capture(
        "f.pcap",
        Failing {
            data: data.clone(),
            pos: 0,
            ok: 90_000,
        },
        &CaptureOptions::default(),
    )
    .expect("test input");
    assert!(!r.complete);
    let note = r.notes.last().expect("test input");
    assert!(
        note.contains("reading stopped at byte offset") && note.contains("disk on fire"),
        "{note}"
    );
    let e = analyze_capture(
        "f.pcap",
        Failing {
            data,
            pos: 0,
            ok: 100,
        },
        &CaptureOptions::default(),
    )
    .expect_err("an error");
    assert!(matches!(e, CaptureError::Io { .. }));
    assert!(
        e.to_string().contains("f.pcap: cannot read: disk on fire"),
        "{e}"
    );
}

#[test]
fn idle_connections_are_reported_and_forgotten() {
    // Many short UDP conversations over ten minutes of capture time: all
    // reported, merged by properties.
    let dev = ip(DEV);
    let mut c = Capture::new();
    let mut ntp = vec![0u8; 48];
    ntp[0] = 0x23;
    for i in 0..70_000u32 {
        c.t += 10_000_000; // 10 ms
        let port = 20000 + (i % 40000) as u16;
        c.packets
            .push((c.t, ip_udp(dev, ip("192.0.2.123"), port, 123, &ntp)));
    }
    let r = analyse("idle.pcap", &c.pcap(LinkKind::Raw));
    assert_eq!(r.flows.len(), 1);
    assert!(
        r.flows[0].connections >= 40_000,
        "{}",
        r.flows[0].connections
    );
    assert_eq!(r.flows[0].packets, 70_000);
    assert_eq!(r.flows[0].transport, Transport::Udp);
}

#[test]
fn report_json_field_names() {
    let r = analyse("mixed.pcap", &mixed().pcap(LinkKind::Ethernet));
    let v = serde_json::to_value(&r).expect("test input");
    for key in [
        "device",
        "device_inferred",
        "packets",
        "bytes",
        "dns_names",
        "flows",
        "notes",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    assert_eq!(v["device"], DEV);
    let tls = v["flows"]
        .as_array()
        .expect("test input")
        .iter()
        .find(|f| f["protocol"] == "tls")
        .expect("test input");
    for key in [
        "dst",
        "dns_name",
        "port",
        "transport",
        "protocol",
        "direction",
        "cleartext",
        "tls_version",
        "sni",
        "packets",
        "bytes",
        "first_seen",
        "last_seen",
        "local",
        "tls_offered",
        "cipher",
    ] {
        assert!(tls.get(key).is_some(), "{key} in {tls}");
    }
    assert_eq!(tls["tls_version"], "1.3");
    assert_eq!(tls["direction"], "outbound");
    assert_eq!(tls["transport"], "tcp");
    let _: IpAddr = tls["dst"]
        .as_str()
        .expect("test input")
        .parse()
        .expect("test input");
}
