//! Compare's aligned rows, each as many screen lines as its longer side needs (up to
//! three): both sides' texts, the words a reworded pair does not share marked; under a
//! conflicting pair, a line for each of its conflicts with both values.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use std::ops::Range;
use unicode_width::UnicodeWidthChar;

use ratatui::widgets::{Paragraph, Widget};

use crate::model::rows::{Item, Row};
use crate::model::{
    ClaimPair, ClaimText, Comparison, Conflict, ConflictKind, Corpus, Precision, Relation,
};
use crate::text::{one_line, quoted};
use crate::tui::compare::CompareState;
use crate::tui::layout;
use crate::tui::style::Theme;
use crate::tui::views::{empty, pane_block};

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

/// Lines a side's text takes at most in a row; a longer claim ends in "…" (Enter shows
/// it in full in its source). Two in a list of fewer than [`ROOMY`] rows, so that a
/// small terminal still shows several pairs.
pub const MAX_TEXT_LINES: usize = 3;
const ROOMY: usize = 12;

/// How rows are laid out in a list: its width in columns, and the most lines a side's
/// text may take.
#[derive(Debug, Clone, Copy)]
pub struct Fit {
    pub width: usize,
    pub lines: usize,
}

impl Fit {
    /// The fit of rows inside `inner`, the list's area within its border.
    pub fn new(inner: Rect) -> Fit {
        let rows = usize::from(inner.height);
        Fit {
            width: usize::from(inner.width),
            lines: if rows < ROOMY { 2 } else { MAX_TEXT_LINES },
        }
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
    let inner = block.inner(area);
    block.render(area, buf);
    let fit = Fit::new(inner);
    let visible = usize::from(inner.height);
    let height = |i: usize| row_height(corpus, comparison, &state.rows[i], fit);
    let offset = layout::varied_offset(state.selected, visible, height);
    let mut lines = Vec::with_capacity(visible);
    for i in offset..state.rows.len() {
        if lines.len() >= visible {
            break;
        }
        let row = row_lines(corpus, comparison, &state.rows[i], theme, fit);
        let selected = i == state.selected;
        lines.extend(row.into_iter().map(|line| {
            if selected {
                line.patch_style(theme.selected(focused))
            } else {
                line
            }
        }));
    }
    lines.truncate(visible);
    Paragraph::new(lines).render(inner, buf);
}

/// The columns of one side's text in a row `width` columns wide: a margin of two for
/// the relation's mark, " │ " between the sides.
fn cell_width(width: usize) -> usize {
    width.saturating_sub(5) / 2
}

/// The screen lines a row takes in a list `width` columns wide: its longer side's
/// text (at most `fit.lines`) and a line for each conflict.
pub fn row_height(corpus: &Corpus, comparison: &Comparison, row: &Row, fit: Fit) -> usize {
    let cell = cell_width(fit.width);
    let lines = |item: &Option<Item>, left: bool| {
        item.as_ref().map_or(0, |item| {
            let text = item_text(corpus, comparison, item, left);
            line_starts(&one_line(&text.text), cell)
                .len()
                .min(fit.lines)
        })
    };
    let text = lines(&row.left, true).max(lines(&row.right, false)).max(1);
    text + row_conflicts(comparison, row).map_or(0, |c| c.conflicts.len())
}

/// The pair of claims whose conflicts a row shows under its texts.
fn row_conflicts<'c>(comparison: &'c Comparison, row: &Row) -> Option<&'c ClaimPair> {
    match (&row.left, row.relation) {
        (Some(Item::Claim(c)), Relation::Conflicting) => comparison.claims.get(*c),
        _ => None,
    }
}

/// A row's screen lines: the relation's mark, both sides' texts, then its conflicts.
fn row_lines(
    corpus: &Corpus,
    comparison: &Comparison,
    row: &Row,
    theme: &Theme,
    fit: Fit,
) -> Vec<Line<'static>> {
    let cell = cell_width(fit.width);
    let (mark, style) = marker(row.relation, theme);
    let side = |item: &Option<Item>, left: bool| {
        item.as_ref().map_or_else(Vec::new, |item| {
            cell_lines(corpus, comparison, item, left, theme, cell, fit.lines)
        })
    };
    let (mut l, mut r) = (side(&row.left, true), side(&row.right, false));
    let height = l.len().max(r.len()).max(1);
    for cells in [&mut l, &mut r] {
        cells.resize_with(height, || vec![Span::raw(" ".repeat(cell))]);
    }
    let mut lines: Vec<Line<'static>> = l
        .into_iter()
        .zip(r)
        .enumerate()
        .map(|(k, (l, r))| {
            let margin = if k == 0 { mark } else { " " };
            let mut spans = vec![Span::styled(format!("{margin} "), style)];
            spans.extend(l);
            spans.push(Span::styled(" │ ", theme.dim()));
            spans.extend(r);
            Line::from(spans)
        })
        .collect();
    if let Some(claim) = row_conflicts(comparison, row) {
        lines.extend(
            claim
                .conflicts
                .iter()
                .map(|c| conflict_line(c, theme, fit.width)),
        );
    }
    lines
}

/// "  ≠ date  Friday → Thursday": one conflict with both values; two quotations of one
/// statement show where they part, with a few words around.
fn conflict_line(c: &Conflict, theme: &Theme, width: usize) -> Line<'static> {
    let (left, right) = if c.kind == ConflictKind::Quote {
        where_they_part(&c.left, &c.right)
    } else {
        (
            one_line(&c.left).into_owned(),
            one_line(&c.right).into_owned(),
        )
    };
    let spans = vec![
        Span::styled("  ≠ ", theme.conflict()),
        Span::styled(format!("{} ", c.kind.label()), theme.dim()),
        Span::styled(left, theme.conflict_value()),
        Span::raw(" → "),
        Span::styled(right, theme.conflict_value()),
    ];
    cut_line(spans, width)
}

/// Words kept on each side of where two quotations differ.
const CONTEXT_WORDS: usize = 3;

/// Two wordings of one quotation cut to where they differ, a few words around, "…"
/// where words are left out: "…a big beneficiary of the laws" / "…of the law".
fn where_they_part(left: &str, right: &str) -> (String, String) {
    let (l, r) = (one_line(left), one_line(right));
    let (lw, rw): (Vec<&str>, Vec<&str>) = (
        l.split_whitespace().collect(),
        r.split_whitespace().collect(),
    );
    let prefix = lw.iter().zip(&rw).take_while(|(a, b)| a == b).count();
    let most = lw.len().min(rw.len()) - prefix;
    let suffix = lw
        .iter()
        .rev()
        .zip(rw.iter().rev())
        .take(most)
        .take_while(|(a, b)| a == b)
        .count();
    let cut = |words: &[&str]| {
        let from = prefix.saturating_sub(CONTEXT_WORDS);
        let to = (words.len() - suffix + CONTEXT_WORDS).min(words.len());
        let mut out = String::new();
        if from > 0 {
            out.push('…');
        }
        out.push_str(&words[from..to].join(" "));
        if to < words.len() {
            out.push('…');
        }
        out
    };
    (cut(&lw), cut(&rw))
}

/// A side of a row in lines of exactly `width` columns (at most `most`); none when the
/// row has nothing on this side.
fn cell_lines(
    corpus: &Corpus,
    comparison: &Comparison,
    item: &Item,
    left: bool,
    theme: &Theme,
    width: usize,
    most: usize,
) -> Vec<Vec<Span<'static>>> {
    let text = item_text(corpus, comparison, item, left);
    let marks: Vec<(Range<usize>, Style)> = match item {
        Item::Claim(i) => comparison.claims.get(*i).map_or_else(Vec::new, |claim| {
            let differing = if left {
                &claim.differing.0
            } else {
                &claim.differing.1
            };
            differing
                .iter()
                .map(|r| (r.clone(), theme.differs()))
                .collect()
        }),
        _ => Vec::new(),
    };
    if text.text.is_empty() {
        return Vec::new();
    }
    styled_cells(&text, &marks, width, most)
}

/// The text a row shows for an item on one side: a claim's own words (its offsets
/// those of the report's body), or a line describing an event or a statement.
fn item_text(corpus: &Corpus, comparison: &Comparison, item: &Item, left: bool) -> ClaimText {
    let claim = match item {
        Item::Claim(i) => comparison.claims.get(*i).and_then(|claim| {
            if left {
                claim.left.clone()
            } else {
                claim.right.clone()
            }
        }),
        other => {
            let text = describe(corpus, other);
            Some(ClaimText {
                start: 0,
                end: text.len(),
                text,
            })
        }
    };
    claim.unwrap_or(ClaimText {
        start: 0,
        end: 0,
        text: String::new(),
    })
}

/// A claim's text cut into lines of `width` columns, as many as it needs up to
/// `most`, the marked byte ranges (of the report's body) in their style;
/// the last line ends in "…" when the text goes on.
fn styled_cells(
    claim: &ClaimText,
    marks: &[(Range<usize>, Style)],
    width: usize,
    most: usize,
) -> Vec<Vec<Span<'static>>> {
    let text = one_line(&claim.text);
    let breaks = line_starts(&text, width);
    let height = breaks.len().clamp(1, most.max(1));
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new(); height];
    let mut used = vec![0usize; height];
    let mut line = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        // The last line runs on to its end, and an ellipsis says the text goes on.
        if line + 1 < height && breaks.get(line + 1) == Some(&at) {
            line += 1;
        }
        let w = c.width().unwrap_or(0);
        let last_line = line + 1 == height;
        let more_after = k + 1 < chars.len();
        if last_line && more_after && used[line] + w + 1 > width {
            lines[line].push(Span::raw("…"));
            used[line] += 1;
            break;
        }
        // A space at the start of a line, or where it is full, is where it wrapped.
        if c == ' ' && (used[line] == 0 || used[line] + w > width) {
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
        if c == ' ' && used + w > width.max(1) {
            // A space where the line is full ends it; the next word starts the next.
            starts.push(at + 1);
            used = 0;
            last_space = None;
            width_since_space = 0;
            continue;
        }
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
    fn a_cell_takes_the_lines_its_text_needs_with_an_ellipsis_when_cut() {
        let claim = ClaimText {
            start: 100,
            end: 129,
            text: "The talks lasted three hours.".into(),
        };
        assert_eq!(
            plain(&styled_cells(&claim, &[], 12, 3)),
            ["The talks   ", "lasted three", "hours.      "]
        );
        assert_eq!(
            plain(&styled_cells(&claim, &[], 8, 3)),
            ["The     ", "talks   ", "lasted …"]
        );
        assert_eq!(
            plain(&styled_cells(&claim, &[], 30, 3)),
            ["The talks lasted three hours. "]
        );
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let marked = styled_cells(&claim, &[(117..122, bold)], 30, 3);
        let bold: String = marked[0]
            .iter()
            .filter(|s| s.style == bold)
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(bold, "three");
    }

    #[test]
    fn two_wordings_of_a_quote_are_cut_to_where_they_part() {
        let (l, r) = where_they_part(
            "It is something I have talked about for years despite being a big beneficiary of the rules",
            "It is something I have talked about for years despite being a big beneficiary of the rule",
        );
        assert_eq!(
            (l.as_str(), r.as_str()),
            ("…beneficiary of the rules", "…beneficiary of the rule")
        );
        let (l, r) = where_they_part(
            "we will rebuild the old harbour wall before winter comes",
            "we will rebuild the new harbour wall before winter comes",
        );
        assert_eq!(
            (l.as_str(), r.as_str()),
            (
                "…will rebuild the old harbour wall before…",
                "…will rebuild the new harbour wall before…"
            )
        );
        // One a fragment of the other: the words only one has, with what leads to them.
        let (l, r) = where_they_part("we will win", "we will win this fight");
        assert_eq!(
            (l.as_str(), r.as_str()),
            ("we will win", "we will win this fight")
        );
    }
}
