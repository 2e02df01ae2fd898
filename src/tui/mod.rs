//! The interactive browser: ratatui panes over the model.
//!
//! `app` holds the state and applies actions; `action` is the key table; `views` draw
//! the state; `term` owns the terminal and the event loop.

pub mod action;
pub mod app;
pub mod browse;
pub mod chooser;
pub mod compare;
pub mod config;
pub mod finder;
pub mod keymap;
pub mod layout;
pub mod line;
pub mod lists;
pub mod panes;
mod popups;
pub mod prompt;
pub mod reload;
mod replace;
pub mod share;
pub mod style;
pub mod term;
pub mod text_search;
pub mod views;
pub mod wrap;

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;

pub use app::App;

use crate::cache::Unsaved;
use crate::corpus::{Loaded, Problem};

/// Opens the browser on what was loaded, with the user's keys and colours, until the
/// user quits; `notice` is shown in the status line first. The terminal is restored on
/// return, on error and on panic. A cache to write is written on a thread of its own
/// meanwhile, and waited for before returning, so that it is never left half written.
/// Returns the problems that are news to the user (found by reading the reports, and
/// not looked at in the browser), to print once the screen is back.
pub fn run(
    loaded: Loaded,
    unsaved: Option<Unsaved>,
    reload: Option<reload::Reloader>,
    config: config::Config,
    notice: Option<String>,
    mouse: bool,
) -> io::Result<Vec<Problem>> {
    let (width, height) = crossterm::terminal::size().unwrap_or((80, 24));
    let mut app = App::threaded(loaded.corpus, width, height);
    app.set_problems(loaded.problems, !loaded.cached);
    app.reload = reload;
    app.theme.color = !crate::text::no_color();
    app.theme.colors = config.colors;
    app.keymap = config.keymap;
    app.message = notice;
    let saving = unsaved.map(|unsaved| {
        let corpus = Arc::clone(&app.corpus);
        std::thread::spawn(move || unsaved.save(&corpus))
    });
    // Before the terminal is taken, so that no signal can leave it raw.
    let signals = term::Signals::watch()?;
    let browsed = {
        let _guard = term::Guard::new(mouse)?;
        term::run_loop(&mut app, &signals)
    };
    signals.terminal_restored();
    if let Some(saving) = saving {
        // Quitting right after opening a large folder that changed: say why the prompt
        // is not back yet, and wipe the line once it is. The terminal may be gone (a
        // hangup): what cannot be written is let go.
        let waiting = !saving.is_finished() && io::stderr().is_terminal();
        if waiting {
            let _ = write!(io::stderr(), "parley: saving the corpus cache…");
        }
        let _ = saving.join();
        if waiting {
            let _ = write!(io::stderr(), "\r\x1b[2K");
        }
    }
    if let Some(reload) = app.reload.take() {
        reload.finish();
    }
    // Ended by a signal: restored and saved as on quitting, then killed by it.
    signals.act();
    browsed?;
    Ok(app.news)
}
