//! What a reader needs to check a statement at its source: who said it, in which
//! report, published by whom and when, and where to read it.

use std::fmt;

use super::{Corpus, Published, Statement};

/// A statement's source, borrowed from the corpus.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Citation<'c> {
    pub speaker: &'c str,
    /// The report's title.
    pub title: &'c str,
    /// The publisher: "Reuters", "The Hindu".
    pub outlet: Option<&'c str>,
    pub published: Option<Published>,
    pub url: Option<&'c str>,
}

impl Corpus {
    /// The source of a statement; a report missing from the corpus leaves only the
    /// speaker.
    pub fn citation<'c>(&'c self, s: &'c Statement) -> Citation<'c> {
        let report = self.report(&s.report);
        Citation {
            speaker: self.speaker_name(&s.speaker),
            title: report.map_or("", |r| r.title.as_str()),
            outlet: report.and_then(|r| r.publisher.as_deref()),
            published: report.and_then(|r| r.published),
            url: report.and_then(|r| r.url.as_deref()),
        }
    }
}

impl Published {
    /// ISO 8601, as schema.org and spreadsheets read it: `2025-08-16`, or
    /// `2025-08-16T14:30:00` when the time is known.
    pub fn iso(&self) -> String {
        match self.time {
            Some(time) => format!(
                "{}T{}",
                self.date.format("%Y-%m-%d"),
                time.format("%H:%M:%S")
            ),
            None => self.date.format("%Y-%m-%d").to_string(),
        }
    }
}

/// "Vladimir Putin, “Trump and Putin meet in Alaska”, Reuters, 16 Aug 2025,
/// https://…": the parts that are known, in the order a footnote gives them.
impl fmt::Display for Citation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.speaker)?;
        if !self.title.is_empty() {
            write!(f, ", “{}”", self.title)?;
        }
        if let Some(outlet) = self.outlet {
            write!(f, ", {outlet}")?;
        }
        if let Some(published) = self.published {
            write!(f, ", {}", published.date.format("%-d %b %Y"))?;
        }
        if let Some(url) = self.url {
            write!(f, ", {url}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, NaiveTime};

    #[test]
    fn a_citation_gives_what_is_known_in_footnote_order() {
        let published = Published {
            date: NaiveDate::from_ymd_opt(2025, 8, 16).unwrap(),
            time: None,
            inferred: false,
        };
        let full = Citation {
            speaker: "Vladimir Putin",
            title: "Summit ends",
            outlet: Some("Reuters"),
            published: Some(published),
            url: Some("https://example.org/a"),
        };
        assert_eq!(
            full.to_string(),
            "Vladimir Putin, “Summit ends”, Reuters, 16 Aug 2025, https://example.org/a"
        );
        let bare = Citation {
            outlet: None,
            published: None,
            url: None,
            ..full
        };
        assert_eq!(bare.to_string(), "Vladimir Putin, “Summit ends”");
    }

    #[test]
    fn iso_dates_carry_the_time_only_when_known() {
        let mut published = Published {
            date: NaiveDate::from_ymd_opt(2025, 8, 16).unwrap(),
            time: None,
            inferred: true,
        };
        assert_eq!(published.iso(), "2025-08-16");
        published.time = NaiveTime::from_hms_opt(14, 30, 0);
        assert_eq!(published.iso(), "2025-08-16T14:30:00");
    }

    #[test]
    fn the_bundled_statements_cite_their_report() {
        let corpus = crate::corpus::bundled().corpus;
        let s = &corpus.statements()[0];
        let citation = corpus.citation(s);
        let report = corpus.report(&s.report).unwrap();
        assert_eq!(citation.title, report.title);
        assert_eq!(citation.speaker, corpus.speaker_name(&s.speaker));
        assert_eq!(citation.published, report.published);
    }
}
