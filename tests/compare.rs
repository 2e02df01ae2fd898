//! `parley compare --json`'s claims on the bundled pair and on doctored copies of a
//! report: the facts both reports tell aligned, each change flagged as a conflict with
//! both values, and no conflict where nothing was changed.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn compare(a: &str, b: &str, corpus: Option<&Path>) -> Value {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parley"));
    command.args(["compare", a, b, "--json"]);
    if let Some(dir) = corpus {
        command.arg("--corpus").arg(dir);
    }
    let output = command.output().expect("parley runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("JSON")
}

fn text<'a>(claim: &'a Value, side: &str) -> &'a str {
    claim[side]["text"].as_str().unwrap_or("")
}

fn aligned(c: &Value) -> Vec<&Value> {
    c["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .filter(|claim| !matches!(claim["relation"].as_str(), Some("only_left" | "only_right")))
        .collect()
}

/// Every conflict of a comparison as (kind, left, right).
fn conflicts(c: &Value) -> Vec<(String, String, String)> {
    let mut found = Vec::new();
    for claim in c["claims"].as_array().expect("claims") {
        for conflict in claim["conflicts"].as_array().expect("conflicts") {
            let field = |k: &str| conflict[k].as_str().unwrap_or("").to_owned();
            found.push((field("kind"), field("left"), field("right")));
        }
    }
    found
}

#[test]
fn the_bundled_pair_aligns_the_four_facts_both_reports_tell() {
    let c = compare("summit", "aftermath", None);
    let pairs = aligned(&c);
    let told = |left: &str, right: &str| {
        pairs
            .iter()
            .any(|p| text(p, "left").contains(left) && text(p, "right").contains(right))
    };
    assert!(told("took place on Friday", "held on Friday"), "the day");
    assert!(
        told(
            "Joint Base Elmendorf-Richardson",
            "Joint Base Elmendorf-Richardson"
        ),
        "the place"
    );
    assert!(
        told("three hours", "over three hours"),
        "how long the talks lasted"
    );
    assert!(
        told("Western soil", "Western soil"),
        "Putin's first time on Western soil"
    );
    // Four facts and at most two pairs besides.
    assert!(pairs.len() <= 6, "{pairs:#?}");
    // What they agree on is no conflict: "three hours" and "over three hours" agree.
    assert_eq!(conflicts(&c), Vec::<(String, String, String)>::new());
}

#[test]
fn claims_keep_the_shape_the_json_promises() {
    let c = compare("summit", "aftermath", None);
    assert!(c["shared_events"].is_array() && c["shared_statements"].is_array());
    let summit =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/summit.txt"))
            .unwrap();
    let body = &summit[summit.find("\n\n").unwrap() + 2..];
    for claim in c["claims"].as_array().unwrap() {
        let relation = claim["relation"].as_str().unwrap();
        assert!(["same", "reworded", "conflicting", "only_left", "only_right"].contains(&relation));
        assert_eq!(claim["left"].is_null(), relation == "only_right", "{claim}");
        assert_eq!(claim["right"].is_null(), relation == "only_left", "{claim}");
        let similarity = claim["similarity"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&similarity));
        if let Some(left) = claim["left"].as_object() {
            let (start, end) = (
                left["start"].as_u64().unwrap(),
                left["end"].as_u64().unwrap(),
            );
            assert_eq!(
                &body[start as usize..end as usize],
                left["text"].as_str().unwrap()
            );
        }
    }
}

/// A folder with the summit report and a copy of it changed by `doctor`.
fn doctored(doctor: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    let summit = std::fs::read_to_string(assets.join("summit.txt")).unwrap();
    std::fs::write(dir.path().join("original.txt"), &summit).unwrap();
    std::fs::write(dir.path().join("copy.txt"), &summit).unwrap();
    std::fs::write(dir.path().join("doctored.txt"), doctor(&summit)).unwrap();
    let aftermath = std::fs::read_to_string(assets.join("aftermath.txt")).unwrap();
    std::fs::write(dir.path().join("other.txt"), &aftermath).unwrap();
    std::fs::write(dir.path().join("other-doctored.txt"), doctor(&aftermath)).unwrap();
    dir
}

fn change(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from:?} is in the report");
    text.replacen(from, to, 1)
}

#[test]
fn each_change_to_a_copy_is_flagged_with_both_values_and_the_true_copy_shows_none() {
    let dir = doctored(|summit| {
        if !summit.contains("took place on Friday") {
            return summit.to_owned();
        }
        let text = change(summit, "took place on Friday", "took place on Thursday");
        let text = change(
            &text,
            "after three hours of talks",
            "after four hours of talks",
        );
        let text = change(&text, "in February 2022", "in March 2022");
        change(&text, "'thorough and useful'", "'thorough and helpful'")
    });
    let found = conflicts(&compare("original", "doctored", Some(dir.path())));
    let expect = |kind: &str, left: &str, right: &str| {
        assert!(
            found
                .iter()
                .any(|(k, l, r)| k == kind && l.contains(left) && r.contains(right)),
            "{kind} {left} / {right} in {found:?}"
        );
    };
    expect("date", "Friday", "Thursday");
    expect("number", "three hours", "four hours");
    expect("date", "February 2022", "March 2022");
    expect("quote", "thorough and useful", "thorough and helpful");
    assert_eq!(found.len(), 4, "{found:?}");
    let true_copy = compare("original", "copy", Some(dir.path()));
    assert_eq!(
        conflicts(&true_copy),
        Vec::<(String, String, String)>::new()
    );
    assert!(aligned(&true_copy).iter().all(|p| p["relation"] == "same"));
}

#[test]
fn a_change_to_the_other_report_of_the_story_is_flagged_against_the_first() {
    let dir = doctored(|text| {
        if text.contains("Western soil since Russia") {
            let text = change(text, "in February 2022", "in January 2022");
            change(&text, "in Anchorage, Alaska", "in Juneau, Alaska")
        } else {
            text.to_owned()
        }
    });
    let found = conflicts(&compare("original", "other-doctored", Some(dir.path())));
    assert!(
        found.contains(&("date".into(), "February 2022".into(), "January 2022".into())),
        "{found:?}"
    );
    assert!(
        found.contains(&("place".into(), "Anchorage".into(), "Juneau".into())),
        "{found:?}"
    );
    let true_pair = compare("original", "other", Some(dir.path()));
    assert_eq!(
        conflicts(&true_pair),
        Vec::<(String, String, String)>::new()
    );
}

#[test]
fn statements_json_says_how_each_linked_quote_is_the_same_and_where_a_reworded_one_differs() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, published: &str, body: &str| {
        let text = format!("publisher: {name}\npublished: {published}\n\n{body}\n");
        std::fs::write(dir.path().join(format!("{name}.txt")), text).unwrap();
    };
    write(
        "courier",
        "2024-03-04",
        "“We will rebuild the old harbour wall before the winter storms arrive,” said Mayor Ana Lima.",
    );
    write(
        "herald",
        "2024-03-05",
        "“We will rebuild the old harbour wall before the autumn storms arrive,” said Mayor Ana Lima.",
    );
    write(
        "gazette",
        "2024-03-06",
        "“We will rebuild the old harbour wall before the winter storms arrive,” said Mayor Ana Lima.",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["statements", "--json", "--corpus"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    let all: Value = serde_json::from_slice(&output.stdout).unwrap();
    let herald = all
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["report"] == "herald")
        .expect("the herald's statement");
    assert_eq!(herald["also_in"], 2, "{herald:#}");
    assert_eq!(herald["first_published"]["report"], "courier");
    let links = herald["links"].as_array().expect("links");
    assert_eq!(links.len(), 2, "{herald:#}");
    for link in links {
        assert_eq!(link["kind"], "reworded", "{link:#}");
        assert_eq!(link["only_here"], serde_json::json!(["autumn"]), "{link:#}");
        assert_eq!(
            link["only_there"],
            serde_json::json!(["winter"]),
            "{link:#}"
        );
    }
    let courier = all
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["report"] == "courier")
        .unwrap();
    let to_gazette = courier["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["report"] == "gazette")
        .expect("linked to the gazette");
    assert_eq!(to_gazette["kind"], "word_for_word");
    assert_eq!(to_gazette["only_here"], serde_json::json!([]));
}
