//! Statements as tables: CSV (every column of the statement's shape) and Markdown (the
//! columns a reader wants, as a GitHub-flavoured table).

use std::io;

use crate::cli::statement::{StatementView, COLUMNS};
use crate::text::{one_line, paragraphs};

/// RFC 4180 CSV with a header row: the columns of [`COLUMNS`]. Control characters
/// other than newlines are shown as symbols, so that `cat` of the file cannot reach
/// the terminal as escape sequences.
pub fn csv(views: &[StatementView], out: &mut Vec<u8>) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS)?;
    for view in views {
        writer.write_record(
            view.cells()
                .iter()
                .map(|c| inert(paragraphs(c).into_owned())),
        )?;
    }
    writer.flush()
}

/// A cell a spreadsheet would read as a formula ("=HYPERLINK(...)" in a report's
/// title, "+1", "@SUM") after an apostrophe, which spreadsheets take as "text follows"
/// and do not show: reports are untrusted. A minus opens one unless the cell is a
/// number or the minus a dash of prose ("- Mr. Biden").
fn inert(cell: String) -> String {
    let mut chars = cell.chars();
    let formula = match chars.next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        // A number ("-5", "-2.5") or a dash of prose ("- Mr. Biden"), and nothing else.
        Some('-') => !(chars.next().is_none_or(char::is_whitespace) || cell.parse::<f64>().is_ok()),
        _ => false,
    };
    if formula {
        format!("'{cell}")
    } else {
        cell
    }
}

/// The Markdown table's columns: a column of [`COLUMNS`] and its heading.
const MARKDOWN: [(&str, &str); 8] = [
    ("id", "ID"),
    ("text", "Statement"),
    ("speaker_name", "Speaker"),
    ("kind", "Kind"),
    ("report_title", "Report"),
    ("outlet", "Outlet"),
    ("date", "Date"),
    ("url", "URL"),
];

pub fn markdown(views: &[StatementView], out: &mut Vec<u8>) -> io::Result<()> {
    use std::io::Write;
    let positions: Vec<usize> = MARKDOWN
        .iter()
        .filter_map(|(column, _)| COLUMNS.iter().position(|c| c == column))
        .collect();
    let line = |cells: &mut dyn Iterator<Item = String>| {
        let cells: Vec<String> = cells.collect();
        format!("| {} |\n", cells.join(" | "))
    };
    out.write_all(line(&mut MARKDOWN.iter().map(|(_, heading)| heading.to_string())).as_bytes())?;
    out.write_all(line(&mut MARKDOWN.iter().map(|_| "---".to_owned())).as_bytes())?;
    for view in views {
        let cells = view.cells();
        let row = line(&mut positions.iter().map(|&i| markdown_cell(&cells[i])));
        out.write_all(row.as_bytes())?;
    }
    Ok(())
}

/// Text as a table cell that reads back as the same text: on one line, and every
/// character Markdown would act on (emphasis, links, HTML, entities, the cell's own
/// `|`) escaped with a backslash.
fn markdown_cell(text: &str) -> String {
    let text = one_line(text);
    let mut cell = String::with_capacity(text.len());
    for c in text.trim().chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!' | '#'
        ) {
            cell.push('\\');
        }
        cell.push(c);
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_markdown_cell_escapes_what_markdown_would_act_on() {
        assert_eq!(markdown_cell("a|b *c* <d>"), r"a\|b \*c\* \<d\>");
        assert_eq!(markdown_cell("x\ny\u{1b}"), "x y␛");
    }

    #[test]
    fn a_csv_cell_a_spreadsheet_would_compute_is_text() {
        for (cell, written) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1 555", "'+1 555"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
            ("- Mr. Biden assured them", "- Mr. Biden assured them"),
            ("-5", "-5"),
            ("-", "-"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            ("-5 degrees", "'-5 degrees"),
            ("We will win", "We will win"),
        ] {
            assert_eq!(inert(cell.to_owned()), written, "{cell}");
        }
    }
}
