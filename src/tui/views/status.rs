//! The status line: where the focus is, what the last command did, and the keys that
//! matter there, from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::text::one_line;
use crate::tui::action::{Action, Pane};
use crate::tui::app::{App, Screen};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let mut spans = Vec::new();
    if app.popup.is_none() {
        let place = match app.screen {
            Screen::Browse => format!(" {} {} ", app.focus.number(), app.focus.name()),
            Screen::Compare => " Compare ".to_owned(),
        };
        spans.push(Span::styled(place, theme.title(true)));
        spans.push(Span::raw(" "));
    }
    if let Some(message) = &app.message {
        spans.push(Span::styled(
            format!("{}  ", one_line(message)),
            theme.title(false),
        ));
    }
    // Help and quit first, so that a narrow terminal still shows them.
    let contexts = app.contexts();
    let mut bindings = app.keymap.bindings_for(&contexts);
    bindings.sort_by_key(|b| !matches!(b.action, Action::Help | Action::Quit));
    for binding in bindings {
        if binding.hint.is_empty() || binding.keys.is_empty() || !matters(app, binding.action) {
            continue;
        }
        let key = binding.keys.first().map(|k| k.label()).unwrap_or_default();
        spans.push(Span::styled(key, theme.title(false)));
        spans.push(Span::styled(format!(" {}  ", binding.hint), theme.dim()));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}

/// Whether an action does something in the focused pane (Enter in the source does not;
/// Esc only when there is something to go back from).
fn matters(app: &App, action: Action) -> bool {
    match (app.screen, action) {
        (Screen::Browse, Action::Open) => app.focus != Pane::Source,
        (Screen::Browse, Action::Back) => {
            app.popup.is_some() || app.filter != crate::tui::app::Filter::All
        }
        _ => true,
    }
}
