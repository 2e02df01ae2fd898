//! The quote finder's state, and the matching that feeds it: on a worker thread in the
//! real program, so typing never waits, or inline for headless tests.

use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

use crate::model::Corpus;
use crate::search::{Finder, Hit};

/// At most this many results are kept for display.
pub const MAX_RESULTS: usize = 500;

#[derive(Debug, Clone, Default)]
pub struct FinderState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// The generation of the newest query, and of the results shown.
    pub asked: u64,
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
        results: Receiver<(u64, Vec<Hit>)>,
    },
}

impl Matcher {
    pub fn inline(corpus: &Corpus) -> Self {
        Matcher::Inline(Box::new(Finder::new(corpus)))
    }

    /// A thread that builds the index and answers the newest query it has, dropping
    /// older ones; it ends when the app drops its side of the channel.
    pub fn worker(corpus: Arc<Corpus>) -> Self {
        let (queries, inbox) = mpsc::channel::<(u64, String)>();
        let (outbox, results) = mpsc::channel();
        thread::spawn(move || {
            let finder = Finder::new(&corpus);
            while let Ok(mut newest) = inbox.recv() {
                while let Ok(newer) = inbox.try_recv() {
                    newest = newer;
                }
                let (generation, query) = newest;
                let mut hits = finder.search(&query);
                hits.truncate(MAX_RESULTS);
                if outbox.send((generation, hits)).is_err() {
                    break;
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
                answer(state, state.asked, hits);
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
        while let Ok((generation, hits)) = results.try_recv() {
            if generation == state.asked {
                answer(state, generation, hits);
                changed = true;
            }
        }
        changed
    }
}

fn answer(state: &mut FinderState, generation: u64, hits: Vec<Hit>) {
    state.hits = hits;
    state.answered = generation;
    state.selected = 0;
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
}
