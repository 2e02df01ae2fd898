//! A folder that changes while the browser has it open: the change is noticed, the
//! corpus loaded again, and what was selected stays selected where it still is.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::{assets_copy, press, render, text};
use crossterm::event::KeyCode;
use parley::model::StatementId;
use parley::tui::action::Pane;
use parley::tui::app::{App, Filter};
use parley::tui::reload::{Load, Reloader};

fn load_of(dir: &Path) -> Arc<Load> {
    let paths = vec![dir.to_path_buf()];
    Arc::new(move |progress| parley::cli::load_unsaved_with_progress(&paths, false, progress))
}

fn open(dir: &Path, watched: bool) -> App {
    let (loaded, _) = parley::cli::load_unsaved(&[PathBuf::from(dir)], false).unwrap();
    let mut app = App::new(loaded.corpus, 120, 40);
    app.set_problems(loaded.problems, true);
    app.reload = Some(if watched {
        Reloader::watch(&[dir.to_path_buf()], load_of(dir))
    } else {
        Reloader::unwatched(load_of(dir))
    });
    app
}

/// Polls as the event loop does until the corpus has `reports` reports.
fn wait_for_reports(app: &mut App, reports: usize) {
    // A guard against hanging, not a speed requirement.
    let deadline = Instant::now() + Duration::from_secs(30);
    while app.corpus.reports().len() != reports {
        assert!(
            Instant::now() < deadline,
            "no reload to {reports} reports; the message: {:?}",
            app.message
        );
        app.poll();
        std::thread::sleep(Duration::from_millis(20));
    }
}

const LATER: &str = "title: Talks to resume\npublisher: The Westmere Courier\npublished: 2025-08-20\n\n\"We are ready to talk again,\" Vladimir Putin said on Tuesday.\n";

fn selected_id(app: &App) -> StatementId {
    app.corpus.statements()[app.statements.current().unwrap()]
        .id
        .clone()
}

#[test]
fn a_report_added_is_taken_in_and_the_selection_stays() {
    let dir = assets_copy();
    let mut app = open(dir.path(), false);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    let (filter, statement) = (app.filter, selected_id(&app));
    assert!(matches!(filter, Filter::Speaker(_)));
    std::fs::write(dir.path().join("later.txt"), LATER).unwrap();
    app.reload.as_mut().unwrap().changed();
    wait_for_reports(&mut app, 3);
    assert_eq!(selected_id(&app), statement);
    assert_eq!(app.focus, Pane::Statements);
    // Still Putin's statements, now with the new report's one.
    let Filter::Speaker(p) = app.filter else {
        panic!("the speaker filter stays: {:?}", app.filter);
    };
    assert_eq!(app.corpus.speakers()[p].id.as_str(), "putin");
    let quotes: Vec<&str> = app
        .statements
        .iter()
        .map(|&i| {
            let s = &app.corpus.statements()[i];
            app.corpus.text(&s.report, &s.content)
        })
        .collect();
    assert!(
        quotes.iter().any(|q| q.contains("ready to talk again")),
        "{quotes:?}"
    );
    let screen = text(&render(&app, 120, 40));
    assert!(screen.contains("3 reports now"), "{screen}");
}

#[test]
fn a_report_removed_leaves_the_rest_browsable() {
    let dir = assets_copy();
    let mut app = open(dir.path(), false);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.corpus.reports()[app.source.report].id.as_str(),
        "aftermath"
    );
    std::fs::remove_file(dir.path().join("aftermath.txt")).unwrap();
    std::fs::remove_file(dir.path().join("aftermath.json")).unwrap();
    app.reload.as_mut().unwrap().changed();
    wait_for_reports(&mut app, 1);
    assert_eq!(app.filter, Filter::All);
    assert_eq!(
        app.corpus.reports()[app.source.report].id.as_str(),
        "summit"
    );
    for key in ['j', 'k', 'G', '4', 'j', 'c'] {
        press(&mut app, KeyCode::Char(key));
        render(&app, 120, 40);
    }
}

#[test]
fn the_watcher_notices_a_report_written_into_the_folder() {
    let dir = assets_copy();
    let mut app = open(dir.path(), true);
    // Reading the folder, and the cache, is not a change.
    for _ in 0..20 {
        app.poll();
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!app.busy(), "nothing changed yet");
    std::fs::write(dir.path().join("later.txt"), LATER).unwrap();
    wait_for_reports(&mut app, 3);
    std::fs::write(dir.path().join("notes.md"), "not a report").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    app.poll();
    assert!(!app.busy(), "a file that is not a report is no change");
}
