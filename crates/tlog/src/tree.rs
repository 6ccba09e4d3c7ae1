//! The Merkle tree in memory, as arrays of complete-subtree hashes.
//!
//! `levels[k][i]` is the hash of the complete subtree of `2^k` leaves that
//! starts at leaf `i * 2^k`; `levels[0]` holds the leaf hashes. Every
//! complete, aligned subtree is stored — about `2n` hashes for `n` leaves (64
//! bytes per leaf) — so that:
//!
//! - [`MemoryTree::push`] does exactly the node hashes that complete new
//!   subtrees (one on average);
//! - the root of any prefix of the tree, and any inclusion or consistency
//!   proof, reads stored hashes and computes only the nodes on the ragged
//!   right edge (at most one per set bit of the size);
//! - the C2SP tiles are slices of the stored levels ([`crate::tile`]).
//!
//! **Invariant:** `levels[k].len() == size >> k` for every `k`.
//!
//! ```
//! use iotmark_tlog::tree::MemoryTree;
//! let mut tree = MemoryTree::new();
//! for entry in [&b"a"[..], b"b", b"c"] {
//!     tree.push_entry(entry);
//! }
//! assert_eq!(tree.size(), 3);
//! assert_eq!(tree.level(1).len(), 1); // the subtree of leaves 0 and 1
//! assert_eq!(tree.root_at(3).unwrap(), tree.root());
//! ```

use std::fmt;

use crate::hash::{Hash, empty_root, leaf_hash, node_hash, to_hex};
use crate::proof::{ProofError, decompose_inclusion};

/// An append-only RFC 6962 Merkle tree held in memory.
#[derive(Clone, Default)]
pub struct MemoryTree {
    /// `levels[k][i]`: the hash of leaves `[i * 2^k, (i + 1) * 2^k)`.
    levels: Vec<Vec<Hash>>,
}

impl fmt::Debug for MemoryTree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MemoryTree")
            .field("size", &self.size())
            .field("root", &to_hex(&self.root()))
            .finish()
    }
}

/// Trees are equal when they have the same leaves (spare capacity and empty
/// levels left by [`MemoryTree::with_capacity`] do not count).
impl PartialEq for MemoryTree {
    fn eq(&self, other: &Self) -> bool {
        let top = self.levels.len().max(other.levels.len());
        (0..top).all(|k| self.level(k) == other.level(k))
    }
}

impl Eq for MemoryTree {}

impl MemoryTree {
    /// The empty tree.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty tree with room for `leaves` leaf hashes (and their parents)
    /// before it reallocates.
    pub fn with_capacity(leaves: usize) -> Self {
        let mut levels = Vec::new();
        let mut n = leaves;
        while n > 0 {
            levels.push(Vec::with_capacity(n));
            n /= 2;
        }
        Self { levels }
    }

    /// A tree of the given leaf hashes.
    pub fn from_leaves(leaves: impl IntoIterator<Item = Hash>) -> Self {
        let mut tree = Self::new();
        tree.extend(leaves);
        tree
    }

    /// The number of leaves.
    #[inline]
    pub fn size(&self) -> u64 {
        self.levels.first().map_or(0, |leaves| leaves.len() as u64)
    }

    /// Appends a leaf hash and the hashes of the subtrees it completes.
    #[inline]
    pub fn push(&mut self, leaf: Hash) {
        if self.levels.is_empty() {
            self.levels.push(Vec::new());
        }
        let mut hash = leaf;
        let mut k = 0;
        loop {
            let level = &mut self.levels[k];
            level.push(hash);
            let len = level.len();
            if len % 2 == 1 {
                return;
            }
            hash = node_hash(&level[len - 2], &level[len - 1]);
            k += 1;
            if k == self.levels.len() {
                self.levels.push(Vec::new());
            }
        }
    }

    /// Appends an entry: `push(leaf_hash(entry))`.
    #[inline]
    pub fn push_entry(&mut self, entry: &[u8]) {
        self.push(leaf_hash(entry));
    }

    /// The root of the whole tree (`SHA-256("")` when it is empty).
    pub fn root(&self) -> Hash {
        self.range_hash(0, self.size())
    }

    /// The root of the tree of the first `size` leaves.
    pub fn root_at(&self, size: u64) -> Result<Hash, ProofError> {
        self.check_size(size)?;
        Ok(self.range_hash(0, size))
    }

    /// The leaf hash at `index`.
    pub fn leaf(&self, index: u64) -> Option<Hash> {
        let index = usize::try_from(index).ok()?;
        self.levels.first()?.get(index).copied()
    }

    /// The inclusion proof of leaf `index` in the tree of the first `size`
    /// leaves: RFC 9162 section 2.1.3.1 `PATH(index, D[0:size])`, from the
    /// leaf's sibling up to the root's child.
    pub fn inclusion_proof(&self, index: u64, size: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(size)?;
        if index >= size {
            return Err(ProofError::IndexOutOfRange { index, size });
        }
        let (inner, border) = decompose_inclusion(index, size);
        let mut proof = Vec::with_capacity((inner + border) as usize);
        self.path(index, size, 0, &mut proof);
        Ok(proof)
    }

    /// The consistency proof from the tree of the first `old` leaves to the
    /// tree of the first `new`: RFC 9162 section 2.1.4.1 `PROOF(old,
    /// D[0:new])`. Empty when `old` is 0 or equal to `new`.
    pub fn consistency_proof(&self, old: u64, new: u64) -> Result<Vec<Hash>, ProofError> {
        self.check_size(new)?;
        if old > new {
            return Err(ProofError::SizesOutOfOrder {
                old_size: old,
                new_size: new,
            });
        }
        if old == 0 || old == new {
            return Ok(Vec::new());
        }
        // The old tree's rightmost complete subtree is at level `shift`; the
        // proof is its inclusion path in the new tree, preceded by its hash
        // unless it is the whole old tree (which the verifier knows).
        let shift = old.trailing_zeros();
        let (inner, border) = decompose_inclusion(old - 1, new);
        let mut proof = Vec::with_capacity((1 + inner - shift + border) as usize);
        if !old.is_power_of_two() {
            proof.push(self.levels[shift as usize][((old - 1) >> shift) as usize]);
        }
        self.path(old - 1, new, shift, &mut proof);
        Ok(proof)
    }

    /// The stored hashes of level `k`: `level(k)[i]` is the hash of leaves
    /// `[i * 2^k, (i + 1) * 2^k)`. Empty beyond the top level.
    pub fn level(&self, k: usize) -> &[Hash] {
        self.levels.get(k).map_or(&[], Vec::as_slice)
    }

    /// Drops the leaves at `size` and beyond (and every subtree hash that
    /// covers one of them). Does nothing if the tree has at most `size`
    /// leaves.
    pub fn truncate(&mut self, size: u64) {
        if size >= self.size() {
            return;
        }
        for (k, level) in self.levels.iter_mut().enumerate() {
            level.truncate((size >> k) as usize);
        }
        while self.levels.last().is_some_and(Vec::is_empty) {
            self.levels.pop();
        }
    }

    fn check_size(&self, size: u64) -> Result<(), ProofError> {
        let available = self.size();
        if size > available {
            return Err(ProofError::SizeOutOfRange { size, available });
        }
        Ok(())
    }

    /// `MTH(D[start:end])` for a range that is one node of the tree of `end`
    /// leaves: `start` is a multiple of a power of two at least `end -
    /// start` (or 0). Folds the complete subtrees that make up the range,
    /// from the right.
    fn range_hash(&self, start: u64, end: u64) -> Hash {
        let len = end - start;
        if len == 0 {
            return empty_root();
        }
        let mut pos = end;
        let mut acc: Option<Hash> = None;
        let mut bits = len;
        while bits != 0 {
            let k = bits.trailing_zeros();
            bits &= bits - 1;
            pos -= 1 << k;
            let node = &self.levels[k as usize][(pos >> k) as usize];
            acc = Some(match acc {
                None => *node,
                Some(right) => node_hash(node, &right),
            });
        }
        acc.unwrap_or_else(empty_root)
    }

    /// Appends to `out` the inclusion path of the node at level `from`
    /// containing leaf `index`, in the tree of `size` leaves (`index <
    /// size`): the levels `from..` of `PATH(index, D[0:size])`.
    fn path(&self, index: u64, size: u64, from: u32, out: &mut Vec<Hash>) {
        let (inner, _) = decompose_inclusion(index, size);
        for k in from..inner {
            let sibling = (index >> k) ^ 1;
            let start = sibling << k;
            let end = start + (1 << k);
            if end <= size {
                out.push(self.levels[k as usize][sibling as usize]);
            } else {
                // The right sibling on the ragged edge (only at the top
                // inner level): not a complete subtree, so computed.
                out.push(self.range_hash(start, size));
            }
        }
        let mut k = inner;
        let mut node = index.checked_shr(inner).unwrap_or(0);
        while node != 0 {
            if node & 1 == 1 {
                out.push(self.levels[k as usize][(node - 1) as usize]);
            }
            node >>= 1;
            k += 1;
        }
    }
}

impl Extend<Hash> for MemoryTree {
    fn extend<I: IntoIterator<Item = Hash>>(&mut self, leaves: I) {
        for leaf in leaves {
            self.push(leaf);
        }
    }
}
