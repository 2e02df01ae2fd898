//! A person a report quotes only by surname ("Clarke said") is often named in full in
//! a sentence that quotes nobody ("a man named Tom Clarke"). The speakers list then
//! shows the full name, as a reader would write it, when the report gives one and only
//! one first name for that surname, or gives another only after the surname alone has
//! stood for the first.

use smallvec::SmallVec;

use super::mention::{in_a_body_name, is_first_name, not_a_name, TITLES_SET};
use crate::ingest::cues::{concat_lists, FnvMap, FnvSet, WordSet, OPEN_BEFORE_SPEAKER};
use crate::model::names::{
    fold_compact, gender_of_first_name, gender_of_word, is_honorific, is_junior, Gender,
};

/// A full name a report gives a surname, and the sex the word before it the first time
/// tells, where it is a title or a role ("the first lady, Michelle Obama", "Mrs. Ana
/// Ruiz"), not a pronoun that may stand for someone else ("his wife").
#[derive(Debug, Clone, PartialEq)]
pub(super) struct FullName {
    pub name: String,
    pub sex_beside: Option<Gender>,
}

/// What the report says of each surname asked for: the one full name it gives ("Tom
/// Clarke", "Tom A. Clarke"), or `None` when it gives two different ones, unless the
/// surname alone stood for the first, twice or more, before the second was named ("Sen.
/// Ted Cruz ... Cruz said ... Mr. Cruz wrote ... his wife, Heidi Cruz" is Ted Cruz), as
/// a report names a second person of a surname by first name from then on. One pass over
/// the text's bytes that stops only at capitalised words, whatever the number of
/// surnames; the words before a surname are read back from it.
pub(super) fn full_names(text: &str, surnames: &FnvSet<&str>) -> FnvMap<String, Option<FullName>> {
    let mut found: FnvMap<String, Option<FullName>> = FnvMap::default();
    if surnames.is_empty() {
        return found;
    }
    // Surnames whose first full name has a first name the lists know, not one of a
    // couple ("Khizr and Ghazala Khan"), with the sex it tells: the surname alone may
    // stand for that person.
    let mut sure_first: FnvMap<&str, Gender> = FnvMap::default();
    // How often each is written alone after that full name, before any other.
    let mut alone_after_full: FnvMap<&str, u32> = FnvMap::default();
    // First names that open a sentence ("Unlike Patriot"), to check against the text's
    // lower-case words once it is read.
    let mut opening: Vec<(String, String)> = Vec::new();
    let opens = |word: &str| word.is_empty() || word.ends_with(['.', '!', '?', '"', '”']);
    let bytes = text.as_bytes();
    let wanted = Prefilter::new(surnames.iter().copied());
    let mut capitals = Capitals::new(bytes, &wanted);
    let mut i = 0;
    while i < bytes.len() {
        i = capitals.next(i);
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let starts = b.is_ascii_uppercase() && (i == 0 || !in_word(bytes[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        // The leading run of letters and hyphens is inside the word: its end is looked
        // for after it, each byte read once.
        let run = Prefilter::run(&bytes[i..]);
        if !wanted.may_hold(b, run) {
            // No other word starts inside that run.
            i += run;
            continue;
        }
        let mut end = i + run;
        while end < bytes.len() && in_word(bytes[end]) && !nbsp_at(bytes, end) {
            end += 1;
        }
        let at = i;
        i = end;
        let word = bare(&text[at..end]);
        // Not an acronym ("AROS") or a word in brackets after a name ("Schools (AROS)").
        // The lower-case letter, which nearly every word has, is looked for first.
        let acronym = !word.bytes().any(|b| b.is_ascii_lowercase())
            && word.bytes().filter(u8::is_ascii_uppercase).count() > 1;
        let bracketed = at > 0 && matches!(bytes[at - 1], b'(' | b'[');
        // A surname given two first names stays as it is, however often it comes back.
        if acronym || bracketed || !surnames.contains(word) || found.get(word) == Some(&None) {
            continue;
        }
        let (from, before) = word_before(text, at);
        // "Donald Trump Jr." is a son named after his father, a speaker apart from the
        // one his surname alone stands for: not that one's full name. A name given in
        // full with an initial ("Joseph R. Biden Jr.", as some papers write every name)
        // is.
        let after = text[end..].trim_start_matches(',');
        if after.split_whitespace().next().is_some_and(is_junior) && !is_initial(before) {
            continue;
        }
        // Most surnames come after no first name nor initial ("said Clarke", "Mr.
        // Clarke"): the words before that are read only after one.
        let initial = is_initial(before);
        let named = first_name(before);
        if !initial && !named {
            if let Some(&sex) = sure_first.get(word) {
                match alone(text, at, end, before) {
                    Some(told) if told.is_none_or(|told| told == sex) => {
                        *alone_after_full.entry(word).or_default() += 1;
                    }
                    // "Rosalynn Carter died. Carter said his wife ...": another's.
                    Some(Some(_)) => {
                        sure_first.remove(word);
                        alone_after_full.remove(word);
                    }
                    _ => {}
                }
            }
            continue;
        }
        let (from_that, before_that) = word_before(text, from);
        // The full name's first name, and its initial or middle name if it has one: a
        // middle name after a first name the lists know ("Hillary Rodham Clinton").
        let full = if (initial || named && is_first_name(before_that)) && first_name(before_that) {
            let (_, opener) = word_before(text, from_that);
            if opens(opener) {
                opening.push((before_that.to_lowercase(), word.to_owned()));
            }
            Some((before_that, Some(before), opener))
        } else if named {
            if opens(before_that) {
                opening.push((before.to_lowercase(), word.to_owned()));
            }
            Some((before, None, before_that))
        } else {
            None
        };
        if let Some((first, initial, opener)) = full {
            match found.get(word) {
                None => {
                    // Spelt out rather than formatted: the formatting machinery costs
                    // more than the copies.
                    let mut full = String::with_capacity(
                        first.len() + initial.map_or(0, |i| i.len() + 1) + 1 + word.len(),
                    );
                    full.push_str(first);
                    if let Some(initial) = initial {
                        full.push(' ');
                        full.push_str(initial);
                    }
                    full.push(' ');
                    full.push_str(word);
                    let sex_beside = gender_of_word(opener.trim_end_matches(','));
                    let sex = gender_of_first_name(&fold_compact(first));
                    if let Some(sex) = sex.filter(|_| !matches!(opener, "and" | "&")) {
                        sure_first.insert(word, sex);
                    }
                    found.insert(
                        word.to_owned(),
                        Some(FullName {
                            name: full,
                            sex_beside,
                        }),
                    );
                }
                // Compared in place, as a surname comes back again and again: "Tom
                // Clarke" and "Tom A. Clarke" are one person, "Ann Clarke" another.
                Some(Some(known))
                    if !same_person(&known.name, first, word)
                        && alone_after_full.get(word).is_none_or(|&n| n < 2) =>
                {
                    found.insert(word.to_owned(), None);
                }
                _ => {}
            }
        }
    }
    // A word that opens a sentence and is written in lower case elsewhere is a word,
    // not a name: "Unlike Patriot", "Hold Melania".
    // The words looked for, in one pass over the text's lower-case words however many
    // there are.
    let asked: FnvSet<&str> = opening.iter().map(|(first, _)| first.as_str()).collect();
    let common = if asked.len() <= ASKED_AT_MOST {
        lower_case_words(text, &asked)
    } else {
        FnvSet::default()
    };
    for (first, surname) in &opening {
        let named = found.get(surname).cloned().flatten();
        if common.contains(first.as_str())
            && named.is_some_and(|n| n.name.to_lowercase().starts_with(first.as_str()))
        {
            found.insert(surname.clone(), None);
        }
    }
    found
}

/// Whether the surname at `at..end` of `text`, after the word `before`, is written
/// alone as a person ("Cruz said he ..."), with the sex a family of theirs after it
/// tells ("Carter said his wife ..."), or the honorific before it ("Mr. Cruz"). Not
/// after a title, which may be another's of the surname ("President Obama", "Sen.
/// Cruz"); nor an owner ("Cruz's campaign"), a family or a place ("the Khan family",
/// "Bundy Ranch").
fn alone(text: &str, at: usize, end: usize, before: &str) -> Option<Option<Gender>> {
    const FAMILY_WITHIN: usize = 6;
    let after = &text[end..];
    // "Mr. Cruz" is a man of the surname, as "he" would tell.
    if is_honorific(before) {
        return gender_of_word(before).map(Some);
    }
    let titled = TITLES_SET.contains_lowered(before.as_bytes())
        || before.starts_with(char::is_uppercase)
            && !before.ends_with(['.', '!', '?', '"', '”', ',', ';', ':']);
    let owner = text[at..end].ends_with("'s") || text[at..end].ends_with("’s");
    let of_a_thing = matches!(before, "the" | "The" | "a" | "A" | "an" | "An")
        || after.trim_start().starts_with(char::is_uppercase);
    if titled || owner || of_a_thing {
        return None;
    }
    // "Carter said his wife ...": whose family it is tells the sex, where a pronoun
    // alone may be anyone's ("Clinton said he was unfit").
    let words: SmallVec<[&str; FAMILY_WITHIN]> =
        after.split_whitespace().take(FAMILY_WITHIN).collect();
    // The owner is asked first, as few words are "his" or "her"; nothing is copied.
    const FAMILY: [&str; 14] = [
        "wife",
        "husband",
        "son",
        "daughter",
        "brother",
        "sister",
        "mother",
        "father",
        "sons",
        "daughters",
        "grandmother",
        "grandfather",
        "children",
        "family",
    ];
    let told = words.windows(2).find_map(|pair| {
        let sex = if pair[0].eq_ignore_ascii_case("his") {
            Gender::Male
        } else if pair[0].eq_ignore_ascii_case("her") {
            Gender::Female
        } else {
            return None;
        };
        let kin = trim_end_marks(pair[1]);
        FAMILY
            .iter()
            .any(|f| f.eq_ignore_ascii_case(kin))
            .then_some(sex)
    });
    Some(told)
}

/// The words looked for, by first byte and the length of their leading run of ASCII
/// letters and hyphens: one test turns away nearly every word of the text before it is
/// trimmed or hashed.
struct Prefilter([u64; 256]);

impl Prefilter {
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> Self {
        let mut masks = [0u64; 256];
        for word in words {
            if let Some(&first) = word.as_bytes().first() {
                masks[usize::from(first)] |= 1 << Self::run(word.as_bytes());
            }
        }
        Prefilter(masks)
    }

    /// The length of the leading run of ASCII letters and hyphens, at most 63.
    fn run(bytes: &[u8]) -> usize {
        let mut n = 0;
        while n < bytes.len().min(63) && (bytes[n].is_ascii_alphabetic() || bytes[n] == b'-') {
            n += 1;
        }
        n
    }

    /// Whether a word starting with byte `first`, its leading run of letters and hyphens
    /// `run` bytes long (as `Prefilter::run` counts), may be one looked for.
    fn may_hold(&self, first: u8, run: usize) -> bool {
        self.0[usize::from(first)] & (1 << run) != 0
    }
}

/// The ASCII capitals that may start a word looked for, in order: found by `memchr3`, a
/// vector search, three letters at a time, as a text holds a few surnames and most of
/// its bytes start none. The next of each three is kept until the reading passes it.
/// Where many letters start one (a long text names many people), each search is soon
/// passed and made again: the bytes are then walked, each letter looked up.
struct Capitals<'t> {
    bytes: &'t [u8],
    /// Three letters (the last repeated to fill) and the first of them at or after
    /// where the reading was last; the first `groups` are used. Arrays, not vectors:
    /// this is made for every report.
    group: [([u8; 3], usize); 9],
    groups: usize,
    /// The letters, by byte, when they are walked to rather than searched for.
    walked: Option<[bool; 128]>,
}

/// More groups of three than this are walked to (`Capitals`).
const SEARCHED_GROUPS: usize = 3;

impl<'t> Capitals<'t> {
    fn new(bytes: &'t [u8], wanted: &Prefilter) -> Self {
        let mut letters = [0u8; 26];
        let mut n = 0;
        for b in b'A'..=b'Z' {
            if wanted.0[usize::from(b)] != 0 {
                letters[n] = b;
                n += 1;
            }
        }
        if n > 3 * SEARCHED_GROUPS {
            let mut walked = [false; 128];
            for &b in &letters[..n] {
                walked[usize::from(b)] = true;
            }
            return Capitals {
                bytes,
                group: [([0; 3], 0); 9],
                groups: 0,
                walked: Some(walked),
            };
        }
        let mut capitals = Capitals {
            bytes,
            group: [([0; 3], 0); 9],
            groups: n.div_ceil(3),
            walked: None,
        };
        for (three, (letters, next)) in letters[..n].chunks(3).zip(&mut capitals.group) {
            let at = |k: usize| three[k.min(three.len() - 1)];
            *letters = [at(0), at(1), at(2)];
            *next =
                memchr::memchr3(letters[0], letters[1], letters[2], bytes).unwrap_or(bytes.len());
        }
        capitals
    }

    /// The first capital at or after `from` (at most the length), or the length.
    fn next(&mut self, from: usize) -> usize {
        if let Some(walked) = &self.walked {
            let rest = self.bytes.get(from..).unwrap_or_default();
            let found = rest
                .iter()
                .position(|&b| walked.get(usize::from(b)) == Some(&true));
            return found.map_or(self.bytes.len(), |k| from + k);
        }
        let mut first = self.bytes.len();
        for (letters, next) in &mut self.group[..self.groups] {
            if *next < from {
                *next = memchr::memchr3(letters[0], letters[1], letters[2], &self.bytes[from..])
                    .map_or(self.bytes.len(), |k| from + k);
            }
            first = first.min(*next);
        }
        first
    }
}

/// Whether a byte may be inside a word: a letter or digit, an apostrophe, a hyphen, a
/// dot (initials: "J."), or part of a character that is not ASCII.
fn in_word(b: u8) -> bool {
    IN_WORD[usize::from(b)]
}

/// `in_word` of each byte, looked up rather than worked out: it is asked of every
/// byte of the words a surname may be.
static IN_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        table[b] =
            byte.is_ascii_alphanumeric() || matches!(byte, b'\'' | b'-' | b'.') || !byte.is_ascii();
        b += 1;
    }
    table
};

/// Whether a no-break space (U+00A0, as some pages put between words) starts at `at`.
fn nbsp_at(bytes: &[u8], at: usize) -> bool {
    bytes[at] == 0xC2 && bytes.get(at + 1) == Some(&0xA0)
}

/// The word before byte `at` as written (marks and all), with where it starts; empty
/// at the start of the text.
fn word_before(text: &str, at: usize) -> (usize, &str) {
    let mut end = at;
    while let Some((len, true)) = char_before(text, end) {
        end -= len;
    }
    let mut start = end;
    while let Some((len, false)) = char_before(text, start) {
        start -= len;
    }
    (start, &text[start..end])
}

/// The length of the character ending at byte `end` (a character boundary) and whether
/// it is a space, as `char::is_whitespace` tells; `None` at the start. An ASCII byte is
/// told without decoding, as this is asked of every byte of the words before a surname
/// (inlined into its loops, where a call would cost as much as the test).
#[inline(always)]
fn char_before(text: &str, end: usize) -> Option<(usize, bool)> {
    let b = *text.as_bytes().get(end.checked_sub(1)?)?;
    if b.is_ascii() {
        return Some((1, matches!(b, b'\t'..=b'\r' | b' ')));
    }
    wide_char_before(text, end)
}

/// `char_before` for a character past ASCII.
fn wide_char_before(text: &str, end: usize) -> Option<(usize, bool)> {
    let c = text[..end].chars().next_back()?;
    Some((c.len_utf8(), c.is_whitespace()))
}

/// Whether the first full name `text` gives `surname` (as written) has a first name
/// other than `first` (folded): "Sen. Bernie Sanders" before "Jane Sanders". The first
/// name is the word before the surname that `is_first_name` knows; an empty text gives
/// none.
pub(super) fn first_named_otherwise(text: &str, first: &str, surname: &str) -> bool {
    if surname.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(surname) {
        let at = from + found;
        from = at + surname.len();
        let whole = text[from..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        let before = &text[..at];
        if !whole || !before.ends_with(' ') {
            continue;
        }
        let word = before
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if is_first_name(word) {
            return fold_compact(word) != first;
        }
    }
    false
}

/// The fuller name a report gives a body that it also names by one word, the last of
/// that name ("the Post" of "The Washington Post", "the Committee" of "the House
/// Ethics Committee"): the capitalised words just before that word on its line, when
/// the report gives one and only one such name; `None` when it gives none or several.
/// Not where a capitalised word follows, as the word is then not the name's last
/// ("Post Office", "South China Sea").
pub(super) fn body_full_name<'t>(text: &'t str, word: &str) -> Option<&'t str> {
    let mut found: Option<&str> = None;
    for at in memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()) {
        let end = at + word.len();
        let inside = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        let next_word = text[end..].strip_prefix(' ').unwrap_or_default();
        if inside(text[..at].chars().next_back())
            || inside(text[end..].chars().next())
            || next_word.starts_with(char::is_uppercase)
        {
            continue;
        }
        let mut start = at;
        loop {
            let (from, before) = word_before(text, start);
            // One space between the words: a line or a mark ends the name.
            let spaced = text[from + before.len()..start] == *" ";
            if !spaced
                || !before
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '&')
                || !in_a_body_name(before)
            {
                break;
            }
            start = from;
        }
        if start == at {
            continue;
        }
        let full = &text[start..end];
        match found {
            None => found = Some(full),
            Some(known) if known == full => {}
            Some(_) => return None,
        }
    }
    found
}

/// The sex the text tells of whoever bears `surname`: wherever it is written as a
/// word, the word before it may be a title or a first name that tells one ("Mrs.
/// Clinton", "Donald Trump"). `None` if no place tells one, or if the text gives the
/// surname two first names (Donald and Ivanka Trump; Chris and Marie Murphy, though
/// only one of them tells a sex) or two sexes.
pub(super) fn sex_by_name(text: &str, surname: &str) -> Option<Gender> {
    let bytes = text.as_bytes();
    if surname.is_empty() {
        return None;
    }
    let mut sex = None;
    let mut first_met: Option<&str> = None;
    for at in memchr::memmem::find_iter(bytes, surname.as_bytes()) {
        let end = at + surname.len();
        let whole = (at == 0 || !in_word(bytes[at - 1]))
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        if !whole {
            continue;
        }
        let (_, before) = word_before(text, at);
        let told = match gender_of_word(before) {
            Some(told) => Some(told),
            None if first_name(before) => {
                if first_met.is_some_and(|first| first != before) {
                    return None;
                }
                first_met = Some(before);
                gender_of_first_name(&fold_compact(before))
            }
            None => None,
        };
        match (sex, told) {
            (Some(was), Some(is)) if was != is => return None,
            (None, told) => sex = told,
            _ => {}
        }
    }
    sex
}

/// How many words opening sentences before a surname are looked for in lower case:
/// each is a search of the whole text (a fast one), so a text naming very many is
/// spared it and keeps the names.
const ASKED_AT_MOST: usize = 32;

/// Those of `asked` (lower case) that stand in `text` as words in lower case.
pub(super) fn lower_case_words<'a>(text: &str, asked: &FnvSet<&'a str>) -> FnvSet<&'a str> {
    let bytes = text.as_bytes();
    asked
        .iter()
        .copied()
        .filter(|word| {
            memchr::memmem::find_iter(bytes, word.as_bytes()).any(|at| {
                let end = at + word.len();
                (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                    && (end == bytes.len() || !bytes[end].is_ascii_alphanumeric())
            })
        })
        .collect()
}

/// Whether a full name found, "Tom Clarke" or "Tom A. Clarke", is the person of first
/// name `first` and surname `surname`.
fn same_person(known: &str, first: &str, surname: &str) -> bool {
    known.split(' ').next() == Some(first) && known.rsplit(' ').next() == Some(surname)
}

/// A word starting with a capital, without the marks after it and a possessive:
/// "Clarke's," is "Clarke".
fn bare(word: &str) -> &str {
    let word = super::mention::without_possessive(trim_end_marks(word));
    trim_end_marks(word)
}

/// `word` without what is not a letter or digit at its end. ASCII marks are told by
/// their bytes, as nearly every word ends in one or in a letter.
fn trim_end_marks(word: &str) -> &str {
    let mut end = word.len();
    while end > 0 {
        let b = word.as_bytes()[end - 1];
        if b.is_ascii_alphanumeric() {
            break;
        }
        if !b.is_ascii() {
            return word[..end].trim_end_matches(|c: char| !c.is_alphanumeric());
        }
        end -= 1;
    }
    &word[..end]
}

/// "A." in "Tom A. Clarke".
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Particles that open a surname ("De Blasio"), not first names.
const PARTICLES: &[&str] = &[
    "De", "Di", "Da", "Del", "Della", "Van", "Von", "Le", "La", "Du", "Dos", "Das",
];

/// Words that open sentences before a name and are never first names themselves
/// ("Unlike Patriot, ...", "Meet Tom Clarke").
const OPENERS: &[&str] = &[
    "unlike",
    "like",
    "despite",
    "after",
    "before",
    "during",
    "since",
    "although",
    "though",
    "while",
    "when",
    "where",
    "if",
    "unless",
    "until",
    "because",
    "as",
    "among",
    "amid",
    "under",
    "over",
    "without",
    "with",
    "within",
    "following",
    "according",
    "including",
    "even",
    "only",
    "also",
    "still",
    "yet",
    "then",
    "now",
    "here",
    "there",
    "meanwhile",
    "however",
    "hold",
    "let",
    "ask",
    "tell",
    "meet",
    "watch",
    "thank",
    "dear",
    "former",
    "retired",
    "late",
    "told",
    "while",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "whose",
    "which",
];

/// `OPENERS` and the verbs that open a sentence before their speaker ("Continued
/// Ruiz: ..."), as one list.
static ALL_OPENERS: [&str; OPENERS.len() + OPEN_BEFORE_SPEAKER.len()] =
    concat_lists(OPENERS, OPEN_BEFORE_SPEAKER);

static OPENERS_SET: WordSet = WordSet::new(&ALL_OPENERS);

/// Whether a word as written could be a first name: capitalised, letters (a hyphen
/// or apostrophe inside), nothing after it, not a title, honorific or word that is
/// never a name ("The", "Monday").
fn first_name(word: &str) -> bool {
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = chars.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’');
    // Compared in place, in any ASCII case: this runs at every mention of a surname.
    let bytes = word.as_bytes();
    capital
        && rest_lower
        && word.len() >= 2
        && !is_honorific(word)
        && !PARTICLES.contains(&word)
        && !OPENERS_SET.contains_lowered(bytes)
        && !TITLES_SET.contains_lowered(bytes)
        && !not_a_name(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(text: &str, surname: &str) -> Option<String> {
        let surnames: FnvSet<&str> = [surname].into_iter().collect();
        full_names(text, &surnames)
            .remove(surname)
            .flatten()
            .map(|f| f.name)
    }

    #[test]
    fn a_body_named_by_its_last_word_has_the_fuller_name_the_text_gives() {
        let text = "The Washington Post reported it first. The Post said so again, \
                    and the Post's editors agreed.";
        assert_eq!(body_full_name(text, "Post"), Some("Washington Post"));
        // A name's first word that opens places is kept: "New York Times".
        assert_eq!(
            body_full_name("Ask the New York Times. The Times said", "Times"),
            Some("New York Times")
        );
        // Names of two bodies ending in the word: which one is not known.
        let two = "The Washington Post and the New York Post said";
        assert_eq!(body_full_name(two, "Post"), None);
        // The word is not the name's last ("Post Office"), nor a word of its own
        // ("Posted"), nor a name across a line or after a possessive.
        for text in [
            "The Post said. The Post Office closed.",
            "Ruiz Posted it. The Post said",
            "the Washington\nPost said",
            "Trump's Post said",
            "The Post said",
        ] {
            assert_eq!(body_full_name(text, "Post"), None, "{text}");
        }
    }

    #[test]
    fn the_capitals_words_looked_for_may_start_are_found_in_order() {
        let text = "plain words, then Ruiz; déjà vu and Ögmundur, at last Z. Then Rome, Ann";
        let bytes = text.as_bytes();
        let found = |words: &[&str]| {
            let wanted = Prefilter::new(words.iter().copied());
            let mut capitals = Capitals::new(bytes, &wanted);
            let mut found = Vec::new();
            let mut i = 0;
            loop {
                i = capitals.next(i);
                if i >= bytes.len() {
                    break;
                }
                found.push(i);
                i += 1;
            }
            found
        };
        let every: Vec<String> = ('A'..='Z').map(String::from).collect();
        let every: Vec<&str> = every.iter().map(String::as_str).collect();
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&k| bytes[k].is_ascii_uppercase())
            .collect();
        assert_eq!(found(&every), expected);
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&k| matches!(bytes[k], b'R' | b'Z'))
            .collect();
        assert_eq!(found(&["Ruiz", "Zed", "Ögmundur"]), expected);
        assert!(found(&[]).is_empty());
        let wanted = Prefilter::new(["Ann"].into_iter());
        assert_eq!(Capitals::new(b"", &wanted).next(0), 0);
        assert_eq!(Capitals::new(b"abc", &wanted).next(3), 3);
        // Either side of where the letters are walked to rather than searched for.
        let names = b"Ann, Bo, Cy, Di, Ed, Fa, Gus, Hal, Ivo, Jo, Kim and Lu";
        for n in [3 * SEARCHED_GROUPS, 3 * SEARCHED_GROUPS + 1] {
            let wanted = Prefilter::new(every[..n].iter().copied());
            let mut capitals = Capitals::new(names, &wanted);
            assert_eq!(capitals.walked.is_some(), n > 3 * SEARCHED_GROUPS);
            let mut found = String::new();
            let mut i = 0;
            while let Some(&b) = names.get(capitals.next(i)) {
                found.push(char::from(b));
                i = capitals.next(i) + 1;
            }
            assert_eq!(found, every[..n].concat());
            assert_eq!(capitals.next(names.len()), names.len());
        }
    }

    #[test]
    fn the_word_before_is_found_as_the_standard_library_reads_spaces() {
        fn reference(text: &str, at: usize) -> (usize, &str) {
            let head = text[..at].trim_end();
            let start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace())
                .map_or(0, |(k, c)| k + c.len_utf8());
            (start, &head[start..])
        }
        let text = "Tom\u{a0}Clarke, \u{3000}Ann\u{2003} Ruiz\u{b}Lee\t\u{85}Zoë  Éric \u{1c}Ed";
        for at in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
            assert_eq!(word_before(text, at), reference(text, at), "{at}");
        }
    }

    #[test]
    fn a_surname_takes_the_one_full_name_the_text_gives() {
        let text = "The mine went to a man named Tom Clarke. \"It was a bargain,\" Clarke said.";
        assert_eq!(full(text, "Clarke").as_deref(), Some("Tom Clarke"));
        assert_eq!(
            full("Tom A. Clarke, 61, agreed. Clarke's firm grew.", "Clarke").as_deref(),
            Some("Tom A. Clarke")
        );
        // A son named after his father is not the full name of the surname alone.
        assert_eq!(
            full(
                "Casey spoke first. Then Sen. Bob Casey Jr. said so.",
                "Casey"
            ),
            None
        );
        assert_eq!(
            full(
                "Donald J. Trump won. His son Donald Trump Jr., spoke.",
                "Trump"
            )
            .as_deref(),
            Some("Donald J. Trump")
        );
        assert_eq!(
            full("Joseph R. Biden Jr. spoke. Mr. Biden left.", "Biden").as_deref(),
            Some("Joseph R. Biden")
        );
        // A middle name after a first name the lists know.
        assert_eq!(
            full("Hillary Rodham Clinton spoke. Clinton left.", "Clinton").as_deref(),
            Some("Hillary Rodham Clinton")
        );
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_no_first_name() {
        assert_eq!(
            full(
                "It sold mines. Unlike Patriot, it was unlike others.",
                "Patriot"
            ),
            None
        );
        assert_eq!(
            full(
                "It closed. Tom Clarke bought it; tom is no word here.",
                "Clarke"
            )
            .as_deref(),
            None
        );
        assert_eq!(
            full("It closed. Tom Clarke bought it.", "Clarke").as_deref(),
            Some("Tom Clarke")
        );
        // A verb opening a sentence before its speaker: "Continued Ruiz: ...".
        for text in ["Continued Ruiz: \"No.\"", "Stated Ruiz: \"No.\""] {
            assert_eq!(full(text, "Ruiz"), None, "{text}");
        }
    }

    #[test]
    fn particles_acronyms_and_brackets_give_none() {
        assert_eq!(full("De Blasio said so.", "Blasio"), None);
        assert_eq!(full("The Alliance for Schools (AROS) met.", "AROS"), None);
    }

    #[test]
    fn a_surname_is_of_the_sex_its_first_name_or_title_tells() {
        let text = "Donald Trump spoke. Later Trump left, and Mr. Trump's plane took off.";
        assert_eq!(sex_by_name(text, "Trump"), Some(Gender::Male));
        assert_eq!(
            sex_by_name("Mrs. Clinton spoke. Clinton left.", "Clinton"),
            Some(Gender::Female)
        );
        // Two first names: two people, whatever sex either tells.
        assert_eq!(
            sex_by_name("Donald Trump and Ivanka Trump spoke.", "Trump"),
            None
        );
        assert_eq!(
            sex_by_name("Chris Murphy met Marie Murphy.", "Murphy"),
            None
        );
        // Nothing told, or the surname only inside another word.
        assert_eq!(
            sex_by_name("Trump spoke. The anti-Trump crowd left.", "Trump"),
            None
        );
        assert_eq!(
            sex_by_name("Sen. Ruiz spoke. Marie Ruizova left.", "Ruiz"),
            None
        );
    }

    #[test]
    fn titles_and_two_first_names_give_none() {
        assert_eq!(full("Sen. Warren spoke. Mr. Warren left.", "Warren"), None);
        assert_eq!(full("On Monday Warren spoke.", "Warren"), None);
        assert_eq!(
            full("Bill Clinton spoke. Then Hillary Clinton spoke.", "Clinton"),
            None
        );
        // Alone only after "Mrs." or "Mr.", the surname may be either's.
        assert_eq!(
            full(
                "Bill Clinton spoke. Mrs. Clinton nodded. Then Hillary Clinton spoke.",
                "Clinton"
            ),
            None
        );
        assert_eq!(
            full("Tom Clarke spoke. Tom A. Clarke left.", "Clarke").as_deref(),
            Some("Tom Clarke")
        );
    }

    #[test]
    fn a_surname_alone_before_a_second_full_name_is_the_first() {
        let text = "Sen. Ted Cruz (R-Tex) endorsed Trump. Cruz said he had to. \
                    \"I will vote for him,\" Cruz wrote. Trump attacked his wife, Heidi \
                    Cruz, and his father, Rafael Cruz. \"It was personal,\" Cruz said.";
        assert_eq!(full(text, "Cruz").as_deref(), Some("Ted Cruz"));
        let text = "Ted Cruz spoke. Mr. Cruz said so. Mr. Cruz added so. His wife, Heidi \
                    Cruz, agreed.";
        assert_eq!(full(text, "Cruz").as_deref(), Some("Ted Cruz"));
        // Once alone is not enough.
        let text = "Sen. Ted Cruz endorsed Trump. Cruz said he had to. His wife, Heidi \
                    Cruz, agreed.";
        assert_eq!(full(text, "Cruz"), None);
        let text = "Sen. Ted Cruz spoke. His wife, Heidi Cruz, did not. Cruz said so.";
        assert_eq!(full(text, "Cruz"), None);
        // Not a couple's, a family's or a place's surname, nor words a headline
        // capitalises.
        for (text, surname) in [
            (
                "Khizr and Ghazala Khan spoke. Khan said so. Mr. Khizr Khan left.",
                "Khan",
            ),
            (
                "Ammon and Ryan Bundy led. Bundy said so. Ammon Bundy left.",
                "Bundy",
            ),
            (
                "Ann Bundy spoke. The Bundy Ranch is large. Ammon Bundy left.",
                "Bundy",
            ),
            (
                "Ann Bundy spoke. The Bundy family left. Ammon Bundy left.",
                "Bundy",
            ),
            (
                "Grassley Compares Trump To Sotomayor. Trump said so. Donald Trump left.",
                "Trump",
            ),
            // A title or an owner is no surname alone; a pronoun of the other sex tells
            // another.
            (
                "Heidi Cruz spoke. Sen. Cruz said so. Sen. Cruz agreed. Ted Cruz left.",
                "Cruz",
            ),
            (
                "Heidi Cruz spoke. Cruz's aides said so. Cruz's team agreed. Ted Cruz left.",
                "Cruz",
            ),
            (
                "Jill Biden spoke. Biden said his wife won. Biden added so. Joe Biden left.",
                "Biden",
            ),
            (
                "Jill Biden spoke. Mr. Biden said so. Mr. Biden added so. Joe Biden left.",
                "Biden",
            ),
        ] {
            assert_eq!(full(text, surname), None, "{text}");
        }
    }
}
