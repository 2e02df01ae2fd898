//! Noun phrases naming a speaker, found from a cue: the phrase before it ("the Russian
//! leader said"), after it ("said Putin"), before a relative clause ("Putin, who spoke
//! first, said"), in the clause before a conjunction ("Putin smiled and said"), or the
//! subject opening a clause.

use std::cell::OnceCell;
use std::ops::Range;

use super::super::cues;
use super::super::sentences::possessive;
use super::super::speakers::{
    described_people, describes_a_source, describes_by_deed, is_role, leads_out, names_a_share,
    names_people, names_people_opening, names_sources, not_a_name, people_plural, polled,
    says_where, source_opening, tells_how_many, tells_only_sex, titles_or_names_a_body,
};
use super::words::*;
use super::{Doc, QuotedIn};
use crate::model::values::dates::year_number;
use crate::model::words::number_word;

pub(super) fn skip_back(doc: &Doc, floor: usize, mut j: usize) -> usize {
    while j > floor {
        let w = doc.lower(j - 1);
        if (SKIP_SET.contains(w) || doc.in_time(j - 1) || after_subject(doc, floor, j - 1))
            && !ends_a_name(doc, floor, j - 1)
        {
            j -= 1;
        } else {
            break;
        }
    }
    // "Rep. Jim Jordan (R-Ohio) said": the name is before the party's bracket.
    party_bracket(doc, floor, j).unwrap_or(j)
}

/// A party and state or district after a name: "R-Ky", "D-N.Y", "D-Newport" (of
/// "(D-Newport News)").
pub(super) fn is_party_tag(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b.len() <= 16
        && matches!(b[0], b'R' | b'D' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
}

/// Where the bracket of a party and state that ends just before token `end` opens
/// ("Ana Ruiz (R-Fla.)", "Price (D-Newport News)"), if one does.
pub(super) fn party_bracket(doc: &Doc, floor: usize, end: usize) -> Option<usize> {
    if end <= floor + 2 || doc.word(end - 1) != ")" {
        return None;
    }
    (floor.max(end.saturating_sub(7))..end - 2)
        .rev()
        .find(|&k| doc.word(k) == "(")
        .filter(|&open| is_party_tag(doc.word(open + 1)))
}

/// Whether the capitalised word at `k` is the surname after a first name: "Theresa
/// May said", where "May" is no verb nor month to step over ("Super Tuesday" is one).
pub(super) fn ends_a_name(doc: &Doc, floor: usize, k: usize) -> bool {
    k > floor
        && doc.capitalised(k)
        && doc.capitalised(k - 1)
        && crate::ingest::speakers::is_first_name(doc.word(k - 1))
}

/// The phrase before a verb of saying, past the words that may stand between a subject
/// and its verb (`skip_back`). The reading of the verb as closing what was said and its
/// reading after its subject both ask for it: found once, when first asked for.
pub(super) struct SubjectBefore<'d, 'a> {
    doc: &'d Doc<'a>,
    floor: usize,
    verb: usize,
    end: OnceCell<usize>,
    np: OnceCell<Option<Range<usize>>>,
}

impl<'d, 'a> SubjectBefore<'d, 'a> {
    pub(super) fn new(doc: &'d Doc<'a>, floor: usize, verb: usize) -> Self {
        SubjectBefore {
            doc,
            floor,
            verb,
            end: OnceCell::new(),
            np: OnceCell::new(),
        }
    }

    /// `skip_back(doc, floor, verb)`.
    pub(super) fn end(&self) -> usize {
        *self
            .end
            .get_or_init(|| skip_back(self.doc, self.floor, self.verb))
    }

    /// `end`, if it was asked for already.
    pub(super) fn known_end(&self) -> Option<usize> {
        self.end.get().copied()
    }

    /// `np_left(doc, floor, end)`.
    pub(super) fn np(&self) -> Option<Range<usize>> {
        self.np
            .get_or_init(|| np_left(self.doc, self.floor, self.end()))
            .clone()
    }
}

/// The noun phrase ending just before token `end`: a name, a pronoun, or a described
/// person ("the Russian leader", "Special U.S. envoy Steve Witkoff"), with what follows
/// its head ("some advocates for stem cell research", "people familiar with the talks").
pub(super) fn np_left(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor {
        return None;
    }
    // Every token the phrase finders step over: at most ten back from `end` or from
    // a preposition in its last five.
    let quoted = doc.quoted_in(floor.max(end.saturating_sub(16))..end);
    // "People familiar with the talks", "a source close to the campaign", "two officials
    // with direct knowledge of the matter": people an anonymous source is, not the
    // object of what describes them.
    if let Some(head) = source_postmodifier(doc, floor, end, &quoted).and_then(|m| {
        np_left_once(doc, floor, m, &quoted).filter(|_| names_sources(doc.lower(m - 1)))
    }) {
        return Some(head.start..doc.tokens.end(end - 1));
    }
    // "Protesters marching through the streets chanted", "a man wearing a red hat
    // shouted", "Voters interviewed outside polling stations said": people described
    // by what they do or had done to them, not what that is done to or where.
    if let Some((head, last)) =
        participle_postmodifier(doc, floor, end, &quoted).and_then(|(q, last)| {
            // "those surveyed": the pronoun standing for the people described.
            let those = || {
                (doc.lower(q - 1) == "those")
                    .then(|| doc.tokens.start(q - 1)..doc.tokens.end(q - 1))
            };
            Some((np_left_once(doc, floor, q, &quoted).or_else(those)?, last))
        })
    {
        // "Thirty-one percent of those surveyed", "Relatives of those killed in the
        // fire": the share of them, or the people of them, with them.
        let first = doc.first_token_from(head.start);
        let of = first > floor + 1 && matches!(doc.lower(first - 1), "of" | "for");
        let owner = of
            .then(|| {
                share_of_people(doc, floor, first - 1)
                    .or_else(|| np_left_once(doc, floor, first - 1, &quoted))
            })
            .flatten();
        // Not the people described alone where they belong to others before them.
        if of && owner.is_none() && doc.lower(first) == "those" {
            return None;
        }
        let start = owner.map_or(head.start, |owner| owner.start);
        return Some(start..doc.tokens.end(last));
    }
    let np = np_left_once(doc, floor, end, &quoted);
    // The words before `end` are a preposition's object: the phrase is the one before
    // the preposition with the object. A short object of plain words only, so that a
    // clause is not taken for the speaker. "in", "at" and "from" before a name say
    // where someone is: such a preposition counts only after people or a name ("Ruiz
    // in Madrid", "officials in Ohio"), where after a document or a body the name is
    // the speaker ("an editorial in The Times") or an earlier preposition holds the
    // phrase ("delegates at the convention in Philadelphia").
    let p = (end.saturating_sub(5).max(floor + 1)..end)
        .rev()
        .take_while(|&k| doc.is_word(k) && !quoted.holds(k) && !doc.in_time(k))
        .find(|&k| match doc.lower(k) {
            "for" | "of" | "with" => true,
            // "a senior adviser to Clinton", "the head of the delegation to the forum",
            // "a delegate to the convention": someone's role, not a recipient.
            "to" => {
                let named = |j: usize| doc.capitalised(j) && doc.is_word(j);
                let before = doc.lower(k - 1);
                k > floor
                    && (names_people(before) || described_people(before) || person_noun(before))
                    && (named(k + 1) || doc.lower(k + 1) == "the" && doc.is_word(k + 2))
            }
            w if says_where(w) => {
                !doc.capitalised(k + 1)
                    || names_people(doc.lower(k - 1))
                    || person_noun(doc.lower(k - 1))
                    || is_name(doc, k - 1)
            }
            _ => false,
        });
    let object_ends = doc.capitalised(end - 1) || may_head(doc.lower(end - 1));
    // The object is a phrase, not a clause: in "The best part of it is that he did
    // not", the speaker is "he", as in "Ohio removed voters from the lists because they
    // said nothing" they are; a pronoun a verb has as its subject is no object ("he",
    // "they"; "One of them said" is one of them).
    // Only a word that must open a clause, in lower case, not one that may be a
    // preposition or an adverb: "the then governor", "all but one party", "the once
    // powerful union", "the novel If Only" are phrases.
    let clause_opener = |k: usize| {
        let w = doc.lower(k);
        !doc.capitalised(k)
            && subordinates(w)
            && !matches!(w, "after" | "before" | "since" | "until" | "once")
    };
    let subject_pronoun = is_subject_pronoun(doc.lower(end - 1));
    let phrase = |p: usize| {
        !subject_pronoun
            && (p + 1..end - 1).all(|k| {
                let w = doc.lower(k);
                !(is_auxiliary(w) || is_relative(w) || clause_opener(k))
            })
    };
    let head = p
        .filter(|&p| p + 1 < end && object_ends && phrase(p))
        .and_then(|p| {
            // "The head of the delegation to the forum": a role's phrase before "to"
            // may end in an object of its own.
            let head = np_left_once(doc, floor, p, &quoted).or_else(|| {
                (doc.lower(p) == "to")
                    .then(|| np_left(doc, floor, p))
                    .flatten()
            })?;
            let head_first = doc.first_token_from(head.start);
            // "he in the hall", "Ruiz of the council": a pronoun or a lone name before the
            // preposition is the speaker without it; not a word that only its sentence
            // capitalises ("Footage from the game", "Half of the voters").
            // The object must be plain words for the name before it to be the speaker:
            // in "defend Pennsylvania for Democrats after Trump has promised" it is Trump.
            let plain = || (p + 1..end).all(|k| !PREPOSITIONS.contains(&doc.lower(k)));
            let lone = p - head_first == 1
                && (is_pronoun(doc.lower(head_first))
                    || is_name(doc, head_first) && !doc.opens_sentence(head_first) && plain());
            if lone {
                return Some(head);
            }
            // "Two of the senators", "Most of the candidates": a part of a group, which
            // a plural or a name tells ("One of the central claims" is no one).
            let described = p - head_first >= 2
                || !doc.capitalised(head_first) && !is_pronoun(doc.lower(head_first))
                || people_before(doc, floor, p)
                || names_people(doc.lower(p - 1))
                || tells_how_many(doc.lower(p - 1))
                    && (is_plural(doc.lower(end - 1)) || doc.capitalised(end - 1));
            described.then(|| head.start..doc.tokens.end(end - 1))
        });
    head.or(np)
}

/// Whether a lower-case word is one person by what they do: "a voter from Ohio", "a
/// teacher in Texas", "a resident of", "an employee at"; not a thing ("a letter from").
fn person_noun(word: &str) -> bool {
    const ENDINGS: [&str; 8] = ["er", "or", "ist", "ian", "ant", "ent", "ee", "ate"];
    const THINGS: &[&str] = &[
        "letter",
        "paper",
        "order",
        "matter",
        "power",
        "border",
        "number",
        "answer",
        "water",
        "center",
        "corner",
        "quarter",
        "chapter",
        "winter",
        "document",
        "comment",
        "statement",
        "argument",
        "event",
        "percent",
        "state",
        "debate",
        "estate",
        "update",
        "climate",
        "mandate",
        "template",
    ];
    word.len() > 4 && ENDINGS.iter().any(|e| word.ends_with(e)) && !THINGS.contains(&word)
}

/// Whether the words from `start` to the one before token `of` ("of") open their
/// sentence and describe a group with whom it is made of after: plain words, the first
/// capitalised only as it opens the sentence ("Small groups of protesters", "Large
/// crowds of supporters"), the last of which the caller asks to be a plural.
fn group_opening_sentence(doc: &Doc, start: usize, of: usize) -> bool {
    of > start
        && doc.lower(of) == "of"
        && doc.opens_sentence(start)
        && (start..of - 1).all(|k| (k == start || !doc.capitalised(k)) && modifies(doc.lower(k)))
}

/// Where the words before token `end` are a participle and what follows it, after a
/// word naming people: "marching through the streets", "wearing a red hat",
/// "interviewed outside polling stations in Ohio". The index of the participle, its
/// object or adverbial a few plain words ending a noun; not a participle that brings a
/// name in ("a spokesman named Ruiz"), where the name is who spoke. With it the index
/// of the phrase's last token, after `end` where an adverbial follows the participle.
fn participle_postmodifier(
    doc: &Doc,
    floor: usize,
    end: usize,
    quoted: &QuotedIn,
) -> Option<(usize, usize)> {
    // Only right before a verb of saying, where a verb of the phrase's own could not
    // stand: in "The senator emailed supporters saying ..." the senator spoke.
    // The verb may come after an adverbial the caller stepped over, one the participle
    // ends with: "Voters surveyed recently said", "Residents interviewed Tuesday said".
    let plain = |k: usize| doc.is_word(k) && !quoted.holds(k) && !doc.in_time(k);
    let adverbial = |k: usize| doc.is_word(k) && (doc.in_time(k) || is_adverb(doc.lower(k)));
    let verb = (end..(end + 3).min(doc.tokens.len())).find(|&k| !adverbial(k))?;
    let cue = doc.lower(verb);
    let cued =
        doc.is_word(verb) && !cue.ends_with("ing") && cues::cue(cue) == Some(cues::Cue::Verb);
    if !cued || !doc.is_word(end - 1) {
        return None;
    }
    // Where a capital says nothing: a sentence, a line (after a headline without a
    // stop) or what follows a mark ("WASHINGTON - Protesters ...") opens there.
    let opens = |k: usize| {
        doc.opens_sentence(k)
            || !doc.is_word(k - 1)
            || doc.text[doc.tokens.end(k - 1)..doc.tokens.start(k)].contains('\n')
    };
    // A word naming people, a plural only in lower case: "Sanders started ..."; or
    // "those" ("Those surveyed said").
    let people = |k: usize| {
        let w = doc.lower(k);
        plain(k)
            && w.bytes().all(|b| b.is_ascii_alphabetic())
            && (w == "those"
                || may_head(w)
                    && match doc.capitalised(k) {
                        false => names_sources(w) || tells_only_sex(w),
                        true => opens(k) && names_people_opening(w),
                    })
    };
    let deed = |k: usize| !doc.capitalised(k) && describes_by_deed(doc.lower(k), doc.lower(k + 1));
    // A participle with no object before the adverbial: "Voters surveyed recently";
    // or with none at all, where it tells who was polled: "Voters polled said".
    let q = end - 1;
    let bare = verb == end && !doc.capitalised(q) && polled(doc.lower(q));
    // Before a participle of polling, any plural names the people polled: "Workers
    // surveyed said".
    let polled_people = |k: usize| {
        people(k) || plain(k) && is_plural(doc.lower(k)) && (!doc.capitalised(k) || opens(k))
    };
    let described = |k: usize| if bare { polled_people(k) } else { people(k) };
    if (verb > end && deed(q) || bare) && q > floor && plain(q) && described(q - 1) {
        return Some((q, verb - 1));
    }
    let q = (end.saturating_sub(8).max(floor + 1)..end - 1)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| deed(k) && people(k - 1))?;
    let object = (q + 1..end).all(|k| {
        let w = doc.lower(k);
        in_an_object(w) && !leads_out(w)
    }) && object_ends(doc, end - 1)
        && !PREPOSITIONS.contains(&doc.lower(end - 1));
    // "the candidates Trump said were weak", "a report Smith said was flawed": a
    // clause of its own, its "that" left out, describes what the participle is about.
    let subject = |k: usize| is_pronoun(doc.lower(k)) || doc.capitalised(k);
    let related = end - 1 > q + 1 && subject(end - 1) && {
        let before = doc.lower(end - 2);
        !doc.capitalised(end - 2)
            && !PREPOSITIONS.contains(&before)
            && !DETERMINERS_SET.contains(before)
    };
    let embedded = doc.is_word(verb + 1) && is_auxiliary(doc.lower(verb + 1));
    (object && !related && !embedded).then_some((q, verb - 1))
}

/// Where the words before token `end` describe an anonymous source by what it knows
/// or whom it is near: "familiar with the talks", "close to the campaign", "with direct
/// knowledge of the matter", "briefed on the plans". The index of the phrase's first
/// word (the adjective, or "with"), after at least one word, its object a few plain
/// words ending a noun.
fn source_postmodifier(doc: &Doc, floor: usize, end: usize, quoted: &QuotedIn) -> Option<usize> {
    let plain = |k: usize| doc.is_word(k) && !quoted.holds(k) && !doc.in_time(k);
    // The nearest preposition, at most five words before `end`; asked first, as the
    // phrase finders ask of every phrase and nearly none has such a description.
    let p = (end.saturating_sub(6).max(floor + 2)..end - 1)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| matches!(doc.lower(k), "with" | "to" | "on" | "of" | "about" | "in"))?;
    let before = doc.lower(p - 1);
    let start = match (before, doc.lower(p)) {
        (word, preposition) if describes_a_source(word, preposition) => p - 1,
        // "with knowledge of", "with direct knowledge of".
        ("knowledge", "of") => {
            let with = (p.saturating_sub(3).max(floor + 1)..p - 1)
                .rev()
                .find(|&k| doc.lower(k) == "with")?;
            let described = (with + 1..p - 1).all(|k| plain(k) && !doc.capitalised(k));
            described.then_some(with)?
        }
        _ => return None,
    };
    // The object is a noun phrase, not a clause.
    let object = (p + 1..end).all(|k| in_an_object(doc.lower(k))) && object_ends(doc, end - 1);
    (object && start > floor && plain(start - 1)).then_some(start)
}

/// Whether token `k` is a capitalised word that may be a name: not one of the words a
/// described speaker is made of ("Officials", "Many", capitalised as they open a
/// sentence), a body's kind or a title ("the Center for ...", "Bank of England",
/// "Duke of Edinburgh"), nor a word that never is a name ("More", "Monday").
fn is_name(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    doc.capitalised(k)
        && !DETERMINERS_SET.contains(w)
        && !NP_LOWER_SET.contains(w)
        && !SKIP_SET.contains(w)
        && !BODY_KINDS_SET.contains(w)
        && !titles_or_names_a_body(w)
        && !names_people(w)
        && !not_a_name(w)
        && number_word(w).is_none()
}

/// Whether the word before token `p`, a preposition, is a plural naming people,
/// capitalised only as it opens the sentence: "Lawyers for the family said", where
/// "Ruiz of the council said" is Ruiz.
fn people_before(doc: &Doc, floor: usize, p: usize) -> bool {
    let Some(k) = p.checked_sub(1).filter(|&k| k >= floor) else {
        return false;
    };
    let opens = k == floor || !doc.is_word(k - 1);
    let w = doc.lower(k);
    doc.is_word(k) && (opens || !doc.capitalised(k)) && is_plural(w) && may_head(w)
}

/// `quoted` says which tokens before `end` are inside a quotation.
fn np_left_once(doc: &Doc, floor: usize, end: usize, quoted: &QuotedIn) -> Option<Range<usize>> {
    if end <= floor || !doc.is_word(end - 1) {
        return None;
    }
    let last = doc.lower(end - 1);
    if is_pronoun(last) {
        return Some(doc.tokens.start(end - 1)..doc.tokens.end(end - 1));
    }
    let mut start = end;
    // Whether the phrase holds a lower-case word no list knows ("harbour", "engineer"):
    // a description, which a determiner must open.
    let mut free = false;
    // Where the phrase of listed words only starts: what is left if the description
    // fails ("union leader Tomas Brandt" is "leader Tomas Brandt").
    let mut listed_start = end;
    while start > floor && end - start < 10 {
        let k = start - 1;
        // "Sanders’ campaign", "the Democrats' plan": a possessive written as an
        // apostrophe alone after the word, which the phrase goes on past.
        if k > floor && start < end && apart_possessive(doc, k) {
            start = k - 1;
            if !free {
                listed_start = start;
            }
            continue;
        }
        // "the 'Yes' campaign": a name in single quotation marks inside the phrase.
        if k >= floor + 2 && start < end && single_quoted_name(doc, k) {
            start = k - 2;
            if !free {
                listed_start = start;
            }
            continue;
        }
        if !doc.is_word(k) || quoted.holds(k) {
            break;
        }
        let w = doc.lower(k);
        let capital = doc.capitalised(k);
        if names_a_body_by_its_purpose(doc, floor, k, start, end) {
            // "the Commission on Presidential Debates": the "on" is inside the name.
            start = k;
            listed_start = k;
            continue;
        }
        if NP_STOP_SET.contains(w) || k + 1 < end && is_pronoun(w) {
            break;
        }
        let listed = capital
            || NP_LOWER_SET.contains(w)
            || w.ends_with("'s")
            || w.ends_with("’s")
            || w.contains('-');
        if !listed {
            // "A 2008 Clinton veteran said", "Obama's 2008 campaign": a year after the
            // determiner or an owner describes.
            let dated = year_number(w).is_some()
                && k > floor
                && (opens_description(doc.lower(k - 1)) || apart_possessive(doc, k - 1));
            if !describes(doc, k) && !dated {
                break;
            }
            free = true;
        }
        start = k;
        if !free {
            listed_start = k;
        }
        if free && DETERMINERS_SET.contains(w) {
            // "A few advocates": the article is the quantifier's ("a few" is some;
            // "few" alone is not many, and is kept apart).
            if w == "few" && k > floor && doc.lower(k - 1) == "a" {
                start = k - 1;
            }
            break;
        }
    }
    // Drop leading words that cannot start a phrase ("of", "and", "who"); a surname's
    // particle can ("De Blasio said").
    while start < end && opens_no_phrase(doc.lower(start)) {
        start += 1;
    }
    if start >= end {
        return None;
    }
    let head_ok = doc.capitalised(end - 1) || HEADS_SET.contains(last);
    let listed = |start: usize| {
        let start = (start..end).find(|&k| !opens_no_phrase(doc.lower(k)))?;
        head_ok.then(|| doc.tokens.start(start)..doc.tokens.end(end - 1))
    };
    if free || !head_ok {
        // "the harbour's chief engineer said", "engineers warned": a description
        // opened by a determiner, or people named by a plural alone; not the object
        // of a preposition ("people familiar with the matter said").
        // A name's possessive is the determiner of a person it describes: "Gary
        // Johnson's doctor said" (the doctor spoke), where the name, and titles before
        // it, open the phrase.
        let named_owner = || {
            names_people(last)
                && (start..end - 1)
                    .find(|&k| possessive(doc.lower(k).as_bytes()))
                    .is_some_and(|owner| {
                        (start..=owner).all(|k| {
                            let w = doc.lower(k);
                            doc.capitalised(k)
                                || DETERMINERS_SET.contains(w)
                                || NP_LOWER_SET.contains(w)
                        })
                    })
        };
        // "Sanders' team said": an owner's possessive written apart opens it as "Clinton's"
        // does.
        let determined = opens_description(doc.lower(start))
            || start + 1 < end && apart_possessive(doc, start + 1)
            || named_owner();
        // "engineers warned"; "federal officials said", "political experts said": people
        // named by a plural, described by plain words with no determiner.
        let plural = is_plural(last)
            && (end - start == 1
                // "FEC records", "Gallup polls", "campaign finance records": findings
                // named by whose or what they are.
                || reports_findings(last)
                    && (start..end - 1).all(|k| doc.capitalised(k) || modifies(doc.lower(k)))
                || names_people(last)
                    && (start == floor
                        || !doc.is_word(start - 1)
                        || matches!(doc.lower(start - 1), "and" | "or"))
                    && (start..end - 1).all(|k| modifies(doc.lower(k)))
                // "Tesla shareholders said", "Labour backbenchers warned": people of
                // the body or party named before them.
                || people_plural(last) && (start..end - 1).all(|k| doc.capitalised(k))
                || group_opening_sentence(doc, start, end));
        let governed = start > floor && PREPOSITIONS.contains(&doc.lower(start - 1));
        if !(determined && !governed && may_head(last) || plural && may_head(last)) {
            return listed(listed_start);
        }
    }
    Some(doc.tokens.start(start)..doc.tokens.end(end - 1))
}

/// Whether token `k` is an apostrophe making the word just before it, a plural ending
/// in "s", a possessive ("Sanders’", "voters'"): written against that word, with a
/// space after it.
fn apart_possessive(doc: &Doc, k: usize) -> bool {
    // Not the mark closing a word in single quotation marks: "the 'Yes' campaign".
    let quoted = k > 1
        && matches!(doc.word(k - 2), "'" | "‘")
        && doc.tokens.end(k - 2) == doc.tokens.start(k - 1);
    k > 0
        && !quoted
        && matches!(doc.word(k), "'" | "’")
        && doc.is_word(k - 1)
        && doc.lower(k - 1).ends_with('s')
        && doc.tokens.end(k - 1) == doc.tokens.start(k)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|next| next.start > doc.tokens.end(k))
}

/// Whether token `k` closes a capitalised word in single quotation marks written
/// against it, with a space after: the "'Yes'" of "the 'Yes' campaign".
fn single_quoted_name(doc: &Doc, k: usize) -> bool {
    k > 1
        && (matches!(doc.word(k), "'" | "’") && matches!(doc.word(k - 2), "'" | "‘")
            || nickname(doc, k - 2))
        && doc.is_word(k - 1)
        && doc.capitalised(k - 1)
        && doc.tokens.end(k - 2) == doc.tokens.start(k - 1)
        && doc.tokens.end(k - 1) == doc.tokens.start(k)
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|next| next.start > doc.tokens.end(k))
}

/// Whether token `k` opens a nickname set off by double quotation marks inside a name
/// (`Robert "Bobby" Ruiz`), which quotes no one: a mark, a capitalised word against
/// it and a mark against that, outside any quotation.
fn nickname(doc: &Doc, k: usize) -> bool {
    doc.is_quote_mark(k)
        && doc.is_quote_mark(k + 2)
        && doc.is_word(k + 1)
        && doc.capitalised(k + 1)
        && doc.tokens.end(k) == doc.tokens.start(k + 1)
        && doc.tokens.end(k + 1) == doc.tokens.start(k + 2)
        && !doc.in_quote(k + 1)
}

/// A share of the people polled that ends at token `end` and opens its clause:
/// "Twenty-four percent", "nearly half", "more than 4 in 10", "58%", "a majority" (said
/// they ...). A poll tells what they said; a bare number ("43 said") may count anything.
pub(super) fn share_of_people(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    let last = end.checked_sub(1).filter(|&last| last >= floor)?;
    let number = |k: usize| {
        let w = doc.lower(k);
        w.starts_with(|c: char| c.is_ascii_digit())
            || w.split('-').all(|part| number_word(part).is_some())
    };
    let mut start = match doc.lower(last) {
        "percent" | "%" if last > floor && number(last - 1) => last - 1,
        w if names_a_share(w) => last,
        _ if last >= floor + 2
            && doc.lower(last - 1) == "in"
            && number(last)
            && number(last - 2) =>
        {
            last - 2
        }
        // "nine out of 10".
        _ if last >= floor + 3
            && doc.lower(last - 1) == "of"
            && doc.lower(last - 2) == "out"
            && number(last)
            && number(last - 3) =>
        {
            last - 3
        }
        _ => return None,
    };
    while start > floor
        && matches!(
            doc.lower(start - 1),
            "nearly"
                | "almost"
                | "about"
                | "around"
                | "some"
                | "roughly"
                | "only"
                | "just"
                | "barely"
                | "over"
                | "a"
                | "the"
                | "than"
                | "more"
                | "fewer"
                | "less"
                | "mere"
                | "fully"
                | "least"
                | "at"
        )
    {
        start -= 1;
    }
    // "Among Democrats, 26 percent said": after a comma, opening the sentence or a
    // clause ("While 7 percent said ...", "... and 22 percent said").
    let opens = start == floor
        || doc.word(start - 1) == ","
        || joins_clauses(doc.lower(start - 1))
        || matches!(doc.lower(start - 1), "and" | "or");
    opens.then(|| doc.tokens.start(start)..doc.tokens.end(last))
}

/// Whether a word opens a description of someone: a determiner or a possessive ("the
/// mayor", "Pyongyang's only ally").
pub(super) fn opens_description(word: &str) -> bool {
    DETERMINERS_SET.contains(word) || possessive(word.as_bytes())
}

/// Whether a word cannot open a noun phrase: "of", "and", "for", "who".
fn opens_no_phrase(word: &str) -> bool {
    matches!(word, "of" | "and" | "for" | "who")
}

/// Whether token `k`, an "on" or "for", joins a body's name to what it is for: "the
/// Commission on Presidential Debates", "the Center for American Progress". The word
/// before is a body's kind, capitalised, and the words after it, up to `end`, are all
/// capitalised; else the preposition ends the phrase ("the Center on Monday").
fn names_a_body_by_its_purpose(
    doc: &Doc,
    floor: usize,
    k: usize,
    start: usize,
    end: usize,
) -> bool {
    k > floor
        && start < end
        && matches!(doc.lower(k), "on" | "for")
        && doc.is_word(k - 1)
        && doc.capitalised(k - 1)
        && BODY_KINDS_SET.contains(doc.lower(k - 1))
        && (start..end).all(|j| doc.capitalised(j) && !doc.in_time(j))
}

/// `may_describe` of the word at `k`, which after "of" may be a verb of saying's
/// word used as a noun: "the former secretary of state".
fn describes(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    may_describe(w) || k > 0 && doc.lower(k - 1) == "of" && cues::cue(w).is_some()
}

/// Whether a lower-case word no list knows may be part of a description: a plain word,
/// not a verb of saying, an adverb or a number.
fn may_describe(word: &str) -> bool {
    // "well-connected", "46-year-old": hyphenated words describe as plain ones do.
    word.len() > 1
        && word
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
        && word.bytes().any(|b| b.is_ascii_lowercase())
        && !is_adverb(word)
        && !SKIP_SET.contains(word)
        && cues::cue(word).is_none()
}

/// Whether a word before a plural head may describe the people it names ("federal",
/// "local GOP", "Mrs. Clinton's campaign"): not a preposition, a conjunction, a
/// participle or a pronoun ("majorities of voters", "something many Republicans",
/// "whose leaders").
fn modifies(word: &str) -> bool {
    !PREPOSITIONS.contains(&word)
        && !word.ends_with("ing")
        && !matches!(
            word,
            "and"
                | "or"
                | "but"
                | "no"
                | "something"
                | "anything"
                | "everything"
                | "nothing"
                | "who"
                | "whom"
                | "whose"
                | "which"
                | "what"
                | "that"
        )
}

/// Whether a word may end a description as its head noun.
fn may_head(word: &str) -> bool {
    !DETERMINERS_SET.contains(word)
        && !word.ends_with("ing")
        && (!word.ends_with("ed") || word.ends_with("eed"))
        && !SKIP_SET.contains(word)
}

pub(super) fn is_plural(word: &str) -> bool {
    word.len() > 3 && word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us")
}

/// "Putin, who spoke first, said": the phrase before the relative clause.
pub(super) fn relative_clause_subject(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    apposed_subject(doc, floor, end).map(|(_, np)| np)
}

/// `relative_clause_subject`, with where the phrase the clause or apposition describes
/// starts: `(start, speaker)`.
pub(super) fn apposed_subject(
    doc: &Doc,
    floor: usize,
    end: usize,
) -> Option<(usize, Range<usize>)> {
    // `Ruiz, the author of "Piers of the Bay," said`: the comma inside the closing mark.
    let end = if end > floor + 1 && doc.is_quote_mark(end - 1) && doc.word(end - 2) == "," {
        end - 1
    } else {
        end
    };
    if end <= floor || doc.word(end - 1) != "," {
        return None;
    }
    // "Mike Shields, president of the Fund, a super PAC, said": a phrase before the
    // comma at `k` that is itself an apposition, of the name opening the sentence
    // before it; not of a setting ("Earlier Tuesday, his campaign manager, Jeff Weaver,
    // says") nor of a clause ("The tool helps, a spokeswoman, Anna White, said").
    let apposed_to_name = |np: &Range<usize>, k: usize| {
        let first = doc.first_token_from(np.start);
        if first <= floor + 1 || doc.word(first - 1) != "," || doc.capitalised(first) {
            return None;
        }
        apposed_subject(doc, floor, k + 1).filter(|(_, np)| {
            let first = doc.first_token_from(np.start);
            let name = first..doc.first_token_from(np.end);
            first == floor && name.into_iter().all(|t| doc.capitalised(t))
        })
    };
    let mut k = end - 1;
    while k > floor && k + 25 > end {
        k -= 1;
        if doc.word(k) == "," {
            // "Michael Mulgrew, the president of the union, which represents
            // teachers, said": the clause describes the phrase, which describes him.
            if matches!(doc.lower(k + 1), "who" | "which" | "whose") {
                let np = np_left(doc, floor, k)?;
                return apposed_to_name(&np, k).or(Some((np.start, np)));
            }
            // An apposition: "Trump, the president, said", "China, Pyongyang's only
            // ally, said"; not a place and its state ("a meeting in Columbus, Ohio,
            // said").
            let apposition = k + 1..end - 1;
            // Words only, as long as a description runs: "Pyongyang's only ally and its
            // economic lifeline to the outside world".
            let described = || {
                opens_description(doc.lower(apposition.start))
                    && apposition.len() <= 20
                    && apposition
                        .clone()
                        .all(|t| doc.is_word(t) || doc.is_quote_mark(t))
            };
            let np = np_left(doc, floor, k).filter(|np| {
                let first = doc.first_token_from(np.start);
                // Nor an object: "author of The Age of Oversupply, a book ...".
                let placed = first > floor
                    && matches!(
                        doc.lower(first - 1),
                        "in" | "at" | "from" | "near" | "to" | "of" | "for" | "by" | "with"
                    );
                !placed && (np_left(doc, k + 1, end - 1).is_some() || described())
            })?;
            if let Some(outer) = apposed_to_name(&np, k) {
                return Some(outer);
            }
            // "Ms. Arnold, who helped found EDGE, an environmental group, said": the
            // apposition describes the object of a relative clause, which describes
            // the subject.
            if let Some(outer) = relative_holding(doc, floor, doc.first_token_from(np.start)) {
                return Some((outer.start, outer));
            }
            // "Apple's chief executive, Tim Cook, said": a description, then the name
            // of whom it describes, is that name.
            let named = (2..=4).contains(&apposition.len())
                && apposition
                    .clone()
                    .all(|t| doc.capitalised(t) && doc.is_word(t));
            if named && !doc.capitalised(k - 1) {
                let name = doc.tokens.start(apposition.start)..doc.tokens.end(apposition.end - 1);
                return Some((np.start, name));
            }
            return Some((np.start, np));
        }
    }
    None
}

/// The phrase a relative clause set off by a comma describes ("Ms. Arnold, who helped
/// found"), where the clause runs on to token `first` with no comma of its own.
fn relative_holding(doc: &Doc, floor: usize, first: usize) -> Option<Range<usize>> {
    /// The most tokens a clause takes before the phrase it holds.
    const CLAUSE: usize = 12;
    let comma = (floor.max(first.saturating_sub(CLAUSE))..first)
        .rev()
        .take_while(|&k| doc.is_word(k) || doc.word(k) == ",")
        .find(|&k| doc.word(k) == ",")?;
    if !matches!(doc.lower(comma + 1), "who" | "which") || comma + 2 >= first {
        return None;
    }
    np_left(doc, floor, comma)
}

/// The nearest name or pronoun in the clause before `end` ("Putin smiled and replied").
pub(super) fn np_in_clause(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    let mut k = end;
    while k > floor && end - k < 10 {
        k -= 1;
        if matches!(doc.word(k), "," | ";" | "\"" | "''" | "“" | "”") {
            return None;
        }
        // A day or a month is no one, and no name before it acts after it: "on a
        // press call Friday, criticized", "who Cameron would like to see win in
        // November but said".
        if doc.capitalised(k) && doc.in_time(k) {
            return None;
        }
        if is_pronoun(doc.lower(k)) || doc.capitalised(k) && !NP_STOP_SET.contains(doc.lower(k)) {
            let mut e = k + 1;
            while e < end && doc.capitalised(e) {
                e += 1;
            }
            // "FBI officials smiled and said": the people the name describes, where their
            // verb follows ("Ruiz agrees and says": "agrees" is the verb).
            let mut people = e;
            while people < end && !doc.capitalised(people) && described_people(doc.lower(people)) {
                people += 1;
            }
            if people > e && people < end && {
                let w = doc.lower(people);
                reads_as_verb(w) || is_auxiliary(w)
            } {
                e = people;
            }
            return np_left(doc, floor, e);
        }
    }
    None
}

/// Common verbs in the past tense that do not end in "-ed": after a name they are its
/// verb, not a description of the next name ("Oz took Trump").
const PAST_VERBS: &[&str] = &[
    "took", "went", "put", "made", "got", "gave", "led", "won", "lost", "met", "sent", "kept",
    "left", "ran", "beat", "hit", "set", "held", "brought", "bought", "saw", "came", "became",
    "spoke", "told", "said", "wrote", "let", "cut", "paid", "sat", "stood", "drew", "threw",
    "grew", "knew", "found", "felt", "began", "fought", "sought", "caught", "built", "spent",
    "heard", "sold", "broke", "chose", "rose", "fell", "drove", "struck", "shook",
];

static PAST_VERBS_SET: cues::WordSet = cues::WordSet::new(PAST_VERBS);

/// Words opening a relative clause.
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "that"];

/// The capitalised words at most that may open a description before a name in
/// `np_right`: "Republican National Committee chairman Reince Priebus".
const LEAD_CAPITALS: usize = 3;

/// The noun phrase starting at token `from`: "said Putin", "according to sources".
pub(super) fn np_right(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    // "Small groups of protesters marched ...": the group, with whom it is made of.
    if from + 3 < limit
        && group_opening_sentence(doc, from, from + 2)
        && !doc.capitalised(from + 1)
        && is_plural(doc.lower(from + 1))
    {
        if let Some(object) = np_right(doc, from + 3, limit) {
            return Some(doc.tokens.start(from)..object.end);
        }
    }
    let mut end = from;
    // A possessive determines what follows it as "the" does: "Hillary Clinton's
    // right-hand woman".
    let opened = DETERMINERS_SET.contains(doc.lower(from));
    let mut determined = opened;
    let mut possessed = false;
    // "retired neurosurgeon Ana Ruiz", "master of ceremonies Ana Ruiz": a description
    // with no determiner, up to the name it leads to.
    let mut k = from;
    // "Republican party boss Reince Priebus", "Ohio State University professor Paul
    // Beck": a capitalised word or a few (a party, a nation, a body) may open the
    // description.
    while k < limit
        && k - from < LEAD_CAPITALS
        && doc.is_word(k)
        && doc.capitalised(k)
        && !doc.in_time(k)
        && !NP_STOP_SET.contains(doc.lower(k))
    {
        k += 1;
    }
    let described_from = k;
    let digits = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    while k < limit && k - described_from < 5 && doc.is_word(k) && !doc.capitalised(k) {
        let w = doc.lower(k);
        // After a capitalised word, a verb is that word's ("Ryan endorsed Trump") and "of"
        // leads elsewhere ("Mr. Trump's hot wash of Mr. Bush"), where "party boss"
        // describes whom it leads to.
        // Nor does a relative clause describe it: "Sen. Jim Whelan who represents
        // Atlantic City".
        if described_from > from
            && (!may_head(w) || RELATIVES.contains(&w) || w == "of" || PAST_VERBS_SET.contains(w))
        {
            break;
        }
        // "9/11 widow Ana Ruiz" (the tokenizer splits "9/11" at its slash), "2008
        // campaign veteran Ana Ruiz".
        let number = digits(w);
        if !(may_describe(w) || w == "of" || number) || NP_STOP_SET.contains(w) {
            break;
        }
        if number && k + 2 < limit && doc.word(k + 1) == "/" && digits(doc.word(k + 2)) {
            k += 3;
            continue;
        }
        if doc.in_time(k) && !number {
            break;
        }
        k += 1;
    }
    let lead_end =
        if k > described_from && k < limit && doc.capitalised(k) && doc.lower(from) != "of" {
            k
        } else {
            from
        };
    // "Sanders protesters": people after the names that tell whose they are; not a
    // verb of the name's with its object ("God wants to", "Byrne gives a").
    let named_people = |k: usize| {
        let next = doc.lower(k + 1);
        k > from
            && people_plural(doc.lower(k))
            && (from..k).all(|j| doc.capitalised(j))
            && !(DETERMINERS_SET.contains(next)
                || is_pronoun(next)
                || matches!(next, "to" | "that"))
    };
    while end < limit && end - from < 10 {
        // "said Robert "Bobby" Ruiz": a nickname inside the name.
        if end > from && end + 3 < limit && nickname(doc, end) && doc.capitalised(end + 3) {
            end += 3;
            continue;
        }
        if !(doc.is_word(end) || end < lead_end) {
            break;
        }
        let w = doc.lower(end);
        let capital = doc.capitalised(end);
        // "one of those advisers": a determiner after "of" goes on with the phrase.
        let after_of = end > from && doc.lower(end - 1) == "of" && DETERMINERS_SET.contains(w);
        // "a 2008 Clinton veteran", "the 1991 Nobel laureate", "a 30-year veteran": a
        // year or a measure after the determiner describes what follows it (a count
        // may not: "the 60 second ad ends").
        let numbered = determined
            && end == from + 1
            && digits(w)
            && (year_number(w).is_some() || w.contains('-'))
            && end + 1 < limit
            && doc.is_word(end + 1);
        if end > from
            && (NP_STOP_SET.contains(w) || doc.in_time(end))
            && !matches!(w, "of" | "and")
            && !after_of
            && !numbered
        {
            break;
        }
        if is_pronoun(w) {
            if end == from {
                end += 1;
            }
            break;
        }
        // "said a senior aide who asked not to be named": the relative clause describes
        // the one the phrase names and is no part of it.
        if end > from && matches!(w, "who" | "whom" | "whose") {
            break;
        }
        // "The aide rallied supporters", "Hoff's letter makes a case": a verb after a
        // word naming people, or before its object's determiner, is the phrase's, no
        // word describing it.
        // So is one in the past after a noun ("The performance drew cheers"), not
        // after an adverb ("the newly elected mayor") or an owner ("the party's
        // embattled nominee").
        if determined && end > from + 1 && !capital {
            let past = is_past(w) || PAST_VERBS_SET.contains(w);
            // A past in "-ed" after a word that may describe, before the noun it
            // describes, is a description too: "a 62-year-old retired nurse", "a local
            // elected official"; not before a preposition or a particle ("A legal
            // opinion drafted for the project", "groups rolled out").
            let next = doc.lower(end + 1);
            let ends = !w.ends_with("ed")
                || is_preposition(next)
                || DETERMINERS_SET.contains(next)
                || matches!(next, "out" | "up" | "off" | "back" | "down");
            let verb = past && {
                let prev = doc.lower(end - 1);
                let after_people = HEADS_SET.contains(prev)
                    || names_people(prev)
                    || tells_only_sex(prev)
                    || people_plural(prev);
                after_people
                    || ends
                        && may_head(prev)
                        && !is_adverb(prev)
                        && !DETERMINERS_SET.contains(prev)
                        && possessor(prev).is_none()
            };
            // An article or an owner opens the object, or "that" before a clause's
            // subject ("projects that the fee ..."): not "this week", nor "that
            // opposed" after a plural.
            let before_object = || {
                let next = end + 1;
                let clause = |k: usize| {
                    doc.is_quote_mark(k)
                        || doc.capitalised(k)
                        || DETERMINERS_SET.contains(doc.lower(k))
                        || is_pronoun(doc.lower(k))
                };
                (past || w.ends_with('s'))
                    && next < limit
                    && (matches!(
                        doc.lower(next),
                        "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our"
                    ) || doc.lower(next) == "that"
                        && next + 1 < doc.tokens.len()
                        && clause(next + 1))
            };
            if verb || before_object() {
                break;
            }
        }
        let adjective = end < lead_end
            || numbered
            || determined && end - from < 6 && !capital && describes(doc, end);
        let owner = possessor(w);
        if !(capital || adjective || NP_LOWER_SET.contains(w) || owner.is_some()) {
            // "Sanders protesters", "Trump supporters": people the names before tell
            // whose they are, not the person named.
            if named_people(end) {
                end += 1;
            }
            break;
        }
        // Not on past "of": "Mr. Trump's hot wash of Mr. Bush" is Trump's; but "The
        // president's chief of staff" is one title.
        if possessed && w == "of" && !is_role(doc.lower(end - 1)) {
            break;
        }
        // Lower-case words describe what a possessive owns, not the name after it:
        // "Iowa State University's Dianne Bystrom agreed". Not a pronoun run into "is"
        // ("He's comparing ...").
        let possessive = owner.is_some_and(|o| !is_pronoun(o) && !runs_into_is(o));
        if possessive {
            determined = true;
        } else if possessed && capital {
            determined = opened;
        }
        possessed |= possessive;
        end += 1;
    }
    // "a prominent committee member who ...": end at the last word that can be a head;
    // after a determiner, at the last word that is not a function word.
    let may_end = |k: usize| {
        let w = doc.lower(k);
        doc.capitalised(k)
            || HEADS_SET.contains(w)
            || is_pronoun(w)
            || determined && may_head(w) && describes(doc, k)
            || named_people(k)
    };
    while end > from + 1 && !may_end(end - 1) {
        end -= 1;
    }
    while end > from && matches!(doc.lower(end - 1), "of" | "and" | "the" | "a" | "for") {
        end -= 1;
    }
    if end == from {
        return None;
    }
    let last = doc.lower(end - 1);
    let ok = doc.capitalised(end - 1)
        || HEADS_SET.contains(last)
        || is_pronoun(last)
        || determined && end > from + 1 && may_head(last)
        || named_people(end - 1);
    // "said a person familiar with the talks": the source's description is its own
    // (its adjective may have been taken for one before a head).
    let head = if end > from + 1 && end < limit && describes_a_source(last, doc.lower(end)) {
        end - 1
    } else {
        end
    };
    if let Some(described) = source_object_end(doc, head, limit) {
        if names_sources(doc.lower(head - 1)) {
            return Some(doc.tokens.start(from)..doc.tokens.end(described - 1));
        }
    }
    ok.then(|| doc.tokens.start(from)..doc.tokens.end(end - 1))
}

/// Where the words from token `k` that describe an anonymous source end ("familiar with
/// the talks", "with direct knowledge of the matter", before `limit`): after the last
/// word of its object that may end a noun, a few plain words.
fn source_object_end(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let word = |j: usize| (j < limit && doc.is_word(j)).then(|| doc.lower(j));
    let object = k + source_opening(|j| word(k + j), |j| doc.capitalised(k + j))?;
    let plain = |j: usize| {
        word(j).is_some_and(|w| !doc.in_time(j) && !NP_STOP_SET.contains(w) && in_an_object(w))
    };
    let run = (object..object + 6).take_while(|&j| plain(j)).count();
    (object..object + run)
        .rev()
        .find(|&j| object_ends(doc, j))
        .map(|j| j + 1)
}

/// Whether a word may be part of a preposition's object in a source's description:
/// not a verb that leads out of it ("people familiar with her thinking say she"), a
/// pronoun or a relative; a noun that may be a cue may ("his remarks").
fn in_an_object(word: &str) -> bool {
    !(is_auxiliary(word)
        || is_relative(word)
        || is_pronoun(word)
        || cues::cue(word) == Some(cues::Cue::Verb))
}

/// Whether token `k` may end the object of a source's description as its noun: also a
/// noun in "-ing" after a determiner or an owner ("the closed-door meeting", "Cruz's
/// thinking").
fn object_ends(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    doc.capitalised(k)
        || may_head(w)
        || w.ends_with("ing")
            && (k.checked_sub(1)).is_some_and(|j| {
                let before = doc.lower(j);
                NP_LOWER_SET.contains(before)
                    || possessive(before.as_bytes())
                    || before.contains('-')
            })
}

/// Prepositions that open an adverbial before a sentence's subject, beyond those
/// `NP_STOP` lists.
const OPENING_PREPOSITIONS: &[&str] = &[
    "amid",
    "among",
    "during",
    "despite",
    "following",
    "under",
    "over",
    "through",
    "throughout",
    "without",
    "unlike",
    "like",
    "for",
    "of",
    "within",
    "upon",
    "until",
    "against",
    "beyond",
    "besides",
    "regarding",
];

/// Whether a lower-case word is a preposition that may open a sentence ("Among voters
/// who ...", "Of those polled").
pub(super) fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word) || OPENING_PREPOSITIONS.contains(&word)
}

/// The subject opening a clause: its first noun phrase, if the clause starts with one.
pub(super) fn subject_of(doc: &Doc, from: usize, limit: usize) -> Option<Range<usize>> {
    let mut start = from;
    // Skip an opening adverbial up to its comma ("In a statement, the campaign ...").
    if let Some(comma) = (from..limit.min(from + 12)).find(|&k| doc.word(k) == ",") {
        let opener = doc.lower(from);
        // "Amid the uproar,", "Hours later,", "On Friday,": where or when, not who; nor
        // how ("Horrified at the prospect,").
        let adverbial = opener.ends_with("ing")
            || opens_adverbial(doc, from)
            || comma > from && matches!(doc.lower(comma - 1), "later" | "earlier" | "ago");
        if adverbial {
            start = comma + 1;
        }
    }
    let first = doc.lower(start);
    if NP_STOP_SET.contains(first)
        || OPENING_PREPOSITIONS.contains(&first)
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

/// Words that open an adverbial set off by a comma before a clause's subject, beyond
/// the prepositions: "When the vote came, ...", "Asked about it, ...".
fn opens_adverbial(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    // "Speaking at ...", "Asked about ...", "Horrified at ...", not "Ted Cruz" or
    // "Fielding said".
    let participle = |k: usize| {
        let w = doc.lower(k);
        (w.ends_with("ing") || w.ends_with("ed"))
            && w.len() > 4
            && doc.is_word(k + 1)
            && !doc.capitalised(k + 1)
            && cues::cue(doc.lower(k + 1)).is_none()
    };
    NP_STOP_SET.contains(w)
        || OPENING_PREPOSITIONS.contains(&w)
        || doc.in_time(k)
        || participle(k)
        // "Hastily politicizing the tragedy, ...", "Deeply frustrated by the delay,
        // ...": how it was done, then what; not a name ending as an adverb does
        // ("Kelly opened her show").
        || is_adverb(w)
            && doc.is_word(k + 1)
            && !doc.capitalised(k + 1)
            && participle(k + 1)
            && (doc.lower(k + 1).ends_with("ing") || is_preposition(doc.lower(k + 2)))
        || matches!(w, "asked" | "once" | "unless" | "whether" | "until" | "where")
}

/// Where a dateline opening the words from `floor` ends, past its dash: "WASHINGTON —",
/// "LA CROSSE, Wis. -", "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –". Its words
/// are capitalised, numbers, a date or a news agency in brackets, one of them in
/// capitals throughout; not a name and its aside ("Ruiz — who leads — said").
fn dateline_end(doc: &Doc, floor: usize, end: usize) -> Option<usize> {
    let dash = (floor..end.min(floor + 12)).find(|&t| matches!(doc.word(t), "—" | "–" | "-"))?;
    let capitals = |t: usize| {
        let w = doc.word(t);
        w.len() > 1
            && w.bytes().any(|b| b.is_ascii_uppercase())
            && !w.bytes().any(|b| b.is_ascii_lowercase())
    };
    let dateline = dash > floor
        && (floor..dash).all(|t| {
            doc.in_time(t)
                || matches!(doc.word(t), "," | "(" | ")" | ".")
                || doc.is_word(t) && doc.capitalised(t)
        })
        && ((floor..dash).any(|t| capitals(t) && doc.is_word(t))
            // "(Reuters) -" left of a dateline whose state's abbreviation ended a
            // sentence ("ORLANDO, Fla.").
            || dash == floor + 3 && doc.word(floor) == "(" && doc.word(floor + 2) == ")");
    dateline.then_some(dash + 1)
}

/// The subject of the main clause that runs up to `end`, for a verb far from it: the
/// first noun phrase after any adverbials set off by commas that a verb follows.
/// "Speaking in Salem, New Hampshire, Ruiz went after Brandt, calling him ..." is Ruiz's;
/// "And then she sounded a rare note, saying ..." is hers; "Ruiz, leading in the polls,
/// questioned ..." is Ruiz's.
pub(super) fn clause_subject(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    let mut k = dateline_end(doc, floor, end).unwrap_or(floor);
    while k < end
        && matches!(
            doc.lower(k),
            "and" | "but" | "so" | "then" | "yet" | "still"
        )
    {
        k += 1;
    }
    // Whether the segment before ended in a capitalised word: "Salem, New Hampshire,"
    // goes on naming the place.
    let mut after_name = false;
    for _ in 0..5 {
        if k >= end {
            return None;
        }
        let comma = (k..end).find(|&c| doc.word(c) == "," && !doc.in_quote(c));
        let seg_end = comma.unwrap_or(end);
        let place = after_name && (k..seg_end).all(|c| doc.capitalised(c));
        if opens_adverbial(doc, k) || place {
            after_name = seg_end > k && doc.capitalised(seg_end - 1);
            k = comma? + 1;
            continue;
        }
        let np = np_right(doc, k, end)?;
        let mut after = doc.first_token_from(np.end);
        // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".
        if doc.word(after) == "(" && is_party_tag(doc.word(after + 1)) {
            if let Some(close) = (after + 2..seg_end.min(after + 6)).find(|&c| doc.word(c) == ")") {
                after = close + 1;
            }
        }
        // "Cyber security experts and U.S. officials, however, said": a segment of
        // nouns and what describes them that ends in people, an aside after it, is the
        // subject, where the word after a capital ("security") would be read as a verb.
        let aside_after = || (seg_end + 1..end).any(|c| doc.word(c) == "," && !doc.in_quote(c));
        let nouns = || {
            (k..seg_end).all(|t| {
                let w = doc.lower(t);
                doc.capitalised(t) || w == "and" || may_describe(w) && !w.ends_with("ed")
            })
        };
        if after < seg_end
            && comma.is_some()
            && names_people(doc.lower(seg_end - 1))
            && aside_after()
            && nouns()
        {
            return np_left(doc, k, seg_end).or(Some(np));
        }
        let next = doc.lower(after);
        // A verb, an auxiliary or an adverb before one: "she only hinted".
        let verb_next = after < end
            && doc.is_word(after)
            && (!NP_STOP_SET.contains(next) || SKIP_SET.contains(next) || next == "only");
        // "Ruiz, leading in the polls, questioned": an aside between subject and verb.
        let aside = after == seg_end
            && comma.is_some()
            && (seg_end + 1..end).any(|c| doc.word(c) == "," && !doc.in_quote(c))
            && (doc.capitalised(k) || is_pronoun(doc.lower(k)));
        return (verb_next || aside).then_some(np);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{token, with_doc};
    use super::*;

    fn left(text: &str, before: &str) -> Option<String> {
        with_doc(text, |doc| {
            let end = token(doc, before);
            np_left(doc, 0, end).map(|r| text[r].to_owned())
        })
    }

    #[test]
    fn a_name_after_a_body_of_three_words_or_a_number_is_in_the_phrase() {
        for (text, phrase) in [
            (
                "said Kent State University professor Ana Ruiz.",
                "Kent State University professor Ana Ruiz",
            ),
            (
                "said Republican National Committee chairman Li Wei.",
                "Republican National Committee chairman Li Wei",
            ),
            (
                "said a 2008 Lopez campaign veteran.",
                "a 2008 Lopez campaign veteran",
            ),
            ("said the 1991 Nobel laureate.", "the 1991 Nobel laureate"),
            ("said a 30-year veteran.", "a 30-year veteran"),
            // A relative clause describes no name after it.
            (
                "said Sen. Ana Ruiz who represents Harbour City.",
                "Sen. Ana Ruiz",
            ),
        ] {
            let first = phrase.split(' ').next().unwrap_or_default();
            assert_eq!(right(text, first).as_deref(), Some(phrase), "{text}");
        }
        // A count describes nothing: "the 60 second ad" is no phrase that runs on to
        // the verb.
        let timed = right("Then the 60 second ad ends.", "the");
        assert!(
            timed.as_deref().is_none_or(|np| !np.contains("ends")),
            "{timed:?}"
        );
    }

    #[test]
    fn a_year_after_the_determiner_describes_the_speaker() {
        for (text, phrase) in [
            (
                "A 2008 Lopez campaign veteran said so.",
                "A 2008 Lopez campaign veteran",
            ),
            (
                "The 1991 Nobel laureate said so.",
                "The 1991 Nobel laureate",
            ),
        ] {
            assert_eq!(left(text, "said").as_deref(), Some(phrase), "{text}");
        }
    }

    #[test]
    fn a_year_after_an_owner_describes_the_speaker() {
        assert_eq!(
            left(
                "The chief strategist of Ana Ruiz's 2008 campaign said so.",
                "said"
            )
            .as_deref(),
            Some("The chief strategist of Ana Ruiz's 2008 campaign")
        );
    }

    #[test]
    fn an_apostrophe_after_a_plural_is_its_possessive() {
        for (text, phrase) in [
            ("Sanders’ campaign said so.", "Sanders’ campaign"),
            ("The workers' union said so.", "The workers' union"),
            ("Mr. Reyes' spokesman said so.", "Mr. Reyes' spokesman"),
            // The owner opens a description as "Clinton's" does.
            ("Sanders' team said so.", "Sanders' team"),
            ("The talks stalled, and Reyes' team said so.", "Reyes' team"),
        ] {
            assert_eq!(left(text, "said").as_deref(), Some(phrase), "{text}");
        }
        // A word in single quotation marks is no owner, but a name in the phrase.
        assert_eq!(
            left("The 'Yes' campaign said so.", "said").as_deref(),
            Some("The 'Yes' campaign")
        );
    }

    #[test]
    fn a_few_is_one_quantifier() {
        assert_eq!(
            left("A few experts said so.", "said").as_deref(),
            Some("A few experts")
        );
        assert_eq!(
            left("Few experts said so.", "said").as_deref(),
            Some("Few experts")
        );
    }

    #[test]
    fn a_clause_after_a_preposition_is_no_object_of_it() {
        // The speaker is the subject of the clause, not the phrase it ends.
        assert_eq!(
            left("The best part of it is that he did not believe it.", "did").as_deref(),
            Some("he")
        );
        assert_eq!(
            left(
                "He cited a story in which Democratic sources said so.",
                "said"
            )
            .as_deref(),
            Some("Democratic sources")
        );
        // A phrase after the preposition is still its object.
        assert_eq!(
            left(
                "The head of the Organization for Economic Cooperation and Development said so.",
                "said"
            )
            .as_deref(),
            Some("The head of the Organization for Economic Cooperation and Development")
        );
        // A clause opened by a conjunction, or a pronoun that is a verb's subject, ends
        // no preposition's object.
        for text in [
            "Ohio removed voters from the lists because they said nothing.",
            "Ohio removed voters from the lists, and they said nothing.",
        ] {
            assert_eq!(left(text, "said").as_deref(), Some("they"), "{text}");
        }
        for (text, speaker) in [
            (
                "An aide to the then governor said so.",
                "An aide to the then governor",
            ),
            (
                "Members of all but one party said so.",
                "Members of all but one party",
            ),
        ] {
            assert_eq!(left(text, "said").as_deref(), Some(speaker), "{text}");
        }
        assert_eq!(
            left(
                "Ohio cut aid for schools because officials said so.",
                "said"
            )
            .as_deref(),
            Some("officials")
        );
        assert_eq!(
            left("One of them said so.", "said").as_deref(),
            Some("One of them")
        );
    }

    fn right(text: &str, from: &str) -> Option<String> {
        with_doc(text, |doc| {
            let from = token(doc, from);
            np_right(doc, from, doc.tokens.len()).map(|r| text[r].to_owned())
        })
    }

    #[test]
    fn the_phrase_before_a_verb_names_the_speaker() {
        let text = "Special U.S. envoy Ana Ruiz said it.";
        assert_eq!(
            left(text, "said").as_deref(),
            Some("Special U.S. envoy Ana Ruiz")
        );
        let text = "Yesterday the harbour's chief engineer said it.";
        assert_eq!(
            left(text, "said").as_deref(),
            Some("the harbour's chief engineer")
        );
        assert_eq!(left("The pier is old and said nothing.", "said"), None);
        let text = "\"Yes,\" union leader Ana Ruiz said.";
        assert_eq!(left(text, "said").as_deref(), Some("leader Ana Ruiz"));
        // A surname's particle opens the phrase.
        assert_eq!(
            left("De Blasio said it was safe.", "said").as_deref(),
            Some("De Blasio")
        );
    }

    #[test]
    fn where_the_speaker_is_does_not_name_them() {
        // People or a name before "in", "at" or "from" and a place: the speaker is
        // they, a name alone when nothing describes it.
        let cases = [
            ("\"Yes,\" Ruiz in Madrid said.", Some("Ruiz")),
            ("Officials in Ohio said it.", Some("Officials in Ohio")),
            ("Later police in Dayton said it.", Some("police in Dayton")),
            (
                "People in Fort Pierce said it.",
                Some("People in Fort Pierce"),
            ),
            (
                "The senator from Vermont said it.",
                Some("The senator from Vermont"),
            ),
            (
                "Later Tom Ruiz at Harbour Hall said it.",
                Some("Tom Ruiz at Harbour Hall"),
            ),
            // A document or a body before it: the place or the outlet is the speaker.
            (
                "An editorial in The Harbour Times said it.",
                Some("The Harbour Times"),
            ),
            // An earlier preposition holds the phrase.
            (
                "Some delegates at the convention in Portland said it.",
                Some("Some delegates at the convention in Portland"),
            ),
            // The object must be plain words: here the subject is Tom.
            (
                "They won Oregon for Democrats after Tom said it.",
                Some("Tom"),
            ),
            // A quantifier is no name.
            ("Half of the voters said it.", Some("Half of the voters")),
            // A body's or a title's word before "of" opens a name, mid-sentence too.
            (
                "Rates rose, and Bank of Oregon said it.",
                Some("Bank of Oregon"),
            ),
            (
                "Later Duke of Harbourton said it.",
                Some("Duke of Harbourton"),
            ),
            // "he in the hall", "Ruiz of the council": a pronoun or a lone name before
            // the preposition is the speaker without it.
            ("Ana arrived. She in the hall said it.", Some("She")),
            (
                "The vote came, and Ruiz of the council said it.",
                Some("Ruiz"),
            ),
        ];
        for (text, speaker) in cases {
            assert_eq!(left(text, "said").as_deref(), speaker, "{text}");
        }
        // A capitalised word opening the sentence may be no name.
        assert_ne!(
            left("Footage from Harbour Hall shows it.", "shows").as_deref(),
            Some("Footage")
        );
    }

    #[test]
    fn a_body_named_for_its_purpose_is_named_whole() {
        let text = "Later the Commission on Fair Hearings said it.";
        assert_eq!(
            left(text, "said").as_deref(),
            Some("the Commission on Fair Hearings")
        );
        let text = "A study by the Center for Rural Prosperity found it.";
        assert_eq!(
            left(text, "found").as_deref(),
            Some("the Center for Rural Prosperity")
        );
        // Not after a word that is no body's kind, nor before a time.
        let text = "Her talk on Green Energy said little.";
        assert_eq!(left(text, "said").as_deref(), Some("Green Energy"));
        let text = "The Center on Monday said it.";
        let found = left(text, "said");
        assert!(
            !found.as_deref().unwrap_or("").contains(" on "),
            "{found:?}"
        );
    }

    #[test]
    fn a_party_or_a_nation_may_open_the_description_of_a_name_after_a_verb() {
        let text = "\"Yes,\" said Republican party boss Reince Priebus.";
        assert_eq!(
            right(text, "Republican").as_deref(),
            Some("Republican party boss Reince Priebus")
        );
        let text = "\"Yes,\" said Clinton's foreign policy aide Jake Sullivan.";
        assert_eq!(
            right(text, "Clinton's").as_deref(),
            Some("Clinton's foreign policy aide Jake Sullivan")
        );
        // A verb after a name is that name's, and "of" leads elsewhere.
        for (text, from) in [
            ("according to Ryan, who endorsed Trump.", "Ryan"),
            ("according to Ryan endorsed Trump.", "Ryan"),
            ("according to Oz took Trump.", "Oz"),
            ("according to Mr. Trump's hot wash of Mr. Bush.", "Mr."),
        ] {
            let found = right(text, from).unwrap_or_default();
            assert!(!found.contains("Trump") || from == "Mr.", "{text}: {found}");
            assert!(!found.contains("Bush"), "{text}: {found}");
        }
    }

    #[test]
    fn the_phrase_after_a_verb_names_the_speaker() {
        let text = "\"Yes,\" said the harbour master on Monday.";
        assert_eq!(right(text, "the").as_deref(), Some("the harbour master"));
        let text = "\"Yes,\" said Ana Ruiz, the mayor.";
        assert_eq!(right(text, "Ana").as_deref(), Some("Ana Ruiz"));
        let text = "\"Yes,\" said 2008 campaign veteran Ana Ruiz.";
        assert_eq!(
            right(text, "2008").as_deref(),
            Some("2008 campaign veteran Ana Ruiz")
        );
        let text = "\"Yes,\" said 9/11 widow Ana Ruiz.";
        assert_eq!(right(text, "9").as_deref(), Some("9/11 widow Ana Ruiz"));
        // A year and a clause after it are no speaker.
        assert_eq!(right("Officials said 2016 was hard.", "2016"), None);
    }
}
