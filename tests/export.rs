//! `parley export` in each format, parsed back with a reader of that format: CSV with
//! the csv crate, Markdown with pulldown-cmark, JSON-LD and TimelineJS with serde
//! against their fields. A corpus written for these tests carries the characters each
//! format must escape.

use serde::Deserialize;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn parley(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .output()
        .expect("the parley binary runs")
}

fn export(args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let output = parley(&all);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8")
}

/// A quote with every character a table, a spreadsheet or HTML would act on.
const AWKWARD: &str = "a | b, \"c\" *d* <script>x</script> & [e](f)\nline two";

/// A folder with one report quoting [`AWKWARD`], dated events at year, month and day
/// precision, and one known only as "before" another.
fn awkward_corpus() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let body = format!(
        "The minister said \u{201c}{AWKWARD}\u{201d} at the launch. The treaty of 1867 \
         and the war of February 2022 came up.\n"
    );
    let header = "title: Launch <day> & night\npublisher: Daily Bugle, Inc.\n\
                  author: A. Writer\npublished: 2025-08-16 14:30\n\
                  url: https://example.org/a?x=1&y=2\n\n";
    fs::write(dir.path().join("launch.txt"), format!("{header}{body}")).unwrap();
    let at = |text: &str| {
        let start = body.find(text).unwrap();
        format!(
            r#"{{"start": {start}, "end": {}, "text": {}}}"#,
            start + text.len(),
            serde_json::to_string(text).unwrap()
        )
    };
    let annotation = format!(
        r#"{{
  "speakers": [{{"id": "minister", "name": "The Minister", "kind": "person", "role": "Minister"}},
               {{"id": "ministry", "name": "The Ministry", "kind": "institution"}}],
  "events": [
    {{"id": "launch", "title": "The <b>launch</b>", "time": {{"value": "2025-08-15"}}, "mentions": [{}]}},
    {{"id": "treaty", "title": "Treaty", "time": {{"value": "1867"}}, "mentions": [{}]}},
    {{"id": "war", "title": "War", "time": {{"value": "2022-02"}}, "mentions": [{}]}},
    {{"id": "talks", "title": "Talks", "time": {{"value": "2025-08-10/2025-08-12"}}, "mentions": [{}]}},
    {{"id": "before", "title": "Earlier", "time": {{"value": "before:launch"}}, "mentions": [{}]}}
  ],
  "statements": [
    {{"id": "s1", "speaker": "minister", "kind": "direct", "content": {}, "event": "launch"}},
    {{"id": "s2", "speaker": "ministry", "kind": "reported", "content": {}}}
  ]
}}"#,
        at("at the launch"),
        at("1867"),
        at("February 2022"),
        at("came up"),
        at("The treaty"),
        at(AWKWARD),
        at("the war of February 2022 came up"),
    );
    fs::write(dir.path().join("launch.json"), annotation).unwrap();
    dir
}

fn corpus_arg(dir: &Path) -> String {
    dir.to_str().unwrap().to_owned()
}

#[test]
fn csv_reads_back_with_a_csv_reader_field_for_field() {
    let dir = awkward_corpus();
    let text = export(&["-f", "csv", "--corpus", &corpus_arg(dir.path())]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(
        headers,
        [
            "id",
            "speaker_name",
            "speaker",
            "kind",
            "text",
            "report",
            "report_title",
            "outlet",
            "date",
            "time",
            "url",
            "event"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    let first = &rows[0];
    assert_eq!(&first[0], "s1");
    assert_eq!(&first[1], "The Minister");
    assert_eq!(&first[3], "direct");
    assert_eq!(
        &first[4], AWKWARD,
        "the quote survives commas, quotes and newlines"
    );
    assert_eq!(&first[6], "Launch <day> & night");
    assert_eq!(&first[7], "Daily Bugle, Inc.");
    assert_eq!(&first[8], "2025-08-16");
    assert_eq!(&first[9], "14:30");
    assert_eq!(&first[10], "https://example.org/a?x=1&y=2");
    assert_eq!(&first[11], "launch");
    assert_eq!(&rows[1][2], "ministry");

    // The same rows `statements --json` gives, filtered the same way.
    let only = export(&[
        "-f",
        "csv",
        "--speaker",
        "ministry",
        "--corpus",
        &corpus_arg(dir.path()),
    ]);
    let mut reader = csv::Reader::from_reader(only.as_bytes());
    let ids: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_owned()).collect();
    assert_eq!(ids, ["s2"]);
}

/// The cells of every table row in a Markdown document, as text.
fn markdown_rows(markdown: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.extend(cell.take()),
            Event::End(TagEnd::TableRow | TagEnd::TableHead) => rows.push(std::mem::take(&mut row)),
            Event::Text(text) | Event::Code(text) => {
                if let Some(cell) = &mut cell {
                    cell.push_str(&text);
                }
            }
            Event::Start(tag) if cell.is_some() => panic!("markup inside a cell: {tag:?}"),
            Event::Html(html) | Event::InlineHtml(html) => panic!("raw HTML: {html}"),
            _ => {}
        }
    }
    rows
}

#[test]
fn markdown_is_one_table_whose_cells_read_back_as_the_text() {
    let dir = awkward_corpus();
    let text = export(&["--format", "markdown", "--corpus", &corpus_arg(dir.path())]);
    let rows = markdown_rows(&text);
    assert_eq!(rows.len(), 3, "{text}");
    assert_eq!(
        rows[0],
        [
            "ID",
            "Statement",
            "Speaker",
            "Kind",
            "Report",
            "Outlet",
            "Date",
            "URL"
        ]
    );
    assert_eq!(rows[1][0], "s1");
    assert_eq!(
        rows[1][1],
        AWKWARD.replace('\n', " "),
        "no emphasis, link or HTML"
    );
    assert_eq!(rows[1][2], "The Minister");
    assert_eq!(rows[1][4], "Launch <day> & night");
    assert_eq!(rows[1][5], "Daily Bugle, Inc.");
    assert_eq!(rows[1][7], "https://example.org/a?x=1&y=2");
}

#[derive(Deserialize)]
struct Graph {
    #[serde(rename = "@context")]
    context: String,
    #[serde(rename = "@graph")]
    graph: Vec<Quotation>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Quotation {
    #[serde(rename = "@type")]
    kind: String,
    identifier: String,
    text: String,
    spoken_by_character: Thing,
    is_part_of: Article,
    date_published: Option<String>,
    about: Option<Thing>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Thing {
    #[serde(rename = "@type")]
    kind: String,
    name: String,
    identifier: Option<String>,
    #[serde(default)]
    alternate_name: Vec<String>,
    job_title: Option<String>,
    start_date: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Article {
    #[serde(rename = "@type")]
    kind: String,
    identifier: String,
    headline: String,
    url: Option<String>,
    date_published: Option<String>,
    publisher: Option<Thing>,
    author: Option<Thing>,
}

#[test]
fn jsonld_holds_schema_org_quotations_part_of_news_articles() {
    let dir = awkward_corpus();
    let text = export(&["-f", "jsonld", "--corpus", &corpus_arg(dir.path())]);
    let graph: Graph = serde_json::from_str(&text).expect("JSON-LD of the expected shape");
    assert_eq!(graph.context, "https://schema.org");
    assert_eq!(graph.graph.len(), 2);
    let q = &graph.graph[0];
    assert_eq!(q.kind, "Quotation");
    assert_eq!(q.identifier, "s1");
    assert_eq!(q.text, AWKWARD);
    assert_eq!(q.spoken_by_character.kind, "Person");
    assert_eq!(q.spoken_by_character.name, "The Minister");
    assert_eq!(q.spoken_by_character.job_title.as_deref(), Some("Minister"));
    assert_eq!(q.date_published.as_deref(), Some("2025-08-16T14:30:00"));
    let article = &q.is_part_of;
    assert_eq!(article.kind, "NewsArticle");
    assert_eq!(article.identifier, "launch");
    assert_eq!(article.headline, "Launch <day> & night");
    assert_eq!(
        article.url.as_deref(),
        Some("https://example.org/a?x=1&y=2")
    );
    assert_eq!(article.date_published, q.date_published);
    let publisher = article.publisher.as_ref().unwrap();
    assert_eq!(
        (publisher.kind.as_str(), publisher.name.as_str()),
        ("Organization", "Daily Bugle, Inc.")
    );
    assert_eq!(article.author.as_ref().unwrap().name, "A. Writer");
    let about = q.about.as_ref().unwrap();
    assert_eq!(about.kind, "Event");
    assert_eq!(about.identifier.as_deref(), Some("launch"));
    assert_eq!(about.start_date.as_deref(), Some("2025-08-15"));
    assert_eq!(graph.graph[1].spoken_by_character.kind, "Organization");

    // The bundled corpus: every statement, aliases as alternate names.
    let bundled: Graph =
        serde_json::from_str(&export(&["-f", "jsonld", "--speaker", "Putin"])).unwrap();
    assert!(bundled.graph.len() >= 5);
    assert!(bundled
        .graph
        .iter()
        .all(|q| q.spoken_by_character.name == "Vladimir Putin"));
    assert!(bundled.graph[0]
        .spoken_by_character
        .alternate_name
        .iter()
        .any(|a| a == "Putin"));
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TimelineJs {
    title: TitleSlide,
    events: Vec<Slide>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TitleSlide {
    text: SlideText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Slide {
    start_date: SlideDate,
    end_date: Option<SlideDate>,
    text: SlideText,
    unique_id: String,
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct SlideDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlideText {
    headline: String,
    text: String,
}

fn date(year: i32, month: Option<u32>, day: Option<u32>) -> SlideDate {
    SlideDate { year, month, day }
}

#[test]
fn timelinejs_keeps_each_date_at_its_precision_and_escapes_html() {
    let dir = awkward_corpus();
    let output = parley(&[
        "export",
        "-f",
        "timelinejs",
        "--corpus",
        &corpus_arg(dir.path()),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("1 events with no date on the calendar"),
        "{stderr}"
    );
    let timeline: TimelineJs = serde_json::from_slice(&output.stdout).expect("TimelineJS3 JSON");
    assert!(timeline
        .title
        .text
        .text
        .contains("Launch &lt;day&gt; &amp; night"));
    let by_id = |id: &str| timeline.events.iter().find(|e| e.unique_id == id).unwrap();
    assert_eq!(by_id("treaty").start_date, date(1867, None, None));
    assert_eq!(by_id("war").start_date, date(2022, Some(2), None));
    assert_eq!(by_id("launch").start_date, date(2025, Some(8), Some(15)));
    let talks = by_id("talks");
    assert_eq!(talks.start_date, date(2025, Some(8), Some(10)));
    assert_eq!(talks.end_date, Some(date(2025, Some(8), Some(12))));
    assert_eq!(
        timeline.events.len(),
        4,
        "the event known only as before another is left out"
    );
    let order: Vec<&str> = timeline
        .events
        .iter()
        .map(|e| e.unique_id.as_str())
        .collect();
    assert_eq!(order, ["treaty", "war", "talks", "launch"]);
    let launch = by_id("launch");
    assert_eq!(launch.text.headline, "The &lt;b&gt;launch&lt;/b&gt;");
    assert!(
        !launch.text.text.contains("<script>"),
        "{}",
        launch.text.text
    );
    assert!(
        launch.text.text.contains("&lt;script&gt;"),
        "{}",
        launch.text.text
    );

    // Filters as `timeline` takes them: the Putin events of the bundled reports.
    let bundled: TimelineJs =
        serde_json::from_str(&export(&["-f", "timelinejs", "--speaker", "Putin"])).unwrap();
    assert!(!bundled.events.is_empty());
    assert!(bundled
        .events
        .iter()
        .any(|e| e.unique_id == "press-conference"));
}

#[test]
fn export_writes_to_a_file_and_refuses_unknown_formats_and_filters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.csv");
    let output = parley(&["export", "-f", "csv", "-o", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.starts_with("id,speaker_name,"), "{written}");

    let unknown = parley(&["export", "-f", "xml"]);
    assert_eq!(unknown.status.code(), Some(2));
    let nobody = parley(&["export", "-f", "csv", "--speaker", "Nobody Atall"]);
    assert_eq!(nobody.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&nobody.stderr).contains("no speaker answers to"));
}
