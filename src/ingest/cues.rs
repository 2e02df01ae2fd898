//! Verbs and nouns that introduce what someone said. The bulk of the list is learnt
//! from the PolNeAR train split by `tools/cue_words.py`; a few core words, British
//! spellings and phrases are added by hand.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

const LEARNT: &str = include_str!("cues.txt");

const CORE: &[&str] = &[
    // What a document says, only beside a quotation: `"...," the email read`.
    "read",
    "reads",
    // What a poll or a study shows, and what people think: PolNeAR attributes both.
    "show",
    "shows",
    "showed",
    "found",
    "think",
    "thinks",
    "believe",
    "believes",
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
    // The present of verbs of saying the learnt list has only in the past ("Ruiz
    // asserts that"), and their participles ("conceding that").
    "asserts",
    "maintains",
    "maintaining",
    "acknowledges",
    "concedes",
    "conceding",
    "predicts",
    "recalls",
    "confirms",
    "confirming",
    "replies",
    "replying",
    "stresses",
    "stressing",
    "emphasizes",
    "denies",
    "denying",
    "complains",
    "complaining",
    "observes",
    "observing",
    "alleges",
    "reiterates",
    "reiterating",
    "contending",
    "laments",
    "lamenting",
    "cautions",
    "cautioning",
    "retorts",
    "quips",
    // Verbs of saying too rare in the train split to be learnt, and never anything
    // else in news: `"...," Ruiz scoffed`, "he demurred: "..."".
    "demurred",
    "scoffed",
    "deadpanned",
    "groused",
    "griped",
    "bragged",
    "chided",
    "sneered",
    "opined",
    "gushed",
    "fumed",
    "grumbled",
    "thundered",
    "bellowed",
    "mused",
    "marveled",
    "marvelled",
];

/// Cues that mark a written statement rather than speech: what `is_written` knows.
#[cfg(test)]
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

/// Verbs that open a sentence before their speaker and a quotation: "Said Ruiz,
/// ...", "Continued Stone: ...". Capitalised there, they are no first names.
pub(crate) const OPEN_BEFORE_SPEAKER: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "continued",
    "stated",
    "explained",
    "replied",
    "recalled",
    "noted",
    "quipped",
];

/// Two word lists as one, at compile time, for one `WordSet` of both: `N` must be the
/// sum of their lengths.
pub(crate) const fn concat_lists<const N: usize>(
    first: &[&'static str],
    second: &[&'static str],
) -> [&'static str; N] {
    assert!(first.len() + second.len() == N);
    let mut all = [""; N];
    let mut k = 0;
    while k < N {
        all[k] = if k < first.len() {
            first[k]
        } else {
            second[k - first.len()]
        };
        k += 1;
    }
    all
}

/// A fixed word list, too long to scan for every word: a prefilter turns most words
/// away, and the few words of the list in the same filter slot are compared.
pub(crate) struct WordSet {
    words: &'static [&'static str],
    /// Turns away most words that are not in the list before any comparison.
    filter: Prefilter,
    /// The words of the list by their filter slot, built on first use.
    by_slot: OnceLock<Vec<Vec<&'static str>>>,
    /// The index of each word of up to 15 bytes, when no word of the list has an
    /// ASCII capital: `get_lowered` is then a lookup of the word packed and lowered.
    packed: OnceLock<Option<PackedTable<u32>>>,
}

impl WordSet {
    pub(crate) const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            filter: Prefilter::new(words),
            by_slot: OnceLock::new(),
            packed: OnceLock::new(),
        }
    }

    /// Whether `word`, as it is, is a word of the list: for a list of lower-case words,
    /// looked up in the packed table, whose tags stay in the cache between reports
    /// where the slots' vectors and the words they point to did not.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        let (first, last) = match word.as_bytes() {
            [] => return false,
            [first, .., last] | [first @ last] => (*first, *last),
        };
        if !self.filter.may_hold_ends(first, last, word.len()) {
            return false;
        }
        // Packed as it is, not lowered: a word with a capital is none of a list without.
        if let (Some(table), Some(key)) = (self.packed(), packed(word.as_bytes())) {
            return table.get(key).is_some();
        }
        self.by_slot()[Prefilter::slot(first, last)].contains(&word)
    }

    /// `contains` of the word lowered (ASCII letters only), for a list of lower-case
    /// words: the word is compared without copying it.
    #[inline]
    pub(crate) fn contains_lowered(&self, word: &[u8]) -> bool {
        self.get_lowered(word).is_some()
    }

    /// The word of the list that `word` is once lowered (ASCII letters only), for a
    /// list of lower-case words: the list's own string, without copying the word.
    #[inline]
    pub(crate) fn get_lowered(&self, word: &[u8]) -> Option<&'static str> {
        let (first, last) = match word {
            [] => return None,
            [first, .., last] | [first @ last] => {
                (first.to_ascii_lowercase(), last.to_ascii_lowercase())
            }
        };
        if !self.filter.may_hold_ends(first, last, word.len()) {
            return None;
        }
        // A word of the list equals, ignoring case, only the word lowered: the first
        // such in the list is the one found in its slot.
        if let (Some(table), Some(key)) = (self.packed(), packed_lowered(word)) {
            return table.get(key).map(|k| self.words[k as usize]);
        }
        self.get_lowered_in_slot(first, last, word)
    }

    /// `get_lowered` by comparing the words of the slot of the word's (lowered) ends:
    /// for a long word, or a list with capitals. Out of line, so that the lookup most
    /// words take stays small.
    #[inline(never)]
    fn get_lowered_in_slot(&self, first: u8, last: u8, word: &[u8]) -> Option<&'static str> {
        self.by_slot()[Prefilter::slot(first, last)]
            .iter()
            .copied()
            .find(|w| w.as_bytes().eq_ignore_ascii_case(word))
    }

    #[inline]
    fn packed(&self) -> Option<&PackedTable<u32>> {
        match self.packed.get() {
            Some(table) => table.as_ref(),
            None => self.pack(),
        }
    }

    /// Builds the table `packed` gives, on first use.
    #[cold]
    #[inline(never)]
    fn pack(&self) -> Option<&PackedTable<u32>> {
        self.packed
            .get_or_init(|| {
                let lower = |w: &&str| !w.bytes().any(|b| b.is_ascii_uppercase());
                if !self.words.iter().all(lower) {
                    return None;
                }
                let mut table = PackedTable::with_room(self.words.len());
                for (k, word) in self.words.iter().enumerate() {
                    table.insert(word.as_bytes(), k as u32);
                }
                Some(table)
            })
            .as_ref()
    }

    fn by_slot(&self) -> &[Vec<&'static str>] {
        self.by_slot.get_or_init(|| {
            let mut by_slot = vec![Vec::new(); PREFILTER_SLOTS];
            for word in self.words {
                if let (Some(&first), Some(&last)) =
                    (word.as_bytes().first(), word.as_bytes().last())
                {
                    by_slot[Prefilter::slot(first, last)].push(*word);
                }
            }
            by_slot
        })
    }
}

/// For a fixed list of words, the lengths (as bits, up to 31) of the words
/// with each first and last byte: a word whose ends and length fit no entry is not in
/// the list, which rules out most words before any comparison.
pub(crate) struct Prefilter {
    lengths: [u32; PREFILTER_SLOTS],
}

pub(crate) const PREFILTER_SLOTS: usize = 1024;

impl Prefilter {
    pub(crate) const fn new(words: &[&str]) -> Prefilter {
        let mut lengths = [0u32; PREFILTER_SLOTS];
        let mut k = 0;
        while k < words.len() {
            let word = words[k].as_bytes();
            if !word.is_empty() {
                let (first, last) = (word[0], word[word.len() - 1]);
                lengths[Self::slot(first, last)] |= 1 << Self::bit(word.len());
            }
            k += 1;
        }
        Prefilter { lengths }
    }

    #[inline]
    pub(crate) const fn slot(first: u8, last: u8) -> usize {
        (first as usize * 31 + last as usize) % PREFILTER_SLOTS
    }

    #[inline]
    const fn bit(len: usize) -> u32 {
        if len > 31 {
            31
        } else {
            len as u32
        }
    }

    /// False only if no word of the list is the word of `len` bytes from `first` to
    /// `last`, as far as its ends and length tell.
    #[inline]
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

/// The filter slot of a word's first and last bytes. Its bit is the word's length
/// (capped at 63). Spelling "ise" as "ize" changes neither.
fn filter_slot(first: u8, last: u8, len: usize) -> (usize, u64) {
    let slot = (usize::from(first) * 31 + usize::from(last)) % FILTER_SLOTS;
    (slot, 1u64 << len.min(63))
}

/// False for most words that are not cues, at the cost of a table lookup; true for
/// every word `cue` knows.
#[inline]
pub fn may_be_cue(word: &str) -> bool {
    match word.as_bytes() {
        [] => false,
        [first, .., last] | [first @ last] => cue_filter().may_hold_ends(*first, *last, word.len()),
    }
}

/// Per slot, the lengths (as bits) of the lexicon's words in it: what `may_be_cue`
/// tests a word against.
struct CueFilter([u64; FILTER_SLOTS]);

impl CueFilter {
    /// `may_be_cue` of a lower-case word of `len` bytes from `first` to `last`.
    #[inline]
    fn may_hold_ends(&self, first: u8, last: u8, len: usize) -> bool {
        let (slot, bit) = filter_slot(first, last, len);
        self.0[slot] & bit != 0
    }
}

/// The filter of the lexicon, built on first use.
fn cue_filter() -> &'static CueFilter {
    static FILTER: OnceLock<CueFilter> = OnceLock::new();
    FILTER.get_or_init(|| {
        let mut filter = [0u64; FILTER_SLOTS];
        for word in lexicon_words() {
            if let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) {
                let (slot, bit) = filter_slot(first, last, word.len());
                filter[slot] |= bit;
            }
        }
        CueFilter(filter)
    })
}

/// Every word of the lexicon (learnt, core and nouns).
pub fn lexicon_words() -> impl Iterator<Item = &'static str> {
    lexicon().words.iter().copied()
}

/// The lexicon as a table of words packed into integers (`packed`): a word the filter
/// lets through is found, or told it is no cue ("and" beside "add"), by a multiply and
/// one or two comparisons, with no hashing of its bytes one by one.
struct Lexicon {
    /// The learnt, core and noun words.
    words: Vec<&'static str>,
    /// What each word is, British spellings of the American verbs too.
    table: PackedTable<Entry>,
    /// A bit for each word of `table`, at bits of its packed word's hash
    /// (`lexicon_bit`): most words the filter of first and last bytes lets through
    /// ("and" beside "add") find theirs unset. A kilobyte stays in the cache between
    /// reports where the table's keys do not.
    bits: Box<[u64; LEXICON_BITS / 64]>,
}

/// The bits of `Lexicon::bits`: about twelve for each word of the table.
const LEXICON_BITS: usize = 8192;

/// The word and bit of `Lexicon::bits` of a packed word: the top bits of a hash unlike
/// `PackedTable::place`'s (another multiplier), so that words of one place seldom
/// share a bit.
#[inline]
fn lexicon_bit(key: u128) -> (usize, u64) {
    let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0xff51_afd7_ed55_8ccd);
    let bit = (mixed >> 51) as usize;
    (bit / 64, 1 << (bit % 64))
}

/// A word of at most 15 bytes as one integer: its bytes, then its length in the last
/// byte, so that no two words share one and no word is 0. Longer words are no cue. The
/// bytes are read as two overlapping loads of four or eight, the part of the second
/// load that the first holds shifted out, rather than copied one by one.
#[inline]
fn packed(word: &[u8]) -> Option<u128> {
    packed_as(word, |x| x)
}

/// `packed` of the word with its ASCII letters lowered, without copying it.
#[inline]
fn packed_lowered(word: &[u8]) -> Option<u128> {
    packed_as(word, lower_ascii_bytes)
}

/// `packed`, each load of bytes passed through `map` (which keeps each byte in place).
#[inline(always)]
fn packed_as(word: &[u8], map: impl Fn(u64) -> u64) -> Option<u128> {
    let len = word.len();
    let load4 = |at: usize| {
        let mut four = [0u8; 4];
        four.copy_from_slice(&word[at..at + 4]);
        map(u64::from(u32::from_le_bytes(four))) as u32
    };
    let load8 = |at: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&word[at..at + 8]);
        map(u64::from_le_bytes(eight))
    };
    // The bytes from 4 (from 8) to the end: the last four (eight) less those before.
    let (low, high) = match len {
        0 => return None,
        1..=3 => {
            let third = if len == 3 { word[2] } else { 0 };
            let second = if len >= 2 { word[1] } else { 0 };
            let low = u32::from(word[0]) | u32::from(second) << 8 | u32::from(third) << 16;
            (map(u64::from(low)), 0)
        }
        4..=7 => {
            let rest = load4(len - 4)
                .checked_shr(8 * (8 - len as u32))
                .unwrap_or(0);
            (u64::from(load4(0)) | u64::from(rest) << 32, 0)
        }
        8..=15 => {
            let rest = load8(len - 8)
                .checked_shr(8 * (16 - len as u32))
                .unwrap_or(0);
            (load8(0), rest)
        }
        _ => return None,
    };
    Some(u128::from(low) | u128::from(high) << 64 | (len as u128) << 120)
}

/// Eight bytes with their ASCII capitals lowered, all at once: a byte from "A" to "Z"
/// (and below 0x80) gets the 0x20 bit. No sum carries into the next byte.
#[inline]
pub(crate) fn lower_ascii_bytes(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    let from_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low7 + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = from_a & !past_z & !x & (0x80 * ONES);
    x | (capital >> 2)
}

/// Packed words (`packed`) and a value for each, by open addressing: a lookup is a
/// multiply and, mostly, one comparison.
///
/// A search reads a two-byte tag of each place it passes, and a place's key only when
/// its tag is the word's: most words looked up are in no table, and the tags, an
/// eighth of the keys' bytes, stay in the cache between reports where the keys may
/// not.
struct PackedTable<V> {
    /// Bits of the hash of each place's packed word, never 0; 0 for an empty place.
    tags: Vec<u16>,
    /// A packed word, or 0 for an empty place.
    keys: Vec<u128>,
    values: Vec<V>,
    /// The number of places less one: a power of two, about four for each word.
    mask: usize,
}

impl<V: Copy + Default> PackedTable<V> {
    /// A table for `words` words, with four places a word: even with as many words
    /// again added (the lexicon's British spellings), at most half its places are
    /// taken, so that every search meets an empty place and ends.
    fn with_room(words: usize) -> Self {
        let places = (words * 4).next_power_of_two().max(16);
        PackedTable {
            tags: vec![0; places],
            keys: vec![0; places],
            values: vec![V::default(); places],
            mask: places - 1,
        }
    }

    /// Where the search for a packed word starts, and its tag: bits of the hash below
    /// those of the place, so that words of one place mostly differ in their tags.
    #[inline]
    fn place(&self, key: u128) -> (usize, u16) {
        let mixed = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        ((mixed >> 40) as usize & self.mask, (mixed >> 24) as u16 | 1)
    }

    #[inline]
    fn get(&self, key: u128) -> Option<V> {
        let (mut k, tag) = self.place(key);
        loop {
            match self.tags[k] {
                0 => return None,
                t if t == tag && self.keys[k] == key => return Some(self.values[k]),
                _ => k = (k + 1) & self.mask,
            }
        }
    }

    /// Adds a word unless it is there already, or longer than `packed` takes.
    fn insert(&mut self, word: &[u8], value: V) {
        let Some(key) = packed(word) else {
            return;
        };
        let (mut k, tag) = self.place(key);
        while self.tags[k] != 0 && self.keys[k] != key {
            k = (k + 1) & self.mask;
        }
        if self.tags[k] == 0 {
            self.tags[k] = tag;
            self.keys[k] = key;
            self.values[k] = value;
        }
    }
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut entries: FnvMap<&'static str, Entry> = FnvMap::default();
        for w in LEARNT
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .chain(CORE.iter().copied())
        {
            entries.entry(w).or_default().verb = true;
        }
        for w in NOUNS {
            entries.entry(*w).or_default().noun = true;
        }
        let mut words: Vec<&'static str> = entries.keys().copied().collect();
        words.sort_unstable();
        let mut lexicon = Lexicon {
            words,
            // The listed words, and a little more for their British spellings, which
            // `with_room`'s slack holds anyway.
            table: PackedTable::with_room(entries.len() + 64),
            bits: Box::new([0; LEXICON_BITS / 64]),
        };
        for (word, entry) in &entries {
            assert!(packed(word.as_bytes()).is_some(), "a cue of 1 to 15 bytes");
            lexicon.table.insert(word.as_bytes(), *entry);
        }
        // British spellings of the American verbs: a word is read as the one with its
        // first "ise" made "ize" (emphasised -> emphasized), so each "ize" of a verb made
        // "ise" is a verb too, if no "ise" comes before it. Added after every listed
        // word, which keeps its own entry.
        for (word, entry) in &entries {
            if !entry.verb {
                continue;
            }
            for (p, _) in word.match_indices("ize") {
                let british = format!("{}ise{}", &word[..p], &word[p + 3..]);
                if british.find("ise") == Some(p) {
                    lexicon.table.insert(
                        british.as_bytes(),
                        Entry {
                            noun: false,
                            verb: true,
                        },
                    );
                }
            }
        }
        for &key in &lexicon.table.keys {
            if key != 0 {
                let (word, bit) = lexicon_bit(key);
                lexicon.bits[word] |= bit;
            }
        }
        lexicon
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

/// `cue` of a word the tokenizer flagged as one that may be a cue: its filter turned
/// away what `may_be_cue` would (the same ends and lengths), so the lexicon is asked
/// at once.
#[inline]
pub fn flagged_cue(word: &str) -> Option<Cue> {
    cue_in_lexicon(word)
}

/// `cue` for the few words the filter lets through, kept out of line so that the
/// test every word takes stays small.
#[inline(never)]
fn cue_in_lexicon(word: &str) -> Option<Cue> {
    let lexicon = lexicon();
    let key = packed(word.as_bytes())?;
    let (at, bit) = lexicon_bit(key);
    if lexicon.bits[at] & bit == 0 {
        return None;
    }
    let e = lexicon.table.get(key)?;
    if e.noun {
        Some(Cue::Noun)
    } else {
        e.verb.then_some(Cue::Verb)
    }
}

pub fn is_written(word: &str) -> bool {
    // `WRITTEN`, as a `matches!`: asked of every cue, it compiles to a few comparisons.
    matches!(
        word,
        "wrote"
            | "writes"
            | "writing"
            | "posted"
            | "posts"
            | "tweeted"
            | "tweets"
            | "tweeting"
            | "retweeted"
            | "emailed"
            | "texted"
            | "published"
            | "letter"
            | "post"
            | "tweet"
    )
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
            | "found"
            | "show"
            | "shows"
            | "showed"
            | "lists"
            | "delivering"
            | "addressed"
            | "shared"
            | "pressed"
            | "issued"
            | "presented"
            | "identified"
            | "informed"
            // "maintains a program": keeps, not says.
            | "maintain"
            | "maintains"
            | "maintained"
            // Mostly the noun: "his home state Vermont", "voters in five states".
            | "state"
            | "states"
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
        // `is_written` knows the words of `WRITTEN` and no other cue.
        for word in lexicon_words().chain(WRITTEN.iter().copied()) {
            assert_eq!(is_written(word), WRITTEN.contains(&word), "{word}");
        }
        assert!(!is_written("write"));
    }

    /// `cue` as it was first written: a map of the listed words, and a British word read
    /// as its first "ise" made "ize".
    fn cue_by_map(word: &str) -> Option<Cue> {
        let listed = |w: &str| {
            let noun = NOUNS.contains(&w);
            let verb = CORE.contains(&w) || LEARNT.lines().map(str::trim).any(|l| l == w);
            (noun, verb)
        };
        match listed(word) {
            (true, _) => return Some(Cue::Noun),
            (false, true) => return Some(Cue::Verb),
            _ => {}
        }
        let british = word.len() < 40 && word.contains("ise");
        (british && listed(&word.replacen("ise", "ize", 1)).1).then_some(Cue::Verb)
    }

    #[test]
    fn a_word_is_packed_as_its_bytes_then_its_length() {
        let text = "abcdefghijklmnopq";
        for len in 0..=text.len() {
            let word = &text.as_bytes()[..len];
            let expected = (1..=15).contains(&len).then(|| {
                let mut bytes = [0u8; 16];
                bytes[..len].copy_from_slice(word);
                bytes[15] = len as u8;
                u128::from_le_bytes(bytes)
            });
            assert_eq!(packed(word), expected, "{len}");
        }
    }

    #[test]
    fn a_word_is_packed_lowered_as_its_lowered_copy_is() {
        let words: [&[u8]; 8] = [
            b"Said",
            b"ABCDEFGHIJKLMNO",
            b"@[`{Az",
            "\u{c9}TAT".as_bytes(),
            b"a",
            b"Zq",
            b"\xff\xc1\xdaZ",
            b"MiXeD-CaSe",
        ];
        for word in words {
            assert_eq!(
                packed_lowered(word),
                packed(&word.to_ascii_lowercase()),
                "{word:?}"
            );
        }
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b; 8]);
            assert_eq!(
                lower_ascii_bytes(x),
                u64::from_le_bytes([b.to_ascii_lowercase(); 8])
            );
        }
    }

    #[test]
    fn a_packed_word_set_finds_what_its_slots_do() {
        static SET: WordSet = WordSet::new(&["said", "told", "us", "mr", "a", "characterisation"]);
        for word in [
            "Said",
            "SAID",
            "said",
            "US",
            "Us",
            "mR",
            "A",
            "x",
            "tolD",
            "Characterisation",
            "sai",
            "saids",
        ] {
            let bytes = word.as_bytes();
            let by_slot = bytes.first().and_then(|&f| {
                let (f, l) = (
                    f.to_ascii_lowercase(),
                    bytes[bytes.len() - 1].to_ascii_lowercase(),
                );
                SET.by_slot()[Prefilter::slot(f, l)]
                    .iter()
                    .copied()
                    .find(|w| w.as_bytes().eq_ignore_ascii_case(bytes))
            });
            assert_eq!(SET.get_lowered(bytes), by_slot, "{word}");
            // `contains` takes the word as it is: only a lower-case one is in the list.
            let exact = bytes.first().is_some_and(|&f| {
                SET.by_slot()[Prefilter::slot(f, bytes[bytes.len() - 1])].contains(&word)
            });
            assert_eq!(SET.contains(word), exact, "{word}");
        }
    }

    #[test]
    fn the_lexicon_bits_hold_every_word_of_its_table_and_few_others() {
        let lexicon = lexicon();
        for &key in lexicon.table.keys.iter().filter(|&&key| key != 0) {
            let (at, bit) = lexicon_bit(key);
            assert_ne!(lexicon.bits[at] & bit, 0, "{key:x}");
        }
        let set: u32 = lexicon.bits.iter().map(|bits| bits.count_ones()).sum();
        assert!(set as usize * 8 < LEXICON_BITS, "{set} bits set");
        // The word the filter of ends lets through most often, beside "add".
        let (at, bit) = lexicon_bit(packed(b"and").unwrap());
        assert_eq!(lexicon.bits[at] & bit, 0);
    }

    #[test]
    fn the_table_reads_every_word_as_the_map_did() {
        let mut words: Vec<String> = Vec::new();
        for word in lexicon_words() {
            words.push(word.to_owned());
            words.push(word.replace("ize", "ise"));
            words.push(word.replacen("ize", "ise", 1));
            words.push(format!("{word}s"));
            words.push(word[1..].to_owned());
            words.push(word.to_ascii_uppercase());
        }
        for word in [
            "and",
            "ise",
            "isize",
            "iseize",
            "",
            "a\0dd",
            "characterisedness",
        ] {
            words.push(word.to_owned());
        }
        for word in &words {
            assert_eq!(cue(word), cue_by_map(word), "{word:?}");
        }
    }
}
