//! The finder of a folder of reports, saved beside it in `.parley-cache`, so that
//! `parley find` over a large corpus need not read and check every annotation again.
//!
//! The cache is keyed by the name, size, modification time (to the nanosecond) and,
//! on Unix, inode and change time of every file in the folder, taken before the
//! corpus is read: adding, removing, or changing any report or annotation makes it
//! stale, and a stale cache is never read, only rebuilt. Only a corpus that loaded with no problem at all is cached, so
//! that its warnings are shown every time.

use std::fs;
use std::io;
use std::path::Path;
use std::time::UNIX_EPOCH;

use super::{Entry, Finder};
use crate::model::Corpus;

/// The cache file's name inside the folder; the loader ignores it (no `.txt`).
pub const FILE: &str = ".parley-cache";

const MAGIC: &[u8] = b"parley find cache 1\n";

/// A finder and the id of each statement, enough for `parley find` to print.
pub struct Index {
    pub finder: Finder,
    ids: String,
    id_ends: Vec<usize>,
}

impl Index {
    pub fn new(corpus: &Corpus) -> Self {
        let mut ids = String::new();
        let id_ends = corpus
            .statements()
            .iter()
            .map(|s| {
                ids.push_str(s.id.as_str());
                ids.len()
            })
            .collect();
        Self {
            finder: Finder::new(corpus),
            ids,
            id_ends,
        }
    }

    /// The id of a statement.
    pub fn id(&self, statement: usize) -> &str {
        let start = statement.checked_sub(1).map_or(0, |i| self.id_ends[i]);
        &self.ids[start..self.id_ends[statement]]
    }

    /// The cached index of `dir`, if the cache was written for exactly these files.
    pub fn open(dir: &Path, fingerprint: &[u8]) -> Option<Self> {
        let bytes = fs::read(dir.join(FILE)).ok()?;
        let mut reader = Reader {
            bytes: &bytes,
            at: 0,
        };
        if reader.take(MAGIC.len())? != MAGIC || reader.blob()? != fingerprint {
            return None;
        }
        let text = String::from_utf8(reader.blob()?.to_vec()).ok()?;
        let ids = String::from_utf8(reader.blob()?.to_vec()).ok()?;
        let count = reader.number()?;
        let mut entries = Vec::with_capacity(count.min(bytes.len()));
        let mut id_ends = Vec::with_capacity(count.min(bytes.len()));
        for _ in 0..count {
            let entry = Entry {
                start: reader.number()?,
                end: reader.number()?,
                prefix_bytes: reader.number()?,
                prefix_chars: reader.number()?,
                mask: reader.number()? as u64,
                ascii: reader.number()? != 0,
            };
            let haystack = text.get(entry.start..entry.end)?;
            haystack.get(entry.prefix_bytes..)?;
            entries.push(entry);
            id_ends.push(reader.number()?);
        }
        let ends_ok = id_ends.windows(2).all(|w| w[0] <= w[1])
            && id_ends.last().is_none_or(|&end| end <= ids.len())
            && id_ends.iter().all(|&end| ids.is_char_boundary(end));
        (ends_ok && reader.at == bytes.len()).then(|| Self {
            finder: Finder::with_entries(text, entries),
            ids,
            id_ends,
        })
    }

    /// Writes the cache of `dir`; a folder that cannot be written to is left alone.
    pub fn save(&self, dir: &Path, fingerprint: &[u8]) -> io::Result<()> {
        let finder = &self.finder;
        let mut out = Vec::with_capacity(finder.text.len() + self.ids.len() * 2);
        out.extend_from_slice(MAGIC);
        blob(&mut out, fingerprint);
        blob(&mut out, finder.text.as_bytes());
        blob(&mut out, self.ids.as_bytes());
        number(&mut out, finder.entries.len());
        for (entry, &id_end) in finder.entries.iter().zip(&self.id_ends) {
            for n in [
                entry.start,
                entry.end,
                entry.prefix_bytes,
                entry.prefix_chars,
                entry.mask as usize,
                usize::from(entry.ascii),
                id_end,
            ] {
                number(&mut out, n);
            }
        }
        // Written aside and renamed, so that a reader never sees half a cache.
        let partial = dir.join(format!("{FILE}.{}", std::process::id()));
        fs::write(&partial, out)?;
        fs::rename(&partial, dir.join(FILE)).inspect_err(|_| {
            let _ = fs::remove_file(&partial);
        })
    }
}

/// Every file of `dir` but the cache, with its size and modification time, in name
/// order; and this build's version, so that a new parley never reads an old format.
pub fn fingerprint(dir: &Path) -> io::Result<Vec<u8>> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if name.to_string_lossy().starts_with(FILE) {
            continue;
        }
        let meta = entry.metadata()?;
        let modified = meta
            .modified()?
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        files.push((name, meta.len(), modified.as_nanos(), changed(&meta)));
    }
    files.sort();
    let mut out = format!("{}\n", env!("CARGO_PKG_VERSION")).into_bytes();
    for (name, size, modified, changed) in files {
        out.extend_from_slice(name.as_encoded_bytes());
        out.extend_from_slice(format!("\t{size}\t{modified}\t{changed}\n").as_bytes());
    }
    Ok(out)
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

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u64).to_le_bytes());
}

fn blob(out: &mut Vec<u8>, bytes: &[u8]) {
    number(out, bytes.len());
    out.extend_from_slice(bytes);
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(taken)
    }

    fn number(&mut self) -> Option<usize> {
        let bytes = self.take(8)?.try_into().ok()?;
        usize::try_from(u64::from_le_bytes(bytes)).ok()
    }

    fn blob(&mut self) -> Option<&'a [u8]> {
        let n = self.number()?;
        self.take(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn corpus(dir: &Path) -> Corpus {
        crate::corpus::load(&[PathBuf::from(dir)]).unwrap().corpus
    }

    fn copy_bundled(dir: &Path) {
        for report in crate::corpus::BUNDLED {
            fs::write(dir.join(format!("{}.txt", report.name)), report.report).unwrap();
            fs::write(dir.join(format!("{}.json", report.name)), report.annotation).unwrap();
        }
    }

    #[test]
    fn a_saved_index_reads_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        copy_bundled(dir.path());
        let index = Index::new(&corpus(dir.path()));
        let print = fingerprint(dir.path()).unwrap();
        index.save(dir.path(), &print).unwrap();
        let read = Index::open(dir.path(), &print).unwrap();
        assert_eq!(read.finder.len(), index.finder.len());
        for i in 0..index.finder.len() {
            assert_eq!(read.id(i), index.id(i));
            assert_eq!(read.finder.speaker(i), index.finder.speaker(i));
            assert_eq!(read.finder.quote(i), index.finder.quote(i));
        }
        assert_eq!(
            read.finder.search("nxt moscow"),
            index.finder.search("nxt moscow")
        );
    }

    /// A copy of the bundled corpus with its cache written, and the cache's key.
    fn cached_copy() -> (tempfile::TempDir, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        copy_bundled(dir.path());
        let print = fingerprint(dir.path()).unwrap();
        Index::new(&corpus(dir.path()))
            .save(dir.path(), &print)
            .unwrap();
        (dir, print)
    }

    #[test]
    fn any_change_to_the_folder_makes_the_cache_stale() {
        let (dir, print) = cached_copy();
        assert_eq!(
            fingerprint(dir.path()).unwrap(),
            print,
            "the cache is not keyed"
        );

        // Same size, new content: the modification time tells.
        let annotation = dir.path().join("summit.json");
        let text = fs::read_to_string(&annotation).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        fs::write(&annotation, text.replacen("Moscow", "Moskva", 1)).unwrap();
        let changed = fingerprint(dir.path()).unwrap();
        assert_ne!(changed, print);
        assert!(Index::open(dir.path(), &changed).is_none());

        fs::write(dir.path().join("new.txt"), "A new report.").unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), changed);
    }

    #[cfg(unix)]
    #[test]
    fn new_content_under_an_old_modification_time_is_noticed() {
        let dir = tempfile::tempdir().unwrap();
        copy_bundled(dir.path());
        let annotation = dir.path().join("summit.json");
        let old = fs::metadata(&annotation).unwrap().modified().unwrap();
        let print = fingerprint(dir.path()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let text = fs::read_to_string(&annotation).unwrap();
        fs::write(&annotation, text.replacen("Moscow", "Moskva", 1)).unwrap();
        // As `cp -p` or `rsync -t` would leave it.
        let file = fs::File::options().write(true).open(&annotation).unwrap();
        file.set_modified(old).unwrap();
        assert_ne!(fingerprint(dir.path()).unwrap(), print);
    }

    #[test]
    fn a_damaged_cache_is_not_read() {
        let (dir, print) = cached_copy();
        let path = dir.path().join(FILE);
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(Index::open(dir.path(), &print).is_none());
        fs::write(&path, b"nonsense").unwrap();
        assert!(Index::open(dir.path(), &print).is_none());
    }
}
