use super::*;

/// splitmix64, so that the sample is the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

const NAMES: &[&str] = &[
    "Donald Trump",
    "Vladimir Putin",
    "Volodymyr Zelenskyy",
    "the Kremlin",
    "Reuters, quoting sources",
    "Marco Rubio",
    "Dmitry Peskov",
    "Jean-Noël Barrot",
    "NATO",
    "McDonald O'Brien",
];

const WORDS: &[&str] = &[
    "peace",
    "deal",
    "Next",
    "time",
    "in",
    "Moscow.",
    "no",
    "deal",
    "until",
    "there's",
    "a",
    "deal",
    "very",
    "productive",
    "talks",
    "ceasefire",
    "Zelenskyy’s",
    "trump",
    "TRUMP",
    "2025",
    "(Friday)",
    "camelCase",
    "snake_case",
    "über",
    "Москва",
    "—",
    "peace-keeping",
    "we",
    "will",
    "see",
    "what",
    "happens",
    "“great”",
    "meeting",
    "x",
    "P",
    "e",
    "ace",
    "Anchorage,",
    "Alaska",
    "moscow",
    "nxt",
    "/",
    "the",
    "deal:",
    "PEACE",
    "tr",
    "mp",
    "de",
    "al",
];

const QUERIES: &[&str] = &[
    "peace",
    "trmp deal",
    "nxt moscow",
    "no dl til",
    "p",
    "e",
    "Peace",
    "PEACE",
    "TRUMP",
    "deal",
    "a a a",
    "zelenskyy’s",
    "Москва",
    "über deal",
    "camel",
    "cC",
    "2025 fri",
    "x y z",
    "pe",
    "pea",
    "peac",
    "the kremlin",
    "rubio deal",
    ": ",
    "al al al al",
];

fn sample(n: usize) -> Vec<(String, String)> {
    let mut rng = Rng(7);
    (0..n)
        .map(|_| {
            let name = NAMES[rng.below(NAMES.len())].to_owned();
            // Now and then a very long quote, scored on the full matrix.
            let words = if rng.below(300) == 0 {
                700 + rng.below(400)
            } else {
                1 + rng.below(30)
            };
            let quote: Vec<&str> = (0..words).map(|_| WORDS[rng.below(WORDS.len())]).collect();
            (name, quote.join(" "))
        })
        .collect()
}

fn finder(lines: &[(String, String)]) -> Finder {
    Finder::from_lines(lines.iter().map(|(n, q)| (n.as_str(), q.as_str())))
}

/// The ranking plain fuzzy-matcher gives for the query as it is matched (its marks
/// left out): every line scored, sorted by score, then corpus order.
fn reference(lines: &[(String, String)], query: &str) -> Vec<(usize, i64)> {
    let mut ranked: Vec<(usize, i64)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, (name, quote))| {
            let haystack = format!("{name}{SEPARATOR}{quote}");
            SkimMatcherV2::default()
                .fuzzy_indices(&haystack, &as_matched(query))
                .map(|(s, _)| (i, s))
        })
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
}

#[test]
fn every_score_and_rank_is_fuzzy_matchers() {
    let lines = sample(3000);
    let finder = finder(&lines);
    for query in QUERIES {
        let expected = reference(&lines, query);
        let ranked: Vec<(usize, i64)> = finder
            .rank(query, None)
            .iter()
            .map(|s| (s.statement, s.score))
            .collect();
        let first_difference = ranked.iter().zip(&expected).position(|(a, b)| a != b);
        assert_eq!(first_difference, None, "query {query:?}");
        assert_eq!(ranked.len(), expected.len(), "query {query:?}");
    }
}

/// Lines over a few letters, separators and other characters, so that nearly every
/// pattern matches many ways: consecutive runs, long gaps, case, camel humps,
/// characters that are not ASCII before and between matches.
fn dense_sample(n: usize, rng: &mut Rng) -> Vec<(String, String)> {
    const UNITS: &[&str] = &[
        "a", "b", "c", "A", "B", " ", "-", "/", "(", "1", "é", "’", "xy",
    ];
    (0..n)
        .map(|_| {
            let mut quote = String::new();
            for _ in 0..rng.below(200) {
                quote.push_str(UNITS[rng.below(UNITS.len())]);
            }
            (NAMES[rng.below(NAMES.len())].to_owned(), quote)
        })
        .collect()
}

#[test]
fn every_score_is_fuzzy_matchers_on_dense_lines() {
    let mut rng = Rng(11);
    let lines = dense_sample(1500, &mut rng);
    let finder = finder(&lines);
    let letters = ['a', 'b', 'c', 'A', 'B', ' ', '-', '1', 'é'];
    for _ in 0..40 {
        let query: String = (0..1 + rng.below(6))
            .map(|_| letters[rng.below(letters.len())])
            .collect();
        let expected = reference(&lines, &query);
        let ranked: Vec<(usize, i64)> = finder
            .rank(&query, None)
            .iter()
            .map(|s| (s.statement, s.score))
            .collect();
        assert_eq!(ranked, expected, "query {query:?}");
    }
}

#[test]
fn a_longer_query_reuses_the_previous_matches_with_the_same_result() {
    let lines = sample(4000);
    let finder = finder(&lines);
    let mut previous = finder.rank("p", None);
    for query in [
        "pe",
        "pea",
        "peac",
        "peace",
        "peace ",
        "peace d",
        "peace de",
        "peace deal",
    ] {
        let incremental = finder.rank(query, Some(&previous));
        let fresh = finder.rank(query, None);
        assert_eq!(incremental.keys, fresh.keys, "query {query:?}");
        previous = incremental;
    }
    // A query that does not extend the previous one is ranked from scratch.
    let other = finder.rank("moscow", Some(&previous));
    assert_eq!(other.keys, finder.rank("moscow", None).keys);
}

#[test]
fn extends_needs_the_old_letters_in_order_and_no_looser_case() {
    assert!(extends("peace", "pc"));
    assert!(extends("pEace", "pc"));
    assert!(!extends("peace", "cp"));
    assert!(!extends("peace", "Pe"));
    assert!(extends("Peace", "Pe"));
}

#[test]
fn search_top_is_the_head_of_search_with_matched_positions() {
    let lines = sample(500);
    let finder = finder(&lines);
    let all = finder.search("trmp deal");
    let top = finder.search_top("trmp deal", 10);
    assert_eq!(top[..], all[..10]);
    let expected = reference(&lines, "trmp deal");
    let ranked: Vec<(usize, i64)> = all.iter().map(|h| (h.statement, h.score)).collect();
    assert_eq!(ranked, expected);
    assert!(top
        .iter()
        .all(|h| !h.speaker_chars.is_empty() || !h.quote_chars.is_empty()));
}

#[test]
fn an_empty_query_keeps_corpus_order() {
    let lines = sample(10);
    let finder = finder(&lines);
    let hits = finder.search("  ");
    assert_eq!(hits.len(), 10);
    assert!(hits.iter().enumerate().all(|(i, h)| h.statement == i));
    let every = finder.rank("", None);
    assert_eq!(every.len(), 10);
    assert!(every.iter().enumerate().all(|(i, s)| s
        == Scored {
            statement: i,
            score: 0
        }));
    assert_eq!(
        every.get(9),
        Some(Scored {
            statement: 9,
            score: 0
        })
    );
    assert_eq!(every.get(10), None);
}

#[test]
fn lines_scored_on_several_threads_rank_as_on_one() {
    // Enough lines for the threads, in parts of uneven fill, the last one short.
    let lines = sample(PARALLEL_FROM + 3 * PART + 5);
    let finder = finder(&lines);
    let mut previous = finder.rank("p", None);
    for query in ["pe", "pea", "peace d"] {
        let expected = reference(&lines, query);
        // Once over every line, and once over the previous query's matches only.
        for ranking in [
            finder.rank(query, None),
            finder.rank(query, Some(&previous)),
        ] {
            let ranked: Vec<(usize, i64)> =
                ranking.iter().map(|s| (s.statement, s.score)).collect();
            assert_eq!(ranked, expected, "query {query:?}");
        }
        previous = finder.rank(query, Some(&previous));
    }
}

#[test]
fn streaming_shows_partial_screens_and_stops_when_cancelled() {
    let lines = sample(1500);
    let finder = finder(&lines);
    let mut screens = Vec::new();
    let never = AtomicBool::new(false);
    let ranking = finder
        .rank_in_blocks(
            "peace",
            None,
            &never,
            |top, scanned| screens.push((top.to_vec(), scanned)),
            1000,
        )
        .unwrap();
    assert_eq!(screens.len(), 2);
    assert_eq!(screens[1].1, lines.len());
    let best: Vec<Scored> = ranking.iter().take(screens[1].0.len()).collect();
    assert_eq!(screens[1].0, best);
    let cancelled = AtomicBool::new(true);
    assert!(finder
        .rank_streaming("peace", None, &cancelled, |_, _| {})
        .is_none());
    // Typing again while a block is scored: no more partial results, no ranking.
    let typed = AtomicBool::new(false);
    let mut partials = 0;
    let ranking = finder.rank_in_blocks(
        "peace",
        None,
        &typed,
        |_, _| {
            partials += 1;
            typed.store(true, Ordering::Relaxed);
        },
        1000,
    );
    assert!(ranking.is_none());
    assert_eq!(partials, 1);
}

#[test]
fn indices_are_split_between_name_and_quote() {
    // "Bo: hey": name chars 0..2, separator 2..4, quote from 4.
    assert_eq!(split_indices(vec![0, 3, 4, 6], 4), (vec![0], vec![0, 2]));
}

/// `lines` as a corpus: one report whose body holds every quote, one speaker per name.
fn corpus_of(lines: &[(String, String)]) -> Corpus {
    use crate::model::{
        Report, ReportId, Span, Speaker, SpeakerId, SpeakerKind, Statement, StatementId,
    };
    let mut names: Vec<&str> = lines.iter().map(|(n, _)| n.as_str()).collect();
    names.sort_unstable();
    names.dedup();
    let speaker_id =
        |name: &str| SpeakerId::new(format!("s{}", names.binary_search(&name).unwrap_or(0)));
    let report = ReportId::new("all");
    let mut body = String::new();
    let mut ranges = Vec::new();
    for (_, quote) in lines {
        let start = body.len();
        body.push_str(quote);
        ranges.push(start..body.len());
        body.push('\n');
    }
    let statements = lines
        .iter()
        .zip(ranges)
        .enumerate()
        .map(|(i, ((name, _), range))| Statement {
            id: StatementId::new(format!("q{i:06}")),
            report: report.clone(),
            speaker: speaker_id(name),
            kind: crate::model::StatementKind::Direct,
            speaker_mention: None,
            cue: None,
            content: Span::of(&body, range).expect("a quote of the body"),
            event: None,
            same_as: Box::default(),
        })
        .collect();
    let speakers = names
        .iter()
        .map(|name| Speaker {
            id: speaker_id(name),
            name: (*name).to_owned(),
            kind: SpeakerKind::Person,
            aliases: Vec::new(),
            role: None,
            affiliation: None,
        })
        .collect();
    let report = Report {
        id: report,
        title: "All".into(),
        publisher: None,
        author: None,
        published: None,
        url: None,
        categories: Vec::new(),
        body,
    };
    Corpus::new(vec![report], speakers, statements, Vec::new())
}

#[test]
fn a_finder_sharing_the_corpus_ranks_as_one_holding_its_own_text() {
    // Large enough for both threads, and the bundled reports for their curly quotes.
    let lines = sample(9000);
    for corpus in [corpus_of(&lines), crate::corpus::bundled().corpus] {
        let own = Finder::new(&corpus);
        let sharing = Finder::sharing(Arc::new(corpus));
        assert_eq!(own.len(), sharing.len());
        for i in 0..own.len() {
            assert_eq!(own.speaker(i), sharing.speaker(i));
            assert_eq!(own.quote(i), sharing.quote(i));
        }
        for query in QUERIES.iter().chain(&["putin", "next tme mscow"]) {
            let ranks = |f: &Finder| -> Vec<Scored> { f.rank(query, None).iter().collect() };
            assert_eq!(ranks(&sharing), ranks(&own), "query {query:?}");
            assert_eq!(
                sharing.search_top(query, 20),
                own.search_top(query, 20),
                "query {query:?}"
            );
        }
    }
    let sharing = Finder::sharing(Arc::new(corpus_of(&lines)));
    assert!(
        matches!(sharing.text, Text::Corpus { .. }),
        "no copy of the quotes"
    );
}

#[test]
fn rank_order_ranks_by_score_then_corpus_order_by_counting_or_sorting() {
    let ranked = |scores: &[i32]| {
        let keys = scores
            .iter()
            .enumerate()
            .map(|(i, &s)| pack(i, s))
            .collect();
        let ranking = Ranking {
            query: "q".to_owned(),
            keys: rank_order(keys),
        };
        let all: Vec<(usize, i64)> = ranking.iter().map(|s| (s.statement, s.score)).collect();
        let one_by_one: Vec<(usize, i64)> = (0..ranking.len())
            .map(|rank| ranking.get(rank).unwrap())
            .map(|s| (s.statement, s.score))
            .collect();
        assert_eq!(all, one_by_one);
        assert_eq!(ranking.get(ranking.len()), None);
        all
    };
    // Scores close together are counted; far apart, sorted.
    assert_eq!(ranked(&[5, 7, 5, 6]), [(1, 7), (3, 6), (0, 5), (2, 5)]);
    assert_eq!(
        ranked(&[5, 100_000, 5, -100_000]),
        [(1, 100_000), (0, 5), (2, 5), (3, -100_000)]
    );
    assert_eq!(ranked(&[]), []);
}

#[test]
fn quotation_marks_and_apostrophes_match_straight_or_curly() {
    let lines = vec![
        (
            "Chris Christie".to_owned(),
            "“She’s a disgrace,” he said".to_owned(),
        ),
        ("Ana Ruiz".to_owned(), "\"She's a disgrace\"".to_owned()),
        ("Tom Brandt".to_owned(), "The pier is safe".to_owned()),
    ];
    let finder = finder(&lines);
    for query in [
        "she's a disgrace",
        "she’s a disgrace",
        "\"she's a",
        "“she’s a",
    ] {
        let mut found: Vec<usize> = finder
            .rank(query, None)
            .iter()
            .map(|s| s.statement)
            .collect();
        found.sort_unstable();
        assert_eq!(found, [0, 1], "{query}");
        // The letters marked are those of the words, wherever the marks were.
        let hit = finder.hit(0, query);
        assert!(hit.score > 0 && !hit.quote_chars.is_empty(), "{query}");
    }
    // Marks alone are looked for as they are.
    assert_eq!(as_matched(" ’ "), "’");
    assert_eq!(as_matched(" she's "), "shes");
}
