//! Checks the metric against the scores published for the benchmark's
//! reference outputs. Skips (with a note) when the data folder is absent;
//! set `AEB_DIR` to point at it elsewhere.

use std::path::PathBuf;

use newsfacts_eval::aeb::{Dataset, Split};
use newsfacts_eval::{score_pages, summarize_bench};

const DEFAULT_DIR: &str = "/work/shared/data/article-extraction-benchmark";

fn data_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("AEB_DIR").map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    if dir.join("ground-truth.json").is_file() {
        Some(dir)
    } else {
        eprintln!(
            "note: {} not found, skipping the reproduction test (set AEB_DIR)",
            dir.display()
        );
        None
    }
}

/// name, F1, precision, recall, accuracy: the benchmark README's table.
const PUBLISHED: &[(&str, f64, f64, f64, f64)] = &[
    ("rs_trafilatura", 0.970, 0.951, 0.990, 0.287),
    ("go_trafilatura", 0.960, 0.940, 0.980, 0.287),
    ("trafilatura", 0.958, 0.938, 0.978, 0.293),
    ("newspaper", 0.949, 0.964, 0.934, 0.326),
    ("readability_js", 0.947, 0.914, 0.982, 0.166),
    ("readability", 0.922, 0.913, 0.931, 0.315),
    ("goose3", 0.896, 0.940, 0.856, 0.232),
    ("readability_rs", 0.873, 0.906, 0.843, 0.227),
    ("dom_smoothie", 0.865, 0.785, 0.963, 0.055),
    ("justext", 0.804, 0.858, 0.756, 0.088),
    ("boilerpipe_rs", 0.739, 0.761, 0.717, 0.000),
    ("html-text", 0.665, 0.500, 0.994, 0.000),
];

/// Published ± of F1 for trafilatura and readability (the bootstrap uses a
/// different PRNG, so only the size is compared).
const PUBLISHED_F1_STD: &[(&str, f64)] = &[("trafilatura", 0.006), ("readability", 0.013)];

#[test]
fn reference_outputs_reproduce_published_scores() {
    let Some(dir) = data_dir() else { return };
    let ds = Dataset::load(&dir, Split::All).expect("load dataset");
    assert_eq!(ds.pages.len(), 181);
    let refs = ds.references().expect("load references");
    let mut failures = Vec::new();
    for &(name, f1, p, r, acc) in PUBLISHED {
        let Some(reference) = refs.iter().find(|x| x.name == name) else {
            eprintln!("note: reference-outputs/{name}.json absent, skipped");
            continue;
        };
        let s = summarize_bench(&score_pages(&ds.pages, |pg| reference.text(&pg.id)));
        eprintln!(
            "{name:<15} F1 {:.4} ± {:.4}  P {:.4} ± {:.4}  R {:.4} ± {:.4}  acc {:.4}",
            s.f1, s.f1_std, s.precision, s.precision_std, s.recall, s.recall_std, s.accuracy
        );
        // Published values are rounded to 3 decimals.
        for (what, got, want) in [
            ("F1", s.f1, f1),
            ("precision", s.precision, p),
            ("recall", s.recall, r),
            ("accuracy", s.accuracy, acc),
        ] {
            if (got - want).abs() > 0.0005 + 1e-9 {
                failures.push(format!("{name} {what}: got {got:.4}, published {want:.3}"));
            }
        }
        if let Some(&(_, std)) = PUBLISHED_F1_STD.iter().find(|x| x.0 == name)
            && (s.f1_std - std).abs() > 0.002
        {
            failures.push(format!(
                "{name} F1 ±: got {:.4}, published {std:.3}",
                s.f1_std
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn splits_partition_the_pages() {
    let Some(dir) = data_dir() else { return };
    let all = Dataset::load(&dir, Split::All).expect("all");
    let dev = Dataset::load(&dir, Split::Dev).expect("dev");
    let hold = Dataset::load(&dir, Split::Holdout).expect("holdout");
    assert_eq!(dev.pages.len() + hold.pages.len(), all.pages.len());
    let share = hold.pages.len() as f64 / all.pages.len() as f64;
    assert!((0.15..0.35).contains(&share), "holdout share {share}");
    assert!(hold.pages.iter().all(|p| "cdef".contains(&p.id[..1])));
}

#[test]
fn pages_gunzip() {
    let Some(dir) = data_dir() else { return };
    let ds = Dataset::load(&dir, Split::All).expect("load");
    let html = ds.read_html(&ds.pages[0].id).expect("gunzip");
    assert!(html.len() > 1000);
}
