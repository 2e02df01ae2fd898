//! The quote finder popup: the query, and every statement ranked against it with the
//! matched letters marked.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::statements::speaker_position;
use super::{clear, draw_list, pane_block, thousands};
use crate::model::{Corpus, Statement};
use crate::text::one_line;
use crate::tui::action::{Action, Context};
use crate::tui::app::App;
use crate::tui::finder::FinderState;
use crate::tui::layout;
use crate::tui::style::Theme;

const ITEM_HEIGHT: usize = 2;

fn areas(area: Rect) -> (Rect, Rect, Rect) {
    let popup = layout::finder(area);
    let [input, results] =
        Layout::vertical([Constraint::Length(3), Constraint::Min(0)]).areas(popup);
    (popup, input, results)
}

pub fn draw(app: &App, state: &FinderState, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let corpus = &app.corpus;
    let (popup, input, results) = areas(area);
    clear(popup, buf);
    // The warning first, where a narrow popup still shows it.
    let near_only = !state.waiting() && !state.hits.is_empty() && !any_word_for_word(corpus, state);
    let warning = if near_only {
        "none word for word, "
    } else {
        ""
    };
    let counted = format!("{warning}{}", count(state, corpus.statements().len()));
    // Where the popup is too narrow for the whole title, the count goes first: its
    // input line says what the popup is for.
    let title = match format!("Find a quote: {counted}") {
        whole if whole.width() + 4 <= usize::from(popup.width) => whole,
        _ => counted,
    };
    let block = pane_block(title, true, theme);
    let query = state.query.text();
    let (before, after) = query.split_at(state.query.cursor());
    let mut rest = after.chars();
    let under = rest
        .next()
        .map_or(" ".to_owned(), |c| one_line(&c.to_string()).into_owned());
    let recalled = match state.recalled {
        Some(r) => format!("   (earlier search {}: ↑ ↓ for others)", r + 1),
        None => String::new(),
    };
    Paragraph::new(Line::from(vec![
        Span::styled("> ", theme.title(false)),
        Span::raw(one_line(before).into_owned()),
        Span::styled(under, theme.title(false).add_modifier(Modifier::REVERSED)),
        Span::raw(one_line(rest.as_str()).into_owned()),
        Span::styled(recalled, theme.dim()),
    ]))
    .block(block)
    .render(input, buf);
    let keys = app.keymap.phrase(
        &[Context::Finder],
        &[
            (&[Action::Open], "shows the quote in its report"),
            (&[Action::Back], "goes back"),
        ],
    );
    let block = pane_block(format!("Results: {keys}"), false, theme);
    if state.hits.is_empty() && !state.waiting() {
        return super::empty("No statement matches.", block, results, buf, theme);
    }
    let item = |i: usize| {
        let hit = &state.hits[i];
        let s = &corpus.statements()[hit.statement];
        let speaker = theme.speaker(speaker_position(corpus, hit.statement));
        let mut first = marked(
            corpus.speaker_name(&s.speaker),
            &hit.speaker_chars,
            speaker,
            theme,
        );
        // How, where and when, as the statements pane says it: "direct · nyt · 8 Sep
        // 2016", not the report's file name.
        first.push(Span::styled(
            format!("  {}", super::statements::placed(corpus, hit.statement)),
            theme.dim(),
        ));
        let mut second = vec![Span::raw("  ")];
        let (said, matched) = said_with_matches(corpus, s, &hit.quote_chars);
        second.extend(marked(&said, &matched, Style::new(), theme));
        vec![Line::from(first), Line::from(second)]
    };
    draw_list(
        state.hits.len(),
        item,
        Some(state.selected),
        ITEM_HEIGHT,
        block,
        results,
        buf,
        theme.selected(true),
    );
}

/// How many statements match, truthfully: "30,307 match, the best 500 listed",
/// "12 of 1,355 match", "matching… (40 so far)".
pub fn count(state: &FinderState, statements: usize) -> String {
    if state.waiting() {
        return if state.shown == state.asked {
            format!("matching… ({} so far)", thousands(state.hits.len()))
        } else {
            "matching…".to_owned()
        };
    }
    let (total, listed) = (state.total, state.hits.len());
    match (state.query.text().trim().is_empty(), total > listed) {
        (true, true) => format!(
            "all {} statements, the first {} listed",
            thousands(total),
            thousands(listed)
        ),
        (true, false) => format!("all {} statements", thousands(total)),
        (false, true) => format!(
            "{} of {} match, the best {} listed",
            thousands(total),
            thousands(statements),
            thousands(listed)
        ),
        (false, false) => format!("{} of {} match", thousands(total), thousands(statements)),
    }
}

/// Whether a listed statement holds the query as it is typed, ignoring case and runs
/// of spaces, in what was said or the speaker's name: where none does, the title says
/// so, so that a near match ("deal" for "dael") is not taken for the words searched.
/// An empty query holds every statement.
fn any_word_for_word(corpus: &Corpus, state: &FinderState) -> bool {
    // Straight and curly marks alike: "she's" is "She’s" word for word.
    let words = |text: &str| {
        let mut words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        words = words.replace(['’', '‘'], "'").replace(['“', '”'], "\"");
        words.to_lowercase()
    };
    let query = words(state.query.text());
    query.is_empty()
        || state.hits.iter().any(|hit| {
            let s = &corpus.statements()[hit.statement];
            words(corpus.text(&s.report, &s.content)).contains(&query)
                || words(corpus.speaker_name(&s.speaker)).contains(&query)
        })
}

/// `text` made safe, in runs of matched and unmatched characters.
fn marked(text: &str, matched: &[usize], base: Style, theme: &Theme) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    for (i, c) in one_line(text).chars().enumerate() {
        let hit = matched.binary_search(&i).is_ok();
        if hit != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(theme.matched())
            } else {
                base
            };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = hit;
        run.push(c);
    }
    if !run.is_empty() {
        let style = if run_matched {
            base.patch(theme.matched())
        } else {
            base
        };
        spans.push(Span::styled(run, style));
    }
    spans
}

/// The words a statement said, as the other panes show them (`Corpus::said`: a
/// quotation split by its attribution without it), with the matched characters of its
/// content (`quote_chars`) moved to where they stand in them; a match inside the
/// attribution left out is not shown.
fn said_with_matches<'a>(
    corpus: &'a Corpus,
    s: &Statement,
    matched: &'a [usize],
) -> (Cow<'a, str>, Cow<'a, [usize]>) {
    let body = corpus.report(&s.report).map_or("", |r| r.body.as_str());
    let (first, Some(second)) = s.said(body) else {
        return (corpus.text(&s.report, &s.content).into(), matched.into());
    };
    let chars = |range: std::ops::Range<usize>| body.get(range).map_or(0, |t| t.chars().count());
    let first_chars = chars(first.clone());
    let second_from = chars(s.content.start()..second.start);
    let join = crate::model::SAID_JOIN.chars().count();
    let moved = matched
        .iter()
        .filter_map(|&i| {
            if i < first_chars {
                Some(i)
            } else {
                (i >= second_from).then(|| i - second_from + first_chars + join)
            }
        })
        .collect();
    (corpus.said(s), Cow::Owned(moved))
}

/// The result under a click, if any.
pub fn hit_at(state: &FinderState, area: Rect, column: u16, row: u16) -> Option<usize> {
    let (_, _, results) = areas(area);
    let inside = layout::contains(results, column, row)
        && row > results.y
        && row + 1 < results.y + results.height;
    if !inside {
        return None;
    }
    let offset = layout::list_offset(state.selected, ITEM_HEIGHT, layout::inner_rows(results));
    let item = layout::item_at(offset, ITEM_HEIGHT, usize::from(row - results.y - 1));
    (item < state.hits.len()).then_some(item)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{from_sources, Source};

    #[test]
    fn matches_move_with_the_words_said_and_drop_in_the_attribution() {
        let body = "\"We will not move,\" Tomas Brandt said, pointing. \"Not an inch.\"\n";
        let loaded = from_sources(vec![Source {
            report_file: "pier.txt".into(),
            report: format!("published: 2024-03-05\n\n{body}").into_bytes(),
            annotation: None,
        }]);
        let corpus = &loaded.corpus;
        let s = &corpus.statements()[0];
        let content = corpus.text(&s.report, &s.content);
        // Every character of "Brandt" and of "inch" in the content, matched.
        let at = |word: &str| {
            let start = content[..content.find(word).unwrap()].chars().count();
            start..start + word.chars().count()
        };
        let matched: Vec<usize> = at("Brandt").chain(at("inch")).collect();
        let (said, moved) = said_with_matches(corpus, s, &matched);
        assert_eq!(said, "\"We will not move,\" … \"Not an inch.\"");
        let shown: String = said
            .chars()
            .enumerate()
            .filter(|(i, _)| moved.contains(i))
            .map(|(_, c)| c)
            .collect();
        assert_eq!(shown, "inch");
    }
}
