//! Plain-text tables: columns aligned by display width, every cell made safe for a
//! terminal.

use std::borrow::Cow;
use std::io::{self, Write};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::one_line;

/// A row of fixed cells, such as a table's header.
pub fn row<const N: usize>(cells: [&str; N]) -> Vec<String> {
    cells.iter().map(|c| (*c).to_owned()).collect()
}

/// Writes rows as columns aligned by display width; the last column is not padded.
/// Every cell is made safe for a terminal first. With `width` (standard output is a
/// terminal that wide), the cells are cut to fit it, "…" marking each cut.
pub fn write_table(
    out: &mut dyn Write,
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    write_safe_table(out, &made_safe(rows), width)
}

fn made_safe(rows: &[Vec<String>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|r| r.iter().map(|c| one_line(c).into_owned()).collect())
        .collect()
}

/// [`write_table`] for cells already made safe, which may carry the escape sequences
/// that mark matched letters on a terminal (see `find`): written as they are.
pub fn write_safe_table(
    out: &mut dyn Write,
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    write_rows(out, rows, width, true)
}

/// [`write_safe_table`]; `header`, whether the first row heads the columns, which are
/// then not cut narrower than it, and a column with nothing under it is left out.
fn write_rows(
    out: &mut dyn Write,
    rows: &[Vec<String>],
    width: Option<usize>,
    header: bool,
) -> io::Result<()> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    // Cut to fit, a column with a header and nothing under it is left out.
    let empty = |i: usize| (rows.iter().skip(1)).all(|r| r.get(i).is_none_or(String::is_empty));
    let leave_out = width.is_some() && header && rows.len() > 1;
    let shown: Vec<usize> = (0..columns).filter(|&i| !(leave_out && empty(i))).collect();
    let rows: Vec<Vec<&str>> = (rows.iter())
        .map(|r| {
            shown
                .iter()
                .filter_map(|&i| r.get(i).map(String::as_str))
                .collect()
        })
        .collect();
    let natural: Vec<usize> = (0..shown.len())
        .map(|i| {
            (rows.iter().filter_map(|r| r.get(i)))
                .map(|c| visible_width(c))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let heads = rows
        .first()
        .filter(|_| header)
        .map_or(&[][..], Vec::as_slice);
    let widths = match width {
        Some(width) => fitted(&natural, heads, width),
        None => natural,
    };
    for r in &rows {
        let mut line = String::new();
        for (i, cell) in r.iter().enumerate() {
            let cell = cut_keeping_ends(cell, widths[i]);
            line.push_str(&cell);
            if i + 1 < r.len() {
                let pad = widths[i].saturating_sub(visible_width(&cell));
                line.extend(std::iter::repeat_n(' ', pad + 2));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The widths columns of `natural` widths are cut to for a line of `width` columns,
/// two spaces between them. The last column (the words said, mostly) gives way first,
/// to a third of the line, so that ids stay whole where they can; then the widest
/// of the others, to one width for all that are cut. A column of 16 columns or fewer
/// (a date with its weekday, a kind, a count) is not cut, nor any below its `header`'s
/// width or 6 columns; the last then gives way further, to 6 columns. Where even that is
/// too wide, the line is.
fn fitted(natural: &[usize], header: &[&str], width: usize) -> Vec<usize> {
    let Some((&last_natural, others)) = natural.split_last() else {
        return Vec::new();
    };
    let gaps = 2 * others.len();
    let last_floor = last_natural.min(width / 3);
    let others_width: usize = others.iter().sum();
    if others_width + gaps + last_floor <= width {
        let mut widths = others.to_vec();
        widths.push(last_natural.min(width - others_width - gaps));
        return widths;
    }
    let floors: Vec<usize> = (others.iter().enumerate())
        .map(|(i, &w)| {
            let header = header.get(i).map_or(0, |c| visible_width(c));
            if w <= 16 {
                w
            } else {
                w.min(header.max(6))
            }
        })
        .collect();
    let with_cap = |cap: usize| -> Vec<usize> {
        (others.iter().zip(&floors))
            .map(|(&w, &floor)| w.min(cap).max(floor))
            .collect()
    };
    let budget = width.saturating_sub(gaps + last_floor);
    let fits = |cap: usize| with_cap(cap).iter().sum::<usize>() <= budget;
    // The widest cap that fits, found by halving: the sum grows with the cap.
    let (mut low, mut high) = (0, others.iter().copied().max().unwrap_or(0));
    while low + 1 < high {
        let mid = (low + high) / 2;
        if fits(mid) {
            low = mid;
        } else {
            high = mid;
        }
    }
    let mut widths = with_cap(low);
    // Where the others stay too wide at their floors, the last gives way further, to
    // what is left or 6 columns.
    let others_fitted: usize = widths.iter().sum();
    widths.push(last_floor.min(width.saturating_sub(others_fitted + gaps).max(6)));
    widths
}

/// [`cut`], but a cell of one word (an id: "nyt_2016-09-08_obama-on-climate-01")
/// keeps its last third after the "…", where ids of one report tell themselves apart.
fn cut_keeping_ends(cell: &str, width: usize) -> Cow<'_, str> {
    let one_word = !cell.contains(char::is_whitespace) && !cell.contains('\x1b');
    if !one_word || width < 6 || visible_width(cell) <= width {
        return cut(cell, width);
    }
    let mut tail_at = cell.len();
    let mut tail_width = 0;
    for (at, grapheme) in cell.grapheme_indices(true).rev() {
        if tail_width + grapheme.width() > width / 3 {
            break;
        }
        tail_width += grapheme.width();
        tail_at = at;
    }
    let head = cut(&cell[..tail_at], width - tail_width);
    Cow::Owned(format!("{head}{}", &cell[tail_at..]))
}

/// `cell` cut to `width` display columns, "…" last where it is cut, measured by
/// grapheme as the terminal draws them ("☺️" takes two); escape sequences are kept,
/// and a reset closes a cut one before the "…".
pub fn cut(cell: &str, width: usize) -> Cow<'_, str> {
    if visible_width(cell) <= width {
        return Cow::Borrowed(cell);
    }
    let mut kept = String::new();
    let (mut used, mut escaped) = (0, false);
    let mut rest = cell;
    while !rest.is_empty() {
        if let Some(sequence) = rest.strip_prefix('\x1b') {
            let end = sequence.find('m').map_or(sequence.len(), |m| m + 1);
            kept.push_str(&rest[..1 + end]);
            rest = &sequence[end..];
            escaped = true;
            continue;
        }
        let grapheme = rest.graphemes(true).next().unwrap_or(rest);
        let plain = grapheme.split('\x1b').next().unwrap_or(grapheme);
        let w = plain.width();
        if plain.is_empty() || used + w + 1 > width {
            break;
        }
        used += w;
        kept.push_str(plain);
        rest = &rest[plain.len()..];
    }
    if escaped {
        kept.push_str("\x1b[0m");
    }
    kept.push('…');
    Cow::Owned(kept)
}

/// A titled, indented table with its row count, or "none"; cut to `width` as
/// [`write_table`] cuts.
pub fn section(
    out: &mut dyn Write,
    title: &str,
    rows: &[Vec<String>],
    width: Option<usize>,
) -> io::Result<()> {
    // Cut before its count, which stays.
    let count = format!(" ({})", rows.len());
    let room = width.map(|w| w.saturating_sub(count.len()));
    writeln!(out, "\n{}{count}", fit_line(&one_line(title), room))?;
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
    write_rows(out, &made_safe(&indented), width, false)
}

/// A line cut to `width` where there is one (standard output is a terminal that
/// wide), "…" marking the cut; the line as it is otherwise.
pub fn fit_line(line: &str, width: Option<usize>) -> Cow<'_, str> {
    match width {
        Some(width) => cut(line, width),
        None => Cow::Borrowed(line),
    }
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
        write_table(&mut out, &[row(["名前", "x"]), row(["ab", "y"])], None).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "名前  x\nab    y\n");
    }

    #[test]
    fn a_table_on_a_terminal_is_cut_to_its_width_the_widest_columns_first() {
        let long_id = "nyt_2016-09-08_obama-on-climate-change-the-trend-1";
        let said = "What makes climate change difficult is that it is not an instantaneous event";
        let rows = [
            row(["ID", "KIND", "STATEMENT"]),
            row([long_id, "direct", said]),
            row(["ap-2", "reported", "Short."]),
        ];
        let write = |width| {
            let mut out = Vec::new();
            write_table(&mut out, &rows, width).unwrap();
            String::from_utf8(out).unwrap()
        };
        let cut = write(Some(60));
        for line in cut.lines() {
            assert!(line.width() <= 60, "{line:?} is {} wide", line.width());
        }
        let lines: Vec<&str> = cut.lines().collect();
        // The short column stays whole; the long ones are cut, "…" marking the cut.
        assert!(lines[0].starts_with("ID "), "{cut}");
        assert!(lines[1].contains("  direct  "), "{cut}");
        assert!(lines[1].starts_with("nyt_2016-09-08"), "{cut}");
        assert!(lines[1].ends_with('…'), "{cut}");
        assert!(lines[2].contains("  reported  Short."), "{cut}");
        // Columns stay aligned: KIND starts at one column in every row.
        let kind_at = |line: &str| {
            let at = (line
                .find("direct")
                .or(line.find("reported"))
                .or(line.find("KIND")))
            .unwrap_or(0);
            line[..at].width()
        };
        assert_eq!(kind_at(lines[0]), kind_at(lines[1]), "{cut}");
        assert_eq!(kind_at(lines[1]), kind_at(lines[2]), "{cut}");
        // Where the other columns fit, the words said give way and the id stays whole.
        let wide = write(Some(100));
        assert!(wide.lines().nth(1).unwrap().starts_with(long_id), "{wide}");
        assert!(wide.lines().all(|l| l.width() <= 100), "{wide}");
        // Wide enough, or no terminal: written whole.
        assert_eq!(write(Some(400)), write(None));
        assert!(write(None).contains(long_id) && write(None).contains(said));
    }

    #[test]
    fn a_table_cut_to_fit_leaves_out_a_column_with_nothing_under_its_header() {
        let rows = [
            row(["ID", "ALSO IN", "STATEMENT"]),
            row([
                "a-1",
                "",
                "We will not move an inch from this pier, not today.",
            ]),
            row(["a-2", "", "Not an inch."]),
        ];
        let write = |width| {
            let mut out = Vec::new();
            write_table(&mut out, &rows, width).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(
            write(Some(40)),
            "ID   STATEMENT\na-1  We will not move an inch from this…\na-2  Not an inch.\n"
        );
        // Written whole, every column stays, empty or not.
        assert!(
            write(None).starts_with("ID   ALSO IN  STATEMENT\n"),
            "{}",
            write(None)
        );
    }

    #[test]
    fn a_cut_keeps_escape_sequences_and_closes_them() {
        let marked = "ab\x1b[1;33mcdef\x1b[0mgh";
        assert_eq!(cut(marked, 4), "ab\x1b[1;33mc\x1b[0m…");
        assert_eq!(visible_width(&cut(marked, 4)), 4);
        assert_eq!(cut("名前です", 5), "名前…");
        assert_eq!(cut("short", 5), "short");
        // An emoji with its presentation selector takes two columns, as drawn.
        assert_eq!(cut("a☺️bcd", 4), "a☺️…");
        assert_eq!(visible_width(&cut("a☺️bcd", 4)), 4);
    }

    #[test]
    fn an_id_cut_keeps_its_end() {
        let id = "nyt_2016-09-08_obama-on-climate-change-01";
        assert_eq!(cut_keeping_ends(id, 19), "nyt_2016-09-…nge-01");
        assert_eq!(visible_width(&cut_keeping_ends(id, 19)), 19);
        // Words are cut at their end, as is what is too narrow to keep both ends.
        assert_eq!(cut_keeping_ends("Barack Hussein Obama", 10), "Barack Hu…");
        assert_eq!(cut_keeping_ends(id, 5), "nyt_…");
        assert_eq!(cut_keeping_ends("名前です名前です", 9), "名前で…す");
        assert_eq!(cut_keeping_ends("short", 5), "short");
    }

    #[test]
    fn visible_width_skips_escape_sequences() {
        assert_eq!(visible_width("a\x1b[1;33mbc\x1b[0m"), 3);
    }

    #[test]
    fn a_section_counts_its_rows_and_says_none_when_empty() {
        let mut out = Vec::new();
        section(&mut out, "Shared", &[], None).unwrap();
        section(&mut out, "Only a", &[row(["x", "y"])], None).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\nShared (0)\n  none\n\nOnly a (1)\n  x  y\n"
        );
    }
}
