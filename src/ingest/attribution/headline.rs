//! A headline that opens with a name and a colon: "Lynch: No outside influence on FBI
//! probe into Clinton emails" is what Lynch said, as news writes it.

use super::content::trim_marks;
use super::{Attribution, Doc};
use crate::ingest::sentences::Sentence;
use crate::ingest::speakers::{names_people, not_a_name, titles_or_names_a_body};

/// Words that label a line with a colon but name no one, first or last: "Update:",
/// "Watch:", "Q:", "Delegate Update:", "AP News Guide:".
pub(super) fn labels_a_line(word: &str) -> bool {
    matches!(
        word,
        "update"
            | "updated"
            | "note"
            | "editor"
            | "editors"
            | "photo"
            | "photos"
            | "video"
            | "watch"
            | "related"
            | "read"
            | "transcript"
            | "correction"
            | "source"
            | "sources"
            | "tags"
            | "filed"
            | "share"
            | "credit"
            | "image"
            | "breaking"
            | "exclusive"
            | "opinion"
            | "analysis"
            | "review"
            | "live"
            | "guide"
            | "notice"
            | "daily"
            | "fact-check"
            | "check"
            | "roundup"
            | "briefing"
            | "recap"
            | "newsletter"
            | "podcast"
            | "q"
            | "a"
    )
}

/// The statement of sentence `s` if it is a heading line (the report's first line, or
/// a line `paragraphs` took for a heading) opened by a name of up to three words and a
/// colon, with at least four words after it: "Clinton: Time for 'intensification' of
/// ISIL strategy"; or by a name and a verb of saying, as headlines write it: "Bellwether
/// County Says Trump Should Win GOP Nomination". Inside a paragraph a name and a colon
/// rather open a list item ("Clinton: 45 percent of likely voters"), and a quotation
/// after the colon is `uncued`'s.
pub(super) fn headline(doc: &Doc, sentence: &Sentence, s: usize) -> Option<Attribution> {
    let heading = sentence.paragraph == 0 || doc.noise.get(sentence.paragraph) == Some(&true);
    let same_paragraph = |k: Option<usize>| {
        k.and_then(|k| doc.sentences.get(k))
            .is_some_and(|other| other.paragraph == sentence.paragraph)
    };
    // The whole line: no sentence of its paragraph before or after it.
    if !heading || same_paragraph(s.checked_sub(1)) || same_paragraph(Some(s + 1)) {
        return None;
    }
    let start = sentence.tokens.start;
    let end = sentence.tokens.end;
    let (name_end, cue) = match (start..end.min(start + 4)).find(|&k| doc.word(k) == ":") {
        Some(colon) => (colon, None),
        None => {
            // In title case, as only a headline writes it: a line "Ruiz said the pier
            // was safe." is a sentence, read as every other is.
            let verb = (start + 1..end.min(start + 5))
                .find(|&k| doc.capitalised(k) && says(doc.lower(k)))?;
            (verb, Some(doc.tokens.start(verb)..doc.tokens.end(verb)))
        }
    };
    if name_end == start
        || !named(doc, start, name_end)
        || labels_a_line(doc.lower(start))
        || labels_a_line(doc.lower(name_end - 1))
    {
        return None;
    }
    let from = name_end + 1;
    let words = (from..end).filter(|&k| doc.is_word(k)).take(4).count();
    let number = doc.word(from).starts_with(|c: char| c.is_ascii_digit());
    if words < 4 || number || doc.is_quote_mark(from) {
        return None;
    }
    let content_start = doc.tokens.start(from);
    let content = content_start..trim_marks(doc, content_start, sentence.span.end);
    let mention = doc.tokens.start(start)..doc.tokens.end(name_end - 1);
    Some(Attribution::new(
        doc,
        (content, Vec::new()),
        cue,
        Some(mention),
        false,
        s,
    ))
}

/// Whether the tokens `start..end` are a name: capitalised words, one at least with a
/// small letter ("CNN:" and "WASHINGTON:" are an outlet's or a dateline's; "NY Daily
/// News:" is a paper), and after the first, plain words naming people or a body
/// ("Trump aides:"), not a clause ("Bill is back:").
fn named(doc: &Doc, start: usize, end: usize) -> bool {
    doc.capitalised(start)
        && (start..end).any(|k| doc.word(k).chars().any(char::is_lowercase))
        && (start..end).all(|k| {
            let word = doc.word(k);
            doc.is_word(k)
                && !not_a_name(word)
                && (doc.capitalised(k) || names_people(word) || titles_or_names_a_body(word))
        })
}

/// The verbs of saying a headline puts between a name and what was said, in the
/// present as headlines write them: "Trump Says", "Clinton Warns".
fn says(word: &str) -> bool {
    matches!(
        word,
        "says" | "say" | "claims" | "warns" | "insists" | "admits" | "denies"
    )
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, one_each, seen};
    use crate::model::StatementKind::{Partial, Reported};

    #[test]
    fn a_headline_opened_by_a_name_and_a_colon_is_what_the_name_said() {
        let text = "Lynch: No outside influence on FBI probe into Clinton emails\n\n\
                    The attorney general spoke on Monday.\n";
        assert_eq!(
            found(text),
            [seen(
                Reported,
                "No outside influence on FBI probe into Clinton emails",
                "Lynch",
                ""
            )]
        );
        one_each(&[
            (
                "NY Daily News: Paris attacks highlight the threat of guns\n\nIt said.\n",
                "NY Daily News",
            ),
            (
                "Lopez aides: The harbour plan threatens the whole town\n\nIt did.\n",
                "Lopez aides",
            ),
        ]);
        let text = "Bernie Sanders: 'It Is Not A Radical Idea' To Ask For More\n\nHe spoke.\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Bernie Sanders"));
        assert!(matches!(all[0].kind, Reported | Partial), "{all:?}");
    }

    #[test]
    fn a_headline_of_a_name_and_a_verb_of_saying_is_what_the_name_said() {
        let text = "Harbour County Says The Pier Should Reopen In May\n\nIt said so.\n";
        let all = found(text);
        assert_eq!(
            all.first(),
            Some(&seen(
                Reported,
                "The Pier Should Reopen In May",
                "Harbour County",
                "Says"
            )),
            "{all:?}"
        );
        // Not a clause before the verb, nor too little after it.
        for text in [
            "The Mayor Who Says No To Everything Is Back\n\nHe is.\n",
            "Ruiz Says Yes\n\nShe did.\n",
        ] {
            assert!(
                found(text).iter().all(|s| s.cue.as_deref() != Some("Says")),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_label_a_dateline_or_a_list_item_is_no_headline_speaker() {
        for text in [
            "Update: The pier will reopen on Monday after repairs\n\nIt did.\n",
            "Delegate Update: The latest count in the race so far\n\nIt did.\n",
            "WASHINGTON: The pier will reopen on Monday after repairs\n\nIt did.\n",
            "Monday: The pier will reopen after the long repairs\n\nIt did.\n",
            "Clinton: 45 percent of likely voters in the state\n\nIt was close.\n",
            "Clinton: short line\n\nIt was close.\n",
            "Bill is back: the former mayor on the harbour trail again\n\nHe was.\n",
            // Not a heading: a line inside the report, after its first.
            "The poll was out.\n\nThe race is close. Clinton: She leads by five points now.\n",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
