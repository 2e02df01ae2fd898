//! Compare's claims as text: both reports side by side, claim by claim, a mark for how
//! each pair relates and, under a conflicting pair, each conflict with both values.

use std::io::{self, Write};
use unicode_width::UnicodeWidthChar;

use super::table::fit_line;
use crate::model::{ClaimPair, Relation};
use crate::text::one_line;

/// The width of each side's column, where the terminal is wide enough or the text
/// goes to no terminal.
const COLUMN: usize = 56;

/// The narrowest a side's column is made to fit a terminal.
const NARROWEST: usize = 16;

/// The mark of a relation in the margin.
pub fn mark(relation: Relation) -> &'static str {
    match relation {
        Relation::Same => "=",
        Relation::Reworded => "≈",
        Relation::Conflicting => "≠",
        Relation::OnlyLeft => "<",
        Relation::OnlyRight => ">",
    }
}

/// A count of each relation, then every row: the two claims wrapped side by side, in
/// columns that fit `width` where there is one (standard output is a terminal that
/// wide), the lines of conflicts cut to it.
pub fn write_claims(
    out: &mut dyn Write,
    claims: &[ClaimPair],
    width: Option<usize>,
) -> io::Result<()> {
    // "≠ " in the margin, " │ " between the sides.
    let column = width.map_or(COLUMN, |w| {
        (w.saturating_sub(5) / 2).clamp(NARROWEST, COLUMN)
    });
    let count = |relation: Relation| claims.iter().filter(|c| c.relation == relation).count();
    let counts = format!(
        "Claims: {} same, {} reworded, {} conflicting, {} only left, {} only right",
        count(Relation::Same),
        count(Relation::Reworded),
        count(Relation::Conflicting),
        count(Relation::OnlyLeft),
        count(Relation::OnlyRight),
    );
    let legend = "  = same  ≈ reworded  ≠ conflicting  < only left  > only right";
    writeln!(out, "\n{}", fit_line(&counts, width))?;
    writeln!(out, "{}", fit_line(legend, width))?;
    for claim in claims {
        let side = |c: &Option<crate::model::ClaimText>| {
            c.as_ref()
                .map_or_else(Vec::new, |c| wrap(&one_line(&c.text), column))
        };
        let (left, right) = (side(&claim.left), side(&claim.right));
        let lines = left.len().max(right.len()).max(1);
        for i in 0..lines {
            let margin = if i == 0 { mark(claim.relation) } else { " " };
            let l = left.get(i).map_or("", String::as_str);
            let r = right.get(i).map_or("", String::as_str);
            let line = format!("{margin} {} │ {r}", pad(l, column));
            writeln!(out, "{}", line.trim_end())?;
        }
        for conflict in &claim.conflicts {
            let line = format!(
                "    ≠ {}: {} │ {}",
                conflict.kind.label(),
                one_line(&conflict.left),
                one_line(&conflict.right)
            );
            writeln!(out, "{}", fit_line(&line, width))?;
        }
    }
    Ok(())
}

/// Text cut into lines of at most `width` columns, at spaces where it can be.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_whitespace() {
        let w: usize = word.chars().map(|c| c.width().unwrap_or(0)).sum();
        if used > 0 && used + 1 + w > width {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            line.push(' ');
            used += 1;
        }
        for c in word.chars() {
            let cw = c.width().unwrap_or(0);
            if used + cw > width {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(text: &str, width: usize) -> String {
    let used: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    format!("{text}{}", " ".repeat(width.saturating_sub(used)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_words_whole_and_cuts_the_too_long() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert!(wrap("", 5).is_empty());
    }
}
