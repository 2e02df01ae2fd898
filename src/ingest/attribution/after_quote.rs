//! A cue after a quotation: `"...," he said`, `"..." said the Kremlin`, and the
//! quotation continued after it.

use std::ops::Range;

use super::super::cues::{self, Cue};
use super::super::sentences::{flags, Sentence};
use super::phrases::{is_party_tag, np_left, np_right, skip_back};
use super::words::*;
use super::{Attribution, Doc};
use crate::model::StatementKind;

/// `"...," he said, "..."` and `"..." said the Kremlin`.
pub(super) fn after_quote(
    doc: &Doc,
    sentence: &Sentence,
    s: usize,
    i: usize,
    cue_end: usize,
    cue: Range<usize>,
    written: bool,
) -> Option<Attribution> {
    // A name described by a relative clause is the speaker whatever the clause names
    // ("Ana Ruiz, who led the talks,"); another description only when the walk back
    // finds none ("Mr. Kaplan, a writer and former studio hand,").
    let described = described_name(doc, sentence, i);
    let (quote, mention) = match described {
        Some((quote, name, true)) => (quote, Some(name)),
        _ => match walk_back(doc, sentence, i, cue_end) {
            Some(found) => found,
            None => described.map(|(quote, name, _)| (quote, Some(name)))?,
        },
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
        if !doc.is_quote_mark(after) {
            if let Some(resumed) = resumes_after_description(doc, sentence, &quote, after) {
                after = resumed;
            }
        }
    }
    let mut content = quote.clone();
    let mut fragments = Vec::new();
    if after < sentence.tokens.end && doc.is_quote_mark(after) {
        if let Some(next) = doc.quote_at(doc.tokens.start(after)) {
            content.end = next.span.end;
            fragments = vec![quote, next.span.clone()];
        }
    }
    Some(Attribution {
        kind: if written {
            StatementKind::Written
        } else {
            StatementKind::Direct
        },
        content,
        fragments,
        cue: Some(cue),
        mention,
        same_speaker_as: None,
        shares_previous: false,
        sentence: s,
    })
}

/// The quotation before the cue at token `i` and its speaker, read back from the cue
/// over the speaker's name and what stands beside it (`"...," Sarandon, 69, told`), or
/// after the cue (`"..." said the Kremlin`).
fn walk_back(
    doc: &Doc,
    sentence: &Sentence,
    i: usize,
    cue_end: usize,
) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut k = i;
    let mut np_tokens = 0;
    while k > sentence.tokens.start && !doc.is_quote_mark(k - 1) {
        k -= 1;
        let w = doc.lower(k);
        if doc.is_word(k) {
            np_tokens += 1;
        }
        // "CBS This Morning anchor Ana Ruiz said": a capitalised word after another is
        // part of a name.
        let in_name = doc.capitalised(k) && k > 0 && doc.capitalised(k - 1);
        // `"...," another said`: one of people the text spoke of, named by that word
        // alone.
        let one_of_them = k + 1 == i && alone_after_quote(doc, k);
        // "Terrie Rizzo, the Democratic chair of Florida's Palm Beach County, said".
        if np_tokens > 12
            || (doc.is_word(k)
                && NP_STOP_SET.contains(w)
                && !SKIP_SET.contains(w)
                && !in_name
                && !(one_of_them && one_of_some(w)))
        {
            return None;
        }
        // `"...," Ruiz said, adding ...`: the quotation is the nearer cue's; the
        // participle says something of its own after it.
        if doc.is_word(k) && !doc.capitalised(k) && cues::cue(w) == Some(Cue::Verb) {
            return None;
        }
        let in_tag = matches!(w, "." | "(" | ")")
            && (k.saturating_sub(2)..k + 2).any(|t| is_party_tag(doc.word(t)));
        if !doc.is_word(k) && w != "," && !in_tag {
            return None;
        }
    }
    if k == sentence.tokens.start || !doc.is_quote_mark(k - 1) {
        return None;
    }
    // `Trump's "excesses" are sickening, Hollande said`: a verb right after the
    // quotation, then a comma, makes it part of a clause, which `before` takes whole;
    // the auxiliaries the walk steps over belong between a speaker and the cue.
    if k < i
        && doc.is_word(k)
        && !doc.capitalised(k)
        && is_auxiliary(doc.lower(k))
        && (k..i).any(|t| doc.word(t) == ",")
    {
        return None;
    }
    let quote = doc.quote_at(doc.tokens.start(k - 1))?.span.clone();
    // `Talks will resume "within days," officials said`: a quotation inside what was
    // said, which `before` takes whole.
    let opening = doc.first_token_from(quote.start);
    if opening > sentence.tokens.start
        && doc.is_word(opening - 1)
        // "..., but "New York is different," said Ruiz": a clause of its own.
        && !matches!(
            doc.lower(opening - 1),
            "said" | "says" | "added" | "but" | "yet"
        )
    {
        // Counted back from the quotation and no further than needed, so that a long
        // sentence of quotations is not read again for each.
        let words_before = (sentence.tokens.start..opening)
            .rev()
            .filter(|&t| doc.is_word(t))
            .take(2)
            .count();
        if words_before >= 2 {
            return None;
        }
    }
    let mention = if np_tokens > 0 {
        // `"...," Sarandon, 69, told`: the first name after the quotation.
        let end = before_party_tag(doc, k, skip_back(doc, k, i));
        Some(
            np_left(doc, k, end)
                .or_else(|| appositive(doc, k, end))
                .or_else(|| {
                    let first = k + usize::from(doc.word(k) == ",");
                    np_right(doc, first, i).filter(|_| doc.capitalised(first))
                })
                .or_else(|| one_of_some_at(doc, i - 1, alone_after_quote(doc, i - 1)))?,
        )
    } else {
        // `"...," said one.`
        let alone = doc
            .tokens
            .get(cue_end + 1)
            .is_none_or(|_| !doc.is_word(cue_end + 1));
        np_right(doc, cue_end, sentence.tokens.end).or_else(|| one_of_some_at(doc, cue_end, alone))
    };
    Some((quote, mention))
}

/// Whether the word at token `k` stands right after a quotation (and its comma).
fn alone_after_quote(doc: &Doc, k: usize) -> bool {
    k > 0
        && (doc.is_quote_mark(k - 1) || k > 1 && doc.word(k - 1) == "," && doc.is_quote_mark(k - 2))
}

/// Whether a word names one or some of people the text spoke of: "one", "another".
fn one_of_some(word: &str) -> bool {
    matches!(
        word,
        "one" | "another" | "others" | "some" | "many" | "several" | "both" | "most" | "few"
    )
}

/// Token `k` as a speaker's mention if it is such a word standing `alone`.
fn one_of_some_at(doc: &Doc, k: usize, alone: bool) -> Option<Range<usize>> {
    (alone && doc.is_word(k) && one_of_some(doc.lower(k)))
        .then(|| doc.tokens.start(k)..doc.tokens.end(k))
}

/// How many tokens a description of a speaker set off by commas may take: "Mr.
/// Kaplan, a screenwriter and former studio executive, said", "Said Dorothy Poynter,
/// who grew up with Ali in the neighborhood, ...".
pub(super) const DESCRIBED_AT_MOST: usize = 24;

/// `"...," Mr. Kaplan, a screenwriter and former studio executive, said` and
/// `"...," Ana Ruiz, who led the talks, told CBS News`: a name right after the
/// quotation, a description of its bearer set off by commas, then the cue. The walk
/// back from the cue stops at words such a description may hold ("and", "from",
/// "who"). The quotation, the name, and whether a relative clause describes it.
fn described_name(
    doc: &Doc,
    sentence: &Sentence,
    i: usize,
) -> Option<(Range<usize>, Range<usize>, bool)> {
    let start = sentence.tokens.start;
    // Most cues have no comma right before them: nothing is read further.
    if i <= start + 2 || doc.word(i - 1) != "," {
        return None;
    }
    // Back to the quotation's closing mark, over no other mark.
    let floor = start.max(i.saturating_sub(DESCRIBED_AT_MOST));
    let mut k = i - 1;
    while k > floor && !doc.is_quote_mark(k - 1) {
        k -= 1;
    }
    if k <= start || !doc.is_quote_mark(k - 1) {
        return None;
    }
    let quote = doc.quote_at(doc.tokens.start(k - 1))?.span.clone();
    if doc.first_token_from(quote.end) != k {
        return None;
    }
    // The name: a few capitalised words up to a comma, with words after that comma
    // before the cue's.
    let mut comma = k;
    while comma < i - 1 && doc.word(comma) != "," {
        comma += 1;
    }
    let named =
        comma > k && comma - k <= 4 && comma + 1 < i - 1 && (k..comma).all(|t| doc.capitalised(t));
    let relative = matches!(doc.lower(comma + 1), "who" | "which" | "whose");
    named.then(|| {
        (
            quote,
            doc.tokens.start(k)..doc.tokens.end(comma - 1),
            relative,
        )
    })
}

/// `"The risk," said Ana Ruiz, an engineer who runs the yard, "is ..."`: a quotation
/// broken off at a comma resumes after a description of its speaker set off by commas.
/// The token where it resumes, if it does within a few words.
fn resumes_after_description(
    doc: &Doc,
    sentence: &Sentence,
    quote: &Range<usize>,
    from: usize,
) -> Option<usize> {
    let broken_off = doc.text[quote.clone()]
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != ',')
        .ends_with(',');
    if !broken_off {
        return None;
    }
    let mark =
        doc.tokens
            .next_flagged(from, sentence.tokens.end.min(from + 30), flags::QUOTE_MARK)?;
    // A verb of saying in between says the rest itself ("adding, ...").
    let describes = (from..mark).all(|k| !doc.is_word(k) || cues::cue(doc.lower(k)).is_none());
    (mark > from && doc.word(mark - 1) == "," && describes).then_some(mark)
}

/// Where a name ends before `end` when a party and state follow it: `Ana Ruiz, R-Ky.,`
/// and `Ana Ruiz (R-Fla.)` end after "Ruiz". Else `end`.
fn before_party_tag(doc: &Doc, floor: usize, end: usize) -> usize {
    let mut e = end;
    let step = |e: &mut usize, words: &[&str]| {
        let hit = *e > floor && words.contains(&doc.word(*e - 1));
        if hit {
            *e -= 1;
        }
        hit
    };
    let comma = step(&mut e, &[","]);
    let bracket = !comma && step(&mut e, &[")"]);
    step(&mut e, &["."]);
    if !(comma || bracket) || e <= floor || !is_party_tag(doc.word(e - 1)) {
        return end;
    }
    e -= 1;
    let opening = if comma { "," } else { "(" };
    if step(&mut e, &[opening]) {
        e
    } else {
        end
    }
}

/// `the harbour master, Ana Ruiz,` ending just before token `end`: a name set off by
/// commas, with the description before it if there is one.
fn appositive(doc: &Doc, floor: usize, end: usize) -> Option<Range<usize>> {
    if end <= floor + 1 || doc.word(end - 1) != "," {
        return None;
    }
    let name = np_left(doc, floor, end - 1)?;
    let first = doc.first_token_from(name.start);
    if first > floor + 1 && doc.word(first - 1) == "," {
        if let Some(description) = np_left(doc, floor, first - 1) {
            return Some(description.start..name.end);
        }
    }
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, seen};
    use crate::model::StatementKind::{Direct, Partial};

    #[test]
    fn a_quotation_before_a_name_and_a_description_is_that_name_s() {
        assert_eq!(
            found("\"We won,\" Ana Ruiz, who led the talks, told CBS News.\n"),
            [seen(Direct, "\"We won,\"", "Ana Ruiz", "told")]
        );
        assert_eq!(
            found("\"It is a name,\" Mr. Kaplan, a writer and former studio hand, said dryly.\n"),
            [seen(Direct, "\"It is a name,\"", "Mr. Kaplan", "said")]
        );
        assert_eq!(
            found("\"We won,\" Ana Ruiz, a farmer from Ohio, said.\n"),
            [seen(Direct, "\"We won,\"", "Ana Ruiz", "said")]
        );
        // A name that does not follow the quotation is not its speaker here.
        assert!(
            found("\"We won.\" Later Ana Ruiz, who led the talks, said little.\n")
                .iter()
                .all(|s| s.content != "\"We won.\"")
        );
    }

    #[test]
    fn a_quoted_word_inside_a_clause_before_the_cue_is_part_of_the_clause() {
        assert_eq!(
            found("Ruiz's \"excesses\" are sickening, Lopez said.\n"),
            [seen(
                Partial,
                "Ruiz's \"excesses\" are sickening",
                "Lopez",
                "said"
            )]
        );
        assert_eq!(
            found("The \"plan\" was never real, the mayor said on Monday.\n"),
            [seen(
                Partial,
                "The \"plan\" was never real",
                "the mayor",
                "said"
            )]
        );
        // The auxiliary between the speaker and the cue is still stepped over.
        assert_eq!(
            found("\"We will rebuild the pier,\" Ruiz has said.\n"),
            [seen(
                Direct,
                "\"We will rebuild the pier,\"",
                "Ruiz",
                "said"
            )]
        );
    }

    #[test]
    fn a_quotation_then_its_speaker_and_cue() {
        assert_eq!(
            found("\"We will rebuild the pier,\" Ruiz said.\n"),
            [seen(
                Direct,
                "\"We will rebuild the pier,\"",
                "Ruiz",
                "said"
            )]
        );
        assert_eq!(
            found("\"Next year, in Westmere,\" said the mayor.\n"),
            [seen(
                Direct,
                "\"Next year, in Westmere,\"",
                "the mayor",
                "said"
            )]
        );
    }

    #[test]
    fn one_of_people_spoken_of_says_a_quotation_of_their_own() {
        // Two quotations, two speakers named by a word alone: not one statement.
        assert_eq!(
            found(
                "Fishermen were split. \"It is unsafe,\" said one. \"It is fine,\" another said.\n"
            ),
            [
                seen(Direct, "\"It is unsafe,\"", "one", "said"),
                seen(Direct, "\"It is fine,\"", "another", "said"),
            ]
        );
    }

    #[test]
    fn rarer_verbs_of_saying_are_cues() {
        assert_eq!(
            found("\"The pier is fine,\" Ruiz scoffed.\n"),
            [seen(Direct, "\"The pier is fine,\"", "Ruiz", "scoffed")]
        );
        let all = found("Asked about the pier, Ruiz demurred: \"I cannot say.\"\n");
        assert!(
            all.iter().any(|s| s.content == "\"I cannot say.\""
                && s.speaker.as_deref() == Some("Ruiz")
                && s.cue.as_deref() == Some("demurred")),
            "{all:?}"
        );
    }

    #[test]
    fn a_question_or_exclamation_then_its_speaker() {
        let text = "The hall was full.\n\n\"Who will pay for the new pier?\" Ana Ruiz asked. \
                    \"Not us!\" Mayor Lopez shouted at the crowd.\n";
        assert_eq!(
            found(text),
            [
                seen(
                    Direct,
                    "\"Who will pay for the new pier?\"",
                    "Ana Ruiz",
                    "asked"
                ),
                seen(Direct, "\"Not us!\"", "Mayor Lopez", "shouted")
            ]
        );
        // A capitalised stop word inside a name; a quotation opening a clause after
        // "but".
        let text = "\"It was the first time,\" CBS This Morning anchor Ana Ruiz said.\n";
        assert_eq!(found(text)[0].speaker.as_deref(), Some("Ana Ruiz"));
        let text = "Farmers liked him, but \"the city is another matter,\" said Ana Ruiz.\n";
        assert_eq!(
            found(text),
            [seen(
                Direct,
                "\"the city is another matter,\"",
                "Ana Ruiz",
                "said"
            )]
        );
        // A party and state after the name.
        let text = "\"The veto will fall,\" Senate leader Ana Ruiz, R-Ky., said Tuesday. \
                    \"It will,\" Rep. Tomas Brandt (D-Fla.) said.\n";
        let speakers: Vec<_> = found(text).into_iter().map(|a| a.speaker).collect();
        assert_eq!(
            speakers,
            [
                Some("Senate leader Ana Ruiz".to_owned()),
                Some("Rep. Tomas Brandt".to_owned())
            ]
        );
        // A new sentence whose subject says something of its own.
        let text = "\"Who will pay for the pier?\" Ruiz said that nobody knew.\n";
        assert_eq!(found(text)[0].speaker, None);
    }

    #[test]
    fn a_quotation_then_said_and_a_description_without_a_determiner() {
        for (text, speaker) in [
            (
                "\"We will not pay,\" said retired engineer Ana Ruiz.\n",
                "retired engineer Ana Ruiz",
            ),
            (
                "\"We will not pay,\" said master of ceremonies Ana Ruiz.\n",
                "master of ceremonies Ana Ruiz",
            ),
            (
                "\"We will not pay,\" said the 46-year-old.\n",
                "the 46-year-old",
            ),
        ] {
            assert_eq!(
                found(text),
                [seen(Direct, "\"We will not pay,\"", speaker, "said")]
            );
        }
    }

    #[test]
    fn a_quotation_in_doubled_apostrophes() {
        assert_eq!(
            found("''We will rebuild the pier,'' Ms. Ruiz said. ''It will take a year.''\n"),
            [seen(
                Direct,
                "''We will rebuild the pier,'' Ms. Ruiz said. ''It will take a year.''",
                "Ms. Ruiz",
                "said"
            )]
        );
    }

    #[test]
    fn a_quotation_then_a_description_and_name_in_apposition() {
        let text = "\"We will mend the pier by June,\" the harbour master, Ana Ruiz, told a \
                    crowded hall.\n";
        assert_eq!(
            found(text),
            [seen(
                Direct,
                "\"We will mend the pier by June,\"",
                "the harbour master, Ana Ruiz",
                "told"
            )]
        );
    }

    #[test]
    fn a_participle_after_the_cue_says_something_of_its_own() {
        let text = "\"We make the best nets in the county,\" Rivera said, adding that the \
                    shop is \"the oldest in town.\"\n";
        assert_eq!(
            found(text),
            [
                seen(
                    Direct,
                    "\"We make the best nets in the county,\"",
                    "Rivera",
                    "said"
                ),
                seen(
                    Partial,
                    "that the shop is \"the oldest in town.\"",
                    "Rivera",
                    "adding"
                )
            ]
        );
    }

    #[test]
    fn a_quotation_resumes_after_a_description_of_its_speaker() {
        let text = "\"The risk,\" said Ortega, an engineer who runs the boatyard, \"is that \
                    the tide will rise.\"\n";
        let all = found(text);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, text.trim_end());
        assert_eq!(all[0].speaker.as_deref(), Some("Ortega"));
        // A quotation that ended is not resumed by a later one.
        let text = "\"The risk is real.\" said Ortega, who runs the boatyard, \"and high.\"\n";
        assert_eq!(found(text)[0].content, "\"The risk is real.\"");
    }

    #[test]
    fn a_quotation_split_by_its_cue_is_one_statement() {
        let text = "\"We hope,\" she said, \"that the pier reopens by May.\"\n";
        assert_eq!(
            found(text),
            [seen(
                Direct,
                "\"We hope,\" she said, \"that the pier reopens by May.\"",
                "she",
                "said"
            )]
        );
    }
}
