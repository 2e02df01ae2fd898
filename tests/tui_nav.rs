//! The browser driven headless, by keys and actions, asserting on its state.

mod common;

use common::{app, ctrl, press, render, two_reports, type_text};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parley::model::rows::{Item, RowSet};
use parley::model::Relation;
use parley::model::StatementId;
use parley::tui::action::{Action, Pane};
use parley::tui::app::{App, Filter, Screen};
use parley::tui::layout::ComparePart;
use ratatui::style::Modifier;

fn statement_index(app: &App, id: &str) -> usize {
    app.corpus.statement_index(&StatementId::new(id)).unwrap()
}

#[test]
fn tab_numbers_and_shift_tab_move_focus() {
    let mut app = app(120, 40);
    assert_eq!(app.focus, Pane::Statements);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Source);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Reports);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.focus, Pane::Source);
    press(&mut app, KeyCode::Char('3'));
    assert_eq!(app.focus, Pane::Speakers);
    press(&mut app, KeyCode::Char('1'));
    assert_eq!(app.focus, Pane::Reports);
}

#[test]
fn selecting_a_speaker_filters_the_statements_and_esc_clears_it() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('j'));
    // Most quoted first: Trump, then Putin.
    let speaker = app.speakers.current().unwrap();
    let putin = app.corpus.speakers()[speaker].id.clone();
    assert_eq!(putin.as_str(), "putin");
    assert_eq!(app.filter, Filter::Speaker(speaker));
    assert_eq!(app.statements.len(), 10);
    assert!(app
        .statements
        .iter()
        .all(|&i| app.corpus.statements()[i].speaker == putin));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.focus, Pane::Statements);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.filter, Filter::All);
    assert_eq!(app.statements.len(), app.corpus.statements().len());
}

#[test]
fn selecting_an_event_filters_to_its_statements_and_moves_the_source() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('2'));
    press(&mut app, KeyCode::Char('G'));
    let last = app.events.len() - 1;
    assert_eq!(app.events.selected, last);
    // The press conference: eleven statements, all made there.
    let conference = app
        .events
        .iter()
        .position(|&e| app.corpus.events()[e].title == "Trump–Putin joint press conference")
        .unwrap();
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('g'));
    assert_eq!(app.events.selected, 0);
    for _ in 0..conference {
        press(&mut app, KeyCode::Down);
    }
    let event = app.events[conference];
    assert_eq!(app.filter, Filter::Event(event));
    assert_eq!(app.statements.len(), 11);
    let id = &app.corpus.events()[event].id;
    assert!(app
        .statements
        .iter()
        .all(|&i| app.corpus.statements()[i].event.as_ref() == Some(id)));
    assert_eq!(app.highlighted, Some(app.statements[0]));
}

#[test]
fn moving_in_the_statements_scrolls_the_source_to_the_statement() {
    let mut app = app(120, 40);
    ctrl(&mut app, 'd');
    ctrl(&mut app, 'd');
    ctrl(&mut app, 'd');
    let selected = app.statements.current().unwrap();
    assert!(app.statements.selected > 0);
    assert_eq!(app.highlighted, Some(selected));
    let quote = app
        .corpus
        .text(
            &app.corpus.statements()[selected].report,
            &app.corpus.statements()[selected].content,
        )
        .to_owned();
    let screen = common::text(&render(&app, 120, 40));
    let first_words: String = quote.chars().take(12).collect();
    assert!(
        screen.contains(&first_words),
        "{first_words:?} on screen:\n{screen}"
    );
}

#[test]
fn enter_in_the_finder_lands_on_the_quote_highlighted_in_its_report() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "next moscow");
    press(&mut app, KeyCode::Enter);
    assert!(app.popup.is_none());
    assert_eq!(app.screen, Screen::Browse);
    assert_eq!(app.focus, Pane::Source);
    let target = statement_index(&app, "summit-27");
    assert_eq!(app.highlighted, Some(target));
    assert_eq!(app.statements.current(), Some(target));
    assert_eq!(
        app.corpus.reports()[app.source.report].id.as_str(),
        "summit"
    );
    // The highlighted cells on screen spell the quote.
    let buffer = render(&app, 120, 40);
    let highlighted: String = buffer
        .content
        .iter()
        .filter(|c| c.modifier.contains(Modifier::REVERSED | Modifier::BOLD))
        .map(|c| c.symbol())
        .collect();
    assert!(
        highlighted.contains("Next time in Moscow."),
        "highlighted: {highlighted:?}"
    );
}

#[test]
fn esc_in_the_finder_returns_to_where_the_user_was() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('j'));
    let before = (app.focus, app.filter, app.statements.selected, app.source);
    ctrl(&mut app, 'p');
    type_text(&mut app, "big progress");
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    assert_eq!(
        (app.focus, app.filter, app.statements.selected, app.source),
        before
    );
}

#[test]
fn typing_q_in_the_finder_types_and_ctrl_c_quits() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "q");
    assert!(!app.quit);
    ctrl(&mut app, 'c');
    assert!(app.quit);
}

#[test]
fn esc_read_together_with_the_next_key_closes_the_finder_then_applies_it() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "deal");
    // What a terminal delivers for Esc and c pressed in quick succession: Alt+c.
    app.key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::ALT));
    assert!(app.popup.is_none());
    assert_eq!(app.screen, Screen::Compare);
}

#[test]
fn compare_jumps_from_difference_to_difference_and_both_sides_follow() {
    let mut app = App::new(two_reports(), 120, 40);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.compare.as_ref().unwrap().set, RowSet::Claims);
    // v: statements (and events) instead of claims.
    press(&mut app, KeyCode::Char('v'));
    let compare = app.compare.as_ref().unwrap();
    assert_eq!(compare.set, RowSet::Statements);
    let c = compare.comparison.as_ref().unwrap();
    assert_eq!(c.shared_statements.len(), 2);
    assert_eq!(c.only_left_statements.len(), 1);
    assert_eq!(c.only_right_statements.len(), 1);
    let kinds: Vec<Relation> = compare.rows.iter().map(|r| r.relation).collect();
    // Zelensky (right only) opens the right report, so he comes before the first pair.
    assert_eq!(
        kinds,
        [
            Relation::OnlyRight,
            Relation::Reworded,
            Relation::Same,
            Relation::OnlyLeft
        ]
    );
    let corpus = std::sync::Arc::clone(&app.corpus);
    let s = |id| {
        Some(Item::Statement(
            corpus.statement_index(&StatementId::new(id)).unwrap(),
        ))
    };
    let rows = &compare.rows;
    assert_eq!(
        (&rows[1].left, &rows[1].right),
        (&s("left-1"), &s("right-3"))
    );
    assert_eq!(
        (&rows[2].left, &rows[2].right),
        (&s("left-2"), &s("right-2"))
    );

    // n stops at differences only: the reworded pair, then Rubio (the same words of
    // Putin's in between are passed over); N goes back.
    press(&mut app, KeyCode::Char('n'));
    let compare = app.compare.as_ref().unwrap();
    assert_eq!(compare.selected, 1);
    assert_eq!(compare.selected_item(true), s("left-1").as_ref());
    assert_eq!(compare.selected_item(false), s("right-3").as_ref());
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.compare.as_ref().unwrap().selected, 3);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        app.compare.as_ref().unwrap().selected,
        3,
        "no difference after"
    );
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.compare.as_ref().unwrap().selected, 1);
    // Both wordings of Trump's statement are on screen together.
    let screen = common::text(&render(&app, 120, 40));
    assert!(screen.contains("“big progress”"), "{screen}");
    assert!(screen.contains("“BIG PROGRESS ON RUSSIA”"), "{screen}");
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.compare.as_ref().unwrap().set, RowSet::All);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Browse);
}

#[test]
fn locked_scrolling_moves_both_sides() {
    let mut app = App::new(common::bundled(), 120, 40);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.compare.as_ref().unwrap().focus, ComparePart::Left);
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('g'));
    press(&mut app, KeyCode::Char('j'));
    let c = app.compare.as_ref().unwrap();
    let right = c.right.scroll;
    assert_eq!(c.left.scroll, 1);
    press(&mut app, KeyCode::Char('L'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    let c = app.compare.as_ref().unwrap();
    assert_eq!((c.left.scroll, c.right.scroll), (3, right + 2));
}

#[test]
fn brackets_choose_a_side_from_the_list_of_reports() {
    let mut app = App::new(common::bundled(), 120, 40);
    press(&mut app, KeyCode::Char('c'));
    let ids = |app: &App| {
        let c = app.compare.as_ref().unwrap().comparison.as_ref().unwrap();
        (c.left.to_string(), c.right.to_string())
    };
    assert_eq!(ids(&app), ("summit".into(), "aftermath".into()));
    // [ opens the list for the left side, on the left's report; Esc closes it.
    press(&mut app, KeyCode::Char('['));
    let chooser = app.compare.as_ref().unwrap().chooser.clone().unwrap();
    assert!(chooser.left);
    assert_eq!(chooser.selected, 0);
    let screen = common::text(&render(&app, 120, 40));
    assert!(screen.contains("The left report"), "{screen}");
    press(&mut app, KeyCode::Esc);
    assert!(app.compare.as_ref().unwrap().chooser.is_none());
    assert_eq!(app.screen, Screen::Compare);
    // Picking the other side's report swaps the sides.
    press(&mut app, KeyCode::Char('['));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(ids(&app), ("aftermath".into(), "summit".into()));
    assert_eq!(app.screen, Screen::Compare);
    // Words typed narrow the list (every one must be in the report's date, id, outlet,
    // author or title); letters are text there, not commands.
    press(&mut app, KeyCode::Char(']'));
    common::type_text(&mut app, "alaska no deal");
    let screen = common::text(&render(&app, 120, 40));
    assert!(screen.contains("1 of 2 for “alaska no deal”"), "{screen}");
    assert!(!screen.contains("2025-08-17  aftermath"), "{screen}");
    assert_eq!(app.screen, Screen::Compare);
    press(&mut app, KeyCode::Enter);
    assert_eq!(ids(&app), ("aftermath".into(), "summit".into()));
    press(&mut app, KeyCode::Char('['));
    common::type_text(&mut app, "zzz");
    let screen = common::text(&render(&app, 120, 40));
    assert!(screen.contains("No report has these words."), "{screen}");
    // Enter with nothing listed picks nothing; Backspace widens the list again.
    press(&mut app, KeyCode::Enter);
    assert!(app.compare.as_ref().unwrap().chooser.is_some());
    for _ in 0..3 {
        press(&mut app, KeyCode::Backspace);
    }
    common::type_text(&mut app, "reach");
    press(&mut app, KeyCode::Enter);
    assert_eq!(ids(&app), ("summit".into(), "aftermath".into()));
}

#[test]
fn a_click_focuses_and_selects_and_the_wheel_scrolls_the_pane_under_it() {
    let mut app = app(120, 40);
    let speakers = app.pane_rect(Pane::Speakers).unwrap();
    // The third speaker row, inside the border.
    app.update(Action::Click(speakers.x + 2, speakers.y + 3));
    assert_eq!(app.focus, Pane::Speakers);
    assert_eq!(app.speakers.selected, 2);
    assert_eq!(app.filter, Filter::Speaker(app.speakers[2]));
    let source = app.pane_rect(Pane::Source).unwrap();
    let before = app.source.scroll;
    app.update(Action::Wheel {
        column: source.x + 5,
        row: source.y + 5,
        down: true,
    });
    assert_eq!(app.focus, Pane::Source);
    assert_eq!(app.source.scroll, before + 3);
}

#[test]
fn help_opens_with_question_mark_and_closes_with_esc() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('?'));
    assert!(app.popup.is_some());
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.focus, Pane::Statements);
    press(&mut app, KeyCode::Esc);
    assert!(app.popup.is_none());
    press(&mut app, KeyCode::F(1));
    assert!(app.popup.is_some());
}

#[test]
fn enter_keeps_the_selected_speaker() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.filter, Filter::Speaker(app.speakers[1]));
    assert_eq!(app.focus, Pane::Statements);
}

#[test]
fn an_event_without_statements_shows_its_mention() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('2'));
    let invasion = app
        .events
        .iter()
        .position(|&e| app.corpus.events()[e].title == "Russian invasion of Ukraine")
        .unwrap();
    for _ in 0..invasion {
        press(&mut app, KeyCode::Char('j'));
    }
    assert!(app.statements.is_empty());
    let mention = app.mention.clone().expect("the mention is highlighted");
    let report = &app.corpus.reports()[app.source.report];
    assert!(report.body[mention].contains("February 2022"));
}

#[test]
fn n_and_shift_n_walk_the_last_search_hits_in_browse() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "progress");
    let hits: Vec<usize> = match &app.popup {
        Some(parley::tui::app::Popup::Finder(state)) => {
            state.hits.iter().map(|h| h.statement).collect()
        }
        _ => panic!("the finder is open"),
    };
    assert!(hits.len() >= 3, "{hits:?}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.highlighted, Some(hits[0]));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.highlighted, Some(hits[1]));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.highlighted, Some(hits[1]));
}

#[test]
fn help_scrolls_no_further_than_its_end() {
    let mut app = app(80, 24);
    press(&mut app, KeyCode::Char('?'));
    for _ in 0..500 {
        press(&mut app, KeyCode::Char('j'));
    }
    press(&mut app, KeyCode::Char('k'));
    let Some(parley::tui::app::Popup::Help { scroll }) = app.popup else {
        panic!("help is open");
    };
    let max = parley::tui::views::help::max_scroll(&app.keymap, app.area);
    assert!(max > 0);
    assert_eq!(scroll, max - 1);
}

#[test]
fn enter_on_a_compare_row_shows_it_in_its_source_and_esc_comes_back() {
    let mut app = App::new(two_reports(), 120, 40);
    press(&mut app, KeyCode::Char('c'));
    press(&mut app, KeyCode::Char('v'));
    // Row 0 is Zelensky's, only in the right report.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Browse);
    assert_eq!(app.focus, Pane::Source);
    assert_eq!(app.highlighted, Some(statement_index(&app, "right-1")));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Compare);
    assert_eq!(app.compare.as_ref().unwrap().set, RowSet::Statements);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.highlighted, Some(statement_index(&app, "left-1")));
    // A claim: the source shows its report with the claim marked.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('v'));
    press(&mut app, KeyCode::Char('v'));
    assert_eq!(app.compare.as_ref().unwrap().set, RowSet::Claims);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Browse);
    let compare = app.compare.as_ref().unwrap();
    let claim = &compare.comparison.as_ref().unwrap().claims[0];
    let side = claim.left.as_ref().or(claim.right.as_ref()).unwrap();
    assert_eq!(app.mention, Some(side.range()));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Compare);
}

#[test]
fn compare_with_one_report_says_it_needs_two() {
    let loaded = parley::corpus::from_sources(vec![common::source(
        "only",
        "Only report",
        "Nobody said anything.\n",
        "{}",
    )]);
    let mut app = App::new(loaded.corpus, 80, 24);
    press(&mut app, KeyCode::Char('c'));
    for key in ['n', 'N', '[', ']', 'L', 'j'] {
        press(&mut app, KeyCode::Char(key));
    }
    press(&mut app, KeyCode::Enter);
    let screen = common::text(&render(&app, 80, 24));
    assert!(
        screen.contains("Compare needs two different reports"),
        "{screen}"
    );
}

#[test]
fn a_click_on_a_statement_in_the_source_selects_it() {
    let mut app = app(120, 40);
    let source = app.pane_rect(Pane::Source).unwrap();
    let screen = common::text(&render(&app, 120, 40));
    // Moscow's 'legitimate concerns', as drawn in the source pane.
    let in_source = |line: &str| -> String { line.chars().skip(usize::from(source.x)).collect() };
    let (y, line) = screen
        .lines()
        .enumerate()
        .map(|(y, l)| (y, in_source(l)))
        .find(|(_, l)| l.contains("legitimate"))
        .expect("the quote is in the source pane");
    let before = line.split("legitimate").next().unwrap().chars().count();
    let x = usize::from(source.x) + before + 3;
    app.update(Action::Click(x as u16, y as u16));
    assert_eq!(app.focus, Pane::Source);
    let quote = statement_index(&app, "summit-07");
    assert_eq!(app.highlighted, Some(quote));
    assert_eq!(app.statements.current(), Some(quote));
}
