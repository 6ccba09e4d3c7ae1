//! Frames to IP packets, with etherparse's zero-copy lax slicing (a frame
//! cut short by the snapshot length still gives its headers).

use std::net::IpAddr;

use etherparse::{
    EtherType, LaxNetSlice, LaxSlicedPacket, LinkSlice, LinuxSllProtocolType, LinuxSllSlice,
    TransportSlice,
};

use crate::addr::canonical;

/// Link types this crate decodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Link {
    Ethernet,
    LinuxSll,
    LinuxSll2,
    RawIp,
    Ipv4,
    Ipv6,
}

impl Link {
    /// From a LINKTYPE_ value; `None` for link types that are skipped.
    pub(crate) fn from_linktype(linktype: i32) -> Option<Link> {
        match linktype {
            1 => Some(Link::Ethernet),
            113 => Some(Link::LinuxSll),
            276 => Some(Link::LinuxSll2),
            101 => Some(Link::RawIp),
            228 => Some(Link::Ipv4),
            229 => Some(Link::Ipv6),
            _ => None,
        }
    }
}

/// A name for a link type, for notes.
pub(crate) fn linktype_name(linktype: i32) -> String {
    let name = match linktype {
        0 => "NULL (BSD loopback)",
        6 => "IEEE 802.5",
        9 => "PPP",
        105 => "IEEE 802.11",
        108 => "LOOP (OpenBSD loopback)",
        119 => "Prism 802.11",
        127 => "802.11 radiotap",
        147..=162 => "user-defined",
        187 => "Bluetooth HCI H4",
        195 => "IEEE 802.15.4",
        201 => "Bluetooth HCI H4 with direction",
        220 => "USB Linux mmapped",
        239 => "Netlink (NFLOG)",
        252 => "Wireshark upper PDU",
        253 => "Netlink",
        _ => "",
    };
    if name.is_empty() {
        format!("link type {linktype}")
    } else {
        format!("link type {linktype} ({name})")
    }
}

/// TCP header fields the flow table needs.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TcpFlags {
    pub syn: bool,
    pub ack: bool,
    pub fin: bool,
    pub rst: bool,
}

/// The transport layer of a packet.
#[derive(Debug)]
pub(crate) enum L4<'a> {
    Tcp {
        sport: u16,
        dport: u16,
        seq: u32,
        flags: TcpFlags,
        payload: &'a [u8],
    },
    Udp {
        sport: u16,
        dport: u16,
        payload: &'a [u8],
    },
    /// ICMP, IGMP, another protocol, or a fragment without its transport
    /// header.
    Other,
}

/// An IP packet.
#[derive(Debug)]
pub(crate) struct IpPacket<'a> {
    pub src_mac: Option<[u8; 6]>,
    pub src: IpAddr,
    pub dst: IpAddr,
    /// A fragment (first or later) of a fragmented datagram.
    pub fragment: bool,
    pub l4: L4<'a>,
}

/// What a frame turned out to be.
#[derive(Debug)]
pub(crate) enum Frame<'a> {
    Ip(IpPacket<'a>),
    /// ARP, or another protocol above the link layer.
    NotIp,
    /// Too short or corrupt to read.
    Malformed,
}

/// Decodes one frame of the given link type.
pub(crate) fn decode(link: Link, data: &[u8]) -> Frame<'_> {
    let (sliced, src_mac) = match link {
        Link::Ethernet => match LaxSlicedPacket::from_ethernet(data) {
            Ok(p) => {
                let mac = match &p.link {
                    Some(LinkSlice::Ethernet2(eth)) => Some(eth.source()),
                    _ => None,
                };
                (p, mac)
            }
            Err(_) => return Frame::Malformed,
        },
        Link::LinuxSll => match LinuxSllSlice::from_slice(data) {
            Ok(sll) => {
                let mac = (sll.sender_address_valid_length() == 6).then(|| {
                    let full = sll.sender_address_full();
                    [full[0], full[1], full[2], full[3], full[4], full[5]]
                });
                match sll.protocol_type() {
                    LinuxSllProtocolType::EtherType(et) => (
                        LaxSlicedPacket::from_ether_type(et, sll.payload_slice()),
                        mac,
                    ),
                    _ => return Frame::NotIp,
                }
            }
            Err(_) => return Frame::Malformed,
        },
        Link::LinuxSll2 => {
            // SLL2: protocol (2), reserved (2), interface index (4), ARPHRD
            // type (2), packet type (1), address length (1), address (8).
            let (Some(proto), Some(addr_len), Some(addr), Some(payload)) = (
                data.get(0..2),
                data.get(11),
                data.get(12..18),
                data.get(20..),
            ) else {
                return Frame::Malformed;
            };
            let et = EtherType(u16::from_be_bytes([proto[0], proto[1]]));
            let mac = (*addr_len == 6).then(|| {
                let mut m = [0u8; 6];
                m.copy_from_slice(addr);
                m
            });
            (LaxSlicedPacket::from_ether_type(et, payload), mac)
        }
        Link::RawIp => match LaxSlicedPacket::from_ip(data) {
            Ok(p) => (p, None),
            Err(_) => return Frame::Malformed,
        },
        Link::Ipv4 => (
            LaxSlicedPacket::from_ether_type(EtherType::IPV4, data),
            None,
        ),
        Link::Ipv6 => (
            LaxSlicedPacket::from_ether_type(EtherType::IPV6, data),
            None,
        ),
    };
    let (src, dst, fragment) = match &sliced.net {
        Some(LaxNetSlice::Ipv4(v4)) => {
            let h = v4.header();
            (
                IpAddr::V4(h.source_addr()),
                IpAddr::V4(h.destination_addr()),
                v4.payload().fragmented,
            )
        }
        Some(LaxNetSlice::Ipv6(v6)) => {
            let h = v6.header();
            (
                canonical(IpAddr::V6(h.source_addr())),
                canonical(IpAddr::V6(h.destination_addr())),
                v6.payload().fragmented,
            )
        }
        Some(LaxNetSlice::Arp(_)) => return Frame::NotIp,
        None => {
            return match sliced.stop_err {
                Some(_) => Frame::Malformed,
                None => Frame::NotIp,
            };
        }
    };
    let l4 = match &sliced.transport {
        Some(TransportSlice::Tcp(tcp)) => L4::Tcp {
            sport: tcp.source_port(),
            dport: tcp.destination_port(),
            seq: tcp.sequence_number(),
            flags: TcpFlags {
                syn: tcp.syn(),
                ack: tcp.ack(),
                fin: tcp.fin(),
                rst: tcp.rst(),
            },
            payload: tcp.payload(),
        },
        Some(TransportSlice::Udp(udp)) => L4::Udp {
            sport: udp.source_port(),
            dport: udp.destination_port(),
            payload: udp.payload(),
        },
        _ => L4::Other,
    };
    Frame::Ip(IpPacket {
        src_mac,
        src,
        dst,
        fragment,
        l4,
    })
}
