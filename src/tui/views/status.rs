//! The status line: where the focus is, the keys that matter there (from the keymap),
//! a message after a command, and how many problems loading found; and the line typed
//! into a pane.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{cut, thousands};
use crate::text::one_line;
use crate::tui::action::{Action, Context, Pane};
use crate::tui::app::{App, Filter, Screen};
use crate::tui::panes;
use crate::tui::prompt::Prompt;

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let problems = problems_label(app);
    let right = u16::try_from(problems.width()).unwrap_or(area.width);
    let left = Rect {
        width: area.width.saturating_sub(right),
        ..area
    };
    let mut spans = Vec::new();
    if app.popup.is_none() {
        let place = match app.screen {
            Screen::Browse => format!(" {} {} ", app.focus.number(), app.focus.name()),
            Screen::Compare => " Compare ".to_owned(),
        };
        spans.push(Span::styled(place, theme.title(true)));
        spans.push(Span::raw(" "));
    }
    if let Some(message) = &app.message {
        spans.push(Span::styled(
            format!("{}  ", one_line(message)),
            theme.title(false),
        ));
    }
    // Help and quit first, so that a narrow terminal still shows them; then the
    // focused pane's own keys.
    let contexts = app.contexts();
    let mut bindings = app.keymap.bindings_for(&contexts);
    bindings.sort_by_key(|b| {
        (
            !matches!(b.action, Action::Help | Action::Quit),
            !matches!(b.context, Context::Pane(_) | Context::Prompt),
        )
    });
    for binding in bindings {
        if binding.hint.is_empty() || binding.keys.is_empty() || !matters(app, binding.action) {
            continue;
        }
        // The first of its keys that a binding nearer the focus does not take.
        let Some(key) = binding.keys.iter().find(|k| {
            app.keymap.action_for(&k.event(), &contexts, k.twice) == Some(binding.action)
        }) else {
            continue;
        };
        let key = key.label();
        spans.push(Span::styled(key, theme.title(false)));
        spans.push(Span::styled(format!(" {}  ", binding.hint), theme.dim()));
    }
    Paragraph::new(Line::from(spans)).render(left, buf);
    if right > 0 && right < area.width {
        let at = Rect {
            x: area.x + area.width - right,
            width: right,
            ..area
        };
        Paragraph::new(Span::styled(problems, theme.warning())).render(at, buf);
    }
}

/// "reloading 12 of 84 · ! 44 problems" at the right of the status line: how far a
/// reload has come, and how many problems loading found; nothing when neither.
pub fn problems_label(app: &App) -> String {
    let reloading = match app.reload.as_ref().and_then(|r| r.progress()) {
        Some((_, 0)) => " reloading… ".to_owned(),
        Some((done, total)) => format!(" reloading {done} of {total} "),
        None => String::new(),
    };
    let problems = match app.problems.len() {
        0 => String::new(),
        1 => " ! 1 problem ".to_owned(),
        n => format!(" ! {} problems ", thousands(n)),
    };
    reloading + &problems
}

/// Where the problems count is on screen, for a click on it.
pub fn problems_at(app: &App, area: Rect) -> Option<Rect> {
    let width = u16::try_from(problems_label(app).width()).ok()?;
    (width > 0 && width < area.width && area.height > 0).then(|| Rect {
        x: area.x + area.width - width,
        y: area.y + area.height - 1,
        width,
        height: 1,
    })
}

/// Whether an action does something where the focus is (Enter in the source does not;
/// Esc only when there is something to go back from).
fn matters(app: &App, action: Action) -> bool {
    match (app.screen, action) {
        (Screen::Browse, Action::Open) => app.prompt.is_some() || app.focus != Pane::Source,
        (Screen::Browse, Action::Back) => {
            app.popup.is_some()
                || app.prompt.is_some()
                || app.filter != Filter::All
                || app.kind.is_some()
                || app.scope.is_some()
                || app.dates.is_some()
                || app.search.is_some()
                || (panes::spec(app.focus).rows)(app).is_some_and(|r| !r.query.is_empty())
        }
        _ => true,
    }
}

/// The line being typed, on the last row inside its pane, the cursor shown reversed;
/// and why it cannot be used, if it cannot.
pub fn draw_prompt(app: &App, prompt: &Prompt, pane: Rect, buf: &mut Buffer) {
    if pane.height < 3 || pane.width < 3 {
        return;
    }
    let theme = &app.theme;
    let row = Rect {
        x: pane.x + 1,
        y: pane.y + pane.height - 2,
        width: pane.width - 2,
        height: 1,
    };
    let text = prompt.line.text();
    let (before, after) = text.split_at(prompt.line.cursor());
    let room = usize::from(row.width).saturating_sub(prompt.purpose.label().width() + 2);
    let before = tail(&one_line(before), room);
    let mut rest = after.chars();
    let under = rest
        .next()
        .map_or(" ".to_owned(), |c| one_line(&c.to_string()).into_owned());
    let mut spans = vec![
        Span::styled(prompt.purpose.label(), theme.title(false)),
        Span::raw(before),
        Span::styled(under, theme.title(false).add_modifier(Modifier::REVERSED)),
        Span::raw(one_line(rest.as_str()).into_owned()),
    ];
    if let Some(error) = &prompt.error {
        spans.push(Span::styled(
            format!("  {}", cut(error, usize::from(row.width))),
            theme.warning(),
        ));
    }
    super::clear(row, buf);
    Paragraph::new(Line::from(spans)).render(row, buf);
}

/// The end of `text` that fits in `width` columns, "…" first if any was left out, so
/// that the cursor after it stays in sight.
fn tail(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if text.width() <= width {
        return text.to_owned();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        used += c.width().unwrap_or(0);
        if used > width {
            break;
        }
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}
