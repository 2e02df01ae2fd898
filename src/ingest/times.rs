//! Temporal expressions with their TIMEX3 type and value, resolved against the
//! publication date as news taggers do: a bare weekday is the most recent such day on
//! or before publication, unless the sentence speaks of the future.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use memchr::memmem;
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

use super::cues::WordSet;
use super::sentences::{flags, TokenKind, Tokens};
use crate::model::TimePoint;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundTime {
    pub span: Range<usize>,
    pub kind: TimexType,
    /// The TIMEX3 value; `None` when it depends on a publication date nobody gave.
    pub value: Option<String>,
    /// The calendar point, for dates.
    pub point: Option<TimePoint>,
    /// Whether the value depends on the publication date.
    pub relative: bool,
}

impl FoundTime {
    /// A recurring time ("every Monday", "weekly"), which never depends on the date.
    fn set(span: Range<usize>, value: impl Into<String>) -> Self {
        FoundTime {
            span,
            kind: TimexType::Set,
            value: Some(value.into()),
            point: None,
            relative: false,
        }
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "shall",
    "going",
    "next",
    "upcoming",
    "expected",
    "likely",
    "plans",
    "planned",
    "scheduled",
    "due",
    "tomorrow",
    "are to",
    "is to",
];

fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let short = w.len() == 3 || w.eq_ignore_ascii_case("sept");
    let at = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(w)
            || (short && m.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
    })?;
    Some(at as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
    let at = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(word))?;
    Some(Weekday::try_from(at as u8).unwrap_or(Weekday::Mon))
}

fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 13] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if word.len() <= 4 && !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if word.eq_ignore_ascii_case("twenty") {
        return Some(20);
    }
    if word.eq_ignore_ascii_case("thirty") {
        return Some(30);
    }
    WORDS
        .iter()
        .position(|x| x.eq_ignore_ascii_case(word))
        .map(|n| n as u32)
}

fn unit(word: &str) -> Option<(&'static str, bool)> {
    const UNITS: [(&str, &str, bool); 9] = [
        ("second", "S", true),
        ("minute", "M", true),
        ("hour", "H", true),
        ("day", "D", false),
        ("week", "W", false),
        ("month", "M", false),
        ("year", "Y", false),
        ("decade", "DE", false),
        ("century", "CE", false),
    ];
    if word.eq_ignore_ascii_case("centuries") {
        return Some(("CE", false));
    }
    let plural = word.ends_with('s');
    let w = word.strip_suffix('s').unwrap_or(word);
    UNITS
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(w))
        .filter(|(name, _, _)| *name != "second" || plural)
        .map(|&(_, u, clock)| (u, clock))
}

fn year(word: &str) -> Option<i32> {
    let w = word.trim_end_matches(['s', '\'']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

/// Finds every temporal expression in `text` (already tokenised), resolving relative
/// ones against `published`. `lower_text` is `text` with its ASCII letters lowered;
/// `sentence_of` gives the byte span of the sentence around an offset, to tell past
/// from future.
pub fn find_times(
    text: &str,
    lower_text: &str,
    tokens: &Tokens,
    published: Option<NaiveDate>,
    sentence_of: impl Fn(usize) -> Range<usize>,
) -> Vec<FoundTime> {
    let mut found = Vec::new();
    let word = |i: usize| -> &str {
        tokens
            .get(i)
            .filter(|t| t.kind() == TokenKind::Word)
            .map(|t| t.text(text))
            .unwrap_or("")
    };
    let lower = |i: usize| -> &str {
        tokens
            .get(i)
            .filter(|t| t.kind() == TokenKind::Word)
            .and_then(|t| lower_text.get(t.start..t.end()))
            .unwrap_or("")
    };
    let mut future_of_sentence: Option<(Range<usize>, bool)> = None;
    let mut i = 0;
    while i < tokens.len() {
        // Marks, and words that start no expression, were turned away by the tokenizer.
        if !tokens.is(i, flags::MAY_START_TIME) {
            i += 1;
            continue;
        }
        let w = word(i);
        let prev = if i > 0 { lower(i - 1) } else { "" };
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        // Month [day][,] [year] / day Month [year]
        // Only a capitalised word names a month; the others are not looked up.
        if let Some(m) = capital.then(|| month(w)).flatten() {
            let mut end = i + 1;
            let mut day =
                number(word(i + 1)).filter(|d| (1..=31).contains(d) && word(i + 1).len() <= 2);
            if day.is_some() {
                end += 1;
            } else if let Some(d) = number(word(i.wrapping_sub(1))).filter(|d| (1..=31).contains(d))
            {
                if i > 0 && word(i - 1).len() <= 2 {
                    day = Some(d);
                }
            }
            let mut yr_at = end;
            if tokens.get(yr_at).is_some_and(|t| t.text(text) == ",") {
                yr_at += 1;
            }
            let yr = year(word(yr_at));
            if yr.is_some() {
                end = yr_at + 1;
            }
            let start_tok = if day.is_some()
                && end == i + 1 + usize::from(yr.is_some())
                && i > 0
                && number(word(i - 1)).is_some()
            {
                i - 1
            } else {
                i
            };
            let start_tok = if matches!(
                lower(start_tok.wrapping_sub(1)),
                "in" | "on"
                    | "since"
                    | "by"
                    | "until"
                    | "last"
                    | "next"
                    | "this"
                    | "early"
                    | "late"
                    | "mid"
            ) && start_tok > 0
            {
                start_tok - 1
            } else {
                start_tok
            };
            if w.len() <= 3 && w != "May" && day.is_none() && yr.is_none() {
                i += 1;
                continue;
            }
            let year_of = yr.or_else(|| published.map(|p| p.year()));
            let point = match (year_of, day) {
                (Some(y), Some(d)) => NaiveDate::from_ymd_opt(y, m, d).map(TimePoint::Day),
                (Some(y), None) => Some(TimePoint::Month(y, m)),
                _ => None,
            };
            if w == "May"
                && day.is_none()
                && yr.is_none()
                && !matches!(
                    prev,
                    "in" | "since" | "early" | "late" | "mid" | "until" | "last" | "next" | "this"
                )
            {
                i += 1;
                continue;
            }
            found.push(date(tokens, start_tok, end, point, yr.is_none()));
            i = end;
            continue;
        }
        if let Some(day) = weekday(w) {
            let modifier = prev;
            let start_tok = if matches!(
                modifier,
                "on" | "last" | "next" | "this" | "since" | "by" | "until"
            ) {
                i - 1
            } else {
                i
            };
            let future = modifier == "next"
                || (modifier != "last" && {
                    let span = sentence_of(tokens.start(i));
                    // A sentence is read once however many days it names: reading it
                    // for each made a long one take time in its length squared.
                    match &future_of_sentence {
                        Some((read, future)) if *read == span => *future,
                        _ => {
                            let sentence = &text[span.clone()];
                            // ASCII lowers in place; other text is lowered as a whole.
                            let future = if sentence.is_ascii() {
                                speaks_of_future(&lower_text[span.clone()])
                            } else {
                                speaks_of_future(&sentence.to_lowercase())
                            };
                            future_of_sentence = Some((span, future));
                            future
                        }
                    }
                });
            let point = published
                .map(|p| TimePoint::Day(resolve_weekday(p, day, future, modifier == "last")));
            let mut end = i + 1;
            if matches!(lower(i + 1), "morning" | "afternoon" | "evening" | "night") {
                end += 1;
            }
            found.push(date(tokens, start_tok, end, point, true));
            i = end;
            continue;
        }
        match lower(i) {
            "today" | "tonight" | "yesterday" | "tomorrow" => {
                let shift = match lower(i) {
                    "yesterday" => -1,
                    "tomorrow" => 1,
                    _ => 0,
                };
                let point = published.map(|p| TimePoint::Day(p + Duration::days(shift)));
                found.push(date(tokens, i, i + 1, point, true));
                i += 1;
                continue;
            }
            "daily" | "weekly" | "monthly" | "annually" | "yearly" => {
                let value = match lower(i) {
                    "daily" => "P1D",
                    "weekly" => "P1W",
                    "monthly" => "P1M",
                    _ => "P1Y",
                };
                found.push(FoundTime::set(tokens.start(i)..tokens.end(i), value));
                i += 1;
                continue;
            }
            "every" | "each" => {
                if let Some((u, clock)) = unit(word(i + 1)) {
                    let value = format!("P{}1{u}", if clock { "T" } else { "" });
                    found.push(FoundTime::set(tokens.start(i)..tokens.end(i + 1), value));
                    i += 2;
                    continue;
                }
                if let Some(d) = weekday(word(i + 1)) {
                    let value = format!("XXXX-WXX-{}", d.number_from_monday());
                    found.push(FoundTime::set(tokens.start(i)..tokens.end(i + 1), value));
                    i += 2;
                    continue;
                }
            }
            "last" | "this" | "next" | "past" => {
                if let Some((u, false)) = unit(word(i + 1)).filter(|_| !word(i + 1).ends_with('s'))
                {
                    let shift = match lower(i) {
                        "last" | "past" => -1,
                        "next" => 1,
                        _ => 0,
                    };
                    let point = published.and_then(|p| shifted(p, u, shift));
                    let value = published.and_then(|p| shifted_value(p, u, shift));
                    found.push(FoundTime {
                        span: tokens.start(i)..tokens.end(i + 1),
                        kind: TimexType::Date,
                        value: value.or_else(|| point.map(point_value)),
                        point,
                        relative: true,
                    });
                    i += 2;
                    continue;
                }
            }
            _ => {}
        }
        // Durations: "three hours", "24 hours", "four-year-long", "days".
        if let Some((n, u, clock, end)) = duration_at(text, tokens, i) {
            let value = match n {
                Some(n) => format!("P{}{n}{u}", if clock { "T" } else { "" }),
                None => format!("P{}X{u}", if clock { "T" } else { "" }),
            };
            found.push(FoundTime {
                span: tokens.start(i)..tokens.end(end - 1),
                kind: TimexType::Duration,
                value: Some(value),
                point: None,
                relative: false,
            });
            i = end;
            continue;
        }
        // Clock times: "3 p.m.", "10:30 am", "noon".
        if let Some(end) = clock_at(text, tokens, i) {
            let value = clock_value(&text[tokens.start(i)..tokens.end(end - 1)]);
            let value = value.map(|v| match published {
                Some(p) => {
                    let mut value = point_value(TimePoint::Day(p));
                    value.push('T');
                    value.push_str(&v);
                    value
                }
                None => format!("XXXX-XX-XXT{v}"),
            });
            found.push(FoundTime {
                span: tokens.start(i)..tokens.end(end - 1),
                kind: TimexType::Time,
                value,
                point: None,
                relative: true,
            });
            i = end;
            continue;
        }
        if let Some(y) = year(w).filter(|_| w.len() == 4) {
            let next = word(i + 1);
            let before = tokens
                .get(i.wrapping_sub(1))
                .map(|t| t.text(text))
                .unwrap_or("");
            let money = before == "$"
                || matches!(
                    next,
                    "%" | "percent" | "people" | "votes" | "delegates" | "dollars" | "miles"
                );
            if !money {
                let start_tok = if matches!(prev, "in" | "since" | "by" | "until" | "of") && i > 0 {
                    i - 1
                } else {
                    i
                };
                found.push(date(
                    tokens,
                    start_tok,
                    i + 1,
                    Some(TimePoint::Year(y)),
                    false,
                ));
            }
        }
        i += 1;
    }
    found
}

/// The words (less trailing dots and anything after a hyphen) a time expression can
/// start with, besides digits.
pub(super) const TIME_STARTS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "every",
    "each",
    "last",
    "this",
    "next",
    "past",
    "a",
    "an",
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "decades",
    "noon",
    "midnight",
];
static TIME_STARTS_SET: WordSet = WordSet::new(TIME_STARTS);

/// A cheap test that rules out most words: every expression above starts with a digit
/// or one of these words, compared without case. It is given the word's `key`: the part
/// before a hyphen, less trailing dots, as in "four-year-long" or "Sept.". Words that do
/// not start with an ASCII letter are left to the full checks.
#[inline]
pub(super) fn may_start_time(key: &[u8]) -> bool {
    let Some(first) = key.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    if !first.is_ascii_lowercase() {
        return true;
    }
    // The list is lower case: the key, lowered, is one of it.
    TIME_STARTS_SET.contains_lowered(key)
}

/// Whether a lower-case sentence holds one of `FUTURE` as whole words: the same as
/// `FUTURE.iter().any(|f| contains_word(sentence, f))`, in one pass over it.
fn speaks_of_future(sentence: &str) -> bool {
    static FINDERS: OnceLock<Vec<memmem::Finder<'static>>> = OnceLock::new();
    let finders = FINDERS.get_or_init(|| FUTURE.iter().map(memmem::Finder::new).collect());
    let bytes = sentence.as_bytes();
    finders.iter().any(|finder| {
        // Every word of `FUTURE` starts and ends with ASCII, so its matches are on
        // character boundaries.
        finder.find_iter(bytes).any(|at| {
            let end = at + finder.needle().len();
            !sentence[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !sentence[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
        })
    })
}

#[cfg(test)]
fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// `point.to_string()` ("2025", "2025-08", "2025-08-15") written digit by digit for
/// years 0 to 9999, which is all but free beside the formatting machinery.
fn point_value(point: TimePoint) -> String {
    fn push_digits(out: &mut String, n: u32, width: u32) {
        for k in (0..width).rev() {
            out.push(char::from(b'0' + (n / 10u32.pow(k) % 10) as u8));
        }
    }
    let (year, month, day) = match point {
        TimePoint::Year(y) => (y, None, None),
        TimePoint::Month(y, m) => (y, Some(m), None),
        TimePoint::Day(d) => (d.year(), Some(d.month()), Some(d.day())),
    };
    if !(0..=9999).contains(&year) || month.is_some_and(|m| m > 99) {
        return point.to_string();
    }
    let mut out = String::with_capacity(10);
    push_digits(&mut out, year as u32, 4);
    for part in [month, day].into_iter().flatten() {
        out.push('-');
        push_digits(&mut out, part, 2);
    }
    out
}

fn date(
    tokens: &Tokens,
    first: usize,
    end: usize,
    point: Option<TimePoint>,
    relative: bool,
) -> FoundTime {
    FoundTime {
        span: tokens.start(first)..tokens.end(end - 1),
        kind: TimexType::Date,
        value: point.map(point_value),
        point,
        relative,
    }
}

/// The most recent `day` on or before `published` (strictly before after "last"), or the
/// next one on or after it when the sentence speaks of the future.
pub fn resolve_weekday(
    published: NaiveDate,
    day: Weekday,
    future: bool,
    strictly_past: bool,
) -> NaiveDate {
    let today = published.weekday().num_days_from_monday() as i64;
    let target = day.num_days_from_monday() as i64;
    if future {
        let ahead = (target - today).rem_euclid(7);
        let ahead = if ahead == 0 { 7 } else { ahead };
        published + Duration::days(ahead)
    } else {
        let back = (today - target).rem_euclid(7);
        let back = if back == 0 && strictly_past { 7 } else { back };
        published - Duration::days(back)
    }
}

fn shifted(published: NaiveDate, unit: &str, shift: i32) -> Option<TimePoint> {
    match unit {
        "Y" => Some(TimePoint::Year(published.year() + shift)),
        "M" => {
            let months = published.year() * 12 + published.month0() as i32 + shift;
            Some(TimePoint::Month(
                months.div_euclid(12),
                months.rem_euclid(12) as u32 + 1,
            ))
        }
        "D" => Some(TimePoint::Day(published + Duration::days(shift as i64))),
        _ => None,
    }
}

fn shifted_value(published: NaiveDate, unit: &str, shift: i32) -> Option<String> {
    (unit == "W").then(|| {
        let week = published + Duration::weeks(shift as i64);
        let iso = week.iso_week();
        format!("{}-W{:02}", iso.year(), iso.week())
    })
}

fn duration_at(
    text: &str,
    tokens: &Tokens,
    i: usize,
) -> Option<(Option<u32>, &'static str, bool, usize)> {
    let w = tokens.get(i)?.text(text);
    // "four-year-long", "24-hour"
    if let Some(hyphen) = w.bytes().position(|b| b == b'-') {
        let (first, rest) = (&w[..hyphen], &w[hyphen + 1..]);
        let second = rest
            .bytes()
            .position(|b| b == b'-')
            .map_or(rest, |h| &rest[..h]);
        if let (Some(n), Some((u, clock))) = (number(first), unit(second)) {
            return Some((Some(n), u, clock, i + 1));
        }
    }
    let next = tokens.get(i + 1).map(|t| t.text(text)).unwrap_or("");
    if let (Some(n), Some((u, clock))) = (number(w), unit(next)) {
        let article = w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an");
        if !(article && next.ends_with('s')) {
            return Some((Some(n), u, clock, i + 2));
        }
    }
    let plural_unit = ["days", "weeks", "months", "years", "hours", "decades"];
    if plural_unit.iter().any(|p| p.eq_ignore_ascii_case(w)) {
        let (u, clock) = unit(w)?;
        let first = i == 0
            || matches!(
                tokens.text(i - 1, text).to_lowercase().as_str(),
                "for" | "in" | "within" | "." | "," | "over" | "after" | "recent"
            );
        if first {
            return Some((None, u, clock, i + 1));
        }
    }
    None
}

fn clock_at(text: &str, tokens: &Tokens, i: usize) -> Option<usize> {
    let w = tokens.get(i)?.text(text);
    if w.eq_ignore_ascii_case("noon") || w.eq_ignore_ascii_case("midnight") {
        return Some(i + 1);
    }
    let numeric =
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b':') && w.len() <= 5;
    if !numeric {
        return None;
    }
    let next = tokens.get(i + 1).map(|t| t.text(text)).unwrap_or_default();
    ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(next))
        .then_some(i + 2)
}

fn clock_value(expr: &str) -> Option<String> {
    let lower = expr.to_lowercase();
    if lower.starts_with("noon") {
        return Some("12:00".into());
    }
    if lower.starts_with("midnight") {
        return Some("24:00".into());
    }
    let digits: String = lower
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ':')
        .collect();
    let (h, m) = digits.split_once(':').unwrap_or((&digits, "00"));
    let mut h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    if lower.contains('p') && h < 12 {
        h += 12;
    }
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences::tokenize;

    fn times(text: &str, published: Option<NaiveDate>) -> Vec<(String, TimexType, Option<String>)> {
        let tokens = tokenize(text);
        find_times(text, &text.to_ascii_lowercase(), &tokens, published, |_| {
            0..text.len()
        })
        .into_iter()
        .map(|t| (text[t.span].to_owned(), t.kind, t.value))
        .collect()
    }

    fn sunday() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 8, 17)
    }

    #[test]
    fn friday_in_a_sunday_report_is_the_friday_past() {
        assert_eq!(
            times("The summit was held on Friday.", sunday()),
            [(
                "on Friday".into(),
                TimexType::Date,
                Some("2025-08-15".into())
            )]
        );
    }

    #[test]
    fn monday_in_a_future_sentence_is_the_next_day() {
        assert_eq!(
            times("On Monday, Zelensky will arrive.", sunday())[0]
                .2
                .as_deref(),
            Some("2025-08-18")
        );
    }

    #[test]
    fn months_years_and_durations() {
        let found = times("since the invasion in February 2022, bought in 1867, after three hours of talks, a four-year-long war, every week", sunday());
        let values: Vec<_> = found
            .iter()
            .map(|(s, k, v)| (s.as_str(), *k, v.clone().unwrap_or_default()))
            .collect();
        assert_eq!(
            values,
            [
                ("in February 2022", TimexType::Date, "2022-02".to_owned()),
                ("in 1867", TimexType::Date, "1867".to_owned()),
                ("three hours", TimexType::Duration, "PT3H".to_owned()),
                ("four-year-long", TimexType::Duration, "P4Y".to_owned()),
                ("every week", TimexType::Set, "P1W".to_owned()),
            ]
        );
    }

    #[test]
    fn the_future_test_agrees_with_the_word_search() {
        let mut sentences = vec![
            "",
            "will",
            "he will go",
            "willing to go",
            "goingoing",
            "we'll see",
            "it 'll be",
            "they are to meet, which is to say",
            "are tomorrow",
            "the talks are expected, likely next week.",
            "é will é",
            "éwill",
            "will.",
            "(due)",
            "xdue",
        ];
        let assets = [
            include_str!("../../assets/summit.txt"),
            include_str!("../../assets/aftermath.txt"),
        ];
        let lowered: Vec<String> = assets.iter().map(|a| a.to_lowercase()).collect();
        sentences.extend(lowered.iter().flat_map(|a| a.split(['.', '\n'])));
        for s in sentences {
            assert_eq!(
                speaks_of_future(s),
                FUTURE.iter().any(|f| contains_word(s, f)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn without_a_publication_date_relative_days_stay_unresolved() {
        let found = times("He spoke on Friday about August 15, 2025.", None);
        assert_eq!(found[0].2, None);
        assert_eq!(found[1].2.as_deref(), Some("2025-08-15"));
    }

    #[test]
    fn point_values_are_their_display() {
        let mut points = Vec::new();
        for y in [-20_000, -1, 0, 7, 99, 1867, 2025, 9999, 10_000, 200_000] {
            points.push(TimePoint::Year(y));
            for m in [1, 9, 12, 100] {
                points.push(TimePoint::Month(y, m));
            }
            for (m, d) in [(1, 1), (2, 28), (8, 17), (12, 31)] {
                points.extend(NaiveDate::from_ymd_opt(y, m, d).map(TimePoint::Day));
            }
        }
        for p in points {
            assert_eq!(point_value(p), p.to_string(), "{p:?}");
        }
    }
}
