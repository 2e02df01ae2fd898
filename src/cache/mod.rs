//! A folder's checked corpus, saved beside it in `.parley-cache`, so that opening a
//! large corpus (the browser, every command, `parley find`) need not read and check
//! every annotation again.
//!
//! The cache is keyed by the name, size, modification time (to the nanosecond) and,
//! on Unix, inode and change time of every file in the folder, taken before the
//! corpus is read: adding, removing, or changing any report or annotation makes it
//! stale, and a stale cache is never read, only rebuilt. The key is taken again after
//! loading and the cache written only if it is unchanged, so that a file changed while
//! it was read is not cached in its old state. (A rewrite of the same size within one
//! tick of the file system's clock after the key was taken, when the file had already
//! been changed in that tick, leaves no trace in the key: the limit of any cache keyed
//! on file times.) A corpus with problems is cached with them, so that a folder of real
//! articles, whose ingest leaves warnings, opens at once the next time and still shows
//! its warnings.
//!
//! The file: a magic line, then five sections, each its length and checksum (both
//! `u64` little-endian) before its bytes: the key; the problems met loading; the
//! finder's text; its entries and the statement ids (all `parley find` reads, with the
//! problems); the corpus (see [`corpus`]), followed by the report bodies. A cache that is damaged in any
//! way (short, a wrong checksum, an offset out of place) is ignored and rebuilt.
//! Writing is best-effort: into a file beside it, renamed over the cache, so that a
//! reader never sees half a cache; a folder that cannot be written to has no cache.

mod corpus;
pub mod wire;

use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use crate::corpus::{CorpusError, Loaded, Problem};
use crate::model::Corpus;
use crate::search::cache::Index;
use wire::{Reader, Writer};

/// The cache file's name inside the folder; the loader ignores it (no `.txt`).
pub const FILE: &str = ".parley-cache";

/// How the files a cache is written into before being renamed end: `FILE.XXXXXX` and
/// this, a name no report or annotation has.
const PARTIAL: &str = ".partial";

/// Set (to anything but the empty string) to neither read nor write caches, as
/// `--no-cache` does.
pub const NO_CACHE_VAR: &str = "PARLEY_NO_CACHE";

const MAGIC: &[u8] = b"parley cache 5\n";

/// Whether caches are wanted: not when `--no-cache` is given or `PARLEY_NO_CACHE` set.
pub fn wanted(no_cache_flag: bool) -> bool {
    !no_cache_flag && std::env::var_os(NO_CACHE_VAR).is_none_or(|v| v.is_empty())
}

/// The corpus of a folder, from its cache when that is up to date; otherwise loaded
/// and checked in full, and cached with the problems found.
pub fn load(dir: &Path) -> Result<Loaded, CorpusError> {
    let (loaded, unsaved) = load_unsaved(dir)?;
    if let Some(unsaved) = unsaved {
        unsaved.save(&loaded.corpus);
    }
    Ok(loaded)
}

/// [`load`], but a cache worth writing is handed back rather than written, so that the
/// browser can draw first and write it meanwhile.
pub fn load_unsaved(dir: &Path) -> Result<(Loaded, Option<Unsaved>), CorpusError> {
    load_unsaved_with_progress(dir, &mut |_, _| {})
}

/// [`load_unsaved`], telling `progress` how many reports of how many are read when the
/// cache cannot be used.
pub fn load_unsaved_with_progress(
    dir: &Path,
    progress: crate::corpus::Progress,
) -> Result<(Loaded, Option<Unsaved>), CorpusError> {
    // Taken before reading, so that a file changed meanwhile makes the cache stale.
    let (fingerprint, uncached) = keyed(dir);
    if let Some(loaded) = fingerprint
        .as_deref()
        .and_then(|print| open_loaded(dir, print))
    {
        return Ok((loaded, None));
    }
    let mut loaded = crate::corpus::load_with_progress(&[dir.to_path_buf()], progress)?;
    loaded.problems.extend(uncached);
    let unsaved = fingerprint
        .filter(|print| worth_saving(dir, print))
        .map(|fingerprint| Unsaved {
            dir: dir.to_path_buf(),
            fingerprint,
            problems: loaded.problems.clone(),
        });
    Ok((loaded, unsaved))
}

/// A corpus just loaded in full and worth caching: its folder, and the key taken before
/// it was read (and found the same after).
#[derive(Debug)]
pub struct Unsaved {
    dir: PathBuf,
    fingerprint: Vec<u8>,
    problems: Vec<Problem>,
}

impl Unsaved {
    /// Writes the cache of the corpus this was loaded with. A file changed since makes
    /// the key stale, so the cache is never read; a folder that cannot be written to is
    /// simply left without one.
    pub fn save(self, corpus: &Corpus) {
        let _ = save_with_problems(&self.dir, &self.fingerprint, corpus, &self.problems);
    }
}

/// The finder of a folder and the problems met loading it: from the cache when that
/// is up to date (no corpus is built), otherwise as [`load`] does.
pub fn find_index(dir: &Path) -> Result<(Index, Vec<Problem>), CorpusError> {
    let (fingerprint, uncached) = keyed(dir);
    if let Some(found) = fingerprint
        .as_deref()
        .and_then(|print| open_finder(dir, print))
    {
        return Ok(found);
    }
    let mut loaded = crate::corpus::load(&[dir.to_path_buf()])?;
    loaded.problems.extend(uncached);
    let index = Index::new(&loaded.corpus);
    if let Some(print) = fingerprint.filter(|print| worth_saving(dir, print)) {
        let _ = save_with_problems(dir, &print, &loaded.corpus, &loaded.problems);
    }
    Ok((index, loaded.problems))
}

/// The key of `dir`, or a warning saying why it has none and so no cache: caching is
/// never turned off without a word.
fn keyed(dir: &Path) -> (Option<Vec<u8>>, Option<Problem>) {
    match fingerprint(dir) {
        Ok(print) => (Some(print), None),
        Err(e) => (None, Some(uncached(dir, &e))),
    }
}

/// Why a folder cannot be cached, if it cannot: for `check`, which reads no cache.
pub fn uncachable(dir: &Path) -> Option<Problem> {
    let examined = fs::read_dir(dir)
        .and_then(|mut entries| entries.try_for_each(|entry| examine(&entry?.path()).map(drop)));
    examined.err().map(|e| uncached(dir, &e))
}

fn uncached(dir: &Path, e: &io::Error) -> Problem {
    Problem::warning(
        dir.display().to_string(),
        format!("the folder's files cannot all be examined ({e}), so its corpus is not cached and is read in full every time"),
    )
}

/// Whether a corpus just loaded may be cached under the key taken before loading: no
/// file changed while it was read (a change the key shows).
fn worth_saving(dir: &Path, before: &[u8]) -> bool {
    fingerprint(dir).is_ok_and(|after| after == before)
}

/// The cached corpus of `dir`, if the cache was written for exactly these files.
pub fn open_corpus(dir: &Path, fingerprint: &[u8]) -> Option<Corpus> {
    open_loaded(dir, fingerprint).map(|loaded| loaded.corpus)
}

/// The cached corpus of `dir` and the problems met loading it, if the cache was
/// written for exactly these files.
pub fn open_loaded(dir: &Path, fingerprint: &[u8]) -> Option<Loaded> {
    let mut file = Opened::new(dir, fingerprint)?;
    let problems = file.problems()?;
    file.skip_section()?;
    file.skip_section()?;
    let bytes = file.section()?;
    let mut reader = Reader::new(&bytes);
    let parts = corpus::read(&mut reader, &mut |len| file.bytes(len))?;
    (reader.is_done() && file.at_end()).then_some(())?;
    // The bytes are let go first, for the indexes to reuse.
    drop(bytes);
    Some(Loaded {
        corpus: parts.into_corpus(),
        problems,
        cached: true,
    })
}

/// The cached finder of `dir`, if the cache was written for exactly these files.
pub fn open_index(dir: &Path, fingerprint: &[u8]) -> Option<Index> {
    open_finder(dir, fingerprint).map(|(index, _)| index)
}

/// The cached finder of `dir` and the problems met loading the corpus.
pub fn open_finder(dir: &Path, fingerprint: &[u8]) -> Option<(Index, Vec<Problem>)> {
    let mut file = Opened::new(dir, fingerprint)?;
    let problems = file.problems()?;
    // Read into its own buffer, which becomes the finder's text as it is.
    let text = String::from_utf8(file.section()?).ok()?;
    let bytes = file.section()?;
    let mut reader = Reader::new(&bytes);
    let index = Index::read(text, &mut reader)?;
    reader.is_done().then_some((index, problems))
}

/// Writes the cache of `dir`, for a corpus that loaded with no problem.
pub fn save(dir: &Path, fingerprint: &[u8], corpus: &Corpus) -> io::Result<()> {
    save_with_problems(dir, fingerprint, corpus, &[])
}

/// Writes the cache of `dir`. Fails on a corpus whose references do not hold (which
/// a checked corpus never has) and on any write error, leaving no partial file.
pub fn save_with_problems(
    dir: &Path,
    fingerprint: &[u8],
    corpus: &Corpus,
    problems: &[Problem],
) -> io::Result<()> {
    // A new file of a name no one can guess (never one already there, nor a link
    // planted in its place), renamed over the cache once it is whole; removed if not.
    let mut partial = tempfile::Builder::new()
        .prefix(&format!("{FILE}."))
        .suffix(PARTIAL)
        .tempfile_in(dir)?;
    write_to(partial.as_file_mut(), fingerprint, corpus, problems)?;
    partial.persist(dir.join(FILE))?;
    Ok(())
}

fn write_to(
    file: &mut File,
    fingerprint: &[u8],
    corpus: &Corpus,
    problems: &[Problem],
) -> io::Result<()> {
    let mut out = BufWriter::new(file);
    out.write_all(MAGIC)?;
    write_section(&mut out, fingerprint)?;
    let mut section = Writer::default();
    write_problems(problems, &mut section);
    write_section(&mut out, &section.bytes)?;
    // The finder's text goes out as it is put together, never whole in memory, and
    // one section at a time is.
    section.bytes.clear();
    write_section_in_pieces(&mut out, |text| {
        crate::search::cache::write(corpus, text, &mut section)
    })?;
    write_section(&mut out, &section.bytes)?;
    section.bytes.clear();
    corpus::write(corpus, &mut section)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "a dangling reference"))?;
    write_section(&mut out, &section.bytes)?;
    for report in corpus.reports() {
        out.write_all(report.body.as_bytes())?;
    }
    // No sync: a cache cut short by a crash fails its checksum and is rebuilt.
    out.flush()
}

fn write_section(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(&wire::checksum(bytes).to_le_bytes())?;
    out.write_all(bytes)
}

/// A section whose bytes `fill` hands over in pieces: the header, its length and
/// checksum, is filled in once they are all written.
fn write_section_in_pieces<W: Write + Seek>(
    out: &mut W,
    fill: impl FnOnce(&mut dyn FnMut(&str) -> io::Result<()>) -> io::Result<()>,
) -> io::Result<()> {
    let header = out.stream_position()?;
    out.write_all(&[0; 16])?;
    let (mut len, mut sum) = (0u64, wire::Checksum::default());
    fill(&mut |piece| {
        len += piece.len() as u64;
        sum.update(piece.as_bytes());
        out.write_all(piece.as_bytes())
    })?;
    let end = out.stream_position()?;
    out.seek(SeekFrom::Start(header))?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(&sum.finish().to_le_bytes())?;
    out.seek(SeekFrom::Start(end))?;
    Ok(())
}

/// A cache file whose magic line and key are checked, positioned at the finder.
struct Opened {
    file: File,
    len: u64,
}

impl Opened {
    fn new(dir: &Path, fingerprint: &[u8]) -> Option<Self> {
        // Only a regular file: a FIFO or a link to a terminal there must not block.
        let (mut file, meta) = crate::files::open_regular(&dir.join(FILE)).ok()?;
        let len = meta.len();
        let mut magic = [0; MAGIC.len()];
        file.read_exact(&mut magic).ok()?;
        let mut opened = Self { file, len };
        // The key's length is known: a cache saying otherwise is not read further.
        let (key_len, _) = opened.header()?;
        (magic == MAGIC && key_len == fingerprint.len()).then_some(())?;
        opened.file.seek(SeekFrom::Current(-16)).ok()?;
        (opened.section()? == fingerprint).then_some(opened)
    }

    /// A section's length, checked against what is left of the file.
    fn header(&mut self) -> Option<(usize, u64)> {
        let mut header = [0; 16];
        self.file.read_exact(&mut header).ok()?;
        let len = u64::from_le_bytes(header[..8].try_into().ok()?);
        let sum = u64::from_le_bytes(header[8..].try_into().ok()?);
        let at = self.file.stream_position().ok()?;
        (len <= self.len.saturating_sub(at)).then_some((usize::try_from(len).ok()?, sum))
    }

    fn section(&mut self) -> Option<Vec<u8>> {
        let (len, sum) = self.header()?;
        let bytes = self.read(len)?;
        (wire::checksum(&bytes) == sum).then_some(bytes)
    }

    /// The next `len` bytes, if the file has them.
    fn bytes(&mut self, len: usize) -> Option<Vec<u8>> {
        let at = self.file.stream_position().ok()?;
        (len as u64 <= self.len.saturating_sub(at)).then_some(())?;
        self.read(len)
    }

    /// `len` bytes, or none if they do not fit in memory: a cache is only ever a cache.
    fn read(&mut self, len: usize) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        bytes.try_reserve_exact(len).ok()?;
        (&mut self.file)
            .take(len as u64)
            .read_to_end(&mut bytes)
            .ok()?;
        (bytes.len() == len).then_some(bytes)
    }

    /// The problems section.
    fn problems(&mut self) -> Option<Vec<Problem>> {
        let bytes = self.section()?;
        let mut reader = Reader::new(&bytes);
        let problems = read_problems(&mut reader)?;
        reader.is_done().then_some(problems)
    }

    fn skip_section(&mut self) -> Option<()> {
        let (len, _) = self.header()?;
        self.file.seek(SeekFrom::Current(len as i64)).ok()?;
        Some(())
    }

    fn at_end(&mut self) -> bool {
        self.file.stream_position().ok() == Some(self.len)
    }
}

fn write_problems(problems: &[Problem], w: &mut Writer) {
    w.size(problems.len());
    for p in problems {
        w.flag(p.is_error());
        w.str(&p.file);
        w.flag(p.line.is_some());
        if let Some(line) = p.line {
            w.size(line);
        }
        w.opt_str(p.path.as_deref());
        w.str(&p.message);
    }
}

fn read_problems(r: &mut Reader) -> Option<Vec<Problem>> {
    let count = r.count()?;
    let mut problems = Vec::with_capacity(count);
    for _ in 0..count {
        let error = r.flag()?;
        let file = r.string()?;
        let line = r.optional(Reader::size)?;
        let path = r.opt_string()?;
        let message = r.string()?;
        let mut problem = if error {
            Problem::error(file, message)
        } else {
            Problem::warning(file, message)
        };
        problem.line = line;
        problem.path = path;
        problems.push(problem);
    }
    Some(problems)
}

/// Every file of `dir` but the cache, with its size and modification time (through
/// links), in name order; and this build's version and program file, so that another
/// parley never reads a cache it did not write.
pub fn fingerprint(dir: &Path) -> io::Result<Vec<u8>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if is_cache_file(&name) {
            continue;
        }
        let meta = examine(&entry.path())?;
        let modified = meta
            .modified()?
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        files.push((name, meta.len(), modified.as_nanos(), changed(&meta)));
    }
    files.sort();
    let mut out = format!("{}\n{}\n", env!("CARGO_PKG_VERSION"), this_build()).into_bytes();
    for (name, size, modified, changed) in files {
        out.extend_from_slice(name.as_encoded_bytes());
        out.extend_from_slice(format!("\t{size}\t{modified}\t{changed}\n").as_bytes());
    }
    Ok(out)
}

/// What the key holds of a file: through links, as the loader reads, so that a linked
/// report's own times count. A link to nothing (or a loop of links) counts by its own
/// times, so that it neither turns caching off nor goes unnoticed once it leads
/// somewhere.
fn examine(path: &Path) -> io::Result<fs::Metadata> {
    fs::metadata(path).or_else(|_| fs::symlink_metadata(path))
}

/// The size and modification time of the running program, so that a rebuilt parley
/// (whose checks may differ under the same version) reads no cache an older one wrote.
fn this_build() -> String {
    std::env::current_exe()
        .and_then(fs::metadata)
        .map(|meta| {
            let modified = meta
                .modified()
                .ok()
                .and_then(|m| m.duration_since(UNIX_EPOCH).ok());
            format!("{} {}", meta.len(), modified.unwrap_or_default().as_nanos())
        })
        .unwrap_or_default()
}

/// The cache and the files it is written into before being renamed, and nothing else:
/// a report named `.parley-cache.txt` counts like any other.
pub fn is_cache_file(name: &OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name == FILE.as_bytes()
        || name.starts_with(format!("{FILE}.").as_bytes()) && name.ends_with(PARTIAL.as_bytes())
}

/// The inode and its change time, which, unlike the modification time, no tool can
/// set back (`cp -p` and `rsync -t` keep an old modification time on new content).
#[cfg(unix)]
fn changed(meta: &fs::Metadata) -> String {
    use std::os::unix::fs::MetadataExt;
    format!("{}:{}.{:09}", meta.ino(), meta.ctime(), meta.ctime_nsec())
}

#[cfg(not(unix))]
fn changed(_: &fs::Metadata) -> String {
    String::new()
}

#[cfg(test)]
mod tests;
