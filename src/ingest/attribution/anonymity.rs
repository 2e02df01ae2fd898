//! Asking not to be named. "said a senior aide who asked not to be named", "who
//! requested anonymity to discuss the talks", "spoke on condition of anonymity because
//! ...": the cue asks for the speaker's name to be kept back and says nothing, where
//! "said on condition of anonymity that the deal was close" says how the words that
//! follow were given.

use super::Doc;

/// Whether the words from token `k`, just after a cue, ask that the speaker not be
/// named ("asked not to be named", "requested anonymity", "declined to be identified",
/// "asked that her name not be used"): no statement.
pub(super) fn withholds_name(doc: &Doc, k: usize) -> bool {
    let at = |n: usize| doc.lower(k + n);
    let named = |w: &str| {
        matches!(
            w,
            "named" | "identified" | "quoted" | "used" | "published" | "printed"
        )
    };
    match at(0) {
        "anonymity" => true,
        // "insisted on anonymity", "asked for anonymity".
        "on" | "for" if at(1) == "anonymity" => true,
        "not" => at(1) == "to" && at(2) == "be" && named(at(3)),
        // "declined to be named", "asked to not be identified", "to remain anonymous".
        "to" => match at(1) {
            "be" => named(at(2)),
            "not" => at(2) == "be" && named(at(3)),
            "remain" => matches!(at(2), "anonymous" | "unnamed" | "nameless"),
            _ => false,
        },
        // "asked that her name not be used", "that his name be withheld".
        "that" => {
            matches!(at(1), "his" | "her" | "their" | "its")
                && matches!(at(2), "name" | "names")
                && (at(3) == "not" || at(3) == "be" && at(4) == "withheld")
        }
        _ => false,
    }
}

/// The token after "on (the) condition of anonymity" or "anonymously" at token `k` (the
/// "on" may have been read already as the cue's particle), if they are there: how the
/// speaker spoke, no part of what they said.
pub(super) fn spoken_unnamed(doc: &Doc, k: usize) -> Option<usize> {
    let at = |n: usize| doc.lower(k + n);
    if at(0) == "anonymously" {
        return Some(k + 1);
    }
    let mut from = k;
    if matches!(at(0), "on" | "under") {
        from += 1;
    }
    if doc.lower(from) == "the" {
        from += 1;
    }
    (doc.lower(from) == "condition"
        && doc.lower(from + 1) == "of"
        && doc.lower(from + 2) == "anonymity")
        .then_some(from + 3)
}

/// Whether what follows a manner of speaking at token `k` may be what was said: a
/// clause or a quotation, not a reason ("because"), a purpose ("to discuss the talks"),
/// a topic ("about the talks") or the sentence's end.
pub(super) fn says_what_after(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    let reason = matches!(
        w,
        "because" | "to" | "for" | "about" | "on" | "in" | "as" | "since" | "while" | "and"
    );
    doc.is_word(k) && !reason || doc.is_quote_mark(k) || w == "," || w == ":"
}

#[cfg(test)]
mod tests {
    use super::super::testing::{contents, found};

    #[test]
    fn asking_not_to_be_named_is_no_statement() {
        for text in [
            "\"The deal is close,\" said a senior aide who asked not to be named.\n",
            "A White House official, who requested anonymity to discuss a private talk, said the deal was close.\n",
            "\"We were deceived,\" said a worker who declined to be identified.\n",
            "A worker, who asked that her name not be used, said the deal was close.\n",
            "The aide, who asked to remain anonymous, said the deal was close.\n",
            "Two officials, who spoke on the condition of anonymity because they were not authorized to discuss the talks, said the deal was close.\n",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert!(
                all[0].content.contains("The deal is close")
                    || all[0].content.contains("the deal was close")
                    || all[0].content.contains("We were deceived"),
                "{text}: {all:?}"
            );
        }
        // A quotation's speaker who spoke unnamed is its speaker still.
        assert_eq!(
            contents("\"The deal is close,\" he said on condition of anonymity.\n"),
            ["\"The deal is close,\""]
        );
        // Said, with no other statement beside it.
        assert!(
            found("He asked not to be identified by name because he feared reprisals.\n")
                .is_empty()
        );
    }

    #[test]
    fn speaking_unnamed_is_how_the_words_after_it_were_given() {
        assert_eq!(
            contents("One official said on condition of anonymity that the deal was close.\n"),
            ["that the deal was close"]
        );
        assert_eq!(
            contents("One official said anonymously that the deal was close.\n"),
            ["that the deal was close"]
        );
        // Asked is still asked: a question, with no anonymity in it.
        assert_eq!(
            contents("The senator asked whether the deal was close.\n"),
            ["whether the deal was close"]
        );
    }
}
