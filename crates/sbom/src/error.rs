//! What can go wrong while reading an SBOM, always with the file and the
//! place in it.

use std::fmt;

/// Where in the input a problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    /// A line and column (both 1-based), from a text parser.
    Line { line: u32, column: u32 },
    /// A JSON path into the document, such as `$.components[2].hashes[0]`.
    JsonPath(String),
    /// An XML element, by path (`/bom/components/component[3]`) and position.
    Element {
        path: String,
        line: u32,
        column: u32,
    },
    /// The document as a whole (a required part is missing everywhere).
    Document,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::Line { line, column } => write!(f, "line {line}, column {column}"),
            Location::JsonPath(path) => write!(f, "{path}"),
            Location::Element { path, line, column } => {
                write!(f, "{path} (line {line}, column {column})")
            }
            Location::Document => write!(f, "document"),
        }
    }
}

/// One thing wrong with a well-formed document: where it is and what was
/// expected there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// Why a file could not be read as an SBOM. Every variant names the file.
#[derive(Debug, thiserror::Error)]
pub enum SbomError {
    /// The input is larger than [`crate::MAX_INPUT_BYTES`]; it was not parsed.
    #[error("{file}: {size} bytes is more than the limit of {limit} bytes; not parsed")]
    TooLarge {
        file: String,
        size: usize,
        limit: usize,
    },
    /// The content is none of the formats this crate knows.
    #[error("{file}: not a recognised SBOM: {detail}")]
    UnknownFormat { file: String, detail: String },
    /// A recognised format that this crate deliberately does not read
    /// (SPDX YAML, XML, RDF; SPDX 3).
    #[error("{file}: {format} is not supported: {detail}")]
    UnsupportedFormat {
        file: String,
        format: &'static str,
        detail: String,
    },
    /// A supported format in a version this crate does not read.
    #[error("{file}: {format} version {version:?} is not supported (expected {expected})")]
    UnsupportedVersion {
        file: String,
        format: &'static str,
        version: String,
        expected: &'static str,
    },
    /// Objects, arrays or elements nested deeper than [`crate::MAX_NESTING`].
    #[error("{file}: {location}: nested deeper than {limit} levels")]
    TooDeep {
        file: String,
        location: Location,
        limit: usize,
    },
    /// Not well-formed: the JSON, XML or tag-value syntax is broken
    /// (including truncated input and invalid UTF-8).
    #[error("{file}: {location}: {message}")]
    Malformed {
        file: String,
        location: Location,
        message: String,
    },
    /// Well-formed, but against the specification: every problem found.
    #[error("{file}: {}", ProblemList(problems))]
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl SbomError {
    /// The file name the error is about, as given to [`crate::parse`].
    pub fn file(&self) -> &str {
        match self {
            SbomError::TooLarge { file, .. }
            | SbomError::UnknownFormat { file, .. }
            | SbomError::UnsupportedFormat { file, .. }
            | SbomError::UnsupportedVersion { file, .. }
            | SbomError::TooDeep { file, .. }
            | SbomError::Malformed { file, .. }
            | SbomError::Invalid { file, .. } => file,
        }
    }

    /// The specification problems of an [`SbomError::Invalid`] document
    /// (empty for the other kinds).
    pub fn problems(&self) -> &[Problem] {
        match self {
            SbomError::Invalid { problems, .. } => problems,
            _ => &[],
        }
    }
}

struct ProblemList<'a>(&'a [Problem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            [] => write!(f, "invalid"),
            [one] => write!(f, "{one}"),
            many => {
                write!(f, "{} problems", many.len())?;
                for problem in many {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

/// Collects the problems of one document.
#[derive(Debug, Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

impl Problems {
    pub(crate) fn push(&mut self, location: Location, message: impl Into<String>) {
        self.0.push(Problem {
            location,
            message: message.into(),
        });
    }

    pub(crate) fn into_result<T>(self, file: &str, value: T) -> Result<T, SbomError> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(SbomError::Invalid {
                file: file.to_owned(),
                problems: self.0,
            })
        }
    }
}
