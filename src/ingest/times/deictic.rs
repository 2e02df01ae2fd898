//! Words that point at the time of writing: "today", "yesterday afternoon",
//! "tomorrow night", "now", "currently", "these days" (TIMEX3 PRESENT_REF),
//! "recently", "in the past" (PAST_REF) and "the future" (FUTURE_REF).

use super::calendar::{add_days, Value};
use super::scan::{extend_left, Anchors, Cx, Found};
use super::words::{part_of_day, unpossessed};
use super::TimexType;

/// A day named from the publication date at token `i`: "today", "yesterday's vote",
/// "tomorrow night".
pub fn day_word(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    // "USA Today's", "NBC's Today": a newspaper or a show, after a name.
    let named = matches!(unpossessed(cx.word(i)), "TODAY" | "Today")
        && cx.capital(i.wrapping_sub(1))
        && !cx.starts_sentence(i);
    if named {
        return None;
    }
    let shift = match unpossessed(cx.lower(i)) {
        "today" | "tonight" => 0,
        "yesterday" => -1,
        "tomorrow" => 1,
        _ => return None,
    };
    let mut end = i + 1;
    if cx.lower(i) != "tonight"
        && unpossessed(cx.word(i)) == cx.word(i)
        && part_of_day(cx.word(i + 1))
    {
        end += 1;
    }
    let value = at
        .published
        .and_then(|p| add_days(p, shift))
        .and_then(Value::day);
    Some(Found::date(i, end, value, true))
}

/// The present, the past and the future as references rather than dates.
pub fn reference(cx: &Cx, _: &Anchors, i: usize) -> Option<Found> {
    let word = cx.lower(i);
    let present = |first, end| Some(Found::timex(first, end, TimexType::Date, "PRESENT_REF"));
    match word {
        // "Now, ..." opening a sentence moves an argument on; it dates nothing.
        "now" if cx.starts_sentence(i) => None,
        // "until now", "from now to Election Day": a bound, not the present.
        "now" if matches!(cx.lower(i.wrapping_sub(1)), "until" | "from") => None,
        "now" => present(i, i + 1),
        "currently" | "nowadays" | "presently" => present(i, i + 1),
        // "these days"
        "days" if cx.lower(i.wrapping_sub(1)) == "these" => present(i - 1, i + 1),
        // "at present"
        "present" if cx.lower(i.wrapping_sub(1)) == "at" && cx.is_break(i + 1) => {
            present(i - 1, i + 1)
        }
        "recently" | "lately" => Some(Found::timex(i, i + 1, TimexType::Date, "PAST_REF")),
        // "in the past", "the past": the noun, not "the past week" nor "past practice".
        "past" if cx.lower(i.wrapping_sub(1)) == "the" && ends_phrase(cx, i + 1) => {
            Some(Found::timex(i - 1, i + 1, TimexType::Date, "PAST_REF"))
        }
        // "the future", "in the near future", "in future"; not "future plans".
        "future"
            if matches!(
                cx.lower(i.wrapping_sub(1)),
                "the" | "near" | "foreseeable" | "distant" | "immediate" | "in"
            ) && ends_phrase(cx, i + 1) =>
        {
            let first = extend_left(
                cx,
                i,
                &["the", "near", "foreseeable", "distant", "immediate"],
            );
            Some(Found::timex(first, i + 1, TimexType::Date, "FUTURE_REF"))
        }
        _ => None,
    }
}

/// Whether token `k` ends the phrase before it: a mark, or a word that cannot go on
/// a noun phrase.
fn ends_phrase(cx: &Cx, k: usize) -> bool {
    cx.is_break(k)
        || matches!(
            cx.lower(k),
            "and"
                | "or"
                | "but"
                | "as"
                | "when"
                | "where"
                | "is"
                | "was"
                | "will"
                | "would"
                | "that"
                | "of"
                | "for"
                | "to"
                | "in"
                | "on"
                | "with"
                | "he"
                | "she"
                | "they"
                | "we"
                | "it"
                | "i"
                | "you"
                | "because"
                | "if"
                | "than"
                | "at"
                | "has"
                | "have"
        )
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn days_named_from_publication() {
        let found = values(
            "Yesterday's vote came after talks today, tonight and yesterday afternoon; more tomorrow night.",
            on(2025, 8, 17),
        );
        assert_eq!(
            found,
            [
                ("Yesterday's", "2025-08-16"),
                ("today", "2025-08-17"),
                ("tonight", "2025-08-17"),
                ("yesterday afternoon", "2025-08-16"),
                ("tomorrow night", "2025-08-18"),
            ]
        );
    }

    #[test]
    fn a_newspaper_is_not_today() {
        assert!(values("USA TODAY's poll and USA Today found it.", on(2016, 9, 22)).is_empty());
        assert_eq!(
            values("Today, USA Today.", on(2016, 9, 22)),
            [("Today", "2016-09-22")]
        );
    }

    #[test]
    fn now_and_its_kin_are_the_present() {
        let found = values(
            "The embassy is now closed; it currently works from a hotel, as many do these days.",
            on(1998, 8, 18),
        );
        assert_eq!(
            found,
            [
                ("now", "PRESENT_REF"),
                ("currently", "PRESENT_REF"),
                ("these days", "PRESENT_REF"),
            ]
        );
        // A sentence opened by "Now," argues rather than dates.
        assert!(values("Now, the alliance has a new task.", on(1998, 8, 18)).is_empty());
    }

    #[test]
    fn the_past_and_the_future_as_references() {
        let found = values(
            "He recently said that in the past he erred, but in the near future he will not; future plans are unclear.",
            on(2000, 2, 10),
        );
        assert_eq!(
            found,
            [
                ("recently", "PAST_REF"),
                ("the past", "PAST_REF"),
                ("the near future", "FUTURE_REF"),
            ]
        );
    }
}
