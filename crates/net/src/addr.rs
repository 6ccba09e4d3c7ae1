//! Which addresses belong to the local network.

use std::net::{IpAddr, Ipv4Addr};

/// Whether `addr` is on the local network rather than the internet: private
/// (RFC 1918), loopback, link-local, unspecified, broadcast, multicast, or an
/// IPv6 unique local address (fc00::/7). Carrier-grade NAT space
/// (100.64.0.0/10) is the provider's, not the home's, so it is not local.
pub fn is_local(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(v4) => is_local_v4(v4),
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_local_v4(v4);
            }
            let first = v6.segments()[0];
            v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xffc0) == 0xfe80
                || (first & 0xfe00) == 0xfc00
        }
    }
}

fn is_local_v4(v4: Ipv4Addr) -> bool {
    v4.is_private()
        || v4.is_loopback()
        || v4.is_link_local()
        || v4.is_multicast()
        || v4.is_broadcast()
        || v4.is_unspecified()
}

/// A unicast address a host can have (not multicast, broadcast or
/// unspecified).
pub fn is_host_address(addr: IpAddr) -> bool {
    match addr {
        IpAddr::V4(v4) => !(v4.is_multicast() || v4.is_broadcast() || v4.is_unspecified()),
        IpAddr::V6(v6) => !(v6.is_multicast() || v6.is_unspecified()),
    }
}

/// Whether `addr` lies in `network/prefix`.
pub fn in_network(addr: IpAddr, network: IpAddr, prefix: u8) -> bool {
    match (addr, network) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let prefix = u32::from(prefix.min(32));
            let mask = if prefix == 0 {
                0
            } else {
                u32::MAX << (32 - prefix)
            };
            (u32::from(a) & mask) == (u32::from(n) & mask)
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let prefix = u32::from(prefix.min(128));
            let mask = if prefix == 0 {
                0
            } else {
                u128::MAX << (128 - prefix)
            };
            (u128::from(a) & mask) == (u128::from(n) & mask)
        }
        (IpAddr::V6(a), IpAddr::V4(_)) => a
            .to_ipv4_mapped()
            .is_some_and(|a| in_network(IpAddr::V4(a), network, prefix)),
        (IpAddr::V4(_), IpAddr::V6(_)) => false,
    }
}

/// Formats a MAC address as `aa:bb:cc:dd:ee:ff`.
pub fn format_mac(mac: [u8; 6]) -> String {
    let [a, b, c, d, e, f] = mac;
    format!("{a:02x}:{b:02x}:{c:02x}:{d:02x}:{e:02x}:{f:02x}")
}

/// Parses `aa:bb:cc:dd:ee:ff` (or with `-`).
pub fn parse_mac(text: &str) -> Option<[u8; 6]> {
    let mut out = [0u8; 6];
    let mut parts = text.split([':', '-']);
    for byte in &mut out {
        let part = parts.next()?;
        if part.len() != 2 {
            return None;
        }
        *byte = u8::from_str_radix(part, 16).ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// An IPv4-mapped IPv6 address turned back to IPv4, so that one host has
/// one key.
pub fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => IpAddr::V6(v6),
        },
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn locality() {
        for local in [
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.50",
            "169.254.1.1",
            "127.0.0.1",
            "224.0.0.251",
            "239.255.255.250",
            "255.255.255.255",
            "fe80::1",
            "fd00::1",
            "ff02::fb",
            "::1",
            "::ffff:192.168.1.1",
        ] {
            assert!(is_local(ip(local)), "{local}");
        }
        for remote in [
            "8.8.8.8",
            "203.0.113.10",
            "192.0.2.53",
            "100.64.0.1",
            "2001:db8::1",
        ] {
            assert!(!is_local(ip(remote)), "{remote}");
        }
    }

    #[test]
    fn networks() {
        assert!(in_network(ip("192.0.2.7"), ip("192.0.2.0"), 24));
        assert!(!in_network(ip("192.0.3.7"), ip("192.0.2.0"), 24));
        assert!(in_network(ip("1.2.3.4"), ip("0.0.0.0"), 0));
        assert!(in_network(ip("2001:db8::5"), ip("2001:db8::"), 32));
        assert!(!in_network(ip("2001:db9::5"), ip("2001:db8::"), 32));
        assert!(!in_network(ip("10.0.0.1"), ip("::"), 0));
    }

    #[test]
    fn macs() {
        let mac = parse_mac("AA:bb:cc:00:11:22").unwrap();
        assert_eq!(format_mac(mac), "aa:bb:cc:00:11:22");
        assert!(parse_mac("aa:bb:cc:00:11").is_none());
        assert!(parse_mac("aa:bb:cc:00:11:22:33").is_none());
        assert!(parse_mac("aa:bb:cc:00:11:zz").is_none());
    }
}
