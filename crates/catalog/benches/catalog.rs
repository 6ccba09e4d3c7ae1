//! Catalog load time. Target: the embedded catalog loads and validates in
//! under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    c.bench_function("embedded catalog load and validate", |b| {
        b.iter(|| iotmark_catalog::Catalog::load_embedded().expect("valid catalog"))
    });
    let files: Vec<(&str, &str)> = iotmark_catalog::embedded_files().to_vec();
    c.bench_function("catalog load from YAML sources, with positions", |b| {
        b.iter(|| iotmark_catalog::load(files.iter().copied()).expect("valid catalog"))
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
