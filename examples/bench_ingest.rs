//! Ingest throughput: the bundled report bodies repeated to about 50 MB, ingested as
//! one text on one core. Run with `cargo run --release --example bench_ingest`.
//! `BENCH_MB=N` changes the size; `BENCH_DIR=FOLDER` repeats that folder's reports
//! rather than the bundled ones; `BENCH_EACH=1` ingests each report on its own rather
//! than all as one text; `BENCH_DIGEST=1` also prints a digest of everything
//! found, so that a change meant only for speed can be shown to leave the output alone.

use std::time::Instant;

use parley::corpus::split_report;
use parley::ingest::ingest;

const TARGET: usize = 50 * 1024 * 1024;

fn target() -> usize {
    std::env::var("BENCH_MB")
        .ok()
        .and_then(|m| m.parse::<usize>().ok())
        .map_or(TARGET, |m| m * 1024 * 1024)
}

fn main() {
    // `BENCH_DIR=FOLDER` repeats the reports of a folder (real news, say) instead.
    let texts: Vec<String> = match std::env::var_os("BENCH_DIR") {
        Some(dir) => {
            let mut files: Vec<_> = std::fs::read_dir(dir)
                .expect("BENCH_DIR is a folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            files
                .iter()
                .filter_map(|p| std::fs::read_to_string(p).ok())
                .collect()
        }
        None => vec![
            include_str!("../assets/summit.txt").to_owned(),
            include_str!("../assets/aftermath.txt").to_owned(),
        ],
    };
    let mut bodies = Vec::new();
    for text in &texts {
        let (start, _) = split_report(text);
        bodies.push(&text[start..]);
    }
    let mut big = String::with_capacity(TARGET + 10_000);
    while big.len() < target() {
        for body in &bodies {
            big.push_str(body);
            big.push('\n');
        }
    }
    let published = chrono::NaiveDate::from_ymd_opt(2025, 8, 17);
    // `BENCH_EACH=1` ingests each report body on its own, as `parley ingest` reads a
    // folder, rather than all of them as one text: the same bytes, in texts whose
    // every pass fits in the cache.
    let each = std::env::var_os("BENCH_EACH").is_some();
    let started = Instant::now();
    let cpu_before = cpu_seconds();
    let found = if each {
        let mut all = parley::ingest::Extraction::default();
        let mut ingested = 0;
        'repeat: loop {
            for body in &bodies {
                let found = ingest(body, published).expect("a report is far under 4 GiB");
                all.statements.extend(found.statements);
                all.speakers.extend(found.speakers);
                all.times.extend(found.times);
                all.events.extend(found.events);
                ingested += body.len() + 1;
                if ingested >= big.len() {
                    break 'repeat;
                }
            }
        }
        all
    } else {
        ingest(&big, published).expect("the bench text is far under 4 GiB")
    };
    let secs = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    let mb = big.len() as f64 / 1e6;
    println!(
        "ingested {mb:.1} MB in {secs:.2} s: {:.1} MB/s ({} statements, {} times, {} events)",
        mb / secs,
        found.statements.len(),
        found.times.len(),
        found.events.len()
    );
    // On a shared machine the wall clock counts the time others had the core; the time
    // this thread ran does not.
    if let Some(cpu) = cpu {
        println!(
            "on the CPU {cpu:.2} s: {:.1} MB/s",
            mb / cpu.max(f64::EPSILON)
        );
    }
    if std::env::var_os("BENCH_DIGEST").is_some() {
        println!("digest {}", digest(&format!("{found:?}")));
    }
}

/// The time this thread has run, where Linux tells it (`/proc/thread-self/schedstat`).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}

/// FNV-1a over the text: stable across runs and builds.
fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
