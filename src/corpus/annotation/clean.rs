//! An annotation file read in one pass, for files with nothing to report.
//!
//! The careful reading (see [`super::parse`]) goes over the file twice: once to find
//! where each item starts (for its line) and once more into each item's fields. Here the
//! sections' brackets and commas are followed by hand and each item is read in place,
//! straight into its record, its start known from where the reading stands. Anything
//! out of the ordinary (a syntax error, an item that does not read, an unknown or
//! repeated key, a key written with escapes, a marker that is not a plain string, the
//! struct written as an array) gives `None`, and the careful reading takes over: so a
//! file reads here exactly as it reads there, or not at all.

use serde::Deserialize;

use super::{Item, Items, LineCursor};

/// The items of a well-formed annotation file, or `None` when the careful reading must
/// say what is wrong with it.
pub(super) fn parse(text: &str) -> Option<Items> {
    let sections = read(text)?;
    Some(Items {
        speakers: sections.speakers,
        events: sections.events,
        statements: sections.statements,
    })
}

/// The sections of an annotation file, read into records of any kind: those of
/// [`Items`], or records that borrow their strings from the file.
pub(in crate::corpus) struct Sections<S, E, T> {
    pub speakers: Vec<Item<S>>,
    pub events: Vec<Item<E>>,
    pub statements: Vec<Item<T>>,
}

/// The sections of a well-formed annotation file, each item read in place, or `None`
/// at anything out of the ordinary.
pub(in crate::corpus) fn read<'a, S, E, T>(text: &'a str) -> Option<Sections<S, E, T>>
where
    S: Deserialize<'a>,
    E: Deserialize<'a>,
    T: Deserialize<'a>,
{
    let mut reader = Reader { text, at: 0 };
    let mut lines = LineCursor::default();
    let mut sections = Sections {
        speakers: Vec::new(),
        events: Vec::new(),
        statements: Vec::new(),
    };
    // speakers, events, statements, generated_by, content_hash
    let mut seen = [false; 5];
    reader.expect(b'{')?;
    if !reader.next_if(b'}') {
        loop {
            let key = reader.plain_string()?;
            reader.expect(b':')?;
            let slot = match key {
                "speakers" => 0,
                "events" => 1,
                "statements" => 2,
                "generated_by" => 3,
                "content_hash" => 4,
                _ => return None,
            };
            if std::mem::replace(&mut seen[slot], true) {
                return None;
            }
            match slot {
                0 => sections.speakers = reader.section("speakers", &mut lines)?,
                1 => sections.events = reader.section("events", &mut lines)?,
                2 => sections.statements = reader.section("statements", &mut lines)?,
                _ => {
                    reader.plain_string()?;
                }
            }
            if !reader.next_if(b',') {
                reader.expect(b'}')?;
                break;
            }
        }
    }
    reader.skip_whitespace();
    (reader.at == text.len()).then_some(sections)
}

struct Reader<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reader<'a> {
    /// Steps over JSON's whitespace, as serde_json does.
    fn skip_whitespace(&mut self) {
        let rest = &self.text.as_bytes()[self.at..];
        self.at += rest
            .iter()
            .position(|b| !matches!(b, b' ' | b'\n' | b'\t' | b'\r'))
            .unwrap_or(rest.len());
    }

    /// Whether the next byte after whitespace is `byte`, stepping over it if so.
    fn next_if(&mut self, byte: u8) -> bool {
        self.skip_whitespace();
        let found = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.next_if(byte).then_some(())
    }

    /// A string with no escapes, after whitespace.
    fn plain_string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let rest = &self.text.as_bytes()[start..];
        let len = rest
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if rest[len] != b'"' {
            return None;
        }
        self.at = start + len + 1;
        Some(&self.text[start..start + len])
    }

    /// An array of items, each read in place into its record.
    fn section<T: Deserialize<'a>>(
        &mut self,
        section: &'static str,
        lines: &mut LineCursor,
    ) -> Option<Vec<Item<T>>> {
        self.expect(b'[')?;
        let mut read = Vec::new();
        if self.next_if(b']') {
            return Some(read);
        }
        loop {
            self.skip_whitespace();
            let start = self.at;
            let mut stream =
                serde_json::Deserializer::from_str(&self.text[start..]).into_iter::<T>();
            let value = stream.next()?.ok()?;
            self.at = start + stream.byte_offset();
            read.push(Item {
                value,
                line: lines.line(self.text, start),
                section,
                index: read.len(),
            });
            if !self.next_if(b',') {
                self.expect(b']')?;
                return Some(read);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Problem;

    /// What the careful reading makes of `text`, and the problems it finds.
    fn careful(text: &str) -> (Items, Vec<Problem>) {
        let mut problems = Vec::new();
        let items = super::super::parse_carefully("x.json", text, &mut problems);
        (items, problems)
    }

    const GOOD: &str = r#"{
  "generated_by": "parley ingest 0.1.0",
  "statements": [{"id": "s-1", "speaker": "trump", "kind": "partial",
                  "speaker_mention": {"start": 0, "end": 5, "text": "Trump"},
                  "content": {"start": 12, "end": 24, "text": "big \"progress\" \u00e9"},
                  "event": "post", "same_as": ["t-2"]},
                 {"id": "s-2", "speaker": "trump", "kind": "direct",
                  "content": {"start": 30, "end": 34, "text": "Мир"}}],
  "speakers" : [ {"id": "trump", "name": "Donald Trump", "kind": "person", "aliases": ["Trump"]} ,
      {"id": "kremlin", "name": "the Kremlin", "kind": "institution", "role": null} ],
  "events": [{"id": "post", "title": "The post",
              "time": {"value": "2025-08-17", "expression": "on Sunday", "anchor": "2025-08-17"},
              "mentions": [{"start": 26, "end": 35, "text": "on Sunday"}]}],
  "content_hash": "abc"
}
"#;

    #[test]
    fn a_well_formed_file_reads_as_the_careful_reading_reads_it() {
        let bundled = crate::corpus::BUNDLED.iter().map(|b| b.annotation);
        let spaced = GOOD.replace('\n', "\r\n\t ");
        for text in bundled.chain([GOOD, spaced.as_str(), "{}", " { \"speakers\": [ ] } "]) {
            let (expected, problems) = careful(text);
            assert!(problems.is_empty(), "{problems:?}");
            let items = parse(text).expect("read in one pass");
            assert_eq!(format!("{items:?}"), format!("{expected:?}"));
        }
        let items = parse(GOOD).unwrap();
        let lines: Vec<usize> = items.statements.iter().map(|i| i.line).collect();
        assert_eq!(lines, [3, 7]);
        assert_eq!((items.speakers[1].line, items.speakers[1].index), (10, 1));
    }

    #[test]
    fn anything_out_of_the_ordinary_is_left_to_the_careful_reading() {
        let kind = GOOD.replacen("\"direct\"", "\"shouted\"", 1);
        let field = GOOD.replacen("\"title\"", "\"titel\"", 1);
        let key = GOOD.replacen("\"events\"", "\"happenings\"", 1);
        let twice = GOOD.replacen("\"content_hash\": \"abc\"", "\"events\": []", 1);
        let escaped = GOOD.replacen("\"events\"", "\"ev\\u0065nts\"", 1);
        let marker = GOOD.replacen("\"parley ingest 0.1.0\"", "{\"by\": 1}", 1);
        let trailing = format!("{GOOD} x");
        let cases = [
            "",
            "[]",
            "[[], [], []]",
            "{\"speakers\": null}",
            "{\"speakers\": [1]}",
            "{\"speakers\": [],}",
            "{\"speakers\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"person\"},]}",
            &GOOD[..GOOD.len() / 2],
            &kind,
            &field,
            &key,
            &twice,
            &escaped,
            &marker,
            &trailing,
        ];
        for text in cases {
            assert!(parse(text).is_none(), "{text}");
        }
    }
}
