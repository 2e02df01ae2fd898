//! The compare screen's state: two reports, their aligned rows (claims, statements or
//! all), a text view of each, and the list the sides are chosen from.

use ratatui::layout::Rect;

use super::action::Action;
use super::app::TextView;
pub use super::chooser::Chooser;
use super::chooser::Outcome;
use super::layout::{self, ComparePart};
use crate::model::rows::{self, Item, Row, RowSet};
use crate::model::{Comparison, Corpus};
use crate::tui::views::compare::{row_height, Fit};

pub struct CompareState {
    /// `None` when the corpus has fewer than two reports.
    pub comparison: Option<Comparison>,
    pub set: RowSet,
    pub rows: Vec<Row>,
    pub selected: usize,
    pub focus: ComparePart,
    pub left: TextView,
    pub right: TextView,
    pub locked: bool,
    /// The list of reports a side is being chosen from, when open.
    pub chooser: Option<Chooser>,
}

impl CompareState {
    pub fn new(corpus: &Corpus, left: usize, right: usize) -> Self {
        let mut state = CompareState {
            comparison: None,
            set: RowSet::default(),
            rows: Vec::new(),
            selected: 0,
            focus: ComparePart::Rows,
            left: TextView {
                report: left,
                scroll: 0,
            },
            right: TextView {
                report: right,
                scroll: 0,
            },
            locked: false,
            chooser: None,
        };
        state.recompute(corpus);
        state
    }

    fn recompute(&mut self, corpus: &Corpus) {
        let reports = corpus.reports();
        self.comparison = match (
            reports.get(self.left.report),
            reports.get(self.right.report),
        ) {
            (Some(l), Some(r)) if l.id != r.id => corpus.compare(&l.id, &r.id),
            _ => None,
        };
        self.refresh_rows(corpus);
        self.selected = 0;
        self.left.scroll = 0;
        self.right.scroll = 0;
    }

    fn refresh_rows(&mut self, corpus: &Corpus) {
        self.rows = self
            .comparison
            .as_ref()
            .map_or_else(Vec::new, |c| rows::rows(corpus, c, self.set));
    }

    pub fn layout(&self, area: Rect) -> layout::CompareLayout {
        layout::compare(area, self.focus)
    }

    /// The rows visible in the focused part, for page movements.
    pub fn focused_rows(&self, area: Rect) -> usize {
        self.layout(area)
            .rect(self.focus)
            .map_or(1, layout::inner_rows)
    }

    pub fn update(&mut self, corpus: &Corpus, action: Action, step: Option<isize>, area: Rect) {
        if self.chooser.is_some() {
            return self.update_chooser(corpus, action, step, area);
        }
        let parts = ComparePart::ALL;
        let at = parts.iter().position(|&p| p == self.focus).unwrap_or(0);
        match action {
            Action::NextPane => self.focus = parts[(at + 1) % 3],
            Action::PrevPane => self.focus = parts[(at + 2) % 3],
            Action::Lock => self.locked = !self.locked,
            Action::NextPair => self.next_difference(corpus, true, area),
            Action::PrevPair => self.next_difference(corpus, false, area),
            Action::CompareRows => {
                self.set = self.set.next();
                self.refresh_rows(corpus);
                self.select(corpus, 0, area);
            }
            Action::ChooseLeft | Action::ChooseRight => {
                let left = action == Action::ChooseLeft;
                let current = if left {
                    self.left.report
                } else {
                    self.right.report
                };
                self.chooser = Some(Chooser::new(left, current));
            }
            Action::PrevLeftReport => self.cycle(corpus, true),
            Action::NextRightReport => self.cycle(corpus, false),
            Action::Click(column, row) => self.click(corpus, column, row, area),
            Action::Wheel { column, row, down } => {
                if let Some((part, _)) = self.layout(area).part_at(column, row) {
                    self.focus = part;
                    self.step(corpus, if down { 3 } else { -3 }, area);
                }
            }
            _ => {
                if let Some(step) = step {
                    self.step(corpus, step, area);
                }
            }
        }
    }

    fn step(&mut self, corpus: &Corpus, step: isize, area: Rect) {
        match self.focus {
            ComparePart::Rows => {
                let target = (self.selected as isize).saturating_add(step).max(0) as usize;
                self.select(corpus, target, area);
            }
            side => {
                let layout = self.layout(area);
                // Sides hidden at narrow sizes still scroll, by the visible side's size.
                let rect = layout.rect(side);
                let (this, other) = match side {
                    ComparePart::Left => (&mut self.left, &mut self.right),
                    _ => (&mut self.right, &mut self.left),
                };
                this.scroll_by(corpus, step, rect);
                if self.locked {
                    other.scroll_by(corpus, step, rect);
                }
            }
        }
    }

    /// The next (or previous) difference between the reports, from the selected row: a
    /// pair worded differently or in conflict, or the first of a run of rows only one
    /// side has (as a diff jumps from hunk to hunk).
    fn next_difference(&mut self, corpus: &Corpus, forward: bool, area: Rect) {
        let starts = |i: usize| {
            let row = &self.rows[i];
            let one_sided = row.left.is_none() || row.right.is_none();
            row.differs() && (!one_sided || i == 0 || self.rows[i - 1].relation != row.relation)
        };
        let found = if forward {
            (self.selected + 1..self.rows.len()).find(|&i| starts(i))
        } else {
            (0..self.selected).rev().find(|&i| starts(i))
        };
        if let Some(row) = found {
            self.select(corpus, row, area);
        }
    }

    /// Keys while the list of reports is open: type to narrow it, move, pick with
    /// Enter, close with Esc.
    fn update_chooser(&mut self, corpus: &Corpus, action: Action, step: Option<isize>, area: Rect) {
        let Some(chooser) = &mut self.chooser else {
            return;
        };
        let left = chooser.left;
        match chooser.update(corpus, action, step) {
            Outcome::Stay => {}
            Outcome::Close => self.chooser = None,
            Outcome::Pick(report) => {
                self.chooser = None;
                self.set_side(corpus, left, report, area);
            }
        }
    }

    /// Puts report `report` on one side; the other side takes this side's report if it
    /// showed the same one.
    pub fn set_side(&mut self, corpus: &Corpus, left: bool, report: usize, area: Rect) {
        if report >= corpus.reports().len() {
            return;
        }
        let (this, other) = if left {
            (&mut self.left.report, &mut self.right.report)
        } else {
            (&mut self.right.report, &mut self.left.report)
        };
        if *other == report {
            *other = *this;
        }
        *this = report;
        self.recompute(corpus);
        self.follow(corpus, area);
    }

    /// A new size: each text scrolled again to the text it began with at the old size.
    pub fn resize(&mut self, corpus: &Corpus, old: Rect, new: Rect) {
        let (before, after) = (self.layout(old), self.layout(new));
        let focus = self.focus;
        for (part, view) in [
            (ComparePart::Left, &mut self.left),
            (ComparePart::Right, &mut self.right),
        ] {
            // Sides hidden at narrow sizes are wrapped as the visible part is.
            let rect =
                |layout: &layout::CompareLayout| layout.rect(part).or_else(|| layout.rect(focus));
            let first = view.first_offset(corpus, rect(&before));
            view.scroll_to(corpus, first, rect(&after));
        }
    }

    /// Selects a row; both sides scroll to what it points at.
    pub fn select(&mut self, corpus: &Corpus, index: usize, area: Rect) {
        self.selected = index.min(self.rows.len().saturating_sub(1));
        self.follow(corpus, area);
    }

    /// Scrolls both texts to the selected row's items.
    pub fn follow(&mut self, corpus: &Corpus, area: Rect) {
        let Some(row) = self.rows.get(self.selected) else {
            return;
        };
        let layout = self.layout(area);
        let sides = [
            (&row.left, &mut self.left, ComparePart::Left),
            (&row.right, &mut self.right, ComparePart::Right),
        ];
        let Some(comparison) = &self.comparison else {
            return;
        };
        for (item, view, part) in sides {
            let Some(item) = item else { continue };
            let Some(report) = corpus.reports().get(view.report) else {
                continue;
            };
            if let Some(place) = rows::place(corpus, comparison, item, &report.id) {
                let rect = layout.rect(part).or_else(|| layout.rect(self.focus));
                view.show(corpus, place.start, rect);
            }
        }
    }

    /// The item of the selected row on one side, for highlighting.
    pub fn selected_item(&self, left: bool) -> Option<&Item> {
        let row = self.rows.get(self.selected)?;
        if left {
            row.left.as_ref()
        } else {
            row.right.as_ref()
        }
    }

    /// The next report on one side, skipping the one on the other side.
    fn cycle(&mut self, corpus: &Corpus, left: bool) {
        let count = corpus.reports().len();
        if count < 2 {
            return;
        }
        let (this, other) = if left {
            (self.left.report, self.right.report)
        } else {
            (self.right.report, self.left.report)
        };
        let mut next = (this + 1) % count;
        if next == other {
            next = (next + 1) % count;
        }
        if left {
            self.left.report = next;
        } else {
            self.right.report = next;
        }
        self.recompute(corpus);
    }

    fn click(&mut self, corpus: &Corpus, column: u16, row: u16, area: Rect) {
        let Some((part, rect)) = self.layout(area).part_at(column, row) else {
            return;
        };
        self.focus = part;
        if part == ComparePart::Rows && row > rect.y && row + 1 < rect.y + rect.height {
            let Some(comparison) = &self.comparison else {
                return;
            };
            let inner = Rect {
                x: rect.x + 1,
                y: rect.y + 1,
                width: rect.width.saturating_sub(2),
                height: rect.height.saturating_sub(2),
            };
            let fit = Fit::new(inner);
            let height = |i: usize| row_height(corpus, comparison, &self.rows[i], fit);
            let offset = layout::varied_offset(self.selected, layout::inner_rows(rect), height);
            let at = usize::from(row - rect.y - 1);
            if let Some(item) = layout::varied_item_at(offset, self.rows.len(), at, height) {
                self.select(corpus, item, area);
            }
        }
    }
}
