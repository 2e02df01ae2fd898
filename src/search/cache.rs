//! The finder's part of a folder's cache (see [`crate::cache`]): the searchable text
//! and its entries, with the id of each statement, enough for `parley find` to print
//! without building the corpus.

use std::io;

use super::{line_mask, line_parts, skim, Finder, Line, SEPARATOR};
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

    /// The index written by [`write`] for the finder's `text`, or `None` if any
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

/// Writes the finder's part of `corpus`'s cache without building the finder, so that
/// saving a cache holds no second copy of every quote: the text piece by piece to
/// `text`, and the entries and statement ids to `w`, as [`Index::read`] reads them.
pub(crate) fn write(
    corpus: &Corpus,
    text: &mut dyn FnMut(&str) -> io::Result<()>,
    w: &mut Writer,
) -> io::Result<()> {
    let statements = corpus.statements();
    let ids: String = statements.iter().map(|s| s.id.as_str()).collect();
    w.str(&ids);
    w.size(statements.len());
    let (mut text_len, mut id_end) = (0, 0);
    for s in statements {
        let (name, quote) = line_parts(corpus, s);
        for piece in [name, SEPARATOR, quote] {
            text(piece)?;
        }
        let line = Line::of(text_len, name, quote);
        text_len = line.end as usize;
        let mask = line_mask(name, quote);
        w.size(line.start as usize);
        w.size(line.end as usize);
        w.size(line.prefix_bytes as usize);
        w.size(line.prefix_chars as usize);
        w.fixed(mask);
        // Said again by the mask; written so that the cache's layout stays as it was.
        w.flag(mask & skim::NON_ASCII == 0);
        id_end += s.id.as_str().len();
        w.size(id_end);
    }
    Ok(())
}
