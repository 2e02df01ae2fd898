//! The steps of loading that look across reports, run once every report is read and
//! checked, before the corpus is indexed: quotes linked (the same quote in several
//! reports becomes one set of statements through `same_as`). Events told by several
//! reports are made one just before, in `events_link`.

use crate::model::quote_links::link_quotes;
use crate::model::{Report, Speaker, Statement};

/// Every step across reports, in order.
pub(super) fn run(reports: &[Report], speakers: &[Speaker], statements: &mut [Statement]) {
    link_same_quotes(reports, speakers, statements);
}

/// Adds a `same_as` link for each pair of statements that quote the same words, beside
/// the links annotations give.
fn link_same_quotes(reports: &[Report], speakers: &[Speaker], statements: &mut [Statement]) {
    let links = link_quotes(reports, speakers, statements);
    let mut added: Vec<Vec<usize>> = vec![Vec::new(); statements.len()];
    for (a, b, _) in links {
        added[a].push(b);
    }
    for (a, others) in added.into_iter().enumerate() {
        if others.is_empty() {
            continue;
        }
        let mut same_as = std::mem::take(&mut statements[a].same_as).into_vec();
        for b in others {
            let id = statements[b].id.clone();
            if !same_as.contains(&id) {
                same_as.push(id);
            }
        }
        statements[a].same_as = same_as.into_boxed_slice();
    }
}
