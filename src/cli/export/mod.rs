//! `parley export`: statements or the timeline in a format other programs read: CSV
//! and Markdown tables, schema.org `Quotation`s in JSON-LD, TimelineJS3's JSON. The
//! filters are those of `statements` and `timeline`.

mod jsonld;
mod table;
mod timelinejs;

use clap::{Args, ValueEnum};
use std::fs;
use std::io;
use std::path::PathBuf;

use super::filter::{Filters, Selection};
use super::statement::StatementView;
use super::{fail, open, Exit, Output};
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
            if let Err(e) = fs::write(path, &written) {
                return fail(output, &format!("{}: cannot write: {e}", path.display()));
            }
        }
        None => output.out.write_all(&written)?,
    }
    Ok(Exit::Ok)
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
            .map(|s| StatementView::new(corpus, s))
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
