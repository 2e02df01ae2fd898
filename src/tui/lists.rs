//! What each list pane shows: the corpus's reports, events, speakers and statements
//! that its filters let through, in its order, with a selection that stays on the same
//! item when the list changes around it.

use std::ops::Deref;

use crate::model::{Corpus, DateRange, StatementKind};
use crate::text::one_line;

/// The rows of a list pane, as positions in one of the corpus's vectors.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rows {
    shown: Vec<usize>,
    /// A position in `shown`.
    pub selected: usize,
    /// What was typed to filter the list ("" for none).
    pub query: String,
    /// Which of the pane's orders (see the pane table) the list is in.
    pub order: usize,
}

impl Deref for Rows {
    type Target = [usize];

    fn deref(&self) -> &[usize] {
        &self.shown
    }
}

impl Rows {
    /// The item selected, if the list has any.
    pub fn current(&self) -> Option<usize> {
        self.shown.get(self.selected).copied()
    }

    /// Selects row `index`, or the last row if there are fewer.
    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.shown.len().saturating_sub(1));
    }

    /// Selects `item` if it is shown; true if it is.
    pub fn select_item(&mut self, item: usize) -> bool {
        match self.shown.iter().position(|&i| i == item) {
            Some(at) => {
                self.selected = at;
                true
            }
            None => false,
        }
    }

    /// New rows, keeping the selected item selected where it is still shown, otherwise
    /// the first row.
    pub fn replace(&mut self, shown: Vec<usize>) {
        let keep = self.current();
        self.shown = shown;
        self.selected = 0;
        if let Some(item) = keep {
            self.select_item(item);
        }
    }
}

/// What the statements pane is narrowed to by the selection in another pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    /// An index into [`Corpus::reports`].
    Report(usize),
    /// An index into [`Corpus::events`].
    Event(usize),
    /// An index into [`Corpus::speakers`].
    Speaker(usize),
}

/// Whether every word of `query` is in one of `fields`, ignoring case. The query is
/// expected in lower case.
pub fn words_match<'a>(query: &str, fields: impl IntoIterator<Item = &'a str> + Clone) -> bool {
    query.split_whitespace().all(|word| {
        fields
            .clone()
            .into_iter()
            .any(|field| field.to_lowercase().contains(word))
    })
}

/// The orders of the reports pane, as its title names them.
pub const REPORT_ORDERS: [&str; 4] = ["by date", "newest first", "by outlet", "by title"];

/// The reports whose title, outlet, author or id hold every word of `query`.
pub fn report_rows(corpus: &Corpus, query: &str, order: usize) -> Vec<usize> {
    let query = query.to_lowercase();
    let reports = corpus.reports();
    let mut rows: Vec<usize> = (0..reports.len())
        .filter(|&i| {
            let r = &reports[i];
            let fields = [
                r.title.as_str(),
                r.publisher.as_deref().unwrap_or(""),
                r.author.as_deref().unwrap_or(""),
                r.id.as_str(),
            ];
            words_match(&query, fields)
        })
        .collect();
    // The corpus keeps its reports by date (undated first), then id.
    match order {
        1 => rows.reverse(),
        2 => rows.sort_by_cached_key(|&i| {
            let r = &reports[i];
            (r.publisher.as_deref().unwrap_or("").to_lowercase(), i)
        }),
        3 => rows.sort_by_cached_key(|&i| (reports[i].title.to_lowercase(), i)),
        _ => {}
    }
    rows
}

/// The events in time order (undated last) that `scope`'s report mentions, that fall
/// within `dates`, and whose title, place or time holds every word of `query`.
pub fn event_rows(
    corpus: &Corpus,
    query: &str,
    scope: Option<usize>,
    dates: Option<DateRange>,
) -> Vec<usize> {
    let query = query.to_lowercase();
    let timeline = corpus.timeline();
    let scope = scope.and_then(|r| corpus.reports().get(r)).map(|r| &r.id);
    timeline
        .dated
        .iter()
        .chain(&timeline.undated)
        .copied()
        .filter(|&e| {
            let event = &corpus.events()[e];
            let in_scope =
                scope.is_none_or(|report| corpus.reports_mentioning(&event.id).contains(&report));
            let in_dates = dates.is_none_or(|range| {
                corpus
                    .event_days(event)
                    .is_some_and(|(first, last)| range.overlaps(first, last))
            });
            in_scope
                && in_dates
                && (query.is_empty()
                    || words_match(
                        &query,
                        [
                            event.title.as_str(),
                            event.place.as_deref().unwrap_or(""),
                            &corpus.short_time(event),
                        ],
                    ))
        })
        .collect()
}

/// The orders of the speakers pane.
pub const SPEAKER_ORDERS: [&str; 2] = ["most quoted", "by name"];

/// Statements per speaker (by position in [`Corpus::speakers`]): in `scope`'s report
/// only, or in all of them.
pub fn speaker_counts(corpus: &Corpus, scope: Option<usize>) -> Vec<usize> {
    match scope {
        None => (0..corpus.speakers().len())
            .map(|p| corpus.statement_positions_by(p).len())
            .collect(),
        Some(report) => {
            let mut counts = vec![0; corpus.speakers().len()];
            for &s in corpus.statement_positions_in(report) {
                let speaker = &corpus.statements()[s as usize].speaker;
                if let Some(p) = corpus.speaker_index(speaker) {
                    counts[p] += 1;
                }
            }
            counts
        }
    }
}

/// The speakers whose name, aliases, role or affiliation hold every word of `query`;
/// with a `scope`, only those who speak in it. Most quoted first (ties by name, and the
/// unknown speaker last), or by name.
pub fn speaker_rows(
    corpus: &Corpus,
    query: &str,
    order: usize,
    counts: &[usize],
    scope: Option<usize>,
) -> Vec<usize> {
    let query = query.to_lowercase();
    let speakers = corpus.speakers();
    let mut rows: Vec<usize> = (0..speakers.len())
        .filter(|&p| scope.is_none() || counts[p] > 0)
        .filter(|&p| {
            let s = &speakers[p];
            query.is_empty()
                || words_match(
                    &query,
                    std::iter::once(s.name.as_str())
                        .chain(s.aliases.iter().map(String::as_str))
                        .chain(s.role.as_deref())
                        .chain(s.affiliation.as_deref()),
                )
        })
        .collect();
    let name = |p: usize| speakers[p].name.to_lowercase();
    match order {
        1 => rows.sort_by_cached_key(|&p| (name(p), p)),
        _ => rows.sort_by_cached_key(|&p| {
            let unknown = speakers[p].is_unknown();
            (unknown, std::cmp::Reverse(counts[p]), name(p), p)
        }),
    }
    rows
}

/// The statements `filter` selects, of `kind` if given, in `scope`'s report if given,
/// in corpus order.
pub fn statement_rows(
    corpus: &Corpus,
    filter: Filter,
    kind: Option<StatementKind>,
    scope: Option<usize>,
) -> Vec<usize> {
    let statements = corpus.statements();
    let of_kind = |&i: &usize| kind.is_none_or(|k| statements[i].kind == k);
    let in_scope = |&i: &usize| scope.is_none_or(|r| corpus.report_position_of(i) == Some(r));
    let listed = |positions: &[u32]| -> Vec<usize> {
        positions
            .iter()
            .map(|&i| i as usize)
            .filter(of_kind)
            .filter(in_scope)
            .collect()
    };
    match (filter, scope) {
        // Of known length, so the list is allocated once at its size (at 1M statements,
        // 8 MB rather than 8.4 after growing by doubling).
        (Filter::All, None) if kind.is_none() => (0..statements.len()).collect(),
        (Filter::All, None) => (0..statements.len()).filter(of_kind).collect(),
        (Filter::All, Some(report)) => listed(corpus.statement_positions_in(report)),
        (Filter::Report(r), _) => listed(corpus.statement_positions_in(r)),
        (Filter::Event(e), _) => listed(corpus.statement_positions_at(e)),
        (Filter::Speaker(p), _) => listed(corpus.statement_positions_by(p)),
    }
}

/// The one report a speaker named as a report's own ("The company", "her campaign":
/// `names::of_its_report`) speaks in, so that a row can say which: each report has
/// its own, under the same name.
pub fn own_report(corpus: &Corpus, speaker: usize) -> Option<usize> {
    let found = corpus.speakers().get(speaker)?;
    if !crate::model::names::of_its_report(found.kind, &found.name) {
        return None;
    }
    let mut reports = corpus
        .statement_positions_by(speaker)
        .iter()
        .map(|&s| corpus.report_position_of(s as usize));
    let first = reports.next()??;
    reports.all(|r| r == Some(first)).then_some(first)
}

/// A report's outlet for a row: its publisher, or its id when it names none.
pub fn outlet(corpus: &Corpus, report: usize) -> String {
    corpus.reports().get(report).map_or_else(String::new, |r| {
        one_line(r.publisher.as_deref().unwrap_or(r.id.as_str())).into_owned()
    })
}

/// A report's outlet and date for a row or a title: "nyt · 8 Sep 2016".
pub fn outlet_and_date(corpus: &Corpus, report: usize) -> String {
    let outlet = outlet(corpus, report);
    match corpus.reports().get(report).and_then(|r| r.published) {
        Some(published) => format!("{outlet} · {}", published.date.format("%-d %b %Y")),
        None => outlet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Speaker, SpeakerId};

    #[test]
    fn replacing_rows_keeps_the_selected_item() {
        let mut rows = Rows::default();
        rows.replace(vec![4, 5, 6]);
        rows.select(2);
        rows.replace(vec![6, 4]);
        assert_eq!(rows.current(), Some(6));
        rows.replace(vec![1, 2]);
        assert_eq!((rows.selected, rows.current()), (0, Some(1)));
        rows.replace(Vec::new());
        assert_eq!(rows.current(), None);
        rows.select(3);
        assert_eq!(rows.selected, 0);
    }

    #[test]
    fn every_word_must_be_somewhere() {
        assert!(words_match(
            "vlad pres",
            ["Vladimir Putin", "President of Russia"]
        ));
        assert!(!words_match("vlad trump", ["Vladimir Putin", "President"]));
        assert!(words_match("", ["anything"]));
    }

    #[test]
    fn speakers_most_quoted_first_or_by_name() {
        let corpus = crate::corpus::bundled().corpus;
        let counts = speaker_counts(&corpus, None);
        let rows = speaker_rows(&corpus, "", 0, &counts, None);
        let listed: Vec<usize> = rows.iter().map(|&p| counts[p]).collect();
        assert!(listed.windows(2).all(|w| w[0] >= w[1]), "{listed:?}");
        assert_eq!(rows.len(), corpus.speakers().len());
        let by_name = speaker_rows(&corpus, "", 1, &counts, None);
        let names: Vec<String> = by_name
            .iter()
            .map(|&p| corpus.speakers()[p].name.to_lowercase())
            .collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        let putin = speaker_rows(&corpus, "russian leader", 0, &counts, None);
        assert_eq!(putin.len(), 1);
        assert_eq!(corpus.speakers()[putin[0]].id.as_str(), "putin");
    }

    #[test]
    fn the_unknown_speaker_comes_last_however_many_it_has() {
        // The bundled corpus with its first twenty statements given to no one known, as
        // the speakers of ingested reports are made one across a corpus: ingest's
        // "unknown" takes the id of its name.
        let bundled = crate::corpus::bundled().corpus;
        let mut speakers = bundled.speakers().to_vec();
        speakers.push(Speaker {
            id: SpeakerId::new("unknown-speaker"),
            name: Speaker::UNKNOWN_NAME.into(),
            kind: crate::model::SpeakerKind::Unnamed,
            aliases: Vec::new(),
            role: None,
            affiliation: None,
        });
        let mut statements = bundled.statements().to_vec();
        for statement in statements.iter_mut().take(20) {
            statement.speaker = SpeakerId::new("unknown-speaker");
        }
        let corpus = Corpus::new(
            bundled.reports().to_vec(),
            speakers,
            statements,
            bundled.events().to_vec(),
        );
        let counts = speaker_counts(&corpus, None);
        let unknown = (corpus.speakers().iter())
            .position(Speaker::is_unknown)
            .expect("the unknown speaker");
        assert!(counts.iter().all(|&c| c <= counts[unknown]), "{counts:?}");
        let rows = speaker_rows(&corpus, "", 0, &counts, None);
        assert_eq!(rows.last(), Some(&unknown));
        let known: Vec<usize> = rows[..rows.len() - 1].iter().map(|&p| counts[p]).collect();
        assert!(known.windows(2).all(|w| w[0] >= w[1]), "{known:?}");
        // By name it takes its place like any other.
        let by_name = speaker_rows(&corpus, "", 1, &counts, None);
        assert_ne!(by_name.last(), Some(&unknown));
    }

    #[test]
    fn statements_narrow_by_kind_and_report() {
        let corpus = crate::corpus::bundled().corpus;
        let summit = corpus
            .report_index(&crate::model::ReportId::new("summit"))
            .unwrap();
        let all = statement_rows(&corpus, Filter::All, None, None);
        assert_eq!(all.len(), corpus.statements().len());
        let direct = statement_rows(&corpus, Filter::All, Some(StatementKind::Direct), None);
        assert!(!direct.is_empty() && direct.len() < all.len());
        assert!(direct
            .iter()
            .all(|&i| corpus.statements()[i].kind == StatementKind::Direct));
        let in_summit = statement_rows(&corpus, Filter::Report(summit), None, None);
        let scoped = statement_rows(&corpus, Filter::All, None, Some(summit));
        assert_eq!(in_summit, scoped);
        assert!(in_summit
            .iter()
            .all(|&i| corpus.statements()[i].report.as_str() == "summit"));
    }
}
