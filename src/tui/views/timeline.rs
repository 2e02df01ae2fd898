//! Pane 1: the events in time order, each with when it was and which reports mention it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{draw_list, empty, pane_block};
use crate::text::one_line;
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let active = matches!(app.filter, Filter::Event(_));
    let title = format!(
        "1 Timeline ({} events){}",
        app.timeline.len(),
        if active { " · filtering" } else { "" }
    );
    let block = pane_block(title, focused, theme);
    if app.timeline.is_empty() {
        return empty("No events.", block, area, buf, theme);
    }
    let item = |row: usize| {
        let event = &corpus.events()[app.timeline[row]];
        let reports: Vec<&str> = corpus
            .reports_mentioning(&event.id)
            .iter()
            .map(|r| r.as_str())
            .collect();
        vec![
            Line::from(vec![
                Span::styled(
                    one_line(&corpus.human_time(event)).into_owned(),
                    theme.title(false).add_modifier(Modifier::BOLD),
                ),
                Span::styled(format!("  {}", one_line(&reports.join(", "))), theme.dim()),
            ]),
            Line::from(format!("  {}", one_line(&event.title))),
        ]
    };
    let selected = (focused || active).then_some(app.event_selected);
    draw_list(
        app.timeline.len(),
        item,
        selected,
        item_height(Pane::Timeline),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}
