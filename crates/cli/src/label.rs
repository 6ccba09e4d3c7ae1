//! `iotmark label`: the consumer label of a declaration.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::{Result, anyhow};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use iotmark_label::text::Words;
use iotmark_label::{LabelModel, LabelOptions};

use crate::{Assessed, Outcome, catalog, run_assessment, write_bytes};

#[derive(Args, Debug)]
pub(crate) struct LabelArgs {
    /// The declaration (YAML or JSON).
    declaration: PathBuf,
    /// Extra evidence files, besides those the declaration lists.
    #[arg(long = "evidence", short = 'e')]
    evidence: Vec<PathBuf>,
    /// The assessment date, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<NaiveDate>,
    #[arg(long, value_enum, default_value_t = LabelFormat::Svg)]
    format: LabelFormat,
    /// Which layer: `primary` (the box; SVG, PNG, PDF), `compact` (shop
    /// listings; SVG, PNG, PDF) or `secondary` (the web page; HTML).
    /// Default: `secondary` for HTML, else `primary`.
    #[arg(long, value_enum)]
    variant: Option<Variant>,
    /// For HTML: the fragment the registry embeds instead of a whole page.
    #[arg(long)]
    fragment: bool,
    /// The language: en, fr, de, es or ja.
    #[arg(long, default_value = "en", value_parser = clap::builder::PossibleValuesParser::new(iotmark_catalog::LANGUAGES))]
    lang: String,
    /// The registry's base URL; the QR code leads to the product's page there.
    #[arg(long, env = "IOTMARK_REGISTRY_URL", default_value = iotmark_label::DEFAULT_REGISTRY)]
    registry_url: String,
    /// Resolution of PNG output, in dots per inch.
    #[arg(long, default_value_t = 300.0)]
    dpi: f32,
    /// Write the label here instead of standard output.
    #[arg(long, short = 'o')]
    output: Option<PathBuf>,
    /// The vulnerability store SBOMs are matched against (default: the
    /// platform data directory, or $IOTMARK_VULNDB).
    #[arg(long, env = "IOTMARK_VULNDB")]
    db: Option<PathBuf>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum LabelFormat {
    Svg,
    Png,
    Pdf,
    Html,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Variant {
    Primary,
    Compact,
    Secondary,
}

pub(crate) fn label(args: LabelArgs) -> Result<Outcome> {
    let variant = args.variant.unwrap_or(match args.format {
        LabelFormat::Html => Variant::Secondary,
        _ => Variant::Primary,
    });
    match (args.format, variant) {
        (LabelFormat::Html, Variant::Primary | Variant::Compact) => {
            return Err(anyhow!(
                "the {} layer is an image: use --format svg, png or pdf",
                if variant == Variant::Primary {
                    "primary"
                } else {
                    "compact"
                }
            ));
        }
        (LabelFormat::Svg | LabelFormat::Png | LabelFormat::Pdf, Variant::Secondary) => {
            return Err(anyhow!(
                "the secondary layer is a web page: use --format html"
            ));
        }
        _ => {}
    }
    if args.fragment && args.format != LabelFormat::Html {
        return Err(anyhow!("--fragment applies to --format html only"));
    }
    let url = args.registry_url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://"))
        || url.contains(char::is_whitespace)
        || url.len() > 200
    {
        return Err(anyhow!(
            "--registry-url {url:?} is not an http(s) URL of at most 200 characters"
        ));
    }
    if !(args.dpi.is_finite() && (36.0..=2400.0).contains(&args.dpi)) {
        return Err(anyhow!(
            "--dpi {} is out of range: expected 36 to 2400",
            args.dpi
        ));
    }
    let binary = matches!(args.format, LabelFormat::Png | LabelFormat::Pdf);
    if binary && args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(anyhow!(
            "{} output is binary: write it to a file with -o, or redirect standard output",
            if args.format == LabelFormat::Png {
                "PNG"
            } else {
                "PDF"
            }
        ));
    }

    let catalog = catalog()?;
    let texts = catalog.text_in(&args.lang).map_err(|d| {
        anyhow!(
            "cannot load the {} text: {}",
            args.lang,
            d.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let Assessed {
        declaration,
        assessment,
        ..
    } = run_assessment(
        &args.declaration,
        &args.evidence,
        args.date,
        args.db.as_deref(),
        None,
    )?;
    let options = LabelOptions {
        registry_base: url.to_owned(),
        certificate: None,
    };
    let model = LabelModel::resolve(catalog, texts, &declaration, &assessment, &options);
    let words = Words::new(texts);
    let svg = |v: Variant| match v {
        Variant::Compact => iotmark_label::svg::compact(&model, &words),
        _ => iotmark_label::svg::primary(&model, &words),
    };
    let bytes: Vec<u8> = match args.format {
        LabelFormat::Json => {
            let mut json = serde_json::to_string_pretty(&model)?;
            json.push('\n');
            json.into_bytes()
        }
        LabelFormat::Svg => svg(variant).into_bytes(),
        LabelFormat::Html if args.fragment => {
            iotmark_label::html::fragment(&model, &words).into_bytes()
        }
        LabelFormat::Html => iotmark_label::html::page(&model, &words).into_bytes(),
        LabelFormat::Png => {
            let fonts = iotmark_label::raster::Fonts::system();
            iotmark_label::raster::png(&svg(variant), args.dpi, &fonts)?
        }
        LabelFormat::Pdf => {
            let fonts = iotmark_label::raster::Fonts::system();
            iotmark_label::raster::pdf(&svg(variant), &fonts)?
        }
    };
    write_bytes(args.output.as_deref(), &bytes)?;
    Ok(Outcome::Ok)
}
