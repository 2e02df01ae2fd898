//! A small deterministic generator for tests that make their own inputs, so that they
//! need no crate and give the same inputs on every run.

/// Seeded with its field; each `next` is a step of a linear congruential generator
/// (Knuth's MMIX constants), its high bits taken.
pub(crate) struct Dice(pub(crate) u64);

impl Dice {
    /// A number below `below` (0 when `below` is 0).
    pub(crate) fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below.max(1)
    }
}
