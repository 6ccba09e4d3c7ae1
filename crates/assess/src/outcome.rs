//! The building blocks rules are written with: one claim at a time, combined.

use iotmark_model::{Basis, Status};

/// What a rule decided, before the engine applies findings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    pub basis: Option<Basis>,
    pub explanation: String,
    /// `declaration:<path>` and `finding:<kind>@<file>` references.
    pub evidence: Vec<String>,
    /// The rule already weighed the findings the criterion names; the
    /// engine's generic confirm/contradict step leaves it alone.
    pub findings_weighed: bool,
}

/// One fact a rule looked at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub status: Status,
    pub fact: String,
    pub path: String,
}

impl Part {
    pub fn met(path: &str, fact: impl Into<String>) -> Part {
        Part {
            status: Status::Met,
            fact: fact.into(),
            path: path.into(),
        }
    }
    pub fn not_met(path: &str, fact: impl Into<String>) -> Part {
        Part {
            status: Status::NotMet,
            fact: fact.into(),
            path: path.into(),
        }
    }
    pub fn unknown(path: &str) -> Part {
        Part {
            status: Status::Unknown,
            fact: format!("`{path}` is not declared"),
            path: path.into(),
        }
    }
    pub fn unknown_because(path: &str, fact: impl Into<String>) -> Part {
        Part {
            status: Status::Unknown,
            fact: fact.into(),
            path: path.into(),
        }
    }
}

/// A yes/no claim that must be true.
pub fn flag(path: &str, value: Option<bool>) -> Part {
    match value {
        Some(true) => Part::met(path, format!("`{path}: true`")),
        Some(false) => Part::not_met(path, format!("`{path}` is declared false")),
        None => Part::unknown(path),
    }
}

/// A yes/no claim that must be false (e.g. `data.sold`).
pub fn flag_false(path: &str, value: Option<bool>) -> Part {
    match value {
        Some(false) => Part::met(path, format!("`{path}: false`")),
        Some(true) => Part::not_met(path, format!("`{path}` is declared true")),
        None => Part::unknown(path),
    }
}

/// A piece of text or a URL that must be given.
pub fn present(path: &str, value: Option<&String>) -> Part {
    match value {
        Some(v) => Part::met(path, format!("`{path}` is given ({})", short(v))),
        None => Part::unknown(path),
    }
}

/// A number that must be at most `max`.
pub fn at_most(path: &str, value: Option<f64>, max: f64, unit: &str) -> Part {
    match value {
        Some(v) if v <= max => Part::met(path, format!("`{path}` is {v} {unit} (at most {max})")),
        Some(v) => Part::not_met(path, format!("`{path}` is {v} {unit}, more than {max}")),
        None => Part::unknown(path),
    }
}

/// A number that must be at least `min`.
pub fn at_least(path: &str, value: Option<f64>, min: f64, unit: &str) -> Part {
    match value {
        Some(v) if v >= min => Part::met(path, format!("`{path}` is {v} {unit} (at least {min})")),
        Some(v) => Part::not_met(path, format!("`{path}` is {v} {unit}, less than {min}")),
        None => Part::unknown(path),
    }
}

pub(crate) fn short(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

/// Every part must be met: any not met makes the whole not met; otherwise
/// any unknown makes it unknown.
pub fn all(parts: Vec<Part>) -> Outcome {
    let status = if parts.iter().any(|p| p.status == Status::NotMet) {
        Status::NotMet
    } else if parts.iter().any(|p| p.status == Status::Unknown) || parts.is_empty() {
        Status::Unknown
    } else {
        Status::Met
    };
    let shown: Vec<&str> = parts
        .iter()
        .filter(|p| p.status == status)
        .map(|p| p.fact.as_str())
        .collect();
    let explanation = match status {
        Status::Met => format!("Declared: {}.", shown.join("; ")),
        Status::NotMet => format!("Not met: {}.", shown.join("; ")),
        _ if parts.is_empty() => "Nothing was declared for this criterion.".to_owned(),
        _ => format!("Unknown: {}.", shown.join("; ")),
    };
    let mut evidence: Vec<String> = parts
        .iter()
        .map(|p| format!("declaration:{}", p.path))
        .collect();
    evidence.dedup();
    Outcome {
        status,
        basis: (status != Status::Unknown).then_some(Basis::Declared),
        explanation,
        evidence,
        findings_weighed: false,
    }
}

/// At least one part must be met.
pub fn any(parts: Vec<Part>) -> Outcome {
    if let Some(p) = parts.iter().find(|p| p.status == Status::Met) {
        return all(vec![p.clone()]);
    }
    let status = if parts.iter().any(|p| p.status == Status::Unknown) {
        Status::Unknown
    } else {
        Status::NotMet
    };
    let shown: Vec<&str> = parts.iter().map(|p| p.fact.as_str()).collect();
    let word = if status == Status::Unknown {
        "Unknown"
    } else {
        "Not met"
    };
    Outcome {
        status,
        basis: (status != Status::Unknown).then_some(Basis::Declared),
        explanation: format!("{word}: none of these holds: {}.", shown.join("; ")),
        evidence: parts
            .iter()
            .map(|p| format!("declaration:{}", p.path))
            .collect(),
        findings_weighed: false,
    }
}
