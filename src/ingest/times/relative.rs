//! Periods counted from an anchor: "last week", "this month", "next year", "the past
//! decade", "two years ago", "a week earlier", "the next day", "that year". What
//! counts from publication does so; "the next day", "two days later" and "that week"
//! count from the last date the text set.

use chrono::{Datelike, Weekday};

use super::calendar::weekday_from;
use super::calendar::{self, add_days, iso_week, shifted, Value};
use super::dates::month_date;
use super::scan::{extend_left, Anchors, Cx, Found};
use super::seasons::season_named;
use super::tense::{tense_around, Tense};
use super::weekdays::weekday;
use super::words::{number, part_of_day, unit, unpossessed, Unit};
use super::TimexType;
use crate::model::TimePoint;

/// Words before a period that belong to it: "early this week", "later that year".
const MODIFIERS: &[&str] = &["early", "earlier", "late", "later", "mid", "the"];

/// "last week", "this month", "next year", "the past decade", "last five years",
/// "the next day", "this morning", "last night", "this weekend", "last fall", at a
/// token `i` that says which way: last, this, next, past, coming, previous, following.
pub fn named_period(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let head = cx.lower(i);
    let shift: i64 = match head {
        "last" | "past" | "previous" | "preceding" => -1,
        "this" | "current" => 0,
        "next" | "coming" | "following" => 1,
        _ => return None,
    };
    // "CBS This Morning", "Last Week Tonight": a show's name, capitals inside a sentence.
    if cx.capital(i) && cx.capital(i + 1) && !cx.starts_sentence(i) {
        return None;
    }
    let the = cx.lower(i.wrapping_sub(1)) == "the";
    // How far the modifiers reach is read only for a period found: most heads ("this
    // is", "last of") name none.
    let first = || extend_left(cx, i, MODIFIERS);
    // "the past two months", "last five years", "the next 10 days": how long.
    if let (Some(n), Some((u, true))) = (number(cx.word(i + 1)), unit(cx.word(i + 2))) {
        if n > 1 && head != "this" {
            let value = u.duration(Some(n));
            return Some(Found::timex(first(), i + 3, TimexType::Duration, value));
        }
    }
    let next = unpossessed(cx.word(i + 1));
    if let Some(season) = season_named(cx, at, i + 1, Some(shift)) {
        return Some(Found {
            first: first(),
            ..season
        });
    }
    if part_of_day(next) && head != "past" {
        // "this morning", "last night"; "the next morning" follows the story.
        let from = if the || head == "following" {
            at.story(Unit::Day)
        } else {
            at.published
        };
        let value = from.and_then(|d| add_days(d, shift)).and_then(Value::day);
        return Some(Found::date(first(), i + 2, value, true));
    }
    if next.eq_ignore_ascii_case("weekend") {
        let value = at
            .published
            .and_then(|p| add_days(p, 7 * shift))
            .map(iso_week)
            .map(|(y, w)| Value::Weekend(y, w));
        return Some(Found::date(first(), i + 2, value, true));
    }
    let (u, false) = unit(next)? else {
        return None;
    };
    let end = i + 2;
    if head == "past" || (matches!(u, Unit::Decade) && shift < 0) || u.of_the_clock() {
        // "the past week", "over the last decade", "the last hour": a stretch of time.
        if shift == 0 {
            return None;
        }
        return Some(Found::timex(
            first(),
            end,
            TimexType::Duration,
            u.duration(Some(1)),
        ));
    }
    // "the next day", "the following week" count from the story; "next week" from
    // publication.
    let anaphoric = u == Unit::Day
        || matches!(head, "following" | "previous" | "preceding")
        || (the && head == "next");
    if u == Unit::Day && !matches!(head, "next" | "following" | "previous" | "preceding") {
        // "this day" and "the last day" are seldom dates ("to this day", "the last day
        // of the session").
        return None;
    }
    let from = if anaphoric { at.story(u) } else { at.published };
    let value = from.and_then(|d| match u {
        Unit::Decade => {
            let decade = d.year().div_euclid(10).checked_add(shift as i32)?;
            Some(Value::Decade(decade))
        }
        Unit::Century => {
            let century = d.year().div_euclid(100).checked_add(shift as i32)?;
            Some(Value::Century(century))
        }
        _ => shifted(d, u, shift),
    });
    Some(Found::date(first(), end, value, true))
}

/// "two years ago", "a week earlier", "three days later", "10 years from now", at the
/// count (token `i`), given what `measure` read there.
pub fn counted(
    cx: &Cx,
    at: &Anchors,
    i: usize,
    (count, u, after): (Option<u32>, Unit, usize),
) -> Option<Found> {
    if u.of_the_clock() {
        return None;
    }
    let (from, sign, end) = match cx.lower(after) {
        "ago" => (at.published, -1, after + 1),
        "earlier" => (at.story(u), -1, after + 1),
        "later" | "afterwards" | "afterward" => (at.story(u), 1, after + 1),
        // "a day before." and "a day after," but not "a day before the vote".
        "before" if cx.is_break(after + 1) => (at.story(u), -1, after + 1),
        "after" if cx.is_break(after + 1) => (at.story(u), 1, after + 1),
        "from" if cx.lower(after + 1) == "now" => (at.published, 1, after + 2),
        "hence" => (at.published, 1, after + 1),
        _ => return None,
    };
    let first = extend_left(
        cx,
        i,
        &[
            "almost",
            "nearly",
            "about",
            "some",
            "more",
            "than",
            "less",
            "just",
            "only",
            "roughly",
            "over",
            "around",
            "barely",
            "exactly",
            "precisely",
        ],
    );
    let Some(n) = count else {
        // "a few days ago", "years later": some time before or after, no more.
        let reference = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return (from == at.published)
            .then(|| Found::timex(first, end, TimexType::Date, reference));
    };
    let value = from.and_then(|d| shifted(d, u, sign * i64::from(n)));
    Some(Found::date(first, end, value, true))
}

/// A unit word read back to the story: "that day", "the same week", "later that
/// year", "the day before", "year-end", at the unit (token `i`).
pub fn story_unit(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let word = cx.word(i);
    if let Some((head, tail)) = word.split_once('-') {
        return hyphenated(cx, at, i, head, tail);
    }
    let (u, false) = unit(unpossessed(word))? else {
        return None;
    };
    if u.of_the_clock() || matches!(u, Unit::Decade | Unit::Century | Unit::Quarter) {
        return None;
    }
    let before = cx.lower(i.wrapping_sub(1));
    let same = before == "that"
        || (before == "same" && matches!(cx.lower(i.wrapping_sub(2)), "the" | "that"));
    if same {
        let first = extend_left(
            cx,
            i - 1,
            &["that", "the", "later", "earlier", "early", "late"],
        );
        let value = at.story(u).and_then(|d| shifted(d, u, 0));
        return Some(Found::date(first, i + 1, value, true));
    }
    // "the day before", "the day after": one day from the story, or from the day
    // named after ("the day before last Tuesday's hearing").
    let by = match cx.lower(i + 1) {
        "before" => -1,
        "after" => 1,
        _ => 0,
    };
    if u == Unit::Day && by != 0 && matches!(before, "the" | "a") {
        let named = named_day(cx, at, i + 2);
        let (from, end) = match &named {
            Some(day) => (
                day.value
                    .as_ref()
                    .and_then(Value::point)
                    .map(|p| p.first_day()),
                day.end,
            ),
            None if cx.is_break(i + 2) => (at.story(u), i + 2),
            None => return None,
        };
        let value = from.and_then(|d| add_days(d, by)).and_then(Value::day);
        return Some(Found::date(i - 1, end, value, true));
    }
    // "the week of March 6": the week that day falls in.
    if u == Unit::Week && before == "the" && cx.lower(i + 1) == "of" {
        let day = named_day(cx, at, i + 2)?;
        let value = (day.value.as_ref().and_then(Value::point))
            .and_then(|p| shifted(p.first_day(), Unit::Week, 0));
        return Some(Found::date(i - 1, day.end, value, day.relative));
    }
    None
}

/// A day named at token `i`: a weekday or a date with a month's name, at day
/// precision.
fn named_day(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let start = if matches!(cx.lower(i), "last" | "next" | "this") {
        i + 1
    } else {
        i
    };
    weekday(cx, at, start)
        .or_else(|| month_date(cx, at, start, None))
        .filter(|d| {
            matches!(
                d.value.as_ref().and_then(Value::point),
                Some(TimePoint::Day(_))
            )
        })
}

/// "the weekend", "over the weekend", "the weekend's rallies": the weekend just gone,
/// or the coming one when the clause speaks of the future; the one going on when
/// published on a Saturday or Sunday. ("this weekend", "last weekend" are periods.)
pub fn weekend(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    if cx.lower(i.wrapping_sub(1)) != "the" {
        return None;
    }
    let first = i - 1;
    let value = at.published.and_then(|p| {
        let ahead = tense_around(cx, first, i + 1) == Tense::Future;
        // The Saturday of the weekend meant: the one going on, gone, or coming.
        let saturday = match p.weekday() {
            Weekday::Sat => p,
            Weekday::Sun => add_days(p, -1)?,
            _ => weekday_from(p, Weekday::Sat, ahead, false)?,
        };
        let (y, w) = iso_week(saturday);
        Some(Value::Weekend(y, w))
    });
    Some(Found::date(first, i + 1, value, true))
}

/// "year-end" (the publication year) and "the year-ago quarter" (a year before the
/// quarter the text last named: "profit in the third quarter ... the year-ago
/// quarter"; without one, the quarter before publication, a year earlier).
fn hyphenated(cx: &Cx, at: &Anchors, i: usize, head: &str, tail: &str) -> Option<Found> {
    if !head.eq_ignore_ascii_case("year") {
        return None;
    }
    let p = at.published;
    match tail.to_ascii_lowercase().as_str() {
        "end" => {
            let value = p.and_then(|d| shifted(d, Unit::Year, 0));
            Some(Found::date(i, i + 1, value, true))
        }
        "ago" | "earlier" if unit(cx.word(i + 1)).is_some_and(|(u, _)| u == Unit::Quarter) => {
            let value = match at.quarter {
                Some((y, q)) => y
                    .checked_sub(1)
                    .filter(|&y| calendar::writable_year(y))
                    .map(|y| Value::Quarter(y, q)),
                None => p.and_then(|d| shifted(d, Unit::Quarter, -5)),
            };
            let first = extend_left(cx, i, &["the"]);
            Some(Found::date(first, i + 2, value, true))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn last_this_and_next_periods_count_from_publication() {
        let found = values(
            "Sales fell last week, rose this month, will rise next year and fell early this week.",
            on(2000, 2, 16),
        );
        assert_eq!(
            found,
            [
                ("last week", "2000-W06"),
                ("this month", "2000-02"),
                ("next year", "2001"),
                ("early this week", "2000-W07"),
            ]
        );
    }

    #[test]
    fn the_past_and_counted_periods_are_durations() {
        let found = values(
            "Over the past decade and the past two months, and for the last five years, it grew.",
            on(2000, 2, 16),
        );
        assert_eq!(
            found,
            [
                ("the past decade", "P1DE"),
                ("the past two months", "P2M"),
                ("the last five years", "P5Y"),
            ]
        );
    }

    #[test]
    fn ago_counts_back_from_publication_at_the_unit_precision() {
        let found = values(
            "It began two years ago, almost four years ago, 11 days ago, six weeks ago and two months ago.",
            on(2000, 1, 6),
        );
        assert_eq!(
            found,
            [
                ("two years ago", "1998"),
                ("almost four years ago", "1996"),
                ("11 days ago", "1999-12-26"),
                ("six weeks ago", "1999-W47"),
                ("two months ago", "1999-11"),
            ]
        );
        assert_eq!(
            values("A few days ago it rained.", on(2000, 1, 6)),
            [("A few days ago", "PAST_REF")]
        );
    }

    #[test]
    fn later_and_the_next_day_follow_the_story() {
        let found = values(
            "He was arrested on March 3, 1999. The next day he was charged, and two days later freed; that week he left.",
            on(2000, 1, 6),
        );
        assert_eq!(
            found,
            [
                ("March 3, 1999", "1999-03-03"),
                ("The next day", "1999-03-04"),
                ("two days later", "1999-03-06"),
                ("that week", "1999-W09"),
            ]
        );
    }

    #[test]
    fn that_day_and_the_day_before_without_a_story_count_from_publication() {
        let found = values(
            "Earlier that day he spoke; the day before, he met them.",
            on(1999, 10, 24),
        );
        assert_eq!(
            found,
            [
                ("Earlier that day", "1999-10-24"),
                ("the day before", "1999-10-23")
            ]
        );
    }

    #[test]
    fn parts_of_days_weekends_and_the_year_end() {
        let found = values(
            "This morning, after last night's vote and before the year-end break, last weekend's rally and this weekend's.",
            on(2000, 4, 24),
        );
        assert_eq!(
            found,
            [
                ("This morning", "2000-04-24"),
                ("last night's", "2000-04-23"),
                ("year-end", "2000"),
                ("last weekend's", "2000-W16-WE"),
                ("this weekend's", "2000-W17-WE"),
            ]
        );
    }

    #[test]
    fn a_day_or_week_counted_from_a_day_named_after_it() {
        let found = values(
            "The day before last Tuesday's hearing he left; it ends the week of March 6.",
            on(2000, 2, 24),
        );
        assert_eq!(
            found,
            [
                ("The day before last Tuesday's", "2000-02-21"),
                ("the week of March 6", "2000-W10"),
            ]
        );
    }

    #[test]
    fn the_weekend_gone_or_to_come() {
        // Monday 24 April 2000.
        let found = values(
            "Protests grew over the weekend. More will come the weekend after.",
            on(2000, 4, 24),
        );
        assert_eq!(
            found,
            [
                ("the weekend", "2000-W16-WE"),
                ("the weekend", "2000-W17-WE")
            ]
        );
        assert_eq!(
            values("Crowds gathered at the weekend.", on(2000, 4, 23)),
            [("the weekend", "2000-W16-WE")]
        );
    }

    #[test]
    fn a_show_named_by_a_period_is_no_date() {
        assert!(values("He told CBS This Morning on air.", on(2016, 9, 26)).is_empty());
    }

    #[test]
    fn to_this_day_is_no_date() {
        assert!(values("To this day he denies it.", on(2000, 4, 24)).is_empty());
    }

    #[test]
    fn the_year_ago_quarter_is_a_year_before_the_quarter_just_named() {
        assert_eq!(
            values(
                "Profit rose in the third quarter from the year-ago quarter.",
                on(2017, 1, 10)
            ),
            [
                ("the third quarter", "2016-Q3"),
                ("the year-ago quarter", "2015-Q3")
            ]
        );
        // With no quarter named, the last one before publication, a year earlier.
        assert_eq!(
            values("Profit rose from the year-ago quarter.", on(2017, 1, 10)),
            [("the year-ago quarter", "2015-Q4")]
        );
    }
}
