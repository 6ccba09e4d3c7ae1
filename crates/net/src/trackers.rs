//! Lists of advertising and analytics domains.
//!
//! A [`TrackerList`] holds domains; a name matches when it is one of them or
//! ends with `.` and one of them (whole labels: `ads.doubleclick.net` matches
//! `doubleclick.net`, `notdoubleclick.net` does not). The crate ships a small
//! curated list (`data/trackers.txt`, CC0-1.0), used by
//! [`TrackerList::builtin`]; a user's file replaces it through
//! [`TrackerList::from_text`].

use std::collections::BTreeSet;
use std::fmt;

use serde::Serialize;

/// The list shipped with the crate.
const BUILTIN: &str = include_str!("../data/trackers.txt");

/// A set of tracker domains, with the name of the list they came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackerList {
    /// Where the list came from (a file name, or `builtin`).
    pub name: String,
    domains: BTreeSet<String>,
}

/// One bad line of a tracker list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrackerLineError {
    /// 1-based line number.
    pub line: usize,
    /// The line's text (comment removed, trimmed).
    pub text: String,
    /// What was expected.
    pub message: String,
}

/// Every bad line of a tracker list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct TrackerListError {
    /// The list's name.
    pub name: String,
    /// The bad lines, in order.
    pub errors: Vec<TrackerLineError>,
}

impl fmt::Display for TrackerListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} bad line(s)", self.name, self.errors.len())?;
        for e in &self.errors {
            write!(
                f,
                "\n  {}:{}: {} (`{}`)",
                self.name, e.line, e.message, e.text
            )?;
        }
        Ok(())
    }
}

impl Default for TrackerList {
    fn default() -> Self {
        Self::builtin()
    }
}

impl TrackerList {
    /// The curated list shipped with the crate (`data/trackers.txt`).
    pub fn builtin() -> TrackerList {
        match TrackerList::from_text("builtin", BUILTIN) {
            Ok(list) => list,
            // The shipped list is checked by a test; never reached.
            Err(_) => TrackerList::empty("builtin"),
        }
    }

    /// A list with no domains.
    pub fn empty(name: &str) -> TrackerList {
        TrackerList {
            name: name.to_owned(),
            domains: BTreeSet::new(),
        }
    }

    /// Reads a list: one domain per line, `#` starts a comment, blank lines
    /// are ignored. Domains are compared case-insensitively; a leading `*.`
    /// or `.` is accepted and means the same as the bare domain. Every bad
    /// line is reported, with its number.
    pub fn from_text(name: &str, text: &str) -> Result<TrackerList, TrackerListError> {
        let mut domains = BTreeSet::new();
        let mut errors = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            match check_domain(line) {
                Ok(domain) => {
                    domains.insert(domain);
                }
                Err(message) => errors.push(TrackerLineError {
                    line: index + 1,
                    text: line.to_owned(),
                    message,
                }),
            }
        }
        if errors.is_empty() {
            Ok(TrackerList {
                name: name.to_owned(),
                domains,
            })
        } else {
            Err(TrackerListError {
                name: name.to_owned(),
                errors,
            })
        }
    }

    /// Adds the domains of `other` to this list.
    pub fn extend(&mut self, other: &TrackerList) {
        self.domains.extend(other.domains.iter().cloned());
    }

    /// The number of domains.
    pub fn len(&self) -> usize {
        self.domains.len()
    }

    /// Whether the list has no domain.
    pub fn is_empty(&self) -> bool {
        self.domains.is_empty()
    }

    /// The domains, sorted.
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        self.domains.iter().map(String::as_str)
    }

    /// The list entry `name` falls under, if any (suffix match on labels).
    pub fn matches(&self, name: &str) -> Option<&str> {
        let name = normalise_name(name);
        let mut rest = name.as_str();
        loop {
            if let Some(found) = self.domains.get(rest) {
                return Some(found.as_str());
            }
            match rest.split_once('.') {
                Some((_, tail)) if !tail.is_empty() => rest = tail,
                _ => return None,
            }
        }
    }
}

/// Lower case, without a trailing dot.
pub(crate) fn normalise_name(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

fn check_domain(line: &str) -> Result<String, String> {
    if line.contains(char::is_whitespace) {
        return Err("expected one domain name per line, found spaces".to_owned());
    }
    let bare = line
        .strip_prefix("*.")
        .or_else(|| line.strip_prefix('.'))
        .unwrap_or(line);
    let domain = normalise_name(bare);
    if domain.is_empty() {
        return Err("expected a domain name".to_owned());
    }
    if domain.len() > 253 {
        return Err("expected a domain name of at most 253 characters".to_owned());
    }
    for label in domain.split('.') {
        if label.is_empty() {
            return Err("expected a domain name, found an empty label".to_owned());
        }
        if label.len() > 63 {
            return Err("expected labels of at most 63 characters".to_owned());
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            return Err(
                "expected a domain name of letters, digits, '-' and '_' separated by dots"
                    .to_owned(),
            );
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err("expected labels that neither start nor end with '-'".to_owned());
        }
    }
    Ok(domain)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_is_valid() {
        let list = TrackerList::from_text("builtin", BUILTIN).unwrap();
        assert!(list.len() >= 40, "{}", list.len());
        assert_eq!(TrackerList::builtin(), list);
        assert!(list.matches("adtrack.example").is_none());
    }

    #[test]
    fn suffix_match_on_labels() {
        let list = TrackerList::builtin();
        assert_eq!(
            list.matches("stats.g.DoubleClick.net."),
            Some("doubleclick.net")
        );
        assert_eq!(list.matches("doubleclick.net"), Some("doubleclick.net"));
        assert_eq!(list.matches("notdoubleclick.net"), None);
        assert_eq!(list.matches("net"), None);
        assert_eq!(list.matches(""), None);
    }

    #[test]
    fn user_list_with_errors() {
        let text = "# mine\nadtrack.example\n*.wild.example # comment\n\nbad domain\nfoo..bar\n-x.example\nok_x.example\n";
        let err = TrackerList::from_text("mine.txt", text).unwrap_err();
        let lines: Vec<usize> = err.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![5, 6, 7]);
        assert!(err.to_string().contains("mine.txt:5:"));
        let list = TrackerList::from_text("mine.txt", "adtrack.example\n.wild.example\n").unwrap();
        assert_eq!(
            list.matches("metrics.adtrack.example"),
            Some("adtrack.example")
        );
        assert_eq!(list.matches("a.wild.example"), Some("wild.example"));
        assert_eq!(list.len(), 2);
    }
}
