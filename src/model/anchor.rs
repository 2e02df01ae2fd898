//! Re-anchoring: where a span's text is now, when the body it points into was edited.
//! One moved span is found by scanning outward from its old place; many are found
//! through a suffix array of the body, so that an annotation of a thousand wrong spans
//! costs about as much as sorting the body once, not a thousand scans of it.

use std::ops::Range;

use memchr::memmem;
use suffix::SuffixTable;

/// How many times over the body may be scanned for moved spans before the rest are
/// looked up in a suffix array: a few moved spans never pay for building one.
const SCANS_BEFORE_INDEX: usize = 8;

/// Where `exact` occurs in `body` nearest to `hint` (the earlier of two as near): used
/// to re-anchor a span whose offsets no longer match after the body was edited.
pub fn reanchor(body: &str, exact: &str, hint: usize) -> Option<Range<usize>> {
    nearest_by_scan(body, exact, hint).0
}

/// [`reanchor`] for each `(exact, hint)` of `moved`, in their order, in time linear in
/// the body and the texts plus a logarithmic factor, however many there are.
pub fn reanchor_all(body: &str, moved: &[(&str, usize)]) -> Vec<Option<Range<usize>>> {
    let budget = SCANS_BEFORE_INDEX.saturating_mul(body.len());
    let mut scanned = 0usize;
    let mut found = Vec::with_capacity(moved.len());
    for &(exact, hint) in moved {
        if scanned > budget {
            break;
        }
        let (at, cost) = nearest_by_scan(body, exact, hint);
        scanned = scanned.saturating_add(cost);
        found.push(at);
    }
    let rest = &moved[found.len()..];
    if !rest.is_empty() {
        found.extend(nearest_by_index(body, rest));
    }
    found
}

/// The occurrence of `exact` nearest `hint`, and how many bytes were scanned for it:
/// forward from `hint` to the first occurrence, then backward no farther than that.
fn nearest_by_scan(body: &str, exact: &str, hint: usize) -> (Option<Range<usize>>, usize) {
    let (bytes, needle) = (body.as_bytes(), exact.as_bytes());
    if needle.is_empty() || needle.len() > bytes.len() {
        return (None, 0);
    }
    let hint = hint.min(bytes.len());
    let after = memmem::find(&bytes[hint..], needle).map(|at| hint + at);
    let mut cost = after.map_or(bytes.len() - hint, |at| at - hint + needle.len());
    // Starts before `hint`, no farther from it than the one after.
    let low = after.map_or(0, |at| hint.saturating_sub(at - hint));
    let high = (hint + needle.len()).saturating_sub(1).min(bytes.len());
    let before = if low < hint && high > low {
        cost += high - low;
        memmem::rfind(&bytes[low..high], needle).map(|at| low + at)
    } else {
        None
    };
    let at = nearer(before, after, hint);
    (at.map(|at| at..at + needle.len()), cost)
}

/// The nearer to `hint` of the last start before it and the first at or after it; the
/// earlier one when both are as near.
fn nearer(before: Option<usize>, after: Option<usize>, hint: usize) -> Option<usize> {
    match (before, after) {
        (Some(b), Some(a)) if a - hint < hint - b => Some(a),
        (Some(b), _) => Some(b),
        (None, a) => a,
    }
}

/// Every lookup of `moved` answered at once through a suffix array of the body. Each
/// text's occurrences are a range of the array; the one nearest its hint is found by
/// sweeping the hints in order while a tree over the array gives the least start at or
/// after the hint within a range (and, sweeping the other way, the greatest before it).
fn nearest_by_index(body: &str, moved: &[(&str, usize)]) -> Vec<Option<Range<usize>>> {
    // Offsets are u32 in the array; a body that large has no spans (see `Span::of`).
    if body.len() >= u32::MAX as usize {
        return vec![None; moved.len()];
    }
    let table = SuffixTable::new(body);
    let suffixes = table.table();
    let ranges: Vec<Range<usize>> = moved
        .iter()
        .map(|&(exact, _)| match table.positions(exact) {
            [] => 0..0,
            // A slice of the array: its offset in it is the rank of its first suffix.
            found => {
                let first = (found.as_ptr() as usize - suffixes.as_ptr() as usize) / 4;
                first..first + found.len()
            }
        })
        .collect();
    // Only ranks inside some text's range can be an answer: the tree holds those alone.
    let ranks = ranks_in(&ranges);
    let compact = |rank: usize| ranks.partition_point(|&r| (r as usize) < rank);
    let ranges: Vec<Range<usize>> = ranges
        .iter()
        .map(|r| compact(r.start)..compact(r.end))
        .collect();
    // (start in the body, place in `ranks`), by start.
    let mut starts: Vec<(u32, u32)> = ranks
        .iter()
        .enumerate()
        .map(|(i, &rank)| (suffixes[rank as usize], i as u32))
        .collect();
    drop(table);
    starts.sort_unstable();
    let mut order: Vec<usize> = (0..moved.len()).collect();
    order.sort_unstable_by_key(|&i| moved[i].1);

    let mut tree = MinTree::new(starts.len());
    let mut after = vec![None; moved.len()];
    let mut next = starts.len();
    for &q in order.iter().rev() {
        let hint = moved[q].1;
        while next > 0 && starts[next - 1].0 as usize >= hint {
            next -= 1;
            tree.set(starts[next].1 as usize, starts[next].0);
        }
        after[q] = tree.least(ranges[q].clone()).map(|s| s as usize);
    }
    // The greatest start before the hint is the least of MAX - 1 - start.
    let mut tree = MinTree::new(starts.len());
    let mut before = vec![None; moved.len()];
    let mut next = 0;
    for &q in &order {
        let hint = moved[q].1;
        while next < starts.len() && (starts[next].0 as usize) < hint {
            tree.set(starts[next].1 as usize, u32::MAX - 1 - starts[next].0);
            next += 1;
        }
        before[q] = tree
            .least(ranges[q].clone())
            .map(|s| (u32::MAX - 1 - s) as usize);
    }
    (0..moved.len())
        .map(|q| {
            let (exact, hint) = moved[q];
            nearer(before[q], after[q], hint).map(|at| at..at + exact.len())
        })
        .collect()
}

/// The ranks covered by any of `ranges`, in order, each once.
fn ranks_in(ranges: &[Range<usize>]) -> Vec<u32> {
    let mut sorted: Vec<&Range<usize>> = ranges.iter().filter(|r| !r.is_empty()).collect();
    sorted.sort_unstable_by_key(|r| r.start);
    let mut ranks = Vec::new();
    let mut covered = 0;
    for r in sorted {
        let from = r.start.max(covered);
        ranks.extend((from..r.end).map(|rank| rank as u32));
        covered = covered.max(r.end);
    }
    ranks
}

/// The least value set within a range of places; places start empty.
struct MinTree {
    leaves: usize,
    nodes: Vec<u32>,
}

const EMPTY: u32 = u32::MAX;

impl MinTree {
    fn new(leaves: usize) -> Self {
        Self {
            leaves,
            nodes: vec![EMPTY; 2 * leaves],
        }
    }

    fn set(&mut self, place: usize, value: u32) {
        let mut at = place + self.leaves;
        self.nodes[at] = value;
        while at > 1 {
            at /= 2;
            let least = self.nodes[2 * at].min(self.nodes[2 * at + 1]);
            if self.nodes[at] == least {
                break;
            }
            self.nodes[at] = least;
        }
    }

    fn least(&self, places: Range<usize>) -> Option<u32> {
        let (mut low, mut high) = (places.start + self.leaves, places.end + self.leaves);
        let mut least = EMPTY;
        while low < high {
            if low % 2 == 1 {
                least = least.min(self.nodes[low]);
                low += 1;
            }
            if high % 2 == 1 {
                high -= 1;
                least = least.min(self.nodes[high]);
            }
            low /= 2;
            high /= 2;
        }
        (least != EMPTY).then_some(least)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every occurrence, overlapping ones too, and the nearest by plain comparison.
    fn nearest_plainly(body: &str, exact: &str, hint: usize) -> Option<Range<usize>> {
        (0..body.len())
            .filter(|&at| body.as_bytes()[at..].starts_with(exact.as_bytes()))
            .min_by_key(|&at| at.abs_diff(hint))
            .filter(|_| !exact.is_empty())
            .map(|at| at..at + exact.len())
    }

    #[test]
    fn reanchor_picks_the_occurrence_nearest_the_old_offset() {
        let body = "peace now, peace later, peace never";
        assert_eq!(reanchor(body, "peace", 13), Some(11..16));
        assert_eq!(reanchor(body, "peace", 30), Some(24..29));
        assert_eq!(reanchor(body, "peace", 999), Some(24..29));
        assert_eq!(reanchor(body, "war", 0), None);
        assert_eq!(reanchor(body, "", 0), None);
        // As near on both sides: the earlier.
        assert_eq!(reanchor("ab_ab", "ab", 1), Some(0..2));
    }

    #[test]
    fn the_index_finds_what_the_scan_finds() {
        let body = "aa ab aab ba a’b aaa a’b ab ab aa a";
        let texts = ["a", "aa", "ab", "a’b", "b a", "zz", "aaaa", "ba a", "’"];
        let mut moved = Vec::new();
        for text in texts {
            for hint in (0..=body.len() + 2).step_by(3) {
                moved.push((text, hint));
            }
        }
        let expected: Vec<_> = moved
            .iter()
            .map(|&(text, hint)| nearest_plainly(body, text, hint))
            .collect();
        let scanned: Vec<_> = moved.iter().map(|&(t, h)| reanchor(body, t, h)).collect();
        assert_eq!(scanned, expected);
        assert_eq!(nearest_by_index(body, &moved), expected);
        assert_eq!(reanchor_all(body, &moved), expected);
    }

    #[test]
    fn many_moved_spans_go_through_the_index() {
        let body: String = (0..200)
            .map(|i| format!("line {i} of the body.\n"))
            .collect();
        let moved: Vec<(String, usize)> = (0..400)
            .map(|i| (format!("line {} of", i % 250), (i * 37) % body.len()))
            .collect();
        let moved: Vec<(&str, usize)> = moved.iter().map(|(t, h)| (t.as_str(), *h)).collect();
        let expected: Vec<_> = moved
            .iter()
            .map(|&(t, h)| nearest_plainly(&body, t, h))
            .collect();
        assert_eq!(reanchor_all(&body, &moved), expected);
        assert!(expected[0].is_some() && expected[210].is_none());
    }
}
