//! Verification of Merkle inclusion and consistency proofs (RFC 9162
//! sections 2.1.3.2 and 2.1.4.2).
//!
//! Proofs are lists of hashes ordered from the leaf (or the old tree's
//! rightmost subtree) up to the root, exactly as RFC 6962 `PATH` and `PROOF`
//! produce them ([`crate::tree::MemoryTree`] generates them).
//!
//! The edge cases follow transparency-dev/merkle: inclusion in an empty tree
//! fails; a consistency proof between equal sizes must be empty and the two
//! roots equal; a consistency proof from size 0 must be empty (every tree
//! extends the empty one), and a root claimed for size 0 must be the empty
//! tree's root `SHA-256("")`.
//!
//! Verification allocates nothing and hashes at most twice the proof length.
//!
//! ```
//! use iotmark_tlog::{tree::MemoryTree, proof::{verify_inclusion, verify_consistency}};
//! let mut tree = MemoryTree::new();
//! for i in 0u32..100 { tree.push_entry(&i.to_be_bytes()); }
//! let proof = tree.inclusion_proof(42, 100).unwrap();
//! verify_inclusion(42, 100, &tree.leaf(42).unwrap(), &proof, &tree.root()).unwrap();
//! let proof = tree.consistency_proof(37, 100).unwrap();
//! verify_consistency(37, 100, &tree.root_at(37).unwrap(), &tree.root(), &proof).unwrap();
//! ```

use std::fmt;

use crate::hash::{Hash, empty_root, node_hash, to_hex};

/// Which proof a [`ProofError::WrongLength`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProofContext {
    /// An inclusion proof for leaf `index` in a tree of `size` leaves.
    Inclusion { index: u64, size: u64 },
    /// A consistency proof from tree size `old_size` to `new_size`.
    Consistency { old_size: u64, new_size: u64 },
}

impl ProofContext {
    fn kind(&self) -> &'static str {
        match self {
            ProofContext::Inclusion { .. } => "inclusion",
            ProofContext::Consistency { .. } => "consistency",
        }
    }
}

impl fmt::Display for ProofContext {
    /// The tail of a message: "for index 3 in a tree of 100".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProofContext::Inclusion { index, size } => {
                write!(f, "for index {index} in a tree of {size}")
            }
            ProofContext::Consistency { old_size, new_size } => {
                write!(f, "from tree size {old_size} to {new_size}")
            }
        }
    }
}

/// Why a proof could not be generated or did not verify.
#[derive(Debug, thiserror::Error, PartialEq, Eq, Clone)]
pub enum ProofError {
    /// The leaf index is not below the tree size (this includes every index
    /// of the empty tree).
    #[error("leaf index {index} is out of range for a tree of size {size}")]
    IndexOutOfRange { index: u64, size: u64 },
    /// A tree size beyond the leaves that are available.
    #[error("tree size {size} is out of range: the tree has {available} leaves")]
    SizeOutOfRange { size: u64, available: u64 },
    /// A consistency proof was asked for from a larger to a smaller tree.
    #[error(
        "consistency proof from tree size {old_size} to {new_size}: the old size is larger than the new one"
    )]
    SizesOutOfOrder { old_size: u64, new_size: u64 },
    /// The proof does not have the number of hashes the sizes call for.
    #[error("{} proof has {got} hashes, expected {expected} {context}", .context.kind())]
    WrongLength {
        expected: usize,
        got: usize,
        context: ProofContext,
    },
    /// The root computed from the proof is not the expected root.
    #[error("root mismatch: computed {}, expected {}", to_hex(.computed), to_hex(.expected))]
    RootMismatch { expected: Hash, computed: Hash },
    /// The consistency proof does not lead to the old tree's root.
    #[error(
        "old root mismatch: the consistency proof gives {} for tree size {old_size}, expected {}",
        to_hex(.computed),
        to_hex(.expected)
    )]
    OldRootMismatch {
        old_size: u64,
        expected: Hash,
        computed: Hash,
    },
    /// Two roots claimed for the same tree size differ.
    #[error("two trees of size {size} have different roots: {} and {}", to_hex(.old_root), to_hex(.new_root))]
    DifferentRoots {
        size: u64,
        old_root: Hash,
        new_root: Hash,
    },
    /// A root claimed for the empty tree is not `SHA-256("")`.
    #[error(
        "the empty tree's root is e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 (SHA-256 of nothing), got {}",
        to_hex(.root)
    )]
    NotEmptyRoot { root: Hash },
}

/// The number of bits needed to write `x` (0 for 0).
#[inline]
fn bit_len(x: u64) -> u32 {
    u64::BITS - x.leading_zeros()
}

/// Splits the inclusion proof of leaf `index` in a tree of `size` (`index <
/// size`) into its inner part (the levels below the point where the paths to
/// `index` and `size - 1` meet) and its border part (left siblings along the
/// right border above it). Returns (inner, border).
#[inline]
pub(crate) fn decompose_inclusion(index: u64, size: u64) -> (u32, u32) {
    let inner = bit_len(index ^ (size - 1));
    let border = index.checked_shr(inner).unwrap_or(0).count_ones();
    (inner, border)
}

/// The number of hashes in the inclusion proof of leaf `index` in a tree of
/// `size` leaves, or `None` when `index >= size`.
pub fn inclusion_proof_len(index: u64, size: u64) -> Option<usize> {
    if index >= size {
        return None;
    }
    let (inner, border) = decompose_inclusion(index, size);
    Some((inner + border) as usize)
}

/// The number of hashes in the consistency proof from `old_size` to
/// `new_size`, or `None` when `old_size > new_size`.
pub fn consistency_proof_len(old_size: u64, new_size: u64) -> Option<usize> {
    if old_size > new_size {
        return None;
    }
    if old_size == 0 || old_size == new_size {
        return Some(0);
    }
    let shift = old_size.trailing_zeros();
    let (inner, border) = decompose_inclusion(old_size - 1, new_size);
    let seed = usize::from(!old_size.is_power_of_two());
    Some(seed + (inner - shift + border) as usize)
}

/// Verifies that `leaf` (a leaf hash) is at `index` in the tree of `size`
/// leaves whose root is `root`.
pub fn verify_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
    root: &Hash,
) -> Result<(), ProofError> {
    let computed = root_from_inclusion(index, size, leaf, proof)?;
    if computed != *root {
        return Err(ProofError::RootMismatch {
            expected: *root,
            computed,
        });
    }
    Ok(())
}

/// The root of the tree of `size` leaves implied by an inclusion proof of
/// `leaf` at `index`. Fails only when the proof cannot be applied (index out
/// of range, wrong number of hashes).
pub fn root_from_inclusion(
    index: u64,
    size: u64,
    leaf: &Hash,
    proof: &[Hash],
) -> Result<Hash, ProofError> {
    if index >= size {
        return Err(ProofError::IndexOutOfRange { index, size });
    }
    let (inner, border) = decompose_inclusion(index, size);
    let expected = (inner + border) as usize;
    if proof.len() != expected {
        return Err(ProofError::WrongLength {
            expected,
            got: proof.len(),
            context: ProofContext::Inclusion { index, size },
        });
    }
    let (inner_proof, border_proof) = proof.split_at(inner as usize);
    let hash = chain_inner(*leaf, inner_proof, index);
    Ok(chain_border_right(hash, border_proof))
}

/// Verifies that the tree of `new_size` leaves with root `new_root` extends
/// the tree of `old_size` leaves with root `old_root`.
pub fn verify_consistency(
    old_size: u64,
    new_size: u64,
    old_root: &Hash,
    new_root: &Hash,
    proof: &[Hash],
) -> Result<(), ProofError> {
    let context = ProofContext::Consistency { old_size, new_size };
    let wrong_length = |expected: usize| ProofError::WrongLength {
        expected,
        got: proof.len(),
        context,
    };
    if old_size > new_size {
        return Err(ProofError::SizesOutOfOrder { old_size, new_size });
    }
    if old_size == 0 || old_size == new_size {
        if !proof.is_empty() {
            return Err(wrong_length(0));
        }
        if old_size == 0 && *old_root != empty_root() {
            return Err(ProofError::NotEmptyRoot { root: *old_root });
        }
        if old_size == new_size && old_root != new_root {
            return Err(ProofError::DifferentRoots {
                size: old_size,
                old_root: *old_root,
                new_root: *new_root,
            });
        }
        return Ok(());
    }

    // 0 < old_size < new_size. The proof is the inclusion proof of the old
    // tree's rightmost complete subtree (at level `shift`) in the new tree,
    // preceded by that subtree's hash unless it is the whole old tree.
    let shift = old_size.trailing_zeros();
    let (inner, border) = decompose_inclusion(old_size - 1, new_size);
    let inner = inner - shift; // shift < inner because old_size < new_size
    let seeded = !old_size.is_power_of_two();
    let expected = usize::from(seeded) + (inner + border) as usize;
    if proof.len() != expected {
        return Err(wrong_length(expected));
    }
    let (seed, path) = if seeded {
        (proof[0], &proof[1..])
    } else {
        (*old_root, proof)
    };
    let (inner_proof, border_proof) = path.split_at(inner as usize);
    let mask = (old_size - 1) >> shift;

    let old_computed = chain_border_right(chain_inner_right(seed, inner_proof, mask), border_proof);
    if old_computed != *old_root {
        return Err(ProofError::OldRootMismatch {
            old_size,
            expected: *old_root,
            computed: old_computed,
        });
    }
    let new_computed = chain_border_right(chain_inner(seed, inner_proof, mask), border_proof);
    if new_computed != *new_root {
        return Err(ProofError::RootMismatch {
            expected: *new_root,
            computed: new_computed,
        });
    }
    Ok(())
}

/// Hashes up from `seed` at position `index` of its level through the
/// siblings in `proof` (lowest level first).
#[inline]
fn chain_inner(mut seed: Hash, proof: &[Hash], index: u64) -> Hash {
    for (level, sibling) in proof.iter().enumerate() {
        seed = if (index >> level) & 1 == 0 {
            node_hash(&seed, sibling)
        } else {
            node_hash(sibling, &seed)
        };
    }
    seed
}

/// Like [`chain_inner`] but uses only the siblings to the left of the path:
/// the result is the hash of the earlier, smaller version of the subtree.
#[inline]
fn chain_inner_right(mut seed: Hash, proof: &[Hash], index: u64) -> Hash {
    for (level, sibling) in proof.iter().enumerate() {
        if (index >> level) & 1 == 1 {
            seed = node_hash(sibling, &seed);
        }
    }
    seed
}

/// Hashes up along the right border, where every proof hash is a left
/// sibling.
#[inline]
fn chain_border_right(mut seed: Hash, proof: &[Hash]) -> Hash {
    for sibling in proof {
        seed = node_hash(sibling, &seed);
    }
    seed
}
