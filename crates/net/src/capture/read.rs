//! Reading the capture file: pcap-parser's streaming readers, one block at
//! a time, with a fixed-size buffer (grown only for a block larger than it).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::{self, Cursor, Read};
use std::rc::Rc;

use pcap_parser::traits::PcapNGPacketBlock;
use pcap_parser::{Block, PcapBlockOwned, PcapError, create_reader};

use super::decode::{Frame, Link, decode, linktype_name};
use super::engine::{Counters, Engine, Nanos, rfc3339};
use super::{CaptureError, CaptureFormat, CaptureOptions, CaptureReport};

/// The reader's buffer.
const BUFFER: usize = 1 << 20;
/// The largest block accepted (the buffer grows up to this).
const MAX_BLOCK: usize = 16 << 20;
/// Bytes read before handing the input to pcap-parser, to recognise the
/// format and report a bad header precisely.
const PREFIX: usize = 64 * 1024;

/// An input that remembers its last I/O error (pcap-parser only says that
/// a read failed).
struct Recording<R> {
    inner: R,
    error: Rc<RefCell<Option<io::Error>>>,
}

impl<R: Read> Read for Recording<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match self.inner.read(buf) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let kind = e.kind();
                    let text = e.to_string();
                    *self.error.borrow_mut() = Some(e);
                    return Err(io::Error::new(kind, text));
                }
                ok => return ok,
            }
        }
    }
}

/// A packet of a block: link type, link, timestamp, data, captured and
/// original length.
type FrameRef<'a> = (i32, Option<Link>, Nanos, &'a [u8], u32, u32);

/// One interface of a pcapng section.
#[derive(Debug, Clone, Copy)]
struct Interface {
    linktype: i32,
    link: Option<Link>,
    /// Timestamp units per second.
    resolution: u64,
    /// Seconds added to every timestamp.
    offset: i64,
}

/// Reads a pcap or pcapng capture and reports what the device does.
///
/// `file` names the capture in errors and notes. The input is read once,
/// sequentially, through a buffer of about a megabyte: a multi-gigabyte file
/// needs no more memory than a small one, beyond the connections it holds
/// open at once. A capture that is truncated or corrupt part-way gives what
/// could be read, `complete: false` and a note saying where it stopped; one
/// that is not a capture at all, or whose header is corrupt, is an error.
///
/// ```
/// use iotmark_net::{CaptureOptions, analyze_capture};
///
/// let err = analyze_capture("notes.txt", &b"hello, world"[..], &CaptureOptions::default())
///     .unwrap_err();
/// assert!(err.to_string().starts_with("notes.txt: not a pcap or pcapng capture"));
/// ```
pub fn analyze_capture<R: Read>(
    file: &str,
    reader: R,
    options: &CaptureOptions,
) -> Result<CaptureReport, CaptureError> {
    let error = Rc::new(RefCell::new(None));
    let mut input = Recording {
        inner: reader,
        error: Rc::clone(&error),
    };
    let prefix = read_prefix(&mut input).map_err(|source| CaptureError::Io {
        file: file.to_owned(),
        source,
    })?;
    let format = check_header(file, &prefix)?;
    let prefix_len = prefix.len();
    let mut reader = match create_reader(BUFFER, Cursor::new(prefix).chain(input)) {
        Ok(r) => r,
        Err(e) => {
            return Err(CaptureError::BadHeader {
                file: file.to_owned(),
                format,
                offset: 0,
                expected: format!(
                    "a {format} header that pcap-parser can read ({}; {prefix_len} bytes available)",
                    describe_error(&e)
                ),
            });
        }
    };

    let mut engine = Engine::new(options);
    let mut packets = 0u64;
    let mut bytes = 0u64;
    let mut first_ts: Option<Nanos> = None;
    let mut last_ts: Option<Nanos> = None;
    let mut legacy: Option<(i32, Option<Link>, bool)> = None;
    let mut interfaces: Vec<Interface> = Vec::new();
    let mut skipped: BTreeMap<i32, u64> = BTreeMap::new();
    let mut bad_interface = 0u64;
    let mut notes: Vec<String> = Vec::new();
    let mut complete = true;
    let mut capacity = BUFFER;

    loop {
        match reader.next() {
            Ok((offset, block)) => {
                // (link type, link, timestamp, data, length on the wire)
                let frame: Option<FrameRef<'_>> = match &block {
                    PcapBlockOwned::LegacyHeader(h) => {
                        let linktype = h.network.0;
                        legacy = Some((
                            linktype,
                            Link::from_linktype(linktype),
                            h.is_nanosecond_precision(),
                        ));
                        None
                    }
                    PcapBlockOwned::Legacy(b) => {
                        let (linktype, link, nano) =
                            legacy.unwrap_or((1, Some(Link::Ethernet), false));
                        let frac = i64::from(b.ts_usec) * if nano { 1 } else { 1000 };
                        let ts = i64::from(b.ts_sec) * 1_000_000_000 + frac;
                        Some((linktype, link, ts, b.data, b.caplen, b.origlen))
                    }
                    PcapBlockOwned::NG(Block::SectionHeader(_)) => {
                        interfaces.clear();
                        None
                    }
                    PcapBlockOwned::NG(Block::InterfaceDescription(idb)) => {
                        let linktype = i32::from(idb.linktype.0 as u16);
                        interfaces.push(Interface {
                            linktype,
                            link: Link::from_linktype(linktype),
                            resolution: idb.ts_resolution().unwrap_or(1_000_000).max(1),
                            offset: idb.ts_offset(),
                        });
                        None
                    }
                    PcapBlockOwned::NG(Block::EnhancedPacket(epb)) => {
                        match interfaces.get(epb.if_id as usize) {
                            Some(i) => {
                                let units = (u64::from(epb.ts_high) << 32) | u64::from(epb.ts_low);
                                let ts = ng_nanos(units, i.resolution, i.offset);
                                let data = epb.packet_data();
                                Some((i.linktype, i.link, ts, data, data.len() as u32, epb.origlen))
                            }
                            None => {
                                packets += 1;
                                bad_interface += 1;
                                None
                            }
                        }
                    }
                    PcapBlockOwned::NG(Block::SimplePacket(spb)) => match interfaces.first() {
                        Some(i) => {
                            let data = spb.packet_data();
                            let ts = last_ts.unwrap_or(0);
                            Some((i.linktype, i.link, ts, data, data.len() as u32, spb.origlen))
                        }
                        None => {
                            packets += 1;
                            bad_interface += 1;
                            None
                        }
                    },
                    PcapBlockOwned::NG(_) => None,
                };
                if let Some((linktype, link, ts, data, caplen, origlen)) = frame {
                    packets += 1;
                    let wire = u64::from(origlen.max(caplen));
                    bytes += wire;
                    if first_ts.is_none_or(|f| ts < f) {
                        first_ts = Some(ts);
                    }
                    if last_ts.is_none_or(|l| ts > l) {
                        last_ts = Some(ts);
                    }
                    if caplen < origlen {
                        engine.counters.truncated += 1;
                    }
                    match link {
                        Some(link) => match decode(link, data) {
                            Frame::Ip(p) => engine.packet(ts, wire, p),
                            Frame::NotIp => engine.counters.not_ip += 1,
                            Frame::Malformed => engine.counters.malformed += 1,
                        },
                        None => *skipped.entry(linktype).or_default() += 1,
                    }
                }
                reader.consume(offset);
            }
            Err(PcapError::Eof) => break,
            Err(PcapError::Incomplete(_)) => {
                let before = reader.data().len();
                if reader.refill().is_err() {
                    complete = false;
                    notes.push(read_failed(&error, reader.consumed(), packets));
                    break;
                }
                if reader.data().len() == before && !reader.reader_exhausted() {
                    // The buffer is full and the parser wants more.
                    if capacity >= MAX_BLOCK || !reader.grow(capacity * 2) {
                        complete = false;
                        notes.push(too_large(reader.consumed(), packets));
                        break;
                    }
                    capacity *= 2;
                }
            }
            Err(PcapError::BufferTooSmall) => {
                if capacity >= MAX_BLOCK || !reader.grow(capacity * 2) {
                    complete = false;
                    notes.push(too_large(reader.consumed(), packets));
                    break;
                }
                capacity *= 2;
                if reader.refill().is_err() {
                    complete = false;
                    notes.push(read_failed(&error, reader.consumed(), packets));
                    break;
                }
            }
            Err(PcapError::UnexpectedEof) => {
                complete = false;
                notes.push(format!(
                    "the capture is truncated: it ends in the middle of a record at byte offset {} (packet {}); the {packets} packet{} before it were analysed",
                    reader.consumed(),
                    packets + 1,
                    plural(packets),
                ));
                break;
            }
            Err(PcapError::ReadError) => {
                complete = false;
                notes.push(read_failed(&error, reader.consumed(), packets));
                break;
            }
            Err(e) => {
                complete = false;
                let detail = describe_error(&e);
                notes.push(format!(
                    "the capture is corrupt at byte offset {} (packet {}): {detail}; reading stopped there and the {packets} packet{} before it were analysed",
                    reader.consumed(),
                    packets + 1,
                    plural(packets),
                ));
                break;
            }
        }
    }
    drop(reader);

    let counters = std::mem::take(&mut engine.counters);
    let (device, flows, dns_names, others) = engine.finish(options.device);
    let mut all_notes = Vec::new();
    for (linktype, count) in &skipped {
        all_notes.push(format!(
            "{count} packet{} with {} skipped: only Ethernet, Linux cooked capture (SLL, SLL2) and raw IP are read",
            plural(*count),
            linktype_name(*linktype)
        ));
    }
    if bad_interface > 0 {
        all_notes.push(format!(
            "{bad_interface} packet{} named an interface that no interface description block defines, and {} skipped",
            plural(bad_interface),
            if bad_interface == 1 { "was" } else { "were" }
        ));
    }
    all_notes.extend(counter_notes(&counters, others));
    all_notes.extend(notes);
    Ok(CaptureReport {
        file: file.to_owned(),
        format,
        device: device.primary,
        device_inferred: device.inferred,
        device_reason: device.reason,
        device_addresses: device.addresses,
        device_mac: device.mac,
        packets,
        bytes,
        first_seen: first_ts.map(rfc3339),
        last_seen: last_ts.map(rfc3339),
        dns_names,
        flows,
        complete,
        notes: all_notes,
    })
}

fn plural(n: u64) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The ending of a counted noun and its verb: `1 frame was`, `2 frames were`.
fn was(n: u64) -> &'static str {
    if n == 1 { " was" } else { "s were" }
}

fn counter_notes(c: &Counters, others: u64) -> Vec<String> {
    let mut notes = Vec::new();
    if c.truncated > 0 {
        notes.push(format!(
            "{} packet{} shorter than on the wire (snapshot length): their payloads were read as far as captured",
            c.truncated,
            was(c.truncated)
        ));
    }
    if c.malformed > 0 {
        notes.push(format!(
            "{} frame{} too short or corrupt to decode and skipped",
            c.malformed,
            was(c.malformed)
        ));
    }
    if c.fragments > 0 {
        notes.push(format!(
            "{} IP fragment{} not reassembled",
            c.fragments,
            was(c.fragments)
        ));
    }
    if c.not_ip > 0 {
        notes.push(format!(
            "{} frame{} not IP (ARP and the like) and skipped",
            c.not_ip,
            was(c.not_ip)
        ));
    }
    if c.other_transport > 0 {
        notes.push(format!(
            "{} IP packet{} neither TCP nor UDP (ICMP and the like) and not counted in flows",
            c.other_transport,
            was(c.other_transport)
        ));
    }
    if others > 0 {
        notes.push(format!(
            "{others} connection{} between other hosts {} left out",
            plural(others),
            if others == 1 { "was" } else { "were" }
        ));
    }
    notes
}

/// pcapng timestamp units to nanoseconds since the epoch.
fn ng_nanos(units: u64, resolution: u64, offset: i64) -> Nanos {
    let nanos = u128::from(units) * 1_000_000_000 / u128::from(resolution.max(1));
    let nanos = i64::try_from(nanos).unwrap_or(i64::MAX);
    nanos.saturating_add(offset.saturating_mul(1_000_000_000))
}

fn read_failed(error: &Rc<RefCell<Option<io::Error>>>, offset: usize, packets: u64) -> String {
    let why = error.borrow().as_ref().map_or_else(
        || "a read failed".to_owned(),
        |e| format!("a read failed: {e}"),
    );
    format!(
        "reading stopped at byte offset {offset} (packet {}): {why}; the {packets} packet{} before it were analysed",
        packets + 1,
        plural(packets)
    )
}

fn too_large(offset: usize, packets: u64) -> String {
    format!(
        "the capture is corrupt at byte offset {offset} (packet {}): a block claims to be larger than {} MiB; reading stopped there and the {packets} packet{} before it were analysed",
        packets + 1,
        MAX_BLOCK >> 20,
        plural(packets)
    )
}

fn describe_error<I>(e: &PcapError<I>) -> String {
    match e {
        PcapError::Eof => "the file ends".to_owned(),
        PcapError::UnexpectedEof => "the file ends in the middle of a block".to_owned(),
        PcapError::BufferTooSmall => "a block is larger than the buffer".to_owned(),
        PcapError::ReadError => "a read failed".to_owned(),
        PcapError::Incomplete(n) => format!("{n} more bytes are needed"),
        PcapError::HeaderNotRecognized => "the header is not recognised".to_owned(),
        PcapError::NomError(_, kind) | PcapError::OwnedNomError(_, kind) => {
            format!("a block does not parse ({})", kind.description())
        }
    }
}

/// Reads up to [`PREFIX`] bytes (fewer only at the end of the input).
fn read_prefix<R: Read>(input: &mut R) -> io::Result<Vec<u8>> {
    let mut prefix = Vec::with_capacity(PREFIX);
    input.take(PREFIX as u64).read_to_end(&mut prefix)?;
    Ok(prefix)
}

/// Recognises the format from the first bytes, or says precisely why it
/// cannot be read.
fn check_header(file: &str, prefix: &[u8]) -> Result<CaptureFormat, CaptureError> {
    let bad = |format, offset: u64, expected: String| CaptureError::BadHeader {
        file: file.to_owned(),
        format,
        offset,
        expected,
    };
    let Some(magic) = prefix.get(..4) else {
        if prefix.is_empty() {
            return Err(CaptureError::Empty {
                file: file.to_owned(),
            });
        }
        return Err(CaptureError::NotACapture {
            file: file.to_owned(),
            found: format!("only {} byte{}", prefix.len(), plural(prefix.len() as u64)),
        });
    };
    let magic = [magic[0], magic[1], magic[2], magic[3]];
    if magic == [0x0a, 0x0d, 0x0d, 0x0a] {
        let Some(bom) = prefix.get(8..12) else {
            return Err(bad(
                CaptureFormat::Pcapng,
                prefix.len() as u64,
                format!(
                    "a section header block of at least 28 bytes, but the file has only {} bytes",
                    prefix.len()
                ),
            ));
        };
        let big = match bom {
            [0x1a, 0x2b, 0x3c, 0x4d] => true,
            [0x4d, 0x3c, 0x2b, 0x1a] => false,
            _ => {
                return Err(bad(
                    CaptureFormat::Pcapng,
                    8,
                    format!(
                        "the byte-order magic 1a2b3c4d (in either byte order), found {}",
                        hex(bom)
                    ),
                ));
            }
        };
        let word = |b: &[u8]| {
            let a = [b[0], b[1], b[2], b[3]];
            if big {
                u32::from_be_bytes(a)
            } else {
                u32::from_le_bytes(a)
            }
        };
        let length = word(&prefix[4..8]);
        if length < 28 || length % 4 != 0 {
            return Err(bad(
                CaptureFormat::Pcapng,
                4,
                format!(
                    "a section header block length of at least 28, a multiple of 4, found {length}"
                ),
            ));
        }
        if let Some(v) = prefix.get(12..14) {
            let major = if big {
                u16::from_be_bytes([v[0], v[1]])
            } else {
                u16::from_le_bytes([v[0], v[1]])
            };
            if major != 1 {
                return Err(bad(
                    CaptureFormat::Pcapng,
                    12,
                    format!("pcapng major version 1, found {major}"),
                ));
            }
        }
        if (prefix.len() as u64) < u64::from(length) && prefix.len() < PREFIX {
            return Err(bad(
                CaptureFormat::Pcapng,
                prefix.len() as u64,
                format!(
                    "a section header block of {length} bytes, but the file has only {} bytes",
                    prefix.len()
                ),
            ));
        }
        return Ok(CaptureFormat::Pcapng);
    }
    let le = u32::from_le_bytes(magic);
    let be = u32::from_be_bytes(magic);
    let pcap_magics = [0xa1b2_c3d4u32, 0xa1b2_3c4d, 0xa1b2_cd34];
    let big = if pcap_magics.contains(&le) {
        false
    } else if pcap_magics.contains(&be) {
        true
    } else {
        let text = prefix
            .iter()
            .take(16)
            .all(|b| b.is_ascii_graphic() || b.is_ascii_whitespace());
        return Err(CaptureError::NotACapture {
            file: file.to_owned(),
            found: if text {
                format!(
                    "{} (text: {:?})",
                    hex(&magic),
                    String::from_utf8_lossy(&prefix[..prefix.len().min(16)])
                )
            } else {
                hex(&magic)
            },
        });
    };
    if prefix.len() < 24 {
        return Err(bad(
            CaptureFormat::Pcap,
            prefix.len() as u64,
            format!(
                "a 24-byte file header, but the file has only {} bytes",
                prefix.len()
            ),
        ));
    }
    let major = if big {
        u16::from_be_bytes([prefix[4], prefix[5]])
    } else {
        u16::from_le_bytes([prefix[4], prefix[5]])
    };
    if major != 2 {
        return Err(bad(
            CaptureFormat::Pcap,
            4,
            format!("pcap major version 2, found {major}"),
        ));
    }
    Ok(CaptureFormat::Pcap)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
