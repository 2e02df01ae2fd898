//! The same quote in several reports, found across the whole corpus: word for word, a
//! fragment of the fuller quote, reworded, or quoted in one report and reported in
//! another. Candidates come from an index of the statements' word pairs (two content
//! words in a row), each pair rare enough to mean something; every candidate is then
//! checked word by word.

use serde::Serialize;
use std::collections::HashMap;
use std::hash::BuildHasher;

use super::conflicts::{longest_run, spoken_words};
use super::values::names::{Name, NameKind};
use super::words::{fold, fold_into, term, words};
use super::{Report, Speaker, SpeakerId, Statement, StatementKind};

/// How two statements are one quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    WordForWord,
    /// One is a part of the other.
    Fragment,
    /// Mostly the same words, some different.
    Reworded,
    /// Quoted in one report, told without quotation marks in the other.
    Reported,
}

impl LinkKind {
    pub fn label(self) -> &'static str {
        match self {
            LinkKind::WordForWord => "word for word",
            LinkKind::Fragment => "fragment",
            LinkKind::Reworded => "reworded",
            LinkKind::Reported => "reported",
        }
    }
}

/// A word pair in this many statements or more says nothing about any two of them.
const COMMON: usize = 64;
/// The only rare pair of a statement makes a candidate of another statement that
/// shares it when the pair is in at most this many: a quote and its few reprints, not a
/// stock phrase of dozens, each of which would be checked against all the others.
const ALONE: usize = 8;
/// Statements of fewer words are too short to be told apart from chance ("to requests
/// for comment").
const FEWEST_WORDS: usize = 5;
/// A fragment shares a run of at least this many words with the fuller quote.
const FRAGMENT_RUN: usize = 5;

/// A statement as linking reads it: its words and its terms (stems of the words that
/// are not stopwords) as numbers, the same number for the same word in every statement.
struct Quote<'a> {
    report: usize,
    speaker: &'a SpeakerId,
    kind: StatementKind,
    words: Vec<u64>,
    terms: Vec<u64>,
}

/// Pairs of statements (positions in `statements`) that are the same quote, each pair
/// once, the first of each pair before the second, from different reports. Statements
/// of reports not in `reports` are left out. Statements are read, and candidates
/// checked, on two threads.
pub fn link_quotes<'s>(
    reports: &[Report],
    speakers: &[Speaker],
    statements: &'s [Statement],
) -> Vec<(usize, usize, LinkKind)> {
    let report_at: HashMap<&str, usize> = reports
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let read = |part: &'s [Statement]| -> Vec<Option<Quote<'s>>> {
        let mut reader = Reader::default();
        part.iter()
            .map(|s| {
                let report = *report_at.get(s.report.as_str())?;
                let text = s.content.text(&reports[report].body);
                let (words, terms) = reader.read(text);
                (words.len() >= FEWEST_WORDS).then_some(Quote {
                    report,
                    speaker: &s.speaker,
                    kind: s.kind,
                    words,
                    terms,
                })
            })
            .collect()
    };
    let quotes: Vec<Option<Quote>> = on_two_threads(statements, read)
        .into_iter()
        .flatten()
        .collect();
    let names = SpeakerNames::new(speakers);
    let pairs = candidates(&quotes);
    let check = |part: &[(usize, usize)]| -> Vec<(usize, usize, LinkKind)> {
        part.iter()
            .filter_map(|&(a, b)| {
                let (qa, qb) = (quotes[a].as_ref()?, quotes[b].as_ref()?);
                same_quote(qa, qb, &names).map(|kind| (a, b, kind))
            })
            .collect()
    };
    on_two_threads(&pairs, check)
        .into_iter()
        .flatten()
        .collect()
}

/// `work` on each half of `items`, the halves on two threads; the results in order.
fn on_two_threads<'a, T: Sync, R: Send>(
    items: &'a [T],
    work: impl Fn(&'a [T]) -> R + Sync,
) -> Vec<R> {
    if items.len() < 1024 {
        return vec![work(items)];
    }
    let (first, second) = items.split_at(items.len() / 2);
    std::thread::scope(|scope| {
        let other = scope.spawn(|| work(second));
        let mine = work(first);
        vec![mine, other.join().expect("linking does not panic")]
    })
}

/// Reads statements into numbered words and terms, each distinct word folded, expanded
/// and stemmed once.
#[derive(Default)]
struct Reader {
    /// Words as written: most come back as they were, and are not folded again.
    written: foldhash::HashMap<String, Known>,
    /// Words folded: "The" and "the" are one word, learnt once.
    known: foldhash::HashMap<String, Known>,
    folded: String,
}

/// A word as linking counts it: one or two words once contractions are written out,
/// and its term, if it is not a stopword.
#[derive(Clone, Copy)]
struct Known {
    words: [u64; 2],
    two: bool,
    term: Option<u64>,
}

impl Reader {
    fn read(&mut self, text: &str) -> (Vec<u64>, Vec<u64>) {
        let (mut words_out, mut terms_out) = (Vec::new(), Vec::new());
        for range in words(text) {
            let word = &text[range];
            let known = match self.written.get(word) {
                Some(known) => *known,
                None => {
                    let known = self.folded_known(word);
                    self.written.insert(word.to_owned(), known);
                    known
                }
            };
            words_out.push(known.words[0]);
            if known.two {
                words_out.push(known.words[1]);
            }
            terms_out.extend(known.term);
        }
        (words_out, terms_out)
    }

    /// What a word not met as written is, by its folded form.
    fn folded_known(&mut self, word: &str) -> Known {
        fold_into(word, &mut self.folded);
        if let Some(known) = self.known.get(self.folded.as_str()) {
            return *known;
        }
        let known = Self::learn(&self.folded);
        self.known.insert(self.folded.clone(), known);
        known
    }

    fn learn(folded: &str) -> Known {
        let hasher = foldhash::fast::FixedState::with_seed(0x5eed);
        let spoken = spoken_words(folded);
        let hash = |w: &str| hasher.hash_one(w);
        Known {
            words: [
                spoken.first().map_or(0, |w| hash(w)),
                spoken.get(1).map_or(0, |w| hash(w)),
            ],
            two: spoken.len() == 2,
            term: term(folded).map(|t| hash(&t) ^ 0x7e57),
        }
    }
}

/// Pairs of statements of different reports that share two word pairs no more common
/// than [`COMMON`] (or a third of the pairs of the one with fewer, or the only such pair
/// of either), or the same words throughout however common.
///
/// The only rare pair counts because pairs pass [`COMMON`] as the corpus grows: a quote
/// may be left with one pair rare enough to index, the name or the unusual word that
/// makes it this quote, and a reprint shares that one and nothing else that is indexed.
/// Asking for two (at a million generated statements, 96 in a hundred quotes have one)
/// left most reprints unlinked. The cap on which pairs are indexed stays fixed, so the
/// pairs shared grow with the corpus, not with its square; every candidate is checked
/// word by word after.
fn candidates(quotes: &[Option<Quote>]) -> Vec<(usize, usize)> {
    let hasher = foldhash::fast::FixedState::with_seed(0x5eed);
    let mut keys: Vec<(u64, u32)> = Vec::new();
    let mut whole: Vec<(u64, u32)> = Vec::new();
    let mut pair_count = vec![0usize; quotes.len()];
    for (i, quote) in quotes.iter().enumerate() {
        let Some(quote) = quote else { continue };
        whole.push((hasher.hash_one(&quote.words), i as u32));
        let mut mine: Vec<u64> = quote.terms.windows(2).map(|w| hasher.hash_one(w)).collect();
        mine.sort_unstable();
        mine.dedup();
        pair_count[i] = mine.len();
        keys.extend(mine.into_iter().map(|k| (k, i as u32)));
    }
    keys.sort_unstable();
    whole.sort_unstable();
    let report = |i: u32| quotes[i as usize].as_ref().map_or(usize::MAX, |q| q.report);
    // Each statement's pairs rare enough to be indexed, its own included.
    let mut rare_count = vec![0usize; quotes.len()];
    // One entry for each word pair two statements share, and whether the pair is in
    // few enough statements to stand alone for one of them.
    let mut shared: Vec<(u32, u32, bool)> = Vec::new();
    for group in keys.chunk_by(|a, b| a.0 == b.0) {
        if group.len() >= COMMON {
            continue;
        }
        for &(_, i) in group {
            rare_count[i as usize] += 1;
        }
        let few = group.len() <= ALONE;
        for (k, &(_, a)) in group.iter().enumerate() {
            for &(_, b) in &group[k + 1..] {
                if report(a) != report(b) {
                    shared.push((a.min(b), a.max(b), few));
                }
            }
        }
    }
    shared.sort_unstable();
    let mut pairs: Vec<(u32, u32)> = shared
        .chunk_by(|a, b| (a.0, a.1) == (b.0, b.1))
        .filter(|run| {
            let (a, b) = (run[0].0 as usize, run[0].1 as usize);
            let fewer = pair_count[a].min(pair_count[b]);
            let alone = rare_count[a].min(rare_count[b]) == 1 && run.iter().any(|e| e.2);
            run.len() >= 2 || run.len() * 3 >= fewer || alone
        })
        .map(|run| (run[0].0, run[0].1))
        .collect();
    // The same words in many reports: each linked to the first of them, which is
    // enough to make them one set.
    for group in whole.chunk_by(|a, b| a.0 == b.0) {
        if group.len() >= COMMON {
            let first = group[0].1;
            pairs.extend(
                group[1..]
                    .iter()
                    .filter(|&&(_, b)| report(b) != report(first))
                    .map(|&(_, b)| (first, b)),
            );
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|(a, b)| (a as usize, b as usize))
        .collect()
}

/// Whether two statements are one quote, and how.
fn same_quote(a: &Quote, b: &Quote, names: &SpeakerNames) -> Option<LinkKind> {
    if a.words == b.words {
        return Some(LinkKind::WordForWord);
    }
    let shorter = a.words.len().min(b.words.len());
    let run = longest_run(&a.words, &b.words);
    if run >= FRAGMENT_RUN && (run == shorter || run * 2 >= shorter) {
        return Some(LinkKind::Fragment);
    }
    let same_speaker = names.agree(a.speaker, b.speaker);
    let longer = a.words.len().max(b.words.len());
    // The words in common in the same order (the longest common subsequence), counted
    // only when a run of three makes a rewording possible.
    if run >= 3 {
        let matched = common_in_order(&a.words, &b.words);
        if matched * 10 >= longer * 7 && (same_speaker || matched * 10 >= longer * 8) {
            return Some(LinkKind::Reworded);
        }
    }
    let quoted = |k: StatementKind| matches!(k, StatementKind::Direct | StatementKind::Partial);
    if same_speaker && quoted(a.kind) != quoted(b.kind) {
        let (ta, tb) = (distinct(&a.terms), distinct(&b.terms));
        let shared = ta.iter().filter(|t| tb.contains(t)).count();
        let (fewer, more) = (ta.len().min(tb.len()), ta.len().max(tb.len()));
        // Most of the words of each: a paraphrase is about as long as the quote.
        if shared >= 3 && shared * 10 >= fewer * 7 && shared * 2 >= more {
            return Some(LinkKind::Reported);
        }
    }
    None
}

/// The length of the longest common subsequence of two sequences.
fn common_in_order<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            current[j + 1] = if x == y {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

fn distinct(terms: &[u64]) -> Vec<&u64> {
    let mut out: Vec<&u64> = terms.iter().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Speakers' names, to tell whether two speaker ids may be one person (reports ingested
/// apart can name one person differently).
struct SpeakerNames<'a>(HashMap<&'a str, Name>);

impl<'a> SpeakerNames<'a> {
    fn new(speakers: &'a [Speaker]) -> Self {
        SpeakerNames(
            speakers
                .iter()
                .map(|s| {
                    let name = Name {
                        kind: NameKind::Person,
                        words: s.name.split_whitespace().map(fold).collect(),
                    };
                    (s.id.as_str(), name)
                })
                .collect(),
        )
    }

    fn agree(&self, a: &SpeakerId, b: &SpeakerId) -> bool {
        if a == b {
            return true;
        }
        match (self.0.get(a.as_str()), self.0.get(b.as_str())) {
            (Some(x), Some(y)) => x.agrees(y),
            _ => false,
        }
    }
}

/// How two linked statements relate, worked out again for display.
pub fn link_kind(a: &str, b: &str, a_kind: StatementKind, b_kind: StatementKind) -> LinkKind {
    let (wa, wb) = (spoken_words(a), spoken_words(b));
    if wa == wb {
        return LinkKind::WordForWord;
    }
    let run = longest_run(&wa, &wb);
    if run == wa.len().min(wb.len()) {
        return LinkKind::Fragment;
    }
    let quoted = |k: StatementKind| matches!(k, StatementKind::Direct | StatementKind::Partial);
    if quoted(a_kind) != quoted(b_kind) {
        LinkKind::Reported
    } else {
        LinkKind::Reworded
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ReportId, Span, SpeakerKind, StatementId};

    fn report(id: &str, body: &str) -> Report {
        Report {
            id: ReportId::new(id),
            title: id.to_owned(),
            publisher: None,
            author: None,
            published: None,
            url: None,
            categories: Vec::new(),
            body: body.to_owned(),
        }
    }

    fn speaker(id: &str, name: &str) -> Speaker {
        Speaker {
            id: SpeakerId::new(id),
            name: name.to_owned(),
            kind: SpeakerKind::Person,
            aliases: Vec::new(),
            role: None,
            affiliation: None,
        }
    }

    fn statement(report: &Report, speaker: &str, kind: StatementKind, text: &str) -> Statement {
        let start = report.body.find(text).expect("the text is in the body");
        Statement {
            id: StatementId::new(format!("{}-{start}", report.id)),
            report: report.id.clone(),
            speaker: SpeakerId::new(speaker),
            kind,
            speaker_mention: None,
            cue: None,
            content: Span::of(&report.body, start..start + text.len()).unwrap(),
            event: None,
            same_as: Box::default(),
        }
    }

    const A: &str = "The mayor said: \"The bridge will open in spring and the tolls will stay low for every driver.\" \
        She added that the harbour would be dredged next year. The council called the plan \"reckless and far too costly for the town\".";
    const B: &str = "\"The tolls will stay low for every driver,\" the mayor said. \
        Mayor Rivas said: \"We will dredge the harbour next year.\" \
        Critics called it \"reckless and far too expensive for the town\".";
    const C: &str =
        "\"The bridge will open in spring and the tolls will stay low for every driver.\" \
        Nobody said the weather would stay fine for every driver on the coast road.";

    fn linked() -> Vec<(String, String, LinkKind)> {
        let reports = [report("a", A), report("b", B), report("c", C)];
        let direct = StatementKind::Direct;
        let statements = vec![
            statement(
                &reports[0],
                "rivas",
                direct,
                "The bridge will open in spring and the tolls will stay low for every driver.",
            ),
            statement(
                &reports[0],
                "rivas",
                StatementKind::Reported,
                "the harbour would be dredged next year",
            ),
            statement(
                &reports[0],
                "council",
                direct,
                "reckless and far too costly for the town",
            ),
            statement(
                &reports[1],
                "rivas",
                direct,
                "The tolls will stay low for every driver,",
            ),
            statement(
                &reports[1],
                "ana-rivas",
                direct,
                "We will dredge the harbour next year.",
            ),
            statement(
                &reports[1],
                "critics",
                direct,
                "reckless and far too expensive for the town",
            ),
            statement(
                &reports[2],
                "rivas",
                direct,
                "The bridge will open in spring and the tolls will stay low for every driver.",
            ),
            statement(
                &reports[2],
                "nobody",
                StatementKind::Reported,
                "the weather would stay fine for every driver on the coast road",
            ),
        ];
        let speakers = [speaker("rivas", "Rivas"), speaker("ana-rivas", "Ana Rivas")];
        link_quotes(&reports, &speakers, &statements)
            .into_iter()
            .map(|(a, b, kind)| {
                (
                    statements[a].id.to_string(),
                    statements[b].id.to_string(),
                    kind,
                )
            })
            .collect()
    }

    #[test]
    fn word_for_word_fragments_rewordings_and_reported_speech_are_linked() {
        let links = linked();
        let kinds: Vec<(&str, &str, LinkKind)> = links
            .iter()
            .map(|(a, b, k)| (a.as_str(), b.as_str(), *k))
            .collect();
        assert!(
            kinds.contains(&("a-17", "c-1", LinkKind::WordForWord)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("a-17", "b-1", LinkKind::Fragment)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("b-1", "c-1", LinkKind::Fragment)),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(_, _, k)| *k == LinkKind::Reworded),
            "{kinds:?}"
        );
        assert!(
            kinds.iter().any(|(_, _, k)| *k == LinkKind::Reported),
            "{kinds:?}"
        );
    }

    #[test]
    fn sentences_that_only_share_a_few_words_are_not_linked() {
        for (a, b, _) in linked() {
            assert!(!a.starts_with("c-") || a == "c-1", "{a} ~ {b}");
            assert!(!b.starts_with("c-") || b == "c-1", "{a} ~ {b}");
        }
    }

    /// A corpus in which every pair of a quote but the last is in more than [`COMMON`]
    /// statements: seventy reports say the same about the harbour but name each their
    /// own owner. The quote that names Vantrobel has one rare pair; its reprint and its
    /// fragment share that pair and no other that is indexed.
    #[test]
    fn a_quote_with_one_rare_word_pair_is_linked_to_its_reprints() {
        let saying = |owner: &str| {
            format!("The bridge tolls will stay low for every driver and the harbour question belongs to {owner}.")
        };
        let (firsts, lasts) = (
            ["Ka", "Lo", "Mi", "Ran", "Te", "Vos", "Dun"],
            [
                "bel", "dor", "fim", "gast", "hul", "jor", "kess", "lun", "mar", "nok",
            ],
        );
        let mut reports: Vec<Report> = (0..COMMON + 6)
            .map(|n| {
                let owner = format!("{}{}", firsts[n / 10], lasts[n % 10]);
                report(
                    &format!("f{n}"),
                    &format!("\"{}\" the mayor said.", saying(&owner)),
                )
            })
            .collect();
        let original = saying("Vantrobel");
        let fragment = "the harbour question belongs to Vantrobel";
        reports.push(report("a", &format!("The mayor said: \"{original}\"")));
        reports.push(report("b", &format!("\"{original}\" she said.")));
        reports.push(report("c", &format!("She said \"{fragment}\".")));
        let direct = StatementKind::Direct;
        let statements: Vec<Statement> = reports
            .iter()
            .map(|r| {
                let text = match r.id.as_str() {
                    "c" => fragment.to_owned(),
                    "a" | "b" => original.clone(),
                    _ => r.body[1..r.body.rfind('"').unwrap()].to_owned(),
                };
                statement(r, "mayor", direct, &text)
            })
            .collect();
        let id = |i: usize| statements[i].report.as_str().to_owned();
        let mut links: Vec<(String, String, LinkKind)> =
            link_quotes(&reports, &[speaker("mayor", "Ana Rivas")], &statements)
                .into_iter()
                .map(|(a, b, kind)| (id(a), id(b), kind))
                .filter(|(a, b, _)| {
                    ["a", "b", "c"].contains(&a.as_str()) || ["a", "b", "c"].contains(&b.as_str())
                })
                .collect();
        links.sort_by(|x, y| (&x.0, &x.1).cmp(&(&y.0, &y.1)));
        let expected = [
            ("a", "b", LinkKind::WordForWord),
            ("a", "c", LinkKind::Fragment),
            ("b", "c", LinkKind::Fragment),
        ];
        assert_eq!(
            links,
            expected.map(|(a, b, k)| (a.to_owned(), b.to_owned(), k)),
        );
    }

    #[test]
    fn words_in_common_in_order() {
        assert_eq!(common_in_order(&[1, 2, 3, 4], &[1, 3, 4, 5]), 3);
        assert_eq!(common_in_order::<u8>(&[], &[1]), 0);
    }

    #[test]
    fn the_kind_is_told_again_for_display() {
        let direct = StatementKind::Direct;
        assert_eq!(
            link_kind("a b c d", "A b, c d.", direct, direct),
            LinkKind::WordForWord
        );
        assert_eq!(
            link_kind("a b c d e", "b c d", direct, direct),
            LinkKind::Fragment
        );
        assert_eq!(
            link_kind("a b x d", "a b y d", direct, direct),
            LinkKind::Reworded
        );
        assert_eq!(
            link_kind("a b x d", "a b y d", direct, StatementKind::Reported),
            LinkKind::Reported
        );
    }
}
