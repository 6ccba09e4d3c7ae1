//! Read YAML or JSON documents into a JSON value **and** remember where every
//! value and key came from, so that validators can point at `file:line:column`.
//!
//! Both formats go through one YAML 1.2 parser ([`saphyr`]): YAML 1.2 is a
//! superset of JSON, and one parser gives one set of positions. JSON files are
//! first checked with `serde_json` so that JSON-only mistakes (trailing
//! commas, comments) are reported as JSON errors.
//!
//! What this crate does not do: it knows no schema and no iotmark type; it
//! only turns text into a [`Document`] or a [`Diagnostic`].
//!
//! ```
//! let doc = iotmark_document::parse("d.yaml", "a:\n  b: [1, 2]\n").unwrap();
//! assert_eq!(doc.value["a"]["b"][1], 2);
//! let p = doc.position("/a/b/1").unwrap();
//! assert_eq!((p.line, p.column), (2, 10));
//! ```

use std::collections::HashMap;

use iotmark_model::{Diagnostic, Position};
use saphyr::{LoadableYamlNode, MarkedYaml, Scalar, YamlData};
use serde_json::{Map, Number, Value};

/// The largest document accepted, in bytes.
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;

/// Deepest nesting accepted (guards the recursive conversion).
const MAX_DEPTH: usize = 64;

/// A parsed document with the position of every value and every mapping key.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: String,
    pub value: Value,
    values: HashMap<String, Position>,
    keys: HashMap<String, Position>,
}

impl Document {
    /// Where the value at a JSON pointer starts.
    pub fn position(&self, pointer: &str) -> Option<Position> {
        self.values.get(pointer).copied()
    }

    /// Where the key of the value at a JSON pointer starts (for "unknown key"
    /// errors the key is the place to point at). Falls back to the value.
    pub fn key_position(&self, pointer: &str) -> Option<Position> {
        self.keys
            .get(pointer)
            .or_else(|| self.values.get(pointer))
            .copied()
    }

    /// The position of the nearest ancestor of `pointer` that has one.
    pub fn nearest_position(&self, pointer: &str) -> Option<Position> {
        let mut p = pointer;
        loop {
            if let Some(pos) = self.key_position(p) {
                return Some(pos);
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return self.values.get("").copied(),
            }
        }
    }
}

/// The document formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Yaml,
    Json,
}

impl Format {
    pub fn from_file_name(name: &str) -> Format {
        if name.to_ascii_lowercase().ends_with(".json") {
            Format::Json
        } else {
            Format::Yaml
        }
    }
}

/// A document from JSON text that is trusted to be well formed (e.g.
/// generated at build time): parsed with serde_json alone, fast, and without
/// positions.
pub fn parse_json_unspanned(file: &str, text: &str) -> Result<Document, Diagnostic> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        Diagnostic::error(
            "document/json-syntax",
            file,
            format!("this is not valid JSON: {e}"),
        )
        .at(Some(Position {
            line: e.line(),
            column: e.column(),
        }))
    })?;
    Ok(Document {
        file: file.to_owned(),
        value,
        values: HashMap::new(),
        keys: HashMap::new(),
    })
}

/// Parse bytes as a document; the format follows the file name.
pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<Document, Diagnostic> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(Diagnostic::error(
            "document/too-large",
            file,
            format!(
                "the file is {} bytes, larger than the {} byte limit",
                bytes.len(),
                MAX_DOCUMENT_BYTES
            ),
        )
        .expected(format!("a document of at most {MAX_DOCUMENT_BYTES} bytes")));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_col_of_byte(bytes, e.valid_up_to());
        Diagnostic::error(
            "document/not-utf8",
            file,
            format!(
                "the file is not UTF-8 text (invalid byte at offset {})",
                e.valid_up_to()
            ),
        )
        .at(Some(Position { line, column }))
        .expected("UTF-8 encoded YAML or JSON")
    })?;
    parse(file, text)
}

/// Parse text as a document; the format follows the file name.
pub fn parse(file: &str, text: &str) -> Result<Document, Diagnostic> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return parse_bytes(file, text.as_bytes());
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = Format::from_file_name(file);
    if format == Format::Json
        && let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text)
    {
        return Err(Diagnostic::error(
            "document/json-syntax",
            file,
            format!("this is not valid JSON: {}", strip_position(&e.to_string())),
        )
        .at(Some(Position {
            line: e.line(),
            column: e.column(),
        }))
        .expected("a JSON object"));
    }
    let docs = MarkedYaml::load_from_str(text).map_err(|e| {
        let m = e.marker();
        Diagnostic::error(
            "document/yaml-syntax",
            file,
            format!("this is not valid YAML: {}", e.info()),
        )
        .at(Some(Position {
            line: m.line(),
            column: m.col() + 1,
        }))
        .expected(match format {
            Format::Yaml => "a YAML mapping",
            Format::Json => "a JSON object",
        })
    })?;
    let root = match docs.len() {
        0 => {
            return Err(
                Diagnostic::error("document/empty", file, "the file is empty")
                    .expected("a mapping of declaration fields"),
            );
        }
        1 => &docs[0],
        n => {
            return Err(Diagnostic::error(
                "document/multiple",
                file,
                format!("the file holds {n} YAML documents"),
            )
            .at(Some(pos(&docs[1])))
            .expected("exactly one document"));
        }
    };
    let mut out = Document {
        file: file.to_owned(),
        value: Value::Null,
        values: HashMap::new(),
        keys: HashMap::new(),
    };
    let mut pointer = String::new();
    out.value = convert(root, &mut pointer, &mut out.values, &mut out.keys, file, 0)?;
    Ok(out)
}

fn pos(node: &MarkedYaml<'_>) -> Position {
    Position {
        line: node.span.start.line(),
        column: node.span.start.col() + 1,
    }
}

fn convert(
    node: &MarkedYaml<'_>,
    pointer: &mut String,
    values: &mut HashMap<String, Position>,
    keys: &mut HashMap<String, Position>,
    file: &str,
    depth: usize,
) -> Result<Value, Diagnostic> {
    let here = pos(node);
    values.insert(pointer.clone(), here);
    let here_path = iotmark_model::json_path_from_pointer(pointer);
    let path = || here_path.clone();
    if depth > MAX_DEPTH {
        return Err(Diagnostic::error(
            "document/too-deep",
            file,
            format!("the document nests deeper than {MAX_DEPTH} levels"),
        )
        .at(Some(here))
        .path(path()));
    }
    let unsupported = |what: &str| {
        Diagnostic::error(
            "document/unsupported",
            file,
            format!("{what} are not supported here"),
        )
        .at(Some(here))
        .path(path())
        .expected("plain values, lists and mappings")
    };
    Ok(match &node.data {
        YamlData::Value(s) => match s {
            Scalar::Null => Value::Null,
            Scalar::Boolean(b) => Value::Bool(*b),
            Scalar::Integer(i) => Value::Number((*i).into()),
            Scalar::FloatingPoint(f) => match Number::from_f64(f.into_inner()) {
                Some(n) => Value::Number(n),
                None => {
                    return Err(Diagnostic::error(
                        "document/bad-number",
                        file,
                        "infinite or not-a-number values are not allowed",
                    )
                    .at(Some(here))
                    .path(path())
                    .expected("a finite number"));
                }
            },
            Scalar::String(s) => Value::String(s.to_string()),
        },
        YamlData::Representation(s, _, _) => Value::String(s.to_string()),
        YamlData::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&i.to_string());
                out.push(convert(item, pointer, values, keys, file, depth + 1)?);
                pointer.truncate(len);
            }
            Value::Array(out)
        }
        YamlData::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map.iter() {
                let key = match &k.data {
                    YamlData::Value(Scalar::String(s)) => s.to_string(),
                    YamlData::Value(Scalar::Integer(i)) => i.to_string(),
                    YamlData::Value(Scalar::Boolean(b)) => b.to_string(),
                    YamlData::Representation(s, _, _) => s.to_string(),
                    _ => {
                        return Err(Diagnostic::error(
                            "document/bad-key",
                            file,
                            "mapping keys must be plain text",
                        )
                        .at(Some(pos(k)))
                        .path(path())
                        .expected("a text key"));
                    }
                };
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                keys.insert(pointer.clone(), pos(k));
                let value = convert(v, pointer, values, keys, file, depth + 1)?;
                pointer.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        YamlData::Tagged(_, _) => return Err(unsupported("YAML tags")),
        YamlData::Alias(_) => return Err(unsupported("YAML anchors and aliases")),
        YamlData::BadValue => {
            return Err(
                Diagnostic::error("document/bad-value", file, "this value cannot be read")
                    .at(Some(here))
                    .path(path()),
            );
        }
    })
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

fn line_col_of_byte(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let col = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(file: &str, text: &str) -> Diagnostic {
        parse(file, text).unwrap_err()
    }

    #[test]
    fn positions_of_values_and_keys() {
        let d = parse(
            "x.yaml",
            "# c\nproduct:\n  name: Cam\n  tags:\n    - a\n    - b\n",
        )
        .unwrap();
        assert_eq!(
            d.position("/product/name"),
            Some(Position { line: 3, column: 9 })
        );
        assert_eq!(
            d.key_position("/product/name"),
            Some(Position { line: 3, column: 3 })
        );
        assert_eq!(
            d.position("/product/tags/1"),
            Some(Position { line: 6, column: 7 })
        );
        assert_eq!(
            d.nearest_position("/product/missing/x"),
            Some(Position { line: 2, column: 1 })
        );
    }

    #[test]
    fn json_goes_through_the_same_positions() {
        let d = parse("x.json", "{\n  \"a\": {\"b\": true}\n}").unwrap();
        assert_eq!(d.value["a"]["b"], true);
        assert_eq!(d.key_position("/a/b").map(|p| p.line), Some(2));
    }

    #[test]
    fn yaml_12_keeps_dates_and_yes_as_strings() {
        let d = parse("x.yaml", "d: 2025-01-31\ny: yes\nv: 1.0\n").unwrap();
        assert_eq!(d.value["d"], "2025-01-31");
        assert_eq!(d.value["y"], "yes");
    }

    #[test]
    fn bad_inputs_have_places() {
        let e = err("x.yaml", "a: [1, 2\nb: 3\n");
        assert_eq!(e.code, "document/yaml-syntax");
        assert!(e.position.is_some());
        let e = err("x.json", "{\"a\": 1,}");
        assert_eq!(e.code, "document/json-syntax");
        assert_eq!(e.position.map(|p| p.line), Some(1));
        assert_eq!(err("x.yaml", "").code, "document/empty");
        assert_eq!(err("x.yaml", "a: 1\n---\nb: 2\n").code, "document/multiple");
        // Aliases are resolved by the loader, with a limit against alias bombs.
        assert_eq!(parse("x.yaml", "a: &x 1\nb: *x\n").unwrap().value["b"], 1);
        assert!(parse("x.yaml", "a: !!binary aGk=\n").is_err());
        let e = err("x.yaml", "a: 1\na: 2\n");
        assert!(e.message.contains("duplicate"), "{e}");
        let big = vec![b'a'; MAX_DOCUMENT_BYTES + 1];
        assert_eq!(
            parse_bytes("x.yaml", &big).unwrap_err().code,
            "document/too-large"
        );
        let e = parse_bytes("x.yaml", b"a: \xff\xfe\n").unwrap_err();
        assert_eq!(e.code, "document/not-utf8");
        assert_eq!(e.position, Some(Position { line: 1, column: 4 }));
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(parse("x.yaml", &deep).is_err());
    }
}
