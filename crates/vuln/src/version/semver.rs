//! SemVer 2.0 precedence (<https://semver.org/#spec-item-11>), for
//! crates.io, npm, Go and every OSV `SEMVER` range.
//!
//! Strict versions are parsed by the `semver` crate. Real data also holds
//! versions that are not strict SemVer, so a lax reading takes over when the
//! strict one fails:
//!
//! - a leading `v` (Go module versions: `v1.2.3`);
//! - fewer than three numbers (`1.2` is `1.2.0`) and leading zeros;
//! - numbers of any size (compared as decimal strings, never overflowing);
//! - more than three numbers: the ones after the third are build metadata,
//!   as the osv-scalibr reference test data expects (`1.1.3.4.5`).
//!
//! The lax reading orders every strict version exactly as the strict one
//! does (a property test checks this), so mixing the two stays a total
//! order. Build metadata never affects precedence.

use std::cmp::Ordering;

use super::cmp_digits;

/// A parsed version: the lax form always, the strict one when it parses.
#[derive(Debug, Clone)]
pub(crate) struct Version {
    strict: Option<::semver::Version>,
    lax: Lax,
}

#[derive(Debug, Clone)]
struct Lax {
    /// Major, minor and patch as digit strings without leading zeros.
    core: [String; 3],
    /// Pre-release identifiers; empty for a release.
    pre: Vec<Ident>,
}

#[derive(Debug, Clone)]
enum Ident {
    Numeric(String),
    Alphanumeric(String),
}

impl Ord for Ident {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Ident::Numeric(a), Ident::Numeric(b)) => cmp_digits(a, b),
            (Ident::Numeric(_), Ident::Alphanumeric(_)) => Ordering::Less,
            (Ident::Alphanumeric(_), Ident::Numeric(_)) => Ordering::Greater,
            (Ident::Alphanumeric(a), Ident::Alphanumeric(b)) => a.as_bytes().cmp(b.as_bytes()),
        }
    }
}

impl PartialEq for Ident {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ident {}

impl PartialOrd for Ident {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Lax {
    fn cmp(&self, other: &Self) -> Ordering {
        for (a, b) in self.core.iter().zip(other.core.iter()) {
            match cmp_digits(a, b) {
                Ordering::Equal => {}
                unequal => return unequal,
            }
        }
        match (self.pre.is_empty(), other.pre.is_empty()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => self.pre.cmp(&other.pre),
        }
    }
}

impl PartialEq for Lax {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Lax {}

impl PartialOrd for Lax {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        match (&self.strict, &other.strict) {
            (Some(a), Some(b)) => a.cmp_precedence(b),
            _ => self.lax.cmp(&other.lax),
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

/// Reads `s` as a SemVer version, strictly if possible, else laxly.
pub(crate) fn parse(s: &str) -> Result<Version, String> {
    let body = s
        .strip_prefix('v')
        .or_else(|| s.strip_prefix('V'))
        .unwrap_or(s);
    let lax = parse_lax(body)?;
    let strict = ::semver::Version::parse(body).ok();
    Ok(Version { strict, lax })
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

fn parse_lax(s: &str) -> Result<Lax, String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    let (rest, build) = match s.split_once('+') {
        Some((rest, build)) => (rest, Some(build)),
        None => (s, None),
    };
    if let Some(build) = build
        && (build.is_empty()
            || !build
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(is_ident_char)))
    {
        return Err(format!("invalid build metadata {build:?}"));
    }
    let (core, pre) = match rest.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (rest, None),
    };
    let numbers: Vec<&str> = core.split('.').collect();
    let mut parts: [String; 3] = Default::default();
    for (i, number) in numbers.iter().enumerate() {
        if i < 3 {
            if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("{number:?} is not a version number"));
            }
            parts[i] = number.trim_start_matches('0').to_owned();
        } else if number.is_empty() || !number.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(format!("invalid component {number:?}"));
        }
    }
    let pre = match pre {
        None => Vec::new(),
        Some(pre) => pre
            .split('.')
            .map(|id| {
                if id.is_empty() || !id.chars().all(is_ident_char) {
                    Err(format!("invalid pre-release identifier {id:?}"))
                } else if id.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(Ident::Numeric(id.to_owned()))
                } else {
                    Ok(Ident::Alphanumeric(id.to_owned()))
                }
            })
            .collect::<Result<_, _>>()?,
    };
    Ok(Lax { core: parts, pre })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cmp(a: &str, b: &str) -> Ordering {
        match (parse(a), parse(b)) {
            (Ok(a), Ok(b)) => a.cmp(&b),
            other => panic!("parse failed: {other:?}"),
        }
    }

    #[test]
    fn lax_forms() {
        assert_eq!(cmp("v1.2.3", "1.2.3"), Ordering::Equal);
        assert_eq!(cmp("1.2", "1.2.0"), Ordering::Equal);
        assert_eq!(cmp("1.02.3", "1.2.3"), Ordering::Equal);
        assert_eq!(cmp("1.1.3.4.5", "1.1.3"), Ordering::Equal);
        assert_eq!(cmp("0.0.0-0", "0.0.0"), Ordering::Less);
        assert!(parse("1.x").is_err());
        assert!(parse("").is_err());
        assert!(parse("1.2.3-").is_err());
        assert!(parse("1.2.3+").is_err());
    }

    fn strict_version() -> impl Strategy<Value = String> {
        proptest::string::string_regex(
            "(0|[1-9][0-9]{0,2})\\.(0|[1-9])\\.(0|[1-9]|1[0-9])(-(0|[1-9]|[a-cA]{1,2}|x-1)(\\.(0|[1-9][0-9]?|[a-c]{1,2}|-)){0,2})?(\\+[0-9a-z]{1,3})?",
        )
        .expect("valid regex")
    }

    proptest! {
        /// The lax reading orders strict versions exactly as the `semver`
        /// crate does, so mixing the two readings keeps a total order.
        #[test]
        fn lax_agrees_with_strict(a in strict_version(), b in strict_version()) {
            let (pa, pb) = (parse(&a).map_err(TestCaseError::fail)?, parse(&b).map_err(TestCaseError::fail)?);
            let (Some(sa), Some(sb)) = (&pa.strict, &pb.strict) else {
                return Err(TestCaseError::fail(format!("{a} or {b} is not strict SemVer")));
            };
            prop_assert_eq!(pa.lax.cmp(&pb.lax), sa.cmp_precedence(sb), "{} vs {}", a, b);
        }
    }
}
