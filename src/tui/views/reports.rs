//! Pane 1: every report, with when it was published, by whom, and its title.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Span;

use super::{cut, draw_list, empty, list_title, pane_block, two_rows};
use crate::model::Report;
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};
use crate::tui::lists;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let active = matches!(app.filter, Filter::Report(_));
    let order = lists::REPORT_ORDERS[app.reports.order % lists::REPORT_ORDERS.len()];
    let title = list_title(
        Pane::Reports,
        &app.reports,
        corpus.reports().len(),
        &[order],
        active,
    );
    let block = pane_block(title, focused, theme);
    if app.reports.is_empty() {
        let message = if app.reports.query.is_empty() {
            "No reports.".to_owned()
        } else {
            super::nothing_here(app, "No report matches the filter.", "clears it.")
        };
        return empty(&message, block, area, buf, theme);
    }
    let width = usize::from(area.width.saturating_sub(2));
    let item = |row: usize| {
        let index = app.reports[row];
        let report = &corpus.reports()[index];
        let date = published(report);
        let outlet = cut(&lists::outlet(corpus, index), width / 2);
        let head_width = date.chars().count() + outlet.chars().count() + 3;
        let head = vec![
            Span::styled(date, theme.title(false).add_modifier(Modifier::BOLD)),
            Span::raw(" "),
            Span::styled(outlet, theme.dim()),
            Span::raw("  "),
        ];
        two_rows(head, head_width, &report.title, width)
    };
    let selected = (focused || active).then_some(app.reports.selected);
    draw_list(
        app.reports.len(),
        item,
        selected,
        item_height(Pane::Reports),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// "16 Aug 2025", or "undated".
pub fn published(report: &Report) -> String {
    report.published.map_or_else(
        || "undated".to_owned(),
        |p| p.date.format("%-d %b %Y").to_string(),
    )
}
