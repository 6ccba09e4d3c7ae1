//! RubyGems: `Gem::Version#<=>`
//! (<https://github.com/rubygems/rubygems/blob/master/lib/rubygems/version.rb>).
//!
//! A `-` reads as `.pre.`; the version is cut into segments, each a run of
//! digits (a number) or of letters (a string, which marks a pre-release).
//! Trailing zeros are dropped from the numeric part and from the part after
//! the first string, then segments compare in turn, missing ones as `0`: a
//! string is below any number, numbers compare as numbers, strings bytewise.
//! So `1.0.a10` > `1.0.a9`, `1.0.a2` = `1.0.a.2`, and `1` > `1beta`.
//!
//! [`parse`] also orders strings `Gem::Version.new` refuses but data holds
//! (`1beta`); [`check`] applies the gem version pattern.

use std::cmp::Ordering;

use super::cmp_digits;

#[derive(Debug, Clone)]
enum Segment {
    Number(String),
    Word(String),
}

/// A parsed gem version: its canonical segments.
#[derive(Debug, Clone)]
pub(crate) struct Version(Vec<Segment>);

pub(crate) fn parse(s: &str) -> Result<Version, String> {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err("empty version".to_owned());
    }
    if let Some(c) = trimmed
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
    {
        return Err(format!("invalid character {c:?}"));
    }
    if !trimmed.chars().any(|c| c.is_ascii_alphanumeric()) {
        return Err("no digits or letters".to_owned());
    }
    let expanded = trimmed.replace('-', ".pre.");
    let mut segments = Vec::new();
    let bytes = expanded.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        if bytes[i].is_ascii_digit() {
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            segments.push(Segment::Number(expanded[start..i].to_owned()));
        } else if bytes[i].is_ascii_alphabetic() {
            while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                i += 1;
            }
            segments.push(Segment::Word(expanded[start..i].to_owned()));
        } else {
            i += 1;
        }
    }
    Ok(Version(canonical(segments)))
}

/// `canonical_segments`: trailing zeros dropped from the numeric part and
/// from the rest.
fn canonical(segments: Vec<Segment>) -> Vec<Segment> {
    let split = segments
        .iter()
        .position(|s| matches!(s, Segment::Word(_)))
        .unwrap_or(segments.len());
    let mut numeric = segments;
    let mut rest = numeric.split_off(split);
    let is_zero = |s: &Segment| matches!(s, Segment::Number(n) if n.bytes().all(|b| b == b'0'));
    while numeric.last().is_some_and(is_zero) {
        numeric.pop();
    }
    while rest.last().is_some_and(is_zero) {
        rest.pop();
    }
    numeric.extend(rest);
    numeric
}

/// The gem version pattern, `Gem::Version::ANCHORED_VERSION_PATTERN`:
/// `[0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?`.
pub(crate) fn check(s: &str) -> Result<(), String> {
    let s = s.trim();
    let (main, pre) = match s.split_once('-') {
        Some((main, pre)) => (main, Some(pre)),
        None => (s, None),
    };
    let mut parts = main.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    let rest_ok = parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    let pre_ok = pre.is_none_or(|pre| {
        pre.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    });
    if first_ok && rest_ok && pre_ok {
        Ok(())
    } else {
        Err("malformed version number string".to_owned())
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        let zero = Segment::Number("0".to_owned());
        let len = self.0.len().max(other.0.len());
        for i in 0..len {
            let l = self.0.get(i).unwrap_or(&zero);
            let r = other.0.get(i).unwrap_or(&zero);
            let result = match (l, r) {
                (Segment::Number(a), Segment::Number(b)) => cmp_digits(a, b),
                (Segment::Word(_), Segment::Number(_)) => Ordering::Less,
                (Segment::Number(_), Segment::Word(_)) => Ordering::Greater,
                (Segment::Word(a), Segment::Word(b)) => a.as_bytes().cmp(b.as_bytes()),
            };
            if result.is_ne() {
                return result;
            }
        }
        Ordering::Equal
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
