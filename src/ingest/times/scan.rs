//! What every recogniser reads: the words around a token, and the anchors relative
//! expressions are resolved against.

use chrono::{NaiveDate, Weekday};
use std::ops::Range;

use super::calendar::Value;
use super::words::Unit;
use super::TimexType;
use crate::ingest::sentences::{flags, TokenKind, Tokens};
use crate::model::TimePoint;

/// The text and its tokens, as the recognisers read them.
pub struct Cx<'a> {
    pub text: &'a str,
    /// `text` with its ASCII letters lowered: offsets into `text` hold in it.
    pub lower_text: &'a str,
    pub tokens: &'a Tokens,
    /// The byte span of the sentence around an offset.
    pub sentence_of: &'a dyn Fn(usize) -> Range<usize>,
}

impl<'a> Cx<'a> {
    /// Word `i` as written, or "" for a mark or past either end (`usize::MAX` is
    /// before the start, so `i.wrapping_sub(1)` is safe).
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .filter(|t| t.kind() == TokenKind::Word)
            .map_or("", |t| t.text(self.text))
    }

    /// Word `i` with its ASCII letters lowered, or "".
    #[inline]
    pub fn lower(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .filter(|t| t.kind() == TokenKind::Word)
            .and_then(|t| self.lower_text.get(t.start..t.end()))
            .unwrap_or("")
    }

    /// Whether token `i` is the mark `mark`. Inlined, a one-byte mark is compared as a
    /// byte, not through a call to compare memory.
    #[inline]
    pub fn is_mark(&self, i: usize, mark: &str) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Punct && t.text(self.text) == mark)
    }

    /// Whether token `i` is a mark (not a word), or lies past either end.
    #[inline]
    pub fn is_break(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_none_or(|t| t.kind() == TokenKind::Punct)
    }

    /// Whether word `i` starts with a capital letter.
    pub fn capital(&self, i: usize) -> bool {
        self.tokens.is(i, flags::CAPITAL)
    }

    /// Whether token `i` starts its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        (self.sentence_of)(token.start).start == token.start
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The byte span of tokens `first..end`.
    pub fn span(&self, first: usize, end: usize) -> Range<usize> {
        self.tokens.start(first)..self.tokens.end(end - 1)
    }
}

/// The dates relative expressions count from.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anchors {
    /// The publication date: "yesterday", "last week", "two years ago".
    pub published: Option<NaiveDate>,
    /// The last date the text set ("On March 3 ... the next day"), else none.
    pub narrative: Option<TimePoint>,
    /// The last quarter the text named (year, quarter): "the year-ago quarter" is the
    /// same quarter a year before it.
    pub quarter: Option<(i32, u32)>,
}

impl Anchors {
    /// The date anaphoric expressions in `unit` count from ("the next day", "that
    /// year"): the last date the text set if it is at least that precise, else the
    /// publication date.
    pub fn story(&self, unit: Unit) -> Option<NaiveDate> {
        let precise_enough = |p: &TimePoint| match p {
            TimePoint::Day(_) => true,
            TimePoint::Month(..) => !matches!(unit, Unit::Day | Unit::Week),
            TimePoint::Year(_) => matches!(unit, Unit::Year | Unit::Decade | Unit::Century),
        };
        (self.narrative.filter(precise_enough))
            .map(TimePoint::first_day)
            .or(self.published)
    }
}

/// An expression a recogniser found: tokens `first..end`, its type, and its value when
/// it could be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub first: usize,
    pub end: usize,
    pub kind: TimexType,
    pub value: Option<Value>,
    /// Whether the value depends on the publication date.
    pub relative: bool,
    /// For a bare weekday, which one, and whether its clause said which way it lies
    /// (else it was taken as the nearer one, a guess other mentions may correct).
    pub weekday: Option<(Weekday, bool)>,
}

impl Found {
    pub fn date(first: usize, end: usize, value: Option<Value>, relative: bool) -> Found {
        Found {
            first,
            end,
            kind: TimexType::Date,
            value,
            relative,
            weekday: None,
        }
    }

    pub fn timex(first: usize, end: usize, kind: TimexType, value: impl Into<String>) -> Found {
        Found {
            first,
            end,
            kind,
            value: Some(Value::Timex(value.into())),
            relative: false,
            weekday: None,
        }
    }
}

/// How far left of token `i` a run of the `modifiers` reaches ("early", "late"), as the
/// first token of the expression.
pub fn extend_left(cx: &Cx, i: usize, modifiers: &[&str]) -> usize {
    let mut first = i;
    while first > 0 && modifiers.contains(&cx.lower(first - 1)) {
        first -= 1;
    }
    first
}
