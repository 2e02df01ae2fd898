//! The rows of a comparison, in an order that reads like a diff of the two reports:
//! events in time order, statements in the left report's order (what only one side
//! says placed where it appears in its report), and claims as the alignment orders
//! them. Shared by the browser's Compare screen and anything else that lists them.

use std::collections::HashMap;
use std::ops::Range;

use super::{Comparison, Corpus, EventId, Relation, ReportId, StatementId};

/// Which rows a comparison lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowSet {
    /// The bodies claim by claim.
    #[default]
    Claims,
    /// Events and statements.
    Statements,
    /// Events, statements, then claims.
    All,
}

impl RowSet {
    /// The next set, in the order a key cycles through them.
    pub fn next(self) -> RowSet {
        match self {
            RowSet::Claims => RowSet::Statements,
            RowSet::Statements => RowSet::All,
            RowSet::All => RowSet::Claims,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            RowSet::Claims => "claims",
            RowSet::Statements => "statements and events",
            RowSet::All => "claims, statements and events",
        }
    }
}

/// What a side of a row points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Event(EventId),
    /// An index into [`Corpus::statements`].
    Statement(usize),
    /// An index into [`Comparison::claims`].
    Claim(usize),
}

/// A row: how its sides relate, and what each side shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub relation: Relation,
    pub left: Option<Item>,
    pub right: Option<Item>,
}

impl Row {
    /// Whether the row is a difference between the reports (`n` / `N` stop on these).
    pub fn differs(&self) -> bool {
        self.relation != Relation::Same
    }
}

/// The rows of `set`.
pub fn rows(corpus: &Corpus, c: &Comparison, set: RowSet) -> Vec<Row> {
    let mut rows = Vec::new();
    if set != RowSet::Claims {
        rows.extend(event_rows(corpus, c));
        rows.extend(statement_rows(corpus, c));
    }
    if set != RowSet::Statements {
        rows.extend(c.claims.iter().enumerate().map(|(i, claim)| Row {
            relation: claim.relation,
            left: claim.left.as_ref().map(|_| Item::Claim(i)),
            right: claim.right.as_ref().map(|_| Item::Claim(i)),
        }));
    }
    rows
}

fn event_rows(corpus: &Corpus, c: &Comparison) -> Vec<Row> {
    let timeline = corpus.timeline();
    let mut rows = Vec::new();
    for &i in timeline.dated.iter().chain(&timeline.undated) {
        let id = &corpus.events()[i].id;
        let event = || Some(Item::Event(id.clone()));
        if c.shared_events.contains(id) {
            rows.push(row(Relation::Same, event(), event()));
        } else if c.only_left_events.contains(id) {
            rows.push(row(Relation::OnlyLeft, event(), None));
        } else if c.only_right_events.contains(id) {
            rows.push(row(Relation::OnlyRight, None, event()));
        }
    }
    rows
}

fn statement_rows(corpus: &Corpus, c: &Comparison) -> Vec<Row> {
    let index = |id: &StatementId| corpus.statement_index(id);
    let partner: HashMap<usize, (usize, bool)> = c
        .shared_statements
        .iter()
        .filter_map(|p| Some((index(&p.left)?, (index(&p.right)?, p.same_words))))
        .collect();
    let paired_right: Vec<usize> = partner.values().map(|(r, _)| *r).collect();
    let mut right_rest = positions(corpus, &c.right)
        .into_iter()
        .filter(|i| !paired_right.contains(i))
        .peekable();
    let mut rows = Vec::new();
    for l in positions(corpus, &c.left) {
        match partner.get(&l) {
            Some(&(r, same_words)) => {
                // Right-only statements that come before the partner go first.
                while let Some(&only) = right_rest.peek().filter(|&&only| only < r) {
                    rows.push(row(Relation::OnlyRight, None, Some(Item::Statement(only))));
                    right_rest.next();
                }
                let relation = if same_words {
                    Relation::Same
                } else {
                    Relation::Reworded
                };
                rows.push(row(
                    relation,
                    Some(Item::Statement(l)),
                    Some(Item::Statement(r)),
                ));
            }
            None => rows.push(row(Relation::OnlyLeft, Some(Item::Statement(l)), None)),
        }
    }
    rows.extend(right_rest.map(|r| row(Relation::OnlyRight, None, Some(Item::Statement(r)))));
    rows
}

fn positions(corpus: &Corpus, report: &ReportId) -> Vec<usize> {
    corpus
        .statements_in(report)
        .filter_map(|s| corpus.statement_index(&s.id))
        .collect()
}

fn row(relation: Relation, left: Option<Item>, right: Option<Item>) -> Row {
    Row {
        relation,
        left,
        right,
    }
}

/// Where an item is in a report's body: a statement's words, a claim, or the event's
/// first mention there (or the first statement made at it).
pub fn place(
    corpus: &Corpus,
    c: &Comparison,
    item: &Item,
    report: &ReportId,
) -> Option<Range<usize>> {
    match item {
        Item::Statement(i) => corpus.statements().get(*i).map(|s| s.content.range()),
        Item::Claim(i) => {
            let claim = c.claims.get(*i)?;
            let side = if report == &c.left {
                &claim.left
            } else {
                &claim.right
            };
            side.as_ref().map(|s| s.range())
        }
        Item::Event(id) => {
            let event = corpus.event(id)?;
            event
                .mentions
                .iter()
                .find(|m| &m.report == report)
                .map(|m| m.span.range())
                .or_else(|| {
                    corpus
                        .statements_at(id)
                        .find(|s| &s.report == report)
                        .map(|s| s.content.range())
                })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn claims_statements_or_both_with_differences_marked() {
        let corpus = crate::corpus::bundled().corpus;
        let c = corpus
            .compare(&ReportId::new("summit"), &ReportId::new("aftermath"))
            .unwrap();
        let claims = rows(&corpus, &c, RowSet::Claims);
        let statements = rows(&corpus, &c, RowSet::Statements);
        let all = rows(&corpus, &c, RowSet::All);
        assert_eq!(claims.len(), c.claims.len());
        assert_eq!(all.len(), claims.len() + statements.len());
        assert!(claims
            .iter()
            .all(|r| matches!(r.left, None | Some(Item::Claim(_)))));
        assert!(statements
            .iter()
            .all(|r| !matches!(r.left, Some(Item::Claim(_)))));
        let reworded = claims
            .iter()
            .find(|r| r.relation == Relation::Reworded)
            .expect("a reworded pair");
        assert!(reworded.differs());
        let Some(Item::Claim(i)) = &reworded.left else {
            panic!()
        };
        let place = place(&corpus, &c, reworded.left.as_ref().unwrap(), &c.left).unwrap();
        assert_eq!(place, c.claims[*i].left.as_ref().unwrap().range());
        assert_eq!(RowSet::Claims.next().next().next(), RowSet::Claims);
    }
}
