//! What a statement says: the words after its cue to the end of the sentence, or the
//! quotation they open with; where they end; and their kind (quoted or not).

use std::ops::Range;

use super::super::sentences::flags;
use super::words::*;
use super::Doc;
use crate::model::StatementKind;

/// The end of a content once trailing commas, conjunctions and auxiliaries are dropped.
pub(super) fn trim_end(doc: &Doc, start: usize, limit: usize) -> usize {
    trim(doc, start, limit, true)
}

/// The end of a content that runs to the end of its sentence: only marks are dropped,
/// as a sentence may well end in "was not" or "in May".
pub(super) fn trim_marks(doc: &Doc, start: usize, limit: usize) -> usize {
    trim(doc, start, limit, false)
}

fn trim(doc: &Doc, start: usize, limit: usize, words: bool) -> usize {
    trim_before(doc, start, doc.first_token_from(limit), words)
}

/// `trim` of the tokens before token `j`, for a caller that knows which token the limit
/// is: no search for it.
fn trim_before(doc: &Doc, start: usize, mut j: usize, words: bool) -> usize {
    while j > 0 && doc.tokens.start(j - 1) >= start {
        let k = j - 1;
        // The word with its ASCII letters lowered, without a copy. Lowering the rest too
        // would change none of the tests: every listed word is ASCII, and no character
        // beyond ASCII but the Kelvin sign lowers to an ASCII letter ("k", in none of
        // them), nor a last two to "ly".
        let w = doc.lower(k);
        let mark = matches!(w, "," | ";" | ":" | "." | "—" | "–" | "-");
        // A listed word is made of letters, a word token: the tokenizer's capital flag
        // says whether it starts with a capital, without reading the text again.
        // "The plan is dead for now, officials said": an adverb of time or manner that
        // ends its clause, a mark after it, is part of what was said ("still later,"
        // and "first," more often open the clause after); so is an auxiliary standing
        // for its verb ("what 40 states already do, he said").
        let ends_its_clause = || {
            (matches!(
                w,
                "now"
                    | "again"
                    | "too"
                    | "today"
                    | "yesterday"
                    | "already"
                    | "ever"
                    | "often"
                    | "always"
                    | "sometimes"
                    | "repeatedly"
                    | "previously"
                    | "himself"
                    | "herself"
            ) || is_auxiliary(w))
                && matches!(doc.word(k + 1), "," | ";" | ":" | "." | "—" | "–")
        };
        let junk = mark
            || words
                && !ends_its_clause()
                && (matches!(
                    w,
                    "and"
                        | "but"
                        | "while"
                        | "which"
                        | "who"
                        | "to"
                        | "as"
                        | "whereas"
                        | "or"
                        | "though"
                        | "although"
                        | "because"
                        | "if"
                        | "unless"
                        | "when"
                        | "yet"
                ) || SKIP_SET.contains(w) && !doc.capitalised(k));
        if !junk {
            return doc.tokens.end(k);
        }
        j = k;
    }
    start
}

/// The words from token `rest` to the sentence's end (`end`, less its marks) when they
/// go on with the verb of the words an aside interrupted, an auxiliary after an adverb
/// perhaps: "These employees, Stumpf explained, were well paid", "The implication,
/// according to the aide, is that ...".
pub(super) fn rest_with_its_verb(doc: &Doc, rest: usize, end: usize) -> Option<Range<usize>> {
    let verb = if rest < end && is_adverb(doc.lower(rest)) {
        rest + 1
    } else {
        rest
    };
    if verb + 1 >= end || !is_auxiliary(doc.lower(verb)) {
        return None;
    }
    Some(to_the_end(doc, rest, end))
}

/// The words from token `from` to the sentence's end (`end`), less the marks that end it.
pub(super) fn to_the_end(doc: &Doc, from: usize, end: usize) -> Range<usize> {
    let start = doc.tokens.start(from);
    start..trim_end(doc, start, doc.tokens.end(end - 1))
}

/// The statement's content from token `from` to the end of the sentence; a quotation
/// introduced by a few words and a comma or colon stands alone.
pub(super) fn content_after(doc: &Doc, from: usize, end: usize) -> Range<usize> {
    if from >= end {
        return 0..0;
    }
    // A quotation mark among the first few tokens, after words and commas only. Most
    // contents have none: the flags say so eight at a time, with no token read.
    let opening = doc
        .tokens
        .next_flagged(from, end.min(from + 6), flags::QUOTE_MARK)
        .filter(|&k| (from..k).all(|t| doc.is_word(t) || matches!(doc.word(t), "," | ":")));
    if let Some(k) = opening {
        let between_ok = k == from || matches!(doc.word(k - 1), "," | ":");
        if between_ok {
            if let Some(q) = doc.quote_at(doc.tokens.start(k)) {
                let q_end = q.span.end;
                // The quotation and any continuation after "he said,".
                let last = doc.first_token_from(q_end);
                let rest_is_tail = (last..end).all(|t| matches!(doc.word(t), "." | "," | ";"));
                if rest_is_tail {
                    return q.span.clone();
                }
            }
        }
    }
    let end = contrast_after(doc, from, end).unwrap_or(end);
    let start = doc.tokens.start(from);
    let end_at = doc.tokens.end(end - 1);
    // `trim_marks(doc, start, end_at)`: the first token from `end_at` is `end`.
    let trimmed = trim_before(doc, start, end, false);
    // Keep a closing quotation mark that the trim would leave behind.
    let closing = doc
        .quote_at(trimmed.saturating_sub(1))
        .map(|q| q.span.end)
        .filter(|e| *e > trimmed && *e <= end_at);
    start..closing.unwrap_or(trimmed)
}

/// Where reported words give way to the reporter's contrast: ", though a review of
/// records shows ...", ", although few agree". Only where no quotation is near, which
/// would make the contrast the speaker's.
fn contrast_after(doc: &Doc, from: usize, end: usize) -> Option<usize> {
    const CONTRAST_REACH: usize = 60;
    // A clause, opened by its subject: "though culturally conservative" and "though
    // not the results" qualify the words said.
    let subject = |k: usize| {
        doc.capitalised(k)
            || is_pronoun(doc.lower(k))
            || DETERMINERS_SET.contains(doc.lower(k))
            || doc.lower(k) == "there"
    };
    // Looked for no further than a long clause's length: a sentence may be endless,
    // and each cue in it asks. Most have no "though" at all, which one search of the
    // lowered bytes tells.
    let reach = end.saturating_sub(3).min(from + CONTRAST_REACH);
    if reach <= from + 2 {
        return None;
    }
    let window = &doc.lower_text.as_bytes()[doc.tokens.start(from)..doc.tokens.end(reach)];
    memchr::memmem::find(window, b"though")?;
    let comma = (from + 2..reach).find(|&k| {
        doc.word(k) == "," && matches!(doc.lower(k + 1), "though" | "although") && subject(k + 2)
    })?;
    // Not inside an aside set off by dashes ("BuzzFeed -- known for hits, though its
    // news team wins awards -- missed its targets").
    let before = &doc.text[doc.tokens.start(from)..doc.tokens.start(comma)];
    let dashes = before.matches(['—', '–']).count() + before.matches("--").count();
    let span = doc.tokens.start(from)..doc.tokens.end(end - 1);
    (dashes % 2 == 0 && !doc.marks.has_quotation(&span)).then_some(comma)
}

pub(super) fn kind_of(doc: &Doc, content: &Range<usize>, written: bool) -> StatementKind {
    if written {
        return StatementKind::Written;
    }
    let whole_quote = doc
        .quote_at(content.start)
        .is_some_and(|q| q.span.start == content.start && q.span.end >= content.end);
    if whole_quote {
        StatementKind::Direct
    } else if doc.marks.has_quotation(content) {
        StatementKind::Partial
    } else {
        StatementKind::Reported
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, seen};
    use crate::model::StatementKind::{Direct, Partial, Reported};

    #[test]
    fn a_quotation_after_a_colon_is_the_content() {
        assert_eq!(
            found("Ruiz said: \"We are ready to talk.\"\n"),
            [seen(Direct, "\"We are ready to talk.\"", "Ruiz", "said")]
        );
    }

    #[test]
    fn the_content_ends_before_the_next_statement_and_its_conjunction() {
        let text = "Ruiz said the pier was safe, but engineers warned that it was not.\n";
        assert_eq!(
            found(text),
            [
                seen(Reported, "the pier was safe", "Ruiz", "said"),
                seen(Reported, "that it was not", "engineers", "warned"),
            ]
        );
        // A verb after "and" shares the subject and ends the words before it.
        let text = "Ruiz thanked Salem and said it was great to be home.\n";
        assert_eq!(
            found(text),
            [
                seen(Reported, "Salem", "Ruiz", "thanked"),
                seen(Reported, "it was great to be home", "Ruiz", "said"),
            ]
        );
    }

    #[test]
    fn the_reporters_contrast_is_no_part_of_what_was_said() {
        let text = "Ruiz said the pier was safe, though it has not been inspected since 1990.\n";
        assert_eq!(
            found(text),
            [seen(Reported, "the pier was safe", "Ruiz", "said")]
        );
        // A contrast that is no clause qualifies the words said; one set inside an
        // aside, or near a quotation, is left as it is.
        for text in [
            "Ruiz said the pier was old, though sound, and would stay open.\n",
            "Ruiz said the pier -- old, though it was rebuilt -- would stay open.\n",
            "Ruiz said the pier was \"safe,\" though it was never inspected.\n",
        ] {
            let all = found(text);
            assert!(
                all[0].content.ends_with("open") || all[0].content.ends_with("inspected"),
                "{all:?}"
            );
        }
    }

    #[test]
    fn a_cut_content_ends_before_a_conjunction_that_opens_the_next_clause() {
        for text in [
            "Ruiz said the pier was safe, though engineers warned that it was not.\n",
            "Ruiz said the pier was safe when engineers warned that it was not.\n",
            "Ruiz said the pier was safe because engineers warned that it was not.\n",
        ] {
            assert_eq!(
                found(text)[0],
                seen(Reported, "the pier was safe", "Ruiz", "said"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_content_cut_short_of_its_quotation_is_reported() {
        let text = "Some in the crowd booed, and when Ruiz thanked Salem and said it was \
                    great to be home, a man yelled \u{201c}Stay there!\u{201d}\n";
        let all = found(text);
        assert!(!all.is_empty());
        for a in &all {
            let marked = a.content.contains(['\u{201c}', '\u{201d}']);
            assert!(marked || a.kind == Reported, "{all:?}");
        }
    }

    #[test]
    fn a_quoted_fragment_makes_reported_speech_partial() {
        assert_eq!(
            found("Ruiz said the repairs were \"long overdue\" and cheap.\n"),
            [seen(
                Partial,
                "the repairs were \"long overdue\" and cheap",
                "Ruiz",
                "said"
            )]
        );
    }
}
