//! Cheap checks that run before any real parser sees the bytes: nesting
//! depth (so no parser recurses or allocates without bound on hostile
//! input) and UTF-8 with a position.

use crate::error::Location;

/// Line and column (1-based, column in characters) of byte `offset`.
pub(crate) fn line_column(bytes: &[u8], offset: usize) -> Location {
    let before = &bytes[..offset.min(bytes.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |newline| newline + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Location::Line {
        line: u32::try_from(line).unwrap_or(u32::MAX),
        column: u32::try_from(column).unwrap_or(u32::MAX),
    }
}

/// The input as UTF-8, or the place of the first invalid byte.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, Location> {
    std::str::from_utf8(bytes).map_err(|err| line_column(bytes, err.valid_up_to()))
}

/// The byte offset of the first JSON object or array that opens deeper than
/// `limit`, if any. Strings are skipped, so brackets inside them do not
/// count; anything else malformed is left for the JSON parser to report.
pub(crate) fn json_too_deep(bytes: &[u8], limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, &byte) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > limit {
                    return Some(offset);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The byte offset of the first XML element that opens deeper than `limit`,
/// if any. Comments, CDATA sections, processing instructions and quoted
/// attribute values are skipped. A document type declaration stops the scan:
/// the XML parser refuses DTDs anyway.
pub(crate) fn xml_too_deep(bytes: &[u8], limit: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut at = 0usize;
    while let Some(found) = find(bytes, at, b"<") {
        let rest = &bytes[found..];
        if rest.starts_with(b"<!--") {
            at = find(bytes, found + 4, b"-->").map_or(bytes.len(), |end| end + 3);
        } else if rest.starts_with(b"<![CDATA[") {
            at = find(bytes, found + 9, b"]]>").map_or(bytes.len(), |end| end + 3);
        } else if rest.starts_with(b"<?") {
            at = find(bytes, found + 2, b"?>").map_or(bytes.len(), |end| end + 2);
        } else if rest.starts_with(b"<!") {
            return None;
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            at = find(bytes, found + 2, b">").map_or(bytes.len(), |end| end + 1);
        } else {
            // A start tag: find its end outside quoted attribute values.
            let mut quote = None;
            let mut end = None;
            for (i, &byte) in bytes.iter().enumerate().skip(found + 1) {
                match (quote, byte) {
                    (Some(q), b) if b == q => quote = None,
                    (Some(_), _) => {}
                    (None, b'"' | b'\'') => quote = Some(byte),
                    (None, b'>') => {
                        end = Some(i);
                        break;
                    }
                    (None, _) => {}
                }
            }
            let end = end?;
            if bytes[end - 1] != b'/' {
                depth += 1;
                if depth > limit {
                    return Some(found);
                }
            }
            at = end + 1;
        }
    }
    None
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack
        .get(from..)?
        .windows(needle.len())
        .position(|window| window == needle)
        .map(|position| position + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_depth_ignores_brackets_in_strings() {
        assert_eq!(json_too_deep(br#"{"a": "[[[[[[", "b": [1]}"#, 2), None);
        assert_eq!(json_too_deep(br#"{"a": [[1]]}"#, 2), Some(7));
        assert_eq!(json_too_deep(br#"{"a": "\"[[[["}"#, 1), None);
    }

    #[test]
    fn xml_depth_skips_comments_and_self_closing_tags() {
        let xml = b"<a><!-- <b><c><d> --><b x='>'/><b><c/></b></a>";
        assert_eq!(xml_too_deep(xml, 2), None);
        assert_eq!(xml_too_deep(b"<a><b><c></c></b></a>", 2), Some(6));
    }

    #[test]
    fn positions_are_one_based() {
        assert_eq!(
            line_column(b"ab\ncd", 4),
            Location::Line { line: 2, column: 2 }
        );
    }
}
