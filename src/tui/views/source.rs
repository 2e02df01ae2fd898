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
use crate::tui::action::Pane;
use crate::tui::app::{App, TextView};
use crate::tui::style::Theme;
use crate::tui::text_search;
use crate::tui::wrap;

/// A stretch of the body drawn in a style.
#[derive(Debug, Clone)]
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
    let name = format!("{} Source", Pane::Source.number());
    let Some(report) = corpus.reports().get(app.source.report) else {
        let block = pane_block(name, focused, &app.theme);
        return super::empty("No report.", block, area, buf, &app.theme);
    };
    let count = corpus.statements_in(&report.id).count();
    let title = format!("{name}: {} ({count} statements)", report.title);
    let marks = statement_marks(corpus, report, &app.theme);
    let focus = app
        .highlighted
        .map(|i| &corpus.statements()[i])
        .filter(|s| s.report == report.id)
        .map(|s| s.content.range())
        .or_else(|| app.mention.clone());
    let about = about(report, usize::from(area.width.saturating_sub(4)));
    let block = pane_block(title, focused, &app.theme)
        .title_bottom(Span::styled(format!(" {about} "), app.theme.dim()));
    let search = app.search.as_ref().map(|s| Search {
        query: &s.query,
        current: s.current.clone(),
    });
    draw_text_with(
        &report.body,
        app.source,
        &marks,
        focus,
        search,
        &app.theme,
        block,
        area,
        buf,
    );
}

/// "Reuters · Sat 16 Aug 2025 (inferred) · by Jane Doe · https://…": where and when a
/// report was published, by whom, and where it is online, in `width` columns. A URL
/// too long for the room left is cut to its site.
pub fn about(report: &Report, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    let mut parts = Vec::new();
    if let Some(publisher) = &report.publisher {
        parts.push(one_line(publisher).into_owned());
    }
    match report.published {
        Some(p) => {
            let mut date = p.date.format("%a %-d %b %Y").to_string();
            if let Some(time) = p.time {
                date += &time.format(" %H:%M").to_string();
            }
            if p.inferred {
                date += " (inferred)";
            }
            parts.push(date);
        }
        None => parts.push("undated".to_owned()),
    }
    if let Some(author) = &report.author {
        parts.push(format!("by {}", one_line(author)));
    }
    let meta = parts.join(" · ");
    let Some(url) = report.url.as_deref().map(one_line) else {
        return super::cut(&meta, width);
    };
    let room = width.saturating_sub(meta.width() + 3);
    // The site, which says most about where the report is, when the whole URL does not
    // fit; nothing when neither does.
    let site = url.split("://").nth(1).unwrap_or(&url);
    let site = format!("{}/…", site.split('/').next().unwrap_or(site));
    if url.width() <= room {
        format!("{meta} · {url}")
    } else if site.width() <= room {
        format!("{meta} · {site}")
    } else {
        super::cut(&meta, width)
    }
}

/// A search to mark in a text: every hit, and the one the view is on.
pub struct Search<'a> {
    pub query: &'a str,
    pub current: Option<Range<usize>>,
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
    draw_text_with(body, view, marks, focus, None, theme, block, area, buf);
}

/// [`draw_text`], with `over` marked over everything else (the words a compared claim
/// does not share, the values in conflict).
#[allow(clippy::too_many_arguments)]
pub fn draw_text_over(
    body: &str,
    view: TextView,
    marks: &[Mark],
    focus: Option<Range<usize>>,
    over: &[Mark],
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
        .map(|line| styled_line(body, line, marks, over, focus.as_ref(), theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// [`draw_text`], with the hits of a search marked.
#[allow(clippy::too_many_arguments)]
pub fn draw_text_with(
    body: &str,
    view: TextView,
    marks: &[Mark],
    focus: Option<Range<usize>>,
    search: Option<Search>,
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
    let shown: Vec<Range<usize>> = wrap::wrap(body, usize::from(inner.width))
        .into_iter()
        .skip(view.scroll)
        .take(usize::from(inner.height))
        .collect();
    // Hits are looked for in what is shown only, a line either side for a hit that
    // runs over a line's end.
    let mut hits = Vec::new();
    if let (Some(search), Some(first), Some(last)) = (&search, shown.first(), shown.last()) {
        let from = shown_before(body, first.start);
        let to = shown_after(body, last.end);
        for hit in text_search::find_all(body, search.query, from..to) {
            let style = if search.current.as_ref() == Some(&hit) {
                theme.search_current()
            } else {
                theme.search_hit()
            };
            hits.push(Mark { range: hit, style });
        }
    }
    let lines: Vec<Line> = shown
        .into_iter()
        .map(|line| styled_line(body, line, marks, &hits, focus.as_ref(), theme))
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// The start of the line before the one starting at `start` (hits may start there).
fn shown_before(body: &str, start: usize) -> usize {
    body[..start.min(body.len())]
        .trim_end_matches('\n')
        .rfind('\n')
        .map_or(0, |i| i + 1)
}

/// The end of the line after the one ending at `end`.
fn shown_after(body: &str, end: usize) -> usize {
    let end = end.min(body.len());
    let rest = &body[end..];
    let skip = rest.len() - rest.trim_start_matches('\n').len();
    rest[skip..]
        .find('\n')
        .map_or(body.len(), |i| end + skip + i)
}

/// One line of text in runs of one style each: a search hit over the statement in
/// focus over the statements' marks.
fn styled_line(
    body: &str,
    line: Range<usize>,
    marks: &[Mark],
    hits: &[Mark],
    focus: Option<&Range<usize>>,
    theme: &Theme,
) -> Line<'static> {
    let inside = |r: &Range<usize>| r.start < line.end && line.start < r.end;
    let mut cuts = vec![line.start, line.end];
    for range in marks
        .iter()
        .chain(hits)
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
            let hit = hits.iter().find(|m| m.range.contains(&w[0]));
            let style = if let Some(hit) = hit {
                hit.style
            } else if focus.is_some_and(|f| f.contains(&w[0])) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn about_a_report_cuts_a_long_url_to_its_site() {
        let mut report = crate::corpus::bundled().corpus.reports()[0].clone();
        report.publisher = Some("The Westmere Courier".into());
        report.author = Some("Jana Kowalski".into());
        report.url = Some("https://westmere-courier.example/news/a-long-address".into());
        let wide = about(&report, 200);
        assert!(wide
            .starts_with("The Westmere Courier · Sat 16 Aug 2025 (inferred) · by Jana Kowalski"));
        assert!(wide.ends_with(" · https://westmere-courier.example/news/a-long-address"));
        let narrow = about(&report, 100);
        assert!(
            narrow.ends_with(" · westmere-courier.example/…"),
            "{narrow}"
        );
        assert!(
            !about(&report, 80).contains(" · westmere"),
            "no room for the site"
        );
        assert!(about(&report, 30).ends_with('…'));
    }
}
