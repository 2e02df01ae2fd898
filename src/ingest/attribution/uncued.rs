//! Quotations with no cue of their own: one that opens a sentence carries on from the
//! last speaker; one inside a sentence is its subject's.

use super::super::cues;
use super::super::sentences::{possessive, Sentence};
use super::content::trim_marks;
use super::phrases::{np_left, np_right, subject_of};
use super::words::{is_adverb, is_auxiliary, makes_a_noun, reads_as_verb, NP_STOP_SET, SKIP_SET};
use super::Coverage;
use super::{Attribution, Doc};
use crate::model::values::dates::year_number;
use crate::model::StatementKind;

/// Quotations with no cue of their own: one that opens a sentence carries on from the
/// last speaker; one inside a sentence is taken as the sentence subject's.
pub(super) fn uncued_quotes(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    found: &mut Vec<Attribution>,
    first_in_sentence: usize,
) {
    let first = doc.quote_index.around(doc.quotes, sentence.span.start);
    // Most sentences hold no quotation: nothing to look at, nor contents to gather.
    if doc
        .quotes
        .get(first)
        .is_none_or(|q| q.span.start >= sentence.span.end)
    {
        return;
    }
    let mut at = first;
    // The end of the last reported clause taken whole here: quotations inside it are
    // part of it.
    let mut taken_to = 0;
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
            || quote.span.start < taken_to
            || is_title(&doc.text[quote.span.clone()])
            || names_a_work(doc, &quote.span)
        {
            continue;
        }
        let opens = quote.span.start == sentence.span.start;
        // `Ruiz said on Monday she was "deeply disappointed" by it`: a quotation inside
        // what a verb of saying reports, which that verb's recogniser let go, is part of
        // one statement: the whole reported clause.
        if let Some(att) = (!opens)
            .then(|| reported_clause(doc, sentence, s, &quote.span, found))
            .flatten()
        {
            taken_to = att.content.end;
            found.push(att);
            continue;
        }
        if words() < MIN_QUOTE_WORDS {
            continue;
        }
        // `"..." ― Ana Ruiz`: a name after a dash, ending its line, signs the quotation.
        if let Some(name) = signed_by(doc, &quote.span) {
            found.push(Attribution {
                kind: StatementKind::Direct,
                content: quote.span.clone(),
                fragments: Vec::new(),
                cue: None,
                mention: Some(name),
                same_speaker_as: None,
                shares_previous: false,
                sentence: s,
            });
            continue;
        }
        // `"A," he said. "B."`: the second quotation continues the first statement,
        // also when the sentence went on after the cue ("said, noting that ...").
        let continued = opens
            .then(|| {
                // A few back at most, so that a sentence of thousands of statements is
                // not read again for each quotation.
                found
                    .iter()
                    .enumerate()
                    .rev()
                    .take(4)
                    .find(|(_, l)| l.sentence + 1 < s || doc.quote_at(l.content.start).is_some())
                    .map(|(l, _)| l)
            })
            .flatten()
            .filter(|&l| {
                let l = &found[l];
                l.sentence + 1 == s
                    && doc.sentences[l.sentence].paragraph + 1 >= sentence.paragraph
                    && doc.quote_at(l.content.start).is_some()
            });
        if let Some(last) = continued.map(|l| &mut found[l]) {
            if last.fragments.is_empty() {
                last.fragments.push(last.content.clone());
            }
            last.fragments.push(quote.span.clone());
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
            // "He declared:" ending the sentence before introduces the quotation; so
            // does a sentence of the paragraph that names its subject and reports
            // nothing of theirs ("Sen. Jane Doe identified fatigue as the reason. "The
            // young are tired."" is Doe's, not the last speaker's).
            s.checked_sub(1).and_then(|p| {
                let before = &doc.sentences[p];
                if before.tokens.end <= before.tokens.start {
                    return None;
                }
                let colon = doc.word(before.tokens.end - 1) == ":";
                let introduces = before.paragraph == sentence.paragraph
                    && found.iter().rev().take(4).all(|a| a.sentence != p);
                if !colon && !introduces {
                    return None;
                }
                let np = inverted_intro(doc, before)
                    .filter(|_| colon)
                    .or_else(|| subject_of(doc, before.tokens.start, before.tokens.end))?;
                // "Transcript as follows:", "Watch:": a label, no one's words.
                let first = doc.first_token_from(np.start);
                if super::headline::labels_a_line(doc.lower(first)) {
                    return None;
                }
                (colon || a_name(doc, &np)).then_some(np)
            })
        } else {
            colon_intro(doc, sentence.tokens.start, quote_token)
                .or_else(|| as_put_it(doc, sentence.tokens.start, quote_token))
                .or_else(|| {
                    // Not one capitalised word opening a longer phrase: "Good
                    // information can ... only when "..."" names no one "Good".
                    subject_of(doc, sentence.tokens.start, quote_token).filter(|np| {
                        let after = doc.first_token_from(np.end);
                        let w = doc.lower(after);
                        let first = doc.first_token_from(np.start);
                        after > first + 1
                            || possessive(doc.lower(first).as_bytes())
                            || reads_as_verb(w)
                            || is_auxiliary(w)
                            || SKIP_SET.contains(w)
                            || is_adverb(w)
                    })
                })
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
            let verb_like = doc.is_word(after) && !doc.capitalised(after) && reads_as_verb(verb);
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
            fragments: Vec::new(),
            cue: None,
            mention,
            same_speaker_as: same,
            shares_previous: false,
            sentence: s,
        });
    }
}

/// The speaker a sentence of a verb of saying and a name introduces, ending in a
/// colon: "Stated Stone:", "Added the senator:".
fn inverted_intro(doc: &Doc, sentence: &Sentence) -> Option<std::ops::Range<usize>> {
    let start = sentence.tokens.start;
    if cues::cue(doc.lower(start)) != Some(cues::Cue::Verb) {
        return None;
    }
    let np = np_right(doc, start + 1, sentence.tokens.end)?;
    (doc.word(doc.first_token_from(np.end)) == ":").then_some(np)
}

/// Whether a phrase is a name and nothing more: capitalised words, perhaps joined by
/// "of" or "the", not a possessive ("Donald Trump's tweet read").
fn a_name(doc: &Doc, np: &std::ops::Range<usize>) -> bool {
    let (first, end) = (doc.first_token_from(np.start), doc.first_token_from(np.end));
    first < end
        && doc.capitalised(first)
        && doc.capitalised(end - 1)
        && !possessive(doc.lower(end - 1).as_bytes())
        && (first..end)
            .all(|k| !doc.is_word(k) || doc.capitalised(k) || matches!(doc.lower(k), "of" | "the"))
}

/// How many words before a quotation a verb of saying may stand and still report it.
const CLAUSE_REACH: usize = 30;

/// The statement a verb of saying earlier in the sentence makes, holding the quotation
/// at `quote`: from the word after the verb to the end of the sentence, its speaker the
/// sentence's subject. None when no such verb stands within reach, or another quotation
/// comes between.
fn reported_clause(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    quote: &std::ops::Range<usize>,
    found: &[Attribution],
) -> Option<Attribution> {
    let start = sentence.tokens.start;
    let quote_token = doc.first_token_from(quote.start);
    let cue = (start.max(quote_token.saturating_sub(CLAUSE_REACH))..quote_token)
        .rev()
        .take_while(|&k| !doc.is_quote_mark(k))
        .find(|&k| {
            doc.is_word(k)
                && (k == start || !doc.capitalised(k))
                && cues::cue(doc.lower(k)) == Some(cues::Cue::Verb)
                && !(k > start && (doc.lower(k - 1) == "to" || makes_a_noun(doc.lower(k - 1))))
                && !(cues::needs_complement(doc.lower(k)) && super::verb::clause_after(doc, k + 1))
        })?;
    // "says: "..."": the mark after the verb is no part of what was said.
    let first = (cue + 1..quote_token)
        .find(|&k| !matches!(doc.word(k), ":" | ","))
        .unwrap_or(quote_token);
    let from = doc.tokens.start(first);
    let end = trim_marks(doc, from, sentence.span.end).max(quote.end);
    let content = from..end;
    // "..., Ruiz told reporters, before insisting he had "...": a participle or a
    // verb joined to the sentence's statement shares its speaker.
    let joined = cue > start
        && (cues::is_participle(doc.lower(cue))
            || matches!(doc.lower(cue - 1), "," | "and" | "but" | "before" | "after"));
    // `Adding, "..."` opening a sentence goes on with the statement of the one before
    // (not "According to ...", nor "Declaring that ..., the mayor ...").
    let goes_on = cue == start
        && cues::is_participle(doc.lower(cue))
        && doc.lower(cue) != "according"
        && doc.word(cue + 1) == ","
        && doc.is_quote_mark(cue + 2);
    let same = found
        .last()
        .filter(|last| {
            (joined && last.sentence == s || goes_on && last.sentence + 1 == s)
                && last.mention.is_some()
        })
        .map(|_| found.len() - 1);
    let mention = match same {
        Some(last) => found[last].mention.clone(),
        // The subject just before the verb ("most said"), the clause's, or a name
        // opening the sentence and described after it ("Ruiz, a teacher, says ...").
        None => subject_of(doc, start, cue)
            .or_else(|| np_left(doc, start, cue))
            .or_else(|| described_name(doc, start, cue, !joined)),
    };
    let written = cues::is_written(doc.lower(cue));
    let cue = doc.tokens.start(cue)..doc.tokens.end(cue);
    let found = Attribution::new(doc, (content, Vec::new()), Some(cue), mention, written, s);
    Some(Attribution {
        same_speaker_as: same,
        ..found
    })
}

/// `Ruiz, a teacher from the harbour, says` / `Ruiz — a teacher — says`: the name
/// opening a sentence, set off from what describes it; or, when `set_off` is false, any
/// name or pronoun opening it (the subject a participle leans on: "Ruiz went after
/// Lopez, calling him ...").
fn described_name(
    doc: &Doc,
    start: usize,
    limit: usize,
    set_off: bool,
) -> Option<std::ops::Range<usize>> {
    let first = doc.word(start);
    if !set_off && matches!(doc.lower(start), "he" | "she" | "they") {
        return Some(doc.tokens.start(start)..doc.tokens.end(start));
    }
    let name_like = doc.capitalised(start)
        && !first.bytes().all(|b| b.is_ascii_uppercase())
        && !NP_STOP_SET.contains(doc.lower(start))
        && !doc.lower(start).ends_with("ing")
        && !doc.lower(start).ends_with("ed")
        && !doc.lower(start).ends_with("ly");
    if !name_like {
        return None;
    }
    let np = np_right(doc, start, limit)?;
    let after = doc.first_token_from(np.end);
    (!set_off || matches!(doc.word(after), "," | "—" | "(")).then_some(np)
}

/// "More from Ana Ruiz: "..."", "Ruiz: "..."": a short phrase ending with a colon
/// just before the quotation names its speaker, the phrase before the colon.
/// The phrase may follow a dash after a headline: "RED STATES GAIN - Ana Ruiz: "..."".
fn colon_intro(doc: &Doc, start: usize, quote_token: usize) -> Option<std::ops::Range<usize>> {
    let colon = quote_token.checked_sub(1).filter(|&c| c > start)?;
    if doc.word(colon) != ":" {
        return None;
    }
    let dash = (start..colon)
        .rev()
        .take(8)
        .find(|&k| matches!(doc.word(k), "-" | "—" | "–"));
    let start = dash.map_or(start, |d| d + 1);
    if colon - start > 6 || !(start..colon).all(|k| doc.is_word(k)) {
        return None;
    }
    np_left(doc, start, colon).filter(|np| {
        let first = doc.first_token_from(np.start);
        (first..colon).any(|k| doc.capitalised(k))
    })
}

/// `"..." ― Ana Ruiz` or `"..."` with `- Ana Ruiz.` on the next line: the name after
/// a dash that follows the quotation and ends its line.
fn signed_by(doc: &Doc, quote: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let dash = doc.first_token_from(quote.end);
    if !matches!(doc.word(dash), "-" | "—" | "―" | "–") || !doc.capitalised(dash + 1) {
        return None;
    }
    let limit = doc.tokens.len().min(dash + 8);
    let name = np_right(doc, dash + 1, limit)?;
    let rest = doc.text[name.end..].trim_start_matches([' ', '\t', '.', ',', '\u{a0}']);
    (rest.is_empty() || rest.starts_with(['\n', '\r'])).then_some(name)
}

/// "As the minister put it, "..."": the phrase between "as" and "put it" just before
/// the quotation.
fn as_put_it(doc: &Doc, start: usize, quote_token: usize) -> Option<std::ops::Range<usize>> {
    let mark = quote_token.checked_sub(1).filter(|&c| c > start + 3)?;
    let put = mark - 2;
    let said = matches!(doc.word(mark), "," | ":")
        && doc.lower(mark - 1) == "it"
        && matches!(doc.lower(put), "put" | "puts");
    if !said {
        return None;
    }
    let as_ = (start..put).rev().take(8).find(|&k| doc.lower(k) == "as")?;
    np_left(doc, as_ + 1, put).filter(|np| doc.first_token_from(np.start) == as_ + 1)
}

pub(super) const MIN_QUOTE_WORDS: usize = 3;

/// Whether the quotation at `span` is the title of a work named just before it: "his
/// 2005 book "TrumpNation: The Art of Being the Donald"", "a column titled "...""; a
/// title of up to twelve words, each small or capitalised.
fn names_a_work(doc: &Doc, span: &std::ops::Range<usize>) -> bool {
    let mark = doc.first_token_from(span.start);
    let Some(mut before) = mark.checked_sub(1) else {
        return false;
    };
    // "his 2005 book": the year between.
    if before > 0 && year_number(doc.word(before)).is_some() {
        before -= 1;
    }
    let work = matches!(
        doc.lower(before),
        "book"
            | "memoir"
            | "novel"
            | "biography"
            | "film"
            | "movie"
            | "documentary"
            | "song"
            | "album"
            | "play"
            | "musical"
            | "column"
            | "essay"
            | "titled"
            | "entitled"
            | "headlined"
    );
    work && titled_within(&doc.text[span.clone()], 12)
}

/// "Planet of the Apes", "State of the Union": a title in quotation marks, not speech.
pub(super) fn is_title(quoted: &str) -> bool {
    titled_within(quoted, 6)
}

/// Whether a quotation is at most `most` words, each small or capitalised.
fn titled_within(quoted: &str, most: usize) -> bool {
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
    // Read no further than the word after the most, as a quotation may be a paragraph
    // long.
    let mut words = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    for _ in 0..most {
        let Some(w) = words.next() else {
            return true;
        };
        let titled = small(w)
            || w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        if !titled {
            return false;
        }
    }
    words.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, nobody_named, seen};
    use crate::model::StatementKind::{Direct, Partial, Reported};

    #[test]
    fn one_capitalised_word_opening_a_longer_phrase_is_no_speaker() {
        let all = found(
            "Ruiz spoke first. Good information wins only when \"the truth is sexier than the lie.\"\n",
        );
        let quote = all.iter().find(|s| s.content.contains("sexier"));
        assert!(
            quote.is_some_and(|s| s.speaker.as_deref() != Some("Good")),
            "{all:?}"
        );
        // A name before its verb still speaks the quotation; so does an owner.
        for (text, speaker) in [
            (
                "Ruiz wins only when \"the truth is sexier than the lie.\"\n",
                "Ruiz",
            ),
            (
                "Lopez's amendment reads \"no pier shall close in May.\"\n",
                "Lopez's amendment",
            ),
        ] {
            let all = found(text);
            assert_eq!(all[0].speaker.as_deref(), Some(speaker), "{all:?}");
        }
    }

    #[test]
    fn a_quotation_inside_reported_words_is_part_of_the_whole_clause() {
        let text = "Ruiz continued on Saturday, saying that the \"pier tax\" idea came from the \
                    council itself.\n";
        assert_eq!(
            found(text),
            [seen(
                Partial,
                "that the \"pier tax\" idea came from the council itself",
                "Ruiz",
                "saying"
            )]
        );
        let text = "Mayor Lopez walked out of the meeting, calling the plan \"a waste of \
                    good money\" for the town.\n";
        assert_eq!(
            found(text),
            [seen(
                Partial,
                "the plan \"a waste of good money\" for the town",
                "Mayor Lopez",
                "calling"
            )]
        );
        // With no verb of saying before it, a quotation stays on its own.
        let text = "The harbour, \"the finest on the coast\" as the guides put it, was full.\n";
        assert!(
            found(text).iter().all(|s| s.kind != Partial),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_quotation_continues_the_one_before_after_a_participle() {
        let text = "\"We won nine races,\" Rivera said, referring to the regatta. \"Last year \
                    we won two.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Rivera"));
        assert!(all[0].content.ends_with("we won two.\""), "{all:?}");
    }

    #[test]
    fn a_quotation_opening_the_next_sentence_continues_the_statement() {
        let text = "\"The pier is safe,\" Ruiz said. \"We checked every beam twice.\"\n";
        assert_eq!(
            found(text),
            [seen(
                Direct,
                "\"The pier is safe,\" Ruiz said. \"We checked every beam twice.\"",
                "Ruiz",
                "said"
            )]
        );
    }

    #[test]
    fn a_quotation_after_a_sentence_naming_its_subject_is_theirs() {
        let text = "\"The pier is safe,\" Ruiz said.\n\nSen. Jane Doe identified fatigue as \
                    the reason. \"The young are tired of waiting.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].speaker.as_deref(), Some("Sen. Jane Doe"), "{all:?}");
        // A sentence that names no one, or reports someone's words, leaves the
        // quotation to the last speaker.
        let text =
            "\"The pier is safe,\" Ruiz said. The vote came late. \"We checked every beam.\"\n";
        let all = found(text);
        assert_eq!(
            all.last().and_then(|s| s.speaker.as_deref()),
            Some("Ruiz"),
            "{all:?}"
        );
        // A possessive is no subject: "Ruiz's tweet read" is not Ruiz.
        let text = "\"The pier is safe,\" Lopez said.\n\nRuiz's tweet came later. \"We checked every beam.\"\n";
        let all = found(text);
        assert_eq!(
            all.last().and_then(|s| s.speaker.as_deref()),
            Some("Lopez"),
            "{all:?}"
        );
    }

    #[test]
    fn a_quotation_inside_a_sentence_is_its_subjects() {
        let text = "Ruiz said the pier was safe. Her deputy called it \"a disaster waiting to happen\" on Tuesday.\n";
        let all = found(text);
        assert_eq!(all[0], seen(Reported, "the pier was safe", "Ruiz", "said"));
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].speaker.as_deref(), Some("Her deputy"));
    }

    #[test]
    fn an_opening_adverbial_is_not_the_subject() {
        for text in [
            "Hours later, the mayor had \"a few choice words for the critics\" in mind.\n",
            "Amid the uproar, the mayor had \"a few choice words for the critics\" in mind.\n",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some("the mayor"), "{text}");
        }
    }

    #[test]
    fn a_label_before_a_colon_names_no_one() {
        nobody_named(
            "The senator spoke in Ohio.\n\nTranscript as follows:\n\n\"We arrived in Cleveland and people cheered.\"\n",
            "Transcript",
        );
    }

    #[test]
    fn a_short_phrase_and_a_colon_name_the_speaker() {
        let text =
            "The hall was full.\n\nMore from Ana Ruiz: \"We will rebuild the pier by June.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
        // After a headline and a dash.
        let text = "PIER TO REOPEN BY JUNE - Ana Ruiz: \"We will rebuild the pier.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_name_after_a_dash_signs_the_quotation_before_it() {
        let text = "\u{201c}The pier is our pride.\u{201d} \u{2015} Ana Ruiz\n\
                    \u{201c}We will rebuild it by June, I promise.\u{201d} \u{2015} Tomas Brandt\n\n\
                    \"Nobody sails in March, not even me.\"\n\n- Maria Lopez.\n\n\
                    \"The tide is high today, higher than ever.\" - Ana Brandt\u{a0}\n";
        let all = found(text);
        let speakers: Vec<_> = all.iter().map(|a| a.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Ana Ruiz"),
                Some("Tomas Brandt"),
                Some("Maria Lopez"),
                Some("Ana Brandt")
            ],
            "{all:?}"
        );
        // A name that goes on into more of its line is no signature.
        let text = "\"The pier is our pride, and always was.\" - Ana Ruiz, in a letter.\n";
        assert_ne!(found(text)[0].speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn an_inverted_intro_or_an_opening_participle_names_the_speaker() {
        // "Stated Stone:" ending the paragraph before the quotation.
        let text = "Stone spoke on the radio.\n\nStated Stone:\n\n\"The stakes are so high.\"\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Stone"));
        // `Adding, "..."` goes on with the statement of the sentence before.
        let text = "Later, Ruiz said the report \"wasn't good.\" Adding, \"Now, like all \
                    scandals, it is never that bad.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[1].speaker.as_deref(), Some("Ruiz"));
        // Not "According to ...", which names its own source.
        let text = "Ruiz spoke first. According to the Harbour Post, \"the pier will close in \
                    May.\"\n";
        assert_ne!(found(text).last().unwrap().speaker.as_deref(), Some("Ruiz"));
    }

    #[test]
    fn as_someone_put_it_names_the_speaker() {
        let text = "As the harbour master put it, \"Nobody sails in March.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("the harbour master"));
        let text = "It was cold, as Ana Ruiz puts it: \"Nobody sails in March.\"\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Ana Ruiz"));
        // Without "as", the quotation is the sentence's subject's, as in any sentence;
        // the phrase before "put" is not taken whole.
        let text = "The harbour master put it bluntly, \"Nobody sails in March.\"\n";
        assert_eq!(
            found(text)[0].speaker.as_deref(),
            Some("The harbour master")
        );
    }

    #[test]
    fn a_title_in_quotation_marks_is_not_speech() {
        assert_eq!(
            found("Ruiz starred in \"The Last of the Piers\" last year.\n"),
            []
        );
    }

    #[test]
    fn the_title_of_a_work_named_before_it_is_not_speech() {
        let text = "Tom Hill, whose 2005 book \"Pier Pressure: The Art of Being the Mayor\" \
                    angered Ana Ruiz, said he was not worried.\n";
        assert_eq!(
            found(text),
            [seen(Reported, "he was not worried", "Tom Hill", "said")]
        );
    }

    #[test]
    fn a_title_is_six_words_at_most_each_small_or_capitalised() {
        use super::is_title;
        assert!(is_title("The Last of the Piers"));
        assert!(is_title("“State of the Union,”"));
        assert!(is_title("Oil and Gas for the Bay"));
        assert!(is_title(""));
        assert!(!is_title("Oil and Gas for the Old Bay"));
        assert!(!is_title("The pier is closed"));
        assert!(!is_title(
            "We will rebuild the pier, every plank of it, by spring."
        ));
    }
}
