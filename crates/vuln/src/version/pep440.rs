//! PyPI: PEP 440 (<https://peps.python.org/pep-0440/>), as Python's
//! `packaging.version` orders it.
//!
//! PEP 440 versions are parsed and ordered by the `pep440_rs` crate. Strings
//! that are not PEP 440 are "legacy" versions, which `packaging` before 22
//! still ordered (below every PEP 440 version, by a key of zero-padded
//! numbers and tagged words); old PyPI releases and OSV data still carry
//! them, so [`parse`] orders them the same way. [`check`] accepts PEP 440
//! only: current pip ignores legacy versions, so matching treats them as
//! unresolvable.

use std::cmp::Ordering;
use std::str::FromStr;

/// A PyPI version.
#[derive(Debug, Clone)]
pub(crate) enum Version {
    /// A pre-PEP 440 version and its `packaging` 21 comparison key.
    Legacy(Vec<String>),
    /// A PEP 440 version.
    Pep440(pep440_rs::Version),
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Version::Legacy(a), Version::Legacy(b)) => a.cmp(b),
            (Version::Legacy(_), Version::Pep440(_)) => Ordering::Less,
            (Version::Pep440(_), Version::Legacy(_)) => Ordering::Greater,
            (Version::Pep440(a), Version::Pep440(b)) => a.cmp(b),
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

/// Reads `s` as PEP 440, else as a legacy version.
pub(crate) fn parse(s: &str) -> Result<Version, String> {
    if let Ok(v) = pep440_rs::Version::from_str(s) {
        return Ok(Version::Pep440(v));
    }
    if s.trim().is_empty() {
        return Err("empty version".to_owned());
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("not a PEP 440 version, and spaces are not allowed in a legacy one".to_owned());
    }
    Ok(Version::Legacy(legacy_key(s)))
}

/// Accepts PEP 440 versions only.
pub(crate) fn check(s: &str) -> Result<(), String> {
    pep440_rs::Version::from_str(s)
        .map(drop)
        .map_err(|_| "not a PEP 440 version".to_owned())
}

/// The comparison key `packaging` 21 gave a `LegacyVersion`
/// (`_legacy_cmpkey`): the string is split into digit runs, letter runs,
/// `.` and `-`, words are tagged with `*` (with `pre`, `preview` and `rc`
/// read as `c`, `dev` as `@`, `-` as `final-`), numbers zero-padded to eight
/// places, and trailing zeros and `final-` markers dropped before each word.
fn legacy_key(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut parts: Vec<String> = Vec::new();
    for token in legacy_tokens(&lower) {
        let token = match token {
            "pre" | "preview" | "rc" => "c",
            "-" => "final-",
            "dev" => "@",
            other => other,
        };
        if token.is_empty() || token == "." {
            continue;
        }
        let part = if token.starts_with(|c: char| c.is_ascii_digit()) {
            format!("{token:0>8}")
        } else {
            format!("*{token}")
        };
        push_legacy(&mut parts, part);
    }
    push_legacy(&mut parts, "*final".to_owned());
    parts
}

fn push_legacy(parts: &mut Vec<String>, part: String) {
    if part.starts_with('*') {
        if part.as_str() < "*final" {
            while parts.last().is_some_and(|p| p == "*final-") {
                parts.pop();
            }
        }
        while parts.last().is_some_and(|p| p == "00000000") {
            parts.pop();
        }
    }
    parts.push(part);
}

/// Splits like `re.split(r"(\d+|[a-z]+|\.|-)", s)`: the matched runs and the
/// text between them, in order.
fn legacy_tokens(s: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Class {
        Digit,
        Letter,
        Single,
        Other,
    }
    let class = |c: char| {
        if c.is_ascii_digit() {
            Class::Digit
        } else if c.is_ascii_lowercase() {
            Class::Letter
        } else if c == '.' || c == '-' {
            Class::Single
        } else {
            Class::Other
        }
    };
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut current: Option<Class> = None;
    for (i, c) in s.char_indices() {
        let k = class(c);
        let continues = current == Some(k) && k != Class::Single;
        if !continues {
            if i > start {
                tokens.push(&s[start..i]);
            }
            start = i;
        }
        current = Some(k);
    }
    if start < s.len() {
        tokens.push(&s[start..]);
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_keys_match_packaging_21() {
        // packaging 21.3: LegacyVersion("0.1-bulbasaur")._key[1]
        assert_eq!(
            legacy_key("0.1-bulbasaur"),
            ["00000000", "00000001", "*bulbasaur", "*final"]
        );
        assert_eq!(
            legacy_key("1-2"),
            ["00000001", "*final-", "00000002", "*final"]
        );
        assert_eq!(legacy_key("1.0.dev"), ["00000001", "*@", "*final"]);
    }

    #[test]
    fn legacy_sorts_below_pep440() {
        let legacy = parse("-class.-jw.util.version.version-pre").unwrap();
        let pep = parse("0.0.1").unwrap();
        assert!(legacy < pep);
        assert!(check("-class.-jw.util").is_err());
        assert!(check("1.0.post1").is_ok());
    }
}
