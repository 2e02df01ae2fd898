//! Verbs and nouns that introduce what someone said. The bulk of the list is learnt
//! from the PolNeAR train split by `tools/cue_words.py`; a few core words, British
//! spellings and phrases are added by hand.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
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

/// FNV-1a: the lexicon's keys are short words, for which SipHash costs more than the
/// lookup itself.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(crate) type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// A fixed word list looked up through an FNV hash set built on first use, for lists
/// too long to scan for every word.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Turns away most words that are not in the list before they are hashed.
    filter: Prefilter,
    set: OnceLock<HashSet<&'static str, BuildHasherDefault<Fnv>>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            filter: Prefilter::new(words),
            set: OnceLock::new(),
        }
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        self.filter.may_hold(word.as_bytes())
            && self
                .set
                .get_or_init(|| self.words.iter().copied().collect())
                .contains(word)
    }
}

/// For a fixed list of words, the lengths (as bits, up to 31) of the words
/// with each first and last byte: a word whose ends and length fit no entry is not in
/// the list, which rules out most words before any comparison.
pub(crate) struct Prefilter {
    lengths: [u32; PREFILTER_SLOTS],
    firsts: [bool; 256],
}

const PREFILTER_SLOTS: usize = 1024;

impl Prefilter {
    pub(crate) const fn new(words: &[&str]) -> Prefilter {
        let mut lengths = [0u32; PREFILTER_SLOTS];
        let mut firsts = [false; 256];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            if !word.is_empty() {
                let (first, last) = (word[0], word[word.len() - 1]);
                lengths[Self::slot(first, last)] |= 1 << Self::bit(word.len());
                firsts[first as usize] = true;
            }
            k += 1;
        }
        Prefilter { lengths, firsts }
    }

    const fn slot(first: u8, last: u8) -> usize {
        (first as usize * 31 + last as usize) % PREFILTER_SLOTS
    }

    const fn bit(len: usize) -> u32 {
        if len > 31 {
            31
        } else {
            len as u32
        }
    }

    /// False only if no word of the list starts with `first`.
    pub(crate) fn starts(&self, first: u8) -> bool {
        self.firsts[first as usize]
    }

    /// False only if no word of the list is `word` as far as its first and last bytes
    /// and its length tell.
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        match word {
            [] => false,
            [first, .., last] | [first @ last] => self.may_hold_ends(*first, *last, word.len()),
        }
    }

    /// `may_hold` for a word of `len` bytes from `first` to `last`.
    pub(crate) fn may_hold_ends(&self, first: u8, last: u8, len: usize) -> bool {
        self.lengths[Self::slot(first, last)] & (1 << Self::bit(len)) != 0
    }
}

/// Whether a word is one of `NOUNS` and whether it is in the learnt or core list.
#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    noun: bool,
    verb: bool,
}

/// Slots of the filter that says at once that most words are not cues.
const FILTER_SLOTS: usize = 1024;

/// The filter slot of a word: its first and last bytes. Its bit is the word's length
/// (capped at 63). Spelling "ise" as "ize" changes neither.
fn filter_slot(word: &str) -> Option<(usize, u64)> {
    let bytes = word.as_bytes();
    let (&first, &last) = (bytes.first()?, bytes.last()?);
    let slot = (usize::from(first) * 31 + usize::from(last)) % FILTER_SLOTS;
    Some((slot, 1u64 << bytes.len().min(63)))
}

/// False for most words that are not cues, at the cost of a table lookup; true for
/// every word `cue` knows.
#[inline]
pub fn may_be_cue(word: &str) -> bool {
    filter_slot(word).is_some_and(|(slot, bit)| filter()[slot] & bit != 0)
}

/// Per slot, the lengths (as bits) of the lexicon's words in it.
fn filter() -> &'static [u64; FILTER_SLOTS] {
    static FILTER: OnceLock<[u64; FILTER_SLOTS]> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut filter = [0u64; FILTER_SLOTS];
        for word in lexicon().keys() {
            if let Some((slot, bit)) = filter_slot(word) {
                filter[slot] |= bit;
            }
        }
        filter
    })
}

fn lexicon() -> &'static FnvMap<&'static str, Entry> {
    static MAP: OnceLock<FnvMap<&'static str, Entry>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FnvMap::default();
        for w in LEARNT
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .chain(CORE.iter().copied())
        {
            map.entry(w).or_insert_with(Entry::default).verb = true;
        }
        for w in NOUNS {
            map.entry(*w).or_insert_with(Entry::default).noun = true;
        }
        map
    })
}

/// What kind of cue a lower-cased word is, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Verb,
    /// Only a cue after a possessive.
    Noun,
}

#[inline]
pub fn cue(word: &str) -> Option<Cue> {
    if !may_be_cue(word) {
        return None;
    }
    cue_in_lexicon(word)
}

/// `cue` for the few words the filter lets through, kept out of line so that the
/// test every word takes stays small.
#[inline(never)]
fn cue_in_lexicon(word: &str) -> Option<Cue> {
    if let Some(e) = lexicon().get(word) {
        if e.noun {
            return Some(Cue::Noun);
        }
        if e.verb {
            return Some(Cue::Verb);
        }
    }
    // British spellings of the learnt American ones: emphasised -> emphasized.
    if word.len() < 40 && word.as_bytes().windows(3).any(|w| w == b"ise") {
        let american = word.replacen("ise", "ize", 1);
        if lexicon().get(american.as_str()).is_some_and(|e| e.verb) {
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
