//! JSON Lines: one page per line.

use std::io::BufRead;

use serde::Deserialize;

use crate::stream::Tracked;
use crate::{Document, FormatHint, Item, ReaderOptions, SkipReason};

/// The fields read from one line; others are ignored.
#[derive(Deserialize)]
struct Line {
    url: Option<String>,
    html: Option<String>,
    text: Option<String>,
    content: Option<String>,
    body: Option<String>,
    fetched: Option<String>,
    date: Option<String>,
    charset: Option<String>,
}

/// Streaming reader of JSON Lines with one page per line:
/// `{"url": …, "html": …}` or `{"url": …, "text": …}` (`content` or `body`
/// also work, as pages of unknown format; `fetched` or `date` give the fetch
/// time, `charset` the transport charset).
///
/// `source` of each item is `PREFIX:LINE` (1-based). Blank lines are not
/// records and give no item. A line that is not such a JSON object gives a
/// `Failed` item; a line longer than `max_record_bytes` gives
/// `Failed("record too large …")` without being held in memory; an empty
/// page gives `Skipped(empty_payload)`. An I/O or gzip error ends the stream
/// with one `Failed` item.
pub struct JsonlReader<R> {
    r: Tracked<R>,
    prefix: String,
    max_record: usize,
    line: Vec<u8>,
    line_no: u64,
    done: bool,
    io_label: &'static str,
}

impl<R: BufRead> JsonlReader<R> {
    /// A reader of the (uncompressed) JSONL stream `r`.
    pub fn new(r: R, prefix: impl Into<String>, opts: &ReaderOptions) -> Self {
        JsonlReader {
            r: Tracked::new(r),
            prefix: prefix.into(),
            max_record: opts.max_record_bytes,
            line: Vec::new(),
            line_no: 0,
            done: false,
            io_label: "read error",
        }
    }

    pub(crate) fn label_io(mut self, label: &'static str) -> Self {
        self.io_label = label;
        self
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.line_no += 1;
            let source = format!("{}:{}", self.prefix, self.line_no);
            let cap = self.max_record.saturating_add(1);
            let n = match self.r.read_line(&mut self.line, cap, u64::MAX) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.done = true;
                    return Some(Item::Failed {
                        source,
                        error: format!("{}: {e}", self.io_label),
                    });
                }
            };
            if n > self.max_record as u64 + 2 {
                return Some(Item::Failed {
                    source,
                    error: format!(
                        "record too large: line of {n} bytes, more than the limit of {} bytes",
                        self.max_record
                    ),
                });
            }
            let line = self.line.trim_ascii();
            if line.is_empty() {
                continue;
            }
            let rec: Line = match serde_json::from_slice(line) {
                Ok(rec) => rec,
                Err(e) => {
                    return Some(Item::Failed {
                        source,
                        error: format!("jsonl: {e}"),
                    });
                }
            };
            let (page, format) = if let Some(h) = rec.html {
                (h, FormatHint::Html)
            } else if let Some(t) = rec.text {
                (t, FormatHint::Text)
            } else if let Some(c) = rec.content.or(rec.body) {
                (c, FormatHint::Unknown)
            } else {
                return Some(Item::Failed {
                    source,
                    error: "jsonl: no html, text, content or body field".into(),
                });
            };
            if page.trim().is_empty() {
                return Some(Item::Skipped {
                    source,
                    reason: SkipReason::EmptyPayload,
                });
            }
            return Some(Item::Document(Document {
                source,
                url: rec.url,
                fetched: rec
                    .fetched
                    .or(rec.date)
                    .as_deref()
                    .and_then(crate::http::iso_date),
                charset: rec.charset,
                format_hint: format,
                bytes: page.into_bytes(),
                truncated: false,
            }));
        }
        None
    }
}
