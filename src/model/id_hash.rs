//! The sets and maps of ids the loader and the corpus's indexes use while they are
//! built, hashed with foldhash (what hashbrown hashes with) rather than SipHash, the
//! standard one, which spends longer hashing an id than the rest of looking it up.
//! They are only looked up, never walked, so no order depends on the hash.

pub(crate) use foldhash::{HashMap as IdMap, HashSet as IdSet};
