//! Choosing the report on one side of Compare from a list of the corpus's reports,
//! narrowed as the user types: every word typed must be in the report's date, id,
//! outlet, author or title.

use super::action::Action;
use crate::model::Corpus;

/// The list a side's report is chosen from, while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chooser {
    /// Whether it chooses the left side's report.
    pub left: bool,
    /// An index into [`Corpus::reports`].
    pub selected: usize,
    /// The words typed to narrow the list.
    pub query: String,
}

/// What a key did to the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Close,
    /// The report (an index into [`Corpus::reports`]) picked for the side.
    Pick(usize),
}

impl Chooser {
    pub fn new(left: bool, selected: usize) -> Chooser {
        Chooser {
            left,
            selected,
            query: String::new(),
        }
    }

    /// The reports the query lets through, in the corpus's order.
    pub fn matches(&self, corpus: &Corpus) -> Vec<usize> {
        let words: Vec<String> = self
            .query
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        corpus
            .reports()
            .iter()
            .enumerate()
            .filter(|(_, report)| {
                if words.is_empty() {
                    return true;
                }
                let date = report.published.map(|p| p.date.to_string());
                let fields = [
                    date.as_deref().unwrap_or(""),
                    report.id.as_str(),
                    report.publisher.as_deref().unwrap_or(""),
                    report.author.as_deref().unwrap_or(""),
                    &report.title,
                ]
                .join(" ")
                .to_lowercase();
                words.iter().all(|w| fields.contains(w.as_str()))
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Types, erases, moves (`step` items, from the key's movement) or picks.
    pub fn update(&mut self, corpus: &Corpus, action: Action, step: Option<isize>) -> Outcome {
        match action {
            Action::Back => return Outcome::Close,
            Action::Open => {
                return if self.matches(corpus).contains(&self.selected) {
                    Outcome::Pick(self.selected)
                } else {
                    Outcome::Stay
                };
            }
            Action::Type(c) => self.query.push(c),
            Action::Erase => {
                self.query.pop();
            }
            Action::EraseWord => {
                let kept = self.query.trim_end().rfind(' ').map_or(0, |at| at + 1);
                self.query.truncate(kept);
            }
            Action::EraseLine => self.query.clear(),
            _ => {
                if let Some(step) = step {
                    self.step(corpus, step);
                }
                return Outcome::Stay;
            }
        }
        // The selection stays on its report while the report is still listed.
        let matches = self.matches(corpus);
        if !matches.contains(&self.selected) {
            if let Some(&first) = matches.first() {
                self.selected = first;
            }
        }
        Outcome::Stay
    }

    fn step(&mut self, corpus: &Corpus, step: isize) {
        let matches = self.matches(corpus);
        if matches.is_empty() {
            return;
        }
        let at = matches
            .iter()
            .position(|&i| i == self.selected)
            .unwrap_or(0) as isize;
        let to = at.saturating_add(step).clamp(0, matches.len() as isize - 1);
        self.selected = matches[to as usize];
    }
}
