//! The real WARC files in `../shared/data/warc-samples` (beside the repo).
//! Each test skips with a note when the folder is absent.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use newsfacts_ingest::{FormatHint, Item, ReaderOptions, SkipReason, open};

fn samples() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/warc-samples");
    if dir.join("records.tsv").is_file() {
        Some(dir)
    } else {
        eprintln!("note: {} is absent; skipping", dir.display());
        None
    }
}

fn read(path: &Path) -> Vec<Item> {
    open(&[path.to_path_buf()], &ReaderOptions::default()).collect()
}

/// One row of records.tsv.
struct Row {
    file: String,
    warc_type: String,
    status: String,
    content_type: String,
    payload_bytes: usize,
    uri: String,
}

fn rows(dir: &Path) -> Vec<Row> {
    let tsv = std::fs::read_to_string(dir.join("records.tsv")).unwrap_or_default();
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.len() >= 7).then(|| Row {
                file: f[0].into(),
                warc_type: f[1].into(),
                status: f[2].into(),
                content_type: f[3].into(),
                payload_bytes: f[4].parse().unwrap_or(0),
                uri: f[6].into(),
            })
        })
        .collect()
}

/// (file, HTML responses per the README, records in the file per the README)
const FILES: &[(&str, usize, usize)] = &[
    ("aut-example-heritrix-2008.warc.gz", 140, 822),
    ("resiliparse-clueweb09-quirk.warc.gz", 29, 30),
    ("dolma-sample-0000.warc.gz", 22, 48),
    ("resiliparse-cc-2020-34-sample.warc.gz", 16, 50),
    ("dolma-sample-0001.warc.gz", 15, 34),
    ("resiliparse-clipped-news.warc.gz", 1, 1),
    ("cc-whirlwind.warc.gz", 1, 4),
    ("warcio-example.warc.gz", 1, 6),
];

#[derive(Default, Debug)]
struct Counts {
    html_docs: usize,
    other_docs: usize,
    skipped: HashMap<&'static str, usize>,
    failed: usize,
    total: usize,
}

fn count(items: &[Item]) -> Counts {
    let mut c = Counts::default();
    for item in items {
        c.total += 1;
        match item {
            Item::Document(d) if d.format_hint == FormatHint::Html => c.html_docs += 1,
            Item::Document(_) => c.other_docs += 1,
            Item::Skipped { reason, .. } => *c.skipped.entry(reason.as_str()).or_default() += 1,
            Item::Failed { .. } => c.failed += 1,
        }
    }
    c
}

#[test]
fn html_responses_and_every_record_accounted_for() {
    let Some(dir) = samples() else { return };
    let rows = rows(&dir);
    let mut all_html = 0;
    for &(file, readme_html, records) in FILES {
        let items = read(&dir.join(file));
        let c = count(&items);
        // Every record is exactly one item.
        assert_eq!(c.total, records, "{file}: {c:?}");
        assert_eq!(c.failed, 0, "{file}: {c:?}");
        // HTML responses = delivered + non-2xx + repeated captures.
        let html_non_2xx = rows
            .iter()
            .filter(|r| r.file == file && r.warc_type == "response")
            .filter(|r| r.content_type.contains("html") && !r.status.starts_with('2'))
            .count();
        let dups = c.skipped.get("duplicate_record").copied().unwrap_or(0);
        assert_eq!(
            c.html_docs + html_non_2xx + dups,
            readme_html,
            "{file}: {c:?}"
        );
        assert_eq!(c.other_docs, 0, "{file}: {c:?}");
        // All non-2xx responses are skipped as http_status.
        let non_2xx = rows
            .iter()
            .filter(|r| r.file == file && !r.status.is_empty() && !r.status.starts_with('2'))
            .count();
        assert_eq!(
            c.skipped.get("http_status").copied().unwrap_or(0),
            non_2xx,
            "{file}"
        );
        all_html += c.html_docs + html_non_2xx + dups;
        eprintln!("{file}: {c:?}");
    }
    assert_eq!(all_html, 225);
}

#[test]
fn payloads_match_warcio() {
    let Some(dir) = samples() else { return };
    let rows = rows(&dir);
    for &(file, _, _) in FILES {
        for item in read(&dir.join(file)) {
            let Item::Document(d) = item else { continue };
            let url = d.url.as_deref().unwrap_or_default();
            let sizes: Vec<usize> = rows
                .iter()
                .filter(|r| r.file == file && r.uri == url)
                .map(|r| r.payload_bytes)
                .collect();
            assert!(
                sizes.contains(&d.bytes.len()),
                "{}: {} bytes, records.tsv says {sizes:?}",
                d.source,
                d.bytes.len()
            );
        }
    }
}

#[test]
fn aut_skips() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("aut-example-heritrix-2008.warc.gz"));
    let mut statuses: HashMap<u16, usize> = HashMap::new();
    for item in &items {
        if let Some(SkipReason::HttpStatus(s)) = item.skip_reason() {
            *statuses.entry(s).or_default() += 1;
        }
    }
    assert_eq!(statuses.get(&404), Some(&40));
    assert_eq!(statuses.get(&302), Some(&5));
    assert_eq!(statuses.get(&301), Some(&2));
    let c = count(&items);
    // 261 requests + 261 metadata + 1 warcinfo.
    assert_eq!(c.skipped.get("warc_metadata"), Some(&523));
    // Images, DNS, CSS, JS, XML, text/plain with status 200.
    assert_eq!(c.skipped.get("not_html"), Some(&158));
    let first = items.iter().find_map(|i| match i {
        Item::Document(d) => Some(d),
        _ => None,
    });
    let first = first.expect("a document");
    assert_eq!(first.url.as_deref(), Some("http://www.archive.org/"));
    assert_eq!(first.fetched.as_deref(), Some("2008-04-30T20:48:26Z"));
    assert_eq!(first.charset.as_deref(), Some("UTF-8"));
    assert!(first.source.contains("aut-example-heritrix-2008.warc.gz#"));
}

#[test]
fn revisit_is_skipped() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("warcio-example.warc.gz"));
    let revisits = items
        .iter()
        .filter(|i| i.skip_reason() == Some(SkipReason::Revisit))
        .count();
    assert_eq!(revisits, 1);
}

#[test]
fn repeated_capture_is_a_duplicate() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("dolma-sample-0001.warc.gz"));
    let allenai = items
        .iter()
        .filter_map(|i| match i {
            Item::Document(d) if d.url.as_deref() == Some("https://allenai.org/") => Some(d),
            _ => None,
        })
        .count();
    // Fetched 3 times; two of them have the same payload digest.
    assert_eq!(allenai, 2);
    assert_eq!(
        items
            .iter()
            .filter(|i| i.skip_reason() == Some(SkipReason::DuplicateRecord))
            .count(),
        1
    );
}

#[test]
fn malformed_dates_keep_the_record() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("resiliparse-clueweb09-quirk.warc.gz"));
    let docs: Vec<_> = items
        .iter()
        .filter_map(|i| match i {
            Item::Document(d) => Some(d),
            _ => None,
        })
        .collect();
    assert_eq!(docs.len(), 29);
    for d in docs {
        assert_eq!(d.fetched, None, "{}", d.source);
        assert!(d.url.is_some());
        assert_eq!(
            d.charset.as_deref().map(str::to_ascii_uppercase).as_deref(),
            Some("EUC-JP")
        );
    }
}

#[test]
fn clipped_record_delivers_what_is_there() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("resiliparse-clipped-news.warc.gz"));
    assert_eq!(items.len(), 1);
    let Item::Document(d) = &items[0] else {
        panic!("{:?}", items[0])
    };
    assert!(d.truncated);
    assert_eq!(d.bytes.len(), 74_970);
    assert!(String::from_utf8_lossy(&d.bytes).contains("<title>Review: Chance The Rapper"));
    assert_eq!(d.fetched.as_deref(), Some("2016-10-17T14:57:38Z"));

    // Without keep_truncated the record fails, with the reason.
    let opts = ReaderOptions {
        keep_truncated: false,
        ..ReaderOptions::default()
    };
    let items: Vec<Item> = open(&[dir.join("resiliparse-clipped-news.warc.gz")], &opts).collect();
    assert_eq!(items.len(), 1);
    let Item::Failed { error, source } = &items[0] else {
        panic!("{:?}", items[0])
    };
    assert!(error.starts_with("gzip: "), "{error}");
    assert!(error.contains("of 88"), "{error}");
    assert!(source.ends_with("resiliparse-clipped-news.warc.gz#0"));
}

#[test]
fn wet_file_yields_one_text_document() {
    let Some(dir) = samples() else { return };
    let items = read(&dir.join("cc-whirlwind.warc.wet.gz"));
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].skip_reason(), Some(SkipReason::WarcMetadata));
    let Item::Document(d) = &items[1] else {
        panic!("{:?}", items[1])
    };
    assert_eq!(d.format_hint, FormatHint::Text);
    assert_eq!(
        d.url.as_deref(),
        Some("https://an.wikipedia.org/wiki/Escopete")
    );
    assert_eq!(d.fetched.as_deref(), Some("2024-05-18T01:58:10Z"));
    assert_eq!(d.bytes.len(), 4456);
}

#[test]
fn whole_folder_in_order_with_progress() {
    let Some(dir) = samples() else { return };
    let inputs = vec![dir.clone()];
    let total = newsfacts_ingest::total_bytes(&inputs);
    let reader = open(&inputs, &ReaderOptions::default());
    let progress = reader.progress();
    let items: Vec<Item> = reader.collect();
    // 8 WARC files + 1 WET file; README.md and records.tsv are not inputs.
    assert_eq!(items.len(), 822 + 30 + 48 + 50 + 34 + 1 + 4 + 6 + 2);
    assert!(
        items[0]
            .source()
            .contains("aut-example-heritrix-2008.warc.gz#")
    );
    assert!(
        items
            .last()
            .is_some_and(|i| i.source().contains("warcio-example.warc.gz#"))
    );
    let sizes: u64 = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".gz"))
        .filter_map(|e| e.metadata().ok())
        .map(|m| m.len())
        .sum();
    assert_eq!(total, sizes);
    assert_eq!(progress.load(std::sync::atomic::Ordering::Relaxed), total);
}
