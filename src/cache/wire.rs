//! The cache's encoding: little-endian LEB128 numbers, length-prefixed bytes, a tag
//! byte for each `Option`, and a checksum per section. Reading never trusts a length:
//! every `take` is bounds-checked, and a short or malformed input reads as `None`.

/// Appends values to a section.
#[derive(Default)]
pub struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn number(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.bytes.push(n as u8 | 0x80);
            n >>= 7;
        }
        self.bytes.push(n as u8);
    }

    pub fn size(&mut self, n: usize) {
        self.number(n as u64);
    }

    /// A signed number, zigzagged so that small negatives stay short.
    pub fn signed(&mut self, n: i64) {
        self.number(((n << 1) ^ (n >> 63)) as u64);
    }

    pub fn fixed(&mut self, n: u64) {
        self.bytes.extend_from_slice(&n.to_le_bytes());
    }

    pub fn byte(&mut self, b: u8) {
        self.bytes.push(b);
    }

    pub fn str(&mut self, s: &str) {
        self.size(s.len());
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn strs(&mut self, list: &[String]) {
        self.size(list.len());
        for s in list {
            self.str(s);
        }
    }

    pub fn opt_str(&mut self, s: Option<&str>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }

    pub fn flag(&mut self, set: bool) {
        self.byte(u8::from(set));
    }
}

/// Reads values back from a section, in the order they were written.
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }

    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let taken = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(taken)
    }

    pub fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    pub fn number(&mut self) -> Option<u64> {
        let first = self.byte()?;
        if first < 0x80 {
            return Some(u64::from(first));
        }
        let mut n = u64::from(first & 0x7f);
        let mut shift = 7;
        loop {
            let b = self.byte()?;
            // The tenth byte may only hold the top bit.
            if shift == 63 && b > 1 {
                return None;
            }
            n |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(n);
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
    }

    pub fn size(&mut self) -> Option<usize> {
        usize::try_from(self.number()?).ok()
    }

    /// A count of items that each take at least one byte: never more than what is left,
    /// so that a damaged count cannot reserve a huge vector.
    pub fn count(&mut self) -> Option<usize> {
        self.size().filter(|&n| n <= self.bytes.len() - self.at)
    }

    /// An index below `len`.
    pub fn index(&mut self, len: usize) -> Option<usize> {
        self.size().filter(|&i| i < len)
    }

    pub fn signed(&mut self) -> Option<i64> {
        let n = self.number()?;
        Some((n >> 1) as i64 ^ -((n & 1) as i64))
    }

    pub fn fixed(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    pub fn flag(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    pub fn str(&mut self) -> Option<&'a str> {
        let n = self.size()?;
        std::str::from_utf8(self.take(n)?).ok()
    }

    pub fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }

    pub fn strings(&mut self) -> Option<Vec<String>> {
        let n = self.count()?;
        (0..n).map(|_| self.string()).collect()
    }

    pub fn opt_string(&mut self) -> Option<Option<String>> {
        self.optional(Self::string)
    }

    /// An `Option` written with [`Writer::flag`] before its value.
    pub fn optional<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.flag()? {
            read(self).map(Some)
        } else {
            Some(None)
        }
    }
}

/// A 64-bit checksum of a section, so that a flipped byte is noticed before anything is
/// built from it. Four lanes of multiply-rotate: each step is a bijection of the lane, so
/// a change to any one word always changes the sum. Not a defence against tampering.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut sum = Checksum::default();
    sum.update(bytes);
    sum.finish()
}

const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// [`checksum`] of bytes that come in pieces: the same sum however they are cut.
pub struct Checksum {
    lanes: [u64; 4],
    /// The start of a 32-byte block still to come.
    pending: [u8; 32],
    pending_len: usize,
    len: u64,
}

impl Default for Checksum {
    fn default() -> Self {
        Self {
            lanes: [K, K.rotate_left(16), K.rotate_left(32), K.rotate_left(48)],
            pending: [0; 32],
            pending_len: 0,
            len: 0,
        }
    }
}

impl Checksum {
    pub fn update(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.pending_len > 0 {
            let take = (32 - self.pending_len).min(bytes.len());
            self.pending[self.pending_len..self.pending_len + take].copy_from_slice(&bytes[..take]);
            self.pending_len += take;
            bytes = &bytes[take..];
            if self.pending_len < 32 {
                return;
            }
            let block = self.pending;
            self.mix(&block);
            self.pending_len = 0;
        }
        let mut blocks = bytes.chunks_exact(32);
        for block in &mut blocks {
            self.mix(block);
        }
        let rest = blocks.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.pending_len = rest.len();
    }

    pub fn finish(mut self) -> u64 {
        // The last block, short or empty, padded with zeros.
        let mut tail = [0u8; 32];
        tail[..self.pending_len].copy_from_slice(&self.pending[..self.pending_len]);
        self.mix(&tail);
        let mut sum = self.len;
        for lane in self.lanes {
            sum = ((sum ^ lane).wrapping_mul(K)).rotate_left(29);
        }
        sum
    }

    fn mix(&mut self, block: &[u8]) {
        for (lane, word) in self.lanes.iter_mut().zip(block.chunks_exact(8)) {
            let word = u64::from_le_bytes(word.try_into().unwrap_or_default());
            *lane = ((*lane ^ word).wrapping_mul(K)).rotate_left(29);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checksum_in_pieces_is_the_checksum_of_the_whole() {
        let bytes: Vec<u8> = (0..200u32).map(|i| (i * 37 % 251) as u8).collect();
        let whole = checksum(&bytes);
        for cuts in [
            vec![],
            vec![0],
            vec![1],
            vec![31, 32],
            vec![5, 40, 41, 199],
            vec![64],
        ] {
            let mut sum = Checksum::default();
            let mut from = 0;
            for cut in cuts.into_iter().chain([bytes.len()]) {
                sum.update(&bytes[from..cut]);
                from = cut;
            }
            assert_eq!(sum.finish(), whole);
        }
        // The sums caches already on disk were written with (worked out apart from
        // this code): taking pieces must not change them.
        assert_eq!(whole, 0x6380_b6a1_9271_4f27);
        assert_eq!(checksum(b""), 0xf444_b2dc_ea6e_7ecb);
        assert_eq!(
            checksum("Zelenskyy’s word".as_bytes()),
            0x7eae_6b4d_84df_74f2
        );
    }

    #[test]
    fn numbers_and_strings_read_back() {
        let mut w = Writer::default();
        for n in [0, 1, 127, 128, 300, u64::MAX] {
            w.number(n);
        }
        for n in [0, -1, 1, i64::MIN, i64::MAX] {
            w.signed(n);
        }
        w.str("Zelenskyy’s");
        w.opt_str(None);
        w.fixed(7);
        let mut r = Reader::new(&w.bytes);
        for n in [0, 1, 127, 128, 300, u64::MAX] {
            assert_eq!(r.number(), Some(n));
        }
        for n in [0, -1, 1, i64::MIN, i64::MAX] {
            assert_eq!(r.signed(), Some(n));
        }
        assert_eq!(r.str(), Some("Zelenskyy’s"));
        assert_eq!(r.opt_string(), Some(None));
        assert_eq!(r.fixed(), Some(7));
        assert!(r.is_done());
        assert_eq!(r.byte(), None);
    }

    #[test]
    fn a_too_long_number_or_length_is_refused() {
        assert_eq!(Reader::new(&[0xff; 11]).number(), None);
        assert_eq!(Reader::new(&[0x05, b'a']).str(), None);
        assert_eq!(Reader::new(&[0x7f]).count(), None);
    }

    #[test]
    fn any_one_flipped_bit_changes_the_checksum() {
        let bytes: Vec<u8> = (0..100u8).collect();
        let sum = checksum(&bytes);
        for at in 0..bytes.len() {
            for bit in 0..8 {
                let mut flipped = bytes.clone();
                flipped[at] ^= 1 << bit;
                assert_ne!(checksum(&flipped), sum, "byte {at} bit {bit}");
            }
        }
        assert_ne!(checksum(&bytes[..99]), sum);
    }
}
