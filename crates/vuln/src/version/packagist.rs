//! Packagist: PHP's `version_compare`
//! (<https://www.php.net/manual/en/function.version-compare.php>), the
//! ordering Composer uses, after Composer's `v` prefix is dropped.
//!
//! The version is canonicalised: `-`, `_` and `+` become `.`, a `.` is put
//! between every digit/non-digit switch, and any other non-alphanumeric
//! character is a `.` too. The parts then compare in turn: numbers as
//! numbers, and words by their special form, matched on prefix and case
//! sensitively: anything unknown < `dev` < `alpha` = `a` < `beta` = `b` <
//! `RC` = `rc` < a number (`#`) < `pl` = `p`. When one version has parts
//! left over, a number there makes it greater and a word compares against
//! a number (`1.0` > `1.0rc1`, `1.0` < `1.0pl1`).

use std::cmp::Ordering;

use super::cmp_digits;

#[derive(Debug, Clone)]
enum Part {
    Number(String),
    Word(String),
}

/// A canonicalised PHP version.
#[derive(Debug, Clone)]
pub(crate) struct Version(Vec<Part>);

pub(crate) fn parse(s: &str) -> Result<Version, String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    let s = match s.strip_prefix(['v', 'V']) {
        Some(rest) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
        _ => s,
    };
    Ok(Version(split(&canonicalize(s))))
}

/// Accepts what Composer's version normaliser would: an optional `v`, a
/// number first, and only letters, digits, `.`, `-`, `_` and `+`.
pub(crate) fn check(s: &str) -> Result<(), String> {
    let body = s.strip_prefix(['v', 'V']).unwrap_or(s);
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return Err("does not start with a number".to_owned());
    }
    if let Some(c) = body
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+')))
    {
        return Err(format!("invalid character {c:?}"));
    }
    Ok(())
}

/// `php_canonicalize_version`.
fn canonicalize(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() * 2);
    let Some((&first, rest)) = bytes.split_first() else {
        return String::new();
    };
    out.push(first);
    let mut last = first;
    let is_dig = |c: u8| c.is_ascii_digit();
    let is_ndig = |c: u8| !c.is_ascii_digit() && c != b'.';
    for &c in rest {
        let prev_is_dot = out.last() == Some(&b'.');
        if matches!(c, b'-' | b'_' | b'+') {
            if !prev_is_dot {
                out.push(b'.');
            }
        } else if (is_ndig(last) && is_dig(c)) || (is_dig(last) && is_ndig(c)) {
            if !prev_is_dot {
                out.push(b'.');
            }
            out.push(c);
        } else if !c.is_ascii_alphanumeric() {
            if !prev_is_dot {
                out.push(b'.');
            }
        } else {
            out.push(c);
        }
        last = c;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn split(canonical: &str) -> Vec<Part> {
    canonical
        .split('.')
        .map(|p| {
            if p.starts_with(|c: char| c.is_ascii_digit()) {
                let digits: String = p.chars().take_while(char::is_ascii_digit).collect();
                Part::Number(digits)
            } else {
                Part::Word(p.to_owned())
            }
        })
        .collect()
}

/// `compare_special_version_forms`: the order of a word by prefix, `-1` for
/// unknown words.
fn special_order(word: &str) -> i8 {
    const FORMS: [(&str, i8); 10] = [
        ("dev", 0),
        ("alpha", 1),
        ("a", 1),
        ("beta", 2),
        ("b", 2),
        ("RC", 3),
        ("rc", 3),
        ("#", 4),
        ("pl", 5),
        ("p", 5),
    ];
    FORMS
        .iter()
        .find(|(name, _)| word.starts_with(name))
        .map_or(-1, |(_, order)| *order)
}

/// The stand-in PHP compares a leftover word against: a number.
const NUMBER_FORM: &str = "#N#";

fn cmp_part(a: &Part, b: &Part) -> Ordering {
    match (a, b) {
        (Part::Number(x), Part::Number(y)) => cmp_digits(x, y),
        (Part::Word(x), Part::Word(y)) => special_order(x).cmp(&special_order(y)),
        (Part::Number(_), Part::Word(y)) => special_order(NUMBER_FORM).cmp(&special_order(y)),
        (Part::Word(x), Part::Number(_)) => special_order(x).cmp(&special_order(NUMBER_FORM)),
    }
}

/// `php_version_compare` on canonical parts.
fn cmp_parts(a: &[Part], b: &[Part]) -> Ordering {
    for (x, y) in a.iter().zip(b.iter()) {
        let result = cmp_part(x, y);
        if result.is_ne() {
            return result;
        }
    }
    let number = [Part::Word(NUMBER_FORM.to_owned())];
    match a.len().cmp(&b.len()) {
        Ordering::Equal => Ordering::Equal,
        Ordering::Greater => match &a[b.len()] {
            Part::Number(_) => Ordering::Greater,
            Part::Word(_) => cmp_parts(&a[b.len()..], &number),
        },
        Ordering::Less => match &b[a.len()] {
            Part::Number(_) => Ordering::Less,
            Part::Word(_) => cmp_parts(&number, &b[a.len()..]),
        },
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_parts(&self.0, &other.0)
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
