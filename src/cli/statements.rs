//! `parley statements`: statements, optionally one speaker's, one event's or one
//! report's.

use clap::Args;
use std::io;

use super::filter::Filters;
use super::statement::{placed_row, StatementView, PLACED_HEADER};
use super::table::{row, write_table};
use super::{fail, open, print_json, Exit, Listing, Output};
use crate::text::one_line;

#[derive(Debug, Args)]
pub struct StatementsArgs {
    #[command(flatten)]
    pub filters: Filters,
    #[command(flatten)]
    pub listing: Listing,
}

pub fn run(args: &StatementsArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&args.listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let selected = match args.filters.select(corpus) {
        Ok(selection) => {
            if let Some(note) = selection.note(args.filters.speaker.as_deref()) {
                writeln!(output.err, "parley: note: {}", one_line(&note))?;
            }
            selection.statements(corpus)
        }
        Err(message) => return fail(output, &message),
    };
    if args.listing.json {
        let rows: Vec<_> = selected
            .iter()
            .map(|s| StatementView::new(corpus, s))
            .collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(PLACED_HEADER)];
    rows.extend(selected.iter().map(|s| placed_row(corpus, s)));
    write_table(output.out, &rows, output.width)?;
    Ok(Exit::Ok)
}
