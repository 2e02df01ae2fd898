//! Finds statements: a cue ("said", "warned", "according to") with the words naming its
//! speaker and the content it introduces, or a quotation next to an attribution.

mod according;
mod after_quote;
mod anonymity;
mod before;
mod content;
mod headline;
mod negation;
mod nominal;
mod phrases;
mod transcript;
mod uncued;
mod verb;
mod words;

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use super::cues::{self, Cue};
use super::quotes::{Marks, Quote, QuoteIndex};
use super::sentences::{flags, Sentence, TokenIndex, TokenKind, Tokens};
use super::speakers::tells_how_many;
use crate::model::StatementKind;

use according::according_to;
use content::{kind_of, trim_end};
use uncued::uncued_quotes;
use verb::{at_cue, cue_at};
use words::is_pronoun;

/// A statement as found in the text, before its speaker is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub kind: StatementKind,
    /// From the first of its words to the last.
    pub content: Range<usize>,
    /// The pieces of a quotation split by its cue (`"A," he said, "B."`), in order;
    /// empty when the content is one piece.
    pub fragments: Vec<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub mention: Option<Range<usize>>,
    /// Index of an earlier attribution whose speaker this one shares ("..., and vowed").
    pub same_speaker_as: Option<usize>,
    /// Shares the speaker of the statement just before it in the sentence.
    pub shares_previous: bool,
    pub sentence: usize,
}

impl Attribution {
    /// A statement of `content` in sentence `s`, its kind told by the marks in it (or
    /// written, if `written`), its speaker found by no other statement's.
    fn new(
        doc: &Doc,
        (content, fragments): (Range<usize>, Vec<Range<usize>>),
        cue: Option<Range<usize>>,
        mention: Option<Range<usize>>,
        written: bool,
        s: usize,
    ) -> Attribution {
        Attribution {
            kind: content::kind_of(doc, &content, written),
            content,
            fragments,
            cue,
            mention,
            same_speaker_as: None,
            shares_previous: false,
            sentence: s,
        }
    }
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

impl Doc<'_> {
    #[inline(always)]
    fn word(&self, i: usize) -> &str {
        self.tokens.text(i, self.text)
    }

    /// The token in lower case (ASCII letters), without allocating. Asked for at every
    /// step of every finder: always inlined, as a call costs about what it does.
    #[inline(always)]
    fn lower(&self, i: usize) -> &str {
        self.tokens.text(i, self.lower_text)
    }

    /// The index of the first token starting at or after byte `at`.
    fn first_token_from(&self, at: usize) -> usize {
        self.token_index.first_from(self.tokens, at)
    }

    #[inline]
    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind() == TokenKind::Word)
    }

    /// Whether token `i` is part of a temporal expression: skipped between subject and
    /// verb.
    #[inline]
    fn in_time(&self, i: usize) -> bool {
        self.tokens.is(i, flags::IN_TIME)
    }

    #[inline]
    fn is_quote_mark(&self, i: usize) -> bool {
        self.tokens.is(i, flags::QUOTE_MARK)
    }

    /// Whether token `i` is a mark inside a number, digits touching it on both sides:
    /// the comma of "2,400".
    fn in_number(&self, i: usize) -> bool {
        // "" past the last token, which is no digit.
        let digit = |k: usize| {
            let w = self.word(k);
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        };
        i > 0
            && digit(i - 1)
            && digit(i + 1)
            && self.tokens.end(i - 1) == self.tokens.start(i)
            && self.tokens.end(i) == self.tokens.start(i + 1)
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

    /// `in_quote` for the tokens `tokens`, found with one search for them all rather
    /// than one for each token asked about: the phrase finders ask it of every word
    /// they step over.
    fn quoted_in(&self, tokens: Range<usize>) -> QuotedIn<'_, '_> {
        let (Some(first), Some(last)) = (
            self.tokens.get(tokens.start),
            tokens.end.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) else {
            return QuotedIn {
                doc: self,
                tokens: 0..0,
                from: None,
            };
        };
        // Quotations are in order of their ends: the one `quote_at` finds for any
        // token of the stretch is this one, if it ends after the last token starts.
        let q = self.quote_index.around(self.quotes, first.start);
        let from = match self.quotes.get(q) {
            None => Some(usize::MAX),
            Some(quote) if quote.span.end > last.start => Some(quote.span.start),
            Some(_) => None,
        };
        QuotedIn {
            doc: self,
            tokens,
            from,
        }
    }

    /// Whether token `i` is a word starting with a capital, as the tokenizer flagged
    /// it. Asked of most words near every cue: the text is not read.
    #[inline]
    fn capitalised(&self, i: usize) -> bool {
        self.tokens.is(i, flags::CAPITAL)
    }

    /// Whether token `i` opens the text or follows a full stop, a question or an
    /// exclamation mark: a capital there may be only the sentence's.
    fn opens_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens.is(i - 1, flags::SENTENCE_END)
    }
}

/// Whether tokens of a stretch are inside a quotation (`Doc::quoted_in`).
struct QuotedIn<'d, 'a> {
    doc: &'d Doc<'a>,
    tokens: Range<usize>,
    /// Where the one quotation that may hold a token of the stretch starts
    /// (`usize::MAX` if there is none): a token is inside it if it starts there or
    /// after. `None` if a quotation ends inside the stretch: each token is looked up.
    from: Option<usize>,
}

impl QuotedIn<'_, '_> {
    #[inline]
    fn holds(&self, i: usize) -> bool {
        match self.from {
            Some(from) if self.tokens.contains(&i) => self.doc.tokens.start(i) >= from,
            _ => self.doc.in_quote(i),
        }
    }
}

/// `att`, found at the cue whose first token is `i`, with the negation before its cue
/// in the cue ("did not say"): never the words of a speaker named before it.
fn with_negated_cue(doc: &Doc, sentence: &Sentence, i: usize, mut att: Attribution) -> Attribution {
    let Some(cue) = att.cue.clone() else {
        return att;
    };
    if cue.start != doc.tokens.start(i) {
        return att;
    }
    let floor = att
        .mention
        .as_ref()
        .filter(|m| m.end <= cue.start)
        .map_or(0, |m| m.end);
    att.cue = Some(negation::with_negation(
        doc,
        sentence.tokens.start,
        i,
        cue,
        floor,
    ));
    att
}

/// Every attribution in the text, in order.
pub fn attributions(doc: &Doc) -> Vec<Attribution> {
    let mut found: Vec<Attribution> = Vec::new();
    // One buffer for every sentence's candidates, rather than one allocated for each.
    let mut candidates: Vec<(usize, Attribution)> = Vec::new();
    // Each turn of a transcript, taken in order with the sentence its label opens.
    let mut turns = transcript::turns(doc).into_iter().peekable();
    // The last turn taken: where it is in `found`, and its words.
    let mut turn_at: Option<(usize, Range<usize>)> = None;
    for (s, sentence) in doc.sentences.iter().enumerate() {
        if let Some(turn) = turns.next_if(|t| t.sentence == s) {
            turn_at = Some((found.len(), turn.content.clone()));
            found.push(turn);
        }
        // A headline's name and colon ("Lynch: No outside influence on ..."), on a line
        // otherwise passed over as a heading's.
        if let Some(att) = headline::headline(doc, sentence, s) {
            found.push(att);
            continue;
        }
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
        // Where the sentence's first token starts: a quotation ending after it and
        // before a cue is one the cue may follow.
        let first_start = doc
            .tokens
            .get(sentence.tokens.start)
            .map_or(sentence.span.start, |t| t.start);
        // `at_cue` finds nothing at a mark or at a word that is no cue, "according" or
        // "made"; the tokenizer turned most of them away, and their flags are passed
        // over eight at a time.
        for i in doc
            .tokens
            .flagged_in(sentence.tokens.clone(), flags::MAY_BE_CUE)
        {
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
            let word = doc.lower(i);
            if word == "according" && doc.lower(i + 1) == "to" {
                if let Some(att) = according_to(doc, sentence, s, i, according_floor) {
                    according_floor = att.mention.as_ref().map_or(at, |m| m.end);
                    candidates.push((i, att));
                }
                continue;
            }
            let Some((cue_end, cue_kind)) = cue_at(doc, i, word) else {
                continue;
            };
            // Only a quotation ending in the sentence before the cue may be the one it
            // follows (`"...," he said`); quotations are in order of their ends.
            let quote_before = q
                .checked_sub(1)
                .and_then(|p| doc.quotes.get(p))
                .is_some_and(|quote| quote.span.end > first_start);
            if let Some(att) = at_cue(
                doc,
                sentence,
                s,
                i,
                (word, cue_end, cue_kind),
                quote_before,
                &candidates,
            ) {
                candidates.push((i, with_negated_cue(doc, sentence, i, att)));
            }
        }
        cut_overlaps(doc, &mut candidates);
        for (_, mut att) in candidates.drain(..) {
            // "While the audience booed loudly, Mr. Trump asserted ...": an adverb left
            // alone tells how something was done, not what was said; nor is a mark
            // alone anything said ("How has the administration responded?").
            let content = &doc.lower_text[att.content.clone()];
            if !content.contains(' ')
                && (words::is_adverb(content) || !content.chars().any(char::is_alphanumeric))
            {
                continue;
            }
            if att.shares_previous && found.len() > first_in_sentence {
                att.same_speaker_as = Some(found.len() - 1);
            }
            // "I" in a turn of a transcript is whoever's turn it is: "RUIZ: Well, I
            // think the board will listen."
            if let (Some((turn, words)), Some(m)) = (&turn_at, &att.mention) {
                if words.start <= m.start && m.end <= words.end && &doc.text[m.clone()] == "I" {
                    att.same_speaker_as = Some(*turn);
                }
            }
            split_partials(doc, att, &mut found);
        }
        uncued_quotes(doc, sentence, s, &mut found, first_in_sentence);
    }
    drop_repeats(doc, &mut found);
    // "It's become such a presence that Sanders thanked ...": a pronoun run into "is"
    // ("it's", "there's", "that's") opening a clause whose verb is not the cue names
    // no one; "It's denouncing what it calls ..." does.
    for att in &mut found {
        let contraction = att.mention.as_ref().is_some_and(|m| {
            let cue_next = att.cue.as_ref().is_some_and(|c| {
                c.start >= m.end && doc.text[m.end..c.start].split_whitespace().nth(1).is_none()
            });
            !cue_next
                && words::possessor(&doc.lower_text[m.clone()]).is_some_and(words::runs_into_is)
        });
        if contraction {
            att.mention = None;
        }
    }
    found
}

/// How firmly a statement is attributed: a verb of saying over a noun ("criticism")
/// over nothing at all.
fn cue_strength(doc: &Doc, att: &Attribution) -> u8 {
    match &att.cue {
        None => 0,
        Some(c) if cues::cue(&doc.lower_text[c.clone()]) == Some(Cue::Noun) => 1,
        Some(_) => 2,
    }
}

/// Two recognisers may take the same words (a quotation spanning sentences found with no
/// cue and again with the cue after it; a noun cue and the verb next to it): they are
/// one statement, the more firmly attributed, in the place of the first.
fn drop_repeats(doc: &Doc, found: &mut Vec<Attribution>) {
    // A fast hash, sized once: a text may hold hundreds of thousands of statements.
    let mut first_with: SpanMap<usize> = SpanMap::default();
    first_with.reserve(found.len());
    // Where each statement went: its new index, or the one it was merged into.
    let mut moved: Vec<usize> = Vec::with_capacity(found.len());
    // Kept in place: those kept so far are `found[..write]`.
    let mut write = 0;
    for read in 0..found.len() {
        let key = (found[read].content.start, found[read].content.end);
        let same_as = first_with.get(&key).copied().filter(|&k| {
            found[k].fragments == found[read].fragments && !found[read].content.is_empty()
        });
        found[read].same_speaker_as = found[read]
            .same_speaker_as
            .and_then(|i| moved.get(i).copied());
        match same_as {
            Some(k) => {
                if cue_strength(doc, &found[read]) > cue_strength(doc, &found[k]) {
                    found.swap(k, read);
                    let att = &mut found[k];
                    att.same_speaker_as = att.same_speaker_as.filter(|&i| i < k);
                }
                moved.push(k);
            }
            None => {
                found.swap(write, read);
                first_with.insert(key, write);
                moved.push(write);
                write += 1;
            }
        }
    }
    found.truncate(write);
}

/// Hashes a span's two offsets with a multiply each, rather than their sixteen bytes
/// one by one as FNV does: the map of contents is only looked up, never walked, so its
/// order is no part of the output.
#[derive(Default)]
struct SpanHasher(u64);

impl Hasher for SpanHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(26) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// Statements by the span of their content.
type SpanMap<V> = HashMap<(usize, usize), V, BuildHasherDefault<SpanHasher>>;

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
fn cut_overlaps(doc: &Doc, candidates: &mut Vec<(usize, Attribution)>) {
    // Statements another holds whole.
    let mut held: Vec<bool> = Vec::new();
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
        let next_index = next;
        let Some((next_cue, next)) = candidates.get(next) else {
            continue;
        };
        let limit = own_start(doc, *next_cue, next, candidates[k].1.content.start);
        let by_pronoun = next.mention.as_ref().is_some_and(|m| {
            matches!(
                &doc.lower_text[m.clone()],
                "he" | "she" | "they" | "we" | "i"
            )
        });
        // Where the statement after that one begins: a content holding the next one
        // whole ends there, so that contents still nest at most one deep.
        let beyond = candidates
            .get(next_index + 1)
            .map(|(cue, after)| own_start(doc, *cue, after, candidates[k].1.content.start));
        // "Ramos said Trump has not replied to ...": the next one's speaker opens the
        // content, which holds it whole; not a relative clause's ("thanked the harbour
        // master, who said ...").
        let opened = next.mention.as_ref().is_some_and(|m| {
            let relative = doc.lower_text[m.clone()]
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "who" | "which" | "that"));
            // "said about 20 people have ...": words telling how many before it too.
            let lead = &doc.lower_text
                [candidates[k].1.content.start..m.start.max(candidates[k].1.content.start)];
            let counted = lead.split_whitespace().all(|w| {
                tells_how_many(w)
                    || matches!(w, "about" | "nearly" | "almost" | "roughly" | "only")
                    || w.bytes().any(|b| b.is_ascii_digit())
            });
            m.start >= candidates[k].1.content.start && counted && !relative
        });
        // The next is a participle after a comma, this one's verb no verb of saying.
        let leans_on_this = doc.word(next_cue.wrapping_sub(1)) == ","
            && cues::is_participle(doc.lower(*next_cue))
            && !before::closes_statement(doc.lower(candidates[k].0));
        let count = candidates.len();
        let outer_cue = candidates[k].0;
        let content = &mut candidates[k].1.content;
        if content.start < limit && content.end > limit {
            let end = trim_end(doc, content.start, limit);
            // "Ruiz said that he told the council ...", "Ruiz told CNN he found ...": a
            // content cut down to "that", nothing, or a few words before a pronoun holds
            // the other statement whole, which is no statement of its own.
            let left = doc.lower_text[content.start..end].trim();
            let swallows_next = matches!(left, "" | "that")
                || by_pronoun && left.split_whitespace().nth(2).is_none()
                || opened;
            // "said he hoped that Lynch would announce one": a content that would end
            // on "that" opens the next statement's clause and holds it whole too, but
            // the next stays a statement of its own, nested one deep. So does one the
            // next opens inside of, neither after a mark nor joining a clause of its
            // own: "said he spoke with voters who said ...", "said both he and Lopez
            // argued ...".
            if swallows_next || left.ends_with(" that") || opens_inside(doc, content.start, limit) {
                // "According to pool reports, Obama said "there is love" ...": what a
                // source is said to tell may be someone's statement, which stays one.
                if swallows_next && doc.lower(outer_cue) != "according" {
                    held.resize(count, false);
                    held[next_index] = true;
                }
                if let Some(beyond) = beyond.filter(|&b| content.start < b && content.end > b) {
                    content.end = trim_end(doc, content.start, beyond);
                    kind_once_cut(doc, &mut candidates[k].1);
                }
                continue;
            }
            content.end = end;
            // "Clinton attacked Trump, saying he would ...": what a verb that is not one
            // of saying leaves before a participle that reports the words, an object of
            // a few words ("Trump", "supporters on Monday"), is no statement; the
            // participle's is.
            let object_only = || {
                let left = &doc.lower_text[candidates[k].1.content.clone()];
                left.split_whitespace().nth(4).is_none()
                    && !left.split_whitespace().any(|w| w == "that")
                    && !doc.marks.has_quotation(&candidates[k].1.content)
            };
            if leans_on_this && object_only() {
                held.resize(count, false);
                held[k] = true;
                continue;
            }
            kind_once_cut(doc, &mut candidates[k].1);
        }
    }
    for (_, att) in candidates.iter_mut() {
        if att.content.end <= att.content.start {
            att.content.end = att.content.start;
        }
    }
    if !held.is_empty() {
        let mut index = 0;
        candidates.retain(|_| {
            index += 1;
            !held[index - 1]
        });
    }
}

/// Whether a statement starting at byte `limit` opens inside the clause of a content
/// starting at `start`: after a word of it, not after a mark ("..., Lopez said") nor a
/// conjunction joining a clause of its own ("... and Lopez said"); "and" only where it
/// joins the subject of both ("both he and Lopez argued").
fn opens_inside(doc: &Doc, start: usize, limit: usize) -> bool {
    let first = doc.first_token_from(start);
    let mut at = doc.first_token_from(limit);
    // "... but has also said": the word before the auxiliaries and adverbs.
    while at > first && doc.is_word(at - 1) && words::SKIP_SET.contains(doc.lower(at - 1)) {
        at -= 1;
    }
    if at <= first || !doc.is_word(at - 1) {
        return false;
    }
    match doc.lower(at - 1) {
        // Not a verb after "and" ("Ruiz thanked Miami and said ..."), which shares the
        // subject of the one before and joins a clause of its own.
        "and" | "or" if cues::cue(doc.lower(at)).is_some() => false,
        "and" | "or" => (first..at - 1).all(|t| {
            doc.capitalised(t)
                || is_pronoun(doc.lower(t))
                || matches!(doc.lower(t), "both" | "either")
        }),
        w => !words::joins_clauses(w),
    }
}

/// The kind of a statement whose content was cut: what is left may no longer hold the
/// quotation the whole had; what held none holds none once cut.
fn kind_once_cut(doc: &Doc, att: &mut Attribution) {
    if !matches!(att.kind, StatementKind::Written | StatementKind::Reported) {
        att.kind = kind_of(doc, &att.content, false);
    }
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
            fragments: Vec::new(),
            ..att.clone()
        });
    }
}

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

/// Runs the recognisers on sentences written for a test.
#[cfg(test)]
pub(super) mod testing {
    use super::*;
    use crate::ingest::analysis::Analysis;

    /// A statement as a test reads it: its kind and words.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Seen {
        pub kind: StatementKind,
        pub content: String,
        pub speaker: Option<String>,
        pub cue: Option<String>,
    }

    pub fn seen(kind: StatementKind, content: &str, speaker: &str, cue: &str) -> Seen {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        Seen {
            kind,
            content: content.to_owned(),
            speaker: some(speaker),
            cue: some(cue),
        }
    }

    /// The speaker the recognisers give the last statement they find in `text`.
    pub fn last_speaker(text: &str) -> Option<String> {
        found(text).pop().and_then(|a| a.speaker)
    }

    /// Every statement the recognisers find in `text`.
    pub fn found(text: &str) -> Vec<Seen> {
        let analysis = Analysis::new(text, None).expect("a short text");
        let doc = analysis.doc(text);
        attributions(&doc)
            .into_iter()
            .map(|a| Seen {
                kind: a.kind,
                content: text[a.content].to_owned(),
                speaker: a.mention.map(|m| text[m].to_owned()),
                cue: a.cue.map(|c| text[c].to_owned()),
            })
            .collect()
    }

    /// The content of each statement of `text`.
    pub fn contents(text: &str) -> Vec<String> {
        found(text).into_iter().map(|s| s.content).collect()
    }

    /// Asserts that each text holds the one statement given and no other.
    pub fn each_finds(cases: &[(&str, Seen)]) {
        for (text, want) in cases {
            assert_eq!(found(text), std::slice::from_ref(want), "{text}");
        }
    }

    /// The fragments of each statement of `text`, as words.
    pub fn fragments(text: &str) -> Vec<Vec<String>> {
        with_doc(text, |doc| {
            attributions(doc)
                .into_iter()
                .map(|a| {
                    a.fragments
                        .into_iter()
                        .map(|f| text[f].to_owned())
                        .collect()
                })
                .collect()
        })
    }

    /// Asserts that each text holds one statement, whose speaker is the mention given;
    /// returns the statements, in the order of the texts.
    pub fn one_each(cases: &[(&str, &str)]) -> Vec<Seen> {
        cases
            .iter()
            .map(|&(text, speaker)| {
                let mut all = found(text);
                assert_eq!(all.len(), 1, "{text}: {all:?}");
                assert_eq!(all[0].speaker.as_deref(), Some(speaker), "{text}");
                all.remove(0)
            })
            .collect()
    }

    /// Asserts that no statement of `text` has `speaker` for its speaker.
    pub fn nobody_named(text: &str, speaker: &str) {
        let all = found(text);
        assert!(
            all.iter().all(|a| a.speaker.as_deref() != Some(speaker)),
            "{text}: {all:?}"
        );
    }

    /// Calls `f` with `text` analysed.
    pub fn with_doc<R>(text: &str, f: impl FnOnce(&Doc) -> R) -> R {
        let analysis = Analysis::new(text, None).expect("a short text");
        f(&analysis.doc(text))
    }

    /// The index of the first token that is `word`.
    pub fn token(doc: &Doc, word: &str) -> usize {
        (0..doc.tokens.len())
            .find(|&i| doc.word(i) == word)
            .unwrap_or_else(|| panic!("no {word:?} in the text"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::testing::found;

    #[test]
    fn a_pronoun_run_into_is_names_no_one_unless_the_cue_is_its_verb() {
        let all = found(
            "Ruiz’s campaign is defending him. It’s denouncing what it calls “the single biggest attack on the pier in years.”\n",
        );
        assert!(
            all.iter().any(|s| s.speaker.as_deref() == Some("It’s")),
            "{all:?}"
        );
        for text in [
            "It’s become such a presence that Ruiz thanked its members \"for their support\" and called them great.\n",
            "There's still time for Ruiz to mend fences, even after calling them \"the cartel.\"\n",
        ] {
            let all = found(text);
            assert!(!all.is_empty(), "{text}");
            assert!(
                all.iter().all(|s| s
                    .speaker
                    .as_deref()
                    .is_none_or(|m| !m.ends_with("’s") && !m.ends_with("'s"))),
                "{all:?}"
            );
        }
    }

    #[test]
    fn a_report_of_telling_is_held_whole_by_the_one_who_reports_it() {
        let all = found("Ruiz said that he told the council the pier was \"falling apart.\"\n");
        assert_eq!(
            all[0],
            super::testing::seen(
                StatementKind::Partial,
                "that he told the council the pier was \"falling apart.\"",
                "Ruiz",
                "said"
            )
        );
        let all = found("Ruiz told reporters he found the plan \"a disgrace.\"\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        // A phrase before another speaker is content of its own.
        let all = found("Ruiz boasted progress, experts warn that talks will be long.\n");
        assert_eq!(all.len(), 2, "{all:?}");
        // A content that would end on "that" holds the next statement whole, which
        // stays a statement of its own: neither is cut to a dangling "that".
        let all = found("Lopez said she believed that Ruiz argued the pier was safe.\n");
        let said: Vec<(&str, &str)> = all
            .iter()
            .map(|s| (s.speaker.as_deref().unwrap_or(""), s.content.as_str()))
            .collect();
        assert_eq!(
            said,
            [
                ("Lopez", "she believed that Ruiz argued the pier was safe"),
                ("Ruiz", "the pier was safe")
            ],
        );
        let all = found("Lopez recalled the vote, a night that Ruiz says changed the town.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("Lopez"));
        assert_eq!(
            all[0].content,
            "the vote, a night that Ruiz says changed the town"
        );
        // What opens with the next one's speaker holds it whole.
        let all = found("Lopez said Ruiz has not replied to his request.\n");
        assert_eq!(
            all,
            [super::testing::seen(
                StatementKind::Reported,
                "Ruiz has not replied to his request",
                "Lopez",
                "said"
            )]
        );
    }

    #[test]
    fn a_statement_opening_inside_a_clause_is_held_whole_by_it() {
        let said = |text: &str| -> Vec<(String, String)> {
            found(text)
                .into_iter()
                .map(|s| (s.speaker.unwrap_or_default(), s.content))
                .collect()
        };
        // A relative clause and a joined subject are inside what was said; each stays
        // a statement of its own, nested.
        assert_eq!(
            said("Ruiz said he spoke with voters who said the pier was safe.\n"),
            [
                (
                    "Ruiz".into(),
                    "he spoke with voters who said the pier was safe".into()
                ),
                ("voters who".into(), "the pier was safe".into())
            ]
        );
        assert_eq!(
            said("Ruiz said both he and Lopez argued that the pier was safe.\n")[0],
            (
                "Ruiz".into(),
                "both he and Lopez argued that the pier was safe".into()
            )
        );
        // After a comma, "and" joining clauses or "but" with its auxiliaries, the next
        // is a statement after this one, which ends before it.
        for text in [
            "Ruiz said the pier was safe and Lopez said it was not.\n",
            "Ruiz said the pier was safe, but Lopez said it was not.\n",
            "Ruiz said the pier was safe but has also said it was not.\n",
        ] {
            assert_eq!(said(text)[0].1, "the pier was safe", "{text}");
        }
    }

    #[test]
    fn words_taken_twice_are_one_statement_of_the_verb() {
        let all = found("Asked about Lopez's criticism, Ruiz said, \"We did nothing wrong.\"\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        let text = "The letter ended with a plea.\n\n\"We ask the council to think again. It has \
                    served the town.\n\n\"Nobody wants it torn down,\" the fishermen wrote.\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].cue.as_deref(), Some("wrote"));
    }

    #[test]
    fn a_stretch_knows_its_quoted_tokens_as_each_token_does() {
        let text = "Ruiz said \"we will, we must\" and left. \"Go,\" Lopez said, \"now.\" \
                    Then \"a\" \"b c\" d.\n";
        super::testing::with_doc(text, |doc| {
            let count = doc.tokens.len();
            for start in 0..=count + 1 {
                for end in start..=count + 1 {
                    let quoted = doc.quoted_in(start..end);
                    for i in start.saturating_sub(2)..end + 2 {
                        assert_eq!(quoted.holds(i), doc.in_quote(i), "{start}..{end} at {i}");
                    }
                }
            }
        });
    }

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
