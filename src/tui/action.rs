//! Everything a user can do, each with a stable name, and the default key table. The
//! keymap (`super::keymap`) lays the user's bindings over it; the help screen, the hint
//! bar and every message naming a key read the keymap, so they never drift from the
//! real bindings.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A pane of the Browse screen. Its number, name and behaviour come from the pane
/// table (`super::panes::PANES`), in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Reports,
    Timeline,
    Speakers,
    Statements,
    Source,
}

impl Pane {
    pub const ALL: [Pane; 5] = [
        Pane::Reports,
        Pane::Timeline,
        Pane::Speakers,
        Pane::Statements,
        Pane::Source,
    ];

    /// The pane's number on screen and in keys (1-5).
    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) + 1
    }

    pub fn name(self) -> &'static str {
        super::panes::spec(self).name
    }

    /// The pane `steps` after this one, in number order, wrapping around.
    pub fn after(self, steps: isize) -> Pane {
        let count = Pane::ALL.len() as isize;
        let at = (self.number() as isize - 1 + steps).rem_euclid(count);
        Pane::ALL[at as usize]
    }
}

/// One thing the user can do. Keys, mouse and tests all speak in actions; each has a
/// stable name ([`Action::name`]) for configuration files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    NextPane,
    PrevPane,
    Focus(Pane),
    Up,
    Down,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    Open,
    Finder,
    Compare,
    PrevLeftReport,
    NextRightReport,
    Lock,
    NextPair,
    PrevPair,
    Help,
    Back,
    /// Copies the selected statement with its citation to the clipboard (OSC 52).
    Copy,
    /// Opens the selected report's URL with the system's opener.
    OpenUrl,
    // The browser for a real corpus (reports, filters, search, problems, editing).
    /// The next order of the focused list (reports, speakers).
    Sort,
    /// Type to filter the focused list.
    FilterList,
    /// The next kind of statement shown: all, direct, partial, reported, written.
    CycleKind,
    /// Narrows the timeline, speakers and statements to the report in the source pane.
    ThisReport,
    /// Asks for a range of dates for the timeline.
    Dates,
    /// Searches the text of the source pane.
    SearchText,
    /// Puts the report in the source pane on one side of Compare.
    CompareLeft,
    CompareRight,
    /// What loading found: skipped reports, unresolved dates, bad annotation lines.
    Problems,
    // Compare (issue 13): the rows listed, and the sides chosen from a list.
    /// Claims, statements (with events), or all of them.
    CompareRows,
    /// Opens the list of reports to choose the left (right) side from.
    ChooseLeft,
    ChooseRight,
    /// Editing a line (the finder's query, a filter, a search).
    CursorLeft,
    CursorRight,
    LineStart,
    LineEnd,
    EraseWord,
    EraseLine,
    DeleteForward,
    /// A character typed into the quote finder or a prompt.
    Type(char),
    /// Backspace in the quote finder or a prompt.
    Erase,
    Resize(u16, u16),
    Click(u16, u16),
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
}

/// Every action a key can be bound to, for looking one up by name.
pub const BINDABLE: &[Action] = &[
    Action::Quit,
    Action::NextPane,
    Action::PrevPane,
    Action::Focus(Pane::Reports),
    Action::Focus(Pane::Timeline),
    Action::Focus(Pane::Speakers),
    Action::Focus(Pane::Statements),
    Action::Focus(Pane::Source),
    Action::Up,
    Action::Down,
    Action::Top,
    Action::Bottom,
    Action::HalfPageDown,
    Action::HalfPageUp,
    Action::PageDown,
    Action::PageUp,
    Action::Open,
    Action::Finder,
    Action::Compare,
    Action::PrevLeftReport,
    Action::NextRightReport,
    Action::Lock,
    Action::NextPair,
    Action::PrevPair,
    Action::Help,
    Action::Back,
    Action::Copy,
    Action::OpenUrl,
    Action::Sort,
    Action::FilterList,
    Action::CycleKind,
    Action::ThisReport,
    Action::Dates,
    Action::SearchText,
    Action::CompareLeft,
    Action::CompareRight,
    Action::Problems,
    Action::CompareRows,
    Action::ChooseLeft,
    Action::ChooseRight,
    Action::CursorLeft,
    Action::CursorRight,
    Action::LineStart,
    Action::LineEnd,
    Action::EraseWord,
    Action::EraseLine,
    Action::DeleteForward,
    Action::Erase,
];

impl Action {
    /// The action's stable snake_case name, as a configuration file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::NextPane => "next_pane",
            Action::PrevPane => "prev_pane",
            Action::Focus(Pane::Reports) => "focus_reports",
            Action::Focus(Pane::Timeline) => "focus_timeline",
            Action::Focus(Pane::Speakers) => "focus_speakers",
            Action::Focus(Pane::Statements) => "focus_statements",
            Action::Focus(Pane::Source) => "focus_source",
            Action::Up => "up",
            Action::Down => "down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::Open => "open",
            Action::Finder => "finder",
            Action::Compare => "compare",
            Action::PrevLeftReport => "prev_left_report",
            Action::NextRightReport => "next_right_report",
            Action::Lock => "lock",
            Action::NextPair => "next_pair",
            Action::PrevPair => "prev_pair",
            Action::Help => "help",
            Action::Back => "back",
            Action::Copy => "copy",
            Action::OpenUrl => "open_url",
            Action::Sort => "sort",
            Action::FilterList => "filter",
            Action::CycleKind => "kind",
            Action::ThisReport => "this_report",
            Action::Dates => "dates",
            Action::SearchText => "search_text",
            Action::CompareLeft => "compare_left",
            Action::CompareRight => "compare_right",
            Action::Problems => "problems",
            Action::CompareRows => "compare_rows",
            Action::ChooseLeft => "choose_left",
            Action::ChooseRight => "choose_right",
            Action::CursorLeft => "cursor_left",
            Action::CursorRight => "cursor_right",
            Action::LineStart => "line_start",
            Action::LineEnd => "line_end",
            Action::EraseWord => "erase_word",
            Action::EraseLine => "erase_line",
            Action::DeleteForward => "delete_forward",
            Action::Erase => "erase",
            // Not bound to keys: what typing, the terminal and the mouse send.
            Action::Type(_) => "type",
            Action::Resize(..) => "resize",
            Action::Click(..) => "click",
            Action::Wheel { .. } => "wheel",
        }
    }

    /// The bindable action named `name`.
    pub fn from_name(name: &str) -> Option<Action> {
        BINDABLE.iter().copied().find(|a| a.name() == name)
    }
}

/// Where a binding applies. Popups and prompts see keys first, then the focused pane,
/// then the screen, then `Global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Browse,
    /// One pane of Browse, when it has the focus.
    Pane(Pane),
    Compare,
    Finder,
    /// Typing a line into a pane: a filter, a search, dates.
    Prompt,
    Help,
    Problems,
}

impl Context {
    /// Every context, in the order the help and the configuration file list them.
    pub const ALL: [Context; 12] = [
        Context::Global,
        Context::Browse,
        Context::Pane(Pane::Reports),
        Context::Pane(Pane::Timeline),
        Context::Pane(Pane::Speakers),
        Context::Pane(Pane::Statements),
        Context::Pane(Pane::Source),
        Context::Compare,
        Context::Finder,
        Context::Prompt,
        Context::Help,
        Context::Problems,
    ];

    /// The context's name in the configuration file: `[keys.browse]`, `[keys.reports]`.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Browse => "browse",
            Context::Pane(Pane::Reports) => "reports",
            Context::Pane(Pane::Timeline) => "timeline",
            Context::Pane(Pane::Speakers) => "speakers",
            Context::Pane(Pane::Statements) => "statements",
            Context::Pane(Pane::Source) => "source",
            Context::Compare => "compare",
            Context::Finder => "finder",
            Context::Prompt => "prompt",
            Context::Help => "help",
            Context::Problems => "problems",
        }
    }

    /// Whether letters typed here are text (the finder's query, a filter), so that a
    /// plain letter cannot be bound to an action.
    pub fn types_text(self) -> bool {
        matches!(self, Context::Finder | Context::Prompt)
    }

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Browse => "Browse",
            Context::Pane(pane) => super::panes::spec(pane).help_title,
            Context::Compare => "Compare",
            Context::Finder => "Quote finder",
            Context::Prompt => "Typing a filter, a search or dates",
            Context::Help => "Help",
            Context::Problems => "Problems",
        }
    }
}

/// A key with its modifiers; `twice` for a key pressed two times in a row (`g g`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub twice: bool,
}

const fn key(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
        twice: false,
    }
}

const fn ch(c: char) -> Key {
    key(KeyCode::Char(c))
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
        twice: false,
    }
}

const fn twice(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
        twice: true,
    }
}

impl Key {
    /// How the key is written in help and hints: "Ctrl-d", "g g", "PgDn".
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.twice {
            format!("{base} {base}")
        } else if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else {
            base
        }
    }

    /// The key event that presses this key (once).
    pub fn event(&self) -> KeyEvent {
        KeyEvent::new(self.code, self.mods)
    }

    pub(super) fn matches(&self, event: &KeyEvent, repeated: bool) -> bool {
        let mods = event.modifiers & !KeyModifiers::SHIFT;
        let code_matches = match (self.code, event.code) {
            // Terminals report Shift-Tab as BackTab, sometimes with SHIFT set too.
            (KeyCode::Char(a), KeyCode::Char(b)) => a == b,
            (a, b) => a == b,
        };
        code_matches && mods == self.mods && (repeated || !self.twice)
    }
}

/// One row of the key table: keys, what they do, where, and the help text.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    pub context: Context,
    pub help: &'static str,
    /// The few words shown in the hint bar, or "" to leave it out of the bar.
    pub hint: &'static str,
}

const fn bind(
    keys: &'static [Key],
    action: Action,
    context: Context,
    help: &'static str,
    hint: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        context,
        help,
        hint,
    }
}

use Context::{Browse, Compare, Finder, Global, Help, Problems, Prompt};
use KeyCode::{
    BackTab, Backspace, Delete, Down, End, Enter, Esc, Home, Left, PageDown, PageUp, Right, Tab,
    Up, F,
};

/// The keys that edit a line, in the finder and in prompts alike.
macro_rules! editing {
    ($context:expr) => {
        [
            bind(
                &[key(Backspace)],
                Action::Erase,
                $context,
                "delete a letter",
                "",
            ),
            bind(
                &[key(Delete)],
                Action::DeleteForward,
                $context,
                "delete the letter under the cursor",
                "",
            ),
            bind(
                &[ctrl('w')],
                Action::EraseWord,
                $context,
                "delete a word",
                "",
            ),
            bind(
                &[ctrl('u')],
                Action::EraseLine,
                $context,
                "delete to the start",
                "",
            ),
            bind(
                &[key(Left)],
                Action::CursorLeft,
                $context,
                "cursor left",
                "",
            ),
            bind(
                &[key(Right)],
                Action::CursorRight,
                $context,
                "cursor right",
                "",
            ),
            bind(
                &[key(Home), ctrl('a')],
                Action::LineStart,
                $context,
                "cursor to the start",
                "",
            ),
            bind(
                &[key(End), ctrl('e')],
                Action::LineEnd,
                $context,
                "cursor to the end",
                "",
            ),
            bind(&[ctrl('c')], Action::Quit, $context, "quit", ""),
        ]
    };
}

const FINDER_EDITING: [Binding; 9] = editing!(Finder);
const PROMPT_EDITING: [Binding; 9] = editing!(Prompt);

const fn pane(pane: Pane) -> Context {
    Context::Pane(pane)
}

/// Every binding but the editing keys (see [`KEYS`]). Earlier rows win when two apply.
const BINDINGS: &[Binding] = &[
    bind(
        &[key(Esc)],
        Action::Back,
        Finder,
        "close the finder, back to where you were",
        "back",
    ),
    bind(
        &[key(Enter)],
        Action::Open,
        Finder,
        "show the quote in its report",
        "open",
    ),
    bind(
        &[key(Down), ctrl('n')],
        Action::Down,
        Finder,
        "next result (in an empty query or a recalled one: a newer search)",
        "next",
    ),
    bind(
        &[key(Up), ctrl('p')],
        Action::Up,
        Finder,
        "previous result (in an empty query: an earlier search)",
        "previous",
    ),
    bind(
        &[key(Esc)],
        Action::Back,
        Prompt,
        "cancel: clear what was typed",
        "cancel",
    ),
    bind(&[key(Enter)], Action::Open, Prompt, "done: keep it", "done"),
    bind(
        &[key(Esc), ch('q'), ch('?'), key(F(1))],
        Action::Back,
        Help,
        "close help",
        "close",
    ),
    bind(
        &[ch('j'), key(Down)],
        Action::Down,
        Help,
        "scroll down",
        "scroll",
    ),
    bind(&[ch('k'), key(Up)], Action::Up, Help, "scroll up", ""),
    bind(&[ctrl('c')], Action::Quit, Help, "quit", ""),
    bind(
        &[key(Esc), ch('q'), ch('!')],
        Action::Back,
        Problems,
        "close the problems",
        "close",
    ),
    bind(
        &[ch('j'), key(Down)],
        Action::Down,
        Problems,
        "scroll down",
        "scroll",
    ),
    bind(&[ch('k'), key(Up)], Action::Up, Problems, "scroll up", ""),
    bind(
        &[key(PageDown)],
        Action::PageDown,
        Problems,
        "page down",
        "",
    ),
    bind(&[key(PageUp)], Action::PageUp, Problems, "page up", ""),
    bind(&[ctrl('c')], Action::Quit, Problems, "quit", ""),
    bind(
        &[ch('q'), ctrl('c')],
        Action::Quit,
        Global,
        "quit (the terminal is restored)",
        "quit",
    ),
    bind(&[key(Tab)], Action::NextPane, Global, "next pane", "pane"),
    bind(
        &[key(BackTab)],
        Action::PrevPane,
        Global,
        "previous pane",
        "",
    ),
    bind(
        &[ch('1')],
        Action::Focus(Pane::Reports),
        Browse,
        "reports pane",
        "",
    ),
    bind(
        &[ch('2')],
        Action::Focus(Pane::Timeline),
        Browse,
        "timeline pane",
        "",
    ),
    bind(
        &[ch('3')],
        Action::Focus(Pane::Speakers),
        Browse,
        "speakers pane",
        "",
    ),
    bind(
        &[ch('4')],
        Action::Focus(Pane::Statements),
        Browse,
        "statements pane",
        "",
    ),
    bind(
        &[ch('5')],
        Action::Focus(Pane::Source),
        Browse,
        "source pane",
        "",
    ),
    bind(
        &[ch('j'), key(Down)],
        Action::Down,
        Global,
        "move down (scroll in a text pane)",
        "move",
    ),
    bind(&[ch('k'), key(Up)], Action::Up, Global, "move up", ""),
    bind(&[twice('g'), key(Home)], Action::Top, Global, "top", ""),
    bind(&[ch('G'), key(End)], Action::Bottom, Global, "bottom", ""),
    bind(
        &[ctrl('d')],
        Action::HalfPageDown,
        Global,
        "half a page down",
        "",
    ),
    bind(
        &[ctrl('u')],
        Action::HalfPageUp,
        Global,
        "half a page up",
        "",
    ),
    bind(&[key(PageDown)], Action::PageDown, Global, "page down", ""),
    bind(&[key(PageUp)], Action::PageUp, Global, "page up", ""),
    bind(
        &[key(Enter)],
        Action::Open,
        pane(Pane::Reports),
        "read the report in the source pane",
        "read",
    ),
    bind(
        &[ch('s')],
        Action::Sort,
        pane(Pane::Reports),
        "order by date, newest first, outlet, title",
        "sort",
    ),
    bind(
        &[ch('f')],
        Action::FilterList,
        pane(Pane::Reports),
        "type to filter the reports (title, outlet, author)",
        "filter",
    ),
    bind(
        &[ch('f')],
        Action::FilterList,
        pane(Pane::Timeline),
        "type to filter the events (title, place, date)",
        "filter",
    ),
    bind(
        &[ch('d')],
        Action::Dates,
        pane(Pane::Timeline),
        "only events within dates: 2025-08, 2025-08-01..2025-08-20, ..2025-08-15",
        "dates",
    ),
    bind(
        &[ch('s')],
        Action::Sort,
        pane(Pane::Speakers),
        "order by statements or by name",
        "sort",
    ),
    bind(
        &[ch('f')],
        Action::FilterList,
        pane(Pane::Speakers),
        "type to filter the speakers (name, alias, role)",
        "filter",
    ),
    bind(
        &[ch('t')],
        Action::CycleKind,
        pane(Pane::Statements),
        "kind shown: all, direct, partial, reported, written",
        "kind",
    ),
    bind(
        &[ch('/')],
        Action::SearchText,
        pane(Pane::Source),
        "search the text (n / N: next / previous hit)",
        "search",
    ),
    bind(
        &[key(Enter)],
        Action::Open,
        Browse,
        "open: report, event or speaker -> its statements; statement -> the source",
        "open",
    ),
    bind(
        &[ch('n')],
        Action::NextPair,
        Browse,
        "next hit of the last search (the text's, or the quote finder's)",
        "",
    ),
    bind(
        &[ch('N')],
        Action::PrevPair,
        Browse,
        "previous hit of the last search",
        "",
    ),
    bind(
        &[ch('r')],
        Action::ThisReport,
        Browse,
        "only the report in the source, in every pane (again: all of them)",
        "this report",
    ),
    bind(
        &[ch('[')],
        Action::CompareLeft,
        Browse,
        "put the report in the source on Compare's left",
        "",
    ),
    bind(
        &[ch(']')],
        Action::CompareRight,
        Browse,
        "put the report in the source on Compare's right",
        "",
    ),
    bind(
        &[ch('n')],
        Action::NextPair,
        Compare,
        "next difference: reworded, conflicting, or only one side",
        "next diff",
    ),
    bind(
        &[ch('N')],
        Action::PrevPair,
        Compare,
        "previous difference",
        "prev",
    ),
    bind(
        &[key(Enter)],
        Action::Open,
        Compare,
        "show the selected row in its source (Esc comes back); in the list, pick",
        "open",
    ),
    bind(
        &[ch('v')],
        Action::CompareRows,
        Compare,
        "list claims, statements and events, or all",
        "claims/statements/all",
    ),
    bind(
        &[ch('[')],
        Action::ChooseLeft,
        Compare,
        "choose the left report from a list (type to narrow it)",
        "left",
    ),
    bind(
        &[ch(']')],
        Action::ChooseRight,
        Compare,
        "choose the right report from a list (type to narrow it)",
        "right",
    ),
    bind(
        &[ch('{')],
        Action::PrevLeftReport,
        Compare,
        "the next report on the left",
        "",
    ),
    bind(
        &[ch('}')],
        Action::NextRightReport,
        Compare,
        "the next report on the right",
        "",
    ),
    bind(
        &[ch('L')],
        Action::Lock,
        Compare,
        "lock scrolling of both sides",
        "lock",
    ),
    bind(
        &[ch('/'), ctrl('p')],
        Action::Finder,
        Global,
        "quote finder (in the source pane, / searches its text)",
        "find",
    ),
    bind(
        &[ch('c')],
        Action::Compare,
        Browse,
        "compare two reports",
        "compare",
    ),
    bind(
        &[ch('y')],
        Action::Copy,
        Browse,
        "copy the statement with its citation (speaker, outlet, date, URL)",
        "",
    ),
    bind(
        &[ch('o')],
        Action::OpenUrl,
        Browse,
        "open the report's web page",
        "",
    ),
    bind(
        &[ch('y')],
        Action::Copy,
        Compare,
        "copy the selected statement with its citation",
        "",
    ),
    bind(
        &[ch('o')],
        Action::OpenUrl,
        Compare,
        "open the selected side's web page",
        "",
    ),
    bind(
        &[ch('!')],
        Action::Problems,
        Global,
        "what loading found: skipped reports, unresolved dates, bad lines",
        "",
    ),
    bind(
        &[key(Esc)],
        Action::Back,
        Global,
        "back: clear a filter (the pane's first), leave compare",
        "back",
    ),
    bind(&[ch('?'), key(F(1))], Action::Help, Global, "help", "help"),
];

/// Every binding, in the order they are tried.
pub static KEYS: std::sync::LazyLock<Vec<Binding>> = std::sync::LazyLock::new(|| {
    let mut keys = FINDER_EDITING.to_vec();
    keys.extend(PROMPT_EDITING);
    keys.extend_from_slice(BINDINGS);
    keys
});
