//! Extraction: one page (HTML or flattened page text) → one [`Article`].
//!
//! [`extract`] takes the bytes of a page as a crawl delivers them and returns
//! the clean article: [`encoding`] decodes any charset (BOM, transport
//! charset, `<meta>` prescan, content sniffing), [`sniff`] tells HTML from
//! flattened text, then
//!
//! * [`html`] parses the page once with `newsfacts_dom`, reads what the page
//!   declares ([`html::meta`]: JSON-LD, Open Graph, `<time>`, bylines, URL),
//!   flattens the tree into text blocks and selects the article's blocks
//!   ([`html::content`]), dropping chrome, promos and teasers;
//! * [`text`] does the same for page text already flattened with its site
//!   chrome (sprite labels, menus, datelines, players), line by line;
//!
//! with [`date`] for every date format, [`promo`] for "READ MORE:" lines and
//! [`lang`] for the language. Limits ([`Limits`]) end in an [`Error`], never
//! a hang: parsing and selection are linear in the page size.
//!
//! ```
//! use newsfacts_extract::{extract, Format, Options};
//! use newsfacts_model::Kind;
//!
//! let page = br#"<html lang="en"><head><title>Ferry approved | Harbor Herald</title></head>
//! <body><nav><a href="/">Home</a></nav><article><h1>Ferry approved</h1>
//! <p>The council approved the electric ferry on Tuesday, after a long debate, the mayor said.</p>
//! <p>READ MORE: <a href="/older">The ferry plan explained</a></p>
//! <p>Work on the new pier is to start in the spring, and the first crossing, with room for
//! forty cars and three hundred passengers, is planned for next year.</p>
//! </article><footer>All rights reserved.</footer></body></html>"#;
//! let a = extract("page.html", page, Some(Format::Html), &Options::default()).unwrap();
//! assert_eq!(a.title.as_deref(), Some("Ferry approved"));
//! assert!(a.text.starts_with("The council approved"));
//! assert!(!a.text.contains("READ MORE") && !a.text.contains("Home"));
//! assert_eq!(a.related[0].title, "The ferry plan explained");
//! assert_eq!(a.kind, Kind::Article);
//! assert_eq!(a.language.as_deref(), Some("en"));
//! ```

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

/// When a page declares no publication date, the date of a wire dateline
/// opening the body ("PARIS, 14 mars 2024 (AFP) —", "MADRID, 14 de marzo de
/// 2024 (EFE) –") stands in: a full date with a day, before the first dash,
/// with at most a place and an agency around it.
fn published_from_wire_dateline(article: &mut Article) {
    if article.published.is_some() {
        return;
    }
    if let Some(dt) = wire_dateline_date(&article.text) {
        article.published = Some(dt.to_iso());
    }
}

/// Most bytes of body text searched for a wire dateline's dash.
const WIRE_DATELINE_MAX_BYTES: usize = 120;
/// Most words (place and agency) around the date of a wire dateline.
const WIRE_DATELINE_MAX_WORDS: usize = 6;

/// The date of a wire dateline at the start of `text`, if there is one.
pub fn wire_dateline_date(text: &str) -> Option<date::DateTime> {
    let first = text.lines().next()?;
    if !first.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let window = first
        .char_indices()
        .take_while(|(i, _)| *i < WIRE_DATELINE_MAX_BYTES)
        .map(|(i, c)| i + c.len_utf8())
        .last()
        .and_then(|e| first.get(..e))?;
    // The dateline ends at a dash ("(AFP) —"), or at a full stop in the
    // Russian style ("МОСКВА, 12 марта 2024 года."); the first end that
    // leaves a dated head counts.
    let caps_city = first
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase));
    let stops: &[&str] = if caps_city {
        &["\u{2014}", "\u{2013}", " - ", " -- ", ". "]
    } else {
        &["\u{2014}", "\u{2013}", " - ", " -- "]
    };
    let mut ends: Vec<usize> = stops
        .iter()
        .flat_map(|d| window.match_indices(d).map(|(i, _)| i))
        .collect();
    ends.sort_unstable();
    ends.into_iter().find_map(|end| {
        let head = window.get(..end)?;
        let (dt, range) = date::find(head)?;
        if !dt.has_day() {
            return None;
        }
        let around =
            head.get(..range.start).unwrap_or("").to_string() + head.get(range.end..).unwrap_or("");
        let words = around
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        (words <= WIRE_DATELINE_MAX_WORDS).then_some(dt)
    })
}

/// Extracts an article from a decoded HTML page.
pub fn extract_html(source: &str, html: &str, opts: &Options) -> Article {
    let mut article = html::extract(source, html, opts);
    published_from_wire_dateline(&mut article);
    article
}

/// Extracts an article from flattened page text.
pub fn extract_text(source: &str, text: &str, opts: &Options) -> Article {
    let mut article = text::extract(source, text, opts);
    published_from_wire_dateline(&mut article);
    if article.language.is_none() {
        article.language = lang::resolve(None, &article.text);
    }
    article
}
