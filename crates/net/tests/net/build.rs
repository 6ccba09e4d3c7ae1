//! Builders for test captures: IP packets (etherparse's PacketBuilder),
//! link-layer headers, pcap and pcapng files, DNS messages (simple-dns) and
//! TLS hellos.

use std::net::IpAddr;

use etherparse::PacketBuilder;

pub fn ip(s: &str) -> IpAddr {
    s.parse().expect("test input")
}

/// A MAC address derived from an IP address (02:00 + the last 4 bytes).
pub fn mac_of(addr: IpAddr) -> [u8; 6] {
    let o = match addr {
        IpAddr::V4(v4) => v4.octets(),
        IpAddr::V6(v6) => {
            let s = v6.octets();
            [s[12], s[13], s[14], s[15]]
        }
    };
    [0x02, 0x00, o[0], o[1], o[2], o[3]]
}

fn v4(a: IpAddr) -> [u8; 4] {
    match a {
        IpAddr::V4(v) => v.octets(),
        IpAddr::V6(_) => panic!("not IPv4"),
    }
}

fn v6(a: IpAddr) -> [u8; 16] {
    match a {
        IpAddr::V6(v) => v.octets(),
        IpAddr::V4(_) => panic!("not IPv6"),
    }
}

/// TCP flags as letters: S, A, F, R, P.
#[allow(clippy::too_many_arguments)]
pub fn ip_tcp(
    src: IpAddr,
    dst: IpAddr,
    sport: u16,
    dport: u16,
    seq: u32,
    ack: u32,
    flags: &str,
    payload: &[u8],
) -> Vec<u8> {
    let base = match src {
        IpAddr::V4(_) => PacketBuilder::ipv4(v4(src), v4(dst), 64),
        IpAddr::V6(_) => PacketBuilder::ipv6(v6(src), v6(dst), 64),
    };
    let mut b = base.tcp(sport, dport, seq, 64240);
    if flags.contains('S') {
        b = b.syn();
    }
    if flags.contains('A') {
        b = b.ack(ack);
    }
    if flags.contains('F') {
        b = b.fin();
    }
    if flags.contains('R') {
        b = b.rst();
    }
    if flags.contains('P') {
        b = b.psh();
    }
    let mut out = Vec::with_capacity(b.size(payload.len()));
    b.write(&mut out, payload).expect("test input");
    out
}

pub fn ip_udp(src: IpAddr, dst: IpAddr, sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
    let base = match src {
        IpAddr::V4(_) => PacketBuilder::ipv4(v4(src), v4(dst), 64),
        IpAddr::V6(_) => PacketBuilder::ipv6(v6(src), v6(dst), 64),
    };
    let b = base.udp(sport, dport);
    let mut out = Vec::with_capacity(b.size(payload.len()));
    b.write(&mut out, payload).expect("test input");
    out
}

/// Inserts an IPv6 hop-by-hop options header (8 bytes of padding) after
/// the fixed header of an IPv6 packet.
pub fn with_hop_by_hop(mut packet: Vec<u8>) -> Vec<u8> {
    let next = packet[6];
    packet[6] = 0;
    let len = u16::from_be_bytes([packet[4], packet[5]]) + 8;
    packet[4..6].copy_from_slice(&len.to_be_bytes());
    let ext = [next, 0, 1, 4, 0, 0, 0, 0];
    packet.splice(40..40, ext);
    packet
}

fn ethertype(ip_packet: &[u8]) -> [u8; 2] {
    if ip_packet[0] >> 4 == 6 {
        [0x86, 0xdd]
    } else {
        [0x08, 0x00]
    }
}

fn addrs(ip_packet: &[u8]) -> (IpAddr, IpAddr) {
    if ip_packet[0] >> 4 == 6 {
        let s: [u8; 16] = ip_packet[8..24].try_into().expect("test input");
        let d: [u8; 16] = ip_packet[24..40].try_into().expect("test input");
        (IpAddr::from(s), IpAddr::from(d))
    } else {
        let s: [u8; 4] = ip_packet[12..16].try_into().expect("test input");
        let d: [u8; 4] = ip_packet[16..20].try_into().expect("test input");
        (IpAddr::from(s), IpAddr::from(d))
    }
}

/// Link layers a test can wrap packets in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Ethernet,
    Vlan,
    Sll,
    Sll2,
    Raw,
}

impl LinkKind {
    pub fn linktype(self) -> u32 {
        match self {
            LinkKind::Ethernet | LinkKind::Vlan => 1,
            LinkKind::Sll => 113,
            LinkKind::Sll2 => 276,
            LinkKind::Raw => 101,
        }
    }
}

/// Wraps an IP packet in a link-layer header; MACs come from the addresses.
pub fn frame(kind: LinkKind, ip_packet: &[u8]) -> Vec<u8> {
    let (src, dst) = addrs(ip_packet);
    let et = ethertype(ip_packet);
    let mut out = Vec::new();
    match kind {
        LinkKind::Ethernet => {
            out.extend(mac_of(dst));
            out.extend(mac_of(src));
            out.extend(et);
        }
        LinkKind::Vlan => {
            out.extend(mac_of(dst));
            out.extend(mac_of(src));
            out.extend([0x81, 0x00, 0x00, 0x2a]);
            out.extend(et);
        }
        LinkKind::Sll => {
            out.extend([0, 0, 0, 1, 0, 6]);
            out.extend(mac_of(src));
            out.extend([0, 0]);
            out.extend(et);
        }
        LinkKind::Sll2 => {
            out.extend(et);
            out.extend([0, 0, 0, 0, 0, 2, 0, 1, 0, 6]);
            out.extend(mac_of(src));
            out.extend([0, 0]);
        }
        LinkKind::Raw => {}
    }
    out.extend_from_slice(ip_packet);
    out
}

/// A pcap file.
pub fn pcap(linktype: u32, big_endian: bool, nano: bool, frames: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let u32b = |v: u32| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let u16b = |v: u16| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let mut out = Vec::new();
    out.extend(u32b(if nano { 0xa1b2_3c4d } else { 0xa1b2_c3d4 }));
    out.extend(u16b(2));
    out.extend(u16b(4));
    out.extend(u32b(0));
    out.extend(u32b(0));
    out.extend(u32b(262_144));
    out.extend(u32b(linktype));
    for (ns, data) in frames {
        let secs = (ns / 1_000_000_000) as u32;
        let frac = (ns % 1_000_000_000) as u32;
        out.extend(u32b(secs));
        out.extend(u32b(if nano { frac } else { frac / 1000 }));
        out.extend(u32b(data.len() as u32));
        out.extend(u32b(data.len() as u32));
        out.extend(data);
    }
    out
}

/// A pcapng file with the given interfaces (link type, if_tsresol) and
/// packets (interface, time in ns, frame); interface `None` writes a
/// simple packet block.
pub fn pcapng(
    big_endian: bool,
    interfaces: &[(u16, Option<u8>)],
    frames: &[(Option<u32>, u64, Vec<u8>)],
) -> Vec<u8> {
    let u32b = |v: u32| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let u16b = |v: u16| {
        if big_endian {
            v.to_be_bytes()
        } else {
            v.to_le_bytes()
        }
    };
    let mut out = Vec::new();
    let block = |out: &mut Vec<u8>, kind: u32, body: &[u8]| {
        let len = 12 + body.len() as u32;
        out.extend(u32b(kind));
        out.extend(u32b(len));
        out.extend(body);
        out.extend(u32b(len));
    };
    let mut shb = Vec::new();
    shb.extend(u32b(0x1a2b_3c4d));
    shb.extend(u16b(1));
    shb.extend(u16b(0));
    shb.extend([0xff; 8]);
    block(&mut out, 0x0a0d_0d0a, &shb);
    let mut resolutions = Vec::new();
    for (linktype, tsresol) in interfaces {
        let mut idb = Vec::new();
        idb.extend(u16b(*linktype));
        idb.extend(u16b(0));
        idb.extend(u32b(262_144));
        if let Some(r) = tsresol {
            idb.extend(u16b(9));
            idb.extend(u16b(1));
            idb.extend([*r, 0, 0, 0]);
            idb.extend(u16b(0));
            idb.extend(u16b(0));
        }
        block(&mut out, 1, &idb);
        resolutions.push(10u64.pow(u32::from(tsresol.unwrap_or(6))));
    }
    for (iface, ns, data) in frames {
        let padded = {
            let mut d = data.clone();
            while d.len() % 4 != 0 {
                d.push(0);
            }
            d
        };
        match iface {
            Some(i) => {
                let res = resolutions.get(*i as usize).copied().unwrap_or(1_000_000);
                let units = (*ns as u128 * res as u128 / 1_000_000_000) as u64;
                let mut epb = Vec::new();
                epb.extend(u32b(*i));
                epb.extend(u32b((units >> 32) as u32));
                epb.extend(u32b(units as u32));
                epb.extend(u32b(data.len() as u32));
                epb.extend(u32b(data.len() as u32));
                epb.extend(&padded);
                block(&mut out, 6, &epb);
            }
            None => {
                let mut spb = Vec::new();
                spb.extend(u32b(data.len() as u32));
                spb.extend(&padded);
                block(&mut out, 3, &spb);
            }
        }
    }
    out
}

/// A DNS query for `name` (A).
pub fn dns_query(id: u16, name: &str) -> Vec<u8> {
    use simple_dns::{CLASS, Name, Packet, QCLASS, QTYPE, Question, TYPE};
    let _ = CLASS::IN;
    let mut p = Packet::new_query(id);
    p.questions.push(Question::new(
        Name::new_unchecked(name),
        QTYPE::TYPE(TYPE::A),
        QCLASS::CLASS(CLASS::IN),
        false,
    ));
    p.build_bytes_vec().expect("test input")
}

/// A DNS response to `name`: CNAMEs (alias, target) then addresses (owner,
/// address).
pub fn dns_response(
    id: u16,
    name: &str,
    cnames: &[(&str, &str)],
    addresses: &[(&str, IpAddr)],
) -> Vec<u8> {
    use simple_dns::rdata::{A, AAAA, CNAME, RData};
    use simple_dns::{CLASS, Name, Packet, QCLASS, QTYPE, Question, ResourceRecord, TYPE};
    let mut p = Packet::new_reply(id);
    p.questions.push(Question::new(
        Name::new_unchecked(name),
        QTYPE::TYPE(TYPE::A),
        QCLASS::CLASS(CLASS::IN),
        false,
    ));
    for (alias, target) in cnames {
        p.answers.push(ResourceRecord::new(
            Name::new_unchecked(alias),
            CLASS::IN,
            300,
            RData::CNAME(CNAME(Name::new_unchecked(target))),
        ));
    }
    for (owner, addr) in addresses {
        let rdata = match addr {
            IpAddr::V4(v) => RData::A(A {
                address: u32::from(*v),
            }),
            IpAddr::V6(v) => RData::AAAA(AAAA {
                address: u128::from(*v),
            }),
        };
        p.answers.push(ResourceRecord::new(
            Name::new_unchecked(owner),
            CLASS::IN,
            300,
            rdata,
        ));
    }
    p.build_bytes_vec().expect("test input")
}

fn record(kind: u8, record_version: u16, body: Vec<u8>) -> Vec<u8> {
    let mut out = vec![0x16];
    out.extend(record_version.to_be_bytes());
    let mut hs = vec![kind];
    hs.extend(&(body.len() as u32).to_be_bytes()[1..]);
    hs.extend(body);
    out.extend((hs.len() as u16).to_be_bytes());
    out.extend(hs);
    out
}

/// A TLS ClientHello with a legacy version, an optional SNI and an optional
/// supported_versions list; `pad` bytes of padding extension make it big.
pub fn client_hello(legacy: u16, sni: Option<&str>, versions: &[u16], pad: usize) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend(legacy.to_be_bytes());
    body.extend([7u8; 32]);
    body.push(0);
    body.extend([0, 4, 0x13, 0x01, 0xc0, 0x2f]);
    body.extend([1, 0]);
    let mut ext = Vec::new();
    if let Some(name) = sni {
        let n = name.as_bytes();
        ext.extend([0, 0]);
        ext.extend(((n.len() + 5) as u16).to_be_bytes());
        ext.extend(((n.len() + 3) as u16).to_be_bytes());
        ext.push(0);
        ext.extend((n.len() as u16).to_be_bytes());
        ext.extend(n);
    }
    if !versions.is_empty() {
        ext.extend([0, 0x2b]);
        ext.extend(((versions.len() * 2 + 1) as u16).to_be_bytes());
        ext.push((versions.len() * 2) as u8);
        for v in versions {
            ext.extend(v.to_be_bytes());
        }
    }
    if pad > 0 {
        ext.extend([0, 0x15]);
        ext.extend((pad as u16).to_be_bytes());
        ext.extend(vec![0; pad]);
    }
    if !ext.is_empty() {
        body.extend((ext.len() as u16).to_be_bytes());
        body.extend(ext);
    }
    record(1, 0x0301, body)
}

/// A TLS ServerHello: legacy version, cipher suite, and the selected
/// version in supported_versions when given.
pub fn server_hello(legacy: u16, cipher: u16, selected: Option<u16>) -> Vec<u8> {
    let mut body = Vec::new();
    body.extend(legacy.to_be_bytes());
    body.extend([9u8; 32]);
    body.push(0);
    body.extend(cipher.to_be_bytes());
    body.push(0);
    if let Some(v) = selected {
        body.extend([0, 6, 0, 0x2b, 0, 2]);
        body.extend(v.to_be_bytes());
    }
    record(2, legacy.min(0x0303), body)
}

/// Builds a capture as a sequence of conversations.
#[derive(Debug, Default)]
pub struct Capture {
    /// (time in ns, IP packet)
    pub packets: Vec<(u64, Vec<u8>)>,
    pub t: u64,
    pub next_port: u16,
}

impl Capture {
    pub fn new() -> Capture {
        Capture {
            packets: Vec::new(),
            t: 1_700_000_000_000_000_000,
            next_port: 40000,
        }
    }

    pub fn push(&mut self, packet: Vec<u8>) {
        self.t += 1_000_000;
        self.packets.push((self.t, packet));
    }

    pub fn port(&mut self) -> u16 {
        self.next_port += 1;
        self.next_port
    }

    /// A TCP connection: handshake, then each (from_client, data) segment,
    /// then FIN both ways. `answer` false: the server never answers the SYN.
    pub fn tcp(
        &mut self,
        client: IpAddr,
        cport: u16,
        server: IpAddr,
        sport: u16,
        segments: &[(bool, &[u8])],
    ) {
        let (mut cseq, mut sseq) = (1000u32, 5000u32);
        self.push(ip_tcp(client, server, cport, sport, cseq, 0, "S", b""));
        self.push(ip_tcp(
            server,
            client,
            sport,
            cport,
            sseq,
            cseq + 1,
            "SA",
            b"",
        ));
        cseq += 1;
        sseq += 1;
        self.push(ip_tcp(client, server, cport, sport, cseq, sseq, "A", b""));
        for (from_client, data) in segments {
            if *from_client {
                self.push(ip_tcp(client, server, cport, sport, cseq, sseq, "PA", data));
                cseq += data.len() as u32;
            } else {
                self.push(ip_tcp(server, client, sport, cport, sseq, cseq, "PA", data));
                sseq += data.len() as u32;
            }
        }
        self.push(ip_tcp(client, server, cport, sport, cseq, sseq, "FA", b""));
        self.push(ip_tcp(
            server,
            client,
            sport,
            cport,
            sseq,
            cseq + 1,
            "FA",
            b"",
        ));
        self.push(ip_tcp(
            client,
            server,
            cport,
            sport,
            cseq + 1,
            sseq + 1,
            "A",
            b"",
        ));
    }

    /// A lookup: query from `device` to `resolver`, response with the
    /// CNAMEs and addresses.
    pub fn lookup(
        &mut self,
        device: IpAddr,
        resolver: IpAddr,
        name: &str,
        cnames: &[(&str, &str)],
        addresses: &[(&str, IpAddr)],
    ) {
        let port = self.port();
        let id = port;
        self.push(ip_udp(device, resolver, port, 53, &dns_query(id, name)));
        self.push(ip_udp(
            resolver,
            device,
            53,
            port,
            &dns_response(id, name, cnames, addresses),
        ));
    }

    pub fn frames(&self, kind: LinkKind) -> Vec<(u64, Vec<u8>)> {
        self.packets
            .iter()
            .map(|(t, p)| (*t, frame(kind, p)))
            .collect()
    }

    pub fn pcap(&self, kind: LinkKind) -> Vec<u8> {
        pcap(kind.linktype(), false, false, &self.frames(kind))
    }
}
