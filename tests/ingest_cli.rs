//! `parley ingest` end to end: JSON offsets into the file as read, annotation files
//! that are never overwritten once edited by hand, clear errors, and the loader
//! ingesting a report that has no annotation beside it.

use std::fs;
use std::process::Command;

fn parley(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .output()
        .unwrap()
}

/// `parley ingest --json` of `text` written to `name` in `dir`, which must succeed.
fn ingest_json(dir: &std::path::Path, name: &str, text: &str) -> serde_json::Value {
    let path = dir.join(name);
    fs::write(&path, text).unwrap();
    let out = parley(&["ingest", "--json", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const REPORT: &str = "title: A test\npublished: 2025-08-17\n\nThe summit was held on Friday, officials said.\n\"We hope,\" Putin said, \"that peace will come.\"\n";

#[test]
fn json_offsets_count_the_header() {
    let dir = tempfile::tempdir().unwrap();
    let json = ingest_json(dir.path(), "r.txt", REPORT);
    let statements = json["statements"].as_array().unwrap();
    let quote = statements
        .iter()
        .find(|s| s["speaker"] == "Putin")
        .expect("the quote by Putin");
    let (start, end) = (
        quote["content"]["start"].as_u64().unwrap() as usize,
        quote["content"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &REPORT[start..end],
        "\"We hope,\" Putin said, \"that peace will come.\""
    );
    // The quotation split by its cue: one statement, two pieces.
    let pieces: Vec<&str> = quote["fragments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            &REPORT[f["start"].as_u64().unwrap() as usize..f["end"].as_u64().unwrap() as usize]
        })
        .collect();
    assert_eq!(pieces, ["\"We hope,\"", "\"that peace will come.\""]);
    let officials = statements
        .iter()
        .find(|s| s["speaker"] == "officials")
        .expect("what officials said");
    assert_eq!(officials["fragments"].as_array().unwrap().len(), 1);
    assert_eq!(officials["fragments"][0], officials["content"]);
    let mention = &quote["speaker_mention"];
    assert_eq!(
        &REPORT[mention["start"].as_u64().unwrap() as usize
            ..mention["end"].as_u64().unwrap() as usize],
        "Putin"
    );
    let friday = json["times"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["value"] == "2025-08-15")
        .expect("on Friday resolved");
    assert_eq!(friday["type"], "DATE");
}

#[test]
fn without_a_date_relative_times_are_left_unresolved_and_said_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.txt");
    fs::write(&path, "The summit was held on Friday, officials said.\n").unwrap();
    let out = parley(&["ingest", "--json", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(json["times"][0]["value"].is_null());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unresolved"));
    let given = parley(&[
        "ingest",
        "--json",
        "--published",
        "2025-08-17",
        path.to_str().unwrap(),
    ]);
    let json: serde_json::Value = serde_json::from_slice(&given.stdout).unwrap();
    assert_eq!(json["times"][0]["value"], "2025-08-15");
}

#[test]
fn annotation_files_are_written_loaded_and_protected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.txt");
    fs::write(&path, REPORT).unwrap();
    let file = path.to_str().unwrap();
    assert!(parley(&["ingest", file]).status.success());
    let annotation = dir.path().join("r.json");
    let written = fs::read_to_string(&annotation).unwrap();
    assert!(written.contains("generated_by"));
    // The loader reads what ingest wrote without complaint.
    let check = parley(&["check", file]);
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    // Running again replaces ingest's own file; a hand edit is kept unless --force.
    assert!(parley(&["ingest", file]).status.success());
    fs::write(
        &annotation,
        written.replace("\"Putin\"", "\"Vladimir Putin\""),
    )
    .unwrap();
    let refused = parley(&["ingest", file]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--force"));
    assert!(parley(&["ingest", "--force", file]).status.success());
}

#[test]
fn invalid_input_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.txt");
    fs::write(&path, b"ok \xff\xfe bytes").unwrap();
    let out = parley(&["ingest", "--json", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt"));
    let missing = parley(&["ingest", "--json", "/nonexistent/x.txt"]);
    assert_eq!(missing.status.code(), Some(1));
}

#[test]
fn a_report_without_annotation_is_ingested_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.txt");
    fs::write(&path, REPORT).unwrap();
    let out = parley(&["statements", "--corpus", path.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("We hope"));
}

/// A column: its author says what "I" says outside a quotation.
const COLUMN: &str = "title: On the pier\nauthor: Jane Ruiz\npublished: 2025-08-17\n\nI asked the harbour master about the pier on Friday. \"It is safe,\" he said.\n\nI think the pier is unsafe, whatever the board says.\n";

#[test]
fn the_i_of_a_column_is_its_author_in_ingest_and_at_load() {
    let dir = tempfile::tempdir().unwrap();
    let json = ingest_json(dir.path(), "column.txt", COLUMN);
    let by = |words: &str| {
        json["statements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["content"]["text"].as_str().unwrap().contains(words))
            .unwrap_or_else(|| panic!("a statement with {words:?}: {json}"))["speaker"]
            .clone()
    };
    assert_eq!(by("the pier is unsafe"), "Jane Ruiz");
    // What someone else said stays theirs.
    assert_ne!(by("It is safe"), "Jane Ruiz");
    // The corpus finds her by her name, with her statements.
    let out = parley(&[
        "statements",
        "--corpus",
        dir.path().to_str().unwrap(),
        "--speaker",
        "Jane Ruiz",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("the pier is unsafe"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// Each report's unnamed source is its own, in annotation files ingest writes as in a
/// folder read without them.
#[test]
fn a_reports_own_speaker_stays_its_own_in_written_annotations() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in [
        ("a.txt", "title: A\n\nThe pier will close, a source said.\n"),
        (
            "b.txt",
            "title: B\n\nThe pier will stay open, a source said.\n",
        ),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        assert!(parley(&["ingest", path.to_str().unwrap()]).status.success());
    }
    assert!(dir.path().join("a.json").exists());
    let out = parley(&[
        "speakers",
        "--corpus",
        dir.path().to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let sources: Vec<&serde_json::Value> = json
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["speaker"]["name"] == "source")
        .collect();
    assert_eq!(sources.len(), 2, "{json}");
    assert!(sources.iter().all(|s| s["statements"] == 1), "{json}");
}
