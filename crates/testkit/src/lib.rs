//! Test-only helpers shared by iotmark crates.
//!
//! Today this finds the shared test corpus (real security.txt files, SBOMs,
//! captures, …) that lives outside the repository, beside it in
//! `shared/corpus`. Tests ask for it with [`require_corpus`]: on a developer
//! machine without the corpus the test is skipped with a printed note, but in
//! CI (`CI=true`) a missing corpus fails the test, so a broken checkout can
//! never pass by silently skipping.
//!
//! This crate is a dev-dependency only. It does not read or parse corpus
//! files: each test decides what a file means.
//!
//! ```
//! if let Some(corpus) = iotmark_testkit::require_corpus("doc_example") {
//!     assert!(corpus.join("securitytxt").is_dir());
//! }
//! ```

use std::env;
use std::path::{Path, PathBuf};

/// The environment variable that overrides the corpus location.
pub const CORPUS_ENV: &str = "IOTMARK_CORPUS";

/// The workspace root: two levels above this crate's manifest directory.
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .ancestors()
        .nth(2)
        .map_or_else(|| manifest.join("../.."), Path::to_path_buf)
}

/// Where the corpus is expected: `$IOTMARK_CORPUS` if set, otherwise
/// `shared/corpus` beside the repository root (`<root>/../shared/corpus`).
pub fn corpus_location() -> PathBuf {
    match env::var_os(CORPUS_ENV) {
        Some(path) if !path.is_empty() => PathBuf::from(path),
        _ => {
            let root = workspace_root();
            match root.parent() {
                Some(parent) => parent.join("shared").join("corpus"),
                None => root.join("..").join("shared").join("corpus"),
            }
        }
    }
}

/// The corpus directory, if it exists.
pub fn corpus() -> Option<PathBuf> {
    let path = corpus_location();
    path.is_dir().then_some(path)
}

/// The corpus directory for the test `test_name`.
///
/// When the corpus is absent this prints `<test_name> skipped: corpus not
/// found at <path>` and returns `None`, except in CI (the environment
/// variable `CI` is `true`), where absence is a failure and this panics.
pub fn require_corpus(test_name: &str) -> Option<PathBuf> {
    if let Some(path) = corpus() {
        return Some(path);
    }
    let location = corpus_location();
    if env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{test_name}: corpus not found at {} (CI=true, so a missing corpus is a failure; set {CORPUS_ENV})",
            location.display()
        );
    }
    eprintln!(
        "{test_name} skipped: corpus not found at {} (set {CORPUS_ENV} to point at it)",
        location.display()
    );
    None
}
