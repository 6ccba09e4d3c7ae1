//! Debian: dpkg's version comparison
//! (<https://www.debian.org/doc/debian-policy/ch-controlfields.html#version>).
//!
//! `[epoch:]upstream[-revision]`: the epoch compares as a number; upstream
//! and revision compare with dpkg's `verrevcmp`, alternating non-digit runs
//! (compared character by character, letters before other characters, `~`
//! before everything, even the end of the string) and digit runs (compared
//! as numbers). A missing revision is `0` (`1.0` = `1.0-0`).
//!
//! [`parse`] accepts what `dpkg --compare-versions` accepts, including
//! versions it only warns about (no leading digit, odd characters); [`check`]
//! accepts versions without such warnings.

use std::cmp::Ordering;

use super::cmp_digits;

/// A parsed Debian version.
#[derive(Debug, Clone)]
pub(crate) struct Version {
    epoch: String,
    upstream: String,
    revision: String,
}

/// Splits a version as dpkg's `parseversion` does; errors are the ones
/// dpkg refuses to compare with.
pub(crate) fn parse(s: &str) -> Result<Version, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err("version string is empty".to_owned());
    }
    if s.chars().any(char::is_whitespace) {
        return Err("version string has embedded spaces".to_owned());
    }
    let (epoch, rest) = match s.split_once(':') {
        Some((epoch, rest)) => {
            if epoch.is_empty() {
                return Err("epoch in version is empty".to_owned());
            }
            if !epoch.bytes().all(|b| b.is_ascii_digit()) {
                return Err("epoch in version is not number".to_owned());
            }
            if cmp_digits(epoch, "2147483647") == Ordering::Greater {
                return Err("epoch in version is too big".to_owned());
            }
            (epoch, rest)
        }
        None => ("0", s),
    };
    let (upstream, revision) = match rest.rsplit_once('-') {
        Some((upstream, revision)) => {
            if revision.is_empty() {
                return Err("revision number is empty".to_owned());
            }
            (upstream, revision)
        }
        None => (rest, ""),
    };
    if upstream.is_empty() {
        return Err("version number is empty".to_owned());
    }
    Ok(Version {
        epoch: epoch.to_owned(),
        upstream: upstream.to_owned(),
        revision: revision.to_owned(),
    })
}

/// Like [`parse`], and also refuses what dpkg warns about.
pub(crate) fn check(s: &str) -> Result<(), String> {
    let v = parse(s)?;
    if !v.upstream.starts_with(|c: char| c.is_ascii_digit()) {
        return Err("version number does not start with digit".to_owned());
    }
    if let Some(c) = v
        .upstream
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '~' | ':')))
    {
        return Err(format!("invalid character {c:?} in version number"));
    }
    if let Some(c) = v
        .revision
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '~')))
    {
        return Err(format!("invalid character {c:?} in revision number"));
    }
    Ok(())
}

/// dpkg's `order`: the weight of a non-digit character (`None` is the end).
fn order(c: Option<u8>) -> i32 {
    match c {
        None => 0,
        Some(c) if c.is_ascii_digit() => 0,
        Some(c) if c.is_ascii_alphabetic() => i32::from(c),
        Some(b'~') => -1,
        Some(c) => i32::from(c) + 256,
    }
}

/// dpkg's `verrevcmp`.
fn verrevcmp(a: &str, b: &str) -> Ordering {
    let a = a.as_bytes();
    let b = b.as_bytes();
    let (mut i, mut j) = (0, 0);
    let non_digit = |s: &[u8], k: usize| s.get(k).is_some_and(|c| !c.is_ascii_digit());
    while i < a.len() || j < b.len() {
        while non_digit(a, i) || non_digit(b, j) {
            let ac = order(a.get(i).copied());
            let bc = order(b.get(j).copied());
            if ac != bc {
                return ac.cmp(&bc);
            }
            i += 1;
            j += 1;
        }
        let start_a = i;
        while a.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let start_b = j;
        while b.get(j).is_some_and(u8::is_ascii_digit) {
            j += 1;
        }
        let digits_a = std::str::from_utf8(&a[start_a..i]).unwrap_or("");
        let digits_b = std::str::from_utf8(&b[start_b..j]).unwrap_or("");
        let result = cmp_digits(digits_a, digits_b);
        if result.is_ne() {
            return result;
        }
    }
    Ordering::Equal
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_digits(&self.epoch, &other.epoch)
            .then_with(|| verrevcmp(&self.upstream, &other.upstream))
            .then_with(|| verrevcmp(&self.revision, &other.revision))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tilde_sorts_before_everything() {
        assert_eq!(verrevcmp("1.0~rc1", "1.0"), Ordering::Less);
        assert_eq!(verrevcmp("1.0~~", "1.0~"), Ordering::Less);
        assert_eq!(verrevcmp("1.0a", "1.0+"), Ordering::Less);
        assert_eq!(verrevcmp("1.0", "1.0a"), Ordering::Less);
    }
}
