//! Report text is untrusted: these helpers make it safe to put on a terminal, and say
//! how many columns it takes there.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::model::{Corpus, Statement, StatementKind};

/// Whether the user asked for no colour: `NO_COLOR` set and not empty, as the
/// convention (no-color.org) says; the browser and the commands read it alike.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// Joins emoji into one picture ("👨‍👩‍👧", a family) where a terminal supports it.
const ZERO_WIDTH_JOINER: char = '\u{200d}';
/// Keeps what follows from joining: what a joiner after an emoji is shown as.
const ZERO_WIDTH_NON_JOINER: char = '\u{200c}';

/// Replaces every character that a terminal would act on instead of showing: C0 and C1
/// controls (ESC among them, so no escape sequence survives), DEL, and the bidirectional
/// overrides that can make text read differently from what it is. Newlines and tabs
/// become spaces, so the result is always one line. Control pictures keep the
/// replacement readable: ESC shows as `␛`. An emoji sequence joined by zero-width
/// joiners is shown as its parts (see [`shown`]). One character out for each one in.
pub fn one_line(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| needs_replacing(c) || c == ZERO_WIDTH_JOINER)
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(shown(text).map(replacement).collect())
}

/// Like [`one_line`], but keeps newlines, for text shown as paragraphs.
pub fn paragraphs(text: &str) -> Cow<'_, str> {
    let kept = |c: char| c != '\n' && needs_replacing(c) || c == ZERO_WIDTH_JOINER;
    if !text.chars().any(kept) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        shown(text)
            .map(|c| if c == '\n' { c } else { replacement(c) })
            .collect(),
    )
}

/// The characters of `text`, with each zero-width joiner that follows an emoji made a
/// non-joiner. Terminals disagree on joined emoji: one draws a family in 2 columns,
/// another its four people in 8, and a screen laid out for 2 then spills into the next
/// pane. Shown apart, every terminal and every measure agrees on 8. A joiner in other
/// scripts (after a virama in Devanagari) is left alone.
fn shown(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut after_emoji = false;
    text.chars().map(move |c| {
        let out = if c == ZERO_WIDTH_JOINER && after_emoji {
            ZERO_WIDTH_NON_JOINER
        } else {
            c
        };
        // Emoji are wide; a variation selector or skin tone continues one.
        after_emoji = c.width() == Some(2)
            || c == '\u{fe0f}'
            || after_emoji && ('\u{1f3fb}'..='\u{1f3ff}').contains(&c);
        out
    })
}

/// Columns `text` takes on a terminal once made safe, counted grapheme cluster by
/// cluster as [`cluster_width`] does.
pub fn width(text: &str) -> usize {
    // Every ASCII character shows in one column, controls as their pictures.
    if text.is_ascii() {
        return text.len();
    }
    text.graphemes(true).map(cluster_width).sum()
}

/// Columns one grapheme cluster takes once made safe, at most what any terminal draws:
/// the larger of its width as one picture and the sum of its characters' widths (a
/// terminal that does not join an emoji sequence draws its parts).
pub fn cluster_width(cluster: &str) -> usize {
    let mut chars = 0;
    let mut whole = String::new();
    for c in cluster.chars() {
        let c = replacement(c);
        chars += c.width().unwrap_or(0);
        whole.push(c);
    }
    chars.max(whole.width())
}

/// Whether `c` would be acted on by a terminal, or change the direction of the text.
pub fn needs_replacing(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

/// What to show instead of `c`: a space for whitespace controls, a control picture
/// for the other C0 controls and DEL, and the replacement character otherwise.
pub fn replacement(c: char) -> char {
    match c {
        '\n' | '\t' | '\r' | '\u{0b}' | '\u{0c}' => ' ',
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if needs_replacing(c) => '\u{fffd}',
        c => c,
    }
}

/// A statement's words on one line, in quotation marks when the report quotes them.
/// Text that carries its own double quotation marks (an ingested quote with its marks,
/// a reported clause quoting words) is shown as it is.
pub fn quoted(corpus: &Corpus, s: &Statement) -> String {
    with_marks(s.kind, &corpus.said(s))
}

/// `text` on one line, in quotation marks if a statement of `kind` quotes it and it has
/// none of its own.
fn with_marks(kind: StatementKind, text: &str) -> String {
    let text = one_line(text);
    match kind {
        StatementKind::Reported => text.into_owned(),
        _ if carries_double_marks(&text) => text.into_owned(),
        StatementKind::Direct | StatementKind::Partial | StatementKind::Written => {
            format!("“{text}”")
        }
    }
}

/// A statement's words on one line, in the quotation marks its report puts around
/// them: a quotation in its source's own marks (“…”, "…", ‘…’, «…»), reported speech
/// without any. Words the report quotes without marks right around them get curly
/// double ones; text that carries its own double marks is shown as it is.
pub fn in_source_marks(corpus: &Corpus, s: &Statement) -> String {
    let body = corpus.report(&s.report).map_or("", |r| r.body.as_str());
    match s.said(body) {
        (whole, None) => in_marks(s.kind, body, whole),
        // A quotation split by its attribution: the pieces said, not the narration.
        (first, Some(second)) => [
            in_marks(s.kind, body, first),
            in_marks(s.kind, body, second),
        ]
        .join(crate::model::SAID_JOIN),
    }
}

fn in_marks(kind: StatementKind, body: &str, range: std::ops::Range<usize>) -> String {
    let text = one_line(body.get(range.clone()).unwrap_or(""));
    match (kind, source_marks(body, range)) {
        (StatementKind::Reported, _) => text.into_owned(),
        _ if carries_double_marks(&text) => text.into_owned(),
        // The words of a partial quotation that the report does not quote ("During his
        // years in office, Mr. Obama said, ..."): its own words, in no marks.
        (StatementKind::Partial, None) => text.into_owned(),
        (StatementKind::Direct | StatementKind::Partial | StatementKind::Written, marks) => {
            let (open, close) = marks.unwrap_or(('“', '”'));
            format!("{open}{text}{close}")
        }
    }
}

/// Whether `text` carries double quotation marks of its own, also as newspapers that
/// type two apostrophes for one print them (`''We will,'' she said`): shown as it is,
/// with no marks around it.
fn carries_double_marks(text: &str) -> bool {
    text.contains(['"', '“', '”', '«', '»', '„']) || text.contains("''")
}

/// The quotation marks right around `range` in `body`: the character before it, and
/// the one after it or after a punctuation mark left out of the span (`"Yes," he said`).
fn source_marks(body: &str, range: std::ops::Range<usize>) -> Option<(char, char)> {
    const OPEN: &[char] = &['"', '“', '‘', '\'', '«', '„', '‚', '‹'];
    const CLOSE: &[char] = &['"', '”', '’', '\'', '»', '“', '‘', '›'];
    let open = body.get(..range.start)?.chars().next_back()?;
    let mut after = body.get(range.end..)?.chars();
    let close = match after.next()? {
        c if CLOSE.contains(&c) => c,
        ',' | '.' | '?' | '!' | ';' | ':' => after.next().filter(|c| CLOSE.contains(c))?,
        _ => return None,
    };
    OPEN.contains(&open).then_some((open, close))
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_lose_their_escape() {
        let hostile = "a\u{1b}[2Jb\u{9b}31mc\u{7}";
        let safe = one_line(hostile);
        assert!(!safe.chars().any(|c| c.is_control()), "{safe:?}");
        assert_eq!(safe, "a␛[2Jb\u{fffd}31mc␇");
    }

    #[test]
    fn clean_text_is_not_copied() {
        assert!(matches!(one_line("Next time in Moscow."), Cow::Borrowed(_)));
    }

    #[test]
    fn quoted_words_keep_the_marks_of_their_source() {
        use StatementKind::{Direct, Partial, Reported};
        let marks = |kind, body: &str, words: &str| {
            let start = body.find(words).unwrap();
            in_marks(kind, body, start..start + words.len())
        };
        let next = "Next time in Moscow.";
        assert_eq!(
            marks(Direct, "He said \"Next time in Moscow.\" then", next),
            "\"Next time in Moscow.\""
        );
        assert_eq!(
            marks(Direct, "He said: Next time in Moscow.", next),
            "“Next time in Moscow.”"
        );
        assert_eq!(
            marks(Direct, "«Yes,» he said.", "Yes"),
            "«Yes»",
            "a comma left out of the span"
        );
        assert_eq!(
            marks(
                Partial,
                "described as ‘very productive’ by",
                "very productive"
            ),
            "‘very productive’"
        );
        assert_eq!(
            marks(
                Partial,
                "said that it was \"dead\" now",
                "that it was \"dead\""
            ),
            "that it was \"dead\""
        );
        // Two apostrophes typed for a double mark are the source's own marks.
        assert_eq!(
            marks(
                Direct,
                "Ms. Ruiz said. ''I will be back.'' Then",
                "''I will be back.''"
            ),
            "''I will be back.''"
        );
        assert_eq!(
            with_marks(Direct, "''I will be back.''"),
            "''I will be back.''"
        );
        // The words of a partial quotation the report does not quote get no marks.
        assert_eq!(
            marks(
                Partial,
                "In Salem, Ruiz said, the pier is \"very safe.\"",
                "In Salem"
            ),
            "In Salem"
        );
        assert_eq!(
            marks(
                Reported,
                "insisted that peace is near.",
                "that peace is near"
            ),
            "that peace is near"
        );
        // A statement's words come from its report's body.
        let corpus = crate::corpus::bundled().corpus;
        let first = &corpus.statements()[0];
        let body = &corpus.report(&first.report).unwrap().body;
        assert_eq!(
            in_source_marks(&corpus, first),
            in_marks(first.kind, body, first.content.range())
        );
        assert_eq!(with_marks(Direct, next), "“Next time in Moscow.”");
        assert_eq!(
            quoted(&corpus, first),
            with_marks(first.kind, &body[first.content.range()])
        );
        assert!(!corpus.text(&first.report, &first.content).is_empty());
    }

    #[test]
    fn joined_emoji_are_shown_apart_and_measured_as_their_parts() {
        let family = "a👨\u{200d}👩\u{200d}👧b";
        assert_eq!(one_line(family), "a👨\u{200c}👩\u{200c}👧b");
        assert_eq!(one_line(family).chars().count(), family.chars().count());
        // Every measure agrees with what a terminal that does not join them draws.
        assert_eq!(UnicodeWidthStr::width(one_line(family).as_ref()), 8);
        assert_eq!(width(family), 8);
        assert_eq!(cluster_width("👨\u{200d}👩\u{200d}👧"), 6);
        // A joiner in Devanagari is kept; an emoji with its presentation selector is 2.
        assert_eq!(one_line("क्\u{200d}ष"), "क्\u{200d}ष");
        assert_eq!(cluster_width("❤\u{fe0f}"), 2);
        assert_eq!(width("a\u{1b}b\té"), 5);
    }

    #[test]
    fn paragraphs_keep_newlines_but_not_carriage_returns() {
        assert_eq!(paragraphs("a\r\nb\u{202e}c"), "a \nb\u{fffd}c");
        assert_eq!(one_line("a\nb\tc"), "a b c");
    }
}
