//! Statements as schema.org `Quotation`s in JSON-LD: each spoken by a `Person` or an
//! `Organization`, part of the `NewsArticle` that quotes it, dated by its publication.

use serde::Serialize;
use std::io;

use crate::cli::statement::StatementView;
use crate::model::{Corpus, SpeakerKind};

const CONTEXT: &str = "https://schema.org";

#[derive(Serialize)]
struct Graph<'c> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Quotation<'c>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Quotation<'c> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'c str,
    text: &'c str,
    spoken_by_character: Character<'c>,
    is_part_of: NewsArticle<'c>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    about: Option<Event<'c>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Character<'c> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'c str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    alternate_name: &'c [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    job_title: Option<&'c str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NewsArticle<'c> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'c str,
    headline: &'c str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'c str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Named<'c>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Named<'c>>,
}

#[derive(Serialize)]
struct Named<'c> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'c str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Event<'c> {
    #[serde(rename = "@type")]
    kind: &'static str,
    identifier: &'c str,
    name: &'c str,
    /// ISO 8601 at the precision known: `1867`, `2022-02`, `2025-08-15`.
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<String>,
}

pub fn write(corpus: &Corpus, views: &[StatementView], out: &mut Vec<u8>) -> io::Result<()> {
    let graph = Graph {
        context: CONTEXT,
        graph: views.iter().map(|v| quotation(corpus, v)).collect(),
    };
    crate::cli::json_out::to_writer_pretty(&mut *out, &graph)?;
    out.push(b'\n');
    Ok(())
}

fn quotation<'c>(corpus: &'c Corpus, v: &'c StatementView<'c>) -> Quotation<'c> {
    let speaker = corpus.speaker(v.speaker);
    let report = corpus.report(v.report);
    // ISO 8601 with the time where the report gives it.
    let published = report.and_then(|r| r.published).map(|p| p.iso());
    Quotation {
        kind: "Quotation",
        identifier: v.id.as_str(),
        text: &v.text,
        spoken_by_character: Character {
            kind: match speaker.map(|s| s.kind) {
                Some(SpeakerKind::Institution) => "Organization",
                _ => "Person",
            },
            name: v.speaker_name,
            alternate_name: speaker.map_or(&[], |s| &s.aliases[..]),
            job_title: speaker.and_then(|s| s.role.as_deref()),
        },
        is_part_of: NewsArticle {
            kind: "NewsArticle",
            identifier: v.report.as_str(),
            headline: v.report_title,
            url: v.url,
            date_published: published.clone(),
            publisher: v.outlet.map(|name| Named {
                kind: "Organization",
                name,
            }),
            author: report.and_then(|r| r.author.as_deref()).map(|name| Named {
                kind: "Person",
                name,
            }),
        },
        date_published: published,
        about: v.event.and_then(|id| corpus.event(id)).map(|e| Event {
            kind: "Event",
            identifier: e.id.as_str(),
            name: &e.title,
            start_date: e
                .time
                .as_ref()
                .and_then(|t| t.value.bounds().map(|_| start_date(&t.value))),
        }),
    }
}

/// The start of a calendar value as ISO 8601 at its own precision.
fn start_date(value: &crate::model::TimeValue) -> String {
    use crate::model::TimeValue;
    match value {
        TimeValue::Point(p) | TimeValue::Range(p, _) => p.to_string(),
        other => other.to_string(),
    }
}
