//! The article-extraction-benchmark metric: 4-token shingle matching.
//!
//! Re-implemented from the benchmark README's description:
//!
//! 1. Tokens are maximal runs of word characters (Python's Unicode `\w+`:
//!    `char::is_alphanumeric() || c == '_'` minus the combining marks that
//!    Python does not count, see [`is_word_char`]). Case is kept.
//! 2. A text becomes the multiset of its 4-token shingles (consecutive
//!    4-grams). A text with 1–3 tokens gives one shorter shingle; a text with
//!    no token gives none.
//! 3. Per page, matched shingles are TP, extra predicted shingles FP and
//!    missing ones FN, counted on multisets. The benchmark divides the three
//!    by TP+FP+FN so that each page weighs the same; the ratios below do not
//!    change under that scaling, so [`PageScore`] keeps the raw counts and
//!    [`PageScore::normalized`] gives the scaled ones.
//! 4. Precision is the mean of per-page TP/(TP+FP) over pages with a
//!    non-empty prediction, recall the mean of TP/(TP+FN) over pages with a
//!    non-empty truth; a page with FP = FN = 0 scores 1 for both.
//! 5. F1 is the harmonic mean of mean precision and mean recall (not a mean
//!    of per-page F1).
//! 6. Accuracy is the share of pages whose token sequence equals the truth's.
//! 7. The ± values are bootstrap standard deviations over resamples of pages.

use std::collections::HashMap;

/// Shingle length used by the benchmark.
pub const SHINGLE: usize = 4;

/// Number of bootstrap resamples used by the benchmark.
pub const BOOTSTRAP_RESAMPLES: usize = 1000;

/// Whether `c` is a word character of Python's Unicode `\w`: alphanumeric
/// or `_`, but not one of the combining vowel signs and diacritics that Rust
/// counts as alphabetic (`Other_Alphabetic`) and Python does not.
pub use crate::pyword::is_word_char;

/// Splits `text` into `\w+` tokens, case kept.
pub fn tokenize(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                tokens.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        tokens.push(&text[s..]);
    }
    tokens
}

/// The multiset of shingles of a token sequence: shingle → count.
pub fn shingles<'t, 's>(tokens: &'t [&'s str]) -> HashMap<&'t [&'s str], u32> {
    let mut map: HashMap<&[&str], u32> = HashMap::new();
    if tokens.is_empty() {
        return map;
    }
    if tokens.len() < SHINGLE {
        map.insert(tokens, 1);
        return map;
    }
    for w in tokens.windows(SHINGLE) {
        *map.entry(w).or_insert(0) += 1;
    }
    map
}

/// Score of one page: raw multiset shingle counts plus exact-match flag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PageScore {
    /// Shingles present in both (multiset intersection).
    pub tp: u64,
    /// Predicted shingles not in the truth (counting repeats).
    pub fp: u64,
    /// Truth shingles missing from the prediction (counting repeats).
    pub fn_: u64,
    /// Whether the token sequences are identical.
    pub exact: bool,
    /// Number of tokens in the prediction.
    pub pred_tokens: usize,
    /// Number of tokens in the truth.
    pub truth_tokens: usize,
}

impl PageScore {
    /// TP, FP, FN divided by TP+FP+FN (all zero when the sum is zero).
    pub fn normalized(&self) -> (f64, f64, f64) {
        let s = (self.tp + self.fp + self.fn_) as f64;
        if s == 0.0 {
            return (0.0, 0.0, 0.0);
        }
        (self.tp as f64 / s, self.fp as f64 / s, self.fn_ as f64 / s)
    }

    /// TP/(TP+FP); `None` when the prediction is empty (no shingle), except
    /// that a page with FP = FN = 0 scores 1.
    pub fn precision(&self) -> Option<f64> {
        if self.fp == 0 && self.fn_ == 0 {
            Some(1.0)
        } else if self.tp + self.fp == 0 {
            None
        } else {
            Some(self.tp as f64 / (self.tp + self.fp) as f64)
        }
    }

    /// TP/(TP+FN); `None` when the truth is empty (no shingle), except that
    /// a page with FP = FN = 0 scores 1.
    pub fn recall(&self) -> Option<f64> {
        if self.fp == 0 && self.fn_ == 0 {
            Some(1.0)
        } else if self.tp + self.fn_ == 0 {
            None
        } else {
            Some(self.tp as f64 / (self.tp + self.fn_) as f64)
        }
    }

    /// Per-page F1 (missing precision or recall counts as 0). Only for
    /// debugging and ranking pages; the benchmark F1 is [`Summary::f1`].
    pub fn f1(&self) -> f64 {
        harmonic(
            self.precision().unwrap_or(0.0),
            self.recall().unwrap_or(0.0),
        )
    }
}

/// Scores one prediction against its truth.
pub fn score(truth: &str, pred: &str) -> PageScore {
    let t_tokens = tokenize(truth);
    let p_tokens = tokenize(pred);
    let t = shingles(&t_tokens);
    let p = shingles(&p_tokens);
    let pred_total: u64 = p.values().map(|&c| u64::from(c)).sum();
    let mut tp = 0u64;
    let mut fn_ = 0u64;
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        let m = tc.min(pc);
        tp += u64::from(m);
        fn_ += u64::from(tc - m);
    }
    PageScore {
        tp,
        fp: pred_total - tp,
        fn_,
        exact: t_tokens == p_tokens,
        pred_tokens: p_tokens.len(),
        truth_tokens: t_tokens.len(),
    }
}

/// Harmonic mean of two numbers; 0 when both are 0.
pub fn harmonic(a: f64, b: f64) -> f64 {
    if a + b > 0.0 {
        2.0 * a * b / (a + b)
    } else {
        0.0
    }
}

/// Aggregate scores over a set of pages.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Summary {
    /// Pages scored.
    pub pages: usize,
    /// Pages whose prediction has no shingle.
    pub empty_predictions: usize,
    /// Harmonic mean of `precision` and `recall`.
    pub f1: f64,
    /// Mean per-page precision over pages with a non-empty prediction.
    pub precision: f64,
    /// Mean per-page recall over pages with a non-empty truth.
    pub recall: f64,
    /// Share of pages whose token sequence equals the truth's.
    pub accuracy: f64,
    /// Bootstrap standard deviation of `f1`.
    pub f1_std: f64,
    /// Bootstrap standard deviation of `precision`.
    pub precision_std: f64,
    /// Bootstrap standard deviation of `recall`.
    pub recall_std: f64,
}

/// Mean precision, mean recall and F1 of the pages at `idx`.
fn prf<I: Iterator<Item = usize>>(pages: &[PageScore], idx: I) -> (f64, f64, f64) {
    let (mut ps, mut pn, mut rs, mut rn) = (0.0, 0usize, 0.0, 0usize);
    for i in idx {
        let page = &pages[i];
        if let Some(p) = page.precision() {
            ps += p;
            pn += 1;
        }
        if let Some(r) = page.recall() {
            rs += r;
            rn += 1;
        }
    }
    let p = if pn > 0 { ps / pn as f64 } else { 0.0 };
    let r = if rn > 0 { rs / rn as f64 } else { 0.0 };
    (harmonic(p, r), p, r)
}

/// Population standard deviation.
fn std_dev(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    (xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / n).sqrt()
}

/// Aggregates page scores, with `resamples` bootstrap resamples drawn from a
/// PRNG seeded with `seed` (deterministic). `resamples == 0` leaves the
/// standard deviations at 0.
pub fn summarize(pages: &[PageScore], resamples: usize, seed: u64) -> Summary {
    let n = pages.len();
    let (f1, precision, recall) = prf(pages, 0..n);
    let accuracy = if n > 0 {
        pages.iter().filter(|p| p.exact).count() as f64 / n as f64
    } else {
        0.0
    };
    let mut s = Summary {
        pages: n,
        empty_predictions: pages.iter().filter(|p| p.tp + p.fp == 0).count(),
        f1,
        precision,
        recall,
        accuracy,
        ..Summary::default()
    };
    if n == 0 || resamples == 0 {
        return s;
    }
    let mut rng = SplitMix64::new(seed);
    let mut fs = Vec::with_capacity(resamples);
    let mut ps = Vec::with_capacity(resamples);
    let mut rs = Vec::with_capacity(resamples);
    let mut idx = vec![0usize; n];
    for _ in 0..resamples {
        for slot in idx.iter_mut() {
            *slot = rng.below(n);
        }
        let (f, p, r) = prf(pages, idx.iter().copied());
        fs.push(f);
        ps.push(p);
        rs.push(r);
    }
    s.f1_std = std_dev(&fs);
    s.precision_std = std_dev(&ps);
    s.recall_std = std_dev(&rs);
    s
}

/// SplitMix64: a tiny, deterministic, good-enough PRNG for bootstrapping.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..n` (`n > 0`), by multiply-shift.
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(truth: &str, pred: &str) -> (u64, u64, u64) {
        let s = score(truth, pred);
        (s.tp, s.fp, s.fn_)
    }

    #[test]
    fn tokenizer_keeps_case_and_splits_on_non_word() {
        assert_eq!(
            tokenize("Hello, World! it's 2019_x — Zürich; 東京"),
            vec!["Hello", "World", "it", "s", "2019_x", "Zürich", "東京"]
        );
        assert!(tokenize("  ... — !!").is_empty());
        assert!(tokenize("").is_empty());
        // Python splits at Arabic harakat; so do we.
        assert_eq!(tokenize("كَتَبَ"), vec!["ك", "ت", "ب"]);
    }

    #[test]
    fn shingles_of_short_and_long_texts() {
        let t = tokenize("a b c d e");
        let s = shingles(&t);
        assert_eq!(s.len(), 2);
        assert_eq!(s[&["a", "b", "c", "d"][..]], 1);
        assert_eq!(s[&["b", "c", "d", "e"][..]], 1);
        let t = tokenize("a b");
        let s = shingles(&t);
        assert_eq!(s.len(), 1);
        assert_eq!(s[&["a", "b"][..]], 1);
        assert!(shingles(&[]).is_empty());
    }

    #[test]
    fn exact_counts_partial_overlap() {
        // truth: 1 2 3 4 5 6 → [1234, 2345, 3456]
        // pred:  0 1 2 3 4 5 → [0123, 1234, 2345]
        assert_eq!(counts("1 2 3 4 5 6", "0 1 2 3 4 5"), (2, 1, 1));
        let s = score("1 2 3 4 5 6", "0 1 2 3 4 5");
        assert_eq!(s.precision(), Some(2.0 / 3.0));
        assert_eq!(s.recall(), Some(2.0 / 3.0));
        let (tp, fp, fn_) = s.normalized();
        assert!(
            (tp - 0.5).abs() < 1e-12 && (fp - 0.25).abs() < 1e-12 && (fn_ - 0.25).abs() < 1e-12
        );
        assert!(!s.exact);
    }

    #[test]
    fn case_matters() {
        assert_eq!(counts("The cat sat down", "the cat sat down"), (0, 1, 1));
    }

    #[test]
    fn punctuation_and_spacing_do_not_matter() {
        let s = score("One, two; three four.\n\nFive!", "One two three four Five");
        assert_eq!((s.tp, s.fp, s.fn_), (2, 0, 0));
        assert!(s.exact);
        assert_eq!(s.precision(), Some(1.0));
        assert_eq!(s.recall(), Some(1.0));
    }

    #[test]
    fn short_texts_give_one_shorter_shingle() {
        assert_eq!(counts("a b c", "a b c"), (1, 0, 0));
        assert_eq!(counts("a b c", "a b"), (0, 1, 1));
        // A 3-token text never matches a 4-token shingle of a longer one.
        assert_eq!(counts("a b c", "a b c d"), (0, 1, 1));
        assert_eq!(counts("a b c d", "a b c d"), (1, 0, 0));
    }

    #[test]
    fn empty_prediction_has_no_precision_and_zero_recall() {
        let s = score("a b c d e", "");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 0, 2));
        assert_eq!(s.precision(), None);
        assert_eq!(s.recall(), Some(0.0));
        assert_eq!(s.f1(), 0.0);
        // Punctuation only is empty too.
        assert_eq!(score("a b c d e", " -- ... ").precision(), None);
    }

    #[test]
    fn empty_truth_has_no_recall() {
        let s = score("", "a b c d e");
        assert_eq!((s.tp, s.fp, s.fn_), (0, 2, 0));
        assert_eq!(s.precision(), Some(0.0));
        assert_eq!(s.recall(), None);
    }

    #[test]
    fn both_empty_scores_one() {
        let s = score("", "");
        assert_eq!(s.precision(), Some(1.0));
        assert_eq!(s.recall(), Some(1.0));
        assert!(s.exact);
    }

    #[test]
    fn duplicates_count_as_multisets() {
        // truth has "a b c d" twice (a b c d a b c d → abcd, bcda, cdab, dabc, abcd)
        let truth = "a b c d a b c d";
        assert_eq!(counts(truth, "a b c d"), (1, 0, 4));
        // Predicting the text three times: 3 × abcd (+ joins) vs 2 in truth.
        let pred = "a b c d a b c d a b c d";
        // pred shingles: abcd×3, bcda×2, cdab×2, dabc×2 = 9; truth: abcd×2, bcda, cdab, dabc = 5
        assert_eq!(counts(truth, pred), (5, 4, 0));
        // Same shingle set, different multiplicity: not a perfect page.
        let s = score(truth, pred);
        assert_eq!(s.recall(), Some(1.0));
        assert_eq!(s.precision(), Some(5.0 / 9.0));
    }

    #[test]
    fn summary_means_are_per_page_and_f1_is_of_means() {
        let pages = [
            score("a b c d e f", "a b c d e f"),   // P 1, R 1
            score("a b c d e f g h", "a b c d e"), // P 1, R 2/5
            score("a b c d e", ""),                // P -, R 0
        ];
        let s = summarize(&pages, 0, 1);
        assert_eq!(s.pages, 3);
        assert_eq!(s.empty_predictions, 1);
        assert!((s.precision - 1.0).abs() < 1e-12);
        let r = (1.0 + 0.4 + 0.0) / 3.0;
        assert!((s.recall - r).abs() < 1e-12);
        assert!((s.f1 - 2.0 * r / (1.0 + r)).abs() < 1e-12);
        assert!((s.accuracy - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.f1_std, 0.0);
    }

    #[test]
    fn bootstrap_is_deterministic_and_zero_for_identical_pages() {
        let pages: Vec<_> = (0..20)
            .map(|i| {
                if i % 2 == 0 {
                    score("a b c d e f", "a b c d e")
                } else {
                    score("a b c d e f", "x a b c d e f")
                }
            })
            .collect();
        let a = summarize(&pages, 200, 42);
        let b = summarize(&pages, 200, 42);
        assert_eq!(a, b);
        assert!(a.f1_std > 0.0 && a.f1_std < 0.2);
        let same = vec![score("a b c d e f", "a b c d e"); 10];
        assert_eq!(summarize(&same, 100, 7).precision_std, 0.0);
    }

    #[test]
    fn splitmix_below_stays_in_range() {
        let mut r = SplitMix64::new(0);
        let mut seen = [false; 7];
        for _ in 0..1000 {
            let x = r.below(7);
            assert!(x < 7);
            seen[x] = true;
        }
        assert!(seen.iter().all(|&s| s));
    }
}
