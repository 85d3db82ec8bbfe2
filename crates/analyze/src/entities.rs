//! Named entities: people, organisations, places and other names, each listed
//! once under its full name with every mention.
//!
//! Rules and lexicons, no model. One pass over the [`tokens`] builds runs of
//! capitalised words; a second pass links short forms to full names.
//!
//! 1. **Runs.** Capitalised words, kept together across hyphens ("Al-Nusra",
//!    "Jean-Claude"; but "Russia-US" splits when both parts are known), name
//!    particles ("bin", "al", "de", "van"), initials ("J. R."), `&`, and
//!    "of"/"for" after a head word ("Secretary of State", "Bank of England").
//!    A possessive ("Russia's") ends a run.
//! 2. **Cleaning.** Leading function words go ("The", "On", "Both", "However");
//!    weekday and month names are not entities. At the start of a sentence
//!    (or after `:` or an opening quote) a first word that no lexicon knows is
//!    dropped: a lone one ("Since", "Putin") is kept only as a *pending*
//!    mention, linked later if it names a known entity and dropped otherwise.
//!    All-caps runs of several words ("READ MORE") are shouting, not names.
//! 3. **Titles.** Demonyms, countries and titles are stripped from the front
//!    ("Russian President Vladimir Putin" → "Vladimir Putin", titles
//!    ["president"]; "US Secretary of State John Kerry" → "John Kerry"); a
//!    lower-case title just before the run counts too ("spokesman Dmitry
//!    Peskov"). A stripped title makes the rest a person.
//! 4. **Typing**, first match wins: the lexicon of countries, cities, places
//!    and organisations; an organisation cue as last word ("Ministry",
//!    "Group", "Front", "Inc") or head ("University of …"); a place cue
//!    ("Sea", "River", "Mount …"); an "other" cue ("Cup", "Summit", "Treaty");
//!    a title or a known given name → person; an unknown acronym →
//!    organization; two or three unknown capitalised words → person; else
//!    other. A lone demonym ("Russian", "Americans") refers to a place but
//!    does not make the country an entity: the country is listed only when
//!    it is named itself.
//! 5. **Aliases.** Acronyms in parentheses right after a name become its
//!    aliases and mentions ("International Syria Support Group (ISSG)",
//!    "Islamic State (IS, formerly ISIS/ISIL)").
//! 6. **Government bodies.** A possessive or demonym country before a
//!    ministry, embassy, government or cabinet gives the canonical form
//!    "<body> of <country>": "Russia's Foreign Ministry" and "Russian Foreign
//!    Ministry" are both "Foreign Ministry of Russia" (the written form is an
//!    alias; the mention spans the whole phrase).
//! 7. **Linking.** Names from the lexicons merge by lexicon entry (the name
//!    is the longest form the article uses; the lexicon's full name is added
//!    as an alias: "US" with alias "United States"). One-word mentions link
//!    to an earlier-or-later full name: a person by surname ("Putin" →
//!    "Vladimir Putin") or given name, anything by alias ("IS").
//!
//! ```
//! use newsfacts_analyze::{entities, segment};
//! let text = "Russian President Vladimir Putin met UN officials. Putin said the Islamic State (IS) lost.";
//! let ents = entities::find(text, &segment::sentences(text));
//! let names: Vec<&str> = ents.list.iter().map(|e| e.name.as_str()).collect();
//! assert_eq!(names, ["Vladimir Putin", "UN", "Islamic State"]);
//! assert_eq!(ents.list[0].titles, ["president"]);
//! assert_eq!(ents.list[0].aliases, ["Putin"]);
//! ```

mod lexicon;

pub use lexicon::sizes as lexicon_sizes;

use crate::CharMap;
use crate::segment::{self, Sentence, TokKind, Token};
use lexicon::{Lexicon, key};
use newsfacts_model::{Entity, EntityType};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One entity of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Ent {
    /// Canonical full name, titles stripped.
    pub name: String,
    /// Its type.
    pub kind: EntityType,
    /// Other names used for it.
    pub aliases: Vec<String>,
    /// Role words seen with it ("President", "Foreign Minister"), lower case.
    pub titles: Vec<String>,
}

impl Ent {
    /// Whether `name` is this entity's name, one of its aliases or (for a
    /// person) its surname.
    pub fn answers_to(&self, name: &str) -> bool {
        self.name == name
            || self.aliases.iter().any(|a| a == name)
            || (self.kind == EntityType::Person && surname(&self.name) == name)
    }
}

/// One mention: byte range and the entity it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into [`Entities::list`].
    pub entity: usize,
}

/// All entities of an article with their mentions (sorted by start).
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// The entities.
    pub list: Vec<Ent>,
    /// Their mentions, sorted by `start`.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// Mentions overlapping the byte range.
    pub fn mentions_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(move |m| m.start < end && m.end > start)
    }

    /// The entity of a mention.
    pub fn entity(&self, m: &Mention) -> Option<&Ent> {
        self.list.get(m.entity)
    }

    /// The mention covering byte `pos`, if any.
    pub fn at(&self, pos: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start <= pos);
        i.checked_sub(1)
            .and_then(|i| self.mentions.get(i))
            .filter(|m| pos < m.end)
    }

    /// The last mention that ends at or before byte `pos`, optionally of one type.
    pub fn last_before(&self, pos: usize, kind: Option<EntityType>) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.start < pos);
        self.mentions[..i].iter().rev().find(|m| {
            m.end <= pos
                && kind.is_none_or(|k| self.list.get(m.entity).is_some_and(|e| e.kind == k))
        })
    }

    /// The entity answering to `name` (canonical name, alias or surname).
    pub fn lookup(&self, name: &str) -> Option<usize> {
        self.list
            .iter()
            .position(|e| e.name == name)
            .or_else(|| self.list.iter().position(|e| e.answers_to(name)))
    }

    /// The model's entity list, offsets in characters.
    pub fn to_model(&self, map: &CharMap) -> Vec<Entity> {
        self.list
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                name: e.name.clone(),
                kind: e.kind,
                mentions: self
                    .mentions
                    .iter()
                    .filter(|m| m.entity == i)
                    .map(|m| [map.chars(m.start), map.chars(m.end)])
                    .collect(),
                aliases: e.aliases.clone(),
            })
            .collect()
    }
}

/// Most words in a run of name words before it is cut.
const MAX_RUN_WORDS: usize = 10;
/// Most words in a run that the "unknown capitalised words → person" guess accepts.
const MAX_GUESSED_PERSON_WORDS: usize = 3;
/// Longest unknown acronym taken as an organisation.
const MAX_ACRONYM_LEN: usize = 6;
/// Most lower-case words of a title looked for before a name.
const MAX_LOWER_TITLE_WORDS: usize = 3;

/// Capitalised function words that never start a name.
const FUNCTION_WORDS: &[&str] = &[
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "In",
    "On",
    "At",
    "For",
    "From",
    "By",
    "With",
    "And",
    "But",
    "Or",
    "So",
    "If",
    "As",
    "Of",
    "To",
    "Since",
    "While",
    "When",
    "Where",
    "Why",
    "What",
    "Who",
    "Whom",
    "Which",
    "How",
    "After",
    "Before",
    "During",
    "Despite",
    "However",
    "Meanwhile",
    "According",
    "Although",
    "Though",
    "Both",
    "All",
    "Some",
    "Many",
    "Most",
    "Several",
    "Other",
    "Another",
    "Each",
    "Every",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Your",
    "I",
    "We",
    "You",
    "He",
    "She",
    "It",
    "They",
    "There",
    "Here",
    "Then",
    "Now",
    "Yet",
    "Still",
    "Also",
    "Even",
    "Only",
    "Just",
    "Not",
    "No",
    "Yes",
    "Over",
    "Under",
    "About",
    "Around",
    "More",
    "Less",
    "Than",
    "Last",
    "Next",
    "Such",
    "Without",
    "Within",
    "Into",
    "Through",
    "Upon",
    "Until",
    "Unlike",
    "Like",
    "Among",
    "Amid",
    "Against",
    "Across",
    "Between",
    "Beyond",
    "Behind",
    "Above",
    "Below",
    "Following",
    "Including",
    "Instead",
    "Indeed",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "Nonetheless",
    "Thus",
    "Therefore",
    "Hence",
    "Otherwise",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Tonight",
    "Once",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Must",
    "Might",
    "Let",
    "Please",
    "Read",
    "Watch",
    "See",
    "Click",
    "Photo",
    "Video",
    "Image",
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Ein",
    "Eine",
    "Im",
    "Am",
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Au",
    "Aux",
    "Des",
    "El",
    "Los",
    "Las",
    "Una",
    "Al-",
];

/// Words for members of a group (like demonyms): no entity on their own.
const GROUP_WORDS: &[&str] = &[
    "Democrat",
    "Democrats",
    "Republican",
    "Conservative",
    "Liberal",
    "Muslim",
    "Muslims",
    "Christian",
    "Christians",
    "Jewish",
    "Jew",
    "Jews",
    "Catholic",
    "Catholics",
    "Protestant",
    "Sunni",
    "Sunnis",
    "Shia",
    "Shiite",
    "Shiites",
    "Kurd",
    "Kurds",
    "Kurdish",
    "Arab",
    "Arabs",
    "Western",
    "Westerners",
    "Islamist",
    "Islamists",
    "Jihadist",
    "Jihadists",
    "European",
    "Europeans",
    "African",
    "Africans",
    "Asian",
    "Asians",
    "Latino",
    "Hispanic",
    "Soviet",
    "Communist",
    "Socialist",
    "Green",
    "Briton",
    "Internet",
    "God",
];

/// Weekdays, months and other calendar words: never entities on their own.
const CALENDAR: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
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
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
    "Januar",
    "Februar",
    "März",
    "Juni",
    "Juli",
    "Oktober",
    "Dezember",
    "Christmas",
    "Easter",
    "Ramadan",
    "Eid",
    "GMT",
    "UTC",
];

/// Last words that make a name an organisation.
const ORG_CUES: &[&str] = &[
    "Ministry",
    "Group",
    "Party",
    "Army",
    "Navy",
    "Council",
    "Committee",
    "Agency",
    "Inc",
    "Corp",
    "Corporation",
    "University",
    "Front",
    "Bank",
    "Company",
    "Commission",
    "Institute",
    "Association",
    "Union",
    "Federation",
    "Organization",
    "Organisation",
    "Court",
    "Department",
    "Office",
    "Service",
    "Services",
    "Forces",
    "Force",
    "Police",
    "Guard",
    "Guards",
    "Foundation",
    "League",
    "Club",
    "FC",
    "Ltd",
    "LLC",
    "PLC",
    "Plc",
    "AG",
    "GmbH",
    "SA",
    "Holdings",
    "Airlines",
    "Airways",
    "Motors",
    "Bureau",
    "Center",
    "Centre",
    "Authority",
    "Board",
    "Fund",
    "Assembly",
    "Parliament",
    "Senate",
    "Congress",
    "Movement",
    "Brigade",
    "Brigades",
    "Coalition",
    "Alliance",
    "Society",
    "College",
    "School",
    "Hospital",
    "Church",
    "Academy",
    "Administration",
    "Cabinet",
    "Government",
    "Reserve",
    "Exchange",
    "Industries",
    "Systems",
    "Technologies",
    "Labs",
    "Laboratories",
    "Media",
    "Press",
    "Times",
    "Post",
    "News",
    "Network",
    "Embassy",
    "Consulate",
    "Mission",
    "Tribunal",
    "Secretariat",
    "Directorate",
    "Unit",
    "Units",
    "Battalion",
    "Regiment",
    "Division",
    "Corps",
    "Command",
    "Team",
    "Trust",
    "Partners",
    "Capital",
    "Energy",
    "Petroleum",
    "Pharmaceuticals",
    "Insurance",
    "Securities",
    "Investments",
    "Studios",
    "Records",
    "Magazine",
    "Journal",
    "Tribune",
    "Herald",
    "Gazette",
    "Telegraph",
    "Observer",
    "Chamber",
    "Militia",
    "Caucus",
    "Forum",
    "Ministerium",
    "Partei",
    "Regierung",
    "Bundesamt",
    "Ministère",
    "Ministerio",
    "Gruppe",
    "Group's",
    "Co",
];

/// First words that make "<word> of …" an organisation.
const ORG_HEADS: &[&str] = &[
    "Ministry",
    "Department",
    "University",
    "Bank",
    "Council",
    "Office",
    "Court",
    "Institute",
    "Museum",
    "Church",
    "Bureau",
    "Agency",
    "Commission",
    "Committee",
    "Organization",
    "Organisation",
    "Federation",
    "Association",
    "Union",
    "Board",
    "Academy",
    "College",
    "School",
    "Hospital",
    "Embassy",
    "Party",
    "Society",
    "League",
    "House",
    "Friends",
];

/// Words that make a name a governing body: "<Country>'s Foreign Ministry" →
/// "Foreign Ministry of <Country>".
const GOV_BODIES: &[&str] = &[
    "Ministry",
    "Embassy",
    "Government",
    "Cabinet",
    "Consulate",
    "Foreign Office",
];

/// Last words that make a name a place.
const PLACE_CUES: &[&str] = &[
    "Sea",
    "Ocean",
    "River",
    "Mountains",
    "Mountain",
    "Hills",
    "Island",
    "Islands",
    "Gulf",
    "Bay",
    "Valley",
    "Province",
    "Region",
    "County",
    "District",
    "Street",
    "Square",
    "Avenue",
    "Road",
    "Peninsula",
    "Desert",
    "Strait",
    "Canal",
    "Lake",
    "Park",
    "Airport",
    "Bridge",
    "Coast",
    "Heights",
    "Plain",
    "Basin",
    "Delta",
    "Forest",
    "Falls",
    "City",
    "Town",
    "Village",
    "Oblast",
    "Krai",
    "Governorate",
    "Prefecture",
    "Territory",
    "Territories",
    "Stadium",
    "Arena",
    "Palace",
    "Station",
    "Harbour",
    "Harbor",
    "Port",
    "Base",
];

/// First words that make a name a place.
const PLACE_HEADS: &[&str] = &[
    "Mount", "Lake", "Cape", "Fort", "Gulf", "Bay", "Isle", "Sea", "Strait", "Republic", "Kingdom",
    "Province", "City", "Port", "Saint", "St", "San", "Santa", "Sankt",
];

/// Last words that make a name "other" (events, laws, prizes).
const OTHER_CUES: &[&str] = &[
    "Cup",
    "Games",
    "Olympics",
    "Prize",
    "Award",
    "Awards",
    "Festival",
    "Day",
    "War",
    "Summit",
    "Conference",
    "Agreement",
    "Treaty",
    "Act",
    "Bill",
    "Plan",
    "Accord",
    "Accords",
    "Protocol",
    "Convention",
    "Doctrine",
    "Initiative",
    "Program",
    "Programme",
    "Project",
    "Championship",
    "Championships",
    "Open",
    "Marathon",
    "Series",
    "Show",
    "Revolution",
    "Spring",
    "Crisis",
    "Index",
    "Report",
    "Declaration",
    "Pact",
    "Deal",
    "Strategy",
    "Expo",
    "Prix",
    "Olympiad",
];

/// Lower-case words allowed inside a name between capitalised words.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "dos", "das", "del", "della", "van", "von", "der", "den", "ter", "la",
    "le", "bin", "ibn", "al", "el", "ben", "y", "zu", "af", "of", "for", "and", "&",
];

/// All-caps words that are not names.
const ACRONYM_STOP: &[&str] = &[
    "READ",
    "MORE",
    "WATCH",
    "VIDEO",
    "PHOTO",
    "PHOTOS",
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "EXCLUSIVE",
    "LIVE",
    "NEW",
    "OPINION",
    "ANALYSIS",
    "EDITOR",
    "NOTE",
    "CEO",
    "CFO",
    "COO",
    "CTO",
    "GDP",
    "TV",
    "OK",
    "AM",
    "PM",
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EST",
    "EDT",
    "PST",
    "PDF",
    "ID",
    "DNA",
    "RNA",
    "HIV",
    "AIDS",
    "COVID",
    "SARS",
    "LGBT",
    "LGBTQ",
    "VAT",
    "USD",
    "EUR",
    "GBP",
    "RUB",
    "JPY",
    "CNY",
    "CHF",
    "IT",
    "PR",
    "HR",
    "AI",
    "IPO",
    "CO2",
    "UV",
    "DIY",
    "FAQ",
    "URL",
    "HTML",
    "MP",
    "MPs",
    "MEP",
    "MEPs",
    "VIP",
    "CCTV",
    "SUV",
    "ATM",
    "PhD",
    "MBA",
    "NB",
    "PS",
    "RIP",
    "USB",
    "GPS",
    "SMS",
    "FM",
    "ISBN",
    "TBC",
    "TBA",
    "ETA",
    "UFO",
    "WMD",
    "MOST",
    "ALL",
    "THE",
    "AND",
    "OF",
    "TO",
    "IN",
    "ON",
    "AT",
    "BY",
    "FOR",
    "WITH",
];

/// Title abbreviations written with a dot.
const DOTTED_TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm",
    "Maj", "Rev", "Sr", "Jr", "St", "Hr", "Fr", "Mme",
];

/// Lower-case role words too vague to make the next name a person.
const LOWER_TITLE_SKIP: &[&str] = &[
    "former", "acting", "deputy", "private", "major", "general", "head", "chief", "brother",
    "sister", "father", "forward", "chair", "officer", "leader", "champion", "captain",
];

/// A word of a run.
#[derive(Debug, Clone, Copy)]
struct W<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// An alias written in the text: (alias, first byte, end byte).
type Alias = (String, usize, usize);

/// One mention found, before linking.
#[derive(Debug, Clone)]
struct Cand {
    start: usize,
    end: usize,
    name: String,
    kind: EntityType,
    group: Option<usize>,
    titles: Vec<String>,
    aliases: Vec<Alias>,
    /// An alias written in the text ("Russia's Foreign Ministry").
    written: Option<String>,
    /// One word, to be linked to a full name when one matches.
    single: bool,
    /// Sentence-initial unknown word: linked or dropped.
    pending: bool,
}

/// A hash set of a word list, built once per use site.
macro_rules! set {
    ($list:expr) => {{
        static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
        SET.get_or_init(|| $list.iter().copied().collect())
    }};
}

fn in_set(set: &[&str], w: &str) -> bool {
    set.contains(&w)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_all_caps(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= 2
}

/// The word without a possessive "'s" / "’s" / trailing apostrophe.
fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["'s", "’s"] {
        if let Some(s) = w.strip_suffix(suf)
            && !s.is_empty()
        {
            return (s, true);
        }
    }
    (w, false)
}

/// The last word of a person's name, without particles ("al-Assad" → "Assad").
fn surname(name: &str) -> &str {
    let last = name.rsplit(' ').next().unwrap_or(name);
    match last.split_once('-') {
        Some((p, rest)) if in_set(&["al", "Al", "el", "El"], p) => rest,
        _ => last,
    }
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        ':' | '"' | '“' | '‘' | '«' | '„' | '—' | '–' | '•' | '*' | '\'' | '(' | '['
    )
}

/// Finds the entities of `text`.
pub fn find(text: &str, sentences: &[Sentence]) -> Entities {
    let lex = lexicon::get();
    let toks = segment::tokens(text);
    // Sentence index of every token and whether it opens a sentence or clause.
    let mut sent_of = vec![usize::MAX; toks.len()];
    let mut initial = vec![false; toks.len()];
    let mut si = 0;
    let mut last_sent = usize::MAX;
    for (i, t) in toks.iter().enumerate() {
        while si < sentences.len() && sentences[si].end <= t.start {
            si += 1;
        }
        let s = if si < sentences.len() && sentences[si].start <= t.start {
            si
        } else {
            usize::MAX - 1 - si // between sentences: a unique id of its own
        };
        sent_of[i] = s;
        let first_in_sentence = s != last_sent;
        last_sent = s;
        initial[i] = first_in_sentence
            || (i > 0 && toks[i - 1].kind == TokKind::Punct && {
                let c = toks[i - 1].first(text);
                is_opening_punct(c) && (c == ':' || c == '—' || c == '–' || t.joined)
            })
            || (i > 0 && initial[i - 1] && toks[i - 1].kind == TokKind::Punct);
    }

    let mut cands: Vec<Cand> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.kind != TokKind::Word || !is_cap(t.text(text)) {
            i += 1;
            continue;
        }
        // The longest multi-word lexicon name starting here ("Organization
        // for Security and Co-operation in Europe").
        if let Some((next, g)) = known_at(text, &toks, &sent_of, i, lex) {
            let (start, end) = (t.start, toks[next - 1].end);
            let mut c = Cand {
                start,
                end,
                name: text
                    .get(start..end)
                    .unwrap_or("")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                kind: lex.groups[g].kind,
                group: Some(g),
                titles: Vec::new(),
                aliases: Vec::new(),
                written: None,
                single: false,
                pending: false,
            };
            let mut after = next;
            if let Some((aliases, end_tok)) = paren_aliases(text, &toks, next) {
                c.aliases = aliases;
                after = end_tok;
            }
            cands.push(c);
            i = after;
            continue;
        }
        // A leading function word ("The", "On") is no part of a name: skip it
        // so that a known name after it is matched whole.
        if set!(FUNCTION_WORDS).contains(t.text(text))
            && toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokKind::Word && is_cap(n.text(text)))
        {
            i += 1;
            continue;
        }
        let (words, next, poss) = build_run(text, &toks, &sent_of, i, lex);
        let mut after = next;
        let before = cands.len();
        classify(text, &toks, lex, &words, initial[i], i, poss, &mut cands);
        // Parenthesised aliases right after the run.
        if cands.len() > before
            && !poss
            && let Some((aliases, end_tok)) = paren_aliases(text, &toks, next)
            && let Some(c) = cands.last_mut()
        {
            if !c.pending
                && c.group.is_none()
                && matches!(c.kind, EntityType::Other | EntityType::Person)
                && c.titles.is_empty()
            {
                c.kind = EntityType::Organization;
            }
            c.aliases.extend(aliases);
            c.single = false;
            c.pending = false;
            after = end_tok;
        }
        // "Russia's Foreign Ministry": possessive place + governing body.
        if poss && cands.len() == before + 1 && next < toks.len() && is_cap(toks[next].text(text)) {
            let (w2, n2, p2) = build_run(text, &toks, &sent_of, next, lex);
            let body = join_words(&w2);
            let place = &cands[before];
            if place.kind == EntityType::Place
                && place.group.is_some_and(|g| lex.groups[g].country)
                && !p2
                && is_gov_body(&body)
                && let Some(last) = w2.last()
            {
                let country = place
                    .group
                    .map_or(place.name.clone(), |g| lex.groups[g].name.clone());
                let start = place.start;
                cands[before] = Cand {
                    start,
                    end: last.end,
                    name: format!("{body} of {country}"),
                    kind: EntityType::Organization,
                    group: None,
                    titles: Vec::new(),
                    aliases: Vec::new(),
                    written: text
                        .get(start..last.end)
                        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")),
                    single: false,
                    pending: false,
                };
                after = n2;
            }
        }
        i = after.max(i + 1);
    }
    link(cands, lex)
}

fn join_words(words: &[W]) -> String {
    let mut s = String::new();
    for w in words {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

fn is_gov_body(name: &str) -> bool {
    GOV_BODIES
        .iter()
        .any(|b| name == *b || name.ends_with(&format!(" {b}")))
}

/// Whether a word is known to some lexicon (safe at the start of a sentence);
/// `more` says whether more name words follow it (then the first word of a
/// known multi-word name counts too: "New York").
fn known_word(lex: &Lexicon, w: &str, more: bool) -> bool {
    let k = key(w);
    lex.known.contains_key(&k)
        || (more && lex.first_words.contains(&k))
        || lex.given.contains(w)
        || lex.demonyms.contains_key(&k)
        || lex.titles.contains(&w.to_lowercase())
}

/// The longest known multi-word name starting at token `i`: (next token, group).
fn known_at(
    text: &str,
    toks: &[Token],
    sent_of: &[usize],
    i: usize,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    const MAX_KNOWN_WORDS: usize = 9;
    let first = toks.get(i)?;
    if !lex.first_words.contains(&key(first.text(text))) {
        return None;
    }
    let mut best = None;
    let mut words = 1;
    let mut j = i + 1;
    while j < toks.len() && words < MAX_KNOWN_WORDS && sent_of[j] == sent_of[i] {
        let t = toks[j];
        if t.kind == TokKind::Punct && !(t.joined && matches!(t.first(text), '-' | '.')) {
            break;
        }
        if t.kind == TokKind::Word {
            words += 1;
        }
        j += 1;
        let slice = text.get(first.start..t.end)?;
        if t.kind == TokKind::Word
            && let Some(&g) = lex.known.get(&key(slice))
        {
            best = Some((j, g));
        }
    }
    best
}

/// Builds the run of name words starting at token `i`: (words, next token, ends in a possessive).
fn build_run<'a>(
    text: &'a str,
    toks: &[Token],
    sent_of: &[usize],
    i: usize,
    lex: &Lexicon,
) -> (Vec<W<'a>>, usize, bool) {
    let mut words: Vec<W<'a>> = Vec::new();
    let mut j = i;
    let sent = sent_of[i];
    let mut poss = false;
    while j < toks.len() && words.len() < MAX_RUN_WORDS {
        let t = toks[j];
        if sent_of[j] != sent || t.kind == TokKind::Punct {
            break;
        }
        let raw = t.text(text);
        let is_first = words.is_empty();
        if !is_first && !is_cap(raw) {
            // A particle or connector needs a capitalised word after it.
            let ok_next = toks.get(j + 1).is_some_and(|n| {
                n.kind == TokKind::Word && is_cap(n.text(text)) && sent_of[j + 1] == sent
            });
            let prev = words.last().map_or("", |w| w.text);
            let allowed = match raw {
                "of" => {
                    set!(ORG_CUES).contains(prev)
                        || set!(ORG_HEADS).contains(prev)
                        || set!(PLACE_HEADS).contains(prev)
                        || lex.titles.contains(&prev.to_lowercase())
                }
                "for" => set!(ORG_CUES).contains(prev) || set!(ORG_HEADS).contains(prev),
                "and" => false,
                _ => set!(PARTICLES).contains(raw) && !t.joined,
            };
            if !(ok_next && allowed) {
                break;
            }
        }
        if t.kind == TokKind::Num {
            break;
        }
        let mut w = W {
            start: t.start,
            end: t.end,
            text: raw,
        };
        j += 1;
        // Hyphen compounds: "Al-Nusra", "Jean-Claude", "al-Assad"; not "Russia-US".
        while j + 1 < toks.len()
            && toks[j].kind == TokKind::Punct
            && toks[j].first(text) == '-'
            && toks[j].joined
            && toks[j + 1].joined
            && toks[j + 1].kind != TokKind::Punct
        {
            let right = toks[j + 1].text(text);
            let left_known = lex.known.contains_key(&key(w.text)) || lex.demonym(w.text).is_some();
            let right_known = lex.known.contains_key(&key(right)) || lex.demonym(right).is_some();
            let particle = in_set(
                &["al", "Al", "el", "El", "bin", "Bin", "ibn", "Abu", "abu"],
                w.text,
            );
            if (left_known && right_known && !particle) || (!is_cap(right) && !particle) {
                break;
            }
            w.end = toks[j + 1].end;
            w.text = text.get(w.start..w.end).unwrap_or("");
            j += 2;
        }
        // An initial "J." or a title abbreviation "Dr." (the dot belongs to the name).
        if (w.text.chars().count() == 1 || set!(DOTTED_TITLES).contains(w.text))
            && toks
                .get(j)
                .is_some_and(|d| d.kind == TokKind::Punct && d.joined && d.first(text) == '.')
        {
            w.end = toks[j].end;
            w.text = text.get(w.start..w.end).unwrap_or("");
            j += 1;
        }
        let (bare, p) = strip_possessive(w.text);
        if p {
            w.end = w.start + bare.len();
            w.text = bare;
            words.push(w);
            poss = true;
            break;
        }
        words.push(w);
    }
    // Trailing connectors are not part of the name.
    while words.last().is_some_and(|w| !is_cap(w.text)) {
        words.pop();
    }
    (words, j.max(i + 1), poss)
}

/// Acronyms in parentheses after a name: "(ISSG)", "(IS, formerly ISIS/ISIL)".
fn paren_aliases(text: &str, toks: &[Token], i: usize) -> Option<(Vec<Alias>, usize)> {
    const FILLER: &[&str] = &[
        "formerly",
        "also",
        "known",
        "as",
        "aka",
        "or",
        "previously",
        "now",
    ];
    const MAX_PAREN_TOKENS: usize = 16;
    if toks.get(i)?.first(text) != '(' {
        return None;
    }
    let mut out = Vec::new();
    let mut j = i + 1;
    while j < toks.len() && j < i + MAX_PAREN_TOKENS {
        let t = toks[j];
        let s = t.text(text);
        match t.kind {
            TokKind::Punct if s == ")" => {
                return (!out.is_empty()).then_some((out, j + 1));
            }
            TokKind::Punct if matches!(s, "," | "/" | ";") => {}
            TokKind::Word
                if is_all_caps(s)
                    || (is_cap(s)
                        && s.len() <= MAX_ACRONYM_LEN
                        && s.chars().skip(1).any(char::is_uppercase)) =>
            {
                out.push((s.to_string(), t.start, t.end));
            }
            TokKind::Word if FILLER.contains(&s) => {}
            _ => return None,
        }
        j += 1;
    }
    None
}

/// Turns a run into zero or one candidate.
#[allow(clippy::too_many_arguments)]
fn classify(
    text: &str,
    toks: &[Token],
    lex: &Lexicon,
    run: &[W],
    initial: bool,
    first_tok: usize,
    poss: bool,
    out: &mut Vec<Cand>,
) {
    let mut ws: &[W] = run;
    let mut initial = initial;
    if run.len() > 1
        && let Some(g) = lex.group(&join_words(run))
        && let (Some(a), Some(b)) = (run.first(), run.last())
    {
        let mut c = single(a, lex.groups[g].kind, false);
        c.end = b.end;
        c.name = text
            .get(a.start..b.end)
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        c.group = Some(g);
        c.single = false;
        out.push(c);
        return;
    }
    // All-caps shouting ("READ MORE") is no name unless the lexicon knows it.
    if ws.len() >= 2
        && ws.iter().all(|w| is_all_caps(w.text))
        && lex.group(&join_words(ws)).is_none()
    {
        return;
    }
    // Leading function words and calendar words (unless the rest is a known name: "La Liga").
    while let Some(w) = ws.first() {
        if lex.group(&join_words(ws)).is_some() && ws.len() > 1 {
            break;
        }
        if set!(FUNCTION_WORDS).contains(w.text) || set!(CALENDAR).contains(w.text) {
            ws = &ws[1..];
            initial = false;
        } else {
            break;
        }
    }
    while ws
        .last()
        .is_some_and(|w| set!(CALENDAR).contains(w.text) || !is_cap(w.text))
    {
        ws = &ws[..ws.len() - 1];
    }
    if ws.is_empty() {
        return;
    }
    let whole = join_words(ws);
    let has_cue = ws.last().is_some_and(|w| {
        set!(ORG_CUES).contains(w.text)
            || set!(PLACE_CUES).contains(w.text)
            || set!(OTHER_CUES).contains(w.text)
    });
    // Sentence-initial unknown first word.
    if initial
        && lex.group(&whole).is_none()
        && !known_word(lex, ws[0].text, ws.len() > 1)
        && !has_cue
    {
        if ws.len() == 1 {
            if let Some(w) = ws.first()
                && !is_all_caps(w.text)
            {
                out.push(single(w, EntityType::Other, true));
            }
            return;
        }
        ws = &ws[1..];
        while ws.first().is_some_and(|w| !is_cap(w.text)) {
            ws = &ws[1..];
        }
        if ws.is_empty() {
            return;
        }
    }
    let mut titles: Vec<String> = Vec::new();
    let mut person = false;
    let mut demonym_country: Option<usize> = None;
    // Strip demonyms / countries / titles from the front.
    loop {
        let whole = join_words(ws);
        if lex.group(&whole).is_some() {
            break;
        }
        if let Some(n) = title_len(lex, ws)
            && n < ws.len()
        {
            let t: Vec<&str> = ws[..n].iter().map(|w| w.text).collect();
            titles.push(t.join(" ").to_lowercase());
            person = true;
            ws = &ws[n..];
            while ws.first().is_some_and(|w| !is_cap(w.text)) {
                ws = &ws[1..];
            }
            continue;
        }
        if ws.len() >= 2 {
            let w0 = ws[0].text;
            let country = lex.demonym(w0).or_else(|| {
                lex.group(w0)
                    .filter(|&g| lex.groups[g].kind == EntityType::Place)
            });
            if let Some(g) = country {
                let rest = &ws[1..];
                let rest_title = title_len(lex, rest).is_some_and(|n| n < rest.len());
                if rest_title || lex.given.contains(rest[0].text) {
                    ws = rest;
                    continue;
                }
                if lex.demonym(w0).is_some() {
                    demonym_country = Some(g);
                }
            }
        }
        break;
    }
    if ws.is_empty() {
        return;
    }
    // A lower-case title just before the run ("spokesman Dmitry Peskov").
    if !person && let Some(t) = lower_title_before(text, toks, lex, first_tok) {
        let whole = join_words(ws);
        if lex.group(&whole).is_none() && !has_org_or_place_cue(ws) {
            titles.push(t);
            person = true;
        }
    }
    if ws.len() == 1 && ws[0].text.chars().filter(|c| c.is_alphanumeric()).count() == 1 {
        return; // a lone letter ("°C", "Plan B")
    }
    let (start, end) = (ws[0].start, ws[ws.len() - 1].end);
    let name = text
        .get(start..end)
        .unwrap_or("")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut cand = Cand {
        start,
        end,
        name: name.clone(),
        kind: EntityType::Other,
        group: None,
        titles,
        aliases: Vec::new(),
        written: None,
        single: ws.len() == 1,
        pending: false,
    };
    let first = ws[0].text;
    let last = ws[ws.len() - 1].text;
    if let Some(g) = lex.group(&name) {
        cand.group = Some(g);
        cand.kind = lex.groups[g].kind;
        cand.single = false;
    } else if set!(ORG_CUES).contains(last)
        || (ws.len() >= 3 && set!(ORG_HEADS).contains(first) && ws[1].text == "of")
        || (last == "State" && first == "Islamic")
    {
        if ws.len() == 1 {
            return; // a bare "Navy" or "Ministry" is a generic reference
        }
        cand.kind = EntityType::Organization;
        if let Some(g) = demonym_country
            && is_gov_body(&join_words(&ws[1..]))
        {
            cand.written = Some(name.clone());
            cand.name = format!("{} of {}", join_words(&ws[1..]), lex.groups[g].name);
        }
    } else if set!(PLACE_CUES).contains(last)
        || (ws.len() >= 2 && set!(PLACE_HEADS).contains(first))
    {
        if ws.len() == 1 {
            return;
        }
        cand.kind = EntityType::Place;
    } else if set!(OTHER_CUES).contains(last) {
        if ws.len() == 1 {
            return;
        }
        cand.kind = EntityType::Other;
    } else if person || lex.given.contains(first) {
        cand.kind = EntityType::Person;
    } else if ws.len() == 1 {
        if lex.demonym(first).is_some()
            || set!(CALENDAR).contains(first)
            || set!(GROUP_WORDS).contains(first)
            || lex.titles.contains(&first.to_lowercase())
        {
            return;
        }
        if is_all_caps(first) {
            if set!(ACRONYM_STOP).contains(first) || first.chars().count() > MAX_ACRONYM_LEN {
                return;
            }
            cand.kind = EntityType::Organization;
        }
    } else if ws
        .iter()
        .any(|w| lex.group(w.text).is_some() || lex.demonym(w.text).is_some())
    {
        cand.kind = EntityType::Other;
    } else if ws.len() <= MAX_GUESSED_PERSON_WORDS && ws.iter().all(|w| !is_all_caps(w.text)) {
        cand.kind = EntityType::Person;
    }
    let _ = poss;
    out.push(cand);
}

fn has_org_or_place_cue(ws: &[W]) -> bool {
    ws.last()
        .is_some_and(|w| set!(ORG_CUES).contains(w.text) || set!(PLACE_CUES).contains(w.text))
}

fn single(w: &W, kind: EntityType, pending: bool) -> Cand {
    Cand {
        start: w.start,
        end: w.end,
        name: w.text.to_string(),
        kind,
        group: None,
        titles: Vec::new(),
        aliases: Vec::new(),
        written: None,
        single: true,
        pending,
    }
}

/// Words of the longest title at the start of `ws`.
fn title_len(lex: &Lexicon, ws: &[W]) -> Option<usize> {
    let mut best = None;
    let mut phrase = String::new();
    for (n, w) in ws.iter().take(lex.title_words).enumerate() {
        if n > 0 {
            phrase.push(' ');
        }
        phrase.push_str(&w.text.trim_end_matches('.').to_lowercase());
        if lex.titles.contains(&phrase) {
            best = Some(n + 1);
        }
    }
    best
}

/// A lower-case title right before token `i` ("foreign minister", "spokesman").
fn lower_title_before(text: &str, toks: &[Token], lex: &Lexicon, i: usize) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut j = i;
    let mut best = None;
    while j > 0 && words.len() < MAX_LOWER_TITLE_WORDS {
        j -= 1;
        let t = toks[j];
        let s = t.text(text);
        if t.kind != TokKind::Word || is_cap(s) {
            break;
        }
        words.insert(0, s);
        let phrase = words.join(" ");
        if lex.titles.contains(&phrase) && !set!(LOWER_TITLE_SKIP).contains(phrase.as_str()) {
            best = Some(phrase);
        }
    }
    best
}

/// Merges candidates into entities and links short forms to full names.
fn link(cands: Vec<Cand>, lex: &Lexicon) -> Entities {
    let mut ents = Entities::default();
    let mut by_group: HashMap<usize, usize> = HashMap::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut first_at: Vec<usize> = Vec::new();
    let mut assigned: Vec<Option<usize>> = vec![None; cands.len()];

    let add_alias = |e: &mut Ent, a: &str| {
        if e.name != a && !e.aliases.iter().any(|x| x == a) {
            e.aliases.push(a.to_string());
        }
    };

    // Pass 1: full names, lexicon names, typed names.
    for (ci, c) in cands.iter().enumerate() {
        if c.pending || (c.single && c.group.is_none() && c.kind != EntityType::Organization) {
            continue;
        }
        let idx = if let Some(g) = c.group {
            by_group.get(&g).copied()
        } else {
            by_name.get(&c.name).copied()
        }
        .or_else(|| {
            // An alias declared earlier ("IS" after "Islamic State (IS)").
            ents.list.iter().position(|e| e.aliases.contains(&c.name))
        });
        let idx = match idx {
            Some(i) => i,
            None => {
                ents.list.push(Ent {
                    name: c.name.clone(),
                    kind: c.kind,
                    aliases: Vec::new(),
                    titles: Vec::new(),
                });
                first_at.push(c.start);
                ents.list.len() - 1
            }
        };
        let e = &mut ents.list[idx];
        if c.group.is_some() && c.name.chars().count() > e.name.chars().count() {
            let old = std::mem::replace(&mut e.name, c.name.clone());
            add_alias(e, &old);
            e.aliases.retain(|a| *a != c.name);
        } else {
            add_alias(e, &c.name);
        }
        if let Some(w) = &c.written {
            add_alias(e, w);
        }
        for t in &c.titles {
            if !e.titles.contains(t) {
                e.titles.push(t.clone());
            }
        }
        for (a, _, _) in &c.aliases {
            add_alias(e, a);
            if let Some(g) = lex.group(a) {
                by_group.entry(g).or_insert(idx);
            }
        }
        if let Some(g) = c.group {
            by_group.insert(g, idx);
        }
        by_name.entry(c.name.clone()).or_insert(idx);
        assigned[ci] = Some(idx);
    }
    // Pass 2: one-word mentions link to a full name, else stand alone (unless pending).
    for (ci, c) in cands.iter().enumerate() {
        if assigned[ci].is_some() {
            continue;
        }
        let found = by_name
            .get(&c.name)
            .copied()
            .or_else(|| ents.list.iter().position(|e| e.aliases.contains(&c.name)))
            .or_else(|| nearest_person(&ents, &first_at, c, |e| surname(&e.name) == c.name))
            .or_else(|| {
                nearest_person(&ents, &first_at, c, |e| {
                    e.name.split(' ').count() > 1
                        && e.name.split(' ').next() == Some(c.name.as_str())
                })
            });
        let idx = match found {
            Some(i) => {
                let e = &mut ents.list[i];
                if e.name != c.name
                    && !(e.kind == EntityType::Person
                        && e.name.split(' ').next() == Some(c.name.as_str()))
                {
                    add_alias(e, &c.name);
                }
                for t in &c.titles {
                    if !e.titles.contains(t) {
                        e.titles.push(t.clone());
                    }
                }
                i
            }
            None if c.pending => continue,
            None => {
                ents.list.push(Ent {
                    name: c.name.clone(),
                    kind: c.kind,
                    aliases: Vec::new(),
                    titles: c.titles.clone(),
                });
                first_at.push(c.start);
                by_name.insert(c.name.clone(), ents.list.len() - 1);
                ents.list.len() - 1
            }
        };
        assigned[ci] = Some(idx);
    }
    // Lexicon full names as aliases ("US" → also "United States").
    for (&g, &i) in &by_group {
        let full = &lex.groups[g].name;
        if let Some(e) = ents.list.get_mut(i)
            && key(&e.name) != key(full)
            && !e.aliases.iter().any(|a| a == full)
        {
            e.aliases.push(full.clone());
        }
    }
    for (ci, c) in cands.iter().enumerate() {
        let Some(idx) = assigned[ci] else { continue };
        ents.mentions.push(Mention {
            start: c.start,
            end: c.end,
            entity: idx,
        });
        for &(_, s, e) in &c.aliases {
            ents.mentions.push(Mention {
                start: s,
                end: e,
                entity: idx,
            });
        }
    }
    ents.mentions.sort_by_key(|m| (m.start, m.end));
    ents.mentions.dedup_by_key(|m| m.start);
    order_by_first_mention(ents)
}

/// The person entity matching `pred` whose first mention is nearest to `c`.
fn nearest_person(
    ents: &Entities,
    first_at: &[usize],
    c: &Cand,
    pred: impl Fn(&Ent) -> bool,
) -> Option<usize> {
    ents.list
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Person && pred(e))
        .min_by_key(|(i, _)| {
            let at = first_at.get(*i).copied().unwrap_or(0);
            // Prefer a full name introduced before the mention.
            if at <= c.start {
                (0, c.start - at)
            } else {
                (1, at - c.start)
            }
        })
        .map(|(i, _)| i)
}

/// Renumbers entities in the order of their first mention.
fn order_by_first_mention(ents: Entities) -> Entities {
    let mut order: Vec<usize> = Vec::with_capacity(ents.list.len());
    let mut seen = vec![false; ents.list.len()];
    for m in &ents.mentions {
        if let Some(s) = seen.get_mut(m.entity)
            && !*s
        {
            *s = true;
            order.push(m.entity);
        }
    }
    let mut new_index = vec![usize::MAX; ents.list.len()];
    for (n, &old) in order.iter().enumerate() {
        new_index[old] = n;
    }
    let list = order
        .iter()
        .filter_map(|&o| ents.list.get(o).cloned())
        .collect();
    let mentions = ents
        .mentions
        .iter()
        .filter_map(|m| {
            let e = *new_index.get(m.entity)?;
            (e != usize::MAX).then_some(Mention { entity: e, ..*m })
        })
        .collect();
    Entities { list, mentions }
}
