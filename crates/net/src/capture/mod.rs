//! Packet captures: what a device does on the network.
//!
//! [`analyze_capture`] streams a pcap or pcapng file (any byte order,
//! microsecond or nanosecond timestamps, several interfaces) through
//! `pcap-parser`'s streaming reader, decodes each frame with `etherparse`
//! (Ethernet II with VLAN tags, Linux cooked capture SLL and SLL2, raw IP;
//! IPv4 and IPv6 with extension headers; TCP and UDP) and follows every
//! connection. It looks at the first payload of each direction of a
//! connection only (at most [`CaptureOptions::inspect_bytes`] bytes, in TCP
//! sequence order, then the buffer is dropped), so memory grows with the
//! number of connections alive at once, not with the size of the capture.
//!
//! What it reports ([`CaptureReport`]): the device (given, or inferred with
//! the reason), the names it looked up, and its flows: remote address and the
//! DNS name it was resolved from, port, transport, protocol (classified by
//! payload first, by well-known port otherwise), direction, TLS versions,
//! SNI and cipher, HTTP host, DNS query, whether application data went in
//! cleartext and a short sample of it with credentials redacted. Connections
//! with the same remote end and the same observed properties are merged into
//! one flow (`connections` counts them).
//!
//! It does not reassemble streams beyond the first few kilobytes, decrypt
//! anything, reassemble IP fragments, or judge what it sees: that is
//! [`crate::findings`]'s job (facts) and the assessment engine's (verdicts).

mod decode;
mod engine;
mod inspect;
mod read;

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use serde::{Serialize, Serializer};

pub use read::analyze_capture;

/// Which host is the device under test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeviceHint {
    /// The device's IP address.
    Ip(IpAddr),
    /// The device's MAC address: every local address it sends from is the
    /// device's.
    Mac([u8; 6]),
}

impl FromStr for DeviceHint {
    type Err = String;

    /// An IP address (`192.168.1.50`, `fe80::1`) or a MAC address
    /// (`aa:bb:cc:dd:ee:ff`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Ok(ip) = s.parse::<IpAddr>() {
            return Ok(DeviceHint::Ip(ip));
        }
        if let Some(mac) = crate::addr::parse_mac(s) {
            return Ok(DeviceHint::Mac(mac));
        }
        Err(format!(
            "`{s}` is neither an IP address nor a MAC address (aa:bb:cc:dd:ee:ff)"
        ))
    }
}

impl fmt::Display for DeviceHint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeviceHint::Ip(ip) => write!(f, "{ip}"),
            DeviceHint::Mac(mac) => f.write_str(&crate::addr::format_mac(*mac)),
        }
    }
}

/// Options of [`analyze_capture`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaptureOptions {
    /// The device; inferred when absent.
    pub device: Option<DeviceHint>,
    /// Payload bytes kept per connection direction for classification
    /// (default 8 KiB). Past this, or once the protocol's first messages
    /// are read, the connection's buffer is dropped.
    pub inspect_bytes: usize,
}

impl Default for CaptureOptions {
    fn default() -> Self {
        CaptureOptions {
            device: None,
            inspect_bytes: 8 * 1024,
        }
    }
}

/// Why a capture could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    /// The file is empty.
    #[error("{file}: the file is empty; expected a pcap or pcapng capture")]
    Empty { file: String },
    /// The file does not start like a capture.
    #[error(
        "{file}: not a pcap or pcapng capture: at byte offset 0 expected the magic number of a pcap file (a1b2c3d4 or a1b23c4d, in either byte order) or of a pcapng section header block (0a0d0d0a), found {found}"
    )]
    NotACapture { file: String, found: String },
    /// The file starts like a capture, but its header is short or corrupt.
    #[error("{file}: corrupt {format} header at byte offset {offset}: expected {expected}")]
    BadHeader {
        file: String,
        format: CaptureFormat,
        offset: u64,
        expected: String,
    },
    /// Reading the input failed.
    #[error("{file}: cannot read: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// The container format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CaptureFormat {
    Pcap,
    Pcapng,
}

impl fmt::Display for CaptureFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CaptureFormat::Pcap => "pcap",
            CaptureFormat::Pcapng => "pcapng",
        })
    }
}

/// What a capture shows the device doing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CaptureReport {
    /// The name the capture was given under.
    pub file: String,
    pub format: CaptureFormat,
    /// The device's address (its main one, when it has several); absent
    /// when no device could be found.
    pub device: Option<IpAddr>,
    /// Whether the device was inferred rather than given.
    pub device_inferred: bool,
    /// How the device was chosen.
    pub device_reason: String,
    /// Every address counted as the device's.
    pub device_addresses: Vec<IpAddr>,
    /// The device's MAC address, when the link layer shows it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_mac: Option<String>,
    /// Packets read (all of them, not only the device's).
    pub packets: u64,
    /// Bytes of those packets on the wire.
    pub bytes: u64,
    /// Time of the first and last packet.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_seen: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<String>,
    /// Names the device looked up over DNS, sorted, without duplicates.
    pub dns_names: Vec<String>,
    /// The device's flows, by first packet.
    pub flows: Vec<Flow>,
    /// Whether the capture was read to its end (false when it is truncated
    /// or corrupt part-way; `notes` says where it stopped).
    pub complete: bool,
    /// What was skipped or could not be read.
    pub notes: Vec<String>,
}

/// TCP or UDP.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Tcp,
    Udp,
}

impl Transport {
    pub fn as_str(self) -> &'static str {
        match self {
            Transport::Tcp => "tcp",
            Transport::Udp => "udp",
        }
    }
}

/// Who opened a flow, seen from the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// The device opened it.
    Outbound,
    /// Something else connected to the device.
    Inbound,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Outbound => "outbound",
            Direction::Inbound => "inbound",
        }
    }
}

/// The application protocol of a flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Dns,
    Mdns,
    Ntp,
    Ssdp,
    Dhcp,
    Http,
    Rtsp,
    Mqtt,
    Tls,
    Ssh,
    Telnet,
    Ftp,
    Coap,
    Unknown,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Dns => "dns",
            Protocol::Mdns => "mdns",
            Protocol::Ntp => "ntp",
            Protocol::Ssdp => "ssdp",
            Protocol::Dhcp => "dhcp",
            Protocol::Http => "http",
            Protocol::Rtsp => "rtsp",
            Protocol::Mqtt => "mqtt",
            Protocol::Tls => "tls",
            Protocol::Ssh => "ssh",
            Protocol::Telnet => "telnet",
            Protocol::Ftp => "ftp",
            Protocol::Coap => "coap",
            Protocol::Unknown => "unknown",
        }
    }

    /// Whether the protocol carries its application data unencrypted.
    pub fn is_cleartext(self) -> bool {
        !matches!(self, Protocol::Tls | Protocol::Ssh | Protocol::Unknown)
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A TLS (or SSL) protocol version, ordered oldest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TlsVersion {
    Ssl2,
    Ssl3,
    Tls10,
    Tls11,
    Tls12,
    Tls13,
    /// A value this crate does not know (a draft, a DTLS version…).
    Other(u16),
}

impl TlsVersion {
    /// From the wire value (0x0303 is TLS 1.2).
    pub fn from_wire(v: u16) -> TlsVersion {
        match v {
            0x0002 | 0x0200 => TlsVersion::Ssl2,
            0x0300 => TlsVersion::Ssl3,
            0x0301 => TlsVersion::Tls10,
            0x0302 => TlsVersion::Tls11,
            0x0303 => TlsVersion::Tls12,
            0x0304 => TlsVersion::Tls13,
            0x7f00..=0x7fff => TlsVersion::Tls13,
            other => TlsVersion::Other(other),
        }
    }

    /// `1.0` … `1.3`, `SSL 3.0`, `SSL 2.0`, or `0x….`.
    pub fn name(self) -> String {
        match self {
            TlsVersion::Ssl2 => "SSL 2.0".to_owned(),
            TlsVersion::Ssl3 => "SSL 3.0".to_owned(),
            TlsVersion::Tls10 => "1.0".to_owned(),
            TlsVersion::Tls11 => "1.1".to_owned(),
            TlsVersion::Tls12 => "1.2".to_owned(),
            TlsVersion::Tls13 => "1.3".to_owned(),
            TlsVersion::Other(v) => format!("0x{v:04x}"),
        }
    }

    /// Whether the version is older than TLS 1.2.
    pub fn is_below_1_2(self) -> bool {
        matches!(
            self,
            TlsVersion::Ssl2 | TlsVersion::Ssl3 | TlsVersion::Tls10 | TlsVersion::Tls11
        )
    }
}

impl fmt::Display for TlsVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlsVersion::Ssl2 | TlsVersion::Ssl3 => f.write_str(&self.name()),
            TlsVersion::Other(_) => write!(f, "TLS version {}", self.name()),
            _ => write!(f, "TLS {}", self.name()),
        }
    }
}

impl Serialize for TlsVersion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name())
    }
}

/// Where a flow's `tls_version` comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TlsVersionSource {
    /// The server's ServerHello: the version negotiated.
    ServerHello,
    /// No ServerHello was captured: the highest version the ClientHello
    /// offered.
    ClientHello,
}

/// The lowest and highest of a set of ports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct PortSpan {
    pub low: u16,
    pub high: u16,
}

impl PortSpan {
    /// One port.
    pub fn single(port: u16) -> PortSpan {
        PortSpan {
            low: port,
            high: port,
        }
    }

    /// Widened to include `port`.
    pub fn with(self, port: u16) -> PortSpan {
        PortSpan {
            low: self.low.min(port),
            high: self.high.max(port),
        }
    }
}

/// One flow of the device: connections with the same remote end, port,
/// transport, direction and observed properties.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flow {
    /// The remote address.
    pub dst: IpAddr,
    /// The name `dst` was resolved from, by a DNS answer seen earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dns_name: Option<String>,
    /// The service port: the remote port of an outbound flow, the device's
    /// port of an inbound one.
    pub port: u16,
    pub transport: Transport,
    pub protocol: Protocol,
    pub direction: Direction,
    /// Whether `dst` is on the local network.
    pub local: bool,
    /// Whether application data went unencrypted.
    pub cleartext: bool,
    /// TLS: the negotiated version, or the highest offered when no
    /// ServerHello was captured (see `tls_version_source`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_version: Option<TlsVersion>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls_version_source: Option<TlsVersionSource>,
    /// TLS: the versions the ClientHello offered (`supported_versions`, or
    /// its legacy version).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tls_offered: Vec<TlsVersion>,
    /// TLS: the cipher suite the server chose (IANA name when known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cipher: Option<String>,
    /// TLS: the server name the client asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sni: Option<String>,
    /// HTTP / RTSP: the request's Host header.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// HTTP / RTSP: the first request's method and path (credentials
    /// redacted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<String>,
    /// HTTP / RTSP: whether the first request carried credentials
    /// (Authorization header).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<bool>,
    /// HTTP / RTSP: the status of the first response.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// DNS / mDNS: the first query name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// A short sample of the cleartext application data, credentials
    /// replaced by `[redacted]`, non-printable bytes by `.`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sample: Option<String>,
    /// The ports the connections were opened from (the device's own ports
    /// for an outbound flow, the clients' for an inbound one).
    pub source_ports: PortSpan,
    /// Whether the responder answered (TCP SYN-ACK or data, UDP reply).
    pub answered: bool,
    pub connections: u64,
    pub packets: u64,
    pub bytes: u64,
    pub first_seen: String,
    pub last_seen: String,
}

impl Flow {
    /// The best name for the remote end: SNI, HTTP host, resolved name, or
    /// the address.
    pub fn remote_name(&self) -> String {
        self.names()
            .next()
            .map_or_else(|| self.dst.to_string(), str::to_owned)
    }

    /// Every name the flow shows for its remote end, without duplicates:
    /// the SNI and HTTP host the device asked for (outbound flows only: in
    /// an inbound flow they name the device), and the name the remote
    /// address was resolved from.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        let mut seen: Vec<&str> = Vec::with_capacity(3);
        let asked = match self.direction {
            Direction::Outbound => [&self.sni, &self.host],
            Direction::Inbound => [&None, &None],
        };
        for name in asked.into_iter().chain([&self.dns_name]).flatten() {
            if !seen.iter().any(|s| s.eq_ignore_ascii_case(name)) {
                seen.push(name);
            }
        }
        seen.into_iter()
    }
}
