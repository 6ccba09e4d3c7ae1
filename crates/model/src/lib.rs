//! The vocabulary every iotmark crate shares.
//!
//! This crate holds plain data and nothing else: criterion ids, levels, the
//! verdict outcome model, typed findings produced by evidence analysers, and
//! the [`Diagnostic`] that every parser and validator reports problems with.
//! It does no I/O, reads no clock and knows no file format beyond serde.
//!
//! The outcome model is deliberately honest (see `ARCHITECTURE.md`):
//! [`Status::Unknown`], [`Status::NotMet`] and [`Status::NotApplicable`] are
//! different things, and a claim that evidence disproves carries
//! [`Basis::Contradicted`].
//!
//! ```
//! use iotmark_model::{CriterionId, Level};
//! let id: CriterionId = "SEC-01".parse().unwrap();
//! assert_eq!(id.area_prefix(), "SEC");
//! assert!(Level::new(3).is_some() && Level::new(4).is_none());
//! ```

mod diagnostic;
mod evidence_kind;
mod finding;
mod product;
mod verdict;

pub use diagnostic::{Diagnostic, Position, Severity, json_path_from_pointer};
pub use evidence_kind::{EvidenceKind, UnknownEvidenceKind};
pub use finding::{Finding, FindingKind};
pub use product::{fold, product_id, slug};
pub use verdict::{Basis, Status};

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A stable criterion identifier: three upper-case letters naming the area,
/// a hyphen and two digits, e.g. `SEC-01`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CriterionId(String);

impl CriterionId {
    /// The area prefix (`SEC` for `SEC-01`).
    pub fn area_prefix(&self) -> &str {
        &self.0[..3]
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why a string is not a criterion id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidCriterionId(pub String);

impl fmt::Display for InvalidCriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a criterion id (expected three capital letters, a hyphen and two digits, like `SEC-01`)",
            self.0
        )
    }
}

impl std::error::Error for InvalidCriterionId {}

impl FromStr for CriterionId {
    type Err = InvalidCriterionId;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        let ok = b.len() == 6
            && b[..3].iter().all(u8::is_ascii_uppercase)
            && b[3] == b'-'
            && b[4..].iter().all(u8::is_ascii_digit);
        if ok {
            Ok(CriterionId(s.to_owned()))
        } else {
            Err(InvalidCriterionId(s.to_owned()))
        }
    }
}

impl TryFrom<String> for CriterionId {
    type Error = InvalidCriterionId;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<CriterionId> for String {
    fn from(id: CriterionId) -> String {
        id.0
    }
}

impl fmt::Display for CriterionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A mark level: 1 baseline, 2 trusted, 3 exemplary. Level 0 means "below
/// the baseline" and is only ever a result, never a criterion's level.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const NONE: Level = Level(0);
    pub const BASELINE: Level = Level(1);
    pub const TRUSTED: Level = Level(2);
    pub const EXEMPLARY: Level = Level(3);
    pub const MAX: u8 = 3;

    /// A level from its number; `None` above 3.
    pub fn new(n: u8) -> Option<Level> {
        (n <= Self::MAX).then_some(Level(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// The English name used in reports and the catalog.
    pub fn name(self) -> &'static str {
        match self.0 {
            0 => "below baseline",
            1 => "baseline",
            2 => "trusted",
            _ => "exemplary",
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(n: u8) -> Result<Self, String> {
        Level::new(n).ok_or_else(|| format!("level {n} does not exist (levels are 0 to 3)"))
    }
}

impl From<Level> for u8 {
    fn from(l: Level) -> u8 {
        l.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criterion_ids() {
        for good in ["SEC-01", "ACT-99", "UPD-10"] {
            assert!(good.parse::<CriterionId>().is_ok(), "{good}");
        }
        for bad in [
            "sec-01", "SEC01", "SEC-1", "SECU-01", "SEC-0A", "", "SEC-010",
        ] {
            assert!(bad.parse::<CriterionId>().is_err(), "{bad}");
        }
    }

    #[test]
    fn levels_are_bounded() {
        assert_eq!(Level::new(0), Some(Level::NONE));
        assert_eq!(Level::new(4), None);
        assert!(serde_json::from_str::<Level>("7").is_err());
    }
}
