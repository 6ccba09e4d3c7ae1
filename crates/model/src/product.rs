//! Product identity in URLs: [`slug`] for readable path segments and
//! [`product_id`], the short, stable id of a product model in the registry
//! (`/p/{id}`, the address a label's QR code leads to).

use sha2::{Digest, Sha256};

/// A URL path segment: lowercase ASCII letters and digits, accented Latin
/// letters without their accent, other runs as one `-` (`Lumière Home SAS`
/// → `lumiere-home-sas`).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        out.push('-');
    }
    out
}

/// Lower case, with Latin letters' accents removed and `ß` as `ss`
/// (`Lumière` → `lumiere`), so names compare and search as people type
/// them.
pub fn fold(text: &str) -> String {
    const FOLD: [(&str, char); 12] = [
        ("àáâãäåā", 'a'),
        ("çćč", 'c'),
        ("èéêëēę", 'e'),
        ("ìíîïī", 'i'),
        ("ñń", 'n'),
        ("òóôõöøō", 'o'),
        ("ùúûüū", 'u'),
        ("ýÿ", 'y'),
        ("šś", 's'),
        ("žźż", 'z'),
        ("ł", 'l'),
        ("ď", 'd'),
    ];
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match FOLD.iter().find(|(from, _)| from.contains(c)) {
            Some((_, to)) => out.push(*to),
            None if c == 'ß' => out.push_str("ss"),
            None => out.push(c),
        }
    }
    out
}

/// Crockford's base 32 alphabet, lowercase: no `i`, `l`, `o` or `u`, so an
/// id read off a box and typed in is hard to get wrong.
const CROCKFORD: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// The registry id of a product model: ten characters of Crockford base 32
/// (50 bits) of the SHA-256 of the [`slug`]s of its manufacturer and model.
/// The same maker and model always give the same id, whatever the case,
/// accents or punctuation they are written with, so a label printed before
/// the product is registered already points to its page.
pub fn product_id(manufacturer: &str, model: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"iotmark product\0");
    h.update(slug(manufacturer).as_bytes());
    h.update(b"\0");
    h.update(slug(model).as_bytes());
    let digest = h.finalize();
    let bits = u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"));
    (0..10)
        .map(|i| char::from(CROCKFORD[((bits >> (59 - 5 * i)) & 31) as usize]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("Lumière Home SAS"), "lumiere-home-sas");
        assert_eq!(slug("LH-CI200"), "lh-ci200");
        assert_eq!(slug("Straße 5 / Ünïcode"), "strasse-5-unicode");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("日本"), "-");
    }

    #[test]
    fn product_ids_are_short_stable_and_forgiving() {
        let id = product_id("Lumière Home SAS", "LH-CI200");
        assert_eq!(id.len(), 10);
        assert!(id.bytes().all(|b| CROCKFORD.contains(&b)), "{id}");
        assert_eq!(id, product_id("LUMIERE HOME SAS", "lh ci200"));
        assert_ne!(id, product_id("Lumière Home SAS", "LH-CI201"));
        // The maker and the model are kept apart.
        assert_ne!(product_id("ab", "c"), product_id("a", "bc"));
    }
}
