//! Help: every key, read from the key table that binds them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{clear, pane_block};
use crate::tui::action::{Action, Context};
use crate::tui::app::App;
use crate::tui::keymap::{keys_label, Keymap};
use crate::tui::layout;
use crate::tui::style::Theme;

/// The help text, one line per binding, grouped by where it applies.
pub fn lines(keymap: &Keymap, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    for context in Context::ALL {
        if !lines.is_empty() {
            lines.push(Line::from(""));
        }
        lines.push(Line::from(Span::styled(
            context.title(),
            theme.title(false),
        )));
        for binding in keymap.rows(context).filter(|b| !b.keys.is_empty()) {
            lines.push(Line::from(vec![
                Span::styled(format!("  {:<18}", keys_label(binding)), theme.shared()),
                Span::raw(binding.help),
            ]));
        }
    }
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(
        "Mouse: click focuses and selects; the wheel scrolls the pane under the pointer.",
        theme.dim(),
    )));
    lines
}

fn popup(area: Rect) -> Rect {
    layout::popup(area, 96, area.height.saturating_sub(2))
}

/// The furthest the help can scroll at this size.
pub fn max_scroll(keymap: &Keymap, area: Rect) -> usize {
    let count = lines(keymap, &Theme::default()).len();
    count.saturating_sub(layout::inner_rows(popup(area)))
}

pub fn draw(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = popup(area);
    clear(popup, buf);
    let lines = lines(&app.keymap, &app.theme);
    let rows = layout::inner_rows(popup);
    let scroll = scroll.min(lines.len().saturating_sub(rows));
    let keys = app.keymap.phrase(
        &[Context::Help],
        &[
            (&[Action::Back], "closes"),
            (&[Action::Down, Action::Up], "scroll"),
        ],
    );
    let block = pane_block(format!("Help: {keys}"), true, &app.theme);
    Paragraph::new(lines)
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .block(block)
        .render(popup, buf);
}
