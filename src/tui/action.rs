//! Everything a user can do, each with a stable name, and the default key table. The
//! keymap (`super::keymap`) lays the user's bindings over it; the help screen, the hint
//! bar and every message naming a key read the keymap, so they never drift from the
//! real bindings.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A pane of the Browse screen, numbered as on screen (1-4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    Speakers,
    Statements,
    Source,
}

impl Pane {
    pub const ALL: [Pane; 4] = [
        Pane::Timeline,
        Pane::Speakers,
        Pane::Statements,
        Pane::Source,
    ];

    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|&p| p == self).unwrap_or(0) + 1
    }

    pub fn name(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::Speakers => "Speakers",
            Pane::Statements => "Statements",
            Pane::Source => "Source",
        }
    }
}

/// One thing the user can do. Keys, mouse and tests all speak in actions.
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
    /// A character typed into the quote finder.
    Type(char),
    /// Backspace in the quote finder.
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
    Action::Erase,
];

impl Action {
    /// The action's stable snake_case name, as a configuration file writes it.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::NextPane => "next_pane",
            Action::PrevPane => "prev_pane",
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

/// Where a binding applies. Popups see keys first, then the screen, then `Global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    Browse,
    Compare,
    Finder,
    Help,
}

impl Context {
    /// Every context, in the order the configuration file lists them.
    pub const ALL: [Context; 5] = [
        Context::Global,
        Context::Browse,
        Context::Compare,
        Context::Finder,
        Context::Help,
    ];

    /// The context's name in the configuration file: `[keys.browse]`.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Browse => "browse",
            Context::Compare => "compare",
            Context::Finder => "finder",
            Context::Help => "help",
        }
    }

    /// Whether letters typed here are text (the finder's query), so that a plain
    /// letter cannot be bound to an action.
    pub fn types_text(self) -> bool {
        matches!(self, Context::Finder)
    }

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Browse => "Browse",
            Context::Compare => "Compare",
            Context::Finder => "Quote finder",
            Context::Help => "Help",
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

use Context::{Browse, Compare, Finder, Global, Help};
use KeyCode::{BackTab, Backspace, Down, End, Enter, Esc, Home, PageDown, PageUp, Tab, Up, F};

/// Every binding. Earlier rows win when two apply.
pub const KEYS: &[Binding] = &[
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
        "next result",
        "next",
    ),
    bind(
        &[key(Up), ctrl('p')],
        Action::Up,
        Finder,
        "previous result",
        "previous",
    ),
    bind(
        &[key(Backspace)],
        Action::Erase,
        Finder,
        "delete a letter",
        "",
    ),
    bind(&[ctrl('c')], Action::Quit, Finder, "quit", ""),
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
        Action::Focus(Pane::Timeline),
        Browse,
        "timeline pane",
        "",
    ),
    bind(
        &[ch('2')],
        Action::Focus(Pane::Speakers),
        Browse,
        "speakers pane",
        "",
    ),
    bind(
        &[ch('3')],
        Action::Focus(Pane::Statements),
        Browse,
        "statements pane",
        "",
    ),
    bind(
        &[ch('4')],
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
        Browse,
        "open: event or speaker -> its statements; statement -> the source",
        "open",
    ),
    bind(
        &[ch('n')],
        Action::NextPair,
        Browse,
        "next hit of the last quote search",
        "",
    ),
    bind(
        &[ch('N')],
        Action::PrevPair,
        Browse,
        "previous hit of the last quote search",
        "",
    ),
    bind(
        &[ch('n')],
        Action::NextPair,
        Compare,
        "next aligned pair or difference",
        "next",
    ),
    bind(
        &[ch('N')],
        Action::PrevPair,
        Compare,
        "previous aligned pair or difference",
        "prev",
    ),
    bind(
        &[key(Enter)],
        Action::Open,
        Compare,
        "show the selected row's statement in Browse",
        "open",
    ),
    bind(
        &[ch('[')],
        Action::PrevLeftReport,
        Compare,
        "another report on the left",
        "left",
    ),
    bind(
        &[ch(']')],
        Action::NextRightReport,
        Compare,
        "another report on the right",
        "right",
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
        "quote finder",
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
        &[key(Esc)],
        Action::Back,
        Global,
        "back: clear the filter, leave compare",
        "back",
    ),
    bind(&[ch('?'), key(F(1))], Action::Help, Global, "help", "help"),
];
