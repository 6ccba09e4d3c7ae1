//! The label's words in one language: its Fluent messages (`label-*` keys in
//! `locales/<lang>/label*.ftl`) and dates written the way the language
//! writes them.

use chrono::{Datelike, NaiveDate};
use fluent_bundle::{FluentArgs, FluentValue};
use iotmark_catalog::Texts;

/// The label's words: a thin layer over the catalog's [`Texts`] for one
/// language.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    texts: &'a Texts,
}

impl<'a> Words<'a> {
    pub fn new(texts: &'a Texts) -> Words<'a> {
        Words { texts }
    }

    /// The language tag (`en`, `fr`, …).
    pub fn lang(&self) -> &str {
        self.texts.lang()
    }

    /// A message without arguments; the key itself when it is missing (a
    /// test keeps every key present in every language).
    pub fn get(&self, key: &str) -> String {
        self.texts
            .get(key, None, None)
            .unwrap_or_else(|| key.to_owned())
    }

    /// A message with arguments (`&[("count", 3.into())]`).
    pub fn with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, value.clone());
        }
        self.texts
            .get(key, None, Some(&fluent))
            .unwrap_or_else(|| key.to_owned())
    }

    /// A date in the language's long form: `31 March 2030`, `31 mars 2030`,
    /// `31. März 2030`, `31 de marzo de 2030`, `2030年3月31日`.
    pub fn date(&self, date: NaiveDate) -> String {
        let month = self.get(&format!("label-month-{}", date.month()));
        self.with(
            "label-date",
            &[
                ("day", date.day().into()),
                ("month", month.into()),
                ("monthnumber", date.month().into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// A month and year: `March 2030`, `mars 2030`, `2030年3月`.
    pub fn month_year(&self, date: NaiveDate) -> String {
        let month = self.get(&format!("label-month-{}", date.month()));
        self.with(
            "label-month-year",
            &[
                ("month", month.into()),
                ("monthnumber", date.month().into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Every `label*` message of English is used by the label's code: named
    /// literally, or built from a prefix (`format!("label-month-{}", …)`).
    /// (That every language has every English message is the catalog's
    /// `check_translations`, tested there.)
    #[test]
    fn every_label_message_is_used() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut code = String::new();
        for entry in std::fs::read_dir(root.join("src")).expect("src") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "rs") {
                code.push_str(&std::fs::read_to_string(&path).expect("read"));
            }
        }
        let locales = root.join("../../locales/en");
        let mut unused = Vec::new();
        let mut keys = 0;
        for entry in std::fs::read_dir(&locales).expect("locales") {
            let path = entry.expect("entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            if !(name.starts_with("label") && name.ends_with(".ftl")) {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for line in text.lines() {
                let Some((key, _)) = line.split_once(" =") else {
                    continue;
                };
                if key.starts_with([' ', '#', '.']) || key.is_empty() {
                    continue;
                }
                keys += 1;
                let literal = code.contains(&format!("\"{key}\""));
                let built = key
                    .char_indices()
                    .filter(|(_, c)| *c == '-')
                    .any(|(i, _)| code.contains(&format!("\"{}{{", &key[..=i])));
                if !literal && !built {
                    unused.push(format!("{name}: {key}"));
                }
            }
        }
        assert!(keys > 10, "found only {keys} label messages");
        assert!(unused.is_empty(), "messages no code uses: {unused:#?}");
    }
}
