//! The interactive browser: ratatui panes over the model.
//!
//! `app` holds the state and applies actions; `action` is the key table; `views` draw
//! the state; `term` owns the terminal and the event loop.

pub mod action;
pub mod align;
pub mod app;
pub mod browse;
pub mod compare;
pub mod finder;
pub mod layout;
pub mod style;
pub mod term;
pub mod views;
pub mod wrap;

use std::io;

pub use app::App;

use crate::model::Corpus;

/// Opens the browser on `corpus` until the user quits; the terminal is restored on
/// return, on error and on panic.
pub fn run(corpus: Corpus, mouse: bool) -> io::Result<()> {
    let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::threaded(corpus, width, height);
    app.theme.color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let _guard = term::Guard::new(mouse)?;
    term::run_loop(&mut app)
}
