//! The quote finder per keystroke, in process: types each query one letter at a time
//! and reports, for every prefix, the time until the complete ranking is ready and
//! the time until the first screenful is ready, with medians over the prefixes.
//!
//! `cargo run --release --example bench_finder -- DIR|FILE [QUERY...]`
//!
//! DIR is a folder of reports, loaded as the browser loads it (through the folder's
//! cache, written on the first run), and searched as the browser searches it, by a
//! finder reading the corpus's own words (`Finder::sharing`). FILE is a text of
//! "speaker: quote" lines such as gen_corpus's `statements.txt`: the same lines the
//! finder builds from that corpus (split at the first ": "), read in a second rather
//! than loaded in many.
//!
//! Each keystroke reuses the previous keystroke's ranking, as the finder popup does.
//! For reference, the same queries are also ranked by plain fuzzy-matcher on one
//! thread (a new `SkimMatcherV2` per line scores as the finder does), on the full
//! query only, so that the ratio is measured in the same run.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use parley::search::{Finder, Ranking};

/// Rows of a finder popup on a tall terminal.
const SCREEN: usize = 60;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The CPU time this process has used so far, all threads included (Linux only: zero
/// elsewhere). Unlike the wall-clock times it hardly depends on what else the
/// machine is running, so it is the steadier figure on a shared machine.
fn cpu_time() -> Duration {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return Duration::ZERO;
    };
    // After the command name in parentheses: state is field 3, utime and stime 14, 15.
    let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks: u64 = [11, 12]
        .iter()
        .filter_map(|&i| fields.get(i)?.parse::<u64>().ok())
        .sum();
    // The kernel reports in USER_HZ, 100 a second on Linux.
    Duration::from_millis(ticks * 10)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: bench_finder DIR|FILE [QUERY...]");
        std::process::exit(2);
    };
    let mut queries: Vec<String> = args.collect();
    if queries.is_empty() {
        queries = vec!["peace deal".into(), "trmp deal".into(), "nxt moscow".into()];
    }
    let started = Instant::now();
    let path = std::path::PathBuf::from(dir);
    let (finder, loading) = if path.is_file() {
        let text = std::fs::read_to_string(&path).expect("the statements file reads");
        let loading = started.elapsed();
        let lines = text
            .lines()
            .map(|line| line.split_once(": ").unwrap_or(("", line)));
        let lines: Vec<(&str, &str)> = lines.collect();
        (Finder::from_lines(lines.into_iter()), loading)
    } else {
        let loaded =
            parley::cli::load(&[path], parley::cache::wanted(false)).expect("the corpus loads");
        let loading = started.elapsed();
        (Finder::sharing(std::sync::Arc::new(loaded.corpus)), loading)
    };
    println!(
        "{} statements; load {}, index {}",
        finder.len(),
        ms(loading),
        ms(started.elapsed() - loading)
    );
    let never = AtomicBool::new(false);
    let (mut complete, mut first_screens) = (Vec::new(), Vec::new());
    let cpu_before = cpu_time();
    for query in &queries {
        let mut previous: Option<Ranking> = None;
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let prefix = &query[..end];
            let started = Instant::now();
            let mut first_screen = None;
            let ranking = finder
                .rank_streaming(prefix, previous.as_ref(), &never, |top, _| {
                    if first_screen.is_none() && top.len() >= SCREEN {
                        first_screen = Some(started.elapsed());
                    }
                })
                .expect("not cancelled");
            let all = started.elapsed();
            let screen = first_screen.unwrap_or(all);
            println!(
                "  {prefix:<12} {:>8} matches  complete {:>9}  first screen {:>9}",
                ranking.len(),
                ms(all),
                ms(screen)
            );
            complete.push(all);
            first_screens.push(screen);
            previous = Some(ranking);
        }
    }
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average after typing: {}", load.trim());
    let keystrokes = complete.len() as u32;
    let cpu = (cpu_time() - cpu_before) / keystrokes;
    println!(
        "median per keystroke: complete ranking {}, first screenful {}; CPU per keystroke, mean: {}",
        ms(median(complete)),
        ms(median(first_screens)),
        ms(cpu)
    );
    let lines: Vec<String> = (0..finder.len())
        .map(|i| format!("{}: {}", finder.speaker(i), finder.quote(i)))
        .collect();
    for query in &queries {
        let started = Instant::now();
        let matcher = SkimMatcherV2::default();
        let mut ranked: Vec<(i64, usize)> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, line)| matcher.fuzzy_match(line, query).map(|s| (-s, i)))
            .collect();
        ranked.sort_unstable();
        let reference = started.elapsed();
        let started = Instant::now();
        let ours = finder.rank(query, None);
        let elapsed = started.elapsed();
        println!(
            "full query {query:?} from scratch: finder {} vs fuzzy-matcher on one thread {} (ratio {:.2})",
            ms(elapsed),
            ms(reference),
            elapsed.as_secs_f64() / reference.as_secs_f64()
        );
        assert_eq!(ours.len(), ranked.len());
    }
}
