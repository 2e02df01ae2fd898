//! Temporal expressions with their TIMEX3 type and value, as TempEval-3 annotates
//! them. Each form has its recogniser (a module here, with unit tests on sentences
//! written for it); `find_times` walks the words that may start an expression and
//! asks the recognisers for that word in turn. Relative expressions are resolved
//! against the publication date, anaphoric ones ("the next day") against the last
//! date the text set, and yearless ones in the direction of their clause's tense.

mod calendar;
mod clocks;
mod datelines;
mod dates;
mod deictic;
mod durations;
mod holidays;
mod quarters;
mod relative;
mod scan;
mod seasons;
mod sets;
mod tense;
mod weekdays;
mod words;
mod years;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::ops::Range;

use super::cues::{concat_lists, WordSet};
use super::sentences::{flags, Tokens};
use crate::model::TimePoint;
use scan::{Anchors, Cx, Found};

pub use datelines::Dateline;

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
    /// The date of the dateline that opens the report ("WASHINGTON, Oct. 28 —"): it
    /// dates the report, not an event.
    pub dateline: bool,
}

/// The times of a text, and the dateline that opens it, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Times {
    pub found: Vec<FoundTime>,
    pub dateline: Option<Dateline>,
    /// The tokens of each expression found, with the preposition that introduces it
    /// ("on Friday"): attribution steps over them, though TIMEX3 leaves the preposition
    /// out. Found here while the words are at hand; on a long text, reading them again
    /// afterwards is a cache miss an expression.
    pub phrases: Vec<Range<usize>>,
}

/// A recogniser: given the text, the anchors and a token, the expression that token
/// starts (or heads: a recogniser may reach back over modifiers like "last").
type Recogniser = fn(&Cx, &Anchors, usize) -> Option<Found>;

/// The recognisers to try at a word, by its key (lower case, less a possessive, the
/// part before a hyphen, trailing dots off).
fn recognisers_for(key: &str) -> &'static [Recogniser] {
    const MONTH: &[Recogniser] = &[|cx, at, i| dates::month_date(cx, at, i, None)];
    const WEEKDAY: &[Recogniser] = &[weekdays::weekday];
    const DAY_WORD: &[Recogniser] = &[deictic::day_word];
    const REFERENCE: &[Recogniser] = &[deictic::reference];
    const PERIOD: &[Recogniser] = &[relative::named_period, deictic::reference];
    const SET: &[Recogniser] = &[sets::recurring];
    const COUNT: &[Recogniser] = &[durations::counted_or_duration];
    const PLURAL_UNIT: &[Recogniser] = &[deictic::reference, durations::counted_or_duration];
    const UNIT: &[Recogniser] = &[relative::story_unit, holidays::holiday];
    const HOLIDAY: &[Recogniser] = &[holidays::holiday];
    const WEEKEND: &[Recogniser] = &[relative::weekend];
    const CLOCK: &[Recogniser] = &[clocks::clock];
    const SEASON: &[Recogniser] = &[|cx, at, i| seasons::season_named(cx, at, i, None)];
    const QUARTER: &[Recogniser] = &[quarters::quarter];
    const FISCAL: &[Recogniser] = &[years::fiscal_year];
    const PREFIX: &[Recogniser] = &[
        |cx, at, i| dates::month_date(cx, at, i, None),
        years::year_like,
    ];
    const DIGITS: &[Recogniser] = &[
        clocks::clock,
        durations::counted_or_duration,
        years::year_like,
        quarters::quarter,
    ];
    if key.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return DIGITS;
    }
    match key {
        "january" | "jan" | "february" | "feb" | "march" | "mar" | "april" | "apr" | "may"
        | "june" | "jun" | "july" | "jul" | "august" | "aug" | "september" | "sep" | "sept"
        | "october" | "oct" | "november" | "nov" | "december" | "dec" => MONTH,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday" => {
            WEEKDAY
        }
        "today" | "tonight" | "yesterday" | "tomorrow" => DAY_WORD,
        "now" | "currently" | "nowadays" | "presently" | "recently" | "lately" | "future"
        | "present" => REFERENCE,
        "last" | "this" | "next" | "past" | "coming" | "previous" | "preceding" | "following"
        | "current" => PERIOD,
        "daily" | "nightly" | "weekly" | "monthly" | "quarterly" | "annually" | "yearly"
        | "every" | "each" => SET,
        "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight"
        | "nine" | "ten" | "eleven" | "twelve" | "thirteen" | "fourteen" | "fifteen"
        | "sixteen" | "seventeen" | "eighteen" | "nineteen" | "twenty" | "thirty" | "forty"
        | "fifty" | "sixty" | "seventy" | "eighty" | "ninety" | "several" | "few" | "many"
        | "dozen" => COUNT,
        "days" | "weeks" | "months" | "years" | "hours" | "minutes" | "decades" | "centuries" => {
            PLURAL_UNIT
        }
        "day" | "week" | "month" | "year" => UNIT,
        "weekend" => WEEKEND,
        "eve" | "christmas" | "thanksgiving" | "easter" | "halloween" => HOLIDAY,
        "noon" | "midnight" | "midday" => CLOCK,
        "spring" | "summer" | "fall" | "autumn" | "winter" => SEASON,
        "quarter" | "half" | "first" | "second" | "third" | "fourth" | "q1" | "q2" | "q3"
        | "q4" => QUARTER,
        "fiscal" => FISCAL,
        "mid" | "early" | "late" | "post" | "pre" => PREFIX,
        _ => &[],
    }
}

/// The words (less trailing dots, a possessive, and anything after a hyphen) an
/// expression can start with, besides digits: every key `recognisers_for` knows.
pub(super) const TIME_STARTS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
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
    "now",
    "currently",
    "nowadays",
    "presently",
    "recently",
    "lately",
    "future",
    "present",
    "last",
    "this",
    "next",
    "past",
    "coming",
    "previous",
    "preceding",
    "following",
    "current",
    "daily",
    "nightly",
    "weekly",
    "monthly",
    "quarterly",
    "annually",
    "yearly",
    "every",
    "each",
    "a",
    "an",
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
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "several",
    "few",
    "many",
    "dozen",
    "days",
    "weeks",
    "months",
    "years",
    "hours",
    "minutes",
    "decades",
    "centuries",
    "weekend",
    "day",
    "week",
    "month",
    "year",
    "eve",
    "christmas",
    "thanksgiving",
    "easter",
    "halloween",
    "noon",
    "midnight",
    "midday",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "q1",
    "q2",
    "q3",
    "q4",
    "fiscal",
    "quarter",
    "half",
];

/// Keys that start an expression only before a hyphen ("mid-November", "post-1959",
/// "third-quarter"): left out of the tokenizer's first filter, which would let "like"
/// and "should" through for "late" and "second".
pub(super) const HYPHEN_STARTS: &[&str] = &[
    "first", "second", "third", "fourth", "mid", "early", "late", "post", "pre",
];

/// `TIME_STARTS` and `HYPHEN_STARTS` as one list: `may_start_time` asks of every word
/// the tokenizer's filter lets through whether it is either, in one lookup.
static STARTS: [&str; TIME_STARTS.len() + HYPHEN_STARTS.len()] =
    concat_lists(TIME_STARTS, HYPHEN_STARTS);
static STARTS_SET: WordSet = WordSet::new(&STARTS);

/// A cheap test that rules out most words: every expression starts with a digit or a
/// word of `TIME_STARTS`, compared without case. It is given the word's key: the part
/// before a hyphen, less a possessive and trailing dots, as in "four-year-long",
/// "Friday's" or "Sept.". Words that do not start with an ASCII letter are left to
/// the full checks.
#[inline]
pub(super) fn may_start_time(key: &[u8]) -> bool {
    let Some(first) = key.first().map(u8::to_ascii_lowercase) else {
        return false;
    };
    if !first.is_ascii_lowercase() {
        return true;
    }
    // The lists are lower case: the key, lowered, is one of them.
    STARTS_SET.contains_lowered(key)
}

/// The key of a word for `recognisers_for`, lowered (the word is from `lower_text`).
fn key_of(lowered: &str) -> &str {
    let word = words::split_hyphen(lowered).map_or(lowered, |(head, _)| head);
    let word = words::unpossessed(word);
    word.trim_end_matches('.')
}

/// Finds every temporal expression in `text` (already tokenised), resolving relative
/// ones against `published` or, without one, against the date of the dateline that
/// opens the text when it gives one. `lower_text` is `text` with its ASCII letters
/// lowered; `sentence_of` gives the byte span of the sentence around an offset.
pub fn find_times(
    text: &str,
    lower_text: &str,
    tokens: &Tokens,
    published: Option<NaiveDate>,
    sentence_of: impl Fn(usize) -> Range<usize>,
) -> Times {
    let cx = Cx {
        text,
        lower_text,
        tokens,
        sentence_of: &sentence_of,
    };
    let dateline = datelines::dateline(&cx, published);
    let mut anchors = Anchors {
        published: published.or(dateline.as_ref().and_then(|d| d.date)),
        narrative: None,
        quarter: None,
    };
    let mut found = Vec::new();
    let mut phrases = Vec::new();
    // Weekdays as found: where, which, and whether their clause said which way.
    let mut weekdays: Vec<(usize, chrono::Weekday, bool)> = Vec::new();
    // The dateline's date first, read as any date; the dateline is no narrative.
    if let Some(dateline) = &dateline {
        let date = dates::month_date(&cx, &anchors, dateline.month_at, None);
        if let Some(date) = date {
            let mut time = found_time(&cx, &date);
            time.dateline = true;
            found.push(time);
            phrases.push(phrase(&cx, &date));
        }
    }
    // Where the last expression ended: the next may not reach back before it.
    let mut floor = dateline.as_ref().map_or(0, |d| d.tokens.end);
    let mut i = floor;
    // Marks, and words that start no expression, were turned away by the tokenizer.
    while let Some(next) = tokens.next_flagged(i, tokens.len(), flags::MAY_START_TIME) {
        i = next;
        let lower = cx.lower(i);
        if matches!(lower, "a" | "an") && !durations::article_may_measure(&cx, i) {
            i += 1;
            continue;
        }
        let key = key_of(lower);
        let hit = recognisers_for(key)
            .iter()
            .find_map(|recognise| recognise(&cx, &anchors, i));
        let Some(mut hit) = hit else {
            i += 1;
            continue;
        };
        hit.first = hit.first.max(floor);
        if let Some((day, sure)) = hit.weekday {
            weekdays.push((found.len(), day, sure));
        }
        let time = found_time(&cx, &hit);
        if let Some(p) = time.point {
            anchors.narrative = Some(p);
        }
        if let Some(calendar::Value::Quarter(y, q)) = hit.value {
            anchors.quarter = Some((y, q));
        }
        found.push(time);
        phrases.push(phrase(&cx, &hit));
        floor = hit.end;
        i = hit.end.max(i + 1);
    }
    agree_on_weekdays(&mut found, &weekdays);
    order_ranges(text, &mut found);
    Times {
        found,
        dateline,
        phrases,
    }
}

/// The tokens of an expression found, from the preposition that introduces it, if one
/// does: "on", "in", "since", "by", "until".
fn phrase(cx: &Cx, hit: &Found) -> Range<usize> {
    let introduced = (hit.first.checked_sub(1))
        .filter(|&k| matches!(cx.lower(k), "on" | "in" | "since" | "by" | "until"));
    introduced.unwrap_or(hit.first)..hit.end
}

/// A range's start comes before its end: in "between January 1 and September 18"
/// told in October, the first date without a year is the January before the
/// September, not the one nearer publication.
fn order_ranges(text: &str, found: &mut [FoundTime]) {
    for i in 1..found.len() {
        let (before, after) = found.split_at_mut(i);
        let (start, end) = (&mut before[i - 1], &after[0]);
        let (Some(TimePoint::Day(from)), Some(TimePoint::Day(to))) = (start.point, end.point)
        else {
            continue;
        };
        let joined = matches!(
            text[start.span.end..end.span.start].trim(),
            "and" | "to" | "through" | "until" | "-" | "–" | "—"
        );
        let opened = text[..start.span.start]
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("between") || w.eq_ignore_ascii_case("from"));
        let yearless = !text[start.span.clone()]
            .split(|c: char| !c.is_ascii_digit())
            .any(|digits| digits.len() == 4);
        if !(joined && opened && yearless && start.relative && from > to) {
            continue;
        }
        if let Some(earlier) = from.with_year(from.year() - 1).filter(|d| *d <= to) {
            start.point = Some(TimePoint::Day(earlier));
            start.value = Some(calendar::point_value(TimePoint::Day(earlier)));
        }
    }
}

/// A weekday whose clause did not say which way it lies takes the day the report's
/// other mentions of that weekday were resolved to: in one report, "Monday's debate"
/// is the Monday its past-tense mentions name, not the one that happens to be nearer.
fn agree_on_weekdays(found: &mut [FoundTime], weekdays: &[(usize, chrono::Weekday, bool)]) {
    // Per weekday, the days its sure mentions name, in one pass.
    let mut told: [Vec<TimePoint>; 7] = Default::default();
    for &(at, day, sure) in weekdays {
        if let Some(point) = found[at].point.filter(|_| sure) {
            told[day.num_days_from_monday() as usize].push(point);
        }
    }
    // The day most of them name; on a tie, the earlier.
    let most: Vec<Option<TimePoint>> = told
        .iter_mut()
        .map(|points| {
            points.sort_by_key(|p| p.first_day());
            points
                .chunk_by(|a, b| a == b)
                .max_by_key(|run| (run.len(), std::cmp::Reverse(run[0].first_day())))
                .map(|run| run[0])
        })
        .collect();
    for &(at, day, sure) in weekdays {
        let Some(most) = most[day.num_days_from_monday() as usize].filter(|_| !sure) else {
            continue;
        };
        let time = &mut found[at];
        if time.point.is_some() && time.point != Some(most) {
            time.point = Some(most);
            time.value = Some(calendar::point_value(most));
        }
    }
}

/// What a recogniser found, as ingest gives it.
fn found_time(cx: &Cx, hit: &Found) -> FoundTime {
    let point = hit.value.as_ref().and_then(calendar::Value::point);
    FoundTime {
        span: cx.span(hit.first, hit.end),
        kind: hit.kind,
        value: hit.value.as_ref().and_then(calendar::Value::timex),
        point: point.filter(|_| hit.kind == TimexType::Date),
        relative: hit.relative,
        dateline: false,
    }
}

#[cfg(test)]
mod testing {
    //! Helpers for the recognisers' tests.
    use chrono::NaiveDate;

    use super::find_times;
    use crate::ingest::sentences::tokenize;

    pub fn on(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    /// Runs `read` on the context of `text` read as one sentence, for a test that asks
    /// a recogniser about a text of its own.
    pub fn with_cx<R>(text: &str, read: impl FnOnce(&super::scan::Cx) -> R) -> R {
        let tokens = tokenize(text);
        let lower = text.to_ascii_lowercase();
        let sentence_of = |_: usize| 0..text.len();
        read(&super::scan::Cx {
            text,
            lower_text: &lower,
            tokens: &tokens,
            sentence_of: &sentence_of,
        })
    }

    /// An expression's words and value, compared with a pair of strings.
    #[derive(Debug)]
    pub struct Said<'a>(pub &'a str, pub String);

    impl PartialEq<(&str, &str)> for Said<'_> {
        fn eq(&self, other: &(&str, &str)) -> bool {
            self.0 == other.0 && self.1 == other.1
        }
    }

    /// Each expression found in `text` (one sentence, or several) with its value ("" for
    /// none).
    pub fn values(text: &str, published: Option<NaiveDate>) -> Vec<Said<'_>> {
        let tokens = tokenize(text);
        let lower = text.to_ascii_lowercase();
        // Sentences end at a full stop after a word of three letters or more.
        let ends: Vec<usize> = text
            .match_indices(". ")
            .filter(|(at, _)| {
                let word = text[..*at].rsplit(' ').next().unwrap_or_default();
                word.len() >= 3 && !word.contains('.')
            })
            .map(|(at, _)| at + 1)
            .collect();
        let sentence_of = |at: usize| {
            let start = ends.iter().rev().find(|&&e| e <= at).map_or(0, |e| e + 1);
            let end = ends
                .iter()
                .find(|&&e| e > at)
                .copied()
                .unwrap_or(text.len());
            start..end
        };
        find_times(text, &lower, &tokens, published, sentence_of)
            .found
            .into_iter()
            .map(|t| Said(&text[t.span], t.value.unwrap_or_default()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{on, values};
    use super::*;
    use crate::ingest::sentences::tokenize;

    #[test]
    fn every_key_with_recognisers_may_start_a_time() {
        for key in TIME_STARTS.iter().chain(HYPHEN_STARTS) {
            assert!(!recognisers_for(key).is_empty(), "{key}");
            assert!(may_start_time(key.as_bytes()), "{key}");
        }
        assert!(recognisers_for("said").is_empty());
        assert_eq!(key_of("mid-november"), "mid");
        assert_eq!(key_of("friday's"), "friday");
        assert_eq!(key_of("sept."), "sept");
    }

    #[test]
    fn a_range_starts_before_it_ends() {
        assert_eq!(
            values(
                "The tally counted \"2,000 incidents\" between January 1 and September 18.",
                on(2016, 10, 2)
            ),
            [("January 1", "2016-01-01"), ("September 18", "2016-09-18")]
        );
        // Not a range: two dates each on its own.
        assert_eq!(
            values(
                "Talks \"resume\" on January 5 and September 18.",
                on(2016, 10, 2)
            )[0],
            ("January 5", "2017-01-05")
        );
    }

    #[test]
    fn a_text_of_many_forms() {
        let found = values(
            "Putin and Trump met on Friday, 15 August 2025, in Alaska, three hours after noon; \
             talks may resume next week. The war began in February 2022.",
            on(2025, 8, 17),
        );
        assert_eq!(
            found,
            [
                ("Friday, 15 August 2025", "2025-08-15"),
                ("three hours", "PT3H"),
                ("noon", "2025-08-17T12:00"),
                ("next week", "2025-W34"),
                ("February 2022", "2022-02"),
            ]
        );
    }

    #[test]
    fn without_a_publication_date_relative_dates_stay_unresolved() {
        let found = values("He spoke on Friday about August 15, 2025.", None);
        assert_eq!(found, [("Friday", ""), ("August 15, 2025", "2025-08-15")]);
    }

    const EDGE_BODY: &str = "He spoke yesterday, today and tomorrow; they met last Friday and on \
        Monday, will meet next Friday, and spoke last week, last month and last year, next \
        week, next month, next year, in December and on December 31, two years ago, last \
        fall, at Thanksgiving, the next day, in the third quarter, at 3 p.m. Tuesday.";

    fn edge(published: NaiveDate) -> Vec<FoundTime> {
        let tokens = tokenize(EDGE_BODY);
        let lower = EDGE_BODY.to_ascii_lowercase();
        find_times(EDGE_BODY, &lower, &tokens, Some(published), |_| {
            0..EDGE_BODY.len()
        })
        .found
    }

    #[test]
    fn the_first_and_last_days_chrono_knows_resolve_without_overflow() {
        for published in [NaiveDate::MIN, NaiveDate::MAX] {
            let found = edge(published);
            assert!(found.len() >= 15, "{found:?}");
            for time in found {
                let value = time.value.unwrap_or_default();
                assert!(!value.starts_with(['-', '+']), "{published}: {value}");
                assert!(!value.contains("262"), "{published}: {value}");
                assert_eq!(time.point, None, "{published}");
            }
        }
    }

    #[test]
    fn year_zero_resolves_nothing_before_it() {
        let found = edge(NaiveDate::from_ymd_opt(0, 1, 1).unwrap());
        for time in &found {
            if let Some(value) = &time.value {
                assert!(!value.starts_with('-'), "{value}");
            }
            if let Some(point) = time.point {
                assert!(point.to_string().parse::<TimePoint>().is_ok(), "{point}");
            }
        }
        let today = found.iter().find_map(|t| t.value.as_deref());
        assert_eq!(today, Some("0000-01-01"), "{found:?}");
    }
}
