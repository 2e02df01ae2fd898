//! Compare's aligned rows, two screen lines each: both sides' texts, the words a
//! reworded pair does not share marked; under a conflicting pair, its conflicts with
//! both values.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;
use unicode_width::UnicodeWidthChar;

use crate::model::rows::Item;
use crate::model::{ClaimText, Comparison, Corpus, Precision, Relation};
use crate::text::{one_line, quoted};
use crate::tui::compare::{CompareState, ROW_HEIGHT};
use crate::tui::style::Theme;
use crate::tui::views::{draw_list, empty, pane_block};

/// The mark of a relation at the start of a row, and its style.
fn marker(relation: Relation, theme: &Theme) -> (&'static str, Style) {
    match relation {
        Relation::Same => ("=", theme.shared()),
        Relation::Reworded => ("≈", theme.shared()),
        Relation::Conflicting => ("≠", theme.conflict()),
        Relation::OnlyLeft => ("<", theme.only()),
        Relation::OnlyRight => (">", theme.only()),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn draw(
    corpus: &Corpus,
    comparison: &Comparison,
    state: &CompareState,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    focused: bool,
) {
    let title = format!(
        "Aligned {} ({} rows; v switches)  = same  ≈ reworded  ≠ conflicting  < only left  > only right  ◆ event",
        state.set.label(),
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
        let (mark, style) = marker(row.relation, theme);
        let side = |item: &Option<Item>, left: bool| {
            item.as_ref().map_or_else(
                || vec![vec![Span::raw(" ".repeat(cell))]; ROW_HEIGHT],
                |item| cell_lines(corpus, comparison, item, left, theme, cell),
            )
        };
        let (l, r) = (side(&row.left, true), side(&row.right, false));
        let conflicts = match (&row.left, row.relation) {
            (Some(Item::Claim(c)), Relation::Conflicting) => comparison.claims.get(*c),
            _ => None,
        };
        (0..ROW_HEIGHT)
            .map(|k| {
                if let (1, Some(claim)) = (k, conflicts) {
                    return conflict_line(claim, theme, width);
                }
                let margin = if k == 0 { mark } else { " " };
                let mut spans = vec![Span::styled(format!("{margin} "), style)];
                spans.extend(l[k].iter().cloned());
                spans.push(Span::styled(" │ ", theme.dim()));
                spans.extend(r[k].iter().cloned());
                Line::from(spans)
            })
            .collect()
    };
    draw_list(
        state.rows.len(),
        item,
        Some(state.selected),
        ROW_HEIGHT,
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// "  ≠ date Friday → Thursday · number three hours → four hours".
fn conflict_line(claim: &crate::model::ClaimPair, theme: &Theme, width: usize) -> Line<'static> {
    let mut spans = vec![Span::styled("  ≠ ", theme.conflict())];
    for (k, c) in claim.conflicts.iter().enumerate() {
        if k > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(format!("{} ", c.kind.label()), theme.dim()));
        spans.push(Span::styled(
            one_line(&c.left).into_owned(),
            theme.conflict_value(),
        ));
        spans.push(Span::raw(" → "));
        spans.push(Span::styled(
            one_line(&c.right).into_owned(),
            theme.conflict_value(),
        ));
    }
    cut_line(spans, width)
}

/// A side of a row in `ROW_HEIGHT` lines of exactly `width` columns.
fn cell_lines(
    corpus: &Corpus,
    comparison: &Comparison,
    item: &Item,
    left: bool,
    theme: &Theme,
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    match item {
        Item::Claim(i) => {
            let Some(claim) = comparison.claims.get(*i) else {
                return vec![vec![Span::raw(" ".repeat(width))]; ROW_HEIGHT];
            };
            let (text, differing) = if left {
                (&claim.left, &claim.differing.0)
            } else {
                (&claim.right, &claim.differing.1)
            };
            let marks: Vec<(Range<usize>, Style)> = differing
                .iter()
                .map(|r| (r.clone(), theme.differs()))
                .collect();
            text.as_ref().map_or_else(
                || vec![vec![Span::raw(" ".repeat(width))]; ROW_HEIGHT],
                |t| styled_cells(t, &marks, width),
            )
        }
        other => {
            let text = describe(corpus, other);
            let claim = ClaimText {
                start: 0,
                end: text.len(),
                text,
            };
            styled_cells(&claim, &[], width)
        }
    }
}

/// A claim's text cut into `ROW_HEIGHT` lines of `width` columns, the marked byte
/// ranges (of the report's body) in their style; the last line ends in "…" when the
/// text goes on.
fn styled_cells(
    claim: &ClaimText,
    marks: &[(Range<usize>, Style)],
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new(); ROW_HEIGHT];
    let mut used = vec![0usize; ROW_HEIGHT];
    let text = one_line(&claim.text);
    let breaks = line_starts(&text, width);
    let mut line = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        // The last line runs on to its end, and an ellipsis says the text goes on.
        if line + 1 < ROW_HEIGHT && breaks.get(line + 1) == Some(&at) {
            line += 1;
        }
        let w = c.width().unwrap_or(0);
        let last_line = line + 1 == ROW_HEIGHT;
        let more_after = k + 1 < chars.len();
        if last_line && more_after && used[line] + w + 1 > width {
            lines[line].push(Span::raw("…"));
            used[line] += 1;
            break;
        }
        if used[line] == 0 && c == ' ' {
            continue;
        }
        // Offsets of the safe text match the body's: `one_line` replaces characters
        // one for one, and a claim's text is one line of the body.
        let offset = claim.start + at;
        let style = marks
            .iter()
            .find(|(r, _)| r.contains(&offset))
            .map_or_else(Style::new, |(_, s)| *s);
        match lines[line].last_mut() {
            Some(span) if span.style == style => span.content.to_mut().push(c),
            _ => lines[line].push(Span::styled(c.to_string(), style)),
        }
        used[line] += w;
    }
    for (spans, used) in lines.iter_mut().zip(used) {
        spans.push(Span::raw(" ".repeat(width.saturating_sub(used))));
    }
    lines
}

/// Where each line of `text` wrapped to `width` columns starts (byte offsets): after
/// the last space that fits, or where a word too long for a line has to be cut.
fn line_starts(text: &str, width: usize) -> Vec<usize> {
    let mut starts = vec![0];
    let mut used = 0;
    let mut last_space: Option<usize> = None;
    let mut width_since_space = 0;
    for (at, c) in text.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > width.max(1) {
            let start = match last_space {
                Some(space) if space > *starts.last().unwrap_or(&0) => space + 1,
                _ => at,
            };
            starts.push(start);
            used = if start == at { 0 } else { width_since_space };
            last_space = None;
            width_since_space = 0;
        }
        if c == ' ' {
            last_space = Some(at);
            width_since_space = 0;
        } else {
            width_since_space += w;
        }
        used += w;
    }
    starts
}

/// Spans cut to at most `width` columns.
fn cut_line(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    let mut used = 0;
    let mut out = Vec::new();
    for span in spans {
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > width {
                break;
            }
            used += w;
            kept.push(c);
        }
        out.push(Span::styled(kept, span.style));
        if used >= width {
            break;
        }
    }
    Line::from(out)
}

/// One line for an event or a statement: "◆ Feb 2022 · Russian invasion…" or
/// "Putin: “…”".
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
        Item::Claim(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Vec<Span>]) -> Vec<String> {
        lines
            .iter()
            .map(|spans| spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_cell_is_two_lines_of_its_width_with_an_ellipsis_when_cut() {
        let claim = ClaimText {
            start: 100,
            end: 129,
            text: "The talks lasted three hours.".into(),
        };
        assert_eq!(
            plain(&styled_cells(&claim, &[], 12)),
            ["The talks   ", "lasted thre…"]
        );
        assert_eq!(
            plain(&styled_cells(&claim, &[], 30)),
            ["The talks lasted three hours. ", " ".repeat(30).as_str()]
        );
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let marked = styled_cells(&claim, &[(117..122, bold)], 30);
        let bold: String = marked[0]
            .iter()
            .filter(|s| s.style == bold)
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(bold, "three");
    }
}
