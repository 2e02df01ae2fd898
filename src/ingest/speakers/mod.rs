//! Speakers: the words naming a speaker resolved to the person or body the text
//! introduced. A surname, a title, a pronoun or a description is the person met before
//! that fits it; two first names are two people, and "Mrs." is never "Mr.". Each
//! lookup is a hash or a look at a few recent speakers, so that a text naming many
//! people takes time in proportion to its length.

mod full_names;
mod mention;
mod pronoun;

use std::borrow::{Borrow, Cow};
use std::cell::{Cell, RefCell};
use std::collections::hash_map::Entry;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use compact_str::CompactString;
use smallvec::SmallVec;

use super::cues::FnvSet;
use crate::model::names::{fold_compact, fullness, is_suffix, slug, Gender, PersonName};
use crate::model::words::number_word;
use crate::model::SpeakerKind;
use full_names::FullName;
pub(super) use mention::{
    described_people, describes_a_source, describes_by_deed, is_first_name, is_role, leads_out,
    names_a_share, names_people, names_people_opening, names_sources, not_a_name, people_plural,
    polled, says_where, source_opening, tells_how_many, tells_only_sex, titles_or_names_a_body,
};
use mention::{read, trimmed, Reading};
pub(super) use pronoun::spoken_of;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSpeaker {
    /// Unique in its text: the name, folded, with a number if two share one.
    pub id: String,
    /// The fullest name the text gives.
    pub name: String,
    pub kind: SpeakerKind,
    pub aliases: Vec<String>,
}

/// How far a long text is read for the names that tell a person's sex
/// (`names_around`): an article is read whole (one of the 924 PolNeAR articles is
/// longer than twice this), a text of many (a transcript, articles one after another)
/// a stretch around the words read, each in time its length.
const NAMES_REACH: usize = 16 * 1024;

/// The stretch of `text` whose names tell the sex of the people spoken of at `at`: the
/// whole of a text up to twice `NAMES_REACH` long, else the blocks of that size before,
/// at and after `at`'s, so that every search of a long text reads a stretch of a fixed
/// length and reading it stays in time its length, not its square.
pub fn names_around(text: &str, at: usize) -> &str {
    let block = at / NAMES_REACH;
    let start = block.saturating_sub(1) * NAMES_REACH;
    let end = (block + 2).saturating_mul(NAMES_REACH);
    let start = (start..=at.min(text.len()))
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(0);
    let end = (end.min(text.len())..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    &text[start..end]
}

/// How many one-word names `leave_out_words` looks for in lower case: each is a search
/// of the whole text.
const WORDS_ASKED_AT_MOST: usize = 64;

/// Titles' abbreviations before a name, and the words a description uses for them.
const TITLES_SPELT: &[(&str, &[&str])] = &[
    ("sen.", &["senator"]),
    ("sens.", &["senator"]),
    ("rep.", &["representative", "congressman", "congresswoman"]),
    ("gov.", &["governor"]),
    ("lt.", &["lieutenant"]),
    ("gen.", &["general"]),
    ("sec.", &["secretary"]),
    ("atty.", &["attorney"]),
    ("pres.", &["president"]),
    ("supt.", &["superintendent"]),
    ("del.", &["delegate"]),
];

/// The maps of speakers being found hash with foldhash, which takes a name or a phrase
/// a word at a time where FNV takes it a byte at a time. None is walked in order, so
/// that nothing depends on the hash.
type Map<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
type Set<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

/// What `make` gives for `key`, kept in a thread's `memo` (up to `most` entries, past
/// which each new one is made afresh) for the next text that asks: what a mention's
/// words tell depends on the words alone, and a folder's reports name the same people
/// with the same words.
fn kept<V: Clone + 'static>(
    memo: &'static std::thread::LocalKey<RefCell<Map<CompactString, V>>>,
    key: &str,
    most: usize,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(known) = memo.with_borrow(|memo| memo.get(key).cloned()) {
        return known;
    }
    // Made with the memo let go: making one may ask it for others.
    let value = make();
    memo.with_borrow_mut(|memo| {
        if memo.len() < most {
            memo.insert(CompactString::new(key), value.clone());
        }
    });
    value
}

/// "seven", "twenty-seven": a number written out.
fn is_number_word(word: &str) -> bool {
    word.split('-').all(|part| number_word(part).is_some())
}

/// How many of the speakers sharing a surname, a first name or a word are looked at:
/// a text rarely names more than a few people of one surname, and looking at all of
/// them would make one naming thousands take time in their number squared.
const LOOK_BACK: usize = 8;

/// What is known of a speaker while the text is read. Their names and words are
/// kept by `Speakers`, in one set for all speakers rather than two for each.
#[derive(Debug, Default)]
struct Known {
    /// Whether the person's first name is known (never, for other speakers).
    first_named: bool,
    gender: Option<Gender>,
    mentions: u32,
    /// The `fullness` of the name shown, kept so that a person named again is not
    /// counted word by word each time.
    fullness: usize,
}

/// Speakers listed under keys (surnames, first names, words), each list in the order
/// met. The lists are links in one vector, each to the one before it under its key,
/// rather than a vector for each key: a text lists a speaker or two under each of
/// many keys, and is read back from the last one met.
#[derive(Debug, Default)]
struct Lists {
    /// Each key's last link.
    last: Map<CompactString, u32>,
    links: Vec<Link>,
}

#[derive(Debug, Clone, Copy)]
struct Link {
    at: usize,
    before: Option<u32>,
}

impl Lists {
    /// Lists speaker `at` under `key`, last.
    fn push(&mut self, key: &str, at: usize) {
        let link = u32::try_from(self.links.len()).expect("fewer than 2^32 links");
        let before = match self.last.entry(CompactString::new(key)) {
            Entry::Occupied(mut last) => Some(last.insert(link)),
            Entry::Vacant(last) => {
                last.insert(link);
                None
            }
        };
        self.links.push(Link { at, before });
    }

    /// The speakers listed under `key`, the last met first.
    fn latest(&self, key: &str) -> impl Iterator<Item = usize> + '_ {
        let last = self.last.get(key).map(|&link| self.links[link as usize]);
        std::iter::successors(last, |link| link.before.map(|b| self.links[b as usize]))
            .map(|link| link.at)
    }
}

/// A mention read once in a text, with what resolving it asks of its words every time
/// it comes back (a text names the same people again and again), and what this text
/// has settled of it.
#[derive(Debug)]
struct Read {
    words: Rc<Words>,
    /// The institution or people not named these words resolved to: always the same
    /// one once found, as `by_name` never forgets.
    settled: Cell<Option<usize>>,
    /// The speaker last given these words as an alias, or as words describing them:
    /// given them again, they would change nothing, as what is known only grows.
    kept_by: Cell<Option<usize>>,
}

/// What a mention's words tell, whatever text they are in: read once a thread (up to
/// `WORDS_KEPT`), as a folder's reports name the same people with the same words.
#[derive(Debug)]
struct Words {
    /// The mention, by which `Speakers::readings` finds it again.
    mention: CompactString,
    /// The mention as `trimmed` gives it, when it is not the mention itself (mostly it
    /// is): see `Read::text`.
    text: Option<CompactString>,
    reading: Reading,
    /// "he" or "she" alone, which `resolve_near` looks for a name before.
    near: Option<Gender>,
    /// `text` as an alias is kept (`alias_key`), when it is not `lower` (mostly it
    /// is): see `Read::key`.
    key: Option<CompactString>,
    /// `text` in lower case, whose words describe a person named in a phrase.
    lower: CompactString,
    /// Whether `text` is a name the person may be found by (`mention::name_like`).
    name_like: bool,
    /// For a person: the name's `fullness`, and the key of `by_full_name` if it has a
    /// first name.
    fullness: usize,
    full_key: Option<CompactString>,
    /// For a person named with middle initials ("George W. Bush"): the initials ("w"),
    /// and `full_key` with them, which tells the person from another of that name
    /// ("George H.W. Bush").
    middle: Option<(String, CompactString)>,
    /// For an institution, people not named or an institution's kind: the name folded.
    folded: CompactString,
}

impl std::ops::Deref for Read {
    type Target = Words;

    fn deref(&self) -> &Words {
        &self.words
    }
}

impl Read {
    fn new(mention: &str) -> Read {
        /// Mentions whose words are kept, a few megabytes at most: past it, each new
        /// one is read afresh.
        const WORDS_KEPT: usize = 1 << 15;
        thread_local! {
            static KEPT: RefCell<Map<CompactString, Rc<Words>>> = RefCell::default();
        }
        Read {
            words: kept(&KEPT, mention, WORDS_KEPT, || Rc::new(Words::new(mention))),
            settled: Cell::new(None),
            kept_by: Cell::new(None),
        }
    }
}

impl Words {
    fn new(mention: &str) -> Words {
        let text = trimmed(mention);
        // "Trump's tweet" is Trump's: the owner is read, and kept as a name.
        let text = mention::document_owner(text).unwrap_or(text);
        let reading = read(text);
        let near = if text.eq_ignore_ascii_case("he") {
            Some(Gender::Male)
        } else if text.eq_ignore_ascii_case("she") {
            Some(Gender::Female)
        } else {
            None
        };
        let middle = match &reading {
            Reading::Person { name, person, .. } => person.first.as_ref().and_then(|first| {
                let initials = PersonName::middle_initials(name)?;
                let key = full_key(&format!("{first} {initials}"), &person.surname);
                Some((initials, key))
            }),
            _ => None,
        };
        let (fullness, full_key, folded) = match &reading {
            Reading::Person {
                person, fullness, ..
            } => (
                *fullness,
                person.first.as_ref().map(|f| full_key(f, &person.surname)),
                CompactString::default(),
            ),
            Reading::Institution { name }
            | Reading::Unnamed { name }
            | Reading::Generic { name, .. }
            // "Trump's spokesman", settled as people not named when it describes no
            // one met: by its own name, not that of every other such description.
            | Reading::Describe {
                or_unnamed: Some(name), ..
            } => (0, None, fold_compact(name)),
            _ => (0, None, CompactString::default()),
        };
        let lower = lowercase(text);
        // `alias_key` lowers the text unless it is its own key, as it mostly is then.
        let key = (is_alias_key(text) && text != lower).then(|| CompactString::new(text));
        Words {
            text: (text != mention).then(|| CompactString::new(text)),
            near,
            key,
            lower,
            name_like: matches!(
                reading,
                Reading::Person {
                    name_like: true,
                    ..
                }
            ),
            fullness,
            full_key,
            middle,
            folded,
            reading,
            mention: CompactString::new(mention),
        }
    }
}

impl Words {
    /// The mention as `trimmed` gives it.
    fn text(&self) -> &str {
        self.text.as_deref().unwrap_or(&self.mention)
    }

    /// `full_key` with the middle initials, if the name gives some.
    fn middle_key(&self) -> Option<&CompactString> {
        self.middle.as_ref().map(|(_, key)| key)
    }

    /// `text` as an alias is kept (`alias_key`).
    fn key(&self) -> &str {
        self.key.as_deref().unwrap_or(&self.lower)
    }
}

/// A mention read, as `Speakers::readings` keeps it: found by the mention itself, which
/// the reading holds rather than a copy beside it.
#[derive(Debug)]
struct Met(Rc<Read>);

impl Borrow<str> for Met {
    fn borrow(&self) -> &str {
        &self.0.mention
    }
}

impl PartialEq for Met {
    fn eq(&self, other: &Met) -> bool {
        self.0.mention == other.0.mention
    }
}

impl Eq for Met {}

/// As `str` hashes, for `Borrow<str>`.
impl Hash for Met {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.mention.as_str().hash(state);
    }
}

/// The key of `Speakers::by_full_name` for a folded first name and surname: folded
/// names hold no '|', so that two pairs never share one.
fn full_key(first: &str, surname: &str) -> CompactString {
    let mut key = CompactString::with_capacity(first.len() + 1 + surname.len());
    key.push_str(first);
    key.push('|');
    key.push_str(surname);
    key
}

/// `text` in lower case as `str::to_lowercase` gives it, inline when short: quicker
/// than compact_str's own, which goes a character at a time.
fn lowercase(text: &str) -> CompactString {
    if text.is_ascii() {
        let mut lower = CompactString::new(text);
        lower.make_ascii_lowercase();
        lower
    } else {
        CompactString::from(text.to_lowercase())
    }
}

/// An alias as it is looked up: in lower case.
fn alias_key(alias: &str) -> CompactString {
    if is_alias_key(alias) {
        CompactString::new(alias)
    } else {
        lowercase(alias)
    }
}

/// Whether an alias is its own `alias_key`: no letter of it is other than lower case.
fn is_alias_key(alias: &str) -> bool {
    alias
        .chars()
        .all(|c| c.is_lowercase() || !c.is_alphabetic())
}

/// The last name in `words` that the title `role` leads, title and all: "President
/// Barack Obama" for "president", "Sen. Ted Cruz" for "senator" (`TITLES_SPELT`).
fn titled_name<'t>(words: &'t str, role: &str) -> Option<&'t str> {
    // Offices whose title leads a name, not roles a headline capitalises ("Trump's
    // Son Says ...", "Wife Huma Abedin").
    let office = matches!(
        role,
        "president" | "judge" | "mayor" | "chancellor" | "minister" | "speaker" | "justice"
    ) || TITLES_SPELT.iter().any(|(_, spelt)| spelt.contains(&role));
    if !office {
        return None;
    }
    let all: SmallVec<[&str; 32]> = words.split_whitespace().collect();
    let titled = |w: &str| {
        let lower = w.to_lowercase();
        lower == role
            || TITLES_SPELT
                .iter()
                .any(|(short, spelt)| *short == lower && spelt.contains(&role))
    };
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let k = all
        .iter()
        .enumerate()
        .rev()
        .find(|&(k, w)| {
            // Not a body's officer: "World Bank President Jim Yong Kim".
            let of_a_body = k > 0 && mention::ends_a_body(all[k - 1]);
            capitalised(w)
                && titled(w)
                && !of_a_body
                && all.get(k + 1).is_some_and(|n| capitalised(n))
        })?
        .0;
    Some(name_from(words, &all, k, k + 1))
}

/// The name at word `k` of `all`, the words of `words`, whose name words run on from
/// word `from`, up to a mark that ends it ("Obama," "Obama.").
fn name_from<'t>(words: &'t str, all: &[&'t str], k: usize, from: usize) -> &'t str {
    let offset = |w: &str| w.as_ptr() as usize - words.as_ptr() as usize;
    let mut end = from;
    while let Some(w) = all.get(end).filter(|w| w.starts_with(char::is_uppercase)) {
        end += 1;
        if w.ends_with([',', ';', ':']) || w.ends_with('.') && w.len() > 2 {
            break;
        }
    }
    let last = all[end - 1].trim_end_matches([',', ';', ':', '.']);
    &words[offset(all[k])..offset(last) + last.len()]
}

/// The name that `words` (the text before a description) give right after the
/// description's own words: "Republican nominee Donald Trump spoke in Ohio. The
/// Republican nominee said ..." is Donald Trump. Only a description of two words or
/// more ("the senator" alone is `titled_name`'s), and a name of two capitalised words.
fn described_name<'t>(words: &'t str, description: &str) -> Option<&'t str> {
    let wanted: SmallVec<[String; 6]> = description
        .split_whitespace()
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "the" | "a" | "an"))
        .collect();
    let n = wanted.len();
    // Not one of a person spoken of ("his wife"), whom a headline's capitals may name.
    let owned =
        || (wanted.iter()).any(|w| matches!(w.as_str(), "his" | "her" | "their" | "its" | "my"));
    if n < 2 || owned() {
        return None;
    }
    let all: SmallVec<[&str; 32]> = words.split_whitespace().collect();
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let k = (n..all.len().saturating_sub(1)).rev().find(|&k| {
        capitalised(all[k])
            && capitalised(all[k + 1])
            && all[k - n..k]
                .iter()
                .zip(&wanted)
                .all(|(w, d)| w.eq_ignore_ascii_case(d))
    })?;
    Some(name_from(words, &all, k, k))
}

/// The names of `found`, as a speaker's name completed must not be another's.
fn names_taken(found: &[FoundSpeaker]) -> Set<CompactString> {
    found.iter().map(|s| CompactString::new(&s.name)).collect()
}

/// The speakers of one text, found as its mentions are resolved in order.
#[derive(Debug, Default)]
pub struct Speakers {
    found: Vec<FoundSpeaker>,
    known: Vec<Known>,
    /// People by folded first name and surname (`full_key`).
    by_full_name: Map<CompactString, usize>,
    /// People by folded surname, and by folded first name, in the order met.
    by_surname: Lists,
    by_first: Lists,
    /// Institutions and people not named, by kind and folded name.
    by_name: Map<(SpeakerKind, CompactString), usize>,
    /// People by a word of their name or an alias (lower case), in the order met.
    by_word: Lists,
    /// Each speaker's name and aliases, in lower case (`alias_key`).
    names: Set<(usize, CompactString)>,
    /// Each person's words of their name and aliases, in lower case, for descriptions.
    words: Set<(usize, CompactString)>,
    /// The names and phrases whose words are remembered, in the order given, before
    /// `words` and `by_word` are first asked of: most texts describe no one ("the
    /// Russian leader"), and their words are never put there.
    unread_words: Vec<(usize, CompactString)>,
    /// Whether `words` and `by_word` have been asked of, and take words as they come.
    words_read: bool,
    /// Institutions by the last word of their name (lower case): "the campaign".
    by_head: Map<CompactString, usize>,
    /// The people spoken of last, most recent last, each once.
    recent: Vec<usize>,
    /// The speaker resolved last: who issued "the statement".
    last_speaker: Option<usize>,
    /// Each mention met, read once: a text names the same people again and again.
    readings: Set<Met>,
    /// Each name met before a pronoun, read once: the person's folded surname and the
    /// sex the name tells, or `None` for a name of no person.
    people: Map<CompactString, Option<(CompactString, Option<Gender>)>>,
    /// The sex the text's names tell of each surname asked about (`sex_by_name`), for
    /// people no mention of whom told theirs, and the text they were read in (its
    /// start and length): a long text is read a stretch at a time (`names_around`).
    text_sexes: Map<CompactString, Option<Gender>>,
    sexes_read_in: (usize, usize),
    /// The surname of the one the statement being resolved speaks of or to ("says of
    /// Clinton", "told Ruiz"), whom no pronoun or description of its speaker stands for.
    spoken_of: Option<CompactString>,
}

/// The name a mention of a person or a body gives before a description of them
/// ("Jennifer Palmieri, the campaign's communications director", "Xinhua, the official
/// Chinese news agency"): the alias they are found by, the description's words only
/// describing them.
fn apposed_name(kind: SpeakerKind, mention: &str) -> Option<&str> {
    let named = matches!(kind, SpeakerKind::Person | SpeakerKind::Institution);
    named
        .then(|| mention::apposed(mention))
        .flatten()
        .map(|(name, _)| name)
}

impl Speakers {
    /// Resolves the words naming a speaker to a speaker, adding it if new, with no
    /// text around it.
    #[cfg(test)]
    pub fn resolve(&mut self, mention: &str) -> Option<usize> {
        self.resolve_in(mention, "")
    }

    /// [`Speakers::resolve`] of a mention in `text` (the stretch `names_around` gives),
    /// whose names tell who a surname may be.
    fn resolve_in(&mut self, mention: &str, text: &str) -> Option<usize> {
        let read = self.read(mention);
        self.resolve_read(&read, text)
    }

    /// The mention read, from the mentions met before if it is one.
    fn read(&mut self, mention: &str) -> Rc<Read> {
        if let Some(met) = self.readings.get(mention) {
            return Rc::clone(&met.0);
        }
        if self.readings.is_empty() {
            self.make_room();
        }
        let read = Rc::new(Read::new(mention));
        self.readings.insert(Met(Rc::clone(&read)));
        read
    }

    /// Room in the sets that grow with every mention for what a news report holds
    /// (a dozen or two of mentions, names and words), so that they are not grown, each
    /// key hashed again, three or four times over: a longer text grows them as it goes.
    fn make_room(&mut self) {
        const REPORT: usize = 28;
        self.readings.reserve(REPORT);
        self.names.reserve(REPORT);
        self.unread_words.reserve(REPORT);
        self.found.reserve(REPORT / 2);
        self.known.reserve(REPORT / 2);
        self.recent.reserve(LOOK_BACK + 1);
    }

    fn resolve_read(&mut self, read: &Read, text: &str) -> Option<usize> {
        let at = match &read.reading {
            Reading::Nobody => None,
            Reading::KnownSurname(surname) => self.best_of(&self.by_surname, surname, |s, at| {
                s.found[at].kind == SpeakerKind::Person
            }),
            Reading::Pronoun(gender) => self.last_person(*gender),
            Reading::Document => self.last_speaker,
            // Only right after the group's own statement: "it" and "they" stand for
            // many things ("it says" of a report, "they" of people never quoted).
            Reading::Group(plural) => self.last_speaker.filter(|&at| {
                let speaker = &self.found[at];
                if *plural {
                    // "they": people not named, many of them ("officials", "aides").
                    let head = speaker.name.rsplit(' ').next().unwrap_or_default();
                    speaker.kind == SpeakerKind::Unnamed
                        && mention::plural(head)
                        && !mention::names_a_body(&speaker.name)
                } else {
                    // "it": a body, named or by its kind ("the company").
                    speaker.kind == SpeakerKind::Institution || mention::names_a_body(&speaker.name)
                }
            }),
            Reading::Person {
                name,
                person,
                gender,
                ..
            } => Some(self.person(read, name, person, *gender, text)),
            Reading::Institution { name } => Some(match self.fuller_body(name) {
                Some(at) => {
                    self.keep(at, read);
                    at
                }
                None => self.settled(read, SpeakerKind::Institution, name),
            }),
            Reading::Unnamed { name } => Some(self.settled(read, SpeakerKind::Unnamed, name)),
            Reading::Generic { head, name } => {
                let at = match self.by_head.get(head.as_str()) {
                    Some(&at) => at,
                    None => self.named(SpeakerKind::Unnamed, name, &read.folded, name, None),
                };
                self.keep(at, read);
                Some(at)
            }
            Reading::Describe {
                adjectives,
                gender,
                or_unnamed,
            } => match (self.described(adjectives, *gender), or_unnamed) {
                (None, Some(name)) => Some(self.settled(read, SpeakerKind::Unnamed, name)),
                (Some(at), _) => {
                    self.keep(at, read);
                    Some(at)
                }
                // A guess: the description is no alias of the one it is guessed to be
                // ("the Republican nominee" is not shown as one of Clinton's names).
                (None, None) => self.last_person(*gender),
            },
        };
        self.repeat(at)
    }

    /// An institution or people not named: found by name the first time the words
    /// come, and the same one every time after, its alias already kept.
    fn settled(&mut self, read: &Read, kind: SpeakerKind, name: &str) -> usize {
        if let Some(at) = read.settled.get() {
            return at;
        }
        let at = self.named(kind, name, &read.folded, read.text(), Some(read.key()));
        read.settled.set(Some(at));
        at
    }

    /// The body met last whose name ends with the one word `name` and is longer: "the
    /// Times" after "The New York Times", "the Post" after "The Washington Post", as a
    /// report names a body in full first and by its last word after.
    fn fuller_body(&self, name: &str) -> Option<usize> {
        if name.contains(' ') {
            return None;
        }
        let at = *self.by_head.get(lowercase(name).as_str())?;
        let body = &self.found[at];
        // A name, not a phrase ending in one ("court documents reported by The Post").
        let named = body.name.split(' ').all(|w| {
            w.starts_with(char::is_uppercase) || matches!(w, "of" | "for" | "and" | "on" | "&")
        });
        (body.kind == SpeakerKind::Institution && body.name.contains(' ') && named).then_some(at)
    }

    /// Resolves a mention as `resolve` does, except that "he" or "she" is the one person
    /// of that sex that `before` names (the words before the mention in its sentence and
    /// the sentence before it, quotations left out) when there is exactly one: "Mr. Obama
    /// spoke first. "We won," he said." is Obama's even if someone else spoke last. The
    /// one its own sentence names comes first ("For Clinton's supporters, ... Chelsea
    /// Nguyen, a homemaker, ... thinks she ..." is Nguyen): `before` gives the words,
    /// where the mention's own sentence starts among them, the name the paragraph
    /// before opens with (for a quotation opening a paragraph), and the text just
    /// before the mention, where a role's title is looked for. It is read only for a
    /// pronoun or a description: on a long text, the words it gives are a cache miss
    /// away.
    ///
    /// A person no mention of whom told their sex is of the sex the text's other names
    /// for their surname tell (`text`, the whole text or, for a long one, the stretch
    /// around the mention, `names_around`: "Trump" in a report that names "Donald Trump"
    /// is not "she").
    /// `resolve_near` for a statement that speaks of or to someone, by `spoken_of`, their
    /// surname: "The New York businessman says of Clinton, ..." is not Clinton, though
    /// Clinton was spoken of last.
    pub fn resolve_near_of<'t>(
        &mut self,
        mention: &str,
        text: &str,
        spoken_of: Option<&str>,
        before: impl FnOnce() -> (&'t str, Option<usize>, Option<&'t str>, &'t str),
    ) -> Option<usize> {
        self.spoken_of = spoken_of.map(CompactString::new);
        let at = self.resolve_near(mention, text, before);
        self.spoken_of = None;
        at
    }

    /// Whether the speaker at `at` is the person the statement being resolved speaks of.
    fn is_spoken_of(&self, at: usize) -> bool {
        self.spoken_of.as_deref().is_some_and(|surname| {
            let speaker = &self.found[at];
            speaker.kind == SpeakerKind::Person
                && (speaker.name.rsplit(' ').next())
                    .is_some_and(|w| w.eq_ignore_ascii_case(surname))
        })
    }

    pub fn resolve_near<'t>(
        &mut self,
        mention: &str,
        text: &str,
        before: impl FnOnce() -> (&'t str, Option<usize>, Option<&'t str>, &'t str),
    ) -> Option<usize> {
        let met = self.read(mention);
        let Some(gender) = met.near else {
            // "his", "her": the person spoken of last whose sex fits, as the text tells it.
            if let Reading::Pronoun(Some(gender)) = met.reading {
                let at = self.last_person_told(gender, text);
                return self.repeat(at);
            }
            // "The president" fitting no one met: the one the words before name with
            // that title ("President Obama spoke in Ohio. The president told ..."),
            // rather than whoever was spoken of last.
            if let Reading::Describe {
                adjectives,
                gender,
                or_unnamed: None,
            } = &met.reading
            {
                // As `resolve_read` reads a description, its guess aside.
                if let Some(at) = self.described(adjectives, *gender) {
                    self.keep(at, &met);
                    return self.repeat(Some(at));
                }
                let lead = before().3;
                if let [role] = adjectives.as_slice() {
                    if let Some(name) = titled_name(lead, role) {
                        return self.resolve_in(name, text);
                    }
                }
                // "Republican nominee Donald Trump spoke ... The Republican nominee
                // said", where Trump has not spoken yet.
                if let Some(name) = described_name(lead, met.text()) {
                    return self.resolve_in(name, text);
                }
                // The guess, the one spoken of last, of the sex the description tells as
                // the text's names tell theirs: "His wife" is not "Sanders" where the
                // text names Sen. Bernie Sanders.
                let at = match *gender {
                    Some(gender) => self.last_person_told(gender, text),
                    None => self.last_person(None),
                };
                return self.repeat(at);
            }
            return self.resolve_read(&met, text);
        };
        let (words, own, subject, _) = before();
        // The pronoun's own sentence, where what was said follows the pronoun.
        let own_sentence = own.and_then(|own| words.get(own..));
        let named = own_sentence
            .filter(|_| own > Some(0))
            .and_then(|own| self.only_named(gender, own, true, text, false))
            .or_else(|| Some((None, self.opening_name(gender, own_sentence?, text)?)));
        // Where its own sentence names no one, the one the paragraph before is about,
        // whose sex the text's names for their surname tell ("Trump has record low
        // support ... / '...,' he said" in a report that names Donald Trump), or, named
        // in full or met, tell of no one else either ("In response, Aung San Suu Kyi
        // recently presided over ... / '...,' she said" is not whoever of a sex nothing
        // told was spoken of last); before the other names of that paragraph's sentence:
        // in "Rubio refrained from attacking his rivals, Jeb Bush and Chris Christie. /
        // He dismissed ..." he is Rubio.
        let named = match named {
            Some(named) => Some(named),
            None if subject.is_some_and(|name| self.told(name, gender, text)) => {
                return self.resolve_in(subject?, text);
            }
            None => self.only_named(gender, words, false, text, false),
        };
        let named = match named {
            Some(named) => named,
            None => match self.last_person_told(gender, text) {
                Some(at) => return self.repeat(Some(at)),
                // No one of that sex spoken of yet: the one the words name in full
                // anywhere ("Hillary Clinton stretched the truth when she claimed"),
                // where a name further into a sentence counts only as a last resort,
                // as it is mostly someone spoken of.
                None => self.only_named(gender, words, false, text, true)?,
            },
        };
        match named {
            (Some(at), _) => self.repeat(Some(at)),
            (None, name) => self.resolve_in(&name, text),
        }
    }

    /// Whether the person `name` reads as is one a pronoun of `gender` may stand for: of
    /// that sex as the text tells it, or, where it tells none, named in full, or met
    /// with no one of a sex the text tells spoken of last (a capitalised word alone may
    /// open a sentence: "Reacting to ...", "Friends say ...").
    fn told(&mut self, name: &str, gender: Gender, text: &str) -> bool {
        match self.sex_by_name_of(name, text) {
            Some(Some(sex)) => sex == gender,
            // Named in full, the paragraph's subject is the one, whatever sex was spoken
            // of last ("Robby Mook released a memo. / He writes ...").
            Some(None) if name.contains(' ') => true,
            Some(None) => {
                let met = match read(name) {
                    Reading::Person { person, .. } => {
                        self.by_surname.latest(&person.surname).next().is_some()
                    }
                    _ => false,
                };
                met && self
                    .last_person_told(gender, text)
                    .is_none_or(|at| self.sex_of(at, text).is_none())
            }
            None => false,
        }
    }

    /// The sex of the person `name` reads as, as a title or first name tells it, or else
    /// the text's names for their surname (`full_names::sex_by_name`); `None` if it
    /// reads as no person.
    fn sex_by_name_of(&mut self, name: &str, text: &str) -> Option<Option<Gender>> {
        let Reading::Person { gender: said, .. } = read(name) else {
            return None;
        };
        // The surname as the text writes it, as `sex_of` asks.
        let surname = name.rsplit(' ').next().unwrap_or_default();
        Some(said.or_else(|| self.sex_by_name(text, surname)))
    }

    /// `full_names::sex_by_name`, asked once for each surname of a text.
    fn sex_by_name(&mut self, text: &str, surname: &str) -> Option<Gender> {
        let read_in = (text.as_ptr() as usize, text.len());
        if self.sexes_read_in != read_in {
            self.sexes_read_in = read_in;
            self.text_sexes.clear();
        }
        if let Some(&sex) = self.text_sexes.get(surname) {
            return sex;
        }
        let sex = full_names::sex_by_name(text, surname);
        self.text_sexes.insert(CompactString::new(surname), sex);
        sex
    }

    /// The person spoken of last whose sex, as their mentions or else the text's names
    /// for them tell it (`sex_of`), fits `gender`.
    fn last_person_told(&mut self, gender: Gender, text: &str) -> Option<usize> {
        for k in (0..self.recent.len()).rev() {
            let at = self.recent[k];
            if !self.is_spoken_of(at) && Gender::fits(self.sex_of(at, text), Some(gender)) {
                return Some(at);
            }
        }
        None
    }

    /// The sex of the speaker at `at`: as a mention told it, else, for a person, as the
    /// text's names for their surname tell it (`full_names::sex_by_name`).
    fn sex_of(&mut self, at: usize, text: &str) -> Option<Gender> {
        if let Some(sex) = self.known[at].gender {
            return Some(sex);
        }
        let speaker = &self.found[at];
        if speaker.kind != SpeakerKind::Person {
            return None;
        }
        let surname = speaker.name.rsplit(' ').next().unwrap_or_default();
        // Borrowed apart from `self`, which the cache changes.
        let surname = CompactString::new(surname);
        self.sex_by_name(text, &surname)
    }

    /// The name opening the pronoun's own sentence, `own` (its words before the
    /// pronoun), of a person not met whose sex the name does not tell but the text's
    /// other names for the surname do, as `gender`: "Trump made the reference Monday as
    /// he discussed ..." in a report that names Donald Trump is Trump, not whoever was
    /// spoken of last. Only the subject: a name further on ("He avoided criticism of
    /// front-runner Trump until he ...") is mostly someone spoken of.
    fn opening_name<'t>(
        &mut self,
        gender: Gender,
        own: &'t str,
        text: &str,
    ) -> Option<Cow<'t, str>> {
        let name = pronoun::people_named(own, false).into_iter().next()?;
        let at = own.find(name.as_ref())?;
        // Only titles and capitalised words before it ("Former Gov. George Pataki"), and
        // the whole name: not "Dena" of "Dena Grayson", whose first name tells nothing.
        let capitalised = |w: &str| w.starts_with(char::is_uppercase);
        let next = own[at + name.len()..].split_whitespace().next();
        if !own[..at].split_whitespace().all(capitalised) || next.is_some_and(capitalised) {
            return None;
        }
        let Reading::Person {
            person,
            gender: None,
            ..
        } = read(&name)
        else {
            return None;
        };
        if self.by_surname.latest(&person.surname).next().is_some() {
            return None;
        }
        let written = name.rsplit(' ').next().unwrap_or_default();
        (self.sex_by_name(text, written) == Some(gender)).then_some(name)
    }

    /// The speaker that "he" or "she" opening an event's title stands for, as a
    /// statement's pronoun is read (`resolve_near`), but only a speaker met already and
    /// known to be of that sex (a mention of them said so: "Mr.", "spokeswoman"): a
    /// name in a title is read as a fact, where a statement's speaker is read beside its
    /// quote. Nothing is resolved or counted.
    pub fn named_before(&mut self, gender: Gender, before: &str, text: &str) -> Option<usize> {
        let at = self.only_named(gender, before, false, text, false)?.0?;
        (self.known[at].gender == Some(gender)).then_some(at)
    }

    /// The one person of sex `gender` that `before` names, quotations left out: met
    /// before (their index), or not yet (none), with the name to find them by. `None`
    /// when it names none or several. Only those met before or named by a title that
    /// tells their sex count: a capitalised word alone may be a place. If `sure`, only
    /// those known to be of that sex. A person no mention of whom told their sex is of
    /// the sex the text's names for them tell (`sex_of`). `anywhere`: see `people_named`.
    fn only_named<'t>(
        &mut self,
        gender: Gender,
        before: &'t str,
        sure: bool,
        text: &str,
        anywhere: bool,
    ) -> Option<(Option<usize>, Cow<'t, str>)> {
        // The one person named so far: met before (its index), or not yet (its surname),
        // with the name to find it by.
        let mut only: Option<(Option<usize>, CompactString, Cow<'t, str>)> = None;
        for name in pronoun::people_named(before, anywhere) {
            if !self.people.contains_key(name.as_ref()) {
                let person = match read(&name) {
                    Reading::Person {
                        person,
                        gender: said,
                        ..
                    } => Some((person.surname, said)),
                    _ => None,
                };
                self.people.insert(CompactString::new(&name), person);
            }
            let Some(Some((surname, said))) = self.people.get(name.as_ref()) else {
                continue;
            };
            let (surname, said) = (surname.clone(), *said);
            let known = self.best_of(&self.by_surname, &surname, |s, at| {
                Gender::fits(s.known[at].gender, said)
            });
            let sex = known.and_then(|at| self.sex_of(at, text)).or(said);
            // `sure`: only those known to be of that sex count.
            if !Gender::fits(sex, Some(gender))
                || known.is_none() && said.is_none()
                || sure && sex != Some(gender)
            {
                continue;
            }
            match &only {
                None => only = Some((known, CompactString::new(surname), name)),
                Some((k, first, _)) if *k == known && first.as_str() == surname.as_str() => {}
                Some((Some(k), _, _)) if known == Some(*k) => {}
                Some(_) => return None,
            }
        }
        only.map(|(known, _, name)| (known, name))
    }

    /// Shares the speaker of an earlier statement, which becomes the one spoken of.
    pub fn repeat(&mut self, speaker: Option<usize>) -> Option<usize> {
        let at = speaker?;
        self.known[at].mentions += 1;
        self.last_speaker = Some(at);
        // Spoken of last already, as is usual: the list stays as it is.
        if self.found[at].kind == SpeakerKind::Person && self.recent.last() != Some(&at) {
            self.recent.retain(|&p| p != at);
            self.recent.push(at);
            if self.recent.len() > LOOK_BACK {
                self.recent.remove(0);
            }
        }
        Some(at)
    }

    /// The speakers found, each with an id of its own in the text.
    /// Gives each person known only by a one-word name the full name `text` gives
    /// them elsewhere, if it gives one ("Tom Clarke" for "Clarke"); the one word stays
    /// an alias.
    pub fn complete_names(&mut self, text: &str) {
        let single = |s: &FoundSpeaker| s.kind == SpeakerKind::Person && !s.name.contains(' ');
        let surnames: FnvSet<&str> = self
            .found
            .iter()
            .filter(|s| single(s))
            .map(|s| s.name.as_str())
            .collect();
        let full = full_names::full_names(text, &surnames);
        // The names before any is completed, gathered when a full name is first found.
        let mut taken: Option<Set<CompactString>> = None;
        for at in 0..self.found.len() {
            if !single(&self.found[at]) {
                continue;
            }
            // Not a name another speaker of this text already has: they are two.
            let Some(Some(FullName { name, sex_beside })) = full.get(&self.found[at].name) else {
                continue;
            };
            let taken = taken.get_or_insert_with(|| names_taken(&self.found));
            if taken.contains(name.as_str()) {
                continue;
            }
            let (speaker, known) = (&mut self.found[at], &mut self.known[at]);
            // "Mr. Obama" is not "the first lady, Michelle Obama".
            let sex = sex_beside.or_else(|| PersonName::of(name).and_then(|p| p.gender()));
            let other_sex = known.gender.zip(sex);
            if other_sex.is_some_and(|(was, is)| was != is) {
                continue;
            }
            known.fullness = fullness(name);
            let short = std::mem::replace(&mut speaker.name, name.clone());
            if !speaker.aliases.contains(&short) {
                speaker.aliases.push(short);
            }
        }
        // A body named by one word, the last of its name, takes the fuller name the
        // text gives it: "Post" is "Washington Post".
        for at in 0..self.found.len() {
            let word = self.found[at].name.as_str();
            if self.found[at].kind != SpeakerKind::Institution
                || word.contains(' ')
                || !word.chars().any(char::is_lowercase)
                || !mention::ends_a_body(word)
            {
                continue;
            }
            let Some(full) = full_names::body_full_name(text, word) else {
                continue;
            };
            let taken = taken.get_or_insert_with(|| names_taken(&self.found));
            if taken.contains(full) {
                continue;
            }
            let speaker = &mut self.found[at];
            let short = std::mem::replace(&mut speaker.name, full.to_owned());
            if !speaker.aliases.contains(&short) {
                speaker.aliases.push(short);
            }
        }
    }

    /// Leaves out the one-word "people" that are no one's name: a word the text also
    /// writes in lower case ("Having", "Initially", "Small" opening a sentence), a
    /// contraction ("Don't") or a number ("Twenty-seven"). An acronym is a body
    /// ("NAACP") and a capitalised plural people not named ("Demonstrators"). Returns
    /// where each speaker went, `None` for those left out.
    pub fn leave_out_words(&mut self, text: &str) -> Vec<Option<usize>> {
        let single = |s: &FoundSpeaker| s.kind == SpeakerKind::Person && !s.name.contains(' ');
        let lower: Vec<String> = self
            .found
            .iter()
            .filter(|s| single(s))
            .map(|s| s.name.to_lowercase())
            .collect();
        let asked: FnvSet<&str> = lower.iter().map(String::as_str).collect();
        let written_lower = if asked.len() <= WORDS_ASKED_AT_MOST {
            full_names::lower_case_words(text, &asked)
        } else {
            FnvSet::default()
        };
        let mut keep = Vec::with_capacity(self.found.len());
        for speaker in &mut self.found {
            if !single(speaker) {
                keep.push(true);
                continue;
            }
            let word = speaker.name.as_str();
            let letters = word.chars().filter(|c| c.is_alphabetic()).count();
            let acronym = letters >= 2 && !word.chars().any(char::is_lowercase);
            let contraction = word
                .split_once(['\'', '’'])
                .is_some_and(|(_, tail)| tail.starts_with(char::is_lowercase));
            let lowered = word.to_lowercase();
            // "Initially", "Reportedly": an adverb, where a surname ("Kelly") is not.
            let adverb = ["ally", "ently", "antly", "ately", "ously", "ively", "edly"]
                .iter()
                .any(|end| lowered.ends_with(end));
            let common = written_lower.contains(lowered.as_str());
            if acronym {
                speaker.kind = SpeakerKind::Institution;
            } else if common && lowered.len() > 4 && lowered.ends_with('s') {
                // "Demonstrators said": people not named, as "demonstrators" are.
                speaker.kind = SpeakerKind::Unnamed;
                speaker.name = lowered.clone();
            }
            let nobody = contraction || adverb || is_number_word(&lowered) || common;
            keep.push(speaker.kind != SpeakerKind::Person || !nobody);
        }
        let mut next = 0;
        let moved: Vec<Option<usize>> = keep
            .iter()
            .map(|&k| {
                k.then(|| {
                    next += 1;
                    next - 1
                })
            })
            .collect();
        let mut k = keep.iter();
        self.found.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        self.known.retain(|_| *k.next().unwrap_or(&true));
        moved
    }

    pub fn finish(mut self) -> Vec<FoundSpeaker> {
        // `unknown` is kept for statements whose speaker ingest could not tell. Room is
        // made at once, as a report names several speakers and the set would otherwise
        // grow, each id hashed again, two or three times over.
        let mut taken = Set::with_capacity_and_hasher(self.found.len() + 1, Default::default());
        taken.insert(CompactString::new(super::UNKNOWN_SPEAKER));
        for speaker in &mut self.found {
            let base = slug(&speaker.name);
            let base = if base.is_empty() {
                "speaker".into()
            } else {
                base
            };
            // Mostly the slug itself, kept inline in `taken`.
            let mut id = CompactString::new(&base);
            let mut n = 1;
            while !taken.insert(id.clone()) {
                n += 1;
                id = compact_str::format_compact!("{base}-{n}");
            }
            speaker.id = if n == 1 { base } else { id.into() };
        }
        self.found
    }

    /// The person spoken of last whose sex fits.
    fn last_person(&self, gender: Option<Gender>) -> Option<usize> {
        self.recent
            .iter()
            .rev()
            .copied()
            .find(|&at| !self.is_spoken_of(at) && Gender::fits(self.known[at].gender, gender))
    }

    /// A named person: the one of that first name and surname, or met by surname alone,
    /// or by first name alone, as far as their sex fits; else a new person.
    fn person(
        &mut self,
        read: &Read,
        name: &str,
        person: &PersonName,
        gender: Option<Gender>,
        text: &str,
    ) -> usize {
        let fits = |s: &Speakers, at: usize| Gender::fits(s.known[at].gender, gender);
        let found = match &read.full_key {
            // "George W. Bush" is not George H.W. Bush, met first.
            Some(key) => (read.middle_key())
                .and_then(|middle| self.by_full_name.get(middle.as_str()).copied())
                .or_else(|| {
                    let at = self.by_full_name.get(key.as_str()).copied()?;
                    (!self.middles_differ(at, read)).then_some(at)
                })
                .filter(|&at| fits(self, at))
                // "Trump" met first is "Donald Trump" now; not "Donald Trump Jr.", who is
                // named apart from the one his surname alone stands for.
                .or_else(|| {
                    let junior = name.split_whitespace().next_back().is_some_and(is_suffix);
                    self.best_of(&self.by_surname, &person.surname, |s, at| {
                        !junior && !s.known[at].first_named && fits(s, at)
                    })
                    // "Jane Sanders" is not the "Sanders" met before where the text
                    // named "Sen. Bernie Sanders" first: the surname was his.
                    .filter(|_| {
                        let surname = name.rsplit(' ').next().unwrap_or_default();
                        !(person.first.as_ref()).is_some_and(|first| {
                            full_names::first_named_otherwise(text, first, surname)
                        })
                    })
                }),
            None => self
                .best_of(&self.by_surname, &person.surname, fits)
                // "Ivanka" after "Ivanka Trump".
                .or_else(|| self.best_of(&self.by_first, &person.surname, fits)),
        };
        let at = match found {
            Some(at) => {
                self.grow(at, name, person, read);
                at
            }
            None => {
                let at = self.add(SpeakerKind::Person, name, read.fullness);
                self.by_surname.push(&person.surname, at);
                if let (Some(first), Some(key)) = (&person.first, &read.full_key) {
                    self.known[at].first_named = true;
                    match read.middle_key() {
                        // The name without them stays the one's met first.
                        Some(middle) => {
                            self.by_full_name.entry(key.clone()).or_insert(at);
                            self.by_full_name.insert(middle.clone(), at);
                        }
                        None => {
                            self.by_full_name.insert(key.clone(), at);
                        }
                    }
                    self.by_first.push(first, at);
                }
                at
            }
        };
        if self.known[at].gender.is_none() {
            self.known[at].gender = gender;
        }
        self.keep(at, read);
        at
    }

    /// Keeps the mention as an alias of speaker `at`, or, for a person named in a
    /// phrase that is no name, the phrase's words; at once if `at` has them already.
    fn keep(&mut self, at: usize, read: &Read) {
        if read.kept_by.get() == Some(at) {
            return;
        }
        read.kept_by.set(Some(at));
        let person = matches!(read.reading, Reading::Person { .. });
        if !person || read.name_like {
            match apposed_name(self.found[at].kind, read.text()) {
                Some(name) => {
                    self.alias(at, name);
                    self.remember_words(at, &read.lower);
                }
                None => self.alias_as(at, read.text(), read.key()),
            }
        } else {
            // Not shown as a name, but its words describe the person: "his Russian
            // counterpart Vladimir Putin" is "the Russian leader" later.
            self.remember_words(at, &read.lower);
        }
    }

    /// Of the last few speakers listed under `key`, the most mentioned that `fits`,
    /// among those spoken of lately if any is: after "Libertarian candidate Gary
    /// Johnson" far back and "Homeland Security Secretary Jeh Johnson" just now,
    /// "Johnson" is Jeh Johnson, however often Gary Johnson was named.
    fn best_of(
        &self,
        list: &Lists,
        key: &str,
        fits: impl Fn(&Speakers, usize) -> bool,
    ) -> Option<usize> {
        let lately = |at: usize| self.recent.contains(&at);
        list.latest(key)
            .take(LOOK_BACK)
            .filter(|&at| fits(self, at))
            .max_by_key(|&at| (lately(at), self.known[at].mentions))
    }

    /// Whether the person at `at` and the one `read` names have different middle
    /// initials, both having some ("George H.W. Bush", "George W. Bush").
    fn middles_differ(&self, at: usize, read: &Read) -> bool {
        read.middle.as_ref().is_some_and(|(initials, _)| {
            PersonName::middle_initials(&self.found[at].name)
                .is_some_and(|known| known != *initials)
        })
    }

    /// A person met by a shorter name now named more fully.
    fn grow(&mut self, at: usize, name: &str, person: &PersonName, read: &Read) {
        if let Some(middle) = read.middle_key() {
            self.by_full_name.insert(middle.clone(), at);
        }
        let known = &mut self.known[at];
        if let (Some(first), Some(key)) = (&person.first, &read.full_key) {
            if !known.first_named {
                known.first_named = true;
                self.by_full_name.insert(key.clone(), at);
                self.by_first.push(first, at);
            }
        }
        if read.fullness > known.fullness {
            known.fullness = read.fullness;
            let old = std::mem::replace(&mut self.found[at].name, name.to_owned());
            self.alias(at, &old);
            self.alias(at, name);
        }
    }

    /// An institution or people not named, by name (`folded`), and `text` (of alias key
    /// `key`, if known) as its alias.
    fn named(
        &mut self,
        kind: SpeakerKind,
        name: &str,
        folded: &str,
        text: &str,
        key: Option<&str>,
    ) -> usize {
        let key_of_text = key;
        let key = (kind, CompactString::new(folded));
        let at = match self.by_name.get(&key) {
            Some(&at) => at,
            None => {
                let at = self.add(kind, name, fullness(name));
                self.by_name.insert(key, at);
                if kind == SpeakerKind::Institution {
                    if let Some(head) = name.split_whitespace().last() {
                        self.by_head.insert(lowercase(head), at);
                    }
                }
                at
            }
        };
        match (apposed_name(kind, text), key_of_text) {
            (Some(name), _) => self.alias(at, name),
            (None, Some(key)) => self.alias_as(at, text, key),
            (None, None) => self.alias(at, text),
        }
        at
    }

    /// The person a description fits: the last with all its capitalised words in a
    /// name or an alias.
    fn described(&mut self, adjectives: &[String], gender: Option<Gender>) -> Option<usize> {
        if !adjectives.is_empty() {
            self.read_words();
        }
        let fits = |at: usize| {
            Gender::fits(self.known[at].gender, gender)
                && adjectives
                    .iter()
                    .all(|a| self.words.contains(&(at, CompactString::new(a))))
        };
        let matching = adjectives.first().and_then(|first| {
            self.by_word
                .latest(first)
                .take(LOOK_BACK)
                .find(|&at| fits(at))
        });
        matching
    }

    /// A new speaker, of name `name` of `fullness` `fullness`.
    fn add(&mut self, kind: SpeakerKind, name: &str, fullness: usize) -> usize {
        let at = self.found.len();
        self.found.push(FoundSpeaker {
            id: String::new(),
            name: name.to_owned(),
            kind,
            aliases: Vec::new(),
        });
        self.known.push(Known {
            fullness,
            ..Known::default()
        });
        self.alias(at, name);
        at
    }

    /// Adds `alias` to the speaker's aliases if it is new, and its words to those
    /// descriptions are matched against.
    fn alias(&mut self, at: usize, alias: &str) {
        let key = alias_key(alias);
        self.alias_as(at, alias, &key);
    }

    /// `alias` of `alias_key` `key`, found before.
    fn alias_as(&mut self, at: usize, alias: &str, key: &str) {
        // Short keys are kept inline: checked and kept without an allocation.
        if !self.names.insert((at, CompactString::new(key))) {
            return;
        }
        if self.found[at].name != alias {
            self.found[at].aliases.push(alias.to_owned());
        }
        if self.found[at].kind != SpeakerKind::Person {
            return;
        }
        self.remember_words(at, key);
    }

    /// Adds the words of a name or description (lower case) to those descriptions of
    /// the person are matched against.
    fn remember_words(&mut self, at: usize, lower: &str) {
        if self.words_read {
            self.put_words(at, lower);
        } else {
            self.unread_words.push((at, CompactString::new(lower)));
        }
    }

    /// Puts the words of `lower` in `words` and `by_word`, a title's abbreviation as
    /// the word too ("sen." as "senator": "Sen. Ana Ruiz" is "the senator").
    fn put_words(&mut self, at: usize, lower: &str) {
        for word in lower.split_whitespace() {
            let spelt = TITLES_SPELT
                .iter()
                .find(|(short, _)| *short == word)
                .map_or(&[][..], |(_, spelt)| *spelt);
            for word in std::iter::once(word).chain(spelt.iter().copied()) {
                if self.words.insert((at, CompactString::new(word))) {
                    self.by_word.push(word, at);
                }
            }
        }
    }

    /// Puts the words remembered so far in `words` and `by_word`, in the order they
    /// were given, and those given later at once.
    fn read_words(&mut self) {
        if self.words_read {
            return;
        }
        self.words_read = true;
        for (at, lower) in std::mem::take(&mut self.unread_words) {
            self.put_words(at, &lower);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(speakers: Speakers) -> Vec<String> {
        speakers.finish().into_iter().map(|s| s.name).collect()
    }

    #[test]
    fn a_description_fitting_no_one_is_no_alias_of_the_one_guessed() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Ana Ruiz");
        assert_eq!(speakers.resolve("the Oregon senator"), ruiz);
        let ruiz = ruiz.unwrap();
        assert!(speakers.found[ruiz]
            .aliases
            .iter()
            .all(|a| !a.contains("senator")));
        // One that fits is kept: "the Florida senator" is Marco Rubio's.
        let rubio = speakers.resolve("Florida Sen. Marco Rubio").unwrap();
        speakers.resolve("Ana Ruiz");
        assert_eq!(speakers.resolve("the Florida senator"), Some(rubio));
        assert!(speakers.found[rubio]
            .aliases
            .iter()
            .any(|a| a == "the Florida senator"));
    }

    #[test]
    fn an_office_of_something_is_the_one_holding_it_or_no_one_guessed() {
        let mut speakers = Speakers::default();
        let clinton = speakers.resolve("Former Secretary of State Hillary Clinton");
        let sanders = speakers.resolve("Bernie Sanders");
        assert_eq!(speakers.resolve("the former secretary of state"), clinton);
        // Fitting no one met, the office is no guess at whoever spoke last.
        let defense = speakers.resolve("the secretary of defense");
        assert!(defense.is_some() && defense != sanders && defense != clinton);
        assert_eq!(
            speakers.found[defense.unwrap()].name,
            "secretary of defense"
        );
    }

    #[test]
    fn people_described_as_others_are_not_one_another() {
        let mut speakers = Speakers::default();
        let spokesman = speakers.resolve("Trump's spokesman");
        let lawyer = speakers.resolve("Clinton's lawyer");
        let doctor = speakers.resolve("Gary Johnson's doctor");
        assert!(spokesman.is_some() && lawyer.is_some() && doctor.is_some());
        assert_ne!(spokesman, lawyer);
        assert_ne!(lawyer, doctor);
        assert_eq!(speakers.resolve("Trump's spokesman"), spokesman);
        assert_ne!(speakers.resolve("Gary Johnson's spokesman"), doctor);
    }

    #[test]
    fn a_surname_alone_is_the_one_of_that_name_spoken_of_lately_then_the_most_named() {
        let mut speakers = Speakers::default();
        let gary = speakers.resolve("Gary Johnson");
        speakers.resolve("Gary Johnson");
        for other in [
            "Ana Ruiz",
            "Tom Brandt",
            "Jo Lee",
            "Al Smith",
            "Bo Diaz",
            "Cy Young",
        ] {
            speakers.resolve(other);
        }
        for other in ["Di Ames", "Ed Burke", "Fay Cole"] {
            speakers.resolve(other);
        }
        let jeh = speakers.resolve("Jeh Johnson");
        assert_ne!(jeh, gary);
        assert_eq!(speakers.resolve("Johnson"), jeh);
        // Both spoken of lately: the one named most.
        let mut speakers = Speakers::default();
        let hillary = speakers.resolve("Hillary Clinton");
        speakers.resolve("Clinton");
        speakers.resolve("Bill Clinton");
        assert_eq!(speakers.resolve("Clinton"), hillary);
    }

    #[test]
    fn a_role_alone_is_the_one_whose_title_it_is_not_the_last_spoken_of() {
        let mut speakers = Speakers::default();
        let obama = speakers.resolve("President Barack Obama");
        let cruz = speakers.resolve("Sen. Ted Cruz");
        let jordan = speakers.resolve("Rep. Jim Jordan");
        let ruiz = speakers.resolve("former Gov. Ana Ruiz");
        speakers.resolve("Maria Lopez");
        assert_eq!(speakers.resolve("the president"), obama);
        assert_eq!(speakers.resolve("the senator"), cruz);
        assert_eq!(speakers.resolve("The congressman"), jordan);
        assert_eq!(speakers.resolve("the former governor"), ruiz);
        // A role no one's title holds is still the last person spoken of.
        let lopez = speakers.resolve("Maria Lopez");
        assert_eq!(speakers.resolve("the mayor"), lopez);
    }

    #[test]
    fn someone_of_another_is_not_that_other_nor_the_last_spoken_of() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Ana Ruiz");
        let manager = speakers.resolve("Ms. Ruiz's campaign manager");
        assert_ne!(manager, ruiz);
        for mention in [
            "An attorney for Ruiz",
            "a senior adviser to Ms. Ruiz",
            "a spokeswoman for the Ruiz campaign",
        ] {
            let at = speakers.resolve(mention);
            assert_ne!(at, ruiz, "{mention}");
            assert_eq!(
                at.map(|at| speakers.found[at].kind),
                Some(SpeakerKind::Unnamed),
                "{mention}"
            );
        }
        let manager = manager.unwrap();
        assert_eq!(speakers.found[manager].kind, SpeakerKind::Unnamed);
        assert_eq!(speakers.found[manager].name, "Ms. Ruiz's campaign manager");
        // Without a possessive, a description that fits no one's words is still the
        // last person spoken of.
        assert_eq!(speakers.resolve("the Oregon senator"), ruiz);
    }

    #[test]
    fn titles_surnames_pronouns_and_spellings_are_one_speaker() {
        let mut speakers = Speakers::default();
        let trump = speakers.resolve("U.S. President Donald Trump");
        assert_eq!(speakers.resolve("Trump"), trump);
        assert_eq!(speakers.resolve("he"), trump);
        assert_eq!(speakers.resolve("Mr. Trump"), trump);
        let z = speakers.resolve("Ukrainian President Volodymyr Zelenskyy");
        assert_eq!(speakers.resolve("Zelensky"), z);
        assert_eq!(speakers.resolve("Moscow"), speakers.resolve("the Kremlin"));
        let experts = speakers.resolve("experts").unwrap();
        assert_eq!(speakers.found[experts].kind, SpeakerKind::Unnamed);
        let found = speakers.finish();
        assert_eq!(found[0].name, "Donald Trump");
        assert_eq!(found[0].id, "donald-trump");
        assert!(found[0].aliases.contains(&"Mr. Trump".to_owned()));
    }

    #[test]
    fn a_month_is_a_surname_only_of_a_person_met() {
        let mut speakers = Speakers::default();
        assert_eq!(speakers.resolve("May"), None);
        let may = speakers.resolve("British Prime Minister Theresa May");
        assert!(may.is_some());
        assert_eq!(speakers.resolve("May"), may);
        assert_eq!(speakers.resolve("Friday"), None);
    }

    #[test]
    fn a_surname_keeps_its_particle() {
        let mut speakers = Speakers::default();
        let mayor = speakers.resolve("Mayor Bill de Blasio");
        assert_eq!(speakers.resolve("De Blasio"), mayor);
        assert_eq!(speakers.resolve("de Blasio"), mayor);
        let commentator = speakers.resolve("Van Jones");
        assert_ne!(commentator, mayor);
        assert_eq!(speakers.resolve("Jones"), commentator);
        assert_eq!(names(speakers), ["Bill de Blasio", "Van Jones"]);
    }

    #[test]
    fn a_son_named_after_his_father_is_not_the_one_met_by_surname() {
        let mut speakers = Speakers::default();
        let father = speakers.resolve("Mr. Trump");
        let son = speakers.resolve("Donald Trump Jr.");
        assert_ne!(son, father);
        assert_eq!(names(speakers), ["Trump", "Donald Trump Jr."]);
    }

    #[test]
    fn a_surname_met_first_takes_the_full_name_met_later() {
        let mut speakers = Speakers::default();
        let obama = speakers.resolve("Obama");
        assert_eq!(speakers.resolve("President Barack Obama"), obama);
        assert_eq!(names(speakers), ["Barack Obama"]);
    }

    #[test]
    fn a_surname_keeps_to_its_sex_when_completed() {
        let text = "Mr. Ruiz spoke first. The campaign will send Mr. Ruiz and the first \
                    lady, Maria Ruiz, to the harbour. Ruiz said it was fine.";
        let mut speakers = Speakers::default();
        speakers.resolve("Mr. Ruiz");
        speakers.complete_names(text);
        assert_eq!(names(speakers), ["Ruiz"]);
        // Nothing says otherwise: the one full name the text gives.
        let text = "The pier went to a man named Tom Ruiz. Mr. Ruiz said it was fine.";
        let mut speakers = Speakers::default();
        speakers.resolve("Mr. Ruiz");
        speakers.complete_names(text);
        assert_eq!(names(speakers), ["Tom Ruiz"]);
    }

    #[test]
    fn words_that_name_no_one_are_left_out() {
        let text = "Initially the pier was shut. Having seen it, the mayor was glad, \
                    having feared worse. Small boats came, and small ships. Don't go. Twenty-seven said so. Lopez said it. \
                    Kelly agreed. Sanders agreed. The NAACP spoke. Demonstrators said \
                    more, and the demonstrators left.";
        let mut speakers = Speakers::default();
        let said: Vec<Option<usize>> = [
            "Initially",
            "Having",
            "Small",
            "Don't",
            "Twenty-seven",
            "Lopez",
            "Kelly",
            "Sanders",
            "NAACP",
            "Demonstrators",
        ]
        .iter()
        .map(|m| speakers.resolve(m))
        .collect();
        let moved = speakers.leave_out_words(text);
        let found = speakers.finish();
        let name_of = |k: usize| said[k].and_then(|at| moved[at]).map(|at| &found[at]);
        for (k, word) in ["Initially", "Having", "Small", "Don't", "Twenty-seven"]
            .iter()
            .enumerate()
        {
            assert_eq!(name_of(k).map(|s| &s.name), None, "{word}");
        }
        for (k, name, kind) in [
            (5, "Lopez", SpeakerKind::Person),
            (6, "Kelly", SpeakerKind::Person),
            (7, "Sanders", SpeakerKind::Person),
            (8, "NAACP", SpeakerKind::Institution),
            (9, "demonstrators", SpeakerKind::Unnamed),
        ] {
            let speaker = name_of(k).expect(name);
            assert_eq!((speaker.name.as_str(), speaker.kind), (name, kind));
        }
    }

    #[test]
    fn a_description_is_the_one_the_words_before_name_by_it() {
        let lead = "Republican presidential nominee Donald Trump spoke in Ohio on Monday.";
        assert_eq!(
            described_name(lead, "The Republican presidential nominee"),
            Some("Donald Trump")
        );
        assert_eq!(described_name(lead, "the Republican nominee"), None);
        assert_eq!(described_name(lead, "the nominee"), None);
        // The last such name.
        let lead = "Vermont senator Ana Ruiz met Vermont senator Bo Lee, Ruiz's rival.";
        assert_eq!(described_name(lead, "the Vermont senator"), Some("Bo Lee"));
    }

    #[test]
    fn two_middle_initials_are_two_people() {
        let mut speakers = Speakers::default();
        let father = speakers.resolve("George H.W. Bush");
        let son = speakers.resolve("George W. Bush");
        assert_ne!(father, son);
        assert_eq!(speakers.resolve("former President George W. Bush"), son);
        assert_eq!(speakers.resolve("George H.W. Bush"), father);
        // Elsewhere a middle initial is one more way to write a name.
        let trump = speakers.resolve("Donald Trump");
        assert_eq!(speakers.resolve("Donald J. Trump"), trump);
        assert_eq!(speakers.resolve("Donald Trump"), trump);
        assert_eq!(
            names(speakers),
            ["George H.W. Bush", "George W. Bush", "Donald J. Trump"]
        );
    }

    #[test]
    fn two_first_names_are_two_people_and_mrs_is_not_mr() {
        let mut speakers = Speakers::default();
        let hillary = speakers.resolve("Hillary Clinton");
        let bill = speakers.resolve("former President Bill Clinton");
        assert_ne!(hillary, bill);
        assert_eq!(speakers.resolve("Mrs. Clinton"), hillary);
        assert_eq!(speakers.resolve("Mr. Clinton"), bill);
        assert_eq!(speakers.resolve("she"), hillary);
        let found = speakers.finish();
        assert_eq!(found[0].id, "hillary-clinton");
        assert_eq!(found[1].id, "bill-clinton");
        let lynch = {
            let mut speakers = Speakers::default();
            let loretta = speakers.resolve("Loretta Lynch");
            let stephen = speakers.resolve("Rep. Stephen Lynch");
            assert_ne!(loretta, stephen);
            speakers.finish()
        };
        assert_eq!(lynch.len(), 2);
    }

    #[test]
    fn a_role_no_one_met_fits_is_the_one_the_text_before_names_with_its_title() {
        let role = |mention: &str, lead: &str| {
            let mut speakers = Speakers::default();
            let at = speakers.resolve_near(mention, lead, || ("", None, None, lead));
            at.map(|at| speakers.found[at].name.clone())
        };
        let lead = "President Barack Obama spoke in Ohio.\n\n";
        assert_eq!(role("The president", lead).as_deref(), Some("Barack Obama"));
        let lead = "Sen. Ted Cruz, who spoke first, and Gov. John Kasich arrived. ";
        assert_eq!(role("the senator", lead).as_deref(), Some("Ted Cruz"));
        assert_eq!(role("the governor", lead).as_deref(), Some("John Kasich"));
        // Not a body's officer, nor a word a headline capitalises.
        assert_eq!(
            role("the president", "World Bank President Jim Yong Kim spoke. "),
            None
        );
        assert_eq!(role("his wife", "His Wife Huma Abedin Speaks. "), None);
        // A description of a sex is not the one spoken of last where the text tells
        // that one is of the other: "His wife" after "Bernie Sanders" is not he.
        let mut speakers = Speakers::default();
        speakers.resolve("Sanders");
        let text = "Sen. Bernie Sanders spoke. His wife agreed.";
        assert_eq!(
            speakers.resolve_near("His wife", text, || ("", None, None, "")),
            None
        );
        // "the woman" is someone unnamed, as "a woman" is, not the woman spoken of last.
        let mut speakers = Speakers::default();
        speakers.resolve("Hillary Clinton");
        let text = "A young woman asked Hillary Clinton about it. The woman said no.";
        let at = speakers.resolve_near("the woman", text, || ("", None, None, ""));
        let woman = at.map(|at| (speakers.found[at].name.as_str(), speakers.found[at].kind));
        assert_eq!(woman, Some(("woman", SpeakerKind::Unnamed)));
        // One met whom the role fits comes first.
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("President Ana Ruiz");
        let lead = "President Barack Obama spoke. ";
        assert_eq!(
            speakers.resolve_near("the president", lead, || ("", None, None, lead)),
            ruiz
        );
    }

    #[test]
    fn a_body_named_by_its_last_word_is_the_body_named_in_full() {
        let mut speakers = Speakers::default();
        let times = speakers.resolve("The New York Times");
        assert_eq!(speakers.resolve("The Times"), times);
        assert_eq!(speakers.resolve("the Times"), times);
        // Not a phrase that ends in the word: "court documents reported by The Post"
        // are the Post's, no body named in full.
        let documents = speakers.resolve("court documents reported by The Post");
        assert!(documents.is_some());
        assert!(names(speakers).iter().all(|n| !n.contains("documents")));
        // Named by the word alone, and in full only where no one is quoted: the name
        // the text gives it is shown.
        let mut speakers = Speakers::default();
        speakers.resolve("The Post");
        speakers.complete_names("The Washington Post ran it. The Post said so.");
        assert_eq!(names(speakers), ["Washington Post"]);
    }

    #[test]
    fn it_is_the_body_that_spoke_last() {
        let mut speakers = Speakers::default();
        let company = speakers.resolve("the company");
        assert_eq!(speakers.resolve("it"), company);
        let pentagon = speakers.resolve("the Pentagon");
        assert_eq!(speakers.resolve("It"), pentagon);
        // Not a person, nor people not named, whom "it" never stands for.
        speakers.resolve("Ana Ruiz");
        assert_eq!(speakers.resolve("it"), None);
        let officials = speakers.resolve("officials");
        assert_eq!(speakers.resolve("it"), None);
        // "they" may stand for them.
        speakers.resolve("officials");
        assert_eq!(speakers.resolve("they"), officials);
    }

    #[test]
    fn a_first_name_of_the_other_sex_is_another_person() {
        // "Mrs. Harlow" met first, then her son: he is not her, though the report
        // never writes "Mr." before his name.
        let mut speakers = Speakers::default();
        let mother = speakers.resolve("Mrs. Harlow");
        let son = speakers.resolve("John Harlow");
        assert_ne!(mother, son);
        assert_eq!(speakers.resolve("he"), son);
        assert_eq!(speakers.resolve("she"), mother);
        // A name that tells no sex is still the one met by surname.
        let mut speakers = Speakers::default();
        let harlow = speakers.resolve("Mrs. Harlow");
        assert_eq!(speakers.resolve("Chris Harlow"), harlow);
        // "she" is the last woman named, not the man named after her.
        let mut speakers = Speakers::default();
        let ana = speakers.resolve("Ana Ruiz");
        speakers.resolve("Peter Lopez");
        assert_eq!(speakers.resolve("she"), ana);
    }

    #[test]
    fn a_description_is_the_person_it_describes() {
        let mut speakers = Speakers::default();
        let putin = speakers.resolve("his Russian counterpart Vladimir Putin");
        speakers.resolve("Donald Trump");
        assert_eq!(speakers.resolve("the Russian leader"), putin);
        let sanders = speakers.resolve("Sen. Bernie Sanders of Vermont");
        assert_eq!(speakers.resolve("the senator"), sanders);
        let found = speakers.finish();
        assert!(found[0].aliases.contains(&"the Russian leader".to_owned()));
    }

    #[test]
    fn a_document_speaks_for_whoever_issued_it() {
        let mut speakers = Speakers::default();
        let council = speakers.resolve("the Security Council");
        assert_eq!(speakers.resolve("a statement"), council);
        assert_eq!(speakers.resolve("The statement"), council);
        let campaign = speakers.resolve("the Clinton campaign");
        speakers.resolve("Donald Trump");
        assert_eq!(speakers.resolve("The campaign"), campaign);
        let found = speakers.finish();
        assert!(found.iter().all(|s| !s.name.contains("statement")));
    }

    #[test]
    fn a_document_or_words_owned_are_the_owners() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Sen. Ana Ruiz");
        assert_eq!(speakers.resolve("Ruiz's tweet"), ruiz);
        assert_eq!(speakers.resolve("Sen. Ana Ruiz's latest statement"), ruiz);
        assert_eq!(speakers.resolve("Ruiz's response"), ruiz);
        assert_eq!(speakers.resolve("Her letter"), ruiz);
        let pentagon = speakers.resolve("the Pentagon's statement");
        assert_eq!(speakers.resolve("the Pentagon"), pentagon);
        // Someone owned is someone else: "Ruiz's spokesman".
        let spokesman = speakers.resolve("Ruiz's spokesman");
        assert!(spokesman.is_some() && spokesman != ruiz);
        // The owner is kept as a name, the document is not.
        let found = speakers.finish();
        assert!(found
            .iter()
            .all(|s| s.aliases.iter().all(|a| !a.contains("tweet"))));
    }

    #[test]
    fn a_pronoun_is_the_one_person_of_its_sex_named_just_before() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Tomas Ruiz").unwrap();
        let lopez = speakers.resolve("Ms. Maria Lopez").unwrap();
        let obama = speakers.resolve_near("he", "Mr. Obama arrived late on Tuesday. ", || {
            ("Mr. Obama arrived late on Tuesday. ", None, None, "")
        });
        assert!(obama.is_some_and(|o| o != ruiz && o != lopez));
        // Met before, by surname; a woman named beside him does not count for "he".
        assert_eq!(
            speakers.resolve_near("he", "Ruiz and Lopez walked out. ", || (
                "Ruiz and Lopez walked out. ",
                None,
                None,
                ""
            )),
            Some(ruiz)
        );
        // Two men named: the last one spoken of, as before.
        speakers.resolve("Tomas Ruiz");
        assert_eq!(
            speakers.resolve_near("he", "Mr. Obama met Mr. Biden. ", || (
                "Mr. Obama met Mr. Biden. ",
                None,
                None,
                ""
            )),
            Some(ruiz)
        );
        // A name inside a quotation is not who speaks.
        assert_eq!(
            speakers.resolve_near("he", "\"Mr. Biden is wrong,\" ", || (
                "\"Mr. Biden is wrong,\" ",
                None,
                None,
                ""
            )),
            Some(ruiz)
        );
        let found = speakers.finish();
        assert_eq!(found[2].name, "Obama");
        assert!(found[2].aliases.is_empty() || found[2].aliases == ["Mr. Obama"]);
    }

    #[test]
    fn a_pronoun_is_no_one_the_text_names_as_of_the_other_sex() {
        let text = "Donald Trump spoke at the rally. Trump said he would win. A woman \
                    in the crowd heard it. \"It was great,\" she said.";
        let mut speakers = Speakers::default();
        // Met by surname alone: no mention tells his sex, the text's full name does.
        let trump = speakers.resolve("Trump").unwrap();
        let woman = "A woman in the crowd heard it. ";
        assert_eq!(
            speakers.resolve_near("she", text, || (woman, None, None, "")),
            None
        );
        assert_eq!(
            speakers.resolve_near("her", text, || (woman, None, None, "")),
            None
        );
        assert_eq!(
            speakers.resolve_near("he", text, || (woman, None, None, "")),
            Some(trump)
        );
        // A text that names two people of that surname tells neither's sex.
        let two = "Donald Trump and Ivanka Trump spoke. Trump said so.";
        let mut speakers = Speakers::default();
        let trump = speakers.resolve("Trump").unwrap();
        assert_eq!(
            speakers.resolve_near("she", two, || ("Then ", None, None, "")),
            Some(trump)
        );
    }

    #[test]
    fn a_pronoun_no_one_met_fits_is_the_one_named_in_full_further_in() {
        let words = "The front-runner Hillary Clinton stretched the truth when ";
        let mut speakers = Speakers::default();
        let clinton = speakers
            .resolve_near("she", words, || (words, None, None, ""))
            .unwrap();
        assert_eq!(speakers.found[clinton].name, "Hillary Clinton");
        // Only as a last resort: a person of that sex met before comes first.
        let mut speakers = Speakers::default();
        let lopez = speakers.resolve("Ms. Maria Lopez").unwrap();
        assert_eq!(
            speakers.resolve_near("she", words, || (words, None, None, "")),
            Some(lopez)
        );
    }

    #[test]
    fn a_pronoun_is_first_the_one_its_own_sentence_names_of_its_sex() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Mr. Tomas Ruiz").unwrap();
        // The sentence before names Ruiz as well; its own names one woman, whose first
        // name says she is one.
        let words = "Mr. Ruiz spoke. Maria Lopez, who heard him, thinks she ";
        let own = words.find("Maria").unwrap();
        let lopez = speakers
            .resolve_near("she", words, || (words, Some(own), None, ""))
            .unwrap();
        assert_ne!(lopez, ruiz);
        assert_eq!(speakers.found[lopez].name, "Maria Lopez");
        // Only one known to be of that sex: a surname alone may be either.
        speakers.resolve("Mr. Tomas Ruiz");
        let words = "Lopez left. Then Ortega, who met her, says he ";
        let own = words.find("Then").unwrap();
        assert_eq!(
            speakers.resolve_near("he", words, || (words, Some(own), None, "")),
            Some(ruiz)
        );
    }

    #[test]
    fn a_pronoun_is_the_name_opening_its_sentence_whose_sex_the_text_tells() {
        let text = "Thomas Ruiz is drawing criticism. Peter Lopez spoke. Ruiz made the \
                    remark as he discussed the pier.";
        let mut speakers = Speakers::default();
        let lopez = speakers.resolve("Peter Lopez");
        let words = "Peter Lopez spoke. Ruiz made the remark as ";
        let own = words.find("Ruiz").unwrap();
        let he = speakers.resolve_near("he", text, || (words, Some(own), None, ""));
        assert_ne!(he, lopez);
        assert_eq!(speakers.found[he.unwrap()].name, "Ruiz");
        // Not a name the sentence speaks of after its subject.
        let mut speakers = Speakers::default();
        let lopez = speakers.resolve("Peter Lopez");
        let words = "Peter Lopez spoke. He avoided criticism of Ruiz until ";
        let own = words.find("He").unwrap();
        assert_eq!(
            speakers.resolve_near("he", text, || (words, Some(own), None, "")),
            lopez
        );
    }

    #[test]
    fn an_alias_is_a_name_not_a_phrase_holding_one() {
        let mut speakers = Speakers::default();
        let obama = speakers.resolve("The morning Mr. Obama");
        assert_eq!(speakers.resolve("Mr. Obama"), obama);
        let found = speakers.finish();
        assert!(
            found[0].aliases.iter().all(|a| !a.contains("morning")),
            "{found:?}"
        );
    }

    #[test]
    fn a_description_after_a_name_is_no_alias_but_describes() {
        let mut speakers = Speakers::default();
        let ruiz = speakers.resolve("Ana Ruiz");
        assert_eq!(
            speakers.resolve("Ms. Ruiz, the harbour board's Portuguese leader"),
            ruiz
        );
        let board = speakers.resolve("HARP, the harbour's oldest union");
        // The description's words find her.
        speakers.resolve("Peter Lopez");
        assert_eq!(speakers.resolve("the Portuguese leader"), ruiz);
        let found = speakers.finish();
        let ruiz = &found[ruiz.expect("a person")];
        assert_eq!(
            ruiz.aliases,
            ["Ms. Ruiz", "the Portuguese leader"],
            "{found:?}"
        );
        let board = &found[board.expect("a body")];
        assert_eq!(
            (board.name.as_str(), board.aliases.len()),
            ("HARP", 0),
            "{found:?}"
        );
    }

    #[test]
    fn ids_are_unique_in_a_text() {
        let mut speakers = Speakers::default();
        speakers.resolve("Korea");
        speakers.resolve("the Korea Herald");
        speakers.resolve("officials");
        speakers.resolve("Officials of the ministry");
        let found = speakers.finish();
        let ids: FnvSet<&str> = found.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids.len(), found.len(), "{found:?}");
    }

    #[test]
    fn no_speaker_takes_the_id_of_the_unknown_speaker() {
        let mut speakers = Speakers::default();
        speakers.resolve("Mr Unknown");
        speakers.resolve("Ana Unknown");
        let found = speakers.finish();
        assert!(found.iter().all(|s| s.id != "unknown"), "{found:?}");
    }

    #[test]
    fn an_article_is_read_whole_for_names_and_a_long_text_a_stretch_at_a_time() {
        let article = "Maria Ruiz spoke. ".repeat(1000);
        assert_eq!(names_around(&article, 17_000), article);
        let long = "é".repeat(3 * NAMES_REACH);
        for at in [0, NAMES_REACH + 1, long.len() - 1] {
            let around = names_around(&long, at);
            let start = around.as_ptr() as usize - long.as_ptr() as usize;
            assert!(
                around.len() <= 3 * NAMES_REACH + 1,
                "{at}: {}",
                around.len()
            );
            assert!(
                (start..=start + around.len()).contains(&at),
                "{at}: {start}"
            );
        }
        // The first blocks of the long text, not its last: "é" is two bytes.
        assert_eq!(names_around(&long, 0).len(), 2 * NAMES_REACH);
    }

    #[test]
    fn the_sex_a_surname_is_told_is_read_again_in_another_stretch() {
        let mut speakers = Speakers::default();
        let (first, second) = ("Mrs. Ruiz left.", "Mr. Ruiz left.");
        assert_eq!(speakers.sex_by_name(first, "Ruiz"), Some(Gender::Female));
        assert_eq!(speakers.sex_by_name(first, "Ruiz"), Some(Gender::Female));
        assert_eq!(speakers.sex_by_name(second, "Ruiz"), Some(Gender::Male));
    }
}
