//! Recurring times (TIMEX3 SET): "daily", "every week", "each Monday".

use super::scan::{Anchors, Cx, Found};
use super::words::{unit, weekday};
use super::TimexType;

/// A recurring time at token `i`.
pub fn recurring(cx: &Cx, _: &Anchors, i: usize) -> Option<Found> {
    let set = |end, value: String| Some(Found::timex(i, end, TimexType::Set, value));
    let value = match cx.lower(i) {
        "daily" | "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "quarterly" => "P1Q",
        "annually" | "yearly" => "P1Y",
        "every" | "each" => {
            if let Some((u, false)) = unit(cx.word(i + 1)) {
                return set(i + 2, u.duration(Some(1)));
            }
            let day = weekday(cx.word(i + 1))?;
            return set(i + 2, format!("XXXX-WXX-{}", day.number_from_monday()));
        }
        _ => return None,
    };
    set(i + 1, value.to_owned())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn adverbs_and_every_unit_or_weekday() {
        let found = values(
            "Published daily, audited annually, polled every week and held each Monday.",
            on(2025, 8, 17),
        );
        assert_eq!(
            found,
            [
                ("daily", "P1D"),
                ("annually", "P1Y"),
                ("every week", "P1W"),
                ("each Monday", "XXXX-WXX-1"),
            ]
        );
    }
}
