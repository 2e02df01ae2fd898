//! The same event told by several reports, made one event with a mention in each.
//! Ingest dates the events of each report on its own ("debate", "first presidential
//! debate", each 26 September 2016); here, once every report is loaded, events of the
//! same date at the same precision are one when they name the same kind of occasion,
//! share participants or share key words of their titles. Only ingested events are
//! linked: hand-annotated ones keep their ids, which already say what is one event.

use crate::ingest::cues::WordSet;
use crate::model::{Event, EventId, Statement, TimePoint, TimeValue};

/// Words of a title that say nothing of what happened.
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "the", "and", "for", "with", "that", "this", "was", "were", "are", "has", "have", "had",
    "his", "her", "their", "its", "our", "from", "into", "over", "after", "before", "about",
    "will", "would", "could", "said", "says", "not", "but", "who", "which", "what", "when",
    "they", "she", "him", "them", "been", "than", "then", "there", "all", "also", "more",
    "one", "two", "new", "last", "next", "out", "off", "did", "does", "can",
];

/// Roles and parties every political report names: shared, they tell no two clauses
/// apart.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "president", "presidential", "nominee", "candidate", "campaign", "republican",
    "republicans", "democratic", "democrat", "democrats", "senator", "governor",
    "secretary", "official", "officials", "spokesman", "spokeswoman", "people", "vice",
    "former", "party", "government", "administration", "leader", "leaders", "first",
];

/// `FUNCTION_WORDS` and `ROLES` as sets: every word of every dated title is asked.
static FUNCTION_WORDS_SET: WordSet = WordSet::new(FUNCTION_WORDS);
static ROLES_SET: WordSet = WordSet::new(ROLES);

/// Prepositions that bring a name into an occasion's title: "rally in Florida".
const NAMING: &[&str] = &[
    "in", "at", "with", "against", "between", "on", "over", "for",
];

/// What linking looks at in an event's title.
#[derive(Debug, Default)]
struct Words {
    /// Content words, lower case, possessives off, roles left out.
    keys: Vec<String>,
    /// The occasion nouns and their families, when the title is an occasion's phrase.
    occasions: Vec<(&'static str, u8)>,
    /// The words that qualify the occasion ("presidential", "republican").
    modifiers: Vec<String>,
    /// The place after "in" or "at": "rally in Florida".
    place: Option<String>,
}

/// A title's words, lower case, possessives and marks off.
fn lowered(title: &str) -> Vec<(String, bool)> {
    title
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '…' | '"' | '“' | '”'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            let capital = w.chars().next().is_some_and(char::is_uppercase);
            let word = strip_all(strip_all(w, "'s"), "’s")
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            (word, capital)
        })
        .collect()
}

/// `word` less every `suffix` it ends with, as `trim_end_matches` gives it, without
/// building a searcher for each word.
fn strip_all<'w>(mut word: &'w str, suffix: &str) -> &'w str {
    while let Some(rest) = word.strip_suffix(suffix) {
        word = rest;
    }
    word
}

fn words_of(title: &str) -> Words {
    let mut words = Words::default();
    let lowered = lowered(title);
    // The occasion's own phrase ends at the last occasion noun.
    let mut phrase_end = None;
    for (k, (word, _)) in lowered.iter().enumerate() {
        if let Some(kind) = crate::ingest::occasion_kind(word) {
            words.occasions.push(kind);
            phrase_end = Some(k);
        }
        if matches!(word.as_str(), "in" | "at") && words.place.is_none() {
            let place: Vec<&str> = lowered[k + 1..]
                .iter()
                .take_while(|(_, capital)| *capital)
                .map(|(w, _)| w.as_str())
                .collect();
            if !place.is_empty() {
                words.place = Some(place.join(" "));
            }
        }
        let key = word.chars().count() >= 3
            && !FUNCTION_WORDS_SET.contains(word)
            && !ROLES_SET.contains(word);
        if key && !words.keys.contains(word) {
            words.keys.push(word.clone());
        }
    }
    // Only a title that is the occasion's phrase names one ("first presidential
    // debate", "rally in Florida"); in a clause ("The New York Post reports that…")
    // an occasion word is by the way.
    let Some(end) = phrase_end else {
        return words;
    };
    let rest = &lowered[end + 1..];
    let named_after = rest
        .first()
        .is_some_and(|(w, _)| NAMING.contains(&w.as_str()))
        && rest[1..].iter().all(|(_, capital)| *capital);
    if !(rest.is_empty() || named_after) || lowered.len() > 8 {
        words.occasions.clear();
        return words;
    }
    words.modifiers = lowered[..end]
        .iter()
        .map(|(w, _)| w)
        .filter(|w| crate::ingest::occasion_kind(w).is_none() && !FUNCTION_WORDS_SET.contains(w))
        .cloned()
        .collect();
    words
}

/// Whether two events of the same date are the same event. On a day, the same kind of
/// occasion is one event unless two places differ; over a month or a year, only the
/// same occasion not told apart by what qualifies it ("Democratic convention",
/// "Republican National Convention"); and clauses of a day when they share enough key
/// words.
fn same(a: (&Event, &Words), b: (&Event, &Words), day: bool) -> bool {
    let ((ea, wa), (eb, wb)) = (a, b);
    if let (Some(pa), Some(pb)) = (&wa.place, &wb.place) {
        if pa != pb {
            return false;
        }
    }
    if ea.participants.iter().any(|p| eb.participants.contains(p)) {
        return true;
    }
    let same_noun =
        (wa.occasions.iter()).any(|(na, _)| wb.occasions.iter().any(|(nb, _)| na == nb));
    let same_family = (wa.occasions.iter())
        .any(|(_, fa)| *fa != 0 && wb.occasions.iter().any(|(_, fb)| fa == fb));
    if day {
        if same_noun || same_family {
            return true;
        }
        let shared = wa.keys.iter().filter(|k| wb.keys.contains(k)).count();
        let fewer = wa.keys.len().min(wb.keys.len());
        return shared >= 3 || (shared >= 2 && 2 * shared >= fewer);
    }
    let told_apart = !wa.modifiers.is_empty()
        && !wb.modifiers.is_empty()
        && !wa.modifiers.iter().any(|m| wb.modifiers.contains(m));
    same_noun && !told_apart
}

/// The point an event is dated by, if a single one.
fn point(event: &Event) -> Option<TimePoint> {
    match event.time.as_ref().map(|t| &t.value) {
        Some(TimeValue::Point(p)) => Some(*p),
        _ => None,
    }
}

/// For each event, the first event of its group of the same event (itself when alone).
/// `linkable` says which events may be linked. An event joins the first group of its
/// date it is the same as every member of, so that no chain of likenesses joins two
/// different things.
pub fn groups(events: &[Event], linkable: &[bool]) -> Vec<usize> {
    let mut leader: Vec<usize> = (0..events.len()).collect();
    let mut by_date: Vec<(TimePoint, usize)> = (0..events.len())
        .filter(|&e| linkable.get(e).copied().unwrap_or(false))
        .filter_map(|e| point(&events[e]).map(|p| (p, e)))
        .collect();
    // Dates in the order of their written form, each written once: a corpus of
    // thousands of reports dates tens of thousands of events.
    by_date.sort_by_cached_key(|&(p, e)| (p.to_string(), e));
    // Only the titles of events that may be linked are read, each once; `words[k]` is
    // that of `by_date[k]`.
    let words: Vec<Words> = (by_date.iter())
        .map(|&(_, e)| words_of(&events[e].title))
        .collect();
    let mut from = 0;
    for date in by_date.chunk_by(|a, b| a.0 == b.0) {
        let day = matches!(date[0].0, TimePoint::Day(_));
        // Groups of positions in `by_date`.
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for k in from..from + date.len() {
            let e = by_date[k].1;
            let joined = groups.iter_mut().find(|group| {
                (group.iter()).all(|&m| {
                    same(
                        (&events[by_date[m].1], &words[m]),
                        (&events[e], &words[k]),
                        day,
                    )
                })
            });
            match joined {
                Some(group) => {
                    leader[e] = by_date[group[0]].1;
                    group.push(k);
                }
                None => groups.push(vec![k]),
            }
        }
        from += date.len();
    }
    leader
}

/// The title of a group that says most of what its members say: the one whose words
/// are most shared with the other titles (on a tie, the fuller, then the first).
fn best_title(members: &[&Event]) -> String {
    let words: Vec<Vec<String>> = members
        .iter()
        .map(|e| {
            let mut words: Vec<String> = lowered(&e.title)
                .into_iter()
                .map(|(w, _)| w)
                .filter(|w| w.len() >= 3 && !FUNCTION_WORDS_SET.contains(w))
                .collect();
            words.dedup();
            words
        })
        .collect();
    let in_titles = |k: &String| words.iter().filter(|w| w.contains(k)).count();
    let score = |w: &Vec<String>| -> usize { w.iter().map(in_titles).filter(|&n| n >= 2).sum() };
    let mut best = 0;
    for (n, w) in words.iter().enumerate() {
        if (score(w), w.len()) > (score(&words[best]), words[best].len()) {
            best = n;
        }
    }
    members[best].title.clone()
}

/// Makes each group of the same event one event: the first keeps its id and gathers
/// the others' mentions and participants; statements made at any of them are made at
/// it. Events keep their order.
pub fn link_same_events(events: &mut Vec<Event>, statements: &mut [Statement], linkable: &[bool]) {
    let leaders = groups(events, linkable);
    if leaders.iter().enumerate().all(|(e, &l)| e == l) {
        return;
    }
    let mut renamed: crate::model::id_hash::IdMap<EventId, EventId> = Default::default();
    for (e, &l) in leaders.iter().enumerate() {
        if e != l {
            renamed.insert(events[e].id.clone(), events[l].id.clone());
        }
    }
    // Each group's members, in order, gathered in one pass: a leader comes before its
    // members.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (e, &l) in leaders.iter().enumerate().filter(|&(e, &l)| e != l) {
        if members[l].is_empty() {
            members[l].push(l);
        }
        members[l].push(e);
    }
    for (l, group) in members.iter().enumerate().filter(|(_, g)| !g.is_empty()) {
        let group: Vec<&Event> = group.iter().map(|&e| &events[e]).collect();
        let title = best_title(&group);
        events[l].title = title;
    }
    let taken: Vec<Event> = std::mem::take(events);
    let mut kept: Vec<Event> = Vec::with_capacity(taken.len());
    let mut at_of_leader = vec![usize::MAX; taken.len()];
    for (e, event) in taken.into_iter().enumerate() {
        let l = leaders[e];
        if l == e {
            at_of_leader[e] = kept.len();
            kept.push(event);
            continue;
        }
        let into = &mut kept[at_of_leader[l]];
        into.mentions.extend(event.mentions);
        for p in event.participants {
            if !into.participants.contains(&p) {
                into.participants.push(p);
            }
        }
        if into.place.is_none() {
            into.place = event.place;
        }
    }
    *events = kept;
    for statement in statements {
        if let Some(to) = statement.event.as_ref().and_then(|e| renamed.get(e)) {
            statement.event = Some(to.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EventTime, Mention, ReportId, Span, SpeakerId, StatementId, StatementKind};

    fn event(id: &str, title: &str, value: &str) -> Event {
        Event {
            id: EventId::new(id),
            title: title.into(),
            time: Some(EventTime {
                value: value.parse().unwrap(),
                expression: None,
                anchor: None,
            }),
            place: None,
            participants: Vec::new(),
            mentions: vec![Mention {
                report: ReportId::new(id.split('-').next().unwrap()),
                span: Span::of("x", 0..1).unwrap(),
            }],
        }
    }

    fn titles(events: &[Event]) -> Vec<(&str, &str, usize)> {
        events
            .iter()
            .map(|e| (e.id.as_str(), e.title.as_str(), e.mentions.len()))
            .collect()
    }

    #[test]
    fn one_occasion_on_one_day_across_reports_is_one_event() {
        let mut events = vec![
            event("a-1", "debate", "2016-09-26"),
            event("b-1", "first presidential debate", "2016-09-26"),
            event("c-1", "presidential debate", "2016-09-26"),
            event("c-2", "Clinton leaned in heavy and often", "2016-09-26"),
            event("c-3", "debate with Hillary Clinton", "2016-09-26"),
            event("c-4", "Hillary Clinton didn't need an event", "2016-09-26"),
            event("d-1", "debate", "2016-10-09"),
        ];
        let mut statements = vec![Statement {
            id: StatementId::new("c-s1"),
            report: ReportId::new("c"),
            speaker: SpeakerId::new("x"),
            kind: StatementKind::Direct,
            speaker_mention: None,
            cue: None,
            content: Span::of("x", 0..1).unwrap(),
            event: Some(EventId::new("c-1")),
            same_as: Box::new([]),
        }];
        link_same_events(&mut events, &mut statements, &[true; 7]);
        assert_eq!(
            titles(&events),
            [
                ("a-1", "first presidential debate", 4),
                ("c-2", "Clinton leaned in heavy and often", 1),
                ("c-4", "Hillary Clinton didn't need an event", 1),
                ("d-1", "debate", 1),
            ]
        );
        assert_eq!(statements[0].event.as_ref().unwrap().as_str(), "a-1");
    }

    #[test]
    fn different_things_on_one_day_stay_apart() {
        let mut events = vec![
            event("a-1", "rally in Florida", "2016-09-26"),
            event("b-1", "rally in Ohio", "2016-09-26"),
            event("c-1", "Stein was escorted off the premises", "2016-09-26"),
            event("d-1", "Trump spoke to reporters", "2016-09-26"),
            event("e-1", "debate", "2016-09"),
            event("f-1", "Democratic convention", "2016-07"),
            event("g-1", "Republican National Convention", "2016-07"),
            event("h-1", "press conference", "2016-09-16"),
            event("i-1", "meeting", "2016-09"),
        ];
        let before = titles(&events).len();
        link_same_events(&mut events, &mut [], &[true; 9]);
        assert_eq!(events.len(), before, "{:?}", titles(&events));
    }

    #[test]
    fn shared_key_words_or_a_family_of_occasions_link() {
        let mut events = vec![
            event("a-1", "Stein escorted off Hofstra premises", "2016-09-26"),
            event("b-1", "Police escorted Stein from Hofstra", "2016-09-26"),
            event("b-2", "Stein made a statement", "2016-09-26"),
            event("c-1", "summit with Putin", "2025-08-15"),
            event("d-1", "talks in Anchorage", "2025-08-15"),
        ];
        link_same_events(&mut events, &mut [], &[true; 5]);
        assert_eq!(events.len(), 3, "{:?}", titles(&events));
    }

    #[test]
    fn an_occasion_word_inside_a_clause_names_no_occasion() {
        let mut events = vec![
            event(
                "a-1",
                "The New York Post reports that her team hid it",
                "2016-09-11",
            ),
            event("b-1", "statement", "2016-09-11"),
            event(
                "c-1",
                "The Republican presidential nominee noted his campaign",
                "2016-09-11",
            ),
            event(
                "d-1",
                "The Republican vice presidential nominee was speaking",
                "2016-09-11",
            ),
        ];
        link_same_events(&mut events, &mut [], &[true; 4]);
        assert_eq!(events.len(), 4, "{:?}", titles(&events));
    }

    #[test]
    fn hand_annotated_events_keep_their_own() {
        let mut events = vec![
            event("a-1", "debate", "2016-09-26"),
            event("b-1", "debate", "2016-09-26"),
        ];
        link_same_events(&mut events, &mut [], &[true, false]);
        assert_eq!(events.len(), 2);
    }
}
