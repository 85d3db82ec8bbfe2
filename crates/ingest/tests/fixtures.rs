//! Hand-made WARC, JSONL and folder fixtures, written by the tests.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use flate2::Compression;
use flate2::write::GzEncoder;
use newsfacts_ingest::{
    FormatHint, Item, JsonlReader, ReaderOptions, SkipReason, WarcReader, open, total_bytes,
};

// ---- writers -------------------------------------------------------------

fn record(kind: &str, headers: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
    let mut out = format!("WARC/1.0\r\nWARC-Type: {kind}\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
    let mut out = out.into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(body);
    out
}

fn response(url: &str, status: &str, ctype: &str, body: &[u8]) -> Vec<u8> {
    record(
        "response",
        &[
            ("WARC-Target-URI", url),
            ("WARC-Date", "2016-05-10T16:21:00Z"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http(status, &[("Content-Type", ctype)], body),
    )
}

fn page(title: &str) -> Vec<u8> {
    format!("<html><head><title>{title}</title></head><body><p>{title} text.</p></body></html>")
        .into_bytes()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn read_warc(bytes: &[u8], opts: &ReaderOptions) -> Vec<Item> {
    WarcReader::new(bytes, "t.warc", opts).collect()
}

fn doc(item: &Item) -> &newsfacts_ingest::Document {
    match item {
        Item::Document(d) => d,
        other => panic!("expected a document, got {other:?}"),
    }
}

fn failed(item: &Item) -> &str {
    match item {
        Item::Failed { error, .. } => error,
        other => panic!("expected a failure, got {other:?}"),
    }
}

/// A fresh folder under the target dir.
fn tmpdir(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "ingest-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

// ---- WARC ----------------------------------------------------------------

#[test]
fn record_types_and_reasons() {
    let warc = [
        record("warcinfo", &[], b"software: test\r\n"),
        record(
            "request",
            &[("WARC-Target-URI", "http://a/")],
            b"GET / HTTP/1.1\r\n\r\n",
        ),
        response(
            "http://a/",
            "200 OK",
            "text/html; charset=windows-1251",
            &page("A"),
        ),
        record("metadata", &[], b"fetchTimeMs: 1\r\n"),
        response("http://a/img.gif", "200 OK", "image/gif", b"GIF89a...."),
        response(
            "http://a/missing",
            "404 Not Found",
            "text/html",
            &page("404"),
        ),
        response("http://a/moved", "301 Moved Permanently", "text/html", b""),
        record("revisit", &[("WARC-Target-URI", "http://a/")], b""),
        response("http://a/empty", "200 OK", "text/html", b"  \r\n"),
        record(
            "resource",
            &[
                ("WARC-Target-URI", "file:///x.html"),
                ("Content-Type", "text/html"),
            ],
            &page("R"),
        ),
        record(
            "resource",
            &[
                ("WARC-Target-URI", "metadata://log"),
                ("Content-Type", "text/plain"),
            ],
            b"log",
        ),
        record("continuation", &[], b"more"),
        response(
            "http://a/xhtml",
            "200 OK",
            "application/xhtml+xml",
            &page("X"),
        ),
        response("http://a/notes.txt", "200 OK", "text/plain", b"plain text"),
    ]
    .concat();
    let items = read_warc(&warc, &ReaderOptions::default());
    let reasons: Vec<String> = items
        .iter()
        .map(|i| match i {
            Item::Document(d) => format!("doc {:?}", d.format_hint),
            Item::Skipped { reason, .. } => reason.to_string(),
            Item::Failed { error, .. } => format!("failed {error}"),
        })
        .collect();
    assert_eq!(
        reasons,
        [
            "warc_metadata",
            "warc_metadata",
            "doc Html",
            "warc_metadata",
            "not_html",
            "http_status 404",
            "http_status 301",
            "revisit",
            "empty_payload",
            "doc Html",
            "not_html",
            "unsupported_record",
            "doc Html",
            "not_html",
        ]
    );
    let a = doc(&items[2]);
    assert_eq!(a.charset.as_deref(), Some("windows-1251"));
    assert_eq!(a.url.as_deref(), Some("http://a/"));
    assert_eq!(a.bytes, page("A"));
    assert!(!a.truncated);
    // Offsets are those of the WARC/1.0 lines in the stream.
    for item in &items {
        let off: usize = item.source().rsplit('#').next().unwrap().parse().unwrap();
        assert!(
            warc[off..].starts_with(b"WARC/1.0\r\n"),
            "{}",
            item.source()
        );
    }
}

#[test]
fn wet_conversion_record_is_text() {
    let warc = [
        record("warcinfo", &[], b"x: y\r\n"),
        record(
            "conversion",
            &[
                ("WARC-Target-URI", "https://example.org/news"),
                ("WARC-Date", "2024-05-18T01:58:10Z"),
                ("Content-Type", "text/plain"),
            ],
            "Headline\nBody text.".as_bytes(),
        ),
    ]
    .concat();
    let items = read_warc(&warc, &ReaderOptions::default());
    let d = doc(&items[1]);
    assert_eq!(d.format_hint, FormatHint::Text);
    assert_eq!(d.bytes, b"Headline\nBody text.");
}

#[test]
fn truncated_gzip_member_mid_file() {
    let members: Vec<Vec<u8>> = (0..4)
        .map(|i| {
            gz(&response(
                &format!("http://a/{i}"),
                "200 OK",
                "text/html",
                &page(&"long page ".repeat(300)),
            ))
        })
        .collect();
    // Member 2 cut inside its header: records 0 and 1 survive, then one
    // failure, and member 3 cannot be reached.
    let mut file = [members[0].clone(), members[1].clone()].concat();
    file.extend_from_slice(&members[2][..12]);
    file.extend_from_slice(&members[3]);
    let dir = tmpdir("truncgz");
    let path = dir.join("cut.warc.gz");
    std::fs::write(&path, &file).unwrap();
    let items: Vec<Item> = open(std::slice::from_ref(&path), &ReaderOptions::default()).collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert_eq!(doc(&items[0]).url.as_deref(), Some("http://a/0"));
    assert_eq!(doc(&items[1]).url.as_deref(), Some("http://a/1"));
    assert!(failed(&items[2]).starts_with("gzip: "), "{:?}", items[2]);

    // Member 2 cut inside its payload, at the end of the file.
    let mut file = [members[0].clone(), members[1].clone()].concat();
    file.extend_from_slice(&members[2][..members[2].len() - 40]);
    std::fs::write(&path, &file).unwrap();
    let items: Vec<Item> = open(std::slice::from_ref(&path), &ReaderOptions::default()).collect();
    assert_eq!(items.len(), 3, "{items:?}");
    let d = doc(&items[2]);
    assert!(d.truncated);
    assert!(d.bytes.starts_with(b"<html><head><title>long page"));
    let strict = ReaderOptions {
        keep_truncated: false,
        ..ReaderOptions::default()
    };
    let items: Vec<Item> = open(std::slice::from_ref(&path), &strict).collect();
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(failed(&items[2]).starts_with("gzip: "));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn clipped_plain_record() {
    let full = response("http://a/", "200 OK", "text/html", &page("Clipped"));
    let items = read_warc(&full[..full.len() - 30], &ReaderOptions::default());
    assert_eq!(items.len(), 1);
    assert!(doc(&items[0]).truncated);
}

#[test]
fn malformed_header_then_resync() {
    let good = response("http://a/good", "200 OK", "text/html", &page("Good"));
    let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>junk</html>\r\n\r\n".to_vec();
    warc.extend_from_slice(&good);
    warc.extend_from_slice(b"garbage between records\r\nmore garbage\r\n");
    warc.extend_from_slice(&good);
    // No Content-Length at all.
    warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\n\r\n<html>\r\n");
    warc.extend_from_slice(&response(
        "http://a/last",
        "200 OK",
        "text/html",
        &page("L"),
    ));
    let items = read_warc(&warc, &ReaderOptions::default());
    assert_eq!(items.len(), 6, "{items:?}");
    assert!(failed(&items[0]).contains("bad Content-Length"));
    assert_eq!(items[0].source(), "t.warc#0");
    assert_eq!(doc(&items[1]).url.as_deref(), Some("http://a/good"));
    assert!(failed(&items[2]).contains("expected a WARC/1.x version line"));
    // The second copy of the same record (no ID, no digest) is delivered.
    assert_eq!(doc(&items[3]).url.as_deref(), Some("http://a/good"));
    assert!(failed(&items[4]).contains("no Content-Length"));
    assert_eq!(doc(&items[5]).url.as_deref(), Some("http://a/last"));
}

#[test]
fn record_over_the_limit_is_skipped_unbuffered() {
    let opts = ReaderOptions {
        max_record_bytes: 1000,
        ..ReaderOptions::default()
    };
    let warc = [
        response(
            "http://a/big",
            "200 OK",
            "text/html",
            &page(&"x".repeat(5000)),
        ),
        // Big but not HTML: skipped for its type, not failed.
        response("http://a/big.gif", "200 OK", "image/gif", &[b'G'; 5000]),
        response("http://a/small", "200 OK", "text/html", &page("small")),
    ]
    .concat();
    let items = read_warc(&warc, &opts);
    assert_eq!(items.len(), 3);
    assert!(failed(&items[0]).starts_with("record too large"));
    assert_eq!(items[1].skip_reason(), Some(SkipReason::NotHtml));
    assert_eq!(doc(&items[2]).url.as_deref(), Some("http://a/small"));
}

#[test]
fn chunked_and_gzip_payloads() {
    let body = page("Chunked");
    let mut chunked = Vec::new();
    for part in body.chunks(17) {
        chunked.extend_from_slice(format!("{:x}\r\n", part.len()).as_bytes());
        chunked.extend_from_slice(part);
        chunked.extend_from_slice(b"\r\n");
    }
    chunked.extend_from_slice(b"0\r\n\r\n");
    let http_headers = [
        ("Content-Type", "text/html"),
        ("Transfer-Encoding", "chunked"),
    ];
    let r1 = record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        &http("200 OK", &http_headers, &chunked),
    );
    // Header says chunked, body already de-chunked (as many writers do).
    let r2 = record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        &http("200 OK", &http_headers, &body),
    );
    let gz_headers = [("Content-Type", "text/html"), ("Content-Encoding", "gzip")];
    let r3 = record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        &http("200 OK", &gz_headers, &gz(&body)),
    );
    // Both: gzip inside chunks.
    let zipped = gz(&body);
    let mut both = format!("{:x}\r\n", zipped.len()).into_bytes();
    both.extend_from_slice(&zipped);
    both.extend_from_slice(b"\r\n0\r\n\r\n");
    let r4 = record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        &http(
            "200 OK",
            &[
                ("Content-Type", "text/html"),
                ("Transfer-Encoding", "chunked"),
                ("Content-Encoding", "gzip"),
            ],
            &both,
        ),
    );
    // Content-Encoding: gzip but a broken gzip stream.
    let mut broken = gz(&body);
    broken.truncate(broken.len() / 2);
    let r5 = record(
        "response",
        &[("Content-Type", "application/http; msgtype=response")],
        &http("200 OK", &gz_headers, &broken),
    );
    let items = read_warc(&[r1, r2, r3, r4, r5].concat(), &ReaderOptions::default());
    assert_eq!(items.len(), 5);
    for item in &items[..4] {
        assert_eq!(doc(item).bytes, body, "{}", item.source());
    }
    assert!(failed(&items[4]).starts_with("content-encoding gzip"));
}

#[test]
fn duplicates_within_a_file() {
    let with = |id: &str, digest: &str, url: &str| {
        record(
            "response",
            &[
                ("WARC-Record-ID", id),
                ("WARC-Payload-Digest", digest),
                ("WARC-Target-URI", url),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            &http("200 OK", &[("Content-Type", "text/html")], &page("D")),
        )
    };
    let warc = [
        with("<urn:uuid:1>", "sha1:AAA", "http://a/"),
        with("<urn:uuid:1>", "sha1:BBB", "http://b/"), // same record ID
        with("<urn:uuid:2>", "sha1:AAA", "http://a/"), // same digest and URL
        with("<urn:uuid:3>", "sha1:AAA", "http://c/"), // same digest, other URL
    ]
    .concat();
    let items = read_warc(&warc, &ReaderOptions::default());
    assert!(matches!(items[0], Item::Document(_)));
    assert_eq!(items[1].skip_reason(), Some(SkipReason::DuplicateRecord));
    assert_eq!(items[2].skip_reason(), Some(SkipReason::DuplicateRecord));
    assert!(matches!(items[3], Item::Document(_)));
    let no_dedup = ReaderOptions {
        dedup: false,
        ..ReaderOptions::default()
    };
    let items = read_warc(&warc, &no_dedup);
    assert!(items.iter().all(|i| matches!(i, Item::Document(_))));
}

#[test]
fn malformed_dates_and_bracketed_uris() {
    let warc = record(
        "response",
        &[
            ("WARC-Target-URI", "<http://a/x>"),
            ("WARC-Date", "2008-10-294T05:21:46-0700"),
            ("Content-Type", "application/http; msgtype=response"),
        ],
        &http("200 OK", &[("Content-Type", "text/html")], &page("Q")),
    );
    let items = read_warc(&warc, &ReaderOptions::default());
    let d = doc(&items[0]);
    assert_eq!(d.fetched, None);
    assert_eq!(d.url.as_deref(), Some("http://a/x"));
}

// ---- JSONL ---------------------------------------------------------------

#[test]
fn jsonl_lines() {
    let text = concat!(
        r#"{"url": "http://a/1", "html": "<p>One</p>", "fetched": "2016-05-10T16:21:00Z"}"#,
        "\n",
        r#"{"url": "http://a/2", "html": "<p>Two</p>"#,
        "\n",
        r#"{"url": "http://a/3", "text": "Three", "date": "2016-05-11"}"#,
        "\r\n",
        "\n",
        r#"{"url": "http://a/5", "content": "<p>Five</p>", "extra": [1, 2]}"#,
        "\n",
        r#"{"url": "http://a/6"}"#,
        "\n",
        r#"{"url": "http://a/7", "html": " "}"#,
        "\n",
        r#"{"body": "Eight"}"#,
    );
    let items: Vec<Item> =
        JsonlReader::new(text.as_bytes(), "d.jsonl", &ReaderOptions::default()).collect();
    let sources: Vec<&str> = items.iter().map(Item::source).collect();
    assert_eq!(
        sources,
        [
            "d.jsonl:1",
            "d.jsonl:2",
            "d.jsonl:3",
            "d.jsonl:5",
            "d.jsonl:6",
            "d.jsonl:7",
            "d.jsonl:8"
        ]
    );
    let one = doc(&items[0]);
    assert_eq!(one.format_hint, FormatHint::Html);
    assert_eq!(one.fetched.as_deref(), Some("2016-05-10T16:21:00Z"));
    assert!(failed(&items[1]).starts_with("jsonl: "));
    let three = doc(&items[2]);
    assert_eq!(three.format_hint, FormatHint::Text);
    assert_eq!(three.bytes, b"Three");
    assert_eq!(three.fetched.as_deref(), Some("2016-05-11"));
    assert_eq!(doc(&items[3]).format_hint, FormatHint::Unknown);
    assert!(failed(&items[4]).contains("no html, text, content or body"));
    assert_eq!(items[5].skip_reason(), Some(SkipReason::EmptyPayload));
    assert_eq!(doc(&items[6]).bytes, b"Eight");
}

#[test]
fn jsonl_line_over_the_limit() {
    let opts = ReaderOptions {
        max_record_bytes: 100,
        ..ReaderOptions::default()
    };
    let long = format!(
        "{{\"html\": \"{}\"}}\n{{\"html\": \"<p>ok</p>\"}}\n",
        "x".repeat(500)
    );
    let items: Vec<Item> = JsonlReader::new(long.as_bytes(), "l.jsonl", &opts).collect();
    assert_eq!(items.len(), 2);
    assert!(failed(&items[0]).starts_with("record too large"));
    assert_eq!(items[1].source(), "l.jsonl:2");
}

// ---- files and folders ---------------------------------------------------

#[test]
fn folder_walk_in_sorted_order() {
    let dir = tmpdir("walk");
    let w = |p: &str, bytes: &[u8]| {
        let path = dir.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    w("b.html", &page("B"));
    w("a.txt", b"Plain text page.");
    w("sub/c.htm.gz", &gz(&page("C")));
    w(".hidden.html", &page("H"));
    w(".git/x.html", &page("G"));
    w("notes.md", b"# not an input");
    w("image.png", b"\x89PNG\r\n\x1a\n....");
    let info = record("warcinfo", &[], b"a: b\r\n");
    let second = format!("/x.warc.gz#{}", info.len());
    w(
        "x.warc.gz",
        &[
            gz(&info),
            gz(&response("http://w/", "200 OK", "text/html", &page("W"))),
        ]
        .concat(),
    );
    w(
        "y.ndjson",
        br#"{"url": "http://j/", "html": "<p>J</p>"}
"#,
    );
    w("z.jsonl.gz", &gz(br#"{"text": "Z"}"#));
    w("bin.html", b"\x89PNG\r\n\x1a\n....");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("sub/loop")).unwrap();

    let inputs = vec![dir.clone()];
    let total = total_bytes(&inputs);
    let reader = open(&inputs, &ReaderOptions::default());
    let progress = reader.progress();
    let items: Vec<Item> = reader.collect();
    let rel: Vec<String> = items
        .iter()
        .map(|i| {
            i.source()
                .strip_prefix(&*dir.to_string_lossy())
                .unwrap_or(i.source())
                .to_string()
        })
        .collect();
    assert_eq!(
        rel,
        [
            "/a.txt",
            "/b.html",
            "/bin.html",
            "/sub/c.htm.gz",
            "/x.warc.gz#0",
            &second,
            "/y.ndjson:1",
            "/z.jsonl.gz:1",
        ]
    );
    assert_eq!(doc(&items[0]).format_hint, FormatHint::Text);
    assert_eq!(doc(&items[1]).format_hint, FormatHint::Html);
    assert!(failed(&items[2]).starts_with("input is binary"));
    assert_eq!(doc(&items[3]).bytes, page("C"));
    assert_eq!(doc(&items[5]).url.as_deref(), Some("http://w/"));
    assert_eq!(doc(&items[7]).format_hint, FormatHint::Text);
    assert_eq!(progress.load(Ordering::Relaxed), total);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn explicit_files_are_sniffed() {
    let dir = tmpdir("sniff");
    let warc_noext = dir.join("crawl-part-0001");
    std::fs::write(
        &warc_noext,
        gz(&response("http://s/", "200 OK", "text/html", &page("S"))),
    )
    .unwrap();
    let jsonl_noext = dir.join("dump");
    std::fs::write(&jsonl_noext, b"{\"url\": \"u\", \"html\": \"<p>x</p>\"}\n").unwrap();
    let page_noext = dir.join("page");
    std::fs::write(&page_noext, page("P")).unwrap();
    let missing = dir.join("missing.html");
    let opts = ReaderOptions::default();
    let items: Vec<Item> = open(&[warc_noext, jsonl_noext, page_noext, missing], &opts).collect();
    assert_eq!(items.len(), 4, "{items:?}");
    assert_eq!(doc(&items[0]).url.as_deref(), Some("http://s/"));
    assert!(items[0].source().ends_with("crawl-part-0001#0"));
    assert!(items[1].source().ends_with("dump:1"));
    assert_eq!(doc(&items[2]).format_hint, FormatHint::Unknown);
    assert!(failed(&items[3]).starts_with("cannot open"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn page_files_over_the_limit() {
    let dir = tmpdir("limit");
    let plain = dir.join("big.html");
    std::fs::write(&plain, vec![b'a'; 2000]).unwrap();
    let zipped = dir.join("big.html.gz");
    std::fs::write(&zipped, gz(&vec![b'a'; 2000])).unwrap();
    let broken = dir.join("broken.html.gz");
    let g = gz(&page("broken"));
    std::fs::write(&broken, &g[..g.len() / 2]).unwrap();
    let opts = ReaderOptions {
        max_record_bytes: 1000,
        ..ReaderOptions::default()
    };
    let items: Vec<Item> = open(&[plain, zipped, broken], &opts).collect();
    assert_eq!(failed(&items[0]), "input too large: more than 1000 bytes");
    assert_eq!(
        failed(&items[1]),
        "input too large: more than 1000 bytes after decompression"
    );
    assert!(failed(&items[2]).starts_with("gzip: "));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn readers_are_send() {
    fn send<T: Send>() {}
    send::<newsfacts_ingest::Reader>();
    send::<newsfacts_ingest::InputItems>();
    send::<Item>();
}

#[test]
fn stream_ending_inside_a_header() {
    let mut warc = response("http://a/1", "200 OK", "text/html", &page("One"));
    warc.extend_from_slice(b"WARC/1.0\r\nWARC-Type: resp");
    let items = read_warc(&warc, &ReaderOptions::default());
    assert_eq!(items.len(), 2);
    assert!(failed(&items[1]).contains("ends inside"));
}
