//! Days and dates as written in a claim: weekdays ("on Friday"), calendar dates at the
//! precision given ("15 August", "Aug. 15, 2025", "February 2022"), and years alone.

use super::{Found, Tokens};

/// A date at the precision the text gives; a weekday stands apart, as it names no
/// calendar day without an anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateValue {
    /// 0 = Monday.
    Weekday(u8),
    Calendar {
        year: Option<i32>,
        /// 1-12; `None` for a year alone.
        month: Option<u8>,
        day: Option<u8>,
    },
}

impl DateValue {
    /// Whether two dates can be the same day: a weekday only with the same weekday, and
    /// calendar dates when every part both give agrees.
    pub fn compatible(self, other: DateValue) -> bool {
        use DateValue::*;
        match (self, other) {
            (Weekday(a), Weekday(b)) => a == b,
            (
                Calendar {
                    year: ya,
                    month: ma,
                    day: da,
                },
                Calendar {
                    year: yb,
                    month: mb,
                    day: db,
                },
            ) => {
                fn agree<T: PartialEq>(a: Option<T>, b: Option<T>) -> bool {
                    a.zip(b).is_none_or(|(a, b)| a == b)
                }
                agree(ya, yb) && agree(ma, mb) && agree(da, db)
            }
            _ => false,
        }
    }

    /// Weekdays are compared with weekdays, calendar dates with calendar dates.
    pub fn same_kind(self, other: DateValue) -> bool {
        matches!(
            (self, other),
            (DateValue::Weekday(_), DateValue::Weekday(_))
                | (DateValue::Calendar { .. }, DateValue::Calendar { .. })
        )
    }
}

/// The weekday names, Monday first; ingest's times read them too.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The month names, January first; ingest's times read them too.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Whether a word is a weekday or a month written in full, in any case: a date's
/// word, never a name ("Monday", "May").
pub fn is_day_or_month(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .chain(&MONTHS)
        .any(|name| name.eq_ignore_ascii_case(word))
}

/// A weekday written in full, or abbreviated with a dot ("Fri.").
fn weekday(tokens: &Tokens, i: usize) -> Option<u8> {
    let word = tokens.folded(i);
    let raw = tokens.raw(i);
    if !raw.starts_with(char::is_uppercase) {
        return None;
    }
    if let Some(day) = WEEKDAYS.iter().position(|d| *d == word) {
        return Some(day as u8);
    }
    let dotted = tokens.text[tokens.spans[i].end..].starts_with('.');
    let short = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let known = ["tues", "thur", "thurs"];
    if dotted && (short.contains(&word) || known.contains(&word)) {
        return WEEKDAYS
            .iter()
            .position(|d| d.starts_with(&word[..3]))
            .map(|d| d as u8);
    }
    None
}

/// A month, written in full or as its first three or four letters ("Sept").
fn month(tokens: &Tokens, i: usize) -> Option<u8> {
    let raw = tokens.raw(i);
    if !raw.starts_with(char::is_uppercase) {
        return None;
    }
    let word = tokens.folded(i);
    if let Some(m) = MONTHS.iter().position(|m| *m == word) {
        return Some(m as u8 + 1);
    }
    const SHORT: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if let Some(m) = SHORT.iter().position(|m| *m == word) {
        return Some(m as u8 + 1);
    }
    if word == "sept" {
        return Some(9);
    }
    None
}

fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !["", "st", "nd", "rd", "th"].contains(&suffix) {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A year written as four digits, 1000 to 2999.
pub fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..3000).contains(y))
}

/// Every weekday, calendar date and year of a text, in order.
pub fn dates(tokens: &Tokens) -> Vec<Found<DateValue>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(day) = weekday(tokens, i) {
            found.push(Found {
                range: tokens.spans[i].clone(),
                value: DateValue::Weekday(day),
            });
            i += 1;
            continue;
        }
        if let Some((value, last)) = calendar(tokens, i) {
            found.push(Found {
                range: tokens.range(i, last),
                value,
            });
            i = last + 1;
            continue;
        }
        if let Some(year) = year_number(tokens.folded(i)) {
            // "the 1990s" is a decade, not a year.
            let after = &tokens.text[tokens.spans[i].end..];
            if !after.starts_with('s') {
                found.push(Found {
                    range: tokens.spans[i].clone(),
                    value: DateValue::Calendar {
                        year: Some(year),
                        month: None,
                        day: None,
                    },
                });
            }
        }
        i += 1;
    }
    found
}

/// A calendar date starting at word `i`: "15 August [2025]", "August 15[, 2025]",
/// "August 2025", or a month alone; with the index of its last word.
fn calendar(tokens: &Tokens, i: usize) -> Option<(DateValue, usize)> {
    let next = |j: usize| (j < tokens.len()).then(|| tokens.folded(j));
    // "15 August 2025"
    if let (Some(day), Some(m)) = (
        day_number(tokens.folded(i)),
        next(i + 1).and_then(|_| month(tokens, i + 1)),
    ) {
        let year = next(i + 2).and_then(year_number);
        let last = if year.is_some() { i + 2 } else { i + 1 };
        return Some((calendar_value(year, m, Some(day)), last));
    }
    let m = month(tokens, i)?;
    let day = next(i + 1).and_then(day_number);
    let mut last = i;
    if day.is_some() {
        last = i + 1;
    }
    let year = next(last + 1).and_then(year_number);
    if year.is_some() {
        last += 1;
    }
    // "May" and "March" are also words: alone, only after a word that leads to a time
    // ("in", "since", "by", "until", "end of", "last", "next").
    let ambiguous = matches!(tokens.folded(i), "may" | "march");
    if ambiguous && day.is_none() && year.is_none() {
        let before = i.checked_sub(1).map(|b| tokens.folded(b));
        if !matches!(
            before,
            Some(
                "in" | "since"
                    | "by"
                    | "until"
                    | "early"
                    | "late"
                    | "mid"
                    | "of"
                    | "through"
                    | "last"
                    | "next"
            )
        ) {
            return None;
        }
    }
    Some((calendar_value(year, m, day), last))
}

fn calendar_value(year: Option<i32>, month: u8, day: Option<u8>) -> DateValue {
    DateValue::Calendar {
        year,
        month: Some(month),
        day,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, DateValue)> {
        let tokens = Tokens::new(text);
        dates(&tokens)
            .into_iter()
            .map(|f| (&text[f.range], f.value))
            .collect()
    }

    fn cal(year: Option<i32>, month: Option<u8>, day: Option<u8>) -> DateValue {
        DateValue::Calendar { year, month, day }
    }

    #[test]
    fn weekdays_in_full_or_dotted() {
        assert_eq!(
            found("The fair opened on Friday and closed Sun. night."),
            [
                ("Friday", DateValue::Weekday(4)),
                ("Sun", DateValue::Weekday(6))
            ]
        );
        assert!(found("a friday feeling").is_empty());
    }

    #[test]
    fn calendar_dates_at_their_precision() {
        assert_eq!(
            found("from 15 August 2025 to Sept. 3, and in February 2022"),
            [
                ("15 August 2025", cal(Some(2025), Some(8), Some(15))),
                ("Sept. 3", cal(None, Some(9), Some(3))),
                ("February 2022", cal(Some(2022), Some(2), None)),
            ]
        );
    }

    #[test]
    fn years_alone_but_not_decades_or_counts() {
        assert_eq!(
            found("bought in 1867, in the 1990s, and 2,022 people"),
            [("1867", cal(Some(1867), None, None))]
        );
    }

    #[test]
    fn may_and_march_as_words_are_not_months() {
        assert!(found("They May march on.").is_empty());
        assert_eq!(found("since May")[0].1, cal(None, Some(5), None));
        assert_eq!(found("May 4")[0].1, cal(None, Some(5), Some(4)));
        assert_eq!(found("by the end of March")[0].1, cal(None, Some(3), None));
        assert_eq!(found("until last May")[0].1, cal(None, Some(5), None));
        assert!(found("Theresa May said").is_empty());
    }

    #[test]
    fn compatible_when_every_part_both_give_agrees() {
        let feb22 = cal(Some(2022), Some(2), None);
        assert!(feb22.compatible(cal(Some(2022), None, None)));
        assert!(feb22.compatible(cal(Some(2022), Some(2), Some(24))));
        assert!(!feb22.compatible(cal(Some(2022), Some(3), None)));
        assert!(!DateValue::Weekday(4).compatible(DateValue::Weekday(3)));
        assert!(!DateValue::Weekday(4).same_kind(feb22));
    }
}
