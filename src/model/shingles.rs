//! Runs of words two texts share inside quotation marks: five words in a row quoted by
//! both is the same quote, whatever else the sentences around them say. Found through
//! an index of each quotation's five-word shingles.

use std::collections::HashMap;
use std::ops::Range;

use super::values::quotes::quotations;

/// Words in a row that make a quotation the same quote.
pub const RUN: usize = 5;

/// The quotations of a body, paragraph by paragraph, as byte ranges of the body: a
/// quotation may run over several sentences, so claims are read against these.
pub fn body_quotations(body: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        found.extend(
            quotations(line)
                .into_iter()
                .map(|q| q.start + offset..q.end + offset),
        );
        offset += line.len();
    }
    found
}

/// The words of each quoted part of a claim (its range in the body, with the body's
/// quotations), lower case, split at every mark that is not a letter or digit ("don't"
/// is two words, as a reader counting them would).
pub fn quoted_words(body: &str, claim: &Range<usize>, quotes: &[Range<usize>]) -> Vec<Vec<String>> {
    quotes
        .iter()
        .filter_map(|q| {
            let (start, end) = (q.start.max(claim.start), q.end.min(claim.end));
            (start < end).then(|| plain_words(&body[start..end]))
        })
        .filter(|words| words.len() >= RUN)
        .collect()
}

pub fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A side of a comparison: the body, its claims, and its quotations.
pub struct Side<'a> {
    pub body: &'a str,
    pub claims: Vec<Range<usize>>,
    pub quotes: Vec<Range<usize>>,
}

impl<'a> Side<'a> {
    pub fn new(body: &'a str, claims: Vec<Range<usize>>) -> Self {
        Side {
            body,
            claims,
            quotes: body_quotations(body),
        }
    }
}

/// For each pair of claims (one of `left`, one of `right`) whose quoted words share a
/// run of [`RUN`] words: the pair, and the longest run of words they share as a share
/// of the shorter claim's words.
pub fn shared_runs(left: &Side, right: &Side) -> Vec<(usize, usize, f64)> {
    let right_quotes: Vec<Vec<Vec<String>>> = right
        .claims
        .iter()
        .map(|c| quoted_words(right.body, c, &right.quotes))
        .collect();
    let mut index: HashMap<&[String], Vec<usize>> = HashMap::new();
    for (j, quotes) in right_quotes.iter().enumerate() {
        for quote in quotes {
            for shingle in quote.windows(RUN) {
                let entry = index.entry(shingle).or_default();
                if entry.last() != Some(&j) {
                    entry.push(j);
                }
            }
        }
    }
    let mut found = Vec::new();
    for (i, claim) in left.claims.iter().enumerate() {
        let mut partners: Vec<usize> = quoted_words(left.body, claim, &left.quotes)
            .iter()
            .flat_map(|quote| quote.windows(RUN))
            .flat_map(|shingle| index.get(shingle).into_iter().flatten().copied())
            .collect();
        partners.sort_unstable();
        partners.dedup();
        for j in partners {
            let a = plain_words(&left.body[claim.clone()]);
            let b = plain_words(&right.body[right.claims[j].clone()]);
            let run = super::conflicts::longest_run(&a, &b);
            found.push((i, j, run as f64 / a.len().min(b.len()).max(1) as f64));
        }
    }
    found
}

/// The share of distinct words two texts have in common (Jaccard).
pub fn word_overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (plain_words(a), plain_words(b));
    let a: std::collections::HashSet<&String> = a.iter().collect();
    let b: std::collections::HashSet<&String> = b.iter().collect();
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(body: &str) -> Side<'_> {
        Side::new(body, crate::model::claims::claims(body))
    }

    #[test]
    fn quotations_sharing_five_words_in_a_row_are_found_even_across_sentences() {
        let left =
            side("“It is late. I don’t know what the plan is,” she said.\nNo quote here at all.");
        let right = side(
            "He added: “I don't know what they want from us.”\nI don't know what to say, he wrote.",
        );
        let found = shared_runs(&left, &right);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!((found[0].0, found[0].1), (1, 0));
        // Five words of the eight of "I don’t know what the plan is,”".
        assert!((found[0].2 - 5.0 / 8.0).abs() < 1e-9, "{found:?}");
    }

    #[test]
    fn overlap_of_distinct_words() {
        assert_eq!(word_overlap("a b c", "b c d"), 0.5);
        assert_eq!(word_overlap("", ""), 0.0);
    }

    #[test]
    fn words_split_at_every_mark() {
        assert_eq!(plain_words("Don’t, U.S.!"), ["don", "t", "u", "s"]);
    }
}
