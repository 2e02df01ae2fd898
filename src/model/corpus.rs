use chrono::NaiveDate;
use std::collections::HashMap;

use super::{
    Event, EventId, Report, ReportId, Speaker, SpeakerId, Statement, StatementId, TimeValue,
};

/// Every report, speaker, statement and event of a corpus, with the indexes the
/// browser and the command line read: by speaker, by event, by report, time order and
/// the links between reports. Built once; read-only afterwards.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    reports: Vec<Report>,
    speakers: Vec<Speaker>,
    statements: Vec<Statement>,
    events: Vec<Event>,
    index: Index,
}

/// Events in time order; undated ones (or ones whose order cannot be worked out) apart.
/// Both hold indexes into [`Corpus::events`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub dated: Vec<usize>,
    pub undated: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
struct Index {
    report: HashMap<ReportId, usize>,
    speaker: HashMap<SpeakerId, usize>,
    statement: HashMap<StatementId, usize>,
    event: HashMap<EventId, usize>,
    by_speaker: HashMap<SpeakerId, Vec<usize>>,
    by_event: HashMap<EventId, Vec<usize>>,
    by_report: HashMap<ReportId, Vec<usize>>,
    /// For each statement, the statements it is linked to, in both directions.
    links: Vec<Vec<usize>>,
    timeline: Timeline,
}

/// Where an event sits in time: a day, then a rank that puts "before X" just ahead of X
/// and "after X" just behind everything else on X's day.
type TimeKey = (NaiveDate, i8);

impl Corpus {
    /// Builds the indexes. References are expected to be valid (the loader checks them);
    /// a dangling one is left out of the indexes rather than trusted.
    pub fn new(
        mut reports: Vec<Report>,
        speakers: Vec<Speaker>,
        mut statements: Vec<Statement>,
        events: Vec<Event>,
    ) -> Self {
        reports.sort_by(|a, b| {
            let date = |r: &Report| r.published.map(|p| (p.date, p.time));
            date(a).cmp(&date(b)).then_with(|| a.id.cmp(&b.id))
        });
        let report_position: HashMap<&ReportId, usize> = reports
            .iter()
            .enumerate()
            .map(|(i, r)| (&r.id, i))
            .collect();
        // Cached: the key is a hash lookup, too dear to repeat at every comparison.
        statements.sort_by_cached_key(|s| {
            let position = report_position
                .get(&s.report)
                .copied()
                .unwrap_or(usize::MAX);
            (position, s.content.start, s.content.end)
        });
        Self::from_sorted(reports, speakers, statements, events)
    }

    /// [`Corpus::new`] for reports and statements already in corpus order, as
    /// [`Corpus::reports`] and [`Corpus::statements`] list them (a cache reads them back
    /// so): only the indexes are built. Parts in another order stay in that order.
    pub fn from_sorted(
        reports: Vec<Report>,
        speakers: Vec<Speaker>,
        statements: Vec<Statement>,
        events: Vec<Event>,
    ) -> Self {
        let mut corpus = Corpus {
            reports,
            speakers,
            statements,
            events,
            index: Index::default(),
        };
        corpus.index = Index::build(&corpus);
        // Relative times look events up by id, so time order needs the other indexes.
        corpus.index.timeline = timeline(&corpus);
        corpus
    }

    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    pub fn speakers(&self) -> &[Speaker] {
        &self.speakers
    }

    pub fn statements(&self) -> &[Statement] {
        &self.statements
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn is_empty(&self) -> bool {
        self.reports.is_empty()
    }

    pub fn report(&self, id: &ReportId) -> Option<&Report> {
        self.index.report.get(id).map(|&i| &self.reports[i])
    }

    pub fn speaker(&self, id: &SpeakerId) -> Option<&Speaker> {
        self.index.speaker.get(id).map(|&i| &self.speakers[i])
    }

    pub fn statement(&self, id: &StatementId) -> Option<&Statement> {
        self.index.statement.get(id).map(|&i| &self.statements[i])
    }

    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.index.event.get(id).map(|&i| &self.events[i])
    }

    /// The position of a statement in [`Corpus::statements`].
    pub fn statement_index(&self, id: &StatementId) -> Option<usize> {
        self.index.statement.get(id).copied()
    }

    /// The display name of a speaker, or its id if it is unknown.
    pub fn speaker_name<'a>(&'a self, id: &'a SpeakerId) -> &'a str {
        self.speaker(id).map_or(id.as_str(), |s| s.name.as_str())
    }

    /// A report by id, by unique id prefix, or by its 1-based position.
    pub fn find_report(&self, query: &str) -> Option<&Report> {
        if let Some(report) = self.report(&ReportId::new(query)) {
            return Some(report);
        }
        if let Ok(n) = query.parse::<usize>() {
            return n.checked_sub(1).and_then(|i| self.reports.get(i));
        }
        let mut matches = self
            .reports
            .iter()
            .filter(|r| r.id.as_str().starts_with(query));
        match (matches.next(), matches.next()) {
            (Some(report), None) => Some(report),
            _ => None,
        }
    }

    /// Speakers answering to a name, an alias or an id.
    pub fn find_speakers<'a>(&'a self, query: &'a str) -> impl Iterator<Item = &'a Speaker> + 'a {
        self.speakers.iter().filter(move |s| s.answers_to(query))
    }

    /// Events whose id is `query` or whose title contains it, ignoring case.
    pub fn find_events<'a>(&'a self, query: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
        let needle = query.to_lowercase();
        self.events.iter().filter(move |e| {
            e.id.as_str().eq_ignore_ascii_case(query) || e.title.to_lowercase().contains(&needle)
        })
    }

    pub fn statements_by(&self, speaker: &SpeakerId) -> impl Iterator<Item = &Statement> {
        self.indexed(self.index.by_speaker.get(speaker))
    }

    pub fn statements_at(&self, event: &EventId) -> impl Iterator<Item = &Statement> {
        self.indexed(self.index.by_event.get(event))
    }

    /// A report's statements in the order they appear in its body.
    pub fn statements_in(&self, report: &ReportId) -> impl Iterator<Item = &Statement> {
        self.indexed(self.index.by_report.get(report))
    }

    /// The same statement in other reports, following links in both directions.
    pub fn linked(&self, statement: &StatementId) -> impl Iterator<Item = &Statement> {
        let links = self
            .index
            .statement
            .get(statement)
            .map_or(&[][..], |&i| &self.index.links[i][..]);
        links.iter().map(|&i| &self.statements[i])
    }

    pub fn timeline(&self) -> &Timeline {
        &self.index.timeline
    }

    /// The reports that mention an event, or quote a statement made at it, in corpus order.
    pub fn reports_mentioning(&self, event: &EventId) -> Vec<&ReportId> {
        let Some(e) = self.event(event) else {
            return Vec::new();
        };
        // The positions of the reports named, gathered first: the cost is that of the
        // mentions and statements, not of every report (the timeline pane asks this for
        // every event it shows, every frame). Report ids are unique, so each has one.
        let mut found: Vec<usize> = e
            .mentions
            .iter()
            .map(|m| &m.report)
            .chain(self.statements_at(event).map(|s| &s.report))
            .filter_map(|r| self.index.report.get(r).copied())
            .collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.reports[i].id).collect()
    }

    /// "1867", "Fri 15 Aug 2025", "before Alaska summit", or "undated".
    pub fn human_time(&self, event: &Event) -> String {
        match event.time.as_ref().map(|t| &t.value) {
            None => "undated".to_owned(),
            Some(TimeValue::Before(id)) => format!("before {}", self.event_title(id)),
            Some(TimeValue::After(id)) => format!("after {}", self.event_title(id)),
            Some(value) => value.human(),
        }
    }

    fn event_title<'a>(&'a self, id: &'a EventId) -> &'a str {
        self.event(id).map_or(id.as_str(), |e| e.title.as_str())
    }

    fn indexed<'a>(
        &'a self,
        positions: Option<&'a Vec<usize>>,
    ) -> impl Iterator<Item = &'a Statement> {
        positions
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&i| &self.statements[i])
    }

    /// An event's place in time, following before/after chains (bounded, so a cycle in
    /// hand-written data cannot loop).
    fn time_key(&self, event: &Event, depth: usize) -> Option<TimeKey> {
        let value = &event.time.as_ref()?.value;
        if let Some((first, _)) = value.bounds() {
            return Some((first, 0));
        }
        if depth > self.events.len() {
            return None;
        }
        let other = self.event(value.relative_to()?)?;
        let (day, rank) = self.time_key(other, depth + 1)?;
        Some(match value {
            TimeValue::Before(_) => (day, rank.saturating_sub(1).min(-1)),
            _ => (day, rank.saturating_add(1).max(1)),
        })
    }
}

impl Index {
    fn build(corpus: &Corpus) -> Self {
        let mut index = Index {
            report: positions(&corpus.reports, |r| r.id.clone()),
            speaker: positions(&corpus.speakers, |s| s.id.clone()),
            statement: positions(&corpus.statements, |s| s.id.clone()),
            event: positions(&corpus.events, |e| e.id.clone()),
            ..Index::default()
        };
        for (i, s) in corpus.statements.iter().enumerate() {
            index
                .by_speaker
                .entry(s.speaker.clone())
                .or_default()
                .push(i);
            index.by_report.entry(s.report.clone()).or_default().push(i);
            if let Some(event) = &s.event {
                index.by_event.entry(event.clone()).or_default().push(i);
            }
        }
        index.links = vec![Vec::new(); corpus.statements.len()];
        for (i, s) in corpus.statements.iter().enumerate() {
            for other in s.same_as.iter().filter_map(|id| index.statement.get(id)) {
                if *other != i {
                    index.links[i].push(*other);
                    index.links[*other].push(i);
                }
            }
        }
        for links in &mut index.links {
            links.sort_unstable();
            links.dedup();
        }
        index
    }
}

fn positions<T, K: std::hash::Hash + Eq>(items: &[T], key: impl Fn(&T) -> K) -> HashMap<K, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (key(item), i))
        .collect()
}

fn timeline(corpus: &Corpus) -> Timeline {
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    for (i, event) in corpus.events.iter().enumerate() {
        match corpus.time_key(event, 0) {
            Some(key) => dated.push((key, i)),
            None => undated.push(i),
        }
    }
    dated.sort_by(|(a, i), (b, j)| {
        a.cmp(b)
            .then_with(|| corpus.events[*i].title.cmp(&corpus.events[*j].title))
    });
    undated.sort_by(|&i, &j| corpus.events[i].title.cmp(&corpus.events[j].title));
    Timeline {
        dated: dated.into_iter().map(|(_, i)| i).collect(),
        undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventTime;

    fn event(id: &str, value: Option<&str>) -> Event {
        Event {
            id: EventId::new(id),
            title: id.to_owned(),
            time: value.map(|v| EventTime {
                value: v.parse().unwrap(),
                expression: None,
                anchor: None,
            }),
            place: None,
            participants: Vec::new(),
            mentions: Vec::new(),
        }
    }

    fn order(events: Vec<Event>) -> (Vec<String>, Vec<String>) {
        let corpus = Corpus::new(Vec::new(), Vec::new(), Vec::new(), events);
        let ids = |list: &[usize]| {
            list.iter()
                .map(|&i| corpus.events()[i].id.to_string())
                .collect()
        };
        let timeline = corpus.timeline();
        (ids(&timeline.dated), ids(&timeline.undated))
    }

    #[test]
    fn relative_events_sit_beside_the_event_they_name() {
        let (dated, undated) = order(vec![
            event("after-b", Some("after:b")),
            event("b", Some("2025-08-15")),
            event("before-b", Some("before:b")),
            event("a", Some("2022-02")),
            event("c", Some("2025-08-16")),
            event("loose", None),
        ]);
        assert_eq!(dated, ["a", "before-b", "b", "after-b", "c"]);
        assert_eq!(undated, ["loose"]);
    }

    #[test]
    fn a_cycle_of_relative_times_is_undated_not_a_hang() {
        let (dated, undated) = order(vec![
            event("x", Some("before:y")),
            event("y", Some("after:x")),
        ]);
        assert!(dated.is_empty());
        assert_eq!(undated, ["x", "y"]);
    }
}
