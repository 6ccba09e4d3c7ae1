//! The manufacturer's declaration: its Rust types, its JSON Schema, and a
//! loader that reports **every** problem at once with file, line, column,
//! the path inside the document, what was expected and, for a misspelt key
//! or value, the nearest valid one.
//!
//! The JSON Schema is generated from the types in [`types`] (so it cannot
//! drift from them) and is what validation runs on; only a document that
//! passes it is deserialised into a [`Declaration`].
//!
//! What this crate does not do: it reads no files (the caller hands in the
//! bytes) and it does not judge the claims — that is the engine's job.
//!
//! ```
//! let text = "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {name: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\n";
//! let d = iotmark_declaration::load("plug.yaml", text.as_bytes()).unwrap();
//! assert_eq!(d.product.model, "P1");
//!
//! let bad = "schema_version: 1\nmanufacturer: {name: Acme}\nproduct: {nam: Plug, model: P1, category: smart_plug, firmware_version: '1.0'}\n";
//! let errors = iotmark_declaration::load("plug.yaml", bad.as_bytes()).unwrap_err();
//! assert!(errors.iter().any(|e| e.hint.as_deref() == Some("did you mean `name`?")));
//! ```

pub mod types;

use std::collections::BTreeSet;
use std::sync::OnceLock;

use iotmark_document::Document;
use iotmark_model::{Diagnostic, json_path_from_pointer};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use schemars::generate::SchemaSettings;
use serde_json::Value;

pub use types::Declaration;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "https://iotmark.example/schema/declaration-1.json";

/// The declaration JSON Schema (draft 2020-12), generated from the types.
pub fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        // A missing claim and `key: null` both mean "not declared": the
        // schema allows null for optional fields and the loader drops nulls.
        let generator = SchemaSettings::draft2020_12().into_generator();
        let root = generator.into_root_schema_for::<Declaration>();
        let mut value = serde_json::to_value(root).unwrap_or(Value::Null);
        if let Value::Object(map) = &mut value {
            map.insert("$id".into(), Value::String(SCHEMA_ID.into()));
        }
        value
    })
}

/// The schema as pretty JSON, exactly as committed in `schemas/`.
pub fn schema_json() -> String {
    let mut s = serde_json::to_string_pretty(schema()).unwrap_or_default();
    s.push('\n');
    s
}

fn validator() -> &'static Validator {
    static VALIDATOR: OnceLock<Validator> = OnceLock::new();
    VALIDATOR.get_or_init(|| {
        jsonschema::options()
            .should_validate_formats(true)
            .build(schema())
            .unwrap_or_else(|e| panic!("the generated declaration schema is invalid: {e}"))
    })
}

/// A commented starter declaration for `iotmark init`.
pub const STARTER: &str = include_str!("starter.yaml");

/// Parse and validate a declaration. On failure, every problem found, in
/// document order.
pub fn load(file: &str, bytes: &[u8]) -> Result<Declaration, Vec<Diagnostic>> {
    let doc = iotmark_document::parse_bytes(file, bytes).map_err(|d| vec![d])?;
    load_document(doc)
}

/// Validate an already parsed document.
pub fn load_document(mut doc: Document) -> Result<Declaration, Vec<Diagnostic>> {
    drop_nulls(&mut doc.value);
    let mut diags = schema_diagnostics(&doc);
    if diags.is_empty() {
        match serde_json::from_value::<Declaration>(doc.value.clone()) {
            Ok(decl) => {
                diags.extend(semantic_diagnostics(&decl, &doc));
                if diags.is_empty() {
                    return Ok(decl);
                }
            }
            Err(e) => diags.push(
                Diagnostic::error("declaration/invalid", &doc.file, e.to_string())
                    .at(doc.position("")),
            ),
        }
    }
    diags.sort_by_key(|d| d.position.map(|p| (p.line, p.column)));
    Err(diags)
}

fn drop_nulls(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.retain(|_, v| !v.is_null());
            m.values_mut().for_each(drop_nulls);
        }
        Value::Array(a) => a.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

fn schema_diagnostics(doc: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    if !doc.value.is_object() {
        out.push(
            Diagnostic::error(
                "declaration/not-a-mapping",
                &doc.file,
                format!("the document is {}", describe(&doc.value)),
            )
            .at(doc.position(""))
            .expected(
                "a mapping with `schema_version`, `manufacturer`, `product` and the other sections",
            ),
        );
        return out;
    }
    for error in validator().iter_errors(&doc.value) {
        for d in convert_error(&error, doc) {
            if seen.insert((d.path.clone(), d.message.clone())) {
                out.push(d);
            }
        }
    }
    out
}

fn convert_error(error: &ValidationError<'_>, doc: &Document) -> Vec<Diagnostic> {
    let pointer = error.instance_path().to_string();
    let instance = error.instance();
    let file = &doc.file;
    let path = json_path_from_pointer(&pointer);
    let base = |code: &str, msg: String| {
        Diagnostic::error(code, file, msg)
            .at(doc
                .position(&pointer)
                .or_else(|| doc.nearest_position(&pointer)))
            .path(path.clone())
    };
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|key| {
                let child = format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"));
                let allowed = allowed_properties(&pointer);
                let mut d = Diagnostic::error(
                    "declaration/unknown-key",
                    file,
                    format!("unknown key `{key}`"),
                )
                .at(doc.key_position(&child))
                .path(json_path_from_pointer(&child));
                if !allowed.is_empty() {
                    d = d.expected(format!("one of {}", list(&allowed)));
                    if let Some(n) = nearest(key, &allowed) {
                        d = d.hint(format!("did you mean `{n}`?"));
                    }
                }
                d
            })
            .collect(),
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default().to_owned();
            let mut d = base(
                "declaration/missing-field",
                format!("missing required field `{name}`"),
            )
            .at(doc
                .key_position(&pointer)
                .or_else(|| doc.nearest_position(&pointer)))
            .expected(format!("a `{name}` field here"));
            if pointer.is_empty() {
                d = d.path("");
            }
            vec![d]
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => type_phrase(&t.to_string()),
                TypeKind::Multiple(ts) => {
                    let v: Vec<String> = ts
                        .iter()
                        .map(|t| t.to_string())
                        .filter(|t| t != "null")
                        .map(|t| type_phrase(&t))
                        .collect();
                    v.join(" or ")
                }
            };
            vec![
                base(
                    "declaration/wrong-type",
                    format!("found {}", describe(instance)),
                )
                .expected(expected),
            ]
        }
        ValidationErrorKind::Enum { options } => {
            let opts: Vec<String> = options
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            vec![enum_diag(
                base("declaration/invalid-value", String::new()),
                instance,
                &opts,
            )]
        }
        ValidationErrorKind::OneOfNotValid { context } | ValidationErrorKind::AnyOf { context } => {
            let consts = const_options(&pointer);
            if !consts.is_empty() {
                return vec![enum_diag(
                    base("declaration/invalid-value", String::new()),
                    instance,
                    &consts,
                )];
            }
            // Report the branch that got furthest: the one whose errors are
            // not a plain type mismatch at this very place.
            let best = context
                .iter()
                .filter(|branch| !branch.is_empty())
                .min_by_key(|branch| {
                    let shallow = branch
                        .iter()
                        .filter(|e| e.instance_path().to_string() == pointer)
                        .count();
                    (shallow, branch.len())
                });
            match best {
                Some(branch) => branch.iter().flat_map(|e| convert_error(e, doc)).collect(),
                None => vec![base("declaration/invalid-value", error.to_string())],
            }
        }
        ValidationErrorKind::Format { format } => {
            let (msg, expected) = match format.as_str() {
                "date" => (
                    format!("{} is not a real calendar date", describe(instance)),
                    "a date written YYYY-MM-DD".to_owned(),
                ),
                "uri" => (
                    format!("{} is not an absolute URL", describe(instance)),
                    "a URL such as `https://example.com/page` or `mailto:security@example.com`"
                        .to_owned(),
                ),
                "email" => (
                    format!("{} is not an email address", describe(instance)),
                    "an address like `support@example.com`".to_owned(),
                ),
                other => (
                    format!("{} is not a valid {other}", describe(instance)),
                    format!("a value in `{other}` format"),
                ),
            };
            vec![base("declaration/invalid-format", msg).expected(expected)]
        }
        ValidationErrorKind::MinLength { limit } => {
            let msg = if instance.as_str().is_some_and(str::is_empty) {
                "the text is empty".to_owned()
            } else {
                format!("{} is too short", describe(instance))
            };
            vec![
                base("declaration/too-short", msg)
                    .expected(format!("text of at least {limit} character(s)")),
            ]
        }
        ValidationErrorKind::MaxLength { limit } => {
            let n = instance.as_str().map(|s| s.chars().count()).unwrap_or(0);
            vec![
                base(
                    "declaration/too-long",
                    format!("the text is {n} characters long"),
                )
                .expected(format!("at most {limit} characters")),
            ]
        }
        ValidationErrorKind::MaxItems { limit } => {
            let n = instance.as_array().map(Vec::len).unwrap_or(0);
            vec![
                base("declaration/too-many", format!("the list has {n} entries"))
                    .expected(format!("at most {limit} entries")),
            ]
        }
        ValidationErrorKind::Minimum { limit }
        | ValidationErrorKind::ExclusiveMinimum { limit } => {
            vec![
                base(
                    "declaration/out-of-range",
                    format!("{instance} is too small"),
                )
                .expected(format!("a number of at least {limit}")),
            ]
        }
        ValidationErrorKind::Maximum { limit }
        | ValidationErrorKind::ExclusiveMaximum { limit } => {
            vec![
                base(
                    "declaration/out-of-range",
                    format!("{instance} is too large"),
                )
                .expected(format!("a number of at most {limit}")),
            ]
        }
        ValidationErrorKind::Pattern { pattern } => {
            let expected = match pattern.as_str() {
                "^[A-Z]{2}$" => {
                    "a two-letter ISO 3166 country code such as `DE` or `GB`".to_owned()
                }
                "^[A-Z]{3}-[0-9]{2}$" => "a criterion id such as `SEC-01`".to_owned(),
                p => format!("text matching `{p}`"),
            };
            vec![
                base(
                    "declaration/invalid-value",
                    format!("{} has the wrong form", describe(instance)),
                )
                .expected(expected),
            ]
        }
        _ => vec![base("declaration/invalid", error.to_string())],
    }
}

fn enum_diag(d: Diagnostic, instance: &Value, options: &[String]) -> Diagnostic {
    let mut d = Diagnostic {
        code: "declaration/invalid-value".into(),
        message: format!("{} is not an allowed value", describe(instance)),
        ..d
    }
    .expected(format!("one of {}", list(options)));
    if let Some(s) = instance.as_str()
        && let Some(n) = nearest(s, options)
    {
        d = d.hint(format!("did you mean `{n}`?"));
    }
    d
}

fn list(items: &[String]) -> String {
    const SHOWN: usize = 12;
    let mut s: Vec<String> = items.iter().take(SHOWN).map(|i| format!("`{i}`")).collect();
    if items.len() > SHOWN {
        s.push(format!("… ({} more)", items.len() - SHOWN));
    }
    s.join(", ")
}

/// The candidate closest to `word`, when it is close enough to be a likely typo.
fn nearest(word: &str, candidates: &[String]) -> Option<String> {
    let lower = word.to_lowercase();
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| *d > 0 && *d <= (c.chars().count() / 3).max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c.clone())
        .or_else(|| {
            // `firmware` for `firmware_version`: a unique prefix or suffix match.
            let hits: Vec<&String> = candidates
                .iter()
                .filter(|c| {
                    c.len() > 3
                        && lower.len() > 3
                        && (c.starts_with(&lower) || lower.starts_with(c.as_str()))
                })
                .collect();
            (hits.len() == 1).then(|| hits[0].clone())
        })
}

fn describe(v: &Value) -> String {
    match v {
        Value::Null => "nothing".into(),
        Value::Bool(b) => format!("`{b}`"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => {
            let short: String = s.chars().take(60).collect();
            if short.len() < s.len() {
                format!("\"{short}…\"")
            } else {
                format!("\"{s}\"")
            }
        }
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "a mapping".into(),
    }
}

fn type_phrase(t: &str) -> String {
    match t {
        "boolean" => "`true` or `false`".into(),
        "integer" => "a whole number".into(),
        "number" => "a number".into(),
        "string" => "text".into(),
        "array" => "a list".into(),
        "object" => "a mapping".into(),
        "null" => "nothing".into(),
        other => other.into(),
    }
}

/// Follow `$ref`s to the schema they name.
fn resolve<'a>(root: &'a Value, mut s: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => match r.strip_prefix('#') {
                Some(ptr) => match root.pointer(ptr) {
                    Some(t) => s = t,
                    None => return s,
                },
                None => return s,
            },
            None => return s,
        }
    }
    s
}

/// The schemas that can describe the instance at `pointer`.
fn schemas_at(pointer: &str) -> Vec<&'static Value> {
    let root = schema();
    let mut current = vec![root];
    for raw in pointer.split('/').skip(1) {
        let seg = raw.replace("~1", "/").replace("~0", "~");
        let mut next = Vec::new();
        for s in current {
            for s in branches(root, s) {
                if let Some(p) = s.get("properties").and_then(|p| p.get(&seg)) {
                    next.push(p);
                } else if let Some(items) = s.get("items")
                    && seg.parse::<usize>().is_ok()
                {
                    next.push(items);
                }
            }
        }
        current = next;
    }
    current
        .into_iter()
        .flat_map(|s| branches(root, s))
        .collect()
}

fn branches(root: &'static Value, s: &'static Value) -> Vec<&'static Value> {
    let s = resolve(root, s);
    let mut out = vec![s];
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(list) = s.get(key).and_then(Value::as_array) {
            for b in list {
                out.extend(branches(root, b));
            }
        }
    }
    out
}

fn allowed_properties(pointer: &str) -> Vec<String> {
    let mut out: Vec<String> = schemas_at(pointer)
        .into_iter()
        .filter_map(|s| s.get("properties").and_then(Value::as_object))
        .flat_map(|m| m.keys().cloned())
        .collect();
    out.dedup();
    out
}

fn const_options(pointer: &str) -> Vec<String> {
    let schemas = schemas_at(pointer);
    let mut out = Vec::new();
    for s in &schemas {
        if let Some(c) = s.get("const").and_then(Value::as_str) {
            out.push(c.to_owned());
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            out.extend(e.iter().filter_map(|v| v.as_str().map(str::to_owned)));
        }
    }
    // Only an enumeration when every alternative is a constant.
    let alternatives = schemas
        .iter()
        .filter(|s| {
            s.get("oneOf").is_none()
                && s.get("anyOf").is_none()
                && s.get("type").and_then(Value::as_str) != Some("null")
        })
        .count();
    if out.len() >= alternatives {
        out
    } else {
        Vec::new()
    }
}

/// Checks the schema cannot express.
fn semantic_diagnostics(decl: &Declaration, doc: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let file = &doc.file;
    if let (Some(release), Some(end)) = (
        decl.product.release_date,
        decl.updates
            .as_ref()
            .and_then(|u| u.support.as_ref())
            .and_then(|s| s.end_date),
    ) && end < release
    {
        let ptr = "/updates/support/end_date";
        out.push(
            Diagnostic::error(
                "declaration/impossible-date",
                file,
                format!(
                    "security support ends on {end}, before the product's release on {release}"
                ),
            )
            .at(doc.position(ptr))
            .path(json_path_from_pointer(ptr))
            .expected(format!("an end date on or after {release}")),
        );
    }
    let mut seen = BTreeSet::new();
    for (i, na) in decl.not_applicable.iter().enumerate() {
        if !seen.insert(na.criterion.clone()) {
            let ptr = format!("/not_applicable/{i}/criterion");
            out.push(
                Diagnostic::error(
                    "declaration/duplicate",
                    file,
                    format!("`{}` is declared not applicable twice", na.criterion),
                )
                .at(doc.position(&ptr))
                .path(json_path_from_pointer(&ptr))
                .expected("each criterion listed once"),
            );
        }
    }
    let mut paths = BTreeSet::new();
    for (i, e) in decl.evidence.iter().enumerate() {
        if !paths.insert(e.path.as_str()) {
            let ptr = format!("/evidence/{i}/path");
            out.push(
                Diagnostic::error(
                    "declaration/duplicate",
                    file,
                    format!("the evidence file `{}` is listed twice", e.path),
                )
                .at(doc.position(&ptr))
                .path(json_path_from_pointer(&ptr))
                .expected("each evidence file listed once"),
            );
        }
    }
    out
}
