//! Running our extractor over the benchmark pages, and timing it.

use std::time::{Duration, Instant};

use newsfacts_extract::{Format, Options};

use crate::aeb::{Dataset, Page};

/// One page loaded in memory, ready for extraction.
#[derive(Debug, Clone)]
pub struct LoadedPage {
    /// Benchmark id.
    pub id: String,
    /// Decompressed HTML bytes.
    pub html: Vec<u8>,
    /// Options with the ground-truth URL.
    pub options: Options,
}

/// Reads and gunzips every page of the dataset.
pub fn load_pages(ds: &Dataset) -> Result<Vec<LoadedPage>, String> {
    ds.pages
        .iter()
        .map(|p: &Page| {
            Ok(LoadedPage {
                id: p.id.clone(),
                html: ds.read_html(&p.id)?,
                options: Options {
                    url: p.url.clone(),
                    ..Options::default()
                },
            })
        })
        .collect()
}

/// What our extractor made of one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The extracted body text.
    Text(String),
    /// The extractor returned an error.
    Error(String),
}

impl Outcome {
    /// The text, empty for an error.
    pub fn text(&self) -> &str {
        match self {
            Outcome::Text(t) => t,
            Outcome::Error(_) => "",
        }
    }
}

/// Extracts one page.
pub fn extract_one(page: &LoadedPage) -> Outcome {
    match newsfacts_extract::extract(&page.id, &page.html, Some(Format::Html), &page.options) {
        Ok(article) => Outcome::Text(article.text),
        Err(e) => Outcome::Error(e.to_string()),
    }
}

/// Extracts and analyses one page (the whole per-page pipeline); returns
/// the number of statements found so the work cannot be optimised away.
pub fn extract_and_analyze_one(page: &LoadedPage) -> usize {
    match newsfacts_extract::extract(&page.id, &page.html, Some(Format::Html), &page.options) {
        Ok(mut article) => {
            newsfacts_analyze::analyze(&mut article);
            article.statements.len()
        }
        Err(_) => 0,
    }
}

/// Timing of repeated single-threaded passes of extraction plus analysis.
pub fn time_pipeline_passes(pages: &[LoadedPage], repeat: usize) -> Speed {
    let mut passes = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let start = Instant::now();
        for page in pages {
            std::hint::black_box(extract_and_analyze_one(std::hint::black_box(page)));
        }
        passes.push(start.elapsed());
    }
    Speed {
        pages: pages.len(),
        bytes: pages.iter().map(|p| p.html.len() as u64).sum(),
        passes,
    }
}

/// Extracts every page, in order, on the current thread.
pub fn extract_all(pages: &[LoadedPage]) -> Vec<Outcome> {
    pages.iter().map(extract_one).collect()
}

/// Timing of repeated single-threaded passes.
#[derive(Debug, Clone)]
pub struct Speed {
    /// Pages per pass.
    pub pages: usize,
    /// Decompressed HTML bytes per pass.
    pub bytes: u64,
    /// Wall time of each timed pass.
    pub passes: Vec<Duration>,
}

impl Speed {
    /// Total timed wall time.
    pub fn total(&self) -> Duration {
        self.passes.iter().sum()
    }

    /// Pages per second over all timed passes.
    pub fn pages_per_sec(&self) -> f64 {
        per_sec(self.pages as f64 * self.passes.len() as f64, self.total())
    }

    /// Pages per second of the fastest pass.
    pub fn best_pages_per_sec(&self) -> f64 {
        self.passes
            .iter()
            .min()
            .map_or(0.0, |&d| per_sec(self.pages as f64, d))
    }

    /// Megabytes (10^6 bytes) of HTML per second over all timed passes.
    pub fn mb_per_sec(&self) -> f64 {
        per_sec(
            self.bytes as f64 * self.passes.len() as f64 / 1e6,
            self.total(),
        )
    }

    /// Mean milliseconds per page.
    pub fn ms_per_page(&self) -> f64 {
        let n = self.pages * self.passes.len();
        if n == 0 {
            0.0
        } else {
            self.total().as_secs_f64() * 1e3 / n as f64
        }
    }
}

fn per_sec(amount: f64, d: Duration) -> f64 {
    let s = d.as_secs_f64();
    if s > 0.0 { amount / s } else { 0.0 }
}

/// Times `repeat` passes of extraction over `pages` on the current thread.
/// The caller runs a warm-up pass first (the quality pass serves as one).
pub fn time_passes(pages: &[LoadedPage], repeat: usize) -> Speed {
    let mut passes = Vec::with_capacity(repeat);
    for _ in 0..repeat {
        let start = Instant::now();
        for page in pages {
            std::hint::black_box(extract_one(std::hint::black_box(page)));
        }
        passes.push(start.elapsed());
    }
    Speed {
        pages: pages.len(),
        bytes: pages.iter().map(|p| p.html.len() as u64).sum(),
        passes,
    }
}

/// Peak resident set size of this process in KiB (`VmHWM` of
/// `/proc/self/status`), when the platform reports it.
pub fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speed_arithmetic() {
        let s = Speed {
            pages: 10,
            bytes: 2_000_000,
            passes: vec![Duration::from_secs(1), Duration::from_millis(500)],
        };
        assert!((s.pages_per_sec() - 20.0 / 1.5).abs() < 1e-9);
        assert!((s.best_pages_per_sec() - 20.0).abs() < 1e-9);
        assert!((s.mb_per_sec() - 4.0 / 1.5).abs() < 1e-9);
        assert!((s.ms_per_page() - 75.0).abs() < 1e-9);
    }

    #[test]
    fn extract_one_runs_on_tiny_page() {
        let page = LoadedPage {
            id: "x".into(),
            html: b"<html><body><p>Hello world.</p></body></html>".to_vec(),
            options: Options::default(),
        };
        // Whatever the extractor returns, it must not panic.
        let _ = extract_one(&page);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn peak_rss_is_reported_on_linux() {
        assert!(peak_rss_kib().is_some_and(|k| k > 0));
    }
}
