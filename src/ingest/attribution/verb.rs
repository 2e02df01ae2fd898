//! A verb of saying with its subject: "Putin said ...", "the Kremlin has insisted that
//! ...", "he was told by aides ...", "..., calling them 'game-changing'".

use std::ops::Range;

use super::super::cues::{self, Cue};
use super::super::quotes::Quote;
use super::super::sentences::{flags, Sentence};
use super::super::speakers::names_people;
use super::after_quote::{after_quote, DESCRIBED_AT_MOST};
use super::anonymity;
use super::before::{closes_statement, reported_before, CueAt};
use super::content::{content_after, trim_marks};
use super::negation::refusing;
use super::nominal::nominal;
use super::phrases::{
    clause_subject, ends_a_name, is_plural, is_preposition, np_in_clause, np_left, np_right,
    opens_description, party_bracket, relative_clause_subject, share_of_people, subject_of,
    SubjectBefore,
};
use super::words::*;
use super::{Attribution, Doc};
use crate::model::words::number_word;

/// The cue at token `i`, `word` in lower case, if it is one: the token after it and
/// what kind it is. "Made" is one only as "made the point" or "made the case".
///
/// Asked only of words the tokenizer flagged `MAY_BE_CUE`, and before `at_cue`, so
/// that the many words the flag let through that are no cue cost no call.
#[inline]
pub(super) fn cue_at(doc: &Doc, i: usize, word: &str) -> Option<(usize, Cue)> {
    if word == "made" && matches!(doc.lower(i + 2), "point" | "case") && doc.lower(i + 1) == "the" {
        Some((i + 3, Cue::Verb))
    } else if matches!(word, "shot" | "fired") && doc.lower(i + 1) == "back" {
        // "Ruiz shot back, "..."", "..., Ruiz fired back.": a retort, where the words
        // said or the sentence's end follow; not "fired back at the gunmen".
        let after = i + 2;
        let said =
            matches!(doc.word(after), "," | ":" | "." | "that" | "") || doc.is_quote_mark(after);
        said.then_some((after, Cue::Verb))
    } else if matches!(word, "alleged" | "allege") {
        // "Trump alleged that ...": the verb only with its "that", where "the alleged
        // victim" describes someone (the lexicon leaves both out).
        (doc.lower(i + 1) == "that").then_some((i + 1, Cue::Verb))
    } else {
        Some((i + 1, cues::flagged_cue(word)?))
    }
}

/// The statement of the verb of saying at token `i`, if it is one; `cue` is its word
/// in lower case and what `cue_at` found there. `quote_before` says whether a
/// quotation ends in the sentence before the cue: without one, the cue cannot follow a
/// quotation and that reading is not tried.
pub(super) fn at_cue(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    (word, cue_end, cue_kind): (&str, usize, Cue),
    quote_before: bool,
    candidates: &[(usize, Attribution)],
) -> Option<Attribution> {
    // "who asked not to be named", "requested anonymity": the speaker's name kept back,
    // nothing said.
    if anonymity::withholds_name(doc, cue_end) {
        return None;
    }
    // "“...,” McCain said, asked about the delay": after a statement of the sentence,
    // the speaker was asked, by someone not named; what about is nothing said. Not
    // "..., asked Ruiz", whose question it is, nor "Ruiz paused, asked whether ...".
    if matches!(word, "asked" | "questioned" | "pressed")
        && i > sentence.tokens.start
        && doc.word(i - 1) == ","
        && candidates.last().is_some_and(|(_, a)| a.sentence == s)
        && matches!(
            doc.lower(cue_end),
            "about" | "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "by" | "on"
        )
    {
        return None;
    }
    let earlier = candidates.last().map(|(_, a)| a);
    let cue_span = doc.tokens.start(i)..doc.tokens.end(cue_end - 1);
    if word == "asked" {
        if let Some(question) = question_asked(doc, sentence, s, i, cue_span.clone()) {
            return Some(question);
        }
    }
    // "met to discuss": an intention, not a statement; "voters in the state" and "the
    // former secretary of state": a noun.
    // Refusing to say is told as not saying ("declined to say whether"); refusing to
    // do anything else ("declined to threaten Moscow") is no statement.
    let refused = i > sentence.tokens.start + 1
        && refusing(doc.lower(i - 2))
        && matches!(
            word,
            "say"
                | "comment"
                | "discuss"
                | "elaborate"
                | "specify"
                | "disclose"
                | "confirm"
                | "explain"
                | "speculate"
                | "predict"
                | "reveal"
                | "answer"
                | "detail"
        );
    if i > sentence.tokens.start
        && match doc.lower(i - 1) {
            "to" => !refused,
            w => makes_a_noun(w),
        }
    {
        return None;
    }
    // "voters in states that award delegates", "the four states that voted", "their home
    // states": after a preposition, a number or a word that opens a noun phrase, the
    // states are places.
    if matches!(word, "state" | "states") && i > sentence.tokens.start {
        let before = doc.lower(i - 1);
        if (before != "to" && PREPOSITIONS.contains(&before))
            || DETERMINERS_SET.contains(before)
            || number_word(before).is_some()
            || before.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
    }
    // "The ad shows Ruiz saying ...": what Ruiz is shown saying is hers, the participle's
    // statement, not the ad's.
    if shows(word) && shows_someone_saying(doc, i, sentence.tokens.end) {
        return None;
    }
    // "none were added to the slate": what was added was put in, not said; so was
    // a number of anything ("organizers added 160 security personnel").
    if word == "added" && i > sentence.tokens.start && PASSIVE.contains(&doc.lower(i - 1)) {
        return None;
    }
    if word.starts_with("add") && counts(doc, cue_end) {
        // Not a number opening a clause: "added 20 percent of voters were undecided".
        let reach = sentence.tokens.end.min(cue_end + 8);
        let verb = (cue_end + 1..reach).any(|k| {
            let w = doc.lower(k);
            is_auxiliary(w) || is_past(w) || doc.is_quote_mark(k)
        });
        if !verb {
            return None;
        }
    }
    // "The crowd cheered and he laughed", "which he both defended and minimized": a
    // verb joined to what follows by "and" has no words of its own after it (a verb of
    // saying after the "and" is a cue of its own); nor has one whose particle makes it
    // a verb of doing ("was booed and shouted down", not "yelled down the stairs that
    // ..."). After a quotation the verb is its cue: `"Yes," Ruiz said and nodded`.
    let joined = match doc.word(cue_end) {
        "down" => !(cue_end + 1..sentence.tokens.end)
            .any(|k| doc.lower(k) == "that" || doc.is_quote_mark(k)),
        w => coordinates(w),
    };
    if joined && !quote_before {
        return None;
    }
    // "She wrote a children's book", "Ginsburg wrote the majority opinion": a work
    // written, which says nothing here.
    if matches!(word, "wrote" | "writes" | "write")
        && writes_a_work(doc, cue_end, sentence.tokens.end)
    {
        return None;
    }
    // "Clearly rattled, Ruiz said ...", "Pressed, she conceded ...": a participle
    // opening the sentence, after no more than adverbs, tells how its subject was; the
    // verb of saying comes after.
    if doc.word(cue_end) == ","
        && word.ends_with("ed")
        && participle_aside(doc, sentence, i, cue_end)
    {
        return None;
    }
    // "The deal, announced Friday, would last": a participle saying when, not speech.
    if i > sentence.tokens.start && doc.word(i - 1) == "," && word.ends_with("ed") {
        let after_time = (cue_end..sentence.tokens.end)
            .find(|&k| !doc.in_time(k))
            .unwrap_or(sentence.tokens.end);
        // Not when what was said follows: `Ruiz, the mayor, warned Tuesday, "..."`.
        let said_after = doc.is_quote_mark(after_time + 1)
            || matches!(doc.lower(after_time + 1), "saying" | "that");
        if after_time > cue_end && doc.word(after_time) == "," && !said_after {
            return None;
        }
    }
    // "the reality TV show "The Apprentice"", "his weekly show": a noun, the title after
    // it no quotation; "polls show" has a plural subject.
    if word == "show" && !shown_by_plural(doc, sentence.tokens.start, i) {
        return None;
    }
    // "The book she wrote sold well", "the things he said about her": the cue's
    // object is the noun before its subject, what it says no words after it.
    if reduced_relative(doc, sentence, i, cue_end) {
        return None;
    }
    // "so many Republican claims as inaccurate", "Both reports say": after a
    // determiner of many, a word in "-s" that may be a noun is its plural, not a verb
    // ("Many a voter says", "Half of those polled says" are verbs).
    if may_be_plural_noun(word) && counted_before(doc, sentence.tokens.start, i) {
        return None;
    }
    // "a large pledged delegate lead": the delegates' kind, nothing pledged here.
    if word == "pledged" && matches!(doc.lower(cue_end), "delegate" | "delegates") {
        return None;
    }
    let written = cues::is_written(word);
    // After a possessive a cue is a noun, whatever else it may be: "Editor's note:",
    // "Ruiz's claim"; not after "he's" or "that's", which are "he has", "that is".
    let owned = i > sentence.tokens.start
        && possessor(doc.lower(i - 1)).is_some_and(|bare| {
            !is_pronoun(bare)
                && !matches!(
                    bare,
                    "that" | "there" | "here" | "who" | "what" | "where" | "let"
                )
        });
    if cue_kind == Cue::Noun || owned {
        return nominal(doc, sentence, s, i, cue_span);
    }
    let sentence_end = sentence.tokens.end;
    // A quotation just before the cue: "...," he said / "..." said Putin.
    if quote_before {
        if let Some(att) = after_quote(doc, sentence, s, i, cue_end, cue_span.clone(), written) {
            return Some(att);
        }
    }
    // "Ruiz reported from Kabul": where a reporter was, not what was said; "the ad
    // concludes with footage of ...": how something ends.
    if matches!(word, "reported" | "reporting") && doc.lower(cue_end) == "from"
        || word.starts_with("conclud") && matches!(doc.lower(cue_end), "with" | "by")
    {
        return None;
    }
    // "Read" is a cue only for a document's words beside a quotation: `"...," the
    // email read`, `the sign reads: "..."`; "she read the report" says nothing.
    if matches!(word, "read" | "reads")
        && !(doc.word(cue_end) == ":" && doc.is_quote_mark(cue_end + 1))
    {
        return None;
    }
    let at = CueAt {
        word,
        end: cue_end,
        span: cue_span.clone(),
        written,
    };
    let subject = SubjectBefore::new(doc, sentence.tokens.start, i);
    // What was said before the cue: "The pier will reopen, officials said." Where the
    // sentence so far is another's statement, its speaker opening it, and the cue ends
    // the sentence after its own subject, what the cue reports holds that statement
    // whole ("Ruiz told the council the pier would reopen, the Post reported"); not
    // where the subject is the same speaker ("..., he added", "..., Ruiz said").
    // Asked first: most cues end no sentence.
    let ends = || {
        (cue_end..sentence.tokens.end)
            .find(|&k| !doc.in_time(k))
            .is_none_or(|k| doc.word(k) == ".")
    };
    let nests = earlier.is_some_and(|last| {
        if !ends() || !closes_statement(word) {
            return false;
        }
        let (_, first) = &candidates[0];
        let opener = first.mention.as_ref().filter(|m| {
            doc.first_token_from(m.start) == sentence.tokens.start && !first.shares_previous
        });
        let other = |np: &Range<usize>, m: &Range<usize>| {
            let said = &doc.lower_text[np.clone()];
            fn last_word(t: &str) -> &str {
                t.rsplit(' ').next().unwrap_or_default()
            }
            !is_pronoun(said) && last_word(said) != last_word(&doc.lower_text[m.clone()])
        };
        first.fragments.is_empty()
            && last.fragments.is_empty()
            && last.content.start < doc.tokens.start(i)
            && opener.is_some_and(|m| subject.np().is_some_and(|np| other(&np, m)))
    });
    let floor = earlier.filter(|_| !nests).map_or(0, |e| {
        let cue = e.cue.as_ref().map_or(0, |c| c.end);
        cue.max(e.mention.as_ref().map_or(0, |m| m.end))
    });
    let before = reported_before(doc, sentence, s, at, floor, &subject);
    if before.is_some() {
        return before;
    }
    // Turned away below whatever their subject: tested before it is looked for. Not
    // "Continued Ruiz: "..."", the cue opening the sentence before its speaker.
    if matches!(
        word,
        "continued" | "declined" | "refused" | "refuses" | "refusing"
    ) && !(word == "continued" && i == sentence.tokens.start)
    {
        return None;
    }
    // Subject before the verb.
    let mut j = i;
    while j > sentence.tokens.start {
        let w = doc.lower(j - 1);
        // "has long said": "long" after an auxiliary is an adverb.
        let long = w == "long" && j - 1 > sentence.tokens.start && is_auxiliary(doc.lower(j - 2));
        if (SKIP_SET.contains(w)
            || long
            || doc.in_time(j - 1)
            || (is_adverb(w) && doc.is_word(j - 1) && !doc.capitalised(j - 1))
            || after_subject(doc, sentence.tokens.start, j - 1))
            && !ends_a_name(doc, sentence.tokens.start, j - 1)
        {
            j -= 1;
        } else if w == "to" && j - 1 > sentence.tokens.start && refusing(doc.lower(j - 2)) {
            // "Jones declined to say whether": refusing is saying nothing, which the
            // cue holds (`negation`) as it holds "did not".
            j -= 2;
        } else {
            break;
        }
    }
    // "A new poll released Monday showed", "A CNN poll of South Carolina showed": what
    // the findings are told by after their noun is stepped over to it.
    if shows_findings(word) {
        if let Some(head) = findings_before(doc, sentence.tokens.start, j) {
            j = head + 1;
        }
    }
    // "The justice -- who has been in a scuffle with Trump -- said": step over the
    // aside set off by dashes.
    let aside = dash_aside_start(doc, sentence.tokens.start, j).map(|open| open..j);
    if let Some(aside) = &aside {
        j = aside.start;
    }
    // "Sen. John Cornyn (R-Texas) told": step over the bracket; a party's, also with a
    // comma after it ("Sen. Jack Reed (D-R.I.), said").
    if j > sentence.tokens.start + 1 && doc.word(j - 1) == "," {
        if let Some(open) = party_bracket(doc, sentence.tokens.start, j - 1) {
            j = open;
        }
    }
    if j > sentence.tokens.start && doc.word(j - 1) == ")" {
        if let Some(open) = (sentence.tokens.start..j - 1)
            .rev()
            .take(8)
            .find(|&k| doc.word(k) == "(")
        {
            j = open;
        }
    }
    // Not a passive in the aside: "The justice -- who has been in a scuffle -- said".
    let passive = (j..i)
        .filter(|k| !aside.as_ref().is_some_and(|a| a.contains(k)))
        .any(|k| PASSIVE.contains(&doc.lower(k)))
        && word.ends_with('d');
    // "Ruiz was asked about the pier": what was asked of someone, by no one named, is
    // no one's statement.
    if passive
        && matches!(word, "asked" | "questioned" | "pressed" | "told")
        && doc.lower(cue_end) != "by"
    {
        return None;
    }
    // Only a passive ("was called by") or a sentence opened by its cue moves what was
    // said past the cue's end: otherwise a cue that needs a complement and has none is
    // turned away before its subject is looked for, as it would be after.
    // "A new poll shows Trump with his largest lead", "The poll found Trump receiving 20
    // percent": what findings show is what follows, a clause or not.
    let finding = shows_findings(word)
        && j > sentence.tokens.start
        && reports_findings(doc.lower(j - 1))
        && findings_subject(doc, sentence.tokens.start, j - 1);
    if !passive
        && !finding
        && j > sentence.tokens.start
        && cues::needs_complement(word)
        && !complemented(doc, cue_end, sentence_end)
    {
        return None;
    }
    // "a contractor accused of spying": the one accused, with no one named accusing;
    // not "the senator she has accused of lying".
    if !passive
        && j == i
        && i > sentence.tokens.start
        && !is_pronoun(doc.lower(i - 1))
        && matches!(word, "accused" | "charged" | "suspected" | "convicted")
        && matches!(doc.lower(cue_end), "of" | "with")
    {
        return None;
    }
    let mut mention = None;
    let mut same = false;
    let mut content_from = cue_end;
    // Where a relative clause holding the cue ends: "Ruiz, who said the pier was
    // safe, left early".
    let mut clause_end = sentence_end;
    if !passive && j > sentence.tokens.start && doc.lower(j - 1) == "who" {
        let (np, clause) = who_said(doc, sentence, j - 1)?;
        mention = Some(np);
        clause_end = clause;
    } else if passive {
        if doc.lower(cue_end) == "by" {
            if let Some(np) = np_right(doc, cue_end + 1, sentence_end) {
                content_from = doc.first_token_from(np.end);
                mention = Some(np);
            }
        }
        // "Officials were angered by the deal and predicted ...": the verb after "and"
        // is the statement's.
        if coordinates(doc.word(content_from)) {
            return None;
        }
        // "no documents were deemed relevant", "it was retweeted over 25,000 times":
        // with no one named saying it, a few words are how something was taken, not
        // something said; a clause ("It was reported that ...") or a quotation is.
        // Nor is a clause after a comma ("The proposal was rejected, a person familiar
        // with the talks said"): the passive ended its own clause.
        let said = mention.is_some()
            || matches!(doc.lower(content_from), "that" | ":")
            || doc.is_quote_mark(content_from)
            || doc.word(content_from) == "," && doc.is_quote_mark(content_from + 1)
            || doc.word(content_from) != ","
                && (content_from..sentence_end)
                    .filter(|&k| doc.is_word(k))
                    .nth(PASSIVE_WORDS)
                    .is_some();
        if !said {
            return None;
        }
    } else if j == sentence.tokens.start
        || closes_quote_inverted(word) && opened_by_a_phrase(doc, sentence.tokens.start, j)
    {
        // "Said the mayor, \"...\"", "But, said Solovey, \"...\"": the cue opens the
        // sentence, or a clause after a word or phrase that leads into it, its speaker
        // after it.
        if i != j || !closes_quote_inverted(word) {
            return None;
        }
        let np = np_right(doc, cue_end, sentence_end)?;
        let mut after = doc.first_token_from(np.end);
        // "Said Dorothy Poynter, who grew up with Ali, \"...\"": past a description of
        // the speaker set off by commas.
        if doc.word(after) == "," && !doc.is_quote_mark(after + 1) {
            if let Some(comma) = (after + 1..sentence_end.min(after + DESCRIBED_AT_MOST))
                .take_while(|&k| !doc.is_quote_mark(k))
                .find(|&k| doc.word(k) == ",")
            {
                after = comma;
            }
        }
        if !matches!(doc.word(after), "," | ":") {
            return None;
        }
        after += 1;
        if !doc.is_quote_mark(after) {
            return None;
        }
        mention = Some(np);
        content_from = after;
    } else {
        let before = doc.lower(j - 1);
        if cues::is_participle(word) && before == ","
            || before == "," && j - 1 > sentence.tokens.start && doc.is_quote_mark(j - 2)
        {
            // "..., calling them 'game-changing'": leans on the statement before.
            if !cues::is_participle(word) {
                return None;
            }
            // "Ruiz dismissed Lopez's claims, saying ...": the one a noun cue belongs to
            // is the object's owner; the sentence's subject is the one saying.
            let nominal = earlier
                .and_then(|last| last.cue.as_ref())
                .is_some_and(|c| cues::cue(&doc.lower_text[c.clone()]) == Some(Cue::Noun));
            // "Trump defended not paying an architect who said he was stiffed, saying
            // ...": the statement before is a relative clause's, of someone the
            // sentence speaks of; the one saying is the sentence's subject.
            let relative = earlier
                .and_then(|last| last.mention.as_ref())
                .is_some_and(|m| {
                    let said = &doc.lower_text[m.clone()];
                    said.ends_with(" who") && !said.ends_with(", who")
                });
            let subject = if nominal || relative || earlier.is_none() {
                // No statement before in the sentence: its subject says it ("Speaking in
                // Salem, Ruiz went after Brandt, calling him ...").
                clause_subject(doc, sentence.tokens.start, j - 1)
                    .or_else(|| subject_of(doc, sentence.tokens.start, j - 1))
            } else {
                None
            };
            match subject {
                Some(subject) => mention = Some(subject),
                None => {
                    mention = earlier?.mention.clone();
                    same = true;
                }
            }
            // "Clinton attacked Trump, saying he would ...": reported words too, where
            // the participle is one of saying and a clause follows it.
            let content = content_after(doc, content_from, sentence_end);
            if !doc.marks.has_quotation(&content) && !reports_a_clause(doc, word, content_from) {
                return None;
            }
        } else if let Some(np) = relative_clause_subject(doc, sentence.tokens.start, j) {
            mention = Some(np);
        } else if let Some(np) = (before == ",")
            .then(|| clause_subject(doc, sentence.tokens.start, j))
            .flatten()
        {
            // "Ruiz, leading in the polls, questioned ...".
            mention = Some(np);
        } else if let Some(np) = matches!(before, "and" | "but" | "or")
            .then(|| coordinated_subject(doc, sentence, j - 1, candidates))
            .flatten()
        {
            same = np.is_err();
            mention = Some(np.unwrap_or_else(|np| np));
        } else if matches!(before, "and" | "but" | "," | "or") {
            if let Some(last) = earlier {
                mention = last.mention.clone();
                same = true;
            } else {
                mention = np_in_clause(doc, sentence.tokens.start, j - 1)
                    .or_else(|| described_by_who(doc, sentence.tokens.start, j - 1));
                mention.as_ref()?;
            }
        } else if before == "," {
            return None;
        } else if let Some(name) = cues::is_participle(word)
            .then(|| shown_saying(doc, sentence.tokens.start, j))
            .flatten()
        {
            // "The ad uses footage of Hillary Clinton asking, ...", "The ad shows Ruiz
            // saying ...": whoever is shown saying it said it.
            mention = Some(name);
        } else if let Some(subject) = cues::is_participle(word)
            .then(|| object_then_participle(doc, sentence.tokens.start, j))
            .flatten()
            .filter(|s| earlier.is_none_or(|e| e.mention.as_ref() == Some(s)))
        {
            // "He sent a memo to the Post in April explaining ...": the object of the
            // verb before explains nothing; the clause's subject does. So too where
            // the verb is a cue of the subject's: "He wrote a letter to Zucker asking
            // ..." is his.
            mention = Some(subject);
        } else {
            // The phrase `reported_before` found, if it ended where this one does.
            // "Twenty-four percent said": the share of those polled, which a noun
            // phrase of a number and no determiner is not.
            let share = share_of_people(doc, sentence.tokens.start, j);
            // "The man who built the pier said", "People who know him say": the phrase
            // the relative clause describes, not a word of the clause.
            let antecedent = relative_antecedent(doc, sentence.tokens.start, j);
            let np = match (share, antecedent.clone()) {
                (Some(share), _) => Some(share),
                (None, Some(np)) => Some(np),
                (None, None) if subject.known_end() == Some(j) => subject.np(),
                (None, None) => np_left(doc, sentence.tokens.start, j),
            }?;
            // "struck a rare note": after "a", a plain form is a noun, not a verb; not
            // after an auxiliary ("A spokesman for Smith would not say"), nor after a
            // group opening the sentence ("A majority of voters say"). The verb's
            // ending is tested first: most cues end in "s" or "d".
            let first = doc.first_token_from(np.start);
            let group_opening = || {
                first == sentence.tokens.start
                    && !word.ends_with("ing")
                    && names_a_group(&doc.lower_text[np.clone()])
            };
            if !word.ends_with('s')
                && !word.ends_with('d')
                && matches!(doc.lower(first), "a" | "an")
                && !(j..i).any(|k| is_auxiliary(doc.lower(k)))
                && !group_opening()
            {
                return None;
            }
            // "Bush, whom he attacked viciously", "with whom he sparred for months":
            // the verb's object is the one the clause describes, and what follows it
            // is how or when, nothing said.
            // Not where the verb says what the object was called or accused of ("whom
            // he called a 'con artist'", "whom she accused of lying").
            if first > sentence.tokens.start
                && doc.lower(first - 1) == "whom"
                && !names_its_object(word)
                && !matches!(doc.lower(cue_end), "of" | "as")
            {
                return None;
            }
            // The phrase ends with the token before `j`, as `np_left` finds it.
            mention = match antecedent {
                Some(_) => Some(np),
                None => Some(issuer(doc, sentence.tokens.start, &np, j - 1).unwrap_or(np)),
            };
        }
    }
    // "..., not that he is calling for a vote": what the speaker is said not to do.
    if let Some(m) = &mention {
        let first = doc.first_token_from(m.start);
        if first >= sentence.tokens.start + 2
            && doc.lower(first - 1) == "that"
            && doc.lower(first - 2) == "not"
        {
            return None;
        }
    }
    // "Everything Trump says is a lie", "Nothing he said was new": the cue is in a
    // clause naming the words said, which the verb after it judges; no statement. Not
    // "what": "an end to what she said were punitive policies" is hers.
    if is_auxiliary(doc.lower(cue_end))
        && mention
            .as_ref()
            .is_some_and(|m| names_what_was_said(doc, sentence.tokens.start, m))
    {
        return None;
    }
    if cues::needs_complement(word) && !finding && !complemented(doc, content_from, sentence_end) {
        return None;
    }
    if word.ends_with("ed")
        && describes_the_noun_before(doc, sentence.tokens.start, i, content_from, sentence_end)
    {
        return None;
    }
    // "said on condition of anonymity that ...": how it was said, not what; "spoke on
    // condition of anonymity because ..." says nothing.
    if let Some(k) = anonymity::spoken_unnamed(doc, content_from) {
        if !anonymity::says_what_after(doc, k) {
            return None;
        }
        content_from = k;
    }
    let particle = doc.lower(content_from);
    let skips = if word == "called" {
        particle == "on"
    } else {
        // "pointed out", "summed up": the particle is the verb's; not "about" before a
        // number ("said about 20 people have").
        matches!(particle, "as" | "of" | "on" | "against" | "out" | "up")
            || particle == "about"
                && !doc
                    .word(content_from + 1)
                    .starts_with(|c: char| c.is_ascii_digit())
                && number_word(doc.lower(content_from + 1)).is_none()
    };
    if skips {
        content_from += 1;
    }
    // "As experts have pointed out, the plan ...": what was said follows the comma, or
    // the colon ("said: "..."").
    let past_marks = |mut k: usize| {
        while k < clause_end && matches!(doc.word(k), "," | ":") {
            k += 1;
        }
        k
    };
    let comma = doc.word(content_from) == ",";
    content_from = past_marks(content_from);
    // "said, and I quote, ...": the words quoted follow.
    if comma && doc.lower(content_from) == "and" && doc.lower(content_from + 2) == "quote" {
        content_from = past_marks(content_from + 3);
    }
    // "Some in the crowd booed, and when ...": a clause of its own, nothing said.
    if comma && matches!(doc.lower(content_from), "and" | "but" | "or") {
        return None;
    }
    // "said on Monday the pier ...": the time is no part of what was said.
    while content_from < clause_end && doc.in_time(content_from) {
        content_from += 1;
    }
    // "told reporters on Monday that ...", "told The Hill she ...": who was told is no
    // part of what was said, which starts at "that" or at the subject after them. Told
    // no more than that ("..., his aide told CBS News."), it says nothing here.
    if matches!(word, "told" | "tells" | "tell" | "telling") {
        match after_addressee(doc, content_from, clause_end) {
            Addressee::Then(k) => content_from = k,
            Addressee::Only => return None,
            Addressee::Unknown => {}
        }
    }
    // "said in a statement that ...": what was said starts at "that"; "concluded in
    // the absence of a statement" says nothing, nor does who something was done by
    // ("a plan championed by Trump") or what was added to ("adding to her lead").
    // What a speaker "pointed to" or "did not respond to" is, as PARC reads it.
    let adjunct = match doc.lower(content_from) {
        "in" | "at" | "during" | "after" | "with" | "without" | "despite" | "by" => true,
        // "mentioned when he announced the steps", "testified before the panel", "said
        // as much": when or where it was said, not what. Not what was asked or not said
        // ("asked when the vote would be", "would not say when"), nor after a quotation
        // the cue may be the speaker's of ("“...,” Trump, ..., said when asked").
        "when" | "while" | "before" | "since" | "until" | "once" | "as" => {
            !quote_before
                && !matches!(
                    word,
                    "ask"
                        | "asks"
                        | "asked"
                        | "asking"
                        | "wondered"
                        | "wonders"
                        | "say"
                        | "tell"
                        | "explain"
                        | "specify"
                        | "disclose"
                        | "reveal"
                        | "predict"
                )
        }
        "to" => word.starts_with("add") && opens_noun_phrase(doc, content_from + 1),
        _ => false,
    };
    if adjunct {
        let that = (content_from + 1..clause_end.min(content_from + 9))
            .take_while(|&k| doc.is_word(k) || doc.word(k) == ",")
            .find(|&k| doc.lower(k) == "that");
        // Where a quotation follows, the words quoted are what was said: from its
        // opening mark, where only the adjunct's words come before it ("said at a
        // rally in Binghamton, N.Y., “...”").
        match that {
            Some(that) => content_from = that,
            None => {
                // Looked for no further than a clause's length: a sentence may be
                // endless.
                let reach = clause_end.min(content_from + 60);
                let mark = doc
                    .tokens
                    .next_flagged(content_from, reach, flags::QUOTE_MARK)?;
                // A quotation set off from the adjunct by a comma or a colon (or an
                // abbreviation's dot) that ends the clause: one in the adjunct ("in an
                // interview on "Meet the Press" that ...") is a name, one after a
                // clause ("in an op-ed, the candidate "has ..."") a fragment of what
                // was said.
                let at = doc.tokens.start(mark);
                let ends_clause = |q: &Quote| {
                    (doc.first_token_from(q.span.end)..clause_end)
                        .all(|k| matches!(doc.word(k), "." | "," | ";"))
                };
                let set_off = mark > content_from
                    && (matches!(doc.word(mark - 1), "," | ":")
                        || doc.word(mark - 1).ends_with('.'));
                let opens = set_off
                    && doc
                        .quote_at(at)
                        .is_some_and(|q| q.span.start == at && ends_clause(q))
                    && (content_from..mark).all(|k| {
                        (doc.is_word(k) || matches!(doc.word(k), "," | ":"))
                            && doc.lower(k) != "that"
                    });
                if opens {
                    content_from = mark;
                }
            }
        }
    }
    // "Lopez, who endorsed Ruiz and said he would campaign with her, never showed up":
    // what was said ends with the relative clause holding the cue.
    if let Some(m) = &mention {
        let after = doc.first_token_from(m.end);
        let inside = doc.word(after) == ","
            && doc.lower(after + 1) == "who"
            && (after + 2..i).all(|k| doc.word(k) != ",");
        if inside {
            if let Some(comma) =
                (content_from..clause_end).find(|&k| doc.word(k) == "," && !doc.in_quote(k))
            {
                clause_end = comma;
            }
        }
    }
    let clause_end = subordinate_end(doc, sentence, mention.as_ref(), content_from, clause_end);
    let content = content_after(doc, content_from, clause_end);
    if content.is_empty() {
        return None;
    }
    // A belief is a statement of its own only in reported words: "he thinks "..."" is
    // the words of whoever quotes him.
    if matches!(word, "think" | "thinks" | "believe" | "believes")
        && doc.marks.has_quotation(&content)
    {
        return None;
    }
    let found = Attribution::new(
        doc,
        (content, Vec::new()),
        Some(cue_span),
        mention,
        written,
        s,
    );
    Some(Attribution {
        shares_previous: same,
        ..found
    })
}

/// Whether the tokens from `start` to a comma before `j` are a word or short phrase
/// leading into the clause: "But,", "In other words,", "Still,", not a name ("Ruiz,").
fn opened_by_a_phrase(doc: &Doc, start: usize, j: usize) -> bool {
    if j < start + 2 || j > start + 5 || doc.word(j - 1) != "," {
        return false;
    }
    let first = doc.lower(start);
    let leads = joins_clauses(first)
        || is_adverb(first)
        || PREPOSITIONS.contains(&first)
        || matches!(
            first,
            "and" | "still" | "however" | "instead" | "indeed" | "again" | "later" | "finally"
        );
    leads
        && (start..j - 1).all(|k| {
            let w = doc.lower(k);
            doc.is_word(k)
                && (k == start || !doc.capitalised(k))
                && !is_pronoun(w)
                && cues::cue(w).is_none()
        })
}

/// Whether token `k` opens a noun phrase rather than a verb: a determiner, a pronoun
/// as an object, a name or a number ("to the request", "to herself", "to Sanders").
fn opens_noun_phrase(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    DETERMINERS_SET.contains(w)
        || matches!(
            w,
            "him" | "her" | "them" | "it" | "me" | "us" | "himself" | "herself" | "themselves"
        )
        || doc.capitalised(k)
        || w.starts_with(|c: char| c.is_ascii_digit())
}

/// Where the words said end in a clause that a subordinator opens the sentence with,
/// its speaker right after it: "When Ruiz said the pier was safe, nobody believed him"
/// ends at the comma closing the clause, the rest the reporter's. A comma inside a
/// quotation or before an aside in the words (", which is old,") is passed over; a
/// quotation ending in a comma ends them. Read no further than a long clause's length,
/// else `end`.
fn subordinate_end(
    doc: &Doc,
    sentence: &Sentence,
    mention: Option<&Range<usize>>,
    from: usize,
    end: usize,
) -> usize {
    const CLAUSE_REACH: usize = 60;
    let start = sentence.tokens.start;
    // "With Ruiz saying the pier was unsafe, ..." opens a clause as "When" does.
    let opener = doc.lower(start);
    let opened = (subordinates(opener) || opener == "with")
        && mention.is_some_and(|m| doc.first_token_from(m.start) == start + 1);
    if !opened {
        return end;
    }
    let reach = end.min(from + CLAUSE_REACH);
    let mut k = from;
    while k < reach {
        if doc.is_quote_mark(k) {
            if let Some(quote) = doc.quote_at(doc.tokens.start(k)) {
                let after = doc.first_token_from(quote.span.end);
                let closed = doc.text[quote.span.clone()]
                    .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
                    .ends_with(',');
                if closed {
                    return after;
                }
                k = after.max(k + 1);
                continue;
            }
        }
        if doc.word(k) == "," && k > from && !doc.in_number(k) {
            if matches!(
                doc.lower(k + 1),
                "which" | "who" | "whom" | "whose" | "where"
            ) {
                k = (k + 1..reach)
                    .find(|&t| doc.word(t) == ",")
                    .unwrap_or(reach)
                    + 1;
                continue;
            }
            return k;
        }
        k += 1;
    }
    end
}

/// A question put to someone, by whoever asked it: "Asked whether he would run,
/// Ruiz said ...", "Ruiz, when asked if the pier was safe, ...", "Asked by a reporter
/// what he regretted, ...". What was asked is the clause of "whether", "if" or a
/// question word, to the comma that ends it; who asked is the phrase after "by", or
/// no one named. `i` is the token of "asked".
fn question_asked(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    cue: Range<usize>,
) -> Option<Attribution> {
    let end = sentence.tokens.end;
    // Opening the sentence, or after "when" or an auxiliary: the one asked is the
    // subject, not the one asking.
    let put = i == sentence.tokens.start
        || i > sentence.tokens.start
            && matches!(
                doc.lower(i - 1),
                "when" | "was" | "were" | "being" | "is" | "been"
            );
    if !put {
        return None;
    }
    let mut k = i + 1;
    let mut mention = None;
    if doc.lower(k) == "by" {
        let np = np_right(doc, k + 1, end)?;
        k = doc.first_token_from(np.end);
        mention = Some(np);
    }
    // Where or when it was asked, a few words: "on Fox News", "during a debate"; not
    // what it was about ("asked about the protests and whether ...").
    let opener = (k..end.min(k + 8))
        .take_while(|&t| doc.is_word(t) && !matches!(doc.lower(t), "about" | "and"))
        .find(|&t| {
            matches!(
                doc.lower(t),
                "whether" | "if" | "what" | "why" | "how" | "who" | "whom" | "which" | "where"
            )
        })?;
    let comma = (opener + 2..end)
        .find(|&t| matches!(doc.word(t), "," | ";" | "?"))
        .unwrap_or(end);
    let start = doc.tokens.start(opener);
    let content = start..trim_marks(doc, start, doc.tokens.end(comma - 1));
    if content.is_empty() {
        return None;
    }
    Some(Attribution::new(
        doc,
        (content, Vec::new()),
        Some(cue),
        mention,
        false,
        s,
    ))
}

/// Whether token `k` opens a number of something: digits, a sum ("$5 million") or a
/// number's word ("two dozen").
fn counts(doc: &Doc, k: usize) -> bool {
    let w = doc.lower(k);
    w.starts_with(|c: char| c.is_ascii_digit()) || w == "$" || number_word(w).is_some()
}

/// Whether a verb says what its object was called: "whom he called a 'con artist'".
/// The phrase a "who" clause ending just before token `j` describes, when the clause
/// is the verb's subject: "The lawyer who ran three marathons is talking about",
/// "Officials who spoke on condition of anonymity said". Not where "who" follows a
/// verb ("asked who the mayor said"), nor past a mark.
fn relative_antecedent(doc: &Doc, floor: usize, j: usize) -> Option<Range<usize>> {
    /// The most tokens a relative clause takes before the verb.
    const CLAUSE: usize = 16;
    // Words only back to the "who": a mark ends the search, and most subjects have
    // none before them in reach.
    let who = (floor.max(j.saturating_sub(CLAUSE))..j.saturating_sub(1))
        .rev()
        .take_while(|&k| doc.is_word(k))
        .find(|&k| doc.lower(k) == "who")?;
    if who == floor || !doc.is_word(who - 1) || doc.in_quote(who) {
        return None;
    }
    let before = doc.lower(who - 1);
    if cues::cue(before).is_some() || is_past(before) || is_relative(before) {
        return None;
    }
    np_left(doc, floor, who).filter(|np| doc.first_token_from(np.end) == who)
}

/// Where an aside set off by dashes ("—", "–", or "--" typed for one) ends just before
/// token `j` opens, if one does, after a word: the subject's words end before it.
fn dash_aside_start(doc: &Doc, floor: usize, j: usize) -> Option<usize> {
    /// The most tokens an aside takes between its dashes.
    const ASIDE: usize = 30;
    let dash = |k: usize| matches!(doc.word(k), "—" | "–" | "-");
    if j <= floor || !dash(j - 1) {
        return None;
    }
    let mut close = j - 1;
    while close > floor && dash(close - 1) {
        close -= 1;
    }
    let open_end = (floor..close).rev().take(ASIDE).find(|&k| dash(k))?;
    let mut open = open_end;
    while open > floor && dash(open - 1) {
        open -= 1;
    }
    let aside = open_end + 1..close;
    let words = !aside.is_empty() && aside.clone().all(|k| !doc.is_quote_mark(k));
    (open > floor && doc.is_word(open - 1) && words).then_some(open)
}

/// Whether the cue at token `i` opens no words of its own but ends a clause describing
/// the noun before its subject, a pronoun, which is what was said or written: "the book
/// she wrote sold well", "the things he said about her", "the scene she described,
/// although ...". A determiner opens the noun, and after the cue comes a mark, a verb
/// or a preposition, where what was said would be a clause or a quotation ("In the
/// interview he said the pier was safe"). Not a time ("That day he said").
fn reduced_relative(doc: &Doc, sentence: &Sentence, i: usize, cue_end: usize) -> bool {
    let floor = sentence.tokens.start;
    if i < floor + 3 || !is_subject_pronoun(doc.lower(i - 1)) {
        return false;
    }
    let noun = i - 2;
    let w = doc.lower(noun);
    let plain = doc.is_word(noun)
        && !doc.capitalised(noun)
        && !doc.in_time(noun)
        && !SKIP_SET.contains(w)
        && !is_adverb(w)
        && !is_auxiliary(w)
        && !joins_clauses(w)
        && !is_relative(w)
        && !PREPOSITIONS.contains(&w)
        && !DETERMINERS_SET.contains(w)
        && cues::cue(w).is_none();
    if !plain {
        return false;
    }
    let Some(determiner) = (floor.max(noun.saturating_sub(2))..noun)
        .rev()
        .take_while(|&k| doc.is_word(k))
        .find(|&k| opens_description(doc.lower(k)))
    else {
        return false;
    };
    let verb = |w: &str| is_auxiliary(w) || is_past(w) && w != "based" || w == "sold";
    // The noun is a verb's subject or object ("The book she wrote sold well", "regrets
    // the things he said", "the title of the book she wrote"), not that of a phrase
    // opening the sentence or a clause ("In the interview he said ...", "Speaking to
    // the crowd he said, ...", ", after the vote they said"), a time's ("Later that
    // night she said") or an adverb's: before its determiner, a lower-case word that
    // none of those is, or the sentence's start with a verb right after the cue.
    const OPENING_PHRASE: usize = 3;
    let opening = determiner == floor;
    let governed = !opening && {
        let k = determiner - 1;
        let w = doc.lower(k);
        let opens = k < floor + OPENING_PHRASE || doc.word(k - 1) == ",";
        !doc.is_word(k)
            || doc.capitalised(k)
            || doc.in_time(k)
            || PREPOSITIONS.contains(&w) && opens
            || joins_clauses(w)
            || is_adverb(w)
            || matches!(w, "and" | "or")
    };
    if governed || opening && !verb(doc.lower(cue_end)) {
        return false;
    }
    // A verb that says a clause has the noun as that clause's subject where a verb
    // follows: "a decision they say allowed terrorism to grow", "a step they believe
    // could help" (what they say of the decision, a statement).
    const OF_A_CLAUSE: [&str; 21] = [
        "say", "said", "believe", "think", "thought", "claim", "argue", "contend", "predict",
        "hope", "fear", "conclude", "insist", "expect", "estimate", "allege", "warn", "assert",
        "suggest", "conced", "worr",
    ];
    let cue = doc.lower(i);
    let of_a_clause = OF_A_CLAUSE.iter().any(|stem| cue.starts_with(stem));
    let next = doc.lower(cue_end);
    // "At the rally he said on Monday that ...", "... in an interview: ...": a time, or
    // a clause or quotation just after the preposition's phrase, is what was said after
    // all; not a "that" a verb follows, which describes a noun ("the companies he
    // listed on his records that have outsourced jobs").
    const PHRASE_AT_MOST: usize = 6;
    let said_further = || {
        doc.in_time(cue_end + 1)
            || (cue_end..sentence.tokens.end.min(cue_end + PHRASE_AT_MOST)).any(|k| {
                doc.is_quote_mark(k)
                    || doc.word(k) == ":"
                    || doc.lower(k) == "that" && !verb(doc.lower(k + 1))
            })
    };
    matches!(doc.word(cue_end), "," | "." | ";") && !doc.is_quote_mark(cue_end + 1)
        || PREPOSITIONS.contains(&next) && !said_further()
        || !of_a_clause && (verb(next) || next == "that" && verb(doc.lower(cue_end + 1)))
}

/// Whether a cue in "-s" is also the plural of a noun: "claims", "reports", "notes".
fn may_be_plural_noun(word: &str) -> bool {
    matches!(
        word,
        "claims"
            | "reports"
            | "comments"
            | "notes"
            | "remarks"
            | "tweets"
            | "posts"
            | "charges"
            | "accounts"
            | "estimates"
            | "warnings"
            | "promises"
            | "threats"
            | "complaints"
            | "responses"
            | "answers"
            | "replies"
            | "quotes"
            | "calls"
            | "demands"
            | "pledges"
            | "vows"
    )
}

/// Whether a determiner that counts many ("many", "several", "these", "both") comes
/// just before token `i`, past at most two words describing what it counts ("so many
/// Republican claims"): the word at `i` is then their plural noun. Not past a plural,
/// which is what is counted ("so many analysts shows"), nor where one is counted
/// ("many a critic claims").
fn counted_before(doc: &Doc, floor: usize, i: usize) -> bool {
    let counts = |w: &str| {
        matches!(
            w,
            "many" | "several" | "few" | "these" | "those" | "both" | "numerous" | "various"
        )
    };
    let describes = |w: &str| !is_plural(w) && cues::cue(w).is_none();
    (floor.max(i.saturating_sub(3))..i)
        .rev()
        .take_while(|&k| doc.is_word(k))
        .find(|&k| !describes(doc.lower(k)) || counts(doc.lower(k)))
        .is_some_and(|k| counts(doc.lower(k)) && !matches!(doc.lower(k + 1), "a" | "an"))
}

/// Whether "show" at token `i` has a subject it agrees with, a plural ("Polls show",
/// "Recent polls consistently show", "Records obtained by the AP show", "they show"),
/// which a noun "show" has not ("the TV show", "his weekly show", "could not show it").
fn shown_by_plural(doc: &Doc, floor: usize, i: usize) -> bool {
    /// The most words a phrase after the subject's head takes ("obtained by The
    /// Associated Press").
    const AFTER_HEAD: usize = 6;
    let plural = |w: &str| {
        is_plural(w) && !w.ends_with("'s") && !matches!(w, "this" | "news")
            || matches!(
                w,
                "they" | "we" | "you" | "i" | "data" | "research" | "evidence" | "which" | "that"
            )
    };
    let adverb = |w: &str| {
        w.ends_with("ly")
            || matches!(
                w,
                "also" | "still" | "now" | "all" | "both" | "even" | "often" | "not"
            )
            || matches!(w, "do" | "don't" | "don’t" | "always" | "never")
    };
    let mut k = i;
    while k > floor && doc.is_word(k - 1) && adverb(doc.lower(k - 1)) {
        k -= 1;
    }
    if k == floor || !doc.is_word(k - 1) {
        return false;
    }
    if plural(doc.lower(k - 1)) {
        return true;
    }
    // The head before a phrase that tells whose or which: "Audit files from NGP VAN".
    (floor.max(k.saturating_sub(AFTER_HEAD))..k - 1)
        .rev()
        .take_while(|&j| doc.is_word(j))
        .find(|&j| matches!(doc.lower(j), "from" | "by" | "of" | "in" | "on" | "for"))
        .is_some_and(|prep| {
            let mut head = prep;
            while head > floor
                && matches!(
                    doc.lower(head - 1),
                    "obtained" | "released" | "reviewed" | "published" | "filed" | "compiled"
                )
            {
                head -= 1;
            }
            head > floor && doc.is_word(head - 1) && plural(doc.lower(head - 1))
        })
}

/// Whether a verb tells what findings show: "The poll showed", "A study found".
fn shows_findings(word: &str) -> bool {
    matches!(word, "show" | "shows" | "showed" | "found" | "finds")
}

/// The noun naming findings (`reports_findings`) a few words before token `j`, when the
/// words after it up to `j` tell which findings they are: when or by whom they were
/// made public ("a poll released Monday", the time itself stepped over already, "a
/// survey conducted by Gallup", "a poll out Monday") or what of ("A CNN/ORC poll of
/// South Carolina"). Not a findings noun that is the object of a verb of its own
/// clause ("the campaign that ignored the polls").
fn findings_before(doc: &Doc, floor: usize, j: usize) -> Option<usize> {
    const REACH: usize = 8;
    let head = (floor.max(j.saturating_sub(REACH))..j)
        .rev()
        .find(|&k| reports_findings(doc.lower(k)))?;
    let told = head + 1 < j
        && matches!(
            doc.lower(head + 1),
            "released"
                | "conducted"
                | "published"
                | "issued"
                | "taken"
                | "commissioned"
                | "out"
                | "of"
                | "by"
                | "from"
        );
    // After the first word, names and the few plain words that join them ("by the
    // Pew Research Center", "of likely voters in Iowa").
    let named = (head + 2..j).all(|k| {
        doc.is_word(k)
            && !doc.in_quote(k)
            && (doc.capitalised(k)
                || doc.in_time(k)
                || matches!(
                    doc.lower(k),
                    "the" | "of" | "by" | "for" | "in" | "and" | "likely" | "registered" | "voters"
                ))
    });
    (told && named && findings_subject(doc, floor, head)).then_some(head)
}

/// Whether the noun naming findings at token `head` heads its clause's subject: its
/// phrase ("the new poll", "Campaign finance records") opens the sentence or follows a
/// mark or a word joining clauses, not a verb or a relative ("the aides who read the
/// polls found", "the campaign that ignored the polls showed").
fn findings_subject(doc: &Doc, floor: usize, head: usize) -> bool {
    let mut k = head;
    while k > floor && head - k < 4 {
        let w = doc.lower(k - 1);
        if DETERMINERS_SET.contains(w) {
            k -= 1;
            break;
        }
        let modifier = doc.is_word(k - 1)
            && !is_past(w)
            && !is_relative(w)
            && !PREPOSITIONS.contains(&w)
            && (doc.capitalised(k - 1) || !reads_as_verb(w));
        if !modifier {
            break;
        }
        k -= 1;
    }
    k == floor
        || !doc.is_word(k - 1)
        || joins_clauses(doc.lower(k - 1))
        || matches!(doc.lower(k - 1), "and" | "or" | "that")
}

fn names_its_object(word: &str) -> bool {
    matches!(
        word,
        "called" | "calls" | "dubbed" | "labeled" | "labelled" | "branded" | "termed"
    )
}

/// Whether the phrase of a speaker `mention`, or the word just before it, is the words
/// said ("Everything Trump", "nothing", "the things Ruiz"), rather than who said them.
fn names_what_was_said(doc: &Doc, start: usize, mention: &Range<usize>) -> bool {
    let first = doc.first_token_from(mention.start);
    let last = doc.first_token_from(mention.end);
    (first.saturating_sub(1).max(start)..last).any(|k| {
        matches!(
            doc.lower(k),
            "everything" | "nothing" | "anything" | "things"
        )
    })
}

/// Whether a participle after a comma, with no quotation after it, reports what was
/// said: "saying" before a clause ("saying he would", "saying the deal is dead", not
/// "saying nothing" or "saying goodbye"), and other verbs of saying before "that" or
/// a clause's subject pronoun ("adding that", "arguing they").
fn reports_a_clause(doc: &Doc, word: &str, from: usize) -> bool {
    let first = doc.lower(from);
    let subject = matches!(
        first,
        "that" | "he" | "she" | "they" | "it" | "we" | "i" | "there"
    );
    match word {
        "saying" => {
            doc.is_word(from)
                && !matches!(
                    first,
                    "so" | "goodbye"
                        | "nothing"
                        | "little"
                        | "much"
                        | "anything"
                        | "something"
                        | "more"
                        | "less"
                        | "yes"
                        | "no"
                        | "thanks"
                        | "sorry"
                        | "hello"
                        | "to"
                        | "of"
                        | "about"
                        | "in"
                        | "for"
                        | "with"
                        | "as"
                )
        }
        "adding" | "noting" | "arguing" | "insisting" | "warning" | "claiming" | "explaining"
        | "asserting" | "contending" | "acknowledging" | "maintaining" | "stressing"
        | "predicting" | "complaining" | "declaring" | "stating" | "conceding" | "confirming"
        | "reiterating" | "replying" | "cautioning" => subject,
        _ => false,
    }
}

/// Whether the participle at token `verb` describes the plain noun before it, the
/// sentence's own verb coming after: "refugees admitted to the United States are
/// Christian", "the emails now deemed classified were sent". What follows it from
/// `from` opens with a preposition or a bare word, no subject, and a form of "be"
/// comes before any "that", relative word, comma or quotation.
fn describes_the_noun_before(
    doc: &Doc,
    start: usize,
    verb: usize,
    from: usize,
    end: usize,
) -> bool {
    let mut noun = verb;
    while noun > start && (is_adverb(doc.lower(noun - 1)) || doc.lower(noun - 1) == "now") {
        noun -= 1;
    }
    let Some(noun) = noun.checked_sub(1).filter(|&k| k >= start) else {
        return false;
    };
    let before = doc.lower(noun);
    let plain_noun = doc.is_word(noun)
        && !doc.capitalised(noun)
        && before.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && !is_pronoun(before)
        && !is_auxiliary(before)
        && !is_relative(before);
    let first = doc.lower(from);
    // Not a clause a question word opens ("explained why ... was"), nor a gerund's.
    let opens_clause = matches!(
        first,
        "why"
            | "how"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "whether"
            | "if"
            | "when"
            | "where"
            | "which"
            | "such"
    ) || first.ends_with("ing");
    let no_subject = doc.is_word(from)
        && (PREPOSITIONS.contains(&first)
            || !doc.capitalised(from)
                && !opens_clause
                && !DETERMINERS_SET.contains(first)
                && !is_pronoun(first));
    plain_noun
        && no_subject
        && (from + 1..end.min(from + 9))
            .take_while(|&k| {
                doc.is_word(k)
                    && !doc.is_quote_mark(k)
                    && !matches!(doc.lower(k), "that" | "which" | "who")
            })
            .any(|k| matches!(doc.lower(k), "are" | "is" | "were" | "was"))
}

/// What follows "told" from token `from`: who was told, then where what was said
/// starts; or who was told and nothing more.
enum Addressee {
    /// What was said starts at this token: "that", or a clause's subject pronoun.
    Then(usize),
    /// A name or an outlet and the clause's end: "told CBS News."
    Only,
    /// Neither is told apart: what follows is kept as it is.
    Unknown,
}

/// People a report says were told something, beside the words `names_people` knows.
pub(super) const TOLD_PEOPLE: &[&str] = &[
    "reporters",
    "journalists",
    "supporters",
    "crowd",
    "audience",
    "lawmakers",
    "colleagues",
    "students",
    "listeners",
    "viewers",
    "donors",
    "staff",
];

fn after_addressee(doc: &Doc, from: usize, clause_end: usize) -> Addressee {
    let opens_clause = |k: usize| {
        matches!(
            doc.lower(k),
            "that" | "he" | "she" | "they" | "i" | "we" | "it" | "there"
        )
    };
    if from >= clause_end || opens_clause(from) {
        return Addressee::Unknown;
    }
    // Who was told is a few words: "reporters on Monday", "The New York Times", or a
    // programme's title in quotation marks ("ABC's "This Week"").
    let words = (from..clause_end.min(from + 8)).take_while(|&k| doc.is_word(k));
    // The token after a title opening at token `k`, if one does.
    let title_end = |k: usize| {
        if !doc.is_quote_mark(k) {
            return None;
        }
        let at = doc.tokens.start(k);
        let q = doc.quote_at(at).filter(|q| q.span.start == at)?;
        let inside = doc.text[q.span.clone()].trim_matches(|c: char| !c.is_alphanumeric());
        (inside.starts_with(char::is_uppercase) && inside.split_whitespace().nth(5).is_none())
            .then(|| doc.first_token_from(q.span.end))
    };
    // As many words as there may be, a title aside.
    let mut reach = clause_end.min(from + 8);
    let mut k = from;
    while k < reach {
        if let Some(after) = title_end(k).filter(|&after| after > k) {
            reach = clause_end.min(reach + (after - k));
            k = after;
            continue;
        }
        if !doc.is_word(k) {
            break;
        }
        if opens_clause(k) {
            return Addressee::Then(k);
        }
        k += 1;
    }
    // "told reporters the plan was dead": people told, then a clause's first word.
    let head = from + usize::from(matches!(doc.lower(from), "the" | "his" | "her" | "their"));
    let mut next = head + 1;
    // "told host Sean Hannity a Clinton loss is ...": one person's role, then the name.
    let role = doc.lower(head);
    if names_people(role) && !role.ends_with('s') && doc.capitalised(next) {
        let name_end = (next..clause_end.min(next + 4))
            .find(|&k| !(doc.is_word(k) && doc.capitalised(k)))
            .unwrap_or(clause_end);
        if name_end > next + 1 {
            next = name_end;
        }
    }
    let opens_subject = |k: usize| {
        doc.capitalised(k) || DETERMINERS_SET.contains(doc.lower(k)) || is_pronoun(doc.lower(k))
    };
    if next + 2 < clause_end
        && !doc.capitalised(head)
        && (names_people(doc.lower(head)) || TOLD_PEOPLE.contains(&doc.lower(head)))
        && opens_subject(next)
        && !doc.in_time(next)
    {
        return Addressee::Then(next);
    }
    // The clause less the marks that end it: "CBS News" of "told CBS News.".
    let mut end = clause_end;
    while end > from && matches!(doc.word(end - 1), "." | "," | ";" | "!" | "?") {
        end -= 1;
    }
    let named = |k: usize| {
        doc.word(k).starts_with(char::is_uppercase) || k == from && doc.lower(k) == "the"
    };
    if end > from && end - from <= 4 && words.count() >= end - from && (from..end).all(named) {
        Addressee::Only
    } else {
        Addressee::Unknown
    }
}

/// Whether the participle at `i`, with no more than adverbs before it, opens its
/// sentence or follows a comma, and a comma after it (at `comma`) is followed by a verb
/// of saying of its own: "Clearly rattled, Ruiz said", "Ruiz, visibly rattled, said";
/// not "Kelly added, though, that ...", where "Kelly" is no adverb but the speaker.
fn participle_aside(doc: &Doc, sentence: &Sentence, i: usize, comma: usize) -> bool {
    // An adverb is capitalised only as it opens the sentence.
    let adverb =
        |k: usize| is_adverb(doc.lower(k)) && (k == sentence.tokens.start || !doc.capitalised(k));
    let mut k = i;
    while k > sentence.tokens.start && adverb(k - 1) {
        k -= 1;
    }
    let opens = k == sentence.tokens.start;
    if !opens && doc.word(k - 1) != "," {
        return false;
    }
    // The verb after the comma, and its subject between: a few words, or none for an
    // aside after the subject.
    let Some((verb, cue)) = (doc.tokens)
        .flagged_in(comma + 1..sentence.tokens.end, flags::MAY_BE_CUE)
        .find_map(|k| Some((k, cues::cue(doc.lower(k))?)))
    else {
        return false;
    };
    let subject = comma + 1..verb;
    let sized = if opens {
        !subject.is_empty()
    } else {
        subject.is_empty()
    };
    // Plain words of a noun phrase, then a verb: not "in a statement", "the plane could
    // not have made".
    let plain = |k: usize| {
        let w = doc.lower(k);
        doc.is_word(k) && !is_relative(w) && !PREPOSITIONS.contains(&w) && !SKIP_SET.contains(w)
    };
    sized && subject.len() <= 5 && cue != Cue::Noun && subject.clone().all(plain)
}

/// Whether the words from token `from` to `end`, after a verb of writing, are a work
/// it wrote ("a children's book", "the letter Feb. 2 to the adviser") with no words of
/// it given: no quotation, colon, "that" clause or participle of saying ("a letter
/// saying ..." says what the letter said).
fn writes_a_work(doc: &Doc, from: usize, end: usize) -> bool {
    const WORKS: &[&str] = &[
        "letter",
        "letters",
        "book",
        "books",
        "novel",
        "memoir",
        "biography",
        "chapter",
        "dissertation",
        "thesis",
        "paper",
        "column",
        "op-ed",
        "editorial",
        "essay",
        "article",
        "commentary",
        "introduction",
        "foreword",
        "profile",
        "story",
        "piece",
        "review",
        "memo",
        "note",
        "script",
        "song",
        "songs",
        "lyrics",
        "play",
        "opinion",
        "dissent",
        "bill",
        "law",
        "check",
        "checks",
        "code",
        "speech",
        "blog",
    ];
    let opens = DETERMINERS_SET.contains(doc.lower(from)) || possessor(doc.lower(from)).is_some();
    let work = (from + 1..end.min(from + 5)).any(|k| WORKS.contains(&doc.lower(k)));
    opens
        && work
        && !(from..end).any(|k| {
            let w = doc.lower(k);
            doc.is_quote_mark(k)
                || matches!(w, ":" | "that")
                || cues::is_participle(w) && cues::cue(w).is_some()
        })
}

/// Whether what follows a cue that needs a complement, from token `from`, gives it
/// one: a quotation within a few tokens, or "that", "for", "on" or an object pronoun.
fn complemented(doc: &Doc, from: usize, sentence_end: usize) -> bool {
    let comma_at = if doc.word(from) == "," {
        from
    } else {
        from.wrapping_sub(1)
    };
    if clause_after(doc, comma_at) {
        return false;
    }
    // "states that have voted", "the state that will hold its primary": a "that"
    // followed at once by an auxiliary opens a relative clause on the noun, not what
    // was said (a past may describe the next noun: "found that structured interviews").
    if doc.lower(from) == "that" && is_auxiliary(doc.lower(from + 1)) {
        return false;
    }
    doc.tokens
        .next_flagged(from, sentence_end.min(from + 8), flags::QUOTE_MARK)
        .is_some()
        || matches!(
            doc.lower(from),
            "that" | "for" | "on" | "it" | "him" | "her" | "them"
        )
}

/// Whether a comma at token `comma` opens a clause of its own ("feelings in many
/// Asian states, and it has used ..."): a word before it that may be a noun or a verb
/// ("states") is then the noun, with nothing said.
pub(super) fn clause_after(doc: &Doc, comma: usize) -> bool {
    doc.word(comma) == "," && matches!(doc.lower(comma + 1), "and" | "but" | "or" | "while")
}

/// The speaker of a verb after "and" or "but" at token `and`: the name or pronoun doing
/// something just before ("Ruiz smiled and replied"), else the speaker of the statement
/// the conjunction goes on from, as `Err` ("Ruiz said she welcomed the ruling by the
/// Supreme Court and added ...": the outermost statement, Ruiz's, not one inside what
/// she said), else the clause's subject.
fn coordinated_subject(
    doc: &Doc,
    sentence: &Sentence,
    and: usize,
    candidates: &[(usize, Attribution)],
) -> Option<Result<Range<usize>, Range<usize>>> {
    let start = sentence.tokens.start;
    // Candidates are in the order of their cues: one holding another's cue comes first.
    let mut last = candidates.last().map(|(_, a)| a);
    for _ in 0..candidates.len() {
        let outer = last.and_then(|inner| {
            let cue = inner.cue.as_ref()?;
            candidates.iter().map(|(_, a)| a).find(|a| {
                a.cue.as_ref().is_some_and(|c| c.end <= cue.start)
                    && a.content.start <= cue.start
                    && cue.end <= a.content.end
            })
        });
        match outer {
            Some(outer) => last = Some(outer),
            None => break,
        }
    }
    // Not a question put by no one named ("Asked whether ..., Ruiz shook her head and
    // said"): the one who answers is named after it.
    let last = last.filter(|last| {
        last.cue
            .as_ref()
            .is_some_and(|c| c.end <= doc.tokens.start(and))
            && last.mention.is_some()
    });
    let near = np_in_clause(doc, start, and);
    // "on the Mexican border and adding": a preposition's object does nothing.
    let object = near.as_ref().is_some_and(|np| {
        let first = doc.first_token_from(np.start);
        first > start && PREPOSITIONS.contains(&doc.lower(first - 1))
    });
    let acts = !object
        && near.as_ref().is_some_and(|np| {
            let first = doc.first_token_from(np.start);
            let after = doc.first_token_from(np.end);
            // Inside what was said, a name is what it was about, unless a clause of its own
            // opens on it ("..., to which Putin smiled and replied").
            let reported = last.is_some_and(|last| last.content.contains(&np.start))
                && !(first > start && matches!(doc.lower(first - 1), "which" | "whom" | "when"));
            // A verb after it ("Putin smiled and replied"), not a noun ("adopted a fake
            // Southern accent and joked").
            let verb = doc.lower(after);
            let acting =
                is_pronoun(doc.lower(first)) || SKIP_SET.contains(verb) || reads_as_verb(verb);
            after < and && !reported && acting
        });
    match (near, last) {
        (Some(np), _) if acts => Some(Ok(np)),
        (_, Some(last)) => last.mention.clone().map(Err),
        // "Schilling appeared on a show in Boston and defended himself": the clause's
        // subject, not where it was; the clause "that" opens, if one does ("a narrator
        // reminds viewers that Sanders marched on Washington and says ...").
        (_, None) if object => {
            let from = (start..and)
                .rev()
                .find(|&k| doc.lower(k) == "that")
                .map_or(start, |k| k + 1);
            clause_subject(doc, from, and)
                .or_else(|| subject_of(doc, from, and))
                .map(Ok)
        }
        // "..., in which he laid out a record of misconduct but then announced ...":
        // the pronoun acting before the conjunction, not what it acted on.
        (near, None) => clause_subject(doc, start, and)
            .or_else(|| described_by_who(doc, start, and))
            .or_else(|| acting_pronoun(doc, start, and))
            .or(near)
            .map(Ok),
    }
}

/// Whether a phrase opened by "a" names many people, as its verb in the plural tells:
/// "A majority of voters", "A mere 9 percent", not "A final".
fn names_a_group(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or_default();
    phrase.contains(" of ") || last == "percent" || last.ends_with('%') || is_plural(last)
}

/// The phrase a relative clause running up to token `end` describes: "Lopez" of "Lopez,
/// who endorsed Ruiz in late May and said ...", a conjunction at `end`.
fn described_by_who(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let who = (start + 2..end)
        .rev()
        .take_while(|&k| doc.word(k) != "," || doc.lower(k + 1) == "who")
        .find(|&k| doc.lower(k) == "who" && doc.word(k - 1) == ",")?;
    // The subject of the clause, not its object: "Lopez, who Ruiz endorsed and said
    // was honest" is Ruiz's.
    let acts = doc.is_word(who + 1)
        && !doc.capitalised(who + 1)
        && !is_pronoun(doc.lower(who + 1))
        && !DETERMINERS_SET.contains(doc.lower(who + 1));
    acts.then(|| np_left(doc, start, who - 1)).flatten()
}

/// The last "he", "she" or "they" before token `end` that a verb follows (a word in
/// lower case, not a preposition or a conjunction): the subject of the clause a
/// conjunction at `end` joins another verb to.
fn acting_pronoun(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    // Not from inside an aside: "― much like he did in Paris ― Trump cast the blame".
    let aside = (start..end)
        .rev()
        .find(|&k| matches!(doc.word(k), "—" | "–" | "―" | ")"));
    (aside.map_or(start, |k| k + 1)..end.saturating_sub(1))
        .rev()
        .find_map(|k| {
            let next = doc.lower(k + 1);
            let acting = matches!(doc.lower(k), "he" | "she" | "they")
                && doc.is_word(k + 1)
                && !doc.capitalised(k + 1)
                && !is_preposition(next)
                && !matches!(next, "and" | "or" | "but");
            acting.then(|| doc.tokens.start(k)..doc.tokens.end(k))
        })
}

/// The subject of the clause when the phrase just before a participle is the object of
/// a preposition or of a verb: "sent a memo to the Post explaining ...".
fn object_then_participle(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let np = np_left(doc, start, end)?;
    let first = doc.first_token_from(np.start);
    if first <= start {
        return None;
    }
    let before = doc.lower(first - 1);
    // "..., with Sen. Ana Ruiz calling it ...": the one after "with" opening a clause
    // is the participle's own subject, where "file reports with the commission
    // detailing ..." is the verb's.
    let absolute = before == "with" && (first - 1 == start || doc.word(first - 2) == ",");
    let governed = PREPOSITIONS.contains(&before) && !absolute
        || doc.is_word(first - 1) && !doc.capitalised(first - 1) && is_past(before);
    // "The spot concludes with footage of Trump saying ...": a recording of someone
    // saying something is theirs.
    let recorded = before == "of" && first >= start + 2 && records(doc.lower(first - 2));
    if !governed || recorded {
        return None;
    }
    clause_subject(doc, start, first).filter(|s| s.start < np.start)
}

/// The name just before a participle at `end` of someone a recording or a picture shows
/// ("footage of Hillary Clinton asking", "The ad shows Ana Ruiz saying"), from `start`.
fn shown_saying(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    const NAME_WORDS: usize = 4;
    let first = (start..end)
        .rev()
        .take(NAME_WORDS)
        .take_while(|&k| doc.is_word(k) && doc.capitalised(k) && !doc.in_time(k))
        .last()?;
    if first <= start {
        return None;
    }
    let before = doc.lower(first - 1);
    let recorded = before == "of" && first >= start + 2 && records(doc.lower(first - 2));
    (recorded || shows(before)).then(|| doc.tokens.start(first)..doc.tokens.end(end - 1))
}

/// Whether the verb of showing at token `verb` shows someone saying something: a name,
/// or a recording of one ("footage of Ana Ruiz"), then a participle of saying, as
/// `shown_saying` reads them back from the participle.
fn shows_someone_saying(doc: &Doc, verb: usize, limit: usize) -> bool {
    // The first word after the verb that is no part of a name or of a recording's noun.
    let after = (verb + 1..limit).find(|&k| {
        let w = doc.lower(k);
        !(doc.capitalised(k) || matches!(w, "a" | "an" | "the" | "of") || records(w))
    });
    after.is_some_and(|k| {
        let word = doc.lower(k);
        cues::is_participle(word)
            && cues::cue(word).is_some()
            && shown_saying(doc, verb, k).is_some()
    })
}

/// Whether a verb shows someone: "The ad shows Ana Ruiz saying ...".
fn shows(verb: &str) -> bool {
    matches!(
        verb,
        "shows" | "showed" | "show" | "features" | "featured" | "depicts" | "depicted"
    )
}

/// Whether a noun names a recording or a picture of someone: "footage", "a video".
fn records(noun: &str) -> bool {
    matches!(
        noun,
        "footage"
            | "video"
            | "videos"
            | "clip"
            | "clips"
            | "recording"
            | "recordings"
            | "audio"
            | "tape"
            | "tapes"
            | "image"
            | "images"
            | "photo"
            | "photos"
            | "picture"
            | "pictures"
    )
}

/// Verbs that open a sentence before their speaker and a quotation: "Said Ruiz, ...".
fn closes_quote_inverted(word: &str) -> bool {
    cues::OPEN_BEFORE_SPEAKER.contains(&word)
}

/// "She released a statement saying ...": the speaker of a document named before the
/// cue is whoever the clause says issued it. `last` is the phrase's last token, whose
/// word is tested before the phrase's first token is looked for.
fn issuer(doc: &Doc, floor: usize, np: &Range<usize>, last: usize) -> Option<Range<usize>> {
    let document = matches!(
        doc.lower(last),
        "statement" | "release" | "tweet" | "post" | "letter" | "memo" | "email" | "video"
    );
    if !document {
        return None;
    }
    // The verb before the phrase, or inside the one `np_left` found, which takes a
    // verb that is no cue for a word describing the document ("The town released a
    // statement Wednesday saying ...").
    let first = doc.first_token_from(np.start);
    let verb = (first.saturating_sub(1).max(floor + 1)..last)
        .rev()
        .take(ISSUED_WITHIN)
        .find(|&k| {
            matches!(
                doc.lower(k),
                "released" | "issued" | "posted" | "sent" | "published" | "out" | "wrote"
            )
        })?;
    // "put out a statement".
    let verb = if doc.lower(verb) == "out" && verb > floor + 1 && doc.lower(verb - 1) == "put" {
        verb - 1
    } else {
        verb
    };
    np_left(doc, floor, verb).or_else(|| np_in_clause(doc, floor, verb))
}

/// The fewest words, less one, of what a passive cue with no one named reports when
/// it is neither a clause opened by "that" nor a quotation.
const PASSIVE_WORDS: usize = 5;

/// The most words between the verb that issues a document and the document's noun:
/// "issued a brief written statement".
const ISSUED_WITHIN: usize = 5;

/// Where the name starts that a description opening at token `first` is set beside:
/// "McConnell, now the Senate majority leader, who", "Howard Rubel, a senior analyst
/// at Jefferies, who". The capitalised words just before the comma before the
/// description (and a word such as "now" after it), which opens with a determiner or a
/// possessive; not one of a list ("DeNiro, Patti LaBelle and Stevie Wonder").
fn described_name(doc: &Doc, floor: usize, first: usize) -> Option<usize> {
    if !opens_description(doc.lower(first)) {
        return None;
    }
    let mut comma = first;
    while comma > floor && matches!(doc.lower(comma - 1), "now" | "then" | "also" | "once") {
        comma -= 1;
    }
    if comma <= floor + 1 || doc.word(comma - 1) != "," {
        return None;
    }
    let end = comma - 1;
    let mut name = end;
    while name > floor && end - name < 5 && doc.capitalised(name - 1) && doc.is_word(name - 1) {
        name -= 1;
    }
    (name < end).then(|| doc.tokens.start(name))
}

/// A cue in a relative clause, "who" at token `who`: the words naming the speaker,
/// from the phrase it refers to through "who" ("Ruiz, who"), and where the clause
/// ends: at the next comma when it is set inside the sentence and its main verb is
/// still to come ("Ruiz, who said X, left"), else at the sentence's end.
fn who_said(doc: &Doc, sentence: &Sentence, who: usize) -> Option<(Range<usize>, usize)> {
    let start = sentence.tokens.start;
    let comma = who > start && doc.word(who - 1) == ",";
    let np_end = if comma { who - 1 } else { who };
    // "Among voters who said they could change their mind, most backed Clinton": the
    // people are a preposition's object, opening the sentence, and what they said ends
    // at the comma before the main clause.
    let floor = if np_end > start + 1 && is_preposition(doc.lower(start)) {
        start + 1
    } else {
        start
    };
    let np = np_left(doc, floor, np_end)?;
    let np = match described_name(doc, floor, doc.first_token_from(np.start)) {
        Some(name) if comma => name..np.end,
        _ => np,
    };
    let inside = doc.first_token_from(np.start) == floor && (comma || floor > start);
    let clause_end = if inside {
        (who + 1..sentence.tokens.end)
            .find(|&k| doc.word(k) == "," && !doc.in_quote(k))
            .unwrap_or(sentence.tokens.end)
    } else {
        sentence.tokens.end
    };
    Some((np.start..doc.tokens.end(who), clause_end))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{
        contents, each_finds, found, fragments, last_speaker, nobody_named, one_each, seen, Seen,
    };
    use crate::model::StatementKind::{self, Direct, Partial, Reported};

    #[test]
    fn whoever_a_recording_shows_saying_something_said_it() {
        for text in [
            "The ad uses footage of Ana Ruiz asking, \"Why are we not ahead?\"\n",
            "The ad shows Ana Ruiz asking, \"Why are we not ahead?\"\n",
            "The video shows footage of Ana Ruiz asking, \"Why are we not ahead?\"\n",
        ] {
            assert_eq!(
                found(text),
                [seen(
                    Direct,
                    "\"Why are we not ahead?\"",
                    "Ana Ruiz",
                    "asking"
                )],
                "{text}"
            );
        }
        // What a poll shows someone doing is its finding.
        let all = found("A new poll shows Ana Ruiz leading by ten points.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("A new poll"), "{all:?}");
    }

    #[test]
    fn a_share_of_those_polled_says_what_the_poll_found() {
        one_each(&[
            (
                "Twenty-four percent said they were more likely to vote for him.\n",
                "Twenty-four percent",
            ),
            ("Among Democrats, 42% said they were liberal.\n", "42%"),
            (
                "More than 4 in 10 said the economy was weak.\n",
                "More than 4 in 10",
            ),
            ("Nearly half said they wanted an outsider.\n", "Nearly half"),
        ]);
        // A number alone may count anything; nor is a share inside a phrase a subject.
        assert_eq!(found("In the poll, 43 said the same for Sanders.\n"), []);
        nobody_named(
            "In the second half, Ruiz said the team played well.\n",
            "half",
        );
    }

    #[test]
    fn the_words_said_judged_by_the_reporter_are_no_statement() {
        assert_eq!(
            found("Everything Trump says is a lie unless proven otherwise.\n"),
            []
        );
        assert_eq!(found("The things Ruiz said were hurtful.\n"), []);
        assert_eq!(
            found("Nothing he said was new, critics noted.\n"),
            [seen(
                Reported,
                "Nothing he said was new",
                "critics",
                "noted"
            )]
        );
        // What someone says things are is theirs.
        let all = found("Ruiz wants an end to what she said were punitive rules.\n");
        assert!(
            all.iter().any(|a| a.speaker.as_deref() == Some("she")),
            "{all:?}"
        );
    }

    #[test]
    fn a_subject_then_its_verb_then_what_was_said() {
        assert_eq!(
            found("Mayor Ana Ruiz said the bridge would reopen in spring.\n"),
            [seen(
                Reported,
                "the bridge would reopen in spring",
                "Mayor Ana Ruiz",
                "said"
            )]
        );
        assert_eq!(
            found("The ministry has repeatedly insisted that the tolls must stay.\n"),
            [seen(
                Reported,
                "that the tolls must stay",
                "The ministry",
                "insisted"
            )]
        );
    }

    #[test]
    fn a_plain_verb_after_an_auxiliary_is_a_verb_whatever_its_subject_opens_with() {
        for (text, cue) in [
            (
                "A spokesman for Smith did not say whether the bridge was unsafe.\n",
                "did not say",
            ),
            (
                "A spokesman for Smith would say only that the bridge was unsafe.\n",
                "say",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some("A spokesman for Smith"));
            assert_eq!(all[0].cue.as_deref(), Some(cue));
        }
        // After "a" alone, the plain form is a noun.
        assert_eq!(found("He struck a rare note of hope.\n"), []);
    }

    #[test]
    fn one_described_by_a_name_and_a_possessive_speaks_not_the_name() {
        for (text, speaker) in [
            (
                "Gary Johnson's doctor said the candidate was fit.\n",
                "Gary Johnson's doctor",
            ),
            (
                "Libertarian presidential candidate Gary Johnson's doctor is calling the \
                 candidate \"extremely fit.\"\n",
                "Libertarian presidential candidate Gary Johnson's doctor",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some(speaker), "{text}");
        }
        // Not a clause holding a possessive: no one is named "something".
        let all = found("It is something that's cost Trump's campaign, Ruiz said.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
    }

    #[test]
    fn a_cue_ending_a_clause_on_the_noun_before_it_says_nothing() {
        for text in [
            "The book she wrote sold well.\n",
            "He regrets the things he said about her.\n",
            "It was the book she wrote that made her famous.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // Ruiz's citing is a statement; the writing is not.
        let text = "Ruiz cited the title of the book she wrote that helped her win.\n";
        let cues: Vec<_> = found(text).into_iter().map(|s| s.cue).collect();
        assert_eq!(cues, [Some("cited".to_owned())]);
        // What they say of the noun before them, a verb after the cue, is said.
        assert_eq!(
            contents("Ruiz made a decision they say allowed the fraud to grow.\n"),
            ["allowed the fraud to grow"]
        );
        // After a place or a time, what follows is what was said.
        one_each(&[
            ("In the interview he said the pier was safe.\n", "he"),
            ("That day he said the pier was safe.\n", "he"),
            ("In a statement she said that the pier was safe.\n", "she"),
            ("At the rally he said, \"We will win.\"\n", "he"),
            (
                "At the rally he said on Monday that the pier was safe.\n",
                "he",
            ),
            (
                "At the rally he said in Spanish that the pier was safe.\n",
                "he",
            ),
            ("In the interview he said, we will win.\n", "he"),
            ("Speaking to the crowd he said, we are winning.\n", "he"),
            (
                "After the vote they said in a statement that it was safe.\n",
                "they",
            ),
            (
                "That night she said on television that the war was over.\n",
                "she",
            ),
            (
                "Later that night she said on television that it was over.\n",
                "she",
            ),
            ("At the conference he warned of a coming recession.\n", "he"),
        ]);
    }

    #[test]
    fn a_word_in_s_after_a_determiner_counting_many_is_a_noun() {
        // "claims" is what the site cites, no cue of "many Republican".
        let all =
            found("The site cites so many Republican claims as false because they lack context.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].cue.as_deref(), Some("cites"));
        assert_eq!(all[0].speaker.as_deref(), Some("The site"));
        // "reports" is no cue of "Both"; documents no one issued say nothing.
        assert_eq!(found("Both reports say the economy grew.\n"), []);
        // A verb after the plural counted, or after no count, is one.
        one_each(&[
            ("Many a critic claims the economy grew.\n", "a critic"),
            (
                "Half of those polled says the economy grew.\n",
                "Half of those polled",
            ),
            ("Both men say the economy grew.\n", "Both men"),
            ("Ruiz claims that the vote was rigged.\n", "Ruiz"),
            ("These same voters express doubts about Ruiz.\n", "voters"),
        ]);
    }

    #[test]
    fn a_show_is_a_noun_unless_a_plural_shows_something() {
        // "the radio show": a noun, the title after it no quotation; the quotation
        // resumed after it is still the speaker's.
        let text = "\"We will reopen,\" said Ruiz, who is also a host on the radio show \
                    \"Harbour Hours.\" \"The pier is safe for everyone.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        assert_eq!(
            fragments(text),
            [[
                r#""We will reopen,""#,
                r#""The pier is safe for everyone.""#
            ]]
        );
        for text in [
            "Ruiz is a host on the radio show \"Harbour Hours,\" which airs daily.\n",
            "Ruiz could not always show it.\n",
            // Keeping is not saying, nor is a kind of delegate pledging.
            "Ruiz maintains a large pledged delegate lead over Lopez.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // A plural subject shows, past an adverb or a phrase telling whose.
        one_each(&[("Polls consistently show Ruiz ahead.\n", "Polls")]);
        assert_eq!(
            contents("Audit files from HARP Inc. show that Ruiz paid.\n"),
            ["that Ruiz paid"]
        );
    }

    #[test]
    fn a_recording_of_someone_saying_is_theirs() {
        let all = found(
            "The spot concludes with footage of Ruiz saying during the debate last week, \
             \"That makes me smart,\" when Lopez blasted him for not paying taxes.\n",
        );
        let saying = all.iter().find(|a| a.cue.as_deref() == Some("saying"));
        assert_eq!(
            saying.and_then(|a| a.speaker.as_deref()),
            Some("Ruiz"),
            "{all:?}"
        );
    }

    #[test]
    fn a_relative_clause_holding_a_quotation_ends_at_the_comma_inside_its_mark() {
        let all =
            found("Ruiz, who called the plan \"a disaster,\" said Monday that she would fight.\n");
        let said: Vec<(&str, StatementKind)> =
            all.iter().map(|a| (a.content.as_str(), a.kind)).collect();
        assert_eq!(
            said,
            [
                (r#"the plan "a disaster,""#, Partial),
                ("that she would fight", Reported)
            ]
        );
        assert!(
            all.iter()
                .all(|a| a.speaker.as_deref().is_some_and(|s| s.starts_with("Ruiz"))),
            "{all:?}"
        );
    }

    #[test]
    fn a_relative_clause_after_a_description_is_of_the_name_it_describes() {
        for (text, speaker) in [
            (
                "Voters distrust Ruiz, now the city's mayor, who in 2010 said the pier was a \
                 waste.\n",
                "Ruiz",
            ),
            (
                "He met Dana Ruiz, a pollster at the university, who said turnout would fall.\n",
                "Dana Ruiz",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert!(
                all[0]
                    .speaker
                    .as_deref()
                    .is_some_and(|s| s.starts_with(speaker)),
                "{text}: {all:?}"
            );
        }
        // Not the last of a list.
        let all = found("He met Ruiz, Lopez and the mayor, who said the pier would open.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(
            all[0]
                .speaker
                .as_deref()
                .is_some_and(|s| s.contains("mayor")),
            "{all:?}"
        );
    }

    #[test]
    fn a_verb_after_a_relative_clause_or_a_conjunction_has_the_subject_before_it() {
        assert_eq!(
            found("Ruiz, who spoke first, said the council had agreed.\n"),
            [seen(Reported, "the council had agreed", "Ruiz", "said")]
        );
        assert_eq!(
            found("Ruiz smiled and replied that nothing was decided.\n"),
            [seen(
                Reported,
                "that nothing was decided",
                "Ruiz",
                "replied"
            )]
        );
    }

    #[test]
    fn a_noun_in_ly_is_no_adverb() {
        // "family" was stepped over as "reportedly" is, and its phrase lost.
        assert_eq!(
            found("The family said the videos show nothing.\n"),
            [seen(
                Reported,
                "the videos show nothing",
                "The family",
                "said"
            )]
        );
        assert_eq!(
            found("Lawyers for the family said the videos show nothing.\n"),
            [seen(
                Reported,
                "the videos show nothing",
                "Lawyers for the family",
                "said"
            )]
        );
        assert_eq!(
            found("Ruiz reportedly said the videos show nothing.\n"),
            [seen(Reported, "the videos show nothing", "Ruiz", "said")]
        );
        // Someone's role before "to" is the speaker, not the one after it.
        let all = found("A senior adviser to Ruiz said the plan was sound.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("A senior adviser to Ruiz"));
        let all = found("Lopez asked delegates to file a report, Ruiz said.\n");
        assert!(
            all.iter()
                .all(|s| s.speaker.as_deref() != Some("delegates to file")),
            "{all:?}"
        );
        // A surname that is also a modal, after a first name, is no word to step over.
        assert_eq!(
            found("Prime Minister Theresa May said the talks would resume.\n"),
            [seen(
                Reported,
                "the talks would resume",
                "Prime Minister Theresa May",
                "said"
            )]
        );
    }

    #[test]
    fn a_name_a_quotation_or_a_clause_of_its_own_keeps_the_speaker() {
        // A name ending as an adverb does is the speaker before a comma.
        for (text, speaker) in [
            (
                "Kelly added, though, that the talks would continue.\n",
                "Kelly",
            ),
            (
                "Reilly argued, in a court filing, that the contract was void.\n",
                "Reilly",
            ),
            (
                "Emily explained, the water had been off for three days.\n",
                "Emily",
            ),
            (
                "Kelly acknowledged, in a statement Friday, that the team had erred.\n",
                "Kelly",
            ),
            (
                "Sully answered, the plane could not have made it back.\n",
                "Sully",
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
        }
        // A quotation before the verb is its statement, whatever the verb is joined to.
        for (text, speaker) in [
            ("\"Yes,\" Ruiz said and nodded.\n", "Ruiz"),
            ("\"It's over,\" she said and hung up the phone.\n", "she"),
            (
                "\"Come up here,\" she shouted down from the balcony.\n",
                "she",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some(speaker), "{text}");
            assert!(all[0].cue.is_some(), "{text}: {all:?}");
        }
        assert_eq!(
            contents("The officer yelled down the stairs that the building was on fire.\n").len(),
            1
        );
        // A place after a verb belongs to its clause; "both" after a conjunction is the
        // subject.
        for (text, speaker) in [
            (
                "Residents who were there said the fire spread fast.\n",
                "Residents",
            ),
            (
                "A woman who was there said the shooter wore a mask.\n",
                "A woman",
            ),
            ("And both said they would support the nominee.\n", "both"),
            (
                "The two senators have both argued that the pier is unsafe.\n",
                "two senators",
            ),
            ("They all said the vote was rigged.\n", "They"),
            (
                "A source familiar with it all said the deal was close.\n",
                "A source familiar with it all",
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
        }
        assert_ne!(
            last_speaker("Almost all said they had voted for it.\n").as_deref(),
            Some("Almost")
        );
        // A verb in -s is no people noun: "Ruiz agrees and says".
        for text in [
            "Ruiz agrees and says the plan needs more money.\n",
            "Ruiz agrees with the critics and says the plan needs work.\n",
            "Ruiz arrives at the summit and says the deal is close.\n",
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some("Ruiz"), "{text}");
        }
        // An aside of a participle is no statement: "Ruiz, visibly rattled, said".
        let all = found("Ruiz, visibly rattled, said the vote was rigged.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, "the vote was rigged");
    }

    #[test]
    fn a_verb_joined_by_and_to_what_follows_says_nothing_of_its_own() {
        assert_eq!(found("They all cheered and he laughed at them.\n"), []);
        assert_eq!(found("Ruiz said and did nothing about the pier.\n"), []);
        assert_eq!(found("Ruiz was booed and shouted down by the crowd.\n"), []);
        // The verb after "and" still speaks for the subject before.
        let all = found("Ruiz smiled and said the pier would reopen.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, "the pier would reopen");
        assert_eq!(all[0].speaker.as_deref(), Some("Ruiz"));
        let all = found("FBI officials were angered by the deal and predicted it would fail.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, "it would fail");
        assert_eq!(all[0].speaker.as_deref(), Some("FBI officials"));
        let all = found("Senior FBI officials smiled and said it would fail.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("Senior FBI officials"));
    }

    #[test]
    fn a_work_written_says_nothing_of_itself() {
        for text in [
            "She wrote a children's book.\n",
            "Justice Ana Ruiz wrote the majority opinion.\n",
            "Ruiz wrote the letter Feb. 2 to the acting legal adviser.\n",
            "He wrote his dissertation on farming in Ethiopia.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // Words of the work given are what was written.
        assert_eq!(
            contents("Ruiz wrote in a letter that the pier was unsafe.\n"),
            ["that the pier was unsafe"]
        );
        assert_eq!(
            last_speaker("Ruiz wrote a letter saying the pier was unsafe.\n").as_deref(),
            Some("Ruiz")
        );
        assert_eq!(
            contents("Ruiz wrote a letter to the board: \"The pier is unsafe.\"\n").len(),
            1
        );
    }

    #[test]
    fn states_that_vote_are_places() {
        for text in [
            "Ruiz hoped to win delegates in states that award them proportionally.\n",
            "The four states that voted Tuesday went to Ruiz.\n",
            "Ruiz did well in the 15 states that have held caucuses.\n",
            "Most Southern states that will hold contests March 1 have large cities.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // The verb still says what a document or a speaker states.
        assert_eq!(
            contents("It states that courts should not rule before an election.\n"),
            ["that courts should not rule before an election"]
        );
        assert_eq!(
            contents("The report states that the pier is unsafe.\n"),
            ["that the pier is unsafe"]
        );
        assert_eq!(
            contents("Google found that structured interviews were helpful.\n"),
            ["that structured interviews were helpful"]
        );
    }

    #[test]
    fn a_person_from_a_place_is_the_speaker_not_the_place() {
        for (text, speaker) in [
            (
                "A voter from Ohio said the vote was rigged.\n",
                "A voter from Ohio",
            ),
            (
                "A teacher in Texas said the schools were full.\n",
                "A teacher in Texas",
            ),
            (
                "One delegate from Iowa said the vote was close.\n",
                "One delegate from Iowa",
            ),
            (
                "An employee at Google said the plan was dropped.\n",
                "An employee at Google",
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
        }
    }

    #[test]
    fn a_role_to_a_body_or_meeting_is_one_phrase() {
        for (text, speaker) in [
            (
                "The head of the delegation to the forum said the talks would fail.\n",
                "The head of the delegation to the forum",
            ),
            (
                "A spokesman for the delegation to the forum said the talks would fail.\n",
                "A spokesman for the delegation to the forum",
            ),
            (
                "Russia's ambassador to the talks said they would fail.\n",
                "Russia's ambassador to the talks",
            ),
            (
                "A senior adviser to Ruiz said the plan was dead.\n",
                "A senior adviser to Ruiz",
            ),
            (
                "A delegate to the convention said the vote was rigged.\n",
                "A delegate to the convention",
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
        }
        // Not what was given to something: "The letter to the editor said".
        assert_eq!(
            found("A letter to the editor said the talks would fail.\n"),
            []
        );
    }

    #[test]
    fn subject_and_verb_may_have_a_word_of_place_or_number_between() {
        for (text, speaker) in [
            ("Officials there said the road was closed.\n", "Officials"),
            (
                "Democratic voters overall say the race is over.\n",
                "Democratic voters",
            ),
            (
                "Her campaign workers here said the state was close.\n",
                "Her campaign workers",
            ),
            (
                "The candidates both said the debate was fair.\n",
                "The candidates",
            ),
            (
                "The players themselves said the coach was right.\n",
                "The players",
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), Some(speaker), "{text}");
        }
        // Opening the sentence, the word is its subject or no speaker at all.
        assert_eq!(
            last_speaker("Both said the debate was fair.\n").as_deref(),
            Some("Both")
        );
    }

    #[test]
    fn a_participle_opening_the_sentence_tells_how_its_subject_was() {
        let seen = one_each(&[
            (
                "Clearly rattled, Ana Ruiz said the vote was rigged.\n",
                "Ana Ruiz",
            ),
            (
                "Visibly angered, the mayor said the pier would stay shut.\n",
                "the mayor",
            ),
            ("Pressed, she conceded that the plan had failed.\n", "she"),
            // A cue after its subject still is one.
            (
                "The senator announced, to cheers, that she would run.\n",
                "The senator",
            ),
        ]);
        let contents: Vec<&str> = seen.iter().map(|s| s.content.as_str()).collect();
        assert_eq!(
            contents,
            [
                "the vote was rigged",
                "the pier would stay shut",
                "that the plan had failed",
                "to cheers, that she would run"
            ]
        );
    }

    #[test]
    fn a_participle_saying_when_is_no_cue() {
        assert_eq!(
            found("The deal, announced Friday, would last four years.\n"),
            []
        );
        let all = found("Ana Ruiz, the mayor, warned Tuesday, \"We will not pay.\"\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, "\"We will not pay.\"");
        let all = found("Ana Ruiz, 45, testified Monday, saying the plan was flawed.\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert!(
            all[0].content.ends_with("saying the plan was flawed"),
            "{all:?}"
        );
        assert_eq!(
            found("The deal, announced on Friday, would last four years.\n"),
            []
        );
    }

    #[test]
    fn words_said_in_a_clause_opening_the_sentence_end_with_it() {
        each_finds(&[
            (
                "When Ruiz said the pier was safe, nobody believed him.\n",
                seen(Reported, "the pier was safe", "Ruiz", "said"),
            ),
            (
                "Although the mayor said the pier, which is old, was safe, the council closed it.\n",
                seen(Reported, "the pier, which is old, was safe", "the mayor", "said"),
            ),
            (
                "While 7 percent said they are undecided, the rest have chosen.\n",
                seen(Reported, "they are undecided", "7 percent", "said"),
            ),
            // The comma of a number is none of the clause's.
            (
                "When the mayor said 2,400 jobs were lost, the town mourned.\n",
                seen(Reported, "2,400 jobs were lost", "the mayor", "said"),
            ),
            (
                "When Ruiz said, \"We will win,\" nobody laughed.\n",
                seen(Direct, "\"We will win,\"", "Ruiz", "said"),
            ),
        ]);
        // Not a clause opening with its speaker: "As ... said," gives what follows.
        assert_eq!(
            contents("As Ruiz said, the pier is safe.\n"),
            ["the pier is safe"]
        );
    }

    #[test]
    fn who_did_something_or_what_was_added_to_is_nothing_said() {
        for text in [
            "The pier, championed by Ruiz, reopened.\n",
            "Ruiz responded by pointing a finger at Lopez.\n",
            "Ohio added to her delegate lead.\n",
            "The win in Ohio, adding to her delegate lead, came late.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // What a speaker points to is what the speaker put forward; "that" after them
        // still opens what was said, quoted words are still said, and "to" before a
        // verb says what was promised.
        each_finds(&[
            (
                "Ruiz pointed to his wins in Ohio.\n",
                seen(Reported, "to his wins in Ohio", "Ruiz", "pointed"),
            ),
            (
                "Ruiz said at a rally in Ohio that the pier was safe.\n",
                seen(Reported, "that the pier was safe", "Ruiz", "said"),
            ),
        ]);
        assert_eq!(
            contents("Ruiz referred to Lopez as \"a menace.\"\n"),
            ["to Lopez as \"a menace.\""]
        );
        assert_eq!(
            contents("Ruiz promised to rebuild the pier.\n"),
            ["to rebuild the pier"]
        );
    }

    #[test]
    fn a_cue_opening_a_clause_after_a_lead_in_names_its_speaker_after_it() {
        each_finds(&[
            (
                "But, said Solovey, \"I don't want to drum up conflict.\"\n",
                seen(
                    Direct,
                    "\"I don't want to drum up conflict.\"",
                    "Solovey",
                    "said",
                ),
            ),
            (
                "In other words, explained the moderator: \"What does that have to do with it?\"\n",
                seen(
                    Direct,
                    "\"What does that have to do with it?\"",
                    "the moderator",
                    "explained",
                ),
            ),
            (
                "Said Dorothy Poynter, who grew up with Ali, \"We were all so proud of him.\"\n",
                seen(
                    Direct,
                    "\"We were all so proud of him.\"",
                    "Dorothy Poynter",
                    "Said",
                ),
            ),
            (
                "Continued Ruiz: \"The pier is safe.\"\n",
                seen(Direct, "\"The pier is safe.\"", "Ruiz", "Continued"),
            ),
            (
                "Stated Ruiz: \"The pier is safe.\"\n",
                seen(Direct, "\"The pier is safe.\"", "Ruiz", "Stated"),
            ),
        ]);
        // Nor is a clause of its own before the comma.
        let all = found("And he continued on, mocking Lopez's bluster about a \"better deal.\"\n");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].speaker.as_deref(), Some("he"));
        // A name before the comma is a subject, not a lead-in.
        nobody_named("Ruiz, said Lopez, \"is a fraud.\"\n", "Lopez");
    }

    #[test]
    fn a_passive_cue_with_no_one_named_reports_a_clause_not_a_few_words() {
        for text in [
            "No documents were deemed relevant.\n",
            "The photo was retweeted over 25,000 times.\n",
            "Lopez was named the winner in May.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        assert_eq!(
            contents("It was reported that the pier is safe.\n"),
            ["that the pier is safe"]
        );
        assert_eq!(
            contents("The pier was described as \"safe for now.\"\n"),
            ["as \"safe for now.\""]
        );
    }

    #[test]
    fn concluding_with_something_is_ending_with_it() {
        assert_eq!(found("The ad concludes with footage of the pier.\n"), []);
        assert_eq!(
            found("The report concluded that the pier was safe.\n"),
            [seen(
                Reported,
                "that the pier was safe",
                "The report",
                "concluded"
            )]
        );
    }

    #[test]
    fn what_was_added_was_put_in_not_said() {
        assert_eq!(
            contents("Lopez said none were added to the party's slate.\n"),
            ["none were added to the party's slate"]
        );
        assert_eq!(found("Two names have been added to the list.\n"), []);
        assert_eq!(
            found("The plan is dead, Lopez added.\n"),
            [seen(Reported, "The plan is dead", "Lopez", "added")]
        );
        // A number of anything added, and who reported it.
        assert_eq!(
            found("Organizers added 160 guards along the route, the Harbour Sun reported.\n"),
            [seen(
                Reported,
                "Organizers added 160 guards along the route",
                "the Harbour Sun",
                "reported"
            )]
        );
        assert_eq!(
            contents("Lopez added 20 percent of voters were undecided.\n"),
            ["20 percent of voters were undecided"]
        );
    }

    #[test]
    fn who_reports_a_statement_ending_the_sentence_reports_it_whole() {
        let text = "Ruiz told the council that the pier would reopen, the Harbour Post reported.\n";
        assert_eq!(
            found(text),
            [
                seen(Reported, "that the pier would reopen", "Ruiz", "told"),
                seen(
                    Reported,
                    "Ruiz told the council that the pier would reopen",
                    "the Harbour Post",
                    "reported"
                ),
            ]
        );
        // The same speaker goes on with the statement.
        for text in [
            "Ruiz said that the pier would reopen in May, she added.\n",
            "Ruiz said that the pier would reopen in May, Ruiz added.\n",
        ] {
            assert!(
                found(text).iter().all(|s| !s.content.starts_with("Ruiz")),
                "{:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_retort_is_a_cue_of_two_words() {
        assert_eq!(
            found("After Brown criticized him, Ruiz shot back, \u{201c}I could have stayed home.\u{201d}\n"),
            [
                seen(Reported, "him", "Brown", "criticized"),
                seen(
                    Direct,
                    "\u{201c}I could have stayed home.\u{201d}",
                    "Ruiz",
                    "shot back"
                ),
            ]
        );
        assert_eq!(
            found("\"Stay home,\" Ruiz fired back.\n"),
            [seen(Direct, "\"Stay home,\"", "Ruiz", "fired back")]
        );
        assert_eq!(found("The guards fired back at the gunmen.\n"), []);
        // After a colon, the words said; the colon is none of them.
        let text = "Ruiz fired back: \u{201c}As a guardian of the pier,\u{201d} she wrote, \u{201c}I object.\u{201d}\n";
        assert!(
            found(text).iter().all(|s| !s.content.starts_with(':')),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_clause_after_a_comma_is_nothing_said() {
        assert_eq!(
            found("Ruiz said, and I quote, \"We love the pier.\"\n"),
            [seen(Direct, "\"We love the pier.\"", "Ruiz", "said")]
        );
        let all = found("Some in the crowd booed, and when Ruiz thanked them and said it was great to be home, a man yelled.\n");
        assert!(
            all.iter()
                .all(|a| a.speaker.as_deref() != Some("Some in the crowd")),
            "{all:?}"
        );
    }

    #[test]
    fn state_is_a_cue_only_with_what_is_stated() {
        assert_eq!(found("He won easily in his home state Vermont.\n"), []);
        assert_eq!(found("Voters in both states supported the plan.\n"), []);
        // A state of something is a noun, however the sentence goes on.
        assert_eq!(
            found("The former secretary of state will play the \"woman card.\"\n"),
            []
        );
        assert_eq!(
            found("Voters in many states, and in \"every county,\" supported the plan.\n"),
            []
        );
        assert_eq!(
            found("The documents state that the plan was approved.\n"),
            [seen(
                Reported,
                "that the plan was approved",
                "The documents",
                "state"
            )]
        );
    }

    #[test]
    fn who_was_told_is_no_part_of_what_was_said() {
        assert_eq!(
            found("Peter Cook told reporters on Monday that the plan was fine.\n"),
            [seen(
                Reported,
                "that the plan was fine",
                "Peter Cook",
                "told"
            )]
        );
        assert_eq!(
            found("Peter Cook told The New York Times she would stay.\n"),
            [seen(Reported, "she would stay", "Peter Cook", "told")]
        );
        // A programme's title in quotation marks is who was told too.
        assert_eq!(
            found("Peter Cook told ABC's \"This Week\" that the plan was fine.\n"),
            [seen(
                Reported,
                "that the plan was fine",
                "Peter Cook",
                "told"
            )]
        );
        // People told, then a clause's subject, without "that": "the council",
        // "reporters". Other words are not told apart from what was said, and are kept.
        for text in [
            "Peter Cook told the council the plan was fine.\n",
            "Peter Cook told reporters the plan was fine.\n",
        ] {
            assert_eq!(
                found(text),
                [seen(Reported, "the plan was fine", "Peter Cook", "told")]
            );
        }
        assert_eq!(
            found("Peter Cook told his family stories of the war.\n"),
            [seen(
                Reported,
                "his family stories of the war",
                "Peter Cook",
                "told"
            )]
        );
        // One person's role and name, then what was said.
        assert_eq!(
            found("Peter Cook told host Jane Hill the plan was fine.\n"),
            [seen(Reported, "the plan was fine", "Peter Cook", "told")]
        );
        // "told CBS News" and nothing more says nothing.
        assert_eq!(found("Later, his aide told CBS News.\n"), []);
        assert_eq!(
            found("She told a joke.\n"),
            [seen(Reported, "a joke", "She", "told")]
        );
    }

    #[test]
    fn a_participle_describing_the_noun_before_it_says_nothing() {
        for text in [
            "A plurality of refugees admitted to the harbour town are fishermen.\n",
            "The emails now deemed classified were sent in 2010.\n",
            "The plan rejected on Monday was similar to the old one.\n",
        ] {
            assert_eq!(found(text), [], "{text}");
        }
        // A verb with its clause, or a question word's, says it.
        assert_eq!(
            found("Officials admitted the plan was flawed.\n"),
            [seen(
                Reported,
                "the plan was flawed",
                "Officials",
                "admitted"
            )]
        );
        assert_eq!(
            found("Ruiz explained why the pier was closed.\n"),
            [seen(
                Reported,
                "why the pier was closed",
                "Ruiz",
                "explained"
            )]
        );
    }

    #[test]
    fn alleged_is_a_verb_of_saying_only_with_its_that() {
        assert_eq!(
            found("Mr. Ruiz alleged that the council had lied.\n"),
            [seen(
                Reported,
                "that the council had lied",
                "Mr. Ruiz",
                "alleged"
            )]
        );
        // The adjective describes the speaker; it says nothing.
        assert_eq!(
            found("The alleged victim said she was scared.\n"),
            [seen(
                Reported,
                "she was scared",
                "The alleged victim",
                "said"
            )]
        );
    }

    #[test]
    fn one_asked_after_saying_something_asks_nothing() {
        // "asked about ..." after a statement: the speaker was asked.
        assert_eq!(
            found("\"It has been seven years,\" Ruiz said, asked about the delay.\n"),
            [seen(Direct, "\"It has been seven years,\"", "Ruiz", "said")]
        );
        // Not one asking after other words, nor the inverted "asked Ruiz".
        assert_eq!(
            found("Ruiz paused, asked whether the pier would open, and left.\n").len(),
            1
        );
        assert_eq!(
            found("\"Is it fair?\" asked Ruiz.\n"),
            [seen(Direct, "\"Is it fair?\"", "Ruiz", "asked")]
        );
    }

    #[test]
    fn a_participle_leans_on_the_statement_before_it() {
        assert_eq!(
            found("Ruiz praised the plan, calling it 'a fair deal' for the town.\n"),
            // What "praised" leaves, its object, is no statement beside the words.
            [seen(
                Partial,
                "it 'a fair deal' for the town",
                "Ruiz",
                "calling"
            )]
        );
        assert_eq!(
            found("Ruiz praised the plan for the pier and the harbour, calling it 'fair'.\n"),
            [
                seen(
                    Reported,
                    "the plan for the pier and the harbour",
                    "Ruiz",
                    "praised"
                ),
                seen(Partial, "it 'fair'", "Ruiz", "calling")
            ]
        );
    }

    #[test]
    fn a_participle_of_saying_reports_the_clause_after_it() {
        // The verb before it says nothing; the participle says what was said, and the
        // verb's object alone ("Brandt") is no statement.
        assert_eq!(
            found("Ruiz attacked Brandt, saying he would close the pier.\n"),
            [seen(Reported, "he would close the pier", "Ruiz", "saying")]
        );
        assert_eq!(
            found("Ruiz defended the plan, arguing that it would save the pier.\n"),
            [seen(
                Reported,
                "that it would save the pier",
                "Ruiz",
                "arguing"
            )]
        );
        assert_eq!(
            found("Ruiz dismissed the claim that the pier was unsafe, arguing it was sound.\n"),
            [
                seen(
                    Reported,
                    "the claim that the pier was unsafe",
                    "Ruiz",
                    "dismissed"
                ),
                seen(Reported, "it was sound", "Ruiz", "arguing")
            ]
        );
        // A verb of saying keeps what it said.
        assert_eq!(
            found("Ruiz said the pier was safe, adding that it would reopen soon.\n"),
            [
                seen(Reported, "the pier was safe", "Ruiz", "said"),
                seen(Reported, "that it would reopen soon", "Ruiz", "adding")
            ]
        );
        // Saying nothing, or a participle of saying before a mere object, reports no
        // words.
        for text in [
            "Ruiz left the hall, saying nothing.\n",
            "Ruiz praised the plan, noting the cost.\n",
        ] {
            let all = found(text);
            assert!(
                all.iter()
                    .all(|a| a.cue.as_deref() != Some("saying")
                        && a.cue.as_deref() != Some("noting")),
                "{text}: {all:?}"
            );
        }
    }

    #[test]
    fn verbs_of_saying_in_the_present_and_after_an_adverb() {
        let all = one_each(&[
            ("Ruiz asserts that the pier is safe.\n", "Ruiz"),
            ("Ruiz concedes that the pier is old.\n", "Ruiz"),
            ("Ruiz denies that the pier is closed.\n", "Ruiz"),
            ("Ruiz has long said that the pier is safe.\n", "Ruiz"),
        ]);
        let cues: Vec<Option<&str>> = all.iter().map(|a| a.cue.as_deref()).collect();
        assert_eq!(
            cues,
            [
                Some("asserts"),
                Some("concedes"),
                Some("denies"),
                Some("said")
            ]
        );
        // "about" before a number is what was said, and the people it counts are
        // inside it, not a statement of their own.
        assert_eq!(
            found("Ruiz has said about 20 people have shown an interest.\n"),
            [seen(
                Reported,
                "about 20 people have shown an interest",
                "Ruiz",
                "said"
            )]
        );
        // What someone was asked, by no one named, is no statement.
        assert_eq!(found("Ruiz was asked about the pier on Monday.\n"), []);
    }

    #[test]
    fn a_subject_with_a_party_or_an_apposition() {
        one_each(&[
            // A comma after the party's bracket, as some papers write it.
            (
                "Sen. Ana Ruiz (D-Ore.), said the plan was dead.\n",
                "Sen. Ana Ruiz",
            ),
            // An apposition describing a relative clause's object: the clause
            // describes the subject.
            (
                "Ms. Lopez, who helped found HARP, a harbour group based in Salem, said \
                 she was hopeful.\n",
                "Ms. Lopez",
            ),
            // A title in quotation marks inside the apposition, its comma inside the
            // closing mark; a description of news's length.
            (
                "Ruiz, the author of \"Piers of the Bay,\" said the pier was safe.\n",
                "Ruiz",
            ),
            (
                "Ruiz, the longtime owner of the Salem Harbour pageant and star of the \
                 radio show \"Harbour Hours,\" said in an interview with The Salem Post \
                 that the pier was safe.\n",
                "Ruiz",
            ),
            (
                "Rep. Jim Jordan (R-Ohio), a panel member, said the plan was dead.\n",
                "Rep. Jim Jordan",
            ),
            (
                "Apple's chief executive, Tim Cook, said the plan was dead.\n",
                "Tim Cook",
            ),
            (
                "Even China, Pyongyang's only ally, said the test was wrong.\n",
                "China",
            ),
            // A description as long as news writes them, and two in a row.
            (
                "Even China, Pyongyang's only ally and its economic lifeline to the \
                 outside world, said the test was wrong.\n",
                "China",
            ),
            (
                "Mike Shields, president of the Congressional Leadership Fund, a super \
                 PAC allied with House leadership, said the plan was dead.\n",
                "Mike Shields",
            ),
            // A description, then a clause describing it.
            (
                "Ana Ruiz, the president of the union, which represents teachers, \
                 said the plan was dead.\n",
                "Ana Ruiz",
            ),
            // Not a setting before them, nor the object in a description.
            (
                "Earlier Tuesday, his campaign manager, Jeff Weaver, said the plan was \
                 dead.\n",
                "Jeff Weaver",
            ),
            (
                "Dan Alpert, author of The Age of Oversupply, a book calling for \
                 stimulus, said the plan was dead.\n",
                "Dan Alpert",
            ),
            (
                "Sen. Ana Ruiz (D-Newport News) said the plan was dead.\n",
                "Sen. Ana Ruiz",
            ),
            (
                "\"We will win,\" Price (D-Newport News) shouted.\n",
                "Price",
            ),
            // "Del." is a title, not the end of a sentence.
            (
                "\"We will win,\" said Del. Stacey Plaskett, a Democrat.\n",
                "Del. Stacey Plaskett",
            ),
        ]);
    }

    #[test]
    fn a_participle_far_from_its_subject_is_the_subjects() {
        let text = "Speaking at a town hall in Salem, New Hampshire, Ruiz went after Brandt, \
                    calling him \"a total failure.\"\n";
        let found = found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Ruiz"));
        let text = "The vote was close. And then she struck a rare note of doubt, saying, \
                    \"I may be wrong.\"\n";
        let found = super::super::testing::found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("she"));
    }

    #[test]
    fn a_time_or_an_adjunct_after_the_verb_is_no_part_of_what_was_said() {
        assert_eq!(
            contents("The mayor said on Monday the pier would reopen.\n"),
            ["the pier would reopen"]
        );
        assert_eq!(
            contents("The mayor said in a statement that the pier would reopen.\n"),
            ["that the pier would reopen"]
        );
        let text = "While the summit concluded in the absence of a statement, all were upbeat.\n";
        assert_eq!(contents(text), Vec::<String>::new());
        let text = "As many experts have pointed out, the mayor is free to talk.\n";
        assert_eq!(contents(text), ["the mayor is free to talk"]);
        // A quotation after where it was said is all that was said, and direct.
        for text in [
            "Ruiz said at a rally in Harbour City, N.Y. \u{201c}The pier will reopen.\u{201d}\n",
            "Ruiz said during a visit to the pier on Monday: \"It will reopen.\"\n",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].kind, Direct, "{text}: {all:?}");
            assert!(all[0].content.starts_with(['"', '\u{201c}']), "{all:?}");
        }
        // A quotation after a clause is a fragment of what was said, which the clause
        // opens.
        let text = "The paper said in an op-ed Thursday, the mayor \"has earned a few fans.\"\n";
        let all = found(text);
        assert!(all[0].content.contains("the mayor \"has"), "{all:?}");
        // A quoted name inside the adjunct is no quotation of what was said.
        let text = "Ruiz said in an interview on \"Harbour Today\" the pier would reopen.\n";
        let all = found(text);
        assert!(all[0].content.ends_with("the pier would reopen"), "{all:?}");
        assert!(!all[0].content.starts_with('"'), "{all:?}");
    }

    #[test]
    fn when_or_where_something_was_said_is_not_what_was_said() {
        for text in [
            "The plan is smaller than the council had demanded when it voted in 2007.\n",
            "Ruiz testified before the panel last fall.\n",
            "The mayor complained while touring the pier.\n",
        ] {
            assert_eq!(contents(text), Vec::<String>::new(), "{text}");
        }
        // What was said after when it was said, what was asked, and what was not said.
        assert_eq!(
            contents("Ruiz said when asked about the report that it was false.\n"),
            ["that it was false"]
        );
        assert_eq!(
            contents("Reporters asked when the vote would be held.\n"),
            ["when the vote would be held"]
        );
        assert_eq!(
            contents("Ruiz would not say when the pier will reopen.\n"),
            ["when the pier will reopen"]
        );
        // A quotation before the cue is the speaker's, however the sentence goes on.
        let all = found("\u{201c}Very good reporter,\u{201d} Ruiz, the mayor, said when Brandt asked her a question.\n");
        let quote = all.iter().find(|a| a.content.contains("Very good"));
        let speaker = quote.and_then(|a| a.speaker.as_deref());
        assert!(speaker.is_some_and(|s| s.starts_with("Ruiz")), "{all:?}");
    }

    #[test]
    fn a_group_opening_a_sentence_is_the_subject_of_its_participle() {
        let speaker = |text: &str| {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            all[0].speaker.clone()
        };
        assert_eq!(
            speaker("Large crowds of supporters cheered, chanting \"Lock the gates.\"\n")
                .as_deref(),
            Some("Large crowds of supporters")
        );
        // People whose the names before them tell, not the one named.
        assert_eq!(
            speaker("Ruiz protesters interrupted her speech, saying \"We lose!\"\n").as_deref(),
            Some("Ruiz protesters")
        );
        assert_eq!(
            speaker("Ruiz wants to win, saying \"We lose otherwise.\"\n").as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn a_participle_after_an_object_or_a_dateline_is_the_subjects() {
        let text = "WASHINGTON \u{2014} Senator Ana Ruiz took a swipe at her rival, \
                    saying \"loud comments\" do harm.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Senator Ana Ruiz"));
        let text = "He sent a memo to The Harbour Post in April explaining his plan.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("He"));
        let text =
            "He wrote a letter to Attorney General Ana Ruiz asking that the pier be closed.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("He"));
        let text = "He then put on a fake Southern accent and joked, \"Easy for them.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("He"));
        let text = "The vote was close. \"He wants to be tough tonight,\" Lopez shot back.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Lopez"));
        // A dateline with its date and agency, or an agency alone, before the dash.
        let text = "WASHINGTON, Dec. 8 (UPI) \u{2014} In response to the plan, Ruiz's right-hand \
                    woman rallied supporters, saying: \"We have to stop him.\"\n";
        assert_eq!(
            last_speaker(text).as_deref(),
            Some("Ruiz's right-hand woman")
        );
        let text = "Washington (AFP) \u{2013} Senator Ana Ruiz took a swipe at her rival, \
                    saying \"loud comments\" do harm.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Senator Ana Ruiz"));
        let text = "DECATUR, Ill. \u{2014} Sen. Ana Ruiz (D-Ill.) weighed in on the fight, \
                    calling it a \"fireable offense.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Sen. Ana Ruiz"));
        // A name and its aside set off by dashes is no dateline.
        let text = "Ruiz \u{2014} who leads the council \u{2014} took a swipe at Lopez, \
                    saying \"loud comments\" do harm.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Ruiz"));
    }

    #[test]
    fn an_opening_phrase_of_how_is_no_subject() {
        // A participle in "-ed", or an adverb and a participle, opening the sentence.
        let text = "Horrified at the prospect of a second term for the mayor, Ramos believes in \
                    journalism that \"takes sides.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Ramos"));
        let text = "Hastily politicizing the tragedy, Ruiz cast the blame on rivals, and \
                    emphasized the threat that \"terrorism\" poses.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("Ruiz"));
    }

    #[test]
    fn a_verb_after_a_described_subject_ends_it() {
        // After people, a verb in the past; before its object's determiner, any verb.
        let text = "The aide rallied supporters, saying: \"We have to stop him.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("The aide"));
        let text = "The ad targets a \"corrupt political system.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("The ad"));
        let text = "The Harbour Post made a case: \"Close the pier.\"\n";
        assert_eq!(last_speaker(text).as_deref(), Some("The Harbour Post"));
        // What a possessive owns is described as after "the", up to the name it owns.
        let text = "The rankings came out.\n\nIowa State University's Dianne Bystrom agreed. \
                    \"Mainstream Republicans are running out of time.\"\n";
        assert_eq!(
            last_speaker(text).as_deref(),
            Some("Iowa State University's Dianne Bystrom")
        );
    }

    #[test]
    fn those_polled_and_a_share_of_them_speak() {
        for (text, speaker) in [
            ("Those surveyed said they would vote.\n", "Those surveyed"),
            ("Voters polled said they would vote.\n", "Voters polled"),
            (
                "Workers surveyed said they would vote.\n",
                "Workers surveyed",
            ),
            (
                "Thirty-one percent of those surveyed said they would vote.\n",
                "Thirty-one percent of those surveyed",
            ),
            (
                "A mere 9 percent say they only buy local.\n",
                "A mere 9 percent",
            ),
            (
                "Nearly nine out of 10 say they will vote.\n",
                "Nearly nine out of 10",
            ),
            (
                "A majority of voters say they would be satisfied.\n",
                "A majority of voters",
            ),
            (
                "A strong majority of Democratic voters say they are paying attention.\n",
                "A strong majority of Democratic voters",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].speaker.as_deref(), Some(speaker), "{text}");
        }
        // After "a", a plain form is still a noun where the phrase names no group.
        assert_eq!(found("A final (and personal) note, about Ana Ruiz.\n"), []);
        assert_eq!(
            found("A married couple also claiming allegiance to the group shot two guards.\n"),
            []
        );
    }

    #[test]
    fn a_relative_clause_with_and_said_is_the_ones_it_describes() {
        let text = "Lopez, who endorsed Ruiz in late May and said he would probably campaign \
                    with her, never showed up.\n";
        assert_eq!(
            found(text),
            [seen(
                Reported,
                "he would probably campaign with her",
                "Lopez",
                "said"
            )]
        );
        // After a dateline whose state's abbreviation ended a sentence, past a day.
        let text = "ORLANDO, Fla. (Reuters) - Mayor Ana Ruiz met relatives of the six people \
                    killed on Thursday and said the city must act.\n";
        assert_eq!(
            found(text),
            [seen(
                Reported,
                "the city must act",
                "Mayor Ana Ruiz",
                "said"
            )]
        );
    }

    #[test]
    fn a_described_subject_keeps_its_head_and_title() {
        for (text, speaker) in [
            // A plural before "this" or "that" is the head, not a verb.
            (
                "The union leaders this week took aim at the council, calling its plan \
                 \"reckless.\"\n",
                Some("The union leaders"),
            ),
            (
                "The Republican senators that opposed the bill took aim at the council, \
                 calling its plan \"reckless.\"\n",
                Some("The Republican senators"),
            ),
            // A name ending as an adverb does is no adverb.
            (
                "Kelly opened her show Monday, a day after the debate, saying the network \
                 would \"not back down.\"\n",
                Some("Kelly"),
            ),
            // A title with "of" after a possessive is whole.
            (
                "The president's chief of staff, Denis McDonough, took aim at Congress, \
                 calling the bill \"dead on arrival.\"\n",
                Some("The president's chief of staff"),
            ),
            // An irregular past after a noun is its verb.
            (
                "The performance drew cheers across the hall, highlighting the \"rigged\" \
                 system.\n",
                Some("The performance"),
            ),
            // A pronoun run into "is" owns nothing.
            (
                "He's comparing the orders to a king's and says Ruiz is flouting the law.\n",
                Some("He's"),
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), speaker, "{text}");
        }
    }

    #[test]
    fn the_review_of_the_twentieth_session_holds() {
        for (text, speaker) in [
            // A past in "-ed" after a describing word describes.
            (
                "\"The vote was rigged,\" said a 62-year-old retired nurse.\n",
                Some("a 62-year-old retired nurse"),
            ),
            (
                "\"The vote was rigged,\" said a local elected official.\n",
                Some("a local elected official"),
            ),
            // The people of those described, not those described.
            (
                "Relatives of those killed in the fire said the mayor should resign.\n",
                Some("Relatives of those killed in the fire"),
            ),
            // "that" before a clause's subject ends the phrase at the verb.
            (
                "The Ruiz campaign projects that \"a tiny fee\" would raise $5 billion.\n",
                Some("The Ruiz campaign"),
            ),
            // A time after "by" is no issuer.
            (
                "The pier will close, according to a count by Tuesday night.\n",
                Some("a count"),
            ),
            // "Said the mayor:" before a quotation paragraph.
            (
                "The mayor spoke.\n\nSaid the mayor:\n\n\"The bridge is safe.\"\n",
                Some("the mayor"),
            ),
        ] {
            assert_eq!(last_speaker(text).as_deref(), speaker, "{text}");
        }
        // Neither a custom nor the object of a relative clause says anything.
        assert_eq!(
            found("According to tradition, the new mayor rings the bell.\n"),
            []
        );
        assert_eq!(
            found("Lopez, who Ruiz endorsed in May and said was honest, lost the race.\n"),
            []
        );
        // "According to what Ruiz told ..." names no source "what Ruiz told".
        let all = found("According to what Ruiz told the council, the bridge is safe.\n");
        assert!(
            all.iter().all(|a| a.speaker.as_deref() == Some("Ruiz")),
            "{all:?}"
        );
    }

    #[test]
    fn a_verb_after_but_is_the_pronoun_acting_before_it() {
        let text = "The news conference, in which he laid out a record of misconduct by Ana \
                    Lopez but then announced that he would not act, was the latest failure.\n";
        assert_eq!(last_speaker(text).as_deref(), Some("he"));
        // Not a pronoun inside an aside.
        let text = "Hastily politicizing the tragedy in Nice \u{2015} much like he did in Paris \
                    \u{2015} Ruiz cast the blame on rivals, and emphasized \"terrorism.\"\n";
        assert_ne!(last_speaker(text).as_deref(), Some("he"));
        // Nor a day: the clause names no one who acts.
        let text = "Her rhetoric was softer than that of her aides, who, on a press call \
                    Friday, criticized Lopez for \"misrepresenting what had occurred.\"\n";
        assert_ne!(last_speaker(text).as_deref(), Some("Friday"));
    }

    #[test]
    fn a_participle_after_with_and_a_name_is_that_ones() {
        let text =
            "Republicans were irritated, with Sen. Ana Ruiz calling it a \"Chinese menu.\"\n";
        assert_eq!(
            found(text),
            [seen(
                Partial,
                "it a \"Chinese menu.\"",
                "Sen. Ana Ruiz",
                "calling"
            )]
        );
        // "with" after a verb is the verb's: the subject's participle.
        let text =
            "The campaigns filed reports with the Harbour Commission detailing their costs.\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("The campaigns"));
        // Opening the sentence, the clause ends at its comma.
        assert_eq!(
            found("With Ruiz saying the pier was unsafe, the council closed it.\n"),
            [seen(Reported, "the pier was unsafe", "Ruiz", "saying")]
        );
    }

    #[test]
    fn a_participle_after_a_relative_clause_is_the_subjects() {
        let all = found("Ruiz met a mayor who said the pier was safe, saying he agreed.\n");
        assert_eq!(
            all,
            [
                seen(Reported, "the pier was safe", "a mayor who", "said"),
                seen(Reported, "he agreed", "Ruiz", "saying"),
            ]
        );
        // A clause set off by commas describes the subject, who says both.
        let all = found("Ruiz, who said the pier was safe, left, saying he was tired.\n");
        assert!(
            all.iter()
                .all(|s| s.speaker.as_deref() == Some("Ruiz, who")),
            "{all:?}"
        );
    }

    #[test]
    fn what_a_speaker_is_said_not_to_say_is_nothing_said() {
        let text = "Fowler wants a process, not that he is calling for a vote now.\n";
        assert!(
            found(text).iter().all(|s| s.content != "for a vote now"),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn a_question_put_to_someone_is_the_askers() {
        // Asked by no one named: what was asked, with no speaker.
        let all =
            found("Asked on Monday whether he would run again, Ruiz said he had not decided.\n");
        assert_eq!(
            all,
            [
                Seen {
                    kind: Reported,
                    content: "whether he would run again".into(),
                    speaker: None,
                    cue: Some("Asked".into()),
                },
                seen(Reported, "he had not decided", "Ruiz", "said"),
            ]
        );
        let all = found("Asked by a reporter what he regretted, Ruiz laughed.\n");
        assert_eq!(
            all,
            [seen(Reported, "what he regretted", "a reporter", "Asked")]
        );
        // The one who answers after it is named there, not the asker no one named.
        let all = found("Asked whether he would run, Ruiz shook his head and said, \"No.\"\n");
        assert_eq!(all[1].speaker.as_deref(), Some("Ruiz"), "{all:?}");
        // What it was about is no question.
        assert_eq!(
            found("Ruiz was asked about the pier and whether it was safe.\n"),
            []
        );
    }

    #[test]
    fn an_object_a_clause_describes_is_nothing_said() {
        // What follows the verb is how or when, nothing said.
        let text = "He offered kind words about Mr. Bush, whom he attacked viciously \
                    during the campaign.\n";
        assert_eq!(found(text), []);
        let text = "Megyn Kelly, with whom he had sparred for months, was absent.\n";
        assert_eq!(found(text), []);
        // The one accused says nothing.
        let text = "Cuba released Alan Gross, an American contractor accused of spying.\n";
        assert_eq!(found(text), []);
        // What the object was called or accused of is said.
        let text = "She faces Sanders, whom she accused of selling pipe dreams.\n";
        assert_eq!(found(text)[0].content, "selling pipe dreams");
        let text = "He met the senator he has accused of lying about the pier.\n";
        assert_eq!(found(text)[0].content, "lying about the pier");
        let text = "Rubio said he would unmask Trump, whom he called a \"con artist.\"\n";
        assert!(found(text).iter().any(|s| s.content == "a \"con artist.\""));
        // Still: "who said", and an accusation with its object.
        assert_eq!(
            found("Ruiz accused Lopez of lying about the pier.\n")[0]
                .speaker
                .as_deref(),
            Some("Ruiz")
        );
    }

    #[test]
    fn a_verb_after_an_aside_has_the_subject_before_it() {
        let text = "Ruiz, leading narrowly in the polls and spending her days there, \
                    questioned Brandt's \"city values.\"\n";
        let found = found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("Ruiz"));
        assert_eq!(found[0].cue.as_deref(), Some("questioned"));
        // A place and its state are no apposition.
        let text = "Ruiz, at a meeting in Salem, Oregon, said the pier would reopen.\n";
        assert_eq!(
            super::super::testing::found(text)[0].speaker.as_deref(),
            Some("Ruiz")
        );
        // People described by a lower-case word after a capital are the subject, not
        // the capitalised word: "security" is no verb.
        let text = "Cyber security experts and harbour officials, however, said the pier \
                    was safe.\n";
        let speaker = super::super::testing::found(text)[0].speaker.clone();
        assert_eq!(speaker.as_deref(), Some("harbour officials"));
        // A segment with its own verb is a clause: its subject speaks.
        nobody_named(
            "Ruiz called a harbour official, Ana Lopez, and urged her to resign.\n",
            "a harbour official",
        );
    }

    #[test]
    fn a_verb_after_and_goes_on_from_the_statement_before() {
        let text = "Lopez said she welcomed the ruling by the Supreme Court and added, \
                    \"We will not appeal.\"\n";
        let found = found(text);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[1].speaker.as_deref(), Some("Lopez"));
        assert_eq!(found[1].content, "\"We will not appeal.\"");
        // A clause of its own inside what was said has its own subject.
        let text = "Ruiz mentioned a second meeting, to which Lopez smiled and replied, \
                    \"Next time here.\"\n";
        let found = super::super::testing::found(text);
        assert_eq!(
            found.last().and_then(|f| f.speaker.as_deref()),
            Some("Lopez")
        );
        // Not where someone was: the clause's subject, or that of the clause "that"
        // opens.
        for (text, speaker) in [
            (
                "Schilling appeared on a show in Boston and defended the post, saying it \
                 was a joke.\n",
                "Schilling",
            ),
            (
                "An ad reminds viewers that Ruiz marched on Washington and says she will \
                 fight.\n",
                "Ruiz",
            ),
        ] {
            let found = super::super::testing::found(text);
            assert!(
                found.iter().all(|f| f.speaker.as_deref() == Some(speaker)),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_document_reads_only_beside_a_quotation() {
        let text = "\"Friend, let me be blunt, we can win,\" the email read. \
                    She read the report twice.\n";
        let found = found(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].speaker.as_deref(), Some("the email"));
        assert_eq!(found[0].cue.as_deref(), Some("read"));
        let text = "The sign on the door reads: \"Closed until further notice, sorry.\"\n";
        assert_eq!(
            super::super::testing::found(text),
            [seen(
                Direct,
                "\"Closed until further notice, sorry.\"",
                "The sign",
                "reads"
            )]
        );
    }

    #[test]
    fn a_subject_with_what_follows_its_head() {
        assert_eq!(
            found("Some owners of boats at the harbour said that the fees were too high.\n"),
            [seen(
                Reported,
                "that the fees were too high",
                "Some owners of boats at the harbour",
                "said"
            )]
        );
        assert_eq!(
            found("Two engineers familiar with the repairs said the pier was sound.\n"),
            [seen(
                Reported,
                "the pier was sound",
                "Two engineers familiar with the repairs",
                "said"
            )]
        );
        // "state" after "the" is a noun, not the verb.
        assert_eq!(
            found("Many fishermen in the state said they would wait.\n"),
            [seen(
                Reported,
                "they would wait",
                "Many fishermen in the state",
                "said"
            )]
        );
    }

    #[test]
    fn an_anonymous_source_is_the_whole_phrase_describing_it() {
        // Before the cue: what the source knows or is near is its own, not a speaker.
        one_each(&[
            (
                "People familiar with the talks said the pier was sound.\n",
                "People familiar with the talks",
            ),
            (
                "A source close to the harbour board said the pier was sound.\n",
                "A source close to the harbour board",
            ),
            (
                "Two engineers with direct knowledge of the repairs said the pier was sound.\n",
                "Two engineers with direct knowledge of the repairs",
            ),
            (
                "Officials briefed on the survey said the pier was sound.\n",
                "Officials briefed on the survey",
            ),
            // A noun in "-ing" after an owner ends the object.
            (
                "A source familiar with Ruiz's thinking said the pier was sound.\n",
                "A source familiar with Ruiz's thinking",
            ),
        ]);
        // People of a body named before them, with no determiner.
        one_each(&[
            (
                "Tesla shareholders said the pay was too high.\n",
                "Tesla shareholders",
            ),
            (
                "Labour backbenchers warned that the plan would fail.\n",
                "Labour backbenchers",
            ),
        ]);
        // After it, and after "according to".
        one_each(&[
            ("\"It is sound,\" said a person familiar with the talks.\n", "a person familiar with the talks"),
            (
                "The pier is sound, according to officials with knowledge of the closed-door meeting.\n",
                "officials with knowledge of the closed-door meeting",
            ),
        ]);
        // The object ends before a verb: "she" speaks, of what people say.
        let all = found("People familiar with her thinking say she now accepts the plan.\n");
        assert_eq!(
            all[0].speaker.as_deref(),
            Some("People familiar with her thinking"),
            "{all:?}"
        );
    }

    #[test]
    fn a_nickname_is_part_of_the_name_and_no_quotation() {
        assert_eq!(
            found("\"The pier is safe,\" said Robert \"Bobby\" Ruiz.\n"),
            [seen(
                Direct,
                "\"The pier is safe,\"",
                "Robert \"Bobby\" Ruiz",
                "said"
            )]
        );
        assert_eq!(
            found("Thomas \"Tip\" O'Neill once said all politics is local.\n"),
            [seen(
                Reported,
                "all politics is local",
                "Thomas \"Tip\" O'Neill",
                "said"
            )]
        );
    }

    #[test]
    fn an_adverb_ending_what_was_said_is_part_of_it() {
        for (text, content) in [
            (
                "The pier is closed for now, officials said.\n",
                "The pier is closed for now",
            ),
            (
                "Fees are rising again, Ruiz said.\n",
                "Fees are rising again",
            ),
            (
                "The pier is worse than it was today, Ruiz said.\n",
                "The pier is worse than it was today",
            ),
        ] {
            assert_eq!(contents(text), [content], "{text}");
        }
    }

    #[test]
    fn a_passive_ends_its_clause_at_a_comma() {
        // What follows the comma is another clause, with a speaker of its own.
        assert_eq!(
            found("The proposal was rejected, a person familiar with the talks said.\n"),
            [seen(
                Reported,
                "The proposal was rejected",
                "a person familiar with the talks",
                "said"
            )]
        );
        assert_eq!(
            found("The plan was announced, and critics said it would fail.\n"),
            [seen(Reported, "it would fail", "critics", "said")]
        );
    }

    #[test]
    fn a_cue_in_a_relative_clause_is_the_phrase_it_refers_tos() {
        assert_eq!(
            found("Ana Ruiz, who said the pier was safe, left the meeting early.\n"),
            [seen(Reported, "the pier was safe", "Ana Ruiz, who", "said")]
        );
        assert_eq!(
            found("The mayor thanked the harbour master, who said the repairs were done.\n")
                .last()
                .cloned(),
            Some(seen(
                Reported,
                "the repairs were done",
                "the harbour master, who",
                "said"
            ))
        );
        // People a preposition opening the sentence governs: what they said ends at
        // the comma before the main clause, and the preposition is none of theirs.
        for (text, speaker) in [
            (
                "Among voters who said the pier was safe, most stayed home.\n",
                "voters who",
            ),
            (
                "Of the fishermen who said the pier was safe, few stayed.\n",
                "the fishermen who",
            ),
        ] {
            assert_eq!(
                found(text),
                [seen(Reported, "the pier was safe", speaker, "said")],
                "{text}"
            );
        }
    }

    #[test]
    fn a_document_someone_issued_speaks_for_them() {
        let text = "Later that day, Ruiz released a statement saying, \"The pier will open.\"\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Ruiz"));
        // A body named by its kind, a day between, a verb of two words.
        for text in [
            "The town released a statement Wednesday saying the pier is safe.\n",
            "The town released a brief written statement saying the pier is safe.\n",
            "The town put out a statement saying the pier is safe.\n",
        ] {
            assert_eq!(
                found(text)[0].speaker.as_deref(),
                Some("The town"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_participle_after_a_noun_cue_is_the_subjects() {
        let all = found("The council brushed off Lopez's criticism, telling reporters, \"We have no regrets at all.\"\n");
        assert_eq!(
            all.last().and_then(|s| s.speaker.as_deref()),
            Some("The council"),
            "{all:?}"
        );
        let all = found("The harbour has always claimed the pier was safe.\n");
        assert_eq!(all[0].speaker.as_deref(), Some("The harbour"));
    }

    #[test]
    fn a_sentence_opened_by_its_cue_then_its_speaker() {
        assert_eq!(
            found("Said the mayor, \"We will rebuild the pier.\"\n"),
            [seen(
                Direct,
                "\"We will rebuild the pier.\"",
                "the mayor",
                "Said"
            )]
        );
    }

    #[test]
    fn what_a_poll_shows_and_people_think_is_attributed() {
        assert_eq!(
            found("A new poll shows that the mayor leads by five points.\n"),
            [seen(
                Reported,
                "that the mayor leads by five points",
                "A new poll",
                "shows"
            )]
        );
        assert_eq!(
            found("Most fishermen think the pier is too short.\n"),
            [seen(
                Reported,
                "the pier is too short",
                "Most fishermen",
                "think"
            )]
        );
        // Found without what was found is no statement.
        assert_eq!(found("The divers found a wreck near the pier.\n"), []);
        // What findings show, a clause or not, and after it.
        assert_eq!(
            found("A new poll shows Ruiz with her largest lead yet.\n"),
            [seen(
                Reported,
                "Ruiz with her largest lead yet",
                "A new poll",
                "shows"
            )]
        );
        assert_eq!(
            found("He sold the pier to Ruiz in 2010, records show.\n"),
            [seen(
                Reported,
                "He sold the pier to Ruiz in 2010",
                "records",
                "show"
            )]
        );
        one_each(&[
            (
                "FEC records show Ruiz gave $3,000 since 2010.\n",
                "FEC records",
            ),
            // Findings named by plain words, or told by what follows their noun.
            (
                "Harbour finance records show Ruiz gave $3,000 since 2010.\n",
                "Harbour finance records",
            ),
            (
                "A new poll released Monday showed that Ruiz leads.\n",
                "A new poll",
            ),
            (
                "A Harbour Board poll out Monday showed Ruiz ahead.\n",
                "A Harbour Board poll",
            ),
            // Whose findings they are, where the words say.
            (
                "A survey conducted by the Pew Research Center found that Ruiz leads.\n",
                "the Pew Research Center",
            ),
            (
                "A poll of likely voters in Ohio showed Ruiz ahead by five points.\n",
                "A poll",
            ),
            // What findings found, as what they showed.
            (
                "The poll found Ruiz receiving 20 percent of the vote.\n",
                "The poll",
            ),
        ]);
        // Not what people show or find, nor findings that are another verb's object.
        assert_eq!(found("The Republicans show how weak they are.\n"), []);
        assert_eq!(found("The divers found the wreck near the pier.\n"), []);
        assert_eq!(
            found("The aides who read the polls found Ruiz tired.\n"),
            []
        );
    }

    #[test]
    fn a_name_in_single_quotation_marks_is_inside_the_subject() {
        one_each(&[
            (
                "A spokesman for the 'Yes' campaign said the pier was safe.\n",
                "A spokesman for the 'Yes' campaign",
            ),
            (
                "The ‘Leave’ campaign said the pier was safe.\n",
                "The ‘Leave’ campaign",
            ),
        ]);
    }

    #[test]
    fn a_subject_described_by_a_who_clause_is_the_one_described() {
        one_each(&[
            ("People who know the mayor say he is tired.\n", "People"),
            (
                "Officials who spoke on condition of anonymity said the pier was unsafe.\n",
                "Officials",
            ),
            (
                "The man who built the Dover pier said it was safe.\n",
                "The man",
            ),
            (
                "A fisherman who lost his boat in the storm told reporters the pier was unsafe.\n",
                "A fisherman",
            ),
        ]);
        // "who" after a verb opens a question, not a clause describing the subject.
        one_each(&[("Ruiz asked who the mayor said was to blame.\n", "Ruiz")]);
    }

    #[test]
    fn an_aside_set_off_by_dashes_between_subject_and_verb_is_stepped_over() {
        one_each(&[
            (
                "The harbour master -- who has been in a dispute with the council for days -- said she regretted her remarks.\n",
                "The harbour master",
            ),
            (
                "Insiders in the next two towns — Dover and Hythe — said it is important.\n",
                "Insiders in the next two towns",
            ),
            (
                "Ruiz – a fisherman for 30 years – told reporters the pier was unsafe.\n",
                "Ruiz",
            ),
        ]);
        // What was said after a dash is not the subject's aside.
        assert_eq!(
            found("The pier is closed — the mayor said so on Friday.\n")
                .iter()
                .map(|s| s.speaker.as_deref())
                .collect::<Vec<_>>(),
            [Some("the mayor")]
        );
    }

    #[test]
    fn an_intention_is_no_statement() {
        assert_eq!(found("The two sides met to discuss the tolls.\n"), []);
        assert_eq!(found("The council declined to comment.\n"), []);
    }
}
