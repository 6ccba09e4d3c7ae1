//! The consumer label of iotmark, in two layers.
//!
//! - [`LabelModel`]: everything the label shows, resolved from a
//!   declaration, its assessment and the catalog's text in one language
//!   ([`LabelModel::resolve`]); `label.json` is this model serialised.
//! - The **primary layer** ([`svg::primary`]): an SVG for print at 60 × 90 mm
//!   and for screens, with the mark level, the end of security support, the
//!   key facts as icons with words, and a QR code to the product's registry
//!   page; a compact variant for shop listings ([`svg::compact`]). Text is
//!   fitted to its boxes without fonts, by an estimate of its width
//!   ([`svg::measure`]). PNG and PDF are rendered from the same SVG
//!   ([`raster`], with resvg and svg2pdf) with fonts the caller loads once
//!   ([`raster::Fonts`]).
//! - The **secondary layer** ([`html`]): a standalone HTML page (and the
//!   fragment the registry embeds) with every area, criterion, verdict,
//!   explanation, vulnerability and scheme reference.
//!
//! The renderers do no lookups: they read the model and the label's Fluent
//! messages (`locales/<lang>/label*.ftl`) and nothing else. Nothing here
//! reads the clock or the network, and the library never searches the
//! system for fonts on its own.
//!
//! ```
//! use iotmark_label::{LabelModel, LabelOptions, svg, text::Words};
//!
//! let catalog = iotmark_catalog::Catalog::embedded().unwrap();
//! let yaml = "schema_version: 1
//! manufacturer: {name: Acme}
//! product: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}
//! ";
//! let declaration = iotmark_declaration::load("plug.yaml", yaml.as_bytes()).unwrap();
//! let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).unwrap();
//! let input = iotmark_assess::Input::new(&declaration, date);
//! let assessment = iotmark_assess::assess(catalog, &input);
//! let texts = catalog.text_in("en").unwrap();
//! let options = LabelOptions::default();
//! let model = LabelModel::resolve(catalog, texts, &declaration, &assessment, &options);
//!
//! let label = svg::primary(&model, &Words::new(texts));
//! assert!(label.contains(r#"width="60mm" height="90mm""#));
//! assert!(label.contains("No security update commitment"));
//! assert!(label.contains("Self-assessed · not certified"));
//! // For print: iotmark_label::raster::png(&label, 300.0, &raster::Fonts::system())
//! ```

pub mod html;
pub mod model;
pub mod palette;
pub mod raster;
pub mod svg;
pub mod text;

pub use model::*;
