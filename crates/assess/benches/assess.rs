//! Assessment time per example. Target: under 5 ms each.

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let catalog = iotmark_catalog::Catalog::embedded().expect("catalog");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
    let mut names: Vec<_> = std::fs::read_dir(root)
        .expect("examples")
        .flatten()
        .filter(|e| e.path().is_dir())
        .collect();
    names.sort_by_key(|e| e.file_name());
    for e in names {
        let path = e.path().join("declaration.yaml");
        let bytes = std::fs::read(&path).expect("read");
        let name = e.file_name().to_string_lossy().into_owned();
        let decl = iotmark_declaration::load(&name, &bytes).expect("valid example");
        c.bench_function(&format!("assess {name}"), |b| {
            b.iter(|| iotmark_assess::assess(catalog, &iotmark_assess::Input::new(&decl, date)))
        });
        c.bench_function(&format!("validate {name}"), |b| {
            b.iter(|| iotmark_declaration::load(&name, &bytes).expect("valid"))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
