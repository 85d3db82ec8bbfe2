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
    let start = std::time::Instant::now();
    let mut statements = 0;
    for _ in 0..reps {
        for t in &texts {
            let mut a = Article::new("bench");
            a.published = Some("2019-05-10".into());
            a.text.clone_from(t);
            newsfacts_analyze::analyze(&mut a);
            statements += a.statements.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} texts x {reps}: {:.3} ms per text ({statements} statements)",
        texts.len(),
        secs * 1000.0 / (texts.len() * reps) as f64
    );
    ExitCode::SUCCESS
}
