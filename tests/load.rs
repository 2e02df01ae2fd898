//! Loading a corpus from disk: what loads, and how each kind of problem is reported
//! (file, line or JSON path, what was expected) while the rest still loads.

use parley::corpus::{self, Loaded, Severity};
use parley::model::{ReportId, StatementId};
use std::fs;
use std::path::Path;
use tempfile::TempDir;

const GOOD_REPORT: &str =
    "title: Good\npublished: 2025-08-17\n\nTrump said \"big progress\" on Sunday.\n";
const GOOD_ANNOTATION: &str = r#"{
  "speakers": [{"id": "trump", "name": "Donald Trump", "kind": "person", "aliases": ["Trump"]}],
  "events": [{"id": "post", "title": "The post",
              "time": {"value": "2025-08-17", "expression": "on Sunday", "anchor": "2025-08-17"},
              "mentions": [{"start": 26, "end": 35, "text": "on Sunday"}]}],
  "statements": [{"id": "good-1", "speaker": "trump", "kind": "partial",
                  "speaker_mention": {"start": 0, "end": 5, "text": "Trump"},
                  "cue": {"start": 6, "end": 10, "text": "said"},
                  "content": {"start": 12, "end": 24, "text": "big progress"},
                  "event": "post"}]
}"#;

/// A corpus folder with the good report plus `files`.
fn corpus_with(files: &[(&str, &[u8])]) -> (TempDir, Loaded) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.txt", GOOD_REPORT.as_bytes());
    write(dir.path(), "good.json", GOOD_ANNOTATION.as_bytes());
    for (name, contents) in files {
        write(dir.path(), name, contents);
    }
    let loaded = corpus::load(&[dir.path().to_path_buf()]).unwrap();
    (dir, loaded)
}

fn write(dir: &Path, name: &str, contents: &[u8]) {
    fs::write(dir.join(name), contents).unwrap();
}

/// The one error the fixture must produce, as printed.
fn only_error(loaded: &Loaded) -> String {
    let errors: Vec<String> = loaded.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    errors[0].clone()
}

fn assert_good_report_loaded(loaded: &Loaded) {
    let corpus = &loaded.corpus;
    let good = corpus
        .report(&ReportId::new("good"))
        .expect("the good report still loads");
    assert_eq!(good.title, "Good");
    let statement = corpus
        .statement(&StatementId::new("good-1"))
        .expect("its statement loads");
    assert_eq!(
        corpus.text(&statement.report, &statement.content),
        "big progress"
    );
}

/// A second report whose annotation has one bad statement; the valid one beside it loads.
fn bad_statement(statement: &str) -> String {
    format!(
        r#"{{
  "speakers": [{{"id": "putin", "name": "Vladimir Putin", "kind": "person"}}],
  "statements": [
    {{"id": "bad-ok", "speaker": "putin", "kind": "direct",
      "content": {{"start": 6, "end": 25, "text": "Next time in Moscow"}}}},
    {statement}
  ]
}}"#
    )
}

const BAD_REPORT: &str = "title: Bad\n\nPutin Next time in Moscow. Про мир.\n";

#[test]
fn a_good_corpus_loads_without_problems() {
    let (_dir, loaded) = corpus_with(&[]);
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    assert_good_report_loaded(&loaded);
    let corpus = &loaded.corpus;
    let event = &corpus.events()[0];
    let mention = &event.mentions[0];
    assert_eq!(corpus.text(&mention.report, &mention.span), "on Sunday");
    assert_eq!(corpus.statements_at(&event.id).count(), 1);
}

#[test]
fn invalid_utf8_skips_the_report_and_names_the_byte() {
    let (_dir, loaded) = corpus_with(&[("bad.txt", b"title: Bad\n\nline one\nbroken \xff here")]);
    let error = only_error(&loaded);
    assert!(
        error.contains("bad.txt:4: error: not valid UTF-8 at byte 28"),
        "{error}"
    );
    assert!(loaded.corpus.report(&ReportId::new("bad")).is_none());
    assert_good_report_loaded(&loaded);
}

#[test]
fn an_unknown_header_key_names_the_line_and_the_known_keys() {
    let (_dir, loaded) = corpus_with(&[("bad.txt", b"title: Bad\nauthr: Me\n\nBody.")]);
    let error = only_error(&loaded);
    assert!(error.contains("bad.txt:2: error: unknown header key \"authr\" (expected one of: title, publisher, author"), "{error}");
    assert_good_report_loaded(&loaded);
}

#[test]
fn an_unparsable_publication_date_says_what_is_expected() {
    let (_dir, loaded) = corpus_with(&[("bad.txt", b"title: Bad\npublished: Sunday\n\nBody.")]);
    let error = only_error(&loaded);
    assert!(
        error.contains(
            "bad.txt:2: error: published: cannot read \"Sunday\" as a date (expected YYYY-MM-DD"
        ),
        "{error}"
    );
    assert_good_report_loaded(&loaded);
}

#[test]
fn a_header_without_a_body_is_an_error() {
    let (_dir, loaded) = corpus_with(&[("bad.txt", b"title: Bad\nauthor: Me\n")]);
    assert!(only_error(&loaded).contains("bad.txt: error: the header has no blank line"));
}

#[test]
fn malformed_json_names_the_line_and_keeps_the_report() {
    let (_dir, loaded) = corpus_with(&[
        ("other.txt", BAD_REPORT.as_bytes()),
        (
            "other.json",
            b"{\n  \"speakers\": [\n    {\"id\": }\n  ]\n}",
        ),
    ]);
    let error = only_error(&loaded);
    assert!(
        error.contains("other.json:3: error: expected value"),
        "{error}"
    );
    assert!(
        loaded.corpus.report(&ReportId::new("other")).is_some(),
        "the report loads without its annotations"
    );
    assert_good_report_loaded(&loaded);
}

/// The good report plus a second one, `other`, annotated with `annotation`.
fn with_other_annotation(annotation: &str) -> (TempDir, Loaded) {
    corpus_with(&[
        ("other.txt", BAD_REPORT.as_bytes()),
        ("other.json", annotation.as_bytes()),
    ])
}

fn with_bad_statement(statement: &str) -> (TempDir, Loaded) {
    with_other_annotation(&bad_statement(statement))
}

/// Loads a report with one bad statement: it must give exactly the `expected` error,
/// and the rest of the corpus must load.
fn rejects_statement(statement: &str, expected: &str) {
    let (_dir, loaded) = with_bad_statement(statement);
    let error = only_error(&loaded);
    assert!(error.contains(expected), "{error}");
    assert_rest_of_bad_loaded(&loaded);
}

fn assert_rest_of_bad_loaded(loaded: &Loaded) {
    assert!(
        loaded
            .corpus
            .statement(&StatementId::new("bad-ok"))
            .is_some(),
        "the valid statement beside it loads"
    );
    assert_good_report_loaded(loaded);
}

#[test]
fn a_span_out_of_range_gives_the_body_length() {
    rejects_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "direct", "content": {"start": 30, "end": 400, "text": "nowhere"}}"#,
        "other.json:6: error: statements[1].content: the span 30..400 is out of range (the body is 42 bytes)",
    );
}

#[test]
fn a_span_splitting_a_character_is_an_error() {
    // "П" is bytes 27..29 of the body; 28 falls inside it.
    rejects_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "direct", "content": {"start": 28, "end": 31, "text": "xyz"}}"#,
        "statements[1].content: the span 28..31 splits a UTF-8 character",
    );
}

#[test]
fn span_text_that_does_not_match_the_body_shows_both() {
    rejects_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "direct", "content": {"start": 6, "end": 10, "text": "Last"}}"#,
        "statements[1].content: the text \"Last\" does not match the body at 6..10, which reads \"Next\"",
    );
}

#[test]
fn a_span_whose_text_moved_is_reanchored_with_a_warning() {
    let (_dir, loaded) = with_bad_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "direct", "content": {"start": 0, "end": 6, "text": "Moscow"}}"#,
    );
    assert_eq!(loaded.errors().count(), 0, "{:#?}", loaded.problems);
    let warning = &loaded.problems[0];
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning
            .to_string()
            .contains("\"Moscow\" is not at 0..6 but at 19..25; re-anchored there"),
        "{warning}"
    );
    let moved = loaded.corpus.statement(&StatementId::new("bad-2")).unwrap();
    assert_eq!(moved.content.range(), 19..25);
}

#[test]
fn an_unknown_speaker_skips_the_statement() {
    let (_dir, loaded) = with_bad_statement(
        r#"{"id": "bad-2", "speaker": "kremlin", "kind": "direct", "content": {"start": 6, "end": 10, "text": "Next"}}"#,
    );
    let error = only_error(&loaded);
    assert!(
        error
            .contains("other.json:6: error: statements[1].speaker: unknown speaker id \"kremlin\""),
        "{error}"
    );
    assert!(loaded
        .corpus
        .statement(&StatementId::new("bad-2"))
        .is_none());
    assert_rest_of_bad_loaded(&loaded);
}

#[test]
fn an_unknown_event_is_dropped_from_the_statement() {
    let (_dir, loaded) = with_bad_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "direct", "event": "yalta", "content": {"start": 6, "end": 10, "text": "Next"}}"#,
    );
    let error = only_error(&loaded);
    assert!(
        error.contains("statements[1].event: unknown event id \"yalta\""),
        "{error}"
    );
    let statement = loaded.corpus.statement(&StatementId::new("bad-2")).unwrap();
    assert_eq!(statement.event, None);
}

#[test]
fn ids_declared_beside_a_later_report_are_found() {
    // "early" is read before "good", which declares the speaker, the event and the
    // statement it names.
    let annotation = r#"{"statements": [
  {"id": "early-1", "speaker": "trump", "kind": "direct", "event": "post", "same_as": ["good-1"],
   "content": {"start": 0, "end": 4, "text": "Next"}}
]}"#;
    let (_dir, loaded) = corpus_with(&[
        ("early.txt", b"Next time in Moscow.\n"),
        ("early.json", annotation.as_bytes()),
    ]);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let corpus = &loaded.corpus;
    let early = corpus.statement(&StatementId::new("early-1")).unwrap();
    assert_eq!(early.speaker.as_str(), "trump");
    assert_eq!(early.event.as_ref().map(|e| e.as_str()), Some("post"));
    let linked: Vec<&str> = corpus.linked(&early.id).map(|s| s.id.as_str()).collect();
    assert_eq!(linked, ["good-1"]);
    assert_good_report_loaded(&loaded);
}

#[test]
fn a_duplicate_statement_id_is_an_error() {
    rejects_statement(
        r#"{"id": "good-1", "speaker": "putin", "kind": "direct", "content": {"start": 6, "end": 10, "text": "Next"}}"#,
        "statements[1].id: statement id \"good-1\" is used twice",
    );
}

#[test]
fn an_unknown_field_or_kind_names_the_path_and_the_expected_values() {
    rejects_statement(
        r#"{"id": "bad-2", "speaker": "putin", "kind": "shouted", "content": {"start": 6, "end": 10, "text": "Next"}}"#,
        "statements[1].kind: unknown variant `shouted`, expected one of `direct`, `partial`, `reported`, `written`",
    );
}

#[test]
fn an_unparsable_event_date_names_the_field() {
    let annotation = r#"{"events": [
  {"id": "x", "title": "X", "time": {"value": "15/08/2025"}}
]}"#;
    let (_dir, loaded) = with_other_annotation(annotation);
    let error = only_error(&loaded);
    assert!(error.contains("other.json:2: error: events[0].time.value: cannot read \"15/08/2025\" as a time (expected YYYY, YYYY-MM, YYYY-MM-DD"), "{error}");
    assert_good_report_loaded(&loaded);
}

#[test]
fn one_event_in_two_reports_gathers_mentions_and_checks_the_date() {
    let annotation = r#"{"events": [
  {"id": "post", "title": "The post", "time": {"value": "2025-08-18"},
   "mentions": [{"start": 6, "end": 10, "text": "Next"}]}
]}"#;
    let (_dir, loaded) = with_other_annotation(annotation);
    let error = only_error(&loaded);
    assert!(
        error.contains(
            "events[0].time.value: event \"post\" is dated 2025-08-18 here but 2025-08-17 in"
        ),
        "{error}"
    );
    let event = loaded
        .corpus
        .events()
        .iter()
        .find(|e| e.id.as_str() == "post")
        .unwrap();
    let reports: Vec<&str> = event.mentions.iter().map(|m| m.report.as_str()).collect();
    assert_eq!(reports, ["good", "other"]);
}

#[test]
fn a_missing_path_or_an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = corpus::load(&[dir.path().to_path_buf()])
        .unwrap_err()
        .to_string();
    assert!(
        empty.contains("no reports here (expected .txt or .html files"),
        "{empty}"
    );
    let missing = corpus::load(&[dir.path().join("nope")])
        .unwrap_err()
        .to_string();
    assert!(missing.contains("nope"), "{missing}");
}

#[test]
fn a_plain_article_without_header_takes_its_first_line_as_title() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "plain.txt",
        "  Headline here\n\nBody text.".as_bytes(),
    );
    let loaded = corpus::load(&[dir.path().join("plain.txt")]).unwrap();
    // Only the warning that it has no publication date.
    assert_eq!(loaded.problems.len(), 1, "{:?}", loaded.problems);
    assert!(!loaded.problems[0].is_error());
    assert!(loaded.problems[0].message.contains("no publication date"));
    assert_eq!(loaded.corpus.reports()[0].title, "Headline here");
    assert_eq!(
        loaded.corpus.reports()[0].body,
        "  Headline here\n\nBody text."
    );
}

#[test]
fn an_id_declared_twice_in_one_file_is_an_error() {
    let annotation = r#"{"speakers": [
  {"id": "putin", "name": "Vladimir Putin", "kind": "person"},
  {"id": "putin", "name": "Putin", "kind": "person"}
]}"#;
    let (_dir, loaded) = with_other_annotation(annotation);
    let error = only_error(&loaded);
    assert!(
        error.contains(
            "other.json:3: error: speakers[1].id: \"putin\" is declared twice in this file"
        ),
        "{error}"
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_expected() {
    let annotation = r#"{"speakers": [
  {"id": "putin", "name": "Vladimir Putin", "kind": "person", "nickname": "Vova"}
]}"#;
    let (_dir, loaded) = with_other_annotation(annotation);
    let error = only_error(&loaded);
    assert!(
        error.contains(
            "other.json:2: error: speakers[0].nickname: unknown field `nickname`, expected one of"
        ),
        "{error}"
    );
}

#[test]
fn a_cycle_of_relative_times_is_an_error_and_the_times_are_dropped() {
    let (_dir, loaded) = with_other_annotation(
        r#"{
  "events": [
    {"id": "x", "title": "X", "time": {"value": "before:y"}},
    {"id": "y", "title": "Y", "time": {"value": "after:x"}}
  ]
}"#,
    );
    let errors: Vec<String> = loaded.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(
        errors[0].contains("events[0].time.value: the before:/after: chain from this event does not come to a dated or undated event within 64 events"),
        "{errors:#?}"
    );
    let x = loaded
        .corpus
        .events()
        .iter()
        .find(|e| e.id.as_str() == "x")
        .unwrap();
    assert!(x.time.is_none());
    assert_good_report_loaded(&loaded);
}
