//! The real binary in a real terminal (tmux): open the finder, type, land on the quote,
//! quit, and find the terminal back in its normal mode.

use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

/// A tmux server of our own, killed when the test ends however it ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// `name` keeps two tests of one process on separate servers.
    fn new(name: &str) -> Self {
        Tmux {
            socket: format!("parley-test-{}-{name}", std::process::id()),
        }
    }

    /// Starts `sh -c script` in a 120x40 window.
    fn start(&self, script: &str) {
        self.start_sized(script, 120, 40);
    }

    fn start_sized(&self, script: &str, width: u16, height: u16) {
        let (width, height) = (width.to_string(), height.to_string());
        let started = self.run(&[
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &width,
            "-y",
            &height,
            "sh",
            "-c",
            script,
        ]);
        assert!(started.status.success(), "{started:?}");
    }

    /// The screen with its colours and emphasis, as escape sequences.
    fn capture_styled(&self) -> String {
        let output = self.run(&["capture-pane", "-p", "-e", "-t", "e2e"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            // CI may have no TERM; tmux wants one to start its server.
            .env("TERM", "xterm-256color")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("tmux runs (CI installs it)")
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p", "-t", "e2e"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend(keys);
        assert!(self.run(&args).status.success());
    }

    fn literal(&self, text: &str) {
        assert!(self
            .run(&["send-keys", "-t", "e2e", "-l", text])
            .status
            .success());
    }

    /// Polls the screen until `found` holds, or fails with the last screen.
    fn wait_for(&self, what: &str, found: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if found(&screen) {
                return screen;
            }
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {what}; the screen was:\n{screen}"
            );
            sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

#[test]
fn finder_to_quote_and_quit_leave_the_terminal_normal() {
    let tmux = Tmux::new("finder");
    tmux.start(&format!(
        "'{}'; echo EXITED:$?; stty -a; sleep 60",
        env!("CARGO_BIN_EXE_parley")
    ));

    tmux.wait_for("the browser", |s| s.contains("4 Statements (38)"));
    tmux.keys(&["/"]);
    tmux.wait_for("the finder", |s| s.contains("Find a quote"));
    tmux.literal("next moscow");
    tmux.wait_for("one result", |s| {
        s.contains("> next moscow") && s.contains("1 of 38 match")
    });
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the source pane in focus", |s| {
        !s.contains("Find a quote") && s.contains(" 5 Source ")
    });
    assert!(screen.contains("\"Next time in Moscow.\""), "{screen}");

    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell after quitting", |s| {
        s.contains("EXITED:0") && s.contains("icanon")
    });
    let words: Vec<&str> = screen.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && !words.contains(&"-icanon"),
        "{screen}"
    );
    assert!(
        words.contains(&"echo") && !words.contains(&"-echo"),
        "{screen}"
    );
    // The alternate screen is gone: the browser's panes are no longer on screen.
    assert!(!screen.contains("4 Statements"), "{screen}");
    let alternate = tmux.run(&["display-message", "-p", "-t", "e2e", "#{alternate_on}"]);
    assert_eq!(String::from_utf8_lossy(&alternate.stdout).trim(), "0");
}

#[test]
fn a_plain_article_is_browsable_and_load_problems_show_after_quitting() {
    let dir = tempfile::tempdir().unwrap();
    let article = "Talks resumed on Monday.\n\n\"We will not give up,\" the minister said.\n";
    std::fs::write(dir.path().join("article.txt"), article).unwrap();
    std::fs::write(dir.path().join("broken.txt"), b"title: Broken\n\n\xff").unwrap();
    let tmux = Tmux::new("plain");
    tmux.start(&format!(
        "'{}' '{}'; echo EXITED:$?; sleep 60",
        env!("CARGO_BIN_EXE_parley"),
        dir.path().display()
    ));
    tmux.wait_for("the ingested quote", |s| s.contains("We will not give up"));
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
    assert!(
        screen.contains("broken.txt:3: error: not valid UTF-8"),
        "{screen}"
    );
    assert!(screen.contains("problems while loading"), "{screen}");
    // The line saying what was loading is wiped once it is loaded.
    assert!(!screen.contains("parley: loading"), "{screen}");
}

#[test]
fn the_browser_on_a_folder_writes_its_cache_and_opens_the_same_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let assets = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets");
    for entry in std::fs::read_dir(assets).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let cache = dir.path().join(".parley-cache");
    let mut screens = Vec::new();
    for (run, flag) in [("uncached", "--no-cache"), ("cold", ""), ("warm", "")] {
        let tmux = Tmux::new(run);
        tmux.start(&format!(
            "env -u PARLEY_NO_CACHE '{}' {flag} '{}'; echo EXITED:$?; sleep 60",
            env!("CARGO_BIN_EXE_parley"),
            dir.path().display()
        ));
        // The whole first frame: its last line drawn, and the screen settled.
        let mut screen = tmux.wait_for("the browser", |s| {
            s.contains("4 Statements (38)") && s.contains("/ find")
        });
        loop {
            sleep(Duration::from_millis(100));
            let again = tmux.capture();
            if again == screen {
                break;
            }
            screen = again;
        }
        tmux.keys(&["q"]);
        tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
        screens.push(screen);
        assert_eq!(cache.exists(), run != "uncached", "{run}");
    }
    assert_eq!(screens[1], screens[0]);
    assert_eq!(screens[2], screens[0]);
}

/// A copy of the twenty articles in `tests/fixtures/westmere` (the browser writes its
/// cache into the folder it opens), none of them annotated: all are ingested.
fn westmere() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/westmere");
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn a_folder_of_articles_reports_filtered_one_read_and_two_compared() {
    let dir = westmere();
    let script = format!(
        "env -u PARLEY_NO_CACHE '{}' '{}'; echo EXITED:$?; sleep 60",
        env!("CARGO_BIN_EXE_parley"),
        dir.path().display()
    );
    let tmux = Tmux::new("westmere");
    tmux.start_sized(&script, 160, 45);
    tmux.wait_for("the browser", |s| s.contains("1 Reports (20 · by date)"));
    tmux.keys(&["1"]);
    tmux.wait_for("the reports pane in focus", |s| s.contains(" 1 Reports  "));
    tmux.keys(&["f"]);
    tmux.literal("mediat");
    let screen = tmux.wait_for("the filtered reports", |s| {
        s.contains("1 Reports (3 of 20") && s.contains("filter: mediat")
    });
    assert!(
        screen.contains("Retired judge named to mediate port"),
        "{screen}"
    );
    assert!(!screen.contains("Dockers back strike"), "{screen}");
    // Keep the filter, read the first report, and put it on Compare's left.
    tmux.keys(&["Enter"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("the report read", |s| {
        s.contains("5 Source: Retired judge named to mediate port dispute")
    });
    assert!(
        screen.contains("The Westmere Courier · Fri 15 Mar 2024 · by Jana Kowalski"),
        "{screen}"
    );
    tmux.keys(&["["]);
    tmux.wait_for("the left side set", |s| {
        s.contains("Compare's left: Retired judge")
    });
    // The next report of the three on the right, then Compare.
    tmux.keys(&["1"]);
    tmux.keys(&["j"]);
    tmux.wait_for("the second report", |s| {
        s.contains("5 Source: Mediator steps in as port strike")
    });
    tmux.keys(&["]"]);
    tmux.keys(&["c"]);
    let screen = tmux.wait_for("Compare", |s| {
        s.contains(" Compare ") && s.contains("Aligned")
    });
    assert!(
        screen.contains("Retired judge named to mediate"),
        "{screen}"
    );
    assert!(screen.contains("Mediator steps in"), "{screen}");
    // Both quote the union leader's welcome of the mediator.
    assert!(screen.contains("statements 1 shared"), "{screen}");
    assert!(
        screen.contains("Judge Solberg is known for listening"),
        "{screen}"
    );

    // Ingested articles load with no problem to report, the first time and the second,
    // read from the folder's cache: no warning a user could do nothing about.
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
    assert!(!screen.contains("problems while loading"), "{screen}");
    drop(tmux);
    let tmux = Tmux::new("westmere-again");
    tmux.start_sized(&script, 160, 45);
    tmux.wait_for("the browser", |s| s.contains("1 Reports (20 · by date)"));
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
    assert!(!screen.contains("problems while loading"), "{screen}");
    assert!(!screen.contains("warning"), "{screen}");
}

#[test]
fn an_empty_no_color_means_colour_in_commands_as_in_the_browser() {
    let dir = westmere();
    let find = |no_color: &str| {
        let tmux = Tmux::new(&format!("colour{}", no_color.len()));
        tmux.start(&format!(
            "NO_COLOR='{no_color}' '{}' find 'brandt' --corpus '{}' -n 3; echo EXITED:$?; sleep 60",
            env!("CARGO_BIN_EXE_parley"),
            dir.path().display()
        ));
        tmux.wait_for("the ranking", |s| s.contains("EXITED:0"));
        tmux.capture_styled()
    };
    // Matched letters are marked in colour on a terminal...
    assert!(find("").contains("\x1b["), "NO_COLOR=\"\" is as if unset");
    // ...and not at all with NO_COLOR set.
    assert!(!find("1").contains("\x1b["));
}

/// What tmux says of the pane's terminal modes, as `name=value` words.
fn modes(tmux: &Tmux) -> String {
    let format = "alternate=#{alternate_on} cursor=#{cursor_flag} \
                  mouse=#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_all_flag}#{mouse_sgr_flag}";
    let shown = tmux.run(&["display-message", "-p", "-t", "e2e", format]);
    String::from_utf8_lossy(&shown.stdout).trim().to_owned()
}

/// Closing the terminal under the browser (the window, the ssh link, here tmux's server)
/// ends parley: it neither lives on nor spins reading the closed terminal.
#[test]
fn closing_the_terminal_ends_the_browser() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("parley.pid");
    let tmux = Tmux::new("closed");
    tmux.start(&format!(
        "echo $$ > {}; exec {}",
        pid_file.display(),
        env!("CARGO_BIN_EXE_parley")
    ));
    tmux.wait_for("the browser", |s| s.contains("4 Statements (38)"));
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let proc_dir = format!("/proc/{}", pid.trim());
    assert!(std::path::Path::new(&proc_dir).exists());
    let _ = tmux.run(&["kill-server"]);
    let start = Instant::now();
    // Gone, or a zombie waiting for its parent: no longer running either way.
    let running = || {
        std::fs::read_to_string(format!("{proc_dir}/stat"))
            .is_ok_and(|stat| !stat.split(") ").nth(1).is_some_and(|s| s.starts_with('Z')))
    };
    while running() {
        assert!(
            start.elapsed() < TIMEOUT,
            "parley still runs after its terminal closed"
        );
        sleep(Duration::from_millis(50));
    }
}

/// `kill -TERM`, `-HUP`, `-INT` or `-QUIT` to the browser: the terminal is given back
/// as quitting gives it back (main screen, cursor shown, no mouse reporting, cooked
/// mode with echo), and parley dies of the signal, as the shell expects.
#[test]
fn a_signal_restores_the_terminal_as_quitting_does() {
    let dir = tempfile::tempdir().unwrap();
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let pid_file = dir.path().join(format!("{signal}.pid"));
        let tmux = Tmux::new(&format!("signal-{signal}"));
        // The inner shell writes its pid and becomes parley, so the pid is parley's.
        tmux.start(&format!(
            "sh -c 'echo $$ > {}; exec {}'; echo EXITED:$?; stty -a; sleep 60",
            pid_file.display(),
            env!("CARGO_BIN_EXE_parley")
        ));
        tmux.wait_for("the browser", |s| s.contains("4 Statements (38)"));
        // The modes are set around the first frame: wait until all are.
        let start = Instant::now();
        loop {
            let browsing = modes(&tmux);
            if browsing.starts_with("alternate=1 cursor=0 mouse=1") {
                break;
            }
            assert!(start.elapsed() < TIMEOUT, "{signal}: {browsing}");
            sleep(Duration::from_millis(50));
        }
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .unwrap();
        assert!(killed.success());
        let exited = format!("EXITED:{}", 128 + number);
        let screen = tmux.wait_for("the shell after the signal", |s| {
            s.contains(&exited) && s.contains("icanon")
        });
        assert_eq!(
            modes(&tmux),
            "alternate=0 cursor=1 mouse=00000",
            "{signal}:\n{screen}"
        );
        let words: Vec<&str> = screen.split_whitespace().collect();
        for mode in ["icanon", "echo", "isig"] {
            assert!(
                words.contains(&mode) && !words.contains(&format!("-{mode}").as_str()),
                "{signal}: {mode} is off:\n{screen}"
            );
        }
        assert!(!screen.contains("4 Statements"), "{signal}:\n{screen}");
        // Typed text echoes, as it does at a prompt.
        tmux.literal("typed-after-the-signal");
        tmux.wait_for("the typed text echoed", |s| {
            s.contains("typed-after-the-signal")
        });
    }
}

#[test]
fn a_configuration_rebinds_keys_and_y_reaches_the_terminal_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[keys.global]\nquit = \"x\"\n[keys.browse]\ncopy = \"c\"\n",
    )
    .unwrap();
    let tmux = Tmux::new("config");
    tmux.start(&format!(
        "'{}' --config '{}'; echo EXITED:$?; sleep 60",
        env!("CARGO_BIN_EXE_parley"),
        config.display()
    ));
    // tmux takes OSC 52 from programs into a paste buffer when set-clipboard is on.
    assert!(tmux
        .run(&["set", "-g", "set-clipboard", "on"])
        .status
        .success());
    let screen = tmux.wait_for("the hints", |s| s.contains("? help"));
    assert!(
        screen.contains("x quit") && !screen.contains("q quit"),
        "{screen}"
    );
    tmux.keys(&["/"]);
    tmux.wait_for("the finder", |s| s.contains("Find a quote"));
    tmux.literal("next moscow");
    tmux.wait_for("one result", |s| s.contains("1 of 38 match"));
    tmux.keys(&["Enter"]);
    tmux.wait_for("the quote", |s| !s.contains("Find a quote"));
    tmux.keys(&["c"]);
    tmux.wait_for("the message", |s| s.contains("Copied to the clipboard"));
    let buffer = tmux.run(&["show-buffer"]);
    assert_eq!(
        String::from_utf8_lossy(&buffer.stdout),
        "“Next time in Moscow.” — Vladimir Putin, “Trump and Putin hold Alaska summit on \
         Ukraine, reach no deal”, 16 Aug 2025"
    );
    tmux.keys(&["q"]);
    sleep(Duration::from_millis(300));
    assert!(
        tmux.capture().contains(" Statements ("),
        "q no longer quits"
    );
    tmux.keys(&["x"]);
    tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
}

#[test]
fn a_bad_configuration_is_named_and_the_defaults_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[keys.global]\nquit = \"x\"\njump = \"j\"\n").unwrap();
    let tmux = Tmux::new("badconfig");
    tmux.start(&format!(
        "'{}' --config '{}'; echo EXITED:$?; sleep 60",
        env!("CARGO_BIN_EXE_parley"),
        config.display()
    ));
    let screen = tmux.wait_for("the status line", |s| s.contains("unknown action"));
    let status = screen.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
    assert!(
        status.contains("config.toml:3: unknown action \"jump\""),
        "{screen}"
    );
    tmux.keys(&["q"]);
    let screen = tmux.wait_for("the shell after quitting", |s| s.contains("EXITED:0"));
    assert!(
        screen.contains("problems in the configuration, so the defaults were used"),
        "{screen}"
    );
}
