//! Searching the text of a report, as a pager does: every place a query occurs, with
//! case ignored unless the query has a capital letter ("smart case"), and straight and
//! curly quotation marks taken as the same.

use std::ops::Range;

/// The search in the source pane: what is searched for, and the hit shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextSearch {
    pub query: String,
    /// The hit the source is on, a byte range of the report's body.
    pub current: Option<Range<usize>>,
}

/// How a character compares in a search.
fn fold(c: char, exact_case: bool) -> char {
    match c {
        '‘' | '’' | '‚' | '′' => '\'',
        '“' | '”' | '„' | '″' => '"',
        c if exact_case => c,
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Every place `query` occurs in `body[within]`, in order, not overlapping.
pub fn find_all(body: &str, query: &str, within: Range<usize>) -> Vec<Range<usize>> {
    let exact_case = query.chars().any(char::is_uppercase);
    let wanted: Vec<char> = query.chars().map(|c| fold(c, exact_case)).collect();
    let Some(text) = body.get(within.clone()) else {
        return Vec::new();
    };
    if wanted.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text
        .char_indices()
        .map(|(i, c)| (within.start + i, fold(c, exact_case)))
        .collect();
    let mut hits = Vec::new();
    let mut at = 0;
    while at + wanted.len() <= chars.len() {
        if chars[at..at + wanted.len()]
            .iter()
            .zip(&wanted)
            .all(|((_, c), w)| c == w)
        {
            let start = chars[at].0;
            let end = chars
                .get(at + wanted.len())
                .map_or(within.end, |&(offset, _)| offset);
            hits.push(start..end);
            at += wanted.len();
        } else {
            at += 1;
        }
    }
    hits
}

/// The hit after `from` (or before it, `backwards`), going round the end of the text;
/// and whether it went round.
pub fn step(body: &str, query: &str, from: usize, backwards: bool) -> Option<(Range<usize>, bool)> {
    let hits = find_all(body, query, 0..body.len());
    let found = if backwards {
        hits.iter().rev().find(|h| h.start < from)
    } else {
        hits.iter().find(|h| h.start > from)
    };
    match found {
        Some(hit) => Some((hit.clone(), false)),
        None if backwards => hits.last().map(|h| (h.clone(), true)),
        None => hits.first().map(|h| (h.clone(), true)),
    }
}

/// The first hit at or after `from`, going round the end of the text.
pub fn first_from(body: &str, query: &str, from: usize) -> Option<Range<usize>> {
    let hits = find_all(body, query, 0..body.len());
    hits.iter()
        .find(|h| h.start >= from)
        .or_else(|| hits.first())
        .cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str =
        "Putin said “next time in Moscow.” Trump didn’t answer. moscow again, MOSCOW.";

    #[test]
    fn lower_case_ignores_case_and_a_capital_does_not() {
        let words =
            |hits: Vec<Range<usize>>| -> Vec<&str> { hits.into_iter().map(|h| &BODY[h]).collect() };
        assert_eq!(
            words(find_all(BODY, "moscow", 0..BODY.len())),
            ["Moscow", "moscow", "MOSCOW"]
        );
        assert_eq!(words(find_all(BODY, "Moscow", 0..BODY.len())), ["Moscow"]);
        assert_eq!(words(find_all(BODY, "didn't", 0..BODY.len())), ["didn’t"]);
        assert_eq!(words(find_all(BODY, "\"next", 0..BODY.len())), ["“next"]);
        assert!(find_all(BODY, "", 0..BODY.len()).is_empty());
        assert!(find_all(BODY, "moscow", 0..3).is_empty());
    }

    #[test]
    fn stepping_goes_round_the_end() {
        let hits = find_all(BODY, "moscow", 0..BODY.len());
        let (next, wrapped) = step(BODY, "moscow", hits[0].start, false).unwrap();
        assert_eq!((next, wrapped), (hits[1].clone(), false));
        let (next, wrapped) = step(BODY, "moscow", hits[2].start, false).unwrap();
        assert_eq!((next, wrapped), (hits[0].clone(), true));
        let (back, wrapped) = step(BODY, "moscow", hits[0].start, true).unwrap();
        assert_eq!((back, wrapped), (hits[2].clone(), true));
        assert_eq!(
            first_from(BODY, "moscow", hits[0].end),
            Some(hits[1].clone())
        );
        assert_eq!(step(BODY, "kyiv", 0, false), None);
    }
}
