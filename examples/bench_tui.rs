//! The browser's first frame and its frames afterwards, in process:
//!
//! - the time from the start of `main` to the first frame drawn at 160x45, split into
//!   loading the corpus (as `parley DIR` does, through the folder's cache), building the
//!   app (as `parley::tui::run` does, finder worker included) and drawing (into a
//!   ratatui `TestBackend`, the same `Widget for &App` the terminal draws); measured
//!   twice, each in a process of its own: cold (the cache removed first, so the corpus
//!   is read and checked, and the cache written on a thread of its own beside the
//!   first frame, as the browser does) and warm (the cache just written is read);
//! - peak memory (VmHWM) right after that frame, next to the size of the report texts,
//!   and the resident memory (VmRSS) after loading, after building the app and after
//!   the frame (the finder worker may still be building its index then), and the peak
//!   again once the finder has answered a query, its index built;
//! - the median time to draw one full frame of Browse, and of Compare (opened with the
//!   app's own action, as the `c` key does), at 240x70, over 30 frames each, moving the
//!   selection down one row between frames (in the warm process);
//! - a reload, as after a change to the folder (its cache stale): the folder read and
//!   checked in full, the new corpus taken in by the app (the selection found again) and
//!   a frame drawn, with the peak memory of the process then, two corpora held at once.
//!
//! `cargo run --release --example bench_tui -- DIR [FRAMES]`; it writes `DIR/.parley-cache`
//! unless `PARLEY_NO_CACHE` is set (then both runs are cold).

use std::path::PathBuf;
use std::time::{Duration, Instant};

use parley::tui::action::Action;
use parley::tui::App;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// A line of /proc/self/status in kB ("VmHWM", "VmRSS"); 0 where there is no /proc.
fn status_kb(key: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The sizes of the folder's report files (`.txt`) and annotations (`.json`), in bytes.
fn corpus_sizes(dir: &PathBuf) -> (u64, u64) {
    let (mut reports, mut annotations) = (0, 0);
    for entry in std::fs::read_dir(dir).expect("the corpus folder reads") {
        let path = entry.expect("the corpus folder reads").path();
        let len = std::fs::metadata(&path).map_or(0, |m| m.len());
        match path.extension().and_then(|e| e.to_str()) {
            Some("txt") => reports += len,
            Some("json") => annotations += len,
            _ => {}
        }
    }
    (reports, annotations)
}

/// The time every thread of this process has been on a CPU so far, those that ended
/// included (user and system, from /proc/self/stat, in clock ticks of 10 ms); none
/// where there is no /proc. Steadier than the wall clock on a shared machine.
fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name, which is in parentheses and may hold spaces.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<u64>().ok();
    // utime and stime, fields 14 and 15 of the line: after the name, field 3 comes first.
    Some(Duration::from_millis((ticks(11)? + ticks(12)?) * 10))
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

/// Draws `frames` full frames (the terminal's buffers cleared first, so every cell is
/// written, as after a resize), moving down a row between frames; the median.
fn frames(app: &mut App, width: u16, height: u16, frames: usize) -> Duration {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    app.update(Action::Resize(width, height));
    let mut times = Vec::with_capacity(frames);
    for _ in 0..frames {
        terminal.clear().expect("a test terminal clears");
        let started = Instant::now();
        terminal
            .draw(|frame| frame.render_widget(&*app, frame.area()))
            .expect("a test terminal draws");
        times.push(started.elapsed());
        app.update(Action::Down);
    }
    median(times)
}

fn main() {
    let started = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first().map(PathBuf::from) else {
        eprintln!("usage: bench_tui DIR [FRAMES]");
        std::process::exit(2);
    };
    let count: usize = args
        .get(1)
        .map_or(30, |n| n.parse().expect("FRAMES is a number"));
    let run = args.get(2).map(String::as_str);
    if run.is_none() {
        // Each in a process of its own, so that each peak memory is its own.
        for run in ["cold", "warm"] {
            let status = std::process::Command::new(std::env::current_exe().expect("a path"))
                .args([&args[0], &count.to_string(), run])
                .status()
                .expect("the bench runs itself");
            assert!(status.success());
        }
        return;
    }
    if run == Some("cold") {
        match std::fs::remove_file(dir.join(parley::cache::FILE)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => panic!("{e}"),
            _ => {}
        }
    }
    let run = run.unwrap_or_default();

    // What `parley DIR` does before the first frame (src/main.rs, src/tui/mod.rs), with a
    // TestBackend of 160x45 instead of the terminal.
    let (loaded, unsaved) =
        parley::cli::load_unsaved(std::slice::from_ref(&dir), parley::cache::wanted(false))
            .expect("the corpus loads");
    let loading = started.elapsed();
    let loaded_kb = status_kb("VmRSS");
    let problems = loaded.problems.len();
    let (width, height) = (160, 45);
    let mark = Instant::now();
    let mut app = App::threaded(loaded.corpus, width, height);
    app.theme.color = true;
    // As `parley::tui::run` does: a cache to write is written beside the first frames.
    let saving = unsaved.map(|unsaved| {
        let corpus = std::sync::Arc::clone(&app.corpus);
        std::thread::spawn(move || unsaved.save(&corpus))
    });
    let building = mark.elapsed();
    let built_kb = status_kb("VmRSS");
    let mark = Instant::now();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.clear().expect("a test terminal clears");
    app.update(Action::Resize(width, height));
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .expect("a test terminal draws");
    let drawing = mark.elapsed();
    let first = started.elapsed();
    let cpu = cpu_time();
    let peak_kb = status_kb("VmHWM");
    let drawn_kb = status_kb("VmRSS");
    let (reports, annotations) = corpus_sizes(&dir);
    let corpus = &app.corpus;

    if run == "warm" {
        println!(
            "corpus: {} reports, {} statements, {} speakers, {} events; {problems} problems",
            corpus.reports().len(),
            corpus.statements().len(),
            corpus.speakers().len(),
            corpus.events().len()
        );
    }
    println!(
        "{run}: first frame at {width}x{height}: {} from the start of main (load {}, App::threaded {}, draw {})",
        ms(first),
        ms(loading),
        ms(building),
        ms(drawing)
    );
    if let Some(cpu) = cpu {
        println!(
            "{run}: on the CPU until the first frame, all threads: {}",
            ms(cpu)
        );
    }
    let peak = peak_kb * 1024;
    println!(
        "{run}: peak memory after the first frame: {} (VmHWM); report text {} (annotations {} more); {:.1}x the report text",
        mb(peak),
        mb(reports),
        mb(annotations),
        peak as f64 / reports.max(1) as f64
    );
    println!(
        "resident memory (VmRSS): {} after loading, {} after App::threaded, {} after the first frame",
        mb(loaded_kb * 1024),
        mb(built_kb * 1024),
        mb(drawn_kb * 1024)
    );
    drop(terminal);
    if let Some(saving) = saving {
        saving.join().expect("the cache is written");
        println!(
            "{run}: cache written {} from the start of main",
            ms(started.elapsed())
        );
    }
    if run == "cold" {
        return;
    }

    let browse = frames(&mut app, 240, 70, count);
    println!(
        "Browse frame at 240x70: median {} over {count} frames",
        ms(browse)
    );
    app.update(Action::Compare);
    let compare = frames(&mut app, 240, 70, count);
    println!(
        "Compare frame at 240x70: median {} over {count} frames",
        ms(compare)
    );

    // The finder worker builds its index beside the first frames; once it has answered
    // a query the index is in memory, and the peak is that of a session using the finder.
    app.update(Action::Finder);
    app.update(Action::Type('p'));
    while app.busy() {
        app.poll();
        std::thread::sleep(Duration::from_millis(1));
    }
    let peak = status_kb("VmHWM") * 1024;
    println!(
        "after the finder answered: peak memory {} (VmHWM), {:.1}x the report text; resident {} (VmRSS)",
        mb(peak),
        peak as f64 / reports.max(1) as f64,
        mb(status_kb("VmRSS") * 1024)
    );

    // A reload, as after a change to the folder: the cache is stale then, so the folder
    // is read and checked in full (on the reloader's thread in the browser), and the
    // browser takes the new corpus in, finding the selection again, and draws.
    let cpu_before = cpu_time();
    let mark = Instant::now();
    let (loaded, _) = parley::cli::load_unsaved(std::slice::from_ref(&dir), false)
        .expect("the corpus loads again");
    let loading = mark.elapsed();
    let mark = Instant::now();
    app.replace_corpus(loaded);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    app.update(Action::Resize(width, height));
    terminal
        .draw(|frame| frame.render_widget(&app, frame.area()))
        .expect("a test terminal draws");
    let taking = mark.elapsed();
    let cpu = cpu_time()
        .zip(cpu_before)
        .map_or(String::from("?"), |(after, before)| ms(after - before));
    let peak = status_kb("VmHWM") * 1024;
    println!(
        "reload (read again in full, taken in, drawn): {} (load {}, take in and draw {}), {cpu} on the CPU, all threads; peak memory {} ({:.1}x the report text)",
        ms(loading + taking),
        ms(loading),
        ms(taking),
        mb(peak),
        peak as f64 / reports.max(1) as f64,
    );
}
