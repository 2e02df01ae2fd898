//! The browser's state and `update(Action)`: every decision happens here (and in the
//! modules that extend `App`: `browse`, `prompt`, `popups`). Drawing reads the state
//! (see `views`) and never changes it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::sync::Arc;

use super::action::{Action, Context, Pane};
use super::compare::CompareState;
use super::finder::{FinderState, Matcher};
use super::keymap::Keymap;
use super::layout::{self, BrowseLayout};
use super::lists::{self, Rows};
use super::panes;
use super::prompt::Prompt;
use super::share::{self, Effect};
use super::style::Theme;
use super::text_search::TextSearch;
use super::wrap;
use crate::corpus::Problem;
use crate::model::rows;
use crate::model::{Corpus, DateRange, StatementKind};

pub use super::lists::Filter;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Browse,
    Compare,
}

pub enum Popup {
    Finder(FinderState),
    Help { scroll: usize },
    Problems { scroll: usize },
}

/// Which search `n` and `N` walk: the quote finder's hits or the source text's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LastSearch {
    #[default]
    Finder,
    Text,
}

/// A report's text in a pane: which report, and the first wrapped line shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextView {
    pub report: usize,
    pub scroll: usize,
}

impl TextView {
    /// Scrolls so that byte `offset` sits a third of the way down `rect`, or shows the
    /// text from its top when the offset is on its first page.
    pub fn show(&mut self, corpus: &Corpus, offset: usize, rect: Option<Rect>) {
        let Some((lines, rows)) = self.lines(corpus, rect) else {
            return;
        };
        let line = wrap::line_of(&lines, offset);
        // A statement in the first two thirds of the first page shows with the report
        // from its headline; further down, a third of the pane above it.
        let scroll = if line < rows * 2 / 3 {
            0
        } else {
            line - rows / 3
        };
        self.scroll = scroll.min(Self::last_scroll(&lines, rows));
    }

    /// Scrolls by `delta` lines, no further than the last line at the bottom.
    pub fn scroll_by(&mut self, corpus: &Corpus, delta: isize, rect: Option<Rect>) {
        let last = self
            .lines(corpus, rect)
            .map_or(0, |(lines, rows)| Self::last_scroll(&lines, rows));
        self.scroll = self.scroll.saturating_add_signed(delta).min(last);
    }

    /// The furthest scroll that still fills the pane: the last line at its bottom.
    fn last_scroll(lines: &[std::ops::Range<usize>], rows: usize) -> usize {
        lines.len().saturating_sub(rows.max(1))
    }

    /// The byte offset of the first character shown.
    /// Scrolls to the line that holds byte `offset` at the width of `rect`, no further
    /// than the last line at the bottom.
    pub fn scroll_to(&mut self, corpus: &Corpus, offset: usize, rect: Option<Rect>) {
        if let Some((lines, _)) = self.lines(corpus, rect) {
            self.scroll = wrap::line_of(&lines, offset);
            self.scroll_by(corpus, 0, rect);
        }
    }

    pub fn first_offset(&self, corpus: &Corpus, rect: Option<Rect>) -> usize {
        self.lines(corpus, rect)
            .and_then(|(lines, _)| lines.get(self.scroll).map(|l| l.start))
            .unwrap_or(0)
    }

    fn lines(
        &self,
        corpus: &Corpus,
        rect: Option<Rect>,
    ) -> Option<(Vec<std::ops::Range<usize>>, usize)> {
        let rect = rect?;
        let body = &corpus.reports().get(self.report)?.body;
        let width = usize::from(rect.width.saturating_sub(2));
        Some((wrap::wrap(body, width), layout::inner_rows(rect)))
    }
}

pub struct App {
    pub corpus: Arc<Corpus>,
    /// What loading found, shown in a popup from the status line.
    pub problems: Vec<Problem>,
    /// The problems that are news: found by reading the reports (not kept with a
    /// cache from an earlier opening, not there before a reload) and not yet looked at
    /// in the popup. Only these are printed after quitting.
    pub news: Vec<Problem>,
    /// Watches the folders open and loads them again when they change.
    pub reload: Option<super::reload::Reloader>,
    pub theme: Theme,
    /// The keys: the defaults with the user's configuration laid over them.
    pub keymap: Keymap,
    /// What `update` asked of the world outside the screen (the clipboard, the web
    /// browser), for the event loop to perform.
    pub effects: Vec<Effect>,
    pub area: Rect,
    pub screen: Screen,
    pub focus: Pane,
    /// The list pane shown beside the statements when there is room for only one.
    pub side: Pane,
    pub reports: Rows,
    /// The timeline: event indexes in time order, undated last.
    pub events: Rows,
    pub speakers: Rows,
    /// Statements per speaker, by speaker index (in the report of `scope`, if any).
    pub speaker_counts: Vec<usize>,
    pub statements: Rows,
    /// What the statements are narrowed to by another pane's selection.
    pub filter: Filter,
    /// Only statements of this kind.
    pub kind: Option<StatementKind>,
    /// Only the timeline, speakers and statements of this report.
    pub scope: Option<usize>,
    /// Only the events within these dates.
    pub dates: Option<DateRange>,
    pub source: TextView,
    /// The statement highlighted in the source text.
    pub highlighted: Option<usize>,
    /// The mention highlighted instead, for an event without statements.
    pub mention: Option<std::ops::Range<usize>>,
    /// The search in the source text, if any.
    pub search: Option<TextSearch>,
    /// A line being typed into a pane.
    pub prompt: Option<Prompt>,
    pub compare: Option<CompareState>,
    /// Browse shows a row opened from Compare: Esc goes back to Compare.
    pub back_to_compare: bool,
    pub popup: Option<Popup>,
    pub quit: bool,
    /// The statements the last quote search found, and which of them is shown, for n/N.
    pub hits: Vec<usize>,
    pub hit: usize,
    pub last_search: LastSearch,
    /// The quote finder's earlier queries, oldest first.
    pub history: Vec<String>,
    /// A line for the status bar until the next key: what the last command did ("search
    /// wrapped to the top", "copied …"), or what went wrong.
    pub message: Option<String>,
    pub(super) matcher: Matcher,
    last_key: Option<KeyEvent>,
}

impl App {
    /// An app whose finder matches inline: what headless tests drive.
    pub fn new(corpus: Corpus, width: u16, height: u16) -> Self {
        let corpus = Arc::new(corpus);
        let matcher = Matcher::inline(Arc::clone(&corpus));
        Self::with_matcher(corpus, matcher, width, height)
    }

    /// An app whose finder matches on a worker thread: what the terminal runs.
    pub fn threaded(corpus: Corpus, width: u16, height: u16) -> Self {
        let corpus = Arc::new(corpus);
        let matcher = Matcher::worker(Arc::clone(&corpus));
        Self::with_matcher(corpus, matcher, width, height)
    }

    fn with_matcher(corpus: Arc<Corpus>, matcher: Matcher, width: u16, height: u16) -> Self {
        let mut app = App {
            problems: Vec::new(),
            news: Vec::new(),
            reload: None,
            theme: Theme::default(),
            keymap: Keymap::default(),
            effects: Vec::new(),
            area: Rect::new(0, 0, width, height),
            screen: Screen::Browse,
            focus: Pane::Statements,
            side: Pane::Reports,
            reports: Rows::default(),
            events: Rows::default(),
            speakers: Rows::default(),
            speaker_counts: Vec::new(),
            statements: Rows::default(),
            filter: Filter::All,
            kind: None,
            scope: None,
            dates: None,
            source: TextView::default(),
            highlighted: None,
            mention: None,
            search: None,
            prompt: None,
            compare: None,
            back_to_compare: false,
            popup: None,
            quit: false,
            hits: Vec::new(),
            hit: 0,
            last_search: LastSearch::default(),
            history: Vec::new(),
            message: None,
            matcher,
            last_key: None,
            corpus,
        };
        for pane in Pane::ALL {
            (panes::spec(pane).refresh)(&mut app);
        }
        app.sync_source();
        app
    }

    /// The problems loading found; `new` when they were found by reading the reports
    /// rather than kept with the folder's cache. Those not among the problems before,
    /// or still unseen, are news.
    pub fn set_problems(&mut self, problems: Vec<Problem>, new: bool) {
        let old = std::mem::take(&mut self.problems);
        let news = std::mem::take(&mut self.news);
        if new {
            self.news = problems
                .iter()
                .filter(|p| !old.contains(p) || news.contains(p))
                .cloned()
                .collect();
        }
        self.problems = problems;
    }

    /// The contexts that apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match (&self.popup, &self.prompt, self.screen) {
            (Some(Popup::Finder(_)), ..) => vec![Context::Finder],
            (Some(Popup::Help { .. }), ..) => vec![Context::Help],
            (Some(Popup::Problems { .. }), ..) => vec![Context::Problems],
            (None, Some(_), Screen::Browse) => vec![Context::Prompt],
            (None, _, Screen::Browse) => {
                vec![Context::Pane(self.focus), Context::Browse, Context::Global]
            }
            // The list of reports a side is chosen from narrows as the user types,
            // with the finder's keys.
            (None, _, Screen::Compare) if self.choosing() => vec![Context::Finder],
            (None, _, Screen::Compare) => vec![Context::Compare, Context::Global],
        }
    }

    /// Whether keys typed are text (the finder, a prompt, or the list Compare's sides
    /// are chosen from) rather than commands.
    fn typing(&self) -> bool {
        matches!(self.popup, Some(Popup::Finder(_)))
            || (self.popup.is_none() && self.prompt.is_some() && self.screen == Screen::Browse)
            || (self.popup.is_none() && self.choosing())
    }

    /// Whether Compare's list of reports is open.
    fn choosing(&self) -> bool {
        self.screen == Screen::Compare && self.compare.as_ref().is_some_and(|c| c.chooser.is_some())
    }

    /// Turns a key into an action through the key table, and applies it.
    pub fn key(&mut self, event: KeyEvent) {
        // Terminals send Alt+c as Esc then c, and read Esc quickly followed by c the
        // same way. Unless the configuration binds it, it means "back, then c".
        if matches!(event.code, KeyCode::Char(_))
            && event.modifiers.contains(KeyModifiers::ALT)
            && self
                .keymap
                .action_for(&event, &self.contexts(), false)
                .is_none()
        {
            self.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            return self.key(KeyEvent::new(
                event.code,
                event.modifiers - KeyModifiers::ALT,
            ));
        }
        self.message = None;
        let repeated = self
            .last_key
            .is_some_and(|k| k.code == event.code && k.modifiers == event.modifiers);
        let contexts = self.contexts();
        let action = self.keymap.action_for(&event, &contexts, repeated);
        // After `g g`, a third `g` starts a new pair.
        self.last_key = if action == Some(Action::Top) {
            None
        } else {
            Some(event)
        };
        match action {
            Some(action) => self.update(action),
            None => {
                if let KeyCode::Char(c) = event.code {
                    if self.typing() && !event.modifiers.contains(KeyModifiers::CONTROL) {
                        self.update(Action::Type(c));
                    }
                }
            }
        }
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.resize(w, h),
            Action::Finder if !self.typing() => self.open_finder(),
            Action::Help if !self.typing() => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Problems if !self.typing() => self.open_problems(),
            Action::Click(column, row) if self.popup.is_none() && self.on_problems(column, row) => {
                self.open_problems();
            }
            Action::Copy if self.popup.is_none() && !self.typing() => self.copy(),
            Action::OpenUrl if self.popup.is_none() && !self.typing() => self.open_url(),
            _ if self.popup.is_some() => self.update_popup(action),
            _ if self.screen == Screen::Compare => self.update_compare(action),
            Action::Back if self.back_to_compare && self.prompt.is_none() => {
                self.back_to_compare = false;
                self.screen = Screen::Compare;
                self.refollow_compare();
            }
            _ if self.prompt.is_some() => self.update_prompt(action),
            _ => self.update_browse(action),
        }
    }

    /// Whether a click at (`column`, `row`) is on the problems count of the status line.
    fn on_problems(&self, column: u16, row: u16) -> bool {
        super::views::status::problems_at(self, self.area)
            .is_some_and(|rect| layout::contains(rect, column, row))
    }

    /// A new size: the texts shown are scrolled again to what they showed.
    fn resize(&mut self, width: u16, height: u16) {
        let corpus = Arc::clone(&self.corpus);
        // Compare's texts were wrapped to the old width: scrolled again to the text they
        // began with, or a side could show past its end (blank) until the next key.
        let new_area = Rect::new(0, 0, width, height);
        if let Some(compare) = &mut self.compare {
            compare.resize(&corpus, self.area, new_area);
        }
        let rect = self.pane_rect(Pane::Source);
        let first = self.source.first_offset(&corpus, rect);
        self.area = Rect::new(0, 0, width, height);
        let rect = self.pane_rect(Pane::Source);
        let lines = rect.and_then(|r| {
            let body = &corpus.reports().get(self.source.report)?.body;
            Some(wrap::wrap(body, usize::from(r.width.saturating_sub(2))))
        });
        if let Some(lines) = lines {
            self.source.scroll = wrap::line_of(&lines, first);
            self.source.scroll_by(&corpus, 0, rect);
        }
    }

    /// Takes in finder results from the worker, and a corpus loaded again; true if a
    /// redraw is due.
    pub fn poll(&mut self) -> bool {
        let reloading = self.reload.as_ref().is_some_and(|r| r.progress().is_some());
        let reloaded = self.reload.as_mut().and_then(|r| r.poll());
        let mut changed = reloading || reloaded.is_some();
        if let Some(reloaded) = reloaded {
            self.reloaded(reloaded);
        }
        if let Some(Popup::Finder(state)) = &mut self.popup {
            changed |= self.matcher.poll(state);
        }
        changed
    }

    /// Whether the finder is waiting for results, or a reload is under way (the loop
    /// then polls more often).
    pub fn busy(&self) -> bool {
        matches!(&self.popup, Some(Popup::Finder(s)) if s.waiting())
            || self.reload.as_ref().is_some_and(|r| r.busy())
    }

    pub fn browse_layout(&self) -> BrowseLayout {
        layout::browse(self.area, self.focus, self.side)
    }

    pub fn pane_rect(&self, pane: Pane) -> Option<Rect> {
        self.browse_layout().rect(pane)
    }

    /// Shows a statement in Browse: unfiltered list, selected, focused in its source.
    pub fn show_statement(&mut self, statement: usize) {
        self.screen = Screen::Browse;
        if !self.statements.contains(&statement) {
            self.kind = None;
            self.scope = None;
            self.set_filter(Filter::All);
            self.refresh_scoped();
        }
        self.statements.select_item(statement);
        self.focus = Pane::Source;
        self.sync_source();
    }

    /// Compare's texts scrolled again to its selected row (after a resize, or coming
    /// back from Browse).
    fn refollow_compare(&mut self) {
        let corpus = Arc::clone(&self.corpus);
        if let Some(compare) = &mut self.compare {
            compare.follow(&corpus, self.area);
        }
    }

    pub(super) fn open_compare(&mut self) {
        self.back_to_compare = false;
        if self.compare.is_none() {
            // The report being read, beside the one that tells most of its story (for
            // the bundled corpus, the summit and its aftermath).
            let left = self
                .source
                .report
                .min(self.corpus.reports().len().saturating_sub(1));
            let right = self.corpus.closest_report(left).unwrap_or(1);
            self.compare = Some(CompareState::new(&self.corpus, left, right));
        }
        self.screen = Screen::Compare;
        if let Some(compare) = &mut self.compare {
            compare.follow(&self.corpus, self.area);
        }
    }

    /// Puts the report in the source pane on one side of Compare, the other side kept
    /// (or swapped, if it showed this report).
    pub(super) fn set_compare_side(&mut self, left: bool) {
        let count = self.corpus.reports().len();
        let report = self.source.report;
        if count < 2 || report >= count {
            self.message = Some("Compare needs two different reports".to_owned());
            return;
        }
        let (mut l, mut r) = self
            .compare
            .as_ref()
            .map_or((0, 1), |c| (c.left.report, c.right.report));
        if left {
            if r == report {
                r = l;
            }
            l = report;
        } else {
            if l == report {
                l = r;
            }
            r = report;
        }
        if l == r {
            // Both sides were this report: the other side takes the next one.
            let other = (report + 1) % count;
            if left {
                r = other;
            } else {
                l = other;
            }
        }
        self.compare = Some(CompareState::new(&self.corpus, l, r));
        let side = if left { "left" } else { "right" };
        let title = crate::text::one_line(&self.corpus.reports()[report].title).into_owned();
        self.message = Some(format!("Compare's {side}: {title} (c compares)"));
    }

    fn update_compare(&mut self, action: Action) {
        let Some(compare) = &mut self.compare else {
            self.screen = Screen::Browse;
            return;
        };
        let choosing = compare.chooser.is_some();
        if action == Action::Back && !choosing {
            self.screen = Screen::Browse;
            return;
        }
        if action == Action::Open && !choosing {
            self.open_compare_row();
            return;
        }
        let rows = if choosing {
            usize::from(self.area.height.saturating_sub(6))
        } else {
            compare.focused_rows(self.area)
        };
        let step = self.movement_in(action, rows, 1);
        let corpus = Arc::clone(&self.corpus);
        if let Some(compare) = &mut self.compare {
            compare.update(&corpus, action, step, self.area);
        }
    }

    /// Shows the selected row of Compare in Browse, in its source (the right side's when
    /// the right text has the focus or the row has no left side); Esc comes back.
    fn open_compare_row(&mut self) {
        let Some(compare) = &self.compare else { return };
        let right =
            compare.focus == layout::ComparePart::Right || compare.selected_item(true).is_none();
        let (Some(item), Some(comparison)) = (compare.selected_item(!right), &compare.comparison)
        else {
            return;
        };
        let view = if right { compare.right } else { compare.left };
        let corpus = Arc::clone(&self.corpus);
        let Some(report) = corpus.reports().get(view.report) else {
            return;
        };
        match item {
            rows::Item::Statement(statement) => self.show_statement(*statement),
            other => {
                let Some(place) = rows::place(&corpus, comparison, other, &report.id) else {
                    return;
                };
                self.screen = Screen::Browse;
                self.focus = Pane::Source;
                self.source.report = view.report;
                self.highlighted = None;
                self.mention = Some(place.clone());
                self.source
                    .show(&corpus, place.start, self.pane_rect(Pane::Source));
            }
        }
        self.back_to_compare = true;
    }

    /// The statement rows: the filter, kind and report scope applied.
    pub(super) fn refresh_statements(&mut self) {
        let rows = lists::statement_rows(&self.corpus, self.filter, self.kind, self.scope);
        self.statements.replace(rows);
    }
}

impl App {
    /// The statement `y` copies: the selected one in Browse, the selected row's in
    /// Compare (the focused side's when a side is focused).
    fn selected_statement(&self) -> Option<usize> {
        match self.screen {
            Screen::Browse => self.statements.current(),
            Screen::Compare => {
                let compare = self.compare.as_ref()?;
                let item = match compare.focus {
                    layout::ComparePart::Right => compare.selected_item(false),
                    _ => compare
                        .selected_item(true)
                        .or_else(|| compare.selected_item(false)),
                };
                match item {
                    Some(&rows::Item::Statement(s)) => Some(s),
                    _ => None,
                }
            }
        }
    }

    /// The report `o` opens: the one in the source pane, or Compare's focused side.
    fn selected_report(&self) -> Option<usize> {
        match (self.screen, &self.compare) {
            (Screen::Compare, Some(compare)) => Some(match compare.focus {
                layout::ComparePart::Right => compare.right.report,
                _ => compare.left.report,
            }),
            _ => self
                .selected_statement()
                .and_then(|s| {
                    self.corpus
                        .report_index(&self.corpus.statements()[s].report)
                })
                .or(Some(self.source.report)),
        }
    }

    fn copy(&mut self) {
        let Some(statement) = self.selected_statement() else {
            self.message = Some("No statement selected to copy.".to_owned());
            return;
        };
        let text = share::citation_text(&self.corpus, &self.corpus.statements()[statement]);
        self.message = Some(format!(
            "Copied to the clipboard through the terminal (OSC 52): {}",
            share::shorten(&text, 80)
        ));
        self.effects.push(Effect::Clipboard(text));
    }

    fn open_url(&mut self) {
        let Some(report) = self
            .selected_report()
            .and_then(|r| self.corpus.reports().get(r))
        else {
            self.message = Some("No report to open.".to_owned());
            return;
        };
        self.message = Some(match &report.url {
            None => format!(
                "“{}” has no URL (a `url:` line in its header gives one).",
                report.title
            ),
            Some(url) if !share::openable(url) => {
                format!("Not a web address, not opened: {url}")
            }
            Some(url) => {
                self.effects.push(Effect::OpenUrl(url.clone()));
                format!("Opening {url} in the web browser")
            }
        });
    }
}

/// Rows each item of a Browse list takes.
pub fn item_height(pane: Pane) -> usize {
    panes::spec(pane).item_height.max(1)
}
