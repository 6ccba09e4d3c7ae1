//! Writes a large pcap of a device's mixed traffic, for `bench/net.sh`.
//!
//! ```text
//! cargo run --release -p iotmark-net --example gen_capture -- DIR [SIZE_MB [small]]
//! ```
//!
//! The file (`DIR/net-bench-<SIZE>mb.pcap`, 1024 MB by default) holds, until
//! it reaches the size: DNS lookups of a few hundred names, TLS sessions
//! (ClientHello with SNI, ServerHello, application data), HTTP requests and
//! responses, MQTT sessions, NTP, a UDP video stream, and another local
//! host's traffic; frames are 60 to 1514 bytes, about 2 per millisecond, over
//! thousands of remote addresses and tens of thousands of connections.
//! With `small`, data segments carry at most 200 bytes, for a capture of
//! mostly small packets (`net-bench-<SIZE>mb-small.pcap`). Nothing here is
//! committed: the file goes where the caller says.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::net::Ipv4Addr;
use std::path::PathBuf;
use std::process::ExitCode;

use etherparse::PacketBuilder;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below((hi - lo + 1) as u64) as usize
    }
}

const DEVICE: [u8; 4] = [192, 168, 1, 50];
const PHONE: [u8; 4] = [192, 168, 1, 70];
const RESOLVER: [u8; 4] = [192, 168, 1, 1];
const NAMES: usize = 400;
const SERVERS: u64 = 4000;

struct Writer {
    out: BufWriter<File>,
    written: u64,
    packets: u64,
    t_ns: u64,
    rng: Rng,
    frame: Vec<u8>,
    junk: Vec<u8>,
    port: u16,
    /// Data segments of at most this many bytes.
    max_segment: usize,
}

impl Writer {
    fn mac(ip: [u8; 4]) -> [u8; 6] {
        [0x02, 0x00, ip[0], ip[1], ip[2], ip[3]]
    }

    /// Link-layer MACs: local hosts have their own, everything else comes
    /// through the router.
    fn macs(src: [u8; 4], dst: [u8; 4]) -> ([u8; 6], [u8; 6]) {
        let local = |a: [u8; 4]| a[0] == 192 && a[1] == 168;
        let router = Self::mac(RESOLVER);
        let s = if local(src) { Self::mac(src) } else { router };
        let d = if local(dst) { Self::mac(dst) } else { router };
        (s, d)
    }

    fn emit(&mut self) -> std::io::Result<()> {
        // Half a millisecond on average between packets.
        self.t_ns += 1 + self.rng.below(1_000_000);
        let secs = (self.t_ns / 1_000_000_000) as u32;
        let usecs = ((self.t_ns % 1_000_000_000) / 1000) as u32;
        let len = self.frame.len() as u32;
        let mut header = [0u8; 16];
        header[0..4].copy_from_slice(&secs.to_le_bytes());
        header[4..8].copy_from_slice(&usecs.to_le_bytes());
        header[8..12].copy_from_slice(&len.to_le_bytes());
        header[12..16].copy_from_slice(&len.to_le_bytes());
        self.out.write_all(&header)?;
        self.out.write_all(&self.frame)?;
        self.written += 16 + u64::from(len);
        self.packets += 1;
        Ok(())
    }

    fn udp(
        &mut self,
        src: [u8; 4],
        dst: [u8; 4],
        sport: u16,
        dport: u16,
        payload: &[u8],
    ) -> std::io::Result<()> {
        let (sm, dm) = Self::macs(src, dst);
        let b = PacketBuilder::ethernet2(sm, dm)
            .ipv4(src, dst, 64)
            .udp(sport, dport);
        self.frame.clear();
        b.write(&mut self.frame, payload)
            .map_err(std::io::Error::other)?;
        self.emit()
    }

    #[allow(clippy::too_many_arguments)]
    fn tcp(
        &mut self,
        src: [u8; 4],
        dst: [u8; 4],
        sport: u16,
        dport: u16,
        seq: u32,
        ack: u32,
        flags: &str,
        payload: &[u8],
    ) -> std::io::Result<()> {
        let (sm, dm) = Self::macs(src, dst);
        let mut b = PacketBuilder::ethernet2(sm, dm)
            .ipv4(src, dst, 64)
            .tcp(sport, dport, seq, 64240);
        if flags.contains('S') {
            b = b.syn();
        }
        if flags.contains('A') {
            b = b.ack(ack);
        }
        if flags.contains('F') {
            b = b.fin();
        }
        if flags.contains('P') {
            b = b.psh();
        }
        self.frame.clear();
        b.write(&mut self.frame, payload)
            .map_err(std::io::Error::other)?;
        self.emit()
    }

    fn next_port(&mut self) -> u16 {
        self.port = if self.port >= 60999 {
            32768
        } else {
            self.port + 1
        };
        self.port
    }

    fn name(i: usize) -> String {
        format!("svc{}.cloud{}.example", i % 97, i)
    }

    fn server(i: usize) -> [u8; 4] {
        let n = (i as u64 * 2_654_435_761) % SERVERS;
        Ipv4Addr::from(0x2c00_0000u32 + n as u32 * 7).octets()
    }

    fn lookup(&mut self, host: [u8; 4], i: usize) -> std::io::Result<()> {
        let name = Self::name(i);
        let port = self.next_port();
        let id = port;
        let mut q = Vec::with_capacity(64);
        q.extend(id.to_be_bytes());
        q.extend([0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
        let mut qname = Vec::new();
        for label in name.split('.') {
            qname.push(label.len() as u8);
            qname.extend(label.as_bytes());
        }
        qname.push(0);
        q.extend(&qname);
        q.extend([0, 1, 0, 1]);
        self.udp(host, RESOLVER, port, 53, &q)?;
        let mut r = q.clone();
        r[2] = 0x81;
        r[3] = 0x80;
        r[7] = 1;
        r.extend([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 1, 0x2c, 0, 4]);
        r.extend(Self::server(i));
        self.udp(RESOLVER, host, 53, port, &r)
    }

    fn client_hello(name: &str) -> Vec<u8> {
        let n = name.as_bytes();
        let mut ext = Vec::new();
        ext.extend([0, 0]);
        ext.extend(((n.len() + 5) as u16).to_be_bytes());
        ext.extend(((n.len() + 3) as u16).to_be_bytes());
        ext.push(0);
        ext.extend((n.len() as u16).to_be_bytes());
        ext.extend(n);
        ext.extend([0, 0x2b, 0, 5, 4, 0x03, 0x04, 0x03, 0x03]);
        ext.extend([0, 0x15, 0, 180]);
        ext.extend([0u8; 180]);
        let mut body = vec![0x03, 0x03];
        body.extend([0x5a; 32]);
        body.push(32);
        body.extend([0x33; 32]);
        body.extend([0, 8, 0x13, 0x01, 0x13, 0x02, 0xc0, 0x2f, 0xc0, 0x30, 1, 0]);
        body.extend((ext.len() as u16).to_be_bytes());
        body.extend(ext);
        Self::handshake(1, &body)
    }

    fn server_hello(rng: &mut Rng) -> Vec<u8> {
        let mut body = vec![0x03, 0x03];
        body.extend([0x77; 32]);
        body.push(32);
        body.extend([0x33; 32]);
        if rng.below(4) == 0 {
            // TLS 1.2.
            body.extend([0xc0, 0x2f, 0]);
            body.extend([0, 0]);
        } else {
            body.extend([0x13, 0x01, 0]);
            body.extend([0, 6, 0, 0x2b, 0, 2, 0x03, 0x04]);
        }
        let mut out = Self::handshake(2, &body);
        // Encrypted handshake records up to a full segment.
        out.extend([0x17, 0x03, 0x03, 0x04, 0x00]);
        out.extend([0xab; 1024]);
        out
    }

    fn handshake(kind: u8, body: &[u8]) -> Vec<u8> {
        let mut hs = vec![kind];
        hs.extend(&(body.len() as u32).to_be_bytes()[1..]);
        hs.extend(body);
        let mut out = vec![0x16, 0x03, 0x01];
        out.extend((hs.len() as u16).to_be_bytes());
        out.extend(hs);
        out
    }

    /// A TCP session: handshake, `exchanges` (client bytes, server bytes),
    /// close.
    fn session(
        &mut self,
        client: [u8; 4],
        server: [u8; 4],
        sport: u16,
        first: &[(Vec<u8>, Vec<u8>)],
        data_packets: usize,
    ) -> std::io::Result<()> {
        let cport = self.next_port();
        let (mut c, mut s) = (self.rng.next() as u32, self.rng.next() as u32);
        self.tcp(client, server, cport, sport, c, 0, "S", b"")?;
        self.tcp(
            server,
            client,
            sport,
            cport,
            s,
            c.wrapping_add(1),
            "SA",
            b"",
        )?;
        c = c.wrapping_add(1);
        s = s.wrapping_add(1);
        self.tcp(client, server, cport, sport, c, s, "A", b"")?;
        for (req, resp) in first {
            self.tcp(client, server, cport, sport, c, s, "PA", req)?;
            c = c.wrapping_add(req.len() as u32);
            for chunk in resp.chunks(1448) {
                self.tcp(server, client, sport, cport, s, c, "PA", chunk)?;
                s = s.wrapping_add(chunk.len() as u32);
            }
        }
        for _ in 0..data_packets {
            // Mostly full segments down, small ones and ACKs up.
            let down = self.rng.below(3) != 0;
            let len = if down {
                if self.rng.below(2) == 0 {
                    self.rng.range(1, self.max_segment)
                } else {
                    self.max_segment
                }
            } else if self.rng.below(2) == 0 {
                0
            } else {
                self.rng.range(20, 600)
            };
            let start = self.rng.range(0, self.junk.len() - 1500);
            let payload = self.junk[start..start + len].to_vec();
            if down {
                self.tcp(server, client, sport, cport, s, c, "PA", &payload)?;
                s = s.wrapping_add(len as u32);
            } else {
                self.tcp(
                    client,
                    server,
                    cport,
                    sport,
                    c,
                    s,
                    if len == 0 { "A" } else { "PA" },
                    &payload,
                )?;
                c = c.wrapping_add(len as u32);
            }
        }
        self.tcp(client, server, cport, sport, c, s, "FA", b"")?;
        self.tcp(
            server,
            client,
            sport,
            cport,
            s,
            c.wrapping_add(1),
            "FA",
            b"",
        )?;
        self.tcp(
            client,
            server,
            cport,
            sport,
            c.wrapping_add(1),
            s.wrapping_add(1),
            "A",
            b"",
        )
    }

    fn one_round(&mut self) -> std::io::Result<()> {
        let i = self.rng.range(0, NAMES - 1);
        let host = if self.rng.below(5) == 0 {
            PHONE
        } else {
            DEVICE
        };
        match self.rng.below(100) {
            0..=54 => {
                self.lookup(host, i)?;
                let hello = Self::client_hello(&Self::name(i));
                let sh = Self::server_hello(&mut self.rng);
                let n = self.rng.range(4, 120);
                self.session(host, Self::server(i), 443, &[(hello, sh)], n)
            }
            55..=69 => {
                self.lookup(host, i)?;
                let req = format!("GET /api/v1/items/{i}?session=abc HTTP/1.1\r\nHost: {}\r\nUser-Agent: iot/1.0\r\n\r\n", Self::name(i)).into_bytes();
                let body_len = self.rng.range(200, 20_000);
                let mut resp =
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n".to_vec();
                resp.extend(&self.junk[..body_len]);
                let n = self.rng.range(0, 10);
                self.session(host, Self::server(i), 80, &[(req, resp)], n)
            }
            70..=79 => {
                let mut connect =
                    b"\x00\x04MQTT\x04\xc2\x00\x3c\x00\x06cam-01\x00\x04user\x00\x04pass".to_vec();
                connect.insert(0, connect.len() as u8);
                connect.insert(0, 0x10);
                let n = self.rng.range(10, 60);
                self.session(
                    DEVICE,
                    [203, 0, 113, 12],
                    1883,
                    &[(connect, vec![0x20, 2, 0, 0])],
                    n,
                )
            }
            80..=84 => {
                let port = self.next_port();
                let mut ntp = [0u8; 48];
                ntp[0] = 0x23;
                self.udp(host, [192, 0, 2, 123], port, 123, &ntp)?;
                ntp[0] = 0x24;
                self.udp([192, 0, 2, 123], host, 123, port, &ntp)
            }
            _ => {
                // A burst of a UDP video stream to one relay.
                let n = self.rng.range(50, 300);
                for _ in 0..n {
                    let len = self.rng.range(900, 1400);
                    let start = self.rng.range(0, self.junk.len() - 1500);
                    let payload = self.junk[start..start + len].to_vec();
                    self.udp(DEVICE, [198, 51, 100, 80], 50000, 3478, &payload)?;
                }
                Ok(())
            }
        }
    }
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next().map(PathBuf::from) else {
        eprintln!("usage: gen_capture DIR [SIZE_MB [small]]");
        return ExitCode::FAILURE;
    };
    let size_mb: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1024);
    // `small`: data segments of at most 200 bytes (many more packets per
    // megabyte).
    let small = args.next().is_some_and(|s| s == "small");
    let suffix = if small { "-small" } else { "" };
    let path = dir.join(format!("net-bench-{size_mb}mb{suffix}.pcap"));
    match generate(&path, size_mb << 20, if small { 200 } else { 1448 }) {
        Ok((bytes, packets)) => {
            println!("{} {bytes} bytes {packets} packets", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}

fn generate(path: &PathBuf, target: u64, max_segment: usize) -> std::io::Result<(u64, u64)> {
    let file = File::create(path)?;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let junk: Vec<u8> = (0..64 * 1024).map(|_| rng.next() as u8).collect();
    let mut w = Writer {
        out: BufWriter::with_capacity(1 << 20, file),
        written: 24,
        packets: 0,
        t_ns: 1_750_000_000_000_000_000,
        rng,
        frame: Vec::with_capacity(2048),
        junk,
        port: 32768,
        max_segment,
    };
    let mut header = Vec::with_capacity(24);
    header.extend(0xa1b2_c3d4u32.to_le_bytes());
    header.extend(2u16.to_le_bytes());
    header.extend(4u16.to_le_bytes());
    header.extend([0u8; 8]);
    header.extend(262_144u32.to_le_bytes());
    header.extend(1u32.to_le_bytes());
    w.out.write_all(&header)?;
    while w.written < target {
        w.one_round()?;
    }
    w.out.flush()?;
    Ok((w.written, w.packets))
}
