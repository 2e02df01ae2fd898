//! The on-disk corpus: a folder of reports (text with a `key: value` header) and,
//! beside each, an optional JSON annotation file. Loading checks everything and
//! reports each problem with its file and place; what is broken is left out and the
//! rest still loads.

pub mod annotation;
mod bundled;
mod cross_report;
mod events_link;
mod findings;
mod header;
pub mod identity;
mod prepare;
mod problem;

pub use bundled::{bundled, BUNDLED};
pub use header::KEYS as HEADER_KEYS;
pub use problem::{Problem, Severity};

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::files;
use crate::model::id_hash::{IdMap, IdSet};
use annotation::{EventRecord, Item, StatementRecord};
use prepare::{Annotated, CheckedMentions, CheckedSpans, Prepared};
use problem::line_of;

use crate::model::{
    Corpus, Event, EventId, Mention, Report, ReportId, Speaker, SpeakerId, Statement, StatementId,
};

/// A corpus and every problem met while loading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub corpus: Corpus,
    pub problems: Vec<Problem>,
    /// Read from a folder's cache, problems and all, rather than from its reports: the
    /// problems were found, and shown, before.
    pub cached: bool,
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
    #[error("{}: no reports here (expected .txt or .html files, each with an optional .json annotation of the same name beside it)", path.display())]
    Empty { path: PathBuf },
    #[error("`-` (standard input) is given twice, but it holds one report")]
    StdinTwice,
}

/// A report file and its annotation file, read but not yet parsed.
#[derive(Debug, Clone)]
pub struct Source {
    /// The report file's name as the user should see it in messages.
    pub report_file: String,
    pub report: Vec<u8>,
    pub annotation: Option<(String, Vec<u8>)>,
}

/// Loads reports from folders and files: a folder contributes every `.txt` and
/// `.html` in it, a file is a report whatever its extension, `-` standard input. Each report's annotation is the `.json`
/// file of the same stem beside it.
pub fn load(paths: &[PathBuf]) -> Result<Loaded, CorpusError> {
    load_on(paths, prepare::threads(), &mut |_, _| {})
}

/// How far a load has come: reports read so far, of how many.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

/// [`load`], telling `progress` how many reports of how many are read as it goes.
pub fn load_with_progress(paths: &[PathBuf], progress: Progress) -> Result<Loaded, CorpusError> {
    load_on(paths, prepare::threads(), progress)
}

/// [`load`] with reports read and parsed on `threads` threads.
fn load_on(paths: &[PathBuf], threads: usize, progress: Progress) -> Result<Loaded, CorpusError> {
    let mut files: Vec<PathBuf> = Vec::new();
    // Problems found listing a folder, each with the number of files listed before it.
    let mut listing = Vec::new();
    for path in paths {
        let io_error = |source| CorpusError::Io {
            path: path.clone(),
            source,
        };
        if is_stdin(path) {
            if files.iter().any(|f| is_stdin(f)) {
                return Err(CorpusError::StdinTwice);
            }
            files.push(path.clone());
        } else if fs::metadata(path).map_err(io_error)?.is_dir() {
            let mut problems = Vec::new();
            let found = report_files(path, &mut problems).map_err(io_error)?;
            if found.is_empty() {
                return Err(CorpusError::Empty { path: path.clone() });
            }
            listing.extend(problems.into_iter().map(|p| (files.len(), p)));
            files.extend(found);
        } else {
            files.push(path.clone());
        }
    }
    // Each file is read just before it is prepared and its bytes dropped after, so
    // that no more than a few reports' files are held at once.
    let mut builder = Builder::default();
    let mut problems = Vec::new();
    let mut listing = listing.into_iter().peekable();
    let mut added = 0;
    let read = |file: &PathBuf| {
        let mut problems = Vec::new();
        let prepared = read_source(file, &mut problems).map(prepare::prepare);
        (problems, prepared)
    };
    prepare::in_order(&files, threads, read, |(mut read_problems, prepared)| {
        while let Some((_, problem)) = listing.next_if(|(before, _)| *before <= added) {
            problems.push(problem);
        }
        added += 1;
        progress(added, files.len());
        problems.append(&mut read_problems);
        if let Some(prepared) = prepared {
            builder.add(prepared);
        }
    });
    problems.extend(listing.map(|(_, problem)| problem));
    let mut loaded = builder.finish();
    problems.append(&mut loaded.problems);
    loaded.problems = problems;
    Ok(loaded)
}

/// The extensions of the report files a folder holds: text, and saved web pages.
pub const REPORT_EXTENSIONS: [&str; 3] = ["txt", "html", "htm"];

/// The path that stands for standard input wherever a report is named.
pub const STDIN: &str = "-";

/// The name standard input's report goes by in messages, and its id.
const STDIN_NAME: &str = "stdin";

pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == STDIN
}

/// The report files (`.txt`, `.html`) of a folder in name order; a stray `.json` with
/// no report beside it is worth a warning, and so is a report that is not a regular
/// file (a FIFO, a folder, a link to nothing).
fn report_files(dir: &Path, problems: &mut Vec<Problem>) -> io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        match path.extension().and_then(|e| e.to_str()) {
            Some(e) if REPORT_EXTENSIONS.contains(&e) => match fs::metadata(&path) {
                Ok(meta) if meta.is_file() => files.push(path),
                Ok(meta) => problems.push(Problem::warning(
                    path.display().to_string(),
                    format!("not a regular file but {}; skipped", files::kind(&meta)),
                )),
                Err(_) if path.is_symlink() => problems.push(Problem::warning(
                    path.display().to_string(),
                    "a link to a file that does not exist, or a loop of links; skipped",
                )),
                Err(err) => problems.push(Problem::warning(
                    path.display().to_string(),
                    format!("cannot be examined ({err}); skipped"),
                )),
            },
            Some("json")
                if !REPORT_EXTENSIONS
                    .iter()
                    .any(|e| report_beside(&path, e).exists()) =>
            {
                problems.push(Problem::warning(
                    path.display().to_string(),
                    "an annotation file with no report beside it (expected a .txt or .html of \
                     the same name)",
                ))
            }
            _ => {}
        }
    }
    files.sort();
    Ok(files)
}

/// The annotation file of a report: `NAME.json` beside `NAME.txt`, and beside a report
/// named otherwise, its name with `.json` for its extension. `..txt` has `..json`:
/// `Path::with_extension` takes its stem, `.`, for no name and gives `..`, a folder.
pub fn annotation_path(report: &Path) -> PathBuf {
    if report.file_stem() == Some(std::ffi::OsStr::new(".")) {
        return report.with_file_name("..json");
    }
    report.with_extension("json")
}

/// The report of extension `extension` an annotation file would belong to: `NAME.txt`
/// beside `NAME.json`.
fn report_beside(annotation: &Path, extension: &str) -> PathBuf {
    let name = annotation.file_name().unwrap_or_default().to_string_lossy();
    let stem = name.strip_suffix(".json").unwrap_or(&name);
    annotation.with_file_name(format!("{stem}.{extension}"))
}

/// A report file's bytes, if it is a regular file of at most [`files::MAX_REPORT`]
/// bytes; `-` reads standard input, as far as that limit.
pub fn read_report_file(path: &Path) -> Result<Vec<u8>, files::ReadError> {
    if is_stdin(path) {
        return files::read_stream(io::stdin().lock(), files::MAX_REPORT, "a report");
    }
    files::read_bounded(path, files::MAX_REPORT, "a report")
}

/// A report file's name as messages give it: standard input is `stdin`.
pub fn report_name(path: &Path) -> String {
    if is_stdin(path) {
        STDIN_NAME.to_owned()
    } else {
        path.display().to_string()
    }
}

fn read_source(path: &Path, problems: &mut Vec<Problem>) -> Option<Source> {
    let name = report_name(path);
    let report = match read_report_file(path) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push(Problem::error(
                name,
                format!("cannot read the report: {err}"),
            ));
            return None;
        }
    };
    let annotation_path = annotation_path(path);
    let annotation_name = annotation_path.display().to_string();
    let annotation = if is_stdin(path) || annotation_path == path {
        None
    } else {
        match files::read_bounded(&annotation_path, files::MAX_ANNOTATION, "an annotation") {
            Ok(bytes) => Some((annotation_name, bytes)),
            Err(err) if err.is_not_found() => {
                if annotation_path.is_symlink() {
                    problems.push(Problem::warning(
                        annotation_name,
                        "a link to a file that does not exist, or a loop of links; the report is ingested instead",
                    ));
                }
                None
            }
            Err(err) => {
                problems.push(Problem::error(
                    annotation_name,
                    format!("cannot read the annotation: {err}"),
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
    let start = report_start(text);
    (start.body, start.published)
}

/// What ingest reads of a report file's header, and where its body starts.
#[derive(Debug, Default)]
pub struct ReportStart {
    pub body: usize,
    pub published: Option<chrono::NaiveDate>,
    /// Who wrote the report: the "I" of a column (`Extraction::spoken_by_author`).
    pub author: Option<String>,
}

/// `split_report`, with the author too.
pub fn report_start(text: &str) -> ReportStart {
    match header::parse("", text) {
        Ok(parsed) => ReportStart {
            body: parsed.body_start,
            published: parsed.header.published.map(|p| p.date),
            author: parsed.header.author,
        },
        Err(_) => ReportStart::default(),
    }
}

/// Builds a corpus from report texts already in memory.
pub fn from_sources(sources: Vec<Source>) -> Loaded {
    let mut builder = Builder::default();
    for source in sources {
        builder.add(prepare::prepare(source));
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
    /// Every id the item names was known when it was added, and is the known copy:
    /// nothing is left to check once every file is read.
    resolved: bool,
}

/// Where an annotation item was written, for messages about it: `statements[3]` of a
/// file, at a line.
#[derive(Debug, Clone, Copy)]
struct Origin<'a> {
    file: &'a str,
    line: usize,
    section: &'static str,
    index: usize,
}

impl<'a> Origin<'a> {
    fn new<T>(file: &'a str, item: &Item<T>) -> Self {
        Self {
            file,
            line: item.line,
            section: item.section,
            index: item.index,
        }
    }

    fn error(&self, field: &str, message: impl Into<String>) -> Problem {
        self.problem(Problem::error(self.file, message), field)
    }

    fn warning(&self, field: &str, message: impl Into<String>) -> Problem {
        self.problem(Problem::warning(self.file, message), field)
    }

    fn problem(&self, problem: Problem, field: &str) -> Problem {
        let (section, index) = (self.section, self.index);
        let path = if field.is_empty() {
            format!("{section}[{index}]")
        } else {
            format!("{section}[{index}].{field}")
        };
        // Ingested items have no line: they were never written in a file.
        let problem = if self.line > 0 {
            problem.at_line(self.line)
        } else {
            problem
        };
        problem.at_path(path)
    }
}

/// Gathers what every file holds; references between items are checked at the end, and
/// each id is kept once: every statement, span and event naming it shares that copy.
#[derive(Default)]
struct Builder {
    problems: Vec<Problem>,
    /// The annotation files read, for [`Place::file`].
    files: Vec<String>,
    /// Whether each of `files` was ingested on load rather than read.
    ingested_files: Vec<bool>,
    reports: Vec<Report>,
    /// Ids of `reports`, to find a duplicate without going through them all.
    report_ids: IdSet<ReportId>,
    speakers: Vec<Speaker>,
    speaker_at: IdMap<SpeakerId, usize>,
    events: Vec<(Event, Place)>,
    event_at: IdMap<EventId, usize>,
    statements: Vec<Statement>,
    /// Where each of `statements` was written.
    statement_places: Vec<Place>,
    statement_ids: IdSet<StatementId>,
    /// The speakers of each ingested report, with the report: their ids are the
    /// report's own until `identify` gives them the corpus's.
    ingested: Vec<(ReportId, Vec<Speaker>)>,
}

impl Builder {
    fn add(&mut self, prepared: Prepared) {
        let file = prepared.report_file.as_str();
        let report = match prepared.report {
            Ok(report) if self.report_ids.insert(report.id.clone()) => Some(report),
            Ok(report) => {
                self.problems.push(Problem::error(
                    file,
                    format!("another report already has the id {:?} (report ids are file names without extension, and must differ)", report.id),
                ));
                None
            }
            Err(mut problems) => {
                self.problems.append(&mut problems);
                None
            }
        };
        let Some(report) = report else {
            self.problems
                .push(Problem::warning(file, "the report is skipped"));
            return;
        };
        if let Some(annotated) = prepared.annotation {
            self.annotate(annotated, &report);
        }
        if let Some(ingested) = prepared.ingested {
            self.add_findings(ingested, &report);
        }
        self.reports.push(report);
    }

    fn annotate(&mut self, annotated: Annotated, report: &Report) {
        let Annotated {
            file,
            speakers,
            events,
            statements,
            mut problems,
        } = annotated;
        let file = file.as_str();
        self.problems.append(&mut problems);
        self.files.push(file.to_owned());
        self.ingested_files.push(false);
        // Sized once, to the speakers the file declares.
        let mut declared = IdSet::with_capacity_and_hasher(speakers.len(), Default::default());
        for item in speakers {
            if self.declared_once(file, &item, &mut declared, &item.value.id) {
                self.add_speaker(file, item);
            }
        }
        let mut declared = IdSet::default();
        for (item, mentions) in events {
            if self.declared_once(file, &item, &mut declared, &item.value.id) {
                self.add_event(item, mentions, report);
            }
        }
        for (item, spans) in statements {
            self.add_statement(file, item, spans, report);
        }
    }

    /// One file declares an id once; a repeat is a mistake, not a merge.
    fn declared_once<T, Id: Eq + std::hash::Hash + Clone + std::fmt::Display>(
        &mut self,
        file: &str,
        item: &Item<T>,
        declared: &mut IdSet<Id>,
        id: &Id,
    ) -> bool {
        // A copy of an id is a pointer: nothing is allocated for the set.
        if declared.insert(id.clone()) {
            return true;
        }
        self.problems.push(Origin::new(file, item).error(
            "id",
            format!(
                "{:?} is declared twice in this file (the second is skipped)",
                id.to_string()
            ),
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
        // Names that differ only as two publishers print them ("Officials" opening a
        // sentence, "O’Malley" with a curly apostrophe) are one name: nothing to fix.
        if !written_alike(&known.name, &speaker.name) {
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
            let known_alias = |a: &String| same_but_case(a, &alias);
            if !same_but_case(&known.name, &alias) && !known.aliases.iter().any(known_alias) {
                known.aliases.push(alias);
            }
        }
        known.role = known.role.take().or(speaker.role);
        known.affiliation = known.affiliation.take().or(speaker.affiliation);
    }

    /// The same event in several reports is one event: its mentions are gathered, and
    /// its time must agree.
    fn add_event(&mut self, item: Item<EventRecord>, checked: CheckedMentions, report: &Report) {
        let record = item.value;
        self.problems.extend(checked.problems);
        let mentions: Vec<Mention> = checked
            .spans
            .into_iter()
            .map(|span| Mention {
                report: report.id.clone(),
                span,
            })
            .collect();
        let event = Event {
            id: record.id,
            title: record.title,
            time: record.time,
            place: record.place,
            participants: record.participants,
            mentions,
        };
        let place = self.place("events", item.line, item.index);
        self.merge_event(event, place);
    }

    /// Adds an event, written at `place`; one whose id is known already is the same
    /// event: its mentions are gathered and its time must agree.
    fn merge_event(&mut self, event: Event, place: Place) {
        let Some(&at) = self.event_at.get(&event.id) else {
            self.event_at.insert(event.id.clone(), self.events.len());
            self.events.push((event, place));
            return;
        };
        let (known, first) = &self.events[at];
        if let (Some(a), Some(b)) = (&known.time, &event.time) {
            if a.value != b.value {
                let first_file = &self.files[first.file as usize];
                let problem = self.origin(place).error(
                    "time.value",
                    format!(
                        "event {:?} is dated {} here but {} in {}:{} (the first is kept)",
                        known.id.as_str(),
                        b.value,
                        a.value,
                        first_file,
                        first.line
                    ),
                );
                self.problems.push(problem);
            }
        }
        let known = &mut self.events[at].0;
        if known.time.is_none() {
            known.time = event.time;
        }
        known.place = known.place.take().or(event.place);
        for participant in event.participants {
            if !known.participants.contains(&participant) {
                known.participants.push(participant);
            }
        }
        known.mentions.extend(event.mentions);
    }

    fn add_statement(
        &mut self,
        file: &str,
        item: Item<StatementRecord>,
        checked: CheckedSpans,
        report: &Report,
    ) {
        let id = &item.value.id;
        if !self.statement_ids.insert(id.clone()) {
            let problem = Origin::new(file, &item).error(
                "id",
                format!(
                    "statement id {:?} is used twice (ids must be unique across the corpus)",
                    id.as_str()
                ),
            );
            self.problems.push(problem);
            return;
        }
        let record = item.value;
        self.problems.extend(checked.problems);
        let Some(content) = checked.content else {
            return;
        };
        // The copies of ids already known are used now, so that the parsed ones are
        // freed straight away; `finish` checks the references to ids not known yet.
        let speaker = shared(&self.speaker_at, record.speaker);
        let event = record.event.map(|e| shared(&self.event_at, e));
        let same_as: Vec<_> = (record.same_as.into_iter())
            .map(|id| self.statement_ids.get(&id).cloned().ok_or(id))
            .collect();
        let resolved = speaker.is_ok()
            && event.as_ref().is_none_or(Result::is_ok)
            && same_as.iter().all(Result::is_ok);
        let statement = Statement {
            speaker_mention: checked.speaker_mention,
            cue: checked.cue,
            id: record.id,
            report: report.id.clone(),
            speaker: speaker.unwrap_or_else(|id| id),
            kind: record.kind,
            content,
            event: event.map(|e| e.unwrap_or_else(|id| id)),
            same_as: same_as
                .into_iter()
                .map(|id| id.unwrap_or_else(|id| id))
                .collect(),
        };
        self.statements.push(statement);
        let mut place = self.place("statements", item.line, item.index);
        place.resolved = resolved;
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
            resolved: false,
        }
    }

    /// The origin of an item kept until the end, for a message about it.
    fn origin(&self, place: Place) -> Origin<'_> {
        Origin {
            file: &self.files[place.file as usize],
            line: place.line as usize,
            section: place.section,
            index: place.index as usize,
        }
    }

    /// Checks references between items once every file is read, and builds the corpus.
    /// A reference that holds is replaced by the referenced item's own copy of the id.
    fn finish(mut self) -> Loaded {
        self.identify();
        let mut statements = std::mem::take(&mut self.statements);
        let places = std::mem::take(&mut self.statement_places);
        let mut places = places.into_iter();
        statements.retain_mut(|statement| {
            let place = places.next().expect("a place for every statement");
            place.resolved || self.check_statement(statement, place)
        });
        let mut checked_events = Vec::with_capacity(self.events.len());
        let mut linkable = Vec::with_capacity(self.events.len());
        // The event each event's time is relative to, to follow chains by.
        let relative_to: std::collections::HashMap<EventId, EventId> = (self.events.iter())
            .filter_map(|(e, _)| {
                Some((e.id.clone(), e.time.as_ref()?.value.relative_to()?.clone()))
            })
            .collect();
        for (mut event, place) in std::mem::take(&mut self.events) {
            linkable.push(self.ingested_files[place.file as usize]);
            let relative = event.time.as_ref().and_then(|t| t.value.relative_to());
            if let Some(other) = relative.filter(|id| !self.event_at.contains_key(*id)) {
                let problem = self.origin(place).error(
                    "time.value",
                    format!("unknown event id {:?} (before:/after: must name an event); the time is dropped", other.as_str()),
                );
                self.problems.push(problem);
                event.time = None;
            } else if relative.is_some() && !comes_to_an_end(&relative_to, &event.id) {
                let problem = self.origin(place).error(
                    "time.value",
                    format!(
                        "the before:/after: chain from this event does not come to a dated or undated event within {} events (a cycle?); the time is dropped",
                        crate::model::CHAIN
                    ),
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
        // The same event told by several ingested reports becomes one.
        events_link::link_same_events(&mut checked_events, &mut statements, &linkable);
        // The same quote in several reports is linked.
        cross_report::run(&self.reports, &self.speakers, &mut statements);
        // The checks are done: the id sets go before the indexes are built beside them.
        self.report_ids = IdSet::default();
        self.statement_ids = IdSet::default();
        self.speaker_at = IdMap::default();
        self.event_at = IdMap::default();
        Loaded {
            corpus: Corpus::new(self.reports, self.speakers, statements, checked_events),
            problems: self.problems,
            cached: false,
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

/// Whether two names are the same once lowercased; without lowercasing copies of them
/// when they are equal or ASCII, as most names met again are.
fn same_but_case(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.to_lowercase() == b.to_lowercase()
}

/// Whether two names are one name printed differently: in case, in the apostrophe or
/// quotation marks a publisher prefers, in the periods of an abbreviation ("F.B.I."),
/// or with a possessive or without ("Sanders’ campaign", "Sanders campaign"), as the
/// corpus makes them one speaker (`identity::body_key`).
fn written_alike(a: &str, b: &str) -> bool {
    if identity::body_key(a) == identity::body_key(b) {
        return true;
    }
    let plain = |s: &str| -> String {
        s.chars()
            .filter(|&c| c != '.')
            .map(|c| match c {
                '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
                '\u{201c}' | '\u{201d}' => '"',
                c => c,
            })
            .collect::<String>()
            .to_lowercase()
    };
    same_but_case(a, b) || plain(a) == plain(b)
}

/// The map's own copy of `id` if it has one, else `id` back as not known.
fn shared<K: Eq + std::hash::Hash + Clone, V>(map: &IdMap<K, V>, id: K) -> Result<K, K> {
    match map.get_key_value(&id) {
        Some((known, _)) => Ok(known.clone()),
        None => Err(id),
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
pub fn first_line(body: &str) -> String {
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

/// Whether the chain of relative times from event `id` ends, at an event whose time
/// is no other event's, within [`crate::model::CHAIN`] steps.
fn comes_to_an_end(
    relative_to: &std::collections::HashMap<EventId, EventId>,
    id: &EventId,
) -> bool {
    let mut at = id;
    for _ in 0..crate::model::CHAIN {
        match relative_to.get(at) {
            Some(next) => at = next,
            None => return true,
        }
    }
    false
}
