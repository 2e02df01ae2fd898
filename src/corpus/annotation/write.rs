//! An annotation file written straight from what ingest found in a report, without
//! building its records ([`Annotation`](super::Annotation), which copies the words of
//! every span) or a `serde_json::Value` of them first.
//!
//! The keys of every object come in sorted order, as they did when the file was
//! written from a `Value` (serde_json's map is sorted): a file written again from the
//! same report is the same file, byte for byte, and its content hash is unchanged. A
//! test compares this output with the `Value` of [`Annotation::of_findings`](super::Annotation::of_findings).

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use crate::model::{Event, EventTime, Findings, Span, Speaker, Statement};

/// An annotation file: `findings` of the report whose body is `body`, with the marker
/// `parley ingest` leaves in the files it writes, if any.
#[derive(Clone, Copy)]
pub struct AnnotationFile<'a> {
    pub body: &'a str,
    pub findings: &'a Findings,
    pub marker: Option<Marker<'a>>,
}

/// What lets `parley ingest` know a file it wrote was not edited since.
#[derive(Clone, Copy)]
pub struct Marker<'a> {
    pub generated_by: &'a str,
    pub content_hash: &'a str,
}

impl Serialize for AnnotationFile<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (body, found) = (self.body, self.findings);
        let mut map = serializer.serialize_map(None)?;
        if let Some(marker) = &self.marker {
            map.serialize_entry("content_hash", marker.content_hash)?;
        }
        map.serialize_entry(
            "events",
            &each(&found.events, |event| EventView { event, body }),
        )?;
        if let Some(marker) = &self.marker {
            map.serialize_entry("generated_by", marker.generated_by)?;
        }
        map.serialize_entry("speakers", &each(&found.speakers, SpeakerView))?;
        map.serialize_entry(
            "statements",
            &each(&found.statements, |statement| StatementView {
                statement,
                body,
            }),
        )?;
        map.end()
    }
}

/// A span as the file writes it: its offsets and the words they cover.
struct SpanView<'a> {
    span: Span,
    body: &'a str,
}

impl Serialize for SpanView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(3))?;
        map.serialize_entry("end", &self.span.end())?;
        map.serialize_entry("start", &self.span.start())?;
        map.serialize_entry("text", self.span.text(self.body))?;
        map.end()
    }
}

struct EventView<'a> {
    event: &'a Event,
    body: &'a str,
}

impl Serialize for EventView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (e, body) = (self.event, self.body);
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", &e.id)?;
        map.serialize_entry(
            "mentions",
            &each(&e.mentions, |m| SpanView { span: m.span, body }),
        )?;
        if !e.participants.is_empty() {
            map.serialize_entry("participants", &e.participants)?;
        }
        if let Some(place) = &e.place {
            map.serialize_entry("place", place)?;
        }
        if let Some(time) = &e.time {
            map.serialize_entry("time", &TimeView(time))?;
        }
        map.serialize_entry("title", &e.title)?;
        map.end()
    }
}

struct TimeView<'a>(&'a EventTime);

impl Serialize for TimeView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let t = self.0;
        let mut map = serializer.serialize_map(None)?;
        if let Some(anchor) = &t.anchor {
            map.serialize_entry("anchor", anchor)?;
        }
        if let Some(expression) = &t.expression {
            map.serialize_entry("expression", expression)?;
        }
        map.serialize_entry("value", &t.value)?;
        map.end()
    }
}

struct SpeakerView<'a>(&'a Speaker);

impl Serialize for SpeakerView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let s = self.0;
        let mut map = serializer.serialize_map(None)?;
        if let Some(affiliation) = &s.affiliation {
            map.serialize_entry("affiliation", affiliation)?;
        }
        if !s.aliases.is_empty() {
            map.serialize_entry("aliases", &s.aliases)?;
        }
        map.serialize_entry("id", &s.id)?;
        map.serialize_entry("kind", &s.kind)?;
        map.serialize_entry("name", &s.name)?;
        if let Some(role) = &s.role {
            map.serialize_entry("role", role)?;
        }
        map.end()
    }
}

struct StatementView<'a> {
    statement: &'a Statement,
    body: &'a str,
}

impl Serialize for StatementView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (s, body) = (self.statement, self.body);
        let span = |span: &Span| SpanView { span: *span, body };
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("content", &span(&s.content))?;
        map.serialize_entry("cue", &s.cue.as_ref().map(span))?;
        if let Some(event) = &s.event {
            map.serialize_entry("event", event)?;
        }
        map.serialize_entry("id", &s.id)?;
        map.serialize_entry("kind", &s.kind)?;
        if !s.same_as.is_empty() {
            map.serialize_entry("same_as", &s.same_as)?;
        }
        map.serialize_entry("speaker", &s.speaker)?;
        map.serialize_entry("speaker_mention", &s.speaker_mention.as_ref().map(span))?;
        map.end()
    }
}

/// A list of views, each made as it is written.
struct Each<'a, T, F>(&'a [T], F);

fn each<'a, T, F, V>(items: &'a [T], view: F) -> Each<'a, T, F>
where
    F: Fn(&'a T) -> V,
{
    Each(items, view)
}

impl<'a, T, F, V> Serialize for Each<'a, T, F>
where
    F: Fn(&'a T) -> V,
    V: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(self.0.len()))?;
        for item in self.0 {
            seq.serialize_element(&(self.1)(item))?;
        }
        seq.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::annotation::Annotation;
    use crate::ingest::ingest;
    use crate::model::{
        EventId, Mention, ReportId, SpeakerId, SpeakerKind, StatementId, TimeValue,
    };

    /// The file as it was written before: the records' `Value`, keys sorted.
    fn by_value(body: &str, findings: &Findings) -> (String, String) {
        let value = serde_json::to_value(Annotation::of_findings(body, findings)).unwrap();
        let view = AnnotationFile {
            body,
            findings,
            marker: None,
        };
        (
            serde_json::to_string_pretty(&value).unwrap(),
            serde_json::to_string_pretty(&view).unwrap(),
        )
    }

    #[test]
    fn the_bundled_reports_are_written_as_their_records_were() {
        for text in [
            include_str!("../../../assets/summit.txt"),
            include_str!("../../../assets/aftermath.txt"),
        ] {
            let (start, published) = crate::corpus::split_report(text);
            let body = &text[start..];
            let found = ingest(body, published).unwrap();
            let findings = found.findings(body, &ReportId::new("r"), published);
            assert!(findings.statements.len() > 5 && !findings.events.is_empty());
            let (old, new) = by_value(body, &findings);
            assert_eq!(new, old);
        }
    }

    #[test]
    fn every_optional_field_is_written_as_its_record_was() {
        let body = "Ann Lee said \"yes\" at the summit on Friday.";
        let span = |a: usize, b: usize| Span::of(body, a..b).unwrap();
        let report = ReportId::new("r");
        let mut findings = Findings {
            speakers: vec![Speaker {
                id: SpeakerId::new("ann-lee"),
                name: "Ann Lee".into(),
                kind: SpeakerKind::Person,
                aliases: vec!["Lee".into()],
                role: Some("minister".into()),
                affiliation: Some("a \"party\"\n".into()),
            }],
            events: vec![Event {
                id: EventId::new("r-event-1"),
                title: "summit".into(),
                time: Some(EventTime {
                    value: TimeValue::Range(
                        "2025-08".parse().unwrap(),
                        "2025-09-01".parse().unwrap(),
                    ),
                    expression: Some("on Friday".into()),
                    anchor: chrono::NaiveDate::from_ymd_opt(2025, 8, 17),
                }),
                place: Some("Anchorage".into()),
                participants: vec![SpeakerId::new("ann-lee")],
                mentions: vec![Mention {
                    report: report.clone(),
                    span: span(26, 32),
                }],
            }],
            statements: vec![Statement {
                id: StatementId::new("r-1"),
                report: report.clone(),
                speaker: SpeakerId::new("ann-lee"),
                kind: crate::model::StatementKind::Direct,
                speaker_mention: Some(span(0, 7)),
                cue: Some(span(8, 12)),
                content: span(13, 18),
                event: Some(EventId::new("r-event-1")),
                same_as: vec![StatementId::new("q-2")].into(),
            }],
        };
        let (old, new) = by_value(body, &findings);
        assert_eq!(new, old);
        // And with every optional field left out.
        let speaker = &mut findings.speakers[0];
        (speaker.aliases, speaker.role, speaker.affiliation) = (Vec::new(), None, None);
        let event = &mut findings.events[0];
        (event.place, event.participants) = (None, Vec::new());
        event.time = Some(EventTime {
            value: TimeValue::Before(EventId::new("x")),
            expression: None,
            anchor: None,
        });
        let statement = &mut findings.statements[0];
        (statement.cue, statement.speaker_mention, statement.event) = (None, None, None);
        statement.same_as = Box::default();
        let (old, new) = by_value(body, &findings);
        assert_eq!(new, old);
        findings.events[0].time = None;
        let (old, new) = by_value(body, &findings);
        assert_eq!(new, old);
    }
}
