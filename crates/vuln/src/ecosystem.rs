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
    /// `Ubuntu`, also `Ubuntu:<release>` (`Ubuntu:22.04:LTS`, `Ubuntu:Pro:18.04:LTS`).
    Ubuntu,
    /// Any other OSV ecosystem, by its full name as the record spells it.
    Other(String),
}

/// The known ecosystems with their OSV names.
const KNOWN: [(Ecosystem, &str); 11] = [
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
    (Ecosystem::Ubuntu, "Ubuntu"),
];

/// Ecosystems whose OSV name may carry a `:<suffix>` (a release or a
/// repository URL) that does not change how versions are ordered.
const SUFFIXED: [&str; 5] = ["Debian", "Alpine", "Ubuntu", "Maven", "Packagist"];

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
    /// type alone with Debian and Alpine; [`package_from_purl`] reads the
    /// namespace (`pkg:deb/ubuntu/…` is Ubuntu).
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
    /// For Debian, Ubuntu and Alpine, the distribution release from the
    /// `distro` qualifier, as OSV suffixes spell it: `12` for `debian-12`,
    /// `bookworm` or `debian-12.5`; `22.04` for `ubuntu-22.04` or `jammy`;
    /// `v3.18` for `alpine-3.18` or `alpine-3.18.4`. `None` when the purl
    /// names no release this crate can read.
    pub release: Option<String>,
}

/// Debian codenames and their release numbers.
const DEBIAN_CODENAMES: [(&str, &str); 8] = [
    ("stretch", "9"),
    ("buster", "10"),
    ("bullseye", "11"),
    ("bookworm", "12"),
    ("trixie", "13"),
    ("forky", "14"),
    ("duke", "15"),
    ("jessie", "8"),
];

/// Ubuntu codenames and their release numbers.
const UBUNTU_CODENAMES: [(&str, &str); 9] = [
    ("xenial", "16.04"),
    ("bionic", "18.04"),
    ("focal", "20.04"),
    ("jammy", "22.04"),
    ("mantic", "23.10"),
    ("noble", "24.04"),
    ("oracular", "24.10"),
    ("plucky", "25.04"),
    ("questing", "25.10"),
];

/// The release a `distro` qualifier names, for the OSV ecosystem suffix.
fn distro_release(ecosystem: &Ecosystem, distro: &str) -> Option<String> {
    let distro = distro.trim().to_ascii_lowercase();
    let numeric = |prefix: &str, parts: usize| -> Option<String> {
        let rest = distro.strip_prefix(prefix).unwrap_or(&distro);
        let kept: Vec<&str> = rest.split('.').take(parts).collect();
        let ok = kept.len() == parts
            && kept
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        ok.then(|| kept.join("."))
    };
    let named = |table: &[(&str, &str)]| {
        table
            .iter()
            .find(|(name, _)| distro == *name)
            .map(|(_, number)| (*number).to_owned())
    };
    match ecosystem {
        Ecosystem::Debian => numeric("debian-", 1).or_else(|| named(&DEBIAN_CODENAMES)),
        Ecosystem::Ubuntu => numeric("ubuntu-", 2).or_else(|| named(&UBUNTU_CODENAMES)),
        Ecosystem::Alpine => numeric("alpine-", 2).map(|r| format!("v{r}")),
        _ => None,
    }
}

/// Whether an OSV ecosystem string (`Debian:12`, `Ubuntu:22.04:LTS`,
/// `Ubuntu:Pro:18.04:LTS`, `Alpine:v3.18`, `Debian`) covers a distribution
/// release as [`PurlPackage::release`] spells it. An ecosystem without a
/// release covers every release.
pub fn covers_release(osv_ecosystem: &str, release: &str) -> bool {
    match osv_suffix(osv_ecosystem) {
        None => true,
        Some(suffix) => suffix
            .split(':')
            .any(|part| part.eq_ignore_ascii_case(release)),
    }
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
/// `deb` purls map to Debian with the `debian` namespace and to Ubuntu with
/// the `ubuntu` namespace, `apk` purls to Alpine only with the `alpine`
/// namespace; other distributions get `ecosystem: None`. The `distro`
/// qualifier gives the release ([`PurlPackage::release`]).
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
        Some(Ecosystem::Debian) => match namespace.map(str::to_ascii_lowercase).as_deref() {
            Some("debian") => Some(Ecosystem::Debian),
            Some("ubuntu") => Some(Ecosystem::Ubuntu),
            _ => None,
        },
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

    let release = ecosystem.as_ref().and_then(|eco| {
        parsed
            .qualifiers()
            .iter()
            .find(|(k, _)| k.as_ref() == "distro")
            .and_then(|(_, v)| distro_release(eco, v))
    });
    Ok(PurlPackage {
        purl_type: ty,
        ecosystem,
        name: osv_name,
        version: parsed.version().map(str::to_owned),
        release,
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
        assert_eq!(Ecosystem::from_osv("Ubuntu:22.04:LTS"), Ecosystem::Ubuntu);
    }

    #[test]
    fn distribution_releases_come_from_the_distro_qualifier() {
        let release = |purl: &str| package_from_purl(purl).expect("purl").release;
        let cases = [
            ("pkg:deb/debian/curl@7.88.1-10?distro=debian-12", Some("12")),
            (
                "pkg:deb/debian/curl@7.88.1-10?distro=debian-12.5",
                Some("12"),
            ),
            ("pkg:deb/debian/curl@7.88.1-10?distro=bookworm", Some("12")),
            ("pkg:deb/debian/curl@7.88.1-10?arch=amd64", None),
            ("pkg:deb/debian/curl@7.88.1-10?distro=sid", None),
            (
                "pkg:deb/ubuntu/curl@7.81.0-1?distro=ubuntu-22.04",
                Some("22.04"),
            ),
            ("pkg:deb/ubuntu/curl@7.81.0-1?distro=jammy", Some("22.04")),
            (
                "pkg:apk/alpine/curl@8.5.0-r0?distro=alpine-3.19.1",
                Some("v3.19"),
            ),
            ("pkg:apk/alpine/curl@8.5.0-r0?distro=alpine-edge", None),
            ("pkg:npm/curl@1.0.0?distro=debian-12", None),
        ];
        for (purl, want) in cases {
            assert_eq!(release(purl).as_deref(), want, "{purl}");
        }
        let ubuntu = package_from_purl("pkg:deb/ubuntu/curl@7.81.0-1").expect("purl");
        assert_eq!(ubuntu.ecosystem, Some(Ecosystem::Ubuntu));
        assert_eq!(ubuntu.name, "curl");
    }

    #[test]
    fn ecosystem_suffixes_cover_their_release() {
        assert!(covers_release("Debian:12", "12"));
        assert!(!covers_release("Debian:11", "12"));
        assert!(covers_release("Debian", "12"));
        assert!(covers_release("Ubuntu:22.04:LTS", "22.04"));
        assert!(covers_release("Ubuntu:Pro:18.04:LTS", "18.04"));
        assert!(!covers_release("Ubuntu:24.04:LTS", "22.04"));
        assert!(covers_release("Alpine:v3.19", "v3.19"));
        assert!(!covers_release("Alpine:v3.18", "v3.19"));
    }
}
