//! A connected device's network behaviour, from a packet capture and its
//! MUD file.
//!
//! Three parts, each plain data in and plain data out:
//!
//! - [`capture`]: [`analyze_capture`] streams a pcap or pcapng capture
//!   (`pcap-parser`, `etherparse`) and reports the device's flows: remote
//!   address and the DNS name it came from, port, transport, protocol
//!   (DNS, NTP, mDNS, SSDP, DHCP, HTTP, RTSP, MQTT, TLS, SSH, telnet, FTP,
//!   CoAP), direction, TLS versions, SNI and cipher (`tls-parser`), HTTP
//!   host, DNS queries (`simple-dns`), and whether application data went in
//!   cleartext, with a short sample whose credentials are redacted. The
//!   device is given ([`DeviceHint`]) or inferred, and the report says which
//!   and why. Memory stays bounded by the connections open at once, not the
//!   capture's size.
//! - [`mud`]: [`parse_mud`] validates a MUD file (RFC 8520, with RFC 8519
//!   access lists), reporting every problem with its JSON pointer, and
//!   returns the device's declared behaviour as [`MudRule`]s.
//! - [`findings`]: [`check`] turns a report (and a MUD profile, and a
//!   [`TrackerList`]) into [`NetFinding`]s: cleartext to the internet, TLS
//!   below 1.2, inbound services, MUD violations, unused MUD rules, MUD
//!   obeyed, contact with trackers.
//!
//! # What this crate does not do
//!
//! - It never decides. Findings are facts ("TLS 1.0 was negotiated with X");
//!   the assessment engine turns facts into verdicts.
//! - It reads no files, network or clock: callers hand in readers and
//!   bytes. The same inputs give the same output.
//! - It does not reassemble TCP streams beyond the first kilobytes of each
//!   direction, reassemble IP fragments, decrypt TLS, or follow QUIC.
//! - It never panics on untrusted input: captures and MUD files are
//!   attacker-controlled, and every read is checked.
//!
//! # Example
//!
//! ```
//! use iotmark_net::{CaptureOptions, TrackerList, analyze_capture, check, parse_mud};
//!
//! let mud = parse_mud("m.json", br#"{"ietf-mud:mud": {"mud-version": "one"}}"#).unwrap_err();
//! assert_eq!(mud.problems[0].path, "/ietf-mud:mud/mud-version");
//!
//! // A pcap file header (little-endian, Ethernet) and no packets.
//! let mut pcap = vec![0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0];
//! pcap.extend([0; 8]);
//! pcap.extend(65535u32.to_le_bytes());
//! pcap.extend(1u32.to_le_bytes());
//! let report = analyze_capture("empty.pcap", &pcap[..], &CaptureOptions::default()).unwrap();
//! assert_eq!(report.packets, 0);
//! assert!(check(&report, None, &TrackerList::builtin()).is_empty());
//! ```

pub mod addr;
pub mod capture;
pub mod findings;
pub mod mud;
pub mod trackers;

pub use capture::{
    CaptureError, CaptureFormat, CaptureOptions, CaptureReport, DeviceHint, Direction, Flow,
    PortSpan, Protocol, TlsVersion, TlsVersionSource, Transport, analyze_capture,
};
pub use findings::{NetFinding, check};
pub use mud::{
    Action, Endpoint, MudErrors, MudProblem, MudProfile, MudRule, PolicyDirection, PortMatch,
    RuleTransport, parse_mud,
};
pub use trackers::{TrackerList, TrackerListError};
