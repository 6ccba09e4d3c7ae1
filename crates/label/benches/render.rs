//! How long the primary layer takes to render: the SVG (target under 1 ms),
//! the PNG at 300 dpi (under 50 ms) and the PDF (under 20 ms).
//!
//! The fonts are loaded once, outside the timed renders, as the CLI and the
//! registry do. Run: `cargo bench -p iotmark-label --bench render`.

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use iotmark_catalog::Catalog;
use iotmark_label::raster::{self, Fonts};
use iotmark_label::svg;
use iotmark_label::text::Words;
use iotmark_label::{LabelModel, LabelOptions};

fn model(catalog: &'static Catalog, example: &str, lang: &str) -> LabelModel {
    let path = format!(
        "{}/../../examples/{example}/declaration.yaml",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).expect("example declaration");
    let decl = iotmark_declaration::load(&path, &bytes).expect("valid declaration");
    let date = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
    let a = iotmark_assess::assess(catalog, &iotmark_assess::Input::new(&decl, date));
    let texts = catalog.text_in(lang).expect("language");
    LabelModel::resolve(catalog, texts, &decl, &a, &LabelOptions::default())
}

fn render(c: &mut Criterion) {
    let catalog = Catalog::embedded().expect("catalog");
    let fonts = Fonts::system();
    for lang in ["en", "ja"] {
        let m = model(catalog, "home-camera", lang);
        let words = Words::new(catalog.text_in(lang).expect("language"));
        let primary = svg::primary(&m, &words);
        let compact = svg::compact(&m, &words);
        // The QR code alone: most of the SVG's time.
        c.bench_function(&format!("qr code ({lang})"), |b| {
            b.iter(|| svg::qr_path(black_box(&m.registry_url)))
        });
        c.bench_function(&format!("svg primary ({lang})"), |b| {
            b.iter(|| svg::primary(black_box(&m), &words))
        });
        c.bench_function(&format!("svg compact ({lang})"), |b| {
            b.iter(|| svg::compact(black_box(&m), &words))
        });
        c.bench_function(&format!("png primary 300 dpi ({lang})"), |b| {
            b.iter(|| raster::png(black_box(&primary), 300.0, &fonts).expect("png"))
        });
        c.bench_function(&format!("png compact 2x ({lang})"), |b| {
            b.iter(|| raster::png(black_box(&compact), 192.0, &fonts).expect("png"))
        });
        c.bench_function(&format!("pdf primary ({lang})"), |b| {
            b.iter(|| raster::pdf(black_box(&primary), &fonts).expect("pdf"))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = render
}
criterion_main!(benches);
