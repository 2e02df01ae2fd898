//! Who is who across reports. Ingest reads one report at a time and names each
//! speaker by what that report says; here the speakers of every ingested report are
//! made one when their names agree: the same first name and surname, a surname alone
//! with the one person of that surname the corpus knows best, an institution by its
//! name. Never two different first names, never "Mr." with "Mrs."/"Ms.". Speakers of
//! annotated reports keep the ids their files give; an ingested speaker whose name
//! agrees with one of them takes its id.

use std::collections::{HashMap, HashSet};

use crate::model::names::of_its_report;
use crate::model::names::{
    fold, fullness, gender_in, gender_of_first_name, is_junior, name_words, slug, Gender,
    PersonName,
};
use crate::model::words::possessive;
use crate::model::{Speaker, SpeakerId, SpeakerKind};

/// The outcome: for each ingested report, the corpus id of each of its speakers; the
/// speakers new to the corpus; and the names annotated speakers gain.
#[derive(Debug, Default, PartialEq)]
pub struct Identified {
    pub ids: Vec<Vec<SpeakerId>>,
    pub speakers: Vec<Speaker>,
    /// (index into the annotated speakers, a name to add to its aliases).
    pub aliases: Vec<(usize, String)>,
}

/// What makes two speakers one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    /// A person with a first name: (surname, first name), folded.
    Person(String, String),
    /// A surname alone, and the sex its honorifics give.
    Surname(String, Option<Gender>),
    /// An institution or people not named: the name folded.
    Named(SpeakerKind, String),
    /// A body named by whose it is, "her campaign", "his office", or described, "the
    /// company": the report's own, whose "her" or company is another than another
    /// report's (`of_its_report`; the report's index, the name folded).
    OfReport(usize, String),
}

/// The name of a body or of people not named as their key: folded, each word's
/// possessive left off, as "Trump’s campaign" is the "Trump campaign" (and "Sanders’
/// campaign" the "Sanders campaign").
pub(super) fn body_key(name: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(crate::model::words::fold)
        .collect();
    fold(&words.join(" "))
}

/// A speaker as identity sees it.
struct Read {
    key: Key,
    gender: Option<Gender>,
}

/// By a two-word name folded ("wasserman schultz"), the key of the one person whose
/// fuller name ends with those words ("Debbie Wasserman Schultz"); `None` where two
/// people's do.
type FullerNames = HashMap<String, Option<Key>>;

/// The last two words of every person's name of three words or more, as `FullerNames`
/// holds them.
fn fuller_names(reports: &[Vec<Speaker>]) -> FullerNames {
    let mut fuller = FullerNames::new();
    for speaker in reports.iter().flatten() {
        let words = name_words(speaker.name.split_whitespace());
        if speaker.kind != SpeakerKind::Person || words.len() < 3 {
            continue;
        }
        let key = read(speaker, &Known::default()).key;
        if !matches!(key, Key::Person(..)) {
            continue;
        }
        let tail = fold(&words[words.len() - 2..].join(" "));
        note_the_one(&mut fuller, tail, key);
    }
    fuller
}

/// Notes `value` under `key` as the one it stands for, or none once a second value
/// differing from the first is met.
fn note_the_one<V: PartialEq>(map: &mut HashMap<String, Option<V>>, key: String, value: V) {
    map.entry(key)
        .and_modify(|known| {
            if known.as_ref() != Some(&value) {
                *known = None;
            }
        })
        .or_insert(Some(value));
}

/// Whether a name ends with "Jr.": a son named after his father ("Donald Trump Jr."),
/// or a name given in full ("Joseph R. Biden Jr.", as some papers write every name).
fn junior(name: &str) -> bool {
    name.split_whitespace().next_back().is_some_and(is_junior)
}

/// What the corpus as a whole tells of its people's names.
#[derive(Default)]
struct Known {
    fuller: FullerNames,
    /// The names a report gives to two of its people, one with "Jr." and one without:
    /// a father and his son ("Donald J. Trump" and "Donald Trump Jr."). Elsewhere the
    /// suffix tells no one apart ("James B. Comey Jr." is the James Comey of others).
    fathers: HashSet<PersonName>,
    /// By a body's name with its owner's surname alone ("trump campaign"), the first
    /// name of the one owner the corpus names in full ("Donald Trump’s campaign");
    /// `None` where two first names own bodies of that name.
    owners: HashMap<String, Option<String>>,
    /// The people of one first name and surname whose names give two different
    /// middle initials: "George H.W. Bush" and "George W. Bush" are father and son,
    /// told apart by them; "George Bush" is neither.
    by_middle: HashSet<PersonName>,
}

/// The people of `reports` of one first name and surname that their names give two
/// different middle initials (`Known::by_middle`).
fn told_apart_by_middle(reports: &[Vec<Speaker>]) -> HashSet<PersonName> {
    let mut middles: HashMap<PersonName, String> = HashMap::new();
    let mut apart = HashSet::new();
    for speaker in reports.iter().flatten() {
        if speaker.kind != SpeakerKind::Person {
            continue;
        }
        let (Some(person), Some(middle)) = (
            PersonName::of(&speaker.name),
            PersonName::middle_initials(&speaker.name),
        ) else {
            continue;
        };
        if person.first.is_none() {
            continue;
        }
        match middles.get(&person) {
            Some(known) if *known != middle => {
                apart.insert(person);
            }
            Some(_) => {}
            None => {
                middles.insert(person, middle);
            }
        }
    }
    apart
}

/// A body named by the person it is of, first name and surname ("Donald Trump’s
/// campaign", "Bernie Sanders’ campaign"): the first name folded, and the body's key
/// with the surname alone ("trump campaign").
fn owned_by_a_person(name: &str) -> Option<(String, String)> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let [first, surname, rest @ ..] = words.as_slice() else {
        return None;
    };
    let first = fold(first);
    let capital = surname.starts_with(char::is_uppercase);
    (possessive(surname.as_bytes())
        && !rest.is_empty()
        && capital
        && gender_of_first_name(&first).is_some())
    .then(|| (first, body_key(&words[1..].join(" "))))
}

impl Known {
    fn of(reports: &[Vec<Speaker>]) -> Known {
        let mut fathers = HashSet::new();
        for speakers in reports {
            let people = || {
                speakers
                    .iter()
                    .filter(|s| s.kind == SpeakerKind::Person)
                    .filter_map(|s| Some((junior(&s.name), PersonName::of(&s.name)?)))
            };
            let sons: HashSet<PersonName> = people()
                .filter(|(son, _)| *son)
                .map(|(_, name)| name)
                .collect();
            if sons.is_empty() {
                continue;
            }
            fathers.extend(
                people()
                    .filter(|(son, name)| !son && sons.contains(name))
                    .map(|(_, name)| name),
            );
        }
        let mut owners: HashMap<String, Option<String>> = HashMap::new();
        for speaker in reports.iter().flatten() {
            if speaker.kind == SpeakerKind::Person {
                continue;
            }
            if let Some((first, short)) = owned_by_a_person(&speaker.name) {
                note_the_one(&mut owners, short, first);
            }
        }
        Known {
            fuller: fuller_names(reports),
            fathers,
            owners,
            by_middle: told_apart_by_middle(reports),
        }
    }
}

fn read(speaker: &Speaker, known: &Known) -> Read {
    let genders = std::iter::once(&speaker.name)
        .chain(&speaker.aliases)
        .filter_map(|n| gender_in(n));
    let mut gender = None;
    for g in genders {
        if gender.is_some_and(|known| known != g) {
            // Both sexes said of one speaker: trust neither.
            gender = None;
            break;
        }
        gender = Some(g);
    }
    // "Donald Trump’s campaign" is the "Trump campaign" where no other first name owns
    // one.
    let named = || {
        let short = owned_by_a_person(&speaker.name).and_then(|(first, short)| {
            (known.owners.get(&short) == Some(&Some(first))).then_some(short)
        });
        Key::Named(
            speaker.kind,
            short.unwrap_or_else(|| body_key(&speaker.name)),
        )
    };
    let person = PersonName::of(&speaker.name);
    if speaker.kind == SpeakerKind::Person && gender.is_none() {
        // No title nor role says it: the first name may ("John Schlafly").
        gender = person.as_ref().and_then(PersonName::gender);
    }
    // "Donald Trump Jr." where a report names his father too.
    let son = junior(&speaker.name) && person.as_ref().is_some_and(|p| known.fathers.contains(p));
    // "George W. Bush" where another report names George H.W. Bush.
    let middle = person
        .as_ref()
        .filter(|p| known.by_middle.contains(p))
        .and_then(|_| PersonName::middle_initials(&speaker.name));
    let key = match (speaker.kind, person) {
        (
            SpeakerKind::Person,
            Some(PersonName {
                first: Some(first),
                surname,
            }),
        ) => {
            // "Wasserman Schultz", "Rodham Clinton": two words whose first is no first
            // name end a fuller name the corpus gives, and are that person.
            let words = name_words(speaker.name.split_whitespace());
            let end_of_fuller = (words.len() == 2 && gender_of_first_name(&first).is_none())
                .then(|| known.fuller.get(&fold(&words.join(" "))).cloned().flatten())
                .flatten();
            end_of_fuller.unwrap_or_else(|| {
                let mut first = String::from(first);
                if let Some(middle) = &middle {
                    first = format!("{first} {middle}.");
                }
                if son {
                    first.push_str(" jr");
                }
                Key::Person(surname.into(), first)
            })
        }
        (
            SpeakerKind::Person,
            Some(PersonName {
                first: None,
                surname,
            }),
        ) if son => Key::Surname(format!("{surname} jr"), gender),
        (
            SpeakerKind::Person,
            Some(PersonName {
                first: None,
                surname,
            }),
        ) => Key::Surname(surname.into(), gender),
        _ => named(),
    };
    Read { key, gender }
}

/// One identity being gathered.
struct Identity {
    id: Option<SpeakerId>,
    /// The annotated speaker it is, if any.
    annotated: Option<usize>,
    kind: SpeakerKind,
    /// Every name and alias met, in order, with how often each was the name.
    names: Vec<(String, usize)>,
    /// Where each of `names` is, by the name in lower case.
    name_at: HashMap<String, usize>,
    /// The ingested reports it appears in.
    reports: usize,
    gender: Option<Gender>,
    last_report: usize,
}

impl Identity {
    fn new(kind: SpeakerKind) -> Identity {
        Identity {
            id: None,
            annotated: None,
            kind,
            names: Vec::new(),
            name_at: HashMap::new(),
            reports: 0,
            gender: None,
            last_report: usize::MAX,
        }
    }

    fn take(&mut self, speaker: &Speaker, gender: Option<Gender>, report: usize) {
        if self.last_report != report {
            self.reports += 1;
            self.last_report = report;
        }
        self.gender = self.gender.or(gender);
        for (k, name) in std::iter::once(&speaker.name)
            .chain(&speaker.aliases)
            .enumerate()
        {
            let as_name = usize::from(k == 0);
            match self.name_at.get(&name.to_lowercase()) {
                Some(&at) => self.names[at].1 += as_name,
                None => {
                    self.name_at.insert(name.to_lowercase(), self.names.len());
                    self.names.push((name.clone(), as_name));
                }
            }
        }
    }

    /// The fullest name seen; of equally full ones, the one most often given as the
    /// name, then the first.
    fn name(&self) -> String {
        let mut best: Option<&(String, usize)> = None;
        for candidate in self.names.iter().filter(|(_, count)| *count > 0) {
            let better = best.is_none_or(|(name, count)| {
                (fullness(&candidate.0), candidate.1) > (fullness(name), *count)
            });
            if better {
                best = Some(candidate);
            }
        }
        best.map(|(name, _)| name.clone()).unwrap_or_default()
    }
}

/// Merges the speakers of ingested `reports` with each other and with the `annotated`
/// ones (speakers declared in annotation files).
pub fn identify(annotated: &[Speaker], reports: &[Vec<Speaker>]) -> Identified {
    let mut identities: Vec<Identity> = Vec::new();
    let mut by_key: HashMap<Key, usize> = HashMap::new();
    let known = Known::of(reports);
    for (a, speaker) in annotated.iter().enumerate() {
        let key = read(speaker, &known).key;
        by_key.entry(key).or_insert_with(|| {
            let mut identity = Identity::new(speaker.kind);
            identity.id = Some(speaker.id.clone());
            identity.annotated = Some(a);
            identities.push(identity);
            identities.len() - 1
        });
    }
    let reads: Vec<Vec<Read>> = reports
        .iter()
        .map(|speakers| speakers.iter().map(|s| read(s, &known)).collect())
        .collect();
    // People named in full and bodies first, so that a surname alone can be matched
    // with the people the whole corpus names.
    let mut placed: Vec<Vec<Option<usize>>> = reads.iter().map(|r| vec![None; r.len()]).collect();
    for (r, speakers) in reports.iter().enumerate() {
        for (s, speaker) in speakers.iter().enumerate() {
            let read = &reads[r][s];
            if matches!(read.key, Key::Surname(..)) {
                continue;
            }
            let key = match &read.key {
                Key::Named(_, name) if of_its_report(speaker.kind, &speaker.name) => {
                    Key::OfReport(r, name.clone())
                }
                key => key.clone(),
            };
            let at = *by_key.entry(key).or_insert_with(|| {
                identities.push(Identity::new(speaker.kind));
                identities.len() - 1
            });
            identities[at].take(speaker, read.gender, r);
            placed[r][s] = Some(at);
        }
    }
    let by_surname = people_by_surname(&by_key);
    for (r, speakers) in reports.iter().enumerate() {
        for (s, speaker) in speakers.iter().enumerate() {
            let read = &reads[r][s];
            let Key::Surname(surname, gender) = &read.key else {
                continue;
            };
            let known = by_surname
                .get(surname.as_str())
                .and_then(|people| best_known(people, &identities, *gender));
            let at = match known {
                Some(at) => at,
                None => *by_key.entry(read.key.clone()).or_insert_with(|| {
                    identities.push(Identity::new(speaker.kind));
                    identities.len() - 1
                }),
            };
            identities[at].take(speaker, read.gender, r);
            placed[r][s] = Some(at);
        }
    }
    finish(annotated, identities, placed)
}

/// The identities of people named in full, by surname.
fn people_by_surname(by_key: &HashMap<Key, usize>) -> HashMap<String, Vec<usize>> {
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (key, &at) in by_key {
        if let Key::Person(surname, _) = key {
            by_surname.entry(surname.clone()).or_default().push(at);
        }
    }
    for people in by_surname.values_mut() {
        people.sort_unstable();
    }
    by_surname
}

/// Of the people sharing a surname, the one a surname alone means: the only one known
/// to be of the sex it is said with, or else the only one whose sex fits, or one named
/// in at least twice as many reports as any other.
fn best_known(people: &[usize], identities: &[Identity], gender: Option<Gender>) -> Option<usize> {
    if gender.is_some() {
        let mut same = people.iter().filter(|&&at| identities[at].gender == gender);
        if let (Some(&only), None) = (same.next(), same.next()) {
            return Some(only);
        }
    }
    let mut fitting: Vec<usize> = people
        .iter()
        .copied()
        .filter(|&at| Gender::fits(identities[at].gender, gender))
        .collect();
    fitting.sort_by_key(|&at| std::cmp::Reverse(identities[at].reports));
    match fitting.as_slice() {
        [only] => Some(*only),
        [first, second, ..] if identities[*first].reports >= 2 * identities[*second].reports => {
            Some(*first)
        }
        _ => None,
    }
}

/// Gives every identity an id and a name.
fn finish(
    annotated: &[Speaker],
    identities: Vec<Identity>,
    placed: Vec<Vec<Option<usize>>>,
) -> Identified {
    let mut taken: std::collections::HashSet<String> =
        annotated.iter().map(|s| s.id.as_str().to_owned()).collect();
    let mut out = Identified::default();
    let mut ids: Vec<Option<SpeakerId>> = Vec::with_capacity(identities.len());
    for identity in &identities {
        if let Some(a) = identity.annotated {
            ids.push(identity.id.clone());
            for (name, _) in &identity.names {
                let known = &annotated[a];
                let same = |n: &String| n.eq_ignore_ascii_case(name);
                if !same(&known.name) && !known.aliases.iter().any(same) {
                    out.aliases.push((a, name.clone()));
                }
            }
            continue;
        }
        if identity.names.is_empty() {
            ids.push(None);
            continue;
        }
        let name = identity.name();
        let base = match slug(&name) {
            s if s.is_empty() => "speaker".to_owned(),
            s => s,
        };
        let mut id = base.clone();
        let mut n = 1;
        while !taken.insert(id.clone()) {
            n += 1;
            id = format!("{base}-{n}");
        }
        let id = SpeakerId::new(id);
        let lower = name.to_lowercase();
        out.speakers.push(Speaker {
            id: id.clone(),
            kind: identity.kind,
            aliases: identity
                .names
                .iter()
                .map(|(n, _)| n.clone())
                .filter(|n| n.to_lowercase() != lower)
                .collect(),
            name,
            role: None,
            affiliation: None,
        });
        ids.push(Some(id));
    }
    out.ids = placed
        .into_iter()
        .map(|report| {
            report
                .into_iter()
                .map(|at| {
                    at.and_then(|at| ids[at].clone())
                        .unwrap_or_else(|| SpeakerId::new(Speaker::UNKNOWN_ID))
                })
                .collect()
        })
        .collect();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn speaker(id: &str, name: &str, kind: SpeakerKind, aliases: &[&str]) -> Speaker {
        Speaker {
            id: SpeakerId::new(id),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
            role: None,
            affiliation: None,
        }
    }

    fn person(name: &str, aliases: &[&str]) -> Speaker {
        speaker(&slug(name), name, SpeakerKind::Person, aliases)
    }

    /// The corpus id of each ingested speaker, as strings.
    fn ids(found: &Identified) -> Vec<Vec<&str>> {
        found
            .ids
            .iter()
            .map(|r| r.iter().map(SpeakerId::as_str).collect())
            .collect()
    }

    #[test]
    fn the_same_name_in_two_reports_is_one_speaker_under_its_fullest_name() {
        let reports = vec![
            vec![person("Donald Trump", &["Mr. Trump"])],
            vec![person("Donald J. Trump", &["Trump"])],
            vec![person("Volodymyr Zelenskyy", &[])],
            vec![person("Volodymyr Zelensky", &[])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                ["donald-j-trump"],
                ["donald-j-trump"],
                ["volodymyr-zelenskyy"],
                ["volodymyr-zelenskyy"]
            ]
        );
        assert_eq!(found.speakers[0].name, "Donald J. Trump");
        assert!(found.speakers[0]
            .aliases
            .contains(&"Donald Trump".to_owned()));
        assert!(found.speakers[0].aliases.contains(&"Mr. Trump".to_owned()));
    }

    #[test]
    fn a_body_named_by_whose_it_is_is_each_reports_own() {
        let campaign = |name: &str| speaker(&slug(name), name, SpeakerKind::Unnamed, &[]);
        let reports = vec![
            vec![
                campaign("her campaign"),
                campaign("officials"),
                campaign("The company"),
                campaign("the Lopez campaign"),
                campaign("source"),
                campaign("half"),
                campaign(Speaker::UNKNOWN_NAME),
            ],
            vec![
                campaign("her campaign"),
                campaign("officials"),
                campaign("the company"),
                campaign("The Lopez campaign"),
                campaign("source"),
                campaign("half"),
                campaign(Speaker::UNKNOWN_NAME),
            ],
        ];
        let found = identify(&[], &reports);
        // One person not named, or a share of a poll, is each report's own too; a
        // group ("officials"), a name and the unknown speaker are the same in both.
        assert_eq!(
            ids(&found),
            [
                [
                    "her-campaign",
                    "officials",
                    "the-company",
                    "the-lopez-campaign",
                    "source",
                    "half",
                    "unknown-speaker"
                ],
                [
                    "her-campaign-2",
                    "officials",
                    "the-company-2",
                    "the-lopez-campaign",
                    "source-2",
                    "half-2",
                    "unknown-speaker"
                ]
            ]
        );
    }

    #[test]
    fn a_body_named_with_or_without_a_possessive_is_one() {
        let body = |name: &str| speaker(&slug(name), name, SpeakerKind::Institution, &[]);
        let reports = vec![
            vec![body("Lopez’s campaign")],
            vec![body("Lopez campaign")],
            vec![body("Reyes' campaign")],
            vec![body("Reyes campaign")],
            // Another owner is another body.
            vec![body("Lopez’s office")],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                ["lopezs-campaign"],
                ["lopezs-campaign"],
                ["reyes-campaign"],
                ["reyes-campaign"],
                ["lopezs-office"]
            ]
        );
    }

    #[test]
    fn a_body_of_a_person_named_in_full_is_that_of_the_surname_alone() {
        let body = |name: &str| speaker(&slug(name), name, SpeakerKind::Institution, &[]);
        let reports = vec![
            vec![body("Maria Lopez’s campaign")],
            vec![body("Lopez campaign")],
            vec![body("Ana Reyes’ campaign")],
            vec![body("Reyes campaign")],
            // Two first names with a campaign each: the surname alone is neither's.
            vec![body("Eva Ruiz’s campaign")],
            vec![body("Carlos Ruiz’s campaign")],
            vec![body("Ruiz campaign")],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                ["maria-lopezs-campaign"],
                ["maria-lopezs-campaign"],
                ["ana-reyes-campaign"],
                ["ana-reyes-campaign"],
                ["eva-ruizs-campaign"],
                ["carlos-ruizs-campaign"],
                ["ruiz-campaign"]
            ]
        );
    }

    #[test]
    fn two_words_that_end_a_fuller_name_are_its_person() {
        let reports = vec![
            vec![person("Debbie Wasserman Schultz", &[])],
            vec![person("Wasserman Schultz", &[])],
            vec![person("Hillary Rodham Clinton", &[])],
            vec![person("Rodham Clinton", &["Clinton"])],
            // A first name the lists know is one: Elizabeth Ruiz is not Sarah Elizabeth Ruiz.
            vec![person("Sarah Elizabeth Ruiz", &[])],
            vec![person("Elizabeth Ruiz", &[])],
            // Two fuller names ending alike leave the two words alone.
            vec![
                person("Ana Maria Lopez", &[]),
                person("Eva Maria Lopez", &[]),
            ],
            vec![person("Maria Lopez", &[])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                vec!["debbie-wasserman-schultz"],
                vec!["debbie-wasserman-schultz"],
                vec!["hillary-rodham-clinton"],
                vec!["hillary-rodham-clinton"],
                vec!["sarah-elizabeth-ruiz"],
                vec!["elizabeth-ruiz"],
                vec!["ana-maria-lopez", "eva-maria-lopez"],
                vec!["maria-lopez"],
            ]
        );
    }

    #[test]
    fn a_son_named_after_his_father_is_not_his_father() {
        let reports = vec![
            vec![person("Donald Trump", &["Mr. Trump"])],
            // A report that names both tells them apart everywhere.
            vec![
                person("Donald J. Trump", &[]),
                person("Donald Trump Jr.", &[]),
            ],
            vec![person("Donald Trump Jr.", &[])],
            // Elsewhere "Jr." is one more way to write a name.
            vec![person("Joseph R. Biden Jr.", &[])],
            vec![person("Joseph Biden", &[])],
            vec![person("King Charles III", &[])],
            vec![person("King Charles", &[])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                vec!["donald-j-trump"],
                vec!["donald-j-trump", "donald-trump-jr"],
                vec!["donald-trump-jr"],
                vec!["joseph-r-biden-jr"],
                vec!["joseph-r-biden-jr"],
                vec!["king-charles-iii"],
                vec!["king-charles-iii"],
            ]
        );
    }

    #[test]
    fn two_middle_initials_are_two_people() {
        let reports = vec![
            vec![person("George H.W. Bush", &[])],
            vec![person("George W. Bush", &["President George W. Bush"])],
            vec![person("George Walker Bush", &[])],
            // Neither, where the corpus knows both.
            vec![person("George Bush", &[])],
            // Elsewhere a middle initial is one more way to write a name.
            vec![person("Donald J. Trump", &[])],
            vec![person("Donald Trump", &[])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                vec!["george-hw-bush"],
                vec!["george-w-bush"],
                vec!["george-w-bush"],
                vec!["george-bush"],
                vec!["donald-j-trump"],
                vec!["donald-j-trump"],
            ]
        );
    }

    #[test]
    fn two_first_names_or_mr_and_mrs_are_never_one_speaker() {
        let reports = vec![
            vec![
                person("Hillary Clinton", &["Mrs. Clinton"]),
                person("Bill Clinton", &[]),
            ],
            vec![person("Loretta Lynch", &[])],
            vec![person("Stephen Lynch", &[])],
            vec![person("Clinton", &["Mr. Clinton"])],
            vec![person("Clinton", &["Mrs. Clinton"])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [
                vec!["hillary-clinton", "bill-clinton"],
                vec!["loretta-lynch"],
                vec!["stephen-lynch"],
                vec!["bill-clinton"],
                vec!["hillary-clinton"],
            ]
        );
    }

    #[test]
    fn a_first_name_tells_a_son_from_his_mother() {
        // No title is written before the son's name; his first name says he is a man.
        let reports = vec![
            vec![person("John Harlow", &[])],
            vec![person("Harlow", &["Mrs. Harlow"])],
            vec![person("Harlow", &["Mr. Harlow"])],
        ];
        let found = identify(&[], &reports);
        assert_eq!(
            ids(&found),
            [vec!["john-harlow"], vec!["harlow"], vec!["john-harlow"]]
        );
    }

    #[test]
    fn a_surname_alone_is_the_person_the_corpus_knows_best_or_stays_apart() {
        let trump = |first: &str| person(&format!("{first} Trump"), &[]);
        let mut reports: Vec<Vec<Speaker>> = (0..5).map(|_| vec![trump("Donald")]).collect();
        reports.push(vec![trump("Ivanka")]);
        reports.push(vec![person("Trump", &[])]);
        // Two people of one surname named about as often: a surname alone is neither.
        reports.push(vec![person("Abby Martin", &[])]);
        reports.push(vec![person("Carmel Martin", &[])]);
        reports.push(vec![person("Martin", &[])]);
        let found = identify(&[], &reports);
        let ids = ids(&found);
        assert_eq!(ids[6], ["donald-trump"]);
        assert_eq!(ids[9], ["martin"]);
        assert_eq!(found.speakers.len(), 5);
    }

    #[test]
    fn institutions_merge_by_name_and_annotated_speakers_keep_their_ids() {
        let annotated = vec![
            speaker("putin", "Vladimir Putin", SpeakerKind::Person, &["Putin"]),
            speaker("trump", "Donald Trump", SpeakerKind::Person, &[]),
        ];
        let reports = vec![
            vec![
                person("Vladimir Putin", &["the Russian leader"]),
                speaker("congress", "Congress", SpeakerKind::Institution, &[]),
            ],
            vec![
                speaker("congress", "CONGRESS", SpeakerKind::Institution, &[]),
                person("Melania Trump", &[]),
                // Taken by the annotated Trump: a new speaker gets another id.
                speaker("trump", "Trump", SpeakerKind::Institution, &[]),
            ],
        ];
        let found = identify(&annotated, &reports);
        assert_eq!(
            ids(&found),
            [
                vec!["putin", "congress"],
                vec!["congress", "melania-trump", "trump-2"]
            ]
        );
        assert_eq!(found.aliases, [(0, "the Russian leader".to_owned())]);
        assert_eq!(found.speakers[0].name, "Congress");
    }
}
