//! `parley speakers`: the speakers, most quoted first (the unknown speaker last).

use serde_json::json;
use std::io;

use super::table::{row, write_table};
use super::{open, print_json, Exit, Listing, Output};
use crate::model::Speaker;

pub fn run(listing: &Listing, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let mut speakers: Vec<(&Speaker, usize)> = corpus
        .speakers()
        .iter()
        .map(|s| (s, corpus.statements_by(&s.id).count()))
        .collect();
    speakers.sort_by(|a, b| {
        (a.0.is_unknown().cmp(&b.0.is_unknown()))
            .then_with(|| b.1.cmp(&a.1))
            .then_with(|| a.0.name.cmp(&b.0.name))
    });
    if listing.json {
        let rows: Vec<_> = speakers
            .iter()
            .map(|(s, count)| json!({ "speaker": s, "statements": count }))
            .collect();
        return print_json(output.out, &rows);
    }
    let mut rows = vec![row(["ID", "NAME", "KIND", "STATEMENTS", "ALSO CALLED"])];
    for (s, count) in &speakers {
        rows.push(vec![
            s.id.to_string(),
            s.name.clone(),
            s.kind.label().to_owned(),
            count.to_string(),
            s.aliases.join("; "),
        ]);
    }
    write_table(output.out, &rows, output.width)?;
    Ok(Exit::Ok)
}
