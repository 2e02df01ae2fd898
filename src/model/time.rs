//! Normalised times in the spirit of TIMEX3: a value at its precision, the expression
//! as written and the date it was resolved against.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

use super::EventId;

/// A calendar point at the precision the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimePoint {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

/// An event's time: a point, a range, or only its order relative to another event.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TimeValue {
    Point(TimePoint),
    Range(TimePoint, TimePoint),
    Before(EventId),
    After(EventId),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Month,
    Year,
    Range,
    Relative,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventTime {
    pub value: TimeValue,
    /// The words of the report, e.g. "on Friday".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expression: Option<String>,
    /// The date the expression was resolved against, normally the publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read {0:?} as a time (expected YYYY, YYYY-MM, YYYY-MM-DD, A/B, before:EVENT or after:EVENT)")]
pub struct TimeParseError(pub String);

impl TimePoint {
    pub fn first_day(self) -> NaiveDate {
        match self {
            TimePoint::Year(y) => NaiveDate::from_ymd_opt(y, 1, 1),
            TimePoint::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            TimePoint::Day(d) => Some(d),
        }
        .unwrap_or(NaiveDate::MIN)
    }

    pub fn last_day(self) -> NaiveDate {
        match self {
            TimePoint::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(NaiveDate::MAX),
            TimePoint::Month(y, m) => {
                let next = if m == 12 {
                    NaiveDate::from_ymd_opt(y + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(y, m + 1, 1)
                };
                next.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
            }
            TimePoint::Day(d) => d,
        }
    }

    pub fn precision(self) -> Precision {
        match self {
            TimePoint::Year(_) => Precision::Year,
            TimePoint::Month(..) => Precision::Month,
            TimePoint::Day(_) => Precision::Day,
        }
    }

    /// For people: "1867", "Feb 2022", "Fri 15 Aug 2025".
    pub fn human(self) -> String {
        match self {
            TimePoint::Year(y) => y.to_string(),
            TimePoint::Month(..) => self.first_day().format("%b %Y").to_string(),
            TimePoint::Day(d) => d.format("%a %-d %b %Y").to_string(),
        }
    }
}

impl fmt::Display for TimePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TimePoint::Year(y) => write!(f, "{y:04}"),
            TimePoint::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            TimePoint::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl FromStr for TimePoint {
    type Err = TimeParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || TimeParseError(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u32, TimeParseError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| err())
            } else {
                Err(err())
            }
        };
        match parts.as_slice() {
            [y] => Ok(TimePoint::Year(number(y, 4)? as i32)),
            [y, m] => {
                let (y, m) = (number(y, 4)? as i32, number(m, 2)?);
                if (1..=12).contains(&m) {
                    Ok(TimePoint::Month(y, m))
                } else {
                    Err(err())
                }
            }
            [y, m, d] => {
                NaiveDate::from_ymd_opt(number(y, 4)? as i32, number(m, 2)?, number(d, 2)?)
                    .map(TimePoint::Day)
                    .ok_or_else(err)
            }
            _ => Err(err()),
        }
    }
}

impl From<NaiveDate> for TimePoint {
    fn from(date: NaiveDate) -> Self {
        TimePoint::Day(date)
    }
}

impl TimeValue {
    pub fn day(date: NaiveDate) -> Self {
        TimeValue::Point(TimePoint::Day(date))
    }

    pub fn precision(&self) -> Precision {
        match self {
            TimeValue::Point(p) => p.precision(),
            TimeValue::Range(..) => Precision::Range,
            TimeValue::Before(_) | TimeValue::After(_) => Precision::Relative,
        }
    }

    /// The first and last calendar day the value covers, when it has a calendar position.
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            TimeValue::Point(p) => Some((p.first_day(), p.last_day())),
            TimeValue::Range(a, b) => Some((a.first_day(), b.last_day())),
            TimeValue::Before(_) | TimeValue::After(_) => None,
        }
    }

    /// The event this value is relative to, if any.
    pub fn relative_to(&self) -> Option<&EventId> {
        match self {
            TimeValue::Before(id) | TimeValue::After(id) => Some(id),
            _ => None,
        }
    }

    /// For people; relative values name the event id (the timeline resolves titles).
    pub fn human(&self) -> String {
        match self {
            TimeValue::Point(p) => p.human(),
            TimeValue::Range(a, b) => format!("{} – {}", a.human(), b.human()),
            TimeValue::Before(id) => format!("before {id}"),
            TimeValue::After(id) => format!("after {id}"),
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Point(p) => write!(f, "{p}"),
            TimeValue::Range(a, b) => write!(f, "{a}/{b}"),
            TimeValue::Before(id) => write!(f, "before:{id}"),
            TimeValue::After(id) => write!(f, "after:{id}"),
        }
    }
}

impl FromStr for TimeValue {
    type Err = TimeParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let event = |id: &str| {
            if id.is_empty() {
                Err(TimeParseError(s.to_owned()))
            } else {
                Ok(EventId::new(id))
            }
        };
        if let Some(id) = s.strip_prefix("before:") {
            return Ok(TimeValue::Before(event(id)?));
        }
        if let Some(id) = s.strip_prefix("after:") {
            return Ok(TimeValue::After(event(id)?));
        }
        if let Some((a, b)) = s.split_once('/') {
            let whole = |_| TimeParseError(s.to_owned());
            let (a, b): (TimePoint, TimePoint) =
                (a.parse().map_err(whole)?, b.parse().map_err(whole)?);
            if a.first_day() > b.last_day() {
                return Err(TimeParseError(s.to_owned()));
            }
            return Ok(TimeValue::Range(a, b));
        }
        Ok(TimeValue::Point(s.parse()?))
    }
}

impl Serialize for TimeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// A stretch of days to narrow a timeline to, either end open: "2025-08",
/// "2025-08-01..2025-08-20", "..2025-08-15", "2016..". Each end is a year, a month or
/// a day; a year or month at the start counts from its first day, at the end to its
/// last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DateRange {
    /// Whether any day from `first` to `last` falls within the range.
    pub fn overlaps(&self, first: NaiveDate, last: NaiveDate) -> bool {
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = |d: Option<NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        match (day(self.from), day(self.to)) {
            (Some(a), Some(b)) if a == b => write!(f, "{a}"),
            (a, b) => write!(f, "{}..{}", a.unwrap_or_default(), b.unwrap_or_default()),
        }
    }
}

impl FromStr for DateRange {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let explain = || {
            format!(
                "cannot read {s:?} as dates (expected 2025, 2025-08, 2025-08-15, \
                 or two of them as FROM..TO; either end may be left out)"
            )
        };
        let point = |p: &str| -> Result<Option<TimePoint>, String> {
            let p = p.trim();
            if p.is_empty() {
                Ok(None)
            } else {
                p.parse::<TimePoint>().map(Some).map_err(|_| explain())
            }
        };
        let (from, to) = match s.split_once("..") {
            Some((a, b)) => (point(a)?, point(b)?),
            None => {
                let p = point(s)?;
                (p, p)
            }
        };
        if from.is_none() && to.is_none() {
            return Err(explain());
        }
        let range = DateRange {
            from: from.map(TimePoint::first_day),
            to: to.map(TimePoint::last_day),
        };
        match (range.from, range.to) {
            (Some(a), Some(b)) if a > b => Err(format!("{s:?} ends before it starts")),
            _ => Ok(range),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_each_precision_and_prints_it_back() {
        for text in [
            "1867",
            "2022-02",
            "2025-08-15",
            "2025-08-15/2025-08-18",
            "before:summit",
            "after:summit",
        ] {
            let value: TimeValue = text.parse().unwrap();
            assert_eq!(value.to_string(), text);
        }
        assert_eq!(
            "2022-02".parse::<TimeValue>().unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            "1867".parse::<TimeValue>().unwrap().precision(),
            Precision::Year
        );
    }

    #[test]
    fn rejects_impossible_and_malformed_times() {
        for text in [
            "2025-13",
            "2025-02-30",
            "25",
            "2025-8-1",
            "yesterday",
            "before:",
            "2025/2024",
            "",
        ] {
            assert!(
                text.parse::<TimeValue>().is_err(),
                "{text:?} should not parse"
            );
        }
    }

    #[test]
    fn bounds_cover_the_whole_precision() {
        let feb: TimeValue = "2024-02".parse().unwrap();
        assert_eq!(feb.bounds(), Some((ymd(2024, 2, 1), ymd(2024, 2, 29))));
        let dec: TimeValue = "2025-12".parse().unwrap();
        assert_eq!(dec.bounds().unwrap().1, ymd(2025, 12, 31));
        assert_eq!("before:x".parse::<TimeValue>().unwrap().bounds(), None);
    }

    #[test]
    fn human_forms_match_their_precision() {
        assert_eq!(TimePoint::Year(1867).human(), "1867");
        assert_eq!(TimePoint::Month(2022, 2).human(), "Feb 2022");
        assert_eq!(TimePoint::Day(ymd(2025, 8, 15)).human(), "Fri 15 Aug 2025");
    }

    #[test]
    fn serde_uses_the_timex_string() {
        let time = EventTime {
            value: "2025-08-15".parse().unwrap(),
            expression: Some("on Friday".into()),
            anchor: Some(ymd(2025, 8, 16)),
        };
        let json = serde_json::to_string(&time).unwrap();
        assert_eq!(
            json,
            r#"{"value":"2025-08-15","expression":"on Friday","anchor":"2025-08-16"}"#
        );
        assert_eq!(serde_json::from_str::<EventTime>(&json).unwrap(), time);
    }

    #[test]
    fn date_ranges_read_years_months_days_and_open_ends() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let range: DateRange = "2025-08".parse().unwrap();
        assert_eq!(
            (range.from, range.to),
            (Some(day("2025-08-01")), Some(day("2025-08-31")))
        );
        let range: DateRange = " ..2025-08-15 ".parse().unwrap();
        assert_eq!((range.from, range.to), (None, Some(day("2025-08-15"))));
        let range: DateRange = "2016..2017-02".parse().unwrap();
        assert_eq!(
            (range.from, range.to),
            (Some(day("2016-01-01")), Some(day("2017-02-28")))
        );
        assert!(range.overlaps(day("2015-12-30"), day("2016-01-01")));
        assert!(!range.overlaps(day("2017-03-01"), day("2017-03-02")));
        assert_eq!(range.to_string(), "2016-01-01..2017-02-28");
        for bad in ["", "..", "Aug 2025", "2025-13", "2025-08-20..2025-08-01"] {
            assert!(bad.parse::<DateRange>().is_err(), "{bad:?}");
        }
    }
}
