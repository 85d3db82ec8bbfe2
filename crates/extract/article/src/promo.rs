//! In-body promo lines: "READ MORE: …", "Lesen Sie auch: …", "Читайте также: …".
//!
//! News pages put links to other stories inside the article body. In
//! flattened text (and in HTML paragraphs) they are one short line made of a
//! *lead* ("READ MORE", "Related", "Lire aussi" …) and the promoted headline.
//! [`parse_promo`] recognises such a line and returns the headline, so the
//! extractors can move it from the body into [`Article::related`].
//!
//! It is deliberately conservative: the whole line must be short, the lead
//! must be one of a known list (English, German, French, Spanish, Italian,
//! Portuguese, Dutch, Russian) matched case-insensitively at the start, it
//! must be followed by a separator (`:`, `|`, `–`, `—`, `»`, `>>`) — or, for
//! unambiguous multi-word leads such as "Lire aussi", a capitalised headline —
//! and the rest must look like a headline (capitalised, several words, not a
//! run of sentences). Weak leads ("Watch", "Listen", "More") additionally
//! need a longer headline that does not end with a full stop.
//!
//! [`Article::related`]: newsfacts_model::Article::related
//!
//! ```
//! use newsfacts_extract::promo::parse_promo;
//!
//! assert_eq!(
//!     parse_promo("READ MORE: Putin calls for non-aligned security system"),
//!     Some("Putin calls for non-aligned security system")
//! );
//! assert_eq!(parse_promo("Lesen Sie auch: Die Bahn streikt wieder"), Some("Die Bahn streikt wieder"));
//! assert_eq!(parse_promo("Read more about how we use cookies."), None);
//! assert_eq!(parse_promo("Watch: 0:45"), None);
//! ```

/// Longest promo line in characters: promos are one headline (RT's run to
/// ~120 chars; 220 leaves room for long headlines, excludes paragraphs).
pub const PROMO_MAX_CHARS: usize = 220;
/// Fewest words in a promoted headline ("Fed raises rates").
const MIN_TITLE_WORDS: usize = 2;
/// Fewest words after a weak lead ("Watch:", "More:"); a shorter rest is a
/// player label or a link, not a headline.
const MIN_WEAK_TITLE_WORDS: usize = 4;
/// Most words in a headline; beyond that the line is prose.
const MAX_TITLE_WORDS: usize = 35;

use std::collections::HashMap;
use std::sync::OnceLock;

/// How trustworthy a lead is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Strength {
    /// Needs a separator, then a headline.
    Normal,
    /// Also accepted without separator when a capitalised headline follows.
    Strong,
    /// Needs a separator and a longer headline without a final full stop.
    Weak,
}

use Strength::{Normal, Strong, Weak};

/// Leads in lowercase, longest first where one is a prefix of another.
const LEADS: &[(&str, Strength)] = &[
    // English
    ("read more", Normal),
    ("read also", Normal),
    ("also read", Normal),
    ("read next", Normal),
    ("read", Weak),
    ("related articles", Normal),
    ("related article", Normal),
    ("related stories", Normal),
    ("related story", Normal),
    ("related coverage", Normal),
    ("related content", Normal),
    ("related", Normal),
    ("see also", Normal),
    ("also see", Normal),
    ("more on this story", Normal),
    ("more", Weak),
    ("recommended", Normal),
    ("don't miss", Normal),
    ("don’t miss", Normal),
    ("trending", Weak),
    ("watch", Weak),
    ("listen", Weak),
    // German
    ("lesen sie auch", Strong),
    ("lesen sie mehr", Strong),
    ("lesen sie hier", Normal),
    ("mehr zum thema", Strong),
    ("auch interessant", Normal),
    ("das könnte sie auch interessieren", Normal),
    ("siehe auch", Normal),
    ("weiterlesen", Normal),
    // French
    ("à lire aussi", Strong),
    ("a lire aussi", Strong),
    ("lire aussi", Strong),
    ("lire également", Strong),
    ("à lire également", Strong),
    ("voir aussi", Normal),
    ("à voir aussi", Normal),
    ("sur le même sujet", Normal),
    // Spanish
    ("leer más", Normal),
    ("lea también", Strong),
    ("lee también", Strong),
    ("también te puede interesar", Normal),
    ("te puede interesar", Normal),
    ("puede interesarte", Normal),
    ("más información", Normal),
    ("ver también", Normal),
    // Italian
    ("leggi anche", Strong),
    ("vedi anche", Normal),
    ("potrebbe interessarti", Normal),
    // Portuguese
    ("leia também", Strong),
    ("leia mais", Normal),
    ("veja também", Strong),
    ("saiba mais", Normal),
    // Dutch
    ("lees ook", Strong),
    ("lees meer", Normal),
    ("zie ook", Normal),
    // Russian
    ("читайте также", Strong),
    ("читайте подробнее", Normal),
    ("смотрите также", Strong),
    ("ещё по теме", Normal),
    ("еще по теме", Normal),
    ("по теме", Normal),
    ("подробнее", Weak),
];

/// Returns the promoted headline if `line` is a promo line.
pub fn parse_promo(line: &str) -> Option<&str> {
    let line = line.trim();
    // Cheap length gate first (a char is at most 4 bytes).
    if line.is_empty() || line.len() > PROMO_MAX_CHARS * 4 {
        return None;
    }
    // Bullets and arrows some sites put in front.
    let line =
        line.trim_start_matches(['•', '►', '▶', '»', '>', '*', '■', '→', '-', '–', '—', ' ']);
    let first = line.chars().next()?.to_lowercase().next()?;
    let mut counted = false;
    for &(lead, strength) in leads_starting_with(first) {
        if !counted {
            if line.chars().count() > PROMO_MAX_CHARS {
                return None;
            }
            counted = true;
        }
        let Some(rest) = strip_lead_ci(line, lead) else {
            continue;
        };
        // The lead must end at a word boundary.
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        let (has_sep, title) = strip_separator(rest);
        let ok = match strength {
            Strong => has_sep || starts_capitalised(title),
            Normal => has_sep,
            Weak => has_sep && weak_title_ok(title),
        };
        if ok && headline_like(title) {
            return Some(title);
        }
        return None;
    }
    None
}

/// The leads whose first character is `c`, from a table built on first use.
fn leads_starting_with(c: char) -> &'static [(&'static str, Strength)] {
    static BY_FIRST: OnceLock<HashMap<char, Vec<(&'static str, Strength)>>> = OnceLock::new();
    let map = BY_FIRST.get_or_init(|| {
        let mut m: HashMap<char, Vec<(&'static str, Strength)>> = HashMap::new();
        for &(lead, st) in LEADS {
            if let Some(f) = lead.chars().next() {
                m.entry(f).or_default().push((lead, st));
            }
        }
        m
    });
    map.get(&c).map_or(&[], Vec::as_slice)
}

/// `s` without a leading `lead` (lowercase), compared case-insensitively.
fn strip_lead_ci<'a>(s: &'a str, lead: &str) -> Option<&'a str> {
    if lead.is_ascii() && !lead.contains('\'') {
        let head = s.as_bytes().get(..lead.len())?;
        return if head.eq_ignore_ascii_case(lead.as_bytes()) {
            s.get(lead.len()..)
        } else {
            None
        };
    }
    let mut it = s.char_indices();
    for lc in lead.chars() {
        let (_, c) = it.next()?;
        let same = c == lc || c.to_lowercase().eq(std::iter::once(lc));
        // Typographic apostrophes match straight ones.
        let apos = (lc == '\'' || lc == '’') && (c == '\'' || c == '’');
        if !same && !apos {
            return None;
        }
    }
    let at = it.next().map_or(s.len(), |(i, _)| i);
    s.get(at..)
}

/// Skips spaces and one separator; says whether there was a separator.
fn strip_separator(rest: &str) -> (bool, &str) {
    let r = rest.trim_start();
    for sep in [":", "：", "|", "–", "—", ">>", "»", "›", "-"] {
        if let Some(t) = r.strip_prefix(sep) {
            // A bare "-" must be spaced (" - "), not a hyphenated word.
            if sep == "-" && !t.starts_with(' ') {
                continue;
            }
            return (true, t.trim());
        }
    }
    (false, r.trim())
}

fn starts_capitalised(s: &str) -> bool {
    s.chars()
        .find(|c| !matches!(c, '"' | '\'' | '“' | '‘' | '«' | '„' | '('))
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn weak_title_ok(t: &str) -> bool {
    t.split_whitespace().count() >= MIN_WEAK_TITLE_WORDS && !t.ends_with('.')
}

/// A headline: capitalised start, a few words, letters, not several sentences.
fn headline_like(t: &str) -> bool {
    let words = t.split_whitespace().count();
    if !(MIN_TITLE_WORDS..=MAX_TITLE_WORDS).contains(&words) || !starts_capitalised(t) {
        return false;
    }
    if t.chars().filter(|c| c.is_alphabetic()).count() < t.chars().count() / 2 {
        return false;
    }
    // More than one sentence break ("Foo. Bar. Baz") is prose, not a title.
    let breaks = t
        .match_indices(". ")
        .filter(|(i, _)| {
            t.get(i + 2..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase)
        })
        .count();
    breaks < 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_leads() {
        let p = "READ MORE: Putin calls for non-aligned international security system in face of global terror threat";
        assert_eq!(
            parse_promo(p),
            Some(
                "Putin calls for non-aligned international security system in face of global terror threat"
            )
        );
        assert_eq!(
            parse_promo("Read more: Fed holds rates"),
            Some("Fed holds rates")
        );
        assert_eq!(
            parse_promo("  Related: Storm hits coast  "),
            Some("Storm hits coast")
        );
        assert_eq!(
            parse_promo("ALSO READ: Markets slide again"),
            Some("Markets slide again")
        );
        assert_eq!(
            parse_promo("SEE ALSO: Ten things to know"),
            Some("Ten things to know")
        );
        assert_eq!(
            parse_promo("MORE: Senate passes the budget bill"),
            Some("Senate passes the budget bill")
        );
        assert_eq!(
            parse_promo("Recommended: The long road home"),
            Some("The long road home")
        );
        assert_eq!(
            parse_promo("► READ MORE: Fed holds rates"),
            Some("Fed holds rates")
        );
        assert_eq!(
            parse_promo("Read more | Fed holds rates"),
            Some("Fed holds rates")
        );
        assert_eq!(
            parse_promo("Don’t miss: How the vote was won"),
            Some("How the vote was won")
        );
    }

    #[test]
    fn other_languages() {
        assert_eq!(
            parse_promo("Lesen Sie auch: Die Bahn streikt"),
            Some("Die Bahn streikt")
        );
        assert_eq!(
            parse_promo("Lesen Sie auch Die Bahn streikt"),
            Some("Die Bahn streikt")
        );
        assert_eq!(
            parse_promo("Lire aussi : Le gouvernement recule"),
            Some("Le gouvernement recule")
        );
        assert_eq!(
            parse_promo("À lire aussi Le gouvernement recule"),
            Some("Le gouvernement recule")
        );
        assert_eq!(
            parse_promo("Leer más: El Gobierno aprueba el plan"),
            Some("El Gobierno aprueba el plan")
        );
        assert_eq!(
            parse_promo("Leggi anche: Il governo cade"),
            Some("Il governo cade")
        );
        assert_eq!(
            parse_promo("Leia também: O governo cai"),
            Some("O governo cai")
        );
        assert_eq!(
            parse_promo("Lees ook: Kabinet valt opnieuw"),
            Some("Kabinet valt opnieuw")
        );
        assert_eq!(
            parse_promo("Читайте также: Правительство ушло в отставку"),
            Some("Правительство ушло в отставку")
        );
        assert_eq!(
            parse_promo("ЧИТАЙТЕ ТАКЖЕ: Правительство ушло в отставку"),
            Some("Правительство ушло в отставку")
        );
    }

    #[test]
    fn conservative() {
        // Weak leads need a real headline.
        assert_eq!(parse_promo("Watch: 0:45"), None);
        assert_eq!(parse_promo("Watch"), None);
        assert_eq!(parse_promo("Listen: Podcast"), None);
        assert_eq!(
            parse_promo("Watch: Police chase suspect through downtown Boston"),
            Some("Police chase suspect through downtown Boston")
        );
        assert_eq!(parse_promo("Watch: The president spoke."), None);
        // Normal leads need a separator.
        assert_eq!(parse_promo("Read more about how we use cookies."), None);
        assert_eq!(parse_promo("Related Topics"), None);
        assert_eq!(parse_promo("Readers said the plan was unfair."), None);
        assert_eq!(parse_promo("Moreover: things happened here"), None);
        assert_eq!(parse_promo("More-or-less: a headline here"), None);
        // Lowercase rest or prose is not a headline.
        assert_eq!(parse_promo("Related: see below"), None);
        assert_eq!(
            parse_promo("Read more: One sentence here. Another sentence there. And a third one."),
            None
        );
        // Too long.
        let long = format!("READ MORE: {}", "Word ".repeat(60));
        assert_eq!(parse_promo(&long), None);
        assert_eq!(parse_promo(""), None);
        assert_eq!(parse_promo("READ MORE:"), None);
        assert_eq!(parse_promo("Lire aussi"), None);
    }
}
