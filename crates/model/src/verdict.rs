use serde::{Deserialize, Serialize};

/// The outcome of one criterion for one product.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The requirement is satisfied.
    Met,
    /// The requirement is not satisfied (or the claim was contradicted).
    NotMet,
    /// Nothing was declared or found: we cannot tell. Never counts as met.
    Unknown,
    /// The criterion does not apply to this product.
    NotApplicable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::Unknown => "unknown",
            Status::NotApplicable => "not_applicable",
        }
    }
}

/// What a verdict rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// The manufacturer's declaration alone.
    Declared,
    /// A finding from evidence confirms it.
    Verified,
    /// A certification body's assessor tested it.
    Assessor,
    /// Evidence disproves what was declared: the claim is not counted.
    Contradicted,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Declared => "declared",
            Basis::Verified => "verified",
            Basis::Assessor => "assessor",
            Basis::Contradicted => "contradicted",
        }
    }
}
