//! The problems popup: what loading found (reports left out, dates left unresolved,
//! annotation lines that do not read), opened from the status line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{clear, pane_block, thousands};
use crate::corpus::Problem;
use crate::text::one_line;
use crate::tui::action::{Action, Context};
use crate::tui::app::App;
use crate::tui::layout;
use crate::tui::style::Theme;
use crate::tui::wrap;

fn popup(area: Rect) -> Rect {
    layout::popup(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    )
}

/// The popup's text at the width of its inside: a summary, then every problem,
/// wrapped, a continued line indented.
pub fn lines(problems: &[Problem], width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    let warnings = problems.len() - errors;
    let summary = if errors > 0 {
        format!(
            "{} (what they name was left out), {}. `parley check` lists them too.",
            counted(errors, "error"),
            counted(warnings, "warning")
        )
    } else {
        format!(
            "{}: what they name is loaded. `parley check` lists them too.",
            counted(warnings, "warning")
        )
    };
    let mut lines: Vec<Line> = wrap::wrap(&summary, width)
        .into_iter()
        .map(|range| Line::from(Span::styled(summary[range].to_owned(), theme.title(false))))
        .collect();
    lines.push(Line::from(""));
    if problems.is_empty() {
        lines.push(Line::from("Loading found no problem."));
    }
    for problem in problems {
        let text = one_line(&problem.to_string()).into_owned();
        let style = if problem.is_error() {
            theme.warning()
        } else {
            ratatui::style::Style::new()
        };
        for (i, range) in wrap::wrap(&text, width.saturating_sub(2))
            .into_iter()
            .enumerate()
        {
            let indent = if i == 0 { "" } else { "  " };
            lines.push(Line::from(Span::styled(
                format!("{indent}{}", &text[range]),
                style,
            )));
        }
    }
    lines
}

/// "1 error", "3 warnings".
fn counted(n: usize, what: &str) -> String {
    let s = if n == 1 { "" } else { "s" };
    format!("{} {what}{s}", thousands(n))
}

/// The furthest the popup can scroll at this size.
pub fn max_scroll(app: &App) -> usize {
    let popup = popup(app.area);
    let width = usize::from(popup.width.saturating_sub(2));
    let count = lines(&app.problems, width, &Theme::default()).len();
    count.saturating_sub(layout::inner_rows(popup))
}

pub fn draw(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let popup = popup(area);
    clear(popup, buf);
    let width = usize::from(popup.width.saturating_sub(2));
    let lines = lines(&app.problems, width, &app.theme);
    let rows = layout::inner_rows(popup);
    let scroll = scroll.min(lines.len().saturating_sub(rows));
    let keys = app.keymap.phrase(
        &[Context::Problems],
        &[
            (&[Action::Back], "closes"),
            (&[Action::Down, Action::Up], "scroll"),
        ],
    );
    let title = format!(
        "Problems loading found ({}): {keys}",
        thousands(app.problems.len())
    );
    let block = pane_block(title, true, &app.theme);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(rows).collect();
    Paragraph::new(shown).block(block).render(popup, buf);
}
