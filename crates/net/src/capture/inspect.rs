//! The first bytes of a connection: which protocol, and what it says
//! (TLS hellos with tls-parser, DNS with simple-dns, and the request lines
//! and headers of the text protocols), with credentials redacted.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use simple_dns::rdata::RData;
use tls_parser::{
    TlsExtension, TlsMessage, TlsMessageHandshake, parse_tls_client_hello_extensions,
    parse_tls_message_handshake, parse_tls_server_hello_extensions,
};

use super::decode::TcpFlags;
use super::{Protocol, TlsVersion, Transport};

/// Longest sample kept, in characters.
pub(crate) const SAMPLE_CHARS: usize = 80;

/// UDP datagrams looked at per direction before giving up on a protocol.
const UDP_DATAGRAMS: u8 = 4;

/// TCP segments with payload looked at per direction.
const TCP_SEGMENTS: u16 = 16;

/// What the first bytes showed; boxed in the connection, so that
/// connections that show nothing cost nothing.
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash)]
pub(crate) struct AppInfo {
    pub sni: Option<String>,
    pub tls_offered: Vec<TlsVersion>,
    pub tls_negotiated: Option<TlsVersion>,
    pub cipher: Option<String>,
    pub host: Option<String>,
    pub request: Option<String>,
    pub authorization: Option<bool>,
    pub status: Option<u16>,
    pub query: Option<String>,
    pub sample_client: Option<String>,
    pub sample_server: Option<String>,
    /// Undecided protocol whose client data looks like text.
    pub textual: bool,
}

/// Per-direction buffering state (index 0: client to server, 1: server to
/// client).
#[derive(Debug, Default)]
struct DirState {
    buf: Vec<u8>,
    next_seq: Option<u32>,
    /// Nothing more to learn from this direction.
    done: bool,
    /// The protocol's first message in this direction has been read.
    parsed: bool,
    segments: u16,
    datagrams: u8,
}

/// The inspection state of one connection, dropped once it has learnt
/// what it can.
#[derive(Debug, Default)]
pub(crate) struct Inspector {
    dirs: [DirState; 2],
}

/// Result of looking at bytes for a protocol.
enum Sniff {
    Is(Protocol),
    NeedMore,
    No,
}

/// Result of parsing a protocol's first message.
enum Step {
    Done,
    NeedMore,
}

/// What the connection knows so far, updated by the inspector.
pub(crate) struct Learned<'a> {
    pub protocol: &'a mut Option<Protocol>,
    pub app: &'a mut Option<Box<AppInfo>>,
    /// The server's and the client's port.
    pub server_port: u16,
    pub client_port: u16,
}

impl Learned<'_> {
    fn app(&mut self) -> &mut AppInfo {
        self.app.get_or_insert_with(Box::default)
    }
}

impl Inspector {
    /// Feeds one TCP segment. Returns true when inspection is over.
    pub(crate) fn feed_tcp(
        &mut self,
        from_client: bool,
        seq: u32,
        flags: TcpFlags,
        payload: &[u8],
        limit: usize,
        learned: &mut Learned<'_>,
    ) -> bool {
        let d = usize::from(!from_client);
        let dir = &mut self.dirs[d];
        if dir.done {
            return self.finished();
        }
        let data_seq = if flags.syn {
            dir.next_seq = Some(seq.wrapping_add(1));
            seq.wrapping_add(1)
        } else {
            seq
        };
        if payload.is_empty() {
            return self.finished();
        }
        dir.segments = dir.segments.saturating_add(1);
        if append_in_order(dir, data_seq, payload, limit) {
            self.process(d, limit, learned);
        }
        let dir = &self.dirs[d];
        if dir.done || dir.buf.len() >= limit || dir.segments >= TCP_SEGMENTS {
            self.give_up(d, learned);
        }
        self.finished()
    }

    /// Feeds one UDP datagram. Returns true when inspection is over.
    pub(crate) fn feed_udp(
        &mut self,
        from_client: bool,
        payload: &[u8],
        learned: &mut Learned<'_>,
    ) -> bool {
        let d = usize::from(!from_client);
        let dir = &mut self.dirs[d];
        if dir.done || payload.is_empty() {
            return self.finished();
        }
        dir.datagrams = dir.datagrams.saturating_add(1);
        if learned.protocol.is_none()
            && let Some(p) = sniff_datagram(payload, learned.server_port, learned.client_port)
        {
            *learned.protocol = Some(p);
        }
        if let Some(p) = *learned.protocol {
            datagram_details(p, d == 0, payload, learned);
            self.dirs[d].done = true;
            // The other direction adds nothing for datagram protocols once
            // one side has been read, except the reply's existence.
            self.dirs[1 - d].done = true;
        } else if self.dirs[d].datagrams >= UDP_DATAGRAMS {
            self.dirs[d].done = true;
        }
        if learned.protocol.is_none() && d == 0 && looks_textual(payload) {
            let app = learned.app();
            app.textual = true;
            app.sample_client = Some(redact_pairs(&printable(payload)));
        }
        self.finished()
    }

    /// Stops inspecting direction `d` with what it has: a protocol decided
    /// on a partial message keeps its protocol, an undecided one may still
    /// be text.
    fn give_up(&mut self, d: usize, learned: &mut Learned<'_>) {
        let dir = &mut self.dirs[d];
        if dir.done && dir.buf.is_empty() {
            return;
        }
        if learned.protocol.is_none() && d == 0 && looks_textual(&dir.buf) {
            let sample = redact_pairs(&printable(&dir.buf));
            let app = learned.app();
            app.textual = true;
            app.sample_client = Some(sample);
        } else if let Some(p) = *learned.protocol
            && !dir.parsed
            && !dir.buf.is_empty()
        {
            // A message longer than the buffer: a sample is still useful.
            let sample = sample_for(p, d == 0, &dir.buf);
            if let Some(s) = sample {
                let app = learned.app();
                let slot = if d == 0 {
                    &mut app.sample_client
                } else {
                    &mut app.sample_server
                };
                slot.get_or_insert(s);
            }
        }
        let dir = &mut self.dirs[d];
        dir.done = true;
        dir.buf = Vec::new();
    }

    fn finished(&self) -> bool {
        self.dirs[0].done && self.dirs[1].done
    }

    /// Marks both directions done and frees the buffers (the connection
    /// ended, or is being reported).
    pub(crate) fn finish(&mut self, learned: &mut Learned<'_>) {
        self.give_up(0, learned);
        self.give_up(1, learned);
    }

    fn process(&mut self, d: usize, limit: usize, learned: &mut Learned<'_>) {
        let from_client = d == 0;
        if learned.protocol.is_none() {
            match sniff_stream(&self.dirs[d].buf, from_client, learned.server_port) {
                Sniff::Is(p) => *learned.protocol = Some(p),
                Sniff::NeedMore => return,
                Sniff::No => {
                    // Not recognisable from this direction's start; the
                    // other direction may still tell.
                    self.give_up(d, learned);
                    return;
                }
            }
        }
        let Some(protocol) = *learned.protocol else {
            return;
        };
        let dir = &mut self.dirs[d];
        match stream_details(protocol, from_client, &dir.buf, limit, learned) {
            Step::Done => {
                let dir = &mut self.dirs[d];
                dir.parsed = true;
                dir.done = true;
                dir.buf = Vec::new();
            }
            Step::NeedMore => {}
        }
    }
}

/// Appends `payload` (starting at `seq`) to the direction's buffer if it is
/// the next data in sequence; trims retransmitted bytes; a gap ends the
/// direction. Returns whether anything was appended.
fn append_in_order(dir: &mut DirState, seq: u32, payload: &[u8], limit: usize) -> bool {
    let data = match dir.next_seq {
        None => payload,
        Some(next) => {
            let offset = seq.wrapping_sub(next) as i32;
            if offset == 0 {
                payload
            } else if offset < 0 {
                let skip = offset.unsigned_abs() as usize;
                match payload.get(skip..) {
                    Some(rest) if !rest.is_empty() => rest,
                    _ => return false,
                }
            } else if dir.buf.is_empty() {
                // Data before this was not captured: start here.
                payload
            } else {
                dir.done = true;
                return false;
            }
        }
    };
    let end_seq = seq.wrapping_add(payload.len() as u32);
    dir.next_seq = Some(end_seq);
    let room = limit.saturating_sub(dir.buf.len());
    let take = data.len().min(room);
    if take == 0 {
        return false;
    }
    if dir.buf.capacity() == 0 {
        dir.buf.reserve(take.max(256).min(limit));
    }
    dir.buf.extend_from_slice(&data[..take]);
    true
}

const HTTP_METHODS: &[&[u8]] = &[
    b"GET ",
    b"POST ",
    b"PUT ",
    b"HEAD ",
    b"DELETE ",
    b"OPTIONS ",
    b"PATCH ",
    b"CONNECT ",
    b"TRACE ",
];
const RTSP_METHODS: &[&[u8]] = &[
    b"DESCRIBE ",
    b"SETUP ",
    b"PLAY ",
    b"PAUSE ",
    b"TEARDOWN ",
    b"ANNOUNCE ",
    b"RECORD ",
    b"GET_PARAMETER ",
    b"SET_PARAMETER ",
    b"REDIRECT ",
];

/// Recognises a stream protocol from the start of one direction.
fn sniff_stream(buf: &[u8], from_client: bool, server_port: u16) -> Sniff {
    let Some(&first) = buf.first() else {
        return Sniff::NeedMore;
    };
    // TLS record: handshake (or alert / application data) with version 3.x.
    if (0x14..=0x17).contains(&first) {
        return match (buf.get(1), buf.get(2)) {
            (Some(3), Some(minor)) if *minor <= 4 => Sniff::Is(Protocol::Tls),
            (None, _) | (Some(3), None) => Sniff::NeedMore,
            _ => Sniff::No,
        };
    }
    // SSLv2-framed ClientHello.
    if from_client && first & 0x80 != 0 && buf.len() >= 5 && buf[2] == 1 && buf[3] <= 3 {
        return Sniff::Is(Protocol::Tls);
    }
    if first == 0xff {
        return match buf.get(1) {
            Some(0xfa..=0xfe) => Sniff::Is(Protocol::Telnet),
            None => Sniff::NeedMore,
            _ => Sniff::No,
        };
    }
    if from_client && first == 0x10 {
        return sniff_mqtt_connect(buf);
    }
    if first.is_ascii_alphanumeric() {
        let line_end = buf.iter().position(|&b| b == b'\n');
        let line = match line_end {
            Some(end) => &buf[..end],
            None if buf.len() < 2048 => {
                // No complete first line yet: wait if it can still become
                // one this module knows.
                if buf.starts_with(b"SSH-") {
                    return Sniff::Is(Protocol::Ssh);
                }
                let waiting = starts_with_any(buf, HTTP_METHODS)
                    || starts_with_any(buf, RTSP_METHODS)
                    || buf.starts_with(b"HTTP/")
                    || buf.starts_with(b"RTSP/")
                    || buf.starts_with(b"220")
                    || buf
                        .get(..5)
                        .is_some_and(|p| p.eq_ignore_ascii_case(b"USER "))
                    || could_be_prefix(buf);
                return if waiting { Sniff::NeedMore } else { Sniff::No };
            }
            None => buf,
        };
        if line.starts_with(b"SSH-") {
            return Sniff::Is(Protocol::Ssh);
        }
        if from_client {
            if starts_with_any(line, RTSP_METHODS)
                || (starts_with_any(line, HTTP_METHODS) && trimmed(line).ends_with(b"RTSP/1.0"))
            {
                return Sniff::Is(Protocol::Rtsp);
            }
            if starts_with_any(line, HTTP_METHODS) {
                return Sniff::Is(Protocol::Http);
            }
            if line.len() >= 5
                && (line[..5].eq_ignore_ascii_case(b"USER ")
                    || line[..4].eq_ignore_ascii_case(b"AUTH"))
                && server_port != 25
                && server_port != 587
            {
                return Sniff::Is(Protocol::Ftp);
            }
        } else {
            if line.starts_with(b"HTTP/1.") || line.starts_with(b"HTTP/2") {
                return Sniff::Is(Protocol::Http);
            }
            if line.starts_with(b"RTSP/1.0") {
                return Sniff::Is(Protocol::Rtsp);
            }
            if (line.starts_with(b"220 ") || line.starts_with(b"220-"))
                && (server_port == 21 || contains_ignore_case(line, b"ftp"))
            {
                return Sniff::Is(Protocol::Ftp);
            }
        }
        return Sniff::No;
    }
    Sniff::No
}

/// Whether `buf` could still grow into a recognised first line.
fn could_be_prefix(buf: &[u8]) -> bool {
    let candidates: [&[u8]; 5] = [b"HTTP/", b"RTSP/", b"SSH-", b"USER ", b"220"];
    HTTP_METHODS
        .iter()
        .chain(RTSP_METHODS.iter())
        .chain(candidates.iter())
        .any(|m| m.starts_with(buf))
}

fn starts_with_any(buf: &[u8], prefixes: &[&[u8]]) -> bool {
    prefixes.iter().any(|p| buf.starts_with(p))
}

fn trimmed(line: &[u8]) -> &[u8] {
    let mut end = line.len();
    while end > 0 && line[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    &line[..end]
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// MQTT variable-length "remaining length": (value, bytes used).
fn mqtt_varint(buf: &[u8]) -> Option<Option<(usize, usize)>> {
    let mut value = 0usize;
    for i in 0..4 {
        let Some(&b) = buf.get(i) else {
            return Some(None);
        };
        value |= usize::from(b & 0x7f) << (7 * i);
        if b & 0x80 == 0 {
            return Some(Some((value, i + 1)));
        }
    }
    None
}

fn sniff_mqtt_connect(buf: &[u8]) -> Sniff {
    let Some(rest) = buf.get(1..) else {
        return Sniff::NeedMore;
    };
    let (_, used) = match mqtt_varint(rest) {
        None => return Sniff::No,
        Some(None) => return Sniff::NeedMore,
        Some(Some(v)) => v,
    };
    let body = &rest[used..];
    let want: [&[u8]; 2] = [b"\x00\x04MQTT", b"\x00\x06MQIsdp"];
    for w in want {
        if body.len() >= w.len() {
            if body.starts_with(w) {
                return Sniff::Is(Protocol::Mqtt);
            }
        } else if w.starts_with(body) {
            return Sniff::NeedMore;
        }
    }
    Sniff::No
}

/// Recognises a datagram protocol.
fn sniff_datagram(payload: &[u8], server_port: u16, client_port: u16) -> Option<Protocol> {
    let ports = [server_port, client_port];
    let first = *payload.first()?;
    // DTLS (CoAP over DTLS, …).
    if (0x14..=0x17).contains(&first) && payload.get(1) == Some(&0xfe) {
        return Some(Protocol::Tls);
    }
    if payload.starts_with(b"M-SEARCH * HTTP/1.1") || payload.starts_with(b"NOTIFY * HTTP/1.1") {
        return Some(Protocol::Ssdp);
    }
    if ports.contains(&1900) && payload.starts_with(b"HTTP/1.1 ") {
        return Some(Protocol::Ssdp);
    }
    if payload.len() >= 240
        && (1..=2).contains(&first)
        && payload.get(236..240) == Some(&[0x63, 0x82, 0x53, 0x63][..])
    {
        return Some(Protocol::Dhcp);
    }
    let dns_port = ports.iter().any(|p| matches!(p, 53 | 5353 | 5355));
    if dns_sane(payload) && (dns_port || simple_dns::Packet::parse(payload).is_ok()) {
        return Some(if ports.contains(&5353) {
            Protocol::Mdns
        } else {
            Protocol::Dns
        });
    }
    if payload.len() >= 48 {
        let version = (first >> 3) & 0x07;
        let mode = first & 0x07;
        if (1..=4).contains(&version)
            && (1..=5).contains(&mode)
            && (ports.contains(&123) || payload.len() == 48)
        {
            return Some(Protocol::Ntp);
        }
    }
    if ports.contains(&5683) && first >> 6 == 1 && (first & 0x0f) <= 8 {
        return Some(Protocol::Coap);
    }
    None
}

/// A DNS header that can be parsed cheaply: standard query or response,
/// plausible counts for the payload's size.
pub(crate) fn dns_sane(p: &[u8]) -> bool {
    if p.len() < 12 {
        return false;
    }
    let opcode = (p[2] >> 3) & 0x0f;
    let z = p[3] & 0x40;
    let qd = usize::from(u16::from_be_bytes([p[4], p[5]]));
    let an = usize::from(u16::from_be_bytes([p[6], p[7]]));
    let ns = usize::from(u16::from_be_bytes([p[8], p[9]]));
    let ar = usize::from(u16::from_be_bytes([p[10], p[11]]));
    // A question takes at least 5 bytes, a record at least 11.
    opcode == 0 && z == 0 && qd <= 16 && qd * 5 + (an + ns + ar) * 11 <= p.len() - 12 && qd + an > 0
}

/// What a DNS message says.
#[derive(Debug, Default)]
pub(crate) struct DnsMessage {
    pub response: bool,
    pub question: Option<String>,
    /// Each address answered, with the name asked for (through CNAMEs).
    pub answers: Vec<(IpAddr, String)>,
}

/// Reads a DNS message, or `None` when it is not one.
pub(crate) fn dns_message(payload: &[u8]) -> Option<DnsMessage> {
    if !dns_sane(payload) {
        return None;
    }
    let packet = simple_dns::Packet::parse(payload).ok()?;
    let response = payload[2] & 0x80 != 0;
    let question = packet
        .questions
        .first()
        .map(|q| crate::trackers::normalise_name(&q.qname.to_string()));
    let mut answers = Vec::new();
    if response && !packet.answers.is_empty() {
        // alias <- target
        let mut cnames: Vec<(String, String)> = Vec::new();
        for rr in &packet.answers {
            if let RData::CNAME(c) = &rr.rdata {
                cnames.push((
                    crate::trackers::normalise_name(&rr.name.to_string()),
                    crate::trackers::normalise_name(&c.0.to_string()),
                ));
            }
        }
        for rr in &packet.answers {
            let addr = match &rr.rdata {
                RData::A(a) => IpAddr::V4(Ipv4Addr::from(a.address)),
                RData::AAAA(a) => crate::addr::canonical(IpAddr::V6(Ipv6Addr::from(a.address))),
                _ => continue,
            };
            let mut name = crate::trackers::normalise_name(&rr.name.to_string());
            for _ in 0..16 {
                match cnames.iter().find(|(_, target)| *target == name) {
                    Some((alias, _)) if *alias != name => name = alias.clone(),
                    _ => break,
                }
            }
            answers.push((addr, name));
        }
    }
    Some(DnsMessage {
        response,
        question,
        answers,
    })
}

/// Reads the first message of a stream protocol in one direction.
fn stream_details(
    protocol: Protocol,
    from_client: bool,
    buf: &[u8],
    limit: usize,
    learned: &mut Learned<'_>,
) -> Step {
    match (protocol, from_client) {
        (Protocol::Tls, true) => tls_client_hello(buf, limit, learned),
        (Protocol::Tls, false) => tls_server_hello(buf, limit, learned),
        (Protocol::Http | Protocol::Rtsp, true) => {
            let Some(head_end) = find(buf, b"\r\n\r\n")
                .map(|i| i + 4)
                .or_else(|| find(buf, b"\n\n").map(|i| i + 2))
            else {
                return Step::NeedMore;
            };
            http_request(&buf[..head_end], learned);
            Step::Done
        }
        (Protocol::Http | Protocol::Rtsp, false) => {
            let Some(end) = buf.iter().position(|&b| b == b'\n') else {
                return Step::NeedMore;
            };
            let line = &buf[..end];
            let status = line
                .split(|&b| b == b' ')
                .nth(1)
                .and_then(|s| std::str::from_utf8(s).ok())
                .and_then(|s| s.parse::<u16>().ok());
            let app = learned.app();
            app.status = app.status.or(status);
            app.sample_server.get_or_insert_with(|| printable(line));
            Step::Done
        }
        (Protocol::Mqtt, true) => match mqtt_connect(buf) {
            Some(sample) => {
                learned.app().sample_client.get_or_insert(sample);
                Step::Done
            }
            None => Step::NeedMore,
        },
        (Protocol::Telnet, _) => {
            // Text appears after option negotiation: wait for some.
            let text = strip_telnet(buf);
            if text.iter().any(|b| b.is_ascii_graphic()) {
                let sample = if from_client {
                    "[redacted]".to_owned()
                } else {
                    printable(&text)
                };
                let app = learned.app();
                let slot = if from_client {
                    &mut app.sample_client
                } else {
                    &mut app.sample_server
                };
                slot.get_or_insert(sample);
                Step::Done
            } else {
                Step::NeedMore
            }
        }
        (Protocol::Ftp, _) => {
            // Commands and replies are lines; take what the buffer has once
            // a line is complete, and more lines while they come.
            if !buf.contains(&b'\n') {
                return Step::NeedMore;
            }
            let sample = if from_client {
                redact_ftp(buf)
            } else {
                printable(buf)
            };
            let app = learned.app();
            let slot = if from_client {
                &mut app.sample_client
            } else {
                &mut app.sample_server
            };
            *slot = Some(sample);
            if from_client && buf.len() < limit.min(256) && !contains_ignore_case(buf, b"PASS") {
                Step::NeedMore
            } else {
                Step::Done
            }
        }
        (Protocol::Ssh, _) => Step::Done,
        (_, _) => {
            if let Some(s) = sample_for(protocol, from_client, buf) {
                let app = learned.app();
                let slot = if from_client {
                    &mut app.sample_client
                } else {
                    &mut app.sample_server
                };
                slot.get_or_insert(s);
            }
            Step::Done
        }
    }
}

/// A sample of a partial first message.
fn sample_for(protocol: Protocol, from_client: bool, buf: &[u8]) -> Option<String> {
    if !protocol.is_cleartext() {
        return None;
    }
    Some(match protocol {
        Protocol::Http | Protocol::Rtsp if from_client => redact_http_head(buf),
        Protocol::Telnet if from_client => "[redacted]".to_owned(),
        Protocol::Telnet => printable(&strip_telnet(buf)),
        Protocol::Ftp if from_client => redact_ftp(buf),
        Protocol::Mqtt if from_client => mqtt_connect(buf).unwrap_or_else(|| "MQTT".to_owned()),
        _ => redact_pairs(&printable(buf)),
    })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Where a TLS handshake message of `kind` sits in the buffer: the bytes of
/// the message (type, length, body), or `None` when more is needed, or
/// `Some(Err)` when this is not one.
fn handshake_message(buf: &[u8], kind: u8, limit: usize) -> Option<Result<&[u8], ()>> {
    if buf.len() < 9 {
        return None;
    }
    if buf[0] != 0x16 || buf[5] != kind {
        return Some(Err(()));
    }
    let record_len = usize::from(u16::from_be_bytes([buf[3], buf[4]]));
    let hs_len = (usize::from(buf[6]) << 16) | (usize::from(buf[7]) << 8) | usize::from(buf[8]);
    if hs_len + 4 > record_len {
        // Spread over several records: not followed here.
        return Some(Err(()));
    }
    let total = 9 + hs_len;
    if buf.len() < total {
        if total > limit {
            return Some(Err(()));
        }
        return None;
    }
    Some(Ok(&buf[5..total]))
}

fn is_grease(v: u16) -> bool {
    (v & 0x0f0f) == 0x0a0a && (v >> 8) == (v & 0xff)
}

fn tls_client_hello(buf: &[u8], limit: usize, learned: &mut Learned<'_>) -> Step {
    let msg = match handshake_message(buf, 1, limit) {
        None => return Step::NeedMore,
        Some(Err(())) => return Step::Done,
        Some(Ok(m)) => m,
    };
    let Ok((_, TlsMessage::Handshake(TlsMessageHandshake::ClientHello(ch)))) =
        parse_tls_message_handshake(msg)
    else {
        return Step::Done;
    };
    let mut offered = Vec::new();
    let mut sni = None;
    if let Some(ext) = ch.ext
        && let Ok((_, extensions)) = parse_tls_client_hello_extensions(ext)
    {
        for e in extensions {
            match e {
                TlsExtension::SNI(names) => {
                    if let Some((_, name)) = names.iter().find(|(t, _)| t.0 == 0) {
                        sni = Some(crate::trackers::normalise_name(&String::from_utf8_lossy(
                            name,
                        )));
                    }
                }
                TlsExtension::SupportedVersions(versions) => {
                    for v in versions {
                        if !is_grease(v.0) {
                            offered.push(TlsVersion::from_wire(v.0));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    if offered.is_empty() {
        offered.push(TlsVersion::from_wire(ch.version.0));
    }
    offered.sort();
    offered.dedup();
    offered.reverse();
    let app = learned.app();
    app.tls_offered = offered;
    if sni.is_some() {
        app.sni = sni;
    }
    Step::Done
}

fn tls_server_hello(buf: &[u8], limit: usize, learned: &mut Learned<'_>) -> Step {
    let msg = match handshake_message(buf, 2, limit) {
        None => return Step::NeedMore,
        Some(Err(())) => return Step::Done,
        Some(Ok(m)) => m,
    };
    let Ok((_, TlsMessage::Handshake(hs))) = parse_tls_message_handshake(msg) else {
        return Step::Done;
    };
    let (legacy, cipher, ext) = match hs {
        TlsMessageHandshake::ServerHello(sh) => (sh.version, sh.cipher, sh.ext),
        TlsMessageHandshake::ServerHelloV13Draft18(sh) => (sh.version, sh.cipher, sh.ext),
        _ => return Step::Done,
    };
    let mut version = TlsVersion::from_wire(legacy.0);
    if let Some(ext) = ext
        && let Ok((_, extensions)) = parse_tls_server_hello_extensions(ext)
    {
        for e in extensions {
            if let TlsExtension::SupportedVersions(v) = e
                && let Some(first) = v.first()
            {
                version = TlsVersion::from_wire(first.0);
            }
        }
    }
    let cipher_name = match cipher.get_ciphersuite() {
        Some(c) => c.name.to_owned(),
        None => format!("0x{:04x}", cipher.0),
    };
    let app = learned.app();
    app.tls_negotiated = Some(version);
    app.cipher = Some(cipher_name);
    Step::Done
}

/// Request line and headers of an HTTP / RTSP request.
fn http_request(head: &[u8], learned: &mut Learned<'_>) {
    let text = String::from_utf8_lossy(head);
    let mut lines = text.lines();
    let request_line = lines.next().unwrap_or("");
    let mut host = None;
    let mut authorization = false;
    for line in lines {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim();
        if name.eq_ignore_ascii_case("host") && host.is_none() {
            let value = value.trim();
            // Without a port, and without brackets around IPv6.
            let bare = if let Some(rest) = value.strip_prefix('[') {
                rest.split(']').next().unwrap_or(rest)
            } else {
                match value.rsplit_once(':') {
                    Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
                    _ => value,
                }
            };
            if !bare.is_empty() {
                host = Some(crate::trackers::normalise_name(bare));
            }
        }
        if name.eq_ignore_ascii_case("authorization") {
            authorization = true;
        }
    }
    let mut parts = request_line.split(' ');
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("");
    let request = format!("{method} {}", redact_target(target));
    let sample = redact_http_head(head);
    let app = learned.app();
    if app.host.is_none() {
        app.host = host;
    }
    app.request
        .get_or_insert(truncate_chars(printable(request.as_bytes()), SAMPLE_CHARS));
    app.authorization.get_or_insert(authorization);
    app.sample_client.get_or_insert(sample);
}

/// Keys whose values are credentials.
const SECRET_KEYS: &[&str] = &[
    "password",
    "passwd",
    "pass",
    "pwd",
    "token",
    "access_token",
    "refresh_token",
    "id_token",
    "auth",
    "auth_token",
    "authtoken",
    "api_key",
    "apikey",
    "api-key",
    "key",
    "secret",
    "client_secret",
    "session",
    "sessionid",
    "session_id",
    "sid",
    "signature",
    "sig",
];

fn is_secret_key(key: &str) -> bool {
    let k = key.trim().trim_matches('"').to_ascii_lowercase();
    SECRET_KEYS.contains(&k.as_str())
}

/// Header names whose values are credentials.
fn is_secret_header(name: &str) -> bool {
    let n = name.trim().to_ascii_lowercase();
    matches!(
        n.as_str(),
        "authorization" | "proxy-authorization" | "cookie" | "set-cookie"
    ) || n.contains("token")
        || n.contains("secret")
        || n.contains("password")
        || n.contains("api-key")
        || n.contains("apikey")
        || n.starts_with("x-auth")
}

/// A request target with credential query values and URL user-info
/// redacted.
fn redact_target(target: &str) -> String {
    let mut target = target.to_owned();
    // scheme://user:pass@host/...
    if let Some(scheme_end) = target.find("://") {
        let rest_start = scheme_end + 3;
        let authority_end = target[rest_start..]
            .find(['/', '?', '#'])
            .map_or(target.len(), |i| rest_start + i);
        if let Some(at) = target[rest_start..authority_end].rfind('@') {
            target.replace_range(rest_start..rest_start + at, "[redacted]");
        }
    }
    let Some((path, query)) = target.split_once('?') else {
        return target;
    };
    let redacted: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if is_secret_key(k) => format!("{k}=[redacted]"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{path}?{}", redacted.join("&"))
}

/// The head of an HTTP request as a sample: request line with redacted
/// query, headers with credential values redacted, line breaks as `.`.
fn redact_http_head(head: &[u8]) -> String {
    let text = String::from_utf8_lossy(head);
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let (line, cr) = match line.strip_suffix('\r') {
            Some(l) => (l, true),
            None => (line, false),
        };
        if i == 0 {
            let mut parts = line.splitn(3, ' ');
            let method = parts.next().unwrap_or("");
            let target = parts.next();
            let rest = parts.next();
            out.push_str(method);
            if let Some(t) = target {
                out.push(' ');
                out.push_str(&redact_target(t));
            }
            if let Some(r) = rest {
                out.push(' ');
                out.push_str(r);
            }
        } else if let Some((name, value)) = line.split_once(':')
            && !name.contains(' ')
        {
            out.push_str(name);
            out.push(':');
            if is_secret_header(name) {
                let value = value.trim();
                // Keep the scheme of `Authorization: Basic xxx`.
                match value.split_once(' ') {
                    Some((scheme, _)) if name.to_ascii_lowercase().contains("authorization") => {
                        out.push(' ');
                        out.push_str(scheme);
                        out.push_str(" [redacted]");
                    }
                    _ => out.push_str(" [redacted]"),
                }
            } else {
                out.push_str(&redact_pairs(value));
            }
        } else {
            out.push_str(&redact_pairs(line));
        }
        if cr {
            out.push('\r');
        }
        if out.len() > SAMPLE_CHARS * 4 {
            break;
        }
    }
    truncate_chars(printable(out.as_bytes()), SAMPLE_CHARS)
}

/// `key=value` and `"key": "value"` pairs with secret keys get their value
/// replaced.
pub(crate) fn redact_pairs(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        // A key starts after a delimiter.
        let at_start = i == 0
            || !(bytes[i - 1].is_ascii_alphanumeric()
                || bytes[i - 1] == b'_'
                || bytes[i - 1] == b'-');
        if at_start && (bytes[i].is_ascii_alphabetic()) {
            let key_end = bytes[i..]
                .iter()
                .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_' || *b == b'-'))
                .map_or(bytes.len(), |p| i + p);
            let key = &text[i..key_end];
            // Separator: `=`, `:`, with optional quote and spaces.
            let mut j = key_end;
            if bytes.get(j) == Some(&b'"') {
                j += 1;
            }
            while bytes.get(j) == Some(&b' ') {
                j += 1;
            }
            if matches!(bytes.get(j), Some(b'=') | Some(b':')) && is_secret_key(key) {
                j += 1;
                while bytes.get(j) == Some(&b' ') {
                    j += 1;
                }
                let quoted = bytes.get(j) == Some(&b'"');
                if quoted {
                    j += 1;
                }
                let value_end = bytes[j..]
                    .iter()
                    .position(|b| {
                        if quoted {
                            *b == b'"'
                        } else {
                            matches!(b, b'&' | b';' | b',' | b' ' | b'\r' | b'\n' | b'"' | b'}')
                        }
                    })
                    .map_or(bytes.len(), |p| j + p);
                if value_end > j {
                    out.push_str(&text[copied..j]);
                    out.push_str("[redacted]");
                    copied = value_end;
                }
                i = value_end.max(i + 1);
                continue;
            }
            i = key_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// FTP commands with the arguments of USER, PASS and ACCT redacted.
fn redact_ftp(buf: &[u8]) -> String {
    let text = String::from_utf8_lossy(buf);
    let mut out = String::new();
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let (line, cr) = match line.strip_suffix('\r') {
            Some(l) => (l, true),
            None => (line, false),
        };
        let upper = line.get(..5).map(str::to_ascii_uppercase);
        match upper.as_deref() {
            Some("USER " | "PASS " | "ACCT ") => {
                out.push_str(&line[..5]);
                out.push_str("[redacted]");
            }
            _ => out.push_str(line),
        }
        if cr {
            out.push('\r');
        }
    }
    truncate_chars(printable(out.as_bytes()), SAMPLE_CHARS)
}

/// An MQTT CONNECT rendered with its username and password redacted, or
/// `None` when the buffer does not hold the whole packet yet.
fn mqtt_connect(buf: &[u8]) -> Option<String> {
    let rest = buf.get(1..)?;
    let (remaining, used) = mqtt_varint(rest)??;
    let body = rest.get(used..used + remaining)?;
    let name_len = usize::from(u16::from_be_bytes([*body.first()?, *body.get(1)?]));
    let name = body.get(2..2 + name_len)?;
    let mut i = 2 + name_len;
    let level = *body.get(i)?;
    let flags = *body.get(i + 1)?;
    i += 4; // level, flags, keep-alive
    if level == 5 {
        let (props, used) = mqtt_varint(body.get(i..)?)??;
        i += used + props;
    }
    let id_len = usize::from(u16::from_be_bytes([*body.get(i)?, *body.get(i + 1)?]));
    let client_id = body.get(i + 2..i + 2 + id_len)?;
    let version = match level {
        3 => "3.1",
        4 => "3.1.1",
        5 => "5.0",
        _ => "?",
    };
    let mut out = format!(
        "{} CONNECT v{version} client_id={}",
        String::from_utf8_lossy(name),
        printable(client_id)
    );
    if flags & 0x80 != 0 {
        out.push_str(" username=[redacted]");
    }
    if flags & 0x40 != 0 {
        out.push_str(" password=[redacted]");
    }
    Some(truncate_chars(out, SAMPLE_CHARS))
}

/// Telnet data without IAC command sequences.
fn strip_telnet(buf: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(buf.len());
    let mut i = 0;
    while i < buf.len() {
        if buf[i] == 0xff {
            match buf.get(i + 1) {
                Some(0xff) => {
                    out.push(0xff);
                    i += 2;
                }
                Some(0xfb..=0xfe) => i += 3,
                Some(0xfa) => {
                    // Sub-negotiation up to IAC SE.
                    let end = buf[i + 2..]
                        .windows(2)
                        .position(|w| w == [0xff, 0xf0])
                        .map_or(buf.len(), |p| i + 2 + p + 2);
                    i = end;
                }
                Some(_) => i += 2,
                None => i += 1,
            }
        } else {
            out.push(buf[i]);
            i += 1;
        }
    }
    out
}

/// Details of a datagram protocol message.
fn datagram_details(
    protocol: Protocol,
    from_client: bool,
    payload: &[u8],
    learned: &mut Learned<'_>,
) {
    let sample = match protocol {
        // Every DNS message is read by the flow table (names, answers).
        Protocol::Dns | Protocol::Mdns => return,
        Protocol::Ntp => {
            let first = payload.first().copied().unwrap_or(0);
            let mode = match first & 7 {
                1 => "symmetric active",
                2 => "symmetric passive",
                3 => "client",
                4 => "server",
                5 => "broadcast",
                _ => "other",
            };
            format!("NTP v{} {mode}", (first >> 3) & 7)
        }
        Protocol::Ssdp => redact_http_head(payload),
        Protocol::Dhcp => {
            let op = if payload.first() == Some(&1) {
                "request"
            } else {
                "reply"
            };
            format!("DHCP {op}")
        }
        Protocol::Coap => coap_sample(payload),
        _ => return,
    };
    let sample = truncate_chars(sample, SAMPLE_CHARS);
    let app = learned.app();
    let slot = if from_client {
        &mut app.sample_client
    } else {
        &mut app.sample_server
    };
    slot.get_or_insert(sample);
}

/// A CoAP option delta or length: the nibble itself, or its one- or
/// two-byte extension; `None` for the reserved 15.
fn coap_extended(nibble: u8, rest: &[u8], i: &mut usize) -> Option<u32> {
    let byte = |at: usize| u32::from(rest.get(at).copied().unwrap_or(0));
    match nibble {
        13 => {
            let v = 13 + byte(*i);
            *i += 1;
            Some(v)
        }
        14 => {
            let v = 269 + (byte(*i) << 8 | byte(*i + 1));
            *i += 2;
            Some(v)
        }
        15 => None,
        n => Some(u32::from(n)),
    }
}

/// `CoAP GET /path` from a CoAP message's code and Uri-Path options.
fn coap_sample(p: &[u8]) -> String {
    let Some((&first, rest)) = p.split_first() else {
        return "CoAP".to_owned();
    };
    let tkl = usize::from(first & 0x0f);
    let code = rest.first().copied().unwrap_or(0);
    let method = match code {
        1 => "GET".to_owned(),
        2 => "POST".to_owned(),
        3 => "PUT".to_owned(),
        4 => "DELETE".to_owned(),
        c => format!("{}.{:02}", c >> 5, c & 0x1f),
    };
    let mut path = String::new();
    let mut i = 3 + tkl; // code, message id, token
    let mut number = 0u32;
    while let Some(&b) = rest.get(i) {
        if b == 0xff {
            break;
        }
        i += 1;
        // RFC 7252 3.1: a nibble of 13 or 14 is followed by one or two bytes
        // of extension; 15 is reserved.
        let Some(delta) = coap_extended(b >> 4, rest, &mut i) else {
            break;
        };
        let Some(len) = coap_extended(b & 0x0f, rest, &mut i) else {
            break;
        };
        let len = len as usize;
        number += delta;
        let Some(value) = rest.get(i..i + len) else {
            break;
        };
        if number == 11 {
            path.push('/');
            path.push_str(&printable(value));
        }
        i += len;
    }
    if path.is_empty() {
        format!("CoAP {method}")
    } else {
        redact_pairs(&format!("CoAP {method} {path}"))
    }
}

/// Whether bytes look like text: mostly printable ASCII, at least 16 bytes.
fn looks_textual(buf: &[u8]) -> bool {
    if buf.len() < 16 {
        return false;
    }
    let sample = &buf[..buf.len().min(512)];
    let printable = sample
        .iter()
        .filter(|b| b.is_ascii_graphic() || matches!(b, b' ' | b'\r' | b'\n' | b'\t'))
        .count();
    printable * 10 >= sample.len() * 9
}

/// Printable ASCII, other bytes as `.`, at most [`SAMPLE_CHARS`].
pub(crate) fn printable(bytes: &[u8]) -> String {
    bytes
        .iter()
        .take(SAMPLE_CHARS)
        .map(|&b| {
            if (0x20..0x7f).contains(&b) {
                char::from(b)
            } else {
                '.'
            }
        })
        .collect()
}

fn truncate_chars(text: String, max: usize) -> String {
    if text.chars().count() <= max {
        text
    } else {
        text.chars().take(max).collect()
    }
}

/// The protocol a port suggests when the payload said nothing.
pub(crate) fn protocol_by_port(transport: Transport, port: u16) -> Protocol {
    match (transport, port) {
        (_, 53) => Protocol::Dns,
        (Transport::Udp, 5353) => Protocol::Mdns,
        (Transport::Udp, 5355) => Protocol::Dns,
        (Transport::Udp, 123) => Protocol::Ntp,
        (Transport::Udp, 1900) => Protocol::Ssdp,
        (Transport::Udp, 67 | 68) => Protocol::Dhcp,
        (Transport::Udp, 5683) => Protocol::Coap,
        (Transport::Udp, 5684) => Protocol::Tls,
        (Transport::Tcp, 80 | 8000 | 8008 | 8080 | 8081 | 8088) => Protocol::Http,
        (Transport::Tcp, 443 | 853 | 993 | 995 | 5061 | 8443 | 8883) => Protocol::Tls,
        (Transport::Tcp, 1883) => Protocol::Mqtt,
        (Transport::Tcp, 23 | 2323) => Protocol::Telnet,
        (Transport::Tcp, 21) => Protocol::Ftp,
        (Transport::Tcp, 22) => Protocol::Ssh,
        (Transport::Tcp, 554) => Protocol::Rtsp,
        _ => Protocol::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_query_and_headers() {
        let head = b"GET /login?user=bob&password=hunter2&x=1 HTTP/1.1\r\nHost: cam.example\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\n\r\n";
        let s = redact_http_head(head);
        assert_eq!(
            s,
            "GET /login?user=bob&password=[redacted]&x=1 HTTP/1.1..Host: cam.example..Authori"
        );
        let head =
            b"GET / HTTP/1.1\r\nAuthorization: Basic YWRtaW46YWRtaW4=\r\nX-Api-Key: k\r\n\r\n";
        assert_eq!(
            redact_http_head(head),
            "GET / HTTP/1.1..Authorization: Basic [redacted]..X-Api-Key: [redacted]...."
        );
        assert!(!s.contains("hunter2") && !s.contains("YWRt"));
        assert!(s.chars().count() <= SAMPLE_CHARS);
    }

    #[test]
    fn redacts_pairs() {
        assert_eq!(
            redact_pairs("a=1&token=abc&pass=x y"),
            "a=1&token=[redacted]&pass=[redacted] y"
        );
        assert_eq!(
            redact_pairs(r#"{"password": "p4ss", "user":"u"}"#),
            r#"{"password": "[redacted]", "user":"u"}"#
        );
        assert_eq!(redact_pairs("bypass=1 passage=2"), "bypass=1 passage=2");
        assert_eq!(
            redact_target("http://admin:pw@cam/x?key=1"),
            "http://[redacted]@cam/x?key=[redacted]"
        );
    }

    #[test]
    fn ftp_and_telnet() {
        assert_eq!(
            redact_ftp(b"USER admin\r\nPASS secret\r\n"),
            "USER [redacted]..PASS [redacted].."
        );
        assert_eq!(strip_telnet(b"\xff\xfb\x01\xff\xfb\x03login: "), b"login: ");
        assert_eq!(strip_telnet(b"\xff\xfa\x18\x01\xff\xf0ok"), b"ok");
    }

    #[test]
    fn mqtt_connect_redacted() {
        // CONNECT, MQTT 3.1.1, flags user+password, client id "c", user "u", password "p".
        let body: Vec<u8> = [
            &b"\x00\x04MQTT\x04\xc2\x00\x3c"[..],
            b"\x00\x01c",
            b"\x00\x01u",
            b"\x00\x01p",
        ]
        .concat();
        let mut packet = vec![0x10, body.len() as u8];
        packet.extend(&body);
        let s = mqtt_connect(&packet).unwrap();
        assert_eq!(
            s,
            "MQTT CONNECT v3.1.1 client_id=c username=[redacted] password=[redacted]"
        );
        assert!(mqtt_connect(&packet[..packet.len() - 1]).is_none());
    }

    #[test]
    fn dns_sanity_rejects_garbage() {
        assert!(!dns_sane(&[0u8; 11]));
        assert!(!dns_sane(&[0xff; 64]));
        // Header claiming 65535 answers in 20 bytes.
        let mut p = vec![0u8; 20];
        p[5] = 1;
        p[6] = 0xff;
        p[7] = 0xff;
        assert!(!dns_sane(&p));
    }

    #[test]
    fn coap_path() {
        // CON GET, token length 0, message id, Uri-Path "sensors", "temp".
        let p = [
            0x40, 0x01, 0x12, 0x34, 0xb7, b's', b'e', b'n', b's', b'o', b'r', b's', 0x04, b't',
            b'e', b'm', b'p',
        ];
        assert_eq!(coap_sample(&p), "CoAP GET /sensors/temp");
    }

    #[test]
    fn sniffs_first_lines() {
        let is = |buf: &[u8], client: bool, port: u16| match sniff_stream(buf, client, port) {
            Sniff::Is(p) => Some(p),
            _ => None,
        };
        assert_eq!(
            is(b"220 ProFTPD ready\r\n", false, 2121),
            Some(Protocol::Ftp)
        );
        assert_eq!(is(b"220 mail ESMTP\r\n", false, 25), None);
        assert_eq!(is(b"220-welcome\r\n", false, 21), Some(Protocol::Ftp));
        assert_eq!(
            is(b"HTTP/1.0 401 Unauthorized\r\n", false, 8080),
            Some(Protocol::Http)
        );
        assert_eq!(
            is(b"OPTIONS rtsp://cam/ RTSP/1.0\r\n", true, 554),
            Some(Protocol::Rtsp)
        );
        assert_eq!(
            is(b"OPTIONS * HTTP/1.1\r\n", true, 80),
            Some(Protocol::Http)
        );
        assert_eq!(is(b"\x16\x03\x01\x00\x05", true, 1), Some(Protocol::Tls));
        assert!(matches!(sniff_stream(b"GE", true, 80), Sniff::NeedMore));
        assert!(matches!(
            sniff_stream(b"GET / HTTP/1.1", true, 80),
            Sniff::NeedMore
        ));
        assert!(matches!(
            sniff_stream(b"hello world\n", true, 80),
            Sniff::No
        ));
        assert!(matches!(sniff_stream(b"hello world", true, 80), Sniff::No));
        assert!(matches!(
            sniff_stream(b"220 FTP ser", false, 21),
            Sniff::NeedMore
        ));
        assert!(matches!(
            sniff_stream(b"user adm", true, 21),
            Sniff::NeedMore
        ));
        assert!(matches!(
            sniff_stream(b"SSH-2.0", false, 22),
            Sniff::Is(Protocol::Ssh)
        ));
        assert!(matches!(sniff_stream(b"\x16", true, 443), Sniff::NeedMore));
        assert!(matches!(
            sniff_stream(b"\x10\x0c\x00\x04MQ", true, 1883),
            Sniff::NeedMore
        ));
        assert!(matches!(
            sniff_stream(b"\x10\x0c\x00\x04MQTT", true, 1883),
            Sniff::Is(Protocol::Mqtt)
        ));
        assert!(matches!(
            sniff_stream(b"\x10\x0c\x00\x04XXXX", true, 1883),
            Sniff::No
        ));
    }

    #[test]
    fn grease() {
        assert!(is_grease(0x0a0a));
        assert!(is_grease(0xfafa));
        assert!(!is_grease(0x0304));
    }
}
