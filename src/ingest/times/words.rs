//! The words temporal expressions are made of: months, weekdays, numbers, units,
//! seasons and parts of the day, each looked up without regard to case.

use chrono::Weekday;
use std::fmt::Write;

use crate::model::values::dates::{MONTHS, WEEKDAYS};

/// The word split at its first hyphen: "four-year-long" is ("four", "year-long"). The
/// bytes are read in turn, as words are short: a search of memory (what `split_once`
/// calls) costs more to start than reading them, and every candidate word is split.
#[inline]
pub fn split_hyphen(word: &str) -> Option<(&str, &str)> {
    let at = word.bytes().position(|b| b == b'-')?;
    Some((&word[..at], &word[at + 1..]))
}

/// The word less a possessive ending: "Friday's" is "Friday", "year’s" is "year".
pub fn unpossessed(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix("s'"))
        .map_or(word, |w| if w.is_empty() { word } else { w })
}

/// The month a word names, 1 to 12: "September", "Sept.", "Sep", "sept".
pub fn month(word: &str) -> Option<u32> {
    let w = unpossessed(word).trim_end_matches('.');
    let short = w.len() == 3 || w.eq_ignore_ascii_case("sept");
    let at = MONTHS.iter().position(|m| {
        m.eq_ignore_ascii_case(w)
            || (short && m.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))
    })?;
    Some(at as u32 + 1)
}

/// Whether a month word is an abbreviation ("Dec.", "Sept"), which alone is too
/// ambiguous to be a date.
pub fn is_abbreviated_month(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    w.len() <= 4
        && !w.eq_ignore_ascii_case("may")
        && !w.eq_ignore_ascii_case("june")
        && !w.eq_ignore_ascii_case("july")
}

/// The weekday a word names, spelt out or possessive ("Monday's").
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = unpossessed(word);
    let at = WEEKDAYS.iter().position(|d| d.eq_ignore_ascii_case(w))?;
    Weekday::try_from(at as u8).ok()
}

/// The weekday an abbreviation names ("Fri", "Tues."), as datelines write them.
pub fn weekday_abbreviation(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let at = WEEKDAYS
        .iter()
        .position(|d| d.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)))?;
    Weekday::try_from(at as u8).ok()
}

/// A cardinal written in digits (up to four) or in words up to ninety-nine; "a" and
/// "an" count one.
pub fn number(word: &str) -> Option<u32> {
    use crate::model::words::SMALL_NUMBERS as SMALL;
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if word.is_empty() {
        return None;
    }
    if word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()) {
        // Up to four digits: read here, without `parse`'s checks for sign and overflow.
        return Some(word.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')));
    }
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    if word.eq_ignore_ascii_case("dozen") {
        return Some(12);
    }
    // Every other number word starts with one of these letters: "days", "many" and most
    // words asked about are turned away before the lists are read.
    let first = word.as_bytes()[0].to_ascii_lowercase();
    if !matches!(first, b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n') {
        return None;
    }
    let small = |w: &str| SMALL.iter().position(|x| x.eq_ignore_ascii_case(w));
    let tens = |w: &str| TENS.iter().position(|x| x.eq_ignore_ascii_case(w));
    if let Some(n) = small(word) {
        return Some(n as u32);
    }
    if let Some(t) = tens(word) {
        return Some(20 + 10 * t as u32);
    }
    // "twenty-five"
    let (t, u) = split_hyphen(word)?;
    Some(20 + 10 * tens(t)? as u32 + small(u).filter(|&u| (1..10).contains(&u))? as u32)
}

/// A day of the month as written after a month: "26", "26th", "1st".
pub fn day_of_month(word: &str) -> Option<u32> {
    let digits = word
        .strip_suffix("st")
        .or_else(|| word.strip_suffix("nd"))
        .or_else(|| word.strip_suffix("rd"))
        .or_else(|| word.strip_suffix("th"))
        .unwrap_or(word);
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// An ordinal from first to fourth, in words or digits: quarters and halves.
pub fn ordinal(word: &str) -> Option<u32> {
    const WORDS: [&str; 4] = ["first", "second", "third", "fourth"];
    const DIGITS: [&str; 4] = ["1st", "2nd", "3rd", "4th"];
    let at = WORDS
        .iter()
        .position(|w| w.eq_ignore_ascii_case(word))
        .or_else(|| DIGITS.iter().position(|w| w.eq_ignore_ascii_case(word)))?;
    Some(at as u32 + 1)
}

/// A calendar unit, as TIMEX3 durations write it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The letters of a TIMEX3 duration ("P3D", "PT3H").
    pub fn letters(self) -> &'static str {
        match self {
            Unit::Second => "S",
            Unit::Minute | Unit::Month => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }

    /// Whether a duration in this unit is written after a "T" ("PT3H").
    pub fn of_the_clock(self) -> bool {
        matches!(self, Unit::Second | Unit::Minute | Unit::Hour)
    }

    /// "P3D", "PT2H", "PXY" for an unknown count. Pushed piece by piece: `format!`
    /// of three pieces cost more than the rest of finding most durations.
    pub fn duration(self, count: Option<u32>) -> String {
        let mut value = String::with_capacity(12);
        value.push('P');
        if self.of_the_clock() {
            value.push('T');
        }
        match count {
            Some(n) => {
                let _ = write!(value, "{n}");
            }
            None => value.push('X'),
        }
        value.push_str(self.letters());
        value
    }
}

/// A unit word and whether it is plural: "day", "weeks", "centuries". A lone "second"
/// is an ordinal far more often than a unit, so only "seconds" is one.
pub fn unit(word: &str) -> Option<(Unit, bool)> {
    const UNITS: [(&str, Unit); 10] = [
        ("second", Unit::Second),
        ("minute", Unit::Minute),
        ("hour", Unit::Hour),
        ("day", Unit::Day),
        ("week", Unit::Week),
        ("month", Unit::Month),
        ("quarter", Unit::Quarter),
        ("year", Unit::Year),
        ("decade", Unit::Decade),
        ("century", Unit::Century),
    ];
    // Most words are turned away by their length or first letter.
    let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
    if !(3..=9).contains(&word.len())
        || !matches!(
            first,
            Some(b's' | b'm' | b'h' | b'd' | b'w' | b'q' | b'y' | b'c')
        )
    {
        return None;
    }
    if word.eq_ignore_ascii_case("centuries") {
        return Some((Unit::Century, true));
    }
    let plural = word.len() > 1 && (word.ends_with('s') || word.ends_with('S'));
    let w = if plural {
        &word[..word.len() - 1]
    } else {
        word
    };
    UNITS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .filter(|(name, _)| *name != "second" || plural)
        .map(|&(_, u)| (u, plural))
}

/// A four-digit year of the range news speaks of; "1990s" and "’90s" are decades.
pub fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1000..=2199).contains(y))
}

/// A season's TIMEX3 code, in the order of the year.
pub const SEASONS: [&str; 4] = ["SP", "SU", "FA", "WI"];

/// The season a word names, as an index into `SEASONS`.
pub fn season(word: &str) -> Option<usize> {
    let w = unpossessed(word);
    [
        ("spring", 0),
        ("summer", 1),
        ("fall", 2),
        ("autumn", 2),
        ("winter", 3),
    ]
    .iter()
    .find(|(name, _)| name.eq_ignore_ascii_case(w))
    .map(|&(_, s)| s)
}

/// Whether a word is a part of the day ("Friday night"). News annotation (TimeBank,
/// AQUAINT) mostly dates "Friday night" by the day alone, so the part changes the
/// words of the expression, not its value.
pub fn part_of_day(word: &str) -> bool {
    let w = unpossessed(word);
    ["morning", "afternoon", "evening", "night"]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_in_full_abbreviated_and_possessive() {
        assert_eq!(month("September"), Some(9));
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(month("sep"), Some(9));
        assert_eq!(month("Dec."), Some(12));
        assert_eq!(month("January's"), Some(1));
        assert_eq!(month("Ma"), None);
        assert_eq!(month("Marching"), None);
        assert!(is_abbreviated_month("Dec."));
        assert!(!is_abbreviated_month("May"));
    }

    #[test]
    fn weekdays_and_their_possessives_and_abbreviations() {
        assert_eq!(weekday("Friday"), Some(Weekday::Fri));
        assert_eq!(weekday("Monday's"), Some(Weekday::Mon));
        assert_eq!(weekday("Monday’s"), Some(Weekday::Mon));
        assert_eq!(weekday("Fri"), None);
        assert_eq!(weekday_abbreviation("Fri"), Some(Weekday::Fri));
        assert_eq!(weekday_abbreviation("Tues."), Some(Weekday::Tue));
        assert_eq!(weekday_abbreviation("Mo"), None);
    }

    #[test]
    fn the_quick_tests_agree_with_the_lists() {
        // `number` turns words away by their first letter before reading the lists.
        use crate::model::words::SMALL_NUMBERS;
        let tens = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        for (n, word) in SMALL_NUMBERS.iter().enumerate() {
            assert_eq!(number(word), Some(n as u32), "{word}");
            assert_eq!(number(&word.to_uppercase()), Some(n as u32), "{word}");
        }
        for (t, word) in tens.iter().enumerate() {
            let n = 20 + 10 * t as u32;
            assert_eq!(number(word), Some(n), "{word}");
            assert_eq!(
                number(&format!("{}-Nine", word.to_uppercase())),
                Some(n + 9)
            );
        }
        // `split_hyphen` is `split_once('-')`, whatever the characters around.
        for word in [
            "",
            "-",
            "a-",
            "-a",
            "four-year-long",
            "mid–1990s",
            "’90s-x",
            "é-é",
            "plain",
        ] {
            assert_eq!(split_hyphen(word), word.split_once('-'), "{word}");
        }
    }

    #[test]
    fn numbers_in_digits_and_words() {
        assert_eq!(number("24"), Some(24));
        assert_eq!(number("a"), Some(1));
        assert_eq!(number("Eleven"), Some(11));
        assert_eq!(number("forty"), Some(40));
        assert_eq!(number("twenty-five"), Some(25));
        assert_eq!(number("twenty-zero"), None);
        assert_eq!(number("12345"), None);
        assert_eq!(number("several"), None);
        assert_eq!(day_of_month("26th"), Some(26));
        assert_eq!(day_of_month("1st"), Some(1));
        assert_eq!(day_of_month("32"), None);
        assert_eq!(day_of_month("a"), None);
        assert_eq!(ordinal("Third"), Some(3));
        assert_eq!(ordinal("4th"), Some(4));
    }

    #[test]
    fn units_and_their_duration_letters() {
        assert_eq!(unit("weeks"), Some((Unit::Week, true)));
        assert_eq!(unit("Year"), Some((Unit::Year, false)));
        assert_eq!(unit("centuries"), Some((Unit::Century, true)));
        assert_eq!(unit("second"), None);
        assert_eq!(unit("seconds"), Some((Unit::Second, true)));
        assert_eq!(unit("s"), None);
        assert_eq!(Unit::Hour.duration(Some(3)), "PT3H");
        assert_eq!(Unit::Decade.duration(None), "PXDE");
    }

    #[test]
    fn seasons_and_parts_of_the_day() {
        assert_eq!(season("autumn"), Some(2));
        assert_eq!(season("Fall"), Some(2));
        assert_eq!(season("falls"), None);
        assert!(part_of_day("night's"));
        assert!(part_of_day("Morning"));
        assert!(!part_of_day("noon"));
    }

    #[test]
    fn possessives_come_off_once() {
        assert_eq!(unpossessed("Friday's"), "Friday");
        assert_eq!(unpossessed("years'"), "year");
        assert_eq!(unpossessed("'s"), "'s");
    }
}
