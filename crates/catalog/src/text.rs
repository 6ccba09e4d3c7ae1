//! Human text for the catalog, from Fluent resources keyed by criterion id.

use std::borrow::Cow;
use std::collections::BTreeSet;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use iotmark_model::{Diagnostic, Position};
use unic_langid::LanguageIdentifier;

use crate::{Area, Criterion};

/// The attributes every criterion message carries besides its title.
pub const CRITERION_ATTRIBUTES: [&str; 3] = ["requirement", "rationale", "consumer"];

/// The Fluent messages of one language.
pub struct Texts {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    keys: BTreeSet<String>,
}

impl std::fmt::Debug for Texts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Texts")
            .field("lang", &self.lang)
            .field("messages", &self.keys.len())
            .finish()
    }
}

impl Texts {
    /// Load every `locales/<lang>/*.ftl` among `files`.
    pub fn load(files: &[(&str, &str)], lang: &str) -> Result<Texts, Vec<Diagnostic>> {
        let langid: LanguageIdentifier = lang.parse().map_err(|_| {
            vec![Diagnostic::error(
                "locale/invalid",
                lang,
                format!("`{lang}` is not a language tag"),
            )]
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let prefix = format!("locales/{lang}/");
        let mut diags = Vec::new();
        let mut keys = BTreeSet::new();
        let mut any = false;
        for (path, text) in files {
            if !(path.starts_with(&prefix) && path.ends_with(".ftl")) {
                continue;
            }
            any = true;
            let resource = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        diags.push(
                            Diagnostic::error(
                                "locale/syntax",
                                path,
                                format!("Fluent syntax error: {:?}", e.kind),
                            )
                            .at(Some(position_of(text, e.pos.start))),
                        );
                    }
                    r
                }
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    let id = m.id.name.to_owned();
                    if !keys.insert(id.clone()) {
                        diags.push(Diagnostic::error(
                            "locale/duplicate",
                            path,
                            format!("message `{id}` is defined more than once in `{lang}`"),
                        ));
                    }
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                for e in errors {
                    diags.push(Diagnostic::error("locale/invalid", path, e.to_string()));
                }
            }
        }
        if !any {
            diags.push(Diagnostic::error(
                "locale/missing",
                &prefix,
                format!("no Fluent files for language `{lang}`"),
            ));
        }
        if diags.is_empty() {
            Ok(Texts {
                lang: lang.to_owned(),
                bundle,
                keys,
            })
        } else {
            Err(diags)
        }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Every message key.
    pub fn keys(&self) -> &BTreeSet<String> {
        &self.keys
    }

    /// A message's value, or an attribute of it; `None` when absent.
    pub fn get(
        &self,
        key: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs<'_>>,
    ) -> Option<String> {
        let msg = self.bundle.get_message(key)?;
        let pattern = match attribute {
            None => msg.value()?,
            Some(a) => msg.get_attribute(a)?.value(),
        };
        let mut errors = Vec::new();
        let s: Cow<'_, str> = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(s.into_owned())
    }

    fn or_key(&self, key: &str, attribute: Option<&str>) -> String {
        self.get(key, attribute, None)
            .unwrap_or_else(|| match attribute {
                Some(a) => format!("{key}.{a}"),
                None => key.to_owned(),
            })
    }

    pub fn title(&self, id: &str) -> String {
        self.or_key(id, None)
    }

    pub fn requirement(&self, id: &str) -> String {
        self.or_key(id, Some("requirement"))
    }

    pub fn rationale(&self, id: &str) -> String {
        self.or_key(id, Some("rationale"))
    }

    pub fn consumer(&self, id: &str) -> String {
        self.or_key(id, Some("consumer"))
    }

    pub fn area_name(&self, area: &str) -> String {
        self.or_key(&format!("area-{area}"), None)
    }

    pub fn area_description(&self, area: &str) -> String {
        self.or_key(&format!("area-{area}"), Some("description"))
    }

    pub fn level_name(&self, level: u8) -> String {
        self.or_key(&format!("level-{level}"), None)
    }

    pub fn level_description(&self, level: u8) -> String {
        self.or_key(&format!("level-{level}"), Some("description"))
    }

    /// Any message by key (for short labels such as `status-met`).
    pub fn label(&self, key: &str) -> String {
        self.or_key(key, None)
    }

    /// Every attribute name of a message, in order.
    fn attributes(&self, key: &str) -> Vec<String> {
        self.bundle
            .get_message(key)
            .map(|m| m.attributes().map(|a| a.id().to_owned()).collect())
            .unwrap_or_default()
    }

    /// How `other` (a translation) differs from these (canonical) texts:
    /// every message and attribute missing or empty there, and every
    /// message there that these texts lack.
    pub fn compare(&self, other: &Texts) -> Vec<Diagnostic> {
        let file = format!("locales/{}/", other.lang);
        let mut out = Vec::new();
        for key in &self.keys {
            if !other.keys.contains(key) {
                out.push(Diagnostic::error(
                    "locale/missing-translation",
                    &file,
                    format!(
                        "`{}` has message `{key}`, `{}` does not",
                        self.lang, other.lang
                    ),
                ));
                continue;
            }
            let has_value =
                |t: &Texts| t.get(key, None, None).is_some_and(|v| !v.trim().is_empty());
            if has_value(self) && !has_value(other) {
                out.push(Diagnostic::error(
                    "locale/missing-translation",
                    &file,
                    format!("message `{key}` has no value in `{}`", other.lang),
                ));
            }
            let theirs = other.attributes(key);
            for a in self.attributes(key) {
                let empty = other
                    .get(key, Some(&a), None)
                    .is_none_or(|v| v.trim().is_empty());
                if !theirs.contains(&a) || empty {
                    out.push(Diagnostic::error(
                        "locale/missing-translation",
                        &file,
                        format!("`{key}.{a}` is missing or empty in `{}`", other.lang),
                    ));
                }
            }
        }
        for key in other.keys.difference(&self.keys) {
            out.push(Diagnostic::error(
                "locale/orphan-text",
                &file,
                format!(
                    "message `{key}` in `{}` has no `{}` original",
                    other.lang, self.lang
                ),
            ));
        }
        out
    }

    /// Problems with the text of a catalog: missing criterion text, missing
    /// area or level names, and criterion-like keys with no criterion.
    pub fn check(&self, criteria: &[Criterion], areas: &[Area]) -> Vec<Diagnostic> {
        let file = format!("locales/{}/", self.lang);
        let mut out = Vec::new();
        let mut missing = |key: String, what: &str| {
            out.push(
                Diagnostic::error(
                    "locale/missing-text",
                    &file,
                    format!("`{key}` has no {what} in `{}`", self.lang),
                )
                .expected(format!("a message `{key}`")),
            );
        };
        for c in criteria {
            let id = c.id.as_str();
            if self.get(id, None, None).is_none_or(|s| s.trim().is_empty()) {
                missing(id.to_owned(), "title");
            }
            for a in CRITERION_ATTRIBUTES {
                if self
                    .get(id, Some(a), None)
                    .is_none_or(|s| s.trim().is_empty())
                {
                    missing(format!("{id}.{a}"), a);
                }
            }
        }
        for a in areas {
            if self.get(&format!("area-{}", a.id), None, None).is_none() {
                missing(format!("area-{}", a.id), "name");
            }
        }
        for l in 0..=3 {
            if self.get(&format!("level-{l}"), None, None).is_none() {
                missing(format!("level-{l}"), "name");
            }
        }
        let ids: BTreeSet<&str> = criteria.iter().map(|c| c.id.as_str()).collect();
        for key in &self.keys {
            if key.parse::<iotmark_model::CriterionId>().is_ok() && !ids.contains(key.as_str()) {
                out.push(Diagnostic::error(
                    "locale/orphan-text",
                    &file,
                    format!("message `{key}` names no criterion of the catalog"),
                ));
            }
        }
        out
    }
}

fn position_of(text: &str, byte: usize) -> Position {
    let before = &text[..byte.min(text.len())];
    Position {
        line: before.matches('\n').count() + 1,
        column: before
            .rsplit('\n')
            .next()
            .map(|l| l.chars().count())
            .unwrap_or(0)
            + 1,
    }
}
