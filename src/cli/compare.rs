//! `parley compare`: what two reports share and what only one of them has.

use clap::Args;
use std::io::{self, Write};

use super::statement::statement_row;
use super::table::{cut, fit_line, row, section, write_table};
use super::{fail, open, print_json, unknown_report, Exit, Listing, Output};
use crate::model::{Comparison, Corpus, EventId, Report, StatementId};
use crate::text::{one_line, quoted};

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The first report (id, start of an id, or number).
    pub a: String,
    /// The second report.
    pub b: String,
    #[command(flatten)]
    pub listing: Listing,
}

pub fn run(args: &CompareArgs, cache: bool, output: &mut Output) -> io::Result<Exit> {
    let Some(loaded) = open(&args.listing.corpus, cache, output)? else {
        return Ok(Exit::BadInput);
    };
    let corpus = &loaded.corpus;
    let (left, right) = match sides(corpus, &args.a, &args.b) {
        Ok(sides) => sides,
        Err(message) => return fail(output, &message),
    };
    let Some(c) = corpus.compare(&left.id, &right.id) else {
        return fail(output, "cannot compare these reports");
    };
    if args.listing.json {
        return print_json(output.out, &c);
    }
    print_comparison(corpus, [left, right], &c, output.out, output.width)?;
    Ok(Exit::Ok)
}

/// The two reports named, or why they cannot be compared.
fn sides<'c>(corpus: &'c Corpus, a: &str, b: &str) -> Result<(&'c Report, &'c Report), String> {
    let find = |query: &str| {
        corpus
            .find_report(query)
            .ok_or_else(|| unknown_report(corpus, query))
    };
    let (left, right) = (find(a)?, find(b)?);
    if left.id == right.id {
        return Err(format!(
            "both sides are {:?}: compare two different reports",
            left.id.as_str()
        ));
    }
    Ok((left, right))
}

fn print_comparison(
    corpus: &Corpus,
    [left, right]: [&Report; 2],
    c: &Comparison,
    out: &mut dyn Write,
    width: Option<usize>,
) -> io::Result<()> {
    for report in [left, right] {
        let (id, title) = (one_line(report.id.as_str()), one_line(&report.title));
        writeln!(out, "{}", fit_line(&format!("{id}: {title}"), width))?;
    }
    writeln!(out)?;
    let (l, r) = (left.id.as_str(), right.id.as_str());
    // The counts' headers name each report by its id, cut on a terminal so that the
    // table fits beside "statements" and "SHARED" (the titles above name them whole).
    // "statements", "SHARED" and "ONLY " twice with the gaps take 32 columns.
    let id_room = width.map(|w| (w.saturating_sub(32) / 2).max(4));
    let only = |id: &str| format!("ONLY {}", id_room.map_or(id.into(), |room| cut(id, room)));
    write_table(
        out,
        &[
            row(["", "SHARED", &only(l), &only(r)]),
            counts(
                "events",
                [
                    c.shared_events.len(),
                    c.only_left_events.len(),
                    c.only_right_events.len(),
                ],
            ),
            counts(
                "statements",
                [
                    c.shared_statements.len(),
                    c.only_left_statements.len(),
                    c.only_right_statements.len(),
                ],
            ),
        ],
        width,
    )?;
    let event_rows = |ids: &[EventId]| -> Vec<Vec<String>> {
        ids.iter()
            .filter_map(|id| corpus.event(id))
            .map(|e| vec![corpus.human_time(e), e.title.clone()])
            .collect()
    };
    section(out, "Shared events", &event_rows(&c.shared_events), width)?;
    section(
        out,
        &format!("Events only in {l}"),
        &event_rows(&c.only_left_events),
        width,
    )?;
    section(
        out,
        &format!("Events only in {r}"),
        &event_rows(&c.only_right_events),
        width,
    )?;
    let pairs: Vec<Vec<String>> = c
        .shared_statements
        .iter()
        .filter_map(|p| {
            Some((
                corpus.statement(&p.left)?,
                corpus.statement(&p.right)?,
                p.same_words,
            ))
        })
        .map(|(ls, rs, same)| {
            let words = if same {
                quoted(corpus, ls)
            } else {
                format!("{}  /  {}", quoted(corpus, ls), quoted(corpus, rs))
            };
            vec![
                ls.id.to_string(),
                rs.id.to_string(),
                corpus.speaker_name(&ls.speaker).to_owned(),
                words,
            ]
        })
        .collect();
    section(out, "Shared statements", &pairs, width)?;
    let statement_rows = |ids: &[StatementId]| -> Vec<Vec<String>> {
        ids.iter()
            .filter_map(|id| corpus.statement(id))
            .map(|s| statement_row(corpus, s))
            .collect()
    };
    section(
        out,
        &format!("Statements only in {l}"),
        &statement_rows(&c.only_left_statements),
        width,
    )?;
    section(
        out,
        &format!("Statements only in {r}"),
        &statement_rows(&c.only_right_statements),
        width,
    )?;
    super::side_by_side::write_claims(out, &c.claims, width)
}

fn counts(label: &str, numbers: [usize; 3]) -> Vec<String> {
    std::iter::once(label.to_owned())
        .chain(numbers.iter().map(ToString::to_string))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    fn compared(width: Option<usize>) -> String {
        let corpus = crate::corpus::bundled().corpus;
        let (left, right) = sides(&corpus, "summit", "aftermath").unwrap();
        let c = corpus.compare(&left.id, &right.id).unwrap();
        let mut out = Vec::new();
        print_comparison(&corpus, [left, right], &c, &mut out, width).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn on_a_terminal_every_line_fits_its_width() {
        for width in [50, 60, 80, 100] {
            let text = compared(Some(width));
            for line in text.lines() {
                assert!(line.width() <= width, "{line:?} is wider than {width}");
            }
            // Both sides of the claims are there, side by side.
            assert!(
                text.lines()
                    .any(|l| l.starts_with('≈') && l.contains(" │ ")),
                "{text}"
            );
        }
        // A section's title is cut before its count.
        let text = compared(Some(24));
        assert!(
            text.contains("Statements only in …(27)") || text.contains("… (27)"),
            "{text}"
        );
        // To a pipe, nothing is cut: the second title is whole, the claims as wide
        // as they are.
        let whole = compared(None);
        assert!(whole.contains("aftermath: Donald Trump Claims ‘Big Progress’ With Russia After Alaska Summit With Putin"), "{whole}");
        assert!(whole.lines().any(|l| l.width() > 100), "{whole}");
    }
}
