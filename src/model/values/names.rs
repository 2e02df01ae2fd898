//! Names of people and places: runs of capitalised words ("Joint Base
//! Elmendorf-Richardson", "Volodymyr Zelensky"), a place when a preposition of place
//! comes before it ("in Anchorage", "at Joint Base ..."). Titles, days, months and words
//! that only start a sentence are not names. Spelling variants of one name agree.

use super::dates::is_day_or_month;
use super::{Found, Tokens};
use crate::model::words::is_stopword;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Person,
    Place,
}

/// A name as written, its kind, and its words folded (titles left out).
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    pub kind: NameKind,
    pub words: Vec<String>,
}

impl Name {
    /// Whether two names can name the same one: a word of one (three letters or more)
    /// is a word of the other, or a spelling of it ("Zelensky", "Zelenskyy").
    pub fn agrees(&self, other: &Name) -> bool {
        self.words.iter().any(|a| {
            other
                .words
                .iter()
                .any(|b| a.chars().count() >= 3 && b.chars().count() >= 3 && same_name_word(a, b))
        })
    }
}

/// Two words of names spelt alike: the same, or within an edit or two of each other
/// with the same first letters (transliterations: Zelensky, Zelenskyy, Zelenskiy).
fn same_name_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let prefix = short.chars().take(4).eq(long.chars().take(4));
    prefix && short.chars().count() >= 5 && strsim::levenshtein(a, b) <= 2
}

/// Words before a name that make it a place.
const PLACE_BEFORE: &[&str] = &[
    "in", "at", "near", "from", "outside", "across", "inside", "to", "into", "toward", "towards",
];

/// Capitalised words that are not names by themselves: titles and offices, days and
/// months, and words of address.
const NOT_NAMES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "chancellor",
    "secretary",
    "senator",
    "sen",
    "representative",
    "rep",
    "governor",
    "gov",
    "mayor",
    "general",
    "gen",
    "envoy",
    "special",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "former",
    "vice",
    "foreign",
    "defence",
    "defense",
    "state",
    "commission",
    "chief",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "lord",
    "lady",
    "king",
    "queen",
    "pope",
    "judge",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u",
    "s",
    "i",
    "us",
    "uk",
    "eu",
    "un",
    "today",
    "yesterday",
    "tomorrow",
    "western",
    "eastern",
    "northern",
    "southern",
    "breaking",
    "update",
    "exclusive",
    "live",
    "opinion",
    "analysis",
    "news",
];

/// Every name of a text, in order. Words inside quotation marks are left to the
/// quotation recogniser.
pub fn names(tokens: &Tokens, quoted: &[std::ops::Range<usize>]) -> Vec<Found<Name>> {
    let mut found = Vec::new();
    let inside_quote = |i: usize| {
        let at = tokens.spans[i].start;
        quoted.iter().any(|q| q.contains(&at))
    };
    let mut i = 0;
    while i < tokens.len() {
        if !capitalised(tokens.raw(i)) || inside_quote(i) {
            i += 1;
            continue;
        }
        // A run: capitalised words joined by a space or a hyphen only.
        let mut last = i;
        while last + 1 < tokens.len()
            && capitalised(tokens.raw(last + 1))
            && matches!(tokens.gap_before(last + 1), " " | "-")
            && !inside_quote(last + 1)
        {
            last += 1;
        }
        let words: Vec<String> = (i..=last)
            .map(|k| tokens.folded(k).to_owned())
            .filter(|w| !NOT_NAMES.contains(&w.as_str()) && !is_day_or_month(w) && !is_stopword(w))
            .collect();
        // A capital after a sentence's end (or the text's start) is no sign of a name
        // when the word is an ordinary one; one capitalised word there is left out.
        let starts_sentence = i == 0 || {
            let gap = tokens.gap_before(i).trim();
            gap.ends_with(['.', '!', '?', ':', '"', '“', '‘'])
        };
        let alone_at_start = starts_sentence && i == last;
        if !words.is_empty() && !alone_at_start {
            let before = i.checked_sub(1).map(|b| tokens.folded(b));
            let kind = if before.is_some_and(|w| PLACE_BEFORE.contains(&w)) {
                NameKind::Place
            } else {
                NameKind::Person
            };
            found.push(Found {
                range: tokens.range(i, last),
                value: Name { kind, words },
            });
        }
        i = last + 1;
    }
    found
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, NameKind)> {
        let tokens = Tokens::new(text);
        names(&tokens, &[])
            .into_iter()
            .map(|f| (&text[f.range], f.value.kind))
            .collect()
    }

    #[test]
    fn runs_of_capitals_with_places_after_a_preposition() {
        assert_eq!(
            found("Mayor Ana Lima met Chen Wei at Joint Base Elmendorf-Richardson in Anchorage."),
            [
                ("Mayor Ana Lima", NameKind::Person),
                ("Chen Wei", NameKind::Person),
                ("Joint Base Elmendorf-Richardson", NameKind::Place),
                ("Anchorage", NameKind::Place),
            ]
        );
    }

    #[test]
    fn sentence_starts_days_and_titles_alone_are_not_names() {
        assert!(found("Officials met on Friday. The President spoke.").is_empty());
        assert!(found("Lima spoke.").is_empty());
        assert_eq!(found("Ana Lima spoke.")[0].0, "Ana Lima");
    }

    #[test]
    fn spelling_variants_and_surnames_agree() {
        let name = |words: &[&str]| Name {
            kind: NameKind::Person,
            words: words.iter().map(|w| w.to_string()).collect(),
        };
        assert!(name(&["volodymyr", "zelensky"]).agrees(&name(&["zelenskyy"])));
        assert!(name(&["donald", "trump"]).agrees(&name(&["trump"])));
        assert!(!name(&["marco", "rubio"]).agrees(&name(&["steve", "witkoff"])));
        assert!(!name(&["lynch"]).agrees(&name(&["lunch"])));
    }
}
