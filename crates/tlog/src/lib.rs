//! An append-only transparency log for iotmark certificates.
//!
//! RFC 6962 / RFC 9162 Merkle hashing ([`hash`], [`tree`], [`proof`]),
//! C2SP signed notes ([`note`]), checkpoints ([`checkpoint`]) and tiles
//! ([`tile`]); storage behind a trait ([`store`]) with a directory of
//! files as the standalone implementation ([`file`](mod@file)); sequencing with group
//! commit ([`log`]); and a whole-log audit ([`audit`]). Entries are bytes:
//! what they mean is the certificate layer's business.

pub mod audit;
pub mod checkpoint;
pub mod file;
pub mod hash;
pub mod log;
pub mod note;
pub mod proof;
pub mod store;
pub mod tile;
pub mod tree;
