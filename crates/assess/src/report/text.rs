use std::fmt::Write as _;

use iotmark_catalog::Catalog;
use iotmark_model::{Basis, Status};
use owo_colors::{OwoColorize, Style};

use crate::Assessment;

/// A terminal report. `color` adds ANSI colours (the caller decides: a
/// terminal, and `NO_COLOR` unset).
pub fn text(a: &Assessment, catalog: &Catalog, color: bool) -> String {
    let t = catalog.text();
    let paint = |s: &str, style: Style| {
        if color {
            s.style(style).to_string()
        } else {
            s.to_owned()
        }
    };
    let bold = Style::new().bold();
    let red = Style::new().red().bold();
    let yellow = Style::new().yellow();
    let green = Style::new().green();
    let dim = Style::new().dimmed();
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{}",
        paint("iotmark self-assessment: not a certificate", dim)
    );
    let p = &a.product;
    let _ = writeln!(
        o,
        "{} by {} (model {}, firmware {})",
        paint(&p.name, bold),
        p.manufacturer,
        p.model,
        p.firmware_version
    );
    let _ = writeln!(
        o,
        "assessed {} against catalog {} (sha256 {})\n",
        a.assessment_date,
        a.catalog.version,
        &a.catalog.sha256[..12.min(a.catalog.sha256.len())]
    );
    let stars: String = (1..=3)
        .map(|l| if l <= a.level { '★' } else { '☆' })
        .collect();
    let level_style = if a.level == 0 { red } else { green.bold() };
    let _ = writeln!(
        o,
        "Mark level {}  {}  {}",
        paint(&a.level.to_string(), level_style),
        stars,
        paint(&t.level_name(a.level), bold)
    );
    if let Some(next) = &a.next_level {
        let _ = writeln!(
            o,
            "Level {} ({}) still needs {} criteria: {}",
            next.level,
            t.level_name(next.level),
            next.missing.len(),
            next.missing.join(", ")
        );
    }
    o.push_str("\nAreas\n");
    for s in &a.areas {
        let filled = usize::from(s.score) / 5;
        let bar = format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled));
        let grade_style = match s.grade {
            'A' | 'B' => green,
            'C' => yellow,
            _ => red,
        };
        let _ = writeln!(
            o,
            "  {} {:<40} {:>3} {} {}  {} met, {} not met, {} unknown, {} n/a",
            s.id,
            t.area_name(&s.id),
            s.score,
            paint(&s.grade.to_string(), grade_style),
            bar,
            s.met,
            s.not_met,
            s.unknown,
            s.not_applicable
        );
    }
    type Pick = Box<dyn Fn(&crate::Verdict) -> bool>;
    let groups: [(&str, Pick, Style, &str); 3] = [
        (
            "Contradicted by evidence",
            Box::new(|v| v.basis == Some(Basis::Contradicted)),
            red,
            "✗",
        ),
        (
            "Not met",
            Box::new(|v| v.status == Status::NotMet && v.basis != Some(Basis::Contradicted)),
            red,
            "✗",
        ),
        (
            "Unknown (nothing declared or found)",
            Box::new(|v| v.status == Status::Unknown),
            yellow,
            "?",
        ),
    ];
    for (title, pick, style, mark) in groups {
        let vs: Vec<&crate::Verdict> = a.verdicts.iter().filter(|v| pick(v)).collect();
        if vs.is_empty() {
            continue;
        }
        let _ = writeln!(o, "\n{} ({})", paint(title, bold), vs.len());
        for v in vs {
            let _ = writeln!(
                o,
                "  {} {} L{}{} {}\n      {}",
                paint(mark, style),
                paint(&v.criterion, bold),
                v.level,
                if v.required { "" } else { " (recommended)" },
                t.title(&v.criterion),
                v.explanation
            );
        }
    }
    let verified: Vec<&str> = a
        .verdicts
        .iter()
        .filter(|v| v.basis == Some(Basis::Verified))
        .map(|v| v.criterion.as_str())
        .collect();
    if !verified.is_empty() {
        let _ = writeln!(
            o,
            "\n{} {}",
            paint("Verified by evidence:", bold),
            verified.join(", ")
        );
    }
    o.push_str("\nSchemes (clauses met / not met / unknown, of which not covered)\n");
    for s in &a.schemes {
        let name = catalog
            .scheme(&s.scheme)
            .map(|x| x.name.as_str())
            .unwrap_or(&s.scheme);
        let _ = writeln!(
            o,
            "  {:<48.48} {:>3} / {:>3} / {:>3} ({}) of {}",
            name, s.met, s.not_met, s.unknown, s.uncovered, s.clauses
        );
    }
    if !a.findings.is_empty() || !a.evidence.is_empty() {
        o.push_str("\nEvidence\n");
        for e in &a.evidence {
            let _ = writeln!(
                o,
                "  {} ({}, sha256 {})",
                e.path,
                e.kind,
                &e.sha256[..12.min(e.sha256.len())]
            );
            if let Some(err) = &e.error {
                let _ = writeln!(o, "    {} {}", paint("could not be analysed:", yellow), err);
            }
        }
        for f in &a.findings {
            let line = f.line.map(|l| format!(":{l}")).unwrap_or_default();
            let _ = writeln!(
                o,
                "  - [{}] {}{}: {}",
                f.name(),
                f.evidence,
                line,
                f.message
            );
        }
    }
    o
}
