//! Typed access to the fields of a JSON object that records a problem, with
//! its JSON path, whenever a field has the wrong type. Shared by the
//! CycloneDX and SPDX JSON readers.

use serde_json::{Map, Value};

use crate::error::{Location, Problems};

pub(crate) type Object = Map<String, Value>;

pub(crate) fn problem(problems: &mut Problems, path: &str, message: impl Into<String>) {
    problems.push(Location::JsonPath(path.to_owned()), message);
}

/// A short description of what was found, for "expected …, found …".
pub(crate) fn describe(value: Option<&Value>) -> String {
    match value {
        None => "nothing".to_owned(),
        Some(Value::Null) => "null".to_owned(),
        Some(Value::Bool(_)) => "a boolean".to_owned(),
        Some(Value::Number(_)) => "a number".to_owned(),
        Some(Value::String(text)) => format!("{text:?}"),
        Some(Value::Array(_)) => "an array".to_owned(),
        Some(Value::Object(_)) => "an object".to_owned(),
    }
}

/// `obj[key]` as a string; a problem if it is there but not a string.
pub(crate) fn string<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
) -> Option<&'v str> {
    match obj.get(key)? {
        Value::String(text) => Some(text),
        other => {
            problem(
                problems,
                &format!("{path}.{key}"),
                format!("expected a string, found {}", describe(Some(other))),
            );
            None
        }
    }
}

/// `obj[key]` as a string that must be there.
pub(crate) fn required<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
    what: &str,
) -> Option<&'v str> {
    if !obj.contains_key(key) {
        problem(problems, path, format!("missing `{key}` ({what})"));
    }
    string(problems, obj, key, path)
}

/// `obj[key]` as an array (empty when absent).
pub(crate) fn array<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
) -> &'v [Value] {
    match obj.get(key) {
        None => &[],
        Some(Value::Array(items)) => items,
        Some(other) => {
            problem(
                problems,
                &format!("{path}.{key}"),
                format!("expected an array, found {}", describe(Some(other))),
            );
            &[]
        }
    }
}

/// `obj[key]` as an object.
pub(crate) fn object<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
) -> Option<&'v Object> {
    match obj.get(key)? {
        Value::Object(inner) => Some(inner),
        other => {
            problem(
                problems,
                &format!("{path}.{key}"),
                format!("expected an object, found {}", describe(Some(other))),
            );
            None
        }
    }
}

/// The objects of the array `obj[key]` with their paths; a problem for each
/// item that is not an object.
pub(crate) fn objects<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
) -> Vec<(String, &'v Object)> {
    let mut found = Vec::new();
    for (index, item) in array(problems, obj, key, path).iter().enumerate() {
        let item_path = format!("{path}.{key}[{index}]");
        match item {
            Value::Object(inner) => found.push((item_path, inner)),
            other => problem(
                problems,
                &item_path,
                format!("expected an object, found {}", describe(Some(other))),
            ),
        }
    }
    found
}

/// The strings of the array `obj[key]` with their paths; a problem for each
/// item that is not a string.
pub(crate) fn strings<'v>(
    problems: &mut Problems,
    obj: &'v Object,
    key: &str,
    path: &str,
) -> Vec<(String, &'v str)> {
    let mut found = Vec::new();
    for (index, item) in array(problems, obj, key, path).iter().enumerate() {
        let item_path = format!("{path}.{key}[{index}]");
        match item {
            Value::String(text) => found.push((item_path, text.as_str())),
            other => problem(
                problems,
                &item_path,
                format!("expected a string, found {}", describe(Some(other))),
            ),
        }
    }
    found
}
