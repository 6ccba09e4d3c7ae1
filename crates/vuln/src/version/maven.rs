//! Maven: the `ComparableVersion` algorithm of `maven-artifact` 3.9
//! (<https://maven.apache.org/pom.html#version-order-specification>).
//!
//! A version is lowercased and split into items at `.`, at `-` (which opens a
//! sub-list) and at every switch between digits and letters (which also opens
//! a sub-list). Numbers compare numerically; words are qualifiers ordered
//! `alpha` < `beta` < `milestone` < `rc` = `cr` < `snapshot` < `""` = `ga` =
//! `final` = `release` < `sp` < any other word (those lexically), and `a1`,
//! `b1`, `m1` abbreviate `alpha-1`, `beta-1`, `milestone-1`. Trailing "null"
//! items (`0`, `""`, empty lists) are removed from every list, so `1.0` =
//! `1` = `1-ga`; missing items are padded with null, so `1-rc` < `1` < `1.1`.
//! A word after a `.` is treated as if after a `-` (`1.0.0.X1` < `1.0.0-X2`),
//! as Maven does since 3.9.
//!
//! Every string is a Maven version, as in Maven; [`check`] only rejects
//! empty strings and whitespace.
//!
//! This ordering is not transitive on every string, because Maven itself is
//! not: a qualifier between dots stays in the list (`1.sp.0` is `[1, sp]`)
//! while one at the end or before a digit opens a sub-list (`1.alpha` is
//! `[1, [alpha]]`), so `1` < `1.sp.0` < `1.alpha` < `1` in maven-artifact
//! 3.8.7 and later, and here.

use std::cmp::Ordering;

use super::{cmp_digits, strip_zeros};

/// One item of a parsed version.
#[derive(Debug, Clone)]
enum Item {
    /// A number, without leading zeros.
    Int(String),
    /// A qualifier, after aliasing (`cr` → `rc`, `ga`/`final`/`release` → ``).
    Str(String),
    /// A sub-list, opened by `-` or a digit/letter switch.
    List(Vec<Item>),
}

/// A parsed Maven version.
#[derive(Debug, Clone)]
pub(crate) struct Version(Vec<Item>);

const QUALIFIERS: [&str; 7] = ["alpha", "beta", "milestone", "rc", "snapshot", "", "sp"];
/// The index of `""` (release) in [`QUALIFIERS`], as `comparableQualifier`
/// spells it.
const RELEASE_INDEX: &str = "5";

/// `comparableQualifier`: the index of a known qualifier, or `7-<word>` so
/// that unknown words sort after all known ones and lexically among
/// themselves.
fn comparable_qualifier(q: &str) -> String {
    match QUALIFIERS.iter().position(|k| *k == q) {
        Some(i) => i.to_string(),
        None => format!("{}-{q}", QUALIFIERS.len()),
    }
}

fn string_item(word: &str, followed_by_digit: bool) -> Item {
    let word = match word {
        "a" if followed_by_digit => "alpha",
        "b" if followed_by_digit => "beta",
        "m" if followed_by_digit => "milestone",
        "ga" | "final" | "release" => "",
        "cr" => "rc",
        other => other,
    };
    Item::Str(word.to_owned())
}

fn parse_item(is_digit: bool, buf: &str) -> Item {
    if is_digit {
        Item::Int(strip_zeros(buf))
    } else {
        string_item(buf, false)
    }
}

impl Item {
    fn is_null(&self) -> bool {
        match self {
            Item::Int(n) => n == "0",
            Item::Str(s) => s.is_empty(),
            Item::List(items) => items.is_empty(),
        }
    }

    /// `Item.compareTo`, where `None` is Java's `null` (padding).
    fn cmp_to(&self, other: Option<&Item>) -> Ordering {
        match (self, other) {
            (Item::Int(n), None) => {
                if n == "0" {
                    Ordering::Equal
                } else {
                    Ordering::Greater
                }
            }
            (Item::Int(a), Some(Item::Int(b))) => cmp_digits(a, b),
            (Item::Int(_), Some(_)) => Ordering::Greater,
            (Item::Str(s), None) => comparable_qualifier(s).as_str().cmp(RELEASE_INDEX),
            (Item::Str(_), Some(Item::Int(_) | Item::List(_))) => Ordering::Less,
            (Item::Str(a), Some(Item::Str(b))) => {
                comparable_qualifier(a).cmp(&comparable_qualifier(b))
            }
            (Item::List(items), None) => items
                .iter()
                .map(|i| i.cmp_to(None))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal),
            (Item::List(_), Some(Item::Int(_))) => Ordering::Less,
            (Item::List(_), Some(Item::Str(_))) => Ordering::Greater,
            (Item::List(a), Some(Item::List(b))) => cmp_lists(a, b),
        }
    }
}

fn cmp_lists(a: &[Item], b: &[Item]) -> Ordering {
    let len = a.len().max(b.len());
    for i in 0..len {
        let result = match (a.get(i), b.get(i)) {
            (None, None) => Ordering::Equal,
            (None, Some(r)) => r.cmp_to(None).reverse(),
            (Some(l), r) => l.cmp_to(r),
        };
        if result.is_ne() {
            return result;
        }
    }
    Ordering::Equal
}

/// `ListItem.normalize`: drop trailing null items, looking past sub-lists.
fn normalize(items: &mut Vec<Item>) {
    let mut i = items.len();
    while i > 0 {
        i -= 1;
        if items[i].is_null() {
            items.remove(i);
        } else if !matches!(items[i], Item::List(_)) {
            break;
        }
    }
}

/// Lists under construction: `lists[0]` is the root; `Node::Sub` points at
/// another list, so the parser can keep Maven's stack of open lists.
#[derive(Debug)]
enum Node {
    Leaf(Item),
    Sub(usize),
}

struct Builder {
    lists: Vec<Vec<Node>>,
    /// Lists in the order they were opened; normalised in reverse.
    opened: Vec<usize>,
    current: usize,
}

impl Builder {
    fn add(&mut self, item: Item) {
        self.lists[self.current].push(Node::Leaf(item));
    }

    fn open_sublist(&mut self) {
        let id = self.lists.len();
        self.lists.push(Vec::new());
        self.lists[self.current].push(Node::Sub(id));
        self.opened.push(id);
        self.current = id;
    }

    fn current_is_empty(&self) -> bool {
        self.lists[self.current].is_empty()
    }

    /// Builds the tree, normalising inner lists before the lists holding
    /// them, as Maven pops its stack.
    fn finish(mut self) -> Vec<Item> {
        let mut done: Vec<Option<Vec<Item>>> = (0..self.lists.len()).map(|_| None).collect();
        while let Some(id) = self.opened.pop() {
            let nodes = std::mem::take(&mut self.lists[id]);
            let mut items: Vec<Item> = nodes
                .into_iter()
                .map(|node| match node {
                    Node::Leaf(item) => item,
                    Node::Sub(sub) => Item::List(done[sub].take().unwrap_or_default()),
                })
                .collect();
            normalize(&mut items);
            done[id] = Some(items);
        }
        done[0].take().unwrap_or_default()
    }
}

/// Parses any string the way `ComparableVersion.parseVersion` does.
pub(crate) fn parse(s: &str) -> Result<Version, String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    let version = s.to_lowercase();
    let mut b = Builder {
        lists: vec![Vec::new()],
        opened: vec![0],
        current: 0,
    };
    let mut is_digit = false;
    let mut start = 0;
    for (i, c) in version.char_indices() {
        match c {
            '.' | '-' => {
                if i == start {
                    b.add(Item::Int("0".to_owned()));
                } else {
                    b.add(parse_item(is_digit, &version[start..i]));
                }
                start = i + 1;
                if c == '-' {
                    b.open_sublist();
                }
            }
            _ if c.is_ascii_digit() => {
                if !is_digit && i > start {
                    // 1.0.0.X1 < 1.0.0-X2: treat .X as -X for any qualifier X
                    if !b.current_is_empty() {
                        b.open_sublist();
                    }
                    b.add(string_item(&version[start..i], true));
                    start = i;
                    b.open_sublist();
                }
                is_digit = true;
            }
            _ => {
                if is_digit && i > start {
                    b.add(parse_item(true, &version[start..i]));
                    start = i;
                    b.open_sublist();
                }
                is_digit = false;
            }
        }
    }
    if version.len() > start {
        if !is_digit && !b.current_is_empty() {
            b.open_sublist();
        }
        b.add(parse_item(is_digit, &version[start..]));
    }
    Ok(Version(b.finish()))
}

/// Rejects what no Maven repository would hold: empty strings and
/// whitespace or control characters.
pub(crate) fn check(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("empty version".to_owned());
    }
    if s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("whitespace or control character in version".to_owned());
    }
    Ok(())
}

impl Ord for Version {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp_lists(&self.0, &other.0)
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Version {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Version {}

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &str, b: &str) -> Ordering {
        match (parse(a), parse(b)) {
            (Ok(a), Ok(b)) => a.cmp(&b),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn maven_documentation_examples() {
        // From the POM reference's version order specification.
        assert_eq!(cmp("1", "1.0"), Ordering::Equal);
        assert_eq!(cmp("1", "1-ga"), Ordering::Equal);
        assert_eq!(cmp("1-ga", "1-final"), Ordering::Equal);
        assert_eq!(cmp("1-cr1", "1-rc1"), Ordering::Equal);
        assert_eq!(cmp("1-a1", "1-alpha-1"), Ordering::Equal);
        assert_eq!(cmp("1-alpha", "1-beta"), Ordering::Less);
        assert_eq!(cmp("1-snapshot", "1"), Ordering::Less);
        assert_eq!(cmp("1", "1-sp"), Ordering::Less);
        assert_eq!(cmp("1-sp", "1-foo"), Ordering::Less);
        assert_eq!(cmp("1-foo2", "1-foo10"), Ordering::Less);
        assert_eq!(cmp("1.foo", "1-foo"), Ordering::Equal);
        assert_eq!(cmp("1-foo", "1-1"), Ordering::Less);
        assert_eq!(cmp("1-1", "1.1"), Ordering::Less);
        assert_eq!(cmp("1.0.0.x1", "1.0.0-x2"), Ordering::Less);
    }
}
