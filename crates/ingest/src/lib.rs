//! Readers: every kind of input a crawl delivers, as one stream of
//! documents.
//!
//! What is read:
//!
//! * **Files and folders.** Pages (`.html`, `.htm`, `.xhtml`, `.shtml`,
//!   `.txt`, each ± `.gz`) are one document each. Folders are walked
//!   recursively in sorted order; hidden entries and files of other names
//!   are skipped; symlink loops are not followed. A file named explicitly is
//!   always read, its kind sniffed from its bytes.
//! * **WARC** (`.warc`, `.warc.gz`, multi-member gzip as Common Crawl writes
//!   it) and **WET** (`.wet`, `.warc.wet.gz`): see [`WarcReader`] for what
//!   each record type becomes. A file is recognised as WARC by its name or
//!   by its first bytes (`WARC/` and a version number).
//! * **JSON Lines** (`.jsonl`, `.ndjson`, ± `.gz`): `{url, html}` or
//!   `{url, text}` per line, see [`JsonlReader`].
//! * **Standard input** (`-`, or no PATH): one page, or a WARC / JSONL stream
//!   when its bytes say so; and [`paths_from`] for a list of paths on stdin
//!   (`--paths-from -`).
//!
//! # The contract
//!
//! Every input record ends as exactly one [`Item`]:
//!
//! * [`Item::Document`]: bytes to extract, with their `source` and what the
//!   container said about them (URL, fetch date, charset, format).
//! * [`Item::Skipped`]: a record deliberately not delivered, with a
//!   [`SkipReason`] whose [`SkipReason::as_str`] name is stable for counting.
//! * [`Item::Failed`]: a record or file that could not be read, with the
//!   reason. Reading goes on with the next record (after a malformed WARC
//!   header the reader resynchronises on the next `WARC/` version line) or, when
//!   the stream itself is broken (a truncated gzip member), with the next
//!   file; the records before the break have already been delivered.
//!
//! Sources: a file's path as given; `PATH#OFFSET` for a WARC record, OFFSET
//! being the byte offset of its `WARC/1.x` line in the *uncompressed*
//! stream; `PATH:LINE` for a JSONL line; `-` for standard input.
//!
//! Memory stays bounded by the largest record delivered, itself capped by
//! [`ReaderOptions::max_record_bytes`]: records are never buffered when they
//! are skipped, and files are streamed, never loaded whole.
//!
//! ```
//! use newsfacts_ingest::{FormatHint, Item, ReaderOptions, SkipReason, WarcReader};
//!
//! fn record(kind: &str, headers: &str, block: &str) -> String {
//!     format!(
//!         "WARC/1.0\r\nWARC-Type: {kind}\r\n{headers}Content-Length: {}\r\n\r\n{block}\r\n\r\n",
//!         block.len()
//!     )
//! }
//! let page = "<html><title>Hi</title><p>Hello.</p></html>";
//! let http = format!(
//!     "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{page}"
//! );
//! let warc = [
//!     record("warcinfo", "", "software: doctest\r\n"),
//!     record(
//!         "response",
//!         "WARC-Target-URI: https://example.com/a\r\nWARC-Date: 2024-05-18T01:58:10Z\r\n\
//!          Content-Type: application/http; msgtype=response\r\n",
//!         &http,
//!     ),
//!     record("revisit", "WARC-Target-URI: https://example.com/a\r\n", ""),
//! ]
//! .concat();
//!
//! let items: Vec<Item> =
//!     WarcReader::new(warc.as_bytes(), "mem.warc", &ReaderOptions::default()).collect();
//! assert_eq!(items.len(), 3);
//! assert!(matches!(
//!     &items[0],
//!     Item::Skipped { reason: SkipReason::WarcMetadata, .. }
//! ));
//! let Item::Document(doc) = &items[1] else { panic!("{:?}", items[1]) };
//! assert_eq!(doc.url.as_deref(), Some("https://example.com/a"));
//! assert_eq!(doc.fetched.as_deref(), Some("2024-05-18T01:58:10Z"));
//! assert_eq!(doc.charset.as_deref(), Some("utf-8"));
//! assert_eq!(doc.format_hint, FormatHint::Html);
//! assert_eq!(doc.bytes, page.as_bytes());
//! assert!(doc.source.starts_with("mem.warc#"));
//! assert_eq!(items[2].skip_reason().map(SkipReason::as_str), Some("revisit"));
//! ```
//!
//! Files and folders go through [`open`], which also counts progress:
//!
//! ```no_run
//! use std::path::PathBuf;
//! use std::sync::atomic::Ordering;
//!
//! let inputs = vec![PathBuf::from("crawl/")];
//! let opts = newsfacts_ingest::ReaderOptions::default();
//! let total = newsfacts_ingest::total_bytes(&inputs);
//! let reader = newsfacts_ingest::open(&inputs, &opts);
//! let progress = reader.progress();
//! for item in reader {
//!     let done = progress.load(Ordering::Relaxed);
//!     eprintln!("{done}/{total} bytes: {}", item.source());
//! }
//! ```

mod http;
mod jsonl;
mod open;
mod stream;
mod walk;
mod warc;

use std::fmt;
use std::io::{self, BufRead};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicU64;

pub use http::iso_date;
pub use jsonl::JsonlReader;
pub use open::{InputItems, read_input};
pub use walk::{FileKind, Input, Walk, format_for, is_stdin, kind_by_name};
pub use warc::WarcReader;

/// What the container says the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum FormatHint {
    /// An HTML or XHTML page.
    Html,
    /// Flattened page text (WET `conversion` records, `.txt`, JSONL `text`).
    Text,
    /// Nothing said: sniff the bytes.
    #[default]
    Unknown,
}

/// One page to extract.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Where it came from: `PATH`, `PATH#OFFSET` (WARC), `PATH:LINE` (JSONL)
    /// or `-` (stdin).
    pub source: String,
    /// The URL it was fetched from (`WARC-Target-URI`, JSONL `url`).
    pub url: Option<String>,
    /// When it was fetched (`WARC-Date`), ISO 8601; `None` when absent or
    /// malformed (the record is still delivered).
    pub fetched: Option<String>,
    /// The charset the transport declared (HTTP `Content-Type`).
    pub charset: Option<String>,
    /// What the container says the bytes are.
    pub format_hint: FormatHint,
    /// The payload: HTTP headers removed, chunked transfer coding and
    /// gzip/deflate content coding undone.
    pub bytes: Vec<u8>,
    /// The record was cut short (fewer bytes than its `Content-Length`: a
    /// clipped record, or a truncated gzip member); `bytes` holds what is
    /// there. See [`ReaderOptions::keep_truncated`].
    pub truncated: bool,
}

/// Why a record was not delivered. [`SkipReason::as_str`] gives the stable
/// snake_case name to count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SkipReason {
    /// `not_html`: a content type that is not HTML (or, for WET, text).
    NotHtml,
    /// `http_status`: an HTTP status other than 2xx (redirects included).
    HttpStatus(u16),
    /// `revisit`: a WARC `revisit` record (no payload of its own).
    Revisit,
    /// `duplicate_record`: the same `WARC-Record-ID`, or the same payload
    /// digest and URL, seen before in the same file.
    DuplicateRecord,
    /// `warc_metadata`: `warcinfo`, `request` and `metadata` records.
    WarcMetadata,
    /// `unsupported_record`: `continuation` and unknown WARC record types.
    UnsupportedRecord,
    /// `empty_payload`: nothing but whitespace in the payload.
    EmptyPayload,
}

impl SkipReason {
    /// Every reason's name, for summaries.
    pub const NAMES: [&'static str; 7] = [
        "not_html",
        "http_status",
        "revisit",
        "duplicate_record",
        "warc_metadata",
        "unsupported_record",
        "empty_payload",
    ];

    /// The stable name to count by (`http_status` whatever the status).
    pub fn as_str(self) -> &'static str {
        match self {
            SkipReason::NotHtml => "not_html",
            SkipReason::HttpStatus(_) => "http_status",
            SkipReason::Revisit => "revisit",
            SkipReason::DuplicateRecord => "duplicate_record",
            SkipReason::WarcMetadata => "warc_metadata",
            SkipReason::UnsupportedRecord => "unsupported_record",
            SkipReason::EmptyPayload => "empty_payload",
        }
    }
}

impl fmt::Display for SkipReason {
    /// The name, with the status for `http_status` (`http_status 404`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::HttpStatus(s) => write!(f, "http_status {s}"),
            other => f.write_str(other.as_str()),
        }
    }
}

/// What became of one input record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// A page to extract.
    Document(Document),
    /// A record deliberately passed over.
    Skipped {
        /// As [`Document::source`].
        source: String,
        /// Why.
        reason: SkipReason,
    },
    /// A record or file that could not be read.
    Failed {
        /// As [`Document::source`].
        source: String,
        /// Why. It starts with a short stable phrase before any detail:
        /// `cannot open`, `cannot read`, `gzip`, `read error`, `input too
        /// large`, `record too large`, `input is binary`, `warc: malformed
        /// record header`, `http: …`, `content-encoding …`, `jsonl`.
        error: String,
    },
}

impl Item {
    /// The item's source.
    pub fn source(&self) -> &str {
        match self {
            Item::Document(d) => &d.source,
            Item::Skipped { source, .. } | Item::Failed { source, .. } => source,
        }
    }

    /// The skip reason, for a skipped record.
    pub fn skip_reason(&self) -> Option<SkipReason> {
        match self {
            Item::Skipped { reason, .. } => Some(*reason),
            _ => None,
        }
    }
}

/// Reader settings.
#[derive(Debug, Clone)]
pub struct ReaderOptions {
    /// Largest payload delivered, in bytes after decompression (a page file,
    /// a WARC record's payload, a JSONL line). Larger ones become
    /// `Failed("… too large …")` and, inside containers, are passed over
    /// without being buffered. Default 32 MiB.
    pub max_record_bytes: usize,
    /// Skip WARC records whose record ID, or payload digest and URL, were
    /// seen before in the same file. Default on.
    pub dedup: bool,
    /// Deliver a WARC record whose payload is cut short (clipped, or a
    /// truncated gzip member) with the bytes present and
    /// [`Document::truncated`] set; when off, such records are `Failed`.
    /// Either way the stream ends there when the cut was a read error.
    /// Default on.
    pub keep_truncated: bool,
}

impl Default for ReaderOptions {
    fn default() -> Self {
        ReaderOptions {
            max_record_bytes: 32 * 1024 * 1024,
            dedup: true,
            keep_truncated: true,
        }
    }
}

/// All inputs in order, as one stream of items.
pub struct Reader {
    walk: Walk,
    current: Option<InputItems>,
    opts: ReaderOptions,
    progress: Arc<AtomicU64>,
}

impl Reader {
    /// Bytes read from the input files so far (compressed bytes for gzip
    /// files; a file's whole size once it is done). Compare with
    /// [`total_bytes`] for an ETA.
    pub fn progress(&self) -> Arc<AtomicU64> {
        self.progress.clone()
    }

    /// Counts progress into `counter` instead (to share one across readers).
    pub fn with_progress(mut self, counter: Arc<AtomicU64>) -> Self {
        self.progress = counter;
        self
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let input = self.walk.next()?;
            self.current = Some(read_input(&input, &self.opts, &self.progress));
        }
    }
}

/// Reads `inputs` (files, folders, `-` for stdin; none means stdin) in
/// order: every record of every file as one [`Item`].
pub fn open(inputs: &[PathBuf], opts: &ReaderOptions) -> Reader {
    Reader {
        walk: Walk::new(inputs),
        current: None,
        opts: opts.clone(),
        progress: Arc::new(AtomicU64::new(0)),
    }
}

/// The total size of the files [`open`] would read (standard input counts
/// as 0), found by walking without opening anything: the denominator for
/// [`Reader::progress`].
pub fn total_bytes(inputs: &[PathBuf]) -> u64 {
    Walk::new(inputs)
        .quiet()
        .filter_map(|input| match input {
            Input::File { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
            _ => None,
        })
        .sum()
}

/// Reads a list of input paths, one per line (for `--paths-from -`, as
/// Spark's `RDD.pipe` feeds them). Line ends (`\n`, `\r\n`) are removed and
/// blank lines ignored; nothing else is trimmed.
pub fn paths_from<R: BufRead>(mut reader: R) -> io::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(paths);
        }
        let l = line.strip_suffix(b"\n").unwrap_or(&line);
        let l = l.strip_suffix(b"\r").unwrap_or(l);
        if l.trim_ascii().is_empty() {
            continue;
        }
        paths.push(path_from_bytes(l));
    }
}

#[cfg(unix)]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(b))
}

#[cfg(not(unix))]
fn path_from_bytes(b: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(b).into_owned())
}

/// Names the kind of binary data `bytes` holds, if they are not text.
///
/// A NUL byte in the first kilobyte (unless a UTF-16 byte-order mark says the
/// NULs are half of UTF-16 characters), a well-known binary magic number, or
/// a first kilobyte that is mostly control characters.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip data"),
        (b"BZh", "bzip2 data"),
        (b"\xfd7zXZ\x00", "xz data"),
        (b"\x28\xb5\x2f\xfd", "zstd data"),
        (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
        (b"\x7fELF", "ELF executable"),
        (b"\x00asm", "WebAssembly"),
        (b"OggS", "Ogg media"),
        (b"fLaC", "FLAC audio"),
        (b"ID3", "MP3 audio"),
        (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"SQLite format 3\x00", "SQLite database"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 {
        return Some(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF data",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media");
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return None; // UTF-16 with a byte-order mark: NULs are expected.
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.contains(&0) {
        return Some("NUL bytes");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if head.len() >= 32 && controls * 10 > head.len() * 3 {
        return Some("control characters");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_detection() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n...."), Some("PNG image"));
        assert_eq!(binary_kind(b"abc\0def"), Some("NUL bytes"));
        assert_eq!(binary_kind(b"<html><p>Hi</p></html>"), None);
        assert_eq!(binary_kind(b""), None);
        assert_eq!(binary_kind(b"\xff\xfe<\0h\0"), None);
        assert_eq!(binary_kind("Привет, мир".as_bytes()), None);
        assert_eq!(binary_kind(&[1u8; 100]), Some("control characters"));
    }

    #[test]
    fn path_lists() {
        let list = b"a.warc.gz\r\n\n  \nsome dir/b.html\n/abs/c.jsonl";
        let paths = paths_from(&list[..]).unwrap();
        assert_eq!(
            paths,
            vec![
                PathBuf::from("a.warc.gz"),
                PathBuf::from("some dir/b.html"),
                PathBuf::from("/abs/c.jsonl")
            ]
        );
    }

    #[test]
    fn reason_names() {
        assert_eq!(SkipReason::HttpStatus(404).as_str(), "http_status");
        assert_eq!(SkipReason::HttpStatus(404).to_string(), "http_status 404");
        for r in [
            SkipReason::NotHtml,
            SkipReason::Revisit,
            SkipReason::DuplicateRecord,
            SkipReason::WarcMetadata,
            SkipReason::UnsupportedRecord,
            SkipReason::EmptyPayload,
        ] {
            assert!(SkipReason::NAMES.contains(&r.as_str()));
        }
    }
}
