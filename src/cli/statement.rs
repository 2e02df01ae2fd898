//! The one shape a statement takes in every command's output: a table row for text,
//! an object for JSON.

use serde_json::{json, Value};

use crate::model::{Corpus, Span, Statement};
use crate::text::{in_source_marks, quoted};

/// A statement as every JSON output shows it.
pub fn statement_json(corpus: &Corpus, s: &Statement) -> Value {
    let report = corpus.report(&s.report);
    let provenance = corpus
        .statement_index(&s.id)
        .and_then(|i| corpus.provenance(i));
    json!({
        "id": s.id,
        "report": s.report,
        "date": report.and_then(|r| r.published).map(|p| p.date.to_string()),
        "outlet": report.and_then(|r| r.publisher.as_deref()),
        "speaker": s.speaker,
        "speaker_name": corpus.speaker_name(&s.speaker),
        "kind": s.kind,
        "text": corpus.text(&s.report, &s.content),
        "content": span_json(corpus, s, &s.content),
        "cue": s.cue.as_ref().map(|span| span_json(corpus, s, span)),
        "speaker_mention": s.speaker_mention.as_ref().map(|span| span_json(corpus, s, span)),
        "event": s.event,
        "same_as": corpus.linked(&s.id).map(|l| &l.id).collect::<Vec<_>>(),
        "also_in": provenance.as_ref().map_or(0, |p| p.also_in.len()),
        "first_published": provenance.and_then(|p| p.first).map(|r| json!({
            "report": r.id,
            "date": r.published.map(|p| p.date.to_string()),
            "outlet": r.publisher,
        })),
    })
}

/// "also in 2 reports, first: Reuters 2025-08-16" for a statement other reports
/// carry; "" otherwise.
pub fn also_in(corpus: &Corpus, s: &Statement) -> String {
    let Some(provenance) = corpus
        .statement_index(&s.id)
        .and_then(|i| corpus.provenance(i))
    else {
        return String::new();
    };
    let n = provenance.also_in.len();
    let reports = if n == 1 { "report" } else { "reports" };
    match provenance.first {
        Some(first) => {
            let outlet = first.publisher.as_deref().unwrap_or(first.id.as_str());
            let date = first
                .published
                .map(|p| format!(" {}", p.date))
                .unwrap_or_default();
            format!("{n} {reports}, first: {outlet}{date}")
        }
        None => format!("{n} {reports}"),
    }
}

/// A span of a statement as the JSON output shows it: where it is (in the
/// statement's report) and the words it covers.
fn span_json(corpus: &Corpus, s: &Statement, span: &Span) -> Value {
    json!({
        "report": s.report,
        "start": span.start(),
        "end": span.end(),
        "text": corpus.text(&s.report, span),
    })
}

/// The header of the table [`placed_row`] fills.
pub const PLACED_HEADER: [&str; 7] = [
    "ID",
    "DATE",
    "OUTLET",
    "SPEAKER",
    "KIND",
    "ALSO IN",
    "STATEMENT",
];

/// A statement as a row of a text table of statements from many reports: with the date
/// its report was published and its outlet (the report's id when it names none), in
/// the quotation marks of its source.
pub fn placed_row(corpus: &Corpus, s: &Statement) -> Vec<String> {
    let report = corpus.report(&s.report);
    let date = report
        .and_then(|r| r.published)
        .map_or_else(|| "-".to_owned(), |p| p.date.to_string());
    let outlet = report
        .and_then(|r| r.publisher.clone())
        .unwrap_or_else(|| s.report.to_string());
    vec![
        s.id.to_string(),
        date,
        outlet,
        corpus.speaker_name(&s.speaker).to_owned(),
        s.kind.label().to_owned(),
        also_in(corpus, s),
        in_source_marks(corpus, s),
    ]
}

/// A statement as a row of a text table of one report's statements.
pub fn statement_row(corpus: &Corpus, s: &Statement) -> Vec<String> {
    vec![
        s.id.to_string(),
        corpus.speaker_name(&s.speaker).to_owned(),
        s.kind.label().to_owned(),
        quoted(corpus, s),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_and_row_show_the_same_statement() {
        let corpus = crate::corpus::bundled().corpus;
        let s = &corpus.statements()[0];
        let value = statement_json(&corpus, s);
        let row = statement_row(&corpus, s);
        assert_eq!(value["id"], row[0]);
        assert_eq!(value["speaker_name"], row[1]);
        let placed = placed_row(&corpus, s);
        assert_eq!(value["date"], placed[1]);
        assert_eq!(
            (placed[0].as_str(), placed[3].as_str()),
            (row[0].as_str(), row[1].as_str())
        );
        // The bundled reports name no publisher: the report stands for the outlet.
        assert_eq!(value["outlet"], serde_json::Value::Null);
        assert_eq!(placed[2], s.report.as_str());
        let content = &value["content"];
        assert_eq!(content["text"], value["text"]);
        let (start, end) = (content["start"].as_u64(), content["end"].as_u64());
        assert_eq!(
            (start, end),
            (Some(s.content.start() as u64), Some(s.content.end() as u64))
        );
    }
}
