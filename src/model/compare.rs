use serde::Serialize;
use std::collections::HashSet;

use super::align::{align, ClaimPair};
use super::{Corpus, EventId, ReportId, Statement, StatementId};

/// What two reports share and what only one of them has.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub left: ReportId,
    pub right: ReportId,
    /// In time order.
    pub shared_events: Vec<EventId>,
    pub only_left_events: Vec<EventId>,
    pub only_right_events: Vec<EventId>,
    /// In the left report's order.
    pub shared_statements: Vec<StatementPair>,
    pub only_left_statements: Vec<StatementId>,
    pub only_right_statements: Vec<StatementId>,
    /// Both bodies claim by claim, in the left report's order.
    pub claims: Vec<ClaimPair>,
}

/// The same statement as quoted by both reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementPair {
    pub left: StatementId,
    pub right: StatementId,
    /// False when the reports word the statement differently.
    pub same_words: bool,
    /// True when the pair comes from an annotation link, false when parley matched the
    /// statements itself (same speaker, mostly the same words).
    pub annotated: bool,
}

/// The least share of content words two unlinked statements of one speaker must have in
/// common to count as the same statement.
const SIMILAR_ENOUGH: f64 = 0.5;

impl Corpus {
    /// Compares two reports of the corpus; `None` if either id is unknown.
    pub fn compare(&self, left: &ReportId, right: &ReportId) -> Option<Comparison> {
        let left_body = &self.report(left)?.body;
        let right_body = &self.report(right)?.body;
        let (shared_events, only_left_events, only_right_events) = self.split_events(left, right);
        let pairs = self.pair_statements(left, right);
        let paired_left: HashSet<&StatementId> = pairs.iter().map(|p| &p.left).collect();
        let paired_right: HashSet<&StatementId> = pairs.iter().map(|p| &p.right).collect();
        let unpaired = |report: &ReportId, paired: &HashSet<&StatementId>| {
            self.statements_in(report)
                .filter(|s| !paired.contains(&s.id))
                .map(|s| s.id.clone())
                .collect()
        };
        Some(Comparison {
            left: left.clone(),
            right: right.clone(),
            shared_events,
            only_left_events,
            only_right_events,
            only_left_statements: unpaired(left, &paired_left),
            only_right_statements: unpaired(right, &paired_right),
            shared_statements: pairs,
            claims: align(self.rarity(), left_body, right_body),
        })
    }

    fn split_events(
        &self,
        left: &ReportId,
        right: &ReportId,
    ) -> (Vec<EventId>, Vec<EventId>, Vec<EventId>) {
        let (mut shared, mut only_left, mut only_right) = (Vec::new(), Vec::new(), Vec::new());
        let timeline = self.timeline();
        for &i in timeline.dated.iter().chain(&timeline.undated) {
            let id = &self.events()[i].id;
            let reports = self.reports_mentioning(id);
            match (reports.contains(&left), reports.contains(&right)) {
                (true, true) => shared.push(id.clone()),
                (true, false) => only_left.push(id.clone()),
                (false, true) => only_right.push(id.clone()),
                (false, false) => {}
            }
        }
        (shared, only_left, only_right)
    }

    /// Annotated links first; then, among what is left, statements of the same speaker
    /// whose words mostly overlap, best match first, each statement used once.
    fn pair_statements(&self, left: &ReportId, right: &ReportId) -> Vec<StatementPair> {
        let mut pairs = Vec::new();
        let mut used: HashSet<&StatementId> = HashSet::new();
        for l in self.statements_in(left) {
            for r in self.linked(&l.id).filter(|r| &r.report == right) {
                if !used.contains(&l.id) && !used.contains(&r.id) {
                    used.extend([&l.id, &r.id]);
                    pairs.push(self.pair(l, r, true));
                }
            }
        }
        let mut candidates = Vec::new();
        for l in self.statements_in(left).filter(|s| !used.contains(&s.id)) {
            for r in self.statements_in(right).filter(|s| !used.contains(&s.id)) {
                if l.speaker == r.speaker {
                    let score = word_overlap(
                        self.text(&l.report, &l.content),
                        self.text(&r.report, &r.content),
                    );
                    if score >= SIMILAR_ENOUGH {
                        candidates.push((score, l, r));
                    }
                }
            }
        }
        candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (_, l, r) in candidates {
            if !used.contains(&l.id) && !used.contains(&r.id) {
                used.extend([&l.id, &r.id]);
                pairs.push(self.pair(l, r, false));
            }
        }
        let order = |id: &StatementId| self.statement_index(id);
        pairs.sort_by_key(|p| order(&p.left));
        pairs
    }

    fn pair(&self, left: &Statement, right: &Statement, annotated: bool) -> StatementPair {
        StatementPair {
            left: left.id.clone(),
            right: right.id.clone(),
            same_words: normalise(self.text(&left.report, &left.content))
                == normalise(self.text(&right.report, &right.content)),
            annotated,
        }
    }
}

fn normalise(text: &str) -> String {
    words(text).collect::<Vec<_>>().join(" ")
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Jaccard similarity of the two texts' word sets.
fn word_overlap(a: &str, b: &str) -> f64 {
    let a: HashSet<String> = words(a).collect();
    let b: HashSet<String> = words(b).collect();
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_overlap_ignores_case_and_punctuation() {
        assert_eq!(word_overlap("Big progress!", "big PROGRESS"), 1.0);
        assert_eq!(word_overlap("a b", "c d"), 0.0);
        assert!((word_overlap("a b c", "a b d") - 0.5).abs() < 1e-9);
    }
}
