//! Seasons: "last fall", "this spring", "the summer of 2016", "winter 2015", "in the
//! fall". A season without a year is the nearest one in the direction of the tense.

use chrono::{Datelike, NaiveDate};

use super::calendar::{season_days, season_of, year_for, Direction, Value};
use super::scan::{extend_left, Anchors, Cx, Found};
use super::tense::{tense_around, Tense};
use super::words::{season, year};

/// Words before a bare season that make it one: "in the fall", not "prices fall".
const BEFORE: &[&str] = &[
    "the", "in", "this", "last", "next", "early", "late", "mid", "during", "since", "by", "until",
    "through", "of",
];

/// A season at token `i`. With `shift` (-1 for "last", 0 for "this", 1 for "next",
/// said by the word before) it counts from publication.
pub fn season_named(cx: &Cx, at: &Anchors, i: usize, shift: Option<i64>) -> Option<Found> {
    let s = season(cx.word(i))?;
    // "the fall of 1998", "summer 2016"
    let (written, end) = match (cx.lower(i + 1), year(cx.word(i + 1))) {
        (_, Some(y)) => (Some(y), i + 2),
        ("of", _) => match year(cx.word(i + 2)) {
            Some(y) => (Some(y), i + 3),
            // "the fall of Rome"
            None => return None,
        },
        _ => (None, i + 1),
    };
    if shift.is_none() && written.is_none() && !BEFORE.contains(&cx.lower(i.wrapping_sub(1))) {
        return None;
    }
    let first = extend_left(cx, i, &["the", "early", "late", "mid"]);
    let p = at.published;
    let year = match (written, shift) {
        (Some(y), _) => Some(y),
        (None, Some(shift)) => p.and_then(|p| shifted_season(p, s, shift)),
        (None, None) => p.and_then(|p| {
            let direction = match tense_around(cx, first, end) {
                Tense::Past => Direction::RatherBack,
                Tense::Future => Direction::Ahead,
                Tense::Unknown => Direction::Nearest,
            };
            year_for(p, direction, |y| season_days(y, s))
        }),
    };
    let value = year.map(|y| Value::Season(y, s));
    Some(Found::date(first, end, value, written.is_none()))
}

/// The year of season `s` said of `published` as "last" (-1), "this" (0) or "next" (1).
fn shifted_season(published: NaiveDate, s: usize, shift: i64) -> Option<i32> {
    let (year, now) = season_of(published);
    let index = |y: i32, s: usize| i64::from(y) * 4 + s as i64;
    let current = index(year, now);
    // Of the seasons `s` around, the last one before the current season, the next
    // one after it, or for "this" the one of the current year.
    let candidates = [year - 1, year, year + 1].map(|y| (y, index(y, s)));
    let found = match shift {
        -1 => candidates.iter().rev().find(|(_, k)| *k < current),
        1 => candidates.iter().find(|(_, k)| *k > current),
        _ => {
            // In January "this summer" is of the calendar year, "this winter" the
            // one going on.
            let y = if s == 3 { year } else { published.year() };
            return Some(y);
        }
    };
    found.map(|(y, _)| *y)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn last_this_and_next_seasons() {
        let found = values(
            "He was shot last fall, will run this spring and retire next winter.",
            on(1999, 4, 10),
        );
        assert_eq!(
            found,
            [
                ("last fall", "1998-FA"),
                ("this spring", "1999-SP"),
                ("next winter", "1999-WI")
            ]
        );
        assert_eq!(
            values("Snow fell last winter.", on(1999, 1, 10)),
            [("last winter", "1997-WI")]
        );
    }

    #[test]
    fn seasons_with_years_and_alone() {
        let found = values(
            "In the summer of 2016 and winter 2015 it grew; in the fall it fell.",
            on(2017, 3, 1),
        );
        assert_eq!(
            found,
            [
                ("the summer of 2016", "2016-SU"),
                ("winter 2015", "2015-WI"),
                ("the fall", "2016-FA")
            ]
        );
    }

    #[test]
    fn a_season_word_that_is_a_verb_or_a_fall_is_none() {
        assert!(values("Prices fall in spring markets.", on(2017, 3, 1)).len() <= 1);
        assert!(values("The fall of Rome was long.", on(2017, 3, 1)).is_empty());
        assert!(values("Prices fall.", on(2017, 3, 1)).is_empty());
    }
}
