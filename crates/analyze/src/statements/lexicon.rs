//! Word lists of the statement finder (cue verbs, titles, function words).
//!
//! The cue verbs, titles, title modifiers and given-name genders live in
//! `data/statements/*.txt` (compiled in); the short closed classes are here.

use crate::fasthash::{FxMap, WordMap, WordSet};
use std::sync::OnceLock;

/// How a cue verb may be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// A speech verb: any frame.
    Speech,
    /// Only with a document subject ("the statement read").
    Doc,
    /// Belief or evidence verb: needs a clause ("that …") or a
    /// to-infinitive after it.
    Weak,
    /// Intention or refusal ("wants", "refused"): needs a to-infinitive.
    Intent,
    /// A verb of talking that names its topic with a preposition ("spoke
    /// about", "railed against"): needs one after it.
    Topic,
    /// A noun cue after a possessor ("his claim that …", "Trump's promise
    /// to …"): never from the word list.
    Noun,
    /// An opening setting that names the source of the clause after it ("In
    /// this poll, …", "In his view, …"): never from the word list.
    Setting,
}

/// The pronoun a given name usually takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "she".
    Female,
    /// "he".
    Male,
}

/// The compiled-in word lists.
pub struct Lexicon {
    cues: WordMap<CueClass>,
    /// Finite German speech verbs (the `sagen` line), which put the subject
    /// after themselves in second position ("Am Montag sagte X, …").
    german_speech: WordSet,
    titles: WordSet,
    modifiers: WordSet,
    genders: FxMap<String, Gender>,
    census_genders: FxMap<String, Gender>,
}

const CUES: &str = include_str!("../../data/statements/cues.txt");
const TITLES: &str = include_str!("../../data/statements/titles.txt");
const MODIFIERS: &str = include_str!("../../data/statements/modifiers.txt");
const GENDERS: &str = include_str!("../../data/statements/gender.txt");
/// Census given names with the pronoun their bearers usually take.
const CENSUS_GENDERS: &str = include_str!("../../data/given_names_census.txt");

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lexicon, parsed once.
pub fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut cues = WordMap::default();
        let mut german_speech = WordSet::default();
        for line in lines(CUES) {
            let mut cols = line.split('\t');
            let lemma = cols.next();
            let forms = cols.next().unwrap_or("");
            let class = match cols.next().map(str::trim) {
                Some("doc") => CueClass::Doc,
                Some("weak") => CueClass::Weak,
                Some("intent") => CueClass::Intent,
                Some("topic") => CueClass::Topic,
                _ => CueClass::Speech,
            };
            for f in forms.split_whitespace() {
                cues.entry(f.to_lowercase()).insert_entry(class);
                if lemma == Some("sagen") && !f.starts_with("ge") {
                    german_speech.insert(f.to_lowercase());
                }
            }
        }
        let genders = genders_of(GENDERS);
        let census_genders = genders_of(CENSUS_GENDERS);
        Lexicon {
            genders,
            census_genders,
            cues,
            german_speech,
            titles: lines(TITLES).map(str::to_lowercase).collect(),
            modifiers: lines(MODIFIERS).map(str::to_lowercase).collect(),
        }
    })
}

/// Given names by pronoun from lines of `f` or `m`, a tab and names (other
/// lines are names either pronoun fits).
fn genders_of(data: &str) -> FxMap<String, Gender> {
    let mut out = FxMap::default();
    for line in lines(data) {
        let (g, names) = line.split_once('\t').unwrap_or(("", ""));
        let g = match g {
            "f" => Gender::Female,
            "m" => Gender::Male,
            _ => continue,
        };
        for n in names.split_whitespace() {
            out.insert(n.to_lowercase(), g);
        }
    }
    out
}

impl Lexicon {
    /// The class of a cue word (lower case), if it is one.
    pub fn cue(&self, lower: &str) -> Option<CueClass> {
        self.cues.get(lower).copied()
    }

    /// Whether a lower-case word is a finite German speech verb ("sagte",
    /// "erklärte").
    pub fn german_speech(&self, lower: &str) -> bool {
        self.german_speech.contains(lower)
    }

    /// Whether a lower-case word is a title ("president", "sen.").
    pub fn is_title(&self, lower: &str) -> bool {
        let l = lower.trim_end_matches(['s']);
        // German compounds: "Innenministerin", "Regierungssprecher".
        const GERMAN_HEADS: &[&str] = &[
            "ministerin",
            "minister",
            "präsidentin",
            "präsident",
            "sprecherin",
            "sprecher",
            "kanzlerin",
            "kanzler",
            "direktorin",
            "direktor",
        ];
        self.titles.contains(lower)
            || (l.len() > 3 && self.titles.contains(l))
            || GERMAN_HEADS
                .iter()
                .any(|h| lower.len() > h.len() + 2 && lower.ends_with(h))
    }

    /// The usual gender of a given name, or of an honorific ("mrs.").
    pub fn gender(&self, word: &str) -> Option<Gender> {
        let l = crate::segment::lower(word);
        match l.trim_end_matches('.') {
            "mr" | "sir" | "lord" | "king" | "prince" => Some(Gender::Male),
            "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" => {
                Some(Gender::Female)
            }
            // "María" is listed as "Maria".
            _ => self
                .genders
                .get(l.as_ref())
                .or_else(|| self.genders.get(&fold_accents(&l)))
                .copied(),
        }
    }

    /// The gender of a given name from either list (the hand list first).
    pub fn given_gender(&self, given: &str) -> Option<Gender> {
        self.gender(given).or_else(|| self.census_gender(given))
    }

    /// The usual gender of a census given name ("Dwight", "Lorraine"):
    /// many are surnames too ("Clinton", "Carson"), so only for a word
    /// before a surname.
    pub fn census_gender(&self, given: &str) -> Option<Gender> {
        self.census_genders
            .get(crate::segment::lower(given).as_ref())
            .copied()
    }

    /// Whether a lower-case word may precede a title ("foreign", "us").
    pub fn is_modifier(&self, lower: &str) -> bool {
        self.modifiers.contains(lower)
    }
}

/// "according to" and its equivalents (the speaker follows).
pub const ACCORDING: &[&[&str]] = &[
    &["according", "to"],
    &["citing"],
    &["selon"],
    &["laut"],
    &["según"],
    &["secondo"],
    &["per"],
    &["nach", "angaben"],
    &["nach", "schätzung"],
    &["nach", "schätzungen"],
    &["nach", "informationen"],
    &["nach", "einschätzung"],
    &["nach", "darstellung"],
    &["d'après"],
    &["d’après"],
    &["de", "acuerdo", "con"],
    &["segundo"],
    &["de", "acordo", "com"],
    &["nach", "seinen", "angaben"],
    &["nach", "ihren", "angaben"],
    &["по", "словам"],
    &["по", "его", "словам"],
    &["по", "её", "словам"],
    &["по", "ее", "словам"],
    &["по", "их", "словам"],
    &["по", "его", "мнению"],
    &["по", "её", "мнению"],
    &["по", "ее", "мнению"],
    &["по", "их", "мнению"],
    &["по", "данным"],
    &["по", "мнению"],
    &["по", "информации"],
    &["согласно"],
];

/// Complementisers that open the reported clause.
pub const THAT: &[&str] = &["that", "dass", "que", "qu’", "qu'", "che"];

/// Words allowed between a subject and its cue ("he also said").
pub const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "later",
    "previously",
    "recently",
    "then",
    "repeatedly",
    "publicly",
    "privately",
    "once",
    "often",
    "long",
    "already",
    "further",
    "reportedly",
    "would",
    "will",
    "could",
    "may",
    "might",
    "did",
    "does",
    "do",
    "not",
    "never",
    "again",
    "first",
    "separately",
    "earlier",
    "is",
    "was",
    "were",
    "are",
    "been",
    "has been",
    "had been",
    "both",
    "flatly",
    "quickly",
    "simply",
    "even",
    "still",
    "frequently",
    "just",
    "explicitly",
    "openly",
    "a",
    "ont",
    "ha",
    "hanno",
    "avait",
    "aussi",
    "également",
    "hat",
    "habe",
    "hatte",
    "auch",
];

/// Pronouns that may be a speaker.
pub const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "er", "sie", "il", "elle", "ils", "elles", "он", "она",
    "они", "él", "ella", "ellos", "ellas", "ele", "ela", "eles", "elas", "lei",
];

/// Object pronouns after "according to" and its kin ("according to him",
/// "selon lui", "según ella", "segundo eles"), with the subject pronoun
/// that resolves them.
pub const OBJECT_PRONOUNS: &[(&str, &str)] = &[
    ("him", "he"),
    ("her", "she"),
    ("them", "they"),
    ("lui", "he"),
    ("elle", "she"),
    ("eux", "they"),
    ("elles", "they"),
    ("él", "he"),
    ("ella", "she"),
    ("ellos", "they"),
    ("ellas", "they"),
    ("lei", "she"),
    ("loro", "they"),
    ("ele", "he"),
    ("ela", "she"),
    ("eles", "they"),
    ("elas", "they"),
    ("ihm", "he"),
    ("ihr", "she"),
    ("ihnen", "they"),
    // Possessives inside "nach seinen Angaben", "по его словам".
    ("seinen", "he"),
    ("ihren", "sie"),
    ("его", "он"),
    ("её", "она"),
    ("ее", "она"),
    ("их", "они"),
    ("нему", "he"),
    ("ней", "she"),
    ("ним", "they"),
];

/// Nouns for documents that "say" or "read" things; their speaker is the
/// body that issued them.
pub const DOC_NOUNS: &[&str] = &[
    "statement",
    "release",
    "letter",
    "report",
    "memo",
    "text",
    "message",
    "communique",
    "communiqué",
    "declaration",
    "document",
    "tweet",
    "post",
    "article",
    "story",
    "editorial",
    "column",
    "ruling",
    "note",
    "sign",
    "ad",
    "spot",
    "commercial",
    "poll",
    "survey",
    "study",
    "review",
    "analysis",
    "investigation",
    "piece",
    "filing",
    "complaint",
    "lawsuit",
    "video",
    "book",
    "erklärung",
    "mitteilung",
    "communiqué",
];

/// Whether `w` is in [`DOC_NOUNS`] (a set lookup: it runs for every token).
pub(crate) fn is_doc_noun(w: &&str) -> bool {
    set!(DOC_NOUNS).contains(w)
}

/// A document noun or its plural ("reports", "tweets").
pub(crate) fn is_doc_noun_or_plural(w: &str) -> bool {
    is_doc_noun(&w) || w.strip_suffix('s').is_some_and(|sg| is_doc_noun(&sg))
}

/// Whether `w` is in [`NP_STOP`] (a set lookup: it runs for every token).
pub(crate) fn is_np_stop(w: &&str) -> bool {
    set!(NP_STOP).contains(w)
}

/// Verbs by which a body issues a document ("issued a joint statement").
pub const ISSUE_VERBS: &[&str] = &["issued", "released", "published", "sent", "put", "posted"];

/// Words that stop a speaker noun phrase.
pub const NP_STOP: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "as",
    "if",
    "because",
    "but",
    "or",
    "so",
    "than",
    "is",
    "are",
    "was",
    "were",
    "be",
    "to",
    "in",
    "on",
    "at",
    "by",
    "with",
    "from",
    "into",
    "about",
    "after",
    "before",
    "during",
    "since",
    "until",
    "not",
    "this",
    "also",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "what",
    "how",
    "why",
    "there",
    "here",
    "said",
    "says",
    "told",
    "however",
    "yet",
    "and",
    "over",
    "under",
    "against",
    "through",
    "last",
    "next",
    "on",
    "today",
    "yesterday",
    "tonight",
    "am",
    "im",
    "bei",
    "vor",
    "nach",
    "dans",
    "lors",
    "mardi",
    "lundi",
    "dass",
    "que",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "morning",
    "evening",
    "night",
    "week",
    "month",
    "year",
    "ago",
    "earlier",
    "later",
    "then",
    "again",
    "twice",
    "recently",
    "repeatedly",
    "though",
    "although",
    "whether",
    "unless",
    "even",
    "only",
    "just",
    "me",
    "him",
    "her",
    "us",
    "them",
    "you",
    "now",
    "because",
    "once",
    "instead",
    "any",
    "every",
    "no",
    "all",
    "it's",
    "he's",
    "she's",
    "himself",
    "herself",
    "themselves",
    // Prepositions and time words of other languages: "a déclaré M. Attal
    // devant les députés", "dijo el ministro ante el Congreso".
    "devant",
    "pendant",
    "après",
    "avant",
    "sur",
    "à",
    "au",
    "aux",
    "hier",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "ante",
    "tras",
    "durante",
    "con",
    "para",
    "por",
    "ayer",
    "hoy",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "davanti",
    "dopo",
    "nel",
    "nella",
    "alla",
    "ieri",
    "oggi",
    "auf",
    "während",
    "gegenüber",
    "gestern",
    "heute",
    // Russian prepositions: "заявил во вторник премьер-министр …".
    "в",
    "во",
    "на",
    "по",
    // Adverbs after a subjectless cue: "«…», añadió después.".
    "después",
    "luego",
    "también",
    "además",
    "ensuite",
    "encore",
    "aussi",
    "poi",
    "anche",
    "depois",
    "também",
    // German separable particles closing a clause: "fügte er hinzu".
    "hinzu",
    "mit",
    "fest",
    // Conjunctions, relatives and prepositions of French, Spanish, Italian,
    // Portuguese.
    "y",
    "e",
    "et",
    "ou",
    "pero",
    "mais",
    "ma",
    "mas",
    "che",
    "qui",
    "quien",
    "en",
    "durante",
    "em",
    "nel",
    "nella",
    "lors",
    "pendant",
    "ante",
    "tras",
    "cui",
];

/// Words that may sit inside a speaker noun phrase without being capitalised.
pub const NP_GLUE: &[&str] = &[
    "of", "for", "the", "a", "an", "de", "du", "des", "la", "le", "der", "die", "des",
];

/// Determiners dropped from the front of a speaker phrase.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "both", "some", "many", "most", "several", "other", "der", "die", "das",
    "le", "la", "les", "un", "une", "el", "los", "las", "lo", "gli", "una", "uno", "ein", "eine",
];

/// Heads that make a capitalised name an organisation, not a person.
pub const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "group",
    "party",
    "committee",
    "campaign",
    "council",
    "agency",
    "office",
    "commission",
    "institute",
    "university",
    "association",
    "foundation",
    "times",
    "post",
    "news",
    "press",
    "journal",
    "network",
    "court",
    "house",
    "senate",
    "congress",
    "inc",
    "corp",
    "company",
    "bank",
    "fund",
    "center",
    "centre",
    "service",
    "services",
    "store",
    "stores",
    "shop",
    "express",
    "restaurant",
    "hotel",
    "market",
    "airlines",
    "airways",
    "motors",
    "labs",
    "studios",
    "records",
    "entertainment",
    "media",
    "union",
    "government",
    "administration",
    "kremlin",
    "pentagon",
    "army",
    "police",
    "board",
    "organization",
    "organisation",
    "nations",
    "un",
    "nato",
    "eu",
    "fbi",
    "cia",
    "cnn",
    "bbc",
    "reuters",
    "ap",
    "afp",
    "poll",
    "tass",
    "ria",
    "white",
    "state",
    "states",
    "washington",
    "moscow",
    "russia",
    "china",
    "america",
    "media",
    "magazine",
    "tribune",
    "herald",
    "daily",
    "telegraph",
    "guardian",
    "gazette",
    "review",
    "ministerium",
    "regierung",
    "ministère",
    "gouvernement",
];

/// Nouns that report a statement or stance with a "that" clause after a
/// possessor ("his claim that …").
pub const NOUN_CUES_THAT: &[&str] = &[
    "claim",
    "claims",
    "assertion",
    "argument",
    "belief",
    "view",
    "warning",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "suggestion",
    "insistence",
    "contention",
    "fear",
    "fears",
    "hope",
    "hopes",
    "concern",
    "concerns",
    "denial",
    "conclusion",
    "emphasis",
    "admission",
    "assurance",
    "assurances",
    "prediction",
    "message",
    "statement",
    "comments",
    "remarks",
    "announcement",
    "complaint",
    "charge",
    "theory",
    "acknowledgment",
    "argument",
    "report",
    "finding",
];

/// Nouns that report talk about a topic after a possessor ("North Korea's
/// claims about its test", "Trump's comments on trade").
pub const NOUN_CUES_ABOUT: &[&str] = &[
    "claim",
    "claims",
    "comment",
    "comments",
    "remarks",
    "statements",
    "warnings",
    "criticism",
    "complaints",
    "allegations",
    "testimony",
];

/// Nouns that report an intention or demand with a to-infinitive after a
/// possessor ("Trump's promise to …").
pub const NOUN_CUES_TO: &[&str] = &[
    "promise",
    "pledge",
    "vow",
    "threat",
    "plan",
    "plans",
    "decision",
    "determination",
    "refusal",
    "call",
    "demand",
    "bid",
    "offer",
    "proposal",
    "push",
    "intention",
    "desire",
    "commitment",
    "vows",
    "promises",
    "pledges",
    "threats",
    "calls",
    "demands",
];

/// A lower-case word with the acute, grave, circumflex and diaeresis
/// accents of Latin letters taken off ("maría" → "maria").
fn fold_accents(w: &str) -> String {
    w.chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            _ => c,
        })
        .collect()
}
