//! Every command that loads one folder goes through the cache beside it: the same
//! output cold, warm, damaged or turned off; rebuilt on any change; never written with
//! --no-cache, PARLEY_NO_CACHE, several folders, or a corpus with problems.

mod common;

use common::{assets_copy, rewrite_moscow};
use std::fs;
use std::path::Path;
use std::process::Command;

const CACHE: &str = ".parley-cache";

fn parley(args: &[&str], dir: &Path, env: Option<(&str, &str)>) -> (String, String) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_parley"));
    command.args(args).arg("--corpus").arg(dir);
    command.env_remove("PARLEY_NO_CACHE");
    if let Some((key, value)) = env {
        command.env(key, value);
    }
    let output = command.output().expect("the parley binary runs");
    assert_eq!(output.status.code(), Some(0), "{args:?}");
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// What the corpus holds, as the JSON listings print it.
fn listings(dir: &Path, extra: &[&str]) -> String {
    let mut all = String::new();
    for command in [
        &["speakers", "--json"][..],
        &["statements", "--json"],
        &["timeline", "--json"],
        &["compare", "summit", "aftermath", "--json"],
        &["find", "next moscow", "--json"],
    ] {
        let args: Vec<&str> = command.iter().chain(extra).copied().collect();
        let (out, err) = parley(&args, dir, None);
        assert_eq!(err, "", "{args:?}");
        all.push_str(&out);
    }
    all
}

#[test]
fn cold_warm_and_damaged_caches_give_the_same_listings() {
    let dir = assets_copy();
    let cache = dir.path().join(CACHE);
    let uncached = listings(dir.path(), &["--no-cache"]);
    assert!(!cache.exists(), "--no-cache writes nothing");
    let cold = listings(dir.path(), &[]);
    assert!(cache.exists(), "the first load writes the cache");
    assert_eq!(cold, uncached);
    assert_eq!(listings(dir.path(), &[]), uncached, "warm");

    let bytes = fs::read(&cache).unwrap();
    for cut in [0, 10, bytes.len() / 3, bytes.len() / 2, bytes.len() - 1] {
        fs::write(&cache, &bytes[..cut]).unwrap();
        assert_eq!(listings(dir.path(), &[]), uncached, "cut at {cut}");
    }
    let mut flipped = bytes.clone();
    let last = flipped.len() - 20;
    flipped[last] ^= 0x10;
    fs::write(&cache, &flipped).unwrap();
    assert_eq!(listings(dir.path(), &[]), uncached);
    assert_eq!(fs::read(&cache).unwrap(), bytes, "rebuilt as it was");
}

#[test]
fn no_cache_on_the_command_line_or_from_the_environment_writes_nothing() {
    let dir = assets_copy();
    let cache = dir.path().join(CACHE);
    let (out, _) = parley(&["speakers", "--no-cache"], dir.path(), None);
    assert!(out.contains("Putin"), "{out}");
    parley(&["find", "peace", "--no-cache"], dir.path(), None);
    // Before the command too, as a user types it first.
    let (out, _) = parley(&["--no-cache", "timeline"], dir.path(), None);
    assert!(out.contains("WHEN"), "{out}");
    parley(&["statements"], dir.path(), Some(("PARLEY_NO_CACHE", "1")));
    parley(
        &["find", "peace"],
        dir.path(),
        Some(("PARLEY_NO_CACHE", "yes")),
    );
    assert!(!cache.exists());
    parley(&["statements"], dir.path(), Some(("PARLEY_NO_CACHE", "")));
    assert!(cache.exists(), "an empty PARLEY_NO_CACHE is unset");
}

#[test]
fn every_change_to_the_folder_is_seen() {
    let dir = assets_copy();
    let (before, _) = parley(&["statements", "--json"], dir.path(), None);
    assert!(before.contains("aftermath-"));

    // A quote rewritten in place (same size).
    rewrite_moscow(dir.path());
    let (renamed, _) = parley(&["statements", "--json"], dir.path(), None);
    assert!(renamed.contains("Moskva") && !renamed.contains("Next time in Moscow."));

    // A report taken away, then brought back.
    let saved = fs::read(dir.path().join("aftermath.json")).unwrap();
    fs::remove_file(dir.path().join("aftermath.json")).unwrap();
    fs::rename(dir.path().join("aftermath.txt"), dir.path().join("aside")).unwrap();
    let (removed, _) = parley(&["statements", "--json"], dir.path(), None);
    assert!(!removed.contains("aftermath-"), "stale cache: {removed}");
    fs::rename(dir.path().join("aside"), dir.path().join("aftermath.txt")).unwrap();
    fs::write(dir.path().join("aftermath.json"), saved).unwrap();
    let (back, _) = parley(&["statements", "--json"], dir.path(), None);
    assert_eq!(back, renamed);
}

#[test]
fn a_corpus_with_problems_is_cached_and_warns_every_time() {
    let dir = assets_copy();
    fs::write(dir.path().join("stray.json"), "{}").unwrap();
    let mut warnings = Vec::new();
    for _ in 0..2 {
        let (out, err) = parley(&["statements"], dir.path(), None);
        assert!(out.contains("summit-27"), "{out}");
        assert!(err.contains("stray.json"), "{err}");
        assert!(dir.path().join(CACHE).exists());
        warnings.push(err);
    }
    assert_eq!(warnings[0], warnings[1], "the same warnings from the cache");
    let (_, err) = parley(&["find", "moscow"], dir.path(), None);
    assert!(err.contains("stray.json"), "{err}");
}

#[test]
fn several_folders_and_check_write_no_cache() {
    let (a, b) = (assets_copy(), tempfile::tempdir().unwrap());
    fs::rename(
        a.path().join("aftermath.txt"),
        b.path().join("aftermath.txt"),
    )
    .unwrap();
    fs::rename(
        a.path().join("aftermath.json"),
        b.path().join("aftermath.json"),
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(["statements", "--corpus"])
        .arg(a.path())
        .arg("--corpus")
        .arg(b.path())
        .env_remove("PARLEY_NO_CACHE")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&output.stdout).contains("aftermath-"));
    let output = Command::new(env!("CARGO_BIN_EXE_parley"))
        .arg("check")
        .arg(b.path())
        .env_remove("PARLEY_NO_CACHE")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(!a.path().join(CACHE).exists() && !b.path().join(CACHE).exists());
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_loads_without_a_cache_or_a_word_about_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = assets_copy();
    let expected = listings(dir.path(), &["--no-cache"]);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    // Twice: as the first load, and as the next one (a superuser may still write).
    for _ in 0..2 {
        assert_eq!(listings(dir.path(), &[]), expected);
    }
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}
