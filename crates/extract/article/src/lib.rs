//! Extraction: one page (HTML or flattened page text) → one [`Article`].
//!
//! SKELETON — the module docs are written as the modules land.

pub mod date;
pub mod encoding;
pub mod html;
pub mod lang;
pub mod promo;
pub mod text;

use newsfacts_model::Article;

/// Explicit limits: inputs past them end in an [`Error`], never a hang.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest page accepted, in bytes after decompression.
    pub max_input_bytes: usize,
    /// Deepest element nesting kept by the HTML tree builder; deeper
    /// elements are attached at this depth.
    pub max_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 32 * 1024 * 1024,
            max_depth: 256,
        }
    }
}

/// Options for one extraction call.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The URL the page was fetched from, used to resolve links and as a
    /// fallback for `url`.
    pub url: Option<String>,
    /// Charset from the transport (an HTTP `Content-Type` value or a bare
    /// label), trusted above the page's own declaration.
    pub charset: Option<String>,
    /// Size and depth limits.
    pub limits: Limits,
}

/// What kind of document the bytes hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// An HTML or XHTML page.
    Html,
    /// Page text already flattened from a web page, site chrome included.
    Text,
}

/// Why a page could not be extracted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`].
    TooLarge { bytes: usize, limit: usize },
    /// The input is not text (binary junk, an image …).
    Binary,
    /// Decoding left mostly replacement characters: the charset is one
    /// nothing here can decode, or the bytes are not text in any charset.
    Undecodable {
        /// The encoding that was tried.
        encoding: &'static str,
    },
}

/// Decoded text with more than this share of U+FFFD replacement characters
/// is undecodable …
const MAX_REPLACEMENT_SHARE: f64 = 0.1;
/// … when it has at least this many of them (a few bad bytes in a long page
/// are normal and harmless).
const MIN_REPLACEMENTS: usize = 64;

fn check_decoded(d: &encoding::Decoded) -> Result<(), Error> {
    if !d.had_errors {
        return Ok(());
    }
    let mut chars = 0usize;
    let mut bad = 0usize;
    for c in d.text.chars() {
        chars += 1;
        bad += usize::from(c == '\u{FFFD}');
    }
    if bad >= MIN_REPLACEMENTS && bad as f64 > MAX_REPLACEMENT_SHARE * chars as f64 {
        return Err(Error::Undecodable {
            encoding: d.encoding,
        });
    }
    Ok(())
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::TooLarge { bytes, limit } => {
                write!(f, "input too large: {bytes} bytes, limit {limit}")
            }
            Error::Binary => write!(f, "input is binary, not HTML or text"),
            Error::Undecodable { encoding } => write!(
                f,
                "undecodable charset: decoding as {encoding} left mostly replacement characters"
            ),
        }
    }
}

impl std::error::Error for Error {}

/// Guesses whether bytes hold HTML or flattened text.
pub fn sniff(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let has = |needle: &[u8]| memchr::memmem::find(&lower, needle).is_some();
    if has(b"<!doctype html")
        || has(b"<html")
        || has(b"<head")
        || has(b"<body")
        || has(b"<div")
        || has(b"<p>")
        || has(b"<meta")
    {
        Format::Html
    } else {
        Format::Text
    }
}

/// Decodes `bytes` (any charset) and extracts an article. `format: None` sniffs.
pub fn extract(
    source: &str,
    bytes: &[u8],
    format: Option<Format>,
    opts: &Options,
) -> Result<Article, Error> {
    if bytes.len() > opts.limits.max_input_bytes {
        return Err(Error::TooLarge {
            bytes: bytes.len(),
            limit: opts.limits.max_input_bytes,
        });
    }
    if encoding::is_binary(bytes) {
        return Err(Error::Binary);
    }
    let format = format.unwrap_or_else(|| sniff(bytes));
    Ok(match format {
        Format::Html => {
            let decoded = encoding::decode_html(bytes, opts.charset.as_deref());
            check_decoded(&decoded)?;
            extract_html(source, &decoded.text, opts)
        }
        Format::Text => {
            let decoded = encoding::decode_text(bytes);
            check_decoded(&decoded)?;
            extract_text(source, &decoded.text, opts)
        }
    })
}

/// Extracts an article from a decoded HTML page.
pub fn extract_html(source: &str, html: &str, opts: &Options) -> Article {
    html::extract(source, html, opts)
}

/// Extracts an article from flattened page text.
pub fn extract_text(source: &str, text: &str, opts: &Options) -> Article {
    let mut article = text::extract(source, text, opts);
    if article.language.is_none() {
        article.language = lang::resolve(None, &article.text);
    }
    article
}
