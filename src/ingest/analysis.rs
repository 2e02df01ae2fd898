//! A text read into what every recogniser looks at: its words (tokens), paragraphs,
//! sentences, quotations and time expressions, each found once.

use chrono::NaiveDate;

use super::attribution::Doc;
use super::quotes::{self, Marks, Quote, QuoteIndex};
use super::sentences::{self, Sentence, SentenceIndex, TokenIndex, Tokens};
use super::times::{self, FoundTime};
use super::TextTooLong;

/// The analysed text, owned; [`Analysis::doc`] lends it to the recognisers.
pub(super) struct Analysis {
    pub tokens: Tokens,
    pub token_index: TokenIndex,
    pub sentences: Vec<Sentence>,
    pub sentence_index: SentenceIndex,
    pub quotes: Vec<Quote>,
    pub quote_index: QuoteIndex,
    pub marks: Marks,
    /// `text` with ASCII letters lowered: the same byte offsets.
    pub lower_text: String,
    pub times: Vec<FoundTime>,
    /// The publication date the text's dateline prints ("WASHINGTON, Oct. 28, 2016
    /// —"), when none was given.
    pub inferred_published: Option<NaiveDate>,
    /// Where the dateline ends (0 without one): events are not looked for in it.
    pub dateline_end: usize,
    /// Whether each paragraph is noise (a heading, a byline, a link).
    pub noise: Vec<bool>,
}

impl Analysis {
    /// Reads `text`, resolving relative times against `published`. A text of 4 GiB or
    /// more is refused.
    pub fn new(text: &str, published: Option<NaiveDate>) -> Result<Analysis, TextTooLong> {
        let (mut tokens, token_index) = sentences::tokenize_indexed(text)?;
        quotes::drop_nicknames(text, tokens.quote_marks_mut());
        let paragraphs = sentences::paragraphs(text, &tokens);
        let quotes = quotes::double_quotes(text, tokens.quote_marks(), &paragraphs);
        let quote_index = QuoteIndex::new(&quotes, text.len());
        let inside = |at: usize| {
            let i = quote_index.around(&quotes, at);
            quotes.get(i).is_some_and(|q| q.span.start < at)
        };
        let sentences = sentences::sentences(text, &tokens, &paragraphs, inside);
        let sentence_index = SentenceIndex::new(&sentences, text.len());
        let sentence_of = |at: usize| {
            let i = sentence_index.around(&sentences, at);
            sentences.get(i).map_or(0..0, |s| s.span.clone())
        };
        let lower_text = lower_ascii(text);
        let times::Times {
            found: times,
            dateline,
            phrases,
        } = times::find_times(text, &lower_text, &tokens, published, sentence_of);
        let inferred_published = (dateline.as_ref())
            .and_then(|d| d.date)
            .filter(|_| published.is_none());
        let dateline_end = dateline.as_ref().map_or(0, |d| d.span.end);
        for phrase in phrases {
            tokens.mark(phrase, sentences::flags::IN_TIME);
        }
        let marks = Marks::new(text, tokens.take_quote_marks(), &paragraphs);
        let noise = paragraphs.iter().map(|p| p.noise).collect();
        Ok(Analysis {
            tokens,
            token_index,
            sentences,
            sentence_index,
            quotes,
            quote_index,
            marks,
            lower_text,
            times,
            inferred_published,
            dateline_end,
            noise,
        })
    }

    /// What the recognisers read, for `text`, the text analysed.
    pub fn doc<'a>(&'a self, text: &'a str) -> Doc<'a> {
        Doc {
            text,
            lower_text: &self.lower_text,
            tokens: &self.tokens,
            token_index: &self.token_index,
            sentences: &self.sentences,
            quotes: &self.quotes,
            quote_index: &self.quote_index,
            marks: &self.marks,
            noise: &self.noise,
        }
    }
}

/// `text.to_ascii_lowercase()`: a copy, then its ASCII capitals lowered in place. Both
/// passes go many bytes an instruction (with Rust 1.95, for 40 kB of news, 1.6 µs
/// against 2.6 µs for mapping each byte into a new vector, which then had to be checked
/// again to be UTF-8).
pub(super) fn lower_ascii(text: &str) -> String {
    let mut lowered = text.to_owned();
    lowered.make_ascii_lowercase();
    lowered
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences::flags;

    #[test]
    fn a_time_and_the_preposition_introducing_it_are_flagged() {
        let text = "WASHINGTON, Oct. 28, 2016 — Ruiz said on Friday that talks held since \
                    2019 would end by next week, in a statement.";
        let analysis = Analysis::new(text, NaiveDate::from_ymd_opt(2016, 10, 30)).unwrap();
        let tokens = &analysis.tokens;
        let flagged: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens.is(i, flags::IN_TIME))
            .map(|i| tokens.text(i, text))
            .collect();
        assert_eq!(
            flagged,
            ["Oct.", "28", ",", "2016", "on", "Friday", "since", "2019", "by", "next", "week"]
        );
    }
}
