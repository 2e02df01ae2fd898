//! Rendering: snapshots of every screen at three sizes, no panic at any size, and
//! hostile report text that never reaches the buffer as control characters.

mod common;

use common::{app, press, render, text, type_text};
use crossterm::event::KeyCode;
use parley::corpus;
use parley::tui::App;

const SIZES: [(u16, u16); 3] = [(120, 40), (80, 24), (40, 12)];

fn snapshot_at_sizes(name: &str, setup: impl Fn(&mut App)) {
    for (width, height) in SIZES {
        let mut app = app(width, height);
        app.theme.color = false;
        setup(&mut app);
        let screen = text(&render(&app, width, height));
        insta::assert_snapshot!(format!("{name}_{width}x{height}"), screen);
    }
}

#[test]
fn browse() {
    snapshot_at_sizes("browse", |_| {});
}

#[test]
fn browse_filtered_by_speaker() {
    snapshot_at_sizes("browse_speaker", |app| {
        press(app, KeyCode::Char('3'));
        press(app, KeyCode::Char('j'));
    });
}

#[test]
fn reports_pane() {
    snapshot_at_sizes("reports", |app| {
        press(app, KeyCode::Char('1'));
        press(app, KeyCode::Char('j'));
    });
}

/// The timeline narrowed to August 2025, direct quotes only, both from the summit.
#[test]
fn browse_with_filters() {
    snapshot_at_sizes("filters", |app| {
        press(app, KeyCode::Char('2'));
        press(app, KeyCode::Char('d'));
        type_text(app, "2025-08");
        press(app, KeyCode::Enter);
        press(app, KeyCode::Char('r'));
        press(app, KeyCode::Char('4'));
        press(app, KeyCode::Char('t'));
    });
}

#[test]
fn a_speaker_filter_being_typed() {
    snapshot_at_sizes("speaker_filter", |app| {
        press(app, KeyCode::Char('3'));
        press(app, KeyCode::Char('f'));
        type_text(app, "put");
    });
}

#[test]
fn search_in_the_source() {
    snapshot_at_sizes("source_search", |app| {
        press(app, KeyCode::Char('5'));
        press(app, KeyCode::Char('/'));
        type_text(app, "moscow");
        press(app, KeyCode::Enter);
        press(app, KeyCode::Char('n'));
    });
}

#[test]
fn the_problems_popup() {
    snapshot_at_sizes("problems", |app| {
        app.set_problems(
            vec![
                corpus::Problem::error("reports/broken.txt", "not valid UTF-8").at_line(3),
                corpus::Problem::warning(
                    "reports/notes.json",
                    "an annotation file with no report beside it (expected a .txt of the same name)",
                ),
            ],
            true,
        );
        press(app, KeyCode::Char('!'));
    });
}

#[test]
fn compare() {
    snapshot_at_sizes("compare", |app| press(app, KeyCode::Char('c')));
}

#[test]
fn finder_with_a_query() {
    snapshot_at_sizes("finder", |app| {
        press(app, KeyCode::Char('/'));
        type_text(app, "next moscow");
    });
}

#[test]
fn help() {
    snapshot_at_sizes("help", |app| press(app, KeyCode::Char('?')));
}

/// Every screen at sizes from 1x1 up, including very wide and very flat ones.
#[test]
fn no_size_panics() {
    let mut sizes = vec![
        (1, 1),
        (500, 3),
        (3, 500),
        (39, 9),
        (40, 10),
        (79, 24),
        (80, 10),
    ];
    for w in (1..=130).step_by(9) {
        for h in (1..=45).step_by(6) {
            sizes.push((w, h));
        }
    }
    let screens: [&dyn Fn(&mut App); 4] = [
        &|_| {},
        &|app| press(app, KeyCode::Char('c')),
        &|app| {
            press(app, KeyCode::Char('/'));
            type_text(app, "big");
        },
        &|app| press(app, KeyCode::F(1)),
    ];
    for (w, h) in sizes {
        for screen in &screens {
            let mut app = app(w, h);
            screen(&mut app);
            press(&mut app, KeyCode::Char('j'));
            press(&mut app, KeyCode::PageDown);
            let buffer = render(&app, w, h);
            assert_eq!(buffer.area.width, w);
        }
    }
}

#[test]
fn a_tiny_terminal_says_so() {
    let screen = text(&render(&app(30, 8), 30, 8));
    assert!(screen.contains("Terminal too small (30x8)"), "{screen}");
    assert!(screen.contains("needs at least 40x10"), "{screen}");
}

const HOSTILE: &str =
    "Trump said \"\u{1b}[2J\u{1b}]0;pwned\u{7}clear\u{9b}31m\" in \u{202e}txet\u{202c} \
    日本語 and e\u{301}mojis 🎉🎉 with\ttabs\r\nand a bell\u{7} and DEL\u{7f}.\n";

fn hostile_corpus() -> parley::model::Corpus {
    let quote = "\u{1b}[2J\u{1b}]0;pwned\u{7}clear\u{9b}31m";
    let start = HOSTILE.find(quote).unwrap();
    let annotation = format!(
        r#"{{"speakers": [{{"id": "x\u001b[31m", "name": "Evil\u001b[2J Name", "kind": "person"}}],
            "statements": [{{"id": "h-1", "speaker": "x\u001b[31m", "kind": "direct",
              "content": {{"start": {start}, "end": {}, "text": {}}}}}]}}"#,
        start + quote.len(),
        serde_json::to_string(quote).unwrap()
    );
    let loaded = corpus::from_sources(vec![common::source(
        "hostile",
        "Title \u{1b}[31mred",
        HOSTILE,
        &annotation,
    )]);
    assert_eq!(loaded.corpus.statements().len(), 1, "{:?}", loaded.problems);
    loaded.corpus
}

#[test]
fn escape_sequences_in_a_report_never_reach_the_buffer() {
    for (width, height) in [(120, 40), (80, 24), (41, 12)] {
        let screens: [&dyn Fn(&mut App); 4] = [
            &|_| {},
            &|app| press(app, KeyCode::Char('5')),
            &|app| press(app, KeyCode::Char('c')),
            &|app| {
                press(app, KeyCode::Char('/'));
                type_text(app, "clear");
            },
        ];
        for screen in screens {
            let mut app = App::new(hostile_corpus(), width, height);
            screen(&mut app);
            let buffer = render(&app, width, height);
            for cell in buffer.content.iter() {
                assert!(
                    !cell
                        .symbol()
                        .chars()
                        .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
                    "control character in cell {:?}",
                    cell.symbol()
                );
            }
            let screen = text(&buffer);
            assert!(!screen.contains('\u{1b}'));
        }
    }
    // The text is still there, made visible.
    let mut app = App::new(hostile_corpus(), 120, 40);
    press(&mut app, KeyCode::Char('5'));
    let screen = text(&render(&app, 120, 40));
    assert!(screen.contains("␛[2J"), "{screen}");
}

#[test]
fn wide_characters_and_combining_marks_keep_the_border_aligned() {
    let app = App::new(hostile_corpus(), 120, 40);
    let buffer = render(&app, 120, 40);
    let source = app.pane_rect(parley::tui::action::Pane::Source).unwrap();
    // The right border of the source pane is in its column on every row.
    let right = source.x + source.width - 1;
    for y in source.y + 1..source.y + source.height - 1 {
        assert_eq!(
            buffer[(right, y)].symbol(),
            "│",
            "row {y}:\n{}",
            text(&buffer)
        );
    }
    assert!(text(&buffer).contains("日本語"));
}

/// With NO_COLOR, focus, selection and statements still show, by modifiers alone.
#[test]
fn without_colour_focus_and_statements_show_by_modifiers() {
    use ratatui::style::{Color, Modifier};
    let mut app = app(120, 40);
    app.theme.color = false;
    let buffer = render(&app, 120, 40);
    assert!(buffer
        .content
        .iter()
        .all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    let statements = app
        .pane_rect(parley::tui::action::Pane::Statements)
        .unwrap();
    // The focused pane's title is reversed, its border thick.
    let title = &buffer[(statements.x + 3, statements.y)];
    assert!(title.modifier.contains(Modifier::REVERSED), "{title:?}");
    assert_eq!(buffer[(statements.x, statements.y)].symbol(), "┏");
    // The selected statement's row is reversed too, and statements in the source are
    // underlined.
    let row = &buffer[(statements.x + 2, statements.y + 1)];
    assert!(row.modifier.contains(Modifier::REVERSED), "{row:?}");
    let underlined = buffer
        .content
        .iter()
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .count();
    assert!(underlined > 20);
}

#[test]
fn the_finder_marks_the_matched_letters() {
    use ratatui::style::Modifier;
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "next moscow");
    let buffer = render(&app, 120, 40);
    let popup = parley::tui::layout::finder(buffer.area);
    let mut marked = String::new();
    for y in popup.y..popup.y + popup.height {
        for x in popup.x..popup.x + popup.width {
            let cell = &buffer[(x, y)];
            if cell.modifier.contains(Modifier::UNDERLINED) {
                marked.push_str(cell.symbol());
            }
        }
    }
    assert_eq!(marked, "Next Moscow");
}

/// A statement's cue shows beside it as the report words it, so that what a speaker
/// never said is not read as said.
#[test]
fn a_statements_cue_shows_beside_it_with_its_negation() {
    let loaded = corpus::from_sources(vec![parley::corpus::Source {
        report_file: "bridge.txt".to_owned(),
        report: b"title: Bridge\npublished: 2025-08-17\n\nMayor Ann Jones never said that the bridge was unsafe.\n".to_vec(),
        annotation: None,
    }]);
    assert_eq!(loaded.corpus.statements().len(), 1, "{:?}", loaded.problems);
    let app = App::new(loaded.corpus, 120, 40);
    let screen = text(&render(&app, 120, 40));
    // The cue, negation and all, and the date stay where the pane is too narrow for
    // the kind and the outlet too: the words below show no quotation marks.
    let line = screen
        .lines()
        .find(|l| l.contains("Ann Jones  never said · "))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(line.contains("never said · 17 Aug 2025"), "{line}");
    assert!(screen.contains("that the bridge was unsafe"), "{screen}");
    // Wide enough, all of it.
    let app = App::new((*app.corpus).clone(), 240, 40);
    let screen = text(&render(&app, 240, 40));
    assert!(
        screen.contains("Ann Jones  never said · reported · bridge · 17 Aug 2025"),
        "{screen}"
    );
}
