//! `parley timeline`: the events in time order, with the reports that mention each.

use clap::Args;
use serde_json::json;
use std::io;

use super::filter::Filters;
use super::table::{row, write_table};
use super::{fail, open, print_json, Exit, Listing, Output};
use crate::text::one_line;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub filters: Filters,
    #[command(flatten)]
    pub listing: Listing,
}

pub fn run(args: &TimelineArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&args.listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let ordered = match args.filters.select(corpus) {
        Ok(selection) => {
            if let Some(note) = selection.note(args.filters.speaker.as_deref()) {
                writeln!(output.err, "parley: note: {}", one_line(&note))?;
            }
            selection.events(corpus)
        }
        Err(message) => return fail(output, &message),
    };
    if args.listing.json {
        let rows: Vec<_> = ordered
            .iter()
            .map(|&(e, dated)| {
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
    // The reports come last, where a long list pads no other column.
    let mut rows = vec![row(["WHEN", "EVENT", "STATEMENTS", "REPORTS"])];
    for &(e, _) in &ordered {
        let reports: Vec<&str> = corpus
            .reports_mentioning(&e.id)
            .iter()
            .map(|r| r.as_str())
            .collect();
        rows.push(vec![
            corpus.human_time(e),
            e.title.clone(),
            corpus.statements_at(&e.id).count().to_string(),
            some_of(&reports),
        ]);
    }
    write_table(output.out, &rows, output.width)?;
    Ok(Exit::Ok)
}

/// How many reports a row of the table names before it counts the rest.
const REPORTS_NAMED: usize = 3;

/// The reports of an event for a line of the table: the first few by name, then how
/// many more (`--json` lists them all).
fn some_of(reports: &[&str]) -> String {
    match reports.len().checked_sub(REPORTS_NAMED) {
        Some(more) if more > 0 => {
            format!("{} and {more} more", reports[..REPORTS_NAMED].join(", "))
        }
        _ => reports.join(", "),
    }
}

#[cfg(test)]
mod tests {
    use super::some_of;

    #[test]
    fn a_long_list_of_reports_names_the_first_three_and_counts_the_rest() {
        assert_eq!(some_of(&[]), "");
        assert_eq!(some_of(&["a", "b", "c"]), "a, b, c");
        assert_eq!(some_of(&["a", "b", "c", "d", "e"]), "a, b, c and 2 more");
    }
}
