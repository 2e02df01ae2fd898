//! The finder's part of a folder's cache (see [`crate::cache`]): the searchable text
//! and its entries, with the id of each statement, enough for `parley find` to print
//! without building the corpus.

use super::{Entry, Finder, SEPARATOR};
use crate::cache::wire::{Reader, Writer};
use crate::model::Corpus;

/// A finder and the id of each statement.
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

    /// The finder's text, every "speaker: quote" one after another (an index always
    /// holds its own: it is built by [`Finder::new`] or read from a cache).
    pub(crate) fn text(&self) -> Option<&str> {
        self.finder.own_text()
    }

    /// Everything but the finder's text, which is written as it is.
    pub(crate) fn write(&self, w: &mut Writer) {
        let finder = &self.finder;
        w.str(&self.ids);
        w.size(finder.entries.len());
        for (entry, &id_end) in finder.entries.iter().zip(&self.id_ends) {
            w.size(entry.start);
            w.size(entry.end);
            w.size(entry.prefix_bytes);
            w.size(entry.prefix_chars);
            w.fixed(entry.mask);
            w.flag(entry.ascii);
            w.size(id_end);
        }
    }

    /// The index written by [`Index::write`] for the finder's `text`, or `None` if any
    /// offset is out of place.
    pub(crate) fn read(text: String, r: &mut Reader) -> Option<Self> {
        let ids = r.string()?;
        let count = r.count()?;
        let mut entries = Vec::with_capacity(count);
        let mut id_ends = Vec::with_capacity(count);
        let mut last_id_end = 0;
        for _ in 0..count {
            let entry = Entry {
                start: r.size()?,
                end: r.size()?,
                prefix_bytes: r.size()?,
                prefix_chars: r.size()?,
                mask: r.fixed()?,
                ascii: r.flag()?,
            };
            let haystack = text.get(entry.start..entry.end)?;
            let name_end = entry.prefix_bytes.checked_sub(SEPARATOR.len())?;
            haystack.get(..name_end)?;
            let prefix_ok = haystack.get(name_end..entry.prefix_bytes) == Some(SEPARATOR)
                && (SEPARATOR.len()..=entry.prefix_bytes).contains(&entry.prefix_chars);
            if !prefix_ok || (entry.ascii && !haystack.is_ascii()) {
                return None;
            }
            let id_end = r.size()?;
            if id_end < last_id_end || !ids.is_char_boundary(id_end) {
                return None;
            }
            last_id_end = id_end;
            entries.push(entry);
            id_ends.push(id_end);
        }
        Some(Self {
            finder: Finder::with_entries(text, entries),
            ids,
            id_ends,
        })
    }
}
