//! The key table as the browser uses it: the defaults of [`KEYS`] with the user's
//! bindings laid over them (television's merge of keybindings, newsboat's one table
//! of operations). Keys, help, hints and every message that names a key read it; no
//! view spells a key itself.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Context, Key, KEYS};

/// One row of the table: the keys bound to an action in a context, with its help.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub keys: Vec<Key>,
    pub action: Action,
    pub context: Context,
    pub help: &'static str,
    /// The few words shown in the hint bar, or "" to leave it out of the bar.
    pub hint: &'static str,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    rows: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let rows = KEYS
            .iter()
            .map(|b| Binding {
                keys: b.keys.to_vec(),
                action: b.action,
                context: b.context,
                help: b.help,
                hint: b.hint,
            })
            .collect();
        Keymap { rows }
    }
}

impl Keymap {
    /// The action a key means in `contexts` (most specific first), if any. `repeated` is
    /// true when the same key was pressed just before (for `g g`).
    pub fn action_for(
        &self,
        event: &KeyEvent,
        contexts: &[Context],
        repeated: bool,
    ) -> Option<Action> {
        contexts.iter().find_map(|context| {
            self.rows(*context)
                .find(|b| b.keys.iter().any(|k| k.matches(event, repeated)))
                .map(|b| b.action)
        })
    }

    /// The rows of one context, in table order.
    pub fn rows(&self, context: Context) -> impl Iterator<Item = &Binding> {
        self.rows.iter().filter(move |b| b.context == context)
    }

    /// The bindings that apply in `contexts`, in table order, each action once.
    pub fn bindings_for(&self, contexts: &[Context]) -> Vec<&Binding> {
        let mut seen: Vec<Action> = Vec::new();
        let mut out = Vec::new();
        for context in contexts {
            for binding in self.rows(*context) {
                if !seen.contains(&binding.action) {
                    seen.push(binding.action);
                    out.push(binding);
                }
            }
        }
        out
    }

    /// How a message names the key for `action` where `contexts` apply: its first key,
    /// "Esc"; `None` when no key is bound to it there.
    pub fn key_for(&self, action: Action, contexts: &[Context]) -> Option<String> {
        contexts.iter().find_map(|context| {
            self.rows(*context)
                .find(|b| b.action == action)
                .and_then(|b| b.keys.first())
                .map(Key::label)
        })
    }

    /// Binds `keys` to `action` in `context`, in place of its default keys there; the
    /// keys leave any other action of that context, so that the user's binding wins.
    pub fn bind(&mut self, context: Context, action: Action, keys: Vec<Key>) {
        for row in self.rows.iter_mut().filter(|b| b.context == context) {
            if row.action != action {
                row.keys.retain(|k| !keys.contains(k));
            }
        }
        match self
            .rows
            .iter()
            .position(|b| b.context == context && b.action == action)
        {
            Some(at) => self.rows[at].keys = keys,
            None => {
                // Bound where the defaults do not bind it: its help from elsewhere.
                let help = self
                    .rows
                    .iter()
                    .find(|b| b.action == action)
                    .map_or("", |b| b.help);
                self.rows.insert(
                    0,
                    Binding {
                        keys,
                        action,
                        context,
                        help,
                        hint: "",
                    },
                );
            }
        }
    }
}

impl Keymap {
    /// A sentence naming keys for a title or a message: `[(&[Back], "closes"),
    /// (&[Down, Up], "scroll")]` gives "Esc closes, j/k scroll" with the default keys;
    /// a part whose actions have no key where `contexts` apply is left out.
    pub fn phrase(&self, contexts: &[Context], parts: &[(&[Action], &str)]) -> String {
        let said: Vec<String> = parts
            .iter()
            .filter_map(|(actions, what)| {
                let keys: Vec<String> = actions
                    .iter()
                    .filter_map(|a| self.key_for(*a, contexts))
                    .collect();
                (!keys.is_empty()).then(|| format!("{} {what}", keys.join("/")))
            })
            .collect();
        said.join(", ")
    }
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

/// Names of keys without a character, as the configuration file writes them.
const NAMED: [(&str, KeyCode); 14] = [
    ("enter", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
];

/// Other names people write for the same keys.
const ALIASES: [(&str, &str); 7] = [
    ("return", "enter"),
    ("escape", "esc"),
    ("shift-tab", "backtab"),
    ("del", "delete"),
    ("pgup", "pageup"),
    ("pgdn", "pagedown"),
    ("bs", "backspace"),
];

/// What the configuration file accepts as a key, for error messages.
pub const KEY_SYNTAX: &str = "a character (\"j\", \"G\", \"?\"), a key name (enter, esc, tab, \
    backtab, backspace, delete, up, down, left, right, home, end, pageup, pagedown, space, \
    f1-f12), either after \"ctrl-\" or \"alt-\", or a character twice (\"g g\")";

impl Key {
    /// Reads a key as the configuration file writes it: `j`, `G`, `ctrl-d`, `enter`,
    /// `f1`, `alt-x`, `g g`.
    pub fn parse(text: &str) -> Result<Key, String> {
        let wrong = || format!("cannot read {text:?} as a key (expected {KEY_SYNTAX})");
        if let Some((first, second)) = text.split_once(' ') {
            let mut chars = first.chars();
            return match (chars.next(), chars.next()) {
                (Some(c), None) if first == second && !c.is_whitespace() => Ok(Key {
                    code: KeyCode::Char(c),
                    mods: KeyModifiers::NONE,
                    twice: true,
                }),
                _ => Err(wrong()),
            };
        }
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            if lower.starts_with("ctrl-") && rest.len() > 5 {
                mods |= KeyModifiers::CONTROL;
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                mods |= KeyModifiers::ALT;
            } else {
                break;
            }
            rest = &rest[lower.find('-').map_or(0, |i| i + 1)..];
        }
        let code = key_code(rest).ok_or_else(wrong)?;
        // Terminals send Ctrl with a letter the same whatever the case.
        let code = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            code => code,
        };
        Ok(Key {
            code,
            mods,
            twice: false,
        })
    }

    /// The key as the configuration file writes it; [`Key::parse`] reads it back.
    pub fn spelling(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("f{n}"),
            code => NAMED.iter().find(|(_, named)| *named == code).map_or_else(
                || format!("{code:?}").to_lowercase(),
                |(name, _)| (*name).to_owned(),
            ),
        };
        if self.twice {
            return format!("{base} {base}");
        }
        let mut spelled = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            spelled.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            spelled.push_str("alt-");
        }
        spelled + &base
    }
}

/// A key's code from its name or its one character.
fn key_code(text: &str) -> Option<KeyCode> {
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = text.to_ascii_lowercase();
    let name = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, name)| name);
    if name == "space" {
        return Some(KeyCode::Char(' '));
    }
    if let Some(n) = name.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=12).contains(&n).then_some(KeyCode::F(n));
    }
    NAMED
        .iter()
        .find(|(named, _)| *named == name)
        .map(|(_, code)| *code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn keys_read_back_as_they_are_written() {
        for binding in KEYS.iter() {
            for key in binding.keys {
                assert_eq!(
                    Key::parse(&key.spelling()).as_ref(),
                    Ok(key),
                    "{}",
                    key.spelling()
                );
            }
        }
        let ctrl_d = Key::parse("Ctrl-D").unwrap();
        assert_eq!(
            (ctrl_d.code, ctrl_d.mods),
            (KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert_eq!(Key::parse("PgDn").unwrap().code, KeyCode::PageDown);
        assert_eq!(Key::parse("space").unwrap().code, KeyCode::Char(' '));
        assert!(Key::parse("g g").unwrap().twice);
        assert_eq!(Key::parse("alt-x").unwrap().mods, KeyModifiers::ALT);
    }

    #[test]
    fn a_key_that_cannot_be_read_says_what_is_expected() {
        for bad in ["", "ctrl-", "jk", "f13", "g h", "hyper-x"] {
            let err = Key::parse(bad).unwrap_err();
            assert!(err.contains("expected a character"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn popups_win_over_global_keys() {
        let keymap = Keymap::default();
        let esc = press(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(
            keymap.action_for(&esc, &[Context::Finder, Context::Global], false),
            Some(Action::Back)
        );
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&j, &[Context::Finder], false), None);
        assert_eq!(
            keymap.action_for(&j, &[Context::Browse, Context::Global], false),
            Some(Action::Down)
        );
    }

    #[test]
    fn g_g_needs_two_presses_and_shifted_letters_match() {
        let keymap = Keymap::default();
        let g = press(KeyCode::Char('g'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&g, &[Context::Global], false), None);
        assert_eq!(
            keymap.action_for(&g, &[Context::Global], true),
            Some(Action::Top)
        );
        let big_g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            keymap.action_for(&big_g, &[Context::Global], false),
            Some(Action::Bottom)
        );
        let c = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            keymap.action_for(&c, &[Context::Browse, Context::Global], false),
            Some(Action::Quit)
        );
    }

    #[test]
    fn a_user_binding_replaces_the_default_and_takes_its_key_from_others() {
        let mut keymap = Keymap::default();
        let c = press(KeyCode::Char('c'), KeyModifiers::NONE);
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        let browse = [Context::Browse, Context::Global];
        keymap.bind(
            Context::Browse,
            Action::Copy,
            vec![Key::parse("c").unwrap()],
        );
        assert_eq!(keymap.action_for(&c, &browse, false), Some(Action::Copy));
        assert_eq!(keymap.key_for(Action::Compare, &browse), None);
        keymap.bind(
            Context::Browse,
            Action::Compare,
            vec![Key::parse("x").unwrap()],
        );
        assert_eq!(keymap.action_for(&x, &browse, false), Some(Action::Compare));
        assert_eq!(
            keymap.key_for(Action::Compare, &browse).as_deref(),
            Some("x")
        );
        assert_eq!(
            keymap.phrase(
                &browse,
                &[(&[Action::Compare], "compares"), (&[Action::Lock], "locks")]
            ),
            "x compares"
        );
        // The old key of copy does nothing now.
        let y = press(KeyCode::Char('y'), KeyModifiers::NONE);
        assert_eq!(keymap.action_for(&y, &browse, false), None);
    }
}
