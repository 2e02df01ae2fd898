//! The people a stretch of text names, for finding whom "he" or "she" means.

use std::borrow::Cow;

use crate::model::names::is_honorific;

/// Titles that lead a name, besides the honorifics ("Mr.", "Mrs."): "Sen. Jane Doe".
fn is_title(word: &str) -> bool {
    const TITLES: [&str; 8] = [
        "sen.",
        "rep.",
        "gov.",
        "president",
        "senator",
        "governor",
        "secretary",
        "judge",
    ];
    // Compared in place: this is asked of every word before a pronoun.
    TITLES.iter().any(|t| t.eq_ignore_ascii_case(word))
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word without the marks around it and a possessive: "Obama's," is "Obama".
fn bare(word: &str) -> &str {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let word = super::mention::without_possessive(word);
    word.trim_end_matches([',', ';', ':'])
}

/// The words of `stretch`, as `split_whitespace` gives them, read a byte at a time:
/// only the bytes that start one of the few spaces past ASCII (U+0085, U+00A0,
/// U+1680, U+2000 to U+205F, U+3000) are decoded, as this is asked of every stretch
/// before a pronoun.
fn words(stretch: &str) -> Vec<&str> {
    let bytes = stretch.as_bytes();
    // Room for words of four bytes and a space, so that it seldom grows.
    let mut words = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut start = None;
    let mut i = 0;
    while i < bytes.len() {
        let (space, len) = match bytes[i] {
            b'\t'..=b'\r' | b' ' => (true, 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => stretch[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
            _ => (false, 1),
        };
        match (space, start) {
            (true, Some(from)) => {
                words.push(&stretch[from..i]);
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
        i += len;
    }
    if let Some(from) = start {
        words.push(&stretch[from..]);
    }
    words
}

/// The names in `stretch`, outside quotations, in order: a title with the capitalised
/// words after it ("Mr. Obama", "Sen. Jane Doe"), and every other capitalised word
/// alone (a surname, if it is one; the caller keeps only those it has met).
pub(super) fn people_named(stretch: &str) -> Vec<Cow<'_, str>> {
    let mut names = Vec::new();
    let mut quoted = false;
    let words = words(stretch);
    let mut k = 0;
    while k < words.len() {
        let raw = words[k];
        // Each mark compared in place: a list of marks would decode the word's ends.
        let opens = raw.starts_with('"') || raw.starts_with('“');
        if opens {
            quoted = true;
        }
        if quoted {
            let closes = |w: &str| w.ends_with('"') || w.ends_with('”');
            if closes(raw) || closes(raw.trim_end_matches(['.', ','])) {
                quoted = false;
            }
            k += 1;
            continue;
        }
        // Most words are lower case and open no title ("the", "with"): passed over
        // without being read further, as this is asked of every word before a pronoun.
        let first = match raw.as_bytes().first() {
            Some(b) if b.is_ascii_alphanumeric() => Some(char::from(*b)),
            _ => raw.chars().find(|c| c.is_alphanumeric()),
        };
        if first.is_some_and(|c| c.is_ascii_lowercase() && !"mdslrgpj".contains(c)) {
            k += 1;
            continue;
        }
        let word = bare(raw);
        if is_honorific(word) || is_title(word) {
            let mut end = k + 1;
            while end < words.len() && end <= k + 3 && capitalised(bare(words[end])) {
                end += 1;
                if words[end - 1].ends_with([',', '.', ';', ':']) && !words[end - 1].ends_with("r.")
                {
                    break;
                }
            }
            if end > k + 1 {
                let name: Vec<&str> = std::iter::once(word)
                    .chain(words[k + 1..end].iter().map(|w| bare(w)))
                    .collect();
                names.push(Cow::Owned(name.join(" ")));
                k = end;
                continue;
            }
        } else if capitalised(word) && word.chars().all(char::is_alphabetic) {
            names.push(Cow::Borrowed(word));
        }
        k += 1;
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_split_as_the_standard_library_splits_them() {
        for stretch in [
            "",
            " ",
            "one",
            "  two  words ",
            "a\tb\nc\u{b}d\u{c}e\rf",
            "no\u{a0}break, em\u{2003}space, ideographic\u{3000}space\u{85}next",
            "déjà vu “quoted” — naïve\u{1680}ogham\u{205f}end\u{2028}",
            "\u{1c}\u{1f}\u{7f} kept\u{200b}zero-width",
        ] {
            assert_eq!(
                words(stretch),
                stretch.split_whitespace().collect::<Vec<_>>(),
                "{stretch:?}"
            );
        }
    }

    #[test]
    fn titled_names_and_capitalised_words_outside_quotations() {
        assert_eq!(
            people_named(
                "The morning Mr. Obama spoke, Sen. Jane Doe left. \"Trump won,\" she said"
            ),
            ["The", "Mr. Obama", "Sen. Jane Doe"]
        );
        assert_eq!(
            people_named("Lopez's plan drew fire from Ruiz, who left."),
            ["Lopez", "Ruiz"]
        );
        assert_eq!(people_named("Ruiz left."), ["Ruiz"]);
    }
}
