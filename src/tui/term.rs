//! The terminal: raw mode, alternate screen and mouse capture, restored by a guard on
//! drop and by a panic hook before the panic message prints; and the event loop.

use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Stdout};
use std::time::Duration;

use super::action::Action;
use super::app::App;

/// Puts the terminal back: what both the guard and the panic hook do.
fn restore(mouse: bool) {
    let _ = terminal::disable_raw_mode();
    let mut out = io::stdout();
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
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous(info);
    }));
}

/// Draws and handles events until the user quits.
pub fn run_loop(app: &mut App) -> io::Result<()> {
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.clear()?;
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit {
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
