//! A report's body as claims: its sentences, a long sentence cut into its clauses.
//! Headlines and bylines are claims like any other line; navigation ("Also Read: ...",
//! "Click here") is not.

use std::ops::Range;

use super::words::{fold, words};

/// A claim: a byte range of a report's body, trimmed of spaces.
pub type Claim = Range<usize>;

/// Lines that link elsewhere or sell something rather than tell the story.
const NAVIGATION: &[&str] = &[
    "also read",
    "read more",
    "read also",
    "related:",
    "related stories",
    "click here",
    "follow us",
    "subscribe",
    "advertisement",
    "share this",
    "sign up",
    "watch:",
    "see also",
    "more:",
];

/// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "st", "jr", "sr",
    "prof", "rev", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "inc", "corp", "co", "ltd", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m",
];

/// A sentence longer than this many words is cut into clauses.
const LONG: usize = 20;
/// A clause cut off has at least this many words on each side of the cut.
const CLAUSE_WORDS: usize = 5;

/// Words after a comma that start a clause of their own.
const CLAUSE_STARTS: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "which",
    "who",
    "because",
    "after",
    "before",
    "when",
    "as",
    "the",
    "a",
    "an",
    "saying",
    "adding",
    "according",
    "calling",
    "raising",
    "fuelling",
    "fueling",
    "indicating",
    "prompting",
    "despite",
    "even",
    "so",
    "yet",
    "where",
    "with",
];

/// Words after a comma inside a quotation that start a clause of their own.
const QUOTED_CLAUSE_STARTS: &[&str] = &["and", "but", "while", "because", "although", "so"];

/// Words that open a sentence with a phrase set off by a comma ("Speaking at ..., X
/// said"): the phrase is a claim of its own.
const OPENERS: &[&str] = &[
    "after",
    "before",
    "speaking",
    "during",
    "despite",
    "following",
    "in",
    "on",
    "at",
    "since",
    "while",
    "although",
    "though",
    "as",
    "when",
    "days",
    "hours",
    "weeks",
    "earlier",
    "later",
];

/// The claims of a body, in order.
pub fn claims(body: &str) -> Vec<Claim> {
    let mut claims = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let range = offset..offset + line.len();
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() || is_navigation(trimmed) {
            continue;
        }
        for sentence in sentences(body, range) {
            clauses(body, sentence, &mut claims);
        }
    }
    for claim in &mut claims {
        claim.end = claim.start + without_attribution(&body[claim.clone()]).len();
    }
    claims
}

/// Verbs of an attribution after a quotation ("..." she said.).
const ATTRIBUTION_CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "reads",
    "asked",
    "continued",
    "explained",
    "noted",
    "insisted",
    "warned",
    "replied",
    "recalled",
];

/// A claim that ends in a quotation and a short attribution ("...,” he said.", "...”
/// ― Jane Roe") is the quotation: who said it is not what is claimed.
fn without_attribution(claim: &str) -> &str {
    let Some(close) = claim.rfind(['”', '"']) else {
        return claim;
    };
    let quoted = &claim[..close + claim[close..].chars().next().map_or(1, char::len_utf8)];
    let tail = claim[quoted.len()..].trim();
    let words: Vec<String> = words(tail).map(|r| fold(&tail[r])).collect();
    let dash = tail.starts_with(['―', '—', '–', '-']);
    let cue = words.iter().any(|w| ATTRIBUTION_CUES.contains(&w.as_str()));
    // The quotation ends a clause of its own: "ready,” or "again.”, not “Big Mac” sold.
    let ends_clause = claim[..close].ends_with([',', '.', '?', '!']);
    if !words.is_empty() && words.len() <= 4 && (dash || cue) && ends_clause {
        quoted
    } else {
        claim
    }
}

fn is_navigation(line: &str) -> bool {
    let head: String = line.chars().take(20).collect::<String>().to_lowercase();
    NAVIGATION.iter().any(|start| head.starts_with(start))
}

/// The sentences of one line: cut after `.`, `!` or `?` (and any closing quotation marks
/// or brackets) where a capital, a digit or an opening mark follows, but not after an
/// abbreviation or an initial.
fn sentences(body: &str, line: Range<usize>) -> Vec<Range<usize>> {
    let text = &body[line.clone()];
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !matches!(bytes[i], b'.' | b'!' | b'?') {
            i += 1;
            continue;
        }
        let mark = i;
        let mut end = i + 1;
        // Further marks ("?!", "...") and closing quotation marks or brackets.
        while let Some(c) = text[end..].chars().next() {
            if matches!(c, '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')') {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        let rest = &text[end..];
        let next = rest.trim_start();
        if next.len() == rest.len() {
            continue;
        }
        let starts = next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'(".contains(c));
        if !starts || (bytes[mark] == b'.' && after_abbreviation(&text[..mark])) {
            continue;
        }
        push_trimmed(&mut out, line.start, text, start..end);
        start = end;
    }
    push_trimmed(&mut out, line.start, text, start..text.len());
    out
}

/// Whether the text before a dot ends in an abbreviation or a single capital.
fn after_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_capital || ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(out: &mut Vec<Range<usize>>, base: usize, text: &str, range: Range<usize>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.chars().any(char::is_alphanumeric) {
        let start = base + range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// Cuts a long sentence at commas, semicolons and dashes that start a clause, never
/// inside a quotation, keeping at least [`CLAUSE_WORDS`] words on each side.
fn clauses(body: &str, sentence: Range<usize>, out: &mut Vec<Claim>) {
    let text = &body[sentence.clone()];
    let spans: Vec<Range<usize>> = words(text).collect();
    if spans.len() <= LONG {
        out.push(sentence);
        return;
    }
    let quoted = quoted_bytes(text);
    let mut cut_at = Vec::new();
    let mut last_cut_word = 0;
    // Inside a relative clause set off by commas (", which ... ,"): its closing comma
    // ends a claim ("The meeting, which took place on Friday,").
    let mut relative = false;
    for (w, span) in spans.iter().enumerate().skip(1) {
        let gap = &text[spans[w - 1].end..span.start];
        let Some(mark) = gap.find([',', ';', '—', '–']) else {
            continue;
        };
        let at = spans[w - 1].end + mark;
        // Inside a quotation, only a conjunction starts a clause (a comma just inside a
        // closing mark, "Show,” the ...", ends the quotation).
        let first = fold(&text[span.clone()]);
        let inside = quoted[at] && quoted[span.start];
        if inside && !QUOTED_CLAUSE_STARTS.contains(&first.as_str()) {
            continue;
        }
        let opener = last_cut_word == 0
            && OPENERS.contains(&fold(&text[spans[0].clone()]).as_str())
            && !gap.contains(['—', '–', ';']);
        let closes_relative = relative && !matches!(first.as_str(), "which" | "who");
        relative = matches!(first.as_str(), "which" | "who") || (relative && !closes_relative);
        let starts_clause = gap.contains([';', '—', '–'])
            || CLAUSE_STARTS.contains(&first.as_str())
            || opener
            || closes_relative;
        let room = w - last_cut_word >= CLAUSE_WORDS && spans.len() - w >= CLAUSE_WORDS;
        if starts_clause && room {
            cut_at.push(spans[w].start);
            last_cut_word = w;
        }
    }
    let mut start = 0;
    for cut in cut_at.into_iter().chain(std::iter::once(text.len())) {
        push_trimmed(out, sentence.start, text, start..cut);
        start = cut;
    }
}

/// Whether byte `at` of `body` lies inside a quotation opened earlier in its paragraph:
/// a clause cut from the middle of a long quotation carries no marks of its own.
pub fn inside_quotation(body: &str, at: usize) -> bool {
    let start = body[..at].rfind('\n').map_or(0, |n| n + 1);
    let before = &body[start..at];
    // The flag of the last byte before `at` (the list ends in one for the end itself).
    before
        .len()
        .checked_sub(1)
        .is_some_and(|last| quoted_bytes(before)[last])
}

/// For each byte of a sentence, whether it lies inside a quotation (double marks, curly
/// or straight; an opening mark with no close runs to the end).
fn quoted_bytes(text: &str) -> Vec<bool> {
    let mut inside = vec![false; text.len() + 1];
    let mut open = false;
    for (at, c) in text.char_indices() {
        match c {
            '“' => open = true,
            '”' => open = false,
            '"' => open = !open,
            _ => {}
        }
        for flag in &mut inside[at..at + c.len_utf8()] {
            *flag = open;
        }
    }
    inside
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<&str> {
        claims(body).into_iter().map(|r| &body[r]).collect()
    }

    #[test]
    fn sentences_end_at_marks_followed_by_a_capital_not_after_abbreviations() {
        assert_eq!(
            texts("Mr. Lee met Sen. Park in the U.S. capital. They talked.\n\nA third one? Yes!"),
            [
                "Mr. Lee met Sen. Park in the U.S. capital.",
                "They talked.",
                "A third one?",
                "Yes!"
            ]
        );
    }

    #[test]
    fn closing_quotation_marks_stay_with_their_sentence() {
        assert_eq!(
            texts("She said: “We are ready.” Then she left."),
            ["She said: “We are ready.”", "Then she left."]
        );
    }

    #[test]
    fn a_short_attribution_after_a_quotation_is_not_part_of_the_claim() {
        assert_eq!(
            texts("“We are ready,” the mayor said.\n“Never again.” ― Ana Lima\n“Yes,” said the mayor of the old town today."),
            [
                "“We are ready,”",
                "“Never again.”",
                "“Yes,” said the mayor of the old town today."
            ]
        );
    }

    #[test]
    fn a_clause_cut_from_inside_a_quotation_knows_it() {
        let body = "Intro.\n“We pay a great deal, and yes, we guard the coast with ships, but it costs,” he said.\nAfter.";
        let at = body.find("and yes").unwrap();
        assert!(inside_quotation(body, at));
        assert!(!inside_quotation(body, body.find("he said").unwrap()));
        assert!(!inside_quotation(body, body.find("After").unwrap()));
    }

    #[test]
    fn headlines_and_bylines_are_claims_and_navigation_is_not() {
        assert_eq!(
            texts("Mayor Opens Bridge Over River\nBy Ann Cole\nAlso Read: Ten things\nThe bridge opened."),
            ["Mayor Opens Bridge Over River", "By Ann Cole", "The bridge opened."]
        );
    }

    #[test]
    fn long_sentences_are_cut_into_clauses_at_commas_that_start_one() {
        let body = "The festival was held on Saturday at the old harbour in Porto Velho, Brazil, \
                    the first time that the organisers had moved it away from the capital since its founding.";
        assert_eq!(
            texts(body),
            [
                "The festival was held on Saturday at the old harbour in Porto Velho, Brazil,",
                "the first time that the organisers had moved it away from the capital since its founding."
            ]
        );
    }

    #[test]
    fn an_opening_phrase_is_a_claim_of_its_own() {
        let body = "Speaking to reporters after two days of closed meetings, the minister said \
                    that the budget would be cut by a tenth next year and that more cuts could follow.";
        assert_eq!(
            texts(body)[0],
            "Speaking to reporters after two days of closed meetings,"
        );
    }

    #[test]
    fn a_relative_clause_set_off_by_commas_ends_a_claim() {
        let body = "The race, which started at noon on Sunday, was won by a rider from the valley \
                    while thousands of people watched from the roadside in the rain.";
        assert_eq!(texts(body)[0], "The race, which started at noon on Sunday,");
    }

    #[test]
    fn inside_a_quotation_only_conjunctions_start_a_clause_and_short_sentences_stay_whole() {
        let body = "He said \"we will build the new road through the valley, the people who \
                    doubted us will see it, but they will thank us for it, every one of them\" today.";
        assert_eq!(
            texts(body),
            [
                "He said \"we will build the new road through the valley, the people who doubted us will see it,",
                "but they will thank us for it, every one of them\" today."
            ]
        );
        assert_eq!(
            texts("Short, and sweet, and done."),
            ["Short, and sweet, and done."]
        );
    }
}
