//! The quote finder's state, and the matching that feeds it: on a worker thread in the
//! real program, so typing never waits, or inline for headless tests.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

use crate::model::Corpus;
use crate::search::{Finder, Hit};

/// At most this many results are kept for display.
pub const MAX_RESULTS: usize = 500;

/// The worker matches this many statements between looks at its inbox, sending the
/// best results so far after each slice.
const SLICE: usize = 20_000;

/// Results for one query: complete, or the best so far.
type Answer = (u64, Vec<Hit>, bool);

#[derive(Debug, Clone, Default)]
pub struct FinderState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// The generation of the newest query, of the results shown, and of the last
    /// complete results.
    pub asked: u64,
    pub shown: u64,
    pub answered: u64,
}

impl FinderState {
    pub fn waiting(&self) -> bool {
        self.answered < self.asked
    }
}

/// Where queries are matched.
pub enum Matcher {
    Inline(Box<Finder>),
    Worker {
        queries: Sender<(u64, String)>,
        results: Receiver<Answer>,
    },
}

impl Matcher {
    pub fn inline(corpus: &Corpus) -> Self {
        Matcher::Inline(Box::new(Finder::new(corpus)))
    }

    /// A thread that builds the index and matches the newest query it has in slices,
    /// sending the best results so far after each; a newer query stops an older one.
    /// It ends when the app drops its side of the channel.
    pub fn worker(corpus: Arc<Corpus>) -> Self {
        let (queries, inbox) = mpsc::channel::<(u64, String)>();
        let (outbox, results) = mpsc::channel::<Answer>();
        thread::spawn(move || {
            let finder = Finder::new(&corpus);
            let mut next = inbox.recv().ok();
            while let Some((generation, query)) = next.take() {
                let mut best: Vec<Hit> = Vec::new();
                let mut start = 0;
                loop {
                    if let Some(newer) = inbox.try_iter().last() {
                        next = Some(newer);
                        break;
                    }
                    let end = (start + SLICE).min(finder.len());
                    best.extend(finder.search_in(&query, start..end));
                    best.sort_by(|a, b| b.score.cmp(&a.score).then(a.statement.cmp(&b.statement)));
                    best.truncate(MAX_RESULTS);
                    let done = end == finder.len();
                    if outbox.send((generation, best.clone(), done)).is_err() {
                        return;
                    }
                    if done {
                        break;
                    }
                    start = end;
                }
                if next.is_none() {
                    next = inbox.recv().ok();
                }
            }
        });
        Matcher::Worker { queries, results }
    }

    /// Asks for the query of `state`; inline matching answers at once.
    pub fn ask(&self, state: &mut FinderState) {
        state.asked += 1;
        match self {
            Matcher::Inline(finder) => {
                let mut hits = finder.search(&state.query);
                hits.truncate(MAX_RESULTS);
                answer(state, state.asked, hits, true);
            }
            Matcher::Worker { queries, .. } => {
                // A dead worker leaves the old results up rather than crashing the UI.
                let _ = queries.send((state.asked, state.query.clone()));
            }
        }
    }

    /// Takes in any results that arrived; true if the state changed.
    pub fn poll(&self, state: &mut FinderState) -> bool {
        let Matcher::Worker { results, .. } = self else {
            return false;
        };
        let mut changed = false;
        while let Ok((generation, hits, done)) = results.try_recv() {
            if generation == state.asked {
                answer(state, generation, hits, done);
                changed = true;
            }
        }
        changed
    }
}

fn answer(state: &mut FinderState, generation: u64, hits: Vec<Hit>, done: bool) {
    // More results for the same query keep the selection; a new query starts at the top.
    state.selected = if state.shown == generation {
        state.selected.min(hits.len().saturating_sub(1))
    } else {
        0
    };
    state.hits = hits;
    state.shown = generation;
    if done {
        state.answered = generation;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn the_worker_answers_the_newest_query_and_drops_stale_ones() {
        let matcher = Matcher::worker(Arc::new(crate::corpus::bundled().corpus));
        let mut state = FinderState {
            query: "big".into(),
            ..FinderState::default()
        };
        matcher.ask(&mut state);
        state.query = "next moscow".into();
        matcher.ask(&mut state);
        assert!(state.waiting());
        // A guard against hanging, not a speed requirement.
        let deadline = Instant::now() + Duration::from_secs(30);
        while state.waiting() {
            assert!(Instant::now() < deadline, "the worker never answered");
            matcher.poll(&mut state);
            thread::sleep(Duration::from_millis(2));
        }
        assert_eq!(state.answered, 2);
        assert_eq!(
            state.hits.len(),
            1,
            "only the newest query's results are shown"
        );
    }

    #[test]
    fn matching_in_slices_ranks_as_matching_at_once() {
        let corpus = crate::corpus::bundled().corpus;
        let finder = Finder::new(&corpus);
        for query in ["", "progress", "no dl til", "zzzz"] {
            let mut merged: Vec<Hit> = (0..finder.len())
                .step_by(7)
                .flat_map(|start| finder.search_in(query, start..start + 7))
                .collect();
            merged.sort_by(|a, b| b.score.cmp(&a.score).then(a.statement.cmp(&b.statement)));
            assert_eq!(merged, finder.search(query), "{query:?}");
        }
    }
}
