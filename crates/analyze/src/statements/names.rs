//! Speaker resolution: a speaker phrase in one sentence → a canonical name.
//!
//! The [`Resolver`] walks the article in order. It absorbs the entity
//! mentions it passes (canonical names with titles stripped, the titles
//! remembered), remembers the last resolved speaker and the body that last
//! issued a statement, and resolves a speaker phrase by, in order:
//! a pronoun → the last person speaker (else the last person mentioned)
//! that fits the pronoun's gender (from honorifics and the given names of
//! `data/statements/gender.txt`);
//! an entity mention → its canonical name ("the co-chairs of the X" → "X
//! co-chairs"); a capitalised run → stripped of titles and linked by surname
//! to a known name ("Putin" → "Vladimir Putin"); a document noun ("the
//! statement") → the body that issued it; "the agency", "the group" → the
//! last organisation with that head, else the last organisation; a role
//! noun ("the president") → the last speaker, else the last known name,
//! with that title. A written name fuller than its entity's ("Derek Smith"
//! for an entity "Smith") wins; party adjectives alone ("one Democratic
//! aide") make no name; a place phrase after a name ("the X Center in
//! Dallas") is not part of it.

use super::lexicon::{self, DETERMINERS, Gender, Lexicon, OBJECT_PRONOUNS, ORG_HEADS, PRONOUNS};
use crate::entities::{Ent, Entities, Mention, strip_possessive};
use crate::fasthash::FxMap;
use crate::segment::Lower;
use newsfacts_model::EntityType;
use std::borrow::Cow;

/// Singular epithets that, with "the", point back to the last person
/// speaker ("the star added").
const EPITHETS: &[&str] = &[
    "star",
    "actor",
    "actress",
    "singer",
    "player",
    "mother",
    "father",
    "lawmaker",
    "politician",
    "businessman",
    "businesswoman",
    "billionaire",
    "veteran",
    "author",
    "rapper",
    "coach",
    "striker",
    "economist",
    "mogul",
    "tycoon",
    "founder",
    "co-founder",
    "republican",
    "democrat",
    "conservative",
    "liberal",
    "libertarian",
    "independent",
    "royal",
    "monarch",
    "heir",
    // Spanish, Portuguese, Italian and French epithets of office-holders
    // ("la mandataria", "a governante", "l'élue").
    "mandatario",
    "mandataria",
    "governante",
    "dirigente",
    "dirigeant",
    "dirigeante",
    "funcionario",
    "funcionaria",
    "élu",
    "élue",
    "edil",
];

/// Epithets that name an occupation, which a person with another title
/// does not take ("Manager Steve Cooper" is not "the striker").
const ROLE_EPITHETS: &[&str] = &[
    "actor",
    "actress",
    "singer",
    "player",
    "lawmaker",
    "businessman",
    "businesswoman",
    "author",
    "rapper",
    "coach",
    "striker",
    "economist",
    "founder",
    "co-founder",
];

/// A name seen so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    /// Canonical name.
    pub name: String,
    /// Lower-case titles seen with it.
    pub titles: Vec<String>,
    /// A person (not an organisation or place).
    pub person: bool,
    /// The person's gender when a title or the given name tells it.
    pub gender: Option<Gender>,
}

/// How far after a pronoun the person it anticipates may be named, in bytes.
const MAX_CATAPHORA_BYTES: usize = 400;

/// Most words of a subject with a name in apposition ("His guest, the
/// activist Kamala Lopez, …").
const MAX_APPOSED_SUBJECT_WORDS: usize = 4;

/// Most words between a possessive and the document it owns ("her latest
/// court submission").
const MAX_DOC_MODIFIERS: usize = 2;

/// Generic heads of "the agency", "the group": the last organisation named.
const ORG_ANAPHORS: &[&str] = &[
    "agency",
    "group",
    "fund",
    "organization",
    "organisation",
    "center",
    "centre",
    "committee",
    "company",
    "firm",
    "department",
    "ministry",
    "commission",
    "union",
    "bank",
    "office",
    "campaign",
    "party",
    "court",
    "panel",
    "council",
    "institute",
    "foundation",
    "association",
    "network",
    "newspaper",
    "paper",
    "magazine",
    "website",
    "blog",
    "outlet",
    "tabloid",
    "broadcaster",
    "station",
    "channel",
    "board",
    "bureau",
    "service",
    "administration",
    "government",
    "think",
    "tank",
    "coalition",
    "alliance",
    "league",
    "brokerage",
    "lender",
    "regulator",
    "watchdog",
];

/// More generic heads of bodies, too loose to fall back on the last body
/// named ("the team" of researchers, "the automaker" of a product review):
/// they point back only to a body whose name has the head ("the Trump
/// team").
const ORG_HEADS_NAMED_ONLY: &[&str] = &[
    "utility",
    "airline",
    "carrier",
    "retailer",
    "automaker",
    "insurer",
    "startup",
    "outlet",
    "broadcaster",
    "publisher",
    "label",
    "studio",
    "team",
    "club",
    "manufacturer",
    "chipmaker",
    "conglomerate",
];

/// A generic head of a body ("the agency", "the Trump team"): one of
/// Organisation nouns of French, Spanish, Italian and Portuguese with the
/// English head they stand for ("l'associazione ambientalista" → "the
/// association").
const ROMANCE_ORG_NOUNS: &[(&str, &str)] = &[
    ("associazione", "association"),
    ("asociación", "association"),
    ("associação", "association"),
    ("association", "association"),
    ("società", "company"),
    ("sociedad", "company"),
    ("société", "company"),
    ("azienda", "company"),
    ("empresa", "company"),
    ("entreprise", "company"),
    ("compagnia", "company"),
    ("compañía", "company"),
    ("compagnie", "company"),
    ("companhia", "company"),
    ("gruppo", "group"),
    ("grupo", "group"),
    ("groupe", "group"),
    ("organizzazione", "organization"),
    ("organización", "organization"),
    ("organisation", "organization"),
    ("organização", "organization"),
    ("ministero", "ministry"),
    ("ministerio", "ministry"),
    ("ministère", "ministry"),
    ("ministério", "ministry"),
    ("partito", "party"),
    ("partido", "party"),
    ("parti", "party"),
    ("sindacato", "union"),
    ("sindicato", "union"),
    ("syndicat", "union"),
    ("agenzia", "agency"),
    ("agencia", "agency"),
    ("agence", "agency"),
    ("agência", "agency"),
    ("istituto", "institute"),
    ("instituto", "institute"),
    ("institut", "institute"),
    ("fondazione", "foundation"),
    ("fundación", "foundation"),
    ("fondation", "foundation"),
    ("fundação", "foundation"),
    ("commissione", "commission"),
    ("comisión", "commission"),
    ("comissão", "commission"),
    ("tribunale", "court"),
    ("tribunal", "court"),
];

/// The English organisation head of a Romance description: the noun right
/// after its article ("l'associazione ambientalista", "la empresa").
fn romance_org_head(lower: &[String]) -> Option<&'static str> {
    let first = lower.first()?;
    let noun = match first
        .strip_prefix("l'")
        .or_else(|| first.strip_prefix("l’"))
    {
        Some(rest) => rest,
        None if matches!(
            first.as_str(),
            "la" | "le" | "il" | "lo" | "el" | "los" | "las" | "o" | "a" | "os" | "as" | "les"
        ) =>
        {
            lower.get(1)?.as_str()
        }
        None => return None,
    };
    ROMANCE_ORG_NOUNS
        .iter()
        .find(|(w, _)| *w == noun)
        .map(|&(_, e)| e)
}

/// [`ORG_ANAPHORS`] or [`ORG_HEADS_NAMED_ONLY`].
/// Endings that make a name a modifier of a description ("the
/// Facebook-owned company", "a Washington-based expert").
const OWNER_SUFFIXES: &[&str] = &[
    "-owned",
    "-backed",
    "-based",
    "-funded",
    "-run",
    "-controlled",
];

/// The owner named by a word with an [`OWNER_SUFFIXES`] ending
/// ("Facebook-owned" → "Facebook").
fn owner_of(w: &str) -> Option<&str> {
    OWNER_SUFFIXES.iter().find_map(|x| w.strip_suffix(x))
}

/// Whether `rest`, the text after a name, opens with an owner suffix
/// ("Facebook-owned"): the name is an owner, not the phrase's head.
fn owner_suffix_next(rest: &str) -> bool {
    OWNER_SUFFIXES.iter().any(|x| rest.starts_with(x))
}

fn org_anaphor(w: &str) -> bool {
    set!(ORG_ANAPHORS).contains(w) || set!(ORG_HEADS_NAMED_ONLY).contains(w)
}

/// Capitalised adjectives that do not make a phrase a name ("one Democratic
/// source", "the Republican nominee").
const NAME_ADJECTIVES: &[&str] = &[
    "democratic",
    "republican",
    "gop",
    "democrat",
    "liberal",
    "conservative",
    "libertarian",
    "independent",
    "american",
    "federal",
    "national",
    "presidential",
    "senior",
    "former",
    "top",
    "current",
];

/// Most words a written name may add before its entity's name ("Derek"
/// before "Smith").
const MAX_EXTRA_NAME_WORDS: usize = 2;
/// People named last among whom "the Democratic nominee" with a pronoun
/// after it is sought.
const MAX_CANDIDATE_LOOKBACK: usize = 3;
/// Most words of a full name a bare surname links to.
const MAX_LINKED_NAME_WORDS: usize = 3;

/// `long` is `short` with given names before it ("Derek Smith" for
/// "Smith"), not with a role ("MSNBC host Chris Matthews").
fn fuller_name(long: &str, short: &str) -> bool {
    let extra: Vec<&str> = long
        .strip_suffix(short)
        .unwrap_or("")
        .split_whitespace()
        .collect();
    !extra.is_empty()
        && extra.len() <= MAX_EXTRA_NAME_WORDS
        && extra
            .iter()
            .all(|w| is_cap(w) && !w.chars().skip(1).any(char::is_uppercase))
}

/// A capitalised word that reads as a demonym or a compass part of a
/// place ("Jordanian", "South Korean", "Chinese", "British").
fn demonym_like(w: &str) -> bool {
    is_cap(w)
        && (["an", "ese", "ish", "ian", "ch", "i"]
            .iter()
            .any(|s| w.ends_with(s))
            || matches!(w, "North" | "South" | "East" | "West" | "New")
            || crate::entities::lexicon::get().demonym(w).is_some())
}

/// Whether a name is a public body's ("Customs and Border Protection",
/// "Department of Energy"): no "company" or "firm" points back to it.
fn public_body(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        matches!(
            w,
            "Department"
                | "Ministry"
                | "Agency"
                | "Administration"
                | "Bureau"
                | "Protection"
                | "Enforcement"
                | "Commission"
                | "Police"
                | "Council"
                | "Court"
                | "Office"
                | "Service"
                | "Services"
                | "Government"
        )
    })
}

/// Verbs that open a sentence in the imperative ("Please note", "Stay
/// informed", "Let us know"): never a name.
const IMPERATIVE_OPENERS: &[&str] = &[
    "please",
    "stay",
    "let",
    "note",
    "see",
    "read",
    "click",
    "join",
    "sign",
    "follow",
    "subscribe",
    "keep",
    "make",
    "get",
    "find",
    "check",
    "learn",
    "watch",
    "visit",
    "contact",
    "share",
    "tell",
    "ask",
    "remember",
    "imagine",
    "consider",
    "take",
    "try",
];

/// Words that may come before the subject opening a sentence ("Last week
/// State Department official David Holmes").
const MAX_SUBJECT_LEAD_WORDS: usize = 6;

/// Prepositions that open a phrase before a sentence's subject.
const OPENING_PREPOSITIONS: &[&str] = &[
    "against", "like", "unlike", "with", "without", "for", "to", "from", "despite", "about", "of",
    "by", "as", "after", "before", "since", "besides",
];

/// How far back (in bytes) a sentence-opening person may be introduced for
/// a pronoun to point to them rather than to the last speaker.
const MAX_INTRODUCTION_BYTES: usize = 600;

/// Capitalised quantifiers and adjectives that open a sentence without
/// naming anybody ("Another study", "Recent polls").
const OPENING_QUANTIFIERS: &[&str] = &[
    "another", "one", "recent", "new", "some", "many", "most", "several", "other", "both", "each",
    "every", "few", "all", "no", "this", "that", "these", "those", "two", "three", "latest",
    "earlier", "previous", "separate", "further",
];

/// Heads that point to the organisation mentioned last even when it was
/// never a speaker ("the company", "the agency"); groups, unions and panels
/// are too often unnamed.
const ORG_HEADS_NEAREST: &[&str] = &[
    "company",
    "agency",
    "firm",
    "utility",
    "automaker",
    "airline",
    "carrier",
    "retailer",
    "insurer",
    "organization",
    "organisation",
    "network",
    "broadcaster",
    "newspaper",
    "startup",
];

/// How far back (in bytes) "the company" may find the organisation it
/// points to.
const MAX_ORG_ANAPHOR_BYTES: usize = 1200;

/// Most lower-case words between a named owner and a body's head ("the
/// French foreign ministry").
const MAX_BODY_MODIFIERS: usize = 2;

/// Adverbs that may end a speaker phrase before its cue.
const TRAILING_ADVERBS: &[&str] = &[
    "always",
    "also",
    "never",
    "often",
    "still",
    "later",
    "then",
    "now",
    "again",
    "too",
    "once",
    "already",
    "repeatedly",
    "recently",
    "previously",
    "first",
];

/// A Russian personal name in the genitive ("по словам Сергея Кравцова",
/// "по мнению Анны Ивановой") in the nominative ("Сергей Кравцов", "Анна
/// Иванова"); other names unchanged. The given name tells the gender:
/// feminine genitives end in -ы/-и.
pub fn russian_nominative(name: &str) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let cyrillic = |w: &str| {
        w.chars()
            .all(|c| ('\u{400}'..='\u{4ff}').contains(&c) || c == '-')
    };
    if words.len() > 3 || !words.iter().all(|w| cyrillic(w) && is_cap(w)) {
        return name.to_string();
    }
    // A surname alone ("по словам Егоровой", "по словам Кравцова"): the
    // feminine genitive ends in "-ой", the masculine in "-а".
    if let [w] = words.as_slice() {
        let swap = |from: &str, to: &str| w.strip_suffix(from).map(|stem| format!("{stem}{to}"));
        return swap("овой", "ова")
            .or_else(|| swap("евой", "ева"))
            .or_else(|| swap("иной", "ина"))
            .or_else(|| swap("ской", "ская"))
            .or_else(|| swap("ова", "ов"))
            .or_else(|| swap("ева", "ев"))
            .or_else(|| swap("ина", "ин"))
            .or_else(|| swap("ского", "ский"))
            .unwrap_or_else(|| name.to_string());
    }
    let first = words[0];
    let feminine = first.ends_with('ы') || first.ends_with('и');
    let swap = |w: &str, from: &str, to: &str| -> Option<String> {
        w.strip_suffix(from).map(|stem| format!("{stem}{to}"))
    };
    let given = |w: &str| -> String {
        let out = if feminine {
            // After г, к, х and the hushing consonants "-и" stands for
            // "-а" ("Ольги" → "Ольга"), elsewhere for "-я" ("Тани").
            let hushing = w
                .strip_suffix('и')
                .and_then(|stem| stem.chars().next_back())
                .is_some_and(|c| "гкхжшщч".contains(c));
            swap(w, "ии", "ия")
                .or_else(|| swap(w, "ы", "а"))
                .or_else(|| swap(w, "и", if hushing { "а" } else { "я" }))
        } else {
            swap(w, "ея", "ей")
                .or_else(|| swap(w, "ия", "ий"))
                .or_else(|| swap(w, "я", "ь"))
                .or_else(|| swap(w, "а", ""))
        };
        out.unwrap_or_else(|| w.to_string())
    };
    let surname = |w: &str| -> String {
        let out = if feminine {
            swap(w, "овой", "ова")
                .or_else(|| swap(w, "евой", "ева"))
                .or_else(|| swap(w, "иной", "ина"))
                .or_else(|| swap(w, "ской", "ская"))
        } else {
            swap(w, "ова", "ов")
                .or_else(|| swap(w, "ева", "ев"))
                .or_else(|| swap(w, "ина", "ин"))
                .or_else(|| swap(w, "ына", "ын"))
                .or_else(|| swap(w, "ского", "ский"))
                .or_else(|| swap(w, "цкого", "цкий"))
        };
        out.unwrap_or_else(|| w.to_string())
    };
    let mut out = vec![given(first)];
    // A patronymic: "Сергея Викторовича" → "Сергей Викторович".
    if words.len() == 3 {
        let p = words[1];
        out.push(if feminine {
            swap(p, "ны", "на").unwrap_or_else(|| p.to_string())
        } else {
            swap(p, "ча", "ч").unwrap_or_else(|| p.to_string())
        });
    }
    out.push(surname(words[words.len() - 1]));
    out.join(" ")
}

/// People named by their relation to somebody else ("the victim's mother",
/// "his lawyer"): never that somebody.
const RELATION_NOUNS: &[&str] = &[
    "mother",
    "father",
    "parents",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "sibling",
    "family",
    "friend",
    "friends",
    "neighbour",
    "neighbor",
    "neighbors",
    "neighbours",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "partner",
    "girlfriend",
    "boyfriend",
    "widow",
    "mom",
    "dad",
    "uncle",
    "aunt",
    "cousin",
    "grandmother",
    "grandfather",
    "children",
    "relatives",
    "colleague",
    "colleagues",
    "doctor",
    "doctors",
    "teacher",
    "coach",
];

/// Family members named by a possessive and a given name ("his wife
/// Michelle").
const KIN_NOUNS: &[&str] = &["wife", "husband", "son", "daughter", "brother", "sister"];

/// Prepositions that attach a place to a speaker's name.
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "from", "on"];

/// The gender a pronoun asks for.
fn pronoun_gender(p: &str) -> Option<Gender> {
    match p {
        "he" | "er" | "il" | "он" | "él" | "ele" => Some(Gender::Male),
        "she" | "elle" | "она" | "ella" | "ela" | "lei" => Some(Gender::Female),
        _ => None,
    }
}

fn compatible(k: &Known, g: Option<Gender>) -> bool {
    match (k.gender, g) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Resolution state across one article.
pub struct Resolver<'a> {
    text: &'a str,
    ents: &'a Entities,
    lex: &'static Lexicon,
    known: Vec<Known>,
    cursor: usize,
    /// The last resolved speaker.
    pub last_speaker: Option<Known>,
    /// The body that last issued a document ("issued a joint statement").
    pub issuer: Option<String>,
    /// Start of the unit being resolved (the last `advance`).
    pos: usize,
    /// Start of the first unit after the last speaker's statement.
    after_spoke: usize,
    /// A speaker was recorded in the current unit.
    spoke_here: bool,
    /// Whether a word occurs in lower case in the text (memo).
    lower_seen: FxMap<String, bool>,
    /// What a mention of each entity adds to `known` (memo by entity
    /// index; `Some(None)`: nothing, the name is empty once stripped).
    mention_known: Vec<Option<Option<Known>>>,
}

/// A word of a phrase: byte range and text.
#[derive(Debug, Clone, Copy)]
pub struct Word<'t> {
    /// First byte.
    pub s: usize,
    /// One past the last byte.
    pub e: usize,
    /// The word.
    pub w: &'t str,
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The gender of a possessive "his" (else "her").
fn possessive_gender(poss: &str) -> Gender {
    if poss.eq_ignore_ascii_case("his") {
        Gender::Male
    } else {
        Gender::Female
    }
}

/// Whether two lower-case titles name the same office ("judge" and
/// "justice", "spokesman" and "spokeswoman").
fn same_title(a: &str, b: &str) -> bool {
    fn office(t: &str) -> &str {
        match t {
            "justice" => "judge",
            "spokeswoman" | "spokesperson" => "spokesman",
            "ceo" => "chief executive",
            other => other,
        }
    }
    office(a) == office(b)
}

fn abbreviation_title(t: &str) -> &str {
    match t {
        "sen." => "senator",
        "gov." => "governor",
        "rep." => "representative",
        "gen." => "general",
        "prof." => "professor",
        "pres." => "president",
        "sec." => "secretary",
        "supt." => "superintendent",
        "det." => "detective",
        "sgt." => "sergeant",
        "lt." => "lieutenant",
        "col." => "colonel",
        "capt." => "captain",
        "adm." => "admiral",
        "dr." | "dr" => "doctor",
        other => other,
    }
}

/// Splits a name into leading titles and the rest: "Russian President
/// Vladimir Putin" → (["president"], "Vladimir Putin").
pub fn strip_titles(lex: &Lexicon, name: &str) -> (Vec<String>, String) {
    let name = sanitize(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut cut = 0;
    let mut titles = Vec::new();
    // The rightmost title before the last word ("Transport Secretary Helen
    // Crane"), then any modifiers after it ("Secretary of State John Kerry").
    for (i, w) in words.iter().enumerate() {
        let l = w.lower();
        if i + 1 >= words.len() {
            break;
        }
        if lex.is_title(&l) {
            let t = abbreviation_title(&l);
            // "Former President X" holds the title no longer.
            let former = i > 0
                && words
                    .get(i - 1)
                    .is_some_and(|p| matches!(p.lower().as_ref(), "former" | "ex"));
            titles.push(if former {
                format!("former {t}")
            } else {
                t.to_string()
            });
            cut = i + 1;
        }
    }
    while cut > 0
        && cut + 1 < words.len()
        && words.get(cut).is_some_and(|w| lex.is_modifier(&w.lower()))
    {
        cut += 1;
    }
    if cut == 0 {
        return (titles, name.trim().to_string());
    }
    (titles, words.get(cut..).unwrap_or(&[]).join(" "))
}

/// A name cut at a line break, quote mark or sentence end, without trailing
/// punctuation (guards against over-long mention spans).
fn sanitize(name: &str) -> &str {
    let mut end = name.len();
    for (i, c) in name.char_indices() {
        let next = name.get(i + c.len_utf8()..).unwrap_or("");
        if c == '\n'
            || matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | ',' | ';' | ':' | '(')
            || (c == '.'
                && next.starts_with(char::is_whitespace)
                && i > 2
                && name
                    .get(..i)
                    .is_some_and(|h| h.rsplit(' ').next().is_some_and(|w| w.chars().count() > 3)))
        {
            end = i;
            break;
        }
    }
    name.get(..end)
        .unwrap_or(name)
        .trim_end_matches(['.', ' ', '’', '\''])
        .trim()
}

fn looks_org(name: &str) -> bool {
    // "Democrats", "Republicans": a party's members are a group.
    let party_plural = name
        .strip_suffix('s')
        .is_some_and(|sg| !sg.contains(' ') && set!(NAME_ADJECTIVES).contains(sg.lower().as_ref()));
    // "Europeans", "Russians": a people is a group.
    let people = !name.contains(' ')
        && name.strip_suffix('s').is_some_and(|sg| {
            ["ean", "ian", "can"].iter().any(|e| sg.ends_with(e))
                || crate::entities::lexicon::get().demonym(name).is_some()
        });
    party_plural
        || people
        || name.split_whitespace().any(|w| {
            let l = w.trim_end_matches(['’', '\'', 's']).lower();
            set!(ORG_HEADS).contains(l.as_ref())
            || set!(ORG_HEADS).contains(w.lower().as_ref())
            // German compounds: "Landesverkehrsministeriums", "Bundesamt".
            || GERMAN_BODY_ENDINGS.iter().any(|e| l.len() > e.len() && l.ends_with(e))
        })
        || ((2..=5).contains(&name.len()) && name.chars().all(|c| c.is_uppercase() || c == '.'))
}

/// Endings of German compound nouns that name a body (the genitive "-s" off).
const GERMAN_BODY_ENDINGS: &[&str] = &[
    "ministerium",
    "ministeriums",
    "amt",
    "behörde",
    "polizei",
    "verband",
    "gericht",
    "regierung",
    "institut",
    "verein",
    "partei",
    "stiftung",
    "gewerkschaft",
    "kommission",
    "verwaltung",
    "senat",
];

impl<'a> Resolver<'a> {
    /// A resolver at the start of `text`.
    pub fn new(text: &'a str, ents: &'a Entities) -> Self {
        Resolver {
            text,
            ents,
            lex: lexicon::get(),
            known: Vec::new(),
            cursor: 0,
            last_speaker: None,
            issuer: None,
            pos: 0,
            after_spoke: 0,
            spoke_here: false,
            lower_seen: FxMap::default(),
            mention_known: vec![None; ents.list.len()],
        }
    }

    /// Absorbs the entity mentions that start before `pos`.
    pub fn advance(&mut self, pos: usize) {
        if self.spoke_here {
            self.after_spoke = pos;
            self.spoke_here = false;
        }
        self.pos = pos;
        while let Some(m) = self.ents.mentions.get(self.cursor) {
            if m.start >= pos {
                break;
            }
            self.cursor += 1;
            let k = match self.mention_known.get(m.entity) {
                Some(Some(k)) => k.clone(),
                _ => {
                    let Some(ent) = self.ents.entity(m) else {
                        continue;
                    };
                    let (titles, name) = self.titles_and_name(ent);
                    let person = ent.kind == EntityType::Person && !looks_org(&name);
                    let k = self.known_of(name, titles, person);
                    if let Some(slot) = self.mention_known.get_mut(m.entity) {
                        *slot = Some(k.clone());
                    }
                    k
                }
            };
            if let Some(k) = k {
                self.merge_known(k);
            }
        }
    }

    /// Where the text that may introduce a pronoun's antecedent starts:
    /// after the last statement, at most [`MAX_INTRODUCTION_BYTES`] back.
    fn recent_start(&self) -> usize {
        self.after_spoke
            .max(self.pos.saturating_sub(MAX_INTRODUCTION_BYTES))
    }

    /// [`Self::recent_start`] when a statement came before and the window
    /// is not empty.
    fn introduction_start(&self) -> Option<usize> {
        let from = self.recent_start();
        (self.after_spoke != 0 && from < self.pos).then_some(from)
    }

    /// An entity's name without titles, and every title it was seen with.
    fn titles_and_name(&self, e: &Ent) -> (Vec<String>, String) {
        let (mut titles, name) = strip_titles(self.lex, &e.name);
        // The entity's titles in their full form ("Gov." → "governor"),
        // each title of a chain too ("det. sgt.").
        for t in &e.titles {
            let t = t.lower();
            if t.contains(' ') && t.split(' ').all(|w| w.ends_with('.')) {
                titles.extend(t.split(' ').map(|w| abbreviation_title(w).to_string()));
            }
            titles.push(abbreviation_title(&t).to_string());
        }
        (titles, name)
    }

    /// The gender a title ("Mrs.") or the given name of `name` tells.
    fn gender_of(&self, titles: &[String], name: &str) -> Option<Gender> {
        titles.iter().find_map(|t| self.lex.gender(t)).or_else(|| {
            let mut words = name.split_whitespace();
            let first = words.next()?;
            self.lex.gender(first).or_else(|| {
                words
                    .next()
                    .is_some()
                    .then(|| self.lex.census_gender(first))
                    .flatten()
            })
        })
    }

    fn remember(&mut self, name: String, titles: Vec<String>, person: bool) {
        if let Some(k) = self.known_of(name, titles, person) {
            self.merge_known(k);
        }
    }

    /// The [`Known`] entry of a name with its titles (none for an empty name).
    fn known_of(&self, name: String, titles: Vec<String>, person: bool) -> Option<Known> {
        if name.is_empty() {
            return None;
        }
        let gender = self.gender_of(&titles, &name).filter(|_| person);
        Some(Known {
            name,
            titles,
            person,
            gender,
        })
    }

    /// Makes `k` the most recent known name, keeping what an earlier entry
    /// of the same name knew (gender, titles).
    fn merge_known(&mut self, mut k: Known) {
        if let Some(i) = self.known.iter().position(|x| x.name == k.name) {
            let old = self.known.remove(i);
            k.gender = k.gender.or(old.gender);
            for t in old.titles {
                if !k.titles.contains(&t) {
                    k.titles.push(t);
                }
            }
        }
        self.known.push(k);
    }

    /// The full name a shorter one ("Putin") stands for: the last known
    /// name of at most [`MAX_LINKED_NAME_WORDS`] words ending in the same
    /// surname, of a fitting gender and, when both have titles, sharing one
    /// ("President Obama" is not "First Lady Michelle Obama").
    fn link(&self, name: &str, gender: Option<Gender>, titles: &[String]) -> Option<&Known> {
        let last = name.split_whitespace().last()?;
        let last = strip_possessive(last).0;
        // The words before the surname must be in the fuller name ("Donald
        // Trump" is not "Melania Trump"); an initial stands for a word.
        let given_in = |full: &str| {
            let words: Vec<&str> = name.split_whitespace().collect();
            words[..words.len() - 1].iter().all(|w| {
                let w = w.trim_end_matches('.');
                full.split_whitespace().any(|f| {
                    f.eq_ignore_ascii_case(w) || (w.chars().count() == 1 && f.starts_with(w))
                })
            })
        };
        // Two people share the surname ("Bill Clinton", "Hillary Clinton"):
        // the one who spoke last is meant.
        self.last_speaker
            .iter()
            .chain(self.known.iter().rev())
            .find(|k| {
                compatible(k, gender)
                    && (titles.is_empty()
                        || k.titles.is_empty()
                        || k.titles.iter().any(|t| titles.contains(t)))
                    && k.name.split_whitespace().count() <= MAX_LINKED_NAME_WORDS
                    // A pair that spoke together is not one of them.
                    && !k.name.contains(" and ")
                    && k.name != name
                    && k.name.len() > name.len()
                    && k.name
                        .split_whitespace()
                        .last()
                        .is_some_and(|l| l.eq_ignore_ascii_case(last))
                    && given_in(&k.name)
            })
    }

    /// Adds the titles of a description to a known name: "the labour
    /// minister, Mary Smith" makes a later "the minister" Mary Smith.
    pub fn add_titles(&mut self, name: &str, titles: &[String]) {
        if let Some(k) = self.known.iter_mut().rev().find(|k| k.name == name) {
            for t in titles {
                if !k.titles.contains(t) {
                    k.titles.push(t.clone());
                }
            }
            if k.gender.is_none() {
                k.gender = titles.iter().find_map(|t| self.lex.gender(t));
            }
        }
    }

    /// Records a resolved speaker.
    pub fn spoke(&mut self, name: &str) {
        let k = self
            .known
            .iter()
            .rev()
            .find(|k| k.name == name)
            .cloned()
            .unwrap_or_else(|| Known {
                name: name.to_string(),
                titles: Vec::new(),
                person: !looks_org(name),
                gender: None,
            });
        self.last_speaker = Some(k);
        self.spoke_here = true;
    }

    /// The person the text named last before the unit being resolved
    /// (the subject a Romance subjectless verb goes on with).
    pub fn last_person(&self) -> Option<String> {
        let j = self.ents.mentions.partition_point(|m| m.start < self.pos);
        self.ents.mentions.get(..j)?.iter().rev().find_map(|m| {
            self.ents
                .entity(m)
                .filter(|e| e.kind == newsfacts_model::EntityType::Person)
                .map(|e| e.name.clone())
        })
    }

    /// The person who opens a sentence after the last speaker's statement
    /// and shortly before the unit being resolved ("Rep. Robert Aderholt
    /// pushed for the rocket. “…,” he said"), when their title or given
    /// name tells a gender that fits the pronoun and the last speaker is
    /// not named again after them.
    fn introduced_subject(&self, g: Option<Gender>) -> Option<String> {
        let g = g?;
        let from = self.introduction_start()?;
        let i = self.ents.mentions.partition_point(|m| m.start < from);
        let j = self.ents.mentions.partition_point(|m| m.start < self.pos);
        let window = self.ents.mentions.get(i..j)?;
        let (k, m) = window.iter().enumerate().rev().find(|(_, m)| {
            let before = self
                .text
                .get(..m.start)
                .unwrap_or("")
                .trim_end_matches([' ', '\u{a0}']);
            // "Democrat Hillary Clinton …" opens the sentence too.
            let before = match before.rsplit_once([' ', '\n']) {
                Some((head, last))
                    if set!(NAME_ADJECTIVES).contains(last.lower().as_ref()) && is_cap(last) =>
                {
                    let cut = head.len() + 1;
                    before
                        .get(..cut)
                        .unwrap_or(before)
                        .trim_end_matches([' ', '\u{a0}'])
                }
                None if set!(NAME_ADJECTIVES).contains(before.lower().as_ref()) => "",
                _ => before,
            };
            // "… the same fire Mr. Obama has": the period of a title after
            // a word of the clause is no sentence end ("Mr. Obama's bet is
            // …" and "A Democrat, Mr. Justice is …" open their clauses).
            let title_dot = before.rsplit_once([' ', '\n']).is_some_and(|(head, w)| {
                let l = w.lower();
                l.ends_with('.')
                    && (abbreviation_title(&l) != l || matches!(l.as_ref(), "mr." | "mrs." | "ms."))
                    && head
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric())
            });
            self.ents
                .entity(m)
                .is_some_and(|e| e.kind == EntityType::Person)
                && (before.is_empty() || before.ends_with(['.', '!', '?', '\n', '”', '"']))
                && !title_dot
        })?;
        let e = self.ents.entity(m)?;
        let (all_titles, name) = self.titles_and_name(e);
        // "Democrat Hillary Clinton": party words are no part of the name.
        let name = {
            let mut ws: Vec<&str> = name.split_whitespace().collect();
            while ws.len() > 2
                && ws
                    .first()
                    .is_some_and(|w| set!(NAME_ADJECTIVES).contains(w.lower().as_ref()))
            {
                ws.remove(0);
            }
            ws.join(" ")
        };
        let gender = self.gender_of(&all_titles, &name)?;
        let last = self.last_speaker.as_ref()?;
        let speaker_again = window.get(k + 1..)?.iter().any(|x| {
            self.ents.entity(x).is_some_and(|o| {
                strip_titles(self.lex, &o.name).1 == last.name || o.answers_to(&last.name)
            })
        });
        (gender == g && name != last.name && !speaker_again).then_some(name)
    }

    /// "In defeat, the president appeared cowed. … he said": a definite
    /// title opening a sentence since the last statement introduces the
    /// person holding it, who then takes the pronoun.
    fn introduced_role(&self, g: Option<Gender>) -> Option<String> {
        let from = self.introduction_start()?;
        let window = self.text.get(from..self.pos)?;
        let mut found: Option<&str> = None;
        for (k, _) in window.match_indices(['T', 't']) {
            let rest = window.get(k..)?;
            let Some(after) = rest
                .strip_prefix("the ")
                .or_else(|| rest.strip_prefix("The "))
            else {
                continue;
            };
            let before = window.get(..k)?.trim_end_matches([' ', '\u{a0}']);
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ',', '”', '"']);
            let title = after
                .split(|c: char| !crate::segment::is_alnum(c) && c != '-')
                .next()
                .unwrap_or("");
            if opens && !title.is_empty() && self.lex.is_title(&title.lower()) {
                found = Some(title);
            }
        }
        let title = found?.lower();
        self.known
            .iter()
            .rev()
            .find(|k| {
                k.person
                    && compatible(k, g)
                    && k.titles.iter().any(|t| {
                        (t == &title || t.ends_with(&format!(" {title}")))
                            && !(t.starts_with("former ") || t.starts_with("ex-"))
                    })
            })
            .map(|k| k.name.clone())
    }

    /// Whether the lower-case word `l` occurs in the text other than at
    /// byte `at` (memoised: one scan per word and article).
    fn seen_in_lower_case(&mut self, l: &str, at: usize) -> bool {
        if let Some(&b) = self.lower_seen.get(l) {
            return b;
        }
        let text = self.text;
        let b = memchr::memmem::find_iter(text.as_bytes(), l.as_bytes())
            .any(|k| k != at && word_at(text, k, l.len()));
        self.lower_seen.insert(l.to_string(), b);
        b
    }

    /// Resolves the speaker phrase made of `words` (one sentence's words).
    pub fn resolve(&mut self, words: &[Word<'_>]) -> Option<String> {
        // "his wife Michelle", "her son Hunter": a given name alone takes
        // the family name of the person the possessive points to.
        if let [poss, kin, given] = words
            && matches!(poss.w.lower().as_ref(), "his" | "her")
            && set!(KIN_NOUNS).contains(kin.w)
            && is_cap(given.w)
            && self.lex.given_gender(given.w).is_some()
            && let Some(owner) = self.possessor(poss)
            && let Some(family) = owner.split_whitespace().last()
            && owner.contains(' ')
        {
            return Some(format!("{} {family}", given.w));
        }
        // "his ex-wife", "her husband": the person of the family the
        // article names, of the fitting gender.
        if let [poss, kin] = words
            && matches!(poss.w.lower().as_ref(), "his" | "her")
        {
            let kin = kin.w.lower();
            let kin = kin.strip_prefix("ex-").unwrap_or(&kin);
            let gender = match kin {
                "wife" | "daughter" | "sister" | "mother" => Some(Gender::Female),
                "husband" | "son" | "brother" | "father" => Some(Gender::Male),
                _ => None,
            };
            if let Some(g) = gender {
                // The person "his" points to; when that one has no family
                // member named, the last person of the same gender who has
                // ("The GOP nominee argued … His ex-wife agreed").
                let owner_gender = possessive_gender(poss.w);
                let mut owners: Vec<String> = self.possessor(poss).into_iter().collect();
                owners.extend(
                    self.known
                        .iter()
                        .rev()
                        .filter(|k| k.person && k.gender == Some(owner_gender))
                        .map(|k| k.name.clone()),
                );
                return owners
                    .iter()
                    .find_map(|owner| self.family_member(owner, g))
                    .map(str::to_string);
            }
        }
        // "Many in Hong Kong", "Most of Trump's supporters": a part of a
        // group is nobody named.
        if words.len() > 2
            && super::quantifier_pronoun(&words[0].w.lower())
            && matches!(words[1].w, "in" | "of" | "among")
        {
            return None;
        }
        // "Stumpf's" (the owner of "emphasis"): the name without the
        // possessive ending.
        if let Some(last) = words.last()
            && is_cap(words[0].w)
            && let (bare, true) = strip_possessive(last.w)
        {
            let mut owned = words.to_vec();
            let n = owned.len() - 1;
            owned[n] = Word {
                s: last.s,
                e: last.s + bare.len(),
                w: bare,
            };
            return self.resolve_words(&owned).map(|n| self.without_party(n));
        }
        self.resolve_words(words)
            .map(|n| self.without_party(n))
            .map(|n| self.without_portfolio(n))
    }

    /// "ministre de la Santé Claire Dumas" → "Claire Dumas": a capitalised
    /// word that is no given name before one ("Santé", a portfolio after a
    /// Romance "de") is no part of the person's name.
    fn without_portfolio(&self, name: String) -> String {
        let ws: Vec<&str> = name.split_whitespace().collect();
        // ("María Jesús Montero": both are given names.)
        if ws.len() >= 3
            && self.lex.given_gender(ws[0]).is_none()
            && self.lex.gender(ws[1]).is_some()
        {
            ws[1..].join(" ")
        } else {
            name
        }
    }

    /// "Democrat Hillary Clinton" → "Hillary Clinton": a party word before
    /// a given name is no part of a person's name.
    fn without_party(&self, name: String) -> String {
        let ws: Vec<&str> = name.split_whitespace().collect();
        if ws.len() >= 3
            && matches!(
                ws[0].lower().as_ref(),
                "democrat" | "republican" | "democratic" | "gop" | "libertarian" | "independent"
            )
            && self.lex.gender(ws[1]).is_some()
        {
            ws[1..].join(" ")
        } else {
            name
        }
    }

    fn resolve_words(&mut self, words: &[Word<'_>]) -> Option<String> {
        // German nouns are capitalised: "Der Minister", "Die Gewerkschaften"
        // describe somebody as "the minister" and "the unions" do, unless
        // the word is a name the article knows.
        if let [det, noun] = words
            && matches!(
                det.w,
                "Der" | "Die" | "Das" | "der" | "die" | "das" | "dem" | "den"
            )
            && is_cap(noun.w)
            && noun.w.chars().skip(1).all(char::is_lowercase)
            && !self.ents.list.iter().any(|e| {
                e.kind != newsfacts_model::EntityType::Other
                    && e.name.split(' ').any(|p| p == noun.w)
            })
        {
            let mut lower = noun.w.lower();
            // "Ministerin", "Kanzlerin": the title without its feminine ending.
            if let Some(stem) = lower.strip_suffix("in")
                && self.lex.is_title(stem)
            {
                lower = Cow::Owned(stem.to_string());
            }
            if !self.lex.is_title(&lower) {
                // A plural ("Die Gewerkschaften", "Die Experten") is a
                // group; a singular may be a title ("Die Welt").
                if ["en", "er", "e"].iter().any(|x| lower.ends_with(x)) {
                    return None;
                }
                return self.resolve_plain(words);
            }
            let described = [
                Word { w: "the", ..*det },
                Word {
                    w: lower.as_ref(),
                    ..*noun
                },
            ];
            return self.resolve_words(&described);
        }
        self.resolve_plain(words)
    }

    /// [`Resolver::resolve_words`] past the German description test.
    fn resolve_plain(&mut self, words: &[Word<'_>]) -> Option<String> {
        // "the victim's mother", "his lawyer", "Webb's attorney": somebody
        // else, unnamed; "70 percent of Americans": a share of a group.
        if let Some(last) = words.last() {
            let l = last.w.lower();
            let possessed = words.len() >= 2 && {
                let p = words[words.len() - 2].w.lower();
                p.ends_with("'s")
                    || p.ends_with("’s")
                    || p.ends_with("s'")
                    || matches!(p.as_ref(), "his" | "her" | "their" | "its")
            };
            if possessed && set!(RELATION_NOUNS).contains(l.as_ref()) {
                return None;
            }
            // "Several former RT journalists": people who left a body do
            // not speak for it.
            let former = words
                .iter()
                .any(|w| matches!(w.w, "former" | "ex") || w.w.starts_with("ex-"));
            if former && !is_cap(last.w) && l.ends_with('s') && words.iter().any(|w| is_cap(w.w)) {
                return None;
            }
        }
        let share = |i: usize| {
            words.get(i + 1).is_some_and(|n| {
                matches!(
                    n.w.lower().as_ref(),
                    "percent" | "per" | "%" | "of" | "pct" | "prozent"
                )
            })
        };
        if words.iter().enumerate().any(|(i, w)| {
            w.w.chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
                && share(i)
        }) {
            return None;
        }
        // "Residents' group Wensum Watch", "Teachers' union NASUWT": a
        // plural possessive only describes the named body after it.
        if words.len() > 2
            && words[0].w.ends_with(['\'', '’'])
            && words[1..].iter().any(|w| is_cap(w.w))
        {
            return self.resolve_words(&words[1..]);
        }
        // "l'Istat", "d’Orange": an elided article is no part of the name.
        if let Some(first) = words.first()
            && let Some(rest) = ["l'", "l’", "d'", "d’", "L'", "L’"]
                .iter()
                .find_map(|p| first.w.strip_prefix(p))
            && is_cap(rest)
        {
            let mut owned = words.to_vec();
            owned[0] = Word {
                s: first.e - rest.len(),
                e: first.e,
                w: rest,
            };
            return self.resolve_words(&owned);
        }
        let first_content = words.iter().position(|w| {
            let acronym = w.w.len() > 1 && w.w.chars().all(char::is_uppercase);
            acronym || !set!(DETERMINERS).contains(w.w.lower().as_ref())
        })?;
        // "a spokesperson for the agency", "a spokesman for Acme": the body
        // speaks through its spokesperson.
        if let Some(head) = words.get(first_content)
            && matches!(
                head.w.lower().as_ref(),
                "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "representative"
            )
            && words
                .get(first_content + 1)
                .is_some_and(|w| matches!(w.w, "for" | "of" | "at" | "from"))
            && words.len() > first_content + 2
        {
            return self.resolve_words(&words[first_content + 2..]);
        }
        // "A memo from the mayor's office", "A document on the Trump
        // campaign's website": a document speaks for the body it comes from
        // or whose pages carry it.
        if let Some(head) = (first_content..(first_content + 2).min(words.len())).find(|&k| {
            words
                .get(k)
                .is_some_and(|w| lexicon::is_doc_noun(&w.w.lower().as_ref()))
        }) && let Some(prep) = words.get(head + 1).map(|w| w.w)
            && words.len() > head + 2
        {
            let rest = &words[head + 2..];
            if prep == "from" {
                return self.resolve_words(rest);
            }
            if prep == "on"
                && let [owner @ .., page] = rest
                && matches!(
                    page.w.lower().as_ref(),
                    "website" | "site" | "page" | "account" | "feed" | "blog" | "channel"
                )
                && owner.last().is_some_and(|w| strip_possessive(w.w).1)
            {
                return self.resolve_words(owner);
            }
        }
        // "Analysts at DNB Markets", "researchers at Stanford University":
        // staff speak for the named body they work at.
        if let Some(head) = words.get(first_content)
            && matches!(
                head.w.lower().as_ref(),
                "analysts"
                    | "economists"
                    | "strategists"
                    | "researchers"
                    | "scientists"
                    | "officials"
                    | "experts"
                    | "lawyers"
                    | "engineers"
            )
            && words
                .get(first_content + 1)
                .is_some_and(|w| matches!(w.w, "at" | "from"))
            && words
                .get(first_content + 2)
                .is_some_and(|w| w.w.starts_with(char::is_uppercase) || w.w == "the")
            && words.len() > first_content + 2
        {
            return self.resolve_words(&words[first_content + 2..]);
        }
        // "an agency spokesman", "a company spokeswoman": the body the
        // article has named ("the agency").
        if words.len() >= first_content + 2
            && let Some(head) = words.last()
            && matches!(
                head.w.lower().as_ref(),
                "spokesperson" | "spokesman" | "spokeswoman"
            )
        {
            let body = &words[words.len() - 2];
            if body.w.chars().all(char::is_lowercase) && body.w.len() > 2 {
                return self.resolve_words(std::slice::from_ref(body));
            }
        }
        // "an arbitration panel", "a spokesman": an indefinite phrase
        // introduces somebody new; it never points back to a known name.
        // Portuguese "a ministra", "a governante" are definite: "a" before
        // a feminine title or an office-holder.
        let portuguese_a = words.get(first_content).is_some_and(|w| {
            let l = w.w.lower();
            (l.ends_with('a') && self.lex.is_title(&l))
                || matches!(l.as_ref(), "governante" | "dirigente")
        });
        let indefinite = words[..first_content].iter().any(|w| {
            matches!(
                w.w.lower().as_ref(),
                "a" | "an" | "some" | "another" | "one" | "ein" | "eine" | "un" | "une"
            ) && !(portuguese_a && w.w.eq_ignore_ascii_case("a"))
        });
        let words_all = words;
        let words = words.get(first_content..)?;
        // "a report from Bloomberg", "a study by Harvard researchers": the
        // named source of a document.
        // "a report in the Argus Leader of Sioux Falls": the paper, not the
        // place after it.
        if let Some(k) = words.iter().position(|w| {
            w.w.eq_ignore_ascii_case("from")
                || w.w.eq_ignore_ascii_case("by")
                || w.w.eq_ignore_ascii_case("in")
        }) && k > 0
            && (lexicon::is_doc_noun(&words[k - 1].w.lower().as_ref())
                || matches!(
                    words[k - 1].w.lower().as_ref(),
                    "figures" | "data" | "estimates" | "statistics" | "numbers" | "records"
                        | "reports" | "documents" | "sources"
                )
                // "reports received by Amnesty", "figures released by".
                || (!words[k].w.eq_ignore_ascii_case("in")
                    && k > 1
                    && (words[k - 1].w.ends_with("ed")
                        || matches!(words[k - 1].w, "made" | "given" | "shown" | "seen"))))
        {
            let mut a = if words.get(k + 1).is_some_and(|w| w.w == "the") {
                k + 2
            } else {
                k + 1
            };
            // "from the 2014 American Community Survey": a year before it.
            if words.get(a).is_some_and(|w| super::year_word(w.w)) {
                a += 1;
            }
            if words.get(a).is_some_and(|w| is_cap(w.w)) {
                let b = if words[k].w.eq_ignore_ascii_case("in") {
                    (a..words.len())
                        .find(|&j| !is_cap(words[j].w))
                        .unwrap_or(words.len())
                } else {
                    words.len()
                };
                return self.resolve(&words[a..b]);
            }
        }

        // "the X Center in Dallas": the name is the head before a place
        // phrase.
        // "the health commission in Beijing": the head before the place
        // phrase is the speaker, the place only qualifies it.
        let words = match words
            .iter()
            .position(|w| set!(PLACE_PREPOSITIONS).contains(w.w))
        {
            Some(k) if k > 0 => words.get(..k)?,
            _ => words,
        };
        // Trailing adverbs are no part of the name ("the founder always").
        let mut words = words;
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| set!(TRAILING_ADVERBS).contains(w.w.lower().as_ref()))
        {
            words = words.get(..words.len() - 1)?;
        }
        let (s, e) = (words.first()?.s, words.last()?.e);
        let lower: Vec<String> = words.iter().map(|w| w.w.lower().into_owned()).collect();
        // Pronouns.
        if words.len() == 1 && set!(PRONOUNS).contains(lower[0].as_ref()) {
            return self.pronoun(&lower[0], s);
        }
        // "his claim that …": a possessive pronoun stands for its owner;
        // "according to him": an object pronoun for its subject form.
        if words.len() == 1 {
            let owner = match lower[0].as_ref() {
                "his" => Some("he"),
                "her" => Some("she"),
                "their" => Some("they"),
                "its" => Some("it"),
                w => OBJECT_PRONOUNS
                    .iter()
                    .find(|(o, _)| *o == w)
                    .map(|(_, p)| *p),
            };
            if let Some(p) = owner {
                return self.pronoun(p, s);
            }
        }
        // "She’s said": a pronoun with a contracted auxiliary.
        if words.len() == 1
            && let Some(stem) = ["’s", "'s", "’d", "'d"]
                .iter()
                .find_map(|c| lower[0].strip_suffix(c))
            && matches!(stem, "he" | "she" | "it")
        {
            return self.pronoun(stem, s);
        }
        // "Her submission to the court", "his latest letter", "their
        // statement": a document speaks for its owner.
        if words.len() >= 2
            && let Some(p) = match lower[0].as_ref() {
                "his" => Some("he"),
                "her" => Some("she"),
                "their" => Some("they"),
                "its" => Some("it"),
                _ => None,
            }
            && lower.iter().skip(1).take(MAX_DOC_MODIFIERS + 1).any(|w| {
                lexicon::is_doc_noun(&w.as_ref())
                    || matches!(w.as_ref(), "submission" | "brief" | "testimony" | "memoir")
            })
            && !words.iter().skip(1).any(|w| is_cap(w.w))
        {
            return self.pronoun(p, s);
        }
        // The writer ("I", "my father") is not named in the text, and a
        // possessed thing ("his views", "their lawyer") is nobody known.
        let possessed = lower
            .first()
            .is_some_and(|w| matches!(w.as_ref(), "his" | "her" | "its" | "their" | "your"))
            && !words.iter().skip(1).any(|w| is_cap(w.w));
        if possessed
            || lower
                .first()
                .is_some_and(|w| matches!(w.as_ref(), "i" | "my" | "our"))
        {
            return None;
        }
        // "The Verge's review", "Reuters' report": the owner of a document
        // is its speaker.
        if words.len() >= 2
            && lower
                .last()
                .is_some_and(|h| lexicon::is_doc_noun(&h.as_ref()))
            && let Some(k) = words[..words.len() - 1]
                .iter()
                .rposition(|w| strip_possessive(w.w).1)
            && words[..=k].iter().any(|w| is_cap(w.w))
        {
            return self.resolve(&words_all[..first_content + k + 1]);
        }
        // Coordinated names: "Mr. King and Mr. Schultz".
        // ("Securities and Exchange Commission" is one name.)
        if let Some(k) = lower.iter().position(|w| w == "and")
            && k > 0
            && is_cap(words[k - 1].w)
            && words.get(k + 1).is_some_and(|w| is_cap(w.w))
            && !words.get(k + 1).is_some_and(|next| {
                let pair = format!("{} and {}", words[k - 1].w, next.w);
                self.ents.list.iter().any(|e| e.name.contains(&pair))
            })
            // "United States Citizenship and Immigration Services": a body's
            // name when the second part ends in a body's head and the first
            // ends no name the article knows.
            && (!lower.last().is_some_and(|h| set!(ORG_HEADS).contains(h.as_str()))
                || self
                    .ents
                    .list
                    .iter()
                    .any(|e| e.name.rsplit(' ').next() == Some(words[k - 1].w)))
            // "Dr. X of the Department of Health and Human Services": the
            // "and" inside a phrase after a preposition joins no speakers.
            && !lower[..k]
                .iter()
                .any(|w| matches!(w.as_str(), "of" | "for" | "at" | "from" | "in"))
        {
            // One side never stands for a pair named earlier ("Obama and
            // Clinton … Obama and Clinton call them …"): its own words then.
            let mut sides = [None, None];
            for (slot, ws) in sides.iter_mut().zip([words.get(..k)?, words.get(k + 1..)?]) {
                let last = ws.last().map_or("", |w| w.w);
                *slot = self.resolve(ws).map(|r| {
                    if !r.contains(" and ") {
                        return r;
                    }
                    // The member of the pair with this side's surname.
                    r.split(" and ")
                        .find(|p| p.split(' ').any(|x| x == last))
                        .map_or_else(
                            || ws.iter().map(|w| w.w).collect::<Vec<_>>().join(" "),
                            str::to_string,
                        )
                });
            }
            let [left, right] = sides;
            return match (left, right) {
                (Some(a), Some(b)) => Some(format!("{a} and {b}")),
                (a, b) => a.or(b),
            };
        }
        // "the co-chairs of the X": role of an organisation.
        let of = lower
            .iter()
            .position(|w| w == "of" || w == "for" || w == "at");
        // "a group of Swiss scientists" ends in a common noun: no body is
        // named.
        let role = of.and_then(|i| {
            let before = words.get(..i)?;
            let head = before.last()?;
            (!before.iter().any(|w| is_cap(w.w))).then_some(head.w)
        });
        if role.is_some()
            && words
                .last()
                .is_some_and(|w| !is_cap(w.w) && w.w.ends_with('s'))
        {
            let after_of = of.map_or(0, |i| i + 1);
            if words
                .get(after_of..)
                .is_some_and(|ws| ws.iter().all(|w| !is_cap(w.w) || demonym_like(w.w)))
            {
                return None;
            }
        }
        // "Residents of Juhu", "people in Ohio": a group from a place is
        // nobody the article names.
        if let Some(i) = of
            && i > 0
            && let Some(head) = lower.get(i - 1)
            && (i == 1 || !is_cap(words[i - 1].w))
            && head.ends_with('s')
            && !org_anaphor(head)
            && !self.lex.is_title(head)
            && self
                .ents
                .entity_at(words.get(i + 1..)?.iter().find(|w| is_cap(w.w))?.s)
                .is_some_and(|e| e.kind == EntityType::Place)
        {
            return None;
        }
        // "le ministère de la Santé", "das Ministerium des Innern": a
        // French or German body is named by the whole phrase.
        let romance_body = lower
            .iter()
            .position(|w| matches!(w.as_ref(), "de" | "du" | "des" | "der" | "d’" | "d'"))
            .filter(|&i| {
                i > 0
                    && !words[..i].iter().any(|w| is_cap(w.w))
                    && words[i + 1..].iter().any(|w| is_cap(w.w))
                    && !self.lex.is_title(&lower[i - 1])
            });
        if romance_body.is_some() {
            let name = self.text.get(s..e)?.to_string();
            self.remember(name.clone(), Vec::new(), false);
            return Some(name);
        }
        // Entity mentions inside the phrase.
        // "the Facebook-owned company": a name inside such a modifier is
        // not the phrase's own.
        let mentions: Vec<_> = self
            .ents
            .mentions_in(s, e)
            .filter(|m| self.text.get(m.end..).is_none_or(|r| !owner_suffix_next(r)))
            .copied()
            .collect();
        let from_mention = mentions
            .iter()
            .rev()
            .find(|m| {
                self.ents
                    .entity(m)
                    .is_some_and(|x| x.kind == EntityType::Person)
            })
            // An untyped name before a body's ("Dante Chinni of NBC").
            .or_else(|| {
                mentions.iter().find(|m| {
                    let then_body = self.text.get(m.end..e).is_some_and(|rest| {
                        let r = rest.trim_start();
                        r.starts_with("of ") || r.starts_with("at ") || r.starts_with("from ")
                    });
                    then_body
                        && self
                            .ents
                            .entity(m)
                            .is_some_and(|x| x.kind == EntityType::Other && !looks_org(&x.name))
                })
            })
            .or(mentions.last())
            .and_then(|m| self.ents.entity(m));
        // A speaker named by an untyped mention ("Obama said") is taken for
        // a person unless it looks like a body; places and bodies are not.
        let ent_person = from_mention.is_some_and(|x| {
            x.kind == EntityType::Person || (x.kind == EntityType::Other && !looks_org(&x.name))
        });
        let from_mention = from_mention.map(|ent| strip_titles(self.lex, &ent.name));
        // Capitalised run: first to last capitalised word; party and
        // rank adjectives alone ("one Democratic source") make no name.
        // A capitalised quantifier opening the sentence is no name
        // ("Another study", "Recent polls", "One source").
        // A common noun opening the sentence ("People familiar with the
        // matter", "Officials said") is no name either: no entity covers
        // it and the article uses it in lower case, or it is a usual
        // plural for anonymous sources.
        let common_opener = match words.first() {
            Some(w) if self.ents.mentions_in(w.s, w.e).next().is_none() => {
                let l = lower[0].as_ref();
                // "Defense attorneys", "Security officials": a common noun
                // before a plural source.
                let plural_source = words.len() == 2
                    && !is_cap(words[1].w)
                    && lower.get(1).is_some_and(|h| {
                        set!(SOURCE_PLURALS).contains(h.as_ref())
                            || h.strip_suffix('s').is_some_and(|sg| self.lex.is_title(sg))
                    });
                // "Please note that …", "Stay informed about …", "Enabling
                // free access … encourages": an imperative or a gerund.
                let verb_opener = set!(IMPERATIVE_OPENERS).contains(l)
                    || (l.len() > 5
                        && l.ends_with("ing")
                        && words.iter().skip(1).any(|w| !is_cap(w.w)));
                // "Бывшая супермодель": a Cyrillic adjective before a
                // lower-case noun.
                let cyrillic_description = words.len() > 1
                    && l.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c))
                    && words.iter().skip(1).all(|w| !is_cap(w.w));
                set!(SOURCE_PLURALS).contains(l)
                    || plural_source
                    || verb_opener
                    || cyrillic_description
                    || (l.ends_with("ed") && l.len() > 4)
                    || (self.seen_in_lower_case(l, w.s)
                        // "The Times" after "The New York Times", though
                        // the text also speaks of "hard times".
                        && !self.known.iter().any(|k| {
                            !k.person
                                && k.name.contains(' ')
                                && k.name.rsplit(' ').next() == Some(w.w)
                        }))
            }
            _ => false,
        };
        let caps: Vec<usize> = (0..words.len())
            .filter(|&i| {
                is_cap(words[i].w)
                    && owner_of(words[i].w).is_none()
                    && !(i == 0
                        && (set!(OPENING_QUANTIFIERS).contains(lower[0].as_ref()) || common_opener)
                        // "New York", "New Jersey": a name goes on.
                        && !(lower[0] == "new"
                            && words.get(1).is_some_and(|n| {
                                is_cap(n.w) && !self.seen_in_lower_case(&lower[1], n.s)
                            })))
            })
            .collect();
        let adjectives_only = caps
            .iter()
            .all(|&i| set!(NAME_ADJECTIVES).contains(lower[i].as_ref()))
            && caps.last().is_some_and(|&i| i + 1 < words.len());
        let caps = if adjectives_only { Vec::new() } else { caps };
        let from_mention = from_mention.filter(|_| !adjectives_only);
        // "the Vermont senator": a place before a title is the title's
        // qualifier, and the title points to a person.
        let place_role = lower.last().is_some_and(|h| self.lex.is_title(h))
            && caps.last().is_some_and(|&i| i + 1 < words.len())
            && mentions
                .last()
                .and_then(|m| self.ents.entity(m))
                .is_some_and(|x| x.kind == EntityType::Place);
        // "the Obama administration", "the Jordanian government", "the
        // French foreign ministry": a person's or a country's body, named
        // after them.
        if let (Some(&a), Some(&b), Some(head)) = (caps.first(), caps.last(), lower.last())
            && b + 2 <= words.len()
            && words.len() <= b + 1 + MAX_BODY_MODIFIERS + 1
            && org_anaphor(head)
            && words[b + 1..].iter().all(|w| !is_cap(w.w))
            // "the German automaker" describes a company named before; a
            // country's own bodies ("the French foreign ministry") are named.
            && !(set!(ORG_HEADS_NEAREST).contains(head.as_ref())
                && (a..=b).all(|i| {
                    demonym_like(words[i].w)
                        && self.ents.mentions_in(words[i].s, words[i].e).next().is_none()
                }))
            && (a..=b).all(|i| {
                let w = words[i].w;
                self.ents.mentions_in(words[i].s, words[i].e).any(|m| {
                    self.ents
                        .entity(m)
                        .is_some_and(|x| matches!(x.kind, EntityType::Person | EntityType::Place))
                }) || demonym_like(w)
            })
        {
            let owner = self.text.get(words[a].s..words[b].e)?;
            let owner = strip_possessive(owner).0;
            let rest: Vec<&str> = words[b + 1..].iter().map(|w| w.w).collect();
            let name = format!("{owner} {}", rest.join(" "));
            self.remember(name.clone(), Vec::new(), false);
            return Some(name);
        }
        // "the New York businessman", "the Republican": a definite
        // description whose capitalised words are places or party
        // adjectives names nobody by itself; the common-noun rules below
        // point it back to a speaker.
        let definite = words_all
            .first()
            .is_some_and(|w| matches!(w.w.lower().as_ref(), "the" | "this" | "that"));
        let description = definite
            && !caps.is_empty()
            && caps.iter().all(|&i| {
                set!(NAME_ADJECTIVES).contains(lower[i].as_ref())
                    || (demonym_like(words[i].w)
                        && self
                            .ents
                            .mentions_in(words[i].s, words[i].e)
                            .next()
                            .is_none())
                    || self.ents.mentions_in(words[i].s, words[i].e).all(|m| {
                        self.ents
                            .entity(m)
                            .is_some_and(|x| x.kind == EntityType::Place)
                    }) && self
                        .ents
                        .mentions_in(words[i].s, words[i].e)
                        .next()
                        .is_some()
            })
            && (words.last().is_some_and(|h| !is_cap(h.w))
                || caps
                    .iter()
                    .all(|&i| set!(NAME_ADJECTIVES).contains(lower[i].as_ref())));
        // "The Wikileaks founder": a definite role description names
        // nobody by itself, whatever its modifiers.
        let role_description = definite
            && words.last().is_some_and(|h| !is_cap(h.w))
            && lower
                .last()
                .is_some_and(|h| self.lex.is_title(h) || set!(EPITHETS).contains(h.as_ref()));
        // "The Republican nominee": party adjectives alone modify too.
        let modified_description = description || (definite && adjectives_only);
        let description = description || role_description;
        let place_role = place_role || description;
        let caps = if place_role { Vec::new() } else { caps };
        let from_mention = from_mention.filter(|_| !place_role);
        let cap_run = match (caps.first(), caps.last()) {
            (Some(&a), Some(&b)) => {
                // Drop trailing lower-case-headed plurals ("UN estimates").
                let text = self.text.get(words[a].s..words[b].e).unwrap_or("");
                Some(strip_titles(self.lex, text.trim_end_matches([',', '.'])))
            }
            _ => None,
        };
        // Titles written in the phrase count even when the mention's name
        // has none ("Senator" outside the mention span).
        let from_mention = match (from_mention, &cap_run) {
            (Some((mut t, n)), Some((ct, _))) => {
                for x in ct {
                    if !t.contains(x) {
                        t.push(x.clone());
                    }
                }
                Some((t, n))
            }
            (m, _) => m,
        };
        // A bare surname as written ("Clinton", "Mrs. Clinton").
        let written_surname = cap_run
            .as_ref()
            .filter(|c| !c.1.is_empty() && !c.1.contains(' '))
            .map(|c| strip_possessive(&c.1).0.to_string());
        let picked = match (from_mention, cap_run) {
            // The written name is fuller than the entity's ("Derek Smith"
            // for "Smith"), or a possessive body ("Russia's Foreign Ministry").
            (Some(m), Some(c))
                if c.1.len() > m.1.len()
                    && c.1.ends_with(&m.1)
                    && ((c.1.contains(['’', '\''])
                        && (!ent_person
                            || c.1
                                .split_whitespace()
                                .any(|w| set!(ORG_HEADS).contains(w.lower().as_ref()))))
                        || ((ent_person || !looks_org(&c.1)) && fuller_name(&c.1, &m.1))) =>
            {
                Some(c)
            }
            // A body's fuller written name with glue words ("Centers for
            // Disease Control" for the mention "Disease Control").
            (Some(m), Some(c))
                if c.1.len() > m.1.len()
                    && c.1.ends_with(&m.1)
                    && c.1.strip_suffix(&m.1).is_some_and(|extra| {
                        let ws: Vec<&str> = extra.split_whitespace().collect();
                        let glue = |w: &str| matches!(w, "for" | "of" | "the" | "and" | "on");
                        let org_head = |w: &str| {
                            let l = w.lower();
                            set!(ORG_HEADS).contains(l.as_ref())
                                || set!(ORG_HEADS).contains(l.trim_end_matches('s'))
                        };
                        ws.first().is_some_and(|w| is_cap(w))
                            && ws.iter().any(|w| org_head(w))
                            && ws.iter().any(|w| glue(w))
                            && ws.iter().all(|w| is_cap(w) || glue(w))
                    }) =>
            {
                Some(c)
            }
            (m, c) => m.or(c),
        };
        if let Some((titles, name)) = picked {
            if name.is_empty() {
                return None;
            }
            let gender = titles.iter().find_map(|t| self.lex.gender(t));
            let name = match self.link(&name, gender, &titles) {
                Some(k) => k.name.clone(),
                None => name,
            };
            // Two people share the surname: a bare surname means the one
            // who spoke last ("Bill Clinton" after his statements, though
            // "Hillary Clinton" was named later).
            let surname_of = |n: &str, sn: &str| {
                n.split_whitespace()
                    .last()
                    .is_some_and(|l| l.eq_ignore_ascii_case(sn))
            };
            let name = match (&written_surname, &self.last_speaker) {
                (Some(sn), Some(k))
                    if k.person
                        && k.name != name
                        && k.name.contains(' ')
                        && !k.name.contains(" and ")
                        && surname_of(&k.name, sn)
                        && surname_of(&name, sn)
                        && compatible(self.refresh(k), gender) =>
                {
                    k.name.clone()
                }
                _ => name,
            };
            if let Some(role) = role {
                return Some(format!("{name} {role}"));
            }
            // A capitalised word the entity stage did not type, as the
            // subject of a speech verb, is most often a surname ("Wimes
            // said").
            // ("Birchers viewed …": a plural of members, not a surname.)
            let members = mentions.is_empty()
                && titles.is_empty()
                && !name.contains(' ')
                && (name.ends_with("ers") || name.ends_with("ists") || name.ends_with("ites"))
                && self.lex.given_gender(&name).is_none();
            let person = !looks_org(&name)
                && !members
                && (ent_person || mentions.is_empty() || name.contains(' ') || !titles.is_empty());
            self.remember(name.clone(), titles, person);
            return Some(name);
        }
        // Common nouns: a document or a role.
        let head = match of {
            Some(i) if i > 0 => lower.get(i - 1)?,
            _ => lower.last()?,
        };
        // "the report" points back to the body that issued one; "a 2014
        // study" introduces a new one.
        if lexicon::is_doc_noun(&head.as_ref()) {
            return if indefinite {
                None
            } else {
                self.issuer.clone()
            };
        }
        if indefinite {
            return None;
        }
        // Epithets for the person just quoted: "the 45-year-old", "the star".
        if head.ends_with("-year-old") || set!(EPITHETS).contains(head.as_ref()) {
            // The person just quoted, else the last person named; a role
            // ("the striker") is nobody titled otherwise ("Manager Steve
            // Cooper").
            let role = set!(ROLE_EPITHETS).contains(head.as_ref());
            let fits = |titles: &[String]| !role || titles.is_empty() || titles.contains(head);
            // Else the last person named, when the speaker's title differs.
            if let Some(k) = self.last_speaker.as_ref().filter(|k| k.person)
                && fits(&k.titles)
            {
                return Some(k.name.clone());
            }
            let m = self.ents.last_before(s, Some(EntityType::Person))?;
            let e = self.ents.entity(m)?;
            let (titles, name) = strip_titles(self.lex, &e.name);
            return (fits(&titles) && fits(&e.titles)).then_some(name);
        }
        // "the agency", "the group": the last organisation with that head,
        // else the last organisation.
        let romance = romance_org_head(&lower);
        let head: &String = &romance.map_or_else(|| head.clone(), str::to_string);
        if (words.len() <= 2 || romance.is_some()) && org_anaphor(head) {
            let orgs = || {
                self.known.iter().rev().filter(|k| {
                    !k.person
                        && !self.ents.lookup(&k.name).is_some_and(|i| {
                            self.ents
                                .list
                                .get(i)
                                .is_some_and(|e| e.kind == EntityType::Place)
                        })
                })
            };
            // "the Facebook-owned company" is not Facebook.
            let owner: Option<&str> = words
                .iter()
                .find_map(|w| owner_of(w.w).filter(|o| is_cap(o)));
            let not_owner = |name: &str| {
                owner.is_none_or(|o| !name.split_whitespace().any(|w| w == o) && name != o)
            };
            let with_head = orgs().filter(|k| not_owner(&k.name)).find(|k| {
                k.name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
            });
            // Else the body named last, unless a different generic head
            // ends its name ("the commission" is not "the Jordanian
            // government").
            let company = matches!(head.as_str(), "company" | "firm");
            let last_named = self.known.last().filter(|k| {
                let agency_for_company = company && public_body(&k.name);
                !set!(ORG_HEADS_NAMED_ONLY).contains(head.as_str())
                    && !agency_for_company
                    && !matches!(
                        head.as_str(),
                        "union"
                            | "group"
                            | "panel"
                            | "party"
                            | "council"
                            | "board"
                            | "court"
                            | "committee"
                            | "commission"
                            | "coalition"
                            | "alliance"
                            | "league"
                            | "fund"
                            | "bank"
                    )
                    && orgs().next().is_some_and(|o| o.name == k.name)
                    && not_owner(&k.name)
                    && !k
                        .name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| org_anaphor(&w.lower()))
            });
            // "Instagram … the Facebook-owned company": the body named last
            // but its owner.
            let owned = || owner.and_then(|_| orgs().find(|k| not_owner(&k.name)));
            // Else the organisation mentioned last, close before the phrase
            // ("… SpaceX … but the company declined").
            let different_head = |name: &str| {
                name.rsplit(' ').next().is_some_and(|w| {
                    let w = w.lower();
                    org_anaphor(&w) && w != *head
                })
            };
            let last_org = || {
                if !set!(ORG_HEADS_NEAREST).contains(head.as_str()) {
                    return None;
                }
                let m = self.ents.last_before(s, Some(EntityType::Organization))?;
                let e = self.ents.entity(m)?;
                (s - m.end <= MAX_ORG_ANAPHOR_BYTES
                    && !different_head(&e.name)
                    && !(company && public_body(&e.name))
                    && not_owner(&e.name))
                .then(|| e.name.clone())
            };
            return with_head
                .or(last_named)
                .or_else(owned)
                .map(|k| k.name.clone())
                .or_else(last_org);
        }
        let head_sg = head.trim_end_matches('s');
        if self.lex.is_title(head) || self.lex.is_title(head_sg) {
            // "the president" is not the former president.
            let former_said = lower.iter().any(|w| w == "former" || w == "ex");
            // A pronoun after the phrase ("attacked her opponent").
            let hint = crate::entities::gender_after(self.text, words.last().map_or(s, |w| w.e));
            // A title naming the described office ("secretary of state"
            // for "the secretary").
            let office = |t: &str| {
                same_title(t, head)
                    || same_title(t, head_sg)
                    || t.strip_suffix(head.as_str())
                        .is_some_and(|r| r.ends_with(' '))
            };
            let has = |k: &Known| {
                k.titles.iter().any(|t| {
                    office(t)
                        && (former_said || !(t.starts_with("former ") || t.starts_with("ex-")))
                })
            };
            if let Some(k) = self.last_speaker.as_ref().filter(|k| has(k)) {
                return Some(k.name.clone());
            }
            return self
                .known
                .iter()
                .rev()
                .find(|k| has(k))
                .map(|k| k.name.clone())
                // "Mike Pence says … The Indiana governor …": a description
                // with a place or party modifier varies the name of the
                // person who just spoke.
                .or_else(|| {
                    self.last_speaker
                        .as_ref()
                        .filter(|k| modified_description && k.person && !k.name.contains(" and "))
                        // "The New York state attorney general" is not the
                        // speaker titled otherwise ("campaign chairman").
                        .filter(|k| self.refresh(k).titles.is_empty())
                        // Not the man who spoke for "attacked her opponent".
                        .filter(|k| hint.is_none_or(|g| compatible(self.refresh(k), Some(g))))
                        .map(|k| k.name.clone())
                })
                // "Trump's child-care plan … The GOP candidate proposes":
                // a party's candidate is the person named last.
                .or_else(|| {
                    let party = lower.iter().any(|w| {
                        matches!(w.as_str(), "gop" | "republican" | "democratic" | "democrat")
                    });
                    let electoral = matches!(head.as_str(), "candidate" | "nominee" | "hopeful");
                    if !(modified_description && party && electoral) {
                        return None;
                    }
                    // The person named last; a pronoun after the phrase
                    // ("attacked her opponent") picks among the last few.
                    let before = self.ents.mentions.partition_point(|m| m.end <= s);
                    let mut recent: Vec<usize> = Vec::new();
                    for m in self.ents.mentions[..before].iter().rev() {
                        let person = self
                            .ents
                            .list
                            .get(m.entity)
                            .is_some_and(|e| e.kind == EntityType::Person);
                        if person && !recent.contains(&m.entity) {
                            recent.push(m.entity);
                            if recent.len() == MAX_CANDIDATE_LOOKBACK {
                                break;
                            }
                        }
                    }
                    let gender = |i: usize| {
                        let e = self.ents.list.get(i)?;
                        let (titles, name) = strip_titles(self.lex, &e.name);
                        self.gender_of(&titles, &name)
                    };
                    // A fitting gender first, else one not known.
                    let best = match hint {
                        Some(g) => recent
                            .iter()
                            .copied()
                            .find(|&i| gender(i) == Some(g))
                            .or_else(|| recent.iter().copied().find(|&i| gender(i).is_none()))?,
                        None => *recent.first()?,
                    };
                    let (_, name) = strip_titles(self.lex, &self.ents.list.get(best)?.name);
                    (!name.is_empty()).then_some(name)
                })
                // "The New York state attorney general is confirming … But
                // Attorney General Eric Schneiderman …": the holder of the
                // title named just after the description.
                .or_else(|| {
                    if former_said {
                        return None;
                    }
                    let from = self.ents.mentions.partition_point(|m| m.start < e);
                    self.ents.mentions[from..]
                        .iter()
                        .take_while(|m| m.start <= e + MAX_CATAPHORA_BYTES)
                        .find_map(|m| {
                            let ent = self.ents.entity(m)?;
                            if ent.kind != EntityType::Person {
                                return None;
                            }
                            let (titles, name) = self.titles_and_name(ent);
                            let titled = titles.iter().any(|t| office(t));
                            (titled && !name.is_empty()).then_some(name)
                        })
                });
        }
        None
    }

    /// The known entry of a speaker (which may have learnt a gender since).
    fn refresh<'k>(&'k self, k: &'k Known) -> &'k Known {
        self.known
            .iter()
            .rev()
            .find(|x| x.name == k.name)
            .unwrap_or(k)
    }

    /// "While the ad did not appeal to Julie Graham, a state official,
    /// she said …": a person of the pronoun's gender named in the
    /// subordinate clause that opens the pronoun's sentence.
    fn subordinate_antecedent(&self, g: Option<Gender>, at: usize) -> Option<String> {
        let g = g?;
        let clause = self.text.get(self.pos..at)?;
        let first = clause.split_whitespace().next()?.lower();
        if !matches!(
            first.as_ref(),
            "while"
                | "when"
                | "after"
                | "although"
                | "though"
                | "as"
                | "because"
                | "if"
                | "since"
                | "before"
                | "despite"
        ) || !clause.trim_end().ends_with(',')
        {
            return None;
        }
        let i = self.ents.mentions.partition_point(|m| m.start < self.pos);
        let j = self.ents.mentions.partition_point(|m| m.start < at);
        self.ents.mentions.get(i..j)?.iter().rev().find_map(|m| {
            let e = self
                .ents
                .entity(m)
                .filter(|e| e.kind == EntityType::Person)?;
            let (all, name) = self.titles_and_name(e);
            (self.gender_of(&all, &name)? == g).then_some(name)
        })
    }

    /// "… seized upon Mr. Trump's RT appearance, in which he said …": the
    /// owner of the thing a relative clause is about, when that owner is a
    /// person of the pronoun's gender (or of none known).
    fn relative_possessor(&self, g: Option<Gender>, at: usize) -> Option<String> {
        let g = g?;
        let before = self.text.get(..at)?.trim_end();
        let head = ["in which", "during which", "at which", "where"]
            .iter()
            .find_map(|r| before.strip_suffix(r))?
            .trim_end()
            .strip_suffix(',')?;
        let end = head.len();
        let j = self.ents.mentions.partition_point(|m| m.start < end);
        self.ents
            .mentions
            .get(..j)?
            .iter()
            .rev()
            .take(2)
            .find_map(|m| {
                // The possessive stands in the phrase right before the comma.
                let owned = self.text.get(m.end..end)?;
                let rest = owned
                    .strip_prefix("'s")
                    .or_else(|| owned.strip_prefix("’s"))?;
                if rest.split_whitespace().count() > MAX_DOC_MODIFIERS + 1 {
                    return None;
                }
                let e = self
                    .ents
                    .entity(m)
                    .filter(|e| e.kind == EntityType::Person)?;
                let (all, name) = self.titles_and_name(e);
                self.gender_of(&all, &name)
                    .is_none_or(|x| x == g)
                    .then_some(name)
            })
    }

    /// "State Department official David Holmes revealed one of those
    /// calls, saying he recalled it": a person of the pronoun's gender who
    /// opens the pronoun's own sentence, outside quotation marks.
    fn sentence_subject(&self, g: Option<Gender>, at: usize) -> Option<String> {
        let g = g?;
        let i = self.ents.mentions.partition_point(|m| m.start < self.pos);
        let j = self.ents.mentions.partition_point(|m| m.start < at);
        // "Holt’s colleague Matt Lauer … after he asked": a possessive
        // name only qualifies the subject.
        let possessive = |m: &Mention| {
            self.text
                .get(m.end..)
                .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"))
        };
        let (first, e) = self.ents.mentions.get(i..j)?.iter().find_map(|m| {
            self.ents
                .entity(m)
                .filter(|e| e.kind == EntityType::Person && !possessive(m))
                .map(|e| (m, e))
        })?;
        let lead = self.text.get(self.pos..first.start)?;
        let quoted = lead.contains(['"', '“', '”', '‘', '«', '„']);
        // "Campaigning against Mitt Romney in 2012, he …", "People like
        // Scott, he said": the name sits in a phrase before the pronoun's
        // own clause.
        let phrase = lead.split_whitespace().next().is_some_and(|w| {
            let w = w.lower();
            w.ends_with("ing") || set!(OPENING_PREPOSITIONS).contains(w.as_ref())
        });
        let own_clause = self
            .text
            .get(first.end..at)
            .is_some_and(|b| b.trim_end().ends_with(','));
        // "His guest, the activist Kamala Lopez, was emotional as she …":
        // the name in apposition to a short subject.
        let apposed = lead.matches(',').count() == 1
            && lead
                .split(',')
                .next()
                .is_some_and(|w| w.split_whitespace().count() <= MAX_APPOSED_SUBJECT_WORDS)
            && self
                .text
                .get(first.end..)
                .is_some_and(|r| r.starts_with(','));
        if quoted
            || phrase
            || own_clause
            || lead.split_whitespace().count() > MAX_SUBJECT_LEAD_WORDS
            || (lead.contains(',') && !apposed)
        {
            return None;
        }
        let (all, name) = self.titles_and_name(e);
        (self.gender_of(&all, &name)? == g).then_some(name)
    }

    /// A member of `owner`'s family the article names (same family name,
    /// another person) whose given name has gender `g`, else one whose
    /// given name tells none.
    fn family_member(&self, owner: &str, g: Gender) -> Option<&str> {
        let family = owner.split_whitespace().last()?;
        if !owner.contains(' ') {
            return None;
        }
        let members: Vec<(&str, Option<Gender>)> = self
            .ents
            .list
            .iter()
            .filter(|e| {
                e.kind == EntityType::Person
                    && e.name != owner
                    && e.name.split_whitespace().count() > 1
                    && e.name.split_whitespace().last() == Some(family)
            })
            .map(|e| {
                let first = e.name.split_whitespace().next().unwrap_or("");
                (e.name.as_str(), self.lex.given_gender(first))
            })
            .collect();
        members
            .iter()
            .find(|(_, x)| *x == Some(g))
            .or_else(|| members.iter().find(|(_, x)| x.is_none()))
            .map(|(name, _)| *name)
    }

    /// The person a possessive "his" or "her" points to.
    fn possessor(&self, poss: &Word<'_>) -> Option<String> {
        let pronoun = match possessive_gender(poss.w) {
            Gender::Male => "he",
            Gender::Female => "she",
        };
        self.pronoun(pronoun, poss.s)
    }

    fn pronoun(&self, p: &str, at: usize) -> Option<String> {
        match p {
            // Outside quotation marks "I" and "we" are the writer.
            "i" | "we" => None,
            // "They" points back to a group: a body or coordinated names
            // that spoke last; a single person speaker is no antecedent.
            "they" | "ils" | "elles" | "ellos" | "ellas" | "eles" | "elas" | "они" => {
                // "Analysts expect … They say …": an unnamed group opening
                // a sentence since the last statement takes "they".
                let unnamed_group = self
                    .text
                    .get(self.recent_start()..self.pos)
                    .is_some_and(|w| {
                        // "Voting rights advocates have …", "Many analysts
                        // …": a plural source among the first words.
                        w.split(['.', '\n', '!', '?']).any(|sentence| {
                            sentence
                                .split_whitespace()
                                .take(MAX_GROUP_SUBJECT_WORDS)
                                .any(|w| set!(SOURCE_PLURALS).contains(w.lower().as_ref()))
                        })
                    });
                if unnamed_group {
                    return None;
                }
                self.last_speaker
                    .as_ref()
                    .filter(|k| !k.person || k.name.contains(" and "))
                    .map(|k| k.name.clone())
            }
            // German "sie": she or they.
            // A woman opening a sentence since the last statement ("Die
            // Pendlerin Sabine Oltmanns aus Wiesede hat … „…“, sagte sie"),
            // else the last speaker, else the last person named (never a
            // place).
            "sie" => self
                .introduced_subject(Some(Gender::Female))
                .or_else(|| {
                    self.last_speaker
                        .as_ref()
                        .filter(|k| k.person && compatible(self.refresh(k), Some(Gender::Female)))
                        .map(|k| k.name.clone())
                })
                .or_else(|| {
                    self.known
                        .iter()
                        .rev()
                        .find(|k| k.person && compatible(k, Some(Gender::Female)))
                        .map(|k| k.name.clone())
                })
                .or_else(|| self.last_speaker.as_ref().map(|k| k.name.clone())),
            // "It" speaks for a body or a place; events, products and works
            // ("the summit", "the MacBook") say nothing.
            "it" => self
                .last_speaker
                .as_ref()
                .filter(|k| !k.person)
                .or_else(|| {
                    self.known.iter().rev().find(|k| {
                        !k.person
                            && self.ents.lookup(&k.name).is_none_or(|i| {
                                self.ents.list.get(i).is_none_or(|e| {
                                    matches!(e.kind, EntityType::Organization | EntityType::Place)
                                })
                            })
                    })
                })
                .map(|k| k.name.clone()),
            _ => {
                // The last person speaker, unless the pronoun's gender rules
                // them out; then the last person named who fits.
                let g = pronoun_gender(p);
                // "Democrats said … She acknowledged …": a gendered pronoun
                // never stands for a body, a place or a group.
                let personal = |name: &String| {
                    g.is_none()
                        || (!self.known.iter().any(|k| &k.name == name && !k.person)
                            && self.ents.lookup(name).is_none_or(|i| {
                                self.ents.list.get(i).is_none_or(|e| {
                                    matches!(e.kind, EntityType::Person | EntityType::Other)
                                })
                            }))
                };
                if let Some(name) = self
                    .subordinate_antecedent(g, at)
                    .or_else(|| self.relative_possessor(g, at))
                    .or_else(|| self.sentence_subject(g, at))
                    .or_else(|| self.introduced_subject(g))
                    .or_else(|| self.introduced_role(g))
                    .filter(personal)
                {
                    return Some(match self.link(&name, g, &[]) {
                        Some(k) => k.name.clone(),
                        None => name,
                    });
                }
                let single = |k: &Known| k.person && !k.name.contains(" and ");
                let speaker = self
                    .last_speaker
                    .as_ref()
                    .filter(|k| single(k) && compatible(self.refresh(k), g));
                speaker
                    .or_else(|| {
                        self.known
                            .iter()
                            .rev()
                            .find(|k| single(k) && compatible(k, g))
                    })
                    .map(|k| k.name.clone())
                    .or_else(|| self.cataphor(g, at))
            }
        }
    }

    /// A pronoun before any person is named ("« … », a-t-elle annoncé. La
    /// maire, Sophie Arnaud, …"): the first person named after it, close
    /// by, whose given name has the pronoun's gender.
    fn cataphor(&self, g: Option<Gender>, at: usize) -> Option<String> {
        let g = g?;
        // Only when nobody at all was named before the pronoun (a name
        // with a title counts: "President Obama").
        let named_before = self
            .ents
            .mentions
            .iter()
            .take_while(|m| m.start < at)
            .any(|m| {
                self.ents
                    .entity(m)
                    .is_some_and(|e| e.kind == EntityType::Person || !e.titles.is_empty())
            });
        if named_before {
            return None;
        }
        self.ents
            .mentions
            .iter()
            .skip_while(|m| m.start <= at)
            .take_while(|m| m.start <= at + MAX_CATAPHORA_BYTES)
            .filter_map(|m| self.ents.entity(m))
            .filter(|e| e.kind == EntityType::Person)
            .map(|e| strip_titles(self.lex, &e.name).1)
            // Only a given name of the pronoun's gender: "Cédric" is no
            // "elle", and an unknown name is no evidence.
            .find(|name| {
                let first = name.split_whitespace().next().unwrap_or("");
                self.lex.gender(first) == Some(g)
            })
    }
}

/// How many opening words of a sentence may hold an unnamed group's head
/// ("Voting rights advocates", "Many of the analysts").
const MAX_GROUP_SUBJECT_WORDS: usize = 4;

/// Plural nouns for anonymous sources that open sentences ("Officials
/// said", "Analysts expect").
const SOURCE_PLURALS: &[&str] = &[
    "people",
    "advocates",
    "campaigners",
    "organizers",
    "families",
    "groups",
    "officials",
    "experts",
    "analysts",
    "critics",
    "sources",
    "residents",
    "witnesses",
    "authorities",
    "police",
    "investigators",
    "lawmakers",
    "researchers",
    "scientists",
    "doctors",
    "economists",
    "voters",
    "supporters",
    "opponents",
    "protesters",
    "activists",
    "observers",
    "diplomats",
    "prosecutors",
    "lawyers",
    "aides",
    "advisers",
    "executives",
    "employees",
    "workers",
    "parents",
    "students",
    "teachers",
    "locals",
];

/// Whether the lower-case text at `k..k + len` is a whole word.
fn word_at(text: &str, k: usize, len: usize) -> bool {
    let before = text.get(..k).and_then(|b| b.chars().next_back());
    let after = text.get(k + len..).and_then(|a| a.chars().next());
    before.is_none_or(|c| !crate::segment::is_alnum(c))
        && after.is_none_or(|c| !crate::segment::is_alnum(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_titles() {
        let lex = lexicon::get();
        assert_eq!(
            strip_titles(lex, "Russian President Vladimir Putin"),
            (vec!["president".to_string()], "Vladimir Putin".to_string())
        );
        assert_eq!(
            strip_titles(lex, "US Secretary of State John Kerry").1,
            "John Kerry"
        );
        assert_eq!(strip_titles(lex, "Putin").1, "Putin");
    }
}
