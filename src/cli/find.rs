//! `parley find`: every statement ranked against a fuzzy query, as the quote finder
//! ranks them.

use clap::Args;
use serde_json::json;
use std::io;
use std::path::Path;

use super::statement::statement_json;
use super::table::{row, write_safe_table};
use super::{fail, open, print_json, report_problems, Exit, Listing, Output};
use crate::cache;
use crate::model::Corpus;
use crate::search::cache::Index;
use crate::search::Finder;
use crate::text::one_line;

#[derive(Debug, Args)]
pub struct FindArgs {
    /// A few remembered letters: "nxt moscow", "no dl til".
    pub query: String,
    /// How many results to show (0 for all).
    #[arg(long, short = 'n', default_value_t = 20)]
    pub limit: usize,
    #[command(flatten)]
    pub listing: Listing,
}

impl FindArgs {
    /// The most hits to list.
    fn most(&self) -> usize {
        if self.limit == 0 {
            usize::MAX
        } else {
            self.limit
        }
    }
}

pub fn run(args: &FindArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let listing = &args.listing;
    if let ([dir], false, true) = (&listing.corpus[..], listing.json, cache) {
        if dir.is_dir() {
            return find_in_folder(dir, args, output);
        }
    }
    let Some(loaded) = open(&listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    if listing.json {
        return print_json_hits(&loaded.corpus, args, output);
    }
    print_found(&Index::new(&loaded.corpus), args, output)
}

fn print_json_hits(corpus: &Corpus, args: &FindArgs, output: &mut Output) -> io::Result<Exit> {
    let finder = Finder::new(corpus);
    let hits = finder.search_top(&args.query, args.most());
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
fn find_in_folder(dir: &Path, args: &FindArgs, output: &mut Output) -> io::Result<Exit> {
    let (index, problems) = match cache::find_index(dir) {
        Ok(found) => found,
        Err(err) => return fail(output, &err.to_string()),
    };
    report_problems(&problems, output.err)?;
    print_found(&index, args, output)
}

fn print_found(index: &Index, args: &FindArgs, output: &mut Output) -> io::Result<Exit> {
    let finder = &index.finder;
    let hits = finder.search_top(&args.query, args.most());
    if hits.is_empty() {
        writeln!(
            output.err,
            "no statement matches {:?}",
            one_line(&args.query)
        )?;
        return Ok(Exit::Ok);
    }
    let mut rows = vec![row(["SCORE", "ID", "SPEAKER", "STATEMENT"])];
    for hit in &hits {
        let i = hit.statement;
        // Every cell made safe here: the table writes them as they are, so that the
        // marks of matched letters reach a terminal.
        rows.push(vec![
            hit.score.to_string(),
            one_line(index.id(i)).into_owned(),
            mark(finder.speaker(i), &hit.speaker_chars, output.styled),
            mark(finder.quote(i), &hit.quote_chars, output.styled),
        ]);
    }
    write_safe_table(output.out, &rows)?;
    Ok(Exit::Ok)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mark_brackets_runs_of_matched_characters() {
        assert_eq!(mark("Next time", &[0, 1, 5], false), "[Ne]xt [t]ime");
        assert_eq!(mark("ab", &[1], true), "a\x1b[1;33mb\x1b[0m");
    }
}
