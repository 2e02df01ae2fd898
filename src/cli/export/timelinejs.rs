//! The timeline as TimelineJS3 JSON: one slide an event, dated at the precision the
//! reports give (a year-only date has only a year, a month-only one no day), a range
//! with its end. TimelineJS shows `headline` and `text` as HTML, so report text is
//! escaped.

use serde::Serialize;
use std::io;

use crate::model::{Corpus, Event, TimePoint, TimeValue};
use crate::text::{one_line, quoted};

#[derive(Serialize)]
struct Timeline {
    title: Title,
    events: Vec<Slide>,
}

#[derive(Serialize)]
struct Title {
    text: Text,
}

#[derive(Serialize)]
struct Slide {
    start_date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<Date>,
    text: Text,
    unique_id: String,
}

/// A TimelineJS date: only the parts the value has.
#[derive(Serialize)]
struct Date {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

#[derive(Serialize)]
struct Text {
    headline: String,
    text: String,
}

/// The most statements quoted on an event's slide.
const QUOTES_A_SLIDE: usize = 5;

/// Writes the events that have a place on the calendar; the number of the others
/// (only before or after another event, or undated), which TimelineJS cannot place.
pub fn write(corpus: &Corpus, events: &[(&Event, bool)], out: &mut Vec<u8>) -> io::Result<usize> {
    let slides: Vec<Slide> = events
        .iter()
        .filter_map(|&(e, _)| slide(corpus, e))
        .collect();
    let left_out = events.len() - slides.len();
    let reports: Vec<String> = corpus.reports().iter().map(|r| html(&r.title)).collect();
    let timeline = Timeline {
        title: Title {
            text: Text {
                headline: "Who said what, and when".to_owned(),
                text: format!("<p>{}</p>", reports.join("<br>")),
            },
        },
        events: slides,
    };
    crate::cli::json_out::to_writer_pretty(&mut *out, &timeline)?;
    out.push(b'\n');
    Ok(left_out)
}

fn slide(corpus: &Corpus, e: &Event) -> Option<Slide> {
    let (start, end) = match &e.time.as_ref()?.value {
        TimeValue::Point(p) => (date(*p), None),
        TimeValue::Range(a, b) => (date(*a), Some(date(*b))),
        TimeValue::Before(_) | TimeValue::After(_) => return None,
    };
    let reports: Vec<&str> = corpus
        .reports_mentioning(&e.id)
        .iter()
        .map(|r| r.as_str())
        .collect();
    let mut text = format!("<p>Reported in {}</p>", html(&reports.join(", ")));
    if let Some(place) = &e.place {
        text = format!("<p>{}</p>{text}", html(place));
    }
    for s in corpus.statements_at(&e.id).take(QUOTES_A_SLIDE) {
        text.push_str(&format!(
            "<blockquote>{} <cite>{}</cite></blockquote>",
            html(&quoted(corpus, s)),
            html(corpus.speaker_name(&s.speaker))
        ));
    }
    Some(Slide {
        start_date: start,
        end_date: end,
        text: Text {
            headline: html(&e.title),
            text,
        },
        unique_id: e.id.to_string(),
    })
}

fn date(point: TimePoint) -> Date {
    use chrono::Datelike;
    match point {
        TimePoint::Year(year) => Date {
            year,
            month: None,
            day: None,
        },
        TimePoint::Month(year, month) => Date {
            year,
            month: Some(month),
            day: None,
        },
        TimePoint::Day(d) => Date {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
        },
    }
}

/// Text for a place TimelineJS reads as HTML: on one line, with `<`, `>`, `&` and
/// quotation marks escaped, so that a report cannot inject markup or script.
fn html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '&' => escaped.push_str("&amp;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html("<script>a & 'b'</script>"),
            "&lt;script&gt;a &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }
}
