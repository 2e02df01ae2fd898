//! Words, paragraphs and sentences, all as byte ranges of the text. Noise lines
//! (headings, bylines, "Also Read" links, photo credits) are marked so that no
//! statement is taken from them.

use std::ops::Range;

use super::{cues, events, times, TextTooLong};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Punct,
}

/// The longest text the tokenizer reads: its offsets are kept as `u32`.
pub const MAX_TEXT_LEN: usize = u32::MAX as usize;

/// Refuses a text whose byte offsets (up to its length) would not fit in a `u32`,
/// rather than let them wrap.
pub fn check_text_len(len: usize) -> Result<(), TextTooLong> {
    if len > MAX_TEXT_LEN {
        return Err(TextTooLong { len });
    }
    Ok(())
}

/// A byte offset of a text `check_text_len` let through, as stored in a token.
#[inline]
fn offset32(at: usize) -> u32 {
    debug_assert!(at <= MAX_TEXT_LEN, "offset {at} of a text not checked");
    at as u32
}

/// A word or mark as `Tokens` gives it: where it lies and its flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    end: usize,
    flags: u8,
}

/// The token is a mark, not a word.
const PUNCT: u8 = 1 << 0;

/// What a token is or may be, found once as the tokenizer reads it, while its bytes
/// are at hand, so that each later pass over every token tests a bit rather than the
/// word. A "may be" flag holds for every word its pass goes on to look at, and for a few
/// others that the pass then turns away.
pub mod flags {
    /// The word may be a cue ("said", "denial") or open one of a few words
    /// ("according to", "made the point", "shot back"): the words `attributions` looks
    /// at (every word `cues::may_be_cue` lets through, lower-cased).
    pub const MAY_BE_CUE: u8 = 1 << 1;
    /// The word may start a temporal expression (exactly `times::may_start_time`).
    pub const MAY_START_TIME: u8 = 1 << 2;
    /// The word may be an occasion noun ("summit"; every word `events::occasion`
    /// takes).
    pub const MAY_BE_OCCASION: u8 = 1 << 3;
    /// The token is part of a temporal expression: set once the times are found.
    pub const IN_TIME: u8 = 1 << 4;
    /// The mark is ".", "!" or "?".
    pub const SENTENCE_END: u8 = 1 << 5;
    /// The mark is a double quotation mark: `"`, `“` or `”`.
    pub const QUOTE_MARK: u8 = 1 << 6;
    /// The word starts with an upper-case letter: whether it does is known without
    /// reading the text, a cache miss a word in a long one.
    pub const CAPITAL: u8 = 1 << 7;
}

impl Token {
    #[cfg(test)]
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        let flags = match kind {
            TokenKind::Word => 0,
            TokenKind::Punct => PUNCT,
        };
        Token { start, end, flags }
    }

    pub fn end(self) -> usize {
        self.end
    }

    pub fn kind(self) -> TokenKind {
        if self.is(PUNCT) {
            TokenKind::Punct
        } else {
            TokenKind::Word
        }
    }

    /// Whether the token has `flag` (one of `flags`).
    #[inline]
    pub fn is(self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or_default()
    }
}

/// Where a token lies: its start as a `u32` offset and its length in a byte, packed in
/// 5 bytes, as there are about as many tokens as there are bytes in five letters of
/// text (two `usize` took 16; two `u32`, 8). A token of `LONG` bytes or more, a rare
/// word, has its end in `Tokens::long`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(C, packed)]
struct Place {
    start: u32,
    len: u8,
}

/// The length of a token whose end is kept apart.
const LONG: u8 = u8::MAX;

/// The tokens of a text, in order. Places and flags are kept apart: the passes that
/// test a flag on every token read one byte a token, and a token takes 9 bytes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    places: Vec<Place>,
    flags: Vec<u8>,
    /// The tokens of `LONG` bytes or more: their index and end, in order.
    long: Vec<(usize, u32)>,
    /// The double quotation marks, as `tokenize` met them.
    quote_marks: Vec<QuoteMark>,
}

/// A double quotation mark as the tokenizer met it, so that quotations are found
/// without reading the text or the tokens again (each a cache miss a mark on a long
/// text): where it starts, its width, and which it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteMark {
    start: u32,
    len: u8,
    pub mark: Mark,
}

/// Which double quotation mark: `"` (or two apostrophes typed for one), `“` or `”`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Straight,
    Opening,
    Closing,
}

impl QuoteMark {
    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.start as usize + usize::from(self.len)
    }
}

impl Tokens {
    fn with_capacity(n: usize) -> Tokens {
        Tokens {
            places: Vec::with_capacity(n),
            flags: Vec::with_capacity(n),
            long: Vec::new(),
            quote_marks: Vec::new(),
        }
    }

    /// The double quotation marks, in order.
    pub fn quote_marks(&self) -> &[QuoteMark] {
        &self.quote_marks
    }

    /// The double quotation marks, to take out those that quote no one.
    pub fn quote_marks_mut(&mut self) -> &mut Vec<QuoteMark> {
        &mut self.quote_marks
    }

    /// The double quotation marks, taken out: only quotations keep them.
    pub fn take_quote_marks(&mut self) -> Vec<QuoteMark> {
        std::mem::take(&mut self.quote_marks)
    }

    /// Adds a token that is a double quotation mark.
    #[inline]
    fn push_quote_mark(&mut self, start: usize, end: usize, mark: Mark) {
        self.push(start, end, PUNCT | flags::QUOTE_MARK);
        self.quote_marks.push(QuoteMark {
            start: offset32(start),
            // A mark is at most three bytes.
            len: (end - start) as u8,
            mark,
        });
    }

    /// Adds a token of a text `check_text_len` let through.
    #[inline(always)]
    fn push(&mut self, start: usize, end: usize, flags: u8) {
        let len = match u8::try_from(end - start) {
            Ok(len) if len < LONG => len,
            _ => {
                self.long.push((self.places.len(), offset32(end)));
                LONG
            }
        };
        self.places.push(Place {
            start: offset32(start),
            len,
        });
        self.flags.push(flags);
    }

    /// The end of the token at `place`, token `i`.
    #[inline]
    fn end_of(&self, i: usize, place: Place) -> usize {
        if place.len < LONG {
            place.start as usize + place.len as usize
        } else {
            self.long_end(i)
        }
    }

    #[cold]
    fn long_end(&self, i: usize) -> usize {
        let k = self.long.partition_point(|&(j, _)| j < i);
        self.long.get(k).map_or(0, |&(_, end)| end as usize)
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    #[inline]
    pub fn get(&self, i: usize) -> Option<Token> {
        let place = *self.places.get(i)?;
        Some(Token {
            start: place.start as usize,
            end: self.end_of(i, place),
            flags: self.flags.get(i).copied().unwrap_or_default(),
        })
    }

    /// Token `i`; panics past the end, as indexing a slice does.
    #[inline]
    pub fn at(&self, i: usize) -> Token {
        let place = self.places[i];
        Token {
            start: place.start as usize,
            end: self.end_of(i, place),
            flags: self.flags[i],
        }
    }

    #[inline]
    pub fn start(&self, i: usize) -> usize {
        self.places[i].start as usize
    }

    #[inline]
    pub fn end(&self, i: usize) -> usize {
        self.end_of(i, self.places[i])
    }

    /// The text of token `i`, or "" past the end.
    #[inline]
    pub fn text<'t>(&self, i: usize, text: &'t str) -> &'t str {
        self.places
            .get(i)
            .and_then(|&p| text.get(p.start as usize..self.end_of(i, p)))
            .unwrap_or_default()
    }

    /// Whether token `i` has `flag` (one of `flags`); no token past the end has any.
    #[inline]
    pub fn is(&self, i: usize, flag: u8) -> bool {
        self.flags.get(i).is_some_and(|flags| flags & flag != 0)
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.at(i).kind()
    }

    /// Gives the tokens in `range` the `flag` (one of `flags`).
    pub fn mark(&mut self, range: Range<usize>, flag: u8) {
        for flags in &mut self.flags[range] {
            *flags |= flag;
        }
    }

    /// The indexes of the tokens with `flag` (one of `flags`), found by reading the
    /// flags alone.
    pub fn flagged(&self, flag: u8) -> impl Iterator<Item = usize> + '_ {
        self.flagged_in(0..self.len(), flag)
    }

    /// The indexes in `range` of the tokens with `flag`.
    pub fn flagged_in(&self, range: Range<usize>, flag: u8) -> impl Iterator<Item = usize> + '_ {
        let mut from = range.start;
        std::iter::from_fn(move || {
            let i = self.next_flagged(from, range.end, flag)?;
            from = i + 1;
            Some(i)
        })
    }

    /// The first token from `from` and before `end` with `flag`. Most tokens have none
    /// of the rarer flags: their flags are read eight at a time, as one `u64`.
    #[inline]
    pub fn next_flagged(&self, from: usize, end: usize, flag: u8) -> Option<usize> {
        let flags = self.flags.get(from..end.min(self.flags.len()))?;
        let spread = u64::from_le_bytes([flag; 8]);
        let mut chunks = flags.chunks_exact(8);
        for (n, chunk) in chunks.by_ref().enumerate() {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            let hit = u64::from_le_bytes(eight) & spread;
            if hit != 0 {
                return Some(from + n * 8 + (hit.trailing_zeros() / 8) as usize);
            }
        }
        let rest = chunks.remainder();
        let k = rest.iter().position(|&f| f & flag != 0)?;
        Some(from + (flags.len() - rest.len()) + k)
    }

    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = Token> + '_ {
        (0..self.len()).map(|i| self.at(i))
    }
}

/// The `flags` of the word `bytes[start..end]`, given where its first hyphen is, if any.
#[inline]
fn word_flags(
    bytes: &[u8],
    start: usize,
    end: usize,
    hyphen: Option<usize>,
    filter: &FlagFilter,
) -> u8 {
    let word = &bytes[start..end];
    let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
        return 0;
    };
    let may_be = filter.may_be(first, last, word.len());
    let mut found = may_be & !flags::MAY_START_TIME;
    // The part before a hyphen, less a possessive and trailing dots, is what may start a
    // time; a word that does not start with an ASCII letter is left to the time finder.
    let starts_time = if !first.is_ascii_alphabetic() {
        true
    } else if hyphen.is_none() && last != b'.' && !(last == b's' && possessive(word)) {
        may_be & flags::MAY_START_TIME != 0 && filter.time_starts.may_start(bytes, start, end)
    } else {
        let mut key = &word[..hyphen.unwrap_or(word.len())];
        for suffix in ["'s".as_bytes(), "’s".as_bytes()] {
            key = key.strip_suffix(suffix).unwrap_or(key);
        }
        while let [rest @ .., b'.'] = key {
            key = rest;
        }
        times::may_start_time(key)
    };
    if starts_time {
        found |= flags::MAY_START_TIME;
    }
    found
}

/// Words that open a cue of a few words, no cue alone: "according to", "made the
/// point", "shot back", "fired back", "alleged that" (not "the alleged victim").
const VERB_PHRASE_HEADS: [&str; 6] = ["according", "made", "shot", "fired", "alleged", "allege"];

/// Whether a dotted word is a web address ("Mic.com", "Politico.eu"), whose last part
/// is a word of its own, not an initial: a dot after it ends a sentence, where the
/// dot after "U.S" or "Ph.D" is the abbreviation's.
fn web_address(word: &str) -> bool {
    word.rsplit_once('.')
        .is_some_and(|(_, last)| last.len() > 2)
}

/// Whether a word ends in a possessive (`model::words::possessive`); a token never
/// ends in an apostrophe, as the tokenizer joins one only before a letter.
pub(super) use crate::model::words::possessive;

/// The `flags` a word may have, by its first and last bytes (in lower case) and its
/// length: one table lookup turns most words away from every list at once. A flag
/// from it may be wrong only in saying "may"; `word_flags` makes the time flag exact.
struct FlagFilter {
    table: Vec<u8>,
    /// Whether a word the filter lets through may start a time, told exactly.
    time_starts: TimeStarts,
}

/// Lengths up to this are told apart by `FlagFilter`; longer ones share its last entry.
const FILTER_LENGTHS: usize = 32;

impl FlagFilter {
    fn build() -> FlagFilter {
        let mut table = vec![0u8; cues::PREFILTER_SLOTS * FILTER_LENGTHS];
        let mut add = |word: &str, flag: u8| {
            if let (Some(&first), Some(&last)) = (word.as_bytes().first(), word.as_bytes().last()) {
                table[FlagFilter::entry(first, last, word.len())] |= flag;
            }
        };
        // Spelling "ise" as "ize", as `cues::cue` also reads a word, changes neither end
        // nor the length.
        for word in cues::lexicon_words().chain(VERB_PHRASE_HEADS) {
            add(word, flags::MAY_BE_CUE);
        }
        for word in times::TIME_STARTS {
            add(word, flags::MAY_START_TIME);
        }
        for word in events::OCCASIONS {
            add(word, flags::MAY_BE_OCCASION);
        }
        FlagFilter {
            table,
            time_starts: TimeStarts::build(),
        }
    }

    /// The entry of a word's ends (lower-cased here) and length.
    #[inline]
    fn entry(first: u8, last: u8, len: usize) -> usize {
        let slot = cues::Prefilter::slot(first.to_ascii_lowercase(), last.to_ascii_lowercase());
        slot * FILTER_LENGTHS + len.min(FILTER_LENGTHS - 1)
    }

    #[inline]
    fn may_be(&self, first: u8, last: u8, len: usize) -> u8 {
        self.table[FlagFilter::entry(first, last, len)]
    }
}

/// `times::may_start_time` for the words `FlagFilter` lets through: most ("a", "this",
/// "one") have up to eight bytes, and are found packed in a `u64` by a multiply and a
/// comparison or two, where the general word set of `times` took nearly a tenth of the
/// tokenizer's time. Longer words, and words at the text's very end, are left to it.
struct TimeStarts {
    /// The words of `times::TIME_STARTS` and `times::HYPHEN_STARTS` of up to eight bytes,
    /// each packed (`packed8`), by open addressing: 0, which no word packs to, is an
    /// empty place.
    places: Vec<u64>,
}

/// `TimeStarts` has two to the power of this places, four or more for each word.
const TIME_START_BITS: u32 = 9;

impl TimeStarts {
    fn build() -> TimeStarts {
        let mut places = vec![0; 1 << TIME_START_BITS];
        for word in times::TIME_STARTS.iter().chain(times::HYPHEN_STARTS) {
            let mut eight = [0; 8];
            let Some(bytes) = eight.get_mut(..word.len()) else {
                continue;
            };
            bytes.copy_from_slice(word.as_bytes());
            let key = packed8(eight, word.len());
            let mut k = TimeStarts::place(key);
            while places[k] != 0 && places[k] != key {
                k = (k + 1) % places.len();
            }
            places[k] = key;
        }
        TimeStarts { places }
    }

    /// Where the search for a packed word starts.
    #[inline]
    fn place(key: u64) -> usize {
        (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (u64::BITS - TIME_START_BITS)) as usize
    }

    /// `times::may_start_time` of the word `bytes[start..end]`, which starts with an
    /// ASCII letter. Its bytes are read as eight, from its start, whatever its length.
    #[inline]
    fn may_start(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        let len = end - start;
        let eight = match bytes.get(start..start + 8) {
            Some(eight) if len <= 8 => eight,
            _ => return times::may_start_time(&bytes[start..end]),
        };
        let mut copy = [0; 8];
        copy.copy_from_slice(eight);
        let key = packed8(copy, len);
        let mut k = TimeStarts::place(key);
        // Most searches end at the first place, found or not; which of the two is left
        // to a comparison, not a branch, as the words the filter lets through are as
        // often in the list as not.
        loop {
            let place = self.places[k];
            if place == key || place == 0 {
                return place == key;
            }
            k = (k + 1) % self.places.len();
        }
    }
}

/// The first `len` bytes (1 to 8) of `eight`, ASCII capitals lowered, as a `u64` whose
/// bytes past them are zeros: as words have no zero byte, two words of up to eight
/// bytes are equal, ignoring case, exactly when these are.
#[inline]
fn packed8(eight: [u8; 8], len: usize) -> u64 {
    let kept = u64::MAX >> (8 * (8 - len));
    cues::lower_ascii_bytes(u64::from_le_bytes(eight)) & kept
}

/// The filter every tokenizer uses, built on first use.
fn flag_filter() -> &'static FlagFilter {
    static FILTER: std::sync::OnceLock<FlagFilter> = std::sync::OnceLock::new();
    FILTER.get_or_init(FlagFilter::build)
}

/// Words whose full stop ends no sentence: titles, of one or of several ("Govs. Jeb
/// Bush and Chris Christie"), months, bodies' kinds.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "St", "Jr",
    "Sr", "Inc", "Corp", "Co", "Ltd", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "No", "vs", "Prof", "Rev", "Ft", "Mt", "Pres", "Sec", "Atty", "Adm", "Maj",
    "Del", "Govs", "Sens", "Reps", "Drs", "Gens",
];

/// The length of the longest of `ABBREVIATIONS`.
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > longest {
            longest = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    longest
};

/// A word of up to four bytes as one `u32`: its bytes in order, then zeros. A word has
/// no zero byte, so two words are equal exactly when these are.
const fn packed4(word: &[u8]) -> u32 {
    let mut packed = 0;
    let mut k = 0;
    while k < word.len() {
        packed |= (word[k] as u32) << (8 * k);
        k += 1;
    }
    packed
}

/// `ABBREVIATIONS`, each `packed4`: a word is compared with each as one integer, where
/// comparing it as a string called `memcmp` for each of its length.
static PACKED_ABBREVIATIONS: [u32; ABBREVIATIONS.len()] = {
    assert!(LONGEST_ABBREVIATION <= 4);
    let mut packed = [0; ABBREVIATIONS.len()];
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        packed[k] = packed4(ABBREVIATIONS[k].as_bytes());
        k += 1;
    }
    packed
};

/// Whether a word is one of `ABBREVIATIONS`; most words before a full stop are longer
/// than any and are not compared.
fn is_abbreviation(word: &str) -> bool {
    word.len() <= LONGEST_ABBREVIATION && PACKED_ABBREVIATIONS.contains(&packed4(word.as_bytes()))
}

/// Whether `c` is a letter or digit. The curly quotes, apostrophes and dashes of news
/// text are in the block of general punctuation, which holds none: they are turned
/// away before the slower lookup in Unicode's tables.
#[inline]
fn is_word_char(c: char) -> bool {
    !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
}

/// Unicode's block of general punctuation: spaces, dashes, quotation marks, "…".
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// `u8::is_ascii_alphanumeric` as a table: one load a byte in the tokenizer's word loop.
static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// How many bytes at the start of `bytes` are ASCII letters and digits, eight at a time:
/// a word's end is found with a few operations on one `u64` rather than a test and a
/// branch a byte. The rest, under eight bytes, is looked up byte by byte.
#[inline]
fn ascii_alnum_run(bytes: &[u8]) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const TOP_BITS: u64 = 0x80 * ONES;
    let mut run = 0;
    while let Some(chunk) = bytes.get(run..run + 8) {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let eight = u64::from_le_bytes(eight);
        let low7 = eight & !TOP_BITS;
        // Per byte of seven bits, the top bit of `at_least(c)` says whether it is at least
        // `c`: adding 0x80 - c carries into it exactly then, and never into the next byte.
        let at_least = |c: u8| low7 + u64::from(0x80 - c) * ONES;
        let within = |low: u8, high: u8| at_least(low) & !at_least(high + 1);
        // A letter with its case bit set (0x20) is a lower-case letter, and no other
        // byte becomes one.
        let folded = low7 | (0x20 * ONES);
        let letter = (folded + u64::from(0x80 - b'a') * ONES)
            & !(folded + u64::from(0x80 - b'z' - 1) * ONES);
        let alnum = (within(b'0', b'9') | letter) & !eight;
        let other = !alnum & TOP_BITS;
        if other != 0 {
            return run + (other.trailing_zeros() / 8) as usize;
        }
        run += 8;
    }
    let rest = &bytes[run..];
    run + rest
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(rest.len())
}

/// The character at byte `at` (a character boundary), if any.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        Some(char::from(b))
    } else {
        text.get(at..)?.chars().next()
    }
}

/// The tokens of `tokenize_indexed` without their index.
#[cfg(test)]
pub fn tokenize(text: &str) -> Tokens {
    match tokenize_indexed(text) {
        Ok((tokens, _)) => tokens,
        Err(e) => panic!("{e}"),
    }
}

/// Splits text into words and single punctuation marks. A word keeps inner
/// apostrophes, hyphens and dots ("Zelensky's", "four-year-long", "U.S."). The tokens'
/// `TokenIndex` is built as they are found, not by a second pass over them (on 52 MB
/// of text they are 90 MB). A text too long for `u32` offsets is refused.
pub fn tokenize_indexed(text: &str) -> Result<(Tokens, TokenIndex), TextTooLong> {
    /// Once a token is in, the block after the one it starts in has at least as many
    /// tokens before it: one store a token, where a loop up to its start cost a
    /// mispredicted branch at each block's edge. Blocks no token starts in are filled
    /// once all are in.
    #[inline(always)]
    fn note_block(tokens: &Tokens, before_block: &mut [Count], start: usize) {
        // Each token has a byte at least: their count fits as the text's length did.
        before_block[start / BLOCK + 1] = tokens.len() as Count;
    }
    #[inline(always)]
    fn push(tokens: &mut Tokens, before_block: &mut [Count], start: usize, end: usize, flags: u8) {
        tokens.push(start, end, flags);
        note_block(tokens, before_block, start);
    }
    check_text_len(text.len())?;
    let bytes = text.as_bytes();
    let filter = flag_filter();
    let mut tokens = Tokens::with_capacity(text.len() / 5);
    // A token starts before the text's end: its block and the next are in.
    let blocks = text.len() / BLOCK + 2;
    let mut before_block = vec![0; blocks];
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let start = at;
        // ASCII: white space and control characters are the bytes up to the space and
        // DEL; words start with letters and digits.
        let (word, capital) = if b.is_ascii() {
            at += 1;
            if b <= b' ' || b == 0x7f {
                continue;
            }
            (b.is_ascii_alphanumeric(), b.is_ascii_uppercase())
        } else {
            let Some(c) = char_at(text, at) else {
                break;
            };
            at += c.len_utf8();
            if c.is_whitespace() || c.is_control() {
                continue;
            }
            let word = is_word_char(c);
            (word, word && c.is_uppercase())
        };
        if !word {
            // `''` typed for a double quotation mark is one mark, as `"` is.
            let mark = match b {
                b'"' => Some(Mark::Straight),
                b'\'' if super::quotes::double_apostrophe_at(bytes, start) => {
                    at = start + 2;
                    Some(Mark::Straight)
                }
                _ if b.is_ascii() => None,
                _ => match &text[start..at] {
                    "“" => Some(Mark::Opening),
                    "”" => Some(Mark::Closing),
                    _ => None,
                },
            };
            if let Some(mark) = mark {
                tokens.push_quote_mark(start, at, mark);
                note_block(&tokens, &mut before_block, start);
                continue;
            }
            let flags = match b {
                b'.' | b'!' | b'?' => PUNCT | flags::SENTENCE_END,
                _ => PUNCT,
            };
            push(&mut tokens, &mut before_block, start, at, flags);
            continue;
        }
        let mut end = at;
        let mut dotted = false;
        // Where the first hyphen joining the word is, from its start.
        let mut hyphen = None;
        loop {
            end += ascii_alnum_run(bytes.get(end..).unwrap_or_default());
            // After the ASCII run, an ASCII byte is no word character: only a joining
            // mark before a word character carries the word on.
            match bytes.get(end) {
                None => break,
                Some(&b) if b < 0x80 => {
                    let joins = matches!(b, b'\'' | b'-' | b'.' | b'&');
                    if joins && char_at(text, end + 1).is_some_and(is_word_char) {
                        dotted |= b == b'.';
                        if b == b'-' && hyphen.is_none() {
                            hyphen = Some(end - start);
                        }
                        end += 1;
                        continue;
                    }
                    break;
                }
                Some(_) => {}
            }
            let Some(next) = char_at(text, end) else {
                break;
            };
            if is_word_char(next) {
                end += next.len_utf8();
                continue;
            }
            let joins = matches!(next, '\'' | '’' | '-' | '.' | '&');
            if joins && char_at(text, end + next.len_utf8()).is_some_and(is_word_char) {
                dotted |= next == '.';
                end += next.len_utf8();
                continue;
            }
            break;
        }
        at = end;
        // The dot of "U.S." or "Mr." belongs to the word.
        if bytes.get(end) == Some(&b'.') {
            let word = &text[start..end];
            let single_capital = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
            // "then-Sen." and "ex-Gov." are titles of a name that goes on.
            let titled = hyphen.is_some_and(|h| is_abbreviation(&word[h + 1..]));
            if dotted && !web_address(word) || single_capital || is_abbreviation(word) || titled {
                end += 1;
                at = end;
            }
        }
        let mut flags = word_flags(bytes, start, end, hyphen, filter);
        if capital {
            flags |= flags::CAPITAL;
        }
        push(&mut tokens, &mut before_block, start, end, flags);
        // The space after a word is skipped here rather than by a turn of the loop.
        if bytes.get(at) == Some(&b' ') {
            at += 1;
        }
    }
    // A block no token starts in has as many before it as the block before it.
    let mut before = 0;
    for count in &mut before_block {
        before = before.max(*count);
        *count = before;
    }
    if tokens.len() > Count::MAX as usize {
        // Counts past `u32` do not fit: every lookup searches instead.
        before_block = Vec::new();
    }
    Ok((tokens, TokenIndex(OffsetIndex { before_block })))
}

/// Finds the first item (token, sentence) whose offset is at least a given byte offset
/// without a binary search over all of them: on a long text each probe of one is a
/// cache miss. Per block of `SIZE` bytes it keeps how many items have offsets before
/// the block; the items of one block are then searched: walked, for blocks as small as
/// the default, whose few items share a cache line or two, else halved. The offsets
/// (`key`) must not decrease from one item to the next. The counts are `u32`, half the
/// memory of `usize`; for more items than that holds the index is left empty and
/// searches.
#[derive(Debug, Default)]
pub struct OffsetIndex<const SIZE: usize = BLOCK> {
    before_block: Vec<Count>,
}

const BLOCK: usize = 64;

/// A count of items before a block.
type Count = u32;

/// `n` as a count; used only once the count of all items is known to fit.
fn as_count(n: usize) -> Count {
    Count::try_from(n).unwrap_or(Count::MAX)
}

impl<const SIZE: usize> OffsetIndex<SIZE> {
    pub fn new(count: usize, key: impl Fn(usize) -> usize, text_len: usize) -> OffsetIndex<SIZE> {
        if count > Count::MAX as usize {
            return OffsetIndex {
                before_block: Vec::new(),
            };
        }
        let blocks = text_len / SIZE + 2;
        let mut before_block = Vec::with_capacity(blocks);
        let mut k = 0;
        for block in 0..blocks {
            while k < count && key(k) < block * SIZE {
                k += 1;
            }
            before_block.push(as_count(k));
        }
        OffsetIndex { before_block }
    }

    /// The first item whose `key` is at least `at`: `items.partition_point(|i| key(i) < at)`
    /// for the items this was built from.
    pub fn first_from(&self, count: usize, key: impl Fn(usize) -> usize, at: usize) -> usize {
        let block = at / SIZE;
        let Some(&before) = self.before_block.get(block) else {
            return first_at_least(0, count, key, at);
        };
        if SIZE <= BLOCK {
            let mut k = before as usize;
            while k < count && key(k) < at {
                k += 1;
            }
            return k;
        }
        let after = (self.before_block.get(block + 1)).map_or(count, |&after| after as usize);
        first_at_least(before as usize, after, key, at)
    }
}

/// The first of the items `low..high` whose `key` is at least `at`, by halving.
fn first_at_least(
    mut low: usize,
    mut high: usize,
    key: impl Fn(usize) -> usize,
    at: usize,
) -> usize {
    while low < high {
        let mid = low + (high - low) / 2;
        if key(mid) < at {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// Tokens by the byte they start at.
pub struct TokenIndex(OffsetIndex);

impl TokenIndex {
    #[cfg(test)]
    pub fn new(tokens: &Tokens, text_len: usize) -> TokenIndex {
        TokenIndex(OffsetIndex::new(
            tokens.len(),
            |k| tokens.start(k),
            text_len,
        ))
    }

    /// `tokens.partition_point(|t| t.start < at)`, for the tokens this was built from.
    pub fn first_from(&self, tokens: &Tokens, at: usize) -> usize {
        self.0.first_from(tokens.len(), |k| tokens.start(k), at)
    }
}

/// Spans (of sentences, of quotations) in order, by the byte they end at.
pub struct EndIndex(OffsetIndex);

impl EndIndex {
    pub fn new(count: usize, end: impl Fn(usize) -> usize, text_len: usize) -> EndIndex {
        EndIndex(OffsetIndex::new(count, end, text_len))
    }

    /// `spans.partition_point(|s| s.end <= at)`: the span holding byte `at` or the first
    /// after it, for the spans this was built from.
    pub fn around(&self, count: usize, end: impl Fn(usize) -> usize, at: usize) -> usize {
        self.0.first_from(count, end, at.saturating_add(1))
    }
}

/// Sentences by the byte they end at.
pub struct SentenceIndex(EndIndex);

impl SentenceIndex {
    pub fn new(sentences: &[Sentence], text_len: usize) -> SentenceIndex {
        SentenceIndex(EndIndex::new(
            sentences.len(),
            |k| sentences[k].span.end,
            text_len,
        ))
    }

    /// `sentences.partition_point(|s| s.span.end <= at)`, for the sentences this was
    /// built from.
    pub fn around(&self, sentences: &[Sentence], at: usize) -> usize {
        self.0
            .around(sentences.len(), |k| sentences[k].span.end, at)
    }
}

/// A line of the body with its tokens' index range.
#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    pub noise: bool,
}

pub fn paragraphs(text: &str, tokens: &Tokens) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    let mut t = 0;
    // The lines as `text.split_inclusive('\n')` gives them, found with memchr.
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|at| at + 1)
        .chain(std::iter::once(text.len()));
    for end in line_ends {
        if end <= offset {
            continue;
        }
        let line = &text[offset..end];
        let span = offset..end;
        offset = end;
        let first = t;
        while t < tokens.len() && tokens.start(t) < span.end {
            t += 1;
        }
        if first == t {
            continue;
        }
        let noise = is_noise(line.trim(), tokens, first..t, text);
        paragraphs.push(Paragraph {
            span,
            tokens: first..t,
            noise,
        });
    }
    paragraphs
}

const NOISE_STARTS: &[&str] = &[
    "also read",
    "read more",
    "read also",
    "published by",
    "photo",
    "image",
    "click here",
    "follow us",
    "subscribe",
    "advertisement",
    "share this",
    "related:",
    "watch:",
    "credit:",
    "getty images",
    "(photo",
    "(ap photo",
    "copyright",
    "sign up",
    "updated:",
    "posted:",
];

/// The first bytes of `NOISE_STARTS`, as a table.
static NOISE_FIRST_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut k = 0;
    while k < NOISE_STARTS.len() {
        table[NOISE_STARTS[k].as_bytes()[0] as usize] = true;
        k += 1;
    }
    table
};

/// Headings, bylines and links: short lines without a sentence's end, or lines that
/// start as navigation does.
fn is_noise(line: &str, tokens: &Tokens, range: Range<usize>, text: &str) -> bool {
    // A line whose first byte is ASCII starts like one of `NOISE_STARTS` only if that
    // byte, lowered, starts one: most lines are let through with one lookup.
    let may_start_noise = line
        .as_bytes()
        .first()
        .is_none_or(|&b| !b.is_ascii() || NOISE_FIRST_BYTES[usize::from(b.to_ascii_lowercase())]);
    if may_start_noise && starts_like_noise(line) {
        return true;
    }
    // Counted only when a test below needs it, and only as far as the tests look: past
    // 14 words a line is long enough for both.
    let words = || {
        range
            .clone()
            .filter(|&i| tokens.kind(i) == TokenKind::Word)
            .take(15)
            .count()
    };
    let last = line.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    let ends_sentence = last.ends_with(['.', '!', '?', ':']);
    if !ends_sentence
        && words() <= 14
        && !(line.contains('"') || line.contains('“') || line.contains("''"))
    {
        return true;
    }
    // "By Jane Doe" and a name alone on a line.
    let first = tokens.text(range.start, text);
    first == "By" && words() <= 6
}

/// Whether `line` starts like one of `NOISE_STARTS`, as `starts_like` says; a line that
/// does not begin in ASCII (a quotation mark, say) is lowered once, not once a start.
fn starts_like_noise(line: &str) -> bool {
    if line.as_bytes().first().is_none_or(u8::is_ascii) {
        return NOISE_STARTS.iter().any(|s| starts_like(line, s));
    }
    let lower: String = line.chars().take(24).collect::<String>().to_lowercase();
    NOISE_STARTS.iter().any(|s| lower.starts_with(s))
}

/// Whether the first 24 characters of `line`, in lower case, start with `start` (lower
/// case ASCII). An ASCII beginning is compared in place; others are lowered as before.
fn starts_like(line: &str, start: &str) -> bool {
    let bytes = line.as_bytes();
    // An ASCII first byte is its own first character, lowered alone.
    if bytes
        .first()
        .is_some_and(|b| b.is_ascii() && Some(&b.to_ascii_lowercase()) != start.as_bytes().first())
    {
        return false;
    }
    let head = &bytes[..start.len().min(bytes.len())];
    if head.is_ascii() {
        return head.len() == start.len() && head.eq_ignore_ascii_case(start.as_bytes());
    }
    let lower: String = line.chars().take(24).collect::<String>().to_lowercase();
    lower.starts_with(start)
}

/// A sentence: its byte span and token range.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Range<usize>,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// Splits paragraphs into sentences, never inside a quotation (`inside_quote` says
/// whether a byte offset is within one).
pub fn sentences(
    text: &str,
    tokens: &Tokens,
    paragraphs: &[Paragraph],
    inside_quote: impl Fn(usize) -> bool,
) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (p, paragraph) in paragraphs.iter().enumerate() {
        let mut first = paragraph.tokens.start;
        let range = paragraph.tokens.clone();
        for i in tokens.flagged_in(range.clone(), flags::SENTENCE_END) {
            if i + 1 >= range.end {
                continue;
            }
            // Closing quotes and brackets right after the mark stay with the sentence.
            let mut last = i;
            // Only an adjacent mark is read: on a long text, reading is a cache miss.
            while last + 1 < range.end
                && tokens.kind(last + 1) == TokenKind::Punct
                && tokens.start(last + 1) == tokens.end(last)
                && matches!(
                    tokens.text(last + 1, text),
                    "\"" | "”" | "’" | "'" | "''" | ")"
                )
            {
                last += 1;
            }
            if last + 1 >= range.end || inside_quote(tokens.end(last)) {
                continue;
            }
            // A capital is known from the flags, and so is a word starting with a
            // lower-case ASCII letter: the tokenizer flags every word that does not start
            // with an ASCII letter as one that may start a time. Only other starts are read.
            let lower_case_word = tokens.kind(last + 1) == TokenKind::Word
                && !tokens.is(last + 1, flags::CAPITAL | flags::MAY_START_TIME);
            let starts = tokens.is(last + 1, flags::CAPITAL)
                || !lower_case_word
                    && (tokens.text(last + 1, text).chars().next()).is_some_and(|c| {
                        c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c)
                    });
            if starts && last >= first && !attribution_follows(text, tokens, i, last, range.end) {
                sentences.push(make(tokens, first..last + 1, p));
                first = last + 1;
            }
        }
        if first < range.end {
            sentences.push(make(tokens, first..range.end, p));
        }
    }
    sentences
}

/// Whether the words after a quotation closing with "?" or "!" (mark `mark`, closing
/// mark `last`) are its attribution, `"Who pays?" Ana Ruiz asked.`: up to four names
/// then a verb of saying in lower case, ending the sentence or followed by its
/// circumstances ("asked of the plan"), not by a clause of its own ("said that").
fn attribution_follows(text: &str, tokens: &Tokens, mark: usize, last: usize, end: usize) -> bool {
    if last == mark || !matches!(tokens.text(mark, text), "?" | "!") {
        return false;
    }
    let capital = |k: usize| tokens.is(k, flags::CAPITAL);
    let mut k = last + 1;
    while k < end && k <= last + 4 && capital(k) {
        k += 1;
    }
    if k == last + 1 || k >= end || tokens.kind(k) != TokenKind::Word {
        return false;
    }
    let verb = tokens.text(k, text);
    if capital(k) || cues::cue(&verb.to_ascii_lowercase()) != Some(cues::Cue::Verb) {
        return false;
    }
    match tokens.get(k + 1) {
        None => true,
        Some(_) if k + 1 >= end => true,
        Some(next) if next.kind() == TokenKind::Punct => true,
        Some(next) => !matches!(next.text(text), "that" | "the" | "a" | "he" | "she"),
    }
}

fn make(tokens: &Tokens, range: Range<usize>, paragraph: usize) -> Sentence {
    Sentence {
        span: tokens.start(range.start)..tokens.end(range.end - 1),
        tokens: range,
        paragraph,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first tokenizer, char by char: `tokenize` must agree with it.
    /// Splits text into words and single punctuation marks. A word keeps inner
    /// apostrophes, hyphens and dots ("Zelensky's", "four-year-long", "U.S.").
    fn tokenize_reference(text: &str) -> Vec<Token> {
        let mut tokens = Vec::with_capacity(text.len() / 5);
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() || c.is_control() {
                continue;
            }
            if c == '\'' && crate::ingest::quotes::double_apostrophe_at(text.as_bytes(), start) {
                chars.next();
                tokens.push(Token::new(start, start + 2, TokenKind::Punct));
                continue;
            }
            if !is_word_char(c) {
                tokens.push(Token::new(start, start + c.len_utf8(), TokenKind::Punct));
                continue;
            }
            let mut end = start + c.len_utf8();
            let mut dotted = false;
            while let Some(&(at, next)) = chars.peek() {
                if is_word_char(next) {
                    end = at + next.len_utf8();
                    chars.next();
                    continue;
                }
                let joins = matches!(next, '\'' | '’' | '-' | '.' | '&');
                let after = text
                    .get(at + next.len_utf8()..)
                    .and_then(|s| s.chars().next());
                if joins && after.is_some_and(is_word_char) {
                    dotted |= next == '.';
                    end = at + next.len_utf8();
                    chars.next();
                    continue;
                }
                break;
            }
            // The dot of "U.S." or "Mr." belongs to the word.
            if let Some(&(at, '.')) = chars.peek() {
                let word = &text[start..end];
                let single_capital = word.len() == 1 && word.chars().all(|c| c.is_uppercase());
                if dotted && !web_address(word) || single_capital || ABBREVIATIONS.contains(&word) {
                    end = at + 1;
                    chars.next();
                }
            }
            tokens.push(Token::new(start, end, TokenKind::Word));
        }
        tokens
    }

    #[test]
    fn tokenize_agrees_with_the_char_by_char_reference() {
        let mut texts = vec![
            include_str!("../../assets/summit.txt").to_owned(),
            include_str!("../../assets/aftermath.txt").to_owned(),
        ];
        for t in [
            "",
            "\0\0",
            "a",
            ".",
            "U.S.",
            "U.S",
            "Mr. X",
            "A. B.",
            "Éé“”‘’ said 'é' on Friday",
            "rock-'n'-roll",
            "''Yes,'' he said. ''''No,''' 'x'''y ''",
            "AT&T's",
            "x-",
            "-x",
            "x.",
            "x..y",
            "co-op.",
            "\u{1b}[31m",
            "é.é",
            "Zelensky’s four-year-long war. Mr. Smith said.\n\"Yes,\" he said.",
        ] {
            texts.push(t.to_owned());
        }
        // The reference knows no flags: tokens are compared by their place and kind.
        fn parts(tokens: impl Iterator<Item = Token>) -> Vec<(usize, usize, TokenKind)> {
            tokens.map(|t| (t.start, t.end(), t.kind())).collect()
        }
        for text in &texts {
            assert_eq!(
                parts(tokenize(text).iter()),
                parts(tokenize_reference(text).into_iter()),
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_are_flagged_for_the_passes_that_look_at_them() {
        let text =
            "He said, \"Sept. talks\" and Summit on FRIDAY, according to the four-year-long 2018 \
            Denial made 3 p.m. table, she shot back";
        let flagged = |word: &str, flag: u8| {
            tokenize(text)
                .iter()
                .find(|t| t.text(text) == word)
                .is_some_and(|t| t.is(flag))
        };
        for word in ["said", "according", "made", "Denial", "talks", "shot"] {
            assert!(flagged(word, flags::MAY_BE_CUE), "{word}");
        }
        for word in ["Sept.", "FRIDAY", "four-year-long", "2018", "3"] {
            assert!(flagged(word, flags::MAY_START_TIME), "{word}");
        }
        for word in ["talks", "Summit"] {
            assert!(flagged(word, flags::MAY_BE_OCCASION), "{word}");
        }
        for word in ["He", "table"] {
            assert!(!flagged(word, flags::MAY_START_TIME), "{word}");
            assert!(!flagged(word, flags::MAY_BE_OCCASION), "{word}");
        }
        for token in tokenize(text).iter() {
            let end = matches!(token.text(text), "." | "!" | "?");
            assert_eq!(token.is(flags::SENTENCE_END), end, "{:?}", token.text(text));
        }
        let quoted = "“Yes,” he said, \"no\" ‘maybe’ '' «non» \"";
        let tokens = tokenize(quoted);
        for token in tokens.iter() {
            let mark = matches!(token.text(quoted), "\"" | "“" | "”" | "''");
            assert_eq!(
                token.is(flags::QUOTE_MARK),
                mark,
                "{:?}",
                token.text(quoted)
            );
        }
        assert!(!tokens.is(tokens.len(), flags::QUOTE_MARK));
        for mark in tokenize(text)
            .iter()
            .filter(|t| t.kind() == TokenKind::Punct)
        {
            let all = flags::MAY_BE_CUE | flags::MAY_START_TIME | flags::MAY_BE_OCCASION;
            assert!(!mark.is(all), "{:?}", mark.text(text));
        }
    }

    #[test]
    fn a_word_starting_with_a_capital_is_flagged() {
        let text = "Ana said \"Élan\" and élan, 9 Ästhetik (Ruiz) ÉCOLE ß Ω x.";
        let tokens = tokenize(text);
        for token in tokens.iter() {
            let word = token.text(text);
            let capital = token.kind() == TokenKind::Word
                && word.chars().next().is_some_and(char::is_uppercase);
            assert_eq!(token.is(flags::CAPITAL), capital, "{word:?}");
        }
        let capitals: Vec<&str> = (tokens.iter())
            .filter(|t| t.is(flags::CAPITAL))
            .map(|t| t.text(text))
            .collect();
        assert_eq!(capitals, ["Ana", "Élan", "Ästhetik", "Ruiz", "ÉCOLE", "Ω"]);
    }

    #[test]
    fn time_starts_are_told_as_times_tells_them() {
        let time_starts = TimeStarts::build();
        let mut words: Vec<String> = Vec::new();
        for start in times::TIME_STARTS.iter().chain(times::HYPHEN_STARTS) {
            for end in 1..=start.len() {
                let part = &start[..end];
                words.extend([part.to_owned(), part.to_uppercase(), format!("{part}s")]);
            }
            let mut capital = start.to_string();
            capital[..1].make_ascii_uppercase();
            words.extend([
                capital,
                format!("{start}’s"),
                format!("{start}é"),
                format!("x{start}"),
            ]);
        }
        words.extend(
            [
                "a", "A", "the", "an", "as", "U.S", "O'Neil", "nöw", "todays",
            ]
            .map(String::from),
        );
        for word in &words {
            let expected = times::may_start_time(word.as_bytes());
            // Read with text after it, and at the text's very end.
            for text in [format!("{word} and more"), word.clone()] {
                let found = time_starts.may_start(text.as_bytes(), 0, word.len());
                assert_eq!(found, expected, "{word:?} in {text:?}");
            }
        }
    }

    #[test]
    fn abbreviations_are_told_as_the_list_tells_them() {
        let mut words: Vec<String> = Vec::new();
        for abbreviation in ABBREVIATIONS {
            for end in 1..=abbreviation.len() {
                words.push(abbreviation[..end].to_owned());
            }
            words.push(abbreviation.to_lowercase());
            words.push(abbreviation.to_uppercase());
            words.push(format!("{abbreviation}s"));
        }
        words.extend(["", "U", "é", "Mé", "Jan’", "Señ", "Mr-"].map(String::from));
        for word in &words {
            assert_eq!(
                is_abbreviation(word),
                ABBREVIATIONS.contains(&word.as_str()),
                "{word}"
            );
        }
    }

    #[test]
    fn no_general_punctuation_is_a_word_char() {
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in [
            'a', 'Z', '7', 'é', 'ß', 'Ж', '中', '٣', '\u{2070}', '\u{2071}',
        ] {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_alphanumeric_run_is_found_eight_bytes_at_a_time() {
        let mut text: Vec<u8> = (0u8..=255).collect();
        text.extend_from_slice(b"Zelensky's four-year-long war09azAZ@[`{/:\x7f");
        text.extend_from_slice("é Éabcdefghijklmnop".as_bytes());
        text.extend_from_slice(include_str!("../../assets/summit.txt").as_bytes());
        for start in 0..text.len() {
            let rest = &text[start..];
            let expected = rest
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(rest.len());
            assert_eq!(ascii_alnum_run(rest), expected, "{start}");
        }
    }

    #[test]
    fn a_token_keeps_its_place_and_flags() {
        let mut tokens = Tokens::default();
        let places = [
            (0, 0),
            (3, 9),
            (0, MAX_TEXT_LEN),
            // Lengths either side of the longest kept in the token itself.
            (10, 264),
            (10, 265),
            (10, 266),
            (MAX_TEXT_LEN, MAX_TEXT_LEN),
        ];
        for (start, end) in places {
            tokens.push(start, end, PUNCT | flags::SENTENCE_END);
            tokens.push(start, end, flags::MAY_BE_CUE);
        }
        tokens.mark(1..2, flags::IN_TIME);
        for (k, (start, end)) in places.into_iter().enumerate() {
            let (mark, word) = (tokens.at(2 * k), tokens.at(2 * k + 1));
            assert_eq!(
                (mark.start, mark.end(), mark.kind()),
                (start, end, TokenKind::Punct)
            );
            assert_eq!(
                (word.start, word.end(), word.kind()),
                (start, end, TokenKind::Word)
            );
            assert!(mark.is(flags::SENTENCE_END) && !mark.is(flags::MAY_BE_CUE));
            assert!(word.is(flags::MAY_BE_CUE) && !word.is(flags::SENTENCE_END));
            assert_eq!(word.is(flags::IN_TIME), k == 0);
            assert_eq!(tokens.get(2 * k), Some(mark));
        }
        assert_eq!(tokens.get(tokens.len()), None);
        assert_eq!(tokens.text(tokens.len(), "text"), "");
        assert_eq!(std::mem::size_of::<Place>(), 5);
    }

    #[test]
    fn a_text_too_long_for_u32_offsets_is_refused() {
        assert_eq!(check_text_len(0), Ok(()));
        assert_eq!(check_text_len(u32::MAX as usize), Ok(()));
        if let Some(len) = (u32::MAX as usize).checked_add(1) {
            let refused = check_text_len(len).unwrap_err();
            assert_eq!(refused, TextTooLong { len });
            assert!(
                refused.to_string().contains("4294967296 bytes"),
                "{refused}"
            );
        }
    }

    #[test]
    fn flagged_tokens_are_found_as_a_walk_over_every_token_finds_them() {
        let mut tokens = Tokens::default();
        // Runs with no flag longer and shorter than eight, and flags in every position.
        for i in 0..300 {
            let flags = match i % 37 {
                0 | 5 | 6 => flags::SENTENCE_END,
                20 => flags::MAY_BE_CUE | flags::SENTENCE_END,
                30 => flags::MAY_BE_CUE,
                _ => 0,
            };
            tokens.push(i * 2, i * 2 + 1, flags);
        }
        for flag in [flags::SENTENCE_END, flags::MAY_BE_CUE, flags::QUOTE_MARK] {
            for (from, end) in [(0, 300), (1, 299), (5, 7), (6, 6), (21, 200), (290, 400)] {
                let walked: Vec<usize> = (from..end.min(300))
                    .filter(|&i| tokens.is(i, flag))
                    .collect();
                let found: Vec<usize> = tokens.flagged_in(from..end, flag).collect();
                assert_eq!(found, walked, "{flag} in {from}..{end}");
            }
        }
        assert_eq!(tokens.next_flagged(400, 500, flags::MAY_BE_CUE), None);
    }

    #[test]
    fn the_token_index_agrees_with_a_binary_search() {
        let text = format!(
            "{}\n{}",
            include_str!("../../assets/summit.txt"),
            "x ".repeat(100)
        );
        let tokens = tokenize(&text);
        let index = TokenIndex::new(&tokens, text.len());
        let (same, built) = tokenize_indexed(&text).unwrap();
        assert_eq!(same, tokens);
        assert_eq!(built.0.before_block, index.0.before_block);
        for at in 0..text.len() + 300 {
            assert_eq!(
                index.first_from(&tokens, at),
                tokens.places.partition_point(|&p| (p.start as usize) < at),
                "{at}"
            );
        }
        let words = "word ".repeat(40);
        for text in ["", " ", "a", "\"a b\" c", words.as_str()] {
            let (tokens, built) = tokenize_indexed(text).unwrap();
            assert_eq!(
                built.0.before_block,
                TokenIndex::new(&tokens, text.len()).0.before_block,
                "{text:?}"
            );
        }
        let empty = TokenIndex::new(&Tokens::default(), 0);
        assert_eq!(empty.first_from(&Tokens::default(), 5), 0);
        let paras = paragraphs(&text, &tokens);
        let found = sentences(&text, &tokens, &paras, |_| false);
        let short = SentenceIndex::new(&found, 100);
        let index = SentenceIndex::new(&found, text.len());
        for at in 0..text.len() + 300 {
            let expected = found.partition_point(|s| s.span.end <= at);
            assert_eq!(index.around(&found, at), expected, "{at}");
            assert_eq!(short.around(&found, at), expected, "{at}");
        }
    }

    #[test]
    fn words_keep_abbreviations_and_apostrophes() {
        let text = "U.S. envoy Zelensky's four-year-long war. Mr. Smith said.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "U.S.",
                "envoy",
                "Zelensky's",
                "four-year-long",
                "war",
                ".",
                "Mr.",
                "Smith",
                "said",
                "."
            ]
        );
    }

    #[test]
    fn a_title_after_a_hyphen_keeps_its_dot_and_the_sentence_goes_on() {
        let text =
            "He met then-Sen. Barack Obama and ex-Gov. Bush. The well-known. Then-Sen. Ruiz.";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            [
                "He",
                "met",
                "then-Sen.",
                "Barack",
                "Obama",
                "and",
                "ex-Gov.",
                "Bush",
                ".",
                "The",
                "well-known",
                ".",
                "Then-Sen.",
                "Ruiz",
                "."
            ]
        );
        let paras = paragraphs(text, &tokens);
        let found = sentences(text, &tokens, &paras, |_| false);
        let got: Vec<&str> = found.iter().map(|s| &text[s.span.clone()]).collect();
        assert_eq!(
            got,
            [
                "He met then-Sen. Barack Obama and ex-Gov. Bush.",
                "The well-known.",
                "Then-Sen. Ruiz."
            ]
        );
    }

    #[test]
    fn a_web_address_leaves_the_dot_after_it_to_the_sentence() {
        let text = "She edits Mic.com. He left the U.S. Senate.";
        let words: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["She", "edits", "Mic.com", ".", "He", "left", "the", "U.S.", "Senate", "."]
        );
    }

    #[test]
    fn splits_sentences_but_not_inside_quotes() {
        let text = "He said, \"One. Two.\" Then he left. Dr. No came.\n";
        let tokens = tokenize(text);
        let paras = paragraphs(text, &tokens);
        let quote = text.find('"').unwrap()..text.rfind('"').unwrap();
        let found = sentences(text, &tokens, &paras, |o| quote.contains(&o));
        let got: Vec<&str> = found.iter().map(|s| &text[s.span.clone()]).collect();
        assert_eq!(
            got,
            ["He said, \"One. Two.\"", "Then he left.", "Dr. No came."]
        );
        // Nor after a title of several.
        assert_eq!(
            split("He spared his rivals, Govs. Al Berg and Carl Holt. Sens. Ruiz and Lee left.\n"),
            [
                "He spared his rivals, Govs. Al Berg and Carl Holt.",
                "Sens. Ruiz and Lee left."
            ]
        );
    }

    /// The sentences of a text with no quotation.
    fn split(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let paras = paragraphs(text, &tokens);
        let found = sentences(text, &tokens, &paras, |_| false);
        found.iter().map(|s| &text[s.span.clone()]).collect()
    }

    #[test]
    fn a_sentence_ends_only_before_what_may_start_one() {
        // A capital, a digit, a quotation mark or a bracket may start a sentence; a
        // lower-case word may not, nor a word past ASCII in lower case.
        let text = "It fell. prices rose. 9 of 10 agreed.) Éva left. élan stayed. \"Yes.\" ok. (Aside.) Done.\n";
        assert_eq!(
            split(text),
            [
                "It fell. prices rose.",
                "9 of 10 agreed.)",
                "Éva left. élan stayed.",
                "\"Yes.\" ok.",
                "(Aside.)",
                "Done."
            ]
        );
    }

    #[test]
    fn navigation_and_headings_are_noise() {
        let text = "Also Read: Putin hails India\nTrump Hints at Breakthrough\nHe said it was fine and that all of them would come back.\n";
        let tokens = tokenize(text);
        let noise: Vec<bool> = paragraphs(text, &tokens).iter().map(|p| p.noise).collect();
        assert_eq!(noise, [true, true, false]);
    }

    #[test]
    fn a_line_starting_like_noise_starts_with_one_of_the_first_bytes() {
        let mut lines: Vec<String> = NOISE_STARTS
            .iter()
            .flat_map(|s| [s.to_string(), s.to_uppercase(), format!("{s} more")])
            .collect();
        lines.extend(
            include_str!("../../assets/summit.txt")
                .lines()
                .map(str::to_owned),
        );
        // Lines that open in another script or with a curly quotation mark.
        lines.extend(NOISE_STARTS.iter().map(|s| format!("“{s}")));
        lines.extend(["“Also read”", "ÄLSO READ", "\u{212a}elvin"].map(str::to_owned));
        for line in &lines {
            let Some(&first) = line.as_bytes().first() else {
                continue;
            };
            if NOISE_STARTS.iter().any(|s| starts_like(line, s)) {
                assert!(
                    NOISE_FIRST_BYTES[usize::from(first.to_ascii_lowercase())],
                    "{line}"
                );
            }
            assert_eq!(
                starts_like_noise(line),
                NOISE_STARTS.iter().any(|s| starts_like(line, s)),
                "{line}"
            );
        }
    }
}
