//! The browser's state and `update(Action)`: every decision happens here. Drawing reads
//! the state (see `views`) and never changes it.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use std::sync::Arc;

use super::action::{Action, Context, Pane};
use super::compare::CompareState;
use super::finder::{FinderState, Matcher};
use super::keymap::Keymap;
use super::layout::{self, BrowseLayout};
use super::share::{self, Effect};
use super::style::Theme;
use super::wrap;
use crate::model::Corpus;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Browse,
    Compare,
}

/// What the statements pane is narrowed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    All,
    /// An index into [`Corpus::events`].
    Event(usize),
    /// An index into [`Corpus::speakers`].
    Speaker(usize),
}

pub enum Popup {
    Finder(FinderState),
    Help { scroll: usize },
}

/// A report's text in a pane: which report, and the first wrapped line shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextView {
    pub report: usize,
    pub scroll: usize,
}

impl TextView {
    /// Scrolls so that byte `offset` sits a third of the way down `rect`.
    pub fn show(&mut self, corpus: &Corpus, offset: usize, rect: Option<Rect>) {
        let Some((lines, rows)) = self.lines(corpus, rect) else {
            return;
        };
        let line = wrap::line_of(&lines, offset);
        self.scroll = line.saturating_sub(rows / 3);
    }

    pub fn scroll_by(&mut self, corpus: &Corpus, delta: isize, rect: Option<Rect>) {
        let last = self
            .lines(corpus, rect)
            .map_or(0, |(lines, _)| lines.len().saturating_sub(1));
        self.scroll = self.scroll.saturating_add_signed(delta).min(last);
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
    pub theme: Theme,
    /// The keys: the defaults with the user's configuration laid over them.
    pub keymap: Keymap,
    /// What the last command did (or what went wrong), shown in the status line until
    /// the next key.
    pub message: Option<String>,
    /// What `update` asked of the world outside the screen (the clipboard, the web
    /// browser), for the event loop to perform.
    pub effects: Vec<Effect>,
    pub area: Rect,
    pub screen: Screen,
    pub focus: Pane,
    /// Event indexes in time order, undated last.
    pub timeline: Vec<usize>,
    pub event_selected: usize,
    pub speaker_selected: usize,
    /// Statements per speaker, by speaker index.
    pub speaker_counts: Vec<usize>,
    pub filter: Filter,
    /// The statements shown, as indexes into [`Corpus::statements`].
    pub statements: Vec<usize>,
    pub statement_selected: usize,
    pub source: TextView,
    /// The statement highlighted in the source text.
    pub highlighted: Option<usize>,
    /// The mention highlighted instead, for an event without statements.
    pub mention: Option<std::ops::Range<usize>>,
    pub compare: Option<CompareState>,
    pub popup: Option<Popup>,
    pub quit: bool,
    /// The statements the last quote search found, and which of them is shown, for n/N.
    pub hits: Vec<usize>,
    pub hit: usize,
    matcher: Matcher,
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
        let timeline = {
            let t = corpus.timeline();
            t.dated.iter().chain(&t.undated).copied().collect()
        };
        let speaker_counts = corpus
            .speakers()
            .iter()
            .map(|s| corpus.statements_by(&s.id).count())
            .collect();
        let mut app = App {
            theme: Theme::default(),
            keymap: Keymap::default(),
            message: None,
            effects: Vec::new(),
            area: Rect::new(0, 0, width, height),
            screen: Screen::Browse,
            focus: Pane::Statements,
            timeline,
            event_selected: 0,
            speaker_selected: 0,
            speaker_counts,
            filter: Filter::All,
            statements: Vec::new(),
            statement_selected: 0,
            source: TextView::default(),
            highlighted: None,
            mention: None,
            compare: None,
            popup: None,
            quit: false,
            hits: Vec::new(),
            hit: 0,
            matcher,
            last_key: None,
            corpus,
        };
        app.apply_filter(Filter::All);
        app
    }

    /// The contexts that apply now, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        match (&self.popup, self.screen) {
            (Some(Popup::Finder(_)), _) => vec![Context::Finder],
            (Some(Popup::Help { .. }), _) => vec![Context::Help],
            (None, Screen::Browse) => vec![Context::Browse, Context::Global],
            (None, Screen::Compare) => vec![Context::Compare, Context::Global],
        }
    }

    /// Turns a key into an action through the key table, and applies it.
    pub fn key(&mut self, event: KeyEvent) {
        // Terminals send Alt+c as Esc then c, and read Esc quickly followed by c the
        // same way. In the finder, which types letters, that means "close, then c".
        if matches!(self.popup, Some(Popup::Finder(_)))
            && matches!(event.code, KeyCode::Char(_))
            && event.modifiers.contains(KeyModifiers::ALT)
        {
            self.key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
            return self.key(KeyEvent::new(
                event.code,
                event.modifiers - KeyModifiers::ALT,
            ));
        }
        let repeated = self
            .last_key
            .is_some_and(|k| k.code == event.code && k.modifiers == event.modifiers);
        let contexts = self.contexts();
        let action = self.keymap.action_for(&event, &contexts, repeated);
        self.message = None;
        // After `g g`, a third `g` starts a new pair.
        self.last_key = if action == Some(super::action::Action::Top) {
            None
        } else {
            Some(event)
        };
        match action {
            Some(action) => self.update(action),
            None => {
                if let (Some(Popup::Finder(_)), KeyCode::Char(c)) = (&self.popup, event.code) {
                    if !event.modifiers.contains(KeyModifiers::CONTROL) {
                        self.update(Action::Type(c));
                    }
                }
            }
        }
    }

    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.quit = true,
            Action::Resize(w, h) => self.area = Rect::new(0, 0, w, h),
            Action::Finder => self.open_finder(),
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::Copy if self.popup.is_none() => self.copy(),
            Action::OpenUrl if self.popup.is_none() => self.open_url(),
            _ if self.popup.is_some() => self.update_popup(action),
            _ if self.screen == Screen::Compare => self.update_compare(action),
            _ => self.update_browse(action),
        }
    }

    /// Takes in finder results from the worker; true if a redraw is due.
    pub fn poll(&mut self) -> bool {
        match &mut self.popup {
            Some(Popup::Finder(state)) => self.matcher.poll(state),
            _ => false,
        }
    }

    /// Whether the finder is waiting for results (the loop then polls more often).
    pub fn busy(&self) -> bool {
        matches!(&self.popup, Some(Popup::Finder(s)) if s.waiting())
    }

    pub fn browse_layout(&self) -> BrowseLayout {
        layout::browse(self.area, self.focus)
    }

    pub fn pane_rect(&self, pane: Pane) -> Option<Rect> {
        self.browse_layout().rect(pane)
    }

    fn open_finder(&mut self) {
        let mut state = FinderState::default();
        self.matcher.ask(&mut state);
        self.popup = Some(Popup::Finder(state));
    }

    fn update_popup(&mut self, action: Action) {
        let Some(popup) = &mut self.popup else { return };
        match (popup, action) {
            (_, Action::Back) => self.popup = None,
            (Popup::Help { scroll }, Action::Down) => {
                *scroll =
                    (*scroll + 1).min(super::views::help::max_scroll(&self.keymap, self.area));
            }
            (Popup::Help { scroll }, Action::Up) => *scroll = scroll.saturating_sub(1),
            (Popup::Finder(state), Action::Type(c)) => {
                state.query.push(c);
                self.matcher.ask(state);
            }
            (Popup::Finder(state), Action::Erase) => {
                // Asking again for an unchanged query would only flicker "matching…".
                let erased = state.query.pop().is_some();
                if erased {
                    self.matcher.ask(state);
                }
            }
            (Popup::Finder(state), Action::Down) => {
                state.selected = (state.selected + 1).min(state.hits.len().saturating_sub(1));
            }
            (Popup::Finder(state), Action::Up) => state.selected = state.selected.saturating_sub(1),
            (Popup::Finder(state), Action::Click(column, row)) => {
                if let Some(i) = super::views::finder::hit_at(state, self.area, column, row) {
                    state.selected = i;
                }
            }
            (Popup::Finder(state), Action::Wheel { down, .. }) => {
                state.selected = if down {
                    (state.selected + 1).min(state.hits.len().saturating_sub(1))
                } else {
                    state.selected.saturating_sub(1)
                };
            }
            (Popup::Finder(state), Action::Open) => {
                let hit = state.hits.get(state.selected).map(|h| h.statement);
                if hit.is_some() {
                    self.hits = state.hits.iter().map(|h| h.statement).collect();
                    self.hit = state.selected;
                }
                self.popup = None;
                if let Some(statement) = hit {
                    self.show_statement(statement);
                }
            }
            _ => {}
        }
    }

    /// Shows a statement in Browse: unfiltered list, selected, focused in its source.
    pub fn show_statement(&mut self, statement: usize) {
        self.screen = Screen::Browse;
        self.apply_filter(Filter::All);
        if let Some(position) = self.statements.iter().position(|&s| s == statement) {
            self.statement_selected = position;
        }
        self.focus = Pane::Source;
        self.sync_source();
    }

    pub(super) fn open_compare(&mut self) {
        if self.compare.is_none() {
            // The first two reports: for the bundled corpus, the summit and its aftermath.
            self.compare = Some(CompareState::new(&self.corpus, 0, 1));
        }
        self.screen = Screen::Compare;
        if let Some(compare) = &mut self.compare {
            compare.follow(&self.corpus, self.area);
        }
    }

    fn update_compare(&mut self, action: Action) {
        if action == Action::Back {
            self.screen = Screen::Browse;
            return;
        }
        let Some(compare) = &mut self.compare else {
            self.screen = Screen::Browse;
            return;
        };
        if action == Action::Open {
            // The selected row's statement (the left one of a pair) in Browse.
            let focus = compare.focus;
            let item = match focus {
                layout::ComparePart::Right => compare.selected_item(false),
                _ => compare
                    .selected_item(true)
                    .or_else(|| compare.selected_item(false)),
            };
            if let Some(&super::align::Item::Statement(statement)) = item {
                self.show_statement(statement);
            }
            return;
        }
        let rows = compare.focused_rows(self.area);
        let step = self.movement_in(action, rows, 1);
        let corpus = Arc::clone(&self.corpus);
        if let Some(compare) = &mut self.compare {
            compare.update(&corpus, action, step, self.area);
        }
    }
}

impl App {
    /// The statement `y` copies: the selected one in Browse, the selected row's in
    /// Compare (the focused side's when a side is focused).
    fn selected_statement(&self) -> Option<usize> {
        match self.screen {
            Screen::Browse => self.statements.get(self.statement_selected).copied(),
            Screen::Compare => {
                let compare = self.compare.as_ref()?;
                let item = match compare.focus {
                    layout::ComparePart::Right => compare.selected_item(false),
                    _ => compare
                        .selected_item(true)
                        .or_else(|| compare.selected_item(false)),
                };
                match item {
                    Some(&super::align::Item::Statement(s)) => Some(s),
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
    match pane {
        Pane::Timeline | Pane::Statements => 2,
        _ => 1,
    }
}
