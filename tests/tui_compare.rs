//! The Compare screen on claims: conflicts shown with both values, the differing words
//! of a reworded pair marked, and the texts still shown after the terminal is resized.

mod common;

use common::{press, render, text};
use crossterm::event::KeyCode;
use parley::corpus::{from_sources, Source};
use parley::model::Relation;
use parley::tui::action::Action;
use parley::tui::App;
use ratatui::style::Modifier;

const BODY: &str = "The harbour festival opened in Porto on Friday.\n\
    Organisers said forty thousand visitors came over three days.\n\
    The mayor called it 'a very good weekend' for the town.\n\
    Tickets sold out within an hour of going on sale.\n";

fn report(name: &str, body: &str) -> Source {
    Source {
        report_file: format!("{name}.txt"),
        report: format!("title: {name}\npublished: 2024-06-02\n\n{body}").into_bytes(),
        annotation: None,
    }
}

/// The festival report and a copy with its weekday and a quoted word changed, and one
/// sentence reworded.
fn app() -> App {
    let doctored = BODY
        .replace("on Friday", "on Saturday")
        .replace("'a very good weekend'", "'a very fine weekend'")
        .replace("within an hour of going", "within an hour after going");
    let loaded = from_sources(vec![report("first", BODY), report("second", &doctored)]);
    App::new(loaded.corpus, 140, 40)
}

#[test]
fn a_conflicting_pair_shows_both_values_and_n_stops_on_each_difference() {
    let mut app = app();
    press(&mut app, KeyCode::Char('c'));
    let relations: Vec<Relation> = app
        .compare
        .as_ref()
        .unwrap()
        .rows
        .iter()
        .map(|r| r.relation)
        .collect();
    assert_eq!(
        relations,
        [
            Relation::Conflicting,
            Relation::Same,
            Relation::Conflicting,
            Relation::Reworded
        ]
    );
    let screen = text(&render(&app, 140, 40));
    assert!(screen.contains("≠ date Friday → Saturday"), "{screen}");
    assert!(
        screen.contains("≠ quote a very good weekend → a very fine weekend"),
        "{screen}"
    );
    // n passes over the pair in the same words.
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.compare.as_ref().unwrap().selected, 2);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.compare.as_ref().unwrap().selected, 3);
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(app.compare.as_ref().unwrap().selected, 2);
}

#[test]
fn the_words_a_reworded_pair_does_not_share_are_marked() {
    let mut app = app();
    press(&mut app, KeyCode::Char('c'));
    let buffer = render(&app, 140, 40);
    let screen = text(&buffer);
    let row = screen
        .lines()
        .position(|l| l.contains("Tickets sold out within an hour of going"))
        .expect("the reworded pair is listed");
    let line = screen.lines().nth(row).unwrap();
    let marked = |word: &str| {
        let column = line.find(word).expect("the word is on the row");
        let x = line[..column].chars().count() as u16;
        let cell = &buffer[(x, row as u16)];
        cell.modifier.contains(Modifier::UNDERLINED)
    };
    assert!(marked("of going"), "{line}");
    assert!(marked("after going"), "{line}");
    assert!(!marked("Tickets"), "{line}");
}

#[test]
fn after_a_resize_both_texts_show_without_a_key() {
    let mut app = App::new(common::bundled(), 82, 24);
    press(&mut app, KeyCode::Char('c'));
    // Tab to the left text, its last line at the top while the terminal is narrow.
    app.update(Action::Resize(82, 24));
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('G'));
    app.update(Action::Resize(160, 45));
    let buffer = render(&app, 160, 45);
    let left = app
        .compare
        .as_ref()
        .unwrap()
        .layout(buffer.area)
        .rect(parley::tui::layout::ComparePart::Left)
        .expect("a left text at this size");
    let inside: String = (left.y + 1..left.y + left.height - 1)
        .flat_map(|y| (left.x + 1..left.x + left.width - 1).map(move |x| (x, y)))
        .map(|(x, y)| buffer[(x, y)].symbol().to_owned())
        .collect();
    assert!(
        inside.chars().any(char::is_alphanumeric),
        "the left text is blank after the resize:\n{}",
        text(&buffer)
    );
}

#[test]
fn a_statement_other_reports_carry_says_so_with_the_first_to_publish_it() {
    let quote =
        "“We will rebuild the harbour wall before the winter storms arrive,” said Mayor Ana Lima.";
    let source = |name: &str, published: &str, body: &str| Source {
        report_file: format!("{name}.txt"),
        report: format!("publisher: {name}\npublished: {published}\n\n{body}").into_bytes(),
        annotation: None,
    };
    let loaded = from_sources(vec![
        source(
            "Courier",
            "2024-03-04",
            &format!("{quote}\nThe council met."),
        ),
        source(
            "Herald",
            "2024-03-05",
            &format!("The storms came.\n{quote}"),
        ),
    ]);
    let app = App::new(loaded.corpus.clone(), 240, 40);
    let screen = text(&render(&app, 240, 40));
    assert!(
        screen.contains("direct · Herald · 5 Mar 2024 · also in 1, first Courier"),
        "{screen}"
    );
    // In a narrow pane, how many others carry it stays whole where the outlets go.
    let app = App::new(loaded.corpus, 60, 24);
    let screen = text(&render(&app, 60, 24));
    assert!(
        screen.contains("said · Herald · 5 Mar 2024 · also in 1 "),
        "{screen}"
    );
    assert!(!screen.contains("first C"), "{screen}");
}

#[test]
fn a_long_conflicting_pair_shows_its_words_to_the_end_and_a_click_picks_a_row_of_any_height() {
    let long = "The regional ferry out of service for most of the spring for repairs to its \
        two old engines in the yard by the river sailed again from the north quay on Tuesday.\n\
        Short line here.\n\
        The harbour master counted twelve boats at anchor.\n";
    let doctored = long.replace("on Tuesday", "on Wednesday");
    let loaded = from_sources(vec![report("first", long), report("second", &doctored)]);
    let mut app = App::new(loaded.corpus, 124, 40);
    press(&mut app, KeyCode::Char('c'));
    let buffer = render(&app, 124, 40);
    let screen = text(&buffer);
    // The whole sentence on both sides, the changed weekday included, then its conflict.
    assert_eq!(
        screen.matches("north quay on Tuesday.").count(),
        2,
        "{screen}"
    );
    assert!(screen.contains("north quay on Wednesday."), "{screen}");
    assert!(screen.contains("≠ date Tuesday → Wednesday"), "{screen}");
    // The short pair takes one line, with no blank line under it.
    let short = screen
        .lines()
        .position(|l| l.contains("= Short line here."))
        .expect("the short pair");
    assert!(
        screen
            .lines()
            .nth(short + 1)
            .unwrap()
            .contains("The harbour master"),
        "{screen}"
    );
    // A click on the last pair's line selects it, whatever the heights above.
    let rows = app
        .compare
        .as_ref()
        .unwrap()
        .layout(buffer.area)
        .rect(parley::tui::layout::ComparePart::Rows)
        .expect("the rows");
    assert!(rows.y < short as u16);
    app.update(Action::Click(rows.x + 4, short as u16 + 1));
    assert_eq!(app.compare.as_ref().unwrap().selected, 2);
}
