//! Byline cleaning: a raw byline string → clean person names.
//!
//! Order of trust for authors (applied by [`super::extract`]): the first of
//! these sources that yields a person wins; organisations and news agencies
//! are kept only when no source yields a person.
//! 1. JSON-LD `author` (then `creator`) of the article entity — strings,
//!    `Person` objects, arrays, `@id` references into an `@graph`;
//! 2. `<meta name=author>`, `article:author` (unless a URL), `dc.creator`,
//!    `byl`, `parsely-author`, `sailthru.author`, `citation_author`;
//! 3. `[itemprop=author]` (its `[itemprop=name]` when present) and
//!    `[rel=author]` outside comments, related lists, sidebars and footers;
//! 4. the first element whose class (or `data-testid`/`data-component`)
//!    holds `byline`/`author`/`contributor`, and its close neighbours, inside
//!    the article when one is found.
//!
//! Cleaning strips lead words ("By", "Von", "Par", "Por", "Di", "Door",
//! "Автор:" …), titles ("Dr."), role words ("Senior Correspondent",
//! "Staff Writer"), e-mails, @handles, URLs, dates and "Updated …" tails;
//! splits on commas, "and", "&", "/", "und", "et", "y" …; title-cases
//! ALL-CAPS names; drops what is not a name; deduplicates ignoring case.
//!
//! ```
//! use newsfacts_extract::html::meta::clean_authors;
//!
//! assert_eq!(
//!     clean_authors("By JANE DOE and John Roe, Senior Correspondent"),
//!     ["Jane Doe", "John Roe"]
//! );
//! assert_eq!(clean_authors("Von Ursula von der Leyen"), ["Ursula von der Leyen"]);
//! assert_eq!(clean_authors("By Jane Doe, Reuters"), ["Jane Doe"]);
//! assert_eq!(clean_authors("Reuters"), ["Reuters"]);
//! ```

use super::text::collapse_ws;

/// Cleans a raw byline into names:
/// "By JANE DOE and John Roe, Senior Correspondent" → ["Jane Doe", "John Roe"].
/// News agencies ("Reuters", "AP", "AFP" …) are returned only when the byline
/// names no person.
pub fn clean_authors(raw: &str) -> Vec<String> {
    let (persons, agencies) = split_authors(raw);
    if persons.is_empty() {
        agencies
    } else {
        persons
    }
}

/// Longest byline worth reading; longer text is a bio or a paragraph.
const MAX_BYLINE: usize = 300;

/// Lead words removed from the start of each name ("By", "Von:" …).
const LEAD_WORDS: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "автор",
    "авторы",
    "text",
    "texte",
    "texto",
    "testo",
    "tekst",
    "words",
    "written",
    "reporting",
    "reported",
    "story",
    "posted",
    "published",
    "interview",
    "interviewed",
    "photos",
    "fotos",
    "foto",
    "photo",
    "dr",
    "prof",
    "mr",
    "mrs",
    "ms",
    "mme",
    "herr",
    "frau",
    "sir",
    "dame",
    "記者",
    "文",
];

/// Where a byline stops being about names.
const CUT_WORDS: &[&str] = &[
    "updated",
    "update",
    "published",
    "posted on",
    "last modified",
    "modified",
    "aktualisiert",
    "veröffentlicht",
    "publié",
    "mis à jour",
    "actualizado",
    "publicado",
    "pubblicato",
    "aggiornato",
    "editing by",
    "edited by",
    "additional reporting",
    "read more",
    "min read",
    "minute read",
    "follow",
    "share",
];

/// Words that join two names.
const CONJUNCTIONS: &[&str] = &[
    "and", "&", "und", "et", "y", "e", "en", "i", "и", "with", "mit", "avec", "con", "og", "och",
    "ja", "és", "a", "-", "–", "—", "+",
];

/// Role words and desks removed from either end of a name.
const ROLE_WORDS: &[&str] = &[
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "staff",
    "editor",
    "editors",
    "editor-in-chief",
    "contributor",
    "contributors",
    "contributing",
    "columnist",
    "journalist",
    "senior",
    "chief",
    "deputy",
    "associate",
    "assistant",
    "managing",
    "executive",
    "special",
    "political",
    "politics",
    "economics",
    "economy",
    "business",
    "science",
    "health",
    "technology",
    "tech",
    "sports",
    "sport",
    "foreign",
    "international",
    "national",
    "diplomatic",
    "defence",
    "defense",
    "security",
    "legal",
    "environment",
    "climate",
    "culture",
    "arts",
    "investigations",
    "investigative",
    "data",
    "digital",
    "news",
    "desk",
    "producer",
    "analyst",
    "photographer",
    "bureau",
    "fellow",
    "intern",
    "presenter",
    "anchor",
    "affairs",
    "reporting",
    "redakteur",
    "redakteurin",
    "korrespondent",
    "korrespondentin",
    "autor",
    "autorin",
    "journaliste",
    "envoyé",
    "envoyée",
    "spécial",
    "spéciale",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "periodista",
    "corresponsal",
    "redactor",
    "redactora",
    "giornalista",
    "inviato",
    "inviata",
    "corrispondente",
    "redattore",
    "verslaggever",
    "redacteur",
    "корреспондент",
    "обозреватель",
    "журналист",
    "記者",
];

/// Words that never occur in a person's name: their presence rejects a part.
const NON_NAME_WORDS: &[&str] = &[
    "by",
    "and",
    "the",
    "team",
    "media",
    "press",
    "agency",
    "agencies",
    "redaktion",
    "rédaction",
    "redacción",
    "redazione",
    "newsroom",
    "comments",
    "comment",
    "read",
    "min",
    "http",
    "https",
    "www",
    "image",
    "video",
    "sponsored",
    "advertisement",
    "subscribe",
    "newsletter",
    "profile",
    "contact",
    "email",
    "e-mail",
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "home",
    "menu",
    "search",
    "login",
    "about",
    "more",
    "view",
    "all",
    "posts",
    "articles",
    "admin",
    "administrator",
    "guest",
    "anonymous",
    "unknown",
    "opinion",
    "editorial",
    "board",
    "online",
    "office",
    "ago",
    "today",
    "yesterday",
    "hours",
    "minutes",
];

/// News agencies: kept only when the byline names no person.
const AGENCIES: &[&str] = &[
    "reuters",
    "thomson reuters",
    "ap",
    "the associated press",
    "associated press",
    "afp",
    "agence france-presse",
    "agence france presse",
    "dpa",
    "apa",
    "ansa",
    "efe",
    "agencia efe",
    "xinhua",
    "tass",
    "itar-tass",
    "interfax",
    "ria novosti",
    "bloomberg",
    "bloomberg news",
    "upi",
    "pa",
    "pa media",
    "press association",
    "kyodo",
    "kyodo news",
    "yonhap",
    "anadolu",
    "anadolu agency",
    "europa press",
    "ani",
    "pti",
    "ians",
    "aap",
    "sda",
    "epd",
    "kna",
    "sputnik",
    "cnn wire",
];

/// Lower-case name particles ("von der", "de la", "al-").
const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "degli", "dei", "di", "da", "das", "do",
    "dos", "du", "la", "le", "lo", "ten", "ter", "te", "zu", "zum", "zur", "bin", "ibn", "al",
    "el", "af", "av", "st.", "'t",
];

/// Splits a byline into (persons, agencies), both cleaned and deduplicated.
pub(crate) fn split_authors(raw: &str) -> (Vec<String>, Vec<String>) {
    let mut persons: Vec<String> = Vec::new();
    let mut agencies: Vec<String> = Vec::new();
    if raw.len() > MAX_BYLINE * 2 {
        return (persons, agencies);
    }
    let s = collapse_ws(raw);
    if s.is_empty() || s.len() > MAX_BYLINE {
        return (persons, agencies);
    }
    let s = cut_tail(&s);
    // Hard separators become commas.
    let unified: String = s
        .chars()
        .map(|c| match c {
            ';' | '|' | '·' | '•' | '/' | '\\' | '，' | '、' | '(' | ')' | '[' | ']' | '{'
            | '}' | '\n' | '‧' | '∙' => ',',
            c => c,
        })
        .collect();
    for chunk in unified.split(',') {
        let words: Vec<&str> = chunk.split_whitespace().collect();
        // "Por Rafael Nogueira, de Brasília", "Von Anna Schmidt, aus Kiel":
        // where the writer files from.
        if words.len() > 1
            && words.first().is_some_and(|w| {
                matches!(
                    *w,
                    "de" | "desde" | "da" | "em" | "en" | "in" | "from" | "aus" | "à" | "depuis"
                )
            })
        {
            continue;
        }
        let mut part: Vec<&str> = Vec::new();
        for w in words {
            if is_conjunction(w) {
                flush(&mut part, &mut persons, &mut agencies);
            } else {
                part.push(w);
            }
        }
        flush(&mut part, &mut persons, &mut agencies);
    }
    (persons, agencies)
}

fn is_conjunction(w: &str) -> bool {
    let lw = w.to_lowercase();
    CONJUNCTIONS.contains(&lw.as_str())
}

/// Cuts the byline at "Updated …", "Published …" and the like.
fn cut_tail(s: &str) -> &str {
    let lower = s.to_lowercase();
    // Lower-casing may change byte lengths; only cut when it did not.
    if lower.len() != s.len() {
        return s;
    }
    let mut end = s.len();
    for w in CUT_WORDS {
        let mut from = 0;
        while let Some(off) = lower.get(from..).and_then(|l| l.find(w)) {
            let at = from + off;
            let before_ok = at == 0
                || lower[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_alphanumeric());
            let after = at + w.len();
            let after_ok = lower[after..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            if before_ok && after_ok {
                if at > 0 && at < end {
                    end = at;
                }
                break;
            }
            from = after;
        }
    }
    s.get(..end).unwrap_or(s)
}

/// Cleans one candidate name (a run of words between separators) and files
/// it as a person or an agency.
fn flush(part: &mut Vec<&str>, persons: &mut Vec<String>, agencies: &mut Vec<String>) {
    let words = std::mem::take(part);
    let mut words: Vec<String> = words
        .into_iter()
        .filter(|w| !is_contact(w))
        .map(trim_word)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return;
    }
    strip_leads(&mut words);
    cut_location(&mut words);
    strip_roles(&mut words);
    if words.is_empty() {
        return;
    }
    let name = words.join(" ");
    // Agencies: "The Associated Press", "Reuters", "AFP".
    if AGENCIES.contains(&name.to_lowercase().as_str()) {
        let long = name.chars().filter(|c| c.is_alphabetic()).count() > 4;
        let name = if long && is_all_caps(&name) {
            title_case(&name)
        } else {
            name
        };
        push_unique(agencies, name);
        return;
    }
    if !is_name(&words) {
        return;
    }
    let name = if is_all_caps(&name) {
        title_case(&name)
    } else {
        name
    };
    push_unique(persons, name);
}

fn push_unique(list: &mut Vec<String>, name: String) {
    let lower = name.to_lowercase();
    if !list.iter().any(|n| n.to_lowercase() == lower) {
        list.push(name);
    }
}

/// E-mails, @handles and URLs.
fn is_contact(w: &str) -> bool {
    w.starts_with('@')
        || w.contains("://")
        || w.starts_with("www.")
        || (w.contains('@') && w.contains('.'))
}

/// Trims quotes and punctuation around a word; keeps the dot of initials.
fn trim_word(w: &str) -> String {
    let t = w.trim_matches(|c: char| {
        matches!(
            c,
            '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '*' | ':' | '!' | '?' | '<' | '>'
        )
    });
    let t = t.trim_start_matches(['\'', '‘', '’', '.']);
    let t = t.trim_end_matches(['\'', '‘', '’']);
    // "Doe." → "Doe", but "J." and "J.K." keep their dots.
    let letters = t.chars().filter(|c| c.is_alphabetic()).count();
    let t = if t.ends_with('.') && letters > 1 && t.matches('.').count() == 1 {
        t.trim_end_matches('.')
    } else {
        t
    };
    t.to_string()
}

fn lower_trimmed(w: &str) -> String {
    w.trim_end_matches([':', '.', ',']).to_lowercase()
}

/// Removes "By", "Von", "Par", "Dr." … from the start of a name.
fn strip_leads(words: &mut Vec<String>) {
    while words.len() > 1 {
        let first = lower_trimmed(&words[0]);
        if !LEAD_WORDS.contains(&first.as_str()) {
            break;
        }
        let next = words.get(1).map(String::as_str).unwrap_or("");
        let next_lower = next.to_lowercase();
        // "Von Peter Müller" is a byline, "von der Leyen" and "Di Maio" are
        // names: a particle-like lead word goes only before a capitalised
        // first name (and, but for "Von", before at least two more words).
        if matches!(first.as_str(), "von" | "di" | "av" | "af") {
            let capitalised = next.chars().next().is_some_and(char::is_uppercase);
            if !capitalised
                || PARTICLES.contains(&next_lower.as_str())
                || (first != "von" && words.len() < 3)
            {
                break;
            }
        }
        words.remove(0);
    }
}

/// "Jane Doe in Moscow", "Jane Doe for the Guardian", "Jane Doe is a …".
fn cut_location(words: &mut Vec<String>) {
    let cut = words.iter().enumerate().skip(1).find_map(|(i, w)| {
        let lw = w.to_lowercase();
        matches!(
            lw.as_str(),
            "in" | "for"
                | "für"
                | "pour"
                | "para"
                | "per"
                | "at"
                | "is"
                | "ist"
                | "est"
                | "reports"
                | "berichtet"
                | "from"
                | "aus"
                | "à"
        )
        .then_some(i)
    });
    if let Some(i) = cut {
        words.truncate(i);
    }
}

/// Removes role words and desks at either end ("Senior Correspondent").
fn strip_roles(words: &mut Vec<String>) {
    while let Some(last) = words.last() {
        if is_role(last) {
            words.pop();
        } else {
            break;
        }
    }
    while let Some(first) = words.first() {
        if is_role(first) {
            words.remove(0);
        } else {
            break;
        }
    }
}

/// Role words, and numbers left over from dates and read times ("3 min").
fn is_role(w: &str) -> bool {
    let lw = lower_trimmed(w);
    ROLE_WORDS.contains(&lw.as_str()) || w.chars().any(|c| c.is_ascii_digit())
}

fn is_particle(w: &str) -> bool {
    let lw = w.to_lowercase();
    PARTICLES.contains(&lw.as_str())
        || ["d'", "d’", "l'", "l’", "al-", "el-", "ad-", "as-", "an-"]
            .iter()
            .any(|p| lw.starts_with(p) && lw.len() > p.len())
}

/// Whether the words look like one person's name.
fn is_name(words: &[String]) -> bool {
    let name_len: usize = words.iter().map(|w| w.chars().count() + 1).sum();
    if words.len() > 6 || name_len > 64 {
        return false;
    }
    let mut capitalised = 0usize;
    let mut caseless = 0usize;
    for w in words {
        if w.chars().count() > 30 {
            return false;
        }
        let lw = lower_trimmed(w);
        if NON_NAME_WORDS.contains(&lw.as_str()) || is_role(w) {
            return false;
        }
        if !w.chars().all(|c| {
            c.is_alphabetic()
                || matches!(c, '-' | '\'' | '’' | '.' | '\u{2010}' | '\u{2011}')
                || is_mark(c)
        }) {
            return false;
        }
        let Some(first) = w.chars().find(|c| c.is_alphabetic()) else {
            return false;
        };
        if first.is_uppercase() {
            capitalised += 1;
        } else if !first.is_lowercase() {
            caseless += 1;
        } else if !is_particle(w) {
            return false;
        }
    }
    if caseless > 0 {
        // CJK, Arabic, Hebrew …: one or more words of a script without case.
        let chars: usize = words.iter().map(|w| w.chars().count()).sum();
        return (2..=24).contains(&chars);
    }
    capitalised >= 1 && words.len() >= 2
}

/// Combining marks (decomposed accents).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}

fn is_all_caps(s: &str) -> bool {
    let mut upper = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    upper >= 2
}

/// "JEAN-LUC O'BRIEN VON DER LEYEN" → "Jean-Luc O'Brien von der Leyen".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, word) in s.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lw = word.to_lowercase();
        if i > 0 && PARTICLES.contains(&lw.as_str()) {
            out.push_str(&lw);
            continue;
        }
        let mut up = true;
        for c in lw.chars() {
            if up && c.is_alphabetic() {
                out.extend(c.to_uppercase());
                up = false;
            } else {
                out.push(c);
            }
            if matches!(c, '-' | '\'' | '’' | '.') {
                up = true;
            }
        }
    }
    out
}
