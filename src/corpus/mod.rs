//! The on-disk corpus: a folder of reports (text with a `key: value` header) and,
//! beside each, an optional JSON annotation file. Loading checks everything and
//! reports each problem with its file and place; what is broken is left out and the
//! rest still loads.

pub mod annotation;
mod bundled;
mod header;
mod problem;

pub use bundled::{bundled, BUNDLED};
pub use header::KEYS as HEADER_KEYS;
pub use problem::{Problem, Severity};

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use annotation::{EventRecord, Item, SpanRecord, StatementRecord};
use problem::line_of;

use crate::model::{
    reanchor, Corpus, Event, EventId, Mention, Report, ReportId, Span, Speaker, SpeakerId,
    Statement, StatementId,
};

/// A corpus and every problem met while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corpus: Corpus,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.is_error())
    }
}

/// Failures that leave nothing to load.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
    #[error("{}: no reports here (expected .txt files, each with an optional .json annotation of the same name beside it)", path.display())]
    Empty { path: PathBuf },
}

/// A report file and its annotation file, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct Source {
    /// The report file's name as the user should see it in messages.
    pub report_file: String,
    pub report: Vec<u8>,
    pub annotation: Option<(String, Vec<u8>)>,
}

/// Loads reports from folders and files: a folder contributes every `.txt` in it, a
/// file is a report whatever its extension. Each report's annotation is the `.json`
/// file of the same stem beside it.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, CorpusError> {
    // Each file is read just before it is checked and its bytes dropped after, so that
    // no more than one report's files are held at once.
    let mut builder = Builder::default();
    let mut problems = Vec::new();
    for path in paths {
        let io_error = |source| CorpusError::Io {
            path: path.clone(),
            source,
        };
        if fs::metadata(path).map_err(io_error)?.is_dir() {
            let files = report_files(path, &mut problems).map_err(io_error)?;
            if files.is_empty() {
                return Err(CorpusError::Empty { path: path.clone() });
            }
            for file in &files {
                if let Some(source) = read_source(file, &mut problems) {
                    builder.add(source);
                }
            }
        } else if let Some(source) = read_source(path, &mut problems) {
            builder.add(source);
        }
    }
    let mut loaded = builder.finish();
    problems.append(&mut loaded.problems);
    loaded.problems = problems;
    Ok(loaded)
}

/// The `.txt` files of a folder in name order; a stray `.json` with no report beside it
/// is worth a warning.
fn report_files(dir: &Path, problems: &mut Vec<Problem>) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") if path.is_file() => files.push(path),
            Some("json") if !path.with_extension("txt").exists() => problems
                .push(Problem::warning(
                path.display().to_string(),
                "an annotation file with no report beside it (expected a .txt of the same name)",
            )),
            _ => {}
        }
    }
    files.sort();
    Ok(files)
}

fn read_source(path: &Path, problems: &mut Vec<Problem>) -> Option<Source> {
    let name = path.display().to_string();
    let report = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(Problem::error(
                name,
                format!("cannot read the report: {err}"),
            ));
            return None;
        }
    };
    let annotation_path = path.with_extension("json");
    let annotation = if annotation_path == path || !annotation_path.exists() {
        None
    } else {
        let annotation_name = annotation_path.display().to_string();
        match fs::read(&annotation_path) {
            Ok(bytes) => Some((annotation_name, bytes)),
            Err(err) => {
                problems.push(Problem::error(
                    annotation_name,
                    format!("cannot read: {err}"),
                ));
                None
            }
        }
    };
    Some(Source {
        report_file: name,
        report,
        annotation,
    })
}

/// Where a report file's body starts and the publication date its header gives; a
/// header with problems is read as body (the loader reports those problems).
pub fn split_report(text: &str) -> (usize, Option<chrono::NaiveDate>) {
    match header::parse("", text) {
        Ok(parsed) => (parsed.body_start, parsed.header.published.map(|p| p.date)),
        Err(_) => (0, None),
    }
}

/// Builds a corpus from report texts already in memory.
pub fn from_sources(sources: Vec<Source>) -> Loaded {
    let mut builder = Builder::default();
    for source in sources {
        builder.add(source);
    }
    builder.finish()
}

/// Where an annotation item was written, compactly, for the items kept until every file
/// is read: an index into [`Builder::files`], the line, and the item's place.
#[derive(Debug, Clone, Copy)]
struct Place {
    file: u32,
    line: u32,
    section: &'static str,
    index: u32,
}

/// Where an annotation item was written, for messages about it.
#[derive(Debug, Clone)]
struct Origin {
    file: String,
    line: usize,
    path: String,
}

impl Origin {
    fn new<T>(file: &str, item: &Item<T>) -> Self {
        Self {
            file: file.to_owned(),
            line: item.line,
            path: item.path.clone(),
        }
    }

    fn error(&self, field: &str, message: impl Into<String>) -> Problem {
        self.problem(Problem::error(&self.file, message), field)
    }

    fn warning(&self, field: &str, message: impl Into<String>) -> Problem {
        self.problem(Problem::warning(&self.file, message), field)
    }

    fn problem(&self, problem: Problem, field: &str) -> Problem {
        let path = if field.is_empty() {
            self.path.clone()
        } else {
            format!("{}.{field}", self.path)
        };
        problem.at_line(self.line).at_path(path)
    }
}

/// Gathers what every file holds; references between items are checked at the end, and
/// each id is kept once: every statement, span and event naming it shares that copy.
#[derive(Default)]
struct Builder {
    problems: Vec<Problem>,
    /// The annotation files read, for [`Place::file`].
    files: Vec<String>,
    reports: Vec<Report>,
    /// Ids of `reports`, to find a duplicate without going through them all.
    report_ids: HashSet<ReportId>,
    speakers: Vec<Speaker>,
    speaker_at: HashMap<SpeakerId, usize>,
    events: Vec<(Event, Place)>,
    event_at: HashMap<EventId, usize>,
    statements: Vec<Statement>,
    /// Where each of `statements` was written.
    statement_places: Vec<Place>,
    statement_ids: HashSet<StatementId>,
}

impl Builder {
    fn add(&mut self, source: Source) {
        let file = source.report_file.as_str();
        let Some(report) = self.report(file, &source.report) else {
            self.problems
                .push(Problem::warning(file, "the report is skipped"));
            return;
        };
        if let Some((annotation_file, bytes)) = &source.annotation {
            match std::str::from_utf8(bytes) {
                Ok(text) => self.annotate(annotation_file, text, &report),
                Err(err) => self
                    .problems
                    .push(invalid_utf8(annotation_file, bytes, &err)),
            }
        } else {
            // No annotation beside the report: ingest it, through the same checks.
            let published = report.published.map(|p| p.date);
            match crate::ingest::ingest(&report.body, published) {
                Ok(found) => {
                    let annotation =
                        found.to_annotation(&report.body, report.id.as_str(), published);
                    if let Ok(text) = serde_json::to_string(&annotation) {
                        self.annotate(&format!("{file} (ingested)"), &text, &report);
                    }
                }
                Err(e) => self.problems.push(Problem::warning(file, e.to_string())),
            }
        }
        self.reports.push(report);
    }

    fn report(&mut self, file: &str, bytes: &[u8]) -> Option<Report> {
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                self.problems.push(invalid_utf8(file, bytes, &err));
                return None;
            }
        };
        let parsed = match header::parse(file, text) {
            Ok(parsed) => parsed,
            Err(mut problems) => {
                self.problems.append(&mut problems);
                return None;
            }
        };
        let body = &text[parsed.body_start..];
        if body.trim().is_empty() {
            self.problems.push(Problem::error(
                file,
                "the report has no body text (expected the article after the header)",
            ));
            return None;
        }
        let id = report_id(file);
        if !self.report_ids.insert(id.clone()) {
            self.problems.push(Problem::error(
                file,
                format!("another report already has the id {id:?} (report ids are file names without extension, and must differ)"),
            ));
            return None;
        }
        let header = parsed.header;
        Some(Report {
            title: header.title.unwrap_or_else(|| first_line(body)),
            id,
            publisher: header.publisher,
            author: header.author,
            published: header.published,
            url: header.url,
            categories: header.categories,
            body: body.to_owned(),
        })
    }

    fn annotate(&mut self, file: &str, text: &str, report: &Report) {
        let items = annotation::parse(file, text, &mut self.problems);
        self.files.push(file.to_owned());
        let mut declared = HashSet::new();
        for item in items.speakers {
            if self.declared_once(file, &item, &mut declared, item.value.id.as_str()) {
                self.add_speaker(file, item);
            }
        }
        declared.clear();
        for item in items.events {
            if self.declared_once(file, &item, &mut declared, item.value.id.as_str()) {
                self.add_event(file, item, report);
            }
        }
        for item in items.statements {
            self.add_statement(file, item, report);
        }
    }

    /// One file declares an id once; a repeat is a mistake, not a merge.
    fn declared_once<T>(
        &mut self,
        file: &str,
        item: &Item<T>,
        declared: &mut HashSet<String>,
        id: &str,
    ) -> bool {
        if declared.insert(id.to_owned()) {
            return true;
        }
        self.problems.push(Origin::new(file, item).error(
            "id",
            format!("{id:?} is declared twice in this file (the second is skipped)"),
        ));
        false
    }

    /// The same speaker may be declared beside several reports: the first declaration
    /// gives the name, and the aliases of all are kept.
    fn add_speaker(&mut self, file: &str, item: Item<Speaker>) {
        let origin = Origin::new(file, &item);
        let speaker = item.value;
        let Some(&at) = self.speaker_at.get(&speaker.id) else {
            self.speaker_at
                .insert(speaker.id.clone(), self.speakers.len());
            self.speakers.push(speaker);
            return;
        };
        let known = &mut self.speakers[at];
        if known.name != speaker.name {
            self.problems.push(origin.warning(
                "name",
                format!(
                    "speaker {:?} is already named {:?}; {:?} is kept as an alias",
                    speaker.id.as_str(),
                    known.name,
                    speaker.name
                ),
            ));
        }
        for alias in std::iter::once(speaker.name).chain(speaker.aliases) {
            let lower = alias.to_lowercase();
            let known_alias = |a: &String| a.to_lowercase() == lower;
            if known.name.to_lowercase() != lower && !known.aliases.iter().any(known_alias) {
                known.aliases.push(alias);
            }
        }
        known.role = known.role.take().or(speaker.role);
        known.affiliation = known.affiliation.take().or(speaker.affiliation);
    }

    /// The same event in several reports is one event: its mentions are gathered, and
    /// its time must agree.
    fn add_event(&mut self, file: &str, item: Item<EventRecord>, report: &Report) {
        let origin = Origin::new(file, &item);
        let record = item.value;
        let mentions: Vec<Mention> = record
            .mentions
            .into_iter()
            .enumerate()
            .filter_map(|(i, m)| self.span(&origin, &format!("mentions[{i}]"), report, m))
            .map(|span| Mention {
                report: report.id.clone(),
                span,
            })
            .collect();
        let Some(&at) = self.event_at.get(&record.id) else {
            self.event_at.insert(record.id.clone(), self.events.len());
            let event = Event {
                id: record.id,
                title: record.title,
                time: record.time,
                place: record.place,
                participants: record.participants,
                mentions,
            };
            let place = self.place("events", item.line, item.index);
            self.events.push((event, place));
            return;
        };
        let (known, first) = &mut self.events[at];
        let first_file = &self.files[first.file as usize];
        match (&known.time, record.time) {
            (Some(a), Some(b)) if a.value != b.value => self.problems.push(origin.error(
                "time.value",
                format!(
                    "event {:?} is dated {} here but {} in {}:{} (the first is kept)",
                    known.id.as_str(),
                    b.value,
                    a.value,
                    first_file,
                    first.line
                ),
            )),
            (None, Some(time)) => known.time = Some(time),
            _ => {}
        }
        known.place = known.place.take().or(record.place);
        for participant in record.participants {
            if !known.participants.contains(&participant) {
                known.participants.push(participant);
            }
        }
        known.mentions.extend(mentions);
    }

    fn add_statement(&mut self, file: &str, item: Item<StatementRecord>, report: &Report) {
        let origin = Origin::new(file, &item);
        let record = item.value;
        if !self.statement_ids.insert(record.id.clone()) {
            self.problems.push(origin.error(
                "id",
                format!(
                    "statement id {:?} is used twice (ids must be unique across the corpus)",
                    record.id.as_str()
                ),
            ));
            return;
        }
        let Some(content) = self.span(&origin, "content", report, record.content) else {
            return;
        };
        let mut optional = |field, span: Option<SpanRecord>| {
            span.and_then(|s| self.span(&origin, field, report, s))
        };
        let speaker_mention = optional("speaker_mention", record.speaker_mention);
        let cue = optional("cue", record.cue);
        // The copies of ids already known are used now, so that the parsed ones are
        // freed straight away; `finish` checks every reference and takes the rest.
        let statement = Statement {
            speaker_mention,
            cue,
            id: record.id,
            report: report.id.clone(),
            speaker: shared(&self.speaker_at, record.speaker),
            kind: record.kind,
            content,
            event: record.event.map(|e| shared(&self.event_at, e)),
            same_as: record
                .same_as
                .into_iter()
                .map(|id| self.statement_ids.get(&id).cloned().unwrap_or(id))
                .collect(),
        };
        self.statements.push(statement);
        let place = self.place("statements", item.line, item.index);
        self.statement_places.push(place);
    }

    /// The place of an item of the annotation file being read.
    fn place(&self, section: &'static str, line: usize, index: usize) -> Place {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Place {
            file: narrow(self.files.len() - 1),
            line: narrow(line),
            section,
            index: narrow(index),
        }
    }

    /// The origin of an item kept until the end, for a message about it.
    fn origin(&self, place: Place) -> Origin {
        Origin {
            file: self.files[place.file as usize].clone(),
            line: place.line as usize,
            path: format!("{}[{}]", place.section, place.index),
        }
    }

    /// Checks a span against the body; a span whose text has moved is re-anchored to the
    /// nearest place it occurs, with a warning.
    fn span(
        &mut self,
        origin: &Origin,
        field: &str,
        report: &Report,
        record: SpanRecord,
    ) -> Option<Span> {
        let body = &report.body;
        let SpanRecord { start, end, text } = record;
        if text.is_empty() || start >= end {
            self.problems.push(origin.error(
                field,
                format!("the span {start}..{end} is empty (expected start < end and the text it covers)"),
            ));
            return None;
        }
        let found = if body.get(start..end) == Some(text.as_str()) {
            Some(start..end)
        } else if let Some(found) = reanchor(body, &text, start) {
            self.problems.push(origin.warning(
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
                self.problems.push(origin.error(
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
        self.problems.push(origin.error(field, message));
        None
    }

    /// Checks references between items once every file is read, and builds the corpus.
    /// A reference that holds is replaced by the referenced item's own copy of the id.
    fn finish(mut self) -> Loaded {
        let mut statements = std::mem::take(&mut self.statements);
        let places = std::mem::take(&mut self.statement_places);
        let mut places = places.into_iter();
        statements.retain_mut(|statement| {
            let place = places.next().expect("a place for every statement");
            self.check_statement(statement, place)
        });
        let mut checked_events = Vec::with_capacity(self.events.len());
        for (mut event, place) in std::mem::take(&mut self.events) {
            let relative = event.time.as_ref().and_then(|t| t.value.relative_to());
            if let Some(other) = relative.filter(|id| !self.event_at.contains_key(*id)) {
                let problem = self.origin(place).error(
                    "time.value",
                    format!("unknown event id {:?} (before:/after: must name an event); the time is dropped", other.as_str()),
                );
                self.problems.push(problem);
                event.time = None;
            }
            let mut known = Vec::with_capacity(event.participants.len());
            for id in std::mem::take(&mut event.participants) {
                match self.speaker_at.get_key_value(&id) {
                    Some((shared, _)) => known.push(shared.clone()),
                    None => self.unknown(
                        place,
                        "participants",
                        format!(
                            "unknown speaker id {:?} (expected an id from \"speakers\")",
                            id.as_str()
                        ),
                    ),
                }
            }
            event.participants = known;
            checked_events.push(event);
        }
        // The checks are done: the id sets go before the indexes are built beside them.
        self.report_ids = HashSet::new();
        self.statement_ids = HashSet::new();
        self.speaker_at = HashMap::new();
        self.event_at = HashMap::new();
        Loaded {
            corpus: Corpus::new(self.reports, self.speakers, statements, checked_events),
            problems: self.problems,
        }
    }

    /// An error for a reference to an id the corpus does not have.
    fn unknown(&mut self, place: Place, field: &str, message: String) {
        let problem = self.origin(place).error(field, message);
        self.problems.push(problem);
    }

    /// Whether a statement's speaker is known (it is skipped otherwise); an unknown
    /// event or linked statement is dropped from it.
    fn check_statement(&mut self, statement: &mut Statement, place: Place) -> bool {
        let Some((speaker, _)) = self.speaker_at.get_key_value(&statement.speaker) else {
            let problem = self.origin(place).error(
                "speaker",
                format!("unknown speaker id {:?} (expected an id from \"speakers\"); the statement is skipped", statement.speaker.as_str()),
            );
            self.problems.push(problem);
            return false;
        };
        statement.speaker = speaker.clone();
        if let Some(event) = statement.event.take() {
            match self.event_at.get_key_value(&event) {
                Some((shared, _)) => statement.event = Some(shared.clone()),
                None => self.unknown(
                    place,
                    "event",
                    format!(
                        "unknown event id {:?} (expected an id from \"events\")",
                        event.as_str()
                    ),
                ),
            }
        }
        let mut known = Vec::with_capacity(statement.same_as.len());
        for id in std::mem::take(&mut statement.same_as) {
            match self.statement_ids.get(&id) {
                Some(shared) => known.push(shared.clone()),
                None => self.unknown(place, "same_as", format!("unknown statement id {:?} (expected the id of a statement in another report)", id.as_str())),
            }
        }
        statement.same_as = known.into();
        true
    }
}

/// The map's own copy of `id` if it has one, else `id`.
fn shared<K: Eq + std::hash::Hash + Clone, V>(map: &HashMap<K, V>, id: K) -> K {
    match map.get_key_value(&id) {
        Some((known, _)) => known.clone(),
        None => id,
    }
}

fn invalid_utf8(file: &str, bytes: &[u8], err: &std::str::Utf8Error) -> Problem {
    let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
    Problem::error(
        file,
        format!(
            "not valid UTF-8 at byte {} (expected UTF-8 text)",
            err.valid_up_to()
        ),
    )
    .at_line(line_of(valid, valid.len()))
}

/// The report id: the file name without its extension.
fn report_id(file: &str) -> ReportId {
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or(file);
    ReportId::new(stem)
}

/// A title for a report without one: its first line, shortened.
fn first_line(body: &str) -> String {
    let line = body
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    match line.char_indices().nth(100) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_owned(),
    }
}
