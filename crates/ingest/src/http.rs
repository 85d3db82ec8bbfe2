//! Small, allocation-light helpers for HTTP payloads: content types,
//! chunked transfer coding, content codings, dates and binary sniffing.

use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use crate::stream::GZIP_MAGIC;

/// What a `Content-Type` announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Media {
    Html,
    PlainText,
    Other,
}

/// Classifies a `Content-Type` value by its media type.
pub(crate) fn media(content_type: &str) -> Media {
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" | "application/xhtml" | "text/xhtml" => Media::Html,
        "text/plain" => Media::PlainText,
        _ => Media::Other,
    }
}

/// The `charset` parameter of a `Content-Type` value, unquoted.
pub(crate) fn charset(content_type: &str) -> Option<String> {
    for param in content_type.split(';').skip(1) {
        let Some((name, value)) = param.split_once('=') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("charset") {
            let v = value.trim().trim_matches(|c| c == '"' || c == '\'').trim();
            if !v.is_empty() {
                return Some(v.to_string());
            }
        }
    }
    None
}

/// Decodes a body sent with `Transfer-Encoding: chunked`. `None` when the
/// bytes are not well-formed chunks (many WARC writers store the body
/// already de-chunked but keep the header).
pub(crate) fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let nl = memchr::memchr(b'\n', rest)?;
        let line = &rest[..nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let hex = line.split(|&b| b == b';').next()?.trim_ascii();
        if hex.is_empty() || hex.len() > 16 {
            return None;
        }
        let size = usize::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
        rest = &rest[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if size > rest.len() {
            // A clipped record: keep what is there.
            out.extend_from_slice(rest);
            return Some(out);
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
        if rest.is_empty() {
            // Missing last-chunk: tolerate.
            return Some(out);
        }
    }
}

/// Outcome of undoing a `Content-Encoding`.
pub(crate) enum Decoded {
    /// The decoded bytes.
    Bytes(Vec<u8>),
    /// The body did not look encoded: keep it as it is.
    AsIs,
    /// Encoded but undecodable (or larger than the limit).
    Error(String),
}

/// Undoes a `Content-Encoding` of `gzip`, `x-gzip`, `deflate`; at most
/// `limit` bytes out.
pub(crate) fn decode_content(encoding: &str, body: &[u8], limit: usize) -> Decoded {
    let enc = encoding.trim().to_ascii_lowercase();
    let cap = limit as u64 + 1;
    let mut out = Vec::new();
    let result = match enc.as_str() {
        "" | "identity" | "none" => return Decoded::AsIs,
        "gzip" | "x-gzip" => {
            if !body.starts_with(&GZIP_MAGIC) {
                return Decoded::AsIs;
            }
            MultiGzDecoder::new(body).take(cap).read_to_end(&mut out)
        }
        "deflate" => {
            // Either zlib-wrapped (per the RFC) or raw deflate (as many
            // servers send it); plain text is neither.
            if crate::binary_kind(body).is_none() {
                return Decoded::AsIs;
            }
            let zlib = body.len() >= 2
                && body[0] & 0x0f == 8
                && u16::from_be_bytes([body[0], body[1]]).is_multiple_of(31);
            if zlib {
                ZlibDecoder::new(body).take(cap).read_to_end(&mut out)
            } else {
                DeflateDecoder::new(body).take(cap).read_to_end(&mut out)
            }
        }
        other => {
            if crate::binary_kind(body).is_none() {
                return Decoded::AsIs;
            }
            return Decoded::Error(format!("unsupported content-encoding: {other}"));
        }
    };
    match result {
        Ok(_) if out.len() > limit => Decoded::Error(format!(
            "record too large: more than {limit} bytes after content decoding"
        )),
        Ok(_) => Decoded::Bytes(out),
        Err(e) => Decoded::Error(format!("content-encoding {enc}: {e}")),
    }
}

/// Checks an ISO 8601 date or date-time and returns it normalised (a
/// `±hhmm` zone becomes `±hh:mm`); `None` when malformed.
///
/// Accepted: `YYYY-MM-DD`, then optionally `Thh:mm`, `:ss`, `.fraction`
/// and a zone `Z`, `±hh:mm`, `±hhmm` or `±hh`.
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim();
    let b = s.as_bytes();
    let num = |r: std::ops::Range<usize>, lo: u32, hi: u32| -> Option<()> {
        let part = b.get(r)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let v = part.iter().fold(0u32, |a, &d| a * 10 + u32::from(d - b'0'));
        (lo..=hi).contains(&v).then_some(())
    };
    num(0..4, 0, 9999)?;
    (b.get(4) == Some(&b'-')).then_some(())?;
    num(5..7, 1, 12)?;
    (b.get(7) == Some(&b'-')).then_some(())?;
    num(8..10, 1, 31)?;
    if b.len() == 10 {
        return Some(s.to_string());
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return None;
    }
    num(11..13, 0, 23)?;
    (b.get(13) == Some(&b':')).then_some(())?;
    num(14..16, 0, 59)?;
    let mut i = 16;
    if b.get(i) == Some(&b':') {
        num(17..19, 0, 60)?;
        i = 19;
        if matches!(b.get(i), Some(b'.' | b',')) {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return None;
            }
        }
    }
    let head = &s[..i];
    let zone = &b[i..];
    match zone {
        [] => Some(head.to_string()),
        [b'Z' | b'z'] => Some(format!("{head}Z")),
        [sign @ (b'+' | b'-'), rest @ ..] => {
            let sign = *sign as char;
            let digits = |x: &[u8]| x.iter().all(u8::is_ascii_digit);
            let (hh, mm) = match rest {
                [h1, h2] if digits(&[*h1, *h2]) => ([*h1, *h2], [b'0', b'0']),
                [h1, h2, m1, m2] if digits(rest) => ([*h1, *h2], [*m1, *m2]),
                [h1, h2, b':', m1, m2] if digits(&[*h1, *h2, *m1, *m2]) => ([*h1, *h2], [*m1, *m2]),
                _ => return None,
            };
            let h = u32::from(hh[0] - b'0') * 10 + u32::from(hh[1] - b'0');
            let m = u32::from(mm[0] - b'0') * 10 + u32::from(mm[1] - b'0');
            if h > 23 || m > 59 {
                return None;
            }
            Some(format!(
                "{head}{sign}{}{}:{}{}",
                hh[0] as char, hh[1] as char, mm[0] as char, mm[1] as char
            ))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types() {
        assert_eq!(media("text/html; charset=UTF-8"), Media::Html);
        assert_eq!(media("Application/XHTML+XML"), Media::Html);
        assert_eq!(media("text/plain"), Media::PlainText);
        assert_eq!(media("image/gif"), Media::Other);
        assert_eq!(
            charset("text/html; charset=\"EUC-JP\""),
            Some("EUC-JP".into())
        );
        assert_eq!(charset("text/html;CHARSET=utf-8 "), Some("utf-8".into()));
        assert_eq!(charset("text/html"), None);
    }

    #[test]
    fn chunks() {
        assert_eq!(
            dechunk(b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n").as_deref(),
            Some(&b"hello world"[..])
        );
        assert_eq!(dechunk(b"<html>"), None);
        assert_eq!(dechunk(b"a\r\n0123").as_deref(), Some(&b"0123"[..]));
    }

    #[test]
    fn dates() {
        assert_eq!(
            iso_date("2008-04-30T20:48:25Z").as_deref(),
            Some("2008-04-30T20:48:25Z")
        );
        assert_eq!(
            iso_date("2008-10-29T05:21:46-0700").as_deref(),
            Some("2008-10-29T05:21:46-07:00")
        );
        assert_eq!(iso_date("2008-10-294T05:21:46-0700"), None);
        assert_eq!(
            iso_date("2024-05-18T01:58:10.123456Z").as_deref(),
            Some("2024-05-18T01:58:10.123456Z")
        );
        assert_eq!(iso_date("2016-05-10").as_deref(), Some("2016-05-10"));
        assert_eq!(iso_date("2016-13-10"), None);
        assert_eq!(iso_date("yesterday"), None);
        assert_eq!(iso_date("2016-05-10T10:00:00+25:00"), None);
    }
}
