use chrono::NaiveDate;
use std::sync::OnceLock;

use super::align::Rarity;

use super::id_hash::IdMap;
use super::{
    Event, EventId, Report, ReportId, Span, Speaker, SpeakerId, Statement, StatementId, TimeValue,
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
    /// How rare each word is, for compare; counted the first time it is asked for.
    rarity: OnceLock<Rarity>,
}

/// Events in time order; undated ones (or ones whose order cannot be worked out) apart.
/// Both hold indexes into [`Corpus::events`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timeline {
    pub dated: Vec<usize>,
    pub undated: Vec<usize>,
}

/// The indexes, as positions in the corpus's vectors: four bytes a reference, where maps
/// keyed by id took a copy of the id and a bucket for each.
#[derive(Debug, Clone, Default)]
struct Index {
    report: Lookup,
    speaker: Lookup,
    statement: Lookup,
    event: Lookup,
    /// Statements by speaker, event and report position.
    by_speaker: Groups,
    by_event: Groups,
    by_report: Groups,
    /// The sets of linked statements (the same quote in several reports), and for each
    /// statement the set it is in ([`NO_SET`] for none).
    link_sets: Groups,
    set_of: Vec<u32>,
    timeline: Timeline,
}

/// Where an event sits in time: a day, then a rank that puts "before X" just ahead of X
/// and "after X" just behind everything else on X's day.
type TimeKey = (NaiveDate, i8);

/// The most events a `before:`/`after:` chain is followed through: hand-written data
/// chains a few; a longer chain, or a cycle, comes down to no time (`parley check`
/// says so), however many events a corpus has.
pub const CHAIN: usize = 64;

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
        let report_position: IdMap<&ReportId, usize> = reports
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
            (position, s.content.start(), s.content.end())
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
            rarity: OnceLock::new(),
        };
        corpus.reports.shrink_to_fit();
        corpus.speakers.shrink_to_fit();
        corpus.statements.shrink_to_fit();
        corpus.events.shrink_to_fit();
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
        self.report_index(id).map(|i| &self.reports[i])
    }

    /// The words a span of `report` covers, read from its body; empty for a report not
    /// in the corpus.
    pub fn text(&self, report: &ReportId, span: &Span) -> &str {
        self.report(report)
            .map_or("", |report| span.text(&report.body))
    }

    /// The words a statement said (`Statement::said`), on their report's body: the
    /// content, or the pieces of a quotation an attribution splits, joined by
    /// `SAID_JOIN`.
    pub fn said(&self, s: &Statement) -> std::borrow::Cow<'_, str> {
        let body = self.report(&s.report).map_or("", |r| r.body.as_str());
        let piece = |range: std::ops::Range<usize>| body.get(range).unwrap_or_default();
        match s.said(body) {
            (whole, None) => piece(whole).into(),
            (first, Some(second)) => [piece(first), piece(second)].join(super::SAID_JOIN).into(),
        }
    }

    pub fn speaker(&self, id: &SpeakerId) -> Option<&Speaker> {
        self.speaker_index(id).map(|i| &self.speakers[i])
    }

    pub fn statement(&self, id: &StatementId) -> Option<&Statement> {
        self.statement_index(id).map(|i| &self.statements[i])
    }

    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.event_index(id).map(|i| &self.events[i])
    }

    /// The position of a statement in [`Corpus::statements`].
    pub fn statement_index(&self, id: &StatementId) -> Option<usize> {
        self.index.statement.find(&self.statements, |s| &s.id, id)
    }

    /// The position of a report in [`Corpus::reports`].
    pub fn report_index(&self, id: &ReportId) -> Option<usize> {
        self.index.report.find(&self.reports, |r| &r.id, id)
    }

    /// The position of a speaker in [`Corpus::speakers`].
    pub fn speaker_index(&self, id: &SpeakerId) -> Option<usize> {
        self.index.speaker.find(&self.speakers, |s| &s.id, id)
    }

    fn event_index(&self, id: &EventId) -> Option<usize> {
        self.index.event.find(&self.events, |e| &e.id, id)
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
    pub fn find_speakers<'a: 'q, 'q>(
        &'a self,
        query: &'q str,
    ) -> impl Iterator<Item = &'a Speaker> + 'q {
        self.speakers.iter().filter(move |s| s.answers_to(query))
    }

    /// Events whose id is `query` or whose title contains it, ignoring case.
    pub fn find_events<'a: 'q, 'q>(
        &'a self,
        query: &'q str,
    ) -> impl Iterator<Item = &'a Event> + 'q {
        let needle = query.to_lowercase();
        self.events.iter().filter(move |e| {
            e.id.as_str().eq_ignore_ascii_case(query) || e.title.to_lowercase().contains(&needle)
        })
    }

    pub fn statements_by(&self, speaker: &SpeakerId) -> impl Iterator<Item = &Statement> {
        self.indexed(&self.index.by_speaker, self.speaker_index(speaker))
    }

    pub fn statements_at(&self, event: &EventId) -> impl Iterator<Item = &Statement> {
        self.indexed(&self.index.by_event, self.event_index(event))
    }

    /// A report's statements in the order they appear in its body.
    pub fn statements_in(&self, report: &ReportId) -> impl Iterator<Item = &Statement> {
        self.indexed(&self.index.by_report, self.report_index(report))
    }

    /// The same statement in other reports: the members of its linked set (which
    /// follows links in both directions and through other statements) in other reports.
    pub fn linked(&self, statement: &StatementId) -> impl Iterator<Item = &Statement> {
        let at = self.statement_index(statement);
        self.linked_at(at.unwrap_or(usize::MAX))
    }

    /// [`Corpus::linked`] by position in [`Corpus::statements`].
    pub fn linked_at(&self, statement: usize) -> impl Iterator<Item = &Statement> {
        let set = self.index.set_of.get(statement).copied().unwrap_or(NO_SET);
        let group = (set != NO_SET).then_some(set as usize);
        let report = self.statements.get(statement).map(|s| &s.report);
        self.indexed(&self.index.link_sets, group)
            .filter(move |s| Some(&s.report) != report)
    }

    /// How rare each word of the corpus is, counted over the claims of every report, or
    /// of an even sample of a few hundred in a large corpus (enough to tell common
    /// words from rare ones, at a cost that does not grow with the corpus).
    pub fn rarity(&self) -> &Rarity {
        const SAMPLE: usize = 300;
        self.rarity.get_or_init(|| {
            let step = self.reports.len().div_ceil(SAMPLE).max(1);
            Rarity::new(self.reports.iter().step_by(step).map(|r| r.body.as_str()))
        })
    }

    pub fn timeline(&self) -> &Timeline {
        &self.index.timeline
    }

    /// The reports that mention an event, or quote a statement made at it, in corpus order.
    pub fn reports_mentioning(&self, event: &EventId) -> Vec<&ReportId> {
        let Some(at) = self.event_index(event) else {
            return Vec::new();
        };
        // The positions of the reports named, gathered first: the cost is that of the
        // mentions and statements, not of every report (the timeline pane asks this for
        // every event it shows, every frame). Report ids are unique, so each has one; a
        // statement's report is found from its position, without comparing ids.
        let mut found: Vec<usize> = self.events[at]
            .mentions
            .iter()
            .filter_map(|m| self.report_index(&m.report))
            .chain(
                self.index
                    .by_event
                    .get(at)
                    .iter()
                    .filter_map(|&s| self.index.report_of(s as usize)),
            )
            .collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| &self.reports[i].id).collect()
    }

    /// The report that tells most of the same story as report `report` (by position):
    /// the one that carries most of its quotes and of the events it tells, the next in
    /// corpus order on a tie or when none shares anything. What Compare opens beside
    /// the report being read.
    pub fn closest_report(&self, report: usize) -> Option<usize> {
        let count = self.reports.len();
        let id = &self.reports.get(report)?.id;
        if count < 2 {
            return None;
        }
        let mut shared = vec![0u32; count];
        // A shared quote counts twice: it is the surer sign of one story.
        for &statement in self.statement_positions_in(report) {
            for other in self.linked_at(statement as usize) {
                if let Some(k) = self.report_index(&other.report) {
                    shared[k] += 2;
                }
            }
        }
        for (at, event) in self.events.iter().enumerate() {
            let here = event.mentions.iter().any(|m| &m.report == id)
                || self
                    .statement_positions_at(at)
                    .iter()
                    .any(|&s| self.index.report_of(s as usize) == Some(report));
            if here {
                for other in self.reports_mentioning(&event.id) {
                    if let Some(k) = self.report_index(other) {
                        shared[k] += 1;
                    }
                }
            }
        }
        shared[report] = 0;
        (0..count)
            .filter(|&k| k != report)
            .max_by_key(|&k| (shared[k], std::cmp::Reverse((k + count - report) % count)))
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

    /// A short "when" for a list row: the value itself, or for a relative one the time
    /// of the event it is relative to ("before Fri 15 Aug 2025"), which the row next to
    /// it names; the other event's title only when it has no time of its own.
    pub fn short_time(&self, event: &Event) -> String {
        let Some(value) = event.time.as_ref().map(|t| &t.value) else {
            return "undated".to_owned();
        };
        let (word, other) = match value {
            TimeValue::Before(id) => ("before", id),
            TimeValue::After(id) => ("after", id),
            value => return value.human(),
        };
        match self.anchor_time(other) {
            Some(value) => format!("{word} {}", value.human()),
            None => format!("{word} {}", self.event_title(other)),
        }
    }

    /// The first and last day an event may fall on: its own bounds, or those of the
    /// event a relative time names (following chains, bounded).
    pub fn event_days(&self, event: &Event) -> Option<(NaiveDate, NaiveDate)> {
        let value = &event.time.as_ref()?.value;
        match value.relative_to() {
            None => value.bounds(),
            Some(other) => self.anchor_time(other)?.bounds(),
        }
    }

    /// The calendar value an event's time comes down to, following relative times
    /// through at most [`CHAIN`] events.
    fn anchor_time(&self, id: &EventId) -> Option<&TimeValue> {
        let mut value = &self.event(id)?.time.as_ref()?.value;
        for _ in 0..CHAIN {
            match value.relative_to() {
                None => return Some(value),
                Some(next) => value = &self.event(next)?.time.as_ref()?.value,
            }
        }
        None
    }

    /// The positions in [`Corpus::statements`] of the statements of the speaker at
    /// `speaker` in [`Corpus::speakers`], in corpus order.
    pub fn statement_positions_by(&self, speaker: usize) -> &[u32] {
        self.index.by_speaker.get(speaker)
    }

    /// The positions of the statements made at the event at `event`, in corpus order.
    pub fn statement_positions_at(&self, event: usize) -> &[u32] {
        self.index.by_event.get(event)
    }

    /// The positions of the statements of the report at `report`, in body order.
    pub fn statement_positions_in(&self, report: usize) -> &[u32] {
        self.index.by_report.get(report)
    }

    /// The position of the report of the statement at `statement`.
    pub fn report_position_of(&self, statement: usize) -> Option<usize> {
        self.index.report_of(statement)
    }

    fn event_title<'a>(&'a self, id: &'a EventId) -> &'a str {
        self.event(id).map_or(id.as_str(), |e| e.title.as_str())
    }

    /// The statements of one group, or none for an unknown one.
    fn indexed<'a>(
        &'a self,
        groups: &'a Groups,
        group: Option<usize>,
    ) -> impl Iterator<Item = &'a Statement> {
        group
            .map_or(&[][..], |g| groups.get(g))
            .iter()
            .map(|&i| &self.statements[i as usize])
    }

    /// An event's place in time, following before/after chains through at most
    /// [`CHAIN`] events: the day the chain comes down to, and a rank among events of
    /// that day, below it for "before" and above it for "after", told from the day
    /// outwards.
    fn time_key(&self, event: &Event) -> Option<TimeKey> {
        // Whether each step of the chain, from `event` on, is a "before".
        let mut befores = Vec::new();
        let mut value = &event.time.as_ref()?.value;
        let day = loop {
            if let Some((first, _)) = value.bounds() {
                break first;
            }
            if befores.len() == CHAIN {
                return None;
            }
            befores.push(matches!(value, TimeValue::Before(_)));
            value = &self.event(value.relative_to()?)?.time.as_ref()?.value;
        };
        let rank = befores.iter().rev().fold(0, |rank: i8, &before| {
            if before {
                rank.saturating_sub(1).min(-1)
            } else {
                rank.saturating_add(1).max(1)
            }
        });
        Some((day, rank))
    }
}

impl Index {
    fn build(corpus: &Corpus) -> Self {
        // Sorting the statements' ids is the largest part: on a thread of its own,
        // beside the rest, which needs none of it.
        std::thread::scope(|scope| {
            let statement = scope.spawn(|| Lookup::new(&corpus.statements, |s| s.id.as_str()));
            let mut index = Self::build_groups(corpus);
            index.statement = statement.join().expect("sorting ids does not panic");
            (index.link_sets, index.set_of) = link_sets(&corpus.statements, &index.statement);
            index
        })
    }

    /// Every index but the statements by id and the links, which need them.
    fn build_groups(corpus: &Corpus) -> Self {
        let mut index = Index {
            report: Lookup::new(&corpus.reports, |r| r.id.as_str()),
            speaker: Lookup::new(&corpus.speakers, |s| s.id.as_str()),
            event: Lookup::new(&corpus.events, |e| e.id.as_str()),
            ..Index::default()
        };
        let statements = &corpus.statements;
        // Hash maps for the building only: a binary search per statement costs more.
        let speaker = positions(&corpus.speakers, |s| &s.id);
        let event = positions(&corpus.events, |e| &e.id);
        let report = positions(&corpus.reports, |r| &r.id);
        index.by_speaker = Groups::new(
            corpus.speakers.len(),
            statements.iter().map(|s| speaker.get(&s.speaker).copied()),
        );
        index.by_event = Groups::new(
            corpus.events.len(),
            statements
                .iter()
                .map(|s| event.get(s.event.as_ref()?).copied()),
        );
        index.by_report = Groups::new(
            corpus.reports.len(),
            statements.iter().map(|s| report.get(&s.report).copied()),
        );
        index
    }
}

/// A statement in no linked set.
const NO_SET: u32 = u32::MAX;

/// The sets of statements joined by `same_as` links (in either direction, and through
/// other statements), with each statement's set: a union-find over the links.
fn link_sets(statements: &[Statement], by_id: &Lookup) -> (Groups, Vec<u32>) {
    let mut parent: Vec<u32> = Vec::new();
    let root = |parent: &mut Vec<u32>, mut i: u32| {
        while parent[i as usize] != i {
            let up = parent[parent[i as usize] as usize];
            parent[i as usize] = up;
            i = up;
        }
        i
    };
    for (i, s) in statements.iter().enumerate() {
        for id in &s.same_as {
            let Some(other) = by_id.find(statements, |s| &s.id, id) else {
                continue;
            };
            if other == i {
                continue;
            }
            if parent.is_empty() {
                parent = (0..position(statements.len())).collect();
            }
            let (a, b) = (
                root(&mut parent, position(i)),
                root(&mut parent, position(other)),
            );
            parent[a.max(b) as usize] = a.min(b);
        }
    }
    if parent.is_empty() {
        return (Groups::default(), Vec::new());
    }
    let members: Vec<(u32, u32)> = (0..position(statements.len()))
        .map(|i| (root(&mut parent, i), i))
        .collect();
    // Sets numbered by their first member; statements linked to nothing are in none.
    let mut size = vec![0u32; statements.len()];
    for &(r, _) in &members {
        size[r as usize] += 1;
    }
    let mut number = vec![NO_SET; statements.len()];
    let mut sets = 0;
    for (r, &n) in size.iter().enumerate() {
        if n >= 2 {
            number[r] = sets;
            sets += 1;
        }
    }
    let mut pairs: Vec<(u32, u32)> = members
        .into_iter()
        .filter(|&(r, _)| number[r as usize] != NO_SET)
        .map(|(r, i)| (number[r as usize], i))
        .collect();
    pairs.sort_unstable();
    let mut set_of = vec![NO_SET; statements.len()];
    for &(set, i) in &pairs {
        set_of[i as usize] = set;
    }
    (Groups::from_pairs(sets as usize, &pairs), set_of)
}

impl Index {
    /// The position of the report of the statement at `statement`. Statements are in
    /// report order, so each report's statements are one run of positions in `by_report`.
    fn report_of(&self, statement: usize) -> Option<usize> {
        let starts = &self.by_report.starts;
        let report = starts
            .partition_point(|&start| start as usize <= statement)
            .checked_sub(1)?;
        (statement < *starts.get(report + 1)? as usize).then_some(report)
    }
}

/// Each item's position by id; of items with the same id, the last.
fn positions<T, K: std::hash::Hash + Eq>(items: &[T], id: impl Fn(&T) -> &K) -> IdMap<&K, u32> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item), position(i)))
        .collect()
}

/// A position in one of the corpus's vectors, as the indexes store it.
fn position(i: usize) -> u32 {
    u32::try_from(i).expect("a corpus holds fewer than 4 billion of anything")
}

/// Positions of items sorted by id, to find an item by id with a binary search.
#[derive(Debug, Clone, Default)]
struct Lookup(Vec<u32>);

impl Lookup {
    /// Items with the same id keep their order, and the last of them is the one found.
    /// Ids are ordered as strings, as the id types are.
    fn new<T>(items: &[T], id: impl Fn(&T) -> &str) -> Self {
        // The ids beside the positions while sorting, not looked up at every comparison,
        // and their first 16 bytes as a number, which orders most pairs without reading
        // either id (short ids entirely).
        let mut sorted: Vec<(u128, &str, u32)> = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let id = id(item);
                (prefix(id), id, position(i))
            })
            .collect();
        sorted.sort_unstable();
        Lookup(sorted.into_iter().map(|(_, _, i)| i).collect())
    }

    fn find<T, K: Ord>(&self, items: &[T], id: impl Fn(&T) -> &K, wanted: &K) -> Option<usize> {
        let after = self
            .0
            .partition_point(|&i| id(&items[i as usize]) <= wanted);
        let last = *self.0.get(after.checked_sub(1)?)? as usize;
        (id(&items[last]) == wanted).then_some(last)
    }
}

/// The first 16 bytes of `id` (padded with zeros) as a number that orders as they do.
fn prefix(id: &str) -> u128 {
    let mut bytes = [0; 16];
    let len = id.len().min(16);
    bytes[..len].copy_from_slice(&id.as_bytes()[..len]);
    u128::from_be_bytes(bytes)
}

/// For each of a number of groups, a list of positions; all the lists in one vector.
#[derive(Debug, Clone, Default)]
struct Groups {
    /// Where each group's list starts in `members`, and where the last one ends.
    starts: Vec<u32>,
    members: Vec<u32>,
}

impl Groups {
    /// Each position is put in the group `group_of` names for it, in increasing order.
    fn new(groups: usize, group_of: impl Iterator<Item = Option<u32>>) -> Self {
        let mut pairs: Vec<(u32, u32)> = group_of
            .enumerate()
            .filter_map(|(i, g)| Some((g?, position(i))))
            .collect();
        // Stable: within a group, positions stay in increasing order.
        pairs.sort_by_key(|&(g, _)| g);
        Self::from_pairs(groups, &pairs)
    }

    /// From (group, member) pairs sorted by group.
    fn from_pairs(groups: usize, pairs: &[(u32, u32)]) -> Self {
        let mut starts = Vec::with_capacity(groups + 1);
        let mut at = 0;
        for g in 0..groups {
            starts.push(position(at));
            at += pairs[at..].partition_point(|&(group, _)| group as usize == g);
        }
        starts.push(position(at));
        Groups {
            starts,
            members: pairs.iter().map(|&(_, member)| member).collect(),
        }
    }

    fn get(&self, group: usize) -> &[u32] {
        match (self.starts.get(group), self.starts.get(group + 1)) {
            (Some(&start), Some(&end)) => &self.members[start as usize..end as usize],
            _ => &[],
        }
    }
}

fn timeline(corpus: &Corpus) -> Timeline {
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    for (i, event) in corpus.events.iter().enumerate() {
        match corpus.time_key(event) {
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

    #[test]
    fn a_chain_of_relative_times_is_followed_a_bounded_way_without_recursion() {
        // Each event after the next, down to a date: a chain of hand-written data as
        // long as one likes is neither a stack overflow nor a wait.
        let chain = |n: usize| {
            let mut events: Vec<Event> = (0..n)
                .map(|k| event(&format!("e{k}"), Some(&format!("after:e{}", k + 1))))
                .collect();
            events.push(event(&format!("e{n}"), Some("2016-01-01")));
            events
        };
        let (dated, _) = order(chain(3));
        assert_eq!(dated, ["e3", "e2", "e1", "e0"]);
        let (dated, undated) = order(chain(20_000));
        // Those within `CHAIN` of the date are dated; the rest are not.
        assert_eq!(dated.len(), CHAIN + 1);
        assert_eq!(undated.len(), 20_000 - CHAIN);
    }

    fn report(id: &str) -> Report {
        Report {
            id: ReportId::new(id),
            title: id.to_owned(),
            publisher: None,
            author: None,
            published: None,
            url: None,
            categories: Vec::new(),
            body: "Anna said yes and Boris said no.".to_owned(),
        }
    }

    fn statement(
        id: &str,
        report: &str,
        speaker: &str,
        start: usize,
        same_as: &[&str],
    ) -> Statement {
        let body = "Anna said yes and Boris said no.";
        Statement {
            id: StatementId::new(id),
            report: ReportId::new(report),
            speaker: SpeakerId::new(speaker),
            kind: crate::model::StatementKind::Reported,
            speaker_mention: None,
            cue: None,
            content: crate::model::Span::of(body, start..start + 3).unwrap(),
            event: Some(EventId::new("e")),
            same_as: same_as.iter().map(|&id| StatementId::new(id)).collect(),
        }
    }

    fn speaker(id: &str) -> Speaker {
        Speaker {
            id: SpeakerId::new(id),
            name: id.to_owned(),
            kind: crate::model::SpeakerKind::Person,
            aliases: Vec::new(),
            role: None,
            affiliation: None,
        }
    }

    #[test]
    fn the_indexes_follow_references_and_leave_out_dangling_ones() {
        let corpus = Corpus::new(
            vec![report("b"), report("a")],
            vec![speaker("anna"), speaker("boris")],
            vec![
                statement("b2", "b", "boris", 28, &[]),
                statement("lost", "nowhere", "anna", 0, &[]),
                statement("a1", "a", "anna", 10, &["b2", "gone"]),
                statement("b1", "b", "nobody", 10, &["a1"]),
            ],
            vec![event("e", None)],
        );
        let ids = |list: Vec<&Statement>| -> Vec<String> {
            list.iter().map(|s| s.id.to_string()).collect()
        };
        assert_eq!(
            ids(corpus.statements_in(&"b".into()).collect()),
            ["b1", "b2"]
        );
        assert_eq!(
            ids(corpus.statements_in(&"nowhere".into()).collect()),
            [""; 0]
        );
        assert_eq!(
            ids(corpus.statements_by(&"anna".into()).collect()),
            ["a1", "lost"]
        );
        assert_eq!(
            ids(corpus.statements_by(&"nobody".into()).collect()),
            [""; 0]
        );
        assert_eq!(
            ids(corpus.statements_at(&"e".into()).collect()),
            ["a1", "b1", "b2", "lost"]
        );
        assert_eq!(ids(corpus.linked(&"a1".into()).collect()), ["b1", "b2"]);
        // One set (b1 is linked to a1, a1 to b2); b1 is in b2's own report.
        assert_eq!(ids(corpus.linked(&"b2".into()).collect()), ["a1"]);
        assert_eq!(corpus.statement_index(&"lost".into()), Some(3));
        assert_eq!(corpus.statement_index(&"gone".into()), None);
        let reports: Vec<&str> = corpus
            .reports_mentioning(&"e".into())
            .iter()
            .map(|r| r.as_str())
            .collect();
        assert_eq!(reports, ["a", "b"]);
        for (i, s) in corpus.statements().iter().enumerate() {
            let report = corpus.index.report_of(i).map(|r| &corpus.reports()[r].id);
            assert_eq!(report, corpus.report(&s.report).map(|r| &r.id), "{}", s.id);
        }
    }
}
