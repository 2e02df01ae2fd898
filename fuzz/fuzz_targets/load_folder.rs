//! A folder of one or two reports with their annotations, as bytes: report, 0xFF,
//! annotation, 0xFF, a second report, 0xFF, its annotation (0xFF never occurs in
//! UTF-8, so a seed is files joined by it). Loading must not panic, and the corpus it
//! gives must hold: every span inside its report, every reference resolved, and the
//! views the commands print computable.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parley::corpus::{from_sources, Source};

fuzz_target!(|data: &[u8]| {
    let mut files = data.split(|&b| b == 0xff);
    let mut sources = Vec::new();
    for name in ["a", "b"] {
        let Some(report) = files.next() else { break };
        let annotation = files.next().map(|a| (format!("{name}.json"), a.to_vec()));
        sources.push(Source {
            report_file: format!("{name}.txt"),
            report: report.to_vec(),
            annotation,
        });
    }
    let loaded = from_sources(sources);
    parley_fuzz::exercise(&loaded.corpus);
});
