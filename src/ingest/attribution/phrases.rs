//! Noun phrases naming a speaker, found from a cue: the phrase before it ("the Russian
//! leader said"), after it ("said Putin"), before a relative clause ("Putin, who spoke
//! first, said"), in the clause before a conjunction ("Putin smiled and said"), or the
//! subject opening a clause.

use std::ops::Range;

use super::super::cues;
use super::words::*;
use super::Doc;

pub(super) fn skip_back(doc: &Doc, floor: usize, mut j: usize) -> usize {
    while j > floor {
        let w = doc.lower(j - 1);
        if SKIP_SET.contains(w) || doc.in_time(j - 1) {
            j -= 1;
        } else {
            break;
        }
    }
    j
}

/// The noun phrase ending just before token `end`: a name, a pronoun, or a described
/// person ("the Russian leader", "Special U.S. envoy Steve Witkoff").
pub(super) fn np_left(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor || !doc.is_word(end - 1) {
        return None;
    }
    let last = doc.lower(end - 1);
    if is_pronoun(last) {
        return Some(doc.tokens.start(end - 1)..doc.tokens.end(end - 1));
    }
    let mut start = end;
    while start > floor && end - start < 10 {
        let k = start - 1;
        if !doc.is_word(k) || doc.in_quote(k) {
            break;
        }
        let w = doc.lower(k);
        let capital = doc.capitalised(k);
        if NP_STOP_SET.contains(w) || is_pronoun(w) && k + 1 < end {
            break;
        }
        if !(capital
            || NP_LOWER_SET.contains(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.contains('-'))
        {
            break;
        }
        start = k;
    }
    // Drop leading words that cannot start a phrase ("of", "and", "who").
    while start < end
        && matches!(
            doc.lower(start),
            "of" | "and" | "for" | "who" | "von" | "der" | "de"
        )
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    let head_ok = doc.capitalised(end - 1) || HEADS_SET.contains(last);
    head_ok.then(|| doc.tokens.start(start)..doc.tokens.end(end - 1))
}

/// "Putin, who spoke first, said": the phrase before the relative clause.
pub(super) fn relative_clause_subject(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor || doc.word(end - 1) != "," {
        return None;
    }
    let mut k = end - 1;
    while k > floor && k + 25 > end {
        k -= 1;
        if doc.word(k) == "," {
            if matches!(doc.lower(k + 1), "who" | "which" | "whose") {
                return np_left(doc, floor, k);
            }
            // An apposition: "Trump, the president, said".
            return np_left(doc, floor, k).filter(|_| np_left(doc, k + 1, end - 1).is_some());
        }
    }
    None
}

/// The nearest name or pronoun in the clause before `end` ("Putin smiled and replied").
pub(super) fn np_in_clause(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    let mut k = end;
    while k > floor && end - k < 10 {
        k -= 1;
        if matches!(doc.word(k), "," | ";" | "\"" | "“" | "”") {
            return None;
        }
        if is_pronoun(doc.lower(k)) || doc.capitalised(k) && !NP_STOP_SET.contains(doc.lower(k)) {
            let mut e = k + 1;
            while e < end && doc.capitalised(e) {
                e += 1;
            }
            return np_left(doc, floor, e);
        }
    }
    None
}

/// The noun phrase starting at token `from`: "said Putin", "according to sources".
pub(super) fn np_right(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut end = from;
    while end < limit && end - from < 10 && doc.is_word(end) {
        let w = doc.lower(end);
        let capital = doc.capitalised(end);
        if end > from && (NP_STOP_SET.contains(w) || doc.in_time(end)) && !matches!(w, "of" | "and")
        {
            break;
        }
        if is_pronoun(w) {
            if end == from {
                end += 1;
            }
            break;
        }
        let determined = matches!(doc.lower(from), "a" | "an" | "the" | "one");
        let adjective = determined && end - from < 6 && !capital && cues::cue(w).is_none();
        if !(capital
            || adjective
            || NP_LOWER_SET.contains(w)
            || w.ends_with("'s")
            || w.ends_with("’s"))
        {
            break;
        }
        end += 1;
    }
    // "a prominent committee member who ...": end at the last word that can be a head.
    while end > from + 1
        && !doc.capitalised(end - 1)
        && !HEADS_SET.contains(doc.lower(end - 1))
        && !is_pronoun(doc.lower(end - 1))
    {
        end -= 1;
    }
    while end > from && matches!(doc.lower(end - 1), "of" | "and" | "the" | "a" | "for") {
        end -= 1;
    }
    if end == from {
        return None;
    }
    let last = doc.lower(end - 1);
    let ok = doc.capitalised(end - 1) || HEADS_SET.contains(last) || is_pronoun(last);
    ok.then(|| doc.tokens.start(from)..doc.tokens.end(end - 1))
}

/// The subject opening a clause: its first noun phrase, if the clause starts with one.
pub(super) fn subject_of(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut start = from;
    // Skip an opening adverbial up to its comma ("In a statement, the campaign ...").
    if let Some(comma) = (from..limit.min(from + 8)).find(|&k| doc.word(k) == ",") {
        let opener = doc.lower(from);
        if NP_STOP_SET.contains(opener) || opener.ends_with("ing") {
            start = comma + 1;
        }
    }
    let first = doc.lower(start);
    if NP_STOP_SET.contains(first)
        || matches!(
            first,
            "that" | "each" | "his" | "her" | "its" | "their" | "every" | "one" | "it"
        )
    {
        return None;
    }
    let np = np_right(doc, start, limit)?;
    let end = doc.first_token_from(np.end);
    // The phrase must be followed by a verb-like word, not be the whole clause.
    (end < limit && doc.is_word(end)).then_some(np)
}
