//! Calendar arithmetic for resolving expressions, all of it checked: a date at the
//! edge of chrono's calendar gives no value rather than a panic, and no value carries
//! a year outside 0000 to 9999, which the corpus format cannot hold. And the TIMEX3
//! values the expressions resolve to.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::words::{Unit, SEASONS};
use crate::model::TimePoint;

/// The years the corpus format writes (four digits).
pub fn writable_year(year: i32) -> bool {
    (0..=9999).contains(&year)
}

/// What an expression means, at the precision it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    /// A year, a month or a day: "2016", "2016-09", "2016-09-26".
    Point(TimePoint),
    /// A clock time on a known day: "2016-09-26T21:00".
    DayClock(NaiveDate, u32, u32),
    /// An ISO week: "2016-W39".
    Week(i32, u32),
    /// The weekend of an ISO week: "2016-W39-WE".
    Weekend(i32, u32),
    /// A season: "2016-FA" (index into `SEASONS`).
    Season(i32, usize),
    /// A quarter: "2016-Q3".
    Quarter(i32, u32),
    /// A half year: "2016-H1".
    Half(i32, u32),
    /// A fiscal year: "FY2016".
    FiscalYear(i32),
    /// A decade by its first three digits: 199 is "199X".
    Decade(i32),
    /// A century by its first two digits: 19 is "19", the 1900s.
    Century(i32),
    /// Written as it is: durations, sets, references, times of unknown days.
    Timex(String),
}

impl Value {
    pub fn day(date: NaiveDate) -> Option<Value> {
        point(TimePoint::Day(date))
    }

    /// The TIMEX3 value, or `None` when its year cannot be written.
    pub fn timex(&self) -> Option<String> {
        let year_of = |d: &NaiveDate| d.year();
        let year = match self {
            Value::Point(p) => point_year(*p),
            Value::DayClock(d, ..) => year_of(d),
            Value::Week(y, _)
            | Value::Weekend(y, _)
            | Value::Season(y, _)
            | Value::Quarter(y, _)
            | Value::Half(y, _)
            | Value::FiscalYear(y) => *y,
            Value::Decade(d) => d.checked_mul(10)?,
            Value::Century(c) => c.checked_mul(100)?,
            Value::Timex(text) => return Some(text.clone()),
        };
        if !writable_year(year) {
            return None;
        }
        Some(match self {
            Value::Point(p) => point_value(*p),
            Value::DayClock(d, h, m) => {
                format!("{}T{h:02}:{m:02}", point_value(TimePoint::Day(*d)))
            }
            Value::Week(y, w) => format!("{y:04}-W{w:02}"),
            Value::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Value::Season(y, s) => format!("{y:04}-{}", SEASONS[*s % 4]),
            Value::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Value::Half(y, h) => format!("{y:04}-H{h}"),
            Value::FiscalYear(y) => format!("FY{y:04}"),
            Value::Decade(d) => format!("{d:03}X"),
            Value::Century(c) => format!("{c:02}"),
            Value::Timex(_) => unreachable!("returned above"),
        })
    }

    /// The calendar point an event can be dated by: a day, month or year.
    pub fn point(&self) -> Option<TimePoint> {
        match self {
            Value::Point(p) => Some(*p),
            Value::DayClock(d, ..) => Some(TimePoint::Day(*d)),
            _ => None,
        }
        .filter(|p| writable_year(point_year(*p)))
    }
}

/// A point as a value, if its year can be written.
pub fn point(p: TimePoint) -> Option<Value> {
    writable_year(point_year(p)).then_some(Value::Point(p))
}

pub fn point_year(p: TimePoint) -> i32 {
    match p {
        TimePoint::Year(y) | TimePoint::Month(y, _) => y,
        TimePoint::Day(d) => d.year(),
    }
}

/// `point.to_string()` ("2025", "2025-08", "2025-08-15") written digit by digit for
/// years 0 to 9999, which is all but free beside the formatting machinery.
pub fn point_value(point: TimePoint) -> String {
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
    if !writable_year(year) || month.is_some_and(|m| m > 99) {
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

pub fn add_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(Duration::try_days(days)?)
}

/// A month `by` months from (year, month), as (year, month).
pub fn add_months(year: i32, month: u32, by: i64) -> Option<(i32, u32)> {
    let index = i64::from(year)
        .checked_mul(12)?
        .checked_add(i64::from(month) - 1)?
        .checked_add(by)?;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    Some((year, index.rem_euclid(12) as u32 + 1))
}

/// The ISO week of `date` as (year, week).
pub fn iso_week(date: NaiveDate) -> (i32, u32) {
    let week = date.iso_week();
    (week.year(), week.week())
}

/// The date `count` units from `from`, at the unit's precision: a day, a week, a month,
/// a year (decades and centuries are counted in years).
pub fn shifted(from: NaiveDate, unit: Unit, count: i64) -> Option<Value> {
    match unit {
        Unit::Day => Value::day(add_days(from, count)?),
        Unit::Week => {
            let (y, w) = iso_week(add_days(from, count.checked_mul(7)?)?);
            writable_year(y).then_some(Value::Week(y, w))
        }
        Unit::Month => {
            let (y, m) = add_months(from.year(), from.month(), count)?;
            point(TimePoint::Month(y, m))
        }
        Unit::Quarter => {
            let (y, m) = add_months(from.year(), from.month(), count.checked_mul(3)?)?;
            writable_year(y).then_some(Value::Quarter(y, (m - 1) / 3 + 1))
        }
        Unit::Year | Unit::Decade | Unit::Century => {
            let years = match unit {
                Unit::Decade => count.checked_mul(10)?,
                Unit::Century => count.checked_mul(100)?,
                _ => count,
            };
            let y = i32::try_from(i64::from(from.year()).checked_add(years)?).ok()?;
            point(TimePoint::Year(y))
        }
        Unit::Second | Unit::Minute | Unit::Hour => None,
    }
}

/// The `day` nearest to `from` in one direction: on or before it (`ahead` false) or
/// on or after it; `strictly` leaves `from` itself out.
pub fn weekday_from(
    from: NaiveDate,
    day: Weekday,
    ahead: bool,
    strictly: bool,
) -> Option<NaiveDate> {
    let today = i64::from(from.weekday().num_days_from_monday());
    let target = i64::from(day.num_days_from_monday());
    let mut gap = if ahead {
        (target - today).rem_euclid(7)
    } else {
        (today - target).rem_euclid(7)
    };
    if gap == 0 && strictly {
        gap = 7;
    }
    add_days(from, if ahead { gap } else { -gap })
}

/// Which way from the anchor an expression without a year points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// On or before the anchor.
    Back,
    /// On or after the anchor.
    Ahead,
    /// Whichever is nearer; the past when both are as near.
    Nearest,
    /// On or before, unless the other way is far nearer: a past tense is a hint, as
    /// "was ordered home by Jan. 14" in a report of 7 January is next week. (A future
    /// is not: "will resume on Jan. 5" in that report is next year.)
    RatherBack,
}

/// How much nearer the other way must be to overrule a past tense: in days for a day,
/// in months for longer stretches.
const OVERRULE_DAYS: i64 = 150;
const OVERRULE_MONTHS: i64 = 5;
/// And how near it must be: only the next few weeks overrule a past tense ("was
/// ordered home by Jan. 14" in a report of 7 January); "reported shootings on
/// January 1" in a report of October is the January gone, not the one to come.
const OVERRULE_WITHIN_DAYS: i64 = 45;
const OVERRULE_WITHIN_MONTHS: i64 = 1;

/// The year of a yearless expression: of the anchor's year and the ones either side,
/// the one in the direction asked nearest the anchor. `date_in(year)` gives the
/// expression's first and last day in that year (none when it has no such day:
/// 29 February), and the anchor is compared with them.
pub fn year_for(
    anchor: NaiveDate,
    direction: Direction,
    date_in: impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<i32> {
    if direction == Direction::RatherBack {
        let preferred = year_gap(anchor, Direction::Back, &date_in);
        let nearest = year_gap(anchor, Direction::Nearest, &date_in);
        return match (preferred, nearest) {
            (Some((gap, day, y)), Some((near, _, other))) => {
                let (limit, within) = if day {
                    (OVERRULE_DAYS, OVERRULE_WITHIN_DAYS)
                } else {
                    (OVERRULE_MONTHS, OVERRULE_WITHIN_MONTHS)
                };
                Some(if gap > near + limit && near <= within {
                    other
                } else {
                    y
                })
            }
            (preferred, nearest) => preferred.or(nearest).map(|(_, _, y)| y),
        };
    }
    year_gap(anchor, direction, &date_in).map(|(_, _, y)| y)
}

/// `year_for` in a strict direction: the gap to the year found, whether it is counted
/// in days (the expression is a day) or months, and the year.
fn year_gap(
    anchor: NaiveDate,
    direction: Direction,
    date_in: &impl Fn(i32) -> Option<(NaiveDate, NaiveDate)>,
) -> Option<(i64, bool, i32)> {
    let year = anchor.year();
    let candidates = [year.checked_sub(1), Some(year), year.checked_add(1)];
    let mut best: Option<(i64, bool, i32, bool)> = None;
    for y in candidates.into_iter().flatten() {
        let Some((first, last)) = date_in(y) else {
            continue;
        };
        // A day is as far as the days between; a longer stretch as far as the months
        // between, so that October is as far from April either way.
        let months = |a: NaiveDate, b: NaiveDate| {
            i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
        };
        let (gap, back) = if last < anchor {
            let gap = if first == last {
                (anchor - last).num_days()
            } else {
                months(last, anchor)
            };
            (gap, true)
        } else if first > anchor {
            let gap = if first == last {
                (first - anchor).num_days()
            } else {
                months(anchor, first)
            };
            (gap, false)
        } else {
            (0, true)
        };
        let allowed = match direction {
            Direction::Back => back,
            Direction::Ahead => !back || gap == 0,
            _ => true,
        };
        // Nearer first; at the same distance the past.
        if allowed && best.is_none_or(|(g, b, _, _)| (gap, !back) < (g, !b)) {
            best = Some((gap, back, y, first == last));
        }
    }
    best.map(|(gap, _, y, day)| (gap, day, y))
}

/// The season a date falls in, as (year, index into `SEASONS`): winter is that of the
/// December it starts in.
pub fn season_of(date: NaiveDate) -> (i32, usize) {
    match date.month() {
        3..=5 => (date.year(), 0),
        6..=8 => (date.year(), 1),
        9..=11 => (date.year(), 2),
        12 => (date.year(), 3),
        _ => (date.year() - 1, 3),
    }
}

/// The first and last day of a season.
pub fn season_days(year: i32, season: usize) -> Option<(NaiveDate, NaiveDate)> {
    let (from, to) = match season {
        0 => ((year, 3, 1), (year, 5, 31)),
        1 => ((year, 6, 1), (year, 8, 31)),
        2 => ((year, 9, 1), (year, 11, 30)),
        _ => ((year, 12, 1), (year.checked_add(1)?, 2, 28)),
    };
    Some((
        NaiveDate::from_ymd_opt(from.0, from.1, from.2)?,
        NaiveDate::from_ymd_opt(to.0, to.1, to.2)?,
    ))
}

/// The first and last day of a month.
pub fn month_days(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let (ny, nm) = add_months(year, month, 1)?;
    let last = NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()?;
    Some((first, last))
}

/// The `n`th `day` of a month (1-based), or the last one for `n` 0.
pub fn nth_weekday(year: i32, month: u32, day: Weekday, n: u32) -> Option<NaiveDate> {
    let (first, last) = month_days(year, month)?;
    if n == 0 {
        return weekday_from(last, day, false, false);
    }
    let first_one = weekday_from(first, day, true, false)?;
    let date = add_days(first_one, 7 * (i64::from(n) - 1))?;
    (date.month() == month).then_some(date)
}

/// Easter Sunday of the Gregorian calendar (the anonymous algorithm).
pub fn easter(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
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

    #[test]
    fn values_in_timex3_form_and_none_outside_four_digit_years() {
        let day = ymd(2016, 9, 26);
        assert_eq!(
            Value::DayClock(day, 9, 5).timex().unwrap(),
            "2016-09-26T09:05"
        );
        assert_eq!(Value::Week(2016, 9).timex().unwrap(), "2016-W09");
        assert_eq!(Value::Weekend(2016, 39).timex().unwrap(), "2016-W39-WE");
        assert_eq!(Value::Season(1998, 2).timex().unwrap(), "1998-FA");
        assert_eq!(Value::Quarter(2016, 3).timex().unwrap(), "2016-Q3");
        assert_eq!(Value::FiscalYear(2016).timex().unwrap(), "FY2016");
        assert_eq!(Value::Decade(199).timex().unwrap(), "199X");
        assert_eq!(Value::Century(19).timex().unwrap(), "19");
        assert_eq!(Value::Week(-1, 52).timex(), None);
        assert_eq!(Value::Decade(1000).timex(), None);
        assert_eq!(point(TimePoint::Year(10_000)), None);
        assert_eq!(
            Value::DayClock(day, 9, 5).point(),
            Some(TimePoint::Day(day))
        );
    }

    #[test]
    fn shifts_keep_the_unit_precision_and_never_overflow() {
        let from = ymd(2000, 1, 6);
        let timex = |u, n| shifted(from, u, n).and_then(|v| v.timex());
        assert_eq!(timex(Unit::Day, -11).unwrap(), "1999-12-26");
        assert_eq!(timex(Unit::Week, -6).unwrap(), "1999-W47");
        assert_eq!(timex(Unit::Month, -2).unwrap(), "1999-11");
        assert_eq!(timex(Unit::Year, -41).unwrap(), "1959");
        assert_eq!(timex(Unit::Decade, -1).unwrap(), "1990");
        assert_eq!(timex(Unit::Quarter, -1).unwrap(), "1999-Q4");
        for edge in [NaiveDate::MIN, NaiveDate::MAX] {
            for unit in [
                Unit::Day,
                Unit::Week,
                Unit::Month,
                Unit::Quarter,
                Unit::Year,
            ] {
                for n in [-1, 1, i64::MAX, i64::MIN] {
                    assert_eq!(shifted(edge, unit, n).and_then(|v| v.timex()), None);
                }
            }
        }
        assert_eq!(add_months(i32::MAX, 12, 1), None);
    }

    #[test]
    fn weekdays_either_way_and_strictly() {
        let monday = ymd(2016, 9, 26);
        assert_eq!(
            weekday_from(monday, Weekday::Fri, false, false),
            Some(ymd(2016, 9, 23))
        );
        assert_eq!(
            weekday_from(monday, Weekday::Fri, true, false),
            Some(ymd(2016, 9, 30))
        );
        assert_eq!(
            weekday_from(monday, Weekday::Mon, false, false),
            Some(monday)
        );
        assert_eq!(
            weekday_from(monday, Weekday::Mon, false, true),
            Some(ymd(2016, 9, 19))
        );
        assert_eq!(weekday_from(NaiveDate::MAX, Weekday::Mon, true, true), None);
    }

    #[test]
    fn a_year_is_chosen_nearest_in_the_direction_asked() {
        let january = ymd(2000, 1, 7);
        let nov_25 = |y| NaiveDate::from_ymd_opt(y, 11, 25).map(|d| (d, d));
        assert_eq!(year_for(january, Direction::Nearest, nov_25), Some(1999));
        assert_eq!(year_for(january, Direction::Ahead, nov_25), Some(2000));
        let december = ymd(1998, 12, 5);
        let april = |y| month_days(y, 4);
        assert_eq!(year_for(december, Direction::Nearest, april), Some(1999));
        assert_eq!(year_for(december, Direction::Back, april), Some(1998));
        // Six months either way: the past.
        let october = |y| month_days(y, 10);
        assert_eq!(
            year_for(ymd(1999, 4, 19), Direction::Nearest, october),
            Some(1998)
        );
        // The month of the anchor is both on and before it.
        assert_eq!(
            year_for(ymd(1999, 4, 19), Direction::Ahead, april),
            Some(1999)
        );
        let leap = |y| NaiveDate::from_ymd_opt(y, 2, 29).map(|d| (d, d));
        assert_eq!(
            year_for(ymd(2017, 1, 1), Direction::Nearest, leap),
            Some(2016)
        );
        assert_eq!(year_for(NaiveDate::MAX, Direction::Ahead, nov_25), None);
        // A past tense holds unless the other way is far nearer.
        let jan_14 = |y| NaiveDate::from_ymd_opt(y, 1, 14).map(|d| (d, d));
        assert_eq!(year_for(january, Direction::RatherBack, jan_14), Some(2000));
        let oct_23 = |y| NaiveDate::from_ymd_opt(y, 10, 23).map(|d| (d, d));
        assert_eq!(
            year_for(ymd(1999, 5, 6), Direction::RatherBack, oct_23),
            Some(1998)
        );
        assert_eq!(
            year_for(ymd(1999, 5, 6), Direction::Ahead, oct_23),
            Some(1999)
        );
    }

    #[test]
    fn seasons_holidays_and_easter() {
        assert_eq!(season_of(ymd(1999, 1, 10)), (1998, 3));
        assert_eq!(season_of(ymd(1999, 4, 10)), (1999, 0));
        assert_eq!(
            nth_weekday(1999, 11, Weekday::Thu, 4),
            Some(ymd(1999, 11, 25))
        );
        assert_eq!(
            nth_weekday(2016, 5, Weekday::Mon, 0),
            Some(ymd(2016, 5, 30))
        );
        assert_eq!(
            nth_weekday(2016, 2, Weekday::Mon, 5),
            Some(ymd(2016, 2, 29))
        );
        assert_eq!(nth_weekday(2017, 2, Weekday::Mon, 5), None);
        assert_eq!(easter(2000), Some(ymd(2000, 4, 23)));
        assert_eq!(easter(2025), Some(ymd(2025, 4, 20)));
        assert_eq!(easter(1000), None);
    }
}
