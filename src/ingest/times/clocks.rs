//! Clock times: "3 p.m.", "10:35 a.m.", "5:02 PM ET", "1430 GMT", "noon", and with
//! the day they fall on: "9 a.m. Tuesday", "noon today".

use super::calendar::Value;
use super::deictic::day_word;
use super::scan::{Anchors, Cx, Found};
use super::weekdays::weekday_after;
use super::TimexType;
use crate::model::TimePoint;

const MERIDIEMS: &[&str] = &["a.m.", "p.m.", "am", "pm", "a.m", "p.m"];
const ZONES: &[&str] = &[
    "GMT", "UTC", "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "PST", "PDT", "PT", "BST",
    "CET", "CEST", "Z",
];

/// Whether token `k` is a time zone. Every zone starts with a capital, which the
/// token's flag tells without reading the word: after most numbers, no list is read.
fn is_zone(cx: &Cx, k: usize) -> bool {
    cx.capital(k) && ZONES.contains(&cx.word(k))
}

/// A clock time at token `i`.
pub fn clock(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let (hour, minute, mut end) = time_of_day(cx, i)?;
    if is_zone(cx, end) {
        end += 1;
    }
    // "9 a.m. Tuesday", "noon today": the day it falls on.
    let day = if cx.capital(end) || matches!(cx.lower(end), "today" | "tomorrow" | "yesterday") {
        weekday_after(cx, at, end, Some(i)).or_else(|| day_word(cx, at, end))
    } else {
        None
    };
    let date = match &day {
        Some(found) => {
            end = found.end;
            found.value.as_ref().and_then(Value::point)
        }
        None => at.published.map(TimePoint::Day),
    };
    let value = match date {
        Some(TimePoint::Day(d)) => Value::DayClock(d, hour, minute),
        _ => Value::Timex(format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
    };
    Some(Found {
        first: i,
        end,
        kind: TimexType::Time,
        value: Some(value),
        relative: true,
        weekday: None,
    })
}

/// The hour and minute written at token `i`, and the token after them.
fn time_of_day(cx: &Cx, i: usize) -> Option<(u32, u32, usize)> {
    match cx.lower(i) {
        "noon" | "midday" => return Some((12, 0, i + 1)),
        "midnight" => return Some((24, 0, i + 1)),
        _ => {}
    }
    let word = cx.word(i);
    if word.is_empty() || word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // "1430 GMT", "0735 GMT": four digits and a zone.
    if word.len() == 4 {
        if !is_zone(cx, i + 1) {
            return None;
        }
        let (h, m): (u32, u32) = (word[..2].parse().ok()?, word[2..].parse().ok()?);
        return (h < 24 && m < 60).then_some((h, m, i + 1));
    }
    let mut hour: u32 = word.parse().ok()?;
    let mut minute = 0;
    let mut end = i + 1;
    if cx.is_mark(end, ":") {
        let m = cx.word(end + 1);
        if m.len() != 2 || !m.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        minute = m.parse().ok()?;
        end += 2;
    }
    // Every meridiem starts with "a" or "p": most words after a number are turned away
    // by their first letter.
    let after = cx.lower(end);
    let meridiem = (after.starts_with(['a', 'p']))
        .then(|| MERIDIEMS.iter().find(|m| m.eq_ignore_ascii_case(after)))
        .flatten()
        .copied();
    match meridiem {
        Some(m) => {
            end += 1;
            if hour == 0 || hour > 12 {
                return None;
            }
            let pm = m.starts_with('p') || m.starts_with('P');
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
        }
        // "10:35" alone is a time only with a zone after it or "at" before it.
        None if end == i + 3 && (is_zone(cx, end) || cx.lower(i.wrapping_sub(1)) == "at") => {}
        None => return None,
    }
    (hour < 24 && minute < 60).then_some((hour, minute, end))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn clock_times_on_the_publication_day() {
        let found = values(
            "The blast came at 10:35 a.m. (0735 GMT), talks at 3 p.m., noon and at 21:15.",
            on(1998, 8, 7),
        );
        assert_eq!(
            found,
            [
                ("10:35 a.m.", "1998-08-07T10:35"),
                ("0735 GMT", "1998-08-07T07:35"),
                ("3 p.m.", "1998-08-07T15:00"),
                ("noon", "1998-08-07T12:00"),
                ("21:15", "1998-08-07T21:15"),
            ]
        );
    }

    #[test]
    fn a_clock_time_takes_the_day_after_it() {
        let found = values(
            "Relatives have until 9 a.m. EST Tuesday to sign; the vote is at 5:02 PM ET tomorrow.",
            on(2000, 4, 3),
        );
        assert_eq!(
            found,
            [
                ("9 a.m. EST Tuesday", "2000-04-04T09:00"),
                ("5:02 PM ET tomorrow", "2000-04-04T17:02")
            ]
        );
    }

    #[test]
    fn the_quick_tests_hold_for_every_zone_and_meridiem() {
        // `is_zone` asks the capital flag first, `time_of_day` the first letter.
        for zone in super::ZONES {
            assert!(zone.starts_with(|c: char| c.is_ascii_uppercase()), "{zone}");
        }
        for meridiem in super::MERIDIEMS {
            assert!(meridiem.starts_with(['a', 'p']), "{meridiem}");
        }
    }

    #[test]
    fn numbers_that_are_not_times() {
        assert!(values("A score of 3:2 and 1430 people.", on(1998, 8, 7)).is_empty());
    }
}
