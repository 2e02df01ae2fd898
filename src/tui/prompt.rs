//! A line typed into a pane: a list's filter, a search in the source, the timeline's
//! dates. Filters and searches apply as they are typed; Enter keeps what was typed,
//! Esc puts back what was there before.

use std::sync::Arc;

use super::action::{Action, Pane};
use super::app::{App, LastSearch, TextView};
use super::line::LineEdit;
use super::panes;
use super::text_search::{self, TextSearch};
use crate::model::DateRange;

/// What a prompt is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The text filter of a list pane.
    Filter(Pane),
    /// A search in the source text.
    Search,
    /// The timeline's range of dates.
    Dates,
}

impl Purpose {
    /// The pane the prompt is drawn in.
    pub fn pane(self) -> Pane {
        match self {
            Purpose::Filter(pane) => pane,
            Purpose::Search => Pane::Source,
            Purpose::Dates => Pane::Timeline,
        }
    }

    /// What the prompt line starts with.
    pub fn label(self) -> &'static str {
        match self {
            Purpose::Filter(_) => "filter: ",
            Purpose::Search => "/",
            Purpose::Dates => "dates: ",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Prompt {
    pub purpose: Purpose,
    pub line: LineEdit,
    /// Why what was typed cannot be used (dates that do not read).
    pub error: Option<String>,
    undo: Undo,
}

/// What Esc puts back.
#[derive(Debug, Clone)]
enum Undo {
    Query(String),
    Search {
        search: Option<TextSearch>,
        view: TextView,
        last: LastSearch,
        /// Where in the text the search starts: the first character shown.
        from: usize,
    },
    Dates,
}

impl App {
    pub(super) fn start_prompt(&mut self, purpose: Purpose) {
        let (line, undo) = match purpose {
            Purpose::Filter(pane) => {
                if !panes::spec(pane).filterable {
                    return;
                }
                let Some(rows) = (panes::spec(pane).rows)(self) else {
                    return;
                };
                (
                    LineEdit::from(rows.query.as_str()),
                    Undo::Query(rows.query.clone()),
                )
            }
            Purpose::Search => {
                // A new search starts empty, as in a pager; Enter on it searches again
                // for the last one.
                let rect = self.pane_rect(Pane::Source);
                (
                    LineEdit::default(),
                    Undo::Search {
                        search: self.search.clone(),
                        view: self.source,
                        last: self.last_search,
                        from: self.source.first_offset(&self.corpus, rect),
                    },
                )
            }
            Purpose::Dates => {
                let dates = self.dates.map(|d| d.to_string()).unwrap_or_default();
                (LineEdit::from(dates.as_str()), Undo::Dates)
            }
        };
        self.prompt = Some(Prompt {
            purpose,
            line,
            error: None,
            undo,
        });
    }

    pub(super) fn update_prompt(&mut self, action: Action) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        match action {
            Action::Back => self.cancel_prompt(),
            Action::Open => self.accept_prompt(),
            Action::Click(..) | Action::Wheel { .. } => {
                self.accept_prompt();
                if self.prompt.is_none() {
                    self.update_browse(action);
                }
            }
            other => {
                if prompt.line.apply(other) == Some(true) {
                    prompt.error = None;
                    self.typed();
                }
            }
        }
    }

    /// What was typed so far takes effect: a filter narrows its list, a search finds
    /// its first hit from where the text was when the search began.
    fn typed(&mut self) {
        let Some(prompt) = &self.prompt else { return };
        let text = prompt.line.text().to_owned();
        match (prompt.purpose, &prompt.undo) {
            (Purpose::Filter(pane), _) => self.filter_list(pane, text),
            (Purpose::Search, &Undo::Search { view, from, .. }) => {
                self.search_from(text, from, view)
            }
            _ => {}
        }
    }

    fn filter_list(&mut self, pane: Pane, query: String) {
        let Some(rows) = (panes::spec(pane).rows_mut)(self) else {
            return;
        };
        let before = rows.current();
        rows.query = query;
        self.refresh_pane(pane);
        let after = (panes::spec(pane).rows)(self).and_then(|rows| rows.current());
        if after.is_some() && after != before {
            (panes::spec(pane).selected)(self);
        }
    }

    fn search_from(&mut self, query: String, from: usize, view: TextView) {
        let corpus = Arc::clone(&self.corpus);
        let Some(report) = corpus.reports().get(self.source.report) else {
            return;
        };
        if query.is_empty() {
            self.search = None;
            self.source = view;
            return;
        }
        let hit = text_search::first_from(&report.body, &query, from);
        if let Some(hit) = &hit {
            self.source
                .show(&corpus, hit.start, self.pane_rect(Pane::Source));
        } else {
            self.source = view;
        }
        self.search = Some(TextSearch {
            query,
            current: hit,
        });
    }

    /// Searches for `query` from the first character shown, as a new search would.
    fn search_again(&mut self, query: String) {
        let rect = self.pane_rect(Pane::Source);
        let from = self.source.first_offset(&self.corpus, rect);
        let view = self.source;
        self.search_from(query, from, view);
    }

    fn cancel_prompt(&mut self) {
        let Some(prompt) = self.prompt.take() else {
            return;
        };
        match (prompt.purpose, prompt.undo) {
            (Purpose::Filter(pane), Undo::Query(query)) => self.filter_list(pane, query),
            (
                _,
                Undo::Search {
                    search, view, last, ..
                },
            ) => {
                self.search = search;
                self.source = view;
                self.last_search = last;
            }
            _ => {}
        }
    }

    fn accept_prompt(&mut self) {
        let Some(prompt) = &mut self.prompt else {
            return;
        };
        match prompt.purpose {
            Purpose::Filter(_) => {}
            Purpose::Search => match &self.search {
                Some(search) if prompt.line.is_empty() => {
                    // Enter on an empty line: the last search again, from here.
                    let query = search.query.clone();
                    self.prompt = None;
                    self.last_search = LastSearch::Text;
                    return self.search_again(query);
                }
                Some(search) => {
                    self.last_search = LastSearch::Text;
                    if search.current.is_none() {
                        let query = crate::text::one_line(&search.query).into_owned();
                        self.message = Some(format!("{query:?} is not in this report"));
                    }
                }
                None => self.search = None,
            },
            Purpose::Dates => {
                let text = prompt.line.text().trim();
                if text.is_empty() {
                    self.dates = None;
                } else {
                    match text.parse::<DateRange>() {
                        Ok(range) => self.dates = Some(range),
                        Err(why) => {
                            prompt.error = Some(why);
                            return;
                        }
                    }
                }
                self.refresh_pane(Pane::Timeline);
            }
        }
        self.prompt = None;
    }
}
