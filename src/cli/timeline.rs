//! `parley timeline`: the events in time order, with the reports that mention each.

use serde_json::json;
use std::io;

use super::table::{row, write_table};
use super::{open, print_json, Exit, Listing, Output};

pub fn run(listing: &Listing, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
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
    if listing.json {
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
    write_table(output.out, &rows)?;
    Ok(Exit::Ok)
}
