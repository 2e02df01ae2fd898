//! "According to X": the words before it, or after it when it opens the sentence.

use super::super::sentences::Sentence;
use super::content::{content_after, rest_with_its_verb, trim_end};
use super::phrases::np_right;
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
    let np = match np_right(doc, i + 2, sentence.tokens.end) {
        Some(np) => np,
        None if set_off => words_to_mark(doc, i + 2, sentence.tokens.end)?,
        None => return None,
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
    let rest = (set_off && doc.word(i - 1) == "," && doc.word(np_end) == ",")
        .then(|| rest_with_its_verb(doc, np_end + 1, sentence.tokens.end))
        .flatten();
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

/// The words from token `from` up to the next mark, at most `SOURCE_WORDS` of them and
/// none in a quotation: "records filed by the council".
fn words_to_mark(doc: &Doc, from: usize, limit: usize) -> Option<std::ops::Range<usize>> {
    let end = (from..limit.min(from + SOURCE_WORDS))
        .find(|&k| !doc.is_word(k) || doc.in_quote(k))
        .unwrap_or(limit.min(from + SOURCE_WORDS));
    (end > from).then(|| doc.tokens.start(from)..doc.tokens.end(end - 1))
}

/// The most words a source named after "according to" is taken to have.
const SOURCE_WORDS: usize = 12;

#[cfg(test)]
mod tests {
    use super::super::testing::{contents, found, fragments, seen};
    use crate::model::StatementKind::Reported;

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
