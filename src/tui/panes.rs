//! The panes of Browse, one row of a table each: how a pane is named, drawn, listed,
//! filtered and sorted, and what selecting in it or opening it does to the others. A
//! new pane is a row here, a view, and a place in the layout.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::sync::Arc;

use super::action::Pane;
use super::app::{App, Filter};
use super::lists::{self, Rows};
use super::views;

pub struct PaneSpec {
    pub pane: Pane,
    pub name: &'static str,
    /// The heading of the pane's keys in help.
    pub help_title: &'static str,
    /// Rows each item of the list takes; 0 for a text pane.
    pub item_height: usize,
    /// The orders `s` steps through, as the title names them; empty for a list in one
    /// order.
    pub orders: &'static [&'static str],
    /// Whether `f` filters the list by what is typed.
    pub filterable: bool,
    /// Whether the pane is one of the lists beside the statements (only one of them is
    /// shown when there is room for one).
    pub side: bool,
    pub draw: fn(&App, Rect, &mut Buffer, bool),
    /// The pane's list; `None` for a text pane.
    pub rows: fn(&App) -> Option<&Rows>,
    pub rows_mut: fn(&mut App) -> Option<&mut Rows>,
    /// Recomputes the list from the corpus and its filters, keeping the selection.
    pub refresh: fn(&mut App),
    /// After the user selected a row: what the other panes show.
    pub selected: fn(&mut App),
    /// Enter.
    pub open: fn(&mut App),
    /// Whether the pane's selection is what the statements show (it stays visible
    /// when the pane loses the focus).
    pub active: fn(&App) -> bool,
}

pub static PANES: [PaneSpec; 5] = [
    PaneSpec {
        pane: Pane::Reports,
        name: "Reports",
        help_title: "Reports pane",
        item_height: 2,
        orders: &lists::REPORT_ORDERS,
        filterable: true,
        side: true,
        draw: views::reports::draw,
        rows: |app| Some(&app.reports),
        rows_mut: |app| Some(&mut app.reports),
        refresh: |app| {
            let rows = lists::report_rows(&app.corpus, &app.reports.query, app.reports.order);
            app.reports.replace(rows);
        },
        selected: |app| {
            if let Some(report) = app.reports.current() {
                app.apply_filter(Filter::Report(report));
            }
        },
        open: |app| {
            if let Some(report) = app.reports.current() {
                if app.filter != Filter::Report(report) {
                    app.apply_filter(Filter::Report(report));
                }
                app.read_report(report);
                app.focus = Pane::Source;
            }
        },
        active: |app| matches!(app.filter, Filter::Report(_)),
    },
    PaneSpec {
        pane: Pane::Timeline,
        name: "Timeline",
        help_title: "Timeline pane",
        item_height: 2,
        orders: &[],
        filterable: true,
        side: true,
        draw: views::timeline::draw,
        rows: |app| Some(&app.events),
        rows_mut: |app| Some(&mut app.events),
        refresh: |app| {
            let rows = lists::event_rows(&app.corpus, &app.events.query, app.scope, app.dates);
            app.events.replace(rows);
        },
        selected: |app| {
            if let Some(event) = app.events.current() {
                app.apply_filter(Filter::Event(event));
            }
        },
        open: open_list,
        active: |app| matches!(app.filter, Filter::Event(_)),
    },
    PaneSpec {
        pane: Pane::Speakers,
        name: "Speakers",
        help_title: "Speakers pane",
        item_height: 1,
        orders: &lists::SPEAKER_ORDERS,
        filterable: true,
        side: true,
        draw: views::speakers::draw,
        rows: |app| Some(&app.speakers),
        rows_mut: |app| Some(&mut app.speakers),
        refresh: |app| {
            let corpus = Arc::clone(&app.corpus);
            app.speaker_counts = lists::speaker_counts(&corpus, app.scope);
            let rows = lists::speaker_rows(
                &corpus,
                &app.speakers.query,
                app.speakers.order,
                &app.speaker_counts,
                app.scope,
            );
            app.speakers.replace(rows);
        },
        selected: |app| {
            if let Some(speaker) = app.speakers.current() {
                app.apply_filter(Filter::Speaker(speaker));
            }
        },
        open: open_list,
        active: |app| matches!(app.filter, Filter::Speaker(_)),
    },
    PaneSpec {
        pane: Pane::Statements,
        name: "Statements",
        help_title: "Statements pane",
        item_height: 2,
        orders: &[],
        filterable: false,
        side: false,
        draw: views::statements::draw,
        rows: |app| Some(&app.statements),
        rows_mut: |app| Some(&mut app.statements),
        refresh: App::refresh_statements,
        selected: App::sync_source,
        open: |app| app.focus = Pane::Source,
        active: |_| true,
    },
    PaneSpec {
        pane: Pane::Source,
        name: "Source",
        help_title: "Source pane",
        item_height: 0,
        orders: &[],
        filterable: false,
        side: false,
        draw: views::source::draw_browse,
        rows: |_| None,
        rows_mut: |_| None,
        refresh: |_| {},
        selected: |_| {},
        open: |_| {},
        active: |_| false,
    },
];

/// An event or a speaker: its statements, in the statements pane.
fn open_list(app: &mut App) {
    let pane = app.focus;
    let index = app.selected_in(pane);
    app.select_in(pane, index);
    if !app.drives(pane) {
        (spec(pane).selected)(app);
    }
    app.focus = Pane::Statements;
}

/// The row of the table for `pane`.
pub fn spec(pane: Pane) -> &'static PaneSpec {
    &PANES[pane.number() - 1]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_the_panes_in_their_order() {
        for (spec, pane) in PANES.iter().zip(Pane::ALL) {
            assert_eq!(spec.pane, pane);
        }
    }
}
