//! Offline vulnerability data and matching, to the OSV specification.
//!
//! - [`osv`]: the OSV record types (schema 1.x) and [`osv::Affected::affects`],
//!   the range evaluation (`introduced`, `fixed`, `last_affected`, `limit`,
//!   explicit `versions`; GIT ranges are unresolvable, never guessed).
//! - [`matching`]: [`matching::affects`], the OSV evaluation algorithm with
//!   a third answer, [`matching::Match::Unresolvable`], for what cannot be
//!   decided offline.
//! - [`ecosystem`]: OSV ecosystems and the purl types that map to them.
//! - [`version`]: version ordering per ecosystem.
//! - `store`: the compact on-disk index of OSV, KEV and VEX data (import,
//!   open, query, status).
//!
//! What this crate does not do: no network I/O and no clock; it does not
//! read SBOMs (that is `iotmark-sbom`) and it does not score.

pub mod ecosystem;
pub mod matching;
pub mod osv;
pub mod version;
