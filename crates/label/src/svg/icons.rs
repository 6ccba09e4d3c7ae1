//! The label's line icons and its emblem, drawn for this project.
//!
//! Every icon lives on a 24 × 24 grid, stroked (round caps and joins) in
//! one colour; a few have small filled parts. [`draw`] scales and places
//! one.

use maud::{Markup, html};

/// The icons the label draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Camera,
    Microphone,
    Location,
    Motion,
    Presence,
    Biometric,
    Health,
    Environmental,
    Contact,
    Light,
    Nfc,
    /// Any other sensor, and the heading of the sensors fact.
    Sensor,
    Update,
    Share,
    Offline,
    Account,
    Wrench,
    Battery,
    Manual,
    Shield,
    Warning,
    Check,
    Cross,
    Dash,
    Pause,
    Clock,
    Info,
}

/// The strokes and the filled parts of an icon, as path data on the
/// 24 × 24 grid.
struct Shape {
    stroke: &'static str,
    fill: &'static str,
}

fn shape(icon: Icon) -> Shape {
    let (stroke, fill) = match icon {
        Icon::Camera => (
            "M3 8.5A1.5 1.5 0 0 1 4.5 7H7.6L9.2 4.8h5.6L16.4 7h3.1A1.5 1.5 0 0 1 21 8.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 17.5zM8.4 12.8a3.6 3.6 0 1 0 7.2 0a3.6 3.6 0 1 0-7.2 0",
            "",
        ),
        Icon::Microphone => (
            "M9 5.8a3 3 0 0 1 6 0v5.4a3 3 0 0 1-6 0zM5.6 11a6.4 6.4 0 0 0 12.8 0M12 17.4V21M8.6 21h6.8",
            "",
        ),
        Icon::Location => (
            "M12 21.3s-6.6-5.9-6.6-11.4a6.6 6.6 0 0 1 13.2 0c0 5.5-6.6 11.4-6.6 11.4zM9.6 9.9a2.4 2.4 0 1 0 4.8 0a2.4 2.4 0 1 0-4.8 0",
            "",
        ),
        Icon::Motion => (
            "M8.8 8.5a5 5 0 0 0 0 7M15.2 8.5a5 5 0 0 1 0 7M5.8 5.6a9 9 0 0 0 0 12.8M18.2 5.6a9 9 0 0 1 0 12.8",
            "M10.1 12a1.9 1.9 0 1 0 3.8 0a1.9 1.9 0 1 0-3.8 0",
        ),
        Icon::Presence => (
            "M9.6 8.2a2.4 2.4 0 1 0 4.8 0a2.4 2.4 0 1 0-4.8 0M8 18.5v-1.3a4 4 0 0 1 8 0v1.3M4.6 7.2a9.5 9.5 0 0 0 0 9.6M19.4 7.2a9.5 9.5 0 0 1 0 9.6",
            "",
        ),
        Icon::Biometric => (
            "M5 16.5V12a7 7 0 0 1 12.6-4.2M19 11.2V14M8.5 19.5V12a3.5 3.5 0 0 1 7 0v4.5M12 12v9M15.5 19.5v.3M18.5 17.5v.2",
            "",
        ),
        Icon::Health => (
            "M12 20s-7.6-4.6-7.6-10.2A4.3 4.3 0 0 1 12 7.1a4.3 4.3 0 0 1 7.6 2.7C19.6 15.4 12 20 12 20zM7.6 12.3h2.5l1.3-2.3 1.9 4.2 1.3-1.9h1.9",
            "",
        ),
        Icon::Environmental => (
            "M10 13.6V5.2a2 2 0 0 1 4 0v8.4a4 4 0 1 1-4 0zM12 9.5v6.5M17 6h2.5M17 9.5h2.5",
            "",
        ),
        Icon::Contact => (
            "M6 21V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v17M3.5 21h17",
            "M13.6 12a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0",
        ),
        Icon::Light => (
            "M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0M12 2.8v2M12 19.2v2M2.8 12h2M19.2 12h2M5.5 5.5l1.4 1.4M17.1 17.1l1.4 1.4M5.5 18.5l1.4-1.4M17.1 6.9l1.4-1.4",
            "",
        ),
        Icon::Nfc => (
            "M6.5 9.2a4 4 0 0 1 0 5.6M10 6.8a7.6 7.6 0 0 1 0 10.4M13.6 4.4a11.2 11.2 0 0 1 0 15.2M17.2 2.8a13.6 13.6 0 0 1 0 18.4",
            "",
        ),
        Icon::Sensor => (
            "M8.5 7.5h7a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1h-7a1 1 0 0 1-1-1v-7a1 1 0 0 1 1-1zM10 4.5v3M14 4.5v3M10 16.5v3M14 16.5v3M4.5 10h3M4.5 14h3M16.5 10h3M16.5 14h3",
            "M10.8 12a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0",
        ),
        Icon::Update => (
            "M19.5 12a7.5 7.5 0 0 1-13.1 5M4.5 12a7.5 7.5 0 0 1 13.1-5M18.2 3.4v3.9h-3.9M5.8 20.6v-3.9h3.9",
            "",
        ),
        Icon::Share => (
            "M15.2 5.5a2.3 2.3 0 1 0 4.6 0a2.3 2.3 0 1 0-4.6 0M4.2 12a2.3 2.3 0 1 0 4.6 0a2.3 2.3 0 1 0-4.6 0M15.2 18.5a2.3 2.3 0 1 0 4.6 0a2.3 2.3 0 1 0-4.6 0M8.6 10.8l6.8-4.1M8.6 13.2l6.8 4.1",
            "",
        ),
        Icon::Offline => (
            "M7.4 18.5h9.8a4 4 0 0 0 .7-7.9A5.6 5.6 0 0 0 7 10.1a4.2 4.2 0 0 0 .4 8.4zM3.5 3.5l17 17",
            "",
        ),
        Icon::Account => (
            "M8.5 7.8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0-7 0M4.8 20.5v-1a5.3 5.3 0 0 1 5.3-5.3h3.8a5.3 5.3 0 0 1 5.3 5.3v1",
            "",
        ),
        Icon::Wrench => (
            "M14.8 3.3a5.2 5.2 0 0 0-4.9 7L3.9 16.3a2 2 0 0 0 2.8 2.8l6-6a5.2 5.2 0 0 0 7-4.9l-3.1 3.1-2.9-.6-.6-2.9z",
            "",
        ),
        Icon::Battery => (
            "M4 7.5h12.5A1.5 1.5 0 0 1 18 9v6a1.5 1.5 0 0 1-1.5 1.5H4A1.5 1.5 0 0 1 2.5 15V9A1.5 1.5 0 0 1 4 7.5zM20.5 10.5v3",
            "M5 10h5.5v4H5z",
        ),
        Icon::Manual => (
            "M3.5 5.5A1.5 1.5 0 0 1 5 4h4a3 3 0 0 1 3 3v13a2.5 2.5 0 0 0-2.5-2.5h-6zM20.5 5.5A1.5 1.5 0 0 0 19 4h-4a3 3 0 0 0-3 3v13a2.5 2.5 0 0 1 2.5-2.5h6z",
            "",
        ),
        Icon::Shield => (
            "M12 2.8l7.6 2.9v5.7c0 4.8-3.2 8.6-7.6 10.1-4.4-1.5-7.6-5.3-7.6-10.1V5.7zM8.5 12.2l2.5 2.5 4.6-4.8",
            "",
        ),
        Icon::Warning => (
            "M12 3.6L21.6 20.2H2.4zM12 9.8v4.8",
            "M10.8 17.3a1.2 1.2 0 1 0 2.4 0a1.2 1.2 0 1 0-2.4 0",
        ),
        Icon::Check => ("M5.5 12.5l4.2 4.2L18.5 7.8", ""),
        Icon::Cross => ("M6.8 6.8l10.4 10.4M17.2 6.8L6.8 17.2", ""),
        Icon::Dash => ("M6.5 12h11", ""),
        Icon::Pause => ("M9.5 7.5v9M14.5 7.5v9", ""),
        Icon::Clock => ("M12 7v5.3l3.4 2", ""),
        Icon::Info => (
            "M12 10.8v6.2",
            "M10.7 7.4a1.3 1.3 0 1 0 2.6 0a1.3 1.3 0 1 0-2.6 0",
        ),
    };
    Shape { stroke, fill }
}

/// Formats a coordinate: at most two decimals, no trailing zeros.
pub fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" || s.is_empty() {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// An icon with its top left corner at (`x`, `y`), `size` wide and high,
/// drawn in `colour` with strokes `weight` grid units wide.
pub fn draw(icon: Icon, x: f32, y: f32, size: f32, colour: &str, weight: f32) -> Markup {
    let s = shape(icon);
    let transform = format!(
        "translate({} {}) scale({})",
        num(x),
        num(y),
        num(size / 24.0)
    );
    html! {
        g transform=(transform) {
            path d=(s.stroke) fill="none" stroke=(colour) stroke-width=(num(weight))
                stroke-linecap="round" stroke-linejoin="round" {}
            @if !s.fill.is_empty() {
                path d=(s.fill) fill=(colour) {}
            }
        }
    }
}

/// The iotmark emblem: a shield holding a signal, on a 100 × 100 grid,
/// `size` wide, in `shield` with the signal cut out in `ground`.
pub fn emblem(x: f32, y: f32, size: f32, shield: &str, ground: &str) -> Markup {
    let transform = format!(
        "translate({} {}) scale({})",
        num(x),
        num(y),
        num(size / 100.0)
    );
    html! {
        g transform=(transform) {
            path d="M50 4L88 17.5V46C88 71 72 88 50 96C28 88 12 71 12 46V17.5Z" fill=(shield) {}
            path d="M36.5 52.5A19 19 0 0 1 63.5 52.5M26.5 42.5A33 33 0 0 1 73.5 42.5"
                fill="none" stroke=(ground) stroke-width="8" stroke-linecap="round" {}
            path d="M43.5 66a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0-13 0" fill=(ground) {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(30.0), "30");
        assert_eq!(num(30.5), "30.5");
        assert_eq!(num(1.0 / 3.0), "0.33");
        assert_eq!(num(-0.001), "0");
    }
}
