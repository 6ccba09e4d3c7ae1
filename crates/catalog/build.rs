//! Embeds every file under `catalog/` and `locales/` into the crate, so the
//! binary carries the catalog it was built with; all but the registry web
//! site's words (`locales/<lang>/site.ftl`), which the registry embeds.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest
        .join("../..")
        .canonicalize()
        .expect("workspace root");
    let mut files = Vec::new();
    for dir in ["catalog", "locales"] {
        let path = root.join(dir);
        println!("cargo:rerun-if-changed={}", path.display());
        collect(&root, &path, &mut files);
    }
    files.sort();
    let mut out = String::from(
        "/// Every catalog and locale file: (path relative to the repository root, contents).\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for (rel, abs) in &files {
        writeln!(out, "    ({rel:?}, include_str!({abs:?})),").expect("write");
    }
    out.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    // The same files with every YAML document converted to JSON, which loads
    // an order of magnitude faster. A file that does not parse is left as
    // YAML, so loading reports its problems with their positions.
    out.push_str("/// The catalog files ready to load: YAML converted to JSON (path + `.json`) at build time.\npub static PREPARED: &[(&str, &str)] = &[\n");
    for (rel, abs) in &files {
        let text = std::fs::read_to_string(abs).expect("read catalog file");
        let converted = rel
            .ends_with(".yaml")
            .then(|| iotmark_document::parse(rel, &text).ok())
            .flatten()
            .and_then(|doc| serde_json::to_string(&doc.value).ok());
        match converted {
            Some(json) => {
                let dest = out_dir.join(rel.replace('/', "__") + ".json");
                std::fs::write(&dest, json).expect("write prepared json");
                let name = format!("{rel}.json");
                let dest = dest.display().to_string();
                writeln!(out, "    ({name:?}, include_str!({dest:?})),").expect("write");
            }
            None => writeln!(out, "    ({rel:?}, include_str!({abs:?})),").expect("write"),
        }
    }
    out.push_str("];\n");
    // The catalog hash over the source files, in path order (the same
    // computation as `load::hash`, done once at build time).
    let mut hasher = Sha256::new();
    for (rel, abs) in &files {
        hasher.update(rel.as_bytes());
        hasher.update([0]);
        hasher.update(std::fs::read(abs).expect("read catalog file"));
        hasher.update([0]);
    }
    let sha = hex::encode(hasher.finalize());
    writeln!(
        out,
        "/// sha256 over [`FILES`].\npub static SHA256: &str = {sha:?};"
    )
    .expect("write");
    let dest = out_dir.join("embedded.rs");
    std::fs::write(dest, out).expect("write embedded.rs");
}

/// `locales/<lang>/site.ftl`: the registry web site's own words, which the
/// registry embeds itself; not catalog text, and not in the catalog's hash.
fn site_words(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n == "site.ftl")
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "ftl")
        ) && !site_words(&path)
        {
            let rel = path
                .strip_prefix(root)
                .expect("under root")
                .to_string_lossy()
                .replace('\\', "/");
            files.push((rel, path.display().to_string()));
        }
    }
}
