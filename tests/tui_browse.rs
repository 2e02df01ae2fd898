//! The browser for a real corpus, driven headless: the reports pane, sorting and
//! filtering the lists, the statements' kinds, the timeline's dates, one report in
//! every pane, searching the source, the problems, and the finder's count and history.

mod common;

use common::{app, ctrl, press, render, text, type_text};
use crossterm::event::KeyCode;
use parley::corpus::{self, Problem, Source};
use parley::model::{ReportId, StatementKind};
use parley::tui::action::{Action, Pane};
use parley::tui::app::{App, Filter, Popup, Screen};

fn report_index(app: &App, id: &str) -> usize {
    app.corpus.report_index(&ReportId::new(id)).unwrap()
}

fn shown_reports(app: &App) -> Vec<String> {
    app.reports
        .iter()
        .map(|&r| app.corpus.reports()[r].id.to_string())
        .collect()
}

#[test]
fn the_reports_pane_narrows_the_statements_and_enter_reads_the_report() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(app.focus, Pane::Reports);
    assert_eq!(shown_reports(&app), ["summit", "aftermath"]);
    press(&mut app, KeyCode::Char('j'));
    let aftermath = report_index(&app, "aftermath");
    assert_eq!(app.filter, Filter::Report(aftermath));
    assert!(!app.statements.is_empty());
    assert!(app
        .statements
        .iter()
        .all(|&s| app.corpus.statements()[s].report.as_str() == "aftermath"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Source);
    assert_eq!((app.source.report, app.source.scroll), (aftermath, 0));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("5 Source: Donald Trump Claims ‘Big Progress’"),
        "{screen}"
    );
}

#[test]
fn reports_sort_by_date_either_way_by_outlet_and_by_title() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(shown_reports(&app), ["aftermath", "summit"]);
    let screen = text(&render(&app, 120, 40));
    assert!(screen.contains("1 Reports (2 · newest first)"), "{screen}");
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Char('s'));
    // "Donald Trump Claims…" before "Trump and Putin hold…".
    assert_eq!(shown_reports(&app), ["aftermath", "summit"]);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(shown_reports(&app), ["summit", "aftermath"]);
}

#[test]
fn typing_a_filter_narrows_a_list_enter_keeps_it_and_esc_clears_it() {
    let mut app = app(200, 50);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('f'));
    assert!(app.prompt.is_some());
    type_text(&mut app, "big progr");
    assert_eq!(shown_reports(&app), ["aftermath"]);
    // The selection followed: the statements are the aftermath's.
    assert_eq!(app.filter, Filter::Report(report_index(&app, "aftermath")));
    let screen = text(&render(&app, 200, 50));
    assert!(screen.contains("filter: big progr"), "{screen}");
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt.is_none());
    assert_eq!(app.reports.query, "big progr");
    let screen = text(&render(&app, 200, 50));
    assert!(
        screen.contains("1 Reports (1 of 2 · by date · “big progr”)"),
        "{screen}"
    );
    // j and k move again once the filter is kept.
    press(&mut app, KeyCode::Char('k'));
    assert_eq!(app.focus, Pane::Reports);
    press(&mut app, KeyCode::Esc);
    assert_eq!(shown_reports(&app), ["summit", "aftermath"]);
    // Esc while typing puts back what was there before.
    press(&mut app, KeyCode::Char('f'));
    type_text(&mut app, "zzz");
    assert!(app.reports.is_empty());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.reports.len(), 2);
    assert_eq!(app.reports.query, "");
}

#[test]
fn brackets_put_the_report_read_on_either_side_of_compare() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('1'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('['));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("Compare's left: Donald Trump Claims"),
        "{screen}"
    );
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Compare);
    let sides = |app: &App| {
        let c = app.compare.as_ref().unwrap().comparison.as_ref().unwrap();
        (c.left.to_string(), c.right.to_string())
    };
    assert_eq!(sides(&app), ("aftermath".into(), "summit".into()));
    press(&mut app, KeyCode::Esc);
    // The same report on the right swaps the sides.
    press(&mut app, KeyCode::Char(']'));
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(sides(&app), ("summit".into(), "aftermath".into()));
}

#[test]
fn t_steps_through_the_kinds_of_statement() {
    let mut app = app(120, 40);
    let all = app.statements.len();
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.kind, Some(StatementKind::Direct));
    let direct = app.statements.len();
    assert!(direct > 0 && direct < all);
    assert!(app
        .statements
        .iter()
        .all(|&s| app.corpus.statements()[s].kind == StatementKind::Direct));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains(&format!("4 Statements ({direct} of {all} · direct)")),
        "{screen}"
    );
    for kind in [
        StatementKind::Partial,
        StatementKind::Reported,
        StatementKind::Written,
    ] {
        press(&mut app, KeyCode::Char('t'));
        assert_eq!(app.kind, Some(kind));
        assert!(app
            .statements
            .iter()
            .all(|&s| app.corpus.statements()[s].kind == kind));
    }
    press(&mut app, KeyCode::Char('t'));
    assert_eq!((app.kind, app.statements.len()), (None, all));
    // Esc in the statements pane clears the kind first.
    press(&mut app, KeyCode::Char('t'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.kind, None);
}

#[test]
fn speakers_sort_by_name_filter_by_alias_and_show_their_role() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('3'));
    let names = |app: &App| -> Vec<String> {
        app.speakers
            .iter()
            .map(|&p| app.corpus.speakers()[p].name.clone())
            .collect()
    };
    assert_eq!(names(&app)[..2], ["Donald Trump", "Vladimir Putin"]);
    // Zelensky has no statement: last.
    assert_eq!(names(&app).last().unwrap(), "Volodymyr Zelensky");
    press(&mut app, KeyCode::Char('s'));
    let by_name = names(&app);
    let mut sorted = by_name.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(by_name, sorted);
    press(&mut app, KeyCode::Char('f'));
    type_text(&mut app, "russian leader");
    assert_eq!(names(&app), ["Vladimir Putin"]);
    let putin = app.speakers[0];
    assert_eq!(app.filter, Filter::Speaker(putin));
    press(&mut app, KeyCode::Enter);
    let screen = text(&render(&app, 120, 40));
    assert!(screen.contains("President of Russia"), "{screen}");
}

#[test]
fn the_timeline_narrows_to_dates_and_says_what_it_cannot_read() {
    let mut app = app(200, 50);
    press(&mut app, KeyCode::Char('2'));
    let all = app.events.len();
    press(&mut app, KeyCode::Char('d'));
    type_text(&mut app, "2025-08-15");
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt.is_none());
    let kept = app.events.len();
    assert!(kept > 0 && kept < all, "{kept} of {all}");
    for &e in app.events.iter() {
        let (first, last) = app.corpus.event_days(&app.corpus.events()[e]).unwrap();
        let day = chrono::NaiveDate::from_ymd_opt(2025, 8, 15).unwrap();
        assert!(first <= day && day <= last);
    }
    let screen = text(&render(&app, 200, 50));
    assert!(
        screen.contains(&format!("2 Timeline ({kept} of {all} · 2025-08-15)")),
        "{screen}"
    );
    // Dates that do not read keep the prompt open, saying why.
    press(&mut app, KeyCode::Char('d'));
    ctrl(&mut app, 'u');
    type_text(&mut app, "August");
    press(&mut app, KeyCode::Enter);
    assert!(app.prompt.is_some());
    let screen = text(&render(&app, 200, 50));
    assert!(screen.contains("cannot read"), "{screen}");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.events.len(), kept);
    // Esc in the timeline clears the dates.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.events.len(), all);
}

#[test]
fn r_narrows_every_pane_to_the_report_read_and_again_lets_go() {
    let mut app = app(200, 50);
    let summit = report_index(&app, "summit");
    assert_eq!(app.source.report, summit);
    let (events, speakers, statements) =
        (app.events.len(), app.speakers.len(), app.statements.len());
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.scope, Some(summit));
    assert!(app.statements.len() < statements);
    assert!(app
        .statements
        .iter()
        .all(|&s| app.corpus.statements()[s].report.as_str() == "summit"));
    assert!(app.events.len() < events);
    assert!(app.events.iter().all(|&e| {
        let id = &app.corpus.events()[e].id;
        app.corpus
            .reports_mentioning(id)
            .iter()
            .any(|r| r.as_str() == "summit")
    }));
    assert!(app.speakers.len() < speakers);
    assert!(app.speakers.iter().all(|&p| app.speaker_counts[p] > 0));
    let screen = text(&render(&app, 200, 50));
    assert!(screen.contains("in summit 16 Aug 2025"), "{screen}");
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.scope, None);
    assert_eq!(
        (app.events.len(), app.speakers.len(), app.statements.len()),
        (events, speakers, statements)
    );
}

#[test]
fn slash_in_the_source_searches_its_text_and_n_walks_the_hits() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('/'));
    assert!(app.popup.is_none(), "not the quote finder");
    type_text(&mut app, "putin");
    press(&mut app, KeyCode::Enter);
    let body = app.corpus.reports()[app.source.report].body.clone();
    let first = app.search.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&body[first.clone()], "Putin");
    press(&mut app, KeyCode::Char('n'));
    let second = app.search.as_ref().unwrap().current.clone().unwrap();
    assert!(second.start > first.start);
    assert_eq!(&body[second.clone()], "Putin");
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.search.as_ref().unwrap().current, Some(first.clone()));
    // Backwards from the first hit goes round to the last.
    press(&mut app, KeyCode::Char('N'));
    let last = app.search.as_ref().unwrap().current.clone().unwrap();
    assert!(last.start > second.start);
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("search went round to the bottom"),
        "{screen}"
    );
    // The hit is on screen, marked.
    let buffer = render(&app, 120, 40);
    let source = app.pane_rect(Pane::Source).unwrap();
    let mut marked = String::new();
    for y in source.y..source.y + source.height {
        for x in source.x..source.x + source.width {
            let cell = &buffer[(x, y)];
            if cell.bg == ratatui::style::Color::LightRed {
                marked.push_str(cell.symbol());
            }
        }
    }
    assert_eq!(marked, "Putin");
    // A new search starts empty: what is typed is the new query.
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "moscow");
    press(&mut app, KeyCode::Enter);
    let hit = app.search.as_ref().unwrap().current.clone().unwrap();
    assert_eq!(&body[hit.clone()], "Moscow");
    // Enter on an empty line searches for it again, from the text shown.
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Enter);
    let search = app.search.as_ref().unwrap();
    assert_eq!(search.query, "moscow");
    assert!(search.current.is_some());
    // Esc in the source clears the search.
    press(&mut app, KeyCode::Esc);
    assert!(app.search.is_none());
}

#[test]
fn esc_read_together_with_a_key_goes_back_then_applies_the_key() {
    use crossterm::event::{KeyEvent, KeyModifiers};
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Compare);
    // What a terminal delivers for Esc and 1 pressed in quick succession: Alt+1.
    app.key(KeyEvent::new(KeyCode::Char('1'), KeyModifiers::ALT));
    assert_eq!((app.screen, app.focus), (Screen::Browse, Pane::Reports));
}

#[test]
fn capital_g_in_the_source_puts_the_last_line_at_the_bottom() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('G'));
    let screen = text(&render(&app, 120, 40));
    let source = app.pane_rect(Pane::Source).unwrap();
    let rows: Vec<String> = screen
        .lines()
        .skip(usize::from(source.y) + 1)
        .take(usize::from(source.height) - 2)
        .map(|l| l.chars().skip(usize::from(source.x) + 1).collect())
        .collect();
    let body = &app.corpus.reports()[app.source.report].body;
    let last_words: String = body
        .trim_end()
        .chars()
        .rev()
        .take(12)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(rows.last().unwrap().contains(&last_words), "{rows:#?}");
    // No screen of blank rows below the end.
    let blank_at_end = rows
        .iter()
        .rev()
        .take_while(|r| r.trim_end_matches('│').trim().is_empty())
        .count();
    assert_eq!(blank_at_end, 0, "{rows:#?}");
}

fn problems() -> Vec<Problem> {
    vec![
        Problem::error("folder/broken.txt", "not valid UTF-8").at_line(3),
        Problem::warning(
            "folder/a.txt (ingested)",
            "\"on Friday\" left unresolved: no publication date",
        ),
    ]
}

#[test]
fn the_status_line_counts_the_problems_and_the_popup_lists_them() {
    let mut app = app(120, 40);
    app.set_problems(problems(), true);
    assert_eq!(app.news, problems());
    let screen = text(&render(&app, 120, 40));
    let status = screen.lines().last().unwrap();
    assert!(status.trim_end().ends_with("! 2 problems"), "{status}");
    press(&mut app, KeyCode::Char('!'));
    assert!(matches!(app.popup, Some(Popup::Problems { .. })));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("folder/broken.txt:3: error: not valid UTF-8"),
        "{screen}"
    );
    assert!(
        screen.contains("1 error (what they name was left out), 1 warning"),
        "{screen}"
    );
    // Seen: no longer news to print after quitting.
    assert!(app.news.is_empty());
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    // A click on the count opens the popup too.
    app.update(Action::Click(118, 39));
    assert!(matches!(app.popup, Some(Popup::Problems { .. })));
}

#[test]
fn problems_kept_with_a_cache_are_not_news() {
    let mut app = app(120, 40);
    app.set_problems(problems(), false);
    assert!(app.news.is_empty());
    // A reload that finds one more: only that one is news.
    let mut more = problems();
    let added = Problem::warning("folder/new.txt (ingested)", "a date left unresolved");
    more.push(added.clone());
    app.set_problems(more, true);
    assert_eq!(app.news, [added]);
    app.set_problems(Vec::new(), true);
    assert!(app.news.is_empty());
}

/// A report of `n` quotes, each its own statement once ingested.
fn many_quotes(n: usize) -> App {
    let body: String = (0..n)
        .map(|i| format!("\"Every word counts, number {i},\" Anna Berg said.\n\n"))
        .collect();
    let loaded = corpus::from_sources(vec![Source {
        report_file: "many.txt".into(),
        report: format!("title: Many\npublished: 2024-03-05\n\n{body}").into_bytes(),
        annotation: None,
    }]);
    assert_eq!(loaded.corpus.statements().len(), n, "{:?}", loaded.problems);
    App::new(loaded.corpus, 120, 40)
}

#[test]
fn the_finder_counts_every_match_and_says_only_the_best_are_listed() {
    let mut app = many_quotes(620);
    press(&mut app, KeyCode::Char('/'));
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("all 620 statements, the first 500 listed"),
        "{screen}"
    );
    type_text(&mut app, "word");
    let screen = text(&render(&app, 120, 40));
    assert!(
        screen.contains("620 of 620 match, the best 500 listed"),
        "{screen}"
    );
    type_text(&mut app, " 61");
    let screen = text(&render(&app, 120, 40));
    assert!(!screen.contains("listed"), "{screen}");
}

#[test]
fn the_finder_says_when_no_match_holds_the_words_as_typed() {
    let title = |query: &str| {
        let mut app = many_quotes(3);
        press(&mut app, KeyCode::Char('/'));
        type_text(&mut app, query);
        let screen = text(&render(&app, 120, 40));
        let title = screen
            .lines()
            .find(|l| l.contains("Find a quote"))
            .unwrap_or_default();
        title.to_owned()
    };
    // Near matches only: the count says none holds the words.
    let near = title("evry wrd");
    assert!(near.contains("none word for word, 3 of 3 match"), "{near}");
    // Where the popup is narrow, the count stays and the name of the popup goes.
    let mut app = many_quotes(3);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "evry wrd");
    let screen = text(&render(&app, 44, 20));
    assert!(
        screen.contains("none word for word, 3 of 3 match"),
        "{screen}"
    );
    assert!(!screen.contains("Find a quote"), "{screen}");
    // The words as they stand in a quote, in any case and spacing, or the speaker.
    // Straight or curly, a mark is the one the report wrote.
    for query in ["word counts", "EVERY  Word", "anna berg", "", "“every word"] {
        let found = title(query);
        assert!(found.contains("Find a quote"), "{query}: {found}");
        assert!(!found.contains("word for word"), "{query}: {found}");
    }
}

#[test]
fn the_finder_query_edits_like_a_shell_and_up_recalls_earlier_searches() {
    let mut app = app(120, 40);
    let query = |app: &App| match &app.popup {
        Some(Popup::Finder(state)) => state.query.text().to_owned(),
        _ => panic!("the finder is open"),
    };
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "next moscow");
    ctrl(&mut app, 'w');
    assert_eq!(query(&app), "next ");
    press(&mut app, KeyCode::Left);
    press(&mut app, KeyCode::Left);
    type_text(&mut app, "X");
    assert_eq!(query(&app), "nexXt ");
    ctrl(&mut app, 'u');
    assert_eq!(query(&app), "t ");
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Backspace);
    type_text(&mut app, " time");
    press(&mut app, KeyCode::Enter);
    // The quote is shown in the source pane, where / searches the text: Ctrl-p finds.
    assert_eq!(app.focus, Pane::Source);
    ctrl(&mut app, 'p');
    type_text(&mut app, "big progress");
    press(&mut app, KeyCode::Esc);
    // An empty query: Up recalls the newest, again the one before, Down comes back.
    ctrl(&mut app, 'p');
    press(&mut app, KeyCode::Up);
    assert_eq!(query(&app), "big progress");
    press(&mut app, KeyCode::Up);
    assert_eq!(query(&app), "t time");
    press(&mut app, KeyCode::Up);
    assert_eq!(query(&app), "t time", "nothing older");
    press(&mut app, KeyCode::Down);
    assert_eq!(query(&app), "big progress");
    press(&mut app, KeyCode::Down);
    assert_eq!(query(&app), "");
    // Once the line is touched, Down moves in the results.
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Down);
    match &app.popup {
        Some(Popup::Finder(state)) => {
            assert_eq!((state.query.text(), state.selected), ("big progress", 1));
        }
        _ => panic!("the finder is open"),
    }
}

#[test]
fn a_terminal_too_small_names_the_size_it_needs() {
    let app = app(39, 12);
    let screen = text(&render(&app, 39, 12));
    assert!(screen.contains("(39x12)"), "{screen}");
    assert!(screen.contains("40x10"), "{screen}");
}

#[test]
fn a_resize_keeps_the_source_on_the_same_text() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('5'));
    for _ in 0..10 {
        press(&mut app, KeyCode::Char('j'));
    }
    let rect = app.pane_rect(Pane::Source);
    let first = app.source.first_offset(&app.corpus, rect);
    app.update(Action::Resize(160, 45));
    let rect = app.pane_rect(Pane::Source);
    let after = app.source.first_offset(&app.corpus, rect);
    let body = &app.corpus.reports()[app.source.report].body;
    // The line shown first holds the character that was shown first.
    assert!(
        after <= first && !body[after..first].contains('\n'),
        "{after} {first}"
    );
}

/// Every key of Browse on a corpus with nothing in it, and on one report with no
/// statement: messages, never a panic.
#[test]
fn every_key_on_an_empty_corpus_is_harmless() {
    let one = corpus::from_sources(vec![Source {
        report_file: "quiet.txt".into(),
        report: b"title: Quiet\n\nNothing was said.\n".to_vec(),
        annotation: None,
    }]);
    for corpus in [parley::model::Corpus::default(), one.corpus] {
        let mut app = App::new(corpus, 80, 24);
        for key in "12345jkGsftdr[]n!N".chars() {
            for pane in ['1', '2', '3', '4', '5'] {
                press(&mut app, KeyCode::Char(pane));
                press(&mut app, KeyCode::Char(key));
                type_text(&mut app, "x");
                press(&mut app, KeyCode::Enter);
                press(&mut app, KeyCode::Esc);
                press(&mut app, KeyCode::Esc);
                render(&app, 80, 24);
            }
        }
        app.update(Action::Resize(120, 40));
        render(&app, 120, 40);
    }
}

#[test]
fn the_finder_shows_a_split_quotation_without_its_attribution() {
    let body = "\"We will not move,\" Tomas Brandt said, pointing at the pier. \"Not an inch.\"\n";
    let loaded = corpus::from_sources(vec![Source {
        report_file: "pier.txt".into(),
        report: format!("title: Pier\npublished: 2024-03-05\n\n{body}").into_bytes(),
        annotation: None,
    }]);
    let mut app = App::new(loaded.corpus, 120, 30);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "not an inch");
    let screen = text(&render(&app, 120, 30));
    let hit = screen
        .lines()
        .find(|l| l.contains("We will not move"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(
        hit.contains("\"We will not move,\" … \"Not an inch.\""),
        "{screen}"
    );
    assert!(!hit.contains("pointing"), "{screen}");
}

/// Two ingested reports, each with a company of its own that no name tells apart.
fn two_companies() -> App {
    let report = |name: &str, publisher: &str, body: &str| Source {
        report_file: format!("{name}.txt"),
        report: format!("title: {name}\npublisher: {publisher}\npublished: 2016-03-04\n\n{body}")
            .into_bytes(),
        annotation: None,
    };
    let loaded = corpus::from_sources(vec![
        report(
            "acme",
            "Daily Bugle",
            "Acme Corp. cut 300 jobs on Monday. The company said the cuts were \"painful but needed.\"\n",
        ),
        report(
            "zenith",
            "Evening Star",
            "Zenith Inc. recalled its heaters. The company said \"no one was hurt.\"\n",
        ),
    ]);
    assert!(loaded.errors().next().is_none(), "{:?}", loaded.problems);
    App::new(loaded.corpus, 100, 30)
}

#[test]
fn a_speaker_each_report_has_its_own_says_whose_in_its_row() {
    let mut app = two_companies();
    press(&mut app, KeyCode::Char('3'));
    let companies = app
        .speakers
        .iter()
        .filter(|&&p| {
            app.corpus.speakers()[p]
                .name
                .eq_ignore_ascii_case("the company")
        })
        .count();
    assert_eq!(companies, 2, "one company a report");
    let screen = text(&render(&app, 100, 30));
    assert!(
        screen.contains("The company (1) · Daily Bugle · "),
        "{screen}"
    );
    assert!(
        screen.contains("The company (1) · Evening Star · "),
        "{screen}"
    );
}
