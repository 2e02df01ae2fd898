//! The compare screen: counts in a header, the aligned rows, both texts, and the list
//! the sides are chosen from. `rows` draws the aligned rows, `chooser` the list.

mod chooser;
mod rows;

pub use rows::{row_height, Fit};

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::source::{draw_text_over, statement_marks, Mark};
use super::{empty, pane_block};

use crate::model::rows::{place, Item};
use crate::model::{Comparison, Corpus, Relation};
use crate::text::one_line;
use crate::tui::app::App;
use crate::tui::compare::CompareState;
use crate::tui::layout::ComparePart;
use crate::tui::style::Theme;

/// Draws the screen; returns where the status line goes.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) -> Rect {
    let Some(state) = &app.compare else {
        return area;
    };
    let layout = state.layout(area);
    let theme = &app.theme;
    let corpus = &app.corpus;
    let Some(comparison) = &state.comparison else {
        let block = pane_block("Compare".to_owned(), true, theme);
        let message = format!(
            "Compare needs two different reports; this corpus has {}.",
            corpus.reports().len()
        );
        let main = Rect {
            height: area.height.saturating_sub(1),
            ..area
        };
        empty(&message, block, main, buf, theme);
        return layout.status;
    };
    let mut lines = header(corpus, comparison, state, theme);
    // Too narrow for the counts in words: the same counts in marks, so none is cut off.
    if lines[1].width() > usize::from(layout.header.width) {
        lines[1] = compact_counts(comparison, state, theme);
    }
    Paragraph::new(lines).render(layout.header, buf);
    for (part, rect) in &layout.parts {
        let focused = *part == state.focus && state.chooser.is_none();
        match part {
            ComparePart::Rows => rows::draw(corpus, comparison, state, theme, *rect, buf, focused),
            side => draw_side(
                corpus,
                comparison,
                state,
                *side == ComparePart::Left,
                theme,
                *rect,
                buf,
                focused,
            ),
        }
    }
    if let Some(chooser) = &state.chooser {
        chooser::draw(corpus, state, chooser, theme, area, buf);
    }
    layout.status
}

fn header<'a>(
    corpus: &Corpus,
    c: &Comparison,
    state: &CompareState,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let title = |id: &crate::model::ReportId| {
        corpus
            .report(id)
            .map_or_else(String::new, |r| one_line(&r.title).into_owned())
    };
    let (l, r) = (placed(corpus, &c.left), placed(corpus, &c.right));
    let count = |relation: Relation| c.claims.iter().filter(|x| x.relation == relation).count();
    let shared = count(Relation::Same) + count(Relation::Reworded) + count(Relation::Conflicting);
    let mut second = vec![
        Span::styled("claims ", theme.title(false)),
        Span::styled(format!("{shared} shared"), theme.shared()),
        Span::raw(format!(" ({} reworded), ", count(Relation::Reworded))),
        Span::styled(
            format!("{} conflicting", count(Relation::Conflicting)),
            theme.conflict(),
        ),
        Span::raw(", "),
        Span::styled(
            format!("{} only ◀", count(Relation::OnlyLeft)),
            theme.only(),
        ),
        Span::raw(", "),
        Span::styled(
            format!("{} only ▶", count(Relation::OnlyRight)),
            theme.only(),
        ),
        Span::styled(" │ ", theme.dim()),
        Span::styled("statements ", theme.title(false)),
        Span::styled(
            format!("{} shared", c.shared_statements.len()),
            theme.shared(),
        ),
        Span::raw(format!(
            ", {} ◀ {} ▶",
            c.only_left_statements.len(),
            c.only_right_statements.len()
        )),
        Span::styled(" │ ", theme.dim()),
        Span::styled("events ", theme.title(false)),
        Span::styled(format!("{} shared", c.shared_events.len()), theme.shared()),
        Span::raw(format!(
            ", {} ◀ {} ▶",
            c.only_left_events.len(),
            c.only_right_events.len()
        )),
    ];
    if state.locked {
        second.push(Span::styled(" │ scroll locked", theme.title(false)));
    }
    vec![
        Line::from(vec![
            Span::styled(format!(" Compare  ◀ {l}"), theme.title(true)),
            Span::raw(format!(" {}   ", title(&c.left))),
            Span::styled(format!("▶ {r}"), theme.title(true)),
            Span::raw(format!(" {}", title(&c.right))),
        ]),
        Line::from(second),
    ]
}

/// "nyt · 8 Sep 2016": a report's outlet and date, as the lists show them, rather than
/// its file name.
fn placed(corpus: &Corpus, id: &crate::model::ReportId) -> String {
    match corpus.report_index(id) {
        Some(at) => crate::tui::lists::outlet_and_date(corpus, at),
        None => one_line(id.as_str()).into_owned(),
    }
}

/// "claims 3= 2≈ 1≠ 69◀ 19▶ · statements 1= 19◀ 16▶ · events 0= 4◀ 8▶": the counts of
/// the header's second line in marks, for a narrow terminal.
fn compact_counts<'a>(c: &Comparison, state: &CompareState, theme: &Theme) -> Line<'a> {
    let count = |relation: Relation| c.claims.iter().filter(|x| x.relation == relation).count();
    let mut spans = vec![
        Span::styled("claims ", theme.title(false)),
        Span::styled(format!("{}= ", count(Relation::Same)), theme.shared()),
        Span::styled(format!("{}≈ ", count(Relation::Reworded)), theme.shared()),
        Span::styled(
            format!("{}≠ ", count(Relation::Conflicting)),
            theme.conflict(),
        ),
        Span::styled(
            format!(
                "{}◀ {}▶",
                count(Relation::OnlyLeft),
                count(Relation::OnlyRight)
            ),
            theme.only(),
        ),
        Span::styled(" · ", theme.dim()),
        Span::styled("statements ", theme.title(false)),
        Span::styled(format!("{}= ", c.shared_statements.len()), theme.shared()),
        Span::raw(format!(
            "{}◀ {}▶",
            c.only_left_statements.len(),
            c.only_right_statements.len()
        )),
        Span::styled(" · ", theme.dim()),
        Span::styled("events ", theme.title(false)),
        Span::styled(format!("{}= ", c.shared_events.len()), theme.shared()),
        Span::raw(format!(
            "{}◀ {}▶",
            c.only_left_events.len(),
            c.only_right_events.len()
        )),
    ];
    if state.locked {
        spans.push(Span::styled(" · locked", theme.title(false)));
    }
    Line::from(spans)
}

/// One side's text: every statement marked, the selected row's item in focus, and,
/// for a pair of claims, the words the other side lacks and the values in conflict.
#[allow(clippy::too_many_arguments)]
fn draw_side(
    corpus: &Corpus,
    comparison: &Comparison,
    state: &CompareState,
    left: bool,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    focused: bool,
) {
    let view = if left { state.left } else { state.right };
    let Some(report) = corpus.reports().get(view.report) else {
        return;
    };
    let arrow = if left { "◀" } else { "▶" };
    let title = format!(
        "{arrow} {} · {} ({} statements)",
        placed(corpus, &report.id),
        report.title,
        corpus.statements_in(&report.id).count()
    );
    let item = state.selected_item(left);
    let focus = item.and_then(|item| place(corpus, comparison, item, &report.id));
    let mut over = Vec::new();
    if let Some(Item::Claim(i)) = item {
        if let Some(claim) = comparison.claims.get(*i) {
            let differing = if left {
                &claim.differing.0
            } else {
                &claim.differing.1
            };
            over.extend(differing.iter().map(|range| Mark {
                range: range.clone(),
                style: theme.differs(),
            }));
            over.extend(claim.conflicts.iter().map(|c| Mark {
                range: if left {
                    c.left_range.clone()
                } else {
                    c.right_range.clone()
                },
                style: theme.conflict_value(),
            }));
        }
    }
    let marks = statement_marks(corpus, report, theme);
    let block = pane_block(title, focused, theme);
    draw_text_over(
        &report.body,
        view,
        &marks,
        focus,
        &over,
        theme,
        block,
        area,
        buf,
    );
}
