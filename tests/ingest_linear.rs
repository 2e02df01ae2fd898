//! Ingest takes time in proportion to its input, whatever the text repeats: for each
//! pathological text, ten times as much takes well under twenty-five times as long (the
//! ratio of two runs measured here, each the best of a few, so that the machine's load
//! cancels out; no fixed time is asserted). A pass that rescans what it found would take
//! a hundred times as long. The bound is not ten or twelve because the larger text's
//! work leaves the core's caches where the smaller one's partly does not: on "Bob said
//! his denial of her claim " repeated, valgrind counts 108M and 1,067M instructions for
//! the two sizes, ten times as many, yet the second takes 19 to 21 times as long on a
//! 2-core EPYC with a 1 MB L2 per core. What it finds grows in proportion too: contents
//! overlap at most a few deep, so that writing them out is linear as well.

use std::time::{Duration, Instant};

use parley::ingest::{ingest, Extraction};

/// Texts that once made a pass rescan what it had found for every new find, repeated.
const PATTERNS: &[&str] = &[
    // One paragraph, one sentence, a quotation a cue.
    "Bob said \"a\" ",
    "Bob said \"a b c d\" and ",
    // Quotations with no cue, one after another in one sentence.
    "\"a b c\" \"d e f\" ",
    // Cues with reported speech, in one sentence.
    "Bob said that Ann told Carl that ",
    "it was fine, according to Bob, ",
    "his denial of it and ",
    "Bob said his denial of her claim ",
    "\"a b c,\" said Bob, ",
    // Quotations split by their cue, sentence after sentence.
    "\"We hope,\" he said, \"that it works.\" ",
    // A quotation open over many paragraphs.
    "\"We hope that it works\n\n",
    // Single-quoted fragments inside reported speech.
    "He called it 'very good' and ",
    // Names and capitals without end.
    "Senator Bob Smith Ann Jones ",
    // Days in one long sentence, each asking whether it speaks of the future.
    "on Friday 15 August 2025 the summit met; ",
];

/// Every speaker new: a name from a counter, in letters, in each sentence `said` makes
/// of it.
fn new_speakers(bytes: usize, said: impl Fn(&str) -> String) -> String {
    let mut text = String::with_capacity(bytes + 64);
    let mut n = 0usize;
    while text.len() < bytes {
        let mut name = String::new();
        let mut k = n;
        loop {
            name.push(char::from(b'a' + (k % 26) as u8));
            k /= 26;
            if k == 0 {
                break;
            }
        }
        text.push_str(&said(&name));
        n += 1;
    }
    text
}

/// The smaller text's size in bytes; the larger is ten times as long. Optimised, both
/// are larger than a core's cache, whose edge would otherwise count in the ratio; in a
/// debug build the work itself outweighs the memory's speed.
const SMALL: usize = if cfg!(debug_assertions) {
    60_000
} else {
    300_000
};

/// The time this thread has been on the CPU, where the system tells it, or else the
/// wall clock: other work on the machine then counts for less.
fn now() -> Duration {
    #[cfg(unix)]
    {
        let mut time = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `time` is a valid timespec for the call to write into.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut time) } == 0 {
            return Duration::new(time.tv_sec as u64, time.tv_nsec as u32);
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// How many times as long as the smaller text the ten times larger one may take.
const BOUND: f64 = 25.0;

/// The least time ingest took on `text` in `runs` runs, and what it found.
fn best_of(runs: usize, text: &str) -> (Duration, Extraction) {
    let mut best = (Duration::MAX, Extraction::default());
    for _ in 0..runs {
        let start = now();
        let found = ingest(text, None).expect("a text under 4 GiB");
        let took = now().saturating_sub(start);
        if took < best.0 {
            best = (took, found);
        }
    }
    best
}

/// The ratio of the time ingest takes on `large` to that on `small`, and whether what it
/// finds in `large` is in proportion to it. A ratio over the bound is measured again, up
/// to three times: a burst of other work on the machine passes, a square does not.
fn check(what: &str, small: &str, large: &str) {
    let mut ratios = Vec::new();
    for _ in 0..3 {
        // The first run of each warms the allocator up to the text's size.
        let (a, _) = best_of(3, small);
        let (b, found) = best_of(2, large);
        let ratio = b.as_secs_f64() / a.as_secs_f64().max(1e-6);
        println!("{what:?}: {a:?} then {b:?}, {ratio:.1} times");
        let content: usize = found.statements.iter().map(|s| s.content.len()).sum();
        assert!(
            content <= 3 * large.len(),
            "{what:?}: contents of {content} bytes in a text of {}",
            large.len()
        );
        ratios.push(ratio);
        if ratio < BOUND {
            return;
        }
    }
    panic!("{what:?}: ten times the text took {ratios:.1?} times as long");
}

#[test]
fn ten_times_the_text_takes_well_under_twenty_five_times_as_long() {
    for pattern in PATTERNS {
        let small = pattern.repeat(SMALL / pattern.len());
        let large = pattern.repeat(10 * SMALL / pattern.len());
        check(pattern, &small, &large);
    }
    let titled = |name: &str| format!("Senator Zed X{name} said the {name} leader was right. ");
    check(
        "new speakers",
        &new_speakers(SMALL, titled),
        &new_speakers(10 * SMALL, titled),
    );
    // Each quoted by surname, then by a pronoun: the sex no mention told is asked of
    // the text's names for the surname.
    let pronoun = |name: &str| format!("X{name} said \"a.\" \"b,\" he said. ");
    check(
        "new speakers, then he",
        &new_speakers(SMALL, pronoun),
        &new_speakers(10 * SMALL, pronoun),
    );
}
