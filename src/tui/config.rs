//! The configuration file: keys rebound by action name, per context, and the theme's
//! colours. Read at `$XDG_CONFIG_HOME/parley/config.toml` (or
//! `~/.config/parley/config.toml`), or the file `--config` names. A file with any
//! problem is not applied at all: every problem is reported with its line and what
//! was expected, and the browser starts with the defaults.

use ratatui::style::Color;
use std::fmt;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::action::{Action, Context, Key, BINDABLE, KEYS};
use super::keymap::{Keymap, KEY_SYNTAX};
use super::style::Colors;
use crate::text::one_line;

/// What the browser runs with.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    pub keymap: Keymap,
    pub colors: Colors,
}

/// A problem in a configuration file, at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: String,
    /// 1-based; 0 when the problem is the file as a whole (it cannot be read).
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = one_line(&self.file);
        match self.line {
            0 => write!(f, "{file}: {}", one_line(&self.message)),
            line => write!(f, "{file}:{line}: {}", one_line(&self.message)),
        }
    }
}

/// Where the configuration is read from when `--config` is not given.
pub fn default_path() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base =
        xdg.or_else(|| std::env::var_os("HOME").map(|home| Path::new(&home).join(".config")))?;
    Some(base.join("parley").join("config.toml"))
}

/// The configuration at `path` (`--config`), or at [`default_path`]; the defaults and
/// every problem when it has any. A missing file at the default place is no problem.
pub fn load(path: Option<&Path>) -> (Config, Vec<ConfigError>) {
    let (path, required) = match path {
        Some(path) => (path.to_path_buf(), true),
        None => match default_path() {
            Some(path) => (path, false),
            None => return (Config::default(), Vec::new()),
        },
    };
    let file = path.display().to_string();
    // Like every file parley reads: a FIFO or a device there is named, not read.
    match crate::files::read_bounded(&path, crate::files::MAX_CONFIG, "a configuration") {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => parse(&file, &text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                let message = "not valid UTF-8 (expected a TOML file)".to_owned();
                (
                    Config::default(),
                    vec![ConfigError {
                        file,
                        line,
                        message,
                    }],
                )
            }
        },
        Err(e) if e.is_not_found() && !required => (Config::default(), Vec::new()),
        Err(e) => {
            let message = format!("cannot read the configuration: {e}");
            (
                Config::default(),
                vec![ConfigError {
                    file,
                    line: 0,
                    message,
                }],
            )
        }
    }
}

/// Reads a configuration; with any problem, the defaults and every problem.
pub fn parse(file: &str, text: &str) -> (Config, Vec<ConfigError>) {
    let mut reader = Reader {
        file,
        text,
        errors: Vec::new(),
    };
    let config = reader.read();
    // Tables are read in name order: report in the file's.
    reader.errors.sort_by_key(|e| e.line);
    if reader.errors.is_empty() {
        (config, Vec::new())
    } else {
        (Config::default(), reader.errors)
    }
}

struct Reader<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<ConfigError>,
}

impl Reader<'_> {
    fn error(&mut self, at: usize, message: String) {
        let line = self
            .text
            .get(..at)
            .unwrap_or(self.text)
            .matches('\n')
            .count()
            + 1;
        self.errors.push(ConfigError {
            file: self.file.to_owned(),
            line,
            message,
        });
    }

    fn read(&mut self) -> Config {
        let mut config = Config::default();
        let document = match DeTable::parse(self.text) {
            Ok(document) => document.into_inner(),
            Err(e) => {
                let at = e.span().map_or(0, |span| span.start);
                self.error(at, format!("not TOML: {}", e.message().trim()));
                return config;
            }
        };
        for (name, value) in &document {
            match (name.get_ref().as_ref(), value.get_ref()) {
                ("keys", DeValue::Table(sections)) => self.keys(sections, &mut config.keymap),
                ("theme", DeValue::Table(colors)) => self.theme(colors, &mut config.colors),
                ("keys" | "theme", _) => {
                    let message =
                        format!("{} must be a table, [{}]", name.get_ref(), name.get_ref());
                    self.error(value.span().start, message);
                }
                (other, _) => self.error(
                    name.span().start,
                    format!("unknown section {other:?} (expected [keys.SECTION] or [theme])"),
                ),
            }
        }
        config
    }

    fn keys(&mut self, sections: &DeTable, keymap: &mut Keymap) {
        for (name, value) in sections {
            let Some(context) = Context::ALL
                .into_iter()
                .find(|c| c.name() == name.get_ref().as_ref())
            else {
                let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
                let message = format!(
                    "unknown section [keys.{}] (expected one of: {})",
                    name.get_ref(),
                    names.join(", ")
                );
                self.error(name.span().start, message);
                continue;
            };
            let DeValue::Table(actions) = value.get_ref() else {
                let message = format!("[keys.{}] must be a table of action = keys", context.name());
                self.error(value.span().start, message);
                continue;
            };
            for (action, keys) in actions {
                self.binding(context, action, keys, keymap);
            }
        }
    }

    fn binding(
        &mut self,
        context: Context,
        name: &Spanned<std::borrow::Cow<str>>,
        value: &Spanned<DeValue>,
        keymap: &mut Keymap,
    ) {
        let Some(action) = Action::from_name(name.get_ref()) else {
            let names: Vec<&str> = BINDABLE.iter().map(|a| a.name()).collect();
            let message = format!(
                "unknown action {:?} in [keys.{}] (expected one of: {})",
                name.get_ref(),
                context.name(),
                names.join(", ")
            );
            return self.error(name.span().start, message);
        };
        let written: Vec<&Spanned<DeValue>> = match value.get_ref() {
            DeValue::String(_) => vec![value],
            DeValue::Array(items) => items.iter().collect(),
            _ => {
                let message = format!(
                    "{}: expected a key or a list of keys, such as \"j\" or [\"j\", \"down\"]",
                    action.name()
                );
                return self.error(value.span().start, message);
            }
        };
        let mut keys = Vec::new();
        for item in written {
            let DeValue::String(text) = item.get_ref() else {
                let message = format!(
                    "{}: expected a key in quotation marks, such as \"j\"",
                    action.name()
                );
                self.error(item.span().start, message);
                continue;
            };
            match Key::parse(text) {
                Ok(key) if context.types_text() && typed(&key) => self.error(
                    item.span().start,
                    format!(
                        "{}: {text:?} is typed into the {} as text (expected a key with ctrl- \
                         or alt-, or a named key such as down)",
                        action.name(),
                        context.title().to_lowercase()
                    ),
                ),
                Ok(key) => keys.push(key),
                Err(message) => {
                    self.error(item.span().start, format!("{}: {message}", action.name()))
                }
            }
        }
        keymap.bind(context, action, keys);
    }

    fn theme(&mut self, table: &DeTable, colors: &mut Colors) {
        for (name, value) in table {
            let at = value.span().start;
            let slot = match name.get_ref().as_ref() {
                "speakers" => {
                    self.speakers(value, &mut colors.speakers);
                    continue;
                }
                "focus" => &mut colors.focus,
                "dim" => &mut colors.dim,
                "matched" => &mut colors.matched,
                "shared" => &mut colors.shared,
                "only" => &mut colors.only,
                other => {
                    let message = format!(
                        "unknown colour {other:?} in [theme] (expected one of: {})",
                        COLOR_NAMES.join(", ")
                    );
                    self.error(name.span().start, message);
                    continue;
                }
            };
            match color(value.get_ref()) {
                Ok(color) => *slot = color,
                Err(message) => self.error(at, format!("{}: {message}", name.get_ref())),
            }
        }
    }

    fn speakers(&mut self, value: &Spanned<DeValue>, palette: &mut [Color; 8]) {
        let DeValue::Array(items) = value.get_ref() else {
            let message = "speakers: expected a list of 1 to 8 colours".to_owned();
            return self.error(value.span().start, message);
        };
        if items.is_empty() || items.len() > palette.len() {
            let message = format!("speakers: expected 1 to 8 colours, found {}", items.len());
            return self.error(value.span().start, message);
        }
        let mut read = Vec::new();
        for item in items.iter() {
            match color(item.get_ref()) {
                Ok(color) => read.push(color),
                Err(message) => self.error(item.span().start, format!("speakers: {message}")),
            }
        }
        if read.len() == items.len() {
            // Fewer than eight colours take turns.
            for (slot, color) in palette.iter_mut().zip(read.iter().cycle()) {
                *slot = *color;
            }
        }
    }
}

/// A key that types a character where text is typed.
fn typed(key: &Key) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    matches!(key.code, KeyCode::Char(_)) && (key.mods - KeyModifiers::SHIFT).is_empty()
}

const COLOR_NAMES: [&str; 6] = ["focus", "dim", "matched", "shared", "only", "speakers"];

fn color(value: &DeValue) -> Result<Color, String> {
    const EXPECTED: &str =
        "expected a colour name such as cyan or lightblue, a number 0-255, or \"#rrggbb\"";
    match value {
        DeValue::String(name) => name
            .parse::<Color>()
            .map_err(|_| format!("cannot read {name:?} as a colour ({EXPECTED})")),
        _ => Err(EXPECTED.to_owned()),
    }
}

/// A colour as the configuration writes it, readable by [`color`].
fn color_spelling(color: Color) -> String {
    match color {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => i.to_string(),
        named => named.to_string().to_lowercase(),
    }
}

/// The default configuration as a file, every default written out with what it does:
/// what `parley config --default` prints. [`parse`] reads it back as the defaults.
pub fn default_file() -> String {
    let mut file = String::from(
        "# parley's configuration: $XDG_CONFIG_HOME/parley/config.toml, or\n\
         # ~/.config/parley/config.toml, or the file given with --config PATH.\n\
         # Every value below is the default; delete what you do not change.\n\
         #\n\
",
    );
    let sections: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
    file.push_str(&comment(&format!(
        "[keys.SECTION] binds keys to actions by name where SECTION applies: {}. A key \
         is looked up in the focused pane's section first, then the screen's (browse or \
         compare), then global; a popup (finder, help, problems) or a line being typed \
         (prompt) sees keys before them. In finder and prompt, where letters are typed, \
         only named keys and keys with ctrl- or alt- can be bound. An action takes one \
         key or a list; [] leaves it without one. A key bound here leaves any other \
         action of its section.",
        sections.join(", ")
    )));
    file.push_str(&comment(&format!("A key is {KEY_SYNTAX}.")));
    for context in Context::ALL {
        file.push_str(&format!("\n[keys.{}]\n", context.name()));
        for binding in KEYS.iter().filter(|b| b.context == context) {
            let keys: Vec<String> = binding
                .keys
                .iter()
                .map(|k| format!("{:?}", k.spelling()))
                .collect();
            file.push_str(&format!("# {}\n", binding.help));
            file.push_str(&format!(
                "{} = [{}]\n",
                binding.action.name(),
                keys.join(", ")
            ));
        }
    }
    let colors = Colors::default();
    let speakers: Vec<String> = colors
        .speakers
        .iter()
        .map(|c| format!("{:?}", color_spelling(*c)))
        .collect();
    file.push_str(&format!(
        "\n# Colours: a name (black, red, green, yellow, blue, magenta, cyan, gray, darkgray,\n\
         # lightred, lightgreen, lightyellow, lightblue, lightmagenta, lightcyan, white), a\n\
         # number 0-255, or \"#rrggbb\". NO_COLOR turns colour off; focus and selection\n\
         # stay in bold and reverse.\n\
         [theme]\n\
         # the focused pane's border\n\
         focus = {:?}\n\
         # the other panes' borders, and secondary text\n\
         dim = {:?}\n\
         # letters the quote finder matched\n\
         matched = {:?}\n\
         # what both reports share in compare; keys in the help\n\
         shared = {:?}\n\
         # what only one report has in compare\n\
         only = {:?}\n\
         # speakers' colours, in turn\n\
         speakers = [{}]\n",
        color_spelling(colors.focus),
        color_spelling(colors.dim),
        color_spelling(colors.matched),
        color_spelling(colors.shared),
        color_spelling(colors.only),
        speakers.join(", ")
    ));
    file
}

/// Text as comment lines of at most 80 columns.
fn comment(text: &str) -> String {
    let mut out = String::new();
    let mut line = String::from("#");
    for word in text.split_whitespace() {
        if line.len() + 1 + word.len() > 80 && line.len() > 1 {
            out.push_str(&line);
            out.push('\n');
            line = String::from("#");
        }
        line.push(' ');
        line.push_str(word);
    }
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn the_default_file_reads_back_as_the_defaults() {
        let (config, errors) = parse("default.toml", &default_file());
        assert_eq!(errors, []);
        assert_eq!(config, Config::default());
        // And it names every action the table binds.
        let file = default_file();
        for binding in KEYS.iter() {
            assert!(file.contains(&format!("\n{} = [", binding.action.name())));
        }
    }

    #[test]
    fn a_rebound_key_works_and_its_old_key_does_not() {
        let (config, errors) = parse(
            "c.toml",
            "[keys.browse]\ncopy = \"c\"\ncompare = [\"x\", \"ctrl-x\"]\n[keys.global]\nquit = \"Q\"\n",
        );
        assert_eq!(errors, []);
        let keymap = &config.keymap;
        let browse = [Context::Browse, Context::Global];
        let press = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(
            keymap.action_for(&press('c'), &browse, false),
            Some(Action::Copy)
        );
        assert_eq!(
            keymap.action_for(&press('x'), &browse, false),
            Some(Action::Compare)
        );
        assert_eq!(
            keymap.action_for(&press('Q'), &browse, false),
            Some(Action::Quit)
        );
        assert_eq!(keymap.action_for(&press('q'), &browse, false), None);
        assert_eq!(keymap.action_for(&press('y'), &browse, false), None);
    }

    #[test]
    fn colours_are_read_by_name_number_and_hex() {
        let (config, errors) = parse(
            "c.toml",
            "[theme]\nfocus = \"magenta\"\ndim = \"244\"\nspeakers = [\"#ff8800\", \"light-blue\"]\n",
        );
        assert_eq!(errors, []);
        let colors = config.colors;
        assert_eq!(colors.focus, Color::Magenta);
        assert_eq!(colors.dim, Color::Indexed(244));
        assert_eq!(colors.speakers[0], Color::Rgb(0xff, 0x88, 0));
        assert_eq!(colors.speakers[1], Color::LightBlue);
        assert_eq!(
            colors.speakers[2],
            Color::Rgb(0xff, 0x88, 0),
            "two colours take turns"
        );
    }

    fn errors_of(text: &str) -> Vec<String> {
        let (config, errors) = parse("my.toml", text);
        assert_eq!(
            config,
            Config::default(),
            "a bad file is not applied at all"
        );
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn every_problem_names_its_line_and_what_was_expected() {
        let errors = errors_of(
            "[keys.browse]\ncopy = \"c\"\njump = \"j\"\nquit = \"ctrl-\"\n\
             [keys.finder]\ndown = \"j\"\n[keys.everywhere]\nquit = \"q\"\n\
             [theme]\nfocus = \"sky\"\nborder = \"red\"\nspeakers = []\n[colours]\n",
        );
        let expected = [
            "my.toml:3: unknown action \"jump\" in [keys.browse] (expected one of: quit, next_pane,",
            "my.toml:4: quit: cannot read \"ctrl-\" as a key (expected a character",
            "my.toml:6: down: \"j\" is typed into the quote finder as text (expected a key with ctrl- or alt-",
            "my.toml:7: unknown section [keys.everywhere] (expected one of: global, browse, reports, timeline,",
            "my.toml:10: focus: cannot read \"sky\" as a colour (expected a colour name",
            "my.toml:11: unknown colour \"border\" in [theme] (expected one of: focus,",
            "my.toml:12: speakers: expected 1 to 8 colours, found 0",
            "my.toml:13: unknown section \"colours\" (expected [keys.SECTION] or [theme])",
        ];
        assert_eq!(errors.len(), expected.len(), "{errors:#?}");
        for (error, start) in errors.iter().zip(expected) {
            assert!(
                error.starts_with(start),
                "{error}\n  expected to start with\n{start}"
            );
        }
    }

    #[test]
    fn a_file_that_is_not_toml_names_the_line() {
        let errors = errors_of("[keys.browse]\ncopy = \"c\"\ncompare = x\n");
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("my.toml:3: not TOML: "),
            "{}",
            errors[0]
        );
        let errors = errors_of("[keys.browse]\ncopy = 3\n");
        assert!(
            errors[0].starts_with("my.toml:2: copy: expected a key or a list of keys"),
            "{}",
            errors[0]
        );
    }

    #[test]
    fn a_missing_file_is_the_defaults_unless_it_was_named() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("none.toml");
        let (config, errors) = load(Some(&missing));
        assert_eq!(config, Config::default());
        assert_eq!(errors.len(), 1);
        assert!(errors[0]
            .to_string()
            .contains("none.toml: cannot read the configuration"));
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, b"[theme]\nfocus = \"\xff\"\n").unwrap();
        let (_, errors) = load(Some(&bad));
        assert!(
            errors[0]
                .to_string()
                .contains("bad.toml:2: not valid UTF-8"),
            "{}",
            errors[0]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_a_device_is_named_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.toml");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        let (config, errors) = load(Some(&fifo));
        assert_eq!(config, Config::default());
        assert!(
            errors[0].to_string().contains(
                "fifo.toml: cannot read the configuration: not a regular file but a FIFO"
            ),
            "{}",
            errors[0]
        );
        let (_, errors) = load(Some(Path::new("/dev/zero")));
        assert!(
            errors[0].to_string().contains("character device"),
            "{}",
            errors[0]
        );
    }
}
