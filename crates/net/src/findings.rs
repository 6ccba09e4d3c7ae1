//! Facts about a capture, against the device's MUD file and a tracker list.
//!
//! [`check`] turns a [`CaptureReport`] (and optionally a [`MudProfile`]) into
//! [`NetFinding`]s. They are facts, never verdicts: "the device sent HTTP in
//! cleartext to X", "TLS 1.0 was negotiated with Y", "the MUD file does not
//! allow Z". Whether a fact fails a criterion is the assessment engine's
//! decision.
//!
//! # How a flow is checked against a MUD file
//!
//! A flow the device opened is matched against the `from-device-policy`
//! rules, one opened by another host against the `to-device-policy` rules,
//! in order; the first rule that matches decides (accept, or drop / reject).
//! A rule matches when its transport, IP version, remote port (destination
//! port from the device, or the device's port for inbound traffic) and
//! `direction-initiated` agree, and its endpoint does:
//!
//! - a DNS name matches the name the remote address was resolved from, the
//!   TLS SNI or the HTTP host (case-insensitive, exact);
//! - `local-networks` matches a local remote address; an IP network matches
//!   addresses inside it;
//! - `controller`, `my-controller`, `manufacturer`, `same-manufacturer` and
//!   `model` name classes of hosts that only a MUD manager can resolve: a
//!   capture cannot prove membership, so they match local remote addresses
//!   and the flow is listed as *assumed* allowed.
//!
//! A condition on the source port of the opening packets (the device's own
//! port of an outbound flow, the client's of an inbound one) must hold for
//! every connection of the flow. The return traffic of an allowed flow is
//! taken as allowed, as a stateful MUD manager does; the rules that would
//! allow it are still marked as used.
//!
//! As MUD managers do, two kinds of traffic are allowed without a rule:
//! DNS (port 53) to the network's resolver (a local DNS server, or the
//! server the device sent most of its DNS queries to) and DHCP (UDP 67/68).

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;

use serde::Serialize;

use crate::addr::in_network;
use crate::capture::{
    CaptureReport, Direction, Flow, PortSpan, Protocol, TlsVersion, TlsVersionSource, Transport,
};
use crate::mud::{
    Action, Endpoint, IpVersion, MudProfile, MudRule, PolicyDirection, PortMatch, RuleTransport,
};
use crate::trackers::TrackerList;

/// One fact about the device's network behaviour.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum NetFinding {
    /// Application data (HTTP, MQTT without TLS, telnet, FTP, CoAP, RTSP)
    /// went unencrypted to or from a non-local address.
    CleartextInternet {
        protocol: Protocol,
        /// The remote end's best name (SNI, HTTP host, resolved name) or
        /// address.
        endpoint: String,
        dst: IpAddr,
        port: u16,
        transport: Transport,
        direction: Direction,
        #[serde(skip_serializing_if = "Option::is_none")]
        sample: Option<String>,
        message: String,
    },
    /// TLS below 1.2: negotiated, or (without a captured ServerHello) the
    /// best the client offered.
    WeakTls {
        version: TlsVersion,
        /// True when the version comes from the ServerHello.
        negotiated: bool,
        endpoint: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        sni: Option<String>,
        dst: IpAddr,
        port: u16,
        direction: Direction,
        message: String,
    },
    /// The device accepted connections on a port.
    InboundService {
        port: u16,
        transport: Transport,
        protocol: Protocol,
        /// Whether application data went unencrypted.
        cleartext: bool,
        /// Who connected (at most ten addresses).
        clients: Vec<IpAddr>,
        /// Whether a non-local address connected.
        from_internet: bool,
        /// HTTP / RTSP: the status a request without credentials got.
        #[serde(skip_serializing_if = "Option::is_none")]
        unauthenticated_status: Option<u16>,
        message: String,
    },
    /// The device talked to an endpoint its MUD file does not allow.
    MudViolation {
        endpoint: String,
        dst: IpAddr,
        port: u16,
        transport: Transport,
        direction: Direction,
        protocol: Protocol,
        /// The rule that denies it, when one does (`acl/ace`).
        #[serde(skip_serializing_if = "Option::is_none")]
        denied_by: Option<String>,
        connections: u64,
        /// Whether the other end answered (false: only attempts).
        answered: bool,
        message: String,
    },
    /// A MUD rule no traffic in the capture used.
    MudUnused {
        acl: String,
        ace: String,
        rule: String,
        message: String,
    },
    /// Every flow of the capture is allowed by the MUD file.
    MudObeyed {
        /// Endpoints allowed by a rule (`name transport/port direction`).
        endpoints: Vec<String>,
        /// Flows allowed without a rule (DNS to the resolver, DHCP).
        implicit: Vec<String>,
        /// Flows allowed by a class rule a capture cannot verify.
        assumed: Vec<String>,
        message: String,
    },
    /// The device contacted a domain on the tracker list.
    TrackerContact {
        /// The list entry matched.
        domain: String,
        /// The name contacted.
        name: String,
        /// How: `dns_query`, `tls_sni`, `http_host`, `connection` (to an
        /// address resolved from the name).
        via: Vec<String>,
        /// The tracker list's name.
        list: String,
        message: String,
    },
}

impl NetFinding {
    /// The one-sentence description.
    pub fn message(&self) -> &str {
        match self {
            NetFinding::CleartextInternet { message, .. }
            | NetFinding::WeakTls { message, .. }
            | NetFinding::InboundService { message, .. }
            | NetFinding::MudViolation { message, .. }
            | NetFinding::MudUnused { message, .. }
            | NetFinding::MudObeyed { message, .. }
            | NetFinding::TrackerContact { message, .. } => message,
        }
    }

    /// The finding's kind, as serialised (`cleartext_internet`, …).
    pub fn kind(&self) -> &'static str {
        match self {
            NetFinding::CleartextInternet { .. } => "cleartext_internet",
            NetFinding::WeakTls { .. } => "weak_tls",
            NetFinding::InboundService { .. } => "inbound_service",
            NetFinding::MudViolation { .. } => "mud_violation",
            NetFinding::MudUnused { .. } => "mud_unused",
            NetFinding::MudObeyed { .. } => "mud_obeyed",
            NetFinding::TrackerContact { .. } => "tracker_contact",
        }
    }
}

/// The facts of a capture: cleartext, weak TLS, inbound services, trackers,
/// and, with a MUD file, what it allows.
pub fn check(
    report: &CaptureReport,
    mud: Option<&MudProfile>,
    trackers: &TrackerList,
) -> Vec<NetFinding> {
    let mut out = Vec::new();
    cleartext(report, &mut out);
    weak_tls(report, &mut out);
    inbound(report, &mut out);
    tracker_contacts(report, trackers, &mut out);
    if let Some(mud) = mud {
        mud_check(report, mud, &mut out);
    }
    out
}

fn endpoint_text(flow: &Flow) -> String {
    let name = flow.remote_name();
    if name == flow.dst.to_string() {
        name
    } else {
        format!("{name} ({})", flow.dst)
    }
}

fn protocol_label(p: Protocol) -> &'static str {
    match p {
        Protocol::Http => "HTTP",
        Protocol::Mqtt => "MQTT",
        Protocol::Telnet => "telnet",
        Protocol::Ftp => "FTP",
        Protocol::Coap => "CoAP",
        Protocol::Rtsp => "RTSP",
        Protocol::Dns => "DNS",
        Protocol::Mdns => "mDNS",
        Protocol::Ntp => "NTP",
        Protocol::Ssdp => "SSDP",
        Protocol::Dhcp => "DHCP",
        Protocol::Tls => "TLS",
        Protocol::Ssh => "SSH",
        Protocol::Unknown => "an unidentified protocol",
    }
}

fn cleartext(report: &CaptureReport, out: &mut Vec<NetFinding>) {
    for flow in &report.flows {
        let app = matches!(
            flow.protocol,
            Protocol::Http
                | Protocol::Mqtt
                | Protocol::Telnet
                | Protocol::Ftp
                | Protocol::Coap
                | Protocol::Rtsp
        );
        if !(flow.cleartext && app && !flow.local) {
            continue;
        }
        let endpoint = endpoint_text(flow);
        let message = match flow.direction {
            Direction::Outbound => format!(
                "The device sent {} in cleartext to {endpoint} on {}/{}.",
                protocol_label(flow.protocol),
                flow.transport.as_str(),
                flow.port
            ),
            Direction::Inbound => format!(
                "{endpoint}, on the internet, reached the device over {} in cleartext on {}/{}.",
                protocol_label(flow.protocol),
                flow.transport.as_str(),
                flow.port
            ),
        };
        out.push(NetFinding::CleartextInternet {
            protocol: flow.protocol,
            endpoint: flow.remote_name(),
            dst: flow.dst,
            port: flow.port,
            transport: flow.transport,
            direction: flow.direction,
            sample: flow.sample.clone(),
            message,
        });
    }
}

fn weak_tls(report: &CaptureReport, out: &mut Vec<NetFinding>) {
    for flow in &report.flows {
        if flow.protocol != Protocol::Tls {
            continue;
        }
        let Some(version) = flow.tls_version else {
            continue;
        };
        if !version.is_below_1_2() {
            continue;
        }
        let negotiated = flow.tls_version_source == Some(TlsVersionSource::ServerHello);
        let endpoint = endpoint_text(flow);
        let message = match (negotiated, flow.direction) {
            (true, Direction::Outbound) => format!(
                "{version} was negotiated with {endpoint} on {}/{}.",
                flow.transport.as_str(),
                flow.port
            ),
            (false, Direction::Outbound) => format!(
                "The device offered at best {version} to {endpoint} on {}/{} (no ServerHello was captured).",
                flow.transport.as_str(),
                flow.port
            ),
            (true, Direction::Inbound) => format!(
                "The device's TLS service on {}/{} negotiated {version} with {endpoint}.",
                flow.transport.as_str(),
                flow.port
            ),
            (false, Direction::Inbound) => format!(
                "{endpoint} offered at best {version} to the device's TLS service on {}/{}.",
                flow.transport.as_str(),
                flow.port
            ),
        };
        out.push(NetFinding::WeakTls {
            version,
            negotiated,
            endpoint: flow.remote_name(),
            sni: flow.sni.clone(),
            dst: flow.dst,
            port: flow.port,
            direction: flow.direction,
            message,
        });
    }
}

fn inbound(report: &CaptureReport, out: &mut Vec<NetFinding>) {
    #[derive(Default)]
    struct Service {
        cleartext: bool,
        clients: BTreeSet<IpAddr>,
        from_internet: bool,
        unauthenticated_status: Option<u16>,
    }
    let mut services: BTreeMap<(u16, Transport, Protocol), Service> = BTreeMap::new();
    for flow in &report.flows {
        if flow.direction != Direction::Inbound || !flow.answered {
            continue;
        }
        let s = services
            .entry((flow.port, flow.transport, flow.protocol))
            .or_default();
        s.cleartext |= flow.cleartext;
        s.clients.insert(flow.dst);
        s.from_internet |= !flow.local;
        if flow.authorization == Some(false)
            && let Some(status) = flow.status
        {
            // Prefer a success: it says the service serves without
            // credentials.
            if s.unauthenticated_status
                .is_none_or(|old| !(200..300).contains(&old))
            {
                s.unauthenticated_status = Some(status);
            }
        }
    }
    for ((port, transport, protocol), s) in services {
        let clients: Vec<IpAddr> = s.clients.iter().copied().take(10).collect();
        let mut who = clients
            .iter()
            .take(3)
            .map(IpAddr::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        if s.clients.len() > 3 {
            who.push_str(&format!(" and {} more", s.clients.len() - 3));
        }
        let mut message = format!(
            "The device accepted {} connections on {}/{port} (from {who}){}",
            protocol_label(protocol),
            transport.as_str(),
            if s.cleartext { ", in cleartext" } else { "" }
        );
        match s.unauthenticated_status {
            Some(status) if (200..300).contains(&status) => message.push_str(&format!(
                "; a request without credentials got {status}, not 401"
            )),
            Some(status) => {
                message.push_str(&format!("; a request without credentials got {status}"));
            }
            None => {}
        }
        message.push('.');
        out.push(NetFinding::InboundService {
            port,
            transport,
            protocol,
            cleartext: s.cleartext,
            clients,
            from_internet: s.from_internet,
            unauthenticated_status: s.unauthenticated_status,
            message,
        });
    }
}

fn tracker_contacts(report: &CaptureReport, trackers: &TrackerList, out: &mut Vec<NetFinding>) {
    // (entry, name) -> via
    let mut hits: BTreeMap<(String, String), BTreeSet<&'static str>> = BTreeMap::new();
    let mut hit = |name: &str, via: &'static str| {
        if let Some(entry) = trackers.matches(name) {
            hits.entry((entry.to_owned(), crate::trackers::normalise_name(name)))
                .or_default()
                .insert(via);
        }
    };
    for name in &report.dns_names {
        hit(name, "dns_query");
    }
    for flow in &report.flows {
        // In an inbound flow, the SNI and host name the device.
        if flow.direction == Direction::Outbound {
            if let Some(sni) = &flow.sni {
                hit(sni, "tls_sni");
            }
            if let Some(host) = &flow.host {
                hit(host, "http_host");
            }
        }
        if let Some(name) = &flow.dns_name {
            hit(name, "connection");
        }
    }
    for ((domain, name), via) in hits {
        let how: Vec<&str> = via
            .iter()
            .map(|v| match *v {
                "dns_query" => "a DNS query",
                "tls_sni" => "a TLS server name",
                "http_host" => "an HTTP host header",
                _ => "a connection to its address",
            })
            .collect();
        let listed = if domain == name {
            format!("listed in tracker list {}", trackers.name)
        } else {
            format!("under {domain}, listed in tracker list {}", trackers.name)
        };
        out.push(NetFinding::TrackerContact {
            message: format!(
                "The device contacted {name} ({listed}) through {}.",
                join_words(&how)
            ),
            domain,
            name,
            via: via.iter().map(|v| (*v).to_owned()).collect(),
            list: trackers.name.clone(),
        });
    }
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// How a flow stands against the MUD file.
enum Standing {
    Allowed(usize),
    Assumed(usize),
    Implicit(&'static str),
    /// Denied by a rule (`Some`), or allowed by none (`None`).
    Denied(Option<usize>),
}

fn transport_matches(rule: &MudRule, flow: &Flow) -> bool {
    match rule.transport {
        RuleTransport::Any => true,
        RuleTransport::Tcp => flow.transport == Transport::Tcp,
        RuleTransport::Udp => flow.transport == Transport::Udp,
        RuleTransport::Other => false,
    }
}

fn ip_version_matches(rule: &MudRule, flow: &Flow) -> bool {
    match rule.ip_version {
        None => true,
        Some(IpVersion::Ipv4) => flow.dst.is_ipv4(),
        Some(IpVersion::Ipv6) => flow.dst.is_ipv6(),
    }
}

/// Whether the rule's endpoint matches the flow's remote end: `Some(true)`
/// verified, `Some(false)` assumed (a class), `None` no match.
fn endpoint_matches(endpoint: &Endpoint, flow: &Flow) -> Option<bool> {
    match endpoint {
        Endpoint::Any => Some(true),
        Endpoint::DnsName { name } => flow
            .names()
            .any(|n| n.trim_end_matches('.').eq_ignore_ascii_case(name))
            .then_some(true),
        Endpoint::Network { address, prefix } => {
            in_network(flow.dst, *address, *prefix).then_some(true)
        }
        Endpoint::LocalNetworks => flow.local.then_some(true),
        Endpoint::Controller { .. }
        | Endpoint::MyController
        | Endpoint::Manufacturer { .. }
        | Endpoint::SameManufacturer
        | Endpoint::Model { .. } => flow.local.then_some(false),
    }
}

/// Whether every port of `span` satisfies `port`.
fn span_matches(port: PortMatch, span: PortSpan) -> bool {
    match port {
        PortMatch::Eq { port } => span.low == port && span.high == port,
        PortMatch::Neq { port } => !(port >= span.low && port <= span.high),
        PortMatch::Lte { port } => span.high <= port,
        PortMatch::Gte { port } => span.low >= port,
        PortMatch::Range { lower, upper } => lower <= span.low && span.high <= upper,
    }
}

/// Whether `rule` matches the packets that open `flow`: `Some(verified)`.
fn opens(rule: &MudRule, flow: &Flow) -> Option<bool> {
    let policy = match flow.direction {
        Direction::Outbound => PolicyDirection::FromDevice,
        Direction::Inbound => PolicyDirection::ToDevice,
    };
    if rule.direction != policy || !transport_matches(rule, flow) || !ip_version_matches(rule, flow)
    {
        return None;
    }
    // The service port is the destination of the opening packets; every
    // connection's source port must match too.
    if let Some(port) = rule.destination_port
        && !port.matches(flow.port)
    {
        return None;
    }
    if let Some(port) = rule.source_port
        && !span_matches(port, flow.source_ports)
    {
        return None;
    }
    if flow.transport == Transport::Tcp
        && let Some(init) = rule.initiated_by
        && init != policy
    {
        return None;
    }
    endpoint_matches(&rule.endpoint, flow)
}

/// Whether `rule` matches the replies of `flow`.
fn answers(rule: &MudRule, flow: &Flow) -> bool {
    if !flow.answered {
        return false;
    }
    let policy = match flow.direction {
        Direction::Outbound => PolicyDirection::ToDevice,
        Direction::Inbound => PolicyDirection::FromDevice,
    };
    if rule.direction != policy || !transport_matches(rule, flow) || !ip_version_matches(rule, flow)
    {
        return false;
    }
    if let Some(port) = rule.source_port
        && !port.matches(flow.port)
    {
        return false;
    }
    if let Some(port) = rule.destination_port
        && !span_matches(port, flow.source_ports)
    {
        return false;
    }
    if flow.transport == Transport::Tcp
        && let Some(init) = rule.initiated_by
        && init == policy
    {
        return false;
    }
    endpoint_matches(&rule.endpoint, flow).is_some()
}

/// The network's resolvers: local DNS servers the device used, and the
/// one it sent most queries to.
fn resolvers(report: &CaptureReport) -> BTreeSet<IpAddr> {
    let mut counts: BTreeMap<IpAddr, u64> = BTreeMap::new();
    let mut out = BTreeSet::new();
    for flow in &report.flows {
        if flow.direction == Direction::Outbound
            && flow.port == 53
            && flow.protocol == Protocol::Dns
        {
            *counts.entry(flow.dst).or_default() += flow.connections;
            if flow.local {
                out.insert(flow.dst);
            }
        }
    }
    if let Some((addr, _)) = counts
        .iter()
        .max_by_key(|(a, c)| (**c, std::cmp::Reverse(**a)))
    {
        out.insert(*addr);
    }
    out
}

fn flow_label(flow: &Flow) -> String {
    format!(
        "{} {}/{} {}",
        flow.remote_name(),
        flow.transport.as_str(),
        flow.port,
        flow.direction.as_str()
    )
}

/// Remote name, port, transport, direction.
type ViolationKey = (String, u16, Transport, Direction);
/// What is known of one violating endpoint.
struct Violation {
    dst: IpAddr,
    protocol: Protocol,
    denied_by: Option<String>,
    connections: u64,
    answered: bool,
}

fn mud_check(report: &CaptureReport, mud: &MudProfile, out: &mut Vec<NetFinding>) {
    let resolvers = resolvers(report);
    let mut used = vec![false; mud.rules.len()];
    // (endpoint, port, transport, direction) -> violation
    let mut violations: BTreeMap<ViolationKey, Violation> = BTreeMap::new();
    let mut endpoints = BTreeSet::new();
    let mut implicit = BTreeSet::new();
    let mut assumed = BTreeSet::new();
    for flow in &report.flows {
        for (i, rule) in mud.rules.iter().enumerate() {
            if answers(rule, flow) {
                used[i] = true;
            }
        }
        let standing = if flow.direction == Direction::Outbound
            && flow.port == 53
            && matches!(flow.protocol, Protocol::Dns | Protocol::Unknown)
            && resolvers.contains(&flow.dst)
        {
            Standing::Implicit("DNS to the network's resolver")
        } else if flow.transport == Transport::Udp
            && (flow.port == 67 || flow.port == 68 || flow.protocol == Protocol::Dhcp)
        {
            Standing::Implicit("DHCP")
        } else {
            mud.rules
                .iter()
                .enumerate()
                .find_map(|(i, rule)| {
                    opens(rule, flow).map(|verified| match (rule.action, verified) {
                        (Action::Accept, true) => Standing::Allowed(i),
                        (Action::Accept, false) => Standing::Assumed(i),
                        (_, _) => Standing::Denied(Some(i)),
                    })
                })
                .unwrap_or(Standing::Denied(None))
        };
        match standing {
            Standing::Allowed(i) => {
                used[i] = true;
                endpoints.insert(flow_label(flow));
            }
            Standing::Assumed(i) => {
                used[i] = true;
                let rule = &mud.rules[i];
                assumed.insert(format!(
                    "{} (taken as {})",
                    flow_label(flow),
                    rule.endpoint.describe()
                ));
            }
            Standing::Implicit(why) => {
                implicit.insert(format!("{} ({why})", flow_label(flow)));
            }
            Standing::Denied(i) => {
                let denied_by = i.map(|i| format!("{}/{}", mud.rules[i].acl, mud.rules[i].ace));
                let key = (
                    flow.remote_name(),
                    flow.port,
                    flow.transport,
                    flow.direction,
                );
                let v = violations.entry(key).or_insert(Violation {
                    dst: flow.dst,
                    protocol: flow.protocol,
                    denied_by,
                    connections: 0,
                    answered: false,
                });
                v.connections += flow.connections;
                v.answered |= flow.answered;
            }
        }
    }
    let any_violation = !violations.is_empty();
    for ((endpoint, port, transport, direction), v) in violations {
        let shown = if endpoint == v.dst.to_string() {
            endpoint.clone()
        } else {
            format!("{endpoint} ({})", v.dst)
        };
        let (contacted, connected) = if v.answered {
            ("contacted", "connected to")
        } else {
            ("tried to contact", "tried to connect to")
        };
        let what = match direction {
            Direction::Outbound => format!(
                "The device {contacted} {shown} on {}/{port} ({})",
                transport.as_str(),
                protocol_label(v.protocol)
            ),
            Direction::Inbound => format!(
                "{shown} {connected} the device on {}/{port} ({})",
                transport.as_str(),
                protocol_label(v.protocol)
            ),
        };
        let message = match &v.denied_by {
            Some(rule) => format!("{what}, which MUD file {} denies (rule {rule}).", mud.file),
            None => format!("{what}, which no rule of MUD file {} allows.", mud.file),
        };
        out.push(NetFinding::MudViolation {
            endpoint,
            dst: v.dst,
            port,
            transport,
            direction,
            protocol: v.protocol,
            denied_by: v.denied_by,
            connections: v.connections,
            answered: v.answered,
            message,
        });
    }
    for (rule, used) in mud.rules.iter().zip(&used) {
        if *used || rule.action != Action::Accept {
            continue;
        }
        out.push(NetFinding::MudUnused {
            acl: rule.acl.clone(),
            ace: rule.ace.clone(),
            rule: rule.describe(),
            message: format!(
                "No traffic in the capture used the MUD rule {}/{} ({}).",
                rule.acl,
                rule.ace,
                rule.describe()
            ),
        });
    }
    if !any_violation && !report.flows.is_empty() {
        let mut message = format!(
            "Every flow of the device in the capture is allowed by MUD file {}",
            mud.file
        );
        if !endpoints.is_empty() {
            message.push_str(&format!(
                ": {}",
                endpoints.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
        }
        if !implicit.is_empty() {
            message.push_str(&format!(
                "; {} implicitly allowed (DNS to the resolver, DHCP)",
                implicit.len()
            ));
        }
        if !assumed.is_empty() {
            message.push_str(&format!(
                "; {} assumed to reach a class of hosts the capture cannot verify",
                assumed.len()
            ));
        }
        message.push('.');
        out.push(NetFinding::MudObeyed {
            endpoints: endpoints.into_iter().collect(),
            implicit: implicit.into_iter().collect(),
            assumed: assumed.into_iter().collect(),
            message,
        });
    }
}
