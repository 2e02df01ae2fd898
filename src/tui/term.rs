//! The terminal: raw mode, alternate screen and mouse capture, restored by a guard on
//! drop and by a panic hook before the panic message prints; and the event loop, which
//! stops once a panic on any thread has given the terminal back, or when a signal asks
//! parley to end (it then quits as `q` does and dies of the signal once the terminal is
//! back).

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::{Backend, ClearType, CrosstermBackend};
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
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

/// The signals that end a program (SIGTERM from `kill`, SIGHUP when the terminal
/// closes, SIGINT and SIGQUIT sent from elsewhere, since raw mode turns Ctrl-C into a
/// key): while the browser runs, each is only noted, so that the event loop quits as
/// `q` does and the terminal is restored; once it is, the signal is acted on.
pub struct Signals {
    /// The signal received, 0 for none.
    #[cfg(unix)]
    received: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    /// Set once the terminal is given back: a signal then does what it always does.
    #[cfg(unix)]
    restored: std::sync::Arc<AtomicBool>,
}

/// How long the event loop has to restore the terminal after a signal before the
/// signal ends parley anyway.
#[cfg(unix)]
const SIGNAL_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

#[cfg(unix)]
impl Signals {
    pub fn watch() -> io::Result<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        use std::sync::atomic::AtomicUsize;
        use std::sync::Arc;
        let received = Arc::new(AtomicUsize::new(0));
        let restored = Arc::new(AtomicBool::new(false));
        const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];
        for signal in ENDING {
            signal_hook::flag::register_conditional_default(signal, Arc::clone(&restored))?;
            signal_hook::flag::register_usize(signal, Arc::clone(&received), signal as usize)?;
        }
        // The event loop may never see the flag: when the terminal closes, crossterm
        // 0.28 reads its end of file forever inside `event::poll`. A signal the loop
        // has not answered within a grace period ends parley as it would by default;
        // a terminal that is gone needs no restoring.
        let mut pending = signal_hook::iterator::Signals::new(ENDING)?;
        let answered = Arc::clone(&restored);
        std::thread::spawn(move || {
            if let Some(signal) = pending.forever().next() {
                let deadline = std::time::Instant::now() + SIGNAL_GRACE;
                while !answered.load(Ordering::SeqCst) && std::time::Instant::now() < deadline {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                if !answered.load(Ordering::SeqCst) {
                    let _ = signal_hook::low_level::emulate_default_handler(signal);
                }
            }
        });
        Ok(Self { received, restored })
    }

    /// Whether a signal asked parley to end.
    pub fn ending(&self) -> bool {
        self.received.load(Ordering::SeqCst) != 0
    }

    /// Called once the terminal is restored: a signal from now on has its usual effect.
    pub fn terminal_restored(&self) {
        self.restored.store(true, Ordering::SeqCst);
    }

    /// Ends the process by the signal received, if one was, as its default action
    /// would have: the shell sees parley killed by it, as it would without this.
    pub fn act(&self) {
        self.terminal_restored();
        let signal = self.received.load(Ordering::SeqCst);
        if signal != 0 {
            let _ = signal_hook::low_level::emulate_default_handler(signal as i32);
        }
    }
}

#[cfg(not(unix))]
impl Signals {
    pub fn watch() -> io::Result<Self> {
        Ok(Self {})
    }

    pub fn ending(&self) -> bool {
        false
    }

    pub fn terminal_restored(&self) {}

    pub fn act(&self) {}
}

/// Draws and handles events until the user quits or a signal asks parley to end.
pub fn run_loop(app: &mut App, signals: &Signals) -> io::Result<()> {
    let (width, height) = terminal::size()?;
    let area = drawable(width, height);
    let viewport = Viewport::Fixed(area);
    let backend = CrosstermBackend::new(io::stdout());
    let mut terminal = Terminal::with_options(backend, TerminalOptions { viewport })?;
    terminal.backend_mut().clear_region(ClearType::All)?;
    terminal.clear()?;
    app.update(Action::Resize(area.width, area.height));
    let mut dirty = true;
    while !app.quit && !signals.ending() {
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
                let event = match event::read()? {
                    // The terminal's new size, as much of it as is drawn.
                    Event::Resize(width, height) => {
                        let area = drawable(width, height);
                        terminal.resize(area)?;
                        terminal.backend_mut().clear_region(ClearType::All)?;
                        Event::Resize(area.width, area.height)
                    }
                    event => event,
                };
                dirty |= handle(app, event);
                if app.quit || signals.ending() || !event::poll(Duration::ZERO)? {
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

/// The part of a terminal of `width` by `height` that is drawn: all of it, but for a
/// terminal of more than `u16::MAX` cells, whose top rows only are, as many as fit.
/// Past that many cells ratatui 0.29 wraps a cell's index when it works out what to
/// redraw (its issue 1441), and the screen came out garbled.
fn drawable(width: u16, height: u16) -> Rect {
    let rows = match u32::from(u16::MAX).checked_div(u32::from(width)) {
        Some(fit) => height.min(u16::try_from(fit).unwrap_or(u16::MAX)),
        None => height,
    };
    Rect::new(0, 0, width, rows)
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

    #[test]
    fn a_terminal_of_more_cells_than_a_u16_counts_is_drawn_in_the_rows_that_fit() {
        assert_eq!(drawable(160, 45), Rect::new(0, 0, 160, 45));
        assert_eq!(drawable(250, 262), Rect::new(0, 0, 250, 262));
        let big = drawable(250, 263);
        assert_eq!(big, Rect::new(0, 0, 250, 262));
        assert!(big.area() <= u32::from(u16::MAX));
        assert_eq!(drawable(u16::MAX, u16::MAX), Rect::new(0, 0, u16::MAX, 1));
        assert_eq!(drawable(0, 30), Rect::new(0, 0, 0, 30));
        // Every cell of the part drawn has an index a `u16` holds.
        let buffer = ratatui::buffer::Buffer::empty(big);
        let last = buffer.content.len() - 1;
        assert_eq!(buffer.pos_of(last), (249, 261));
    }

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
