//! A person a report quotes only by surname ("Clarke said") is often named in full in
//! a sentence that quotes nobody ("a man named Tom Clarke"). The speakers list then
//! shows the full name, as a reader would write it, when the report gives one and only
//! one first name for that surname.

use super::mention::{NOT_NAMES_SET, TITLES_SET};
use crate::ingest::cues::{FnvMap, FnvSet};
use crate::model::names::is_honorific;

/// What the report says of each surname asked for: the one full name it gives ("Tom
/// Clarke", "Tom A. Clarke"), or `None` when it gives two different ones. One pass over
/// the text's words, whatever the number of surnames.
pub(super) fn full_names(text: &str, surnames: &FnvSet<&str>) -> FnvMap<String, Option<String>> {
    let mut found: FnvMap<String, Option<String>> = FnvMap::default();
    if surnames.is_empty() {
        return found;
    }
    // The two words before the current one, as written (marks and all), and the one
    // before those, to tell whether the first name opens a sentence.
    let (mut before, mut before_that, mut third) = ("", "", "");
    // First names that open a sentence ("Unlike Patriot"), to check against the text's
    // lower-case words once it is read.
    let mut opening: Vec<(String, String)> = Vec::new();
    let opens = |word: &str| word.is_empty() || word.ends_with(['.', '!', '?', '"', '”']);
    for raw in text.split_whitespace() {
        let word = bare(raw);
        // Not an acronym ("AROS") or a word in brackets after a name ("Schools (AROS)").
        let acronym = word.chars().filter(|c| c.is_uppercase()).count() > 1
            && !word.chars().any(char::is_lowercase);
        if surnames.contains(word) && !acronym && !raw.starts_with(['(', '[']) {
            let full = if is_initial(before) && first_name(before_that) {
                if opens(third) {
                    opening.push((before_that.to_lowercase(), word.to_owned()));
                }
                Some(format!("{before_that} {before} {word}"))
            } else if first_name(before) {
                if opens(before_that) {
                    opening.push((before.to_lowercase(), word.to_owned()));
                }
                Some(format!("{before} {word}"))
            } else {
                None
            };
            if let Some(full) = full {
                match found.get(word) {
                    None => {
                        found.insert(word.to_owned(), Some(full));
                    }
                    Some(Some(known)) if *known != full && !same_person(known, &full) => {
                        found.insert(word.to_owned(), None);
                    }
                    _ => {}
                }
            }
        }
        third = before_that;
        before_that = before;
        before = raw;
    }
    if opening.is_empty() {
        return found;
    }
    // A word that opens a sentence and is written in lower case elsewhere is a word,
    // not a name: "Unlike Patriot", "Hold Melania".
    let asked: FnvSet<&str> = opening.iter().map(|(first, _)| first.as_str()).collect();
    let mut common: FnvSet<&str> = FnvSet::default();
    for raw in text.split_whitespace() {
        let word = bare(raw);
        if asked.contains(word) {
            common.insert(word);
        }
    }
    for (first, surname) in &opening {
        if common.contains(first.as_str()) {
            let named = found.get(surname).cloned().flatten();
            if named.is_some_and(|n| n.to_lowercase().starts_with(first.as_str())) {
                found.insert(surname.clone(), None);
            }
        }
    }
    found
}

/// "Tom Clarke" and "Tom A. Clarke" are one person.
fn same_person(a: &str, b: &str) -> bool {
    let ends = |s: &str| {
        let words: Vec<&str> = s.split(' ').collect();
        (words[0].to_owned(), words[words.len() - 1].to_owned())
    };
    ends(a) == ends(b)
}

/// A word without the marks after it and a possessive: "Clarke's," is "Clarke".
fn bare(word: &str) -> &str {
    let word = word.trim_start_matches(['"', '“', '‘', '\'', '(']);
    let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.trim_end_matches("'s").trim_end_matches("’s")
}

/// "A." in "Tom A. Clarke".
fn is_initial(word: &str) -> bool {
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
    "says",
    "said",
    "told",
    "asked",
    "while",
    "why",
    "how",
    "what",
    "who",
    "whom",
    "whose",
    "which",
];

/// Whether a word as written could be a first name: capitalised, letters (a hyphen
/// or apostrophe inside), nothing after it, not a title, honorific or word that is
/// never a name ("The", "Monday").
fn first_name(word: &str) -> bool {
    let mut chars = word.chars();
    let capital = chars.next().is_some_and(char::is_uppercase);
    let rest_lower = word
        .chars()
        .skip(1)
        .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’');
    let lower = word.to_lowercase();
    capital
        && rest_lower
        && word.chars().count() >= 2
        && !is_honorific(word)
        && !PARTICLES.contains(&word)
        && !OPENERS.contains(&lower.as_str())
        && !TITLES_SET.contains(&lower)
        && !NOT_NAMES_SET.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(text: &str, surname: &str) -> Option<String> {
        let surnames: FnvSet<&str> = [surname].into_iter().collect();
        full_names(text, &surnames).remove(surname).flatten()
    }

    #[test]
    fn a_surname_takes_the_one_full_name_the_text_gives() {
        let text = "The mine went to a man named Tom Clarke. \"It was a bargain,\" Clarke said.";
        assert_eq!(full(text, "Clarke").as_deref(), Some("Tom Clarke"));
        assert_eq!(
            full("Tom A. Clarke, 61, agreed. Clarke's firm grew.", "Clarke").as_deref(),
            Some("Tom A. Clarke")
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
    }

    #[test]
    fn particles_acronyms_and_brackets_give_none() {
        assert_eq!(full("De Blasio said so.", "Blasio"), None);
        assert_eq!(full("The Alliance for Schools (AROS) met.", "AROS"), None);
    }

    #[test]
    fn titles_and_two_first_names_give_none() {
        assert_eq!(full("Sen. Warren spoke. Mr. Warren left.", "Warren"), None);
        assert_eq!(full("On Monday Warren spoke.", "Warren"), None);
        assert_eq!(
            full("Bill Clinton spoke. Then Hillary Clinton spoke.", "Clinton"),
            None
        );
        assert_eq!(
            full("Tom Clarke spoke. Tom A. Clarke left.", "Clarke").as_deref(),
            Some("Tom Clarke")
        );
    }
}
