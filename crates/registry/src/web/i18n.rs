//! The site's languages: which one a request gets, and the site's own
//! words: the Fluent messages of `locales/<lang>/site.ftl`, embedded at
//! build time and resolved once (the label's words come from the catalog's
//! Fluent messages).

use axum::http::HeaderMap;
use axum::http::header::ACCEPT_LANGUAGE;

/// The languages the site speaks, English first.
pub const LANGUAGES: [&str; 5] = iotmark_catalog::LANGUAGES;

/// Each language's name in itself, for the switcher.
pub fn native_name(lang: &str) -> &'static str {
    match lang {
        "fr" => "Français",
        "de" => "Deutsch",
        "es" => "Español",
        "ja" => "日本語",
        _ => "English",
    }
}

/// The language of a request: `?lang=` when it names one of
/// [`LANGUAGES`], else the best of `Accept-Language`, else English.
pub fn negotiate(query: Option<&str>, headers: &HeaderMap) -> &'static str {
    if let Some(l) = query.and_then(supported) {
        return l;
    }
    let Some(header) = headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()) else {
        return "en";
    };
    let mut best: Option<(f32, usize, &'static str)> = None;
    for (i, part) in header.split(',').enumerate().take(32) {
        let mut pieces = part.split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let q = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
            .filter(|q| q.is_finite() && *q > 0.0);
        let (Some(q), Some(lang)) = (q, supported(tag.split('-').next().unwrap_or_default()))
        else {
            continue;
        };
        // Highest q wins; among equals, the first listed.
        if best.is_none_or(|(bq, bi, _)| q > bq || (q == bq && i < bi)) {
            best = Some((q, i, lang));
        }
    }
    best.map_or("en", |(_, _, l)| l)
}

fn supported(tag: &str) -> Option<&'static str> {
    let tag = tag.trim().to_ascii_lowercase();
    LANGUAGES.into_iter().find(|l| *l == tag)
}

/// `(path, text)` of `locales/<lang>/site.ftl` for each language, embedded
/// at build time.
macro_rules! site_ftl {
    ($($lang:literal),*) => {
        [$((
            concat!("locales/", $lang, "/site.ftl"),
            include_str!(concat!("../../../../locales/", $lang, "/site.ftl")),
        )),*]
    };
}

/// The site's words: one Fluent file per language, in the order of
/// [`LANGUAGES`].
const SOURCES: [(&str, &str); 5] = site_ftl!("en", "fr", "de", "es", "ja");

/// The variables a site word may hold. Each resolves to its own name in
/// braces (`{ $name }` to `{name}`), the place a page fills in through
/// maud's escaping (see `compare::with_name`).
const PLACES: [&str; 1] = ["name"];

/// The site's word `key` in `lang` (English when the language is not
/// one of [`LANGUAGES`]; `?` when the key is unknown, which a test rules
/// out).
pub fn t(lang: &str, key: &str) -> &'static str {
    let i = LANGUAGES.iter().position(|l| *l == lang).unwrap_or(0);
    words()
        .index
        .get(key)
        .map_or("?", |words| words[i].as_str())
}

/// Every key, for tests.
pub fn keys() -> impl Iterator<Item = &'static str> {
    words().keys.iter().map(String::as_str)
}

/// The site's words, every message resolved to its text.
struct Words {
    /// The keys of English, in file order.
    keys: Vec<String>,
    /// Each key's text in every language, English standing in for a
    /// message a language lacks.
    index: std::collections::HashMap<String, [String; 5]>,
    /// What is wrong with the files, each naming its file (and line, for a
    /// syntax error).
    problems: Vec<String>,
}

/// The embedded words, parsed and resolved once; their problems are
/// logged then (a test requires there be none).
fn words() -> &'static Words {
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let words = resolve(&SOURCES);
        for p in &words.problems {
            tracing::error!("the site's words: {p}");
        }
        words
    })
}

/// Parses the Fluent files `sources` (`(path, text)` in the order of
/// [`LANGUAGES`]) and resolves every message.
fn resolve(sources: &[(&str, &str); 5]) -> Words {
    let mut problems = Vec::new();
    let mut texts: Vec<Vec<(String, String)>> = Vec::new();
    for (lang, (path, source)) in LANGUAGES.iter().zip(sources) {
        texts.push(messages(lang, path, source, &mut problems));
    }
    let english = &texts[0];
    let keys: Vec<String> = english.iter().map(|(k, _)| k.clone()).collect();
    let mut index = std::collections::HashMap::new();
    for (key, en) in english {
        index.insert(key.clone(), std::array::from_fn(|_| en.clone()));
    }
    for (i, (path, _)) in sources.iter().enumerate().skip(1) {
        let mut seen = std::collections::HashSet::new();
        for (key, text) in &texts[i] {
            seen.insert(key.as_str());
            match index.get_mut(key) {
                Some(words) => words[i].clone_from(text),
                None => problems.push(format!(
                    "{path}: message `{key}` is not in {}",
                    sources[0].0
                )),
            }
        }
        for key in keys.iter().filter(|k| !seen.contains(k.as_str())) {
            problems.push(format!("{path}: message `{key}` is missing"));
        }
    }
    Words {
        keys,
        index,
        problems,
    }
}

/// Every message of one Fluent file as `(id, text)`, in file order; its
/// problems added to `problems`.
fn messages(
    lang: &str,
    path: &str,
    source: &str,
    problems: &mut Vec<String>,
) -> Vec<(String, String)> {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, errors)| {
        for e in errors {
            let line = source[..e.pos.start.min(source.len())]
                .matches('\n')
                .count()
                + 1;
            problems.push(format!("{path}:{line}: {e}"));
        }
        r
    });
    let mut bundle = FluentBundle::new(vec![lang.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    // For references between messages; a message defined twice is
    // reported below.
    bundle.add_resource_overriding(&resource);
    let mut args = FluentArgs::new();
    for place in PLACES {
        args.set(place, format!("{{{place}}}"));
    }
    let mut out: Vec<(String, String)> = Vec::new();
    for entry in resource.entries() {
        let fluent_syntax::ast::Entry::Message(m) = entry else {
            continue;
        };
        let key = m.id.name;
        // Where the message is (its last definition, for one defined twice).
        let at = line_of(source, key).map_or_else(|| path.to_owned(), |l| format!("{path}:{l}"));
        if out.iter().any(|(k, _)| k == key) {
            problems.push(format!("{at}: message `{key}` is defined twice"));
            continue;
        }
        if !m.attributes.is_empty() {
            problems.push(format!(
                "{at}: message `{key}` has attributes, which the site does not read"
            ));
        }
        let Some(pattern) = &m.value else {
            problems.push(format!("{at}: message `{key}` has no text"));
            continue;
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        for e in errors {
            problems.push(format!("{at}: message `{key}`: {e}"));
        }
        if text.trim().is_empty() {
            problems.push(format!("{at}: message `{key}` is empty"));
        }
        out.push((key.to_owned(), text.into_owned()));
    }
    out
}

/// The line (from 1) of the last definition of message `key` in `source`.
fn line_of(source: &str, key: &str) -> Option<usize> {
    source
        .lines()
        .enumerate()
        .filter(|(_, l)| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .last()
        .map(|(i, _)| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accept(v: &'static str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(ACCEPT_LANGUAGE, HeaderValue::from_static(v));
        h
    }

    #[test]
    fn the_query_wins_then_the_header_then_english() {
        assert_eq!(negotiate(Some("ja"), &accept("fr")), "ja");
        assert_eq!(negotiate(Some("xx"), &accept("fr-CH, fr;q=0.9")), "fr");
        assert_eq!(negotiate(None, &accept("it, de;q=0.8, es;q=0.9")), "es");
        assert_eq!(negotiate(None, &accept("de;q=0, fr;q=0.1")), "fr");
        assert_eq!(negotiate(None, &accept("*")), "en");
        assert_eq!(negotiate(None, &accept(";;;q=,")), "en");
        assert_eq!(negotiate(None, &HeaderMap::new()), "en");
    }

    #[test]
    fn every_word_is_written_in_every_language() {
        let words = words();
        assert!(
            words.problems.is_empty(),
            "locales/<lang>/site.ftl: {:#?}",
            words.problems
        );
        assert!(words.keys.len() > 100, "only {} words", words.keys.len());
        for (lang, (path, _)) in LANGUAGES.iter().zip(SOURCES) {
            assert_eq!(path, format!("locales/{lang}/site.ftl"));
        }
        for key in keys() {
            for lang in LANGUAGES {
                assert!(!t(lang, key).trim().is_empty(), "{key} in {lang}");
            }
        }
        assert_eq!(t("xx", "search"), t("en", "search"));
        assert_eq!(t("en", "no-such-word"), "?");
    }

    #[test]
    fn a_broken_file_is_reported_with_its_place() {
        let en = "# Words\n\none = One\ntwo = Two { $name }\n";
        let sources = [
            ("en.ftl", en),
            ("fr.ftl", "one = Un\n\ntwo = Deux }\n"),
            ("de.ftl", "one = Eins\n"),
            ("es.ftl", "one = Uno\none = Uno\ntwo = Dos\nthree = Tres\n"),
            ("ja.ftl", "one =\n    { \"\" }\ntwo = { $place }\n"),
        ];
        let words = resolve(&sources);
        assert_eq!(words.keys, ["one", "two"]);
        assert_eq!(words.index["two"][0], "Two {name}");
        // A language lacking a word shows the English one.
        assert_eq!(words.index["two"][2], "Two {name}");
        let problems = words.problems.join("\n");
        for expected in [
            "fr.ftl:3: Unbalanced closing brace",
            "fr.ftl: message `two` is missing",
            "de.ftl: message `two` is missing",
            "es.ftl:2: message `one` is defined twice",
            "es.ftl: message `three` is not in en.ftl",
            "ja.ftl:1: message `one` is empty",
            "ja.ftl:3: message `two`: Resolver error: Unknown variable: $place",
        ] {
            assert!(problems.contains(expected), "{expected}: {problems}");
        }
    }

    /// Every key the code hands to [`t`] is a word: the string literals
    /// in a call's key argument (a `format!` key by its fixed start), and
    /// the literals with a page's prefix (`acc_`, `cmp_`, …), which reach
    /// `t` through a variable.
    #[test]
    fn every_key_the_code_uses_is_a_word() {
        let known: std::collections::HashSet<&str> = keys().collect();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
        let mut missing = Vec::new();
        let mut calls = 0;
        for entry in std::fs::read_dir(&dir).expect("src/web") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let code = std::fs::read_to_string(&path).expect("read");
            // The pages' code, not their tests.
            let code = code.split("#[cfg(test)]").next().unwrap_or_default();
            let file = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            for (arg, literal) in calls_of_t(code) {
                calls += 1;
                let found = match literal.split_once('{') {
                    Some((start, _)) if arg.contains("format!") => {
                        known.iter().any(|k| k.starts_with(start))
                    }
                    _ => known.contains(literal.as_str()),
                };
                if !found {
                    missing.push(format!("{file}: t(…, {arg})"));
                }
            }
            for literal in literals(code) {
                let prefixed = ["acc_", "cmp_", "fw_", "wf_", "rep_", "key_"]
                    .iter()
                    .any(|p| literal.starts_with(p))
                    && literal
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_');
                if prefixed && !known.contains(literal.as_str()) {
                    missing.push(format!("{file}: \"{literal}\""));
                }
            }
        }
        assert!(calls > 300, "found only {calls} keys in calls of t");
        assert!(
            missing.is_empty(),
            "not in locales/en/site.ftl: {missing:#?}"
        );
    }

    /// Every call `t(lang, key)` in `code`: the key argument's text and
    /// each string literal in it.
    fn calls_of_t(code: &str) -> Vec<(String, String)> {
        let bytes = code.as_bytes();
        let mut out = Vec::new();
        for (i, _) in code.match_indices("t(") {
            let before = bytes.get(i.wrapping_sub(1)).copied().unwrap_or(b' ');
            if before.is_ascii_alphanumeric() || matches!(before, b'_' | b'.') {
                continue;
            }
            if code[..i].ends_with("fn ") {
                continue;
            }
            // The arguments, to the matching parenthesis.
            let (mut depth, mut j, mut comma) = (0usize, i + 1, None);
            while j < bytes.len() {
                match bytes[j] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    b',' if depth == 1 && comma.is_none() => comma = Some(j),
                    b'"' => j += literal_at(&code[j..]).map_or(0, |(_, len)| len - 1),
                    _ => {}
                }
                j += 1;
            }
            let Some(comma) = comma else { continue };
            let arg = code[comma + 1..j.min(code.len())].trim().to_owned();
            for literal in literals(&arg) {
                out.push((arg.clone(), literal));
            }
        }
        out
    }

    /// The string literals of `code` (plain ones, enough for keys).
    fn literals(code: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut rest = code;
        while let Some(i) = rest.find('"') {
            match literal_at(&rest[i..]) {
                Some((text, len)) => {
                    out.push(text);
                    rest = &rest[i + len..];
                }
                None => break,
            }
        }
        out
    }

    /// The literal starting at `code`'s first byte (a `"`) and its length
    /// in bytes, quotes included.
    fn literal_at(code: &str) -> Option<(String, usize)> {
        let mut text = String::new();
        let mut chars = code.char_indices().skip(1);
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return Some((text, i + 1)),
                '\\' => {
                    chars.next();
                }
                c => text.push(c),
            }
        }
        None
    }
}
