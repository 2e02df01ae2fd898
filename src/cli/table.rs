//! Plain-text tables: columns aligned by display width, every cell made safe for a
//! terminal.

use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

use crate::text::one_line;

/// A row of fixed cells, such as a table's header.
pub fn row<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// Writes rows as columns aligned by display width; the last column is not padded.
/// Every cell is made safe for a terminal first.
pub fn write_table(out: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| r.iter().map(|c| one_line(c).into_owned()).collect())
        .collect();
    write_safe_table(out, &rows)
}

/// [`write_table`] for cells already made safe, which may carry the escape sequences
/// that mark matched letters on a terminal (see `find`): written as they are.
pub fn write_safe_table(out: &mut dyn Write, rows: &[Vec<String>]) -> io::Result<()> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| visible_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    for r in rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            line.push_str(cell);
            if i + 1 < r.len() {
                let pad = widths[i].saturating_sub(visible_width(cell));
                line.extend(std::iter::repeat_n(' ', pad + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A titled, indented table with its row count, or "none".
pub fn section(out: &mut dyn Write, title: &str, rows: &[Vec<String>]) -> io::Result<()> {
    writeln!(out, "\n{} ({})", one_line(title), rows.len())?;
    if rows.is_empty() {
        writeln!(out, "  none")?;
        return Ok(());
    }
    let indented: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            std::iter::once(String::new())
                .chain(r.iter().cloned())
                .collect()
        })
        .collect();
    write_table(out, &indented)
}

/// Display width, not counting the escape sequences `find` adds on a terminal.
pub fn visible_width(cell: &str) -> usize {
    let mut width = 0;
    let mut rest = cell;
    while let Some(at) = rest.find('\x1b') {
        width += rest[..at].width();
        rest = rest[at..].split_once('m').map_or("", |(_, tail)| tail);
    }
    width + rest.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_columns_align_by_display_width() {
        let mut out = Vec::new();
        write_table(&mut out, &[row(["名前", "x"]), row(["ab", "y"])]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "名前  x\nab    y\n");
    }

    #[test]
    fn visible_width_skips_escape_sequences() {
        assert_eq!(visible_width("a\x1b[1;33mbc\x1b[0m"), 3);
    }

    #[test]
    fn a_section_counts_its_rows_and_says_none_when_empty() {
        let mut out = Vec::new();
        section(&mut out, "Shared", &[]).unwrap();
        section(&mut out, "Only a", &[row(["x", "y"])]).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\nShared (0)\n  none\n\nOnly a (1)\n  x  y\n"
        );
    }
}
