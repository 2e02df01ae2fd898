//! Reading and writing files of a corpus, which is untrusted: a name may be a FIFO that
//! blocks whoever opens it, a link to `/dev/tty` or `/dev/zero`, a file larger than
//! memory, or a link planted where parley writes. Only regular files are read, never
//! more than a limit the error states, and a file is written by renaming a new one over
//! the name, never through a link.

use std::fs::{self, File, Metadata};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// The largest report file read: offsets into a body are 32-bit.
pub const MAX_REPORT: u64 = u32::MAX as u64;

/// The largest annotation file read, far above any real one (the annotations of a
/// thousand statements take about half a megabyte).
pub const MAX_ANNOTATION: u64 = 1 << 30;

/// The largest configuration file read.
pub const MAX_CONFIG: u64 = 1 << 20;

/// Why a file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("not a regular file but {0}, which parley does not read")]
    NotRegular(&'static str),
    #[error("too large: {} ({size} bytes), where parley reads at most {} for {what}", human(*size), human(*limit))]
    TooLarge {
        size: u64,
        limit: u64,
        what: &'static str,
    },
    #[error("{} ({size} bytes) does not fit in memory", human(*size))]
    NoMemory { size: u64 },
    #[error("longer than {}, the most parley reads for {what}", human(*limit))]
    Endless { limit: u64, what: &'static str },
}

impl ReadError {
    /// Whether the file is not there at all (nor a link to nothing).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(e) if e.kind() == io::ErrorKind::NotFound)
    }
}

/// Opens `path` (through links) if it is a regular file, without blocking on a FIFO or
/// a terminal: the kind is checked on the opened file, so it cannot change in between.
pub fn open_regular(path: &Path) -> Result<(File, Metadata), ReadError> {
    let file = open_nonblocking(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(kind(&meta)));
    }
    Ok((file, meta))
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Opening a FIFO for reading waits for a writer unless non-blocking; a regular
    // file reads the same either way.
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Whether two files' metadata are of one file on the disk (a link or a hard link to
/// it, or the file itself).
pub fn same_file(a: &Metadata, b: &Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Creates or truncates `path` for writing, following links, as the shell's `>` does
/// (`-o /dev/stdout` works), but a FIFO that no one reads is an error, not a wait that
/// never ends.
pub fn create_for_output(path: &Path) -> io::Result<OutputFile> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
        // Opening a FIFO to write without blocking fails at once when it has no reader.
        // A FIFO opened so is written through that same opening, which waits when the
        // FIFO is full (closing it and opening it again could tell its reader the
        // writing was over); any other file is created as it would be.
        let probe = fs::OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path);
        match probe {
            Err(e) if e.raw_os_error() == Some(libc::ENXIO) => {
                return Err(io::Error::other(
                    "is a FIFO that no one is reading (writing to it would wait for ever)",
                ))
            }
            Ok(file) if file.metadata()?.file_type().is_fifo() => return Ok(OutputFile(file)),
            _ => {}
        }
    }
    Ok(OutputFile(File::create(path)?))
}

/// A file opened by [`create_for_output`]: a FIFO opened without blocking is written
/// a piece at a time as its reader makes room (a file opened to block never waits so).
pub struct OutputFile(File);

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        loop {
            match self.0.write(buf) {
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                written => return written,
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// The whole of a regular file of at most `limit` bytes; `what` names the kind of file
/// in the error ("a report").
pub fn read_bounded(path: &Path, limit: u64, what: &'static str) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    let size = meta.len();
    if size > limit {
        return Err(ReadError::TooLarge { size, limit, what });
    }
    let mut bytes = Vec::new();
    // A file may grow while it is read: one byte past its size tells.
    let room = usize::try_from(size + 1).map_err(|_| ReadError::NoMemory { size })?;
    bytes
        .try_reserve_exact(room)
        .map_err(|_| ReadError::NoMemory { size })?;
    file.take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        return Err(ReadError::TooLarge {
            size: read,
            limit,
            what,
        });
    }
    Ok(bytes)
}

/// All of `stream` (standard input) up to `limit` bytes; past that, an error naming
/// the limit rather than memory running out.
pub fn read_stream(
    stream: impl Read,
    limit: u64,
    what: &'static str,
) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    stream.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::Endless { limit, what });
    }
    Ok(bytes)
}

/// What a file that is not a regular file is, for a message.
pub fn kind(meta: &Metadata) -> &'static str {
    if meta.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() {
            return "a character device (such as a terminal or /dev/zero)";
        }
        if kind.is_block_device() {
            return "a block device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// A size for people: `4.0 GiB`, `12 KiB`, `300 bytes`.
pub fn human(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

/// Writes `contents` to `path` as a new file renamed over it: a link at `path` is
/// replaced, never followed, and a reader never sees half a file. A regular file that
/// was there keeps its permissions.
pub fn replace(path: &Path, contents: &[u8]) -> io::Result<()> {
    replace_with(path, |file| file.write_all(contents))
}

/// [`replace`], the new file written by `write` as it goes rather than from bytes held
/// whole first. If `write` fails, the file at `path` is left as it was.
pub fn replace_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".partial");
    #[cfg(unix)]
    builder.permissions(permissions_for(path));
    let mut partial = builder.tempfile_in(&dir)?;
    let mut buffered = io::BufWriter::with_capacity(1 << 16, partial.as_file_mut());
    write(&mut buffered)?;
    buffered.flush()?;
    drop(buffered);
    partial.as_file().sync_all()?;
    partial.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// The permissions of the regular file at `path` (not of what a link there points at),
/// or those of a new file: `rw-rw-rw-` less the umask, which applies on creation as it
/// does for `fs::write`.
#[cfg(unix)]
fn permissions_for(path: &Path) -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() => meta.permissions(),
        _ => fs::Permissions::from_mode(0o666),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(human(300), "300 bytes");
        assert_eq!(human(12 * 1024), "12 KiB");
        assert_eq!(human(u64::from(u32::MAX)), "4.0 GiB");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_its_size() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, vec![b' '; 2048]).unwrap();
        let err = read_bounded(&path, 1024, "an annotation").unwrap_err();
        assert_eq!(
            err.to_string(),
            "too large: 2.0 KiB (2048 bytes), where parley reads at most 1.0 KiB for an annotation"
        );
        assert_eq!(read_bounded(&path, 4096, "x").unwrap().len(), 2048);
    }

    #[cfg(unix)]
    #[test]
    fn replacing_a_link_leaves_what_it_points_at_alone() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let link = dir.path().join("a.json");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        replace(&link, b"{}").unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert!(fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(fs::read_to_string(&link).unwrap(), "{}");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 2, "no partial file is left behind");
    }
}
