//! Character decoding: raw page bytes (any charset) → UTF-8 text.
//!
//! # Order of trust for HTML ([`decode_html`])
//!
//! 1. **Byte order mark** (UTF-8, UTF-16LE, UTF-16BE): always wins.
//! 2. **HTTP `Content-Type` charset**, when the caller has one.
//! 3. **HTML5 prescan** of the first [`PRESCAN_BYTES`] bytes for
//!    `<meta charset=…>` and `<meta http-equiv="Content-Type" content="…;
//!    charset=…">` (comments skipped, attributes in any order and quoting),
//!    then an `<?xml … encoding="…"?>` declaration at the very start.
//!    UTF-16 declared in a meta tag means UTF-8, as HTML5 says.
//! 4. **Content sniffing**: UTF-16 without a BOM (NUL bytes in alternate
//!    positions), then UTF-8 if the bytes are UTF-8 (see below; 7-bit bytes
//!    with the JIS escapes `ESC $ B` / `ESC $ @` are ISO-2022-JP), else
//!    `chardetng` over the first [`SNIFF_BYTES`] bytes (only the stretches
//!    around non-ASCII bytes, at most [`SNIFF_FEED_BYTES`]; windows-1251, GBK,
//!    EUC-JP, Shift_JIS, ISO-8859-x, windows-125x …), except for a handful
//!    of windows-1252 punctuation bytes (see [`FEW_NON_ASCII_BYTES`]).
//! 5. UTF-8 when there is nothing at all to go on.
//!
//! Labels are resolved as browsers do ([`encoding_rs::Encoding::for_label`]):
//! `gb2312` → GBK, `latin1` / `iso-8859-1` / `ascii` → windows-1252.
//! Labels that browsers map to the "replacement" encoding, and unknown
//! labels, count as no declaration.
//!
//! # Wrong declarations: the bytes win
//!
//! Pages often declare a charset their bytes are not in (a template's
//! `utf-8` on a windows-1251 page, a server default `iso-8859-1` on a UTF-8
//! page). A declaration is set aside when:
//!
//! * decoding with it hits more than [`MAX_TOLERATED_ERRORS`] malformed
//!   sequences, or more malformed sequences than well-formed non-ASCII
//!   characters (so "UTF-8" over windows-1252 bytes with two umlauts is
//!   rejected, while a UTF-8 page with one stray byte is kept);
//! * it names a legacy encoding but the bytes are valid UTF-8 holding at
//!   least [`MIN_UTF8_CHARS_OVER_SINGLE_BYTE`] (single-byte declarations)
//!   or [`MIN_UTF8_CHARS_OVER_MULTI_BYTE`] (GBK, Shift_JIS, EUC-JP …)
//!   non-ASCII characters: legacy text is practically never valid UTF-8 by
//!   chance, so such bytes are UTF-8;
//! * it names UTF-16 but the first [`PRESCAN_BYTES`] bytes have no NUL
//!   byte (ASCII markup in UTF-16 always has them).
//!
//! The next source down the list is then tried. The first rule also
//! catches multi-byte mix-ups (Shift_JIS bytes declared EUC-JP). A
//! single-byte declaration over bytes of another single-byte encoding
//! (windows-1251 text labelled ISO-8859-2) decodes without errors and is
//! trusted, as browsers do: nothing in the bytes proves it wrong.
//!
//! Without a declaration, bytes are taken as UTF-8 when they are valid
//! UTF-8 (possibly cut inside the last character), or when they have at
//! most [`MAX_TOLERATED_ERRORS`] malformed sequences and at least
//! [`MIN_UTF8_CHARS_PER_ERROR`] well-formed non-ASCII characters per
//! malformed one. Valid UTF-8 (pure ASCII included) never reaches
//! `chardetng`.
//!
//! Invalid bytes never panic: they become U+FFFD and set
//! [`Decoded::had_errors`].
//!
//! # Example
//!
//! ```
//! use newsfacts_extract::encoding;
//!
//! let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(
//!     "<html><head><meta charset=\"windows-1251\"></head><body>Привет, мир</body></html>",
//! );
//! let decoded = encoding::decode_html(&bytes, None);
//! assert_eq!(decoded.encoding, "windows-1251");
//! assert!(decoded.text.contains("Привет, мир"));
//! assert!(!decoded.had_errors);
//!
//! // An HTTP charset outranks the meta tag; a BOM outranks both.
//! let decoded = encoding::decode_html(b"\xEF\xBB\xBFcaf\xC3\xA9", Some("text/html; charset=iso-8859-1"));
//! assert_eq!((decoded.text.as_str(), decoded.encoding), ("café", "UTF-8"));
//! assert!(!encoding::is_binary(b"<p>hello</p>"));
//! ```

use std::borrow::Cow;

use encoding_rs::{
    DecoderResult, Encoding, ISO_2022_JP, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252, X_USER_DEFINED,
};

/// How many leading bytes the HTML5 prescan looks at for a `<meta>` charset.
pub const PRESCAN_BYTES: usize = 1024;

/// How many leading bytes are fed to `chardetng` when sniffing.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// Sniffing: when the sample has fewer non-ASCII bytes than this and all
/// of them are in 0x80–0xBF (in windows-1252: smart quotes, dashes, §, ©,
/// °, NBSP …), the page is windows-1252 without asking `chardetng`, which
/// guesses wildly on so little (IBM866 for "§§ —"). Letters of legacy
/// Cyrillic/Greek/Latin-2 encodings are mostly at 0xC0–0xFF and still go to
/// `chardetng`.
pub const FEW_NON_ASCII_BYTES: usize = 16;

/// At most about this many sampled bytes (windows around non-ASCII runs
/// within the first [`SNIFF_BYTES`]) are fed to `chardetng`: past that its
/// guess does not change, and it costs ~50 ns per byte.
pub const SNIFF_FEED_BYTES: usize = 16 * 1024;

/// ASCII bytes kept on each side of a non-ASCII run when sampling for
/// `chardetng` (see `for_each_non_ascii_window`).
const SNIFF_ASCII_CONTEXT: usize = 12;

/// "A few" malformed sequences: a declared encoding (or undeclared UTF-8)
/// with more than this many is not the page's encoding.
pub const MAX_TOLERATED_ERRORS: usize = 4;

/// Undeclared bytes with a few malformed UTF-8 sequences are still UTF-8
/// when they hold at least this many well-formed non-ASCII characters per
/// malformed sequence.
pub const MIN_UTF8_CHARS_PER_ERROR: usize = 8;

/// Valid UTF-8 with at least this many non-ASCII characters overrides a
/// single-byte declaration (windows-1252, ISO-8859-x, KOI8 …).
pub const MIN_UTF8_CHARS_OVER_SINGLE_BYTE: usize = 1;

/// Valid UTF-8 with at least this many non-ASCII characters overrides a
/// multi-byte legacy declaration (GBK, Big5, Shift_JIS, EUC-JP, EUC-KR …).
pub const MIN_UTF8_CHARS_OVER_MULTI_BYTE: usize = 4;

/// How many leading bytes [`is_binary`] inspects.
pub const BINARY_SCAN_BYTES: usize = 1024;

/// [`is_binary`]: more than this percentage of control bytes (other than
/// tab, newline, form feed, carriage return and the ISO-2022 escape/shift
/// bytes) in the first [`BINARY_SCAN_BYTES`] bytes means binary.
pub const BINARY_MAX_CONTROL_PERCENT: usize = 5;

/// UTF-16 without a BOM: at least this percentage of the byte pairs in the
/// first [`PRESCAN_BYTES`] bytes must be ASCII-in-UTF-16 (one NUL half, the
/// same half every time), and the other half must (almost) never be NUL.
const UTF16_MIN_ASCII_PAIR_PERCENT: usize = 40;

/// Text decoded from page bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The decoded text, without any BOM.
    pub text: String,
    /// Name of the encoding used (`encoding_rs` spelling: "UTF-8",
    /// "windows-1251", "GBK", "Shift_JIS", "UTF-16LE" …).
    pub encoding: &'static str,
    /// Whether some bytes were malformed and replaced with U+FFFD.
    pub had_errors: bool,
}

impl Decoded {
    fn new(text: String, encoding: &'static Encoding, had_errors: bool) -> Self {
        Decoded {
            text,
            encoding: encoding.name(),
            had_errors,
        }
    }

    fn from_cow(text: Cow<'_, str>, encoding: &'static Encoding, had_errors: bool) -> Self {
        Decoded::new(text.into_owned(), encoding, had_errors)
    }
}

/// Decodes an HTML page. `http_charset` is either the whole HTTP
/// `Content-Type` value (`text/html; charset=UTF-8`) or a bare label
/// (`utf-8`). See the [module docs](self) for the order of trust.
pub fn decode_html(bytes: &[u8], http_charset: Option<&str>) -> Decoded {
    if let Some(decoded) = decode_with_bom(bytes) {
        return decoded;
    }
    let http = http_charset.and_then(charset_from_content_type);
    if let Some(decoded) = http.and_then(|enc| try_declared(bytes, enc)) {
        return decoded;
    }
    let meta = prescan(bytes)
        .or_else(|| xml_declaration(bytes))
        .filter(|&meta| Some(meta) != http);
    meta.and_then(|enc| try_declared(bytes, enc))
        .unwrap_or_else(|| sniff(bytes))
}

/// Decodes flattened page text: BOM > UTF-8 (see the [module docs](self)
/// for the tolerance) > UTF-16 without BOM > `chardetng`.
pub fn decode_text(bytes: &[u8]) -> Decoded {
    if let Some(decoded) = decode_with_bom(bytes) {
        return decoded;
    }
    sniff(bytes)
}

/// Whether `bytes` are junk that is neither HTML nor text. The rule, in
/// order:
///
/// 1. empty input, or input with a UTF-8 / UTF-16 BOM → not binary;
/// 2. a known magic number at the start (PNG, GIF, JPEG, WebP/RIFF, BMP
///    with a plausible header, ICO, TIFF, PDF, ZIP, gzip, bzip2, xz, 7z,
///    zstd, ELF, Mach-O, Java class, Flash, WOFF, MP4/ftyp, Ogg, MP3 ID3,
///    PE/MZ with a NUL in its header) → binary;
/// 3. UTF-16 without a BOM (NULs in every other position) → not binary;
/// 4. a NUL byte in the first [`BINARY_SCAN_BYTES`] bytes → binary;
/// 5. more than [`BINARY_MAX_CONTROL_PERCENT`] % control bytes in the first
///    [`BINARY_SCAN_BYTES`] bytes → binary (tab, LF, FF, CR, ESC, SO, SI are
///    not counted: ESC/SO/SI appear in ISO-2022 text).
pub fn is_binary(bytes: &[u8]) -> bool {
    if bytes.is_empty() || Encoding::for_bom(bytes).is_some() {
        return false;
    }
    if has_binary_magic(bytes) {
        return true;
    }
    let head = &bytes[..bytes.len().min(BINARY_SCAN_BYTES)];
    if utf16_without_bom(head).is_some() {
        return false;
    }
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | 0x1B | 0x0E | 0x0F))
                || b == 0x7F
        })
        .count();
    controls * 100 > head.len() * BINARY_MAX_CONTROL_PERCENT
}

/// Step 1: a BOM decides everything.
fn decode_with_bom(bytes: &[u8]) -> Option<Decoded> {
    let (enc, bom_len) = Encoding::for_bom(bytes)?;
    let rest = bytes.get(bom_len..).unwrap_or_default();
    let (text, had_errors) = enc.decode_without_bom_handling(rest);
    Some(Decoded::from_cow(text, enc, had_errors))
}

/// Step 4/5: no usable declaration.
fn sniff(bytes: &[u8]) -> Decoded {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    if let Some(enc) = utf16_without_bom(head) {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return Decoded::from_cow(text, enc, had_errors);
    }
    // Fast path: valid UTF-8 (pure ASCII included), possibly cut inside
    // its last character.
    match std::str::from_utf8(bytes) {
        Ok(_) if looks_iso_2022_jp(bytes) => {
            let (text, had_errors) = ISO_2022_JP.decode_without_bom_handling(bytes);
            return Decoded::from_cow(text, ISO_2022_JP, had_errors);
        }
        Ok(text) => return Decoded::new(text.to_owned(), UTF_8, false),
        Err(e) if e.error_len().is_none() => {
            let (text, had_errors) = UTF_8.decode_without_bom_handling(bytes);
            return Decoded::from_cow(text, UTF_8, had_errors);
        }
        Err(_) => {}
    }
    let counted = decode_counting(UTF_8, bytes, MAX_TOLERATED_ERRORS);
    if counted.errors <= MAX_TOLERATED_ERRORS
        && counted.non_ascii >= counted.errors * MIN_UTF8_CHARS_PER_ERROR
    {
        return Decoded::new(counted.text, UTF_8, true);
    }
    let enc = chardetng_guess(bytes);
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    Decoded::from_cow(text, enc, had_errors)
}

/// 7-bit ISO-2022-JP: an escape into JIS X 0208 (`ESC $ B` or `ESC $ @`).
fn looks_iso_2022_jp(bytes: &[u8]) -> bool {
    let Some(esc) = memchr::memchr(0x1B, bytes) else {
        return false;
    };
    let rest = &bytes[esc..];
    memchr::memmem::find(rest, b"\x1B$B").is_some()
        || memchr::memmem::find(rest, b"\x1B$@").is_some()
}

fn chardetng_guess(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let mut non_ascii = sample.iter().filter(|&&b| b >= 0x80);
    let few = non_ascii.clone().take(FEW_NON_ASCII_BYTES).count() < FEW_NON_ASCII_BYTES;
    if few && non_ascii.all(|&b| b < 0xC0) {
        return WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new();
    let mut fed = 0;
    let mut complete = sample.len() == bytes.len();
    for_each_non_ascii_window(sample, |window| {
        if fed < SNIFF_FEED_BYTES {
            detector.feed(window, false);
            fed += window.len();
        } else {
            complete = false;
        }
    });
    detector.feed(b"", complete);
    detector.guess(None, false)
}

/// Calls `f` with the parts of `sample` that matter to `chardetng`: every
/// run of non-ASCII bytes with up to [`SNIFF_ASCII_CONTEXT`] ASCII bytes on
/// each side (windows closer than that are merged), each followed by a
/// space that keeps words of separate windows apart. Long ASCII stretches
/// (markup, scripts, English) only cost `chardetng` time: on a 40 KB page
/// with a handful of accented letters it takes ~3 ms, most of it on ASCII.
fn for_each_non_ascii_window(sample: &[u8], mut f: impl FnMut(&[u8])) {
    let mut pos = 0;
    while let Some(offset) = sample[pos..].iter().position(|&b| b >= 0x80) {
        let first = pos + offset;
        let start = first.saturating_sub(SNIFF_ASCII_CONTEXT).max(pos);
        // Extend over non-ASCII bytes and short ASCII gaps.
        let mut end = first;
        loop {
            while end < sample.len() && sample[end] >= 0x80 {
                end += 1;
            }
            let gap = sample[end..]
                .iter()
                .take(2 * SNIFF_ASCII_CONTEXT + 1)
                .position(|&b| b >= 0x80);
            match gap {
                Some(g) => end += g,
                None => break,
            }
        }
        let stop = (end + SNIFF_ASCII_CONTEXT).min(sample.len());
        f(&sample[start..stop]);
        f(b" ");
        pos = stop;
    }
}

/// Decodes with a declared encoding unless the bytes say it is wrong
/// (see the module docs); `None` means "try the next source".
fn try_declared(bytes: &[u8], enc: &'static Encoding) -> Option<Decoded> {
    if enc == UTF_16LE || enc == UTF_16BE {
        // Only honoured when the bytes look like UTF-16 at all.
        let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
        memchr::memchr(0, head)?;
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        return Some(Decoded::from_cow(text, enc, had_errors));
    }
    if enc == UTF_8 {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return Some(Decoded::new(text.to_owned(), UTF_8, false));
        }
    } else if enc.is_ascii_compatible() {
        // Legacy declaration over bytes that are valid UTF-8 with non-ASCII
        // content: the bytes are UTF-8.
        let valid = match std::str::from_utf8(bytes) {
            Ok(_) => Some(bytes.len()),
            Err(e) if e.error_len().is_none() => Some(e.valid_up_to()),
            Err(_) => None,
        };
        if let Some(valid) = valid {
            let non_ascii = count_utf8_non_ascii(&bytes[..valid]);
            let needed = if enc.is_single_byte() {
                MIN_UTF8_CHARS_OVER_SINGLE_BYTE
            } else {
                MIN_UTF8_CHARS_OVER_MULTI_BYTE
            };
            if non_ascii >= needed {
                let (text, had_errors) = UTF_8.decode_without_bom_handling(bytes);
                return Some(Decoded::from_cow(text, UTF_8, had_errors));
            }
            if non_ascii == 0 && valid == bytes.len() {
                // Pure ASCII: every ASCII-compatible encoding agrees.
                let text = String::from_utf8_lossy(bytes).into_owned();
                return Some(Decoded::new(text, enc, false));
            }
        }
    }
    let counted = decode_counting(enc, bytes, MAX_TOLERATED_ERRORS);
    if counted.errors > MAX_TOLERATED_ERRORS || counted.errors > counted.non_ascii {
        return None;
    }
    let had_errors = counted.errors > 0;
    Some(Decoded::new(counted.text, enc, had_errors))
}

/// Number of non-ASCII characters in valid UTF-8 (= number of lead bytes).
fn count_utf8_non_ascii(valid: &[u8]) -> usize {
    valid.iter().filter(|&&b| b >= 0xC0).count()
}

struct Counted {
    text: String,
    /// Malformed sequences (each replaced by U+FFFD). Counting stops being
    /// exact once past `give_up_after`, where `text` is left incomplete.
    errors: usize,
    /// Well-formed non-ASCII characters in `text`.
    non_ascii: usize,
}

/// Decodes with replacement while counting malformed sequences. Stops early
/// (with an incomplete `text`) once `errors > give_up_after`: every caller
/// rejects such a decoding.
fn decode_counting(enc: &'static Encoding, bytes: &[u8], give_up_after: usize) -> Counted {
    let mut decoder = enc.new_decoder_without_bom_handling();
    let capacity = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut text = String::with_capacity(capacity);
    let mut errors = 0usize;
    let mut src = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(src, &mut text, true);
        src = src.get(read..).unwrap_or_default();
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::OutputFull => {
                let more = decoder
                    .max_utf8_buffer_length_without_replacement(src.len())
                    .unwrap_or(src.len().saturating_mul(3));
                text.reserve(more.max(16));
            }
            DecoderResult::Malformed(_, _) => {
                errors += 1;
                text.push('\u{FFFD}');
                if errors > give_up_after {
                    break;
                }
            }
        }
    }
    let non_ascii = text
        .bytes()
        .filter(|&b| b >= 0xC0)
        .count()
        .saturating_sub(errors);
    Counted {
        text,
        errors,
        non_ascii,
    }
}

/// UTF-16 without a BOM, recognised from ASCII characters (markup, digits,
/// spaces) encoded as one NUL byte and one non-NUL byte.
fn utf16_without_bom(head: &[u8]) -> Option<&'static Encoding> {
    memchr::memchr(0, head)?;
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut le, mut be, mut both) = (0usize, 0usize, 0usize);
    for pair in head.chunks_exact(2) {
        match (pair[0] == 0, pair[1] == 0) {
            (false, true) => le += 1,
            (true, false) => be += 1,
            (true, true) => both += 1,
            (false, false) => {}
        }
    }
    let enough = |n: usize| n * 100 >= pairs * UTF16_MIN_ASCII_PAIR_PERCENT;
    // Allow a stray NUL (U+0000 or a U+xx00 character) on the other side.
    let rare = |n: usize| n * 50 <= pairs;
    if enough(le) && rare(be + both) {
        Some(UTF_16LE)
    } else if enough(be) && rare(le + both) {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Resolves a label the way browsers do; "replacement" labels and unknown
/// labels give `None`.
fn resolve_label(label: &[u8]) -> Option<&'static Encoding> {
    let label = trim_ascii_quotes(label);
    Encoding::for_label_no_replacement(label)
}

fn trim_ascii_quotes(s: &[u8]) -> &[u8] {
    let s = s.trim_ascii();
    let s = s
        .strip_prefix(b"\"")
        .or_else(|| s.strip_prefix(b"'"))
        .unwrap_or(s);
    let s = s
        .strip_suffix(b"\"")
        .or_else(|| s.strip_suffix(b"'"))
        .unwrap_or(s);
    s.trim_ascii()
}

/// The charset of an HTTP `Content-Type` value, or a bare label.
fn charset_from_content_type(value: &str) -> Option<&'static Encoding> {
    let bytes = value.as_bytes();
    if !bytes.contains(&b';') && !bytes.contains(&b'/') && !bytes.contains(&b'=') {
        return resolve_label(bytes);
    }
    for param in bytes.split(|&b| b == b';').skip(1) {
        let Some(eq) = param.iter().position(|&b| b == b'=') else {
            continue;
        };
        if param[..eq].trim_ascii().eq_ignore_ascii_case(b"charset") {
            return resolve_label(&param[eq + 1..]);
        }
    }
    // A value without a media type, e.g. "charset=utf-8".
    if bytes.first().is_some_and(|&b| b != b'/') && !bytes.contains(&b'/') {
        return extract_charset_from_meta_content(bytes).and_then(resolve_label);
    }
    None
}

/// Encoding from a meta tag: UTF-16 means UTF-8, x-user-defined means
/// windows-1252 (HTML5 "prescan" step).
fn meta_encoding(label: &[u8]) -> Option<&'static Encoding> {
    let enc = resolve_label(label)?;
    Some(if enc == UTF_16LE || enc == UTF_16BE {
        UTF_8
    } else if enc == X_USER_DEFINED {
        WINDOWS_1252
    } else {
        enc
    })
}

fn is_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0C | b'\r' | b' ')
}

fn starts_with_ci(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.len() >= needle.len() && haystack[..needle.len()].eq_ignore_ascii_case(needle)
}

/// The HTML5 "prescan a byte stream to determine its encoding" algorithm
/// over the first [`PRESCAN_BYTES`] bytes.
fn prescan(bytes: &[u8]) -> Option<&'static Encoding> {
    let buf = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let mut pos = 0;
    while pos < buf.len() {
        let rest = &buf[pos..];
        if rest.starts_with(b"<!--") {
            // The "-->" may share its dashes with "<!--".
            match memchr::memmem::find(&buf[pos + 2..], b"-->") {
                Some(end) => pos = pos + 2 + end + 3,
                None => return None,
            }
        } else if starts_with_ci(rest, b"<meta")
            && rest.get(5).is_some_and(|&b| is_space(b) || b == b'/')
        {
            pos += 5;
            if let Some(enc) = meta_charset(buf, &mut pos) {
                return Some(enc);
            }
        } else if rest.len() >= 2
            && rest[0] == b'<'
            && (rest[1].is_ascii_alphabetic()
                || (rest[1] == b'/' && rest.get(2).is_some_and(u8::is_ascii_alphabetic)))
        {
            // Some other tag: skip its name, then its attributes.
            pos += 1;
            while pos < buf.len() && !is_space(buf[pos]) && buf[pos] != b'>' {
                pos += 1;
            }
            while get_attribute(buf, &mut pos).is_some() {}
        } else if rest.starts_with(b"<!") || rest.starts_with(b"</") || rest.starts_with(b"<?") {
            match memchr::memchr(b'>', rest) {
                Some(end) => pos += end + 1,
                None => return None,
            }
        } else {
            pos += 1;
        }
    }
    None
}

/// Attributes of one `<meta>` tag (position just after `<meta`); the
/// charset it declares, if it declares one validly.
fn meta_charset(buf: &[u8], pos: &mut usize) -> Option<&'static Encoding> {
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut got_pragma = false;
    let mut need_pragma: Option<bool> = None;
    let mut charset: Option<&'static Encoding> = None;
    while let Some((name, value)) = get_attribute(buf, pos) {
        if seen.contains(&name) {
            continue;
        }
        match name.as_slice() {
            b"http-equiv" if value.eq_ignore_ascii_case(b"content-type") => {
                got_pragma = true;
            }
            b"content" if charset.is_none() => {
                if let Some(label) = extract_charset_from_meta_content(&value) {
                    charset = meta_encoding(label);
                    need_pragma = Some(true);
                }
            }
            b"charset" => {
                charset = meta_encoding(&value);
                need_pragma = Some(false);
            }
            _ => {}
        }
        seen.push(name);
    }
    match need_pragma {
        None => None,
        Some(true) if !got_pragma => None,
        _ => charset,
    }
}

/// HTML5 "get an attribute": `(lowercased name, value)`, or `None` at `>`
/// or the end of the buffer.
fn get_attribute(buf: &[u8], pos: &mut usize) -> Option<(Vec<u8>, Vec<u8>)> {
    while *pos < buf.len() && (is_space(buf[*pos]) || buf[*pos] == b'/') {
        *pos += 1;
    }
    if *pos >= buf.len() || buf[*pos] == b'>' {
        return None;
    }
    let mut name = Vec::new();
    let mut value = Vec::new();
    // Attribute name.
    loop {
        let b = *buf.get(*pos)?;
        if b == b'=' && !name.is_empty() {
            *pos += 1;
            break;
        }
        if is_space(b) {
            while *pos < buf.len() && is_space(buf[*pos]) {
                *pos += 1;
            }
            if buf.get(*pos) != Some(&b'=') {
                return Some((name, value));
            }
            *pos += 1;
            break;
        }
        if b == b'/' || b == b'>' {
            return Some((name, value));
        }
        name.push(b.to_ascii_lowercase());
        *pos += 1;
    }
    // Attribute value.
    while *pos < buf.len() && is_space(buf[*pos]) {
        *pos += 1;
    }
    let b = *buf.get(*pos)?;
    if b == b'"' || b == b'\'' {
        *pos += 1;
        loop {
            let c = *buf.get(*pos)?;
            *pos += 1;
            if c == b {
                return Some((name, value));
            }
            value.push(c.to_ascii_lowercase());
        }
    }
    if b == b'>' {
        return Some((name, value));
    }
    loop {
        let Some(&c) = buf.get(*pos) else {
            return Some((name, value));
        };
        if is_space(c) || c == b'>' {
            return Some((name, value));
        }
        value.push(c.to_ascii_lowercase());
        *pos += 1;
    }
}

/// HTML5 "extracting a character encoding from a meta element": the label
/// after `charset=` in a `content` value.
fn extract_charset_from_meta_content(content: &[u8]) -> Option<&[u8]> {
    let mut pos = 0;
    loop {
        let found = find_ci(&content[pos..], b"charset")?;
        pos += found + b"charset".len();
        while pos < content.len() && is_space(content[pos]) {
            pos += 1;
        }
        if content.get(pos) == Some(&b'=') {
            pos += 1;
            break;
        }
    }
    while pos < content.len() && is_space(content[pos]) {
        pos += 1;
    }
    let rest = content.get(pos..)?;
    let first = *rest.first()?;
    if first == b'"' || first == b'\'' {
        let end = memchr::memchr(first, &rest[1..])?;
        return Some(&rest[1..1 + end]);
    }
    let end = rest
        .iter()
        .position(|&b| is_space(b) || b == b';')
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn find_ci(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    (0..=haystack.len() - needle.len())
        .find(|&i| haystack[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// `<?xml version="1.0" encoding="…"?>` at the very start (XHTML pages).
fn xml_declaration(bytes: &[u8]) -> Option<&'static Encoding> {
    if !bytes.starts_with(b"<?xml") {
        return None;
    }
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let end = memchr::memmem::find(head, b"?>")?;
    let decl = &head[..end];
    let at = memchr::memmem::find(decl, b"encoding")?;
    let mut rest = decl[at + b"encoding".len()..].trim_ascii_start();
    rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let quote = *rest.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let close = memchr::memchr(quote, &rest[1..])?;
    meta_encoding(&rest[1..1 + close])
}

/// Known file signatures of non-text formats.
fn has_binary_magic(bytes: &[u8]) -> bool {
    const PREFIXES: &[&[u8]] = &[
        b"\x89PNG\r\n\x1a\n",
        b"GIF87a",
        b"GIF89a",
        b"\xFF\xD8\xFF",                     // JPEG
        b"%PDF-",                            // PDF
        b"PK\x03\x04",                       // ZIP, docx, epub, jar …
        b"PK\x05\x06",                       // empty ZIP
        b"\x1F\x8B",                         // gzip
        b"\xFD7zXZ\x00",                     // xz
        b"7z\xBC\xAF\x27\x1C",               // 7z
        b"\x28\xB5\x2F\xFD",                 // zstd
        b"\x7FELF",                          // ELF
        b"\xCA\xFE\xBA\xBE",                 // Java class / Mach-O fat
        b"\xCF\xFA\xED\xFE",                 // Mach-O 64
        b"\xCE\xFA\xED\xFE",                 // Mach-O 32
        b"\x00\x00\x01\x00",                 // ICO
        b"II*\x00",                          // TIFF (little-endian)
        b"MM\x00*",                          // TIFF (big-endian)
        b"OggS\x00",                         // Ogg
        b"wOFF",                             // WOFF
        b"wOF2",                             // WOFF2
        b"\x00asm",                          // WebAssembly
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", // OLE2 (doc, xls)
    ];
    if PREFIXES.iter().any(|p| bytes.starts_with(p)) {
        return true;
    }
    let at = |range: std::ops::Range<usize>| bytes.get(range).unwrap_or_default();
    // bzip2: "BZh" + block size digit + block magic.
    if bytes.starts_with(b"BZh") && at(4..10) == b"1AY&SY" {
        return true;
    }
    // RIFF containers (WebP, WAV, AVI).
    if bytes.starts_with(b"RIFF") && matches!(at(8..12), b"WEBP" | b"WAVE" | b"AVI ") {
        return true;
    }
    // ISO media (MP4, MOV, HEIC, AVIF): size then "ftyp".
    if at(4..8) == b"ftyp" {
        return true;
    }
    // MP3 with an ID3v2 tag: "ID3" + major version 2..4 + minor 0.
    if bytes.starts_with(b"ID3") && matches!(at(3..5), [2..=4, 0]) {
        return true;
    }
    // Flash: "FWS"/"CWS"/"ZWS" + a small version byte.
    if matches!(at(0..3), b"FWS" | b"CWS" | b"ZWS") && at(3..4).first().is_some_and(|&v| v < 0x40) {
        return true;
    }
    // BMP: "BM" + file size + two reserved zero words.
    if bytes.starts_with(b"BM") && at(6..10) == [0, 0, 0, 0] {
        return true;
    }
    // Windows executables: "MZ" with a NUL in the DOS header.
    if bytes.starts_with(b"MZ") && at(2..64).contains(&0) {
        return true;
    }
    false
}
