//! Reads the given inputs and prints per-source-file counts and the speed.
//!
//! `cargo run --release -p newsfacts-ingest --example warc_speed -- FILE...`
//! With `--repeat N`, a plain (uncompressed) WARC file is read N times from
//! memory to time the parser alone. `--no-dedup` turns duplicate detection
//! off (for files made of repeated copies).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use newsfacts_ingest::{FormatHint, Item, ReaderOptions, WarcReader};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 0usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args.get(i + 1).and_then(|n| n.parse().ok()).unwrap_or(10);
        args.drain(i..(i + 2).min(args.len()));
    }
    let mut opts = ReaderOptions::default();
    if let Some(i) = args.iter().position(|a| a == "--no-dedup") {
        opts.dedup = false;
        args.remove(i);
    }
    if repeat > 0 {
        for path in &args {
            let Ok(data) = std::fs::read(path) else {
                eprintln!("cannot read {path}");
                continue;
            };
            let t = Instant::now();
            let mut docs = 0usize;
            let mut payload = 0usize;
            for _ in 0..repeat {
                for item in WarcReader::new(&data[..], path.as_str(), &opts) {
                    if let Item::Document(d) = item {
                        docs += 1;
                        payload += d.bytes.len();
                    }
                }
            }
            let secs = t.elapsed().as_secs_f64();
            let mb = (data.len() * repeat) as f64 / 1e6;
            println!(
                "{path}: {mb:.1} MB in {secs:.3} s = {:.0} MB/s ({docs} documents, {payload} payload bytes)",
                mb / secs
            );
        }
        return;
    }
    let inputs: Vec<PathBuf> = args.iter().map(PathBuf::from).collect();
    let t = Instant::now();
    let mut counts: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for item in newsfacts_ingest::open(&inputs, &opts) {
        let file = item
            .source()
            .split('#')
            .next()
            .unwrap_or_default()
            .to_string();
        let key = match &item {
            Item::Document(d) => match d.format_hint {
                FormatHint::Html => "doc_html".to_string(),
                FormatHint::Text => "doc_text".to_string(),
                FormatHint::Unknown => "doc_unknown".to_string(),
            },
            Item::Skipped { reason, .. } => format!("skip_{reason}"),
            Item::Failed { error, .. } => format!("failed: {error}"),
        };
        *counts.entry(file).or_default().entry(key).or_default() += 1;
    }
    for (file, c) in &counts {
        println!("{file}");
        for (k, n) in c {
            println!("  {k}: {n}");
        }
    }
    eprintln!("{:.3} s", t.elapsed().as_secs_f64());
}
