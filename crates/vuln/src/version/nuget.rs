//! NuGet: `NuGet.Versioning`'s `VersionComparer`
//! (<https://learn.microsoft.com/nuget/concepts/package-versioning>).
//!
//! `Major[.Minor[.Patch[.Revision]]][-label(.label)*][+metadata]`: up to four
//! numbers (missing ones are 0, leading zeros allowed, so `1.0.01` =
//! `1.0.1.0`), then SemVer 2.0 pre-release precedence with labels compared
//! case-insensitively; metadata is ignored.

use std::cmp::Ordering;

use super::{cmp_digits, strip_zeros};

#[derive(Debug, Clone)]
pub(crate) struct Version {
    numbers: [String; 4],
    labels: Vec<String>,
}

pub(crate) fn parse(s: &str) -> Result<Version, String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    let (rest, metadata) = match s.split_once('+') {
        Some((rest, metadata)) => (rest, Some(metadata)),
        None => (s, None),
    };
    if let Some(metadata) = metadata
        && !valid_labels(metadata)
    {
        return Err(format!("invalid metadata {metadata:?}"));
    }
    let (core, pre) = match rest.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (rest, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    if parts.len() > 4 {
        return Err("more than four version numbers".to_owned());
    }
    let mut numbers: [String; 4] = Default::default();
    for (i, slot) in numbers.iter_mut().enumerate() {
        *slot = match parts.get(i) {
            Some(p) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => strip_zeros(p),
            Some(p) => return Err(format!("{p:?} is not a version number")),
            None => "0".to_owned(),
        };
    }
    let labels = match pre {
        None => Vec::new(),
        Some(pre) if valid_labels(pre) => pre.split('.').map(str::to_owned).collect(),
        Some(pre) => return Err(format!("invalid pre-release label {pre:?}")),
    };
    Ok(Version { numbers, labels })
}

fn valid_labels(s: &str) -> bool {
    s.split('.')
        .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

fn cmp_label(a: &str, b: &str) -> Ordering {
    let numeric = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    match (numeric(a), numeric(b)) {
        (true, true) => cmp_digits(a, b),
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a
            .bytes()
            .map(|c| c.to_ascii_uppercase())
            .cmp(b.bytes().map(|c| c.to_ascii_uppercase())),
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        for (a, b) in self.numbers.iter().zip(other.numbers.iter()) {
            let result = cmp_digits(a, b);
            if result.is_ne() {
                return result;
            }
        }
        match (self.labels.is_empty(), other.labels.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => {
                for (a, b) in self.labels.iter().zip(other.labels.iter()) {
                    let result = cmp_label(a, b);
                    if result.is_ne() {
                        return result;
                    }
                }
                self.labels.len().cmp(&other.labels.len())
            }
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
