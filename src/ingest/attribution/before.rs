//! What was said, then who said it, with no quotation marks: "The pier will reopen in
//! May, the harbour master said on Monday.", "The deal is dead, said one official.",
//! and the attribution set inside the sentence: "The pier, officials said, will reopen."

use std::ops::Range;

use super::content::{rest_with_its_verb, to_the_end, trim_end};
use super::phrases::{apposed_subject, np_right, SubjectBefore};
use super::verb::TOLD_PEOPLE;
use super::words::{is_auxiliary, is_pronoun, DETERMINERS_SET};
use super::{Attribution, Doc};
use crate::ingest::sentences::Sentence;
use crate::ingest::speakers::{is_role, names_people};

/// Words that may open what follows a cue ending a statement: where or when it was
/// said, or to whom ("on Monday", "in a statement", "to reporters").
fn opens_adjunct(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "to"
            | "during"
            | "after"
            | "before"
            | "from"
            | "with"
            | "via"
            | "through"
            | "last"
            | "this"
            | "earlier"
            | "later"
            | "recently"
            | "yesterday"
            | "today"
            | "tonight"
            | "late"
            | "early"
    )
}

/// The verbs that close what was said in news ("..., officials said", "..., the paper
/// reported"); a rarer cue there is more often the verb of a clause about the words
/// before it ("1867, a sale Moscow has referenced to ...").
pub(super) fn closes_statement(verb: &str) -> bool {
    matches!(
        verb,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "reported"
            | "reports"
            | "wrote"
            | "writes"
            | "explained"
            | "noted"
            | "argued"
            | "warned"
            | "insisted"
            | "stated"
            | "claimed"
            | "continued"
            | "acknowledged"
            | "admitted"
            | "conceded"
            | "predicted"
            | "suggested"
            | "asserted"
            | "recalled"
            | "declared"
            | "announced"
            | "confirmed"
            | "countered"
            | "replied"
            | "responded"
            | "maintained"
            | "contended"
            | "estimated"
            | "pointed"
            | "tweeted"
            | "concluded"
            | "remarked"
            | "observed"
            | "commented"
            | "quipped"
            | "joked"
            | "complained"
            | "boasted"
            | "stressed"
            | "emphasized"
            | "cautioned"
            | "lamented"
            | "vowed"
            // The present, as features write it: "All of this, he acknowledges, could
            // be undone."
            | "notes"
            | "explains"
            | "argues"
            | "warns"
            | "insists"
            | "acknowledges"
            | "admits"
            | "concedes"
            | "recalls"
            | "maintains"
            | "contends"
            | "tweets"
            | "concludes"
            | "observes"
            // "..., records show."
            | "show"
            | "shows"
    )
}

/// The most words an adjunct after the cue may have.
const ADJUNCT_WORDS: usize = 12;

/// How many words a place where something was said takes before the speaker goes on:
/// "in Paris", "at a rally in Ohio".
const PLACE_WORDS: usize = 5;

/// A verb of saying as the recogniser meets it.
pub(super) struct CueAt<'w> {
    /// Its first token's word in lower case ("said", "made" of "made the point").
    pub word: &'w str,
    /// The token after its last.
    pub end: usize,
    pub span: Range<usize>,
    /// Whether it is a verb of writing ("wrote"): the kind of a quotation depends on it.
    pub written: bool,
}

/// A statement whose cue comes after what was said. `floor` is the byte where the
/// sentence's words not yet given to a statement start; `subject` is the phrase
/// before the verb.
pub(super) fn reported_before(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    at: CueAt<'_>,
    floor: usize,
    subject: &SubjectBefore,
) -> Option<Attribution> {
    let CueAt {
        word,
        end: cue_end,
        span: cue,
        written,
    } = at;
    if !closes_statement(word) {
        return None;
    }
    let start = sentence.tokens.start;
    let end = sentence.tokens.end;
    // "..., officials said" or "..., said one official".
    let j = subject.end();
    // "pointed out", "summed up": the particle belongs to the verb.
    let cue_end = if matches!(doc.lower(cue_end), "out" | "up") {
        cue_end + 1
    } else {
        cue_end
    };
    let apposed = (j > start + 2 && doc.word(j - 1) == "," && subject.np().is_none())
        .then(|| apposed_subject(doc, start, j))
        .flatten();
    let (comma, mention, after) = match subject.np() {
        Some(np) => {
            let first = doc.first_token_from(np.start);
            // "The pier, as the mayor noted, is old": "as" opens the aside.
            let first = if first > start && doc.lower(first - 1) == "as" {
                first - 1
            } else {
                first
            };
            // "..., an official told The New York Times.": past who was told.
            let after = if matches!(word, "told" | "tells") {
                past_told(doc, cue_end, end)
            } else {
                cue_end
            };
            (first.checked_sub(1)?, np, after)
        }
        // "..., a spokeswoman, Anna White, said": the phrase and its apposition.
        None if apposed.is_some() => {
            let (phrase, np) = apposed?;
            let first = doc.first_token_from(phrase);
            // "..., his aide, Tad Devine, told reporters.": past who was told.
            let after = if matches!(word, "told" | "tells") {
                past_told(doc, cue_end, end)
            } else {
                cue_end
            };
            (first.checked_sub(1)?, np, after)
        }
        // Who was told follows "told": "..., told a crowded hall" is no inversion.
        // `The plan is a "disaster," said Ruiz`: the comma inside the closing mark.
        None if j > start + 1
            && (doc.word(j - 1) == "," || doc.is_quote_mark(j - 1) && doc.word(j - 2) == ",")
            && !matches!(word, "told" | "tells") =>
        {
            let np = np_right(doc, cue_end, end)?;
            let after = past_apposition(doc, doc.first_token_from(np.end), end);
            (j - 1, np.clone(), after)
        }
        None => return None,
    };
    // `... "within days," officials said`: the comma inside the closing mark.
    let closing = (comma > start && doc.is_quote_mark(comma) && doc.word(comma - 1) == ",")
        .then(|| doc.tokens.end(comma));
    let comma = if closing.is_some() { comma - 1 } else { comma };
    if comma <= start || !matches!(doc.word(comma), "," | "—" | "–") {
        return None;
    }
    let mut from = doc.first_token_from(floor).max(start);
    while from < comma && !doc.is_word(from) && !doc.is_quote_mark(from) {
        from += 1;
    }
    // After the attribution: the end of the sentence, where or when it was said, or
    // the rest of what was said ("The pier, officials said, will reopen").
    let rest = match tail(doc, after, end) {
        Some(rest) => rest,
        // "..., as Cruz said on Glenn Beck's radio program, only magnifies ...": an
        // aside opened by "as" ends at its comma, and what was said goes on after it,
        // whatever its verb.
        None => {
            let first = doc.first_token_from(mention.start);
            if first == 0 || doc.lower(first - 1) != "as" {
                return None;
            }
            let from = adjunct_comma(doc, after, end, ADJUNCT_WORDS)? + 1;
            (from < end).then(|| to_the_end(doc, from, end))
        }
    };
    // A quotation goes on after the attribution only where one ended before it: "Ruiz,
    // the mayor, warned Tuesday, "..."" is no inversion.
    if rest
        .as_ref()
        .is_some_and(|r| doc.quote_at(r.start).is_some())
        && closing.is_none()
    {
        return None;
    }
    // Counted no further than needed: a long sentence is not read again for each cue.
    let words = (from..comma).filter(|&k| doc.is_word(k)).take(3).count();
    if words < 3 && rest.is_none() || words == 0 {
        return None;
    }
    let head_start = doc.tokens.start(from);
    let head =
        head_start..closing.unwrap_or_else(|| trim_end(doc, head_start, doc.tokens.start(comma)));
    // "And, Ruiz told the crowd, he will win": a conjunction alone joins the words to
    // the sentence before and is none of them.
    let joins_only = words == 1
        && (from..comma)
            .find(|&k| doc.is_word(k))
            .is_some_and(|k| matches!(doc.lower(k), "and" | "but" | "so" | "yet" | "or"));
    let (content, fragments) = match rest {
        None => (head, Vec::new()),
        Some(rest) if joins_only => (rest, Vec::new()),
        Some(rest) => (head.start..rest.end, vec![head, rest]),
    };
    Some(Attribution::new(
        doc,
        (content, fragments),
        Some(cue),
        Some(mention),
        written,
        s,
    ))
}

/// Where what follows an inverted attribution goes on, past a description of the
/// speaker set off by commas: "..., said Dante Scala, a political scientist at the
/// university." describes Scala, where "The pier, said Ruiz, will reopen" goes on with
/// what was said. `at` is the token after the speaker's name.
fn past_apposition(doc: &Doc, at: usize, end: usize) -> usize {
    // "..., said a senior aide who asked not to be named.": a relative clause on the
    // speaker, with no comma before it, describes them as one set off by commas does.
    let relative = at < end && matches!(doc.lower(at), "who" | "whose");
    if !relative && (at + 1 >= end || doc.word(at) != ",") {
        return at;
    }
    // "..., said Ruiz, in an interview." ends with where or when, if that is all.
    let adjunct_after = |comma: usize| {
        comma + 1 < end
            && opens_adjunct(doc.lower(comma + 1))
            && tail(doc, comma + 1, end).is_some()
    };
    if !relative && adjunct_after(at) {
        return at + 1;
    }
    if !relative && !opens_apposition(doc, at + 1, end) {
        return at;
    }
    // The description runs to the next comma or the sentence's end; after it, the
    // sentence may end, say where or when, or go on with what was said. What is none
    // of these is the description's still ("..., a consultant in Alexandria, Va.").
    match (at + 1..end).find(|&k| doc.word(k) == ",") {
        Some(comma) if adjunct_after(comma) => comma + 1,
        Some(comma) if tail(doc, comma, end).is_some() => comma,
        _ => end,
    }
}

/// Whether the word at `k`, after a speaker's name and a comma, opens a description of
/// them: "a political scientist", "the chief economist", "its president", "director of
/// ...", "who teaches ...", "Facebook's global politics director"; not the next clause
/// of what was said ("we will appeal", "the city never funded it", "Teck wants ...").
fn opens_apposition(doc: &Doc, k: usize, end: usize) -> bool {
    if !doc.is_word(k) {
        return false;
    }
    let w = doc.lower(k);
    if doc.capitalised(k) {
        return w.ends_with("'s") || w.ends_with("’s");
    }
    let role = |w: &str| {
        let bare = w.trim_end_matches("'s").trim_end_matches("’s");
        is_role(bare) && !matches!(bare, "the" | "his" | "her" | "their")
    };
    match w {
        "a" | "an" | "another" | "who" | "whose" => true,
        // A determiner opens a description only if a role follows it closely.
        "the" | "its" | "his" | "her" | "their" | "one" => (k + 1..end)
            .take(4)
            .take_while(|&j| doc.word(j) != ",")
            .any(|j| doc.is_word(j) && role(doc.lower(j))),
        _ => role(w),
    }
}

/// Past who was told, from token `from`: a name or an outlet ("The New York Times",
/// "CNN"), people ("reporters") or a pronoun ("them"), of a few words; else `from`.
fn past_told(doc: &Doc, from: usize, end: usize) -> usize {
    // "told them", "told her staff": a pronoun first, or people; after a determiner or
    // an owner, whatever noun follows ("told the court.", "told his followers").
    let owned = matches!(doc.lower(from), "the" | "his" | "her" | "their");
    let told = |k: usize| {
        let w = doc.lower(k);
        doc.is_word(k)
            && (doc.capitalised(k)
                || w == "the"
                || TOLD_PEOPLE.contains(&w)
                || names_people(w)
                || owned && k == from + 1 && w.bytes().all(|b| b.is_ascii_alphabetic())
                || k == from
                    && matches!(
                        w,
                        "them" | "him" | "her" | "us" | "me" | "you" | "his" | "their"
                    ))
    };
    let stop = (from..end.min(from + 6))
        .find(|&k| !told(k))
        .unwrap_or(end.min(from + 6));
    if stop > from && (stop == end || matches!(doc.word(stop), "." | "," | "on" | "in" | "at")) {
        stop
    } else {
        from
    }
}

/// The rest of what was said after an adjunct that opens at `k` and ends at a comma
/// within `ADJUNCT_WORDS` words, where the rest goes on with the verb of the words
/// before the attribution: "These employees, Stumpf explained earlier in the hearing,
/// were well paid". Not another adjunct ("..., Ruiz declared in an interview, in the
/// latest escalation") nor a clause of its own, which say more of the speaker.
fn rest_after_adjunct(doc: &Doc, k: usize, end: usize) -> Option<Range<usize>> {
    rest_with_its_verb(doc, adjunct_comma(doc, k, end, ADJUNCT_WORDS)? + 1, end)
}

/// What was said after an adjunct opening at `k` and its comma, where it is a clause
/// opened by its subject (a determiner, a pronoun or a name) with an auxiliary within a
/// few words: "..., the incident is an illustration of ...".
fn clause_after_adjunct(doc: &Doc, k: usize, end: usize) -> Option<Range<usize>> {
    let from = adjunct_comma(doc, k, end, ADJUNCT_WORDS)? + 1;
    let first = doc.lower(from);
    let subject = DETERMINERS_SET.contains(first) || is_pronoun(first) || doc.capitalised(from);
    let verb = (from + 1..end.min(from + 5)).any(|t| is_auxiliary(doc.lower(t)));
    (subject && verb).then(|| to_the_end(doc, from, end))
}

/// The comma that ends an adjunct opening at `k`, within `most` words and before any
/// quotation mark.
fn adjunct_comma(doc: &Doc, k: usize, end: usize, most: usize) -> Option<usize> {
    let comma = (k..end.min(k + 2 * most))
        .take_while(|&t| !doc.is_quote_mark(t))
        .find(|&t| doc.word(t) == ",")?;
    let words = (k..comma).filter(|&t| doc.is_word(t)).count();
    (words <= most).then_some(comma)
}

/// Whether a comma at `comma` opens a clause of the speaker's own: "..., who notes
/// that ...", "..., adding that ...", what the speaker did next.
fn speaker_goes_on(doc: &Doc, comma: usize, end: usize) -> bool {
    doc.word(comma) == ","
        && comma + 1 < end
        && (matches!(doc.lower(comma + 1), "who" | "whose")
            || doc.lower(comma + 1).ends_with("ing"))
}

/// What follows an attribution set after what was said: `Some(None)` if it ends the
/// sentence (less an adjunct), `Some(Some(rest))` for the rest of what was said after
/// a comma, `None` if it is something else (a content of its own: "said that ...").
fn tail(doc: &Doc, after: usize, end: usize) -> Option<Option<Range<usize>>> {
    let mut k = after;
    while k < end && (doc.in_time(k) || doc.word(k) == ".") {
        k += 1;
    }
    if k >= end {
        return Some(None);
    }
    // "..., said Mr. Burman (a view echoed by everyone I interviewed).": an aside in
    // brackets, then the sentence's end.
    if doc.word(k) == "(" {
        let close = (k + 1..end).find(|&t| doc.word(t) == ")")?;
        return (close + 1..end).all(|t| doc.word(t) == ".").then_some(None);
    }
    let w = doc.lower(k);
    if opens_adjunct(w) {
        // "These employees, Stumpf explained earlier in the hearing, were ...": where
        // or when it was said, then the rest of what was said after a comma.
        if let Some(rest) = rest_after_adjunct(doc, k, end) {
            return Some(Some(rest));
        }
        // "If anything, Ash argued in his email, the incident is ...": a clause of its
        // own after where it was said, its subject then its verb.
        if let Some(rest) = clause_after_adjunct(doc, k, end) {
            return Some(Some(rest));
        }
        // "..., Hollande said Tuesday in Paris, noting that ...": what the speaker
        // did next, after where it was said (a place of a few words, not "responded
        // with vitriol" or "pointed to China as the enforcer").
        let place = matches!(w, "in" | "at");
        if place
            && adjunct_comma(doc, k, end, PLACE_WORDS)
                .is_some_and(|comma| speaker_goes_on(doc, comma, end))
        {
            return Some(None);
        }
        // Read up to the sentence's end only if that is near: a long rest is no adjunct.
        let mut words = 0;
        for t in k..end {
            if doc.is_quote_mark(t) {
                return None;
            }
            if doc.is_word(t) {
                words += 1;
                if words > ADJUNCT_WORDS {
                    return None;
                }
            }
        }
        return (doc.word(end - 1) != ",").then_some(None);
    }
    // `..., said Ruiz, "and everyone knows it."`: the quotation goes on.
    let goes_on = |t: usize| {
        doc.is_word(t) && !doc.lower(t).ends_with("ing")
            || doc.quote_at(doc.tokens.start(t)).is_some()
    };
    // "..., said Ruiz, a senior analyst, who notes that ...": a clause of whom spoke;
    // "..., Ruiz said on Monday, adding that ...": what the speaker did next.
    if speaker_goes_on(doc, k, end) {
        return Some(None);
    }
    if w == "," && k + 1 < end && goes_on(k + 1) {
        let from = k + 1;
        let words = (from..end).filter(|&t| doc.is_word(t)).take(2).count();
        if words >= 2 {
            return Some(Some(to_the_end(doc, from, end)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{
        contents, each_finds, found, fragments, nobody_named, one_each, seen,
    };
    use crate::model::StatementKind::{Partial, Reported, Written};

    #[test]
    fn an_aside_opened_by_as_names_who_said_the_words_around_it() {
        let all =
            found("Hawaii, as one of the mayor's advisers pointed out, rarely sees two storms.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(
            all[0].speaker.as_deref(),
            Some("one of the mayor's advisers")
        );
        assert_eq!(all[0].cue.as_deref(), Some("pointed"));
        assert!(all[0].content.starts_with("Hawaii"), "{all:?}");
        assert!(
            all[0].content.ends_with("rarely sees two storms"),
            "{all:?}"
        );
        // Where a reporter was is nothing said.
        assert_eq!(found("Ana Ruiz reported from Kaneohe Bay, Hawaii.\n"), []);
        // Where it was said, inside the aside, and what was said going on after it.
        let all = found(
            "Still, the fact that the race \u{201c}is a dead heat right now,\u{201d} as Ruiz \
             said on Tom Brandt\u{2019}s radio program on Monday, only magnifies the \
             importance of every tactical decision.\n",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        assert!(all[0].content.starts_with("Still, the fact"), "{all:?}");
        assert!(all[0].content.ends_with("tactical decision"), "{all:?}");
    }

    #[test]
    fn an_aside_in_brackets_after_the_speaker_ends_the_attribution() {
        let all = found(
            "Mrs. Clinton proposed a tax.\n\nUsing the tax \"is a misguided approach,\" said Mr. Burman (a view echoed by everyone I interviewed).\n",
        );
        let burman: Vec<_> = all
            .iter()
            .filter(|s| s.content.contains("misguided"))
            .collect();
        assert_eq!(burman.len(), 1, "{all:?}");
        assert_eq!(burman[0].speaker.as_deref(), Some("Mr. Burman"), "{all:?}");
        assert_eq!(burman[0].cue.as_deref(), Some("said"));
        // A bracket with more of the sentence after it is no aside ending it.
        let all = found("Using the tax \"is misguided,\" said Mr. Burman (an economist) of the plan and the rest of it.\n");
        assert!(
            all.iter()
                .all(|s| s.speaker.as_deref() != Some("Mr. Burman")),
            "{all:?}"
        );
    }

    #[test]
    fn where_it_was_said_then_what_the_speaker_did_next_ends_the_attribution() {
        let all = found(
            "The plan is sickening, Lopez said Tuesday in Paris, noting that the mayor \"makes you want to retch.\"\n",
        );
        assert_eq!(
            all.first(),
            Some(&seen(Reported, "The plan is sickening", "Lopez", "said")),
            "{all:?}"
        );
        assert!(all.iter().all(|s| s.content != "in Paris"), "{all:?}");
    }

    #[test]
    fn the_words_said_go_on_past_where_or_when_they_were_said() {
        let text = "These employees, Stumpf explained earlier in the hearing, were \
                    \"well-paid\" and happy.\n";
        assert_eq!(
            fragments(text),
            [["These employees", "were \"well-paid\" and happy"]]
        );
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Stumpf"));
        // A clause of its own after where it was said, opened by its subject.
        let text = "If anything, Ash argued in his email, the incident is an illustration \
                    of why the rules matter.\n";
        assert_eq!(
            fragments(text),
            [[
                "If anything",
                "the incident is an illustration of why the rules matter"
            ]]
        );
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Ash"));
        // Not another adjunct, nor a clause of its own: what the speaker did.
        let text = "The plan is dead, Ruiz declared in an interview, in the latest \
                    escalation of words.\n";
        assert_eq!(
            found(text),
            [seen(Reported, "The plan is dead", "Ruiz", "declared")]
        );
    }

    #[test]
    fn verbs_of_remarking_close_the_words_before_them() {
        each_finds(&[
            (
                "The pier would be safer \"no matter what,\" one engineer commented.\n",
                seen(
                    Partial,
                    "The pier would be safer \"no matter what,\"",
                    "one engineer",
                    "commented",
                ),
            ),
            (
                "The pier is unsafe, the mayor tweeted.\n",
                seen(Written, "The pier is unsafe", "the mayor", "tweeted"),
            ),
            (
                "The pier, she vowed, would reopen in May.\n",
                seen(
                    Reported,
                    "The pier, she vowed, would reopen in May",
                    "she",
                    "vowed",
                ),
            ),
        ]);
        assert_eq!(
            fragments("The toll, the panel concluded, must rise steeply.\n"),
            [["The toll", "must rise steeply"]]
        );
    }

    #[test]
    fn an_adverb_ending_what_was_said_is_part_of_it() {
        each_finds(&[(
            "Most voters view the mayor unfavorably, the poll shows.\n",
            seen(
                Reported,
                "Most voters view the mayor unfavorably",
                "the poll",
                "shows",
            ),
        )]);
        // Alone, it tells how something was done, not what was said.
        assert_eq!(
            contents("While the crowd booed loudly, Ruiz said the pier is safe.\n"),
            ["the pier is safe"]
        );
        // Nor is a mark alone anything said.
        assert_eq!(
            contents("The pier closed. How has the council responded? It has not.\n"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn the_present_sets_an_attribution_inside_what_was_said() {
        let text = "All of this, he acknowledges, could be undone by one vote.\n";
        assert_eq!(
            fragments(text),
            [["All of this", "could be undone by one vote"]]
        );
        let text = "Democrats, Frank notes, applaud the governor.\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Frank"));
    }

    #[test]
    fn who_was_told_inside_what_was_said_is_no_part_of_it() {
        let text = "The solution, the partner told them, was simple.\n";
        assert_eq!(fragments(text), [["The solution", "was simple"]]);
        assert_eq!(found(text)[0].speaker.as_deref(), Some("the partner"));
        let text = "The vote, Ruiz told the crowd, will be close.\n";
        assert_eq!(fragments(text), [["The vote", "will be close"]]);
        let text = "The plan, Ruiz told her staff, was dead.\n";
        assert_eq!(fragments(text), [["The plan", "was dead"]]);
        // A conjunction alone before the aside is none of what was said.
        let text = "And, Ruiz told the crowd, he will win the state.\n";
        assert_eq!(
            found(text),
            [seen(Reported, "he will win the state", "Ruiz", "told")]
        );
    }

    #[test]
    fn who_was_told_after_what_was_said_is_no_part_of_it() {
        // Whoever was told, a body after "the" or people after a description and its
        // name: what was said comes before.
        for (text, speaker) in [
            ("The plan is dead, he told the court.\n", "he"),
            ("The plan is dead, he told the court in his filing.\n", "he"),
            (
                "The plan is dead, his aide, Tad Devine, told reporters.\n",
                "Tad Devine",
            ),
            (
                "The plan is dead, his aide, Tad Devine, told The Harbour Post.\n",
                "Tad Devine",
            ),
        ] {
            assert_eq!(
                found(text),
                [seen(Reported, "The plan is dead", speaker, "told")],
                "{text}"
            );
        }
    }

    #[test]
    fn an_auxiliary_standing_for_its_verb_ends_what_was_said() {
        assert_eq!(
            found("The pier is doing what other piers already do, he said.\n"),
            [seen(
                Reported,
                "The pier is doing what other piers already do",
                "he",
                "said"
            )]
        );
        assert_eq!(
            found("The ferry runs better than the old one did, officials said.\n"),
            [seen(
                Reported,
                "The ferry runs better than the old one did",
                "officials",
                "said"
            )]
        );
    }

    #[test]
    fn what_the_speaker_did_next_closes_what_was_said() {
        let all = found("The pier is safe, Ruiz said on Monday, adding that repairs were done.\n");
        assert_eq!(
            all,
            [
                seen(Reported, "The pier is safe", "Ruiz", "said"),
                seen(Reported, "that repairs were done", "Ruiz", "adding"),
            ]
        );
    }

    #[test]
    fn what_was_said_then_who_said_it() {
        assert_eq!(
            found("The pier will reopen in May, the harbour master said on Monday.\n"),
            [seen(
                Reported,
                "The pier will reopen in May",
                "the harbour master",
                "said"
            )]
        );
        assert_eq!(
            found("The strike is over, said one union official.\n"),
            [seen(
                Reported,
                "The strike is over",
                "one union official",
                "said"
            )]
        );
        assert_eq!(
            found("Talks will resume \"within days,\" officials said.\n"),
            [seen(
                Partial,
                "Talks will resume \"within days,\"",
                "officials",
                "said"
            )]
        );
        // Inverted after a quotation closing the words: the name after the verb is the
        // speaker, not the sentence's subject, and a quotation after it goes on.
        assert_eq!(
            found("The plan is a \"disaster,\" said Ruiz.\n"),
            [seen(Partial, "The plan is a \"disaster,\"", "Ruiz", "said")]
        );
        let all = found("The plan is a \"disaster,\" said Ruiz, \"and everyone knows it.\"\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        assert!(all[0].content.ends_with("knows it.\""), "{all:?}");
        // No inversion where no quotation ended before the verb.
        let all = found("Ana Ruiz, the mayor, warned Tuesday, \"We will not pay.\"\n");
        assert_eq!(all[0].content, "\"We will not pay.\"", "{all:?}");
    }

    #[test]
    fn a_relative_clause_on_an_inverted_speaker_describes_them() {
        for text in [
            "The deal is close, said a senior aide who asked not to be named.\n",
            "The deal is close, said a senior aide who was not authorized to speak.\n",
            "The deal is close, said a senior aide whose office drafted it, in an interview.\n",
        ] {
            let all = found(text);
            assert_eq!(
                all.first(),
                Some(&seen(
                    Reported,
                    "The deal is close",
                    "a senior aide",
                    "said"
                )),
                "{text}"
            );
        }
        // Quoted, the speaker is the phrase without the clause as well.
        let all = found("\"The deal is close,\" said a senior aide who asked not to be named.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("a senior aide"), "{all:?}");
    }

    #[test]
    fn a_description_of_the_speaker_after_an_inverted_cue_is_no_part_of_what_was_said() {
        for (text, speaker, cue) in [
            (
                "The race will be close, said Dana Ruiz, a political scientist at the university.\n",
                "Dana Ruiz",
                "said",
            ),
            (
                "The race will be close, says Dana Ruiz, director of the poll.\n",
                "Dana Ruiz",
                "says",
            ),
            (
                "The race will be close, said Dana Ruiz, who teaches law, in an interview.\n",
                "Dana Ruiz",
                "said",
            ),
            (
                "The race will be close, said Dana Ruiz, Gallup's chief pollster.\n",
                "Dana Ruiz",
                "said",
            ),
            ("The race will be close, said Ruiz, the mayor's son.\n", "Ruiz", "said"),
        ] {
            assert_eq!(
                found(text),
                [seen(Reported, "The race will be close", speaker, cue)],
                "{text}"
            );
        }
        // A clause of the speaker's own after the description: theirs, said apart.
        let all = found(
            "The race will be close, said Dana Ruiz, a pollster at the university, who \
             notes that turnout has fallen.\n",
        );
        assert_eq!(all[0].content, "The race will be close", "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Dana Ruiz"));
        // A place's state is the description's still.
        assert_eq!(
            found("The race will be close, said Ana Ruiz, a consultant in Alexandria, Va.\n"),
            [seen(Reported, "The race will be close", "Ana Ruiz", "said")]
        );
        // A verb, a pronoun or a plain noun after the name goes on with what was said.
        for text in [
            "The pier, said Ruiz, will reopen in May.\n",
            "If we lose, said Ana Ruiz, we will appeal in May.\n",
            "The problem, said Ana Ruiz, the city will reopen in May.\n",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert!(
                all[0].content.ends_with("reopen in May")
                    || all[0].content.ends_with("appeal in May"),
                "{all:?}"
            );
        }
        // Where the sentence goes on after the description, that is what was said too.
        let all = found(
            "Rather than see the tax rise, said Ana Ruiz, a vice president, the firm wants cuts.\n",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert!(all[0].content.ends_with("the firm wants cuts"), "{all:?}");
        assert!(all[0].content.starts_with("Rather than"), "{all:?}");
        // A word that goes on with the sentence opens no description.
        let all = found("The race will be close, said Ruiz, but the polls disagree.\n");
        assert!(all[0].content.ends_with("the polls disagree"), "{all:?}");
        // Where or when it was said ends the sentence.
        assert_eq!(
            found("The race will be close, said Ruiz, in an interview.\n"),
            [seen(Reported, "The race will be close", "Ruiz", "said")]
        );
    }

    #[test]
    fn people_named_by_a_described_plural_close_what_they_said() {
        let all = one_each(&[
            (
                "The pier will reopen in May, federal officials said.\n",
                "federal officials",
            ),
            (
                "The race will tighten, political experts said.\n",
                "political experts",
            ),
            (
                "Turnout was high, local GOP leaders said.\n",
                "local GOP leaders",
            ),
            (
                "Cyber security experts said turnout was high.\n",
                "Cyber security experts",
            ),
        ]);
        let contents: Vec<&str> = all.iter().map(|a| a.content.as_str()).collect();
        assert_eq!(
            contents,
            [
                "The pier will reopen in May",
                "The race will tighten",
                "Turnout was high",
                "turnout was high"
            ]
        );
        // Not what holds a preposition or a pronoun: "majorities of voters" are
        // described by what follows, not by words before a plural.
        nobody_named(
            "Prices rose, something many economists said.\n",
            "something many economists",
        );
    }

    #[test]
    fn a_part_of_a_group_speaks_as_the_group() {
        one_each(&[
            (
                "Most of the candidates said they back the plan.\n",
                "Most of the candidates",
            ),
            (
                "Two of the senators said they back the plan.\n",
                "Two of the senators",
            ),
            (
                "One of his advisers said the plan was dead.\n",
                "One of his advisers",
            ),
            // A group described by a word only the sentence capitalises.
            (
                "Small groups of protesters said the march would go on.\n",
                "Small groups of protesters",
            ),
            (
                "Large crowds of supporters said, \"We will be back.\"\n",
                "Large crowds of supporters",
            ),
        ]);
        // "One of the central claims" is a claim, not a person.
        nobody_named(
            "One of the central claims she made does not stand up, critics said.\n",
            "One of the central",
        );
    }

    #[test]
    fn people_described_by_what_they_do_speak_not_what_they_do_it_to() {
        one_each(&[
            (
                "Protesters marching through the streets chanted, \"No more war.\"\n",
                "Protesters marching through the streets",
            ),
            (
                "A man wearing a red hat shouted, \"Build the wall!\"\n",
                "A man wearing a red hat",
            ),
            (
                "Supporters backing Ruiz chanted, \"Four more years.\"\n",
                "Supporters backing Ruiz",
            ),
            (
                "Voters interviewed outside polling stations in Ohio said they were tired.\n",
                "Voters interviewed outside polling stations in Ohio",
            ),
            (
                "Residents living near the plant complained that the water smelled.\n",
                "Residents living near the plant",
            ),
            (
                "Police covering the march said the crowd was calm.\n",
                "Police covering the march",
            ),
            // With an adverbial of its own before the verb.
            (
                "Voters surveyed recently said they wanted change.\n",
                "Voters surveyed recently",
            ),
            (
                "Residents interviewed Tuesday said the water was brown.\n",
                "Residents interviewed Tuesday",
            ),
            (
                "Voters leaving polling stations on Tuesday said they were tired.\n",
                "Voters leaving polling stations on Tuesday",
            ),
        ]);
        // After a headline without a stop, or a dateline, as well.
        one_each(&[
            (
                "Pier rally\n\nProtesters marching to the pier chanted, \"Stay.\"\n",
                "Protesters marching to the pier",
            ),
            (
                "LISBON - Students marching to the pier chanted, \"Stay.\"\n",
                "Students marching to the pier",
            ),
        ]);
        // Not what leads into a clause of its own, nor a clause its "that" left out.
        nobody_named(
            "Voters waited in line while officials said the machines were broken.\n",
            "Voters waited in line while officials",
        );
        nobody_named(
            "Voters looked at the candidates Ruiz said were weak.\n",
            "Voters looked at the candidates Ruiz",
        );
        // A verb of the sentence's own, with its object, is no description: the
        // senator spoke, not "the senator emailed supporters".
        nobody_named(
            "The senator emailed supporters saying, \"The struggle continues.\"\n",
            "The senator emailed supporters",
        );
        nobody_named(
            "The candidate changed her story and said she had not sent them.\n",
            "The candidate changed her story",
        );
        // Nor does a participle bring in what is no person or a clause.
        nobody_named(
            "A woman asked for a photo and Ruiz said, \"Of course.\"\n",
            "A woman asked for a photo and Ruiz",
        );
        nobody_named(
            "The heads of both lobbying firms told AP they saw no need.\n",
            "both lobbying firms",
        );
    }

    #[test]
    fn a_speaker_named_beside_a_description_or_a_party() {
        let all = one_each(&[
            (
                "The tool helps in a crisis, a spokeswoman, Anna White, said on Saturday.\n",
                "Anna White",
            ),
            (
                "The plan is dead, Rep. Jim Jordan (R-Ohio) said.\n",
                "Rep. Jim Jordan",
            ),
            (
                "Ruiz was kind and responsible, a harbour official told The New York Times.\n",
                "a harbour official",
            ),
        ]);
        let contents: Vec<&str> = all.iter().map(|a| a.content.as_str()).collect();
        assert_eq!(
            contents,
            [
                "The tool helps in a crisis",
                "The plan is dead",
                "Ruiz was kind and responsible"
            ]
        );
    }

    #[test]
    fn an_attribution_inside_what_was_said() {
        assert_eq!(
            found("The pier, officials said, will reopen in May.\n"),
            [seen(
                Reported,
                "The pier, officials said, will reopen in May",
                "officials",
                "said"
            )]
        );
    }

    #[test]
    fn a_rare_cue_after_a_clause_is_not_its_attribution() {
        // The verb belongs to a clause about the sale, not to what came before it.
        let text = "Long ago, the city sold the pier to the harbour, a sale Ruiz has \
                    referenced to justify the fees.\n";
        assert!(found(text)
            .iter()
            .all(|s| !s.content.starts_with("Long ago")));
    }

    #[test]
    fn a_cue_followed_by_its_own_content_is_not_one() {
        assert_eq!(
            found("After the vote, Ruiz said that the pier would reopen.\n"),
            [seen(Reported, "that the pier would reopen", "Ruiz", "said")]
        );
    }
}
