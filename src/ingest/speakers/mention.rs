//! Reading the words that name a speaker ("U.S. President Donald Trump", "the Vermont
//! senator", "a statement", "Rep. Elijah Cummings of Maryland") into what they say of
//! the speaker, before any other mention of the text is looked at.

use std::borrow::Cow;
use std::cell::RefCell;

use compact_str::CompactString;
use smallvec::SmallVec;

use super::super::cues::{self, concat_lists, WordSet};
use super::super::sentences::possessive;
use super::full_names::is_initial;
use super::{kept, Map};
use crate::model::names::{
    ascii_lowered_in, fold_compact, gender_in, gender_of_first_name, gender_of_word, is_honorific,
    Gender, PersonName,
};
use crate::model::values::dates::{year_number, MONTHS, WEEKDAYS};
use crate::model::words::number_word;

/// What a mention says of its speaker. Names are kept inline when short (compact_str):
/// a text reads thousands of mentions, and each `String` would be allocated and freed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Reading {
    /// "he", "she": the last person spoken of, of that sex if it is known.
    Pronoun(Option<Gender>),
    /// "it" (false) or "they" (true) saying something: the body, or for "they" the
    /// people not named, that spoke last ("The company said ... It added ...").
    Group(bool),
    /// A day, a word that names no one.
    Nobody,
    /// A month or day written as a name ("May said"): the person of that surname the
    /// text knows already (Theresa May), else no one. The surname folded.
    KnownSurname(CompactString),
    /// A person named: "U.S. President Donald Trump" is "Donald Trump".
    Person {
        name: CompactString,
        person: PersonName,
        gender: Option<Gender>,
        /// Whether the mention is a name the person may be found by (`name_like`),
        /// and the name's `fullness`: told from the words split here already.
        name_like: bool,
        fullness: usize,
    },
    /// A named institution, or a state speaking through its capital ("the Kremlin").
    Institution { name: CompactString },
    /// People not named: "officials", "a senior aide", "Republicans".
    Unnamed { name: CompactString },
    /// "a statement", "the tweet": whoever issued it speaks.
    Document,
    /// "the campaign", "the paper": the institution of that kind met last.
    Generic {
        head: CompactString,
        name: CompactString,
    },
    /// "the Russian leader", "the president": the last person with these words (lower
    /// case; the capitalised ones if any, else all) in a name or an alias, else the last
    /// person of that sex. "Mr. Trump's campaign chairman" is someone's, "the secretary
    /// of state" an office's: else the people not named of that name (`or_unnamed`),
    /// never whoever was spoken of last, who is often that someone.
    Describe {
        adjectives: Vec<String>,
        gender: Option<Gender>,
        or_unnamed: Option<CompactString>,
    },
}

/// Words before a name that are titles or descriptions, not the name.
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
    "chairwoman",
    "chair",
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
    "pres.",
    "adm.",
    "maj.",
    "sgt.",
    "del.",
    "ceo",
    "founder",
    "executive",
    "head",
    "pope",
    "archbishop",
    "duke",
    "king",
    "queen",
    "prince",
    "officials",
    "official",
    "agent",
    "kgb",
    "interim",
    "mayor",
    "sheriff",
    "rev.",
    "prof.",
    "professor",
    "fellow",
    "rival",
    "deputy",
    "acting",
    "assistant",
];

/// Places and bodies that speak for a state: "Moscow" and "the Kremlin" are Russia.
/// The buildings an office of a state speaks from are that office, not the state: the
/// White House is the American president's, not Congress's nor a court's.
const STATES: &[(&str, &str)] = &[
    ("white house", "White House"),
    ("pentagon", "Pentagon"),
    ("downing street", "Downing Street"),
    ("moscow", "Russia"),
    ("kremlin", "Russia"),
    ("russia", "Russia"),
    ("kyiv", "Ukraine"),
    ("kiev", "Ukraine"),
    ("ukraine", "Ukraine"),
    ("washington", "United States"),
    ("united states", "United States"),
    ("beijing", "China"),
    ("china", "China"),
    ("london", "United Kingdom"),
    ("britain", "United Kingdom"),
    ("united kingdom", "United Kingdom"),
    ("paris", "France"),
    ("france", "France"),
    ("berlin", "Germany"),
    ("germany", "Germany"),
    ("tehran", "Iran"),
    ("iran", "Iran"),
    ("pyongyang", "North Korea"),
    ("north korea", "North Korea"),
    ("seoul", "South Korea"),
    ("south korea", "South Korea"),
    ("brussels", "European Union"),
    ("european union", "European Union"),
    ("nato", "NATO"),
    ("israel", "Israel"),
    ("india", "India"),
    ("new delhi", "India"),
    ("japan", "Japan"),
    ("tokyo", "Japan"),
    ("mexico", "Mexico"),
    ("mexico city", "Mexico"),
    ("canada", "Canada"),
    ("ottawa", "Canada"),
    ("saudi arabia", "Saudi Arabia"),
    ("riyadh", "Saudi Arabia"),
    ("syria", "Syria"),
    ("damascus", "Syria"),
    ("iraq", "Iraq"),
    ("baghdad", "Iraq"),
    ("turkey", "Turkey"),
    ("ankara", "Turkey"),
    ("egypt", "Egypt"),
    ("cairo", "Egypt"),
    ("pakistan", "Pakistan"),
    ("islamabad", "Pakistan"),
    ("afghanistan", "Afghanistan"),
    ("kabul", "Afghanistan"),
    ("cuba", "Cuba"),
    ("havana", "Cuba"),
    ("venezuela", "Venezuela"),
    ("caracas", "Venezuela"),
    ("italy", "Italy"),
    ("spain", "Spain"),
    ("poland", "Poland"),
    ("warsaw", "Poland"),
    ("taiwan", "Taiwan"),
    ("taipei", "Taiwan"),
    ("australia", "Australia"),
    ("canberra", "Australia"),
    ("brazil", "Brazil"),
    ("brasilia", "Brazil"),
    ("greece", "Greece"),
    ("athens", "Greece"),
    ("netherlands", "Netherlands"),
    ("sweden", "Sweden"),
    ("stockholm", "Sweden"),
    ("norway", "Norway"),
    ("oslo", "Norway"),
    ("qatar", "Qatar"),
    ("doha", "Qatar"),
    ("lebanon", "Lebanon"),
    ("beirut", "Lebanon"),
    ("libya", "Libya"),
    ("tripoli", "Libya"),
    ("yemen", "Yemen"),
    ("vietnam", "Vietnam"),
    ("hanoi", "Vietnam"),
    ("philippines", "Philippines"),
    ("manila", "Philippines"),
    ("indonesia", "Indonesia"),
    ("jakarta", "Indonesia"),
    ("nigeria", "Nigeria"),
    ("south africa", "South Africa"),
    ("pretoria", "South Africa"),
    ("argentina", "Argentina"),
    ("buenos aires", "Argentina"),
    ("colombia", "Colombia"),
    ("bogota", "Colombia"),
];

/// The places and bodies of `STATES`, for a `WordSet` of them.
const STATE_PLACES: [&str; STATES.len()] = {
    let mut places = [""; STATES.len()];
    let mut k = 0;
    while k < STATES.len() {
        places[k] = STATES[k].0;
        k += 1;
    }
    places
};
static STATE_PLACES_SET: WordSet = WordSet::new(&STATE_PLACES);

/// Last words of an institution's name.
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
    "institution",
    "court",
    "congress",
    "senate",
    "parliament",
    "government",
    "administration",
    "office",
    "union",
    "federation",
    "chamber",
    "society",
    "league",
    "academy",
    "authority",
    "assembly",
    "reserve",
    "bank",
    "inc.",
    "corp.",
    "corporation",
    "group",
    "association",
    "foundation",
    "police",
    "army",
    "nations",
    "organization",
    "company",
    "center",
    "centre",
    "research",
    "board",
    "network",
    "bureau",
    "service",
    "fund",
    "coalition",
    "alliance",
    "project",
    "caucus",
    "embassy",
    "delegation",
    "herald",
    "tribune",
    "gazette",
    "register",
    "inquirer",
    "chronicle",
    "examiner",
    "sentinel",
    "courier",
    "dispatch",
    "telegraph",
    "monitor",
    "globe",
    "magazine",
    "politico",
    "politifact",
    "msnbc",
    "abc",
    "nbc",
    "cbs",
    "npr",
    "ap",
    "fbi",
    "cia",
    "nsa",
    "irs",
    "epa",
    "un",
    "gop",
    "dnc",
    "rnc",
];

/// Heads of phrases naming people not named.
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
    "surveys",
    "others",
    "some",
    "many",
    "lawmakers",
    "members",
    "leaders",
    "advisers",
    "advocates",
    "activists",
    "protesters",
    "organizers",
    "prosecutors",
    "investigators",
    "authorities",
    "strategists",
    "donors",
    "delegates",
    "republicans",
    "democrats",
    "americans",
    "conservatives",
    "liberals",
    "progressives",
    "evangelicals",
    "independents",
    "women",
    "men",
    "both",
    "spokesmen",
    "studies",
    // Not "lawyers" or "workers": the last word of many a body's name ("United Auto
    // Workers").
    "family",
    "relatives",
    "colleagues",
    "allies",
    "staffers",
    "employees",
    "executives",
    "attorneys",
    "negotiators",
    "operatives",
    "pollsters",
    "commentators",
    "pundits",
    "historians",
    "backers",
    "respondents",
    "participants",
    "constituents",
    "legislators",
    "regulators",
];

/// Peoples by nation or faith: "The Europeans derided the deal" is many people. Only
/// a name of one word is one ("David French" is a person).
const PEOPLES: &[&str] = &[
    "europeans",
    "russians",
    "ukrainians",
    "germans",
    "british",
    "french",
    "chinese",
    "japanese",
    "vietnamese",
    "lebanese",
    "koreans",
    "israelis",
    "palestinians",
    "iranians",
    "iraqis",
    "syrians",
    "afghans",
    "pakistanis",
    "saudis",
    "turks",
    "kurds",
    "egyptians",
    "mexicans",
    "canadians",
    "cubans",
    "africans",
    "asians",
    "latinos",
    "hispanics",
    "muslims",
    "christians",
    "jews",
    "catholics",
    "mormons",
];
static PEOPLES_SET: WordSet = WordSet::new(PEOPLES);

/// Heads of phrases naming a document, whose issuer is the speaker.
const DOCUMENTS: &[&str] = &[
    "statement",
    "statements",
    "tweet",
    "tweets",
    "post",
    "posts",
    "letter",
    "memo",
    "email",
    "emails",
    "release",
    "report",
    "reports",
    "remarks",
    "comments",
    "interview",
    "article",
    "speech",
    "video",
    "transcript",
    "filing",
    "complaint",
    "lawsuit",
    "ad",
    "message",
    "note",
    "book",
    "data",
    "study",
];

/// Heads of phrases naming an institution not named: "the campaign".
const INSTITUTION_HEADS: &[&str] = &[
    "campaign",
    "government",
    "administration",
    "military",
    "police",
    "party",
    "committee",
    "court",
    "ministry",
    "agency",
    "department",
    "office",
    "group",
    "team",
    "side",
    "company",
    "firm",
    "organization",
    "commission",
    "council",
    "board",
    "union",
    "network",
    "newspaper",
    "paper",
    "station",
    "embassy",
    "delegation",
    "foundation",
    "institute",
    "center",
    "white house",
    "regime",
    "army",
    "navy",
    "court",
];

/// Heads of phrases describing one person: "the Vermont senator", "the billionaire".
const PERSON_ROLES: &[&str] = &[
    "president",
    "leader",
    "senator",
    "secretary",
    "minister",
    "governor",
    "candidate",
    "nominee",
    "spokesperson",
    "envoy",
    "ambassador",
    "diplomat",
    "official",
    "judge",
    "justice",
    "mayor",
    "general",
    "attorney",
    "prosecutor",
    "lawyer",
    "executive",
    "founder",
    "billionaire",
    "mogul",
    "developer",
    "actor",
    "star",
    "host",
    "anchor",
    "writer",
    "author",
    "reporter",
    "columnist",
    "journalist",
    "economist",
    "professor",
    "student",
    "scholar",
    "analyst",
    "expert",
    "strategist",
    "pollster",
    "manager",
    "chief",
    "head",
    "counterpart",
    "rival",
    "opponent",
    "challenger",
    "incumbent",
    "frontrunner",
    "front-runner",
    "commander",
    "officer",
    "agent",
    "lawmaker",
    "legislator",
    "representative",
    "politician",
    "veteran",
    "doctor",
    "physician",
    "director",
    "adviser",
    "advisor",
    "aide",
    "chair",
    "president-elect",
    "speaker",
    "successor",
    "predecessor",
    "incumbent",
    "owner",
    "ceo",
    "democrat",
    "republican",
    "comedian",
    "singer",
    "rapper",
    "pastor",
    "preacher",
    "candidate",
    "contender",
    "hopeful",
    "rabbi",
    "reverend",
    "bishop",
    "imam",
    "priest",
    "counsel",
];

/// Roles that say what the bearer of a name is ("Police Commissioner Richard Ross",
/// "..., said Ana Ruiz, editor of the paper") but that no description is resolved by.
static BEARER_ROLES_SET: WordSet = WordSet::new(&[
    "commissioner",
    "businessman",
    "businesswoman",
    "alderman",
    "editor",
    "publisher",
    "producer",
    "filmmaker",
    "historian",
    "consultant",
    "activist",
    "organizer",
    "recorder",
    "treasurer",
    "auditor",
    "comptroller",
    "superintendent",
    "inspector",
    "administrator",
    "ombudsman",
    "coroner",
    "assessor",
    "registrar",
]);

/// Whether a lower-case word is a role a person has: people's words (`names_people`)
/// and the bearers' roles.
pub(in crate::ingest) fn is_role(word: &str) -> bool {
    names_people(word) || BEARER_ROLES_SET.contains(word)
}

/// Capitalised words that never name a speaker by themselves: a sentence may start
/// with them ("Among", "Most"), they are times of day, or a document ("Statement");
/// `OPENS_A_PLACE` holds the first words of longer names ("United", "Federal").
const NAMELESS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
    "us",
    "our",
    "their",
    "his",
    "between",
    "among",
    "about",
    "after",
    "before",
    "during",
    "while",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "and",
    "or",
    "but",
    "if",
    "then",
    "than",
    "as",
    "at",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "on",
    "onto",
    "over",
    "to",
    "under",
    "with",
    "without",
    "within",
    "also",
    "both",
    "either",
    "neither",
    "each",
    "every",
    "all",
    "some",
    "any",
    "many",
    "much",
    "more",
    "most",
    "other",
    "another",
    "such",
    "no",
    "not",
    "only",
    "just",
    "even",
    "still",
    "yet",
    "here",
    "there",
    "now",
    "according",
    "editor",
    "editors",
    "note",
    "notes",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "weekend",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "day",
    "statement",
    "statements",
    "tweet",
    "report",
    "reports",
    "letter",
    "interview",
    "video",
    "speech",
    "however",
    "meanwhile",
    "instead",
    "still",
    "asked",
    "speaking",
    "several",
    "two",
    "three",
    "few",
    "one",
    // Words that open a sentence and name no one: "Across the state, ...", "Perhaps",
    // "Anyone who ...", "Ask him and he says ...".
    "across",
    "anyone",
    "someone",
    "everyone",
    "nobody",
    "somebody",
    "everybody",
    "unless",
    "whenever",
    "wherever",
    "whatever",
    "therefore",
    "perhaps",
    "soon",
    "shortly",
    "ever",
    "outside",
    "inside",
    "overall",
    "little",
    "multiple",
    "absent",
    "based",
    "although",
    "though",
    "because",
    "since",
    "until",
    "once",
    "indeed",
    "moreover",
    "furthermore",
    "nevertheless",
    "later",
    "earlier",
    "finally",
    "eventually",
    "initially",
    "ultimately",
    "recently",
    "currently",
    "previously",
    "already",
    "almost",
    "nearly",
    "ask",
    "asking",
    "conceding",
    "spurns",
    "talk",
    "everything",
    "nothing",
    "something",
    "anything",
    "do",
    "does",
    "did",
    "say",
    "says",
    "preceded",
    "last",
    "next",
    "first",
    "second",
    "third",
    "whether",
    "despite",
    "against",
    "along",
    "around",
    "behind",
    "beyond",
    "toward",
    "towards",
    "through",
    "throughout",
    "upon",
    "via",
];

/// Words that name no one alone but open the name of a place or body.
const OPENS_A_PLACE: &[&str] = &[
    "united",
    "new",
    "north",
    "south",
    "east",
    "west",
    "white",
    "supreme",
    "national",
    "federal",
    "general",
    "central",
    "american",
    "democratic",
    "republican",
];

/// Every word that is no name alone: `NAMELESS` and `OPENS_A_PLACE`.
const NOT_NAMES: [&str; NAMELESS.len() + OPENS_A_PLACE.len()] =
    concat_lists(NAMELESS, OPENS_A_PLACE);

/// The states of the United States: a person *of* one is not the state.
const US_STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "wisconsin",
    "wyoming",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york state",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
];

/// Words before a head that count how many: "some experts", "two officials".
const QUANTIFIERS: &[&str] = &[
    "the", "a", "an", "some", "many", "most", "several", "two", "three", "four", "five", "other",
    "multiple", "one", "both", "all", "his", "her", "their", "its", "our",
];

pub(super) static TITLES_SET: WordSet = WordSet::new(TITLES);
static ORGS_SET: WordSet = WordSet::new(ORGS);
static UNNAMED_SET: WordSet = WordSet::new(UNNAMED);
static DOCUMENTS_SET: WordSet = WordSet::new(DOCUMENTS);
static INSTITUTION_HEADS_SET: WordSet = WordSet::new(INSTITUTION_HEADS);
static NOT_NAMES_SET: WordSet = WordSet::new(&NOT_NAMES);

/// `NAMELESS` alone, without the first words of longer names: "The" and "Among" open
/// no body's name, where "New" opens "New York Times".
static NAMELESS_SET: WordSet = WordSet::new(NAMELESS);

/// Whether a capitalised word may be a word of a body's name before its last: not
/// one that never names anyone ("The", "Among", "Monday"), nor a possessive.
pub(super) fn in_a_body_name(word: &str) -> bool {
    is_capitalised(word)
        && !possessive(word.as_bytes())
        && !lowered_in(&NAMELESS_SET, word)
        && !lowered_in(&DATE_WORDS_SET, word)
}

/// Whether a word is a body's kind that ends its name ("Times", "Committee",
/// "Police"), in any case.
pub(super) fn ends_a_body(word: &str) -> bool {
    lowered_in(&ORGS_SET, word)
}

/// Whether a word, in any ASCII case, is never a name: a function word, a time word,
/// a weekday or a month.
pub(in crate::ingest) fn not_a_name(word: &str) -> bool {
    NOT_NAMES_SET.contains_lowered(word.as_bytes())
        || DATE_WORDS_SET.contains_lowered(word.as_bytes())
}

/// The weekdays and months `is_day_or_month` knows, in a set: this is asked of most
/// names met, and the set turns nearly all of them away by their ends and length.
static DATE_WORDS_SET: WordSet = WordSet::new(&DATE_WORDS);
const DATE_WORDS: [&str; WEEKDAYS.len() + MONTHS.len()] = concat_lists(&WEEKDAYS, &MONTHS);
static US_STATES_SET: WordSet = WordSet::new(US_STATES);
static QUANTIFIERS_SET: WordSet = WordSet::new(QUANTIFIERS);
static PERSON_ROLES_SET: WordSet = WordSet::new(PERSON_ROLES);

/// Words of `NOT_NAMES` that open the name of a place or body: "New Jersey", "White
/// House", "Supreme Court".
static OPENS_A_PLACE_SET: WordSet = WordSet::new(OPENS_A_PLACE);

/// Lower-case particles that run into a surname: "Ursula von der Leyen".
static PARTICLES_SET: WordSet = WordSet::new(&[
    "von", "der", "de", "van", "bin", "al", "da", "del", "la", "le",
]);

/// Whether `word` in lower case (`str::to_lowercase`) is a word of `set`, a list of
/// lower-case ASCII words. An ASCII word is compared in place, without a copy. A
/// word with other letters is lowered as Unicode lowers it: a few of them lower into
/// ASCII letters (the Kelvin sign is "k"), which an ASCII comparison would miss.
fn lowered_in(set: &WordSet, word: &str) -> bool {
    if word.is_ascii() {
        set.contains_lowered(word.as_bytes())
    } else {
        set.contains(&word.to_lowercase())
    }
}

/// The state that a place or body speaking for it names ("the Kremlin" is Russia),
/// `phrase` compared in lower case.
fn state_of(phrase: &str) -> Option<&'static str> {
    let lower = if phrase.is_ascii() {
        Cow::Borrowed(phrase)
    } else {
        Cow::Owned(phrase.to_lowercase())
    };
    // Looked up in the set first: most phrases name no state.
    let place = STATE_PLACES_SET.get_lowered(lower.as_bytes())?;
    STATES
        .iter()
        .find(|(k, _)| *k == place)
        .map(|(_, state)| *state)
}

/// Whether `words` name a building a government speaks from ("White House",
/// "Kremlin"): "A White House press release" is the White House's.
fn seat_of_power(words: &[&str]) -> bool {
    let lower = |k: usize| words.get(k).map(|w| w.to_lowercase());
    match words.len() {
        1 => matches!(
            lower(0).as_deref(),
            Some("kremlin" | "pentagon" | "élysée" | "elysee")
        ),
        2 => matches!(
            (lower(0).as_deref(), lower(1).as_deref()),
            (Some("white"), Some("house")) | (Some("downing"), Some("street"))
        ),
        _ => false,
    }
}

/// `words` joined by single spaces: the stretch of `text` they cover when it holds
/// them so (as it mostly does), else a copy. `words` are words of `text` one after
/// the other, as `split_whitespace` gives them.
fn joined<'a>(text: &'a str, words: &[&'a str]) -> Cow<'a, str> {
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return Cow::Borrowed("");
    };
    let start = first.as_ptr() as usize - text.as_ptr() as usize;
    let end = last.as_ptr() as usize + last.len() - text.as_ptr() as usize;
    let stretch = &text[start..end];
    // Between two words is at least one character of white space: as long as the
    // words and a byte between each two, the stretch has one byte of white space
    // between each two, which is a space unless it is a tab or a line's end.
    let letters: usize = words.iter().map(|w| w.len()).sum();
    let single_spaces = stretch.len() == letters + words.len() - 1
        && !stretch.bytes().any(|b| matches!(b, b'\t'..=b'\r'));
    if single_spaces {
        Cow::Borrowed(stretch)
    } else {
        Cow::Owned(words.join(" "))
    }
}

/// `word.to_lowercase()`, borrowed when that is the word itself, or lowered into
/// `room` when it is a short ASCII word (a capitalised one, mostly): only a long word
/// or one past ASCII is copied.
fn lowered<'a>(word: &'a str, room: &'a mut [u8; LOWERED_ROOM]) -> Cow<'a, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Cow::Borrowed(word);
    }
    match ascii_lowered_in(word, room) {
        Some(lower) => Cow::Borrowed(lower),
        None => Cow::Owned(word.to_lowercase()),
    }
}

/// The room `lowered` lowers a word in.
const LOWERED_ROOM: usize = 24;

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `text` without the determiners and quantifiers opening it ("the", "some", "a few"),
/// ignoring ASCII case. "Few" alone stays: "Few experts believe it" says that most do
/// not, and the speaker is the few.
fn strip_determiners(mut text: &str) -> &str {
    loop {
        let Some((first, rest)) = text.split_once(' ') else {
            return text;
        };
        let rest = rest.trim_start();
        let a_few = rest.split_once(' ').filter(|(next, _)| {
            first.eq_ignore_ascii_case("a") && next.eq_ignore_ascii_case("few")
        });
        text = match a_few {
            Some((_, after)) => after.trim_start(),
            None if lowered_in(&QUANTIFIERS_SET, first) => rest,
            None => return text,
        };
    }
}

/// The mention as written, less a possessive and spaces: "Putin's" is "Putin".
pub(super) fn trimmed(mention: &str) -> &str {
    let mention = mention.trim();
    // "Ana Ruiz, who said", "The lawyer who ran three Boston Marathons": the phrase a
    // relative clause refers to.
    let mention = match mention.find(" who") {
        Some(at) if mention[at + 4..].is_empty() || mention[at + 4..].starts_with(' ') => {
            mention[..at].trim_end().trim_end_matches(',').trim_end()
        }
        _ => mention,
    };
    without_possessive(mention.trim_end_matches(['\'', '’'])).trim()
}

/// A word without the possessive endings after it: "Obama's" is "Obama". Compared in
/// place (a `str` pattern to trim would build a searcher for every word).
pub(super) fn without_possessive(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    // In capitals: "OBAMA’S".
    for ending in ["'S", "’S"] {
        if let Some(rest) = word.strip_suffix(ending) {
            if rest.ends_with(|c: char| c.is_uppercase()) && rest.chars().nth(1).is_some() {
                word = rest;
            }
        }
    }
    word
}

/// The phrase before an "of" that names where a person is from or what they lead:
/// "Rep. Elijah Cummings of Maryland", "the foreign minister of France", or before
/// an "in", "at" or "from" that says where they are: "officials in Ohio", "the senator
/// from Vermont". An "of" after a title or an institution's word is part of the name:
/// "Secretary of State John Kerry", "Bank of America"; an "in", "at" or "from" never is.
fn before_of_or_in(words: &[&str]) -> usize {
    // Whether an "of" was part of a body's name: an "in" or "at" after it is too
    // ("the University of California at Berkeley").
    let mut named = false;
    for (k, w) in words.iter().enumerate().skip(1) {
        // After people or a name, and before no relative clause ("the interview in
        // which he said").
        if says_where(w)
            && !named
            && !matches!(words.get(k + 1).copied(), Some("which" | "whom" | "what"))
        {
            let before = words[k - 1];
            let mut room = [0; LOWERED_ROOM];
            if names_people(&lowered(before, &mut room)) || is_capitalised(before) {
                return k;
            }
            continue;
        }
        if *w != "of" {
            continue;
        }
        let before = words[k - 1];
        let name = is_capitalised(before)
            && !lowered_in(&TITLES_SET, before)
            && !lowered_in(&ORGS_SET, before);
        // "former secretary of State Hillary Clinton": a title in lower case, and the
        // name it leads to, are the person's as a capitalised title's are.
        let title_of_someone = !is_capitalised(before)
            && lowered_in(&OFFICES_OF_SET, before)
            && first_name_inside(&words[k + 1..]);
        // A capitalised title is one with what follows "of" only where a name ends it
        // ("Secretary of State Kerry", "CEO of Apple Tim Cook"): "the CEO of Apple",
        // "the Chief of Staff" are described.
        let title_alone = lowered_in(&TITLES_SET, before)
            && !first_name_inside(&words[k + 1..])
            && words[k + 1..]
                .iter()
                .take(2)
                .filter(|w| is_capitalised(w))
                .count()
                < 2;
        if (name || !is_capitalised(before) || title_alone) && !title_of_someone {
            return k;
        }
        named |= lowered_in(&ORGS_SET, before);
    }
    words.len()
}

/// The words of a phrase that are a person's or a body's name: the capitalised words
/// that end it and are not titles ("U.S. President Donald Trump" -> "Donald Trump").
/// A phrase ending in a lower-case word has none: "the Vermont senator" is described.
fn name_words<'w, 'a>(words: &'w [&'a str]) -> &'w [&'a str] {
    let end = words.len();
    if end == 0 || !is_capitalised(words[end - 1]) {
        return &[];
    }
    // After "Mr." or "Mrs.", every capitalised word is the name: "Mr. King", "Mrs. May".
    if let Some(h) = words.iter().rposition(|w| is_honorific(w)) {
        if h + 1 < end && words[h + 1..].iter().all(|w| is_capitalised(w)) {
            return &words[h + 1..];
        }
    }
    // A title's word ending the phrase after a first name or an initial is a surname:
    // "Peter T. King", "Jim Justice" (where "District Judge" is a title).
    let mut start = end;
    if let [.., before, last] = words {
        if lowered_in(&TITLES_SET, last) && (is_initial(before) || is_first_name(before)) {
            start = end - 1;
        }
    }
    while start > 0 {
        let w = words[start - 1];
        // A particle is asked of only when the word is no name's word otherwise.
        if (is_capitalised(w) && !lowered_in(&TITLES_SET, w))
            || start < end && lowered_in(&PARTICLES_SET, w)
        {
            start -= 1;
        } else {
            break;
        }
    }
    // "Among Democrats", "Monday Trump": words that name no one drop off the front.
    // A surname's particle stays: "de Blasio".
    let particle = |k: usize| k + 1 < end && lowered_in(&PARTICLES_SET, words[k]);
    while start < end
        && (!(is_capitalised(words[start]) || particle(start)) || not_a_name(words[start]))
    {
        start += 1;
    }
    // "Billionaire Donald Trump", "Washington Political Editor Matthew Boyle": the
    // capitalised words before a first name describe the person it opens the name of,
    // when the one next to it says what they are and none is a first name or an
    // initial itself ("Cornell William Brooks" is one name).
    if end - start >= 3 {
        let first = (start + 1..end - 1).find(|&k| is_first_name(words[k]));
        if let Some(first) = first {
            if describes_bearer(words[first - 1])
                && !words[start..first]
                    .iter()
                    .any(|w| is_first_name(w) || is_initial(w) || lowered_in(&PARTICLES_SET, w))
            {
                start = first;
            }
        }
    }
    // "CEO of Apple Tim Cook": after "of", the body's name, then the person's.
    if start > 0 && words[start - 1] == "of" && end - start >= 3 {
        if let Some(first) = (start + 1..end - 1).find(|&k| is_first_name(words[k])) {
            start = first;
        }
    }
    // "NBC’s Dante Chinni": a possessive says whose the person is, and is never part of
    // a name, whether or not the lists know the first name after it.
    if let Some(p) = words
        .get(start..end.saturating_sub(1))
        .and_then(|before_last| before_last.iter().rposition(|w| possessive(w.as_bytes())))
    {
        start += p + 1;
    }
    // "the Washington Post Trump said", a comma lost, and "Fox News Sean Hannity": an
    // outlet's name is no part of the person's after it. A place after one is the
    // outlet's edition ("POLITICO Florida").
    if let Some(body) = words
        .get(start..end.saturating_sub(1))
        .and_then(|before_last| before_last.iter().rposition(|w| is_outlet(w)))
    {
        let person = &words[start + body + 1..end];
        let place = person.len() == 1 && lowered_in(&US_STATES_SET, person[0]);
        if !place && !person.iter().any(|w| not_a_name(w)) {
            start += body + 1;
        }
    }
    &words[start..end]
}

/// Whether a word is a first name the names' lists know ("Donald", "Hillary").
pub(in crate::ingest) fn is_first_name(word: &str) -> bool {
    gender_of_first_name(&fold_compact(word)).is_some()
}

/// Whether a capitalised word before a name says what its bearer is: a role
/// ("Pastor", "Billionaire", "Commissioner"), a title's abbreviation ("Capt."), whose
/// they are ("NBC’s"), a body's initials ("NYPD") or a compound of a place
/// ("Texas-based"). Not a word merely made like a role: many first names end like one
/// ("Tyler", "Connor", "Norman") and the first names' lists are short.
fn describes_bearer(word: &str) -> bool {
    let mut room = [0; LOWERED_ROOM];
    let lower = lowered(word, &mut room);
    let role = |w: &str| PERSON_ROLES_SET.contains(w) || BEARER_ROLES_SET.contains(w);
    // "Texas-based", "Secretary-Treasurer"; not "Jean-Luc".
    let compound = lower.contains('-')
        && (word
            .split_once('-')
            .is_some_and(|(_, after)| after.starts_with(|c: char| c.is_lowercase()))
            || lower
                .split('-')
                .any(|part| role(part) || TITLES_SET.contains(part)));
    lower.ends_with("'s")
        || lower.ends_with("’s")
        || compound
        // A title's abbreviation: "Capt.", "Sgt."; an initial is shorter.
        || word.len() > 2 && word.ends_with('.')
        || word.len() > 1 && !word.bytes().any(|b| b.is_ascii_lowercase())
        || role(&lower)
}

/// Titles in lower case whose "of" names a department, not a person: "secretary of
/// State Hillary Clinton", where "a spokesman of President Zelensky" is his spokesman.
static OFFICES_OF_SET: WordSet = WordSet::new(&[
    "secretary",
    "minister",
    "director",
    "chairman",
    "chairwoman",
    "chair",
]);

/// Whether words end with a person's name, a first name and more capitalised words,
/// after the first word: "State Hillary Clinton", "state Hillary Clinton", not
/// "France" nor "State".
fn first_name_inside(words: &[&str]) -> bool {
    (1..words.len().saturating_sub(1))
        .any(|f| is_first_name(words[f]) && words[f..].iter().all(|w| is_capitalised(w)))
}

/// Whether the words are a body's name of its kind, "of" and capitalised words: "the
/// Department of Justice", "the Chamber of Commerce", whatever the words after "of"
/// are ("Justice" is also a title). Not with a person's title or name after them:
/// "Chamber of Commerce President Tom Donohue".
fn body_of_something(words: &[&str]) -> bool {
    let Some(of) = words.iter().position(|w| *w == "of") else {
        return false;
    };
    let (kind, name) = (words.get(of.wrapping_sub(1)), &words[of + 1..]);
    let small = |w: &str| matches!(w, "and" | "the" | "for" | "&");
    kind.is_some_and(|w| is_capitalised(w) && lowered_in(&ORGS_SET, w))
        && name.last().is_some_and(|w| is_capitalised(w))
        && name.iter().all(|w| is_capitalised(w) || small(w))
        && !name.iter().skip(1).any(|w| lowered_in(&TITLES_SET, w))
        && !first_name_inside(name)
        && !name.first().is_some_and(|w| is_first_name(w))
}

/// Whether a word ends a news outlet's name ("Post", "News", "CNN").
fn is_outlet(word: &str) -> bool {
    const OUTLETS: [&str; 12] = [
        "post", "times", "news", "journal", "cnn", "fox", "msnbc", "politico", "herald", "tribune",
        "globe", "reuters",
    ];
    let mut room = [0; LOWERED_ROOM];
    OUTLETS.contains(&lowered(word, &mut room).as_ref())
}

/// Determiners that open a phrase holding a name rather than a name ("The morning
/// Mr. Obama"): looked up in a set, as every person's mention is asked.
static NAME_DETERMINERS_SET: WordSet =
    WordSet::new(&["the", "a", "an", "this", "that", "his", "her", "their"]);

/// Whether a mention of a person, as the words `split_whitespace` gives, is a name,
/// with titles, that the person may be found by ("Mr. Obama", "U.S. President Donald
/// Trump"), not a phrase holding one ("The morning Mr. Obama").
fn name_like(words: &[&str]) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return true;
    };
    // "Everything Trump", "Say Mexico": a word that names no one opens no name, but
    // for those that open a place's or a body's ("New Jersey Gov. Chris Christie").
    let opens_with_determiner = lowered_in(&NAME_DETERMINERS_SET, first)
        || !rest.is_empty()
            && lowered_in(&NOT_NAMES_SET, first)
            && !lowered_in(&OPENS_A_PLACE_SET, first);
    let name_word = |w: &&str| is_capitalised(w) || lowered_in(&TITLES_SET, w);
    // "Purple PAC's Crane", "Here’s Clinton": a possessive or a contraction is whose
    // the person is, or no name at all.
    !opens_with_determiner && !owned_within(words) && name_word(first) && rest.iter().all(name_word)
}

/// Whether a word before the last of `words` is a possessive ("Purple PAC's Crane",
/// "Connecticut's tax commissioner"): the last is someone of the owner's.
fn owned_within(words: &[&str]) -> bool {
    words[..words.len().saturating_sub(1)]
        .iter()
        .any(|w| possessive(w.as_bytes()))
}

/// The reading of a mention that is a pronoun, alone or run into its verb ("he",
/// "We’ve"). None of them is longer than `SHORT_WORD` bytes, so that an ASCII mention
/// is lowered on the stack, and a longer one is none.
fn pronoun(mention: &str) -> Option<Reading> {
    // Alone, a pronoun is at most four letters ("they"); longer, it holds an apostrophe
    // ("'", or "’", whose first byte is 0xE2). Most mentions are names, turned away
    // here before they are lowered: the one letter past ASCII that lowers into ASCII,
    // the Kelvin sign, lowers into a "k", which no pronoun has.
    let bytes = mention.as_bytes();
    if bytes.len() > 4 && !bytes.iter().any(|&b| b == b'\'' || b == 0xE2) {
        return None;
    }
    crate::model::names::with_short_lower(mention, pronoun_lower)
}

/// `pronoun` of a mention in lower case.
fn pronoun_lower(lower: &str) -> Option<Reading> {
    match lower {
        // "his" owns a noun cue: "his denial of ...".
        "he" | "him" | "his" => return Some(Reading::Pronoun(Some(Gender::Male))),
        "she" | "her" => return Some(Reading::Pronoun(Some(Gender::Female))),
        "it" => return Some(Reading::Group(false)),
        "they" => return Some(Reading::Group(true)),
        _ => {}
    }
    // "We’ve", "He'd": a pronoun run into its verb is no name.
    if let Some((head, tail)) = lower.split_once(['\'', '’']) {
        if !head.contains(' ') && matches!(tail, "ve" | "re" | "ll" | "d" | "m" | "s") {
            match head {
                "he" => return Some(Reading::Pronoun(Some(Gender::Male))),
                "she" => return Some(Reading::Pronoun(Some(Gender::Female))),
                "we" | "they" | "i" | "you" | "it" | "that" | "there" | "who" => {
                    return Some(Reading::Nobody)
                }
                _ => {}
            }
        }
    }
    None
}

/// The words naming whose findings or document a mention names: after "by" ("The
/// Associated Press" of "a count by The Associated Press", "a letter by Ana Ruiz"), or
/// after "for" where findings were made for someone ("exit polls conducted for the
/// AP"; "a letter for Ana Ruiz" is hers to read).
fn issuer_after(mention: &str) -> Option<&str> {
    let named = |issuer: &str| issuer.starts_with(char::is_uppercase) || issuer.starts_with("the ");
    let holds = |thing: &str, documents: bool| {
        thing
            .split(' ')
            .any(|w| names_findings(w) || documents && lowered_in(&DOCUMENTS_SET, w))
    };
    let issuer = match mention.split_once(" by ") {
        // Who only had the document is not who made it: "documents obtained by".
        Some((thing, issuer)) => {
            let had = thing.rsplit(' ').next().is_some_and(|w| {
                matches!(
                    w,
                    "obtained" | "reviewed" | "seen" | "leaked" | "acquired" | "viewed"
                )
            });
            (!had && holds(thing, true) && named(issuer)).then_some(issuer)
        }
        None => mention
            .split_once(" for ")
            .filter(|(thing, issuer)| holds(thing, false) && named(issuer))
            .map(|(_, issuer)| issuer),
    }?;
    // The name only: "the Pew Research Center" of "the Pew Research Center based on
    // census data", "Edison Research" of "Edison Research for the AP".
    // A joining word goes on with the name where a capital follows it: "the Center
    // for Responsive Politics", "Bank of America".
    let words: SmallVec<[&str; 12]> = issuer.split(' ').collect();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let at = |w: &str| w.as_ptr() as usize - issuer.as_ptr() as usize;
    let mut end = 0;
    let mut stop = words.len();
    for (k, word) in words.iter().enumerate() {
        let joins =
            matches!(*word, "of" | "for" | "on" | "&") && words.get(k + 1).is_some_and(capital);
        if !(capital(word) || k == 0 && *word == "the" || joins) {
            stop = k;
            break;
        }
        end = at(word) + word.len();
    }
    // A name after a role: "Carl Lopez" of "the Harvard economist Carl Lopez".
    let name = (stop + 1..words.len().min(stop + 3)).find(|&k| capital(&words[k]));
    let role = |j: usize| {
        !capital(&words[j])
            && !matches!(
                words[j],
                "the" | "a" | "an" | "and" | "or" | "for" | "of" | "by" | "to" | "in" | "on" | "at"
            )
    };
    if let Some(k) = name.filter(|&k| (stop..k).all(role)) {
        let last = (k..words.len())
            .take_while(|&j| capital(&words[j]))
            .last()?;
        return Some(&issuer[at(words[k])..at(words[last]) + words[last].len()]);
    }
    (end > 0).then(|| &issuer[..end])
}

/// What someone's words are called, beyond documents: what is owned of these is the
/// owner's saying ("Clinton's response", "Rubio's catch phrase").
const WORDS_SAID: &[&str] = &[
    "response",
    "responses",
    "answer",
    "reply",
    "retort",
    "words",
    "slogan",
    "phrase",
    "account",
    "argument",
    "explanation",
    "remark",
    "comment",
    "quote",
    "analysis",
    "memoir",
    "column",
    "editorial",
    "announcement",
    "testimony",
    "appeal",
    "attack",
    "attacks",
    "poll",
    "survey",
    "tracker",
    "average",
    "agreement",
];

static WORDS_SAID_SET: WordSet = WordSet::new(WORDS_SAID);

/// The owner of the document or words a mention names, without the possessive:
/// "Trump" of "Trump's tweet", "Sen. Ana Ruiz" of "Sen. Ana Ruiz's new statement", "the
/// Pentagon" of "the Pentagon's statement", "Rubio" of "Rubio's catch phrase", "His" of
/// "His letter". The owner is a name, or "his" or "her" alone (not "His campaign's
/// statement"); what is owned is in lower case ("Trump's Super PAC" is no document).
pub(super) fn document_owner(mention: &str) -> Option<&str> {
    // Most mentions own nothing: turned away before their last word is looked up.
    let owns = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    let pronoun = |w: &str| matches!(w, "his" | "His" | "her" | "Her");
    let possessive = mention.contains("s ")
        && (mention.contains("'s ") || mention.contains("’s ") || mention.starts_with("his "))
        || mention.starts_with("His ")
        || mention.starts_with("her ")
        || mention.starts_with("Her ");
    if !possessive {
        return None;
    }
    let (rest, last) = mention.rsplit_once(' ')?;
    let said = |w: &str| {
        lowered_in(&DOCUMENTS_SET, w)
            || lowered_in(&WORDS_SAID_SET, w)
            || names_findings(w)
            || cues::cue(w) == Some(cues::Cue::Noun)
    };
    if !said(last) {
        return None;
    }
    let words: SmallVec<[&str; 8]> = rest.split(' ').collect();
    let owner = words.iter().rposition(|w| owns(w) || pronoun(w))?;
    let named = |words: &[&str]| {
        let words = match words {
            [the, rest @ ..] if the.eq_ignore_ascii_case("the") => rest,
            _ => words,
        };
        !words.is_empty() && words.iter().all(|w| is_capitalised(w) && !pronoun(w))
    };
    let by_name = match &words[..=owner] {
        [word] => pronoun(word) || named(&[word]),
        words => named(words),
    };
    if !by_name || words[owner + 1..].iter().any(|w| is_capitalised(w)) {
        return None;
    }
    let end = words[owner].as_ptr() as usize - mention.as_ptr() as usize + words[owner].len();
    Some(without_possessive(&mention[..end]))
}

/// The group that a part of it is named by ("Some of the candidates", "a majority of
/// voters", "two-thirds of GOP voters", "One of his aides", "Nine in 10 Democratic
/// voters"): the words after "of", or after a proportion, where every word before
/// tells how many. A part is no speaker of its own
/// ("Half", "Most"); the group is.
fn group_of_part(mention: &str) -> Option<&str> {
    const MOST_WORDS: usize = 5;
    // Most mentions have neither word: they are not split at all.
    if !mention.contains(" of ") && !mention.contains(" in ") {
        return None;
    }
    if let Some(people) = collective_of(mention) {
        return Some(people);
    }
    let mut counted = false;
    // Where the word after a proportion's "in" is ("Nine in 10 voters"): the group
    // follows it with no "of".
    let mut ratio_end = None;
    for (k, word) in mention.split_whitespace().enumerate() {
        if k > MOST_WORDS {
            return None;
        }
        // The word is a slice of the mention: where it starts there.
        let at = word.as_ptr() as usize - mention.as_ptr() as usize;
        if ratio_end == Some(k) {
            return Some(mention[at..].trim_end());
        }
        if word == "of" {
            let group = mention[at + 2..].trim_start();
            return (counted && !group.is_empty()).then_some(group);
        }
        if word == "in" && counted {
            ratio_end = Some(k + 2);
            continue;
        }
        let mut room = [0; LOWERED_ROOM];
        let lower = lowered(word, &mut room);
        let number = lower.bytes().any(|b| b.is_ascii_digit())
            && lower
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'%' | b'.' | b','))
            || lower.contains('-')
                && lower
                    .split('-')
                    .all(|part| PART_WORDS.contains(&part) || number_word(part).is_some());
        if number || tells_how_many(&lower) || PART_WORDS.contains(&lower.as_ref()) {
            counted |= number || tells_how_many(&lower);
        } else {
            return None;
        }
    }
    None
}

/// "Small groups of protesters", "a crowd of supporters": the people a group is made
/// of, after a noun of a group and at most two words before it, capitalised only as
/// the first ("Large crowds", not "Trump crowds").
fn collective_of(mention: &str) -> Option<&str> {
    const COLLECTIVES: [&str; 6] = ["group", "groups", "crowd", "crowds", "throng", "throngs"];
    let of = mention.find(" of ")?;
    let mut words = mention[..of].split_whitespace();
    let noun = words.next_back()?;
    if !COLLECTIVES.iter().any(|c| noun.eq_ignore_ascii_case(c)) {
        return None;
    }
    let before: SmallVec<[&str; 2]> = words.collect();
    // "the Group of Seven" is a body's name.
    if !before.is_empty() && is_capitalised(noun) {
        return None;
    }
    let plain = |(k, w): (usize, &&str)| k == 0 || !is_capitalised(w);
    (before.len() <= 2 && before.iter().enumerate().all(plain))
        .then(|| mention[of + 4..].trim())
        .filter(|people| !people.is_empty())
}

/// Whether a word (in lower case) tells how many of a group: "two", "most", "half".
pub(in crate::ingest) fn tells_how_many(word: &str) -> bool {
    number_word(word).is_some()
        || PART_WORDS.contains(&word)
            && !matches!(word, "a" | "an" | "the" | "about" | "nearly" | "only")
}

/// The words `group_of_part` reads as telling how many of a group, beside the number
/// words (`number_word`).
const PART_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "about",
    "nearly",
    "almost",
    "roughly",
    "only",
    "just",
    "some",
    "many",
    "most",
    "several",
    "few",
    "all",
    "both",
    "each",
    "any",
    "half",
    "third",
    "thirds",
    "quarter",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "majority",
    "minority",
    "vast",
    "overwhelming",
    "strong",
    "large",
    "clear",
    "slim",
    "narrow",
    "solid",
    "bare",
    "mere",
    "number",
    "handful",
    "couple",
    "percent",
];

/// A word alone that is no name: no one, but for a month or day written as a name,
/// which may be a surname ("May said" after "Theresa May said").
fn no_name(word: &str) -> Reading {
    if is_capitalised(word) && lowered_in(&DATE_WORDS_SET, word) {
        Reading::KnownSurname(fold_compact(word))
    } else {
        Reading::Nobody
    }
}

/// Whether a word (in lower case) names a share of people by itself: "half", "a
/// majority", "a third".
pub(in crate::ingest) fn names_a_share(word: &str) -> bool {
    matches!(
        word,
        "half" | "majority" | "plurality" | "third" | "quarter"
    )
}

/// Whether the words of a mention are a share of people polled ("24 percent", "58%",
/// "nearly half", "more than 4 in 10", "a majority"), as the attributions find them.
fn is_share(words: &[&str]) -> bool {
    let digits = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    // Lowered on the stack, as every mention is asked: a word past ASCII or longer than
    // the room is no number or share word.
    let lowered_is =
        |w: &str, is: fn(&str) -> bool| ascii_lowered_in(w, &mut [0; LOWERED_ROOM]).is_some_and(is);
    let number = |w: &str| digits(w) || lowered_is(w, |w| number_word(w).is_some());
    match words {
        [.., last] if last.ends_with('%') && digits(last) => true,
        [.., _, last] if last.eq_ignore_ascii_case("percent") => true,
        [.., a, of, b] if *of == "in" && number(a) && number(b) => true,
        [.., a, out, of, b] if *out == "out" && *of == "of" && number(a) && number(b) => true,
        [.., last] => lowered_is(last, names_a_share),
        [] => false,
    }
}

/// Reads a mention (already `trimmed`). What a mention says depends on its words
/// alone, and a folder's reports name the same people and bodies again and again ("he",
/// "Trump", "officials": six reads in seven on real news are of words read before in
/// some other report), so each thread keeps the readings it has made, up to `MEMO`.
pub(super) fn read(mention: &str) -> Reading {
    /// Readings kept, a few megabytes at most: past it, each new one is made afresh.
    const MEMO: usize = 1 << 16;
    thread_local! {
        static READ: RefCell<Map<CompactString, Reading>> = RefCell::default();
    }
    kept(&READ, mention, MEMO, || read_afresh(mention))
}

fn read_afresh(mention: &str) -> Reading {
    // "the 'Yes' campaign" is read as "the Yes campaign".
    if let Some(bare) = without_single_quotes(mention) {
        return read(&bare);
    }
    match read_words(mention) {
        Reading::Unnamed { mut name } if capital_of_the_sentence(&name) => {
            name[..1].make_ascii_lowercase();
            Reading::Unnamed { name }
        }
        reading => reading,
    }
}

/// The mention with the single quotation marks around a word of it left out ("the
/// 'Yes' campaign"), if it has such a word.
/// A nickname in double quotation marks inside a name is left out: `Robert "Bobby"
/// Ruiz` is Robert Ruiz.
fn without_single_quotes(mention: &str) -> Option<String> {
    let quoted = |w: &str| {
        let open = w.starts_with(['\'', '‘']);
        let close = w.ends_with(['\'', '’']);
        open && close && w.chars().count() > 2
    };
    let nickname =
        |w: &str| w.starts_with(['"', '“']) && w.ends_with(['"', '”']) && w.chars().count() > 2;
    let single = mention.contains(['\'', '‘']) && mention.split_whitespace().any(quoted);
    let double = mention.contains(['"', '“']) && mention.split_whitespace().any(nickname);
    if !single && !double {
        return None;
    }
    let words: Vec<&str> = mention
        .split_whitespace()
        .filter(|w| !nickname(w))
        .map(|w| {
            if quoted(w) {
                w.trim_matches(['\'', '‘', '’'])
            } else {
                w
            }
        })
        .collect();
    Some(words.join(" "))
}

/// Whether the capital opening the name of people not named is only the sentence's:
/// "Officials said", "Senior officials", "Supporters of the mayor" are "officials",
/// "senior officials", "supporters", "Officials in Ohio" "officials in Ohio";
/// "Democrats", "Latinos", "Trump supporters", "State Department officials" keep
/// theirs.
fn capital_of_the_sentence(name: &str) -> bool {
    let Some(first) = name.split_whitespace().next() else {
        return false;
    };
    let common = |w: &str| {
        (lowered_in(&UNNAMED_SET, w) || lowered_in(&PLAIN_OPENERS_SET, w))
            && !["republicans", "democrats", "americans"]
                .iter()
                .any(|proper| w.eq_ignore_ascii_case(proper))
    };
    // Not the first word of a name: "State Department spokesman", "Top Sanders aides".
    let named = name
        .split_whitespace()
        .nth(1)
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    first.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && first[1..].bytes().all(|b| !b.is_ascii_uppercase())
        && common(first)
        && !named
}

/// Plain words that open a phrase naming people not named, capitalised only where
/// they open a sentence: "Senior officials", "Many voters".
static PLAIN_OPENERS_SET: WordSet = WordSet::new(&[
    "senior", "top", "former", "other", "some", "many", "several", "most", "few", "local",
    "federal", "state", "young", "older", "both", "all", "two", "three", "four", "five",
]);

/// `read`, with the name of people not named as its words give it.
fn read_words(mention: &str) -> Reading {
    if let Some(pronoun) = pronoun(mention) {
        return pronoun;
    }
    // "JAKE TAPPER", a transcript's label: read, and named, as "Jake Tapper" is.
    if let Some(name) = in_title_case(mention) {
        return read(&name);
    }
    // "Some of the candidates", "a majority of voters": the group speaks.
    if let Some(group) = group_of_part(mention) {
        return read(group);
    }
    if let Some(reading) = apposition(mention) {
        return reading;
    }
    // On the stack: nearly every mention has a few words.
    let all: SmallVec<[&str; 8]> = mention.split_whitespace().collect();
    if all.is_empty() {
        return Reading::Nobody;
    }
    // "a count by The Associated Press", "exit polls conducted for the AP": findings
    // or a document are the issuer's, named after them.
    if let Some(issuer) = issuer_after(mention) {
        let issuer = read(issuer);
        if matches!(issuer, Reading::Institution { .. } | Reading::Person { .. }) {
            return issuer;
        }
    }
    // "People familiar with the talks", "a source close to the campaign": an anonymous
    // source, named by the whole phrase, not a person of the talks or the campaign.
    if let Some(m) = source_described_at(&all) {
        match read(&joined(mention, &all[..m])) {
            Reading::Unnamed { .. } | Reading::Describe { .. } => {
                return Reading::Unnamed {
                    name: CompactString::new(strip_determiners(mention)),
                }
            }
            person @ Reading::Person { .. } => return person,
            _ => {}
        }
    }
    // "Protesters marching through the streets", "a man wearing a red hat": people
    // described by what they do, the ones the words before name ("protesters"), or,
    // where those only tell a sex, the whole phrase: not whoever of that sex was
    // spoken of last, nor the streets.
    if let Some(k) = deed_described_at(&all) {
        let mut room = [0; LOWERED_ROOM];
        let head = lowered(all[k - 1], &mut room);
        let (only_sex, people) = (tells_only_sex(&head), names_people_opening(&head));
        match read(&joined(mention, &all[..k])) {
            unnamed @ Reading::Unnamed { .. } if !only_sex => return unnamed,
            // "Police covering the march", "the campaign running the ads": the body,
            // or the police, the words before name.
            body @ (Reading::Institution { .. } | Reading::Generic { .. }) => return body,
            Reading::Unnamed { .. } | Reading::Describe { .. } => {
                return Reading::Unnamed {
                    name: CompactString::new(strip_determiners(mention)),
                }
            }
            // People no list names ("Reporters", "Demonstrators"), capitalised only as
            // they open the sentence: named by those words.
            Reading::Nobody | Reading::Person { .. } if people && !only_sex => {
                return Reading::Unnamed {
                    name: lowered_first(strip_determiners(&joined(mention, &all[..k]))),
                };
            }
            _ => {}
        }
    }
    // "Voters polled", "those surveyed": people asked in a poll, named by the words.
    if let [.., people, last] = all.as_slice() {
        let mut room = [0; LOWERED_ROOM];
        let asked = polled(last)
            && (people.eq_ignore_ascii_case("those") || {
                let people = lowered(people, &mut room);
                names_people_opening(&people) || names_sources(&people) || plural(&people)
            });
        if asked {
            return Reading::Unnamed {
                name: lowered_first(strip_determiners(mention)),
            };
        }
    }
    // "Twenty-four percent", "nearly half", "4 in 10": a share of those polled, people
    // the text does not name.
    if is_share(&all) {
        // Named by the share alone: "Nearly half" is "half", "Only 24 percent" "24
        // percent" (the mention keeps every word).
        let adverb = |w: &&&str| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "nearly"
                    | "almost"
                    | "about"
                    | "around"
                    | "roughly"
                    | "only"
                    | "just"
                    | "barely"
                    | "fully"
                    | "some"
            )
        };
        // "A mere 9 percent" is "9 percent".
        let mere = match all.as_slice() {
            [a, mere, ..] if a.eq_ignore_ascii_case("a") && *mere == "mere" => 2,
            _ => 0,
        };
        let share = joined(
            mention,
            &all[mere + all[mere..].iter().take_while(adverb).count()..],
        );
        // "A majority" opening a sentence is "a majority".
        let determined = ["A ", "An ", "The "].iter().any(|d| share.starts_with(d));
        let mut name = CompactString::new(share);
        if determined {
            name[..1].make_ascii_lowercase();
        }
        return Reading::Unnamed { name };
    }
    // "Records show", "Polls show" opening a sentence: findings, whoever's they are.
    if let [word] = all.as_slice() {
        let mut room = [0; LOWERED_ROOM];
        let lower = lowered(word, &mut room);
        if FINDINGS.contains(&lower.as_ref()) {
            return Reading::Unnamed {
                name: CompactString::new(lower),
            };
        }
    }
    // "An attorney for Mills", "an aide to Clinton": someone of another, not the other.
    if let Some(k) = all.iter().position(|w| matches!(*w, "for" | "to")) {
        let mut room = [0; LOWERED_ROOM];
        let role = k > 0 && names_people(&lowered(all[k - 1], &mut room));
        let object = all.get(k + 1..).unwrap_or_default();
        let named = match object {
            [the, name, ..] if the.eq_ignore_ascii_case("the") => is_capitalised(name),
            [name, ..] => is_capitalised(name),
            [] => false,
        };
        if role && named {
            return Reading::Unnamed {
                name: CompactString::new(strip_determiners(mention)),
            };
        }
    }
    let words = &all[..before_of_or_in(&all)];
    // "Officials in Ohio", "a spokesman at Google": people not named are told apart by
    // where they are, and keep it in their name; a person is the name before it.
    if all.get(words.len()).is_some_and(|w| says_where(w)) {
        let name = || CompactString::new(strip_determiners(mention));
        let cut = read(&joined(mention, words));
        // Where a clause runs on ("voters from the lists because they"), the phrase
        // is cut short at the preposition.
        let runs_on = all[words.len() + 1..].iter().any(|w| {
            let mut room = [0; LOWERED_ROOM];
            let clause = [
                "because", "who", "which", "that", "as", "when", "while", "if", "where",
            ];
            clause.contains(&lowered(w, &mut room).as_ref()) || pronoun(w).is_some()
        });
        if runs_on {
            return cut;
        }
        return match cut {
            // "Students at Yale" opening a sentence: people, not one named "Students".
            Reading::Person { fullness: 1, .. } if people_plural(&words[0].to_lowercase()) => {
                Reading::Unnamed { name: name() }
            }
            Reading::Unnamed { .. } | Reading::Describe { .. } => Reading::Unnamed { name: name() },
            Reading::Institution { .. } | Reading::Generic { .. } => {
                Reading::Institution { name: name() }
            }
            // "Jeb Bush in a Medium post", "Ruiz at the rally": the person named, but
            // the words are no name to show them by.
            Reading::Person {
                name,
                person,
                gender,
                fullness,
                ..
            } => Reading::Person {
                name,
                person,
                gender,
                name_like: false,
                fullness,
            },
            reading => reading,
        };
    }
    // "the foreign minister of France": a person of a place or body, not one met.
    let of_something = words.len() < all.len();
    let phrase = joined(mention, words);
    let bare = strip_determiners(&phrase);
    if let Some(state) = state_of(bare) {
        return Reading::Institution {
            name: CompactString::const_new(state),
        };
    }
    if let [word] = words {
        let mut room = [0; LOWERED_ROOM];
        let lower = lowered(word, &mut room);
        // "Police said" opening a sentence names the police of "police said", not a
        // body named "Police", so that the two are one speaker.
        if is_capitalised(word) && names_its_people(&lower) {
            return read(&lower);
        }
        // "Demonstrators said", "Scholars debated": people, capitalised only as they
        // open the sentence, not one person of that surname.
        let a_people = lowered_in(&PEOPLES_SET, word) || people_of_a_place(word);
        if is_capitalised(word) && doers(&lower) && !a_people {
            return Reading::Unnamed {
                name: CompactString::new(lower),
            };
        }
    }
    // `words` is not empty: `before_of_or_in` ends it after its first word at the earliest.
    let last = words[words.len() - 1];
    // Whether the last word is capitalised and a body's kind, asked once: a name ends
    // with a capitalised word, so that the tests of a name below would ask it again.
    let last_org = is_capitalised(last) && lowered_in(&ORGS_SET, last);
    // "the Associated Press": a body's kind ending a capitalised name is no title of
    // a person after it.
    if last_org && words.len() > 1 {
        // A description before "the" and its name: "the civil rights group the
        // Anti-Defamation League" is the Anti-Defamation League.
        let from = (words.iter())
            .rposition(|w| !is_capitalised(w) && !matches!(*w, "of" | "and" | "for" | "&"))
            .filter(|&k| k > 0 && words[k] == "the");
        let name = match from {
            Some(k) => joined(mention, &words[k + 1..]),
            None => Cow::Borrowed(bare),
        };
        return Reading::Institution {
            name: CompactString::new(name),
        };
    }
    // "Boeing engineers", "Labour backbenchers": people of a body or a party it names.
    if words.len() > 1
        && !is_capitalised(last)
        && people_plural(last)
        && words[..words.len() - 1].iter().all(|w| is_capitalised(w))
        && !of_something
    {
        return Reading::Unnamed {
            name: CompactString::new(bare),
        };
    }
    if body_of_something(words) {
        return Reading::Institution {
            name: CompactString::new(bare),
        };
    }
    let names = name_words(words);
    if names.is_empty() {
        return describe(words, &phrase, bare, of_something.then_some(mention));
    }
    let name = joined(mention, names);
    // `not_a_name` compares ASCII letters in any case: only other letters need lowering.
    let one_not_a_name = |name: &str| {
        if name.is_ascii() {
            not_a_name(name)
        } else {
            not_a_name(&name.to_lowercase())
        }
    };
    // After "Mr." or "Ms." a word is a name, whatever else it may be ("Ms. White").
    let honoured = words.len() > names.len() && is_honorific(words[words.len() - names.len() - 1]);
    // "South Carolina says" is no one named "Carolina".
    let state = lowered_in(&US_STATES_SET, &name) || lowered_in(&US_STATES_SET, bare);
    if !honoured && (state || names.len() == 1 && one_not_a_name(&name)) {
        return if names.len() == 1 {
            no_name(&name)
        } else {
            Reading::Nobody
        };
    }
    // A name that is the phrase less its determiners was asked of already.
    if name.as_ref() != bare {
        if let Some(state) = state_of(&name) {
            return Reading::Institution {
                name: CompactString::const_new(state),
            };
        }
    }
    let name = CompactString::new(&name);
    let people = || {
        !honoured && names.len() == 1 && (lowered_in(&PEOPLES_SET, last) || people_of_a_place(last))
    };
    if lowered_in(&UNNAMED_SET, last) || people() {
        // "The 2014 American Community Survey": a title keeps the capitalised words
        // it opens with, which would name no one alone.
        let opening = (words.iter())
            .position(|w| is_capitalised(w) && !lowered_in(&QUANTIFIERS_SET, w))
            .filter(|&k| names.len() > 1 && words[k..].iter().all(|w| is_capitalised(w)));
        if let Some(k) = opening.filter(|&k| k < words.len() - names.len()) {
            return Reading::Unnamed {
                name: CompactString::new(joined(mention, &words[k..])),
            };
        }
        return Reading::Unnamed { name };
    }
    // The last word, capitalised as it ends a name, was asked of already.
    // Not an outlet's name before a person's ("Fox News Sean Hannity").
    let after_outlet = words.len() > names.len() && is_outlet(words[words.len() - names.len() - 1]);
    // "the Department of Health and Human Services", "the Center for Economic and
    // Policy Research": the name ends a body's, joined to it by a small word. Not a
    // person's name ("RNC Chief of Staff Katie Walsh").
    let rest_of_a_body = || {
        let mut k = words.len() - names.len();
        // "the Committee for a Responsible Federal Budget".
        if k >= 3 && matches!(words[k - 1], "a" | "an" | "the") {
            k -= 1;
        }
        k >= 2
            && matches!(words[k - 1], "and" | "&" | "of" | "for" | "on")
            && !names.iter().any(|w| is_first_name(w))
            && words[..k - 1]
                .iter()
                .any(|w| is_capitalised(w) && lowered_in(&ORGS_SET, w))
    };
    let org = last_org
        || names.len() < 2
            && !after_outlet
            && words[..words.len() - 1]
                .iter()
                .any(|w| lowered_in(&ORGS_SET, w))
        || rest_of_a_body();
    if org {
        // The institution's whole name, titles and all: "the Justice Department".
        return Reading::Institution {
            name: CompactString::new(strip_determiners(&phrase)),
        };
    }
    // `names` and `words` are the words of `name` and `phrase`, split already.
    match PersonName::of_words(names.iter().copied()) {
        Some(person) => Reading::Person {
            // A title or role says it ("Mrs.", "spokeswoman"), else the first name may.
            gender: words
                .iter()
                .find_map(|w| gender_of_word(w))
                .or_else(|| person.gender()),
            name,
            person,
            name_like: name_like(&all),
            fullness: names.iter().filter(|w| !is_honorific(w)).count(),
        },
        None => Reading::Nobody,
    }
}

/// Where a participle describing people starts, after the plain words naming them:
/// "Protesters marching through ...", "A man wearing ...".
fn deed_described_at(words: &[&str]) -> Option<usize> {
    let mut room = [0; LOWERED_ROOM];
    let people = |k: usize, room: &mut [u8; LOWERED_ROOM]| {
        let w = lowered(words[k], room);
        words[k].chars().all(char::is_alphabetic)
            && !QUANTIFIERS_SET.contains(&w)
            && match is_capitalised(words[k]) {
                false => names_sources(&w) || tells_only_sex(&w),
                true => k == 0 && names_people_opening(&w),
            }
    };
    let deed = |k: usize, room: &mut [u8; LOWERED_ROOM]| {
        let mut next = [0; LOWERED_ROOM];
        !is_capitalised(words[k])
            && describes_by_deed(&lowered(words[k], room), &lowered(words[k + 1], &mut next))
    };
    let k = (1..words.len().saturating_sub(1))
        .find(|&k| deed(k, &mut room) && people(k - 1, &mut room))?;
    // The people, plain words ("two engineers"), not a phrase holding them ("interviews
    // with party leaders and officials involved in"); the participle's object or
    // adverbial ending a noun, not a clause ("a woman asked for a photo and Clinton").
    let plain = words[..k].iter().all(|w| {
        w.chars().all(char::is_alphabetic)
            && !matches!(
                *w,
                "with" | "of" | "and" | "or" | "in" | "for" | "to" | "from"
            )
    });
    let last = lowered(words[words.len() - 1], &mut room);
    let object = !words[k + 1..].iter().any(|w| leads_out(w))
        && !after_passive(&last)
        && !matches!(&*last, "up" | "down" | "out" | "off" | "back");
    (plain && object).then_some(k)
}

/// Where the words describing an anonymous source by what it knows or whom it is near
/// start, after the words naming it: "familiar with", "close to", "with (direct)
/// knowledge of", "briefed on".
/// The words before are plain words ending with people ("two senior officials"), not a
/// phrase holding them ("interviews with party leaders and officials involved in").
fn source_described_at(words: &[&str]) -> Option<usize> {
    let m = (1..words.len().saturating_sub(2)).find(|&k| {
        let word = |j: usize| words.get(k + j).copied();
        source_opening(word, |j| word(j).is_some_and(is_capitalised)).is_some()
    })?;
    let mut room = [0; LOWERED_ROOM];
    let plain = words[..m].iter().all(|w| {
        !matches!(
            *w,
            "with" | "of" | "and" | "or" | "in" | "for" | "to" | "from"
        )
    });
    (plain && names_sources(&lowered(words[m - 1], &mut room))).then_some(m)
}

/// Whether a lower-case word, ending the words before an anonymous source's
/// description, names people: "people", "a person", "officials", "sources"; any plural,
/// as what is familiar with something or briefed on it are people ("two engineers").
pub(in crate::ingest) fn names_sources(word: &str) -> bool {
    let plural = word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    plural || names_people(word) || matches!(word, "person" | "individual")
}

/// How many words open what describes an anonymous source, the words from the first
/// given by `word` (in lower case; `capital` tells which was capitalised): two for
/// "familiar with" or "close to", three for "with knowledge of", four for "with direct
/// knowledge of". Its object follows.
pub(in crate::ingest) fn source_opening<'w>(
    word: impl Fn(usize) -> Option<&'w str>,
    capital: impl Fn(usize) -> bool,
) -> Option<usize> {
    let (first, second) = (word(0)?, word(1)?);
    if describes_a_source(first, second) {
        return Some(2);
    }
    if first != "with" {
        return None;
    }
    if second == "knowledge" {
        return (word(2)? == "of").then_some(3);
    }
    (!capital(1) && word(2)? == "knowledge" && word(3)? == "of").then_some(4)
}

/// Whether a lower-case word, followed by `next`, is a participle that may describe
/// people after them: "marching", or a passive one followed by no object of its own
/// ("gathered outside", "quoted by"), where "The candidate changed her story" is the
/// sentence's verb. Not one that brings in their name ("a spokesman named Ruiz"), nor a
/// preposition in "-ing" ("during", "according").
pub(in crate::ingest) fn describes_by_deed(word: &str, next: &str) -> bool {
    let passive = || {
        (word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
            || matches!(word, "led" | "held"))
            && (next.len() > 3 && next.ends_with("ly") || after_passive(next) || when(next))
    };
    let active = word.len() > 4 && word.ends_with("ing");
    (active || passive())
        && !matches!(
            word,
            "during"
                | "according"
                | "concerning"
                | "regarding"
                | "pending"
                | "notwithstanding"
                | "named"
                | "called"
                | "dubbed"
                | "nicknamed"
                | "identified"
                | "titled"
        )
}

/// `text` with its first character lowered, which may be any letter ("Élus").
fn lowered_first(text: &str) -> CompactString {
    let mut chars = text.chars();
    (chars.next().into_iter())
        .flat_map(char::to_lowercase)
        .chain(chars)
        .collect()
}

/// Whether a lower-case participle tells that people were asked in a poll, enough to
/// describe them alone: "Voters polled", "those surveyed".
pub(in crate::ingest) fn polled(word: &str) -> bool {
    matches!(
        word,
        "polled" | "surveyed" | "interviewed" | "questioned" | "sampled"
    )
}

/// Whether a lower-case word tells when, a passive participle's adverbial of its own:
/// "Residents interviewed Tuesday", "Voters polled yesterday".
fn when(word: &str) -> bool {
    matches!(word, "yesterday" | "today" | "tonight" | "earlier" | "last")
        || WEEKDAYS.contains(&word)
}

/// Whether a lower-case word, capitalised as it opens a sentence, names people in the
/// plural, or one person by sex alone, before a participle describing them: a word the
/// lists know, in the plural or not ("Officials", "Reporters"), or one made for a doer
/// ("Demonstrators", "Students", "Physicians"); not a surname that ends in "s"
/// ("Sanders started ...").
pub(in crate::ingest) fn names_people_opening(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    names_people(word)
        || tells_only_sex(word)
        || word.len() > 4 && names_people(singular)
        || ["ors", "ists", "ians", "ents"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Whether a lower-case word leads out of what a participle describes people by, into
/// a clause of its own: "Voters waited in line while officials said ...".
pub(in crate::ingest) fn leads_out(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "or"
            | "but"
            | "while"
            | "when"
            | "as"
            | "because"
            | "since"
            | "if"
            | "after"
            | "before"
            | "until"
            | "that"
            | "who"
            | "whom"
            | "whose"
            | "which"
            | "where"
    )
}

/// Whether a lower-case word is a preposition that may follow a passive participle:
/// "interviewed outside", "led by", "gathered in".
fn after_passive(word: &str) -> bool {
    matches!(
        word,
        "by" | "in"
            | "at"
            | "on"
            | "outside"
            | "inside"
            | "near"
            | "through"
            | "across"
            | "around"
            | "along"
            | "behind"
            | "beside"
            | "within"
            | "throughout"
            | "from"
            | "to"
            | "for"
            | "with"
            | "under"
            | "over"
            | "into"
            | "since"
            | "during"
    )
}

/// Whether a word and the preposition after it, in lower case, open what describes an
/// anonymous source ("people familiar with the talks", "a source close to the
/// campaign"); "with knowledge of" is told apart by its callers.
pub(in crate::ingest) fn describes_a_source(word: &str, preposition: &str) -> bool {
    matches!(
        (word, preposition),
        ("familiar", "with")
            | ("close" | "privy", "to")
            | ("knowledgeable", "about")
            | ("briefed", "on")
            | ("involved", "in")
    )
}

/// A name of two words or more written in capitals ("JAKE TAPPER", "BETO O'ROURKE"), as
/// it is written in title case; initials and acronyms ("U.S.", "F.", "NBC") are left as
/// they are.
/// `None` for any other mention, and for one word alone ("CNN", "NATO", "TRUMP"): an
/// acronym, or a surname that finds the person it names as it is.
fn in_title_case(mention: &str) -> Option<String> {
    let shouted =
        |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mut words = mention.split_whitespace();
    let first = words.next()?;
    // Most mentions are turned away by their first word's second letter.
    if !shouted(first) || words.clone().next().is_none() || !words.all(shouted) {
        return None;
    }
    // Initials and acronyms stay as they are ("NBC NEWS" is "NBC News"), but in a
    // person's name, told by a first name: "TED CRUZ", "EDGAR ALLAN POE".
    let person = mention.split_whitespace().any(is_first_name);
    let mut name = String::with_capacity(mention.len());
    for (k, word) in mention.split_whitespace().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if word.contains('.') || letters <= 3 && !person {
            name.push_str(word);
            continue;
        }
        // A capital after an apostrophe or a hyphen stays one: "O'Rourke", "Ocasio-Cortez".
        let mut capital = true;
        for c in word.chars() {
            if capital {
                name.push(c);
            } else {
                name.extend(c.to_lowercase());
            }
            capital = matches!(c, '\'' | '’' | '-');
        }
    }
    // Read again as written so: words all kept as they are would read the same.
    (name != mention).then_some(name)
}

/// "Lael Brainard, a Fed governor", "Rep. Steve Cohen, Democrat of Tennessee": a name
/// and a description of its bearer after a comma are the person named, of the sex the
/// description may tell ("a Tinder spokeswoman"); "Xinhua, the official news agency"
/// is a body. A place after a comma ("Columbus, Ohio") is no description, nor is a
/// description before the name ("the White House spokesman, Josh Earnest"), whose
/// name the whole phrase ends with.
fn apposition(mention: &str) -> Option<Reading> {
    let (name, description) = apposed(mention)?;
    let Reading::Person {
        name,
        person,
        gender,
        name_like,
        fullness,
    } = read(name)
    else {
        return None;
    };
    let body = matches!(
        read(description),
        Reading::Institution { .. } | Reading::Generic { .. }
    );
    if body && fullness == 1 && gender.is_none() {
        return Some(Reading::Institution { name });
    }
    Some(Reading::Person {
        gender: gender.or_else(|| gender_in(description)),
        name,
        person,
        name_like,
        fullness,
    })
}

/// A mention split at the comma that opens a description of what comes before it
/// ("Jennifer Palmieri, the campaign's communications director"): the name, then the
/// description. Not a list of names ("Ruiz, Lopez").
pub(super) fn apposed(mention: &str) -> Option<(&str, &str)> {
    let (name, description) = mention.split_once(',')?;
    let (name, description) = (name.trim(), description.trim());
    let first = description.split_whitespace().next()?;
    let described = !is_capitalised(first) || lowered_in(&TITLES_SET, first);
    (!name.is_empty() && described).then_some((name, description))
}

/// Whether a word, in lower case, is a title's or a body's ("Bank", "Duke", "Ministry"):
/// capitalised before "of", it opens a name ("Bank of England"), not a person's alone.
pub(in crate::ingest) fn titles_or_names_a_body(word: &str) -> bool {
    TITLES_SET.contains(word) || ORGS_SET.contains(word) || INSTITUTION_HEADS_SET.contains(word)
}

/// Whether a word is a preposition that says where someone is ("officials in Ohio",
/// "a spokesman at Google", "the senator from Vermont"), not who they are.
pub(in crate::ingest) fn says_where(word: &str) -> bool {
    matches!(word, "in" | "at" | "from")
}

/// Whether a lower-case word after a name is the people, the person or the body it
/// describes ("FBI officials", "Senate aides", "the Sanders campaign"): no title or
/// determiner.
pub(in crate::ingest) fn described_people(word: &str) -> bool {
    UNNAMED_SET.contains(word)
        || PERSON_ROLES_SET.contains(word)
        || INSTITUTION_HEADS_SET.contains(word)
        || people_plural(word)
}

/// Whether a lower-case word names people in the plural by what they are or do: one of
/// the plurals that open news sentences ("scholars", "teachers", "parents"), or a long
/// word made for a doer that no list knows as a role ("demonstrators", "scientists";
/// not "statements"). Not a surname ending in "s" ("Sanders", "Connors", "Clements"),
/// nor the plural of a title or role, which may be one ("Dukes", "Fellows", "Kings").
fn doers(word: &str) -> bool {
    const PLURALS: &[&str] = &[
        "scholars",
        "reporters",
        "students",
        "teachers",
        "nurses",
        "doctors",
        "lawyers",
        "workers",
        "parents",
        "volunteers",
        "immigrants",
        "farmers",
        "fans",
        "neighbors",
        "neighbours",
        "witnesses",
        "veterans",
    ];
    let made_for_a_doer =
        || word.len() >= 9 && ["ors", "ists"].iter().any(|end| word.ends_with(end));
    let role = |w: &str| names_people(w) || w.strip_suffix('s').is_some_and(names_people);
    PLURALS.contains(&word) || made_for_a_doer() && !role(word)
}

/// Whether a lower-case word is a body's kind that names its people: "police" are
/// officers, the same group in every report, where "the campaign" is one report's.
fn names_its_people(word: &str) -> bool {
    word == "police"
}

/// Whether a lower-case word names people, one or several, by what they are or do
/// ("officials", "a spokesman", "residents"), not a body or what it publishes. The
/// police are officers, where a government or a ministry is better named by its seat
/// ("the government in Kyiv" is Kyiv).
pub(in crate::ingest) fn names_people(word: &str) -> bool {
    (UNNAMED_SET.contains(word) || PERSON_ROLES_SET.contains(word) || TITLES_SET.contains(word))
        && !FINDINGS.contains(&word)
        || names_its_people(word)
}

/// Words telling what kind of findings they are ("exit polls", "new data"), which a
/// sentence opening with them capitalises: no issuer.
static KINDS_OF_FINDINGS_SET: WordSet = WordSet::new(&[
    "new",
    "recent",
    "latest",
    "early",
    "earlier",
    "previous",
    "exit",
    "instant",
    "national",
    "nationwide",
    "statewide",
    "internal",
    "independent",
    "public",
    "private",
    "online",
    "phone",
    "telephone",
    "local",
    "federal",
    "official",
    "preliminary",
    "final",
    "tracking",
    "daily",
    "weekly",
    "monthly",
    "annual",
    "separate",
    "several",
    "other",
    "some",
    "most",
    "both",
    "all",
]);

/// What a body finds and publishes, named after its issuer ("a Gallup poll"): the
/// issuer is the speaker. Statements and letters are a person's as often, and are
/// `DOCUMENTS`.
const FINDINGS: &[&str] = &[
    "analysis",
    "poll",
    "polls",
    "polling",
    "records",
    "data",
    "figures",
    "results",
    "documents",
    "survey",
    "readout",
    "tally",
    "audit",
    "estimate",
    "estimates",
    "count",
    "findings",
    "filings",
    "research",
];

/// Whether a word, in any ASCII case, names findings ("poll", "Research").
fn names_findings(word: &str) -> bool {
    ascii_lowered_in(word, &mut [0; LOWERED_ROOM]).is_some_and(|w| FINDINGS.contains(&w))
}

/// Whether a plural names people by its ending ("voters", "authors", "analysts",
/// "candidates", "representatives") or is one of a few others ("members", "friends"):
/// not "results", "answers" or a verb ("continues").
pub(in crate::ingest) fn people_plural(head: &str) -> bool {
    const ENDINGS: [&str; 9] = [
        "ers", "ors", "ists", "ants", "ents", "ians", "ates", "ives", "ees",
    ];
    const NOT_PEOPLE: [&str; 13] = [
        "answers",
        "headquarters",
        "numbers",
        "letters",
        "papers",
        "orders",
        "matters",
        "powers",
        "borders",
        "documents",
        "comments",
        "statements",
        "arguments",
    ];
    const PEOPLE: [&str; 16] = [
        "members",
        "friends",
        "heads",
        "judges",
        "allies",
        "aides",
        "democrats",
        "republicans",
        // Bodies that speak as a group: "Multiple outlets reported", "Local media".
        "outlets",
        "organizations",
        "organisations",
        "networks",
        "media",
        "agencies",
        "groups",
        "unions",
    ];
    PEOPLE.contains(&head)
        || ENDINGS.iter().any(|e| head.ends_with(e)) && !NOT_PEOPLE.contains(&head)
}

/// Whether a capitalised word is a people named by a place, by its ending:
/// "Colombians", "Americans", "Koreans" (not a surname: "Evans").
fn people_of_a_place(word: &str) -> bool {
    let ends = |end: &str| {
        word.len() > end.len() + 2
            && word
                .get(word.len() - end.len()..)
                .is_some_and(|tail| tail == end)
    };
    is_capitalised(word) && ["ians", "eans", "cans"].into_iter().any(ends)
}

/// Whether a head word, in lower case, is a plural ("officials", not "boss").
pub(super) fn plural(head: &str) -> bool {
    head.ends_with('s') && !head.ends_with("ss")
}

/// Whether a speaker's name ends with a body's kind ("the company", "the paper"): a
/// body spoken of by its kind is read as people not named, but "it" may stand for it.
pub(super) fn names_a_body(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|head| lowered_in(&INSTITUTION_HEADS_SET, head))
}

/// A phrase with no name at its end: people not named, a document, an institution's
/// kind, or a description of a person. `phrase` is `words` joined by single spaces,
/// `bare` the phrase less its determiners, and `whole` the mention with what follows
/// its "of", if it has one.
fn describe(words: &[&str], phrase: &str, bare: &str, whole: Option<&str>) -> Reading {
    // Only the head and the determiner are asked of in lower case.
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return Reading::Nobody;
    };
    let mut room = [0; LOWERED_ROOM];
    let head = lowered(last, &mut room);
    let head = head.as_ref();
    let mut room = [0; LOWERED_ROOM];
    let determiner = lowered(first, &mut room);
    let determiner = determiner.as_ref();
    if words.len() == 1 && not_a_name(head) {
        return no_name(first);
    }
    // Capitalised words before the head, less a determiner opening a sentence: "the
    // Clinton campaign".
    let modifiers: SmallVec<[&str; 8]> = words
        .iter()
        .enumerate()
        .filter(|(k, w)| is_capitalised(w) && !(*k == 0 && lowered_in(&QUANTIFIERS_SET, w)))
        .map(|(_, w)| *w)
        .collect();
    // "a Washington Post analysis", "a Pentagon readout", "a Gallup poll": findings
    // are their issuer's, named before them.
    // So is a document named after a body's initials ("the IMF report", "a CBO
    // study") or a name a body's kind ends ("a Government Accountability Office
    // report", "a Brookings Institution study", "a Times article"), where a name may be
    // a person's ("the Clinton statement").
    let initials =
        |w: &&str| w.len() >= 2 && *w != "TV" && w.bytes().all(|b| b.is_ascii_uppercase());
    let a_body = modifiers.iter().all(initials)
        || modifiers
            .last()
            .is_some_and(|w| lowered_in(&ORGS_SET, w) || is_outlet(w))
        || seat_of_power(&modifiers);
    let by_body = DOCUMENTS_SET.contains(head) && !modifiers.is_empty() && a_body;
    // "A Clinton campaign memo", "a Senate committee report": a document of the body
    // the words before it name, whose kind is in lower case.
    if let [.., kind, _] = words {
        let of_a_body = DOCUMENTS_SET.contains(head)
            && !is_capitalised(kind)
            && INSTITUTION_HEADS_SET.contains(kind);
        if let Some(from) = words
            .iter()
            .position(|w| modifiers.first() == Some(w))
            .filter(|_| of_a_body)
        {
            return Reading::Institution {
                name: CompactString::new(words[from..words.len() - 1].join(" ")),
            };
        }
    }
    if (FINDINGS.contains(&head) || by_body) && !modifiers.is_empty() {
        // Not a day's or a month's ("Tuesday's results"): findings, whoever's they are.
        let issuer: SmallVec<[&str; 8]> = modifiers
            .iter()
            .map(|w| without_possessive(w))
            .filter(|w| !lowered_in(&DATE_WORDS_SET, w))
            .collect();
        // "Exit polls", "New polls" opening a sentence: a kind of findings, capitalised
        // as the sentence's first word, not their issuer; so is a body's kind
        // ("Campaign finance records", which are no one campaign's).
        if let [word] = issuer.as_slice() {
            let kind_of_body =
                words.first() == Some(word) && lowered_in(&INSTITUTION_HEADS_SET, word);
            if lowered_in(&KINDS_OF_FINDINGS_SET, word) || kind_of_body {
                let mut name = CompactString::new(bare);
                name[..1].make_ascii_lowercase();
                return Reading::Unnamed { name };
            }
        }
        if issuer.is_empty() {
            return Reading::Unnamed {
                name: CompactString::new(head),
            };
        }
        return Reading::Institution {
            name: CompactString::new(issuer.join(" ")),
        };
    }
    if DOCUMENTS_SET.contains(head) && modifiers.iter().all(|w| is_honorific(w)) {
        // "a 2013 study", "a 1996 advisory opinion": a document of a year gone by, not
        // one that whoever spoke last issued; the words name no one.
        if words.iter().any(|w| year_number(w).is_some()) {
            return Reading::Nobody;
        }
        return Reading::Document;
    }
    if UNNAMED_SET.contains(head) {
        return Reading::Unnamed {
            name: CompactString::new(bare),
        };
    }
    if INSTITUTION_HEADS_SET.contains(head) {
        if !modifiers.is_empty() {
            return Reading::Institution {
                name: CompactString::new(bare),
            };
        }
        // "The police", "the police" and "police" are the police, people (`names_people`)
        // named alike in every report; "the campaign" is this report's.
        let name = if names_its_people(head) { bare } else { phrase };
        return Reading::Generic {
            head: CompactString::new(head),
            name: CompactString::new(name),
        };
    }
    if matches!(determiner, "a" | "an" | "one" | "another") {
        // "a senior aide": someone the text has not named. "One Republican" is a
        // member of a party or a people, not one named "Republican": the word alone
        // would read as a name, so the determiner stays.
        let name = if words.len() == 2 && is_capitalised(words[1]) {
            compact_str::format_compact!("{determiner} {}", words[1])
        } else {
            CompactString::new(bare)
        };
        return Reading::Unnamed { name };
    }
    let plain = !words.iter().any(|w| is_capitalised(w));
    // "The authors" opening a sentence: its capital is the sentence's, and only a
    // plural of people is read so ("The email goes" is no one).
    let opened = !plain && modifiers.is_empty() && people_plural(head);
    if (plain || opened) && plural(head) {
        // "the candidates": people, not one person.
        return Reading::Unnamed {
            name: CompactString::new(bare),
        };
    }
    // "Connecticut's tax commissioner", "the city's auditor": someone of a place or a
    // body, by a role no description is resolved by.
    if owned_within(words) && BEARER_ROLES_SET.contains(head) {
        return Reading::Unnamed {
            name: CompactString::new(bare),
        };
    }
    if !PERSON_ROLES_SET.contains(head) && gender_of_word(head).is_none() {
        // "The New York": the end of a name cut short, not a description.
        return Reading::Nobody;
    }
    if let Some(whole) = whole {
        // "the former secretary of state": an office, by which the text describes
        // someone it names, its words those of the title.
        if OFFICES_OF_SET.contains(head) && modifiers.is_empty() {
            return Reading::Describe {
                adjectives: strip_determiners(whole)
                    .split_whitespace()
                    .filter(|w| *w != "of")
                    .map(str::to_lowercase)
                    .collect(),
                gender: gender_in(bare),
                or_unnamed: Some(CompactString::new(strip_determiners(whole))),
            };
        }
        return Reading::Unnamed {
            name: CompactString::new(strip_determiners(whole)),
        };
    }
    let owned = words[..words.len() - 1]
        .iter()
        .any(|w| without_possessive(w).len() < w.len());
    // "the woman", "the young man": someone a report does not name, as "a woman" is;
    // a reporter calls one named by their name, not by their sex.
    if !owned && modifiers.is_empty() && tells_only_sex(head) {
        return Reading::Unnamed {
            name: CompactString::new(bare),
        };
    }
    // Without a capitalised word, the description's own words: "the president" is
    // the one named "President Barack Obama", "the former senator" one named "former
    // Sen. Ana Ruiz".
    let mut adjectives: Vec<String> = if modifiers.is_empty() {
        bare.split_whitespace().map(str::to_lowercase).collect()
    } else {
        modifiers.iter().map(|w| w.to_lowercase()).collect()
    };
    // "Gary Johnson's spokesman" is not the one described as his doctor.
    if owned && !modifiers.is_empty() {
        adjectives.push(head.to_owned());
    }
    Reading::Describe {
        adjectives,
        gender: gender_in(bare),
        or_unnamed: owned.then(|| CompactString::new(bare)),
    }
}

/// A noun for a person that tells their sex or age and nothing else: "woman", "guy".
pub(in crate::ingest) fn tells_only_sex(head: &str) -> bool {
    matches!(
        head,
        "man" | "woman" | "boy" | "girl" | "guy" | "lady" | "gentleman" | "person" | "teenager"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_name_like(mention: &str) -> bool {
        name_like(&mention.split_whitespace().collect::<Vec<_>>())
    }

    #[test]
    fn date_words_are_told_as_dates_tell_them() {
        use crate::model::values::dates::is_day_or_month;
        for word in [
            "Monday",
            "MAY",
            "may",
            "Mai",
            "june",
            "Julys",
            "Sunday.",
            "",
            "m",
            "Ö",
            "Dec",
            "SeptembeR",
            "ſunday",
            "fri",
        ] {
            assert_eq!(
                DATE_WORDS_SET.contains_lowered(word.as_bytes()),
                is_day_or_month(word),
                "{word}"
            );
        }
    }

    fn person(mention: &str) -> Option<String> {
        match read(trimmed(mention)) {
            Reading::Person { name, .. } => Some(name.into()),
            _ => None,
        }
    }

    #[test]
    fn a_mention_with_a_relative_clause_is_the_phrase_it_describes() {
        assert_eq!(trimmed("Ana Ruiz, who"), "Ana Ruiz");
        assert_eq!(
            trimmed("The lawyer who ran three Boston Marathons"),
            "The lawyer"
        );
        assert_eq!(
            person("Tom Perez who ran three Boston Marathons").as_deref(),
            Some("Tom Perez")
        );
        // Not a word that begins so.
        assert_eq!(trimmed("Mr. Whorf"), "Mr. Whorf");
        assert_eq!(trimmed("the whole crowd"), "the whole crowd");
    }

    #[test]
    fn a_name_in_capitals_is_read_as_written_in_title_case() {
        assert_eq!(person("JAKE TAPPER").as_deref(), Some("Jake Tapper"));
        assert_eq!(person("BETO O'ROURKE").as_deref(), Some("Beto O'Rourke"));
        assert_eq!(person("TED CRUZ").as_deref(), Some("Ted Cruz"));
        assert_eq!(
            person("EDGAR ALLAN POE").as_deref(),
            Some("Edgar Allan Poe")
        );
        assert_eq!(
            person("JOHN F. KENNEDY").as_deref(),
            Some("John F. Kennedy")
        );
        // Acronyms stay: the body is "NBC News", not "Nbc News".
        assert_eq!(in_title_case("NBC NEWS").as_deref(), Some("NBC News"));
        // One word alone is an acronym or a surname as it is; acronyms alone stay.
        for mention in [
            "CNN",
            "NATO",
            "TAPPER",
            "Jake Tapper",
            "JAKE Tapper",
            "CNN NBC",
        ] {
            assert_eq!(in_title_case(mention), None, "{mention}");
        }
    }

    /// Asserts that `mention` reads as people not named, of name `name`.
    fn assert_unnamed(mention: &str, name: &str) {
        match read(trimmed(mention)) {
            Reading::Unnamed { name: read } => assert_eq!(read, name, "{mention}"),
            other => panic!("{mention}: {other:?}"),
        }
    }

    #[test]
    fn people_described_by_what_they_do_are_those_people() {
        for (mention, name) in [
            ("Protesters marching through the streets", "protesters"),
            ("Officials speaking on condition of anonymity", "officials"),
            ("Supporters backing Ruiz", "supporters"),
            ("Voters interviewed outside polling stations", "voters"),
            // Words telling only a sex are no name: the whole description is.
            ("A man wearing a red hat", "man wearing a red hat"),
            // People no list names, capitalised as they open a sentence.
            ("Reporters covering the story", "reporters"),
            ("Demonstrators gathered outside the hall", "demonstrators"),
            ("Ébents marching to the pier", "ébents"),
            ("Voters surveyed recently", "voters"),
            ("Residents interviewed Tuesday", "residents"),
        ] {
            assert_unnamed(mention, name);
        }
        // The police the words before name, as "Police" alone is.
        assert_eq!(read(trimmed("Police covering the march")), read("police"));
        // A verb with its object, or words ending in no noun, describe no one.
        assert_eq!(
            deed_described_at(&["candidate", "changed", "her", "story"]),
            None
        );
        assert_eq!(
            deed_described_at(&["supporters", "responded", "with"]),
            None
        );
        assert_eq!(
            deed_described_at(&["voters", "waited", "while", "officials"]),
            None
        );
        assert_eq!(deed_described_at(&["both", "lobbying", "firms"]), None);
        assert_eq!(
            deed_described_at(&["Sanders", "started", "out", "debate"]),
            None
        );
    }

    #[test]
    fn bodies_speaking_as_a_group_are_people_not_named() {
        for (mention, name) in [
            ("Multiple outlets", "outlets"),
            ("Several news organizations", "news organizations"),
            ("Protest groups", "Protest groups"),
        ] {
            assert_unnamed(mention, name);
        }
    }

    #[test]
    fn a_titled_survey_keeps_the_words_of_its_title() {
        for (mention, name) in [
            (
                "The 2014 American Community Survey",
                "American Community Survey",
            ),
            ("the American Community Survey", "American Community Survey"),
            ("Community Survey", "Community Survey"),
            ("The Gallup Poll", "Gallup Poll"),
        ] {
            assert_unnamed(mention, name);
        }
    }

    #[test]
    fn a_part_of_a_group_is_read_as_the_group() {
        for (mention, group) in [
            ("Some of the candidates", "candidates"),
            ("a majority of voters", "voters"),
            ("Half of the voters", "voters"),
            ("Two-thirds of GOP voters", "GOP voters"),
            ("About 9 percent of voters", "voters"),
            ("One of his senior aides", "senior aides"),
            ("Nine in 10 Democratic voters", "Democratic voters"),
            ("Small groups of protesters", "protesters"),
            ("a crowd of Trump supporters", "Trump supporters"),
            ("Groups of demonstrators", "demonstrators"),
        ] {
            assert_unnamed(mention, group);
        }
        // A name, a title or people with "of" in them are no part of a group.
        assert_eq!(group_of_part("members of Congress"), None);
        assert_eq!(group_of_part("Secretary of State John Kerry"), None);
        assert_eq!(group_of_part("the Bank of England"), None);
        assert_eq!(group_of_part("The number of"), None);
        assert_eq!(group_of_part("the Group of Seven"), None);
        assert_eq!(
            group_of_part("the Clinton Foundation groups of donors"),
            None
        );
        assert_eq!(person("One of Clinton's aides"), None);
    }

    #[test]
    fn lists_compared_in_place_are_lower_case_ascii() {
        // `lowered_in` and `state_of` compare words in place only against such words.
        let lists = [
            TITLES,
            ORGS,
            UNNAMED,
            PEOPLES,
            DOCUMENTS,
            QUANTIFIERS,
            US_STATES,
            &NOT_NAMES,
        ];
        let states = STATES.iter().map(|(k, _)| *k);
        for word in lists.iter().flat_map(|l| l.iter().copied()).chain(states) {
            assert!(word.is_ascii(), "{word}");
            assert_eq!(word, word.to_lowercase(), "{word}");
        }
        // The Kelvin sign lowers into an ASCII "k".
        assert!(is_name_like("\u{212A}ing Charles"));
        assert_eq!(read("\u{212A}remlin"), read("Kremlin"));
    }

    #[test]
    fn a_name_is_the_capitalised_words_that_end_the_phrase() {
        assert_eq!(
            person("U.S. President Donald Trump").as_deref(),
            Some("Donald Trump")
        );
        assert_eq!(
            person("Special U.S. envoy Steve Witkoff").as_deref(),
            Some("Steve Witkoff")
        );
        assert_eq!(
            person("European Commission President Ursula von der Leyen").as_deref(),
            Some("Ursula von der Leyen")
        );
        assert_eq!(
            person("Secretary of State John F. Kerry").as_deref(),
            Some("John F. Kerry")
        );
        assert_eq!(person("Putin's").as_deref(), Some("Putin"));
        assert_eq!(
            person("Interim DNC Chairwoman Donna Brazile").as_deref(),
            Some("Donna Brazile")
        );
        assert_eq!(
            person("National Committee Chair Dana Pell").as_deref(),
            Some("Dana Pell")
        );
    }

    #[test]
    fn where_a_person_is_from_is_not_the_person() {
        assert_eq!(
            person("Rep. Elijah Cummings of Maryland").as_deref(),
            Some("Elijah Cummings")
        );
        assert_eq!(person("Sen. Jane Doe of Ohio").as_deref(), Some("Jane Doe"));
        // Abbreviated titles are no part of the name.
        for (mention, name) in [
            ("Pres. Obama", "Obama"),
            ("Adm. Mike Mullen", "Mike Mullen"),
        ] {
            assert_eq!(person(mention).as_deref(), Some(name), "{mention}");
        }
        assert_eq!(
            read("the Republican attorney general of Oklahoma"),
            Reading::Unnamed {
                name: "Republican attorney general of Oklahoma".into()
            }
        );
        assert_eq!(person("Mr. King").as_deref(), Some("King"));
        assert_eq!(person("Ms. White").as_deref(), Some("White"));
        assert_eq!(person("White"), None);
        assert_eq!(read("The New York"), Reading::Nobody);
        assert!(
            matches!(read("the Vermont senator"), Reading::Describe { ref adjectives, .. } if adjectives == &["vermont"])
        );
        assert_eq!(read("Texas"), Reading::Nobody);
        assert_eq!(read("West Virginia"), Reading::Nobody);
        // Not the name's last word either ("Stacy Baker of Columbia, South Carolina
        // says", the comma after the state left out).
        assert_eq!(read("South Carolina"), Reading::Nobody);
        assert_eq!(read("New Hampshire"), Reading::Nobody);
        assert_eq!(
            read("Bank of America"),
            Reading::Institution {
                name: "Bank of America".into()
            }
        );
    }

    #[test]
    fn a_name_beside_its_description_is_the_person_named() {
        assert_eq!(
            person("Lael Brainard, a Fed governor").as_deref(),
            Some("Lael Brainard")
        );
        assert_eq!(
            person("Rep. Tom Ruiz, Democrat of Oregon").as_deref(),
            Some("Tom Ruiz")
        );
        assert_eq!(person("Ruiz, a former candidate").as_deref(), Some("Ruiz"));
        assert!(matches!(
            read("Dana Pell, a harbour spokeswoman"),
            Reading::Person {
                gender: Some(Gender::Female),
                ..
            }
        ));
        assert_eq!(
            read("Xinhua, the official news agency"),
            Reading::Institution {
                name: "Xinhua".into()
            }
        );
        // A description before the name, and a place after one, are no such pair.
        assert_eq!(
            person("the harbour spokesman, Tom Ruiz").as_deref(),
            Some("Tom Ruiz")
        );
        assert_ne!(person("Columbus, Ohio").as_deref(), Some("Columbus"));
    }

    #[test]
    fn someone_of_another_is_not_that_other() {
        let owned = |mention: &str| match read(mention) {
            Reading::Describe { or_unnamed, .. } => or_unnamed.map(String::from),
            other => panic!("{mention}: {other:?}"),
        };
        assert_eq!(
            owned("Mr. Ruiz's campaign manager").as_deref(),
            Some("Mr. Ruiz's campaign manager")
        );
        assert_eq!(
            owned("the Ruiz campaign’s communications director").as_deref(),
            Some("Ruiz campaign’s communications director")
        );
        assert_eq!(owned("the Vermont senator"), None);
    }

    #[test]
    fn a_title_word_after_a_first_name_is_a_surname() {
        assert_eq!(person("Peter T. King").as_deref(), Some("Peter T. King"));
        assert_eq!(person("Rep. Steve King").as_deref(), Some("Steve King"));
        assert_eq!(person("Jim Justice").as_deref(), Some("Jim Justice"));
        assert_eq!(person("District Judge"), None);
        assert_eq!(person("Chief Justice"), None);
        assert_eq!(
            person("Chief Justice John Roberts").as_deref(),
            Some("John Roberts")
        );
    }

    #[test]
    fn a_description_before_a_full_name_is_no_part_of_it() {
        for (mention, name) in [
            ("Billionaire Donald Trump", "Donald Trump"),
            ("Businessman Donald Trump", "Donald Trump"),
            ("Washington Political Editor Matthew Boyle", "Matthew Boyle"),
            (
                "former secretary of State Hillary Clinton",
                "Hillary Clinton",
            ),
            (
                "Former secretary of State Hillary Clinton",
                "Hillary Clinton",
            ),
            // A first name, a middle one and an initial stay.
            ("Hillary Rodham Clinton", "Hillary Rodham Clinton"),
            ("Mary Kate Olsen", "Mary Kate Olsen"),
            ("Peter T. King", "Peter T. King"),
            ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
            ("NBC’s Chuck Todd", "Chuck Todd"),
            ("Police Commissioner Richard Ross", "Richard Ross"),
            ("Texas-based Matt Mackowiak", "Matt Mackowiak"),
            ("Rabbi Rick Jacobs", "Rick Jacobs"),
            ("Navy Capt. Jeff Davis", "Jeff Davis"),
            // A first name the lists do not know is a first name still.
            ("Cornell William Brooks", "Cornell William Brooks"),
            ("Christopher James Smith", "Christopher James Smith"),
            ("Tyler James Smith", "Tyler James Smith"),
            ("Jean-Luc James Smith", "Jean-Luc James Smith"),
            (
                "United Auto Workers Secretary-Treasurer Gary Casteel",
                "Gary Casteel",
            ),
            ("Giovanni Maria Vian", "Giovanni Maria Vian"),
        ] {
            assert_eq!(person(mention).as_deref(), Some(name), "{mention}");
        }
        // A spokesman of someone is not that someone.
        assert!(!matches!(
            person("A spokesman of President Volodymyr Zelensky").as_deref(),
            Some("Volodymyr Zelensky")
        ));
        // A title's "of" before a place, or before no name, is where they are from.
        assert!(!matches!(
            read("the foreign minister of France"),
            Reading::Person { .. }
        ));
        assert!(!matches!(
            read("former secretary of State"),
            Reading::Person { .. }
        ));
    }

    #[test]
    fn findings_are_whoevers_they_are() {
        assert_eq!(
            read("Records"),
            Reading::Unnamed {
                name: "records".into()
            }
        );
        assert_eq!(
            read("FEC records"),
            Reading::Institution { name: "FEC".into() }
        );
        assert_eq!(
            read("Tuesday’s results"),
            Reading::Unnamed {
                name: "results".into()
            }
        );
    }

    #[test]
    fn a_share_of_those_polled_is_people_named_by_the_share() {
        let people = |name: &str| Reading::Unnamed { name: name.into() };
        assert_eq!(read("Nearly half"), people("half"));
        assert_eq!(read("Only 24 percent"), people("24 percent"));
        assert_eq!(read("One in three"), people("One in three"));
        assert_eq!(read("A majority"), people("a majority"));
        assert_eq!(read("58%"), people("58%"));
    }

    #[test]
    fn a_corporation_is_a_body_even_after_an_outlets_word() {
        let body = |name: &str| Reading::Institution { name: name.into() };
        // "News" before it is no outlet before a person named "Corporation".
        assert_eq!(read("News Corporation"), body("News Corporation"));
        assert_eq!(read("the Sony Corporation"), body("Sony Corporation"));
    }

    #[test]
    fn a_country_or_its_capital_speaks_for_the_state() {
        let body = |name: &str| Reading::Institution { name: name.into() };
        assert_eq!(read("Mexico"), body("Mexico"));
        assert_eq!(read("Riyadh"), body("Saudi Arabia"));
        assert_eq!(read("Turkey"), body("Turkey"));
        // A name holding one is not the state.
        assert_ne!(read("Central America"), body("United States"));
    }

    #[test]
    fn a_possessive_before_a_name_is_whose_the_person_is() {
        for (mention, name) in [
            ("NBC’s Dante Chinni", "Dante Chinni"),
            ("The Post's Dana Milbank", "Dana Milbank"),
            ("Fox's Chris Wallace", "Chris Wallace"),
            // A plural's possessive: an apostrophe alone after the "s".
            ("Reuters’ Luciana Lopez", "Luciana Lopez"),
            ("Breitbart News' Ana Ruiz", "Ana Ruiz"),
        ] {
            assert!(
                matches!(read(mention), Reading::Person { name: n, name_like: false, .. } if n == name),
                "{mention}: {:?}",
                read(mention)
            );
        }
    }

    #[test]
    fn a_bodys_name_joined_by_and_is_the_body() {
        let body = |name: &str| Reading::Institution { name: name.into() };
        assert_eq!(
            read("The Department of Health and Human Services"),
            body("Department of Health and Human Services")
        );
        assert_eq!(
            read("the Center for Economic and Policy Research"),
            body("Center for Economic and Policy Research")
        );
        assert_eq!(
            read("the Committee for a Responsible Federal Budget"),
            body("Committee for a Responsible Federal Budget")
        );
        assert!(matches!(read("Trump and Ryan"), Reading::Person { .. }));
        assert!(matches!(
            read("RNC Chief of Staff Katie Walsh"),
            Reading::Person { .. }
        ));
    }

    #[test]
    fn a_capitalised_title_of_a_body_is_someone_of_it_not_the_body() {
        let unnamed = |name: &str| Reading::Unnamed { name: name.into() };
        let named = |mention: &str| match read(mention) {
            Reading::Person { name, .. } => Some(name),
            _ => None,
        };
        assert_eq!(
            read("the former CEO of Hewlett-Packard"),
            unnamed("former CEO of Hewlett-Packard")
        );
        assert_eq!(read("the Chief of Staff"), unnamed("Chief of Staff"));
        // A paper is a body, whatever its first word.
        assert_eq!(
            read("The Des Moines Register"),
            Reading::Institution {
                name: "Des Moines Register".into()
            }
        );
        // The name after the body is the person's.
        assert_eq!(named("CEO of Apple Tim Cook").as_deref(), Some("Tim Cook"));
        assert_eq!(named("Secretary of State Kerry").as_deref(), Some("Kerry"));
        assert_eq!(
            named("Secretary of State John Kerry").as_deref(),
            Some("John Kerry")
        );
    }

    #[test]
    fn a_possessive_in_capitals_is_left_off() {
        assert_eq!(trimmed("OBAMA’S"), "OBAMA");
        assert_eq!(trimmed("TRUMP'S"), "TRUMP");
        // Not a plural's or a name's own letters.
        assert_eq!(trimmed("CEOS"), "CEOS");
        assert_eq!(trimmed("O'S"), "O'S");
    }

    #[test]
    fn a_name_in_single_quotation_marks_is_read_without_them() {
        assert_eq!(read("the 'Yes' campaign"), read("the Yes campaign"));
        assert_eq!(read("The ‘Leave’ campaign"), read("The Leave campaign"));
        assert_eq!(without_single_quotes("Ruiz's aide"), None);
        assert_eq!(without_single_quotes("O'Brien"), None);
        // A nickname in double marks inside a name is left out.
        assert_eq!(
            person("Robert \"Bobby\" Ruiz").as_deref(),
            Some("Robert Ruiz")
        );
        assert_eq!(
            person("Thomas “Tip” O'Neill").as_deref(),
            Some("Thomas O'Neill")
        );
    }

    #[test]
    fn a_capital_that_is_only_the_sentences_is_no_part_of_a_name() {
        let unnamed = |name: &str| Reading::Unnamed { name: name.into() };
        assert_eq!(read("Officials"), unnamed("officials"));
        assert_eq!(read("Senior officials"), unnamed("senior officials"));
        assert_eq!(read("Supporters of the mayor"), unnamed("supporters"));
        // Names and peoples keep their capitals.
        assert_eq!(read("Democrats"), unnamed("Democrats"));
        assert_eq!(read("Latinos"), unnamed("Latinos"));
        assert_eq!(read("Harbour supporters"), unnamed("Harbour supporters"));
        assert_eq!(
            read("a State Department spokesman"),
            unnamed("State Department spokesman")
        );
    }

    #[test]
    fn few_people_are_not_the_people() {
        let unnamed = |name: &str| Reading::Unnamed { name: name.into() };
        // "Few experts believe it" says most do not: the few are the speakers.
        assert_eq!(read("Few experts"), unnamed("few experts"));
        // "A few" is some, as "some" is.
        assert_eq!(read("A few experts"), unnamed("experts"));
        assert_eq!(read("Some experts"), unnamed("experts"));
        // "Another" is someone else than the one before: kept.
        assert_eq!(read("another aide"), unnamed("another aide"));
        assert_eq!(read("multiple sources"), unnamed("sources"));
    }

    #[test]
    fn an_anonymous_source_is_named_by_its_whole_description() {
        let unnamed = |name: &str| Reading::Unnamed { name: name.into() };
        assert_eq!(
            read("Two people familiar with the matter"),
            unnamed("people familiar with the matter")
        );
        assert_eq!(
            read("a source close to the Clintons"),
            unnamed("source close to the Clintons")
        );
        assert_eq!(
            read("one official with direct knowledge of the plan"),
            unnamed("official with direct knowledge of the plan")
        );
        // People named by what they do for someone, also where no source is described.
        assert_eq!(
            read("Three Podesta employees"),
            unnamed("Podesta employees")
        );
        assert_eq!(
            read("Republican legislators"),
            unnamed("Republican legislators")
        );
        // People of a body or a party named before them.
        assert_eq!(read("Two Boeing engineers"), unnamed("Boeing engineers"));
        assert_eq!(read("Labour backbenchers"), unnamed("Labour backbenchers"));
        // Not the object: "the Clintons" are not the source.
        assert_ne!(read("a source close to the Clintons"), read("the Clintons"));
        // A phrase holding people before the description is no source's name.
        assert_ne!(
            read("interviews with party leaders and officials involved in the plan"),
            unnamed("interviews with party leaders and officials involved in the plan")
        );
    }

    #[test]
    fn where_people_are_is_not_who_they_are() {
        let unnamed = |name: &str| Reading::Unnamed { name: name.into() };
        // People not named keep where they are, so that two such are two speakers.
        assert_eq!(read("Officials in Ohio"), unnamed("officials in Ohio"));
        assert_eq!(
            read("officials in the city"),
            unnamed("officials in the city")
        );
        assert_eq!(
            read("A spokesman at Harbour Bank"),
            unnamed("spokesman at Harbour Bank")
        );
        assert_eq!(read("Students at Yale"), unnamed("Students at Yale"));
        assert_eq!(
            read("voters from the lists because they"),
            unnamed("voters")
        );
        // "Police" opening a sentence are the police of "police said".
        assert_eq!(read("Police"), read("police"));
        // People named by what they do, opening a sentence; not a surname in "s".
        for (word, name) in [
            ("Demonstrators", "demonstrators"),
            ("Scholars", "scholars"),
            ("Reporters", "reporters"),
            ("Students", "students"),
            ("Scientists", "scientists"),
            ("Parents", "parents"),
            ("Teachers", "teachers"),
        ] {
            assert_eq!(read(word), unnamed(name));
        }
        assert_eq!(read("Russians"), unnamed("Russians"));
        for surname in [
            "Sanders", "Connors", "Clements", "Peters", "Dukes", "Fellows", "Kings",
        ] {
            assert!(matches!(read(surname), Reading::Person { .. }), "{surname}");
        }
        assert_eq!(
            read("Police in Dayton"),
            Reading::Institution {
                name: "Police in Dayton".into()
            }
        );
        // A body whose name ends in the word is one.
        assert_eq!(
            read("Capitol Police"),
            Reading::Institution {
                name: "Capitol Police".into()
            }
        );
        assert_eq!(
            person("Jeb Bush in a Medium post").as_deref(),
            Some("Jeb Bush")
        );
        assert_eq!(person("Ana Ruiz at the rally").as_deref(), Some("Ana Ruiz"));
        // Named, but by words that are no name to show them by.
        for mention in ["Jeb Bush in a Medium post", "Ana Ruiz at the rally"] {
            assert!(
                matches!(
                    read(mention),
                    Reading::Person {
                        name_like: false,
                        ..
                    }
                ),
                "{mention}"
            );
        }
        // Part of a body's name after an "of" that is, and before a relative clause.
        assert_eq!(
            read("the University of Oregon at Eugene"),
            Reading::Institution {
                name: "University of Oregon at Eugene".into()
            }
        );
        assert_eq!(person("Harbour City in which he").as_deref(), None);
        // After a word that names no people, the phrase is not cut.
        assert_ne!(read("boos from the audience"), unnamed("boos"));
    }

    #[test]
    fn words_that_name_no_one_are_no_speaker() {
        for word in [
            "Among",
            "According",
            "Its",
            "Most",
            "United",
            "Federal",
            "Editor",
            // Words opening a sentence.
            "Across",
            "Perhaps",
            "Anyone",
            "Ask",
            "Therefore",
        ] {
            assert_eq!(read(trimmed(word)), Reading::Nobody, "{word}");
        }
        // A day or month alone is a surname only of a person met already.
        for word in ["Monday", "March", "May"] {
            let folded = CompactString::new(word.to_lowercase());
            assert_eq!(read(trimmed(word)), Reading::KnownSurname(folded), "{word}");
        }
        assert_eq!(read("Monday Trump"), read("Trump"));
        assert!(matches!(
            read("Everything Trump"),
            Reading::Person {
                name_like: false,
                ..
            }
        ));
        // "they" and "it" are no one by themselves: whom they stand for is asked of
        // the speakers met (`Reading::Group`).
        assert_eq!(read("they"), Reading::Group(true));
        assert_eq!(read("It"), Reading::Group(false));
        assert_eq!(read("Their"), Reading::Nobody);
    }

    #[test]
    fn a_plural_of_people_opening_a_sentence_is_people_not_named() {
        for (mention, name) in [("The authors", "authors"), ("Other senators", "senators")] {
            assert_eq!(
                read(mention),
                Reading::Unnamed { name: name.into() },
                "{mention}"
            );
        }
        // A people by nation or faith, by its name or its ending; a surname that is
        // one, or ends as one, is a person's.
        for (mention, name) in [
            ("The Europeans", "Europeans"),
            ("many Muslims", "Muslims"),
            ("Colombians", "Colombians"),
            ("the Saudis", "Saudis"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Unnamed { name: name.into() },
                "{mention}"
            );
        }
        for mention in ["David French", "Evans", "Mr. French"] {
            assert!(
                matches!(read(mention), Reading::Person { .. }),
                "{mention}: {:?}",
                read(mention)
            );
        }
        // Not a plural of things, nor a verb read as a plural.
        assert!(!matches!(read("The answers"), Reading::Unnamed { .. }));
        assert!(!matches!(
            read("The narrator continues"),
            Reading::Unnamed { .. }
        ));
    }

    #[test]
    fn an_outlet_before_a_name_is_no_part_of_it() {
        let name_of = |mention: &str| match read(mention) {
            Reading::Person { name, .. } => Some(name.to_string()),
            _ => None,
        };
        assert_eq!(
            name_of("the Washington Post Trump").as_deref(),
            Some("Trump")
        );
        assert_eq!(
            name_of("Fox News Sean Hannity").as_deref(),
            Some("Sean Hannity")
        );
        // An outlet's edition for a place is not cut down to the place.
        assert_ne!(name_of("POLITICO Florida").as_deref(), Some("Florida"));
    }

    #[test]
    fn an_official_of_a_place_or_a_body_is_someone_not_named() {
        for (mention, name) in [
            (
                "Connecticut’s tax commissioner",
                "Connecticut’s tax commissioner",
            ),
            ("The state's tax commissioner", "state's tax commissioner"),
            ("the city's auditor", "city's auditor"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Unnamed { name: name.into() },
                "{mention}"
            );
        }
        // A role no description is resolved by stays no one's alone.
        assert_eq!(read("the commissioner"), Reading::Nobody);
    }

    #[test]
    fn findings_are_their_issuer_s() {
        for (mention, issuer) in [
            ("a new Gallup poll", "Gallup"),
            ("a Pentagon readout", "Pentagon"),
            // A building a government speaks from, and a document's kind in two words.
            ("A White House press release", "White House"),
            ("a Kremlin statement", "Kremlin"),
            ("POLITICO's analysis", "POLITICO"),
            ("the IMF report", "IMF"),
            ("a CBO study", "CBO"),
            // A name that a body's kind or an outlet's word ends.
            (
                "A Government Accountability Office report",
                "Government Accountability Office",
            ),
            ("The Brookings Institution study", "Brookings Institution"),
            ("a 2014 Labor Department study", "Labor Department"),
            ("A Times article", "Times"),
            // A body's kind in lower case before the document ends the body's name.
            ("A Lopez campaign memo", "Lopez campaign"),
            ("The Senate committee report", "Senate committee"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Institution {
                    name: issuer.into()
                },
                "{mention}"
            );
        }
        // A kind of findings opening a sentence is no issuer.
        for mention in [
            "Exit polls",
            "New polls",
            "Instant polls",
            "Federal data",
            "Campaign finance records",
            "Committee records",
        ] {
            let mut name = mention.to_owned();
            name[..1].make_ascii_lowercase();
            assert_eq!(
                read(mention),
                Reading::Unnamed { name: name.into() },
                "{mention}"
            );
        }
        // With no issuer named, a poll is no institution; a statement named after a
        // person is not a body's.
        assert!(!matches!(read("a new poll"), Reading::Institution { .. }));
        assert!(!matches!(
            read("the Clinton statement"),
            Reading::Institution { .. }
        ));
    }

    #[test]
    fn a_bodys_kind_of_capitalised_words_is_its_name() {
        let body = |name: &str| Reading::Institution { name: name.into() };
        assert_eq!(
            read("The Department of Justice"),
            body("Department of Justice")
        );
        assert_eq!(
            read("the American Federation of Teachers"),
            body("American Federation of Teachers")
        );
        assert_eq!(
            read("The U.S. Chamber of Commerce"),
            body("U.S. Chamber of Commerce")
        );
        assert_eq!(
            read("the civil rights group the Anti-Defamation League"),
            body("Anti-Defamation League")
        );
        // A person of a body is the person.
        assert!(matches!(
            read("Chamber of Commerce President Tom Donohue"),
            Reading::Person { ref name, .. } if name == "Tom Donohue"
        ));
        assert!(matches!(
            read("Rep. Elijah Cummings of Maryland"),
            Reading::Person { ref name, .. } if name == "Elijah Cummings"
        ));
    }

    #[test]
    fn people_polled_and_shares_of_them_are_people_not_named() {
        for (mention, name) in [
            ("Those surveyed", "those surveyed"),
            ("Voters polled", "voters polled"),
            ("Workers surveyed", "workers surveyed"),
            ("Thirty-one percent of those surveyed", "those surveyed"),
            ("A mere 9 percent", "9 percent"),
            ("Nearly nine out of 10", "nine out of 10"),
            (
                "A strong majority of Democratic voters",
                "Democratic voters",
            ),
        ] {
            assert_eq!(
                read(mention),
                Reading::Unnamed { name: name.into() },
                "{mention}"
            );
        }
    }

    #[test]
    fn findings_or_a_document_by_someone_are_theirs() {
        for (mention, issuer) in [
            ("a count by The Associated Press", "Associated Press"),
            ("exit polls conducted for The Harbour Post", "Harbour Post"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Institution {
                    name: issuer.into()
                },
                "{mention}"
            );
        }
        assert!(matches!(
            read("a letter by Ana Ruiz"),
            Reading::Person { ref name, .. } if name == "Ana Ruiz"
        ));
        // A research firm is a body; research alone is findings, no one's.
        assert_eq!(
            read("Edison Research"),
            Reading::Institution {
                name: "Edison Research".into()
            }
        );
        assert_eq!(
            read("Research"),
            Reading::Unnamed {
                name: "research".into()
            }
        );
        // Whoever only obtained a document did not make it; a name after a role is
        // the issuer.
        assert_ne!(
            read("documents obtained by The Harbour Post"),
            Reading::Institution {
                name: "Harbour Post".into()
            }
        );
        assert!(matches!(
            read("research by the Harvard economist Carl Lopez"),
            Reading::Person { ref name, .. } if name == "Carl Lopez"
        ));
        // Not a name after "for the": the poll was Edison's, made for the Post.
        assert_eq!(
            read("a poll by Edison Research for the Harbour Post"),
            Reading::Institution {
                name: "Edison Research".into()
            }
        );
        // The issuer is the name, not what follows it.
        assert_eq!(
            read("a 2016 study by the Harbour Institute based on census data"),
            Reading::Institution {
                name: "Harbour Institute".into()
            }
        );
    }

    #[test]
    fn the_owner_of_a_document_or_words_is_read() {
        for (mention, owner) in [
            ("Trump's tweet", Some("Trump")),
            ("Sen. Ana Ruiz's new statement", Some("Sen. Ana Ruiz")),
            ("the Pentagon's statement", Some("the Pentagon")),
            ("Rubio’s catch phrase", Some("Rubio")),
            ("His letter", Some("His")),
            ("Clinton's comments", Some("Clinton")),
            // People or a body owned, a phrase as owner, a capitalised thing: no owner.
            ("Rubio's deputy campaign manager", None),
            ("His campaign's statement", None),
            ("Trump's Super PAC", None),
            ("the senator's letter", None),
            ("a statement", None),
        ] {
            assert_eq!(document_owner(mention), owner, "{mention}");
        }
    }

    #[test]
    fn documents_institutions_and_people_not_named() {
        assert_eq!(read("a statement"), Reading::Document);
        assert_eq!(read("The statement"), Reading::Document);
        assert_eq!(read("the tweet"), Reading::Document);
        // A document of a year gone by is not whoever spoke last issued it.
        assert_eq!(read("a 2013 study"), Reading::Nobody);
        assert_eq!(read("a 52-count complaint"), Reading::Document);
        assert_eq!(
            read("Some experts"),
            Reading::Unnamed {
                name: "experts".into()
            }
        );
        assert_eq!(
            read("a senior aide"),
            Reading::Unnamed {
                name: "senior aide".into()
            }
        );
        assert_eq!(
            read("One Republican"),
            Reading::Unnamed {
                name: "one Republican".into()
            }
        );
        assert_eq!(
            read("an American"),
            Reading::Unnamed {
                name: "an American".into()
            }
        );
        assert_eq!(
            read("Republicans"),
            Reading::Unnamed {
                name: "Republicans".into()
            }
        );
        assert_eq!(
            read("the Clinton campaign"),
            Reading::Institution {
                name: "Clinton campaign".into()
            }
        );
        assert_eq!(
            read("The campaign"),
            Reading::Generic {
                head: "campaign".into(),
                name: "The campaign".into()
            }
        );
        assert_eq!(
            read("the Kremlin"),
            Reading::Institution {
                name: "Russia".into()
            }
        );
        // A state no list named before is that state, no person of the name.
        for (mention, state) in [
            ("Australia", "Australia"),
            ("the European Union", "European Union"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Institution { name: state.into() },
                "{mention}"
            );
        }
        // An office of a state speaks for itself.
        for (mention, office) in [
            ("The White House", "White House"),
            ("the Pentagon", "Pentagon"),
            ("Downing Street", "Downing Street"),
        ] {
            assert_eq!(
                read(mention),
                Reading::Institution {
                    name: office.into()
                },
                "{mention}"
            );
        }
        assert_eq!(
            read("The New York Times"),
            Reading::Institution {
                name: "New York Times".into()
            }
        );
        assert_eq!(read("she"), Reading::Pronoun(Some(Gender::Female)));
        assert_eq!(read("We’ve"), Reading::Nobody);
        for mention in [
            "Ana Ruiz, who",
            "Ana Ruiz,  who",
            "Ana Ruiz who",
            " Ana Ruiz ",
        ] {
            assert_eq!(trimmed(mention), "Ana Ruiz", "{mention:?}");
        }
        assert_eq!(read("his"), Reading::Pronoun(Some(Gender::Male)));
        assert_eq!(
            read("the Associated Press"),
            Reading::Institution {
                name: "Associated Press".into()
            }
        );
        assert_eq!(read("They're"), Reading::Nobody);
        assert_eq!(read("he'd"), Reading::Pronoun(Some(Gender::Male)));
        assert_eq!(read("SHE’LL"), Reading::Pronoun(Some(Gender::Female)));
        assert_eq!(read("There's"), Reading::Nobody);
        assert!(is_name_like("Mr. Obama"));
        assert!(is_name_like("U.S. President Donald Trump"));
        assert!(!is_name_like("The morning Mr. Obama"));
        assert!(!is_name_like("the morning Mr. Obama"));
        assert!(matches!(
            read("Mrs. Clinton"),
            Reading::Person {
                gender: Some(Gender::Female),
                ..
            }
        ));
    }
}
