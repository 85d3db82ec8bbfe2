//! Raw date candidates: nothing is parsed here, only found and ranked.
//!
//! Order of trust for `published` (most trusted first; duplicates dropped):
//! 1. [`DateOrigin::JsonLd`]: `datePublished`, then `dateCreated`, then
//!    `uploadDate` of the article entity, then those of a `WebPage` entity;
//! 2. [`DateOrigin::Meta`]: `article:published_time`, `itemprop=datePublished`
//!    (on any element), `og:published_time`, `dc.date.issued`,
//!    `dcterms.created`, `pubdate`, `publish-date`, `sailthru.date`,
//!    `parsely-pub-date`, `name=date`, `dc.date` … (in that order);
//! 3. [`DateOrigin::Time`]: `<time>` with `pubdate` or a class/id saying
//!    published/posted/created, or a "Published" label before it; then a plain
//!    `<time>` next to the headline; `<time>` in comments, related lists,
//!    sidebars and footers is skipped;
//! 4. [`DateOrigin::Byline`]: short date-like text near the headline in an
//!    element whose class/id holds date/time/published/dateline/byline/meta;
//! 5. [`DateOrigin::Url`]: `/2016/05/10/`, `/2016-05-10-…`, `/20160510/`,
//!    `/2016/05/` in the canonical URL, else the fetched URL.
//!
//! Order of trust for `updated`: JSON-LD `dateModified`; meta
//! `article:modified_time`, `itemprop=dateModified`, `og:updated_time`,
//! `last-modified` …; `<time>` marked updated/modified (class or an
//! "Updated" label); byline text after "Updated"/"Aktualisiert"/"Mis à jour".
//!
//! ```
//! use newsfacts_dom::Document;
//! use newsfacts_extract::html::meta::{extract, DateOrigin};
//!
//! let doc = Document::parse("<title>Post</title><h1>Post</h1>");
//! let m = extract(&doc, Some("https://blog.example/2016/05/10/post/"));
//! assert_eq!(m.published[0].raw, "2016-05-10");
//! assert_eq!(m.published[0].origin, DateOrigin::Url);
//! ```

#[cfg(doc)]
use super::DateOrigin;
use super::text::{collapse_ws, contains_any_ci};

/// A date found in a URL path: "2016-05-10" or "2016-05".
pub(crate) fn url_date(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.find('/').and_then(|i| rest.get(i..))?;
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let segs: Vec<&str> = path.split('/').collect();
    for (i, seg) in segs.iter().enumerate() {
        // /2016/05/10/ and /2016/05/
        if seg.len() == 4
            && let Some(year) = year_of(seg)
            && let Some(month) = segs.get(i + 1).and_then(|m| small_num(m, 12))
        {
            let day = segs
                .get(i + 2)
                .and_then(|d| leading_day(d))
                .filter(|&d| d <= days_in(year, month));
            return Some(match day {
                Some(d) => format!("{year:04}-{month:02}-{d:02}"),
                None => format!("{year:04}-{month:02}"),
            });
        }
        // /2016-05-10/ and /2016-05-10-slug
        if let Some(d) = dashed_date(seg) {
            return Some(d);
        }
        // /20160510/ and /20160510-slug
        if let Some(d) = compact_date(seg) {
            return Some(d);
        }
    }
    None
}

fn year_of(s: &str) -> Option<u32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: u32 = s.parse().ok()?;
    (1990..=2039).contains(&y).then_some(y)
}

/// A 1–2 digit number in 1..=max.
fn small_num(s: &str, max: u32) -> Option<u32> {
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    (1..=max).contains(&n).then_some(n)
}

/// "10" or "10-slug" (WordPress "/2016/05/10-slug" is rare but seen).
fn leading_day(s: &str) -> Option<u32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let rest = s.get(digits..)?;
    if !(rest.is_empty() || rest.starts_with(['-', '_', '.'])) {
        return None;
    }
    small_num(s.get(..digits)?, 31)
}

fn days_in(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn dashed_date(seg: &str) -> Option<String> {
    let b = seg.as_bytes();
    if b.len() < 10 || b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    if b.len() > 10 && !matches!(b.get(10), Some(b'-' | b'_' | b'.')) {
        return None;
    }
    let year = year_of(seg.get(0..4)?)?;
    let month = exact2(seg.get(5..7)?, 12)?;
    let day = exact2(seg.get(8..10)?, days_in(year, month))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn compact_date(seg: &str) -> Option<String> {
    let b = seg.as_bytes();
    if b.len() < 8 || !b.iter().take(8).all(u8::is_ascii_digit) {
        return None;
    }
    if b.len() > 8 && !matches!(b.get(8), Some(b'-' | b'_' | b'.')) {
        return None;
    }
    let year = year_of(seg.get(0..4)?)?;
    let month = exact2(seg.get(4..6)?, 12)?;
    let day = exact2(seg.get(6..8)?, days_in(year, month))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

fn exact2(s: &str, max: u32) -> Option<u32> {
    if s.len() != 2 {
        return None;
    }
    small_num(s, max)
}

/// Whether a short text holds a calendar date with a year: "May 10, 2016",
/// "10. Mai 2016", "10.05.2016", "2016-05-10", "2016年5月10日".
pub(crate) fn looks_like_date(s: &str) -> bool {
    if s.len() > 160 {
        return false;
    }
    let mut has_year = false;
    let mut numeric = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    // Digit runs: a 4-digit year, and runs joined by the same . / - separator.
    let mut runs: Vec<(usize, usize, Option<u8>)> = Vec::new(); // (start, len, sep after)
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            let len = i - start;
            if len == 4 && s.get(start..i).and_then(year_of).is_some() {
                has_year = true;
            }
            let sep = bytes
                .get(i)
                .copied()
                .filter(|c| matches!(c, b'.' | b'/' | b'-'))
                .filter(|_| bytes.get(i + 1).is_some_and(u8::is_ascii_digit));
            runs.push((start, len, sep));
        } else {
            i += 1;
        }
    }
    for w in runs.windows(3) {
        let &[(s0, l0, sep0), (s1, l1, sep1), (s2, l2, _)] = w else {
            continue;
        };
        if sep0.is_some()
            && sep0 == sep1
            && s1 == s0 + l0 + 1
            && s2 == s1 + l1 + 1
            && l1 <= 2
            && ((l0 == 4 && l2 <= 2) || (l0 <= 2 && l2 == 4))
        {
            numeric = true;
        }
    }
    if !has_year {
        return false;
    }
    if numeric || s.contains('年') || s.contains('월') {
        return true;
    }
    let lower = s.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| crate::date::month_of(w).is_some())
}

/// What a label before a date says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Label {
    Published,
    Updated,
}

const UPDATED_LABELS: &[&str] = &[
    "last updated",
    "updated",
    "last modified",
    "modified",
    "zuletzt aktualisiert",
    "aktualisiert",
    "stand:",
    "mis à jour",
    "mise à jour",
    "actualizado",
    "actualización",
    "aggiornato",
    "atualizado",
    "bijgewerkt",
    "обновлено",
    "更新",
];

const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "first published",
    "veröffentlicht",
    "erschienen",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "опубликовано",
    "公開",
];

/// The label a text starts with, if any.
pub(crate) fn leading_label(s: &str) -> Option<Label> {
    let lower = s.trim_start().to_lowercase();
    if UPDATED_LABELS.iter().any(|l| lower.starts_with(l)) {
        Some(Label::Updated)
    } else if PUBLISHED_LABELS.iter().any(|l| lower.starts_with(l)) {
        Some(Label::Published)
    } else {
        None
    }
}

/// Splits "Published 10 May 2016, updated 11 May 2016" into the published
/// and the updated part. Returns `(published, updated)`.
pub(crate) fn split_updated(s: &str) -> (Option<String>, Option<String>) {
    let s = collapse_ws(s);
    if leading_label(&s) == Some(Label::Updated) {
        return (None, Some(s));
    }
    // An "updated" label later in the text (ASCII labels only: the offset
    // must be a char boundary of the original).
    let mut cut: Option<usize> = None;
    for l in [
        "last updated",
        "updated",
        "last modified",
        "aktualisiert",
        "modified",
    ] {
        if let Some(pos) = super::text::find_ci(&s, l)
            && pos > 0
        {
            cut = Some(cut.map_or(pos, |c: usize| c.min(pos)));
        }
    }
    if let Some(pos) = cut
        && let (Some(a), Some(b)) = (s.get(..pos), s.get(pos..))
    {
        let a = a
            .trim_end_matches([' ', ',', '|', '·', '•', '-', '–', ';', '('])
            .trim();
        let b = b.trim_end_matches(')').trim();
        let a = (looks_like_date(a)).then(|| a.to_string());
        let b = (looks_like_date(b)).then(|| b.to_string());
        return (a, b);
    }
    (Some(s), None)
}

/// Class/id words that mark a `<time>` as the publication date.
pub(crate) fn published_hint(class: &str) -> bool {
    contains_any_ci(
        class,
        &[
            "publish",
            "pubdate",
            "posted",
            "created",
            "dateline",
            "entry-date",
            "post-date",
        ],
    )
}

/// Class/id words that mark a `<time>` as the update date.
pub(crate) fn updated_hint(class: &str) -> bool {
    contains_any_ci(class, &["update", "modified", "lastmod", "last-mod"])
}

/// Class/id words of elements that may hold a visible date near the headline
/// ("date" also covers "dateline").
pub(crate) fn dateish_class(class: &str) -> bool {
    contains_any_ci(
        class,
        &[
            "date", "time", "publish", "posted", "byline", "meta", "stamp",
        ],
    )
}

/// Keeps the date-like segment of "By Jane Doe | 10 May 2016 | 3 min read".
pub(crate) fn date_segment(s: &str) -> Option<String> {
    let s = collapse_ws(s);
    if !looks_like_date(&s) {
        return None;
    }
    let segs: Vec<&str> = s
        .split(['|', '•', '·', '\u{2022}'])
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect();
    if segs.len() > 1 {
        let dated: Vec<&&str> = segs.iter().filter(|x| looks_like_date(x)).collect();
        if let [one] = dated.as_slice() {
            return Some((**one).to_string());
        }
    }
    Some(s)
}
