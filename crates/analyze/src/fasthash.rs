//! A fast, non-cryptographic hasher for the lexicon and word-list lookups
//! (the Fx hash of rustc). Keys are short words from the crate's own lists
//! or the article, looked up many times per token, where the standard
//! SipHash dominated the cost. Only for lookups: nothing iterates these
//! maps, so the (fixed) order never reaches the output.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher: multiply-rotate over 8-, 4-, 2- and 1-byte words.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut b = bytes;
        while let Some((head, rest)) = b.split_first_chunk::<8>() {
            self.add(u64::from_le_bytes(*head));
            b = rest;
        }
        if let Some((head, rest)) = b.split_first_chunk::<4>() {
            self.add(u64::from(u32::from_le_bytes(*head)));
            b = rest;
        }
        if let Some((head, rest)) = b.split_first_chunk::<2>() {
            self.add(u64::from(u16::from_le_bytes(*head)));
            b = rest;
        }
        if let Some(&x) = b.first() {
            self.add(u64::from(x));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
/// A hash map with the Fx hasher.
pub(crate) type FxMap<K, V> = HashMap<K, V, FxBuild>;
/// A hash set with the Fx hasher.
pub(crate) type FxSet<T> = HashSet<T, FxBuild>;
