//! The command line: the same data as the browser, as plain text or JSON, for scripts
//! and for people without a terminal UI.

use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use serde_json::json;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthStr;

use crate::cache;
use crate::corpus::{self, Loaded, Problem};
use crate::model::{Corpus, Event, Report, Span, Speaker, Statement, StatementKind};
use crate::search::cache::Index;
use crate::search::Finder;
use crate::text::one_line;

#[derive(Debug, Parser)]
#[command(
    name = "parley",
    version,
    about = "Who said what, and when, across news reports",
    long_about = "Who said what, and when, across news reports.\n\n\
        With no command, opens the browser on the given reports or folders (default: the \
        bundled reports on the 2025 Alaska summit). The commands print the same data as \
        text, or as JSON with --json.",
    args_conflicts_with_subcommands = false
)]
pub struct Cli {
    /// Reports or folders of reports to open in the browser.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Turn off mouse capture in the browser.
    #[arg(long)]
    pub no_mouse: bool,

    /// Neither read nor write the cache (`.parley-cache`) a folder's checked corpus is
    /// kept in; so does setting PARLEY_NO_CACHE.
    #[arg(long, global = true)]
    pub no_cache: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the speakers, most quoted first.
    Speakers(Listing),
    /// List statements, optionally only one speaker's, one event's or one report's.
    Statements {
        /// A speaker's id, name, or one of their names ("Putin", "the Kremlin").
        #[arg(long)]
        speaker: Option<String>,
        /// An event's id, or words of its title ("summit").
        #[arg(long)]
        event: Option<String>,
        /// A report's id, an unambiguous start of it, or its number in the corpus.
        #[arg(long)]
        report: Option<String>,
        #[command(flatten)]
        listing: Listing,
    },
    /// List the events in time order, with the reports that mention each.
    Timeline(Listing),
    /// Rank every statement against a fuzzy query, as the quote finder does.
    Find {
        /// A few remembered letters: "nxt moscow", "no dl til".
        query: String,
        /// How many results to show (0 for all).
        #[arg(long, short = 'n', default_value_t = 20)]
        limit: usize,
        #[command(flatten)]
        listing: Listing,
    },
    /// Show what two reports share and what only one of them has.
    Compare {
        /// The first report (id, start of an id, or number).
        a: String,
        /// The second report.
        b: String,
        #[command(flatten)]
        listing: Listing,
    },
    /// Extract statements, speakers and dated events from report files into annotation
    /// files (or JSON with --json).
    Ingest(crate::ingest::command::IngestArgs),
    /// Check a corpus and list every problem with its file and place.
    Check {
        /// The folder or report to check (default: --corpus, or the bundled reports).
        path: Option<PathBuf>,
        #[command(flatten)]
        listing: Listing,
    },
}

/// Options every listing shares.
#[derive(Debug, Args)]
pub struct Listing {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// A folder of reports, or a report file (repeat for several; default: bundled).
    #[arg(long, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
}

impl Cli {
    /// Whether a folder's cache may be read and written.
    pub fn cache(&self) -> bool {
        cache::wanted(self.no_cache)
    }
}

/// How a command ended, as the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    BadInput = 1,
    Usage = 2,
}

/// Where output goes and how it may be decorated.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// Colour and bold are allowed (stdout is a terminal and NO_COLOR is unset).
    pub styled: bool,
}

/// Runs a command. Corpus problems go to `err`; listings still print what loaded.
/// With `cache`, a folder is loaded through the cache beside it (`check` never is).
pub fn run(command: &Command, cache: bool, output: &mut Output) -> io::Result<Exit> {
    if let Command::Ingest(args) = command {
        let ok = crate::ingest::command::run(args, output.out, output.err)?;
        return Ok(if ok { Exit::Ok } else { Exit::BadInput });
    }
    let listing = match command {
        Command::Ingest(_) => unreachable!("handled above"),
        Command::Speakers(l) | Command::Timeline(l) => l,
        Command::Statements { listing, .. }
        | Command::Find { listing, .. }
        | Command::Compare { listing, .. }
        | Command::Check { listing, .. } => listing,
    };
    let paths = match command {
        Command::Check {
            path: Some(path), ..
        } => std::slice::from_ref(path),
        _ => &listing.corpus[..],
    };
    if let Command::Find {
        query,
        limit,
        listing,
    } = command
    {
        if let ([dir], false, true) = (&listing.corpus[..], listing.json, cache) {
            if dir.is_dir() {
                return find_in_folder(dir, query, *limit, output);
            }
        }
    }
    let cache = cache && !matches!(command, Command::Check { .. });
    let loaded = match load(paths, cache) {
        Ok(loaded) => loaded,
        Err(err) => {
            writeln!(output.err, "parley: {}", one_line(&err.to_string()))?;
            return Ok(Exit::BadInput);
        }
    };
    if let Command::Check { .. } = command {
        return check(&loaded, listing.json, output);
    }
    report_problems(&loaded.problems, output.err)?;
    let corpus = &loaded.corpus;
    let json = listing.json;
    match command {
        Command::Speakers(_) => speakers(corpus, json, output),
        Command::Statements {
            speaker,
            event,
            report,
            ..
        } => {
            let filter = Filter {
                speaker: speaker.as_deref(),
                event: event.as_deref(),
                report: report.as_deref(),
            };
            statements(corpus, &filter, json, output)
        }
        Command::Timeline(_) => timeline(corpus, json, output),
        Command::Find { query, limit, .. } => find(corpus, query, *limit, json, output),
        Command::Compare { a, b, .. } => compare(corpus, a, b, json, output),
        Command::Check { .. } | Command::Ingest(_) => unreachable!("handled above"),
    }
}

/// The corpus at `paths`, or the bundled one when none is given. With `cache`, one
/// folder is loaded through the cache beside it; several paths, files and the bundled
/// corpus are always read in full.
pub fn load(paths: &[PathBuf], cache: bool) -> Result<Loaded, corpus::CorpusError> {
    match paths {
        [] => Ok(corpus::bundled()),
        [dir] if cache && dir.is_dir() => cache::load(dir),
        _ => corpus::load(paths),
    }
}

/// [`load`] for the browser: a folder's cache worth writing is handed back, to be
/// written while the browser draws.
pub fn load_unsaved(
    paths: &[PathBuf],
    cache: bool,
) -> Result<(Loaded, Option<cache::Unsaved>), corpus::CorpusError> {
    match paths {
        [dir] if cache && dir.is_dir() => cache::load_unsaved(dir),
        _ => load(paths, cache).map(|loaded| (loaded, None)),
    }
}

fn report_problems(problems: &[Problem], err: &mut dyn Write) -> io::Result<()> {
    for problem in problems {
        writeln!(err, "{}", one_line(&problem.to_string()))?;
    }
    if problems.iter().any(Problem::is_error) {
        writeln!(
            err,
            "parley: some of the corpus was left out; `parley check` lists every problem"
        )?;
    }
    Ok(())
}

fn print_json(out: &mut dyn Write, value: &impl Serialize) -> io::Result<Exit> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(Exit::Ok)
}

fn fail(output: &mut Output, message: &str) -> io::Result<Exit> {
    writeln!(output.err, "parley: {}", one_line(message))?;
    Ok(Exit::BadInput)
}

fn speakers(corpus: &Corpus, json: bool, output: &mut Output) -> io::Result<Exit> {
    let mut speakers: Vec<(&Speaker, usize)> = corpus
        .speakers()
        .iter()
        .map(|s| (s, corpus.statements_by(&s.id).count()))
        .collect();
    speakers.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name)));
    if json {
        let rows: Vec<_> = speakers
            .iter()
            .map(|(s, count)| json!({ "speaker": s, "statements": count }))
            .collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(["ID", "NAME", "KIND", "STATEMENTS", "ALSO CALLED"])];
    for (s, count) in &speakers {
        let kind = serde_json::to_value(s.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned));
        rows.push(vec![
            s.id.to_string(),
            s.name.clone(),
            kind.unwrap_or_default(),
            count.to_string(),
            s.aliases.join("; "),
        ]);
    }
    write_table(output.out, &rows)
}

struct Filter<'a> {
    speaker: Option<&'a str>,
    event: Option<&'a str>,
    report: Option<&'a str>,
}

fn statements(
    corpus: &Corpus,
    filter: &Filter,
    json: bool,
    output: &mut Output,
) -> io::Result<Exit> {
    let speakers: Option<Vec<&Speaker>> = filter.speaker.map(|q| corpus.find_speakers(q).collect());
    if let (Some(query), Some([])) = (filter.speaker, speakers.as_deref()) {
        return fail(
            output,
            &format!("no speaker answers to {query:?} (`parley speakers` lists them)"),
        );
    }
    let events: Option<Vec<&Event>> = filter.event.map(|q| corpus.find_events(q).collect());
    if let (Some(query), Some([])) = (filter.event, events.as_deref()) {
        return fail(
            output,
            &format!("no event answers to {query:?} (`parley timeline` lists them)"),
        );
    }
    let report = match filter.report {
        Some(query) => match corpus.find_report(query) {
            Some(report) => Some(report),
            None => return fail(output, &unknown_report(corpus, query)),
        },
        None => None,
    };
    let selected: Vec<&Statement> = corpus
        .statements()
        .iter()
        .filter(|s| {
            speakers
                .as_ref()
                .is_none_or(|list| list.iter().any(|sp| sp.id == s.speaker))
        })
        .filter(|s| {
            events
                .as_ref()
                .is_none_or(|list| list.iter().any(|e| s.event.as_ref() == Some(&e.id)))
        })
        .filter(|s| report.is_none_or(|r| r.id == s.report))
        .collect();
    if json {
        let rows: Vec<_> = selected.iter().map(|s| statement_json(corpus, s)).collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(["ID", "SPEAKER", "KIND", "STATEMENT"])];
    rows.extend(selected.iter().map(|s| statement_row(corpus, s)));
    write_table(output.out, &rows)
}

fn statement_json(corpus: &Corpus, s: &Statement) -> serde_json::Value {
    json!({
        "id": s.id,
        "report": s.report,
        "speaker": s.speaker,
        "speaker_name": corpus.speaker_name(&s.speaker),
        "kind": s.kind,
        "text": corpus.text(&s.report, &s.content),
        "content": span_json(corpus, s, &s.content),
        "cue": s.cue.as_ref().map(|span| span_json(corpus, s, span)),
        "speaker_mention": s.speaker_mention.as_ref().map(|span| span_json(corpus, s, span)),
        "event": s.event,
        "same_as": corpus.linked(&s.id).map(|l| &l.id).collect::<Vec<_>>(),
    })
}

/// A span of a statement as the JSON output shows it: where it is (in the
/// statement's report) and the words it covers.
fn span_json(corpus: &Corpus, s: &Statement, span: &Span) -> serde_json::Value {
    json!({
        "report": s.report,
        "start": span.start(),
        "end": span.end(),
        "text": corpus.text(&s.report, span),
    })
}

fn statement_row(corpus: &Corpus, s: &Statement) -> Vec<String> {
    vec![
        s.id.to_string(),
        corpus.speaker_name(&s.speaker).to_owned(),
        s.kind.label().to_owned(),
        quoted(corpus, s),
    ]
}

/// A statement's words, in quotation marks when the report quotes them.
/// Text that carries its own double quotation marks (an ingested quote with its marks,
/// a reported clause quoting words) is shown as it is.
pub fn quoted(corpus: &Corpus, s: &Statement) -> String {
    with_marks(s.kind, corpus.text(&s.report, &s.content))
}

/// `text` on one line, in quotation marks if a statement of `kind` quotes it and it has
/// none of its own.
fn with_marks(kind: StatementKind, text: &str) -> String {
    let text = one_line(text);
    let has_marks = text.contains(['"', '“', '”']);
    match kind {
        StatementKind::Reported => text.into_owned(),
        _ if has_marks => text.into_owned(),
        StatementKind::Direct | StatementKind::Partial | StatementKind::Written => {
            format!("“{text}”")
        }
    }
}

fn timeline(corpus: &Corpus, json: bool, output: &mut Output) -> io::Result<Exit> {
    let timeline = corpus.timeline();
    let ordered = timeline
        .dated
        .iter()
        .map(|&i| (&corpus.events()[i], true))
        .chain(
            timeline
                .undated
                .iter()
                .map(|&i| (&corpus.events()[i], false)),
        );
    if json {
        let rows: Vec<_> = ordered
            .map(|(e, dated)| {
                json!({
                    "id": e.id,
                    "title": e.title,
                    "when": corpus.human_time(e),
                    "dated": dated,
                    "time": e.time.as_ref().map(|t| json!({
                        "value": t.value,
                        "precision": t.value.precision(),
                        "expression": t.expression,
                        "anchor": t.anchor,
                    })),
                    "place": e.place,
                    "participants": e.participants,
                    "reports": corpus.reports_mentioning(&e.id),
                    "statements": corpus.statements_at(&e.id).map(|s| &s.id).collect::<Vec<_>>(),
                })
            })
            .collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(["WHEN", "EVENT", "REPORTS", "STATEMENTS"])];
    for (e, _) in ordered {
        let reports: Vec<&str> = corpus
            .reports_mentioning(&e.id)
            .iter()
            .map(|r| r.as_str())
            .collect();
        rows.push(vec![
            corpus.human_time(e),
            e.title.clone(),
            reports.join(", "),
            corpus.statements_at(&e.id).count().to_string(),
        ]);
    }
    write_table(output.out, &rows)
}

fn find(
    corpus: &Corpus,
    query: &str,
    limit: usize,
    json: bool,
    output: &mut Output,
) -> io::Result<Exit> {
    if !json {
        return print_found(&Index::new(corpus), query, limit, output);
    }
    let finder = Finder::new(corpus);
    let hits = finder.search_top(query, if limit == 0 { usize::MAX } else { limit });
    let rows: Vec<_> = hits
        .iter()
        .enumerate()
        .map(|(rank, hit)| {
            let s = &corpus.statements()[hit.statement];
            json!({
                "rank": rank + 1,
                "score": hit.score,
                "statement": statement_json(corpus, s),
                "matched_speaker_chars": hit.speaker_chars,
                "matched_quote_chars": hit.quote_chars,
            })
        })
        .collect();
    print_json(output.out, &rows)
}

/// `find` over one folder, through the cache beside it when that is up to date, so
/// that a large corpus is not read and checked again for every query.
fn find_in_folder(dir: &Path, query: &str, limit: usize, output: &mut Output) -> io::Result<Exit> {
    let (index, problems) = match cache::find_index(dir) {
        Ok(found) => found,
        Err(err) => return fail(output, &err.to_string()),
    };
    report_problems(&problems, output.err)?;
    print_found(&index, query, limit, output)
}

fn print_found(index: &Index, query: &str, limit: usize, output: &mut Output) -> io::Result<Exit> {
    let finder = &index.finder;
    let hits = finder.search_top(query, if limit == 0 { usize::MAX } else { limit });
    if hits.is_empty() {
        writeln!(output.err, "no statement matches {:?}", one_line(query))?;
        return Ok(Exit::Ok);
    }
    let mut rows = vec![row(["SCORE", "ID", "SPEAKER", "STATEMENT"])];
    for hit in &hits {
        let i = hit.statement;
        rows.push(vec![
            hit.score.to_string(),
            index.id(i).to_owned(),
            mark(finder.speaker(i), &hit.speaker_chars, output.styled),
            mark(finder.quote(i), &hit.quote_chars, output.styled),
        ]);
    }
    write_table(output.out, &rows)
}

/// Marks matched characters: bold and coloured on a terminal, in [brackets] otherwise,
/// so that a pipe carries no escape sequences.
fn mark(text: &str, matched: &[usize], styled: bool) -> String {
    let (open, close) = if styled {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut marked = String::with_capacity(text.len() + matched.len() * 2);
    let mut inside = false;
    for (i, c) in one_line(text).chars().enumerate() {
        let hit = matched.binary_search(&i).is_ok();
        if hit != inside {
            marked.push_str(if hit { open } else { close });
            inside = hit;
        }
        marked.push(c);
    }
    if inside {
        marked.push_str(close);
    }
    marked
}

fn compare(corpus: &Corpus, a: &str, b: &str, json: bool, output: &mut Output) -> io::Result<Exit> {
    let (Some(left), Some(right)) = (corpus.find_report(a), corpus.find_report(b)) else {
        let missing = if corpus.find_report(a).is_none() {
            a
        } else {
            b
        };
        return fail(output, &unknown_report(corpus, missing));
    };
    if left.id == right.id {
        return fail(
            output,
            &format!(
                "both sides are {:?}: compare two different reports",
                left.id.as_str()
            ),
        );
    }
    let Some(c) = corpus.compare(&left.id, &right.id) else {
        return fail(output, "cannot compare these reports");
    };
    if json {
        return print_json(output.out, &c);
    }
    let out = &mut *output.out;
    for report in [left, right] {
        writeln!(out, "{}: {}", report.id, one_line(&report.title))?;
    }
    writeln!(out)?;
    let (l, r) = (left.id.as_str(), right.id.as_str());
    write_table(
        out,
        &[
            row(["", "SHARED", &format!("ONLY {l}"), &format!("ONLY {r}")]),
            counts(
                "events",
                [
                    c.shared_events.len(),
                    c.only_left_events.len(),
                    c.only_right_events.len(),
                ],
            ),
            counts(
                "statements",
                [
                    c.shared_statements.len(),
                    c.only_left_statements.len(),
                    c.only_right_statements.len(),
                ],
            ),
        ],
    )?;
    let event_rows = |ids: &[crate::model::EventId]| -> Vec<Vec<String>> {
        ids.iter()
            .filter_map(|id| corpus.event(id))
            .map(|e| vec![corpus.human_time(e), e.title.clone()])
            .collect()
    };
    section(out, "Shared events", &event_rows(&c.shared_events))?;
    section(
        out,
        &format!("Events only in {l}"),
        &event_rows(&c.only_left_events),
    )?;
    section(
        out,
        &format!("Events only in {r}"),
        &event_rows(&c.only_right_events),
    )?;
    let pairs: Vec<Vec<String>> = c
        .shared_statements
        .iter()
        .filter_map(|p| {
            Some((
                corpus.statement(&p.left)?,
                corpus.statement(&p.right)?,
                p.same_words,
            ))
        })
        .map(|(ls, rs, same)| {
            let words = if same {
                quoted(corpus, ls)
            } else {
                format!("{}  /  {}", quoted(corpus, ls), quoted(corpus, rs))
            };
            vec![
                ls.id.to_string(),
                rs.id.to_string(),
                corpus.speaker_name(&ls.speaker).to_owned(),
                words,
            ]
        })
        .collect();
    section(out, "Shared statements", &pairs)?;
    let statement_rows = |ids: &[crate::model::StatementId]| -> Vec<Vec<String>> {
        ids.iter()
            .filter_map(|id| corpus.statement(id))
            .map(|s| statement_row(corpus, s))
            .collect()
    };
    section(
        out,
        &format!("Statements only in {l}"),
        &statement_rows(&c.only_left_statements),
    )?;
    section(
        out,
        &format!("Statements only in {r}"),
        &statement_rows(&c.only_right_statements),
    )?;
    Ok(Exit::Ok)
}

fn counts(label: &str, numbers: [usize; 3]) -> Vec<String> {
    std::iter::once(label.to_owned())
        .chain(numbers.iter().map(ToString::to_string))
        .collect()
}

fn section(out: &mut dyn Write, title: &str, rows: &[Vec<String>]) -> io::Result<()> {
    writeln!(out, "\n{title} ({})", rows.len())?;
    if rows.is_empty() {
        writeln!(out, "  none")?;
        return Ok(());
    }
    let indented: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            std::iter::once(String::new())
                .chain(r.iter().cloned())
                .collect()
        })
        .collect();
    write_table(out, &indented).map(|_| ())
}

fn unknown_report(corpus: &Corpus, query: &str) -> String {
    let known: Vec<&str> = corpus.reports().iter().map(|r| r.id.as_str()).collect();
    format!(
        "no report {query:?} (the reports are: {})",
        known.join(", ")
    )
}

fn check(loaded: &Loaded, json: bool, output: &mut Output) -> io::Result<Exit> {
    let corpus = &loaded.corpus;
    let errors = loaded.errors().count();
    let exit = if errors > 0 || corpus.is_empty() {
        Exit::BadInput
    } else {
        Exit::Ok
    };
    if json {
        print_json(
            output.out,
            &json!({
                "ok": exit == Exit::Ok,
                "reports": corpus.reports().len(),
                "speakers": corpus.speakers().len(),
                "statements": corpus.statements().len(),
                "events": corpus.events().len(),
                "problems": loaded.problems,
            }),
        )?;
        return Ok(exit);
    }
    for problem in &loaded.problems {
        writeln!(output.out, "{}", one_line(&problem.to_string()))?;
    }
    writeln!(
        output.out,
        "{} reports, {} speakers, {} statements, {} events; {} errors, {} warnings",
        corpus.reports().len(),
        corpus.speakers().len(),
        corpus.statements().len(),
        corpus.events().len(),
        errors,
        loaded.problems.len() - errors,
    )?;
    Ok(exit)
}

/// A one-screen summary of a corpus.
pub fn summary(corpus: &Corpus, out: &mut dyn Write) -> io::Result<()> {
    for report in corpus.reports() {
        writeln!(out, "{}", report_line(report))?;
    }
    writeln!(
        out,
        "{} speakers, {} statements, {} events",
        corpus.speakers().len(),
        corpus.statements().len(),
        corpus.events().len()
    )
}

fn report_line(report: &Report) -> String {
    let date = report.published.map_or_else(String::new, |p| {
        format!(
            " ({}{})",
            p.date.format("%-d %b %Y"),
            if p.inferred { ", inferred" } else { "" }
        )
    });
    one_line(&format!("{}: {}{date}", report.id, report.title)).into_owned()
}

fn row<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// Writes rows as columns aligned by display width; the last column is not padded.
/// Every cell is made safe for a terminal first.
fn write_table(out: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<Exit> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| one_line(c).into_owned()).collect())
        .collect();
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| visible_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                let pad = widths[i].saturating_sub(visible_width(cell));
                line.extend(std::iter::repeat_n(' ', pad + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(Exit::Ok)
}

/// Display width, not counting the escape sequences `mark` adds on a terminal.
fn visible_width(cell: &str) -> usize {
    let mut width = 0;
    let mut rest = cell;
    while let Some(at) = rest.find('\x1b') {
        width += rest[..at].width();
        rest = rest[at..].split_once('m').map_or("", |(_, tail)| tail);
    }
    width + rest.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_adds_marks_only_where_the_text_has_none() {
        use StatementKind::{Direct, Partial, Reported};
        let next = "Next time in Moscow.";
        assert_eq!(with_marks(Direct, next), "“Next time in Moscow.”");
        assert_eq!(
            with_marks(Direct, "“Next time in Moscow.”"),
            "“Next time in Moscow.”"
        );
        assert_eq!(
            with_marks(Partial, "that it was \"dead\""),
            "that it was \"dead\""
        );
        assert_eq!(
            with_marks(Reported, "that peace is near"),
            "that peace is near"
        );
        // A statement's words come from its report's body.
        let corpus = crate::corpus::bundled().corpus;
        let first = &corpus.statements()[0];
        assert_eq!(
            quoted(&corpus, first),
            with_marks(first.kind, corpus.text(&first.report, &first.content))
        );
        assert!(!corpus.text(&first.report, &first.content).is_empty());
    }

    #[test]
    fn mark_brackets_runs_of_matched_characters() {
        assert_eq!(mark("Next time", &[0, 1, 5], false), "[Ne]xt [t]ime");
        assert_eq!(mark("ab", &[1], true), "a\x1b[1;33mb\x1b[0m");
    }

    #[test]
    fn table_columns_align_by_display_width() {
        let mut out = Vec::new();
        write_table(&mut out, &[row(["名前", "x"]), row(["ab", "y"])]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "名前  x\nab    y\n");
    }

    #[test]
    fn visible_width_skips_escape_sequences() {
        assert_eq!(visible_width("a\x1b[1;33mbc\x1b[0m"), 3);
    }
}
