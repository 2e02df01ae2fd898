//! A folder that changes while it is open: reports and annotations added, changed or
//! removed are noticed (inotify and its kin, through `notify`), the corpus is loaded
//! again on a thread of its own once the folder has been quiet for a moment, and the
//! browser takes it in, keeping what was selected where it still is.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use notify::{EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use crate::cache::Unsaved;
use crate::corpus::{CorpusError, Loaded, Progress};

/// What loading a corpus comes to: the corpus, and its cache to write if it is worth one.
pub type Outcome = Result<(Loaded, Option<Unsaved>), CorpusError>;

/// Loads the corpus again, as it was loaded first, telling how far it has come.
pub type Load = dyn Fn(Progress) -> Outcome + Send + Sync + 'static;

/// How long the folder must be quiet before it is read again: a copy of many files,
/// or an editor's save in several steps, is one reload.
const SETTLE: Duration = Duration::from_millis(300);

pub struct Reloader {
    /// Kept alive for as long as the folders are watched.
    _watcher: Option<RecommendedWatcher>,
    changes: Receiver<()>,
    load: Arc<Load>,
    /// When the last change was seen, until the reload it calls for starts.
    pending: Option<Instant>,
    running: Option<Receiver<Outcome>>,
    /// Reports read, and of how many, by the reload running.
    progress: Arc<(AtomicUsize, AtomicUsize)>,
    /// Caches of reloaded corpora being written, waited for before the program ends.
    saving: Vec<JoinHandle<()>>,
}

/// What a reload came to.
pub enum Reloaded {
    Corpus(Box<Loaded>),
    Failed(String),
}

impl Reloader {
    /// Watches `paths` (folders, and report files through their folders) and reloads
    /// with `load`. A folder that cannot be watched is simply not: the browser works
    /// as before.
    pub fn watch(paths: &[PathBuf], load: Arc<Load>) -> Self {
        let (send, changes) = mpsc::channel();
        let wanted: Vec<PathBuf> = paths.to_vec();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            let Ok(event) = event else { return };
            if matters(&event.kind) && event.paths.iter().any(|p| concerns(&wanted, p)) {
                let _ = send.send(());
            }
        });
        let watcher = watcher.ok().map(|mut watcher| {
            for dir in folders(paths) {
                let _ = watcher.watch(&dir, RecursiveMode::NonRecursive);
            }
            watcher
        });
        Self::with(watcher, changes, load)
    }

    /// A reloader that watches nothing; [`Reloader::changed`] stands for the watcher.
    pub fn unwatched(load: Arc<Load>) -> Self {
        let (_, changes) = mpsc::channel();
        Self::with(None, changes, load)
    }

    fn with(watcher: Option<RecommendedWatcher>, changes: Receiver<()>, load: Arc<Load>) -> Self {
        Reloader {
            _watcher: watcher,
            changes,
            load,
            pending: None,
            running: None,
            progress: Arc::default(),
            saving: Vec::new(),
        }
    }

    /// Something changed: a reload follows once the folder is quiet.
    pub fn changed(&mut self) {
        self.pending = Some(Instant::now());
    }

    /// Whether a reload is waiting or running (the event loop then looks more often).
    pub fn busy(&self) -> bool {
        self.pending.is_some() || self.running.is_some()
    }

    /// Reports read and of how many, while a reload runs.
    pub fn progress(&self) -> Option<(usize, usize)> {
        self.running.as_ref()?;
        let (done, total) = &*self.progress;
        Some((done.load(Ordering::Relaxed), total.load(Ordering::Relaxed)))
    }

    /// Starts a reload whose folder has settled, and hands over one that has finished.
    pub fn poll(&mut self) -> Option<Reloaded> {
        while self.changes.try_recv().is_ok() {
            self.changed();
        }
        if let Some(running) = &self.running {
            return match running.try_recv() {
                Err(TryRecvError::Empty) => None,
                Err(TryRecvError::Disconnected) => {
                    self.running = None;
                    Some(Reloaded::Failed("the reload stopped".to_owned()))
                }
                Ok(result) => {
                    self.running = None;
                    Some(match result {
                        Ok((loaded, unsaved)) => {
                            self.save(unsaved, &loaded);
                            Reloaded::Corpus(Box::new(loaded))
                        }
                        Err(e) => Reloaded::Failed(e.to_string()),
                    })
                }
            };
        }
        if self.pending.is_some_and(|at| at.elapsed() >= SETTLE) {
            self.pending = None;
            self.start();
        }
        None
    }

    fn start(&mut self) {
        let (send, receive) = mpsc::channel();
        let (load, progress) = (Arc::clone(&self.load), Arc::clone(&self.progress));
        progress.0.store(0, Ordering::Relaxed);
        progress.1.store(0, Ordering::Relaxed);
        std::thread::spawn(move || {
            let result = load(&mut |done, total| {
                progress.0.store(done, Ordering::Relaxed);
                progress.1.store(total, Ordering::Relaxed);
            });
            let _ = send.send(result);
        });
        self.running = Some(receive);
    }

    /// Writes the new cache on a thread of its own, from a corpus of its own (the
    /// browser's copy is about to be shared with the finder).
    fn save(&mut self, unsaved: Option<Unsaved>, loaded: &Loaded) {
        self.saving.retain(|s| !s.is_finished());
        if let Some(unsaved) = unsaved {
            let corpus = loaded.corpus.clone();
            self.saving
                .push(std::thread::spawn(move || unsaved.save(&corpus)));
        }
    }

    /// Waits for caches being written, so that none is left half written.
    pub fn finish(self) {
        for saving in self.saving {
            let _ = saving.join();
        }
    }
}

/// Changes to what a file holds or whether it is there; not reads.
fn matters(kind: &EventKind) -> bool {
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    )
}

/// Whether a change to `path` concerns the corpus opened from `paths`: a report or an
/// annotation in a folder opened, or a report file opened and its annotation; never
/// the cache, which the browser itself writes.
fn concerns(paths: &[PathBuf], path: &Path) -> bool {
    // The cache and its partial files, but not a report named `.parley-cache.txt`.
    if crate::cache::is_cache_file(path.file_name().unwrap_or_default()) {
        return false;
    }
    let report_or_annotation = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e == "json" || crate::corpus::REPORT_EXTENSIONS.contains(&e));
    paths.iter().any(|opened| {
        if opened.is_dir() {
            report_or_annotation && path.parent() == Some(opened.as_path())
        } else {
            path == opened || path == crate::corpus::annotation_path(opened)
        }
    })
}

/// The folders to watch: each folder opened, and the folder of each file opened.
fn folders(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut folders: Vec<PathBuf> = paths
        .iter()
        .map(|p| {
            if p.is_dir() {
                p.clone()
            } else {
                match p.parent() {
                    Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
                    _ => PathBuf::from("."),
                }
            }
        })
        .collect();
    folders.sort();
    folders.dedup();
    folders
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_reports_and_annotations_of_what_was_opened_matter() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().to_path_buf();
        let opened = [folder.clone()];
        assert!(concerns(&opened, &folder.join("new.txt")));
        assert!(concerns(&opened, &folder.join("new.json")));
        assert!(concerns(&opened, &folder.join("saved-page.html")));
        assert!(!concerns(&opened, &folder.join(".parley-cache")));
        assert!(!concerns(&opened, &folder.join(".parley-cache.x1y2")));
        assert!(!concerns(
            &opened,
            &folder.join(".parley-cache.x1y2.partial")
        ));
        assert!(concerns(&opened, &folder.join(".parley-cache.txt")));
        assert!(!concerns(&opened, &folder.join("notes.md")));
        assert!(!concerns(&opened, &folder.join("sub").join("deep.txt")));
        let file = [folder.join("one.txt")];
        assert!(concerns(&file, &folder.join("one.txt")));
        assert!(concerns(&file, &folder.join("one.json")));
        assert!(!concerns(&file, &folder.join("two.txt")));
        assert_eq!(folders(&file), [folder]);
    }
}
