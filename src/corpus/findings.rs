//! The corpus takes what ingest found in a report as model values, checked here in
//! memory as an annotation file's items are when parsed: ids declared once, spans
//! within the body. Speakers wait for `identify`, once every report is read, to be
//! given the corpus's ids by their names.

use super::identity;
use super::prepare::Ingested;
use super::{shared, Builder, Origin, Place, Problem};
use crate::model::id_hash::{IdMap, IdSet};
use crate::model::{Report, ReportId, Span, Speaker, SpeakerId};

impl Builder {
    /// Adds what ingest found in `report`.
    pub(super) fn add_findings(&mut self, ingested: Ingested, report: &Report) {
        let Ingested {
            file,
            findings,
            mut problems,
        } = ingested;
        self.problems.append(&mut problems);
        self.files.push(file);
        // Its events may be linked to other reports' (`events_link`).
        self.ingested_files.push(true);
        let body = report.body.as_str();
        let mut declared = IdSet::default();
        let mut speakers = Vec::with_capacity(findings.speakers.len());
        for (i, speaker) in findings.speakers.into_iter().enumerate() {
            if declared.insert(speaker.id.clone()) {
                speakers.push(speaker);
            } else {
                let message = format!(
                    "{:?} is given to two speakers of the report",
                    speaker.id.as_str()
                );
                self.error_at(self.place("speakers", 0, i), "id", message);
            }
        }
        self.ingested.push((report.id.clone(), speakers));
        for (i, mut event) in findings.events.into_iter().enumerate() {
            let place = self.place("events", 0, i);
            let mentions = std::mem::take(&mut event.mentions);
            for (m, mention) in mentions.into_iter().enumerate() {
                if self.holds(body, &mention.span, place, &format!("mentions[{m}]")) {
                    event.mentions.push(mention);
                }
            }
            self.merge_event(event, place);
        }
        for (i, mut statement) in findings.statements.into_iter().enumerate() {
            let place = self.place("statements", 0, i);
            if !self.statement_ids.insert(statement.id.clone()) {
                let message = format!(
                    "statement id {:?} is used twice (ids must be unique across the corpus)",
                    statement.id.as_str()
                );
                self.error_at(place, "id", message);
                continue;
            }
            if !self.holds(body, &statement.content, place, "content") {
                continue;
            }
            if let Some(span) = statement.speaker_mention {
                statement.speaker_mention =
                    Some(span).filter(|s| self.holds(body, s, place, "speaker_mention"));
            }
            if let Some(span) = statement.cue {
                statement.cue = Some(span).filter(|s| self.holds(body, s, place, "cue"));
            }
            statement.report = report.id.clone();
            // References are checked once every report is read (`finish`): the
            // speaker's id is the report's own until `identify`.
            statement.event =
                (statement.event).map(|e| shared(&self.event_at, e).unwrap_or_else(|id| id));
            self.statements.push(statement);
            self.statement_places.push(place);
        }
    }

    /// Whether `span` lies within `body` on character boundaries; an error if not.
    fn holds(&mut self, body: &str, span: &Span, place: Place, field: &str) -> bool {
        if Span::of(body, span.range()).as_ref() == Some(span) {
            return true;
        }
        let message = format!(
            "the span {}..{} is not within the body ({} bytes) on character boundaries",
            span.start(),
            span.end(),
            body.len()
        );
        self.error_at(place, field, message);
        false
    }

    fn error_at(&mut self, place: Place, field: &str, message: String) {
        let problem: Problem = Origin::error(&self.origin(place), field, message);
        self.problems.push(problem);
    }

    /// Gives the speakers of ingested reports the corpus's ids: one speaker for one
    /// name across reports (`identity`), and their statements the ids given.
    pub(super) fn identify(&mut self) {
        if self.ingested.is_empty() {
            return;
        }
        let ingested = std::mem::take(&mut self.ingested);
        let groups: Vec<Vec<Speaker>> = ingested.iter().map(|(_, s)| s.clone()).collect();
        let found = identity::identify(&self.speakers, &groups);
        for (at, alias) in found.aliases {
            self.speakers[at].aliases.push(alias);
        }
        for speaker in found.speakers {
            self.speaker_at
                .insert(speaker.id.clone(), self.speakers.len());
            self.speakers.push(speaker);
        }
        let mut given: IdMap<ReportId, IdMap<SpeakerId, SpeakerId>> = IdMap::default();
        for ((report, speakers), ids) in ingested.into_iter().zip(found.ids) {
            let own = speakers.into_iter().map(|s| s.id);
            let ids =
                (ids.into_iter()).map(|id| shared(&self.speaker_at, id).unwrap_or_else(|id| id));
            given.insert(report, own.zip(ids).collect());
        }
        for statement in &mut self.statements {
            if let Some(id) = given
                .get(&statement.report)
                .and_then(|ids| ids.get(&statement.speaker))
            {
                statement.speaker = id.clone();
            }
        }
    }
}
