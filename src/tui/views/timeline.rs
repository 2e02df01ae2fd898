//! Pane 2: the events in time order, each with when it was and which reports mention it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Span;

use super::{cut, draw_list, empty, list_title, pane_block, scope_note, two_rows};
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};
use crate::tui::lists;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let active = matches!(app.filter, Filter::Event(_));
    let dates = app.dates.map(|d| d.to_string()).unwrap_or_default();
    let scope = scope_note(app);
    let title = list_title(
        Pane::Timeline,
        &app.events,
        corpus.events().len(),
        &[&scope, &dates],
        active,
    );
    let mut block = pane_block(title, focused, theme);
    if app.events.is_empty() {
        let message = if corpus.events().is_empty() {
            "No events.".to_owned()
        } else {
            super::nothing_here(app, "No event here.", "clears the filters.")
        };
        return empty(&message, block, area, buf, theme);
    }
    let width = usize::from(area.width.saturating_sub(2));
    let item = |row: usize| {
        let event = &corpus.events()[app.events[row]];
        let when = cut(&corpus.short_time(event), width);
        let head_width = when.chars().count() + 2;
        let head = vec![
            Span::styled(when, theme.title(false).add_modifier(Modifier::BOLD)),
            Span::raw("  "),
        ];
        two_rows(head, head_width, &event.title, width)
    };
    if let Some(e) = app.events.current().filter(|_| focused || active) {
        let detail = cut(&about(app, e), width.saturating_sub(2));
        block = block.title_bottom(Span::styled(format!(" {detail} "), theme.dim()));
    }
    let selected = (focused || active).then_some(app.events.selected);
    draw_list(
        app.events.len(),
        item,
        selected,
        item_height(Pane::Timeline),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// "Anchorage, Alaska · “on Friday” · in summit, aftermath": where an event was, how a
/// report put its time, and which reports mention it.
fn about(app: &App, event: usize) -> String {
    let corpus = &app.corpus;
    let event = &corpus.events()[event];
    let mut parts = Vec::new();
    if let Some(place) = &event.place {
        parts.push(place.clone());
    }
    if let Some(expression) = event.time.as_ref().and_then(|t| t.expression.as_ref()) {
        parts.push(format!("“{expression}”"));
    }
    let outlets: Vec<String> = corpus
        .reports_mentioning(&event.id)
        .iter()
        .filter_map(|id| corpus.report_index(id))
        .map(|r| lists::outlet(corpus, r))
        .collect();
    if !outlets.is_empty() {
        parts.push(format!("in {}", outlets.join(", ")));
    }
    parts.join(" · ")
}
