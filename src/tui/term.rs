//! The terminal: raw mode, alternate screen and mouse capture, restored by a guard on
//! drop and by a panic hook before the panic message prints; and the event loop, which
//! stops once a panic on any thread has given the terminal back.

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use super::action::Action;
use super::app::App;
use super::share;

/// Set by the panic hook: the terminal has been given back, so nothing may draw again.
static RESTORED_BY_PANIC: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back: what both the guard and the panic hook do.
fn restore(mouse: bool) {
    let _ = terminal::disable_raw_mode();
    leave_screen(&mut io::stdout(), mouse);
}

/// Writes what ends mouse capture, leaves the alternate screen and shows the cursor.
fn leave_screen(out: &mut impl Write, mouse: bool) {
    if mouse {
        let _ = execute!(out, DisableMouseCapture);
    }
    let _ = execute!(out, LeaveAlternateScreen, crossterm::cursor::Show);
}

/// While alive, the terminal is in raw mode on the alternate screen.
pub struct Guard {
    mouse: bool,
}

impl Guard {
    pub fn new(mouse: bool) -> io::Result<Self> {
        install_panic_hook(mouse);
        terminal::enable_raw_mode()?;
        let guard = Guard { mouse };
        let mut out = io::stdout();
        execute!(out, EnterAlternateScreen)?;
        if mouse {
            execute!(out, EnableMouseCapture)?;
        }
        Ok(guard)
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

fn install_panic_hook(mouse: bool) {
    chain_panic_hook(move || restore(mouse));
}

/// Runs `restore` ahead of the hook already in place (the one that prints the
/// message), so the message lands on the user's screen rather than on the alternate
/// screen that is about to vanish. A panic on a background thread (the finder's worker)
/// restores the terminal too, and the event loop then stops instead of drawing on it.
fn chain_panic_hook(restore: impl Fn() + Send + Sync + 'static) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        RESTORED_BY_PANIC.store(true, Ordering::SeqCst);
        restore();
        previous(info);
    }));
}

/// An error once a panic has given the terminal back: drawing again would scribble raw
/// frames over the user's shell.
fn still_ours() -> io::Result<()> {
    if RESTORED_BY_PANIC.load(Ordering::SeqCst) {
        return Err(io::Error::other(
            "stopped after an internal error (its message is above)",
        ));
    }
    Ok(())
}

/// Draws and handles events until the user quits.
pub fn run_loop(app: &mut App) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit {
        still_ours()?;
        if dirty {
            draw(&mut terminal, app)?;
            dirty = false;
        }
        let wait = if app.busy() { 20 } else { 250 };
        if event::poll(Duration::from_millis(wait))? {
            // Take every queued event before drawing again, so a burst of keys does
            // not draw once per key.
            loop {
                dirty |= handle(app, event::read()?);
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        dirty |= app.poll();
        let tmux = std::env::var_os("TMUX").is_some();
        dirty |= share::perform_effects(app, terminal.backend_mut(), tmux, &mut share::system_open);
    }
    Ok(())
}

fn draw(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &App) -> io::Result<()> {
    terminal.draw(|frame| frame.render_widget(app, frame.area()))?;
    Ok(())
}

/// Applies one terminal event; true if the screen may have changed.
fn handle(app: &mut App, event: Event) -> bool {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => app.key(key),
        Event::Resize(w, h) => app.update(Action::Resize(w, h)),
        Event::Mouse(mouse) => {
            let (column, row) = (mouse.column, mouse.row);
            let action = match mouse.kind {
                MouseEventKind::Down(MouseButton::Left) => Action::Click(column, row),
                MouseEventKind::ScrollDown => Action::Wheel {
                    column,
                    row,
                    down: true,
                },
                MouseEventKind::ScrollUp => Action::Wheel {
                    column,
                    row,
                    down: false,
                },
                _ => return false,
            };
            app.update(action);
        }
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A real panic, on another thread as the finder's worker would: the terminal is
    /// given back before the message prints, and the event loop's check then fails.
    #[test]
    fn a_panic_restores_the_terminal_before_its_message_and_stops_the_loop() {
        let screen = Arc::new(Mutex::new(Vec::<u8>::new()));
        let seen_by_message = Arc::new(Mutex::new(None::<Vec<u8>>));
        // Stands for the default hook, which prints the message.
        let (written, seen) = (Arc::clone(&screen), Arc::clone(&seen_by_message));
        std::panic::set_hook(Box::new(move |_| {
            *seen.lock().unwrap() = Some(written.lock().unwrap().clone());
        }));
        let out = Arc::clone(&screen);
        chain_panic_hook(move || leave_screen(&mut *out.lock().unwrap(), true));
        assert!(still_ours().is_ok());

        let worker = std::thread::spawn(|| panic!("the finder fell over"));
        assert!(worker.join().is_err());
        drop(std::panic::take_hook());

        let seen = seen_by_message.lock().unwrap().take();
        let seen = String::from_utf8(seen.expect("the message hook ran")).unwrap();
        assert!(
            seen.contains("\x1b[?1000l"),
            "mouse capture ended: {seen:?}"
        );
        assert!(
            seen.contains("\x1b[?1049l"),
            "alternate screen left: {seen:?}"
        );
        assert!(seen.contains("\x1b[?25h"), "cursor shown: {seen:?}");
        let error = still_ours().unwrap_err().to_string();
        assert!(error.contains("internal error"), "{error}");
    }
}
