//! A cue said not to have happened: "did not say", "never said", "declined to
//! comment". The statement stays (what was not said is still what the report says of
//! its speaker), but its cue holds the negation, so that a reader who sees the cue
//! beside the content does not take "Jones never said that the bridge was unsafe" for
//! Jones saying it.

use std::ops::Range;

use super::words::is_auxiliary;
use super::Doc;

/// Adverbs between a negation and its cue: "did not immediately respond", "has not
/// yet said", "did not even say".
const BETWEEN: &[&str] = &[
    "immediately",
    "publicly",
    "directly",
    "explicitly",
    "specifically",
    "actually",
    "even",
    "yet",
];

/// Verbs of refusing before "to" and the cue: "declined to comment".
const REFUSING: &[&str] = &[
    "declined",
    "declines",
    "decline",
    "declining",
    "refused",
    "refuses",
    "refuse",
    "refusing",
];

/// Whether a word is a verb of refusing, which "to" and a cue may follow.
pub(super) fn refusing(word: &str) -> bool {
    REFUSING.contains(&word)
}

/// The cue `cue`, whose first token is `i`, with the negation before it if there is
/// one, opening no earlier than token `first` (the sentence's first) nor before byte
/// `floor` (the end of a speaker named before the cue).
pub(super) fn with_negation(
    doc: &Doc,
    first: usize,
    i: usize,
    cue: Range<usize>,
    floor: usize,
) -> Range<usize> {
    let word = |k: usize| (k >= first && doc.tokens.start(k) >= floor).then(|| doc.lower(k));
    let Some(mut k) = i.checked_sub(1) else {
        return cue;
    };
    if word(k).is_some_and(|w| BETWEEN.contains(&w)) {
        let Some(before) = k.checked_sub(1) else {
            return cue;
        };
        k = before;
    }
    let Some(w) = word(k) else {
        return cue;
    };
    let before = k.checked_sub(1).and_then(word);
    let start = if w == "not" || w == "never" {
        match before {
            // The auxiliary belongs to the cue: "did not say", "has never said".
            Some(aux) if is_auxiliary(aux) => k - 1,
            _ => k,
        }
    } else if contracted_negation(w) {
        k
    } else if w == "to" && before.is_some_and(refusing) {
        k - 1
    } else {
        return cue;
    };
    doc.tokens.start(start)..cue.end
}

/// "didn't", "won't", "hasn’t": an auxiliary with "n't" (either apostrophe).
fn contracted_negation(word: &str) -> bool {
    let Some(stem) = word
        .strip_suffix("n't")
        .or_else(|| word.strip_suffix("n’t"))
    else {
        return false;
    };
    // "won't" and "can't" lose letters of their auxiliary.
    is_auxiliary(stem) || matches!(stem, "wo" | "ca")
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, seen};
    use super::contracted_negation;
    use crate::model::StatementKind::Reported;

    #[test]
    fn a_negated_cue_holds_its_negation() {
        assert_eq!(
            found("Jones never said that the bridge was unsafe.\n"),
            [seen(
                Reported,
                "that the bridge was unsafe",
                "Jones",
                "never said"
            )]
        );
        assert_eq!(
            found("Jones did not say whether the bridge was unsafe.\n")[0].cue,
            Some("did not say".to_owned())
        );
        assert_eq!(
            found("Jones has never said the bridge was unsafe.\n")[0].cue,
            Some("has never said".to_owned())
        );
        assert_eq!(
            found("Jones didn't say whether the bridge was unsafe.\n")[0].cue,
            Some("didn't say".to_owned())
        );
        assert_eq!(
            found("Jones wouldn’t say whether the bridge was unsafe.\n")[0].cue,
            Some("wouldn’t say".to_owned())
        );
        assert_eq!(
            found("Jones declined to say whether the bridge was unsafe.\n"),
            [seen(
                Reported,
                "whether the bridge was unsafe",
                "Jones",
                "declined to say"
            )]
        );
    }

    #[test]
    fn refusing_to_do_other_than_say_is_no_statement() {
        assert_eq!(found("The president declined to threaten Moscow.\n"), []);
    }

    #[test]
    fn an_adverb_between_the_negation_and_the_cue_is_held_too() {
        let all = found("A spokesman for Smith did not immediately respond to questions.\n");
        assert_eq!(
            all[0].cue.as_deref(),
            Some("did not immediately respond"),
            "{all:?}"
        );
    }

    #[test]
    fn a_cue_not_negated_is_as_it_was() {
        assert_eq!(
            found("Jones often said the bridge was unsafe.\n")[0].cue,
            Some("said".to_owned())
        );
        // "not" belonging to the speaker's words before the cue is not the cue's.
        assert_eq!(
            found("\"It is not,\" Jones said.\n")[0].cue,
            Some("said".to_owned())
        );
        // The speaker's name is never taken into the cue.
        let all = found("Not Jones said the bridge was unsafe.\n");
        assert!(
            all.iter()
                .all(|s| s.cue.as_deref() != Some("Not Jones said")),
            "{all:?}"
        );
    }

    #[test]
    fn contracted_negations_are_those_of_auxiliaries() {
        for word in ["didn't", "won't", "can't", "hasn’t", "wouldn't"] {
            assert!(contracted_negation(word), "{word}");
        }
        for word in ["don", "isn", "n't", "barn't", "said"] {
            assert!(!contracted_negation(word), "{word}");
        }
    }
}
