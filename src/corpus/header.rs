//! The `key: value` header at the top of a report file.

use chrono::{NaiveDate, NaiveDateTime};

use super::problem::Problem;
use crate::model::Published;

pub const KEYS: [&str; 6] = [
    "title",
    "publisher",
    "author",
    "published",
    "url",
    "categories",
];

#[derive(Debug, Default, Clone, PartialEq)]
pub struct Header {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub categories: Vec<String>,
}

/// A report file split into its header and body.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub header: Header,
    /// Byte offset of the body in the file.
    pub body_start: usize,
}

/// Reads the header, if the file has one: a first line `key: value` with a known key
/// starts a block that runs to the first blank line. Every problem found is returned.
pub fn parse(file: &str, text: &str) -> Result<Parsed, Vec<Problem>> {
    let first = text.lines().next().unwrap_or_default();
    if !first.split_once(':').is_some_and(|(key, _)| known(key)) {
        return Ok(Parsed {
            header: Header::default(),
            body_start: 0,
        });
    }
    let mut header = Header::default();
    let mut problems = Vec::new();
    let mut offset = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            return if problems.is_empty() {
                Ok(Parsed {
                    header,
                    body_start: offset,
                })
            } else {
                Err(problems)
            };
        }
        if let Err(message) = read_field(&mut header, line) {
            problems.push(Problem::error(file, message).at_line(n + 1));
        }
    }
    problems.push(Problem::error(
        file,
        "the header has no blank line after it, so the report has no body \
         (expected `key: value` lines, a blank line, then the text)",
    ));
    Err(problems)
}

fn known(key: &str) -> bool {
    KEYS.iter().any(|k| k.eq_ignore_ascii_case(key.trim()))
}

fn read_field(header: &mut Header, line: &str) -> Result<(), String> {
    let Some((key, value)) = line.split_once(':') else {
        return Err(format!("expected `key: value`, found {line:?}"));
    };
    let value = value.trim();
    let text = || (!value.is_empty()).then(|| value.to_owned());
    match key.trim().to_ascii_lowercase().as_str() {
        "title" => header.title = text(),
        "publisher" => header.publisher = text(),
        "author" => header.author = text(),
        "url" => header.url = text(),
        "published" => header.published = Some(published(value)?),
        "categories" => {
            header.categories = value
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect()
        }
        other => {
            return Err(format!(
                "unknown header key {other:?} (expected one of: {})",
                KEYS.join(", ")
            ))
        }
    }
    Ok(())
}

/// `2025-08-16`, `2025-08-16 14:30`, `2025-08-16T14:30:00`, each optionally followed by
/// `(inferred)` when the date was worked out from the text.
fn published(value: &str) -> Result<Published, String> {
    let (value, inferred) = match value.strip_suffix("(inferred)") {
        Some(rest) => (rest.trim(), true),
        None => (value, false),
    };
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return Ok(Published {
            date,
            time: None,
            inferred,
        });
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(at) = NaiveDateTime::parse_from_str(value, format) {
            return Ok(Published {
                date: at.date(),
                time: Some(at.time()),
                inferred,
            });
        }
    }
    Err(format!(
        "published: cannot read {value:?} as a date (expected YYYY-MM-DD or \
         YYYY-MM-DD HH:MM, optionally followed by \"(inferred)\")"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key_and_finds_the_body() {
        let text = "title: T\npublisher: P\nauthor: A\npublished: 2025-08-17 (inferred)\n\
                    url: https://x\ncategories: a, b\n\nBody.";
        let parsed = parse("r.txt", text).unwrap();
        assert_eq!(&text[parsed.body_start..], "Body.");
        let h = parsed.header;
        assert_eq!(h.title.as_deref(), Some("T"));
        assert_eq!(h.categories, ["a", "b"]);
        let published = h.published.unwrap();
        assert!(published.inferred);
        assert_eq!(published.date.to_string(), "2025-08-17");
    }

    #[test]
    fn a_file_without_a_header_is_all_body() {
        let parsed = parse("r.txt", "Putin said: no.\n\nMore.").unwrap();
        assert_eq!(parsed.body_start, 0);
        assert_eq!(parsed.header, Header::default());
    }

    #[test]
    fn published_with_a_time() {
        let p = published("2025-08-16 14:30").unwrap();
        assert_eq!(p.time.unwrap().to_string(), "14:30:00");
        assert!(!p.inferred);
    }

    #[test]
    fn problems_name_the_line_and_what_was_expected() {
        let problems = parse(
            "r.txt",
            "title: T\npublshed: 2025\npublished: 16/08/2025\n\nx",
        )
        .unwrap_err();
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with("r.txt:2: error: unknown header key \"publshed\""),
            "{}",
            lines[0]
        );
        assert!(
            lines[1].starts_with("r.txt:3: error: published: cannot read \"16/08/2025\""),
            "{}",
            lines[1]
        );
    }

    #[test]
    fn a_header_with_no_body_is_an_error() {
        let problems = parse("r.txt", "title: T\n").unwrap_err();
        assert!(problems[0].message.contains("no blank line"));
    }
}
