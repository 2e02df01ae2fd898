//! `parley find` over a folder keeps a cache beside it: same output with or without
//! it, rebuilt when anything in the folder changes, never written for a corpus with
//! problems.

mod common;

use common::{assets_copy, rewrite_moscow};
use std::fs;
use std::path::Path;
use std::process::Command;

fn find(query: &str, dir: &Path) -> (String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["find", query, "--corpus"])
        .arg(dir)
        .output()
        .expect("the parley binary runs");
    assert_eq!(output.status.code(), Some(0));
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_cache_gives_the_same_ranking_and_follows_every_change() {
    let dir = assets_copy();
    let cache = dir.path().join(".parley-cache");

    let (first, _) = find("next moscow", dir.path());
    assert!(first.contains("summit-27"), "{first}");
    assert!(cache.exists(), "the first run writes the cache");
    let (cached, _) = find("next moscow", dir.path());
    assert_eq!(cached, first);
    let (with_trump, _) = find("trump", dir.path());
    assert!(with_trump.contains("aftermath-"), "{with_trump}");

    // A report taken away: its statements are gone at once.
    fs::remove_file(dir.path().join("aftermath.txt")).unwrap();
    fs::remove_file(dir.path().join("aftermath.json")).unwrap();
    let (after, _) = find("trump", dir.path());
    assert!(!after.contains("aftermath-"), "stale cache: {after}");

    // A quote rewritten in place (same size): the new words are found.
    rewrite_moscow(dir.path());
    let (renamed, _) = find("next moskva", dir.path());
    assert!(
        renamed.lines().nth(1).unwrap().contains("summit-27"),
        "{renamed}"
    );
}

#[test]
fn a_corpus_with_problems_is_cached_and_warns_every_time() {
    let dir = assets_copy();
    fs::write(dir.path().join("stray.json"), "{}").unwrap();
    for _ in 0..2 {
        let (out, err) = find("next moscow", dir.path());
        assert!(out.contains("summit-27"), "{out}");
        assert!(err.contains("stray.json"), "{err}");
        assert!(dir.path().join(".parley-cache").exists());
    }
}
