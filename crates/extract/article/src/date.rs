//! Date and time parsing for page text, HTML metadata and facts.
//!
//! The parser never looks at the clock: every result comes from the input
//! alone. It works in one linear pass that splits the input into tokens
//! (digit runs, letter runs, single punctuation marks) and then matches a
//! small set of shapes against them:
//!
//! * ISO 8601 and variants: `2016-05-10`, `2016-05-10T16:21:07.123+03:00`,
//!   `2016-05-10 16:21:07.123+0300`, `2016/05/10`, `20160510` (whole-string
//!   [`parse`] only), `2016-05` and `2016` (whole-string only);
//! * numeric day/month/year: `10.05.2016 16:21`, `10/05/2016`, `10-05-16`;
//! * month names: `10 May, 2016 16:21`, `May 10, 2016 4:21 PM EDT`,
//!   `Tue, 10 May 2016 16:21:00 GMT`, `3. März 2019, 14:05 Uhr`,
//!   `03 mars 2019 à 14h05`, `10 de mayo de 2016`, `3 марта 2019 г., 14:05`,
//!   `Tue May 10 16:21:00 2016`; the months of English, German, French,
//!   Spanish, Italian, Portuguese, Dutch and Russian (nominative and
//!   genitive) with their usual abbreviations;
//! * a time before the date: `Updated 4:21 PM ET, Tue May 10, 2016`.
//!
//! **Numeric order rule.** `a/b/y` (any of `.`, `/`, `-`) is read day-first:
//! `10/05/2016` is 10 May. It is read month-first only when the day-first
//! reading is impossible (`05/13/2016` is 13 May) or when the input has an
//! AM/PM right after a number, the mark of US style (`05/10/2016 4:21 PM` is
//! 10 May). Two-digit years `90`–`99` are 1990s, `00`–`89` are 2000s.
//!
//! Years outside 1990–2100 are rejected for parsed text (they are almost
//! always numbers that are not dates), as are impossible dates (month 13,
//! 30 February). Time zone names with a fixed offset (`GMT`, `CET`, `EDT`,
//! `MSK` …) set [`DateTime::offset_minutes`]; ambiguous ones (`ET`, `PT`)
//! are accepted but leave it unknown. Unix timestamps are only read by
//! [`from_unix`] / [`parse_unix`], never guessed from free text.
//!
//! ```
//! use newsfacts_extract::date;
//!
//! let d = date::parse("10 May, 2016 16:21").unwrap();
//! assert_eq!(d.to_iso(), "2016-05-10T16:21");
//! let d = date::parse("Tue, 10 May 2016 16:21:00 GMT").unwrap();
//! assert_eq!(d.to_iso(), "2016-05-10T16:21:00Z");
//! let (d, r) = date::find("Published on 10 May 2016 at 16:21 by Jane Doe").unwrap();
//! assert_eq!(d.to_iso(), "2016-05-10T16:21");
//! assert_eq!(r, 13..33);
//! assert_eq!(date::weekday(2016, 5, 10), 1); // Tuesday
//! ```

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Earliest year accepted from text: news pages older than the web are
/// almost never dated in their text, and numbers below are usually counts.
pub const MIN_YEAR: i32 = 1990;
/// Latest year accepted from text (far-future numbers are not dates).
pub const MAX_YEAR: i32 = 2100;
/// Two-digit years at or above this are read as 19xx, below as 20xx
/// (consistent with [`MIN_YEAR`]).
const TWO_DIGIT_PIVOT: u32 = 90;
/// Most filler tokens (`,`, `at`, `um`, `à`, `T` …) skipped between a date
/// and its time; three covers `, at` / `г., в` and similar.
const MAX_CONNECTORS: usize = 3;
/// Most filler tokens skipped between a leading time and its date
/// (`4:21 PM ET, Tue May …` needs zone, comma, weekday).
const MAX_TIME_DATE_GAP: usize = 5;

/// A calendar date with an optional time of day and UTC offset, as precise
/// as the source said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct DateTime {
    /// Year (proleptic Gregorian).
    pub year: i32,
    /// Month 1–12.
    pub month: Option<u8>,
    /// Day of month 1–31.
    pub day: Option<u8>,
    /// Hour 0–23.
    pub hour: Option<u8>,
    /// Minute 0–59.
    pub minute: Option<u8>,
    /// Second 0–59.
    pub second: Option<u8>,
    /// Offset from UTC in minutes, when the source gave one.
    pub offset_minutes: Option<i32>,
}

impl DateTime {
    /// ISO 8601 text, as precise as known: `2016`, `2016-05`, `2016-05-10`,
    /// `2016-05-10T16:21`, `2016-05-10T16:21:07`, plus `Z` or `+03:00` when
    /// the time and its offset are known.
    pub fn to_iso(&self) -> String {
        let mut s = format!("{:04}", self.year);
        let Some(m) = self.month else { return s };
        s.push_str(&format!("-{m:02}"));
        let Some(d) = self.day else { return s };
        s.push_str(&format!("-{d:02}"));
        let (Some(h), Some(mi)) = (self.hour, self.minute) else {
            return s;
        };
        s.push_str(&format!("T{h:02}:{mi:02}"));
        if let Some(sec) = self.second {
            s.push_str(&format!(":{sec:02}"));
        }
        match self.offset_minutes {
            Some(0) => s.push('Z'),
            Some(o) => {
                let sign = if o < 0 { '-' } else { '+' };
                let a = o.unsigned_abs();
                s.push_str(&format!("{sign}{:02}:{:02}", a / 60, a % 60));
            }
            None => {}
        }
        s
    }

    /// Whether the date names a day (not just a year or month).
    pub fn has_day(&self) -> bool {
        self.day.is_some()
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// algorithm). Out-of-range months and days are not checked.
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let m = i64::from(m);
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
/// Years beyond `i32` saturate.
pub fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z.saturating_add(719_468);
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = (yoe + era * 400).saturating_add(i64::from(m <= 2));
    let y = i32::try_from(y).unwrap_or(if y < 0 { i32::MIN } else { i32::MAX });
    // doy/mp arithmetic keeps m in 1..=12 and d in 1..=31.
    (y, m as u8, d as u8)
}

/// Day of the week, 0 = Monday … 6 = Sunday.
pub fn weekday(y: i32, m: u8, d: u8) -> u8 {
    // 1970-01-01 was a Thursday (3).
    (days_from_civil(y, m, d) + 3).rem_euclid(7) as u8
}

/// Whether `y` is a Gregorian leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` (1–12) of year `y`; 0 for an invalid month.
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// A UTC date-time from seconds since the Unix epoch.
pub fn from_unix(secs: i64) -> DateTime {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (year, m, d) = civil_from_days(days);
    DateTime {
        year,
        month: Some(m),
        day: Some(d),
        hour: Some((rem / 3600) as u8),
        minute: Some((rem / 60 % 60) as u8),
        second: Some((rem % 60) as u8),
        offset_minutes: Some(0),
    }
}

/// Reads a Unix timestamp written as exactly 10 digits (seconds) or 13
/// digits (milliseconds); anything else is `None`.
pub fn parse_unix(s: &str) -> Option<DateTime> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = s.parse().ok()?;
    match s.len() {
        10 => Some(from_unix(n)),
        13 => Some(from_unix(n / 1000)),
        _ => None,
    }
}

/// Parses a string that is a date as a whole (lead words such as
/// "Updated", weekdays and zone names may surround it). `None` when the
/// string holds anything else or the date is impossible.
pub fn parse(s: &str) -> Option<DateTime> {
    let toks = tokenize(s);
    let m = Matcher::new(&toks, s, true);
    let mut i = 0;
    while i < toks.len() {
        if let Some((dt, end)) = m.match_at(i) {
            let rest_ok = toks.get(end..).is_some_and(|r| r.iter().all(is_noise));
            return rest_ok.then_some(dt);
        }
        if !toks.get(i).is_some_and(is_noise) {
            return None;
        }
        i += 1;
    }
    None
}

/// Finds the first full date (with a day) inside a longer text, returning
/// it with the byte range it spans.
pub fn find(s: &str) -> Option<(DateTime, Range<usize>)> {
    if !s.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokenize(s);
    let m = Matcher::new(&toks, s, false);
    for i in 0..toks.len() {
        if let Some((dt, end)) = m.match_at(i) {
            let a = toks.get(i)?.start;
            let b = toks.get(end.checked_sub(1)?)?.end;
            return Some((dt, a..b));
        }
    }
    None
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    /// A run of ASCII digits with its value (saturated) and length.
    Num(u32, usize),
    Word,
    Punct(char),
}

#[derive(Debug, Clone)]
struct Tok {
    kind: TokKind,
    /// Lowercased text for words, empty otherwise.
    lower: String,
    start: usize,
    end: usize,
    /// Whitespace precedes this token.
    space_before: bool,
}

fn tokenize(s: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    let mut space = false;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let mut end = i + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            let mut v = u32::from(c as u8 - b'0');
            let mut len = 1;
            while let Some(&(j, d)) = it.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                v = v
                    .saturating_mul(10)
                    .saturating_add(u32::from(d as u8 - b'0'));
                len += 1;
                end = j + 1;
                it.next();
            }
            TokKind::Num(v, len)
        } else if c.is_alphabetic() {
            while let Some(&(j, d)) = it.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            TokKind::Word
        } else {
            TokKind::Punct(c)
        };
        let lower = if kind == TokKind::Word {
            s.get(i..end).unwrap_or("").to_lowercase()
        } else {
            String::new()
        };
        out.push(Tok {
            kind,
            lower,
            start: i,
            end,
            space_before: space,
        });
        space = false;
    }
    out
}

// ---------------------------------------------------------------------------
// Vocabulary

/// Month names and abbreviations (lowercase) in the supported languages.
#[rustfmt::skip]
const MONTHS: &[(&str, u8)] = &[
    // English
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
    ("december", 12), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("maerz", 3), ("mai", 5),
    ("juni", 6), ("juli", 7), ("oktober", 10), ("dezember", 12), ("mär", 3), ("okt", 10),
    ("dez", 12),
    // French
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12), ("decembre", 12), ("janv", 1), ("févr", 2), ("fevr", 2),
    ("fév", 2), ("avr", 4), ("juil", 7), ("déc", 12),
    // Spanish
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12), ("ene", 1), ("abr", 4), ("ago", 8), ("dic", 12),
    // Italian
    ("gennaio", 1), ("febbraio", 2), ("aprile", 4), ("maggio", 5), ("giugno", 6), ("luglio", 7),
    ("settembre", 9), ("ottobre", 10), ("dicembre", 12), ("gen", 1), ("mag", 5), ("giu", 6),
    ("lug", 7), ("set", 9), ("ott", 10),
    // Portuguese
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("maio", 5), ("junho", 6), ("julho", 7),
    ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12), ("fev", 2),
    ("out", 10),
    // Dutch
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8), ("mrt", 3),
    // Russian: genitive, nominative, abbreviations
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12), ("январь", 1), ("февраль", 2), ("март", 3), ("апрель", 4), ("май", 5),
    ("июнь", 6), ("июль", 7), ("август", 8), ("сентябрь", 9), ("октябрь", 10), ("ноябрь", 11),
    ("декабрь", 12), ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7),
    ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12),
];

/// Weekday names and abbreviations: skipped around dates.
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi",
    "do", "fr", "sa", "so", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", "lun", "mer", "jeu", "ven", "sam", "dim", "lunes", "martes", "miércoles",
    "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "lunedì", "martedì",
    "mercoledì", "giovedì", "venerdì", "sabato", "domenica", "segunda", "terça", "quarta",
    "quinta", "sexta", "feira", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
    "zaterdag", "zondag", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота",
    "воскресенье", "пн", "вт", "ср", "чт", "пт", "сб", "вс",
];

/// Zone abbreviations with their offset in minutes; `None` where the name is
/// ambiguous between standard and daylight time.
#[rustfmt::skip]
const ZONES: &[(&str, Option<i32>)] = &[
    ("z", Some(0)), ("utc", Some(0)), ("gmt", Some(0)), ("ut", Some(0)), ("wet", Some(0)),
    ("west", Some(60)), ("bst", Some(60)), ("cet", Some(60)), ("cest", Some(120)),
    ("mez", Some(60)), ("mesz", Some(120)), ("eet", Some(120)), ("eest", Some(180)),
    ("msk", Some(180)), ("мск", Some(180)), ("est", Some(-300)), ("edt", Some(-240)),
    ("cst", Some(-360)), ("cdt", Some(-300)), ("mst", Some(-420)), ("mdt", Some(-360)),
    ("pst", Some(-480)), ("pdt", Some(-420)), ("jst", Some(540)), ("kst", Some(540)),
    ("aest", Some(600)), ("aedt", Some(660)), ("et", None), ("ct", None), ("mt", None),
    ("pt", None), ("hkt", Some(480)), ("sgt", Some(480)),
];

/// Words that may sit between a date and its time.
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "t", "at", "um", "à", "a", "las", "alle", "ore", "às", "as", "om", "в", "г", "года", "de",
    "la", "kl", "klo", "o", "hrs", "time",
];

/// Words allowed around a date in a whole-string [`parse`].
#[rustfmt::skip]
const LEADS: &[&str] = &[
    "updated", "update", "published", "posted", "last", "modified", "created", "date", "on",
    "at", "the", "of", "am", "pm", "uhr", "h", "um", "stand", "veröffentlicht", "aktualisiert",
    "zuletzt", "publié", "publiée", "le", "mis", "jour", "à", "actualizado", "publicado", "el",
    "a", "las", "de", "del", "pubblicato", "aggiornato", "il", "alle", "ore", "atualizado",
    "em", "às", "gepubliceerd", "bijgewerkt", "op", "om", "обновлено", "опубликовано", "в", "г",
    "года", "st", "nd", "rd", "th", "er", "t", "hrs",
];

/// The month number of a lower-case month name or abbreviation in any
/// language this module reads ("may", "mai", "mayo", "мая").
pub fn month_of(w: &str) -> Option<u8> {
    static MAP: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    // Month names are 3–10 letters (up to 20 bytes in Cyrillic).
    if w.len() < 3 || w.len() > 20 {
        return None;
    }
    MAP.get_or_init(|| MONTHS.iter().copied().collect())
        .get(w)
        .copied()
}

fn zone_of(w: &str) -> Option<Option<i32>> {
    ZONES.iter().find(|(n, _)| *n == w).map(|&(_, o)| o)
}

/// Whether a lower-case word is a weekday name or abbreviation.
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

fn is_noise(t: &Tok) -> bool {
    match t.kind {
        TokKind::Num(..) => false,
        TokKind::Punct(c) => ",.;:-|/()[]–—·•@'\"«»".contains(c),
        TokKind::Word => {
            let w = t.lower.as_str();
            is_weekday(w) || zone_of(w).is_some() || LEADS.contains(&w)
        }
    }
}

// ---------------------------------------------------------------------------
// Matching

#[derive(Debug, Clone, Copy)]
struct Time {
    hour: u8,
    minute: u8,
    second: Option<u8>,
    offset: Option<i32>,
}

#[derive(Debug, Clone, Copy)]
struct DatePart {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
    /// A time found inside the date shape (asctime `May 10 16:21:00 2016`).
    time: Option<Time>,
}

struct Matcher<'a> {
    t: &'a [Tok],
    /// The source text (zone names must be written in capitals).
    src: &'a str,
    /// Whole-string mode: partial dates (year, year-month) allowed.
    loose: bool,
    /// The input says AM/PM somewhere (US style, month-first).
    ampm: bool,
}

impl<'a> Matcher<'a> {
    fn new(t: &'a [Tok], src: &'a str, loose: bool) -> Self {
        // AM/PM only counts right after a number ("4:21 PM", "4pm"), so that
        // German "am 3. Mai" is not taken for US style.
        let ampm = t.iter().enumerate().any(|(i, tok)| {
            let after_num = i > 0
                && t.get(i - 1)
                    .is_some_and(|p| matches!(p.kind, TokKind::Num(..)));
            (after_num && matches!(tok.lower.as_str(), "am" | "pm"))
                || (after_num
                    && matches!(tok.lower.as_str(), "a" | "p")
                    && t.get(i + 1).is_some_and(|n| n.kind == TokKind::Punct('.'))
                    && t.get(i + 2).is_some_and(|n| n.lower == "m"))
        });
        Matcher {
            t,
            src,
            loose,
            ampm,
        }
    }

    fn num(&self, i: usize) -> Option<(u32, usize)> {
        match self.t.get(i)?.kind {
            TokKind::Num(v, l) => Some((v, l)),
            _ => None,
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.t.get(i)?.kind {
            TokKind::Punct(c) => Some(c),
            _ => None,
        }
    }

    fn word(&self, i: usize) -> Option<&str> {
        let t = self.t.get(i)?;
        (t.kind == TokKind::Word).then_some(t.lower.as_str())
    }

    fn is_punct(&self, i: usize, set: &str) -> bool {
        self.punct(i).is_some_and(|c| set.contains(c))
    }

    /// A date (with optional time) starting at token `i`; returns it and the
    /// index after its last token.
    fn match_at(&self, i: usize) -> Option<(DateTime, usize)> {
        if let Some((d, mut j)) = self.date_part(i) {
            let mut time = d.time;
            if time.is_none() && d.day.is_some() {
                // Skip "г." / "года" after a Russian year, then connectors.
                let mut k = j;
                let mut skipped = 0;
                while skipped < MAX_CONNECTORS {
                    let conn = self.is_punct(k, ",.:-–—|/·•@")
                        || self
                            .word(k)
                            .is_some_and(|w| CONNECTORS.contains(&w) || is_weekday(w));
                    if !conn {
                        break;
                    }
                    k += 1;
                    skipped += 1;
                }
                if let Some((t, e)) = self.time_part(k, true) {
                    time = Some(t);
                    j = e;
                } else if let Some((t, e)) = self.time_part(j, true) {
                    time = Some(t);
                    j = e;
                }
            }
            return build(d, time).map(|dt| (dt, j));
        }
        // A time before its date: "4:21 PM ET, Tue May 10, 2016".
        let (t, mut k) = self.time_part(i, false)?;
        let mut gap = 0;
        while gap < MAX_TIME_DATE_GAP {
            let skip = self.is_punct(k, ",-–—|/·•")
                || self
                    .word(k)
                    .is_some_and(|w| is_weekday(w) || CONNECTORS.contains(&w) || w == "on");
            if !skip {
                break;
            }
            k += 1;
            gap += 1;
        }
        let (d, e) = self.date_part(k)?;
        if d.day.is_none() || d.time.is_some() {
            return None;
        }
        build(d, Some(t)).map(|dt| (dt, e))
    }

    fn date_part(&self, i: usize) -> Option<(DatePart, usize)> {
        let tok = self.t.get(i)?;
        match tok.kind {
            TokKind::Num(v, len) => self
                .year_first(i, v, len)
                .or_else(|| self.numeric_dmy(i, v, len))
                .or_else(|| self.day_month_year(i, v, len))
                .or_else(|| self.bare_year(i, v, len)),
            TokKind::Word => self.month_day_year(i),
            TokKind::Punct(_) => None,
        }
    }

    /// `2016-05-10`, `2016/05/10`, `2016.05.10`, `2016-05` (loose), `20160510` (loose).
    fn year_first(&self, i: usize, y: u32, len: usize) -> Option<(DatePart, usize)> {
        if len == 8 && self.loose {
            let (yy, mm, dd) = (y / 10_000, y / 100 % 100, y % 100);
            let d = DatePart {
                year: yy as i32,
                month: Some(mm as u8),
                day: Some(dd as u8),
                time: None,
            };
            return Some((d, i + 1));
        }
        if len != 4 {
            return None;
        }
        let sep = self.punct(i + 1).filter(|c| "-/.".contains(*c))?;
        let (m, ml) = self.num(i + 2)?;
        if ml > 2 {
            return None;
        }
        if self.punct(i + 3) == Some(sep)
            && let Some((d, dl)) = self.num(i + 4)
            && dl <= 2
        {
            let dp = DatePart {
                year: y as i32,
                month: Some(m as u8),
                day: Some(d as u8),
                time: None,
            };
            return Some((dp, i + 5));
        }
        if self.loose && sep != '.' {
            let dp = DatePart {
                year: y as i32,
                month: Some(m as u8),
                day: None,
                time: None,
            };
            return Some((dp, i + 3));
        }
        None
    }

    /// `10.05.2016`, `10/05/2016`, `05/13/2016`, `10-05-16` (see module docs).
    fn numeric_dmy(&self, i: usize, a: u32, alen: usize) -> Option<(DatePart, usize)> {
        if alen > 2 {
            return None;
        }
        let sep = self.punct(i + 1).filter(|c| "-/.".contains(*c))?;
        let (b, blen) = self.num(i + 2)?;
        if blen > 2 || self.punct(i + 3) != Some(sep) {
            return None;
        }
        let (y, ylen) = self.num(i + 4)?;
        let year = match ylen {
            4 => y as i32,
            2 if y >= TWO_DIGIT_PIVOT => 1900 + y as i32,
            2 => 2000 + y as i32,
            _ => return None,
        };
        // Ordinal-looking follow-ups ("10.05.2016.5") are not dates.
        if self.is_punct(i + 5, ".") && self.num(i + 6).is_some() {
            return None;
        }
        let (a, b) = (a as u8, b as u8);
        let valid = |d: u8, m: u8| (1..=12).contains(&m) && d >= 1 && d <= days_in_month(year, m);
        let (day, month) = if self.ampm && valid(b, a) {
            (b, a)
        } else if valid(a, b) {
            (a, b)
        } else if valid(b, a) {
            (b, a)
        } else {
            return None;
        };
        let dp = DatePart {
            year,
            month: Some(month),
            day: Some(day),
            time: None,
        };
        Some((dp, i + 5))
    }

    /// Skips an ordinal suffix / dot / "de" after a day number.
    fn skip_fillers(&self, mut j: usize, words: &[&str], puncts: &str) -> usize {
        for _ in 0..3 {
            if self.is_punct(j, puncts) || self.word(j).is_some_and(|w| words.contains(&w)) {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// `10 May 2016`, `10 May, 2016`, `3. März 2019`, `10 de mayo de 2016`,
    /// `1er mars 2019`, `10-May-2016`, `3 марта 2019 г.`.
    fn day_month_year(&self, i: usize, d: u32, dlen: usize) -> Option<(DatePart, usize)> {
        if dlen > 2 {
            return None;
        }
        let j = self.skip_fillers(
            i + 1,
            &[
                "st", "nd", "rd", "th", "er", "e", "o", "º", "de", "of", "del",
            ],
            ".-/º°",
        );
        let m = month_of(self.word(j)?)?;
        let k = self.skip_fillers(j + 1, &["de", "del", "of"], ".,-/");
        let (y, ylen) = self.num(k)?;
        if ylen != 4 {
            return None;
        }
        let mut end = k + 1;
        // Russian "2019 г." / "2019 года".
        if self.word(end).is_some_and(|w| w == "г" || w == "года") {
            end += 1;
            if self.is_punct(end, ".") {
                end += 1;
            }
        }
        let dp = DatePart {
            year: y as i32,
            month: Some(m),
            day: Some(d as u8),
            time: None,
        };
        Some((dp, end))
    }

    /// `May 10, 2016`, `Sept. 3rd, 2019`, `May 10 16:21:00 2016`, and in
    /// loose mode `May 2016`, `mayo de 2016`.
    fn month_day_year(&self, i: usize) -> Option<(DatePart, usize)> {
        let m = month_of(self.word(i)?)?;
        let j = self.skip_fillers(i + 1, &[], ".");
        if let Some((d, dlen)) = self.num(j)
            && dlen <= 2
        {
            let k = self.skip_fillers(j + 1, &["st", "nd", "rd", "th"], ",.");
            if let Some((y, 4)) = self.num(k) {
                let dp = DatePart {
                    year: y as i32,
                    month: Some(m),
                    day: Some(d as u8),
                    time: None,
                };
                return Some((dp, k + 1));
            }
            // asctime: "May 10 16:21:00 2016"
            if let Some((t, e)) = self.time_part(k, false)
                && let Some((y, 4)) = self.num(e)
            {
                let dp = DatePart {
                    year: y as i32,
                    month: Some(m),
                    day: Some(d as u8),
                    time: Some(t),
                };
                return Some((dp, e + 1));
            }
        }
        if self.loose {
            let k = self.skip_fillers(j, &["de", "del", "of"], ",");
            if let Some((y, 4)) = self.num(k) {
                let dp = DatePart {
                    year: y as i32,
                    month: Some(m),
                    day: None,
                    time: None,
                };
                return Some((dp, k + 1));
            }
        }
        None
    }

    /// `2016` alone (loose mode only).
    fn bare_year(&self, i: usize, y: u32, len: usize) -> Option<(DatePart, usize)> {
        if !self.loose || len != 4 {
            return None;
        }
        let dp = DatePart {
            year: y as i32,
            month: None,
            day: None,
            time: None,
        };
        Some((dp, i + 1))
    }

    /// A time of day at `i`: `16:21`, `16:21:07.123`, `4:21 PM`, `4 p.m.`,
    /// `14h05`, `16 Uhr`, `14.05` (only when `after_date`), then an optional
    /// zone and/or offset.
    fn time_part(&self, i: usize, after_date: bool) -> Option<(Time, usize)> {
        let (h, hl) = self.num(i)?;
        if hl > 2 {
            return None;
        }
        let mut j = i + 1;
        let mut minute = None;
        let mut second = None;
        let sep = self.punct(j);
        let hword = self.word(j) == Some("h");
        if sep == Some(':') || (after_date && sep == Some('.')) || hword {
            if let Some((m, 2)) = self.num(j + 1) {
                minute = Some(m);
                j += 2;
                if sep == Some(':')
                    && self.punct(j) == Some(':')
                    && let Some((s, 2)) = self.num(j + 1)
                {
                    second = Some(s);
                    j += 2;
                    // Fractions of a second are dropped.
                    if self.is_punct(j, ".,")
                        && self.num(j + 1).is_some()
                        && !self.t.get(j + 1).is_some_and(|t| t.space_before)
                    {
                        j += 2;
                    }
                }
            } else if hword {
                minute = Some(0);
                j += 1;
            } else {
                return None;
            }
        }
        let mut hour = h;
        // AM / PM
        let (ampm, after) = self.ampm_at(j);
        if let Some(pm) = ampm {
            if !(1..=12).contains(&hour) {
                return None;
            }
            hour = match (pm, hour) {
                (false, 12) => 0,
                (true, 12) => 12,
                (true, x) => x + 12,
                (false, x) => x,
            };
            minute.get_or_insert(0);
            j = after;
        } else if minute.is_none() {
            if self.word(j) == Some("uhr") {
                minute = Some(0);
            } else {
                return None;
            }
        }
        if self
            .word(j)
            .is_some_and(|w| w == "uhr" || w == "h" || w == "hrs")
        {
            j += 1;
        }
        let minute = minute?;
        if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
            return None;
        }
        let mut offset = None;
        if let Some(z) = self.word(j).and_then(zone_of) {
            // "Z" only counts when glued to the time (ISO); other zone names
            // must be capitals, so French "est" or "et" are not zones.
            let tok = self.t.get(j);
            let glued = !tok.is_some_and(|t| t.space_before);
            let caps = tok
                .and_then(|t| self.src.get(t.start..t.end))
                .is_some_and(|w| w.chars().all(|c| !c.is_lowercase()));
            let ok = if self.word(j) == Some("z") {
                glued
            } else {
                caps
            };
            if ok {
                offset = z;
                j += 1;
                if let Some((o, e)) = self.offset_at(j, true) {
                    offset = Some(offset.unwrap_or(0) + o);
                    j = e;
                }
            }
        } else if let Some((o, e)) = self.offset_at(j, false) {
            offset = Some(o);
            j = e;
        }
        let t = Time {
            hour: hour as u8,
            minute: minute as u8,
            second: second.map(|s| s as u8),
            offset,
        };
        Some((t, j))
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at `j`: (is_pm, next index).
    fn ampm_at(&self, j: usize) -> (Option<bool>, usize) {
        match self.word(j) {
            Some("am") => (Some(false), j + 1),
            Some("pm") => (Some(true), j + 1),
            Some(w @ ("a" | "p")) if self.is_punct(j + 1, ".") && self.word(j + 2) == Some("m") => {
                let end = if self.is_punct(j + 3, ".") {
                    j + 4
                } else {
                    j + 3
                };
                (Some(w == "p"), end)
            }
            _ => (None, j),
        }
    }

    /// `+0300`, `+03:00`, `-04`, `-0400`; after a zone name also `+3`.
    fn offset_at(&self, j: usize, after_zone: bool) -> Option<(i32, usize)> {
        let sign = match self.punct(j)? {
            '+' => 1,
            '-' | '−' => -1,
            _ => return None,
        };
        let (n, len) = self.num(j + 1)?;
        // A spaced "-" followed by two digits is a range, not an offset.
        if sign < 0 && len != 4 && self.t.get(j).is_some_and(|t| t.space_before) && !after_zone {
            return None;
        }
        let (h, m, end) = match len {
            4 => (n / 100, n % 100, j + 2),
            1 | 2 if len == 2 || after_zone => {
                if self.punct(j + 2) == Some(':')
                    && let Some((mm, 2)) = self.num(j + 3)
                {
                    (n, mm, j + 4)
                } else {
                    (n, 0, j + 2)
                }
            }
            _ => return None,
        };
        if h > 14 || m > 59 {
            return None;
        }
        Some((sign * (h as i32 * 60 + m as i32), end))
    }
}

fn build(d: DatePart, t: Option<Time>) -> Option<DateTime> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&d.year) {
        return None;
    }
    if let Some(m) = d.month {
        if !(1..=12).contains(&m) {
            return None;
        }
        if let Some(day) = d.day
            && (day == 0 || day > days_in_month(d.year, m))
        {
            return None;
        }
    }
    let t = if d.day.is_some() { t } else { None };
    Some(DateTime {
        year: d.year,
        month: d.month,
        day: d.day,
        hour: t.map(|t| t.hour),
        minute: t.map(|t| t.minute),
        second: t.and_then(|t| t.second),
        offset_minutes: t.and_then(|t| t.offset),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|d| d.to_iso())
    }

    #[test]
    fn iso_variants() {
        assert_eq!(iso("2016-05-10").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("2016-05-10T16:21").as_deref(), Some("2016-05-10T16:21"));
        assert_eq!(
            iso("2016-05-10T16:21:07Z").as_deref(),
            Some("2016-05-10T16:21:07Z")
        );
        assert_eq!(
            iso("2016-05-10T16:21:07+03:00").as_deref(),
            Some("2016-05-10T16:21:07+03:00")
        );
        assert_eq!(
            iso("2016-05-10 16:21:07.123+0300").as_deref(),
            Some("2016-05-10T16:21:07+03:00")
        );
        assert_eq!(
            iso("2016-05-10T16:21:07.123456-04:00").as_deref(),
            Some("2016-05-10T16:21:07-04:00")
        );
        assert_eq!(
            iso("2016-05-10T16:21:07-0530").as_deref(),
            Some("2016-05-10T16:21:07-05:30")
        );
        assert_eq!(iso("2016/05/10").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("2016.05.10").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("20160510").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("2016-05").as_deref(), Some("2016-05"));
        assert_eq!(iso("2016").as_deref(), Some("2016"));
        assert_eq!(
            iso(" 2016-05-10T16:21:07Z ").as_deref(),
            Some("2016-05-10T16:21:07Z")
        );
    }

    #[test]
    fn rfc2822_and_asctime() {
        assert_eq!(
            iso("Tue, 10 May 2016 16:21:00 GMT").as_deref(),
            Some("2016-05-10T16:21:00Z")
        );
        assert_eq!(
            iso("Tue, 10 May 2016 16:21:00 +0300").as_deref(),
            Some("2016-05-10T16:21:00+03:00")
        );
        assert_eq!(
            iso("Tue, 10 May 2016 16:21:00 -0400").as_deref(),
            Some("2016-05-10T16:21:00-04:00")
        );
        assert_eq!(
            iso("Tue May 10 16:21:00 2016").as_deref(),
            Some("2016-05-10T16:21:00")
        );
        assert_eq!(
            iso("10/May/2016:16:21:07 +0000").as_deref(),
            Some("2016-05-10T16:21:07Z")
        );
    }

    #[test]
    fn english_month_names() {
        assert_eq!(
            iso("May 10, 2016 4:21 PM EDT").as_deref(),
            Some("2016-05-10T16:21-04:00")
        );
        assert_eq!(
            iso("May 10, 2016 4:21 a.m.").as_deref(),
            Some("2016-05-10T04:21")
        );
        assert_eq!(
            iso("May 10, 2016 12:05 AM").as_deref(),
            Some("2016-05-10T00:05")
        );
        assert_eq!(
            iso("May 10, 2016 12:05 pm").as_deref(),
            Some("2016-05-10T12:05")
        );
        assert_eq!(
            iso("10 May, 2016 16:21").as_deref(),
            Some("2016-05-10T16:21")
        );
        assert_eq!(iso("10 May 2016").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("10th May 2016").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("Sept. 3rd, 2019").as_deref(), Some("2019-09-03"));
        assert_eq!(iso("September 2019").as_deref(), Some("2019-09"));
        assert_eq!(
            iso("Sun 3 Mar 2019 14.05 GMT").as_deref(),
            Some("2019-03-03T14:05Z")
        );
        assert_eq!(
            iso("Tuesday 10 May 2016 at 4pm BST").as_deref(),
            Some("2016-05-10T16:00+01:00")
        );
        assert_eq!(iso("10-May-2016").as_deref(), Some("2016-05-10"));
    }

    #[test]
    fn time_before_date() {
        assert_eq!(
            iso("Updated 4:21 PM ET, Tue May 10, 2016").as_deref(),
            Some("2016-05-10T16:21")
        );
        assert_eq!(
            iso("16:21, 10 May 2016").as_deref(),
            Some("2016-05-10T16:21")
        );
        assert_eq!(iso("14:05 03.03.2019").as_deref(), Some("2019-03-03T14:05"));
    }

    #[test]
    fn numeric_day_first_rule() {
        assert_eq!(iso("10.05.2016 16:21").as_deref(), Some("2016-05-10T16:21"));
        assert_eq!(iso("10/05/2016").as_deref(), Some("2016-05-10"));
        // Day-first impossible → month-first.
        assert_eq!(iso("05/13/2016").as_deref(), Some("2016-05-13"));
        // AM/PM marks US style → month-first.
        assert_eq!(
            iso("05/10/2016 4:21 PM").as_deref(),
            Some("2016-05-10T16:21")
        );
        assert_eq!(iso("10.05.16").as_deref(), Some("2016-05-10"));
        assert_eq!(iso("10.05.98").as_deref(), Some("1998-05-10"));
        assert_eq!(
            iso("03.03.2019, 14:05 Uhr").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(iso("13/13/2016"), None);
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            iso("3. März 2019, 14:05 Uhr").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(iso("Sonntag, 3. März 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(
            iso("am 3. Dezember 2019 um 16 Uhr").as_deref(),
            Some("2019-12-03T16:00")
        );
        assert_eq!(
            iso("Publié le 03 mars 2019 à 14h05").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(iso("1er février 2019").as_deref(), Some("2019-02-01"));
        assert_eq!(
            iso("03 mar 2019 - 14:05 CET").as_deref(),
            Some("2019-03-03T14:05+01:00")
        );
        assert_eq!(iso("10 de mayo de 2016").as_deref(), Some("2016-05-10"));
        assert_eq!(
            iso("3 de março de 2019 às 14:05").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(
            iso("3 maggio 2019 alle ore 14:05").as_deref(),
            Some("2019-05-03T14:05")
        );
        assert_eq!(
            iso("3 maart 2019 om 14:05").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(
            iso("3 марта 2019, 14:05").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(
            iso("3 марта 2019 г., 14:05 МСК").as_deref(),
            Some("2019-03-03T14:05+03:00")
        );
        assert_eq!(iso("10 июня 2016 года").as_deref(), Some("2016-06-10"));
        assert_eq!(iso("mayo de 2016").as_deref(), Some("2016-05"));
    }

    #[test]
    fn rejects_impossible_and_non_dates() {
        assert_eq!(iso("2016-13-10"), None);
        assert_eq!(iso("2016-02-30"), None);
        assert_eq!(iso("2015-02-29"), None);
        assert_eq!(iso("2016-02-29").as_deref(), Some("2016-02-29"));
        assert_eq!(iso("1850-05-10"), None);
        assert_eq!(iso("2150-05-10"), None);
        assert_eq!(iso("10 May 2016 25:00"), None);
        assert_eq!(
            find("10 May 2016 25:00")
                .map(|(d, _)| d.to_iso())
                .as_deref(),
            Some("2016-05-10")
        );
        // French "est" is not the US zone.
        assert_eq!(
            iso("3 mars 2019 à 14h05 est").as_deref(),
            Some("2019-03-03T14:05")
        );
        assert_eq!(
            find("le 3 mars 2019 à 14h05 est parti")
                .map(|(d, _)| d.to_iso())
                .as_deref(),
            Some("2019-03-03T14:05")
        );
        // German "am" is not AM: day-first stays.
        assert_eq!(iso("am 03.05.2019").as_deref(), Some("2019-05-03"));
        assert_eq!(iso(""), None);
        assert_eq!(iso("hello"), None);
        assert_eq!(iso("Putin met Obama on 10 May 2016"), None);
        assert_eq!(iso("1462897260"), None);
        assert_eq!(iso("May"), None);
        assert_eq!(iso("30 February 2016"), None);
    }

    #[test]
    fn find_in_lines() {
        let s = "Published on 10 May 2016 at 16:21 by Jane Doe";
        let (d, r) = find(s).unwrap();
        assert_eq!(d.to_iso(), "2016-05-10T16:21");
        assert_eq!(&s[r], "10 May 2016 at 16:21");
        let s = "since September 30, 2015, the operation";
        let (d, r) = find(s).unwrap();
        assert_eq!(d.to_iso(), "2015-09-30");
        assert_eq!(&s[r], "September 30, 2015");
        let s = "Madrid - 03 mar 2019 - 14:05 CET";
        let (d, r) = find(s).unwrap();
        assert_eq!(d.to_iso(), "2019-03-03T14:05+01:00");
        assert_eq!(&s[r], "03 mar 2019 - 14:05 CET");
        assert!(find("flew 10,000 sorties and hit 30,000 targets").is_none());
        assert!(find("The 2015-2016 season, 3-1 win").is_none());
        // find needs a day; bare years are not dates in running text.
        assert!(find("In 2016 and May 2017 things happened").is_none());
        assert!(find("Обновлено 3 марта 2019, 14:05").is_some());
    }

    #[test]
    fn multibyte_input_is_safe() {
        for s in [
            "été 2019 — 3 août",
            "ё",
            "日本 2019年5月10日",
            "\u{200b}10\u{00a0}May\u{00a0}2016",
        ] {
            let _ = parse(s);
            let _ = find(s);
        }
        assert_eq!(
            iso("\u{00a0}10\u{00a0}May\u{00a0}2016").as_deref(),
            Some("2016-05-10")
        );
        assert_eq!(iso("3 août 2019").as_deref(), Some("2019-08-03"));
    }

    #[test]
    fn civil_helpers() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(11_017), (2000, 3, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        for z in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(weekday(1970, 1, 1), 3);
        assert_eq!(weekday(2016, 5, 10), 1);
        assert_eq!(weekday(2019, 3, 3), 6);
    }

    #[test]
    fn unix_timestamps() {
        assert_eq!(from_unix(0).to_iso(), "1970-01-01T00:00:00Z");
        assert_eq!(from_unix(1_462_897_260).to_iso(), "2016-05-10T16:21:00Z");
        assert_eq!(from_unix(-1).to_iso(), "1969-12-31T23:59:59Z");
        assert_eq!(
            parse_unix("1462897260123").map(|d| d.to_iso()).as_deref(),
            Some("2016-05-10T16:21:00Z")
        );
        assert!(parse_unix("146289726").is_none());
        assert!(parse_unix("14628972601").is_none());
        let _ = from_unix(i64::MAX);
        let _ = from_unix(i64::MIN);
    }

    #[test]
    fn to_iso_precision() {
        let mut d = DateTime {
            year: 2016,
            ..DateTime::default()
        };
        assert_eq!(d.to_iso(), "2016");
        d.month = Some(5);
        assert_eq!(d.to_iso(), "2016-05");
        d.day = Some(10);
        d.offset_minutes = Some(180);
        assert_eq!(d.to_iso(), "2016-05-10");
        d.hour = Some(16);
        d.minute = Some(21);
        assert_eq!(d.to_iso(), "2016-05-10T16:21+03:00");
        d.second = Some(7);
        d.offset_minutes = Some(-330);
        assert_eq!(d.to_iso(), "2016-05-10T16:21:07-05:30");
    }
}
