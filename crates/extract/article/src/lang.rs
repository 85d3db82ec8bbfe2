//! Language identification: ISO 639-1 codes from declared tags and from text.
//!
//! * [`normalize_tag`] turns a declared tag (`<html lang>`, `og:locale`,
//!   `Content-Language`: "en-US", "en_GB", "zh-Hans-CN", "deu", "ger" …)
//!   into an ISO 639-1 code, or `None` for junk.
//! * [`detect`] identifies the language of a text with `whatlang` (70
//!   languages), on at most [`MAX_DETECT_CHARS`] characters, and only when
//!   the text has at least [`MIN_DETECT_LETTERS`] letters and whatlang's
//!   confidence is at least [`MIN_CONFIDENCE`].
//! * [`resolve`] combines both. Order of trust: a declared tag agreeing with
//!   detection, or when detection is unavailable or unreliable, is used; a
//!   reliable detection that clearly disagrees with the declaration wins,
//!   because pages often keep a template's `lang="en"`. See [`resolve`]
//!   for what "clearly" means.
//!
//! # Example
//!
//! ```
//! use newsfacts_extract::lang;
//!
//! assert_eq!(lang::normalize_tag("en-US").as_deref(), Some("en"));
//! assert_eq!(lang::normalize_tag("ger").as_deref(), Some("de"));
//! assert_eq!(lang::normalize_tag("!!"), None);
//!
//! let text = "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke über den \
//!             Fluss bis zum nächsten Sommer vollständig zu erneuern.";
//! assert_eq!(lang::detect(text), Some("de"));
//! // A template's lang="en" on a German article: the text wins.
//! assert_eq!(lang::resolve(Some("en"), text).as_deref(), Some("de"));
//! // Too short to tell: the declaration stands.
//! assert_eq!(lang::resolve(Some("en-GB"), "OK").as_deref(), Some("en"));
//! ```

use whatlang::Lang;

/// At most this many characters (from the start) are given to whatlang.
///
/// Measured (release build, shared 2-core box, ignored `detect_timing`
/// test in `tests/lang_detect.rs`): whatlang costs ~65 µs for *any*
/// Latin-script text (it scores ~30 trigram profiles) plus ~12 µs per 1,000
/// characters. At 4,000 characters Latin text took 108–137 µs, too close to
/// the 0.2 ms budget, so the input is capped at 2,000: `detect` then takes
/// ~85–110 µs on Latin text, ~60 µs Cyrillic, ~45 µs Arabic, ~15–18 µs
/// Chinese/Japanese. Accuracy does not improve past a few hundred
/// characters.
pub const MAX_DETECT_CHARS: usize = 2000;

/// [`detect`] returns `None` for text with fewer letters than this.
/// Letters are alphabetic characters (digits, punctuation and spaces do not
/// count); a CJK ideograph, kana or Hangul syllable counts as
/// [`CJK_LETTER_WEIGHT`] letters, since it carries about a word's worth.
pub const MIN_DETECT_LETTERS: usize = 20;

/// How many letters one CJK ideograph, kana or Hangul syllable counts for.
pub const CJK_LETTER_WEIGHT: usize = 3;

/// Least whatlang confidence (0.0–1.0) for [`detect`] to answer.
pub const MIN_CONFIDENCE: f64 = 0.5;

/// [`resolve`] lets detection override a declared language only with at
/// least this confidence …
pub const OVERRIDE_MIN_CONFIDENCE: f64 = 0.9;

/// … and at least this many letters of text.
pub const OVERRIDE_MIN_LETTERS: usize = 60;

/// Languages whatlang (or the web) often mixes up: a disagreement inside
/// one group is not "clear", so the declaration stands.
const CONFUSABLE: &[&[&str]] = &[
    &["da", "nb", "nn", "no"],
    &["bs", "hr", "sr", "sl"],
    &["id", "ms"],
    &["zh", "ja"],
    &["hi", "mr", "ne"],
    &["af", "nl"],
    &["cs", "sk"],
];

/// Normalizes a language tag to its ISO 639-1 code: the primary subtag
/// of a BCP 47 / POSIX tag ("en-US", "en_GB.UTF-8", "zh-Hans-CN", "pt-BR"
/// → "en", "en", "zh", "pt"), three-letter ISO 639-2/T, 639-2/B and a few
/// 639-3 codes mapped where a 639-1 code exists ("deu"/"ger" → "de",
/// "rus" → "ru", "cmn" → "zh"), deprecated codes updated ("iw" → "he").
/// Anything else (unknown codes, "und", "x-default", names, junk) → `None`.
/// A list ("en-US,en;q=0.9") yields its first tag.
pub fn normalize_tag(tag: &str) -> Option<String> {
    let tag = tag.trim();
    let first = tag
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .next()?;
    let primary = first.split(['-', '_', '.', '@']).next()?;
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let primary = primary.to_ascii_lowercase();
    let code = if primary.len() == 2 {
        match primary.as_str() {
            "iw" => "he",
            "in" => "id",
            "ji" => "yi",
            "jw" => "jv",
            "mo" => "ro",
            two => ISO_639.iter().find(|(a2, _, _)| *a2 == two)?.0,
        }
    } else {
        match primary.as_str() {
            "cmn" => "zh",
            "arb" => "ar",
            "pes" | "prs" => "fa",
            "zsm" => "ms",
            "ekk" => "et",
            "lvs" => "lv",
            "swh" => "sw",
            "fil" => "tl",
            three => {
                ISO_639
                    .iter()
                    .find(|(_, t, b)| *t == three || *b == three)?
                    .0
            }
        }
    };
    Some(code.to_owned())
}

/// ISO 639-1 code of the language `text` is written in, or `None` when the
/// text has fewer than [`MIN_DETECT_LETTERS`] letters or whatlang's
/// confidence is below [`MIN_CONFIDENCE`]. Only the first
/// [`MAX_DETECT_CHARS`] characters are looked at.
pub fn detect(text: &str) -> Option<&'static str> {
    detect_scored(text).map(|d| d.code)
}

/// Language of a page from its declared tag (`<html lang>`, meta) and its
/// text. The rule:
///
/// 1. no usable declaration → [`detect`];
/// 2. detection unavailable (too short) or unreliable → the declaration;
/// 3. declaration and detection agree → the declaration;
/// 4. they disagree: detection wins when it is *clear* — confidence at
///    least [`OVERRIDE_MIN_CONFIDENCE`], at least [`OVERRIDE_MIN_LETTERS`]
///    letters of text, the declared language is one whatlang can detect at
///    all, and the two are not in a group of easily confused languages
///    (da/nb/nn/no, bs/hr/sr/sl, id/ms, zh/ja, hi/mr/ne, af/nl, cs/sk).
///    Otherwise the declaration stands.
pub fn resolve(declared: Option<&str>, text: &str) -> Option<String> {
    let declared = declared.and_then(normalize_tag);
    if let Some(d) = declared.as_deref()
        && confirms(d, text)
    {
        // The text's own function words agree: no need for the (slower)
        // trigram detector.
        return declared;
    }
    let detected = detect_scored(text);
    let (declared, detected) = match (declared, detected) {
        (None, detected) => return detected.map(|d| d.code.to_owned()),
        (Some(declared), None) => return Some(declared),
        (Some(declared), Some(detected)) => (declared, detected),
    };
    if declared == detected.code {
        return Some(declared);
    }
    let clear = detected.confidence >= OVERRIDE_MIN_CONFIDENCE
        && detected.letters >= OVERRIDE_MIN_LETTERS
        && Lang::all().iter().any(|&l| iso_639_1(l) == declared)
        && !CONFUSABLE
            .iter()
            .any(|group| group.contains(&declared.as_str()) && group.contains(&detected.code));
    if clear {
        Some(detected.code.to_owned())
    } else {
        Some(declared)
    }
}

/// Function words of the languages most pages declare, for a quick check
/// that a declared language is right.
const STOPWORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "sich", "auf", "ein", "eine",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "du", "pour", "dans", "qui", "pas",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "la", "e", "per", "una", "del", "non", "sono", "della", "con",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "os", "de", "que", "do", "da", "em", "para", "uma", "com", "não",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "voor", "met", "zijn",
        ],
    ),
];
/// Words looked at by the quick check.
const CONFIRM_WORDS: usize = 200;
/// Share of those words that must be function words of the declared
/// language (running English prose: ~0.25; other languages' text: < 0.05).
const CONFIRM_MIN_SHARE: f32 = 0.15;
/// Fewer words than this: no quick verdict.
const CONFIRM_MIN_WORDS: usize = 40;

fn confirms(declared: &str, text: &str) -> bool {
    let Some((_, words)) = STOPWORDS.iter().find(|(code, _)| *code == declared) else {
        return false;
    };
    let mut total = 0;
    let mut hits = 0;
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(CONFIRM_WORDS)
    {
        total += 1;
        if w.len() <= 6 && words.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            hits += 1;
        }
    }
    total >= CONFIRM_MIN_WORDS && hits as f32 >= CONFIRM_MIN_SHARE * total as f32
}

struct Detection {
    code: &'static str,
    confidence: f64,
    /// Letters in the text looked at, counted up to
    /// `max(MIN_DETECT_LETTERS, OVERRIDE_MIN_LETTERS)`.
    letters: usize,
}

fn detect_scored(text: &str) -> Option<Detection> {
    let sample = match text.char_indices().nth(MAX_DETECT_CHARS) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    // Counting stops once both thresholds are reached (is_alphabetic is a
    // table search for non-ASCII characters: ~20 ns each).
    let enough = MIN_DETECT_LETTERS.max(OVERRIDE_MIN_LETTERS);
    let mut letters = 0;
    for c in sample.chars() {
        letters += letter_weight(c);
        if letters >= enough {
            break;
        }
    }
    if letters < MIN_DETECT_LETTERS {
        return None;
    }
    let info = whatlang::detect(sample)?;
    if info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    Some(Detection {
        code: iso_639_1(info.lang()),
        confidence: info.confidence(),
        letters,
    })
}

fn letter_weight(c: char) -> usize {
    match c {
        '\u{3040}'..='\u{30FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{20000}'..='\u{2FFFF}' => CJK_LETTER_WEIGHT,
        c if c.is_alphabetic() => 1,
        _ => 0,
    }
}

/// ISO 639-1 code of every whatlang language (all of them have one).
fn iso_639_1(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
    }
}

/// ISO 639-1 codes with their ISO 639-2/T and 639-2/B codes.
const ISO_639: &[(&str, &str, &str)] = &[
    ("aa", "aar", "aar"),
    ("ab", "abk", "abk"),
    ("ae", "ave", "ave"),
    ("af", "afr", "afr"),
    ("ak", "aka", "aka"),
    ("am", "amh", "amh"),
    ("an", "arg", "arg"),
    ("ar", "ara", "ara"),
    ("as", "asm", "asm"),
    ("av", "ava", "ava"),
    ("ay", "aym", "aym"),
    ("az", "aze", "aze"),
    ("ba", "bak", "bak"),
    ("be", "bel", "bel"),
    ("bg", "bul", "bul"),
    ("bh", "bih", "bih"),
    ("bi", "bis", "bis"),
    ("bm", "bam", "bam"),
    ("bn", "ben", "ben"),
    ("bo", "bod", "tib"),
    ("br", "bre", "bre"),
    ("bs", "bos", "bos"),
    ("ca", "cat", "cat"),
    ("ce", "che", "che"),
    ("ch", "cha", "cha"),
    ("co", "cos", "cos"),
    ("cr", "cre", "cre"),
    ("cs", "ces", "cze"),
    ("cu", "chu", "chu"),
    ("cv", "chv", "chv"),
    ("cy", "cym", "wel"),
    ("da", "dan", "dan"),
    ("de", "deu", "ger"),
    ("dv", "div", "div"),
    ("dz", "dzo", "dzo"),
    ("ee", "ewe", "ewe"),
    ("el", "ell", "gre"),
    ("en", "eng", "eng"),
    ("eo", "epo", "epo"),
    ("es", "spa", "spa"),
    ("et", "est", "est"),
    ("eu", "eus", "baq"),
    ("fa", "fas", "per"),
    ("ff", "ful", "ful"),
    ("fi", "fin", "fin"),
    ("fj", "fij", "fij"),
    ("fo", "fao", "fao"),
    ("fr", "fra", "fre"),
    ("fy", "fry", "fry"),
    ("ga", "gle", "gle"),
    ("gd", "gla", "gla"),
    ("gl", "glg", "glg"),
    ("gn", "grn", "grn"),
    ("gu", "guj", "guj"),
    ("gv", "glv", "glv"),
    ("ha", "hau", "hau"),
    ("he", "heb", "heb"),
    ("hi", "hin", "hin"),
    ("ho", "hmo", "hmo"),
    ("hr", "hrv", "hrv"),
    ("ht", "hat", "hat"),
    ("hu", "hun", "hun"),
    ("hy", "hye", "arm"),
    ("hz", "her", "her"),
    ("ia", "ina", "ina"),
    ("id", "ind", "ind"),
    ("ie", "ile", "ile"),
    ("ig", "ibo", "ibo"),
    ("ii", "iii", "iii"),
    ("ik", "ipk", "ipk"),
    ("io", "ido", "ido"),
    ("is", "isl", "ice"),
    ("it", "ita", "ita"),
    ("iu", "iku", "iku"),
    ("ja", "jpn", "jpn"),
    ("jv", "jav", "jav"),
    ("ka", "kat", "geo"),
    ("kg", "kon", "kon"),
    ("ki", "kik", "kik"),
    ("kj", "kua", "kua"),
    ("kk", "kaz", "kaz"),
    ("kl", "kal", "kal"),
    ("km", "khm", "khm"),
    ("kn", "kan", "kan"),
    ("ko", "kor", "kor"),
    ("kr", "kau", "kau"),
    ("ks", "kas", "kas"),
    ("ku", "kur", "kur"),
    ("kv", "kom", "kom"),
    ("kw", "cor", "cor"),
    ("ky", "kir", "kir"),
    ("la", "lat", "lat"),
    ("lb", "ltz", "ltz"),
    ("lg", "lug", "lug"),
    ("li", "lim", "lim"),
    ("ln", "lin", "lin"),
    ("lo", "lao", "lao"),
    ("lt", "lit", "lit"),
    ("lu", "lub", "lub"),
    ("lv", "lav", "lav"),
    ("mg", "mlg", "mlg"),
    ("mh", "mah", "mah"),
    ("mi", "mri", "mao"),
    ("mk", "mkd", "mac"),
    ("ml", "mal", "mal"),
    ("mn", "mon", "mon"),
    ("mr", "mar", "mar"),
    ("ms", "msa", "may"),
    ("mt", "mlt", "mlt"),
    ("my", "mya", "bur"),
    ("na", "nau", "nau"),
    ("nb", "nob", "nob"),
    ("nd", "nde", "nde"),
    ("ne", "nep", "nep"),
    ("ng", "ndo", "ndo"),
    ("nl", "nld", "dut"),
    ("nn", "nno", "nno"),
    ("no", "nor", "nor"),
    ("nr", "nbl", "nbl"),
    ("nv", "nav", "nav"),
    ("ny", "nya", "nya"),
    ("oc", "oci", "oci"),
    ("oj", "oji", "oji"),
    ("om", "orm", "orm"),
    ("or", "ori", "ori"),
    ("os", "oss", "oss"),
    ("pa", "pan", "pan"),
    ("pi", "pli", "pli"),
    ("pl", "pol", "pol"),
    ("ps", "pus", "pus"),
    ("pt", "por", "por"),
    ("qu", "que", "que"),
    ("rm", "roh", "roh"),
    ("rn", "run", "run"),
    ("ro", "ron", "rum"),
    ("ru", "rus", "rus"),
    ("rw", "kin", "kin"),
    ("sa", "san", "san"),
    ("sc", "srd", "srd"),
    ("sd", "snd", "snd"),
    ("se", "sme", "sme"),
    ("sg", "sag", "sag"),
    ("si", "sin", "sin"),
    ("sk", "slk", "slo"),
    ("sl", "slv", "slv"),
    ("sm", "smo", "smo"),
    ("sn", "sna", "sna"),
    ("so", "som", "som"),
    ("sq", "sqi", "alb"),
    ("sr", "srp", "srp"),
    ("ss", "ssw", "ssw"),
    ("st", "sot", "sot"),
    ("su", "sun", "sun"),
    ("sv", "swe", "swe"),
    ("sw", "swa", "swa"),
    ("ta", "tam", "tam"),
    ("te", "tel", "tel"),
    ("tg", "tgk", "tgk"),
    ("th", "tha", "tha"),
    ("ti", "tir", "tir"),
    ("tk", "tuk", "tuk"),
    ("tl", "tgl", "tgl"),
    ("tn", "tsn", "tsn"),
    ("to", "ton", "ton"),
    ("tr", "tur", "tur"),
    ("ts", "tso", "tso"),
    ("tt", "tat", "tat"),
    ("tw", "twi", "twi"),
    ("ty", "tah", "tah"),
    ("ug", "uig", "uig"),
    ("uk", "ukr", "ukr"),
    ("ur", "urd", "urd"),
    ("uz", "uzb", "uzb"),
    ("ve", "ven", "ven"),
    ("vi", "vie", "vie"),
    ("vo", "vol", "vol"),
    ("wa", "wln", "wln"),
    ("wo", "wol", "wol"),
    ("xh", "xho", "xho"),
    ("yi", "yid", "yid"),
    ("yo", "yor", "yor"),
    ("za", "zha", "zha"),
    ("zh", "zho", "chi"),
    ("zu", "zul", "zul"),
];
