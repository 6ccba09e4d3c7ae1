//! The iotmark registry: products, certificates and their status behind a
//! server-rendered web site, on embedded SQLite or PostgreSQL.
//!
//! - [`store`]: the database ([`store::Db`]): migrations, products and
//!   their labels, full-text search with filters and pages, certificates
//!   and status events.
//! - [`web`]: the axum application ([`web::router`], [`web::serve`]): the
//!   search page, product pages (the label's secondary layer, the
//!   certificate and its history), label downloads and `/healthz`, in five
//!   languages, with strict security headers and no JavaScript.

pub mod assessing;
pub mod auth;
pub mod issue;
pub mod keys;
pub mod ledger;
pub mod store;
pub mod submit;
pub mod web;

pub use store::Db;
