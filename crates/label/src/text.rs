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
