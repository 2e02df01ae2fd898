//! The annotation file beside a report: speakers, events and statements whose spans
//! point into that report's body. Parsed item by item, so that one bad item is
//! reported with its line and JSON path and the others still load.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::problem::{line_of, Problem};
use crate::model::{
    EventId, EventTime, Findings, Span, Speaker, SpeakerId, StatementId, StatementKind,
};

/// The whole file, as written by `parley ingest` and read by the loader.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Annotation {
    pub speakers: Vec<Speaker>,
    pub events: Vec<EventRecord>,
    pub statements: Vec<StatementRecord>,
}

impl Annotation {
    /// The annotation file of what ingest found in a report whose body is `body`.
    pub fn of_findings(body: &str, found: &Findings) -> Annotation {
        let span = |s: &Span| SpanRecord {
            start: s.start(),
            end: s.end(),
            text: s.text(body).to_owned(),
        };
        Annotation {
            speakers: found.speakers.clone(),
            events: (found.events.iter())
                .map(|e| EventRecord {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    time: e.time.clone(),
                    place: e.place.clone(),
                    participants: e.participants.clone(),
                    mentions: e.mentions.iter().map(|m| span(&m.span)).collect(),
                })
                .collect(),
            statements: (found.statements.iter())
                .map(|s| StatementRecord {
                    id: s.id.clone(),
                    speaker: s.speaker.clone(),
                    kind: s.kind,
                    speaker_mention: s.speaker_mention.as_ref().map(span),
                    cue: s.cue.as_ref().map(span),
                    content: span(&s.content),
                    event: s.event.clone(),
                    same_as: s.same_as.to_vec(),
                })
                .collect(),
        }
    }
}

/// A span as written in an annotation: byte offsets into the report's body and the
/// text they cover, which must match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpanRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: EventId,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<EventTime>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<SpeakerId>,
    #[serde(default)]
    pub mentions: Vec<SpanRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementRecord {
    pub id: StatementId,
    pub speaker: SpeakerId,
    pub kind: StatementKind,
    #[serde(default)]
    pub speaker_mention: Option<SpanRecord>,
    #[serde(default)]
    pub cue: Option<SpanRecord>,
    pub content: SpanRecord,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as: Vec<StatementId>,
}

/// One parsed item and where it stands in its file.
#[derive(Debug, Clone)]
pub struct Item<T> {
    pub value: T,
    pub line: usize,
    /// Its section: `statements` for `statements[3]`.
    pub section: &'static str,
    /// Its place in its section: 3 for `statements[3]`.
    pub index: usize,
}

impl<T> Item<T> {
    /// `statements[3]`
    pub fn path(&self) -> String {
        format!("{}[{}]", self.section, self.index)
    }
}

#[derive(Debug, Default)]
pub struct Items {
    pub speakers: Vec<Item<Speaker>>,
    pub events: Vec<Item<EventRecord>>,
    pub statements: Vec<Item<StatementRecord>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sections<'a> {
    #[serde(borrow, default)]
    speakers: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    events: Vec<&'a RawValue>,
    #[serde(borrow, default)]
    statements: Vec<&'a RawValue>,
    /// The marker `parley ingest` leaves in the files it writes; the loader ignores it.
    #[serde(default, rename = "generated_by")]
    _generated_by: Option<serde::de::IgnoredAny>,
    #[serde(default, rename = "content_hash")]
    _content_hash: Option<serde::de::IgnoredAny>,
}

/// Parses an annotation file; every problem goes to `problems`, and what could be read
/// is returned.
pub fn parse(file: &str, text: &str, problems: &mut Vec<Problem>) -> Items {
    // A byte order mark some editors write first is no JSON.
    let text = text.trim_start_matches('\u{feff}');
    // Most files are well formed: read once, straight into the records. At the first
    // thing amiss the file is read again with every check, so that each problem is
    // reported as that reading words it and the rest of the file still loads.
    clean::parse(text).unwrap_or_else(|| parse_carefully(file, text, problems))
}

/// Parses an annotation file in two passes, reporting every problem with its line and
/// JSON path; an item that does not read is skipped, the others are kept.
fn parse_carefully(file: &str, text: &str, problems: &mut Vec<Problem>) -> Items {
    let sections: Sections = match serde_json::from_str(text) {
        Ok(sections) => sections,
        Err(err) => {
            problems.push(whole_file_problem(file, text, &err));
            return Items::default();
        }
    };
    let mut lines = LineCursor::default();
    Items {
        speakers: items(
            file,
            text,
            "speakers",
            sections.speakers,
            &mut lines,
            problems,
        ),
        events: items(file, text, "events", sections.events, &mut lines, problems),
        statements: items(
            file,
            text,
            "statements",
            sections.statements,
            &mut lines,
            problems,
        ),
    }
}

/// The shape of the file, with each item left unread: read again only when the file
/// does not parse, to name the place of the mistake.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Shape {
    #[serde(default)]
    speakers: Vec<serde::de::IgnoredAny>,
    #[serde(default)]
    events: Vec<serde::de::IgnoredAny>,
    #[serde(default)]
    statements: Vec<serde::de::IgnoredAny>,
    #[serde(default)]
    generated_by: Option<serde::de::IgnoredAny>,
    #[serde(default)]
    content_hash: Option<serde::de::IgnoredAny>,
}

/// What is wrong with a file that does not parse at all: its place (`speakers` for
/// `{"speakers": 5}`), and for a file that is not a JSON object, what it is instead.
fn whole_file_problem(file: &str, text: &str, err: &serde_json::Error) -> Problem {
    const EXPECTED: &str =
        r#"expected an object: {"speakers": [...], "events": [...], "statements": [...]}"#;
    let found = match text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\n', '\r'])
        .chars()
        .next()
    {
        Some('{') | None => None,
        Some('[') => Some("an array"),
        Some('"') => Some("a string"),
        Some('t' | 'f') => Some("true or false"),
        Some('n') => Some("null"),
        Some(_) => Some("a number"),
    };
    if let (Some(found), false) = (found, err.is_syntax() || err.is_eof()) {
        return Problem::error(
            file,
            format!("{EXPECTED}, found {found} (the annotations are skipped)"),
        )
        .at_line(1);
    }
    // A mistake of syntax is placed by its line; one of shape by its path as well.
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let place = match serde_path_to_error::deserialize::<_, Shape>(&mut deserializer) {
        Err(e) if err.is_data() && e.path().to_string() != "." => Some(e.path().to_string()),
        _ => None,
    };
    let problem = Problem::error(
        file,
        format!("{} (the annotations are skipped)", describe(err)),
    )
    .at_line(err.line());
    match place {
        Some(place) => problem.at_path(place),
        None => problem,
    }
}

/// Line numbers of offsets met in increasing order, each counted from the last one
/// rather than from the start of the file.
#[derive(Default)]
struct LineCursor {
    offset: usize,
    newlines: usize,
}

impl LineCursor {
    fn line(&mut self, text: &str, offset: usize) -> usize {
        if offset < self.offset {
            *self = Self::default();
        }
        let offset = offset.min(text.len());
        self.newlines += line_of(&text[self.offset..offset], offset - self.offset) - 1;
        self.offset = offset;
        self.newlines + 1
    }
}

fn items<T: DeserializeOwned>(
    file: &str,
    text: &str,
    section: &'static str,
    raws: Vec<&RawValue>,
    lines: &mut LineCursor,
    problems: &mut Vec<Problem>,
) -> Vec<Item<T>> {
    let mut read = Vec::with_capacity(raws.len());
    for (i, raw) in raws.into_iter().enumerate() {
        let offset = (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
        let line = lines.line(text, offset);
        // Tracking the path slows every item down: only an item that fails is read
        // again with it, for the message.
        let parsed = serde_json::from_str(raw.get()).or_else(|_| {
            let mut deserializer = serde_json::Deserializer::from_str(raw.get());
            serde_path_to_error::deserialize::<_, T>(&mut deserializer)
        });
        match parsed {
            Ok(value) => read.push(Item {
                value,
                line,
                section,
                index: i,
            }),
            Err(err) => {
                let path = format!("{section}[{i}]");
                let inner = err.path().to_string();
                let place = if inner == "." {
                    path
                } else {
                    format!("{path}.{inner}")
                };
                let err = err.into_inner();
                problems.push(
                    Problem::error(file, format!("{} (the item is skipped)", describe(&err)))
                        .at_line(line + err.line().saturating_sub(1))
                        .at_path(place),
                );
            }
        }
    }
    read
}

pub(super) mod clean;
mod write;

pub use write::{AnnotationFile, Marker};

/// serde_json's message without its " at line L column C" tail: the line is reported
/// separately, counted from the start of the file.
fn describe(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message,
    }
}
