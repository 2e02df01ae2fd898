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

/// The names in `stretch`, outside quotations, in order: a title with the capitalised
/// words after it ("Mr. Obama", "Sen. Jane Doe"), and every other capitalised word
/// alone (a surname, if it is one; the caller keeps only those it has met).
pub(super) fn people_named(stretch: &str) -> Vec<Cow<'_, str>> {
    let mut names = Vec::new();
    let mut quoted = false;
    let words: Vec<&str> = stretch.split_whitespace().collect();
    let mut k = 0;
    while k < words.len() {
        let raw = words[k];
        let opens = raw.starts_with(['"', '“']);
        let closes =
            raw.ends_with(['"', '”']) || raw.trim_end_matches(['.', ',']).ends_with(['"', '”']);
        if opens {
            quoted = true;
        }
        if quoted {
            if closes {
                quoted = false;
            }
            k += 1;
            continue;
        }
        // Most words are lower case and open no title ("the", "with"): passed over
        // without being read further, as this is asked of every word before a pronoun.
        let first = raw.chars().find(|c| c.is_alphanumeric());
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
