//! Drawing. Every view borrows the [`App`] and never changes it; every string from a
//! report is made safe (see `crate::text`) before it reaches a span.

pub mod compare;
pub mod finder;
pub mod help;
pub mod problems;
pub mod reports;
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

use super::app::{App, Popup, Screen};
use super::layout;
use super::panes;
use super::style::Theme;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::{cluster_width, one_line};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area) {
            let notice = format!(
                "Terminal too small ({}x{}): parley needs at least {}x{}.",
                area.width,
                area.height,
                layout::MIN_WIDTH,
                layout::MIN_HEIGHT
            );
            Paragraph::new(notice)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let status = match self.screen {
            Screen::Browse => {
                let layout = layout::browse(area, self.focus, self.side);
                for (pane, rect) in &layout.panes {
                    (panes::spec(*pane).draw)(self, *rect, buf, *pane == self.focus);
                }
                if let Some(prompt) = &self.prompt {
                    if let Some(rect) = layout.rect(prompt.purpose.pane()) {
                        status::draw_prompt(self, prompt, rect, buf);
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
            Some(Popup::Problems { scroll }) => problems::draw(self, *scroll, area, buf),
            None => {}
        }
    }
}

/// "2 Timeline (12 of 507 · in nyt 8 Sep 2016 · “summit”)": a list pane's number and
/// name, how many rows of how many, and what orders or narrows them.
pub fn list_title(
    pane: super::action::Pane,
    rows: &super::lists::Rows,
    total: usize,
    notes: &[&str],
    active: bool,
) -> String {
    let mut parts = vec![if rows.len() == total {
        thousands(total)
    } else {
        format!("{} of {}", thousands(rows.len()), thousands(total))
    }];
    parts.extend(
        notes
            .iter()
            .filter(|n| !n.is_empty())
            .map(|n| n.to_string()),
    );
    if !rows.query.is_empty() {
        parts.push(format!("“{}”", one_line(&rows.query)));
    }
    format!(
        "{} {} ({}){}",
        pane.number(),
        pane.name(),
        parts.join(" · "),
        if active { " · filtering" } else { "" }
    )
}

/// "in nyt 8 Sep 2016": the report the scope narrows to, shortly; "" for none.
pub fn scope_note(app: &App) -> String {
    let Some(report) = app.scope.and_then(|r| app.corpus.reports().get(r)) else {
        return String::new();
    };
    let outlet = report.publisher.as_deref().unwrap_or(report.id.as_str());
    let date = report
        .published
        .map(|p| p.date.format(" %-d %b %Y").to_string())
        .unwrap_or_default();
    format!("in {}{date}", cut(outlet, 24))
}

/// "No event here." followed by the key that clears the filters where the focus is,
/// "Esc clears them.", as the keymap binds it.
pub fn nothing_here(app: &App, nothing: &str, clears: &str) -> String {
    let keys = app
        .keymap
        .phrase(&app.contexts(), &[(&[super::action::Action::Back], clears)]);
    format!("{nothing} {keys}").trim_end().to_owned()
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

/// Text made safe and cut to at most `width` columns, ending in "…" when it was cut.
pub fn cut(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let safe = one_line(text);
    if safe.width() <= width {
        return safe.into_owned();
    }
    let mut out = fit(&safe, width.saturating_sub(1));
    let kept = out.trim_end().len();
    out.truncate(kept);
    if width > 0 {
        out.push('…');
    }
    out
}

/// A list item of two rows: `head` (already styled, `head_width` columns), then `text`
/// flowing after it and on to the second row (indented two columns), word by word,
/// ending in "…" if it does not fit in both.
pub fn two_rows<'a>(
    mut head: Vec<Span<'a>>,
    head_width: usize,
    text: &str,
    width: usize,
) -> Vec<Line<'a>> {
    use unicode_width::UnicodeWidthStr;
    let text = one_line(text);
    let room = width.saturating_sub(head_width);
    // As many words as fit after the head; a first word that does not fit goes below.
    let mut split = 0;
    for (at, _) in text
        .match_indices(' ')
        .chain(std::iter::once((text.len(), "")))
    {
        if text[..at].width() > room {
            break;
        }
        split = at;
    }
    let (first, rest) = text.split_at(split);
    head.push(Span::raw(first.to_owned()));
    vec![
        Line::from(head),
        Line::from(format!(
            "  {}",
            cut(rest.trim_start(), width.saturating_sub(2))
        )),
    ]
}

/// "1,355": a count as people read it.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_ends_in_an_ellipsis_only_when_it_cuts() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a longer line of text", 10), "a longer…");
        assert_eq!(cut("Trump–Putin summit", 8), "Trump–P…");
        assert_eq!(cut("wide 漢字 text", 7), "wide…");
        assert_eq!(cut("x", 0), "");
    }

    #[test]
    fn two_rows_flow_words_after_the_head() {
        let text =
            |lines: Vec<Line>| -> Vec<String> { lines.iter().map(|l| l.to_string()).collect() };
        let head = || vec![Span::raw("1867 ")];
        assert_eq!(
            text(two_rows(head(), 5, "US purchase of Alaska from Russia", 20)),
            ["1867 US purchase of", "  Alaska from Russia"]
        );
        assert_eq!(
            text(two_rows(head(), 5, "Unbreakablewordthatistoolong here", 20)),
            ["1867 ", "  Unbreakablewordth…"]
        );
        assert_eq!(text(two_rows(head(), 5, "Short", 20)), ["1867 Short", "  "]);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1355), "1,355");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
