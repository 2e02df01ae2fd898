//! The reports that ship with parley, compiled into the binary so that `parley` works
//! from any directory.

use super::{from_sources, Loaded, Source};

/// A bundled report: its file name stem, text and annotation.
pub struct BundledReport {
    pub name: &'static str,
    pub report: &'static str,
    pub annotation: &'static str,
}

macro_rules! bundled_reports {
    ($($name:literal),* $(,)?) => {
        &[$(BundledReport {
            name: $name,
            report: include_str!(concat!("../../assets/", $name, ".txt")),
            annotation: include_str!(concat!("../../assets/", $name, ".json")),
        }),*]
    };
}

/// Every report in `assets/` (a test checks that none is missing).
pub const BUNDLED: &[BundledReport] = bundled_reports!("summit", "aftermath");

/// The bundled corpus, checked like any other.
pub fn bundled() -> Loaded {
    from_sources(
        BUNDLED
            .iter()
            .map(|b| Source {
                report_file: format!("assets/{}.txt", b.name),
                report: b.report.as_bytes().to_vec(),
                annotation: Some((
                    format!("assets/{}.json", b.name),
                    b.annotation.as_bytes().to_vec(),
                )),
            })
            .collect(),
    )
}
