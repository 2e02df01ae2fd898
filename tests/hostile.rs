//! Hostile folders: reports, annotations, caches and file names made to hang parley,
//! exhaust its memory, write where it must not or reach the terminal as escape
//! sequences. Each must give a clear error naming the file, leave the rest of the
//! folder loading, return, and touch nothing it was not asked to write.

mod common;

use parley::corpus::{self, Source};
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

/// The least of three timings of loading `source`, which must re-anchor half its spans.
fn load_time(n: usize) -> Duration {
    (0..3)
        .map(|_| {
            let source = moved_spans(n);
            let start = Instant::now();
            let loaded = corpus::from_sources(vec![source]);
            let took = start.elapsed();
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
