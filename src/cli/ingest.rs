//! `parley ingest`: reads report files, runs ingest on their bodies and prints JSON or
//! writes annotation files. Ingest itself is pure; this is where its files are.

mod json;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::{Exit, Output};
use crate::corpus::annotation::{AnnotationFile, Marker};
use crate::corpus::{annotation_path, is_stdin, read_report_file, report_name, report_start};
use crate::files::{self, ReadError};
use crate::ingest::ingest;
use crate::model::ReportId;
use crate::text::one_line;
use crate::web::is_html;

/// What `parley ingest` was asked to do.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct IngestArgs {
    /// Report files: plain text, with or without a `key: value` header, or saved web
    /// pages; `-` reads one from standard input (its annotation is printed).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Print what was found as JSON (offsets are bytes of FILE as read) instead of
    /// writing annotation files.
    #[arg(long)]
    pub json: bool,
    /// The publication date relative dates are resolved against (default: the header's).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub published: Option<NaiveDate>,
    /// Where to write the annotation (default: FILE with a .json extension).
    #[arg(long, short = 'o', value_name = "PATH")]
    pub output: Option<PathBuf>,
    /// Overwrite an annotation file even if it was edited by hand.
    #[arg(long)]
    pub force: bool,
}

pub const GENERATED_BY: &str = concat!("parley ingest ", env!("CARGO_PKG_VERSION"));

/// Runs the command; problems with a file go to `err`, naming it, and make the exit
/// code 1.
pub fn run(args: &IngestArgs, output: &mut Output) -> io::Result<Exit> {
    let ok = ingest_files(args, output.out, output.err)?;
    Ok(if ok { Exit::Ok } else { Exit::BadInput })
}

fn ingest_files(args: &IngestArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<bool> {
    if args.output.is_some() && args.files.len() > 1 {
        writeln!(
            err,
            "parley: -o/--output names one annotation file, but {} reports were given",
            args.files.len()
        )?;
        return Ok(false);
    }
    if args.files.iter().filter(|f| is_stdin(f)).count() > 1 {
        writeln!(
            err,
            "parley: `-` (standard input) is given twice, but it holds one report"
        )?;
        return Ok(false);
    }
    let mut ok = true;
    for file in &args.files {
        // File names are untrusted too: what is printed is made safe for a terminal
        // (the JSON output escapes them itself).
        let path = report_name(file);
        let name = one_line(&path);
        let text = match read_text(file, &path) {
            Ok(text) => text,
            Err(message) => {
                writeln!(err, "parley: {name}: {message}")?;
                ok = false;
                continue;
            }
        };
        let text = text.as_str();
        let start = report_start(text);
        let body_start = start.body;
        let published = args.published.or(start.published);
        let body = &text[body_start..];
        let found = match ingest(body, published) {
            Ok(mut found) => {
                if let Some(author) = &start.author {
                    found.spoken_by_author(body, author);
                }
                found
            }
            Err(e) => {
                writeln!(err, "parley: {name}: {e}")?;
                ok = false;
                continue;
            }
        };
        // A dateline ("WASHINGTON, Oct. 28, 2016 —") dates a report whose header does not.
        let published = published.or(found.inferred_published);
        let mut warnings = Vec::new();
        if found.unresolved > 0 {
            warnings.push(format!("{name}: no publication date (in the header or --published YYYY-MM-DD), so {} relative dates such as \"on Friday\" are left unresolved", found.unresolved));
        }
        for w in &warnings {
            writeln!(err, "parley: {w}")?;
        }
        if args.json {
            let report = json::ReportJson {
                found: &found,
                text,
                body_start,
                file: &path,
                published,
                warnings: &warnings,
            };
            super::json_out::to_writer(&mut *out, &report)?;
            out.write_all(b"\n")?;
            continue;
        }
        let stem = if is_stdin(file) {
            path.as_str()
        } else {
            file.file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("report")
        };
        let findings = found.findings(body, &ReportId::new(stem), published);
        drop(found);
        let sections = AnnotationFile {
            body,
            findings: &findings,
            marker: None,
        };
        let hash = content_hash(&sections)?;
        let annotation = AnnotationFile {
            marker: Some(Marker {
                generated_by: GENERATED_BY,
                content_hash: &hash,
            }),
            ..sections
        };
        let write = |w: &mut dyn Write| -> io::Result<()> {
            super::json_out::to_writer_pretty(&mut *w, &annotation)?;
            w.write_all(b"\n")
        };
        // Standard input has no file beside it: its annotation goes to standard output.
        let target = match &args.output {
            Some(path) => path.clone(),
            None if is_stdin(file) => {
                let mut buffered = io::BufWriter::with_capacity(1 << 16, &mut *out);
                write(&mut buffered)?;
                buffered.flush()?;
                continue;
            }
            None => annotation_path(file),
        };
        let target_name = one_line(&target.display().to_string()).into_owned();
        if target == *file {
            writeln!(
                err,
                "parley: {name}: the annotation would overwrite the report itself; give -o PATH"
            )?;
            ok = false;
            continue;
        }
        if !args.force {
            if let Some(why) = hand_edited(&target) {
                writeln!(
                    err,
                    "parley: {target_name}: {why}; not overwritten (use --force to replace it)"
                )?;
                ok = false;
                continue;
            }
        }
        // The file beside the report is written as a new file renamed over the name: a
        // link planted there is replaced, never followed. A path given with -o is
        // written where it leads, as the shell's `>` would (`-o /dev/stdout`).
        let wrote = match &args.output {
            Some(_) => files::create_for_output(&target).and_then(|file| {
                let mut buffered = io::BufWriter::with_capacity(1 << 16, file);
                write(&mut buffered)?;
                buffered.flush()
            }),
            None => files::replace_with(&target, write),
        };
        wrote.map_err(|e| io::Error::new(e.kind(), format!("{target_name}: {e}")))?;
        writeln!(
            out,
            "{target_name}: {} statements, {} speakers, {} events",
            findings.statements.len(),
            findings.speakers.len(),
            findings.events.len()
        )?;
    }
    Ok(ok)
}

/// A report file's text: UTF-8, and for a web page the report parley reads from it
/// (header and article text, as `parley fetch` saves it), or why it cannot be read.
fn read_text(file: &Path, name: &str) -> Result<String, String> {
    let bytes = read_report_file(file).map_err(|e| format!("cannot read the report: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "not valid UTF-8 at byte {} (expected UTF-8 text)",
            e.utf8_error().valid_up_to()
        )
    })?;
    if !is_html(name, text.as_bytes()) {
        return Ok(text);
    }
    let page = crate::web::page::read(&text, None).map_err(|e| e.to_string())?;
    Ok(page.to_report())
}

/// The hash of an annotation's sections (without the marker) as compact JSON, keys
/// sorted, computed as they are written out rather than of a copy of them.
fn content_hash(sections: &impl Serialize) -> io::Result<String> {
    let mut hasher = Fnv1a(0xcbf2_9ce4_8422_2325);
    serde_json::to_writer(&mut hasher, sections)?;
    Ok(format!("{:016x}", hasher.0))
}

/// FNV-1a: stable across versions and platforms, enough to notice an edit.
struct Fnv1a(u64);

impl Write for Fnv1a {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Why an existing annotation file must not be overwritten, if it must not.
fn hand_edited(path: &Path) -> Option<String> {
    // A link to nothing is not followed: the write replaces the link itself.
    let text = match files::read_bounded(path, files::MAX_ANNOTATION, "an annotation") {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => return Some("exists and is not UTF-8 text".into()),
        },
        Err(e) if e.is_not_found() => return None,
        Err(ReadError::NotRegular(kind)) => return Some(format!("is {kind}, not a regular file")),
        Err(e @ ReadError::TooLarge { .. }) => return Some(format!("exists and is {e}")),
        Err(e) => return Some(format!("exists and cannot be read ({e})")),
    };
    let Ok(Value::Object(mut map)) = serde_json::from_str::<Value>(&text) else {
        return Some("exists and was not written by parley ingest".into());
    };
    let marker = map.remove("generated_by");
    let hash = map.remove("content_hash");
    if !marker
        .as_ref()
        .and_then(Value::as_str)
        .is_some_and(|m| m.starts_with("parley ingest"))
    {
        return Some("exists and was not written by parley ingest (no generated_by marker)".into());
    }
    let now = content_hash(&Value::Object(map)).ok()?;
    (hash.as_ref().and_then(Value::as_str) != Some(now.as_str()))
        .then(|| "was edited by hand since parley ingest wrote it".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::split_report;
    use crate::ingest::{ingest, Extraction};
    use serde_json::json;
    use std::fs;
    use std::ops::Range;

    /// The annotation with the marker, as the file was made before it was written
    /// straight from the findings.
    fn generated_file(mut sections: Value) -> Value {
        let hash = content_hash(&sections).unwrap();
        if let Value::Object(map) = &mut sections {
            map.insert("generated_by".into(), Value::String(GENERATED_BY.into()));
            map.insert("content_hash".into(), Value::String(hash));
        }
        sections
    }

    /// A report's `--json` as it was made before it was written straight from what
    /// ingest found: a `Value`, whose keys serde_json sorts.
    fn to_json(
        found: &Extraction,
        text: &str,
        offset: usize,
        file: &str,
        published: Option<NaiveDate>,
        warnings: &[String],
    ) -> Value {
        let span = |r: &Range<usize>| json!({"start": r.start + offset, "end": r.end + offset, "text": text.get(r.start + offset..r.end + offset).unwrap_or_default()});
        let opt = |r: &Option<Range<usize>>| r.as_ref().map_or(Value::Null, span);
        let statements: Vec<Value> = found
            .statements
            .iter()
            .map(|s| {
                json!({
                    "kind": s.kind.label(),
                    "speaker": s.speaker.map(|k| found.speakers[k].name.clone()),
                    "speaker_id": s.speaker.map(|k| found.speakers[k].id.clone()),
                    "content": span(&s.content),
                    // A quotation split by its cue has several pieces; every statement has
                    // at least one, its content.
                    "fragments": if s.fragments.is_empty() {
                        vec![span(&s.content)]
                    } else {
                        s.fragments.iter().map(span).collect()
                    },
                    "cue": opt(&s.cue),
                    "speaker_mention": opt(&s.speaker_mention),
                    "event": s.event,
                })
            })
            .collect();
        let speakers: Vec<Value> = found
            .speakers
            .iter()
            .map(|s| json!({"id": s.id, "name": s.name, "kind": s.kind, "aliases": s.aliases}))
            .collect();
        let times: Vec<Value> = found
            .times
            .iter()
            .map(|t| json!({"span": span(&t.span), "type": t.kind, "value": t.value}))
            .collect();
        let events: Vec<Value> = found
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| json!({"index": i, "title": e.title, "value": e.time.to_string(), "mentions": e.mentions.iter().map(span).collect::<Vec<_>>()}))
            .collect();
        json!({
            "file": file,
            "published": published.map(|d| d.to_string()),
            "body_start": offset,
            "warnings": warnings,
            "statements": statements,
            "speakers": speakers,
            "times": times,
            "events": events,
        })
    }

    #[test]
    fn a_generated_file_is_recognised_and_an_edit_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        let file = generated_file(json!({"speakers": [], "events": [], "statements": []}));
        fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
        assert_eq!(hand_edited(&path), None);
        let edited = serde_json::to_string(&file)
            .unwrap()
            .replace("\"speakers\":[]", "\"speakers\":[1]");
        fs::write(&path, edited).unwrap();
        assert!(hand_edited(&path).is_some());
        fs::write(&path, "{\"speakers\": []}").unwrap();
        assert!(hand_edited(&path).is_some());
    }

    /// Texts that exercise every field: the bundled reports (a header, datelines,
    /// events), a quotation split by its cue, relative dates with no date to resolve
    /// them against, and characters JSON escapes.
    fn texts() -> Vec<String> {
        vec![
            include_str!("../../assets/summit.txt").into(),
            include_str!("../../assets/aftermath.txt").into(),
            "\"We hope,\" the minister said on Friday, \"that this will last.\"\n\n\
             Ann Lee said the \"talks\" in Geneva\tlast week went \u{1b}[31mwell.\n"
                .into(),
        ]
    }

    #[test]
    fn json_is_written_as_its_value_was() {
        for text in texts() {
            for published in [None, NaiveDate::from_ymd_opt(2016, 11, 1)] {
                let (body_start, header_date) = split_report(&text);
                let published = published.or(header_date);
                let found = ingest(&text[body_start..], published).unwrap();
                let warnings = vec!["a \"warning\"".to_owned()];
                let mut value =
                    to_json(&found, &text, body_start, "dir/a.txt", published, &warnings);
                value["published_inferred"] = found.inferred_published.is_some().into();
                let report = json::ReportJson {
                    found: &found,
                    text: &text,
                    body_start,
                    file: "dir/a.txt",
                    published,
                    warnings: &warnings,
                };
                assert!(!found.statements.is_empty());
                assert_eq!(
                    serde_json::to_string(&report).unwrap(),
                    serde_json::to_string(&value).unwrap()
                );
            }
        }
    }

    #[test]
    fn the_annotation_file_is_written_as_its_value_was() {
        let dir = tempfile::tempdir().unwrap();
        for (i, text) in texts().iter().enumerate() {
            let file = dir.path().join(format!("r{i}.txt"));
            fs::write(&file, text).unwrap();
            let args = IngestArgs {
                files: vec![file.clone()],
                ..IngestArgs::default()
            };
            let (mut out, mut err) = (Vec::new(), Vec::new());
            assert!(ingest_files(&args, &mut out, &mut err).unwrap());
            let written = fs::read_to_string(annotation_path(&file)).unwrap();

            let (body_start, published) = split_report(text);
            let body = &text[body_start..];
            let found = ingest(body, published).unwrap();
            let published = published.or(found.inferred_published);
            let findings = found.findings(body, &ReportId::new(format!("r{i}")), published);
            let annotation = crate::corpus::annotation::Annotation::of_findings(body, &findings);
            let before = generated_file(serde_json::to_value(&annotation).unwrap());
            assert_eq!(
                written,
                serde_json::to_string_pretty(&before).unwrap() + "\n"
            );
            assert_eq!(hand_edited(&annotation_path(&file)), None);
        }
    }
}
