use super::*;
use crate::dice::Dice;
use crate::model::{
    Event, EventId, EventTime, Mention, Published, Report, ReportId, Span, Speaker, SpeakerId,
    SpeakerKind, Statement, StatementId, StatementKind, TimePoint, TimeValue,
};
use chrono::{NaiveDate, NaiveTime};
use std::path::PathBuf;

fn fresh(dir: &Path) -> Loaded {
    crate::corpus::load(&[PathBuf::from(dir)]).unwrap()
}

fn copy_bundled(dir: &Path) {
    for report in crate::corpus::BUNDLED {
        fs::write(dir.join(format!("{}.txt", report.name)), report.report).unwrap();
        fs::write(dir.join(format!("{}.json", report.name)), report.annotation).unwrap();
    }
}

/// Everything the corpus holds and every index it answers from, item by item.
pub(crate) fn assert_same(a: &Corpus, b: &Corpus) {
    assert_eq!(a.reports(), b.reports());
    assert_eq!(a.speakers(), b.speakers());
    assert_eq!(a.statements(), b.statements());
    assert_eq!(a.events(), b.events());
    assert_eq!(a.timeline(), b.timeline());
    let ids = |list: Vec<&Statement>| list.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    for r in a.reports() {
        assert_eq!(b.report(&r.id), Some(r));
        assert_eq!(
            ids(a.statements_in(&r.id).collect()),
            ids(b.statements_in(&r.id).collect())
        );
    }
    for s in a.speakers() {
        assert_eq!(b.speaker(&s.id), Some(s));
        assert_eq!(
            ids(a.statements_by(&s.id).collect()),
            ids(b.statements_by(&s.id).collect())
        );
    }
    for e in a.events() {
        assert_eq!(b.event(&e.id), Some(e));
        assert_eq!(
            ids(a.statements_at(&e.id).collect()),
            ids(b.statements_at(&e.id).collect())
        );
        assert_eq!(a.reports_mentioning(&e.id), b.reports_mentioning(&e.id));
        assert_eq!(a.human_time(e), b.human_time(e));
    }
    for s in a.statements() {
        assert_eq!(a.statement_index(&s.id), b.statement_index(&s.id));
        assert_eq!(
            ids(a.linked(&s.id).collect()),
            ids(b.linked(&s.id).collect())
        );
    }
}

/// A folder with the bundled reports and its cache written, and the cache's key.
fn cached_copy() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(dir.path());
    let print = fingerprint(dir.path()).unwrap();
    load(dir.path()).unwrap();
    assert!(dir.path().join(FILE).exists(), "a clean corpus is cached");
    (dir, print)
}

#[test]
fn a_cached_corpus_reads_back_the_same() {
    let (dir, print) = cached_copy();
    let cached = open_corpus(dir.path(), &print).expect("the cache reads");
    assert_same(&cached, &fresh(dir.path()).corpus);
    let through = load(dir.path()).unwrap();
    assert!(through.problems.is_empty());
    assert_same(&through.corpus, &fresh(dir.path()).corpus);

    let index = open_index(dir.path(), &print).expect("the finder reads");
    let built = Index::new(&cached);
    assert_eq!(index.finder.len(), built.finder.len());
    for i in 0..built.finder.len() {
        assert_eq!(index.id(i), built.id(i));
        assert_eq!(index.finder.speaker(i), built.finder.speaker(i));
        assert_eq!(index.finder.quote(i), built.finder.quote(i));
    }
    assert_eq!(
        index.finder.search("nxt moscow"),
        built.finder.search("nxt moscow")
    );
}

/// A corpus with every kind of value the model has: publication times, categories,
/// every time precision, relative times, participants, mentions across reports,
/// links, multi-byte text.
fn generated(reports: usize) -> Corpus {
    let mut dice = Dice(7);
    let day = |n: usize| NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(n as u64);
    let speakers: Vec<Speaker> = (0..7)
        .map(|i| Speaker {
            id: SpeakerId::new(format!("speaker-{i}")),
            name: format!("Speaker Ñame {i}"),
            kind: [
                SpeakerKind::Person,
                SpeakerKind::Institution,
                SpeakerKind::Unnamed,
            ][i % 3],
            aliases: (0..i % 3).map(|a| format!("alias {a}")).collect(),
            role: (i % 2 == 0).then(|| "minister".to_owned()),
            affiliation: (i % 3 == 0).then(|| "Kremlin".to_owned()),
        })
        .collect();
    let mut bodies = Vec::new();
    let mut all = Vec::new();
    for r in 0..reports {
        let id = ReportId::new(format!("report-{r}"));
        let body: String = (0..20)
            .map(|s| format!("Sentence {s} of report {r} – “quoted words” said Zelenskyy’s aide. "))
            .collect();
        all.push(Report {
            id: id.clone(),
            title: format!("Report {r}"),
            publisher: (r % 2 == 0).then(|| "Wire".to_owned()),
            author: (r % 3 == 0).then(|| "A. Writer".to_owned()),
            published: (r % 5 != 4).then(|| Published {
                date: day(dice.next(40)),
                time: (r % 2 == 1).then(|| NaiveTime::from_hms_opt(9, r as u32 % 60, 5).unwrap()),
                inferred: r % 3 == 1,
            }),
            url: (r % 4 == 0).then(|| format!("https://example.org/{r}")),
            categories: (0..r % 3).map(|c| format!("category {c}")).collect(),
            body: body.clone(),
        });
        bodies.push((id, body));
    }
    let span = |dice: &mut Dice, bodies: &[(ReportId, String)], r: usize| {
        let body = &bodies[r].1;
        let starts: Vec<usize> = body.match_indices("Sentence").map(|(at, _)| at).collect();
        let start = starts[dice.next(starts.len())];
        let end = start + body[start..].find('–').unwrap();
        Span::of(body, start..end).unwrap()
    };
    let mut events = Vec::new();
    for e in 0..12 {
        let value = match e % 6 {
            0 => Some(TimeValue::Point(TimePoint::Year(1867 + e as i32))),
            1 => Some(TimeValue::Point(TimePoint::Month(2022, 1 + e as u32 % 12))),
            2 => Some(TimeValue::day(day(dice.next(40)))),
            3 => Some(TimeValue::Range(
                TimePoint::Day(day(3)),
                TimePoint::Month(2025, 6),
            )),
            4 => Some(TimeValue::Before(EventId::new(format!("event-{}", e - 2)))),
            _ => Some(TimeValue::After(EventId::new(format!("event-{}", e - 3)))),
        };
        events.push(Event {
            id: EventId::new(format!("event-{e}")),
            title: format!("Event “{e}”"),
            time: value.map(|value| EventTime {
                value,
                expression: (e % 2 == 0).then(|| "on Friday".to_owned()),
                anchor: (e % 3 == 0).then(|| day(e)),
            }),
            place: (e % 2 == 1).then(|| "Anchorage".to_owned()),
            participants: (0..e % 3).map(|p| speakers[p].id.clone()).collect(),
            mentions: (0..e % 4)
                .map(|_| {
                    let r = dice.next(reports);
                    Mention {
                        report: bodies[r].0.clone(),
                        span: span(&mut dice, &bodies, r),
                    }
                })
                .collect(),
        });
    }
    let mut statements: Vec<Statement> = Vec::new();
    for s in 0..reports * 6 {
        let r = dice.next(reports);
        let content = span(&mut dice, &bodies, r);
        let same_as: Box<[StatementId]> = match statements.len() {
            0 => Box::default(),
            n => Box::new([statements[dice.next(n)].id.clone()]),
        };
        statements.push(Statement {
            id: StatementId::new(format!("{}-{s}", bodies[r].0)),
            report: bodies[r].0.clone(),
            speaker: speakers[dice.next(speakers.len())].id.clone(),
            kind: [
                StatementKind::Direct,
                StatementKind::Partial,
                StatementKind::Reported,
                StatementKind::Written,
            ][s % 4],
            speaker_mention: (s % 2 == 0).then(|| span(&mut dice, &bodies, r)),
            cue: (s % 3 == 0).then(|| span(&mut dice, &bodies, r)),
            content,
            event: (s % 2 == 1).then(|| events[dice.next(events.len())].id.clone()),
            same_as: if s % 4 == 0 { same_as } else { Box::default() },
        });
    }
    Corpus::new(all, speakers, statements, events)
}

/// The bodies as the cache file holds them after the corpus section: one after another
/// in corpus order, handed out by length.
fn bodies_of(corpus: &Corpus) -> impl FnMut(usize) -> Option<Vec<u8>> {
    let all: Vec<u8> = corpus
        .reports()
        .iter()
        .flat_map(|r| r.body.bytes())
        .collect();
    let mut at = 0;
    move |len| {
        let bytes = all.get(at..at + len)?.to_vec();
        at += len;
        Some(bytes)
    }
}

#[test]
fn a_generated_corpus_with_every_kind_of_value_reads_back_the_same() {
    let corpus = generated(30);
    let mut w = Writer::default();
    corpus::write(&corpus, &mut w).unwrap();
    let mut r = Reader::new(&w.bytes);
    let read = corpus::read(&mut r, &mut bodies_of(&corpus))
        .expect("it reads")
        .into_corpus();
    assert!(r.is_done());
    assert_same(&read, &corpus);

    // Through the file, as a folder's cache.
    let dir = tempfile::tempdir().unwrap();
    save(dir.path(), b"key", &corpus).unwrap();
    assert_same(&open_corpus(dir.path(), b"key").unwrap(), &corpus);
    assert!(open_corpus(dir.path(), b"another key").is_none());
}

/// Whether a section reads.
type Read<'a> = dyn Fn(&[u8]) -> bool + 'a;

#[test]
fn damaged_sections_never_panic_even_past_the_checksum() {
    let corpus = generated(4);
    let mut w = Writer::default();
    corpus::write(&corpus, &mut w).unwrap();
    let (mut text, mut finder) = (String::new(), Writer::default());
    let mut take = |piece: &str| {
        text.push_str(piece);
        Ok(())
    };
    crate::search::cache::write(&corpus, &mut take, &mut finder).unwrap();
    let mut dice = Dice(11);
    let read_corpus =
        |b: &[u8]| corpus::read(&mut Reader::new(b), &mut bodies_of(&corpus)).is_some();
    let read_index = |b: &[u8]| Index::read(text.clone(), &mut Reader::new(b)).is_some();
    let sections: [(&[u8], &Read); 2] = [(&w.bytes, &read_corpus), (&finder.bytes, &read_index)];
    for (bytes, read) in sections {
        assert!(read(bytes));
        for cut in (0..bytes.len()).step_by(bytes.len() / 97 + 1) {
            assert!(!read(&bytes[..cut]), "cut at {cut}");
        }
        for _ in 0..500 {
            let mut damaged = bytes.to_vec();
            let at = dice.next(damaged.len());
            damaged[at] ^= 1 << dice.next(8);
            // Whatever a damaged section reads as, it is never a panic.
            let _ = read(&damaged);
        }
    }
}

#[test]
fn a_damaged_cache_file_is_ignored_and_the_corpus_loads_as_fresh() {
    let (dir, print) = cached_copy();
    let expected = fresh(dir.path()).corpus;
    let path = dir.path().join(FILE);
    let bytes = fs::read(&path).unwrap();
    let mut dice = Dice(3);
    let mut cuts: Vec<usize> = (0..bytes.len()).step_by(bytes.len() / 40 + 1).collect();
    cuts.extend([
        1,
        MAGIC.len(),
        MAGIC.len() + 8,
        MAGIC.len() + 16,
        bytes.len() - 1,
    ]);
    for cut in cuts {
        fs::write(&path, &bytes[..cut]).unwrap();
        assert!(open_corpus(dir.path(), &print).is_none(), "cut at {cut}");
        assert_same(&load(dir.path()).unwrap().corpus, &expected);
    }
    for _ in 0..60 {
        let mut damaged = bytes.clone();
        let at = dice.next(damaged.len());
        damaged[at] ^= 1 << dice.next(8);
        fs::write(&path, &damaged).unwrap();
        // One flip spoils one section (or the key): `find` and the rest notice theirs.
        let corpus = open_corpus(dir.path(), &print);
        let index = open_index(dir.path(), &print);
        assert!(corpus.is_none() || index.is_none(), "byte {at} flipped");
        if let Some(corpus) = corpus {
            assert_same(&corpus, &expected);
        }
        let loaded = load(dir.path()).unwrap();
        assert!(loaded.problems.is_empty());
        assert_same(&loaded.corpus, &expected);
    }
    let mut longer = bytes.clone();
    longer.push(0);
    fs::write(&path, &longer).unwrap();
    assert!(open_corpus(dir.path(), &print).is_none());
    fs::write(&path, b"nonsense").unwrap();
    assert!(open_corpus(dir.path(), &print).is_none());
    // The load that fell back wrote a good cache again.
    load(dir.path()).unwrap();
    assert!(open_corpus(dir.path(), &print).is_some());
}

#[test]
fn any_change_to_the_folder_makes_the_cache_stale() {
    let (dir, print) = cached_copy();
    assert_eq!(
        fingerprint(dir.path()).unwrap(),
        print,
        "the cache is not keyed"
    );

    // Same size, new content: the modification time tells.
    let annotation = dir.path().join("summit.json");
    let text = fs::read_to_string(&annotation).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(&annotation, text.replacen("Moscow", "Moskva", 1)).unwrap();
    let changed = fingerprint(dir.path()).unwrap();
    assert_ne!(changed, print);
    assert!(open_corpus(dir.path(), &changed).is_none());
    assert!(open_index(dir.path(), &changed).is_none());

    fs::write(dir.path().join("new.txt"), "A new report.").unwrap();
    assert_ne!(fingerprint(dir.path()).unwrap(), changed);
}

#[cfg(unix)]
#[test]
fn new_content_under_an_old_modification_time_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(dir.path());
    let annotation = dir.path().join("summit.json");
    let old = fs::metadata(&annotation).unwrap().modified().unwrap();
    let print = fingerprint(dir.path()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let text = fs::read_to_string(&annotation).unwrap();
    fs::write(&annotation, text.replacen("Moscow", "Moskva", 1)).unwrap();
    // As `cp -p` or `rsync -t` would leave it.
    let file = fs::File::options().write(true).open(&annotation).unwrap();
    file.set_modified(old).unwrap();
    assert_ne!(fingerprint(dir.path()).unwrap(), print);
}

#[test]
fn a_cache_that_cannot_be_written_is_no_error() {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(dir.path());
    // A folder where the cache should be: the rename fails, whoever runs the test.
    fs::create_dir(dir.path().join(FILE)).unwrap();
    fs::write(dir.path().join(FILE).join("x"), "x").unwrap();
    for _ in 0..2 {
        let loaded = load(dir.path()).unwrap();
        assert!(loaded.problems.is_empty());
        assert_same(&loaded.corpus, &fresh(dir.path()).corpus);
    }
    let names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 5, "no partial file is left: {names:?}");
}

#[test]
fn a_corpus_with_problems_is_cached_with_them() {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(dir.path());
    fs::write(dir.path().join("stray.json"), "{}").unwrap();
    // A report left out, and one ingested (no annotation) with a warning of its own.
    fs::write(dir.path().join("broken.txt"), b"title: Broken\n\n\xff").unwrap();
    fs::write(
        dir.path().join("plain.txt"),
        "\"We will not move on Friday,\" Tomas Brandt said.\n",
    )
    .unwrap();
    let first = load(dir.path()).unwrap();
    assert!(!first.cached);
    assert!(first.problems.iter().any(Problem::is_error));
    assert!(first.problems.len() >= 3, "{:?}", first.problems);
    assert!(dir.path().join(FILE).exists());
    let again = load(dir.path()).unwrap();
    assert!(again.cached, "read from the cache");
    assert_eq!(again.problems, first.problems);
    assert_same(&again.corpus, &first.corpus);
    let (_, problems) = find_index(dir.path()).unwrap();
    assert_eq!(problems, first.problems);
}

#[cfg(unix)]
#[test]
fn a_linked_report_changed_at_its_target_is_read_again() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(outside.path());
    for name in ["summit.txt", "summit.json"] {
        std::os::unix::fs::symlink(outside.path().join(name), dir.path().join(name)).unwrap();
    }
    load(dir.path()).unwrap();
    assert!(
        dir.path().join(FILE).exists(),
        "a folder of links is cached"
    );
    // The target rewritten in place, same size: the links themselves do not change.
    for name in ["summit.txt", "summit.json"] {
        let path = outside.path().join(name);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(
            &path,
            text.replace("Next time in Moscow.", "Next time in Moskva."),
        )
        .unwrap();
    }
    let loaded = load(dir.path()).unwrap();
    assert_same(&loaded.corpus, &fresh(dir.path()).corpus);
    let quotes: Vec<&str> = loaded
        .corpus
        .statements()
        .iter()
        .map(|s| loaded.corpus.text(&s.report, &s.content))
        .collect();
    assert!(quotes.contains(&"Next time in Moskva."), "{quotes:?}");
}

#[test]
fn saving_leaves_only_the_cache_in_the_folder() {
    let (dir, _) = cached_copy();
    let caches: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(FILE))
        .collect();
    assert_eq!(caches, [FILE]);
}

#[test]
fn the_browser_s_load_leaves_the_cache_to_be_written_after_and_it_then_reads() {
    let dir = tempfile::tempdir().unwrap();
    copy_bundled(dir.path());
    let (loaded, unsaved) = load_unsaved(dir.path()).unwrap();
    assert!(!dir.path().join(FILE).exists(), "written only when asked");
    unsaved
        .expect("a corpus with no problem is worth caching")
        .save(&loaded.corpus);
    let (cached, unsaved) = load_unsaved(dir.path()).unwrap();
    assert!(unsaved.is_none(), "read from the cache, nothing to write");
    assert_same(&cached.corpus, &loaded.corpus);

    fs::write(dir.path().join("stray.json"), "{}").unwrap();
    let (loaded, unsaved) = load_unsaved(dir.path()).unwrap();
    assert!(!loaded.problems.is_empty() && !loaded.cached);
    unsaved
        .expect("a corpus with problems is cached too")
        .save(&loaded.corpus);
    let (cached, unsaved) = load_unsaved(dir.path()).unwrap();
    assert!(cached.cached && unsaved.is_none());
    assert_eq!(cached.problems, loaded.problems);
}
