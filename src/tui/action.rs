//! Everything a user can do, and the one key table that binds keys to it. The help
//! screen and the hint bar are both read from [`KEYS`], so they never drift from the
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

    fn matches(&self, event: &KeyEvent, repeated: bool) -> bool {
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
        &[key(Esc)],
        Action::Back,
        Global,
        "back: clear the filter, leave compare",
        "back",
    ),
    bind(&[ch('?'), key(F(1))], Action::Help, Global, "help", "help"),
];

/// The action a key means in `contexts` (most specific first), if any. `repeated` is
/// true when the same key was pressed just before (for `g g`).
pub fn action_for(event: &KeyEvent, contexts: &[Context], repeated: bool) -> Option<Action> {
    for context in contexts {
        for binding in KEYS.iter().filter(|b| b.context == *context) {
            if binding.keys.iter().any(|k| k.matches(event, repeated)) {
                return Some(binding.action);
            }
        }
    }
    None
}

/// The bindings that apply in `contexts`, in table order, each action once.
pub fn bindings_for(contexts: &[Context]) -> Vec<&'static Binding> {
    let mut seen: Vec<Action> = Vec::new();
    let mut out = Vec::new();
    for context in contexts {
        for binding in KEYS.iter().filter(|b| b.context == *context) {
            if !seen.contains(&binding.action) {
                seen.push(binding.action);
                out.push(binding);
            }
        }
    }
    out
}

/// The keys of a binding, written for people: "j ↓".
pub fn keys_label(binding: &Binding) -> String {
    binding
        .keys
        .iter()
        .map(Key::label)
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn popups_win_over_global_keys() {
        let esc = press(Esc, KeyModifiers::NONE);
        assert_eq!(
            action_for(&esc, &[Finder, Global], false),
            Some(Action::Back)
        );
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(action_for(&j, &[Finder], false), None);
        assert_eq!(action_for(&j, &[Browse, Global], false), Some(Action::Down));
    }

    #[test]
    fn g_g_needs_two_presses_and_ctrl_c_quits() {
        let g = press(KeyCode::Char('g'), KeyModifiers::NONE);
        assert_eq!(action_for(&g, &[Global], false), None);
        assert_eq!(action_for(&g, &[Global], true), Some(Action::Top));
        let c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(action_for(&c, &[Browse, Global], false), Some(Action::Quit));
    }

    #[test]
    fn shifted_letters_match_their_character() {
        let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(action_for(&big_g, &[Global], false), Some(Action::Bottom));
    }
}
