//! The finder's part of a folder's cache (see [`crate::cache`]): the searchable text
//! and its entries, with the id of each statement, enough for `parley find` to print
//! without building the corpus.

use super::{skim, Finder, Line, Text, SEPARATOR};
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
        let Text::Own { lines, .. } = &finder.text else {
            unreachable!("an index holds its own text")
        };
        w.str(&self.ids);
        w.size(lines.len());
        for ((line, &mask), &id_end) in lines.iter().zip(&finder.masks).zip(&self.id_ends) {
            w.size(line.start as usize);
            w.size(line.end as usize);
            w.size(line.prefix_bytes as usize);
            w.size(line.prefix_chars as usize);
            w.fixed(mask);
            // Said again by the mask; written so that the cache's layout stays as it was.
            w.flag(mask & skim::NON_ASCII == 0);
            w.size(id_end);
        }
    }

    /// The index written by [`Index::write`] for the finder's `text`, or `None` if any
    /// offset is out of place.
    pub(crate) fn read(text: String, r: &mut Reader) -> Option<Self> {
        let ids = r.string()?;
        let count = r.count()?;
        let mut lines = Vec::with_capacity(count);
        let mut masks = Vec::with_capacity(count);
        let mut id_ends = Vec::with_capacity(count);
        let mut last_id_end = 0;
        let offset = |r: &mut Reader| r.size().and_then(|at| u32::try_from(at).ok());
        for _ in 0..count {
            let line = Line {
                start: offset(r)?,
                end: offset(r)?,
                prefix_bytes: offset(r)?,
                prefix_chars: offset(r)?,
            };
            let (mask, ascii): (u64, bool) = (r.fixed()?, r.flag()?);
            let haystack = text.get(line.start as usize..line.end as usize)?;
            let prefix_bytes = line.prefix_bytes as usize;
            let name_end = prefix_bytes.checked_sub(SEPARATOR.len())?;
            haystack.get(..name_end)?;
            let prefix_ok = haystack.get(name_end..prefix_bytes) == Some(SEPARATOR)
                && (SEPARATOR.len()..=prefix_bytes).contains(&(line.prefix_chars as usize));
            let ascii_ok = ascii == (mask & skim::NON_ASCII == 0);
            if !prefix_ok || !ascii_ok || (ascii && !haystack.is_ascii()) {
                return None;
            }
            let id_end = r.size()?;
            if id_end < last_id_end || !ids.is_char_boundary(id_end) {
                return None;
            }
            last_id_end = id_end;
            lines.push(line);
            masks.push(mask);
            id_ends.push(id_end);
        }
        Some(Self {
            finder: Finder::with_lines(text, lines, masks),
            ids,
            id_ends,
        })
    }
}
