//! Pane 4: the statements, narrowed by the selected report, event or speaker, by kind
//! and by the report scope; each with its speaker, outlet, date and kind.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{cut, draw_list, empty, list_title, pane_block, scope_note};

use crate::model::Corpus;
use crate::text::{in_source_marks, one_line};
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};
use crate::tui::lists;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let kind = app.kind.map_or("", |k| k.label());
    let scope = scope_note(app);
    let title = list_title(
        Pane::Statements,
        &app.statements,
        corpus.statements().len(),
        &[kind, &scope],
        false,
    ) + &filter_label(corpus, app.filter);
    let block = pane_block(title, focused, theme);
    if app.statements.is_empty() {
        let message = if corpus.statements().is_empty() {
            "No statements.".to_owned()
        } else {
            super::nothing_here(app, "No statements here.", "clears the filters.")
        };
        return empty(&message, block, area, buf, theme);
    }
    let width = usize::from(area.width.saturating_sub(2));
    let detail = Detail::for_width(width);
    let item = |row: usize| {
        let i = app.statements[row];
        let s = &corpus.statements()[i];
        let speaker = cut(corpus.speaker_name(&s.speaker), width);
        let room = width.saturating_sub(speaker.width() + 2);
        vec![
            Line::from(vec![
                Span::styled(
                    speaker,
                    theme
                        .speaker(speaker_position(corpus, i))
                        .add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!("  {}", cut(&placed_in(corpus, i, detail), room)),
                    theme.dim(),
                ),
            ]),
            Line::from(format!(
                "  {}",
                cut(&in_source_marks(corpus, s), width.saturating_sub(2))
            )),
        ]
    };
    draw_list(
        app.statements.len(),
        item,
        Some(app.statements.selected),
        item_height(Pane::Statements),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// "said · direct · nyt · 8 Sep 2016 · also in 2, first nyt": its cue as the report
/// words it (so that "never said" is never read as said), how a statement was
/// reported, where and when, and the other reports that carry the same quote.
pub fn placed(corpus: &Corpus, statement: usize) -> String {
    placed_in(corpus, statement, Detail::All)
}

/// How much of [`placed`] a pane has room for: in a narrow one the kind goes first (the
/// quotation marks of the words said below tell it) with which report had the quote
/// first, then the outlet (the source pane's title tells it), so that the cue, the
/// date and how many other reports carry it stay; the same for every row,
/// so that the fields stand in one order down the pane.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Detail {
    CueAndDate,
    NoKind,
    All,
}

impl Detail {
    /// The detail a pane `width` columns wide (inside its border) shows: by its width
    /// alone, so that the fields do not come and go as the list scrolls.
    pub fn for_width(width: usize) -> Detail {
        match width {
            0..56 => Detail::CueAndDate,
            56..72 => Detail::NoKind,
            _ => Detail::All,
        }
    }
}

/// [`placed`] with the fields `detail` keeps.
pub fn placed_in(corpus: &Corpus, statement: usize, detail: Detail) -> String {
    let s = &corpus.statements()[statement];
    let cue = (s.cue.as_ref())
        .map(|cue| one_line(corpus.text(&s.report, cue)).trim().to_owned())
        .filter(|cue| !cue.is_empty());
    let kind = (detail == Detail::All).then(|| s.kind.label().to_owned());
    let report = corpus.report_position_of(statement);
    let outlet = report
        .filter(|_| detail >= Detail::NoKind)
        .map(|r| lists::outlet(corpus, r));
    let date = report
        .and_then(|r| corpus.reports()[r].published.as_ref())
        .map(|p| p.date.format("%-d %b %Y").to_string());
    let also = corpus.provenance(statement).map(|provenance| {
        let mut also = format!("also in {}", provenance.also_in.len());
        // Which report had it first goes with the kind, where a pane is narrow.
        if let Some(first) = provenance.first.filter(|_| detail == Detail::All) {
            let at = corpus.report_index(&first.id).unwrap_or(0);
            also.push_str(&format!(", first {}", lists::outlet(corpus, at)));
        }
        also
    });
    [cue, kind, outlet, date, also]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// " · event: …", " · speaker: …" or " · report: …" for the title, or nothing.
pub fn filter_label(corpus: &Corpus, filter: Filter) -> String {
    match filter {
        Filter::All => String::new(),
        Filter::Report(r) => format!(" · report: {}", one_line(&corpus.reports()[r].title)),
        Filter::Event(e) => format!(" · event: {}", one_line(&corpus.events()[e].title)),
        Filter::Speaker(s) => format!(" · speaker: {}", one_line(&corpus.speakers()[s].name)),
    }
}

/// The position of a statement's speaker in the corpus (for its colour).
pub fn speaker_position(corpus: &Corpus, statement: usize) -> usize {
    let id = &corpus.statements()[statement].speaker;
    corpus.speaker_index(id).unwrap_or(0)
}
