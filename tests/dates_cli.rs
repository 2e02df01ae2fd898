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
    for args in [
        vec!["timeline", "--corpus", path],
        vec!["timeline", "--json", "--corpus", path],
        vec!["statements", "--corpus", path],
        vec!["check", path],
    ] {
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
