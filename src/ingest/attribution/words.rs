//! The words the recognisers test: what may stand between a subject and its verb,
//! what a noun phrase may hold, what ends one, and what heads a phrase naming a speaker.

use super::super::cues::WordSet;
use super::Doc;

/// Whether a word, in lower case, is an adverb by its "-ly" ("reportedly", "later" is
/// not): not one of the few nouns so spelt ("family", "assembly", "rally").
pub(super) fn is_adverb(word: &str) -> bool {
    word.len() > 4
        && word.ends_with("ly")
        && !matches!(
            word,
            "family" | "assembly" | "rally" | "monopoly" | "anomaly" | "supply"
        )
}

pub(super) const SKIP: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "still",
    "then",
    "not",
    "did",
    "does",
    "do",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "once",
    "again",
    "never",
    "already",
    "just",
    "now",
    "reportedly",
    "is",
    "was",
    "were",
    "are",
    "been",
    "being",
    "be",
    "first",
    "earlier",
    "today",
    "yesterday",
    "himself",
    "herself",
    "repeatedly",
    "even",
    "too",
    "however",
    "always",
    "often",
    "sometimes",
    "ever",
    // Contracted negations, as "did not" is skipped: "Jones didn't say whether".
    "didn't",
    "doesn't",
    "don't",
    "hasn't",
    "haven't",
    "hadn't",
    "wouldn't",
    "won't",
    "couldn't",
    "can't",
    "isn't",
    "wasn't",
    "shouldn't",
    "didn’t",
    "doesn’t",
    "don’t",
    "hasn’t",
    "haven’t",
    "hadn’t",
    "wouldn’t",
    "won’t",
    "couldn’t",
    "can’t",
    "isn’t",
    "wasn’t",
    "shouldn’t",
];

/// Whether a word joins what follows to what went before as its equal: "and", "or",
/// "nor".
pub(super) fn coordinates(word: &str) -> bool {
    matches!(word, "and" | "or" | "nor")
}

/// Whether the word at `k` stands between a subject before it and its verb, saying
/// where, how many or how ("Officials there said", "Democratic voters overall say",
/// "The candidates both said", "The players themselves said"); not opening the clause
/// at `floor` ("Both said", "There is").
pub(super) fn after_subject(doc: &Doc, floor: usize, k: usize) -> bool {
    if k <= floor || doc.capitalised(k) || !doc.is_word(k - 1) {
        return false;
    }
    let word = doc.lower(k);
    if !matches!(
        word,
        "here" | "there" | "overall" | "both" | "all" | "each" | "themselves" | "itself"
    ) {
        return false;
    }
    // The word before ends a subject, or is an auxiliary after one ("have both argued",
    // "were all told"): not "And both said", "Almost all said", "familiar with it all",
    // nor "who were there" or "those killed there", where the place is the clause's
    // before it.
    let before = doc.lower(k - 1);
    let auxiliary = is_auxiliary(before) || PASSIVE.contains(&before);
    let place = matches!(word, "here" | "there");
    !(joins_clauses(before)
        || coordinates(before)
        || is_adverb(before)
        || SKIP_SET.contains(before) && !auxiliary
        || matches!(
            before,
            "almost" | "nearly" | "it" | "them" | "us" | "him" | "me" | "who"
        )
        || place && (auxiliary || is_past(before)))
}

/// Auxiliaries and modals: "did" in "did not say", "are" after a noun phrase that is
/// its sentence's subject.
pub(super) const AUXILIARIES: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "would", "will", "could", "can", "is", "was",
    "were", "are", "should", "might", "may", "must",
];

pub(super) fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

/// Whether a word joins a clause of its own to another ("but", "while", "because"): a
/// statement after it is no part of the words before it, and a phrase after it may be
/// a clause's subject.
pub(super) fn joins_clauses(word: &str) -> bool {
    subordinates(word)
        || matches!(
            word,
            "but" | "yet" | "so" | "as" | "nor" | "then" | "meanwhile"
        )
}

/// Whether a word opens a clause subordinate to another ("when", "although"): a
/// sentence it opens says its main clause after the comma closing it.
pub(super) fn subordinates(word: &str) -> bool {
    matches!(
        word,
        "when"
            | "while"
            | "although"
            | "though"
            | "if"
            | "because"
            | "after"
            | "before"
            | "since"
            | "whereas"
            | "once"
            | "unless"
            | "until"
    )
}

/// The word a possessive "'s" is added to ("Ruiz's" is "Ruiz", "Editor’s" "Editor"),
/// if the word is one.
pub(super) fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// Whether the owner `possessor` finds is a word run into "is" ("it's", "that's",
/// "there's", "let's"), which owns nothing.
pub(super) fn runs_into_is(owner: &str) -> bool {
    matches!(
        owner,
        "it" | "there" | "that" | "here" | "what" | "who" | "where" | "let"
    )
}

/// Whether a word before a cue makes the cue a noun: "the state", "a report", "the
/// former secretary of state".
pub(super) fn makes_a_noun(before: &str) -> bool {
    matches!(before, "the" | "a" | "an" | "of")
}

/// Words that open a relative or an interrogative clause: "a system that he said",
/// "the part of it is that he".
pub(super) fn is_relative(word: &str) -> bool {
    matches!(
        word,
        "that" | "which" | "what" | "who" | "whom" | "whose" | "where" | "when" | "how" | "why"
    )
}

pub(super) const PASSIVE: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];

/// Whether a lower-case word is a past tense: "-ed", or one of the irregular ones
/// that follow a speaker in news ("Trump shot back").
pub(super) fn is_past(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "shot"
                | "hit"
                | "struck"
                | "spoke"
                | "went"
                | "began"
                | "fought"
                | "threw"
                | "gave"
                | "made"
                | "took"
                | "came"
                | "broke"
                | "swore"
                | "stood"
                | "sat"
                | "ran"
        )
}

/// Whether a lower-case word after a speaker reads as their verb: a past tense, a
/// present ("says") or a verb of saying.
pub(super) fn reads_as_verb(word: &str) -> bool {
    is_past(word) || word.ends_with('s') || super::super::cues::cue(word).is_some()
}

/// Pronouns that are a verb's subject, never a preposition's object ("they", not
/// "them").
pub(super) fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i")
}

/// Pronouns that name a speaker. A `matches!` rather than a list: it is asked of a word
/// at every step of the noun phrase finders, and compiles to a few comparisons.
pub(super) fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "you" | "it")
}

pub(super) const NP_LOWER: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "former",
    "presidential",
    "top",
    "senior",
    "chief",
    "special",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "leader",
    "leaders",
    "president",
    "minister",
    "official",
    "officials",
    "sources",
    "source",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "critics",
    "secretary",
    "senator",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "agent",
    "campaign",
    "manager",
    "director",
    "chairman",
    "candidate",
    "nominee",
    "governor",
    "people",
    "spokesmen",
    "statement",
    "observers",
    "diplomats",
    "diplomat",
    "counterpart",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    "prosecutors",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "voters",
    "supporters",
    "opponents",
    "republicans",
    "democrats",
    "members",
    "member",
    "who",
    "von",
    "der",
    "de",
    "van",
    "bin",
    "al",
    "la",
    "le",
    "da",
    "del",
    "of",
    "for",
    "and",
    "general",
    "attorney",
    "rival",
    "both",
    "many",
    "some",
    "several",
    "two",
    "three",
    "other",
    "others",
    "economists",
    "scientists",
    "researchers",
    "executive",
    "head",
    "representative",
    "ambassador",
    "military",
    "government",
    "administration",
    "state",
    "u.s.",
    "white",
    "house",
    "polls",
    "poll",
    "survey",
    "report",
    "study",
    "data",
];

pub(super) const NP_STOP: &[&str] = &[
    "although",
    "however",
    "but",
    "and",
    "when",
    "while",
    "as",
    "if",
    "yet",
    "so",
    "meanwhile",
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "because",
    "then",
    "also",
    "now",
    "despite",
    "though",
    "with",
    "from",
    "to",
    "by",
    "that",
    "which",
    "whom",
    "where",
    "there",
    "here",
    "it's",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "what",
    "how",
    "why",
    "this",
    "these",
    "those",
    "not",
    "did",
    "during",
    "about",
    "into",
    "over",
    "under",
    "than",
    "instead",
    "indeed",
    "still",
    "even",
    "only",
    "just",
    "last",
    "next",
    "this",
    "thus",
    "already",
    "speaking",
    "asked",
    "earlier",
    "later",
];

/// Heads that make a lower-case noun phrase a speaker.
pub(super) const HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "leader",
    "president",
    "minister",
    "official",
    "officials",
    "sources",
    "source",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "critics",
    "secretary",
    "senator",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "agent",
    "campaign",
    "manager",
    "director",
    "chairman",
    "candidate",
    "nominee",
    "governor",
    "people",
    "observers",
    "diplomats",
    "diplomat",
    "counterpart",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    "prosecutors",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "voters",
    "supporters",
    "opponents",
    "republicans",
    "democrats",
    "members",
    "member",
    "rival",
    "economists",
    "scientists",
    "researchers",
    "executive",
    "head",
    "representative",
    "ambassador",
    "military",
    "government",
    "administration",
    "statement",
    "polls",
    "poll",
    "survey",
    "report",
    "study",
    "data",
    "others",
    "both",
    "spokesmen",
    "leaders",
    "group",
    "party",
    "committee",
    "court",
    "judge",
    "team",
    "side",
    "ministry",
    "agency",
    "department",
    "office",
    "organizers",
];

pub(super) static SKIP_SET: WordSet = WordSet::new(SKIP);

pub(super) static NP_STOP_SET: WordSet = WordSet::new(NP_STOP);

pub(super) static HEADS_SET: WordSet = WordSet::new(HEADS);

pub(super) static NP_LOWER_SET: WordSet = WordSet::new(NP_LOWER);

/// Kinds of body whose name may go on with what the body is for: "Commission on
/// Presidential Debates", "Council on Foreign Relations", "Center for American Progress".
pub(super) const BODY_KINDS: &[&str] = &[
    "commission",
    "committee",
    "council",
    "center",
    "centre",
    "institute",
    "foundation",
    "coalition",
    "campaign",
    "alliance",
    "association",
    "office",
    "bureau",
    "league",
    "society",
    "fund",
    "board",
    "force",
    "club",
];
pub(super) static BODY_KINDS_SET: WordSet = WordSet::new(BODY_KINDS);

/// Words that open a noun phrase: a description after one may hold any noun.
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "one", "this", "that", "another",
    // Quantifiers open descriptions of people as well: "some advocates said".
    "some", "many", "most", "several", "few", "two", "three", "both", "other", "these", "those",
];
/// Prepositions, whose object is no speaker ("people familiar with the matter said",
/// "on the Mexican border and adding"). Conjunctions are not among them: "as the
/// heckler yelled" names who yelled.
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "after", "before", "since", "with", "from", "to", "by", "about", "into",
    "over", "under", "during", "than", "despite", "of", "for", "among", "against", "like",
];

pub(super) static DETERMINERS_SET: WordSet = WordSet::new(DETERMINERS);

/// Whether a noun names findings, which show what they found: "the poll", "records".
pub(super) fn reports_findings(word: &str) -> bool {
    matches!(
        word,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "records"
            | "data"
            | "figures"
            | "study"
            | "studies"
            | "report"
            | "reports"
            | "numbers"
            | "results"
            | "analysis"
            | "documents"
            | "filings"
            | "research"
    )
}
