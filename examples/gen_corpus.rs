//! Writes a large synthetic corpus in parley's on-disk format, for benchmarks:
//! `cargo run --release --example gen_corpus -- --reports 10000 --statements 1000000 --out DIR`
//!
//! `--reprints P` makes P in a hundred statements reprint a quote of an earlier report
//! (word for word, a fragment of it, or with a word changed), each original quote then
//! ending in a made-up word of six syllables, as real quotes carry words of their own:
//! a corpus to measure the linking of quotes across reports on. `DIR/reprints.txt` then
//! lists each reprint's statement id and the id of the quote it reprints, a pair a line.
//!
//! The same seed always gives the same files. The reports go to `DIR/reports/`, and
//! `DIR/statements.txt` holds every statement as "speaker: quote" on one line, for
//! reference tools such as `fzf --filter`. The loader accepts the corpus with no
//! problems.

use std::fmt::Write as _;
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

/// splitmix64: tiny, seeded, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hassan", "Irina", "James",
    "Karin", "Liam", "Maria", "Nikolai", "Olga", "Pedro", "Qiang", "Rosa", "Sergei", "Tamara",
    "Umar", "Vera", "William", "Xenia", "Yusuf", "Zofia", "Ahmed", "Beatrice", "Chen", "Dmitri",
    "Emma", "Fatima", "Giorgio", "Helen", "Ivan", "Julia", "Kenji", "Laura", "Mikhail", "Nadia",
    "Oscar", "Petra", "Rahul", "Sofia", "Thomas", "Ursula", "Viktor", "Wang", "Yara", "Zoltan",
];

const LAST: &[&str] = &[
    "Smith",
    "Ivanov",
    "Garcia",
    "Novak",
    "Kowalski",
    "Haddad",
    "Tanaka",
    "Petrenko",
    "Rossi",
    "Muller",
    "Dubois",
    "Jensen",
    "Okafor",
    "Silva",
    "Kim",
    "Nguyen",
    "Cohen",
    "Ahmadi",
    "Larsen",
    "Moreau",
    "Schmidt",
    "Popescu",
    "Horvath",
    "Yilmaz",
    "Andersson",
    "Costa",
    "Fischer",
    "Kuznetsov",
    "Lopez",
    "Bauer",
    "Sato",
    "Romanov",
    "Weber",
    "Virtanen",
    "Baker",
    "Clarke",
    "Shevchenko",
    "Hughes",
    "Lindqvist",
    "Marino",
    "Volkov",
    "Ortega",
    "Brennan",
    "Stewart",
    "Keller",
    "Sokolov",
    "Rahman",
    "Fontaine",
    "Gallagher",
    "Mendes",
    "Trump",
    "Putin",
    "Zelenskyy",
    "Lavrov",
    "Rubio",
    "Witkoff",
    "Peskov",
    "Merz",
    "Macron",
    "Starmer",
];

const INSTITUTIONS: &[&str] = &[
    "the Kremlin",
    "the White House",
    "the State Department",
    "the Foreign Ministry",
    "the European Commission",
    "NATO",
    "the United Nations",
    "Reuters, quoting sources",
    "the Defence Ministry",
    "the Pentagon",
];

const PLACES: &[&str] = &[
    "Anchorage",
    "Moscow",
    "Washington",
    "Kyiv",
    "Geneva",
    "Istanbul",
    "Brussels",
    "Riyadh",
    "Helsinki",
    "Vienna",
    "Paris",
    "London",
    "Berlin",
    "Doha",
    "Beijing",
];

const TOPICS: &[&str] = &[
    "summit",
    "talks",
    "ceasefire negotiations",
    "press conference",
    "meeting",
    "security council session",
    "phone call",
    "peace conference",
];

const OPENERS: &[&str] = &[
    "We believe",
    "I think",
    "Let me be clear:",
    "Frankly,",
    "As I said before,",
    "Everyone knows",
    "Our position is that",
    "It is obvious that",
    "We have always said",
    "Nobody should doubt that",
    "I can tell you",
    "The truth is",
];

const SUBJECTS: &[&str] = &[
    "the deal",
    "peace",
    "the ceasefire",
    "this agreement",
    "the new sanctions",
    "the security guarantee",
    "the territorial question",
    "our partners",
    "the negotiations",
    "a lasting peace",
    "the prisoner exchange",
    "energy supplies",
    "the next meeting",
    "the trade deal",
    "the frontline",
    "our economy",
    "the alliance",
    "the people",
];

const VERBS: &[&str] = &[
    "will not happen without",
    "depends on",
    "is closer than ever to",
    "cannot be built on",
    "must start with",
    "has nothing to do with",
    "is the only way to",
    "will be decided by",
    "requires",
    "is threatened by",
    "was discussed alongside",
    "should never be confused with",
];

const OBJECTS: &[&str] = &[
    "real guarantees",
    "a fair settlement",
    "mutual respect",
    "the will of both sides",
    "serious compromises",
    "the situation on the ground",
    "trust between our countries",
    "a comprehensive deal",
    "good faith",
    "the next round of talks",
    "international law",
    "the security of Europe",
    "a direct conversation",
    "the end of the war",
    "patience",
];

const CLOSERS: &[&str] = &[
    "and we will see what happens.",
    "and that is very important.",
    "whatever they say.",
    "and I hope everyone understands that.",
    "this week or next.",
    "in the coming days.",
    "and there is no alternative.",
    "as soon as possible.",
    "and nobody can change that.",
    "but we are ready to listen.",
    "and the whole world is watching.",
    "very, very soon.",
];

const CUES: &[&str] = &[
    "said",
    "told reporters",
    "warned",
    "added",
    "insisted",
    "wrote",
];

const FILLER: &[&str] = &[
    "Officials gave no further details.",
    "The statement came after hours of closed-door discussions.",
    "Markets reacted cautiously to the news.",
    "Analysts said the remarks signalled a shift in tone.",
    "The comments were broadcast on national television.",
    "Diplomats described the atmosphere as tense but constructive.",
];

struct Options {
    reports: usize,
    statements: usize,
    speakers: usize,
    seed: u64,
    /// Statements in a hundred that reprint an earlier report's quote.
    reprints: usize,
    out: PathBuf,
}

fn options() -> Result<Options, String> {
    let mut options = Options {
        reports: 100,
        statements: 10_000,
        speakers: 3_000,
        seed: 1,
        reprints: 0,
        out: PathBuf::from("target/corpus"),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        let number = || value.parse::<usize>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--reports" => options.reports = number()?.max(1),
            "--statements" => options.statements = number()?,
            "--speakers" => options.speakers = number()?.max(1),
            "--seed" => options.seed = number()? as u64,
            "--reprints" => options.reprints = number()?.min(100),
            "--out" => options.out = PathBuf::from(value),
            _ => return Err(format!("unknown option {flag} (expected --reports, --statements, --speakers, --seed, --reprints, --out)")),
        }
    }
    Ok(options)
}

struct SpeakerDef {
    id: String,
    name: String,
    kind: &'static str,
}

fn speakers(count: usize) -> Vec<SpeakerDef> {
    let mut list: Vec<SpeakerDef> = INSTITUTIONS
        .iter()
        .enumerate()
        .map(|(i, name)| SpeakerDef {
            id: format!("org-{i}"),
            name: name.to_string(),
            kind: "institution",
        })
        .collect();
    let mut n = 0;
    while list.len() < count {
        let first = FIRST[n % FIRST.len()];
        let last = LAST[(n / FIRST.len()) % LAST.len()];
        let round = n / (FIRST.len() * LAST.len());
        let name = if round == 0 {
            format!("{first} {last}")
        } else {
            // Past every first/last pair: a middle initial keeps names distinct.
            let initial = (b'A' + (round % 26) as u8) as char;
            format!("{first} {initial}. {last}")
        };
        list.push(SpeakerDef {
            id: format!("p-{n}"),
            name,
            kind: "person",
        });
        n += 1;
    }
    list.truncate(count);
    list
}

/// A quote of 60 to 200 characters, from a few templates of English phrases.
fn quote(rng: &mut Rng) -> String {
    let target = 60 + rng.below(70);
    let mut text = String::with_capacity(220);
    while text.len() < target {
        if !text.is_empty() {
            text.push(' ');
        }
        let clause = format!(
            "{} {} {}",
            rng.pick(SUBJECTS),
            rng.pick(VERBS),
            rng.pick(OBJECTS)
        );
        match rng.below(3) {
            0 => {
                let _ = write!(text, "{} {clause} {}", rng.pick(OPENERS), rng.pick(CLOSERS));
            }
            1 => {
                let mut chars = clause.chars();
                let first = chars.next().map(|c| c.to_ascii_uppercase());
                text.extend(first.into_iter().chain(chars));
                text.push('.');
            }
            _ => {
                let _ = write!(text, "{} {clause}.", rng.pick(OPENERS));
            }
        }
        if rng.below(30) == 0 {
            // Typographic apostrophes, as real reports have: not every line is ASCII.
            text.insert_str(text.len() - 1, ", it’s clear");
        }
    }
    if text.len() > 200 {
        // End on the last whole sentence, or else the last whole word.
        let bytes = &text.as_bytes()[..199];
        match bytes
            .iter()
            .rposition(|&b| b == b'.')
            .filter(|&at| at >= 60)
        {
            Some(at) => text.truncate(at + 1),
            None => {
                let cut = bytes.iter().rposition(|&b| b == b' ').unwrap_or(0);
                text.truncate(cut);
                let end = text.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                text.truncate(end);
                text.push('.');
            }
        }
    }
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => text,
    }
}

fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn span(out: &mut String, body: &str, start: usize, end: usize) {
    let _ = write!(out, "{{\"start\": {start}, \"end\": {end}, \"text\": ");
    json_string(out, &body[start..end]);
    out.push('}');
}

/// An event's date: deterministic from its number, so every report agrees on it.
fn event_date(event: usize) -> String {
    let day = event * 7 % 28 + 1;
    let month = event * 5 % 12 + 1;
    let year = 2020 + event % 6;
    format!("{year}-{month:02}-{day:02}")
}

struct Writer<'a> {
    options: &'a Options,
    speakers: Vec<SpeakerDef>,
    events: usize,
    plain: BufWriter<fs::File>,
    written: usize,
    /// Quotes of earlier reports, with their speakers and statement ids, for reprints.
    printed: Vec<(usize, String, String)>,
    /// "REPRINT ORIGINAL" statement ids, one pair a line: what linking should find.
    reprinted: Option<BufWriter<fs::File>>,
}

/// Syllables of the made-up words that end original quotes when reprints are asked for.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ran", "te", "vos", "dun", "el", "sha", "por", "qui", "zen", "bra", "tol",
    "ny", "gar", "fe", "ish", "mon", "cu",
];

/// A quote reprinted: the same words, a run of them, or one word changed.
fn reprint(rng: &mut Rng, text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    match rng.below(3) {
        0 => text.to_owned(),
        1 if words.len() > 10 => {
            let len = 8 + rng.below(words.len() - 9);
            let start = rng.below(words.len() - len + 1);
            words[start..start + len].join(" ")
        }
        _ => {
            let mut words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
            let at = words.len() / 2;
            words[at] = rng
                .pick(&["truly", "really", "surely", "clearly"])
                .to_owned();
            words.join(" ")
        }
    }
}

impl Writer<'_> {
    fn report(&mut self, rng: &mut Rng, number: usize, count: usize) -> io::Result<()> {
        let id = format!("r{number:06}");
        let event = rng.below(self.events);
        let (place, topic) = (PLACES[event % PLACES.len()], TOPICS[event % TOPICS.len()]);
        let title = format!("Leaders speak out after the {topic} in {place}");
        let date = event_date(event);
        let mut body = String::with_capacity(count * 260 + 200);
        let _ = write!(body, "{title}\n\n");
        let mention_start = body.len();
        let _ = write!(body, "The {topic} in {place}");
        let mention_end = body.len();
        body.push_str(" drew comment from many sides.\n\n");
        let mut used = Vec::new();
        let mut statements = String::new();
        for i in 0..count {
            // A few prolific speakers and a long tail, as in real coverage.
            let speaker = if rng.below(4) == 0 {
                rng.below(self.speakers.len().min(40))
            } else {
                rng.below(self.speakers.len())
            };
            let reprints = self.options.reprints;
            let (speaker, text) =
                if reprints > 0 && !self.printed.is_empty() && rng.below(100) < reprints {
                    let (speaker, text, original) = &self.printed[rng.below(self.printed.len())];
                    if let Some(out) = &mut self.reprinted {
                        writeln!(out, "{id}-{i} {original}")?;
                    }
                    (*speaker, reprint(rng, text))
                } else if reprints > 0 {
                    let mut text = quote(rng);
                    text.pop();
                    // Six syllables: 64 million spellings, so that even among a million
                    // quotes few share theirs (three gave 8,000, each in about 112 of a
                    // million quotes, and at that size no quote had a word of its own).
                    let word: String = (0..6).map(|_| rng.pick(SYLLABLES)).collect();
                    let text = format!("{text} on the {word} question.");
                    // A pool of a few thousand quotes, the newest replacing at random.
                    let printed = (speaker, text.clone(), format!("{id}-{i}"));
                    if self.printed.len() < 5000 {
                        self.printed.push(printed);
                    } else {
                        let at = rng.below(self.printed.len());
                        self.printed[at] = printed;
                    }
                    (speaker, text)
                } else {
                    (speaker, quote(rng))
                };
            if !used.contains(&speaker) {
                used.push(speaker);
            }
            let name = self.speakers[speaker].name.clone();
            let cue = rng.pick(CUES);
            let mention_at = body.len();
            body.push_str(&name);
            let cue_at = body.len() + 1;
            let _ = write!(body, " {cue}: \"");
            let content_at = body.len();
            body.push_str(&text);
            let content_end = body.len();
            body.push_str("\"\n");
            if rng.below(3) == 0 {
                body.push_str(rng.pick(FILLER));
                body.push('\n');
            }
            body.push('\n');
            writeln!(self.plain, "{name}: {text}")?;
            if i > 0 {
                statements.push_str(",\n");
            }
            let _ = write!(
                statements,
                "    {{\"id\": \"{id}-{i}\", \"speaker\": \"{}\", \"kind\": \"direct\", \"speaker_mention\": ",
                self.speakers[speaker].id
            );
            span(&mut statements, &body, mention_at, mention_at + name.len());
            statements.push_str(", \"cue\": ");
            span(&mut statements, &body, cue_at, cue_at + cue.len());
            statements.push_str(", \"content\": ");
            span(&mut statements, &body, content_at, content_end);
            let _ = write!(statements, ", \"event\": \"e{event}\"");
            if number > 0 && i == 0 {
                let _ = write!(statements, ", \"same_as\": [\"r{:06}-0\"]", number - 1);
            }
            statements.push('}');
            self.written += 1;
        }
        let dir = self.options.out.join("reports");
        let header = format!(
            "title: {title}\npublisher: Synthetic Wire\nauthor: Desk {}\npublished: {date}\nurl: https://example.org/{id}\ncategories: politics, generated\n\n",
            number % 97
        );
        fs::write(dir.join(format!("{id}.txt")), header + &body)?;
        let mut json = String::with_capacity(statements.len() + used.len() * 100 + 500);
        json.push_str("{\n  \"speakers\": [\n");
        for (n, &s) in used.iter().enumerate() {
            let def = &self.speakers[s];
            let _ = write!(
                json,
                "{}    {{\"id\": \"{}\", \"name\": ",
                if n > 0 { ",\n" } else { "" },
                def.id
            );
            json_string(&mut json, &def.name);
            let _ = write!(json, ", \"kind\": \"{}\"}}", def.kind);
        }
        let _ = write!(
            json,
            "\n  ],\n  \"events\": [\n    {{\"id\": \"e{event}\", \"title\": \"{topic} in {place}\", \"time\": {{\"value\": \"{date}\"}}, \"place\": \"{place}\", \"mentions\": ["
        );
        span(&mut json, &body, mention_start, mention_end);
        json.push_str("]}\n  ],\n  \"statements\": [\n");
        json.push_str(&statements);
        json.push_str("\n  ]\n}\n");
        fs::write(dir.join(format!("{id}.json")), json)
    }
}

fn main() -> io::Result<()> {
    let options = match options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("gen_corpus: {message}");
            std::process::exit(2);
        }
    };
    fs::create_dir_all(options.out.join("reports"))?;
    let plain = BufWriter::new(fs::File::create(options.out.join("statements.txt"))?);
    let mut rng = Rng(options.seed);
    let mut writer = Writer {
        speakers: speakers(options.speakers),
        events: (options.reports / 4).max(1),
        options: &options,
        plain,
        written: 0,
        printed: Vec::new(),
        reprinted: match options.reprints {
            0 => None,
            _ => Some(BufWriter::new(fs::File::create(
                options.out.join("reprints.txt"),
            )?)),
        },
    };
    for number in 0..options.reports {
        // Spread the statements evenly, with the remainder on the first reports.
        let base = options.statements / options.reports;
        let count = base + usize::from(number < options.statements % options.reports);
        writer.report(&mut rng, number, count.max(1))?;
    }
    writer.plain.flush()?;
    if let Some(out) = &mut writer.reprinted {
        out.flush()?;
    }
    println!(
        "{} reports, {} statements, {} speakers in {}/reports, one line each in statements.txt",
        options.reports,
        writer.written,
        writer.speakers.len(),
        options.out.display()
    );
    Ok(())
}
