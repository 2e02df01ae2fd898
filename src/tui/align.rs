//! The rows of the compare screen: shared events and statements side by side, and what
//! only one report has, in an order that reads like a diff of the two reports.

use std::collections::HashMap;

use crate::model::{Comparison, Corpus, EventId, ReportId, StatementId};

/// How the two sides of a row relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// Both reports have it (an event, or a statement in the same words).
    Shared,
    /// Both reports quote the statement, in different words.
    Reworded,
    OnlyLeft,
    OnlyRight,
}

/// What a side of a row points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Event(EventId),
    /// An index into [`Corpus::statements`].
    Statement(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub left: Option<Item>,
    pub right: Option<Item>,
}

/// Events in time order, then statements: pairs in the left report's order, with what
/// only one side says placed where it appears in its report.
pub fn rows(corpus: &Corpus, c: &Comparison) -> Vec<Row> {
    let mut rows = event_rows(corpus, c);
    rows.extend(statement_rows(corpus, c));
    rows
}

fn event_rows(corpus: &Corpus, c: &Comparison) -> Vec<Row> {
    let timeline = corpus.timeline();
    let mut rows = Vec::new();
    for &i in timeline.dated.iter().chain(&timeline.undated) {
        let id = &corpus.events()[i].id;
        let event = || Some(Item::Event(id.clone()));
        if c.shared_events.contains(id) {
            rows.push(row(RowKind::Shared, event(), event()));
        } else if c.only_left_events.contains(id) {
            rows.push(row(RowKind::OnlyLeft, event(), None));
        } else if c.only_right_events.contains(id) {
            rows.push(row(RowKind::OnlyRight, None, event()));
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
                    rows.push(row(RowKind::OnlyRight, None, Some(Item::Statement(only))));
                    right_rest.next();
                }
                let kind = if same_words {
                    RowKind::Shared
                } else {
                    RowKind::Reworded
                };
                rows.push(row(
                    kind,
                    Some(Item::Statement(l)),
                    Some(Item::Statement(r)),
                ));
            }
            None => rows.push(row(RowKind::OnlyLeft, Some(Item::Statement(l)), None)),
        }
    }
    rows.extend(right_rest.map(|r| row(RowKind::OnlyRight, None, Some(Item::Statement(r)))));
    rows
}

fn positions(corpus: &Corpus, report: &ReportId) -> Vec<usize> {
    corpus
        .statements_in(report)
        .filter_map(|s| corpus.statement_index(&s.id))
        .collect()
}

fn row(kind: RowKind, left: Option<Item>, right: Option<Item>) -> Row {
    Row { kind, left, right }
}

/// Where an item is in a report's body: a statement's words, or the event's first
/// mention there (or the first statement made at it).
pub fn place(corpus: &Corpus, item: &Item, report: &ReportId) -> Option<std::ops::Range<usize>> {
    match item {
        Item::Statement(i) => corpus.statements().get(*i).map(|s| s.content.range()),
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
