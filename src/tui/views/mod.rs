//! Drawing. Every view borrows the [`App`] and never changes it; every string from a
//! report is made safe (see `crate::text`) before it reaches a span.

pub mod compare;
pub mod finder;
pub mod help;
pub mod source;
pub mod speakers;
pub mod statements;
pub mod status;
pub mod timeline;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget, Wrap};

use super::action::Pane;
use super::app::{App, Popup, Screen};
use super::layout;
use super::style::Theme;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::{cluster_width, one_line};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area) {
            Paragraph::new("terminal too small")
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let status = match self.screen {
            Screen::Browse => {
                let layout = layout::browse(area, self.focus);
                for (pane, rect) in &layout.panes {
                    let focused = *pane == self.focus;
                    match pane {
                        Pane::Timeline => timeline::draw(self, *rect, buf, focused),
                        Pane::Speakers => speakers::draw(self, *rect, buf, focused),
                        Pane::Statements => statements::draw(self, *rect, buf, focused),
                        Pane::Source => source::draw_browse(self, *rect, buf, focused),
                    }
                }
                layout.status
            }
            Screen::Compare => compare::draw(self, area, buf),
        };
        status::draw(self, status, buf);
        match &self.popup {
            Some(Popup::Finder(state)) => finder::draw(self, state, area, buf),
            Some(Popup::Help { scroll }) => help::draw(self, *scroll, area, buf),
            None => {}
        }
    }
}

/// A pane's frame: thick and bold with a reversed title when focused, so focus shows
/// without colour.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(theme.border(focused))
        .title(Span::styled(
            format!(" {} ", one_line(&title)),
            theme.title(focused),
        ))
}

/// A list of `len` items of `item_height` rows each, scrolled so that `selected` shows.
/// Only the visible items are built, so a list of a million statements draws quickly.
#[allow(clippy::too_many_arguments)]
pub fn draw_list<'a>(
    len: usize,
    item: impl Fn(usize) -> Vec<Line<'a>>,
    selected: Option<usize>,
    item_height: usize,
    block: Block,
    area: Rect,
    buf: &mut Buffer,
    selected_style: Style,
) {
    let inner = block.inner(area);
    block.render(area, buf);
    let rows = usize::from(inner.height);
    let offset = selected.map_or(0, |s| layout::list_offset(s, item_height, rows));
    let mut lines = Vec::with_capacity(rows);
    for i in offset..len {
        if lines.len() >= rows {
            break;
        }
        for line in item(i).into_iter().take(item_height) {
            lines.push(if Some(i) == selected {
                line.patch_style(selected_style)
            } else {
                line
            });
        }
    }
    lines.truncate(rows);
    Paragraph::new(lines).render(inner, buf);
}

/// A message inside a pane (nothing to show).
pub fn empty(message: &str, block: Block, area: Rect, buf: &mut Buffer, theme: &Theme) {
    Paragraph::new(Span::styled(message.to_owned(), theme.dim()))
        .wrap(Wrap { trim: true })
        .block(block)
        .render(area, buf);
}

/// Clears the area under a popup.
pub fn clear(area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
}

/// Text made safe and cut to at most `width` columns, padded to exactly `width`.
pub fn fit(text: &str, width: usize) -> String {
    let safe = one_line(text);
    let mut out = String::new();
    let mut used = 0;
    // By grapheme cluster, so that an accent or an emoji's parts are never cut off.
    for cluster in safe.graphemes(true) {
        let w = cluster_width(cluster);
        if used + w > width {
            break;
        }
        used += w;
        out.push_str(cluster);
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}
