//! Writes the capture of the `video-doorbell` example: the network traffic
//! of a Hallwick DoorView 2 video doorbell (192.168.1.60) on a home network
//! on 2026-10-20, which contradicts what its declaration claims.
//!
//! ```text
//! cargo run -p iotmark-net --example doorbell_capture -- examples/video-doorbell/capture.pcapng
//! ```
//!
//! Packets are built with etherparse's `PacketBuilder` (DNS messages with
//! simple-dns, TLS hellos and NTP by hand) and written as pcapng: a section
//! header, one Ethernet interface (`br-lan`, microsecond timestamps) and an
//! enhanced packet block per frame. Timestamps, ports, sequence numbers and
//! "random" bytes are fixed, so every run writes the same bytes; the test
//! `tests/net/example.rs` includes this file and compares [`capture`] with
//! the committed file.
//!
//! What the doorbell does, from 08:15:00 UTC, each name looked up through the
//! router (192.168.1.1) first; internet hosts have RFC 5737 documentation
//! addresses:
//!
//! 1. NTP with `pool.ntp.hallwick.example` (UDP 123).
//! 2. TLS 1.3 with `api.hallwick.example:443`: ClientHello with SNI and
//!    supported_versions, ServerHello selecting TLS 1.3, an encrypted event
//!    upload.
//! 3. TLS 1.0 with `media.hallwick.example:443`: the ClientHello offers only
//!    TLS 1.0, the server resumes a TLS 1.0 session; a snapshot upload.
//! 4. HTTP in cleartext to `app-measurement.com:80` (an analytics domain on
//!    the built-in tracker list): a GET whose query string carries the
//!    doorbell's device id and the button press.
//! 5. At 08:15:21, 192.168.1.20 on the home network opens a telnet
//!    connection to the doorbell's port 23; the doorbell negotiates options,
//!    shows a login prompt and asks for a password.

use std::error::Error;

use etherparse::{PacketBuilder, TcpOptionElement};
use simple_dns::rdata::{A, RData};
use simple_dns::{CLASS, Name, Packet, PacketFlag, QCLASS, QTYPE, Question, ResourceRecord, TYPE};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// The doorbell.
pub const DEVICE: [u8; 4] = [192, 168, 1, 60];
/// The home router: gateway and DNS resolver.
pub const ROUTER: [u8; 4] = [192, 168, 1, 1];
/// A laptop on the home network that tries the doorbell's telnet port.
pub const LAPTOP: [u8; 4] = [192, 168, 1, 20];

const API: [u8; 4] = [198, 51, 100, 20];
const MEDIA: [u8; 4] = [198, 51, 100, 45];
const NTP_1: [u8; 4] = [203, 0, 113, 123];
const NTP_2: [u8; 4] = [203, 0, 113, 124];
const TRACKER: [u8; 4] = [203, 0, 113, 77];

pub const API_NAME: &str = "api.hallwick.example";
pub const MEDIA_NAME: &str = "media.hallwick.example";
pub const NTP_NAME: &str = "pool.ntp.hallwick.example";
pub const TRACKER_NAME: &str = "app-measurement.com";

/// The device id the doorbell sends to the analytics service.
pub const DEVICE_ID: &str = "HWDV2-7C4E19A2B5";

/// 2026-10-20T08:15:00Z, in microseconds since the Unix epoch.
const START_US: u64 = 1_792_484_100_000_000;

/// Seconds from the NTP era (1900) to the Unix epoch.
const NTP_UNIX_OFFSET: u64 = 2_208_988_800;

/// Locally administered MAC addresses.
const DEVICE_MAC: [u8; 6] = [0x02, 0x48, 0x57, 0x01, 0x00, 0x3c];
const ROUTER_MAC: [u8; 6] = [0x02, 0x48, 0x57, 0x01, 0x00, 0x01];
const LAPTOP_MAC: [u8; 6] = [0x02, 0x48, 0x57, 0x01, 0x00, 0x14];

/// Largest TCP payload per segment.
const MSS: usize = 1448;

/// Round trip to the internet hosts, in microseconds.
const RTT_US: u64 = 23_400;

/// Writes the capture to the file named by the first argument.
fn main() -> Result<()> {
    let path = std::env::args_os()
        .nth(1)
        .ok_or("usage: doorbell_capture FILE (e.g. examples/video-doorbell/capture.pcapng)")?;
    let bytes = capture()?;
    std::fs::write(&path, &bytes)?;
    println!("{}: {} bytes", path.to_string_lossy(), bytes.len());
    Ok(())
}

/// The capture, as pcapng bytes.
pub fn capture() -> Result<Vec<u8>> {
    let mut b = Builder::new();

    // 1. Time.
    b.lookup(0x5d21, 50_213, NTP_NAME, &[NTP_1, NTP_2], 150)?;
    b.after(1_200);
    b.ntp(49_153)?;

    // 2. The event ("button pressed") to the doorbell's cloud, over TLS 1.3.
    b.after(180_000);
    b.lookup(0x0b7e, 61_877, API_NAME, &[API], 60)?;
    b.after(900);
    let mut api = b.connect(DEVICE, 49_154, API, 443, 0x6a1f_02c4, 0x9e33_5b70)?;
    let hello = client_hello_13(&mut b.rng, API_NAME);
    b.send(&mut api, true, &hello, 300)?;
    let mut flight = server_hello_13(&mut b.rng);
    flight.extend(change_cipher_spec(0x0303));
    flight.extend(b.encrypted(0x0303, 1_180));
    b.send(&mut api, false, &flight, RTT_US + 2_100)?;
    let mut finished = change_cipher_spec(0x0303);
    finished.extend(b.encrypted(0x0303, 53));
    b.send(&mut api, true, &finished, 1_900)?;
    let event = b.encrypted(0x0303, 412);
    b.send(&mut api, true, &event, 250)?;
    let ticket = b.encrypted(0x0303, 233);
    b.send(&mut api, false, &ticket, RTT_US)?;
    let response = b.encrypted(0x0303, 187);
    b.send(&mut api, false, &response, 9_300)?;
    b.ack(&mut api, true, 400)?;

    // 3. A snapshot of the visitor to the media service, over TLS 1.0.
    b.after(310_000);
    b.lookup(0x77c3, 54_092, MEDIA_NAME, &[MEDIA], 300)?;
    b.after(1_100);
    let mut media = b.connect(DEVICE, 49_155, MEDIA, 443, 0x1c70_9ad3, 0x4f02_e816)?;
    let session = b.rng.bytes(32);
    let hello = client_hello_10(&mut b.rng, MEDIA_NAME, &session);
    b.send(&mut media, true, &hello, 300)?;
    let mut flight = server_hello_10(&mut b.rng, &session);
    flight.extend(change_cipher_spec(0x0301));
    flight.extend(b.encrypted_handshake(0x0301, 48));
    b.send(&mut media, false, &flight, RTT_US + 1_700)?;
    let mut finished = change_cipher_spec(0x0301);
    finished.extend(b.encrypted_handshake(0x0301, 48));
    b.send(&mut media, true, &finished, 1_400)?;
    let upload = b.encrypted(0x0301, 2_832);
    b.send(&mut media, true, &upload, 200)?;
    b.ack(&mut media, false, RTT_US)?;
    let stored = b.encrypted(0x0301, 224);
    b.send(&mut media, false, &stored, 31_000)?;
    b.ack(&mut media, true, 400)?;
    b.close(&mut media, 120_000)?;

    // 4. The same press, to an analytics service, in cleartext.
    b.after(42_000);
    b.lookup(0x3a90, 58_431, TRACKER_NAME, &[TRACKER], 3_600)?;
    b.after(800);
    let mut http = b.connect(DEVICE, 49_156, TRACKER, 80, 0x2d84_6e19, 0xb0c1_7f25)?;
    let request = format!(
        "GET /a?v=2&app=com.hallwick.doorview.fw&device_id={DEVICE_ID}&model=HW-DV2&fw=2.4.1\
         &ev=doorbell_press&ts=1792484100 HTTP/1.1\r\n\
         Host: {TRACKER_NAME}\r\n\
         User-Agent: HallwickDV/2.4.1 (HW-DV2)\r\n\
         Accept: */*\r\n\
         Connection: close\r\n\r\n"
    );
    b.send(&mut http, true, request.as_bytes(), 300)?;
    let response = "HTTP/1.1 204 No Content\r\n\
         Date: Tue, 20 Oct 2026 08:15:00 GMT\r\n\
         Content-Type: image/gif\r\n\
         Cache-Control: no-cache, no-store, must-revalidate\r\n\
         Content-Length: 0\r\n\
         Connection: close\r\n\r\n";
    b.send(&mut http, false, response.as_bytes(), RTT_US + 3_800)?;
    b.close(&mut http, 600)?;
    // The API connection ends once the event is acknowledged.
    b.close(&mut api, 2_400)?;

    // 5. Someone on the home network tries the doorbell's telnet port.
    b.at(START_US + 21_482_316);
    let mut telnet = b.connect(LAPTOP, 51_514, DEVICE, 23, 0x80b5_11a2, 0x0000_6b3f)?;
    // IAC WILL ECHO, IAC WILL SGA, IAC DO NAWS.
    b.send(
        &mut telnet,
        false,
        &[0xff, 0xfb, 0x01, 0xff, 0xfb, 0x03, 0xff, 0xfd, 0x1f],
        2_000,
    )?;
    // IAC DO ECHO, IAC DO SGA, IAC WILL NAWS, IAC SB NAWS 80x24 IAC SE.
    b.send(
        &mut telnet,
        true,
        &[
            0xff, 0xfd, 0x01, 0xff, 0xfd, 0x03, 0xff, 0xfb, 0x1f, 0xff, 0xfa, 0x1f, 0x00, 0x50,
            0x00, 0x18, 0xff, 0xf0,
        ],
        500,
    )?;
    b.send(&mut telnet, false, b"\r\nhallwick-dv2 login: ", 3_100)?;
    b.send(&mut telnet, true, b"root\r\n", 2_870_000)?;
    b.send(&mut telnet, false, b"root\r\nPassword: ", 1_300)?;
    b.ack(&mut telnet, true, 40_000)?;
    b.close(&mut telnet, 4_210_000)?;

    Ok(pcapng(&b.frames))
}

/// xorshift64*: deterministic bytes for keys, randoms and ciphertext.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(n + 8);
        while out.len() < n {
            out.extend(self.next().to_be_bytes());
        }
        out.truncate(n);
        out
    }
}

fn is_local(addr: [u8; 4]) -> bool {
    addr[0] == 192 && addr[1] == 168
}

/// Local hosts have their own MAC; everything else comes through the router.
fn mac(addr: [u8; 4]) -> [u8; 6] {
    match addr {
        DEVICE => DEVICE_MAC,
        LAPTOP => LAPTOP_MAC,
        _ => ROUTER_MAC,
    }
}

/// Internet hosts are 12 hops away.
fn ttl(addr: [u8; 4]) -> u8 {
    if is_local(addr) { 64 } else { 52 }
}

/// One TCP connection: its ends and the next sequence number of each.
struct Conn {
    client: [u8; 4],
    server: [u8; 4],
    cport: u16,
    sport: u16,
    cseq: u32,
    sseq: u32,
}

impl Conn {
    /// (source, destination, source port, destination port, seq, ack) of a
    /// segment from the client or the server.
    fn ends(&self, from_client: bool) -> ([u8; 4], [u8; 4], u16, u16, u32, u32) {
        if from_client {
            (
                self.client,
                self.server,
                self.cport,
                self.sport,
                self.cseq,
                self.sseq,
            )
        } else {
            (
                self.server,
                self.client,
                self.sport,
                self.cport,
                self.sseq,
                self.cseq,
            )
        }
    }

    fn advance(&mut self, from_client: bool, by: u32) {
        if from_client {
            self.cseq = self.cseq.wrapping_add(by);
        } else {
            self.sseq = self.sseq.wrapping_add(by);
        }
    }
}

#[derive(Clone, Copy, Default)]
struct Flags {
    syn: bool,
    ack: bool,
    psh: bool,
    fin: bool,
}

const ACK: Flags = Flags {
    syn: false,
    ack: true,
    psh: false,
    fin: false,
};

struct Builder {
    t_us: u64,
    frames: Vec<(u64, Vec<u8>)>,
    rng: Rng,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            t_us: START_US,
            frames: Vec::new(),
            rng: Rng(0x4857_4456_3220_2026),
        }
    }

    fn after(&mut self, us: u64) {
        self.t_us += us;
    }

    fn at(&mut self, t_us: u64) {
        self.t_us = self.t_us.max(t_us);
    }

    fn udp(
        &mut self,
        (src, dst): ([u8; 4], [u8; 4]),
        sport: u16,
        dport: u16,
        payload: &[u8],
    ) -> Result<()> {
        let builder = PacketBuilder::ethernet2(mac(src), mac(dst))
            .ipv4(src, dst, ttl(src))
            .udp(sport, dport);
        let mut frame = Vec::with_capacity(builder.size(payload.len()));
        builder.write(&mut frame, payload)?;
        self.frames.push((self.t_us, frame));
        Ok(())
    }

    /// One segment of `conn`, `delay_us` after the previous packet; the
    /// sender's sequence number moves on by the payload (and SYN, FIN).
    fn segment(
        &mut self,
        conn: &mut Conn,
        from_client: bool,
        flags: Flags,
        payload: &[u8],
        delay_us: u64,
    ) -> Result<()> {
        self.after(delay_us);
        let (src, dst, sport, dport, seq, ack) = conn.ends(from_client);
        let window = if from_client { 64_240 } else { 65_160 };
        let mut builder = PacketBuilder::ethernet2(mac(src), mac(dst))
            .ipv4(src, dst, ttl(src))
            .tcp(sport, dport, seq, window);
        if flags.syn {
            builder = builder
                .syn()
                .options(&[
                    TcpOptionElement::MaximumSegmentSize(1460),
                    TcpOptionElement::SelectiveAcknowledgementPermitted,
                    TcpOptionElement::Noop,
                    TcpOptionElement::WindowScale(7),
                ])
                .map_err(|e| e.to_string())?;
        }
        if flags.ack {
            builder = builder.ack(ack);
        }
        if flags.psh {
            builder = builder.psh();
        }
        if flags.fin {
            builder = builder.fin();
        }
        let mut frame = Vec::with_capacity(builder.size(payload.len()));
        builder.write(&mut frame, payload)?;
        self.frames.push((self.t_us, frame));
        let len = u32::try_from(payload.len())?;
        conn.advance(
            from_client,
            len + u32::from(flags.syn) + u32::from(flags.fin),
        );
        Ok(())
    }

    /// The three-way handshake; the answer comes a round trip later.
    fn connect(
        &mut self,
        client: [u8; 4],
        cport: u16,
        server: [u8; 4],
        sport: u16,
        cseq: u32,
        sseq: u32,
    ) -> Result<Conn> {
        let mut conn = Conn {
            client,
            server,
            cport,
            sport,
            cseq,
            sseq,
        };
        let rtt = if is_local(server) && is_local(client) {
            350
        } else {
            RTT_US
        };
        let syn = Flags {
            syn: true,
            ..Flags::default()
        };
        self.segment(&mut conn, true, syn, b"", 0)?;
        let syn_ack = Flags {
            syn: true,
            ack: true,
            ..Flags::default()
        };
        self.segment(&mut conn, false, syn_ack, b"", rtt)?;
        self.segment(&mut conn, true, ACK, b"", 150)?;
        Ok(conn)
    }

    /// Data from one end, in segments of at most [`MSS`] bytes, the last
    /// with PSH.
    fn send(
        &mut self,
        conn: &mut Conn,
        from_client: bool,
        data: &[u8],
        delay_us: u64,
    ) -> Result<()> {
        let chunks: Vec<&[u8]> = data.chunks(MSS).collect();
        for (i, chunk) in chunks.iter().enumerate() {
            let flags = Flags {
                psh: i + 1 == chunks.len(),
                ..ACK
            };
            let delay = if i == 0 { delay_us } else { 120 };
            self.segment(conn, from_client, flags, chunk, delay)?;
        }
        Ok(())
    }

    /// A bare acknowledgement.
    fn ack(&mut self, conn: &mut Conn, from_client: bool, delay_us: u64) -> Result<()> {
        self.segment(conn, from_client, ACK, b"", delay_us)
    }

    /// FIN from the client, FIN from the other end a round trip later, the
    /// last acknowledgement.
    fn close(&mut self, conn: &mut Conn, delay_us: u64) -> Result<()> {
        let fin = Flags { fin: true, ..ACK };
        let rtt = if is_local(conn.server) { 900 } else { RTT_US };
        self.segment(conn, true, fin, b"", delay_us)?;
        self.segment(conn, false, fin, b"", rtt)?;
        self.segment(conn, true, ACK, b"", 200)
    }

    /// An A query to the router and its answer.
    fn lookup(
        &mut self,
        id: u16,
        port: u16,
        name: &str,
        addresses: &[[u8; 4]],
        ttl: u32,
    ) -> Result<()> {
        let question = Question::new(
            Name::new(name)?,
            QTYPE::TYPE(TYPE::A),
            QCLASS::CLASS(CLASS::IN),
            false,
        );
        let mut query = Packet::new_query(id);
        query.set_flags(PacketFlag::RECURSION_DESIRED);
        query.questions.push(question.clone());
        self.udp((DEVICE, ROUTER), port, 53, &query.build_bytes_vec()?)?;

        let mut reply = Packet::new_reply(id);
        reply.set_flags(PacketFlag::RECURSION_DESIRED | PacketFlag::RECURSION_AVAILABLE);
        reply.questions.push(question);
        for address in addresses {
            reply.answers.push(ResourceRecord::new(
                Name::new(name)?,
                CLASS::IN,
                ttl,
                RData::A(A {
                    address: u32::from_be_bytes(*address),
                }),
            ));
        }
        self.after(RTT_US / 2 + 4_300);
        self.udp((ROUTER, DEVICE), 53, port, &reply.build_bytes_vec()?)
    }

    /// An NTPv4 client request to the first pool address and the server's
    /// answer.
    fn ntp(&mut self, port: u16) -> Result<()> {
        let sent = ntp_timestamp(self.t_us);
        let mut request = vec![0u8; 48];
        // LI 0, version 4, mode 3 (client).
        request[0] = 0x23;
        request[40..48].copy_from_slice(&sent);
        self.udp((DEVICE, NTP_1), port, 123, &request)?;

        let received = ntp_timestamp(self.t_us + RTT_US / 2);
        let transmitted = ntp_timestamp(self.t_us + RTT_US / 2 + 41);
        let reference = ntp_timestamp(self.t_us - 611_000_000);
        let mut answer = Vec::with_capacity(48);
        // LI 0, version 4, mode 4 (server); stratum 2; poll 6; precision 2^-25.
        answer.extend([0x24, 2, 6, 0xe7]);
        // Root delay and dispersion (NTP short format).
        answer.extend([0x00, 0x00, 0x02, 0x1d]);
        answer.extend([0x00, 0x00, 0x00, 0x4c]);
        // Reference id: the stratum-1 server it follows (192.0.2.10).
        answer.extend([192, 0, 2, 10]);
        answer.extend(reference);
        answer.extend(sent);
        answer.extend(received);
        answer.extend(transmitted);
        self.after(RTT_US);
        self.udp((NTP_1, DEVICE), 123, port, &answer)
    }

    /// A TLS application-data record of `len` bytes of ciphertext.
    fn encrypted(&mut self, version: u16, len: usize) -> Vec<u8> {
        let body = self.rng.bytes(len);
        record(0x17, version, &body)
    }

    /// An encrypted handshake record (a Finished message after
    /// ChangeCipherSpec).
    fn encrypted_handshake(&mut self, version: u16, len: usize) -> Vec<u8> {
        let body = self.rng.bytes(len);
        record(0x16, version, &body)
    }
}

/// Unix microseconds as an NTP timestamp (seconds since 1900, fraction).
fn ntp_timestamp(t_us: u64) -> [u8; 8] {
    let secs = t_us / 1_000_000 + NTP_UNIX_OFFSET;
    let frac = ((t_us % 1_000_000) << 32) / 1_000_000;
    let mut out = [0u8; 8];
    out[..4].copy_from_slice(&(secs as u32).to_be_bytes());
    out[4..].copy_from_slice(&(frac as u32).to_be_bytes());
    out
}

/// `data` after its length in two bytes.
fn vec16(data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u16).to_be_bytes().to_vec();
    out.extend(data);
    out
}

fn u16s(values: &[u16]) -> Vec<u8> {
    values.iter().flat_map(|v| v.to_be_bytes()).collect()
}

fn extension(kind: u16, body: &[u8]) -> Vec<u8> {
    let mut out = kind.to_be_bytes().to_vec();
    out.extend(vec16(body));
    out
}

fn server_name(name: &str) -> Vec<u8> {
    let mut entry = vec![0u8];
    entry.extend(vec16(name.as_bytes()));
    extension(0x0000, &vec16(&entry))
}

fn record(content_type: u8, version: u16, body: &[u8]) -> Vec<u8> {
    let mut out = vec![content_type];
    out.extend(version.to_be_bytes());
    out.extend(vec16(body));
    out
}

fn handshake(kind: u8, record_version: u16, body: &[u8]) -> Vec<u8> {
    let mut message = vec![kind];
    message.extend(&(body.len() as u32).to_be_bytes()[1..]);
    message.extend(body);
    record(0x16, record_version, &message)
}

fn change_cipher_spec(version: u16) -> Vec<u8> {
    record(0x14, version, &[1])
}

/// A TLS 1.3 ClientHello as an embedded TLS stack sends it.
fn client_hello_13(rng: &mut Rng, sni: &str) -> Vec<u8> {
    let mut body = 0x0303u16.to_be_bytes().to_vec();
    body.extend(rng.bytes(32));
    body.push(32);
    body.extend(rng.bytes(32));
    body.extend(vec16(&u16s(&[
        0x1301, 0x1302, 0x1303, 0xc02b, 0xc02f, 0xc02c, 0xc030, 0xcca9, 0xcca8,
    ])));
    body.extend([1, 0]);
    let mut ext = server_name(sni);
    ext.extend(extension(0x0017, &[]));
    ext.extend(extension(0x000a, &vec16(&u16s(&[0x001d, 0x0017, 0x0018]))));
    ext.extend(extension(0x000b, &[1, 0]));
    ext.extend(extension(
        0x000d,
        &vec16(&u16s(&[
            0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601,
        ])),
    ));
    let mut alpn = vec![8];
    alpn.extend(b"http/1.1");
    ext.extend(extension(0x0010, &vec16(&alpn)));
    ext.extend(extension(0x002b, &[4, 0x03, 0x04, 0x03, 0x03]));
    ext.extend(extension(0x002d, &[1, 1]));
    let mut share = u16s(&[0x001d]);
    share.extend(vec16(&rng.bytes(32)));
    ext.extend(extension(0x0033, &vec16(&share)));
    body.extend(vec16(&ext));
    handshake(1, 0x0301, &body)
}

/// A TLS 1.3 ServerHello (legacy version 1.2, supported_versions 1.3).
fn server_hello_13(rng: &mut Rng) -> Vec<u8> {
    let mut body = 0x0303u16.to_be_bytes().to_vec();
    body.extend(rng.bytes(32));
    body.push(32);
    body.extend(rng.bytes(32));
    body.extend(0x1301u16.to_be_bytes());
    body.push(0);
    let mut share = u16s(&[0x001d]);
    share.extend(vec16(&rng.bytes(32)));
    let mut ext = extension(0x0033, &share);
    ext.extend(extension(0x002b, &[0x03, 0x04]));
    body.extend(vec16(&ext));
    handshake(2, 0x0303, &body)
}

/// A TLS 1.0 ClientHello resuming `session`: no supported_versions, CBC
/// suites only.
fn client_hello_10(rng: &mut Rng, sni: &str, session: &[u8]) -> Vec<u8> {
    let mut body = 0x0301u16.to_be_bytes().to_vec();
    body.extend(rng.bytes(32));
    body.push(session.len() as u8);
    body.extend(session);
    body.extend(vec16(&u16s(&[
        0xc014, 0xc013, 0x0035, 0x002f, 0x000a, 0x00ff,
    ])));
    body.extend([1, 0]);
    let mut ext = server_name(sni);
    ext.extend(extension(0x000a, &vec16(&u16s(&[0x0017, 0x0018]))));
    ext.extend(extension(0x000b, &[1, 0]));
    body.extend(vec16(&ext));
    handshake(1, 0x0301, &body)
}

/// A TLS 1.0 ServerHello that resumes `session`.
fn server_hello_10(rng: &mut Rng, session: &[u8]) -> Vec<u8> {
    let mut body = 0x0301u16.to_be_bytes().to_vec();
    body.extend(rng.bytes(32));
    body.push(session.len() as u8);
    body.extend(session);
    body.extend(0xc014u16.to_be_bytes());
    body.push(0);
    body.extend(vec16(&extension(0xff01, &[0])));
    handshake(2, 0x0301, &body)
}

/// A pcapng block: type, length, body (a multiple of 4 bytes), length.
fn block(out: &mut Vec<u8>, kind: u32, body: &[u8]) {
    let len = (12 + body.len()) as u32;
    out.extend(kind.to_le_bytes());
    out.extend(len.to_le_bytes());
    out.extend(body);
    out.extend(len.to_le_bytes());
}

/// A pcapng option, padded to 4 bytes.
fn option(out: &mut Vec<u8>, code: u16, value: &[u8]) {
    out.extend(code.to_le_bytes());
    out.extend((value.len() as u16).to_le_bytes());
    out.extend(value);
    out.resize(out.len().next_multiple_of(4), 0);
}

/// Little-endian pcapng: section header, one Ethernet interface with
/// microsecond timestamps, one enhanced packet block per frame.
fn pcapng(frames: &[(u64, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut shb = Vec::new();
    shb.extend(0x1a2b_3c4du32.to_le_bytes());
    shb.extend(1u16.to_le_bytes());
    shb.extend(0u16.to_le_bytes());
    // Section length not given.
    shb.extend((-1i64).to_le_bytes());
    option(&mut shb, 4, b"iotmark-net doorbell_capture example");
    option(&mut shb, 0, b"");
    block(&mut out, 0x0a0d_0d0a, &shb);

    let mut idb = Vec::new();
    // LINKTYPE_ETHERNET, reserved, snap length.
    idb.extend(1u16.to_le_bytes());
    idb.extend(0u16.to_le_bytes());
    idb.extend(262_144u32.to_le_bytes());
    option(&mut idb, 2, b"br-lan");
    option(&mut idb, 9, &[6]);
    option(&mut idb, 0, b"");
    block(&mut out, 1, &idb);

    for (t_us, frame) in frames {
        let mut epb = Vec::new();
        epb.extend(0u32.to_le_bytes());
        epb.extend(((t_us >> 32) as u32).to_le_bytes());
        epb.extend((*t_us as u32).to_le_bytes());
        epb.extend((frame.len() as u32).to_le_bytes());
        epb.extend((frame.len() as u32).to_le_bytes());
        epb.extend(frame);
        epb.resize(epb.len().next_multiple_of(4), 0);
        block(&mut out, 6, &epb);
    }
    out
}
