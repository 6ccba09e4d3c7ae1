//! Version ordering per ecosystem: one module per versioning scheme.
//!
//! OSV `ECOSYSTEM` ranges are ordered by the package manager's own rules, and
//! `SEMVER` ranges by SemVer 2.0 precedence. Each scheme here reimplements the
//! ordering of the tool that defines it:
//!
//! | scheme | ecosystems | ordering of |
//! |---|---|---|
//! | [`Scheme::Semver`] | crates.io, npm, Go, every `SEMVER` range | SemVer 2.0 §11 (the `semver` crate), with a lax fallback |
//! | [`Scheme::Pep440`] | PyPI | `packaging.version` (PEP 440, via `pep440_rs`), legacy versions below |
//! | [`Scheme::Maven`] | Maven | `org.apache.maven.artifact.versioning.ComparableVersion` (3.9) |
//! | [`Scheme::RubyGems`] | RubyGems | `Gem::Version#<=>` |
//! | [`Scheme::NuGet`] | NuGet | `NuGet.Versioning.VersionComparer` |
//! | [`Scheme::Composer`] | Packagist | PHP `version_compare` (Composer's ordering) |
//! | [`Scheme::Dpkg`] | Debian, Ubuntu | `dpkg --compare-versions` |
//! | [`Scheme::Apk`] | Alpine | apk-tools 3 `apk version -t` |
//!
//! Two questions, two functions:
//!
//! - [`compare`] orders two versions the way the tool does, including the
//!   malformed versions the tool still orders (dpkg warns about
//!   `1.0_beta` but sorts it; apk sorts `1.2.0A`; pip before 22 sorted legacy
//!   versions). It fails only where the tool has no answer.
//! - [`parse_check`] says whether a version is well-formed for the scheme.
//!   Matching uses it first, so a malformed version is reported as
//!   unresolvable instead of being placed somewhere by accident.
//!
//! ```
//! use std::cmp::Ordering;
//! use iotmark_vuln::ecosystem::Ecosystem;
//! use iotmark_vuln::version::compare;
//!
//! assert_eq!(compare(&Ecosystem::Debian, "1.2.3-1~deb7u1", "1.2.3-1").unwrap(), Ordering::Less);
//! assert_eq!(compare(&Ecosystem::Maven, "1.0-SNAPSHOT", "1.0").unwrap(), Ordering::Less);
//! assert_eq!(compare(&Ecosystem::PyPI, "1.0.post1", "1.0").unwrap(), Ordering::Greater);
//! assert!(compare(&Ecosystem::Other("Hex".into()), "1.0.0", "1.0.1").is_err());
//! ```
//!
//! **Invariant:** every `compare` is antisymmetric, and transitive on the
//! versions projects actually publish; property tests check it. Two tools
//! are not transitive on every string, and this crate follows the tools:
//! Maven since 3.8.7 (`1` < `1.sp.0` < `1.alpha` < `1`, a qualifier between
//! dots) and apk on malformed versions. Nothing here sorts with the
//! standard library's sorts, which may panic on such orders.
//!
//! Versions longer than [`MAX_VERSION_LEN`] bytes are rejected.

use std::cmp::Ordering;
use std::fmt;

use crate::ecosystem::Ecosystem;

mod alpine;
mod debian;
mod maven;
mod nuget;
mod packagist;
mod pep440;
mod rubygems;
mod semver;

/// A version ordering scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scheme {
    /// SemVer 2.0 precedence, accepting a leading `v` and lax forms.
    Semver,
    /// PEP 440, with pre-PEP 440 ("legacy") versions sorting below.
    Pep440,
    /// Maven's `ComparableVersion`.
    Maven,
    /// RubyGems' `Gem::Version`.
    RubyGems,
    /// NuGet's SemVer 2 with a fourth number and case-insensitive labels.
    NuGet,
    /// PHP's `version_compare`, as Composer and Packagist use it.
    Composer,
    /// Debian's dpkg.
    Dpkg,
    /// Alpine's apk-tools.
    Apk,
}

/// Why two versions could not be ordered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum VersionError {
    /// The ecosystem has no version ordering in this crate.
    #[error("no version ordering is implemented for ecosystem {ecosystem:?}")]
    Unsupported {
        /// The OSV ecosystem name.
        ecosystem: String,
    },
    /// The version is not valid in the scheme.
    #[error("{scheme} version {version:?} is invalid: {reason}")]
    Invalid {
        /// The scheme the version was read with.
        scheme: Scheme,
        /// The version as given.
        version: String,
        /// What is wrong with it.
        reason: String,
    },
}

impl fmt::Display for Scheme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Scheme::Semver => "SemVer",
            Scheme::Pep440 => "PEP 440",
            Scheme::Maven => "Maven",
            Scheme::RubyGems => "RubyGems",
            Scheme::NuGet => "NuGet",
            Scheme::Composer => "Composer",
            Scheme::Dpkg => "Debian",
            Scheme::Apk => "Alpine",
        })
    }
}

impl Scheme {
    /// The scheme that orders `ECOSYSTEM` ranges of `eco`, if implemented.
    pub fn for_ecosystem(eco: &Ecosystem) -> Option<Scheme> {
        Some(match eco {
            Ecosystem::CratesIo | Ecosystem::Npm | Ecosystem::Go => Scheme::Semver,
            Ecosystem::PyPI => Scheme::Pep440,
            Ecosystem::Maven => Scheme::Maven,
            Ecosystem::RubyGems => Scheme::RubyGems,
            Ecosystem::NuGet => Scheme::NuGet,
            Ecosystem::Packagist => Scheme::Composer,
            Ecosystem::Debian | Ecosystem::Ubuntu => Scheme::Dpkg,
            Ecosystem::Alpine => Scheme::Apk,
            Ecosystem::Other(_) => return None,
        })
    }

    /// Orders `a` and `b` in this scheme.
    pub fn compare(self, a: &str, b: &str) -> Result<Ordering, VersionError> {
        fn by<T: Ord>(
            scheme: Scheme,
            parse: fn(&str) -> Result<T, String>,
            a: &str,
            b: &str,
        ) -> Result<Ordering, VersionError> {
            let a = parse(a).map_err(|reason| invalid(scheme, a, reason))?;
            let b = parse(b).map_err(|reason| invalid(scheme, b, reason))?;
            Ok(a.cmp(&b))
        }
        check_length(self, a)?;
        check_length(self, b)?;
        match self {
            Scheme::Semver => by(self, semver::parse, a, b),
            Scheme::Pep440 => by(self, pep440::parse, a, b),
            Scheme::Maven => by(self, maven::parse, a, b),
            Scheme::RubyGems => by(self, rubygems::parse, a, b),
            Scheme::NuGet => by(self, nuget::parse, a, b),
            Scheme::Composer => by(self, packagist::parse, a, b),
            Scheme::Dpkg => by(self, debian::parse, a, b),
            Scheme::Apk => by(self, alpine::parse, a, b),
        }
    }

    /// Whether `v` is a well-formed version in this scheme (stricter than
    /// what [`Scheme::compare`] accepts; see the module docs).
    pub fn parse_check(self, v: &str) -> Result<(), VersionError> {
        check_length(self, v)?;
        let checked = match self {
            Scheme::Semver => semver::parse(v).map(drop),
            Scheme::Pep440 => pep440::check(v),
            Scheme::Maven => maven::check(v),
            Scheme::RubyGems => rubygems::check(v),
            Scheme::NuGet => nuget::parse(v).map(drop),
            Scheme::Composer => packagist::check(v),
            Scheme::Dpkg => debian::check(v),
            Scheme::Apk => alpine::check(v),
        };
        checked.map_err(|reason| invalid(self, v, reason))
    }
}

/// Orders two versions of ecosystem `eco` (see [`Scheme::compare`]).
pub fn compare(eco: &Ecosystem, a: &str, b: &str) -> Result<Ordering, VersionError> {
    scheme_of(eco)?.compare(a, b)
}

/// Whether `v` is a well-formed version of ecosystem `eco` (see
/// [`Scheme::parse_check`]).
pub fn parse_check(eco: &Ecosystem, v: &str) -> Result<(), VersionError> {
    scheme_of(eco)?.parse_check(v)
}

fn scheme_of(eco: &Ecosystem) -> Result<Scheme, VersionError> {
    Scheme::for_ecosystem(eco).ok_or_else(|| VersionError::Unsupported {
        ecosystem: eco.osv_name().to_owned(),
    })
}

/// The longest version accepted, in bytes. Real versions are far shorter;
/// the bound keeps the work (and Maven's nesting) per comparison small on
/// hostile input.
pub const MAX_VERSION_LEN: usize = 256;

fn check_length(scheme: Scheme, v: &str) -> Result<(), VersionError> {
    if v.len() > MAX_VERSION_LEN {
        return Err(invalid(
            scheme,
            v,
            format!("longer than {MAX_VERSION_LEN} bytes"),
        ));
    }
    Ok(())
}

fn invalid(scheme: Scheme, version: &str, reason: String) -> VersionError {
    VersionError::Invalid {
        scheme,
        version: version.to_owned(),
        reason,
    }
}

/// Compares two runs of ASCII digits as unbounded non-negative integers
/// (leading zeros ignored), so no version number can overflow.
pub(crate) fn cmp_digits(a: &str, b: &str) -> Ordering {
    let a = a.trim_start_matches('0');
    let b = b.trim_start_matches('0');
    a.len().cmp(&b.len()).then_with(|| a.cmp(b))
}

/// `s` with leading zeros removed, `"0"` for all zeros.
pub(crate) fn strip_zeros(s: &str) -> String {
    let t = s.trim_start_matches('0');
    if t.is_empty() {
        "0".to_owned()
    } else {
        t.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_compare_without_overflow() {
        assert_eq!(cmp_digits("007", "7"), Ordering::Equal);
        assert_eq!(
            cmp_digits(
                "999999999999999999999999999991",
                "999999999999999999999999999999"
            ),
            Ordering::Less
        );
        assert_eq!(cmp_digits("10", "9"), Ordering::Greater);
        assert_eq!(cmp_digits("", "0"), Ordering::Equal);
    }
}
