//! "According to X": the words before it, or after it when it opens the sentence.

use super::super::sentences::Sentence;
use super::content::{content_after, trim_end};
use super::phrases::np_right;
use super::words::is_relative;
use super::{Attribution, Doc};

/// "X, according to Y" and "According to Y, X". The words before reach back no further
/// than `floor`, the end of the "according to Y" before it in the sentence, if any.
pub(super) fn according_to(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    floor: usize,
) -> Option<Attribution> {
    // "..., according to court papers filed on Monday": set off by a comma, the
    // source may run on past the phrase found, up to the next mark; without one, "went
    // according to plan on the pier" is no attribution.
    let set_off = i > sentence.tokens.start && matches!(doc.word(i - 1), "," | "—" | "–" | "(");
    // "According to early results of exit polls conducted for the AP, ...": opening
    // the sentence, the source runs to the comma.
    let opens = i == sentence.tokens.start;
    let np = match np_right(doc, i + 2, sentence.tokens.end) {
        Some(np) => np,
        None if set_off => words_to_mark(doc, i + 2, sentence.tokens.end, SOURCE_WORDS)?,
        // Not "According to tradition," nor "According to what Ruiz told ...".
        None if opens && doc.is_word(i + 2) && !is_relative(doc.lower(i + 2)) => {
            let words = words_to_mark(doc, i + 2, sentence.tokens.end, OPENING_SOURCE_WORDS)?;
            let one_word = doc.first_token_from(words.end) == i + 3;
            if one_word && !doc.capitalised(i + 2) {
                return None;
            }
            words
        }
        None => return None,
    };
    // "a count by The Associated Press": findings with whose they are; not a time
    // ("a count by Tuesday night").
    let np = match doc.first_token_from(np.end) {
        by if doc.lower(by) == "by"
            && by + 1 < sentence.tokens.end
            && doc.capitalised(by + 1)
            && !doc.in_time(by + 1) =>
        {
            np_right(doc, by + 1, sentence.tokens.end).map_or(np.clone(), |who| np.start..who.end)
        }
        _ => np,
    };
    let np_end = doc.first_token_from(np.end);
    let cue = doc.tokens.start(i)..doc.tokens.end(i + 1);
    let content = if i == sentence.tokens.start || (i == sentence.tokens.start + 1) {
        // "According to a 2013 study by economists Ana Ruiz and Li Wei, the pier ...":
        // what was said starts after the comma that closes the words naming its source,
        // past what the noun phrase left out.
        let limit = sentence.tokens.end.min(np_end + SOURCE_WORDS);
        let mut from = (np_end..limit)
            .find(|&k| !doc.is_word(k))
            .filter(|&k| doc.word(k) == ",")
            .unwrap_or(np_end);
        while from < sentence.tokens.end && doc.word(from) == "," {
            from += 1;
        }
        content_after(doc, from, sentence.tokens.end)
    } else {
        let mut first = doc.first_token_from(floor).max(sentence.tokens.start);
        while first < i && matches!(doc.word(first), "," | ";") {
            first += 1;
        }
        let start = doc.tokens.start(first);
        let mut end = trim_end(doc, start, doc.tokens.start(i));
        if !set_off
            && np_end < sentence.tokens.end
            && !matches!(doc.word(np_end), "." | "," | "!" | "?" | ";")
        {
            return None;
        }
        if end <= start {
            end = start;
        }
        start..end
    };
    if content.is_empty() {
        return None;
    }
    // "The implication, according to the Sanders aide, is that ...": the words go on
    // after the phrase set off, with the verb of those before it.
    // The source may run on past the phrase found to the comma closing the aside:
    // "according to members who spoke with reporters afterward, was ...".
    let aside_end = (np_end..sentence.tokens.end.min(np_end + SOURCE_WORDS))
        .find(|&k| !doc.is_word(k) || doc.in_quote(k))
        .filter(|&k| doc.word(k) == ",");
    let rest = match aside_end {
        Some(comma) if set_off && doc.word(i - 1) == "," => {
            rest_after_aside(doc, comma + 1, sentence.tokens.end)
        }
        _ => None,
    };
    let (content, fragments) = match rest {
        Some(rest) => (content.start..rest.end, vec![content, rest]),
        None => (content, Vec::new()),
    };
    Some(Attribution::new(
        doc,
        (content, fragments),
        Some(cue),
        Some(np),
        false,
        s,
    ))
}

/// The words after an "according to X" set off inside a sentence, to its end: what
/// was said goes on past the aside ("Since November, according to the ministry, forces
/// have killed 400 protesters"; "G4S receives, according to records, $234 million").
/// Not a relative clause, which tells of the source ("..., according to officials, who
/// inspected it").
fn rest_after_aside(doc: &Doc, rest: usize, end: usize) -> Option<std::ops::Range<usize>> {
    if rest >= end || is_relative(doc.lower(rest)) {
        return None;
    }
    let start = doc.tokens.start(rest);
    let end = trim_end(doc, start, doc.tokens.end(end - 1));
    (end > start).then_some(start..end)
}

/// The words from token `from` up to the next mark, at most `most` of them and
/// none in a quotation: "records filed by the council".
fn words_to_mark(
    doc: &Doc,
    from: usize,
    limit: usize,
    most: usize,
) -> Option<std::ops::Range<usize>> {
    let end = (from..limit.min(from + most))
        .find(|&k| !doc.is_word(k) || doc.in_quote(k))
        .unwrap_or(limit.min(from + most));
    (end > from).then(|| doc.tokens.start(from)..doc.tokens.end(end - 1))
}

/// The most words a source named after "according to" is taken to have.
const SOURCE_WORDS: usize = 12;

/// The most words of a source named after "According to" opening a sentence, which a
/// comma ends: "According to early results of the exit poll conducted by Edison
/// Research for the Associated Press and television networks, ...".
const OPENING_SOURCE_WORDS: usize = 24;

#[cfg(test)]
mod tests {
    use super::super::testing::{contents, found, fragments, seen};
    use crate::model::StatementKind::Reported;

    #[test]
    fn a_source_opening_the_sentence_runs_to_its_comma_and_keeps_its_issuer() {
        let text = "According to early results of exit polls conducted for The Harbour Post, \
                    most voters want a change.\n";
        assert_eq!(
            found(text),
            [seen(
                Reported,
                "most voters want a change",
                "early results of exit polls conducted for The Harbour Post",
                "According to"
            )]
        );
        let text = "Ruiz leads Lopez by 271 delegates, according to a count by The Harbour Post.\n";
        assert_eq!(
            found(text)[0].speaker.as_deref(),
            Some("a count by The Harbour Post")
        );
        // Not "according to plan", nor a time after "by".
        assert_eq!(
            found("The plan went according to schedule by Monday.\n"),
            []
        );
    }

    #[test]
    fn the_words_go_on_after_an_according_to_set_inside_them() {
        let text = "The implication, according to the aide, is that Clinton cheated.\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("the aide"));
        assert_eq!(
            fragments(text),
            [["The implication", "is that Clinton cheated"]]
        );
        // Not a clause of its own after it.
        assert_eq!(
            found("The pier is safe, according to officials, who inspected it.\n"),
            [seen(
                Reported,
                "The pier is safe",
                "officials",
                "according to"
            )]
        );
    }

    #[test]
    fn what_was_said_goes_on_past_an_according_to_set_inside_it() {
        // An opening adjunct, a verb's object, a clause joined after: all said.
        assert_eq!(
            fragments(
                "Since last May, according to the ministry, the police have shut 40 piers.\n"
            ),
            [["Since last May", "the police have shut 40 piers"]]
        );
        assert_eq!(
            fragments("The harbour receives, according to records, $234 million a year.\n"),
            [["The harbour receives", "$234 million a year"]]
        );
        // The source runs on to the comma closing the aside.
        assert_eq!(
            fragments(
                "Notably absent, according to members who spoke to reporters afterward, was any word on the pier.\n"
            ),
            [["Notably absent", "was any word on the pier"]]
        );
        // What the source did is told of the source, not said by it.
        assert_eq!(
            contents("The pier is safe, according to engineers, whose report came out today.\n"),
            ["The pier is safe"]
        );
    }

    #[test]
    fn what_was_said_starts_after_the_comma_that_closes_its_source() {
        assert_eq!(
            contents("According to a 2013 study by economists Ana Ruiz and Li Wei, the pier is unsafe.\n"),
            ["the pier is unsafe"]
        );
        // Someone's statement that the source tells of stays that one's too.
        let text =
            "According to Harbour Board pool reports, Ruiz said the pier \"is unsafe\" today.\n";
        let all = found(text);
        assert_eq!(
            all.iter()
                .map(|s| (s.content.as_str(), s.speaker.as_deref()))
                .collect::<Vec<_>>(),
            [
                (
                    "Ruiz said the pier \"is unsafe\" today",
                    Some("Harbour Board")
                ),
                ("the pier \"is unsafe\" today", Some("Ruiz")),
            ],
            "{all:?}"
        );
    }

    #[test]
    fn according_to_before_or_after_what_was_said() {
        assert_eq!(
            found("According to the harbour master, the pier will reopen in May.\n"),
            [seen(
                Reported,
                "the pier will reopen in May",
                "the harbour master",
                "According to"
            )]
        );
        assert_eq!(
            found("The pier will reopen in May, according to the harbour master.\n"),
            [seen(
                Reported,
                "The pier will reopen in May",
                "the harbour master",
                "according to"
            )]
        );
    }

    #[test]
    fn according_to_a_source_set_off_by_a_comma_that_runs_on() {
        assert_eq!(
            found("The pier will reopen in May, according to records filed by the council.\n"),
            [seen(
                Reported,
                "The pier will reopen in May",
                "records filed by the council",
                "according to"
            )]
        );
    }

    #[test]
    fn according_to_a_plan_inside_a_clause_is_no_attribution() {
        assert_eq!(found("The work went according to plan on the pier.\n"), []);
    }
}
