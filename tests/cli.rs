//! The command line on the bundled corpus: every subcommand, as text and as JSON,
//! with real content, exit codes and error messages.

use serde_json::Value;
use std::fs;
use std::process::{Command, Output};

fn parley(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("the parley binary runs")
}

/// Runs a command that must succeed and returns its standard output.
fn stdout(args: &[&str]) -> String {
    let output = parley(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).expect("output is UTF-8");
    assert!(
        !text.contains('\x1b'),
        "{args:?}: output to a pipe must carry no escape sequences"
    );
    text
}

fn json(args: &[&str]) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    serde_json::from_str(&stdout(&args)).expect("--json prints JSON")
}

fn stderr_of(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn speakers_lists_people_and_institutions_most_quoted_first() {
    let text = stdout(&["speakers"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ID"), "{text}");
    assert!(
        lines[1].starts_with("trump") && lines[1].contains("Donald Trump"),
        "{text}"
    );
    assert!(text.contains("Vladimir Putin"));
    assert!(
        text.lines()
            .any(|l| l.starts_with("russia") && l.contains("institution")),
        "{text}"
    );

    let speakers = json(&["speakers"]);
    let putin = speakers
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["speaker"]["id"] == "putin")
        .expect("Putin is a speaker");
    assert!(putin["statements"].as_u64().unwrap() >= 5);
    assert!(putin["speaker"]["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "the Russian leader"));
}

#[test]
fn statements_filter_by_speaker_event_and_report() {
    let putin = stdout(&["statements", "--speaker", "Putin"]);
    assert!(putin.contains("Next time in Moscow"), "{putin}");
    assert!(
        putin.lines().skip(1).all(|l| l.contains("Vladimir Putin")),
        "{putin}"
    );
    assert!(!putin.contains("Donald Trump"));

    let posted = json(&["statements", "--event", "truth-social-post"]);
    let texts: Vec<&str> = posted
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"BIG PROGRESS ON RUSSIA. STAY TUNED!"),
        "{texts:?}"
    );

    let aftermath = json(&["statements", "--report", "aftermath"]);
    let statements = aftermath.as_array().unwrap();
    assert!(statements.iter().all(|s| s["report"] == "aftermath"));
    let witkoff = statements
        .iter()
        .find(|s| s["speaker"] == "witkoff")
        .expect("Witkoff is quoted");
    assert_eq!(witkoff["text"], "robust security guarantees");
    assert_eq!(witkoff["kind"], "partial");
    assert_eq!(witkoff["content"]["text"], "robust security guarantees");
}

#[test]
fn statements_say_when_and_where_each_was_published() {
    let dir = tempfile::tempdir().unwrap();
    for (name, header) in [
        (
            "courier",
            "publisher: The Westmere Courier\npublished: 2024-03-05",
        ),
        ("undated", "title: Undated"),
    ] {
        let body = "\"We will not move,\" Tomas Brandt said.\n";
        fs::write(
            dir.path().join(format!("{name}.txt")),
            format!("{header}\n\n{body}"),
        )
        .unwrap();
    }
    let corpus = dir.path().to_str().unwrap();
    let text = stdout(&["statements", "--corpus", corpus]);
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "ID",
            "DATE",
            "OUTLET",
            "SPEAKER",
            "CUE",
            "KIND",
            "ALSO",
            "IN",
            "STATEMENT"
        ]
    );
    let courier = text.lines().find(|l| l.starts_with("courier")).unwrap();
    assert!(
        courier.contains("2024-03-05  The Westmere Courier"),
        "{text}"
    );
    // The source's own quotation marks, and the cue as the report words it.
    assert!(courier.contains("\"We will not move,\""), "{text}");
    assert!(courier.contains("Tomas Brandt  said  direct"), "{text}");
    let undated = text.lines().find(|l| l.starts_with("undated")).unwrap();
    assert!(undated.contains(" -  "), "{text}");
    let rows = json(&["statements", "--corpus", corpus]);
    let rows = rows.as_array().unwrap();
    let courier = rows.iter().find(|r| r["report"] == "courier").unwrap();
    assert_eq!(courier["date"], "2024-03-05");
    assert_eq!(courier["outlet"], "The Westmere Courier");
    let undated = rows.iter().find(|r| r["report"] == "undated").unwrap();
    assert_eq!(
        (&undated["date"], &undated["outlet"]),
        (&Value::Null, &Value::Null)
    );
}

#[test]
fn a_quotation_split_by_its_attribution_is_shown_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let body = "\"We will not move,\" Tomas Brandt said, pointing at the pier. \"Not an inch.\"\n";
    fs::write(
        dir.path().join("pier.txt"),
        format!("published: 2024-03-05\n\n{body}"),
    )
    .unwrap();
    let corpus = dir.path().to_str().unwrap();
    let text = stdout(&["statements", "--corpus", corpus]);
    assert!(
        text.contains("\"We will not move,\" … \"Not an inch.\""),
        "{text}"
    );
    assert!(!text.contains("pointing"), "{text}");
    // JSON keeps the content's span whole, and its text is the words said.
    let rows = json(&["statements", "--corpus", corpus]);
    let row = &rows.as_array().unwrap()[0];
    assert_eq!(row["text"], "\"We will not move,\" … \"Not an inch.\"");
    assert!(row["content"]["text"]
        .as_str()
        .unwrap()
        .contains("pointing"));
}

#[test]
fn statement_spans_point_at_their_text_in_the_report() {
    let body =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/summit.txt")).unwrap();
    let body = &body[body.find("\n\n").unwrap() + 2..];
    for statement in json(&["statements", "--report", "summit"])
        .as_array()
        .unwrap()
    {
        let content = &statement["content"];
        let (start, end) = (
            content["start"].as_u64().unwrap() as usize,
            content["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&body[start..end], content["text"].as_str().unwrap());
    }
}

#[test]
fn unknown_filters_exit_1_and_say_where_to_look() {
    let output = parley(&["statements", "--speaker", "Napoleon"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output)
        .contains("no speaker answers to \"Napoleon\" (`parley speakers` lists them)"));

    let output = parley(&["statements", "--report", "nope"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("no report \"nope\" (the reports are: summit, aftermath)"));

    // A prefix of several ids says so, and a folder of many lists ten of them.
    let dir = tempfile::tempdir().unwrap();
    for k in 1..=12 {
        let report = format!("title: R{k}\n\n\"We will win,\" Ana Ruiz said.\n");
        fs::write(dir.path().join(format!("harbour-{k:02}.txt")), report).unwrap();
    }
    let folder = dir.path().to_str().unwrap();
    let output = parley(&["statements", "--corpus", folder, "--report", "harbour-0"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr_of(&output).contains("\"harbour-0\" begins 9 reports' ids, not one (give more of the id): harbour-01, harbour-02"),
        "{}",
        stderr_of(&output)
    );
    let output = parley(&["statements", "--corpus", folder, "--report", "pier"]);
    assert!(
        stderr_of(&output).contains("harbour-10, … 12 in all)"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn timeline_runs_from_1867_to_the_washington_meeting() {
    let events = json(&["timeline"]);
    let events = events.as_array().unwrap();
    assert_eq!(events[0]["time"]["value"], "1867");
    assert_eq!(events[0]["when"], "1867");
    let summit = events.iter().find(|e| e["id"] == "alaska-summit").unwrap();
    assert_eq!(summit["time"]["value"], "2025-08-15");
    assert_eq!(summit["time"]["precision"], "day");
    assert_eq!(
        summit["reports"],
        serde_json::json!(["summit", "aftermath"])
    );
    let dated: Vec<&Value> = events.iter().filter(|e| e["dated"] == true).collect();
    assert_eq!(dated.last().unwrap()["time"]["value"], "2025-08-18");
    let position = |id: &str| events.iter().position(|e| e["id"] == id).unwrap();
    assert!(position("invasion-of-ukraine") < position("alaska-summit"));
    assert!(position("alaska-summit") < position("truth-social-post"));

    let text = stdout(&["timeline"]);
    assert!(text.contains("Feb 2022"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("Fri 15 Aug 2025") && l.contains("summit, aftermath")),
        "{text}"
    );
}

#[test]
fn find_ranks_the_half_remembered_quote_first() {
    let text = stdout(&["find", "nxt moscow", "-n", "3"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "SCORE\tID\tSPEAKER\tSTATEMENT", "{text}");
    let first: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(
        first[1..],
        ["summit-27", "Vladimir Putin", "Next time in Moscow."],
        "{text}"
    );
    assert!(first[0].parse::<u32>().unwrap() > 0, "{text}");

    let hits = json(&["find", "no dl til"]);
    let best = &hits[0];
    assert_eq!(best["rank"], 1);
    assert_eq!(
        best["statement"]["text"],
        "there is no deal until there is a deal,"
    );
    assert!(!best["matched_quote_chars"].as_array().unwrap().is_empty());
}

#[test]
fn find_to_a_pipe_prints_the_whole_ranking_as_json_ranks_it() {
    for query in ["peace", "trump deal", "a", "e", "sad"] {
        let text = stdout(&["find", query, "-n", "0"]);
        let rows: Vec<Vec<&str>> = text
            .lines()
            .skip(1)
            .map(|l| l.split('\t').collect())
            .collect();
        let hits = json(&["find", query, "-n", "0"]);
        let hits = hits.as_array().unwrap();
        assert!(!hits.is_empty(), "{query}: no hits");
        assert_eq!(rows.len(), hits.len(), "{query}: {text}");
        for (row, hit) in rows.iter().zip(hits) {
            let statement = &hit["statement"];
            let expected = [
                hit["score"].to_string(),
                statement["id"].as_str().unwrap().to_owned(),
                statement["speaker_name"].as_str().unwrap().to_owned(),
                statement["text"].as_str().unwrap().replace('\n', " "),
            ];
            assert_eq!(row[..], expected[..], "{query}");
        }
    }
}

#[test]
fn find_with_no_match_says_so() {
    let output = parley(&["find", "zzzqqq"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr_of(&output).contains("no statement matches \"zzzqqq\""));
    assert_eq!(json(&["find", "zzzqqq"]), serde_json::json!([]));
}

#[test]
fn compare_shows_the_shared_summit_and_what_only_one_report_has() {
    let c = json(&["compare", "summit", "aftermath"]);
    assert!(c["shared_events"]
        .as_array()
        .unwrap()
        .contains(&"alaska-summit".into()));
    assert!(c["only_left_events"]
        .as_array()
        .unwrap()
        .contains(&"alaska-purchase".into()));
    assert!(c["only_right_events"]
        .as_array()
        .unwrap()
        .contains(&"washington-meeting".into()));

    let text = stdout(&["compare", "summit", "aftermath"]);
    let section = |title: &str| -> String {
        let start = text
            .find(title)
            .unwrap_or_else(|| panic!("no {title:?} in {text}"));
        let rest = &text[start..];
        rest[..rest[1..].find("\n\n").map_or(rest.len(), |e| e + 1)].to_owned()
    };
    assert!(section("Shared events").contains("Trump–Putin summit in Anchorage"));
    let only_right = section("Statements only in aftermath");
    assert!(
        only_right.contains("Steve Witkoff") && only_right.contains("“robust security guarantees”"),
        "{only_right}"
    );
    assert!(!section("Statements only in summit").contains("robust security guarantees"));
}

#[test]
fn the_unknown_speaker_is_listed_last_however_many_statements_it_has() {
    let dir = tempfile::tempdir().unwrap();
    let body = "One. Two. Three. Four.";
    fs::write(dir.path().join("a.txt"), format!("title: a\n\n{body}")).unwrap();
    let said = |n: usize, speaker: &str, at: usize, quote: &str| {
        serde_json::json!({"id": format!("a-{n}"), "speaker": speaker, "kind": "reported",
                           "content": {"start": at, "end": at + quote.len(), "text": quote}})
    };
    let annotation = serde_json::json!({
        "speakers": [{"id": "putin", "name": "Vladimir Putin", "kind": "person"},
                     {"id": "unknown", "name": "Unknown speaker", "kind": "unnamed"}],
        "statements": [said(1, "unknown", 0, "One."), said(2, "unknown", 5, "Two."),
                       said(3, "unknown", 10, "Three."), said(4, "putin", 17, "Four.")]
    });
    fs::write(dir.path().join("a.json"), annotation.to_string()).unwrap();
    let corpus = dir.path().to_str().unwrap();
    let text = stdout(&["speakers", "--no-cache", "--corpus", corpus]);
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert_eq!(ids, ["putin", "unknown"], "{text}");
}

#[test]
fn compare_accepts_numbers_and_prefixes_and_rejects_one_report_twice() {
    let by_number = json(&["compare", "1", "2"]);
    assert_eq!(by_number["left"], "summit");
    assert_eq!(by_number["right"], "aftermath");
    assert_eq!(json(&["compare", "sum", "after"])["left"], "summit");
    let output = parley(&["compare", "summit", "summit"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr_of(&output).contains("compare two different reports"));
}

#[test]
fn compare_pairs_the_same_quote_worded_differently() {
    let dir = tempfile::tempdir().unwrap();
    let report = |name: &str, quote: &str| {
        let body = format!("Putin said \"{quote}\" on Friday.");
        fs::write(
            dir.path().join(format!("{name}.txt")),
            format!("title: {name}\n\n{body}"),
        )
        .unwrap();
        let annotation = serde_json::json!({
            "speakers": [{"id": "putin", "name": "Vladimir Putin", "kind": "person"}],
            "statements": [{"id": format!("{name}-1"), "speaker": "putin", "kind": "direct",
                            "content": {"start": 12, "end": 12 + quote.len(), "text": quote}}]
        });
        fs::write(
            dir.path().join(format!("{name}.json")),
            annotation.to_string(),
        )
        .unwrap();
    };
    report("a", "next time in Moscow");
    report("b", "Next time, in Moscow!");
    let corpus = dir.path().to_str().unwrap();
    let c = json(&["compare", "a", "b", "--corpus", corpus]);
    assert_eq!(c["shared_statements"][0]["left"], "a-1");
    assert_eq!(c["shared_statements"][0]["right"], "b-1");
    assert_eq!(c["shared_statements"][0]["same_words"], true);
    assert_eq!(c["shared_statements"][0]["annotated"], false);
}

#[test]
fn check_passes_on_the_bundled_corpus() {
    let text = stdout(&["check"]);
    assert!(
        text.contains("2 reports,") && text.contains("0 errors"),
        "{text}"
    );
    let report = json(&["check"]);
    assert_eq!(report["ok"], true);
    assert!(report["statements"].as_u64().unwrap() >= 35);
}

#[test]
fn check_lists_every_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "title: A\npublished: yesterday\n\nBody",
    )
    .unwrap();
    fs::write(dir.path().join("b.txt"), "title: B\n\nPutin spoke.").unwrap();
    fs::write(dir.path().join("b.json"), r#"{"statements": [{"id": "x", "speaker": "nobody", "kind": "direct", "content": {"start": 0, "end": 5, "text": "Putin"}}]}"#).unwrap();
    let output = parley(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("a.txt:2: error: published: cannot read \"yesterday\""),
        "{text}"
    );
    assert!(
        text.contains("b.json:1: error: statements[0].speaker: unknown speaker id \"nobody\""),
        "{text}"
    );
    assert!(
        text.contains("1 reports, 0 speakers, 0 statements, 0 events; 2 errors"),
        "{text}"
    );

    let missing = parley(&["check", "/no/such/corpus"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(stderr_of(&missing).contains("/no/such/corpus"));
}

#[test]
fn listings_warn_about_a_broken_corpus_but_show_what_loaded() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "title: A\n\nPutin said hello.").unwrap();
    fs::write(dir.path().join("b.txt"), b"title: B\n\n\xff\xfe").unwrap();
    let output = parley(&["timeline", "--corpus", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stderr_of(&output).contains("b.txt:3: error: not valid UTF-8 at byte 10"),
        "{}",
        stderr_of(&output)
    );
    assert!(stderr_of(&output).contains("`parley check` lists every problem"));
}

#[test]
fn report_text_cannot_send_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let body = "Putin said \"\x1b[2J\x1b]0;pwned\x07gone\" today.";
    fs::write(
        dir.path().join("evil.txt"),
        format!("title: \x1b[31mEvil\n\n{body}"),
    )
    .unwrap();
    let quote = "\x1b[2J\x1b]0;pwned\x07gone";
    let annotation = serde_json::json!({
        "speakers": [{"id": "putin", "name": "Putin\u{1b}[5m", "kind": "person"}],
        "statements": [{"id": "e1", "speaker": "putin", "kind": "direct",
                        "content": {"start": 12, "end": 12 + quote.len(), "text": quote}}]
    });
    fs::write(dir.path().join("evil.json"), annotation.to_string()).unwrap();
    let corpus = dir.path().to_str().unwrap();
    let cases = [
        (&["statements"][..], "␛[2J␛]0;pwned␇gone"),
        (&["find", "gone"], "␛[2J"),
        (&["speakers"], "Putin␛[5m"),
    ];
    for (args, shown) in cases {
        let mut args = args.to_vec();
        args.extend(["--corpus", corpus]);
        let text = stdout(&args);
        assert!(text.contains(shown), "{args:?}: {text}");
    }
}

#[test]
fn usage_errors_exit_2_and_help_describes_every_command() {
    let output = parley(&["compare", "summit"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr_of(&output).contains("Usage"));
    assert_eq!(parley(&["--bogus"]).status.code(), Some(2));
    let help = stdout(&["--help"]);
    for command in [
        "speakers",
        "statements",
        "timeline",
        "find",
        "compare",
        "check",
    ] {
        assert!(help.contains(command), "{help}");
        assert!(stdout(&[command, "--help"]).contains("--json"));
    }
}

#[test]
fn a_speaker_query_naming_several_says_so_and_a_full_name_picks_one() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("harbour.txt"),
        "published: 2024-03-04\n\n\"The pier is safe,\" Ana Ruiz said on Monday.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("council.txt"),
        "published: 2024-03-05\n\n\"The pier is not safe,\" Tomas Ruiz said on Tuesday.\n",
    )
    .unwrap();
    let corpus = dir.path().to_str().unwrap();
    let both = parley(&["statements", "--speaker", "Ruiz", "--corpus", corpus]);
    assert_eq!(both.status.code(), Some(0), "{}", stderr_of(&both));
    let listed = String::from_utf8_lossy(&both.stdout);
    assert!(
        listed.contains("Ana Ruiz") && listed.contains("Tomas Ruiz"),
        "{listed}"
    );
    let note = stderr_of(&both);
    assert!(
        note.contains("\"Ruiz\" answers to 2 speakers") && note.contains("Tomas Ruiz"),
        "{note}"
    );

    let one = parley(&["statements", "--speaker", "Ana Ruiz", "--corpus", corpus]);
    let listed = String::from_utf8_lossy(&one.stdout);
    assert!(
        listed.contains("Ana Ruiz") && !listed.contains("Tomas"),
        "{listed}"
    );
    assert!(
        !stderr_of(&one).contains("answers to"),
        "{}",
        stderr_of(&one)
    );
}

#[test]
fn a_command_written_after_the_reports_is_pointed_at() {
    let dir = std::env::temp_dir().join(format!("parley-command-after-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let folder = dir.to_str().unwrap();
    let output = parley(&[folder, "speakers"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr_of(&output);
    assert!(
        err.contains(&format!(
            "\"speakers\" is a command, not a report: write it first, and the reports after --corpus: `parley speakers --corpus {folder}`."
        )),
        "{err}"
    );
    // A report that is named like a command is a report.
    let named = dir.join("timeline");
    fs::write(&named, "Title\n\nRuiz said the pier was safe.\n").unwrap();
    let err = stderr_of(&parley(&[named.to_str().unwrap()]));
    assert!(!err.contains("is a command"), "{err}");
    fs::remove_dir_all(&dir).unwrap();
}
