//! Calendar dates written with a month's name: "September 26, 2016", "Sept. 26",
//! "26 September 2016", "September 2016", "in September", "mid-September",
//! "late September", "April next year". A date without a year takes the year
//! nearest the publication date in the direction of its clause's tense.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{self, month_days, year_for, Direction, Value};
use super::scan::{extend_left, Anchors, Cx, Found};
use super::tense::{tense_around, Tense};
use super::words::{day_of_month, is_abbreviated_month, month, split_hyphen, unpossessed, year};
use crate::model::TimePoint;

/// Words before a month that belong to the expression: "early", "last".
const MODIFIERS: &[&str] = &["early", "late", "mid", "last", "next", "this", "the"];

/// Words after which a bare month name ("May", "March") is a month, not a verb or a
/// name.
const BEFORE_A_BARE_MONTH: &[&str] = &[
    "in", "since", "by", "until", "till", "early", "late", "mid", "last", "next", "this",
    "through", "from", "to", "between", "and", "or", "during", "before", "after", "of", "last",
    "that",
];

/// How the year of a date is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearGiven {
    Written(i32),
    /// "this year" (0), "next year" (1), "last year" (-1), counted from publication.
    Shifted(i64),
    /// "last October" (-1), "next April" (1), "this May" (0): the nearest such month.
    Modifier(i64),
    /// Nothing: the clause's tense decides.
    None,
}

/// A date with a month's name at token `i`, in any of its forms; `weekday`, when the
/// date follows one ("Monday, Sept. 26"), helps choose its year.
pub fn month_date(cx: &Cx, at: &Anchors, i: usize, weekday: Option<Weekday>) -> Option<Found> {
    let word = cx.word(i);
    // "mid-September", "late-November"
    if let Some((modifier, rest)) = split_hyphen(word) {
        if !["mid", "early", "late"]
            .iter()
            .any(|m| modifier.eq_ignore_ascii_case(m))
        {
            return None;
        }
        let m = month(rest).filter(|_| rest.chars().next().is_some_and(char::is_uppercase))?;
        let (given, end) = year_after(cx, i + 1);
        return Some(resolve(cx, at, i, end, m, None, given, weekday));
    }
    if !cx.capital(i) {
        return None;
    }
    let m = month(word)?;
    let mut first = i;
    let mut end = i + 1;
    // "Sept. 26", "September 26th"
    // Not the hour of "Sept. 26 10:30".
    let clock = cx.is_mark(i + 2, ":") && cx.word(i + 3).bytes().all(|b| b.is_ascii_digit());
    let mut day = day_of_month(cx.word(i + 1)).filter(|_| !clock);
    if day.is_some() {
        end += 1;
    } else if let Some(d) = day_of_month(cx.word(i.wrapping_sub(1))) {
        // "26 September", "the 26th of September"
        day = Some(d);
        first = i - 1;
    } else if cx.lower(i.wrapping_sub(1)) == "of" {
        if let Some(d) = day_of_month(cx.word(i.wrapping_sub(2))) {
            day = Some(d);
            first = i - 2;
        }
    }
    let (given, year_end) = year_after(cx, end);
    let end = year_end;
    if day.is_none() && given == YearGiven::None && !bare_month(cx, i, word) {
        return None;
    }
    // "the October shooting": the article goes with the noun, not the month.
    let modifies_a_noun = day.is_none()
        && given == YearGiven::None
        && matches!(cx.lower(i.wrapping_sub(1)), "the" | "a" | "an");
    let first = if modifies_a_noun {
        first
    } else {
        extend_left(cx, first, MODIFIERS)
    };
    // "last October" and "next April" count from publication; "the" is only part of
    // the words.
    let given = match (given, cx.lower(i.wrapping_sub(1))) {
        (YearGiven::None, "last") => YearGiven::Modifier(-1),
        (YearGiven::None, "next") => YearGiven::Modifier(1),
        (YearGiven::None, "this") => YearGiven::Modifier(0),
        (given, _) => given,
    };
    Some(resolve(cx, at, first, end, m, day, given, weekday))
}

/// Whether a month name with neither day nor year is a month: "in May", not "May I"
/// nor "the March for Life"; abbreviations alone are not.
fn bare_month(cx: &Cx, i: usize, word: &str) -> bool {
    if is_abbreviated_month(word) {
        return false;
    }
    let before = cx.lower(i.wrapping_sub(1));
    // "March for Life", "March of the Mothers", "the March on Washington" are names
    // ("March of 2016" was read as a year before this is asked).
    if matches!(cx.lower(i + 1), "for" | "of" | "against" | "on" | "to") {
        return false;
    }
    // After an article, a month before its noun says when that happened: "the October
    // slaying", "a June poll", "the March primaries" (all 65 such in PolNeAR's training
    // articles); "May" and "March" only before a word in lower case.
    if matches!(before, "the" | "a" | "an") {
        let next = cx.word(i + 1).chars().next();
        let ambiguous = word.eq_ignore_ascii_case("may") || word.eq_ignore_ascii_case("march");
        return if ambiguous {
            next.is_some_and(char::is_lowercase)
        } else {
            next.is_some_and(char::is_alphabetic)
        };
    }
    if word.eq_ignore_ascii_case("may") || word.eq_ignore_ascii_case("march") {
        return BEFORE_A_BARE_MONTH.contains(&before);
    }
    true
}

/// The year written after a month or a day, and the token after it: "2016", ", 2016",
/// "of 2016", "this year", "of last year", "next year".
fn year_after(cx: &Cx, at: usize) -> (YearGiven, usize) {
    let mut k = at;
    if cx.is_mark(k, ",") || cx.lower(k) == "of" {
        k += 1;
    }
    if let Some(y) = year(cx.word(k)) {
        // Not "Sept. 26, 2016-era" nor a count: "May 2016 votes" is still a date.
        return (YearGiven::Written(y), k + 1);
    }
    let shift = match cx.lower(k) {
        "this" => Some(0),
        "next" => Some(1),
        "last" => Some(-1),
        _ => None,
    };
    match shift {
        Some(s) if unpossessed(cx.lower(k + 1)) == "year" => (YearGiven::Shifted(s), k + 2),
        _ => (YearGiven::None, at),
    }
}

/// The date's value from its parts.
#[allow(clippy::too_many_arguments)]
fn resolve(
    cx: &Cx,
    at: &Anchors,
    first: usize,
    end: usize,
    month: u32,
    day: Option<u32>,
    given: YearGiven,
    weekday: Option<Weekday>,
) -> Found {
    let days_in = |y: i32| match day {
        Some(d) => NaiveDate::from_ymd_opt(y, month, d).map(|date| (date, date)),
        None => month_days(y, month),
    };
    let published = at.published;
    let year = match given {
        YearGiven::Written(y) => Some(y),
        YearGiven::Shifted(s) => published.and_then(|p| p.year().checked_add(s as i32)),
        YearGiven::Modifier(s) => published.and_then(|p| {
            let direction = match s {
                -1 => Direction::Back,
                1 => Direction::Ahead,
                _ => return Some(p.year()),
            };
            // "last October" in October is a year ago; "next April" in April, a year on.
            let strictly = |y: i32| days_in(y).filter(|(first, last)| !(first <= &p && &p <= last));
            year_for(p, direction, strictly)
        }),
        YearGiven::None => published.and_then(|p| {
            let matching = weekday.and_then(|w| {
                year_for(p, Direction::Nearest, |y| {
                    days_in(y).filter(|(d, _)| d.weekday() == w)
                })
            });
            matching.or_else(|| {
                let direction = match tense_around(cx, first, end) {
                    Tense::Past => Direction::RatherBack,
                    Tense::Future => Direction::Ahead,
                    Tense::Unknown => Direction::Nearest,
                };
                year_for(p, direction, days_in)
            })
        }),
    };
    let value = year.and_then(|y| match day {
        Some(d) => NaiveDate::from_ymd_opt(y, month, d).and_then(Value::day),
        None => calendar::point(TimePoint::Month(y, month)),
    });
    let relative = !matches!(given, YearGiven::Written(_));
    Found::date(first, end, value, relative)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn month_day_and_year_in_either_order() {
        let found = values(
            "It began on September 26, 2016, ended 3 October 2016 and resumed Sept. 5th, 2017.",
            on(2017, 1, 10),
        );
        assert_eq!(
            found,
            [
                ("September 26, 2016", "2016-09-26"),
                ("3 October 2016", "2016-10-03"),
                ("Sept. 5th, 2017", "2017-09-05"),
            ]
        );
    }

    #[test]
    fn a_month_and_day_without_a_year_take_the_nearest_year_in_the_tense() {
        // "Dec. 28" in a January report is the December just past.
        assert_eq!(
            values("The talks ended Dec. 28.", on(2017, 1, 10)),
            [("Dec. 28", "2016-12-28")]
        );
        // A clause about the future looks ahead.
        assert_eq!(
            values("The talks will resume on Jan. 5.", on(2017, 1, 10)),
            [("Jan. 5", "2018-01-05")]
        );
        // Without a verb, the nearest.
        assert_eq!(
            values("Deadline: March 12.", on(1999, 2, 16)),
            [("March 12", "1999-03-12")]
        );
    }

    #[test]
    fn a_past_tense_keeps_the_past_unless_the_next_weeks_are_meant() {
        // Nine months back against three ahead: the past, as the tense says.
        assert_eq!(
            values(
                "The police reported shootings on January 1.",
                on(2016, 10, 2)
            ),
            [("January 1", "2016-01-01")]
        );
        assert_eq!(
            values("The governor praised him in January.", on(2016, 10, 2)),
            [("January", "2016-01")]
        );
        // A year back against a week ahead: next week.
        assert_eq!(
            values("He was ordered home by Jan. 14.", on(2017, 1, 7)),
            [("Jan. 14", "2017-01-14")]
        );
        // "Until" far from the date does not make a past clause a future one.
        assert_eq!(
            values(
                "Until the arrival in April, she had never voted.",
                on(2016, 10, 2)
            ),
            [("April", "2016-04")]
        );
    }

    #[test]
    fn months_alone_keep_month_precision() {
        let found = values(
            "Sales fell in April, rose in late November and in mid-December, and will rise in May.",
            on(1999, 12, 5),
        );
        assert_eq!(
            found,
            [
                ("April", "1999-04"),
                ("late November", "1999-11"),
                ("mid-December", "1999-12"),
                ("May", "2000-05"),
            ]
        );
    }

    #[test]
    fn last_and_next_months_and_years_written_after() {
        let found = values(
            "He left last October, returns next April and voted in February this year and in April next year.",
            on(1999, 2, 6),
        );
        assert_eq!(
            found,
            [
                ("last October", "1998-10"),
                ("next April", "1999-04"),
                ("February this year", "1999-02"),
                ("April next year", "2000-04"),
            ]
        );
    }

    #[test]
    fn month_names_that_are_not_dates() {
        assert!(values(
            "May I ask? The March for Life drew crowds.",
            on(1999, 1, 22)
        )
        .is_empty());
        assert!(values("He may march in Dec. or so.", on(1999, 1, 22)).is_empty());
        assert!(values("At the March of the Mothers he spoke.", on(2000, 1, 15)).is_empty());
        assert!(values(
            "She led the March on Rome and The May Report.",
            on(2000, 1, 15)
        )
        .is_empty());
    }

    #[test]
    fn a_month_before_its_noun_dates_it() {
        // Wednesday 10 February 1999.
        assert_eq!(
            values(
                "Police studied the October shooting. The March vote will follow a May poll.",
                on(1999, 2, 10)
            ),
            [
                ("October", "1998-10"),
                ("March", "1999-03"),
                ("May", "1999-05")
            ]
        );
    }
}
