//! Where a quote comes from: the other reports that carry a statement (its linked set),
//! and the report that published it first, by publication date and time.

use super::{Corpus, Report};

/// The reports carrying a statement besides its own, and the first to publish it.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance<'c> {
    /// The other reports, each once, in corpus order (by publication).
    pub also_in: Vec<&'c Report>,
    /// The report that published the quote first, its own among them; `None` when no
    /// report of the set has a publication date.
    pub first: Option<&'c Report>,
}

impl Corpus {
    /// The provenance of the statement at `statement` (a position in
    /// [`Corpus::statements`]); `None` when no other report carries it.
    pub fn provenance(&self, statement: usize) -> Option<Provenance<'_>> {
        let own = self.statements().get(statement)?;
        let mut also_in: Vec<usize> = self
            .linked_at(statement)
            .filter_map(|s| self.report_index(&s.report))
            .collect();
        also_in.sort_unstable();
        also_in.dedup();
        if also_in.is_empty() {
            return None;
        }
        let own = self.report_index(&own.report)?;
        let reports = self.reports();
        // Reports are in publication order already: the first dated one of the set.
        let first = also_in
            .iter()
            .chain(std::iter::once(&own))
            .map(|&i| &reports[i])
            .filter(|r| r.published.is_some())
            .min_by_key(|r| r.published.map(|p| (p.date, p.time)));
        Some(Provenance {
            also_in: also_in.into_iter().map(|i| &reports[i]).collect(),
            first,
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::{from_sources, Source};

    fn source(name: &str, published: &str, body: &str) -> Source {
        Source {
            report_file: format!("{name}.txt"),
            report: format!("published: {published}\n\n{body}").into_bytes(),
            annotation: None,
        }
    }

    #[test]
    fn a_quote_in_three_reports_is_also_in_two_and_first_in_the_earliest() {
        let quote = "“We will rebuild the old harbour wall before the winter storms arrive,” Mayor Ana Lima said on Monday.";
        let loaded = from_sources(vec![
            source("late", "2024-03-05", &format!("{quote}\nThe council met.")),
            source("early", "2024-03-04 09:30", &format!("Rain fell.\n{quote}")),
            source("same-day", "2024-03-04 18:00", quote),
            source(
                "other",
                "2024-03-01",
                "“Nothing to do with it at all, really,” said Rui Costa.",
            ),
        ]);
        let corpus = &loaded.corpus;
        let at = |report: &str| {
            corpus
                .statements()
                .iter()
                .position(|s| s.report.as_str() == report)
                .expect("a statement")
        };
        let provenance = corpus.provenance(at("late")).expect("linked");
        let ids = |reports: &[&crate::model::Report]| -> Vec<String> {
            reports.iter().map(|r| r.id.to_string()).collect()
        };
        assert_eq!(ids(&provenance.also_in), ["early", "same-day"]);
        assert_eq!(provenance.first.map(|r| r.id.as_str()), Some("early"));
        assert_eq!(corpus.provenance(at("other")), None);
    }
}
