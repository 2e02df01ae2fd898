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
