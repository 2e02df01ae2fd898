//! An annotation with nothing to report, read and checked in one pass: each item read
//! in place (see [`annotation::clean`]), its spans' words borrowed from the file and
//! compared with the body where they stand rather than copied, and the ids its
//! statements name shared with the speakers and events the file declares rather than
//! allocated again. At the first thing that is not so (anything the careful reading
//! would report, a span whose words are not at its offsets) it gives up, and the file is
//! read and checked the careful way: so an annotation comes out of here exactly as it
//! would from there, or not at all.

use std::borrow::Cow;

use serde::Deserialize;

use super::{Annotated, CheckedMentions, CheckedSpans};
use crate::corpus::annotation::{clean, EventRecord, Item, SpanRecord, StatementRecord};
use crate::model::id_hash::IdMap;
use crate::model::{EventId, EventTime, Span, Speaker, SpeakerId, StatementId, StatementKind};

/// [`SpanRecord`], its words borrowed from the file where they hold no escapes.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpanText<'a> {
    start: usize,
    end: usize,
    #[serde(borrow)]
    text: Cow<'a, str>,
}

/// [`EventRecord`] with borrowed mentions.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventText<'a> {
    id: EventId,
    title: String,
    #[serde(default)]
    time: Option<EventTime>,
    #[serde(default)]
    place: Option<String>,
    #[serde(default)]
    participants: Vec<SpeakerId>,
    #[serde(default, borrow)]
    mentions: Vec<SpanText<'a>>,
}

/// [`StatementRecord`] with borrowed spans, and the speaker and event it names as
/// written, to be shared with the file's own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StatementText<'a> {
    id: StatementId,
    #[serde(borrow)]
    speaker: Cow<'a, str>,
    kind: StatementKind,
    #[serde(default, borrow)]
    speaker_mention: Option<SpanText<'a>>,
    #[serde(default, borrow)]
    cue: Option<SpanText<'a>>,
    #[serde(borrow)]
    content: SpanText<'a>,
    #[serde(default, borrow)]
    event: Option<Cow<'a, str>>,
    #[serde(default)]
    same_as: Vec<StatementId>,
}

/// The annotation `text` of the report whose body is `body`, read and checked, when
/// there is nothing to report about it.
pub(super) fn annotated(file: &str, text: &str, body: &str) -> Option<Annotated> {
    let sections = clean::read::<Speaker, EventText, StatementText>(text)?;
    let speakers: IdMap<&str, &SpeakerId> = (sections.speakers.iter())
        .map(|item| (item.value.id.as_str(), &item.value.id))
        .collect();
    let events = (sections.events.into_iter())
        .map(|item| event(body, item))
        .collect::<Option<Vec<_>>>()?;
    let event_ids: IdMap<&str, &EventId> = (events.iter())
        .map(|(item, _)| (item.value.id.as_str(), &item.value.id))
        .collect();
    let statements = (sections.statements.into_iter())
        .map(|item| {
            let Item {
                value: text,
                line,
                section,
                index,
            } = item;
            let content = holds(body, &text.content)?;
            let optional = |span: &Option<SpanText>| match span {
                Some(span) => holds(body, span).map(Some),
                None => Some(None),
            };
            let checked = CheckedSpans {
                content: Some(content),
                speaker_mention: optional(&text.speaker_mention)?,
                cue: optional(&text.cue)?,
                problems: Vec::new(),
            };
            let speaker = match speakers.get(&*text.speaker) {
                Some(&id) => id.clone(),
                None => SpeakerId::from(&*text.speaker),
            };
            let event = (text.event.as_deref()).map(|id| match event_ids.get(id) {
                Some(&id) => id.clone(),
                None => EventId::from(id),
            });
            // As the careful checks leave it: the span texts taken out.
            let record = StatementRecord {
                id: text.id,
                speaker,
                kind: text.kind,
                speaker_mention: None,
                cue: None,
                content: SpanRecord {
                    start: text.content.start,
                    end: text.content.end,
                    text: String::new(),
                },
                event,
                same_as: text.same_as,
            };
            let item = Item {
                value: record,
                line,
                section,
                index,
            };
            Some((item, checked))
        })
        .collect::<Option<Vec<_>>>()?;
    drop(event_ids);
    drop(speakers);
    Some(Annotated {
        file: file.to_owned(),
        speakers: sections.speakers,
        events,
        statements,
        problems: Vec::new(),
        // The caller knows whether it was ingested.
        ingested: false,
    })
}

/// An event whose mentions all hold, as the careful checks leave it: the mentions
/// taken out.
fn event(body: &str, item: Item<EventText>) -> Option<(Item<EventRecord>, CheckedMentions)> {
    let Item {
        value: text,
        line,
        section,
        index,
    } = item;
    let spans = (text.mentions.iter())
        .map(|mention| holds(body, mention))
        .collect::<Option<Vec<_>>>()?;
    let record = EventRecord {
        id: text.id,
        title: text.title,
        time: text.time,
        place: text.place,
        participants: text.participants,
        mentions: Vec::new(),
    };
    let item = Item {
        value: record,
        line,
        section,
        index,
    };
    let checked = CheckedMentions {
        spans,
        problems: Vec::new(),
    };
    Some((item, checked))
}

/// The span, if its words are where it says in `body` and it is not empty.
fn holds(body: &str, span: &SpanText) -> Option<Span> {
    let SpanText { start, end, text } = span;
    let fits = !text.is_empty() && start < end && body.get(*start..*end) == Some(&**text);
    fits.then(|| Span::of(body, *start..*end)).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{from_sources, Loaded, Source, BUNDLED};

    const REPORT: &str = "title: Quoted\n\nTrump said \"the \\\"deal\\\" is café\" on Sunday.\n";

    /// A report whose spans' words hold escapes, with a speaker and an event declared
    /// in the bundled reports.
    fn escaped() -> (String, String) {
        let body = "Trump said \"the \\\"deal\\\" is café\" on Sunday.\n";
        let report = format!("title: Quoted\n\n{body}");
        let quote = "the \\\"deal\\\" is café";
        let start = body.find(quote).unwrap();
        let annotation = serde_json::json!({
            "speakers": [{"id": "melania", "name": "Melania Trump", "kind": "person"}],
            "events": [{"id": "sunday", "title": "Sunday", "mentions": [
                {"start": start + quote.len() + 2, "end": body.len() - 2, "text": "on Sunday"}]}],
            "statements": [
                {"id": "q-1", "speaker": "trump", "kind": "direct", "event": "sunday",
                 "cue": {"start": 6, "end": 10, "text": "said"},
                 "content": {"start": start, "end": start + quote.len(), "text": quote}},
                {"id": "q-2", "speaker": "melania", "kind": "reported", "event": "alaska-summit",
                 "content": {"start": 0, "end": 5, "text": "Trump"}, "same_as": ["q-1"]}
            ]
        });
        (report, annotation.to_string())
    }

    fn sources(force_careful: bool) -> Vec<Source> {
        let mut texts: Vec<(String, String, String)> = (BUNDLED.iter())
            .map(|b| {
                (
                    b.name.to_owned(),
                    b.report.to_owned(),
                    b.annotation.to_owned(),
                )
            })
            .collect();
        let (report, annotation) = escaped();
        texts.push(("quoted".to_owned(), report, annotation));
        (texts.into_iter())
            .map(|(name, report, annotation)| {
                // A marker that is not a string is read only the careful way.
                let annotation = if force_careful {
                    annotation.replacen('{', "{\"generated_by\": {\"by\": 1},", 1)
                } else {
                    annotation
                };
                Source {
                    report_file: format!("{name}.txt"),
                    report: report.into_bytes(),
                    annotation: Some((format!("{name}.json"), annotation.into_bytes())),
                }
            })
            .collect()
    }

    #[test]
    fn a_clean_annotation_loads_as_the_careful_checks_load_it() {
        for source in sources(false) {
            let report = String::from_utf8(source.report).unwrap();
            let body = &report[report.find("\n\n").unwrap() + 2..];
            let (file, annotation) = source.annotation.unwrap();
            let annotation = String::from_utf8(annotation).unwrap();
            assert!(annotated(&file, &annotation, body).is_some(), "{file}");
        }
        let (clean, careful): (Loaded, Loaded) =
            (from_sources(sources(false)), from_sources(sources(true)));
        assert_eq!(clean.problems, careful.problems);
        assert!(clean.problems.is_empty(), "{:?}", clean.problems);
        let (a, b) = (&clean.corpus, &careful.corpus);
        assert_eq!(a.reports(), b.reports());
        assert_eq!(a.speakers(), b.speakers());
        assert_eq!(a.statements(), b.statements());
        assert_eq!(a.events(), b.events());
        let quoted = a.statement(&StatementId::new("q-1")).unwrap();
        assert_eq!(
            a.text(&quoted.report, &quoted.content),
            "the \\\"deal\\\" is café"
        );
        assert_eq!(quoted.event.as_ref().map(EventId::as_str), Some("sunday"));
    }

    #[test]
    fn anything_to_report_is_left_to_the_careful_checks() {
        let body = &REPORT[REPORT.find("\n\n").unwrap() + 2..];
        let statement = |content: &str| {
            format!(
                r#"{{"statements": [{{"id": "q", "speaker": "trump", "kind": "direct", "content": {content}}}]}}"#
            )
        };
        let good = statement(r#"{"start": 6, "end": 10, "text": "said"}"#);
        assert!(annotated("q.json", &good, body).is_some());
        for content in [
            r#"{"start": 7, "end": 11, "text": "said"}"#,
            r#"{"start": 6, "end": 6, "text": ""}"#,
            r#"{"start": 6, "end": 400, "text": "said"}"#,
            r#"{"start": 32, "end": 34, "text": "é"}"#,
            r#"{"start": 6, "end": 10, "text": "sad"}"#,
            r#"{"start": 6, "end": 10}"#,
        ] {
            assert!(
                annotated("q.json", &statement(content), body).is_none(),
                "{content}"
            );
        }
        let mention = r#"{"events": [{"id": "e", "title": "E", "mentions": [{"start": 0, "end": 3, "text": "Trx"}]}]}"#;
        assert!(annotated("q.json", mention, body).is_none());
        let cue = good.replacen(
            "\"content\"",
            r#""cue": {"start": 0, "end": 5, "text": "trump"}, "content""#,
            1,
        );
        assert!(annotated("q.json", &cue, body).is_none());
    }
}
