//! PNG and PDF from the label's SVG, with `resvg` (PNG) and `svg2pdf`
//! (PDF); both parse the SVG with the same `usvg`, which turns text into
//! glyphs from the fonts in a [`Fonts`].
//!
//! The library never looks for fonts by itself: the caller builds a
//! [`Fonts`] once ([`Fonts::system`] in the CLI, [`Fonts::from_dirs`] in
//! tests or a server with fonts of its own) and hands it to every render.
//! Building one takes about 50 ms and keeps the label's own families in
//! memory (about 45 MB with Noto Sans CJK); a render then takes 15 to 25 ms
//! for a PNG at 300 dpi and 6 ms for a PDF in Latin script. A PDF with
//! Japanese text takes about 40 ms: svg2pdf copies each font file it
//! embeds from, and Noto Sans CJK comes as 20 MB collections.
//!
//! The fonts the label is drawn with: Noto Sans and Noto Sans CJK JP
//! (Debian `fonts-noto-core`, `fonts-noto-cjk`), with DejaVu Sans, Noto
//! Sans Arabic and Hebrew and any other installed font as fallbacks.

use std::path::Path;
use std::sync::Arc;

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

/// The families the label asks for first, then scripts its model text may
/// be in: when a character is missing from the font in use, the first of
/// these that has it draws it.
const FALLBACK: &[&str] = &[
    "Noto Sans",
    "DejaVu Sans",
    "Noto Sans CJK JP",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
    "Noto Sans Symbols",
    "Noto Sans Symbols 2",
    "Noto Color Emoji",
    "Noto Emoji",
];

/// A font database, loaded once and shared by every render.
#[derive(Clone, Debug)]
pub struct Fonts {
    db: Arc<fontdb::Database>,
}

impl Fonts {
    /// The fonts installed on this system (fontconfig's directories and the
    /// usual font folders).
    pub fn system() -> Fonts {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        Fonts::finish(db)
    }

    /// The fonts in these directories (searched recursively).
    pub fn from_dirs<P: AsRef<Path>>(dirs: &[P]) -> Fonts {
        let mut db = fontdb::Database::new();
        for d in dirs {
            db.load_fonts_dir(d);
        }
        Fonts::finish(db)
    }

    /// No fonts at all: text is not drawn.
    pub fn empty() -> Fonts {
        Fonts::finish(fontdb::Database::new())
    }

    fn finish(mut db: fontdb::Database) -> Fonts {
        keep_in_memory(&mut db);
        for family in ["Noto Sans", "DejaVu Sans"] {
            if has_family(&db, family) {
                db.set_sans_serif_family(family);
                break;
            }
        }
        Fonts { db: Arc::new(db) }
    }

    /// Whether a font of this family is loaded.
    pub fn has(&self, family: &str) -> bool {
        has_family(&self.db, family)
    }

    /// How many font faces are loaded.
    pub fn len(&self) -> usize {
        self.db.len()
    }

    /// Whether no font is loaded.
    pub fn is_empty(&self) -> bool {
        self.db.is_empty()
    }

    fn options(&self) -> usvg::Options<'static> {
        let mut options = usvg::Options {
            fontdb: self.db.clone(),
            ..usvg::Options::default()
        };
        options.font_resolver.select_fallback = Box::new(fallback);
        options
    }
}

/// Reads the files of the families in [`FALLBACK`] into memory. fontdb
/// otherwise maps a font file anew each time a glyph is read from it,
/// which made a label take ten times as long to render; the others stay
/// on disk (mapped when used). Costs the size of those files in memory
/// (about 45 MB with Noto Sans CJK).
fn keep_in_memory(db: &mut fontdb::Database) {
    let mut paths: Vec<std::path::PathBuf> = db
        .faces()
        .filter(|f| {
            f.families
                .iter()
                .any(|(name, _)| FALLBACK.contains(&name.as_str()))
        })
        .filter_map(|f| match &f.source {
            fontdb::Source::File(path) => Some(path.clone()),
            _ => None,
        })
        .collect();
    paths.sort();
    paths.dedup();
    for path in paths {
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let on_disk: Vec<fontdb::ID> = db
            .faces()
            .filter(|f| matches!(&f.source, fontdb::Source::File(p) if *p == path))
            .map(|f| f.id)
            .collect();
        for id in on_disk {
            db.remove_face(id);
        }
        db.load_font_data(bytes);
    }
}

fn has_family(db: &fontdb::Database, family: &str) -> bool {
    db.faces()
        .any(|f| f.families.iter().any(|(name, _)| name == family))
}

/// Picks the font for a character the current font lacks: the first family
/// of [`FALLBACK`] that has it, in the weight nearest the text's, else any
/// font that has it.
fn fallback(c: char, used: &[fontdb::ID], db: &mut Arc<fontdb::Database>) -> Option<fontdb::ID> {
    let base = used.first().and_then(|id| db.face(*id));
    let weight = base.map_or(400, |f| f.weight.0);
    let style = base.map_or(fontdb::Style::Normal, |f| f.style);
    for family in FALLBACK {
        let query = fontdb::Query {
            families: &[fontdb::Family::Name(family)],
            weight: fontdb::Weight(weight),
            stretch: fontdb::Stretch::Normal,
            style,
        };
        if let Some(id) = db.query(&query)
            && !used.contains(&id)
            && has_char(db, id, c)
        {
            return Some(id);
        }
    }
    db.faces()
        .filter(|f| !used.contains(&f.id) && f.style == style)
        .find(|f| has_char(db, f.id, c))
        .map(|f| f.id)
}

/// Whether the face has a glyph for `c`.
fn has_char(db: &fontdb::Database, id: fontdb::ID, c: char) -> bool {
    db.with_face_data(id, |data, index| {
        ttf_parser::Face::parse(data, index)
            .ok()
            .and_then(|f| f.glyph_index(c))
            .is_some()
    })
    .unwrap_or(false)
}

/// Why a label could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("the label's SVG does not parse: {0}")]
    Svg(#[from] usvg::Error),
    #[error("cannot render the label at {dpi} dpi: the image would be {width} × {height} pixels")]
    Size { dpi: f32, width: u32, height: u32 },
    #[error("cannot encode the PNG: {0}")]
    Png(String),
    #[error("cannot convert the label to PDF: {0}")]
    Pdf(String),
}

/// The largest image side rendered, in pixels.
const MAX_SIDE: u32 = 20_000;

/// Parses the SVG once, with its text turned into glyphs.
fn tree(svg: &str, fonts: &Fonts) -> Result<usvg::Tree, RenderError> {
    Ok(usvg::Tree::from_str(svg, &fonts.options())?)
}

/// The label as a PNG at `dpi` dots per inch (the SVG's size is in mm for
/// the primary layer and in CSS pixels, 96 per inch, for the compact one).
/// The PNG records its resolution, so it prints at the right size.
pub fn png(svg: &str, dpi: f32, fonts: &Fonts) -> Result<Vec<u8>, RenderError> {
    let pixmap = pixmap(svg, dpi, fonts)?;
    encode_png(&pixmap, dpi)
}

/// The label rendered at `dpi` as a pixel map (premultiplied RGBA).
pub fn pixmap(svg: &str, dpi: f32, fonts: &Fonts) -> Result<Pixmap, RenderError> {
    let tree = tree(svg, fonts)?;
    let scale = dpi / 96.0;
    let size = tree.size();
    let (w, h) = (size.width() * scale, size.height() * scale);
    let too_big = RenderError::Size {
        dpi,
        width: w as u32,
        height: h as u32,
    };
    if !(w.is_finite() && h.is_finite() && w >= 1.0 && h >= 1.0) {
        return Err(too_big);
    }
    let (width, height) = (w.round() as u32, h.round() as u32);
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(too_big);
    }
    let mut pixmap = Pixmap::new(width, height).ok_or(too_big)?;
    let transform =
        Transform::from_scale(width as f32 / size.width(), height as f32 / size.height());
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

/// PNG bytes of a pixel map, with its resolution (`pHYs`) recorded.
fn encode_png(pixmap: &Pixmap, dpi: f32) -> Result<Vec<u8>, RenderError> {
    let png = pixmap
        .encode_png()
        .map_err(|e| RenderError::Png(e.to_string()))?;
    Ok(with_resolution(png, dpi))
}

/// Inserts a `pHYs` chunk (pixels per metre) after the PNG's `IHDR`.
fn with_resolution(png: Vec<u8>, dpi: f32) -> Vec<u8> {
    // Signature (8) + IHDR: length (4), type (4), data (13), CRC (4).
    const AFTER_IHDR: usize = 8 + 4 + 4 + 13 + 4;
    if png.len() < AFTER_IHDR || &png[12..16] != b"IHDR" {
        return png;
    }
    let ppm = (dpi / 0.0254).round() as u32;
    let mut chunk = Vec::with_capacity(21);
    chunk.extend_from_slice(&9u32.to_be_bytes());
    chunk.extend_from_slice(b"pHYs");
    chunk.extend_from_slice(&ppm.to_be_bytes());
    chunk.extend_from_slice(&ppm.to_be_bytes());
    chunk.push(1); // unit: metre
    let crc = crc32(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..AFTER_IHDR]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[AFTER_IHDR..]);
    out
}

/// CRC-32 as PNG chunks use it (ISO 3309, reflected, 0xEDB88320).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffff_u32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xedb8_8320 & mask);
        }
    }
    !crc
}

/// The label as a one-page PDF of the SVG's size, its text embedded as
/// text (selectable, searchable) with subsetted fonts.
pub fn pdf(svg: &str, fonts: &Fonts) -> Result<Vec<u8>, RenderError> {
    let tree = tree(svg, fonts)?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        // usvg sizes are CSS pixels, 96 per inch.
        svg2pdf::PageOptions { dpi: 96.0 },
    )
    .map_err(|e| RenderError::Pdf(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_png_specification() {
        // The CRC of an IEND chunk's type, as every PNG ends with.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn a_tiny_svg_renders_without_fonts() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="20mm" viewBox="0 0 10 20"><rect width="10" height="20" fill="black"/></svg>"#;
        let fonts = Fonts::empty();
        let p = pixmap(svg, 254.0, &fonts).expect("renders");
        assert_eq!((p.width(), p.height()), (100, 200));
        let bytes = png(svg, 254.0, &fonts).expect("png");
        assert!(bytes.starts_with(b"\x89PNG"));
        assert!(bytes.windows(4).any(|w| w == b"pHYs"));
        assert!(Pixmap::decode_png(&bytes).is_ok());
        let pdf = pdf(svg, &fonts).expect("pdf");
        assert!(pdf.starts_with(b"%PDF"));
        assert!(matches!(
            png(svg, 1e9, &fonts),
            Err(RenderError::Size { .. })
        ));
    }
}
