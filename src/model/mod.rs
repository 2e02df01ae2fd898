//! The domain: reports, spans, speakers, statements, events, and the corpus that
//! indexes them. Nothing here knows about terminals.

pub mod align;
mod anchor;
mod citation;
pub mod claims;
mod compare;
pub mod conflicts;
mod corpus;
pub(crate) mod id_hash;
mod ids;
pub mod names;
mod provenance;
pub mod quote_links;
pub mod rows;
pub mod shingles;
mod span;
mod time;
pub mod values;
pub mod words;

pub use align::{ClaimPair, ClaimText, Relation};
pub use anchor::{reanchor, reanchor_all};
pub use citation::Citation;
pub use compare::{Comparison, StatementPair};
pub use conflicts::{Conflict, ConflictKind};
pub use corpus::{Corpus, Timeline, CHAIN};
pub use ids::{EventId, ReportId, SpeakerId, StatementId};
pub use provenance::Provenance;
pub use span::{Mention, Span};
pub use time::{DateRange, EventTime, Precision, TimeParseError, TimePoint, TimeValue};

use std::ops::Range;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// One news report: its metadata and the body every span points into.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub id: ReportId,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(skip)]
    pub body: String,
}

/// When a report was published; `inferred` when the header does not give it and the
/// date was worked out from the text: its dateline ("WASHINGTON, Oct. 28, 2016 —"), or
/// what it says ("on Friday" of a known event).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Published {
    pub date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<NaiveTime>,
    pub inferred: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    /// Governments, countries speaking as states, organisations, newsrooms.
    Institution,
    /// Anonymous sources, unnamed experts.
    Unnamed,
}

impl SpeakerKind {
    /// The kind as the corpus format spells it.
    pub fn label(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Institution => "institution",
            SpeakerKind::Unnamed => "unnamed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Speaker {
    pub id: SpeakerId,
    pub name: String,
    pub kind: SpeakerKind,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

impl Speaker {
    /// The id ingest gives the speaker of a report's statements whose speaker it could
    /// not tell.
    pub const UNKNOWN_ID: &'static str = "unknown";
    /// That speaker's name, which it keeps when the reports' speakers are made one
    /// across the corpus (and its id becomes the name's, "unknown-speaker").
    pub const UNKNOWN_NAME: &'static str = "Unknown speaker";

    /// Whether this is the speaker of statements whose speaker ingest could not tell:
    /// listed last among the most quoted, however many they are, as it is no one.
    pub fn is_unknown(&self) -> bool {
        self.id.as_str() == Self::UNKNOWN_ID
            || self.kind == SpeakerKind::Unnamed && self.name == Self::UNKNOWN_NAME
    }

    /// Whether `query` names this speaker: the id, the name or an alias, ignoring case.
    pub fn answers_to(&self, query: &str) -> bool {
        let query = query.trim();
        self.id.as_str().eq_ignore_ascii_case(query)
            || self.name.to_lowercase() == query.to_lowercase()
            || self
                .aliases
                .iter()
                .any(|a| a.to_lowercase() == query.to_lowercase())
            || self
                .name
                .split_whitespace()
                .any(|word| word.to_lowercase() == query.to_lowercase())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// A full quotation in double quotes.
    Direct,
    /// A quoted fragment inside reported speech: described as 'very productive'.
    Partial,
    /// Reported speech without quotation marks.
    Reported,
    /// A written statement: a post, a letter, a press release.
    Written,
}

impl StatementKind {
    pub fn label(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Partial => "partial",
            StatementKind::Reported => "reported",
            StatementKind::Written => "written",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: StatementId,
    pub report: ReportId,
    pub speaker: SpeakerId,
    pub kind: StatementKind,
    /// The words naming the speaker where the statement is made: "he", "the Kremlin".
    pub speaker_mention: Option<Span>,
    /// The verb of saying: "said", "warned", "wrote".
    pub cue: Option<Span>,
    pub content: Span,
    /// The event the statement was made at, where known.
    pub event: Option<EventId>,
    /// The same statement in other reports; a boxed slice rather than a `Vec`, 8 bytes
    /// less a statement, as it does not grow once loaded and is mostly empty.
    pub same_as: Box<[StatementId]>,
}

/// What stands between the pieces of a quotation an attribution splits, where the words
/// said are shown without it (`Statement::said`): `"We will not move," … "Not an inch."`.
pub const SAID_JOIN: &str = " … ";

impl Statement {
    /// The stretches of `body`, its report's body, that hold the words said: the
    /// content, or, where the attribution stands inside it (`"The pier is safe," Ruiz
    /// said. "It will stay open."`, `The pier, officials said, will reopen`), the
    /// content before the attribution and after it. The attribution is the cue and the
    /// speaker's mention; the words are cut at the quotation marks around it, or else
    /// at the commas.
    pub fn said(&self, body: &str) -> (Range<usize>, Option<Range<usize>>) {
        let whole = self.content.range();
        let inside = |span: &Span| span.start() > whole.start && span.end() < whole.end;
        let Some(cue) = self.cue.filter(inside) else {
            return (whole, None);
        };
        let (mut from, mut to) = (cue.start(), cue.end());
        if let Some(mention) = self.speaker_mention.filter(inside) {
            from = from.min(mention.start());
            to = to.max(mention.end());
        }
        let (Some(before), Some(after)) = (body.get(whole.start..from), body.get(to..whole.end))
        else {
            return (whole, None);
        };
        // The last closing mark before the attribution ends the first piece; the
        // opening mark of the quotation that ends the content starts the second (not
        // the first mark after the attribution: `said on "Fox and Friends." "I mean`).
        let last_of = |text: &str, marks: [&str; 3]| {
            marks
                .iter()
                .filter_map(|m| text.rfind(m).map(|p| (p, m.len())))
                .max()
        };
        let closing = last_of(before, ["\"", "”", "''"]).map(|(p, len)| p + len);
        let ending = ["\"", "”", "''"].iter().find(|m| after.ends_with(*m));
        let opening = ending
            .and_then(|m| last_of(&after[..after.len() - m.len()], ["\"", "“", "''"]))
            .map(|(p, _)| p);
        let (first_end, second_start) = match (closing, opening) {
            (Some(c), Some(o)) => (whole.start + c, to + o),
            _ => match (before.rfind([',', '—']), after.find([',', '—'])) {
                (Some(c), Some(o)) => {
                    let mark = after[o..].chars().next().map_or(1, char::len_utf8);
                    let rest = &after[o + mark..];
                    (whole.start + c, whole.end - rest.trim_start().len())
                }
                _ => return (whole, None),
            },
        };
        let first_end = whole.start + body[whole.start..first_end].trim_end().len();
        if first_end <= whole.start || second_start >= whole.end {
            return (whole, None);
        }
        (whole.start..first_end, Some(second_start..whole.end))
    }
}

/// What ingest finds in one report: its speakers (with ids of the report's own, which
/// the corpus replaces by its own when it loads them), the events it mentions and its
/// statements, as values the loader checks in memory.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    pub speakers: Vec<Speaker>,
    pub events: Vec<Event>,
    pub statements: Vec<Statement>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: EventId,
    pub title: String,
    pub time: Option<EventTime>,
    pub place: Option<String>,
    pub participants: Vec<SpeakerId>,
    /// Where reports mention the event, across every report of the corpus.
    pub mentions: Vec<Mention>,
}

impl Event {
    pub fn mentioned_in(&self, report: &ReportId) -> bool {
        self.mentions.iter().any(|m| &m.report == report)
    }
}

#[cfg(test)]
mod said_tests {
    use super::*;

    /// A statement of `body` whose content, cue and mention are the first place each
    /// of the words given stands in it.
    fn statement(body: &str, content: &str, cue: &str, mention: &str) -> Statement {
        let span = |words: &str| {
            let start = body.find(words).expect("the words are in the body");
            Span::of(body, start..start + words.len())
        };
        Statement {
            id: StatementId::new("s"),
            report: ReportId::new("r"),
            speaker: SpeakerId::new("ruiz"),
            kind: StatementKind::Direct,
            speaker_mention: span(mention),
            cue: span(cue),
            content: span(content).expect("a content"),
            event: None,
            same_as: Box::default(),
        }
    }

    fn pieces(body: &str, s: &Statement) -> Vec<String> {
        let (first, second) = s.said(body);
        std::iter::once(first)
            .chain(second)
            .map(|r| body[r].to_owned())
            .collect()
    }

    #[test]
    fn the_words_said_leave_out_an_attribution_set_inside_them() {
        // A quotation split by its attribution: the pieces within their marks.
        let body = "“The pier is safe,” Ruiz said, citing the survey. “It will stay open.” Next.";
        let content = "“The pier is safe,” Ruiz said, citing the survey. “It will stay open.”";
        let s = statement(body, content, "said", "Ruiz");
        assert_eq!(
            pieces(body, &s),
            ["“The pier is safe,”", "“It will stay open.”"]
        );
        // Two apostrophes for a mark, and a title quoted after the attribution.
        let body = "''Hopefully,'' he said, ''it helps.''";
        let s = statement(body, body, "said", "he");
        assert_eq!(pieces(body, &s), ["''Hopefully,''", "''it helps.''"]);
        let body = "\"He is right,\" Flynn said on \"Fox and Friends.\" \"I mean it.\"";
        let s = statement(body, body, "said", "Flynn");
        assert_eq!(pieces(body, &s), ["\"He is right,\"", "\"I mean it.\""]);
        // Reported words around their attribution: cut at its commas.
        let body = "The pier, officials said, will reopen in May.";
        let s = statement(
            body,
            "The pier, officials said, will reopen in May",
            "said",
            "officials",
        );
        assert_eq!(pieces(body, &s), ["The pier", "will reopen in May"]);
        // The attribution outside the content, or inside with nothing to cut at: whole.
        let body = "\"The pier is safe,\" Ruiz said.";
        let s = statement(body, "\"The pier is safe,\"", "said", "Ruiz");
        assert_eq!(pieces(body, &s), ["\"The pier is safe,\""]);
        let body = "the pier Ruiz said is safe";
        let s = statement(body, "the pier Ruiz said is safe", "said", "Ruiz");
        assert_eq!(pieces(body, &s), ["the pier Ruiz said is safe"]);
    }
}
