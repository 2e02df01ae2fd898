//! The popups over a screen: the quote finder (with the queries of the session to
//! recall), help, and the problems loading found.

use super::action::Action;
use super::app::{App, LastSearch, Popup};
use super::finder::FinderState;
use super::views;

impl App {
    pub(super) fn open_finder(&mut self) {
        let mut state = FinderState::default();
        self.matcher.ask(&mut state);
        self.popup = Some(Popup::Finder(state));
    }

    pub(super) fn open_problems(&mut self) {
        self.news.clear();
        self.popup = Some(Popup::Problems { scroll: 0 });
    }

    pub(super) fn update_popup(&mut self, action: Action) {
        let help_max = views::help::max_scroll(&self.keymap, self.area);
        let problems_max = views::problems::max_scroll(self);
        let page = usize::from(self.area.height.saturating_sub(4)).max(1);
        let Some(popup) = &mut self.popup else { return };
        match (popup, action) {
            (Popup::Finder(state), Action::Back) => {
                let query = state.query.text().to_owned();
                self.remember(query);
                self.popup = None;
            }
            (_, Action::Back) => self.popup = None,
            (Popup::Help { scroll }, Action::Down | Action::Wheel { down: true, .. }) => {
                *scroll = (*scroll + 1).min(help_max);
            }
            (Popup::Help { scroll }, Action::Up | Action::Wheel { down: false, .. }) => {
                *scroll = scroll.saturating_sub(1);
            }
            (Popup::Problems { scroll }, Action::Down | Action::Wheel { down: true, .. }) => {
                *scroll = (*scroll + 1).min(problems_max);
            }
            (Popup::Problems { scroll }, Action::Up | Action::Wheel { down: false, .. }) => {
                *scroll = scroll.saturating_sub(1);
            }
            (Popup::Problems { scroll }, Action::PageDown) => {
                *scroll = (*scroll + page).min(problems_max);
            }
            (Popup::Problems { scroll }, Action::PageUp) => {
                *scroll = scroll.saturating_sub(page);
            }
            (Popup::Finder(_), Action::Open) => self.open_hit(),
            (Popup::Finder(_), action) => self.update_finder(action),
            _ => {}
        }
    }

    /// Keys in the finder: editing the query, walking the results or the history.
    fn update_finder(&mut self, action: Action) {
        let history = self.history.len();
        let Some(Popup::Finder(state)) = &mut self.popup else {
            return;
        };
        let last = state.hits.len().saturating_sub(1);
        let recall = match action {
            // Up in an empty query, or in one recalled, goes back in the history.
            Action::Up if state.query.is_empty() || state.recalled.is_some() => {
                let older = state.recalled.map_or(0, |r| r + 1);
                (older < history).then_some(Some(older))
            }
            Action::Down if state.recalled.is_some() => {
                Some(state.recalled.and_then(|r| r.checked_sub(1)))
            }
            Action::Down => {
                state.selected = (state.selected + 1).min(last);
                None
            }
            Action::Up => {
                state.selected = state.selected.saturating_sub(1);
                None
            }
            Action::Click(column, row) => {
                if let Some(i) = views::finder::hit_at(state, self.area, column, row) {
                    state.selected = i;
                }
                None
            }
            Action::Wheel { down, .. } => {
                state.selected = if down {
                    (state.selected + 1).min(last)
                } else {
                    state.selected.saturating_sub(1)
                };
                None
            }
            edit => {
                // Touching the line (even only moving the cursor) makes it the query
                // to work on: Up and Down move in the results again.
                if let Some(changed) = state.query.apply(edit) {
                    state.recalled = None;
                    // Asking again for an unchanged query would only flicker "matching…".
                    if changed {
                        self.matcher.ask(state);
                    }
                }
                None
            }
        };
        if let Some(recalled) = recall {
            let text = recalled.map_or("", |r| self.history[history - 1 - r].as_str());
            state.query = text.into();
            state.recalled = recalled;
            self.matcher.ask(state);
        }
    }

    /// Enter in the finder: the selected quote, in its report.
    fn open_hit(&mut self) {
        let Some(Popup::Finder(state)) = self.popup.take() else {
            return;
        };
        self.remember(state.query.text().to_owned());
        let hit = state.hits.get(state.selected).map(|h| h.statement);
        if let Some(statement) = hit {
            self.hits = state.hits.iter().map(|h| h.statement).collect();
            self.hit = state.selected;
            self.last_search = LastSearch::Finder;
            self.show_statement(statement);
        }
    }

    /// Keeps a query for Up to recall, once, as the newest.
    fn remember(&mut self, query: String) {
        let query = query.trim().to_owned();
        if query.is_empty() {
            return;
        }
        self.history.retain(|q| *q != query);
        self.history.push(query);
    }
}
