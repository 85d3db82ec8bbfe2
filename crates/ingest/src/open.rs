//! Opening one input: decompression, sniffing, and the right reader.

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::jsonl::JsonlReader;
use crate::stream::{Counting, DynRead, maybe_gunzip};
use crate::walk::{FileKind, Input, kind_by_name};
use crate::warc::WarcReader;
use crate::{Document, FormatHint, Item, ReaderOptions};

/// The items of one input (a file or standard input), streamed.
///
/// When it is exhausted, the progress counter has been advanced by the
/// input's full size (even when a failure stopped reading early).
pub struct InputItems {
    inner: Inner,
    progress: Arc<AtomicU64>,
    local: Arc<AtomicU64>,
    size: u64,
}

enum Inner {
    One(Option<Item>),
    Warc(Box<WarcReader<DynRead>>),
    Jsonl(Box<JsonlReader<DynRead>>),
}

impl Iterator for InputItems {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let item = match &mut self.inner {
            Inner::One(item) => item.take(),
            Inner::Warc(r) => r.next(),
            Inner::Jsonl(r) => r.next(),
        };
        if item.is_none() && self.size > 0 {
            let read = self.local.load(Ordering::Relaxed);
            if self.size > read {
                self.progress.fetch_add(self.size - read, Ordering::Relaxed);
            }
            self.size = 0;
        }
        item
    }
}

/// Reads one input. `progress` is advanced by the bytes read from the file
/// (compressed bytes for gzip files), as they are read.
pub fn read_input(input: &Input, opts: &ReaderOptions, progress: &Arc<AtomicU64>) -> InputItems {
    let local = Arc::new(AtomicU64::new(0));
    let mut items = InputItems {
        inner: Inner::One(None),
        progress: progress.clone(),
        local: local.clone(),
        size: 0,
    };
    let one = |item| Inner::One(Some(item));
    items.inner = match input {
        Input::Failed { source, error } => one(Item::Failed {
            source: source.clone(),
            error: error.clone(),
        }),
        Input::Stdin => {
            let counting = Counting::new(io::stdin(), progress.clone(), local);
            open_stream(counting, None, "-", None, opts)
        }
        Input::File { path, source } => match File::open(path) {
            Err(e) => one(Item::Failed {
                source: source.clone(),
                error: format!("cannot open: {e}"),
            }),
            Ok(file) => {
                let size = file
                    .metadata()
                    .ok()
                    .filter(|m| m.is_file())
                    .map(|m| m.len());
                items.size = size.unwrap_or(0);
                let counting = Counting::new(file, progress.clone(), local);
                open_stream(counting, kind_by_name(path), source, size, opts)
            }
        },
    };
    items
}

fn open_stream<R: Read + Send + 'static>(
    r: R,
    by_name: Option<FileKind>,
    source: &str,
    plain_size: Option<u64>,
    opts: &ReaderOptions,
) -> Inner {
    let failed = |error: String| {
        Inner::One(Some(Item::Failed {
            source: source.to_string(),
            error,
        }))
    };
    let (mut stream, gz) = match maybe_gunzip(r) {
        Ok(x) => x,
        Err(e) => return failed(format!("cannot read: {e}")),
    };
    if !gz && source.to_ascii_lowercase().ends_with(".gz") {
        // The name promises gzip and the bytes are not: a broken download
        // or a mislabelled file, reported rather than guessed at.
        let empty = stream.fill_buf().map(|h| h.is_empty()).unwrap_or(false);
        if !empty {
            return failed("gzip: not in gzip format (the name ends in .gz)".into());
        }
    }
    let label = if gz { "gzip" } else { "read error" };
    let kind = match by_name {
        Some(k @ (FileKind::Warc | FileKind::Jsonl)) => k,
        _ => {
            let head = match stream.fill_buf() {
                Ok(h) => h,
                Err(e) if gz => return failed(format!("gzip: {e}")),
                Err(e) => return failed(format!("cannot read: {e}")),
            };
            if head.starts_with(b"WARC/") && head.get(5).is_some_and(u8::is_ascii_digit) {
                FileKind::Warc
            } else if by_name.is_none() && looks_like_jsonl(head) {
                FileKind::Jsonl
            } else {
                FileKind::Page(match by_name {
                    Some(FileKind::Page(f)) => f,
                    _ => FormatHint::Unknown,
                })
            }
        }
    };
    match kind {
        FileKind::Warc => Inner::Warc(Box::new(
            WarcReader::new(stream, source, opts).label_io(label),
        )),
        FileKind::Jsonl => Inner::Jsonl(Box::new(
            JsonlReader::new(stream, source, opts).label_io(label),
        )),
        FileKind::Page(format) => Inner::One(Some(read_page(
            stream, gz, source, plain_size, format, opts,
        ))),
    }
}

/// A first line that is a JSON object with a page field.
fn looks_like_jsonl(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let first = head
        .split(|&b| b == b'\n')
        .next()
        .unwrap_or(head)
        .trim_ascii();
    first.starts_with(b"{")
        && [&b"\"html\""[..], b"\"text\"", b"\"content\"", b"\"body\""]
            .iter()
            .any(|k| memchr::memmem::find(first, k).is_some())
}

/// Reads one page of at most `max_record_bytes` (after decompression).
fn read_page(
    stream: DynRead,
    gz: bool,
    source: &str,
    plain_size: Option<u64>,
    format: FormatHint,
    opts: &ReaderOptions,
) -> Item {
    let limit = opts.max_record_bytes;
    let failed = |error: String| Item::Failed {
        source: source.to_string(),
        error,
    };
    let too_large = || {
        if gz {
            format!("input too large: more than {limit} bytes after decompression")
        } else {
            format!("input too large: more than {limit} bytes")
        }
    };
    if !gz && plain_size.is_some_and(|s| s > limit as u64) {
        return failed(too_large());
    }
    let mut bytes = Vec::new();
    if let Err(e) = stream.take(limit as u64 + 1).read_to_end(&mut bytes) {
        return failed(if gz {
            format!("gzip: {e}")
        } else {
            format!("cannot read: {e}")
        });
    }
    if bytes.len() > limit {
        return failed(too_large());
    }
    if let Some(what) = crate::binary_kind(&bytes) {
        return failed(format!("input is binary, not HTML or text ({what})"));
    }
    Item::Document(Document {
        source: source.to_string(),
        url: None,
        fetched: None,
        charset: None,
        format_hint: format,
        bytes,
        truncated: false,
    })
}
