//! Parser throughput on a folder of `.html` / `.html.gz` pages (default: the
//! article-extraction benchmark in `../shared/data`). Prints pages/s and MB/s
//! on one core. Run: `cargo bench -p newsfacts-dom [-- DIR]`.

use std::io::Read;
use std::time::Instant;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../../shared/data/article-extraction-benchmark/html"
            )
            .to_string()
        });
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("parse bench: no pages at {dir}; skipped");
        return;
    };
    let mut pages = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        let Ok(raw) = std::fs::read(&path) else {
            continue;
        };
        let bytes = if path.extension().is_some_and(|x| x == "gz") {
            let mut out = Vec::new();
            if flate2::read::GzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .is_err()
            {
                continue;
            }
            out
        } else {
            raw
        };
        pages.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let total: usize = pages.iter().map(String::len).sum();
    let mut nodes = 0;
    for p in &pages {
        nodes += newsfacts_dom::Document::parse(p).len();
    }
    let passes = 5;
    let t = Instant::now();
    for _ in 0..passes {
        for p in &pages {
            std::hint::black_box(newsfacts_dom::Document::parse(p));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let n = (pages.len() * passes) as f64;
    println!(
        "parse: {} pages, {:.1} MB, {} nodes/pass: {:.0} pages/s, {:.0} MB/s on one core",
        pages.len(),
        total as f64 / 1e6,
        nodes,
        n / secs,
        (total * passes) as f64 / 1e6 / secs
    );
}
