//! Context word lists for typing names by the words around them, written by
//! hand for newsfacts. Lower-case unless said otherwise; a word list is a
//! closed class or a short list of frequent news words, never a list of names.

/// Prepositions after which a capitalised name is most often a place
/// ("in Ohio", "near Hollis", "nach Altmoor", "en Villaverde").
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "outside",
    "from",
    "across",
    "toward",
    "towards",
    "throughout",
    "around",
    "between",
    "en",
    "à",
    "dans",
    "près",
    "vers",
    "nach",
    "aus",
    "bei",
    "zwischen",
    "nahe",
    "в",
    "во",
    "из",
    "через",
    "под",
    "около",
];

/// Nouns that make "<noun> of/de X" a place ("the town of Hollis", "habitants
/// de Lisieux", "préfet du Calvados", "Bürgermeister von Fennwarden").
pub(crate) const PLACE_NOUNS_OF: &[&str] = &[
    "town",
    "city",
    "village",
    "hamlet",
    "borough",
    "county",
    "state",
    "province",
    "region",
    "suburb",
    "outskirts",
    "edge",
    "centre",
    "center",
    "residents",
    "people",
    "mayor",
    "governor",
    "senator",
    "sheriff",
    "commune",
    "ville",
    "village",
    "habitants",
    "maire",
    "préfet",
    "préfète",
    "département",
    "pueblo",
    "ciudad",
    "municipio",
    "localidad",
    "vecinos",
    "alcalde",
    "alcaldesa",
    "provincia",
    "comarca",
    "marqués",
    "marquesa",
    "duque",
    "conde",
    "duc",
    "comte",
    "bürgermeister",
    "bürgermeisterin",
    "einwohner",
    "gemeinde",
    "stadt",
    "landkreis",
];

/// Lower-case nouns right after a name that make it a place ("the Brampton
/// East ward", "Cook county").
pub(crate) const PLACE_NOUNS_AFTER: &[&str] = &[
    "ward",
    "county",
    "township",
    "borough",
    "parish",
    "district",
    "neighborhood",
    "neighbourhood",
    "suburb",
    "area",
    "region",
    "province",
    "river",
    "valley",
    "village",
    "estate",
];

/// Lower-case street and building nouns before a name: a street's noun is
/// part of its name ("calle Mayor", "plaza de San Roque"), a building's is not
/// ("l'église Saint-Germain").
pub(crate) const STREET_NOUNS: &[&str] = &[
    "calle",
    "avenida",
    "plaza",
    "paseo",
    "camino",
    "carrera",
    "rue",
    "avenue",
    "boulevard",
    "chemin",
    "impasse",
    "quai",
    "allée",
    "piazza",
    "via",
    "viale",
    "corso",
];

/// Building nouns before a name: the name is a place.
pub(crate) const BUILDING_NOUNS: &[&str] = &[
    "église",
    "chapelle",
    "cathédrale",
    "iglesia",
    "ermita",
    "catedral",
    "kirche",
    "church",
    "cathedral",
    "chapel",
    "basilica",
    "basilique",
];

/// Words right after a name that make it an organisation ("An OpenAI
/// spokesperson", "Nimbus shares").
pub(crate) const ORG_AFTER: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "officials",
    "executives",
    "employees",
    "staff",
    "shares",
    "shareholders",
    "board",
    "subsidiary",
    "headquarters",
    "sprecher",
    "sprecherin",
    "portavoz",
    "porte-parole",
];

/// Speech verbs right after or before a name: a speaker, most often a person.
pub(crate) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "explained",
    "recalled",
    "argued",
    "insisted",
    "acknowledged",
    "admitted",
    "wrote",
    "tweeted",
    "dijo",
    "explicó",
    "afirmó",
    "añadió",
    "aseguró",
    "recordó",
    "recuerda",
    "criticó",
    "defendió",
    "sagte",
    "erklärte",
    "betonte",
    "bemängelte",
    "meinte",
    "sourit",
    "explique",
    "assure",
    "reconnaît",
    "ajoute",
    "déclare",
    "précise",
    "говорит",
    "рассказывает",
    "сказал",
    "сказала",
];

/// Words after a comma that make the name before a person ("X, who …").
pub(crate) const WHO_WORDS: &[&str] = &["who", "whose", "quien", "qui", "который", "которая"];

/// Words for years of age after "X, 45" or "X, de 79 años".
pub(crate) const AGE_WORDS: &[&str] = &["años", "ans", "jahre", "year", "years", "лет"];

/// Territorial titles whose "of X" is a place, and portfolio titles whose
/// "of X" is a field, not an entity ("concejal de Urbanismo", "minister for
/// Health").
pub(crate) const PORTFOLIO_TITLES: &[&str] = &[
    "concejal",
    "concejala",
    "consejero",
    "consejera",
    "ministro",
    "ministra",
    "ministre",
    "minister",
    "secretary",
    "secretario",
    "secretaria",
    "delegado",
    "delegada",
    "adjoint",
    "adjointe",
    "director",
    "directora",
    "directeur",
    "directrice",
    "dezernent",
    "dezernentin",
    "responsable",
    "spokesman",
    "spokeswoman",
    "shadow",
];

/// Determiners: in German text a capitalised word after one is a common noun.
pub(crate) const GERMAN_DETERMINERS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "eines",
    "kein", "keine", "seine", "seinen", "seinem", "seiner", "ihre", "ihren", "ihrem", "ihrer",
    "unsere", "unser", "diese", "dieser", "diesem", "diesen", "dieses", "jede", "jeder", "jedem",
    "alle", "viele", "zum", "zur", "vom", "beim", "im", "am", "ins", "ans",
];

/// Frequent German function words, to tell a German text (where every noun
/// is capitalised) from others.
pub(crate) const GERMAN_MARKERS: &[&str] = &[
    "der", "die", "das", "und", "nicht", "ist", "mit", "den", "dem", "des", "ein", "eine", "sich",
    "auf", "für", "wird", "wurde", "hat", "sind", "auch", "noch", "nach", "bei", "zum", "zur",
    "vom", "werden", "haben", "wie", "aber", "oder", "schon",
];

/// Frequent English function words, the counterweight to [`GERMAN_MARKERS`].
pub(crate) const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "of", "to", "is", "was", "that", "with", "for", "on", "are", "has", "have", "it",
    "by", "at", "from", "his", "her", "this", "said",
];

/// Common nouns of German that follow a preposition without an article
/// ("nach Angaben", "in Zukunft"): never a place.
pub(crate) const GERMAN_NOUN_SUFFIXES: &[&str] = &[
    "ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ität", "nis", "tum", "ismus",
    "angaben", "sicht", "zeit", "kraft", "arbeit", "ende", "jahren", "stunden", "minuten", "tagen",
    "wochen", "monaten", "hause", "bedarf", "höhe", "zukunft", "ansicht", "ik", "ur", "gang",
    "karte", "karten", "zug", "züge", "fahrt", "plan",
];

/// Word endings (of a capitalised compound) that make it an organisation
/// ("SPD-Fraktion", "Bundeskartellamt", "Förderverein").
pub(crate) const ORG_SUFFIXES: &[&str] = &[
    "fraktion",
    "verein",
    "verband",
    "verbund",
    "ministerium",
    "ministeriums",
    "partei",
    "gesellschaft",
    "stiftung",
    "werke",
    "kasse",
    "amt",
    "gericht",
    "behörde",
    "genossenschaft",
];

/// First words that make a multi-word name an organisation in any language
/// ("Ayuntamiento de …", "Tribunal Superior …", "Région Normandie").
pub(crate) const ORG_HEADS_ANY: &[&str] = &[
    "Ayuntamiento",
    "Junta",
    "Diputación",
    "Tribunal",
    "Consejo",
    "Consejería",
    "Universidad",
    "Asociación",
    "Fundación",
    "Partido",
    "Ministerio",
    "Banco",
    "Colegio",
    "Instituto",
    "Agencia",
    "Comisión",
    "Confederación",
    "Federación",
    "Sindicato",
    "Cámara",
    "Amigos",
    "Conseil",
    "Mairie",
    "Préfecture",
    "Région",
    "Fondation",
    "Association",
    "Université",
    "Ministère",
    "Banque",
    "Parti",
    "Syndicat",
    "Chambre",
    "Comité",
    "Agence",
    "Amis",
    "Stadtwerke",
    "Landratsamt",
    "Bundesamt",
    "Verein",
    "Förderverein",
    "Stiftung",
    "Universität",
    "Landgericht",
    "Amtsgericht",
    "Polizei",
    "Partei",
    "Sparkasse",
    "Volksbank",
];

/// One-word names of town halls and councils: organisations on their own.
pub(crate) const ORG_SINGLE: &[&str] = &[
    "Ayuntamiento",
    "Concello",
    "Generalitat",
    "Mairie",
    "Bundestag",
    "Bundesrat",
    "Landtag",
    "Kreistag",
];

/// Generic German heads dropped before a place name ("des Landes Hessen").
pub(crate) const GERMAN_PLACE_HEADS: &[&str] = &[
    "Land",
    "Landes",
    "Bundesland",
    "Bundeslandes",
    "Freistaat",
    "Freistaats",
    "Stadt",
    "Gemeinde",
    "Kreis",
    "Kreises",
];

/// AP-style US state abbreviations after "Town, …" ("CEDAR VALLEY, Ore.").
pub(crate) const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("Ala", "Alabama"),
    ("Ariz", "Arizona"),
    ("Ark", "Arkansas"),
    ("Calif", "California"),
    ("Colo", "Colorado"),
    ("Conn", "Connecticut"),
    ("Del", "Delaware"),
    ("Fla", "Florida"),
    ("Ga", "Georgia"),
    ("Ill", "Illinois"),
    ("Ind", "Indiana"),
    ("Kan", "Kansas"),
    ("Ky", "Kentucky"),
    ("La", "Louisiana"),
    ("Md", "Maryland"),
    ("Mass", "Massachusetts"),
    ("Mich", "Michigan"),
    ("Minn", "Minnesota"),
    ("Miss", "Mississippi"),
    ("Mo", "Missouri"),
    ("Mont", "Montana"),
    ("Neb", "Nebraska"),
    ("Nev", "Nevada"),
    ("N.H", "New Hampshire"),
    ("N.J", "New Jersey"),
    ("N.M", "New Mexico"),
    ("N.Y", "New York"),
    ("N.C", "North Carolina"),
    ("N.D", "North Dakota"),
    ("Okla", "Oklahoma"),
    ("Ore", "Oregon"),
    ("Pa", "Pennsylvania"),
    ("R.I", "Rhode Island"),
    ("S.C", "South Carolina"),
    ("S.D", "South Dakota"),
    ("Tenn", "Tennessee"),
    ("Tex", "Texas"),
    ("Vt", "Vermont"),
    ("Va", "Virginia"),
    ("Wash", "Washington"),
    ("W.Va", "West Virginia"),
    ("Wis", "Wisconsin"),
    ("Wyo", "Wyoming"),
];

/// Phrases that mark a sentence as a byline or credit: people named only
/// there are the paper's staff, not the story's.
pub(crate) const CREDIT_MARKS: &[&str] = &[
    "Reporting by",
    "reporting by",
    "Editing by",
    "Writing by",
    "Additional reporting",
    "contributed to this report",
    "contributed reporting",
    "Reach him at",
    "Reach her at",
    "Reach them at",
    "can be reached at",
    "Follow him on",
    "Follow her on",
    "Photo by",
    "Photograph by",
    "Photos by",
    "Edited by",
    "Written by",
    "@",
];

/// Capitalised sentence-initial words that are not names in any language.
pub(crate) const STARTERS: &[&str] = &[
    "Asked",
    "Speaking",
    "Critics",
    "Officials",
    "Police",
    "Residents",
    "Analysts",
    "Experts",
    "Sources",
    "Local",
    "Senior",
    "Former",
    "Top",
    "New",
    "Update",
    "Updated",
    "Según",
    "Su",
    "Sus",
    "Con",
    "Para",
    "Por",
    "Desde",
    "Tras",
    "Entre",
    "Sin",
    "Este",
    "Esta",
    "Pero",
    "Selon",
    "Son",
    "Sa",
    "Ses",
    "Pour",
    "Dans",
    "Depuis",
    "Avec",
    "Mais",
    "Il",
    "Elle",
    "Ils",
    "Elles",
    "Nous",
    "Ce",
    "Cette",
    "Seit",
    "Als",
    "Zum",
    "Zur",
    "Für",
    "Mit",
    "Nach",
    "Bei",
    "Auch",
    "Kritik",
];

/// Known names that are also common words: at the start of a sentence they
/// need a place cue ("Split and bruised cherries …").
pub(crate) const AMBIGUOUS_KNOWN: &[&str] = &[
    "Split",
    "Nice",
    "Reading",
    "Bath",
    "Mobile",
    "Orange",
    "Chad",
    "Turkey",
    "Jersey",
    "Guinea",
    "Independence",
    "Victoria",
    "Florence",
    "Sofia",
    "Nancy",
    "Georgia",
    "Jordan",
];

/// Slavic case endings: "Егоровой" is "Егорова" in another case.
pub(crate) const CASE_ENDINGS: &[&str] = &[
    "а", "ой", "ы", "у", "е", "ом", "ым", "ой", "ого", "ому", "ем", "ая", "ий", "ии", "ию", "s",
];
