//! MinHash signatures over word shingles and their LSH bands.
//!
//! Deterministic: the same text gives the same signature on every machine and
//! every run (fixed seeds, no `RandomState`).

/// Number of hash functions in a signature.
pub const NUM_HASHES: usize = 128;
/// Words per shingle.
pub const SHINGLE_WORDS: usize = 5;
/// LSH bands; `NUM_HASHES / BANDS` rows per band. With 32 bands of 4 rows a
/// pair at Jaccard 0.8 becomes a candidate with probability > 0.9999 and a
/// pair at 0.3 with probability < 0.23.
pub const BANDS: usize = 32;
/// Rows (hash values) per band.
pub const ROWS: usize = NUM_HASHES / BANDS;
/// Estimated Jaccard similarity of the shingle sets from which two articles
/// count as copies of one story.
pub const DUPLICATE_THRESHOLD: f64 = 0.8;
/// Texts with fewer words than this are never grouped: short texts share
/// too much boilerplate to tell copies from different stories.
pub const MIN_WORDS: usize = 50;

/// A MinHash signature.
pub type Signature = [u32; NUM_HASHES];

fn splitmix64(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

const FNV_OFFSET: u64 = 0xCBF2_9CE4_8422_2325;

/// The lower-cased words of `text` (letters and digits).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The signature of `text`, or `None` when it has fewer than [`MIN_WORDS`] words.
pub fn signature(text: &str) -> Option<Signature> {
    let words = words(text);
    if words.len() < MIN_WORDS {
        return None;
    }
    // Per-function multipliers (odd) and offsets from a fixed seed.
    let mut params = [(0u64, 0u64); NUM_HASHES];
    for (i, p) in params.iter_mut().enumerate() {
        let a = splitmix64(0x6E65_7773_0000 + 2 * i as u64) | 1;
        let b = splitmix64(0x6E65_7773_0001 + 2 * i as u64);
        *p = (a, b);
    }
    let word_hashes: Vec<u64> = words
        .iter()
        .map(|w| fnv1a(w.as_bytes(), FNV_OFFSET))
        .collect();
    let mut sig = [u32::MAX; NUM_HASHES];
    for window in word_hashes.windows(SHINGLE_WORDS) {
        let mut h = FNV_OFFSET;
        for wh in window {
            h = splitmix64(h ^ wh);
        }
        for (slot, &(a, b)) in sig.iter_mut().zip(params.iter()) {
            let v = (a.wrapping_mul(h).wrapping_add(b) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    Some(sig)
}

/// The estimated Jaccard similarity of two signatures.
pub fn similarity(a: &Signature, b: &Signature) -> f64 {
    let same = a.iter().zip(b.iter()).filter(|(x, y)| x == y).count();
    same as f64 / NUM_HASHES as f64
}

/// The [`BANDS`] band hashes of a signature.
pub fn bands(sig: &Signature) -> [i64; BANDS] {
    let mut out = [0i64; BANDS];
    for (band, chunk) in sig.chunks(ROWS).enumerate() {
        let mut h = FNV_OFFSET ^ band as u64;
        for v in chunk {
            h = splitmix64(h ^ u64::from(*v));
        }
        out[band] = h as i64;
    }
    out
}

/// The signature as stored (little-endian bytes).
pub fn to_blob(sig: &Signature) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

/// A stored signature, or `None` when the blob has the wrong size.
pub fn from_blob(blob: &[u8]) -> Option<Signature> {
    if blob.len() != NUM_HASHES * 4 {
        return None;
    }
    let mut sig = [0u32; NUM_HASHES];
    for (slot, chunk) in sig.iter_mut().zip(blob.chunks_exact(4)) {
        *slot = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
    }
    Some(sig)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn story(n: usize, salt: &str) -> String {
        (0..n)
            .map(|i| {
                format!(
                    "w{}{}",
                    (i * 7919) % 1000,
                    if i % 50 == 0 { salt } else { "" }
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert!(signature("too short to group").is_none());
    }

    #[test]
    fn identical_texts_match_and_different_ones_do_not() {
        let a = signature(&story(300, "")).unwrap();
        let b = signature(&story(300, "")).unwrap();
        assert_eq!(similarity(&a, &b), 1.0);
        let c = signature(&story(300, "x")).unwrap();
        assert!(similarity(&a, &c) > 0.5 && similarity(&a, &c) < 1.0);
        let other: String = (0..300).map(|i| format!("z{i} ")).collect();
        let d = signature(&other).unwrap();
        assert!(similarity(&a, &d) < 0.1);
        assert_eq!(from_blob(&to_blob(&a)), Some(a));
        assert_eq!(bands(&a), bands(&b));
    }
}
