//! Finds statements: a cue ("said", "warned", "according to") with the words naming its
//! speaker and the content it introduces, or a quotation next to an attribution.

use std::ops::Range;

use super::cues::{self, Cue, WordSet};
use super::quotes::{Marks, Quote, QuoteIndex};
use super::sentences::{flags, Sentence, TokenIndex, TokenKind, Tokens};
use crate::model::StatementKind;

/// A statement as found in the text, before its speaker is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: StatementKind,
    pub content: Range<usize>,
    pub cue: Option<Range<usize>>,
    pub mention: Option<Range<usize>>,
    /// Index of an earlier attribution whose speaker this one shares ("..., and vowed").
    pub same_speaker_as: Option<usize>,
    /// Shares the speaker of the statement just before it in the sentence.
    pub shares_previous: bool,
    pub sentence: usize,
}

/// The analysed text every finder reads.
pub struct Doc<'a> {
    pub text: &'a str,
    /// `text` with ASCII letters in lower case: the same byte offsets.
    pub lower_text: &'a str,
    pub tokens: &'a Tokens,
    /// Finds tokens by byte offset.
    pub token_index: &'a TokenIndex,
    pub sentences: &'a [Sentence],
    pub quotes: &'a [Quote],
    /// Finds quotations by byte offset.
    pub quote_index: &'a QuoteIndex,
    pub marks: &'a Marks,
    pub noise: &'a [bool],
}

const SKIP: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "still",
    "then",
    "not",
    "did",
    "does",
    "do",
    "would",
    "will",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "once",
    "again",
    "never",
    "already",
    "just",
    "now",
    "reportedly",
    "is",
    "was",
    "were",
    "are",
    "been",
    "being",
    "be",
    "first",
    "earlier",
    "today",
    "yesterday",
    "himself",
    "herself",
    "repeatedly",
    "even",
    "too",
    "however",
];
const PASSIVE: &[&str] = &["was", "were", "been", "be", "is", "are", "being"];
/// Pronouns that name a speaker. A `matches!` rather than a list: it is asked of a word
/// at every step of the noun phrase finders, and compiles to a few comparisons.
fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "you" | "it")
}
const NP_LOWER: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "our",
    "former",
    "top",
    "senior",
    "chief",
    "special",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "leader",
    "leaders",
    "president",
    "minister",
    "official",
    "officials",
    "sources",
    "source",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "critics",
    "secretary",
    "senator",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "agent",
    "campaign",
    "manager",
    "director",
    "chairman",
    "candidate",
    "nominee",
    "governor",
    "people",
    "spokesmen",
    "statement",
    "observers",
    "diplomats",
    "diplomat",
    "counterpart",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    "prosecutors",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "voters",
    "supporters",
    "opponents",
    "republicans",
    "democrats",
    "members",
    "member",
    "who",
    "von",
    "der",
    "de",
    "van",
    "bin",
    "al",
    "la",
    "le",
    "da",
    "del",
    "of",
    "for",
    "and",
    "general",
    "attorney",
    "rival",
    "both",
    "many",
    "some",
    "several",
    "two",
    "three",
    "other",
    "others",
    "economists",
    "scientists",
    "researchers",
    "executive",
    "head",
    "representative",
    "ambassador",
    "military",
    "government",
    "administration",
    "state",
    "u.s.",
    "white",
    "house",
    "polls",
    "poll",
    "survey",
    "report",
    "study",
    "data",
];
const NP_STOP: &[&str] = &[
    "although",
    "however",
    "but",
    "and",
    "when",
    "while",
    "as",
    "if",
    "yet",
    "so",
    "meanwhile",
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "because",
    "then",
    "also",
    "now",
    "despite",
    "though",
    "with",
    "from",
    "to",
    "by",
    "that",
    "which",
    "whom",
    "where",
    "there",
    "here",
    "it's",
    "is",
    "was",
    "are",
    "were",
    "has",
    "had",
    "have",
    "what",
    "how",
    "why",
    "this",
    "these",
    "those",
    "not",
    "did",
    "during",
    "about",
    "into",
    "over",
    "under",
    "than",
    "instead",
    "indeed",
    "still",
    "even",
    "only",
    "just",
    "last",
    "next",
    "this",
    "thus",
    "already",
    "speaking",
    "asked",
    "earlier",
    "later",
];
/// Heads that make a lower-case noun phrase a speaker.
const HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "leader",
    "president",
    "minister",
    "official",
    "officials",
    "sources",
    "source",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "critics",
    "secretary",
    "senator",
    "adviser",
    "advisers",
    "advisor",
    "aide",
    "aides",
    "agent",
    "campaign",
    "manager",
    "director",
    "chairman",
    "candidate",
    "nominee",
    "governor",
    "people",
    "observers",
    "diplomats",
    "diplomat",
    "counterpart",
    "congressman",
    "congresswoman",
    "lawmaker",
    "lawmakers",
    "prosecutors",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "voters",
    "supporters",
    "opponents",
    "republicans",
    "democrats",
    "members",
    "member",
    "rival",
    "economists",
    "scientists",
    "researchers",
    "executive",
    "head",
    "representative",
    "ambassador",
    "military",
    "government",
    "administration",
    "statement",
    "polls",
    "poll",
    "survey",
    "report",
    "study",
    "data",
    "others",
    "both",
    "spokesmen",
    "leaders",
    "group",
    "party",
    "committee",
    "court",
    "judge",
    "team",
    "side",
    "ministry",
    "agency",
    "department",
    "office",
    "organizers",
];

static SKIP_SET: WordSet = WordSet::new(SKIP);
static NP_STOP_SET: WordSet = WordSet::new(NP_STOP);
static HEADS_SET: WordSet = WordSet::new(HEADS);
static NP_LOWER_SET: WordSet = WordSet::new(NP_LOWER);

impl Doc<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.text(i, self.text)
    }

    /// The token in lower case (ASCII letters), without allocating.
    fn lower(&self, i: usize) -> &str {
        self.tokens.text(i, self.lower_text)
    }

    /// The index of the first token starting at or after byte `at`.
    fn first_token_from(&self, at: usize) -> usize {
        self.token_index.first_from(self.tokens, at)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word)
    }

    /// Whether token `i` is part of a temporal expression: skipped between subject and
    /// verb.
    fn in_time(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(flags::IN_TIME))
    }

    fn is_quote_mark(&self, i: usize) -> bool {
        self.tokens.is(i, flags::QUOTE_MARK)
    }

    /// The double quotation containing byte `at`, if any.
    pub fn quote_at(&self, at: usize) -> Option<&Quote> {
        let i = self.quote_index.around(self.quotes, at);
        self.quotes.get(i).filter(|q| q.span.start <= at)
    }

    fn in_quote(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| self.quote_at(t.start).is_some())
    }

    /// Whether token `i` is a word starting with a capital; an ASCII first byte is its
    /// own first character.
    fn capitalised(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i).filter(|t| t.kind() == TokenKind::Word) else {
            return false;
        };
        match self.text.as_bytes().get(t.start) {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// Every attribution in the text, in order.
pub fn attributions(doc: &Doc) -> Vec<Attribution> {
    let mut found: Vec<Attribution> = Vec::new();
    // One buffer for every sentence's candidates, rather than one allocated for each.
    let mut candidates: Vec<(usize, Attribution)> = Vec::new();
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if doc.noise.get(sentence.paragraph).copied().unwrap_or(false) {
            continue;
        }
        let first_in_sentence = found.len();
        // The first quotation not ending at or before the token (as `Doc::quote_at`
        // finds it), moved along with the tokens instead of searched for each.
        let mut q = doc
            .tokens
            .get(sentence.tokens.start)
            .map_or(0, |t| doc.quote_index.around(doc.quotes, t.start));
        let mut according_floor = 0;
        for i in sentence.tokens.clone() {
            // `at_cue` finds nothing at a mark or at a word that is no cue, "according"
            // or "made"; the tokenizer turned most of them away.
            if !doc.tokens.is(i, flags::MAY_BE_CUE) {
                continue;
            }
            // "the United States", "Penn State": a capitalised word inside a sentence
            // is a name, not a verb of saying.
            if i > sentence.tokens.start && doc.capitalised(i) {
                continue;
            }
            let at = doc.tokens.start(i);
            while doc.quotes.get(q).is_some_and(|quote| quote.span.end <= at) {
                q += 1;
            }
            if doc
                .quotes
                .get(q)
                .is_some_and(|quote| quote.span.start <= at)
            {
                continue;
            }
            if doc.lower(i) == "according" && doc.lower(i + 1) == "to" {
                if let Some(att) = according_to(doc, sentence, s, i, according_floor) {
                    according_floor = att.mention.as_ref().map_or(at, |m| m.end);
                    candidates.push((i, att));
                }
                continue;
            }
            let earlier = candidates.last().map(|(_, a)| a);
            if let Some(att) = at_cue(doc, sentence, s, i, earlier) {
                candidates.push((i, att));
            }
        }
        cut_overlaps(doc, &mut candidates);
        for (_, mut att) in candidates.drain(..) {
            if att.shares_previous && found.len() > first_in_sentence {
                att.same_speaker_as = Some(found.len() - 1);
            }
            split_partials(doc, att, &mut found);
        }
        uncued_quotes(doc, sentence, s, &mut found, first_in_sentence);
    }
    found
}

/// Where a statement's own words begin, for ending the one before it (`after`).
fn own_start(doc: &Doc, cue_token: usize, att: &Attribution, after: usize) -> usize {
    let cue_start = doc.tokens.start(cue_token);
    match &att.mention {
        Some(m) if m.start < cue_start && m.start > after => m.start,
        _ => cue_start,
    }
}

/// A content running into the next statement's words ends before them. A noun cue or
/// "according to" right after may lie inside it ("said Putin's denial of ..."), but not
/// a second one: contents nest at most one deep, so that together they take no more
/// than about twice the sentence however many cues it holds.
fn cut_overlaps(doc: &Doc, candidates: &mut [(usize, Attribution)]) {
    let nests = |cue: usize| {
        let word = doc.lower(cue);
        cues::cue(word) == Some(Cue::Noun) || word == "according"
    };
    for k in 0..candidates.len().saturating_sub(1) {
        let next = if nests(candidates[k + 1].0) {
            k + 2
        } else {
            k + 1
        };
        let Some((next_cue, next)) = candidates.get(next) else {
            continue;
        };
        let limit = own_start(doc, *next_cue, next, candidates[k].1.content.start);
        let content = &mut candidates[k].1.content;
        if content.start < limit && content.end > limit {
            content.end = trim_end(doc, content.start, limit);
            // What is left may no longer hold the quotation the whole had.
            let att = &mut candidates[k].1;
            if att.kind != StatementKind::Written {
                att.kind = kind_of(doc, &att.content, false);
            }
        }
    }
    for (_, att) in candidates.iter_mut() {
        if att.content.end <= att.content.start {
            att.content.end = att.content.start;
        }
    }
}

/// The end of a content once trailing commas, conjunctions and auxiliaries are dropped.
fn trim_end(doc: &Doc, start: usize, limit: usize) -> usize {
    let mut j = doc.first_token_from(limit);
    while j > 0 && doc.tokens.start(j - 1) >= start {
        let t = doc.tokens.at(j - 1);
        let raw = t.text(doc.text);
        // ASCII words are lowered already; only others need a lower-cased copy.
        let w: std::borrow::Cow<str> = if raw.is_ascii() {
            std::borrow::Cow::Borrowed(doc.lower(j - 1))
        } else {
            std::borrow::Cow::Owned(raw.to_lowercase())
        };
        let junk = matches!(
            &*w,
            "," | ";"
                | ":"
                | "."
                | "—"
                | "–"
                | "-"
                | "and"
                | "but"
                | "while"
                | "which"
                | "who"
                | "to"
                | "as"
                | "whereas"
                | "or"
        ) || SKIP_SET.contains(&w)
            || w.ends_with("ly") && t.kind() == TokenKind::Word;
        if !junk {
            return t.end();
        }
        j -= 1;
    }
    start
}

fn at_cue(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    earlier: Option<&Attribution>,
) -> Option<Attribution> {
    let word = doc.lower(i);
    let (cue_end, cue_kind) = if word == "made"
        && matches!(doc.lower(i + 2), "point" | "case")
        && doc.lower(i + 1) == "the"
    {
        (i + 3, Cue::Verb)
    } else {
        (i + 1, cues::cue(word)?)
    };
    let cue_span = doc.tokens.start(i)..doc.tokens.end(cue_end - 1);
    // "met to discuss": an intention, not a statement.
    if i > sentence.tokens.start && doc.lower(i - 1) == "to" {
        return None;
    }
    let written = cues::is_written(word);
    if cue_kind == Cue::Noun {
        return nominal(doc, sentence, s, i, cue_span);
    }
    let sentence_end = sentence.tokens.end;
    // A quotation just before the cue: "...," he said / "..." said Putin.
    if let Some(att) = after_quote(doc, sentence, s, i, cue_end, cue_span.clone(), written) {
        return Some(att);
    }
    // Subject before the verb.
    let mut j = i;
    while j > sentence.tokens.start {
        let w = doc.lower(j - 1);
        if SKIP_SET.contains(w)
            || doc.in_time(j - 1)
            || (w.ends_with("ly") && w.len() > 4 && doc.is_word(j - 1) && !doc.capitalised(j - 1))
        {
            j -= 1;
        } else {
            break;
        }
    }
    // "Sen. John Cornyn (R-Texas) told": step over the bracket.
    if j > sentence.tokens.start && doc.word(j - 1) == ")" {
        if let Some(open) = (sentence.tokens.start..j - 1)
            .rev()
            .take(8)
            .find(|&k| doc.word(k) == "(")
        {
            j = open;
        }
    }
    let passive = (j..i).any(|k| PASSIVE.contains(&doc.lower(k))) && word.ends_with('d');
    let mut mention = None;
    let mut same = false;
    let mut content_from = cue_end;
    if passive {
        if doc.lower(cue_end) == "by" {
            if let Some(np) = np_right(doc, cue_end + 1, sentence_end) {
                content_from = doc.first_token_from(np.end);
                mention = Some(np);
            }
        }
    } else if j == sentence.tokens.start {
        return None;
    } else {
        let before = doc.lower(j - 1);
        if cues::is_participle(word) && before == ","
            || before == "," && j - 1 > sentence.tokens.start && doc.is_quote_mark(j - 2)
        {
            // "..., calling them 'game-changing'": leans on the statement before.
            if !cues::is_participle(word) {
                return None;
            }
            let last = earlier?;
            mention = last.mention.clone();
            same = true;
            let content = content_after(doc, content_from, sentence_end);
            if !doc.marks.has_quotation(&content) {
                return None;
            }
        } else if let Some(np) = relative_clause_subject(doc, sentence.tokens.start, j) {
            mention = Some(np);
        } else if let Some(np) = matches!(before, "and" | "but" | "or")
            .then(|| np_in_clause(doc, sentence.tokens.start, j - 1))
            .flatten()
        {
            mention = Some(np);
        } else if matches!(before, "and" | "but" | "," | "or") {
            if let Some(last) = earlier {
                mention = last.mention.clone();
                same = true;
            } else {
                mention = np_in_clause(doc, sentence.tokens.start, j - 1);
                mention.as_ref()?;
            }
        } else if before == "," {
            return None;
        } else {
            mention = Some(np_left(doc, sentence.tokens.start, j)?);
        }
    }
    let quoted_next =
        (content_from..sentence_end.min(content_from + 8)).any(|k| doc.is_quote_mark(k));
    if cues::needs_complement(word)
        && !quoted_next
        && !matches!(
            doc.lower(content_from),
            "that" | "for" | "on" | "it" | "him" | "her" | "them"
        )
    {
        return None;
    }
    if matches!(
        word,
        "continued" | "declined" | "refused" | "refuses" | "refusing"
    ) {
        return None;
    }
    let particle = doc.lower(content_from);
    let skips = if word == "called" {
        particle == "on"
    } else {
        matches!(particle, "as" | "of" | "on" | "about" | "against")
    };
    if skips {
        content_from += 1;
    }
    let content = content_after(doc, content_from, sentence_end);
    if content.is_empty() {
        return None;
    }
    let kind = kind_of(doc, &content, written);
    Some(Attribution {
        kind,
        content,
        cue: Some(cue_span),
        mention,
        same_speaker_as: None,
        shares_previous: same,
        sentence: s,
    })
}

/// The statement's content from token `from` to the end of the sentence; a quotation
/// introduced by a few words and a comma or colon stands alone.
fn content_after(doc: &Doc, from: usize, end: usize) -> Range<usize> {
    if from >= end {
        return 0..0;
    }
    for k in from..end.min(from + 6) {
        if doc.is_quote_mark(k) {
            let between_ok = k == from || matches!(doc.word(k - 1), "," | ":");
            if between_ok {
                if let Some(q) = doc.quote_at(doc.tokens.start(k)) {
                    let q_end = q.span.end;
                    // The quotation and any continuation after "he said,".
                    let last = doc.first_token_from(q_end);
                    let rest_is_tail = (last..end).all(|t| matches!(doc.word(t), "." | "," | ";"));
                    if rest_is_tail {
                        return q.span.clone();
                    }
                }
            }
            break;
        }
        if !doc.is_word(k) && !matches!(doc.word(k), "," | ":") {
            break;
        }
    }
    let start = doc.tokens.start(from);
    let end_at = doc.tokens.end(end - 1);
    let trimmed = trim_end(doc, start, end_at);
    // Keep a closing quotation mark that the trim would leave behind.
    let closing = doc
        .quote_at(trimmed.saturating_sub(1))
        .map(|q| q.span.end)
        .filter(|e| *e > trimmed && *e <= end_at);
    start..closing.unwrap_or(trimmed)
}

fn kind_of(doc: &Doc, content: &Range<usize>, written: bool) -> StatementKind {
    let whole_quote = doc
        .quote_at(content.start)
        .is_some_and(|q| q.span.start == content.start && q.span.end >= content.end);
    if written {
        StatementKind::Written
    } else if whole_quote {
        StatementKind::Direct
    } else if doc.marks.has_quotation(content) {
        StatementKind::Partial
    } else {
        StatementKind::Reported
    }
}

/// `"...," he said, "..."` and `"..." said the Kremlin`.
fn after_quote(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    cue_end: usize,
    cue: Range<usize>,
    written: bool,
) -> Option<Attribution> {
    let mut k = i;
    let mut np_tokens = 0;
    while k > sentence.tokens.start && !doc.is_quote_mark(k - 1) {
        k -= 1;
        let w = doc.lower(k);
        if doc.is_word(k) {
            np_tokens += 1;
        }
        if np_tokens > 8 || (doc.is_word(k) && NP_STOP_SET.contains(w) && !SKIP_SET.contains(w)) {
            return None;
        }
        if !doc.is_word(k) && w != "," {
            return None;
        }
    }
    if k == sentence.tokens.start || !doc.is_quote_mark(k - 1) {
        return None;
    }
    let quote = doc.quote_at(doc.tokens.start(k - 1))?.span.clone();
    let mention = if np_tokens > 0 {
        // `"...," Sarandon, 69, told`: the first name after the quotation.
        Some(np_left(doc, k, skip_back(doc, k, i)).or_else(|| {
            let first = k + usize::from(doc.word(k) == ",");
            np_right(doc, first, i).filter(|_| doc.capitalised(first))
        })?)
    } else {
        np_right(doc, cue_end, sentence.tokens.end)
    };
    // A quotation continued after the attribution.
    let mut after = mention.as_ref().map_or(cue_end, |m| {
        if m.start > cue.start {
            doc.first_token_from(m.end)
        } else {
            cue_end
        }
    });
    if doc.word(after) == "," {
        after += 1;
    }
    let mut content = quote;
    if after < sentence.tokens.end && doc.is_quote_mark(after) {
        if let Some(next) = doc.quote_at(doc.tokens.start(after)) {
            content.end = next.span.end;
        }
    }
    Some(Attribution {
        kind: if written {
            StatementKind::Written
        } else {
            StatementKind::Direct
        },
        content,
        cue: Some(cue),
        mention,
        same_speaker_as: None,
        shares_previous: false,
        sentence: s,
    })
}

fn skip_back(doc: &Doc, floor: usize, mut j: usize) -> usize {
    while j > floor {
        let w = doc.lower(j - 1);
        if SKIP_SET.contains(w) || doc.in_time(j - 1) {
            j -= 1;
        } else {
            break;
        }
    }
    j
}

/// The noun phrase ending just before token `end`: a name, a pronoun, or a described
/// person ("the Russian leader", "Special U.S. envoy Steve Witkoff").
fn np_left(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor || !doc.is_word(end - 1) {
        return None;
    }
    let last = doc.lower(end - 1);
    if is_pronoun(last) {
        return Some(doc.tokens.start(end - 1)..doc.tokens.end(end - 1));
    }
    let mut start = end;
    while start > floor && end - start < 10 {
        let k = start - 1;
        if !doc.is_word(k) || doc.in_quote(k) {
            break;
        }
        let w = doc.lower(k);
        let capital = doc.capitalised(k);
        if NP_STOP_SET.contains(w) || is_pronoun(w) && k + 1 < end {
            break;
        }
        if !(capital
            || NP_LOWER_SET.contains(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.contains('-'))
        {
            break;
        }
        start = k;
    }
    // Drop leading words that cannot start a phrase ("of", "and", "who").
    while start < end
        && matches!(
            doc.lower(start),
            "of" | "and" | "for" | "who" | "von" | "der" | "de"
        )
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    let head_ok = doc.capitalised(end - 1) || HEADS_SET.contains(last);
    head_ok.then(|| doc.tokens.start(start)..doc.tokens.end(end - 1))
}

/// "Putin, who spoke first, said": the phrase before the relative clause.
fn relative_clause_subject(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor || doc.word(end - 1) != "," {
        return None;
    }
    let mut k = end - 1;
    while k > floor && k + 25 > end {
        k -= 1;
        if doc.word(k) == "," {
            if matches!(doc.lower(k + 1), "who" | "which" | "whose") {
                return np_left(doc, floor, k);
            }
            // An apposition: "Trump, the president, said".
            return np_left(doc, floor, k).filter(|_| np_left(doc, k + 1, end - 1).is_some());
        }
    }
    None
}

/// The nearest name or pronoun in the clause before `end` ("Putin smiled and replied").
fn np_in_clause(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    let mut k = end;
    while k > floor && end - k < 10 {
        k -= 1;
        if matches!(doc.word(k), "," | ";" | "\"" | "“" | "”") {
            return None;
        }
        if is_pronoun(doc.lower(k)) || doc.capitalised(k) && !NP_STOP_SET.contains(doc.lower(k)) {
            let mut e = k + 1;
            while e < end && doc.capitalised(e) {
                e += 1;
            }
            return np_left(doc, floor, e);
        }
    }
    None
}

/// The noun phrase starting at token `from`: "said Putin", "according to sources".
fn np_right(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut end = from;
    while end < limit && end - from < 10 && doc.is_word(end) {
        let w = doc.lower(end);
        let capital = doc.capitalised(end);
        if end > from && (NP_STOP_SET.contains(w) || doc.in_time(end)) && !matches!(w, "of" | "and")
        {
            break;
        }
        if is_pronoun(w) {
            if end == from {
                end += 1;
            }
            break;
        }
        let determined = matches!(doc.lower(from), "a" | "an" | "the" | "one");
        let adjective = determined && end - from < 6 && !capital && cues::cue(w).is_none();
        if !(capital
            || adjective
            || NP_LOWER_SET.contains(w)
            || w.ends_with("'s")
            || w.ends_with("’s"))
        {
            break;
        }
        end += 1;
    }
    // "a prominent committee member who ...": end at the last word that can be a head.
    while end > from + 1
        && !doc.capitalised(end - 1)
        && !HEADS_SET.contains(doc.lower(end - 1))
        && !is_pronoun(doc.lower(end - 1))
    {
        end -= 1;
    }
    while end > from && matches!(doc.lower(end - 1), "of" | "and" | "the" | "a" | "for") {
        end -= 1;
    }
    if end == from {
        return None;
    }
    let last = doc.lower(end - 1);
    let ok = doc.capitalised(end - 1) || HEADS_SET.contains(last) || is_pronoun(last);
    ok.then(|| doc.tokens.start(from)..doc.tokens.end(end - 1))
}

/// "X, according to Y" and "According to Y, X". The words before reach back no further
/// than `floor`, the end of the "according to Y" before it in the sentence, if any.
fn according_to(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    floor: usize,
) -> Option<Attribution> {
    let np = np_right(doc, i + 2, sentence.tokens.end)?;
    let np_end = doc.first_token_from(np.end);
    let cue = doc.tokens.start(i)..doc.tokens.end(i + 1);
    let content = if i == sentence.tokens.start || (i == sentence.tokens.start + 1) {
        let mut from = np_end;
        while from < sentence.tokens.end && doc.word(from) == "," {
            from += 1;
        }
        content_after(doc, from, sentence.tokens.end)
    } else {
        let mut first = doc.first_token_from(floor).max(sentence.tokens.start);
        while first < i && matches!(doc.word(first), "," | ";") {
            first += 1;
        }
        let start = doc.tokens.start(first);
        let mut end = trim_end(doc, start, doc.tokens.start(i));
        if np_end < sentence.tokens.end && !matches!(doc.word(np_end), "." | "," | "!" | "?" | ";")
        {
            return None;
        }
        if end <= start {
            end = start;
        }
        start..end
    };
    if content.is_empty() {
        return None;
    }
    Some(Attribution {
        kind: kind_of(doc, &content, false),
        content,
        cue: Some(cue),
        mention: Some(np),
        same_speaker_as: None,
        shares_previous: false,
        sentence: s,
    })
}

/// "Putin's denial of Russian interference": a noun cue after a possessive.
fn nominal(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    cue: Range<usize>,
) -> Option<Attribution> {
    if i == sentence.tokens.start {
        return None;
    }
    let owner = doc.lower(i - 1);
    let possessive =
        owner.ends_with("'s") || owner.ends_with("’s") || matches!(owner, "his" | "her" | "their");
    if !possessive || !doc.is_word(i - 1) {
        return None;
    }
    let mention = doc.tokens.start(i - 1)..doc.tokens.end(i - 1);
    let mut from = i + 1;
    if matches!(doc.lower(from), "of" | "that" | "on" | "about") {
        from += 1;
    }
    let content = content_after(doc, from, sentence.tokens.end);
    if content.is_empty()
        || doc.text[content.clone()]
            .split_whitespace()
            .nth(1)
            .is_none()
    {
        return None;
    }
    Some(Attribution {
        kind: kind_of(doc, &content, false),
        content,
        cue: Some(cue),
        mention: Some(mention),
        same_speaker_as: None,
        shares_previous: false,
        sentence: s,
    })
}

/// Coordinated quoted fragments ("as 'very productive' and 'mutually respectful'") are
/// statements each.
fn split_partials(doc: &Doc, att: Attribution, found: &mut Vec<Attribution>) {
    if att.kind != StatementKind::Partial {
        found.push(att);
        return;
    }
    let fragments = doc.marks.single_quotes(&att.content);
    let coordinated = fragments.len() >= 2
        && fragments.windows(2).all(|w| {
            let between = doc.text[w[0].span.end..w[1].span.start].trim();
            matches!(between, "and" | "," | "or" | ", and" | "and then")
        });
    if !coordinated {
        found.push(att);
        return;
    }
    for fragment in fragments {
        found.push(Attribution {
            content: fragment.span.clone(),
            ..att.clone()
        });
    }
}

/// Quotations with no cue of their own: one that opens a sentence carries on from the
/// last speaker; one inside a sentence is taken as the sentence subject's.
fn uncued_quotes(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    found: &mut Vec<Attribution>,
    first_in_sentence: usize,
) {
    let first = doc.quote_index.around(doc.quotes, sentence.span.start);
    let mut at = first;
    let mut covered_by = Coverage::new(
        found
            .iter()
            .skip(first_in_sentence.saturating_sub(1))
            .map(|a| a.content.clone()),
    );
    while let Some(quote) = doc
        .quotes
        .get(at)
        .filter(|q| q.span.start < sentence.span.end)
    {
        at += 1;
        // What this loop adds covers only its own quotation, never a later one.
        let covered = covered_by.overlaps(&quote.span);
        // Words are counted only as far as the least a quotation needs.
        let words = || {
            doc.text[quote.span.clone()]
                .split_whitespace()
                .take(MIN_QUOTE_WORDS)
                .count()
        };
        if covered
            || quote.span.start < sentence.span.start
            || words() < MIN_QUOTE_WORDS
            || is_title(&doc.text[quote.span.clone()])
        {
            continue;
        }
        let opens = quote.span.start == sentence.span.start;
        // `"A," he said. "B."`: the second quotation continues the first statement.
        if let Some(last) = found.last_mut().filter(|l| {
            opens
                && l.sentence + 1 == s
                && doc.sentences[l.sentence].paragraph + 1 >= sentence.paragraph
                && doc.quote_at(l.content.start).is_some()
        }) {
            last.content.end = last.content.end.max(quote.span.end);
            last.sentence = s;
            continue;
        }
        let previous = found.len().checked_sub(1).filter(|&last| {
            let paragraph = doc.sentences[found[last].sentence].paragraph;
            sentence.paragraph <= paragraph + 1
        });
        let quote_token = doc.first_token_from(quote.span.start);
        let subject = if opens {
            // "He declared:" ending the sentence before introduces the quotation.
            s.checked_sub(1)
                .map(|p| &doc.sentences[p])
                .filter(|p| p.tokens.end > p.tokens.start && doc.word(p.tokens.end - 1) == ":")
                .and_then(|p| subject_of(doc, p.tokens.start, p.tokens.end))
        } else {
            subject_of(doc, sentence.tokens.start, quote_token)
        };
        // `"...," Trump barked.`: the phrase right after the quotation, before its verb.
        let subject = subject.or_else(|| {
            let mut k = doc.first_token_from(quote.span.end);
            if doc.word(k) == "," {
                k += 1;
            }
            // `"This is fantastic!" beamed Donald Hartley`.
            let inverted = doc.is_word(k)
                && !doc.capitalised(k)
                && (doc.lower(k).ends_with("ed") || doc.lower(k).ends_with('s'));
            if inverted {
                if let Some(np) =
                    np_right(doc, k + 1, sentence.tokens.end).filter(|_| doc.capitalised(k + 1))
                {
                    return Some(np);
                }
            }
            let np = np_right(doc, k, sentence.tokens.end)?;
            let after = doc.first_token_from(np.end);
            let verb = doc.lower(after);
            let verb_like = doc.is_word(after)
                && !doc.capitalised(after)
                && (verb.ends_with("ed") || verb.ends_with('s') || cues::cue(verb).is_some());
            verb_like.then_some(np)
        });
        let (mention, same) = match (subject, previous) {
            (Some(np), _) => (Some(np), None),
            (None, Some(last)) => (found[last].mention.clone(), Some(last)),
            (None, None) => (None, None),
        };
        found.push(Attribution {
            kind: StatementKind::Direct,
            content: quote.span.clone(),
            cue: None,
            mention,
            same_speaker_as: same,
            shares_previous: false,
            sentence: s,
        });
    }
}

const MIN_QUOTE_WORDS: usize = 3;

/// Whether ranges met in increasing order overlap any of a set of contents, in time
/// linear in both rather than their product: a sentence may hold thousands of each.
struct Coverage {
    /// The contents, by their start.
    contents: Vec<Range<usize>>,
    /// How many of them start before the last range asked about ends.
    passed: usize,
    /// The furthest end among those.
    furthest: usize,
}

impl Coverage {
    fn new(contents: impl Iterator<Item = Range<usize>>) -> Coverage {
        let mut contents: Vec<Range<usize>> = contents.collect();
        contents.sort_unstable_by_key(|c| c.start);
        Coverage {
            contents,
            passed: 0,
            furthest: 0,
        }
    }

    /// Whether `range` overlaps a content; each range asked about must end no earlier
    /// than the one before.
    fn overlaps(&mut self, range: &Range<usize>) -> bool {
        while let Some(c) = self
            .contents
            .get(self.passed)
            .filter(|c| c.start < range.end)
        {
            self.furthest = self.furthest.max(c.end);
            self.passed += 1;
        }
        self.furthest > range.start
    }
}

/// "Planet of the Apes", "State of the Union": a title in quotation marks, not speech.
fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "and"
                | "a"
                | "an"
                | "in"
                | "on"
                | "for"
                | "to"
                | "at"
                | "with"
                | "de"
                | "para"
        )
    };
    words.len() <= 6
        && words.iter().all(|w| {
            small(w)
                || w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// The subject opening a clause: its first noun phrase, if the clause starts with one.
fn subject_of(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut start = from;
    // Skip an opening adverbial up to its comma ("In a statement, the campaign ...").
    if let Some(comma) = (from..limit.min(from + 8)).find(|&k| doc.word(k) == ",") {
        let opener = doc.lower(from);
        if NP_STOP_SET.contains(opener) || opener.ends_with("ing") {
            start = comma + 1;
        }
    }
    let first = doc.lower(start);
    if NP_STOP_SET.contains(first)
        || matches!(
            first,
            "that" | "each" | "his" | "her" | "its" | "their" | "every" | "one" | "it"
        )
    {
        return None;
    }
    let np = np_right(doc, start, limit)?;
    let end = doc.first_token_from(np.end);
    // The phrase must be followed by a verb-like word, not be the whole clause.
    (end < limit && doc.is_word(end)).then_some(np)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_agrees_with_testing_every_content() {
        let contents = [3..9, 0..2, 20..20, 12..30, 40..41, 15..16];
        let asked = [
            0..1,
            1..3,
            2..3,
            9..12,
            16..19,
            19..21,
            30..40,
            40..40,
            41..50,
        ];
        let mut coverage = Coverage::new(contents.iter().cloned());
        for range in asked {
            let every = contents
                .iter()
                .any(|c| c.start < range.end && range.start < c.end);
            assert_eq!(coverage.overlaps(&range), every, "{range:?}");
        }
    }
}
