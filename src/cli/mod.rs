//! The command line: the same data as the browser, as plain text or JSON, for scripts
//! and for people without a terminal UI. One module per command; `statement` is the
//! one shape a statement takes in every output, `table` the plain-text layout.

mod check;
mod compare;
mod config;
mod export;
mod fetch;
mod filter;
mod find;
pub mod ingest;
mod json_out;
mod shell;
mod side_by_side;
mod speakers;
mod statement;
mod statements;
mod table;
mod timeline;

use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cache;
use crate::corpus::{self, Loaded, Problem};
use crate::model::Corpus;
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
    /// Reports (.txt, or saved web pages) or folders of them to open in the browser;
    /// `-` reads one from standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Turn off mouse capture in the browser.
    #[arg(long)]
    pub no_mouse: bool,

    /// Neither read nor write the cache (`.parley-cache`) a folder's checked corpus is
    /// kept in; so does setting PARLEY_NO_CACHE.
    #[arg(long, global = true)]
    pub no_cache: bool,

    /// The configuration file (keys and colours; default:
    /// $XDG_CONFIG_HOME/parley/config.toml or ~/.config/parley/config.toml).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the speakers, most quoted first.
    Speakers(Listing),
    /// List statements, optionally only one speaker's, one event's or one report's.
    Statements(statements::StatementsArgs),
    /// List the events in time order, with the reports that mention each.
    Timeline(timeline::TimelineArgs),
    /// Rank every statement against a fuzzy query, as the quote finder does.
    Find(find::FindArgs),
    /// Show what two reports share and what only one of them has.
    Compare(compare::CompareArgs),
    /// Extract statements, speakers and dated events from report files into annotation
    /// files (or JSON with --json).
    Ingest(ingest::IngestArgs),
    /// Check a corpus and list every problem with its file and place.
    Check(check::CheckArgs),
    /// Write statements or the timeline as CSV, Markdown, schema.org JSON-LD or
    /// TimelineJS JSON, with the filters of `statements` and `timeline`.
    Export(export::ExportArgs),
    /// Download article pages and save each as a report (NAME.txt with its header) in
    /// a folder that `parley DIR` opens.
    Fetch(fetch::FetchArgs),
    /// Check the configuration file, or print the default one with --default.
    Config(config::ConfigArgs),
    /// Print a shell's completion script (see the README for where to put it).
    Completions(shell::CompletionsArgs),
    /// Print the manual page (roff), or write one a command with --dir.
    Man(shell::ManArgs),
}

/// Options every listing shares.
#[derive(Debug, Args)]
pub struct Listing {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// A folder of reports, or a report file (repeat for several; `-` reads one from
    /// standard input; default: bundled).
    #[arg(long, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
}

impl Cli {
    /// Whether a folder's cache may be read and written.
    pub fn cache(&self) -> bool {
        cache::wanted(self.no_cache)
    }
}

/// A command written after the reports it should read (`parley /tmp/dev speakers`),
/// taken for a report's path: the command's name, where no file of that name exists.
pub fn command_given_as_path(paths: &[PathBuf]) -> Option<String> {
    use clap::CommandFactory;
    let command = Cli::command();
    paths.iter().find_map(|path| {
        let name = path.to_str()?;
        let known = command.get_subcommands().any(|c| c.get_name() == name);
        (known && !path.exists()).then(|| name.to_owned())
    })
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
    /// Standard output is a terminal, read by a person rather than a program.
    pub terminal: bool,
    /// Colour and bold are allowed (stdout is a terminal and NO_COLOR is unset).
    pub styled: bool,
    /// The terminal's width, where tables are cut to fit it; `None` where standard
    /// output is no terminal, and tables are written whole for programs.
    pub width: Option<usize>,
}

/// Runs a command. Corpus problems go to `err`; listings still print what loaded.
/// With `cache`, a folder is loaded through the cache beside it (`check` never is).
pub fn run(cli: &Cli, command: &Command, output: &mut Output) -> io::Result<Exit> {
    let cache = cli.cache();
    match command {
        Command::Speakers(listing) => speakers::run(listing, cache, output),
        Command::Statements(args) => statements::run(args, cache, output),
        Command::Timeline(args) => timeline::run(args, cache, output),
        Command::Find(args) => find::run(args, cache, output),
        Command::Compare(args) => compare::run(args, cache, output),
        Command::Ingest(args) => ingest::run(args, output),
        Command::Check(args) => check::run(args, output),
        Command::Export(args) => export::run(args, cache, output),
        Command::Fetch(args) => fetch::run(args, output),
        Command::Config(args) => config::run(args, cli.config.as_deref(), output),
        Command::Completions(args) => shell::completions(args, output),
        Command::Man(args) => shell::man(args, output),
    }
}

/// The corpus at `paths`, or the bundled one when none is given. With `cache`, one
/// folder is loaded through the cache beside it; several paths, files and the bundled
/// corpus are always read in full.
pub fn load(paths: &[PathBuf], cache: bool) -> Result<Loaded, corpus::CorpusError> {
    match paths {
        [] => Ok(corpus::bundled()),
        [dir] if cache && is_folder(dir) => cache::load(dir),
        _ => corpus::load(paths),
    }
}

/// [`load`] for the browser: a folder's cache worth writing is handed back, to be
/// written while the browser draws.
pub fn load_unsaved(
    paths: &[PathBuf],
    cache: bool,
) -> Result<(Loaded, Option<cache::Unsaved>), corpus::CorpusError> {
    load_unsaved_with_progress(paths, cache, &mut |_, _| {})
}

/// [`load_unsaved`], telling `progress` how many reports of how many are read.
pub fn load_unsaved_with_progress(
    paths: &[PathBuf],
    cache: bool,
    progress: corpus::Progress,
) -> Result<(Loaded, Option<cache::Unsaved>), corpus::CorpusError> {
    match paths {
        [] => Ok((corpus::bundled(), None)),
        [dir] if cache && is_folder(dir) => cache::load_unsaved_with_progress(dir, progress),
        _ => corpus::load_with_progress(paths, progress).map(|loaded| (loaded, None)),
    }
}

/// A folder, not `-` (standard input) even where a folder has that name.
fn is_folder(path: &Path) -> bool {
    !corpus::is_stdin(path) && path.is_dir()
}

/// The corpus a listing names, its problems written to `err`; `None` (the reason
/// written) when it cannot be loaded at all.
fn open(paths: &[PathBuf], cache: bool, output: &mut Output) -> io::Result<Option<Loaded>> {
    match load(paths, cache) {
        Ok(loaded) => {
            report_problems(&loaded.problems, output.err)?;
            Ok(Some(loaded))
        }
        Err(err) => {
            writeln!(output.err, "parley: {}", one_line(&err.to_string()))?;
            Ok(None)
        }
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
    json_out::to_writer_pretty(&mut *out, value)?;
    writeln!(out)?;
    Ok(Exit::Ok)
}

fn fail(output: &mut Output, message: &str) -> io::Result<Exit> {
    writeln!(output.err, "parley: {}", one_line(message))?;
    Ok(Exit::BadInput)
}

/// Why no report answers to `query` (`Corpus::find_report`): a prefix that begins
/// several, or none; with the ids it might have meant, ten at most, as a folder may
/// hold thousands.
fn unknown_report(corpus: &Corpus, query: &str) -> String {
    /// The most report ids a message lists.
    const LISTED: usize = 10;
    let list = |ids: &[&str]| {
        let shown = ids[..ids.len().min(LISTED)].join(", ");
        match ids.len() {
            n if n > LISTED => format!("{shown}, … {n} in all"),
            _ => shown,
        }
    };
    let begun: Vec<&str> = (corpus.reports().iter())
        .map(|r| r.id.as_str())
        .filter(|id| !query.is_empty() && id.starts_with(query))
        .collect();
    if begun.len() > 1 {
        return format!(
            "{query:?} begins {} reports' ids, not one (give more of the id): {}",
            begun.len(),
            list(&begun)
        );
    }
    let known: Vec<&str> = corpus.reports().iter().map(|r| r.id.as_str()).collect();
    format!("no report {query:?} (the reports are: {})", list(&known))
}
