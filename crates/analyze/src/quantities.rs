//! Quantities: numbers claimed in the text, with what they count, their unit,
//! qualifier and who claims them.
//!
//! One left-to-right pass over the [`tokens`](crate::segment::tokens). At each token, in order:
//!
//! 1. **Qualifier** ("more than", "over", "at least", "nearly", "almost",
//!    "about", "around", "some", "up to", "an estimated", "fewer than",
//!    "between" … and German, French, Spanish forms), longest first.
//! 2. **Currency** before the number: `$`, `€`, `£`, `¥`, `₽`, `US$`, `USD`.
//! 3. **Number**: digits with separators (`10,000`; `3.5`; `2,5` and
//!    `10.000` read the continental way when the groups say so), or number
//!    words ("three", "twenty-five", "two dozen", "a million", "a third of",
//!    "half of", and after "by": "rise by a third"). A bare "one" or "a" is
//!    no quantity.
//! 4. **Multiplier** ("million", "bn", "3bn", "€2.5m", "Mrd."), **percent**
//!    ("%", "per cent", "percent", "Prozent") or **unit** ("km", "tonnes",
//!    "°C"); currency words after the number ("dollars", "euros").
//! 5. **Range**: "between 300 and 400", "300-400", "300 to 400 people"; a
//!    second number below the first is a score ("3-1") and is skipped.
//! 6. **About**: the counted noun phrase after it, through "of (the)" for
//!    fractions and percentages, up to a stop word, punctuation or a second
//!    plural noun ("oil producing and refining facilities", "sorties").
//!
//! Skipped: years (four digits 1800–2100 with no unit, qualifier or
//! multiplier), dates ("May 17", "17 May", "17.05.2016"), times ("16:21",
//! "9 a.m."), ordinals ("1st", "17th"), phone-like numbers (leading `+`, a
//! leading zero, three or more dash-joined groups), numbers that are part of
//! a name ("COVID-19", "F-16", "G20", "Boeing 747", "Article 5") and counts of
//! time before "ago".
//!
//! **Who claims it**: the speaker of the statement whose content holds the
//! number; else the same sentence: "according to X", "X said", "said X",
//! "he said" (the last person named before), "the president added" (the last
//! person with that title).
//!
//! ```
//! use newsfacts_analyze::{entities, quantities, segment};
//! let text = "The war killed an estimated 400,000 people, according to UN estimates.";
//! let s = segment::sentences(text);
//! let e = entities::find(text, &s);
//! let q = quantities::find(text, &s, &[], &e);
//! assert_eq!(q[0].q.value, 400000.0);
//! assert_eq!(q[0].q.about.as_deref(), Some("people"));
//! assert_eq!(q[0].q.qualifier.as_deref(), Some("an estimated"));
//! assert_eq!(q[0].q.claimed_by.as_deref(), Some("UN"));
//! ```

use crate::CharMap;
use crate::entities::Entities;
use crate::segment::{self, Sentence, TokKind, Token};
use crate::statements;
use newsfacts_model::{EntityType, Quantity};
use std::borrow::Cow;
use std::sync::OnceLock;

/// A quantity with byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The model record, offsets still in bytes.
    pub q: Quantity,
}

impl Found {
    /// The model's quantity, offsets in characters.
    pub fn to_model(&self, _text: &str, map: &CharMap, _ents: &Entities) -> Quantity {
        let mut q = self.q.clone();
        q.start = map.chars(q.start);
        q.end = map.chars(q.end);
        q
    }
}

/// Most words taken for `about`.
const MAX_ABOUT_WORDS: usize = 6;
/// Earliest number read as a year.
const MIN_YEAR: f64 = 1800.0;
/// Latest number read as a year.
const MAX_YEAR: f64 = 2100.0;
/// Most tokens between "according to" and the source's name.
const MAX_ACCORDING_GAP: usize = 6;
/// Most tokens between a speaker's name and the cue verb.
const MAX_CUE_GAP: usize = 3;
/// Most tokens of an apposition between a name and its cue verb.
const MAX_APPOSITION: usize = 8;
/// Digits of a thousands group.
const GROUP_DIGITS: usize = 3;

/// Qualifiers, longest first within each leading word.
const QUALIFIERS: &[&str] = &[
    "more than",
    "fewer than",
    "less than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "as few as",
    "close to",
    "upwards of",
    "just over",
    "just under",
    "well over",
    "well under",
    "an estimated",
    "nearly",
    "almost",
    "about",
    "around",
    "some",
    "over",
    "under",
    "roughly",
    "approximately",
    "approx",
    "estimated",
    "circa",
    "below",
    "above",
    "between",
    "mehr als",
    "weniger als",
    "bis zu",
    "rund",
    "etwa",
    "fast",
    "knapp",
    "über",
    "mindestens",
    "ungefähr",
    "zirka",
    "plus de",
    "moins de",
    "près de",
    "au moins",
    "jusqu'à",
    "environ",
    "presque",
    "quelque",
    "quelques",
    "más de",
    "menos de",
    "alrededor de",
    "cerca de",
    "al menos",
    "hasta",
    "unos",
    "unas",
    "casi",
    "aproximadamente",
    "quasi",
    "circa",
    "oltre",
    "più di",
    "mais de",
    "menos de",
    "cerca de",
    "quase",
    "более",
    "менее",
    "около",
    "почти",
    "свыше",
    "порядка",
    "примерно",
    "более чем",
];

/// Currency symbols and codes before a number.
const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₽", "RUB"),
    ("₹", "INR"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("CHF", "CHF"),
    ("RUB", "RUB"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("Rs", "INR"),
];

/// Letters before "$" that name the dollar ("A$3bn", "R$ 20 bilhões").
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("NZ", "NZD"),
    ("HK", "HKD"),
    ("S", "SGD"),
    ("R", "BRL"),
];

/// Currency words after a number.
const CURRENCY_AFTER: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("Dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("Euro", "EUR"),
    ("€", "EUR"),
    ("$", "USD"),
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("Rubel", "RUB"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("francs", "CHF"),
    ("Franken", "CHF"),
    ("rupees", "INR"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("CHF", "CHF"),
    ("RUB", "RUB"),
    ("pesos", "MXN"),
    ("hryvnias", "UAH"),
    ("lira", "TRY"),
    ("рублей", "RUB"),
    ("рубля", "RUB"),
    ("рубль", "RUB"),
    ("долларов", "USD"),
    ("доллара", "USD"),
    ("евро", "EUR"),
];

/// Currency words after a Romance "de"/"di" ("millones de dólares").
const ROMANCE_CURRENCIES: &[(&str, &str)] = &[
    ("dólares", "USD"),
    ("dollari", "USD"),
    ("livres", "GBP"),
    ("libras", "GBP"),
    ("sterline", "GBP"),
    ("francs", "CHF"),
    ("francos", "CHF"),
];

/// Multiplier words after a number.
const MULTIPLIERS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("trillion", 1e12),
    ("mn", 1e6),
    ("mln", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("tn", 1e12),
    ("k", 1e3),
    ("m", 1e6),
    ("Tausend", 1e3),
    ("Mio", 1e6),
    ("Million", 1e6),
    ("Millionen", 1e6),
    ("Mrd", 1e9),
    ("Milliarde", 1e9),
    ("Milliarden", 1e9),
    ("milliard", 1e9),
    ("milliards", 1e9),
    ("millón", 1e6),
    ("millones", 1e6),
    ("mil", 1e3),
    ("miliardi", 1e9),
    ("miliardo", 1e9),
    ("milioni", 1e6),
    ("milione", 1e6),
    ("bilhões", 1e9),
    ("bilhão", 1e9),
    ("milhões", 1e6),
    ("milhão", 1e6),
    ("млрд", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("млн", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("тыс", 1e3),
    ("тысячи", 1e3),
    ("тысяч", 1e3),
    ("тысяча", 1e3),
    // South Asian: "Rs 2,000 crore", "5 lakh people".
    ("crore", 1e7),
    ("crores", 1e7),
    ("lakh", 1e5),
    ("lakhs", 1e5),
];

/// Units after a number: (as written, normalised).
const UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("Kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("metre", "m"),
    ("meter", "m"),
    ("Meter", "m"),
    ("cm", "cm"),
    ("mm", "mm"),
    ("kg", "kg"),
    ("kilograms", "kg"),
    ("kilos", "kg"),
    ("tonnes", "t"),
    ("tons", "t"),
    ("Tonnen", "t"),
    ("lbs", "lb"),
    ("litres", "l"),
    ("liters", "l"),
    ("Liter", "l"),
    ("mph", "mph"),
    ("kph", "km/h"),
    ("knots", "kn"),
    ("MW", "MW"),
    ("GW", "GW"),
    ("kW", "kW"),
    ("kWh", "kWh"),
    ("MWh", "MWh"),
    ("GWh", "GWh"),
    ("TWh", "TWh"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("acres", "acre"),
    ("degrees", "°"),
    ("°C", "°C"),
    ("°F", "°F"),
    ("Grad", "°"),
    ("ppm", "ppm"),
    ("GB", "GB"),
    ("TB", "TB"),
];

/// Words that end the counted noun phrase.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "during",
    "since",
    "until",
    "per",
    "than",
    "as",
    "but",
    "if",
    "because",
    "while",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "what",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "do",
    "does",
    "did",
    "said",
    "says",
    "say",
    "told",
    "according",
    "including",
    "also",
    "now",
    "last",
    "next",
    "ago",
    "each",
    "every",
    "more",
    "less",
    "fewer",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "there",
    "here",
    "then",
    "so",
    "not",
    "no",
    "only",
    "just",
    "about",
    "around",
    "some",
    "up",
    "down",
    "out",
    "off",
    "against",
    "between",
    "among",
    "through",
    "across",
    "toward",
    "towards",
    "within",
    "without",
    "already",
    "still",
    "yet",
    "again",
    "too",
    "very",
    "respectively",
    "compared",
    "a.m",
    "p.m",
    "am",
    "pm",
    "earlier",
    "later",
    "year-on-year",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "des",
    "ein",
    "eine",
    "und",
    "oder",
    "von",
    "im",
    "mit",
    "für",
    "auf",
    "ist",
    "sind",
    "wurden",
    "le",
    "la",
    "les",
    "de",
    "du",
    "et",
    "ou",
    "en",
    "à",
    "pour",
    "par",
    "sont",
    "ont",
    "el",
    "los",
    "las",
    "del",
    "y",
    "o",
    "por",
    "para",
    "han",
    "fueron",
    "nel",
    "nella",
    "nei",
    "al",
    "alla",
    "dal",
    "con",
    "da",
    "che",
    "e",
    "quest'anno",
    "quest’anno",
    "sono",
    "em",
    "na",
    "com",
    "que",
    "foram",
    "são",
    "на",
    "в",
    "во",
    "с",
    "и",
    "для",
    "по",
    "из",
    "к",
    "от",
    "до",
    "за",
    "что",
    "не",
    // More French, Spanish, Italian and Portuguese prepositions and
    // relatives.
    "dans",
    "sur",
    "sous",
    "avec",
    "sans",
    "entre",
    "depuis",
    "pendant",
    "contre",
    "vers",
    "chez",
    "selon",
    "après",
    "avant",
    "dont",
    "où",
    "hace",
    "desde",
    "hasta",
    "sobre",
    "según",
    "tras",
    "contra",
    "hacia",
    "sin",
    "durante",
    "tra",
    "fra",
    "secondo",
    "contro",
    "dopo",
    "prima",
    "senza",
    "verso",
    "dos",
    "ao",
    "aos",
    "pelo",
    "pela",
    "após",
    "até",
    "sem",
    "segundo",
    // Forms of "be" and "have" in French, Spanish, Italian and Portuguese.
    "sarebbero",
    "sarebbe",
    "è",
    "era",
    "erano",
    "sarà",
    "saranno",
    "ha",
    "hanno",
    "es",
    "está",
    "están",
    "será",
    "serán",
    "sería",
    "serían",
    "fue",
    "est",
    "était",
    "étaient",
    "sera",
    "seront",
    "serait",
    "seraient",
    "é",
    "foi",
    "estão",
    "seria",
    "seriam",
];

/// Plural nouns without an -s.
const IRREGULAR_PLURALS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "staff",
    "personnel",
    "cattle",
    "feet",
    "sheep",
    "fish",
    "deer",
    "aircraft",
    "Menschen",
    "personnes",
    "personas",
];

/// Number words.
const UNITS_WORDS: &[(&str, f64)] = &[
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Fractions: (singular, plural, value).
const FRACTIONS: &[(&str, &str, f64)] = &[
    ("half", "halves", 0.5),
    ("third", "thirds", 1.0 / 3.0),
    ("quarter", "quarters", 0.25),
    ("fifth", "fifths", 0.2),
];

/// Cue verbs of a claim.
const CUES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "stressed",
    "announced",
    "estimated",
    "estimates",
    "reported",
    "reports",
    "claimed",
    "claims",
    "stated",
    "noted",
    "insisted",
    "explained",
    "warned",
    "wrote",
    "tweeted",
    "declared",
    "confirmed",
    "revealed",
    "according",
    "sagte",
    "erklärte",
    "teilte",
    "betonte",
    "déclaré",
    "affirmé",
    "dijo",
    "señaló",
    "afirmó",
];

/// Month names next to which a number is a day.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Januar",
    "Februar",
    "März",
    "Mai",
    "Juni",
    "Juli",
    "Oktober",
    "Dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// Lower-case text of every word token ("" for others).
    low: &'a [Cow<'a, str>],
    ents: &'a Entities,
    /// German text: a counted noun is capitalised ("62 Prozent der
    /// Befragten halten …" counts "Befragten", not "halten").
    german: bool,
    /// Russian text: the counted noun is one word ("3 тысяч школ
    /// нуждаются" counts "школ"); nothing tells its verbs apart.
    russian: bool,
    /// A language that groups thousands with spaces ("250 000", "3 000"):
    /// any known language but English, where "May 5 100 protesters" reads
    /// as two numbers.
    spaced_thousands: bool,
}

impl Cx<'_> {
    fn s(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn lower(&self, i: usize) -> &str {
        self.low.get(i).map_or("", |w| w.as_ref())
    }
    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    fn joined(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.joined)
    }
    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.s(i) == p
    }
}

/// A parsed number: value, first and next token, whether written in digits.
#[derive(Debug, Clone, Copy)]
struct Num {
    value: f64,
    start: usize,
    next: usize,
    digits: bool,
    /// A bare four-digit integer that could be a year.
    yearish: bool,
    fraction: bool,
}

/// Reads a digit token: "10,000", "3.5", "2,5", "10.000".
fn parse_digits(s: &str, multiplier_follows: bool) -> Option<f64> {
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    let groups_ok = |sep: char| s.split(sep).skip(1).all(|g| g.len() == GROUP_DIGITS);
    let clean: String = if commas > 0 && dots <= 1 && groups_ok_before_dot(s, ',') {
        s.replace(',', "")
    } else if commas == 1 && dots == 0 {
        s.replace(',', ".")
    } else if dots >= 2 && groups_ok('.') {
        s.replace('.', "")
    } else if dots == 1 && commas == 0 && groups_ok('.') && !multiplier_follows {
        let int_part = s.split('.').next().unwrap_or("");
        if int_part.len() <= GROUP_DIGITS && !int_part.starts_with('0') {
            s.replace('.', "")
        } else {
            s.to_string()
        }
    } else if dots == 1 && commas >= 1 && groups_ok_before_dot(s, '.') {
        // "1.234,5" continental.
        s.replace('.', "").replace(',', ".")
    } else {
        s.to_string()
    };
    clean.parse().ok()
}

/// Whether the `sep`-separated groups before the decimal part are thousands groups.
fn groups_ok_before_dot(s: &str, sep: char) -> bool {
    let dec = if sep == ',' { '.' } else { ',' };
    let int = s.split(dec).next().unwrap_or("");
    let mut parts = int.split(sep);
    let first = parts.next().unwrap_or("");
    !first.is_empty() && first.len() <= GROUP_DIGITS && parts.all(|g| g.len() == GROUP_DIGITS)
}

/// Whether a multiplier word is English ("2.500 million" has a decimal
/// point; "2.500 millones" a thousands dot).
fn english_multiplier(w: &str) -> bool {
    matches!(
        w,
        "thousand"
            | "million"
            | "millions"
            | "billion"
            | "billions"
            | "trillion"
            | "mn"
            | "mln"
            | "bn"
            | "bln"
            | "tn"
            | "k"
            | "m"
    )
}

fn multiplier(w: &str) -> Option<f64> {
    MULTIPLIERS.iter().find(|(n, _)| *n == w).map(|&(_, m)| m)
}

/// The value of a number word from "one" to "ninety".
pub(crate) fn unit_word(w: &str) -> Option<f64> {
    UNITS_WORDS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

/// Parses number words at `i`: "twenty-five", "three hundred", "two dozen",
/// "a million", "a third", "half".
fn parse_words(cx: &Cx, i: usize) -> Option<Num> {
    let mut j = i;
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut article = false;
    let w0 = cx.lower(i);
    if w0 == "a" || w0 == "an" {
        article = true;
        current = 1.0;
        j += 1;
    }
    loop {
        let w = cx.lower(j);
        if let Some(v) = unit_word(w) {
            if article || (any && current % 100.0 != 0.0) {
                break;
            }
            current += v;
            any = true;
            j += 1;
            // "twenty-five"
            if cx.is_punct(j, "-")
                && cx.joined(j)
                && let Some(v2) = unit_word(cx.lower(j + 1))
                && v < 100.0
                && v % 10.0 == 0.0
                && v2 < 10.0
            {
                current += v2;
                j += 2;
            }
        } else if w == "hundred" && (any || article) {
            current *= 100.0;
            any = true;
            j += 1;
        } else if (w == "dozen") && (any || article) {
            current *= 12.0;
            any = true;
            j += 1;
        } else if let Some(m) = ["thousand", "million", "billion", "trillion"]
            .iter()
            .position(|x| *x == w)
            .filter(|_| any || article)
        {
            const SCALES: [f64; 4] = [1e3, 1e6, 1e9, 1e12];
            total += current * SCALES[m];
            current = 0.0;
            any = true;
            j += 1;
        } else {
            break;
        }
        article = false;
    }
    // Fractions: "a third of", "two thirds of", "half of", "three-quarters of".
    let frac_at = if any && cx.is_punct(j, "-") { j + 1 } else { j };
    let fw = cx.lower(frac_at);
    let frac = FRACTIONS
        .iter()
        .find(|(s, p, _)| *s == fw || *p == fw)
        .map(|&(_, _, v)| v);
    if let Some(f) = frac {
        // "two thirds"; "a third" and "half" count one.
        let numerator = if any { total + current } else { 1.0 };
        let next = frac_at + 1;
        let of_follows = matches!(cx.lower(next), "of" | "the" | "its" | "their");
        // "rise by a third", "cut by half": a change by a fraction.
        let by_before = i > 0 && cx.lower(i - 1) == "by";
        if (of_follows || by_before) && (fw == "half" || j > i) {
            return Some(Num {
                value: numerator * f,
                start: i,
                next,
                digits: false,
                yearish: false,
                fraction: true,
            });
        }
        return None;
    }
    let value = total + current;
    if !any || (value == 1.0 && j == i + 1) {
        return None; // bare "one" / "a"
    }
    Some(Num {
        value,
        start: i,
        next: j,
        digits: false,
        yearish: false,
        fraction: false,
    })
}

/// Parses a digit number at `i` with its multiplier.
fn parse_number(cx: &Cx, i: usize) -> Option<(Num, Option<&'static str>)> {
    if cx.kind(i) == Some(TokKind::Num) {
        let s = cx.s(i);
        let mut next = i + 1;
        let plain_int = s.bytes().all(|b| b.is_ascii_digit());
        // "250 000 voyageurs", "1 200 000": thousands groups after spaces.
        let mut value: f64 = 0.0;
        if cx.spaced_thousands && plain_int && s.len() <= GROUP_DIGITS {
            while cx.kind(next) == Some(TokKind::Num)
                && cx.s(next).len() == GROUP_DIGITS
                && cx.s(next).bytes().all(|b| b.is_ascii_digit())
                && cx
                    .toks
                    .get(next - 1)
                    .zip(cx.toks.get(next))
                    .is_some_and(|(a, b)| {
                        matches!(
                            cx.text.get(a.end..b.start),
                            Some(" " | "\u{a0}" | "\u{202f}" | "\u{2009}")
                        )
                    })
            {
                next += 1;
            }
        }
        let grouped = next > i + 1;
        let next_word = cx.s(next);
        // "2.500 millones" is 2,500 million; "2.500 million" 2.5 million.
        let mult_follows = multiplier(next_word).is_some_and(|_| english_multiplier(next_word));
        if grouped {
            for k in i..next {
                value = value * 1000.0 + cx.s(k).parse::<f64>().ok()?;
            }
        } else {
            value = parse_digits(s, mult_follows)?;
        }
        let mut yearish = plain_int && s.len() == 4 && (MIN_YEAR..=MAX_YEAR).contains(&value);
        if let Some(m) = multiplier(next_word) {
            // "3m" / "3 million"; a lone "m" only when joined ("3m");
            // "500 mil famílias", "3 mil millones" (a thousand millions).
            let ok = match next_word {
                "m" | "k" => cx.joined(next),
                _ => true,
            };
            if ok {
                value *= m;
                next += 1;
                if next_word == "mil"
                    && let Some(m2) = multiplier(cx.s(next)).filter(|&m2| m2 >= 1e6)
                {
                    value *= m2;
                    next += 1;
                }
                if cx.is_punct(next, ".") && cx.joined(next) && matches!(next_word, "Mio" | "Mrd") {
                    next += 1;
                }
                yearish = false;
            }
        }
        return Some((
            Num {
                value,
                start: i,
                next,
                digits: true,
                yearish,
                fraction: false,
            },
            None,
        ));
    }
    parse_words(cx, i).map(|n| (n, None))
}

/// Whether the number at token `i` is no quantity (date, time, ordinal, name part, phone).
fn skip_number(cx: &Cx, i: usize) -> bool {
    let s = cx.s(i);
    // Glued to a word before: "COVID-19", "F-16", "Su-24", "A4".
    if cx.joined(i) && i > 0 {
        let prev = cx.s(i - 1);
        if cx.kind(i - 1) == Some(TokKind::Word) {
            return true;
        }
        // The second half of a score or span already turned down ("3-1").
        if (prev == "-" || prev == "–")
            && i > 1
            && cx.kind(i - 2) == Some(TokKind::Num)
            && cx.joined(i - 1)
        {
            return true;
        }

        if (prev == "-" || prev == "/")
            && i > 1
            && cx.joined(i - 1)
            && cx.kind(i - 2) != Some(TokKind::Punct)
        {
            return prev == "-" && cx.kind(i - 2) == Some(TokKind::Word) || prev == "/";
        }
        if prev == "+" || prev == "#" || prev == "№" {
            return true;
        }
        // The minutes of a time ("19:56") or the second part of a ratio.
        if prev == ":" && i > 1 && cx.kind(i - 2) == Some(TokKind::Num) {
            return true;
        }
    }
    // Leading zero (phone, codes), but not "0.5".
    if s.len() >= 3 && s.starts_with('0') && !s.starts_with("0.") && !s.starts_with("0,") {
        return true;
    }
    // Times "16:21", dates "10/05/2016", "17.05.2016".
    if (cx.is_punct(i + 1, ":") || cx.is_punct(i + 1, "/"))
        && cx.joined(i + 1)
        && cx.kind(i + 2) == Some(TokKind::Num)
    {
        return true;
    }
    if s.matches('.').count() == 2 && s.len() >= 8 {
        return true;
    }
    let next = cx.s(i + 1);
    let next_l = cx.lower(i + 1);
    // Ordinals and glued letters: "1st", "17th", "4G", "3D" (units and multipliers excepted).
    if cx.joined(i + 1) && cx.kind(i + 1) == Some(TokKind::Word) {
        let known = multiplier(next).is_some()
            || UNITS.iter().any(|(u, _)| *u == next)
            || CURRENCY_AFTER.iter().any(|(u, _)| *u == next);
        if !known {
            return true;
        }
    }
    // Times: "9 a.m.", "10 pm", "8 o'clock", "16 Uhr".
    if matches!(
        next_l,
        "am" | "pm" | "a.m" | "p.m" | "o'clock" | "uhr" | "gmt" | "utc" | "h"
    ) || next.starts_with("a.m")
        || next.starts_with("p.m")
    {
        return true;
    }
    if (next_l == "a" || next_l == "p") && cx.is_punct(i + 2, ".") {
        return true;
    }
    // Days: "May 17", "17 May", "17. Mai".
    let prev_word = if i > 0 { cx.s(i - 1) } else { "" };
    let prev2 = if i > 1 { cx.s(i - 2) } else { "" };
    let next_after_dot = if cx.is_punct(i + 1, ".") {
        cx.s(i + 2)
    } else {
        next
    };
    let next_skip_de = if next_l == "de" {
        cx.s(i + 2)
    } else {
        next_after_dot
    };
    if set!(MONTHS).contains(prev_word)
        || (prev_word == "." && set!(MONTHS).contains(prev2))
        || set!(MONTHS).contains(next_skip_de)
        || (prev_word == ","
            && i > 2
            && cx.kind(i - 2) == Some(TokKind::Num)
            && set!(MONTHS).contains(cx.s(i - 3)))
    {
        return true;
    }
    // Three or more dash-joined groups: phone numbers, ISO dates.
    if cx.is_punct(i + 1, "-")
        && cx.joined(i + 1)
        && cx.kind(i + 2) == Some(TokKind::Num)
        && cx.is_punct(i + 3, "-")
    {
        return true;
    }
    false
}

/// Lower-case words at which a quantity can start.
fn start_words() -> &'static crate::fasthash::WordSet {
    static SET: OnceLock<crate::fasthash::WordSet> = OnceLock::new();
    SET.get_or_init(|| {
        let mut s = crate::fasthash::WordSet::default();
        for q in QUALIFIERS {
            s.insert(q.split(' ').next().unwrap_or("").to_string());
        }
        for (w, _) in UNITS_WORDS {
            s.insert((*w).to_string());
        }
        for (a, b, _) in FRACTIONS {
            s.insert((*a).to_string());
            s.insert((*b).to_string());
        }
        for (c, _) in CURRENCY_BEFORE {
            s.insert(c.to_lowercase());
        }
        s.extend(["a", "an", "us", "au", "c", "ca", "nz", "hk", "s", "r"].map(String::from));
        s
    })
}

/// The qualifiers split into words, once.
fn qualifier_words() -> &'static [Vec<&'static str>] {
    static Q: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    Q.get_or_init(|| QUALIFIERS.iter().map(|q| q.split(' ').collect()).collect())
}

fn qualifier_at(cx: &Cx, i: usize) -> Option<(usize, String)> {
    let mut best: Option<(usize, String)> = None;
    let first = cx.lower(i);
    for (q, words) in QUALIFIERS.iter().zip(qualifier_words()) {
        if words.first() != Some(&first) {
            continue;
        }
        if words
            .iter()
            .enumerate()
            .all(|(k, w)| cx.kind(i + k) == Some(TokKind::Word) && cx.lower(i + k) == *w)
            && best.as_ref().is_none_or(|(n, _)| words.len() > *n)
        {
            best = Some((words.len(), q.to_string()));
        }
    }
    best
}

fn currency_before(cx: &Cx, i: usize) -> Option<(usize, &'static str)> {
    // "US$3bn", "A$", "$3", "USD 3".
    if cx.is_punct(i + 1, "$")
        && cx.joined(i + 1)
        && let Some(&(_, code)) = DOLLAR_PREFIXES.iter().find(|(p, _)| *p == cx.s(i))
    {
        return Some((2, code));
    }
    let s = cx.s(i);
    CURRENCY_BEFORE
        .iter()
        .find(|(c, _)| *c == s)
        .map(|&(_, code)| (1, code))
        .filter(|_| matches!(cx.kind(i + 1), Some(TokKind::Num)))
}

/// Finds quantities; `claimed_by` comes from the statements they sit in.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    statements: &[statements::Found],
    ents: &Entities,
) -> Vec<Found> {
    let toks = segment::tokens(text);
    let low_text = text.to_ascii_lowercase();
    let low = crate::dates::lower_words(text, &low_text, &toks);
    find_in(text, sentences, statements, ents, &toks, &low, None)
}

/// [`find`] on the tokens of `text` and their lower-case forms (see
/// `dates::lower_words`), shared with the other passes; `lang` is the
/// article's language code, when known (German counted nouns are
/// capitalised).
pub(crate) fn find_in(
    text: &str,
    sentences: &[Sentence],
    statements: &[statements::Found],
    ents: &Entities,
    toks: &[Token],
    low: &[Cow<'_, str>],
    lang: Option<&str>,
) -> Vec<Found> {
    let cx = Cx {
        text,
        toks,
        low,
        ents,
        german: lang == Some("de"),
        russian: lang == Some("ru"),
        spaced_thousands: lang.is_some_and(|l| l != "en"),
    };
    let starts = start_words();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cx.toks.len() {
        let could = match cx.toks[i].kind {
            TokKind::Num => true,
            TokKind::Punct => CURRENCY_BEFORE.iter().any(|(c, _)| *c == cx.s(i)),
            TokKind::Word => starts.contains(cx.lower(i)),
        };
        if !could {
            i += 1;
            continue;
        }
        match read_quantity(&cx, i) {
            Some((q, next)) => {
                let mut q = q;
                q.claimed_by = claimant(&cx, sentences, statements, ents, q.start);
                out.push(Found { q });
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// Reads a quantity starting at token `i` (qualifier, currency or number).
fn read_quantity(cx: &Cx, i: usize) -> Option<(Quantity, usize)> {
    let mut j = i;
    let qualifier = qualifier_at(cx, j).map(|(n, q)| {
        j += n;
        q
    });
    let mut unit: Option<String> = None;
    if let Some((n, code)) = currency_before(cx, j) {
        unit = Some(code.to_string());
        j += n;
    }
    let (num, _) = if qualifier.is_none() && unit.is_none() && cx.kind(j) == Some(TokKind::Word) {
        // Number words only where they start ("a million", "three", "half of").
        parse_words(cx, j).map(|n| (n, None))?
    } else {
        parse_number(cx, j)?
    };
    if num.digits && skip_number(cx, num.start) {
        return None;
    }
    // "Danny Dyer, 46, said", "Sophie Arnaud, 52 ans, a rappelé": an age
    // in apposition.
    let years_word = matches!(
        cx.lower(num.start + 1),
        "ans" | "años" | "anni" | "anos" | "jahre"
    );
    let after = if years_word {
        num.start + 2
    } else {
        num.start + 1
    };
    if num.digits
        && num.next == num.start + 1
        && num.start >= 2
        && cx.is_punct(num.start - 1, ",")
        && (cx.is_punct(after, ",") || cx.is_punct(after, "."))
        && let Some(m) = cx.ents.at(cx.toks[num.start - 2].start)
        && cx
            .ents
            .entity(m)
            .is_some_and(|e| e.kind == EntityType::Person)
    {
        return None;
    }
    let mut value = num.value;
    let mut k = num.next;
    // Percent, currency words and units.
    let mut had_unit = unit.is_some();
    if let Some((u, n)) = unit_after(cx, k, num.digits) {
        unit = Some(u);
        k = n;
        had_unit = true;
    }
    // Range: "300-400", "300 to 400", "between 300 and 400".
    let mut value_max = None;
    let between = qualifier.as_deref() == Some("between");
    let dash = (cx.is_punct(k, "-") || cx.is_punct(k, "–") || cx.is_punct(k, "−"))
        && cx.kind(k + 1).is_some();
    let word_link =
        (between && cx.lower(k) == "and") || (!between && matches!(cx.lower(k), "to" | "bis"));
    if dash || word_link {
        let start2 = k + 1;
        let second = if cx.kind(start2) == Some(TokKind::Num) {
            parse_number(cx, start2).map(|(n, _)| n)
        } else if cx.s(start2) == "$" || cx.s(start2) == "€" || cx.s(start2) == "£" {
            parse_number(cx, start2 + 1).map(|(n, _)| n)
        } else {
            parse_words(cx, start2)
        };
        if let Some(n2) = second
            && (n2.digits == num.digits)
        {
            let mut v2 = n2.value;
            let mut k2 = n2.next;
            // A shared multiplier or unit: "between 300 and 400 million", "3-4%".
            if let Some(m) = multiplier(cx.s(k2)).filter(|_| num.next == num.start + 1)
                && (!matches!(cx.s(k2), "m" | "k") || cx.joined(k2))
            {
                value *= m;
                v2 *= m;
                k2 += 1;
            }
            if let Some((u, n)) = unit_after(cx, k2, n2.digits) {
                unit = Some(u);
                k2 = n;
                had_unit = true;
            }
            if dash && v2 <= value {
                return None; // a score ("3-1") or a year span
            }
            if v2 > value {
                value_max = Some(v2);
                k = k2;
            }
        } else if dash && cx.kind(start2) == Some(TokKind::Num) {
            return None;
        }
    }
    if between && value_max.is_none() {
        return None;
    }
    // Years stand alone.
    if num.yearish && !had_unit && qualifier.is_none() && value_max.is_none() {
        return None;
    }
    if num.yearish && value_max.is_some_and(|m| (MIN_YEAR..=MAX_YEAR).contains(&m)) && !had_unit {
        return None;
    }
    // "two years ago" is a time, not a claim.
    if cx.lower(k + 1) == "ago" {
        return None;
    }
    // About: the counted noun phrase; a hyphenated measure ("a 40-year
    // stagnation", "8-ounce jars", "a 90-day warranty") counts its unit.
    let measure = (!had_unit && value_max.is_none() && cx.is_punct(k, "-") && cx.joined(k))
        .then(|| {
            let w = cx.lower(k + 1);
            (cx.kind(k + 1) == Some(TokKind::Word)
                && cx.joined(k + 1)
                && w.len() > 1
                && !set!(STOP).contains(w)
                && !matches!(w, "of" | "and" | "or" | "to" | "for" | "in" | "on" | "the")
                && w.chars().all(crate::segment::is_alpha))
            .then(|| w.to_string())
        })
        .flatten();
    // "Der 81-jährige Heinrich Jürgens", "an 81-year-old": an age.
    if measure
        .as_deref()
        .is_some_and(|w| w.starts_with("jährig") || (w == "year" && cx.lower(k + 3) == "old"))
    {
        return None;
    }
    let is_measure = measure.is_some();
    let (about, about_end) = match measure {
        Some(w) => (Some(w), Some(k + 2)),
        None => about_phrase(cx, k, num.fraction || unit.as_deref() == Some("%")),
    };
    // "Destiny 2", "the Sportback 55", "the Series 5 sold out", "Apollo 11
    // mission": a number after a capitalised word, counting nothing or one
    // singular word, is part of a name.
    let name_part = !is_measure
        && about.as_deref().is_none_or(|a| {
            (!a.contains(' ') && !a.ends_with('s')) || cx.s(k).starts_with(char::is_uppercase)
        });
    if name_part
        && !matches!(
            cx.lower(i.saturating_sub(1)),
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "every"
                | "each"
                | "only"
                | "just"
                | "all"
                | "some"
        )
        && !had_unit
        && qualifier.is_none()
        && value_max.is_none()
        && num.digits
        && num.start == i
        && i > 0
        && cx.kind(i - 1) == Some(TokKind::Word)
        // "Destiny 2", "iPhone 11", "GTX 1660 Ti".
        && cx.s(i - 1).chars().any(char::is_uppercase)
        && !start_words().contains(cx.lower(i - 1))
        && !set!(MONTHS).contains(cx.s(i - 1))
    {
        return None;
    }
    // "through at least 2026": a year, however qualified, counts nothing.
    if num.yearish && !had_unit && about.is_none() && value_max.is_none() {
        return None;
    }
    // "80 Day Obsession", "the 5 Love Languages": a title in capitals.
    if !is_measure
        && !had_unit
        && about.as_deref().is_some_and(|a| {
            let ws: Vec<&str> = a.split(' ').collect();
            ws.len() >= 2
                && ws.iter().all(|w| w.starts_with(char::is_uppercase))
                && ws.last().is_some_and(|w| !w.ends_with('s'))
        })
    {
        return None;
    }
    let start_tok = i;
    let end_tok = about_end.unwrap_or(k);
    let start = cx.toks.get(start_tok)?.start;
    let end = cx.toks.get(end_tok.checked_sub(1)?)?.end;
    let qualifier = qualifier.filter(|q| q != "between");
    Some((
        Quantity {
            value,
            value_max,
            unit,
            text: cx.text.get(start..end).unwrap_or("").to_string(),
            about,
            qualifier,
            claimed_by: None,
            start,
            end,
        },
        end_tok,
    ))
}

/// A percent sign, currency word or unit at token `k`: (unit, next token).
fn unit_after(cx: &Cx, k: usize, digits: bool) -> Option<(String, usize)> {
    let w = cx.s(k);
    let wl = cx.lower(k);
    if w == "%" {
        return Some(("%".into(), k + 1));
    }
    if matches!(wl, "per" | "pour" | "por")
        && matches!(cx.lower(k + 1), "cent" | "ciento" | "cento")
    {
        return Some(("%".into(), k + 2));
    }
    if matches!(wl, "percent" | "prozent" | "pct") {
        return Some(("%".into(), k + 1));
    }
    if wl == "percentage" && cx.lower(k + 1) == "points" {
        return Some(("percentage points".into(), k + 2));
    }
    if w == "°" && cx.joined(k + 1) && matches!(cx.s(k + 1), "C" | "F") {
        return Some((format!("°{}", cx.s(k + 1)), k + 2));
    }
    // "2 milliards d'euros", "500 millones de euros", "3 miliardi di euro".
    let elided = ["d'", "d’"].iter().find_map(|p| w.strip_prefix(p));
    let romance_of = if let Some(rest) = elided {
        Some((rest, k + 1))
    } else if matches!(wl, "de" | "di") {
        Some((cx.s(k + 1), k + 2))
    } else {
        None
    };
    if let Some((cur, next)) = romance_of
        && let Some(&(_, code)) = CURRENCY_AFTER
            .iter()
            .chain(ROMANCE_CURRENCIES)
            .find(|(c, _)| *c == cur)
    {
        return Some((code.to_string(), next));
    }
    if let Some(&(_, code)) = CURRENCY_AFTER.iter().find(|(c, _)| *c == w) {
        // "10 pounds of sugar" is weight, not money.
        if w == "pounds" && cx.lower(k + 1) == "of" {
            return None;
        }
        return Some((code.to_string(), k + 1));
    }
    if let Some(&(_, u)) = UNITS.iter().find(|(c, _)| *c == w)
        && (w != "m" || cx.joined(k))
        && digits
    {
        if (u == "°") && matches!(cx.s(k + 1), "Celsius" | "C") {
            return Some(("°C".into(), k + 2));
        }
        if (u == "°") && matches!(cx.s(k + 1), "Fahrenheit" | "F") {
            return Some(("°F".into(), k + 2));
        }
        return Some((u.to_string(), k + 1));
    }
    None
}

fn is_plural(w: &str) -> bool {
    set!(IRREGULAR_PLURALS).contains(w) || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
}

/// The counted noun phrase starting at token `k`: (text, next token).
fn about_phrase(cx: &Cx, k: usize, allow_of: bool) -> (Option<String>, Option<usize>) {
    let mut j = k;
    if allow_of
        && matches!(
            cx.lower(j),
            "of" | "de"
                | "der"
                | "des"
                | "del"
                | "dei"
                | "degli"
                | "delle"
                | "della"
                | "dos"
                | "das"
                | "do"
                | "da"
        )
    {
        j += 1;
        if matches!(
            cx.lower(j),
            "the"
                | "its"
                | "their"
                | "all"
                | "his"
                | "her"
                | "our"
                | "la"
                | "les"
                | "los"
                | "las"
                | "su"
                | "sus"
                | "son"
                | "sa"
                | "ses"
                | "leur"
                | "leurs"
                | "seu"
                | "sua"
        ) {
            j += 1;
        }
    }
    let phrase_start = j;
    let mut words: Vec<(usize, usize)> = Vec::new(); // token ranges of words
    while words.len() < MAX_ABOUT_WORDS {
        if cx.kind(j) != Some(TokKind::Word) {
            break;
        }
        // The counted noun never runs over a line break ("1\n\nKyle Busch").
        let gap_start = if j > 0 { cx.toks[j - 1].end } else { 0 };
        if j > 0
            && cx
                .text
                .get(gap_start..cx.toks[j].start)
                .is_some_and(|g| g.contains('\n'))
        {
            break;
        }
        let w = cx.s(j);
        let wl = cx.lower(j);
        if wl == "and" || wl == "or" || wl == "und" || wl == "et" || wl == "y" {
            let prev = words.last().map(|&(a, b)| {
                cx.text
                    .get(cx.toks[a].start..cx.toks[b - 1].end)
                    .unwrap_or("")
            });
            let next_ok =
                cx.kind(j + 1) == Some(TokKind::Word) && !set!(STOP).contains(cx.lower(j + 1));
            if prev.is_none_or(is_plural) || !next_ok {
                break;
            }
            words.push((j, j + 1));
            j += 1;
            continue;
        }
        if set!(STOP).contains(wl) {
            break;
        }
        // German nouns are capitalised: "Euro unter", "Befragten halten".
        if cx.german && !w.starts_with(char::is_uppercase) {
            break;
        }
        if cx.russian && !words.is_empty() {
            break;
        }
        // After a plural noun only another plural continues ("combats
        // flights"); a possessive goes on ("the valley's sweet cherry crop").
        if let Some(&(a, b)) = words.last() {
            let prev = cx
                .text
                .get(cx.toks[a].start..cx.toks[b - 1].end)
                .unwrap_or("");
            let possessive = prev.ends_with("'s") || prev.ends_with("’s");
            if is_plural(prev) && !possessive && !is_plural(w) {
                break;
            }
            if is_plural(prev) && (wl.ends_with("ed") || wl == "says" || wl == "has") {
                break;
            }
        }
        // A hyphenated word: "long-range".
        let mut e = j + 1;
        while cx.is_punct(e, "-")
            && cx.joined(e)
            && cx.joined(e + 1)
            && cx.kind(e + 1) == Some(TokKind::Word)
        {
            e += 2;
        }
        words.push((j, e));
        j = e;
    }
    while words
        .last()
        .is_some_and(|&(a, _)| matches!(cx.lower(a), "and" | "or" | "und" | "et" | "y"))
    {
        words.pop();
    }
    let Some(&(_, last_end)) = words.last() else {
        return (None, None);
    };
    let s = cx.toks.get(phrase_start).map_or(0, |t| t.start);
    let e = cx.toks.get(last_end - 1).map_or(s, |t| t.end);
    let about = cx
        .text
        .get(s..e)
        .map(|x| x.split_whitespace().collect::<Vec<_>>().join(" "));
    (about, Some(last_end))
}

/// Who claims the number at byte `pos`.
/// Statements looked back at for the one whose content holds a quantity.
const CLAIMANT_LOOKBACK: usize = 8;

fn claimant(
    cx: &Cx,
    sentences: &[Sentence],
    statements: &[statements::Found],
    ents: &Entities,
    pos: usize,
) -> Option<String> {
    // Statements come in text order; look back from the last one that
    // starts at or before `pos` (a few, since contents do not nest deeply).
    let upto = statements.partition_point(|s| s.content.0 <= pos);
    if let Some(s) = statements[..upto]
        .iter()
        .rev()
        .take(CLAIMANT_LOOKBACK)
        .find(|s| pos < s.content.1 && s.speaker.is_some())
    {
        return s.speaker.clone();
    }
    let i = sentences.partition_point(|s| s.start <= pos);
    let sent = i
        .checked_sub(1)
        .and_then(|i| sentences.get(i))
        .filter(|s| pos < s.end)?;
    let a = cx.toks.partition_point(|t| t.start < sent.start);
    let b = cx.toks.partition_point(|t| t.start < sent.end);
    let name_at = |tok: usize| -> Option<String> {
        let t = cx.toks.get(tok)?;
        let m = ents.at(t.start)?;
        ents.entity(m).map(|e| e.name.clone())
    };
    // "according to X".
    for k in a..b {
        if cx.lower(k) == "according" && cx.lower(k + 1) == "to" {
            for j in k + 2..(k + 2 + MAX_ACCORDING_GAP).min(b) {
                if let Some(n) = name_at(j) {
                    return Some(n);
                }
            }
            if let Some(n) = pronoun_or_title(cx, ents, k + 2, b) {
                return Some(n);
            }
        }
    }
    // "X said" / "said X" / "he said" / "the president added".
    for k in a..b {
        let w = cx.lower(k);
        if !set!(CUES).contains(w) || w == "according" {
            continue;
        }
        // "the Nasdaq added 20.72 points": a rise, not a claim.
        if w.starts_with("add")
            && (cx.kind(k + 1) == Some(TokKind::Num) || currency_before(cx, k + 1).is_some())
        {
            continue;
        }
        for j in (k.saturating_sub(MAX_CUE_GAP).max(a)..k).rev() {
            if let Some(n) = name_at(j) {
                return Some(n);
            }
        }
        // "Dr. Helen Marsh, a TV psychologist, said": skip the apposition.
        if k > a && cx.is_punct(k - 1, ",") {
            let lo = k.saturating_sub(1 + MAX_APPOSITION).max(a);
            if let Some(c) = (lo..k - 1).rev().find(|&j| cx.is_punct(j, ","))
                && c > a
                && let Some(n) = name_at(c - 1)
            {
                return Some(n);
            }
        }
        if let Some(n) = pronoun_or_title(cx, ents, k.saturating_sub(MAX_CUE_GAP).max(a), k) {
            return Some(n);
        }
        for j in k + 1..(k + 1 + 2 * MAX_CUE_GAP).min(b) {
            if let Some(n) = name_at(j) {
                return Some(n);
            }
            let stop_punct =
                cx.kind(j) == Some(TokKind::Punct) && !(cx.s(j) == "." && cx.joined(j));
            if stop_punct
                || matches!(
                    cx.lower(j),
                    "and" | "but" | "that" | "it" | "he" | "she" | "they" | "in" | "on"
                )
            {
                break;
            }
        }
    }
    None
}

/// "he", "she" → the last person named before; "the president" → the last
/// person with that title. Looks at tokens `a..b`.
fn pronoun_or_title(cx: &Cx, ents: &Entities, a: usize, b: usize) -> Option<String> {
    for k in a..b {
        let w = cx.lower(k);
        let pos = cx.toks.get(k)?.start;
        if matches!(w, "he" | "she" | "er" | "sie" | "il" | "elle") {
            let m = ents.last_before(pos, Some(EntityType::Person))?;
            return ents.entity(m).map(|e| e.name.clone());
        }
        if w == "the" && k + 1 < b {
            let title = cx.lower(k + 1);
            let mut p = pos;
            while let Some(m) = ents.last_before(p, Some(EntityType::Person)) {
                if let Some(e) = ents.entity(m)
                    && e.titles
                        .iter()
                        .any(|t| t == title || t.ends_with(&format!(" {title}")))
                {
                    return Some(e.name.clone());
                }
                p = m.start;
            }
        }
    }
    None
}
