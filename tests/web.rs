//! Web pages in: saved `.html` pages in a corpus, `parley fetch` against a local HTTP
//! server started here (pages written for the tests, a redirect, a 404, a JSON
//! response, a page with no article, a page not in UTF-8, an address nobody answers),
//! and `-` for standard input wherever a report is named.

use serde_json::Value;
use std::fs;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/pages");

fn page(name: &str) -> String {
    fs::read_to_string(Path::new(PAGES).join(name)).unwrap()
}

fn parley(args: &[&str]) -> Output {
    parley_with_input(args, b"")
}

/// Runs parley with `input` on standard input, no proxy between it and this machine.
fn parley_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_parley"))
        .args(args)
        .env("PARLEY_NO_CACHE", "1")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the parley binary runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A web server on a loopback port, for one test: it answers until dropped, and stops
/// by itself after a minute whatever happens.
struct Server {
    address: String,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let thread = std::thread::spawn(move || {
            let deadline = Instant::now() + Duration::from_secs(60);
            while !stopped.load(Ordering::SeqCst) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => answer(stream),
                    Err(_) => std::thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server {
            address,
            stop,
            thread: Some(thread),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Answers one request by its path.
fn answer(mut stream: TcpStream) {
    stream.set_nonblocking(false).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut request = Vec::new();
    let mut buffer = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buffer[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let path = request.split_whitespace().nth(1).unwrap_or("/");
    let html = "text/html; charset=utf-8";
    let (status, headers, body): (&str, Vec<(&str, &str)>, Vec<u8>) = match path {
        "/2024/bridge" => (
            "200 OK",
            vec![("Content-Type", html)],
            page("article.html").into_bytes(),
        ),
        "/harbour" => (
            "200 OK",
            vec![("Content-Type", html)],
            page("graph.html").into_bytes(),
        ),
        "/moved" => (
            "301 Moved Permanently",
            vec![("Location", "/2024/bridge")],
            Vec::new(),
        ),
        "/front" => (
            "200 OK",
            vec![("Content-Type", html)],
            page("front-page.html").into_bytes(),
        ),
        "/data.json" => (
            "200 OK",
            vec![("Content-Type", "application/json")],
            b"{\"a\": 1}".to_vec(),
        ),
        "/latin" => {
            let mut body = page("open-graph.html").into_bytes();
            body.extend_from_slice(b"<p>caf\xe9</p>");
            (
                "200 OK",
                vec![("Content-Type", "text/html; charset=iso-8859-1")],
                body,
            )
        }
        _ => (
            "404 Not Found",
            vec![("Content-Type", html)],
            b"<html><body>Not here</body></html>".to_vec(),
        ),
    };
    let mut response = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str("\r\n");
    let _ = stream.write_all(response.as_bytes());
    let _ = stream.write_all(&body);
}

#[test]
fn fetch_saves_articles_and_names_each_failure_while_the_rest_go_on() {
    let server = Server::start();
    let dir = tempfile::tempdir().unwrap();
    let into = dir.path().join("news");
    let urls = [
        server.url("/2024/bridge"),
        server.url("/missing"),
        server.url("/data.json"),
        server.url("/front"),
        server.url("/latin"),
        "http://127.0.0.1:1/closed".to_owned(),
        "ftp://example.org/file".to_owned(),
        server.url("/harbour"),
    ];
    let mut args = vec!["fetch", "--into", into.to_str().unwrap(), "--timeout", "20"];
    args.extend(urls.iter().map(String::as_str));
    let output = parley(&args);
    let (out, err) = (text(&output.stdout), text(&output.stderr));
    assert_eq!(output.status.code(), Some(1), "{out}\n{err}");
    let line_for = |url: &str| {
        err.lines()
            .find(|l| l.starts_with(&format!("parley: {url}: ")))
            .unwrap_or_else(|| panic!("no message for {url}: {err}"))
            .to_owned()
    };
    assert!(
        line_for(&urls[1]).ends_with("the server answered 404 Not Found"),
        "{err}"
    );
    assert!(
        line_for(&urls[2]).contains("not a web page: the server sent application/json"),
        "{err}"
    );
    assert!(
        line_for(&urls[3]).contains("no article text in the page"),
        "{err}"
    );
    assert!(
        line_for(&urls[4]).contains("not UTF-8 text (it says its charset is iso-8859-1)"),
        "{err}"
    );
    assert!(line_for(&urls[5]).contains("cannot download it"), "{err}");
    assert!(line_for(&urls[6]).contains("not a web address"), "{err}");
    assert!(err.contains("6 of 8 addresses not saved"), "{err}");

    // The two articles, under names from their addresses, with full headers.
    let saved: Vec<&str> = out.lines().collect();
    assert_eq!(saved.len(), 2, "{out}");
    assert!(
        saved[0].ends_with("millbrook-bridge.txt: Council approves new bridge for Millbrook"),
        "{out}"
    );
    assert!(
        saved[1].ends_with("harbour-reopens.txt: Harbour reopens after the storm"),
        "{out}"
    );
    let bridge = fs::read_to_string(into.join("millbrook-bridge.txt")).unwrap();
    assert!(
        bridge.starts_with(
            "title: Council approves new bridge for Millbrook\n\
             publisher: The Lakeside Courier\n\
             author: Maria Keller\n\
             published: 2024-03-12 18:45\n\
             url: https://courier.example/2024/03/millbrook-bridge\n\
             \n\
             The Millbrook town council voted"
        ),
        "{bridge}"
    );
    let mut names: Vec<String> = fs::read_dir(&into)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["harbour-reopens.txt", "millbrook-bridge.txt"]);

    // `parley DIR` reads them: the mayor's words, cited to the Courier.
    let output = parley(&["statements", "--json", "--corpus", into.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let statements: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mayor = statements
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["text"].as_str().unwrap().contains("rebuild the bridge"))
        .expect("the mayor's quote is found");
    assert_eq!(mayor["outlet"], "The Lakeside Courier");
    assert_eq!(mayor["date"], "2024-03-12");
    assert_eq!(mayor["time"], "18:45");
    assert!(
        mayor["speaker_name"].as_str().unwrap().contains("Osei"),
        "{mayor}"
    );

    // Fetching again, through a redirect to the same page, keeps the one file.
    let again = parley(&[
        "fetch",
        "--into",
        into.to_str().unwrap(),
        &server.url("/moved"),
    ]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again.stderr));
    assert!(
        text(&again.stderr).contains("already fetched as"),
        "{}",
        text(&again.stderr)
    );
    let forced = parley(&[
        "fetch",
        "--force",
        "--into",
        into.to_str().unwrap(),
        &server.url("/moved"),
    ]);
    assert_eq!(forced.status.code(), Some(0));
    assert!(text(&forced.stdout).contains("millbrook-bridge.txt"));
    assert_eq!(fs::read_dir(&into).unwrap().count(), 2);
}

#[test]
fn a_folder_of_saved_pages_loads_like_text_reports() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("bridge.html"), page("article.html")).unwrap();
    fs::write(dir.path().join("garden.htm"), page("open-graph.html")).unwrap();
    fs::write(dir.path().join("front.html"), page("front-page.html")).unwrap();
    let folder = dir.path().to_str().unwrap();
    let check = parley(&["check", "--json", folder]);
    let report: Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(report["reports"], 2, "{report}");
    let problems = report["problems"].as_array().unwrap();
    assert_eq!(problems[0]["severity"], "error", "{report}");
    assert!(problems[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("front.html"));
    assert!(problems[0]["message"]
        .as_str()
        .unwrap()
        .contains("no article text"));

    fs::remove_file(dir.path().join("front.html")).unwrap();
    let output = parley(&["statements", "--json", "--corpus", folder]);
    let statements: Value = serde_json::from_slice(&output.stdout).unwrap();
    let garden = statements
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["report"] == "garden")
        .expect("a statement from the .htm page");
    assert_eq!(garden["outlet"], "Valley Weekly");
    assert_eq!(garden["url"], "https://valley.example/school-garden");
    assert!(
        !text(&output.stderr).contains("error"),
        "{}",
        text(&output.stderr)
    );
}

#[test]
fn ingest_reads_a_saved_page_and_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("bridge.html");
    fs::write(&html, page("article.html")).unwrap();
    let output = parley(&["ingest", "--json", html.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let found: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(found["published"], "2024-03-12");
    assert!(found["statements"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["content"]["text"]
            .as_str()
            .unwrap()
            .contains("wish, not a budget")));

    // The annotation beside a page is read back with it.
    let written = parley(&["ingest", html.to_str().unwrap()]);
    assert_eq!(written.status.code(), Some(0), "{}", text(&written.stderr));
    assert!(dir.path().join("bridge.json").exists());
    let check = parley(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stdout));
    assert!(
        text(&check.stdout).contains("0 errors, 0 warnings"),
        "{}",
        text(&check.stdout)
    );

    // `-`: a report on standard input; its annotation goes to standard output.
    let report = "title: Piped\npublished: 2025-01-10\n\nThe chief said \"the road opens on Monday\" after the vote.\n";
    let piped = parley_with_input(&["ingest", "-"], report.as_bytes());
    assert_eq!(piped.status.code(), Some(0), "{}", text(&piped.stderr));
    let annotation: Value = serde_json::from_slice(&piped.stdout).unwrap();
    assert_eq!(
        annotation["generated_by"]
            .as_str()
            .map(|s| s.starts_with("parley ingest")),
        Some(true)
    );
    assert!(annotation["statements"][0]["content"]["text"]
        .as_str()
        .unwrap()
        .contains("the road opens on Monday"));
    let page_piped = parley_with_input(&["ingest", "--json", "-"], page("graph.html").as_bytes());
    let found: Value = serde_json::from_slice(&page_piped.stdout).unwrap();
    assert_eq!(found["file"], "stdin");
    assert_eq!(found["published"], "2023-11-05");
}

#[test]
fn a_dash_reads_a_report_from_standard_input_wherever_a_report_is_named() {
    let report = "title: Piped\npublished: 2025-01-10\n\nThe chief said \"the road opens on Monday\" after the vote.\n";
    let output = parley_with_input(
        &["statements", "--json", "--corpus", "-"],
        report.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let statements: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(statements[0]["report"], "stdin");
    assert_eq!(statements[0]["report_title"], "Piped");

    let check = parley_with_input(&["check", "-"], b"title: T\npublished: soon\n\nBody");
    assert_eq!(check.status.code(), Some(1));
    assert!(
        text(&check.stdout).contains("stdin:2: error: published: cannot read \"soon\""),
        "{}",
        text(&check.stdout)
    );

    let html = parley_with_input(
        &["export", "-f", "csv", "--corpus", "-"],
        page("article.html").as_bytes(),
    );
    assert_eq!(html.status.code(), Some(0), "{}", text(&html.stderr));
    assert!(text(&html.stdout).contains("The Lakeside Courier"));

    let twice = parley(&["timeline", "--corpus", "-", "--corpus", "-"]);
    assert_eq!(twice.status.code(), Some(1));
    assert!(
        text(&twice.stderr).contains("`-` (standard input) is given twice"),
        "{}",
        text(&twice.stderr)
    );
}
