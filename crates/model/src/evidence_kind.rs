use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What an evidence file is. The names are those of a declaration's
/// `evidence[].kind` (`security_txt`, `sbom`, …).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    SecurityTxt,
    Sbom,
    NetworkCapture,
    Mud,
    TestReport,
    Other,
}

impl EvidenceKind {
    /// Every kind, in declaration order.
    pub const ALL: [EvidenceKind; 6] = [
        EvidenceKind::SecurityTxt,
        EvidenceKind::Sbom,
        EvidenceKind::NetworkCapture,
        EvidenceKind::Mud,
        EvidenceKind::TestReport,
        EvidenceKind::Other,
    ];

    /// The snake_case name used in declarations, e.g. `security_txt`.
    pub fn as_str(self) -> &'static str {
        match self {
            EvidenceKind::SecurityTxt => "security_txt",
            EvidenceKind::Sbom => "sbom",
            EvidenceKind::NetworkCapture => "network_capture",
            EvidenceKind::Mud => "mud",
            EvidenceKind::TestReport => "test_report",
            EvidenceKind::Other => "other",
        }
    }
}

impl fmt::Display for EvidenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A string that names no [`EvidenceKind`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownEvidenceKind(pub String);

impl fmt::Display for UnknownEvidenceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not an evidence kind (expected one of security_txt, sbom, network_capture, mud, test_report, other)",
            self.0
        )
    }
}

impl std::error::Error for UnknownEvidenceKind {}

impl FromStr for EvidenceKind {
    type Err = UnknownEvidenceKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EvidenceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownEvidenceKind(s.to_owned()))
    }
}
