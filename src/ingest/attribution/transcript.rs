//! Transcripts: a paragraph opened by a name in capitals and a colon ("JAKE TAPPER:
//! Donald Trump released a video on Friday.", "FALLIN: Well, I think ...") is that
//! speaker's turn, as news prints a broadcast interview. The paragraphs after it with
//! no name of their own are the same turn, up to the next one.

use std::ops::Range;

use super::content::trim_marks;
use super::headline::labels_a_line;
use super::{Attribution, Doc};
use crate::ingest::cues::FnvSet;

/// A turn's label: the name's tokens, and the colon after them (or after a bracket or
/// a description in capitals: "DONALD TRUMP (R), PRESIDENTIAL CANDIDATE:").
struct Label {
    sentence: usize,
    name: Range<usize>,
    colon: usize,
}

/// The most tokens a label takes before its colon.
const LABEL_TOKENS: usize = 10;

/// Every turn of the text's transcripts, in order: one statement each, whose fragments
/// are its paragraphs. Only where one speaker has two turns, so that a line or two
/// opened by a word in capitals ("BREAKING:", "STAT OF THE WEEK:") is none.
pub(super) fn turns(doc: &Doc) -> Vec<Attribution> {
    let labels: Vec<Label> = (0..doc.sentences.len())
        .filter_map(|s| label(doc, s))
        .collect();
    // A speaker labelled twice, looked up in a set: a long text may hold many labels.
    let mut speakers = FnvSet::default();
    let two_turns = !labels
        .iter()
        .all(|l| speakers.insert(doc.lower(l.name.end - 1)));
    if !two_turns {
        return Vec::new();
    }
    labels
        .iter()
        .enumerate()
        .filter_map(|(k, l)| turn(doc, l, labels.get(k + 1)))
        .collect()
}

/// The label opening sentence `s`, if it opens its paragraph with one.
fn label(doc: &Doc, s: usize) -> Option<Label> {
    let sentence = &doc.sentences[s];
    let opens_paragraph = s == 0 || doc.sentences[s - 1].paragraph != sentence.paragraph;
    let start = sentence.tokens.start;
    // Most sentences are turned away here: their first word is no name in capitals
    // (asked first by the flag of a capital, which a word all in capitals has).
    if !opens_paragraph || !doc.capitalised(start) || !shouted(doc.word(start)) {
        return None;
    }
    let end = sentence.tokens.end.min(start + LABEL_TOKENS);
    let colon = (start..end).find(|&k| doc.word(k) == ":")?;
    let name_end = (start..colon)
        .find(|&k| !shouted(doc.word(k)))
        .unwrap_or(colon);
    // After the name, only words in capitals, a party's letter and marks.
    let rest_fits = (name_end..colon).all(|k| {
        let w = doc.word(k);
        shouted(w) || matches!(w, "(" | ")" | "," | "-") || w.len() == 1
    });
    let words_after = (colon + 1..sentence.tokens.end)
        .filter(|&k| doc.is_word(k))
        .take(2)
        .count();
    let label_word = (start..name_end).any(|k| labels_a_line(doc.lower(k)));
    (rest_fits && !label_word && words_after == 2).then_some(Label {
        sentence: s,
        name: start..name_end,
        colon,
    })
}

/// Whether a word is in capitals: two letters at least, none in lower case ("TAPPER",
/// "O'ROURKE", "JR.").
fn shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '’' | '-'))
}

/// The turn a label opens: its paragraph from the colon on, and each paragraph after
/// it up to the next label's, but for stage directions ("(BEGIN VIDEO CLIP.)"). The
/// last turn is its own paragraph: what follows it may be the report's again.
fn turn(doc: &Doc, label: &Label, next: Option<&Label>) -> Option<Attribution> {
    let first = &doc.sentences[label.sentence];
    let upto = next.map_or(first.paragraph + 1, |n| doc.sentences[n.sentence].paragraph);
    let mut fragments: Vec<Range<usize>> = Vec::new();
    let mut s = label.sentence;
    let mut from = doc.tokens.start(label.colon + 1);
    while let Some(sentence) = doc.sentences.get(s) {
        if sentence.paragraph >= upto {
            break;
        }
        // The paragraph's sentences, from `s` on.
        let last = (s..doc.sentences.len())
            .take_while(|&k| doc.sentences[k].paragraph == sentence.paragraph)
            .last()
            .unwrap_or(s);
        let direction = matches!(doc.word(sentence.tokens.start), "(" | "[");
        if !direction && !doc.noise.get(sentence.paragraph).copied().unwrap_or(false) {
            let end = trim_marks(doc, from, doc.sentences[last].span.end);
            if end > from {
                fragments.push(from..end);
            }
        }
        s = last + 1;
        from = doc
            .sentences
            .get(s)
            .and_then(|n| doc.tokens.get(n.tokens.start))
            .map_or(0, |t| t.start);
    }
    let content = fragments.first()?.start..fragments.last()?.end;
    if fragments.len() == 1 {
        fragments.clear();
    }
    let mention = doc.tokens.start(label.name.start)..doc.tokens.end(label.name.end - 1);
    Some(Attribution::new(
        doc,
        (content, fragments),
        None,
        Some(mention),
        false,
        label.sentence,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, fragments};

    const INTERVIEW: &str = "The governor spoke on Sunday.\n\n\
        MARIA LOPEZ: The pier opened on Friday. Take a look.\n\n\
        (BEGIN VIDEO CLIP.)\n\n\
        RUIZ: The pier is safe for everyone.\n\n\
        (END VIDEO CLIP.)\n\n\
        LOPEZ: And yet people are worried.\n\n\
        Some have asked the harbour board about it.\n\n\
        RUIZ: Well, I think the board will listen.\n\n\
        The harbour reopens in May.\n";

    #[test]
    fn a_name_in_capitals_and_a_colon_opens_a_turn_of_a_transcript() {
        let turns: Vec<(String, Option<String>)> = found(INTERVIEW)
            .into_iter()
            .filter(|s| s.cue.is_none())
            .map(|s| (s.content, s.speaker))
            .collect();
        let want = [
            ("The pier opened on Friday. Take a look", "MARIA LOPEZ"),
            ("The pier is safe for everyone", "RUIZ"),
            (
                "And yet people are worried.\n\nSome have asked the harbour board about it",
                "LOPEZ",
            ),
            // The last turn ends with its paragraph: the report goes on after it.
            ("Well, I think the board will listen", "RUIZ"),
        ];
        assert_eq!(
            turns,
            want.map(|(c, s)| (c.to_owned(), Some(s.to_owned()))),
            "{:?}",
            found(INTERVIEW)
        );
        // A turn of several paragraphs is one statement of one fragment each; stage
        // directions are no one's words.
        let all = fragments(INTERVIEW);
        assert!(all.contains(&vec![
            "And yet people are worried".to_owned(),
            "Some have asked the harbour board about it".to_owned()
        ]));
    }

    #[test]
    fn a_transcripts_speakers_are_named_as_people_are() {
        let found = crate::ingest::ingest(INTERVIEW, None).expect("a short text");
        let turns: Vec<(&str, &str)> = found
            .statements
            .iter()
            .filter(|s| s.cue.is_none())
            .map(|s| {
                let speaker = &found.speakers[s.speaker.expect("a speaker")];
                (speaker.name.as_str(), &INTERVIEW[s.content.clone()][..8])
            })
            .collect();
        // "LOPEZ" is the Maria Lopez named in full before; the names are shown as
        // written in title case.
        assert_eq!(
            turns,
            [
                ("Maria Lopez", "The pier"),
                ("RUIZ", "The pier"),
                ("Maria Lopez", "And yet "),
                ("RUIZ", "Well, I "),
            ]
        );
        assert!(found
            .statements
            .iter()
            .all(|s| s.kind == crate::model::StatementKind::Reported));
        // "I" in a turn is the one whose turn it is.
        let think = found
            .statements
            .iter()
            .find(|s| &INTERVIEW[s.content.clone()] == "the board will listen")
            .expect("Ruiz's 'I think'");
        assert_eq!(
            found.speakers[think.speaker.expect("a speaker")].name,
            "RUIZ"
        );
    }

    #[test]
    fn labels_that_are_no_turns_of_a_transcript() {
        for text in [
            // One line each, by no one who speaks twice.
            "The race is close.\n\nSTAT OF THE WEEK: Five new piers were built this year.\n\n\
             SHORT READS: The pier will reopen on Monday after repairs.\n",
            "The race is close.\n\nUPDATE: The pier will reopen on Monday.\n\n\
             UPDATE: The pier did reopen on Monday.\n",
            // A question and its answer name no one.
            "They spoke.\n\nQ: Is the pier safe for us?\n\nA: It is safe now.\n\n\
             Q: And tomorrow?\n\nA: It will be safe then.\n",
        ] {
            assert!(
                found(text).iter().all(|s| s.cue.is_some()),
                "{text}: {:?}",
                found(text)
            );
        }
    }
}
