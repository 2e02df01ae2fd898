//! Titles a reader can use for events: the occasion's noun phrase ("first presidential
//! debate", "rally in Florida") or, for an event named by no noun, the clause that
//! tells it, less its date ("Clinton leaned in heavy and often"). Titles are built from
//! whole words and shortened at a word boundary with "…".

use std::ops::Range;

use super::cues::{self, WordSet};
use super::sentences::{flags, TokenKind, Tokens};

/// The longest title, in characters, before it is shortened.
pub const MAX_TITLE: usize = 60;

/// Words that end a noun phrase on its left: determiners, pronouns, prepositions,
/// conjunctions and the commonest verbs.
const NOT_MODIFIERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "your", "my", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but",
    "as", "is", "was", "were", "be", "been", "are", "said", "says", "after", "before", "during",
    "since", "about", "into", "over", "than", "then", "when", "while", "which", "who", "whose",
    "what", "where", "it", "he", "she", "they", "we", "i", "you", "not", "no", "also", "had",
    "has", "have", "will", "would", "could", "can", "may", "did", "do", "does", "such", "any",
    "every", "each", "some", "another", "other", "upon", "ahead", "like", "if", "because", "so",
    "there", "here", "whether", "all", "both", "either",
];

/// Prepositions that may bring a name into an occasion's title: "rally in Florida".
const NAMING: &[&str] = &[
    "in", "at", "with", "against", "between", "on", "over", "for", "by",
];

/// Words that open a clause without telling what happened: "But", "Meanwhile".
const OPENERS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "however",
    "meanwhile",
    "still",
    "also",
    "then",
    "now",
    "indeed",
    "moreover",
    "instead",
    "thus",
    "or",
    "that",
    "which",
    "when",
    "while",
    "because",
    "although",
    "though",
    "if",
    "whether",
];

/// Prepositions that introduce a date and go with it: "on Monday".
const DATE_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "since", "by", "until", "during", "before", "after", "from", "of", "earlier",
    "later", "as", "early", "late",
];

/// Words a title does not end on: what follows them was the date or lies past the
/// clause's break ("Bemoaning the", "a letter that says he has").
const DANGLING_ENDS: &[&str] = &[
    "the", "a", "an", "of", "to", "and", "or", "but", "that", "which", "who", "whose", "in", "on",
    "at", "for", "with", "by", "from", "as", "than", "his", "her", "its", "their", "our", "my",
    "your", "this", "these", "those", "we", "he", "she", "they", "i", "has", "have", "had", "was",
    "were", "will", "would", "could", "should", "can", "may", "might", "when", "where", "if",
    "because", "since", "into", "about", "after", "during", "until", "not", "whether",
];

/// Prepositions: of two that meet where the date was taken out ("served to during the
/// war"), the first lost its object and goes.
const PREPOSITIONS: &[&str] = &[
    "to",
    "for",
    "during",
    "in",
    "on",
    "at",
    "from",
    "by",
    "with",
    "of",
    "after",
    "before",
    "since",
    "until",
    "through",
    "throughout",
];

/// The lists, looked up by a word's ends and length before any comparison, as titles
/// are built for many events.
static NOT_MODIFIERS_SET: WordSet = WordSet::new(NOT_MODIFIERS);
static NAMING_SET: WordSet = WordSet::new(NAMING);
static OPENERS_SET: WordSet = WordSet::new(OPENERS);
static DATE_PREPOSITIONS_SET: WordSet = WordSet::new(DATE_PREPOSITIONS);
static DANGLING_ENDS_SET: WordSet = WordSet::new(DANGLING_ENDS);
static PREPOSITIONS_SET: WordSet = WordSet::new(PREPOSITIONS);

/// Whether `word` is one of `list`'s words, in any ASCII case.
fn one_of(word: &str, list: &WordSet) -> bool {
    list.contains_lowered(word.as_bytes())
}

/// The title of an occasion named by the noun at token `noun`, within `clause`
/// (tokens): its modifiers on the left, and a name brought in by a preposition on
/// its right.
pub fn occasion_title(text: &str, tokens: &Tokens, noun: usize, clause: Range<usize>) -> String {
    let phrase = occasion_phrase(text, tokens, noun, clause);
    let words = &text[tokens.start(phrase.words.start)..tokens.end(phrase.words.end - 1)];
    match phrase.owner {
        Some(owner) => {
            let owner = &text[tokens.start(owner.start)..tokens.end(owner.end - 1)];
            shorten(&format!("{owner} {words}"))
        }
        None => shorten(words),
    }
}

/// The tokens of an occasion's title.
pub struct OccasionPhrase {
    /// The words before the date, when one stands inside the phrase: "Obama's
    /// landmark" in "Obama's landmark 2012 visit".
    pub owner: Option<Range<usize>>,
    /// The noun and the words around it.
    pub words: Range<usize>,
}

impl OccasionPhrase {
    /// How many words the title has.
    pub fn len(&self) -> usize {
        self.words.len() + self.owner.as_ref().map_or(0, Range::len)
    }
}

/// The tokens of `occasion_title`, to weigh it before it is written.
pub fn occasion_phrase(
    text: &str,
    tokens: &Tokens,
    noun: usize,
    clause: Range<usize>,
) -> OccasionPhrase {
    let word = |k: usize| tokens.text(k, text);
    let is_word = |k: usize| tokens.get(k).is_some_and(|t| t.kind() == TokenKind::Word);
    // The modifiers on the left of `from`, at most `most` words.
    let modifiers = |from: usize, most: usize| {
        let mut first = from;
        while first > clause.start && from - first < most {
            let k = first - 1;
            let adverb = word(k).ends_with("ly") && word(k).len() > 4;
            if !is_word(k)
                || tokens.is(k, flags::IN_TIME)
                || one_of(word(k), &NOT_MODIFIERS_SET)
                || adverb
            {
                break;
            }
            first = k;
        }
        first
    };
    let first = modifiers(noun, 4);
    let mut owner = None;
    if first > clause.start && tokens.is(first - 1, flags::IN_TIME) {
        // An owner before a date stays: "Obama's landmark 2012 visit" is Obama's
        // landmark visit.
        let mut date = first - 1;
        while date > clause.start && tokens.is(date - 1, flags::IN_TIME) {
            date -= 1;
        }
        // Only from a name's possessive on: what else stands before a date is
        // as often a verb ("watched Monday's debate") as a modifier.
        let possessive =
            |k: usize| capitalised(tokens, k) && super::sentences::possessive(word(k).as_bytes());
        owner = (modifiers(date, 3)..date)
            .find(|&k| possessive(k))
            .map(|k| k..date);
    }
    let mut end = noun + 1;
    let name_at = |k: usize| capitalised(tokens, k) && !tokens.is(k, flags::IN_TIME);
    if one_of(word(end), &NAMING_SET) && name_at(end + 1) {
        let mut k = end + 1;
        while k < clause.end
            && k < end + 5
            && capitalised(tokens, k)
            && !tokens.is(k, flags::IN_TIME)
        {
            k += 1;
        }
        end = k;
    }
    OccasionPhrase {
        owner,
        words: first..end,
    }
}

/// The title of an event told by the clause `clause` (tokens) around the date
/// `date` (tokens): the clause without the date and the words that introduce it, from
/// its first telling word to its first break after a few words.
pub fn clause_title(
    text: &str,
    tokens: &Tokens,
    clause: Range<usize>,
    date: Range<usize>,
) -> String {
    let words = TitleWords { text, tokens };
    // The date and its preposition, and a comma after a date that opens the clause.
    let mut cut = date.clone();
    while cut.start > clause.start && words.one_of(cut.start - 1, &DATE_PREPOSITIONS_SET) {
        cut.start -= 1;
    }
    let opens =
        (clause.start..cut.start).all(|k| !words.is_word(k) || words.one_of(k, &OPENERS_SET));
    if opens && tokens.text(cut.end, text) == "," {
        cut.end += 1;
    }
    // A place that opens a dateline ("WASHINGTON -", "FLINT, Mich., Oct. 4 (UPI) —")
    // tells nothing of the event.
    let mut from = clause.start;
    let capitals = |k: usize| {
        let word = words.word(k);
        words.is_word(k) && word.len() >= 2 && !word.chars().any(char::is_lowercase)
    };
    if capitals(from) {
        let dash = (from + 1..(from + 16).min(clause.end))
            .find(|&k| matches!(words.word(k), "-" | "—" | "–" | "_"));
        // Nor does a transcript's speaker ("MARIA LOPEZ: The pier opened on Friday").
        let label = (from + 1..(from + 5).min(clause.end))
            .find(|&k| !capitals(k))
            .filter(|&k| words.word(k) == ":");
        if let Some(mark) = dash.or(label) {
            from = mark + 1;
        }
    }
    let Kept {
        mut kept,
        count,
        scene,
    } = words.kept(from..clause.end, &cut);
    words.trim(&mut kept);
    // Too little after an introductory phrase ("In a statement, Peabody said:"): the
    // phrase and what follows, as written.
    if let Some((mut scene, scene_count)) = scene {
        let left = kept.iter().filter(|&&k| words.is_word(k)).count();
        let says = kept
            .last()
            .is_some_and(|&k| cues::cue(&words.word(k).to_ascii_lowercase()).is_some());
        if (left < 3 || (says && left < 5)) && scene_count + count <= 12 {
            scene.append(&mut kept);
            kept = scene;
            words.trim(&mut kept);
        }
    }
    let mut title = words.join(&kept, &cut);
    // Brackets whose content was the date say nothing: looked for only when the title
    // opens one, as few do.
    let bracket = memchr::memchr2(b'[', b'(', title.as_bytes()).is_some();
    if bracket && (title.contains(" [ ]") || title.contains(" ( )")) {
        title = title.replace(" [ ]", "").replace(" ( )", "");
    }
    let end = title.trim_end_matches([',', ';', ':', ' ', '-']).len();
    title.truncate(end);
    // The first letter in capitals, the rest as written: in place when it is ASCII.
    match title.chars().next() {
        Some(c) if c.is_ascii() => title[..1].make_ascii_uppercase(),
        Some(c) => {
            let mut capitalised = String::with_capacity(title.len() + 2);
            capitalised.extend(c.to_uppercase());
            capitalised.push_str(&title[c.len_utf8()..]);
            title = capitalised;
        }
        None => {}
    }
    shorten_in_place(&mut title);
    title
}

/// The tokens a clause title keeps, and the introductory phrase it dropped.
struct Kept {
    kept: Vec<usize>,
    /// The words among `kept`.
    count: usize,
    /// The first introductory phrase dropped, with its comma, and its words.
    scene: Option<(Vec<usize>, usize)>,
}

/// The tokens of a text, read as the words of a title.
struct TitleWords<'a> {
    text: &'a str,
    tokens: &'a Tokens,
}

impl TitleWords<'_> {
    fn word(&self, k: usize) -> &str {
        self.tokens.text(k, self.text)
    }

    fn is_word(&self, k: usize) -> bool {
        self.tokens
            .get(k)
            .is_some_and(|t| t.kind() == TokenKind::Word)
    }

    fn one_of(&self, k: usize, list: &WordSet) -> bool {
        one_of(self.word(k), list)
    }

    fn capitalised(&self, k: usize) -> bool {
        capitalised(self.tokens, k)
    }

    fn is_quote(&self, k: usize) -> bool {
        matches!(self.word(k), "\"" | "''" | "“" | "”")
    }

    /// Whether token `k` is a comma or dot between digits with no space: "200,000".
    fn in_number(&self, k: usize) -> bool {
        let digit = |j: usize, first: bool| {
            self.tokens.get(j).is_some_and(|t| {
                let w = t.text(self.text);
                if first {
                    w.starts_with(|c: char| c.is_ascii_digit())
                } else {
                    w.ends_with(|c: char| c.is_ascii_digit())
                }
            })
        };
        k > 0
            && matches!(self.word(k), "," | ".")
            && digit(k - 1, false)
            && digit(k + 1, true)
            && self.tokens.end(k - 1) == self.tokens.start(k)
            && self.tokens.end(k) == self.tokens.start(k + 1)
    }

    /// Whether a place's name follows the comma at `k`, as in "Dayton, Ohio": names
    /// up to a mark, a date or the end.
    fn place_follows(&self, k: usize) -> bool {
        let name = |j: usize| self.capitalised(j) && !self.tokens.is(j, flags::IN_TIME);
        let mut end = k + 1;
        while name(end) {
            end += 1;
        }
        let dated = |j: usize| self.tokens.get(j).is_some() && self.tokens.is(j, flags::IN_TIME);
        end > k + 1
            && (end >= self.tokens.len()
                || !self.is_word(end)
                || dated(end)
                || (self.one_of(end, &DATE_PREPOSITIONS_SET) && dated(end + 1)))
    }

    /// Whether the quotation mark at `k` is one of a nickname's inside a name:
    /// Robert C. "Bobby" Scott.
    fn in_nickname(&self, k: usize) -> bool {
        let opens = k + 3 < self.tokens.len()
            && self.capitalised(k + 1)
            && self.is_quote(k + 2)
            && self.capitalised(k + 3);
        let closes =
            k >= 2 && self.capitalised(k - 1) && self.is_quote(k - 2) && self.capitalised(k + 1);
        k > 0 && self.capitalised(k - 1) && (opens || closes)
    }

    /// The tokens of `range` a title keeps, outside `cut` (the date): from the first
    /// telling word to the first break after a few words, an introductory phrase
    /// before them dropped.
    fn kept(&self, range: Range<usize>, cut: &Range<usize>) -> Kept {
        // Sized once for a clause of a few dozen tokens, as most are.
        let mut kept: Vec<usize> = Vec::with_capacity(range.len().min(64));
        let mut count = 0;
        let mut scene = None;
        let mut drops = 0;
        // The count of words at the last comma kept.
        let mut last_comma = None;
        for k in range {
            if cut.contains(&k) {
                continue;
            }
            let word = self.word(k);
            // The comma of a number ("200,000") is part of it.
            if matches!(word, "," | ".") && self.in_number(k) {
                kept.push(k);
                continue;
            }
            let mark = !self.is_word(k);
            let comma = word == ",";
            // Nothing opens on a mark or a connective, and a comma the date leaves
            // dangling after a word or two goes with it (after more, it ends the
            // clause); after a dropped phrase, the words before it were more of that
            // phrase ("In the last poll, conducted in May, Clinton led").
            if k == cut.end && comma && count < 3 {
                if drops > 0 {
                    kept.clear();
                    count = 0;
                }
                continue;
            }
            if kept.is_empty() && (mark || one_of(word, &OPENERS_SET)) {
                continue;
            }
            if mark {
                // An introductory phrase ("In a statement issued on Tuesday,",
                // "According to the polls,", "Campaigning in Ohio,") sets the scene:
                // the clause after its comma tells what happened. A comma between
                // names ("in Fort Pierce, Florida") is inside the phrase.
                // The phrase may have opened with the date's own preposition ("During
                // Tuesday's hearing, the judge ..."). Only a comma ends one, so no
                // other mark has its phrase read.
                let introduced = comma
                    && kept.first().is_some_and(|&first| {
                        introduces(self.word(first))
                            || (first == cut.end
                                && cut.start < cut.end
                                && self.word(cut.end - 1) != ","
                                && introduces(self.word(cut.start)))
                    });
                if introduced {
                    // A comma between names ("in Dayton, Ohio") or of a list ("Poland,
                    // Hungary, and the Czech Republic") is inside the phrase.
                    let after_name = kept.last().is_some_and(|&j| {
                        j + 1 == k && self.capitalised(j) && !self.tokens.is(j, flags::IN_TIME)
                    });
                    let inside = after_name && self.place_follows(k)
                        || matches!(self.word(k + 1), "and" | "or");
                    if inside {
                        kept.push(k);
                        continue;
                    }
                    if drops < 2 && count <= 14 {
                        drops += 1;
                        if scene.is_none() {
                            let room = kept.capacity();
                            let mut phrase = std::mem::replace(&mut kept, Vec::with_capacity(room));
                            phrase.push(k);
                            scene = Some((phrase, count));
                        }
                        kept.clear();
                        count = 0;
                        continue;
                    }
                }
                let stop = match word {
                    "\"" | "''" | "“" | "”" => !self.in_nickname(k),
                    ";" | ":" | "—" | "–" | "(" | ")" => true,
                    // Not the comma closing a short aside the title holds: "Clinton had
                    // another, potentially more serious, blood clot".
                    "," => count >= 4 && last_comma.is_none_or(|at| count - at > 3),
                    "." | "!" | "?" => true,
                    _ => false,
                };
                if stop {
                    break;
                }
                if comma {
                    last_comma = Some(count);
                }
            } else {
                count += 1;
            }
            kept.push(k);
        }
        Kept { kept, count, scene }
    }

    /// Not a title ending on a word that leads on, nor a preposition that lost its
    /// object, the date, before another; kept whole if nothing else would be left.
    fn trim(&self, kept: &mut Vec<usize>) {
        let mut end = kept.len();
        // A closing bracket or quotation mark ends a title as well as a word does.
        let closes = |k: usize| matches!(self.word(k), ")" | "]" | "”" | "’" | "\"" | "''" | "'");
        while end > 1
            && !closes(kept[end - 1])
            && (!self.is_word(kept[end - 1]) || self.one_of(kept[end - 1], &DANGLING_ENDS_SET))
        {
            end -= 1;
        }
        if (0..end).any(|n| self.is_word(kept[n])) {
            kept.truncate(end);
        }
        // A kept token and the next: only where the date was taken out between them
        // are the words read.
        let orphan = |pair: &[usize]| {
            pair[1] != pair[0] + 1
                && self.one_of(pair[0], &PREPOSITIONS_SET)
                && self.one_of(pair[1], &PREPOSITIONS_SET)
        };
        let orphans = (kept.windows(2))
            .filter(|pair| pair[1] != pair[0] + 1 && orphan(pair))
            .count();
        if orphans > 0 && kept.len() > orphans + 1 {
            let all = std::mem::take(kept);
            kept.extend(
                (all.iter().enumerate())
                    .filter(|&(n, _)| !all.get(n..n + 2).is_some_and(orphan))
                    .map(|(_, &k)| k),
            );
        }
    }

    /// The kept tokens as written, runs joined by a space where the date was taken
    /// out (none before a mark: "After the test, the council"), and "the" where a
    /// possessive date stood before a noun ("condemned Friday's test").
    fn join(&self, kept: &[usize], cut: &Range<usize>) -> String {
        let possessive_date =
            cut.end > cut.start && super::sentences::possessive(self.word(cut.end - 1).as_bytes());
        // Sized once: the kept words as written, and room for a "the" and an "n".
        let size = match (kept.first(), kept.last()) {
            (Some(&first), Some(&last)) => {
                self.tokens
                    .end(last)
                    .saturating_sub(self.tokens.start(first))
                    + 8
            }
            _ => 0,
        };
        let mut title = String::with_capacity(size);
        let mut run_start: Option<usize> = None;
        let determined = || cut.start > 0 && self.one_of(cut.start - 1, &DETERMINERS_SET);
        for (n, &k) in kept.iter().enumerate() {
            let start = *run_start.get_or_insert(k);
            let next = kept.get(n + 1).copied();
            if next != Some(k + 1) {
                let mark = matches!(self.word(start), "," | ";" | ":" | "." | "!" | "?");
                if !title.is_empty() && !mark {
                    title.push(' ');
                }
                if possessive_date && start == cut.end && !determined() && self.is_word(start) {
                    title.push_str("the ");
                }
                let run = &self.text[self.tokens.start(start)..self.tokens.end(k)];
                // "a May interview" without its date is "an interview".
                let article = title.ends_with(" a ") || title == "a " || title == "A ";
                if article && run.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    title.insert(title.len() - 1, 'n');
                }
                title.push_str(run);
                run_start = None;
            }
        }
        title
    }
}

/// Words that determine a noun: a possessive date after one needs no "the" in its
/// place ("his Friday's speech" is rare, "this year's campaign" is the date's own).
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
    "your", "my",
];
static DETERMINERS_SET: WordSet = WordSet::new(DETERMINERS);

/// Words that open an introductory phrase: prepositions and subordinators, and a
/// participle ("Campaigning in Ohio, she ...").
const INTRODUCERS: &[&str] = &[
    "in",
    "at",
    "on",
    "after",
    "before",
    "during",
    "like",
    "unlike",
    "as",
    "according",
    "without",
    "with",
    "to",
    "despite",
    "following",
    "since",
    "until",
    "amid",
    "among",
    "under",
    "for",
    "from",
    "by",
    "through",
    "based",
    "if",
    "when",
    "while",
    "although",
    "though",
    "because",
    "ahead",
    "upon",
    "over",
    "within",
    "once",
    "unless",
    "whereas",
    "beyond",
    "besides",
    "of",
];
static INTRODUCERS_SET: WordSet = WordSet::new(INTRODUCERS);

/// Whether `word` opens an introductory phrase.
fn introduces(word: &str) -> bool {
    let participle = word.len() > 5
        && word.ends_with("ing")
        && word.chars().next().is_some_and(char::is_uppercase);
    participle || one_of(word, &INTRODUCERS_SET)
}

/// Whether token `k` is a word with a capital first letter, as the tokenizer flagged
/// it: the text is not read.
fn capitalised(tokens: &Tokens, k: usize) -> bool {
    tokens.is(k, flags::CAPITAL)
}

/// `text` if it has at most `MAX_TITLE` characters; else cut at the last word boundary
/// before them, with "…".
pub fn shorten(text: &str) -> String {
    let (kept, cut) = shortened(text);
    let mut short = String::with_capacity(kept.len() + if cut { '…'.len_utf8() } else { 0 });
    short.push_str(&text[kept]);
    if cut {
        short.push('…');
    }
    short
}

/// `shorten`, in the string itself: most titles are kept whole, and none need be copied.
fn shorten_in_place(text: &mut String) {
    let (kept, cut) = shortened(text);
    text.truncate(kept.end);
    text.drain(..kept.start);
    if cut {
        text.push('…');
    }
}

/// The part of `text` that `shorten` keeps, and whether it is cut short (and so takes
/// a "…").
fn shortened(text: &str) -> (Range<usize>, bool) {
    let trimmed = text.trim();
    let start = trimmed.as_ptr() as usize - text.as_ptr() as usize;
    let whole = (start..start + trimmed.len(), false);
    if trimmed.len() <= MAX_TITLE {
        return whole;
    }
    // The character after the first `MAX_TITLE`: byte `MAX_TITLE` when those are ASCII,
    // as most are.
    let bytes = trimmed.as_bytes();
    let (at, next) = if bytes[..=MAX_TITLE].is_ascii() {
        (MAX_TITLE, char::from(bytes[MAX_TITLE]))
    } else {
        match trimmed.char_indices().nth(MAX_TITLE) {
            Some(found) => found,
            None => return whole,
        }
    };
    // The last space at or before the limit; a single word longer than that is cut.
    let cut = if next.is_whitespace() {
        at
    } else {
        trimmed[..at].rfind(char::is_whitespace).unwrap_or(at)
    };
    let kept = trimmed[..cut].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—')
    });
    (start..start + kept.len(), true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences::tokenize;

    fn token_of(text: &str, tokens: &Tokens, word: &str) -> usize {
        let at = text.find(word).unwrap();
        (0..tokens.len()).find(|&k| tokens.start(k) == at).unwrap()
    }

    /// The title of the occasion `noun`, the weekdays of `text` marked as times.
    fn occasion(text: &str, noun: &str) -> String {
        let mut tokens = tokenize(text);
        for day in ["Monday", "Friday"] {
            if text.contains(day) {
                let k = token_of(text, &tokens, day);
                tokens.mark(k..k + 1, flags::IN_TIME);
            }
        }
        let k = token_of(text, &tokens, noun);
        occasion_title(text, &tokens, k, 0..tokens.len())
    }

    fn clause(text: &str, date: &str) -> String {
        clause_among(text, date, &[])
    }

    /// `clause`, with the words `others` marked as times too, as ingest marks every
    /// time of a sentence.
    fn clause_among(text: &str, date: &str, others: &[&str]) -> String {
        let mut tokens = tokenize(text);
        for other in others {
            let k = token_of(text, &tokens, other);
            tokens.mark(k..k + 1, flags::IN_TIME);
        }
        let first = token_of(text, &tokens, date);
        let end = (0..tokens.len())
            .find(|&k| tokens.end(k) == text.find(date).unwrap() + date.len())
            .unwrap()
            + 1;
        tokens.mark(first..end, flags::IN_TIME);
        clause_title(text, &tokens, 0..tokens.len(), first..end)
    }

    #[test]
    fn an_occasion_with_its_modifiers_and_the_name_it_brings() {
        assert_eq!(
            occasion(
                "Clinton won the first presidential debate on Monday.",
                "debate"
            ),
            "first presidential debate"
        );
        assert_eq!(
            occasion("Trump held a rally in Florida on Friday.", "rally"),
            "rally in Florida"
        );
        assert_eq!(
            occasion("They argued over the governor's budget veto.", "veto"),
            "governor's budget veto"
        );
        assert_eq!(
            occasion(
                "Reagan lost his first debate against Walter Mondale.",
                "debate"
            ),
            "first debate against Walter Mondale"
        );
        assert_eq!(
            occasion("The paper quoted a statement by Ms. Ortiz.", "statement"),
            "statement by Ms. Ortiz"
        );
    }

    #[test]
    fn an_owner_named_before_the_date_stays() {
        let text = "Obama's landmark 2012 visit drew crowds. Lee's 2012 visit did not.";
        let mut tokens = tokenize(text);
        let year = token_of(text, &tokens, "2012");
        tokens.mark(year..year + 1, flags::IN_TIME);
        let noun = token_of(text, &tokens, "visit");
        assert_eq!(
            occasion_title(text, &tokens, noun, 0..tokens.len()),
            "Obama's landmark visit"
        );
        let at = text.find("Lee").unwrap();
        let lee = (0..tokens.len()).find(|&k| tokens.start(k) == at).unwrap();
        tokens.mark(lee + 1..lee + 2, flags::IN_TIME);
        assert_eq!(
            occasion_title(text, &tokens, lee + 2, lee..tokens.len()),
            "Lee's visit"
        );
    }

    #[test]
    fn an_occasion_leaves_its_date_out() {
        let text = "Viewers watched Monday night's debate.";
        let mut tokens = tokenize(text);
        let night = token_of(text, &tokens, "night's");
        tokens.mark(night - 1..night + 1, flags::IN_TIME);
        let noun = token_of(text, &tokens, "debate");
        assert_eq!(
            occasion_title(text, &tokens, noun, 0..tokens.len()),
            "debate"
        );
    }

    #[test]
    fn a_clause_without_its_date_and_openers() {
        assert_eq!(
            clause(
                "On Monday night, Clinton leaned in heavy and often, painting him as a fraud.",
                "Monday night"
            ),
            "Clinton leaned in heavy and often"
        );
        assert_eq!(
            clause(
                "But Hillary Clinton didn't need an earthshaking event on Monday night to win.",
                "Monday night"
            ),
            "Hillary Clinton didn't need an earthshaking event to win"
        );
        assert_eq!(
            clause(
                "In 1993, radical Islamists bombed the World Trade Center.",
                "1993"
            ),
            "Radical Islamists bombed the World Trade Center"
        );
    }

    #[test]
    fn a_short_aside_between_commas_stays_in_the_clause() {
        assert_eq!(
            clause("Ruiz had another, more serious, clot in 2013.", "2013"),
            "Ruiz had another, more serious, clot"
        );
        assert_eq!(
            clause("The finance minister, Lou Jiwei, resigned in 2008.", "2008"),
            "The finance minister, Lou Jiwei, resigned"
        );
        // A comma after more words than a short aside holds still ends the title.
        assert_eq!(
            clause(
                "Ruiz, who ran the harbour for a decade, resigned in 2013.",
                "2013"
            ),
            "Ruiz, who ran the harbour for a decade"
        );
    }

    #[test]
    fn no_dateline_place_nor_dangling_comma() {
        assert_eq!(
            clause(
                "WASHINGTON - A visa program expires on Friday, and few care.",
                "Friday"
            ),
            "A visa program expires"
        );
        // A transcript's speaker before a colon is no part of the event.
        assert_eq!(
            clause("MARIA LOPEZ: The pier opened on Friday.", "Friday"),
            "The pier opened"
        );
        assert_eq!(
            clause(
                "It was in 2013, and the mine was running out of space.",
                "2013"
            ),
            "It was and the mine was running out of space"
        );
    }

    #[test]
    fn long_titles_are_cut_between_words() {
        let title = clause(
            "Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University on Monday afternoon.",
            "Monday afternoon",
        );
        assert!(title.chars().count() <= MAX_TITLE + 1, "{title}");
        assert!(title.ends_with('…'), "{title}");
        let kept = title.trim_end_matches('…');
        let full = "Green Party presidential candidate Jill Stein was escorted off the premises of Hofstra University";
        assert!(full.starts_with(kept), "{title}");
        assert!(
            full[kept.len()..].starts_with(' '),
            "cut inside a word: {title}"
        );
        assert_eq!(shorten("short"), "short");
        assert_eq!(shorten(&"x".repeat(80)).chars().count(), MAX_TITLE + 1);
    }

    #[test]
    fn no_title_ends_on_a_word_that_leads_on_nor_opens_on_two_prepositions() {
        assert_eq!(
            clause("They voted for the 2015 — a year of change.", "2015"),
            "They voted"
        );
        assert_eq!(
            clause(
                "She served to 2001 during the long boom in the city.",
                "2001"
            ),
            "She served during the long boom in the city"
        );
        assert_eq!(
            clause(
                "He wrote a letter that says he has in 2015 resigned.",
                "2015"
            ),
            "He wrote a letter that says he has resigned"
        );
        assert_eq!(
            clause("He met the envoy, who said that in May.", "May"),
            "He met the envoy"
        );
    }

    #[test]
    fn a_mark_after_the_date_joins_the_word_before_it() {
        assert_eq!(
            clause("Before a vote last week, they left.", "last week"),
            "Before a vote, they left"
        );
    }

    #[test]
    fn a_title_may_end_on_a_verb_an_adverb_or_a_bracket() {
        assert_eq!(
            clause("Voters saw him on Monday for who he is.", "Monday"),
            "Voters saw him for who he is"
        );
        assert_eq!(
            clause("They had never met before 2016.", "2016"),
            "They had never met"
        );
        assert_eq!(
            clause("It is new [since 2012] in a way.", "2012"),
            "It is new in a way"
        );
        assert_eq!(
            clause("He cited a rival [Smith] on Monday.", "Monday"),
            "He cited a rival [Smith]"
        );
    }

    #[test]
    fn an_introductory_phrase_gives_way_to_the_clause_it_introduces() {
        assert_eq!(
            clause(
                "In a statement issued on Tuesday, the senator rejected the plan outright.",
                "Tuesday"
            ),
            "The senator rejected the plan outright"
        );
        assert_eq!(
            clause(
                "According to the latest polls, the mayor led by six points in 2019.",
                "2019"
            ),
            "The mayor led by six points"
        );
        assert_eq!(
            clause(
                "Campaigning in Ohio in 2012, she barely mentioned trade.",
                "2012"
            ),
            "She barely mentioned trade"
        );
        assert_eq!(
            clause(
                "During Tuesday's hearing, the two sides traded blame for an hour.",
                "Tuesday's"
            ),
            "The two sides traded blame for an hour"
        );
        assert_eq!(
            clause(
                "In the last survey, conducted in early May, the mayor led by six points.",
                "early May"
            ),
            "The mayor led by six points"
        );
    }

    #[test]
    fn a_phrase_stays_when_too_little_follows_it_or_names_run_on() {
        assert_eq!(
            clause(
                "In a statement on Friday, Ms. Ortiz said: we will fight.",
                "Friday"
            ),
            "In a statement, Ms. Ortiz said"
        );
        assert_eq!(
            clause(
                "In a speech in Dayton, Ohio on Friday, the governor set out her budget plan.",
                "Friday"
            ),
            "The governor set out her budget plan"
        );
        assert_eq!(
            clause(
                "Until that week in March, Mr. Reyes, 58, had never run for office.",
                "March"
            ),
            "Mr. Reyes, 58, had never run for office"
        );
        assert_eq!(
            clause_among(
                "Until that week in March, Mr. Reyes, 58, had never run for office.",
                "that week",
                &["March"]
            ),
            "Mr. Reyes, 58, had never run for office"
        );
        assert_eq!(
            clause(
                "After the Cold War, Republicans led the push in 1994.",
                "1994"
            ),
            "Republicans led the push"
        );
    }

    #[test]
    fn a_nickname_in_quotation_marks_stays_in_the_name() {
        assert_eq!(
            clause(
                "On Monday, Rep. Alma \"Ally\" Brandt opened her campaign office.",
                "Monday"
            ),
            "Rep. Alma \"Ally\" Brandt opened her campaign office"
        );
    }

    #[test]
    fn a_possessive_date_before_a_noun_becomes_the() {
        assert_eq!(
            clause(
                "The ministry condemned Friday's test as reckless.",
                "Friday's"
            ),
            "The ministry condemned the test as reckless"
        );
        assert_eq!(
            clause("Voters found this year's race dull.", "this year's"),
            "Voters found the race dull"
        );
    }

    #[test]
    fn a_number_keeps_its_comma() {
        assert_eq!(
            clause("In 1972, the population stood at 200,000 people.", "1972"),
            "The population stood at 200,000 people"
        );
    }

    #[test]
    fn an_article_agrees_with_the_word_after_the_date() {
        assert_eq!(
            clause("Trump gave a May interview to the paper.", "May"),
            "Trump gave an interview to the paper"
        );
        assert_eq!(
            clause("Trump gave a 2015 speech to the club.", "2015"),
            "Trump gave a speech to the club"
        );
    }

    /// `shorten` as it was, before it read ASCII byte by byte and could work in place.
    fn shorten_by_chars(text: &str) -> String {
        let text = text.trim();
        if text.len() <= MAX_TITLE {
            return text.to_owned();
        }
        let Some((at, next)) = text.char_indices().nth(MAX_TITLE) else {
            return text.to_owned();
        };
        let cut = if next.is_whitespace() {
            at
        } else {
            text[..at].rfind(char::is_whitespace).unwrap_or(at)
        };
        let kept =
            text[..cut].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—".contains(c));
        format!("{kept}…")
    }

    /// A few thousand texts of every length about the limit, of words, marks, spaces of
    /// every kind and characters of two and three bytes.
    fn generated_titles() -> Vec<String> {
        let pieces = [
            "a",
            "word",
            "Clinton",
            " ",
            "  ",
            "\t",
            "\n",
            "\u{b}",
            "\u{a0}",
            "\u{2003}",
            ",",
            ";",
            ":",
            "-",
            "–",
            "—",
            "é",
            "ü",
            "…",
            "x",
            "longerwordhere",
        ];
        let mut dice = crate::dice::Dice(7);
        let mut next = move |n: usize| dice.next(n);
        (0..6000)
            .map(|_| {
                let mut text = String::new();
                let len = 40 + next(50);
                while text.chars().count() < len {
                    text.push_str(pieces[next(pieces.len())]);
                }
                text
            })
            .collect()
    }

    #[test]
    fn shorten_cuts_as_it_did_char_by_char() {
        for text in generated_titles() {
            let old = shorten_by_chars(&text);
            assert_eq!(shorten(&text), old, "{text:?}");
            let mut owned = text.clone();
            shorten_in_place(&mut owned);
            assert_eq!(owned, old, "{text:?}");
        }
    }

    /// `TitleWords::trim` as it was, each orphan found and removed by its index.
    fn trim_by_index(words: &TitleWords, kept: &mut Vec<usize>) {
        let mut end = kept.len();
        let closes = |k: usize| matches!(words.word(k), ")" | "]" | "”" | "’" | "\"" | "''" | "'");
        while end > 1
            && !closes(kept[end - 1])
            && (!words.is_word(kept[end - 1]) || words.one_of(kept[end - 1], &DANGLING_ENDS_SET))
        {
            end -= 1;
        }
        if (0..end).any(|n| words.is_word(kept[n])) {
            kept.truncate(end);
        }
        let orphan = |n: usize| {
            let (k, next) = (kept[n], kept.get(n + 1).copied());
            next.is_some_and(|next| {
                next != k + 1
                    && words.one_of(k, &PREPOSITIONS_SET)
                    && words.one_of(next, &PREPOSITIONS_SET)
            })
        };
        let orphans: Vec<usize> = (0..kept.len()).filter(|&n| orphan(n)).collect();
        if kept.len() > orphans.len() + 1 {
            for n in orphans.into_iter().rev() {
                kept.remove(n);
            }
        }
    }

    #[test]
    fn trim_leaves_out_the_orphans_it_did_by_index() {
        let text = "to in the For of cat , on at dog by \" ran ) during the";
        let tokens = tokenize(text);
        let words = TitleWords {
            text,
            tokens: &tokens,
        };
        let mut dice = crate::dice::Dice(11);
        let mut next = move |n: usize| dice.next(n);
        for _ in 0..20_000 {
            // Tokens in order, some left out, as a clause's are around its date.
            let kept: Vec<usize> = (0..tokens.len()).filter(|_| next(3) > 0).collect();
            let (mut new, mut old) = (kept.clone(), kept.clone());
            words.trim(&mut new);
            trim_by_index(&words, &mut old);
            assert_eq!(new, old, "{kept:?}");
        }
    }

    #[test]
    fn a_dateline_with_its_state_and_agency_is_left_out() {
        assert_eq!(
            clause(
                "DAYTON, Ohio, March 4 (AP) — The governor vetoed the budget.",
                "March 4"
            ),
            "The governor vetoed the budget"
        );
    }
}
