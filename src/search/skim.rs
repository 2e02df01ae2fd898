//! fuzzy-matcher's SkimMatcherV2 score, computed without its per-call costs: no
//! conversion of lines to characters for an ASCII pattern, no allocation, only the
//! columns a match can fall in, and only the cells where a pattern character matches
//! (the whole matrix, two rows at a time, only for very long spans).
//!
//! The result is the score a new `SkimMatcherV2::default()` gives with `fuzzy_indices`
//! (smart case, default scoring), which starts from a clean matrix. (A reused matcher
//! can, reading the code, see a bonus left in a cell by its previous call; we have not
//! seen it change a score. Its `fuzzy_match`, on two rows, does change about 3% of
//! them, so it is not the reference.)

use fuzzy_matcher::skim::SkimScoreConfig;

const NEG_INFINITY: i32 = i16::MIN as i32;

/// A unit of a line: a byte of an ASCII line, or a character of any other.
pub trait Unit: Copy {
    fn char(self) -> char;

    /// Appends to `found` where the `i`th pattern character matches in `units`, as
    /// offsets from `offset`.
    fn find(units: &[Self], pattern: &Pattern, i: usize, offset: usize, found: &mut Vec<usize>) {
        for (j, &unit) in units.iter().enumerate() {
            if pattern.matches(i, unit.char()) {
                found.push(offset + j);
            }
        }
    }
}

impl Unit for u8 {
    #[inline(always)]
    fn char(self) -> char {
        self as char
    }

    fn find(units: &[u8], pattern: &Pattern, i: usize, offset: usize, found: &mut Vec<usize>) {
        let Ok(byte) = u8::try_from(pattern.chars[i]) else {
            return;
        };
        let (lower, upper) = (byte.to_ascii_lowercase(), byte.to_ascii_uppercase());
        if pattern.case_sensitive || lower == upper {
            found.extend(memchr::memchr_iter(byte, units).map(|j| offset + j));
        } else {
            found.extend(memchr::memchr2_iter(lower, upper, units).map(|j| offset + j));
        }
    }
}

impl Unit for char {
    #[inline(always)]
    fn char(self) -> char {
        self
    }
}

/// What the user typed, ready for matching.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub chars: Vec<char>,
    /// ASCII-lowercase characters, compared against when the case is ignored.
    folded: Vec<char>,
    /// Smart case: an upper-case ASCII letter makes the match case-sensitive.
    pub case_sensitive: bool,
    /// The letters a line must contain (see [`mask`]).
    pub mask: u64,
    pub ascii: bool,
    /// For an ASCII pattern of at most 64 characters, which pattern characters each
    /// byte matches, as bits (see [`sweep`]).
    rows: Option<Box<[u64; 256]>>,
}

impl Pattern {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let mut pattern = Self {
            folded: chars.iter().map(char::to_ascii_lowercase).collect(),
            case_sensitive: chars.iter().any(char::is_ascii_uppercase),
            mask: mask(text.as_bytes()),
            ascii: text.is_ascii(),
            chars,
            rows: None,
        };
        if pattern.ascii && pattern.chars.len() <= 64 {
            let mut rows = Box::new([0; 256]);
            for (byte, bits) in rows.iter_mut().enumerate() {
                for i in 0..pattern.chars.len() {
                    if pattern.matches(i, char::from(byte as u8)) {
                        *bits |= 1 << i;
                    }
                }
            }
            pattern.rows = Some(rows);
        }
        pattern
    }

    #[inline(always)]
    fn matches(&self, i: usize, c: char) -> bool {
        if self.case_sensitive {
            c == self.chars[i]
        } else {
            c.to_ascii_lowercase() == self.folded[i]
        }
    }
}

/// The set of byte classes in a text, as bits: ASCII letters (either case) and digits
/// each have their own, other bytes share a few. A line can only match a pattern whose
/// mask is a subset of its own.
pub fn mask(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0, |mask, &b| mask | CLASS_BITS[usize::from(b)])
}

/// The class of every byte past ASCII: a line whose mask lacks it is ASCII.
pub const NON_ASCII: u64 = 1 << 63;

/// The bit of each byte's class, looked up rather than worked out for every byte of
/// every line when the finder is built.
const CLASS_BITS: [u64; 256] = {
    let mut bits = [0; 256];
    let mut b = 0;
    while b < 256 {
        bits[b] = 1 << class(b as u8);
        b += 1;
    }
    bits
};

const fn class(b: u8) -> u32 {
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => (c - b'a') as u32,
        c @ b'0'..=b'9' => 26 + (c - b'0') as u32,
        b' ' => 36,
        c if c < 0x80 => 37 + (c % 26) as u32,
        // NON_ASCII, which no byte below 0x80 shares.
        _ => 63,
    }
}

/// Buffers reused from one line to the next.
#[derive(Default)]
pub struct Scratch {
    first: Vec<usize>,
    cells: Vec<Cell>,
    next_cells: Vec<Cell>,
    positions: Vec<usize>,
    bonus: Vec<i32>,
    rows: [Vec<i32>; 4],
    latest: Vec<Latest>,
    pub chars: Vec<char>,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Empty,
    HardSep,
    SoftSep,
    Number,
    Upper,
    Lower,
}

#[inline(always)]
const fn kind(c: char) -> Kind {
    match c {
        '\0' => Kind::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => Kind::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => Kind::SoftSep,
        '0'..='9' => Kind::Number,
        'A'..='Z' => Kind::Upper,
        _ => Kind::Lower,
    }
}

/// The bonus for matching `c` where it stands: the start of a word, after a
/// separator, a camel-case hump.
#[inline(always)]
fn in_place_bonus(config: &SkimScoreConfig, prev: char, c: char) -> i32 {
    match (kind(prev), kind(c)) {
        (Kind::Empty | Kind::HardSep, _) => config.bonus_head,
        (Kind::SoftSep, _) => config.bonus_break,
        (Kind::Lower | Kind::Number, Kind::Upper) => config.bonus_camel,
        _ => 0,
    }
}

/// [`in_place_bonus`] of bytes, by looking their kinds up.
#[inline(always)]
fn in_place_bonus_of_bytes(config: &SkimScoreConfig, prev: u8, b: u8) -> i32 {
    const KIND_OF_BYTE: [Kind; 256] = {
        let mut kinds = [Kind::Lower; 256];
        let mut b = 0;
        while b < 256 {
            kinds[b] = kind(b as u8 as char);
            b += 1;
        }
        kinds
    };
    let (prev, kind) = (
        KIND_OF_BYTE[usize::from(prev)],
        KIND_OF_BYTE[usize::from(b)],
    );
    match prev {
        Kind::Empty | Kind::HardSep => config.bonus_head,
        Kind::SoftSep => config.bonus_break,
        Kind::Lower | Kind::Number if kind == Kind::Upper => config.bonus_camel,
        _ => 0,
    }
}

/// The score of `line` for `pattern`, or `None` when the pattern is not a
/// subsequence of it.
pub fn score<U: Unit>(
    config: &SkimScoreConfig,
    line: &[U],
    pattern: &Pattern,
    scratch: &mut Scratch,
) -> Option<i32> {
    let k = pattern.chars.len();
    if k == 0 {
        return Some(0);
    }
    // The first place each pattern character can match, in order (fuzzy-matcher's
    // "cheap matches"): no such places, no match.
    let first = &mut scratch.first;
    first.clear();
    for (j, &u) in line.iter().enumerate() {
        if pattern.matches(first.len(), u.char()) {
            first.push(j);
            if first.len() == k {
                break;
            }
        }
    }
    if first.len() < k {
        return None;
    }
    // Nothing after the last place the last character matches can change the score.
    let last = (first[k - 1]..line.len())
        .rev()
        .find(|&j| pattern.matches(k - 1, line[j].char()))?;
    if last - first[0] <= SPARSE_SPAN {
        return Some(sparse(config, line, pattern, scratch, last));
    }
    dense(config, line, pattern, scratch, last)
}

/// The score of a line for a pattern, or `None` when the pattern is not a
/// subsequence of it: by [`sweep`] for an ASCII pattern where the span a match can
/// fall in is short enough, else by [`score`] on the line's bytes or characters.
pub fn score_line(
    config: &SkimScoreConfig,
    line: &str,
    ascii: bool,
    pattern: &Pattern,
    scratch: &mut Scratch,
) -> Option<i32> {
    if ascii && !pattern.ascii {
        return None;
    }
    if let (Some(rows), Some(&head), Some(&tail)) =
        (&pattern.rows, pattern.chars.first(), pattern.chars.last())
    {
        // An ASCII pattern matches only ASCII characters, which are single bytes.
        let bytes = line.as_bytes();
        if pattern.chars.len() == 1 {
            return single(config, bytes, head, pattern.case_sensitive);
        }
        let start = find(bytes, head, pattern.case_sensitive, memchr::memchr2)?;
        let end = find(bytes, tail, pattern.case_sensitive, memchr::memrchr2)?;
        if end < start {
            return None;
        }
        // In bytes, so no shorter than in characters, as [`sparse`] needs.
        if end - start <= SPARSE_SPAN {
            return sweep(config, bytes, ascii, pattern, rows, start..=end, scratch);
        }
    }
    if ascii {
        return score(config, line.as_bytes(), pattern, scratch);
    }
    let mut chars = std::mem::take(&mut scratch.chars);
    chars.clear();
    chars.extend(line.chars());
    let score = score(config, &chars, pattern, scratch);
    scratch.chars = chars;
    score
}

/// [`sparse`] for an ASCII pattern (of at most 64 characters), in one pass over the
/// bytes where a match can fall (from the first place the first pattern character
/// matches to the last place the last one does), computing the matrix only at the
/// cells where a pattern character matches: column by column, each row keeps its
/// latest match, for the consecutive bonus, and the best of its earlier matches for
/// a gap, whose score only falls by the gap extension per column. On a line that is
/// not ASCII, a column is a character, not a byte: continuation bytes are not
/// counted, and a character before a match that is not ASCII is a lower-case letter
/// to the bonus, as fuzzy-matcher has it.
fn sweep(
    config: &SkimScoreConfig,
    line: &[u8],
    ascii: bool,
    pattern: &Pattern,
    rows: &[u64; 256],
    span: std::ops::RangeInclusive<usize>,
    scratch: &mut Scratch,
) -> Option<i32> {
    let (start, end) = (*span.start(), *span.end());
    let is_continuation = |b: u8| b & 0xc0 == 0x80;
    // Continuation bytes before the current chunk.
    let mut skipped = if ascii {
        0
    } else {
        line[..start]
            .iter()
            .filter(|&&b| is_continuation(b))
            .count()
    };
    let k = pattern.chars.len();
    let extend = config.gap_extension;
    let match_score = config.score_match.max(0);
    let mismatched_case = (config.score_match + config.penalty_case_mismatch).max(0);
    let latest = &mut scratch.latest;
    latest.clear();
    latest.resize(k, Latest::NONE);
    // Rows that can match in this column: a row only after the one before it has.
    let mut open = 1u64;
    let mut reached = 0;
    let mut best = UNREACHED;
    // 64 columns at a time: first, without a branch, which of them any pattern
    // character matches (often fewer than half), then only those.
    for (chunk_at, chunk) in (start..=end).step_by(64).zip(line[span].chunks(64)) {
        let mut columns = bits_where(chunk, |b| rows[usize::from(b)] != 0);
        let continuations = if ascii {
            0
        } else {
            bits_where(chunk, is_continuation)
        };
        while columns != 0 {
            let offset = columns.trailing_zeros();
            columns &= columns - 1;
            let j = chunk_at + offset as usize;
            let below = continuations & ((1 << offset) - 1);
            let col = (j - skipped - below.count_ones() as usize) as i32;
            let b = line[j];
            let matched = rows[usize::from(b)] & open;
            if matched == 0 {
                continue;
            }
            let in_place = if j == 0 {
                config.bonus_head * config.bonus_first_char_multiplier
            } else {
                in_place_bonus_of_bytes(config, line[j - 1], b)
            };
            let consecutive = in_place.max(config.bonus_consecutive).max(0);
            // A case-insensitive pattern holds no upper-case letter.
            let own = if !pattern.case_sensitive && b.is_ascii_uppercase() {
                mismatched_case
            } else {
                match_score
            };
            // Highest row first, so that each reads the row before it as it was
            // before this column.
            let mut bits = matched;
            while bits != 0 {
                let i = 63 - bits.leading_zeros() as usize;
                bits &= !(1 << i);
                let m = if i == 0 {
                    extend + in_place + own
                } else {
                    let before = latest[i - 1];
                    let adjacent = before.col + 1 == col;
                    let diagonal = if adjacent { before.m } else { UNREACHED };
                    let earlier = if adjacent {
                        before.earlier
                    } else {
                        before.best_gap(extend)
                    };
                    let gap = earlier + config.gap_start + extend * (col - 1);
                    (diagonal + consecutive).max(gap + in_place) + own
                };
                let row = &mut latest[i];
                row.earlier = row.best_gap(extend);
                row.col = col;
                row.m = m;
            }
            if matched >> (k - 1) & 1 == 1 {
                best = best.max(latest[k - 1].m);
            }
            if matched >> reached & 1 == 1 && reached < k {
                reached += 1;
                open |= open << 1;
            }
        }
        skipped += continuations.count_ones() as usize;
    }
    (reached == k).then_some(best)
}

/// The score for a pattern of one ASCII character: the best of the places it
/// matches, each scored alone, looked at until one gets the best bonus there is.
fn single(config: &SkimScoreConfig, line: &[u8], c: char, case_sensitive: bool) -> Option<i32> {
    let byte = u8::try_from(c).ok()?;
    let other = if case_sensitive {
        byte
    } else {
        byte.to_ascii_uppercase()
    };
    let match_score = config.score_match.max(0);
    let mismatched_case = (config.score_match + config.penalty_case_mismatch).max(0);
    // No place after the first scores more.
    let ceiling = config.gap_extension
        + (config
            .bonus_head
            .max(config.bonus_break)
            .max(config.bonus_camel))
        .max(0)
        + match_score.max(mismatched_case);
    let mut best = None;
    for j in memchr::memchr2_iter(byte, other, line) {
        let b = line[j];
        let in_place = if j == 0 {
            config.bonus_head * config.bonus_first_char_multiplier
        } else {
            in_place_bonus_of_bytes(config, line[j - 1], b)
        };
        let own = if !case_sensitive && b != byte {
            mismatched_case
        } else {
            match_score
        };
        let score = config.gap_extension + in_place + own;
        let best = best.get_or_insert(score);
        *best = score.max(*best);
        if *best >= ceiling {
            break;
        }
    }
    best
}

/// A bit for each of (at most 64) bytes, set where `test` holds; without a branch.
#[inline(always)]
fn bits_where(chunk: &[u8], test: impl Fn(u8) -> bool) -> u64 {
    (chunk.iter().enumerate()).fold(0, |bits, (o, &b)| bits | u64::from(test(b)) << o)
}

/// The first (or last) place where a pattern character matches.
fn find(
    line: &[u8],
    c: char,
    case_sensitive: bool,
    search: fn(u8, u8, &[u8]) -> Option<usize>,
) -> Option<usize> {
    let byte = u8::try_from(c).ok()?;
    if case_sensitive {
        search(byte, byte, line)
    } else {
        search(byte, byte.to_ascii_uppercase(), line)
    }
}

/// A row's latest match in [`sweep`], and the best of its earlier ones for a
/// gap: each match's score plus the gap extension's worth of its column, so that the
/// gap score at any later column is that plus a part that depends on the column only.
#[derive(Clone, Copy)]
struct Latest {
    col: i32,
    m: i32,
    earlier: i32,
}

impl Latest {
    const NONE: Latest = Latest {
        col: -2,
        m: UNREACHED,
        earlier: UNREACHED,
    };

    /// The best for a gap of every match so far, the latest included.
    #[inline(always)]
    fn best_gap(self, extend: i32) -> i32 {
        self.earlier.max(self.m - extend * self.col)
    }
}

/// Beyond this many units between the first and the last match, the sparse score
/// could mistake a real score for the crate's "minus infinity" (which is only -32768):
/// the full matrix is computed instead.
const SPARSE_SPAN: usize = 4096;

/// Far below any real score; stands for cells that no alignment reaches.
const UNREACHED: i32 = i32::MIN / 4;

/// A matched cell of the matrix: its column, score, and the gap score just after it.
#[derive(Clone, Copy)]
struct Cell {
    col: usize,
    m: i32,
    gap_after: i32,
}

/// The same score as [`dense`], computed only at the columns where each pattern
/// character matches: between matches a row's gap score only falls by the gap
/// extension per column, and a match reads only the cell diagonally before it.
fn sparse<U: Unit>(
    config: &SkimScoreConfig,
    line: &[U],
    pattern: &Pattern,
    scratch: &mut Scratch,
    last: usize,
) -> i32 {
    let match_score = config.score_match.max(0);
    let mismatched_case = (config.score_match + config.penalty_case_mismatch).max(0);
    let gap_open = config.gap_start + config.gap_extension;
    let extend = config.gap_extension;
    let Scratch {
        first,
        cells,
        next_cells,
        positions,
        ..
    } = scratch;
    cells.clear();
    for (i, &skip) in first.iter().enumerate() {
        next_cells.clear();
        positions.clear();
        U::find(&line[skip..=last], pattern, i, skip, positions);
        let p = pattern.chars[i];
        let mut before = 0; // cells[..before] lie left of the current column
        for &j in positions.iter() {
            let c = line[j].char();
            let col = j + 1;
            // The previous row at column `j`: its gap score, and its match there if any.
            let (diagonal_m, diagonal_p) = if i == 0 {
                (UNREACHED, extend)
            } else {
                while before < cells.len() && cells[before].col < j {
                    before += 1;
                }
                let gap = match before.checked_sub(1).map(|b| cells[b]) {
                    Some(cell) => cell.gap_after + extend * (j - cell.col - 1) as i32,
                    None => UNREACHED,
                };
                let m = match cells.get(before) {
                    Some(cell) if cell.col == j => cell.m,
                    _ => UNREACHED,
                };
                (m, gap)
            };
            let prev = if j == 0 { '\0' } else { line[j - 1].char() };
            let mut in_place = in_place_bonus(config, prev, c);
            if j == 0 {
                in_place *= config.bonus_first_char_multiplier;
            }
            let own = if pattern.case_sensitive || c == p {
                match_score
            } else {
                mismatched_case
            };
            let consecutive = in_place.max(config.bonus_consecutive).max(0);
            let m = (diagonal_m + consecutive).max(diagonal_p + in_place) + own;
            // This row's gap score at this column, from its previous match.
            let gap_here = match next_cells.last() {
                Some(cell) => cell.gap_after + extend * (col - cell.col - 1) as i32,
                None => UNREACHED,
            };
            next_cells.push(Cell {
                col,
                m,
                gap_after: (gap_open + m).max(extend + gap_here),
            });
        }
        std::mem::swap(cells, next_cells);
    }
    cells.iter().map(|c| c.m).max().unwrap_or(UNREACHED)
}

/// fuzzy-matcher's whole matrix, two rows at a time.
fn dense<U: Unit>(
    config: &SkimScoreConfig,
    line: &[U],
    pattern: &Pattern,
    scratch: &mut Scratch,
    last: usize,
) -> Option<i32> {
    let first = &scratch.first;
    let k = first.len();
    let cols = last + 2;
    let start = first[0];

    let bonus = &mut scratch.bonus;
    bonus.clear();
    bonus.resize(cols, 0);
    for (col, bonus) in bonus.iter_mut().enumerate().skip(start + 1) {
        let j = col - 1;
        let prev = if j == 0 { '\0' } else { line[j - 1].char() };
        *bonus = in_place_bonus(config, prev, line[j].char());
        if col == 1 {
            *bonus *= config.bonus_first_char_multiplier;
        }
    }

    let [prev_m, prev_p, cur_m, cur_p] = &mut scratch.rows;
    for row in [&mut *prev_m, &mut *prev_p, &mut *cur_m, &mut *cur_p] {
        row.clear();
        row.resize(cols, NEG_INFINITY);
    }
    prev_p.fill(config.gap_extension);
    let match_score = config.score_match.max(0);
    let mismatched_case = (config.score_match + config.penalty_case_mismatch).max(0);

    let gap_open = config.gap_start + config.gap_extension;
    for (i, &skip) in first.iter().enumerate() {
        cur_m[skip] = NEG_INFINITY;
        cur_p[skip] = NEG_INFINITY;
        let (p, folded) = (pattern.chars[i], pattern.folded[i]);
        // The cell to the left, carried along rather than read back.
        let (mut left_m, mut left_p) = (NEG_INFINITY, NEG_INFINITY);
        let diagonal = prev_m[skip..cols - 1].iter().zip(&prev_p[skip..cols - 1]);
        let cells = cur_m[skip + 1..cols]
            .iter_mut()
            .zip(&mut cur_p[skip + 1..cols]);
        let columns = line[skip..cols - 1].iter().zip(&bonus[skip + 1..cols]);
        for (((&unit, &in_place), (&diagonal_m, &diagonal_p)), (m, gap)) in
            columns.zip(diagonal).zip(cells)
        {
            let c = unit.char();
            let matched = if pattern.case_sensitive {
                c == p
            } else {
                c.to_ascii_lowercase() == folded
            };
            *m = if matched {
                let own = if pattern.case_sensitive || c == p {
                    match_score
                } else {
                    mismatched_case
                };
                // A new matcher always sees a zero bonus on the previous cell.
                let consecutive = in_place.max(config.bonus_consecutive).max(0);
                let by_match = diagonal_m + consecutive;
                let by_skip = diagonal_p + in_place;
                by_match.max(by_skip) + own
            } else {
                NEG_INFINITY
            };
            *gap = (gap_open + left_m).max(config.gap_extension + left_p);
            (left_m, left_p) = (*m, *gap);
        }
        std::mem::swap(prev_m, cur_m);
        std::mem::swap(prev_p, cur_p);
    }
    prev_m[first[k - 1]..cols].iter().copied().max()
}
