//! Alpine: apk-tools' version comparison (`src/version.c` of apk-tools 2,
//! <https://gitlab.alpinelinux.org/alpine/apk-tools>), the `apk` that ships
//! in the Alpine 3.x releases OSV's `Alpine:v3.*` data describes.
//!
//! `number{.number}…{letter}{_suffix{number}}…{-r#}`: the version is read as
//! a stream of tokens, each only allowed after certain others, and the two
//! streams compare value by value while the token kinds agree:
//!
//! - numbers compare numerically; after a `.`, leading zeros count as a
//!   negative number before the rest (`1.01` < `1.1`, `1.0` > `1`);
//! - a letter compares by character, and digits may follow it (`6.6.2p1` <
//!   `6.6.2p2`);
//! - suffixes order `_alpha` < `_beta` < `_pre` < `_rc` < (none) < `_cvs` <
//!   `_svn` < `_git` < `_hg` < `_p` (matched on prefix), then by number;
//! - `-rN` compares as a number.
//!
//! When the kinds differ, a pre-release or unknown suffix makes its version
//! smaller; otherwise the version whose next token comes earlier in the
//! grammar (more components) is greater.
//!
//! Numbers are compared without overflow (apk uses a C `int`, so numbers
//! past 2³¹ such as `_pre20191002222144` would wrap there).
//!
//! apk-tools 3 (Alpine edge) is stricter: it rejects a digit after the
//! letter and orders some malformed versions the other way round. [`parse`]
//! orders any non-empty string as apk-tools 2 does; [`check`] is its
//! `apk_version_validate`.

use std::cmp::Ordering;

/// Token kinds, in grammar order (`Invalid` first, as in apk-tools 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Token {
    Invalid,
    DigitOrZero,
    Digit,
    Letter,
    Suffix,
    SuffixNo,
    RevisionNo,
    End,
}

const PRE_SUFFIXES: [&str; 4] = ["alpha", "beta", "pre", "rc"];
const POST_SUFFIXES: [&str; 5] = ["cvs", "svn", "git", "hg", "p"];

/// The rest of a version string being tokenised.
struct Blob<'a>(&'a [u8]);

impl Blob<'_> {
    fn first(&self) -> Option<u8> {
        self.0.first().copied()
    }

    fn advance(&mut self, n: usize) {
        self.0 = self.0.get(n..).unwrap_or(&[]);
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `next_token`: the kind of the token at the start of `b`, consuming a
/// separator (`.`, `_`, `-r`) if there is one.
fn next_token(ty: &mut Token, b: &mut Blob<'_>) {
    let mut n = Token::Invalid;
    match b.first() {
        None | Some(0) => n = Token::End,
        Some(c) if matches!(*ty, Token::Digit | Token::DigitOrZero) && c.is_ascii_lowercase() => {
            n = Token::Letter;
        }
        Some(c) if *ty == Token::Letter && c.is_ascii_digit() => n = Token::Digit,
        Some(c) if *ty == Token::Suffix && c.is_ascii_digit() => n = Token::SuffixNo,
        Some(c) => {
            match c {
                b'.' => n = Token::DigitOrZero,
                b'_' => n = Token::Suffix,
                b'-' if b.0.get(1) == Some(&b'r') => {
                    n = Token::RevisionNo;
                    b.advance(1);
                }
                _ => {}
            }
            b.advance(1);
        }
    }
    if n < *ty {
        let allowed = (n == Token::DigitOrZero && *ty == Token::Digit)
            || (n == Token::Suffix && *ty == Token::SuffixNo)
            || (n == Token::Digit && *ty == Token::Letter);
        if !allowed {
            n = Token::Invalid;
        }
    }
    *ty = n;
}

/// Reads a run of digits as a number, saturating instead of overflowing.
fn number(digits: &[u8]) -> i128 {
    digits.iter().fold(0i128, |acc, d| {
        acc.saturating_mul(10).saturating_add(i128::from(d - b'0'))
    })
}

/// `get_token`: the value of the token of kind `ty` at the start of `b`;
/// moves `ty` on to the next token's kind.
fn get_token(ty: &mut Token, b: &mut Blob<'_>) -> i128 {
    if b.is_empty() {
        *ty = Token::End;
        return 0;
    }
    let bytes = b.0;
    let mut next_kind = None;
    let (value, len) = match *ty {
        Token::DigitOrZero if bytes[0] == b'0' => {
            let zeros = bytes.iter().take_while(|&&c| c == b'0').count();
            next_kind = Some(Token::Digit);
            (-(zeros as i128), zeros)
        }
        Token::DigitOrZero | Token::Digit | Token::SuffixNo | Token::RevisionNo => {
            let len = bytes.iter().take_while(|c| c.is_ascii_digit()).count();
            (number(&bytes[..len]), len)
        }
        Token::Letter => (i128::from(bytes[0]), 1),
        Token::Suffix => {
            let pre = PRE_SUFFIXES
                .iter()
                .position(|s| bytes.starts_with(s.as_bytes()));
            let post = POST_SUFFIXES
                .iter()
                .position(|s| bytes.starts_with(s.as_bytes()));
            match (pre, post) {
                (Some(i), _) => (
                    i as i128 - PRE_SUFFIXES.len() as i128,
                    PRE_SUFFIXES[i].len(),
                ),
                (None, Some(i)) => (i as i128, POST_SUFFIXES[i].len()),
                (None, None) => {
                    *ty = Token::Invalid;
                    return -1;
                }
            }
        }
        Token::Invalid | Token::End => {
            *ty = Token::Invalid;
            return -1;
        }
    };
    b.advance(len);
    if b.is_empty() {
        *ty = Token::End;
    } else if let Some(kind) = next_kind {
        *ty = kind;
    } else {
        next_token(ty, b);
    }
    value
}

/// `apk_version_compare_blob`.
fn compare(a: &str, b: &str) -> Ordering {
    let mut a = Blob(a.as_bytes());
    let mut b = Blob(b.as_bytes());
    let (mut at, mut bt) = (Token::Digit, Token::Digit);
    let (mut av, mut bv) = (0, 0);
    while at == bt && at != Token::End && at != Token::Invalid && av == bv {
        av = get_token(&mut at, &mut a);
        bv = get_token(&mut bt, &mut b);
    }
    if av != bv {
        return av.cmp(&bv);
    }
    if at == bt {
        return Ordering::Equal;
    }
    // Equal so far: the longer version is greater, unless what it has more
    // of is a pre-release (or unknown) suffix.
    let mut tt = at;
    if at == Token::Suffix && get_token(&mut tt, &mut a) < 0 {
        return Ordering::Less;
    }
    let mut tt = bt;
    if bt == Token::Suffix && get_token(&mut tt, &mut b) < 0 {
        return Ordering::Greater;
    }
    bt.cmp(&at)
}

/// An Alpine version: the string, compared by [`compare`].
#[derive(Debug, Clone)]
pub(crate) struct Version(String);

pub(crate) fn parse(s: &str) -> Result<Version, String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    Ok(Version(s.to_owned()))
}

/// `apk_version_validate`: every token valid up to the end.
pub(crate) fn check(s: &str) -> Result<(), String> {
    let mut b = Blob(s.as_bytes());
    let mut t = Token::Digit;
    while t != Token::End && t != Token::Invalid {
        get_token(&mut t, &mut b);
    }
    if t == Token::End {
        Ok(())
    } else {
        Err("not an apk version".to_owned())
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        compare(&self.0, &other.0)
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
    fn apk_examples() {
        assert_eq!(compare("1.2_rc1", "1.2"), Ordering::Less);
        assert_eq!(compare("1.2_p1", "1.2"), Ordering::Greater);
        assert_eq!(compare("1.2-r1", "1.2-r0"), Ordering::Greater);
        assert_eq!(compare("1.2a", "1.2"), Ordering::Greater);
        assert_eq!(compare("1.01", "1.1"), Ordering::Less);
        assert_eq!(compare("1.0", "1"), Ordering::Greater);
        assert_eq!(compare("6.6.2p1", "6.6.2p2"), Ordering::Less);
        assert!(check("1.2.3_alpha1-r4").is_ok());
        assert!(check("5.7.1p1-r0").is_ok());
        assert!(check("1.2.0A").is_err());
        assert!(check("1.2_blah").is_err());
    }
}
