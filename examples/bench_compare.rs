//! Compare's speed: two reports aligned claim by claim, their conflicts found, in
//! process (the corpus loaded and its word rarity counted first, as the browser has
//! them by the time Compare opens). `cargo run --release --example bench_compare`
//! measures the bundled pair and two long reports made of the bundled bodies (each
//! repeated six times, about 3,500 and 3,000 words); `BENCH_DIR=DIR` also measures
//! the two longest reports of a folder. Prints the median of 21 runs of each.

use std::time::Instant;

use parley::corpus::{from_sources, Source};
use parley::model::{Corpus, ReportId};

const RUNS: usize = 21;

fn median_ms(corpus: &Corpus, left: &ReportId, right: &ReportId) -> (f64, usize) {
    let mut times = Vec::with_capacity(RUNS);
    let mut rows = 0;
    for _ in 0..RUNS {
        let started = Instant::now();
        let c = corpus
            .compare(left, right)
            .expect("both reports are in the corpus");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
        rows = c.claims.len();
    }
    times.sort_by(f64::total_cmp);
    (times[RUNS / 2], rows)
}

fn words(corpus: &Corpus, id: &ReportId) -> usize {
    corpus
        .report(id)
        .map_or(0, |r| r.body.split_whitespace().count())
}

fn measure(label: &str, corpus: &Corpus, left: &ReportId, right: &ReportId) {
    let started = Instant::now();
    corpus.rarity();
    let rarity = started.elapsed().as_secs_f64() * 1000.0;
    let (ms, rows) = median_ms(corpus, left, right);
    println!(
        "{label}: {} and {} words, {rows} rows: compare {ms:.2} ms (median of {RUNS}); the corpus's word rarity, counted once, {rarity:.1} ms",
        words(corpus, left),
        words(corpus, right),
    );
}

fn main() {
    let bundled = parley::corpus::bundled().corpus;
    measure(
        "bundled pair",
        &bundled,
        &"summit".into(),
        &"aftermath".into(),
    );

    let body = |text: &str| {
        let (start, _) = parley::corpus::split_report(text);
        text[start..].to_owned()
    };
    let summit = body(include_str!("../assets/summit.txt"));
    let aftermath = body(include_str!("../assets/aftermath.txt"));
    let long = |name: &str, body: &str| Source {
        report_file: format!("{name}.txt"),
        report: format!("published: 2025-08-17\n\n{}", body.repeat(6)).into_bytes(),
        annotation: None,
    };
    let loaded = from_sources(vec![long("left", &summit), long("right", &aftermath)]);
    measure("long pair", &loaded.corpus, &"left".into(), &"right".into());

    if let Some(dir) = std::env::var_os("BENCH_DIR") {
        let loaded = parley::corpus::load(&[dir.into()]).expect("BENCH_DIR loads");
        let corpus = &loaded.corpus;
        let mut by_length: Vec<&ReportId> = corpus.reports().iter().map(|r| &r.id).collect();
        by_length.sort_by_key(|id| std::cmp::Reverse(words(corpus, id)));
        if let [left, right, ..] = by_length[..] {
            measure("the two longest of BENCH_DIR", corpus, left, right);
        }
    }
}
