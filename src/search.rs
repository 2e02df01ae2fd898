//! The quote finder's ranking: every statement, as "speaker: quote", scored with
//! fuzzy-matcher against what the user typed.

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::model::Corpus;

/// The searchable text of every statement of a corpus, built once.
pub struct Finder {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

struct Entry {
    /// "Vladimir Putin: Next time in Moscow."
    haystack: String,
    /// How many characters of the haystack are the speaker's name and the separator.
    prefix_chars: usize,
}

/// One ranked statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Corpus::statements`].
    pub statement: usize,
    pub score: i64,
    /// Matched character positions in the speaker's name.
    pub speaker_chars: Vec<usize>,
    /// Matched character positions in the quote.
    pub quote_chars: Vec<usize>,
}

const SEPARATOR: &str = ": ";

impl Finder {
    pub fn new(corpus: &Corpus) -> Self {
        let entries = corpus
            .statements()
            .iter()
            .map(|s| {
                let name = corpus.speaker_name(&s.speaker);
                Entry {
                    haystack: format!("{name}{SEPARATOR}{}", s.content.text),
                    prefix_chars: name.chars().count() + SEPARATOR.chars().count(),
                }
            })
            .collect();
        Self {
            entries,
            matcher: SkimMatcherV2::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Statements matching `query`, best first (ties in corpus order). An empty query
    /// matches everything, in corpus order.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let query = query.trim();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(statement, entry)| {
                if query.is_empty() {
                    return Some(Hit {
                        statement,
                        score: 0,
                        speaker_chars: Vec::new(),
                        quote_chars: Vec::new(),
                    });
                }
                let (score, indices) = self.matcher.fuzzy_indices(&entry.haystack, query)?;
                let (speaker_chars, quote_chars) = split_indices(indices, entry.prefix_chars);
                Some(Hit {
                    statement,
                    score,
                    speaker_chars,
                    quote_chars,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.statement.cmp(&b.statement)));
        hits
    }

    /// Like [`Finder::search`], over the statements in `range` only, so that a caller
    /// can match a large corpus in slices and show results as they come.
    pub fn search_in(&self, query: &str, range: std::ops::Range<usize>) -> Vec<Hit> {
        let query = query.trim();
        let end = range.end.min(self.entries.len());
        let mut hits: Vec<Hit> = (range.start.min(end)..end)
            .filter_map(|statement| {
                let entry = &self.entries[statement];
                let (score, indices) = if query.is_empty() {
                    (0, Vec::new())
                } else {
                    self.matcher.fuzzy_indices(&entry.haystack, query)?
                };
                let (speaker_chars, quote_chars) = split_indices(indices, entry.prefix_chars);
                Some(Hit {
                    statement,
                    score,
                    speaker_chars,
                    quote_chars,
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.statement.cmp(&b.statement)));
        hits
    }
}

/// Splits haystack character positions into the name's and the quote's.
fn split_indices(indices: Vec<usize>, prefix_chars: usize) -> (Vec<usize>, Vec<usize>) {
    let name_chars = prefix_chars - SEPARATOR.chars().count();
    let speaker = indices
        .iter()
        .copied()
        .filter(|&i| i < name_chars)
        .collect();
    let quote = indices
        .into_iter()
        .filter_map(|i| i.checked_sub(prefix_chars))
        .collect();
    (speaker, quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_are_split_between_name_and_quote() {
        // "Bo: hey": name chars 0..2, separator 2..4, quote from 4.
        assert_eq!(split_indices(vec![0, 3, 4, 6], 4), (vec![0], vec![0, 2]));
    }
}
