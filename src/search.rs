//! The quote finder's ranking: every statement, as "speaker: quote", scored with
//! fuzzy-matcher's SkimMatcherV2 against what the user typed.
//!
//! Fast enough for a million statements: a per-line mask of the letters it holds
//! turns most lines away before any scoring, the score itself is computed in one pass
//! over the bytes where a match can fall, with no allocation (see [`skim`]), lines
//! are scored on every core, a query that extends the previous one only rescores the
//! previous one's matches, the matches are ranked by counting their scores rather
//! than by sorting, and matched positions are worked out only for the hits shown.

pub mod cache;
mod skim;

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use fuzzy_matcher::skim::{SkimMatcherV2, SkimScoreConfig};
use fuzzy_matcher::FuzzyMatcher;

use crate::model::{Corpus, Statement};
use skim::{Pattern, Scratch};

/// The searchable text of every statement of a corpus, built once.
pub struct Finder {
    text: Text,
    /// The letters each statement's line holds (see [`skim::mask`]), which turn most
    /// lines away before any scoring; kept apart from the rest, 8 bytes a statement,
    /// so that the first look at a line reads little memory.
    masks: Vec<u64>,
    config: SkimScoreConfig,
}

/// Where the finder's lines are.
enum Text {
    /// Every "speaker: quote", one after another, and where each line is in it.
    Own { text: String, lines: Vec<Line> },
    /// The corpus's own words, so that the browser holds no second copy of every quote:
    /// a statement's quote is `places[i].start..end` in the body of the report at
    /// `places[i].report`, said by the speaker at `places[i].speaker`; a line is put
    /// together when it is scored.
    Corpus {
        corpus: Arc<Corpus>,
        places: Vec<Place>,
    },
}

/// A line of the finder's own text. Offsets are `u32` to keep the finder small: its
/// text is refused past 4 GiB (see [`offset`]).
struct Line {
    start: u32,
    end: u32,
    /// How many bytes of the line are the speaker's name and the separator.
    prefix_bytes: u32,
    /// How many characters of the line are the speaker's name and the separator.
    prefix_chars: u32,
}

impl Line {
    /// The line "name: quote" starting at byte `start` of the finder's text.
    fn of(start: usize, name: &str, quote: &str) -> Self {
        Line {
            start: offset(start),
            end: offset(start + name.len() + SEPARATOR.len() + quote.len()),
            prefix_bytes: offset(name.len() + SEPARATOR.len()),
            prefix_chars: offset(name.chars().count() + SEPARATOR.chars().count()),
        }
    }
}

/// What a statement's line is made of: its speaker's name and its quote.
fn line_parts<'a>(corpus: &'a Corpus, s: &'a Statement) -> (&'a str, &'a str) {
    (
        corpus.speaker_name(&s.speaker),
        corpus.text(&s.report, &s.content),
    )
}

/// A statement's report and speaker, as indexes into the corpus's lists (`u32::MAX`
/// for one the corpus does not hold), and its quote's byte range in the report's body:
/// a copy of the statement's content span, read with the rest of the place rather
/// than from the statement, a cache miss more for every line scored.
#[derive(Clone, Copy)]
struct Place {
    report: u32,
    speaker: u32,
    start: u32,
    end: u32,
}

/// An offset or index of the finder as stored: a corpus past 4 GiB of text is not
/// what it is built for, and is refused with a clear message rather than cut short.
fn offset(at: usize) -> u32 {
    u32::try_from(at).expect("the finder holds at most 4 GiB of text and 4 billion statements")
}

/// One ranked statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into [`Corpus::statements`].
    pub statement: usize,
    pub score: i64,
    /// Matched character positions in the speaker's name.
    pub speaker_chars: Vec<usize>,
    /// Matched character positions in the quote.
    pub quote_chars: Vec<usize>,
}

/// A statement and its score, without matched positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    /// Index into [`Corpus::statements`].
    pub statement: usize,
    pub score: i64,
}

/// Every statement matching a query, best first (ties in corpus order). Keep it to
/// pass as `previous` when the user types one more letter.
#[derive(Debug, Clone, Default)]
pub struct Ranking {
    query: String,
    keys: Ranked,
}

/// The statements of a ranking, in rank order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Ranked {
    /// Every statement of a corpus of this many, in corpus order, each scoring 0: the
    /// empty query's ranking (the finder's first), kept as a count rather than as 8
    /// bytes a statement.
    Every(usize),
    /// The statements in rank order, 4 bytes each, and the runs of equal score they
    /// fall in, best first: each run's score and the rank it ends before. Scores span
    /// a few hundred values at most, so the runs are few.
    Runs {
        statements: Vec<u32>,
        runs: Vec<(i64, usize)>,
    },
}

impl Default for Ranked {
    fn default() -> Self {
        Ranked::Runs {
            statements: Vec::new(),
            runs: Vec::new(),
        }
    }
}

impl Ranking {
    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn len(&self) -> usize {
        match &self.keys {
            Ranked::Every(len) => *len,
            Ranked::Runs { statements, .. } => statements.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, rank: usize) -> Option<Scored> {
        match &self.keys {
            Ranked::Every(len) => (rank < *len).then_some(Scored {
                statement: rank,
                score: 0,
            }),
            Ranked::Runs { statements, runs } => {
                let statement = *statements.get(rank)?;
                let run = runs.partition_point(|&(_, end)| end <= rank);
                Some(Scored {
                    statement: statement as usize,
                    score: runs[run].0,
                })
            }
        }
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = Scored> + '_ {
        // The run of the rank before, so that each step looks at the runs once.
        let mut run = 0;
        (0..self.len()).map(move |rank| match &self.keys {
            Ranked::Every(_) => Scored {
                statement: rank,
                score: 0,
            },
            Ranked::Runs { statements, runs } => {
                while runs[run].1 <= rank {
                    run += 1;
                }
                Scored {
                    statement: statements[rank] as usize,
                    score: runs[run].0,
                }
            }
        })
    }

    /// The statements ranked, in corpus order rather than rank order: a counting
    /// pass over a bit per statement of a corpus of `len`, rather than a sort. As
    /// `u32`, half the memory of `usize`: statements are numbered in 32 bits (see
    /// [`pack`]).
    fn statements_in_order(&self, len: usize) -> Vec<u32> {
        let mut ranked = vec![0u64; len.div_ceil(64)];
        let mut mark = |statement: usize| ranked[statement / 64] |= 1 << (statement % 64);
        match &self.keys {
            Ranked::Every(len) => (0..*len).for_each(&mut mark),
            Ranked::Runs { statements, .. } => statements.iter().for_each(|&s| mark(s as usize)),
        }
        let mut statements = Vec::with_capacity(self.len());
        for (word, &bits) in ranked.iter().enumerate() {
            let mut bits = bits;
            while bits != 0 {
                statements.push((word * 64) as u32 + bits.trailing_zeros());
                bits &= bits - 1;
            }
        }
        statements
    }
}

/// Puts keys given in corpus order into rank order, as statements and runs of equal
/// score (half the memory of the keys). Scores span a few hundred values at most, so
/// rather than a comparison sort this counts the keys of each score and places them,
/// which keeps ties in the order given: corpus order.
fn rank_order(keys: Vec<u64>) -> Ranked {
    debug_assert!(keys.is_sorted_by_key(|key| unpack(*key).statement));
    let score_part = |key: u64| (key >> 32) as usize;
    let (Some(low), Some(high)) = (
        keys.iter().map(|&key| score_part(key)).min(),
        keys.iter().map(|&key| score_part(key)).max(),
    ) else {
        return Ranked::default();
    };
    // Scores that far apart do not happen with the default configuration.
    if high - low > keys.len() + (1 << 16) {
        let mut keys = keys;
        keys.sort_unstable();
        return runs_of(&keys);
    }
    // How many keys have a smaller score than each, by counting them per score.
    let mut starts = vec![0usize; high - low + 2];
    for &key in &keys {
        starts[score_part(key) - low + 1] += 1;
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    // The scores met, best (the smallest score part) first, and where each run ends.
    let runs = (0..=high - low)
        .filter(|&i| starts[i + 1] > starts[i])
        .map(|i| (unpack(((low + i) as u64) << 32).score, starts[i + 1]))
        .collect();
    let mut statements = vec![0; keys.len()];
    for &key in &keys {
        let at = &mut starts[score_part(key) - low];
        statements[*at] = key as u32;
        *at += 1;
    }
    Ranked::Runs { statements, runs }
}

/// The ranking of keys already in rank order.
fn runs_of(sorted: &[u64]) -> Ranked {
    let mut runs: Vec<(i64, usize)> = Vec::new();
    for (rank, &key) in sorted.iter().enumerate() {
        let score = unpack(key).score;
        match runs.last_mut() {
            Some((last, end)) if *last == score => *end = rank + 1,
            _ => runs.push((score, rank + 1)),
        }
    }
    Ranked::Runs {
        statements: sorted.iter().map(|&key| key as u32).collect(),
        runs,
    }
}

fn pack(statement: usize, score: i32) -> u64 {
    let inverted = (i64::from(i32::MAX) - i64::from(score)) as u64;
    inverted << 32 | statement as u64
}

fn unpack(key: u64) -> Scored {
    Scored {
        statement: (key & 0xffff_ffff) as usize,
        score: i64::from(i32::MAX) - (key >> 32) as i64,
    }
}

const SEPARATOR: &str = ": ";

/// Lines scored between two partial results: few at first, so that a screenful shows
/// early, then more, so that the threads meet seldom.
const FIRST_BLOCK: usize = 1 << 13;
const BLOCK: usize = 1 << 18;

/// A query as it is matched: trimmed, and without its quotation marks and apostrophes,
/// which reports write straight or curly ("she's" finds "She’s"): matching lets letters
/// stand apart, so the letters alone find either. A query of marks alone stays.
fn as_matched(query: &str) -> std::borrow::Cow<'_, str> {
    const MARKS: [char; 7] = ['\'', '"', '’', '‘', '“', '”', '`'];
    let query = query.trim();
    if !query.contains(MARKS) || query.chars().all(|c| MARKS.contains(&c)) {
        return query.into();
    }
    query.replace(MARKS, "").into()
}

/// The best matches so far passed to a partial result: a tall screenful and more.
const SHOWN: usize = 200;

/// Below this many lines a second thread costs more than it saves.
const PARALLEL_FROM: usize = 8192;

/// Lines a scoring thread takes at a time.
const PART: usize = 2048;

impl Finder {
    pub fn new(corpus: &Corpus) -> Self {
        Self::from_lines(corpus.statements().iter().map(|s| line_parts(corpus, s)))
    }

    /// A finder that reads `corpus`'s own words, keeping no copy of them: what the
    /// browser uses, scoring a little slower for it (each line is put together from the
    /// speaker's name and the report's body when it is scored).
    pub fn sharing(corpus: Arc<Corpus>) -> Self {
        let mut masks = Vec::with_capacity(corpus.statements().len());
        let mut places = Vec::with_capacity(corpus.statements().len());
        // Statements come report by report: each report is looked up once.
        let mut report = None;
        for s in corpus.statements() {
            if report.is_none_or(|at: usize| corpus.reports()[at].id != s.report) {
                report = corpus.report_index(&s.report);
            }
            let (Some(report), Some(speaker)) = (report, corpus.speaker_index(&s.speaker)) else {
                // A statement of an unknown report or speaker (the loader makes none)
                // is searched as an empty line rather than trusted.
                masks.push(line_mask("", ""));
                places.push(Place {
                    report: u32::MAX,
                    speaker: u32::MAX,
                    start: 0,
                    end: 0,
                });
                continue;
            };
            let quote = s.content.text(&corpus.reports()[report].body);
            masks.push(line_mask(&corpus.speakers()[speaker].name, quote));
            places.push(Place {
                report: offset(report),
                speaker: offset(speaker),
                start: offset(s.content.start()),
                end: offset(s.content.end()),
            });
        }
        Self {
            text: Text::Corpus { corpus, places },
            masks,
            config: SkimScoreConfig::default(),
        }
    }

    /// A finder over (speaker, quote) pairs, numbered in order.
    pub fn from_lines<'a>(lines: impl ExactSizeIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut text = String::new();
        let mut masks = Vec::with_capacity(lines.len());
        let mut own = Vec::with_capacity(lines.len());
        for (name, quote) in lines {
            own.push(Line::of(text.len(), name, quote));
            text.push_str(name);
            text.push_str(SEPARATOR);
            text.push_str(quote);
            masks.push(line_mask(name, quote));
        }
        Self::with_lines(text, own, masks)
    }

    fn with_lines(text: String, lines: Vec<Line>, masks: Vec<u64>) -> Self {
        debug_assert_eq!(lines.len(), masks.len());
        Self {
            text: Text::Own { text, lines },
            masks,
            config: SkimScoreConfig::default(),
        }
    }

    /// The line of a statement, "speaker: quote": the finder's own, or put together in
    /// `buf` from the corpus.
    fn line<'a>(&'a self, statement: usize, buf: &'a mut String) -> &'a str {
        match &self.text {
            Text::Own { text, lines } => {
                let line = &lines[statement];
                &text[line.start as usize..line.end as usize]
            }
            Text::Corpus { .. } => {
                buf.clear();
                buf.push_str(self.speaker(statement));
                buf.push_str(SEPARATOR);
                buf.push_str(self.quote(statement));
                buf
            }
        }
    }

    pub fn len(&self) -> usize {
        self.masks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.masks.is_empty()
    }

    /// The speaker's name of a statement, as searched.
    pub fn speaker(&self, statement: usize) -> &str {
        match &self.text {
            Text::Own { text, lines } => {
                let line = &lines[statement];
                let start = line.start as usize;
                &text[start..start + line.prefix_bytes as usize - SEPARATOR.len()]
            }
            Text::Corpus { corpus, places } => corpus
                .speakers()
                .get(places[statement].speaker as usize)
                .map_or("", |s| &s.name),
        }
    }

    /// The quote of a statement, as searched.
    pub fn quote(&self, statement: usize) -> &str {
        match &self.text {
            Text::Own { text, lines } => {
                let line = &lines[statement];
                &text[(line.start + line.prefix_bytes) as usize..line.end as usize]
            }
            Text::Corpus { corpus, places } => {
                let place = places[statement];
                corpus
                    .reports()
                    .get(place.report as usize)
                    .and_then(|r| r.body.get(place.start as usize..place.end as usize))
                    .unwrap_or_default()
            }
        }
    }

    /// How many characters of a statement's line are the speaker's name and the
    /// separator.
    fn prefix_chars(&self, statement: usize) -> usize {
        match &self.text {
            Text::Own { lines, .. } => lines[statement].prefix_chars as usize,
            Text::Corpus { .. } => {
                self.speaker(statement).chars().count() + SEPARATOR.chars().count()
            }
        }
    }

    /// Statements matching `query`, best first (ties in corpus order), each with its
    /// matched positions. An empty query matches everything, in corpus order.
    /// Over a large corpus prefer [`Finder::search_top`] or [`Finder::rank`]: matched
    /// positions are only needed for what is shown.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_top(query, usize::MAX)
    }

    /// The best `limit` statements matching `query`, as [`Finder::search`] ranks them.
    pub fn search_top(&self, query: &str, limit: usize) -> Vec<Hit> {
        let query = query.trim();
        if query.is_empty() {
            return (0..self.len().min(limit))
                .map(|statement| Hit {
                    statement,
                    score: 0,
                    speaker_chars: Vec::new(),
                    quote_chars: Vec::new(),
                })
                .collect();
        }
        let pattern = Pattern::new(query);
        let never = AtomicBool::new(false);
        let mut keys = Vec::new();
        self.score_lines(&pattern, Lines::Range(0, self.len()), &never, &mut keys);
        top(&mut keys, limit);
        keys.iter()
            .map(|&key| self.hit(unpack(key).statement, query))
            .collect()
    }

    /// Every statement matching `query`, best first, without matched positions. When
    /// `previous` ranked a query that `query` extends (its letters in order), only its
    /// matches are scored again. An empty query matches everything, in corpus order.
    pub fn rank(&self, query: &str, previous: Option<&Ranking>) -> Ranking {
        let never = AtomicBool::new(false);
        self.rank_streaming(query, previous, &never, |_, _| {})
            .unwrap_or_default()
    }

    /// [`Finder::rank`] in blocks: after each block `partial` gets the best matches
    /// found so far (at most `screen` of them, best first) and how many lines are
    /// scored, so that a screenful can be shown long before the whole ranking is
    /// ready. Returns `None` as soon as `cancel` is set, when the user typed again.
    pub fn rank_streaming(
        &self,
        query: &str,
        previous: Option<&Ranking>,
        cancel: &AtomicBool,
        partial: impl FnMut(&[Scored], usize),
    ) -> Option<Ranking> {
        self.rank_in_blocks(query, previous, cancel, partial, FIRST_BLOCK)
    }

    fn rank_in_blocks(
        &self,
        query: &str,
        previous: Option<&Ranking>,
        cancel: &AtomicBool,
        mut partial: impl FnMut(&[Scored], usize),
        first_block: usize,
    ) -> Option<Ranking> {
        let query = &*as_matched(query);
        if query.is_empty() {
            return Some(Ranking {
                query: String::new(),
                keys: Ranked::Every(self.len()),
            });
        }
        // A space typed at the end leaves the query as it was, and so its ranking.
        if let Some(previous) = previous.filter(|p| p.query == query) {
            let best: Vec<Scored> = previous.iter().take(SHOWN).collect();
            partial(&best, previous.len());
            return Some(previous.clone());
        }
        let pattern = Pattern::new(query);
        let survivors: Option<Vec<u32>> = previous
            .filter(|p| !p.query.is_empty() && extends(query, &p.query))
            .map(|p| p.statements_in_order(self.len()));
        let total = survivors.as_ref().map_or(self.len(), Vec::len);
        // Room for every line to match, taken once: each block's keys are written
        // straight into it (see `score_lines`), never copied to a larger buffer.
        let mut keys = Vec::with_capacity(total);
        let mut screen: Vec<u64> = Vec::new();
        let mut shown = Vec::new();
        let (mut from, mut block_size) = (0, first_block);
        while from < total {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let to = (from + block_size).min(total);
            block_size = (block_size * 2).clamp(first_block, BLOCK);
            let block = match &survivors {
                Some(list) => Lines::Some(&list[from..to]),
                None => Lines::Range(from, to),
            };
            let scored = keys.len();
            self.score_lines(&pattern, block, cancel, &mut keys);
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            screen.extend_from_slice(&keys[scored..]);
            top(&mut screen, SHOWN);
            shown.clear();
            shown.extend(screen.iter().map(|&key| unpack(key)));
            partial(&shown, to);
            from = to;
        }
        Some(Ranking {
            query: query.to_owned(),
            keys: rank_order(keys),
        })
    }

    /// One statement's score and matched positions for `query`, as fuzzy-matcher
    /// computes them; a statement that does not match gets score 0 and no positions.
    pub fn hit(&self, statement: usize, query: &str) -> Hit {
        let mut buf = String::new();
        let haystack = self.line(statement, &mut buf);
        // A new matcher each time, whose matrix starts clean (see `skim`); it is only
        // built for the hits shown. `use_cache(false)` panics in fuzzy-matcher 0.3.7.
        let (score, indices) = SkimMatcherV2::default()
            .fuzzy_indices(haystack, &as_matched(query))
            .unwrap_or_default();
        let (speaker_chars, quote_chars) = split_indices(indices, self.prefix_chars(statement));
        Hit {
            statement,
            score,
            speaker_chars,
            quote_chars,
        }
    }

    /// Scores lines on every core, adding the keys of the matching ones to `keys`, in
    /// corpus order. Once `cancel` is set the threads take no more lines, and what they
    /// add is partial.
    fn score_lines(
        &self,
        pattern: &Pattern,
        lines: Lines,
        cancel: &AtomicBool,
        keys: &mut Vec<u64>,
    ) {
        // Asked once: on Linux the answer comes from reading cgroup files.
        static THREADS: OnceLock<usize> = OnceLock::new();
        let threads = *THREADS
            .get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(8)));
        let threads = if lines.len() < PARALLEL_FROM {
            1
        } else {
            threads
        };
        if lines.len() == 0 {
            return;
        }
        // Parts small enough that the threads can share them out as each comes free,
        // so that a thread the machine holds back for a while holds up no other.
        let size = lines.len().div_ceil(lines.len().div_ceil(PART)).max(1);
        let parts = lines.split(size);
        // Each part writes its keys at the start of a stretch of `keys` as long as the
        // part, made here; they are moved together afterwards. So the scoring threads
        // allocate nothing for their results, and leave no freed memory behind in
        // allocator arenas of their own, which would stay resident.
        let from = keys.len();
        keys.resize(from + lines.len(), 0);
        let found: Vec<AtomicUsize> = parts.iter().map(|_| AtomicUsize::new(0)).collect();
        let slots = Mutex::new(parts.iter().zip(keys[from..].chunks_mut(size)).enumerate());
        let work = || {
            let (mut scratch, mut line) = (Scratch::default(), String::new());
            while !cancel.load(Ordering::Relaxed) {
                let next = slots.lock().expect("a scoring thread panicked").next();
                let Some((at, (&part, out))) = next else {
                    return;
                };
                let count = self.score_part(pattern, part, out, &mut scratch, &mut line);
                found[at].store(count, Ordering::Relaxed);
            }
        };
        if threads == 1 {
            work();
        } else {
            std::thread::scope(|scope| {
                for _ in 1..threads {
                    scope.spawn(work);
                }
                work();
            });
        }
        // Back together, in corpus order.
        let mut end = from;
        for (at, count) in found.iter().enumerate() {
            let start = from + at * size;
            let count = count.load(Ordering::Relaxed);
            keys.copy_within(start..start + count, end);
            end += count;
        }
        keys.truncate(end);
    }

    /// Scores `lines`, writing the keys of the matching ones at the start of `out`, as
    /// long as `lines`; how many match.
    fn score_part(
        &self,
        pattern: &Pattern,
        lines: Lines,
        out: &mut [u64],
        scratch: &mut Scratch,
        line: &mut String,
    ) -> usize {
        let mut count = 0;
        let mut score = |i: usize| {
            if let Some(score) = self.score(i, pattern, scratch, line) {
                out[count] = pack(i, score);
                count += 1;
            }
        };
        match lines {
            Lines::Range(from, to) => (from..to).for_each(&mut score),
            Lines::Some(list) => list.iter().for_each(|&i| score(i as usize)),
        }
        count
    }

    fn score(
        &self,
        i: usize,
        pattern: &Pattern,
        scratch: &mut Scratch,
        line: &mut String,
    ) -> Option<i32> {
        let mask = self.masks[i];
        if pattern.mask & !mask != 0 {
            return None;
        }
        let haystack = self.line(i, line);
        let ascii = mask & skim::NON_ASCII == 0;
        skim::score_line(&self.config, haystack, ascii, pattern, scratch)
    }
}

/// The mask of the line "`name`: `quote`".
fn line_mask(name: &str, quote: &str) -> u64 {
    let mask = |s: &str| skim::mask(s.as_bytes());
    mask(name) | mask(SEPARATOR) | mask(quote)
}

/// Which lines to score: a range of every statement, or a list of them.
#[derive(Clone, Copy)]
enum Lines<'a> {
    Range(usize, usize),
    Some(&'a [u32]),
}

impl<'a> Lines<'a> {
    fn len(&self) -> usize {
        match self {
            Lines::Range(from, to) => to - from,
            Lines::Some(list) => list.len(),
        }
    }

    /// The lines in parts of `size` (the last may be shorter).
    fn split(self, size: usize) -> Vec<Lines<'a>> {
        match self {
            Lines::Range(from, to) => (from..to)
                .step_by(size)
                .map(|at| Lines::Range(at, (at + size).min(to)))
                .collect(),
            Lines::Some(list) => list.chunks(size).map(Lines::Some).collect(),
        }
    }
}

/// Keeps the `limit` smallest keys, sorted.
fn top(keys: &mut Vec<u64>, limit: usize) {
    if keys.len() > limit {
        keys.select_nth_unstable(limit);
        keys.truncate(limit);
    }
    keys.sort_unstable();
}

/// Whether every line matching `query` also matches `previous`: the previous query's
/// characters appear in it in order, and it is no less case-sensitive.
fn extends(query: &str, previous: &str) -> bool {
    let (new, old) = (Pattern::new(query), Pattern::new(previous));
    if old.case_sensitive && !new.case_sensitive {
        return false;
    }
    let mut rest = new.chars.iter();
    old.chars.iter().all(|c| rest.any(|d| d == c))
}

/// Splits haystack character positions into the name's and the quote's.
fn split_indices(indices: Vec<usize>, prefix_chars: usize) -> (Vec<usize>, Vec<usize>) {
    let name_chars = prefix_chars - SEPARATOR.chars().count();
    let speaker = indices
        .iter()
        .copied()
        .filter(|&i| i < name_chars)
        .collect();
    let quote = indices
        .into_iter()
        .filter_map(|i| i.checked_sub(prefix_chars))
        .collect();
    (speaker, quote)
}

#[cfg(test)]
mod tests;
