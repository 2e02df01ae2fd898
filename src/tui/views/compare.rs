//! The compare screen: counts in a header, the aligned rows, and both texts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::source::{draw_text, statement_marks};
use super::{draw_list, empty, fit, pane_block};

use crate::model::{Comparison, Corpus, Precision};
use crate::text::{one_line, quoted};
use crate::tui::align::{self, Item, RowKind};
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
    Paragraph::new(header(corpus, comparison, state, theme)).render(layout.header, buf);
    for (part, rect) in &layout.parts {
        let focused = *part == state.focus;
        match part {
            ComparePart::Rows => draw_rows(corpus, state, theme, *rect, buf, focused),
            side => draw_side(
                corpus,
                state,
                *side == ComparePart::Left,
                theme,
                *rect,
                buf,
                focused,
            ),
        }
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
    let (l, r) = (one_line(c.left.as_str()), one_line(c.right.as_str()));
    let counts = |what: &str, shared: usize, left: usize, right: usize| {
        vec![
            Span::styled(format!("{what} "), theme.title(false)),
            Span::styled(format!("{shared} shared"), theme.shared()),
            Span::raw(", "),
            Span::styled(format!("{left} only ◀"), theme.only()),
            Span::raw(", "),
            Span::styled(format!("{right} only ▶"), theme.only()),
        ]
    };
    let mut second = counts(
        "statements",
        c.shared_statements.len(),
        c.only_left_statements.len(),
        c.only_right_statements.len(),
    );
    second.push(Span::styled(" │ ", theme.dim()));
    second.extend(counts(
        "events",
        c.shared_events.len(),
        c.only_left_events.len(),
        c.only_right_events.len(),
    ));
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

fn draw_rows(
    corpus: &Corpus,
    state: &CompareState,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    focused: bool,
) {
    let title = format!(
        "Aligned ({} rows)  = same  ≈ reworded  < only left  > only right  ◆ event",
        state.rows.len()
    );
    let block = pane_block(title, focused, theme);
    if state.rows.is_empty() {
        return empty("Nothing to align.", block, area, buf, theme);
    }
    let width = usize::from(area.width.saturating_sub(2));
    let cell = width.saturating_sub(5) / 2;
    let item = |i: usize| {
        let row = &state.rows[i];
        let (marker, style) = match row.kind {
            RowKind::Shared => ("=", theme.shared()),
            RowKind::Reworded => ("≈", theme.shared()),
            RowKind::OnlyLeft => ("<", theme.only()),
            RowKind::OnlyRight => (">", theme.only()),
        };
        let text = |item: &Option<Item>| {
            item.as_ref()
                .map_or_else(String::new, |i| describe(corpus, i))
        };
        vec![Line::from(vec![
            Span::styled(format!("{marker} "), style),
            Span::raw(fit(&text(&row.left), cell)),
            Span::styled(" │ ", theme.dim()),
            Span::raw(fit(&text(&row.right), cell)),
        ])]
    };
    draw_list(
        state.rows.len(),
        item,
        Some(state.selected),
        1,
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// One line for a row's side: "◆ Feb 2022 · Russian invasion…" or "Putin: “…”".
fn describe(corpus: &Corpus, item: &Item) -> String {
    match item {
        Item::Event(id) => corpus.event(id).map_or_else(String::new, |e| {
            // A date reads best first; "before <another event>" is long, so it goes last.
            let when = corpus.human_time(e);
            match e.time.as_ref().map(|t| t.value.precision()) {
                Some(p) if !matches!(p, Precision::Relative) => format!("◆ {when} · {}", e.title),
                _ => format!("◆ {} ({when})", e.title),
            }
        }),
        Item::Statement(i) => corpus.statements().get(*i).map_or_else(String::new, |s| {
            format!("{}: {}", corpus.speaker_name(&s.speaker), quoted(corpus, s))
        }),
    }
}

fn draw_side(
    corpus: &Corpus,
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
        report.id,
        report.title,
        corpus.statements_in(&report.id).count()
    );
    let focus = state
        .selected_item(left)
        .and_then(|item| align::place(corpus, item, &report.id));
    let marks = statement_marks(corpus, report, theme);
    let block = pane_block(title, focused, theme);
    draw_text(&report.body, view, &marks, focus, theme, block, area, buf);
}
