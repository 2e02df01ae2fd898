//! Weekdays: "Friday", "on Monday night", "last Friday", "Monday's debate",
//! "Monday, Sept. 26" and, in datelines, "Fri October 28, 2016". A bare weekday is
//! the publication day itself when it names it; otherwise the most recent one, or the
//! next one when its clause speaks of the future.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{weekday_from, Value};
use super::dates::month_date;
use super::scan::{Anchors, Cx, Found};
use super::tense::{tense_around, Tense};
use super::words::{
    day_of_month, month, part_of_day, unpossessed, weekday as weekday_named, weekday_abbreviation,
};

/// A weekday at token `i`.
pub fn weekday(cx: &Cx, at: &Anchors, i: usize) -> Option<Found> {
    weekday_after(cx, at, i, None)
}

/// A weekday at token `i` that closes an expression begun at `opened` ("9 a.m.
/// Tuesday"), whose clause gives the tense.
pub fn weekday_after(cx: &Cx, at: &Anchors, i: usize, opened: Option<usize>) -> Option<Found> {
    let word = cx.word(i);
    if !cx.capital(i) {
        return None;
    }
    let day = weekday_named(word);
    // "Monday, Sept. 26", "Fri October 28, 2016": the date says which.
    if let Some(dated) = dated_weekday(cx, at, i, day) {
        return Some(dated);
    }
    let day = day?;
    let modifier = cx.lower(i.wrapping_sub(1));
    let first = if matches!(modifier, "last" | "next" | "this") {
        i - 1
    } else {
        i
    };
    let mut end = i + 1;
    // "Friday night"; not after a possessive ("Friday's night" is no English).
    if unpossessed(word) == word && part_of_day(cx.word(i + 1)) {
        end += 1;
    }
    let last_word = cx.word(end - 1);
    let possessive = unpossessed(last_word) != last_word;
    // Whether the clause said which way the day lies; a guess otherwise.
    let mut sure = true;
    let date = at.published.and_then(|p| {
        match modifier {
            "last" => weekday_from(p, day, false, true),
            "next" => weekday_from(p, day, true, true),
            // The publication day itself, whatever the tense: "said Friday" in a
            // Friday report.
            _ if p.weekday() == day => Some(p),
            _ => match tense_around(cx, opened.unwrap_or(first), end) {
                Tense::Future => weekday_from(p, day, true, true),
                // A possessive names an occasion the clause's verb may not govern
                // ("invited her to Monday's debate" the day before it): a past a week
                // away yields to a day or two ahead.
                Tense::Past if possessive => {
                    let back = weekday_from(p, day, false, true)?;
                    let ahead = weekday_from(p, day, true, true)?;
                    Some(if (p - back).num_days() >= 5 {
                        ahead
                    } else {
                        back
                    })
                }
                Tense::Past => weekday_from(p, day, false, true),
                Tense::Unknown => {
                    sure = false;
                    nearest(p, day)
                }
            },
        }
    });
    let mut found = Found::date(first, end, date.and_then(Value::day), true);
    found.weekday = Some((day, sure));
    Some(found)
}

/// The `day` nearer to `published`, before or after it.
fn nearest(published: NaiveDate, day: Weekday) -> Option<NaiveDate> {
    let back = weekday_from(published, day, false, true)?;
    let ahead = weekday_from(published, day, true, true)?;
    Some(if published - back <= ahead - published {
        back
    } else {
        ahead
    })
}

/// "Monday, Sept. 26" or "Fri October 28, 2016": a weekday, spelt out or abbreviated,
/// before a month and day.
fn dated_weekday(cx: &Cx, at: &Anchors, i: usize, day: Option<Weekday>) -> Option<Found> {
    let day = day.or_else(|| weekday_abbreviation(cx.word(i)))?;
    let mut k = i + 1;
    if cx.is_mark(k, ",") {
        k += 1;
    }
    // "Friday, 15 August 2025": the month comes after the day.
    if day_of_month(cx.word(k)).is_some() {
        k += 1;
    }
    if !cx.capital(k) || month(cx.word(k)).is_none() {
        return None;
    }
    let date = month_date(cx, at, k, Some(day))?;
    Some(Found { first: i, ..date })
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    // Sunday 17 August 2025.
    fn sunday() -> Option<chrono::NaiveDate> {
        on(2025, 8, 17)
    }

    #[test]
    fn a_weekday_in_the_past_is_the_one_just_gone() {
        assert_eq!(
            values("The summit was held on Friday.", sunday()),
            [("Friday", "2025-08-15")]
        );
        assert_eq!(
            values("Zelensky said Sunday that he was ready.", sunday()),
            [("Sunday", "2025-08-17")]
        );
    }

    #[test]
    fn a_weekday_in_the_future_is_the_one_to_come() {
        assert_eq!(
            values("On Monday, Zelensky will arrive.", sunday()),
            [("Monday", "2025-08-18")]
        );
        assert_eq!(
            values("Officials planned to leave on Thursday.", sunday()),
            [("Thursday", "2025-08-21")]
        );
    }

    #[test]
    fn a_future_word_elsewhere_in_the_sentence_does_not_move_it() {
        // The sentence-wide test used to send this to the next week.
        assert_eq!(
            values(
                "The better-than-expected talks ended Friday, and leaders will meet again.",
                sunday()
            ),
            [("Friday", "2025-08-15")]
        );
    }

    #[test]
    fn last_next_possessives_and_parts_of_the_day() {
        assert_eq!(
            values(
                "After last Friday's talks and Saturday night's dinner, they meet next Sunday morning.",
                sunday()
            ),
            [
                ("last Friday's", "2025-08-15"),
                ("Saturday night's", "2025-08-16"),
                ("next Sunday morning", "2025-08-24"),
            ]
        );
    }

    #[test]
    fn a_weekday_with_its_date_takes_the_year_that_fits() {
        // 23 October was a Friday in 1998.
        assert_eq!(
            values(
                "He was shot on the night of Friday, Oct. 23.",
                on(1999, 1, 22)
            ),
            [("Friday, Oct. 23", "1998-10-23")]
        );
        assert_eq!(
            values(
                "The page changed on Fri October 28, 2016.",
                on(2016, 10, 30)
            ),
            [("October 28, 2016", "2016-10-28")]
        );
    }

    #[test]
    fn a_possessive_or_a_present_tense_takes_the_nearer_day() {
        // Friday 23 September 2016: the debate is three days ahead.
        let friday = on(2016, 9, 23);
        assert_eq!(
            values(
                "Trump has praised the moderator of Monday night's debate.",
                friday
            ),
            [("Monday night's", "2016-09-26")]
        );
        assert_eq!(
            values(
                "Trump and Clinton meet for the first debate Monday.",
                friday
            ),
            [("Monday", "2016-09-26")]
        );
        // Thursday 29 September: three days back.
        assert_eq!(
            values("Polls moved after Monday's debate.", on(2016, 9, 29)),
            [("Monday's", "2016-09-26")]
        );
        // Friday 30 September, a past clause: four days back, not three ahead.
        assert_eq!(
            values(
                "His microphone failed during Monday's debate.",
                on(2016, 9, 30)
            ),
            [("Monday's", "2016-09-26")]
        );
        // Sunday 25 September: a past a week away yields to the morrow.
        assert_eq!(
            values("He invited her to Monday night's debate.", on(2016, 9, 25)),
            [("Monday night's", "2016-09-26")]
        );
    }

    #[test]
    fn a_guess_yields_to_what_the_report_says_elsewhere() {
        // Friday 30 September 2016: the present tense alone would take the coming
        // Monday; the report's past-tense mentions name the one gone.
        let found = values(
            "Trump is raising questions about Monday's debate. Clinton won Monday's debate.",
            on(2016, 9, 30),
        );
        assert_eq!(
            found,
            [("Monday's", "2016-09-26"), ("Monday's", "2016-09-26")]
        );
    }

    #[test]
    fn without_a_publication_date_a_weekday_stays_unresolved() {
        assert_eq!(values("He spoke on Friday.", None), [("Friday", "")]);
    }

    #[test]
    fn abbreviations_that_are_words_are_no_weekdays() {
        // "Sun", "Sat", "Wed" are words (and papers) far more often than days.
        assert!(values("The Sun said he sat down and wed her.", sunday()).is_empty());
    }

    #[test]
    fn a_guess_agrees_only_with_the_same_weekday() {
        // Friday 30 September 2016: Monday's past-tense mention does not move the
        // Tuesday, which is a guess on its own (the nearer Tuesday).
        let found = values(
            "Clinton won Monday's debate. Tuesday's rally is in Ohio.",
            on(2016, 9, 30),
        );
        assert_eq!(
            found,
            [("Monday's", "2016-09-26"), ("Tuesday's", "2016-09-27")]
        );
    }
}
