//! Times the analysis stage alone (statements, quantities, dates, entities)
//! over a folder of plain-text articles, such as the texts the `aeb` harness
//! writes with `--dump DIR` (the files without `.truth` in their name).
//!
//! ```sh
//! cargo run --release -p newsfacts-eval -- aeb ../shared/data/article-extraction-benchmark --dump /tmp/aebdump
//! cargo run --release -p newsfacts-eval --example analysis_bench -- /tmp/aebdump 5
//! # instructions instead of time (deterministic on a shared machine):
//! valgrind --tool=callgrind target/release/examples/analysis_bench /tmp/aebdump 2
//! ```
use newsfacts_model::Article;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: analysis_bench DIR [REPEAT]");
        return ExitCode::from(2);
    };
    let reps: usize = args.next().and_then(|x| x.parse().ok()).unwrap_or(5);
    let entries = match std::fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{dir}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut texts = Vec::new();
    for path in entries.filter_map(Result::ok).map(|e| e.path()) {
        if path.to_string_lossy().contains(".truth") {
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push(t),
            Err(e) => eprintln!("skipped {}: {e}", path.display()),
        }
    }
    if texts.is_empty() {
        eprintln!("{dir}: no texts");
        return ExitCode::FAILURE;
    }
    // The lexicons load on the first analysis, once per process: a warm-up
    // keeps that out of the timed passes.
    let mut warm = Article::new("warm-up");
    warm.text = "Warm-up, the bench said on Monday.".into();
    newsfacts_analyze::analyze(&mut warm);
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut passes = Vec::with_capacity(reps);
    let mut statements = 0;
    for _ in 0..reps {
        let start = std::time::Instant::now();
        for t in &texts {
            let mut a = Article::new("bench");
            a.published = Some("2019-05-10".into());
            a.text.clone_from(t);
            newsfacts_analyze::analyze(&mut a);
            statements += a.statements.len();
        }
        passes.push(start.elapsed().as_secs_f64() * 1000.0 / texts.len() as f64);
    }
    let mean = passes.iter().sum::<f64>() / passes.len().max(1) as f64;
    let best = passes.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "{} texts (mean {:.1} KB) x {reps} pass(es), after a warm-up: {mean:.3} ms per text (best pass {best:.3}; {statements} statements)",
        texts.len(),
        bytes as f64 / texts.len() as f64 / 1000.0,
    );
    ExitCode::SUCCESS
}
