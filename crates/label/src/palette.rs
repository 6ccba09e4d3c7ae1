//! The label's colours, shared by the SVG and the HTML layers. Every text
//! colour here reaches WCAG 2.2 AA contrast (4.5:1) on the background it is
//! used on; a test computes it. No fact is carried by colour alone: grades
//! carry their letter, statuses their word, icons their label.

/// Body text.
pub const INK: &str = "#1f2328";
/// Secondary text.
pub const MUTED: &str = "#59636e";
/// The page and label background.
pub const PAPER: &str = "#ffffff";
/// A light panel behind groups of facts (INK and MUTED stay readable on it).
pub const PANEL: &str = "#f6f8fa";
/// The mark's own colour (headers, the achieved level).
pub const BRAND: &str = "#0b5d4b";
/// Links.
pub const LINK: &str = "#0a4d8c";
/// A caution panel background (for "no commitment", suspended marks).
pub const CAUTION_BG: &str = "#fff4d6";
/// A light tint of the brand colour behind the label's largest fact (INK,
/// MUTED and BRAND stay readable on it).
pub const BRAND_TINT: &str = "#e8f3ef";
/// Hairlines between groups of facts: never a text colour.
pub const RULE: &str = "#d0d7de";

/// Grade colours A to E; white text on each reaches 4.5:1.
pub const GRADES: [(char, &str); 5] = [
    ('A', "#1a7f37"),
    ('B', "#3f7a12"),
    ('C', "#8a6100"),
    ('D', "#b34400"),
    ('E', "#c0292e"),
];

/// The colour of a grade letter's badge (E's for anything unknown).
pub fn grade_colour(grade: char) -> &'static str {
    GRADES
        .iter()
        .find(|(g, _)| *g == grade)
        .map_or(GRADES[4].1, |(_, c)| c)
}

/// Status colours: valid, caution (suspended, expired, self-assessed),
/// danger (revoked, contradicted); white text on each reaches 4.5:1.
pub const STATUS_OK: &str = "#1a7f37";
pub const STATUS_CAUTION: &str = "#8a6100";
pub const STATUS_DANGER: &str = "#c0292e";

/// Every (text, background) pair the layers use, for the contrast test.
pub const PAIRS: &[(&str, &str)] = &[
    (INK, PAPER),
    (MUTED, PAPER),
    (INK, PANEL),
    (MUTED, PANEL),
    (BRAND, PAPER),
    (LINK, PAPER),
    (INK, CAUTION_BG),
    (INK, BRAND_TINT),
    (MUTED, BRAND_TINT),
    (BRAND, BRAND_TINT),
    (PAPER, BRAND),
    (PAPER, GRADES[0].1),
    (PAPER, GRADES[1].1),
    (PAPER, GRADES[2].1),
    (PAPER, GRADES[3].1),
    (PAPER, GRADES[4].1),
    (PAPER, STATUS_OK),
    (PAPER, STATUS_CAUTION),
    (PAPER, STATUS_DANGER),
    (BRAND, PANEL),
    (LINK, PANEL),
    (LINK, CAUTION_BG),
    (MUTED, CAUTION_BG),
    (PAPER, MUTED),
];

/// The WCAG 2.x contrast ratio of two `#rrggbb` colours.
pub fn contrast(a: &str, b: &str) -> f64 {
    fn channel(hex: &str, i: usize) -> f64 {
        let v = hex
            .get(1 + 2 * i..3 + 2 * i)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
        let c = f64::from(v) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let lum = |h: &str| 0.2126 * channel(h, 0) + 0.7152 * channel(h, 1) + 0.0722 * channel(h, 2);
    let (x, y) = (lum(a), lum(b));
    let (hi, lo) = if x > y { (x, y) } else { (y, x) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_colour_reaches_wcag_aa() {
        for (text, background) in PAIRS {
            let ratio = contrast(text, background);
            assert!(ratio >= 4.5, "{text} on {background}: {ratio:.2}:1");
        }
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    }
}
