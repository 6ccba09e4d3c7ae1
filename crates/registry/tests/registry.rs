//! The registry's integration tests (one binary): the store's contract and
//! the web site through HTTP, each on SQLite and on PostgreSQL.

#[path = "registry/common.rs"]
mod common;
#[path = "registry/store.rs"]
mod store;
#[path = "registry/web.rs"]
mod web;
