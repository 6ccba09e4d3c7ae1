//! RFC 6962 / RFC 9162 (section 2.1.1) Merkle tree hashing with SHA-256.
//!
//! Leaves and interior nodes are domain-separated by a one-byte prefix, so a
//! leaf can never be confused with a node:
//!
//! ```text
//! MTH({})       = SHA-256()
//! leaf hash     = SHA-256(0x00 || entry)
//! node hash     = SHA-256(0x01 || left || right)
//! ```
//!
//! ```
//! use iotmark_tlog::hash::{empty_root, leaf_hash, node_hash, to_hex};
//! // The empty tree and the first RFC 6962 test leaf (the empty entry).
//! assert_eq!(to_hex(&empty_root()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
//! assert_eq!(to_hex(&leaf_hash(b"")), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
//! let two = node_hash(&leaf_hash(b""), &leaf_hash(&[0x00]));
//! assert_eq!(to_hex(&two), "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
//! ```

use sha2::{Digest, Sha256};

/// A SHA-256 Merkle tree hash.
pub type Hash = [u8; 32];

/// The length of a [`Hash`](type@Hash) in bytes.
pub const HASH_SIZE: usize = 32;

/// The leaf hash of an entry: `SHA-256(0x00 || entry)`.
#[inline]
pub fn leaf_hash(entry: &[u8]) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x00]);
    hasher.update(entry);
    hasher.finalize().into()
}

/// The hash of an interior node: `SHA-256(0x01 || left || right)`.
#[inline]
pub fn node_hash(left: &Hash, right: &Hash) -> Hash {
    let mut hasher = Sha256::new();
    hasher.update([0x01]);
    hasher.update(left);
    hasher.update(right);
    hasher.finalize().into()
}

/// The root of the empty tree: `SHA-256("")`.
pub fn empty_root() -> Hash {
    Sha256::digest([]).into()
}

/// Lowercase hexadecimal, for messages and logs.
pub fn to_hex(hash: &Hash) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(2 * HASH_SIZE);
    for byte in hash {
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 0x0f)]));
    }
    out
}
