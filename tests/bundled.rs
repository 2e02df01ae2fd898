//! The bundled corpus and the model's indexes over it.

use parley::corpus::{self, BUNDLED};
use parley::model::{Corpus, EventId, Precision, ReportId, SpeakerId, StatementKind};

fn corpus() -> Corpus {
    let loaded = corpus::bundled();
    assert!(
        loaded.problems.is_empty(),
        "the bundled corpus is clean: {:#?}",
        loaded.problems
    );
    loaded.corpus
}

#[test]
fn every_report_in_assets_is_bundled() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/assets");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".txt").map(str::to_owned))
        .collect();
    on_disk.sort();
    let mut bundled: Vec<String> = BUNDLED.iter().map(|b| b.name.to_owned()).collect();
    bundled.sort();
    assert_eq!(on_disk, bundled);
}

#[test]
fn reports_carry_inferred_publication_dates_and_no_invented_publisher() {
    let corpus = corpus();
    let ids: Vec<&str> = corpus.reports().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["summit", "aftermath"], "reports in publication order");
    for report in corpus.reports() {
        let published = report.published.expect("a publication date");
        assert!(published.inferred);
        assert_eq!(report.publisher, None);
    }
    let aftermath = corpus.report(&ReportId::new("aftermath")).unwrap();
    assert_eq!(aftermath.published.unwrap().date.to_string(), "2025-08-17");
    assert_eq!(aftermath.author.as_deref(), Some("Swastik Sharma"));
}

#[test]
fn statements_by_speaker_event_and_report_agree_with_each_statement() {
    let corpus = corpus();
    let putin = SpeakerId::new("putin");
    let by_putin: Vec<_> = corpus.statements_by(&putin).collect();
    assert!(by_putin.iter().all(|s| s.speaker == putin));
    assert!(by_putin
        .iter()
        .any(|s| corpus.text(&s.report, &s.content) == "Next time in Moscow."));
    assert_eq!(
        by_putin.len(),
        corpus
            .statements()
            .iter()
            .filter(|s| s.speaker == putin)
            .count()
    );

    let press = EventId::new("press-conference");
    assert!(corpus
        .statements_at(&press)
        .all(|s| s.event.as_ref() == Some(&press)));
    assert!(corpus.statements_at(&press).count() >= 5);

    let summit = ReportId::new("summit");
    let starts: Vec<usize> = corpus
        .statements_in(&summit)
        .map(|s| s.content.start())
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] < w[1]),
        "statements in reading order"
    );
    let total: usize = corpus
        .reports()
        .iter()
        .map(|r| corpus.statements_in(&r.id).count())
        .sum();
    assert_eq!(total, corpus.statements().len());
}

#[test]
fn every_kind_of_statement_is_annotated() {
    let corpus = corpus();
    let has = |kind| corpus.statements().iter().any(|s| s.kind == kind);
    for kind in [
        StatementKind::Direct,
        StatementKind::Partial,
        StatementKind::Reported,
        StatementKind::Written,
    ] {
        assert!(has(kind), "{kind:?}");
    }
    let post = corpus
        .statements()
        .iter()
        .find(|s| s.kind == StatementKind::Written)
        .unwrap();
    assert_eq!(
        corpus.text(&post.report, &post.content),
        "BIG PROGRESS ON RUSSIA. STAY TUNED!"
    );
    assert_eq!(
        corpus.text(&post.report, post.cue.as_ref().unwrap()),
        "wrote"
    );
    assert!(
        !corpus
            .statements()
            .iter()
            .map(|s| corpus.text(&s.report, &s.content))
            .any(|text| text.contains("Also Read") || text.contains("ALSO READ")),
        "navigation links are not statements"
    );
}

#[test]
fn the_timeline_orders_events_by_normalised_date() {
    let corpus = corpus();
    let timeline = corpus.timeline();
    let events = corpus.events();
    let titles: Vec<&str> = timeline
        .dated
        .iter()
        .map(|&i| events[i].id.as_str())
        .collect();
    assert_eq!(titles.first(), Some(&"alaska-purchase"));
    assert_eq!(titles.last(), Some(&"washington-meeting"));
    let summit = corpus.event(&EventId::new("alaska-summit")).unwrap();
    let time = summit.time.as_ref().unwrap();
    assert_eq!(time.value.to_string(), "2025-08-15");
    assert_eq!(time.value.precision(), Precision::Day);
    assert_eq!(corpus.human_time(summit), "Fri 15 Aug 2025");
    let invasion = corpus.event(&EventId::new("invasion-of-ukraine")).unwrap();
    assert_eq!(corpus.human_time(invasion), "Feb 2022");
    let reports = corpus.reports_mentioning(&summit.id);
    assert_eq!(
        reports.len(),
        2,
        "the summit is one event mentioned by both reports"
    );
    let position = |id: &str| titles.iter().position(|t| *t == id).unwrap();
    assert!(
        position("witkoff-confirmation") > position("alaska-summit"),
        "after: follows its event"
    );
    assert!(
        position("trump-pre-summit-boasts") < position("alaska-summit"),
        "before: precedes its event"
    );
}

#[test]
fn compare_splits_events_and_statements_between_the_reports() {
    let corpus = corpus();
    let c = corpus
        .compare(&ReportId::new("summit"), &ReportId::new("aftermath"))
        .unwrap();
    assert!(c.shared_events.contains(&EventId::new("alaska-summit")));
    assert!(c
        .shared_events
        .contains(&EventId::new("invasion-of-ukraine")));
    assert!(c
        .only_left_events
        .contains(&EventId::new("alaska-purchase")));
    assert!(c
        .only_right_events
        .contains(&EventId::new("washington-meeting")));
    let only_right: Vec<&str> = c
        .only_right_statements
        .iter()
        .filter_map(|id| corpus.statement(id))
        .map(|s| corpus.text(&s.report, &s.content))
        .collect();
    assert!(only_right.contains(&"robust security guarantees"));
    let left = corpus.statements_in(&ReportId::new("summit")).count();
    assert_eq!(
        c.only_left_statements.len() + c.shared_statements.len(),
        left
    );
    assert!(corpus
        .compare(&ReportId::new("summit"), &ReportId::new("nope"))
        .is_none());
}
