//! Events: built from the parts of sentences that carry a date, and from the nouns
//! that name occasions ("the summit", "the talks"), linked to the dated one they mean.

use chrono::NaiveDate;
use std::ops::Range;
use std::sync::LazyLock;

use super::cues::{self, FnvMap, WordSet};
use super::event_titles;
use super::sentences::{flags, possessive, Sentence, TokenIndex, TokenKind, Tokens};
use super::times::{FoundTime, TimexType};
use crate::model::TimePoint;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundEvent {
    pub title: String,
    pub time: TimePoint,
    /// The time expression it was dated by.
    pub time_index: usize,
    pub mentions: Vec<Range<usize>>,
}

pub(super) const OCCASIONS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "negotiations",
    "conference",
    "visit",
    "election",
    "elections",
    "invasion",
    "war",
    "attack",
    "vote",
    "debate",
    "speech",
    "interview",
    "rally",
    "hearing",
    "trial",
    "ceremony",
    "session",
    "primary",
    "caucus",
    "caucuses",
    "convention",
    "purchase",
    "deal",
    "agreement",
    "announcement",
    "statement",
    "post",
    "remark",
    "remarks",
    "address",
    "briefing",
    "call",
    "trip",
    "strike",
    "ceasefire",
];

/// `OCCASIONS`, looked up by a word's ends and length before any comparison.
static OCCASION_SET: WordSet = WordSet::new(OCCASIONS);

/// The entry of `OCCASIONS` a word is, in any ASCII case: nouns are kept as the
/// list's own strings, so that none is copied to be kept or looked up.
fn occasion(word: &str) -> Option<&'static str> {
    OCCASION_SET.get_lowered(word.as_bytes())
}

/// The occasion a word names and its family (0 for none): "talks" and "summit" are
/// of one family, as they may name the same event. For linking events across reports.
pub fn occasion_kind(word: &str) -> Option<(&'static str, u8)> {
    let noun = occasion(word)?;
    Some((noun, family(noun)))
}

/// Whether an occasion noun names an occasion of speech: a statement, an interview,
/// a briefing ("address" and "post" are as often a place and a paper).
pub fn of_speech(noun: &str) -> bool {
    matches!(
        noun,
        "statement" | "speech" | "remarks" | "remark" | "announcement" | "interview" | "briefing"
    )
}

/// Occasions that may be the same event under another name.
fn family(noun: &str) -> u8 {
    match noun {
        "summit" | "meeting" | "talks" | "negotiations" | "conference" | "session" | "visit"
        | "briefing" => 1,
        "election" | "elections" | "vote" | "primary" | "caucus" | "caucuses" => 2,
        "speech" | "address" | "remark" | "remarks" | "statement" | "post" | "announcement" => 3,
        _ => 0,
    }
}

/// The byte lengths of the nouns of each family, as bits (`1 << len`).
static FAMILY_LENGTHS: LazyLock<[u32; 4]> = LazyLock::new(|| {
    let mut lengths = [0; 4];
    for noun in OCCASIONS {
        lengths[family(noun) as usize] |= 1 << noun.len();
    }
    lengths
});

/// The dated events of a text and the occasion nouns linked to them.
pub fn find_events(
    text: &str,
    tokens: &Tokens,
    token_index: &TokenIndex,
    sentences: &[Sentence],
    (times, quoted): (&[FoundTime], &[bool]),
    published: Option<NaiveDate>,
    dateline_end: usize,
) -> Vec<FoundEvent> {
    // A report's own dateline dates the report, not an event.
    let dated: Vec<usize> = (0..times.len())
        .filter(|&t| {
            let time = &times[t];
            time.kind == TimexType::Date && time.point.is_some() && !time.dateline
        })
        .collect();
    // Each date makes at most one event: room for all, made once.
    let mut events: Vec<FoundEvent> = Vec::with_capacity(dated.len());
    // The occasion nouns linked to each event, as (event, noun) in the order met.
    let mut nouns_of_event: Vec<(usize, &'static str)> = Vec::new();
    // The words of each event's title, counted when first asked: a known occasion
    // comes back again and again, its title seldom changed.
    let mut title_words: Vec<Option<usize>> = Vec::with_capacity(dated.len());
    // The occasion nouns linked to a date's event, to be passed over below: in the
    // order met, sorted once all are.
    let mut linked_tokens: Vec<usize> = Vec::new();
    let mut by_key: FnvMap<(TimePoint, &'static str), usize> = FnvMap::default();
    // Sentences come in order, so when the dated times do too (as the time finder gives
    // them) the first one of each sentence is found by moving on, not by a search.
    let in_order = dated
        .windows(2)
        .all(|w| times[w[0]].span.start <= times[w[1]].span.start);
    let mut moving = 0;
    // Each date's words as tokens, and the first tokens from its start and its end
    // unclamped: lists filled again for each sentence.
    let mut words: Vec<Range<usize>> = Vec::new();
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    for sentence in sentences {
        // The event the last date of this sentence told by its clause.
        let mut last_told: Option<usize> = None;
        let from = if in_order {
            while dated
                .get(moving)
                .is_some_and(|&t| times[t].span.start < sentence.span.start)
            {
                moving += 1;
            }
            moving
        } else {
            dated.partition_point(|&t| times[t].span.start < sentence.span.start)
        };
        let count = dated[from..]
            .iter()
            .take_while(|&&t| times[t].span.start < sentence.span.end)
            .count();
        // Most sentences have no date, and nothing to do.
        if count == 0 {
            continue;
        }
        let here = &dated[from..from + count];
        // Each date's words as tokens, clamped to the sentence.
        bounds.clear();
        bounds.extend(here.iter().map(|&t| {
            let span = &times[t].span;
            let first = token_index.first_from(tokens, span.start);
            // The first token from its end is a few words on: walked to, not looked up.
            let mut end = first;
            while end < tokens.len() && tokens.start(end) < span.end {
                end += 1;
            }
            (first, end)
        }));
        words.clear();
        words.extend(bounds.iter().map(|&(first, last)| {
            let first = first.max(sentence.tokens.start);
            let end = last.clamp(first + 1, sentence.tokens.end.max(first + 1));
            first..end
        }));
        // A sentence that opens with the dateline starts after it.
        let opening = if sentence.span.start < dateline_end {
            token_index.first_from(tokens, dateline_end)
        } else {
            sentence.tokens.start
        };
        for (n, &t) in here.iter().enumerate() {
            let time = &times[t];
            // The clause of each date: up to the break between it and the next.
            let first = match n {
                0 => opening,
                _ => clause_break(text, tokens, words[n - 1].end, words[n].start),
            }
            .max(opening);
            let end = match here.get(n + 1) {
                None => sentence.tokens.end,
                Some(_) => clause_break(text, tokens, words[n].end, words[n + 1].start),
            };
            if first >= end || end > tokens.len() {
                continue;
            }
            let clause = first..end;
            let mention = tokens.start(first)..tokens.end(end - 1);
            let point = time.point.unwrap_or(TimePoint::Year(0));
            // The occasion the date is about: the nearest noun within a few words.
            let near = occasion_near(text, tokens, sentence, bounds[n]);
            // A date that tells no occasion and does not date its clause either: a span's
            // start or a year describing a thing, not when the clause happened.
            // Nor does one a speaker tells in a quotation: the clause is what they said
            // ("'It is different [from 2012],' said David Plouffe").
            let told = quoted.get(t).copied().unwrap_or(false);
            if near.is_none()
                && (told || !dates_its_clause(text, tokens, sentence, first, bounds[n]))
            {
                continue;
            }
            let noun = near.map(|(_, n)| n);
            let existing = noun.and_then(|n| by_key.get(&(point, n)).copied());
            let at = match existing {
                Some(at) => {
                    // A fuller name for the same occasion is the better title.
                    if let Some((tok, _)) = near {
                        let phrase =
                            event_titles::occasion_phrase(text, tokens, tok, clause.clone());
                        let known = *title_words[at]
                            .get_or_insert_with(|| events[at].title.split(' ').count());
                        if phrase.len() > known {
                            events[at].title =
                                event_titles::occasion_title(text, tokens, tok, clause.clone());
                            title_words[at] = None;
                        }
                    }
                    events[at].mentions.push(mention);
                    at
                }
                None => {
                    // Two dates a few words apart in one clause ("from 2002 to 2010",
                    // "from 2005 levels by 2050") tell one event, dated by the first.
                    let twin = last_told.filter(|_| {
                        n > 0
                            && near.is_none()
                            && words[n].start - words[n - 1].end <= 3
                            && (words[n - 1].end..words[n].start)
                                .all(|k| tokens.get(k).is_some_and(|t| t.kind() == TokenKind::Word))
                    });
                    if let Some(twin) = twin {
                        events[twin].mentions.push(mention);
                        twin
                    } else {
                        // Titled only when new: most dated mentions are of an event known.
                        let title = match near {
                            Some((tok, _)) => {
                                event_titles::occasion_title(text, tokens, tok, clause.clone())
                            }
                            None => {
                                let told = told_after_that(text, tokens, clause.clone(), &words[n]);
                                let title = event_titles::clause_title(
                                    text,
                                    tokens,
                                    told..clause.end,
                                    words[n].clone(),
                                );
                                // A clause of a word or two ("alone") says too little: the
                                // sentence then.
                                if fewer_than_three_words(&title) {
                                    let whole = opening..sentence.tokens.end;
                                    event_titles::clause_title(
                                        text,
                                        tokens,
                                        whole,
                                        words[n].clone(),
                                    )
                                } else {
                                    title
                                }
                            }
                        };
                        // Room for the noun's own mention and a few more, as the
                        // first push past one would make.
                        let mut mentions = Vec::with_capacity(4);
                        mentions.push(mention);
                        events.push(FoundEvent {
                            title,
                            time: point,
                            time_index: t,
                            mentions,
                        });
                        title_words.push(None);
                        if let Some(n) = noun {
                            by_key.insert((point, n), events.len() - 1);
                        }
                        events.len() - 1
                    }
                }
            };
            last_told = near.is_none().then_some(at);
            if let Some((tok, noun)) = near {
                events[at].mentions.push(tokens.start(tok)..tokens.end(tok));
                nouns_of_event.push((at, noun));
                linked_tokens.push(tok);
            }
        }
    }
    // Every other occasion noun: the same occasion dated elsewhere, the most recent one
    // not after publication first.
    let key = |e: usize| {
        let day = events[e].time.first_day();
        let past = published.is_none_or(|p| day <= p);
        let order = if past {
            day
        } else {
            NaiveDate::MAX - (day - NaiveDate::MIN)
        };
        (past, order)
    };
    // No event has a noun (most reports): no other noun links to any.
    if nouns_of_event.is_empty() {
        return events;
    }
    // Event by event, each one's nouns in the order met: of events as good, the
    // first is kept.
    nouns_of_event.sort_by_key(|&(e, _)| e);
    let mut best_noun: FnvMap<&str, usize> = FnvMap::default();
    let mut best_family: [Option<usize>; 4] = [None; 4];
    for &(e, noun) in &nouns_of_event {
        let slot = best_noun.entry(noun).or_insert(e);
        if key(e) > key(*slot) {
            *slot = e;
        }
        let f = family(noun) as usize;
        if f != 0 && best_family[f].is_none_or(|b| key(e) > key(b)) {
            best_family[f] = Some(e);
        }
    }
    let best_for = |noun: &str| -> Option<usize> {
        let same = best_noun.get(noun).copied();
        let fam = match family(noun) as usize {
            0 => None,
            f => best_family[f],
        };
        match (same, fam) {
            (Some(a), Some(b)) => Some(if key(b) > key(a) { b } else { a }),
            (a, b) => a.or(b),
        }
    };
    // The byte lengths of the nouns `best_for` finds an event for, as bits: a word of
    // another length is none of them, and is not looked up.
    let mut lengths = (best_noun.keys()).fold(0u32, |bits, noun| bits | (1 << noun.len()));
    for f in 1..4 {
        if best_family[f].is_some() {
            lengths |= FAMILY_LENGTHS[f];
        }
    }
    linked_tokens.sort_unstable();
    // The first linked noun not before the token read: the tokens come in order.
    let mut linked = linked_tokens.iter().peekable();
    let mut links = Vec::new();
    // Marks and most words were turned away by the tokenizer. Read by `for_each`,
    // which walks the flags in a tighter loop than `for` does.
    tokens.flagged(flags::MAY_BE_OCCASION).for_each(|i| {
        while linked.next_if(|&&k| k < i).is_some() {}
        if linked.peek() == Some(&&i) {
            return;
        }
        let token = tokens.at(i);
        let len = token.end() - token.start;
        if len >= 32 || lengths & (1 << len) == 0 {
            return;
        }
        let Some(noun) = occasion(token.text(text)) else {
            return;
        };
        // The event a noun links to is found for the nouns the text names, not for
        // every noun of the list; the verb test, dearer, only for those that link.
        let Some(at) = best_for(noun) else {
            return;
        };
        if !used_as_verb(text, tokens, i) {
            links.push((at, token.start..token.end()));
        }
    });
    for (at, mention) in links {
        events[at].mentions.push(mention);
    }
    events
}

/// Whether the date whose words are tokens `first` to `last` (the first from its end)
/// tells when its clause, from token `clause`, happened. Not where it opens a span
/// ("thousands of shootings since January 1st": the clause's events are after it), nor
/// where it is a year describing a thing the clause speaks of after its subject
/// ("Connecticut's tax commissioner says ... Trump's 1995 state income tax filings",
/// "80 percent from 2005 levels"), where the clause happened some other time; a year
/// describing its subject does date it ("A 2014 study found", "In her 2003 book, Clinton
/// noted").
fn dates_its_clause(
    text: &str,
    tokens: &Tokens,
    sentence: &Sentence,
    clause: usize,
    (first, last): (usize, usize),
) -> bool {
    /// The most words a clause's subject takes before a year that describes it.
    const SUBJECT: usize = 3;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let before = if first > sentence.tokens.start {
        word(first - 1)
    } else {
        ""
    };
    // "since 2010", "between January 1 and September 26": a span's start or its end.
    let between = |k: usize| word(k).eq_ignore_ascii_case("between");
    if before.eq_ignore_ascii_case("since")
        || before.eq_ignore_ascii_case("between")
        || before == "and"
            && (first.saturating_sub(6).max(sentence.tokens.start)..first).any(between)
    {
        return false;
    }
    // A year alone, four digits, past the subject.
    let year = last == first + 1
        && word(first).len() == 4
        && word(first).bytes().all(|b| b.is_ascii_digit());
    if !year || first <= clause + SUBJECT {
        return true;
    }
    let owned = possessive(before.as_bytes())
        || matches!(
            before,
            "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our"
        );
    let after = if last < sentence.tokens.end {
        word(last)
    } else {
        ""
    };
    // "2005 levels": a plural noun, not a verb ("in 2010 says").
    let plural_after = after.starts_with(|c: char| c.is_ascii_lowercase())
        && after.ends_with('s')
        && !after.ends_with("ss")
        && !matches!(
            after,
            "was" | "has" | "is" | "says" | "does" | "as" | "this" | "thus"
        );
    !(owned || plural_after)
}

/// Where the clause a date is told in starts, within `clause`: after the last "that"
/// before the date that follows a word of saying or finding and opens a clause naming
/// its subject ("Clinton is seizing upon a report that Donald Trump had a net loss in
/// 1995" tells of Trump's loss, not of Clinton's seizing on it). Not a relative "that"
/// ("the mines that Mr. Clarke acquired in 2017"), nor before a pronoun, which the
/// title would leave without whom it stands for.
fn told_after_that(
    text: &str,
    tokens: &Tokens,
    clause: Range<usize>,
    date: &Range<usize>,
) -> usize {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let names = |k: usize| {
        let w = word(k);
        w.starts_with(|c: char| c.is_uppercase())
            || matches!(
                w,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this"
            )
    };
    (clause.start + 1..date.start.min(clause.end))
        .rev()
        .find(|&k| {
            k + 1 < date.start
                && word(k) == "that"
                && names(k + 1)
                && takes_a_clause(&word(k - 1).to_ascii_lowercase())
        })
        .map_or(clause.start, |k| k + 1)
}

/// Whether a word (in lower case) takes a clause opened by "that": a cue ("said",
/// "believes"), a verb of finding or showing, a copula ("the assumption is that") or a
/// noun of what is known or said ("a report that", "the fact that").
fn takes_a_clause(word: &str) -> bool {
    cues::cue(word).is_some()
        || matches!(
            word,
            "report"
                | "reports"
                | "ruled"
                | "rules"
                | "expects"
                | "expected"
                | "is"
                | "was"
                | "claim"
                | "fact"
                | "news"
                | "assumption"
                | "hope"
                | "fear"
                | "evidence"
                | "means"
                | "meant"
                | "shows"
                | "showed"
                | "suggests"
                | "indicates"
                | "indicated"
        )
}

/// Whether `title` has fewer than three words between its spaces (`split(' ')`), read
/// up to its second space only.
fn fewer_than_three_words(title: &str) -> bool {
    title.bytes().filter(|&b| b == b' ').nth(1).is_none()
}

/// Where the clause of one date ends and the next one's begins, between the tokens
/// `after` (the end of the first date) and `before` (the start of the second): after
/// the last comma, semicolon or dash between them, else halfway, and always between
/// tokens, so that no clause starts or ends inside a word.
fn clause_break(text: &str, tokens: &Tokens, after: usize, before: usize) -> usize {
    if before <= after {
        return after.max(before);
    }
    (after..before)
        .rev()
        .find(|&k| matches!(tokens.text(k, text), "," | ";" | ":" | "—" | "–"))
        .map_or(after + (before - after) / 2, |k| k + 1)
}

/// Words after which an occasion noun is a verb: "to visit", "will address",
/// "they vote". Such a clause tells its event itself ("She will visit Capitol Hill").
const BEFORE_A_VERB: &[&str] = &[
    "to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "not",
    "never", "i", "we", "they", "you", "won't", "wouldn't", "can't", "cannot", "didn't", "don't",
    "doesn't", "did", "do", "does", "let", "please", "helped", "help",
];
static BEFORE_A_VERB_SET: WordSet = WordSet::new(BEFORE_A_VERB);

/// Whether the occasion noun at token `k` is used as a verb.
fn used_as_verb(text: &str, tokens: &Tokens, k: usize) -> bool {
    k > 0
        && tokens.get(k - 1).is_some_and(|t| {
            let before = t.text(text);
            if before.is_ascii() {
                BEFORE_A_VERB_SET.contains_lowered(before.as_bytes())
            } else {
                let straight = before.replace('\u{2019}', "'");
                BEFORE_A_VERB_SET.contains_lowered(straight.as_bytes())
            }
        })
}

/// The occasion noun a date is about, the date's words being tokens `first` (the first
/// from its start) to `last` (the first from its end).
fn occasion_near(
    text: &str,
    tokens: &Tokens,
    sentence: &Sentence,
    (first, last): (usize, usize),
) -> Option<(usize, &'static str)> {
    // The words the loop below reads first: up to ten before the date and four from
    // its end, within the sentence. When they are all ASCII, as in most sentences, the
    // flag alone turns most away; and when none has it, there is nothing to find.
    let lo = first.saturating_sub(10).max(sentence.tokens.start);
    let hi = (last + 4).min(sentence.tokens.end);
    let covered = lo <= last && first <= hi && lo < hi && hi <= tokens.len();
    let ascii =
        covered && (text.get(tokens.start(lo)..tokens.end(hi - 1))).is_some_and(str::is_ascii);
    if ascii
        && tokens
            .next_flagged(lo, hi, flags::MAY_BE_OCCASION)
            .is_none()
    {
        return None;
    }
    let ok = |k: usize| -> Option<(usize, &'static str)> {
        // The tokenizer's flag turns most words away before any comparison.
        if ascii && (lo..hi).contains(&k) && !tokens.is(k, flags::MAY_BE_OCCASION) {
            return None;
        }
        let word = tokens.text(k, text);
        let noun = if word.is_ascii() {
            if !tokens.is(k, flags::MAY_BE_OCCASION) {
                return None;
            }
            occasion(word)?
        } else {
            let lower = word.to_lowercase();
            OCCASIONS.iter().find(|o| **o == lower)?
        };
        (!used_as_verb(text, tokens, k)).then_some((k, noun))
    };
    // Whether a comma (not before "which", "that", "who") lies between `before` and
    // `first`: the range grows by one token a turn, so only the new one is tested.
    let mut crosses_comma = false;
    // Left: "a 2018 summit" has the date inside; "the summit ... held on Friday" before it.
    // "election debate": the last of a run of occasion nouns is the head.
    let head = |(k, noun): (usize, &'static str)| {
        let mut found = (k, noun);
        while found.0 + 1 < sentence.tokens.end {
            match ok(found.0 + 1) {
                Some(next) => found = next,
                None => break,
            }
        }
        found
    };
    for d in 0..10 {
        let after = last + d;
        if d <= 3 && after < sentence.tokens.end {
            if let Some(found) = ok(after) {
                return Some(head(found));
            }
        }
        let Some(before) = first
            .checked_sub(d + 1)
            .filter(|b| *b >= sentence.tokens.start)
        else {
            continue;
        };
        crosses_comma |= tokens.text(before, text) == ","
            && !matches!(
                tokens.get(before + 1).map(|t| t.text(text)),
                Some("which" | "that" | "who")
            );
        if crosses_comma {
            break;
        }
        if let Some(found) = ok(before) {
            return Some(head(found));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occasion_test_matches_the_list() {
        for o in OCCASIONS {
            assert_eq!(occasion(o), Some(*o));
            assert_eq!(occasion(&o.to_uppercase()), Some(*o));
        }
        for w in ["summits", "me", "", "negotiationss", "Summiт", "the"] {
            assert_eq!(
                occasion(w).is_some(),
                OCCASIONS.iter().any(|o| o.eq_ignore_ascii_case(w))
            );
        }
    }

    #[test]
    fn an_occasion_of_speech_is_a_noun_of_the_list_as_written_there() {
        for o in OCCASIONS.iter().filter(|o| of_speech(o)) {
            assert_eq!(occasion_kind(o).map(|(noun, _)| noun), Some(*o));
        }
        let speech = OCCASIONS.iter().filter(|o| of_speech(o)).count();
        let all = [
            "statement",
            "speech",
            "remarks",
            "remark",
            "announcement",
            "interview",
            "briefing",
        ];
        assert_eq!(speech, all.len());
        assert!(all.iter().all(|w| of_speech(w)));
    }

    /// `occasion_near` as it was, each word tested on its own before its flag.
    fn occasion_near_word_by_word(
        text: &str,
        tokens: &Tokens,
        sentence: &Sentence,
        (first, last): (usize, usize),
    ) -> Option<(usize, &'static str)> {
        let ok = |k: usize| -> Option<(usize, &'static str)> {
            let word = tokens.text(k, text);
            // The tokenizer's flag turns most words away before any comparison.
            let noun = if word.is_ascii() {
                if !tokens.is(k, flags::MAY_BE_OCCASION) {
                    return None;
                }
                occasion(word)?
            } else {
                let lower = word.to_lowercase();
                OCCASIONS.iter().find(|o| **o == lower)?
            };
            (!used_as_verb(text, tokens, k)).then_some((k, noun))
        };
        // Whether a comma (not before "which", "that", "who") lies between `before` and
        // `first`: the range grows by one token a turn, so only the new one is tested.
        let mut crosses_comma = false;
        // Left: "a 2018 summit" has the date inside; "the summit ... held on Friday" before it.
        // "election debate": the last of a run of occasion nouns is the head.
        let head = |(k, noun): (usize, &'static str)| {
            let mut found = (k, noun);
            while found.0 + 1 < sentence.tokens.end {
                match ok(found.0 + 1) {
                    Some(next) => found = next,
                    None => break,
                }
            }
            found
        };
        for d in 0..10 {
            let after = last + d;
            if d <= 3 && after < sentence.tokens.end {
                if let Some(found) = ok(after) {
                    return Some(head(found));
                }
            }
            let Some(before) = first
                .checked_sub(d + 1)
                .filter(|b| *b >= sentence.tokens.start)
            else {
                continue;
            };
            crosses_comma |= tokens.text(before, text) == ","
                && !matches!(
                    tokens.get(before + 1).map(|t| t.text(text)),
                    Some("which" | "that" | "who")
                );
            if crosses_comma {
                break;
            }
            if let Some(found) = ok(before) {
                return Some(head(found));
            }
        }
        None
    }

    #[test]
    fn the_noun_near_a_date_is_found_as_word_by_word() {
        use crate::ingest::sentences::tokenize;
        let pieces = [
            "the",
            "summit",
            "Summit",
            "talks",
            "TAL\u{212a}S",
            "SUMMİT",
            "visit",
            "to",
            "will",
            "vote",
            "election",
            "debate",
            "said",
            "on",
            "Friday",
            ",",
            "which",
            "that",
            "“",
            "”",
            "é",
            "café",
            "—",
            "war",
            "deal",
            "can't",
            "won’t",
            "address",
            "2016",
        ];
        let mut dice = crate::dice::Dice(5);
        let mut next = move |n: usize| dice.next(n);
        for _ in 0..400 {
            let words: Vec<&str> = (0..4 + next(24))
                .map(|_| pieces[next(pieces.len())])
                .collect();
            let text = words.join(" ");
            let tokens = tokenize(&text);
            let n = tokens.len();
            for (from, to) in [(0, n), (next(n + 1), n), (0, next(n + 1))] {
                if from >= to {
                    continue;
                }
                let sentence = Sentence {
                    span: tokens.start(from)..tokens.end(to - 1),
                    tokens: from..to,
                    paragraph: 0,
                };
                for first in from..to {
                    for last in first..(first + 4).min(to + 1) {
                        assert_eq!(
                            occasion_near(&text, &tokens, &sentence, (first, last)),
                            occasion_near_word_by_word(&text, &tokens, &sentence, (first, last)),
                            "{text:?} {from}..{to} {first} {last}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_family_holds_the_length_of_each_of_its_nouns() {
        for noun in OCCASIONS {
            let f = family(noun) as usize;
            assert_ne!(FAMILY_LENGTHS[f] & (1 << noun.len()), 0, "{noun}");
        }
    }

    #[test]
    fn words_are_counted_as_split_counts_them() {
        for title in [
            "",
            " ",
            "  ",
            "a",
            "a b",
            "a  b",
            "a b c",
            " a b",
            "ab cd ",
            "é b\u{a0}c",
        ] {
            assert_eq!(
                fewer_than_three_words(title),
                title.split(' ').count() < 3,
                "{title:?}"
            );
        }
    }

    fn titles(text: &str) -> Vec<String> {
        let found = crate::ingest::ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
        found.events.iter().map(|e| e.title.clone()).collect()
    }

    #[test]
    fn an_occasion_word_used_as_a_verb_names_no_occasion() {
        assert_eq!(
            titles("The senator will visit the border on Thursday."),
            ["The senator will visit the border"]
        );
        assert_eq!(
            titles("She plans to address the chamber on Tuesday."),
            ["She plans to address the chamber"]
        );
        assert_eq!(
            titles("The senator's visit to the border on Thursday drew crowds."),
            ["senator's visit"]
        );
    }

    #[test]
    fn one_clause_with_two_dates_is_one_event() {
        let one = titles("The plan cuts emissions 80 percent from 2005 levels by 2050.");
        assert_eq!(one.len(), 1, "{one:?}");
        assert!(one[0].starts_with("The plan cuts emissions"), "{one:?}");
        assert_eq!(
            titles("Ms. Lee was a partner at the firm from 2002 to 2010.").len(),
            1
        );
        assert_eq!(
            titles("She joined the firm in 2001 and married the founder in 2005.").len(),
            2
        );
    }

    #[test]
    fn a_date_in_what_is_reported_titles_what_is_reported() {
        assert_eq!(
            titles("Ana Ruiz is seizing upon a report that Tom Brandt had a net loss in 1995."),
            ["Tom Brandt had a net loss"]
        );
        assert_eq!(
            titles("The council expects that the harbour will reopen in July."),
            ["The harbour will reopen"]
        );
        // Not a relative clause, nor a pronoun without whom it stands for.
        let mines = titles("The mines that Mr. Brandt bought on Monday will close.");
        assert_eq!(mines.len(), 1, "{mines:?}");
        assert!(mines[0].starts_with("The mines"), "{mines:?}");
        let fired = titles("The bank said that it had fired 5,300 employees in 2011.");
        assert_eq!(fired.len(), 1, "{fired:?}");
        assert!(fired[0].starts_with("The bank"), "{fired:?}");
    }

    #[test]
    fn the_ends_of_a_span_date_no_event() {
        assert_eq!(
            titles("They found 3,210 victims between January 1 and March 26 alone."),
            Vec::<String>::new()
        );
        assert_eq!(
            titles("Sales have doubled since 2010."),
            Vec::<String>::new()
        );
    }
}
