//! A streaming WARC 1.0/1.1 reader (also reads WET files).
//!
//! The reader never holds more than one record's payload, and never even
//! that for records it skips (their bytes are passed over unread into
//! memory). Each record becomes exactly one [`Item`]; stray bytes between
//! records (a malformed header) become one `Failed` item each, after which
//! the reader resynchronises on the next line that starts with `WARC/` and a
//! digit (`WARC/1.0`, `WARC/1.1`, ClueWeb's `WARC/0.18`).

use std::collections::HashSet;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::{self, BufRead};

use crate::http::{self, Decoded, Media};
use crate::stream::Tracked;
use crate::{Document, FormatHint, Item, ReaderOptions, SkipReason};

/// Longest WARC or HTTP header line kept (longer lines are cut).
const MAX_LINE: usize = 64 * 1024;
/// Largest WARC or HTTP header block accepted.
const MAX_HEADER: u64 = 1024 * 1024;

/// The WARC header fields the reader uses.
#[derive(Default)]
struct Header {
    warc_type: Option<String>,
    content_length: Option<String>,
    target_uri: Option<String>,
    date: Option<String>,
    record_id: Option<String>,
    content_type: Option<String>,
    payload_digest: Option<String>,
}

#[derive(Clone, Copy)]
enum Field {
    Type,
    Length,
    Uri,
    Date,
    Id,
    ContentType,
    Digest,
    Other,
}

impl Header {
    fn slot(&mut self, f: Field) -> Option<&mut Option<String>> {
        Some(match f {
            Field::Type => &mut self.warc_type,
            Field::Length => &mut self.content_length,
            Field::Uri => &mut self.target_uri,
            Field::Date => &mut self.date,
            Field::Id => &mut self.record_id,
            Field::ContentType => &mut self.content_type,
            Field::Digest => &mut self.payload_digest,
            Field::Other => return None,
        })
    }
}

fn field(name: &[u8]) -> Field {
    let eq = |s: &str| name.eq_ignore_ascii_case(s.as_bytes());
    if eq("WARC-Type") {
        Field::Type
    } else if eq("Content-Length") {
        Field::Length
    } else if eq("WARC-Target-URI") {
        Field::Uri
    } else if eq("WARC-Date") {
        Field::Date
    } else if eq("WARC-Record-ID") {
        Field::Id
    } else if eq("Content-Type") {
        Field::ContentType
    } else if eq("WARC-Payload-Digest") {
        Field::Digest
    } else {
        Field::Other
    }
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes.trim_ascii()).into_owned()
}

/// Why reading stopped early: an I/O or decompression error (the stream
/// cannot go on), or a problem with this record only.
enum Stop {
    Io(io::Error),
    Record(String),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Self {
        Stop::Io(e)
    }
}

/// Streaming WARC reader over any `BufRead` (decompress `.warc.gz` with
/// [`flate2::bufread::MultiGzDecoder`] first, or use [`crate::open`] which
/// does it for you).
///
/// `source` of each item is `PREFIX#OFFSET`, OFFSET being the byte offset
/// of the record's `WARC/1.x` line in the *uncompressed* stream.
///
/// What becomes of each record:
///
/// | record | item |
/// |---|---|
/// | `response` with HTTP 2xx and an HTML content type | `Document` (`Html`) |
/// | `response` without a `Content-Type` | `Document` (`Unknown`) |
/// | `response` with another content type | `Skipped(not_html)` |
/// | `response` with HTTP 1xx/3xx/4xx/5xx | `Skipped(http_status)` |
/// | `resource` (content type from the WARC header) | as `response` |
/// | `conversion` (WET) `text/plain` | `Document` (`Text`) |
/// | `revisit` | `Skipped(revisit)` |
/// | `warcinfo`, `request`, `metadata` | `Skipped(warc_metadata)` |
/// | `continuation`, unknown types | `Skipped(unsupported_record)` |
/// | a repeated `WARC-Record-ID`, or payload digest + URL | `Skipped(duplicate_record)` |
/// | an empty payload | `Skipped(empty_payload)` |
/// | payload over `max_record_bytes` | `Failed("record too large …")` |
/// | malformed header | `Failed("warc: …")`, then resync |
/// | read/gzip error | `Failed` and the end of this stream |
///
/// A record whose payload is cut short — by the end of the stream (fewer
/// bytes than its `Content-Length`) or by a truncated gzip member, as in a
/// clipped crawl — is delivered with the bytes that are present and
/// [`Document::truncated`] set, when it would have been a document and
/// [`ReaderOptions::keep_truncated`] is on (the default); otherwise it is
/// `Failed`. A stream error ends the stream: the records before it have
/// been delivered, the record being read is the last item (a truncated
/// `Document`, or `Failed` when the cut falls in its headers, in a record
/// that would not have been a document, or `keep_truncated` is off).
pub struct WarcReader<R> {
    r: Tracked<R>,
    prefix: String,
    max_record: usize,
    dedup: bool,
    keep_truncated: bool,
    line: Vec<u8>,
    /// Offset of a `WARC/` line already consumed by a resync.
    pending: Option<u64>,
    seen: HashSet<u64>,
    done: bool,
    /// Prefix of I/O error messages ("gzip" for compressed streams).
    io_label: &'static str,
}

impl<R: BufRead> WarcReader<R> {
    /// A reader of the (uncompressed) WARC stream `r`; `prefix` names it in
    /// each item's `source`.
    pub fn new(r: R, prefix: impl Into<String>, opts: &ReaderOptions) -> Self {
        WarcReader {
            r: Tracked::new(r),
            prefix: prefix.into(),
            max_record: opts.max_record_bytes,
            dedup: opts.dedup,
            keep_truncated: opts.keep_truncated,
            line: Vec::with_capacity(256),
            pending: None,
            seen: HashSet::new(),
            done: false,
            io_label: "read error",
        }
    }

    pub(crate) fn label_io(mut self, label: &'static str) -> Self {
        self.io_label = label;
        self
    }

    /// Bytes of the uncompressed stream consumed so far.
    pub fn position(&self) -> u64 {
        self.r.pos
    }

    fn source(&self, offset: u64) -> String {
        format!("{}#{}", self.prefix, offset)
    }

    fn failed(&self, offset: u64, error: impl Into<String>) -> Item {
        Item::Failed {
            source: self.source(offset),
            error: error.into(),
        }
    }

    /// Scans forward to the next line starting with `WARC/` and a digit.
    fn resync(&mut self) -> io::Result<()> {
        loop {
            let start = self.r.pos;
            if self.r.read_line(&mut self.line, 8, u64::MAX)? == 0 {
                return Ok(());
            }
            if is_version_line(&self.line) {
                self.pending = Some(start);
                return Ok(());
            }
        }
    }

    /// Reads the next record; `None` at the end of the stream.
    fn record(&mut self) -> Option<Item> {
        // 1. The version line.
        let start = match self.pending.take() {
            Some(start) => start,
            None => loop {
                let start = self.r.pos;
                match self.r.read_line(&mut self.line, 64, u64::MAX) {
                    Ok(0) => return None,
                    Ok(_) => {}
                    Err(e) => {
                        self.done = true;
                        return Some(self.failed(start, format!("{}: {e}", self.io_label)));
                    }
                }
                if !self.line.trim_ascii().is_empty() {
                    if is_version_line(&self.line) {
                        break start;
                    }
                    let err = "warc: malformed record header: expected a WARC/1.x version line";
                    return Some(match self.resync() {
                        Ok(()) => self.failed(start, err),
                        Err(e) => {
                            self.done = true;
                            self.failed(start, format!("{err}; then {}: {e}", self.io_label))
                        }
                    });
                }
            },
        };
        match self.record_at(start) {
            Ok(item) => Some(item),
            Err(Stop::Io(e)) => {
                self.done = true;
                Some(self.failed(start, format!("{}: {e}", self.io_label)))
            }
            Err(Stop::Record(msg)) => Some(match self.resync() {
                Ok(()) => self.failed(start, msg),
                Err(e) => {
                    self.done = true;
                    self.failed(start, format!("{msg}; then {}: {e}", self.io_label))
                }
            }),
        }
    }

    /// Reads the header and content of the record whose version line (at
    /// `start`) has just been consumed.
    fn record_at(&mut self, start: u64) -> Result<Item, Stop> {
        let mut h = Header::default();
        let mut last = Field::Other;
        let mut header_bytes = 0u64;
        loop {
            let n = self.r.read_line(&mut self.line, MAX_LINE, u64::MAX)?;
            if n == 0 {
                return Err(Stop::Record(
                    "warc: malformed record header: the stream ends inside it".into(),
                ));
            }
            header_bytes += n;
            if header_bytes > MAX_HEADER {
                return Err(Stop::Record(
                    "warc: malformed record header: too long".into(),
                ));
            }
            let line = trim_eol(&self.line);
            if line.is_empty() {
                break;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                // Continuation of the previous field.
                if let Some(slot) = h.slot(last)
                    && let Some(v) = slot
                {
                    v.push(' ');
                    v.push_str(&text(line));
                }
                continue;
            }
            let Some(colon) = memchr::memchr(b':', line) else {
                return Err(Stop::Record(format!(
                    "warc: malformed record header: line without a colon: {:?}",
                    String::from_utf8_lossy(&line[..line.len().min(60)])
                )));
            };
            last = field(line[..colon].trim_ascii());
            if let Some(slot) = h.slot(last) {
                *slot = Some(text(&line[colon + 1..]));
            }
        }
        let length: u64 = match h.content_length.as_deref().map(str::parse) {
            Some(Ok(n)) => n,
            Some(Err(_)) => {
                return Err(Stop::Record(
                    "warc: malformed record header: bad Content-Length".into(),
                ));
            }
            None => {
                return Err(Stop::Record(
                    "warc: malformed record header: no Content-Length".into(),
                ));
            }
        };
        let source = self.source(start);
        let Some(kind) = h.warc_type.clone() else {
            self.r.skip(length)?;
            return Ok(Item::Failed {
                source,
                error: "warc: record without WARC-Type".into(),
            });
        };
        let skipped = |reason| Item::Skipped {
            source: source.clone(),
            reason,
        };
        let kind = kind.to_ascii_lowercase();
        let (is_response, is_conversion) = match kind.as_str() {
            "response" => (true, false),
            "resource" => (false, false),
            "conversion" => (false, true),
            "revisit" => {
                self.r.skip(length)?;
                return Ok(skipped(SkipReason::Revisit));
            }
            "warcinfo" | "request" | "metadata" => {
                self.r.skip(length)?;
                return Ok(skipped(SkipReason::WarcMetadata));
            }
            _ => {
                self.r.skip(length)?;
                return Ok(skipped(SkipReason::UnsupportedRecord));
            }
        };

        // The HTTP head of a response, read straight from the stream.
        let mut remaining = length;
        let mut content_type = h.content_type.clone();
        let mut transfer_chunked = false;
        let mut content_encoding: Option<String> = None;
        let warc_ct_is_http = h.content_type.as_deref().is_some_and(|ct| {
            ct.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/http")
        });
        let is_http = is_response
            && (warc_ct_is_http
                || (h.content_type.is_none() && self.r.peek()?.starts_with(b"HTTP/")));
        if is_http {
            content_type = None;
            let n = self.r.read_line(&mut self.line, MAX_LINE, remaining)?;
            remaining -= n;
            let status = parse_status(trim_eol(&self.line));
            let Some(status) = status else {
                let msg = if n == 0 {
                    "http: empty response record".to_string()
                } else {
                    format!(
                        "http: malformed status line: {:?}",
                        String::from_utf8_lossy(&trim_eol(&self.line)[..self.line.len().min(60)])
                    )
                };
                self.r.skip(remaining)?;
                return Ok(Item::Failed { source, error: msg });
            };
            let mut head_bytes = n;
            loop {
                let n = self.r.read_line(&mut self.line, MAX_LINE, remaining)?;
                remaining -= n;
                head_bytes += n;
                if n == 0 {
                    // The record (or the stream) ends inside the HTTP head.
                    return Ok(Item::Failed {
                        source,
                        error: "http: record ends inside the HTTP headers".into(),
                    });
                }
                if head_bytes > MAX_HEADER {
                    self.r.skip(remaining)?;
                    return Ok(Item::Failed {
                        source,
                        error: "http: headers too long".into(),
                    });
                }
                let line = trim_eol(&self.line);
                if line.is_empty() {
                    break;
                }
                let Some(colon) = memchr::memchr(b':', line) else {
                    continue; // Tolerate junk header lines.
                };
                let name = line[..colon].trim_ascii();
                let value = &line[colon + 1..];
                if name.eq_ignore_ascii_case(b"content-type") {
                    content_type = Some(text(value));
                } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
                    transfer_chunked = text(value).to_ascii_lowercase().contains("chunked");
                } else if name.eq_ignore_ascii_case(b"content-encoding") {
                    content_encoding = Some(text(value));
                }
            }
            if !(200..300).contains(&status) {
                self.r.skip(remaining)?;
                return Ok(skipped(SkipReason::HttpStatus(status)));
            }
        }

        // Content type filter.
        let format = match content_type.as_deref().map(http::media) {
            None => {
                if is_conversion {
                    FormatHint::Text
                } else {
                    FormatHint::Unknown
                }
            }
            Some(Media::Html) => FormatHint::Html,
            Some(Media::PlainText) if is_conversion => FormatHint::Text,
            Some(_) => {
                self.r.skip(remaining)?;
                return Ok(skipped(SkipReason::NotHtml));
            }
        };

        // Duplicates within this stream.
        let url = h.target_uri.as_deref().map(clean_uri);
        if self.dedup {
            let mut dup = false;
            if let Some(id) = &h.record_id {
                dup |= !self.seen.insert(key(&[b"id", id.as_bytes()]));
            }
            if let Some(d) = &h.payload_digest {
                let u = url.as_deref().unwrap_or("");
                dup |= !self
                    .seen
                    .insert(key(&[b"digest", d.as_bytes(), u.as_bytes()]));
            }
            if dup {
                self.r.skip(remaining)?;
                return Ok(skipped(SkipReason::DuplicateRecord));
            }
        }

        // The payload, within the size limit.
        if remaining > self.max_record as u64 {
            self.r.skip(remaining)?;
            return Ok(Item::Failed {
                source,
                error: format!(
                    "record too large: {length} bytes, more than the limit of {} bytes",
                    self.max_record
                ),
            });
        }
        let mut bytes = Vec::with_capacity(remaining as usize);
        let cut = match self.r.read_up_to(remaining, &mut bytes) {
            Ok(got) if got == remaining => None,
            Ok(got) => Some(format!(
                "record cut short by the end of the stream: {} of {remaining} payload bytes",
                got
            )),
            Err(e) => {
                // The stream is broken: nothing after this record can be read.
                self.done = true;
                Some(format!(
                    "{}: {e} ({} of {remaining} payload bytes read)",
                    self.io_label,
                    bytes.len()
                ))
            }
        };
        let truncated = cut.is_some();
        if let Some(error) = cut
            && (!self.keep_truncated || bytes.is_empty())
        {
            return Ok(Item::Failed { source, error });
        }
        if transfer_chunked && let Some(d) = http::dechunk(&bytes) {
            bytes = d;
        }
        if let Some(enc) = &content_encoding {
            match http::decode_content(enc, &bytes, self.max_record) {
                Decoded::Bytes(d) => bytes = d,
                Decoded::AsIs => {}
                Decoded::Error(error) => return Ok(Item::Failed { source, error }),
            }
        }
        if bytes.trim_ascii().is_empty() {
            return Ok(skipped(SkipReason::EmptyPayload));
        }
        if let Some(what) = crate::binary_kind(&bytes) {
            return Ok(Item::Failed {
                source,
                error: format!("input is binary, not HTML or text ({what})"),
            });
        }
        Ok(Item::Document(Document {
            source,
            url,
            fetched: h.date.as_deref().and_then(http::iso_date),
            charset: content_type.as_deref().and_then(http::charset),
            format_hint: format,
            bytes,
            truncated,
        }))
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if self.done {
            return None;
        }
        let item = self.record();
        if item.is_none() {
            self.done = true;
        }
        item
    }
}

/// `WARC/1.0`, `WARC/1.1`, and ClueWeb's `WARC/0.18`.
fn is_version_line(line: &[u8]) -> bool {
    line.starts_with(b"WARC/") && line.get(5).is_some_and(u8::is_ascii_digit)
}

/// `HTTP/1.1 200 OK` → 200.
fn parse_status(line: &[u8]) -> Option<u16> {
    if !line.starts_with(b"HTTP/") {
        return None;
    }
    let mut parts = line.split(|&b| b == b' ').filter(|p| !p.is_empty());
    parts.next()?;
    let code = parts.next()?;
    if code.len() != 3 || !code.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(code).ok()?.parse().ok()
}

/// WARC 1.0 writers sometimes wrap the URI in angle brackets.
fn clean_uri(u: &str) -> String {
    let u = u.trim();
    u.strip_prefix('<')
        .and_then(|x| x.strip_suffix('>'))
        .unwrap_or(u)
        .to_string()
}

fn key(parts: &[&[u8]]) -> u64 {
    let mut h = DefaultHasher::new();
    for p in parts {
        p.hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines() {
        assert_eq!(parse_status(b"HTTP/1.1 200 OK"), Some(200));
        assert_eq!(parse_status(b"HTTP/1.0 404"), Some(404));
        assert_eq!(parse_status(b"HTTP/2 301 Moved"), Some(301));
        assert_eq!(parse_status(b"HTTP/1.1 OK"), None);
        assert_eq!(parse_status(b"<html>"), None);
    }

    #[test]
    fn uris() {
        assert_eq!(clean_uri("<http://a.b/>"), "http://a.b/");
        assert_eq!(clean_uri("http://a.b/"), "http://a.b/");
    }
}
