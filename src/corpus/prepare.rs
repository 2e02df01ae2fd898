//! The part of loading that needs no other report: reading a report's files, checking
//! its header and parsing its annotation (or ingesting a report without one). Reports
//! are prepared on several threads and added to the corpus one by one in file order,
//! so that the corpus and its problems are exactly those of a load on one thread.

use std::sync::mpsc;

use super::annotation::{self, EventRecord, Item, SpanRecord, StatementRecord};
use super::{first_line, header, invalid_utf8, report_id, Origin, Problem, Source};
use crate::model::id_hash::IdMap;
use crate::model::{reanchor_all, Findings, Published, Report, Span, Speaker};

mod clean;

/// How many prepared reports each thread may hold before the corpus takes them.
const AHEAD: usize = 2;

/// A report read and checked on its own, waiting to be added to the corpus.
pub(super) struct Prepared {
    pub report_file: String,
    /// The report, or the problems that leave it out.
    pub report: Result<Report, Vec<Problem>>,
    /// Its annotation, parsed; none for a report left out or one with no annotation.
    pub annotation: Option<Annotated>,
    /// What ingest found in a report with no annotation beside it.
    pub ingested: Option<Ingested>,
}

/// What ingest found in a report, as model values, and the problem if it could not
/// read it.
pub(super) struct Ingested {
    /// The name problems with it are given: the report's, marked as ingested.
    pub file: String,
    pub findings: Findings,
    pub problems: Vec<Problem>,
}

/// An annotation file parsed, its spans checked against the report's body, with the
/// problems met parsing it (those met checking spans go with their items).
pub(super) struct Annotated {
    pub file: String,
    pub speakers: Vec<Item<Speaker>>,
    pub events: Vec<(Item<EventRecord>, CheckedMentions)>,
    pub statements: Vec<(Item<StatementRecord>, CheckedSpans)>,
    pub problems: Vec<Problem>,
}

impl Annotated {
    /// No annotation to add, only a problem with it.
    fn nothing_but(file: String, problem: Problem) -> Self {
        Self {
            file,
            speakers: Vec::new(),
            events: Vec::new(),
            statements: Vec::new(),
            problems: vec![problem],
        }
    }
}

/// An event's mentions that hold, and the problems with the others.
pub(super) struct CheckedMentions {
    pub spans: Vec<Span>,
    pub problems: Vec<Problem>,
}

/// A statement's spans that hold, and the problems with the others; when the content
/// does not hold, the other spans are not checked.
pub(super) struct CheckedSpans {
    pub content: Option<Span>,
    pub speaker_mention: Option<Span>,
    pub cue: Option<Span>,
    pub problems: Vec<Problem>,
}

pub(super) fn prepare(source: Source) -> Prepared {
    let file = source.report_file;
    let mut report = read_report(&file, &source.report);
    let (annotation, ingested) = match (&mut report, source.annotation) {
        (Ok(report), Some(annotation)) => (Some(annotate(annotation, report)), None),
        (Ok(report), None) => (None, Some(ingest(&file, report))),
        (Err(_), _) => (None, None),
    };
    Prepared {
        report_file: file,
        report,
        annotation,
        ingested,
    }
}

fn read_report(file: &str, bytes: &[u8]) -> Result<Report, Vec<Problem>> {
    let text = std::str::from_utf8(bytes).map_err(|err| vec![invalid_utf8(file, bytes, &err)])?;
    if crate::web::is_html(file, bytes) {
        return read_page(file, text);
    }
    let parsed = header::parse(file, text)?;
    let body = &text[parsed.body_start..];
    if body.trim().is_empty() {
        return Err(vec![Problem::error(
            file,
            "the report has no body text (expected the article after the header)",
        )]);
    }
    let header = parsed.header;
    Ok(Report {
        title: header.title.unwrap_or_else(|| first_line(body)),
        id: report_id(file),
        publisher: header.publisher,
        author: header.author,
        published: header.published,
        url: header.url,
        categories: header.categories,
        body: body.to_owned(),
    })
}

/// A saved web page: its article's text is the body, its meta data the header.
fn read_page(file: &str, html: &str) -> Result<Report, Vec<Problem>> {
    let page = crate::web::page::read(html, None)
        .map_err(|err| vec![Problem::error(file, err.to_string())])?;
    Ok(Report {
        title: page.title.unwrap_or_else(|| first_line(&page.body)),
        id: report_id(file),
        publisher: page.publisher,
        author: page.author,
        published: page.published,
        url: page.url,
        categories: Vec::new(),
        body: page.body,
    })
}

/// Ingests a report with no annotation beside it: its findings are model values,
/// checked where the corpus takes them. A date the text prints near its start dates
/// the report, said to be inferred; without one, the problem says how much is left
/// unresolved.
fn ingest(file: &str, report: &mut Report) -> Ingested {
    let ingested_file = format!("{file} (ingested)");
    let published = report.published.map(|p| p.date);
    match crate::ingest::ingest(&report.body, published) {
        Ok(mut found) => {
            if let Some(author) = &report.author {
                found.spoken_by_author(&report.body, author);
            }
            let mut problems = Vec::new();
            match (published, found.inferred_published) {
                (None, Some(date)) => {
                    report.published = Some(Published {
                        date,
                        time: None,
                        inferred: true,
                    })
                }
                (None, None) => problems.push(undated(file, found.unresolved)),
                _ => {}
            }
            let published = published.or(found.inferred_published);
            Ingested {
                findings: found.findings(&report.body, &report.id, published),
                file: ingested_file,
                problems,
            }
        }
        Err(e) => Ingested {
            problems: vec![Problem::warning(&ingested_file, e.to_string())],
            file: ingested_file,
            findings: Findings::default(),
        },
    }
}

/// The annotation beside the report, parsed, its spans checked against the body.
fn annotate((file, bytes): (String, Vec<u8>), report: &Report) -> Annotated {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let problem = invalid_utf8(&file, err.as_bytes(), &err.utf8_error());
            return Annotated::nothing_but(file, problem);
        }
    };
    if let Some(annotated) = clean::annotated(&file, &text, &report.body) {
        return annotated;
    }
    let mut problems = Vec::new();
    let items = annotation::parse(&file, &text, &mut problems);
    let body = &report.body;
    let moved = Moved::find(body, &items);
    let events = (items.events.into_iter())
        .map(|mut item| {
            let checked = check_mentions(&file, &mut item, body, &moved);
            (item, checked)
        })
        .collect();
    let statements = (items.statements.into_iter())
        .map(|mut item| {
            let checked = check_statement(&file, &mut item, body, &moved);
            (item, checked)
        })
        .collect();
    Annotated {
        speakers: items.speakers,
        events,
        statements,
        file,
        problems,
    }
}

/// The warning for a report ingested without a publication date.
fn undated(file: &str, unresolved: usize) -> Problem {
    let left = match unresolved {
        0 => "no relative date in it depends on one".to_owned(),
        1 => "1 relative date (\"on Friday\", \"last week\") is left unresolved".to_owned(),
        n => format!("{n} relative dates (\"on Friday\", \"last week\") are left unresolved"),
    };
    Problem::warning(
        file,
        format!(
            "no publication date: no `published:` in the header and none printed at the start of the text, so {left} (add `published: YYYY-MM-DD` to the header)"
        ),
    )
}

/// Where the spans of an annotation whose text is not at their offsets are now: all
/// found at once before any is checked, so that many of them cost about one pass over
/// the body rather than one each (see [`reanchor_all`]).
struct Moved {
    found: IdMap<(usize, String), Option<std::ops::Range<usize>>>,
}

impl Moved {
    fn find<'a>(body: &str, items: &'a annotation::Items) -> Self {
        let mut moved: Vec<(&'a str, usize)> = Vec::new();
        // Bytes equal to a text (valid UTF-8) begin and end on character boundaries.
        let mut note = |span: &'a SpanRecord| {
            let text = span.text.as_bytes();
            if !text.is_empty()
                && span.start < span.end
                && body.as_bytes().get(span.start..span.end) != Some(text)
            {
                moved.push((span.text.as_str(), span.start));
            }
        };
        for event in &items.events {
            event.value.mentions.iter().for_each(&mut note);
        }
        for statement in &items.statements {
            let s = &statement.value;
            note(&s.content);
            s.speaker_mention.iter().chain(&s.cue).for_each(&mut note);
        }
        if moved.is_empty() {
            return Self {
                found: IdMap::default(),
            };
        }
        let found = reanchor_all(body, &moved);
        let found = (moved.iter())
            .map(|&(text, start)| (start, text.to_owned()))
            .zip(found)
            .collect();
        Self { found }
    }

    /// Where the span that says it covers `text` at `start` is now, if anywhere.
    fn get(&self, text: &str, start: usize) -> Option<std::ops::Range<usize>> {
        // Looked up only for a span found moved, so the key is copied only then.
        self.found.get(&(start, text.to_owned())).cloned().flatten()
    }
}

/// Checks an event's mentions, which are taken out of it (their texts are freed here,
/// on the thread that parsed them).
fn check_mentions(
    file: &str,
    item: &mut Item<EventRecord>,
    body: &str,
    moved: &Moved,
) -> CheckedMentions {
    let origin = Origin::new(file, item);
    let mut problems = Vec::new();
    let spans = std::mem::take(&mut item.value.mentions)
        .iter()
        .enumerate()
        .filter_map(|(i, m)| {
            let field = format!("mentions[{i}]");
            check_span(&mut problems, &origin, &field, body, moved, m)
        })
        .collect();
    CheckedMentions { spans, problems }
}

/// Checks a statement's spans, whose texts are freed here.
fn check_statement(
    file: &str,
    item: &mut Item<StatementRecord>,
    body: &str,
    moved: &Moved,
) -> CheckedSpans {
    let origin = Origin::new(file, item);
    let mut problems = Vec::new();
    let record = &mut item.value;
    let content = check_span(
        &mut problems,
        &origin,
        "content",
        body,
        moved,
        &record.content,
    );
    record.content.text = String::new();
    let (speaker_mention, cue) = (record.speaker_mention.take(), record.cue.take());
    let mut optional = |field, span: Option<SpanRecord>| {
        span.and_then(|s| check_span(&mut problems, &origin, field, body, moved, &s))
    };
    let (speaker_mention, cue) = match content {
        Some(_) => (
            optional("speaker_mention", speaker_mention),
            optional("cue", cue),
        ),
        None => (None, None),
    };
    CheckedSpans {
        content,
        speaker_mention,
        cue,
        problems,
    }
}

/// Checks a span against the body; a span whose text has moved is re-anchored to the
/// nearest place it occurs, with a warning.
fn check_span(
    problems: &mut Vec<Problem>,
    origin: &Origin,
    field: &str,
    body: &str,
    moved: &Moved,
    record: &SpanRecord,
) -> Option<Span> {
    let &SpanRecord {
        start,
        end,
        ref text,
    } = record;
    if text.is_empty() || start >= end {
        problems.push(origin.error(
            field,
            format!(
                "the span {start}..{end} is empty (expected start < end and the text it covers)"
            ),
        ));
        return None;
    }
    let found = if body.get(start..end) == Some(text.as_str()) {
        Some(start..end)
    } else if let Some(found) = moved.get(text, start) {
        problems.push(origin.warning(
            field,
            format!(
                "{text:?} is not at {start}..{end} but at {}..{}; re-anchored there",
                found.start, found.end
            ),
        ));
        Some(found)
    } else {
        None
    };
    if let Some(found) = found {
        let span = Span::of(body, found.clone());
        if span.is_none() {
            problems.push(origin.error(
                field,
                format!(
                    "the span {}..{} lies past 4 GiB of the body, which parley does not read",
                    found.start, found.end
                ),
            ));
        }
        return span;
    }
    let message = if end > body.len() {
        format!(
            "the span {start}..{end} is out of range (the body is {} bytes)",
            body.len()
        )
    } else if !body.is_char_boundary(start) || !body.is_char_boundary(end) {
        format!("the span {start}..{end} splits a UTF-8 character (offsets are bytes of the body and must fall between characters)")
    } else {
        format!(
            "the text {text:?} does not match the body at {start}..{end}, which reads {:?}, and does not occur elsewhere in it",
            &body[start..end]
        )
    };
    problems.push(origin.error(field, message));
    None
}

/// Calls `prepare` on every item, on `threads` threads, and `add` with each result in
/// the order of `items`, on this thread: the outcome is that of a plain loop.
pub(super) fn in_order<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    prepare: impl Fn(&T) -> R + Sync,
    mut add: impl FnMut(R),
) {
    let threads = threads.min(items.len());
    if threads <= 1 {
        items.iter().for_each(|item| add(prepare(item)));
        return;
    }
    std::thread::scope(|scope| {
        let prepare = &prepare;
        // Thread `t` takes items t, t + threads, ...: taking from each in turn restores
        // the order, and each holds at most AHEAD results unread.
        let results: Vec<mpsc::Receiver<R>> = (0..threads)
            .map(|first| {
                let (send, receive) = mpsc::sync_channel(AHEAD);
                scope.spawn(move || {
                    for item in items.iter().skip(first).step_by(threads) {
                        if send.send(prepare(item)).is_err() {
                            return;
                        }
                    }
                });
                receive
            })
            .collect();
        for i in 0..items.len() {
            let result = results[i % threads].recv();
            add(result.expect("a loading thread stopped early"));
        }
    });
}

/// The threads to load on: one a core.
pub(super) fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_in_the_order_of_the_items_whatever_the_threads() {
        let items: Vec<u64> = (0..500).collect();
        // Uneven work, so that threads finish out of turn.
        let slow_square = |&n: &u64| {
            let spins = (n * 7919) % 2000;
            (0..spins).fold(n * n, |acc, i| std::hint::black_box(acc ^ i) ^ i)
        };
        let expected: Vec<u64> = items.iter().map(|n| n * n).collect();
        for threads in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            in_order(&items, threads, slow_square, |r| seen.push(r));
            assert_eq!(seen, expected, "{threads} threads");
        }
    }
}

#[cfg(test)]
mod load_tests {
    use super::super::{load_on, BUNDLED};
    use std::path::PathBuf;

    /// A report and its annotation made from the bundled ones; no annotation, no file.
    type Break = fn(&str, &str) -> (String, Option<String>);

    /// Copies of the bundled reports, most of them broken in a way of their own.
    fn broken_corpus(dir: &std::path::Path) {
        let breaks: [Break; 8] = [
            |text, json| (text.to_owned(), Some(json.to_owned())),
            |text, json| {
                (
                    text.to_owned(),
                    Some(json.replacen("\"direct\"", "\"shouted\"", 1)),
                )
            },
            |text, json| (text.to_owned(), Some(json[..json.len() / 2].to_owned())),
            |text, _| (text.to_owned(), None),
            |text, json| {
                (
                    text.replacen("published: 20", "published: x20", 1),
                    Some(json.to_owned()),
                )
            },
            |text, json| {
                (
                    text.lines().next().unwrap_or_default().to_owned(),
                    Some(json.to_owned()),
                )
            },
            |text, json| (text.replacen("the", "teh", 3), Some(json.to_owned())),
            |text, json| {
                (
                    text.to_owned(),
                    Some(json.replacen("\"speaker\": \"", "\"speaker\": \"x", 2)),
                )
            },
        ];
        for (i, brk) in breaks.iter().cycle().take(21).enumerate() {
            let bundled = &BUNDLED[i % BUNDLED.len()];
            let (text, json) = brk(bundled.report, bundled.annotation);
            std::fs::write(dir.join(format!("r{i:02}.txt")), text).unwrap();
            if let Some(json) = json {
                std::fs::write(dir.join(format!("r{i:02}.json")), json).unwrap();
            }
        }
        std::fs::write(dir.join("stray.json"), "{}").unwrap();
    }

    #[test]
    fn problems_in_several_reports_come_in_the_order_of_a_load_on_one_thread() {
        let dir = tempfile::tempdir().unwrap();
        broken_corpus(dir.path());
        let paths = [PathBuf::from(dir.path())];
        let serial = load_on(&paths, 1, &mut |_, _| {}).unwrap();
        let errors = serial.errors().count();
        assert!(
            errors > 20,
            "{errors} errors: the corpus should be broken in many places"
        );
        for threads in [2, 3, 8] {
            let mut seen = Vec::new();
            let parallel = load_on(&paths, threads, &mut |done, of| seen.push((done, of))).unwrap();
            // Progress counts every report once, in order, of the same total.
            let files = seen.len();
            assert!(files > 1);
            assert_eq!(seen, (1..=files).map(|n| (n, files)).collect::<Vec<_>>());
            assert_eq!(parallel.problems, serial.problems, "{threads} threads");
            let (a, b) = (&parallel.corpus, &serial.corpus);
            assert_eq!(a.reports(), b.reports());
            assert_eq!(a.speakers(), b.speakers());
            assert_eq!(a.statements(), b.statements());
            assert_eq!(a.events(), b.events());
        }
    }
}
