//! Integration tests for `iotmark-net`, in one binary.
//!
//! - `corpus`: the shared corpus (`<corpus>/pcap`, `<corpus>/mud`): the
//!   synthetic captures against their `NAME.expected.json` ground truth,
//!   pcap-parser's own assets (valid and malformed), and the MUD files.
//!   Without the corpus these tests print that they skipped (and fail when
//!   `CI=true`).
//! - `capture`: captures built by the tests (`build`): link types, byte
//!   orders, pcapng interfaces, TCP ordering, protocols, redaction, device
//!   inference and hints, errors.
//! - `mud`: MUD documents built by the tests: every match extension, every
//!   operator, each class of problem.
//! - `findings`: `check` on the corpus and on built captures.
//! - `props`: random bytes and truncated captures never panic (proptest).

mod build;
mod capture;
mod corpus;
mod example;
mod findings;
mod mud;
mod props;

use iotmark_net::{CaptureOptions, CaptureReport, analyze_capture};

/// Analyses bytes with default options, panicking on an error.
pub fn analyse(name: &str, bytes: &[u8]) -> CaptureReport {
    analyze_capture(name, bytes, &CaptureOptions::default())
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub fn corpus(test: &str) -> Option<std::path::PathBuf> {
    iotmark_testkit::require_corpus(test)
}
