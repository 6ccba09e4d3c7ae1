//! The consumer label of iotmark, in two layers.
//!
//! - [`LabelModel`]: everything the label shows, resolved from a
//!   declaration, its assessment and the catalog's text in one language
//!   ([`LabelModel::resolve`]); `label.json` is this model serialised.
//! - The **primary layer** ([`svg::primary`]): an SVG for print at 60 × 90 mm
//!   and for screens, with the mark level, the end of security support, the
//!   key facts as icons with words, and a QR code to the product's registry
//!   page; a compact variant for shop listings ([`svg::compact`]); PNG and
//!   PDF are rendered from the same SVG.
//! - The **secondary layer** ([`html`]): a standalone HTML page (and the
//!   fragment the registry embeds) with every area, criterion, verdict,
//!   explanation, vulnerability and scheme reference.
//!
//! The renderers do no lookups: they read the model and the label's Fluent
//! messages (`locales/<lang>/label*.ftl`) and nothing else. Nothing here
//! reads the clock or the network.

pub mod model;
pub mod palette;
pub mod text;

pub use model::*;
