//! A text with an arbitrary publication date, from the first to the last day chrono
//! knows, and the edges of that range most often: in the header (as the loader reads
//! it) and given to ingest directly (as `--published` does).
#![no_main]

use chrono::{Days, NaiveDate};
use libfuzzer_sys::fuzz_target;
use parley_fuzz::{ingest_and_load, load_alone};

fuzz_target!(|data: &[u8]| {
    let Some((choice, text)) = data.split_first_chunk::<4>() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return;
    };
    let date = date(u32::from_le_bytes(*choice));
    ingest_and_load(text, Some(date));
    let report = format!("title: T\npublished: {date}\n\n{text}");
    load_alone(report.as_bytes());
});

/// A quarter of the choices near the first day, a quarter near the last, and the rest
/// anywhere in between.
fn date(choice: u32) -> NaiveDate {
    let near = Days::new(u64::from(choice >> 2) % 400);
    match choice & 3 {
        0 => NaiveDate::MIN + near,
        1 => NaiveDate::MAX - near,
        _ => {
            let span = (NaiveDate::MAX - NaiveDate::MIN).num_days() as u64;
            NaiveDate::MIN + Days::new(u64::from(choice >> 2) * 97 % span)
        }
    }
}
