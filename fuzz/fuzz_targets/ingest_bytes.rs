//! Any bytes as a report: `parley ingest` on them, and the loader on a folder holding
//! them alone (which ingests a report without an annotation). Nothing may panic, and
//! what ingest writes must load back without an error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parley_fuzz::{ingest_and_load, load_alone};

fuzz_target!(|data: &[u8]| {
    load_alone(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let (body_start, published) = parley::corpus::split_report(text);
        ingest_and_load(&text[body_start..], published);
    }
});
