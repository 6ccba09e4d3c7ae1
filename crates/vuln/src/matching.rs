//! Is a package version affected by an OSV `affected[]` entry? The
//! evaluation algorithm of the OSV schema
//! (<https://ossf.github.io/osv-schema/#evaluation>), with an honest third
//! answer.
//!
//! A version is affected when it is listed in `affected.versions` (exact
//! string match) or lies in any `SEMVER` or `ECOSYSTEM` range. For a range,
//! the events are sorted by version (`introduced: "0"` sorts before every
//! version, a `limit` containing `*` after every version) and walked in
//! order: an `introduced` at or below the version makes it affected, a
//! `fixed` at or below it or a `last_affected` below it makes it unaffected.
//! `limit` events bound the range: with any present, only versions below one
//! of them can be affected.
//!
//! ```
//! use iotmark_vuln::ecosystem::Ecosystem;
//! use iotmark_vuln::matching::{affects, Match};
//! use iotmark_vuln::osv::Affected;
//!
//! let affected: Affected = serde_json::from_str(r#"{
//!     "package": {"ecosystem": "crates.io", "name": "smallvec"},
//!     "ranges": [{"type": "SEMVER", "events": [{"introduced": "0.6.3"}, {"fixed": "0.6.10"}]}]
//! }"#).unwrap();
//! let eco = Ecosystem::CratesIo;
//! assert_eq!(
//!     affects(&affected, &eco, "0.6.9"),
//!     Match::Affected { fixed: vec!["0.6.10".into()], last_affected: vec![] }
//! );
//! assert_eq!(affects(&affected, &eco, "0.6.10"), Match::NotAffected);
//! ```
//!
//! Policy where the specification leaves room, so that no answer is a guess:
//!
//! - `GIT` ranges need the repository's commit graph, which this crate does
//!   not have. A non-empty `versions` list stands for them (the schema asks
//!   records with `GIT` ranges to enumerate the affected versions), and so
//!   do any `SEMVER`/`ECOSYSTEM` ranges of the same entry; a `GIT` range with
//!   neither makes the answer [`Match::Unresolvable`]. Ranges of an unknown
//!   type, and `ECOSYSTEM` ranges of an ecosystem whose ordering is not
//!   implemented, are treated the same way.
//! - A version that the range's scheme cannot read (the queried one or one in
//!   an event), and a malformed event (not exactly one field set), make that
//!   range unresolvable. The answer is [`Match::Unresolvable`] unless another
//!   range or the `versions` list says "affected".
//! - Which package the entry is about is the caller's business: `ecosystem`
//!   says how to order versions and is not checked against
//!   `affected.package`.

use std::cmp::Ordering;

use crate::ecosystem::Ecosystem;
use crate::osv::{Affected, Event, Range};
use crate::version::Scheme;

/// The answer for one version against one `affected[]` entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// The version is affected.
    Affected {
        /// The `fixed` versions that end the affected ranges the version is
        /// in (the nearest fix above it in each range), for "fixed in 1.2.3".
        /// Empty when no range has a fix above the version, or when only
        /// the `versions` list matched.
        fixed: Vec<String>,
        /// Likewise, the `last_affected` versions bounding those ranges.
        last_affected: Vec<String>,
    },
    /// The version is in no range and not in the `versions` list.
    NotAffected,
    /// The entry cannot be evaluated for this version; `reason` says why.
    Unresolvable {
        /// Why, for a person to read.
        reason: String,
    },
}

/// Evaluates `affected` for `version` of a package in `ecosystem`.
pub fn affects(affected: &Affected, ecosystem: &Ecosystem, version: &str) -> Match {
    let listed = affected
        .versions
        .iter()
        .any(|v| v == version || (*ecosystem == Ecosystem::Go && v.as_str() == strip_v(version)));

    let mut fixed = Vec::new();
    let mut last_affected = Vec::new();
    let mut in_range = false;
    let mut evaluated_any = false;
    let mut unresolved: Vec<String> = Vec::new();
    let mut opaque: Vec<String> = Vec::new();

    for range in &affected.ranges {
        let scheme = match range.kind.as_str() {
            "SEMVER" => Scheme::Semver,
            "ECOSYSTEM" => match Scheme::for_ecosystem(ecosystem) {
                Some(scheme) => scheme,
                None => {
                    opaque.push(format!(
                        "ECOSYSTEM range: no version ordering for ecosystem {}",
                        ecosystem.osv_name()
                    ));
                    continue;
                }
            },
            "GIT" => {
                opaque.push("GIT range: needs commit hashes".to_owned());
                continue;
            }
            other => {
                opaque.push(format!("range of unknown type {other:?}"));
                continue;
            }
        };
        match evaluate(range, scheme, version) {
            Ok(RangeResult::Affected {
                fixed: f,
                last_affected: l,
            }) => {
                in_range = true;
                evaluated_any = true;
                for v in f {
                    if !fixed.contains(&v) {
                        fixed.push(v);
                    }
                }
                for v in l {
                    if !last_affected.contains(&v) {
                        last_affected.push(v);
                    }
                }
            }
            Ok(RangeResult::NotAffected) => evaluated_any = true,
            Err(reason) => unresolved.push(format!("{} range: {reason}", range.kind)),
        }
    }

    if in_range || listed {
        return Match::Affected {
            fixed,
            last_affected,
        };
    }
    if !unresolved.is_empty() {
        return Match::Unresolvable {
            reason: unresolved.join("; "),
        };
    }
    let covered = evaluated_any || !affected.versions.is_empty();
    if !opaque.is_empty() && !covered {
        opaque.dedup();
        return Match::Unresolvable {
            reason: opaque.join("; "),
        };
    }
    Match::NotAffected
}

impl Affected {
    /// Evaluates this entry for `version` of a package in `ecosystem`; see
    /// [`affects`].
    pub fn affects(&self, ecosystem: &Ecosystem, version: &str) -> Match {
        affects(self, ecosystem, version)
    }
}

fn strip_v(version: &str) -> &str {
    version.strip_prefix('v').unwrap_or(version)
}

enum RangeResult {
    Affected {
        fixed: Vec<String>,
        last_affected: Vec<String>,
    },
    NotAffected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Introduced,
    Fixed,
    LastAffected,
    Limit,
}

/// A point on the version line: below everything, a version, or above
/// everything.
#[derive(Clone, Copy, Debug)]
enum Point<'a> {
    Bottom,
    At(&'a str),
    Top,
}

struct EventPoint<'a> {
    kind: Kind,
    point: Point<'a>,
}

fn event_point(event: &Event) -> Result<EventPoint<'_>, String> {
    let fields = [
        (Kind::Introduced, &event.introduced),
        (Kind::Fixed, &event.fixed),
        (Kind::LastAffected, &event.last_affected),
        (Kind::Limit, &event.limit),
    ];
    let mut set = fields
        .iter()
        .filter_map(|(kind, value)| value.as_deref().map(|v| (*kind, v)));
    let (kind, value) = set
        .next()
        .ok_or_else(|| "an event has no introduced, fixed, last_affected or limit".to_owned())?;
    if set.next().is_some() {
        return Err(
            "an event sets more than one of introduced, fixed, last_affected, limit".to_owned(),
        );
    }
    let point = match kind {
        Kind::Introduced if value == "0" => Point::Bottom,
        Kind::Limit if value.contains('*') => Point::Top,
        _ => Point::At(value),
    };
    Ok(EventPoint { kind, point })
}

fn cmp_points(scheme: Scheme, a: Point<'_>, b: Point<'_>) -> Result<Ordering, String> {
    Ok(match (a, b) {
        (Point::Bottom, Point::Bottom) | (Point::Top, Point::Top) => Ordering::Equal,
        (Point::Bottom, _) | (_, Point::Top) => Ordering::Less,
        (_, Point::Bottom) | (Point::Top, _) => Ordering::Greater,
        (Point::At(x), Point::At(y)) => scheme.compare(x, y).map_err(|e| e.to_string())?,
    })
}

/// Sorts events by version, stably, with sorts of our own: Maven's ordering
/// is not transitive on every input (and apk's is not on malformed
/// versions), and the standard library's sorts may panic on such orders.
/// Ranges have a handful of events, which an insertion sort orders with the
/// fewest comparisons (one for the usual introduced/fixed pair); longer
/// lists are merge-sorted.
fn sort_events<'a>(
    mut events: Vec<EventPoint<'a>>,
    scheme: Scheme,
) -> Result<Vec<EventPoint<'a>>, String> {
    if events.len() <= 8 {
        for i in 1..events.len() {
            let mut j = i;
            while j > 0
                && cmp_points(scheme, events[j - 1].point, events[j].point)? == Ordering::Greater
            {
                events.swap(j - 1, j);
                j -= 1;
            }
        }
        return Ok(events);
    }
    let right = events.split_off(events.len() / 2);
    let left = sort_events(events, scheme)?;
    let right = sort_events(right, scheme)?;
    let mut merged = Vec::with_capacity(left.len() + right.len());
    let mut left = left.into_iter().peekable();
    let mut right = right.into_iter().peekable();
    while let (Some(l), Some(r)) = (left.peek(), right.peek()) {
        let take_right = cmp_points(scheme, l.point, r.point)? == Ordering::Greater;
        let next = if take_right {
            right.next()
        } else {
            left.next()
        };
        merged.extend(next);
    }
    merged.extend(left);
    merged.extend(right);
    Ok(merged)
}

/// One range per the schema's `IncludedInRanges`/`BeforeLimits`.
fn evaluate(range: &Range, scheme: Scheme, version: &str) -> Result<RangeResult, String> {
    scheme.parse_check(version).map_err(|e| e.to_string())?;
    let events = range
        .events
        .iter()
        .map(event_point)
        .collect::<Result<Vec<_>, _>>()?;
    for event in &events {
        if let Point::At(v) = event.point {
            scheme.parse_check(v).map_err(|e| e.to_string())?;
        }
    }
    let events = sort_events(events, scheme)?;

    // The version against each event, compared once.
    let v = Point::At(version);
    let order = events
        .iter()
        .map(|e| cmp_points(scheme, v, e.point))
        .collect::<Result<Vec<_>, _>>()?;

    let mut limits = events
        .iter()
        .zip(&order)
        .filter(|(e, _)| e.kind == Kind::Limit)
        .peekable();
    if limits.peek().is_some() && !limits.any(|(_, ord)| *ord == Ordering::Less) {
        return Ok(RangeResult::NotAffected);
    }

    let mut vulnerable = false;
    for (event, ord) in events.iter().zip(&order) {
        match event.kind {
            Kind::Introduced if *ord != Ordering::Less => vulnerable = true,
            Kind::Fixed if *ord != Ordering::Less => vulnerable = false,
            Kind::LastAffected if *ord == Ordering::Greater => vulnerable = false,
            _ => {}
        }
    }
    if !vulnerable {
        return Ok(RangeResult::NotAffected);
    }

    // The nearest closing event above the version ends its interval.
    let mut fixed = Vec::new();
    let mut last_affected = Vec::new();
    for (event, ord) in events.iter().zip(&order) {
        match (event.kind, event.point) {
            (Kind::Fixed, Point::At(f)) if *ord == Ordering::Less => {
                fixed.push(f.to_owned());
                break;
            }
            (Kind::LastAffected, Point::At(l)) if *ord != Ordering::Greater => {
                last_affected.push(l.to_owned());
                break;
            }
            _ => {}
        }
    }
    Ok(RangeResult::Affected {
        fixed,
        last_affected,
    })
}
