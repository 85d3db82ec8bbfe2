//! Fast phrase lookups for line classification: an Aho–Corasick automaton
//! for "contains any phrase of list N" (one pass per line, whatever the
//! number of phrases), first-byte buckets for "starts with any", and hash
//! sets for whole-line labels. Built once, on first use.

use std::collections::HashSet;

/// Most phrase lists one automaton can tell apart (bits of the output mask).
const MAX_LISTS: usize = 8;

/// A dense Aho–Corasick DFA over byte classes (bytes that occur in no
/// phrase share class 0).
pub(super) struct PhraseSet {
    classes: [u8; 256],
    n_classes: usize,
    delta: Vec<u16>,
    /// Bit `i` set: a phrase of list `i` ends in this state.
    out: Vec<u8>,
}

/// What one scan found.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Hits {
    /// Bit `i` set: the text contains a phrase of list `i`.
    pub mask: u8,
    /// Byte offset just past the last match of each list.
    pub last_end: [usize; MAX_LISTS],
}

impl Hits {
    pub fn has(&self, list: usize) -> bool {
        list < MAX_LISTS && self.mask & (1 << list) != 0
    }
}

impl PhraseSet {
    /// Builds the automaton; `lists[i]` are lowercase phrases of list `i`.
    pub fn new(lists: &[&[&str]]) -> Self {
        let mut classes = [0u8; 256];
        let mut n_classes = 1usize;
        for p in lists.iter().flat_map(|l| l.iter()) {
            for &b in p.as_bytes() {
                if classes[usize::from(b)] == 0 && n_classes < 256 {
                    classes[usize::from(b)] = n_classes as u8;
                    n_classes += 1;
                }
            }
        }
        const NONE: u16 = u16::MAX;
        let mut delta = vec![NONE; n_classes];
        let mut out = vec![0u8];
        // Trie.
        for (li, list) in lists.iter().enumerate().take(MAX_LISTS) {
            for p in list.iter() {
                let mut s = 0usize;
                for &b in p.as_bytes() {
                    let c = usize::from(classes[usize::from(b)]);
                    let next = delta[s * n_classes + c];
                    s = if next == NONE {
                        let t = out.len();
                        // 65 535 states hold ~60 KB of phrases; ours are ~4 KB.
                        assert!(t < usize::from(NONE), "phrase lists too large");
                        delta[s * n_classes + c] = t as u16;
                        delta.extend(std::iter::repeat_n(NONE, n_classes));
                        out.push(0);
                        t
                    } else {
                        next as usize
                    };
                }
                out[s] |= 1 << li;
            }
        }
        // Failure links, breadth first, folded into a complete DFA.
        let mut fail = vec![0usize; out.len()];
        let mut queue = std::collections::VecDeque::new();
        for t in delta.iter_mut().take(n_classes) {
            if *t == NONE {
                *t = 0;
            } else {
                fail[usize::from(*t)] = 0;
                queue.push_back(usize::from(*t));
            }
        }
        while let Some(s) = queue.pop_front() {
            let f = fail[s];
            out[s] |= out[f];
            for c in 0..n_classes {
                let t = delta[s * n_classes + c];
                let via_fail = delta[f * n_classes + c];
                if t == NONE {
                    delta[s * n_classes + c] = via_fail;
                } else {
                    fail[t as usize] = via_fail as usize;
                    queue.push_back(t as usize);
                }
            }
        }
        PhraseSet {
            classes,
            n_classes,
            delta,
            out,
        }
    }

    /// Scans `hay` (lowercase) once.
    pub fn scan(&self, hay: &str) -> Hits {
        let mut hits = Hits::default();
        let mut s = 0usize;
        for (i, &b) in hay.as_bytes().iter().enumerate() {
            let c = usize::from(self.classes[usize::from(b)]);
            s = self
                .delta
                .get(s * self.n_classes + c)
                .map_or(0, |&t| t as usize);
            let o = self.out.get(s).copied().unwrap_or(0);
            if o != 0 {
                hits.mask |= o;
                for (li, end) in hits.last_end.iter_mut().enumerate() {
                    if o & (1 << li) != 0 {
                        *end = i + 1;
                    }
                }
            }
        }
        hits
    }
}

/// "Starts with any of" over phrases bucketed by first byte.
pub(super) struct Prefixes {
    buckets: Vec<Vec<&'static str>>,
}

impl Prefixes {
    pub fn new(list: &[&'static str]) -> Self {
        let mut buckets = vec![Vec::new(); 256];
        for p in list {
            if let Some(&b) = p.as_bytes().first()
                && let Some(v) = buckets.get_mut(usize::from(b))
            {
                v.push(*p);
            }
        }
        Prefixes { buckets }
    }

    pub fn find(&self, s: &str) -> Option<&'static str> {
        let b = *s.as_bytes().first()?;
        self.buckets
            .get(usize::from(b))?
            .iter()
            .copied()
            .find(|p| s.starts_with(p))
    }
}

/// A set of whole strings.
pub(super) fn set(list: &[&'static str]) -> HashSet<&'static str> {
    list.iter().copied().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_overlapping_phrases_of_several_lists() {
        let m = PhraseSet::new(&[&["he", "she", "hers"], &["his"], &["ушли", "©"]]);
        let h = m.scan("ushers");
        assert!(h.has(0) && !h.has(1) && !h.has(2));
        assert_eq!(h.last_end[0], 6);
        assert!(m.scan("this").has(1));
        assert!(m.scan("они ушли").has(2));
        assert!(m.scan("© 2019").has(2));
        assert_eq!(m.scan("nothing").mask, 0);
        assert_eq!(m.scan("").mask, 0);
    }

    #[test]
    fn prefixes() {
        let p = Prefixes::new(&["tags:", "topics:", "(reporting by"]);
        assert_eq!(p.find("tags: a, b"), Some("tags:"));
        assert_eq!(p.find("(reporting by x"), Some("(reporting by"));
        assert_eq!(p.find("tag"), None);
        assert_eq!(p.find(""), None);
    }
}
