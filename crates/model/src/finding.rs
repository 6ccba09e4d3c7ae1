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
}

impl FindingKind {
    /// Every finding kind name, for catalog validation.
    pub const NAMES: &'static [&'static str] = &[
        "securitytxt.valid",
        "securitytxt.expired",
        "securitytxt.invalid",
    ];

    pub fn name(&self) -> &'static str {
        match self {
            FindingKind::SecuritytxtValid { .. } => "securitytxt.valid",
            FindingKind::SecuritytxtExpired { .. } => "securitytxt.expired",
            FindingKind::SecuritytxtInvalid { .. } => "securitytxt.invalid",
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
        ];
        assert_eq!(kinds.len(), FindingKind::NAMES.len());
        for k in kinds {
            let v = serde_json::to_value(&k).unwrap();
            assert_eq!(v["kind"], k.name());
            assert!(FindingKind::NAMES.contains(&k.name()));
        }
    }
}
