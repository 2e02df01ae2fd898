//! Hostile folders: reports, annotations, caches and file names made to hang parley,
//! exhaust its memory, write where it must not or reach the terminal as escape
//! sequences. Each must give a clear error naming the file, leave the rest of the
//! folder loading, return, and touch nothing it was not asked to write.

mod common;

use parley::corpus::{self, Source};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A report of `n` lines and an annotation of `n` statements that all point at the
/// wrong place: half have moved further down the body, half are nowhere in it.
fn moved_spans(n: usize) -> Source {
    let body: String = (0..n)
        .map(|i| format!("Speaker {i} said the words number {i} today.\n"))
        .collect();
    let statements: Vec<String> = (0..n)
        .map(|i| {
            let text = if i % 2 == 0 {
                format!("the words number {i} today")
            } else {
                format!("words never written {i}")
            };
            format!(
                r#"{{"id": "s{i}", "speaker": "x", "kind": "direct", "content": {{"start": 0, "end": {}, "text": "{text}"}}}}"#,
                text.len()
            )
        })
        .collect();
    let annotation = format!(
        r#"{{"speakers": [{{"id": "x", "name": "X", "kind": "person"}}], "statements": [{}]}}"#,
        statements.join(",\n")
    );
    Source {
        report_file: "r.txt".into(),
        report: format!("title: T\n\n{body}").into_bytes(),
        annotation: Some(("r.json".into(), annotation.into_bytes())),
    }
}

/// The CPU time of this thread: loading runs on it alone, and unlike the wall clock it
/// does not count the time other work on a busy machine takes the core away.
#[cfg(unix)]
fn thread_time() -> Duration {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid timespec for the call to write into.
    let done = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) };
    assert_eq!(done, 0);
    Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
}

#[cfg(not(unix))]
fn thread_time() -> Duration {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// The least of five timings of loading `source`, which must re-anchor half its spans.
fn load_time(n: usize) -> Duration {
    (0..5)
        .map(|_| {
            let source = moved_spans(n);
            let start = thread_time();
            let loaded = corpus::from_sources(vec![source]);
            let took = thread_time() - start;
            assert_eq!(loaded.corpus.statements().len(), n / 2);
            let warnings = loaded.problems.iter().filter(|p| !p.is_error()).count();
            assert_eq!((warnings, loaded.errors().count()), (n / 2, n / 2));
            took
        })
        .min()
        .unwrap()
}

#[test]
fn re_anchoring_many_wrong_spans_grows_with_the_input_not_its_square() {
    let small = load_time(1_000);
    let large = load_time(10_000);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    // Linear is 10 and n log n a little more; one scan of the body a span was 100.
    assert!(
        ratio < 20.0,
        "10 times the spans took {ratio:.1} times as long ({small:?} then {large:?})"
    );
}

/// What a run of parley printed and how it ended.
struct Run {
    code: Option<i32>,
    out: String,
    err: String,
}

impl Run {
    /// Both streams, for messages that may go to either.
    fn all(&self) -> String {
        format!("{}{}", self.out, self.err)
    }
}

/// Runs parley with `args` in `dir`, caching on, and fails if it has not returned within
/// a generous time (a hang fails the test rather than blocking it). Nothing may reach
/// the terminal as an escape sequence: no ESC byte in either stream.
fn parley<S: AsRef<std::ffi::OsStr>>(dir: &Path, args: &[S]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .current_dir(dir)
        .env_remove("PARLEY_NO_CACHE")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let read = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let out = read(Box::new(child.stdout.take().unwrap()));
    let err = read(Box::new(child.stderr.take().unwrap()));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > RETURNS_WITHIN {
            let _ = child.kill();
            let _ = child.wait();
            panic!("parley did not return within {RETURNS_WITHIN:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let (out, err) = (out.join().unwrap(), err.join().unwrap());
    for (name, bytes) in [("standard output", &out), ("standard error", &err)] {
        assert!(
            !bytes.contains(&0x1b),
            "an ESC byte on {name}: {:?}",
            String::from_utf8_lossy(bytes)
        );
    }
    Run {
        code: status.code(),
        out: String::from_utf8_lossy(&out).into_owned(),
        err: String::from_utf8_lossy(&err).into_owned(),
    }
}

const RETURNS_WITHIN: Duration = Duration::from_secs(30);

const REPORT: &str = "title: Talks\npublished: 2025-08-17\n\n\"We will not give up,\" the minister said on Friday.\n";

#[cfg(unix)]
#[test]
fn ingest_replaces_a_link_at_the_annotation_and_never_writes_through_it() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::write(path.join("r.txt"), REPORT).unwrap();
    // A link to a file that does not exist: ingest must not create it.
    let nowhere = path.join("created-by-the-link");
    symlink(&nowhere, path.join("r.json")).unwrap();
    let run = parley(path, &["ingest", "r.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(run.out.starts_with("r.json: 1 statements"), "{}", run.out);
    assert!(!nowhere.exists(), "the link's target was created");
    assert!(fs::symlink_metadata(path.join("r.json")).unwrap().is_file());

    // A link to a file of the user's: refused, then with --force the link is replaced.
    let victim = path.join("victim.txt");
    fs::write(&victim, "the user's own words").unwrap();
    fs::remove_file(path.join("r.json")).unwrap();
    symlink(&victim, path.join("r.json")).unwrap();
    let run = parley(path, &["ingest", "r.txt"]);
    assert_eq!(run.code, Some(1), "{}", run.all());
    assert!(
        run.err
            .contains("r.json: exists and was not written by parley ingest"),
        "{}",
        run.err
    );
    let run = parley(path, &["ingest", "--force", "r.txt"]);
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert_eq!(fs::read_to_string(&victim).unwrap(), "the user's own words");
    assert!(fs::symlink_metadata(path.join("r.json")).unwrap().is_file());
    let written = fs::read_to_string(path.join("r.json")).unwrap();
    assert!(written.contains("We will not give up"), "{written}");
}

#[cfg(unix)]
#[test]
fn file_names_and_ids_reach_the_terminal_without_their_escape_sequences() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    // Retitles the terminal; writes the clipboard.
    let title = "\u{1b}]0;pwned\u{7}a";
    let clipboard = "\u{1b}]52;c;cm0gLXJmIH4K\u{7}b";
    for name in [title, clipboard] {
        fs::write(path.join(format!("{name}.txt")), REPORT).unwrap();
    }
    fs::write(path.join("broken\u{1b}[2J.txt"), b"title: T\n\n\xff").unwrap();

    let ingest = parley(path, &["ingest".to_owned(), format!("{title}.txt")]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.all());
    assert!(
        ingest.out.contains("␛]0;pwned␇a.json: 1 statements"),
        "{}",
        ingest.out
    );
    let failed = parley(
        path,
        &["ingest", "broken\u{1b}[2J.txt", "missing\u{1b}[2J.txt"],
    );
    assert_eq!(failed.code, Some(1));
    assert!(
        failed.err.contains("broken␛[2J.txt: not valid UTF-8"),
        "{}",
        failed.err
    );
    assert!(
        failed
            .err
            .contains("missing␛[2J.txt: cannot read the report"),
        "{}",
        failed.err
    );

    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    assert!(
        check
            .out
            .contains("broken␛[2J.txt:3: error: not valid UTF-8"),
        "{}",
        check.out
    );

    fs::remove_file(path.join("broken\u{1b}[2J.txt")).unwrap();
    let compare = parley(path, &["compare", "1", "2", "--corpus", "."]);
    assert_eq!(compare.code, Some(0), "{}", compare.all());
    assert!(
        compare.out.contains("␛]0;pwned␇a: Talks"),
        "{}",
        compare.out
    );
    assert!(
        compare.out.contains("␛]52;c;cm0gLXJmIH4K␇b: Talks"),
        "{}",
        compare.out
    );
    let statements = parley(path, &["statements", "--corpus", "."]);
    assert_eq!(statements.code, Some(0), "{}", statements.all());
    assert!(
        statements.out.contains("␛]0;pwned␇a-1"),
        "{}",
        statements.out
    );
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success());
}

#[cfg(unix)]
#[test]
fn fifos_terminals_and_endless_files_are_named_not_read() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    for name in ["a", "b", "c"] {
        fs::write(path.join(format!("{name}.txt")), REPORT).unwrap();
    }
    // Each blocked or ran out of memory before: every command hung on the cache.
    mkfifo(&path.join(".parley-cache"));
    mkfifo(&path.join("a.json"));
    symlink("/dev/zero", path.join("b.json")).unwrap();
    mkfifo(&path.join("fifo.txt"));

    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    for expected in [
        "./a.json: error: cannot read the annotation: not a regular file but a FIFO (named pipe)",
        "./b.json: error: cannot read the annotation: not a regular file but a character device",
        "./fifo.txt: warning: not a regular file but a FIFO (named pipe); skipped",
    ] {
        assert!(check.out.contains(expected), "{expected}\n{}", check.out);
    }
    // The rest of the folder still loads: c, and a and b ingested.
    assert!(check.out.contains("3 reports"), "{}", check.out);
    let listing = parley(path, &["statements", "--corpus", "."]);
    assert_eq!(listing.code, Some(0), "{}", listing.all());
    assert!(listing.out.contains("c-1"), "{}", listing.out);

    // A FIFO named as a report, and a cache linked to the terminal.
    let named = parley(path, &["check", "fifo.txt"]);
    assert_eq!(named.code, Some(1), "{}", named.all());
    assert!(
        named
            .all()
            .contains("fifo.txt: error: cannot read the report: not a regular file but a FIFO"),
        "{}",
        named.all()
    );
    let ingest = parley(path, &["ingest", "fifo.txt"]);
    assert_eq!(ingest.code, Some(1));
    assert!(
        ingest
            .err
            .contains("fifo.txt: cannot read the report: not a regular file but a FIFO"),
        "{}",
        ingest.err
    );
    for name in ["a.json", "b.json", "fifo.txt"] {
        fs::remove_file(path.join(name)).unwrap();
    }
    fs::remove_file(path.join(".parley-cache")).unwrap();
    symlink("/dev/tty", path.join(".parley-cache")).unwrap();
    let listing = parley(path, &["statements", "--corpus", "."]);
    assert_eq!(listing.code, Some(0), "{}", listing.all());
    assert!(
        listing.out.contains("a-1") && listing.out.contains("c-1"),
        "{}",
        listing.out
    );
    // The cache was written in place of the link, not through it.
    assert!(fs::symlink_metadata(path.join(".parley-cache"))
        .unwrap()
        .is_file());
}

#[test]
fn a_file_too_large_to_read_is_named_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::write(path.join("good.txt"), REPORT).unwrap();
    // Sparse: takes no room on disk, and is never read.
    let huge = fs::File::create(path.join("huge.txt")).unwrap();
    huge.set_len(5 << 30).unwrap();
    let big = fs::File::create(path.join("good.json")).unwrap();
    big.set_len(3 << 30).unwrap();
    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    for expected in [
        "./huge.txt: error: cannot read the report: too large: 5.0 GiB (5368709120 bytes), where parley reads at most 4.0 GiB for a report",
        "./good.json: error: cannot read the annotation: too large: 3.0 GiB (3221225472 bytes), where parley reads at most 1.0 GiB for an annotation",
    ] {
        assert!(check.out.contains(expected), "{expected}\n{}", check.out);
    }
    let ingest = parley(path, &["ingest", "--json", "huge.txt"]);
    assert_eq!(ingest.code, Some(1));
    assert!(
        ingest
            .err
            .contains("huge.txt: cannot read the report: too large: 5.0 GiB"),
        "{}",
        ingest.err
    );
}

#[cfg(unix)]
#[test]
fn the_cache_key_sees_every_report_and_links_to_nothing_leave_caching_on() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    let cache = path.join(".parley-cache");
    fs::write(path.join("good.txt"), REPORT).unwrap();
    let named_like_the_cache = path.join(".parley-cache.txt");
    // Dated, so that the only thing the loader has to say is about the links.
    let said =
        |words: &str| format!("title: T\npublished: 2025-08-15\n\n\"{words},\" the envoy said.\n");
    fs::write(&named_like_the_cache, said("First words here")).unwrap();
    let first = parley(path, &["statements", "--corpus", "."]);
    assert!(first.out.contains("First words here"), "{}", first.all());
    assert!(cache.exists(), "a clean folder is cached");
    // The same size, so that only the key's times can tell.
    fs::write(&named_like_the_cache, said("Other words here")).unwrap();
    let second = parley(path, &["statements", "--corpus", "."]);
    assert!(
        second.out.contains("Other words here"),
        "served stale: {}",
        second.out
    );

    // Links to nothing, and a loop of links, named as no report is.
    symlink(path.join("nowhere"), path.join("notes")).unwrap();
    symlink("loop", path.join("loop")).unwrap();
    fs::remove_file(&cache).unwrap();
    let run = parley(path, &["statements", "--corpus", "."]);
    assert_eq!((run.code, run.err.as_str()), (Some(0), ""));
    assert!(cache.exists(), "links to nothing turned caching off");
    // A report that is a link to nothing is named; `check` names it too.
    symlink(path.join("nowhere.txt"), path.join("gone.txt")).unwrap();
    let check = parley(path, &["check", "."]);
    assert!(
        check.out.contains("./gone.txt: warning: a link to a file that does not exist, or a loop of links; skipped"),
        "{}",
        check.out
    );
    let run = parley(path, &["statements", "--corpus", "."]);
    assert!(
        run.err.contains("gone.txt: warning: a link to a file"),
        "{}",
        run.err
    );
}

#[test]
fn a_report_named_dot_dot_txt_has_its_annotation_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    let body = "The envoy said \"yes\" twice.\n";
    fs::write(path.join("..txt"), format!("title: Dots\n\n{body}")).unwrap();
    let annotation = r#"{"speakers": [{"id": "envoy", "name": "The envoy", "kind": "person"}],
        "statements": [{"id": "dots-1", "speaker": "envoy", "kind": "direct",
                        "content": {"start": 16, "end": 19, "text": "yes"}}]}"#;
    fs::write(path.join("..json"), annotation).unwrap();
    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(0), "{}", check.all());
    let run = parley(path, &["statements", "--corpus", "."]);
    assert!(
        run.out.contains("dots-1") && run.out.contains("The envoy"),
        "{}",
        run.out
    );
    let ingest = parley(path, &["ingest", "--force", "..txt"]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.all());
    assert!(ingest.out.starts_with("..json: "), "{}", ingest.out);
}

/// Emoji joined by zero-width joiners: a terminal that does not join them draws every
/// part, so each cell of the screen must be given the columns of all its parts.
#[test]
fn joined_emoji_take_the_columns_of_all_their_parts_on_every_screen() {
    use crossterm::event::KeyCode;
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    let family = "👨\u{200d}👩\u{200d}👧\u{200d}👦";
    let body = format!("\"We are one {family}{family} family {family}, all of us,\" Anna {family} Berg said on Friday.\n");
    let quote = format!("We are one {family}{family} family {family}, all of us,");
    let start = body.find(&quote).unwrap();
    let annotation = format!(
        r#"{{"speakers": [{{"id": "berg", "name": "Anna {family} Berg", "kind": "person"}}],
            "statements": [{{"id": "f-1", "speaker": "berg", "kind": "direct",
              "content": {{"start": {start}, "end": {}, "text": {}}}}}]}}"#,
        start + quote.len(),
        serde_json::to_string(&quote).unwrap()
    );
    let sources = ["a", "b"].map(|name| {
        common::source(
            name,
            &format!("Title {family} {name}"),
            &body,
            &annotation.replace("f-1", &format!("{name}-1")),
        )
    });
    let corpus = corpus::from_sources(sources.into()).corpus;
    assert_eq!(corpus.statements().len(), 2);
    for (width, height) in [(120, 40), (80, 24)] {
        for keys in [
            &[][..],
            &[KeyCode::Char('4')],
            &[KeyCode::Char('c')],
            &[KeyCode::Char('/'), KeyCode::Char('w')],
        ] {
            let mut app = parley::tui::App::new(corpus.clone(), width, height);
            for &key in keys {
                common::press(&mut app, key);
            }
            let buffer = common::render(&app, width, height);
            for cell in buffer.content.iter() {
                let symbol = cell.symbol();
                let parts: usize = symbol.chars().map(|c| c.width().unwrap_or(0)).sum();
                assert!(
                    parts <= symbol.width().max(1),
                    "{symbol:?} is given {} columns but draws {parts} where emoji are not joined",
                    symbol.width()
                );
            }
            let screen = common::text(&buffer);
            assert!(
                screen.contains("👨\u{200c}👩\u{200c}👧\u{200c}👦"),
                "{screen}"
            );
        }
    }
}

#[test]
fn malformed_headers_and_annotations_are_named_with_their_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    for name in ["array", "number", "good"] {
        fs::write(path.join(format!("{name}.txt")), REPORT).unwrap();
    }
    fs::write(path.join("array.json"), "[1, 2, 3]").unwrap();
    fs::write(path.join("number.json"), "{\n  \"speakers\": 5\n}").unwrap();
    let titles = format!(
        "title: One\n{}\nSaid \"yes\".\n",
        "title: Again\n".repeat(10_000)
    );
    fs::write(path.join("titles.txt"), titles).unwrap();
    fs::write(
        path.join("mac.txt"),
        "title: Old\rpublished: 2025-08-17\r\rSaid \"yes\".\r",
    )
    .unwrap();
    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(1), "{}", check.all());
    for expected in [
        r#"./array.json:1: error: expected an object: {"speakers": [...], "events": [...], "statements": [...]}, found an array"#,
        "./number.json:2: error: speakers: invalid type: integer `5`, expected a sequence",
        "./titles.txt:2: error: title: given 10000 more times (first on line 1; expected each key once)",
        "./mac.txt:1: error: lines end in a carriage return alone (as on classic Mac OS)",
    ] {
        assert!(check.out.contains(expected), "{expected}\n{}", check.out);
    }
    // One line for the ten thousand titles; the good report and the two ingested load.
    assert_eq!(
        check
            .out
            .lines()
            .filter(|l| l.contains("titles.txt"))
            .count(),
        2,
        "{}",
        check.out
    );
    assert!(check.out.contains("3 reports"), "{}", check.out);
}

#[cfg(unix)]
#[test]
fn an_output_fifo_with_a_reader_gets_all_that_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::create_dir(path.join("corpus")).unwrap();
    // Enough reports that the export fills the FIFO many times over.
    for k in 0..1000 {
        fs::write(path.join(format!("corpus/r{k:04}.txt")), REPORT).unwrap();
    }
    mkfifo(&path.join("out"));
    let fifo = path.join("out");
    let reader = std::thread::spawn(move || {
        // Opened once the export has opened it, then read to its end.
        let mut text = String::new();
        fs::File::open(fifo)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        text
    });
    std::thread::sleep(Duration::from_millis(200));
    let run = parley(
        path,
        &["export", "-f", "csv", "--corpus", "corpus", "-o", "out"],
    );
    assert_eq!(run.code, Some(0), "{}", run.all());
    let text = reader.join().unwrap();
    assert_eq!(
        text.lines().count(),
        1001,
        "{}",
        &text[..text.len().min(500)]
    );
}

#[cfg(unix)]
#[test]
fn an_output_fifo_no_one_reads_is_named_not_waited_on() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::create_dir(path.join("corpus")).unwrap();
    fs::write(path.join("corpus/a.txt"), REPORT).unwrap();
    mkfifo(&path.join("out"));
    for args in [
        &["export", "-f", "csv", "--corpus", "corpus", "-o", "out"][..],
        &["ingest", "corpus/a.txt", "-o", "out", "--force"][..],
    ] {
        let run = parley(path, args);
        assert_ne!(run.code, Some(0), "{args:?}: {}", run.all());
        assert!(
            run.all().contains("is a FIFO that no one is reading"),
            "{args:?}: {}",
            run.all()
        );
    }
}

#[test]
fn export_does_not_overwrite_the_corpus_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::create_dir(path.join("corpus")).unwrap();
    fs::create_dir(path.join("elsewhere")).unwrap();
    fs::write(path.join("corpus/a.txt"), REPORT).unwrap();
    fs::write(path.join("corpus/b.txt"), REPORT).unwrap();
    fs::write(path.join("elsewhere/real.txt"), REPORT).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("../elsewhere/real.txt", path.join("corpus/linked.txt")).unwrap();
    let ingest = parley(path, &["ingest", "corpus/a.txt"]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.all());
    let annotation = fs::read(path.join("corpus/a.json")).unwrap();
    let export = |corpus: &str, target: &str| {
        parley(
            path,
            &["export", "-f", "csv", "--corpus", corpus, "-o", target],
        )
    };
    let mut refused = vec![
        ("corpus/a.txt", "is a report of the corpus"),
        (
            "corpus/a.json",
            "is the annotation of a report of the corpus",
        ),
        // Not written yet, it would be read as b's annotation, and as a report.
        (
            "corpus/b.json",
            "is the annotation of a report of the corpus",
        ),
        ("corpus/new.txt", "would become a report of the corpus"),
        ("./corpus/../corpus/a.txt", "is a report of the corpus"),
    ];
    // A report a folder links in from elsewhere, by its own name.
    if cfg!(unix) {
        refused.push(("elsewhere/real.txt", "is a report of the corpus"));
    }
    for (target, why) in refused {
        let run = export("corpus", target);
        assert_eq!(run.code, Some(1), "{target}: {}", run.all());
        assert!(
            run.err
                .contains(&format!("{target}: {why}; not overwritten")),
            "{}",
            run.err
        );
    }
    for report in ["corpus/a.txt", "corpus/b.txt", "elsewhere/real.txt"] {
        assert_eq!(fs::read_to_string(path.join(report)).unwrap(), REPORT);
    }
    assert_eq!(fs::read(path.join("corpus/a.json")).unwrap(), annotation);
    assert!(!path.join("corpus/b.json").exists());
    // A report given alone: its annotation beside it as it is named.
    let run = export("corpus/b.txt", "corpus/b.json");
    assert_eq!(run.code, Some(1), "{}", run.all());
    // A new file there, or any file elsewhere, is written.
    let run = export("corpus", "corpus/out.csv");
    assert_eq!(run.code, Some(0), "{}", run.all());
    assert!(fs::read_to_string(path.join("corpus/out.csv"))
        .unwrap()
        .contains("We will not give up"));
}

#[test]
fn c1_controls_in_a_report_leave_json_output_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    let report =
        "title: x\u{9b}2J\npublished: 2025-08-17\n\n\"We will \u{9d}go,\" the minister said.\n";
    fs::write(path.join("a.txt"), report).unwrap();
    for args in [
        &["statements", "--json", "--corpus", "."][..],
        &["ingest", "--json", "a.txt"][..],
        &["export", "-f", "jsonld", "--corpus", "."][..],
    ] {
        let run = parley(path, args);
        assert_eq!(run.code, Some(0), "{args:?}: {}", run.all());
        assert!(
            !run.out.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
            "{args:?}: {}",
            run.out
        );
        assert!(run.out.contains("\\u009"), "{args:?}: {}", run.out);
    }
}

#[test]
fn a_byte_order_mark_opens_no_header_key_nor_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    fs::write(path.join("a.txt"), format!("\u{feff}{REPORT}")).unwrap();
    let ingest = parley(path, &["ingest", "a.txt"]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.all());
    let annotation = fs::read_to_string(path.join("a.json")).unwrap();
    fs::write(path.join("a.json"), format!("\u{feff}{annotation}")).unwrap();
    let check = parley(path, &["check", "."]);
    assert_eq!(check.code, Some(0), "{}", check.all());
    assert!(check.out.contains("0 errors, 0 warnings"), "{}", check.out);
    let statements = parley(path, &["statements", "--corpus", ".", "--json"]);
    assert!(
        statements.out.contains("\"date\": \"2025-08-17\""),
        "{}",
        statements.out
    );
}
