//! Date expressions, resolved against the article's publication date.
//!
//! One left-to-right pass over the [`tokens`](crate::segment::tokens); at each token the patterns
//! below are tried in order and the first that matches is taken (so matches
//! never overlap). Values are ISO 8601 and exactly as precise as the words:
//! a day `2016-05-17`, a month `2016-02`, a year `2011`, an ISO week
//! `2016-W19` ("this week"/"last week"/"next week").
//!
//! 1. Numeric dates: `2016-05-17`, `17.05.2016`.
//! 2. Day and month, optional year: `17 May 2016`, `17th May`, `17. Mai 2016`,
//!    `17 mai 2016`, `17 de mayo de 2016`, `1er mai`.
//! 3. Month and day, optional year: `May 17`, `September 30, 2015`, `Jan. 5`.
//! 4. Month and year: `May 2016`, `Mai 2016`.
//! 5. A bare month after a preposition or modifier: `in February`,
//!    `since March`, `last May`, `mid-May`, `im Februar`, `en février`.
//! 6. Weekdays: `on Tuesday`, `last Friday`, `next Monday`, `Tuesday`,
//!    `am Dienstag`, `le mardi`, `el martes`.
//! 7. Relative words: `today`, `yesterday`, `tomorrow`, `last night`,
//!    `last/this/next week|month|year`, `N days/weeks/months/years ago`,
//!    `earlier this year` and their German, French and Spanish forms
//!    (`gestern`, `letztes Jahr`, `l'année dernière`, `el año pasado` …).
//! 8. A year after a preposition: `since 2011`, `in 2011`, `by 2030`,
//!    `seit 2011`, `depuis 2011`, `desde 2011`.
//!
//! **What the text covers.** Calendar dates (2–4) stand alone, without the
//! preposition before them ("May 17", "September 30, 2015"). Words that need
//! their preposition to be a date (5, 6, 8) keep it: "on Tuesday", "in
//! February", "since 2011" (value "2011").
//!
//! **Resolution.** Without a publication date only absolute dates (1–4 with a
//! year, 8) are returned. A missing year, a bare month and a weekday are
//! placed by the tense of their clause: the tense cue nearest to the
//! expression in its sentence ("will", "is due", "expected" look forward;
//! "said", "-ed" forms, "was" look back; with no cue a weekday looks back, as
//! news mostly reports the past). A weekday equal to the publication day is
//! that day ("on Tuesday" in an article of Tuesday 10 May 2016 is
//! 2016-05-10) unless "last" or "next" says otherwise; a month-day without
//! year takes the year that puts it on the side of the publication date the
//! tense says, nearest first, and with no cue the nearest of all ("1a etapa:
//! 10 de março" in a January schedule is this March).
//!
//! ```
//! use newsfacts_analyze::dates::find;
//! let text = "Putin spoke on Tuesday. The talks will take place on May 17. On Monday, they met.";
//! let found = find(text, Some("2016-05-10T16:21"));
//! let v: Vec<(&str, &str)> = found.iter().map(|d| (&text[d.start..d.end], d.value.as_str())).collect();
//! assert_eq!(v, [("on Tuesday", "2016-05-10"), ("May 17", "2016-05-17"), ("On Monday", "2016-05-09")]);
//! ```

use crate::CharMap;
use crate::fasthash::FxMap;
use crate::segment::{self, Sentence, TokKind, Token};
use newsfacts_model::DateMention;
use std::borrow::Cow;

/// A date expression with byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Resolved ISO 8601 value, as precise as the words say.
    pub value: String,
}

impl Found {
    /// The model's date mention, offsets in characters.
    pub fn to_model(&self, text: &str, map: &CharMap) -> DateMention {
        DateMention {
            text: text.get(self.start..self.end).unwrap_or("").to_string(),
            value: self.value.clone(),
            start: map.chars(self.start),
            end: map.chars(self.end),
        }
    }
}

/// Earliest year read as a year.
const MIN_YEAR: i64 = 1800;
/// Latest year read as a year.
const MAX_YEAR: i64 = 2100;
/// Largest count in "N days ago".
const MAX_AGO: i64 = 1000;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day {
    /// Year.
    pub y: i64,
    /// Month 1–12.
    pub m: i64,
    /// Day 1–31.
    pub d: i64,
}

impl Day {
    /// Parses the date part of an ISO 8601 string ("2016-05-10T16:21").
    pub fn parse_iso(s: &str) -> Option<Day> {
        let b = s.trim().as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<i64> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        let y = num(0..4)?;
        if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
            return None;
        }
        let day = Day {
            y,
            m: num(5..7)?,
            d: num(8..10)?,
        };
        day.valid().then_some(day)
    }

    fn valid(self) -> bool {
        (1..=12).contains(&self.m) && self.d >= 1 && self.d <= days_in_month(self.y, self.m)
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i64 {
        let y = if self.m <= 2 { self.y - 1 } else { self.y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (self.m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `z` days after 1970-01-01.
    pub fn from_days(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        Day {
            y: yoe + era * 400 + i64::from(m <= 2),
            m,
            d,
        }
    }

    /// Weekday, Monday = 0.
    pub fn weekday(self) -> i64 {
        (self.days() + 3).rem_euclid(7)
    }

    fn plus(self, n: i64) -> Day {
        Day::from_days(self.days() + n)
    }

    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }

    /// ISO week value ("2016-W19").
    fn iso_week(self) -> String {
        // The Thursday of this week decides the year.
        let thu = self.plus(3 - self.weekday());
        let jan1 = Day {
            y: thu.y,
            m: 1,
            d: 1,
        };
        let week = (thu.days() - jan1.days()) / 7 + 1;
        format!("{:04}-W{:02}", thu.y, week)
    }
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

fn month_value(y: i64, m: i64) -> String {
    format!("{y:04}-{m:02}")
}

/// Which way an expression without a year or week points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dir {
    Back,
    Forward,
}

/// Case-sensitive English names and lower-case names of other languages
/// → value.
type NameMaps = (FxMap<&'static str, i64>, FxMap<&'static str, i64>);

/// English month names and abbreviations (case-sensitive).
const MONTHS_EN: &[(&str, i64)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Sept", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];
/// Month names of other languages (lower case).
const MONTHS_OTHER: &[(&str, i64)] = &[
    ("januar", 1),
    ("jänner", 1),
    ("februar", 2),
    ("märz", 3),
    ("mai", 5),
    ("juni", 6),
    ("juli", 7),
    ("oktober", 10),
    ("dezember", 12),
    ("janvier", 1),
    ("février", 2),
    ("fevrier", 2),
    ("mars", 3),
    ("avril", 4),
    ("juin", 6),
    ("juillet", 7),
    ("août", 8),
    ("aout", 8),
    ("septembre", 9),
    ("octobre", 10),
    ("novembre", 11),
    ("décembre", 12),
    ("decembre", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("gennaio", 1),
    ("febbraio", 2),
    ("aprile", 4),
    ("maggio", 5),
    ("giugno", 6),
    ("luglio", 7),
    ("settembre", 9),
    ("ottobre", 10),
    ("dicembre", 12),
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    ("январе", 1),
    ("феврале", 2),
    ("марте", 3),
    ("апреле", 4),
    ("мае", 5),
    ("июне", 6),
    ("июле", 7),
    ("августе", 8),
    ("сентябре", 9),
    ("октябре", 10),
    ("ноябре", 11),
    ("декабре", 12),
];

/// English month names must be capitalised ("may" is a verb); other
/// languages are matched without case. `lower` is `w` in lower case.
fn month(w: &str, lower: &str) -> Option<i64> {
    // The lists as maps (first entry wins), built once.
    static MAPS: std::sync::OnceLock<NameMaps> = std::sync::OnceLock::new();
    let (en, other) = MAPS.get_or_init(|| {
        let map = |list: &[(&'static str, i64)]| {
            let mut m = FxMap::default();
            for &(n, v) in list {
                m.entry(n).or_insert(v);
            }
            m
        };
        (map(MONTHS_EN), map(MONTHS_OTHER))
    });
    if let Some(&m) = en.get(w) {
        return Some(m);
    }
    other.get(lower).copied()
}

/// Whether `w` names a month in English, in any case (the caller checks
/// the capital: "may" is a verb).
pub(crate) fn english_month(w: &str) -> bool {
    MONTHS_EN.iter().any(|(m, _)| m.eq_ignore_ascii_case(w))
}

/// English weekday names (case-sensitive), Monday first.
const WEEKDAYS_EN: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// German weekday names (lower case), Monday first.
const WEEKDAYS_DE: &[&str] = &[
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];
/// French weekday names (lower case), Monday first.
const WEEKDAYS_FR: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
/// Spanish weekday names (lower case), Monday first.
const WEEKDAYS_ES: &[&str] = &[
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];

/// Italian weekday names (lower case), Monday first.
const WEEKDAYS_IT: &[&str] = &[
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "domenica",
];
/// Portuguese weekday names (lower case), Monday first.
/// (The first five take "-feira", split off by the tokenizer: see
/// `Ctx::weekday_at`; as single words they mean "second", "fifth" ….)
const WEEKDAYS_PT: &[&str] = &[
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
    "domingo",
];
/// Russian weekday names after "в"/"во" (accusative), Monday first.
const WEEKDAYS_RU: &[&str] = &[
    "понедельник",
    "вторник",
    "среду",
    "четверг",
    "пятницу",
    "субботу",
    "воскресенье",
];
/// Weekday lists of the other languages (lower case, Monday first).
const OTHER_WEEKDAYS: &[&[&str]] = &[
    WEEKDAYS_DE,
    WEEKDAYS_FR,
    WEEKDAYS_ES,
    WEEKDAYS_IT,
    WEEKDAYS_PT,
    WEEKDAYS_RU,
];
/// Weekday lists whose lower-case names stand alone ("a affirmé mardi",
/// "ha detto lunedì", "anunciou quarta-feira").
const BARE_WEEKDAYS: &[&[&str]] = &[WEEKDAYS_FR, WEEKDAYS_IT, WEEKDAYS_PT];

/// Whether a lower-case word is a weekday name in any of our languages.
pub(crate) fn any_weekday(lower: &str) -> bool {
    english_weekday(lower) || weekday_maps().1.contains_key(lower)
}

/// Whether a word in any case is an English weekday name.
pub(crate) fn english_weekday(w: &str) -> bool {
    WEEKDAYS_EN.iter().any(|d| d.eq_ignore_ascii_case(w))
}

/// The weekday lists as maps (first entry wins), built once: English
/// (case-sensitive) and the other languages (lower case).
fn weekday_maps() -> &'static NameMaps {
    static MAPS: std::sync::OnceLock<NameMaps> = std::sync::OnceLock::new();
    MAPS.get_or_init(|| {
        let mut en = FxMap::default();
        for (i, &n) in WEEKDAYS_EN.iter().enumerate() {
            en.entry(n).or_insert(i as i64);
        }
        let mut other = FxMap::default();
        for list in OTHER_WEEKDAYS {
            for (i, &n) in list.iter().enumerate() {
                other.entry(n).or_insert(i as i64);
            }
        }
        other.entry(SONNABEND).or_insert(5);
        (en, other)
    })
}

/// Weekday index (Monday = 0); `lower` is `w` in lower case.
fn weekday(w: &str, lower: &str) -> Option<i64> {
    let (en, other) = weekday_maps();
    if let Some(&i) = en.get(w) {
        return Some(i);
    }
    other.get(lower).copied()
}

/// Saturday in northern German.
const SONNABEND: &str = "sonnabend";

/// Prepositions kept with a weekday.
const WEEKDAY_PREPS: &[&str] = &[
    "on", "am", "le", "el", "this", "diesen", "ce", "nesta", "neste", "na", "no", "в", "во",
    "este", "questo",
];
/// Words that say "the one before".
const LAST_WORDS: &[&str] = &[
    "last",
    "past",
    "previous",
    "letzten",
    "letzte",
    "letztes",
    "vergangenen",
    "vergangene",
    "vergangenes",
    "dernier",
    "dernière",
    "pasado",
    "pasada",
    "scorso",
    "scorsa",
    "passado",
    "passada",
    "прошлом",
    "прошлой",
    "прошлую",
];
/// Words that say "the one after".
const NEXT_WORDS: &[&str] = &[
    "next",
    "coming",
    "nächsten",
    "nächste",
    "nächstes",
    "kommenden",
    "kommende",
    "kommendes",
    "prochain",
    "prochaine",
    "próximo",
    "próxima",
    "prossimo",
    "prossima",
    "следующем",
    "следующей",
    "следующую",
    "будущем",
];
/// Prepositions kept with a bare month or a year.
const PERIOD_PREPS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "during",
    "before",
    "after",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
    "im",
    "seit",
    "bis",
    "ab",
    "vor",
    "nach",
    "en",
    "depuis",
    "dès",
    "jusqu'en",
    "desde",
    "hasta",
    "durante",
    "nel",
    "dal",
    "dall'",
    "entro",
    "em",
    "até",
    "с",
    "до",
    "в",
];

/// Words that point to the future.
const FUTURE_CUES: &[&str] = &[
    "will",
    "would",
    "shall",
    "due",
    "scheduled",
    "expected",
    "planned",
    "plans",
    "plan",
    "upcoming",
    "going",
    "intends",
    "wird",
    "werden",
    "werde",
    "soll",
    "sollen",
    "geplant",
    "va",
    "vont",
    "sera",
    "seront",
    "aura",
    "auront",
    "prévu",
    "prévue",
    "prévus",
    "prévues",
    "doit",
    "doivent",
    "previsto",
    "prevista",
    "previstos",
    "previstas",
    "programado",
    "programada",
    "deve",
    "devono",
    "debe",
    "deben",
    "será",
    "serán",
    "habrá",
    "sarà",
    "saranno",
    "vai",
    "vão",
    "irá",
    "irão",
    "próximo",
    "próxima",
    "tomorrow",
    "next",
    "won't",
    "set",
];
/// Irregular past forms and other words that point to the past.
const PAST_CUES: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "took",
    "began",
    "met",
    "held",
    "came",
    "went",
    "made",
    "gave",
    "saw",
    "spoke",
    "left",
    "won",
    "lost",
    "fell",
    "rose",
    "hit",
    "flew",
    "got",
    "sent",
    "kept",
    "led",
    "paid",
    "sold",
    "bought",
    "brought",
    "thought",
    "found",
    "became",
    "ran",
    "wrote",
    "stood",
    "struck",
    "shot",
    "killed",
    "ago",
    "yesterday",
    "earlier",
    "previously",
    "last",
    "war",
    "waren",
    "hatte",
    "hatten",
    "sagte",
    "sagten",
    "wurde",
    "wurden",
    "erklärte",
    "était",
    "étaient",
    "avait",
    "fut",
    "ont",
    "dijo",
    "fue",
    "fueron",
    "anunció",
    "hat",
    "haben",
    "has",
    "have",
    "since",
    "seit",
    "depuis",
    "desde",
];
/// Words in -ed that are no past tense.
const NOT_PAST: &[&str] = &[
    "need",
    "indeed",
    "speed",
    "hundred",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "based",
    "united",
    "interested",
    "concerned",
    "armed",
    "advanced",
    "limited",
    "detailed",
    "related",
    "alleged",
    "supposed",
    "bed",
    "red",
    "seed",
    "feed",
    "breed",
    "proceed",
    "exceed",
    "succeed",
    "embed",
    "shed",
    "wed",
    "bred",
    "sacred",
    "naked",
    "wicked",
];
/// Most tokens between a tense cue and the date it decides.
const MAX_TENSE_DISTANCE: usize = 25;

/// French auxiliaries of the passé composé and plus-que-parfait.
const FRENCH_AUXILIARIES: &[&str] = &[
    "a", "ont", "avait", "avaient", "est", "sont", "était", "étaient",
];

/// Whether a word (given in lower case) points to the past; `before` is the
/// word before it, in lower case.
fn is_past_form(lower: &str, before: &str) -> bool {
    const MIN_PRETERITE_LEN: usize = 4;
    is_past_word(lower)
        // French participles after an auxiliary: "a affirmé", "ont annoncé".
        || ((lower.ends_with('é') || lower.ends_with("ée")) && set!(FRENCH_AUXILIARIES).contains(before))
        // Spanish and Portuguese preterites: "afirmó", "anunciaron",
        // "anunciou", "disseram".
        || (lower.chars().count() >= MIN_PRETERITE_LEN
            && ["ó", "aron", "ieron", "eron", "ou", "aram", "iram"]
                .iter()
                .any(|e| lower.ends_with(e)))
        // Italian participles after an auxiliary: "ha detto", "è stato".
        || (matches!(before, "ha" | "hanno" | "è" | "sono" | "aveva" | "avevano")
            && ["ato", "ata", "uto", "ito", "etto", "esso", "osto"]
                .iter()
                .any(|e| lower.ends_with(e)))
}

/// Whether a word (given in lower case) points to the past.
fn is_past_word(lower: &str) -> bool {
    if set!(PAST_CUES).contains(lower) {
        return true;
    }
    const MIN_ED_LEN: usize = 5;
    lower.len() >= MIN_ED_LEN && lower.ends_with("ed") && !set!(NOT_PAST).contains(lower)
}

/// Whether a word (given in lower case) points to the future.
fn is_future_word(lower: &str) -> bool {
    const MIN_INFLECTED_LEN: usize = 6;
    set!(FUTURE_CUES).contains(lower)
        || lower.ends_with("'ll")
        || lower.ends_with("’ll")
        // French and Spanish future forms: "retrouveront", "votará", "serán".
        || (lower.chars().count() >= MIN_INFLECTED_LEN
            && ["ront", "rons", "rá", "rán", "réis", "rait", "raient", "ría", "rían", "rà", "ranno", "rão"]
                .iter()
                .any(|e| lower.ends_with(e)))
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Lower-case text of every word token ("" for others).
    low: &'a [Cow<'a, str>],
    /// Sentence index of every token.
    sent: Vec<usize>,
    pub_day: Option<Day>,
}

impl Ctx<'_> {
    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == TokKind::Word => t.text(self.text),
            _ => "",
        }
    }

    fn lower(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |w| w.as_ref())
    }

    /// The month named by token `i`.
    fn month(&self, i: usize) -> Option<i64> {
        month(self.word(i), self.lower(i))
    }

    /// The weekday named by token `i`.
    fn weekday(&self, i: usize) -> Option<i64> {
        weekday(self.word(i), self.lower(i))
    }

    /// The weekday named at token `i` and the token after it: one word, or
    /// the Portuguese "quarta-feira" split at its hyphen.
    fn weekday_at(&self, i: usize) -> Option<(i64, usize)> {
        if let Some(w) = self.weekday(i) {
            return Some((w, i + 1));
        }
        let w = ["segunda", "terça", "quarta", "quinta", "sexta"]
            .iter()
            .position(|d| *d == self.lower(i))?;
        (self.punct(i + 1, '-') && self.lower(i + 2) == "feira").then_some((w as i64, i + 3))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokKind::Punct && t.first(self.text) == c)
    }

    /// A plain integer token (no separators) with at most `digits` digits.
    fn int(&self, i: usize, digits: usize) -> Option<i64> {
        let t = self.toks.get(i)?;
        let s = t.text(self.text);
        if t.kind != TokKind::Num || s.len() > digits || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    }

    fn year(&self, i: usize) -> Option<i64> {
        const YEAR_DIGITS: usize = 4;
        let y = self.int(i, YEAR_DIGITS)?;
        let s = self.toks.get(i)?.text(self.text);
        (s.len() == YEAR_DIGITS && (MIN_YEAR..=MAX_YEAR).contains(&y)).then_some(y)
    }

    fn day_num(&self, i: usize) -> Option<i64> {
        self.int(i, 2).filter(|d| (1..=31).contains(d))
    }

    /// The direction the tense of the clause around tokens `a..b` points,
    /// back when nothing says.
    fn tense(&self, a: usize, b: usize) -> Dir {
        self.tense_cue(a, b).unwrap_or(Dir::Back)
    }

    /// The direction a tense cue near tokens `a..b` points, if any.
    fn tense_cue(&self, a: usize, b: usize) -> Option<Dir> {
        let s = self.sent.get(a).copied();
        let mut best: Option<(usize, Dir)> = None;
        let mut consider = |j: usize, dist: usize| {
            if self.sent.get(j).copied() != s || dist > MAX_TENSE_DISTANCE {
                return;
            }
            if self.word(j).is_empty() {
                return;
            }
            let w = self.lower(j);
            let dir = if is_future_word(w) {
                Dir::Forward
            } else if is_past_form(w, j.checked_sub(1).map_or("", |k| self.lower(k))) {
                Dir::Back
            } else {
                return;
            };
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, dir));
            }
        };
        for (dist, j) in (a.saturating_sub(MAX_TENSE_DISTANCE)..a).rev().enumerate() {
            consider(j, dist + 1);
        }
        for (dist, j) in (b..(b + MAX_TENSE_DISTANCE).min(self.toks.len())).enumerate() {
            consider(j, dist + 1);
        }
        best.map(|(_, d)| d)
    }

    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        let s = self.toks.get(a).map_or(0, |t| t.start);
        let e = self.toks.get(b.saturating_sub(1)).map_or(s, |t| t.end);
        (s, e)
    }
}

/// Finds and resolves date expressions against `published` (ISO 8601).
pub fn find(text: &str, published: Option<&str>) -> Vec<Found> {
    let toks = segment::tokens(text);
    let sentences = segment::sentences(text);
    let low_text = text.to_ascii_lowercase();
    let low = lower_words(text, &low_text, &toks);
    find_in(text, published, &sentences, &toks, &low)
}

/// [`find`] on the sentences and tokens of `text` and the tokens' lower-case
/// forms (see [`lower_words`]), shared with the other passes.
pub(crate) fn find_in(
    text: &str,
    published: Option<&str>,
    sentences: &[Sentence],
    toks: &[Token],
    low: &[Cow<'_, str>],
) -> Vec<Found> {
    let mut sent = Vec::with_capacity(toks.len());
    let mut si = 0;
    for t in toks {
        while si + 1 < sentences.len() && sentences[si].end <= t.start {
            si += 1;
        }
        sent.push(si);
    }
    let cx = Ctx {
        text,
        toks,
        low,
        sent,
        pub_day: published.and_then(Day::parse_iso),
    };
    let mut out = Vec::new();
    let mut i = 0;
    let triggers = triggers();
    let starts = start_words();
    while i < cx.toks.len() {
        let could = cx.toks[i].kind == TokKind::Num
            || (starts.contains(cx.lower(i))
                && (triggers.contains(cx.lower(i))
                    || cx.month(i).is_some()
                    || cx.weekday(i).is_some()));
        if !could {
            i += 1;
            continue;
        }
        if let Some((next, value, first)) = match_at(&cx, i) {
            let (start, end) = cx.span(first, next);
            out.push(Found { start, end, value });
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// Lower-case text of every word token ("" for the others); borrowed from
/// `low`, the text with ASCII letters lower-cased, when the word is ASCII.
pub(crate) fn lower_words<'a>(text: &'a str, low: &'a str, toks: &[Token]) -> Vec<Cow<'a, str>> {
    toks.iter()
        .map(|t| {
            if t.kind == TokKind::Word {
                segment::lower_in(text, low, t.start, t.end)
            } else {
                Cow::Borrowed("")
            }
        })
        .collect()
}

/// Every lower-case word at which a date pattern can start: the triggers,
/// month and weekday names (a cheap first test, one lookup per token).
fn start_words() -> &'static crate::fasthash::WordSet {
    static SET: std::sync::OnceLock<crate::fasthash::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut s: crate::fasthash::WordSet = triggers().iter().map(|w| w.to_string()).collect();
        for (n, _) in MONTHS_EN.iter().chain(MONTHS_OTHER) {
            s.insert(n.to_lowercase());
        }
        for list in std::iter::once(&WEEKDAYS_EN).chain(OTHER_WEEKDAYS) {
            s.extend(list.iter().map(|n| n.to_lowercase()));
        }
        s.insert(SONNABEND.to_string());
        s
    })
}

/// Words at which a date pattern can start (besides numbers, months and weekdays).
fn triggers() -> &'static crate::fasthash::WordSet {
    static SET: std::sync::OnceLock<crate::fasthash::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let mut s = crate::fasthash::WordSet::default();
        for list in [WEEKDAY_PREPS, LAST_WORDS, NEXT_WORDS, PERIOD_PREPS] {
            s.extend(list.iter().copied());
        }
        s.extend([
            "today",
            "tonight",
            "heute",
            "aujourd'hui",
            "aujourd’hui",
            "hoy",
            "yesterday",
            "gestern",
            "ayer",
            "hier",
            "tomorrow",
            "demain",
            "vorgestern",
            "avant-hier",
            "anteayer",
            "übermorgen",
            "morgen",
            "mañana",
            "this",
            "earlier",
            "later",
            "im",
            "in",
            "el",
            "la",
            "le",
            "l'",
            "am",
            "vor",
            "hace",
            "il",
            "a",
            "an",
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "diese",
            "dieses",
            "diesen",
            "cette",
            "ce",
            "este",
            "esta",
            "l'année",
            "l'an",
            "oggi",
            "hoje",
            "ieri",
            "ontem",
            "domani",
            "amanhã",
            "quest'anno",
            "quest’anno",
            "сегодня",
            "вчера",
            "завтра",
            "в",
            "на",
            "questo",
            "questa",
        ]);
        s
    })
}

/// Tries every pattern at token `i`: (next token, value, first token of the text).
fn match_at(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    numeric(cx, i)
        .or_else(|| day_month(cx, i))
        .or_else(|| month_day(cx, i))
        .or_else(|| bare_month(cx, i))
        .or_else(|| weekday_expr(cx, i))
        .or_else(|| relative(cx, i))
        .or_else(|| prep_year(cx, i))
}

/// `2016-05-17`, `17.05.2016`.
fn numeric(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let t = cx.toks.get(i)?;
    if t.kind != TokKind::Num || (i > 0 && cx.toks[i - 1].joined && t.joined) {
        return None;
    }
    let s = t.text(cx.text);
    let parts: Vec<&str> = s.split('.').collect();
    if let [d, m, y] = parts.as_slice()
        && y.len() == 4
        && d.len() <= 2
        && m.len() <= 2
    {
        let day = Day {
            y: y.parse().ok()?,
            m: m.parse().ok()?,
            d: d.parse().ok()?,
        };
        return day.valid().then(|| (i + 1, day.iso(), i));
    }
    let y = cx.year(i)?;
    if cx.punct(i + 1, '-') && cx.punct(i + 3, '-') && cx.toks.get(i + 4)?.joined {
        let m = cx.int(i + 2, 2)?;
        let d = cx.int(i + 4, 2)?;
        let day = Day { y, m, d };
        return day.valid().then(|| (i + 5, day.iso(), i));
    }
    None
}

/// A year (if any) after a day or month at token `j`, skipping a comma or "de".
fn year_after(cx: &Ctx, j: usize) -> Option<(i64, usize)> {
    let mut k = j;
    if cx.punct(k, ',') || cx.lower(k) == "de" {
        k += 1;
    }
    cx.year(k).map(|y| (y, k + 1))
}

/// Skips an ordinal suffix ("17th", "1er", "1st") or a German day dot at token `j`.
fn after_day(cx: &Ctx, j: usize) -> usize {
    let w = cx.lower(j);
    if cx.toks.get(j).is_some_and(|t| t.joined)
        && matches!(w, "st" | "nd" | "rd" | "th" | "er" | "º" | "o")
    {
        return j + 1;
    }
    if cx.punct(j, '.') && cx.toks.get(j).is_some_and(|t| t.joined) {
        return j + 1;
    }
    j
}

/// `17 May 2016`, `17. Mai`, `17 de mayo de 2016`.
fn day_month(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let d = cx.day_num(i)?;
    let mut j = after_day(cx, i + 1);
    if cx.lower(j) == "de" || cx.lower(j) == "of" {
        j += 1;
    }
    let m = cx.month(j)?;
    let mut next = j + 1;
    // "17 Jan. 2016": an abbreviation's dot; "le 30 juin." ends the sentence.
    if cx.punct(next, '.')
        && cx.toks.get(next).is_some_and(|t| t.joined)
        && cx.word(j).len() <= 4
        && year_after(cx, next + 1).is_some()
    {
        next += 1;
    }
    finish_day(cx, i, next, m, d)
}

/// `May 17`, `September 30, 2015`, `Jan. 5`, `May 2016`.
fn month_day(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let m = cx.month(i)?;
    let mut j = i + 1;
    if cx.punct(j, '.') && cx.toks.get(j).is_some_and(|t| t.joined) {
        j += 1;
    }
    if let Some(y) = cx.year(j) {
        return Some((j + 1, month_value(y, m), i));
    }
    let d = cx.day_num(j)?;
    // "May 17:30" is a time, "May 17-18" a range: take the first day only.
    if cx.punct(j + 1, ':') {
        return None;
    }
    // An ordinal suffix belongs to the day; a dot after it is the full stop.
    let next = if cx.punct(j + 1, '.') {
        j + 1
    } else {
        after_day(cx, j + 1)
    };
    finish_day(cx, i, next, m, d)
}

/// Completes a day-month match at token `next` with an optional year.
fn finish_day(
    cx: &Ctx,
    first: usize,
    next: usize,
    m: i64,
    d: i64,
) -> Option<(usize, String, usize)> {
    if let Some((y, after)) = year_after(cx, next) {
        let day = Day { y, m, d };
        return day.valid().then(|| (after, day.iso(), first));
    }
    let p = cx.pub_day?;
    // No tense: the nearer side of the publication date ("1a etapa: 10 de
    // março" in a January article is this March).
    let dir = cx.tense_cue(first, next);
    let candidates = [p.y - 1, p.y, p.y + 1].map(|y| Day { y, m, d });
    let fits = |c: &Day| {
        c.valid()
            && match dir {
                Some(Dir::Back) => c.days() <= p.days(),
                Some(Dir::Forward) => c.days() >= p.days(),
                None => true,
            }
    };
    let pick = candidates
        .iter()
        .filter(|c| fits(c))
        .min_by_key(|c| (c.days() - p.days()).abs())
        .or_else(|| candidates.get(1).filter(|c| c.valid()))?;
    Some((next, pick.iso(), first))
}

/// `in February`, `since March`, `last May`, `mid-May`, `im Februar`.
fn bare_month(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let p = cx.pub_day?;
    let prep = cx.lower(i);
    let mut j = i + 1;
    if prep == "mid" && cx.punct(j, '-') {
        j += 1;
    }
    let explicit = if set!(LAST_WORDS).contains(prep) {
        Some(Dir::Back)
    } else if set!(NEXT_WORDS).contains(prep) {
        Some(Dir::Forward)
    } else if set!(PERIOD_PREPS).contains(prep) || prep == "this" {
        None
    } else {
        return None;
    };
    let m = cx.month(j)?;
    // "in May 2016" / "in May 17" are calendar dates: let them match alone.
    if cx.year(j + 1).is_some() || cx.day_num(j + 1).is_some() {
        return None;
    }
    let dir = match explicit {
        Some(d) => d,
        None if prep == "this" => {
            return Some((j + 1, month_value(p.y, m), i));
        }
        // No tense to go by ("as obras começam em maio"): the nearer of
        // the two, back on a tie.
        None => cx.tense_cue(i, j + 1).unwrap_or({
            let ahead = (m - p.m).rem_euclid(12);
            if ahead > 0 && ahead < 6 {
                Dir::Forward
            } else {
                Dir::Back
            }
        }),
    };
    let y = match dir {
        Dir::Back if m < p.m || (m == p.m && explicit.is_none()) => p.y,
        Dir::Back => p.y - 1,
        Dir::Forward if m > p.m || (m == p.m && explicit.is_none()) => p.y,
        Dir::Forward => p.y + 1,
    };
    Some((j + 1, month_value(y, m), i))
}

/// Capitalised words that make a weekday the name of a holiday or event.
const HOLIDAY_MODIFIERS: &[&str] = &[
    "Black", "Cyber", "Good", "Super", "Ash", "Easter", "Palm", "Holy", "Maundy", "Bloody",
    "Giving", "Shrove", "Fat", "Business", "Travel", "Cosmic",
];

/// `on Tuesday`, `last Friday`, `next Monday`, `Tuesday`, `am Dienstag`.
fn weekday_expr(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let p = cx.pub_day?;
    let first = cx.lower(i);
    // "von Montag bis Samstag", "from Monday to Friday", "Monday through
    // Friday": a weekly schedule, no date.
    let range_word = |w: &str| {
        matches!(
            w,
            "bis" | "to" | "through" | "thru" | "à" | "au" | "a" | "al"
        )
    };
    let range_start = |j: usize| {
        (j > 0 && matches!(cx.lower(j - 1), "von" | "from" | "de" | "du" | "del"))
            || (range_word(cx.lower(j + 1)) && cx.weekday_at(j + 2).is_some())
    };
    if cx.weekday_at(i).is_some()
        && (range_start(i)
            || (i > 1 && range_word(cx.lower(i - 1)) && cx.weekday_at(i - 2).is_some()))
    {
        return None;
    }
    // "Black Friday", "Super Tuesday", "Good Friday": a named day.
    if i > 0
        && (set!(HOLIDAY_MODIFIERS).contains(cx.word(i - 1))
            || matches!(cx.lower(i - 1), "black" | "cyber"))
    {
        return None;
    }
    let (w, j, explicit) = if let Some((w, k)) = cx.weekday_at(i) {
        // Lower-case weekdays stand alone in French, Italian and Portuguese
        // ("a affirmé mardi", "ha detto lunedì"); Spanish ones need their
        // article.
        if !cx.word(i).starts_with(char::is_uppercase)
            && !BARE_WEEKDAYS.iter().any(|l| l.contains(&first))
            && k == i + 1
        {
            return None;
        }
        // "lundi prochain", "jeudi dernier", "el martes pasado".
        let after = cx.lower(k);
        if set!(NEXT_WORDS).contains(after) {
            (w, k + 1, Some(Dir::Forward))
        } else if set!(LAST_WORDS).contains(after) {
            (w, k + 1, Some(Dir::Back))
        } else {
            (w, k, None)
        }
    } else {
        let (w, k) = cx.weekday_at(i + 1)?;
        let explicit = if set!(LAST_WORDS).contains(first) {
            Some(Dir::Back)
        } else if set!(NEXT_WORDS).contains(first) {
            Some(Dir::Forward)
        } else if set!(WEEKDAY_PREPS).contains(first) {
            None
        } else {
            return None;
        };
        let after = cx.lower(k);
        if explicit.is_none() && set!(NEXT_WORDS).contains(after) {
            (w, k + 1, Some(Dir::Forward))
        } else if explicit.is_none() && set!(LAST_WORDS).contains(after) {
            (w, k + 1, Some(Dir::Back))
        } else {
            (w, k, explicit)
        }
    };
    let today = p.weekday();
    let back = (today - w).rem_euclid(7);
    let fwd = (w - today).rem_euclid(7);
    let delta = match explicit {
        Some(Dir::Back) => -(if back == 0 { 7 } else { back }),
        Some(Dir::Forward) => {
            if fwd == 0 {
                7
            } else {
                fwd
            }
        }
        None if back == 0 => 0,
        None => match cx.tense(i, j) {
            Dir::Back => -back,
            Dir::Forward => fwd,
        },
    };
    Some((j, p.plus(delta).iso(), i))
}

/// Unit of a relative expression.
#[derive(Clone, Copy)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit(w: &str) -> Option<Unit> {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    Some(match w {
        "day" | "days" | "tag" | "tage" | "tagen" | "jour" | "jours" | "día" | "días" => {
            Unit::Day
        }
        "week" | "weeks" | "woche" | "wochen" | "semaine" | "semaines" | "semana" | "semanas"
        | "settimana" | "settimane" => Unit::Week,
        "month" | "months" | "monat" | "monate" | "monaten" | "mois" | "mes" | "meses" | "mese"
        | "mesi" | "mês" => Unit::Month,
        "year" | "years" | "jahr" | "jahre" | "jahren" | "jahres" | "an" | "ans" | "année"
        | "années" | "l'année" | "l'an" | "año" | "años" | "anno" | "anni" | "ano" | "anos"
        | "l'anno" | "году" | "год" => Unit::Year,
        "месяце" | "месяц" => Unit::Month,
        "неделе" | "неделю" => Unit::Week,
        _ => return None,
    })
}

/// Whether a unit word is plural ("days", "Wochen", "años").
fn plural_unit(w: &str) -> bool {
    matches!(
        w,
        "days"
            | "tage"
            | "tagen"
            | "jours"
            | "días"
            | "weeks"
            | "wochen"
            | "semaines"
            | "semanas"
            | "settimane"
            | "months"
            | "monate"
            | "monaten"
            | "meses"
            | "mesi"
            | "years"
            | "jahre"
            | "jahren"
            | "ans"
            | "années"
            | "años"
            | "anni"
            | "anos"
    )
}

fn shifted(p: Day, u: Unit, n: i64) -> String {
    match u {
        Unit::Day => p.plus(n).iso(),
        Unit::Week => p.plus(7 * n).iso_week(),
        Unit::Month => {
            let k = p.y * 12 + (p.m - 1) + n;
            month_value(k.div_euclid(12), k.rem_euclid(12) + 1)
        }
        Unit::Year => format!("{:04}", p.y + n),
    }
}

fn small_number(w: &str) -> Option<i64> {
    const WORDS: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve",
    ];
    if matches!(w, "a" | "an") {
        return Some(1);
    }
    WORDS.iter().position(|x| *x == w).map(|n| n as i64)
}

/// `today`, `yesterday`, `last year`, `two days ago`, `l'année dernière` …
fn relative(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let p = cx.pub_day?;
    let w = cx.lower(i);
    let day = |n: i64| Some((i + 1, p.plus(n).iso(), i));
    match w {
        "today" | "tonight" | "heute" | "aujourd'hui" | "aujourd’hui" | "hoy" | "oggi" | "hoje" =>
        {
            return day(0);
        }
        "yesterday" | "gestern" | "ayer" | "ieri" | "ontem" | "вчера" => return day(-1),
        "domani" | "amanhã" | "завтра" => return day(1),
        "сегодня" => return day(0),
        // French "hier" (German "hier" is "here"): only next to a French past or time word.
        "hier"
            if matches!(
                cx.lower(i + 1),
                "soir" | "matin" | "après-midi" | "à" | "au" | "aux" | "lors"
            ) || matches!(
                cx.lower(i.wrapping_sub(1)),
                "a" | "ont" | "est" | "sont" | "depuis"
            ) || ["é", "u", "i", "is", "it"]
                .iter()
                .any(|e| cx.lower(i.wrapping_sub(1)).ends_with(e)) =>
        {
            return day(-1);
        }
        "tomorrow" | "demain" => return day(1),
        "vorgestern" | "avant-hier" | "anteayer" => return day(-2),
        "übermorgen" => return day(2),
        // "morgen"/"mañana" are also "morning": only lower case, not after an article.
        "morgen" | "mañana"
            if cx.word(i).starts_with(char::is_lowercase)
                && !matches!(
                    cx.lower(i.wrapping_sub(1)),
                    "la" | "de" | "por" | "am" | "guten"
                ) =>
        {
            return day(1);
        }
        _ => {}
    }
    // "last night", "this morning".
    if (w == "last" && cx.lower(i + 1) == "night")
        || (w == "this" && matches!(cx.lower(i + 1), "morning" | "afternoon" | "evening"))
    {
        let n = if w == "last" { -1 } else { 0 };
        return Some((i + 2, p.plus(n).iso(), i));
    }
    // Italian "quest'anno", "questo mese": this year, this month.
    if matches!(w, "quest'anno" | "quest’anno") {
        return Some((i + 1, shifted(p, Unit::Year, 0), i));
    }
    // "earlier this year", "later this month".
    if matches!(w, "earlier" | "later") && cx.lower(i + 1) == "this" {
        let u = unit(cx.lower(i + 2))?;
        return Some((i + 3, shifted(p, u, 0), i));
    }
    // "last/this/next week|month|year" (+ German, French, Spanish forms).
    let mut j = i;
    if matches!(
        w,
        "im" | "in" | "el" | "la" | "le" | "l'" | "am" | "в" | "на"
    ) {
        j += 1;
    }
    let w1 = cx.lower(j);
    let n = if set!(LAST_WORDS).contains(w1) {
        Some(-1)
    } else if set!(NEXT_WORDS).contains(w1) {
        Some(1)
    } else if matches!(
        w1,
        "this"
            | "diese"
            | "dieses"
            | "diesen"
            | "cette"
            | "ce"
            | "este"
            | "esta"
            | "questo"
            | "questa"
            | "neste"
            | "nesta"
            | "этом"
            | "этой"
            | "эту"
    ) {
        Some(0)
    } else {
        None
    };
    // "in the coming days", "in den nächsten Tagen": a plural is no date.
    if let Some(n) = n
        && let Some(u) = unit(cx.lower(j + 1))
        && !plural_unit(cx.lower(j + 1))
        && (j == i || !matches!(u, Unit::Day))
    {
        return Some((j + 2, shifted(p, u, n), i));
    }
    // Unit first: "l'année dernière", "el año pasado", "la semana próxima".
    if let Some(u) = unit(cx.lower(j))
        && !matches!(u, Unit::Day)
        && (j > i || w.starts_with("l'"))
    {
        let w2 = cx.lower(j + 1);
        let n = if set!(LAST_WORDS).contains(w2) {
            Some(-1)
        } else if set!(NEXT_WORDS).contains(w2) || w2 == "que" && cx.lower(j + 2) == "viene" {
            Some(1)
        } else {
            None
        };
        if let Some(n) = n {
            let end = if w2 == "que" { j + 3 } else { j + 2 };
            return Some((end, shifted(p, u, n), i));
        }
    }
    // "N days ago", "vor N Jahren", "il y a N jours", "hace N años".
    let count = |k: usize| -> Option<i64> {
        cx.int(k, 4)
            .or_else(|| small_number(cx.lower(k)))
            .filter(|n| (1..=MAX_AGO).contains(n))
    };
    if let Some(n) = count(i)
        && let Some(u) = unit(cx.lower(i + 1))
        && cx.lower(i + 2) == "ago"
    {
        return Some((i + 3, shifted(p, u, -n), i));
    }
    if matches!(w, "vor" | "hace")
        && let Some(n) = count(i + 1)
        && let Some(u) = unit(cx.lower(i + 2))
    {
        return Some((i + 3, shifted(p, u, -n), i));
    }
    if w == "il"
        && cx.lower(i + 1) == "y"
        && cx.lower(i + 2) == "a"
        && let Some(n) = count(i + 3)
        && let Some(u) = unit(cx.lower(i + 4))
    {
        return Some((i + 5, shifted(p, u, -n), i));
    }
    None
}

/// `since 2011`, `in 2011`, `by 2030`, `seit 2011`.
fn prep_year(cx: &Ctx, i: usize) -> Option<(usize, String, usize)> {
    let prep = cx.lower(i);
    if !set!(PERIOD_PREPS).contains(prep) {
        return None;
    }
    let mut j = i + 1;
    // "im Jahr 2011", "en el año 2011", "in the year 2011".
    for filler in [
        "the", "el", "jahr", "jahre", "year", "año", "l'an", "l'année",
    ] {
        if cx.lower(j) == filler {
            j += 1;
        }
    }
    let y = cx.year(j)?;
    // "in 2011-12" and "in 2000 cases" are not this pattern.
    if cx.punct(j + 1, '-') || cx.toks.get(j + 1).is_some_and(|t| t.kind == TokKind::Num) {
        return None;
    }
    Some((j + 1, format!("{y:04}"), i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar() {
        let d = Day {
            y: 2016,
            m: 5,
            d: 10,
        };
        assert_eq!(d.weekday(), 1); // Tuesday
        assert_eq!(Day::from_days(d.days()), d);
        assert_eq!(d.iso_week(), "2016-W19");
        assert_eq!(
            Day {
                y: 2021,
                m: 1,
                d: 3
            }
            .iso_week(),
            "2020-W53"
        );
        assert_eq!(
            Day {
                y: 2000,
                m: 2,
                d: 29
            }
            .plus(1)
            .iso(),
            "2000-03-01"
        );
    }
}
