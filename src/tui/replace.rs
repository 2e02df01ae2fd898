//! Taking in a corpus loaded again (the folder changed): what was selected, filtered
//! and read is found again by id in the new corpus, where it still is.

use std::sync::Arc;

use super::action::Pane;
use super::app::{App, Filter, Popup, Screen};
use super::compare::CompareState;
use super::reload::Reloaded;
use crate::corpus::Loaded;
use crate::model::{Corpus, EventId, ReportId, SpeakerId, StatementId};

/// What was selected, by id, to find again in a corpus loaded anew.
struct Kept {
    report: Option<ReportId>,
    event: Option<EventId>,
    speaker: Option<SpeakerId>,
    statement: Option<StatementId>,
    filter: Option<Named>,
    scope: Option<ReportId>,
    source: Option<ReportId>,
    compare: Option<(ReportId, ReportId)>,
    hits: Vec<StatementId>,
}

/// A filter by the id of what it names.
enum Named {
    Report(ReportId),
    Event(EventId),
    Speaker(SpeakerId),
}

impl App {
    /// Takes in a reload: the new corpus, or why there is none.
    pub(super) fn reloaded(&mut self, reloaded: Reloaded) {
        match reloaded {
            Reloaded::Corpus(loaded) => {
                let before = self.corpus.reports().len();
                self.replace_corpus(*loaded);
                let after = self.corpus.reports().len();
                self.message = Some(format!(
                    "the folder changed: {after} reports now ({} before)",
                    before
                ));
            }
            Reloaded::Failed(why) => {
                let why = crate::text::one_line(&why).into_owned();
                self.message = Some(format!("the folder changed but cannot be read: {why}"));
            }
        }
    }

    /// Browses `loaded` instead of the corpus open, keeping what was selected, filtered
    /// and read where the new corpus still has it.
    pub fn replace_corpus(&mut self, loaded: Loaded) {
        let kept = self.kept();
        let corpus = Arc::new(loaded.corpus);
        self.matcher = self.matcher.again(Arc::clone(&corpus));
        self.corpus = corpus;
        self.set_problems(loaded.problems, !loaded.cached);
        let corpus = Arc::clone(&self.corpus);
        let report = |id: &ReportId| corpus.report_index(id);
        self.filter = match &kept.filter {
            Some(Named::Report(id)) => report(id).map_or(Filter::All, Filter::Report),
            Some(Named::Event(id)) => event_index(&corpus, id).map_or(Filter::All, Filter::Event),
            Some(Named::Speaker(id)) => corpus
                .speaker_index(id)
                .map_or(Filter::All, Filter::Speaker),
            None => Filter::All,
        };
        self.scope = kept.scope.as_ref().and_then(report);
        for pane in Pane::ALL {
            self.refresh_pane(pane);
        }
        if let Some(r) = kept.report.as_ref().and_then(report) {
            self.reports.select_item(r);
        }
        if let Some(e) = kept.event.as_ref().and_then(|id| event_index(&corpus, id)) {
            self.events.select_item(e);
        }
        if let Some(p) = kept
            .speaker
            .as_ref()
            .and_then(|id| corpus.speaker_index(id))
        {
            self.speakers.select_item(p);
        }
        if let Some(s) = kept
            .statement
            .as_ref()
            .and_then(|id| corpus.statement_index(id))
        {
            self.statements.select_item(s);
        }
        self.highlighted = self.statements.current();
        self.mention = None;
        // The text read stays where it was: the same report, the same line.
        let rect = self.pane_rect(Pane::Source);
        match kept.source.as_ref().and_then(report) {
            Some(r) => {
                self.source.report = r;
                self.source.scroll_by(&corpus, 0, rect);
            }
            None => self.sync_source(),
        }
        if let Some(search) = &mut self.search {
            search.current = None;
        }
        self.compare = kept
            .compare
            .and_then(|(l, r)| Some(CompareState::new(&corpus, report(&l)?, report(&r)?)));
        if self.compare.is_none() {
            self.screen = Screen::Browse;
        }
        self.hits = kept
            .hits
            .iter()
            .filter_map(|id| corpus.statement_index(id))
            .collect();
        self.hit = self.hit.min(self.hits.len().saturating_sub(1));
        if let Some(Popup::Finder(state)) = &mut self.popup {
            self.matcher.ask(state);
        }
    }

    fn kept(&self) -> Kept {
        let corpus = &self.corpus;
        let report_id = |r: usize| corpus.reports().get(r).map(|r| r.id.clone());
        Kept {
            report: self.reports.current().and_then(report_id),
            event: self.events.current().map(|e| corpus.events()[e].id.clone()),
            speaker: self
                .speakers
                .current()
                .map(|p| corpus.speakers()[p].id.clone()),
            statement: self
                .statements
                .current()
                .map(|s| corpus.statements()[s].id.clone()),
            filter: match self.filter {
                Filter::All => None,
                Filter::Report(r) => report_id(r).map(Named::Report),
                Filter::Event(e) => Some(Named::Event(corpus.events()[e].id.clone())),
                Filter::Speaker(p) => Some(Named::Speaker(corpus.speakers()[p].id.clone())),
            },
            scope: self.scope.and_then(report_id),
            source: report_id(self.source.report),
            compare: self
                .compare
                .as_ref()
                .and_then(|c| Some((report_id(c.left.report)?, report_id(c.right.report)?))),
            hits: self
                .hits
                .iter()
                .map(|&s| corpus.statements()[s].id.clone())
                .collect(),
        }
    }
}

fn event_index(corpus: &Corpus, id: &EventId) -> Option<usize> {
    corpus.events().iter().position(|e| &e.id == id)
}
