//! The tense of the clause a time expression sits in, from the verbs nearest it: news
//! mostly tells the past, so a bare weekday or month is resolved backwards unless its
//! clause speaks of the future ("will meet on Friday", "plans to visit in April").
//! A marker counts only in the expression's own clause: the search stops at quotation
//! marks and semicolons, and a comma makes what lies beyond it count as further away.

use super::scan::Cx;
use crate::ingest::cues::WordSet;
use crate::ingest::sentences::{flags, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No marker near enough: present tense, or a clause without a verb we know.
    Unknown,
}

/// How many words either side are looked at.
const REACH: usize = 8;
/// What crossing a comma adds to a marker's distance.
const COMMA: usize = 3;

/// The tense of the clause around tokens `first..end`.
pub fn tense_around(cx: &Cx, first: usize, end: usize) -> Tense {
    // A preposition right before the expression says it all: "since Monday", "until
    // Friday".
    match cx.lower(first.wrapping_sub(1)) {
        "since" => return Tense::Past,
        "until" | "till" => return Tense::Future,
        _ => {}
    }
    // "as soon as Tuesday", "as early as next week"
    if cx.lower(first.wrapping_sub(1)) == "as"
        && matches!(cx.lower(first.wrapping_sub(2)), "soon" | "early")
    {
        return Tense::Future;
    }
    let Some(start) = cx.tokens.get(first).map(|t| t.start) else {
        return Tense::Unknown;
    };
    let sentence = (cx.sentence_of)(start);
    // What token `k` is to the search, read once: each token was fetched up to five
    // times, once for each question asked of it.
    let step = |k: usize| -> Step {
        let Some(token) = cx.tokens.get(k) else {
            return Step::Stop;
        };
        if token.start < sentence.start || token.end() > sentence.end || token.is(flags::QUOTE_MARK)
        {
            return Step::Stop;
        }
        if token.kind() == TokenKind::Word {
            return Step::Word(token.text(cx.lower_text));
        }
        match token.text(cx.text) {
            ";" => Step::Stop,
            "," => Step::Comma,
            _ => Step::Mark,
        }
    };
    let mut best: Option<(usize, Tense)> = None;
    let mut consider = |cost: usize, tense: Tense| {
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, tense));
        }
    };
    // Leftwards: "met on Friday", "will travel to Moscow on Friday".
    let (mut words, mut commas, mut k) = (0, 0, first);
    while k > 0 && words < REACH {
        k -= 1;
        let word = match step(k) {
            Step::Stop => break,
            Step::Comma => {
                commas += 1;
                continue;
            }
            Step::Mark => continue,
            Step::Word(word) => word,
        };
        words += 1;
        if let Some(tense) = marker(cx, k, word) {
            consider(words + COMMA * commas, tense);
            break;
        }
    }
    // Rightwards, a little further away at the same count: "On Friday, talks began".
    let (mut words, mut commas, mut k) = (0, 0, end);
    while k < cx.len() && words < REACH {
        match step(k) {
            Step::Stop => break,
            Step::Comma => commas += 1,
            Step::Mark => {}
            Step::Word(word) => {
                words += 1;
                if let Some(tense) = marker(cx, k, word) {
                    consider(words + 1 + COMMA * commas, tense);
                    break;
                }
            }
        }
        k += 1;
    }
    best.map_or(Tense::Unknown, |(_, tense)| tense)
}

/// The words that put a clause in the future; "plans" and "expected" are about what is
/// to come whatever their own tense.
const FUTURE: &[&str] = &[
    "will",
    "shall",
    "won't",
    "wo",
    "would",
    "tomorrow",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "schedule",
    "slated",
    "expected",
    "expects",
    "expect",
    "intends",
    "intend",
    "aims",
    "hopes",
    "upcoming",
    "likely",
    "unlikely",
];

/// Common verbs whose past does not end in "-ed", and words that place a clause in
/// the past.
const PAST: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "met",
    "made",
    "went",
    "came",
    "gave",
    "took",
    "began",
    "held",
    "left",
    "saw",
    "got",
    "won",
    "lost",
    "spoke",
    "wrote",
    "sent",
    "brought",
    "thought",
    "found",
    "kept",
    "ran",
    "fell",
    "led",
    "paid",
    "rose",
    "stood",
    "struck",
    "sold",
    "bought",
    "broke",
    "chose",
    "flew",
    "knew",
    "heard",
    "meant",
    "sat",
    "shot",
    "sought",
    "spent",
    "threw",
    "fought",
    "caught",
    "built",
    "became",
    "fled",
    "been",
    "since",
    "ago",
    "yesterday",
    "earlier",
];

/// Words in "-ed" that are seldom a verb in the past.
const NOT_PAST: &[&str] = &[
    "need",
    "needs",
    "feed",
    "seed",
    "speed",
    "indeed",
    "bed",
    "red",
    "shed",
    "hundred",
    "alleged",
    "based",
    "related",
    "limited",
    "concerned",
    "interested",
    "armed",
    "supposed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "greed",
    "weed",
    "embed",
];

/// The lists, looked up by a word's ends and length before any comparison: every
/// word near a weekday or a yearless date is looked up.
static FUTURE_SET: WordSet = WordSet::new(FUTURE);
static PAST_SET: WordSet = WordSet::new(PAST);
static NOT_PAST_SET: WordSet = WordSet::new(NOT_PAST);

/// What the search for a marker meets at a token.
enum Step<'a> {
    /// The end of the clause: the sentence's end, a quotation mark, a semicolon.
    Stop,
    Comma,
    /// Another mark, passed over.
    Mark,
    /// A word, lowered.
    Word(&'a str),
}

/// The tense word `k` (`word`, lowered) marks, if any.
fn marker(cx: &Cx, k: usize, word: &str) -> Option<Tense> {
    if word.len() < 2 {
        return None;
    }
    // "plans", "hopes", "schedule" are nouns as often as verbs ("vacation plans", "his
    // plan for", "the schedule"): they speak of the future as a verb or before "to".
    if matches!(word, "plan" | "plans" | "hopes" | "schedule") {
        let verb = matches!(cx.lower(k + 1), "to" | "on")
            || matches!(
                cx.lower(k.wrapping_sub(1)),
                "he" | "she" | "they" | "we" | "i" | "who" | "still" | "also"
            );
        return verb.then_some(Tense::Future);
    }
    if FUTURE_SET.contains(word) || word.ends_with("'ll") || word.ends_with("’ll") {
        // "going to", "is to", "are to"
        return Some(Tense::Future);
    }
    if matches!(word, "going" | "is" | "are" | "set" | "due") {
        return (cx.lower(k + 1) == "to").then_some(Tense::Future);
    }
    if PAST_SET.contains(word) {
        // "were planning to", "was expected to": a plan made in the past.
        if matches!(word, "was" | "were") && FUTURE_SET.contains(cx.lower(k + 1)) {
            return Some(Tense::Future);
        }
        if !matches!(word, "was" | "were" | "had" | "did" | "been") {
            if let Some(tense) = passive(cx, k) {
                return Some(tense);
            }
        }
        return Some(Tense::Past);
    }
    // A verb in the past: lower case (so not "United"), "-ed", and no adjective we know.
    let past =
        word.len() >= 4 && word.ends_with("ed") && !cx.capital(k) && !NOT_PAST_SET.contains(word);
    // Most words are no such verb: the word before is read only for one that is.
    if !past {
        return None;
    }
    // "the first televised debate", "a planned rally": an adjective.
    let adjective = matches!(
        cx.lower(k.wrapping_sub(1)),
        "the"
            | "a"
            | "an"
            | "first"
            | "second"
            | "this"
            | "that"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "newly"
            | "long"
    );
    if adjective {
        return None;
    }
    if let Some(tense) = passive(cx, k) {
        return Some(tense);
    }
    // "has praised": the present perfect places nothing in time; its clause is read as
    // a present one.
    if matches!(cx.lower(k.wrapping_sub(1)), "has" | "have") {
        return Some(Tense::Unknown);
    }
    Some(Tense::Past)
}

/// The tense of a participle at `k` in the passive, from its auxiliary: "is heard"
/// is a present, "would still be held" a future ("could be found" is as often a
/// past); none when no present or infinitive "be" comes before it ("was held" is a
/// past, told by the participle).
fn passive(cx: &Cx, k: usize) -> Option<Tense> {
    let adverb = |w: &str| {
        matches!(
            w,
            "still" | "also" | "not" | "never" | "already" | "now" | "then"
        ) || (w.len() > 4 && w.ends_with("ly"))
    };
    let mut aux = k.checked_sub(1)?;
    while adverb(cx.lower(aux)) {
        aux = aux.checked_sub(1)?;
    }
    match cx.lower(aux) {
        "is" | "are" | "am" | "being" => Some(Tense::Unknown),
        "be" => {
            let mut modal = aux.checked_sub(1)?;
            while adverb(cx.lower(modal)) {
                modal = modal.checked_sub(1)?;
            }
            let future = matches!(
                cx.lower(modal),
                "will" | "would" | "to" | "should" | "may" | "might" | "must" | "shall"
            );
            Some(if future {
                Tense::Future
            } else {
                Tense::Unknown
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences::tokenize;

    /// The tense around the first occurrence of `expr` in `sentence`.
    fn tense(sentence: &str, expr: &str) -> Tense {
        let tokens = tokenize(sentence);
        let lower = sentence.to_ascii_lowercase();
        let sentence_of = |_: usize| 0..sentence.len();
        let cx = Cx {
            text: sentence,
            lower_text: &lower,
            tokens: &tokens,
            sentence_of: &sentence_of,
        };
        let at = sentence
            .find(expr)
            .expect("the expression is in the sentence");
        let first = (0..tokens.len()).find(|&i| tokens.start(i) == at).unwrap();
        let end = (0..tokens.len())
            .find(|&i| tokens.end(i) == at + expr.len())
            .unwrap()
            + 1;
        tense_around(&cx, first, end)
    }

    #[test]
    fn the_nearest_verb_gives_the_tense() {
        assert_eq!(
            tense("The rebels attacked the town on Friday.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense("The leaders will meet on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense("The team planned to leave on Thursday.", "Thursday"),
            Tense::Future
        );
        assert_eq!(
            tense("Officials said Tuesday they will appeal.", "Tuesday"),
            Tense::Past
        );
        assert_eq!(
            tense("He met them, though he will return on Monday.", "Monday"),
            Tense::Future
        );
    }

    #[test]
    fn a_passive_takes_the_tense_of_its_auxiliary() {
        assert_eq!(tense("The case is heard in May.", "May"), Tense::Unknown);
        assert_eq!(
            tense("A ceremony would still be held on April 24.", "April 24"),
            Tense::Future
        );
        assert_eq!(
            tense("The vote was held on April 24.", "April 24"),
            Tense::Past
        );
        assert_eq!(
            tense("The talks are expected to be completed by June.", "June"),
            Tense::Future
        );
    }

    #[test]
    fn plans_and_hopes_as_nouns_say_nothing_of_the_future() {
        assert_eq!(
            tense("On Friday, the envoy dropped her holiday plans.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense(
                "The mayor outlined his plan for the port on Monday.",
                "Monday"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("The union plans to strike on Monday.", "Monday"),
            Tense::Future
        );
        assert_eq!(
            tense("She hopes to sign it Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense("They plan a march on Friday.", "Friday"),
            Tense::Future
        );
    }

    #[test]
    fn prepositions_before_the_expression_decide() {
        assert_eq!(
            tense("Prices have risen since Monday.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense("The deadline was moved until Tuesday.", "Tuesday"),
            Tense::Future
        );
        assert_eq!(
            tense("They may come as soon as Tuesday.", "Tuesday"),
            Tense::Future
        );
    }

    #[test]
    fn plans_in_the_past_and_the_perfect() {
        assert_eq!(
            tense("He could come as early as Tuesday.", "Tuesday"),
            Tense::Future
        );
        assert_eq!(
            tense(
                "They held a rally on Saturday and were planning more.",
                "Saturday"
            ),
            Tense::Future
        );
        assert_eq!(
            tense(
                "Police have been searching since the Oct. 23 attack.",
                "Oct. 23"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_participle_after_an_article_is_an_adjective() {
        assert_eq!(
            tense(
                "They will meet in the first televised debate on Monday.",
                "Monday"
            ),
            Tense::Future
        );
    }

    #[test]
    fn the_present_perfect_is_no_past() {
        assert_eq!(
            tense(
                "Trump has praised the moderator of the debate on Monday.",
                "Monday"
            ),
            Tense::Unknown
        );
    }

    #[test]
    fn markers_beyond_a_quotation_or_in_compounds_do_not_count() {
        assert_eq!(
            tense("\"It will pass,\" he said of the vote on Friday.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense("The better-than-expected figures came Monday.", "Monday"),
            Tense::Past
        );
        assert_eq!(
            tense("The United States on Monday.", "Monday"),
            Tense::Unknown
        );
    }

    #[test]
    fn a_comma_puts_a_marker_further_away() {
        // "began" lies one word away beyond a comma; "will" three words away before it.
        assert_eq!(
            tense("Talks will resume on Friday, and began today.", "Friday"),
            Tense::Future
        );
        assert_eq!(tense("On Friday, the talks ended.", "Friday"), Tense::Past);
    }
}
