//! `parley find`: every statement ranked against a fuzzy query, as the quote finder
//! ranks them.

use clap::Args;
use serde_json::json;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::statement::StatementView;
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
        if super::is_folder(dir) {
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
                "statement": StatementView::new(corpus, s),
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

/// The hits of a query: to a terminal, a table with the matched letters marked; to a
/// pipe, one line a hit as it is ranked (see [`write_rows`]).
fn print_found(index: &Index, args: &FindArgs, output: &mut Output) -> io::Result<Exit> {
    let found = if output.terminal {
        write_marked_table(index, args, output)?
    } else {
        write_rows(index, args, output.out)?
    };
    if !found {
        writeln!(
            output.err,
            "no statement matches {:?}",
            one_line(&args.query)
        )?;
    }
    Ok(Exit::Ok)
}

/// The hits as an aligned table, each with its matched letters marked; false when
/// there are none. For a person: the matched letters are worked out for every row.
fn write_marked_table(index: &Index, args: &FindArgs, output: &mut Output) -> io::Result<bool> {
    let finder = &index.finder;
    let hits = finder.search_top(&args.query, args.most());
    if hits.is_empty() {
        return Ok(false);
    }
    let mut rows = vec![row(HEADER)];
    let lead = if output.width.is_some() {
        LEAD
    } else {
        usize::MAX
    };
    for hit in &hits {
        let i = hit.statement;
        // Every cell made safe here: the table writes them as they are, so that the
        // marks of matched letters reach a terminal.
        rows.push(vec![
            hit.score.to_string(),
            one_line(index.id(i)).into_owned(),
            mark(finder.speaker(i), &hit.speaker_chars, output.styled),
            // On a terminal the table may cut the words said: they open a little
            // before the first matched letter, so that it stays in view.
            mark_from(finder.quote(i), &hit.quote_chars, output.styled, lead),
        ]);
    }
    write_safe_table(output.out, &rows, output.width)?;
    Ok(true)
}

const HEADER: [&str; 4] = ["SCORE", "ID", "SPEAKER", "STATEMENT"];

/// The hits for a program: the header, then a line a hit, best first, its fields
/// separated by tabs (which no field holds: see [`one_line`]). Each line is written as
/// soon as its rank is known, with no padding (that would need every row first) and no
/// matched letters (a pipe shows none, and they cost more than the ranking itself).
/// False when there are no hits.
fn write_rows(index: &Index, args: &FindArgs, out: &mut dyn Write) -> io::Result<bool> {
    let finder = &index.finder;
    let ranking = finder.rank(&args.query, None);
    if ranking.is_empty() {
        return Ok(false);
    }
    let mut out = BufWriter::with_capacity(1 << 16, out);
    writeln!(out, "{}", HEADER.join("\t"))?;
    for hit in ranking.iter().take(args.most()) {
        let i = hit.statement;
        writeln!(
            out,
            "{}\t{}\t{}\t{}",
            hit.score,
            one_line(index.id(i)),
            one_line(finder.speaker(i)),
            one_line(finder.quote(i))
        )?;
    }
    out.flush()?;
    Ok(true)
}

/// Marks matched characters, in a text made safe for a terminal first: bold and
/// coloured where colour is allowed, in [brackets] otherwise (NO_COLOR).
fn mark(text: &str, matched: &[usize], styled: bool) -> String {
    mark_from(text, matched, styled, usize::MAX)
}

/// How many characters before the first matched letter a cut statement opens with.
const LEAD: usize = 8;

/// [`mark`], the text opening `lead` characters before its first matched letter, "…"
/// for what is left out, where that letter stands further in than `lead` and a few.
fn mark_from(text: &str, matched: &[usize], styled: bool, lead: usize) -> String {
    let (open, close) = if styled {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let mut marked = String::with_capacity(text.len() + matched.len() * 2);
    let mut inside = false;
    let from = match matched.first() {
        Some(&first) if first > lead.saturating_add(8) => first - lead,
        _ => 0,
    };
    if from > 0 {
        marked.push('…');
    }
    for (i, c) in one_line(text).chars().enumerate().skip(from) {
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

    #[test]
    fn a_long_statement_opens_near_its_first_matched_letter() {
        let text = "The pier, which the council has owned since 1901, will close in May.";
        let close = text.chars().position(|c| c == 'w').unwrap();
        let at = text.find("close").unwrap();
        // Far in: cut to open a few words before it.
        assert_eq!(
            mark_from(text, &[at, at + 1], false, 10),
            format!("…{}[cl]ose in May.", &text[at - 10..at])
        );
        // Near the start: whole.
        assert_eq!(
            mark_from(text, &[close], false, 10),
            mark(text, &[close], false)
        );
    }

    fn find_bundled(query: &str, limit: usize, terminal: bool, styled: bool) -> String {
        let corpus = crate::corpus::bundled().corpus;
        let args = FindArgs {
            query: query.to_owned(),
            limit,
            listing: Listing {
                json: false,
                corpus: Vec::new(),
            },
        };
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let mut output = Output {
            out: &mut out,
            err: &mut err,
            terminal,
            styled,
            width: None,
        };
        print_found(&Index::new(&corpus), &args, &mut output).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_terminal_gets_a_table_with_the_matched_letters_marked() {
        let plain = find_bundled("nxt moscow", 3, true, false);
        let first = plain.lines().nth(1).unwrap();
        assert!(
            first.contains("summit-27  Vladimir Putin  [N]e[xt ]time in [Moscow]"),
            "{plain}"
        );
        let styled = find_bundled("nxt moscow", 3, true, true);
        assert!(styled.contains("\x1b[1;33mN\x1b[0me"), "{styled}");
    }

    #[test]
    fn a_pipe_gets_the_rows_of_the_table_unmarked_and_unpadded() {
        for query in ["peace", "trump deal", "nxt moscow", "e", "zelensky"] {
            let table = find_bundled(query, 0, true, false);
            let rows = find_bundled(query, 0, false, false);
            assert_eq!(table.lines().count(), rows.lines().count(), "{query}");
            for (marked, row) in table.lines().zip(rows.lines()).skip(1) {
                let fields: Vec<&str> = row.split('\t').collect();
                assert_eq!(fields.len(), 4, "{row}");
                // The table's row less its padding and marks (none of these quotes has
                // brackets of its own).
                let unmarked = marked.replace(['[', ']'], "");
                let words: Vec<&str> = unmarked.split_whitespace().collect();
                let streamed: Vec<&str> =
                    fields.iter().flat_map(|f| f.split_whitespace()).collect();
                assert_eq!(words, streamed, "{query}");
            }
        }
    }
}
