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
pub use corpus::{Corpus, Timeline};
pub use ids::{EventId, ReportId, SpeakerId, StatementId};
pub use provenance::Provenance;
pub use span::{Mention, Span};
pub use time::{DateRange, EventTime, Precision, TimeParseError, TimePoint, TimeValue};

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
