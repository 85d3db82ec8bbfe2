//! Small string helpers shared by the metadata submodules: whitespace
//! collapsing, ASCII case-insensitive search, comparison keys.
//!
//! Order of trust: none — these helpers decide no field on their own.
//!
//! ```
//! use newsfacts_extract::html::meta::clean_title;
//! // The helpers are internal; `clean_title` shows the whitespace collapsing.
//! assert_eq!(clean_title("  Two\u{a0}\n words ", None), "Two words");
//! ```

/// Collapses every run of white space (Unicode, including no-break spaces
/// and zero-width spaces) into one ASCII space and trims both ends.
pub(crate) fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{200e}' | '\u{200f}') {
            pending = !out.is_empty();
            continue;
        }
        if pending {
            out.push(' ');
            pending = false;
        }
        out.push(c);
    }
    out
}

/// Whether `hay` contains `needle` ignoring ASCII case. `needle` must be
/// lower-case ASCII.
pub(crate) fn contains_ci(hay: &str, needle: &str) -> bool {
    find_ci(hay, needle).is_some()
}

/// Byte offset of the first occurrence of `needle` in `hay`, ignoring ASCII
/// case. `needle` must be lower-case ASCII (so the offset is a char boundary).
pub(crate) fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let h = hay.as_bytes();
    let n = needle.as_bytes();
    let first = *n.first()?;
    if h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| {
        h[i].to_ascii_lowercase() == first
            && h[i..i + n.len()]
                .iter()
                .zip(n)
                .all(|(a, b)| a.to_ascii_lowercase() == *b)
    })
}

/// Whether `hay` contains any of `needles`, ignoring ASCII case, in one scan.
/// Needles must be non-empty lower-case ASCII.
pub(crate) fn contains_any_ci(hay: &str, needles: &[&str]) -> bool {
    // First letters of the needles as a bit set over a..z (others: bit 26).
    let bit = |b: u8| -> u32 {
        let l = b.to_ascii_lowercase();
        if l.is_ascii_lowercase() {
            1 << (l - b'a')
        } else {
            1 << 26
        }
    };
    let mut firsts = 0u32;
    for n in needles {
        if let Some(&b) = n.as_bytes().first() {
            firsts |= bit(b);
        }
    }
    let h = hay.as_bytes();
    for (i, &b) in h.iter().enumerate() {
        if firsts & bit(b) == 0 {
            continue;
        }
        let l = b.to_ascii_lowercase();
        for n in needles {
            let nb = n.as_bytes();
            if nb.first() == Some(&l)
                && let (Some(w), Some(tail)) = (h.get(i + 1..i + nb.len()), nb.get(1..))
                && w.eq_ignore_ascii_case(tail)
            {
                return true;
            }
        }
    }
    false
}

/// Whether `hay` starts with `needle`, ignoring ASCII case.
pub(crate) fn starts_with_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Comparison key: lower case, letters and digits kept, everything else one
/// space. "Putin’s plan: 3 steps" → "putin s plan 3 steps".
pub(crate) fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if pending && !out.is_empty() {
                out.push(' ');
            }
            pending = false;
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else {
            pending = true;
        }
    }
    out
}

/// Lower-case letters and digits only: "The Guardian" → "theguardian".
pub(crate) fn joined_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| c.is_alphanumeric()) {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether the word sequence `needle` occurs in `hay` (both [`norm_key`]s).
pub(crate) fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let mut start = 0;
    while let Some(off) = hay.get(start..).and_then(|h| h.find(needle)) {
        let at = start + off;
        let end = at + needle.len();
        let before_ok = at == 0 || hay.as_bytes().get(at - 1) == Some(&b' ');
        let after_ok = end == hay.len() || hay.as_bytes().get(end) == Some(&b' ');
        if before_ok && after_ok {
            return true;
        }
        start = at + 1;
        while start < hay.len() && !hay.is_char_boundary(start) {
            start += 1;
        }
    }
    false
}

/// Number of white-space separated words.
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}
