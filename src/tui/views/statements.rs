//! Pane 3: the statements, narrowed by the selected event or speaker.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::{draw_list, empty, pane_block};

use crate::model::Corpus;
use crate::text::{one_line, quoted};
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let title = format!(
        "3 Statements ({} of {}){}",
        app.statements.len(),
        corpus.statements().len(),
        filter_label(corpus, app.filter)
    );
    let block = pane_block(title, focused, theme);
    if app.statements.is_empty() {
        let message = match app.filter {
            Filter::All => "No statements.",
            _ => "No statements here. Esc shows them all.",
        };
        return empty(message, block, area, buf, theme);
    }
    let item = |row: usize| {
        let i = app.statements[row];
        let s = &corpus.statements()[i];
        let speaker = speaker_position(corpus, i);
        vec![
            Line::from(vec![
                Span::styled(
                    one_line(corpus.speaker_name(&s.speaker)).into_owned(),
                    theme.speaker(speaker).add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!("  {} · {}", one_line(s.report.as_str()), s.kind.label()),
                    theme.dim(),
                ),
            ]),
            Line::from(format!("  {}", quoted(corpus, s))),
        ]
    };
    draw_list(
        app.statements.len(),
        item,
        Some(app.statement_selected),
        item_height(Pane::Statements),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// " · event: …" or " · speaker: …" for the title, or nothing.
pub fn filter_label(corpus: &Corpus, filter: Filter) -> String {
    match filter {
        Filter::All => String::new(),
        Filter::Event(e) => format!(" · event: {}", one_line(&corpus.events()[e].title)),
        Filter::Speaker(s) => format!(" · speaker: {}", one_line(&corpus.speakers()[s].name)),
    }
}

/// The position of a statement's speaker in the corpus (for its colour).
pub fn speaker_position(corpus: &Corpus, statement: usize) -> usize {
    let id = &corpus.statements()[statement].speaker;
    corpus
        .speakers()
        .iter()
        .position(|s| &s.id == id)
        .unwrap_or(0)
}
