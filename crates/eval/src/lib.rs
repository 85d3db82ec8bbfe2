//! Quality and speed harness for newsfacts.
//!
//! The harness runs the newsfacts extractor over the
//! [article-extraction-benchmark](https://github.com/scrapinghub/article-extraction-benchmark)
//! pages and scores the body text against the hand-made ground truth with
//! the benchmark's metric (4-token shingle precision/recall, see [`metric`]).
//! The published outputs of other extractors (`reference-outputs/`) are
//! scored the same way, on the same pages, so that our row can be read
//! against theirs. It also times extraction on one core.
//!
//! * [`metric`]: tokens, shingles, per-page TP/FP/FN, aggregate P/R/F1,
//!   accuracy and bootstrap ± values. Tokens follow Python's Unicode `\w`
//!   exactly (a small generated table of combining marks), so the published
//!   scores of the reference outputs are reproduced to the third decimal.
//! * [`aeb`]: loading the data folder, the dev/holdout split, reference outputs.
//! * [`run`]: running our extractor and timing it.
//! * [`report`]: the tables the binary prints.
//!
//! Scoring two strings:
//!
//! ```
//! use newsfacts_eval::metric::{score, summarize};
//!
//! let truth = "The quick brown fox jumps over the lazy dog.";
//! let ours = "Share this! The quick brown fox jumps over the lazy dog.";
//! let page = score(truth, ours);
//! // truth has 6 shingles, all found; "Share this The quick", "this The quick brown" are extra
//! assert_eq!((page.tp, page.fp, page.fn_), (6, 2, 0));
//! assert_eq!(page.precision(), Some(0.75));
//! assert_eq!(page.recall(), Some(1.0));
//!
//! // Over several pages: F1 is the harmonic mean of mean P and mean R.
//! let s = summarize(&[page, score(truth, truth)], 0, 1);
//! assert_eq!(s.precision, 0.875);
//! assert_eq!(s.accuracy, 0.5);
//! ```
//!
//! The binary: `newsfacts-eval aeb <DIR> [--split dev|holdout|all] [--worst N]
//! [--dump DIR] [--peer NAME] [--repeat K]`.

pub mod aeb;
pub mod generate;
pub mod metric;
pub mod polnear;
mod pyword;
pub mod report;
pub mod run;

use metric::{BOOTSTRAP_RESAMPLES, PageScore, Summary, summarize};

/// Seed of the bootstrap PRNG (fixed, so that ± values are reproducible).
pub const BOOTSTRAP_SEED: u64 = 0x6e65_7773_6661_6374; // "newsfact"

/// Scores one system on `pages`, the prediction for each page given by
/// `pred` (an absent page is an empty prediction).
pub fn score_pages<'a>(
    pages: &[aeb::Page],
    mut pred: impl FnMut(&aeb::Page) -> &'a str,
) -> Vec<PageScore> {
    pages
        .iter()
        .map(|p| metric::score(&p.truth, pred(p)))
        .collect()
}

/// Aggregates page scores with the benchmark's 1000 bootstrap resamples.
pub fn summarize_bench(pages: &[PageScore]) -> Summary {
    summarize(pages, BOOTSTRAP_RESAMPLES, BOOTSTRAP_SEED)
}
