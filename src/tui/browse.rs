//! Browse: moving in the panes, the filters they set, and the source that follows.

use std::sync::Arc;

use super::action::{Action, Pane};
use super::app::{item_height, App, Filter, LastSearch};
use super::layout;
use super::panes;
use super::prompt::Purpose;
use super::text_search;
use super::wrap;
use crate::model::StatementKind;

/// The kinds `t` steps through, after "all".
const KINDS: [StatementKind; 4] = [
    StatementKind::Direct,
    StatementKind::Partial,
    StatementKind::Reported,
    StatementKind::Written,
];

impl App {
    pub(super) fn update_browse(&mut self, action: Action) {
        match action {
            Action::NextPane => self.focus_pane(self.focus.after(1)),
            Action::PrevPane => self.focus_pane(self.focus.after(-1)),
            Action::Focus(pane) => self.focus_pane(pane),
            Action::Compare => self.open_compare(),
            Action::CompareLeft => self.set_compare_side(true),
            Action::CompareRight => self.set_compare_side(false),
            Action::NextPair | Action::PrevPair => self.next_hit(action == Action::PrevPair),
            Action::Back => self.back(),
            Action::Open => (panes::spec(self.focus).open)(self),
            Action::Sort => self.sort(),
            Action::FilterList => self.start_prompt(Purpose::Filter(self.focus)),
            Action::Dates => self.start_prompt(Purpose::Dates),
            Action::SearchText => self.start_prompt(Purpose::Search),
            Action::CycleKind => {
                let at = self.kind.and_then(|k| KINDS.iter().position(|&x| x == k));
                self.kind = match at {
                    None => Some(KINDS[0]),
                    Some(i) => KINDS.get(i + 1).copied(),
                };
                self.refresh_statements();
                self.sync_source();
            }
            Action::ThisReport => {
                self.scope = match self.scope {
                    Some(_) => None,
                    None => Some(self.source.report),
                };
                self.refresh_scoped();
                self.sync_source();
            }
            Action::Click(column, row) => self.click_browse(column, row),
            Action::Wheel { column, row, down } => {
                if let Some((pane, _)) = self.browse_layout().pane_at(column, row) {
                    self.focus_pane(pane);
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

    /// Focuses a pane; a list pane becomes the one shown beside the statements.
    pub(super) fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        if panes::spec(pane).side {
            self.side = pane;
        }
    }

    /// Esc: clears one thing, the nearest first: what the focused pane's list was
    /// filtered by, the pane's own filter (dates, kind, the search in the source), what
    /// the statements are narrowed to, the report scope.
    fn back(&mut self) {
        let pane = self.focus;
        let cleared = (panes::spec(pane).rows_mut)(self)
            .filter(|rows| !rows.query.is_empty())
            .map(|rows| rows.query.clear())
            .is_some();
        if cleared {
            return self.refresh_pane(pane);
        }
        match pane {
            Pane::Timeline if self.dates.is_some() => {
                self.dates = None;
                return self.refresh_pane(pane);
            }
            Pane::Statements if self.kind.is_some() => {
                self.kind = None;
                self.refresh_statements();
                return self.sync_source();
            }
            Pane::Source if self.search.is_some() => {
                self.search = None;
                return;
            }
            _ => {}
        }
        if self.filter != Filter::All {
            self.set_filter(Filter::All);
            self.sync_source();
        } else if self.scope.is_some() {
            self.scope = None;
            self.refresh_scoped();
            self.sync_source();
        }
    }

    /// The next order of the focused list.
    fn sort(&mut self) {
        let pane = self.focus;
        let orders = panes::spec(pane).orders.len();
        let sorted = (panes::spec(pane).rows_mut)(self)
            .filter(|_| orders > 1)
            .map(|rows| rows.order = (rows.order + 1) % orders)
            .is_some();
        if sorted {
            self.refresh_pane(pane);
        }
    }

    /// Recomputes one pane's rows, keeping its selection.
    pub(super) fn refresh_pane(&mut self, pane: Pane) {
        (panes::spec(pane).refresh)(self);
    }

    /// Everything the report scope narrows, recomputed.
    pub(super) fn refresh_scoped(&mut self) {
        for pane in [Pane::Timeline, Pane::Speakers, Pane::Statements] {
            self.refresh_pane(pane);
        }
    }

    /// n / N: the next hit of the last search, in the source text or the finder's.
    fn next_hit(&mut self, backwards: bool) {
        if self.last_search == LastSearch::Text {
            return self.step_search(backwards);
        }
        if self.hits.is_empty() {
            return;
        }
        let last = self.hits.len() - 1;
        self.hit = if backwards {
            self.hit.saturating_sub(1)
        } else {
            (self.hit + 1).min(last)
        };
        self.show_statement(self.hits[self.hit]);
    }

    /// The next hit of the search in the source text, round the end of the report.
    fn step_search(&mut self, backwards: bool) {
        let corpus = Arc::clone(&self.corpus);
        let Some(report) = corpus.reports().get(self.source.report) else {
            return;
        };
        let rect = self.browse_layout().rect(Pane::Source);
        let Some(search) = &mut self.search else {
            return;
        };
        let from = search
            .current
            .as_ref()
            .map_or_else(|| self.source.first_offset(&corpus, rect), |c| c.start);
        match text_search::step(&report.body, &search.query, from, backwards) {
            Some((hit, wrapped)) => {
                let start = hit.start;
                search.current = Some(hit);
                self.source.show(&corpus, start, rect);
                if wrapped {
                    let end = if backwards { "bottom" } else { "top" };
                    self.message = Some(format!("search went round to the {end}"));
                }
            }
            None => {
                let query = crate::text::one_line(&search.query).into_owned();
                self.message = Some(format!("{query:?} is not in this report"));
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
        let pane = self.focus;
        if pane == Pane::Source {
            let rect = self.pane_rect(Pane::Source);
            let corpus = Arc::clone(&self.corpus);
            return self.source.scroll_by(&corpus, delta, rect);
        }
        let current = self.selected_in(pane) as isize;
        let target = current.saturating_add(delta).max(0) as usize;
        self.select_in(pane, target);
    }

    /// The selected row of a list pane, or the scroll of the source.
    pub fn selected_in(&self, pane: Pane) -> usize {
        match (panes::spec(pane).rows)(self) {
            Some(rows) => rows.selected,
            None => self.source.scroll,
        }
    }

    /// Selects row `index` (clamped) of a list pane and lets the others follow.
    pub(super) fn select_in(&mut self, pane: Pane, index: usize) {
        let Some(rows) = (panes::spec(pane).rows_mut)(self) else {
            return;
        };
        let before = rows.current();
        rows.select(index);
        let after = rows.current();
        if after.is_some() && (after != before || !self.drives(pane)) {
            (panes::spec(pane).selected)(self);
        }
    }

    /// Whether the selection of `pane` is what the statements show now.
    pub(super) fn drives(&self, pane: Pane) -> bool {
        (panes::spec(pane).active)(self)
    }

    pub(super) fn click_browse(&mut self, column: u16, row: u16) {
        let Some((pane, rect)) = self.browse_layout().pane_at(column, row) else {
            return;
        };
        self.focus_pane(pane);
        if row <= rect.y || row + 1 >= rect.y + rect.height || column <= rect.x {
            return;
        }
        if pane == Pane::Source {
            return self.click_source(rect, column, row);
        }
        let (h, rows) = (item_height(pane), layout::inner_rows(rect));
        let at = usize::from(row - rect.y - 1);
        let offset = layout::list_offset(self.selected_in(pane), h, rows);
        let item = layout::item_at(offset, h, at);
        let len = (panes::spec(pane).rows)(self).map_or(0, |rows| rows.len());
        if item < len {
            self.select_in(pane, item);
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
            self.kind = None;
            self.set_filter(Filter::All);
        }
        if self.statements.select_item(statement) {
            self.highlighted = Some(statement);
            self.mention = None;
        }
    }

    /// Narrows the statements pane to `filter`, from the first statement.
    pub fn set_filter(&mut self, filter: Filter) {
        let keep = self.statements.current();
        self.filter = filter;
        self.refresh_statements();
        // Back to everything: stay on the statement that was selected.
        if filter != Filter::All || !keep.is_some_and(|k| self.statements.select_item(k)) {
            self.statements.select(0);
        }
    }

    /// Narrows the statements to `filter` and shows the first in the source; an event
    /// without statements shows where it is mentioned.
    pub fn apply_filter(&mut self, filter: Filter) {
        self.set_filter(filter);
        if self.statements.is_empty() {
            self.highlighted = None;
            self.mention = None;
            match filter {
                Filter::Event(e) => self.show_event_mention(e),
                Filter::Report(r) => self.read_report(r),
                _ => {}
            }
        } else {
            self.sync_source();
        }
    }

    /// A report from its start, nothing in it highlighted.
    pub(super) fn read_report(&mut self, report: usize) {
        self.source.report = report;
        self.source.scroll = 0;
        self.search = self.search.take().map(|mut s| {
            s.current = None;
            s
        });
    }

    /// An event without statements: its first mention, in its report.
    pub(super) fn show_event_mention(&mut self, event: usize) {
        let corpus = Arc::clone(&self.corpus);
        let Some(mention) = corpus.events()[event].mentions.first() else {
            return;
        };
        if let Some(report) = corpus.report_index(&mention.report) {
            self.source.report = report;
            self.source
                .show(&corpus, mention.span.start(), self.pane_rect(Pane::Source));
            self.mention = Some(mention.span.range());
        }
    }

    /// The source follows the selected statement: its report, scrolled to it.
    pub(super) fn sync_source(&mut self) {
        let corpus = Arc::clone(&self.corpus);
        let Some(index) = self.statements.current() else {
            self.highlighted = None;
            return;
        };
        let statement = &corpus.statements()[index];
        self.highlighted = Some(index);
        self.mention = None;
        if let Some(report) = corpus.report_position_of(index) {
            if report != self.source.report {
                if let Some(search) = &mut self.search {
                    search.current = None;
                }
            }
            self.source.report = report;
        }
        self.source.show(
            &corpus,
            statement.content.start(),
            self.pane_rect(Pane::Source),
        );
    }
}
