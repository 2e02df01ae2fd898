//! Ingest against the hand annotations of the bundled reports: the bodies are stripped
//! of their annotations, ingested with the header's publication date, and matched.
//! A predicted statement matches a gold one when it covers at least half of the gold
//! content (one to one, greedy, in text order).

use std::ops::Range;

use parley::corpus::annotation::{self, EventRecord, StatementRecord};
use parley::corpus::split_report;
use parley::ingest::{ingest, Extraction};
use parley::model::{Speaker, TimeValue};

struct Tally {
    gold: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
    dated_mentions: usize,
    dates_right: usize,
}

fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn score(name: &str, tally: &mut Tally) {
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/assets/{name}.txt")).unwrap();
    let json = std::fs::read_to_string(format!("{root}/assets/{name}.json")).unwrap();
    let mut problems = Vec::new();
    let gold = annotation::parse(name, &json, &mut problems);
    assert!(problems.is_empty(), "{problems:?}");
    let (body_start, published) = split_report(&text);
    assert!(published.is_some(), "the bundled reports give their dates");
    let body = &text[body_start..];
    let found = ingest(body, published).unwrap();

    let speakers: Vec<Speaker> = gold.speakers.iter().map(|s| s.value.clone()).collect();
    let statements: Vec<&StatementRecord> = gold.statements.iter().map(|s| &s.value).collect();
    tally.gold += statements.len();
    tally.predicted += found.statements.len();
    let mut used = vec![false; statements.len()];
    for predicted in &found.statements {
        let best = statements
            .iter()
            .enumerate()
            .filter(|(g, _)| !used[*g])
            .map(|(g, s)| {
                let content = s.content.start..s.content.end;
                (
                    g,
                    overlap(&predicted.content, &content) as f64 / content.len().max(1) as f64,
                )
            })
            // The first best, as the PolNeAR scorer picks.
            .fold(None, |best: Option<(usize, f64)>, c| match best {
                Some(b) if b.1 >= c.1 => Some(b),
                _ => Some(c),
            });
        let Some((g, covered)) = best.filter(|(_, c)| *c >= 0.5) else {
            println!(
                "{name}: unmatched prediction {:?}",
                &body[predicted.content.clone()]
            );
            continue;
        };
        let _ = covered;
        used[g] = true;
        tally.matched += 1;
        let gold_speaker = speakers.iter().find(|s| s.id == statements[g].speaker);
        if let (Some(gold_speaker), Some(k)) = (gold_speaker, predicted.speaker) {
            let mine = &found.speakers[k];
            let right = gold_speaker.answers_to(&mine.name)
                || gold_speaker.answers_to(&mine.id)
                || mine.aliases.iter().any(|a| gold_speaker.answers_to(a));
            if right {
                tally.speaker_right += 1;
            } else {
                println!(
                    "{name}: speaker {:?} for {:?}, expected {:?}",
                    mine.name, statements[g].content.text, gold_speaker.name
                );
            }
        } else {
            println!("{name}: no speaker for {:?}", statements[g].content.text);
        }
    }
    for (g, s) in statements.iter().enumerate() {
        if !used[g] {
            println!("{name}: missed {:?}", s.content.text);
        }
    }
    let events: Vec<&EventRecord> = gold.events.iter().map(|e| &e.value).collect();
    for event in events {
        let Some(TimeValue::Point(point)) = event.time.as_ref().map(|t| &t.value) else {
            continue;
        };
        for mention in &event.mentions {
            tally.dated_mentions += 1;
            let range = mention.start..mention.end;
            match time_at(&found, &range) {
                Some(value) if value == point.to_string() => tally.dates_right += 1,
                other => println!(
                    "{name}: {:?} dated {other:?}, expected {point}",
                    mention.text
                ),
            }
        }
    }
}

/// The date ingest gives the words of a gold event mention: that of the predicted event
/// mention most nearly inside it.
fn time_at(found: &Extraction, range: &Range<usize>) -> Option<String> {
    found
        .events
        .iter()
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .filter(|(_, m)| overlap(m, range) > 0)
        .max_by(|(_, a), (_, b)| {
            let share = |m: &Range<usize>| overlap(m, range) as f64 / m.len().max(1) as f64;
            share(a)
                .total_cmp(&share(b))
                .then(overlap(a, range).cmp(&overlap(b, range)))
        })
        .map(|(e, _)| e.time.to_string())
}

#[test]
fn ingest_finds_what_the_hand_annotations_hold() {
    let mut tally = Tally {
        gold: 0,
        predicted: 0,
        matched: 0,
        speaker_right: 0,
        dated_mentions: 0,
        dates_right: 0,
    };
    for name in ["summit", "aftermath"] {
        score(name, &mut tally);
    }
    let recall = tally.matched as f64 / tally.gold as f64;
    let precision = tally.matched as f64 / tally.predicted.max(1) as f64;
    let speaker = tally.speaker_right as f64 / tally.matched.max(1) as f64;
    let dates = tally.dates_right as f64 / tally.dated_mentions.max(1) as f64;
    println!(
        "statements: recall {recall:.3} ({}/{}), precision {precision:.3} ({}/{}); speaker {speaker:.3} ({}/{}); event dates {dates:.3} ({}/{})",
        tally.matched, tally.gold, tally.matched, tally.predicted, tally.speaker_right, tally.matched, tally.dates_right, tally.dated_mentions
    );
    assert!(recall >= 0.95, "recall {recall:.3}");
    assert!(precision >= 0.95, "precision {precision:.3}");
    assert!(speaker >= 0.95, "speaker {speaker:.3}");
    assert!(dates >= 0.9, "event dates {dates:.3}");
}
