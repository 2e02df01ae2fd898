//! Where each pane goes at each size. Drawing and mouse hit-testing both use these
//! functions, so a click always lands on the pane that was drawn there.

use ratatui::layout::{Constraint, Layout, Rect};

use super::action::Pane;

/// Below this, only a "terminal too small" notice.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// Below this width, only the focused pane is shown.
pub const NARROW: u16 = 80;
/// Below this width (and from `NARROW`), Browse stacks statements over the source.
pub const MEDIUM: u16 = 120;
/// From this width the statements pane is the widest of the three columns.
const WIDE: u16 = 150;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The parts of the compare screen that can have focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparePart {
    Rows,
    Left,
    Right,
}

impl ComparePart {
    pub const ALL: [ComparePart; 3] = [ComparePart::Rows, ComparePart::Left, ComparePart::Right];
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrowseLayout {
    pub panes: Vec<(Pane, Rect)>,
    pub status: Rect,
}

impl BrowseLayout {
    pub fn rect(&self, pane: Pane) -> Option<Rect> {
        self.panes.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r)
    }

    pub fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        self.panes
            .iter()
            .copied()
            .find(|(_, r)| contains(*r, column, row))
    }
}

/// Reports, timeline and speakers on the left, statements in the middle, source on
/// the right; when medium, one of the three lists (`side`, or the focused one) on the
/// left and statements over the source; when narrow, the focused pane alone.
pub fn browse(area: Rect, focus: Pane, side: Pane) -> BrowseLayout {
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    if area.width < NARROW {
        return BrowseLayout {
            panes: vec![(focus, main)],
            status,
        };
    }
    if area.width < MEDIUM {
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(main);
        let [statements, source] =
            Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(right);
        let side = if matches!(focus, Pane::Statements | Pane::Source) {
            side
        } else {
            focus
        };
        return BrowseLayout {
            panes: vec![
                (side, left),
                (Pane::Statements, statements),
                (Pane::Source, source),
            ],
            status,
        };
    }
    // On a wide screen the statements get the most room, a quote being read in one
    // line there; the lists on the left need less than their share.
    let [left, middle, right] = Layout::horizontal(if area.width >= WIDE {
        [
            Constraint::Percentage(25),
            Constraint::Percentage(37),
            Constraint::Percentage(38),
        ]
    } else {
        [
            Constraint::Percentage(27),
            Constraint::Percentage(33),
            Constraint::Percentage(40),
        ]
    })
    .areas(main);
    let [reports, timeline, speakers] = Layout::vertical([
        Constraint::Percentage(30),
        Constraint::Percentage(40),
        Constraint::Percentage(30),
    ])
    .areas(left);
    BrowseLayout {
        panes: vec![
            (Pane::Reports, reports),
            (Pane::Timeline, timeline),
            (Pane::Speakers, speakers),
            (Pane::Statements, middle),
            (Pane::Source, right),
        ],
        status,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareLayout {
    pub header: Rect,
    pub parts: Vec<(ComparePart, Rect)>,
    pub status: Rect,
}

impl CompareLayout {
    pub fn rect(&self, part: ComparePart) -> Option<Rect> {
        self.parts.iter().find(|(p, _)| *p == part).map(|(_, r)| *r)
    }

    pub fn part_at(&self, column: u16, row: u16) -> Option<(ComparePart, Rect)> {
        self.parts
            .iter()
            .copied()
            .find(|(_, r)| contains(*r, column, row))
    }
}

/// A header with the counts, the aligned rows, then both source texts side by side.
pub fn compare(area: Rect, focus: ComparePart) -> CompareLayout {
    let [header, main, status] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if area.width < NARROW {
        return CompareLayout {
            header,
            parts: vec![(focus, main)],
            status,
        };
    }
    // Half for the aligned rows, what Compare is for; the texts below follow the row.
    let [rows, sources] =
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(main);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(sources);
    CompareLayout {
        header,
        parts: vec![
            (ComparePart::Rows, rows),
            (ComparePart::Left, left),
            (ComparePart::Right, right),
        ],
        status,
    }
}

/// A centred popup of at most `width` x `height` inside `area`.
pub fn popup(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width.saturating_sub(2)).max(1);
    let height = height.min(area.height.saturating_sub(2)).max(1);
    Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

/// The finder popup: most of the screen.
pub fn finder(area: Rect) -> Rect {
    popup(
        area,
        area.width.saturating_mul(9) / 10,
        area.height.saturating_mul(9) / 10,
    )
}

/// The first item shown in a list of `item_height`-row items so that `selected` is
/// visible in `rows` rows.
pub fn list_offset(selected: usize, item_height: usize, rows: usize) -> usize {
    let fits = (rows / item_height.max(1)).max(1);
    (selected + 1).saturating_sub(fits)
}

/// The item under row `row` (0 = first row inside the block) of a list.
pub fn item_at(offset: usize, item_height: usize, row: usize) -> usize {
    offset + row / item_height.max(1)
}

/// The first item shown of a list whose items take `height(i)` rows each, so that
/// `selected` is in view in `rows` rows: the top while it fits in the first screenful,
/// else at the bottom (as [`list_offset`] does for items of one height).
pub fn varied_offset(selected: usize, rows: usize, height: impl Fn(usize) -> usize) -> usize {
    let mut offset = selected;
    let mut used = height(selected);
    while offset > 0 {
        let above = height(offset - 1);
        if used + above > rows {
            break;
        }
        used += above;
        offset -= 1;
    }
    offset
}

/// The item under row `row` (0 = first row inside the block) of a list of `len` items
/// of `height(i)` rows each, starting at `offset`; `None` below the last one.
pub fn varied_item_at(
    offset: usize,
    len: usize,
    row: usize,
    height: impl Fn(usize) -> usize,
) -> Option<usize> {
    let mut top = 0;
    for i in offset..len {
        top += height(i);
        if row < top {
            return Some(i);
        }
    }
    None
}

/// The rows inside a bordered block.
pub fn inner_rows(rect: Rect) -> usize {
    usize::from(rect.height.saturating_sub(2))
}

pub fn contains(rect: Rect, column: u16, row: u16) -> bool {
    column >= rect.x
        && row >= rect.y
        && column < rect.x.saturating_add(rect.width)
        && row < rect.y.saturating_add(rect.height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_offset_keeps_the_selection_visible() {
        assert_eq!(list_offset(0, 2, 10), 0);
        assert_eq!(list_offset(4, 2, 10), 0);
        assert_eq!(list_offset(5, 2, 10), 1);
        assert_eq!(list_offset(3, 1, 0), 3);
    }

    #[test]
    fn narrow_browse_shows_the_focused_pane_alone() {
        let layout = browse(Rect::new(0, 0, 60, 20), Pane::Speakers, Pane::Reports);
        assert_eq!(layout.panes.len(), 1);
        assert_eq!(layout.panes[0].0, Pane::Speakers);
        assert_eq!(
            browse(Rect::new(0, 0, 120, 40), Pane::Speakers, Pane::Reports)
                .panes
                .len(),
            5
        );
    }

    #[test]
    fn wide_browse_gives_the_statements_more_room_than_the_lists() {
        let width = |area: Rect, pane: Pane| {
            browse(area, pane, Pane::Reports)
                .rect(pane)
                .map(|r| r.width)
        };
        let wide = Rect::new(0, 0, 160, 45);
        let statements = width(wide, Pane::Statements).expect("shown");
        assert!(statements >= 58, "{statements}");
        assert!(statements > width(wide, Pane::Reports).expect("shown") + 10);
        // Below that, the source keeps its share.
        let medium = Rect::new(0, 0, 120, 40);
        assert!(width(medium, Pane::Source) > width(medium, Pane::Statements));
    }

    #[test]
    fn medium_browse_shows_one_list_beside_the_statements() {
        let panes = |focus| -> Vec<Pane> {
            browse(Rect::new(0, 0, 80, 24), focus, Pane::Timeline)
                .panes
                .iter()
                .map(|(p, _)| *p)
                .collect()
        };
        let beside = [Pane::Statements, Pane::Source];
        assert_eq!(
            panes(Pane::Statements),
            [&[Pane::Timeline][..], &beside].concat()
        );
        assert_eq!(
            panes(Pane::Speakers),
            [&[Pane::Speakers][..], &beside].concat()
        );
    }

    #[test]
    fn a_list_of_rows_of_several_heights_keeps_the_selected_one_in_view() {
        let heights = [1, 3, 2, 1, 4, 1];
        let height = |i: usize| heights[i];
        // The first screenful holds items 0 to 2 in 6 rows.
        assert_eq!(varied_offset(2, 6, height), 0);
        // Item 4 (4 rows) at the bottom: item 3 above it, no room for item 2.
        assert_eq!(varied_offset(4, 6, height), 3);
        // An item taller than the list is shown from its top.
        assert_eq!(varied_offset(4, 2, height), 4);
        assert_eq!(varied_item_at(3, 6, 0, height), Some(3));
        assert_eq!(varied_item_at(3, 6, 1, height), Some(4));
        assert_eq!(varied_item_at(3, 6, 4, height), Some(4));
        assert_eq!(varied_item_at(3, 6, 5, height), Some(5));
        assert_eq!(varied_item_at(3, 6, 6, height), None);
    }
}
