//! `parley` without a terminal does not start the browser.

use std::process::Command;

#[test]
fn without_a_terminal_parley_names_the_commands_and_exits_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_parley")).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let err = String::from_utf8(output.stderr).unwrap();
    for command in [
        "parley speakers",
        "parley timeline",
        "parley find",
        "parley compare",
    ] {
        assert!(err.contains(command), "{command} missing from: {err}");
    }
}
