//! The people a stretch of text names, for finding whom "he" or "she" means.

use std::borrow::Cow;

use crate::model::names::{fold_compact, gender_of_first_name, is_honorific};

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
    let kept = |b: u8| b.is_ascii_alphanumeric() || b == b'.';
    // Most words end in a letter either side: nothing to trim, told by their bytes.
    let word = match word.as_bytes() {
        [first, .., last] if kept(*first) && kept(*last) => word,
        _ => word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'),
    };
    let word = super::mention::without_possessive(word);
    word.trim_end_matches([',', ';', ':'])
}

/// The surname of the one a statement's cue `verb` names as spoken of or to, in the
/// words `after` it: "says of Clinton", "talked about Mr. Ruiz", "told Ana Ruiz".
/// Whoever a pronoun or a description before the cue stands for, it is not them.
pub(in crate::ingest) fn spoken_of<'t>(verb: &str, after: &'t str) -> Option<&'t str> {
    const TELLING: [&str; 8] = [
        "told", "tells", "asked", "asks", "urged", "warned", "reminded", "assured",
    ];
    let mut words = after.split_whitespace();
    let addressed = TELLING.iter().any(|t| t.eq_ignore_ascii_case(verb));
    if !addressed && !matches!(words.next(), Some("of" | "about")) {
        return None;
    }
    let mut surname = None;
    // A name of a few capitalised words, after a title or with an initial ("Sen. Ana
    // J. Ruiz"); a mark or a full stop after any other word ends it.
    for word in words.take(4) {
        let name = bare(word);
        if !capitalised(name) {
            break;
        }
        if is_honorific(name) || is_title(name) || initial(name) {
            continue;
        }
        surname = Some(name.trim_end_matches('.'));
        if name.len() != word.len() || name.ends_with('.') {
            break;
        }
    }
    surname.filter(|s| !s.is_empty())
}

/// Whether a byte may not be part of a plain word: an ASCII word with no capital and
/// no quotation mark (nor apostrophe: two stand for one in some papers' text), which
/// names no one.
fn unplain(b: u8) -> bool {
    !b.is_ascii() || b.is_ascii_uppercase() || b == b'"' || b == b'\''
}

/// Where the first byte of `bytes` that `unplain` holds is. Eight bytes are told
/// at once (most stretches have none for dozens of bytes): as this is asked of every
/// stretch before a pronoun, that is most of the time it takes.
fn first_unplain(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = ONES * 0x80;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // A byte's high bit is set in `x` past ASCII, in `capital` for a capital and
        // in `quote` for a quotation mark. (Past ASCII, the sums carry into the next
        // byte, but the chunk stops anyway; `quote` marks a byte wrongly only above a
        // quotation mark.)
        let capital = x.wrapping_add(ONES * (0x80 - u64::from(b'A')))
            & !x.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
        let quote = x ^ (ONES * u64::from(b'"'));
        let quote = quote.wrapping_sub(ONES) & !quote;
        let apostrophe = x ^ (ONES * u64::from(b'\''));
        let apostrophe = apostrophe.wrapping_sub(ONES) & !apostrophe;
        if (x | capital | quote | apostrophe) & HIGH != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| unplain(b)).map(|k| at + k)
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The words of `stretch` that may matter to `people_named`, as `split_whitespace`
/// gives them: every word but a plain one (see `unplain`) followed by another plain one
/// or by nothing. Such a word names no one and ends no quotation, and a title only
/// leads the capitalised (not plain) words right after it: leaving it out changes
/// nothing. As this is asked of every stretch before a pronoun, the plain stretches in
/// between, most of the text, are passed over without being split.
fn words(stretch: &str) -> Vec<&str> {
    let bytes = stretch.as_bytes();
    // Room for about one word in twelve bytes, so that it seldom grows.
    let mut words = Vec::with_capacity(bytes.len() / 12 + 4);
    // The words before `from` are taken; it is the end of one, or 0.
    let mut from = 0;
    while let Some(at) = first_unplain(&bytes[from..]) {
        let at = from + at;
        // Back over ASCII bytes only (all those before `at` are) to the start of the
        // word holding `at`, and to the word before it.
        let mut i = at;
        while i > from && !is_ascii_space(bytes[i - 1]) {
            i -= 1;
        }
        let start = i;
        while i > from && is_ascii_space(bytes[i - 1]) {
            i -= 1;
        }
        let before_end = i;
        while i > from && !is_ascii_space(bytes[i - 1]) {
            i -= 1;
        }
        if i < before_end {
            words.push(&stretch[i..before_end]);
        }
        // Then the word holding `at`, or the one after it if a space starts there (a
        // plain word before that space is taken too, which does no harm).
        let (start, end) = if start < at {
            (start, word_end(stretch, at))
        } else {
            match next_word(stretch, at) {
                Some(word) => word,
                None => break,
            }
        };
        words.push(&stretch[start..end]);
        from = end;
    }
    words
}

/// Where the first word at or after byte `i` of `stretch` starts and ends, as
/// `split_whitespace` tells words.
fn next_word(stretch: &str, mut i: usize) -> Option<(usize, usize)> {
    let len = stretch.len();
    while i < len {
        match space_at(stretch, i) {
            0 => break,
            width => i += width,
        }
    }
    if i == len {
        return None;
    }
    Some((i, word_end(stretch, i)))
}

/// Where the word holding byte `i` of `stretch` ends: at the next space, or the end.
fn word_end(stretch: &str, mut i: usize) -> usize {
    let bytes = stretch.as_bytes();
    while i < bytes.len() {
        // Most bytes start no space: neither a control, a space, nor a lead byte from
        // 0xC2 on. (A character's first byte tells; its others never start a space.)
        if !(0x21..0xC2).contains(&bytes[i]) && space_at(stretch, i) > 0 {
            break;
        }
        i += 1;
    }
    i
}

/// How long the space at byte `i` of `stretch` is, or 0 if there is none. Only the
/// bytes that start one of the few spaces past ASCII (U+0085, U+00A0, U+1680, U+2000
/// to U+205F, U+3000) are decoded.
#[inline]
fn space_at(stretch: &str, i: usize) -> usize {
    match stretch.as_bytes()[i] {
        b'\t'..=b'\r' | b' ' => 1,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => match stretch[i..].chars().next() {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// "C.": a capital and a full stop, an initial of a name.
fn initial(word: &str) -> bool {
    matches!(word.as_bytes(), [c, b'.'] if c.is_ascii_uppercase())
}

/// Whether a word ends a sentence: "said.", "won.\"", "now?”".
fn ends_sentence(word: &str) -> bool {
    word.trim_end_matches(['"', '”', '’', '\'', ')'])
        .ends_with(['.', '!', '?'])
}

/// Where the name ends that `words[k]`, a first name telling a sex ("Donald"), opens
/// with a capitalised surname after it and perhaps an initial ("Donald J. Trump"):
/// `None` when it is no such first name or nothing of a name follows it.
fn surname_after(words: &[&str], k: usize) -> Option<usize> {
    let first = words[k];
    // Not a word that ends a clause ("Donald, who") nor one met often and no first name.
    if !first.ends_with(|c: char| c.is_alphabetic())
        || gender_of_first_name(&fold_compact(first)).is_none()
    {
        return None;
    }
    let mut end = k + 1;
    if words.get(end).is_some_and(|w| initial(w)) {
        end += 1;
    }
    let surname = bare(words.get(end)?);
    (capitalised(surname) && surname.chars().all(char::is_alphabetic)).then_some(end + 1)
}

/// The names in `stretch`, outside quotations, in order: a title with the capitalised
/// words after it ("Mr. Obama", "Sen. Jane Doe"), and every other capitalised word
/// alone (a surname, if it is one; the caller keeps only those it has met).
///
/// A first name telling a sex and the surname after it are one name where they open a
/// sentence, or anywhere if `anywhere`.
pub(super) fn people_named(stretch: &str, anywhere: bool) -> Vec<Cow<'_, str>> {
    named_in(&words(stretch), anywhere)
}

/// `people_named` of a stretch split into `words`.
fn named_in<'s>(words: &[&'s str], anywhere: bool) -> Vec<Cow<'s, str>> {
    let mut names = Vec::new();
    let mut quoted = false;
    let mut k = 0;
    while k < words.len() {
        let raw = words[k];
        // Each mark compared in place: a list of marks would decode the word's ends.
        // Two apostrophes are typed for a double mark in some papers' text (''Yes,'').
        let opens = raw.starts_with('"') || raw.starts_with('“') || raw.starts_with("''");
        if opens {
            quoted = true;
        }
        if quoted {
            let closes = |w: &str| w.ends_with('"') || w.ends_with('”') || w.ends_with("''");
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
            // A bracket opens what follows a name, not a part of it: "Sen. Ted Cruz
            // (R-Tex.)".
            while end < words.len()
                && end <= k + 3
                && !words[end].starts_with('(')
                && capitalised(bare(words[end]))
            {
                end += 1;
                // A full stop ends the name, but not one of "Jr." or an initial's
                // ("Judge James C. Smith").
                let word = words[end - 1];
                if word.ends_with([',', '.', ';', ':']) && !word.ends_with("r.") && !initial(word) {
                    break;
                }
                // A possessive ends the name: "Mr. Trump's RT appearance".
                let word = word.trim_end_matches([',', '.', ';', ':', '"', '”']);
                if word.ends_with("'s") || word.ends_with("’s") {
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
            // A first name that tells a sex and the surname after it, opening a
            // sentence, are one name, its subject's: "Donald Trump laid out his plan.
            // He ..." is a man, where "Trump" alone may be Ivanka. A name further on
            // is mostly someone spoken of, and counts only if met (as each word does).
            let opens = anywhere || k == 0 || ends_sentence(words[k - 1]);
            if let Some(end) = surname_after(words, k).filter(|_| opens) {
                let name: Vec<&str> = words[k..end].iter().map(|w| bare(w)).collect();
                names.push(Cow::Owned(name.join(" ")));
                k = end;
                continue;
            }
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
    fn unplain_bytes_are_found_eight_at_a_time() {
        for n in 0..20 {
            for b in 0..=255u8 {
                let mut bytes = vec![b'a'; n];
                bytes.extend([b, b'"', b'e']);
                assert_eq!(
                    first_unplain(&bytes),
                    bytes.iter().position(|&b| unplain(b)),
                    "{n} {b}"
                );
            }
        }
    }

    #[test]
    fn words_left_out_change_nothing() {
        for stretch in [
            "",
            " ",
            "one",
            "  two  words ",
            "a\tb\nc\u{b}d\u{c}e\rf",
            "no\u{a0}break, em\u{2003}space, ideographic\u{3000}space\u{85}next",
            "déjà vu “quoted” — naïve\u{1680}ogham\u{205f}end\u{2028}",
            "\u{1c}\u{1f}\u{7f} kept\u{200b}zero-width",
            "as president Obama said, and mr. Ruiz and sen. Doe or judge\u{a0}Lee, Ortiz",
            "the governor\u{a0} Jane Doe and \"we won\" said lord Ruiz's aide of secretary Émile",
            "then gov. \u{2003}Lopez spoke to the senator \u{3000}and “the judge Ruiz” left",
            "Mr. Obama and the president Trump, \"and judge\" Doe Lee. \u{85}rep. Lee",
        ] {
            let all: Vec<&str> = stretch.split_whitespace().collect();
            let kept = words(stretch);
            let unplain_words = |words: &[&str]| -> Vec<String> {
                let words = words.iter().filter(|w| w.bytes().any(unplain));
                words.map(|w| w.to_string()).collect()
            };
            assert!(kept.iter().all(|w| all.contains(w)), "{stretch:?}");
            assert_eq!(unplain_words(&kept), unplain_words(&all), "{stretch:?}");
            assert_eq!(
                people_named(stretch, false),
                named_in(&all, false),
                "{stretch:?}"
            );
            assert_eq!(
                people_named(stretch, true),
                named_in(&all, true),
                "{stretch:?}"
            );
        }
    }

    #[test]
    fn titled_names_and_capitalised_words_outside_quotations() {
        assert_eq!(
            people_named(
                "The morning Mr. Obama spoke, Sen. Jane Doe left. \"Trump won,\" she said",
                false
            ),
            ["The", "Mr. Obama", "Sen. Jane Doe"]
        );
        assert_eq!(
            people_named("Lopez's plan drew fire from Ruiz, who left.", false),
            ["Lopez", "Ruiz"]
        );
        assert_eq!(people_named("Ruiz left.", false), ["Ruiz"]);
        // A first name telling a sex is read with its surname, initial and all.
        assert_eq!(
            people_named(
                "Donald J. Trump spoke. \"Yes.\" Ivanka Trump, Donald and Ruiz left.",
                false
            ),
            ["Donald J. Trump", "Ivanka Trump", "Donald", "Ruiz"]
        );
        // Only opening a sentence: further on, each word is a name of its own, unless
        // asked for anywhere.
        assert_eq!(
            people_named("Then Donald Trump spoke.", false),
            ["Then", "Donald", "Trump"]
        );
        assert_eq!(
            people_named("Then Donald Trump spoke.", true),
            ["Then", "Donald Trump"]
        );
        // What a bracket opens is not the name; an initial's full stop does not end it.
        assert_eq!(
            people_named("Sen. Jane Doe (D-Ohio) and Judge Tom C. Ruiz left.", false),
            ["Sen. Jane Doe", "Judge Tom C. Ruiz"]
        );
        // Two apostrophes typed for a double mark open and close a quotation too.
        assert_eq!(
            people_named(
                "''Mr. Trump is wrong,'' Ruiz said, and ''Doe agrees.'' Then",
                false
            ),
            ["Ruiz", "Then"]
        );
        // A possessive ends the name: what follows is the owner's thing.
        assert_eq!(
            people_named("They seized upon Mr. Ruiz's RT appearance.", false),
            ["They", "Mr. Ruiz", "RT"]
        );
    }
}
