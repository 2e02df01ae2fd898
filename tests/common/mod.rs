//! Helpers for the tests: corpora, keys, rendering into a test buffer, and copies of
//! the bundled reports to change on disk.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parley::corpus::{self, Source};
use parley::model::Corpus;
use parley::tui::App;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

pub fn bundled() -> Corpus {
    corpus::bundled().corpus
}

/// The bundled corpus in an app of the given size, colours on.
pub fn app(width: u16, height: u16) -> App {
    App::new(bundled(), width, height)
}

pub fn press(app: &mut App, code: KeyCode) {
    app.key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub fn ctrl(app: &mut App, c: char) {
    app.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

pub fn render(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .unwrap();
    terminal.backend().buffer().clone()
}

/// The buffer as lines of text; the cell after a wide character is skipped, as a
/// terminal shows it.
pub fn text(buffer: &Buffer) -> String {
    use unicode_width::UnicodeWidthStr;
    let width = usize::from(buffer.area.width);
    let mut out = String::new();
    for row in buffer.content.chunks(width.max(1)) {
        let mut skip = 0;
        for cell in row {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            out.push_str(cell.symbol());
            skip = cell.symbol().width().saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// One report as a source for the loader: header, body, annotation.
pub fn source(name: &str, title: &str, body: &str, annotation: &str) -> Source {
    Source {
        report_file: format!("{name}.txt"),
        report: format!("title: {title}\npublished: 2025-08-17\n\n{body}").into_bytes(),
        annotation: Some((format!("{name}.json"), annotation.as_bytes().to_vec())),
    }
}

/// A statement record quoting `quote` where it first occurs in `body`.
pub fn statement(id: &str, speaker: &str, body: &str, quote: &str, same_as: &[&str]) -> String {
    let start = body.find(quote).expect("quote is in the body");
    let same: Vec<String> = same_as.iter().map(|s| format!("{s:?}")).collect();
    format!(
        r#"{{"id": {id:?}, "speaker": {speaker:?}, "kind": "direct",
            "content": {{"start": {start}, "end": {}, "text": {quote:?}}},
            "same_as": [{}]}}"#,
        start + quote.len(),
        same.join(", ")
    )
}

const SPEAKERS: &str = r#"[
    {"id": "trump", "name": "Donald Trump", "kind": "person"},
    {"id": "putin", "name": "Vladimir Putin", "kind": "person"},
    {"id": "rubio", "name": "Marco Rubio", "kind": "person"},
    {"id": "zelensky", "name": "Volodymyr Zelensky", "kind": "person"}
]"#;

pub const LEFT_BODY: &str = "Trump said \"big progress\" on Sunday.\nPutin said \"next time in Moscow\" as he left.\nRubio said \"both sides must give\" later.\n";
pub const RIGHT_BODY: &str = "Zelensky said \"no deal on land\" first.\nPutin replied \"next time in Moscow\" in English.\nTrump wrote \"BIG PROGRESS ON RUSSIA\" on his site.\n";

/// Two reports of one story: Putin's words shared verbatim, Trump's reworded (linked by
/// annotation), Rubio only on the left and Zelensky only on the right.
pub fn two_reports() -> Corpus {
    let left = format!(
        r#"{{"speakers": {SPEAKERS}, "statements": [{}, {}, {}]}}"#,
        statement("left-1", "trump", LEFT_BODY, "big progress", &["right-3"]),
        statement("left-2", "putin", LEFT_BODY, "next time in Moscow", &[]),
        statement("left-3", "rubio", LEFT_BODY, "both sides must give", &[]),
    );
    let right = format!(
        r#"{{"speakers": {SPEAKERS}, "statements": [{}, {}, {}]}}"#,
        statement("right-1", "zelensky", RIGHT_BODY, "no deal on land", &[]),
        statement("right-2", "putin", RIGHT_BODY, "next time in Moscow", &[]),
        statement(
            "right-3",
            "trump",
            RIGHT_BODY,
            "BIG PROGRESS ON RUSSIA",
            &[]
        ),
    );
    let loaded = corpus::from_sources(vec![
        source("left", "Left report", LEFT_BODY, &left),
        source("right", "Right report", RIGHT_BODY, &right),
    ]);
    assert!(
        loaded.errors().next().is_none(),
        "fixture loads cleanly: {:?}",
        loaded.problems
    );
    loaded.corpus
}

/// A folder holding a copy of the bundled reports and their annotations.
pub fn assets_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    for entry in std::fs::read_dir(assets).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// Rewrites one quote of the summit report and its annotation in place, keeping their
/// sizes: "Next time in Moscow." becomes "Next time in Moskva.".
pub fn rewrite_moscow(dir: &std::path::Path) {
    for name in ["summit.txt", "summit.json"] {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(
            &path,
            text.replace("Next time in Moscow.", "Next time in Moskva."),
        )
        .unwrap();
    }
}
