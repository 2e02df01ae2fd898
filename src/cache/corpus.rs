//! A checked corpus as the cache holds it: reports (metadata and body), speakers,
//! events and statements in corpus order. Ids are written once, in tables, and every
//! reference is a position in a table, so that reading builds each id once and clones
//! it. Spans are offsets only; their text is cut from the body again, which also checks
//! that they fall inside the body and between characters.
//!
//! The report bodies are not in the section: each report has its body's length and
//! checksum there, and the bodies follow the section in corpus order, read straight
//! into their strings, so that reading holds no second copy of the text.

use std::collections::HashMap;
use std::hash::Hash;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::wire::{checksum, Reader, Writer};
use crate::model::{
    Corpus, Event, EventId, EventTime, Mention, Published, Report, ReportId, Span, Speaker,
    SpeakerId, SpeakerKind, Statement, StatementId, StatementKind, TimePoint, TimeValue,
};

/// Why a corpus cannot be written: a reference the loader would have refused.
#[derive(Debug)]
pub struct Unwritable;

pub fn write(corpus: &Corpus, w: &mut Writer) -> Result<(), Unwritable> {
    let report_at = positions(corpus.reports().iter().map(|r| &r.id));
    let speaker_at = positions(corpus.speakers().iter().map(|s| &s.id));
    let event_at = positions(corpus.events().iter().map(|e| &e.id));
    let statement_at = positions(corpus.statements().iter().map(|s| &s.id));

    w.size(corpus.reports().len());
    for report in corpus.reports() {
        write_report(report, w);
    }
    w.size(corpus.speakers().len());
    for speaker in corpus.speakers() {
        write_speaker(speaker, w);
    }
    w.size(corpus.events().len());
    for event in corpus.events() {
        w.str(event.id.as_str());
    }
    for event in corpus.events() {
        w.str(&event.title);
        w.opt_str(event.place.as_deref());
        w.flag(event.time.is_some());
        if let Some(time) = &event.time {
            match &time.value {
                TimeValue::Point(p) => {
                    w.byte(0);
                    write_point(*p, w);
                }
                TimeValue::Range(a, b) => {
                    w.byte(1);
                    write_point(*a, w);
                    write_point(*b, w);
                }
                TimeValue::Before(id) => {
                    w.byte(2);
                    w.size(at(&event_at, id)?);
                }
                TimeValue::After(id) => {
                    w.byte(3);
                    w.size(at(&event_at, id)?);
                }
            }
            w.opt_str(time.expression.as_deref());
            w.flag(time.anchor.is_some());
            if let Some(anchor) = time.anchor {
                write_date(anchor, w);
            }
        }
        w.size(event.participants.len());
        for participant in &event.participants {
            w.size(at(&speaker_at, participant)?);
        }
        w.size(event.mentions.len());
        for mention in &event.mentions {
            w.size(at(&report_at, &mention.report)?);
            write_span(&mention.span, w);
        }
    }
    w.size(corpus.statements().len());
    for statement in corpus.statements() {
        w.str(statement.id.as_str());
    }
    for s in corpus.statements() {
        w.size(at(&report_at, &s.report)?);
        w.size(at(&speaker_at, &s.speaker)?);
        w.byte(kind_code(s.kind));
        // A statement's spans are in its own report.
        write_span(&s.content, w);
        for optional in [&s.speaker_mention, &s.cue] {
            w.flag(optional.is_some());
            if let Some(optional) = optional {
                write_span(optional, w);
            }
        }
        w.flag(s.event.is_some());
        if let Some(event) = &s.event {
            w.size(at(&event_at, event)?);
        }
        w.size(s.same_as.len());
        for other in &s.same_as {
            w.size(at(&statement_at, other)?);
        }
    }
    Ok(())
}

/// A corpus's parts, in corpus order.
pub struct Parts {
    reports: Vec<Report>,
    speakers: Vec<Speaker>,
    statements: Vec<Statement>,
    events: Vec<Event>,
}

impl Parts {
    pub fn into_corpus(self) -> Corpus {
        Corpus::from_sorted(self.reports, self.speakers, self.statements, self.events)
    }
}

/// The parts of the corpus written by [`write`], with each report's body from `bodies`,
/// or `None` if anything in it is out of place.
pub fn read(r: &mut Reader, bodies: &mut Bodies) -> Option<Parts> {
    let count = r.count()?;
    let reports = (0..count)
        .map(|_| read_report(r, bodies))
        .collect::<Option<Vec<_>>>()?;
    let count = r.count()?;
    let speakers = (0..count)
        .map(|_| read_speaker(r))
        .collect::<Option<Vec<_>>>()?;
    let count = r.count()?;
    let event_ids = (0..count)
        .map(|_| r.str().map(EventId::from))
        .collect::<Option<Vec<_>>>()?;
    let mut events = Vec::with_capacity(count);
    for id in &event_ids {
        events.push(read_event(r, id.clone(), &event_ids, &speakers, &reports)?);
    }
    let count = r.count()?;
    let statement_ids = (0..count)
        .map(|_| r.str().map(StatementId::from))
        .collect::<Option<Vec<_>>>()?;
    let mut statements = Vec::with_capacity(count);
    // Links are resolved once every statement holds its id, so that each id is moved
    // into its statement, not copied.
    let mut links = Vec::new();
    let mut last_report = 0;
    for (i, id) in statement_ids.into_iter().enumerate() {
        // In corpus order, report by report, as the corpus's indexes expect.
        let at = r.index(reports.len())?;
        (at >= last_report).then_some(())?;
        last_report = at;
        let report = &reports[at];
        let speaker = speakers[r.index(speakers.len())?].id.clone();
        let kind = kind_of(r.byte()?)?;
        let content = read_span(r, report)?;
        let speaker_mention = r.optional(|r| read_span(r, report))?;
        let cue = r.optional(|r| read_span(r, report))?;
        let event = r.optional(|r| Some(event_ids[r.index(event_ids.len())?].clone()))?;
        let linked = r.count()?;
        if linked > 0 {
            let targets = (0..linked)
                .map(|_| r.index(count))
                .collect::<Option<Vec<_>>>()?;
            links.push((i, targets));
        }
        statements.push(Statement {
            id,
            report: report.id.clone(),
            speaker,
            kind,
            speaker_mention,
            cue,
            content,
            event,
            same_as: Box::default(),
        });
    }
    for (i, targets) in links {
        let same_as = targets.iter().map(|&j| statements[j].id.clone()).collect();
        statements[i].same_as = same_as;
    }
    Some(Parts {
        reports,
        speakers,
        statements,
        events,
    })
}

fn write_span(span: &Span, w: &mut Writer) {
    w.size(span.start());
    w.size(span.end());
}

/// The position of `id`, which a checked corpus always has.
fn at<K: Hash + Eq>(map: &HashMap<&K, usize>, id: &K) -> Result<usize, Unwritable> {
    map.get(id).copied().ok_or(Unwritable)
}

fn positions<'a, K: Hash + Eq + 'a>(ids: impl Iterator<Item = &'a K>) -> HashMap<&'a K, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

fn write_report(report: &Report, w: &mut Writer) {
    w.str(report.id.as_str());
    w.str(&report.title);
    w.opt_str(report.publisher.as_deref());
    w.opt_str(report.author.as_deref());
    w.flag(report.published.is_some());
    if let Some(published) = report.published {
        write_date(published.date, w);
        w.flag(published.time.is_some());
        if let Some(time) = published.time {
            w.size(time.num_seconds_from_midnight() as usize);
            w.size(time.nanosecond() as usize);
        }
        w.flag(published.inferred);
    }
    w.opt_str(report.url.as_deref());
    w.strs(&report.categories);
    w.size(report.body.len());
    w.fixed(checksum(report.body.as_bytes()));
}

/// Where a report's body comes from: given its length, its bytes (the cache file, read
/// on), or `None` if they cannot be had.
pub type Bodies<'a> = dyn FnMut(usize) -> Option<Vec<u8>> + 'a;

fn read_report(r: &mut Reader, bodies: &mut Bodies) -> Option<Report> {
    let report = Report {
        id: ReportId::from(r.str()?),
        title: r.string()?,
        publisher: r.opt_string()?,
        author: r.opt_string()?,
        published: r.optional(|r| {
            Some(Published {
                date: read_date(r)?,
                time: r.optional(|r| {
                    let seconds = u32::try_from(r.number()?).ok()?;
                    let nanos = u32::try_from(r.number()?).ok()?;
                    NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos)
                })?,
                inferred: r.flag()?,
            })
        })?,
        url: r.opt_string()?,
        categories: r.strings()?,
        body: String::new(),
    };
    let len = r.size()?;
    let sum = r.fixed()?;
    let body = bodies(len)?;
    (body.len() == len && checksum(&body) == sum).then_some(())?;
    Some(Report {
        body: String::from_utf8(body).ok()?,
        ..report
    })
}

fn write_speaker(speaker: &Speaker, w: &mut Writer) {
    w.str(speaker.id.as_str());
    w.str(&speaker.name);
    w.byte(match speaker.kind {
        SpeakerKind::Person => 0,
        SpeakerKind::Institution => 1,
        SpeakerKind::Unnamed => 2,
    });
    w.strs(&speaker.aliases);
    w.opt_str(speaker.role.as_deref());
    w.opt_str(speaker.affiliation.as_deref());
}

fn read_speaker(r: &mut Reader) -> Option<Speaker> {
    Some(Speaker {
        id: SpeakerId::from(r.str()?),
        name: r.string()?,
        kind: match r.byte()? {
            0 => SpeakerKind::Person,
            1 => SpeakerKind::Institution,
            2 => SpeakerKind::Unnamed,
            _ => return None,
        },
        aliases: r.strings()?,
        role: r.opt_string()?,
        affiliation: r.opt_string()?,
    })
}

fn read_event(
    r: &mut Reader,
    id: EventId,
    event_ids: &[EventId],
    speakers: &[Speaker],
    reports: &[Report],
) -> Option<Event> {
    let title = r.string()?;
    let place = r.opt_string()?;
    let time = r.optional(|r| {
        let value = match r.byte()? {
            0 => TimeValue::Point(read_point(r)?),
            1 => TimeValue::Range(read_point(r)?, read_point(r)?),
            2 => TimeValue::Before(event_ids[r.index(event_ids.len())?].clone()),
            3 => TimeValue::After(event_ids[r.index(event_ids.len())?].clone()),
            _ => return None,
        };
        Some(EventTime {
            value,
            expression: r.opt_string()?,
            anchor: r.optional(read_date)?,
        })
    })?;
    let count = r.count()?;
    let participants = (0..count)
        .map(|_| Some(speakers[r.index(speakers.len())?].id.clone()))
        .collect::<Option<Vec<_>>>()?;
    let count = r.count()?;
    let mentions = (0..count)
        .map(|_| {
            let report = &reports[r.index(reports.len())?];
            Some(Mention {
                report: report.id.clone(),
                span: read_span(r, report)?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Event {
        id,
        title,
        time,
        place,
        participants,
        mentions,
    })
}

/// A span of `report`: its offsets must be a non-empty range of the body, between
/// characters.
fn read_span(r: &mut Reader, report: &Report) -> Option<Span> {
    let start = r.size()?;
    let end = r.size()?;
    if start >= end {
        return None;
    }
    Span::of(&report.body, start..end)
}

fn write_date(date: NaiveDate, w: &mut Writer) {
    w.signed(i64::from(date.num_days_from_ce()));
}

fn read_date(r: &mut Reader) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(r.signed()?).ok()?)
}

fn write_point(point: TimePoint, w: &mut Writer) {
    match point {
        TimePoint::Year(y) => {
            w.byte(0);
            w.signed(i64::from(y));
        }
        TimePoint::Month(y, m) => {
            w.byte(1);
            w.signed(i64::from(y));
            w.size(m as usize);
        }
        TimePoint::Day(d) => {
            w.byte(2);
            write_date(d, w);
        }
    }
}

fn read_point(r: &mut Reader) -> Option<TimePoint> {
    let year = |r: &mut Reader| i32::try_from(r.signed()?).ok();
    Some(match r.byte()? {
        0 => TimePoint::Year(year(r)?),
        1 => {
            let y = year(r)?;
            let m = u32::try_from(r.number()?)
                .ok()
                .filter(|m| (1..=12).contains(m))?;
            TimePoint::Month(y, m)
        }
        2 => TimePoint::Day(read_date(r)?),
        _ => return None,
    })
}

fn kind_code(kind: StatementKind) -> u8 {
    match kind {
        StatementKind::Direct => 0,
        StatementKind::Partial => 1,
        StatementKind::Reported => 2,
        StatementKind::Written => 3,
    }
}

fn kind_of(code: u8) -> Option<StatementKind> {
    Some(match code {
        0 => StatementKind::Direct,
        1 => StatementKind::Partial,
        2 => StatementKind::Reported,
        3 => StatementKind::Written,
        _ => return None,
    })
}
