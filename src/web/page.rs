//! A saved or downloaded article page read as a report: its main text through a
//! readability extractor (dom_smoothie, a port of Firefox's Reader View), and its title,
//! author, publisher, publication date and URL from the page's meta data: the JSON-LD
//! article first, then Open Graph and `article:` tags, then `<title>` and the canonical
//! link. Pure: HTML in, a page out.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use dom_smoothie::{Config, Readability, TextMode};

use super::json_ld;
use crate::model::Published;
use crate::text::one_line;

/// An article page's text and what it says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub title: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    /// Paragraphs separated by blank lines.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageError {
    #[error(
        "no article text in the page (found {0} characters; expected an article's \
         paragraphs, which a front page, a login or cookie wall, or a page built by \
         script does not have)"
    )]
    NoArticle(usize),
    #[error("the page has too many elements to read ({0}; at most {MAX_ELEMENTS})")]
    TooLarge(usize),
    #[error(
        "the page nests elements {0} deep (at most {MAX_DEPTH}; an article page nests a few dozen)"
    )]
    TooDeep(usize),
}

/// Less text than this is not an article: a short brief has a few hundred characters.
const MIN_ARTICLE: usize = 200;

/// A news page has a few thousand elements; far more is a hostile or broken page,
/// which would take the extractor long to score.
const MAX_ELEMENTS: usize = 100_000;

/// HTML parsers take time in the square of how deep elements nest; pages nest a few
/// dozen deep, so far more is a hostile page that would hang the reader.
const MAX_DEPTH: usize = 512;

/// How deep a page's elements nest, counted on its tags before parsing it: a start tag
/// goes one deeper, an end tag one up; void elements and those the parser closes by
/// itself when the next one starts (`<p>`, `<li>`, cells) do not count.
fn nesting(html: &str) -> usize {
    const FLAT: [&str; 22] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
    ];
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    for at in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[at + 1..];
        let closing = rest.first() == Some(&b'/');
        let name: Vec<u8> = rest[usize::from(closing)..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .take(10)
            .map(u8::to_ascii_lowercase)
            .collect();
        if name.is_empty() || !name[0].is_ascii_alphabetic() {
            continue;
        }
        if FLAT.iter().any(|flat| flat.as_bytes() == name.as_slice()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// Whether a file holds HTML: by its extension, or (for a file named otherwise, or
/// standard input) by a doctype or `<html` at its start.
pub fn is_html(name: &str, bytes: &[u8]) -> bool {
    let lower = name.to_ascii_lowercase();
    if [".html", ".htm", ".xhtml"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return true;
    }
    let start = &bytes[..bytes.len().min(512)];
    let start = start.strip_prefix(b"\xef\xbb\xbf").unwrap_or(start);
    let text = String::from_utf8_lossy(start)
        .trim_start()
        .to_ascii_lowercase();
    text.starts_with("<!doctype html") || text.starts_with("<html")
}

/// Reads an article page; `url` is where it was downloaded from, when known, the
/// fallback for the page's own URL.
pub fn read(html: &str, url: Option<&str>) -> Result<Page, PageError> {
    let depth = nesting(html);
    if depth > MAX_DEPTH {
        return Err(PageError::TooDeep(depth));
    }
    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    // A relative or odd URL only serves to resolve links, which a report does not keep.
    let base = url.filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    let mut readability = Readability::new(html, base, Some(config.clone()))
        .or_else(|_| Readability::new(html, None, Some(config)))
        .map_err(|_| PageError::NoArticle(0))?;
    // Read before parsing, which removes scripts and rewrites the document.
    let ld = (readability
        .doc
        .select("script[type='application/ld+json']")
        .nodes())
    .iter()
    .find_map(|script| json_ld::article(&script.text()))
    .unwrap_or_default();
    let meta = |selector: &str, attribute: &str| {
        let found = readability.doc.select(selector).attr(attribute)?;
        let value = one_line(found.trim()).into_owned();
        (!value.is_empty()).then_some(value)
    };
    let own_url = meta("meta[property='og:url']", "content")
        .or_else(|| meta("link[rel='canonical']", "href"));
    let published_meta = meta("meta[property='article:published_time']", "content")
        .or_else(|| meta("meta[itemprop='datePublished']", "content"));
    let article = readability.parse().map_err(|e| match e {
        dom_smoothie::ReadabilityError::TooManyElements(n, _) => PageError::TooLarge(n),
        _ => PageError::NoArticle(0),
    })?;
    let body = paragraphs(&article.text_content);
    let length = body.chars().count();
    if length < MIN_ARTICLE {
        return Err(PageError::NoArticle(length));
    }
    let clean = |value: Option<String>| {
        value
            .map(|v| one_line(v.trim()).into_owned())
            .filter(|v| !v.is_empty())
    };
    let title = clean(ld.headline).or_else(|| clean(Some(article.title)));
    Ok(Page {
        title,
        author: clean(ld.author)
            .or_else(|| clean(article.byline))
            .map(|a| without_by(&a).to_owned()),
        publisher: clean(ld.publisher).or_else(|| clean(article.site_name)),
        published: (ld.published.as_deref())
            .or(published_meta.as_deref())
            .or(article.published_time.as_deref())
            .and_then(published),
        url: clean(ld.url)
            .or(own_url)
            .or_else(|| clean(article.url))
            .or_else(|| url.map(str::to_owned))
            .filter(|u| u.starts_with("http://") || u.starts_with("https://")),
        body,
    })
}

/// The extractor's text as paragraphs: lines trimmed, one blank line between
/// paragraphs, none at either end.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// "By Ann Lee" is Ann Lee.
fn without_by(byline: &str) -> &str {
    match byline.get(..3) {
        Some(by) if by.eq_ignore_ascii_case("by ") => byline[3..].trim_start(),
        _ => byline,
    }
}

/// A publication time as pages write it (ISO 8601: `2025-08-16`,
/// `2025-08-16T14:30:00+02:00`, `2025-08-16T12:30:00.000Z`), kept as the outlet wrote
/// it: the date and time in the page's own offset.
fn published(value: &str) -> Option<Published> {
    let value = value.trim();
    let at = |date: NaiveDate, time| Published {
        date,
        time,
        inferred: false,
    };
    if let Ok(when) = DateTime::parse_from_rfc3339(value) {
        let local = when.naive_local();
        return Some(at(local.date(), Some(local.time())));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ] {
        if let Some(when) = value
            .get(..value.len().min(19))
            .and_then(|v| NaiveDateTime::parse_from_str(v, format).ok())
        {
            return Some(at(when.date(), Some(when.time())));
        }
    }
    let date = NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()?;
    Some(at(date, None))
}

impl Page {
    /// The page as a report file: the `key: value` header, a blank line, the text,
    /// as `parley fetch` saves it.
    pub fn to_report(&self) -> String {
        let mut text = String::new();
        let field = |text: &mut String, key: &str, value: Option<&str>| {
            if let Some(value) = value {
                text.push_str(&format!("{key}: {}\n", one_line(value).trim()));
            }
        };
        // Every header starts with a title, so that the body is known to start after it.
        let first_line;
        let title = match &self.title {
            Some(title) => title.as_str(),
            None => {
                first_line = crate::corpus::first_line(&self.body);
                first_line.as_str()
            }
        };
        field(&mut text, "title", Some(title));
        field(&mut text, "publisher", self.publisher.as_deref());
        field(&mut text, "author", self.author.as_deref());
        let published = self.published.map(|p| match p.time {
            Some(time) => format!("{} {}", p.date.format("%Y-%m-%d"), time.format("%H:%M")),
            None => p.date.format("%Y-%m-%d").to_string(),
        });
        field(&mut text, "published", published.as_deref());
        field(&mut text, "url", self.url.as_deref());
        text.push('\n');
        text.push_str(&self.body);
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_known_by_extension_or_by_its_start() {
        assert!(is_html("a.HTML", b"anything"));
        assert!(is_html("-", b"\xef\xbb\xbf\n  <!DOCTYPE html><html>"));
        assert!(is_html("page", b"<html lang=en>"));
        assert!(!is_html("a.txt", b"title: <html> in a title\n\nBody"));
    }

    #[test]
    fn published_keeps_the_time_the_page_wrote() {
        let p = published("2025-08-16T14:30:00+02:00").unwrap();
        assert_eq!(p.date.to_string(), "2025-08-16");
        assert_eq!(p.time.unwrap().to_string(), "14:30:00");
        let p = published("2025-08-16T23:30:00.000Z").unwrap();
        assert_eq!(
            (p.date.to_string(), p.time.unwrap().to_string()),
            ("2025-08-16".into(), "23:30:00".into())
        );
        assert_eq!(published("2025-08-16").unwrap().time, None);
        assert_eq!(
            published("2025-08-16 09:05")
                .unwrap()
                .time
                .unwrap()
                .to_string(),
            "09:05:00"
        );
        assert_eq!(published("last Tuesday"), None);
    }

    #[test]
    fn paragraphs_are_trimmed_and_one_blank_line_apart() {
        assert_eq!(
            paragraphs("\n\n  a b \n\n\n\n c\n d  \n\n"),
            "a b\n\nc\nd\n"
        );
    }

    #[test]
    fn nesting_counts_open_elements_not_paragraphs_or_void_ones() {
        assert_eq!(
            nesting("<html><body><div><p>a<p>b<br><img src=x></div></body></html>"),
            3
        );
        assert_eq!(nesting("<ul><li>a<li>b</ul> a < b <!-- c --> </x>"), 1);
        let deep = format!("{}x{}", "<div>".repeat(5000), "</div>".repeat(5000));
        assert_eq!(nesting(&deep), 5000);
        assert_eq!(read(&deep, None), Err(PageError::TooDeep(5000)));
        let fine = format!(
            "{}{}{}",
            "<span>".repeat(100),
            ARTICLE,
            "</span>".repeat(100)
        );
        assert!(read(&fine, None).is_ok());
    }

    #[test]
    fn a_byline_loses_its_by() {
        assert_eq!(without_by("By Ann Lee"), "Ann Lee");
        assert_eq!(without_by("Byron Sykes"), "Byron Sykes");
    }

    const ARTICLE: &str = include_str!("../../tests/pages/article.html");
    const GRAPH: &str = include_str!("../../tests/pages/graph.html");
    const OPEN_GRAPH: &str = include_str!("../../tests/pages/open-graph.html");
    const FRONT_PAGE: &str = include_str!("../../tests/pages/front-page.html");

    #[test]
    fn an_article_page_gives_its_text_without_the_page_around_it() {
        let page = read(ARTICLE, None).unwrap();
        let body = &page.body;
        assert!(
            body.starts_with("The Millbrook town council voted"),
            "{body}"
        );
        assert!(
            body.contains(
                "\"We will rebuild the bridge by the spring of next year,\" the mayor, \
             Henrietta Osei, told a packed meeting"
            ),
            "lines of a paragraph are joined: {body}"
        );
        assert!(
            body.contains("in a statement published after the vote.\n"),
            "{body}"
        );
        for boilerplate in [
            "cookies",
            "Subscribe",
            "Related stories",
            "bridgefan77",
            "Copyright",
            "tracker",
            "color: red",
        ] {
            assert!(!body.contains(boilerplate), "{boilerplate} left in: {body}");
        }
        assert!(
            body.contains("hours.\n\nCouncillor Tomas Brandt"),
            "paragraphs apart: {body}"
        );
    }

    #[test]
    fn json_ld_comes_before_open_graph_and_the_title() {
        let page = read(ARTICLE, None).unwrap();
        assert_eq!(
            page.title.as_deref(),
            Some("Council approves new bridge for Millbrook")
        );
        assert_eq!(page.author.as_deref(), Some("Maria Keller"));
        assert_eq!(page.publisher.as_deref(), Some("The Lakeside Courier"));
        let published = page.published.unwrap();
        assert_eq!(published.date.to_string(), "2024-03-12");
        assert_eq!(published.time.unwrap().to_string(), "18:45:00");
        assert_eq!(
            page.url.as_deref(),
            Some("https://courier.example/2024/03/millbrook-bridge")
        );
    }

    #[test]
    fn an_article_in_a_json_ld_graph() {
        let page = read(GRAPH, Some("https://signal.example/fetched")).unwrap();
        assert_eq!(
            page.title.as_deref(),
            Some("Harbour reopens after the storm")
        );
        assert_eq!(page.author.as_deref(), Some("Ola Svensson, Rui Costa"));
        assert_eq!(page.publisher.as_deref(), Some("Northern Signal"));
        assert_eq!(page.published.unwrap().date.to_string(), "2023-11-05");
        assert_eq!(
            page.url.as_deref(),
            Some("https://signal.example/news/harbour-reopens")
        );
        assert!(page.body.contains("the harbour master, Jonas Lind, said"));
        assert!(!page.body.contains("About us"));
    }

    #[test]
    fn open_graph_and_the_canonical_link_without_json_ld() {
        let page = read(OPEN_GRAPH, None).unwrap();
        assert_eq!(
            page.title.as_deref(),
            Some("School garden wins regional prize")
        );
        assert_eq!(page.publisher.as_deref(), Some("Valley Weekly"));
        assert_eq!(page.author.as_deref(), Some("Priya Nair"));
        let published = page.published.unwrap();
        assert_eq!(
            (
                published.date.to_string(),
                published.time.unwrap().to_string()
            ),
            ("2022-06-30".into(), "10:15:00".into())
        );
        assert_eq!(
            page.url.as_deref(),
            Some("https://valley.example/school-garden")
        );
    }

    #[test]
    fn a_front_page_has_no_article() {
        let err = read(FRONT_PAGE, None).unwrap_err();
        assert!(matches!(err, PageError::NoArticle(_)), "{err:?}");
        assert!(err.to_string().contains("no article text"));
    }

    #[test]
    fn the_report_file_reads_back_with_its_header() {
        let page = read(ARTICLE, Some("https://courier.example/x")).unwrap();
        let text = page.to_report();
        let loaded = crate::corpus::from_sources(vec![crate::corpus::Source {
            report_file: "bridge.txt".into(),
            report: text.into_bytes(),
            annotation: None,
        }]);
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        let report = &loaded.corpus.reports()[0];
        assert_eq!(report.title, "Council approves new bridge for Millbrook");
        assert_eq!(report.publisher.as_deref(), Some("The Lakeside Courier"));
        assert_eq!(report.author.as_deref(), Some("Maria Keller"));
        assert_eq!(report.published, page.published);
        assert_eq!(report.body, page.body);
    }
}
