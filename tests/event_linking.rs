//! One real event told by several reports is one event in the corpus, with a mention
//! in each; different things on one day stay apart; hand-annotated events keep theirs.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

use parley::corpus::{bundled, load, BUNDLED};

/// Three reports of one debate, written for this test, published before and after it
/// (Monday 3 March 2031), and a fourth on another matter the same day.
const REPORTS: [(&str, &str, &str); 4] = [
    (
        "preview",
        "2031-03-01",
        "The two candidates will meet in the first televised debate on Monday. \
         Aides said the mayor had rehearsed for days.\n",
    ),
    (
        "review",
        "2031-03-04",
        "The governor dominated Monday night's debate, her rival conceded. \
         Viewers said the exchanges on housing were sharp.\n",
    ),
    (
        "poll",
        "2031-03-06",
        "After the televised debate on Monday, support for the governor rose \
         four points, a new poll found.\n",
    ),
    (
        "harbour",
        "2031-03-04",
        "Dock workers walked off the job at the harbour on Monday, union leaders said.\n",
    ),
];

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, date, body) in REPORTS {
        let text = format!("title: {name}\npublished: {date}\n\n{body}");
        fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    }
    dir
}

#[test]
fn the_same_debate_in_three_reports_is_one_event_and_the_strike_another() {
    let dir = folder();
    let loaded = load(&[PathBuf::from(dir.path())]).unwrap();
    let corpus = &loaded.corpus;
    let on_the_day: Vec<_> = corpus
        .events()
        .iter()
        .filter(|e| e.time.as_ref().map(|t| t.value.to_string()) == Some("2031-03-03".into()))
        .collect();
    let debate = on_the_day
        .iter()
        .find(|e| e.title.contains("debate"))
        .expect("a debate event on Monday 3 March");
    let mut reports: Vec<&str> = corpus
        .reports_mentioning(&debate.id)
        .iter()
        .map(|r| r.as_str())
        .collect();
    reports.sort();
    assert_eq!(reports, ["poll", "preview", "review"], "{on_the_day:#?}");
    assert_eq!(debate.title, "first televised debate");
    let strike: Vec<_> = on_the_day
        .iter()
        .filter(|e| {
            corpus
                .reports_mentioning(&e.id)
                .iter()
                .any(|r| r.as_str() == "harbour")
        })
        .collect();
    assert_eq!(strike.len(), 1, "{on_the_day:#?}");
    assert!(!corpus
        .reports_mentioning(&strike[0].id)
        .iter()
        .any(|r| r.as_str() != "harbour"));
}

#[test]
fn timeline_lists_the_reports_of_each_event() {
    let dir = folder();
    let out = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["timeline", "--json", "--corpus"])
        .arg(dir.path())
        .env("PARLEY_NO_CACHE", "1")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let events: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let debate = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == "first televised debate")
        .expect("the debate in the timeline");
    assert_eq!(debate["when"], "Mon 3 Mar 2031");
    assert_eq!(debate["reports"].as_array().unwrap().len(), 3);
    let text = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["timeline", "--corpus"])
        .arg(dir.path())
        .env("PARLEY_NO_CACHE", "1")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("first televised debate"))
        .unwrap();
    for report in ["preview", "review", "poll"] {
        assert!(line.contains(report), "{line}");
    }
}

#[test]
fn hand_annotated_reports_keep_their_events() {
    let corpus = bundled();
    let dir = tempfile::tempdir().unwrap();
    for b in BUNDLED {
        fs::write(dir.path().join(format!("{}.txt", b.name)), b.report).unwrap();
        fs::write(dir.path().join(format!("{}.json", b.name)), b.annotation).unwrap();
    }
    let loaded = load(&[PathBuf::from(dir.path())]).unwrap();
    let ids = |events: &[parley::model::Event]| -> Vec<String> {
        let mut ids: Vec<String> = events.iter().map(|e| e.id.to_string()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(loaded.corpus.events()), ids(corpus.corpus.events()));
}

#[test]
fn compare_opens_beside_the_report_that_tells_the_same_story() {
    let dir = folder();
    let loaded = load(&[PathBuf::from(dir.path())]).unwrap();
    let corpus = &loaded.corpus;
    let at = |name: &str| {
        corpus
            .reports()
            .iter()
            .position(|r| r.id.as_str() == name)
            .unwrap()
    };
    let closest = corpus.closest_report(at("preview")).unwrap();
    let name = corpus.reports()[closest].id.as_str();
    assert!(matches!(name, "review" | "poll"), "{name}");
    // A report sharing nothing still gets another report.
    let other = corpus.closest_report(at("harbour")).unwrap();
    assert_ne!(other, at("harbour"));
}
