//! A quick hash for the sets and maps of ids the loader and the corpus's indexes use
//! while they are built. SipHash, the standard one,
//! spends longer hashing an id than the rest of looking it up; its defence against
//! keys chosen to collide is not needed for the ids of the user's own files, where the
//! worst such a file could do is slow its own loading.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
pub(crate) type IdSet<K> = HashSet<K, BuildHasherDefault<IdHasher>>;

/// FxHash, as rustc uses: each word is mixed in with a rotation and a multiplication.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_differ_hash_apart_and_equal_ones_alike() {
        let mut set = IdSet::default();
        for i in 0..10_000 {
            assert!(set.insert(format!("r{i:06}-{}", i % 7)));
        }
        assert!(!set.insert("r000003-3".to_owned()));
        assert!(set.contains("r009999-3"));
        assert_eq!(set.len(), 10_000);
    }
}
