//! Ingest: plain text in, statements, speakers and dated events out. Pure functions
//! from `&str` to values; no I/O here (the command that reads files is `command`).
//! Every offset is a byte offset into the text given, on a character boundary.

mod attribution;
mod cues;
mod event_titles;
mod events;
mod quotes;
mod sentences;
mod speakers;
mod times;

pub use events::{occasion_kind, FoundEvent};
pub use speakers::{fold, FoundSpeaker};
pub use times::{FoundTime, TimexType};

use chrono::NaiveDate;
use std::ops::Range;

use crate::corpus::annotation::{Annotation, EventRecord, SpanRecord, StatementRecord};
use crate::model::{EventId, EventTime, Speaker, SpeakerId, StatementId, StatementKind, TimeValue};
use attribution::{attributions, Doc};

/// One statement found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundStatement {
    pub kind: StatementKind,
    pub content: Range<usize>,
    pub cue: Option<Range<usize>>,
    pub speaker_mention: Option<Range<usize>>,
    /// Index into `Extraction::speakers`.
    pub speaker: Option<usize>,
    /// Index into `Extraction::events`.
    pub event: Option<usize>,
}

/// Everything ingest finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    pub statements: Vec<FoundStatement>,
    pub speakers: Vec<FoundSpeaker>,
    pub times: Vec<FoundTime>,
    pub events: Vec<FoundEvent>,
    /// How many relative expressions ("on Friday") were left unresolved for want of a
    /// publication date.
    pub unresolved: usize,
    /// The publication date read from the text's dateline ("WASHINGTON, Oct. 28, 2016
    /// —") when none was given, which relative expressions were resolved against.
    pub inferred_published: Option<NaiveDate>,
}

/// A text too long for ingest, which keeps byte offsets as `u32` to halve the memory
/// its tokens take. Refused rather than read wrongly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "too long to ingest: {len} bytes, where ingest reads at most {max} (4 GiB less a byte)",
    max = sentences::MAX_TEXT_LEN
)]
pub struct TextTooLong {
    pub len: usize,
}

/// Reads a text (a report's body): statements, speakers, times and events. A text of
/// 4 GiB or more is refused.
pub fn ingest(text: &str, published: Option<NaiveDate>) -> Result<Extraction, TextTooLong> {
    let (mut tokens, token_index) = sentences::tokenize_indexed(text)?;
    let paragraphs = sentences::paragraphs(text, &tokens);
    let quotes = quotes::double_quotes(text, &paragraphs);
    let quote_index = quotes::QuoteIndex::new(&quotes, text.len());
    let inside = |at: usize| {
        let i = quote_index.around(&quotes, at);
        quotes.get(i).is_some_and(|q| q.span.start < at)
    };
    let sentences = sentences::sentences(text, &tokens, &paragraphs, inside);
    let sentence_index = sentences::SentenceIndex::new(&sentences, text.len());
    let sentence_of = |at: usize| {
        let i = sentence_index.around(&sentences, at);
        sentences.get(i).map_or(0..0, |s| s.span.clone())
    };
    // ASCII letters lowered, byte for byte: offsets into `text` hold in it.
    let lower_text = lower_ascii(text);
    let times::Times {
        found: times,
        dateline,
    } = times::find_times(text, &lower_text, &tokens, published, sentence_of);
    let inferred_published = (dateline.as_ref())
        .and_then(|d| d.date)
        .filter(|_| published.is_none());
    let published = published.or(inferred_published);
    for time in &times {
        let first = token_index.first_from(&tokens, time.span.start);
        let last = token_index.first_from(&tokens, time.span.end);
        // The preposition that introduces a time ("on Friday") is part of the phrase
        // attribution steps over, though TIMEX3 leaves it out of the expression.
        let introduced = first
            .checked_sub(1)
            .filter(|&k| is_time_preposition(tokens.text(k, &lower_text)));
        tokens.mark(introduced.unwrap_or(first)..last, sentences::flags::IN_TIME);
    }
    let noise: Vec<bool> = paragraphs.iter().map(|p| p.noise).collect();
    let doc = Doc {
        text,
        lower_text: &lower_text,
        tokens: &tokens,
        token_index: &token_index,
        sentences: &sentences,
        quotes: &quotes,
        quote_index: &quote_index,
        noise: &noise,
    };
    let found = attributions(&doc);
    let dateline_end = dateline.as_ref().map_or(0, |d| d.span.end);
    let mut events = events::find_events(
        text,
        &tokens,
        &token_index,
        &sentences,
        &times,
        published,
        dateline_end,
    );

    let event_of_sentence = events_by_sentence(&events, &sentences, &sentence_index);
    let mut speakers = speakers::Speakers::default();
    let mut statements: Vec<FoundStatement> = Vec::with_capacity(found.len());
    let mut last_event = None;
    let mut last_paragraph = usize::MAX;
    for att in &found {
        let speaker = match (&att.mention, att.same_speaker_as) {
            (_, Some(k)) if k < statements.len() => speakers.repeat(statements[k].speaker),
            (Some(m), _) => speakers.resolve(&text[m.clone()]),
            _ => None,
        };
        let sentence = &sentences[att.sentence];
        if sentence.paragraph > last_paragraph.saturating_add(2) {
            last_event = None;
        }
        last_paragraph = sentence.paragraph;
        let here = event_of_sentence[att.sentence];
        let event = here.or(last_event);
        if let (None, Some(e)) = (here, event) {
            // A statement made at an event dated in an earlier sentence mentions it too.
            events[e].mentions.push(sentence.span.clone());
        }
        last_event = event;
        statements.push(FoundStatement {
            kind: att.kind,
            content: att.content.clone(),
            cue: att.cue.clone(),
            speaker_mention: att.mention.clone(),
            speaker,
            event,
        });
    }
    let unresolved = times
        .iter()
        .filter(|t| t.relative && t.value.is_none())
        .count();
    Ok(Extraction {
        statements,
        speakers: speakers.found,
        times,
        events,
        unresolved,
        inferred_published,
    })
}

/// Whether a lowered word introduces a time phrase: "on", "in", "since", "by", "until".
fn is_time_preposition(word: &str) -> bool {
    matches!(word, "on" | "in" | "since" | "by" | "until")
}

/// `text.to_ascii_lowercase()` in one pass: mapping each byte into a vector of known
/// length lets the compiler lower many bytes an instruction, where the standard
/// library's copy-then-lower goes a byte at a time.
fn lower_ascii(text: &str) -> String {
    let lowered: Vec<u8> = text.bytes().map(|b| b.to_ascii_lowercase()).collect();
    // Only ASCII capitals changed, each to another ASCII byte: still UTF-8.
    String::from_utf8(lowered).unwrap_or_else(|_| text.to_ascii_lowercase())
}

/// The first event mentioned in each sentence.
fn events_by_sentence(
    events: &[FoundEvent],
    sentences: &[sentences::Sentence],
    index: &sentences::SentenceIndex,
) -> Vec<Option<usize>> {
    let mut of = vec![None; sentences.len()];
    for (e, event) in events.iter().enumerate() {
        for m in &event.mentions {
            let first = index.around(sentences, m.start);
            for (k, s) in sentences.iter().enumerate().skip(first) {
                if s.span.start >= m.end {
                    break;
                }
                if of[k].is_none_or(|x: usize| x > e) {
                    of[k] = Some(e);
                }
            }
        }
    }
    of
}

impl Extraction {
    /// The annotation file for this extraction of `body`, published on `published`.
    pub fn to_annotation(
        &self,
        body: &str,
        report: &str,
        published: Option<NaiveDate>,
    ) -> Annotation {
        let span = |r: &Range<usize>| SpanRecord {
            start: r.start,
            end: r.end,
            text: body.get(r.clone()).unwrap_or_default().to_owned(),
        };
        let mut speakers: Vec<Speaker> = self
            .speakers
            .iter()
            .map(|s| Speaker {
                id: SpeakerId::new(s.id.clone()),
                name: s.name.clone(),
                kind: s.kind,
                aliases: s.aliases.clone(),
                role: None,
                affiliation: None,
            })
            .collect();
        let needs_unknown = self.statements.iter().any(|s| s.speaker.is_none());
        if needs_unknown {
            speakers.push(Speaker {
                id: SpeakerId::new("unknown"),
                name: "Unknown speaker".into(),
                kind: crate::model::SpeakerKind::Unnamed,
                aliases: Vec::new(),
                role: None,
                affiliation: None,
            });
        }
        let event_id = |e: usize| EventId::new(format!("{report}-event-{}", e + 1));
        let events = self
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| EventRecord {
                id: event_id(i),
                title: e.title.clone(),
                time: Some(EventTime {
                    value: TimeValue::Point(e.time),
                    expression: self
                        .times
                        .get(e.time_index)
                        .map(|t| body.get(t.span.clone()).unwrap_or_default().to_owned()),
                    anchor: published,
                }),
                place: None,
                participants: Vec::new(),
                mentions: e
                    .mentions
                    .iter()
                    .filter(|m| m.start < m.end)
                    .map(span)
                    .collect(),
            })
            .collect();
        let statements = self
            .statements
            .iter()
            .enumerate()
            .filter(|(_, s)| s.content.start < s.content.end)
            .map(|(i, s)| StatementRecord {
                id: StatementId::new(format!("{report}-{}", i + 1)),
                speaker: match s.speaker {
                    Some(k) => SpeakerId::new(self.speakers[k].id.clone()),
                    None => SpeakerId::new("unknown"),
                },
                kind: s.kind,
                speaker_mention: s.speaker_mention.as_ref().map(span),
                cue: s.cue.as_ref().map(span),
                content: span(&s.content),
                event: s.event.map(event_id),
                same_as: Vec::new(),
            })
            .collect();
        Annotation {
            speakers,
            events,
            statements,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contents(text: &str) -> Vec<(StatementKind, String, Option<String>)> {
        let found = ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
        found
            .statements
            .iter()
            .map(|s| {
                (
                    s.kind,
                    text[s.content.clone()].to_owned(),
                    s.speaker.map(|k| found.speakers[k].name.clone()),
                )
            })
            .collect()
    }

    #[test]
    fn split_quote_and_pronoun() {
        let text = "Vladimir Putin met Donald Trump on Friday and it went well, observers noted at length.\n\"We hope,\" he said, \"that this will last.\"\n";
        let found = contents(text);
        assert!(
            found.contains(&(
                StatementKind::Direct,
                "\"We hope,\" he said, \"that this will last.\"".into(),
                Some("Donald Trump".into())
            )) || found.iter().any(|f| f.1.starts_with("\"We hope")),
            "{found:?}"
        );
    }

    #[test]
    fn reported_speech_after_a_cue() {
        let text = "Ukraine has rejected these demands and insisted that any peace deal must include security guarantees.\n";
        let found = contents(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1].1,
            "that any peace deal must include security guarantees"
        );
        assert_eq!(found[1].2.as_deref(), Some("Ukraine"));
    }

    #[test]
    fn text_is_lowered_as_the_standard_library_does() {
        let mut text: String = (0u8..=127).map(char::from).collect();
        text.push_str("ÀÉ Zelensky SAID “Yes” @[`{ AZaz ÿ\u{7f}");
        text.push_str(include_str!("../../assets/summit.txt"));
        for start in 0..9 {
            let part = &text[start..];
            assert_eq!(lower_ascii(part), part.to_ascii_lowercase());
        }
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let mut huge = "\"a ".repeat(300_000);
        huge.push_str(&"x".repeat(400_000));
        for text in [
            "",
            "\0\0\0",
            "\u{1b}[31m said \"\u{1b}[0m",
            "\"",
            "“",
            "'",
            "said",
            "according to",
            "He said, \"",
            "Éé“”‘’ said 'é' on Friday in May 2022 at 3 p.m. every day",
            huge.as_str(),
        ] {
            let found = ingest(text, None).unwrap();
            for s in &found.statements {
                assert!(text.get(s.content.clone()).is_some());
            }
            let _ = found.to_annotation(text, "r", None);
        }
    }
}
