//! Web pages in: an article page (saved, or downloaded by `parley fetch`) read as a
//! report. `page` and `json_ld` are pure; `fetch` is the HTTP client.

pub mod fetch;
mod json_ld;
pub mod page;

pub use page::{is_html, Page, PageError};
