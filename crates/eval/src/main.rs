//! `newsfacts-eval`: quality and speed harness (see the library docs).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod polnear_report;

use newsfacts_eval::aeb::{Dataset, Split};
use newsfacts_eval::metric::{self, PageScore};
use newsfacts_eval::report::{Row, peer_table, quality_table, sort_rows, worst_table};
use newsfacts_eval::run::{
    Outcome, extract_all, load_pages, peak_rss_kib, time_passes, time_pipeline_passes,
};
use newsfacts_eval::{score_pages, summarize_bench};

#[derive(Parser, Debug)]
#[command(
    name = "newsfacts-eval",
    version,
    about = "Quality and speed harness for newsfacts"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Score newsfacts on the article-extraction-benchmark and time it.
    Aeb {
        /// The benchmark data folder (html/, ground-truth.json, reference-outputs/).
        dir: PathBuf,
        /// Pages to use: dev (ids not starting with c-f), holdout (c-f) or all.
        #[arg(long, default_value = "all")]
        split: Split,
        /// List the N pages where newsfacts has the lowest per-page F1.
        #[arg(long, value_name = "N")]
        worst: Option<usize>,
        /// Write DIR/<id>.txt (ours) and DIR/<id>.truth.txt for each page.
        #[arg(long, value_name = "DIR")]
        dump: Option<PathBuf>,
        /// Compare per page with this reference output (file stem, e.g. trafilatura).
        #[arg(long, value_name = "NAME")]
        peer: Option<String>,
        /// Timed single-threaded passes after the warm-up pass.
        #[arg(long, value_name = "K", default_value_t = 3)]
        repeat: usize,
    },
    /// Write a synthetic corpus of news pages (our own generator) for
    /// benchmarks: a folder of .html files, or one .warc.gz file.
    Gen {
        /// How many pages.
        #[arg(long, default_value_t = 10_000)]
        count: u64,
        /// Output: a folder, or a file ending in .warc.gz.
        out: PathBuf,
    },
    /// Score attributed statements on PolNeAR (brat standoff gold).
    Polnear {
        /// The corpus folder (text/, attributions/).
        dir: PathBuf,
        /// Print the scores of every article.
        #[arg(long)]
        per_article: bool,
        /// Print up to N missed gold attributions and N spurious predictions
        /// of the dev part.
        #[arg(long, value_name = "N")]
        show_misses: Option<usize>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Aeb {
            dir,
            split,
            worst,
            dump,
            peer,
            repeat,
        } => aeb(&dir, split, worst, dump.as_deref(), peer.as_deref(), repeat),
        Command::Gen { count, out } => gen_corpus(count, &out),
        Command::Polnear {
            dir,
            per_article,
            show_misses,
        } => polnear_report::report(&dir, per_article, show_misses),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsfacts-eval: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn gen_corpus(count: u64, out: &Path) -> Result<(), String> {
    let t = std::time::Instant::now();
    let is_warc = out.to_string_lossy().ends_with(".warc.gz");
    let bytes = if is_warc {
        newsfacts_eval::generate::write_warc(out, count)
    } else {
        newsfacts_eval::generate::write_folder(out, count)
    }
    .map_err(|e| format!("{}: {e}", out.display()))?;
    println!(
        "wrote {count} pages ({:.1} MB of HTML) to {} in {:.1} s",
        bytes as f64 / 1e6,
        out.display(),
        t.elapsed().as_secs_f64()
    );
    Ok(())
}

fn aeb(
    dir: &Path,
    split: Split,
    worst: Option<usize>,
    dump: Option<&Path>,
    peer: Option<&str>,
    repeat: usize,
) -> Result<(), String> {
    let ds = Dataset::load(dir, split)?;
    if ds.pages.is_empty() {
        return Err(format!("no page in split {}", split.as_str()));
    }
    let refs = ds.references()?;
    let peer_ref = match peer {
        Some(name) => Some(refs.iter().find(|r| r.name == name).ok_or_else(|| {
            let names: Vec<&str> = refs.iter().map(|r| r.name.as_str()).collect();
            format!(
                "no reference output named {name:?} in {}/reference-outputs (have: {})",
                ds.root.display(),
                names.join(", ")
            )
        })?),
        None => None,
    };
    let loaded = load_pages(&ds)?;

    // Quality pass (it is also the warm-up pass for timing).
    let outcomes = extract_all(&loaded);
    let ours: Vec<PageScore> = ds
        .pages
        .iter()
        .zip(&outcomes)
        .map(|(p, o)| metric::score(&p.truth, o.text()))
        .collect();
    let errors = outcomes
        .iter()
        .filter(|o| matches!(o, Outcome::Error(_)))
        .count();
    let empty = outcomes
        .iter()
        .zip(&ours)
        .filter(|(o, s)| matches!(o, Outcome::Text(_)) && s.pred_tokens == 0)
        .count();

    let mut rows = vec![Row {
        name: "newsfacts".into(),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        summary: summarize_bench(&ours),
    }];
    for r in &refs {
        rows.push(Row {
            name: r.name.clone(),
            version: r.version.clone(),
            summary: summarize_bench(&score_pages(&ds.pages, |p| r.text(&p.id))),
        });
    }
    sort_rows(&mut rows);

    println!(
        "article-extraction-benchmark: {} page(s), split {}, {}",
        ds.pages.len(),
        split.as_str(),
        ds.root.display()
    );
    println!();
    print!("{}", quality_table(&rows));
    println!();
    println!(
        "newsfacts: {errors} page(s) with an error, {empty} page(s) with an empty text (of {})",
        ds.pages.len()
    );
    if let Some((o, p)) = outcomes.iter().zip(&ds.pages).find_map(|(o, p)| match o {
        Outcome::Error(e) => Some((e, p)),
        Outcome::Text(_) => None,
    }) {
        println!("  first error: {}: {o}", p.id);
    }

    // Speed: single-threaded, after the warm-up (quality) pass.
    println!();
    let speed = time_passes(&loaded, repeat);
    println!(
        "speed (1 core, extraction only, {} timed pass(es) after 1 warm-up, {} pages, {:.1} MB HTML):",
        speed.passes.len(),
        speed.pages,
        speed.bytes as f64 / 1e6
    );
    if speed.passes.is_empty() {
        println!("  no timed pass (--repeat 0)");
    } else {
        println!(
            "  {:.1} pages/s (best pass {:.1}), {:.2} MB/s, {:.3} ms/page",
            speed.pages_per_sec(),
            speed.best_pages_per_sec(),
            speed.mb_per_sec(),
            speed.ms_per_page()
        );
    }
    if !speed.passes.is_empty() {
        // Side by side in the same run: the analysis stage's own cost.
        let full = time_pipeline_passes(&loaded, repeat);
        println!(
            "  with analysis (statements, quantities, dates, entities): {:.1} pages/s, {:.3} ms/page, analysis adds {:.3} ms/page",
            full.pages_per_sec(),
            full.ms_per_page(),
            full.ms_per_page() - speed.ms_per_page()
        );
    }
    match peak_rss_kib() {
        Some(k) => println!(
            "  peak RSS of the process: {:.1} MiB (includes the loaded pages and reference outputs)",
            k as f64 / 1024.0
        ),
        None => println!("  peak RSS of the process: n/a"),
    }

    if let Some(n) = worst {
        println!();
        println!("worst {n} page(s) for newsfacts by per-page F1:");
        let table: Vec<(&str, Option<&str>, PageScore)> = ds
            .pages
            .iter()
            .zip(&ours)
            .map(|(p, s)| (p.id.as_str(), p.url.as_deref(), *s))
            .collect();
        print!("{}", worst_table(&table, n));
    }

    if let Some(r) = peer_ref {
        let theirs = score_pages(&ds.pages, |p| r.text(&p.id));
        let table: Vec<(&str, Option<&str>, PageScore, PageScore)> = ds
            .pages
            .iter()
            .zip(ours.iter().zip(&theirs))
            .map(|(p, (o, t))| (p.id.as_str(), p.url.as_deref(), *o, *t))
            .collect();
        println!();
        println!("per-page F1, newsfacts vs {}:", r.name);
        print!("{}", peer_table(&r.name, &table, 0.05));
    }

    if let Some(out) = dump {
        std::fs::create_dir_all(out)
            .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        for (p, o) in ds.pages.iter().zip(&outcomes) {
            let write = |name: String, text: &str| {
                let path = out.join(name);
                std::fs::write(&path, text)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))
            };
            write(format!("{}.txt", p.id), o.text())?;
            write(format!("{}.truth.txt", p.id), &p.truth)?;
        }
        println!();
        println!("dumped {} page(s) to {}", ds.pages.len(), out.display());
    }
    Ok(())
}
