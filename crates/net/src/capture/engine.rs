//! The connection table: packets in, flows out.
//!
//! Connections are keyed by their two ends and transport, independent of
//! which host is the device (that is only known at the end when it is
//! inferred). Each connection remembers who opened it; when it ends (TCP
//! close, or idle past a timeout in capture time) it is merged into the
//! table of flows, keyed by its ends' addresses, the service port and
//! everything observed about it. At the end the flows are turned around to
//! the device's point of view.

use std::collections::hash_map::Entry;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::net::IpAddr;

use super::decode::{IpPacket, L4};
use super::inspect::{self, AppInfo, Inspector, Learned};
use super::{
    CaptureOptions, DeviceHint, Direction, Flow, PortSpan, Protocol, TlsVersion, TlsVersionSource,
    Transport,
};
use crate::addr::{format_mac, is_host_address, is_local};

/// Capture-time nanoseconds.
pub(crate) type Nanos = i64;

const SECOND: Nanos = 1_000_000_000;
/// A closed TCP connection is reported once idle this long.
const CLOSED_TIMEOUT: Nanos = 2 * SECOND;
/// An open TCP connection idle this long is taken as over.
const TCP_TIMEOUT: Nanos = 600 * SECOND;
/// A UDP conversation idle this long is taken as over.
const UDP_TIMEOUT: Nanos = 120 * SECOND;
/// Packets between sweeps for idle connections.
const SWEEP_PACKETS: u32 = 1 << 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct ConnKey {
    a: IpAddr,
    b: IpAddr,
    pa: u16,
    pb: u16,
    transport: Transport,
}

impl ConnKey {
    /// The key, and whether the packet's source is end `a`.
    fn new(
        src: IpAddr,
        sport: u16,
        dst: IpAddr,
        dport: u16,
        transport: Transport,
    ) -> (ConnKey, bool) {
        if (src, sport) <= (dst, dport) {
            (
                ConnKey {
                    a: src,
                    b: dst,
                    pa: sport,
                    pb: dport,
                    transport,
                },
                true,
            )
        } else {
            (
                ConnKey {
                    a: dst,
                    b: src,
                    pa: dport,
                    pb: sport,
                    transport,
                },
                false,
            )
        }
    }
}

#[derive(Debug)]
struct Conn {
    /// Whether end `a` of the key opened the connection.
    client_is_a: bool,
    seq: u64,
    first: Nanos,
    last: Nanos,
    packets: u64,
    bytes: u64,
    client_name: Option<u32>,
    server_name: Option<u32>,
    protocol: Option<Protocol>,
    payload: bool,
    answered: bool,
    fin_client: bool,
    fin_server: bool,
    rst: bool,
    app: Option<Box<AppInfo>>,
    inspector: Option<Box<Inspector>>,
}

impl Conn {
    fn closed(&self) -> bool {
        self.rst || (self.fin_client && self.fin_server)
    }
}

/// Everything that makes two connections the same flow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct FlowKey {
    client: IpAddr,
    server: IpAddr,
    server_port: u16,
    transport: Transport,
    protocol: Protocol,
    client_name: Option<u32>,
    server_name: Option<u32>,
    payload: bool,
    answered: bool,
    textual: bool,
    sni: Option<String>,
    host: Option<String>,
    query: Option<String>,
    tls_negotiated: Option<TlsVersion>,
    tls_offered: Vec<TlsVersion>,
    cipher: Option<String>,
    status: Option<u16>,
    authorization: Option<bool>,
}

#[derive(Debug)]
struct FlowAgg {
    seq: u64,
    connections: u64,
    packets: u64,
    bytes: u64,
    first: Nanos,
    last: Nanos,
    source_ports: PortSpan,
    request: Option<String>,
    sample_client: Option<String>,
    sample_server: Option<String>,
}

#[derive(Debug, Default, Clone, Copy)]
struct HostStats {
    dns_queries: u64,
    initiated: u64,
    initiated_internet: u64,
    packets: u64,
}

/// Interned names (DNS names are repeated in every connection).
#[derive(Debug, Default)]
struct Names {
    ids: HashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
}

impl Names {
    fn intern(&mut self, name: &str) -> u32 {
        if let Some(&id) = self.ids.get(name) {
            return id;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        self.names.push(name.into());
        self.ids.insert(name.into(), id);
        id
    }

    fn get(&self, id: u32) -> Option<&str> {
        self.names.get(id as usize).map(|s| &**s)
    }
}

/// Counters for the report's notes.
#[derive(Debug, Default)]
pub(crate) struct Counters {
    pub not_ip: u64,
    pub malformed: u64,
    pub fragments: u64,
    pub other_transport: u64,
    pub truncated: u64,
}

/// The device as chosen at the end.
#[derive(Debug)]
pub(crate) struct DeviceChoice {
    pub primary: Option<IpAddr>,
    pub addresses: Vec<IpAddr>,
    pub mac: Option<String>,
    pub inferred: bool,
    pub reason: String,
}

/// The flow table.
#[derive(Debug)]
pub(crate) struct Engine {
    limit: usize,
    conns: HashMap<ConnKey, Conn>,
    flows: HashMap<FlowKey, FlowAgg>,
    names: Names,
    resolved: HashMap<IpAddr, u32>,
    hosts: HashMap<IpAddr, HostStats>,
    queries: HashMap<IpAddr, HashSet<u32>>,
    macs: HashMap<IpAddr, [u8; 6]>,
    next_seq: u64,
    now: Nanos,
    since_sweep: u32,
    pub counters: Counters,
}

impl Engine {
    pub(crate) fn new(options: &CaptureOptions) -> Engine {
        Engine {
            limit: options.inspect_bytes.max(64),
            conns: HashMap::new(),
            flows: HashMap::new(),
            names: Names::default(),
            resolved: HashMap::new(),
            hosts: HashMap::new(),
            queries: HashMap::new(),
            macs: HashMap::new(),
            next_seq: 0,
            now: Nanos::MIN,
            since_sweep: 0,
            counters: Counters::default(),
        }
    }

    /// Takes one IP packet.
    pub(crate) fn packet(&mut self, ts: Nanos, wire_len: u64, pkt: IpPacket<'_>) {
        if pkt.fragment {
            self.counters.fragments += 1;
        }
        let (transport, sport, dport, payload, tcp) = match pkt.l4 {
            L4::Tcp {
                sport,
                dport,
                seq,
                flags,
                payload,
            } => (Transport::Tcp, sport, dport, payload, Some((seq, flags))),
            L4::Udp {
                sport,
                dport,
                payload,
            } => (Transport::Udp, sport, dport, payload, None),
            L4::Other => {
                self.counters.other_transport += 1;
                return;
            }
        };
        if ts > self.now {
            self.now = ts;
        }
        self.since_sweep += 1;
        if self.since_sweep >= SWEEP_PACKETS {
            self.since_sweep = 0;
            self.sweep();
        }

        let (key, src_is_a) = ConnKey::new(pkt.src, sport, pkt.dst, dport, transport);
        let flags = tcp.map(|(_, f)| f).unwrap_or_default();

        // A new SYN on a closed connection's ports starts a new connection.
        if flags.syn
            && !flags.ack
            && let Entry::Occupied(e) = self.conns.entry(key)
            && e.get().closed()
        {
            let (key, conn) = e.remove_entry();
            self.finalize(key, conn);
        }

        let conn = match self.conns.entry(key) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(v) => {
                let src_is_client = match tcp {
                    Some((_, f)) if f.syn && !f.ack => true,
                    Some((_, f)) if f.syn && f.ack => false,
                    _ => server_rank(dport) >= server_rank(sport),
                };
                let (client, server) = if src_is_client {
                    (pkt.src, pkt.dst)
                } else {
                    (pkt.dst, pkt.src)
                };
                let stats = self.hosts.entry(client).or_default();
                stats.initiated += 1;
                if !is_local(server) {
                    stats.initiated_internet += 1;
                }
                self.hosts.entry(server).or_default();
                if let Some(mac) = pkt.src_mac {
                    self.macs.entry(pkt.src).or_insert(mac);
                }
                self.next_seq += 1;
                v.insert(Conn {
                    client_is_a: src_is_client == src_is_a,
                    seq: self.next_seq,
                    first: ts,
                    last: ts,
                    packets: 0,
                    bytes: 0,
                    client_name: self.resolved.get(&client).copied(),
                    server_name: self.resolved.get(&server).copied(),
                    protocol: None,
                    payload: false,
                    answered: false,
                    fin_client: false,
                    fin_server: false,
                    rst: false,
                    app: None,
                    inspector: Some(Box::default()),
                })
            }
        };

        let from_client = src_is_a == conn.client_is_a;
        conn.packets += 1;
        conn.bytes += wire_len;
        if ts > conn.last {
            conn.last = ts;
        }
        if ts < conn.first {
            conn.first = ts;
        }
        if !payload.is_empty() {
            conn.payload = true;
        }
        if flags.fin {
            if from_client {
                conn.fin_client = true;
            } else {
                conn.fin_server = true;
            }
        }
        if flags.rst {
            conn.rst = true;
        }
        if !from_client && !conn.answered {
            let answered = match tcp {
                Some(_) => (flags.syn && flags.ack) || !payload.is_empty(),
                None => true,
            };
            if answered {
                conn.answered = true;
                if let Some(mac) = pkt.src_mac {
                    self.macs.entry(pkt.src).or_insert(mac);
                }
            }
        }

        let (server_port, client_port) = if from_client {
            (dport, sport)
        } else {
            (sport, dport)
        };

        // DNS: every message matters (queries for the names, answers for
        // the resolutions), so it is read outside the inspector.
        if transport == Transport::Udp
            && !payload.is_empty()
            && (matches!(server_port, 53 | 5353 | 5355)
                || matches!(conn.protocol, Some(Protocol::Dns | Protocol::Mdns)))
            && let Some(msg) = inspect::dns_message(payload)
        {
            if conn.protocol.is_none() {
                conn.protocol = Some(if server_port == 5353 || client_port == 5353 {
                    Protocol::Mdns
                } else {
                    Protocol::Dns
                });
            }
            let is_dns = conn.protocol == Some(Protocol::Dns);
            let app = conn.app.get_or_insert_with(Box::default);
            if msg.response {
                for (addr, name) in &msg.answers {
                    let id = self.names.intern(name);
                    self.resolved.insert(*addr, id);
                }
                if let Some(q) = &msg.question {
                    app.sample_server
                        .get_or_insert_with(|| truncate(format!("answer {q}")));
                }
            } else if let Some(q) = &msg.question {
                if app.query.is_none() {
                    app.query = Some(q.clone());
                }
                app.sample_client
                    .get_or_insert_with(|| truncate(format!("query {q}")));
                if is_dns {
                    let id = self.names.intern(q);
                    self.queries.entry(pkt.src).or_default().insert(id);
                    self.hosts.entry(pkt.src).or_default().dns_queries += 1;
                }
            }
        }

        if let Some(inspector) = conn.inspector.as_mut() {
            let mut learned = Learned {
                protocol: &mut conn.protocol,
                app: &mut conn.app,
                server_port,
                client_port,
            };
            let done = match tcp {
                Some((seq, flags)) => {
                    inspector.feed_tcp(from_client, seq, flags, payload, self.limit, &mut learned)
                }
                None => inspector.feed_udp(from_client, payload, &mut learned),
            };
            if done {
                conn.inspector = None;
            }
        }
    }

    /// Reports connections that ended or went idle.
    fn sweep(&mut self) {
        let now = self.now;
        let expired: Vec<(ConnKey, Conn)> = self
            .conns
            .extract_if(|key, conn| {
                let idle = now.saturating_sub(conn.last);
                match key.transport {
                    Transport::Tcp => {
                        (conn.closed() && idle > CLOSED_TIMEOUT) || idle > TCP_TIMEOUT
                    }
                    Transport::Udp => idle > UDP_TIMEOUT,
                }
            })
            .collect();
        for (key, conn) in expired {
            self.finalize(key, conn);
        }
        if self.conns.capacity() > 1024 && self.conns.capacity() > self.conns.len() * 4 {
            self.conns.shrink_to(self.conns.len() * 2);
        }
    }

    /// Merges an ended connection into the flows.
    fn finalize(&mut self, key: ConnKey, mut conn: Conn) {
        let (client, client_port, server, server_port) = if conn.client_is_a {
            (key.a, key.pa, key.b, key.pb)
        } else {
            (key.b, key.pb, key.a, key.pa)
        };
        if let Some(mut inspector) = conn.inspector.take() {
            let mut learned = Learned {
                protocol: &mut conn.protocol,
                app: &mut conn.app,
                server_port,
                client_port,
            };
            inspector.finish(&mut learned);
        }
        let protocol = conn
            .protocol
            .unwrap_or_else(|| inspect::protocol_by_port(key.transport, server_port));
        for host in [client, server] {
            self.hosts.entry(host).or_default().packets += conn.packets;
        }
        let app = conn.app.map(|b| *b).unwrap_or_default();
        let flow_key = FlowKey {
            client,
            server,
            server_port,
            transport: key.transport,
            protocol,
            client_name: conn.client_name,
            server_name: conn.server_name,
            payload: conn.payload,
            answered: conn.answered,
            textual: app.textual,
            sni: app.sni,
            host: app.host,
            query: app.query,
            tls_negotiated: app.tls_negotiated,
            tls_offered: app.tls_offered,
            cipher: app.cipher,
            status: app.status,
            authorization: app.authorization,
        };
        match self.flows.entry(flow_key) {
            Entry::Occupied(mut e) => {
                let agg = e.get_mut();
                agg.connections += 1;
                agg.packets += conn.packets;
                agg.bytes += conn.bytes;
                agg.first = agg.first.min(conn.first);
                agg.last = agg.last.max(conn.last);
                agg.seq = agg.seq.min(conn.seq);
                agg.source_ports = agg.source_ports.with(client_port);
                if agg.request.is_none() {
                    agg.request = app.request;
                }
                if agg.sample_client.is_none() {
                    agg.sample_client = app.sample_client;
                }
                if agg.sample_server.is_none() {
                    agg.sample_server = app.sample_server;
                }
            }
            Entry::Vacant(v) => {
                v.insert(FlowAgg {
                    seq: conn.seq,
                    connections: 1,
                    packets: conn.packets,
                    bytes: conn.bytes,
                    first: conn.first,
                    last: conn.last,
                    source_ports: PortSpan::single(client_port),
                    request: app.request,
                    sample_client: app.sample_client,
                    sample_server: app.sample_server,
                });
            }
        }
    }

    /// Ends every connection and returns the device, its flows, the names
    /// it looked up, and how many connections did not involve it.
    pub(crate) fn finish(
        mut self,
        hint: Option<DeviceHint>,
    ) -> (DeviceChoice, Vec<Flow>, Vec<String>, u64) {
        let conns: Vec<(ConnKey, Conn)> = self.conns.drain().collect();
        for (key, conn) in conns {
            self.finalize(key, conn);
        }
        let device = self.choose_device(hint);
        let device_set: HashSet<IpAddr> = device.addresses.iter().copied().collect();

        let mut names: BTreeSet<&str> = BTreeSet::new();
        for addr in &device.addresses {
            if let Some(ids) = self.queries.get(addr) {
                names.extend(ids.iter().filter_map(|id| self.names.get(*id)));
            }
        }
        let dns_names: Vec<String> = names.into_iter().map(str::to_owned).collect();

        let mut others = 0u64;
        let mut flows: Vec<(Nanos, u64, Flow)> = Vec::new();
        for (key, agg) in self.flows {
            let (direction, remote, remote_name) = if device_set.contains(&key.client) {
                (Direction::Outbound, key.server, key.server_name)
            } else if device_set.contains(&key.server) {
                (Direction::Inbound, key.client, key.client_name)
            } else {
                others += agg.connections;
                continue;
            };
            let (tls_version, tls_version_source) =
                match (key.tls_negotiated, key.tls_offered.first()) {
                    (Some(v), _) => (Some(v), Some(TlsVersionSource::ServerHello)),
                    (None, Some(v)) => (Some(*v), Some(TlsVersionSource::ClientHello)),
                    (None, None) => (None, None),
                };
            let cleartext = if key.protocol == Protocol::Unknown {
                key.textual
            } else {
                key.protocol.is_cleartext() && key.payload
            };
            let sample = if cleartext {
                agg.sample_client.or(agg.sample_server)
            } else {
                None
            };
            let (request, authorization, status) =
                if matches!(key.protocol, Protocol::Http | Protocol::Rtsp) {
                    (agg.request, key.authorization, key.status)
                } else {
                    (None, None, None)
                };
            flows.push((
                agg.first,
                agg.seq,
                Flow {
                    dst: remote,
                    dns_name: remote_name
                        .and_then(|id| self.names.get(id))
                        .map(str::to_owned),
                    port: key.server_port,
                    transport: key.transport,
                    protocol: key.protocol,
                    direction,
                    local: is_local(remote),
                    cleartext,
                    tls_version,
                    tls_version_source,
                    tls_offered: key.tls_offered,
                    cipher: key.cipher,
                    sni: key.sni,
                    host: key.host,
                    request,
                    authorization,
                    status,
                    query: key.query,
                    sample,
                    source_ports: agg.source_ports,
                    answered: key.answered,
                    connections: agg.connections,
                    packets: agg.packets,
                    bytes: agg.bytes,
                    first_seen: rfc3339(agg.first),
                    last_seen: rfc3339(agg.last),
                },
            ));
        }
        flows.sort_by_key(|(first, seq, _)| (*first, *seq));
        let flows = flows.into_iter().map(|(_, _, f)| f).collect();
        (device, flows, dns_names, others)
    }

    fn choose_device(&self, hint: Option<DeviceHint>) -> DeviceChoice {
        match hint {
            Some(DeviceHint::Ip(ip)) => {
                let ip = crate::addr::canonical(ip);
                let mac = self.macs.get(&ip).copied();
                let mut addresses = vec![ip];
                if let Some(mac) = mac {
                    addresses.extend(
                        self.addresses_of_mac(mac, true)
                            .into_iter()
                            .filter(|a| *a != ip),
                    );
                }
                let seen = self.hosts.contains_key(&ip);
                DeviceChoice {
                    primary: Some(ip),
                    addresses,
                    mac: mac.map(format_mac),
                    inferred: false,
                    reason: if seen {
                        format!("{ip} was given as the device")
                    } else {
                        format!(
                            "{ip} was given as the device, but no TCP or UDP traffic of it is in the capture"
                        )
                    },
                }
            }
            Some(DeviceHint::Mac(mac)) => {
                let mut addresses = self.addresses_of_mac(mac, true);
                if addresses.is_empty() {
                    addresses = self.addresses_of_mac(mac, false);
                }
                let primary = self.main_address(&addresses);
                let reason = match primary {
                    Some(p) => format!(
                        "{} was given as the device; it sends from {} ({p} is the main one)",
                        format_mac(mac),
                        join(&addresses)
                    ),
                    None => format!(
                        "{} was given as the device, but no IP traffic from it is in the capture",
                        format_mac(mac)
                    ),
                };
                DeviceChoice {
                    primary,
                    addresses,
                    mac: Some(format_mac(mac)),
                    inferred: false,
                    reason,
                }
            }
            None => self.infer_device(),
        }
    }

    /// Addresses seen sending from `mac` (local ones only, when `local`).
    fn addresses_of_mac(&self, mac: [u8; 6], local: bool) -> Vec<IpAddr> {
        let mut out: Vec<IpAddr> = self
            .macs
            .iter()
            .filter(|(ip, m)| **m == mac && is_host_address(**ip) && (!local || is_local(**ip)))
            .map(|(ip, _)| *ip)
            .collect();
        out.sort();
        out
    }

    /// The address with the most packets, IPv4 first on ties.
    fn main_address(&self, addresses: &[IpAddr]) -> Option<IpAddr> {
        addresses.iter().copied().max_by_key(|a| {
            let packets = self.hosts.get(a).map_or(0, |s| s.packets);
            (packets, a.is_ipv4(), std::cmp::Reverse(*a))
        })
    }

    fn infer_device(&self) -> DeviceChoice {
        let score = |s: &HostStats| s.dns_queries + s.initiated_internet;
        let mut candidates: Vec<(&IpAddr, &HostStats)> = self
            .hosts
            .iter()
            .filter(|(ip, _)| is_local(**ip) && is_host_address(**ip))
            .collect();
        let local = !candidates.is_empty();
        if !local {
            candidates = self
                .hosts
                .iter()
                .filter(|(ip, _)| is_host_address(**ip))
                .collect();
        }
        candidates.sort_by_key(|(ip, s)| {
            std::cmp::Reverse((
                score(s),
                s.initiated,
                s.packets,
                ip.is_ipv4(),
                std::cmp::Reverse(**ip),
            ))
        });
        let Some((&best, stats)) = candidates.first().copied() else {
            return DeviceChoice {
                primary: None,
                addresses: Vec::new(),
                mac: None,
                inferred: true,
                reason: "no device could be inferred: the capture holds no TCP or UDP traffic"
                    .to_owned(),
            };
        };
        let where_ = if local {
            "a local address"
        } else {
            "an address (the capture has no local address)"
        };
        let mut reason = if score(stats) > 0 {
            format!(
                "{best} was inferred as the device: {where_} that sent {} DNS quer{} and opened {} connection{} to non-local addresses, the most of any",
                stats.dns_queries,
                if stats.dns_queries == 1 { "y" } else { "ies" },
                stats.initiated_internet,
                if stats.initiated_internet == 1 {
                    ""
                } else {
                    "s"
                },
            )
        } else {
            format!(
                "{best} was inferred as the device: {where_} with the most connections ({} opened) and packets ({}); no local address sent DNS queries or reached the internet",
                stats.initiated, stats.packets
            )
        };
        if let Some((second, s2)) = candidates.get(1)
            && score(s2) > 0
        {
            reason.push_str(&format!(
                " (next: {second} with {} DNS queries and {} connections to non-local addresses; use the device option to choose)",
                s2.dns_queries, s2.initiated_internet
            ));
        }
        let mac = self.macs.get(&best).copied();
        let mut addresses = vec![best];
        if let Some(mac) = mac {
            let same = self.addresses_of_mac(mac, true);
            if same.len() > 1 && same.len() <= 8 {
                let extra: Vec<IpAddr> = same.into_iter().filter(|a| *a != best).collect();
                reason.push_str(&format!(
                    "; it also sends from {} (same MAC address)",
                    join(&extra)
                ));
                addresses.extend(extra);
            }
        }
        DeviceChoice {
            primary: Some(best),
            addresses,
            mac: mac.map(format_mac),
            inferred: true,
            reason,
        }
    }
}

/// How likely a port is a server's: well-known service ports first, then
/// registered ones, then ephemeral.
fn server_rank(port: u16) -> u8 {
    // DHCP clients (v4 and v6) use fixed ports below 1024.
    if port == 68 || port == 546 {
        return 1;
    }
    if port < 1024
        || inspect::protocol_by_port(Transport::Tcp, port) != Protocol::Unknown
        || inspect::protocol_by_port(Transport::Udp, port) != Protocol::Unknown
    {
        2
    } else if port < 32768 {
        1
    } else {
        0
    }
}

fn join(addresses: &[IpAddr]) -> String {
    addresses
        .iter()
        .map(IpAddr::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn truncate(text: String) -> String {
    if text.chars().count() <= inspect::SAMPLE_CHARS {
        text
    } else {
        text.chars().take(inspect::SAMPLE_CHARS).collect()
    }
}

/// Capture-time nanoseconds as RFC 3339 UTC.
pub(crate) fn rfc3339(ns: Nanos) -> String {
    let secs = ns.div_euclid(SECOND);
    let nanos = u32::try_from(ns.rem_euclid(SECOND)).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, nanos).map_or_else(
        || "1970-01-01T00:00:00Z".to_owned(),
        |t| t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true),
    )
}
