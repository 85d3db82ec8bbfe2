//! Word lists for line classification. All entries are lowercase; lines are
//! compared after whitespace normalisation and lowercasing.

/// Whole-line labels of page chrome (menus, buttons, players, ads).
#[rustfmt::skip]
pub(super) const CHROME_LABELS: &[&str] = &[
    "share", "tweet", "email", "e-mail", "print", "comments", "comment", "advertisement",
    "advertising", "sponsored", "sponsored content", "ad", "anzeige", "werbung", "publicité",
    "publicidad", "pubblicità", "реклама", "skip to content", "skip to main content",
    "skip to navigation", "menu", "main menu", "search", "close", "loading", "loading...",
    "listen", "watch", "video", "play", "pause", "podcast", "live", "subscribe", "sign in",
    "log in", "login", "log out", "sign up", "register", "my account", "home", "back to top",
    "next", "previous", "more", "follow", "follow us", "save", "copy link", "copy this link",
    "link copied", "show more", "see more", "view comments", "mute", "unmute", "fullscreen",
    "replay", "toggle navigation", "open menu", "close menu", "newsletters", "anmelden",
    "abmelden", "abonnieren", "teilen", "suche", "startseite", "partager", "se connecter",
    "s'abonner", "rechercher", "accueil", "compartir", "buscar", "iniciar sesión", "suscríbete",
    "portada", "condividi", "cerca", "accedi", "войти", "подписаться", "поделиться", "поиск",
    "главная", "audio", "image", "photo", "gallery", "enlarge", "expand", "collapse", "accept",
    "accept all", "reject all", "ok", "got it", "i agree", "manage preferences",
    "cookie settings", "image source", "media caption", "image caption", "getty images",
    "reuters", "afp", "epa", "ap", "top", "english", "deutsch", "français", "español",
    "русский", "edition", "world", "opinion", "sections", "all sections",
];

/// Lines (whole, or before a colon) that open the after-article furniture:
/// the article never continues past them.
#[rustfmt::skip]
pub(super) const BREAKS: &[&str] = &[
    "related topics", "related stories", "related articles", "related content",
    "related coverage", "related", "more on this story", "more stories", "most read",
    "most popular", "most viewed", "most shared", "top stories", "you may also like",
    "you might also like", "recommended for you", "recommended", "read next", "latest news",
    "latest stories", "comments", "leave a comment", "join the conversation", "show comments",
    "tags", "topics", "podcasts", "follow us", "also in", "in other news", "trending",
    "around the web", "from the web", "sponsored stories", "promoted stories", "more videos",
    "more from this section", "share this article", "mehr zum thema", "meistgelesen",
    "meistgelesene artikel", "das könnte sie auch interessieren", "weitere artikel", "themen",
    "kommentare", "sur le même sujet", "les plus lus", "à lire aussi", "lire aussi",
    "dans la même rubrique", "voir aussi", "commentaires", "noticias relacionadas",
    "te puede interesar", "lo más visto", "lo más leído", "comentarios", "articoli correlati",
    "leggi anche", "più letti", "notícias relacionadas", "mais lidas", "gerelateerd",
    "meest gelezen", "archivado en", "más información", "diskutieren sie mit", "feedback",
    "contribuer", "réagir", "ajouter à vos sélections", "читайте также", "по теме",
    "популярное", "новости партнеров", "новости партнёров", "комментарии", "смотрите также",
];

/// Line starts that open after-article furniture ("Tags: …", "More from …").
#[rustfmt::skip]
pub(super) const BREAK_PREFIXES: &[&str] = &[
    "tags:", "topics:", "themen:", "schlagwörter:", "mots-clés", "mots clés", "etiquetas:",
    "temas:", "теги:", "тэги:", "more from ", "comments (", "more stories from", "more in ",
    "mehr aus ", "plus d'articles", "leave a reply", "post a comment", "add a comment",
];

/// Words of a share bar: a line made only of these is chrome.
#[rustfmt::skip]
pub(super) const SHARE_WORDS: &[&str] = &[
    "share", "shares", "this", "with", "on", "via", "facebook", "twitter", "x", "email",
    "e-mail", "mail", "whatsapp", "linkedin", "pinterest", "reddit", "telegram", "messenger",
    "print", "copy", "link", "article", "story", "page", "tweet", "pocket", "flipboard", "vk",
    "ok", "sms", "save", "comments", "comment", "teilen", "partager", "compartir", "condividi",
    "compartilhar", "delen", "поделиться", "drucken", "imprimer", "imprimir", "вконтакте",
    "одноклассники", "google", "gmail", "bookmark", "the", "+", "|", "•", "threads", "bluesky",
    "mastodon", "xing", "copied", "url", "about", "sharing",
];

/// Phrases that make a line chrome at any length (cookie notices, walls,
/// newsletter prompts, footers).
#[rustfmt::skip]
pub(super) const CHROME_PHRASES: &[&str] = &[
    "we use cookies", "uses cookies", "use of cookies", "cookie policy", "cookie settings",
    "cookie preferences", "accept cookies", "accept all cookies", "verwendet cookies",
    "nutzt cookies", "wir verwenden cookies", "verwenden wir cookies", "utilise des cookies",
    "utilisons des cookies", "utiliza cookies", "utilizamos cookies", "utilizza cookie",
    "используем cookie", "использует cookie", "файлы cookie", "all rights reserved",
    "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
    "tutti i diritti riservati", "все права защищены", "enable javascript",
    "javascript is disabled", "ad blocker", "adblock", "already a subscriber",
    "subscribe to continue", "sign in to continue", "log in to continue",
    "create a free account", "to continue reading", "sign up for our", "subscribe to our",
    "get our newsletter", "in your inbox", "delivered to your inbox", "terms of use",
    "terms of service", "privacy policy", "datenschutzerklärung",
    "politique de confidentialité", "política de privacidad", "this video is not available",
    "your browser does not support", "download the app", "get the app",
    "external links and will open", "réservé aux abonnés", "nur für abonnenten",
    "exclusivo para suscriptores", "riservato agli abbonati", "subscribers only",
    "for subscribers only", "exclusive to subscribers", "our standards:", "trust principles",
];

/// Phrases that make a short line chrome (prompts, buttons, counters).
#[rustfmt::skip]
pub(super) const SHORT_CHROME_PHRASES: &[&str] = &[
    "sign in", "log in", "sign up", "subscribe", "subscription", "newsletter", "my account",
    "register", "follow us", "anmelden", "abonnieren", "registrieren", "s'abonner",
    "se connecter", "abonnez-vous", "suscríbete", "suscribirse", "iniciar sesión", "accedi",
    "abbonati", "assine", "inloggen", "abonneren", "войти", "подписаться", "регистрация",
    "comments", "kommentare", "commentaires", "comentarios", "комментарии", "advertisement",
    "anzeige", "publicité", "реклама", "copyright", "©", "min read", "minute read",
    "minutes read", "reading time", "lesezeit", "temps de lecture", "view gallery",
    "watch video", "listen to this article", "listen to article", "click here", "share this",
    "share on", "follow on",
];

/// Starts of photo-credit and caption lines.
#[rustfmt::skip]
pub(super) const CREDIT_LEADS: &[&str] = &[
    "photo:", "photos:", "photograph:", "image:", "picture:", "foto:", "fotos:", "bild:",
    "crédit", "credit:", "credits:", "image caption", "image copyright", "media caption",
    "file photo", "(file photo", "фото:", "© ", "(c) ", "getty images", "(photo", "photo by",
    "photo credit", "foto di",
];

/// Credit marks searched in the tail of a short line (caption credits).
#[rustfmt::skip]
pub(super) const CREDIT_MARKS: &[&str] = &[
    "/ reuters", "/reuters", "reuters/", "(reuters)", "/ afp", "afp/", "(afp", "afp photo",
    "getty images", "ap photo", "(ap)", "epa/", "/ epa", "epa-efe", "/ sputnik", "sputnik/",
    "©", "pool photo", "file photo", "photo:", "photograph:", "alamy", "/ tass", "imago",
    "picture alliance", "picture-alliance", "dpa/",
];

/// Starts of agency trailers ("Reporting by …; Editing by …").
#[rustfmt::skip]
pub(super) const TRAILER_LEADS: &[&str] = &[
    "reporting by", "additional reporting by", "(reporting by", "(additional reporting by",
    "writing by", "editing by", "(editing by", "compiled by", "with reporting by",
    "reporting and writing by", "mitarbeit:", "(mitarbeit", "avec afp", "(avec afp",
    "con información de",
];

/// Keywords saying that a date is a modification date.
#[rustfmt::skip]
pub(super) const UPDATED_WORDS: &[&str] = &[
    "updated", "last modified", "modified", "aktualisiert", "mis à jour", "mise à jour",
    "actualizado", "actualización", "aggiornato", "atualizado", "bijgewerkt", "обновлено",
    "изменено", "обновлен",
];

/// Byline leads, lowercase, with the separator that must follow.
#[rustfmt::skip]
pub(super) const BYLINE_LEADS: &[&str] = &[
    "by ", "written by ", "words by ", "text by ", "story by ", "von ", "par ", "por ", "di ",
    "door ", "av ", "автор: ", "автор ", "авторы: ", "text: ", "texto: ", "autor: ",
    "autorin: ", "auteur : ", "auteur: ", "auteurs : ",
];

/// Words that make a byline part a role, not a name.
#[rustfmt::skip]
pub(super) const ROLE_WORDS: &[&str] = &[
    "correspondent", "reporter", "editor", "writer", "columnist", "contributor", "staff",
    "senior", "chief", "analyst", "producer", "journalist", "photographer", "author",
    "presenter", "host", "redakteur", "redakteurin", "korrespondent", "korrespondentin",
    "reporterin", "autor", "autorin", "journaliste", "correspondant", "correspondante",
    "envoyé", "envoyée", "spécial", "spéciale", "corresponsal", "periodista", "redactor",
    "redactora", "corrispondente", "giornalista", "inviato", "correspondente", "jornalista",
    "verslaggever", "корреспондент", "журналист", "обозреватель", "редактор", "political",
    "diplomatic", "economics", "business", "science", "health", "technology", "security",
    "defence", "defense", "foreign", "international", "sports", "deputy", "managing",
    "associate", "special", "editor-at-large", "contributing", "newsroom", "desk", "team",
];

/// Bylines' organisations: news agencies and generic credits.
#[rustfmt::skip]
pub(super) const ORGS: &[&str] = &[
    "reuters", "ap", "the associated press", "associated press", "afp", "agence france-presse",
    "bloomberg", "bloomberg news", "dpa", "efe", "ansa", "tass", "ria novosti", "interfax",
    "xinhua", "upi", "cnn", "bbc", "bbc news", "rt", "staff", "agencies", "agences", "agencias",
    "agenturen", "redaktion", "rédaction", "redacción", "redazione", "редакция", "kna", "epd",
    "apa", "sda", "anp", "belga", "europa press", "lusa", "ria", "риа новости", "тасс",
    "интерфакс", "the guardian", "the times", "the new york times",
];

/// Lowercase name particles that may sit inside a person's name.
#[rustfmt::skip]
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "ter", "ten", "la",
    "le", "bin", "ibn", "al", "el", "dos", "das", "y", "zu", "af",
];

/// Capitalised words that start phrases, not names ("By The end …").
#[rustfmt::skip]
pub(super) const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "our", "staff", "news", "reporters", "team", "and", "in",
    "on", "at", "for", "of", "with", "from",
];

/// Words joining several authors.
#[rustfmt::skip]
pub(super) const NAME_JOINS: &[&str] = &[
    "and", "und", "et", "y", "e", "и", "en", "&", "with", "mit", "avec", "con",
];

/// Words after a name that start a place or outlet ("Jane Doe in Moscow").
pub(super) const NAME_TAILS: &[&str] = &["in", "aus", "im", "from", "for", "à", "at", "en", "em"];

/// Whether the lowercase `s` contains a phrase of `list`.
pub(super) fn contains_any(s: &str, list: &[&str]) -> bool {
    list.iter().any(|p| s.contains(p))
}
