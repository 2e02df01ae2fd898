//! What `parley ingest --json` prints for one report, serialised straight from what
//! ingest found: no `serde_json::Value` of the whole report is built first (for a 20 MB
//! text that took several times the text in memory and most of the command's time).
//!
//! The keys of every object come in sorted order, as they did when the output was a
//! `Value` (serde_json's map is sorted): scripts that compared outputs byte for byte
//! keep working. A test compares this output with the `Value` built the old way.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::ops::Range;

use crate::ingest::{Extraction, FoundEvent, FoundSpeaker, FoundStatement, FoundTime};

/// One report's line of `--json`.
pub struct ReportJson<'a> {
    pub found: &'a Extraction,
    /// The whole file as read; the body starts at `body_start`.
    pub text: &'a str,
    pub body_start: usize,
    pub file: &'a str,
    pub published: Option<NaiveDate>,
    pub warnings: &'a [String],
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let found = self.found;
        let at = Spans {
            text: self.text,
            offset: self.body_start,
        };
        let mut map = serializer.serialize_map(Some(9))?;
        map.serialize_entry("body_start", &self.body_start)?;
        map.serialize_entry(
            "events",
            &each(found.events.iter().enumerate(), |(index, event)| {
                EventJson { index, event, at }
            }),
        )?;
        map.serialize_entry("file", self.file)?;
        map.serialize_entry("published", &self.published.map(|d| d.to_string()))?;
        map.serialize_entry("published_inferred", &found.inferred_published.is_some())?;
        map.serialize_entry("speakers", &each(found.speakers.iter(), SpeakerJson))?;
        map.serialize_entry(
            "statements",
            &each(found.statements.iter(), |statement| StatementJson {
                statement,
                found,
                at,
            }),
        )?;
        map.serialize_entry(
            "times",
            &each(found.times.iter(), |time| TimeJson { time, at }),
        )?;
        map.serialize_entry("warnings", self.warnings)?;
        map.end()
    }
}

/// Body offsets printed as offsets into the file, with the words they cover.
#[derive(Clone, Copy)]
struct Spans<'a> {
    text: &'a str,
    offset: usize,
}

impl<'a> Spans<'a> {
    fn of(&self, r: &Range<usize>) -> SpanJson<'a> {
        let (start, end) = (r.start + self.offset, r.end + self.offset);
        SpanJson {
            start,
            end,
            text: self.text.get(start..end).unwrap_or_default(),
        }
    }
}

struct SpanJson<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

impl Serialize for SpanJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("end", &self.end)?;
        map.serialize_entry("start", &self.start)?;
        map.serialize_entry("text", self.text)?;
        map.end()
    }
}

struct StatementJson<'a> {
    statement: &'a FoundStatement,
    found: &'a Extraction,
    at: Spans<'a>,
}

impl Serialize for StatementJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (s, at) = (self.statement, self.at);
        let speaker = s.speaker.map(|k| &self.found.speakers[k]);
        let mut map = serializer.serialize_map(Some(8))?;
        map.serialize_entry("content", &at.of(&s.content))?;
        map.serialize_entry("cue", &s.cue.as_ref().map(|r| at.of(r)))?;
        map.serialize_entry("event", &s.event)?;
        // A quotation split by its cue has several pieces; every statement has at least
        // one, its content.
        let fragments = if s.fragments.is_empty() {
            std::slice::from_ref(&s.content)
        } else {
            &s.fragments[..]
        };
        map.serialize_entry("fragments", &each(fragments.iter(), |r| at.of(r)))?;
        map.serialize_entry("kind", s.kind.label())?;
        map.serialize_entry("speaker", &speaker.map(|k| &k.name))?;
        map.serialize_entry("speaker_id", &speaker.map(|k| &k.id))?;
        map.serialize_entry(
            "speaker_mention",
            &s.speaker_mention.as_ref().map(|r| at.of(r)),
        )?;
        map.end()
    }
}

struct SpeakerJson<'a>(&'a FoundSpeaker);

impl Serialize for SpeakerJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let s = self.0;
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("aliases", &s.aliases)?;
        map.serialize_entry("id", &s.id)?;
        map.serialize_entry("kind", &s.kind)?;
        map.serialize_entry("name", &s.name)?;
        map.end()
    }
}

struct TimeJson<'a> {
    time: &'a FoundTime,
    at: Spans<'a>,
}

impl Serialize for TimeJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.time;
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("span", &self.at.of(&t.span))?;
        map.serialize_entry("type", &t.kind)?;
        map.serialize_entry("value", &t.value)?;
        map.end()
    }
}

struct EventJson<'a> {
    index: usize,
    event: &'a FoundEvent,
    at: Spans<'a>,
}

impl Serialize for EventJson<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (e, at) = (self.event, self.at);
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("index", &self.index)?;
        map.serialize_entry("mentions", &each(e.mentions.iter(), |r| at.of(r)))?;
        map.serialize_entry("title", &e.title)?;
        map.serialize_entry("value", &e.time.to_string())?;
        map.end()
    }
}

/// A sequence of views, made one at a time as they are written.
struct Each<I, F>(I, F);

fn each<I, F, T>(items: I, view: F) -> Each<I, F>
where
    I: Iterator + Clone,
    F: Fn(I::Item) -> T,
{
    Each(items, view)
}

impl<I, F, T> Serialize for Each<I, F>
where
    I: Iterator + Clone,
    F: Fn(I::Item) -> T,
    T: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(self.0.size_hint().1)?;
        for item in self.0.clone() {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}
