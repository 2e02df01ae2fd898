//! Pane 2: who speaks, in their colour, with how many statements each.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{draw_list, empty, pane_block};
use crate::text::one_line;
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let active = matches!(app.filter, Filter::Speaker(_));
    let title = format!(
        "2 Speakers ({}){}",
        corpus.speakers().len(),
        if active { " · filtering" } else { "" }
    );
    let block = pane_block(title, focused, theme);
    if corpus.speakers().is_empty() {
        return empty("No speakers.", block, area, buf, theme);
    }
    let item = |i: usize| {
        let speaker = &corpus.speakers()[i];
        vec![Line::from(vec![
            Span::styled(one_line(&speaker.name).into_owned(), theme.speaker(i)),
            Span::styled(format!(" ({})", app.speaker_counts[i]), theme.dim()),
        ])]
    };
    let selected = (focused || active).then_some(app.speaker_selected);
    draw_list(
        corpus.speakers().len(),
        item,
        selected,
        item_height(Pane::Speakers),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}
