//! Imports inputs into a store and prints how long it took, the store's
//! size, the open time and the time of a package lookup.
//!
//! ```text
//! cargo run --release -p iotmark-vulndb --example import -- DB INPUT... [--compact] [--lookup ECOSYSTEM/NAME]... [--sbom CYCLONEDX.json]...
//! ```
//!
//! `--sbom` looks up every component of a CycloneDX SBOM by its purl (a
//! rough purl-to-ecosystem mapping, enough for `bench/gen_osv.py` output)
//! and prints the time for all lookups.

use std::path::PathBuf;
use std::time::Instant;

use iotmark_vulndb::{Stage, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let db = PathBuf::from(
        args.next()
            .ok_or("usage: import DB INPUT... [--lookup ECO/NAME]...")?,
    );
    let mut inputs = Vec::new();
    let mut lookups = Vec::new();
    let mut compact = false;
    let mut sboms = Vec::new();
    while let Some(arg) = args.next() {
        if arg == "--sbom" {
            sboms.push(PathBuf::from(args.next().ok_or("--sbom needs a file")?));
        } else if arg == "--compact" {
            compact = true;
        } else if arg == "--lookup" {
            lookups.push(args.next().ok_or("--lookup needs ECOSYSTEM/NAME")?);
        } else {
            inputs.push(PathBuf::from(arg));
        }
    }
    // The example is the edge of the system: it may read the clock.
    let imported_at = "2026-01-01T00:00:00Z";
    let mut store = Store::create(&db)?;
    for input in &inputs {
        let started = Instant::now();
        let mut commit_started = None;
        let summary = store.import(input, imported_at, &mut |p| {
            if p.stage == Stage::Committing {
                commit_started = Some(Instant::now());
            }
        })?;
        let commit = commit_started.map(|t| t.elapsed()).unwrap_or_default();
        println!(
            "import {}: {:.2?} (commit {:.2?}); osv {:?}, kev {:?}, vex {:?}, {} issues",
            input.display(),
            started.elapsed(),
            commit,
            summary.source.osv,
            summary.source.kev,
            summary.source.vex,
            summary.issues.len()
        );
        for issue in summary.issues.iter().take(5) {
            println!("  {issue}");
        }
    }
    if compact {
        let before = std::fs::metadata(&db)?.len();
        let started = Instant::now();
        store.compact()?;
        println!(
            "compact: {:.2?}, {:.1} MiB -> {:.1} MiB",
            started.elapsed(),
            before as f64 / 1048576.0,
            std::fs::metadata(&db)?.len() as f64 / 1048576.0
        );
    }
    drop(store);

    let started = Instant::now();
    let store = Store::open(&db)?;
    println!("open: {:.2?}", started.elapsed());
    let status = store.status()?;
    println!(
        "store: {} bytes ({:.1} MiB), {} records ({} withdrawn), {} ecosystems, {} KEV, {} VEX",
        status.file_size,
        status.file_size as f64 / 1048576.0,
        status.records,
        status.withdrawn,
        status.ecosystems.len(),
        status.kev.entries,
        status.vex_statements
    );
    for lookup in &lookups {
        let (eco, name) = lookup
            .split_once('/')
            .ok_or("--lookup needs ECOSYSTEM/NAME")?;
        let started = Instant::now();
        let records = store.records_for(eco, name)?;
        let first = started.elapsed();
        let started = Instant::now();
        let rounds = 100;
        for _ in 0..rounds {
            store.records_for(eco, name)?;
        }
        println!(
            "records_for({eco}, {name}): {} records, first {:.2?}, then {:.2?} each",
            records.len(),
            first,
            started.elapsed() / rounds
        );
    }
    for sbom in &sboms {
        let bom: serde_json::Value = serde_json::from_slice(&std::fs::read(sbom)?)?;
        let packages: Vec<(String, String)> = bom["components"]
            .as_array()
            .map(|c| {
                c.iter()
                    .filter_map(|c| c["purl"].as_str())
                    .filter_map(purl_package)
                    .collect()
            })
            .unwrap_or_default();
        let started = Instant::now();
        let mut hits = 0;
        let mut records = 0;
        for (eco, name) in &packages {
            let found = store.records_for(eco, name)?;
            hits += usize::from(!found.is_empty());
            records += found.len();
        }
        println!(
            "{}: {} components, {hits} with records ({records} records), all lookups {:.2?}",
            sbom.display(),
            packages.len(),
            started.elapsed()
        );
    }
    Ok(())
}

/// (OSV ecosystem, package name) of a purl, for the purl types the
/// generator writes.
fn purl_package(purl: &str) -> Option<(String, String)> {
    let rest = purl.strip_prefix("pkg:")?;
    let rest = rest.split(['?', '#']).next()?;
    let (path, _version) = rest.rsplit_once('@').unwrap_or((rest, ""));
    let (kind, name) = path.split_once('/')?;
    let name = name.replace("%40", "@");
    let (eco, name) = match kind {
        "npm" => ("npm", name),
        "pypi" => ("PyPI", name),
        "maven" => ("Maven", name.replacen('/', ":", 1)),
        "golang" => ("Go", name),
        "cargo" => ("crates.io", name),
        "gem" => ("RubyGems", name),
        "composer" => ("Packagist", name),
        "nuget" => ("NuGet", name),
        "deb" => {
            let (distro, name) = name.split_once('/')?;
            (
                if distro == "ubuntu" {
                    "Ubuntu"
                } else {
                    "Debian"
                },
                name.to_owned(),
            )
        }
        _ => return None,
    };
    Some((eco.to_owned(), name))
}
