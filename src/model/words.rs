//! Words as compare and quote linking read them: found in a text with their byte
//! ranges, folded (case, curly apostrophes, possessives, dotted abbreviations), and
//! reduced to terms (stems, number words as digits, a few news synonyms as one) for
//! weighing what two claims share.

use std::ops::Range;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// A word of a text: letters and digits, with the apostrophes and dots inside it
/// ("don't", "Russia's", "U.S."); hyphens and other marks separate words.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    // The character at a byte offset, an ASCII one read off its byte: the texts are
    // mostly ASCII, and every statement of a corpus is read this way when it is loaded.
    let char_at = |at: usize| match text.as_bytes().get(at) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => text[at..].chars().next(),
        None => None,
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = loop {
            let c = char_at(at)?;
            if c.is_alphanumeric() {
                break at;
            }
            at += c.len_utf8();
        };
        let mut end = start;
        while let Some(c) = char_at(at) {
            let next = at + c.len_utf8();
            if c.is_alphanumeric() {
                (at, end) = (next, next);
                continue;
            }
            // An apostrophe or a dot joins only when a letter or digit follows; a comma
            // only between digits ("1,500").
            let after = char_at(next);
            let joins = match c {
                '\'' | '’' | '.' => after.is_some_and(char::is_alphanumeric),
                ',' => {
                    text[..at].ends_with(|b: char| b.is_ascii_digit())
                        && after.is_some_and(|a| a.is_ascii_digit())
                }
                _ => false,
            };
            if !joins {
                break;
            }
            at = next;
        }
        Some(start..end)
    })
}

/// Whether a word ends in a possessive: "'s" ("Friday's", "year’s"), or an apostrophe
/// after an "s" ("Sanders’", "voters'"), as a word split at spaces keeps it.
#[inline]
pub fn possessive(word: &[u8]) -> bool {
    word.ends_with(b"'s")
        || word.ends_with("’s".as_bytes())
        || word.ends_with(b"s'")
        || word.ends_with("s’".as_bytes())
}

/// A word in the form two reports are compared in: lower case, straight apostrophes,
/// no possessive `'s`, no dots but a decimal point ("U.S." and "US" are one word).
pub fn fold(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    fold_into(word, &mut folded);
    folded
}

/// [`fold`] into a buffer, which is cleared first: no allocation for a word that fits.
pub fn fold_into(word: &str, folded: &mut String) {
    folded.clear();
    let numeric = word.starts_with(|c: char| c.is_ascii_digit());
    if word.is_ascii() {
        folded.extend(
            word.bytes()
                .filter(|&b| b != b'.' || numeric)
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
    } else {
        folded.extend(
            word.chars()
                .filter(|&c| c != '.' || numeric)
                .map(|c| if c == '’' { '\'' } else { c })
                .flat_map(char::to_lowercase),
        );
    }
    if folded.ends_with("'s") {
        folded.truncate(folded.len() - 2);
    } else if folded.ends_with('\'') {
        folded.pop();
    }
}

/// The folded words of a text, in order.
pub fn folded_words(text: &str) -> Vec<String> {
    words(text).map(|r| fold(&text[r])).collect()
}

/// Words too common to tell two claims apart.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "said",
    "says",
    "say",
    "told",
    "mr",
    "mrs",
    "ms",
    "don't",
    "didn't",
    "it's",
    "i'm",
    "we're",
    "they're",
    "that's",
    "there's",
    "he's",
    "she's",
    "won't",
    "can't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "doesn't",
    "haven't",
    "hasn't",
    "hadn't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "i've",
    "we've",
    "you're",
    "let",
    "may",
    "might",
    "must",
    "shall",
    "one's",
    "yet",
    "ever",
    "even",
    "still",
];

pub fn is_stopword(folded: &str) -> bool {
    static SORTED: OnceLock<Vec<&str>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut list = STOPWORDS.to_vec();
        list.sort_unstable();
        list
    });
    sorted.binary_search(&folded).is_ok()
}

/// The number words below twenty, each at the index of its value; ingest's times read
/// counts with them too.
pub const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// Number words as the number they name; "a dozen" is 12.
pub fn number_word(folded: &str) -> Option<u64> {
    const TENS: &[(&str, u64)] = &[
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
        ("hundred", 100),
        ("thousand", 1_000),
        ("dozen", 12),
    ];
    if let Some(n) = SMALL_NUMBERS.iter().position(|w| *w == folded) {
        return Some(n as u64);
    }
    TENS.iter().find(|(w, _)| *w == folded).map(|&(_, n)| n)
}

/// Words that news uses for one thing, reduced to one term (after stemming), so that
/// "talks" and "negotiations" or "summit" and "meeting" count as shared.
const SYNONYMS: &[(&str, &str)] = &[
    ("summit", "meet"),
    ("meet", "meet"),
    ("talk", "negoti"),
    ("negoti", "negoti"),
    ("discuss", "negoti"),
    ("state", "say"),
    ("assert", "say"),
    ("declar", "say"),
    ("claim", "say"),
    ("warn", "say"),
    ("ceasefir", "truce"),
    ("truce", "truce"),
    ("presid", "presid"),
    ("kill", "kill"),
    ("dead", "kill"),
    ("die", "kill"),
    ("invad", "invas"),
    ("invas", "invas"),
    ("walk", "step"),
    ("step", "step"),
    ("arriv", "arriv"),
    ("land", "arriv"),
    ("elect", "elect"),
    ("vote", "vote"),
    ("ballot", "vote"),
];

fn stemmer() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

/// The term a folded word counts as when claims are weighed: `None` for a stopword;
/// a number word as its digits; otherwise the word's stem, or its synonym group's.
pub fn term(folded: &str) -> Option<String> {
    // Stemming is the dear part, and a text repeats its words: each is worked out once
    // a thread.
    thread_local! {
        static KNOWN: std::cell::RefCell<foldhash::HashMap<String, Option<String>>> =
            std::cell::RefCell::default();
    }
    if let Some(known) = KNOWN.with(|k| k.borrow().get(folded).cloned()) {
        return known;
    }
    let found = work_out_term(folded);
    KNOWN.with(|k| {
        let mut known = k.borrow_mut();
        // A bound on what one thread keeps: a corpus's vocabulary, not every number.
        if known.len() < 200_000 {
            known.insert(folded.to_owned(), found.clone());
        }
    });
    found
}

fn work_out_term(folded: &str) -> Option<String> {
    if folded.is_empty() || is_stopword(folded) {
        return None;
    }
    if let Some(n) = number_word(folded) {
        return Some(n.to_string());
    }
    if folded.chars().all(|c| c.is_ascii_digit() || c == ',') {
        return Some(folded.replace(',', ""));
    }
    let stem = stemmer().stem(folded);
    let stem = SYNONYMS
        .iter()
        .find(|(word, _)| *word == stem)
        .map_or(stem.as_ref(), |(_, group)| group);
    Some(stem.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        words(text).map(|r| &text[r]).collect()
    }

    /// `words` as a walk over the text's characters, one at a time.
    fn words_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, first)) = chars.find(|(_, c)| c.is_alphanumeric()) {
            let mut end = start + first.len_utf8();
            while let Some(&(at, c)) = chars.peek() {
                let after = text[at + c.len_utf8()..].chars().next();
                let joins = match c {
                    c if c.is_alphanumeric() => {
                        end = at + c.len_utf8();
                        true
                    }
                    '\'' | '’' | '.' => after.is_some_and(char::is_alphanumeric),
                    ',' => {
                        text[..at].ends_with(|b: char| b.is_ascii_digit())
                            && after.is_some_and(|a| a.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                chars.next();
            }
            found.push(start..end);
        }
        found
    }

    #[test]
    fn words_read_by_bytes_are_the_words_read_by_characters() {
        // Every text of up to five characters of these, which hold each case `words`
        // tells apart: letters and digits in and past ASCII, the marks that join, a
        // space, a hyphen and a combining mark.
        let alphabet = [
            'a', '7', '\'', '’', '.', ',', ' ', '-', 'é', '中', '\u{301}', '٣',
        ];
        let (mut texts, mut longest) = (vec![String::new()], vec![String::new()]);
        for _ in 0..5 {
            longest = (longest.iter())
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longest.iter().cloned());
        }
        for text in &texts {
            assert_eq!(
                words(text).collect::<Vec<_>>(),
                words_by_chars(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_keep_inner_apostrophes_and_dots_and_split_at_hyphens() {
        assert_eq!(
            split("Russia’s U.S. four-year-long war, don't 'quote' 1,500 2.5, 3."),
            [
                "Russia’s",
                "U.S",
                "four",
                "year",
                "long",
                "war",
                "don't",
                "quote",
                "1,500",
                "2.5",
                "3"
            ]
        );
        assert_eq!(split("Élysée 2022."), ["Élysée", "2022"]);
        assert!(split(" .,- ").is_empty());
    }

    #[test]
    fn folding_drops_case_possessives_and_dots() {
        assert_eq!(fold("Russia’s"), "russia");
        assert_eq!(fold("U.S"), "us");
        assert_eq!(fold("Don’t"), "don't");
        assert_eq!(fold("leaders'"), "leaders");
    }

    #[test]
    fn stopwords_are_found_wherever_they_are_listed() {
        for word in STOPWORDS {
            assert!(is_stopword(word), "{word}");
        }
        assert!(!is_stopword("summit"));
    }

    #[test]
    fn terms_are_stems_with_number_words_as_digits_and_synonyms_as_one() {
        assert_eq!(term("three").as_deref(), Some("3"));
        assert_eq!(term("1,000").as_deref(), Some("1000"));
        assert_eq!(term("the"), None);
        assert_eq!(term("negotiations"), term("talks"));
        assert_eq!(term("summit"), term("meeting"));
        assert_eq!(term("invasion"), term("invaded"));
        assert_eq!(term("hours"), term("hour"));
    }
}
