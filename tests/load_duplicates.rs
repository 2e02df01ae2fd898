//! Two report files with the same stem in different folders: the second is refused
//! by id, with a message naming the file.

use parley::corpus::{from_sources, Source};

fn source(file: &str) -> Source {
    Source {
        report_file: file.to_owned(),
        report: b"title: T\n\nSome body text.".to_vec(),
        annotation: None,
    }
}

#[test]
fn a_second_report_with_the_same_id_is_refused() {
    let loaded = from_sources(vec![
        source("a/r.txt"),
        source("b/r.txt"),
        source("c/s.txt"),
    ]);
    assert_eq!(loaded.corpus.reports().len(), 2);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("b/r.txt") && m.contains("already has the id")),
        "{messages:?}"
    );
}

fn annotated(file: &str, speaker: &str) -> Source {
    let stem = file.trim_end_matches(".txt");
    let annotation = format!(
        r#"{{"speakers": [{{"id": "officials", "kind": "unnamed", "name": "{speaker}"}}],
            "statements": []}}"#
    );
    Source {
        report_file: file.to_owned(),
        report: b"title: T\n\nSome body text.".to_vec(),
        annotation: Some((format!("{stem}.json"), annotation.into_bytes())),
    }
}

/// Ingest names a speaker as the report prints it, so two reports may declare one id
/// with "officials" and "Officials" (a sentence's first word), or with a straight and
/// a curly apostrophe, "U.N." and "UN", or with a possessive and without: one name,
/// nothing a user could fix, so no warning. A name that
/// really differs is still told.
#[test]
fn one_speaker_named_in_two_cases_or_apostrophes_is_no_warning() {
    let loaded = from_sources(vec![
        annotated("a.txt", "officials"),
        annotated("b.txt", "Officials"),
        annotated("c.txt", "OFFICIALS"),
    ]);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");
    assert_eq!(loaded.corpus.speakers().len(), 1);

    let loaded = from_sources(vec![
        annotated("d.txt", "officials\u{2019} aides"),
        annotated("e.txt", "Officials' aides"),
    ]);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");

    let loaded = from_sources(vec![
        annotated("g.txt", "U.N. officials"),
        annotated("h.txt", "UN officials"),
    ]);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");

    // A possessive written or not: "Sanders’ campaign" is the "Sanders campaign".
    let loaded = from_sources(vec![
        annotated("i.txt", "Sanders campaign"),
        annotated("j.txt", "Sanders\u{2019} campaign"),
        annotated("k.txt", "Sanders's campaign"),
    ]);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(messages.is_empty(), "{messages:?}");

    let loaded = from_sources(vec![
        annotated("a.txt", "officials"),
        annotated("f.txt", "state officials"),
    ]);
    let messages: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("f.json") && m.contains("is kept as an alias")),
        "{messages:?}"
    );
}
