//! parley: who said what, and when, across news reports.
//!
//! `model` is the domain and knows nothing of terminals; `corpus` reads and checks the
//! on-disk format; `search` ranks statements for the quote finder; `cli` is the
//! command line over the same data; `cache` keeps a folder's checked corpus beside it.

pub mod cache;
pub mod cli;
pub mod corpus;
#[cfg(test)]
pub(crate) mod dice;
pub mod files;
pub mod ingest;
pub mod model;
pub mod search;
pub mod text;
pub mod tui;
pub mod web;
