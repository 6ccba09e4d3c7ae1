//! OSV ecosystems, and the package URL (purl) types that map to them.
//!
//! An OSV record names a package by `(ecosystem, name)`; an SBOM names it by a
//! purl (`pkg:cargo/serde@1.0.0`). This module translates between the two:
//!
//! ```
//! use iotmark_vuln::ecosystem::{package_from_purl, Ecosystem};
//!
//! let pkg = package_from_purl("pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1").unwrap();
//! assert_eq!(pkg.ecosystem, Some(Ecosystem::Maven));
//! assert_eq!(pkg.name, "org.apache.logging.log4j:log4j-core");
//! assert_eq!(pkg.version.as_deref(), Some("2.14.1"));
//!
//! assert_eq!(Ecosystem::from_osv("Debian:12"), Ecosystem::Debian);
//! assert_eq!(Ecosystem::PyPI.normalize_name("Foo__Bar.baz"), "foo-bar-baz");
//! ```
//!
//! Ecosystem names and their suffixes follow the OSV schema's list of defined
//! ecosystems (<https://ossf.github.io/osv-schema/#defined-ecosystems>); purl
//! types follow the purl specification
//! (<https://github.com/package-url/purl-spec/blob/main/PURL-TYPES.rst>).

use std::fmt;
use std::str::FromStr;

use packageurl::PackageUrl;

/// An OSV ecosystem. The ones this crate knows how to order versions for have
/// their own variant; every other ecosystem name is kept in [`Ecosystem::Other`].
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ecosystem {
    /// `crates.io` (Rust).
    CratesIo,
    /// `npm` (JavaScript).
    Npm,
    /// `PyPI` (Python).
    PyPI,
    /// `Maven` (Java), also `Maven:<repository URL>`.
    Maven,
    /// `Go` modules.
    Go,
    /// `RubyGems` (Ruby).
    RubyGems,
    /// `NuGet` (.NET).
    NuGet,
    /// `Packagist` (PHP), also `Packagist:<repository URL>`.
    Packagist,
    /// `Debian`, also `Debian:<release>` (`Debian:12`).
    Debian,
    /// `Alpine`, also `Alpine:v<release>` (`Alpine:v3.18`).
    Alpine,
    /// Any other OSV ecosystem, by its full name as the record spells it.
    Other(String),
}

/// The known ecosystems with their OSV names.
const KNOWN: [(Ecosystem, &str); 10] = [
    (Ecosystem::CratesIo, "crates.io"),
    (Ecosystem::Npm, "npm"),
    (Ecosystem::PyPI, "PyPI"),
    (Ecosystem::Maven, "Maven"),
    (Ecosystem::Go, "Go"),
    (Ecosystem::RubyGems, "RubyGems"),
    (Ecosystem::NuGet, "NuGet"),
    (Ecosystem::Packagist, "Packagist"),
    (Ecosystem::Debian, "Debian"),
    (Ecosystem::Alpine, "Alpine"),
];

/// Ecosystems whose OSV name may carry a `:<suffix>` (a release or a
/// repository URL) that does not change how versions are ordered.
const SUFFIXED: [&str; 4] = ["Debian", "Alpine", "Maven", "Packagist"];

impl Ecosystem {
    /// The ecosystem named by an OSV `affected[].package.ecosystem` string.
    ///
    /// `Debian:12`, `Alpine:v3.18`, `Maven:https://maven.google.com` and
    /// `Packagist:https://packages.drupal.org/8` map to their base ecosystem
    /// (see [`osv_suffix`] for the part after the colon). Names are matched
    /// exactly, as the schema spells them; anything else is
    /// [`Ecosystem::Other`] with the full name.
    pub fn from_osv(name: &str) -> Ecosystem {
        let base = match name.split_once(':') {
            Some((base, _)) if SUFFIXED.contains(&base) => base,
            _ => name,
        };
        KNOWN
            .iter()
            .find(|(_, osv)| *osv == base)
            .map_or_else(|| Ecosystem::Other(name.to_owned()), |(eco, _)| eco.clone())
    }

    /// The OSV name of this ecosystem, without any suffix.
    pub fn osv_name(&self) -> &str {
        match self {
            Ecosystem::Other(name) => name,
            known => KNOWN
                .iter()
                .find(|(eco, _)| eco == known)
                .map_or("", |(_, name)| name),
        }
    }

    /// The ecosystem for a purl type; `None` for types with no OSV ecosystem
    /// here.
    ///
    /// `deb` and `apk` cover several distributions, so this answers for the
    /// type alone with the distribution the OSV data of this crate knows
    /// (Debian, Alpine); [`package_from_purl`] also checks the namespace.
    pub fn from_purl_type(ty: &str) -> Option<Ecosystem> {
        let eco = match ty.to_ascii_lowercase().as_str() {
            "cargo" => Ecosystem::CratesIo,
            "npm" => Ecosystem::Npm,
            "pypi" => Ecosystem::PyPI,
            "maven" => Ecosystem::Maven,
            "golang" => Ecosystem::Go,
            "gem" => Ecosystem::RubyGems,
            "nuget" => Ecosystem::NuGet,
            "composer" => Ecosystem::Packagist,
            "deb" => Ecosystem::Debian,
            "apk" => Ecosystem::Alpine,
            _ => return None,
        };
        Some(eco)
    }

    /// A package name in the form used to compare names within this
    /// ecosystem: PyPI names per PEP 503 (lowercase, every run of `-`, `_`
    /// and `.` becomes one `-`); NuGet and Packagist names lowercased (both
    /// registries are case-insensitive); other names unchanged.
    pub fn normalize_name(&self, name: &str) -> String {
        match self {
            Ecosystem::PyPI => {
                let mut out = String::with_capacity(name.len());
                let mut in_separator_run = false;
                for c in name.chars() {
                    if matches!(c, '-' | '_' | '.') {
                        if !in_separator_run {
                            out.push('-');
                        }
                        in_separator_run = true;
                    } else {
                        out.extend(c.to_lowercase());
                        in_separator_run = false;
                    }
                }
                out
            }
            // Go module paths: package URLs lowercase them, OSV keeps case.
            Ecosystem::NuGet | Ecosystem::Packagist | Ecosystem::Go => name.to_lowercase(),
            _ => name.to_owned(),
        }
    }
}

/// The part of an OSV ecosystem string after the first `:` (`"12"` for
/// `Debian:12`, `"v3.18"` for `Alpine:v3.18`), if any.
pub fn osv_suffix(name: &str) -> Option<&str> {
    name.split_once(':').map(|(_, suffix)| suffix)
}

impl fmt::Display for Ecosystem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.osv_name())
    }
}

/// A package named by a purl, in OSV terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurlPackage {
    /// The purl type as given (`cargo`, `deb`, …), lowercased.
    pub purl_type: String,
    /// The OSV ecosystem, when the type (and for `deb`/`apk` the namespace)
    /// has one here.
    pub ecosystem: Option<Ecosystem>,
    /// The package name as OSV spells it: Maven `group:artifact`, npm
    /// `@scope/name`, Go and Packagist `namespace/name`, PyPI normalised per
    /// PEP 503, otherwise the purl name. For a type without an ecosystem:
    /// `namespace/name`.
    pub name: String,
    /// The purl's version, if it has one.
    pub version: Option<String>,
}

/// Why a purl could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PurlError {
    /// The string is not a valid package URL.
    #[error("invalid package URL {purl:?}: {reason}")]
    Invalid {
        /// The purl as given.
        purl: String,
        /// What the purl parser reported.
        reason: String,
    },
    /// A type whose OSV name needs a namespace (Maven group, Packagist
    /// vendor) came without one.
    #[error("package URL {purl:?} has no namespace, which type {purl_type:?} needs")]
    MissingNamespace {
        /// The purl as given.
        purl: String,
        /// Its type.
        purl_type: String,
    },
}

/// The OSV ecosystem, package name and version of a purl.
///
/// `deb` purls map to Debian only with the `debian` namespace, `apk` purls to
/// Alpine only with the `alpine` namespace; other distributions
/// (`pkg:deb/ubuntu/…`) get `ecosystem: None`.
pub fn package_from_purl(purl: &str) -> Result<PurlPackage, PurlError> {
    let parsed = PackageUrl::from_str(purl).map_err(|e| PurlError::Invalid {
        purl: purl.to_owned(),
        reason: e.to_string(),
    })?;
    let ty = parsed.ty().to_ascii_lowercase();
    let namespace = parsed.namespace().filter(|ns| !ns.is_empty());
    let name = parsed.name();
    let missing_namespace = || PurlError::MissingNamespace {
        purl: purl.to_owned(),
        purl_type: ty.clone(),
    };

    let ecosystem = match Ecosystem::from_purl_type(&ty) {
        Some(Ecosystem::Debian) => namespace
            .filter(|ns| ns.eq_ignore_ascii_case("debian"))
            .map(|_| Ecosystem::Debian),
        Some(Ecosystem::Alpine) => namespace
            .filter(|ns| ns.eq_ignore_ascii_case("alpine"))
            .map(|_| Ecosystem::Alpine),
        other => other,
    };

    let joined = |sep: &str| match namespace {
        Some(ns) => format!("{ns}{sep}{name}"),
        None => name.to_owned(),
    };
    let osv_name = match &ecosystem {
        Some(Ecosystem::Maven) => {
            let group = namespace.ok_or_else(missing_namespace)?;
            format!("{group}:{name}")
        }
        Some(Ecosystem::Packagist) => {
            let vendor = namespace.ok_or_else(missing_namespace)?;
            format!("{vendor}/{name}")
        }
        Some(Ecosystem::Npm) => match namespace {
            Some(scope) if scope.starts_with('@') => format!("{scope}/{name}"),
            Some(scope) => format!("@{scope}/{name}"),
            None => name.to_owned(),
        },
        Some(Ecosystem::Go) => joined("/"),
        Some(Ecosystem::PyPI) => Ecosystem::PyPI.normalize_name(name),
        Some(_) => name.to_owned(),
        None => joined("/"),
    };

    Ok(PurlPackage {
        purl_type: ty,
        ecosystem,
        name: osv_name,
        version: parsed.version().map(str::to_owned),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osv_names_round_trip() {
        for (eco, name) in KNOWN.iter() {
            assert_eq!(&Ecosystem::from_osv(name), eco);
            assert_eq!(eco.osv_name(), *name);
        }
        assert_eq!(
            Ecosystem::from_osv("Hex"),
            Ecosystem::Other("Hex".to_owned())
        );
        assert_eq!(Ecosystem::from_osv("Hex").osv_name(), "Hex");
    }
}
