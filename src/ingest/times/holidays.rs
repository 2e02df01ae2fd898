//! Holidays of the US calendar news dates things by: "Thanksgiving", "Election Day",
//! "Christmas Eve", "Easter week", "last Thanksgiving". Without a year, the nearest
//! one in the direction of the tense.

use chrono::{NaiveDate, Weekday};

use super::calendar::{
    add_days, easter, iso_week, nth_weekday, weekday_from, year_for, Direction, Value,
};
use super::scan::{Anchors, Cx, Found};
use super::tense::{tense_around, Tense};
use super::words::{unpossessed, year};

/// How a holiday falls in a year.
#[derive(Debug, Clone, Copy)]
enum Rule {
    Fixed(u32, u32),
    /// The `n`th weekday of a month (0: the last).
    Nth(u32, Weekday, u32),
    /// The Tuesday after the first Monday of November.
    ElectionDay,
    /// Easter Sunday shifted by days.
    Easter(i64),
}

impl Rule {
    fn date(self, year: i32) -> Option<NaiveDate> {
        match self {
            Rule::Fixed(m, d) => NaiveDate::from_ymd_opt(year, m, d),
            Rule::Nth(m, day, n) => nth_weekday(year, m, day, n),
            Rule::ElectionDay => add_days(nth_weekday(year, 11, Weekday::Mon, 1)?, 1),
            Rule::Easter(shift) => add_days(easter(year)?, shift),
        }
    }
}

/// Names ending in "Day", by the words before it (lower case, possessives off).
const DAYS: &[(&[&str], Rule)] = &[
    (&["new", "year"], Rule::Fixed(1, 1)),
    (&["election"], Rule::ElectionDay),
    (&["labor"], Rule::Nth(9, Weekday::Mon, 1)),
    (&["memorial"], Rule::Nth(5, Weekday::Mon, 0)),
    (&["independence"], Rule::Fixed(7, 4)),
    (&["veterans"], Rule::Fixed(11, 11)),
    (&["valentine"], Rule::Fixed(2, 14)),
    (&["mother"], Rule::Nth(5, Weekday::Sun, 2)),
    (&["father"], Rule::Nth(6, Weekday::Sun, 3)),
    (&["presidents"], Rule::Nth(2, Weekday::Mon, 3)),
    (&["president"], Rule::Nth(2, Weekday::Mon, 3)),
    (&["columbus"], Rule::Nth(10, Weekday::Mon, 2)),
    (&["king"], Rule::Nth(1, Weekday::Mon, 3)),
    (&["king", "jr."], Rule::Nth(1, Weekday::Mon, 3)),
    (&["inauguration"], Rule::Fixed(1, 20)),
    (&["christmas"], Rule::Fixed(12, 25)),
    (&["thanksgiving"], Rule::Nth(11, Weekday::Thu, 4)),
    (&["boxing"], Rule::Fixed(12, 26)),
    (&["armistice"], Rule::Fixed(11, 11)),
];

/// A holiday whose name ends at token `i` ("Day", "Eve", "Christmas").
pub fn holiday(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    if !cx.capital(i) {
        return None;
    }
    // The word less its possessive, lowered: the same bytes of the lowered text.
    let word = &cx.lower(i)[..unpossessed(cx.word(i)).len()];
    let (first, rule, mut end) = match word {
        "day" => day_named(cx, i)?,
        "eve" => match unpossessed(cx.lower(i.wrapping_sub(1))) {
            "christmas" => (i - 1, Rule::Fixed(12, 24), i + 1),
            "year" if cx.lower(i.wrapping_sub(2)) == "new" => (i - 2, Rule::Fixed(12, 31), i + 1),
            _ => return None,
        },
        "christmas" if !cx.word(i + 1).eq_ignore_ascii_case("eve") => {
            (i, Rule::Fixed(12, 25), i + 1 + day_after(cx, i + 1))
        }
        "thanksgiving" => (
            i,
            Rule::Nth(11, Weekday::Thu, 4),
            i + 1 + day_after(cx, i + 1),
        ),
        "halloween" => (i, Rule::Fixed(10, 31), i + 1),
        "easter" => {
            // "Easter week" is the ISO week of Easter Sunday.
            if cx.lower(i + 1) == "week" {
                return easter_week(cx, at, i);
            }
            let shift = if cx.lower(i + 1) == "monday" { 1 } else { 0 };
            let end = i + 1 + usize::from(matches!(cx.lower(i + 1), "sunday" | "monday"));
            (i, Rule::Easter(shift), end)
        }
        _ => return None,
    };
    // A bare name before a plural noun names a kind of thing, not a day: "Christmas
    // trees", "Thanksgiving leftovers".
    if end == first + 1 && names_a_thing(cx.word(end)) {
        return None;
    }
    let modifier = cx.lower(first.wrapping_sub(1));
    let first = if matches!(modifier, "last" | "next" | "this") {
        first - 1
    } else {
        first
    };
    let written = year(cx.word(end));
    if written.is_some() {
        end += 1;
    }
    let days = |y: i32| rule.date(y).map(|d| (d, d));
    let year = written.or_else(|| {
        let p = at.published?;
        let direction = match modifier {
            "last" => Direction::Back,
            "next" => Direction::Ahead,
            _ => match tense_around(cx, first, end) {
                Tense::Past => Direction::RatherBack,
                Tense::Future => Direction::Ahead,
                Tense::Unknown => Direction::Nearest,
            },
        };
        // "last Thanksgiving" on Thanksgiving is a year ago.
        let strictly =
            |y: i32| days(y).filter(|(d, _)| !matches!(modifier, "last" | "next") || *d != p);
        year_for(p, direction, strictly)
    });
    let value = year.and_then(|y| rule.date(y)).and_then(Value::day);
    Some(Found::date(first, end, value, written.is_none()))
}

/// Whether `word` is a plural noun in lower case (not a verb in "-s" that the holiday
/// is the subject of: "Christmas comes early").
fn names_a_thing(word: &str) -> bool {
    const VERBS: &[&str] = &[
        "is", "was", "has", "does", "comes", "falls", "means", "looks", "seems", "remains",
        "brings", "marks", "gets", "goes", "begins", "ends", "lands", "arrives", "passes",
    ];
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && word.starts_with(|c: char| c.is_ascii_lowercase())
        && !VERBS.contains(&word)
}

/// The holiday named by the words before "Day" at `i`: its first token, rule and end.
fn day_named(cx: &Cx, i: usize) -> Option<(usize, Rule, usize)> {
    DAYS.iter().find_map(|(words, rule)| {
        let first = i.checked_sub(words.len())?;
        let matches = words
            .iter()
            .enumerate()
            .all(|(k, w)| cx.capital(first + k) && unpossessed(cx.lower(first + k)) == *w);
        // "Martin Luther King Jr. Day" and "King Day" name the same.
        let first = if matches && words.contains(&"king") {
            let mut f = first;
            while f > 0 && matches!(cx.lower(f - 1), "luther" | "martin") {
                f -= 1;
            }
            f
        } else {
            first
        };
        matches.then_some((first, *rule, i + 1))
    })
}

/// 1 when the token at `k` is "Day" ("Thanksgiving Day", "Christmas Day").
fn day_after(cx: &Cx, k: usize) -> usize {
    usize::from(cx.word(k) == "Day")
}

fn easter_week(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let p = at.published;
    let year = p.and_then(|p| {
        let direction = match tense_around(cx, i, i + 2) {
            Tense::Future => Direction::Ahead,
            Tense::Past => Direction::RatherBack,
            Tense::Unknown => Direction::Nearest,
        };
        year_for(p, direction, |y| {
            let sunday = easter(y)?;
            Some((weekday_from(sunday, Weekday::Mon, false, false)?, sunday))
        })
    });
    let value = year
        .and_then(easter)
        .map(iso_week)
        .map(|(y, w)| Value::Week(y, w));
    Some(Found::date(i, i + 2, value, true))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn holidays_take_the_nearest_year_in_the_tense() {
        let found = values(
            "The boy was rescued on Thanksgiving Day; Christmas Eve passed and he will be home by Election Day.",
            on(2000, 1, 7),
        );
        assert_eq!(
            found,
            [
                ("Thanksgiving Day", "1999-11-25"),
                ("Christmas Eve", "1999-12-24"),
                ("Election Day", "2000-11-07"),
            ]
        );
    }

    #[test]
    fn last_and_written_years_and_easter() {
        let found = values(
            "Since last Thanksgiving and Labor Day 2016, through Easter week, Martin Luther King Jr. Day came.",
            on(2000, 4, 17),
        );
        assert_eq!(
            found,
            [
                ("last Thanksgiving", "1999-11-25"),
                ("Labor Day 2016", "2016-09-05"),
                ("Easter week", "2000-W16"),
                ("Martin Luther King Jr. Day", "2000-01-17"),
            ]
        );
    }

    #[test]
    fn a_holiday_naming_a_kind_of_thing_is_no_date() {
        let found = values(
            "Farmers sold Christmas trees and Thanksgiving turkeys; Christmas comes early.",
            on(2016, 9, 28),
        );
        assert_eq!(found, [("Christmas", "2016-12-25")]);
    }

    #[test]
    fn a_day_that_names_no_holiday() {
        assert!(values("It was a good Day for Mother.", on(2000, 4, 17)).is_empty());
    }
}
