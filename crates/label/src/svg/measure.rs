//! How wide a line of text will be, without the fonts: an estimate from the
//! average advance of each kind of character, and line breaking and
//! truncation built on it.
//!
//! The label asks for Noto Sans first. Printable ASCII uses Noto Sans'
//! own advances plus 3 %, bold adds 8 %; other scripts use an average per
//! class of character, on the wide side (a CJK character is a full em, an
//! emoji more). DejaVu Sans, the usual fallback, sets Latin text up to
//! about 8 % wider than this estimate; every box on the label keeps a
//! margin at least that large. Everything the renderer draws goes through
//! [`wrap`] or [`truncate`].

/// How much wider bold text is than regular.
const BOLD: f32 = 1.08;

/// The ellipsis that ends a truncated line.
pub const ELLIPSIS: char = '…';

/// Advances of printable ASCII (U+0020 to U+007E) in hundredths of an em:
/// Noto Sans Regular's, plus 3 %, rounded up.
const ASCII: [u8; 95] = [
    27, 28, 43, 67, 59, 86, 76, 24, 31, 31, 57, 59, 28, 34, 28, 39, //
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 28, 28, 59, 59, 59, 45, //
    93, 66, 67, 66, 76, 58, 54, 75, 77, 35, 29, 64, 54, 94, 79, 81, //
    63, 81, 65, 57, 58, 76, 62, 96, 61, 59, 59, 34, 39, 34, 59, 46, //
    29, 58, 64, 50, 64, 59, 36, 64, 64, 27, 27, 56, 27, 97, 64, 63, //
    64, 64, 43, 50, 38, 64, 53, 81, 55, 53, 49, 40, 57, 40, 59,
];

/// The estimated advance of one character, in em.
pub fn advance(c: char) -> f32 {
    if is_zero_width(c) {
        return 0.0;
    }
    if let Some(i) = (c as usize).checked_sub(0x20)
        && let Some(hundredths) = ASCII.get(i)
    {
        return f32::from(*hundredths) / 100.0;
    }
    match c {
        '\u{a0}' => 0.27,
        '\u{202f}' => 0.2,
        '·' => 0.29,
        '…' | '—' => 1.03,
        '–' => 0.52,
        '×' | '÷' | '±' => 0.6,
        _ if is_emoji(c) => 1.3,
        _ if is_wide(c) => 1.02,
        // Latin with diacritics, Greek, Cyrillic, Armenian.
        '\u{c0}'..='\u{24f}' | '\u{370}'..='\u{58f}' => {
            if c.is_uppercase() {
                0.82
            } else {
                0.66
            }
        }
        // Hebrew, Arabic, Syriac, Thaana.
        '\u{590}'..='\u{7bf}' => 0.66,
        _ => 0.85,
    }
}

/// Characters that take no room of their own: combining marks, joiners,
/// variation selectors, bidirectional marks.
fn is_zero_width(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}'
        | '\u{483}'..='\u{489}'
        | '\u{591}'..='\u{5bd}'
        | '\u{5bf}' | '\u{5c1}' | '\u{5c2}' | '\u{5c4}' | '\u{5c5}' | '\u{5c7}'
        | '\u{610}'..='\u{61a}'
        | '\u{64b}'..='\u{65f}'
        | '\u{670}'
        | '\u{6d6}'..='\u{6ed}'
        | '\u{1ab0}'..='\u{1aff}'
        | '\u{1dc0}'..='\u{1dff}'
        | '\u{200b}'..='\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{20d0}'..='\u{20ff}'
        | '\u{fe00}'..='\u{fe0f}'
        | '\u{fe20}'..='\u{fe2f}'
        | '\u{feff}'
        | '\u{e0000}'..='\u{e007f}'
        | '\u{e0100}'..='\u{e01ef}'
    )
}

/// Pictographs drawn as emoji.
fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{2600}'..='\u{27bf}'
        | '\u{2b00}'..='\u{2bff}'
        | '\u{1f000}'..='\u{1faff}'
    )
}

/// East Asian wide and full-width characters (CJK, kana, hangul, full-width
/// forms), one em each.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{303e}'
        | '\u{3041}'..='\u{33ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{a000}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{20000}'..='\u{3fffd}'
    )
}

/// Where a line may break before `c` without a space: between two wide
/// characters, except before closing punctuation (、。」…).
fn breaks_before(prev: char, c: char) -> bool {
    let closing = matches!(
        c,
        '、' | '。'
            | '，'
            | '．'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〕'
            | '・'
            | 'ー'
            | '！'
            | '？'
            | '：'
    ) || matches!(
        c,
        'ぁ' | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
    );
    let opening = matches!(prev, '「' | '『' | '（' | '【' | '〔');
    (is_wide(c) || is_wide(prev) || is_emoji(c) || is_emoji(prev)) && !closing && !opening
}

/// The estimated width of `text` set at `size` (in the same unit).
pub fn width(text: &str, size: f32, bold: bool) -> f32 {
    let em: f32 = text.chars().map(advance).sum();
    em * size * if bold { BOLD } else { 1.0 }
}

/// `text` with runs of white space made one space (no-break spaces are
/// kept), control and
/// bidirectional override characters removed, trimmed: what a label line
/// may contain.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        // No-break spaces stay: French sets one before a colon.
        if c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}') {
            space = true;
            continue;
        }
        // Controls, and the embeddings and overrides that could reorder
        // the label's own words (marks U+200E/U+200F are kept).
        if c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') {
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// `text` as it is when it fits in `max`, else its longest start that
/// fits followed by an ellipsis.
pub fn truncate(text: &str, size: f32, bold: bool, max: f32) -> String {
    if width(text, size, bold) <= max {
        text.to_owned()
    } else {
        with_ellipsis(text, size, bold, max)
    }
}

/// The longest start of `text` that, followed by an ellipsis, fits in
/// `max`; never ends on a space, a joiner or a lone combining mark.
fn with_ellipsis(text: &str, size: f32, bold: bool, max: f32) -> String {
    let room = max - width(&ELLIPSIS.to_string(), size, bold);
    let scale = size * if bold { BOLD } else { 1.0 };
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += advance(c) * scale;
        if used > room {
            break;
        }
        end = i + c.len_utf8();
    }
    let mut head = text[..end].to_owned();
    while head
        .chars()
        .last()
        .is_some_and(|c| c == ' ' || is_zero_width(c))
    {
        head.pop();
    }
    head.push(ELLIPSIS);
    head
}

/// A piece of text that is never broken inside (unless it is wider than a
/// whole line), and whether a space precedes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Piece<'a> {
    pub text: &'a str,
    pub space_before: bool,
}

/// Splits cleaned text (see [`clean`]) where a line may break: at spaces,
/// after `/` and `-` inside a word, and between CJK characters.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space_before = false;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c == ' ' {
            if i > start {
                out.push(Piece {
                    text: &text[start..i],
                    space_before,
                });
            }
            start = i + 1;
            space_before = true;
            prev = None;
            continue;
        }
        if let Some(p) = prev {
            let after_hyphen = matches!(p, '/' | '-') && i > start + 1;
            if i > start && (after_hyphen || breaks_before(p, c)) {
                out.push(Piece {
                    text: &text[start..i],
                    space_before,
                });
                start = i;
                space_before = false;
            }
        }
        prev = Some(c);
    }
    if start < text.len() {
        out.push(Piece {
            text: &text[start..],
            space_before,
        });
    }
    out
}

/// Breaks `text` into at most `max_lines` lines no wider than `max`; the
/// last line ends with an ellipsis when the text does not fit. A word
/// wider than a line is broken between characters.
pub fn wrap(text: &str, size: f32, bold: bool, max: f32, max_lines: usize) -> Vec<String> {
    if max_lines == 0 {
        return Vec::new();
    }
    let text = clean(text);
    let space = width(" ", size, bold);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces(&text) {
        let mut gap = piece.space_before && !line.is_empty();
        let wanted = width(&line, size, bold)
            + if gap { space } else { 0.0 }
            + width(piece.text, size, bold);
        if !line.is_empty() && wanted > max {
            lines.push(std::mem::take(&mut line));
            gap = false;
        }
        if gap {
            line.push(' ');
        }
        line.push_str(piece.text);
        // A piece wider than a line: break it between characters.
        while width(&line, size, bold) > max {
            let (head, tail) = split_at_width(&line, size, bold, max);
            if tail.is_empty() {
                break;
            }
            lines.push(head);
            line = tail;
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.pop().unwrap_or_default();
        lines.push(with_ellipsis(&last, size, bold, max));
    }
    lines
}

/// The longest head of `text` (at least one character) that fits in `max`,
/// and the rest.
fn split_at_width(text: &str, size: f32, bold: bool, max: f32) -> (String, String) {
    let scale = size * if bold { BOLD } else { 1.0 };
    let mut used = 0.0;
    let mut end = 0;
    for (i, c) in text.char_indices() {
        used += advance(c) * scale;
        if used > max && end > 0 && !is_zero_width(c) {
            break;
        }
        end = i + c.len_utf8();
    }
    (
        text[..end].trim_end().to_owned(),
        text[end..].trim_start().to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_scripts_are_wider() {
        assert!(width("日本語", 10.0, false) > width("abc", 10.0, false));
        assert!(width("abc", 10.0, true) > width("abc", 10.0, false));
        assert_eq!(width("e\u{301}", 10.0, false), width("e", 10.0, false));
        assert!(width("😀", 10.0, false) >= 12.0);
    }

    #[test]
    fn clean_collapses_space_and_drops_overrides() {
        assert_eq!(clean("  a \n\t b\u{202e}c\u{7} "), "a bc");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_fits() {
        let lines = wrap("Automatic, can be turned off", 10.0, false, 90.0, 3);
        assert_eq!(lines, ["Automatic, can be", "turned off"]);
        for l in &lines {
            assert!(width(l, 10.0, false) <= 90.0, "{l}");
        }
    }

    #[test]
    fn wrap_truncates_with_an_ellipsis() {
        let long = "word ".repeat(100);
        let lines = wrap(&long, 10.0, false, 100.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS));
        assert!(lines.iter().all(|l| width(l, 10.0, false) <= 100.0));
    }

    #[test]
    fn wrap_breaks_long_words_and_cjk() {
        let lines = wrap(&"x".repeat(60), 10.0, false, 100.0, 10);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| width(l, 10.0, false) <= 100.0));
        let ja = wrap(
            "セキュリティ更新の提供期限は二〇三〇年です。",
            10.0,
            false,
            60.0,
            10,
        );
        assert!(ja.len() > 2);
        assert!(ja.iter().all(|l| width(l, 10.0, false) <= 60.0));
        assert!(ja.iter().all(|l| !l.starts_with('。')));
    }

    #[test]
    fn urls_break_after_slashes() {
        let lines = wrap(
            "registry.iotmark.org/products/lumiere-home-sas/lh-ci200",
            10.0,
            false,
            200.0,
            3,
        );
        assert_eq!(
            lines.concat(),
            "registry.iotmark.org/products/lumiere-home-sas/lh-ci200"
        );
        for l in &lines[..lines.len() - 1] {
            assert!(l.ends_with('/') || l.ends_with('-'), "{l}");
        }
    }

    #[test]
    fn truncate_keeps_what_fits() {
        assert_eq!(truncate("short", 10.0, false, 100.0), "short");
        let t = truncate("a much longer line of text", 10.0, false, 60.0);
        assert!(t.ends_with(ELLIPSIS));
        assert!(width(&t, 10.0, false) <= 60.0);
    }
}
