//! Linking every quote of a corpus across its reports, in process: the step loading
//! runs once every report is read. `cargo run --release --example bench_links -- DIR`
//! loads the folder (which links its quotes as part of loading), then links them again
//! on their own three times and prints the median, with how many links and sets there
//! are. A corpus to measure on: `gen_corpus --reports 1000 --statements 100000
//! --reprints 10 --out DIR` (DIR/reports is the folder). When the folder's parent holds
//! gen_corpus's `reprints.txt`, it also counts the reprints linked to the quote they
//! reprint.

use std::time::Instant;

use parley::model::quote_links::link_quotes;
use parley::model::StatementId;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: bench_links DIR (a folder of reports)");
        std::process::exit(2);
    };
    let truth = std::path::Path::new(&dir)
        .parent()
        .map(|parent| parent.join("reprints.txt"))
        .and_then(|path| std::fs::read_to_string(path).ok());
    let started = Instant::now();
    let loaded = parley::corpus::load(&[dir.into()]).expect("the folder loads");
    let load = started.elapsed().as_secs_f64();
    let corpus = &loaded.corpus;
    let mut times = Vec::new();
    let mut links = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        links = link_quotes(corpus.reports(), corpus.speakers(), corpus.statements());
        times.push(started.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let linked = (0..corpus.statements().len())
        .filter(|&i| corpus.linked_at(i).next().is_some())
        .count();
    println!(
        "{} reports, {} statements: linking {:.2} s (median of 3), {} links found; {} statements linked to another report; whole load {:.2} s",
        corpus.reports().len(),
        corpus.statements().len(),
        times[1],
        links.len(),
        linked,
        load
    );
    if let Some(truth) = truth {
        let (mut found, mut all) = (0, 0);
        for line in truth.lines() {
            let Some((reprint, original)) = line.split_once(' ') else {
                continue;
            };
            all += 1;
            let original = StatementId::new(original);
            let at = corpus.statement_index(&StatementId::new(reprint));
            if at.is_some_and(|at| corpus.linked_at(at).any(|s| s.id == original)) {
                found += 1;
            }
        }
        println!("{found} of {all} reprints linked to the quote they reprint");
    }
}
