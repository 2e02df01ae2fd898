//! A noun cue after a possessive: "Putin's denial of Russian interference".

use std::ops::Range;

use super::super::sentences::Sentence;
use super::content::content_after;
use super::headline::labels_a_line;
use super::words::{is_auxiliary, is_relative, possessor, DETERMINERS_SET};
use super::{Attribution, Doc};

/// "Putin's denial of Russian interference": a noun cue after a possessive.
pub(super) fn nominal(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    cue: Range<usize>,
) -> Option<Attribution> {
    if i == sentence.tokens.start {
        return None;
    }
    let owner = doc.lower(i - 1);
    let possessive =
        owner.ends_with("'s") || owner.ends_with("’s") || matches!(owner, "his" | "her" | "their");
    if !possessive || !doc.is_word(i - 1) {
        return None;
    }
    // "Editor's note: ...": a label opening the line, which names no one.
    if i - 1 == sentence.tokens.start && possessor(owner).is_some_and(labels_a_line) {
        return None;
    }
    // "North Korea's claims", "Gov. Andrew Cuomo's denial": the whole name owns them.
    let named = !matches!(owner, "his" | "her" | "their");
    let first = (sentence.tokens.start.max(i.saturating_sub(1 + NAME_WORDS))..i - 1)
        .rev()
        .take_while(|&k| named && doc.is_word(k) && doc.capitalised(k) && !doc.in_quote(k))
        .last()
        .unwrap_or(i - 1);
    let mention = doc.tokens.start(first)..doc.tokens.end(i - 1);
    let mut from = i + 1;
    // "his pledge to repeal the law": what was pledged; not "his response to the
    // question".
    let to_verb = doc.lower(from) == "to"
        && doc.is_word(from + 1)
        && !doc.capitalised(from + 1)
        && !DETERMINERS_SET.contains(doc.lower(from + 1));
    if matches!(doc.lower(from), "of" | "that" | "on" | "about") || to_verb {
        from += 1;
    } else if !(doc.word(from) == ":"
        || doc.is_quote_mark(from)
        || doc.word(from) == "," && doc.is_quote_mark(from + 1))
    {
        // "Ruiz's statement did not clarify the matter": the noun is what the sentence
        // speaks of, not what was said.
        return None;
    }
    // "Ruiz's remarks "were false," the mayor said": the quoted words go on with the
    // noun as their subject, telling of the remarks, not what they were.
    let quoted = from == i + 1 && doc.word(from) != ":";
    let quoted_from = (from..from + 3).find(|&k| doc.is_word(k));
    if quoted && quoted_from.is_some_and(|k| is_auxiliary(doc.lower(k))) {
        return None;
    }
    // "Ruiz's answer: ...": the colon is no part of the answer.
    if doc.word(from) == ":" {
        from += 1;
    }
    let mut content = content_after(doc, from, sentence.tokens.end);
    // "Ruiz's claim "that the pier is safe" was false": the quoted words are what was
    // claimed, and the sentence goes on to speak of them.
    let opening = [from, from + 1]
        .into_iter()
        .find(|&k| quoted && doc.is_quote_mark(k) && (k == from || doc.word(from) == ","));
    if let Some(quote) = opening.and_then(|k| doc.quote_at(doc.tokens.start(k))) {
        if content.start <= quote.span.start && quote.span.end <= content.end {
            content = quote.span.clone();
        }
    }
    // "the president's claims about retaliation are unfounded": what follows "of",
    // "on" or "about" is a phrase, which ends where the sentence's own verb or a
    // clause joined to it starts ("Trump's remarks about Muslims but will meet him").
    // A relative word or a comma first leaves it whole: the verb may be that clause's
    // ("an economic system that he said has favored the rich").
    if matches!(doc.lower(i + 1), "of" | "on" | "about") {
        // A phrase is a few words: the search stops after them, so that a sentence
        // of endless such phrases is read in linear time.
        let end = (from..sentence.tokens.end.min(from + PHRASE_WORDS))
            .take_while(|&k| doc.tokens.start(k) < content.end)
            .find_map(|k| match doc.lower(k) {
                _ if doc.in_quote(k) => None,
                w if is_relative(w) || w == "," => Some(None),
                w if is_auxiliary(w) || joins_a_clause(w) => Some(Some(k)),
                _ => None,
            })
            .flatten();
        if let Some(k) = end {
            let last = (from..k).rev().find(|&j| doc.is_word(j));
            content.end = last.map_or(content.start, |j| doc.tokens.end(j).max(content.start));
        }
    }
    if content.is_empty()
        || doc.text[content.clone()]
            .split_whitespace()
            .nth(1)
            .is_none()
    {
        return None;
    }
    Some(Attribution::new(
        doc,
        (content, Vec::new()),
        Some(cue),
        Some(mention),
        false,
        s,
    ))
}

/// The most words of a name before its possessive ("New York Gov. Andrew Cuomo's").
const NAME_WORDS: usize = 6;

/// How many tokens after "of", "on" or "about" are searched for the verb that ends
/// the phrase.
const PHRASE_WORDS: usize = 24;

/// A conjunction that joins a clause: "but", "because".
fn joins_a_clause(word: &str) -> bool {
    matches!(
        word,
        "but" | "because" | "although" | "though" | "while" | "since"
    )
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, seen};
    use crate::model::StatementKind::{Direct, Partial, Reported};

    #[test]
    fn a_label_opening_the_line_names_no_one_and_a_colon_is_no_part_of_the_words() {
        let all = found("Editor’s note: Ruiz is a serial liar who lies about the pier.\n");
        assert!(
            all.iter().all(|s| s.speaker.as_deref() != Some("Editor’s")),
            "{all:?}"
        );
        // "He's" is "he has": the verb after it is a verb.
        assert_eq!(
            found("He's noted that the pier stays shut.\n"),
            [seen(Reported, "that the pier stays shut", "He's", "noted")]
        );
        assert_eq!(
            found("The mayor spoke. Ruiz's claim: the pier stays shut.\n"),
            [seen(Reported, "the pier stays shut", "Ruiz's", "claim")]
        );
    }

    #[test]
    fn quoted_words_after_a_noun_cue_are_what_was_said_unless_they_speak_of_it() {
        // The quoted words go on with the noun as their subject: the mayor said them.
        assert_eq!(
            found("Ruiz’s remarks “were false,” the mayor said.\n"),
            [seen(
                Partial,
                "Ruiz’s remarks “were false,”",
                "the mayor",
                "said"
            )]
        );
        // What was claimed is the quotation, which the sentence goes on to speak of.
        assert_eq!(
            found("Ruiz’s claim “that the pier is safe” was false.\n"),
            [seen(Direct, "“that the pier is safe”", "Ruiz’s", "claim")]
        );
        // A verb after "to" is no verb of the sentence's.
        let all = found("They mocked Lopez's claim to have fixed the pier.\n");
        assert!(
            all.contains(&seen(Reported, "have fixed the pier", "Lopez's", "claim")),
            "{all:?}"
        );
    }

    #[test]
    fn the_whole_name_before_a_possessive_owns_the_noun_cue() {
        for (text, owner) in [
            (
                "It is hard to assess North Korea's claims about its test.\n",
                "North Korea's",
            ),
            (
                "Few believed Gov. Ana Ruiz's denial of any role.\n",
                "Gov. Ana Ruiz's",
            ),
            (
                "Few believed the White House's denial of any role.\n",
                "White House's",
            ),
            // A pronoun owns them alone.
            ("Few believed Ruiz and her denial of any role.\n", "her"),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some(owner), "{text}");
        }
    }

    #[test]
    fn a_noun_cue_after_a_possessive() {
        assert_eq!(
            found("Ruiz's denial of any wrongdoing came late.\n"),
            [seen(
                Reported,
                "any wrongdoing came late",
                "Ruiz's",
                "denial"
            )]
        );
    }

    #[test]
    fn a_phrase_after_a_noun_cue_ends_at_the_sentences_verb() {
        assert_eq!(
            found("Ruiz's denial of any role in the deal was met with scorn.\n"),
            [seen(Reported, "any role in the deal", "Ruiz's", "denial")]
        );
        assert_eq!(
            found("Ruiz's denial of any role but his own drew scorn.\n")[0].content,
            "any role"
        );
        // A verb after a relative word may be the clause's: the phrase stays whole.
        assert_eq!(
            found("Ruiz's denial of a deal that aides said was signed drew scorn.\n")[0].content,
            "a deal that aides said was signed drew scorn"
        );
    }

    #[test]
    fn a_noun_cue_the_sentence_speaks_of_says_nothing() {
        // The statement is the subject of what the sentence says of it.
        assert_eq!(found("Ruiz's statement did not clarify the matter.\n"), []);
        assert_eq!(
            found("Ruiz's comments, which came during a rally, drew boos.\n"),
            []
        );
        // What was pledged follows "to".
        assert_eq!(
            found("Ruiz's pledge to repeal the tax won votes.\n"),
            [seen(
                Reported,
                "repeal the tax won votes",
                "Ruiz's",
                "pledge"
            )]
        );
    }

    #[test]
    fn a_noun_cue_without_an_owner_is_none() {
        assert_eq!(found("A denial of any wrongdoing came late.\n"), []);
    }
}
