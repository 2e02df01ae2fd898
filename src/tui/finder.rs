//! The quote finder's state, and the matching that feeds it: on a worker thread in the
//! real program, so typing never waits, or inline for headless tests.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

use super::line::LineEdit;
use crate::model::Corpus;
use crate::search::{Finder, Hit, Ranking, Scored};

/// At most this many results are kept for display.
pub const MAX_RESULTS: usize = 500;

/// Results for one query: the best so far, whether they are complete, and how many
/// statements match in all (once complete).
type Answer = (u64, Vec<Hit>, bool, usize);

#[derive(Debug, Clone, Default)]
pub struct FinderState {
    pub query: LineEdit,
    /// The best matches, at most [`MAX_RESULTS`].
    pub hits: Vec<Hit>,
    /// How many statements match in all, of which `hits` are the best.
    pub total: usize,
    pub selected: usize,
    /// Which earlier query is in the line, counting back from the newest (0), while
    /// Up and Down walk the history.
    pub recalled: Option<usize>,
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
    pub fn inline(corpus: Arc<Corpus>) -> Self {
        Matcher::Inline(Box::new(Finder::sharing(corpus)))
    }

    /// A thread that builds the index and ranks the newest query it has, streaming the
    /// best results so far as blocks of statements are scored; a newer query cancels an
    /// older one, and a query that extends the last complete one rescores only its
    /// matches. It ends when the app drops its side of the channel.
    pub fn worker(corpus: Arc<Corpus>) -> Self {
        let (queries, inbox) = mpsc::channel::<(u64, String)>();
        let (outbox, results) = mpsc::channel::<Answer>();
        thread::spawn(move || {
            let finder = Finder::sharing(corpus);
            let mut previous: Option<Ranking> = None;
            let mut next = inbox.recv().ok();
            while let Some((generation, query)) = next.take() {
                let cancel = AtomicBool::new(false);
                let mut disconnected = false;
                let ranking =
                    finder.rank_streaming(&query, previous.as_ref(), &cancel, |best, _| {
                        if let Some(newer) = inbox.try_iter().last() {
                            next = Some(newer);
                            cancel.store(true, Ordering::Relaxed);
                        } else if outbox
                            .send((generation, hits(&finder, &query, best), false, 0))
                            .is_err()
                        {
                            disconnected = true;
                            cancel.store(true, Ordering::Relaxed);
                        }
                    });
                if disconnected {
                    return;
                }
                if let Some(ranking) = ranking {
                    let best: Vec<Scored> = ranking.iter().take(MAX_RESULTS).collect();
                    let total = ranking.len();
                    if outbox
                        .send((generation, hits(&finder, &query, &best), true, total))
                        .is_err()
                    {
                        return;
                    }
                    previous = Some(ranking);
                }
                if next.is_none() {
                    next = inbox.recv().ok();
                }
            }
        });
        Matcher::Worker { queries, results }
    }

    /// A matcher of the same kind over another corpus (after a reload).
    pub fn again(&self, corpus: Arc<Corpus>) -> Self {
        match self {
            Matcher::Inline(_) => Matcher::inline(corpus),
            Matcher::Worker { .. } => Matcher::worker(corpus),
        }
    }

    /// Asks for the query of `state`; inline matching answers at once.
    pub fn ask(&self, state: &mut FinderState) {
        state.asked += 1;
        match self {
            Matcher::Inline(finder) => {
                let query = state.query.text().to_owned();
                let ranking = finder.rank(&query, None);
                let best: Vec<Scored> = ranking.iter().take(MAX_RESULTS).collect();
                let hits = hits(finder, &query, &best);
                answer(state, (state.asked, hits, true, ranking.len()));
            }
            Matcher::Worker { queries, .. } => {
                // A dead worker leaves the old results up rather than crashing the UI.
                let _ = queries.send((state.asked, state.query.text().to_owned()));
            }
        }
    }

    /// Takes in any results that arrived; true if the state changed.
    pub fn poll(&self, state: &mut FinderState) -> bool {
        let Matcher::Worker { results, .. } = self else {
            return false;
        };
        let mut changed = false;
        while let Ok(answered) = results.try_recv() {
            if answered.0 == state.asked {
                answer(state, answered);
                changed = true;
            }
        }
        changed
    }
}

/// Matched positions, worked out only for what is shown.
fn hits(finder: &Finder, query: &str, best: &[Scored]) -> Vec<Hit> {
    best.iter()
        .map(|s| finder.hit(s.statement, query))
        .collect()
}

fn answer(state: &mut FinderState, (generation, hits, done, total): Answer) {
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
        state.total = total;
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
    fn the_count_is_of_every_match_not_only_those_listed() {
        let corpus = Arc::new(crate::corpus::bundled().corpus);
        let everything = corpus.statements().len();
        let matcher = Matcher::inline(corpus);
        let mut state = FinderState::default();
        matcher.ask(&mut state);
        assert_eq!((state.total, state.hits.len()), (everything, everything));
        state.query = "e".into();
        matcher.ask(&mut state);
        assert!(state.total > 1 && state.total == state.hits.len());
    }

    #[test]
    fn the_worker_ranks_as_the_inline_matcher_does() {
        let corpus = Arc::new(crate::corpus::bundled().corpus);
        let (worker, inline) = (
            Matcher::worker(corpus.clone()),
            Matcher::inline(corpus.clone()),
        );
        // Growing queries exercise the reuse of the previous ranking.
        for query in ["", "p", "pr", "progress", "no dl til", "zzzz"] {
            let mut streamed = FinderState {
                query: query.into(),
                ..FinderState::default()
            };
            let mut at_once = streamed.clone();
            worker.ask(&mut streamed);
            inline.ask(&mut at_once);
            let deadline = Instant::now() + Duration::from_secs(30);
            while streamed.waiting() {
                assert!(Instant::now() < deadline, "the worker never answered");
                worker.poll(&mut streamed);
                thread::sleep(Duration::from_millis(2));
            }
            assert_eq!(streamed.hits, at_once.hits, "{query:?}");
            assert_eq!(streamed.total, at_once.total, "{query:?}");
        }
    }
}
