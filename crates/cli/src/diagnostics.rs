//! The one renderer of diagnostics: miette, with the source line when the
//! file is at hand, plain when standard error is not a terminal.

use std::io::IsTerminal;

use iotmark_model::Diagnostic;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
};

/// Print every diagnostic to standard error. `sources` are (file name, bytes)
/// of the files diagnostics may point into.
pub fn print(diags: &[Diagnostic], sources: &[(&str, &[u8])]) {
    let theme = if std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
    {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let errors = diags.iter().filter(|d| d.is_error()).count();
    for d in diags {
        // The one-line form first: grep-able, and what tests match on.
        eprintln!("{d}");
        let source = sources
            .iter()
            .find(|(name, _)| *name == d.file)
            .and_then(|(_, b)| std::str::from_utf8(b).ok());
        let (Some(text), Some(pos)) = (source, d.position) else {
            continue;
        };
        let Some(offset) = byte_offset(text, pos.line, pos.column) else {
            continue;
        };
        let mut m = MietteDiagnostic::new(d.message.clone()).with_code(d.code.clone());
        let label = match &d.expected {
            Some(e) => format!("expected {e}"),
            None => "here".to_owned(),
        };
        let len = text[offset..].chars().next().map_or(0, char::len_utf8);
        m = m.with_label(LabeledSpan::at(offset..offset + len, label));
        if let Some(h) = &d.hint {
            m = m.with_help(h.clone());
        }
        let report =
            Report::new(m).with_source_code(NamedSource::new(d.file.clone(), text.to_owned()));
        let mut out = String::new();
        if handler.render_report(&mut out, report.as_ref()).is_ok() {
            eprintln!("{out}");
        }
    }
    if errors > 1 {
        eprintln!("{errors} problems found");
    }
}

fn byte_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let rest = text.get(start..)?;
    let col = rest
        .char_indices()
        .nth(column.saturating_sub(1))
        .map(|(i, _)| i)
        .unwrap_or(0);
    Some(start + col)
}
