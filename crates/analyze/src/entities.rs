//! Named entities: people, organisations, places and other names, each listed
//! once under its full name with every mention.
//!
//! Rules and lexicons, no model. One pass over the [`tokens`](crate::segment::tokens) builds runs of
//! capitalised words and reads the words around each; a second pass links
//! short forms to full names and lets the article vote on types.
//!
//! 1. **Article.** A text is German when German function words outnumber
//!    English ones (then every noun is capitalised: see 4). Sentences in
//!    headline case ("Senate Won't Take Up Clinton-Backed Bill") yield only
//!    lexicon names; bylines and credits ("Reporting by …", "X covers … for
//!    …", e-mail lines) yield no people.
//! 2. **Runs.** Capitalised words, kept together across hyphens ("Al-Nusra",
//!    "Jean-Claude", "Saint-Aubin-des-Vignes"; but "Russia-US" splits when
//!    both parts are known), name particles ("bin", "de la", "van der"; in
//!    German "von" only after a first name), initials ("J. R."), `&`, and
//!    "of"/"for" after a head word ("Secretary of State", "Bank of England").
//!    A possessive ends a run. A capitalised article inside a sentence belongs
//!    to the name ("el molino de La Aceña"); some French and Spanish heads go
//!    on in lower case ("Fondation du patrimoine"); a street noun before a run
//!    is part of it ("calle Mayor", "plaza de San Roque").
//! 3. **Cleaning.** Leading function words go ("The", "On", "Según"); weekday
//!    and month names, Roman numerals, contractions ("I'm"), hashtags, codes,
//!    bare titles ("Vice President") and runs of demonyms ("Polish American")
//!    are not entities. At the start of a sentence a first word that no
//!    lexicon knows is dropped when it is an ordinary word (a function word,
//!    a frequent sentence opener, a word the text also writes in lower case,
//!    an "-ed"/"-ly"/"-ing" form) and kept otherwise ("Bukayo Saka
//!    equalised"); a lone one is a *pending* mention, linked later if it
//!    names a known entity. All-caps runs ("READ MORE") and shouted words the
//!    text also writes in lower case ("NO") are not names, nor are plural
//!    acronyms ("MPs", "SUVs") and AP's party tags ("Chuck Schumer,
//!    D-N.Y.,").
//! 4. **Datelines.** A paragraph's leading all-caps run before `,`/`—`/`(`
//!    ("WASHINGTON (NWS) —", "CEDAR VALLEY, Ore. (KVTR) —") or lone word
//!    before `.` ("Neustadt. Der …") is a place, title-cased ("Saint-Pierre-
//!    sur-Dives"); a state abbreviation after it is the state ("Oregon") and
//!    the agency in parentheses an organisation.
//! 5. **Titles.** Demonyms, countries, party words ("Republican Donald
//!    Trump") and titles are stripped from the front, in any language and
//!    number ("Councilmembers", "Cllr", "Bürgermeisterin", "alcaldesa",
//!    "M."), and so is a role noun before a first and last name ("Pendlerin
//!    Sabine Oltmanns"); a title inside a run splits an affiliation from the
//!    person ("U.S. Supreme Court Justice Antonin Scalia" → the court and the
//!    judge). Ambiguous titles ("General", "Major", "Justice") are stripped
//!    only before a first name, and never from an organisation or place. A
//!    lower-case title just before the run counts too ("spokesman Dmitry
//!    Peskov"). A plural title makes the next coordinated name a person too
//!    ("Councilmembers Gary Lindqvist and Paul Hartmann").
//! 6. **Typing**, first match wins: the lexicons; organisation cues (last word
//!    "Ministry", "Inc", "Dispatch", "United"; `<head> of/for …`; a head in
//!    any language first: "Ayuntamiento de …", "Région …", "Stadtwerke …";
//!    a compound ending "-fraktion", "-verein", "-klinik"); place cues
//!    ("River", "Creek", "Hall", "Mount …", "Lake …", "Saint-…", "Landkreis
//!    …"); "other" cues ("Cup", "Treaty", "Amendment"); a title or a given
//!    name → person. What is left is a guess typed by the words around it
//!    (see `around`): place after "in/near/outside/nach/en/через", after
//!    "the town of", "habitants de", "préfet du", "marqués de la", before
//!    "ward"/"county", after "église"/"estadio"; person before ", 45," /
//!    ", de 58 años" / ", who", next to a speech verb, before "'s wife";
//!    organisation before "spokesperson"/"shares", after "le groupe",
//!    "firm"; other after an organisation's possessive ("Apple's Private
//!    Cloud Compute"). A portfolio after a title ("concejal de Urbanismo")
//!    is no entity. Unknown two- or three-word runs default to a person
//!    unless their last word is an ordinary word of the text ("Homeland
//!    Security"). In German a guessed name nothing speaks for is a noun and
//!    is dropped. A lone demonym ("Russian") does not make the country an
//!    entity.
//! 7. **Aliases.** Acronyms in parentheses right after a name become its
//!    aliases and mentions when their letters are the name's initials
//!    ("International Syria Support Group (ISSG)", "Islamic State (IS,
//!    formerly ISIS/ISIL)"), reaching back over small words for the whole name
//!    ("The Campaign to Protect Rural England (CPRE)"); otherwise they are
//!    organisations of their own ("Helga Brandt (CDU)"). A party-and-state
//!    tag "(R-Wis.)" is skipped.
//! 8. **Government bodies.** A possessive or demonym country before a
//!    ministry, embassy, government or cabinet gives the canonical form
//!    `<body> of <country>`: "Russia's Foreign Ministry" and "Russian Foreign
//!    Ministry" are both "Foreign Ministry of Russia" (the written form is an
//!    alias; the mention spans the whole phrase).
//! 9. **Linking.** Names from the lexicons merge by lexicon entry (the name
//!    is the longest form the article uses; the lexicon's full name is added
//!    as an alias: "US", "U.S." and "United States" are one entity). Short
//!    forms declared anywhere in the article link to the full name: a
//!    company without its legal form or by its first word ("Hartwell Homes",
//!    "Nimbus"), a council by its head ("Ayuntamiento"), a person by a
//!    two-word surname ("Ruiz Olmedo"), without a middle initial, by surname
//!    ("Putin"), by given name, or by an inflected surname ("Егоровой");
//!    acronyms defined later in the article link too. A short form in the
//!    body links only to a full name introduced before it (a headline's may
//!    link forward). Written variants of one person's name ("Joseph R.
//!    Biden Jr.", "Joe Biden": same surname, nickname-paired given names,
//!    no contradicting initial or suffix) merge under the fullest form.
//!    "The Clinton campaign" is a mention of Hillary Clinton: the campaign
//!    is not an entity of its own.
//! 10. **Votes.** An entity whose type was guessed takes the type most of
//!     its mentions' contexts vote for.
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

mod cues;
pub(crate) mod lexicon;

pub use lexicon::sizes as lexicon_sizes;

use crate::CharMap;
use crate::fasthash::{FxMap, FxSet};
use crate::segment::{self, Lower, Sentence, TokKind, Token};
use crate::statements::lexicon::Gender;
use lexicon::{Lexicon, key};
use newsfacts_model::{Entity, EntityType};
use std::collections::HashMap;
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

    /// The entity of the mention covering byte `pos`, if any.
    pub fn entity_at(&self, pos: usize) -> Option<&Ent> {
        self.at(pos).and_then(|m| self.entity(m))
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
    "Los",
    "Las",
    "Lo",
    "Del",
    "Du",
    "Il",
    "Gli",
    "Het",
    "L'",
    "D'",
    "Latest",
    "Maybe",
    "Perhaps",
    // French, Spanish, Italian, Portuguese and German prepositions,
    // conjunctions, pronouns and demonstratives.
    "Selon",
    "Según",
    "Secondo",
    "Segundo",
    "Laut",
    "Nach",
    "Oltre",
    "Para",
    "Por",
    "Pour",
    "Dans",
    "Sur",
    "Avec",
    "Sans",
    "Mais",
    "Et",
    "Ou",
    "Comme",
    "Quand",
    "Après",
    "Avant",
    "Depuis",
    "Pendant",
    "Entre",
    "Con",
    "Sin",
    "Sobre",
    "Desde",
    "Hasta",
    "Tras",
    "Pero",
    "Cuando",
    "Como",
    "Dopo",
    "Prima",
    "Dal",
    "Della",
    "Nel",
    "Nella",
    "Sul",
    "Sulla",
    "Anche",
    "Em",
    "Os",
    "Uma",
    "Um",
    "Mas",
    "Também",
    "Após",
    "Ao",
    "Pelo",
    "Pela",
    "Ele",
    "Ela",
    "Él",
    "Lui",
    "Ils",
    "Nous",
    "Vous",
    "Ce",
    "Cette",
    "Ces",
    "Cet",
    "Este",
    "Esta",
    "Estos",
    "Esa",
    "Ese",
    "Questo",
    "Questa",
    "Auch",
    "Aber",
    "Und",
    "Oder",
    "Mit",
    "Bei",
    "Vom",
    "Zum",
    "Zur",
    "Für",
    "Über",
    "Unter",
    "Seit",
    "Wie",
    "Wenn",
    "Als",
    "Er",
    "Sie",
    "Es",
    "Wir",
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
    "Republicans",
    "Conservatives",
    "Liberals",
    "Progressive",
    "Progressives",
    "Independent",
    "Independents",
    "Democratic",
    "Labour",
    "Tory",
    "Tories",
    "Eastern",
    "Northern",
    "Southern",
    "Central",
    "Hispanics",
    "Latinos",
    "Latina",
    "Latinas",
    "Latinx",
    "Black",
    "White",
    "Evangelical",
    "Evangelicals",
    "Millennials",
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
    "Mai",
    "Montagabend",
    "Dienstagabend",
    "Mittwochabend",
    "Donnerstagabend",
    "Freitagabend",
    "Samstagabend",
    "Sonntagabend",
    "Lundi",
    "Mardi",
    "Mercredi",
    "Jeudi",
    "Vendredi",
    "Samedi",
    "Dimanche",
    "Lunes",
    "Martes",
    "Miércoles",
    "Jueves",
    "Viernes",
    "Sábado",
    "Domingo",
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
    "Equities",
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
    "Inspectorate",
    "Sports",
    "Dispatch",
    "Enquirer",
    "Inquirer",
    "Chronicle",
    "Courier",
    "Examiner",
    "Sentinel",
    "Bulletin",
    "Radio",
    "Television",
    "Broadcasting",
    "Homes",
    "Analytics",
    "Software",
    "Ventures",
    "Solutions",
    "United",
    "Rovers",
    "Wanderers",
    "Athletic",
    "Albion",
    "Hotspur",
    "Rangers",
    "Stadtwerke",
    "Daily",
    "Institution",
    "Strategies",
    "Circuit",
    "Consulting",
    "Associates",
    "Entertainment",
    "Interactive",
    "Games",
    "Pictures",
    "Therapeutics",
    "Biotech",
    "Semiconductor",
    "Electronics",
    "Communications",
    "Telecom",
    "Airline",
    "Logistics",
    "Brands",
    "Empire",
    "Water",
    "Gas",
    "Power",
    "Rail",
    "Railways",
    "Foods",
    "Steel",
    "Mining",
    "Utilities",
    "Lines",
    "Markets",
    "Cruises",
    "Shipping",
];

/// Most capitalised words after "and" up to a body's head word ("… and
/// Government Reform Committee").
const MAX_AND_HEAD_WORDS: usize = 4;

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
    "Creek",
    "Hall",
    "Township",
    "Borough",
    "Parish",
    "Ward",
];

/// First words that make a name a place.
const PLACE_HEADS: &[&str] = &[
    "Mount",
    "Lake",
    "Cape",
    "Fort",
    "Gulf",
    "Bay",
    "Isle",
    "Sea",
    "Strait",
    "Republic",
    "Kingdom",
    "Province",
    "City",
    "Port",
    "Saint",
    "St",
    "San",
    "Santa",
    "Sankt",
    "River",
    "Little",
    "Great",
    "Upper",
    "Lower",
    "Landkreis",
    "Bahnhof",
    "Hauptbahnhof",
    "Flughafen",
    "Sainte",
    "Calle",
    "Plaza",
    "Rue",
    // Italian, Spanish, Portuguese and French heads of place names.
    "Palazzo",
    "Piazza",
    "Stretto",
    "Lago",
    "Monte",
    "Golfo",
    "Isola",
    "Valle",
    "Avenida",
    "Río",
    "Sierra",
    "Puerto",
    "Isla",
    "Praça",
    "Rua",
    "Ilha",
    "Serra",
    "Baía",
    "Boulevard",
    "Pont",
    "Mont",
    "Lac",
    "Île",
    "Palais",
    "Château",
    "Gare",
    "Golfe",
    "Baie",
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
    "Amendment",
    "Partnership",
];

/// Party and status words before a title ("Republican Secretary of State
/// Jon Husted", "Former Prime Minister").
const PARTY_ADJECTIVES: &[&str] = &[
    "Republican",
    "Democratic",
    "Democrat",
    "Labour",
    "Conservative",
    "Liberal",
    "Green",
    "GOP",
    "Former",
    "Acting",
    "Deputy",
    "Interim",
    "Then",
];

/// Words of a football report: with [`MIN_SPORTS_WORDS`] of them in the
/// text, "X City", "X Town" and "X County" are clubs.
const SPORTS_WORDS: &[&str] = &[
    "match",
    "goal",
    "goals",
    "league",
    "season",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "fixture",
    "kick-off",
    "penalty",
    "manager",
    "cup",
    "draw",
    "win",
    "defeat",
    "scored",
    "relegation",
    "promotion",
    "stadium",
    "fans",
];

/// Fewest [`SPORTS_WORDS`] that make a text a football report.
const MIN_SPORTS_WORDS: usize = 3;

/// Lower-case words allowed inside a name between capitalised words.
const PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "do", "dos", "das", "del", "della", "degli", "delle", "dei", "van",
    "von", "der", "den", "ter", "la", "le", "bin", "ibn", "al", "el", "ben", "y", "zu", "af", "of",
    "for", "and", "&",
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
    "P.M.",
    "A.M.",
    "P.M",
    "A.M",
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
    "TL",
    "DR",
    "LOL",
    "OMG",
    "FYI",
    "AKA",
    "NB",
    "XL",
    "ASAP",
    "CEST",
    "NO",
    "YES",
    "POTUS",
    "FLOTUS",
    "SCOTUS",
    "PTSD",
    "ABSTRACT",
];

/// Title abbreviations written with a dot.
const DOTTED_TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "Adm",
    "Maj", "Rev", "Sr", "Jr", "St", "Hr", "Fr", "Mme", "Det", "Supt", "Insp", "Cmdr", "Pres",
];

/// Lower-case role words too vague to make the next name a person.
const LOWER_TITLE_SKIP: &[&str] = &[
    "former", "acting", "deputy", "private", "major", "general", "head", "chief", "brother",
    "sister", "father", "forward", "chair", "officer", "leader", "champion", "captain",
];

/// Titles that are also ordinary name words: stripped from the front of a run
/// only before a given name or a plain first-and-last name ("General Motors",
/// "Major League Baseball", "Justice Department" keep theirs).
const AMBIGUOUS_TITLES: &[&str] = &[
    "general", "major", "private", "chief", "head", "leader", "officer", "forward", "chair",
    "justice", "father", "brother", "sister", "captain", "champion", "judge", "marshal", "doctor",
    "director", "manager", "founder", "speaker", "king", "queen", "prince", "lady", "lord", "dame",
    "sir", "bishop", "deputy", "acting", "former",
];

/// Capitalised articles that belong to a name inside a sentence ("el molino de
/// La Aceña", "l'association Les Amis de la Halle").
const NAME_ARTICLES: &[&str] = &["La", "Le", "Les", "El", "Los", "Las"];

/// Legal forms dropped when a company is named again ("Hartwell Homes Ltd" →
/// "Hartwell Homes").
const LEGAL_FORMS: &[&str] = &[
    "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "PLC", "Plc", "plc", "GmbH", "AG", "SA", "Corp", "Corp.",
    "Co", "Co.", "NV", "BV", "SE", "SpA", "SL", "SAS", "Limited",
];

/// Place cues that are also surnames: after a given name the run is a person
/// ("Anthony Hall", "Dana Street").
const SURNAME_CUES: &[&str] = &[
    "Hall", "Hill", "Park", "Field", "Wood", "Brook", "Ford", "Banks", "Street", "Bridge", "Green",
    "Lake", "Ward", "Ross", "Bay",
];

/// Lower-case words between a name and the noun before it ("town of",
/// "marqués de la", "Bürgermeister von").
const OF_CONNECTORS: &[&str] = &[
    "of", "the", "de", "del", "du", "des", "la", "le", "les", "los", "las", "von", "vom", "d'",
    "l'", "do", "da", "dos", "das", "di", "della", "dello", "delle", "degli", "dei",
];

/// Lower-case words inside a hyphenated place name ("Saint-Aubin-des-Vignes")
/// and kept lower case when an all-caps dateline is title-cased.
const HYPHEN_PARTICLES: &[&str] = &[
    "sur", "sous", "en", "de", "des", "du", "la", "le", "les", "lès", "lez", "upon", "on", "am",
    "an", "der", "di", "del", "et", "y", "aux", "au", "of", "the", "and", "im",
];

/// Small words a headline leaves in lower case ("Voters Abandon Party for Clinton").
const HEADLINE_SMALL: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "vs", "from",
    "as", "but", "nor", "via", "up",
];

/// Heads of French and Spanish names that go on in lower case ("Fondation du
/// patrimoine", "Ministère de l'intérieur").
const LOWER_TAIL_HEADS: &[&str] = &[
    "Fondation",
    "Ministère",
    "Ministerio",
    "Consejería",
    "Banque",
    "Chambre",
    "Cámara",
    "Agence",
    "Agencia",
    "Syndicat",
    "Comité",
    "Conseil",
    "Association",
    "Asociación",
    "Fundación",
    "Institut",
    "Instituto",
    "Office",
    "Direction",
    "Dirección",
];

/// Russian adjective endings: a capitalised adjective alone ("Заречной") is
/// part of a longer name, not a name.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ой", "ая", "ый", "ий", "ое", "ого", "ому", "ым", "ых", "ую", "ей", "ее",
];

/// Fewest German function words for a text to count as German.
const MIN_GERMAN_MARKERS: usize = 5;
/// Longest one-word German place name; longer capitalised words are compounds.
const MAX_GERMAN_PLACE_CHARS: usize = 15;
/// Share of capitalised words (in 1/N) a headline may leave in lower case.
const HEADLINE_LOWER_SHARE: usize = 5;
/// Most words of a headline that ends with a full stop (a paragraph of its own).
const MAX_HEADLINE_WORDS: usize = 20;
/// Fewest capitalised words in a headline.
const MIN_HEADLINE_CAPS: usize = 3;
/// How far from the end of the text a "covers … for" byline may stand.
const BYLINE_TAIL_BYTES: usize = 400;
/// Oldest age read from "X, 45,".
const MAX_AGE: u32 = 120;
/// Most tokens looked back for the words an acronym stands for.
const MAX_ACRONYM_REACH: usize = 10;

/// Vote slots: person, organisation, place, other.
const PER: usize = 0;
const ORG: usize = 1;
const PLA: usize = 2;
const OTH: usize = 3;
type Votes = [u16; 4];

fn kind_of_slot(i: usize) -> EntityType {
    match i {
        PER => EntityType::Person,
        ORG => EntityType::Organization,
        PLA => EntityType::Place,
        _ => EntityType::Other,
    }
}

/// The kind most votes agree on, if one leads.
fn vote_winner(v: &Votes) -> Option<EntityType> {
    let max = *v.iter().max()?;
    if max == 0 || v.iter().filter(|&&x| x == max).count() > 1 {
        return None;
    }
    v.iter().position(|&x| x == max).map(kind_of_slot)
}

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
    /// The kind comes from the lexicon, a cue word, a title or a given name
    /// (else it is a guess that the article's votes may overturn).
    sure: bool,
    /// What the words around it say it is.
    votes: Votes,
    /// Written in a byline or credit line.
    credit: bool,
    /// Named after a plural title ("Councilmembers X and Y").
    plural: bool,
}

impl Cand {
    fn new(start: usize, end: usize, name: String, kind: EntityType) -> Cand {
        Cand {
            start,
            end,
            name,
            kind,
            group: None,
            titles: Vec::new(),
            aliases: Vec::new(),
            written: None,
            single: false,
            pending: false,
            sure: true,
            votes: [0; 4],
            credit: false,
            plural: false,
        }
    }
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
        if crate::segment::is_alpha(c) {
            letters += 1;
        }
    }
    letters >= 2
}

/// The word without a possessive "'s" / "’s" / trailing apostrophe.
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    for suf in ["'s", "’s"] {
        if let Some(s) = w.strip_suffix(suf)
            && !s.is_empty()
        {
            return (s, true);
        }
    }
    (w, false)
}

/// The word after a French or Italian elision ("l'église" → "église").
fn strip_elision(w: &str) -> &str {
    for p in ["l'", "d'", "l’", "d’", "L'", "D'", "L’", "D’"] {
        if let Some(rest) = w.strip_prefix(p)
            && !rest.is_empty()
        {
            return rest;
        }
    }
    w
}

/// An English contraction ("I'm", "Won't", "We’ve"): never a name.
fn is_contraction(w: &str) -> bool {
    ["'m", "'ve", "'ll", "'re", "'d", "n't"].iter().any(|s| {
        let (head, tail) = s.split_at(s.find('\'').unwrap_or(0));
        let tail = &tail[1..];
        w.strip_suffix(tail).is_some_and(|w| {
            w.strip_suffix(['\'', '’'])
                .is_some_and(|w| w.ends_with(head))
        })
    })
}

/// A Roman numeral ("XVIII").
fn is_roman(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| "IVXLCDM".contains(c))
}

/// Letters and digits mixed in a word that is no acronym ("P2qpm3h3Pm").
fn is_code(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit()) && w.chars().any(char::is_lowercase)
}

/// The last word of a person's name, without particles ("al-Assad" → "Assad").
fn surname(name: &str) -> &str {
    // Byte scans: this runs for every entity each time a one-word name
    // is linked, so it avoids the pattern searchers.
    let bytes = name.as_bytes();
    let from = bytes.iter().rposition(|&b| b == b' ').map_or(0, |i| i + 1);
    let last = name.get(from..).unwrap_or(name);
    match last.as_bytes().iter().position(|&b| b == b'-') {
        Some(h) if matches!(last.get(..h), Some("al" | "Al" | "el" | "El")) => {
            last.get(h + 1..).unwrap_or(last)
        }
        _ => last,
    }
}

/// Whether `w` is `name`'s surname in another grammatical case ("Егоровой" of
/// "Егорова", "Merkels" of "Merkel").
fn inflected_surname(name: &str, w: &str) -> bool {
    const MIN_STEM: usize = 4;
    let a = surname(name);
    // Different first letters share no stem (the common case, tested first).
    if a.as_bytes().first() != w.as_bytes().first() {
        return false;
    }
    // The common prefix in chars, and its length in bytes (the same in both).
    let mut common = 0;
    let mut bytes = 0;
    for (x, y) in a.chars().zip(w.chars()) {
        if x != y {
            break;
        }
        common += 1;
        bytes += x.len_utf8();
    }
    if common < MIN_STEM || a == w {
        return false;
    }
    let ending = |s: &str| s.is_empty() || set!(cues::CASE_ENDINGS).contains(s);
    ending(a.get(bytes..).unwrap_or("")) && ending(w.get(bytes..).unwrap_or(""))
}

fn is_opening_punct(c: char) -> bool {
    matches!(
        c,
        ':' | '"' | '“' | '‘' | '«' | '„' | '—' | '–' | '•' | '*' | '\'' | '(' | '['
    )
}

/// A given name, or a hyphenated one whose first part is ("Jean-Paul").
fn is_given(lex: &Lexicon, w: &str) -> bool {
    let given = |w: &str| lex.given.contains(w) || lex.census_given.contains(w);
    given(w)
        || w.split_once('-')
            .is_some_and(|(a, b)| given(a) && is_cap(b))
}

/// Title-cases an all-caps name ("SAINT-PIERRE-SUR-DIVES" → "Saint-Pierre-sur-Dives").
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for piece in s.split_inclusive([' ', '-']) {
        let (word, sep) = match piece.char_indices().last() {
            Some((i, c)) if c == ' ' || c == '-' => (piece.get(..i).unwrap_or(""), &piece[i..]),
            _ => (piece, ""),
        };
        let lower = word.lower();
        if !first && set!(HYPHEN_PARTICLES).contains(lower.as_ref()) {
            out.push_str(&lower);
        } else {
            let mut cs = lower.chars();
            if let Some(f) = cs.next() {
                out.extend(f.to_uppercase());
                out.push_str(cs.as_str());
            }
        }
        out.push_str(sep);
        first = false;
    }
    out
}

/// Whether a sentence is in headline case: capitalised words, no lower-case
/// content words, no final full stop.
fn is_headline(s: &str, standalone: bool) -> bool {
    let s = s.trim();
    if s.ends_with('.') && !standalone {
        return false;
    }
    let (mut caps, mut lower) = (0, 0);
    for w in s.split_whitespace() {
        let w = w.trim_matches(|c: char| !crate::segment::is_alnum(c));
        match w.chars().next() {
            Some(c) if c.is_uppercase() => caps += 1,
            Some(c) if c.is_lowercase() && !set!(HEADLINE_SMALL).contains(w) => lower += 1,
            _ => {}
        }
    }
    // A paragraph that ends with a full stop is a headline only when no
    // content word is in lower case: "Senator Ann Holt of Vermont spoke on
    // Monday." is a sentence, whatever its capitals.
    let allowed_lower = if s.ends_with('.') {
        0
    } else {
        caps / HEADLINE_LOWER_SHARE
    };
    caps >= MIN_HEADLINE_CAPS && lower <= allowed_lower
}

/// Whether a sentence is a byline or credit line.
fn is_credit(s: &str, near_end: bool) -> bool {
    // Every sentence is searched for every mark, in one pass: the marks
    // are indexed once by their first byte.
    type ByFirst = Vec<Vec<&'static [u8]>>;
    static MARKS: std::sync::OnceLock<(ByFirst, ByFirst)> = std::sync::OnceLock::new();
    let (marks, tail_marks) = MARKS.get_or_init(|| {
        let build = |list: &[&'static str]| {
            let mut by: ByFirst = vec![Vec::new(); 256];
            for m in list {
                if let Some(&b) = m.as_bytes().first() {
                    by[usize::from(b)].push(m.as_bytes());
                }
            }
            by
        };
        (
            build(cues::CREDIT_MARKS),
            build(&[
                " covers ",
                " is a reporter",
                " is a correspondent",
                " writes about",
                " is a staff writer",
            ]),
        )
    });
    let bytes = s.as_bytes();
    let found = |by: &ByFirst| {
        (0..bytes.len()).any(|i| {
            by[usize::from(bytes[i])]
                .iter()
                .any(|m| bytes[i..].starts_with(m))
        })
    };
    found(marks) || (near_end && found(tail_marks))
}

/// Whether byte `pos` starts a paragraph.
fn para_start(text: &str, pos: usize) -> bool {
    text.get(..pos).is_some_and(|p| {
        let t = p.trim_end_matches([' ', '\t', '\r']);
        t.is_empty() || t.ends_with('\n')
    })
}

/// What the article as a whole tells the passes.
struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Token],
    lex: &'static Lexicon,
    /// Sentence id of every token.
    sent_of: Vec<usize>,
    /// Whether a token opens a sentence or clause.
    initial: Vec<bool>,
    /// German text: every noun is capitalised.
    german: bool,
    /// Words written in lower case somewhere in the text.
    lower_words: FxSet<&'a str>,
    /// Sentence ids in headline case.
    headline: FxSet<usize>,
    /// Sentence ids of bylines and credits.
    credit: FxSet<usize>,
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, toks: &'a [Token], sentences: &[Sentence]) -> Ctx<'a> {
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
        let mut lower_words = FxSet::default();
        let (mut de, mut en) = (0, 0);
        for t in toks.iter().filter(|t| t.kind == TokKind::Word) {
            let s = t.text(text);
            if s.chars().next().is_some_and(char::is_lowercase) {
                lower_words.insert(s);
                const MAX_MARKER_LEN: usize = 6;
                if s.len() <= MAX_MARKER_LEN {
                    de += usize::from(set!(cues::GERMAN_MARKERS).contains(s));
                    en += usize::from(set!(cues::ENGLISH_MARKERS).contains(s));
                }
            }
        }
        let mut headline = FxSet::default();
        let mut credit = FxSet::default();
        for (i, s) in sentences.iter().enumerate() {
            let st = text.get(s.start..s.end).unwrap_or("");
            let standalone = para_start(text, s.start)
                && text.get(s.end..).is_none_or(|r| {
                    r.trim_start_matches([' ', '\t', '\r']).starts_with('\n') || r.trim().is_empty()
                })
                && st.split_whitespace().count() <= MAX_HEADLINE_WORDS;
            if is_headline(st, standalone) {
                headline.insert(i);
            }
            if is_credit(st, s.start + BYLINE_TAIL_BYTES >= text.len()) {
                credit.insert(i);
            }
        }
        Ctx {
            text,
            toks,
            lex: lexicon::get(),
            sent_of,
            initial,
            german: de >= MIN_GERMAN_MARKERS && de > 2 * en,
            lower_words,
            headline,
            credit,
        }
    }

    /// The index of the first token starting at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// A capitalised word that is an ordinary word at the start of a sentence.
    fn is_common(&self, w: &str) -> bool {
        const MIN_INFLECTED_CHARS: usize = 6;
        let lower = w.lower();
        set!(FUNCTION_WORDS).contains(w)
            || set!(cues::STARTERS).contains(w)
            // "Chipmaker Nvidia beats forecasts": a descriptor opening a
            // headline is no part of the name.
            || set!(cues::ORG_NOUNS_BEFORE).contains(lower.as_ref())
            || self.lower_words.contains(lower.as_ref())
            || (w.chars().count() >= MIN_INFLECTED_CHARS
                && ["ed", "ly", "ing"].iter().any(|x| w.ends_with(x)))
            || strip_elision(w) != w
    }

    /// The word token at `i` in sentence `sent`.
    fn word(&self, i: usize, sent: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Word && self.sent_of.get(i) == Some(&sent)).then(|| t.text(self.text))
    }

    /// The punctuation character at token `i`.
    fn punct(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Punct).then(|| t.first(self.text))
    }
}

/// What the words around a name say about it.
#[derive(Debug, Default)]
struct Around {
    votes: Votes,
    /// After a portfolio title ("concejal de Urbanismo"): a field, no entity.
    portfolio: bool,
    /// The portfolio joined by English "of" ("director of the Nuclear
    /// Policy Program" names a body; "ministra do Meio Ambiente" a field).
    portfolio_of: bool,
    /// German, after an article or adjective: a common noun.
    generic: bool,
}

/// Reads the context of the name spanning tokens `s..e`.
fn around(ctx: &Ctx, s: usize, e: usize) -> Around {
    let mut a = Around::default();
    let Some(&sent) = ctx.sent_of.get(s) else {
        return a;
    };
    fn lower(w: &str) -> std::borrow::Cow<'_, str> {
        segment::lower(strip_elision(w))
    }
    let prev = s.checked_sub(1).and_then(|i| ctx.word(i, sent));
    // "in Obama's administration": the preposition governs the possessed noun.
    let possessive = e
        .checked_sub(1)
        .and_then(|i| ctx.toks.get(i))
        .is_some_and(|t| strip_possessive(t.text(ctx.text)).1);
    if let Some(p) = prev {
        let pl = lower(p);
        let pl = pl.as_ref();
        if set!(cues::PLACE_PREPOSITIONS).contains(pl) && !possessive {
            a.votes[PLA] += 1;
        }
        if set!(cues::SPEECH_VERBS).contains(pl) {
            a.votes[PER] += 1;
        }
        if set!(cues::BUILDING_NOUNS).contains(pl) {
            a.votes[PLA] += 2;
        }
        if set!(cues::ORG_NOUNS_BEFORE).contains(pl)
            || s.checked_sub(2)
                .and_then(|i| ctx.word(i, sent))
                .is_some_and(|p2| {
                    !is_cap(p2) && set!(cues::ORG_NOUNS_BEFORE).contains(p2) && !is_cap(p)
                })
        {
            a.votes[ORG] += 3; // "le groupe (lyonnais) Boiron"
        }
        if set!(cues::CONJUNCTIONS).contains(pl)
            && let Some(x) = s.checked_sub(2).and_then(|i| ctx.word(i, sent))
            && is_cap(x)
            && s.checked_sub(3)
                .and_then(|i| ctx.word(i, sent))
                .is_some_and(|p3| set!(cues::PLACE_PREPOSITIONS).contains(p3))
        {
            a.votes[PLA] += 1; // "zwischen Tübingen und Reutlingen"
        }
        if set!(cues::ARTICLES).contains(pl)
            && let Some(p2) = s.checked_sub(2).and_then(|i| ctx.word(i, sent))
            && (p2 == "at" || set!(cues::PLACE_PREPOSITIONS).contains(p2))
        {
            a.votes[PLA] += 1;
        }
        // "The Wrap said", "the Hollywood Reporter": a name headed by "the"
        // is a body or a title, not a person ("the Obama administration"
        // names a person as a modifier only).
        if pl == "the"
            && (possessive
                || ctx.word(e, sent).is_none_or(|n| {
                    is_cap(n) || set!(cues::SPEECH_VERBS).contains(n.lower().as_ref())
                }))
        {
            a.votes[ORG] += 2;
        }
        let (bare, poss) = strip_possessive(p);
        if poss
            && ctx
                .lex
                .group(bare)
                .is_some_and(|g| ctx.lex.groups[g].kind == EntityType::Organization)
        {
            a.votes[OTH] += 2; // "Apple's Private Cloud Compute"
        }
        if ctx.german
            && !set!(cues::PLACE_PREPOSITIONS).contains(pl)
            && (set!(cues::GERMAN_DETERMINERS).contains(pl)
                || (!is_cap(p)
                    && ["e", "en", "er", "es", "em"]
                        .iter()
                        .any(|x| pl.ends_with(x))))
        {
            a.generic = true;
        }
    }
    if possessive
        && let Some(n) = ctx.word(e, sent)
        && set!(cues::PERSON_POSSESSED).contains(n)
    {
        a.votes[PER] += 1; // "Trump's wife", "Obama's presidency"
    }
    if ctx.german && s > 0 && ctx.toks.get(s - 1).is_some_and(|t| t.kind == TokKind::Num) {
        a.generic = true;
    }
    // "<noun> of (the) X": "the town of Hollis", "préfet du Calvados".
    let mut j = s;
    let mut hops = 0;
    let mut english_of = false;
    while j > 0
        && hops < 3
        && let Some(w) = ctx.word(j - 1, sent)
        && set!(OF_CONNECTORS).contains(w.lower().as_ref())
    {
        english_of |= matches!(w, "of" | "the");
        j -= 1;
        hops += 1;
    }
    if hops > 0
        && let Some(n) = j.checked_sub(1).and_then(|i| ctx.word(i, sent))
    {
        let nl = lower(n);
        if set!(cues::PLACE_NOUNS_OF).contains(nl.as_ref()) {
            a.votes[PLA] += 2;
        }
        if set!(cues::PORTFOLIO_TITLES).contains(nl.as_ref()) {
            a.portfolio = true;
            a.portfolio_of = english_of;
        }
    }
    if let Some(n) = ctx.word(e, sent)
        && !is_cap(n)
    {
        let n = n.lower();
        let n = n.as_ref();
        if set!(cues::PLACE_NOUNS_AFTER).contains(n) {
            a.votes[PLA] += 1;
        }
        if set!(cues::ORG_AFTER).contains(n) {
            a.votes[ORG] += 2;
        }
        if set!(cues::SPEECH_VERBS).contains(n) {
            a.votes[PER] += 1;
        }
        if ctx.lex.titles.contains(n) && ctx.word(e + 1, sent).is_some_and(is_cap) {
            a.votes[ORG] += 1; // "KVTR First Alert meteorologist Dana Whitfield"
        }
    }
    match (ctx.punct(e), ctx.toks.get(e + 1)) {
        (Some(','), Some(t)) if t.kind == TokKind::Num => {
            let young = t.text(ctx.text).parse::<u32>().is_ok_and(|n| n < MAX_AGE);
            if young && matches!(ctx.punct(e + 2), Some(',' | ')')) {
                a.votes[PER] += 2; // "Kasich, 64,"
            }
        }
        (Some('('), Some(t)) if t.kind == TokKind::Num => {
            let young = t.text(ctx.text).parse::<u32>().is_ok_and(|n| n < MAX_AGE);
            if young && ctx.punct(e + 2) == Some(')') {
                a.votes[PER] += 2; // "Heinrich Jürgens (81)"
            }
        }
        (Some(','), Some(_)) => {
            if let Some(w) = ctx.word(e + 1, sent) {
                if set!(cues::WHO_WORDS).contains(w) {
                    a.votes[PER] += 1;
                }
                if w == "de"
                    && ctx.toks.get(e + 2).is_some_and(|t| t.kind == TokKind::Num)
                    && ctx
                        .word(e + 3, sent)
                        .is_some_and(|w| set!(cues::AGE_WORDS).contains(w))
                {
                    a.votes[PER] += 2; // "Tomás Herrero, de 58 años"
                }
                if state_name(w).is_some() && ctx.punct(e + 2) == Some('.') {
                    a.votes[PLA] += 2; // "Hollis, Ore."
                }
            }
        }
        _ => {}
    }
    a
}

/// The full name of a US state abbreviation ("Ore" → "Oregon").
fn state_name(abbr: &str) -> Option<&'static str> {
    static MAP: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let first = abbr.chars().next()?;
    if !first.is_uppercase() || abbr.chars().count() > 5 {
        return None;
    }
    MAP.get_or_init(|| {
        cues::STATE_ABBREVIATIONS
            .iter()
            .map(|(a, full)| (key(a).into_owned(), *full))
            .collect()
    })
    .get(key(abbr).as_ref())
    .copied()
}

/// "(R-Wis.)", "(D-N.Y.)": a US lawmaker's party and state; skipped whole.
fn party_affix(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    const MAX_AFFIX_TOKENS: usize = 8;
    if toks.get(i)?.first(text) != '(' {
        return None;
    }
    let p = toks.get(i + 1)?.text(text);
    if !matches!(p, "R" | "D" | "I") || toks.get(i + 2)?.first(text) != '-' {
        return None;
    }
    (i + 3..(i + MAX_AFFIX_TOKENS).min(toks.len()))
        .find(|&j| toks[j].first(text) == ')')
        .map(|j| j + 1)
}

/// A dateline at the start of a paragraph ("WASHINGTON (NWS) —", "CEDAR
/// VALLEY, Ore. (KVTR) —", "Neustadt. Der …"): a place, then maybe a state
/// and the agency in parentheses. Returns the token after it.
fn dateline(ctx: &Ctx, i: usize, out: &mut Vec<Cand>) -> Option<usize> {
    let (text, toks, lex) = (ctx.text, ctx.toks, ctx.lex);
    if !para_start(text, toks.get(i)?.start) {
        return None;
    }
    let (ws, next, poss) = build_run(ctx, i);
    let (first, last) = (ws.first()?, ws.last()?);
    if poss {
        return None;
    }
    let shouted = ws.iter().all(|w| is_all_caps(w.text));
    let p = ctx.punct(next)?;
    let same_line_after = |k: usize| {
        toks.get(k)
            .is_some_and(|n| !text.get(last.end..n.start).unwrap_or("\n").contains('\n'))
    };
    let ok = if shouted {
        matches!(p, ',' | '—' | '–' | '―' | '-' | '(' | '.')
            && (p != '.' || same_line_after(next + 1))
            && !ws.iter().any(|w| set!(ACRONYM_STOP).contains(w.text))
    } else {
        ws.len() == 1
            && p == '.'
            && !ctx.is_common(first.text)
            && !set!(CALENDAR).contains(first.text)
            && toks.get(next + 1).is_some_and(|n| {
                n.kind == TokKind::Word
                    && is_cap(n.text(text))
                    && !text.get(first.end..n.start).unwrap_or("\n").contains('\n')
            })
    };
    if !ok {
        return None;
    }
    let raw = text.get(first.start..last.end)?;
    let name = if shouted {
        title_case(raw)
    } else {
        raw.to_string()
    };
    let mut c = Cand::new(first.start, last.end, name, EntityType::Place);
    if let Some(g) = lex.group(&c.name).or_else(|| lex.group(raw)) {
        if lex.groups[g].kind != EntityType::Place {
            return None;
        }
        c.group = Some(g);
    }
    out.push(c);
    let mut j = next;
    // ", Ore."
    if ctx.punct(j) == Some(',')
        && let Some(t) = toks.get(j + 1)
        && t.kind == TokKind::Word
        && let Some(full) = state_name(t.text(text))
    {
        let mut end = t.end;
        j += 2;
        if ctx.punct(j) == Some('.') && toks.get(j).is_some_and(|d| d.joined) {
            end = toks[j].end;
            j += 1;
        }
        let mut s = Cand::new(t.start, end, full.to_string(), EntityType::Place);
        s.group = lex.group(full);
        out.push(s);
    }
    // "(Reuters)", "(KVTR)"
    if ctx.punct(j) == Some('(')
        && let Some(t) = toks.get(j + 1)
        && t.kind == TokKind::Word
        && ctx.punct(j + 2) == Some(')')
    {
        let w = t.text(text);
        let mut s = Cand::new(t.start, t.end, w.to_string(), EntityType::Organization);
        s.single = true;
        if let Some(g) = lex.group(w) {
            s.group = Some(g);
            s.kind = lex.groups[g].kind;
        }
        out.push(s);
        j += 3;
    }
    Some(j)
}

/// Finds the entities of `text`.
pub fn find(text: &str, sentences: &[Sentence]) -> Entities {
    find_in(text, sentences, &segment::tokens(text))
}

/// [`find`] on the [`tokens`](segment::tokens) of `text`, shared with the
/// other passes.
pub(crate) fn find_in(text: &str, sentences: &[Sentence], toks: &[Token]) -> Entities {
    let ctx = Ctx::new(text, toks, sentences);
    let lex = ctx.lex;
    let mut cands: Vec<Cand> = Vec::new();
    let mut force_person_at = usize::MAX;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.kind == TokKind::Punct {
            i = party_affix(text, toks, i).unwrap_or(i + 1);
            continue;
        }
        let s = t.text(text);
        if t.kind != TokKind::Word || !is_cap(s) {
            i += 1;
            continue;
        }
        // AP's party and state after a comma: "Chuck Schumer, D-N.Y.,".
        if matches!(s, "R" | "D" | "I")
            && i > 0
            && toks[i - 1].first(text) == ','
            && toks.get(i + 1).is_some_and(|n| n.first(text) == '-')
        {
            i = (i + 2..(i + 8).min(toks.len()))
                .find(|&j| toks[j].first(text) == ',' || toks[j].start > t.start + 12)
                .unwrap_or(i + 2);
            continue;
        }
        // A plural acronym alone is a common noun: "MPs", "NGOs", "CEOs".
        if let Some(stem) = s.strip_suffix('s')
            && (2..=4).contains(&stem.len())
            && stem.bytes().all(|b| b.is_ascii_uppercase())
            && !toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokKind::Word && is_cap(n.text(text)))
        {
            i += 1;
            continue;
        }
        // Hashtags and handles.
        if i > 0 && t.joined && matches!(toks[i - 1].first(text), '#' | '@') {
            i += 1;
            continue;
        }
        let before = cands.len();
        let sent = ctx.sent_of[i];
        let credit = ctx.credit.contains(&sent);
        if let Some(next) = dateline(&ctx, i, &mut cands) {
            i = next.max(i + 1);
            continue;
        }
        // The longest multi-word lexicon name starting here ("Organization
        // for Security and Co-operation in Europe"), unless the run goes on
        // into an organisation's name ("U.S. Chamber of Commerce").
        if let Some((next, g)) = known_at(text, toks, &ctx.sent_of, i, lex) {
            let (run, _, _) = build_run(&ctx, i);
            let longer_org = run
                .last()
                .is_some_and(|w| w.end > toks[next - 1].end && org_cued(lex, &run));
            if !longer_org {
                let (start, end) = (t.start, toks[next - 1].end);
                let mut c = Cand::new(
                    start,
                    end,
                    normalise(text.get(start..end).unwrap_or("")),
                    lex.groups[g].kind,
                );
                c.group = Some(g);
                c.credit = credit;
                cands.push(c);
                let mut after = next;
                if let Some((aliases, end_tok)) = paren_aliases(text, toks, next) {
                    attach_aliases(&ctx, &mut cands, aliases);
                    after = end_tok;
                }
                i = after;
                continue;
            }
        }
        // A headline: only names the lexicon knows.
        if ctx.headline.contains(&sent) {
            let (bare, _) = strip_possessive(s);
            if let Some(g) = lex.group(bare)
                && !set!(GROUP_WORDS).contains(bare)
            {
                let mut c = Cand::new(
                    t.start,
                    t.start + bare.len(),
                    bare.to_string(),
                    lex.groups[g].kind,
                );
                c.group = Some(g);
                cands.push(c);
            }
            i += 1;
            continue;
        }
        // A leading function word ("The", "On") is no part of a name: skip it
        // so that a known name after it is matched whole. A capitalised article
        // inside a sentence is ("de La Aceña").
        let keep_article = set!(NAME_ARTICLES).contains(s)
            && !ctx.initial[i]
            && i > 0
            && toks[i - 1].kind == TokKind::Word
            && !is_cap(toks[i - 1].text(text));
        if !keep_article
            && set!(FUNCTION_WORDS).contains(s)
            && toks
                .get(i + 1)
                .is_some_and(|n| n.kind == TokKind::Word && is_cap(n.text(text)))
        {
            i += 1;
            continue;
        }
        let (words, next, poss) = build_run(&ctx, i);
        let mut after = next;
        let opts = RunOpts {
            initial: ctx.initial[i],
            force_person: force_person_at == i,
            keep_article,
        };
        classify(&ctx, &words, opts, &mut cands);
        // Parenthesised aliases right after the run.
        if cands.len() > before
            && !poss
            && let Some((aliases, end_tok)) = paren_aliases(text, toks, next)
        {
            attach_aliases(&ctx, &mut cands, aliases);
            after = end_tok;
        }
        // "Russia's Foreign Ministry": possessive place + governing body.
        if poss && cands.len() == before + 1 && next < toks.len() && is_cap(toks[next].text(text)) {
            let (w2, n2, p2) = build_run(&ctx, next);
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
                let mut c = Cand::new(
                    start,
                    last.end,
                    format!("{body} of {country}"),
                    EntityType::Organization,
                );
                c.written = text.get(start..last.end).map(normalise);
                cands[before] = c;
                after = n2;
            }
        }
        // "Councilmembers Gary Lindqvist and Paul Hartmann": both are people.
        if cands.len() > before && cands.last().is_some_and(|c| c.plural) {
            let mut j = after;
            while toks
                .get(j)
                .is_some_and(|t| matches!(t.text(text), "," | "and" | "y" | "et" | "und"))
            {
                j += 1;
            }
            if j > after {
                force_person_at = j;
            }
        }
        for c in cands.get_mut(before..).unwrap_or(&mut []) {
            c.credit = credit;
        }
        i = after.max(i + 1);
    }
    let headline_end = ctx.text.find('\n').unwrap_or(ctx.text.len());
    link(cands, lex, ctx.text, ctx.german, headline_end)
}

/// Words joined by single spaces.
fn normalise(s: &str) -> String {
    // Most names are single-spaced already.
    let plain = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.contains(|c: char| c.is_whitespace() && c != ' ');
    if plain {
        return s.to_string();
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` is the words joined by single spaces (what [`join_words`]
/// would build).
fn spells_words(s: &str, words: &[W]) -> bool {
    let mut rest = s;
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            let Some(r) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = r;
        }
        let Some(r) = rest.strip_prefix(w.text) else {
            return false;
        };
        rest = r;
    }
    rest.is_empty()
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
    let k = k.as_ref();
    lex.known.contains_key(k)
        || (more && lex.first_words.contains(k))
        || is_given(lex, w)
        || lex.demonyms.contains_key(k)
        || is_title_word(lex, w)
}

/// A title, singular or plural ("Analysts", "Councilmembers", "Dr.").
fn is_title_word(lex: &Lexicon, w: &str) -> bool {
    let lower = w.trim_end_matches('.').lower();
    lex.titles.contains(lower.as_ref())
        || lower
            .strip_suffix('s')
            .is_some_and(|s| lex.titles.contains(s))
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
    if !lex.first_words.contains(key(first.text(text)).as_ref()) {
        return None;
    }
    let mut best = None;
    let mut words = 1;
    let mut j = i + 1;
    while j < toks.len() && words < MAX_KNOWN_WORDS && sent_of[j] == sent_of[i] {
        let t = toks[j];
        let amp = t.first(text) == '&';
        if t.kind == TokKind::Punct && !amp && !(t.joined && matches!(t.first(text), '-' | '.')) {
            break;
        }
        if t.kind == TokKind::Word {
            words += 1;
        }
        j += 1;
        let slice = text.get(first.start..t.end)?;
        if t.kind == TokKind::Word
            && let Some(&g) = lex.known.get(key(slice).as_ref())
        {
            best = Some((j, g));
        }
    }
    best
}

/// Builds the run of name words starting at token `i`: (words, next token, ends in a possessive).
fn build_run<'a>(ctx: &Ctx<'a>, i: usize) -> (Vec<W<'a>>, usize, bool) {
    let (text, toks, lex, sent_of) = (ctx.text, ctx.toks, ctx.lex, &ctx.sent_of);
    let mut words: Vec<W<'a>> = Vec::new();
    let mut j = i;
    let Some(&sent) = sent_of.get(i) else {
        return (words, i + 1, false);
    };
    let mut poss = false;
    while j < toks.len() && words.len() < MAX_RUN_WORDS {
        let t = toks[j];
        // "Florida Power & Light", "Procter & Gamble": an ampersand between
        // capitalised words stays inside the name.
        if t.kind == TokKind::Punct
            && t.first(text) == '&'
            && !words.is_empty()
            && sent_of[j] == sent
            && toks.get(j + 1).is_some_and(|n| {
                n.kind == TokKind::Word && is_cap(n.text(text)) && sent_of[j + 1] == sent
            })
        {
            words.push(W {
                start: t.start,
                end: t.end,
                text: t.text(text),
            });
            j += 1;
            continue;
        }
        if sent_of[j] != sent || t.kind == TokKind::Punct {
            break;
        }
        let raw = t.text(text);
        let is_first = words.is_empty();
        if !is_first && !is_cap(raw) {
            // A particle or connector needs a capitalised word after it.
            let cap_at = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    n.kind == TokKind::Word && is_cap(n.text(text)) && sent_of[k] == sent
                })
            };
            let particle_at = |k: usize| {
                toks.get(k).is_some_and(|n| {
                    n.kind == TokKind::Word && set!(PARTICLES).contains(n.text(text))
                })
            };
            // "Committee for a Responsible Federal Budget": an article after
            // "for"/"of" before the rest of the name.
            let article_at = |k: usize| {
                toks.get(k)
                    .is_some_and(|n| n.kind == TokKind::Word && matches!(n.text(text), "a" | "an"))
            };
            let ok_next = cap_at(j + 1)
                || (particle_at(j + 1) && cap_at(j + 2))
                || (matches!(raw, "for" | "of") && article_at(j + 1) && cap_at(j + 2));
            let prev = words.last().map_or("", |w| w.text);
            let allowed = match raw {
                // "Prime Minister of Britain", but "Argus Leader of Sioux
                // Falls" is a newspaper and a place: a title joins only
                // when the run is all titles.
                "of" => {
                    set!(ORG_CUES).contains(prev)
                        || set!(ORG_HEADS).contains(prev)
                        || set!(PLACE_HEADS).contains(prev)
                        || (words.iter().all(|w| {
                            lex.titles.contains(w.text.lower().as_ref())
                                || lex.demonym(w.text).is_some()
                                || set!(PARTY_ADJECTIVES).contains(w.text)
                        }) && words
                            .last()
                            .is_some_and(|w| lex.titles.contains(w.text.lower().as_ref())))
                }
                // Portuguese "Observatório do Clima", not English "Why do I".
                "do" | "dos" | "das" => {
                    !set!(FUNCTION_WORDS).contains(prev)
                        && toks
                            .get(j + 1)
                            .is_some_and(|n| !matches!(n.text(text), "I" | "You" | "We" | "They"))
                        && !t.joined
                }
                "for" => set!(ORG_CUES).contains(prev) || set!(ORG_HEADS).contains(prev),
                "a" | "an" => matches!(prev, "for" | "of"),
                // "House Oversight and Government Reform Committee": "and"
                // inside a body's name that ends in its head word.
                "and" => {
                    let mut k = j + 1;
                    while k < toks.len()
                        && k < j + 1 + MAX_AND_HEAD_WORDS
                        && sent_of[k] == sent
                        && toks[k].kind == TokKind::Word
                        && is_cap(toks[k].text(text))
                    {
                        k += 1;
                    }
                    // Not two bodies ("FBI and Justice Department",
                    // "United Nations and European Union"): no acronym, and
                    // neither side a name known on its own. (The head word
                    // is tested first: "and" between names is common.)
                    let headed = k >= j + 3 && set!(ORG_HEADS).contains(toks[k - 1].text(text));
                    headed && {
                        let right: Vec<&str> = (j + 1..k).map(|x| toks[x].text(text)).collect();
                        let left: Vec<&str> = words.iter().map(|w| w.text).collect();
                        let known =
                            |ws: &[&str]| lex.known.contains_key(key(&ws.join(" ")).as_ref());
                        !left.iter().any(|w| set!(ORG_HEADS).contains(w))
                            && !left.first().is_some_and(|w| is_given(lex, w))
                            && !left
                                .iter()
                                .chain(right.iter())
                                .any(|w| is_all_caps(w) && !w.contains('.'))
                            && !known(&left)
                            && !known(&right)
                    }
                }
                // "van der", "von der"; never German "Schätzung der Polizei".
                "der" | "den" => matches!(prev, "van" | "von" | "ter" | "de" | "Van" | "Von"),
                "von" | "van" | "zu" if ctx.german => is_given(lex, prev),
                // Dutch "Erik ten Hag", never a number between names.
                "ten" => is_given(lex, prev),
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
        // Hyphen compounds: "Al-Nusra", "Jean-Claude", "al-Assad",
        // "Saint-Aubin-des-Vignes"; not "Russia-US".
        while j + 1 < toks.len()
            && toks[j].kind == TokKind::Punct
            && toks[j].first(text) == '-'
            && toks[j].joined
            && toks[j + 1].joined
            && toks[j + 1].kind != TokKind::Punct
        {
            let right = toks[j + 1].text(text);
            // A lower-case particle between two capitalised parts.
            if !is_cap(right)
                && (set!(HYPHEN_PARTICLES).contains(right) || strip_elision(right) != right)
            {
                let elided = strip_elision(right);
                if elided != right && is_cap(elided) {
                    w.end = toks[j + 1].end;
                    j += 2;
                    break;
                }
                if toks
                    .get(j + 2)
                    .is_some_and(|d| d.kind == TokKind::Punct && d.first(text) == '-' && d.joined)
                    && toks.get(j + 3).is_some_and(|n| {
                        n.joined && n.kind == TokKind::Word && is_cap(n.text(text))
                    })
                {
                    w.end = toks[j + 3].end;
                    j += 4;
                    continue;
                }
                break;
            }
            let left_known =
                lex.known.contains_key(key(w.text).as_ref()) || lex.demonym(w.text).is_some();
            let right_known =
                lex.known.contains_key(key(right).as_ref()) || lex.demonym(right).is_some();
            let particle = in_set(
                &["al", "Al", "el", "El", "bin", "Bin", "ibn", "Abu", "abu"],
                w.text,
            );
            // Korean given names: "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in"
            // (a short syllable pair after a family name).
            let syllables = !words.is_empty()
                && w.text.chars().count() <= 4
                && (2..=4).contains(&right.chars().count())
                && right.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    right,
                    "era" | "led" | "run" | "born" | "like" | "based" | "made"
                );
            if (left_known && right_known && !particle)
                || (!is_cap(right) && !particle && !syllables)
            {
                break;
            }
            w.end = toks[j + 1].end;
            j += 2;
        }
        w.text = text.get(w.start..w.end).unwrap_or("");
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
    // "Fondation du patrimoine": a head whose name goes on in lower case.
    if !poss
        && words.len() == 1
        && words
            .first()
            .is_some_and(|w| set!(LOWER_TAIL_HEADS).contains(w.text))
    {
        let mut k = j;
        let mut tail = Vec::new();
        while let Some(t) = toks.get(k)
            && t.kind == TokKind::Word
            && sent_of[k] == sent
            && tail.len() < 3
        {
            let s = t.text(text);
            if matches!(s, "du" | "de" | "des" | "del" | "la" | "d'") {
                tail.push(k);
                k += 1;
                continue;
            }
            const MIN_TAIL_CHARS: usize = 4;
            let content = strip_elision(s);
            if !tail.is_empty() && content.chars().count() >= MIN_TAIL_CHARS {
                for &x in &tail {
                    words.push(W {
                        start: toks[x].start,
                        end: toks[x].end,
                        text: toks[x].text(text),
                    });
                }
                words.push(W {
                    start: t.start,
                    end: t.end,
                    text: s,
                });
                j = k + 1;
            }
            break;
        }
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
            TokKind::Word if set!(FILLER).contains(s) => {}
            _ => return None,
        }
        j += 1;
    }
    None
}

/// Whether `acr` abbreviates `name`: its letters are the initials of the
/// name's words in order (small words may be skipped; an all-caps word gives
/// all its letters): "Congressional Budget Office" / "CBO", "Alternative für
/// Deutschland" / "AfD".
fn acronym_fits(name: &str, acr: &str) -> bool {
    let letters: Vec<char> = acr
        .chars()
        .filter(|c| crate::segment::is_alpha(*c))
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 {
        return false;
    }
    let (mut k, mut caps, mut used) = (0, 0, 0);
    for (n, w) in name.split([' ', '-']).filter(|w| !w.is_empty()).enumerate() {
        let cap = is_cap(w);
        caps += usize::from(cap);
        let wl: Vec<char> = w
            .chars()
            .filter(|c| crate::segment::is_alpha(*c))
            .flat_map(char::to_lowercase)
            .collect();
        let rest = letters.get(k..).unwrap_or(&[]);
        if is_all_caps(w) && rest.starts_with(&wl) {
            k += wl.len();
            used += 1;
        } else if !rest.is_empty() && wl.first() == rest.first() {
            k += 1;
            used += usize::from(cap);
        } else if n == 0 {
            return false;
        }
    }
    k == letters.len() && used * 2 >= caps
}

/// Attaches the parenthesised acronyms after the last candidate: as its
/// aliases when they abbreviate it (reaching back over small words for the
/// whole name: "The Campaign to Protect Rural England (CPRE)"), else as
/// organisations of their own ("Helga Brandt (CDU)").
fn attach_aliases(ctx: &Ctx, cands: &mut Vec<Cand>, aliases: Vec<Alias>) {
    let lex = ctx.lex;
    let Some(c) = cands.last_mut() else { return };
    let Some(first) = aliases.first().map(|a| a.0.clone()) else {
        return;
    };
    let lexicon_alias = c.group.is_some_and(|g| lex.group(&first) == Some(g));
    if lexicon_alias || (c.titles.is_empty() && acronym_fits(&c.name, &first)) {
        if !c.pending
            && c.group.is_none()
            && matches!(c.kind, EntityType::Other | EntityType::Person)
        {
            c.kind = EntityType::Organization;
            c.sure = true;
        }
        c.aliases.extend(aliases);
        c.single = false;
        c.pending = false;
        return;
    }
    if c.titles.is_empty()
        && let Some(start) = reach_back_for_acronym(ctx, c.start, c.end, &first)
    {
        let end = c.end;
        let credit = c.credit;
        cands.retain(|x| x.end <= start || x.start >= end);
        let mut n = Cand::new(
            start,
            end,
            normalise(ctx.text.get(start..end).unwrap_or("")),
            EntityType::Organization,
        );
        n.aliases = aliases;
        n.credit = credit;
        cands.push(n);
        return;
    }
    for (a, s, e) in aliases {
        let mut x = Cand::new(s, e, a.clone(), EntityType::Organization);
        x.single = true;
        if let Some(g) = lex.group(&a) {
            x.group = Some(g);
            x.kind = lex.groups[g].kind;
        }
        if set!(ACRONYM_STOP).contains(a.as_str()) {
            continue;
        }
        cands.push(x);
    }
}

/// The start of the words before `start` that, with the name, spell `acr`.
fn reach_back_for_acronym(ctx: &Ctx, start: usize, end: usize, acr: &str) -> Option<usize> {
    const CONNECTORS: &[&str] = &[
        "to", "for", "of", "and", "the", "on", "in", "de", "du", "des", "la", "für", "del",
    ];
    let ti = ctx.tok_at(start);
    let sent = *ctx.sent_of.get(ti)?;
    let mut j = ti;
    while j > 0 && ti - j < MAX_ACRONYM_REACH {
        j -= 1;
        let w = ctx.word(j, sent)?;
        if !is_cap(w) {
            if set!(CONNECTORS).contains(w) {
                continue;
            }
            return None;
        }
        if set!(FUNCTION_WORDS).contains(w) {
            return None;
        }
        let from = ctx.toks[j].start;
        if acronym_fits(&normalise(ctx.text.get(from..end)?), acr) {
            return Some(from);
        }
    }
    None
}

/// How a run was met.
#[derive(Debug, Clone, Copy, Default)]
struct RunOpts {
    /// At the start of a sentence or clause.
    initial: bool,
    /// Named after a plural title: a person.
    force_person: bool,
    /// Keep a leading capitalised article ("La Aceña").
    keep_article: bool,
}

/// Whether the name's words make it an organisation: a cue as last word
/// ("Ministry", "Inc"), `<head> of …` anywhere ("U.S. Chamber of Commerce"),
/// a head in any language first ("Ayuntamiento de …", "Région Normandie"),
/// or a compound ending ("SPD-Fraktion", "Bundeskartellamt").
fn org_cued(lex: &Lexicon, ws: &[W]) -> bool {
    let Some(last) = ws.last() else { return false };
    let first = ws
        .iter()
        .find(|w| !set!(NAME_ARTICLES).contains(w.text))
        .map_or("", |w| w.text);
    let of_head = ws.windows(2).any(|p| {
        (p[1].text == "of" || p[1].text == "for")
            && (set!(ORG_HEADS).contains(p[0].text) || set!(ORG_CUES).contains(p[0].text))
    });
    let lower_last = last.text.lower();
    let suffix = cues::ORG_SUFFIXES
        .iter()
        .any(|s| lower_last.ends_with(s) && lower_last.len() > s.len() + 1);
    set!(ORG_CUES).contains(last.text)
        || (ws.len() >= 3 && of_head)
        // "Consiglio di Stato", but "del Consiglio Giorgia Meloni" is a
        // title before a person.
        || (ws.len() >= 2
            && set!(cues::ORG_HEADS_ANY).contains(first)
            && !ws[1..].iter().any(|w| is_given(lex, w.text)))
        || (suffix && lex.group(&lower_last).is_none())
        || (ws.len() >= 2 && {
            let f = first.lower();
            cues::ORG_SUFFIXES
                .iter()
                .any(|s| f.ends_with(s) && f.len() > s.len() + 1)
        })
        || (last.text == "State" && ws.first().is_some_and(|w| w.text == "Islamic"))
}

/// A street name: a street noun before the run is part of it ("calle Mayor",
/// "plaza de San Roque").
fn street_name(ctx: &Ctx, run: &[W]) -> Option<Cand> {
    let (first, last) = (run.first()?, run.last()?);
    let ti = ctx.tok_at(first.start);
    let sent = *ctx.sent_of.get(ti)?;
    let mut j = ti.checked_sub(1)?;
    let mut w = ctx.word(j, sent)?;
    if matches!(w, "de" | "del" | "du" | "des" | "la") {
        j = j.checked_sub(1)?;
        w = ctx.word(j, sent)?;
        if w == "de" {
            j = j.checked_sub(1)?;
            w = ctx.word(j, sent)?;
        }
    }
    let noun = strip_elision(w);
    if !set!(cues::STREET_NOUNS).contains(noun) {
        return None;
    }
    let start = ctx.toks[j].end - noun.len();
    let mut c = Cand::new(
        start,
        last.end,
        normalise(ctx.text.get(start..last.end)?),
        EntityType::Place,
    );
    c.votes[PLA] = 1;
    Some(c)
}

/// The lexicon group of a run of words, remembered for the last few runs
/// looked up: [`classify`] asks again for the same words as it trims them.
#[derive(Default)]
struct KnownMemo {
    /// (first byte, end byte, group) of the runs asked for, newest last.
    seen: [(usize, usize, Option<usize>); KNOWN_MEMO_SLOTS],
    next: usize,
}

/// Runs a [`KnownMemo`] remembers.
const KNOWN_MEMO_SLOTS: usize = 4;

impl KnownMemo {
    fn group(&mut self, text: &str, lex: &Lexicon, ws: &[W]) -> Option<usize> {
        let (Some(a), Some(b)) = (ws.first(), ws.last()) else {
            return lex.group("");
        };
        let key = (a.start, b.end);
        if let Some(&(_, _, g)) = self.seen.iter().find(|&&(s, e, _)| (s, e) == key && e > 0) {
            return g;
        }
        let g = match text.get(a.start..b.end) {
            Some(name) if spells_words(name, ws) => lex.group(name),
            _ => lex.group(&join_words(ws)),
        };
        self.seen[self.next % KNOWN_MEMO_SLOTS] = (key.0, key.1, g);
        self.next += 1;
        g
    }
}

/// Turns a run into zero or one candidate (two when an affiliation precedes
/// a title inside the run).
fn classify(ctx: &Ctx, run: &[W], opts: RunOpts, out: &mut Vec<Cand>) {
    let (text, lex) = (ctx.text, ctx.lex);
    let mut known = KnownMemo::default();
    let mut ws: &[W] = run;
    let mut initial = opts.initial;
    if run.len() > 1
        && let Some(g) = known.group(text, lex, run)
        && let (Some(a), Some(b)) = (run.first(), run.last())
    {
        let mut c = Cand::new(
            a.start,
            b.end,
            normalise(text.get(a.start..b.end).unwrap_or("")),
            lex.groups[g].kind,
        );
        c.group = Some(g);
        out.push(c);
        return;
    }
    if let Some(c) = street_name(ctx, run) {
        out.push(c);
        return;
    }
    // All-caps shouting ("READ MORE") is no name unless the lexicon knows it.
    if ws.len() >= 2
        && ws.iter().all(|w| is_all_caps(w.text))
        && known.group(text, lex, ws).is_none()
    {
        return;
    }
    // A contraction ends the name ("I'm", "Won't").
    if let Some(k) = ws.iter().position(|w| is_contraction(w.text)) {
        ws = &ws[..k];
    }
    // Leading function words and calendar words (unless the rest is a known name: "La Liga").
    while let Some(w) = ws.first() {
        if known.group(text, lex, ws).is_some() && ws.len() > 1 {
            break;
        }
        if opts.keep_article && ws.len() == run.len() && set!(NAME_ARTICLES).contains(w.text) {
            break;
        }
        // "Según el Instituto …": a lower-case article after a stripped
        // word goes too ("Secondo de Pascale" keeps its particle).
        let article = ws.len() < run.len() && matches!(w.text, "el" | "la" | "le" | "il" | "lo");
        if set!(FUNCTION_WORDS).contains(w.text) || set!(CALENDAR).contains(w.text) || article {
            ws = &ws[1..];
            initial = false;
        } else {
            break;
        }
    }
    let lower_tail = ws
        .first()
        .is_some_and(|w| set!(LOWER_TAIL_HEADS).contains(w.text));
    while ws
        .last()
        .is_some_and(|w| set!(CALENDAR).contains(w.text) || (!is_cap(w.text) && !lower_tail))
    {
        ws = &ws[..ws.len() - 1];
    }
    let Some(w0) = ws.first() else { return };
    // "L'apertura del cantiere": an elided article before a common noun.
    if ws.len() == 1 && strip_elision(w0.text) != w0.text && !is_cap(strip_elision(w0.text)) {
        return;
    }
    if ws.len() == 1
        && (is_roman(w0.text) || is_code(w0.text) || matches!(w0.text, "Jr." | "Sr." | "Jr" | "Sr"))
    {
        return;
    }
    // Group words and demonyms only ("Polish American", "African-Americans").
    if ws.iter().all(|w| {
        w.text
            .split('-')
            .all(|p| set!(GROUP_WORDS).contains(p) || lex.demonym(p).is_some())
    }) {
        return;
    }
    // A bare title ("Vice President", "Senior Fellow").
    if title_len(lex, ws).is_some_and(|(n, _)| n == ws.len())
        && known.group(text, lex, ws).is_none()
    {
        return;
    }
    // "Hollis, Ore.", "Hempstead, N.Y.": a state after a town.
    if ws.len() == 1
        && let Some(full) = state_name(w0.text)
        && (w0.text.contains('.')
            || ctx
                .tok_at(w0.start)
                .checked_sub(1)
                .and_then(|i| ctx.punct(i))
                == Some(','))
    {
        let end = match ctx.toks.get(ctx.tok_at(w0.end)) {
            Some(d) if d.joined && d.first(text) == '.' && !w0.text.ends_with('.') => d.end,
            _ => w0.end,
        };
        let mut c = Cand::new(w0.start, end, full.to_string(), EntityType::Place);
        c.group = lex.group(full);
        out.push(c);
        return;
    }
    let has_cue = ws.last().is_some_and(|w| {
        set!(ORG_CUES).contains(w.text)
            || set!(PLACE_CUES).contains(w.text)
            || set!(OTHER_CUES).contains(w.text)
    });
    // Sentence-initial unknown first word: an ordinary word unless it looks
    // like a first name ("Bukayo Saka equalised").
    if initial
        && known.group(text, lex, ws).is_none()
        && !known_word(lex, w0.text, ws.len() > 1)
        && !has_cue
    {
        if ws.len() == 1 {
            if !is_all_caps(w0.text) {
                let mut c = single(w0, EntityType::Other, true);
                c.sure = false;
                out.push(c);
            }
            return;
        }
        let rest_known = ws[1..].iter().any(|w| lex.group(w.text).is_some());
        if ctx.is_common(w0.text) || rest_known || ws.len() > MAX_GUESSED_PERSON_WORDS {
            ws = &ws[1..];
            while ws.first().is_some_and(|w| !is_cap(w.text)) {
                ws = &ws[1..];
            }
            if ws.is_empty() {
                return;
            }
        }
    }
    // A known name that is also a common word, first in a sentence: kept only
    // if named again ("Split and bruised cherries").
    if initial && ws.len() == 1 && set!(cues::AMBIGUOUS_KNOWN).contains(ws[0].text) {
        let mut c = single(&ws[0], EntityType::Other, true);
        c.sure = false;
        out.push(c);
        return;
    }
    let mut titles: Vec<String> = Vec::new();
    let mut person = opts.force_person;
    let mut plural = false;
    let mut demonym_country: Option<usize> = None;
    // "Miss Universe", "Miss World", "Miss America": a pageant's title,
    // nobody's name.
    if ws.len() == 2
        && ws[0].text == "Miss"
        && (matches!(
            ws[1].text,
            "Universe" | "World" | "Earth" | "International" | "USA"
        ) || lex
            .group(ws[1].text)
            .is_some_and(|g| lex.groups[g].kind == EntityType::Place))
    {
        out.push(Cand::new(
            ws[0].start,
            ws[1].end,
            join_words(ws),
            EntityType::Other,
        ));
        return;
    }
    // Strip demonyms / countries / parties / titles / role nouns from the front.
    loop {
        if known.group(text, lex, ws).is_some() {
            break;
        }
        if let Some((n, pl)) = title_len(lex, ws)
            && n < ws.len()
            && title_strippable(lex, ws, n)
        {
            let t: Vec<&str> = ws[..n].iter().map(|w| w.text).collect();
            titles.push(t.join(" ").lower().into_owned());
            person = true;
            plural |= pl;
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
            let party = set!(GROUP_WORDS).contains(w0);
            if country.is_some() || party {
                let rest = &ws[1..];
                let rest_title = title_len(lex, rest).is_some_and(|(n, _)| n < rest.len());
                if rest_title || is_given(lex, rest[0].text) {
                    ws = rest;
                    continue;
                }
                if let Some(g) = country
                    && lex.demonym(w0).is_some()
                {
                    demonym_country = Some(g);
                }
            }
            // A role noun before a first and last name ("Pendlerin Sabine Oltmanns").
            if ws.len() >= 3
                && !is_all_caps(w0)
                && !is_given(lex, w0)
                && is_given(lex, ws[1].text)
                && lex.group(w0).is_none()
                && !has_org_or_place_cue(ws)
                && !org_cued(lex, ws)
            {
                // "Innenministerin", "Regierungssprecher": a German compound
                // ending in a title keeps that title ("minister").
                if let Some(head) = german_title_head(w0) {
                    titles.push(head.to_string());
                }
                ws = &ws[1..];
                person = true;
                continue;
            }
        }
        break;
    }
    if ws.is_empty() {
        return;
    }
    // A title inside the run: "Homeland Security Secretary Jeh Johnson".
    if !person
        && !is_given(lex, ws[0].text)
        && let Some((k, n)) = inner_title(lex, ws)
    {
        let prefix = &ws[..k];
        let pre = join_words(prefix);
        if lex.group(&pre).is_some() || org_cued(lex, prefix) {
            classify(ctx, prefix, RunOpts::default(), out);
        }
        let t: Vec<&str> = ws[k..k + n].iter().map(|w| w.text).collect();
        titles.push(t.join(" ").lower().into_owned());
        person = true;
        ws = &ws[k + n..];
    }
    // A lower-case title just before the run ("spokesman Dmitry Peskov").
    if !person
        && let Some((t, pl)) = lower_title_before(ctx, ctx.tok_at(ws[0].start))
        && known.group(text, lex, ws).is_none()
        && !has_org_or_place_cue(ws)
        && !org_cued(lex, ws)
    {
        titles.push(t);
        person = true;
        plural |= pl;
    }
    if ws.len() == 1
        && ws[0]
            .text
            .chars()
            .filter(|c| crate::segment::is_alnum(*c))
            .count()
            == 1
    {
        return; // a lone letter ("°C", "Plan B")
    }
    // "Rs 2,000 crore", "Rp 5 juta", "RM 300": a currency before a number.
    if ws.len() == 1
        && matches!(
            ws[0].text,
            "Rs" | "Rp" | "RM" | "Tk" | "Ksh" | "KSh" | "Sh" | "Rs."
        )
        && ctx
            .toks
            .get(ctx.tok_at(ws[0].end))
            .is_some_and(|t| t.kind == TokKind::Num)
    {
        return;
    }
    let (start, end) = (ws[0].start, ws[ws.len() - 1].end);
    let name = normalise(text.get(start..end).unwrap_or(""));
    let mut cx = around(ctx, ctx.tok_at(start), ctx.tok_at(end));
    // "Faenza", "Харьков": a city of the world.
    if lex.cities.contains(name.as_str()) {
        cx.votes[PLA] += 1;
    }
    let mut cand = Cand::new(start, end, name.clone(), EntityType::Other);
    cand.titles = titles;
    cand.single = ws.len() == 1;
    cand.votes = cx.votes;
    cand.plural = plural;
    let first = ws[0].text;
    let last = ws[ws.len() - 1].text;
    if let Some(g) = lex.group(&name) {
        cand.group = Some(g);
        cand.kind = lex.groups[g].kind;
        cand.single = false;
    } else if ws.iter().any(|w| w.text == "&") {
        // "Procter & Gamble", "Gulf Power & Light": a firm.
        cand.kind = EntityType::Organization;
    } else if cx.portfolio
        && !person
        && (ws.len() == 1
            || (!cx.portfolio_of
                && !org_cued(lex, ws)
                && !ws.iter().any(|w| is_given(lex, w.text))))
    {
        return; // "concejal de Urbanismo", "ministra do Meio Ambiente": a field
    } else if set!(cues::ORG_SINGLE).contains(first) && ws.len() == 1 {
        cand.kind = EntityType::Organization;
    } else if ws.len() == 2
        && matches!(last, "City" | "Town" | "County")
        && lex.group(&name).is_none()
        // A town's name ("Leicester"), not a state's ("Oklahoma City") or a
        // word ("Forbidden City").
        && lex.cities.contains(first)
        && lex.group(first).is_none()
        && SPORTS_WORDS
            .iter()
            .filter(|w| ctx.lower_words.contains(*w))
            .count()
            >= MIN_SPORTS_WORDS
    {
        // "Leicester City", "Ipswich Town", "Stockport County" in a
        // football report: the club.
        cand.kind = EntityType::Organization;
    } else if org_cued(lex, ws) {
        let compound = ws.len() == 1 && !set!(ORG_CUES).contains(last);
        if ws.len() == 1 && !compound {
            return; // a bare "Navy" or "Ministry" is a generic reference
        }
        // German "der Förderverein", "des Landesverkehrsministeriums": generic.
        if compound && cx.generic && !first.split('-').any(|p| lex.group(p).is_some()) {
            return;
        }
        cand.kind = EntityType::Organization;
        if let Some(g) = demonym_country
            && is_gov_body(&join_words(&ws[1..]))
        {
            cand.written = Some(name.clone());
            cand.name = format!("{} of {}", join_words(&ws[1..]), lex.groups[g].name);
        }
    } else if (set!(PLACE_CUES).contains(last)
        || (ws.len() >= 2 && set!(PLACE_HEADS).contains(first))
        || (ws.len() >= 2 && set!(cues::GERMAN_PLACE_HEADS).contains(first))
        || saint_prefix(first))
        && !(is_given(lex, first) && set!(SURNAME_CUES).contains(last))
    {
        if ws.len() == 1 && !saint_prefix(first) {
            return;
        }
        cand.kind = EntityType::Place;
        // "des Landes Hessen" → "Hessen".
        if ws.len() >= 2 && set!(cues::GERMAN_PLACE_HEADS).contains(first) {
            let rest = &ws[1..];
            cand.start = rest[0].start;
            cand.name = join_words(rest);
            cand.single = rest.len() == 1;
            if let Some(g) = lex.group(&cand.name) {
                cand.group = Some(g);
                cand.single = false;
            }
        }
    } else if set!(OTHER_CUES).contains(last) {
        if ws.len() == 1 {
            return;
        }
        cand.kind = EntityType::Other;
    } else if !person
        && ws.len() == 1
        && lex.cities.contains(name.as_str())
        && cx.votes[PLA] >= 2
        && cx.votes[PLA] > cx.votes[PER]
    {
        // "told supporters in Madison": a city that is also a given name,
        // where the words around say place.
        cand.kind = EntityType::Place;
    } else if !person && ws.len() == 1 && lex.census_given.contains(first) {
        // "Selma", "Alden": a census given name alone is what the words
        // around say, a person when they say nothing.
        cand.sure = false;
        cand.kind = vote_winner(&cx.votes).unwrap_or(EntityType::Person);
    } else if person || is_given(lex, first) {
        cand.kind = EntityType::Person;
    } else if ws.len() == 1 {
        if lex.demonym(first).is_some()
            || set!(CALENDAR).contains(first)
            || set!(GROUP_WORDS).contains(first)
            || is_title_word(lex, first)
        {
            return;
        }
        let lower_seen = ctx.lower_words.contains(first.lower().as_ref());
        if is_all_caps(first) {
            if set!(ACRONYM_STOP).contains(first)
                || first.chars().count() > MAX_ACRONYM_LEN
                || lower_seen
            {
                return; // "NO", "WHITE": shouting, not an acronym
            }
            cand.kind = EntityType::Organization;
        } else {
            if lower_seen && cx.votes == [0; 4] {
                return; // "World" where the text also says "world"
            }
            if ctx.german
                && (cx.generic
                    || first.chars().count() > MAX_GERMAN_PLACE_CHARS
                    || german_noun(first))
            {
                return;
            }
            if ADJECTIVE_ENDINGS.iter().any(|e| first.ends_with(e)) && cx.votes == [0; 4] {
                return;
            }
            cand.sure = false;
            cand.kind = vote_winner(&cx.votes).map_or(EntityType::Other, |k| voted_kind(k, first));
        }
    } else if ws
        .iter()
        .any(|w| lex.group(w.text).is_some() || lex.demonym(w.text).is_some())
    {
        cand.sure = false;
        cand.kind = vote_winner(&cx.votes).unwrap_or(EntityType::Other);
    } else if ws.len() <= MAX_GUESSED_PERSON_WORDS && ws.iter().all(|w| !is_all_caps(w.text)) {
        if ctx.german && cx.votes == [0; 4] {
            return; // "Millionen Euro"
        }
        cand.sure = false;
        let common_last = ctx.lower_words.contains(last.lower().as_ref());
        let default = if set!(NAME_ARTICLES).contains(first) {
            EntityType::Place
        } else if common_last {
            EntityType::Other // "Homeland Security", "Pell Grants"
        } else {
            EntityType::Person
        };
        cand.kind = vote_winner(&cx.votes).unwrap_or(default);
    } else {
        if ctx.german {
            return;
        }
        cand.sure = false;
    }
    out.push(cand);
}

/// The type the votes give a name, except that a one-word brand they would
/// make a person is a body ("PolitiFact says", "a spokesman for
/// InsideSources").
fn voted_kind(k: EntityType, name: &str) -> EntityType {
    if k == EntityType::Person && camel_case(name) {
        EntityType::Organization
    } else {
        k
    }
}

/// A capitalised word with a capital after a lower-case letter inside
/// ("PolitiFact", "YouTube"), which no surname prefix explains ("McConnell",
/// "DeSantis", "LeBron", "DuVernay", "MacArthur", "VanderWal").
fn camel_case(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Du", "Da", "Le", "La", "Van", "Von", "Fitz", "Ben", "Al", "El",
    ];
    let inner = w
        .char_indices()
        .skip(1)
        .find(|&(k, c)| c.is_uppercase() && w[..k].ends_with(char::is_lowercase));
    match inner {
        Some((k, _)) => !set!(PREFIXES).contains(&w[..k]) && w.chars().all(char::is_alphabetic),
        None => false,
    }
}

/// "Saint-Germain", "San-Sebastián", "Sainte-Mère": a place.
fn saint_prefix(w: &str) -> bool {
    ["Saint-", "Sainte-", "St-", "Sankt-", "San-", "Santa-"]
        .iter()
        .any(|p| w.strip_prefix(p).is_some_and(is_cap))
}

/// The title a German compound role noun ends in, in its masculine form:
/// "Innenministerin" → "minister", "Regierungssprecher" → "spokesman".
fn german_title_head(w: &str) -> Option<&'static str> {
    const HEADS: &[(&str, &str)] = &[
        ("ministerin", "minister"),
        ("minister", "minister"),
        ("präsidentin", "president"),
        ("präsident", "president"),
        ("kanzlerin", "chancellor"),
        ("kanzler", "chancellor"),
        ("sprecherin", "spokesman"),
        ("sprecher", "spokesman"),
        ("bürgermeisterin", "mayor"),
        ("bürgermeister", "mayor"),
        ("direktorin", "director"),
        ("direktor", "director"),
        ("chefin", "chief"),
        ("chef", "chief"),
    ];
    let l = w.lower();
    HEADS.iter().find(|(h, _)| l.ends_with(h)).map(|&(_, t)| t)
}

/// A German common noun by its ending ("Schätzung", "Angaben").
fn german_noun(w: &str) -> bool {
    let l = w.lower();
    cues::GERMAN_NOUN_SUFFIXES.iter().any(|s| l.ends_with(s))
}

fn has_org_or_place_cue(ws: &[W]) -> bool {
    ws.last()
        .is_some_and(|w| set!(ORG_CUES).contains(w.text) || set!(PLACE_CUES).contains(w.text))
}

fn single(w: &W, kind: EntityType, pending: bool) -> Cand {
    let mut c = Cand::new(w.start, w.end, w.text.to_string(), kind);
    c.single = true;
    c.pending = pending;
    c
}

/// Words of the longest title at the start of `ws`, and whether it is plural
/// ("Councilmembers").
fn title_len(lex: &Lexicon, ws: &[W]) -> Option<(usize, bool)> {
    const MIN_PLURAL_STEM: usize = 3;
    let mut best = None;
    let mut phrase = String::new();
    for (n, w) in ws.iter().take(lex.title_words).enumerate() {
        if n > 0 {
            phrase.push(' ');
        }
        crate::segment::push_lower(&mut phrase, w.text.trim_end_matches('.'));
        if lex.titles.contains(&phrase) {
            best = Some((n + 1, false));
        } else if let Some(sing) = phrase.strip_suffix('s')
            && !sing.ends_with('s')
            && sing.chars().count() >= MIN_PLURAL_STEM
            && lex.titles.contains(sing)
        {
            best = Some((n + 1, true));
        }
        if !lex.title_prefixes.contains(&phrase) {
            break;
        }
    }
    best
}

/// Whether the title of `n` words may be stripped from the front of `ws`:
/// never from an organisation or place ("Justice Department"); an ambiguous
/// title only before a first name or a plain first-and-last name.
fn title_strippable(lex: &Lexicon, ws: &[W], n: usize) -> bool {
    let rest = &ws[n..];
    let Some(r0) = rest.first() else { return false };
    if has_org_or_place_cue(rest)
        || org_cued(lex, rest)
        || rest.iter().any(|w| set!(ORG_CUES).contains(w.text))
        || lex
            .group(&join_words(rest))
            .is_some_and(|g| lex.groups[g].kind != EntityType::Person)
    {
        return false;
    }
    let title = ws[..n]
        .iter()
        .map(|w| w.text.trim_end_matches('.').lower())
        .collect::<Vec<_>>()
        .join(" ");
    let dotted = ws[n - 1].text.ends_with('.');
    let singular = title.strip_suffix('s').unwrap_or(&title);
    let ambiguous = |t: &str| set!(AMBIGUOUS_TITLES).contains(t);
    if !ambiguous(&title) && !ambiguous(singular) {
        return true;
    }
    let strict = set!(LOWER_TITLE_SKIP).contains(title.as_str());
    dotted
        || is_given(lex, r0.text)
        || (!strict
            && (2..=MAX_GUESSED_PERSON_WORDS).contains(&rest.len())
            && rest
                .iter()
                .all(|w| lex.group(w.text).is_none() && !is_all_caps(w.text)))
}

/// A title inside a run, after an affiliation and before a first and last
/// name: (index, words).
fn inner_title(lex: &Lexicon, ws: &[W]) -> Option<(usize, usize)> {
    for k in 1..ws.len().saturating_sub(2) {
        if !is_cap(ws[k].text) {
            continue;
        }
        if let Some((n, _)) = title_len(lex, &ws[k..])
            && (2..=MAX_GUESSED_PERSON_WORDS).contains(&(ws.len() - k - n))
            && title_strippable(lex, &ws[k..], n)
        {
            return Some((k, n));
        }
    }
    None
}

/// A lower-case title right before token `i` ("foreign minister",
/// "spokesman", "councilmembers"), and whether it is plural.
fn lower_title_before(ctx: &Ctx, i: usize) -> Option<(String, bool)> {
    let (text, toks, lex) = (ctx.text, ctx.toks, ctx.lex);
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
        if set!(LOWER_TITLE_SKIP).contains(phrase.as_str()) {
            continue;
        }
        if lex.titles.contains(&phrase) {
            best = Some((phrase, false));
        } else if let Some(sing) = phrase.strip_suffix('s')
            && !sing.ends_with('s')
            && lex.titles.contains(sing)
            // "who chairs Wensum Watch": a verb, not a plural title.
            && !j
                .checked_sub(1)
                .and_then(|k| toks.get(k))
                .filter(|t| t.kind == TokKind::Word)
                .is_some_and(|t| {
                    matches!(
                        t.text(text).lower().as_ref(),
                        "who" | "which" | "that" | "he" | "she" | "it" | "also" | "now"
                    )
                })
        {
            best = Some((phrase, true));
        }
    }
    best
}

/// Short forms of a full name that the article may use alone: a company
/// without its legal form or by its first word ("Hartwell Homes", "Nimbus"),
/// a council by its head ("Ayuntamiento"), a person by a two-word surname
/// ("Ruiz Olmedo") or without the middle initial ("Mary Blige").
fn short_forms(c: &Cand, lex: &Lexicon) -> Vec<String> {
    let words: Vec<&str> = c.name.split(' ').collect();
    let mut out = Vec::new();
    let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
        return out;
    };
    if words.len() < 2 || c.group.is_some() {
        return out;
    }
    match c.kind {
        EntityType::Organization => {
            if set!(LEGAL_FORMS).contains(last) {
                out.push(words[..words.len() - 1].join(" "));
            }
            const MIN_SHORT_CHARS: usize = 3;
            if first.chars().count() >= MIN_SHORT_CHARS
                && is_cap(first)
                && !set!(FUNCTION_WORDS).contains(first)
                && !set!(NAME_ARTICLES).contains(first)
                && !set!(GROUP_WORDS).contains(first)
                && lex.group(first).is_none()
                && lex.demonym(first).is_none()
                && !lex.given.contains(first)
            {
                out.push(first.to_string());
            }
        }
        EntityType::Person if words.len() >= 3 => {
            let inner: Vec<&str> = words
                .iter()
                .copied()
                .filter(|w| !(w.ends_with('.') && w.chars().count() == 2))
                .collect();
            if inner.len() < words.len() {
                out.push(inner.join(" "));
            }
            let tail = &words[words.len() - 2..];
            if tail.iter().all(|w| is_cap(w) && !w.ends_with('.')) {
                out.push(tail.join(" "));
            }
        }
        _ => {}
    }
    out
}

/// Merges candidates into entities and links short forms to full names.
fn link(
    cands: Vec<Cand>,
    lex: &Lexicon,
    text: &str,
    german: bool,
    headline_end: usize,
) -> Entities {
    let mut ents = Entities::default();
    let mut by_group: FxMap<usize, usize> = FxMap::default();
    let mut by_name: FxMap<String, usize> = FxMap::default();
    let mut first_at: Vec<usize> = Vec::new();
    let mut sure: Vec<bool> = Vec::new();
    let mut votes: Vec<Votes> = Vec::new();
    let mut credit_only: Vec<bool> = Vec::new();
    let mut assigned: Vec<Option<usize>> = vec![None; cands.len()];

    // A one-word lexicon name that is the surname of a person the article
    // names in full ("Ford" after "John M. Ford") is that person: linked in
    // pass 2.
    let person_surnames: FxSet<&str> = cands
        .iter()
        .filter(|c| c.kind == EntityType::Person && c.name.contains(' ') && !c.pending && c.sure)
        .map(|c| surname(&c.name))
        .collect();
    // Short forms and aliases declared anywhere in the article. In an
    // article that names Donald Trump, "Trump" is short for him, not for
    // the "Trump Foundation".
    let mut person_by_surname: FxMap<&str, usize> = FxMap::default();
    for (pi, p) in cands.iter().enumerate() {
        if p.kind == EntityType::Person && !p.pending && p.name.contains(' ') {
            person_by_surname.entry(surname(&p.name)).or_insert(pi);
        }
    }
    let mut short: FxMap<String, usize> = FxMap::default();
    let mut declared: FxSet<&str> = FxSet::default();
    for (ci, c) in cands.iter().enumerate() {
        declared.extend(c.aliases.iter().map(|a| a.0.as_str()));
        if !c.pending && !c.single {
            for f in short_forms(c, lex) {
                let person = (c.kind == EntityType::Organization)
                    .then(|| person_by_surname.get(f.as_str()).copied())
                    .flatten();
                short.entry(f).or_insert(person.unwrap_or(ci));
            }
        }
    }

    let add_alias = |e: &mut Ent, a: &str| {
        if e.name != a && !e.aliases.iter().any(|x| x == a) {
            e.aliases.push(a.to_string());
        }
    };
    let absorb = |i: usize,
                  c: &Cand,
                  ents: &mut Entities,
                  sure: &mut Vec<bool>,
                  votes: &mut Vec<Votes>,
                  credit_only: &mut Vec<bool>| {
        if let (Some(e), Some(s), Some(v), Some(k)) = (
            ents.list.get_mut(i),
            sure.get_mut(i),
            votes.get_mut(i),
            credit_only.get_mut(i),
        ) {
            for (x, y) in v.iter_mut().zip(c.votes) {
                *x += y;
            }
            // A one-word name is sure only with a personal title
            // ("President Obama" after "Obama, others vow …").
            let titled_person = c.single && c.kind == EntityType::Person && !c.titles.is_empty();
            if c.sure && !*s && !c.pending && (!c.single || titled_person) {
                e.kind = c.kind;
                *s = true;
            }
            if !c.credit {
                *k = false;
            }
            for t in &c.titles {
                if !e.titles.contains(t) {
                    e.titles.push(t.clone());
                }
            }
        }
    };

    // Pass 1: full names, lexicon names, typed names.
    for (ci, c) in cands.iter().enumerate() {
        if c.pending || (c.single && c.group.is_none() && c.kind != EntityType::Organization) {
            continue;
        }
        if !c.name.contains(' ') && c.group.is_some() && person_surnames.contains(c.name.as_str()) {
            continue;
        }
        // "de Pascale": a surname with its particle, linked in pass 2.
        if c.name.starts_with(char::is_lowercase) && c.group.is_none() {
            continue;
        }
        if c.group.is_none()
            && (short
                .get(&c.name)
                .is_some_and(|&k| cands.get(k).is_some_and(|f| f.name != c.name))
                || (c.single && declared.contains(c.name.as_str())))
        {
            continue; // a short form or acronym: linked in pass 2
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
                sure.push(c.sure);
                votes.push([0; 4]);
                credit_only.push(true);
                ents.list.len() - 1
            }
        };
        absorb(idx, c, &mut ents, &mut sure, &mut votes, &mut credit_only);
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
    // Pass 2: short forms link to a full name, else stand alone (unless pending).
    for (ci, c) in cands.iter().enumerate() {
        if assigned[ci].is_some() {
            continue;
        }
        let found = by_name
            .get(&c.name)
            .copied()
            .or_else(|| ents.list.iter().position(|e| e.aliases.contains(&c.name)))
            .or_else(|| {
                short
                    .get(&c.name)
                    .filter(|&&k| {
                        c.start < headline_end || cands.get(k).is_some_and(|f| f.start <= c.start)
                    })
                    .and_then(|&k| assigned.get(k).copied().flatten())
            })
            .or_else(|| {
                // "Pascale", and "de Pascale" with its particle.
                let particled = c.name.starts_with(char::is_lowercase);
                // "Mrs. Clinton" is not "Bill Clinton": a title's gender
                // must not contradict the given name's.
                let lex = crate::statements::lexicon::get();
                let title_gender = c.titles.iter().find_map(|t| lex.gender(t));
                let fits =
                    |e: &Ent| title_gender.is_none_or(|g| given_gender(e).is_none_or(|h| h == g));
                let of_surname = |e: &Ent| {
                    // A surname ends the name: the cheap test first.
                    (e.name.ends_with(c.name.as_str()) && surname(&e.name) == c.name && fits(e))
                        || (particled
                            && e.name.len() > c.name.len()
                            && e.name.ends_with(c.name.as_str())
                            && e.name[..e.name.len() - c.name.len()].ends_with(' '))
                };
                namesake_by_pronoun(&ents, &first_at, c, headline_end, text, of_surname)
                    .or_else(|| nearest_person(&ents, &first_at, c, headline_end, of_surname))
            })
            .or_else(|| {
                // A given name: the full name's first word.
                nearest_person(&ents, &first_at, c, headline_end, |e| {
                    e.name.as_bytes().get(c.name.len()) == Some(&b' ')
                        && e.name.starts_with(c.name.as_str())
                })
            })
            .or_else(|| {
                if !c.single {
                    return None;
                }
                nearest_person(&ents, &first_at, c, headline_end, |e| {
                    e.name.as_bytes().contains(&b' ') && inflected_surname(&e.name, &c.name)
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
                absorb(i, c, &mut ents, &mut sure, &mut votes, &mut credit_only);
                i
            }
            None if c.pending => continue,
            None => {
                ents.list.push(Ent {
                    name: c.name.clone(),
                    kind: c.kind,
                    aliases: Vec::new(),
                    titles: Vec::new(),
                });
                first_at.push(c.start);
                sure.push(c.sure);
                votes.push([0; 4]);
                credit_only.push(true);
                let i = ents.list.len() - 1;
                absorb(i, c, &mut ents, &mut sure, &mut votes, &mut credit_only);
                by_name.insert(c.name.clone(), i);
                i
            }
        };
        assigned[ci] = Some(idx);
    }
    // The article's votes type what no lexicon or cue did; people named only
    // in credits are staff; in German a guessed name nothing speaks for is a noun.
    let mut dropped = vec![false; ents.list.len()];
    for (i, e) in ents.list.iter_mut().enumerate() {
        let v = votes.get(i).copied().unwrap_or([0; 4]);
        let s = sure.get(i).copied().unwrap_or(true);
        if !s && let Some(k) = vote_winner(&v) {
            e.kind = voted_kind(k, &e.name);
        }
        let credit = credit_only.get(i).copied().unwrap_or(false);
        dropped[i] = (credit && e.kind == EntityType::Person) || (german && !s && v == [0; 4]);
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
        if dropped.get(idx).copied().unwrap_or(false) {
            continue;
        }
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
    order_by_first_mention(merge_variants(ents))
}

/// Given-name pairs that name the same person ("Joe" for "Joseph").
const NICKNAMES: &[(&str, &str)] = &[
    ("joe", "joseph"),
    ("bill", "william"),
    ("will", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("rob", "robert"),
    ("bobby", "robert"),
    ("mike", "michael"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("tom", "thomas"),
    ("chuck", "charles"),
    ("charlie", "charles"),
    ("dick", "richard"),
    ("rick", "richard"),
    ("ted", "edward"),
    ("ed", "edward"),
    ("ted", "theodore"),
    ("dan", "daniel"),
    ("dave", "david"),
    ("steve", "stephen"),
    ("steve", "steven"),
    ("tony", "anthony"),
    ("nick", "nicholas"),
    ("andy", "andrew"),
    ("alex", "alexander"),
    ("ben", "benjamin"),
    ("sam", "samuel"),
    ("matt", "matthew"),
    ("chris", "christopher"),
    ("pat", "patrick"),
    ("greg", "gregory"),
    ("jeff", "jeffrey"),
    ("ron", "ronald"),
    ("don", "donald"),
    ("larry", "lawrence"),
    ("jerry", "gerald"),
    ("liz", "elizabeth"),
    ("beth", "elizabeth"),
    ("betsy", "elizabeth"),
    ("kate", "katherine"),
    ("kathy", "katherine"),
    ("cathy", "catherine"),
    ("sue", "susan"),
    ("peggy", "margaret"),
    ("maggie", "margaret"),
    ("jenny", "jennifer"),
    ("nancy", "ann"),
    ("vlad", "vladimir"),
];

/// Suffixes after a surname.
const NAME_SUFFIXES: &[&str] = &["jr.", "jr", "sr.", "sr", "ii", "iii", "iv"];

/// A person's name split into given name, middle parts, surname and suffix
/// (lower case).
fn name_parts(name: &str) -> Option<NameParts> {
    let mut words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(',').lower().into_owned())
        .collect();
    let suffix = match words.last() {
        Some(w) if set!(NAME_SUFFIXES).contains(w.as_str()) => {
            words.pop().map(|w| w.trim_end_matches('.').to_string())
        }
        _ => None,
    };
    if words.len() < 2 {
        return None;
    }
    let given = words.first()?.clone();
    let surname = words.last()?.clone();
    let middle = words.get(1..words.len() - 1)?.to_vec();
    Some((given, middle, surname, suffix))
}

/// Whether two written full names, split by [`name_parts`], are variants
/// of one person's name: "Joseph R. Biden Jr." / "Joe Biden", "William J.
/// Clinton" / "Bill Clinton". Same surname; same or nickname-paired given
/// names; middle initials and suffixes that do not contradict each other.
type NameParts = (String, Vec<String>, String, Option<String>);
fn name_variants(x: &NameParts, y: &NameParts) -> bool {
    let given_ok = x.0 == y.0
        || NICKNAMES
            .iter()
            .any(|&(n, f)| (x.0 == n && y.0 == f) || (x.0 == f && y.0 == n));
    let initial = |m: &[String]| m.first().and_then(|w| w.chars().next());
    let middle_ok = x.1.is_empty() || y.1.is_empty() || initial(&x.1) == initial(&y.1);
    let suffix_ok = x.3.is_none() || y.3.is_none() || x.3 == y.3;
    x.2 == y.2 && given_ok && middle_ok && suffix_ok
}

/// Merges person entities whose names are variants of one name into the
/// one mentioned first, under the fullest of the names; the others become
/// aliases.
fn merge_variants(mut ents: Entities) -> Entities {
    let n = ents.list.len();
    let mut first = vec![usize::MAX; n];
    for m in &ents.mentions {
        if let Some(f) = first.get_mut(m.entity) {
            *f = (*f).min(m.start);
        }
    }
    // Persons with at least a given name and a surname, by surname.
    let parts: Vec<Option<NameParts>> = ents
        .list
        .iter()
        .map(|e| {
            (e.kind == EntityType::Person)
                .then(|| name_parts(&e.name))
                .flatten()
        })
        .collect();
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in parts.iter().enumerate() {
        if let Some(p) = p {
            by_surname.entry(p.2.as_str()).or_default().push(i);
        }
    }
    let mut target: Vec<usize> = (0..n).collect();
    for group in by_surname.values().filter(|g| g.len() > 1) {
        for &j in group {
            let found = group.iter().copied().find(|&i| {
                i != j
                    && target[i] == i
                    && first[i] < first[j]
                    && matches!((&parts[i], &parts[j]), (Some(x), Some(y))
                        if name_variants(x, y) && ents.list[i].name != ents.list[j].name)
            });
            if let Some(i) = found {
                target[j] = i;
            }
        }
    }
    // Follow chains to their root (targets are mentioned strictly earlier,
    // so there are no cycles).
    for j in 0..n {
        let mut t = target[j];
        while target[t] != t {
            t = target[t];
        }
        target[j] = t;
    }
    for (j, &i) in target.iter().enumerate() {
        if i == j {
            continue;
        }
        let Some(b) = ents.list.get(j).cloned() else {
            continue;
        };
        if let Some(a) = ents.list.get_mut(i) {
            // The fullest written form is the canonical name.
            let b_name = if b.name.split_whitespace().count() > a.name.split_whitespace().count() {
                std::mem::replace(&mut a.name, b.name)
            } else {
                b.name
            };
            for name in std::iter::once(b_name).chain(b.aliases) {
                if name != a.name && !a.aliases.contains(&name) {
                    a.aliases.push(name);
                }
            }
            for t in b.titles {
                if !a.titles.contains(&t) {
                    a.titles.push(t);
                }
            }
        }
    }
    for m in &mut ents.mentions {
        if let Some(&t) = target.get(m.entity) {
            m.entity = t;
        }
    }
    ents
}

/// Words after a name in which a pronoun tells its gender.
const MAX_PRONOUN_HINT_WORDS: usize = 5;

/// The gender a pronoun right after a name tells ("Clinton allowed her
/// staff", "Trump says he would"): "he", "his", "she" or a possessive
/// "her" within a few words of the same clause.
pub(crate) fn gender_after(text: &str, end: usize) -> Option<Gender> {
    const MAX_HINT_BYTES: usize = 80;
    let rest = text.get(end..)?;
    let cut = (0..=MAX_HINT_BYTES.min(rest.len()))
        .rev()
        .find(|&k| rest.is_char_boundary(k))
        .unwrap_or(0);
    let rest = &rest[..cut];
    let clause = rest
        .find(['.', '!', '?', ';', '\n', '“', '"'])
        .map_or(rest, |k| &rest[..k]);
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(MAX_PRONOUN_HINT_WORDS + 1)
        .collect();
    for (k, w) in words.iter().take(MAX_PRONOUN_HINT_WORDS).enumerate() {
        match *w {
            "he" | "his" | "himself" => return Some(Gender::Male),
            "she" | "herself" => return Some(Gender::Female),
            // "her staff", not "told her that".
            "her" => {
                let possessive = words.get(k + 1).is_some_and(|n| {
                    n.starts_with(char::is_lowercase)
                        && !matches!(
                            *n,
                            "that"
                                | "to"
                                | "the"
                                | "a"
                                | "an"
                                | "and"
                                | "on"
                                | "in"
                                | "at"
                                | "for"
                                | "with"
                                | "of"
                                | "as"
                                | "about"
                                | "from"
                                | "by"
                        )
                });
                if possessive {
                    return Some(Gender::Female);
                }
            }
            _ => {}
        }
    }
    None
}

/// The gender a person's given name (the first word of the name) tells.
fn given_gender(e: &Ent) -> Option<Gender> {
    let given = e.name.split(' ').next()?;
    crate::statements::lexicon::get().gender(given)
}

/// Of two or more people sharing a surname ("Hillary Clinton", "Bill
/// Clinton"), the only one a pronoun after the mention fits; none without
/// such a pronoun (how often each is named in full says nothing: "Ivanka
/// Trump" is written in full because a bare "Trump" is her father).
fn namesake_by_pronoun(
    ents: &Entities,
    first_at: &[usize],
    c: &Cand,
    headline_end: usize,
    text: &str,
    pred: impl Fn(&Ent) -> bool,
) -> Option<usize> {
    let namesakes: Vec<usize> = linkable_people(ents, first_at, c, headline_end, pred)
        .map(|(i, _)| i)
        .collect();
    if namesakes.len() < 2 {
        return None;
    }
    let hint = gender_after(text, c.end)?;
    let mut fitting = namesakes
        .into_iter()
        .filter(|&i| ents.list.get(i).and_then(given_gender) == Some(hint));
    match (fitting.next(), fitting.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// The person entities matching `pred` that `c` may link to: a short form
/// in the body links only to a full name already introduced ("President
/// Obama" is not the "Michelle Obama" named later); a headline's short form
/// may link forward.
fn linkable_people<'e>(
    ents: &'e Entities,
    first_at: &'e [usize],
    c: &'e Cand,
    headline_end: usize,
    pred: impl Fn(&Ent) -> bool + 'e,
) -> impl Iterator<Item = (usize, &'e Ent)> + 'e {
    let forward_ok = c.start < headline_end;
    ents.list.iter().enumerate().filter(move |(i, e)| {
        e.kind == EntityType::Person
            && pred(e)
            && (forward_ok || first_at.get(*i).is_some_and(|&at| at <= c.start))
    })
}

/// The person entity matching `pred` whose first mention is nearest to `c`.
fn nearest_person(
    ents: &Entities,
    first_at: &[usize],
    c: &Cand,
    headline_end: usize,
    pred: impl Fn(&Ent) -> bool,
) -> Option<usize> {
    linkable_people(ents, first_at, c, headline_end, pred)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_with_either_apostrophe() {
        for w in [
            "I'm", "I’m", "We’ve", "won't", "Won’t", "they'll", "you’re", "she'd",
        ] {
            assert!(is_contraction(w), "{w}");
        }
        for w in ["Putin", "Mr", "nt", "n’", "’m", "Ted", "O’Neill"] {
            assert_eq!(is_contraction(w), w == "’m", "{w}");
        }
    }

    #[test]
    fn names_are_single_spaced() {
        assert_eq!(normalise("Vladimir Putin"), "Vladimir Putin");
        assert_eq!(normalise(" Vladimir \n Putin"), "Vladimir Putin");
        let text = "the New York Times and the New\nYork  Post";
        let w = |s: usize, e: usize| W {
            start: s,
            end: e,
            text: &text[s..e],
        };
        let times = [w(4, 7), w(8, 12), w(13, 18)];
        assert!(spells_words(&text[4..18], &times));
        assert_eq!(join_words(&times), "New York Times");
        let post = [w(27, 30), w(31, 35), w(37, 41)];
        assert!(!spells_words(&text[27..41], &post));
        assert_eq!(join_words(&post), "New York Post");
    }
}
