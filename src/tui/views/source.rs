//! Pane 4, and each side of Compare: a report's text, wrapped, with every statement
//! marked in its speaker's colour and the one in focus highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};
use std::ops::Range;

use super::pane_block;
use super::statements::speaker_position;
use crate::model::{Corpus, Report};
use crate::text::one_line;
use crate::tui::app::{App, TextView};
use crate::tui::style::Theme;
use crate::tui::wrap;

/// A stretch of the body drawn in a style.
pub struct Mark {
    pub range: Range<usize>,
    pub style: Style,
}

/// Every statement of `report`, in its speaker's colour.
pub fn statement_marks(corpus: &Corpus, report: &Report, theme: &Theme) -> Vec<Mark> {
    corpus
        .statements_in(&report.id)
        .filter_map(|s| {
            let index = corpus.statement_index(&s.id)?;
            Some(Mark {
                range: s.content.range(),
                style: theme.statement(speaker_position(corpus, index)),
            })
        })
        .collect()
}

pub fn draw_browse(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let Some(report) = corpus.reports().get(app.source.report) else {
        let block = pane_block("4 Source".to_owned(), focused, &app.theme);
        return super::empty("No report.", block, area, buf, &app.theme);
    };
    let count = corpus.statements_in(&report.id).count();
    let title = format!(
        "4 Source: {} · {} ({count} statements)",
        report.id, report.title
    );
    let marks = statement_marks(corpus, report, &app.theme);
    let focus = app
        .highlighted
        .map(|i| &corpus.statements()[i])
        .filter(|s| s.report == report.id)
        .map(|s| s.content.range())
        .or_else(|| app.mention.clone());
    let block = pane_block(title, focused, &app.theme);
    draw_text(
        &report.body,
        app.source,
        &marks,
        focus,
        &app.theme,
        block,
        area,
        buf,
    );
}

/// Draws `body` wrapped to the block's inside, from the view's scroll line.
#[allow(clippy::too_many_arguments)]
pub fn draw_text(
    body: &str,
    view: TextView,
    marks: &[Mark],
    focus: Option<Range<usize>>,
    theme: &Theme,
    block: Block,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let lines: Vec<Line> = wrap::wrap(body, usize::from(inner.width))
        .into_iter()
        .skip(view.scroll)
        .take(usize::from(inner.height))
        .map(|line| styled_line(body, line, marks, focus.as_ref(), theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

fn styled_line(
    body: &str,
    line: Range<usize>,
    marks: &[Mark],
    focus: Option<&Range<usize>>,
    theme: &Theme,
) -> Line<'static> {
    let inside = |r: &Range<usize>| r.start < line.end && line.start < r.end;
    let mut cuts = vec![line.start, line.end];
    for range in marks
        .iter()
        .map(|m| &m.range)
        .chain(focus)
        .filter(|r| inside(r))
    {
        cuts.extend(
            [range.start, range.end]
                .into_iter()
                .filter(|c| line.contains(c)),
        );
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .filter_map(|w| {
            let text = body.get(w[0]..w[1])?;
            let style = if focus.is_some_and(|f| f.contains(&w[0])) {
                theme.highlight()
            } else {
                marks
                    .iter()
                    .find(|m| m.range.contains(&w[0]))
                    .map_or_else(Style::new, |m| m.style)
            };
            Some(Span::styled(one_line(text).into_owned(), style))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}
