//! `parley timeline`: the events in time order, with the reports that mention each.

use clap::Args;
use serde_json::json;
use std::io;

use super::filter::Filters;
use super::table::{row, write_table};
use super::{fail, open, print_json, Exit, Listing, Output};

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
        Ok(selection) => selection.events(corpus),
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
    let mut rows = vec![row(["WHEN", "EVENT", "REPORTS", "STATEMENTS"])];
    for &(e, _) in &ordered {
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
    write_table(output.out, &rows)?;
    Ok(Exit::Ok)
}
