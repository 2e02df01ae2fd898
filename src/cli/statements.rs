//! `parley statements`: statements, optionally one speaker's, one event's or one
//! report's.

use clap::Args;
use std::io;

use super::statement::{placed_row, statement_json, PLACED_HEADER};
use super::table::{row, write_table};
use super::{fail, open, print_json, unknown_report, Exit, Listing, Output};
use crate::model::{Corpus, Event, Report, Speaker, Statement};

#[derive(Debug, Args)]
pub struct StatementsArgs {
    /// A speaker's id, name, or one of their names ("Putin", "the Kremlin").
    #[arg(long)]
    pub speaker: Option<String>,
    /// An event's id, or words of its title ("summit").
    #[arg(long)]
    pub event: Option<String>,
    /// A report's id, an unambiguous start of it, or its number in the corpus.
    #[arg(long)]
    pub report: Option<String>,
    #[command(flatten)]
    pub listing: Listing,
}

pub fn run(args: &StatementsArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&args.listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let selected = match select(corpus, args) {
        Ok(selected) => selected,
        Err(message) => return fail(output, &message),
    };
    if args.listing.json {
        let rows: Vec<_> = selected.iter().map(|s| statement_json(corpus, s)).collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(PLACED_HEADER)];
    rows.extend(selected.iter().map(|s| placed_row(corpus, s)));
    write_table(output.out, &rows)?;
    Ok(Exit::Ok)
}

/// The statements the filters let through, or why a filter names nothing.
fn select<'c>(corpus: &'c Corpus, args: &StatementsArgs) -> Result<Vec<&'c Statement>, String> {
    let speakers: Option<Vec<&Speaker>> = match &args.speaker {
        Some(query) => Some(some_or(corpus.find_speakers(query).collect(), || {
            format!("no speaker answers to {query:?} (`parley speakers` lists them)")
        })?),
        None => None,
    };
    let events: Option<Vec<&Event>> = match &args.event {
        Some(query) => Some(some_or(corpus.find_events(query).collect(), || {
            format!("no event answers to {query:?} (`parley timeline` lists them)")
        })?),
        None => None,
    };
    let report: Option<&Report> = match &args.report {
        Some(query) => Some(
            corpus
                .find_report(query)
                .ok_or_else(|| unknown_report(corpus, query))?,
        ),
        None => None,
    };
    Ok(corpus
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
        .collect())
}

/// `found`, unless it is empty: then the message `why` makes.
fn some_or<T>(found: Vec<T>, why: impl FnOnce() -> String) -> Result<Vec<T>, String> {
    if found.is_empty() {
        Err(why())
    } else {
        Ok(found)
    }
}
