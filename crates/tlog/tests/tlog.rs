//! The transparency log through its public API: known-answer vectors,
//! properties, signed notes, tiles, durability and crashes.

#[path = "tlog/core.rs"]
mod core;
#[path = "tlog/durable.rs"]
mod durable;
