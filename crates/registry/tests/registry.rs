//! The registry's integration tests (one binary): the store's contract and
//! the web site through HTTP, each on SQLite and on PostgreSQL.

#[path = "registry/api.rs"]
mod api;
#[path = "registry/common.rs"]
mod common;
#[path = "registry/fixtures.rs"]
mod fixtures;
#[path = "registry/public.rs"]
mod public;
#[path = "registry/store.rs"]
mod store;
#[path = "registry/web.rs"]
mod web;
#[path = "registry/workflow.rs"]
mod workflow;
