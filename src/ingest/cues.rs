//! Verbs and nouns that introduce what someone said. The bulk of the list is learnt
//! from the PolNeAR train split by `tools/cue_words.py`; a few core words, British
//! spellings and phrases are added by hand.

use std::collections::HashSet;
use std::sync::OnceLock;

const LEARNT: &str = include_str!("cues.txt");

const CORE: &[&str] = &[
    "say",
    "says",
    "said",
    "saying",
    "tell",
    "told",
    "add",
    "added",
    "adds",
    "state",
    "stated",
    "states",
    "characterised",
    "characterized",
    "characterises",
    "emphasised",
    "emphasises",
    "criticised",
    "criticises",
    "recognised",
    "apologised",
    "summarised",
    "described",
    "warned",
    "warns",
    "insisted",
    "reiterated",
    "concluded",
    "replied",
    "confirmed",
    "boasted",
    "vowed",
    "blamed",
    "acknowledged",
    "mentioned",
    "expressed",
    "rejected",
    "referenced",
    "claims",
    "claimed",
    "asserted",
    "wrote",
    "writes",
    "posted",
    "tweeted",
    "announced",
    "reports",
    "reported",
    "denied",
    "admitted",
    "argued",
    "explained",
    "promised",
    "pledged",
    "urged",
    "noted",
    "declared",
    "stressed",
    "cautioned",
    "predicted",
    "suggested",
    "complained",
    "conceded",
    "countered",
    "retorted",
    "quipped",
    "remarked",
    "recalled",
    "signalled",
    "signaled",
    "hinted",
    "implied",
];

/// Cues that mark a written statement rather than speech.
const WRITTEN: &[&str] = &[
    "wrote",
    "writes",
    "writing",
    "posted",
    "posts",
    "tweeted",
    "tweets",
    "tweeting",
    "retweeted",
    "emailed",
    "texted",
    "published",
    "letter",
    "post",
    "tweet",
];

/// Words of the learnt list that are mostly nouns; they are cues only after a possessive
/// ("Putin's denial of ...").
const NOUNS: &[&str] = &[
    "statement",
    "criticism",
    "claim",
    "assertion",
    "suggestion",
    "critique",
    "admission",
    "complaints",
    "denial",
    "remarks",
    "comments",
    "warning",
    "promise",
    "pledge",
    "insistence",
    "accusation",
    "allegation",
    "reference",
];

fn lexicon() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        LEARNT
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .chain(CORE.iter().copied())
            .collect()
    })
}

/// What kind of cue a lower-cased word is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Verb,
    /// Only a cue after a possessive.
    Noun,
}

pub fn cue(word: &str) -> Option<Cue> {
    if NOUNS.contains(&word) {
        return Some(Cue::Noun);
    }
    if lexicon().contains(word) {
        return Some(Cue::Verb);
    }
    // British spellings of the learnt American ones: emphasised -> emphasized.
    if word.contains("is") && word.len() < 40 {
        let american = word.replacen("ise", "ize", 1);
        if american != word && lexicon().contains(american.as_str()) {
            return Some(Cue::Verb);
        }
    }
    None
}

pub fn is_written(word: &str) -> bool {
    WRITTEN.contains(&word)
}

/// A present participle ("calling", "saying"): a cue that leans on an earlier clause.
pub fn is_participle(word: &str) -> bool {
    word.ends_with("ing") && word.len() > 4
}

/// Cues that are ambiguous with common nouns or that need a complement to be speech.
pub fn needs_complement(word: &str) -> bool {
    matches!(
        word,
        "called"
            | "calls"
            | "calling"
            | "continued"
            | "declined"
            | "refused"
            | "listed"
            | "reads"
            | "finds"
            | "lists"
            | "delivering"
            | "addressed"
            | "shared"
            | "pressed"
            | "issued"
            | "presented"
            | "identified"
            | "informed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_learnt_core_and_british_cues() {
        assert_eq!(cue("said"), Some(Cue::Verb));
        assert_eq!(cue("characterised"), Some(Cue::Verb));
        assert_eq!(cue("emphasised"), Some(Cue::Verb));
        assert_eq!(cue("denial"), Some(Cue::Noun));
        assert_eq!(cue("table"), None);
        assert!(is_written("wrote"));
    }
}
