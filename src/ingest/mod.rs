//! Ingest: plain text in, statements, speakers and dated events out. Pure functions
//! from `&str` to values; no I/O here (the command that reads files is `command`).
//! Every offset is a byte offset into the text given, on a character boundary.

mod analysis;
mod attribution;
pub(crate) mod cues;
mod event_titles;
mod events;
mod quotes;
mod sentences;
mod speakers;
mod times;

pub use crate::model::names::fold;
pub use events::{occasion_kind, FoundEvent};
use speakers::names_people;
pub use speakers::FoundSpeaker;
pub use times::{FoundTime, TimexType};

use chrono::NaiveDate;
use std::ops::Range;

use crate::model::names::Gender;
use crate::model::{
    Event, EventId, EventTime, Findings, Mention, ReportId, Span, Speaker, SpeakerId, SpeakerKind,
    Statement, StatementId, StatementKind, TimePoint, TimeValue,
};
use analysis::Analysis;
use attribution::attributions;

/// One statement found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundStatement {
    pub kind: StatementKind,
    /// From the first of its words to the last.
    pub content: Range<usize>,
    /// The pieces of a quotation split by its cue, in order; empty when the content is
    /// one piece.
    pub fragments: Vec<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub speaker_mention: Option<Range<usize>>,
    /// Index into `Extraction::speakers`.
    pub speaker: Option<usize>,
    /// Index into `Extraction::events`.
    pub event: Option<usize>,
}

/// Everything ingest finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extraction {
    pub statements: Vec<FoundStatement>,
    pub speakers: Vec<FoundSpeaker>,
    pub times: Vec<FoundTime>,
    pub events: Vec<FoundEvent>,
    /// How many relative expressions ("on Friday") were left unresolved for want of a
    /// publication date.
    pub unresolved: usize,
    /// The publication date read from the text's dateline ("WASHINGTON, Oct. 28, 2016
    /// —") when none was given, which relative expressions were resolved against.
    pub inferred_published: Option<NaiveDate>,
}

/// A text too long for ingest, which keeps byte offsets as `u32` to halve the memory
/// its tokens take. Refused rather than read wrongly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "too long to ingest: {len} bytes, where ingest reads at most {max} (4 GiB less a byte)",
    max = sentences::MAX_TEXT_LEN
)]
pub struct TextTooLong {
    pub len: usize,
}

/// Reads a text (a report's body): statements, speakers, times and events. A text of
/// 4 GiB or more is refused.
pub fn ingest(text: &str, published: Option<NaiveDate>) -> Result<Extraction, TextTooLong> {
    let analysis = Analysis::new(text, published)?;
    let found = attributions(&analysis.doc(text));
    let Analysis {
        tokens,
        token_index,
        sentences,
        sentence_index,
        times,
        inferred_published,
        dateline_end,
        lower_text,
        quotes,
        quote_index,
        marks,
        noise,
    } = analysis;
    // Which times a speaker tells, inside a double quotation: a clause of theirs is
    // what they said, no event of the timeline's.
    let quoted: Vec<bool> = (times.iter())
        .map(|t| {
            let q = quotes.get(quote_index.around(&quotes, t.span.start));
            q.is_some_and(|q| !q.single && q.span.start < t.span.start)
        })
        .collect();
    // What only the attributions read goes now, and the tokens once the events are
    // found: for a long text they are several times its size, and the statements are
    // made from what is left (`parley ingest` peaks here otherwise).
    drop((lower_text, quotes, quote_index, marks, noise));
    let published = published.or(inferred_published);
    let mut events = events::find_events(
        text,
        &tokens,
        &token_index,
        &sentences,
        (&times, &quoted),
        published,
        dateline_end,
    );

    drop((tokens, token_index));
    let event_of_sentence = events_by_sentence(&events, &sentences, &sentence_index);
    drop(sentence_index);
    let mut speakers = speakers::Speakers::default();
    let mut statements: Vec<FoundStatement> = Vec::with_capacity(found.len());
    let mut last_event = None;
    let mut last_paragraph = usize::MAX;
    for att in &found {
        let speaker = match (&att.mention, att.same_speaker_as) {
            (_, Some(k)) if k < statements.len() => speakers.repeat(statements[k].speaker),
            (Some(m), _) => {
                // The names before the pronoun in its sentence may be those it stands
                // for only if what was said comes after it: in "Any attempt by Mr.
                // Trump, he said, is hopeless" they are part of what was said.
                let before = || {
                    // The pronoun's own sentence, which is not the statement's where a
                    // quotation goes on after it ("'...,' he said. 'What ...?'").
                    let k = if sentences[att.sentence].span.contains(&m.start) {
                        att.sentence
                    } else {
                        sentence_at(&sentences, m.start)
                    };
                    let (words, own, subject) =
                        words_and_own_sentence(text, &sentences, k, m.start);
                    let own = (att.content.start > m.start).then_some(own);
                    (words, own, subject, lead(text, m.start))
                };
                let names = speakers::names_around(text, m.start);
                let spoken_of = (att.cue.as_ref())
                    .and_then(|cue| speakers::spoken_of(&text[cue.clone()], &text[cue.end..]));
                speakers.resolve_near_of(&text[m.clone()], names, spoken_of, before)
            }
            _ => None,
        };
        let sentence = &sentences[att.sentence];
        if sentence.paragraph > last_paragraph.saturating_add(2) {
            last_event = None;
        }
        last_paragraph = sentence.paragraph;
        let here = event_of_sentence[att.sentence];
        // Only an occasion of a day is one that statements after are made at: "In
        // 1830, Andrew Jackson gave a speech" dates no one's words that follow.
        let on_a_day = |e: usize| matches!(events[e].time, TimePoint::Day(_));
        let event = here.or(last_event.filter(|&e| on_a_day(e)));
        if let (None, Some(e)) = (here, event) {
            // A statement made at an event dated in an earlier sentence mentions it too,
            // once however many statements the sentence holds.
            let mentions = &mut events[e].mentions;
            if mentions.last() != Some(&sentence.span) {
                mentions.push(sentence.span.clone());
            }
        }
        last_event = event;
        statements.push(FoundStatement {
            kind: att.kind,
            content: att.content.clone(),
            fragments: att.fragments.clone(),
            cue: att.cue.clone(),
            speaker_mention: att.mention.clone(),
            speaker,
            event,
        });
    }
    let unresolved = times
        .iter()
        .filter(|t| t.relative && t.value.is_none())
        .count();
    speakers.complete_names(text);
    // Asked before words are left out, which moves the speakers that are kept.
    let titled = title_pronouns(text, &events, &sentences, &mut speakers);
    let moved = speakers.leave_out_words(text);
    for statement in &mut statements {
        statement.speaker = statement.speaker.and_then(|at| moved[at]);
    }
    let speakers = speakers.finish();
    for (e, at, pronoun) in titled {
        let Some(at) = moved[at] else { continue };
        let event = &mut events[e];
        event.title =
            event_titles::shorten(&format!("{}{}", speakers[at].name, &event.title[pronoun..]));
    }
    // Whether each statement's own sentence tells its event.
    let at_event: Vec<bool> = found
        .iter()
        .zip(&statements)
        .map(|(att, st)| st.event.is_some() && event_of_sentence[att.sentence] == st.event)
        .collect();
    name_speakers_occasions(text, &mut events, &statements, &at_event, &speakers);
    Ok(Extraction {
        statements,
        speakers,
        times,
        events,
        unresolved,
        inferred_published,
    })
}

/// Titles an occasion of speech that its sentence names by its noun alone
/// ("statement", "interview") by whoever spoke there: "Jane Doe's statement". The
/// statement's own sentence must tell the occasion, and the clause that dates it name
/// the speaker, so that the speaker is the one who made it, not one who spoke of it
/// later.
fn name_speakers_occasions(
    text: &str,
    events: &mut [FoundEvent],
    statements: &[FoundStatement],
    at_event: &[bool],
    speakers: &[speakers::FoundSpeaker],
) {
    let mut named = vec![false; events.len()];
    for (statement, &here) in statements.iter().zip(at_event) {
        let (Some(e), Some(speaker), true) = (statement.event, statement.speaker, here) else {
            continue;
        };
        let event = &mut events[e];
        let speaker = &speakers[speaker];
        // A title that is the noun alone, as the list writes it: every occasion of
        // speech is one of the list's nouns. Asked before the clause is searched, as
        // most statements are at no such occasion.
        let speech = events::of_speech(&event.title);
        if named[e] || !speech || speaker.kind == SpeakerKind::Unnamed {
            continue;
        }
        // Named in the clause that dates the occasion, not only resolved from a
        // pronoun or a description that may have gone astray.
        let surname = speaker.name.rsplit(' ').next().unwrap_or_default();
        let clause = event.mentions.first().map_or("", |m| &text[m.clone()]);
        let named_here = !surname.is_empty() && clause.contains(surname);
        if !named_here {
            continue;
        }
        named[e] = true;
        event.title = event_titles::shorten(&format!("{}'s {}", speaker.name, event.title));
    }
}

/// The first event mentioned in each sentence.
fn events_by_sentence(
    events: &[FoundEvent],
    sentences: &[sentences::Sentence],
    index: &sentences::SentenceIndex,
) -> Vec<Option<usize>> {
    let mut of = vec![None; sentences.len()];
    for (e, event) in events.iter().enumerate() {
        for m in &event.mentions {
            let first = index.around(sentences, m.start);
            for (k, s) in sentences.iter().enumerate().skip(first) {
                if s.span.start >= m.end {
                    break;
                }
                if of[k].is_none_or(|x: usize| x > e) {
                    of[k] = Some(e);
                }
            }
        }
    }
    of
}

impl Extraction {
    /// Gives what "I" says outside a quotation to `author`, who wrote the report
    /// (its header's `author:`): a column's "I think", "I asked him", which ingest
    /// alone gives no one. The author is the speaker the text names so, or a person
    /// added under that name, whom the corpus then finds in other reports.
    pub fn spoken_by_author(&mut self, text: &str, author: &str) {
        let author = author.trim();
        let first_person = |s: &FoundStatement| {
            s.speaker.is_none()
                && s.speaker_mention
                    .as_ref()
                    .is_some_and(|m| text.get(m.clone()) == Some("I"))
        };
        if author.is_empty() || !self.statements.iter().any(first_person) {
            return;
        }
        let at = match self
            .speakers
            .iter()
            .position(|s| s.kind == SpeakerKind::Person && s.name.eq_ignore_ascii_case(author))
        {
            Some(at) => at,
            None => {
                // An id of the name's letters and digits; a name of none is "author".
                let base = Some(crate::model::names::slug(author))
                    .filter(|id| !id.is_empty())
                    .unwrap_or_else(|| "author".into());
                let taken =
                    |id: &str| id == UNKNOWN_SPEAKER || self.speakers.iter().any(|s| s.id == id);
                let id = std::iter::once(base.clone())
                    .chain((2..).map(|n| format!("{base}-{n}")))
                    .find(|id| !taken(id))
                    .unwrap_or(base);
                self.speakers.push(FoundSpeaker {
                    id,
                    name: author.to_owned(),
                    kind: SpeakerKind::Person,
                    aliases: Vec::new(),
                });
                self.speakers.len() - 1
            }
        };
        for statement in &mut self.statements {
            if first_person(statement) {
                statement.speaker = Some(at);
            }
        }
    }

    /// What this extraction of `body`, the body of report `report` published on
    /// `published`, holds as model values: speakers, events and statements with ids of
    /// the report's own. A statement with an empty content is left out; so would be a
    /// span that is not one of `body` (which ingest never gives).
    pub fn findings(
        &self,
        body: &str,
        report: &ReportId,
        published: Option<NaiveDate>,
    ) -> Findings {
        let span = |r: &Range<usize>| Span::of(body, r.clone());
        // A speaker that is the report's own ("a source", "the company", "her
        // campaign": `names::of_its_report`) has an id of the report's own too, so that
        // annotation files written beside several reports do not make theirs one, as
        // a corpus read without them does not.
        let id = |s: &FoundSpeaker| match crate::model::names::of_its_report(s.kind, &s.name) {
            true => SpeakerId::new(format!("{report}-{}", s.id)),
            false => SpeakerId::new(s.id.as_str()),
        };
        let mut speakers: Vec<Speaker> = self
            .speakers
            .iter()
            .map(|s| Speaker {
                id: id(s),
                name: s.name.clone(),
                kind: s.kind,
                aliases: s.aliases.clone(),
                role: None,
                affiliation: None,
            })
            .collect();
        let unknown = SpeakerId::new(UNKNOWN_SPEAKER);
        if self.statements.iter().any(|s| s.speaker.is_none()) {
            speakers.push(Speaker {
                id: unknown.clone(),
                name: Speaker::UNKNOWN_NAME.into(),
                kind: SpeakerKind::Unnamed,
                aliases: Vec::new(),
                role: None,
                affiliation: None,
            });
        }
        let event_ids: Vec<EventId> = (0..self.events.len())
            .map(|e| EventId::new(format!("{report}-event-{}", e + 1)))
            .collect();
        let events = self
            .events
            .iter()
            .zip(&event_ids)
            .map(|(e, id)| Event {
                id: id.clone(),
                title: e.title.clone(),
                time: Some(EventTime {
                    value: TimeValue::Point(e.time),
                    expression: self
                        .times
                        .get(e.time_index)
                        .and_then(|t| body.get(t.span.clone()))
                        .map(str::to_owned),
                    anchor: published,
                }),
                place: None,
                participants: Vec::new(),
                mentions: (e.mentions.iter())
                    .filter_map(span)
                    .map(|span| Mention {
                        report: report.clone(),
                        span,
                    })
                    .collect(),
            })
            .collect();
        let statements = self
            .statements
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                Some(Statement {
                    id: StatementId::new(format!("{report}-{}", i + 1)),
                    report: report.clone(),
                    speaker: match s.speaker {
                        Some(k) => speakers[k].id.clone(),
                        None => unknown.clone(),
                    },
                    kind: s.kind,
                    speaker_mention: s.speaker_mention.as_ref().and_then(span),
                    cue: s.cue.as_ref().and_then(span),
                    content: span(&s.content)?,
                    event: s.event.map(|e| event_ids[e].clone()),
                    same_as: Box::default(),
                })
            })
            .collect();
        Findings {
            speakers,
            events,
            statements,
        }
    }
}

/// The speaker of statements whose speaker ingest could not tell.
pub const UNKNOWN_SPEAKER: &str = Speaker::UNKNOWN_ID;

/// How many bytes before a pronoun are looked at for the person it means.
const PRONOUN_WINDOW: usize = 600;

/// The words a pronoun at byte `at` of sentence `k` may stand for a person of: the
/// sentence before in the paragraph and this one up to `at`, no more than the last few
/// hundred bytes (a sentence may be endless).
fn words_before<'t>(
    text: &'t str,
    sentences: &[sentences::Sentence],
    k: usize,
    at: usize,
) -> &'t str {
    words_and_own_sentence(text, sentences, k, at).0
}

/// The last sentence starting at or before `at`: the one holding it, if any does.
fn sentence_at(sentences: &[sentences::Sentence], at: usize) -> usize {
    sentences
        .partition_point(|s| s.span.start <= at)
        .saturating_sub(1)
}

/// `words_before`, and where the mention's own sentence starts in them (0 if they
/// start inside it); for a pronoun after a quotation opening its paragraph, the name
/// the paragraph before is about (`subject_before`) as well.
fn words_and_own_sentence<'t>(
    text: &'t str,
    sentences: &[sentences::Sentence],
    k: usize,
    at: usize,
) -> (&'t str, usize, Option<&'t str>) {
    let here = &sentences[k];
    let before = k.checked_sub(1).map(|p| &sentences[p]);
    if before.is_some_and(|p| p.paragraph != here.paragraph) {
        // `"...," he said` opening a paragraph: whom the paragraph before is about.
        // So too "He writes ..." opening a paragraph: the pronoun first.
        let opens_paragraph = text.get(here.span.start..at).is_some_and(|head| {
            head.trim().is_empty() || opens_with_mark(head) && ends_with_mark(head.trim_end())
        });
        let subject = opens_paragraph
            .then(|| subject_before(text, sentences, k))
            .flatten();
        // Not one the pronoun's own clause names after it ("..., he told Rubio").
        let rest = text.get(at..here.span.end).unwrap_or_default();
        let named_after = |name: &str| {
            let surname = name.rsplit(' ').next().unwrap_or_default();
            !surname.is_empty() && rest.contains(surname)
        };
        if let Some((words, name)) = subject.filter(|&(_, name)| !named_after(name)) {
            return (words, words.len(), Some(name));
        }
    }
    let from = before
        .filter(|p| p.paragraph == here.paragraph)
        .map_or(here.span.start, |p| p.span.start);
    let mut from = from.max(at.saturating_sub(PRONOUN_WINDOW));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let words = text.get(from..at.max(from)).unwrap_or_default();
    (
        words,
        here.span.start.saturating_sub(from).min(words.len()),
        None,
    )
}

/// How far before a mention a title naming the one it describes is looked for: "the
/// president" after "President Obama" a paragraph or two before.
const LEAD: usize = 1200;

/// The text up to `LEAD` bytes before byte `at`, from a character's start.
fn lead(text: &str, at: usize) -> &str {
    let from = (at.saturating_sub(LEAD)..=at)
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(at);
    text.get(from..at).unwrap_or_default()
}

/// Whether text opens with a double quotation mark (two apostrophes too).
fn opens_with_mark(text: &str) -> bool {
    text.starts_with(['"', '“']) || text.starts_with("''")
}

/// Whether text ends with a double quotation mark, or one and a comma.
fn ends_with_mark(text: &str) -> bool {
    let text = text.strip_suffix(',').unwrap_or(text);
    text.ends_with(['"', '”']) || text.ends_with("''")
}

/// Whom the paragraph before sentence `k` is about, for a pronoun after a quotation
/// opening sentence `k`'s paragraph ("Trump has record low support. He recently pitched
/// himself ... / "Look at ...," he said"): the capitalised words that open its last
/// sentence, after an opening phrase set off by a comma ("At the news conference,
/// Manafort"), or, where that sentence opens with "He" or "She", those of the sentence
/// before it. The slice of `text` from the sentence's start to their end; `None` where
/// the sentence opens otherwise (a quotation, a lower-case word). With the name alone.
fn subject_before<'t>(
    text: &'t str,
    sentences: &[sentences::Sentence],
    k: usize,
) -> Option<(&'t str, &'t str)> {
    let last = &sentences[k.checked_sub(1)?];
    let opens_with_pronoun = |s: &sentences::Sentence| {
        text.get(s.span.clone())
            .is_some_and(|t| t.starts_with("He ") || t.starts_with("She "))
    };
    let sentence = if opens_with_pronoun(last) {
        let earlier = &sentences[k.checked_sub(2)?];
        (earlier.paragraph == last.paragraph).then_some(earlier)?
    } else {
        last
    };
    let whole = text.get(sentence.span.clone())?;
    // An opening phrase set off by a comma within the first few words.
    const OPENERS: &[&str] = &[
        "At", "In", "On", "After", "Before", "During", "Later", "Earlier",
    ];
    let first = whole.split_whitespace().next()?;
    // "Speaking to reporters Monday, Rubio ...": a participle's phrase opens it too.
    let opener = OPENERS.contains(&first) || first.len() > 4 && first.ends_with("ing");
    let from = match whole.find(',') {
        Some(comma) if comma < 80 && opener => comma + 1,
        _ => 0,
    };
    let rest = &whole[from..];
    let skipped = rest.len() - rest.trim_start().len();
    let (mut end, _) = capitalised_run(whole, from + skipped);
    let mut from = from;
    // "Clinton campaign manager Robby Mook released ...": a role of a few lower-case
    // words between, the name after it.
    if let Some((name_from, name_end)) = name_after_role(whole, end) {
        (from, end) = (name_from, name_end);
    }
    let subject = whole[from..end].trim();
    // The name is the clause's subject: a word follows it, in lower case, with no
    // comma between ("At a meeting in Oskaloosa, Iowa, coffee ..." names no one).
    // After an opening phrase, a word follows the name, in lower case, with no comma
    // between ("At a meeting in Oskaloosa, Iowa, coffee ..." names no one); without
    // one, a description may follow it ("Mark Holden, chairman of ..., said").
    let verb_next = whole[end..].starts_with(|c: char| c.is_lowercase());
    if from > 0 && (!verb_next || subject.ends_with(',')) {
        return None;
    }
    // A heading ("FULL TEXT.") is no one: the name is not all its sentence says.
    if whole[end..].trim().is_empty() {
        return None;
    }
    // Not a name before the role of whom it describes ("McConnell spokesman Don
    // Stewart"), nor a sentence that reports the words of another named just before
    // its verb ("Cruz is right, Viguerie argues.", "Trump adviser Jason Miller said");
    // "Mark Holden, chairman of the board, said" is Holden's.
    let next_word = whole[end..].split(' ').next().unwrap_or_default();
    let words: Vec<&str> = whole
        .split(' ')
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let verb = words.iter().position(|w| {
        matches!(
            *w,
            "said"
                | "says"
                | "argued"
                | "argues"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "wrote"
                | "writes"
                | "noted"
                | "notes"
                | "claimed"
                | "claims"
                | "insisted"
        )
    });
    let another = verb.and_then(|v| v.checked_sub(1)).is_some_and(|v| {
        let before = words[v];
        before.starts_with(|c: char| c.is_uppercase())
            && !subject
                .split(' ')
                .any(|w| w.trim_end_matches(',') == before)
    });
    if !subject.ends_with(',') && names_people(next_word) || another {
        return None;
    }
    // Not a clause's conjunction ("When Mr. Trump tried"), a comparison ("Like
    // Makaeff, ... Roffman"), nor a possessive ("Trump's accusation ..., Biden said").
    let opener = subject.split(' ').next().unwrap_or_default();
    let not_subject = matches!(
        opener,
        "The"
            | "He"
            | "She"
            | "When"
            | "While"
            | "If"
            | "Although"
            | "Though"
            | "Because"
            | "As"
            | "Since"
            | "But"
            | "And"
            | "So"
            | "Yet"
            | "Like"
            | "Unlike"
            | "With"
            | "For"
    ) || subject.ends_with("'s")
        || subject.ends_with("’s");
    let name = subject.trim_end_matches(',');
    // A question's auxiliary before its subject: "Was Szlachta satisfied?".
    let name = match name.split_once(' ') {
        Some((
            "Was" | "Is" | "Were" | "Are" | "Did" | "Does" | "Do" | "Has" | "Have" | "Had" | "Will"
            | "Would" | "Can" | "Could" | "Should",
            rest,
        )) => rest,
        _ => name,
    };
    (!name.is_empty() && !not_subject).then(|| (whole[..end].trim_end(), name))
}

/// Where a role of a few lower-case words after the capitalised words ending at `end`
/// leads to a full name, the name's start and end in `whole`: "campaign manager Robby
/// Mook" in "Clinton campaign manager Robby Mook released".
fn name_after_role(whole: &str, end: usize) -> Option<(usize, usize)> {
    let mut at = end;
    let mut role = false;
    for word in whole[end..].split(' ').take(3) {
        if !word.starts_with(|c: char| c.is_lowercase()) {
            break;
        }
        // Words of a role, not a phrase of where ("at the National Review").
        if matches!(
            word,
            "the" | "a" | "an" | "of" | "at" | "in" | "on" | "for" | "to" | "with" | "by" | "from"
        ) {
            return None;
        }
        role = names_people(word);
        at += word.len() + 1;
    }
    let (name_end, count) = capitalised_run(whole, at);
    let verb_next = whole[name_end..].starts_with(|c: char| c.is_lowercase());
    (role && count >= 2 && verb_next).then_some((at, name_end))
}

/// The end in `whole` of the capitalised words from `at` (a name, mostly), and how many
/// there are; a comma after one ends them ("Paul Ryan, R-Wis., said"), as does a
/// quotation mark opening one.
fn capitalised_run(whole: &str, at: usize) -> (usize, usize) {
    let (mut end, mut count) = (at, 0);
    for word in whole.get(at..).unwrap_or_default().split(' ') {
        if !word.starts_with(|c: char| c.is_uppercase()) || opens_with_mark(word) {
            break;
        }
        end += word.len() + 1;
        count += 1;
        if word.ends_with(',') {
            break;
        }
    }
    (end.min(whole.len()), count)
}

/// The events whose title opens with "He" or "She" that the words before the pronoun in
/// the clause dating them name one speaker of that sex for, as a statement's pronoun is
/// read: each with that speaker and the length of the pronoun, so that the timeline
/// says who ("Tom Clarke bought the bridge", not "He bought the bridge").
fn title_pronouns(
    text: &str,
    events: &[FoundEvent],
    sentences: &[sentences::Sentence],
    speakers: &mut speakers::Speakers,
) -> Vec<(usize, usize, usize)> {
    let mut found = Vec::new();
    for (e, event) in events.iter().enumerate() {
        let (gender, pronoun) = match event.title.split_once(' ') {
            Some(("He", _)) => (Gender::Male, "he"),
            Some(("She", _)) => (Gender::Female, "she"),
            _ => continue,
        };
        let Some(clause) = event.mentions.first() else {
            continue;
        };
        // The pronoun's own place in the clause: its first word in either case.
        let Some(at) = text.get(clause.clone()).and_then(|c| {
            crate::model::words::words(c)
                .find(|w| c[w.clone()].eq_ignore_ascii_case(pronoun))
                .map(|w| clause.start + w.start)
        }) else {
            continue;
        };
        let k = sentence_at(sentences, at);
        if sentences.get(k).is_none_or(|s| !s.span.contains(&at)) {
            continue;
        }
        let before = words_before(text, sentences, k, at);
        // A pronoun inside a quotation is the speaker's, not the report's.
        let marks = before.matches(['"', '“', '”']).count();
        if marks % 2 == 1 {
            continue;
        }
        let names = speakers::names_around(text, at);
        if let Some(speaker) = speakers.named_before(gender, before, names) {
            found.push((e, speaker, pronoun.len()));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_i_of_a_report_is_its_author_named_in_it_or_added() {
        let text = "Jane Ruiz said the pier was safe. I asked Tom Lopez about it. \
                    He said it was not. I think he is right.\n";
        let mut found = ingest(text, None).unwrap();
        let speakers = found.speakers.len();
        found.spoken_by_author(text, "jane ruiz");
        // The author the text names already, in any case; no one added.
        assert_eq!(found.speakers.len(), speakers);
        let named = |words: &str| {
            let s = found
                .statements
                .iter()
                .find(|s| text[s.content.clone()].contains(words))
                .expect(words);
            found.speakers[s.speaker.expect("a speaker")].name.clone()
        };
        assert_eq!(named("he is right"), "Jane Ruiz");
        assert_eq!(named("it was not"), "Tom Lopez");
        // An author not named in the text is added as a person; a text with no "I"
        // outside a quotation is left as it was.
        let mut found = ingest(text, None).unwrap();
        found.spoken_by_author(text, "Ana Diaz");
        let added = found.speakers.last().unwrap();
        assert_eq!(
            (added.name.as_str(), added.kind),
            ("Ana Diaz", SpeakerKind::Person)
        );
        // A name of no letters still gives an id.
        let mut found = ingest(text, None).unwrap();
        found.spoken_by_author(text, "¿?!");
        assert_eq!(found.speakers.last().unwrap().id, "author");
        let plain = "The mayor said the pier was safe.\n";
        let mut found = ingest(plain, None).unwrap();
        let before = found.speakers.clone();
        found.spoken_by_author(plain, "Ana Diaz");
        assert_eq!(found.speakers, before);
    }

    /// Readings of mentions are kept from one text to the next on a thread: what a
    /// text gives must not depend on what was ingested before it.
    #[test]
    fn a_text_reads_the_same_whatever_the_thread_read_before() {
        let first = "Sen. Maria Ruiz said the pier was safe. The senator added that \
                     repairs would wait. Officials said the pier would reopen. He said \
                     nothing. \"It is done,\" she said.\n";
        let second = "Tom Ruiz, a fisherman, said the pier was unsafe. The senator said \
                      otherwise. Officials said little. \"It is not done,\" he said. \
                      She said nothing.\n";
        let alone = std::thread::spawn(move || ingest(second, None).unwrap())
            .join()
            .unwrap();
        ingest(first, None).unwrap();
        let after = ingest(second, None).unwrap();
        assert_eq!(after, alone);
        let speaker = |found: &Extraction, words: &str| {
            let s = (found.statements.iter())
                .find(|s| second[s.content.clone()].contains(words))
                .expect(words);
            found.speakers[s.speaker.expect(words)].name.clone()
        };
        // The senator of the first text is not the second's.
        assert_eq!(speaker(&after, "It is not done"), "Tom Ruiz");
        assert_ne!(speaker(&after, "otherwise"), "Maria Ruiz");
    }

    fn contents(text: &str) -> Vec<(StatementKind, String, Option<String>)> {
        let found = ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
        found
            .statements
            .iter()
            .map(|s| {
                (
                    s.kind,
                    text[s.content.clone()].to_owned(),
                    s.speaker.map(|k| found.speakers[k].name.clone()),
                )
            })
            .collect()
    }

    /// The speaker of the statement whose words start with `quote`.
    fn speaker_of(text: &str, quote: &str) -> Option<String> {
        let found = contents(text);
        let hit = found.iter().find(|f| f.1.starts_with(quote));
        hit.unwrap_or_else(|| panic!("{quote}: {found:?}"))
            .2
            .clone()
    }

    #[test]
    fn a_description_fitting_no_speaker_is_the_one_named_by_it_before() {
        let text = "Republican nominee Ana Ruiz toured Ohio on Monday.\n\n\
                    The Republican nominee said the pier would reopen.\n";
        assert_eq!(speaker_of(text, "the pier").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_sentence_of_two_statements_at_an_earlier_event_is_one_mention_of_it() {
        let text = "Jane Ruiz said at a rally in Ohio on Friday that the pier would reopen.\n\
                    \"The pier is safe,\" Ruiz said, and Tom Lopez said it was not.\n";
        let found = ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
        let second = text.find('"').unwrap();
        let at_rally: Vec<_> = (found.statements.iter())
            .filter(|s| s.content.start >= second)
            .map(|s| s.event)
            .collect();
        assert_eq!(at_rally.len(), 2, "{:?}", found.statements);
        let e = at_rally[0].expect("the rally");
        assert_eq!(at_rally[1], Some(e));
        let mentions = &found.events[e].mentions;
        let of_second = mentions
            .iter()
            .filter(|m| m.start <= second && second < m.end);
        assert_eq!(of_second.count(), 1, "{mentions:?}");
    }

    #[test]
    fn split_quote_and_pronoun() {
        let text = "Vladimir Putin met Donald Trump on Friday and it went well, observers noted at length.\n\"We hope,\" he said, \"that this will last.\"\n";
        let found = contents(text);
        assert!(
            found.contains(&(
                StatementKind::Direct,
                "\"We hope,\" he said, \"that this will last.\"".into(),
                Some("Donald Trump".into())
            )) || found.iter().any(|f| f.1.starts_with("\"We hope")),
            "{found:?}"
        );
    }

    #[test]
    fn a_paragraph_opened_by_a_quotation_goes_on_from_whom_the_one_before_is_about() {
        let earlier = "\"The pier will open,\" said Tom Brandt, the mayor.\n";
        // The paragraph before is about someone, who goes on with "he"; not the one
        // quoted last.
        let text = format!(
            "{earlier}John Ruiz has little support in the town. He recently told voters \
             that the pier was a waste.\n\"Look at what it costs,\" he said in August.\n"
        );
        assert_eq!(speaker_of(&text, "\"Look"), Some("John Ruiz".into()));
        // Where the paragraph before says nothing of his, and a quotation goes on after
        // the pronoun's sentence, naming him.
        let text = format!(
            "Juan Ortega lives near the pier.\n{earlier}Ortega has little support in the \
             town. He recently pitched himself to voters.\n\"Look at what it costs,\" he \
             said in August. \"What do you have to lose by trying someone new like Ortega?\"\n"
        );
        assert_eq!(speaker_of(&text, "\"Look"), Some("Juan Ortega".into()));
        let text = format!(
            "John Ruiz said the pier was too costly.\n{earlier}At the hearing, Ruiz all \
             but begged the council to wait.\n\"We can move on,\" he said.\n"
        );
        assert_eq!(speaker_of(&text, "\"We can"), Some("John Ruiz".into()));
        // Not where the paragraph before is about another's words, nor one the
        // pronoun's own clause names after it.
        let text = format!(
            "{earlier}John Ruiz's plan would triple the cost, Brandt said.\n\
             \"It is far too much,\" he said.\n"
        );
        assert_eq!(speaker_of(&text, "\"It is"), Some("Tom Brandt".into()));
        let text = format!(
            "{earlier}John Ruiz backed a bill this year.\n\"It is far too much,\" he told Ruiz.\n"
        );
        assert_eq!(speaker_of(&text, "\"It is"), Some("Tom Brandt".into()));
        // A surname not yet met, whose sex the text's full name for it tells.
        let text = format!(
            "{earlier}Juan Ortega lives near the pier.\nOrtega has little support. He \
             recently pitched himself to voters.\n\"Look at what it costs,\" he said.\n"
        );
        assert_eq!(speaker_of(&text, "\"Look"), Some("Juan Ortega".into()));
        // Named in full, of a sex the text tells of no one, as is the one quoted last.
        let text = "\"The pier will open,\" said Mayor Okonkwo.\nIn response to the \
                    protests, Aung Tun Ko recently presided over a summit.\n\"Unity means \
                    prosperity,\" she said.\n";
        assert_eq!(speaker_of(text, "\"Unity"), Some("Aung Tun Ko".into()));
        // Not the name before a role, nor one another's words are about.
        for before in [
            "Ortega spokesman Dan Hill would not say when.",
            "Ortega is right about the pier, Hill argues.",
        ] {
            let text = format!(
                "{earlier}Juan Ortega opposed the pier.\n{before}\n\"It costs too much,\" he said.\n"
            );
            assert_ne!(
                speaker_of(&text, "\"It costs"),
                Some("Juan Ortega".into()),
                "{before}"
            );
        }
    }

    #[test]
    fn a_paragraph_opened_by_a_pronoun_goes_on_from_whom_the_one_before_is_about() {
        let earlier = "\"The pier will open,\" said Tom Brandt, the mayor.\n";
        // Its subject, not others that sentence names, nor the one quoted last; after
        // a participle's phrase as after a time's.
        let text = format!(
            "{earlier}Speaking to reporters Monday, John Ruiz refrained from attacking \
             his rivals, Al Berg and Carl Holt.\nHe said the pier was a waste.\n"
        );
        assert_eq!(speaker_of(&text, "the pier was"), Some("John Ruiz".into()));
        let text = format!(
            "{earlier}On Monday, John Ruiz released a memo on the pier.\nHe writes that \
             the pier is a waste.\n"
        );
        assert_eq!(
            speaker_of(&text, "that the pier is"),
            Some("John Ruiz".into())
        );
        // The name after a role, not the name the role is of; not a place after a name.
        let text = format!(
            "{earlier}Dan Hill at the National Review agreed with Brandt.\n\"It will \
             not,\" he wrote.\n"
        );
        assert_eq!(speaker_of(&text, "\"It will"), Some("Dan Hill".into()));
        let text = format!(
            "{earlier}On Monday, Clinton campaign manager John Ruiz released a memo.\nHe \
             writes that the pier is a waste.\n"
        );
        assert_eq!(speaker_of(&text, "that the pier"), Some("John Ruiz".into()));
        // A question's auxiliary is no part of the name.
        let text = format!(
            "{earlier}John Ruiz asked about the pier.\nWas Ruiz satisfied with the answer?\n\
             \"To a point,\" he said.\n"
        );
        assert_eq!(speaker_of(&text, "\"To a point"), Some("John Ruiz".into()));
        // Named in full, whatever sex was spoken of last, where the first name tells none.
        let text =
            format!("{earlier}Robby Mook released a memo.\nHe writes that the pier is a waste.\n");
        assert_eq!(
            speaker_of(&text, "that the pier"),
            Some("Robby Mook".into())
        );
        // A heading names no one.
        let text = format!("{earlier}FULL TEXT.\nHe said the pier was a waste.\n");
        assert_eq!(speaker_of(&text, "the pier was"), Some("Tom Brandt".into()));
    }

    #[test]
    fn police_opening_a_sentence_are_the_police_of_any_other() {
        // The same speaker, whichever comes first, so that reports merge them.
        let police = |text: &str| {
            let found = ingest(text, None).expect("a short text");
            let speakers: Vec<_> = (found.statements.iter())
                .map(|s| s.speaker.map(|at| found.speakers[at].clone()))
                .collect();
            assert_eq!(speakers.len(), 2, "{text}");
            assert_eq!(speakers[0], speakers[1], "{text}");
            speakers[0].clone().expect("the police speak")
        };
        let opening = police("Police said the man was armed. Later, police said he fled.\n");
        let inside = police("Later, police said he fled. Police said the man was armed.\n");
        let the = police("The police said the man was armed. Later, police said he fled.\n");
        let who = |s: &FoundSpeaker| (s.id.clone(), s.name.clone(), s.kind);
        assert_eq!(who(&opening), who(&inside));
        assert_eq!(who(&opening), who(&the));
        assert_eq!(
            (opening.name.as_str(), opening.kind),
            ("police", SpeakerKind::Unnamed)
        );
        assert_eq!(the.aliases, ["The police"]);
    }

    #[test]
    fn a_surname_the_text_gave_one_first_name_is_not_one_of_another() {
        // "Sanders" is Bernie Sanders, named first; Jane Sanders is another.
        let text = "Sen. Bernie Sanders spoke in Ohio.\nSanders said the plan was dead.\n\
                    Jane Sanders said the supporters would not fall in line.\n";
        let sanders = speaker_of(text, "the plan was");
        assert_ne!(sanders, Some("Jane Sanders".into()));
        assert_eq!(
            speaker_of(text, "the supporters"),
            Some("Jane Sanders".into())
        );
        // Named first as the one who speaks, the surname is theirs.
        let text = "Sanders said the plan was dead.\nBernie Sanders said the supporters \
                    would not fall in line.\n";
        assert_eq!(
            speaker_of(text, "the plan was"),
            Some("Bernie Sanders".into())
        );
    }

    #[test]
    fn a_description_or_pronoun_is_not_the_one_its_statement_speaks_of() {
        for (text, quote, speaker) in [
            // Ruiz was spoken of last; the executive speaking of her is Brandt.
            (
                "Tom Brandt said the pier would close. Ana Ruiz said it would not.\n\n\
                 The executive says of Ruiz, \"She has never built anything.\"\n",
                "\"She has",
                "Tom Brandt",
            ),
            // Nor is someone told a thing the one telling it.
            (
                "Ana Ruiz said the pier would close. Tom Brandt said it would not.\n\n\
                 \"You are wrong,\" the mayor told Brandt.\n",
                "\"You are",
                "Ana Ruiz",
            ),
            (
                "Tom Brandt said the pier would close. Tom Lopez said it would not.\n\n\
                 He said of Mr. Lopez, \"He is wrong.\"\n",
                "\"He is",
                "Tom Brandt",
            ),
            // Named, the speaker is whom the name says, whoever is spoken of.
            (
                "Ana Ruiz said the pier would close.\n\nRuiz said of Ruiz, \"I am tired.\"\n",
                "\"I am",
                "Ana Ruiz",
            ),
        ] {
            assert_eq!(speaker_of(text, quote).as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn reported_speech_after_a_cue() {
        let text = "Ukraine has rejected these demands and insisted that any peace deal must include security guarantees.\n";
        let found = contents(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1].1,
            "that any peace deal must include security guarantees"
        );
        assert_eq!(found[1].2.as_deref(), Some("Ukraine"));
    }

    #[test]
    fn a_capitalised_word_inside_a_sentence_is_no_cue() {
        let text = "Senator Jane Doe said the United States would act on the treaty soon.\n";
        let found = contents(text);
        assert_eq!(
            found,
            [(
                StatementKind::Reported,
                "the United States would act on the treaty soon".into(),
                Some("Jane Doe".into())
            )]
        );
    }

    #[test]
    fn only_quotation_marks_make_a_quotation() {
        let text = "Maria Lopez said China's navy was balking at the deal. \
            Lopez said she was 'deeply disappointed' by the ruling.\n";
        let kinds: Vec<StatementKind> = contents(text).into_iter().map(|f| f.0).collect();
        assert_eq!(kinds, [StatementKind::Reported, StatementKind::Partial]);
    }

    #[test]
    fn text_is_lowered_as_the_standard_library_does() {
        let mut text: String = (0u8..=127).map(char::from).collect();
        text.push_str("ÀÉ Zelensky SAID “Yes” @[`{ AZaz ÿ\u{7f}");
        text.push_str(include_str!("../../assets/summit.txt"));
        for start in 0..9 {
            let part = &text[start..];
            assert_eq!(analysis::lower_ascii(part), part.to_ascii_lowercase());
        }
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let mut huge = "\"a ".repeat(300_000);
        huge.push_str(&"x".repeat(400_000));
        for text in [
            "",
            "\0\0\0",
            "\u{1b}[31m said \"\u{1b}[0m",
            "\"",
            "“",
            "'",
            "said",
            "according to",
            "He said, \"",
            "Éé“”‘’ said 'é' on Friday in May 2022 at 3 p.m. every day",
            huge.as_str(),
        ] {
            let found = ingest(text, None).unwrap();
            for s in &found.statements {
                assert!(text.get(s.content.clone()).is_some());
            }
            let _ = found.findings(text, &ReportId::new("r"), None);
        }
    }

    #[test]
    fn statements_after_an_occasion_of_a_day_are_made_at_it_not_after_a_year() {
        // The titles of the events each statement is made at, in order.
        let events_of = |text: &str| {
            let found = ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
            (found.statements.iter())
                .map(|s| s.event.map(|e| found.events[e].title.clone()))
                .collect::<Vec<_>>()
        };
        let at_the_rally = events_of(
            "At a rally on Tuesday, Ana Ruiz said the pier would reopen.\n\n\
             \"It will be soon,\" she said.\n",
        );
        assert_eq!(at_the_rally.len(), 2, "{at_the_rally:?}");
        assert!(at_the_rally[0].is_some(), "{at_the_rally:?}");
        assert_eq!(at_the_rally[1], at_the_rally[0]);
        let after_a_year = events_of(
            "Ruiz stood where Andrew Jackson gave a speech in 1830, officials said.\n\n\
             \"It will be soon,\" Ruiz said.\n",
        );
        assert_eq!(after_a_year.len(), 2, "{after_a_year:?}");
        assert!(after_a_year[0].is_some(), "{after_a_year:?}");
        assert_eq!(after_a_year[1], None);
    }

    fn event_titles(text: &str) -> Vec<String> {
        let found = ingest(text, NaiveDate::from_ymd_opt(2025, 8, 17)).unwrap();
        found.events.iter().map(|e| e.title.clone()).collect()
    }

    #[test]
    fn a_year_describing_what_a_clause_speaks_of_dates_no_event() {
        // A year describing an object, and a span's start: not when the clause was.
        for text in [
            "The harbour commissioner says no one released Ana Ruiz's 1995 tax filings.\n",
            "The board pledged to cut emissions 80 percent from 2005 levels.\n",
            "There have been dozens of floods since January 1st.\n",
        ] {
            assert_eq!(event_titles(text), Vec::<String>::new(), "{text}");
        }
        // Nor is one a speaker tells in a quotation: what they said.
        assert_eq!(
            event_titles("\"It is different in a way from 2012,\" said Ana Ruiz.\n"),
            Vec::<String>::new()
        );
        // A year describing the subject, or saying when, does.
        assert_eq!(
            event_titles("A 2014 study found that the pier was unsafe.\n"),
            ["A study found that the pier was unsafe"]
        );
        assert_eq!(
            event_titles("The board, which in 2010 said the pier was safe, met.\n").len(),
            1
        );
    }

    #[test]
    fn an_occasion_of_speech_is_titled_by_its_speaker() {
        assert_eq!(
            event_titles(
                "Jane Doe, the mayor, spoke in an interview on Friday. \"We will appeal,\" Jane Doe said in the interview on Friday."
            ),
            ["Jane Doe's interview"]
        );
        // One who speaks of the statement later did not make it.
        let titles = event_titles(
            "The council issued a statement on Friday.\nLater, \"It was weak,\" Tom Reyes said.",
        );
        assert!(titles.iter().all(|t| !t.contains("Reyes")), "{titles:?}");
        // Nor is one the sentence does not name.
        let titles = event_titles(
            "Tom Reyes spoke at length.\n\"It was weak,\" he said in an interview on Friday.",
        );
        assert_eq!(titles, ["interview"]);
    }

    #[test]
    fn a_title_opening_with_he_or_she_names_the_speaker_meant() {
        // The one speaker named before the pronoun, known to be of its sex.
        assert_eq!(
            event_titles(
                "Tom Clarke runs the trust. \"We will rebuild,\" Mr. Clarke said. He bought the bridge in 2014."
            ),
            ["Tom Clarke bought the bridge"]
        );
        assert_eq!(
            event_titles(
                "\"We won,\" said Mrs. Ana Ruiz, the mayor. On Monday, she signed the order."
            ),
            ["Ana Ruiz signed the order"]
        );
        // Two men named before "he": who is meant is not known, and the title keeps it.
        assert_eq!(
            event_titles(
                "\"We will rebuild,\" Mr. Clarke said. \"No,\" Mr. Ortiz said.\nClarke and Ortiz met at the bridge. He bought it in 2014."
            ),
            ["He bought it"]
        );
        // Nor is it known of a speaker whose sex the report never tells: a first name
        // borne by men and women tells nothing, where "Tom" tells.
        assert_eq!(
            event_titles("\"We will rebuild,\" Chris Clarke said. He bought the bridge in 2014."),
            ["He bought the bridge"]
        );
        assert_eq!(
            event_titles("\"We will rebuild,\" Tom Clarke said. He bought the bridge in 2014."),
            ["Tom Clarke bought the bridge"]
        );
        // A name that is no speaker's stays out of the title.
        assert_eq!(
            event_titles("Mr. Clarke runs the company. He bought the bridge in 2014."),
            ["He bought the bridge"]
        );
        // "He" inside a quotation is the speaker's to explain, and what a speaker tells
        // there is no event of the timeline's.
        assert_eq!(
            event_titles(
                "\"We will rebuild,\" Mr. Clarke said. \"He bought the bridge in 2014 and kept it,\" Mr. Clarke said."
            ),
            Vec::<String>::new()
        );
    }
}
