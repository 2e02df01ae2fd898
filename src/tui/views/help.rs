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
use crate::tui::wrap::wrap;

/// Columns the keys take before each description.
const KEYS_WIDTH: usize = 20;

/// The help text, one binding per line, grouped by where it applies; a description too
/// long for `width` columns goes on below, under itself.
pub fn lines(keymap: &Keymap, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let room = width.saturating_sub(KEYS_WIDTH).max(20);
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
            let keys = format!("  {:<w$}", keys_label(binding), w = KEYS_WIDTH - 2);
            for (k, part) in wrap(binding.help, room).into_iter().enumerate() {
                let lead = if k == 0 {
                    Span::styled(keys.clone(), theme.shared())
                } else {
                    Span::raw(" ".repeat(KEYS_WIDTH))
                };
                let text = binding.help[part].trim_end().to_owned();
                lines.push(Line::from(vec![lead, Span::raw(text)]));
            }
        }
    }
    lines.push(Line::from(""));
    let mouse = "Mouse: click focuses and selects; the wheel scrolls the pane under the pointer.";
    for part in wrap(mouse, width.max(20)) {
        let text = mouse[part].trim_end().to_owned();
        lines.push(Line::from(Span::styled(text, theme.dim())));
    }
    lines
}

/// Columns inside the help popup's border.
fn inner_width(popup: Rect) -> usize {
    usize::from(popup.width.saturating_sub(2))
}

fn popup(area: Rect) -> Rect {
    layout::popup(area, 96, area.height.saturating_sub(2))
}

/// The furthest the help can scroll at this size.
pub fn max_scroll(keymap: &Keymap, area: Rect) -> usize {
    let count = lines(keymap, &Theme::default(), inner_width(popup(area))).len();
    count.saturating_sub(layout::inner_rows(popup(area)))
}

pub fn draw(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = popup(area);
    clear(popup, buf);
    let lines = lines(&app.keymap, &app.theme, inner_width(popup));
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
