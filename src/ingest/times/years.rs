//! Years and what is counted in them: "1995", "the 1990s", "the ’90s", "the 20th
//! century", "fiscal 2016", and dates written in digits ("2016-09-26", "9/26/2016").

use chrono::NaiveDate;

use super::calendar::{self, Value};
use super::scan::{extend_left, Anchors, Cx, Found};
use super::words::{split_hyphen, unit, year, Unit};
use crate::ingest::cues::WordSet;
use crate::model::TimePoint;

/// Words after a number that make it a count, not a year: "2016 votes". Looked up
/// after every year, by a word's ends and length first (`COUNTED_SET`).
const COUNTED: &[&str] = &[
    "%",
    "percent",
    "people",
    "votes",
    "delegates",
    "dollars",
    "miles",
    "feet",
    "meters",
    "metres",
    "acres",
    "tons",
    "troops",
    "jobs",
    "barrels",
    "cases",
    "deaths",
    "points",
    "members",
    "students",
    "residents",
    "workers",
    "soldiers",
    "homes",
    "units",
    "pages",
    "words",
    "times",
    "kilometers",
    "kilometres",
    "pounds",
    "euros",
    "seats",
    "rooms",
];
static COUNTED_SET: WordSet = WordSet::new(COUNTED);

/// A year, decade or century at token `i`.
pub fn year_like(cx: &Cx, _: &Anchors, i: usize) -> Option<Found> {
    let word = cx.word(i);
    // "mid-1990s", "post-1959", "pre-2008"
    let (prefixed, bare) = match split_hyphen(word) {
        Some((prefix, rest))
            if ["mid", "early", "late", "post", "pre"]
                .iter()
                .any(|p| prefix.eq_ignore_ascii_case(p)) =>
        {
            (true, rest)
        }
        _ => (false, word),
    };
    if let Some(found) = decade_or_century(cx, i, bare) {
        return Some(found);
    }
    if let Some(found) = digits_date(cx, i, bare) {
        return Some(found);
    }
    let y = year(bare)?;
    if !prefixed && counts(cx, i) {
        return None;
    }
    let value = calendar::point(TimePoint::Year(y));
    Some(Found::date(i, i + 1, value, false))
}

/// Words before a number that make it the number of a thing: "Section 1001", "House
/// Bill 1523", "H.R. 2029", not the year.
const NUMBERED: &[&str] = &[
    "section",
    "bill",
    "hb",
    "sb",
    "h.r.",
    "hr",
    "s.",
    "code",
    "article",
    "rule",
    "chapter",
    "flight",
    "route",
    "highway",
    "interstate",
    "room",
    "suite",
    "form",
    "resolution",
    "amendment",
    "proposition",
    "prop.",
    "ordinance",
    "docket",
    "case",
    "precinct",
    "district",
];

/// Words after a number and a capitalised word that make it an address: "1600
/// Pennsylvania Avenue".
const STREETS: &[&str] = &[
    "avenue",
    "ave.",
    "street",
    "st.",
    "road",
    "rd.",
    "boulevard",
    "blvd.",
    "drive",
    "lane",
    "place",
    "way",
    "plaza",
    "square",
];

/// Whether the number at `i` counts something ("$2016", "2016 votes") or numbers it
/// ("Section 1001", "1600 Pennsylvania Avenue") rather than naming a year.
fn counts(cx: &Cx, i: usize) -> bool {
    let before = cx.tokens.text(i.wrapping_sub(1), cx.text);
    let address = cx.word(i + 1).starts_with(|c: char| c.is_ascii_uppercase())
        && STREETS.contains(&cx.lower(i + 2));
    matches!(before, "$" | "£" | "€" | "#")
        || address
        || NUMBERED.contains(&cx.lower(i.wrapping_sub(1)))
        || cx.lower(i.wrapping_sub(1)) == "no."
        || COUNTED_SET.contains(cx.lower(i + 1))
        // "1128 were for Cruz": a year is one, as "2016 was".
        || matches!(cx.lower(i + 1), "were" | "are")
        || cx.is_mark(i + 1, "%")
        // "1,2016" or "2016.5" belong to larger numbers.
        || (cx.is_mark(i.wrapping_sub(1), ",") && cx.word(i.wrapping_sub(2)).bytes().all(|b| b.is_ascii_digit()) && !cx.word(i.wrapping_sub(2)).is_empty())
}

/// "1990s", "1990's", "’90s" (after a quotation mark token), "the 1800s" (a
/// century), "the 20th century".
fn decade_or_century(cx: &Cx, i: usize, word: &str) -> Option<Found> {
    let digits = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix('s'));
    if let Some(d) = digits.filter(|d| d.bytes().all(|b| b.is_ascii_digit())) {
        let first = extend_left(cx, i, &["the", "early", "late", "mid"]);
        let value = match d.len() {
            4 if d.ends_with("00") => Value::Century(d[..2].parse().ok()?),
            4 if d.ends_with('0') => Value::Decade(d[..3].parse().ok()?),
            // "’90s": the 1990s, as news of this century and the last means them.
            2 if d.ends_with('0')
                && matches!(cx.tokens.text(i.wrapping_sub(1), cx.text), "'" | "’" | "‘") =>
            {
                Value::Decade(190 + d[..1].parse::<i32>().ok()?)
            }
            _ => return None,
        };
        let first = if d.len() == 2 {
            first.min(i - 1)
        } else {
            first
        };
        return Some(Found::date(first, i + 1, Some(value), false));
    }
    // "the 20th century", "21st-century"
    let (ordinal, rest) = match split_hyphen(word) {
        Some((o, r)) => (o, Some(r)),
        None => (word, None),
    };
    let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
    let (number, suffix) = ordinal.split_at(digits);
    if number.is_empty() || !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    let century_word = rest.unwrap_or_else(|| cx.word(i + 1));
    if unit(century_word).is_none_or(|(u, _)| u != Unit::Century) {
        return None;
    }
    let n: i32 = number.parse().ok()?;
    let end = if rest.is_some() { i + 1 } else { i + 2 };
    let first = extend_left(cx, i, &["the", "early", "late", "mid"]);
    Some(Found::date(first, end, Some(Value::Century(n - 1)), false))
}

/// "2016-09-26", "2016-09" and "9/26/2016" (month first, as US news writes).
fn digits_date(cx: &Cx, i: usize, word: &str) -> Option<Found> {
    // Most numbers have no hyphen, and a word with one is no number of "9/26/2016".
    if split_hyphen(word).is_some() {
        return hyphenated_date(i, word);
    }
    // "9/26/2016"
    if !cx.is_mark(i + 1, "/") || !cx.is_mark(i + 3, "/") {
        return None;
    }
    let month: u32 = word.parse().ok().filter(|_| word.len() <= 2)?;
    let day_word = cx.word(i + 2);
    let day: u32 = day_word.parse().ok().filter(|_| day_word.len() <= 2)?;
    let y = year(cx.word(i + 4))?;
    let date = NaiveDate::from_ymd_opt(y, month, day)?;
    Some(Found::date(i, i + 5, Value::day(date), false))
}

/// "2016-09-26" and "2016-09", at token `i`.
fn hyphenated_date(i: usize, word: &str) -> Option<Found> {
    let mut split = word.split('-');
    let parts: [Option<&str>; 4] = std::array::from_fn(|_| split.next());
    let number = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    match parts {
        [Some(y), Some(m), Some(d), None] => {
            let date = NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?)?;
            Some(Found::date(i, i + 1, Value::day(date), false))
        }
        [Some(y), Some(m), None, _]
            if number(y, 4).is_some() && number(m, 2).is_some_and(|m| (1..=12).contains(&m)) =>
        {
            let point = TimePoint::Month(number(y, 4)? as i32, number(m, 2)?);
            Some(Found::date(i, i + 1, calendar::point(point), false))
        }
        _ => None,
    }
}

/// "fiscal 2016", "fiscal year 2016", at "fiscal".
pub fn fiscal_year(cx: &Cx, _: &Anchors, i: usize) -> Option<Found> {
    if !cx.word(i).eq_ignore_ascii_case("fiscal") {
        return None;
    }
    let k = if cx.lower(i + 1) == "year" {
        i + 2
    } else {
        i + 1
    };
    let y = year(cx.word(k))?;
    Some(Found::date(i, k + 1, Some(Value::FiscalYear(y)), false))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{on, values};

    #[test]
    fn the_counted_words_are_found_by_their_set() {
        for word in super::COUNTED {
            assert!(super::COUNTED_SET.contains(word), "{word}");
        }
        for word in ["", "s", "vote", "peoples", "Votes", "2016", "units."] {
            assert!(!super::COUNTED_SET.contains(word), "{word}");
        }
    }

    #[test]
    fn years_but_not_counts() {
        let found = values(
            "Bought in 1867 for $2016 with 2016 votes and 1999 percent, post-1959 rules.",
            on(2025, 8, 17),
        );
        assert_eq!(found, [("1867", "1867"), ("post-1959", "1959")]);
        // A number that is counted, as a verb in the plural tells: "1128 were for Cruz".
        let found = values(
            "Of the votes, 1128 were for Cruz and 1010 are still out; 2016 was close.",
            on(2025, 8, 17),
        );
        assert_eq!(found, [("2016", "2016")]);
    }

    #[test]
    fn numbers_of_laws_sections_and_addresses_are_no_years() {
        let found = values(
            "Section 1001 of the code and House Bill 1523, signed in 1998, reached 1600 \
             Pennsylvania Avenue in 2016.",
            on(2025, 8, 17),
        );
        assert_eq!(found, [("1998", "1998"), ("2016", "2016")]);
    }

    #[test]
    fn decades_and_centuries() {
        let found = values(
            "In the early 1990s, the 1960's and the ’80s, as in the 1800s and the 20th century.",
            on(2016, 1, 1),
        );
        assert_eq!(
            found,
            [
                ("the early 1990s", "199X"),
                ("the 1960's", "196X"),
                ("’80s", "198X"),
                ("the 1800s", "18"),
                ("the 20th century", "19"),
            ]
        );
    }

    #[test]
    fn dates_in_digits_and_fiscal_years() {
        let found = values(
            "Filed 2016-09-26 and 9/27/2016, for fiscal 2017 and fiscal year 2018.",
            on(2016, 10, 1),
        );
        assert_eq!(
            found,
            [
                ("2016-09-26", "2016-09-26"),
                ("9/27/2016", "2016-09-27"),
                ("fiscal 2017", "FY2017"),
                ("fiscal year 2018", "FY2018"),
            ]
        );
    }
}
