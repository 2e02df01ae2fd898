//! The dateline that opens many reports: "WASHINGTON, Oct. 28 —", "HEMPSTEAD, N.Y.,
//! Sept. 26 (UPI) —", "Published: October 28, 2016", "Updated 5:02 PM ET, Fri October
//! 28, 2016". It dates the report, not an event in it: its date is a time expression
//! (TimeML tags it) but no event's, and serves as the publication date when the header
//! gives none. A dateline without a year takes the year the text mentions most.

use chrono::NaiveDate;
use std::ops::Range;

use super::scan::Cx;
use super::words::{day_of_month, month, weekday, weekday_abbreviation, year};

/// A dateline: where it is, and the date it gives, if complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// Its bytes in the text.
    pub span: Range<usize>,
    /// The date it gives, the year filled in from the text when it has none.
    pub date: Option<NaiveDate>,
    pub(super) tokens: Range<usize>,
    /// Where the month of its date is.
    pub(super) month_at: usize,
}

/// How far into a text a dateline is looked for, in bytes.
const OPENING: usize = 800;

/// The dateline at the start of one of the text's first paragraphs, if any.
pub fn dateline(cx: &Cx, published: Option<NaiveDate>) -> Option<Dateline> {
    // Only a token after a line break can start a line: the opening's line breaks are
    // found with one search of memory each, and the tokens between them passed over
    // by their offsets alone (asking each of them whether it starts a line was a cost
    // every report paid).
    let opening = &cx.text.as_bytes()[..cx.text.len().min(OPENING)];
    let mut k = 0;
    while k < cx.len() && cx.tokens.start(k) < OPENING {
        if let Some(found) = dateline_at(cx, k, published) {
            return Some(found);
        }
        // The next line break after this token, and the first token after it.
        let from = cx.tokens.end(k);
        let at_break = from + memchr::memchr(b'\n', opening.get(from..)?)?;
        k += 1;
        while k < cx.len() && cx.tokens.start(k) <= at_break {
            k += 1;
        }
    }
    None
}

/// The dateline that starts at token `k`, when `k` starts a line.
fn dateline_at(cx: &Cx, k: usize, published: Option<NaiveDate>) -> Option<Dateline> {
    if !starts_line(cx, k) {
        return None;
    }
    let (first, end, month_at, m, d, y) = labelled(cx, k).or_else(|| placed(cx, k))?;
    let y = y
        .or_else(|| published.map(|p| chrono::Datelike::year(&p)))
        .or_else(|| most_mentioned_year(cx));
    Some(Dateline {
        span: cx.span(first, end),
        date: y.and_then(|y| NaiveDate::from_ymd_opt(y, m, d)),
        tokens: first..end,
        month_at,
    })
}

/// First and end token, the month's token, month, day and year.
type Parts = (usize, usize, usize, u32, u32, Option<i32>);

/// Whether token `k` starts a line.
fn starts_line(cx: &Cx, k: usize) -> bool {
    k == 0 || has_newline(&cx.text[cx.tokens.end(k - 1)..cx.tokens.start(k)])
}

/// Whether token `k` lies on the same line as token `first`.
fn same_line(cx: &Cx, first: usize, k: usize) -> bool {
    k < cx.len() && !has_newline(&cx.text[cx.tokens.start(first)..cx.tokens.start(k)])
}

/// Whether a stretch of text holds a line break. The stretches are short (mostly the
/// one space between two tokens): reading their bytes in turn costs less than starting
/// a search of memory for each of the text's opening tokens.
fn has_newline(stretch: &str) -> bool {
    stretch.bytes().any(|b| b == b'\n')
}

/// A month and day (and year) at token `k`, as (month, day, year, end).
fn month_day(cx: &Cx, k: usize) -> Option<(u32, u32, Option<i32>, usize)> {
    if !cx.capital(k) {
        return None;
    }
    let m = month(cx.word(k))?;
    let d = day_of_month(cx.word(k + 1))?;
    let mut end = k + 2;
    let mut y = None;
    let at = if cx.is_mark(end, ",") { end + 1 } else { end };
    if let Some(found) = year(cx.word(at)) {
        y = Some(found);
        end = at + 1;
    }
    Some((m, d, y, end))
}

/// "Published: October 28, 2016", "Updated 5:02 PM ET, Fri October 28, 2016".
fn labelled(cx: &Cx, k: usize) -> Option<Parts> {
    let label = cx.lower(k);
    let labelled = matches!(label, "published" | "updated" | "posted")
        || (label == "last" && cx.lower(k + 1) == "updated");
    if !labelled {
        return None;
    }
    (k + 1..k + 16)
        .take_while(|&j| same_line(cx, k, j))
        .find_map(|j| month_day(cx, j).map(|found| (j, found)))
        .map(|(j, (m, d, y, end))| (k, end, j, m, d, y))
}

/// "WASHINGTON, Oct. 28 —", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —": a place in capitals,
/// a date, perhaps an agency, and a dash.
fn placed(cx: &Cx, k: usize) -> Option<Parts> {
    let place = cx.word(k);
    let capitals = place.len() >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    if !capitals || !place.chars().any(char::is_alphabetic) {
        return None;
    }
    // The rest of the place: capitalised words, abbreviations and commas.
    let mut j = k + 1;
    while j < k + 8 && same_line(cx, k, j) && (cx.is_mark(j, ",") || cx.capital(j)) {
        if let Some((m, d, y, end)) = month_day(cx, j).filter(|_| cx.is_mark(j - 1, ",")) {
            return dash_after(cx, k, end).map(|end| (k, end, j, m, d, y));
        }
        // "Fri, Oct. 28"
        if weekday(cx.word(j))
            .or_else(|| weekday_abbreviation(cx.word(j)))
            .is_some()
        {
            let next = if cx.is_mark(j + 1, ",") { j + 2 } else { j + 1 };
            if let Some((m, d, y, end)) = month_day(cx, next) {
                return dash_after(cx, k, end).map(|end| (k, end, next, m, d, y));
            }
        }
        j += 1;
    }
    None
}

/// The end of a dateline whose date ends at `end`: past an agency in brackets and the
/// dash that closes it, if they are there.
fn dash_after(cx: &Cx, first: usize, mut end: usize) -> Option<usize> {
    if cx.is_mark(end, "(") {
        let close = (end + 1..end + 6).find(|&j| cx.is_mark(j, ")"))?;
        end = close + 1;
    }
    let dash = ["—", "–", "-", "_", ":"].iter().any(|d| cx.is_mark(end, d));
    (dash && same_line(cx, first, end)).then_some(end + 1)
}

/// The year most mentioned in the text (the latest of equals), from 1900 to 2199.
fn most_mentioned_year(cx: &Cx) -> Option<i32> {
    let mut counts = [0u32; 300];
    for k in 0..cx.len() {
        if let Some(y) = year(cx.word(k)).filter(|y| *y >= 1900) {
            counts[(y - 1900) as usize] += 1;
        }
    }
    let (at, &count) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(at, &count)| (count, at))?;
    (count > 0).then_some(1900 + at as i32)
}

#[cfg(test)]
mod tests {
    use super::super::find_times;
    use super::super::testing::with_cx;
    use super::*;
    use crate::ingest::sentences::tokenize;
    use chrono::NaiveDate;

    /// The dateline's text and date, and the times found after it.
    fn read(
        text: &str,
        published: Option<NaiveDate>,
    ) -> (Option<(String, Option<String>)>, Vec<String>) {
        let tokens = tokenize(text);
        let lower = text.to_ascii_lowercase();
        let times = find_times(text, &lower, &tokens, published, |_| 0..text.len());
        let dateline = times
            .dateline
            .map(|d| (text[d.span].to_owned(), d.date.map(|d| d.to_string())));
        let found = times
            .found
            .into_iter()
            .map(|t| text[t.span].to_owned())
            .collect();
        (dateline, found)
    }

    /// The dateline as it was looked for before line breaks were searched for: every
    /// token of the opening asked whether it starts a line.
    fn dateline_token_by_token(cx: &Cx, published: Option<NaiveDate>) -> Option<Dateline> {
        (0..cx.len())
            .take_while(|&k| cx.tokens.start(k) < OPENING)
            .find_map(|k| dateline_at(cx, k, published))
    }

    #[test]
    fn only_tokens_after_a_line_break_are_asked() {
        // Openings of datelines, labels, words and line breaks in a generated order,
        // some long enough to reach past the bytes looked at.
        const PIECES: [&str; 22] = [
            "WASHINGTON,",
            " ",
            "\n",
            "\n\n",
            " \r\n ",
            "Oct.",
            "28",
            ",",
            "2016",
            " — ",
            "Published:",
            "October",
            "Updated",
            "Last",
            "talks",
            "(UPI)",
            "N.Y.,",
            "Fri",
            "-",
            "Sept. 26",
            "\n  ",
            "a long opening of many plain words, ",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut found = 0;
        for _ in 0..20_000 {
            let mut text = String::new();
            let pieces = 2 + next(60);
            for _ in 0..pieces {
                let piece = PIECES[next(PIECES.len())];
                text.push_str(piece);
                if next(3) == 0 {
                    text.push(' ');
                }
            }
            let published = NaiveDate::from_ymd_opt(2016, 11, 1).filter(|_| next(2) == 0);
            let read = with_cx(&text, |cx| {
                let read = dateline(cx, published);
                assert_eq!(read, dateline_token_by_token(cx, published), "{text:?}");
                read
            });
            found += usize::from(read.is_some());
        }
        // Not a test of texts without datelines.
        assert!(found > 200, "{found}");
    }

    #[test]
    fn a_place_and_a_date_open_the_report() {
        let (dateline, found) = read(
            "WASHINGTON, Oct. 28, 2016 — The senator spoke on Friday.",
            None,
        );
        assert_eq!(
            dateline,
            Some((
                "WASHINGTON, Oct. 28, 2016 —".into(),
                Some("2016-10-28".into())
            ))
        );
        assert_eq!(found, ["Oct. 28, 2016", "Friday"]);
        let (dateline, _) = read(
            "HEMPSTEAD, N.Y., Sept. 26 (UPI) — Stein came in 2016 and left in 2016.",
            None,
        );
        assert_eq!(
            dateline,
            Some((
                "HEMPSTEAD, N.Y., Sept. 26 (UPI) —".into(),
                Some("2016-09-26".into())
            ))
        );
    }

    #[test]
    fn a_label_before_the_date() {
        let (dateline, _) = read(
            "Headline\nUpdated 5:02 PM ET, Fri October 28, 2016\n\nText.",
            None,
        );
        assert_eq!(
            dateline,
            Some((
                "Updated 5:02 PM ET, Fri October 28, 2016".into(),
                Some("2016-10-28".into())
            ))
        );
        let (dateline, _) = read("Published: October 28, 2016\nText.", None);
        assert_eq!(dateline.unwrap().1.as_deref(), Some("2016-10-28"));
    }

    #[test]
    fn a_dateline_starts_a_line() {
        let (dateline, _) = read(
            "Headline\n\n\n  WASHINGTON, Oct. 28, 2016 — The senator spoke.",
            None,
        );
        assert_eq!(dateline.unwrap().0, "WASHINGTON, Oct. 28, 2016 —");
        let (dateline, _) = read(
            "Headline\nA line then WASHINGTON, Oct. 28, 2016 — The senator spoke.",
            None,
        );
        assert_eq!(dateline, None);
    }

    #[test]
    fn openings_that_are_no_datelines() {
        for text in [
            "NAIROBI, Kenya (AP) _ Bombs exploded on Friday.",
            "The senator spoke on Oct. 28 — and left.",
            "WASHINGTON, Oct. 28 was a day of talks.",
        ] {
            assert_eq!(read(text, None).0, None, "{text}");
        }
        // No year anywhere: the dateline is found, its date is not.
        let (dateline, _) = read("WASHINGTON, Oct. 28 — Talks.", None);
        assert_eq!(dateline.unwrap().1, None);
    }
}
