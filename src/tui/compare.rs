//! The compare screen's state: two reports, their aligned rows, and a text view of each.

use ratatui::layout::Rect;

use super::action::Action;
use super::align::{self, Item, Row};
use super::app::TextView;
use super::layout::{self, ComparePart};
use crate::model::{Comparison, Corpus};

pub struct CompareState {
    /// `None` when the corpus has fewer than two reports.
    pub comparison: Option<Comparison>,
    pub rows: Vec<Row>,
    pub selected: usize,
    pub focus: ComparePart,
    pub left: TextView,
    pub right: TextView,
    pub locked: bool,
}

impl CompareState {
    pub fn new(corpus: &Corpus, left: usize, right: usize) -> Self {
        let mut state = CompareState {
            comparison: None,
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
        self.rows = self
            .comparison
            .as_ref()
            .map_or_else(Vec::new, |c| align::rows(corpus, c));
        self.selected = 0;
        self.left.scroll = 0;
        self.right.scroll = 0;
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
        let parts = ComparePart::ALL;
        let at = parts.iter().position(|&p| p == self.focus).unwrap_or(0);
        match action {
            Action::NextPane => self.focus = parts[(at + 1) % 3],
            Action::PrevPane => self.focus = parts[(at + 2) % 3],
            Action::Lock => self.locked = !self.locked,
            Action::NextPair => self.select(corpus, self.selected.saturating_add(1), area),
            Action::PrevPair => self.select(corpus, self.selected.saturating_sub(1), area),
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
        for (item, view, part) in sides {
            let Some(item) = item else { continue };
            let Some(report) = corpus.reports().get(view.report) else {
                continue;
            };
            if let Some(place) = align::place(corpus, item, &report.id) {
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
            let offset = layout::list_offset(self.selected, 1, layout::inner_rows(rect));
            let item = layout::item_at(offset, 1, usize::from(row - rect.y - 1));
            if item < self.rows.len() {
                self.select(corpus, item, area);
            }
        }
    }
}
