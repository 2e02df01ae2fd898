//! Numbers with their unit: "three hours", "over 3 hours", "$1.5 billion", "60 percent",
//! "a four-year-long war". A qualifier before the number ("over", "nearly", "about")
//! makes the value a range, so that "three hours" and "over three hours" agree.

use super::dates::year_number;
use super::{Found, Tokens};
use crate::model::words::{is_stopword, number_word, term};

/// A quantity as the number written, the range of values the text allows, and its unit
/// as a term ("hour" for "hours"; "" for a bare number).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub stated: f64,
    pub low: f64,
    pub high: f64,
    pub unit: String,
}

impl Quantity {
    /// Whether both can be true of one thing: another unit, or one side's range holds
    /// the number the other states. Not merely ranges that meet: "some 35 percent" and
    /// "some 42 percent" are two estimates of one figure that disagree, though each
    /// allows a little either way.
    ///
    /// Two figures given the same way ("more than 20 years" and "more than 27 years",
    /// "about 41 percent" and "about 48 percent") are two versions of one figure: they
    /// agree only when their numbers do, up to a rounding for estimates.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if self.unit != other.unit {
            return true;
        }
        if self.shape() == other.shape() {
            let slack = if self.shape() == (true, true) {
                ESTIMATES_APART * self.stated.abs().max(other.stated.abs())
            } else {
                0.0
            };
            return (self.stated - other.stated).abs() <= slack;
        }
        let holds = |range: &Quantity, value: f64| range.low <= value && value <= range.high;
        holds(self, other.stated) || holds(other, self.stated)
    }

    /// How the figure is given: whether it allows less than its number, and more.
    fn shape(&self) -> (bool, bool) {
        (self.low < self.stated, self.high > self.stated)
    }
}

/// How far apart two estimates of one figure may be ("about 40" and "around 41"), as a
/// share of the larger.
const ESTIMATES_APART: f64 = 0.05;

/// Words before a number that make it a bound or an estimate, as (low, high) factors.
const QUALIFIERS: &[(&[&str], f64, f64)] = &[
    (&["more", "than"], 1.0, f64::INFINITY),
    (&["at", "least"], 1.0, f64::INFINITY),
    (&["over"], 1.0, f64::INFINITY),
    (&["above"], 1.0, f64::INFINITY),
    (&["nearly"], 0.8, 1.0),
    (&["almost"], 0.8, 1.0),
    (&["less", "than"], 0.0, 1.0),
    (&["fewer", "than"], 0.0, 1.0),
    (&["under"], 0.0, 1.0),
    (&["up", "to"], 0.0, 1.0),
    (&["about"], 0.85, 1.15),
    (&["around"], 0.85, 1.15),
    (&["roughly"], 0.85, 1.15),
    (&["approximately"], 0.85, 1.15),
    (&["some"], 0.85, 1.15),
];

/// Scale words after a number.
const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("bn", 1e9),
];

/// Every number of a text with its unit, in order. Years and day numbers of dates are
/// left to the date recogniser; a number word needs a unit to count ("one of them" is
/// not a quantity).
pub fn quantities(tokens: &Tokens) -> Vec<Found<Quantity>> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((value, from_word)) = number(tokens.folded(i)) else {
            i += 1;
            continue;
        };
        let dollar = tokens.gap_before(i).ends_with('$');
        if year_number(tokens.folded(i)).is_some() && !dollar {
            i += 1;
            continue;
        }
        let (mut value, mut last) = (value, i);
        while let Some(scale) = tokens
            .folded
            .get(last + 1)
            .and_then(|w| SCALES.iter().find(|(s, _)| s == w))
        {
            value *= scale.1;
            last += 1;
        }
        let percent = tokens.text[tokens.spans[last].end..].starts_with('%');
        let unit = if dollar {
            Some("$".to_owned())
        } else if percent {
            Some("percent".to_owned())
        } else {
            unit_after(tokens, last).map(|(unit, at)| {
                last = at;
                unit
            })
        };
        let unit = match unit {
            Some(unit) => unit,
            None if from_word => {
                i = last + 1;
                continue;
            }
            None => String::new(),
        };
        let (first, low, high) = qualifier(tokens, i);
        found.push(Found {
            range: tokens.range(first, last),
            value: Quantity {
                stated: value,
                low: value * low,
                high: value * high,
                unit,
            },
        });
        i = last + 1;
    }
    found
}

/// A number written in digits ("1,500", "2.5") or as a word ("three"), and whether it
/// was a word.
fn number(word: &str) -> Option<(f64, bool)> {
    if let Some(n) = number_word(word) {
        return Some((n as f64, true));
    }
    let digits = word.replace(',', "");
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some((value, false))
}

/// The unit after word `last`: the next word, if it names a thing rather than being a
/// function word ("three hours", "four-year-long": "year"); with its index.
fn unit_after(tokens: &Tokens, last: usize) -> Option<(String, usize)> {
    let next = last + 1;
    let word = tokens.folded.get(next)?;
    let gap = tokens.gap_before(next);
    if !gap.trim().is_empty() && gap.trim() != "-" {
        return None;
    }
    let alphabetic = word.chars().all(char::is_alphabetic);
    if !alphabetic || is_stopword(word) || number_word(word).is_some() {
        return None;
    }
    if word == "per" && tokens.folded.get(next + 1).is_some_and(|w| w == "cent") {
        return Some(("percent".to_owned(), next + 1));
    }
    Some((term(word)?, next))
}

/// The qualifier just before word `i`, if any: the index of its first word, and the
/// factors of the range it gives.
fn qualifier(tokens: &Tokens, i: usize) -> (usize, f64, f64) {
    for (words, low, high) in QUALIFIERS {
        let Some(first) = i.checked_sub(words.len()) else {
            continue;
        };
        if (0..words.len()).all(|k| tokens.folded(first + k) == words[k]) {
            return (first, *low, *high);
        }
    }
    (i, 1.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, f64, f64, String)> {
        let tokens = Tokens::new(text);
        quantities(&tokens)
            .into_iter()
            .map(|f| (&text[f.range], f.value.low, f.value.high, f.value.unit))
            .collect()
    }

    #[test]
    fn numbers_with_units_in_digits_or_words() {
        let got = found("after three hours, 1,500 troops and a four-year-long war");
        let shown: Vec<(&str, f64, String)> =
            got.into_iter().map(|(t, low, _, u)| (t, low, u)).collect();
        assert_eq!(
            shown,
            [
                ("three hours", 3.0, "hour".to_owned()),
                ("1,500 troops", 1500.0, "troop".to_owned()),
                ("four-year", 4.0, "year".to_owned()),
            ]
        );
    }

    #[test]
    fn money_percentages_and_scales() {
        let got = found("$1.5 billion and 60% and 12 per cent");
        assert_eq!(got[0].1, 1.5e9);
        assert_eq!(got[0].3, "$");
        assert_eq!((got[1].1, got[1].3.as_str()), (60.0, "percent"));
        assert_eq!((got[2].0, got[2].3.as_str()), ("12 per cent", "percent"));
    }

    #[test]
    fn qualifiers_make_ranges_that_agree_with_the_plain_value() {
        let over = &found("over three hours long")[0];
        assert_eq!(
            (over.0, over.1, over.2),
            ("over three hours", 3.0, f64::INFINITY)
        );
        let q = |stated: f64, low: f64, high: f64| Quantity {
            stated,
            low,
            high,
            unit: "hour".into(),
        };
        let (a, b, c) = (
            q(3.0, 3.0, f64::INFINITY),
            q(3.0, 3.0, 3.0),
            q(2.0, 2.0, 2.0),
        );
        assert!(a.compatible(&b) && !a.compatible(&c) && !b.compatible(&c));
    }

    #[test]
    fn two_estimates_agree_only_when_one_allows_the_number_of_the_other() {
        let value = |text: &str| found_quantity(text);
        let (some35, some42) = (value("some 35 percent"), value("some 42 percent"));
        assert!(!some35.compatible(&some42), "{some35:?} {some42:?}");
        assert!(value("about 40 percent").compatible(&value("around 41 percent")));
        assert!(!value("about 41 percent").compatible(&value("about 48 percent")));
        assert!(!value("more than 20 years").compatible(&value("more than 27 years")));
        assert!(value("over 3 hours").compatible(&value("3 hours")));
        assert!(value("about 40 percent").compatible(&value("44 percent")));
        assert!(value("nearly 40 percent").compatible(&value("40 percent")));
        assert!(!value("more than 30 people").compatible(&value("fewer than 20 people")));
    }

    fn found_quantity(text: &str) -> Quantity {
        quantities(&Tokens::new(text)).remove(0).value
    }

    #[test]
    fn years_and_number_words_without_a_unit_are_not_quantities() {
        assert!(found("in 2022, one of them left").is_empty());
        assert_eq!(found("it cost 40")[0].3, "");
    }
}
