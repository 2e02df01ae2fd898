//! `parley completions` and `parley man`: the bash script is loaded into a real bash
//! and asked to complete; the man page is read as roff (and rendered by groff where it
//! is installed, which must not warn).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn parley(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .output()
        .expect("the parley binary runs")
}

fn stdout(args: &[&str]) -> String {
    let output = parley(args);
    assert_eq!(output.status.code(), Some(0), "{args:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// What bash's completion function offers for `words`, the last being completed.
fn bash_completes(script: &str, words: &[&str]) -> Vec<String> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "{script}\nCOMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; \
         COMP_POINT=${{#COMP_LINE}}\n_parley parley '{current}' '{previous}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        words = quoted.join(" "),
        cword = words.len() - 1,
        line = words.join(" "),
        current = words[words.len() - 1],
        previous = words[words.len() - 2],
    );
    let mut bash = Command::new("bash")
        .arg("-s")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("bash runs");
    bash.stdin
        .take()
        .unwrap()
        .write_all(program.as_bytes())
        .unwrap();
    let output = bash.wait_with_output().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout)
        .unwrap()
        .split_whitespace()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_completes_commands_and_export_formats() {
    let script = stdout(&["completions", "bash"]);
    assert_eq!(bash_completes(&script, &["parley", "ex"]), ["export"]);
    assert_eq!(
        bash_completes(&script, &["parley", "export", "--format", ""]),
        ["csv", "markdown", "jsonld", "timelinejs"]
    );
    let commands = bash_completes(&script, &["parley", "c"]);
    for command in ["check", "compare", "completions"] {
        assert!(commands.iter().any(|c| c == command), "{commands:?}");
    }
}

#[test]
fn zsh_and_fish_scripts_name_every_command() {
    let zsh = stdout(&["completions", "zsh"]);
    assert!(zsh.starts_with("#compdef parley"), "{}", &zsh[..40]);
    let fish = stdout(&["completions", "fish"]);
    for command in ["export", "statements", "timeline", "man", "completions"] {
        assert!(
            fish.contains(&format!("-a \"{command}\"")),
            "fish completes {command}"
        );
        assert!(
            zsh.contains(&format!("'{command}:")),
            "zsh completes {command}"
        );
    }
    let unknown = parley(&["completions", "tcsh"]);
    assert_eq!(unknown.status.code(), Some(2));
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let page = stdout(&["man"]);
    let title = page.lines().find(|l| l.starts_with(".TH")).unwrap();
    assert!(title.starts_with(".TH parley 1"), "{title}");
    let sections: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH")).collect();
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH SUBCOMMANDS"] {
        assert!(sections.contains(&section), "{sections:?}");
    }
    for command in [
        "parley\\-export(1)",
        "parley\\-statements(1)",
        "parley\\-man(1)",
    ] {
        assert!(page.contains(command), "{command} is listed");
    }
    // groff, where installed, reads it without a warning.
    if let Ok(mut groff) = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww", "-z"])
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        groff
            .stdin
            .take()
            .unwrap()
            .write_all(page.as_bytes())
            .unwrap();
        let output = groff.wait_with_output().unwrap();
        assert!(output.status.success());
        assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    }
}

#[test]
fn man_dir_writes_a_page_a_command() {
    let dir = tempfile::tempdir().unwrap();
    stdout(&["man", "--dir", dir.path().to_str().unwrap()]);
    for page in [
        "parley.1",
        "parley-export.1",
        "parley-fetch.1",
        "parley-ingest.1",
    ] {
        let text = std::fs::read_to_string(dir.path().join(page))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        assert!(text.contains(".TH"), "{page}");
    }
    let export = std::fs::read_to_string(dir.path().join("parley-export.1")).unwrap();
    assert!(export.contains("timelinejs"));
    let missing = parley(&["man", "--dir", "/no/such/dir"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("/no/such/dir"));
}
