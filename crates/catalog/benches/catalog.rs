//! Catalog load time. Target: under 2 ms.

use criterion::{Criterion, criterion_group, criterion_main};

fn load(c: &mut Criterion) {
    let files: Vec<(&str, &str)> = iotmark_catalog::embedded_files().to_vec();
    c.bench_function("catalog load and validate", |b| {
        b.iter(|| iotmark_catalog::load(files.iter().copied()).expect("valid catalog"))
    });
}

criterion_group!(benches, load);
criterion_main!(benches);
