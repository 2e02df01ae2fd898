//! Quotations with no cue of their own: one that opens a sentence carries on from the
//! last speaker; one inside a sentence is its subject's.

use super::super::cues;
use super::super::sentences::Sentence;
use super::phrases::{np_left, np_right, subject_of};
use super::Coverage;
use super::{Attribution, Doc};
use crate::model::StatementKind;

/// Quotations with no cue of their own: one that opens a sentence carries on from the
/// last speaker; one inside a sentence is taken as the sentence subject's.
pub(super) fn uncued_quotes(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    found: &mut Vec<Attribution>,
    first_in_sentence: usize,
) {
    let first = doc.quote_index.around(doc.quotes, sentence.span.start);
    let mut at = first;
    let mut covered_by = Coverage::new(
        found
            .iter()
            .skip(first_in_sentence.saturating_sub(1))
            .map(|a| a.content.clone()),
    );
    while let Some(quote) = doc
        .quotes
        .get(at)
        .filter(|q| q.span.start < sentence.span.end)
    {
        at += 1;
        // What this loop adds covers only its own quotation, never a later one.
        let covered = covered_by.overlaps(&quote.span);
        // Words are counted only as far as the least a quotation needs.
        let words = || {
            doc.text[quote.span.clone()]
                .split_whitespace()
                .take(MIN_QUOTE_WORDS)
                .count()
        };
        if covered
            || quote.span.start < sentence.span.start
            || words() < MIN_QUOTE_WORDS
            || is_title(&doc.text[quote.span.clone()])
        {
            continue;
        }
        let opens = quote.span.start == sentence.span.start;
        // `"A," he said. "B."`: the second quotation continues the first statement.
        if let Some(last) = found.last_mut().filter(|l| {
            opens
                && l.sentence + 1 == s
                && doc.sentences[l.sentence].paragraph + 1 >= sentence.paragraph
                && doc.quote_at(l.content.start).is_some()
        }) {
            if last.fragments.is_empty() {
                last.fragments.push(last.content.clone());
            }
            last.fragments.push(quote.span.clone());
            last.content.end = last.content.end.max(quote.span.end);
            last.sentence = s;
            continue;
        }
        let previous = found.len().checked_sub(1).filter(|&last| {
            let paragraph = doc.sentences[found[last].sentence].paragraph;
            sentence.paragraph <= paragraph + 1
        });
        let quote_token = doc.first_token_from(quote.span.start);
        let subject = if opens {
            // "He declared:" ending the sentence before introduces the quotation.
            s.checked_sub(1)
                .map(|p| &doc.sentences[p])
                .filter(|p| p.tokens.end > p.tokens.start && doc.word(p.tokens.end - 1) == ":")
                .and_then(|p| subject_of(doc, p.tokens.start, p.tokens.end))
        } else {
            colon_intro(doc, sentence.tokens.start, quote_token)
                .or_else(|| subject_of(doc, sentence.tokens.start, quote_token))
        };
        // `"...," Trump barked.`: the phrase right after the quotation, before its verb.
        let subject = subject.or_else(|| {
            let mut k = doc.first_token_from(quote.span.end);
            if doc.word(k) == "," {
                k += 1;
            }
            // `"This is fantastic!" beamed Donald Hartley`.
            let inverted = doc.is_word(k)
                && !doc.capitalised(k)
                && (doc.lower(k).ends_with("ed") || doc.lower(k).ends_with('s'));
            if inverted {
                if let Some(np) =
                    np_right(doc, k + 1, sentence.tokens.end).filter(|_| doc.capitalised(k + 1))
                {
                    return Some(np);
                }
            }
            let np = np_right(doc, k, sentence.tokens.end)?;
            let after = doc.first_token_from(np.end);
            let verb = doc.lower(after);
            let verb_like = doc.is_word(after)
                && !doc.capitalised(after)
                && (verb.ends_with("ed") || verb.ends_with('s') || cues::cue(verb).is_some());
            verb_like.then_some(np)
        });
        let (mention, same) = match (subject, previous) {
            (Some(np), _) => (Some(np), None),
            (None, Some(last)) => (found[last].mention.clone(), Some(last)),
            (None, None) => (None, None),
        };
        found.push(Attribution {
            kind: StatementKind::Direct,
            content: quote.span.clone(),
            fragments: Vec::new(),
            cue: None,
            mention,
            same_speaker_as: same,
            shares_previous: false,
            sentence: s,
        });
    }
}

/// "More from Ana Ruiz: "..."", "Ruiz: "..."": a short phrase ending with a colon
/// just before the quotation names its speaker, the phrase before the colon.
fn colon_intro(doc: &Doc, start: usize, quote_token: usize) -> Option<std::ops::Range<usize>> {
    let colon = quote_token.checked_sub(1).filter(|&c| c > start)?;
    if doc.word(colon) != ":" || colon - start > 6 || !(start..colon).all(|k| doc.is_word(k)) {
        return None;
    }
    np_left(doc, start, colon).filter(|np| {
        let first = doc.first_token_from(np.start);
        (first..colon).any(|k| doc.capitalised(k))
    })
}

pub(super) const MIN_QUOTE_WORDS: usize = 3;

/// "Planet of the Apes", "State of the Union": a title in quotation marks, not speech.
pub(super) fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "and"
                | "a"
                | "an"
                | "in"
                | "on"
                | "for"
                | "to"
                | "at"
                | "with"
                | "de"
                | "para"
        )
    };
    words.len() <= 6
        && words.iter().all(|w| {
            small(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, seen};
    use crate::model::StatementKind::{Direct, Reported};

    #[test]
    fn a_quotation_opening_the_next_sentence_continues_the_statement() {
        let text = "\"The pier is safe,\" Ruiz said. \"We checked every beam twice.\"\n";
        assert_eq!(
            found(text),
            [seen(
                Direct,
                "\"The pier is safe,\" Ruiz said. \"We checked every beam twice.\"",
                "Ruiz",
                "said"
            )]
        );
    }

    #[test]
    fn a_quotation_inside_a_sentence_is_its_subjects() {
        let text = "Ruiz said the pier was safe. Her deputy called it \"a disaster waiting to happen\" on Tuesday.\n";
        let all = found(text);
        assert_eq!(all[0], seen(Reported, "the pier was safe", "Ruiz", "said"));
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].speaker.as_deref(), Some("Her deputy"));
    }

    #[test]
    fn an_opening_adverbial_is_not_the_subject() {
        for text in [
            "Hours later, the mayor had \"a few choice words for the critics\" in mind.\n",
            "Amid the uproar, the mayor had \"a few choice words for the critics\" in mind.\n",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some("the mayor"), "{text}");
        }
    }

    #[test]
    fn a_short_phrase_and_a_colon_name_the_speaker() {
        let text =
            "The hall was full.\n\nMore from Ana Ruiz: \"We will rebuild the pier by June.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_title_in_quotation_marks_is_not_speech() {
        assert_eq!(
            found("Ruiz starred in \"The Last of the Piers\" last year.\n"),
            []
        );
    }
}
