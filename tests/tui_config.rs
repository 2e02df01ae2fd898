//! The browser with a configuration: rebound keys work and the help, the hints and the
//! messages name them; copy writes OSC 52 to the terminal backend; open hands a web
//! address to the opener; the status line says what happened.

mod common;

use base64::Engine as _;
use common::{app, press, render, text};
use crossterm::event::KeyCode;
use parley::corpus::{self, Source};
use parley::tui::config;
use parley::tui::share;
use parley::tui::App;
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::cell::RefCell;
use std::io;
use std::rc::Rc;

fn configured(toml: &str) -> App {
    let (config, errors) = config::parse("test.toml", toml);
    assert_eq!(errors, [], "the configuration reads");
    let mut app = app(120, 40);
    app.keymap = config.keymap;
    app.theme.colors = config.colors;
    app
}

#[test]
fn a_rebound_key_works_and_help_and_hints_show_it() {
    let mut app = configured(
        "[keys.browse]\ncopy = \"c\"\ncompare = \"x\"\n[keys.global]\nhelp = [\"h\", \"f1\"]\n\
         [keys.help]\nback = [\"esc\", \"h\"]\ndown = \"ctrl-n\"\n",
    );
    let screen = text(&render(&app, 120, 40));
    let status = screen.lines().last().unwrap();
    assert!(status.contains("x compare"), "{status}");
    assert!(status.contains("h help"), "{status}");
    assert!(!status.contains("? help"), "{status}");

    press(&mut app, KeyCode::Char('c'));
    assert!(matches!(
        app.effects.as_slice(),
        [share::Effect::Clipboard(_)]
    ));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.screen, parley::tui::app::Screen::Compare);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('?'));
    assert!(app.popup.is_none(), "? no longer opens help");

    press(&mut app, KeyCode::Char('h'));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("Help: Esc closes, Ctrl-n/k scroll"),
        "the help's title names its keys: {screen}"
    );
    let copy_line = screen
        .lines()
        .find(|l| l.contains("copy the statement with its citation"))
        .expect("copy is in the help");
    assert!(copy_line.contains("  c "), "{copy_line}");
    assert!(!copy_line.contains(" y "), "{copy_line}");
}

#[test]
fn a_key_bound_with_alt_is_not_read_as_esc_then_the_letter() {
    use crossterm::event::{KeyEvent, KeyModifiers};
    let alt_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::ALT);
    let mut bound = configured("[keys.global]\nhelp = \"alt-c\"\n");
    bound.key(alt_c);
    assert!(bound.popup.is_some(), "alt-c opens the help");
    assert_eq!(bound.screen, parley::tui::app::Screen::Browse);
    // Unbound, Alt-c is what a terminal also sends for Esc then c: back, then compare.
    let mut plain = app(120, 40);
    plain.key(alt_c);
    assert!(plain.popup.is_none());
    assert_eq!(plain.screen, parley::tui::app::Screen::Compare);
}

#[test]
fn messages_name_the_bound_key() {
    let mut app = configured("[keys.finder]\nback = \"ctrl-g\"\nopen = \"tab\"\n");
    press(&mut app, KeyCode::Char('/'));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("Results: Tab shows the quote in its report, Ctrl-g goes back"),
        "{screen}"
    );
}

/// What a terminal backend wrote, kept where the test can read it.
#[derive(Clone, Default)]
struct Screen(Rc<RefCell<Vec<u8>>>);

impl io::Write for Screen {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The bytes a key's effects write to a terminal backend after a frame.
fn backend_bytes(app: &mut App, opened: &mut Vec<String>) -> Vec<u8> {
    let screen = Screen::default();
    let mut terminal = Terminal::new(CrosstermBackend::new(screen.clone())).unwrap();
    terminal
        .draw(|frame| frame.render_widget(&*app, frame.area()))
        .unwrap();
    let drawn = screen.0.borrow().len();
    let mut open = |url: &str| -> io::Result<()> {
        opened.push(url.to_owned());
        Ok(())
    };
    share::perform_effects(app, terminal.backend_mut(), false, &mut open);
    let written = screen.0.borrow()[drawn..].to_vec();
    written
}

#[test]
fn y_copies_the_statement_and_its_citation_as_osc_52() {
    let mut app = app(120, 40);
    let first = app.statements.current().unwrap();
    press(&mut app, KeyCode::Char('y'));
    let expected = {
        let s = &app.corpus.statements()[first];
        let words = app.corpus.text(&s.report, &s.content).to_owned();
        let speaker = app.corpus.speaker_name(&s.speaker).to_owned();
        (words, speaker)
    };
    let mut opened = Vec::new();
    let bytes = backend_bytes(&mut app, &mut opened);
    let text = String::from_utf8(bytes).unwrap();
    let payload = text
        .strip_prefix("\x1b]52;c;")
        .and_then(|rest| rest.strip_suffix('\x07'))
        .unwrap_or_else(|| panic!("one OSC 52 sequence: {text:?}"));
    let copied = String::from_utf8(
        base64::engine::general_purpose::STANDARD
            .decode(payload)
            .unwrap(),
    )
    .unwrap();
    assert!(copied.contains(&expected.0), "{copied}");
    assert!(
        copied.contains(&format!(" — {}, “", expected.1)),
        "{copied}"
    );
    assert!(copied.ends_with(", 16 Aug 2025"), "{copied}");
    assert!(opened.is_empty());
    let screen = common::text(&render(&app, 120, 40));
    let status = screen.lines().last().unwrap();
    assert!(
        status.contains("Copied to the clipboard through the terminal (OSC 52)"),
        "{status}"
    );
    // The next key clears the message.
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.message, None);
}

#[test]
fn o_opens_the_report_url_with_the_opener_and_says_so() {
    let body = "The mayor said \"the bridge opens in May\" on Monday.\n";
    let report = |name: &str, url: &str| Source {
        report_file: format!("{name}.txt"),
        report: format!("title: {name}\npublished: 2025-03-01\n{url}\n{body}").into_bytes(),
        annotation: None,
    };
    let loaded = corpus::from_sources(vec![
        report("web", "url: https://example.org/bridge\n"),
        report("hostile", "url: file:///etc/passwd\n"),
        report("plain", ""),
    ]);
    assert_eq!(loaded.errors().count(), 0, "{:?}", loaded.problems);
    let mut app = App::new(loaded.corpus, 120, 40);
    let mut opened = Vec::new();
    let mut said = Vec::new();
    for name in ["web", "hostile", "plain"] {
        let statement = app
            .statements
            .iter()
            .position(|&s| app.corpus.statements()[s].report.as_str() == name)
            .expect("each report has its statement");
        app.statements.select(statement);
        press(&mut app, KeyCode::Char('o'));
        backend_bytes(&mut app, &mut opened);
        said.push(app.message.clone().unwrap_or_default());
    }
    assert_eq!(opened, ["https://example.org/bridge"]);
    assert_eq!(
        said[0],
        "Opening https://example.org/bridge in the web browser"
    );
    assert_eq!(said[1], "Not a web address, not opened: file:///etc/passwd");
    assert_eq!(
        said[2],
        "“plain” has no URL (a `url:` line in its header gives one)."
    );
}

#[test]
fn an_opener_that_fails_is_named_in_the_status_line() {
    let mut app = app(120, 40);
    app.effects
        .push(share::Effect::OpenUrl("https://example.org/x".into()));
    let mut terminal = Terminal::new(CrosstermBackend::new(Vec::<u8>::new())).unwrap();
    let mut failing = |_: &str| -> io::Result<()> { Err(io::Error::other("no xdg-open")) };
    share::perform_effects(&mut app, terminal.backend_mut(), false, &mut failing);
    assert_eq!(
        app.message.as_deref(),
        Some("cannot open https://example.org/x: no xdg-open")
    );
}

#[test]
fn parley_config_prints_the_defaults_and_checks_a_file() {
    use std::process::Command;
    let parley = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_parley"))
            .args(args)
            .output()
            .unwrap()
    };
    let default = parley(&["config", "--default"]);
    assert_eq!(default.status.code(), Some(0));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, &default.stdout).unwrap();
    let checked = parley(&["config", "--config", path.to_str().unwrap()]);
    assert_eq!(checked.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&checked.stdout).ends_with("config.toml: read, no problems\n"));

    std::fs::write(&path, "[theme]\nfocus = \"cyan\"\ndim = \"ultraviolet\"\n").unwrap();
    let bad = parley(&["config", "--config", path.to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("config.toml:3: dim: cannot read \"ultraviolet\" as a colour"),
        "{err}"
    );
    assert!(
        err.contains("the browser starts with the defaults"),
        "{err}"
    );
}
