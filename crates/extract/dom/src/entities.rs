//! Character references: `&amp;`, `&#8217;`, `&#x2019;`, and the legacy
//! forms without a semicolon (`&nbsp`, `&copy`) that browsers still accept.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The longest entity name in the HTML table ("CounterClockwiseContourIntegral;").
const MAX_NAME_LEN: usize = 33;

/// Numeric references 0x80..=0x9F mean windows-1252 characters in browsers.
const WINDOWS_1252_C1: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}',
    '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

fn table() -> &'static HashMap<&'static str, &'static str> {
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .map(|e| (e.entity.trim_start_matches('&'), e.characters))
            .collect()
    })
}

/// Appends `s` to `out` with every character reference decoded. In an
/// attribute value a legacy reference followed by `=` or an alphanumeric is
/// left alone (`?a=1&copy=2` stays as written), as browsers do.
pub fn decode_into(s: &str, out: &mut String, in_attribute: bool) {
    let bytes = s.as_bytes();
    let mut last = 0;
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'&', &bytes[i..]) {
        let amp = i + off;
        out.push_str(&s[last..amp]);
        let (decoded, consumed) = decode_one(&s[amp + 1..], in_attribute);
        match decoded {
            Some(Decoded::Char(c)) => out.push(c),
            Some(Decoded::Str(t)) => out.push_str(t),
            None => out.push('&'),
        }
        i = amp + 1 + consumed;
        last = i;
    }
    out.push_str(&s[last..]);
}

/// Decodes a whole string; borrows when there is nothing to decode.
pub fn decode(s: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out, false);
    std::borrow::Cow::Owned(out)
}

enum Decoded {
    Char(char),
    Str(&'static str),
}

/// Decodes the reference that starts right after a `&`; returns what it
/// means and how many bytes after the `&` it used.
fn decode_one(rest: &str, in_attribute: bool) -> (Option<Decoded>, usize) {
    let b = rest.as_bytes();
    if b.first() == Some(&b'#') {
        let (hex, start) = match b.get(1) {
            Some(b'x' | b'X') => (true, 2),
            _ => (false, 1),
        };
        let mut end = start;
        let mut value: u32 = 0;
        while let Some(&c) = b.get(end) {
            let digit = match (hex, c) {
                (_, b'0'..=b'9') => u32::from(c - b'0'),
                (true, b'a'..=b'f') => u32::from(c - b'a' + 10),
                (true, b'A'..=b'F') => u32::from(c - b'A' + 10),
                _ => break,
            };
            value = value
                .saturating_mul(if hex { 16 } else { 10 })
                .saturating_add(digit);
            end += 1;
        }
        if end == start {
            return (None, 0);
        }
        if b.get(end) == Some(&b';') {
            end += 1;
        }
        let c = match value {
            0 => '\u{FFFD}',
            0x80..=0x9F => WINDOWS_1252_C1[(value - 0x80) as usize],
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return (Some(Decoded::Char(c)), end);
    }
    let run = b
        .iter()
        .take(MAX_NAME_LEN)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return (None, 0);
    }
    let table = table();
    if b.get(run) == Some(&b';')
        && let Some(chars) = table.get(&rest[..=run])
    {
        return (Some(Decoded::Str(chars)), run + 1);
    }
    // Legacy references without a semicolon: the longest known prefix.
    for len in (2..=run.min(6)).rev() {
        if let Some(chars) = table.get(&rest[..len]) {
            let next = b.get(len).copied();
            if in_attribute && matches!(next, Some(c) if c == b'=' || c.is_ascii_alphanumeric()) {
                return (None, 0);
            }
            return (Some(Decoded::Str(chars)), len);
        }
    }
    (None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> String {
        decode(s).into_owned()
    }

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(d("Tom &amp; Jerry"), "Tom & Jerry");
        assert_eq!(d("it&#8217;s &#x201C;ok&#X201D;"), "it’s “ok”");
        assert_eq!(d("&nbsp;&copy 2019"), "\u{a0}© 2019");
        assert_eq!(d("&notit; &notin;"), "¬it; ∉");
        assert_eq!(d("&#150;"), "–");
        assert_eq!(d("&#0;&#99999999999;"), "\u{FFFD}\u{FFFD}");
        assert_eq!(
            d("AT&T & co &; &#; &unknown;"),
            "AT&T & co &; &#; &unknown;"
        );
    }

    #[test]
    fn attribute_rule_keeps_query_strings() {
        let mut out = String::new();
        decode_into("/a?x=1&copy=2&amp;y", &mut out, true);
        assert_eq!(out, "/a?x=1&copy=2&y");
    }
}
