//! Sentence segmentation and word tokens.
//!
//! [`sentences`] cuts the text into sentences in one left-to-right pass; all
//! offsets are **byte** offsets and always fall on char boundaries. The rules,
//! in the order they are tried:
//!
//! 1. A line break ends a sentence (a paragraph break `\n\n` always does; a
//!    single `\n` too, since extracted text puts headlines and list items on
//!    lines of their own).
//! 2. A run of terminators (`.`, `?`, `!`, `…`) plus the closing quotes and
//!    brackets right after it (`."`, `.”`, `?’`, `.)`) is a candidate end;
//!    the closers belong to the sentence. It must be followed by whitespace or
//!    the end of the text, so `3.5`, `U.S.A` and `e.g.,` never split.
//! 3. A candidate followed by a lowercase letter never ends a sentence
//!    (`…. will lead`, `difficulties... in`, `approx. five`).
//! 4. `?` and `!` end a sentence; an ellipsis ends one only before a capital.
//! 5. A single `.`: after a closing quote it ends the sentence; after a title
//!    abbreviation (`Mr.`, `Dr.`, `Gen.`, `Sen.`, `St.`, `No.` …) or a single
//!    capital letter (initials, `J. R. R. Tolkien`) it never does; after a
//!    "soft" abbreviation that may also end a sentence (`Inc.`, `Corp.`,
//!    `etc.`, `Jan.`, dotted acronyms like `U.S.`/`U.N.`, `e.g.`) it does only
//!    when the next word is a typical sentence opener ("The", "He", "But" …).
//!
//! [`tokens`] splits text into words, numbers and punctuation for the other
//! modules.
//!
//! ```
//! use newsfacts_analyze::segment::sentences;
//! let text = "Mr. Smith paid $3.5m to U.S. firms. He said: \"It works.\" Then he left.";
//! let s: Vec<&str> = sentences(text).iter().map(|s| &text[s.start..s.end]).collect();
//! assert_eq!(s, ["Mr. Smith paid $3.5m to U.S. firms.", "He said: \"It works.\"", "Then he left."]);
//! ```

use std::borrow::Cow;

/// A sentence: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Abbreviations after which a period never ends a sentence (case-sensitive).
const HARD_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt",
    "Adm", "Maj", "Cmdr", "Cpl", "Pvt", "Hon", "Rev", "Fr", "Mt", "Ft", "Pres", "Supt", "Insp",
    "Brig", "Messrs", "Mme", "Mlle", "Hr", "Sr", "Sra", "Sta", "Mgr", "Dir", "No", "Nos", "Nr",
    "vs", "cf", "ca", "approx", "Vol", "vol", "pp", "Fig", "fig", "Art", "Abs", "bzw", "Ave",
    "Blvd", "Rd", "Sq", "Dept", "Univ", "Assn", "Bros", "ed", "eds", "Det",
];

/// Abbreviations that may also end a sentence (case-sensitive).
const SOFT_ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Jr", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat",
    "Sun", "usw", "bzw", "GmbH", "AG", "Plc", "plc",
];

/// Words that typically open a sentence: after a soft abbreviation they say
/// the period was a full stop too.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Here",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "However",
    "Meanwhile",
    "According",
    "Last",
    "Earlier",
    "Later",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "As",
    "Since",
    "Some",
    "Many",
    "Most",
    "Both",
    "Der",
    "Die",
    "Das",
    "Le",
    "La",
    "Les",
    "El",
    "Los",
    "Las",
];

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '›' | '“' | '„'
    )
}

/// Splits `text` into sentences (see the module docs for the rules).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut b = 0usize;
    // Only line breaks and terminators (`…` starts with 0xE2) are read;
    // every other byte is skipped without decoding.
    while let Some(off) = bytes.get(b..).and_then(|rest| {
        rest.iter()
            .position(|x| matches!(x, b'\n' | b'.' | b'?' | b'!' | 0xE2))
    }) {
        let i = b + off;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            break;
        };
        if c == '\n' {
            push(text, &mut out, start, i);
            start = i + 1;
            b = i + 1;
            continue;
        }
        if !is_terminator(c) {
            b = i + c.len_utf8();
            continue;
        }
        let t = run_end(text, i, is_terminator);
        let j = run_end(text, t, is_closer);
        b = j;
        if text
            .get(j..)
            .and_then(|r| r.chars().next())
            .is_some_and(|d| !d.is_whitespace())
        {
            continue;
        }
        if ends_here(text, i, t, j) {
            push(text, &mut out, start, j);
            start = j;
        }
    }
    push(text, &mut out, start, text.len());
    out
}

/// The end of the run of characters of `class` starting at byte `from`.
fn run_end(text: &str, from: usize, class: fn(char) -> bool) -> usize {
    let rest = text.get(from..).unwrap_or("");
    from + rest
        .char_indices()
        .find(|&(_, c)| !class(c))
        .map_or(rest.len(), |(k, _)| k)
}

/// Whether the terminator run `text[i..t]` with closers up to `j` (byte
/// offsets) ends a sentence.
fn ends_here(text: &str, i: usize, t: usize, j: usize) -> bool {
    // The next visible character; a line break in between ends the sentence anyway.
    let mut next = None;
    for (k, c) in text.get(j..).unwrap_or("").char_indices() {
        if c == '\n' {
            return true;
        }
        if !c.is_whitespace() {
            next = Some((j + k, c));
            break;
        }
    }
    let Some((next_b, next)) = next else {
        return true;
    };
    if next.is_lowercase() {
        return false;
    }
    let run = text.get(i..t).unwrap_or("");
    if run.contains(['?', '!']) {
        return true;
    }
    let dots = run.chars().count();
    if dots > 1 || run.contains('…') {
        return next.is_uppercase() || is_opening_quote(next);
    }
    if j > t {
        return true; // `."` — the quote closes, the sentence with it.
    }
    // The word before the period, with internal dots ("U.S", "e.g").
    let mut s = i;
    loop {
        let mut back = text.get(..s).unwrap_or("").chars().rev();
        match back.next() {
            Some(c) if is_alnum(c) => s -= c.len_utf8(),
            Some('.') if back.next().is_some_and(is_alnum) => s -= 1,
            _ => break,
        }
    }
    let word = text.get(s..i).unwrap_or("");
    if word.is_empty() || word.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let mut wc = word.chars();
    if let (Some(c), None) = (wc.next(), wc.next())
        && c.is_uppercase()
    {
        return false; // an initial
    }
    if set!(HARD_ABBREVIATIONS).contains(word) {
        return false;
    }
    if word.contains('.') || set!(SOFT_ABBREVIATIONS).contains(word) {
        let next_word: String = text
            .get(next_b..)
            .unwrap_or("")
            .chars()
            .take_while(|c| is_alpha(*c))
            .collect();
        return set!(OPENERS).contains(next_word.as_str());
    }
    true
}

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '«' | '„' | '\'')
}

fn push(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let Some(slice) = text.get(start..end) else {
        return;
    };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if trimmed.chars().any(is_alnum) {
        let s = start + lead;
        out.push(Sentence {
            start: s,
            end: s + trimmed.len(),
        });
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters (and digits after a letter: "G20"), with internal apostrophes
    /// ("Russia's", "aujourd'hui"); dotted acronyms ("U.S.") are one word.
    Word,
    /// Digits with internal `,`/`.` separators followed by a digit ("10,000", "3.5").
    Num,
    /// Any other single non-space character.
    Punct,
}

/// A token: byte range, kind and whether it touches the previous token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokKind,
    /// No whitespace between this token and the previous one.
    pub joined: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The first character of the token.
    pub fn first(&self, text: &str) -> char {
        self.text(text).chars().next().unwrap_or(' ')
    }
}

/// Splits `text` into words, numbers and punctuation (linear, no allocation
/// beyond the output).
pub fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    // The character at byte `p` (a char boundary), ASCII without decoding.
    let char_at = |p: usize| match bytes.get(p) {
        Some(&x) if x < 0x80 => Some(char::from(x)),
        Some(_) => text.get(p..).and_then(|r| r.chars().next()),
        None => None,
    };
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut joined = false;
    let mut b = 0;
    while let Some(c) = char_at(b) {
        if c.is_whitespace() {
            joined = false;
            b += c.len_utf8();
            continue;
        }
        let mut end = b + c.len_utf8();
        let kind = if is_alpha(c) {
            // A dotted acronym "U.S." / "U.N.": capital, dot, capital, dot …
            if let Some(e) = acronym_dots(text, b).filter(|_| c.is_uppercase()) {
                end = e;
            } else {
                while let Some(d) = char_at(end) {
                    let inner_apostrophe = (d == '\'' || d == '’')
                        && char_at(end + d.len_utf8()).is_some_and(is_alpha);
                    if is_alnum(d) || is_mark(d) || inner_apostrophe {
                        end += d.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            TokKind::Word
        } else if c.is_ascii_digit() {
            while let Some(&d) = bytes.get(end) {
                let separator =
                    (d == b',' || d == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || separator {
                    end += 1;
                } else {
                    break;
                }
            }
            TokKind::Num
        } else {
            TokKind::Punct
        };
        out.push(Token {
            start: b,
            end,
            kind,
            joined,
        });
        joined = true;
        b = end;
    }
    out
}

/// Whether `c` is a letter or digit: `char::is_alphanumeric` (or, with
/// `alpha`, `char::is_alphabetic`) with quick answers for the common
/// characters of news text: ASCII, the General Punctuation block (curly
/// quotes, dashes, no letters), Latin-1 letters and basic Cyrillic. Same
/// result for every char; only the slow table lookup is skipped.
#[inline]
fn quick_class(c: char, alpha: bool) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic() || (!alpha && c.is_ascii_digit()),
        '\u{2000}'..='\u{206f}' | '\u{d7}' | '\u{f7}' => false,
        '\u{c0}'..='\u{ff}' | '\u{400}'..='\u{481}' => true,
        _ if alpha => c.is_alphabetic(),
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphanumeric`, quicker (see [`quick_class`]).
#[inline]
pub(crate) fn is_alnum(c: char) -> bool {
    quick_class(c, false)
}

/// `char::is_alphabetic`, quicker (see [`quick_class`]).
#[inline]
pub(crate) fn is_alpha(c: char) -> bool {
    quick_class(c, true)
}

/// The lower-case form of the word `text[s..e]`, where `low` is
/// `text.to_ascii_lowercase()` (same byte offsets): an ASCII word is
/// borrowed from `low`, so no word allocates but those with other letters.
/// A word whose only other letters have no case (curly quotes, dashes,
/// "é") is borrowed too.
pub(crate) fn lower_in<'a>(text: &'a str, low: &'a str, s: usize, e: usize) -> Cow<'a, str> {
    match text.get(s..e) {
        Some(w) if w.is_ascii() || w.chars().all(|c| c.is_ascii() || lower_keeps(c)) => {
            Cow::Borrowed(low.get(s..e).unwrap_or(w))
        }
        Some(w) => lower(w),
        None => Cow::Borrowed(""),
    }
}

/// `w` in lower case, borrowed when it is lower case already.
pub(crate) fn lower(w: &str) -> Cow<'_, str> {
    let ascii_upper = w.bytes().any(|b| b.is_ascii_uppercase());
    if ascii_upper || (!w.is_ascii() && !w.chars().all(|c| c.is_ascii() || lower_keeps(c))) {
        Cow::Owned(lowercase(w))
    } else {
        Cow::Borrowed(w)
    }
}

/// Whether a non-ASCII character is its own lower case: a lower-case or
/// caseless letter of the common scripts, punctuation, or any character of
/// the scripts without case (Hebrew and Arabic to Tibetan, Hangul, kana and
/// CJK ideographs), so that a long run of such letters is borrowed as it is.
#[inline]
fn lower_keeps(c: char) -> bool {
    match quick_lower(c) {
        Some(l) => l == c,
        None => matches!(
            u32::from(c),
            0x0590..=0x0FFF | 0x1100..=0x11FF | 0x3000..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF
        ),
    }
}

/// `str::to_lowercase` that borrows a word already in lower case and maps
/// the common scripts without the Unicode tables (see [`lower`]).
pub(crate) trait Lower {
    fn lower(&self) -> Cow<'_, str>;
}

impl Lower for str {
    fn lower(&self) -> Cow<'_, str> {
        lower(self)
    }
}

/// `w.to_lowercase()`, with ASCII, Latin-1, basic Cyrillic and general
/// punctuation mapped directly (one letter to one, as the Unicode tables
/// have it); any other character takes the standard library's way for the
/// whole word.
fn lowercase(w: &str) -> String {
    if w.is_ascii() {
        return w.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(w.len());
    push_lower(&mut out, w);
    out
}

/// Appends `w` in lower case to `out`: [`lower`] without an allocation of
/// its own.
pub(crate) fn push_lower(out: &mut String, w: &str) {
    if w.is_ascii() {
        let from = out.len();
        out.push_str(w);
        if let Some(added) = out.get_mut(from..) {
            added.make_ascii_lowercase();
        }
    } else if w.chars().all(|c| quick_lower(c).is_some()) {
        out.extend(w.chars().filter_map(quick_lower));
    } else {
        out.push_str(&w.to_lowercase());
    }
}

/// The lower case of `c` when it is ASCII, Latin-1, basic Cyrillic or
/// general punctuation (one letter to one, as the Unicode tables have it);
/// `None` for any other character, which takes the standard library's way.
#[inline]
fn quick_lower(c: char) -> Option<char> {
    match c {
        'A'..='Z' => Some(c.to_ascii_lowercase()),
        'À'..='Ö' | 'Ø'..='Þ' | 'А'..='Я' => char::from_u32(u32::from(c) + 0x20),
        'Ѐ'..='Џ' => char::from_u32(u32::from(c) + 0x50),
        // No case: ASCII, the rest of Latin-1, lower-case Cyrillic, and
        // general punctuation (curly quotes, dashes).
        _ if c.is_ascii()
            || ('ß'..='ÿ').contains(&c)
            || ('а'..='џ').contains(&c)
            || ('\u{2000}'..='\u{206f}').contains(&c) =>
        {
            Some(c)
        }
        _ => None,
    }
}

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// End of a dotted acronym starting at `b` ("U.S." → b+4), if there is one.
fn acronym_dots(text: &str, b: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut k = b;
    let mut letters = 0;
    while bytes.get(k).is_some_and(u8::is_ascii_uppercase) && bytes.get(k + 1) == Some(&b'.') {
        letters += 1;
        k += 2;
    }
    // "U.S." but not "J. R." (spaces) and not a single initial.
    (letters >= 2 && !bytes.get(k).is_some_and(u8::is_ascii_alphanumeric)).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_lowercase_agrees_with_the_standard_library() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let w = format!("x{c}Y");
            assert_eq!(lowercase(&w), w.to_lowercase(), "{c:?}");
        }
        for w in ["ΣΟΦΊΑΣ", "İstanbul", "Путин", "ЁЛКА", "MÜLLER"] {
            assert_eq!(lowercase(w), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn borrowed_lower_case_agrees_with_the_standard_library() {
        // Every character that `lower` and `lower_in` borrow as it is must be
        // its own lower case, and a word with any other is lowered.
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            if lower_keeps(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
            }
        }
        for w in [
            "東京都知事",
            "서울",
            "مرحبا",
            "“Putin’s”",
            "été",
            "Été",
            "ÉTÉ",
            "Tōkyō",
        ] {
            assert_eq!(lower(w), w.to_lowercase(), "{w}");
            let low = w.to_ascii_lowercase();
            assert_eq!(lower_in(w, &low, 0, w.len()), w.to_lowercase(), "{w}");
        }
        assert!(matches!(lower("東京都知事"), Cow::Borrowed(_)));
        assert!(matches!(
            lower_in("“Putin’s”", "“putin’s”", 0, 13),
            Cow::Borrowed(_)
        ));
        assert!(matches!(lower("Été"), Cow::Owned(_)));
        let mut out = String::from("x ");
        push_lower(&mut out, "Vladimir PUTIN");
        assert_eq!(out, "x vladimir putin");
    }

    #[test]
    fn quick_char_classes_agree_with_the_standard_library() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alpha(c), c.is_alphabetic(), "{c:?}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_quotes() {
        assert_eq!(
            split("Gen. J. R. R. Smith met Sen. Jones on Jan. 5 in St. Louis. It was 3.5 hours."),
            [
                "Gen. J. R. R. Smith met Sen. Jones on Jan. 5 in St. Louis.",
                "It was 3.5 hours."
            ]
        );
        assert_eq!(
            split("He said “it will work.” The U.N. agreed. Apple Inc. The firm…"),
            [
                "He said “it will work.”",
                "The U.N. agreed.",
                "Apple Inc.",
                "The firm…"
            ]
        );
        assert_eq!(
            split("\"We have…. done it,\" he said.\n\nNew para"),
            ["\"We have…. done it,\" he said.", "New para"]
        );
        assert_eq!(
            split("Talks in the U.S. Congress, e.g. on taxes, failed. Why? No."),
            [
                "Talks in the U.S. Congress, e.g. on taxes, failed.",
                "Why?",
                "No."
            ]
        );
    }

    #[test]
    fn tokens_split() {
        let t = "Russia's U.S. 10,000 3bn G20 COVID-19.";
        let toks: Vec<&str> = tokens(t).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            toks,
            [
                "Russia's", "U.S.", "10,000", "3", "bn", "G20", "COVID", "-", "19", "."
            ]
        );
    }
}
