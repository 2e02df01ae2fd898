//! fuzzy-matcher's SkimMatcherV2 score, computed without its per-call costs: no
//! conversion of ASCII lines to characters, no allocation, two rows of the matrix
//! instead of one per pattern character, and only the columns a match can fall in.
//!
//! The result is the score a new `SkimMatcherV2::default()` gives with `fuzzy_indices`
//! (smart case, default scoring). A matcher that is reused reads a cell's bonus left
//! over from its previous call, so its scores can depend on what it matched before; a
//! new one, reproduced here, starts from a clean matrix.

use fuzzy_matcher::skim::SkimScoreConfig;

const NEG_INFINITY: i32 = i16::MIN as i32;

/// A unit of a line: a byte of an ASCII line, or a character of any other.
pub trait Unit: Copy {
    fn char(self) -> char;
}

impl Unit for u8 {
    #[inline(always)]
    fn char(self) -> char {
        self as char
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
}

impl Pattern {
    pub fn new(text: &str) -> Self {
        let chars: Vec<char> = text.chars().collect();
        Self {
            folded: chars.iter().map(char::to_ascii_lowercase).collect(),
            case_sensitive: chars.iter().any(char::is_ascii_uppercase),
            mask: mask(text.as_bytes()),
            ascii: text.is_ascii(),
            chars,
        }
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
    bytes.iter().fold(0, |mask, &b| mask | 1 << class(b))
}

#[inline(always)]
fn class(b: u8) -> u32 {
    match b.to_ascii_lowercase() {
        c @ b'a'..=b'z' => u32::from(c - b'a'),
        c @ b'0'..=b'9' => 26 + u32::from(c - b'0'),
        b' ' => 36,
        c if c < 0x80 => 37 + u32::from(c % 26),
        _ => 63,
    }
}

/// Buffers reused from one line to the next.
#[derive(Default)]
pub struct Scratch {
    first: Vec<usize>,
    bonus: Vec<i32>,
    rows: [Vec<i32>; 4],
    pub chars: Vec<char>,
}

#[derive(Clone, Copy)]
enum Kind {
    Empty,
    HardSep,
    SoftSep,
    Number,
    Upper,
    Lower,
}

#[inline(always)]
fn kind(c: char) -> Kind {
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

    for (i, &skip) in first.iter().enumerate() {
        cur_m[skip] = NEG_INFINITY;
        cur_p[skip] = NEG_INFINITY;
        let p = pattern.chars[i];
        for col in skip + 1..cols {
            let c = line[col - 1].char();
            let m = if pattern.matches(i, c) {
                let own = if pattern.case_sensitive || c == p {
                    match_score
                } else {
                    mismatched_case
                };
                let in_place = bonus[col];
                // A new matcher always sees a zero bonus on the previous cell.
                let consecutive = in_place.max(config.bonus_consecutive).max(0);
                let by_match = prev_m[col - 1] + consecutive;
                let by_skip = prev_p[col - 1] + in_place;
                by_match.max(by_skip) + own
            } else {
                NEG_INFINITY
            };
            let gap_open = config.gap_start + config.gap_extension + cur_m[col - 1];
            let gap_extend = config.gap_extension + cur_p[col - 1];
            cur_m[col] = m;
            cur_p[col] = gap_open.max(gap_extend);
        }
        std::mem::swap(prev_m, cur_m);
        std::mem::swap(prev_p, cur_p);
    }
    prev_m[first[k - 1]..cols].iter().copied().max()
}
