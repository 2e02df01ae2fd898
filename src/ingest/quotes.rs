//! Quotation marks: double quotes (straight or curly) that may run over several
//! paragraphs, and single-quoted fragments inside reported speech.

use std::ops::Range;

use super::sentences::{EndIndex, Mark, OffsetIndex, Paragraph, QuoteMark};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// From the opening mark to the closing mark, both included.
    pub span: Range<usize>,
    pub single: bool,
}

/// Quotations by the byte they end at.
pub struct QuoteIndex(EndIndex);

impl QuoteIndex {
    pub fn new(quotes: &[Quote], text_len: usize) -> QuoteIndex {
        QuoteIndex(EndIndex::new(
            quotes.len(),
            |k| quotes[k].span.end,
            text_len,
        ))
    }

    /// `quotes.partition_point(|q| q.span.end <= at)`: the quotation holding byte `at`
    /// or the first after it, for the quotations this was built from.
    pub fn around(&self, quotes: &[Quote], at: usize) -> usize {
        self.0.around(quotes.len(), |k| quotes[k].span.end, at)
    }
}

/// Whether a double quotation mark typed as two apostrophes (`''We will,'' she said`,
/// as some newspapers print it) starts at byte `at`. Of three in a row, the pair is the
/// first two when a word follows and the last two otherwise (`'a case,'''` closes a
/// single quotation, then the double one); a longer run is no mark.
pub fn double_apostrophe_at(bytes: &[u8], at: usize) -> bool {
    if bytes.get(at) != Some(&b'\'') {
        return false;
    }
    // Looked at no further than a run of four, so that a text of apostrophes alone is
    // read in time in proportion to its length.
    let back = bytes[..at]
        .iter()
        .rev()
        .take(3)
        .take_while(|&&b| b == b'\'')
        .count();
    let run_start = at - back;
    let run = bytes[run_start..]
        .iter()
        .take(4)
        .take_while(|&&b| b == b'\'')
        .count();
    let word_follows = bytes
        .get(run_start + run)
        .is_some_and(|b| b.is_ascii_alphanumeric() || !b.is_ascii());
    let pair_start = match run {
        2 => run_start,
        3 if word_follows => run_start,
        3 => run_start + 1,
        _ => return false,
    };
    at == pair_start
}

/// Takes out of `marks` the pairs that set off a nickname inside a name: `Thomas "Tip"
/// O'Neill`, `Marcia “Cia” Price`. Between a capitalised word and the next, with a
/// space on each side, one to three capitalised words with no punctuation of a
/// sentence: a part of the name, not a quotation of anyone's.
pub fn drop_nicknames(text: &str, marks: &mut Vec<QuoteMark>) {
    // Three words of a nickname are far shorter.
    const NICKNAME_BYTES: usize = 40;
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // Asked from the cheapest test on: most pairs of marks are a quotation's, or the
    // narration between two.
    let nickname = |open: QuoteMark, close: QuoteMark| {
        let opens = matches!(open.mark, Mark::Opening | Mark::Straight);
        let closes = matches!(close.mark, Mark::Closing | Mark::Straight);
        if !opens || !closes || close.start() - open.end() > NICKNAME_BYTES {
            return false;
        }
        let inner = &text[open.end()..close.start()];
        let after = text[close.end()..]
            .strip_prefix(' ')
            .is_some_and(capitalised);
        let before = || {
            let Some(t) = text[..open.start()].strip_suffix(' ') else {
                return false;
            };
            let word = t.rsplit(char::is_whitespace).next().unwrap_or_default();
            word.ends_with(char::is_alphabetic) && capitalised(word)
        };
        let named = || {
            !inner.is_empty()
                && inner.split(' ').nth(3).is_none()
                && inner.split(' ').all(|w| {
                    capitalised(w) && w.chars().all(|c| c.is_alphabetic() || "'’.-".contains(c))
                })
        };
        after && before() && named()
    };
    // In place: most texts have none.
    let (mut kept, mut k) = (0, 0);
    while k < marks.len() {
        if k + 1 < marks.len() && nickname(marks[k], marks[k + 1]) {
            k += 2;
            continue;
        }
        marks[kept] = marks[k];
        kept += 1;
        k += 1;
    }
    marks.truncate(kept);
}

/// Every double-quoted stretch of the text, in order. An opening mark at the start of
/// the next paragraph continues a quotation left open; an unclosed one ends with its
/// paragraph.
pub fn double_quotes(text: &str, marks: &[QuoteMark], paragraphs: &[Paragraph]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    // The marks of each paragraph, moved along with the paragraphs.
    let mut next = 0;
    for (p, paragraph) in paragraphs.iter().enumerate() {
        // Read only where a quotation is left open: on a long text the paragraph's
        // first bytes are a cache miss away.
        let line = || &text[paragraph.span.clone()];
        let continuing = open.is_some();
        let mut first_mark = true;
        while marks
            .get(next)
            .is_some_and(|m| m.start() < paragraph.span.start)
        {
            next += 1;
        }
        let first = next;
        while marks
            .get(next)
            .is_some_and(|m| m.start() < paragraph.span.end)
        {
            next += 1;
        }
        for mark in &marks[first..next] {
            let offset = mark.start();
            let at = offset - paragraph.span.start;
            match (mark.mark, open) {
                (Mark::Opening | Mark::Straight, None) => open = Some(offset),
                (Mark::Opening | Mark::Straight, Some(_))
                    if continuing && first_mark && line()[..at].trim().is_empty() => {}
                (Mark::Closing | Mark::Straight, Some(start)) => {
                    quotes.push(Quote {
                        span: start..mark.end(),
                        single: false,
                    });
                    open = None;
                }
                (Mark::Opening, Some(_)) => open = Some(offset),
                (Mark::Closing, None) => {}
            }
            first_mark = false;
        }
        if let Some(start) = open {
            let next_opens = paragraphs.get(p + 1).is_some_and(|next| {
                let line = text[next.span.clone()].trim_start();
                line.starts_with(['“', '"']) || line.starts_with("''")
            });
            if !next_opens {
                let end = paragraph.span.start + line().trim_end().len();
                if end > start + 1 {
                    quotes.push(Quote {
                        span: start..end,
                        single: false,
                    });
                }
                open = None;
            }
        }
    }
    quotes
}

/// Where `line` holds a single quotation mark or apostrophe, straight or curly, and
/// which: only the bytes that can begin one are looked at.
fn single_marks(line: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'\'', 0xE2, bytes).filter_map(move |at| match bytes.get(at..) {
        Some([b'\'', ..]) => Some((at, '\'')),
        // '‘' and '’' in UTF-8.
        Some([0xE2, 0x80, 0x98, ..]) => Some((at, '‘')),
        Some([0xE2, 0x80, 0x99, ..]) => Some((at, '’')),
        _ => None,
    })
}

/// Single-quoted fragments ('very productive') within one paragraph. An apostrophe
/// inside a word never opens or closes one.
pub fn single_quotes(text: &str, paragraph: Range<usize>) -> Vec<Quote> {
    let line = &text[paragraph.clone()];
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    // Only the marks matter, with the characters on either side of them.
    let bytes = line.as_bytes();
    for (at, c) in single_marks(line) {
        // An apostrophe between ASCII letters or digits ("China's", "Trump’s"), the
        // commonest mark, neither opens nor closes: passed over before being read.
        if at > 0
            && bytes[at - 1].is_ascii_alphanumeric()
            && bytes
                .get(at + c.len_utf8())
                .is_some_and(u8::is_ascii_alphanumeric)
        {
            continue;
        }
        // Two apostrophes making a double quotation mark are no single one.
        if c == '\''
            && (double_apostrophe_at(bytes, at)
                || at
                    .checked_sub(1)
                    .is_some_and(|b| double_apostrophe_at(bytes, b)))
        {
            continue;
        }
        let prev = line[..at].chars().next_back();
        let next = line[at + c.len_utf8()..].chars().next();
        let opens = c != '’'
            && prev.is_none_or(|p| p.is_whitespace() || "(\"“[".contains(p))
            && next.is_some_and(|n| n.is_alphanumeric());
        let closes = c != '‘'
            && prev.is_some_and(|p| p.is_alphanumeric() || ",.!?".contains(p))
            && next.is_none_or(|n| !n.is_alphanumeric());
        if let (Some(start), true) = (open, closes) {
            let words = line[start - paragraph.start..at].split_whitespace().count();
            if words <= 30 {
                quotes.push(Quote {
                    span: start..paragraph.start + at + c.len_utf8(),
                    single: true,
                });
            }
            open = None;
        } else if opens && open.is_none() {
            open = Some(paragraph.start + at);
        }
    }
    quotes
}

/// Where a text's quotation marks are, so that whether a stretch of it holds a
/// quotation is answered without reading the stretch: a sentence may hold thousands of
/// statements, each reaching to its end.
#[derive(Debug, Default)]
pub struct Marks {
    /// The double quotation marks, in order.
    double: Vec<QuoteMark>,
    /// The single-quoted fragments of every paragraph, in order.
    singles: Vec<Quote>,
    /// `double` and the starts of `singles` by stretch of the text.
    double_index: Stretches,
    singles_index: Stretches,
}

impl Marks {
    /// From the double quotation marks the tokenizer met, and the paragraphs.
    pub fn new(text: &str, double: Vec<QuoteMark>, paragraphs: &[Paragraph]) -> Marks {
        let singles: Vec<Quote> = paragraphs
            .iter()
            .flat_map(|p| single_quotes(text, p.span.clone()))
            .collect();
        let double_index = Stretches::new(double.len(), |k| double[k].start(), text.len());
        let singles_index = Stretches::new(singles.len(), |k| singles[k].span.start, text.len());
        Marks {
            double,
            singles,
            double_index,
            singles_index,
        }
    }

    /// Whether `range` holds a quotation: a double quotation mark, or a whole
    /// single-quoted fragment ('very productive'). An apostrophe ("China's") is none.
    pub fn has_quotation(&self, range: &Range<usize>) -> bool {
        let start = |k: usize| self.double[k].start();
        let first = (self.double_index).first_from(self.double.len(), start, range.start);
        self.double
            .get(first)
            .is_some_and(|m| m.start() < range.end)
            || !self.single_quotes(range).is_empty()
    }

    /// The single-quoted fragments wholly inside `range`.
    pub fn single_quotes(&self, range: &Range<usize>) -> &[Quote] {
        let (count, start) = (self.singles.len(), |k: usize| self.singles[k].span.start);
        let first = self.singles_index.first_from(count, start, range.start);
        // A fragment ending by `range.end` starts before it; the fragments do not
        // overlap, so their ends are in order too.
        let starting_before_end = self.singles_index.first_from(count, start, range.end);
        let candidates = &self.singles[first..starting_before_end.max(first)];
        &candidates[..candidates.partition_point(|q| q.span.end <= range.end)]
    }
}

/// Quotation marks by the byte they start at, per stretch of 4 KB: four bytes a
/// stretch, a thousandth of the text, where most stretches hold a few marks.
type Stretches = OffsetIndex<4096>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences::{paragraphs, tokenize};

    fn quoted(text: &str) -> Vec<&str> {
        let paras = paragraphs(text, &tokenize(text));
        double_quotes(text, tokenize(text).quote_marks(), &paras)
            .into_iter()
            .map(|q| &text[q.span])
            .collect()
    }

    /// The quotations of `text` once nicknames are left out.
    fn quoted_past_nicknames(text: &str) -> Vec<&str> {
        let mut tokens = tokenize(text);
        drop_nicknames(text, tokens.quote_marks_mut());
        let paras = paragraphs(text, &tokens);
        double_quotes(text, tokens.quote_marks(), &paras)
            .into_iter()
            .map(|q| &text[q.span])
            .collect()
    }

    #[test]
    fn a_nickname_inside_a_name_quotes_no_one() {
        assert_eq!(
            quoted_past_nicknames("Thomas \"Tip\" O'Neill said \"it is local.\"\n"),
            ["\"it is local.\""]
        );
        assert_eq!(
            quoted_past_nicknames("State Rep. Marcia “Cia” Price spoke.\n"),
            Vec::<&str>::new()
        );
        // After a space wider than a byte, read as any other.
        assert_eq!(
            quoted_past_nicknames("He met\u{a0}Thomas \"Tip\" O'Neill.\n"),
            Vec::<&str>::new()
        );
        // A quoted word between words in lower case, or before a comma, is quoted.
        assert_eq!(
            quoted_past_nicknames("He called it \"Great\" at first, and \"Fine\", later.\n"),
            ["\"Great\"", "\"Fine\""]
        );
        assert_eq!(
            quoted_past_nicknames("Ruiz said \"Never\" twice.\n"),
            ["\"Never\""]
        );
    }

    #[test]
    fn straight_curly_and_split_quotes() {
        assert_eq!(
            quoted("\"We hope,\" he said, “that it works.”\n"),
            ["\"We hope,\"", "“that it works.”"]
        );
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        assert_eq!(
            quoted("''We will reopen,'' Ms. Ruiz said. ''Soon.''\n"),
            ["''We will reopen,''", "''Soon.''"]
        );
        // A single quotation closing with the double one, and an apostrophe inside.
        assert_eq!(
            quoted("''They say 'the pier is fine,''' he said, ''it isn't.''\n"),
            ["''They say 'the pier is fine,'''", "''it isn't.''"]
        );
        let text = "''They say 'the pier is fine,''' he said.";
        let singles: Vec<&str> = single_quotes(text, 0..text.len())
            .into_iter()
            .map(|q| &text[q.span])
            .collect();
        assert_eq!(singles, ["'the pier is fine,'"]);
        assert!(!double_apostrophe_at(b"a ''''b", 2));
        assert!(!double_apostrophe_at(b"it's", 2));
    }

    #[test]
    fn a_quote_over_paragraphs_has_one_closing_mark() {
        let text = "He said: “First part.\n“Second part.”\nNext.\n";
        assert_eq!(quoted(text), ["“First part.\n“Second part.”"]);
    }

    #[test]
    fn single_quotes_are_not_apostrophes() {
        let text = "Trump's talks were 'very productive' and 'mutually respectful,' he said.";
        let found: Vec<&str> = single_quotes(text, 0..text.len())
            .into_iter()
            .map(|q| &text[q.span])
            .collect();
        assert_eq!(found, ["'very productive'", "'mutually respectful,'"]);
    }

    #[test]
    fn marks_of_a_long_text_are_found_as_a_search_of_all_finds_them() {
        // Many stretches, some with marks and some without.
        let mut text = String::new();
        for n in 0..400 {
            match n % 5 {
                0 => text.push_str("He called it 'good' and 'fast', and \"cheap\" too.\n"),
                1 => text.push_str(&"plain words without marks ".repeat(n % 40)),
                2 => text.push_str("\"We will,\" she said, 'maybe'.\n"),
                _ => text.push_str("It is the pier's last year.\n"),
            }
        }
        let tokens = tokenize(&text);
        let marks = Marks::new(
            &text,
            tokens.quote_marks().to_vec(),
            &paragraphs(&text, &tokens),
        );
        assert!(text.len() > 8 * 4096 && marks.double.len() > 100);
        for start in (0..text.len()).step_by(97) {
            for len in [0, 1, 30, 500, 5000] {
                let range = start..(start + len).min(text.len());
                let double = marks.double.iter().any(|m| range.contains(&m.start()));
                let singles: Vec<&Quote> = (marks.singles.iter())
                    .filter(|q| q.span.start >= range.start && q.span.end <= range.end)
                    .collect();
                let found: Vec<&Quote> = marks.single_quotes(&range).iter().collect();
                assert_eq!(found, singles, "{range:?}");
                assert_eq!(marks.has_quotation(&range), double || !singles.is_empty());
            }
        }
    }

    #[test]
    fn a_quotation_is_a_double_mark_or_a_single_quoted_fragment() {
        for (text, quoted) in [
            ("China's slow-motion colonization", false),
            ("the regime's determination", false),
            ("she was 'deeply disappointed' by it", true),
            ("she was “deeply disappointed” by it", true),
            ("she was ‘deeply disappointed’ by it", true),
            ("she was ‘deeply disappointed’by it", false),
            ("a \"stiff\"", true),
            ("it’s the Clintons’ plan", false),
            ("", false),
        ] {
            let tokens = tokenize(text);
            let marks = Marks::new(
                text,
                tokens.quote_marks().to_vec(),
                &paragraphs(text, &tokens),
            );
            assert_eq!(marks.has_quotation(&(0..text.len())), quoted, "{text:?}");
        }
        let text = "He called it 'good' and 'fast', and \"cheap\" too.";
        let tokens = tokenize(text);
        let marks = Marks::new(
            text,
            tokens.quote_marks().to_vec(),
            &paragraphs(text, &tokens),
        );
        let inside = |range: std::ops::Range<usize>| -> Vec<&str> {
            marks
                .single_quotes(&range)
                .iter()
                .map(|q| &text[q.span.clone()])
                .collect()
        };
        assert_eq!(inside(0..text.len()), ["'good'", "'fast'"]);
        assert_eq!(inside(14..text.len()), ["'fast'"]);
        assert_eq!(inside(0..20), ["'good'"]);
        assert!(!marks.has_quotation(&(0..12)));
        assert!(marks.has_quotation(&(36..40)));
    }
}
