//! What two aligned claims disagree on: a day or date, a number with its unit, a
//! person's or a place's name, the words of a quotation. Each value of one claim is
//! matched against the values of the same kind in the other; what is left on both
//! sides, once spelling variants and compatible values ("three hours", "over three
//! hours") are matched, is a conflict, shown with both values.

use serde::Serialize;
use similar::{capture_diff_slices, Algorithm, DiffOp};
use std::ops::Range;

use super::values::dates::dates;
use super::values::names::{names, Name, NameKind};
use super::values::quantities::{quantities, Quantity};
use super::values::quotes::quotations;
use super::values::{Found, Tokens};
use super::words::{folded_words, words};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    Date,
    Number,
    Name,
    Place,
    Quote,
}

impl ConflictKind {
    pub fn label(self) -> &'static str {
        match self {
            ConflictKind::Date => "date",
            ConflictKind::Number => "number",
            ConflictKind::Name => "name",
            ConflictKind::Place => "place",
            ConflictKind::Quote => "quote",
        }
    }
}

/// Two values that cannot both be true, as each report writes its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub left: String,
    pub right: String,
    /// Where each value is, as byte ranges of the claims given to [`conflicts`].
    #[serde(skip)]
    pub left_range: Range<usize>,
    #[serde(skip)]
    pub right_range: Range<usize>,
}

/// A name or a substitution in a word diff is at most this many words on either side.
const SUBSTITUTION_WORDS: usize = 4;

/// Names are compared only in claims at least this similar: in claims further apart,
/// another name is more often another part of the story than another value.
pub const NAMES_SIMILARITY: f64 = 0.5;

/// The conflicts between two claims that tell the same thing, in the left claim's order;
/// `similarity` is how alike the claims are (see `align`).
pub fn conflicts(left: &str, right: &str, similarity: f64) -> Vec<Conflict> {
    conflicts_quoted(left, right, similarity, (false, false))
}

/// [`conflicts`] of two claims that may start inside a quotation of their report
/// (`quoted`, left and right): such a claim without marks of its own is quoted words.
pub fn conflicts_quoted(
    left: &str,
    right: &str,
    similarity: f64,
    quoted: (bool, bool),
) -> Vec<Conflict> {
    let (lt, rt) = (Tokens::new(left), Tokens::new(right));
    let mut found = Vec::new();
    let (ld, rd) = (dates(&lt), dates(&rt));
    leftovers(&ld, &rd, |a, b| a.same_kind(*b), |a, b| a.compatible(*b))
        .into_iter()
        .for_each(|(l, r)| found.push(conflict(ConflictKind::Date, left, right, l, r)));
    let (lq, rq) = (quantities(&lt), quantities(&rt));
    leftovers(&lq, &rq, |a, b| a.unit == b.unit, Quantity::compatible)
        .into_iter()
        .for_each(|(l, r)| found.push(conflict(ConflictKind::Number, left, right, l, r)));
    let quotes_of = |text: &str, inside: bool| {
        let found = quotations(text);
        if !inside || !found.is_empty() || text.contains(['“', '”', '"']) {
            return found;
        }
        // The whole claim, from its first word to its last.
        let start = text.find(char::is_alphanumeric).unwrap_or(0);
        let end = text.rfind(char::is_alphanumeric).map_or(text.len(), |at| {
            at + text[at..].chars().next().map_or(1, char::len_utf8)
        });
        std::iter::once(start..end).collect()
    };
    let (lquotes, rquotes) = (quotes_of(left, quoted.0), quotes_of(right, quoted.1));
    if similarity >= NAMES_SIMILARITY {
        found.extend(name_conflicts(&lt, &rt, &lquotes, &rquotes));
    }
    let quotes = quote_conflicts(left, right, &lquotes, &rquotes);
    let quotes: Vec<Conflict> = quotes
        .into_iter()
        .filter(|q| !explained_by_values(q, &found, left, right))
        .collect();
    found.extend(quotes);
    found.sort_by_key(|c| c.left_range.start);
    found
}

fn conflict(
    kind: ConflictKind,
    left: &str,
    right: &str,
    l: Range<usize>,
    r: Range<usize>,
) -> Conflict {
    Conflict {
        kind,
        left: left[l.clone()].to_owned(),
        right: right[r.clone()].to_owned(),
        left_range: l,
        right_range: r,
    }
}

/// Values of one side with nothing compatible on the other, among values comparable
/// with something there; paired in order while both sides have some left.
fn leftovers<T>(
    left: &[Found<T>],
    right: &[Found<T>],
    comparable: impl Fn(&T, &T) -> bool,
    compatible: impl Fn(&T, &T) -> bool,
) -> Vec<(Range<usize>, Range<usize>)> {
    let alone = |this: &[Found<T>], other: &[Found<T>]| -> Vec<usize> {
        (0..this.len())
            .filter(|&i| {
                let v = &this[i].value;
                let peers: Vec<&Found<T>> =
                    other.iter().filter(|o| comparable(v, &o.value)).collect();
                !peers.is_empty() && !peers.iter().any(|o| compatible(v, &o.value))
            })
            .collect()
    };
    let (l, r) = (alone(left, right), alone(right, left));
    let mut pairs = Vec::new();
    let mut used = vec![false; r.len()];
    for &i in &l {
        // The first comparable value of the other side not yet paired.
        let partner =
            (0..r.len()).find(|&k| !used[k] && comparable(&left[i].value, &right[r[k]].value));
        if let Some(k) = partner {
            used[k] = true;
            pairs.push((left[i].range.clone(), right[r[k]].range.clone()));
        }
    }
    pairs
}

/// Names that one claim has where the other has another name in its place: a short
/// substitution in the word diff of the two claims, each side mostly a name that
/// agrees with no name of the other claim.
fn name_conflicts(
    lt: &Tokens,
    rt: &Tokens,
    lquotes: &[Range<usize>],
    rquotes: &[Range<usize>],
) -> Vec<Conflict> {
    let (ln, rn) = (names(lt, lquotes), names(rt, rquotes));
    let unmatched = |this: &[Found<Name>], other: &[Found<Name>]| -> Vec<Found<Name>> {
        this.iter()
            .filter(|n| !other.iter().any(|o| n.value.agrees(&o.value)))
            .cloned()
            .collect()
    };
    let (lu, ru) = (unmatched(&ln, &rn), unmatched(&rn, &ln));
    if lu.is_empty() || ru.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &lt.folded, &rt.folded) {
        let DiffOp::Replace {
            old_index,
            old_len,
            new_index,
            new_len,
        } = op
        else {
            continue;
        };
        if old_len > SUBSTITUTION_WORDS || new_len > SUBSTITUTION_WORDS {
            continue;
        }
        let within = |tokens: &Tokens, names: &[Found<Name>], first: usize, len: usize| {
            let range = tokens.range(first, first + len - 1);
            names
                .iter()
                .find(|n| n.range.start >= range.start && n.range.end <= range.end)
                .cloned()
        };
        let (Some(l), Some(r)) = (
            within(lt, &lu, old_index, old_len),
            within(rt, &ru, new_index, new_len),
        ) else {
            continue;
        };
        let kind = if l.value.kind == NameKind::Place || r.value.kind == NameKind::Place {
            ConflictKind::Place
        } else {
            ConflictKind::Name
        };
        found.push(conflict(kind, lt.text, rt.text, l.range, r.range));
    }
    found
}

/// Quotations of one statement worded differently: two quotations that share a run of
/// words, where each has words the other lacks in the same place. A fragment of the
/// other, or the other with words left out ("..."), is no conflict.
fn quote_conflicts(
    left: &str,
    right: &str,
    lquotes: &[Range<usize>],
    rquotes: &[Range<usize>],
) -> Vec<Conflict> {
    let mut found = Vec::new();
    let mut used = vec![false; rquotes.len()];
    for l in lquotes {
        let lw = spoken_words(&left[l.clone()]);
        let partner = rquotes
            .iter()
            .enumerate()
            .find(|(k, r)| !used[*k] && same_quotation(&lw, &spoken_words(&right[(*r).clone()])));
        let Some((k, r)) = partner else { continue };
        let rw = spoken_words(&right[r.clone()]);
        let replaced = capture_diff_slices(Algorithm::Myers, &lw, &rw)
            .iter()
            .any(|op| matches!(op, DiffOp::Replace { .. }));
        if replaced {
            used[k] = true;
            found.push(conflict(
                ConflictKind::Quote,
                left,
                right,
                l.clone(),
                r.clone(),
            ));
        }
    }
    found
}

/// Whether two quotations differ only by values already flagged inside them ("25
/// million" / "32 million"): the change is then shown once, as the value it is.
fn explained_by_values(quote: &Conflict, values: &[Conflict], left: &str, right: &str) -> bool {
    let within = |outer: &Range<usize>, inner: &Range<usize>| {
        outer.start <= inner.start && inner.end <= outer.end
    };
    let inside: Vec<&Conflict> = values
        .iter()
        .filter(|v| {
            within(&quote.left_range, &v.left_range) && within(&quote.right_range, &v.right_range)
        })
        .collect();
    if inside.is_empty() {
        return false;
    }
    // Each flagged value put back as one placeholder word on both sides.
    let blanked = |text: &str, quoted: &Range<usize>, cuts: Vec<Range<usize>>| {
        let mut out = String::new();
        let mut at = quoted.start;
        for cut in cuts {
            out.push_str(&text[at..cut.start]);
            out.push_str(" value ");
            at = cut.end;
        }
        out.push_str(&text[at..quoted.end]);
        spoken_words(&out)
    };
    let mut lefts: Vec<Range<usize>> = inside.iter().map(|v| v.left_range.clone()).collect();
    let mut rights: Vec<Range<usize>> = inside.iter().map(|v| v.right_range.clone()).collect();
    lefts.sort_by_key(|r| r.start);
    rights.sort_by_key(|r| r.start);
    blanked(left, &quote.left_range, lefts) == blanked(right, &quote.right_range, rights)
}

/// Whether two quotations quote one statement: most of the words of the longer in the
/// same order, with a run of three in common; for a quotation of a few words, all of
/// them but one.
fn same_quotation(a: &[String], b: &[String]) -> bool {
    let (shorter, longer) = (a.len().min(b.len()), a.len().max(b.len()));
    if (2..=4).contains(&longer) {
        let shared = a.iter().filter(|w| b.contains(w)).count().min(shorter);
        return shared + 1 >= longer;
    }
    let matched: usize = capture_diff_slices(Algorithm::Myers, a, b)
        .iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum();
    longest_run(a, b) >= 3 && matched * 10 >= longer * 6
}

/// The folded words of a quotation with contractions written out, so that "there's"
/// and "there is" quote the same words.
pub fn spoken_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in folded_words(text) {
        match expand(&word) {
            Some((a, b)) => {
                out.push(a.to_owned());
                out.push(b.to_owned());
            }
            None => out.push(word),
        }
    }
    out
}

fn expand(word: &str) -> Option<(&str, &'static str)> {
    const ENDINGS: &[(&str, &str)] = &[
        ("n't", "not"),
        ("'re", "are"),
        ("'ve", "have"),
        ("'ll", "will"),
        ("'m", "am"),
        ("'d", "would"),
    ];
    match word {
        "won't" => return Some(("will", "not")),
        "can't" => return Some(("can", "not")),
        "it's" | "that's" | "there's" | "here's" | "what's" | "he's" | "she's" | "who's" => {
            return Some((&word[..word.len() - 2], "is"))
        }
        "let's" => return Some(("let", "us")),
        _ => {}
    }
    ENDINGS
        .iter()
        .find(|(end, _)| word.ends_with(end) && word.len() > end.len())
        .map(|(end, full)| (&word[..word.len() - end.len()], *full))
}

/// The length of the longest run of words two sequences share.
///
/// Each shift of one sequence against the other is walked once, with no table: every
/// pair of candidate statements of a corpus is asked this. A shift that overlaps by no
/// more than the best run found cannot hold a longer one.
pub fn longest_run<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut best = 0;
    let shifts = (1..a.len())
        .map(|i| (i, 0))
        .chain((0..b.len()).map(|j| (0, j)));
    for (i, j) in shifts {
        if (a.len() - i).min(b.len() - j) <= best {
            continue;
        }
        let mut run = 0;
        for (x, y) in a[i..].iter().zip(&b[j..]) {
            run = if x == y { run + 1 } else { 0 };
            best = best.max(run);
        }
    }
    best
}

/// The words of each claim that the other lacks, as byte ranges of each: what a
/// reworded pair highlights.
pub fn differing_words(left: &str, right: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let (ls, rs): (Vec<Range<usize>>, Vec<Range<usize>>) =
        (words(left).collect(), words(right).collect());
    let fold = |text: &str, spans: &[Range<usize>]| -> Vec<String> {
        spans
            .iter()
            .map(|r| super::words::fold(&text[r.clone()]))
            .collect()
    };
    let (lw, rw) = (fold(left, &ls), fold(right, &rs));
    let (mut l, mut r) = (Vec::new(), Vec::new());
    for op in capture_diff_slices(Algorithm::Myers, &lw, &rw) {
        let (old, new) = match op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, 0..0),
            DiffOp::Insert {
                new_index, new_len, ..
            } => (0..0, new_index..new_index + new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (
                old_index..old_index + old_len,
                new_index..new_index + new_len,
            ),
        };
        l.extend(old.map(|i| ls[i].clone()));
        r.extend(new.map(|i| rs[i].clone()));
    }
    (l, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(left: &str, right: &str) -> Vec<(ConflictKind, String, String)> {
        conflicts(left, right, 1.0)
            .into_iter()
            .map(|c| (c.kind, c.left, c.right))
            .collect()
    }

    fn one(kind: ConflictKind, l: &str, r: &str) -> Vec<(ConflictKind, String, String)> {
        vec![(kind, l.to_owned(), r.to_owned())]
    }

    #[test]
    fn a_changed_weekday_month_or_number_is_a_conflict_with_both_values() {
        let base =
            "The fair, which opened on Friday after three days of rain, drew crowds in May 2019.";
        assert_eq!(
            shown(base, &base.replace("Friday", "Thursday")),
            one(ConflictKind::Date, "Friday", "Thursday")
        );
        assert_eq!(
            shown(base, &base.replace("three days", "four days")),
            one(ConflictKind::Number, "three days", "four days")
        );
        assert_eq!(
            shown(base, &base.replace("May 2019", "June 2019")),
            one(ConflictKind::Date, "May 2019", "June 2019")
        );
        assert!(shown(base, base).is_empty());
    }

    #[test]
    fn compatible_values_and_spelling_variants_are_not_conflicts() {
        assert!(shown(
            "Talks with Olena Zelenska lasted three hours on Friday.",
            "The talks with Zelenskaa were over three hours long, in 2019 on Friday 3 May."
        )
        .is_empty());
    }

    #[test]
    fn another_name_or_place_in_the_same_place() {
        assert_eq!(
            shown(
                "Ana Lima opened the bridge in Porto.",
                "Rui Costa opened the bridge in Porto."
            ),
            one(ConflictKind::Name, "Ana Lima", "Rui Costa")
        );
        assert_eq!(
            shown(
                "Ana Lima opened the bridge in Porto.",
                "Ana Lima opened the bridge in Braga."
            ),
            one(ConflictKind::Place, "Porto", "Braga")
        );
        // More said on one side is not a different name.
        assert!(shown(
            "Lima opened the bridge in Porto, a former fishing town on the Douro.",
            "Lima opened the bridge in Porto, Portugal."
        )
        .is_empty());
    }

    #[test]
    fn a_clause_from_inside_a_quotation_is_compared_as_quoted_words() {
        let (l, r) = (
            "and yes, we guard the northern coast with ships,",
            "and yes, we guard the southern coast with ships,",
        );
        let found = conflicts_quoted(l, r, 0.8, (true, true));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].kind, ConflictKind::Quote);
        assert_eq!(
            found[0].left,
            "and yes, we guard the northern coast with ships"
        );
        // Outside a quotation, the same two clauses are a rewording.
        assert!(conflicts(l, r, 0.8).is_empty());
    }

    #[test]
    fn a_value_changed_inside_a_quotation_is_flagged_once_as_the_value() {
        assert_eq!(
            shown(
                "He said “about 25 million more people now have a doctor” on the radio.",
                "He said “about 32 million more people now have a doctor” on the radio.",
            ),
            one(ConflictKind::Number, "about 25 million", "about 32 million")
        );
        assert_eq!(
            shown(
                "“We met on Sunday and we talked for hours,” she said.",
                "“We met on Tuesday and we talked for hours,” she said.",
            ),
            one(ConflictKind::Date, "Sunday", "Tuesday")
        );
        // A word changed beside the value: the quotation is flagged as well.
        let both = shown(
            "“We met on Sunday and we talked for hours,” she said.",
            "“We met on Tuesday and we argued for hours,” she said.",
        );
        assert_eq!(both.len(), 2, "{both:?}");
    }

    #[test]
    fn a_quotation_worded_differently_but_not_a_fragment_of_it() {
        assert_eq!(
            shown(
                "She called it 'very productive' and left.",
                "She called it 'very positive' and left."
            ),
            one(ConflictKind::Quote, "very productive", "very positive")
        );
        assert!(shown(
            "He said “there's no deal until there is a deal”.",
            "He said “there is no deal until there is a deal, and we will see”."
        )
        .is_empty());
    }

    #[test]
    fn differing_words_of_a_reworded_pair() {
        let (l, r) = differing_words(
            "The talks lasted three hours.",
            "The talks ran three hours.",
        );
        assert_eq!(l, vec![10..16]);
        assert_eq!(r, vec![10..13]);
    }

    #[test]
    fn longest_run_of_shared_words() {
        assert_eq!(
            longest_run(&["a", "b", "c", "d"], &["x", "b", "c", "d", "a"]),
            3
        );
        assert_eq!(longest_run::<&str>(&[], &["a"]), 0);
    }

    /// The longest shared run as a table of the runs ending at each pair of words.
    fn longest_run_by_table(a: &[u8], b: &[u8]) -> usize {
        let mut table = vec![vec![0; b.len() + 1]; a.len() + 1];
        let mut best = 0;
        for i in 0..a.len() {
            for j in 0..b.len() {
                if a[i] == b[j] {
                    table[i + 1][j + 1] = table[i][j] + 1;
                    best = best.max(table[i + 1][j + 1]);
                }
            }
        }
        best
    }

    #[test]
    fn longest_run_agrees_with_the_table_on_every_short_pair() {
        // Every sequence of up to six words over three, against every other.
        let all: Vec<Vec<u8>> = (0..=6u32)
            .flat_map(|len| {
                (0..3u32.pow(len)).map(move |mut n| {
                    (0..len)
                        .map(|_| {
                            let w = (n % 3) as u8;
                            n /= 3;
                            w
                        })
                        .collect()
                })
            })
            .collect();
        for a in all.iter().step_by(7) {
            for b in &all {
                assert_eq!(longest_run(a, b), longest_run_by_table(a, b), "{a:?} {b:?}");
            }
        }
    }
}
