//! The list Compare's sides are chosen from: the reports of the corpus the words typed
//! let through, with their date, outlet and title; the one on the other side marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::model::Corpus;
use crate::text::one_line;
use crate::tui::compare::{Chooser, CompareState};
use crate::tui::layout;
use crate::tui::style::Theme;
use crate::tui::views::{clear, draw_list, empty, fit, pane_block};

pub fn draw(
    corpus: &Corpus,
    state: &CompareState,
    chooser: &Chooser,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let matches = chooser.matches(corpus);
    // The popup keeps the height of the whole list while it narrows, so it does not jump.
    let height = (corpus.reports().len() as u16).saturating_add(2);
    let rect = layout::popup(
        area,
        area.width.saturating_mul(4) / 5,
        height.min(area.height),
    );
    clear(rect, buf);
    let (side, other) = if chooser.left {
        ("left", state.right.report)
    } else {
        ("right", state.left.report)
    };
    let title = if chooser.query.is_empty() {
        format!("The {side} report: type to narrow, ↑ ↓ move, Enter picks, Esc closes")
    } else {
        format!(
            "The {side} report: {} of {} for “{}”",
            matches.len(),
            corpus.reports().len(),
            one_line(&chooser.query)
        )
    };
    let width = usize::from(rect.width.saturating_sub(2));
    let item = |k: usize| {
        let i = matches[k];
        let report = &corpus.reports()[i];
        let date = report
            .published
            .map_or_else(|| "          ".to_owned(), |p| p.date.to_string());
        let outlet = report.publisher.as_deref().unwrap_or("");
        let here = if i == other {
            if chooser.left {
                "▶ "
            } else {
                "◀ "
            }
        } else {
            "  "
        };
        let text = format!(
            "{here}{date}  {}  {}  {}",
            one_line(report.id.as_str()),
            one_line(outlet),
            one_line(&report.title)
        );
        vec![Line::from(Span::raw(fit(&text, width)))]
    };
    if matches.is_empty() {
        let block = pane_block(title, true, theme);
        return empty("No report has these words.", block, rect, buf, theme);
    }
    let selected = matches.iter().position(|&i| i == chooser.selected);
    draw_list(
        matches.len(),
        item,
        selected,
        1,
        pane_block(title, true, theme),
        rect,
        buf,
        theme.selected(true),
    );
}
