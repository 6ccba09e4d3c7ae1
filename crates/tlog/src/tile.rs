//! C2SP tiled transparency logs (<https://c2sp.org/tlog-tiles>): the Merkle
//! tree and the entries as static files.
//!
//! A tile at level `L` holds up to 256 consecutive hashes of tree level
//! `8 * L` ([`MemoryTree::level`]): tile `N` at level `L` holds the hashes of
//! the subtrees of `256^L` leaves numbered `N * 256 .. N * 256 + W`. A full
//! tile is 256 hashes (8,192 bytes); the rightmost tiles of a tree are
//! partial, `W` < 256, and are named with a `.p/<W>` suffix:
//!
//! ```text
//! tile/<L>/<N>[.p/<W>]          Merkle tree hashes
//! tile/entries/<N>[.p/<W>]      entry bundles: each entry as a big-endian u16 length and its bytes
//! ```
//!
//! `N` is written in groups of three digits, all but the last with an `x`
//! prefix: 1234067 is `x001/x234/067`.
//!
//! ```
//! use iotmark_tlog::tile::{tile_path, entries_path, tiles_for, parse_tile_path, Kind};
//! assert_eq!(tile_path(0, 1234067, 256), "tile/0/x001/x234/067");
//! assert_eq!(tile_path(1, 0, 13), "tile/1/000.p/13");
//! assert_eq!(entries_path(1000, 7), "tile/entries/x001/000.p/7");
//! assert_eq!(parse_tile_path("tile/1/000.p/13"), Some((Kind::Hashes, 1, 0, 13)));
//! // A tree of 256 leaves: one full level-0 tile, one partial level-1 tile.
//! assert_eq!(tiles_for(256), vec![(0, 0, 256), (1, 0, 1)]);
//! ```

use crate::hash::HASH_SIZE;
use crate::tree::MemoryTree;

/// The height of a tile: tile level `L` is tree level `8 * L`.
pub const TILE_HEIGHT: u32 = 8;
/// The number of hashes in a full tile (and entries in a full bundle).
pub const TILE_WIDTH: u64 = 256;
/// The largest tile level the spec allows.
pub const MAX_TILE_LEVEL: u8 = 63;
/// The largest entry an entry bundle can hold (its length is a u16).
pub const MAX_ENTRY_SIZE: usize = u16::MAX as usize;

/// What a tile path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// `tile/<L>/<N>[.p/<W>]`: Merkle tree hashes at tile level `L`.
    Hashes,
    /// `tile/entries/<N>[.p/<W>]`: an entry bundle (its level is 0).
    Entries,
}

/// An entry bundle that cannot be written or read.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// An entry longer than [`MAX_ENTRY_SIZE`].
    #[error("entry {index} has {len} bytes; an entry bundle holds entries of at most 65535 bytes")]
    EntryTooLarge { index: usize, len: usize },
    /// A bundle that ends inside a length prefix or an entry.
    #[error("entry bundle is truncated at byte {offset}: entry {index} {what}")]
    Truncated {
        offset: usize,
        index: usize,
        what: String,
    },
}

/// The path of the Merkle tree tile `index` at tile level `level` with
/// `width` hashes (1 to 256; 256 or more is a full tile, without the `.p/`
/// suffix).
pub fn tile_path(level: u8, index: u64, width: u64) -> String {
    let mut path = format!("tile/{level}/");
    push_tile_name(&mut path, index, width);
    path
}

/// The path of entry bundle `index` holding `width` entries (1 to 256).
pub fn entries_path(index: u64, width: u64) -> String {
    let mut path = String::from("tile/entries/");
    push_tile_name(&mut path, index, width);
    path
}

/// Appends `<N>[.p/<W>]`.
fn push_tile_name(path: &mut String, index: u64, width: u64) {
    let mut groups = [0u64; 7]; // u64::MAX has 20 digits: 7 groups
    let mut count = 0;
    let mut n = index;
    loop {
        groups[count] = n % 1000;
        count += 1;
        n /= 1000;
        if n == 0 {
            break;
        }
    }
    for (i, group) in groups[..count].iter().rev().enumerate() {
        if i + 1 < count {
            path.push_str(&format!("x{group:03}/"));
        } else {
            path.push_str(&format!("{group:03}"));
        }
    }
    if width < TILE_WIDTH {
        path.push_str(&format!(".p/{width}"));
    }
}

/// Every tile of a tree of `size` leaves, as `(level, index, width)`: for
/// each level the full tiles and, if the level's hash count is not a multiple
/// of 256, the partial tile after them. Empty tiles are not listed.
pub fn tiles_for(size: u64) -> Vec<(u8, u64, u64)> {
    tiles_between(0, size)
}

/// The tiles of a tree of `new_size` leaves that a tree of `old_size`
/// leaves does not have — new tiles, and partial tiles that grew: what a log
/// writes when it grows from `old_size` to `new_size`. Empty unless
/// `old_size < new_size`.
pub fn tiles_between(old_size: u64, new_size: u64) -> Vec<(u8, u64, u64)> {
    let mut tiles = Vec::new();
    if old_size >= new_size {
        return tiles;
    }
    for level in 0..=MAX_TILE_LEVEL {
        let shift = TILE_HEIGHT * u32::from(level);
        let hashes = new_size.checked_shr(shift).unwrap_or(0);
        if hashes == 0 {
            break;
        }
        let old_hashes = old_size.checked_shr(shift).unwrap_or(0);
        // The first tile that changed: the one holding the old tree's first
        // missing hash at this level.
        let first = old_hashes / TILE_WIDTH;
        let full = hashes / TILE_WIDTH;
        for index in first..full {
            tiles.push((level, index, TILE_WIDTH));
        }
        let partial = hashes % TILE_WIDTH;
        if partial != 0 && hashes != old_hashes {
            tiles.push((level, full, partial));
        }
    }
    tiles
}

/// The entry bundles of a tree of `size` leaves, as `(index, width)`.
pub fn bundles_for(size: u64) -> Vec<(u64, u64)> {
    tiles_between(0, size)
        .into_iter()
        .filter(|&(level, _, _)| level == 0)
        .map(|(_, index, width)| (index, width))
        .collect()
}

/// The bytes of tile `index` at tile level `level` with `width` hashes: the
/// concatenated hashes `[index * 256, index * 256 + width)` of tree level
/// `8 * level`. Only hashes the tree has are included, so pass tiles of
/// [`tiles_for`]`(tree.size())` (or of a smaller size).
pub fn tile_data(tree: &MemoryTree, level: u8, index: u64, width: u64) -> Vec<u8> {
    let hashes = tree.level(TILE_HEIGHT as usize * usize::from(level));
    let start = index.saturating_mul(TILE_WIDTH).min(hashes.len() as u64);
    let end = start
        .saturating_add(width.min(TILE_WIDTH))
        .min(hashes.len() as u64);
    let slice = &hashes[start as usize..end as usize];
    let mut data = Vec::with_capacity(slice.len() * HASH_SIZE);
    for hash in slice {
        data.extend_from_slice(hash);
    }
    data
}

/// An entry bundle: each entry as its big-endian u16 length and its bytes.
///
/// # Panics
///
/// If an entry is longer than 65535 bytes; the log rejects such entries
/// before they are sequenced. [`try_entry_bundle`] returns an error instead.
pub fn entry_bundle(entries: &[&[u8]]) -> Vec<u8> {
    match try_entry_bundle(entries) {
        Ok(bundle) => bundle,
        Err(e) => panic!("{e}"),
    }
}

/// An entry bundle, or an error if an entry is too large for one.
pub fn try_entry_bundle(entries: &[&[u8]]) -> Result<Vec<u8>, BundleError> {
    let total: usize = entries.iter().map(|e| 2 + e.len()).sum();
    let mut bundle = Vec::with_capacity(total);
    for (index, entry) in entries.iter().enumerate() {
        let len = u16::try_from(entry.len()).map_err(|_| BundleError::EntryTooLarge {
            index,
            len: entry.len(),
        })?;
        bundle.extend_from_slice(&len.to_be_bytes());
        bundle.extend_from_slice(entry);
    }
    Ok(bundle)
}

/// Splits an entry bundle into its entries (never panics).
pub fn parse_entry_bundle(bundle: &[u8]) -> Result<Vec<&[u8]>, BundleError> {
    let mut entries = Vec::new();
    let mut offset = 0;
    while offset < bundle.len() {
        let index = entries.len();
        let Some(prefix) = bundle.get(offset..offset + 2) else {
            return Err(BundleError::Truncated {
                offset,
                index,
                what: "has a 1-byte length prefix".to_owned(),
            });
        };
        let len = usize::from(u16::from_be_bytes([prefix[0], prefix[1]]));
        let start = offset + 2;
        let Some(entry) = bundle.get(start..start + len) else {
            return Err(BundleError::Truncated {
                offset,
                index,
                what: format!("declares {len} bytes but {} remain", bundle.len() - start),
            });
        };
        entries.push(entry);
        offset = start + len;
    }
    Ok(entries)
}

/// Reads a tile path (`tile/<L>/<N>[.p/<W>]` or `tile/entries/<N>[.p/<W>]`)
/// as `(kind, level, index, width)`; `width` is 256 for a full tile and
/// `level` is 0 for entries. Only the canonical spelling is accepted (what
/// [`tile_path`] and [`entries_path`] write); anything else is `None`.
pub fn parse_tile_path(path: &str) -> Option<(Kind, u8, u64, u64)> {
    let rest = path.strip_prefix("tile/")?;
    let (kind, level, rest) = if let Some(rest) = rest.strip_prefix("entries/") {
        (Kind::Entries, 0, rest)
    } else {
        let (level, rest) = rest.split_once('/')?;
        let level: u8 = parse_decimal(level)?.try_into().ok()?;
        if level > MAX_TILE_LEVEL {
            return None;
        }
        (Kind::Hashes, level, rest)
    };
    let (name, width) = match rest.split_once(".p/") {
        Some((name, width)) => {
            let width = parse_decimal(width)?;
            if !(1..TILE_WIDTH).contains(&width) {
                return None;
            }
            (name, width)
        }
        None => (rest, TILE_WIDTH),
    };
    let mut index: u64 = 0;
    let groups: Vec<&str> = name.split('/').collect();
    for (i, group) in groups.iter().enumerate() {
        let digits = if i + 1 < groups.len() {
            group.strip_prefix('x')?
        } else {
            group
        };
        if digits.len() != 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let value: u64 = digits.parse().ok()?;
        index = index.checked_mul(1000)?.checked_add(value)?;
    }
    // Reject non-canonical spellings such as `x000/001`.
    let canonical = match kind {
        Kind::Hashes => tile_path(level, index, width),
        Kind::Entries => entries_path(index, width),
    };
    (canonical == path).then_some((kind, level, index, width))
}

/// A decimal number without sign or leading zeros.
fn parse_decimal(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || (s.len() > 1 && s.starts_with('0'))
    {
        return None;
    }
    s.parse().ok()
}
