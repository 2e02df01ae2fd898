//! Word wrapping of report text into display lines, by byte ranges of the original
//! body, so that a statement's byte offset maps to the line it is drawn on. Widths are
//! those of the text as shown, after unsafe characters are replaced, grapheme cluster
//! by grapheme cluster, so that a line never breaks inside one (an emoji sequence, a
//! letter and its accent).

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

use crate::text::cluster_width;

/// Each grapheme cluster of `text` as its byte offset, the columns it takes and whether
/// it is a plain space (a break may follow it).
pub fn clusters(text: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    // Most paragraphs of English news are ASCII: a character is a cluster and a column.
    let ascii = text.is_ascii();
    let plain = ascii.then(|| text.bytes().enumerate().map(|(i, b)| (i, 1, b == b' ')));
    let other = (!ascii).then(|| {
        text.grapheme_indices(true)
            .map(|(i, g)| (i, cluster_width(g), g == " "))
    });
    plain
        .into_iter()
        .flatten()
        .chain(other.into_iter().flatten())
}

/// The body as lines of at most `width` columns, breaking after spaces where it can.
/// Newlines end a paragraph and are not part of any range; an empty line (an empty
/// range at the newline) separates paragraphs.
pub fn wrap(body: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut paragraph_start = 0;
    for paragraph in body.split('\n') {
        // Runs of blank lines show as one.
        if !paragraph.trim().is_empty() {
            if paragraph_start > 0 && !lines.is_empty() {
                lines.push(paragraph_start - 1..paragraph_start - 1);
            }
            wrap_paragraph(paragraph, paragraph_start, width, &mut lines);
        }
        paragraph_start += paragraph.len() + 1;
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

fn wrap_paragraph(text: &str, base: usize, width: usize, lines: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let mut used = 0;
    // Just after the last space on this line, and the columns used up to there.
    let mut break_at: Option<(usize, usize)> = None;
    for (i, w, space) in clusters(text) {
        if used + w > width && used > 0 {
            if space {
                // A space that does not fit hangs at the end of the line.
                lines.push(base + start..base + i + 1);
                start = i + 1;
                used = 0;
                break_at = None;
                continue;
            }
            match break_at.take() {
                Some((at, cols)) if at > start => {
                    lines.push(base + start..base + at);
                    start = at;
                    used -= cols;
                }
                _ => {
                    lines.push(base + start..base + i);
                    start = i;
                    used = 0;
                }
            }
        }
        used += w;
        if space {
            break_at = Some((i + 1, used));
        }
    }
    lines.push(base + start..base + text.len());
}

/// The line a byte offset is drawn on (the last line for offsets past the end).
pub fn line_of(lines: &[Range<usize>], offset: usize) -> usize {
    lines
        .partition_point(|line| line.end < offset || (line.end == offset && line.start < offset))
        .min(lines.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown<'a>(body: &'a str, lines: &[Range<usize>]) -> Vec<&'a str> {
        lines.iter().map(|r| &body[r.clone()]).collect()
    }

    #[test]
    fn wraps_at_spaces_and_newlines() {
        let body = "one two three\n\n\nfour\n";
        let lines = wrap(body, 8);
        assert_eq!(shown(body, &lines), ["one two ", "three", "", "four"]);
    }

    #[test]
    fn long_words_are_cut_and_wide_characters_counted_twice() {
        assert_eq!(shown("abcdef", &wrap("abcdef", 4)), ["abcd", "ef"]);
        let body = "日本語です";
        assert_eq!(shown(body, &wrap(body, 4)), ["日本", "語で", "す"]);
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        let body = "ab\u{301}cd";
        assert_eq!(shown(body, &wrap(body, 2)), ["ab\u{301}", "cd"]);
    }

    #[test]
    fn a_line_never_breaks_inside_an_emoji_sequence() {
        // A family of four is 8 columns wherever it is drawn (see `text::shown`).
        let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
        let body = format!("ab {family}{family} cd");
        let lines = wrap(&body, 10);
        let spaced = format!("{family} ");
        assert_eq!(shown(&body, &lines), ["ab ", family, &spaced, "cd"]);
    }

    #[test]
    fn line_of_finds_the_line_holding_an_offset() {
        let body = "one two three\nfour";
        let lines = wrap(body, 8);
        assert_eq!(line_of(&lines, 0), 0);
        assert_eq!(line_of(&lines, 8), 1);
        assert_eq!(line_of(&lines, 16), 3);
        assert_eq!(line_of(&lines, 999), 3);
    }
}
