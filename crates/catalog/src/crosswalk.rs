//! Which clauses of a scheme the catalog covers, and through which criteria.

use serde::Serialize;

use crate::{Catalog, Clause, Confidence, Scheme};

/// The crosswalk of the catalog to one scheme.
#[derive(Debug, Serialize)]
pub struct Crosswalk<'a> {
    pub scheme: &'a Scheme,
    pub clauses: Vec<ClauseCoverage<'a>>,
}

/// One clause and the criteria that reference it.
#[derive(Debug, Serialize)]
pub struct ClauseCoverage<'a> {
    pub clause: &'a Clause,
    /// (criterion id, confidence), in catalog order.
    pub criteria: Vec<(&'a str, Confidence)>,
}

impl ClauseCoverage<'_> {
    /// Covered when some criterion maps to it with exact or partial confidence.
    pub fn covered(&self) -> bool {
        self.criteria.iter().any(|(_, c)| c.covers())
    }
}

impl Crosswalk<'_> {
    pub fn covered(&self) -> usize {
        self.clauses.iter().filter(|c| c.covered()).count()
    }

    pub fn mandatory(&self) -> usize {
        self.clauses.iter().filter(|c| c.clause.mandatory).count()
    }

    pub fn mandatory_covered(&self) -> usize {
        self.clauses
            .iter()
            .filter(|c| c.clause.mandatory && c.covered())
            .count()
    }
}

pub(crate) fn crosswalk<'a>(catalog: &'a Catalog, scheme: &str) -> Option<Crosswalk<'a>> {
    let scheme = catalog.scheme(scheme)?;
    let clauses = scheme
        .clauses
        .iter()
        .map(|clause| ClauseCoverage {
            clause,
            criteria: catalog
                .criteria
                .iter()
                .flat_map(|c| {
                    c.references
                        .iter()
                        .filter(|r| r.scheme == scheme.id && r.clause == clause.id)
                        .map(move |r| (c.id.as_str(), r.confidence))
                })
                .collect(),
        })
        .collect();
    Some(Crosswalk { scheme, clauses })
}
