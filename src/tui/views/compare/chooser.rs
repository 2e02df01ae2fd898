//! The list Compare's sides are chosen from: every report of the corpus with its date,
//! outlet and title; the one on the other side marked.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::model::Corpus;
use crate::text::one_line;
use crate::tui::compare::{Chooser, CompareState};
use crate::tui::layout;
use crate::tui::style::Theme;
use crate::tui::views::{clear, draw_list, fit, pane_block};

pub fn draw(
    corpus: &Corpus,
    state: &CompareState,
    chooser: &Chooser,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
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
    let title = format!("The {side} report: Enter picks, Esc closes");
    let width = usize::from(rect.width.saturating_sub(2));
    let item = |i: usize| {
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
    draw_list(
        corpus.reports().len(),
        item,
        Some(chooser.selected),
        1,
        pane_block(title, true, theme),
        rect,
        buf,
        theme.selected(true),
    );
}
