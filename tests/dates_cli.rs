//! Dates through the command line: folders of reports whose dates ingest must resolve,
//! or leave unresolved, without failing the whole folder.

use std::fs;
use std::process::{Command, Output};

fn parley(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .env("PARLEY_NO_CACHE", "1")
        .output()
        .expect("the parley binary runs")
}

const EDGE_BODY: &str = "The minister spoke yesterday and will speak again tomorrow. \
    \"We met last Friday,\" she said on Monday. They talked last week, last month and \
    last year, and will meet next week, next month and next year, in December.\n";

/// A folder of reports published on the first and last days the calendar holds, and
/// on the first day of year 0, all without annotations so that they are ingested.
fn edge_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, date) in [
        ("first", "-262143-01-01"),
        ("last", "+262142-12-31"),
        ("zero", "0000-01-01"),
        ("plain", "2025-08-17"),
    ] {
        let text = format!("title: {name}\npublished: {date}\n\n{EDGE_BODY}");
        fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    dir
}

#[test]
fn dates_at_the_edge_of_the_calendar_load_without_a_panic_or_an_error() {
    let dir = edge_folder();
    let path = dir.path().to_str().unwrap();
    let (first, last) = (format!("{path}/first.txt"), format!("{path}/last.txt"));
    let mut runs = vec![
        vec!["timeline", "--corpus", path],
        vec!["timeline", "--json", "--corpus", path],
        vec!["statements", "--corpus", path],
        vec!["statements", "--json", "--corpus", path],
        vec!["speakers", "--json", "--corpus", path],
        vec!["find", "minister", "--corpus", path],
        vec!["compare", "first", "last", "--corpus", path],
        vec!["compare", "--json", "zero", "plain", "--corpus", path],
        vec!["check", path],
        vec!["ingest", "--json", &first, &last],
        vec!["ingest", "--json", "--published=-262143-01-01", &last],
        vec!["ingest", "--json", "--published=+262142-12-31", &first],
    ];
    for format in ["csv", "markdown", "jsonld", "timelinejs"] {
        runs.push(vec!["export", "--format", format, "--corpus", path]);
    }
    for args in runs {
        let out = parley(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("error"), "{args:?}: {stderr}");
    }
    let timeline = String::from_utf8(parley(&["timeline", "--corpus", path]).stdout).unwrap();
    assert!(timeline.contains("Sat 16 Aug 2025"), "{timeline}");
}

#[test]
fn year_zero_never_makes_ingest_write_a_year_before_it() {
    let dir = edge_folder();
    let zero = dir.path().join("zero.txt");
    let out = parley(&["ingest", "--json", zero.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let values: Vec<&str> = json["times"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t["value"].as_str())
        .collect();
    assert!(!values.is_empty());
    assert!(values.iter().all(|v| !v.starts_with('-')), "{values:?}");
    // What ingest writes, the loader reads back without a problem.
    let out = parley(&["ingest", zero.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let check = parley(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
}

#[test]
fn what_ingest_writes_at_the_edges_of_the_calendar_loads_back() {
    let dir = edge_folder();
    let files: Vec<String> = ["first", "last", "zero", "plain"]
        .iter()
        .map(|name| dir.path().join(format!("{name}.txt")).display().to_string())
        .collect();
    let mut args = vec!["ingest"];
    args.extend(files.iter().map(String::as_str));
    let out = parley(&args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in ["first", "last", "zero", "plain"] {
        assert!(dir.path().join(format!("{name}.json")).exists(), "{name}");
    }
    // Read from the annotations now, not ingested again: the loader takes them all.
    let check = parley(&["check", dir.path().to_str().unwrap()]);
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&check.stdout),
        String::from_utf8_lossy(&check.stderr)
    );
    assert_eq!(check.status.code(), Some(0), "{all}");
    assert!(all.contains("4 reports,"), "{all}");
    assert!(all.contains("0 errors, 0 warnings"), "{all}");
}

#[test]
fn the_browser_shows_a_folder_dated_at_the_edges_of_the_calendar() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::{backend::TestBackend, Terminal};
    let dir = edge_folder();
    let loaded = parley::corpus::load(&[dir.path().to_path_buf()]).unwrap();
    assert!(!loaded.problems.iter().any(|p| p.is_error()));
    let mut app = parley::tui::App::new(loaded.corpus, 100, 30);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    // Every pane, and down each list.
    for key in ['1', 'j', '2', 'j', 'j', '3', 'j', '4', 'j', 'c'] {
        app.key(KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE));
        terminal
            .draw(|frame| frame.render_widget(&app, frame.area()))
            .unwrap();
    }
    let screen: String = (terminal.backend().buffer().content.iter())
        .map(|cell| cell.symbol())
        .collect();
    assert!(!screen.trim().is_empty());
}

/// Reports without `published:`: one with a dateline, one with a "Published:" line,
/// one with neither.
fn undated_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let reports = [
        (
            "dateline",
            "WASHINGTON, Oct. 28, 2016 — The senator said on Friday that the bill would pass.\n",
        ),
        (
            "labelled",
            "Bill advances\nPublished: October 27, 2016\n\nThe vote came yesterday, aides said.\n",
        ),
        (
            "bare",
            "The senator said yesterday that the vote on Monday would be close.\n",
        ),
    ];
    for (name, body) in reports {
        fs::write(
            dir.path().join(format!("{name}.txt")),
            format!("title: {name}\n\n{body}"),
        )
        .unwrap();
    }
    dir
}

#[test]
fn a_date_printed_at_the_start_dates_the_report_as_inferred() {
    let dir = undated_folder();
    let loaded = parley::corpus::load(&[dir.path().to_path_buf()]).unwrap();
    let published = |id: &str| {
        let report = loaded
            .corpus
            .reports()
            .iter()
            .find(|r| r.id.as_str() == id)
            .unwrap();
        report.published.map(|p| (p.date.to_string(), p.inferred))
    };
    assert_eq!(published("dateline"), Some(("2016-10-28".into(), true)));
    assert_eq!(published("labelled"), Some(("2016-10-27".into(), true)));
    assert_eq!(published("bare"), None);
    // Its relative dates are resolved against it.
    let out = parley(&["timeline", "--corpus", dir.path().to_str().unwrap()]);
    let timeline = String::from_utf8(out.stdout).unwrap();
    assert!(timeline.contains("Fri 28 Oct 2016"), "{timeline}");
    assert!(timeline.contains("Wed 26 Oct 2016"), "{timeline}");
}

#[test]
fn check_lists_reports_without_a_date_and_what_is_left_unresolved() {
    let dir = undated_folder();
    let out = parley(&["check", dir.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let all = format!("{stdout}{stderr}");
    assert_eq!(out.status.code(), Some(0), "{all}");
    let undated: Vec<&str> = all
        .lines()
        .filter(|l| l.contains("no publication date"))
        .collect();
    assert_eq!(undated.len(), 1, "{all}");
    assert!(undated[0].contains("bare.txt"), "{}", undated[0]);
    assert!(undated[0].contains("warning"), "{}", undated[0]);
    assert!(undated[0].contains("2 relative dates"), "{}", undated[0]);
}

#[test]
fn ingest_says_when_it_took_the_date_from_the_text() {
    let dir = undated_folder();
    let file = dir.path().join("dateline.txt");
    let out = parley(&["ingest", "--json", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["published"], "2016-10-28");
    assert_eq!(json["published_inferred"], true);
    let file = dir.path().join("bare.txt");
    let out = parley(&["ingest", "--json", file.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["published"], serde_json::Value::Null);
    assert_eq!(json["published_inferred"], false);
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 relative dates"));
}

#[test]
fn the_browser_lists_a_report_without_a_date_also_when_loaded_from_the_cache() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use ratatui::{backend::TestBackend, Terminal};
    let dir = undated_folder();
    // Loaded as the browser loads a folder: first checked and cached, then from the cache.
    for round in ["first load", "from the cache"] {
        let loaded = parley::cli::load(&[dir.path().to_path_buf()], true).unwrap();
        let undated: Vec<String> = (loaded.problems.iter())
            .map(ToString::to_string)
            .filter(|p| p.contains("no publication date"))
            .collect();
        assert_eq!(undated.len(), 1, "{round}: {undated:?}");
        assert!(undated[0].contains("bare.txt"), "{round}: {}", undated[0]);
        let mut app = parley::tui::App::new(loaded.corpus, 160, 40);
        app.set_problems(loaded.problems, !loaded.cached);
        app.key(KeyEvent::new(KeyCode::Char('!'), KeyModifiers::NONE));
        let mut terminal = Terminal::new(TestBackend::new(160, 40)).unwrap();
        terminal
            .draw(|frame| frame.render_widget(&app, frame.area()))
            .unwrap();
        let buffer = terminal.backend().buffer();
        let screen: String = (buffer.content.chunks(160))
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n")
            .collect();
        assert!(screen.contains("no publication date"), "{round}: {screen}");
        assert!(screen.contains("2 relative dates"), "{round}: {screen}");
    }
    assert!(dir.path().join(".parley-cache").exists());
}
