//! How long: "three hours", "24-hour", "a four-year-long war", "two more weeks",
//! "several weeks", "for days".

use super::relative;
use super::scan::{Anchors, Cx, Found};
use super::words::{number, split_hyphen, unit, Unit};
use super::TimexType;

/// A count and a unit at token `i`: the count (none when vague: "a few", "several",
/// a bare "days"), the unit, and the token after the unit.
pub fn measure(cx: &Cx, i: usize) -> Option<(Option<u32>, Unit, usize)> {
    let word = cx.word(i);
    if word.is_empty() {
        return None;
    }
    let lower = cx.lower(i);
    // "a week", "an hour": the commonest word here, answered at once (it has no
    // hyphen, so the hyphenated forms below are not passed over). `unit` reads its
    // word without regard to case, so the next word is read once, lowered.
    if matches!(lower, "a" | "an") {
        let next = cx.lower(i + 1);
        if next != "few" {
            let (u, false) = unit(next)? else {
                return None;
            };
            return Some((Some(1), u, i + 2));
        }
    }
    // "four-year-long", "24-hour", "decades-long"
    if let Some((count, rest)) = split_hyphen(word) {
        let unit_word = split_hyphen(rest).map_or(rest, |(head, _)| head);
        if let (Some(n), Some((u, _))) = (number(count), unit(unit_word)) {
            return Some((Some(n), u, i + 1));
        }
        if let Some((u, true)) = unit(count) {
            if unit_word.eq_ignore_ascii_case("long") {
                return Some((None, u, i + 1));
            }
        }
        // "twenty-five years" goes on below.
        number(word)?;
    }
    // "several weeks", "a few days", "many years"
    let vague_at = match lower {
        "several" | "few" | "many" => Some(i + 1),
        "a" if cx.lower(i + 1) == "few" => Some(i + 2),
        _ => None,
    };
    if let Some(k) = vague_at {
        let (u, true) = unit(cx.word(k))? else {
            return None;
        };
        return Some((None, u, k + 1));
    }
    if let Some(n) = number(word) {
        // Not the end of a larger number: "1,000 years".
        if cx.is_mark(i.wrapping_sub(1), ",") && number(cx.word(i.wrapping_sub(2))).is_some() {
            return None;
        }
        let k = if cx.lower(i + 1) == "more" {
            i + 2
        } else {
            i + 1
        };
        let (u, plural) = unit(cx.word(k))?;
        let article = matches!(lower, "a" | "an");
        if article && plural {
            return None;
        }
        return Some((Some(n), u, k + 1));
    }
    let (u, true) = unit(word)? else {
        return None;
    };
    Some((None, u, i + 1))
}

/// Whether "a" or "an" at token `i` may start a measure: only before "few" or a unit
/// in the singular ("a few days", "a week"), as `measure` reads it. `find_times` asks
/// this before it looks the article's recognisers up: it is the commonest candidate
/// word, and seldom starts an expression.
pub fn article_may_measure(cx: &Cx, i: usize) -> bool {
    let next = cx.lower(i + 1);
    next == "few" || matches!(unit(next), Some((_, false)))
}

/// A count of units at token `i`: a date counted from an anchor ("two years ago") or,
/// else, a duration ("three hours"). What is counted is read once for both.
pub fn counted_or_duration(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    let measured = measure(cx, i)?;
    if is_age(cx, measured.2) {
        return None;
    }
    relative::counted(cx, at, i, measured).or_else(|| duration(cx, i, measured))
}

/// Whether the measure ending before token `end` is someone's age: "a 6-year-old",
/// "the 44-year-old mayor", "18-year-olds", "30 years old". News gives ages all the
/// time; TimeML does not tag them, and they neither date nor time anything.
fn is_age(cx: &Cx, end: usize) -> bool {
    let last = cx.lower(end.wrapping_sub(1));
    last.ends_with("-old") || last.ends_with("-olds") || cx.lower(end) == "old"
}

/// A duration at token `i`, given what `measure` read there.
fn duration(cx: &Cx, i: usize, (count, u, end): (Option<u32>, Unit, usize)) -> Option<Found> {
    if count.is_none() && end == i + 1 && split_hyphen(cx.word(i)).is_none() {
        // A bare plural ("days") is a duration only where one is expected: "for days",
        // "in recent weeks", "within hours".
        let before = cx.lower(i.wrapping_sub(1));
        let expected = i == 0
            || cx.is_break(i - 1)
            || matches!(
                before,
                "for" | "in" | "within" | "over" | "after" | "recent"
            );
        if !expected {
            return None;
        }
    }
    Some(Found::timex(i, end, TimexType::Duration, u.duration(count)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values, with_cx};
    use super::*;

    #[test]
    fn an_article_turned_away_measures_nothing() {
        let after = [
            "week",
            "Week",
            "weeks",
            "few",
            "Few",
            "FEW",
            "hour",
            "second",
            "seconds",
            "day",
            "Days",
            "century",
            "centuries",
            "quarter",
            "man",
            "four-year",
            "-",
            ",",
            "",
        ];
        for article in ["a", "A", "an", "An", "AN"] {
            for first in after {
                for second in after {
                    let text = format!("{article} {first} {second} more");
                    with_cx(&text, |cx| {
                        let measured = measure(cx, 0);
                        assert!(article_may_measure(cx, 0) || measured.is_none(), "{text}");
                    });
                }
            }
        }
    }

    #[test]
    fn counts_hyphenated_and_vague_durations() {
        let found = values(
            "After three hours, a 24-hour strike, a four-year-long war, two more weeks, several weeks and decades-long feuds.",
            on(2025, 8, 17),
        );
        assert_eq!(
            found,
            [
                ("three hours", "PT3H"),
                ("24-hour", "PT24H"),
                ("four-year-long", "P4Y"),
                ("two more weeks", "P2W"),
                ("several weeks", "PXW"),
                ("decades-long", "PXDE"),
            ]
        );
    }

    #[test]
    fn a_bare_plural_only_where_a_duration_is_expected() {
        assert_eq!(
            values("They talked for days.", on(2025, 8, 17)),
            [("days", "PXD")]
        );
        assert!(values("The days of talks ended.", on(2025, 8, 17)).is_empty());
        assert!(values("He has 1,000 years of history.", on(2025, 8, 17)).is_empty());
    }

    #[test]
    fn one_unit_after_an_article() {
        assert_eq!(
            values(
                "It took a week, then an hour; a few days on, a weeks-long wait.",
                None
            ),
            [
                ("a week", "P1W"),
                ("an hour", "PT1H"),
                ("a few days", "PXD"),
                ("weeks-long", "PXW"),
            ]
        );
        assert!(values("A man and an ally met a second time.", None).is_empty());
    }

    #[test]
    fn an_age_is_no_duration() {
        assert_eq!(
            values(
                "The 44-year-old mayor, a six-month-old boy and 18-year-olds came; she is \
                 30 years old and the house is a century old. The war was a four-year-long one \
                 that ended two years ago.",
                on(2025, 8, 17)
            ),
            [("four-year-long", "P4Y"), ("two years ago", "2023")]
        );
    }
}
