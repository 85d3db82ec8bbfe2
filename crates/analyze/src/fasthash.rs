//! A fast, non-cryptographic hasher for the lexicon and word-list lookups
//! (the Fx hash of rustc). Keys are short words from the crate's own lists
//! or the article, looked up many times per token, where the standard
//! SipHash dominated the cost. Only for lookups: nothing iterates these
//! maps into the output, so their (fixed) order never reaches it.
//!
//! [`WordMap`] and [`WordSet`] put a bit table before the hash map: most
//! words of an article are in none of the lists, and one look at the table
//! (first byte, last byte, length) turns them away unhashed.
//!
//! ```ignore
//! let verbs: WordSet = ["said", "told"].into_iter().collect();
//! assert!(verbs.contains("said") && !verbs.contains("walked"));
//! ```

use std::borrow::Cow;
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

/// A map from words with a cheap first test: most words looked up are in
/// no list, and a table of (first byte, last byte, length) triples turns
/// most of them away before any hashing.
pub(crate) struct WordMap<V> {
    map: FxMap<Cow<'static, str>, V>,
    /// One bit per [`slot`] of a listed word.
    seen: [u64; 32],
}

/// A set of words with the same first test (see [`WordMap`]).
pub(crate) type WordSet = WordMap<()>;

/// The filter slot of a word: its first and last bytes and its length.
#[inline]
fn slot(w: &str) -> usize {
    let b = w.as_bytes();
    let (first, last) = match (b.first(), b.last()) {
        (Some(&f), Some(&l)) => (usize::from(f), usize::from(l)),
        _ => (0, 0),
    };
    (first
        .wrapping_mul(0x9e5)
        .wrapping_add(last.wrapping_mul(0x3b1))
        ^ b.len().wrapping_mul(0x1d))
        & 2047
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: FxMap::default(),
            seen: [0; 32],
        }
    }
}

impl<V> std::fmt::Debug for WordMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WordMap({} words)", self.map.len())
    }
}

impl<V> WordMap<V> {
    /// The value of `w`, when listed.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        let s = slot(w);
        if self.seen[s >> 6] & (1 << (s & 63)) == 0 {
            return None;
        }
        self.map.get(w)
    }

    /// Whether `w` is listed.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }

    /// The entry of a word, to insert or keep its value.
    pub(crate) fn entry(
        &mut self,
        w: impl Into<Cow<'static, str>>,
    ) -> std::collections::hash_map::Entry<'_, Cow<'static, str>, V> {
        let w = w.into();
        let s = slot(&w);
        self.seen[s >> 6] |= 1 << (s & 63);
        self.map.entry(w)
    }

    /// How many words are listed.
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// The listed words, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(|w| &**w)
    }
}

impl WordSet {
    /// Adds a word.
    pub(crate) fn insert(&mut self, w: impl Into<Cow<'static, str>>) {
        self.entry(w).or_insert(());
    }
}

impl<W: Into<Cow<'static, str>>> Extend<W> for WordSet {
    fn extend<I: IntoIterator<Item = W>>(&mut self, it: I) {
        for w in it {
            self.insert(w);
        }
    }
}

impl<W: Into<Cow<'static, str>>> FromIterator<W> for WordSet {
    fn from_iter<I: IntoIterator<Item = W>>(it: I) -> Self {
        let mut s = WordSet::default();
        for w in it {
            s.insert(w);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_maps_find_exactly_their_words() {
        let words = ["said", "told", "a", "according", "über", "東京"];
        let set: WordSet = words.iter().copied().collect();
        for w in words {
            assert!(set.contains(w), "{w}");
        }
        for w in [
            "",
            "says",
            "Said",
            "sai",
            "aid",
            "b",
            "accordingly",
            "uber",
            "東",
        ] {
            assert!(!set.contains(w), "{w}");
        }
        let mut map: WordMap<u8> = WordMap::default();
        map.entry("said").or_insert(1);
        map.entry(String::from("told")).or_insert(2);
        map.entry("said").insert_entry(3);
        assert_eq!(
            (map.get("said"), map.get("told"), map.get("asked")),
            (Some(&3), Some(&2), None)
        );
        assert_eq!(map.len(), 2);
        let mut listed: Vec<&str> = map.iter().collect();
        listed.sort_unstable();
        assert_eq!(listed, ["said", "told"]);
    }
}
