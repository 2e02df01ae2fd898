//! `parley export`: statements or the timeline in a format other programs read: CSV
//! and Markdown tables, schema.org `Quotation`s in JSON-LD, TimelineJS3's JSON. The
//! filters are those of `statements` and `timeline`.

mod jsonld;
mod table;
mod timelinejs;

use clap::{Args, ValueEnum};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::filter::{Filters, Selection};
use super::statement::StatementView;
use super::{fail, open, Exit, Output};
use crate::corpus::{annotation_path, REPORT_EXTENSIONS};
use crate::files;
use crate::model::Corpus;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The format to write.
    #[arg(long, short, value_enum)]
    pub format: Format,
    #[command(flatten)]
    pub filters: Filters,
    /// A folder of reports, or a report file (repeat for several; `-` reads one from
    /// standard input; default: bundled).
    #[arg(long, value_name = "PATH")]
    pub corpus: Vec<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Statements, one a row, with speaker, kind, report, outlet, date and URL.
    Csv,
    /// The same columns as a Markdown table.
    Markdown,
    /// Statements as schema.org Quotation objects, each part of its NewsArticle.
    Jsonld,
    /// The timeline as TimelineJS3 JSON, dates at the precision the reports give.
    Timelinejs,
}

pub fn run(args: &ExportArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&args.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let selection = match args.filters.select(corpus) {
        Ok(selection) => selection,
        Err(message) => return fail(output, &message),
    };
    let mut written = Vec::new();
    let left_out = write(args.format, corpus, &selection, &mut written)?;
    if left_out > 0 {
        writeln!(
            output.err,
            "parley: {left_out} events with no date on the calendar (only before or after \
             another, or none) left out: TimelineJS places every event at a date"
        )?;
    }
    match &args.output {
        Some(path) => {
            if let Some(why) = corpus_file(&args.corpus, path) {
                return fail(
                    output,
                    &format!("{}: {why}; not overwritten", path.display()),
                );
            }
            let wrote =
                files::create_for_output(path).and_then(|mut file| file.write_all(&written));
            if let Err(e) = wrote {
                return fail(output, &format!("{}: cannot write: {e}", path.display()));
            }
        }
        None => output.out.write_all(&written)?,
    }
    Ok(Exit::Ok)
}

/// Why `target` is, or would become, a file of the corpus read from `corpus`, which
/// an export must not write: a report (a file given, or one in a folder given), a
/// report's annotation beside it (whether written yet or not), or a new report in a
/// folder given. Files are compared by where they are, their folders resolved, and, as
/// a folder may link its reports in from elsewhere, as the same file on the disk.
fn corpus_file(corpus: &[PathBuf], target: &Path) -> Option<&'static str> {
    let place = |path: &Path| -> Option<PathBuf> {
        let name = path.file_name()?;
        let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
        Some(
            fs::canonicalize(parent.unwrap_or(Path::new(".")))
                .ok()?
                .join(name),
        )
    };
    let target_place = place(target)?;
    let target_file = fs::metadata(target).ok();
    let is_report = |path: &Path| {
        path.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| REPORT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
    };
    // Each report the corpus reads, and whether the target is in a folder given.
    let mut reports = Vec::new();
    let mut in_a_folder = false;
    for given in corpus {
        if given.is_dir() {
            let folder = fs::canonicalize(given).ok();
            in_a_folder |= folder.as_deref() == target_place.parent();
            let entries = fs::read_dir(given).into_iter().flatten().flatten();
            reports.extend(entries.map(|e| e.path()).filter(|p| is_report(p)));
        } else {
            reports.push(given.clone());
        }
    }
    let same_file = |path: &Path| match (&target_file, fs::metadata(path)) {
        (Some(target), Ok(other)) => files::same_file(target, &other),
        _ => false,
    };
    let known = reports.iter().find_map(|report| {
        let annotation = annotation_path(report);
        if place(report).as_ref() == Some(&target_place) || same_file(report) {
            Some("is a report of the corpus")
        } else if place(&annotation).as_ref() == Some(&target_place) || same_file(&annotation) {
            Some("is the annotation of a report of the corpus")
        } else {
            None
        }
    });
    known.or((in_a_folder && is_report(target)).then_some("would become a report of the corpus"))
}

/// Writes the selection in `format`; the number of events left out (TimelineJS only).
fn write(
    format: Format,
    corpus: &Corpus,
    selection: &Selection,
    out: &mut Vec<u8>,
) -> io::Result<usize> {
    let views = || -> Vec<StatementView> {
        (selection.statements(corpus).into_iter())
            .map(|s| StatementView::without_links(corpus, s))
            .collect()
    };
    match format {
        Format::Csv => table::csv(&views(), out)?,
        Format::Markdown => table::markdown(&views(), out)?,
        Format::Jsonld => jsonld::write(corpus, &views(), out)?,
        Format::Timelinejs => return timelinejs::write(corpus, &selection.events(corpus), out),
    }
    Ok(0)
}
