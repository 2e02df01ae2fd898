//! Quarters and halves of the year, as business news counts them: "the third
//! quarter", "fourth-quarter profit", "Q2", "the first half of 2016".

use chrono::NaiveDate;

use super::calendar::{year_for, Direction, Value};
use super::scan::{extend_left, Anchors, Cx, Found};
use super::tense::{tense_around, Tense};
use super::words::{ordinal, split_hyphen, year};

/// A quarter or half year at token `i`: "quarter" or "half" after its ordinal,
/// "third-quarter", or "Q3".
pub fn quarter(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let word = cx.word(i);
    let (n, half, start, mut end) = if let Some((first, rest)) = split_hyphen(word) {
        // "third-quarter"
        let n = ordinal(first)?;
        (
            n,
            period(split_hyphen(rest).map_or(rest, |(head, _)| head))?,
            i,
            i + 1,
        )
    } else if let Some(n) = q_number(word) {
        (n, false, i, i + 1)
    } else {
        // "the third quarter": found at the noun, which is rarer than the ordinal.
        let half = period(word)?;
        (ordinal(cx.word(i.wrapping_sub(1)))?, half, i - 1, i + 1)
    };
    if half && n > 2 {
        return None;
    }
    // "of 2016", "2016"; "of last year", "of this year"
    let mut written = None;
    let mut k = end;
    if cx.lower(k) == "of" {
        k += 1;
    }
    if let Some(y) = year(cx.word(k)) {
        written = Some(y);
        end = k + 1;
    }
    let first = extend_left(cx, start, &["the"]);
    let months = if half { 6 } else { 3 };
    let days_in = |y: i32| {
        let first_month = (n - 1) * months + 1;
        let first = NaiveDate::from_ymd_opt(y, first_month, 1)?;
        let last = super::calendar::month_days(y, first_month + months - 1)?.1;
        Some((first, last))
    };
    let year = written.or_else(|| {
        at.published.and_then(|p| {
            let direction = match tense_around(cx, first, end) {
                Tense::Past => Direction::RatherBack,
                Tense::Future => Direction::Ahead,
                Tense::Unknown => Direction::Nearest,
            };
            year_for(p, direction, days_in)
        })
    });
    let value = year.map(|y| {
        if half {
            Value::Half(y, n)
        } else {
            Value::Quarter(y, n)
        }
    });
    Some(Found::date(first, end, value, written.is_none()))
}

/// Whether a word is "quarter" (false) or "half" (true).
fn period(word: &str) -> Option<bool> {
    if word.eq_ignore_ascii_case("quarter") {
        Some(false)
    } else if word.eq_ignore_ascii_case("half") {
        Some(true)
    } else {
        None
    }
}

/// "Q1" to "Q4".
fn q_number(word: &str) -> Option<u32> {
    match word.as_bytes() {
        [b'Q', d @ b'1'..=b'4'] => Some(u32::from(d - b'0')),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn quarters_with_and_without_a_year() {
        let found = values(
            "Profit rose in the third quarter after losses in the fourth quarter of 2015; fourth-quarter sales will grow. Q2 was weak.",
            on(2016, 10, 20),
        );
        assert_eq!(
            found,
            [
                ("the third quarter", "2016-Q3"),
                ("the fourth quarter of 2015", "2015-Q4"),
                ("fourth-quarter", "2016-Q4"),
                ("Q2", "2016-Q2"),
            ]
        );
    }

    #[test]
    fn halves_and_ordinals_that_are_not_periods() {
        assert_eq!(
            values("Sales fell in the first half of 2016.", on(2016, 10, 20)),
            [("the first half of 2016", "2016-H1")]
        );
        assert!(values("The first speaker and the third half.", on(2016, 10, 20)).is_empty());
    }

    #[test]
    fn a_quarter_or_half_without_its_ordinal_is_no_period() {
        // Found at the noun, so a noun opening the text or after a non-ordinal is
        // turned away.
        assert!(values("Quarter of the votes went to him.", on(2016, 10, 20)).is_empty());
        assert!(values(
            "Half the state went to the quarter-final.",
            on(2016, 10, 20)
        )
        .is_empty());
        assert_eq!(
            values(
                "Second-quarter-like growth came in the Second Quarter.",
                on(2016, 10, 20)
            ),
            [
                ("Second-quarter-like", "2016-Q2"),
                ("the Second Quarter", "2016-Q2")
            ]
        );
    }
}
