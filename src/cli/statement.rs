//! The one shape a statement takes in every command's output: an object for JSON
//! (`statements`, `find`), flat cells for CSV and Markdown (`export`), all read from
//! [`StatementView`]; and the rows of text tables.

use serde::Serialize;
use std::borrow::Cow;

use crate::model::conflicts::differing_words;
use crate::model::quote_links::{link_kind, LinkKind};
use crate::model::{
    Citation, Corpus, EventId, ReportId, Span, SpeakerId, Statement, StatementId, StatementKind,
};
use crate::text::{in_source_marks, quoted};

/// A statement with its words and its source, as every output shows it.
#[derive(Debug, Serialize)]
pub struct StatementView<'c> {
    pub id: &'c StatementId,
    pub report: &'c ReportId,
    /// The day the report was published, `2025-08-16`.
    pub date: Option<String>,
    /// The time of day it was published, `14:30`, when the report gives it.
    pub time: Option<String>,
    /// The report's publisher, when it names one.
    pub outlet: Option<&'c str>,
    pub speaker: &'c SpeakerId,
    pub speaker_name: &'c str,
    pub kind: StatementKind,
    /// The words said: the content less an attribution set inside it (`Corpus::said`).
    pub text: Cow<'c, str>,
    pub content: SpanView<'c>,
    pub cue: Option<SpanView<'c>>,
    pub speaker_mention: Option<SpanView<'c>>,
    pub event: Option<&'c EventId>,
    pub same_as: Vec<&'c StatementId>,
    /// How many other reports carry the quote (its `same_as` set), and which report of
    /// them all published it first.
    pub also_in: usize,
    pub first_published: Option<FirstPublished<'c>>,
    /// Each statement of `same_as`, how it is the same quote, and for a reworded one
    /// the words each has that the other lacks.
    pub links: Vec<LinkView<'c>>,
    pub report_title: &'c str,
    pub url: Option<&'c str>,
}

/// The report that published a quote first.
#[derive(Debug, Serialize)]
pub struct FirstPublished<'c> {
    pub report: &'c ReportId,
    pub date: Option<String>,
    pub outlet: Option<&'c str>,
}

/// Another report's statement of the same quote.
#[derive(Debug, Serialize)]
pub struct LinkView<'c> {
    pub id: &'c StatementId,
    pub report: &'c ReportId,
    /// `word_for_word`, `fragment` (one is part of the other), `reworded`, or
    /// `reported` (quoted in one report, told without quotation marks in the other).
    pub kind: LinkKind,
    /// Words of this statement the other lacks, and of the other this one lacks, in
    /// order: the word-level difference of a reworded quote (empty otherwise).
    pub only_here: Vec<&'c str>,
    pub only_there: Vec<&'c str>,
}

impl<'c> LinkView<'c> {
    fn new(corpus: &'c Corpus, this: &'c Statement, other: &'c Statement) -> Self {
        let (a, b) = (
            corpus.text(&this.report, &this.content),
            corpus.text(&other.report, &other.content),
        );
        let kind = link_kind(a, b, this.kind, other.kind);
        let (only_here, only_there) = if kind == LinkKind::Reworded {
            let (here, there) = differing_words(a, b);
            (
                here.into_iter().map(|r| &a[r]).collect(),
                there.into_iter().map(|r| &b[r]).collect(),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        LinkView {
            id: &other.id,
            report: &other.report,
            kind,
            only_here,
            only_there,
        }
    }
}

/// A span of a statement: where it is (in the statement's report) and its words.
#[derive(Debug, Serialize)]
pub struct SpanView<'c> {
    pub report: &'c ReportId,
    pub start: usize,
    pub end: usize,
    pub text: &'c str,
}

impl<'c> StatementView<'c> {
    pub fn new(corpus: &'c Corpus, s: &'c Statement) -> Self {
        Self::with_links(corpus, s, true)
    }

    /// The view without its `links`, for formats that show none: each link holds the
    /// words two copies of a quote differ by, and a quote's copies link to one another.
    pub fn without_links(corpus: &'c Corpus, s: &'c Statement) -> Self {
        Self::with_links(corpus, s, false)
    }

    fn with_links(corpus: &'c Corpus, s: &'c Statement, linked: bool) -> Self {
        let span = |span: &Span| SpanView {
            report: &s.report,
            start: span.start(),
            end: span.end(),
            text: corpus.text(&s.report, span),
        };
        let provenance = corpus
            .statement_index(&s.id)
            .and_then(|i| corpus.provenance(i));
        let Citation {
            speaker,
            title,
            outlet,
            published,
            url,
        } = corpus.citation(s);
        StatementView {
            id: &s.id,
            report: &s.report,
            date: published.map(|p| p.date.format("%Y-%m-%d").to_string()),
            time: published
                .and_then(|p| p.time)
                .map(|t| t.format("%H:%M").to_string()),
            outlet,
            speaker: &s.speaker,
            speaker_name: speaker,
            kind: s.kind,
            text: corpus.said(s),
            content: span(&s.content),
            cue: s.cue.as_ref().map(span),
            speaker_mention: s.speaker_mention.as_ref().map(span),
            event: s.event.as_ref(),
            same_as: corpus.linked(&s.id).map(|l| &l.id).collect(),
            links: (corpus.linked(&s.id))
                .filter(|_| linked)
                .map(|other| LinkView::new(corpus, s, other))
                .collect(),
            also_in: provenance.as_ref().map_or(0, |p| p.also_in.len()),
            first_published: provenance.and_then(|p| p.first).map(|r| FirstPublished {
                report: &r.id,
                date: r.published.map(|p| p.date.format("%Y-%m-%d").to_string()),
                outlet: r.publisher.as_deref(),
            }),
            report_title: title,
            url,
        }
    }

    /// The flat cells of [`COLUMNS`], for formats that hold no nesting.
    pub fn cells(&self) -> [Cow<'c, str>; COLUMNS.len()] {
        let text = |value: Option<&'c str>| Cow::Borrowed(value.unwrap_or_default());
        let owned = |value: &Option<String>| Cow::Owned(value.clone().unwrap_or_default());
        [
            Cow::Borrowed(self.id.as_str()),
            Cow::Borrowed(self.speaker_name),
            Cow::Borrowed(self.speaker.as_str()),
            Cow::Borrowed(self.kind.label()),
            self.text.clone(),
            Cow::Borrowed(self.report.as_str()),
            Cow::Borrowed(self.report_title),
            text(self.outlet),
            owned(&self.date),
            owned(&self.time),
            text(self.url),
            text(self.event.map(EventId::as_str)),
        ]
    }
}

/// The columns of [`StatementView::cells`]: the names of its fields.
pub const COLUMNS: [&str; 12] = [
    "id",
    "speaker_name",
    "speaker",
    "kind",
    "text",
    "report",
    "report_title",
    "outlet",
    "date",
    "time",
    "url",
    "event",
];

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

/// The header of the table [`placed_row`] fills.
pub const PLACED_HEADER: [&str; 8] = [
    "ID",
    "DATE",
    "OUTLET",
    "SPEAKER",
    "CUE",
    "KIND",
    "ALSO IN",
    "STATEMENT",
];

/// A statement as a row of a text table of statements from many reports: with the date
/// its report was published and its outlet (the report's id when it names none), its
/// cue as the report words it ("never said" is not "said"; "-" when it has none), in
/// the quotation marks of its source.
pub fn placed_row(corpus: &Corpus, s: &Statement) -> Vec<String> {
    // Not a whole `StatementView`: its links to the same quote elsewhere, each with the
    // words it differs by, grow with the square of a quote's copies, and a row shows
    // only their count.
    let Citation {
        speaker,
        outlet,
        published,
        ..
    } = corpus.citation(s);
    let cue = s
        .cue
        .as_ref()
        .map(|cue| corpus.text(&s.report, cue).trim())
        .filter(|cue| !cue.is_empty());
    vec![
        s.id.to_string(),
        published.map_or_else(|| "-".to_owned(), |p| p.date.format("%Y-%m-%d").to_string()),
        outlet.unwrap_or(s.report.as_str()).to_owned(),
        speaker.to_owned(),
        cue.unwrap_or("-").to_owned(),
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
    fn json_cells_and_rows_show_the_same_statement() {
        let corpus = crate::corpus::bundled().corpus;
        let s = &corpus.statements()[0];
        let view = StatementView::new(&corpus, s);
        let value = serde_json::to_value(&view).unwrap();
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
        // Every flat column is the JSON field of the same name.
        for (column, cell) in COLUMNS.iter().zip(view.cells()) {
            let field = &value[column];
            let expected = field.as_str().unwrap_or_default();
            assert_eq!(cell, expected, "{column}");
        }
        assert_eq!(value["date"], "2025-08-16");
        assert_eq!(value["time"], serde_json::Value::Null);
    }
}
