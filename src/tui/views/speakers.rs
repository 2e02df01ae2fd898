//! Pane 3: who speaks, in their colour, with how many statements each, most quoted
//! first or by name; the selected speaker's role, affiliation and other names in the
//! pane's bottom border.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::{cut, draw_list, empty, list_title, pane_block, scope_note};
use crate::model::Speaker;
use crate::tui::action::Pane;
use crate::tui::app::{item_height, App, Filter};
use crate::tui::lists;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer, focused: bool) {
    let corpus = &app.corpus;
    let theme = &app.theme;
    let active = matches!(app.filter, Filter::Speaker(_));
    let order = lists::SPEAKER_ORDERS[app.speakers.order % lists::SPEAKER_ORDERS.len()];
    let scope = scope_note(app);
    let title = list_title(
        Pane::Speakers,
        &app.speakers,
        corpus.speakers().len(),
        &[order, &scope],
        active,
    );
    let mut block = pane_block(title, focused, theme);
    if app.speakers.is_empty() {
        let message = if corpus.speakers().is_empty() {
            "No speakers.".to_owned()
        } else {
            super::nothing_here(app, "No speaker here.", "clears the filter.")
        };
        return empty(&message, block, area, buf, theme);
    }
    let width = usize::from(area.width.saturating_sub(2));
    if let Some(p) = app.speakers.current().filter(|_| focused || active) {
        let detail = cut(&about(&corpus.speakers()[p]), width.saturating_sub(2));
        block = block.title_bottom(Span::styled(format!(" {detail} "), theme.dim()));
    }
    let item = |row: usize| {
        let p = app.speakers[row];
        let speaker = &corpus.speakers()[p];
        let count = format!(" ({})", app.speaker_counts[p]);
        let name = cut(&speaker.name, width.saturating_sub(count.len()));
        let mut spans = vec![
            Span::styled(name, theme.speaker(p)),
            Span::styled(count, theme.dim()),
        ];
        // "The company (3) · nyt · 8 Sep 2016": which report's own it is, where every
        // report has one of that name; in what room the name leaves.
        if let Some(report) = lists::own_report(corpus, p) {
            let used: usize = spans.iter().map(Span::width).sum();
            let room = width.saturating_sub(used);
            let whose = format!(" · {}", lists::outlet_and_date(corpus, report));
            if room > 4 {
                spans.push(Span::styled(cut(&whose, room), theme.dim()));
            }
        }
        vec![Line::from(spans)]
    };
    let selected = (focused || active).then_some(app.speakers.selected);
    draw_list(
        app.speakers.len(),
        item,
        selected,
        item_height(Pane::Speakers),
        block,
        area,
        buf,
        theme.selected(focused),
    );
}

/// "President of Russia · Kremlin · also Putin, the Russian leader", or the kind of
/// speaker when nothing more is known.
pub fn about(speaker: &Speaker) -> String {
    let mut parts: Vec<String> = speaker
        .role
        .iter()
        .chain(&speaker.affiliation)
        .cloned()
        .collect();
    let aliases: Vec<&str> = speaker
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| *a != speaker.name)
        .collect();
    if !aliases.is_empty() {
        parts.push(format!("also {}", aliases.join(", ")));
    }
    if parts.is_empty() {
        parts.push(speaker.kind.label().to_owned());
    }
    parts.join(" · ")
}
