use std::num::NonZeroU32;
use std::ops::Range;

use super::ReportId;

/// A stretch of a report's body, as a byte range: the text is the body's
/// ([`Span::text`], [`Corpus::text`](super::Corpus::text)), not a copy, so a corpus
/// holds each quote once. The report is not repeated here but held by what holds the
/// span (a statement, a [`Mention`]): 8 bytes a span rather than 32, at three spans a
/// statement. Offsets are `u32`: a report body past 4 GiB is refused by [`Span::of`].
/// A span is never empty, so its end is never 0, which lets an `Option<Span>` (a
/// statement has two) take no more room than a span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    start: u32,
    end: NonZeroU32,
}

impl Span {
    /// A span of `body`; `None` if the range is empty, out of bounds, splits a
    /// character or lies past 4 GiB.
    pub fn of(body: &str, range: Range<usize>) -> Option<Self> {
        body.get(range.clone())?;
        (range.start < range.end).then_some(())?;
        Some(Self {
            start: u32::try_from(range.start).ok()?,
            end: NonZeroU32::new(u32::try_from(range.end).ok()?)?,
        })
    }

    /// The words the span covers in `body`, its report's body; empty if `body` is not
    /// the body the span was made for and the range does not fit it.
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        body.get(self.range()).unwrap_or_default()
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end.get() as usize
    }

    pub fn range(&self) -> Range<usize> {
        self.start()..self.end()
    }

    pub fn contains(&self, offset: usize) -> bool {
        self.range().contains(&offset)
    }
}

/// Where a report mentions an event: the report and the span of its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub report: ReportId,
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_rejects_empty_out_of_range_and_split_characters() {
        let body = "Zelenskyy’s word";
        assert!(Span::of(body, 0..9).is_some());
        assert!(Span::of(body, 0..100).is_none());
        // The apostrophe is three bytes: 9..10 splits it.
        assert!(Span::of(body, 9..10).is_none());
        assert!(Span::of(body, 0..0).is_none() && Span::of(body, 4..4).is_none());
        // An optional span costs nothing more than a span.
        assert_eq!(size_of::<Option<Span>>(), size_of::<Span>());
    }
}
