//! What the fuzz targets share: loading a report as a folder would, and checking that
//! the corpus that comes out holds together.

use chrono::NaiveDate;
use parley::corpus::{from_sources, Source};
use parley::model::Corpus;

/// Loads `report` as the only file of a folder (ingested, having no annotation).
pub fn load_alone(report: &[u8]) {
    let loaded = from_sources(vec![Source {
        report_file: "r.txt".into(),
        report: report.to_vec(),
        annotation: None,
    }]);
    exercise(&loaded.corpus);
}

/// Ingests `body` and loads what ingest would write beside it: the loader must take
/// all of it, as `parley ingest` promises.
pub fn ingest_and_load(body: &str, published: Option<NaiveDate>) {
    let Ok(found) = parley::ingest::ingest(body, published) else {
        return;
    };
    let annotation = found.to_annotation(body, "r", published);
    let json = serde_json::to_vec(&annotation).expect("an annotation serialises");
    let loaded = from_sources(vec![Source {
        report_file: "r.txt".into(),
        report: body.as_bytes().to_vec(),
        annotation: Some(("r.json".into(), json)),
    }]);
    // A body that starts with a header of its own is not the body ingest saw.
    if parley::corpus::split_report(body).0 == 0 {
        let errors: Vec<String> = (loaded.errors())
            .filter(|p| p.file == "r.json")
            .map(ToString::to_string)
            .collect();
        assert!(
            errors.is_empty(),
            "ingest wrote what the loader rejects: {errors:#?}"
        );
    }
    exercise(&loaded.corpus);
}

/// Every span lies in its report, and the views the commands print can be computed.
pub fn exercise(corpus: &Corpus) {
    for statement in corpus.statements() {
        let report = corpus.report(&statement.report).expect("its report");
        for span in [
            Some(statement.content),
            statement.cue,
            statement.speaker_mention,
        ]
        .into_iter()
        .flatten()
        {
            assert!(
                report.body.get(span.range()).is_some(),
                "a span outside its report"
            );
        }
        corpus.speaker(&statement.speaker).expect("its speaker");
    }
    for event in corpus.events() {
        let _ = corpus.human_time(event);
        for mention in &event.mentions {
            let body = &corpus.report(&mention.report).expect("its report").body;
            assert!(
                body.get(mention.span.range()).is_some(),
                "a mention outside"
            );
        }
    }
    let _ = corpus.timeline();
    if let [a, b, ..] = corpus.reports() {
        let _ = corpus.compare(&a.id, &b.id);
    }
    let finder = parley::search::Finder::new(corpus);
    let _ = finder.search_top("the said", 5);
}
