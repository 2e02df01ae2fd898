//! Browse: moving in the panes, the filters they set, and the source that follows.

use std::sync::Arc;

use super::action::{Action, Pane};
use super::app::{item_height, App, Filter};
use super::layout;
use super::wrap;

impl App {
    pub(super) fn update_browse(&mut self, action: Action) {
        match action {
            Action::NextPane | Action::PrevPane => {
                let i = self.focus.number() - 1;
                let step = if action == Action::NextPane { 1 } else { 3 };
                self.focus = Pane::ALL[(i + step) % 4];
            }
            Action::Focus(pane) => self.focus = pane,
            Action::Compare => self.open_compare(),
            Action::NextPair | Action::PrevPair if !self.hits.is_empty() => {
                let last = self.hits.len() - 1;
                self.hit = if action == Action::NextPair {
                    (self.hit + 1).min(last)
                } else {
                    self.hit.saturating_sub(1)
                };
                self.show_statement(self.hits[self.hit]);
            }
            Action::Back => {
                if self.filter != Filter::All {
                    let keep = self.statements.get(self.statement_selected).copied();
                    self.apply_filter(Filter::All);
                    if let Some(p) = keep.and_then(|k| self.statements.iter().position(|&s| s == k))
                    {
                        self.statement_selected = p;
                        self.sync_source();
                    }
                }
            }
            Action::Open => match self.focus {
                Pane::Timeline | Pane::Speakers => {
                    self.select_in_focus(self.selected_in(self.focus));
                    self.focus = Pane::Statements;
                }
                Pane::Statements => self.focus = Pane::Source,
                Pane::Source => {}
            },
            Action::Click(column, row) => self.click_browse(column, row),
            Action::Wheel { column, row, down } => {
                if let Some((pane, _)) = self.browse_layout().pane_at(column, row) {
                    self.focus = pane;
                    self.move_in_focus(if down { 3 } else { -3 });
                }
            }
            other => {
                if let Some(delta) = self.movement(other) {
                    self.move_in_focus(delta);
                }
            }
        }
    }

    /// How far a movement action goes in the focused pane.
    pub(super) fn movement_in(
        &self,
        action: Action,
        rows: usize,
        item_height: usize,
    ) -> Option<isize> {
        let page = (rows / item_height.max(1)).max(1) as isize;
        Some(match action {
            Action::Down => 1,
            Action::Up => -1,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            Action::HalfPageDown => (page / 2).max(1),
            Action::HalfPageUp => -(page / 2).max(1),
            Action::PageDown => page,
            Action::PageUp => -page,
            _ => return None,
        })
    }

    pub(super) fn movement(&self, action: Action) -> Option<isize> {
        let rows = self.pane_rect(self.focus).map_or(1, layout::inner_rows);
        self.movement_in(action, rows, item_height(self.focus))
    }

    pub(super) fn move_in_focus(&mut self, delta: isize) {
        match self.focus {
            Pane::Source => {
                let rect = self.pane_rect(Pane::Source);
                let corpus = Arc::clone(&self.corpus);
                self.source.scroll_by(&corpus, delta, rect);
            }
            _ => {
                let current = self.selected_in(self.focus) as isize;
                let target = current.saturating_add(delta).max(0) as usize;
                self.select_in_focus(target);
            }
        }
    }

    pub fn selected_in(&self, pane: Pane) -> usize {
        match pane {
            Pane::Timeline => self.event_selected,
            Pane::Speakers => self.speaker_selected,
            Pane::Statements => self.statement_selected,
            Pane::Source => self.source.scroll,
        }
    }

    /// Selects row `index` (clamped) of the focused list and lets the others follow.
    pub(super) fn select_in_focus(&mut self, index: usize) {
        let last = |len: usize| len.saturating_sub(1);
        match self.focus {
            Pane::Timeline => {
                self.event_selected = index.min(last(self.timeline.len()));
                if let Some(&event) = self.timeline.get(self.event_selected) {
                    self.apply_filter(Filter::Event(event));
                }
            }
            Pane::Speakers => {
                self.speaker_selected = index.min(last(self.corpus.speakers().len()));
                if !self.corpus.speakers().is_empty() {
                    self.apply_filter(Filter::Speaker(self.speaker_selected));
                }
            }
            Pane::Statements => {
                self.statement_selected = index.min(last(self.statements.len()));
                self.sync_source();
            }
            Pane::Source => {}
        }
    }

    pub(super) fn click_browse(&mut self, column: u16, row: u16) {
        let Some((pane, rect)) = self.browse_layout().pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        if row <= rect.y || row + 1 >= rect.y + rect.height || column <= rect.x {
            return;
        }
        if pane == Pane::Source {
            return self.click_source(rect, column, row);
        }
        let h = item_height(pane);
        let offset = layout::list_offset(self.selected_in(pane), h, layout::inner_rows(rect));
        let item = layout::item_at(offset, h, usize::from(row - rect.y - 1));
        let len = match pane {
            Pane::Timeline => self.timeline.len(),
            Pane::Speakers => self.corpus.speakers().len(),
            _ => self.statements.len(),
        };
        if item < len {
            self.select_in_focus(item);
        }
    }

    /// A click on a statement in the source selects it, scrolling nothing.
    fn click_source(&mut self, rect: ratatui::layout::Rect, column: u16, row: u16) {
        let corpus = Arc::clone(&self.corpus);
        let Some(report) = corpus.reports().get(self.source.report) else {
            return;
        };
        let width = usize::from(rect.width.saturating_sub(2));
        let lines = wrap::wrap(&report.body, width);
        let Some(line) = lines.get(self.source.scroll + usize::from(row - rect.y - 1)) else {
            return;
        };
        let target = usize::from(column - rect.x - 1);
        let mut used = 0;
        let mut offset = line.end;
        for (at, w, _) in wrap::clusters(&report.body[line.clone()]) {
            used += w;
            if used > target {
                offset = line.start + at;
                break;
            }
        }
        let Some(statement) = corpus
            .statements_in(&report.id)
            .find(|s| s.content.contains(offset))
            .and_then(|s| corpus.statement_index(&s.id))
        else {
            return;
        };
        if !self.statements.contains(&statement) {
            self.apply_filter(Filter::All);
        }
        if let Some(position) = self.statements.iter().position(|&s| s == statement) {
            self.statement_selected = position;
            self.highlighted = Some(statement);
            self.mention = None;
        }
    }

    /// Narrows the statements pane and shows the first of them in the source.
    pub fn apply_filter(&mut self, filter: Filter) {
        let corpus = &self.corpus;
        self.filter = filter;
        let every = 0..corpus.statements().len();
        self.statements = match filter {
            // Of known length, so the list is allocated once at its size (at 1M
            // statements, 8 MB rather than 8.4 after growing by doubling).
            Filter::All => every.collect(),
            Filter::Event(e) => every
                .filter(|&i| corpus.statements()[i].event.as_ref() == Some(&corpus.events()[e].id))
                .collect(),
            Filter::Speaker(p) => every
                .filter(|&i| corpus.statements()[i].speaker == corpus.speakers()[p].id)
                .collect(),
        };
        self.statement_selected = 0;
        self.mention = None;
        if self.statements.is_empty() {
            self.highlighted = None;
            if let Filter::Event(e) = filter {
                self.show_event_mention(e);
            }
        } else {
            self.sync_source();
        }
    }

    /// An event without statements: its first mention, in its report.
    pub(super) fn show_event_mention(&mut self, event: usize) {
        let corpus = Arc::clone(&self.corpus);
        let Some(mention) = corpus.events()[event].mentions.first() else {
            return;
        };
        if let Some(report) = corpus.reports().iter().position(|r| r.id == mention.report) {
            self.source.report = report;
            self.source
                .show(&corpus, mention.span.start(), self.pane_rect(Pane::Source));
            self.mention = Some(mention.span.range());
        }
    }

    /// The source follows the selected statement: its report, scrolled to it.
    pub(super) fn sync_source(&mut self) {
        let corpus = Arc::clone(&self.corpus);
        let Some(&index) = self.statements.get(self.statement_selected) else {
            return;
        };
        let statement = &corpus.statements()[index];
        self.highlighted = Some(index);
        self.mention = None;
        if let Some(report) = corpus
            .reports()
            .iter()
            .position(|r| r.id == statement.report)
        {
            self.source.report = report;
        }
        self.source.show(
            &corpus,
            statement.content.start(),
            self.pane_rect(Pane::Source),
        );
    }
}
