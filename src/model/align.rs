//! Claims of two reports aligned by what they say: each claim's terms (stems of its
//! content words, numbers, names, dates) weighted by how rare they are in the corpus
//! (inverse document frequency over claims), candidates found through an inverted
//! index of the other report's terms, scored by the weighted overlap of their terms,
//! with the reports' order to break ties.

use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

use super::claims::claims;
use super::conflicts::{conflicts_quoted, differing_words, Conflict};
use super::shingles::{shared_runs, word_overlap, Side};
use super::values::dates::dates;
use super::values::quantities::quantities;
use super::values::Tokens;
use super::words::{fold, term, words};

/// How rare each term is: in how many claims of the corpus (or of a sample of its
/// reports) it occurs.
#[derive(Debug, Clone, Default)]
pub struct Rarity {
    claims: u32,
    counts: HashMap<String, u32>,
}

impl Rarity {
    /// Counts the terms of every claim of `bodies`.
    pub fn new<'a>(bodies: impl IntoIterator<Item = &'a str>) -> Self {
        let mut rarity = Rarity::default();
        for body in bodies {
            for claim in claims(body) {
                let mut terms = terms(&body[claim]);
                terms.sort_unstable();
                terms.dedup();
                rarity.claims += 1;
                for t in terms {
                    *rarity.counts.entry(t).or_default() += 1;
                }
            }
        }
        rarity
    }

    /// A term's weight: its inverse document frequency, as BM25 computes it.
    pub fn weight(&self, term: &str) -> f64 {
        let n = f64::from(self.claims);
        let df = f64::from(self.counts.get(term).copied().unwrap_or(0));
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }
}

/// The terms of a claim, in order, repeats kept; then one term for each day, date and
/// quantity it gives, so that a shared value ("on Friday", "three hours") weighs as a
/// fact, more than its words alone.
pub fn terms(text: &str) -> Vec<String> {
    cased_terms(text).into_iter().map(|(t, _)| t).collect()
}

/// How a term is written where it occurs: capitalised inside a claim (a name, most
/// likely), in lower case, or where case tells nothing (a claim's first word, a value).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    Capital,
    Lower,
    Unknown,
}

fn cased_terms(text: &str) -> Vec<(String, Case)> {
    let mut terms = Vec::new();
    for (k, r) in words(text).enumerate() {
        let word = &text[r];
        let Some(t) = term(&fold(word)) else { continue };
        let case = match word.chars().next() {
            _ if k == 0 => Case::Unknown,
            Some(c) if c.is_uppercase() => Case::Capital,
            Some(c) if c.is_lowercase() => Case::Lower,
            _ => Case::Unknown,
        };
        terms.push((t, case));
    }
    let tokens = Tokens::new(text);
    for date in dates(&tokens) {
        terms.push((format!("date:{:?}", date.value), Case::Unknown));
    }
    for quantity in quantities(&tokens) {
        let q = quantity.value;
        let key = format!("quantity:{}:{}", q.low.min(q.high), q.unit);
        terms.push((key, Case::Unknown));
    }
    terms
}

/// How the claims of a row relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same words.
    Same,
    Reworded,
    /// Telling the same thing with a value that disagrees.
    Conflicting,
    OnlyLeft,
    OnlyRight,
}

impl Relation {
    pub fn label(self) -> &'static str {
        match self {
            Relation::Same => "same",
            Relation::Reworded => "reworded",
            Relation::Conflicting => "conflicting",
            Relation::OnlyLeft => "only_left",
            Relation::OnlyRight => "only_right",
        }
    }
}

/// A claim as the output shows it: where it is in its report's body, and its words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimText {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl ClaimText {
    fn new(body: &str, range: &Range<usize>) -> Self {
        ClaimText {
            start: range.start,
            end: range.end,
            text: body[range.clone()].to_owned(),
        }
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// A row of aligned claims: both sides, or one side alone.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClaimPair {
    pub relation: Relation,
    pub left: Option<ClaimText>,
    pub right: Option<ClaimText>,
    pub similarity: f64,
    pub conflicts: Vec<Conflict>,
    /// The words of each side that the other lacks, as byte ranges of each body.
    #[serde(skip)]
    pub differing: (Vec<Range<usize>>, Vec<Range<usize>>),
}

/// The least similarity of two claims that tell the same thing; of two that share a
/// value (a day, a date, a quantity), a little less.
pub const SIMILAR_ENOUGH: f64 = 0.4;
pub const SIMILAR_SHARING_A_VALUE: f64 = 0.35;
/// The least share of words in common of two claims aligned for a quoted run alone.
const RUN_OVERLAP: f64 = 0.2;
/// What a name weighs against another word as rare.
const NAME_WEIGHT: f64 = 0.5;
/// Candidates this close to the best are told apart by the reports' order.
const TIE: f64 = 0.03;
/// Words a claim needs for the same words alone to align it: "He said no." in two
/// reports is no shared fact.
const SAME_WORDS: usize = 5;
/// How near (as a share of each report) two shorter claims in the same words must be.
const SAME_PLACE: f64 = 0.1;

/// A claim with its terms as numbers and their total weight.
struct Prepared {
    range: Range<usize>,
    terms: Vec<u32>,
    mass: f64,
}

/// Terms that stand for a value rather than a word.
fn is_value(term: &str) -> bool {
    term.starts_with("date:") || term.starts_with("quantity:")
}

/// Aligns the claims of two bodies; rows in the left report's order, a right-only claim
/// after the row of the nearest aligned claim before it.
pub fn align(rarity: &Rarity, left: &str, right: &str) -> Vec<ClaimPair> {
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut weights: Vec<f64> = Vec::new();
    // For each term, how often it is written with a capital and in lower case.
    let mut cases: Vec<(u32, u32)> = Vec::new();
    let mut prepare = |body: &str| -> Vec<Prepared> {
        claims(body)
            .into_iter()
            .map(|range| {
                let mut terms: Vec<u32> = cased_terms(&body[range.clone()])
                    .into_iter()
                    .map(|(t, case)| {
                        let next = ids.len() as u32;
                        let id = *ids.entry(t).or_insert_with_key(|t| {
                            weights.push(rarity.weight(t));
                            cases.push((0, 0));
                            next
                        });
                        match case {
                            Case::Capital => cases[id as usize].0 += 1,
                            Case::Lower => cases[id as usize].1 += 1,
                            Case::Unknown => {}
                        }
                        id
                    })
                    .collect();
                terms.sort_unstable();
                terms.dedup();
                Prepared {
                    range,
                    terms,
                    mass: 0.0,
                }
            })
            .collect()
    };
    let mut l = prepare(left);
    let mut r = prepare(right);
    // A term in many claims of these two reports (the story's main names) tells their
    // claims apart less than its rarity in the corpus says.
    let mut local = vec![0u32; weights.len()];
    for claim in l.iter().chain(&r) {
        for &t in &claim.terms {
            local[t as usize] += 1;
        }
    }
    for (weight, &count) in weights.iter_mut().zip(&local) {
        *weight *= (2.0 / f64::from(count.max(2))).sqrt();
    }
    // Names say who or where, not what: two claims about one person doing different
    // things share the name. A name counts for half.
    for (weight, &(capital, lower)) in weights.iter_mut().zip(&cases) {
        if capital > 0 && capital >= 4 * lower {
            *weight *= NAME_WEIGHT;
        }
    }
    for claim in l.iter_mut().chain(r.iter_mut()) {
        claim.mass = claim.terms.iter().map(|&t| weights[t as usize]).sum();
    }
    let mut values = vec![false; weights.len()];
    for (t, &id) in &ids {
        values[id as usize] = is_value(t);
    }
    let mut scores = candidates(&l, &r, &weights, &values);
    // The same quote in both: aligned however different the sentences around it.
    let side = |body, claims: &[Prepared]| {
        Side::new(body, claims.iter().map(|c| c.range.clone()).collect())
    };
    for (i, j, share) in shared_runs(&side(left, &l), &side(right, &r)) {
        // Sentences that share a quoted run but little else tell different things.
        if word_overlap(&left[l[i].range.clone()], &right[r[j].range.clone()]) < RUN_OVERLAP {
            continue;
        }
        match scores.iter_mut().find(|s| s.0 == i && s.1 == j) {
            Some(s) => s.2 = s.2.max(share),
            None => scores.push((i, j, share)),
        }
    }
    // Claims in the same words are one claim even with too few telling words to be
    // found above ("That was then; this is now.").
    let mut by_words: HashMap<Vec<String>, Vec<usize>> = HashMap::new();
    for (j, claim) in r.iter().enumerate() {
        if claim.terms.len() < 2 {
            let words = super::words::folded_words(&right[claim.range.clone()]);
            if !words.is_empty() {
                by_words.entry(words).or_default().push(j);
            }
        }
    }
    // A shorter one ("Netflix.") only where both reports have it at about the same place.
    let place = |k: usize, of: usize| k as f64 / of.max(1) as f64;
    for (i, claim) in l.iter().enumerate() {
        if claim.terms.len() < 2 {
            let words = super::words::folded_words(&left[claim.range.clone()]);
            for &j in by_words.get(&words).map_or(&[][..], Vec::as_slice) {
                let near = (place(i, l.len()) - place(j, r.len())).abs() <= SAME_PLACE;
                if words.len() >= SAME_WORDS || near {
                    scores.push((i, j, 1.0));
                }
            }
        }
    }
    scores.sort_by_key(|&(i, j, _)| (i, j));
    let links = choose(&scores, l.len(), r.len());
    rows(left, right, &l, &r, &links)
}

/// Every pair of claims sharing at least two terms and similar enough, found through
/// an index of the right claims' terms: (left, right, similarity).
fn candidates(
    l: &[Prepared],
    r: &[Prepared],
    weights: &[f64],
    values: &[bool],
) -> Vec<(usize, usize, f64)> {
    let mut index: HashMap<u32, Vec<u32>> = HashMap::new();
    for (j, claim) in r.iter().enumerate() {
        for &t in &claim.terms {
            index.entry(t).or_default().push(j as u32);
        }
    }
    let mut found = Vec::new();
    let mut shared: HashMap<u32, (f64, u32, bool)> = HashMap::new();
    for (i, claim) in l.iter().enumerate() {
        shared.clear();
        for t in &claim.terms {
            for &j in index.get(t).map_or(&[][..], Vec::as_slice) {
                let entry = shared.entry(j).or_default();
                entry.0 += weights[*t as usize];
                entry.1 += 1;
                entry.2 |= values[*t as usize];
            }
        }
        for (&j, &(weight, count, value)) in &shared {
            let other = &r[j as usize];
            let norm = (claim.mass * other.mass).sqrt();
            let similarity = if norm > 0.0 { weight / norm } else { 0.0 };
            let least = if value {
                SIMILAR_SHARING_A_VALUE
            } else {
                SIMILAR_ENOUGH
            };
            if count >= 2 && similarity >= least {
                found.push((i, j as usize, similarity));
            }
        }
    }
    found.sort_by_key(|&(i, j, _)| (i, j));
    found
}

/// The pairs kept: each claim's best partner, on either side, where candidates about
/// as good are told apart by how near each is to where the order of the reports
/// expects it.
fn choose(scores: &[(usize, usize, f64)], left: usize, right: usize) -> Vec<(usize, usize, f64)> {
    let best_of = |key: &dyn Fn(&(usize, usize, f64)) -> usize,
                   other: &dyn Fn(&(usize, usize, f64)) -> usize,
                   count: usize,
                   scale: f64|
     -> Vec<Option<usize>> {
        let mut best: Vec<Option<usize>> = vec![None; count];
        for (k, s) in scores.iter().enumerate() {
            let slot = &mut best[key(s)];
            let better = match slot {
                None => true,
                Some(b) => {
                    let b = &scores[*b];
                    let expected = key(s) as f64 * scale;
                    let distance = |x: &(usize, usize, f64)| (other(x) as f64 - expected).abs();
                    s.2 > b.2 + TIE || (s.2 + TIE >= b.2 && distance(s) < distance(b))
                }
            };
            if better {
                *slot = Some(k);
            }
        }
        best
    };
    let ratio = right.max(1) as f64 / left.max(1) as f64;
    let for_left = best_of(&|s| s.0, &|s| s.1, left, ratio);
    let for_right = best_of(&|s| s.1, &|s| s.0, right, 1.0 / ratio);
    let mut kept: Vec<usize> = for_left.into_iter().chain(for_right).flatten().collect();
    kept.sort_unstable();
    kept.dedup();
    kept.into_iter().map(|k| scores[k]).collect()
}

/// The rows: left claims in order, each with its partners (or alone); right claims
/// without a partner after the row of the nearest partnered right claim before them,
/// or, before the first, just ahead of its row.
fn rows(
    left: &str,
    right: &str,
    l: &[Prepared],
    r: &[Prepared],
    links: &[(usize, usize, f64)],
) -> Vec<ClaimPair> {
    let mut partnered = vec![false; r.len()];
    for &(_, j, _) in links {
        partnered[j] = true;
    }
    // Right-only claims, grouped by the partnered right claim they follow.
    let mut after: HashMap<Option<usize>, Vec<usize>> = HashMap::new();
    let mut last = None;
    for (j, &partnered) in partnered.iter().enumerate() {
        if partnered {
            last = Some(j);
        } else {
            after.entry(last).or_default().push(j);
        }
    }
    let only_right = |j: usize| ClaimPair {
        relation: Relation::OnlyRight,
        left: None,
        right: Some(ClaimText::new(right, &r[j].range)),
        similarity: 0.0,
        conflicts: Vec::new(),
        differing: (Vec::new(), Vec::new()),
    };
    // The right claims before its first partnered one go just before that pair's row,
    // after the left claims before it: each report opens in its own order, rather
    // than the right's opening standing above the left's first line.
    let first_right = links.iter().map(|x| x.1).min();
    let lead = first_right.and_then(|j| links.iter().filter(|x| x.1 == j).map(|x| x.0).min());
    let mut leading = after.remove(&None).unwrap_or_default();
    let mut out: Vec<ClaimPair> = Vec::new();
    let mut placed = vec![false; r.len()];
    for (i, claim) in l.iter().enumerate() {
        if Some(i) == lead {
            out.extend(std::mem::take(&mut leading).into_iter().map(only_right));
        }
        let mine: Vec<&(usize, usize, f64)> = links.iter().filter(|x| x.0 == i).collect();
        if mine.is_empty() {
            out.push(ClaimPair {
                relation: Relation::OnlyLeft,
                left: Some(ClaimText::new(left, &claim.range)),
                right: None,
                similarity: 0.0,
                conflicts: Vec::new(),
                differing: (Vec::new(), Vec::new()),
            });
            continue;
        }
        for &&(_, j, similarity) in &mine {
            out.push(pair(left, right, &claim.range, &r[j].range, similarity));
            if !placed[j] {
                placed[j] = true;
                out.extend(
                    after
                        .remove(&Some(j))
                        .unwrap_or_default()
                        .into_iter()
                        .map(only_right),
                );
            }
        }
    }
    out.extend(leading.into_iter().map(only_right));
    out
}

/// A row of two claims: the same words, or reworded, or conflicting.
fn pair(left: &str, right: &str, l: &Range<usize>, r: &Range<usize>, similarity: f64) -> ClaimPair {
    let (lt, rt) = (&left[l.clone()], &right[r.clone()]);
    let same = super::words::folded_words(lt) == super::words::folded_words(rt);
    let mut found = if same {
        Vec::new()
    } else {
        let quoted = (
            super::claims::inside_quotation(left, l.start),
            super::claims::inside_quotation(right, r.start),
        );
        conflicts_quoted(lt, rt, similarity, quoted)
    };
    for c in &mut found {
        c.left_range = offset(&c.left_range, l.start);
        c.right_range = offset(&c.right_range, r.start);
    }
    let differing = if same {
        (Vec::new(), Vec::new())
    } else {
        let (dl, dr) = differing_words(lt, rt);
        (
            dl.iter().map(|x| offset(x, l.start)).collect(),
            dr.iter().map(|x| offset(x, r.start)).collect(),
        )
    };
    let relation = if same {
        Relation::Same
    } else if found.is_empty() {
        Relation::Reworded
    } else {
        Relation::Conflicting
    };
    ClaimPair {
        relation,
        left: Some(ClaimText::new(left, l)),
        right: Some(ClaimText::new(right, r)),
        similarity: if same {
            1.0
        } else {
            (similarity * 1000.0).round() / 1000.0
        },
        conflicts: found,
        differing,
    }
}

fn offset(range: &Range<usize>, by: usize) -> Range<usize> {
    range.start + by..range.end + by
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEFT: &str = "The harbour festival opened in Porto on Friday.\n\
        Organisers said forty thousand visitors came over three days.\n\
        The mayor praised the volunteers who cleaned the beach.\n\
        Tickets sold out within an hour of going on sale.";
    const RIGHT: &str =
        "Forty thousand visitors came to the harbour festival over three days, organisers said.\n\
        Local bakeries reported record sales.\n\
        The festival in Porto opened on Thursday.";

    fn aligned(left: &str, right: &str) -> Vec<ClaimPair> {
        let rarity = Rarity::new([left, right]);
        align(&rarity, left, right)
    }

    fn text(side: &Option<ClaimText>) -> &str {
        side.as_ref().map_or("", |c| c.text.as_str())
    }

    #[test]
    fn claims_that_tell_the_same_thing_are_aligned_and_the_rest_stand_alone() {
        let rows = aligned(LEFT, RIGHT);
        let shown: Vec<(Relation, &str, &str)> = rows
            .iter()
            .map(|p| (p.relation, text(&p.left), text(&p.right)))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    Relation::Conflicting,
                    "The harbour festival opened in Porto on Friday.",
                    "The festival in Porto opened on Thursday."
                ),
                (
                    Relation::Reworded,
                    "Organisers said forty thousand visitors came over three days.",
                    "Forty thousand visitors came to the harbour festival over three days, organisers said."
                ),
                (Relation::OnlyRight, "", "Local bakeries reported record sales."),
                (Relation::OnlyLeft, "The mayor praised the volunteers who cleaned the beach.", ""),
                (Relation::OnlyLeft, "Tickets sold out within an hour of going on sale.", ""),
            ]
        );
        let conflict = &rows[0].conflicts[0];
        assert_eq!(
            (conflict.left.as_str(), conflict.right.as_str()),
            ("Friday", "Thursday")
        );
        assert_eq!(&LEFT[conflict.left_range.clone()], "Friday");
        assert_eq!(&RIGHT[conflict.right_range.clone()], "Thursday");
    }

    #[test]
    fn each_report_opens_in_its_own_order_before_the_first_pair() {
        let left = "The mayor praised the volunteers who cleaned the beach.\n\
                    The harbour festival opened in Porto on Friday.";
        let right = "Local bakeries reported record sales.\n\
                     The festival in Porto opened on Thursday.";
        let rows = aligned(left, right);
        let relations: Vec<Relation> = rows.iter().map(|p| p.relation).collect();
        assert_eq!(
            relations,
            [
                Relation::OnlyLeft,
                Relation::OnlyRight,
                Relation::Conflicting
            ]
        );
        // With nothing paired, the left report comes first.
        let rows = aligned(
            "The mayor praised the volunteers.",
            "Local bakeries sold out.",
        );
        let relations: Vec<Relation> = rows.iter().map(|p| p.relation).collect();
        assert_eq!(relations, [Relation::OnlyLeft, Relation::OnlyRight]);
    }

    #[test]
    fn the_same_report_is_the_same_claim_by_claim() {
        let rows = aligned(LEFT, LEFT);
        assert_eq!(rows.len(), 4);
        assert!(rows
            .iter()
            .all(|p| p.relation == Relation::Same && p.similarity == 1.0));
    }

    #[test]
    fn claims_in_the_same_common_words_are_the_same_claim() {
        let left = "The ferry sailed from the north quay.\nThat was then; this is now.\n";
        let right = "That was then; this is now.\nThe ferry left the north quay.\n";
        let rows = aligned(left, right);
        assert!(
            rows.iter()
                .any(|p| p.relation == Relation::Same
                    && text(&p.left) == "That was then; this is now."),
            "{rows:#?}"
        );
        // A short one only at about the same place in both.
        let story = |lead: &str, tail: &str| {
            let mut text = format!("{lead}\n");
            for k in 0..12 {
                text.push_str(&format!(
                    "Harbour note number {k} about the ferry timetable.\n"
                ));
            }
            text + tail + "\n"
        };
        let rows = aligned(&story("Netflix.", ""), &story("", "Netflix."));
        assert!(
            rows.iter()
                .all(|p| p.relation != Relation::Same || text(&p.left) != "Netflix."),
            "{rows:#?}"
        );
        let rows = aligned(&story("Netflix.", ""), &story("Netflix.", ""));
        assert!(
            rows.iter()
                .any(|p| p.relation == Relation::Same && text(&p.left) == "Netflix."),
            "{rows:#?}"
        );
    }

    #[test]
    fn sentences_sharing_only_common_words_are_not_aligned() {
        let left = "The minister said the plan was good for the country.\nRain fell on the coast.";
        let right = "The team said the game was good for the fans.\nSnow fell in the hills.";
        let rows = aligned(left, right);
        assert!(
            rows.iter().all(|p| p.left.is_none() || p.right.is_none()),
            "{rows:#?}"
        );
    }

    #[test]
    fn spans_are_byte_offsets_into_each_body() {
        for row in aligned(LEFT, RIGHT) {
            if let Some(l) = &row.left {
                assert_eq!(&LEFT[l.range()], l.text);
            }
            if let Some(r) = &row.right {
                assert_eq!(&RIGHT[r.range()], r.text);
            }
        }
    }
}
