//! `parley fetch URL... --into DIR`: downloads article pages, reads each as a report
//! (its article text, and its title, author, publisher, date and URL from the page)
//! and saves it as `DIR/NAME.txt` with a full header, so that `parley DIR` opens them.
//! A URL that fails is named with the reason, and the rest go on.

use clap::Args;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::{Exit, Output};
use crate::text::one_line;
use crate::web::{self, fetch};

#[derive(Debug, Args)]
pub struct FetchArgs {
    /// Addresses of article pages (http:// or https://).
    #[arg(required = true, value_name = "URL")]
    pub urls: Vec<String>,
    /// The folder to save the reports in (made if missing).
    #[arg(long, value_name = "DIR")]
    pub into: PathBuf,
    /// Replace a report already fetched from the same address.
    #[arg(long)]
    pub force: bool,
    /// The most seconds one page may take.
    #[arg(long, value_name = "SECONDS", default_value_t = fetch::TIMEOUT.as_secs())]
    pub timeout: u64,
}

pub fn run(args: &FetchArgs, output: &mut Output) -> io::Result<Exit> {
    let dir = &args.into;
    if let Err(e) = fs::create_dir_all(dir) {
        writeln!(
            output.err,
            "parley: {}: cannot make the folder: {e}",
            shown(dir)
        )?;
        return Ok(Exit::BadInput);
    }
    let agent = fetch::agent(Duration::from_secs(args.timeout.max(1)));
    let mut failed = 0;
    for url in &args.urls {
        match fetch_one(&agent, url, dir, args.force) {
            Ok(Saved::New(path, title)) | Ok(Saved::Replaced(path, title)) => {
                writeln!(output.out, "{}: {}", shown(&path), one_line(&title))?;
            }
            Ok(Saved::AlreadyThere(path)) => writeln!(
                output.err,
                "parley: {}: already fetched as {} (--force replaces it)",
                one_line(url),
                shown(&path)
            )?,
            Err(why) => {
                failed += 1;
                writeln!(output.err, "parley: {}: {}", one_line(url), one_line(&why))?;
            }
        }
    }
    if failed > 0 {
        writeln!(
            output.err,
            "parley: {failed} of {} addresses not saved",
            args.urls.len()
        )?;
        return Ok(Exit::BadInput);
    }
    Ok(Exit::Ok)
}

enum Saved {
    New(PathBuf, String),
    Replaced(PathBuf, String),
    AlreadyThere(PathBuf),
}

fn fetch_one(agent: &ureq::Agent, url: &str, dir: &Path, force: bool) -> Result<Saved, String> {
    let downloaded = fetch::download(agent, url).map_err(|e| e.to_string())?;
    let page =
        web::page::read(&downloaded.html, Some(&downloaded.url)).map_err(|e| e.to_string())?;
    let address = page.url.clone().unwrap_or(downloaded.url);
    let stem = file_stem(&address, page.title.as_deref().unwrap_or_default());
    let text = page.to_report();
    let title = page.title.unwrap_or_default();
    let write_error = |path: &Path, e: io::Error| format!("{}: cannot write: {e}", shown(path));
    // The first free name, or the one this address was saved under before.
    let mut n = 0;
    loop {
        n += 1;
        let name = if n == 1 {
            format!("{stem}.txt")
        } else {
            format!("{stem}-{n}.txt")
        };
        let path = dir.join(name);
        match saved_from(&path) {
            None => {
                save(dir, &path, &text, false).map_err(|e| write_error(&path, e))?;
                return Ok(Saved::New(path, title));
            }
            Some(from) if from == address || from == url => {
                if !force {
                    return Ok(Saved::AlreadyThere(path));
                }
                save(dir, &path, &text, true).map_err(|e| write_error(&path, e))?;
                return Ok(Saved::Replaced(path, title));
            }
            Some(_) => continue,
        }
    }
}

/// The `url:` of the report at `path`, `Some("")` for a file without one, `None` if
/// there is no file.
fn saved_from(path: &Path) -> Option<String> {
    if fs::symlink_metadata(path).is_err() {
        return None;
    }
    // Only a regular file is read: a FIFO or a link to a device there must not block.
    let bytes = crate::files::read_bounded(path, crate::files::MAX_REPORT, "a report");
    let text = String::from_utf8(bytes.unwrap_or_default()).unwrap_or_default();
    let url = text
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .find_map(|line| line.strip_prefix("url:"))
        .map(|url| url.trim().to_owned());
    Some(url.unwrap_or_default())
}

/// Writes the whole file beside its place and renames it there, so that no half
/// report is ever seen; without `replace`, an existing file (or link) is never
/// overwritten.
fn save(dir: &Path, path: &Path, text: &str, replace: bool) -> io::Result<()> {
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    file.write_all(text.as_bytes())?;
    let persisted = if replace {
        file.persist(path)
    } else {
        file.persist_noclobber(path)
    };
    persisted.map(drop).map_err(|e| e.error)
}

/// A file name for a page, from the last part of its address's path
/// (`.../2024/03/millbrook-bridge.html` gives `millbrook-bridge`), or else its title:
/// lower-case letters, digits and hyphens only, so that it can never name another
/// folder, a hidden file or anything outside DIR.
pub fn file_stem(url: &str, title: &str) -> String {
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or_default()
        .split_once("://")
        .map_or("", |(_, rest)| {
            rest.split_once('/').map_or("", |(_, path)| path)
        });
    let last = path
        .rsplit('/')
        .find(|part| !part.is_empty())
        .map(|part| part.rsplit_once('.').map_or(part, |(stem, _)| stem))
        .unwrap_or_default();
    let from_url = slug(last);
    // "index", "article" or a bare number name nothing.
    let useful = from_url.chars().any(|c| c.is_ascii_alphabetic())
        && !matches!(from_url.as_str(), "index" | "article" | "story" | "news");
    let stem = if useful { from_url } else { slug(title) };
    if stem.is_empty() {
        "report".to_owned()
    } else {
        stem
    }
}

/// Letters and digits (ASCII, lower-cased), runs of anything else as one hyphen, at
/// most 60 characters.
fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}

fn shown(path: &Path) -> String {
    one_line(&path.display().to_string()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_comes_from_the_address_or_else_the_title() {
        assert_eq!(
            file_stem("https://e.org/2024/03/millbrook-bridge.html?utm=x#top", "T"),
            "millbrook-bridge"
        );
        assert_eq!(
            file_stem("https://e.org/news/12345/", "Storm: harbour reopens!"),
            "storm-harbour-reopens"
        );
        assert_eq!(file_stem("https://e.org/", "Ünïcode only ✓"), "n-code-only");
        assert_eq!(file_stem("https://e.org/index.php", ""), "report");
    }

    #[test]
    fn a_file_name_cannot_leave_the_folder() {
        for url in [
            "https://e.org/..%2F..%2Fetc%2Fpasswd",
            "https://e.org/a/../../.bashrc",
        ] {
            let stem = file_stem(url, "");
            assert!(
                stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{stem}"
            );
            assert!(!stem.starts_with(['-', '.']), "{stem}");
        }
        assert_eq!(slug(&"x".repeat(100)).len(), 60);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_where_a_page_would_be_saved_is_never_read() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("page.txt");
        assert!(std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success());
        // Taken as a file saved from no address: the next free name is used instead.
        assert_eq!(saved_from(&fifo), Some(String::new()));
        assert_eq!(saved_from(&dir.path().join("none.txt")), None);
    }
}
