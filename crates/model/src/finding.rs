use serde::{Deserialize, Serialize};

/// A fact an analyser read from an evidence file. Findings never carry a
/// verdict or a score: only the engine decides what a fact means for a
/// criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The evidence file as it was named on the command line or in the
    /// declaration.
    pub evidence: String,
    /// The line in the evidence file the fact comes from, where there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The fact itself.
    #[serde(flatten)]
    pub kind: FindingKind,
    /// One sentence in plain English describing the fact.
    pub message: String,
}

impl Finding {
    /// The finding kind's stable name, e.g. `securitytxt.valid`.
    pub fn name(&self) -> &'static str {
        self.kind.name()
    }
}

/// The typed facts analysers can report. Catalog criteria name these (by
/// [`FindingKind::name`]) to say which findings confirm or contradict them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FindingKind {
    /// A security.txt (RFC 9116) that is well formed and has not expired at
    /// the assessment date.
    #[serde(rename = "securitytxt.valid")]
    SecuritytxtValid {
        contacts: Vec<String>,
        policies: Vec<String>,
        canonical: Vec<String>,
        /// RFC 3339 timestamp of the `Expires` field.
        expires: String,
        signed: bool,
    },
    /// A well-formed security.txt whose `Expires` instant is before the
    /// start (00:00 UTC) of the assessment date.
    #[serde(rename = "securitytxt.expired")]
    SecuritytxtExpired {
        contacts: Vec<String>,
        expires: String,
    },
    /// A security.txt that does not conform to RFC 9116.
    #[serde(rename = "securitytxt.invalid")]
    SecuritytxtInvalid { problem: String },
    /// What an SBOM holds, and how much of it could be checked.
    #[serde(rename = "sbom.summary")]
    SbomSummary {
        /// e.g. `CycloneDX 1.5 JSON`, `SPDX 2.3 tag-value`.
        format: String,
        components: usize,
        /// Components with a version.
        with_version: usize,
        /// Components with a version and a purl or CPE.
        identified: usize,
        /// Components that could not be matched against vulnerability data
        /// (no usable identifier, or an ecosystem without data).
        unmatched: usize,
        /// Whether vulnerability data was at hand to match against.
        vulnerability_data: bool,
    },
    /// A known vulnerability in a component of the SBOM.
    #[serde(rename = "vuln.known")]
    VulnKnown {
        /// The record id (OSV), with its aliases merged.
        id: String,
        aliases: Vec<String>,
        /// The component's purl, or its name.
        component: String,
        installed: String,
        /// Versions that fix it (empty when no fix is known).
        fixed: Vec<String>,
        /// `critical`, `high`, `medium`, `low` or `unknown`.
        severity: String,
        /// The CVSS base score, e.g. `9.8`, when a vector was given.
        #[serde(skip_serializing_if = "Option::is_none")]
        score: Option<String>,
        /// Listed in the CISA Known Exploited Vulnerabilities catalog.
        kev: bool,
        #[serde(skip_serializing_if = "Option::is_none")]
        kev_due: Option<String>,
        /// When the advisory (and, for the criteria, its fix) was published.
        #[serde(skip_serializing_if = "Option::is_none")]
        published: Option<String>,
        /// A VEX `not_affected` statement that suppresses it: the finding is
        /// reported but does not count.
        #[serde(skip_serializing_if = "Option::is_none")]
        suppressed_by: Option<String>,
    },
}

impl FindingKind {
    /// Every finding kind name, for catalog validation.
    pub const NAMES: &'static [&'static str] = &[
        "securitytxt.valid",
        "securitytxt.expired",
        "securitytxt.invalid",
        "sbom.summary",
        "vuln.known",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            FindingKind::SecuritytxtValid { .. } => "securitytxt.valid",
            FindingKind::SecuritytxtExpired { .. } => "securitytxt.expired",
            FindingKind::SecuritytxtInvalid { .. } => "securitytxt.invalid",
            FindingKind::SbomSummary { .. } => "sbom.summary",
            FindingKind::VulnKnown { .. } => "vuln.known",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_serde() {
        let kinds = [
            FindingKind::SecuritytxtValid {
                contacts: vec![],
                policies: vec![],
                canonical: vec![],
                expires: String::new(),
                signed: false,
            },
            FindingKind::SecuritytxtExpired {
                contacts: vec![],
                expires: String::new(),
            },
            FindingKind::SecuritytxtInvalid {
                problem: String::new(),
            },
            FindingKind::SbomSummary {
                format: String::new(),
                components: 0,
                with_version: 0,
                identified: 0,
                unmatched: 0,
                vulnerability_data: false,
            },
            FindingKind::VulnKnown {
                id: String::new(),
                aliases: vec![],
                component: String::new(),
                installed: String::new(),
                fixed: vec![],
                severity: String::new(),
                score: None,
                kev: false,
                kev_due: None,
                published: None,
                suppressed_by: None,
            },
        ];
        assert_eq!(kinds.len(), FindingKind::NAMES.len());
        for k in kinds {
            let v = serde_json::to_value(&k).unwrap();
            assert_eq!(v["kind"], k.name());
            assert!(FindingKind::NAMES.contains(&k.name()));
        }
    }
}
