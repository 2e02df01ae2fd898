//! Speakers: canonical names from the words that name them, pronouns and descriptions
//! resolved to the person meant, and one speaker for every spelling of a name.

use std::rc::Rc;

use super::cues::{FnvMap, WordSet};
use crate::model::SpeakerKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSpeaker {
    pub id: String,
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
}

const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "chancellor",
    "senator",
    "sen.",
    "rep.",
    "gov.",
    "governor",
    "secretary",
    "envoy",
    "special",
    "u.s.",
    "us",
    "uk",
    "eu",
    "former",
    "vice",
    "commission",
    "european",
    "state",
    "foreign",
    "defense",
    "defence",
    "general",
    "attorney",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chief",
    "director",
    "chairman",
    "leader",
    "republican",
    "democratic",
    "democrat",
    "candidate",
    "nominee",
    "presidential",
    "house",
    "speaker",
    "white",
    "senior",
    "adviser",
    "russian",
    "ukrainian",
    "american",
    "french",
    "british",
    "german",
    "italian",
    "chinese",
    "israeli",
    "iranian",
    "indian",
    "the",
    "his",
    "her",
    "their",
    "counterpart",
    "top",
    "press",
    "campaign",
    "manager",
    "sen",
    "rep",
    "gov",
    "majority",
    "minority",
    "whip",
    "congressman",
    "congresswoman",
    "representative",
    "judge",
    "justice",
    "new",
    "york",
    "national",
    "security",
    "council",
    "lt.",
    "gen.",
    "col.",
    "ceo",
    "founder",
    "executive",
    "head",
    "pope",
    "king",
    "queen",
    "prince",
    "officials",
    "official",
    "agent",
    "kgb",
];

/// Places and bodies that speak for a state: "Moscow" and "the Kremlin" are Russia.
const STATES: &[(&str, &str)] = &[
    ("moscow", "Russia"),
    ("kremlin", "Russia"),
    ("russia", "Russia"),
    ("kyiv", "Ukraine"),
    ("kiev", "Ukraine"),
    ("ukraine", "Ukraine"),
    ("washington", "United States"),
    ("white house", "United States"),
    ("united states", "United States"),
    ("beijing", "China"),
    ("china", "China"),
    ("london", "United Kingdom"),
    ("downing street", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("paris", "France"),
    ("france", "France"),
    ("berlin", "Germany"),
    ("germany", "Germany"),
    ("tehran", "Iran"),
    ("iran", "Iran"),
    ("pyongyang", "North Korea"),
    ("brussels", "European Union"),
    ("nato", "NATO"),
    ("israel", "Israel"),
    ("india", "India"),
    ("new delhi", "India"),
    ("pentagon", "United States"),
    ("japan", "Japan"),
    ("tokyo", "Japan"),
];

const ORGS: &[&str] = &[
    "ministry",
    "department",
    "party",
    "commission",
    "committee",
    "campaign",
    "council",
    "agency",
    "reuters",
    "press",
    "news",
    "times",
    "post",
    "journal",
    "cnn",
    "bbc",
    "fox",
    "tass",
    "ria",
    "university",
    "institute",
    "court",
    "congress",
    "senate",
    "parliament",
    "government",
    "administration",
    "office",
    "union",
    "bank",
    "inc.",
    "corp.",
    "group",
    "association",
    "foundation",
    "police",
    "army",
    "nations",
    "organization",
    "company",
];

const UNNAMED: &[&str] = &[
    "sources",
    "source",
    "officials",
    "official",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "critics",
    "observers",
    "diplomats",
    "diplomat",
    "aides",
    "aide",
    "people",
    "residents",
    "witnesses",
    "insiders",
    "voters",
    "supporters",
    "opponents",
    "economists",
    "scientists",
    "researchers",
    "polls",
    "poll",
    "survey",
    "others",
    "some",
    "many",
    "lawmakers",
];

const PRONOUNS: &[&str] = &["he", "she", "him", "her", "his"];
const PLURAL_PRONOUNS: &[&str] = &["they", "we", "i", "you", "it"];

/// Folds spellings together: lower case letters only, doubled letters once
/// ("Zelenskyy" and "Zelensky" agree).
pub fn fold(name: &str) -> String {
    if name.is_ascii() {
        return fold_ascii(name);
    }
    let mut out = String::with_capacity(name.len());
    let mut last = None;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == ' ' {
            if Some(c) != last {
                out.push(c);
            }
            last = Some(c);
        }
    }
    out.trim().to_owned()
}

/// `fold` for ASCII text, byte by byte, with no second copy for the trim.
fn fold_ascii(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut last = None;
    for b in name.bytes() {
        let b = b.to_ascii_lowercase();
        if b.is_ascii_alphanumeric() || b == b' ' {
            if Some(b) != last {
                out.push(char::from(b));
            }
            last = Some(b);
        }
    }
    let end = out.trim_end_matches(' ').len();
    out.truncate(end);
    let start = out.len() - out.trim_start_matches(' ').len();
    out.drain(..start);
    out
}

/// `text` without every leading repetition of `prefix`, as `trim_start_matches` does.
fn strip_all<'a>(mut text: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = text.strip_prefix(prefix) {
        text = rest;
    }
    text
}

fn slug(name: &str) -> String {
    fold(name).replace(' ', "-")
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

static TITLES_SET: WordSet = WordSet::new(TITLES);
static ORGS_SET: WordSet = WordSet::new(ORGS);
static UNNAMED_SET: WordSet = WordSet::new(UNNAMED);

/// The speakers of one text and the person last spoken of, for pronouns.
#[derive(Debug, Default)]
pub struct Speakers {
    pub found: Vec<FoundSpeaker>,
    /// The folded forms of each found speaker's name, so that matching a mention does
    /// not fold every name again.
    keys: Vec<Keys>,
    last_person: Option<usize>,
    /// What each mention met so far says, read once: a text names the same people
    /// again and again.
    plans: FnvMap<String, Rc<Mention>>,
    /// The ids given so far, each with the number its next namesake gets: two people
    /// of one surname ("A Trump", "Da Trump") must not share an id.
    ids: FnvMap<String, usize>,
}

/// A speaker's name folded whole, its last and first words folded, its word count and
/// its aliases in lower case.
#[derive(Debug, Default, Clone)]
struct Keys {
    name: String,
    /// The name in lower case, as aliases are compared.
    lower_name: String,
    surname: String,
    first: String,
    words: usize,
    lower_aliases: Vec<String>,
}

impl Keys {
    fn of(name: &str) -> Keys {
        Keys {
            name: fold(name),
            lower_name: name.to_lowercase(),
            surname: fold(name.split_whitespace().last().unwrap_or("")),
            first: fold(name.split_whitespace().next().unwrap_or("")),
            words: name.split_whitespace().count(),
            lower_aliases: Vec::new(),
        }
    }
}

/// A mention as written (trimmed) and in lower case, with what resolving it does: all
/// that depends on the mention alone, so that it is worked out once per spelling.
#[derive(Debug)]
struct Mention {
    text: String,
    lower: String,
    plan: Plan,
}

/// What resolving a mention does, given the speakers found so far.
#[derive(Debug)]
enum Plan {
    /// "he": the person last spoken of.
    Pronoun,
    /// "they", or nothing left: no speaker.
    Nobody,
    /// This speaker, found or added; `person` makes it the one pronouns mean.
    Add { speaker: Candidate, person: bool },
    /// "the Russian leader": the last person with these words (lower case) in an alias.
    Describe { adjectives: Vec<String> },
    /// A single name: the person already met with this surname (folded), else `otherwise`.
    Surname { key: String, otherwise: Candidate },
}

/// A speaker to find among those found or to add, with its keys worked out.
#[derive(Debug)]
struct Candidate {
    name: String,
    kind: SpeakerKind,
    keys: Keys,
}

impl Candidate {
    fn new(name: &str, kind: SpeakerKind) -> Candidate {
        Candidate {
            name: name.to_owned(),
            kind,
            keys: Keys::of(name),
        }
    }
}

/// Reads a mention: everything `Speakers::resolve` decides without the speakers found.
fn plan(mention: &str) -> Mention {
    let mention = mention
        .trim()
        .trim_end_matches(['\'', '’'])
        .trim_end_matches("'s")
        .trim_end_matches("’s");
    let lower = mention.to_lowercase();
    let read = |plan| Mention {
        text: mention.to_owned(),
        lower: lower.clone(),
        plan,
    };
    if PRONOUNS.contains(&lower.as_str()) {
        return read(Plan::Pronoun);
    }
    if PLURAL_PRONOUNS.contains(&lower.as_str()) || mention.is_empty() {
        return read(Plan::Nobody);
    }
    let add = |name: &str, kind| Plan::Add {
        speaker: Candidate::new(name, kind),
        person: false,
    };
    let words: Vec<&str> = mention.split_whitespace().collect();
    let lower_words: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    // A state speaking through its capital or its seat of power.
    let bare = strip_all(&lower, "the ").trim();
    if let Some((_, state)) = STATES.iter().find(|(k, _)| *k == bare) {
        return read(add(state, SpeakerKind::Institution));
    }
    let names: Vec<&str> = name_words(&words);
    if names.is_empty()
        && (!words.iter().any(|w| is_capitalised(w))
            || bare.starts_with(|c: char| c.is_lowercase()))
    {
        // "the Russian leader": the last person matching its adjectives, or the last one.
        let head = lower_words.last().map(String::as_str).unwrap_or("");
        if UNNAMED_SET.contains(head) {
            let name = strip_all(strip_all(&lower, "the "), "some ");
            return read(add(name, SpeakerKind::Unnamed));
        }
        let adjectives = words
            .iter()
            .filter(|w| is_capitalised(w))
            .map(|w| w.to_lowercase())
            .collect();
        return read(Plan::Describe { adjectives });
    }
    let last_word = lower_words.last().map(String::as_str).unwrap_or("");
    let is_org = ORGS_SET.contains(last_word)
        || names.len() < 2 && lower_words.iter().any(|w| ORGS_SET.contains(w));
    let person = || Plan::Add {
        speaker: Candidate::new(&names.join(" "), SpeakerKind::Person),
        person: true,
    };
    if names.len() == 1 && !is_org {
        let key = fold(names[0]);
        let otherwise = match STATES.iter().find(|(k, _)| *k == key) {
            Some((_, state)) => Candidate::new(state, SpeakerKind::Institution),
            None => Candidate::new(&names.join(" "), SpeakerKind::Person),
        };
        return read(Plan::Surname { key, otherwise });
    }
    if is_org || names.is_empty() {
        let name = if names.is_empty() {
            bare
        } else {
            strip_all(mention, "the ")
        };
        return read(add(name, SpeakerKind::Institution));
    }
    read(person())
}

impl Speakers {
    /// Resolves the words naming a speaker to a speaker, creating it if new.
    pub fn resolve(&mut self, mention: &str) -> Option<usize> {
        let read = match self.plans.get(mention) {
            Some(read) => Rc::clone(read),
            None => {
                let read = Rc::new(plan(mention));
                self.plans.insert(mention.to_owned(), Rc::clone(&read));
                read
            }
        };
        match &read.plan {
            Plan::Pronoun => self.last_person,
            Plan::Nobody => None,
            Plan::Add { speaker, person } => {
                let at = self.add(speaker, &read);
                if *person {
                    self.last_person = Some(at);
                }
                Some(at)
            }
            Plan::Describe { adjectives } => self.describe(&read, adjectives),
            Plan::Surname { key, otherwise } => {
                // A surname alone: the person already met with it.
                if let Some(at) = self
                    .found
                    .iter()
                    .zip(&self.keys)
                    .position(|(s, k)| s.kind == SpeakerKind::Person && k.surname == *key)
                {
                    self.alias(at, &read.text, &read.lower);
                    self.last_person = Some(at);
                    return Some(at);
                }
                let at = self.add(otherwise, &read);
                if otherwise.kind == SpeakerKind::Person {
                    self.last_person = Some(at);
                }
                Some(at)
            }
        }
    }

    /// Shares the speaker of an earlier statement, and makes it the one pronouns mean.
    pub fn repeat(&mut self, speaker: Option<usize>) -> Option<usize> {
        if let Some(at) = speaker {
            if self.found[at].kind == SpeakerKind::Person {
                self.last_person = Some(at);
            }
        }
        speaker
    }

    fn describe(&mut self, mention: &Mention, adjectives: &[String]) -> Option<usize> {
        // `lower_aliases` holds each alias in lower case, in the same order.
        let matching = self
            .found
            .iter()
            .zip(&self.keys)
            .enumerate()
            .rev()
            .find(|(_, (s, k))| {
                s.kind == SpeakerKind::Person
                    && !adjectives.is_empty()
                    && k.lower_aliases
                        .iter()
                        .any(|a| adjectives.iter().all(|adj| a.contains(adj.as_str())))
            });
        let at = matching.map(|(at, _)| at).or(self.last_person)?;
        self.alias(at, &mention.text, &mention.lower);
        Some(at)
    }

    fn add(&mut self, speaker: &Candidate, mention: &Mention) -> usize {
        let (name, kind, new) = (&speaker.name, speaker.kind, &speaker.keys);
        let found = self.found.iter().zip(&self.keys).position(|(s, k)| {
            s.kind == kind
                && (k.name == new.name
                    || kind == SpeakerKind::Person
                        && k.surname == new.surname
                        && (k.words == 1 || new.words == 1 || k.first == new.first))
        });
        let at = match found {
            Some(at) => {
                // A fuller name replaces a surname alone.
                if new.words > self.keys[at].words {
                    let old = std::mem::replace(&mut self.found[at].name, name.clone());
                    let aliases = std::mem::take(&mut self.keys[at].lower_aliases);
                    self.keys[at] = Keys {
                        lower_aliases: aliases,
                        ..new.clone()
                    };
                    let lower_old = old.to_lowercase();
                    self.alias(at, &old, &lower_old);
                }
                at
            }
            None => {
                let id = match kind {
                    SpeakerKind::Person => new.surname.replace(' ', "-"),
                    _ => slug(name),
                };
                let id = self.unique_id(if id.is_empty() { "speaker".into() } else { id });
                self.keys.push(new.clone());
                self.found.push(FoundSpeaker {
                    id,
                    name: name.clone(),
                    kind,
                    aliases: Vec::new(),
                });
                self.found.len() - 1
            }
        };
        self.alias(at, &mention.text, &mention.lower);
        at
    }

    /// `id`, or `id-2`, `id-3`... if it is taken; `unknown` is kept for statements
    /// without a speaker.
    fn unique_id(&mut self, id: String) -> String {
        if self.ids.is_empty() {
            self.ids.insert("unknown".into(), 2);
        }
        let mut id = id;
        while let Some(next) = self.ids.get_mut(&id) {
            let numbered = format!("{id}-{next}");
            *next += 1;
            id = numbered;
        }
        self.ids.insert(id.clone(), 2);
        id
    }

    /// Adds `alias` (`lower` in lower case) to the speaker's aliases if it is new.
    fn alias(&mut self, at: usize, alias: &str, lower: &str) {
        let speaker = &mut self.found[at];
        let keys = &mut self.keys[at];
        if keys.lower_name != lower && !keys.lower_aliases.iter().any(|a| a == lower) {
            speaker.aliases.push(alias.to_owned());
            keys.lower_aliases.push(lower.to_owned());
        }
    }
}

/// The words of a phrase that are a person's name: the last run of capitalised words
/// that are not titles ("U.S. President Donald Trump" -> "Donald Trump").
fn name_words<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut end = words.len();
    while end > 0 && !is_capitalised(words[end - 1]) {
        end -= 1;
    }
    let mut start = end;
    while start > 0 {
        let w = words[start - 1];
        let lower = w.to_lowercase();
        let particle = matches!(
            lower.as_str(),
            "von" | "der" | "de" | "van" | "bin" | "al" | "da" | "del" | "la" | "le"
        );
        if (is_capitalised(w) && !TITLES_SET.contains(&lower)) || particle && start < end {
            start -= 1;
        } else {
            break;
        }
    }
    while start < end && !is_capitalised(words[start]) {
        start += 1;
    }
    words[start..end].to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_surnames_pronouns_and_spellings_are_one_speaker() {
        let mut speakers = Speakers::default();
        let trump = speakers.resolve("U.S. President Donald Trump");
        assert_eq!(speakers.found[0].name, "Donald Trump");
        assert_eq!(speakers.resolve("Trump"), trump);
        assert_eq!(speakers.resolve("he"), trump);
        let z = speakers.resolve("Ukrainian President Volodymyr Zelenskyy");
        assert_eq!(speakers.resolve("Zelensky"), z);
        assert_eq!(speakers.resolve("Moscow"), speakers.resolve("the Kremlin"));
        let experts = speakers.resolve("experts").unwrap();
        assert_eq!(speakers.found[experts].kind, SpeakerKind::Unnamed);
        let witkoff = speakers
            .resolve("Special U.S. envoy Steve Witkoff")
            .unwrap();
        assert_eq!(speakers.found[witkoff].name, "Steve Witkoff");
        let vdl = speakers
            .resolve("European Commission President Ursula von der Leyen")
            .unwrap();
        assert_eq!(speakers.found[vdl].name, "Ursula von der Leyen");
    }

    #[test]
    fn a_description_is_the_person_it_describes() {
        let mut speakers = Speakers::default();
        let putin = speakers.resolve("his Russian counterpart Vladimir Putin");
        speakers.resolve("Donald Trump");
        assert_eq!(speakers.resolve("the Russian leader"), putin);
    }

    #[test]
    fn two_people_of_one_surname_get_ids_of_their_own() {
        let mut speakers = Speakers::default();
        let ids: Vec<String> = ["Donald Trump", "Melania Trump", "Eric Trump", "Mr Unknown"]
            .iter()
            .map(|name| {
                let at = speakers.resolve(name).unwrap();
                speakers.found[at].id.clone()
            })
            .collect();
        assert_eq!(ids, ["trump", "trump-2", "trump-3", "unknown-2"]);
    }
}
