//! Renderings of an [`Assessment`](crate::Assessment): JSON (the versioned
//! contract), a terminal report, a standalone HTML page and SARIF 2.1.0.
//! Every rendering says that it is a self-assessment.

mod html;
mod sarif;
mod text;

pub use html::html;
pub use sarif::sarif;
pub use text::text;

use crate::Assessment;

/// The JSON contract, pretty-printed, with a final newline.
pub fn json(a: &Assessment) -> String {
    let mut s = serde_json::to_string_pretty(a).unwrap_or_default();
    s.push('\n');
    s
}
