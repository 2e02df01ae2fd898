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
    // A byte order mark some editors write first (or several) is no part of the first
    // key: the header is read after them, its body's offset counted from the file's
    // start.
    let rest = text.trim_start_matches('\u{feff}');
    let marks = text.len() - rest.len();
    let mut parsed = parse_after_marks(file, rest)?;
    if parsed.body_start > 0 {
        parsed.body_start += marks;
    }
    Ok(parsed)
}

/// `parse` of a text that opens with no byte order mark.
fn parse_after_marks(file: &str, text: &str) -> Result<Parsed, Vec<Problem>> {
    let first = text.lines().next().unwrap_or_default();
    if !first.split_once(':').is_some_and(|(key, _)| known(key)) {
        return Ok(Parsed {
            header: Header::default(),
            body_start: 0,
        });
    }
    if let Some(at) = memchr::memchr2(b'\r', b'\n', text.as_bytes()) {
        if text.as_bytes()[at] == b'\r' && text.as_bytes().get(at + 1) != Some(&b'\n') {
            return Err(vec![Problem::error(
                file,
                "lines end in a carriage return alone (as on classic Mac OS), so the header \
                 and the paragraphs cannot be told apart (expected lines ending in LF or CRLF; \
                 `tr '\\r' '\\n'` converts the file)",
            )
            .at_line(1)]);
        }
    }
    let mut header = Header::default();
    let mut problems = Vec::new();
    let mut offset = 0;
    let mut keys = KeysSeen::default();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        let line = line.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            problems.extend(keys.repeated(file));
            return if problems.is_empty() {
                Ok(Parsed {
                    header,
                    body_start: offset,
                })
            } else {
                Err(problems)
            };
        }
        let field = line.split_once(':').map(|(key, value)| {
            let known = KEYS.iter().position(|k| k.eq_ignore_ascii_case(key.trim()));
            (key, known, value)
        });
        let read = match field {
            None => Err(format!("expected `key: value`, found {line:?}")),
            Some((_, Some(known), _)) if keys.again(known, n + 1) => continue,
            Some((_, Some(known), value)) => read_field(&mut header, KEYS[known], value),
            Some((key, None, _)) => Err(format!(
                "unknown header key {:?} (expected one of: {})",
                key.trim().to_ascii_lowercase(),
                KEYS.join(", ")
            )),
        };
        if let Err(message) = read {
            problems.push(Problem::error(file, message).at_line(n + 1));
        }
    }
    problems.extend(keys.repeated(file));
    problems.push(Problem::error(
        file,
        "the header has no blank line after it, so the report has no body \
         (expected `key: value` lines, a blank line, then the text)",
    ));
    Err(problems)
}

/// The keys of a header met so far: a key given twice is a mistake (the second would
/// silently win), told once however often it is repeated.
#[derive(Default)]
struct KeysSeen {
    /// For each of [`KEYS`], the line it was first on and its repeats.
    seen: [Option<(usize, Option<Repeats>)>; KEYS.len()],
}

/// The line a key was first given again on, and how many times it was.
type Repeats = (usize, usize);

impl KeysSeen {
    /// Notes the key [`KEYS`]`[at]`, met on line `number`; true if it was given before.
    fn again(&mut self, at: usize, number: usize) -> bool {
        match &mut self.seen[at] {
            Some((_, again)) => {
                let (_, count) = again.get_or_insert((number, 0));
                *count += 1;
                true
            }
            seen @ None => {
                *seen = Some((number, None));
                false
            }
        }
    }

    fn repeated(&self, file: &str) -> impl Iterator<Item = Problem> + '_ {
        let file = file.to_owned();
        (KEYS.iter().zip(&self.seen)).filter_map(move |(key, seen)| {
            let (first, again) = (*seen)?;
            let (line, count) = again?;
            let times = if count == 1 {
                "once more".to_owned()
            } else {
                format!("{count} more times")
            };
            Some(
                Problem::error(
                    file.clone(),
                    format!("{key}: given {times} (first on line {first}; expected each key once)"),
                )
                .at_line(line),
            )
        })
    }
}

fn known(key: &str) -> bool {
    KEYS.iter().any(|k| k.eq_ignore_ascii_case(key.trim()))
}

/// Sets the field of `key`, one of [`KEYS`], to `value`.
fn read_field(header: &mut Header, key: &str, value: &str) -> Result<(), String> {
    let value = value.trim();
    let text = || (!value.is_empty()).then(|| value.to_owned());
    match key {
        "title" => header.title = text(),
        "publisher" => header.publisher = text(),
        "author" => header.author = text(),
        "url" => header.url = text(),
        "published" => header.published = Some(published(value)?),
        // The last of the keys: "categories".
        _ => {
            header.categories = value
                .split(',')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned)
                .collect()
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
    fn byte_order_marks_opening_the_file_are_read_past_however_many() {
        let text = "\u{feff}\u{feff}title: T\n\nBody.";
        let parsed = parse("r.txt", text).unwrap();
        assert_eq!(&text[parsed.body_start..], "Body.");
        assert_eq!(parsed.header.title.as_deref(), Some("T"));
        // As many as an attacker likes: read in a loop, not by a call for each.
        let text = format!("{}Hi.", "\u{feff}".repeat(100_000));
        assert_eq!(parse("r.txt", &text).unwrap().body_start, 0);
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
    fn a_key_given_twice_is_named_with_both_lines() {
        let text = format!(
            "title: A\n{}author: X\n\nBody.",
            "TITLE: B\n".repeat(10_000)
        );
        let problems = parse("r.txt", &text).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(
            problems[0].to_string(),
            "r.txt:2: error: title: given 10000 more times (first on line 1; expected each key once)"
        );
        let problems = parse("r.txt", "author: A\nAuthor: B\n\nBody.").unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "r.txt:2: error: author: given once more (first on line 1; expected each key once)"
        );
    }

    #[test]
    fn carriage_returns_alone_are_named_as_such() {
        let problems = parse("r.txt", "title: T\rpublished: 2025-08-17\r\rBody.").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0]
                .to_string()
                .starts_with("r.txt:1: error: lines end in a carriage return alone"),
            "{}",
            problems[0]
        );
        // CRLF is fine.
        let parsed = parse("r.txt", "title: T\r\n\r\nBody.").unwrap();
        assert_eq!(parsed.header.title.as_deref(), Some("T"));
    }

    #[test]
    fn a_header_with_no_body_is_an_error() {
        let problems = parse("r.txt", "title: T\n").unwrap_err();
        assert!(problems[0].message.contains("no blank line"));
    }
}
