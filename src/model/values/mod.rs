//! The values inside a claim that two reports can disagree on, each found by a
//! recogniser of its own: days and dates, numbers with their unit, names of people
//! and places, and quotations. Ranges are byte ranges of the text given.

pub mod dates;
pub mod names;
pub mod quantities;
pub mod quotes;

use std::ops::Range;

/// A value found in a text, with where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<T> {
    pub range: Range<usize>,
    pub value: T,
}

/// The words of a text with their folded forms, read once for every recogniser.
pub struct Tokens<'t> {
    pub text: &'t str,
    pub spans: Vec<Range<usize>>,
    pub folded: Vec<String>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        let spans: Vec<Range<usize>> = super::words::words(text).collect();
        let folded = spans
            .iter()
            .map(|r| super::words::fold(&text[r.clone()]))
            .collect();
        Tokens {
            text,
            spans,
            folded,
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The word as written.
    pub fn raw(&self, i: usize) -> &'t str {
        &self.text[self.spans[i].clone()]
    }

    pub fn folded(&self, i: usize) -> &str {
        self.folded.get(i).map_or("", String::as_str)
    }

    /// The bytes between word `i - 1` and word `i` (or the text's start).
    pub fn gap_before(&self, i: usize) -> &'t str {
        let start = if i == 0 { 0 } else { self.spans[i - 1].end };
        &self.text[start..self.spans[i].start]
    }

    /// The byte range from the start of word `first` to the end of word `last`.
    pub fn range(&self, first: usize, last: usize) -> Range<usize> {
        self.spans[first].start..self.spans[last].end
    }
}
