//! The filters `statements`, `timeline` and `export` share: one speaker's, one event's
//! or one report's statements and events.

use clap::Args;

use super::unknown_report;
use crate::model::{Corpus, Event, Report, Speaker, Statement};

#[derive(Debug, Default, Args)]
pub struct Filters {
    /// A speaker's id, name, or one of their names ("Putin", "the Kremlin").
    #[arg(long)]
    pub speaker: Option<String>,
    /// An event's id, or words of its title ("summit").
    #[arg(long)]
    pub event: Option<String>,
    /// A report's id, an unambiguous start of it, or its number in the corpus.
    #[arg(long)]
    pub report: Option<String>,
}

/// The speakers a `--speaker` query names: the one whose id or full name it is, if
/// any, so that "Donald J. Trump" is not also Ivanka Trump; else every speaker it is
/// one of the names of ("Trump").
fn chosen_speakers<'c>(corpus: &'c Corpus, query: &str) -> Vec<&'c Speaker> {
    let all: Vec<&Speaker> = corpus.find_speakers(query).collect();
    let exact: Vec<&Speaker> = all
        .iter()
        .copied()
        .filter(|s| s.id.as_str().eq_ignore_ascii_case(query) || s.name.eq_ignore_ascii_case(query))
        .collect();
    if exact.is_empty() {
        all
    } else {
        exact
    }
}

/// What the filters name in a corpus; `None` where a filter is not given.
pub struct Selection<'c> {
    speakers: Option<Vec<&'c Speaker>>,
    events: Option<Vec<&'c Event>>,
    report: Option<&'c Report>,
}

impl Selection<'_> {
    /// A note when the speaker filter names several speakers, so that a reader knows
    /// the list mixes people and how to pick one.
    pub fn note(&self, query: Option<&str>) -> Option<String> {
        let speakers = self.speakers.as_ref().filter(|s| s.len() > 1)?;
        const SHOWN: usize = 6;
        let mut named: Vec<String> = speakers
            .iter()
            .take(SHOWN)
            .map(|s| format!("{} ({})", s.name, s.id.as_str()))
            .collect();
        if speakers.len() > SHOWN {
            named.push(format!("and {} more", speakers.len() - SHOWN));
        }
        Some(format!(
            "{:?} answers to {} speakers: {}; give an id or a full name to pick one",
            query.unwrap_or_default(),
            speakers.len(),
            named.join(", ")
        ))
    }
}

impl Filters {
    /// What each filter names, or why one names nothing.
    pub fn select<'c>(&self, corpus: &'c Corpus) -> Result<Selection<'c>, String> {
        let speakers = match &self.speaker {
            Some(query) => Some(some_or(chosen_speakers(corpus, query), || {
                format!("no speaker answers to {query:?} (`parley speakers` lists them)")
            })?),
            None => None,
        };
        let events = match &self.event {
            Some(query) => Some(some_or(corpus.find_events(query).collect(), || {
                format!("no event answers to {query:?} (`parley timeline` lists them)")
            })?),
            None => None,
        };
        let report = match &self.report {
            Some(query) => Some(
                corpus
                    .find_report(query)
                    .ok_or_else(|| unknown_report(corpus, query))?,
            ),
            None => None,
        };
        Ok(Selection {
            speakers,
            events,
            report,
        })
    }
}

impl<'c> Selection<'c> {
    /// The statements every filter lets through, in corpus order.
    pub fn statements(&self, corpus: &'c Corpus) -> Vec<&'c Statement> {
        corpus
            .statements()
            .iter()
            .filter(|s| self.speaker_is(|sp| sp.id == s.speaker))
            .filter(|s| self.event_is(|e| s.event.as_ref() == Some(&e.id)))
            .filter(|s| self.report.is_none_or(|r| r.id == s.report))
            .collect()
    }

    /// The events every filter lets through, in time order, undated last, each with
    /// whether it has a place in time. An event passes the speaker filter when the
    /// speaker takes part in it or speaks at it, the report filter when the report
    /// mentions it or quotes a statement made at it.
    pub fn events(&self, corpus: &'c Corpus) -> Vec<(&'c Event, bool)> {
        let timeline = corpus.timeline();
        let dated = timeline.dated.iter().map(|&i| (i, true));
        let undated = timeline.undated.iter().map(|&i| (i, false));
        dated
            .chain(undated)
            .map(|(i, dated)| (&corpus.events()[i], dated))
            .filter(|(e, _)| self.event_is(|wanted| wanted.id == e.id))
            .filter(|(e, _)| {
                self.speaker_is(|sp| {
                    e.participants.contains(&sp.id)
                        || corpus.statements_at(&e.id).any(|s| s.speaker == sp.id)
                })
            })
            .filter(|(e, _)| {
                self.report
                    .is_none_or(|r| corpus.reports_mentioning(&e.id).contains(&&r.id))
            })
            .collect()
    }

    fn speaker_is(&self, test: impl Fn(&Speaker) -> bool) -> bool {
        self.speakers
            .as_ref()
            .is_none_or(|list| list.iter().any(|sp| test(sp)))
    }

    fn event_is(&self, test: impl Fn(&Event) -> bool) -> bool {
        self.events
            .as_ref()
            .is_none_or(|list| list.iter().any(|e| test(e)))
    }
}

/// `found`, unless it is empty: then the message `why` makes.
fn some_or<T>(found: Vec<T>, why: impl FnOnce() -> String) -> Result<Vec<T>, String> {
    if found.is_empty() {
        Err(why())
    } else {
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filters(speaker: Option<&str>, report: Option<&str>) -> Filters {
        Filters {
            speaker: speaker.map(str::to_owned),
            event: None,
            report: report.map(str::to_owned),
        }
    }

    #[test]
    fn statements_and_events_pass_the_same_filters() {
        let corpus = crate::corpus::bundled().corpus;
        let selection = filters(Some("Putin"), Some("summit"))
            .select(&corpus)
            .unwrap();
        let statements = selection.statements(&corpus);
        assert!(!statements.is_empty());
        assert!(statements
            .iter()
            .all(|s| s.speaker.as_str() == "putin" && s.report.as_str() == "summit"));
        let events = selection.events(&corpus);
        assert!(!events.is_empty() && events.len() < corpus.events().len());
        for (e, _) in &events {
            let speaks = corpus
                .statements_at(&e.id)
                .any(|s| s.speaker.as_str() == "putin");
            assert!(speaks || e.participants.iter().any(|p| p.as_str() == "putin"));
        }
    }

    #[test]
    fn a_filter_naming_nothing_says_where_to_look() {
        let corpus = crate::corpus::bundled().corpus;
        let Err(why) = filters(Some("Nobody Atall"), None).select(&corpus) else {
            panic!("no such speaker");
        };
        assert!(why.contains("parley speakers"), "{why}");
        let everything = Filters::default().select(&corpus).unwrap();
        assert_eq!(everything.events(&corpus).len(), corpus.events().len());
    }
}
