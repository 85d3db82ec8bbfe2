//! Attributed statements: who said what, with the cue and a resolved speaker.
//!
//! # Rules
//! 1. **Quotes.** Quote marks are paired by a stack machine ([`quotes`]):
//!    straight and curly doubles, singles, `„…“`, `«…»`; `’` between letters,
//!    before an elided year (’90s) or after a plural *s* (Russians’) is an
//!    apostrophe. A quote left open at a paragraph end continues into the
//!    next paragraph when that one opens with a quote mark.
//! 2. **Units.** Sentences from [`segment`](crate::segment) are merged when a
//!    quote runs across them, and a short cue-only sentence after a closing
//!    quote ("… .” He said.) joins the quote's unit.
//! 3. **Cues** come from `data/statements/cues.txt` (say, tell, add, stress,
//!    announce, urge, deny … speech acts with an object: cite, criticize,
//!    question, praise, endorse … plus German, French, Spanish and Italian
//!    forms), "according to" (also *citing* a source — "citing officials"
//!    — while "citing bad weather" is the subject's own speech act;
//!    *selon*, *laut*, *según*, *secondo*; German and French may drop the
//!    comma after the source), the document cue "read" with a document
//!    subject ("the statement read", "the article read"), "called on/for"
//!    and a naming "called" with object and complement ("called the plan
//!    “a disaster”", "called the charges unsubstantiated"), "made (it)
//!    clear that", "was quoted (by X) as saying", a light verb with an
//!    attitude noun ("expressed misgivings about") and a form of "be" with
//!    an attitude adjective before "that/about/over/of" ("officials are
//!    confident that", "were worried about").
//!    Belief and evidence verbs (believe, think, found, shows …) count only
//!    with a clause or a to-infinitive after them, or without "that" after
//!    an evidence subject ("polls show Clinton ahead"); intention verbs
//!    (want, plan, refuse, decline …) only with a to-infinitive. A cue word
//!    is no verb when capitalised inside a unit ("the United States"; a
//!    whole Title Case line such as a headline, "Sanders Vows To …", is the
//!    exception) or after a determiner, possessive or numeral ("the
//!    report", "Graham’s remarks", "27 states"). Cues inside quotation marks
//!    are ignored. "as X put it" cues the content after its comma. Words keep
//!    combining marks and Latin-1 mojibake bytes ("FranÃ§ois").
//! 4. **Frames**, tried for each cue in a unit:
//!    - *post*: `CONTENT, SPEAKER CUE …` / `CONTENT, CUE SPEAKER` /
//!      `“QUOTE,” SPEAKER CUE` — the content is what precedes; after the cue
//!      only an adverbial or a telling verb's short object may follow
//!      ("…, he told CNN on Friday"), else the cue has a complement and the
//!      pre frame applies ("Speaking in Ohio, Clinton says the plan …").
//!      `A, SPEAKER CUE, B` attributes both parts (B as `split_of`), and a
//!      split quote may have a long trailer ("…,” she said during a rally in
//!      Kenansville, N.C., “…”) or a conjunction ("…,” he said, but “…”);
//!      a trailer with its own participle cue ("…,” he said, adding, “…”)
//!      starts a statement of its own. After a quote the inverted speaker
//!      may have any trailer ("…,” wrote X for the Courier). A quote right
//!      after the cue is its object, never a post frame ("In a speech, X
//!      attacked “…”"), nor is an introductory phrase a content;
//!    - *pre*: `SPEAKER [aux] CUE [object/adverbial] [that|:|,] CONTENT` —
//!      the content runs to the clause end (a semicolon, ", but"/", yet"/
//!      ", although" or a comma before a participle phrase ("…, focusing
//!      on …"; not "including") before a new clause) or to the next
//!      coordinated cue ("…, and urged
//!      …", "…, adding that …" share the speaker; with no cue before, the
//!      main clause's subject speaks: "X spoke in Ohio, saying that …"). A
//!      later "that" opens the content only after an adverbial or a telling
//!      verb's object ("told reporters on Tuesday that"), not after a noun
//!      ("called for rules that …") nor after another cue ("said at a
//!      briefing announcing that …"). The subject opens a clause; it may hold
//!      prepositional phrases ("a narrator in the ad") or a chain of
//!      appositions ("Jane Roe, 59, of Leeds, who …, said"; also dashed:
//!      "X -- the firm that … -- told me"), or follow an introductory
//!      phrase without a comma ("In an interview Trump declared “…”");
//!      -ly adverbs, "now", "on Tuesday", "this month", negated
//!      auxiliaries and raising verbs ("appeared to suggest", "went on to
//!      explain") before the cue are skipped; relative "who" speaks for the
//!      phrase before it; a clause joined by "though"/", and"/", who" with
//!      its own subject and cue ends the first content and is a second
//!      statement; a subordinate clause ("As X talked about Y, Z said …")
//!      ends at the comma before the main clause; a participle after "while",
//!      "before", "after", "by", "when" or a comma shares the subject, and
//!      takes an earlier statement's speaker only when one was framed;
//!    - *openers*: an introductory phrase without a verb of its own is no
//!      content ("During his years in office, Mr. Obama said, CONTENT";
//!      "Back in Ohio, X said …"); "Said X: “…”" opens inverted; a
//!      participle after an opening "After"/"While" ("After saying her
//!      foot was “swollen,” she left") has the main clause's subject;
//!      "which" after a name speaks for it like "who", "most of whom" is a
//!      speaker phrase; a dash parenthesis ("— built in 1931 —", "-- …
//!      --") stays inside the content; "Having said that" and "what X says
//!      is …" report nothing; a relative subject's content ends before the
//!      main verb resumes ("The audit, which concluded that A, is due …"),
//!      an object content before ", which"/", who"; "which X said …" (the
//!      pronoun as the cue's object) is left out;
//!    - *light verbs*: "expressed concern that …", "voiced doubts about
//!      …", "raised fears that …" cue like belief and topic verbs;
//!      evidence subjects are named by their head before a prepositional
//!      phrase ("Video of the incident shows him …") and a recording whose
//!      only capital opens the sentence names nobody;
//!    - *passive*: `CONTENT was CUE-ed by SPEAKER` ("the story was first
//!      reported by The Post"); a passive cue without an agent before
//!      "to/of/for/as/that" claims the whole clause for nobody named
//!      ("Clinton is expected to win", "he was accused of fraud");
//!    - *topic*: talking verbs take their topic after about/of/on/against
//!      ("spoke about the plan", "railed against the deal");
//!    - *noun cues* after a possessor outside subject position ("her claim
//!      that …", "Trump's promise to …"), the content ending at a comma;
//!    - *block*: a cue ending its paragraph with a colon ("Limbaugh
//!      added:") takes the next paragraph as content;
//!    - *according*: `According to SPEAKER, CONTENT` / `CONTENT, according
//!      to SPEAKER` (also with a participle and a time before the comma:
//!      "Selon un sondage Ifop publié dimanche, …");
//!    - *German verb second*: "Bei einem Besuch sagte Bahnchef Richard
//!      Lutz am Montag, CONTENT";
//!    - *headline*: a first line `Name: claim` with a short capitalised
//!      name ("Pence: …", "Poll: …"; not labels like "The Latest"), or a
//!      wholly quoted claim after a colon whose speaker is a person or body
//!      of the article named at the headline's start ("Warren Grills Bank
//!      Chief: ‘…’") or after "from"/"by" ("A Lesson From Loretta Lynch:
//!      ‘…’").
//!
//!    The content is **direct** when it is one quotation (the statement's
//!    content is then the text inside the marks), **mixed** when it holds a
//!    quoted fragment, **indirect** otherwise. A split quote `“A,” he said,
//!    “B.”` gives two direct statements, the second with `split_of` set.
//! 5. **Continuation.** A unit that is nothing but a quotation (or one with
//!    at most [`MAX_CONTINUATION_TAIL`] words after it that make up at most
//!    a fifth of the unit) and has no cue
//!    takes the speaker of the previous statement when that one ended at most
//!    [`CONTINUATION_PARAGRAPHS`] paragraphs earlier (or the quote continues
//!    a multi-paragraph quote); `antecedent` then points at the earlier
//!    speaker words, `speaker_span` stays empty. In the same paragraph or a
//!    multi-paragraph quote it is a later part (`split_of`) of the same
//!    statement. A Title Case quotation ("All Bets Are Off") is a title, not
//!    a continuation. A **vox pop** — a quotation filling its paragraph under
//!    a name line ("Maria Lopez, 34, Phoenix") or signed with a dash after
//!    it, in the same paragraph or the next ("— Rosa Kim, 22, Mesa") — is
//!    that person's, before any continuation.
//! 6. **Speakers** are resolved across the article by [`names::Resolver`]:
//!    pronouns → the last person speaker (else the last person mentioned)
//!    whose gender, when a title or given name tells it, fits "he"/"she",
//!    entity mentions → canonical names without titles, surnames → the full
//!    name, "the president" → the last speaker/name with that title, "the
//!    statement" → the body that issued it (the issuing phrase of "X issued a
//!    statement", e.g. "the co-chairs of the International Syria Support
//!    Group" → "International Syria Support Group co-chairs"), "UN
//!    estimates" → "UN". Unknown common nouns ("officials") stay `None`.
//!    Refinements: "he"/"she" right after a person introduced at a sentence
//!    start (title or given name telling a fitting gender, last speaker not
//!    named since) is that person; "they" needs a group or body, "I"/"we"
//!    are the writer; a bare surname shared by two people is the one who
//!    spoke last; "the Obama administration", "the Jordanian government"
//!    are named bodies; definite descriptions ("the New York businessman",
//!    "the Republican") point back to the last person; indefinite phrases
//!    ("an arbitration panel") and possessed nouns ("his views") name
//!    nobody; "the company"/"the agency" is the organisation named last
//!    close before (not "the union", "the group" or "the panel", often
//!    unnamed); "the president" is not a former president; a name in
//!    apposition to a description is the speaker ("Its spokesman, John
//!    Smith, said"). Also: "she" after a subordinate clause naming a person
//!    of that gender ("While the ad did not appeal to Julie Graham, …, she
//!    said") is that person; "he" after a sentence opening with a title
//!    ("The president appeared cowed. … he said") is its holder; a
//!    description with a place or party modifier ("the Indiana governor")
//!    varies the last speaker's name; a document's owner speaks ("The
//!    Verge's review"); anonymous plurals opening a sentence ("Officials
//!    briefed on the plan") name nobody.
//!
//! ```
//! use newsfacts_analyze::{entities, segment, statements};
//! use newsfacts_model::StatementKind;
//! let text = "\u{201c}We will win,\u{201d} Jane Smith said on Tuesday.";
//! let sents = segment::sentences(text);
//! let ents = entities::find(text, &sents);
//! let found = statements::find(text, &sents, &ents);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].kind, StatementKind::Direct);
//! assert_eq!(&text[found[0].content.0..found[0].content.1], "We will win");
//! assert_eq!(found[0].speaker.as_deref(), Some("Jane Smith"));
//! ```

pub mod lexicon;
pub mod names;
pub mod quotes;

use crate::CharMap;
use crate::dates::english_weekday;
use crate::entities::Entities;
use crate::segment::{Lower, Sentence};
use lexicon::{
    ACCORDING, AUX, CueClass, DETERMINERS, ISSUE_VERBS, NOUN_CUES_ABOUT, NOUN_CUES_THAT,
    NOUN_CUES_TO, NP_GLUE, OBJECT_PRONOUNS, PRONOUNS, THAT,
};
use names::{Resolver, Word};
use newsfacts_model::{EntityType, Statement, StatementKind};
use quotes::Quote;
use std::borrow::Cow;

/// How many paragraphs back a cued statement may be for a bare quotation to
/// continue it.
pub const CONTINUATION_PARAGRAPHS: usize = 2;
/// Longest speaker phrase, in words.
pub const MAX_SPEAKER_WORDS: usize = 9;
/// Most words of a subject before an "-s" cue word in a clause without
/// "that" ("believe the high level of priority … shows").
const MAX_CLAUSE_SUBJECT_WORDS: usize = 14;
/// Longest source phrase after an opening "According to" ("According to a
/// 52-count civil complaint filed by the federal Securities and Exchange
/// Commission and a 15-count complaint by Vermont,"), in tokens.
pub const MAX_LONG_SOURCE_TOKENS: usize = 24;
/// Longest opening setting before its comma ("In the previous Washington
/// Post/ABC News national poll,"), in tokens.
pub const MAX_SETTING_TOKENS: usize = 14;
/// Sources named by an opening "In …," setting: polls and documents ("In
/// this poll, Trump rose …").
/// (Letters, interviews and speeches are left out: their author is
/// usually the main clause's subject, "In a letter, the doctors pleaded …".)
const SETTING_SOURCES: &[&str] = &[
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
    "audit", "census", "ruling",
];
/// Points of view named by an opening "In his …," setting: the possessor
/// is the source ("In his view, …", "In her eyes, …").
const SETTING_VIEWS: &[&str] = &[
    "view",
    "opinion",
    "eyes",
    "estimation",
    "judgment",
    "judgement",
    "assessment",
    "mind",
    "telling",
    "account",
    "words",
];
/// Most words between a document noun and the cue after it ("a letter to
/// the residents of Leith saying …").
pub const MAX_DOC_OBJECT_TAIL: usize = 5;
/// Most words between the main verb and the document noun ("sent the
/// families of the crew a long letter").
pub const MAX_DOC_OBJECT_WORDS: usize = 8;
/// How far after a cue a "that" may come ("told reporters on Tuesday that").
pub const MAX_THAT_DISTANCE: usize = 8;
/// Longest sentence (in words) that joins a preceding closing quote as its cue.
pub const MAX_CUE_SENTENCE_WORDS: usize = 8;
/// Longest adverbial between a cue and a colon before a quotation
/// ("said during a rally in Ohio: “…”"), in tokens.
pub const MAX_TRAILER_TOKENS: usize = 12;
/// Longest name in apposition to a speaker's description, in words.
pub const MAX_APPOSED_NAME_WORDS: usize = 5;
/// Longest subject with a modifier before its cue ("A poll released in late
/// August found"), in tokens.
pub const MAX_MODIFIED_SUBJECT_TOKENS: usize = 16;
/// Longest apposition between a name and its cue ("X, a senior fellow at
/// Y, said"), in tokens.
pub const MAX_APPOSITION_TOKENS: usize = 20;
/// Longest object of a telling verb before its "that" or the clause end
/// ("told a crowd of supporters that"), in words.
pub const MAX_OBJECT_WORDS: usize = 4;
/// Longest object of a telling verb before its "that" ("told an invited
/// crowd at the Union League club that …").
pub const MAX_TOLD_OBJECT_WORDS: usize = 8;
/// Verbs (prefixes) that take a person object before their clause.
const TELLING: &[&str] = &[
    "tell", "told", "remind", "warn", "assur", "reassur", "inform", "urg", "ask", "convinc",
    "persuad", "implor", "encourag", "caution",
];
/// Words that open an adverbial after a cue ("said on Tuesday", "said
/// earlier", "said repeatedly").
const ADVERBIAL_OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "after",
    "before",
    "about",
    "of",
    "from",
    "with",
    "while",
    "as",
    "when",
    "via",
    "through",
    "over",
    "by",
    "for",
    "without",
    "outside",
    "inside",
    "near",
    "to",
    "since",
    "again",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "last",
    "this",
    "late",
    "early",
    "recently",
    "previously",
    "then",
    "afterward",
    "afterwards",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "and",
    "but",
    "because",
    "though",
    "although",
    "if",
    "once",
    "twice",
    "privately",
    "publicly",
    "here",
    "there",
    "too",
    "also",
    "both",
    "sunday's",
    "not",
    "only",
    "just",
    "even",
    "still",
    "now",
    "so",
    "adding",
    "noting",
    "citing",
    "referring",
    "according",
    "speaking",
    // Other languages: "a indiqué dans un communiqué que", "dijo en un
    // comunicado que", "ha detto durante la conferenza che".
    "dans",
    "devant",
    "lors",
    "pendant",
    "à",
    "en",
    "ante",
    "durante",
    "tras",
    "nel",
    "nella",
    "davanti",
    "après",
    "avant",
    "sur",
    "hier",
    "ayer",
    "hoy",
    "ieri",
    "oggi",
    "dopo",
    "al",
    "em",
    "na",
    "após",
    "ontem",
    "hoje",
];

/// Whether a lower-case word opens an adverbial ("on", "earlier",
/// "repeatedly").
fn adverbial_opener(w: &str) -> bool {
    set!(ADVERBIAL_OPENERS).contains(w) || (w.ends_with("ly") && w.len() > 4)
}

/// How many prepositional phrases a subject may hold ("the head of the
/// office at the department").
pub const MAX_SUBJECT_PPS: usize = 2;
/// Prepositions inside a subject phrase.
const SUBJECT_PREPOSITIONS: &[&str] = &["in", "at", "on", "from", "with", "of", "for", "to"];
/// Heads of subjects that show or find things without a "that" ("polls
/// show Clinton ahead", "the study found the drug works").
const EVIDENCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "average",
    "averages",
    "survey",
    "surveys",
    "study",
    "studies",
    "report",
    "reports",
    "data",
    "research",
    "analysis",
    "review",
    "audit",
    "investigation",
    "panel",
    "figures",
    "numbers",
    "records",
    "documents",
    "video",
    "footage",
    "photos",
    "images",
    "recording",
    "tape",
    "emails",
    "transcript",
    "slide",
    "chart",
];

/// Most tokens of a dateline before its dash ("WASHINGTON, D.C., March 3
/// (Reuters) -").
const MAX_DATELINE_TOKENS: usize = 14;

/// Longest introductory phrase before a comma ("In a speech on Tuesday,").
const MAX_INTRO_TOKENS: usize = 7;

/// Light verbs that report an attitude with a noun ("expressed concern
/// that …").
const LIGHT_VERBS: &[&str] = &[
    "express",
    "expressed",
    "expresses",
    "expressing",
    "voice",
    "voiced",
    "voices",
    "voicing",
    "raised",
    "raises",
    "raising",
];

/// Verbs that settle or make public an intention named by a noun
/// ("reached an agreement to …", "made a decision to …", "unveiled a plan
/// to …").
const SETTLING_VERBS: &[&str] = &[
    "reach",
    "reached",
    "reaches",
    "reaching",
    "strike",
    "struck",
    "strikes",
    "striking",
    "make",
    "made",
    "makes",
    "making",
    "unveil",
    "unveiled",
    "unveils",
    "unveiling",
    "sign",
    "signed",
    "signs",
    "signing",
    "extract",
    "extracted",
    "extracts",
    "forge",
    "forged",
    "forges",
    "renew",
    "renewed",
    "renews",
    "issue",
    "issued",
    "issues",
    "file",
    "filed",
    "files",
    "filing",
];

/// Adjectives before a noun of stance ("the widespread belief that …").
const STANCE_NOUN_ADJECTIVES: &[&str] = &[
    "new",
    "widespread",
    "persistent",
    "repeated",
    "false",
    "unfounded",
    "baseless",
    "dubious",
    "common",
    "frequent",
    "renewed",
    "serious",
    "public",
    "private",
    "strong",
    "deep",
];

/// Verbs of regarding with an object and "as" ("saw the comment as a dig",
/// "rated the claim as false").
const REGARDING_VERBS: &[&str] = &[
    "see",
    "sees",
    "saw",
    "seeing",
    "view",
    "views",
    "viewed",
    "viewing",
    "regard",
    "regards",
    "regarded",
    "rate",
    "rates",
    "rated",
    "paint",
    "paints",
    "painted",
    "painting",
    "portray",
    "portrays",
    "portrayed",
    "portraying",
    "cast",
    "casts",
    "casting",
    "depict",
    "depicts",
    "depicted",
    "depicting",
];

/// Every verb that opens a verb-and-noun frame ([`SETTLING_VERBS`],
/// [`MAKING_VERBS`]) or a regarding frame ([`REGARDING_VERBS`]).
fn framing_verbs() -> &'static crate::fasthash::WordSet {
    static SET: std::sync::OnceLock<crate::fasthash::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        SETTLING_VERBS
            .iter()
            .chain(MAKING_VERBS)
            .chain(REGARDING_VERBS)
            .chain(OFFERING_VERBS)
            .copied()
            .collect()
    })
}

/// Verbs of offering what is said as an object ("offered no proof that
/// …", "gave a detailed account of …").
const OFFERING_VERBS: &[&str] = &[
    "offer",
    "offers",
    "offered",
    "offering",
    "gave",
    "give",
    "gives",
    "giving",
    "provided",
    "provide",
    "provides",
    "providing",
];

/// Nouns of something said after a verb of offering; a "that" after one
/// is the noun's ("no proof that …").
const OFFERED_NOUNS: &[&str] = &[
    "proof",
    "evidence",
    "advice",
    "assessment",
    "assessments",
    "insight",
    "insights",
    "explanation",
    "explanations",
    "details",
    "apology",
    "condolences",
    "assurance",
    "assurances",
    "reassurance",
    "reassurances",
    "guarantee",
    "guarantees",
    "testimony",
    "account",
    "indication",
    "hint",
    "warning",
    "warnings",
    "praise",
    "endorsement",
    "estimate",
    "estimates",
    "rationale",
    "justification",
];

/// Verbs of making a speech act named by a noun ("made a strong
/// condemnation of …").
const MAKING_VERBS: &[&str] = &[
    "made",
    "make",
    "makes",
    "issued",
    "delivered",
    "delivering",
    "delivers",
    "gave",
    "giving",
];

/// Nouns of a speech act after a verb of making.
const SPEECH_ACT_NOUNS: &[&str] = &[
    "condemnation",
    "criticism",
    "denunciation",
    "defense",
    "defence",
    "endorsement",
    "speech",
    "speeches",
    "remarks",
    "address",
    "presentation",
];

/// Nouns of intention or commitment after a settling verb.
const INTENT_NOUNS: &[&str] = &[
    "agreement",
    "deal",
    "decision",
    "pledge",
    "promise",
    "commitment",
    "vow",
    "plan",
    "proposal",
    "call",
    "threat",
    "offer",
    "bid",
    "motion",
    "petition",
    "request",
    "lawsuit",
];

/// Adjectives of belief or feeling after a form of "be" that report an
/// attitude ("officials are confident that …", "were worried about …").
const ATTITUDE_ADJECTIVES: &[&str] = &[
    "confident",
    "convinced",
    "worried",
    "concerned",
    "optimistic",
    "pessimistic",
    "skeptical",
    "sceptical",
    "hopeful",
    "doubtful",
    "adamant",
    "unconvinced",
    "wary",
    "fearful",
    "afraid",
    "nervous",
    "anxious",
    "upset",
    "angry",
    "furious",
    "frustrated",
    "disappointed",
    "dismayed",
    "alarmed",
    "outraged",
    "troubled",
    "critical",
    "supportive",
    "bullish",
    "bearish",
    "coy",
];

/// Forms of "be" (and its copular kin) before an attitude adjective.
const COPULAS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "am", "remain", "remains", "remained",
    "seem", "seems", "seemed", "appear", "appears", "appeared", "grew", "grown", "became",
    "become",
];

/// Most tokens from "quoted" to its "saying" ("quoted by the state news
/// agency as saying").
const MAX_QUOTED_AS_GAP: usize = 9;

/// Stems of speech acts whose content is a noun phrase ("criticized the
/// law as …", "announced the deal"): a time clause after the object is the
/// writer's ("… during a stop in Flint").
const OBJECT_ACTS: &[&str] = &[
    "critici",
    "condemn",
    "prais",
    "announc",
    "describ",
    "mention",
    "call",
    "cit",
    "denounc",
    "attack",
    "blast",
    "slam",
    "reject",
    "dismiss",
    "defend",
    "endors",
    "support",
    "back",
    "welcom",
    "oppos",
    "discuss",
    "highlight",
    "testif",
    "demand",
    "question",
    "accus",
    "blam",
    "hail",
    "applaud",
    "tout",
    "label",
    "dub",
    "recommend",
    "propos",
    "reveal",
    "lament",
    "mock",
];

/// Forms of "be" before a passive participle ("was accused", "has been
/// shown").
const PASSIVE_AUX: &[&str] = &["was", "were", "is", "are", "been", "be", "being"];

/// Present tenses in "-s" that are never plural nouns ("which the operator
/// says is safe").
const VERB_ONLY_S: &[&str] = &[
    "says",
    "tells",
    "thinks",
    "believes",
    "argues",
    "insists",
    "warns",
    "explains",
    "adds",
    "knows",
    "feels",
    "expects",
    "suggests",
    "contends",
    "maintains",
    "admits",
    "agrees",
    "acknowledges",
    "writes",
    "asserts",
    "predicts",
    "fears",
];

/// Passive participles that report a claim without naming who makes it
/// ("is expected to", "was accused of", "are believed to", "has been shown
/// to").
const AGENTLESS_CUES: &[&str] = &[
    "accused",
    "blamed",
    "criticized",
    "criticised",
    "expected",
    "believed",
    "thought",
    "said",
    "alleged",
    "reported",
    "estimated",
    "predicted",
    "projected",
    "shown",
    "suspected",
    "described",
    "labeled",
    "labelled",
    "touted",
    "praised",
    "condemned",
    "hailed",
    "told",
    "informed",
    "warned",
    "urged",
];

/// Fewest tokens of a content before a closing apposition is cut off it.
const MIN_APPOSED_CONTENT_TOKENS: usize = 3;
/// Most words of a closing apposition cut off a content.
const MAX_APPOSITION_WORDS: usize = 16;

/// Conjunctions that open a clause of the writer's after a plain object
/// ("… after hackers targeted", "… until the work was completed"; "as" and
/// "so" only before a subject and its verb, see `subject_then_verb`).
const ADJUNCT_CONJUNCTIONS: &[&str] = &[
    "after", "before", "since", "because", "when", "while", "until", "although", "though",
    "whereas", "unless",
];

/// Speech acts that take an object before "of/for/over" ("accused him
/// of"): right before the preposition they are passive participles.
const PASSIVE_HEADLINE_VERBS: &[&str] = &[
    "accused",
    "criticised",
    "criticized",
    "blamed",
    "praised",
    "condemned",
    "slammed",
    "blasted",
    "attacked",
    "mocked",
    "hailed",
];

/// Most words of a pronoun object of "say" that only points back ("said
/// it many times before").
const MAX_BACK_POINTING_WORDS: usize = 4;

/// Most words of the speaker inside a relative clause whose object is
/// what is said ("which officials say was stolen").
const MAX_GAP_SPEAKER_WORDS: usize = 4;

/// Prepositions opening a modifier of a subject before its cue
/// ("Protesters marching through the streets chanted").
const MODIFIER_PREPOSITIONS: &[&str] = &[
    "in",
    "of",
    "for",
    "from",
    "at",
    "near",
    "with",
    "on",
    "across",
    "around",
    "outside",
    "inside",
    "behind",
    "among",
    "through",
    "atop",
    "under",
    "over",
    "along",
    "throughout",
    "to",
];

/// Irregular past tenses that resume a main clause after a relative one
/// ("The mine, which he says he will keep open, lost money").
const IRREGULAR_PAST: &[&str] = &[
    "lost", "won", "made", "took", "got", "went", "came", "became", "fell", "rose", "left", "kept",
    "held", "found", "saw", "gave", "paid", "sold", "built", "brought", "began", "ran", "set",
    "put", "cut", "hit", "grew", "drew", "led", "met", "sent", "spent", "stood", "told", "said",
    "wrote", "knew", "thought", "stole", "broke", "struck", "shot", "fled", "threw", "drove",
    "flew", "spoke", "chose", "caught", "bought", "sought", "fought", "hid", "sank",
];

/// Cue words that are also nouns ("a new report", "the latest estimate").
const NOUN_CUE_WORDS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "warning",
    "estimate",
    "estimates",
    "comment",
    "reply",
    "response",
    "promise",
    "pledge",
    "note",
    "tweet",
    "post",
    "charge",
    "vow",
    "plan",
    "call",
    "demand",
    "statement",
    "study",
    "survey",
    "review",
    "analysis",
];

/// Adjectives that make the next cue word a noun after an article ("a new
/// report", "the annual review").
const NOUN_ADJECTIVES: &[&str] = &[
    "new",
    "recent",
    "latest",
    "separate",
    "annual",
    "internal",
    "official",
    "final",
    "earlier",
    "previous",
    "detailed",
    "preliminary",
    "fresh",
    "similar",
    "second",
    "third",
    "first",
    "brief",
    "written",
    "joint",
    "confidential",
    "leaked",
    "draft",
    "damning",
    "scathing",
    "lengthy",
    "short",
    "long",
    "special",
    "full",
    "public",
    "private",
    "formal",
    "secret",
];

/// Words after which a cue word is a noun: prepositions ("above
/// forecasts", "with claims") and verbs of markets ("profit beats
/// forecasts", "missed estimates").
const NOUN_BEFORE: &[&str] = &[
    "of", "above", "below", "than", "with", "from", "about", "against", "despite", "amid",
    "without", "beat", "beats", "beating", "missed", "misses", "topped", "tops", "exceeded",
    "exceeds", "lowered", "raised", "face", "faces", "faced", "facing", "took", "take", "takes",
    "taking", "answered", "fielded", "several", "member",
];

/// How far "citing" looks for a source noun, in words.
const MAX_CITED_WORDS: usize = 6;

/// Nouns that make "citing X" name a source.
const CITED_SOURCES: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "people",
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "analysts",
    "experts",
    "diplomats",
    "insiders",
    "witnesses",
    "residents",
    "executives",
    "investors",
    "traders",
    "lawmakers",
    "police",
    "authorities",
    "media",
    "newspaper",
    "agency",
    "ministry",
    "government",
    "report",
    "reports",
    "data",
    "figures",
    "statistics",
    "survey",
    "poll",
    "study",
    "documents",
    "records",
    "filings",
    "estimates",
    "statement",
    "letter",
    "memo",
    "interview",
    "interviews",
    "research",
    "commission",
    "committee",
    "department",
    "office",
    "council",
    "bureau",
    "institute",
    "service",
];

/// Most words between a copula and an attitude adjective ("were not
/// entirely convinced").
const MAX_COPULA_GAP: usize = 2;

/// Attitude nouns after a light verb.
const ATTITUDE_NOUNS: &[&str] = &[
    "concern",
    "concerns",
    "hope",
    "hopes",
    "confidence",
    "doubt",
    "doubts",
    "fear",
    "fears",
    "optimism",
    "skepticism",
    "scepticism",
    "frustration",
    "alarm",
    "worry",
    "worries",
    "regret",
    "disappointment",
    "satisfaction",
    "opposition",
    "support",
    "objections",
    "questions",
    "misgivings",
    "reservations",
    "anger",
    "outrage",
    "dismay",
];

/// Spans of time after "this"/"last"/"next"/"earlier" ("this month").
const TIME_UNITS: &[&str] = &[
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
];

/// A year in digits ("2010").
pub(crate) fn year_word(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
}

/// Longest quoted title in a telling verb's object, in words.
const MAX_TITLE_QUOTE_WORDS: usize = 5;

/// Longest dash parenthesis inside a reported clause, in tokens.
const MAX_DASH_PARENTHESIS: usize = 16;

/// Longest introductory phrase without a verb of its own, in tokens.
const MAX_LONG_INTRO_TOKENS: usize = 14;

/// Whether a word opens an introductory phrase: a preposition of
/// [`INTRO_PREPOSITIONS`] or a participle ("Heading into the debate, …").
fn opens_intro_phrase(w: &str) -> bool {
    set!(INTRO_PREPOSITIONS).contains(w)
        || (w.len() > 5 && w.ends_with("ing") && !set!(NOT_PARTICIPLES).contains(w))
}

/// Prepositions opening an introductory phrase ("During his years in
/// office, …", "Back in Virginia, …").
const INTRO_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "for",
    "with",
    "without",
    "from",
    "under",
    "over",
    "amid",
    "despite",
    "throughout",
    "within",
    "among",
    "through",
    "following",
    "back",
    "outside",
    "inside",
    "near",
    "since",
    "until",
    "upon",
    "across",
    "beyond",
    "unlike",
    "like",
    "en",
    "dans",
    "durant",
    "pendant",
    "après",
    "avant",
    "durante",
    "después",
    "antes",
    "dopo",
    "prima",
    "depois",
    "nach",
    "vor",
    "während",
    "im",
    "am",
];

/// The possessor of a noun cue at token `i`: "his" / "Trump's" right before
/// it or before one or two modifiers ("Stumpf's repeated emphasis"), as a
/// token range.
fn possessor_before(u: &Unit<'_>, i: usize) -> Option<(usize, usize)> {
    possessive_before(u, i).or_else(|| name_modifier_before(u, i))
}

/// "a New York Times report that …", "the Senate claim that …": a name
/// between an article and the noun is its source (not a weekday or a
/// month: "a Monday report").
fn name_modifier_before(u: &Unit<'_>, i: usize) -> Option<(usize, usize)> {
    let mut a = i;
    while a > 0 && i - a < 4 && u.is_cap(a - 1) {
        a -= 1;
    }
    (a < i
        && a > 0
        && u.word(a - 1)
            .is_some_and(|w| matches!(w, "a" | "an" | "the"))
        && (a..i).all(|j| {
            u.word(j).is_some_and(|w| {
                !crate::dates::english_weekday(w) && !crate::dates::english_month(w)
            })
        }))
    .then_some((a, i))
}

fn possessive_before(u: &Unit<'_>, i: usize) -> Option<(usize, usize)> {
    (1..=3).find_map(|back| {
        let k = i.checked_sub(back)?;
        let w = u.word(k)?;
        let modifiers_ok = (k + 1..i).all(|j| {
            u.word(j)
                .is_some_and(|m| !u.is_cap(j) && !set!(DETERMINERS).contains(m))
        });
        if !modifiers_ok {
            return None;
        }
        if matches!(w, "his" | "her" | "their" | "its") {
            return Some((k, k + 1));
        }
        (w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") && u.is_cap(k))
            .then(|| u.np_before(k + 1).filter(|np| np.1 == k + 1))
            .flatten()
            .filter(|np| (np.0..np.1).any(|j| u.is_cap(j)))
            // "assess North Korea's claims": the name, not the verb before.
            .map(|(mut a, b)| {
                while a + 1 < b
                    && !u.is_cap(a)
                    && u.word(a).is_some_and(|x| !set!(DETERMINERS).contains(x))
                {
                    a += 1;
                }
                (a, b)
            })
    })
}

/// A preposition that names the topic after a noun cue ("claims about …",
/// "comments on …").
fn topic_preposition(w: &str) -> bool {
    matches!(w, "about" | "on" | "over")
}

/// A quantifier that stands for its noun as a subject ("Many believe …").
fn quantifier_pronoun(w: &str) -> bool {
    matches!(
        w,
        "many" | "all" | "most" | "both" | "several" | "few" | "some" | "others" | "none"
    )
}

/// Whether `w` is a form of "say".
fn say_form(w: &str) -> bool {
    matches!(w, "say" | "says" | "said" | "saying")
}

/// A pronoun that can only be a subject ("he", "they", relative "who").
fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "we" | "i" | "who")
}

/// Adverbs between a subject and its cue verb besides the "-ly" ones
/// ("Clinton now says", "he later added").
const VERB_ADVERBS: &[&str] = &[
    "now", "also", "later", "then", "still", "again", "never", "once", "often", "even", "already",
    "always", "first", "since", "soon", "long", "just", "too", "all", "almost",
];

/// Parts of a day after a day word ("mardi soir", "ieri sera").
const DAY_PARTS: &[&str] = &[
    "matin",
    "soir",
    "midi",
    "mañana",
    "tarde",
    "noche",
    "mattina",
    "sera",
    "pomeriggio",
    "notte",
    "manhã",
    "noite",
];

/// Lower-case particles inside personal names ("Luis de la Cruz",
/// "Michele de Pascale", "Ursula von der Leyen", "Lula da Silva").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "del", "della", "van", "von", "der", "den", "la", "le",
    "du", "ter", "bin", "al", "el",
];

/// Words that open the subject's next verb phrase after "and"/"but".
const COORDINATED_VERBS: &[&str] = &[
    "has", "had", "also", "then", "later", "did", "was", "is", "will", "would",
];

/// Articles, demonstratives and prepositions before a weekday in a time
/// adverbial ("el martes", "ce matin", "nesta quarta-feira", "во вторник").
const TIME_ARTICLES: &[&str] = &[
    "el", "le", "il", "ce", "este", "esta", "cette", "questa", "nesta", "neste", "в", "во", "am",
];

/// Prepositions that open an occasion or time after an object.
const OCCASION_PREPOSITIONS: &[&str] = &["in", "during", "at", "on", "since", "via", "over"];

/// Most tokens of a participle phrase opening a sentence ("Chastened by the
/// analyses, as well as complaints over the plan's costs, Trump …").
const MAX_PARTICIPLE_OPENER_TOKENS: usize = 24;

/// Words that make a prepositional phrase an occasion or a time.
const OCCASION_NOUNS: &[&str] = &[
    "interview",
    "speech",
    "rally",
    "statement",
    "tweet",
    "tweets",
    "twitter",
    "facebook",
    "debate",
    "conference",
    "appearance",
    "hearing",
    "forum",
    "briefing",
    "op-ed",
    "column",
    "editorial",
    "diatribe",
    "address",
    "segment",
    "episode",
    "call",
    "remarks",
    "ruling",
    "ad",
    "video",
    "email",
    "letter",
    "post",
    "event",
    "campaign",
    "town",
    "show",
    "broadcast",
    "podcast",
    "radio",
    "television",
    "tv",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "yesterday",
    "today",
];

/// Finite auxiliaries and modals: after a short subject they show a clause
/// ("… the plan is …", "hoped utilities would …").
const FINITE: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "did",
    "does",
    "do",
    "won't",
    "won’t",
    "isn't",
    "isn’t",
    "wasn't",
    "wasn’t",
    "can't",
    "can’t",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "don't",
    "don’t",
    "aren't",
    "aren’t",
    "weren't",
    "weren’t",
    "hasn't",
    "hasn’t",
    "haven't",
    "haven’t",
    "hadn't",
    "hadn’t",
    "wouldn't",
    "wouldn’t",
    "couldn't",
    "couldn’t",
    "shouldn't",
    "shouldn’t",
];

/// German articles before a source named after "laut" or "nach Angaben".
const SOURCE_ARTICLES: &[&str] = &["der", "des", "dem", "den", "einer", "eines", "einem"];

/// Words opening an indirect question ("asked whether …").
const WH_WORDS: &[&str] = &[
    "whether", "what", "how", "why", "who", "if", "when", "where", "which",
];

/// The longest occasion phrase cut off an object, in tokens.
const MAX_OCCASION_TOKENS: usize = 12;

/// Words after a comma that end a reported clause (", but the party …").
const CLAUSE_BREAKS: &[&str] = &[
    "but",
    "yet",
    "although",
    "though",
    "according",
    "selon",
    "según",
    "secondo",
    "laut",
];

/// "-ing" words after a comma that continue the reported clause rather than
/// add a participial phrase of the reporter's ("…, including …").
const NOT_PARTICIPLES: &[&str] = &[
    "including",
    "during",
    "regarding",
    "concerning",
    "according",
    "nothing",
    "something",
    "anything",
    "everything",
    "morning",
    "evening",
    "spring",
    "thing",
    "king",
    "string",
    "bring",
    "sing",
    "wing",
    "ring",
    "being",
];

/// A participle opening a phrase after the reported clause ("…, focusing
/// on people under 30", "…, citing her work"): the clause ends before it.
fn trailing_participle(w: &str) -> bool {
    // ("using", "being": five letters; "thing", "bring" are no participles.)
    w.len() > 4
        && w.ends_with("ing")
        && !matches!(w, "thing" | "bring" | "sting" | "swing" | "wring")
        && w.chars().all(|c| c.is_lowercase() || c == '-')
        && !set!(NOT_PARTICIPLES).contains(w)
}

/// An adverb by its ending ("subsequently", "quickly", "reportedly"),
/// never an adjective like "early" or "weekly".
fn manner_adverb(w: &str) -> bool {
    w.len() > 6
        && [
            "ally", "ently", "antly", "ously", "edly", "ately", "ively", "fully", "ibly", "ably",
            "ckly", "ntly",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// An adjective by its ending ("unsubstantiated", "outrageous",
/// "irresponsible", "reckless"), closing a naming "called" complement.
fn complement_adjective(w: &str) -> bool {
    w.len() > 5
        && (["ous", "ible", "able", "less", "ful", "ive", "ical"]
            .iter()
            .any(|s| w.ends_with(s))
            || (w.starts_with("un") && w.ends_with("ed")))
}

/// How far a naming "called" looks for its complement, in words.
pub const MAX_NAMING_TOKENS: usize = 14;
/// Words before a noun that make a cue word a noun ("the report").
const DETERMINERS_BEFORE_NOUN: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "every", "no", "any", "each",
];

/// Determiners of the other languages that make the next word a noun,
/// not an English cue verb ("tout report de l'âge"); words that are also
/// names, English words or object pronouns ("un", "du", "das", "son",
/// "le" in "comme le souligne", "il" in "a-t-il déclaré") are left out.
const FOREIGN_DETERMINERS: &[&str] = &[
    "une", "tout", "toute", "tous", "chaque", "ses", "el", "una", "uno", "cada", "sus", "ogni",
    "der", "dem", "des", "ein", "eine", "einen", "einem", "jeder", "jede",
];

/// Quantifiers that make the next cue word a plural noun ("dozens of
/// reports", "several claims"); number words come from
/// [`quantities`](crate::quantities).
const QUANTIFIERS: &[&str] = &[
    "dozens",
    "hundreds",
    "thousands",
    "several",
    "many",
    "few",
    "numerous",
    "multiple",
];

/// A lower-case word after which a cue word is a noun: a possessive other
/// than a pronoun contraction ("trump’s remarks", not "he’s said"), a
/// numeral, a number word other than "one" ("two reports", "twenty-five
/// states") or a quantifier.
fn noun_marker(w: &str) -> bool {
    let possessive = ["'s", "’s", "s'", "s’"].iter().any(|p| w.ends_with(p))
        && !matches!(
            w.trim_end_matches(['s', '\'', '’']),
            "he" | "she" | "it" | "that" | "who" | "there" | "what" | "here" | "let"
        );
    let number = |p: &str| crate::quantities::unit_word(p).is_some();
    // "the 42-year-old said": an age used as a noun is no numeral.
    let age = w.ends_with("-old");
    let numeral = (w.chars().next().is_some_and(|c| c.is_ascii_digit()) && !age)
        || (w != "one" && number(w))
        || set!(QUANTIFIERS).contains(w)
        || w.split('-').count() == 2 && w.split('-').all(|p| number(p) || p.ends_with("ty"));
    possessive || numeral
}
/// Fewest words before a "…, X said" cue for it to be a post-posed frame.
pub const MIN_POST_CONTENT_WORDS: usize = 3;

/// A statement with byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Direct, mixed or indirect.
    pub kind: StatementKind,
    /// Byte range of the attributed content (without quote marks).
    pub content: (usize, usize),
    /// Byte range of the speaker mention in this sentence.
    pub speaker_span: Option<(usize, usize)>,
    /// Resolved canonical speaker name.
    pub speaker: Option<String>,
    /// Byte range of the cue.
    pub cue: Option<(usize, usize)>,
    /// For the second part of a split quote (or parenthetical cue): index of
    /// the first part in the returned list.
    pub split_of: Option<usize>,
    /// For a continuation without its own speaker words: the speaker words
    /// of the statement it continues.
    pub antecedent: Option<(usize, usize)>,
}

impl Found {
    /// The model's statement, offsets in characters.
    pub fn to_model(&self, text: &str, map: &CharMap, _ents: &Entities) -> Statement {
        let slice = |(a, b): (usize, usize)| text.get(a..b).unwrap_or("").to_string();
        Statement {
            kind: self.kind,
            quote: slice(self.content),
            speaker: self.speaker.clone(),
            speaker_mention: self.speaker_span.map(slice),
            speaker_span: self.speaker_span.map(|(a, b)| [map.chars(a), map.chars(b)]),
            cue: self.cue.map(slice),
            start: map.chars(self.content.0),
            end: map.chars(self.content.1),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tk {
    Word,
    Punct(char),
    Quote(usize),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    kind: Tk,
}

/// Abbreviations that keep their period.
const ABBREVIATIONS: &[&str] = &[
    "sen", "gov", "rep", "mr", "mrs", "ms", "dr", "gen", "st", "jr", "sr", "prof", "lt", "col",
    "sgt", "capt", "rev", "u.s", "u.n", "u.k", "d.c", "inc", "corp", "co", "no", "vs", "jan",
    "feb", "aug", "sept", "sep", "oct", "nov", "dec",
];

/// Words that open an introductory adverbial ("On Monday, …").
const INTRO: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "last",
    "but",
    "and",
    "still",
    "yet",
    "also",
    "now",
    "then",
    "today",
    "yesterday",
    "separately",
    "instead",
    "indeed",
    "since",
    "when",
    "while",
    "as",
    "speaking",
    "asked",
    "am",
    "im",
    "le",
    "lundi",
    "mardi",
];

fn tokenize(text: &str, us: usize, ue: usize, qs: &[Quote]) -> Vec<Tok> {
    let mut out = Vec::new();
    let Some(unit) = text.get(us..ue) else {
        return out;
    };
    let mut qi = qs.partition_point(|q| q.open < us);
    let mut chars: Vec<(usize, char)> = Vec::with_capacity(unit.len());
    chars.extend(unit.char_indices().map(|(i, c)| (i + us, c)));
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        while qs.get(qi).is_some_and(|q| q.open < pos) {
            qi += 1;
        }
        if let Some(q) = qs.get(qi).filter(|q| q.open == pos) {
            let end = q.close_end.min(ue);
            out.push(Tok {
                s: pos,
                e: end,
                kind: Tk::Quote(qi),
            });
            qi += 1;
            while i < chars.len() && chars[i].0 < end {
                i += 1;
            }
            continue;
        }
        if crate::segment::is_alnum(c) {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j].1;
                let inner = matches!(d, '\'' | '’' | '-' | '.' | '‑')
                    && chars
                        .get(j + 1)
                        .is_some_and(|x| crate::segment::is_alnum(x.1));
                // "40,000 nurses": a thousands separator is no comma.
                let thousands = d == ','
                    && chars[j - 1].1.is_ascii_digit()
                    && (1..=3).all(|k| chars.get(j + k).is_some_and(|x| x.1.is_ascii_digit()))
                    && chars.get(j + 4).is_none_or(|x| !x.1.is_ascii_digit());
                // Combining marks and mojibake continuation bytes read as
                // Latin-1 ("FranÃ§ois") stay inside the word.
                let mark = ('\u{300}'..='\u{36f}').contains(&d)
                    || (('\u{80}'..='\u{bf}').contains(&d) && !matches!(d, '«' | '»' | '\u{a0}'));
                if crate::segment::is_alnum(d) || inner || mark || thousands {
                    j += 1;
                } else {
                    break;
                }
            }
            // "Residents' group": an unpaired apostrophe after a plural is
            // its possessive, part of the word.
            if chars.get(j).is_some_and(|x| matches!(x.1, '\'' | '’'))
                && chars.get(j - 1).is_some_and(|x| x.1 == 's')
                && chars.get(j + 1).is_none_or(|x| x.1.is_whitespace())
            {
                j += 1;
            }
            let mut e = chars.get(j).map_or(ue, |x| x.0);
            let word = text.get(pos..e).unwrap_or("");
            // Lower case only where read: an abbreviation before a period,
            // a French inversion after a hyphen.
            let lw = if word.contains('-') || chars.get(j).is_some_and(|x| x.1 == '.') {
                word.lower()
            } else {
                Cow::Borrowed("")
            };
            let single_initial =
                || word.chars().count() == 1 && word.chars().all(char::is_uppercase);
            // "S.E.C.", "U.N.": an initialism keeps its last period.
            let initialism =
                || word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
            if chars.get(j).is_some_and(|x| x.1 == '.')
                && (set!(ABBREVIATIONS).contains(lw.as_ref()) || single_initial() || initialism())
            {
                j += 1;
                e += 1;
            }
            // French inversion: "a-t-il", "dit-elle" → verb + pronoun.
            if let Some(k) = [
                "-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on",
            ]
            .iter()
            .find(|suf| lw.ends_with(*suf) && lw.len() > suf.len())
            {
                let cut = e - k.len();
                out.push(Tok {
                    s: pos,
                    e: cut,
                    kind: Tk::Word,
                });
                let ps = e - k.trim_start_matches("-t").trim_start_matches('-').len();
                out.push(Tok {
                    s: ps,
                    e,
                    kind: Tk::Word,
                });
            } else {
                out.push(Tok {
                    s: pos,
                    e,
                    kind: Tk::Word,
                });
            }
            i = j;
            continue;
        }
        if !c.is_whitespace() {
            out.push(Tok {
                s: pos,
                e: pos + c.len_utf8(),
                kind: Tk::Punct(c),
            });
        }
        i += 1;
    }
    out
}

/// Builds the analysis units: sentences merged across quotes and with a
/// trailing cue-only sentence.
fn units(text: &str, sentences: &[Sentence], qs: &[Quote]) -> Vec<(usize, usize)> {
    let lex = lexicon::get();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for s in sentences {
        let (mut a, b) = (s.start, s.end);
        let seg = text.get(a..b).unwrap_or("");
        a += seg.len() - seg.trim_start().len();
        let b = a + seg.trim().len();
        if a >= b {
            continue;
        }
        if let Some(last) = out.last_mut() {
            let gap = text.get(last.1..a).unwrap_or("\n");
            let same_para = !gap.contains('\n');
            let from = qs.partition_point(|q| q.open < last.0);
            let to = qs.partition_point(|q| q.open < last.1);
            let crosses = qs
                .get(from..to)
                .is_some_and(|r| r.iter().any(|q| q.close_end > last.1));
            let prev_ends_quote = text
                .get(last.0..last.1)
                .is_some_and(|p| p.ends_with(['”', '"', '’', '»', '“', '\'']));
            let seg = text.get(a..b).unwrap_or("");
            // Evaluated only when the test below gets to it.
            let cue_only = || {
                let words: Vec<&str> = seg.split_whitespace().collect();
                words.len() <= MAX_CUE_SENTENCE_WORDS
                    && (seg.starts_with(char::is_lowercase)
                        || words.iter().any(|w| {
                            lex.cue(
                                &w.trim_matches(|c: char| !crate::segment::is_alnum(c))
                                    .lower(),
                            ) == Some(CueClass::Speech)
                        }))
                    && !seg.contains(['“', '"', '«', '„'])
            };
            // Guard against a splitter that breaks after "Mr." or before a
            // lower-case continuation.
            let prev_text = text.get(last.0..last.1).unwrap_or("");
            let abbrev = prev_text.strip_suffix('.').is_some_and(|h| {
                let w = h
                    .rsplit(|c: char| c.is_whitespace() || c == '(')
                    .next()
                    .unwrap_or("");
                // "No. 5" is an abbreviation; "dijo que no." ends a sentence.
                (set!(ABBREVIATIONS).contains(w.lower().as_ref()) && w != "no")
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            });
            let lower_start = seg.starts_with(char::is_lowercase);
            if same_para && (crosses || abbrev || lower_start || (prev_ends_quote && cue_only())) {
                last.1 = b;
                continue;
            }
        }
        out.push((a, b));
    }
    out
}

/// A cue occurrence in a unit: token range (inclusive) and class.
#[derive(Debug, Clone, Copy)]
struct Cue {
    a: usize,
    b: usize,
    class: CueClass,
    according: bool,
}

impl Cue {
    /// A cue over tokens `a..=b` that is no "according to" form.
    fn new(a: usize, b: usize, class: CueClass) -> Self {
        Cue {
            a,
            b,
            class,
            according: false,
        }
    }
}

struct Unit<'t> {
    text: &'t str,
    toks: Vec<Tok>,
    lower: Vec<Cow<'t, str>>,
    /// The unit is a whole line in Title Case (a headline or subhead:
    /// "New Poll Shows Bump For Clinton"), where cue verbs are capitalised.
    title_line: bool,
}

impl<'t> Unit<'t> {
    fn word(&self, i: usize) -> Option<&str> {
        match self.toks.get(i)?.kind {
            Tk::Word => self.lower.get(i).map(|w| w.as_ref()),
            _ => None,
        }
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i) == Some(w)
    }
    fn is_punct(&self, i: usize, set: &[char]) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Tk::Punct(c)) if set.contains(&c))
    }
    fn is_quote(&self, i: usize) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Tk::Quote(_)))
    }
    /// After a record's head at `b - 1` ("study", "data", "report"), the
    /// end of the named source that follows with "by" or "from" ("by
    /// Loyola Law School professor Justin Levitt", "from the Census
    /// Bureau"): capitalised words and the titles among them.
    fn record_source_end(&self, b: usize) -> Option<usize> {
        let head = self.word(b.checked_sub(1)?)?;
        if !(set!(EVIDENCE_NOUNS).contains(head) || lexicon::is_doc_noun(&head)) {
            return None;
        }
        if !matches!(self.word(b)?, "by" | "from") {
            return None;
        }
        let mut k = b + 1;
        if self.is(k, "the") {
            k += 1;
        }
        // "from the 2014 American Community Survey": a year before the name.
        if self.word(k).is_some_and(year_word) {
            k += 1;
        }
        if !self.is_cap(k) {
            return None;
        }
        let lex = lexicon::get();
        while k < self.toks.len()
            && (self.is_cap(k)
                || self.is_punct(k, &['.'])
                || self.word(k).is_some_and(|w| lex.is_title(w)))
        {
            k += 1;
        }
        Some(k)
    }
    /// A quotation at `i` whose last mark closes on a comma ("…,”").
    fn quote_ends_clause(&self, i: usize) -> bool {
        self.is_quote(i)
            && self
                .toks
                .get(i)
                .and_then(|t| self.text.get(t.s..t.e))
                .is_some_and(|q| {
                    q.trim_end_matches(['"', '”', '’', '\'', '»'])
                        .ends_with(',')
                })
    }
    fn is_aux(&self, i: usize) -> bool {
        // Negated auxiliaries: "doesn't", "didn’t", "won't".
        self.word(i)
            .is_some_and(|w| set!(AUX).contains(w) || w.ends_with("n't") || w.ends_with("n’t"))
    }
    /// A lower-case adverb in -ly ("recently", "reportedly").
    fn ly_adverb(&self, i: usize) -> bool {
        !self.is_cap(i)
            && self.word(i).is_some_and(|w| {
                (w.len() > 4 && w.ends_with("ly") && w != "family" && w != "italy")
                    || set!(VERB_ADVERBS).contains(w)
            })
    }
    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == Tk::Word
                && self
                    .text
                    .get(t.s..t.e)
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
        })
    }
    fn words(&self, a: usize, b: usize) -> Vec<Word<'t>> {
        (a..b)
            .filter_map(|i| {
                let t = self.toks.get(i)?;
                (t.kind == Tk::Word).then(|| Word {
                    s: t.s,
                    e: t.e,
                    w: self.text.get(t.s..t.e).unwrap_or(""),
                })
            })
            .collect()
    }
    /// Whether a cue word at `i` can be a verb: lower case (or opening the
    /// unit) and not after a determiner ("the report", "his claim"), a
    /// possessive ("Graham’s remarks", "Editor’s note") or a numeral
    /// ("27 states", "two reports").
    fn verb_position(&self, i: usize) -> bool {
        // On a Title Case line only inflected verb forms ("Says", "Vows",
        // "Denied") count: a bare form is a name part ("Bleacher Report",
        // "Galaxy Note").
        let inflected = || {
            self.word(i).is_some_and(|w| {
                (w.ends_with('s') && !w.ends_with("ss"))
                    || w.ends_with("ed")
                    || matches!(w, "said" | "told" | "wrote")
            })
        };
        if i > 0 && self.is_cap(i) && !(self.title_line && inflected()) {
            return false;
        }
        // French "a déclaré", "a dit": the auxiliary, not the article.
        let french = self
            .word(i.wrapping_sub(1))
            .is_some_and(|w| matches!(w, "a" | "ha" | "hanno"))
            && self.word(i).is_some_and(|w| {
                w.ends_with('é')
                    || w.ends_with("to")
                    || (w.chars().count() > 3
                        && (w.ends_with('i') || w.ends_with('u') || w.ends_with("is"))
                        && lexicon::get().cue(w).is_some())
                    || matches!(w, "dit" | "écrit" | "averti" | "prévenu")
            });
        // "The biggest note was": a superlative after an article.
        let superlative = i > 1
            && self
                .word(i - 1)
                .is_some_and(|w| w.len() > 4 && w.ends_with("est"))
            && self
                .word(i - 2)
                .is_some_and(|w| matches!(w, "the" | "its" | "his" | "her" | "their"));
        // "who in 2010 said": a year after "in" is an adverbial.
        let year = i > 1 && self.is(i - 2, "in") && self.word(i - 1).is_some_and(year_word);
        // "a new report by …", "the latest estimate": an article and an
        // adjective before a cue word that is also a noun.
        let noun_after_adjective = i > 1
            && self
                .word(i)
                .is_some_and(|w| set!(NOUN_CUE_WORDS).contains(w))
            && self
                .word(i - 1)
                .is_some_and(|w| set!(NOUN_ADJECTIVES).contains(w))
            && self.word(i - 2).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an" | "the" | "this" | "its" | "his" | "her" | "their" | "our"
                )
            });
        if noun_after_adjective {
            return false;
        }
        // "The man who killed her said": an object "her" before a past
        // tense (no noun is "said" or "told").
        let object_her = i > 0
            && self.is(i - 1, "her")
            && self
                .word(i)
                .is_some_and(|w| matches!(w, "said" | "told" | "wrote" | "added" | "insisted"));
        // "Many believe …", "All agreed …": a quantifier standing alone as
        // the subject at the start of a clause.
        let quantifier_subject = i > 0
            && self.word(i - 1).is_some_and(quantifier_pronoun)
            && self.opens_clause(i - 1)
            && self.word(i).is_some_and(|w| {
                w.ends_with("ed") || lexicon::get().cue(w).is_some() && !w.ends_with('s')
            })
            // "the mother of three replied": a number ending an "of"
            // phrase, then the verb.
            || (i > 1
                && self.is(i - 2, "of")
                && self.word(i - 1).is_some_and(|w| {
                    matches!(w, "two" | "three" | "four" | "five" | "six" | "seven" | "eight")
                })
                && self.word(i).is_some_and(|w| w.ends_with("ed") || set!(IRREGULAR_PAST).contains(w)));
        // "cut its growth forecast", "released their earnings report": a
        // noun between an object's possessive determiner and the cue word
        // makes it a compound noun.
        let compound = i > 1
            && self
                .word(i - 2)
                .is_some_and(|w| matches!(w, "its" | "their" | "his" | "our" | "my" | "your"))
            && !self.is_cap(i - 1)
            && self.word(i - 1).is_some_and(|w| {
                w.len() > 2 && !w.ends_with("ly") && !set!(AUX).contains(w) && !set!(FINITE).contains(w)
            })
            // ("His lawyer said", "Many of his supporters believe": a
            // subject speaks.)
            && !(i > 2 && self.is(i - 3, "of"))
            && !self.opens_clause(i - 2);
        if compound {
            return false;
        }
        // "several states could …", "coal states digging in": "states" is
        // a verb only before what it states.
        if self.is(i, "states")
            && !(self.is(i + 1, "that") || self.is_quote(i + 1) || self.is_punct(i + 1, &[':']))
        {
            return false;
        }
        // "an analysis of campaign reports shows": a plural noun right
        // before the verb.
        let lex = lexicon::get();
        if self.word(i).is_some_and(|w| {
            w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !set!(VERB_ONLY_S).contains(w)
        }) && !self.is_cap(i + 1)
            && self.word(i + 1).is_some_and(|n| {
                n != "that"
                    && (set!(FINITE).contains(n)
                        || (lex.cue(n).is_some()
                            && (n.ends_with('s')
                                || n.ends_with("ed")
                                || set!(IRREGULAR_PAST).contains(n))))
            })
        {
            return false;
        }
        // "the impacts outlined above": a participle after its noun,
        // pointing back in the text.
        let reduced_relative = self.word(i).is_some_and(|w| w.ends_with("ed"))
            && self
                .word(i + 1)
                .is_some_and(|w| matches!(w, "above" | "below" | "herein"));
        if reduced_relative {
            return false;
        }
        french
            || year
            || object_her
            || quantifier_subject
            || !(superlative
                || i > 0
                    && self.word(i - 1).is_some_and(|w| {
                        set!(DETERMINERS_BEFORE_NOUN).contains(w)
                            || set!(FOREIGN_DETERMINERS).contains(w)
                            || noun_marker(w)
                            || set!(NOUN_BEFORE).contains(w)
                    }))
    }

    /// "X called the plan “a disaster”" / "called it a hoax": a naming
    /// "called" with an object and a complement (not "called a meeting").
    fn naming_call(&self, i: usize) -> bool {
        if !self
            .word(i)
            .is_some_and(|w| matches!(w, "called" | "calls" | "calling" | "call"))
            || !self.verb_position(i)
            || self.word(i.wrapping_sub(1)).is_some_and(|w| {
                w == "so"
                    || w == "what"
                    // "is called" is passive, "is calling" is not.
                    || (self.is(i, "called")
                        && matches!(w, "is" | "was" | "were" | "are" | "been" | "be"))
            })
        {
            return false;
        }
        let mut k = i + 1;
        let mut words = 0;
        while k < self.toks.len() && words < MAX_NAMING_TOKENS {
            if self.is_quote(k) {
                return words > 0;
            }
            if self.is_punct(k, &[',', ';', '.', ':', '—']) {
                return false;
            }
            if let Some(w) = self.word(k) {
                // "called the police to report a burglary": a purpose or a
                // destination, no name.
                if words > 0
                    && (matches!(w, "to" | "into" | "back")
                        || (w == "for" && !self.is(i + 1, "out")))
                {
                    return false;
                }
                if words > 0 && matches!(w, "a" | "an") {
                    return true;
                }
                if words == 0 && matches!(w, "it" | "him" | "her" | "them" | "this" | "that") {
                    // "called it unacceptable", "called him “a genius”": a
                    // complement must follow.
                    return self.word(k + 1).is_some_and(|x| !lexicon::is_np_stop(&x))
                        || self.is_quote(k + 1);
                }
                // "called the charges unsubstantiated and fabricated": an
                // adjective closing the complement.
                if words > 0
                    && complement_adjective(w)
                    && (self.is_punct(k + 1, &[',', '.', ';'])
                        || self
                            .word(k + 1)
                            .is_some_and(|x| matches!(x, "and" | "but" | "or"))
                        || k + 1 >= self.toks.len())
                {
                    return true;
                }
                words += 1;
            }
            k += 1;
        }
        false
    }

    /// Between a cue and a later "that": an object of a telling verb
    /// ("told reporters that") or an adverbial ("said on Tuesday that"),
    /// not a noun the "that" relativises ("called for dresses that …").
    /// Whether the cue is a telling verb ("told", "informs").
    fn telling(&self, cue: &Cue) -> bool {
        self.word(cue.a)
            .is_some_and(|w| TELLING.iter().any(|t| w.starts_with(t)))
    }

    fn object_or_adverbial(&self, cue: &Cue, that: usize) -> bool {
        let first = cue.b + 1;
        let telling = self.telling(cue);
        // "told an invited crowd at the Union League club that …".
        if telling && that - first <= MAX_TOLD_OBJECT_WORDS {
            return true;
        }
        self.word(first).is_some_and(adverbial_opener) || self.time_adverbial(first)
    }

    /// The attitude noun of a light-verb cue at token `i` ("expressed
    /// concern that", "voiced serious doubts about", "raised fears that"),
    /// with at most two modifiers between; `None` when there is none.
    fn light_verb_noun(&self, i: usize) -> Option<usize> {
        let noun = self.verb_then_noun(i, set!(LIGHT_VERBS), set!(ATTITUDE_NOUNS), 4, |j, w| {
            !self.is_cap(j) && !set!(THAT).contains(w) && !set!(DETERMINERS).contains(w)
                || matches!(w, "some" | "no")
        })?;
        let next = self.word(noun + 1)?;
        matches!(next, "that" | "about" | "over").then_some(noun)
    }

    /// Whether token `i` is a lower-case word of `verbs` in verb position.
    fn verb_of(&self, i: usize, verbs: &crate::fasthash::WordSet) -> bool {
        self.word(i).is_some_and(|w| verbs.contains(w)) && self.verb_position(i) && !self.is_cap(i)
    }

    /// A verb of `verbs` at `i` (in verb position, lower case) and, within
    /// `reach` tokens, a noun of `nouns` with only `modifier` words between:
    /// the token of the noun ("expressed deep concern", "reached an
    /// agreement", "made a strong condemnation").
    fn verb_then_noun(
        &self,
        i: usize,
        verbs: &crate::fasthash::WordSet,
        nouns: &crate::fasthash::WordSet,
        reach: usize,
        modifier: impl Fn(usize, &str) -> bool,
    ) -> Option<usize> {
        if !self.verb_of(i, verbs) {
            return None;
        }
        let noun = (i + 1..i + reach).find(|&j| self.word(j).is_some_and(|w| nouns.contains(w)))?;
        (i + 1..noun)
            .all(|j| self.word(j).is_some_and(|w| modifier(j, w)))
            .then_some(noun)
    }

    /// "made a strong condemnation of …", "issued a sharp criticism of
    /// …": a verb of making and a noun of a speech act before its topic;
    /// the token of the noun.
    fn made_speech_noun(&self, i: usize) -> Option<usize> {
        let noun =
            self.verb_then_noun(i, set!(MAKING_VERBS), set!(SPEECH_ACT_NOUNS), 4, |j, _| {
                !self.is_cap(j)
            })?;
        self.word(noun + 1)
            .is_some_and(|w| matches!(w, "of" | "about" | "on"))
            .then_some(noun)
    }

    /// "offered no proof that …", "gave a detailed account of …": a verb
    /// of offering and, within a few lower-case words, a noun of something
    /// said; the token of the noun.
    fn offered_noun(&self, i: usize) -> Option<usize> {
        self.verb_then_noun(i, set!(OFFERING_VERBS), set!(OFFERED_NOUNS), 5, |j, _| {
            !self.is_cap(j) && !self.finite_at(j)
        })
    }

    /// "saw the comment as a dig at …", "views the deal as a betrayal": a
    /// verb of regarding with its object and "as"; the token of "as".
    fn regard_as(&self, i: usize) -> Option<usize> {
        if !self.verb_of(i, set!(REGARDING_VERBS)) {
            return None;
        }
        let as_at = (i + 2..(i + 2 + MAX_SPEAKER_WORDS).min(self.toks.len()))
            .find(|&j| self.is(j, "as"))?;
        // ("rated 32% of the claims as false": a share is an object too.)
        let object_only = (i + 1..as_at).all(|j| {
            (self.word(j).is_some() && !self.finite_at(j) && !self.is(j, "that"))
                || self.is_punct(j, &['%', '.', '-'])
        });
        (object_only && (self.word(as_at + 1).is_some() || self.is_quote(as_at + 1)))
            .then_some(as_at)
    }

    /// "reached an agreement to curb …", "made a surprise decision to
    /// grant …", "unveiled a plan to cut …": a verb of settling or making
    /// public and a noun of intention before a to-infinitive; the token of
    /// the noun.
    fn settled_intent(&self, i: usize) -> Option<usize> {
        let noun =
            self.verb_then_noun(i, set!(SETTLING_VERBS), set!(INTENT_NOUNS), 5, |j, _| {
                !self.is_cap(j)
            })?;
        let verb_after = self
            .word(noun + 2)
            .is_some_and(|w| !lexicon::is_np_stop(&w))
            && !self.is_cap(noun + 2);
        (self.is(noun + 1, "to") && verb_after).then_some(noun)
    }

    /// "… amid growing concerns that they are too dependent …", "rejected
    /// the claim that …": a noun of stance with a "that" clause and no
    /// possessor, in object position (after a verb or a preposition, never
    /// a sentence's subject, whose verb would run into the content).
    fn object_that_noun(&self, i: usize) -> bool {
        if !set!(NOUN_CUES_THAT).contains(self.word(i).unwrap_or("")) || !self.is(i + 1, "that") {
            return false;
        }
        // Determiners and adjectives before the noun.
        let mut k = i;
        while k > 0
            && !self.is_cap(k - 1)
            && self.word(k - 1).is_some_and(|w| {
                set!(DETERMINERS).contains(w)
                    || w.ends_with("ing")
                    || set!(STANCE_NOUN_ADJECTIVES).contains(w)
            })
        {
            k -= 1;
        }
        k > 0
            && self.word(k - 1).is_some_and(|w| {
                !self.is_cap(k - 1)
                    && (set!(SUBJECT_PREPOSITIONS).contains(w)
                        || matches!(
                            w,
                            "amid"
                                | "over"
                                | "despite"
                                | "about"
                                | "against"
                                | "by"
                                | "after"
                                | "under"
                        )
                        || self.past_or_finite(k - 1))
            })
            && self.clause_follows(i + 2)
    }

    /// "The film ― which weaves together the voices of historians ―
    /// explains …": the phrase opening the clause before a relative clause
    /// or an apposition between dashes that ends just before the verb at
    /// `v`.
    fn dashed_relative_subject(&self, v: usize) -> Option<(usize, usize)> {
        let close = v - 1;
        if !self.is_punct(close, &['—', '–', '―']) {
            return None;
        }
        let floor = close.saturating_sub(2 * MAX_APPOSITION_TOKENS);
        let open = (floor..close)
            .rev()
            .find(|&k| self.is_punct(k, &['—', '–', '―']))?;
        let cs = self.clause_start(open);
        if open <= cs
            || (open + 1..close).any(|k| self.is_quote(k))
            || !self
                .word(open + 1)
                .is_some_and(|w| matches!(w, "which" | "who" | "a" | "an" | "the" | "whose"))
        {
            return None;
        }
        self.np_after(cs).filter(|np| np.1 == open)
    }

    /// Whether token `k` after a "to" reads as a bare verb ("to cut", "to
    /// repeat"), not the noun of a phrase ("to reporters", "to the crowd",
    /// "to Congress").
    fn infinitive_verb(&self, k: usize) -> bool {
        !self.is_cap(k)
            && self.word(k).is_some_and(|w| {
                !w.ends_with('s')
                    && !set!(DETERMINERS).contains(w)
                    && !matches!(w, "him" | "her" | "them" | "us" | "me" | "it")
                    && !lexicon::is_np_stop(&w)
                    && !w.starts_with(|c: char| c.is_ascii_digit())
            })
    }

    /// The byte of the ")" closing a bracket left open before byte `at`
    /// in the unit, if any.
    fn closing_bracket(&self, at: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut k = 0;
        while k < self.toks.len() && self.toks.get(k)?.s < at {
            if self.is_punct(k, &['(']) {
                depth += 1;
            } else if self.is_punct(k, &[')']) {
                depth = depth.saturating_sub(1);
            }
            k += 1;
        }
        if depth == 0 {
            return None;
        }
        (k..self.toks.len())
            .find(|&j| self.is_punct(j, &[')']))
            .and_then(|j| self.toks.get(j))
            .map(|t| t.s)
    }

    /// Whether the cue word at `i` asks for anonymity ("spoke on condition
    /// of anonymity", "speaking anonymously", "asked not to be named").
    fn anonymity(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else {
            return false;
        };
        let talk = w.starts_with("spok") || w.starts_with("speak") || w.starts_with("talk");
        let ask = w.starts_with("ask") || w.starts_with("request");
        (talk || ask)
            && ((i + 1..i + 6)
                .take_while(|&j| self.word(j).is_some())
                .any(|j| {
                    self.word(j)
                        .is_some_and(|x| x == "anonymity" || x == "anonymously")
                })
                || (ask
                    && self.is(i + 1, "not")
                    && self.is(i + 2, "to")
                    && self.is(i + 3, "be")
                    && self
                        .word(i + 4)
                        .is_some_and(|x| matches!(x, "named" | "identified" | "quoted"))))
    }

    /// Whether the words after "citing" at `k` name a source ("citing
    /// officials familiar with the talks", "citing Reuters", "citing a
    /// survey by …") rather than a reason ("citing bad weather").
    fn cites_source(&self, k: usize) -> bool {
        if self.is_cap(k) {
            return true;
        }
        (k..k + MAX_CITED_WORDS)
            .take_while(|&j| self.word(j).is_some())
            .any(|j| {
                self.word(j)
                    .is_some_and(|w| set!(CITED_SOURCES).contains(w) || w == "familiar")
            })
    }

    /// The attitude adjective of a copular cue at token `i` ("are
    /// confident that", "were increasingly worried about", "is not
    /// convinced that"); `None` when there is none. Only "that", "about",
    /// "over" or "of" may follow it ("worried about the cost"), so a
    /// plain description ("the mood was angry") is no statement.
    fn attitude_adjective(&self, i: usize) -> Option<usize> {
        let verb = self.word(i)?;
        if !set!(COPULAS).contains(verb) || self.is_cap(i) {
            return None;
        }
        let adj = (i + 1..=i + 1 + MAX_COPULA_GAP).find(|&j| {
            self.word(j)
                .is_some_and(|w| set!(ATTITUDE_ADJECTIVES).contains(w))
        })?;
        let gap_ok = (i + 1..adj).all(|j| {
            self.word(j).is_some_and(|w| {
                matches!(
                    w,
                    "not"
                        | "also"
                        | "still"
                        | "very"
                        | "too"
                        | "so"
                        | "more"
                        | "less"
                        | "most"
                        | "deeply"
                        | "increasingly"
                        | "clearly"
                        | "particularly"
                ) || self.ly_adverb(j)
            })
        });
        let next = self.word(adj + 1)?;
        let frame = match next {
            "that" | "of" => true,
            // "critical of", never "critical about".
            "about" | "over" => !self
                .word(adj)
                .is_some_and(|w| matches!(w, "critical" | "supportive")),
            _ => false,
        };
        (gap_ok && frame).then_some(adj)
    }

    /// Whether the dash at token `k` opens a parenthesis closed by a
    /// second dash a few words on, with the clause going on after it.
    fn dash_pair(&self, k: usize, end_tok: usize) -> bool {
        (k + 3..(k + MAX_DASH_PARENTHESIS).min(end_tok))
            .take_while(|&j| !self.is_quote(j) && !self.is_punct(j, &[';', ':']))
            .find(|&j| self.is_dash(j))
            .map(|j| {
                if self.is_punct(j, &['-']) {
                    j + 2
                } else {
                    j + 1
                }
            })
            .is_some_and(|j| (self.word(j).is_some() && !self.is_cap(j)) || self.is_quote(j))
    }

    /// A dash at token `k`: "—", "―" or a doubled hyphen "--" (its first
    /// half).
    fn is_dash(&self, k: usize) -> bool {
        self.is_punct(k, &['—', '―']) || (self.is_punct(k, &['-']) && self.is_punct(k + 1, &['-']))
    }

    /// Whether token `j` is a comma opening a one-word apposition closed
    /// by the next comma: an age (", 61,") or a capitalised name (",
    /// Ohio,").
    fn apposition_comma(&self, j: usize) -> bool {
        self.is_punct(j, &[','])
            && self.is_punct(j + 2, &[','])
            && self.word(j + 1).is_some_and(|w| {
                self.is_cap(j + 1)
                    || ((1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit()))
            })
    }

    /// Whether the dash at token `k` closes a parenthesis opened by a dash
    /// after token `from`.
    fn dash_closes(&self, from: usize, k: usize) -> bool {
        (k.saturating_sub(MAX_DASH_PARENTHESIS).max(from + 1)..k.saturating_sub(2))
            .any(|j| self.is_dash(j))
    }

    /// How many tokens an English time adverbial takes at token `k`
    /// ("this weekend", "last month", "on Tuesday", "yesterday"), 0 when
    /// there is none.
    fn english_time_len(&self, k: usize) -> usize {
        let relative = self
            .word(k)
            .is_some_and(|w| matches!(w, "this" | "last" | "next" | "earlier"))
            && self
                .word(k + 1)
                .is_some_and(|w| set!(TIME_UNITS).contains(w));
        let weekday = self.is(k, "on") && self.word(k + 1).is_some_and(english_weekday);
        if relative || weekday {
            2
        } else if self
            .word(k)
            .is_some_and(|w| matches!(w, "yesterday" | "today" | "tonight"))
            // "revealed Tuesday the …": a bare weekday.
            || (self.is_cap(k) && self.word(k).is_some_and(english_weekday))
        {
            1
        } else {
            0
        }
    }

    /// How many tokens a time adverbial in another language takes at token
    /// `k` (see [`Unit::time_adverbial`]), 0 when there is none.
    fn time_adverbial_len(&self, k: usize) -> usize {
        if !self.time_adverbial(k) {
            return 0;
        }
        let bare = self
            .word(k)
            .is_some_and(|w| !set!(TIME_ARTICLES).contains(w));
        let mut n = if bare { 1 } else { 2 };
        // "quarta-feira" is split at its hyphen.
        if self.is_punct(k + n, &['-']) && self.is(k + n + 1, "feira") {
            n += 2;
        }
        // "mardi soir", "ieri sera", "ayer por la tarde", "hier après-midi".
        if self
            .word(k + n)
            .is_some_and(|w| set!(DAY_PARTS).contains(w))
        {
            n += 1;
        } else if self.is(k + n, "por")
            && self.is(k + n + 1, "la")
            && self
                .word(k + n + 2)
                .is_some_and(|w| set!(DAY_PARTS).contains(w))
        {
            n += 3;
        }
        n
    }

    /// A time adverbial in another language at token `k`: "a affirmé mardi
    /// que", "afirmó el martes que", "ha detto ieri che", "a déclaré ce
    /// matin que".
    fn time_adverbial(&self, k: usize) -> bool {
        const DAYS: &[&str] = &[
            "hier",
            "ayer",
            "hoy",
            "ieri",
            "oggi",
            "gestern",
            "heute",
            "aujourd'hui",
            "вчера",
            "сегодня",
            "накануне",
            "ранее",
        ];
        let Some(w) = self.word(k) else {
            return false;
        };
        if set!(DAYS).contains(w) || (!self.is_cap(k) && crate::dates::any_weekday(w)) {
            return true;
        }
        set!(TIME_ARTICLES).contains(w)
            && self.word(k + 1).is_some_and(|n| {
                crate::dates::any_weekday(n)
                    || set!(DAY_PARTS).contains(n)
                    || matches!(n, "segunda" | "terça" | "quarta" | "quinta" | "sexta")
            })
    }

    /// After a post-posed cue: nothing but an adverbial, or a short object
    /// of a telling verb, up to the clause end ("…, she said on Tuesday.",
    /// "…, he told CNN."), not a complement ("…, he said the plan …").
    fn trailer_only(&self, cue: &Cue, from: usize, end_tok: usize) -> bool {
        // "…, X call them “lone wolves”": the object and its complement
        // are the content.
        if self.naming_call(cue.a) {
            return false;
        }
        // "noted several “intangibles” left him …": a quoted word inside
        // the words after the cue counts as one of them.
        let mut k = from;
        while k < end_tok
            && (self.word(k).is_some()
                || (k > from && self.is_quote(k) && self.word(k + 1).is_some()))
        {
            k += 1;
        }
        let n = k - from;
        if n == 0 {
            return true;
        }
        let telling = self.telling(cue);
        // "…, a-t-elle annoncé samedi devant ses soutiens.": a weekday too.
        let opener = |j: usize| {
            j >= k
                || self
                    .word(j)
                    .is_some_and(|w| adverbial_opener(w) || crate::dates::any_weekday(w))
        };
        if opener(from) || n <= 1 || (n <= MAX_OBJECT_WORDS && (from..k).all(|j| self.is_cap(j))) {
            return true;
        }
        // "told reporters on Tuesday", "told the Washington Post".
        telling
            && (from + 1..=(from + MAX_OBJECT_WORDS).min(k))
                .any(|j| opener(j) && !self.is(j, "that"))
    }

    /// The token where a reported clause starting at `from` ends before
    /// `end_tok`: a semicolon, or a comma before a new main clause
    /// (", but …"), or `None` for the unit end.
    fn clause_end(&self, from: usize, end_tok: usize) -> Option<usize> {
        self.clause_end_of(from, end_tok, false)
    }

    /// Whether a finite verb stands among tokens `a..b` ("was", "believes",
    /// "flowed"; capitalised words are names).
    fn finite_between(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.finite_at(k))
    }

    /// Whether token `k` is a lower-case word that reads as a present
    /// tense in "-s" ("helps", "stays"; not "-ss" or a function word).
    fn s_verb(&self, k: usize) -> bool {
        !self.is_cap(k)
            && self.word(k).is_some_and(|w| {
                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !lexicon::is_np_stop(&w)
            })
    }

    /// "… in partnership with NATO, the existing military alliance that
    /// includes …", "… did not support Mr. Trump, the presumed Putin
    /// favorite": the byte of the comma before a closing apposition of the
    /// writer's in a content without quotation marks, if any.
    fn closing_apposition(&self, (cs, ce): (usize, usize)) -> Option<usize> {
        let a = self.toks.partition_point(|t| t.s < cs);
        let b = self.toks.partition_point(|t| t.s < ce);
        if (a..b).any(|k| self.is_quote(k)) {
            return None;
        }
        let comma = (a + MIN_APPOSED_CONTENT_TOKENS..b)
            .rev()
            .find(|&k| self.is_punct(k, &[',']))?;
        let tail = comma + 1..b;
        let words = tail.clone().filter(|&k| self.word(k).is_some()).count();
        let article = self
            .word(comma + 1)
            .is_some_and(|w| matches!(w, "the" | "a" | "an"));
        // No verb and no coordination in the apposition before a relative
        // clause of its own ("…, the pressure remains immense", "the lungs,
        // the pancreas and the gallbladder").
        let relative = tail
            .clone()
            .find(|&k| {
                self.word(k)
                    .is_some_and(|w| matches!(w, "that" | "who" | "which"))
            })
            .unwrap_or(b);
        // ("the presumed favorite": a participle after the article is an
        // adjective.)
        let verbless = (comma + 1..relative).all(|k| {
            (!self.past_or_finite(k)
                || (article && k == comma + 2 && self.word(k).is_some_and(|w| w.ends_with("ed"))))
                && !self.s_verb(k)
                && !self
                    .word(k)
                    .is_some_and(|w| matches!(w, "and" | "or" | "nor"))
                && !self.is_punct(k, &[',', ';', ':', '(', '-', '—'])
        });
        // The phrase before it is no list item or short adverbial ("the
        // driving, the cars"; "to, now, a kind of …").
        let before = (a..comma)
            .rev()
            .find(|&k| self.is_punct(k, &[',']))
            .map_or(a, |k| k + 1);
        let list = before > a
            && (comma - before <= MIN_APPOSED_CONTENT_TOKENS
                || self
                    .word(before)
                    .is_some_and(|w| matches!(w, "the" | "a" | "an")));
        (article
            && verbless
            && !list
            && (2..=MAX_APPOSITION_WORDS).contains(&words)
            && self.word(comma - 1).is_some())
        .then(|| self.toks.get(comma).map(|t| t.s))
        .flatten()
    }

    /// Whether a name or a subject pronoun at `k` is followed by a finite
    /// verb ("Trump consolidates", "Mr. Clarke could", "they fired").
    fn subject_then_verb(&self, k: usize) -> bool {
        let mut j = k;
        if self
            .word(k)
            .is_some_and(|w| matches!(w, "he" | "she" | "they" | "it" | "we"))
        {
            j += 1;
        } else {
            while j < k + MAX_SPEAKER_WORDS && (self.is_cap(j) || self.is_punct(j, &['.'])) {
                j += 1;
            }
            if j == k {
                return false;
            }
        }
        self.past_or_finite(j) || self.s_verb(j)
    }

    /// An opening "In …," setting at `i` that names a source ("In this poll,
    /// Trump rose …", "In the poll, conducted in May, …", "In his view, …"):
    /// the source's tokens and the first token of the main clause. `None`
    /// when the main clause has a cue of its own ("In a statement, the
    /// ministry said …" is the ministry's).
    fn setting(&self, i: usize) -> Option<((usize, usize), usize)> {
        if !self.is(i, "in") || self.clause_start(i) != i {
            return None;
        }
        let comma = (i + 2..(i + MAX_SETTING_TOKENS).min(self.toks.len()))
            .take_while(|&k| !self.is_quote(k))
            .find(|&k| self.is_punct(k, &[',']))?;
        let words_only =
            (i + 1..comma).all(|k| self.word(k).is_some() || self.is_punct(k, &['/', '-']));
        if !words_only {
            return None;
        }
        let source = if let Some(k) = (i + 2..comma).find(|&k| {
            self.word(k)
                .is_some_and(|w| set!(SETTING_VIEWS).contains(w))
                && k + 1 == comma
        }) {
            // "In his view", "In Trump's eyes": the possessor.
            let np = possessor_before(self, k)?;
            (np.1 == k).then_some(np)?
        } else {
            // The head: the last source noun before a modifier ("of likely
            // voters", "by Gallup") or the comma.
            let head = (i + 1..comma).find(|&k| {
                self.word(k)
                    .is_some_and(|w| set!(SETTING_SOURCES).contains(w))
                    && !self.is_cap(k)
            })?;
            let head_ok = head + 1 == comma
                || self.word(head + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "of" | "by" | "from" | "with" | "for" | "to" | "released" | "published"
                    )
                });
            // "In one of the first polls", not "In the wake of the report".
            let inside_ok = (i + 1..head).all(|k| {
                self.is_punct(k, &['/', '-'])
                    || !self.finite_at(k)
                        && self.word(k).is_some_and(|w| {
                            !set!(SUBJECT_PREPOSITIONS).contains(w)
                                || (w == "of"
                                    && k > i + 1
                                    && self.word(k - 1).is_some_and(|q| {
                                        matches!(
                                            q,
                                            "one"
                                                | "two"
                                                | "some"
                                                | "many"
                                                | "each"
                                                | "several"
                                                | "any"
                                                | "most"
                                        )
                                    }))
                        })
            });
            if !head_ok || !inside_ok {
                return None;
            }
            (i + 1, comma)
        };
        // "In the poll, conducted in early September, …": a participle
        // phrase after the source.
        let mut main = comma + 1;
        if self
            .word(main)
            .is_some_and(|w| !self.is_cap(main) && w.len() > 4 && w.ends_with("ed"))
        {
            let next = (main + 1..(main + MAX_SETTING_TOKENS).min(self.toks.len()))
                .find(|&k| self.is_punct(k, &[',']))?;
            main = next + 1;
        }
        if main + 2 >= self.toks.len() {
            return None;
        }
        let lex = lexicon::get();
        let own_cue = (main..self.toks.len())
            .any(|k| self.word(k).is_some_and(|w| lex.cue(w).is_some()) && self.verb_position(k))
            || self.is_quote(main);
        (!own_cue).then_some((source, main))
    }

    /// "The ministry issued a statement on Monday saying …", "Trump posted
    /// tweets that said …", "sent a letter to residents saying …": a
    /// document noun as the object of the main clause, ending before the
    /// cue's verb phrase at `v` (a time phrase, a short "to"/"on" phrase and
    /// a "that" between them allowed). Returns the main clause's subject.
    fn document_object_subject(&self, v: usize) -> Option<(usize, usize)> {
        let mut e = v;
        if e > 0
            && self
                .word(e - 1)
                .is_some_and(|w| matches!(w, "that" | "which"))
        {
            e -= 1;
        }
        // "on Monday", "late Friday", "Friday afternoon", "this week".
        if e > 0
            && self
                .word(e - 1)
                .is_some_and(|w| matches!(w, "morning" | "afternoon" | "evening" | "night"))
        {
            e -= 1;
        }
        if let Some(j) = (e.saturating_sub(2)..e).find(|&j| self.english_time_len(j) == e - j) {
            e = j;
            if e > 0
                && self
                    .word(e - 1)
                    .is_some_and(|w| matches!(w, "early" | "late"))
            {
                e -= 1;
            }
        }
        let doc_noun = |w: &str| {
            lexicon::is_doc_noun_or_plural(w)
                || matches!(w, "e-mail" | "email" | "emails" | "e-mails")
        };
        let noun = (e.saturating_sub(MAX_DOC_OBJECT_TAIL + 1)..e)
            .rev()
            .find(|&j| {
                self.word(j).is_some_and(doc_noun)
                    && !self.is_cap(j)
                    && (j + 1..e).all(|k| {
                        self.word(k).is_some_and(|w| {
                            matches!(w, "to" | "on" | "from" | "of")
                                || (self.np_word(k) && lexicon::get().cue(w).is_none())
                        })
                    })
            })?;
        // The main verb before the object ("issued", "has posted", "sent
        // passengers a letter"), a few noun-phrase words back.
        // A past or an issuing verb first: "passengers" is no "-s" verb.
        let back = || {
            (noun.saturating_sub(MAX_DOC_OBJECT_WORDS)..noun)
                .rev()
                .take_while(|&k| self.word(k).is_some())
        };
        let verb = back()
            .find(|&k| {
                self.word(k).is_some_and(|w| set!(ISSUE_VERBS).contains(w))
                    || self.past_or_finite(k)
            })
            .or_else(|| back().find(|&k| self.s_verb(k)))?;
        if (verb + 1..noun).any(|k| !self.np_word(k) && !self.is_quote(k))
            || self
                .word(verb)
                .is_some_and(|w| lexicon::get().cue(w).is_some())
        {
            return None;
        }
        let mut s = verb;
        while s > 0
            && (self.is_aux(s - 1)
                || self.ly_adverb(s - 1)
                || self
                    .word(s - 1)
                    .is_some_and(|w| set!(VERB_ADVERBS).contains(w)))
        {
            s -= 1;
        }
        self.np_before(s)
            .filter(|np| np.1 == s && self.opens_clause(np.0))
    }

    /// Whether a noun phrase opened by a determiner at `k` is followed by a
    /// finite verb ("the mayor kept", "his aides say"), or
    /// [`Self::subject_then_verb`] holds.
    fn np_then_verb(&self, k: usize) -> bool {
        if self.subject_then_verb(k) {
            return true;
        }
        self.word(k)
            .is_some_and(|w| set!(DETERMINERS_BEFORE_NOUN).contains(w))
            && self.np_after(k).is_some_and(|(a, b)| {
                // "the union also stepped in": an adverb before the verb.
                let mut v = b;
                while self.ly_adverb(v)
                    || self.word(v).is_some_and(|w| set!(VERB_ADVERBS).contains(w))
                {
                    v += 1;
                }
                // "the entire life she tried to escape": a relative clause.
                a == k
                    && b > k + 1
                    && !(a..=b).any(|j| self.word(j).is_some_and(subject_pronoun))
                    && (self.past_or_finite(v) || self.s_verb(v))
            })
    }

    /// Whether token `k` is a finite verb or a past tense: an "-ed" form,
    /// a finite auxiliary or an irregular past ("stole", "took").
    fn past_or_finite(&self, k: usize) -> bool {
        self.finite_at(k)
            || self
                .word(k)
                .is_some_and(|w| set!(FINITE).contains(w) || set!(IRREGULAR_PAST).contains(w))
    }

    /// Whether token `k` is a lower-case finite verb: an "-ed" form or a
    /// finite auxiliary.
    fn finite_at(&self, k: usize) -> bool {
        self.word(k).is_some_and(|w| {
            !self.is_cap(k) && ((w.len() > 4 && w.ends_with("ed")) || set!(FINITE).contains(w))
        })
    }

    /// [`Self::clause_end`]; with `own_verbs`, "… and was therefore
    /// qualified" after a content with a finite verb of its own continues
    /// the reported subject's verbs ("he believes Obama was born here and
    /// was therefore qualified"), while after a plain object it is the
    /// speaker's next verb ("chastised Clinton but did not recommend …").
    fn clause_end_of(&self, from: usize, end_tok: usize, own_verbs: bool) -> Option<usize> {
        (from + 1..end_tok).find(|&k| {
            let later = k > from + 3;
            self.is_punct(k, &[';'])
                || (self.is_punct(k, &[','])
                    && self
                        .word(k + 1)
                        .is_some_and(|w| set!(CLAUSE_BREAKS).contains(w) || trailing_participle(w))
                    // "concluded that, using standard methods, …": an aside
                    // opening the clause.
                    && !(k > 0 && self.is(k - 1, "that")))
                // "…, with RealClearPolitics showing …": an absolute phrase.
                || (later && self.is_punct(k, &[',']) && self.is(k + 1, "with"))
                // "… climate change — a metaphor for …": a dash apposition,
                // unless a second dash closes it ("Shriver — a Kennedy —
                // to replace …").
                // (Also a doubled hyphen: "their support -- who cited …";
                // a quotation after it goes on with the content.)
                || (later
                    && self.is_dash(k)
                    && !self.is_quote(k + if self.is_punct(k, &['-']) { 2 } else { 1 })
                    && !self.dash_pair(k, end_tok)
                    && !self.dash_closes(from, k))
                // "… the assignment and has since left": the subject's own
                // next verb.
                || (later
                    && self.word(k).is_some_and(|w| matches!(w, "and" | "but"))
                    && self.word(k + 1).is_some_and(|w| set!(COORDINATED_VERBS).contains(w))
                    && !(own_verbs && self.finite_between(from, k)))
                // "call them “lone wolves” and describe their actions as
                // crimes": a second speech act of the same speaker.
                || (k > from + 1
                    && self.word(k).is_some_and(|w| matches!(w, "and" | "but"))
                    && !self.is_cap(k + 1)
                    && self.word(k + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "describe"
                                | "describes"
                                | "described"
                                | "call"
                                | "calls"
                                | "called"
                                | "label"
                                | "labels"
                                | "labeled"
                                | "labelled"
                        )
                    })
                    && self.word(k + 2).is_some_and(|w| {
                        matches!(
                            w,
                            "it" | "him" | "her" | "them" | "their" | "his" | "its" | "the"
                        )
                    }))
                // "…, and the union also stepped in": a new main clause.
                || (later
                    && self.is_punct(k, &[','])
                    && self
                        .word(k + 1)
                        .is_some_and(|w| matches!(w, "and" | "but" | "while"))
                    && (self.clause_follows(k + 2)
                        // After an object or an infinitive with no verb of
                        // its own: "to lend him $5 million, and the union
                        // also stepped in".
                        || (!self.finite_between(from, k) && self.np_then_verb(k + 2))
                        // "…, and when pressed on why, she replied …": a
                        // subordinate clause before the new main clause.
                        || (self.word(k + 2).is_some_and(|w| {
                            matches!(w, "when" | "while" | "after" | "before" | "once" | "if")
                        }) && (k + 4..end_tok).any(|j| {
                            self.is_punct(j - 1, &[','])
                                && (self.clause_follows(j) || self.np_then_verb(j))
                        }))))
                // "… messianic impulses - it has also exposed …": a dash,
                // then a new clause.
                || (k > from + 1
                    && self.is_dash(k)
                    && self
                        .word(k + 1)
                        .is_some_and(|w| matches!(w, "it" | "he" | "she" | "they" | "we"))
                    && self.subject_then_verb(k + 1))
        })
    }

    /// Whether tokens `k..end` are an occasion or a time of the writer's
    /// after an object ("in an interview with CNN last week", "during the
    /// debate Monday night", "on Twitter", "since the debate"); with
    /// `months`, a month too ("endorsed one in July").
    fn occasion_tail(&self, k: usize, end: usize, months: bool) -> bool {
        if !self
            .word(k)
            .is_some_and(|w| set!(OCCASION_PREPOSITIONS).contains(w))
        {
            return false;
        }
        // "… in an on-air diatribe, which RT pointed to …", "… on Thursday,
        // another example of …": the occasion may end at a comma.
        let end = (k + 1..end)
            .find(|&j| self.is_punct(j, &[',']))
            .unwrap_or(end);
        if end <= k + 1 || end - k > MAX_OCCASION_TOKENS {
            return false;
        }
        // The phrase ends before an infinitive or a relative clause ("a
        // request from Democrats in Ohio to restore an extra week of
        // voting": the week is the request's).
        let stop = (k + 1..end).find(|&j| {
            self.word(j)
                .is_some_and(|w| matches!(w, "that" | "which" | "who" | "whom" | "where"))
                || (self.is(j, "to") && self.infinitive_verb(j + 1))
        });
        // ("told supporters at a rally to go …": an infinitive after it
        // is what was said.)
        if stop.is_some_and(|j| self.is(j, "to")) {
            return false;
        }
        let end = stop.unwrap_or(end);
        let words = (k + 1..end).all(|j| self.word(j).is_some() || self.is_punct(j, &['.', '-']));
        words
            && (k + 1..end).any(|j| {
                self.word(j).is_some_and(|w| {
                    set!(OCCASION_NOUNS).contains(w)
                        || crate::dates::english_weekday(w)
                        || (months && self.is_cap(j) && crate::dates::english_month(w))
                })
            })
    }

    /// "A, X said, B": the rest B of a reported clause interrupted by its
    /// cue, when `after` is the comma after the cue and B has no cue of its
    /// own.
    fn indirect_rest(
        &self,
        boundary: usize,
        after: usize,
        end_tok: usize,
    ) -> Option<(usize, usize)> {
        if self.is_quote(boundary) || !self.is_punct(after, &[',']) || after + 1 >= end_tok {
            return None;
        }
        let lex = lexicon::get();
        let cue_at = |k: usize| {
            self.word(k)
                .is_some_and(|w| lex.cue(w).is_some() || w == "according")
                && self.verb_position(k)
        };
        // "A, Obama said, B, as Eric Garner … said": the writer's "as"
        // clause with a cue of its own ends the rest.
        let as_clause = (after + 2..end_tok).find(|&k| {
            self.is(k, "as")
                && (self.is_punct(k - 1, &[',']) || self.is_quote(k - 1))
                && (k + 1..(k + MAX_SPEAKER_WORDS * 2).min(end_tok)).any(cue_at)
        });
        let end_tok = as_clause.unwrap_or(end_tok);
        let own_cue = (after + 1..end_tok).any(cue_at);
        // "The truth, the senator said then, was that Trump had attacked
        // …": the rest is the predicate of the first part.
        let predicate = self
            .word(after + 1)
            .is_some_and(|w| matches!(w, "is" | "was" | "are" | "were"));
        if (own_cue && !predicate) || self.is_quote(after + 1) {
            return None;
        }
        let end = self.clause_end(after + 1, end_tok).unwrap_or(end_tok);
        // "…, said Anezina Solomonidou, a European Space Agency research
        // fellow": an apposition to the speaker is no content; "This
        // system, says X, an immunologist at Y, helps direct …": the rest
        // follows the apposition.
        let mut from = after + 1;
        if self
            .word(from)
            .is_some_and(|w| matches!(w, "a" | "an" | "the"))
        {
            from = (from + 1..end)
                .find(|&k| {
                    self.is_punct(k, &[','])
                        && !self.is_cap(k + 1)
                        && (self.finite_at(k + 1) || self.s_verb(k + 1))
                })
                .map(|k| k + 1)?;
        }
        let s = self.toks.get(from)?.s;
        let e = self.toks.get(end.checked_sub(1)?)?.e;
        (e > s).then(|| (s, trim_tail(self.text, s, e)))
    }

    /// Whether a that-less clause starts at token `k` ("believes his
    /// efforts will be …", "hoped utilities would …", "thinks they are"):
    /// a subject pronoun, or a short phrase, followed by a finite
    /// auxiliary or modal.
    fn clause_follows(&self, k: usize) -> bool {
        if self
            .word(k)
            .is_some_and(|w| matches!(w, "he" | "she" | "they" | "we" | "i" | "you" | "there"))
        {
            return self.word(k + 1).is_some();
        }
        if self.word(k).is_some_and(|w| w == "it") {
            return self.word(k + 1).is_some_and(|w| set!(FINITE).contains(w));
        }
        // "said Clinton reached out to McConnell": a name, then a past
        // tense.
        if self.is_cap(k) {
            let mut j = k;
            while j < k + MAX_SPEAKER_WORDS && (self.is_cap(j) || self.is_punct(j, &['.'])) {
                j += 1;
            }
            if self.finite_at(j) {
                return true;
            }
        }
        let mut j = k;
        // ("believe the high level of priority being placed on motivating
        // black voters in Florida shows …": a long subject before an "-s"
        // cue word.)
        while j < self.toks.len() && j - k <= MAX_CLAUSE_SUBJECT_WORDS {
            match self.word(j) {
                Some(w) if set!(FINITE).contains(w) => return j > k && j - k <= MAX_SPEAKER_WORDS,
                // "believe the high level of priority shows …": a cue word
                // in "-s" after the subject phrase is its verb.
                Some(w)
                    if j > k + 1
                        && w.len() > 3
                        && w.ends_with('s')
                        && !w.ends_with("ss")
                        && lexicon::get().cue(w).is_some()
                        && !self.is_cap(j)
                        && !self.word(j - 1).is_some_and(subject_pronoun)
                        && self.word(k).is_some_and(|f| {
                            matches!(f, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                                || !(lexicon::is_np_stop(&f) || set!(WH_WORDS).contains(f))
                        })
                        && (self.is_cap(j + 1)
                            || self.word(j + 1).is_some_and(|n| {
                                matches!(n, "the" | "a" | "an" | "that" | "no" | "his" | "her")
                                    || matches!(n, "their" | "its" | "it" | "he" | "she" | "they")
                            })) =>
                {
                    return true;
                }
                Some(w) if set!(THAT).contains(w) || lexicon::get().cue(w).is_some() => {
                    return false;
                }
                Some(_) => j += 1,
                None if self.is_punct(j, &['-', '’', '\'']) => j += 1,
                None => return false,
            }
        }
        false
    }

    /// Whether a subject starting at token `a` opens a clause.
    /// "A Quinnipiac poll released in late August found …", "a study that
    /// appeared in the BMJ found …": an evidence noun opening the clause,
    /// with a participle, relative or prepositional modifier between it
    /// and the cue at `v`; returns the phrase up to the noun.
    fn modified_evidence_subject(&self, v: usize) -> Option<(usize, usize)> {
        let mut cs = self.clause_start(v);
        // "… gained urgency after leaked documents from his tax return
        // show …": the subordinate clause's own subject.
        if let Some(k) = (cs..v).rev().find(|&k| {
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "after" | "as" | "because" | "while" | "when" | "since" | "though" | "although"
                )
            })
        }) {
            cs = k + 1;
        }
        if v <= cs
            || v - cs > MAX_MODIFIED_SUBJECT_TOKENS
            || (cs..v).any(|k| self.is_quote(k) || self.is_punct(k, &[',', ';', ':', '—']))
        {
            return None;
        }
        let head = (cs..v).find(|&k| {
            self.word(k)
                .is_some_and(|w| set!(EVIDENCE_NOUNS).contains(w))
        })?;
        let next = self.word(head + 1)?;
        let modifier = (next.ends_with("ed") && next.len() > 4)
            || matches!(
                next,
                "taken"
                    | "shown"
                    | "written"
                    | "done"
                    | "held"
                    | "that"
                    | "which"
                    | "of"
                    | "from"
                    | "by"
                    | "in"
                    | "on"
                    | "for"
                    | "at"
                    | "among"
            );
        // The phrase up to the noun, opening the clause ("He believed the
        // polls that showed …" has no evidence subject).
        // "leaked documents", "newly released figures": a participle
        // before the noun belongs to the phrase.
        let np = self.np_before(head + 1).and_then(|np| {
            if self.opens_clause(np.0) {
                Some(np)
            } else if np.0 > cs
                && self
                    .word(np.0 - 1)
                    .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
                && self.opens_clause(np.0 - 1)
            {
                Some((np.0 - 1, np.1))
            } else {
                None
            }
        })?;
        (modifier && head + 1 < v).then_some((np.0, head + 1))
    }

    /// "The man who killed her said …", "Residents living near the plant
    /// said …", "Surety companies that had insured the mine agreed …": a
    /// noun phrase opening the clause, then a relative clause, a participle
    /// or a prepositional phrase up to the cue at `v`; returns the phrase
    /// before the modifier.
    fn modified_subject(&self, v: usize) -> Option<(usize, usize)> {
        let cs = self.clause_start(v);
        if v <= cs
            || v - cs > MAX_MODIFIED_SUBJECT_TOKENS
            || (cs..v).any(|k| {
                self.is_quote(k) || self.word(k).is_none() && !self.is_punct(k, &['\'', '’', '-'])
            })
        {
            return None;
        }
        let np = self.np_after(cs)?;
        if np.0 != cs || np.1 + 1 >= v || !self.opens_clause(np.0) {
            return None;
        }
        let first = self.word(np.0)?;
        if set!(PRONOUNS).contains(first) || set!(THAT).contains(first) {
            return None;
        }
        let next = self.word(np.1)?;
        let relative = matches!(next, "who" | "whose" | "that");
        let modifier = relative
            || (next.len() > 4
                && next.ends_with("ing")
                && !set!(NOT_PARTICIPLES).contains(next)
                && lexicon::get().cue(next).is_none())
            // ("officials in the city said": the subject's own prepositions
            // are taken in where the cue is framed.)
            || (set!(MODIFIER_PREPOSITIONS).contains(next) && !set!(SUBJECT_PREPOSITIONS).contains(next));
        // The cue is finite ("… to show you", "states has created" are not).
        let finite_cue =
            !self.is(v - 1, "to") && !self.word(v + 1).is_some_and(|w| set!(FINITE).contains(w));
        if !modifier || !finite_cue {
            return None;
        }
        // The cue is the clause's verb: after a participle or a preposition
        // no other cue word stands in verb position before it (a relative
        // clause has verbs of its own: "The woman who found the dog said").
        let lex = lexicon::get();
        let other_cue = !relative
            && (np.1 + 1..v).any(|k| {
                self.word(k)
                    .is_some_and(|w| lex.cue(w).is_some() && self.verb_position(k))
            });
        // After a participle or a preposition only a noun phrase leads to
        // the cue ("Residents living near the plant said"; not "A new ad
        // from X is seizing on recent comments").
        let np_ish = |k: usize| {
            (self.np_word(k)
                || self.word(k).is_some_and(|w| {
                    set!(NP_GLUE).contains(w)
                        || set!(DETERMINERS_BEFORE_NOUN).contains(w)
                        || set!(MODIFIER_PREPOSITIONS).contains(w)
                })
                || self.is_punct(k, &['\'', '’', '-']))
                && !self.finite_at(k)
        };
        let noun_phrase_only = relative || (np.1 + 1..v).all(np_ish);
        if other_cue || !noun_phrase_only {
            return None;
        }
        // "Officials in the city's water department said": a phrase of
        // nouns after the preposition belongs to the speaker.
        let pp_only = !relative && !next.ends_with("ing");
        Some(if pp_only { (np.0, v) } else { np })
    }

    /// A role word in its usual case: lower case, or capitalised after a
    /// German article ("Der Bürgermeister von Fennwarden, Klaus Reinecke,").
    fn role_word_case(&self, i: usize) -> bool {
        // "le PDG de la SNCF", "the CEO of Acme": an acronym role.
        let acronym = self
            .toks
            .get(i)
            .and_then(|t| self.text.get(t.s..t.e))
            .is_some_and(|w| {
                (2..=4).contains(&w.len()) && w.bytes().all(|c| c.is_ascii_uppercase())
            });
        !self.is_cap(i)
            || acronym
            || (i > 0
                && self
                    .word(i - 1)
                    .is_some_and(|w| matches!(w, "der" | "die" | "des" | "dem" | "den")))
    }

    /// A name in apposition right after the description `a..b`
    /// ("Its spokesman, John Smith, said", "the candidate, Andy Beshear —
    /// …"): one to [`MAX_APPOSED_NAME_WORDS`] capitalised words between a
    /// comma and a comma or dash, after a description ending in a
    /// lower-case head noun.
    fn apposed_name(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        // "el ministro de Economía, Carlos Cuerpo,": a role with its
        // portfolio also ends in a capital.
        let role = (a..b)
            .find(|&i| {
                self.word(i).is_some_and(|w| {
                    !set!(DETERMINERS).contains(w)
                        && !matches!(
                            w,
                            "el" | "la"
                                | "los"
                                | "las"
                                | "le"
                                | "les"
                                | "il"
                                | "lo"
                                | "der"
                                | "die"
                        )
                })
            })
            .is_some_and(|i| {
                self.role_word_case(i) && self.word(i).is_some_and(|w| lexicon::get().is_title(w))
            })
            // "The Labour candidate for Bristol West, X,": a role word
            // anywhere in the phrase.
            || (a..b).any(|i| {
                self.role_word_case(i) && self.word(i).is_some_and(|w| lexicon::get().is_title(w))
            });
        // "His former business partner at Lenox, Lawrence B. Cummings,": a
        // lower-case head before a short phrase naming a place or a body;
        // then only a given name opens the apposition.
        let named_tail = b > a + 2
            && self.is_cap(b - 1)
            && !role
            && (a + 1..b - 1).rev().take(3).any(|p| {
                self.word(p)
                    .is_some_and(|w| matches!(w, "at" | "of" | "for" | "from" | "with"))
                    && !self.is_cap(p - 1)
                    && self.word(p - 1).is_some()
            });
        if !self.is_punct(b, &[','])
            || b <= a
            || (self.is_cap(b - 1) && !role && !named_tail)
            || self.word(b - 1).is_none()
        {
            return None;
        }
        let start = b + 1;
        let mut k = start;
        while k < self.toks.len() && k - start < MAX_APPOSED_NAME_WORDS + 2 {
            // "Michele de Pascale", "Ursula von der Leyen": particles
            // inside a name.
            let particle = k > start
                && self
                    .word(k)
                    .is_some_and(|w| set!(NAME_PARTICLES).contains(w))
                && (self.is_cap(k + 1)
                    || (self
                        .word(k + 1)
                        .is_some_and(|w| set!(NAME_PARTICLES).contains(w))
                        && self.is_cap(k + 2)));
            if self.is_cap(k) || self.is_punct(k, &['.']) || particle {
                k += 1;
            } else {
                break;
            }
        }
        // Closed by punctuation, or by the sentence end after an inverted
        // subject ("», a réagi la maire de Paris, Anne Hidalgo.").
        let closed = self.is_punct(k, &[',', '—', '–', '-'])
            || k >= self.toks.len()
            || (k + 1 >= self.toks.len() && self.is_punct(k, &['.', '!', '?']));
        let words = (start..k).filter(|&i| self.word(i).is_some()).count();
        let given_first = || {
            self.toks
                .get(start)
                .and_then(|t| self.text.get(t.s..t.e))
                .is_some_and(|w| lexicon::get().given_gender(w).is_some())
        };
        let tail_ok = !self.is_cap(b - 1) || role || (words >= 2 && given_first());
        // "The mayor of Springfield, Illinois, said": a place in
        // apposition to a place, not a name.
        let place = words == 1
            && self.is_cap(b - 1)
            && self
                .toks
                .get(start)
                .and_then(|t| self.text.get(t.s..t.e))
                .is_some_and(|w| {
                    let lex = crate::entities::lexicon::get();
                    lex.group(w)
                        .is_some_and(|g| lex.groups[g].kind == newsfacts_model::EntityType::Place)
                });
        (closed
            && tail_ok
            && !place
            && (1..=MAX_APPOSED_NAME_WORDS).contains(&words)
            && self.is_cap(start))
        .then_some((start, k))
    }

    /// A relative pronoun subject at token `a`: "who", or "which" after a
    /// comma and a capitalised name or a document ("the Chicago Police
    /// Department, which reported …", "the audit, which concluded …").
    fn relative(&self, a: usize) -> bool {
        self.is(a, "who")
            || (a > 1
                && self.is(a, "which")
                && self.is_punct(a - 1, &[','])
                && (self.is_cap(a - 2)
                    || self.word(a - 2).is_some_and(|w| {
                        set!(EVIDENCE_NOUNS).contains(w) || lexicon::is_doc_noun(&w)
                    })))
            || self.restrictive_relative(a)
    }

    /// "a super PAC that intends to …", "the panel which voted to …": a
    /// relative "that" or "which" right after a noun and right before a
    /// verb (a cue, an auxiliary or an adverb) is the subject.
    fn restrictive_relative(&self, a: usize) -> bool {
        a > 0
            && self.word(a).is_some_and(|w| matches!(w, "that" | "which"))
            && self.word(a - 1).is_some_and(|p| {
                !english_weekday(p)
                    && !matches!(p, "today" | "yesterday" | "week" | "month" | "year")
            })
            && self.np_word(a - 1)
            && self.word(a + 1).is_some_and(|n| {
                // A finite verb: "-s" or past after any noun; a bare form
                // only after a plural ("rules that promise"), not a
                // gerund ("that adding exercise …" is a clause).
                let finite = n.ends_with('s')
                    || n.ends_with("ed")
                    || set!(IRREGULAR_PAST).contains(n)
                    || self.word(a - 1).is_some_and(|p| p.ends_with('s'));
                !self.is_cap(a + 1)
                    && (lexicon::get().cue(n).is_some() || set!(AUX).contains(n))
                    && !n.ends_with("ing")
                    && finite
                    && !set!(DETERMINERS).contains(n)
            })
    }

    fn opens_clause(&self, a: usize) -> bool {
        // A word at token `a - 1` that itself opens the clause.
        let opener_before = || {
            a > 0
                && (a == 1
                    || self.is_punct(a - 2, &[',', ';', ':', '—'])
                    || self.clause_start(a) == a - 1)
        };
        // "Even China said", "Yet the ministry insisted": a focus adverb
        // before the subject.
        let focus = a > 0
            && self.word(a - 1).is_some_and(|w| {
                matches!(
                    w,
                    "even"
                        | "also"
                        | "yet"
                        | "still"
                        | "only"
                        | "now"
                        | "then"
                        | "instead"
                        | "meanwhile"
                        | "however"
                        | "likewise"
                        | "similarly"
                )
            })
            && opener_before();
        // "About 60 percent of respondents said": an approximator opening
        // the clause before a number.
        let approximate = a > 0
            && self.word(a - 1).is_some_and(|w| {
                matches!(
                    w,
                    "about"
                        | "nearly"
                        | "almost"
                        | "roughly"
                        | "some"
                        | "only"
                        | "just"
                        | "over"
                        | "around"
                )
            })
            && self.word(a).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit())
                    || crate::quantities::unit_word(w).is_some()
            })
            && opener_before();
        a == 0
            || focus
            || approximate
            || self.word(a).is_some_and(subject_pronoun)
            || self.restrictive_relative(a)
            || a == self.clause_start(a)
            || self.is_punct(a - 1, &[',', ';', ':', '—', '―', '–', '-', '('])
            || self.is_quote(a - 1)
            || self.word(a - 1).is_some_and(|w| {
                matches!(
                    w,
                    "and"
                        | "but"
                        | "as"
                        | "when"
                        | "because"
                        | "while"
                        | "since"
                        | "after"
                        | "before"
                        | "which"
                        | "where"
                        | "though"
                        | "although"
                        | "so"
                        | "that"
                        | "what"
                )
            })
    }

    /// A token that may be part of a speaker phrase.
    fn np_word(&self, i: usize) -> bool {
        match self.word(i) {
            Some(w) => {
                // "the ruling", "the briefing": a noun after a determiner.
                let after_det = i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(|d| set!(DETERMINERS_BEFORE_NOUN).contains(d));
                // "where restructuring experts say": an "-ing" word opening a
                // clause before a plural noun is its modifier.
                let modifier_ing = w.ends_with("ing")
                    && !set!(NOT_PARTICIPLES).contains(w)
                    && self.word(i + 1).is_some_and(|n| {
                        n.len() > 3 && n.ends_with('s') && lexicon::get().cue(n).is_none()
                    })
                    && (i == 0
                        || self.is_punct(i - 1, &[','])
                        || self.word(i - 1).is_some_and(|p| {
                            matches!(
                                p,
                                "where" | "when" | "while" | "and" | "but" | "as" | "because"
                            )
                        }));
                // "the public spending watchdog", "a federal housing
                // agency": an "-ing" noun between an adjective and its head.
                let compound_ing = w.ends_with("ing")
                    && i > 0
                    && self.word(i - 1).is_some_and(|p| {
                        !self.is_cap(i - 1)
                            && (matches!(p, "public" | "private" | "state" | "city" | "county")
                                || (p.len() > 4
                                    && ["ic", "al", "ary", "ous", "ive"]
                                        .iter()
                                        .any(|e| p.ends_with(e))))
                    })
                    && self.word(i + 1).is_some_and(|n| {
                        !self.is_cap(i + 1)
                            && !lexicon::is_np_stop(&n)
                            && !set!(DETERMINERS_BEFORE_NOUN).contains(n)
                            && lexicon::get().cue(n).is_none()
                    });
                // "52 percent of registered voters": after a preposition an
                // "-ed" word modifies the noun.
                let after_preposition = w.ends_with("ed")
                    && i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(|p| matches!(p, "of" | "among" | "for" | "from" | "with"));
                let verbish = !self.is_cap(i)
                    && ((w.ends_with("ing") || w.ends_with("ed")) && w.len() > 4)
                    && !lexicon::get().is_modifier(w)
                    && !after_det
                    && !after_preposition
                    && !modifier_ing
                    && !compound_ing;
                // "Her deputy, Jonas Berg, said": a possessive "her" opening
                // a phrase, not the object of a verb ("told her the …").
                let possessive_her = w == "her"
                    && (i == 0
                        || self.is_punct(i - 1, &[',', '(', '—', ';'])
                        || self.word(i - 1).is_some_and(|p| {
                            matches!(p, "and" | "but" | "of" | "with" | "for" | "as")
                        }))
                    && self.word(i + 1).is_some_and(|n| {
                        !lexicon::is_np_stop(&n)
                            && !set!(DETERMINERS_BEFORE_NOUN).contains(n)
                            && !set!(PRONOUNS).contains(n)
                            && lexicon::get().cue(n).is_none()
                    });
                // "PG&E", "Y Combinator": a capital letter is a name.
                (!lexicon::is_np_stop(&w) || (w.len() == 1 && self.is_cap(i)) || possessive_her)
                    && !set!(THAT).contains(w)
                    && !w.ends_with("n't")
                    && !w.ends_with("n’t")
                    // "The Wrap's report", "the statement": a cue word
                    // after a possessive or determiner is a noun.
                    && (lexicon::get().cue(w).is_none() || self.is_cap(i) || after_det || {
                        i > 0
                            && self
                                .word(i - 1)
                                .is_some_and(|p| p.ends_with("’s") || p.ends_with("'s"))
                    } || (w.ends_with('s') && !self.verb_position(i)))
                    && !verbish
            }
            None => {
                // "Russia's" is one word; keep "(" out, allow a hyphen but
                // not a spaced dash ("predictable - Donald Trump").
                let spaced = self.toks.get(i).is_some_and(|t| {
                    self.text
                        .get(..t.s)
                        .is_some_and(|b| b.ends_with(char::is_whitespace))
                        && self
                            .text
                            .get(t.e..)
                            .is_some_and(|r| r.starts_with(char::is_whitespace))
                });
                self.is_punct(i, &['-', '/']) && !spaced
            }
        }
    }

    /// Speaker phrase ending just before token `end` (exclusive), scanning
    /// backwards; returns the token range.
    fn np_before(&self, end: usize) -> Option<(usize, usize)> {
        // A dash before the cue closes an apposition, not a name.
        if end > 0 && self.is_punct(end - 1, &['-']) {
            return None;
        }
        // A subject pronoun is the whole phrase ("… network RT he
        // blasted"); "who" stands for the phrase before it.
        if end > 0 && self.word(end - 1).is_some_and(subject_pronoun) {
            return Some((end - 1, end));
        }
        // "Those close to him say", "people familiar with her thinking":
        // the head before the modifier.
        if end > 3
            && self
                .word(end - 1)
                .is_some_and(|w| matches!(w, "him" | "her" | "them" | "us" | "me"))
            && self
                .word(end - 2)
                .is_some_and(|w| matches!(w, "to" | "with"))
            && self
                .word(end - 3)
                .is_some_and(|w| matches!(w, "close" | "familiar" | "loyal" | "allied" | "near"))
        {
            return self
                .np_before(end - 3)
                .filter(|h| h.1 == end - 3)
                .map(|h| (h.0, end));
        }
        // "Many believe", "All agreed": a quantifier standing alone.
        if end > 0
            && self.word(end - 1).is_some_and(quantifier_pronoun)
            && self.opens_clause(end - 1)
        {
            return Some((end - 1, end));
        }
        // "the Chicago Police Department, which reported …": a relative
        // "which" after a name stands for it like "who".
        if end > 2 && self.relative(end - 1) {
            return Some((end - 1, end));
        }
        // "families of victims, many of whom say …".
        if end > 2
            && self.is(end - 1, "whom")
            && self.is(end - 2, "of")
            && self.word(end - 3).is_some_and(quantifier_pronoun)
        {
            return Some((end - 3, end));
        }
        let mut a = end;
        // Words counted without glue and parentheses ("La Société des
        // transports intercommunaux de Bruxelles (STIB)" is four).
        let mut taken = 0;
        while a > 0 && taken < MAX_SPEAKER_WORDS {
            let i = a - 1;
            // A parenthesised party and state: "Rep. Gwen Moore (D-Wis.)".
            if self.is_punct(i, &[')']) {
                let open = (i.saturating_sub(6)..i)
                    .rev()
                    .find(|&j| self.is_punct(j, &['(']));
                if let Some(o) = open
                    && o > 0
                    && self.is_cap(o - 1)
                {
                    a = o;
                    continue;
                }
            }
            let glue = self.word(i).is_some_and(|w| set!(NP_GLUE).contains(w));
            // "Mr. King and Mr. Schultz", "Florida Power & Light", "los
            // Mercados y la Competencia".
            let and_caps = (self
                .word(i)
                .is_some_and(|w| matches!(w, "and" | "y" | "e" | "et" | "und"))
                || self.is_punct(i, &['&']))
                && (self.is_cap(i + 1)
                    || (self.word(i + 1).is_some_and(|w| set!(NP_GLUE).contains(w))
                        && self.is_cap(i + 2)))
                && i > 0
                && self.is_cap(i - 1);
            if self.np_word(i) || glue || and_caps {
                a = i;
                if !glue && !and_caps {
                    taken += 1;
                }
            } else {
                break;
            }
        }
        // Do not start on glue ("of", "for"), but "De Blasio" is a name.
        while a < end
            && self
                .word(a)
                .is_some_and(|w| matches!(w, "of" | "for" | "de" | "du" | "des"))
            && !(self.is_cap(a) && a + 1 < end && self.is_cap(a + 1))
        {
            a += 1;
        }
        (a < end && self.np_ok(a, end)).then_some((a, end))
    }

    /// "The experts I interviewed said", "the officials we spoke to say":
    /// the phrase before a relative clause without a pronoun ("I
    /// interviewed") that ends right before the cue at `v`.
    fn contact_relative_subject(&self, v: usize) -> Option<(usize, usize)> {
        let mut k = v;
        if k > 0 && self.word(k - 1).is_some_and(|w| matches!(w, "to" | "with")) {
            k -= 1;
        }
        if k < 3
            || !self.word(k - 1).is_some_and(|w| {
                !self.is_cap(k - 1)
                    && ((w.len() > 4 && w.ends_with("ed"))
                        || matches!(w, "spoke" | "met" | "asked" | "know" | "spoken"))
            })
            || !self
                .word(k - 2)
                .is_some_and(|w| matches!(w, "i" | "we" | "you" | "they" | "he" | "she"))
        {
            return None;
        }
        let np = self.np_before(k - 2).filter(|h| h.1 == k - 2)?;
        let mut a = np.0;
        if a > 0
            && self
                .word(a - 1)
                .is_some_and(|w| matches!(w, "all" | "both"))
        {
            a -= 1;
        }
        // A plain noun phrase opening its clause, with no name in it.
        (self.opens_clause(a)
            && (a < np.0
                || self
                    .word(np.0)
                    .is_some_and(|w| set!(DETERMINERS).contains(w))
                || self
                    .word(np.1 - 1)
                    .is_some_and(|w| w.len() > 3 && w.ends_with('s')))
            && !(np.0..np.1).any(|j| self.is_cap(j) && j > np.0))
        .then_some((a, np.1))
    }

    /// Speaker phrase starting at token `start`, scanning forwards.
    fn np_after(&self, start: usize) -> Option<(usize, usize)> {
        if self
            .word(start)
            .is_some_and(|w| matches!(w, "of" | "for" | "to" | "de" | "du"))
        {
            return None;
        }
        let mut b = start;
        while b < self.toks.len() && b - start < MAX_SPEAKER_WORDS {
            let glue = self.word(b).is_some_and(|w| set!(NP_GLUE).contains(w));
            let and_caps = self.is(b, "and") && self.is_cap(b + 1);
            // "Acme's newly appointed chief executive John Doe": an adverb
            // and a participle after a possessive modify the title.
            if b > start
                && self
                    .word(b - 1)
                    .is_some_and(|p| p.ends_with("’s") || p.ends_with("'s"))
                && self.ly_adverb(b)
                && self
                    .word(b + 1)
                    .is_some_and(|w| w.ends_with("ed") && !self.is_cap(b + 1))
                && self.np_word(b + 2)
            {
                b += 2;
                continue;
            }
            // "The doctor subsequently prescribed": an adverb ends the phrase.
            if b > start && !self.is_cap(b) && self.word(b).is_some_and(manner_adverb) {
                break;
            }
            if self.np_word(b) || glue || and_caps {
                b += 1;
            } else {
                break;
            }
        }
        while b > start
            && self
                .word(b - 1)
                .is_some_and(|w| set!(NP_GLUE).contains(w) || w == "and")
        {
            b -= 1;
        }
        (b > start && self.np_ok(start, b)).then_some((start, b))
    }

    /// A phrase with a head: a pronoun alone, or ends in a capitalised word
    /// or a noun-ish word.
    fn np_ok(&self, a: usize, b: usize) -> bool {
        let n = b - a;
        let first = self.word(a).unwrap_or("");
        // Italian "il ministro" is an article, French "il" a pronoun.
        if set!(PRONOUNS).contains(first) && !(first == "il" && n > 1) {
            return n == 1;
        }
        // "Lo ha annunciato il ministro": an object clitic, no subject.
        if n == 1 && matches!(first, "lo" | "la" | "les" | "los" | "l'" | "l’") {
            return false;
        }
        (a..b).any(|i| self.word(i).is_some_and(|w| !set!(NP_GLUE).contains(w)))
    }

    /// "NAME, APPOSITION, CUE": when token `v - 1` is a comma closing an
    /// apposition, the name before the apposition's opening comma.
    fn appositive_subject(&self, v: usize) -> Option<(usize, usize)> {
        if v < 3 || !self.is_punct(v - 1, &[',', '-', '—', '–', '―']) {
            return None;
        }
        if let Some(np) = self.dashed_relative_subject(v) {
            return Some(np);
        }
        // "Jane Roe, 59, of Ashton, Md., who watched the game, said": the
        // name opening the clause, before a chain of appositions ("Even
        // China, Pyongyang's only ally, said").
        let mut cs = self.clause_start(v);
        // "X said A, but its director, Martin Hale, estimated B": the
        // clause after the conjunction.
        if let Some(c) = (cs..v).rev().find(|&k| {
            self.is_punct(k, &[',', ';'])
                && k + 3 < v
                && self.word(k + 1).is_some_and(|w| {
                    matches!(
                        w,
                        "but" | "while" | "though" | "although" | "whereas" | "yet"
                    )
                })
        }) {
            cs = c + 1;
        }
        while cs + 1 < v
            && self
                .word(cs)
                .is_some_and(|w| matches!(w, "even" | "only" | "also" | "and" | "but" | "yet"))
        {
            cs += 1;
        }
        // "“…,” Dylan Nelson, a fellow at the institute in Munich,
        // Germany, said": the name after the opening quotation.
        if self.is_quote(cs) {
            cs += 1;
            if self.is_punct(cs, &[',']) {
                cs += 1;
            }
        }
        // Dashes hold longer appositions ("X -- the company that … -- said").
        let limit = if self.is_punct(v - 1, &[',']) {
            2 * MAX_APPOSITION_TOKENS
        } else {
            3 * MAX_APPOSITION_TOKENS
        };
        if let Some(np) = self.np_after(cs)
            && v - cs <= limit
            && self.is_punct(np.1, &[','])
            && np.1 + 1 < v - 1
            && (cs..v).all(|j| !self.is_quote(j))
            && ((np.0..np.1).any(|i| {
                self.is_cap(i)
                    && !self
                        .word(i)
                        .is_some_and(|w| set!(DETERMINERS_BEFORE_NOUN).contains(w))
            })
                // "its director, Martin Hale, estimated": a role, then the
                // name in apposition.
                || (np.1 + 1..v - 1).all(|i| self.is_cap(i) || self.is_punct(i, &['.'])))
        {
            return Some(np);
        }
        // A dash-closed apposition only after the clause-opening name.
        if !self.is_punct(v - 1, &[',']) {
            return None;
        }
        let mut c = v - 2;
        let floor = v.saturating_sub(MAX_APPOSITION_TOKENS);
        while c > floor && !self.is_punct(c, &[',']) {
            if self.is_quote(c) {
                return None;
            }
            c -= 1;
        }
        if !self.is_punct(c, &[',']) || c + 1 >= v - 1 {
            return None;
        }
        // "A did not go over well with Republicans, and the meeting
        // deteriorated, said a source": a coordinated clause with a verb
        // of its own, no apposition ("and co-author of the study" is one).
        if self
            .word(c + 1)
            .is_some_and(|w| matches!(w, "and" | "but" | "or" | "so" | "yet" | "nor"))
            && self.finite_between(c + 2, v - 1)
        {
            return None;
        }
        let np = self.np_before(c)?;
        let named = (np.0..np.1).any(|i| self.is_cap(i))
            || self.word(np.0).is_some_and(|w| set!(PRONOUNS).contains(w));
        // "During a visit on Monday, the prisons minister, Damian Hinds,
        // insisted": a role after an introductory phrase, then its name.
        let role_then_name = np.0 > 0
            && self.is_punct(np.0 - 1, &[','])
            && self.word(np.0).is_some_and(|w| {
                set!(DETERMINERS_BEFORE_NOUN).contains(w) || w.ends_with("’s") || w.ends_with("'s")
            })
            && (c + 1..v - 1).all(|i| self.is_cap(i) || self.is_punct(i, &['.']));
        (named || role_then_name).then_some(np)
    }

    fn span(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        Some((self.toks.get(a)?.s, self.toks.get(b.checked_sub(1)?)?.e))
    }

    /// First token index of the clause after an introductory adverbial.
    fn clause_start(&self, upto: usize) -> usize {
        // A dateline opening the unit: "MIAMI (AP) —", "LONDON, March 3
        // (Reuters) -".
        let caps_city = self.word(0).is_some_and(|_| {
            self.toks
                .first()
                .and_then(|t| self.text.get(t.s..t.e))
                .is_some_and(|w| {
                    w.chars().filter(|c| crate::segment::is_alpha(*c)).count() >= 2
                        && w.chars().all(|c| !c.is_lowercase())
                })
        });
        if caps_city
            && let Some(d) = (1..upto.min(MAX_DATELINE_TOKENS)).find(|&k| {
                self.is_punct(k, &['—', '–', '-'])
                    && (self.is_punct(k - 1, &[')']) || self.word(k - 1).is_some())
            })
            && d + 1 < upto
        {
            return d + 1;
        }
        // "Mumbai, Jan 12 (PTI):", "Berlin (dpa) -": an agency in brackets
        // near the start, then a colon or dash.
        if let Some(d) = (3..upto.min(MAX_DATELINE_TOKENS)).find(|&k| {
            self.is_punct(k, &[':', '—', '–', '-'])
                && self.is_punct(k - 1, &[')'])
                && self.is_punct(k - 3, &['('])
                && self
                    .toks
                    .get(k - 2)
                    .and_then(|t| self.text.get(t.s..t.e))
                    .is_some_and(|w| {
                        w.chars().next().is_some_and(char::is_uppercase) && w.chars().count() <= 8
                    })
        }) && d + 1 < upto
        {
            return d + 1;
        }
        if let Some(c) = (0..upto.min(5)).find(|&i| self.is_punct(i, &[':'])) {
            return c + 1;
        }
        let first = self.word(0).unwrap_or("");
        // "At least 40 fans were hurt, …" opens with a quantity, not an
        // introductory phrase.
        let quantity = first == "at" && self.word(1).is_some_and(|w| matches!(w, "least" | "most"));
        // "Chastened by the analyses, …, Trump revised his plan": a
        // participle opening the sentence before a lower-case word, up to
        // the comma that a capitalised subject follows.
        if (first.ends_with("ed") || first.ends_with("ing"))
            && first.len() > 4
            && !set!(INTRO).contains(first)
            && self.word(1).is_some_and(|w| !self.is_cap(1) && !set!(THAT).contains(w))
            // Not a name in capitals ("WIRED spoke to …").
            && self
                .toks
                .first()
                .and_then(|t| self.text.get(t.s..t.e))
                .is_some_and(|w| w.chars().skip(1).any(char::is_lowercase))
            && let Some(c) = (2..upto.min(MAX_PARTICIPLE_OPENER_TOKENS)).find(|&k| {
                self.is_punct(k - 1, &[','])
                    && (self.is_cap(k)
                        || self
                            .word(k)
                            .is_some_and(|w| subject_pronoun(w) && w != "who"))
            })
        {
            return c;
        }
        if set!(INTRO).contains(first) && !quantity {
            for i in 1..upto.min(8) {
                if self.is_punct(i, &[',']) {
                    // "On Thursday, however, Trump …": a connective between
                    // commas after the phrase opens nothing.
                    let connective = self.word(i + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "however" | "meanwhile" | "though" | "instead" | "indeed" | "too"
                        )
                    }) && self.is_punct(i + 2, &[',']);
                    return if connective && i + 3 <= upto {
                        i + 3
                    } else {
                        i + 1
                    };
                }
            }
        }
        0
    }
}

/// "X added:" closing a paragraph: speaker span, speaker and cue of the
/// next paragraph.
type BlockIntro = ((usize, usize), Option<String>, (usize, usize));

#[derive(Debug, Clone)]
struct Draft {
    content: (usize, usize),
    np: Option<(usize, usize)>,
    cue: (usize, usize),
    /// The second part of a split quote.
    split_second: Option<(usize, usize)>,
    /// No subject of its own: a coordinated or participial clause sharing
    /// the previous statement's speaker.
    inherit: bool,
    /// Byte where the coordinated clause starts ("and urged …").
    clause_at: usize,
    /// Post-posed frame (content before the cue).
    post: bool,
}

impl Draft {
    /// A statement with its own subject, content after the cue, no split.
    fn plain(content: (usize, usize), np: Option<(usize, usize)>, cue: (usize, usize)) -> Self {
        Draft {
            content,
            np,
            cue,
            split_second: None,
            inherit: false,
            clause_at: 0,
            post: false,
        }
    }
}

/// The first words of the "according to" forms, for a quick test per token.
fn according_first_words() -> &'static crate::fasthash::WordSet {
    static SET: std::sync::OnceLock<crate::fasthash::WordSet> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        ACCORDING
            .iter()
            .filter_map(|p| p.first().copied())
            .collect()
    })
}

/// Gives the writer's statements to the byline: a speaker "I" outside
/// quotation marks ("I suggested she try the keyboard case") is the
/// article's one author, and "we" ("we confirmed that …", "as we've said")
/// the publication. Nothing changes for "I" when the article has no author
/// or several, nor for "we" without a site name.
pub fn credit_writer(text: &str, found: &mut [Found], authors: &[String], site: Option<&str>) {
    let author = match authors {
        [a] if a.split_whitespace().count() >= 2
            && a.split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !a.chars().any(|c| c.is_ascii_digit() || c == '@') =>
        {
            Some(a)
        }
        _ => None,
    };
    let site = site.map(str::trim).filter(|s| !s.is_empty());
    let mut qs: Option<Vec<Quote>> = None;
    for f in found.iter_mut().filter(|f| f.speaker.is_none()) {
        let Some((a, b)) = f.speaker_span else {
            continue;
        };
        let mention = text.get(a..b).unwrap_or("");
        let we = mention
            .split(['\'', '’'])
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("we"));
        let writer = match (mention, we) {
            ("I", _) => author.cloned(),
            (_, true) => site.map(String::from),
            _ => None,
        };
        let Some(writer) = writer else { continue };
        let qs = qs.get_or_insert_with(|| quotes::pair(text));
        if qs.iter().all(|q| !(q.open <= a && a < q.close_end)) {
            f.speaker = Some(writer);
        }
    }
}

/// Finds attributed statements.
pub fn find(text: &str, sentences: &[Sentence], ents: &Entities) -> Vec<Found> {
    find_in(text, &text.to_ascii_lowercase(), sentences, ents)
}

/// [`find`], with `low_text` = `text.to_ascii_lowercase()` shared with the
/// other passes: word forms are read lower-cased, ASCII words borrowed
/// from it.
pub(crate) fn find_in(
    text: &str,
    low_text: &str,
    sentences: &[Sentence],
    ents: &Entities,
) -> Vec<Found> {
    let lex = lexicon::get();
    let qs = quotes::pair(text);
    let mut out: Vec<Found> = Vec::new();
    // Cue starts of statements whose subject opens a subordinate clause.
    let mut subordinate: crate::fasthash::FxSet<usize> = Default::default();
    let mut res = Resolver::new(text, ents);
    // Paragraph index of a byte offset.
    let para_starts: Vec<usize> = std::iter::once(0)
        .chain(
            text.match_indices('\n')
                .map(|(i, _)| i + 1)
                .filter(|&i| text.get(i..).is_some_and(|r| !r.starts_with('\n'))),
        )
        .collect();
    let para_of = |pos: usize| para_starts.partition_point(|&p| p <= pos);
    let mut last_para: Option<usize> = None;
    let mut last_found: Option<usize> = None;

    let mut turn_para: Option<usize> = None;
    // "Limbaugh added:" closing a paragraph: the next paragraph is what he
    // added (speaker span, speaker, cue).
    let mut block_intro: Option<BlockIntro> = None;
    let mut prev_unit: Option<(usize, usize)> = None;
    let mut last_turn_speaker: Option<String> = None;
    for (us, ue) in units(text, sentences, &qs) {
        res.advance(us);
        // Transcript turns take the whole paragraph.
        let pi = para_of(us);
        let before = prev_unit
            .replace((us, ue))
            .filter(|&(a, _)| para_of(a) == pi);
        if turn_para == Some(pi) {
            continue;
        }
        let pstart = para_starts.get(pi.wrapping_sub(1)).copied().unwrap_or(0);
        let pend = para_starts
            .get(pi)
            .map_or(text.len(), |&e| e.saturating_sub(1));
        if let Some((span, speaker, cue)) = block_intro.take()
            && us <= pstart + 1
            && cue.1 < pstart
        {
            let body = text.get(pstart..pend).unwrap_or("");
            let lead = body.len() - body.trim_start().len();
            let (a, b) = (pstart + lead, pstart + lead + body.trim().len());
            let quoted = text
                .get(a..b)
                .is_some_and(|t| t.starts_with(['"', '“']) && t.ends_with(['"', '”']));
            if b > a {
                if let Some(sp) = &speaker {
                    res.spoke(sp);
                }
                let content = if quoted {
                    let inner = text.get(a..b).unwrap_or("");
                    let open = inner.chars().next().map_or(0, char::len_utf8);
                    let close = inner.chars().next_back().map_or(0, char::len_utf8);
                    (a + open, b - close)
                } else {
                    (a, b)
                };
                out.push(Found {
                    kind: if quoted {
                        StatementKind::Direct
                    } else {
                        StatementKind::Indirect
                    },
                    content,
                    speaker_span: Some(span),
                    speaker,
                    cue: Some(cue),
                    split_of: None,
                    antecedent: None,
                });
                turn_para = Some(pi);
                last_para = Some(pi);
                last_found = Some(out.len() - 1);
                continue;
            }
        }
        // "MUMBAI: The council …" is a dateline, not a speaker's turn.
        let turn = transcript_turn(text, (pstart, pend))
            .filter(|(name, _)| ents.entity_at(name.0).map(|e| e.kind) != Some(EntityType::Place))
            .or_else(|| {
                (pstart == 0)
                    .then(|| headline_claim(text, pend, ents))
                    .flatten()
            });
        if us <= pstart + 1
            && let Some((name, content)) = turn
        {
            let words = words_of(text, name);
            // "A:" is the interviewee: the last named turn, or the first
            // person the article names.
            let speaker = if text.get(name.0..name.1) == Some("A") {
                last_turn_speaker.clone().or_else(|| {
                    ents.list
                        .iter()
                        .find(|e| e.kind == EntityType::Person)
                        .map(|e| e.name.clone())
                })
            } else if text.get(name.0..name.1).is_some_and(evidence_label) {
                None
            } else {
                res.resolve(&words)
            };
            if speaker.is_some() {
                last_turn_speaker.clone_from(&speaker);
            }
            if let Some(sp) = &speaker {
                res.spoke(sp);
            }
            // A headline claim is direct only when wholly quoted.
            let quoted = text
                .get(..content.0)
                .and_then(|h| h.chars().next_back())
                .is_some_and(|c| matches!(c, '"' | '“' | '‘' | '\''));
            let kind = if pstart > 0 || quoted {
                StatementKind::Direct
            } else {
                StatementKind::Indirect
            };
            out.push(Found {
                kind,
                content,
                speaker_span: Some(name),
                speaker,
                cue: Some((name.1, name.1 + 1)),
                split_of: None,
                antecedent: None,
            });
            turn_para = Some(pi);
            last_para = Some(pi);
            last_found = Some(out.len() - 1);
            continue;
        }
        let toks = tokenize(text, us, ue, &qs);
        if toks.is_empty() {
            continue;
        }
        let lower = toks
            .iter()
            .map(|t| {
                if t.kind == Tk::Word {
                    crate::segment::lower_in(text, low_text, t.s, t.e)
                } else {
                    Cow::Borrowed("")
                }
            })
            .collect();
        let title_line = title_case_line(text, us, ue);
        let u = Unit {
            text,
            toks,
            lower,
            title_line,
        };
        let n = u.toks.len();
        note_issuer(&u, &mut res);

        // Cues.
        let mut cues: Vec<Cue> = Vec::new();
        let mut i = 0;
        while i < n {
            // "Per a report from Bloomberg, …" only opening the clause, or
            // after a comma closing it ("…,” per the party’s bylaws"); "$5
            // per person" is a rate.
            if let Some(acc) = u
                .word(i)
                .filter(|w| according_first_words().contains(w))
                .and_then(|_| {
                    ACCORDING
                        .iter()
                        .find(|p| (0..p.len()).all(|k| u.is(i + k, p[k])))
                })
                .filter(|p| {
                    p[0] != "per"
                        || i == u.clause_start(i)
                        || (i > 0
                            && (u.is_punct(i - 1, &[',']) || u.quote_ends_clause(i - 1))
                            // An English article or possessive after it
                            // (Italian "…, per favorire" is "to favour").
                            && u.word(i + 1).is_some_and(|w| {
                                matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                            }))
                })
                // "citing bad weather" gives a reason (a speech act of the
                // main subject, framed below); "citing officials" a source.
                .filter(|p| p[0] != "citing" || u.cites_source(i + 1))
            {
                cues.push(Cue {
                    a: i,
                    b: i + acc.len() - 1,
                    class: CueClass::Speech,
                    according: true,
                });
                i += acc.len();
                continue;
            }
            // "In this poll, …", "In his view, …".
            if i == 0 && u.setting(i).is_some() {
                cues.push(Cue::new(i, i, CueClass::Setting));
                i += 1;
                continue;
            }
            // "his claim that …", "Stumpf's repeated emphasis that …",
            // "North Korea's claims about its test".
            // ("is warning that …" is a verb in the progressive.)
            let progressive = |w: &str| {
                w.ends_with("ing")
                    && i > 0
                    && u.word(i - 1)
                        .is_some_and(|p| matches!(p, "is" | "are" | "was" | "were" | "been" | "be"))
            };
            if let Some(w) = u.word(i)
                && ((set!(NOUN_CUES_THAT).contains(w) && u.is(i + 1, "that"))
                    || (set!(NOUN_CUES_TO).contains(w) && u.is(i + 1, "to"))
                    || (set!(NOUN_CUES_ABOUT).contains(w)
                        && u.word(i + 1).is_some_and(topic_preposition)
                        && u.word(i + 2).is_some()))
                && !progressive(w)
                && (possessor_before(&u, i).is_some() || u.object_that_noun(i))
            {
                cues.push(Cue::new(i, i, CueClass::Noun));
                i += 1;
                continue;
            }
            // "expressed concern that …", "voiced deep doubts about …": a
            // light verb and an attitude noun.
            if let Some(noun) = u.light_verb_noun(i) {
                let class = if u.is(noun + 1, "that") {
                    CueClass::Weak
                } else {
                    CueClass::Topic
                };
                cues.push(Cue::new(i, noun, class));
                i = noun + 1;
                continue;
            }
            // "was quoted as saying that …", "was quoted by the paper as
            // saying …": the passive quotation and its participle are one cue.
            if u.is(i, "quoted")
                && let Some(said) = (i + 2..(i + MAX_QUOTED_AS_GAP).min(n)).find(|&j| {
                    u.is(j - 1, "as")
                        && u.word(j)
                            .is_some_and(|w| matches!(w, "saying" | "telling" | "stating"))
                })
                && !(i + 1..said - 1).any(|j| u.is_punct(j, &[',', ';', ':']) || u.is_quote(j))
            {
                cues.push(Cue::new(i, said, CueClass::Speech));
                i = said + 1;
                continue;
            }
            // "made clear that …", "has made it clear that …", "will make
            // the case that …".
            if u.word(i)
                .is_some_and(|w| matches!(w, "made" | "make" | "makes" | "making"))
                && !u.is_cap(i)
                && let Some(clear) = (i + 1..i + 3).find(|&j| {
                    u.is(j, "clear") || (j == i + 2 && u.is(i + 1, "the") && u.is(j, "case"))
                })
                && (clear == i + 1 || u.is(i + 1, "it") || u.is(clear, "case"))
                && u.is(clear + 1, "that")
            {
                cues.push(Cue::new(i, clear, CueClass::Speech));
                i = clear + 1;
                continue;
            }
            // One lookup tells whether a verb-and-noun or regarding frame
            // can start here.
            let framing = u.word(i).is_some_and(|w| framing_verbs().contains(w));
            // "made a strong condemnation of …": the topic of the speech act.
            if framing && let Some(noun) = u.made_speech_noun(i) {
                cues.push(Cue::new(i, noun, CueClass::Topic));
                i = noun + 1;
                continue;
            }
            // "saw the comment as a dig": the object and its judgment;
            // "offered no proof that …": what is offered.
            if framing && (u.regard_as(i).is_some() || u.offered_noun(i).is_some()) {
                cues.push(Cue::new(i, i, CueClass::Speech));
                i += 1;
                continue;
            }
            // "reached an agreement to …": the verb and the noun are one
            // cue of intention.
            if framing && let Some(noun) = u.settled_intent(i) {
                cues.push(Cue::new(i, noun, CueClass::Intent));
                i = noun + 1;
                continue;
            }
            // "officials are confident that …", "were worried about …": a
            // copula and an attitude adjective.
            if let Some(adj) = u.attitude_adjective(i) {
                let class = if u.is(adj + 1, "that") {
                    CueClass::Weak
                } else {
                    CueClass::Topic
                };
                cues.push(Cue::new(i, adj, class));
                i = adj + 1;
                continue;
            }
            // "Ministers accused of ignoring warnings", "Firm criticised
            // over pay": a headline's passive without "be" names no speaker
            // ("was accused of …" is framed as an agentless passive).
            if u.word(i)
                .is_some_and(|w| set!(PASSIVE_HEADLINE_VERBS).contains(w))
                && !(i.saturating_sub(3)..i).any(|j| {
                    u.word(j).is_some_and(|w| set!(PASSIVE_AUX).contains(w))
                        && (j + 1..i).all(|k| u.ly_adverb(k) || u.is(k, "not"))
                })
                && u.word(i + 1)
                    .is_some_and(|w| matches!(w, "of" | "for" | "over"))
                && !(i + 2..n).any(|j| u.is(j, "by"))
            {
                i += 2;
                continue;
            }
            // "who spoke on condition of anonymity", "asked not to be
            // named": a condition of the speaker, nothing said.
            if u.anonymity(i) {
                i += 1;
                continue;
            }
            // "show up", "turned down": a particle makes another verb.
            let particle = u
                .word(i + 1)
                .is_some_and(|w| matches!(w, "up" | "off" | "down"))
                // "responded to the criticism by …": what is answered, not
                // said ("did not respond to requests for comment" is a
                // refusal, kept); "Additional reporting by": a credit line.
                || (u.word(i).is_some_and(|w| {
                    w.starts_with("respond") || w.starts_with("repl")
                }) && u.is(i + 1, "to")
                    && !(i + 2..(i + 5).min(n)).any(|j| {
                        u.word(j).is_some_and(|w| {
                            matches!(
                                w,
                                "request" | "requests" | "queries" | "inquiries" | "messages" | "calls" | "emails"
                            )
                        })
                    }))
                // "a liberal think tank".
                || (u.is(i, "think") && u.word(i + 1).is_some_and(|w| w.starts_with("tank")))
                // "the Nasdaq added 20.72 points", "added $3bn": a rise.
                || (u.word(i).is_some_and(|w| matches!(w, "add" | "adds" | "added" | "adding"))
                    && u.toks.get(i + 1).and_then(|t| u.text.get(t.s..t.e)).is_some_and(|t| {
                        t.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£'))
                    }))
                // "as opposed to": a comparison.
                || (u.is(i, "opposed") && u.is(i + 1, "to"))
                // "It's worth noting that …": the writer's aside.
                || (i > 0 && u.is(i - 1, "worth"))
                // "welcomed several hundred guests": a host, no stance.
                || (u.word(i).is_some_and(|w| w.starts_with("welcom"))
                    && u.word(i + 1).is_some_and(|w| {
                        noun_marker(w)
                            || matches!(w, "guests" | "visitors" | "fans" | "everyone" | "back")
                    }))
                // "backed out", "backed down": a retreat, no stance.
                || (u.word(i).is_some_and(|w| matches!(w, "backed" | "backs"))
                    && u.word(i + 1)
                        .is_some_and(|w| matches!(w, "out" | "down" | "off" | "away" | "up" | "into")))
                || (u.is(i, "reporting")
                    && u.word(i + 1).is_some_and(|w| matches!(w, "by" | "from" | "contributed")))
                // "Julie Davis reported from Midway Atoll": a credit line.
                || (u.word(i).is_some_and(|w| w.starts_with("report")) && u.is(i + 1, "from"));
            // "China and Russia support the government", "cities that
            // support the rules": the bare form, a noun as often, only
            // after a plural subject.
            let bare_noun = u.is(i, "support")
                && !(i > 0
                    && (u.word(i - 1).is_some_and(|w| {
                        matches!(
                            w,
                            "they" | "we" | "i" | "you" | "who" | "also" | "still" | "strongly"
                        )
                    }) || (u.is_cap(i - 1) && i > 1 && u.is(i - 2, "and"))
                        || (!u.is_cap(i - 1)
                            && u.word(i - 1).is_some_and(|w| {
                                w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                            })
                            && i > 1
                            && u.word(i - 2)
                                .is_some_and(|w| matches!(w, "the" | "many" | "most" | "some"))))
                    && u.word(i + 1)
                        .is_some_and(|w| !matches!(w, "for" | "of" | "from" | "among")));
            if let Some(class) = u.word(i).and_then(|w| lex.cue(w))
                && !particle
                && !bare_noun
                && (u.verb_position(i) || (us == 0 && u.is(i, "says")))
            {
                let mut b = i;
                // "called on", "called for", "pointed out", "fügte … hinzu".
                if u.word(i)
                    .is_some_and(|w| w.starts_with("call") || w == "pointed")
                    && u.word(i + 1)
                        .is_some_and(|w| matches!(w, "on" | "for" | "out" | "to"))
                {
                    b = i + 1;
                }

                let calls = u.word(i).is_some_and(|w| w.starts_with("call")) && b == i;
                // "voted against the bill", "ruled against the state",
                // "decided against a recount": the stance's target.
                let class = if matches!(class, CueClass::Intent | CueClass::Weak)
                    && u.is(b + 1, "against")
                {
                    CueClass::Topic
                } else {
                    class
                };
                if !calls {
                    cues.push(Cue::new(i, b, class));
                }
                i = b + 1;
                continue;
            }
            if put_it(&u, i) {
                cues.push(Cue::new(i, i + 1, CueClass::Speech));
                i += 2;
                continue;
            }
            if generic_quote_cue(&u, i) {
                cues.push(Cue::new(i, i, CueClass::Speech));
                i += 1;
                continue;
            }
            // "called on …", "called for …", "called (on) Friday for …":
            // the writer's time may stand between.
            if u.word(i).is_some_and(|w| w.starts_with("call"))
                && let Some(p) = [i + 1 + u.english_time_len(i + 1), i + 1]
                    .into_iter()
                    .find(|&k| u.word(k).is_some_and(|w| matches!(w, "on" | "for")))
            {
                cues.push(Cue::new(i, p, CueClass::Speech));
                i = p + 1;
                continue;
            }
            if u.naming_call(i) {
                cues.push(Cue::new(i, i, CueClass::Speech));
                i += 1;
                continue;
            }
            i += 1;
        }

        let end_tok = {
            let mut e = n;
            while e > 0 && u.is_punct(e - 1, &['.', '!', '?', ';', ':', ')']) {
                e -= 1;
            }
            e
        };
        // A participle shares the speaker of an earlier statement in the
        // unit only when one was framed ("…, when questioned, asserting …").
        let mut all: Vec<Draft> = Vec::new();
        for cue in &cues {
            // A relative clause ("an architect who said …") lends its
            // speaker to no later participle.
            let has_prev = all
                .last()
                .is_some_and(|d| !d.np.is_some_and(|(a, b)| b == a + 1 && u.relative(a)));
            if let Some(d) = demonstrative_frame(&u, cue, before, &out)
                .or_else(|| frame(&u, cue, end_tok, has_prev))
            {
                all.push(d);
            }
        }
        // A cue inside another statement's content is nested: dropped, but
        // when two contents hold each other's cues the post-posed frame wins
        // ("A hopes that B, says C").
        let holds = |p: &Draft, d: &Draft| p.content.0 <= d.cue.0 && d.cue.1 <= p.content.1;
        // "A said B, though she noted C" / "— and he noted that C": a
        // clause with a subject and cue of its own after a conjunction is a
        // second statement, and it ends the first one's content.
        let joined = |d: &Draft| -> Option<usize> {
            let (a, _) = d.np?;
            if d.post || d.inherit || a == 0 {
                return None;
            }
            // "… endorses Trump, who says he is honored".
            if u.relative(a) && u.is_punct(a - 1, &[',']) {
                return u.toks.get(a - 1).map(|t| t.s);
            }
            let conj = u
                .word(a - 1)
                .is_some_and(|w| matches!(w, "though" | "although" | "but" | "while" | "and"));
            let before = a.checked_sub(2)?;
            // "… to serve as president,” while 73 percent said …": the
            // comma inside the closing quotation.
            let quote_comma = u.quote_ends_clause(before);
            (conj
                && (u.is_punct(before, &[',', '—', '–', ';'])
                    || u.is(a - 1, "though")
                    || (quote_comma && !u.is(a - 1, "and"))))
            .then(|| {
                let cut = if u.is_punct(before, &[',', '—', '–', ';']) {
                    before
                } else {
                    a - 1
                };
                u.toks.get(cut).map(|t| t.s)
            })
            .flatten()
        };
        for k in 0..all.len() {
            let Some(cut) = joined(&all[k]) else { continue };
            let d = all[k].clone();
            for (j, p) in all.iter_mut().enumerate() {
                if j != k && !p.post && holds(p, &d) && p.content.0 < cut {
                    p.content.1 = trim_tail(text, p.content.0, cut);
                    p.split_second = None;
                }
            }
        }
        // "The statement referenced the impact …: “…,” the union wrote.":
        // a quotation with its own speaker after a colon ends the content
        // before it at the colon.
        for k in 0..all.len() {
            let d = all[k].clone();
            if !d.post || d.np.is_none() {
                continue;
            }
            let Some(colon) = text.get(..d.content.0).and_then(|t| {
                let t = t.trim_end_matches(['"', '“', '”', '\'', '‘', '«', ' ']);
                t.ends_with(':').then(|| t.len() - 1)
            }) else {
                continue;
            };
            for (j, p) in all.iter_mut().enumerate() {
                if j != k && !p.post && holds(p, &d) && p.content.0 < colon {
                    p.content.1 = trim_tail(text, p.content.0, colon);
                    p.split_second = None;
                }
            }
        }
        // "ha criticato il provvedimento: «…», ha dichiarato.": the
        // subjectless cue after the quotation ends the first frame's content
        // there, and the two frames are one statement.
        for k in 0..all.len() {
            let d = all[k].clone();
            if !(d.inherit && d.post && d.np.is_none()) {
                continue;
            }
            for (j, p) in all.iter_mut().enumerate() {
                if j != k && holds(p, &d) && p.content.0 <= d.content.0 {
                    p.content.1 = d.content.1;
                    p.split_second = None;
                }
            }
        }
        let mut drafts: Vec<Draft> = Vec::new();
        for (k, d) in all.iter().enumerate() {
            let nested = all
                .iter()
                .enumerate()
                .any(|(j, p)| j != k && !d.inherit && holds(p, d) && !(holds(d, p) && d.post));
            // Two frames around one quotation ("X scolded him: “…,” she
            // said"): the first stands.
            let twice = all[..k].iter().any(|p| p.content == d.content);
            if !nested && !twice {
                drafts.push(d.clone());
            }
        }
        // Coordinated clauses cut the previous content.
        for k in 1..drafts.len() {
            if drafts[k].inherit {
                let cut = drafts[k].clause_at;
                let prev = &mut drafts[k - 1];
                if prev.content.0 < cut && cut < prev.content.1 {
                    prev.content.1 = trim_tail(text, prev.content.0, cut);
                }
            }
        }
        // A coordinated clause opening the unit has nobody to share a
        // speaker with; a subjectless post-posed cue ("«…», afirmó.") takes
        // the previous statement's.
        if drafts.first().is_some_and(|d| d.inherit && !d.post) {
            drafts.remove(0);
        }

        let para = para_of(us);
        let mut made_any = false;
        for mut d in drafts {
            // "(the company … called it “immaterial”) and Gannett …": a
            // statement inside brackets ends at the closing bracket.
            if !d.post
                && let Some(close) = u.closing_bracket(d.cue.0)
                && d.content.0 < close
                && close < d.content.1
            {
                d.content.1 = trim_tail(text, d.content.0, close);
                d.split_second = None;
            }
            // "It was declared by Nixon", "They were backed by Kerry": a
            // lone pronoun is no content.
            if text.get(d.content.0..d.content.1).is_some_and(|c| {
                matches!(
                    c.lower().as_ref(),
                    "it" | "they" | "them" | "this" | "that" | "he" | "she" | "him" | "her"
                )
            }) {
                continue;
            }
            // "… planned in the area and announced by the president": a
            // coordinated passive participle reports nothing of its own.
            if d.np.is_none()
                && text
                    .get(d.content.0..)
                    .is_some_and(|c| c.starts_with("by "))
            {
                continue;
            }
            if let Some(cut) = u.closing_apposition(d.content) {
                d.content.1 = trim_tail(text, d.content.0, cut);
            }
            let (kind, content) = classify(&u, &qs, d.content);
            let content = (skip_dateline(text, content), content.1);
            if content.0 >= content.1 {
                continue;
            }
            // "you'll want to make some extra": the reader, addressed in
            // general, claims nothing.
            let generic_you = d.np.is_some_and(|(a, b)| {
                b == a + 1
                    && u.word(a)
                        .is_some_and(|w| w.split(['\'', '’']).next() == Some("you"))
            });
            if generic_you {
                continue;
            }
            // The statement a subjectless one shares its speaker with: the
            // last, unless that one is a subordinate clause's of this unit
            // and a comma closes it ("described Clinton as a “disgrace”
            // after she attacked …, and blamed …"; but "although police deny
            // … and say …").
            let n = out.len();
            let in_unit = |f: &Found| f.cue.is_some_and(|c| c.0 >= us);
            let prev = match (n.checked_sub(2).and_then(|i| out.get(i)), out.last()) {
                (Some(p), Some(l))
                    if in_unit(p)
                        && in_unit(l)
                        && text
                            .get(..d.clause_at)
                            .is_some_and(|t| t.trim_end().ends_with(','))
                        && l.cue.is_some_and(|c| subordinate.contains(&c.0)) =>
                {
                    n - 2
                }
                _ => n.wrapping_sub(1),
            };
            let (speaker_span, speaker) = match d.np {
                Some((a, b)) => {
                    // "Its spokesman, John Smith, said": the name in
                    // apposition to a description is the speaker.
                    // "Mr. Kamin, who emphasized …": the phrase before "who".
                    let (a2, b2) = if b == a + 1 && u.relative(a) {
                        let end = if a > 0 && u.is_punct(a - 1, &[',']) {
                            a - 1
                        } else {
                            a
                        };
                        // "He met McConnell, who said …": the name ending
                        // the phrase, not the words before it.
                        let (pa, pb) = u.np_before(end).unwrap_or((end, end));
                        let mut c = end;
                        while c > 0 && (u.is_cap(c - 1) || u.is_punct(c - 1, &['.'])) {
                            c -= 1;
                        }
                        let verb_before = c > pa
                            && c < pb
                            && u.word(c - 1).is_some_and(|w| {
                                !set!(NP_GLUE).contains(w)
                                    && !set!(DETERMINERS).contains(w)
                                    && !lexicon::get().is_modifier(w)
                            });
                        // "the rise of Donald Trump, who …": a thing of a
                        // person is not who speaks ("the co-chairs of the
                        // group, who …" are).
                        let thing_of_name = c > pa + 1
                            && c < end
                            && u.is(c - 1, "of")
                            && u.word(c - 2).is_some_and(|h| {
                                !u.is_cap(c - 2)
                                    && !lexicon::get().is_title(h)
                                    && !lexicon::get().is_title(h.trim_end_matches('s'))
                                    && !h.ends_with("er")
                                    && !h.ends_with("or")
                                    && !h.ends_with("ist")
                                    && !matches!(
                                        h,
                                        "friend"
                                            | "friends"
                                            | "family"
                                            | "members"
                                            | "member"
                                            | "supporters"
                                            | "aides"
                                            | "staff"
                                            | "wife"
                                            | "husband"
                                            | "son"
                                            | "daughter"
                                            | "mother"
                                            | "father"
                                            | "sister"
                                            | "brother"
                                            | "allies"
                                            | "ally"
                                            | "one"
                                            | "some"
                                            | "many"
                                            | "most"
                                    )
                            });
                        // "Future45, a super PAC that …": the name the
                        // description stands in apposition to.
                        let apposed_to = (pa < pb
                            && pa > 1
                            && u.word(pa).is_some_and(|w| matches!(w, "a" | "an"))
                            && u.is_punct(pa - 1, &[','])
                            && u.is_cap(pa - 2))
                        .then(|| {
                            let mut n = pa - 2;
                            while n > 0 && u.is_cap(n - 1) {
                                n -= 1;
                            }
                            (n, pa - 1)
                        });
                        // "nervous Democrats on Capitol Hill, who …": a
                        // place after a preposition locates the phrase's head.
                        let located = || {
                            let place = c > 1
                                && c < end
                                && u.word(c - 1).is_some_and(|w| {
                                    matches!(w, "on" | "in" | "at" | "from" | "across")
                                })
                                && u.toks.get(c).is_some_and(|t| {
                                    ents.entity_at(t.s)
                                        .is_some_and(|e| e.kind == EntityType::Place)
                                });
                            place
                                .then(|| u.np_before(c - 1))
                                .flatten()
                                .filter(|h| h.1 == c - 1)
                        };
                        // "Angela Merkel and Emmanuel Macron, who …",
                        // "both Democrats and Republicans, who …": every
                        // coordinated name speaks.
                        let coordinated = || {
                            let mut n = c.checked_sub(1).filter(|&k| u.is(k, "and"))?;
                            while n > 0 && (u.is_cap(n - 1) || u.is_punct(n - 1, &['.'])) {
                                n -= 1;
                            }
                            (n + 1 < c && u.is_cap(n)).then_some(n)
                        };
                        let names = |(x, y): (usize, usize)| match coordinated() {
                            Some(n) if x == c && y == end => (n, end),
                            _ => (x, y),
                        };
                        if let Some(name) = apposed_to.or_else(located) {
                            name
                        } else if verb_before
                            || thing_of_name
                            || (pa == pb && c < end && u.word(c).is_some())
                        {
                            names((c, end))
                        } else if pa < pb {
                            names((pa, pb))
                        } else {
                            (a, b)
                        }
                    } else {
                        (a, b)
                    };
                    let apposed = u.apposed_name(a2, b2);
                    // "A 2014 study by Loyola Law School professor Justin
                    // Levitt found", "Data from the Census Bureau show": the
                    // record's named source after its head speaks for it.
                    let source_end = apposed.is_none().then(|| u.record_source_end(b2)).flatten();
                    let words = match (apposed, source_end) {
                        (Some((na, nb)), _) => u.words(na, nb),
                        (None, Some(e)) => u.words(a2, e),
                        (None, None) => u.words(a2, b2),
                    };
                    // "Video of the incident shows …", "Neighborhood
                    // surveillance video shows …": a recording whose only
                    // capital is the sentence's first letter names nobody.
                    // Likewise "Local campaigners say …" when the article
                    // never writes "Local" with a capital mid-sentence.
                    let sentence_case = a2 == 0
                        && apposed.is_none()
                        && u.word(a2).is_some_and(|w| {
                            !set!(DETERMINERS).contains(w)
                                && !w.contains(['\'', '’'])
                                // "His ex-wife said": a possessive points back.
                                && !matches!(w, "his" | "her" | "their" | "its")
                        })
                        && (a2 + 1..b2).all(|j| !u.is_cap(j))
                        && u.toks.get(a2).is_none_or(|t| ents.entity_at(t.s).is_none());
                    let unnamed_record = sentence_case
                        && source_end.is_none()
                        && ((a2..b2)
                            .any(|j| u.word(j).is_some_and(|w| set!(EVIDENCE_NOUNS).contains(w)))
                            || (b2 > a2 + 1
                                && u.toks
                                    .get(a2)
                                    .and_then(|t| text.get(t.s..t.e))
                                    .is_some_and(|w| !capitalised_mid_sentence(text, w))));
                    let speaker = if unnamed_record {
                        None
                    } else {
                        res.resolve(&words)
                    };
                    // The description's role goes with the name ("the
                    // labour minister, Mary Smith" … "the minister").
                    if apposed.is_some()
                        && let Some(name) = speaker.as_deref()
                    {
                        let lex = lexicon::get();
                        let titles: Vec<String> = (a2..b2)
                            .filter_map(|i| u.word(i))
                            .filter(|w| lex.is_title(w))
                            .map(str::to_string)
                            .collect();
                        res.add_titles(name, &titles);
                    }
                    (u.span(a, b), speaker)
                }
                None if d.inherit => (
                    None,
                    out.get(prev)
                        .and_then(|f| f.speaker.clone())
                        .or_else(|| d.post.then(|| res.last_person()).flatten()),
                ),
                None => (None, None),
            };
            let antecedent = if d.np.is_none() {
                out.get(prev).and_then(|f| f.speaker_span.or(f.antecedent))
            } else {
                None
            };
            // "nach Angaben des Ministeriums": the body in the nominative.
            let speaker = match speaker {
                Some(sp)
                    if d.np.is_some_and(|(a, _)| u.is(a, "des"))
                        && text.get(d.cue.0..d.cue.1).is_some_and(|c| {
                            let c = c.lower();
                            c.starts_with("nach ") || c.starts_with("laut ")
                        }) =>
                {
                    Some(german_nominative(&sp))
                }
                other => other,
            };
            // "по словам Сергея Кравцова": the name is in the genitive.
            let speaker = match speaker {
                Some(sp)
                    if text
                        .get(d.cue.0..d.cue.1)
                        .is_some_and(|c| c.starts_with("по ") || c.starts_with("По ")) =>
                {
                    let nominative = names::russian_nominative(&sp);
                    // A surname alone is the person the article names in
                    // full ("Егоровой" → "Надежда Павловна Егорова").
                    let full = (!nominative.contains(' '))
                        .then(|| {
                            ents.list.iter().find(|e| {
                                e.kind == EntityType::Person
                                    && e.name.rsplit(' ').next() == Some(nominative.as_str())
                                    && e.name.contains(' ')
                            })
                        })
                        .flatten()
                        .map(|e| e.name.clone());
                    Some(full.unwrap_or(nominative))
                }
                other => other,
            };
            if let Some(sp) = &speaker {
                res.spoke(sp);
            }
            // A subordinate clause's subject is not the one a coordinated
            // verb shares.
            if d.np.is_some_and(|(a, _)| {
                a > 0
                    && u.word(a - 1)
                        .is_some_and(|w| set!(ADJUNCT_CONJUNCTIONS).contains(w))
            }) {
                subordinate.insert(d.cue.0);
            }
            let first = out.len();
            out.push(Found {
                kind,
                content,
                speaker_span,
                speaker: speaker.clone(),
                cue: Some(d.cue),
                split_of: None,
                antecedent,
            });
            if let Some(second) = d.split_second {
                let (k2, c2) = classify(&u, &qs, second);
                if c2.0 < c2.1 {
                    out.push(Found {
                        kind: k2,
                        content: c2,
                        speaker_span,
                        speaker,
                        cue: Some(d.cue),
                        split_of: Some(first),
                        antecedent: None,
                    });
                }
            }
            made_any = true;
        }

        // "X added:" at the end of a paragraph introduces the next one.
        if !made_any
            && text
                .get(ue..)
                .is_some_and(|r| r.starts_with('\n') || r.is_empty())
            && let Some(c) = cues.last()
            && !c.according
            && c.class == CueClass::Speech
            && c.b + 2 == n
            && u.is_punct(c.b + 1, &[':'])
        {
            let mut v = c.a;
            while v > 0 && (u.is_aux(v - 1) || u.ly_adverb(v - 1)) {
                v -= 1;
            }
            if let Some((a, b)) = u.np_before(v).filter(|np| u.opens_clause(np.0))
                && let (Some(span), Some(cue)) = (u.span(a, b), u.span(c.a, c.b + 1))
            {
                block_intro = Some((span, res.resolve(&u.words(a, b)), cue));
            }
        }

        // Bare quotations: continuation of the previous speaker.
        if !made_any {
            // Nothing but a quotation, or one with a short tail of words
            // ("“… a tax increase” for the rich.").
            let tail_words = u.toks.iter().filter(|t| t.kind == Tk::Word).count();
            let quote_len: usize = u
                .toks
                .iter()
                .filter(|t| matches!(t.kind, Tk::Quote(_)))
                .map(|t| t.e - t.s)
                .sum();
            let only_quote = tail_words == 0
                || (u
                    .toks
                    .first()
                    .is_some_and(|t| matches!(t.kind, Tk::Quote(_)))
                    && tail_words <= MAX_CONTINUATION_TAIL
                    && quote_len * 5 >= (ue - us) * 4);
            let q = u.toks.iter().find_map(|t| match t.kind {
                Tk::Quote(k) => qs.get(k),
                _ => None,
            });
            let title =
                q.is_some_and(|q| title_case(text.get(q.inner_start..q.inner_end).unwrap_or("")));
            // Vox pops: a name line above the quotation, or "— Name" after it.
            if let (true, false, Some(q)) = (only_quote, title, q)
                && let Some(name) = vox_pop_name(text, &para_starts, q)
            {
                let speaker = res.resolve(&words_of(text, name));
                if let Some(sp) = &speaker {
                    res.spoke(sp);
                }
                out.push(Found {
                    kind: StatementKind::Direct,
                    content: trim_quote(text, q),
                    speaker_span: Some(name),
                    speaker,
                    cue: None,
                    split_of: None,
                    antecedent: None,
                });
                made_any = true;
            } else if let (true, false, Some(q), Some(lf)) = (only_quote, title, q, last_found) {
                // “A,” said X, speaking of Y. “B.”: B continues the
                // quotation A of this paragraph, not the reported Y.
                let pstart = para_starts.get(para.wrapping_sub(1)).copied().unwrap_or(0);
                let lf = out
                    .iter()
                    .rposition(|f| f.content.0 >= pstart)
                    .filter(|&k| out[k].kind == StatementKind::Indirect)
                    .and_then(|_| {
                        out.iter()
                            .rposition(|f| f.content.0 >= pstart && f.kind == StatementKind::Direct)
                    })
                    .unwrap_or(lf);
                let near = last_para.is_some_and(|p| para <= p + CONTINUATION_PARAGRAPHS);
                if let Some(prev) = out.get(lf).filter(|_| near || q.continues) {
                    // A later part of the same quotation in the same paragraph.
                    let same_para = last_para == Some(para) && prev.kind == StatementKind::Direct;
                    let f = Found {
                        kind: StatementKind::Direct,
                        content: trim_quote(text, q),
                        speaker_span: None,
                        speaker: prev.speaker.clone(),
                        cue: None,
                        split_of: (same_para || q.continues).then_some(prev.split_of.unwrap_or(lf)),
                        antecedent: prev.speaker_span.or(prev.antecedent),
                    };
                    if let Some(sp) = &f.speaker {
                        res.spoke(sp);
                    }
                    out.push(f);
                    made_any = true;
                }
            }
        }
        if made_any {
            last_para = Some(para_of(ue.saturating_sub(1)));
            last_found = out.len().checked_sub(1);
        }
        note_doc_source(&u, &mut res);
    }
    out
}

/// A German masculine or neuter noun after "des" in the nominative: the
/// genitive "-s"/"-es" off its last word ("Ministeriums" → "Ministerium",
/// "Verbandes" → "Verband", "Bundeskanzlers" → "Bundeskanzler").
/// Whether `word` stands with its capital somewhere in `text` after a
/// lower-case word or a comma, i.e. not only at the start of sentences.
fn capitalised_mid_sentence(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let after_ok = text
            .get(i + word.len()..)
            .and_then(|r| r.chars().next())
            .is_none_or(|c| !crate::segment::is_alnum(c));
        let before = text.get(..i).unwrap_or("");
        let prev = before.trim_end_matches(' ');
        after_ok
            && prev.len() < before.len()
            && prev
                .chars()
                .next_back()
                .is_some_and(|c| c.is_lowercase() || c == ',')
    })
}

fn german_nominative(name: &str) -> String {
    let (head, last) = name.rsplit_once(' ').unwrap_or(("", name));
    let stem = if let Some(st) = last.strip_suffix("es").filter(|st| {
        st.chars().count() > 2
            && st
                .chars()
                .rev()
                .take(2)
                .all(|c| !"aeiouäöü".contains(c.to_ascii_lowercase()))
    }) {
        st
    } else if let Some(st) = last.strip_suffix('s').filter(|st| st.chars().count() > 2) {
        st
    } else {
        last
    };
    if head.is_empty() {
        stem.to_string()
    } else {
        format!("{head} {stem}")
    }
}

/// Longest name line or dashed signature of a vox pop, in bytes.
pub const MAX_VOX_POP_LINE: usize = 150;

/// The name at the start of a vox-pop signature ("Maria Lopez, 34,
/// Phoenix"): one to four capitalised words before the first comma (or the
/// end), in a short line without a full stop, quote or cue word.
fn signature_name(line: &str, at: usize) -> Option<(usize, usize)> {
    let trimmed = line.trim_end();
    // A final full stop only after an abbreviation ("Phoenix, Ariz.").
    let abbreviated = trimmed.strip_suffix('.').is_some_and(|t| {
        t.rsplit([' ', ','])
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase) && (w.len() <= 5 || w.contains('.')))
    });
    if trimmed.is_empty()
        || trimmed.len() > MAX_VOX_POP_LINE
        || (trimmed.ends_with('.') && !abbreviated)
        || trimmed.ends_with(['?', '!', ':'])
        || trimmed.contains(['"', '“', '”', '‘', '«', '»'])
    {
        return None;
    }
    let name = trimmed.split([',', '(']).next()?.trim_end();
    let words: Vec<&str> = name.split_whitespace().collect();
    let lex = lexicon::get();
    let ok = (1..=4).contains(&words.len())
        && words.first().is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            let l = w.lower();
            (w.starts_with(char::is_uppercase) || set!(NAME_PARTICLES).contains(l.as_ref()))
                && !set!(DETERMINERS_BEFORE_NOUN).contains(l.as_ref())
                && !lexicon::is_np_stop(&l.as_ref())
                && lex.cue(&l).is_none()
                && !set!(NOT_SPEAKERS).contains(w.to_uppercase().as_str())
        })
        // One word only as "Maria, 34": a signature with an apposition.
        && (words.len() > 1 || trimmed.len() > name.len());
    ok.then_some((at, at + name.len()))
}

/// The speaker of a vox-pop quotation `q` that fills its paragraph: the name
/// line just above it ("Maria Lopez, 34, Phoenix"), or a dashed signature
/// after it, in the same paragraph or the next ("— Rosa Kim, 22, Mesa").
fn vox_pop_name(text: &str, para_starts: &[usize], q: &Quote) -> Option<(usize, usize)> {
    let pi = para_starts.partition_point(|&p| p <= q.open);
    let pstart = para_starts.get(pi.wrapping_sub(1)).copied().unwrap_or(0);
    let pend = para_starts
        .get(pi)
        .map_or(text.len(), |&e| e.saturating_sub(1));
    // The quotation must open its paragraph.
    if !text.get(pstart..q.open)?.trim().is_empty() {
        return None;
    }
    let dashed = |s: &str, base: usize| -> Option<(usize, usize)> {
        let t = s.trim_start();
        let lead = s.len() - t.len();
        let rest = ["—", "–", "--", "-", "―"]
            .iter()
            .find_map(|d| t.strip_prefix(d))?;
        let name = rest.trim_start();
        let at = base + lead + (t.len() - name.len());
        let line_end = name.find('\n').unwrap_or(name.len());
        // A dashed signature may end with a full stop ("— Ann Holt.").
        let line = name.get(..line_end)?.trim_end();
        signature_name(line.strip_suffix('.').unwrap_or(line), at)
    };
    // "“…” — Rosa Kim, 22, Mesa" in the same paragraph.
    let after = text.get(q.close_end.min(pend)..pend)?;
    if !after.trim().is_empty() {
        return dashed(after, q.close_end);
    }
    // "— Luis Alvarez, 45, Yuma" as the next paragraph.
    if let Some(&next) = para_starts.get(pi) {
        let nend = para_starts
            .get(pi + 1)
            .map_or(text.len(), |&e| e.saturating_sub(1));
        if let Some(found) = text.get(next..nend).and_then(|s| dashed(s, next)) {
            return Some(found);
        }
    }
    // "Maria Lopez, 34, Phoenix" as the paragraph above.
    let prev_start = *para_starts.get(pi.checked_sub(2)?)?;
    let prev = text.get(prev_start..pstart.saturating_sub(1))?;
    let lead = prev.len() - prev.trim_start().len();
    signature_name(prev.trim_start(), prev_start + lead)
}

/// Fewest words of a Title Case line whose capitalised cue words count.
pub const MIN_TITLE_LINE_WORDS: usize = 4;

/// Whether `text[us..ue]` is a whole line in Title Case ("Sanders Vows To
/// Close Tax Breaks"): at least
/// [`MIN_TITLE_LINE_WORDS`] words, and every word longer than three letters
/// capitalised.
fn title_case_line(text: &str, us: usize, ue: usize) -> bool {
    let Some(line) = text.get(us..ue) else {
        return false;
    };
    let starts_line = text
        .get(..us)
        .is_none_or(|b| b.is_empty() || b.ends_with('\n'));
    let ends_line = text
        .get(ue..)
        .is_none_or(|a| a.is_empty() || a.starts_with('\n'));
    if !starts_line || !ends_line {
        return false;
    }
    let mut words = line.split_whitespace();
    words.clone().count() >= MIN_TITLE_LINE_WORDS
        && words.all(|w| {
            w.chars().filter(|c| crate::segment::is_alpha(*c)).count() <= 3
                || w.starts_with(|c: char| c.is_uppercase() || !crate::segment::is_alpha(c))
        })
}

/// Most words after a cue-less quotation that still continues a quote.
pub const MAX_CONTINUATION_TAIL: usize = 6;

/// Fewest words for a quotation to be judged a Title Case headline.
pub const MIN_TITLE_WORDS: usize = 3;

/// A quotation in Title Case ("All Bets Are Off"): a headline or a title,
/// not speech continuing an earlier quote.
fn title_case(s: &str) -> bool {
    // Two sentences are speech ("The Donald. Big Daddy."), not a title.
    let t = s.trim_end_matches(|c: char| !crate::segment::is_alnum(c));
    if t.contains(". ")
        || t.contains("! ")
        || t.contains("? ")
        || s.trim_end().ends_with(['!', '?'])
    {
        return false;
    }
    // Short function words stay lower case in titles ("Legend in the
    // Coal Fields").
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.starts_with(crate::segment::is_alpha))
        .filter(|w| {
            !matches!(
                *w,
                "a" | "an"
                    | "the"
                    | "in"
                    | "of"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "and"
                    | "or"
                    | "by"
                    | "with"
            )
        })
        .collect();
    let caps = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= MIN_TITLE_WORDS && caps * 4 >= words.len() * 3
}

/// A verb not in the lexicon right after `“…,” SPEAKER` ("…,” she
/// recalled): a lower-case word in -ed/-s closing the unit or a clause.
/// "as X put it": "put it" after an "as" earlier in the clause.
fn put_it(u: &Unit<'_>, i: usize) -> bool {
    u.is(i, "put")
        && u.is(i + 1, "it")
        && (i.saturating_sub(MAX_APPOSITION_TOKENS + 4)..i)
            .rev()
            .take_while(|&j| !u.is_quote(j) && !u.is_punct(j, &[';', '.']))
            .any(|j| u.is(j, "as"))
}

fn generic_quote_cue(u: &Unit<'_>, i: usize) -> bool {
    let Some(w) = u.word(i) else {
        return false;
    };
    // "a series of online postings": a plural "-ing" noun, not a verb
    // ("brings", "sings" are verbs).
    let ing_noun = w.ends_with("ings")
        && !matches!(
            w,
            "brings" | "sings" | "springs" | "clings" | "stings" | "swings" | "rings" | "flings"
        );
    if u.is_cap(i)
        || w.len() < 4
        || ing_noun
        || !(w.ends_with("ed") || w.ends_with('s'))
        || !w.chars().all(crate::segment::is_alpha)
        || lexicon::is_np_stop(&w)
    {
        return false;
    }
    let ends = i + 1 >= u.toks.len()
        || u.is_punct(i + 1, &['.', ',', '!', '?', ';'])
        || u.word(i + 1).is_some_and(|x| lexicon::is_np_stop(&x));
    if !ends {
        return false;
    }
    let Some((a, _)) = u.np_before(i) else {
        return false;
    };
    if a > 1 && !u.is_quote(a - 1) {
        return u.is_punct(a - 1, &[',']) && u.is_quote(a - 2);
    }
    if a == 0 || !u.is_quote(a - 1) {
        return false;
    }
    let q = a - 1;
    // The quotation must end like speech (“…,” / “…?”), not a scare quote.
    u.toks.get(q).is_some_and(|t| {
        u.text
            .get(t.s..t.e)
            .unwrap_or("")
            .trim_end_matches(['"', '”', '’', '\'', '»', '“'])
            .ends_with([',', '.', '?', '!', '—'])
    })
}

/// The whitespace-separated words of a byte range.
fn words_of(text: &str, (a, b): (usize, usize)) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let slice = text.get(a..b).unwrap_or("");
    for (i, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                out.push(Word {
                    s: a + st,
                    e: a + i,
                    w: slice.get(st..i).unwrap_or(""),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// Upper-case labels that are not transcript speakers ("READ MORE:").
const NOT_SPEAKERS: &[&str] = &[
    "READ",
    "MORE",
    "UPDATE",
    "WATCH",
    "RELATED",
    "EDITOR",
    "EDITOR'S",
    "EDITOR’S",
    "NOTE",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "SEE",
    "ALSO",
    "LIVE",
    "BREAKING",
    "CORRECTION",
    "CORRECTIONS",
    "CLARIFICATION",
    "ADVERTISEMENT",
    "LATEST",
    "EXCLUSIVE",
    "OPINION",
    "ANALYSIS",
    "EDITORIAL",
    "COMMENTARY",
    "REVIEW",
    "Q",
    "A",
    "WARNING",
    "ATTENTION",
    "DISCLAIMER",
    "DISCLOSURE",
    "SOURCE",
    "SOURCES",
    "CREDIT",
    "TAGS",
    "TOPICS",
    "SPONSORED",
    "SUBSCRIBE",
    "ATENÇÃO",
    "ATENCIÓN",
    "AVISO",
    "NOTA",
    "LEIA",
    "VEJA",
    "ATTENZIONE",
    "ACHTUNG",
    "HINWEIS",
    "LESEN",
    "SIEHE",
    "LIRE",
    "AUSSI",
    "ВНИМАНИЕ",
    "ЧИТАЙТЕ",
];

/// Transcript turns: a paragraph opening with an upper-case name and a colon
/// ("PENCE: Well, look, …") is a direct statement of that name.
fn transcript_turn(text: &str, para: (usize, usize)) -> Option<((usize, usize), (usize, usize))> {
    let full = text.get(para.0..para.1)?;
    let p = full.trim_start_matches(['"', '“', '\'', '‘']);
    let para = (para.0 + full.len() - p.len(), para.1);
    let colon = p.find(':')?;
    let name = p.get(..colon)?;
    let letters = name
        .chars()
        .filter(|c| crate::segment::is_alpha(*c))
        .count();
    // "A:" answers an interview's questions ("Q:" asks them: no claim).
    let answer = name == "A" && (text.starts_with("Q:") || text.contains("\nQ:"));
    let caps = name
        .chars()
        .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'));
    // "Bennett: No. We will not …": an interview turn under a name the
    // article gives in full elsewhere ("Laura Bennett").
    let named = !caps
        && name.split_whitespace().count() <= 2
        && name
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(crate::segment::is_alpha))
        && (text.match_indices(name).any(|(i, _)| {
            text.get(..i).is_some_and(|b| {
                b.ends_with(' ')
                    && b.trim_end()
                        .rsplit(|c: char| c.is_whitespace())
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase) && w.len() > 1)
            })
        })
            // "Martin Haas: No. …" after "club owner Martin Haas": a full
            // name the article gives elsewhere, answering, not asking.
            || (name.split_whitespace().count() == 2
                && name
                    .split_whitespace()
                    .next()
                    .is_some_and(|g| lexicon::get().gender(g).is_some())
                && text.matches(name).count() >= 2
                && !p.trim_end().ends_with('?')));
    let ok = answer
        || ((2..=30).contains(&name.len())
            && letters >= 2
            && (caps || named)
            && name.split_whitespace().count() <= 3
            && !name
                .split_whitespace()
                .any(|w| set!(NOT_SPEAKERS).contains(w.to_uppercase().as_str())));
    if !ok {
        return None;
    }
    let body = p.get(colon + 1..)?;
    let lead = body.len() - body.trim_start().len();
    let cs = para.0 + colon + 1 + lead;
    let ce = para.0 + colon + 1 + body.trim_end().len();
    (ce > cs).then_some(((para.0, para.0 + colon), (cs, ce)))
}

/// Longest name before the colon of a headline claim, in words.
pub const MAX_HEADLINE_NAME_WORDS: usize = 4;

/// A headline "Name: claim" ("Pence: Trump Was Mocking Clinton Camp",
/// "Poll: Clinton Leads"): a short capitalised name without determiner or
/// preposition before the colon. Returns the name and the claim (inside its
/// quote marks when wholly quoted).
fn headline_claim(
    text: &str,
    end: usize,
    ents: &Entities,
) -> Option<((usize, usize), (usize, usize))> {
    let line = text.get(..end)?;
    let colon = line.find(':')?;
    if let Some(found) = headline_quote(line, colon, ents) {
        return Some(found);
    }
    let name = line.get(..colon)?;
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Putin: …", "Amnesty: …"; a topic label ("Municipales : …", "Brexit:")
    // or a place names no speaker.
    let kind = ents
        .entity_at(name.len() - name.trim_start().len())
        .or_else(|| ents.lookup(name.trim()).and_then(|i| ents.list.get(i)))
        .map(|e| e.kind);
    // Unknown to the entities (a title-case headline hides names): a
    // name of two or more words ("Pat Caddell: …") or one that is no
    // label ("Politifact: …", not "Summary:", "Municipales :").
    let evidence = evidence_label(name);
    let speaker_kind = match kind {
        _ if evidence => true,
        Some(EntityType::Person | EntityType::Organization) => true,
        Some(EntityType::Place) => false,
        _ => {
            words.len() >= 2
                || words.first().is_some_and(|w| {
                    let l = w.lower();
                    // Named again in the body ("Politifact: …" then
                    // "PolitiFact found"), never as a common word.
                    let again = text
                        .get(end..)
                        .is_some_and(|body| body.lower().contains(l.as_ref()));
                    !set!(HEADLINE_LABELS).contains(l.as_ref())
                        && !l.ends_with('s')
                        && again
                        && !text.contains(&format!(" {l} "))
                })
        }
    };
    let ok = speaker_kind
        && !words.is_empty()
        && words.len() <= MAX_HEADLINE_NAME_WORDS
        && name.trim_start().len() == name.len()
        && words.iter().all(|w| {
            let l = w.lower();
            w.starts_with(char::is_uppercase)
                && !lexicon::is_np_stop(&l.as_ref())
                && !set!(DETERMINERS_BEFORE_NOUN).contains(l.as_ref())
                && !w.contains(',')
        })
        && !words
            .iter()
            .any(|w| set!(NOT_SPEAKERS).contains(w.to_uppercase().as_str()))
        && !words
            .iter()
            .any(|w| lexicon::get().cue(&w.lower()).is_some());
    if !ok {
        return None;
    }
    let body = line.get(colon + 1..)?;
    let trimmed = body.trim().trim_end_matches('.').trim_matches(|c: char| {
        matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'') || c.is_whitespace()
    });
    let off = body.find(trimmed)?;
    let cs = colon + 1 + off;
    let ce = cs + trimmed.len();
    (ce > cs).then_some(((0, colon), (cs, ce)))
}

/// "Poll: Clinton Leads", "Study: …", "Report: …": a headline claim that is
/// a poll's or a study's, unnamed.
fn evidence_label(name: &str) -> bool {
    matches!(
        name.trim().lower().as_ref(),
        "poll" | "survey" | "study" | "report" | "census" | "audit"
    )
}

/// A headline "Name Verbs Object: “Quote”" ("Warren Grills Bank Chief:
/// ‘You Should Resign’"): a wholly quoted claim after the colon, spoken by
/// the person or organisation named at the start of the headline.
fn headline_quote(
    line: &str,
    colon: usize,
    ents: &Entities,
) -> Option<((usize, usize), (usize, usize))> {
    let body = line.get(colon + 1..)?.trim_end();
    let lead = body.len() - body.trim_start().len();
    let quoted = body.trim_start();
    let open = quoted.chars().next()?;
    let close = quoted
        .trim_end_matches(['.', '!', '?'])
        .chars()
        .next_back()?;
    if !matches!(open, '"' | '“' | '‘' | '\'') || !matches!(close, '"' | '”' | '’' | '\'') {
        return None;
    }
    // The speaker: a person or organisation of the article whose name (or
    // surname, or alias) opens the headline ("Warren Grills …: ‘…’") or
    // closes it after "from"/"by" ("A Lesson From Loretta Lynch: ‘…’").
    let head = line.get(..colon)?;
    let names = || {
        ents.list
            .iter()
            .filter(|e| matches!(e.kind, EntityType::Person | EntityType::Organization))
            .flat_map(|e| {
                let surname = e
                    .name
                    .rsplit(' ')
                    .next()
                    .filter(|_| e.kind == EntityType::Person);
                std::iter::once(e.name.as_str())
                    .chain(surname)
                    .chain(e.aliases.iter().map(String::as_str))
            })
    };
    let opening = names()
        .filter(|n| {
            head.strip_prefix(n)
                .is_some_and(|rest| rest.starts_with(' ') && rest.len() > 1)
        })
        .map(str::len)
        .max()
        .map(|l| (0, l));
    let closing = || {
        names()
            .filter(|n| {
                head.strip_suffix(n).is_some_and(|rest| {
                    let r = rest.lower();
                    r.ends_with(" from ") || r.ends_with(" by ")
                })
            })
            .map(str::len)
            .max()
            .map(|l| (colon - l, colon))
    };
    let speaker = opening.or_else(closing)?;
    let inner = quoted.get(open.len_utf8()..)?;
    let inner = inner.trim_end_matches(['.', '!', '?', '"', '”', '’', '\'']);
    let cs = colon + 1 + lead + open.len_utf8();
    let ce = cs + inner.len();
    (ce > cs).then_some((speaker, (cs, ce)))
}

/// "a report in the Argus Leader", "a study by Harvard researchers", "a
/// new Fast Company report says": the named source of a document, which a
/// later "the report" points back to. Noted after the unit's own statements.
fn note_doc_source(u: &Unit<'_>, res: &mut Resolver<'_>) {
    let n = u.toks.len();
    for i in 0..n {
        if !u.word(i).is_some_and(|w| lexicon::is_doc_noun(&w)) || u.is_cap(i) {
            continue;
        }
        let named_after = u
            .word(i + 1)
            .is_some_and(|w| matches!(w, "in" | "by" | "from"))
            .then(|| {
                let a = if u.is(i + 2, "the") { i + 3 } else { i + 2 };
                let mut b = a;
                while b < n && u.is_cap(b) {
                    b += 1;
                }
                (b > a).then_some((a, b))
            })
            .flatten();
        // The document noun heads its phrase ("a Reuters report says"), not
        // "the Minneapolis ad agency".
        let head = u.word(i + 1).is_none_or(|w| {
            set!(DOC_HEAD_FOLLOWERS).contains(w) || lexicon::get().cue(w).is_some()
        });
        let named_before = {
            let mut a = i;
            while a > 0 && u.is_cap(a - 1) {
                a -= 1;
            }
            (head && a < i && a > 0 && !u.is_cap(a - 1)).then_some((a, i))
        };
        if let Some((a, b)) = named_after.or(named_before) {
            let words = u.words(a, b);
            if let Some(name) = res.resolve(&words) {
                res.issuer = Some(name);
            }
        }
    }
}

/// Words after a document noun that show it heads its phrase.
const DOC_HEAD_FOLLOWERS: &[&str] = &[
    "that",
    "on",
    "about",
    "in",
    "by",
    "from",
    "of",
    "published",
    "released",
];

/// How far an opening "In a statement …," phrase may run, in tokens.
const MAX_OPENER_TOKENS: usize = 16;

/// Records "X issued a (joint) statement" / "X said in a statement".
fn note_issuer(u: &Unit<'_>, res: &mut Resolver<'_>) {
    let n = u.toks.len();
    // "In a statement announcing the pick, the Association of Flight
    // Attendants called …": the subject after the opening phrase issued it.
    // (A poll or a study opening the sentence is a setting, not an issue.)
    if u.is(0, "in")
        && (1..4).any(|k| {
            u.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "statement"
                        | "release"
                        | "letter"
                        | "memo"
                        | "message"
                        | "post"
                        | "tweet"
                        | "note"
                        | "filing"
                        | "communique"
                        | "communiqué"
                        | "declaration"
                )
            })
        })
        && let Some(comma) = (2..n.min(MAX_OPENER_TOKENS)).find(|&k| u.is_punct(k, &[',']))
    {
        let from = comma + 1;
        let end = (from..n)
            .find(|&k| {
                u.word(k).is_none_or(|w| {
                    !u.is_cap(k) && !matches!(w, "of" | "for" | "the" | "and" | "on")
                })
            })
            .unwrap_or(n);
        let words = u.words(from, end);
        if words.iter().any(|w| w.w.starts_with(char::is_uppercase))
            && let Some(name) = res.resolve(&words)
        {
            res.issuer = Some(name);
            return;
        }
    }
    for i in 0..n {
        let issue = u.word(i).is_some_and(|w| set!(ISSUE_VERBS).contains(w));
        if !issue {
            continue;
        }
        let doc =
            (i + 1..(i + 5).min(n)).any(|k| u.word(k).is_some_and(|w| lexicon::is_doc_noun(&w)));
        if !doc {
            continue;
        }
        // The clause subject: from the clause start to the first comma or
        // parenthesis (the head before an apposition).
        let start = u.clause_start(i);
        let mut end = start;
        while end < i && !u.is_punct(end, &[',', '(', '—', '–']) {
            end += 1;
        }
        let words = u.words(start, end);
        if words.is_empty() {
            continue;
        }
        if let Some(name) = res.resolve(&words) {
            res.issuer = Some(name);
        }
        return;
    }
}

/// German "Das kündigte Finanzminister X am Mittwoch an.", Russian "Об
/// этом сообщил мэр X", Italian "Lo ha annunciato ieri il ministro X",
/// Spanish "Así lo anunció X": a demonstrative or clitic opening the
/// sentence points back to the previous sentence of the paragraph, which is
/// what the inverted subject said; `before` is that sentence, `out` the
/// statements found so far (a sentence already attributed is not taken
/// twice).
fn demonstrative_frame(
    u: &Unit<'_>,
    cue: &Cue,
    before: Option<(usize, usize)>,
    out: &[Found],
) -> Option<Draft> {
    if cue.according || cue.class != CueClass::Speech {
        return None;
    }
    let opener = match (u.word(0), u.word(1)) {
        (Some("das" | "dies"), _) => 1,
        (Some("lo"), Some("ha" | "hanno" | "aveva" | "avevano" | "ha'")) => 2,
        (Some("об"), Some("этом")) | (Some("así"), Some("lo")) => 2,
        (Some("lo"), _) => 1,
        _ => return None,
    };
    if cue.a != opener {
        return None;
    }
    let (a, b) = before?;
    // "annunciato ieri il ministro": the time is the writer's.
    let after = cue.b + 1 + u.time_adverbial_len(cue.b + 1);
    let np = u
        .np_after(after)
        .filter(|np| (np.0..np.1).any(|i| u.is_cap(i)))?;
    if out.iter().any(|f| f.content.0 < b && a < f.content.1) {
        return None;
    }
    let body = u.text.get(a..b)?;
    let e = a + body.trim_end_matches(['.', '!', ' ', '\n']).len();
    // "Berlin (dpa) - Die Bundesregierung will …": the dateline is not said.
    let a = skip_dateline(u.text, (a, e));
    if a >= e {
        return None;
    }
    let mut d = Draft::plain((a, e), Some(np), u.span(cue.a, cue.b + 1)?);
    d.post = true;
    Some(d)
}

/// Tries the frames for one cue.
fn frame(u: &Unit<'_>, cue: &Cue, end_tok: usize, has_prev: bool) -> Option<Draft> {
    let cue_span = u.span(cue.a, cue.b + 1)?;
    let unit_end = u.toks.get(end_tok.checked_sub(1)?)?.e;
    // "continued to stay away": an aspect, not a report ("…, he
    // continued." still reports).
    if u.word(cue.a)
        .is_some_and(|w| matches!(w, "continued" | "continues" | "continue"))
        && u.is(cue.b + 1, "to")
    {
        return None;
    }
    // "learned that …", "…, The Post has learned." report; "learned to
    // swim", "learned who wrote it" do not.
    if u.word(cue.a)
        .is_some_and(|w| matches!(w, "learned" | "learnt"))
        && u.word(cue.b + 1).is_some()
        && !u.is(cue.b + 1, "that")
        && !u.clause_follows(cue.b + 1)
    {
        return None;
    }

    if cue.class == CueClass::Setting {
        let (source, main) = u.setting(cue.a)?;
        let cs = u.toks.get(main)?.s;
        let ce = (main + 1..end_tok)
            .find(|&k| u.is_punct(k, &[';']))
            .and_then(|k| u.toks.get(k))
            .map_or(unit_end, |t| trim_tail(u.text, cs, t.s));
        return Some(Draft::plain((cs, ce), Some(source), cue_span));
    }
    if cue.according {
        // "Nach seinen Angaben kostet …", "По его словам, …": the source is
        // the possessive inside the cue.
        if cue.b == cue.a + 2
            && u.word(cue.a + 1)
                .is_some_and(|w| OBJECT_PRONOUNS.iter().any(|(o, _)| *o == w))
        {
            let cstart = if u.is_punct(cue.b + 1, &[',']) {
                cue.b + 2
            } else {
                cue.b + 1
            };
            let cs = u.toks.get(cstart)?.s;
            return (cstart < end_tok)
                .then(|| Draft::plain((cs, unit_end), Some((cue.a + 1, cue.a + 2)), cue_span));
        }
        // German sources are an article and capitalised nouns ("nach
        // Schätzung der Polizei zur Eröffnung": the police).
        let german_source = u.word(cue.a).is_some_and(|w| matches!(w, "nach" | "laut"))
            && u.word(cue.b + 1)
                .is_some_and(|w| set!(SOURCE_ARTICLES).contains(w))
            && u.is_cap(cue.b + 2);
        // "citing her work" cites a thing of hers, not her.
        let object_pronoun = !u.word(cue.a).is_some_and(|w| w.starts_with("cit"))
            && u.word(cue.b + 1)
                .is_some_and(|w| OBJECT_PRONOUNS.iter().any(|(o, _)| *o == w));
        let mut np = if german_source {
            let mut k = cue.b + 2;
            while k < end_tok && u.is_cap(k) {
                k += 1;
            }
            (cue.b + 1, k)
        } else if object_pronoun {
            // "According to him, …", "selon elle", "según ellos".
            (cue.b + 1, cue.b + 2)
        } else if u
            .word(cue.b + 1)
            .is_some_and(|w| matches!(w, "de" | "di" | "da" | "van" | "von" | "du" | "dos"))
            && u.is_cap(cue.b + 2)
        {
            // "Secondo de Pascale, …": a surname with its particle.
            let mut k = cue.b + 2;
            while k < end_tok && u.is_cap(k) {
                k += 1;
            }
            (cue.b + 1, k)
        } else {
            // "according to show insiders": a noun that is also a verb
            // before the head.
            u.np_after(cue.b + 1).or_else(|| {
                u.word(cue.b + 1)
                    .filter(|w| !u.is_cap(cue.b + 1) && !lexicon::is_np_stop(w))
                    .and_then(|_| u.np_after(cue.b + 2))
                    .map(|np| (cue.b + 1, np.1))
            })?
        };
        // "according to credible reports received by Amnesty", "figures
        // released by the ministry": the agent is the source.
        let mut k = np.1;
        if u.word(k).is_some_and(lexicon::is_doc_noun_or_plural) {
            k += 1;
        }
        if u.word(k).is_some_and(|w| {
            (w.len() > 3 && w.ends_with("ed")) || matches!(w, "made" | "given" | "shown" | "seen")
        }) && u.is(k + 1, "by")
            && let Some(agent) = u.np_after(k + 2)
        {
            np = (np.0, agent.1);
        }
        // "según el dato publicado este jueves por el INE", "segundo dados
        // divulgados pelo Inpe", "selon les chiffres publiés par l'Insee".
        if let Some(part) = (np.0..(np.1 + 2).min(end_tok)).find(|&j| {
            u.word(j).is_some_and(|w| {
                ROMANCE_AGENT_PARTICIPLES.iter().any(|p| {
                    w.strip_prefix(p).is_some_and(|e| {
                        matches!(e, "" | "s" | "o" | "os" | "a" | "as" | "e" | "es" | "i")
                    })
                })
            })
        }) && let Some(by) = (part + 1..(part + 5).min(end_tok)).find(|&j| {
            u.word(j)
                .is_some_and(|w| set!(ROMANCE_AGENT_PREPOSITIONS).contains(w))
        }) && let Some(agent) = u.np_after(by + 1)
        {
            np = (np.0, agent.1);
        }
        // "a report from Bloomberg", "a person familiar with the matter".
        for _ in 0..MAX_SUBJECT_PPS {
            match u.word(np.1) {
                Some("from" | "by" | "of" | "with" | "at" | "in" | "close") => {}
                _ => break,
            }
            let at = if u.is(np.1, "close") && u.is(np.1 + 1, "to") {
                np.1 + 2
            } else {
                np.1 + 1
            };
            match u.np_after(at) {
                Some(more) => np.1 = more.1,
                None => break,
            }
        }
        let before_content = cue.a > 0 && u.is_punct(cue.a - 1, &[',', '—', '(']);
        if before_content && cue.a > 1 {
            let from = u.clause_start(cue.a);
            // "X a affirmé que …, selon un communiqué": the clause has its
            // own speaker and cue; the source is where it was said.
            let own_cue = (from + 1..cue.a).any(|k| {
                u.word(k)
                    .is_some_and(|w| lexicon::get().cue(w) == Some(CueClass::Speech))
                    && u.verb_position(k)
                    && u.np_before(k).is_some()
            });
            if own_cue {
                return None;
            }
            let cs = u.toks.get(from)?.s;
            let ce = u.toks.get(cue.a - 1)?.s;
            return Some(Draft {
                content: (cs, trim_tail(u.text, cs, ce)),
                np: Some(np),
                cue: cue_span,
                split_second: None,
                inherit: false,
                clause_at: 0,
                post: true,
            });
        }
        // "According to X, CONTENT" (more than a word); "Según su
        // portavoz, Miguel Tellado, CONTENT": after the apposed name.
        let comma = match u.apposed_name(np.0, np.1) {
            Some((_, nb)) if u.is_punct(nb, &[',']) => nb,
            _ => np.1,
        };
        // "Selon un sondage Ifop publié dimanche, …", "Según datos del INE
        // publicados este martes, …": a participle and a time before the
        // comma.
        let participle = |w: &str| {
            ROMANCE_AGENT_PARTICIPLES.iter().any(|p| w.starts_with(p))
                || matches!(w, "published" | "released")
        };
        let part_at =
            (np.0 + 1..(comma + 1).min(end_tok)).find(|&j| u.word(j).is_some_and(participle));
        if let Some(j) = part_at
            && !u.is_punct(comma, &[','])
            && j < np.1
        {
            np.1 = j;
        }
        let comma = if !u.is_punct(comma, &[',']) && part_at.is_some() {
            (comma + 1..(comma + 5).min(end_tok))
                .take_while(|&j| u.word(j).is_some() || u.is_punct(j, &[',']))
                .find(|&j| u.is_punct(j, &[',']))
                .unwrap_or(comma)
        } else {
            comma
        };
        if u.is_punct(comma, &[','])
            && (comma + 2 < end_tok || (comma + 1 < end_tok && u.is_quote(comma + 1)))
        {
            let cs = u.toks.get(comma + 1)?.s;
            return Some(Draft::plain((cs, unit_end), Some(np), cue_span));
        }
        // "According to a civil complaint filed by the S.E.C. and a second
        // complaint by Vermont, …": a long source phrase up to the comma,
        // with no verb of its own.
        if cue.a == u.clause_start(cue.a)
            && let Some(comma) = (np.1..(cue.b + 1 + MAX_LONG_SOURCE_TOKENS).min(end_tok))
                .take_while(|&k| {
                    (u.word(k).is_some() && !u.word(k).is_some_and(|w| set!(FINITE).contains(w)))
                        || u.is_punct(k, &[',', '-', '.', '’', '\''])
                })
                .find(|&k| u.is_punct(k, &[',']))
            && comma + 2 < end_tok
            && u.clause_follows(comma + 1) | u.np_then_verb(comma + 1)
        {
            let cs = u.toks.get(comma + 1)?.s;
            return Some(Draft::plain((cs, unit_end), Some((np.0, comma)), cue_span));
        }
        // German and French drop the comma: "Laut Ministerin Nancy Faeser
        // ist die Zahl gestiegen" — the capitalised name, then the content.
        let start = cue.b + 1;
        let mut k = start;
        // Articles inside the German source: "Laut einer Umfrage des
        // Instituts Forsa halten …", "Nach Angaben des Verbandes fehlen …".
        let article = |j: usize| {
            u.word(j)
                .is_some_and(|w| set!(SOURCE_ARTICLES).contains(w) || matches!(w, "du" | "de"))
                && u.is_cap(j + 1)
        };
        while k < end_tok && (u.is_cap(k) || u.is_punct(k, &['.']) || article(k)) {
            k += 1;
        }
        if cue.a == u.clause_start(cue.a)
            && k > start
            && k + 2 < end_tok
            && u.word(k)
                .is_some_and(|w| !u.is_cap(k) && !w.ends_with("ly"))
        {
            let cs = u.toks.get(k)?.s;
            return Some(Draft::plain((cs, unit_end), Some((start, k)), cue_span));
        }
        // Inside the German clause: "Die Sanierung hat nach Angaben des
        // Ministeriums 38 Millionen Euro gekostet" — the clause is what the
        // source says.
        let from = u.clause_start(cue.a);
        if u.word(cue.a).is_some_and(|w| matches!(w, "nach" | "laut"))
            && cue.a > from + 1
            && !u.is_punct(cue.a - 1, &[','])
            && k > start
            && k < end_tok
        {
            let cs = u.toks.get(from)?.s;
            return Some(Draft::plain((cs, unit_end), Some((start, k)), cue_span));
        }
        return None;
    }

    if cue.class == CueClass::Noun {
        // In subject position ("Trump's promise to cut taxes drew
        // criticism") the main verb would run into the content: left out.
        let np = match possessor_before(u, cue.a) {
            Some(np) => Some(Some(np).filter(|np| !u.opens_clause(np.0))?),
            // "raised growing concerns that …": no one named.
            None => None,
        };
        // "claims about …": the topic after the preposition.
        let cstart = if u.word(cue.b + 1).is_some_and(topic_preposition) {
            cue.b + 2
        } else {
            cue.b + 1
        };
        let cs = u.toks.get(cstart)?.s;
        // The phrase ends at the first comma ("Contrary to his claim that
        // …, there would be …").
        let end = u.clause_end(cstart, end_tok).unwrap_or(end_tok);
        let end = (cstart + 1..end)
            .find(|&k| u.is_punct(k, &[',']))
            .unwrap_or(end);
        let ce = u
            .toks
            .get(end)
            .map_or(unit_end, |t| trim_tail(u.text, cs, t.s));
        return Some(Draft::plain((cs, ce), np, cue_span));
    }
    // Subject before the cue (auxiliaries, -ly adverbs and "on Tuesday"
    // skipped).
    let mut v = cue.a;
    loop {
        // ("They all said" skips "all"; "In the end, all agreed" does not.)
        let quantifier =
            v > 0 && u.word(v - 1).is_some_and(quantifier_pronoun) && u.opens_clause(v - 1);
        if v > 0 && (u.is_aux(v - 1) || u.ly_adverb(v - 1)) && !quantifier {
            v -= 1;
        } else if let Some(n) = (1..=2)
            .rev()
            .find(|&n| v >= n && u.english_time_len(v - n) == n)
        {
            // "on Tuesday", "yesterday", "Wells Fargo just this month
            // announced".
            v -= n;
        } else if v > 2
            && u.is(v - 2, "in")
            && u.word(v - 1).is_some_and(|w| {
                year_word(w)
                    || matches!(
                        w,
                        "january"
                            | "february"
                            | "march"
                            | "april"
                            | "june"
                            | "july"
                            | "august"
                            | "september"
                            | "october"
                            | "november"
                            | "december"
                    )
            })
            && u.word(v - 3).is_some_and(subject_pronoun)
        {
            // "who in 2010 said", "he in March told".
            v -= 2;
        } else if v > 1
            && u.is(v - 1, "to")
            && u.word(v - 2).is_some_and(|w| {
                ["appear", "seem", "continue", "tend", "tri", "tries"]
                    .iter()
                    .any(|p| w.starts_with(p))
                    || (w == "on"
                        && u.word(v.saturating_sub(3))
                            .is_some_and(|g| matches!(g, "went" | "go" | "goes" | "going")))
            })
        {
            // "he appeared to suggest", "Ham went on to explain".
            v -= if u.is(v - 2, "on") { 3 } else { 2 };
        } else {
            break;
        }
    }
    // Passive: "The story was first reported by The Post" — the agent
    // speaks and the subject is what was said; without an agent nobody
    // is named ("Clinton is expected to win").
    let passive = (v..cue.a).any(|j| u.word(j).is_some_and(|w| set!(PASSIVE_AUX).contains(w)))
        && u.word(cue.a).is_some_and(|w| {
            // "was quoted as saying": the subject speaks.
            (w.ends_with("ed") && w != "quoted")
                || matches!(
                    w,
                    "written"
                        | "shown"
                        | "known"
                        | "told"
                        | "said"
                        | "thought"
                        | "seen"
                        | "found"
                        | "given"
                )
        });
    if passive {
        // "Trump, meanwhile, is supported by …": an adverb in commas
        // between the subject and the verb.
        let before = if v > 3
            && u.is_punct(v - 1, &[','])
            && u.is_punct(v - 3, &[','])
            && u.word(v - 2).is_some_and(|w| {
                matches!(
                    w,
                    "meanwhile" | "however" | "though" | "too" | "also" | "instead"
                ) || (w.ends_with("ly") && u.ly_adverb(v - 2))
            }) {
            v - 3
        } else {
            v
        };
        let subject = u.np_before(before).filter(|np| u.opens_clause(np.0))?;
        let agent = u
            .is(cue.b + 1, "by")
            .then(|| u.np_after(cue.b + 2))
            .flatten();
        // "Mr. Quiros was accused of using …", "The efforts are expected
        // to continue …": without an agent the whole clause is claimed by
        // nobody named.
        let Some(agent) = agent else {
            let next = u.word(cue.b + 1)?;
            let frame = matches!(next, "of" | "for" | "as" | "that")
                || (next == "to"
                    && !u
                        .word(cue.a)
                        .is_some_and(|w| matches!(w, "told" | "reported" | "sent"))
                    && u.word(cue.b + 2).is_some());
            if !frame
                || !u
                    .word(cue.a)
                    .is_some_and(|w| set!(AGENTLESS_CUES).contains(w))
            {
                return None;
            }
            let start = u.toks.get(subject.0)?.s;
            // "… is not thought to be capable of …, it is considered …": a
            // main clause after a comma is the writer's.
            let main = (cue.b + 2..end_tok).find(|&k| {
                u.is_punct(k, &[','])
                    && (u.subject_then_verb(k + 1) || u.clause_follows(k + 1))
                    && !u
                        .word(k + 1)
                        .is_some_and(|w| matches!(w, "which" | "who" | "that"))
            });
            let end = u
                .clause_end_of(cue.b + 1, end_tok, true)
                .into_iter()
                .chain(main)
                .min()
                .and_then(|k| u.toks.get(k))
                .map_or(unit_end, |t| trim_tail(u.text, start, t.s));
            return (end > start).then(|| Draft::plain((start, end), None, cue_span));
        };
        return Some(Draft::plain(
            u.span(subject.0, subject.1)?,
            Some(agent),
            cue_span,
        ));
    }
    // "Having said that, …": a discourse phrase.
    if cue.a > 0
        && u.is(cue.a - 1, "having")
        && u.word(cue.b + 1)
            .is_some_and(|w| matches!(w, "that" | "this" | "so"))
        && u.is_punct(cue.b + 2, &[','])
    {
        return None;
    }
    let mut np_pre = u.np_before(v);
    let mut named_participle = false;
    // "The ad uses footage of Hillary Clinton asking, …": before a
    // participle, the name right before it is its subject.
    if u.word(cue.a).is_some_and(|w| w.ends_with("ing"))
        && let Some((a, b)) = np_pre
        && b == cue.a
    {
        let mut c = b;
        while c > a && (u.is_cap(c - 1) || u.is_punct(c - 1, &['.'])) {
            c -= 1;
        }
        // The name follows a lower-case word ("footage of", "governor").
        if c < b
            && c > a
            && u.word(c - 1)
                .is_some_and(|w| !u.is_cap(c - 1) && w != "the")
        {
            np_pre = Some((c, b));
            named_participle = true;
        }
    }
    if !named_participle
        && !np_pre.is_some_and(|np| u.opens_clause(np.0))
        && let Some(np) = u.modified_evidence_subject(v)
    {
        np_pre = Some(np);
    }
    if np_pre.is_none()
        && let Some(np) = u.appositive_subject(v)
    {
        np_pre = Some(np);
    }
    // "The experts I interviewed said", "all the people we spoke to say":
    // a relative clause without "who" after the subject.
    if !named_participle && let Some(np) = u.contact_relative_subject(v) {
        np_pre = Some(np);
    }
    if !named_participle
        && !np_pre.is_some_and(|np| u.opens_clause(np.0))
        && let Some(np) = u.modified_subject(v)
    {
        np_pre = Some(np);
    }
    // "Scott can be heard yelling that …": the subject of a perception
    // passive speaks.
    if u.word(cue.a).is_some_and(|w| w.ends_with("ing"))
        && v > 1
        && u.word(v - 1)
            .is_some_and(|w| matches!(w, "heard" | "seen" | "shown" | "filmed" | "caught"))
    {
        let mut k = v - 1;
        while k > 0
            && (u.is_aux(k - 1)
                || u.word(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "be" | "been" | "can" | "could" | "may" | "might" | "must"
                    )
                }))
        {
            k -= 1;
        }
        if k < v - 1
            && let Some(np) = u.np_before(k).filter(|h| h.1 == k && u.opens_clause(h.0))
        {
            np_pre = Some(np);
        }
    }
    // "The ministry issued a statement saying that …": the document's
    // issuer speaks.
    // "… a statement condemning the attack", "… calling the test “a clear
    // violation”": a participle's object is the content too.
    let doc_participle = u.word(cue.a).is_some_and(|w| w.ends_with("ing"));
    if cue.class == CueClass::Speech
        && (doc_participle
            || (v > 0 && u.word(v - 1).is_some_and(|w| matches!(w, "that" | "which"))))
        && (u.is(cue.b + 1, "that")
            || u.clause_follows(cue.b + 1)
            || (doc_participle && cue.b + 2 < end_tok && u.word(cue.b + 1).is_some()))
        && let Some(subject) = u.document_object_subject(v)
    {
        let cstart = cue.b + 1;
        let cs = u.toks.get(cstart)?.s;
        let ce = u
            .clause_end_of(cstart, end_tok, true)
            .and_then(|k| u.toks.get(k))
            .map_or(unit_end, |t| trim_tail(u.text, cs, t.s));
        return (ce > cs).then(|| Draft::plain((cs, ce), Some(subject), cue_span));
    }
    let doc_subject =
        |np: (usize, usize)| u.word(np.1 - 1).is_some_and(|w| lexicon::is_doc_noun(&w));
    // After the cue: a "that" within reach?
    let telling = u.telling(cue);
    // An apposition in commas inside the object or adverbial ("at a stop
    // in Toledo, Ohio, that …") does not count against the reach.
    let appositions = (cue.b + 1..(cue.b + 1 + MAX_THAT_DISTANCE).min(end_tok))
        .filter(|&j| u.apposition_comma(j))
        .count();
    let reach = if telling {
        MAX_TOLD_OBJECT_WORDS + 2
    } else {
        MAX_THAT_DISTANCE
    } + 3 * appositions;
    // "told host Alex Marlow on Thursday how surprised he is": an
    // indirect question after a telling verb's object.
    let that_at = (cue.b + 1..(cue.b + 1 + reach).min(end_tok)).find(|&k| {
        u.word(k).is_some_and(|w| {
            THAT.iter()
                .any(|t| w == *t || (t.ends_with('’') && w.starts_with(t)))
                || (telling
                    && k > cue.b + 1
                    && matches!(w, "how" | "why" | "whether")
                    && (cue.b + 1..k).all(|j| !u.is(j, "to") && !u.is(j, "or")))
        })
    });
    let lex = lexicon::get();
    // A "that" after another cue verb is that verb's ("said at a news
    // conference announcing that …").
    // A quoted title in the object is a name ("told MSNBC's “Morning Joe”
    // that …").
    let title_quote = |j: usize| {
        u.toks
            .get(j)
            .and_then(|t| u.text.get(t.s..t.e))
            .is_some_and(|q| {
                let inner = q.trim_matches(|c: char| !crate::segment::is_alnum(c));
                let n = inner.split_whitespace().count();
                (1..=MAX_TITLE_QUOTE_WORDS).contains(&n)
                    && inner
                        .split_whitespace()
                        .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
            })
    };
    // An age in commas ("told Robert Haines, 61, that …")
    // … or a state after a city ("says at a stop in Toledo, Ohio, that").
    let age_comma = |j: usize| u.apposition_comma(j) || (j > 1 && u.apposition_comma(j - 2));
    // "reported, citing two officials, that …", "said, however, that …":
    // an aside between commas right after the cue.
    let aside = |k: usize| {
        k > cue.b + 3
            && u.is_punct(cue.b + 1, &[','])
            && u.is_punct(k - 1, &[','])
            && u.word(cue.b + 2).is_some_and(|w| {
                matches!(
                    w,
                    "citing" | "quoting" | "according" | "however" | "though" | "too"
                ) || (w.ends_with("ly") && u.ly_adverb(cue.b + 2))
            })
            && (cue.b + 2..k - 1).all(|j| u.word(j).is_some() || u.is_punct(j, &['.', '-', '\'']))
    };
    let that_at = that_at
        .filter(|&k| {
            aside(k)
                || (cue.b + 1..k).all(|j| {
                    (!u.is_quote(j) || title_quote(j))
                        && (!u.is_punct(j, &[',', ';', ':']) || age_comma(j))
                })
        })
        // ("said in a note to investors that": "note" is a noun here).
        .filter(|&k| {
            aside(k)
                || (cue.b + 1..k).all(|j| {
                    u.word(j)
                        .is_none_or(|w| lex.cue(w).is_none() || !u.verb_position(j))
                })
        })
        .filter(|&k| k == cue.b + 1 || aside(k) || u.object_or_adverbial(cue, k))
        // "add so many layers that …": a result clause, not a report.
        .filter(|&k| (cue.b + 1..k).all(|j| !u.is(j, "so") && !u.is(j, "such")))
        // "offered no proof that …": the noun's clause.
        .filter(|&k| {
            k <= cue.b + 1
                || !u
                    .word(k - 1)
                    .is_some_and(|w| set!(OFFERED_NOUNS).contains(w))
        })
        // "vowed to cut that tax": a "that" after an infinitive is the
        // infinitive's ("said to reporters that …" is a phrase).
        .filter(|&k| !(cue.b + 1..k).any(|j| u.is(j, "to") && u.infinitive_verb(j + 1)));
    let colon_after = u.is_punct(cue.b + 1, &[':']);
    // "said during a rally in Ohio: “…”" — a colon or comma before a quote
    // after a short trailer.
    let quote_after = (cue.b + 1..(cue.b + 1 + MAX_TRAILER_TOKENS).min(end_tok))
        .find(|&k| u.is_punct(k, &[':', ',']) && u.is_quote(k + 1))
        .filter(|&k| (cue.b + 1..k).all(|j| u.word(j).is_some() && !u.is_quote(j)))
        // "urges her husband to come out and repeatedly says, “…”": the
        // quotation is the later cue's.
        .filter(|&k| {
            !(cue.b + 1..k).any(|j| {
                u.word(j)
                    .is_some_and(|w| lex.cue(w).is_some() && u.verb_position(j))
                    && (cue.b + 1..j).any(|c| u.word(c).is_some_and(|w| matches!(w, "and" | "but")))
            })
        });
    if cue.class == CueClass::Doc && !np_pre.is_some_and(doc_subject) {
        return None;
    }
    // Post frame: CONTENT, NP CUE / “Q” NP CUE / CONTENT, CUE NP.
    // "“…?” a narrator in the Clinton ad asks": after a quotation the
    // subject may hold prepositional phrases.
    let np_post = np_pre.map(|np0| {
        let mut np = np0;
        for _ in 0..MAX_SUBJECT_PPS {
            if np.0 < 2
                || !u
                    .word(np.0 - 1)
                    .is_some_and(|w| set!(SUBJECT_PREPOSITIONS).contains(w))
            {
                break;
            }
            match u.np_before(np.0 - 1) {
                Some(h) if h.1 == np.0 - 1 => np = (h.0, np.1),
                _ => break,
            }
        }
        if np.0 < np0.0 && np.0 > 0 && u.is_quote(np.0 - 1) {
            np
        } else {
            np0
        }
    });
    let quote_before = {
        let mut k = np_post.map_or(v, |np| np.0);
        while k > 0 && u.is_aux(k - 1) {
            k -= 1;
        }
        k > 0 && (u.is_quote(k - 1) || (u.is_punct(k - 1, &[',']) && k > 1 && u.is_quote(k - 2)))
    };
    // "…, a cost the city hopes to split with the utility": a belief verb
    // with its own infinitive is no post-posed cue.
    let own_infinitive = cue.class == CueClass::Weak && u.is(cue.b + 1, "to");
    if !matches!(cue.class, CueClass::Intent | CueClass::Topic)
        && !own_infinitive
        && (that_at.is_none() || quote_before)
        && !colon_after
        && (quote_after.is_none() || quote_before)
    {
        let mut k = np_post.map_or(v, |np| np.0);
        while k > 0 && u.is_aux(k - 1) {
            k -= 1;
        }
        let is_boundary = |j: usize| u.is_punct(j, &[',', '—']) || u.is_quote(j);
        // "…, as police have said.": "as" between the comma and the
        // speaker of a trailing cue.
        if k > 1
            && u.is(k - 1, "as")
            && u.is_punct(k - 2, &[','])
            && cue.class == CueClass::Speech
            && np_post.is_some()
            && (cue.b + 1..end_tok).all(|j| u.word(j).is_none() && !u.is_quote(j))
        {
            k -= 1;
        }
        let participle = u.word(cue.a).is_some_and(|w| w.ends_with("ing"));
        // "…, Clinton says the plan …" has a complement: not post-posed.
        let (np, boundary) = if np_post.is_some() && k > 0 && is_boundary(k - 1) {
            // A quoted title ("In his book, “Make Your Kid a Millionaire,”
            // he suggested …") is no content when the cue has its own.
            let title = u
                .toks
                .get(k - 1)
                .and_then(|t| u.text.get(t.s..t.e))
                .is_some_and(|q| {
                    title_case(q.trim_matches(|c: char| !crate::segment::is_alnum(c)))
                });
            // "Bemoaning the “phony system,” Trump accused Holt of …": a
            // quotation ending an introductory phrase is no content when
            // the cue has a complement.
            let from = u.clause_start(k - 1);
            let quoted_intro = from + 1 < k - 1 && u.word(from).is_some_and(opens_intro_phrase);
            let np = np_post.filter(|np| {
                let trailer = u.trailer_only(cue, np.1.max(cue.b + 1), end_tok);
                trailer || (u.is_quote(k - 1) && !title && !quoted_intro)
            });
            (np, k - 1)
        } else if np_pre.is_none()
            && !participle
            && v > 0
            && is_boundary(v - 1)
            // "This graphic, provided by X, shows the states …": beliefs
            // and evidence verbs do not invert.
            && cue.class != CueClass::Weak
        {
            // Inverted: "…,” said Putin" — the phrase must end the clause;
            // "…, заявил во вторник премьер-министр X": after a time.
            // "«…», — рассказывает X": a comma and a dash after the quote.
            let quoted = u.is_quote(v - 1)
                || (v > 1 && u.is_quote(v - 2))
                || (v > 2 && u.is_punct(v - 2, &[',']) && u.is_quote(v - 3));
            let np = u
                .np_after(cue.b + 1 + u.time_adverbial_len(cue.b + 1))
                // "…, declared bankruptcy": a bare singular common noun is
                // the object, not an inverted subject.
                .filter(|np| {
                    quoted
                        || np.1 > np.0 + 1
                        || u.is_cap(np.0)
                        || u.word(np.0).is_none_or(|w| {
                            w.ends_with('s')
                                || w == "police"
                                || set!(PRONOUNS).contains(w)
                                || lexicon::get().is_title(w)
                        })
                })
                .filter(|np| {
                    quoted
                    || np.1 >= end_tok
                    || u.is_punct(np.1, &[',', '(', '—'])
                    || u.word(np.1).is_some_and(|w| lexicon::is_np_stop(&w))
                    // German separable particles: "…, fügte er hinzu.",
                    // "…, teilte das Ministerium mit."
                    || (np.1 + 1 >= end_tok
                        && u.word(np.1).is_some_and(|w| {
                            matches!(w, "hinzu" | "an" | "mit" | "fest" | "zu" | "aus")
                        }))
                });
            (np, v - 1)
        } else {
            (None, 0)
        };
        // Romance languages drop the subject: "«…», ha dichiarato.", "“…”,
        // afirmó.", "“…”, disse." — the quotation is the previous speaker's.
        if np.is_none()
            && np_pre.is_none()
            && (cue.b + 1..end_tok).all(|j| u.word(j).is_some_and(|w| lexicon::is_np_stop(&w)))
            && boundary > 0
            && u.is_punct(boundary, &[','])
            && u.is_quote(boundary - 1)
            && cue.class == CueClass::Speech
            && !participle
        {
            let q = u.toks.get(boundary - 1)?;
            return Some(Draft {
                content: (q.s, q.e),
                np: None,
                cue: cue_span,
                split_second: None,
                inherit: true,
                clause_at: 0,
                post: true,
            });
        }
        // "In a speech, X attacked “…”": the quote is the object and the
        // words before the comma only an introductory phrase.
        // A longer phrase without a verb of its own is introductory too
        // when it opens with a preposition or a participle ("During his
        // years in office, Mr. Obama said, …", "Back in Virginia, …").
        let intro_only = |start: usize| {
            let words_only =
                !u.is_quote(boundary) && (start..boundary).all(|j| u.word(j).is_some());
            let short = u.word(start).is_some_and(|w| {
                set!(INTRO).contains(w) && !matches!(w, "but" | "and" | "yet" | "still")
            }) && boundary - start <= MAX_INTRO_TOKENS;
            let long = boundary - start <= MAX_LONG_INTRO_TOKENS
                && u.word(start).is_some_and(opens_intro_phrase)
                && (start + 1..boundary).all(|j| !u.finite_at(j))
                // "Finding water on Europa, he said, is …": a gerund subject.
                && !(cue.b + 1..(cue.b + 1 + MAX_TRAILER_TOKENS).min(end_tok))
                    .find(|&j| u.word(j).is_none())
                    .is_some_and(|j| u.is_punct(j, &[',']) && u.finite_at(j + 1));
            words_only && (short || long)
        };
        let object_quote = u.is_quote(cue.b + 1) && !u.is_quote(boundary);
        if let Some(np) = np.filter(|_| !object_quote)
            && !intro_only(u.clause_start(boundary))
        {
            let mut start = u.clause_start(boundary);
            let mut np = np;
            // "Sen. X scolded him: “…,” she said": the quotation after the
            // colon is the content and the clause's subject its speaker.
            if u.is_quote(boundary) && boundary > start + 1 && u.is_punct(boundary - 1, &[':']) {
                let pronoun = u.word(np.0).is_some_and(|w| set!(PRONOUNS).contains(w));
                if let Some(subject) = u
                    .np_after(start)
                    .filter(|s| pronoun && s.1 < boundary - 1 && (s.0..s.1).any(|i| u.is_cap(i)))
                {
                    np = subject;
                }
                start = boundary;
            }
            let content_words = (start..boundary).filter(|&j| u.word(j).is_some()).count();
            let has_quote = (start..=boundary).any(|j| u.is_quote(j));
            // "These employees, Stumpf explained earlier, were …": a short
            // subject before an interrupting cue; the rest follows.
            let interrupted = !u.is_quote(boundary) && content_words > 0 && {
                let mut k = np.1.max(cue.b + 1);
                let mut hops = 0;
                while hops < MAX_TRAILER_TOKENS && u.word(k).is_some() {
                    k += 1;
                    hops += 1;
                }
                u.is_punct(k, &[',']) && u.word(k + 1).is_some()
            };
            if (content_words >= MIN_POST_CONTENT_WORDS || has_quote || interrupted)
                && (cue.class != CueClass::Doc || doc_subject(np))
            {
                // "But A, he added, B": the conjunction is the writer's.
                let mut start = start;
                if u.word(start)
                    .is_some_and(|w| matches!(w, "but" | "and" | "yet" | "so" | "however"))
                    && start + 1 < boundary
                {
                    start += 1;
                    if u.is_punct(start, &[',']) && start + 1 < boundary {
                        start += 1;
                    }
                }
                let cs = u.toks.get(start)?.s;
                let ce = if u.is_quote(boundary) {
                    u.toks.get(boundary)?.e
                } else {
                    u.toks.get(boundary)?.s
                };
                // Split quote: “A,” he said, “B.”
                let mut after = np.1.max(cue.b + 1);
                // "…, dijo el ministro de Economía, Carlos Cuerpo, el
                // martes": the apposed name is part of the speaker.
                if let Some((_, nb)) = u.apposed_name(np.0, np.1) {
                    after = after.max(nb);
                }
                // Skip a short object or adverbial: "…,” Tester told Stumpf, “…”.
                let mut hop = 0;
                while hop < 5 && u.word(after).is_some() {
                    after += 1;
                    hop += 1;
                }
                // A longer trailer: "…,” Trump said during a rally in
                // Kenansville, N.C., “…” / "…,” she said, referring to X, “…”.
                if u.is_quote(boundary)
                    && !(u.is_punct(after, &[',', ':']) && u.is_quote(after + 1))
                {
                    let reach = (after + MAX_TRAILER_TOKENS).min(end_tok);
                    if let Some(j) = (after..reach)
                        .take_while(|&j| !u.is_quote(j))
                        .find(|&j| u.is_punct(j, &[',', ':']) && u.is_quote(j + 1))
                    {
                        after = j;
                    }
                }
                // “A,” he said, but “B.”
                let conj = u.is_punct(after, &[','])
                    && u.word(after + 1)
                        .is_some_and(|w| matches!(w, "but" | "and"))
                    && u.is_quote(after + 2);
                if conj {
                    after += 1;
                }
                // A trailer with a cue of its own ("…,” he said, adding
                // later, “…”) starts a statement of its own.
                let own_cue = (np.1.max(cue.b + 1)..after).any(|j| {
                    u.word(j).is_some_and(|w| {
                        w.ends_with("ing")
                            && lexicon::get().cue(w).is_some_and(|c| c != CueClass::Topic)
                    })
                });
                let split_second = ((u.is_punct(after, &[',', ':', '.']) || conj)
                    && u.is_quote(after + 1)
                    && !own_cue)
                    .then(|| u.toks.get(after + 1).map(|t| (t.s, t.e)))
                    .flatten()
                    // "Many were older, she said, and “I had to …”".
                    .filter(|_| u.is_quote(boundary) || conj)
                    // A quotation before the comma has no indirect rest
                    // ("\"…\", dijo X, el martes").
                    .or_else(|| {
                        (!u.is_quote(boundary.saturating_sub(1)))
                            .then(|| u.indirect_rest(boundary, after, end_tok))
                            .flatten()
                    });
                return Some(Draft {
                    content: (cs, trim_tail(u.text, cs, ce)),
                    np: Some(np),
                    cue: cue_span,
                    split_second,
                    inherit: false,
                    clause_at: 0,
                    post: true,
                });
            }
        }
    }

    // German verb-second order: "Bei einem Besuch in Köln sagte Bahnchef
    // Richard Lutz am Montag, die Sanierung werde …" — the subject follows
    // the cue and the content the comma.
    if cue.a > 0
        && !u.is_punct(cue.a - 1, &[',', ':'])
        && !u.is_quote(cue.a - 1)
        && u.word(cue.a)
            .is_some_and(|w| lexicon::get().german_speech(w))
        && let Some(np) = u.np_after(cue.b + 1)
    {
        let time = |j: usize| {
            u.word(j).is_some_and(|w| {
                matches!(
                    w,
                    "am" | "heute" | "gestern" | "im" | "zuletzt" | "bereits" | "dazu"
                ) || crate::dates::any_weekday(w)
            })
        };
        let mut e = np.0;
        while e < np.1 && !time(e) {
            e += 1;
        }
        let mut k = e;
        while k < end_tok && k < e + 3 && time(k) {
            k += 1;
        }
        if e > np.0 && (np.0..e).any(|j| u.is_cap(j)) && u.is_punct(k, &[',']) && k + 3 < end_tok {
            let cs = u.toks.get(k + 1)?.s;
            return Some(Draft::plain((cs, unit_end), Some((np.0, e)), cue_span));
        }
    }
    // "Said Ellis: “…”": an inverted cue opening the sentence.
    if np_pre.is_none()
        && cue.a == v
        && v == u.clause_start(v)
        && u.is_cap(cue.a)
        && cue.class == CueClass::Speech
        && let Some(np) = u.np_after(cue.b + 1)
        && (np.0..np.1).any(|j| u.is_cap(j))
        && u.is_punct(np.1, &[':', ','])
        && np.1 + 1 < end_tok
    {
        let cs = u.toks.get(np.1 + 1)?.s;
        return Some(Draft::plain((cs, unit_end), Some(np), cue_span));
    }
    // "After saying her foot was “swollen,” she was whisked …": the main
    // clause's subject speaks; the content ends at its comma.
    // "Claiming the criticism is designed to …, Trump told Fox": likewise
    // a participle opening the sentence.
    let opening_participle = v == 0 && cue.a == 0 && u.is_cap(0);
    if np_pre.is_none()
        && (opening_participle
            || (v > 0
                && u.clause_start(v - 1) == v - 1
                && u.word(v - 1)
                    .is_some_and(|w| matches!(w, "after" | "before" | "while" | "when" | "since"))))
        && u.word(cue.a).is_some_and(|w| w.ends_with("ing"))
        && cue.class == CueClass::Speech
        && (u.is(cue.b + 1, "that")
            || u.clause_follows(cue.b + 1)
            // "Bemoaning the “phony system,” Trump accused …": an object
            // of the opening participle.
            || (opening_participle
                && (u.is_quote(cue.b + 1)
                    || u.word(cue.b + 1).is_some_and(|w| {
                        matches!(w, "the" | "a" | "an" | "his" | "her" | "their" | "its")
                    }))))
    {
        let comma_quote = |k: usize| {
            u.is_quote(k)
                && u.toks
                    .get(k)
                    .and_then(|t| u.text.get(t.s..t.e))
                    .is_some_and(|q| q.trim_end_matches(['"', '”', '\'', '’']).ends_with(','))
        };
        let main = (cue.b + 2..end_tok).find(|&k| {
            (u.is_punct(k, &[',']) || comma_quote(k))
                && (u
                    .word(k + 1)
                    .is_some_and(|w| subject_pronoun(w) || matches!(w, "the" | "a" | "an"))
                    || u.is_cap(k + 1))
        })?;
        let np = u.np_after(main + 1)?;
        // "Berg left the meeting": the name, not its verb.
        let np = if u.is_cap(np.0) {
            let mut e = np.0;
            while e < np.1 && (u.is_cap(e) || u.is_punct(e, &['.'])) {
                e += 1;
            }
            (np.0, e)
        } else if u
            .word(np.0)
            .is_some_and(|w| matches!(w, "the" | "a" | "an"))
        {
            // "the operator told": the article and its nouns.
            let mut e = np.0 + 1;
            while e < np.1
                && e < np.0 + 4
                && !u.finite_at(e)
                && u.word(e).is_some_and(|w| lexicon::get().cue(w).is_none())
            {
                e += 1;
            }
            (np.0, e)
        } else {
            (np.0, np.0 + 1)
        };
        let cs = u.toks.get(cue.b + 1)?.s;
        let ce = if u.is_quote(main) {
            u.toks.get(main)?.e
        } else {
            u.toks.get(main)?.s
        };
        return Some(Draft::plain(
            (cs, trim_tail(u.text, cs, ce)),
            Some(np),
            cue_span,
        ));
    }
    // Pre frame: NP CUE [that] CONTENT.
    let coordinated = v > 0
        && (u.word(v - 1).is_some_and(|w| {
            matches!(
                w,
                "and"
                    | "but"
                    | "yet"
                    | "also"
                    | "then"
                    | "y"
                    | "e"
                    | "et"
                    | "pero"
                    | "mais"
                    | "ma"
                    | "mas"
            )
        }) || ((u.is_punct(v - 1, &[','])
                // "“…,” adding that …": the comma inside the quotation.
                || (u.is_quote(v - 1)
                    && u.toks.get(v - 1).and_then(|t| u.text.get(t.s..t.e)).is_some_and(|q| {
                        q.trim_end_matches(['"', '”', '\'', '’']).ends_with(',')
                    }))
                || u.word(v - 1)
                    .is_some_and(|w| matches!(w, "while" | "before" | "after" | "by" | "when" | "en")))
                // "adding", "añadiendo", "aggiungendo", "en ajoutant".
                && u.word(cue.a).is_some_and(|w| {
                    w.ends_with("ing") || w.ends_with("ndo") || (w.ends_with("ant") && w.len() > 5)
                })));
    let np = match np_pre {
        Some(np) if !coordinated => {
            // The subject must open a clause; a prepositional phrase inside
            // it ("a narrator in the ad", "the Commission on Presidential
            // Debates") is taken in.
            let mut np = np;
            // "All the experts said", "Many of the workers say": a
            // quantifier before the phrase belongs to it.
            if np.0 > 0
                && u.word(np.0 - 1)
                    .is_some_and(|w| matches!(w, "all" | "both" | "half"))
            {
                np.0 -= 1;
            } else if np.0 > 1
                && u.is(np.0 - 1, "of")
                && u.word(np.0 - 2).is_some_and(quantifier_pronoun)
            {
                np.0 -= 2;
            }
            for _ in 0..MAX_SUBJECT_PPS {
                if u.opens_clause(np.0) || named_participle {
                    break;
                }
                let pp = np.0 - 1;
                match u.word(pp) {
                    Some(w) if set!(SUBJECT_PREPOSITIONS).contains(w) => {}
                    _ => break,
                }
                // "officials briefed on the plan", "people involved in the
                // talks", "a source close to the campaign".
                let modifier = pp > 0
                    && u.word(pp - 1).is_some_and(|w| {
                        (w.ends_with("ed") && w.len() > 4)
                            || matches!(w, "close" | "familiar" | "loyal" | "opposed")
                    });
                let head = if modifier {
                    u.np_before(pp - 1)
                        .filter(|h| h.1 == pp - 1)
                        .map(|h| (h.0, pp))
                } else {
                    u.np_before(pp)
                };
                match head {
                    Some(head) => np = (head.0, np.1),
                    None => break,
                }
            }
            // "footage of Hillary Clinton asking, “…”": a name right before
            // a participle is its subject wherever it stands.
            let participle_subject = u.word(cue.a).is_some_and(|w| w.ends_with("ing"))
                && np.1 == cue.a
                && (np.0..np.1).all(|i| u.is_cap(i) || u.is_punct(i, &['.']));
            if !u.opens_clause(np.0) && !participle_subject {
                // "In a TV interview Trump declared …": an introductory
                // phrase without a comma before a capitalised name.
                let mut name = np.1;
                while name > np.0 && u.is_cap(name - 1) {
                    name -= 1;
                }
                let intro = np.0 > 0
                    && u.word(np.0 - 1).is_some_and(|w| set!(INTRO).contains(w))
                    && u.opens_clause(np.0 - 1);
                if !(intro && name > np.0 && name < np.1) {
                    return None;
                }
                np = (name, np.1);
            }
            Some(np)
        }
        _ if coordinated && has_prev => None,
        // "Trump spoke in Ohio, saying that …" / "… and said that …" with no
        // cue before: the main clause's subject speaks.
        _ if coordinated => {
            // "NASA awarded …, but OrbitBeyond canceled …, citing …": the
            // nearest clause after a comma and a conjunction has the subject.
            let start = u.clause_start(v);
            let start = (start + 2..v.saturating_sub(1))
                .rev()
                .find(|&k| {
                    u.is_punct(k - 1, &[','])
                        && u.word(k).is_some_and(|w| {
                            matches!(
                                w,
                                "but" | "while" | "whereas" | "although" | "though" | "yet"
                            )
                        })
                        && u.is_cap(k + 1)
                        // "…, and she becomes upset, shouting …".
                        || (u.is_punct(k - 1, &[','])
                            && u.is(k, "and")
                            && u.word(k + 1).is_some_and(|w| subject_pronoun(w) && w != "who"))
                })
                .map_or(start, |k| k + 1);
            let np = u.np_after(start)?;
            // "In August, several groups granted …, saying …": a phrase
            // and its verb after an introductory phrase.
            let after_intro = start > 0 && u.is_punct(start - 1, &[',']) && u.past_or_finite(np.1);
            let named = after_intro
                || (np.0..np.1).any(|i| u.is_cap(i))
                || u.word(np.0).is_some_and(|w| set!(PRONOUNS).contains(w));
            (named && np.1 < v).then_some(())?;
            Some(np)
        }
        _ => return None,
    };
    let mut cstart = cue.b + 1;
    if u.is(cue.a, "put") {
        // "As X put it in July, CONTENT": the content follows the comma.
        let comma = (cstart..(cstart + MAX_TRAILER_TOKENS).min(end_tok))
            .take_while(|&k| !u.is_quote(k))
            .find(|&k| u.is_punct(k, &[',', ':']))?;
        let cs = u.toks.get(comma + 1)?.s;
        let ce = u
            .clause_end(comma + 1, end_tok)
            .and_then(|k| u.toks.get(k))
            .map_or(unit_end, |t| trim_tail(u.text, cs, t.s));
        return (comma + 1 < end_tok).then_some(Draft {
            content: (cs, ce),
            np,
            cue: cue_span,
            split_second: None,
            inherit: np.is_none(),
            clause_at: u.toks.get(v.saturating_sub(1))?.s,
            post: false,
        });
    }
    // "said on Thursday it would …", "said yesterday the talks …": a time
    // before a that-less clause belongs to the saying.
    let when = u.english_time_len(cstart);
    if when > 0
        && cue.class == CueClass::Speech
        && u.word(cstart + when).is_some_and(|w| {
            (subject_pronoun(w) && w != "who")
                || matches!(
                    w,
                    "it" | "you" | "the" | "a" | "an" | "his" | "her" | "its" | "their"
                )
        })
    {
        cstart += when;
    }
    // "X wants to …"; "X expects them to …", "wants Clinton to resign": a
    // short object before the infinitive.
    // "decided after a long inquiry not to …", "refused not to …": an
    // adverbial phrase and a negation before the infinitive; the content
    // starts at the negation.
    let intent_like = matches!(cue.class, CueClass::Intent | CueClass::Weak);
    // "voted Thursday to …", "voted 19-15 along party lines to …".
    if intent_like
        && (u.word(cstart).is_some_and(|w| {
            matches!(
                w,
                "after" | "during" | "on" | "in" | "at" | "for" | "with" | "not"
            ) || w.starts_with(|c: char| c.is_ascii_digit())
        }) || u.english_time_len(cstart) > 0)
        && let Some(t) = (cstart..(cstart + 7).min(end_tok)).find(|&t| {
            u.is(t, "to")
                && u.word(t + 1).is_some()
                && (cstart..t).all(|j| {
                    u.word(j)
                        .is_some_and(|w| !set!(THAT).contains(w) && lexicon::get().cue(w).is_none())
                })
        })
    {
        cstart = if t > cstart && u.is(t - 1, "not") {
            t - 1
        } else {
            t
        };
    }
    let to_inf = intent_like
        && (u.is(cstart, "to")
            || (u.is(cstart, "not") && u.is(cstart + 1, "to"))
            || (cstart + 1..(cstart + 5).min(end_tok)).any(|t| {
                u.is(t, "to")
                    && u.word(t + 1).is_some()
                    && (cstart..t).all(|j| {
                        u.word(j).is_some_and(|w| {
                            matches!(w, "them" | "him" | "her" | "us" | "me") || u.np_word(j)
                        })
                    })
            }));
    // "told reporters she was not surprised", "told the BBC families
    // would pay": a telling verb's short object, then a that-less clause.
    let told_clause = (telling && that_at.is_none() && !to_inf)
        .then(|| {
            (cstart + 1..(cstart + MAX_OBJECT_WORDS + 1).min(end_tok)).find(|&k| {
                (cstart..k).all(|j| {
                    u.np_word(j)
                        || u.word(j)
                            .is_some_and(|w| matches!(w, "him" | "her" | "them" | "me" | "us"))
                }) && u.clause_follows(k)
                    && u.word(k - 1)
                        .is_some_and(|w| !set!(DETERMINERS).contains(w))
                    && !u.is_cap(k)
            })
        })
        .flatten();
    if cue.class == CueClass::Topic {
        // "spoke (out) about …", "railed against …": the topic.
        let k = if u.is(cstart, "out") {
            cstart + 1
        } else {
            cstart
        };
        // "spoke out Tuesday about …": the writer's time first;
        // "spoke emotionally of …": a manner adverb.
        let k = k + u.english_time_len(k);
        let k = if u.ly_adverb(k) && !u.is_cap(k) {
            k + 1
        } else {
            k
        };
        u.word(k)
            .is_some_and(|w| {
                matches!(w, "about" | "of" | "on" | "over" | "von" | "über")
                    || (w == "against"
                        && !(k + 1..k + 4).any(|j| u.word(j).is_some_and(|n| n == "backdrop")))
            })
            .then_some(())?;
        cstart = k + 1;
    } else if let Some(t) = that_at {
        cstart = t;
    } else if let Some(k) = told_clause {
        // "told the group this weekend he would …": the time is the
        // writer's.
        cstart = k + u.english_time_len(k);
    } else if to_inf {
        // "X wants to …", "X hopes to …": the infinitive is the content.
    } else if cue.class == CueClass::Intent {
        return None;
    } else if let Some(k) = quote_after {
        cstart = k + 1;
    } else if u.is_punct(cstart, &[':', ',']) {
        // "His ex-wife agreed, but also contended …": a conjunction after
        // the comma opens the next verb, not a content.
        if u.is_punct(cstart, &[','])
            && u.word(cstart + 1).is_some_and(|w| {
                matches!(w, "but" | "and" | "yet" | "though" | "although" | "while")
            })
        {
            return None;
        }
        cstart += 1;
    } else if cue.class == CueClass::Weak
        && !np.is_some_and(|np| {
            // The head before a prepositional phrase: "Video of the
            // incident shows him …".
            let head = (np.0..np.1)
                .find(|&j| {
                    u.word(j)
                        .is_some_and(|w| set!(SUBJECT_PREPOSITIONS).contains(w))
                })
                .unwrap_or(np.1);
            head > np.0
                && u.word(head - 1)
                    .is_some_and(|w| set!(EVIDENCE_NOUNS).contains(w))
        })
        && !(np.is_some() && u.clause_follows(cstart))
    {
        // "Polls show Clinton ahead": an evidence subject needs no "that".
        return None;
    }
    // "likened the rules to “burning the Constitution”": the likeness;
    // "accused the North's leader, Kim Jong Un, of “recklessness”": the
    // charge.
    let linker = match u.word(cue.a) {
        Some(w) if w.starts_with("liken") => Some("to"),
        Some(w) if w.starts_with("accus") => Some("of"),
        _ => None,
    };
    if let Some(linker) = linker
        && let Some(to) = (cstart..(cstart + MAX_TOLD_OBJECT_WORDS + 1).min(end_tok))
            .take_while(|&k| !u.is_quote(k))
            .find(|&k| u.is(k, linker))
    {
        cstart = to + 1;
    }
    // "anunciou nesta quarta-feira um programa": the time is the writer's.
    if cstart == cue.b + 1 {
        let skip = u.time_adverbial_len(cstart);
        if skip > 0 && cstart + skip < end_tok {
            cstart += skip;
            // "sagte am Montag, die Lage sei ernst": the comma after it.
            if u.is_punct(cstart, &[',']) && cstart + 1 < end_tok {
                cstart += 1;
            }
        }
    }
    // "Everything Trump says is a lie": the cue ends a relative clause;
    // "the helicopter, which it said crashed …", "which RT pointed to as
    // …": the relative pronoun is the cue's object, and what is said is
    // about the phrase before it.
    let object_relative = np.is_some_and(|(a, _)| {
        a > 1
            && u.word(a - 1).is_some_and(|w| matches!(w, "which" | "whom"))
            && (u.is_punct(a - 2, &[',']) || u.np_word(a - 2))
            && !u.word(a - 2).is_some_and(|w| {
                set!(ADVERBIAL_OPENERS).contains(w) || set!(SUBJECT_PREPOSITIONS).contains(w)
            })
    });
    // "donations, which he said were accompanied by favors": the relative
    // pronoun is the subject of what is said, and the verb phrase after
    // the cue is the content.
    // "the mine, which Mr. Clarke says he is doing everything to keep
    // open": a that-less clause after the cue is what is said.
    // "the gap between what Trump says his plan would do and …": a free
    // relative with a clause after the cue ("What he said was false" has
    // none: the rest is the writer's).
    let after_what = np.is_some_and(|(a, _)| a > 0 && u.is(a - 1, "what"));
    let what_clause = after_what && cstart == cue.b + 1 && u.clause_follows(cstart);
    // "what Liz Wahl said when she resigned", "what PFF said about his
    // performance": no clause, nothing said in this sentence ("what X
    // called Y" names Y).
    if after_what
        && !what_clause
        && !u
            .word(cue.a)
            .is_some_and(|w| w.starts_with("call") || w.starts_with("describ"))
    {
        return None;
    }
    let object_relative = object_relative || what_clause;
    let gap_verb = object_relative
        && matches!(cue.class, CueClass::Speech | CueClass::Weak)
        && np.is_some_and(|(a, b)| b - a <= MAX_GAP_SPEAKER_WORDS)
        && cstart == cue.b + 1
        && (u.finite_at(cstart) || u.clause_follows(cstart));
    if cstart >= end_tok
        || (object_relative && !gap_verb)
        || (cstart == cue.b + 1
            && !gap_verb
            && u.word(cstart)
                .is_some_and(|w| matches!(w, "is" | "was" | "are" | "were")))
    {
        return None;
    }
    let cs = u.toks.get(cstart)?.s;
    let clause_at = u.toks.get(v.saturating_sub(1))?.s;
    // "As Clinton talked about unity, Trump highlighted …": a subordinate
    // clause ends at the comma before the main clause's subject.
    let subordinator = |w: &str| {
        matches!(
            w,
            "as" | "while"
                | "when"
                | "although"
                | "though"
                | "because"
                | "if"
                | "since"
                | "after"
                | "before"
                | "whereas"
        )
    };
    let subordinate = np.is_some_and(|(a, _)| {
        a > 0
            && u.word(a - 1).is_some_and(subordinator)
            && (a == 1 || u.is_punct(a - 2, &[',', ';', '—']) || u.clause_start(a) == a - 1)
    })
        // "Though she called X “outrageous” and called for Y, Clinton
        // restricted …": a coordinated cue in the same subordinate clause.
        || (np.is_none() && coordinated && u.word(0).is_some_and(subordinator));
    // "The ruling, which contended that A, is …": the relative clause ends
    // at the comma before the main verb.
    let relative_end = np
        .filter(|&(a, b)| {
            (((b == a + 1 && u.relative(a)) || u.is(b - 1, "whom"))
                && a > 0
                && u.is_punct(a - 1, &[',']))
                || (gap_verb && a > 1 && u.is_punct(a - 2, &[',']))
        })
        .and_then(|_| {
            (cstart + 1..end_tok).find(|&k| {
                u.is_punct(k, &[','])
                    && (u.finite_at(k + 1)
                        || u.word(k + 1).is_some_and(|w| {
                            set!(FINITE).contains(w)
                                || (!u.is_cap(k + 1) && set!(IRREGULAR_PAST).contains(w))
                                // "…, stays closed" (not "…, favours and gifts").
                                || (gap_verb
                                    && u.s_verb(k + 1)
                                    && u.word(k + 2).is_some_and(|n| !matches!(n, "and" | "or")))
                        }))
            })
        });
    let main_clause_at = subordinate
        .then(|| {
            (cstart + 1..end_tok).find(|&k| {
                u.is_punct(k, &[','])
                    && (u.is_cap(k + 1)
                        || u.word(k + 1).is_some_and(|w| set!(PRONOUNS).contains(w))
                        || u.np_then_verb(k + 1))
            })
        })
        .flatten();
    // "X scolded him: “…,” she said.": the quotation alone.
    let quote_then_words = u.is_quote(cstart)
        && cstart > 0
        && u.is_punct(cstart - 1, &[':'])
        && u.word(cstart + 1).is_some();
    // The free relative ends with its own verb phrase: "what Trump says
    // his tax cuts would do | and how …".
    let what_end = what_clause
        .then(|| {
            let verb =
                (cstart..end_tok).find(|&k| u.word(k).is_some_and(|w| set!(FINITE).contains(w)));
            (cstart + 1..end_tok).find(|&k| {
                u.is_punct(k, &[',', ';', '—'])
                    || u.word(k)
                        .is_some_and(|w| matches!(w, "and" | "or" | "but" | "than"))
                    || verb.is_some_and(|v| k > v + 1 && u.finite_at(k))
            })
        })
        .flatten();
    let ce = if quote_then_words {
        u.toks.get(cstart)?.e
    } else if let Some(k) = main_clause_at.or(relative_end).or(what_end) {
        trim_tail(u.text, cs, u.toks.get(k)?.s)
    } else {
        u.clause_end_of(cstart, end_tok, true)
            .and_then(|k| u.toks.get(k))
            .map_or(unit_end, |t| trim_tail(u.text, cs, t.s))
    };
    // "saying, “That makes me smart,” when Clinton blasted him": the
    // quotation alone, before the writer's subordinate clause.
    let ce = if u.is_quote(cstart)
        && u.word(cstart + 1).is_some_and(|w| {
            matches!(
                w,
                "when" | "after" | "as" | "while" | "before" | "because" | "since"
            )
        })
        && (u.subject_then_verb(cstart + 2) || u.np_then_verb(cstart + 2))
    {
        u.toks.get(cstart).map_or(ce, |t| t.e)
    } else {
        ce
    };
    // "rejected that argument in a ruling …": a demonstrative before a
    // lower-case noun opens an object, not a clause.
    let demonstrative = || {
        u.word(cstart)
            .is_some_and(|w| matches!(w, "that" | "this" | "these" | "those"))
            && !u.word(cue.a).is_some_and(say_form)
            && !u.telling(cue)
            && u.word(cstart + 1).is_some_and(|w| {
                !u.is_cap(cstart + 1)
                    && !set!(DETERMINERS).contains(w)
                    && !set!(PRONOUNS).contains(w)
                    && !w.ends_with("ing")
                    && !set!(SUBJECT_PREPOSITIONS).contains(w)
                    && !lexicon::is_np_stop(&w)
            })
            // "that" takes a singular noun ("argued that voters want …"
            // opens a clause).
            && !(u.is(cstart, "that") && u.s_verb(cstart + 1))
            // The noun alone: a preposition, a conjunction or a stop after it.
            && (cstart + 2 >= end_tok
                || u.word(cstart + 2).is_none()
                || u.word(cstart + 2).is_some_and(|w| {
                    matches!(w, "and" | "but" | "in" | "on" | "at" | "during" | "for" | "because")
                }))
    };
    let topic = cue.class == CueClass::Topic && cstart > cue.b + 1;
    let object_start = |k: usize| {
        !u.is_quote(k)
            && (topic || !u.clause_follows(k))
            && u.word(k)
                .is_some_and(|w| !set!(THAT).contains(w) && !set!(WH_WORDS).contains(w))
    };
    // "has been critical of Trump since they both …": the topic after the
    // preposition is an object too.
    // "attacked Machado in early-morning tweets", "rejected that argument
    // in a ruling released Thursday": after a noun-phrase object, the
    // occasion and the time are the writer's.
    let object_frame =
        ((cstart == cue.b + 1 && !to_inf) || topic) && (object_start(cstart) || demonstrative());
    // "Haines apologized in court": an occasion alone says nothing; "noted
    // at the time, Trump's heart disease meant …": the clause after it is
    // the content ("reported at least 5,000 people …" is a quantity).
    let mut cs = cs;
    if object_frame
        && cue.class == CueClass::Speech
        && u.word(cstart)
            .is_some_and(|w| matches!(w, "in" | "at" | "during" | "after" | "before" | "outside"))
        && !u
            .word(cstart + 1)
            .is_some_and(|w| matches!(w, "least" | "most"))
    {
        let comma = (cstart + 1..(cstart + MAX_TRAILER_TOKENS).min(end_tok))
            .take_while(|&j| u.word(j).is_some() || u.is_punct(j, &[',']))
            .find(|&j| u.is_punct(j, &[',']))
            .filter(|&j| {
                (j + 1..end_tok).filter(|&k| u.word(k).is_some()).count() >= 4
                    && !u.word(j + 1).is_some_and(|w| {
                        matches!(
                            w,
                            "which"
                                | "who"
                                | "including"
                                | "and"
                                | "but"
                                | "where"
                                | "when"
                                | "while"
                        )
                    })
                    && (j + 2..(j + 9).min(end_tok)).any(|k| {
                        u.finite_at(k) || u.word(k).is_some_and(|w| set!(FINITE).contains(w))
                    })
            })?;
        cstart = comma + 1;
        cs = u.toks.get(cstart)?.s;
    }
    // "I have said it many times", "he said so again": a pronoun object
    // of "say" points back; nothing new is claimed.
    if object_frame
        && u.word(cstart)
            .is_some_and(|w| matches!(w, "it" | "so" | "this"))
        && u.word(cue.a).is_some_and(say_form)
        && (cstart + 1..end_tok).all(|k| {
            u.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "many"
                        | "times"
                        | "several"
                        | "before"
                        | "again"
                        | "repeatedly"
                        | "often"
                        | "already"
                        | "too"
                        | "publicly"
                        | "then"
                        | "now"
                        | "once"
                        | "twice"
                        | "yesterday"
                        | "today"
                        | "aloud"
                        | "on"
                        | "last"
                        | "week"
                ) || crate::dates::any_weekday(w)
            })
        })
        && end_tok - cstart <= MAX_BACK_POINTING_WORDS
    {
        return None;
    }
    // "adding a small digital clock", "the family claimed Ford's body":
    // with a plain object these verbs say nothing ("claimed responsibility"
    // and "claimed victory" still claim).
    // A that-less clause still counts ("added the circumstances remained
    // unclear", "claimed the label thought …"): a finite verb before the
    // first comma.
    let finite_verb = || {
        (cstart..end_tok)
            .take_while(|&k| !u.is_punct(k, &[',', ';', '—']) && !u.is(k, "that"))
            .any(|k| {
                u.finite_at(k)
                    || (!u.is_cap(k)
                        && u.word(k).is_some_and(|w| {
                            matches!(w, "thought" | "said" | "knew" | "made" | "got")
                        }))
            })
    };
    if object_frame
        && !u.is(cstart, "to")
        && u.word(cue.a).is_some_and(|w| {
            w.starts_with("add")
                || (w.starts_with("claim")
                    && !u
                        .word(cstart)
                        .is_some_and(|o| matches!(o, "responsibility" | "credit" | "victory")))
        })
        && !u.is_punct(cstart.saturating_sub(1), &[':', ','])
        && !finite_verb()
    {
        return None;
    }
    // "acknowledged the reality of climate change, which makes him …": a
    // relative clause after the object is the writer's.
    let ce = if object_frame {
        let end = u.toks.partition_point(|t| t.s < ce);
        let object_act = !topic
            && u.word(cue.a)
                .is_some_and(|w| OBJECT_ACTS.iter().any(|a| w.starts_with(a)));
        let first_finite = (cstart..end).find(|&j| u.finite_at(j));
        // "said the videos show …": a reported clause, not an object.
        let reports = u
            .word(cue.a)
            .is_some_and(|w| say_form(w) || matches!(w, "tell" | "tells" | "told" | "telling"));
        // After a colon a list is what was said, adjuncts and all.
        let after_colon = |k: usize| (cstart..k).any(|j| u.is_punct(j, &[':']));
        (cstart + 1..end)
            .find(|&k| {
                // "promised a lot: the ability to play … on your TV, …":
                // after a colon the list is what was said.
                // A month only after a plain noun phrase ("a man who saw
                // his doctor in November" dates the relative clause).
                (!topic
                    && u.occasion_tail(
                        k,
                        end,
                        first_finite.is_none_or(|f| f >= k)
                            && !(cstart..k).any(|j| {
                                u.word(j)
                                    .is_some_and(|w| matches!(w, "who" | "that" | "which" | "where"))
                            }),
                    )
                    && !after_colon(k))
                    || (u.is_punct(k, &[','])
                        && u.word(k + 1).is_some_and(|w| matches!(w, "which" | "who")))
                    // "show a close contest in the state, where 18 votes are
                    // up for grabs": a place's relative clause after a plain
                    // object.
                    || (u.is_punct(k, &[','])
                        && u.is(k + 1, "where")
                        && first_finite.is_none_or(|f| f >= k)
                        && !after_colon(k))
                    // "criticized the law … during a stop in Flint", "…
                    // when he ran in 2008": the time of the saying.
                    || (k > cstart + 1
                        && object_act
                        && first_finite.is_none_or(|f| f >= k)
                        && u.word(k).is_some_and(|w| {
                            matches!(
                                w,
                                "during" | "while" | "when" | "because" | "until" | "amid"
                            )
                        }))
                    // "criticized Democrats during his time on MSNBC": after
                    // a one-word object too, "during" and "amid" open the
                    // time of the act, never what was said.
                    || (k == cstart + 1
                        && object_act
                        && u.word(k).is_some_and(|w| matches!(w, "during" | "amid")))
                    // "warned officials to boost their security after
                    // hackers targeted …", "declined the assignment so the
                    // network …": a subordinate clause after a plain object
                    // is the writer's, whatever the act.
                    || (k > cstart
                        && !reports
                        && first_finite.is_none_or(|f| f >= k)
                        && !after_colon(k)
                        && u.word(k).is_some_and(|w| set!(ADJUNCT_CONJUNCTIONS).contains(w))
                        && (k + 2..(k + MAX_SPEAKER_WORDS).min(end))
                            .take_while(|&j| u.word(j).is_some())
                            .any(|j| u.past_or_finite(j)))
                    || (k > cstart
                        && !reports
                        && first_finite.is_none_or(|f| f >= k)
                        && (u.word(k).is_some_and(|w| matches!(w, "despite" | "amid"))
                            // "misgivings about Mrs. Clinton because of …".
                            || (u.is(k, "because") && u.is(k + 1, "of"))))
                    // "declined that assignment and has since left": the
                    // speaker's next verb ("and extended benefits" may be
                    // an object: a past tense counts before a determiner).
                    || (k > cstart
                        && first_finite.is_none_or(|f| f >= k)
                        && u.word(k).is_some_and(|w| matches!(w, "and" | "but"))
                        && !u.is_cap(k + 1)
                        && (u.word(k + 1).is_some_and(|w| set!(FINITE).contains(w))
                            || (u.past_or_finite(k + 1)
                                && u.word(k + 2).is_some_and(|w| {
                                    set!(DETERMINERS_BEFORE_NOUN).contains(w)
                                        || matches!(
                                            w,
                                            "him" | "them" | "it" | "her"
                                                // "… and attempted to make
                                                // the case", "and decided
                                                // against …".
                                                | "to" | "against" | "that"
                                        )
                                }))))
                    // "has said his piece, he is ready to move on": a
                    // new main clause after the object.
                    || (u.is_punct(k, &[','])
                        && first_finite.is_none_or(|f| f >= k)
                        && u.word(k + 1).is_some_and(|w| subject_pronoun(w) && w != "who")
                        && u.word(k + 2).is_some_and(|w| set!(FINITE).contains(w)))
                    // "… a tightening race as Trump consolidates …", "… in
                    // cash so Mr. Clarke could start …": "as" and "so"
                    // before a named or pronoun subject and its verb.
                    || (k > cstart + 1
                        && !reports
                        && first_finite.is_none_or(|f| f >= k)
                        && u.word(k).is_some_and(|w| matches!(w, "as" | "so"))
                        && u.subject_then_verb(k + 1))
            })
            .and_then(|k| u.toks.get(k))
            .map_or(ce, |t| trim_tail(u.text, cs, t.s))
    } else {
        ce
    };
    Some(Draft {
        content: (cs, ce),
        np,
        cue: cue_span,
        split_second: None,
        inherit: np.is_none(),
        clause_at,
        post: false,
    })
}

/// Participle stems of "published/released" in French, Spanish, Italian and
/// Portuguese (with their plural and feminine endings).
const ROMANCE_AGENT_PARTICIPLES: &[&str] = &[
    "publicad",
    "divulgad",
    "difundid",
    "publié",
    "diffusé",
    "pubblicat",
    "diffus",
    "divulgat",
    "rilasciat",
    "elaborad",
    "elaborat",
    "realizad",
];

/// Prepositions before the agent of a Romance passive ("por el INE",
/// "pelo Inpe", "par l'Insee", "dall'Istat").
const ROMANCE_AGENT_PREPOSITIONS: &[&str] = &[
    "por", "par", "pelo", "pela", "pelos", "pelas", "da", "dal", "dalla", "dai", "dagli",
];

/// Section labels before a headline's colon ("Summary: …", "Analysis: …").
const HEADLINE_LABELS: &[&str] = &[
    "summary",
    "update",
    "watch",
    "video",
    "analysis",
    "opinion",
    "exclusive",
    "breaking",
    "live",
    "review",
    "editorial",
    "explainer",
    "factbox",
    "column",
    "obituary",
    "recap",
    "preview",
    "interview",
    "podcast",
    "photos",
    "comment",
];

/// Longest dateline before a content's first sentence, in bytes.
const MAX_DATELINE: usize = 60;

/// The start of a content after the dateline opening it: "Madrid, 30 ene
/// (EFE).- La inflación …", "ROMA - L'apertura …", "MUMBAI — The …".
fn skip_dateline(text: &str, (start, end): (usize, usize)) -> usize {
    let Some(head) = text.get(start..end) else {
        return start;
    };
    let mut cut = MAX_DATELINE.min(head.len());
    while !head.is_char_boundary(cut) {
        cut -= 1;
    }
    let lead = &head[..cut];
    // An agency dateline: "(EFE).-", "(AFP) -", ").-".
    for mark in [").- ", ".- ", ") - ", ") — ", ") – "] {
        if let Some(i) = lead.find(mark)
            && lead[..i].contains(|c: char| c.is_ascii_digit() || c == '(')
        {
            return start + i + mark.len();
        }
    }
    // A live blog's time stamp: "9:45 p.m. — ", "55 p.m. — " (after a
    // split at "8:"), "14h30 - ".
    let stamp = lead
        .split_whitespace()
        .take(3)
        .take_while(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'h' | 'a' | 'p' | 'm'))
                && w.chars()
                    .any(|c| c.is_ascii_digit() || *w == "a.m." || *w == "p.m.")
        })
        .map(|w| w.len() + 1)
        .sum::<usize>();
    if stamp > 0
        && lead
            .get(..1)
            .is_some_and(|c| c.starts_with(|c: char| c.is_ascii_digit()))
    {
        for mark in ["— ", "– ", "- "] {
            if lead.get(stamp..).is_some_and(|r| r.starts_with(mark)) {
                return start + stamp + mark.len();
            }
        }
    }
    // A shouted place and a dash: "ROMA - ", "BOLOGNA — ".
    let first = lead.split_whitespace().next().unwrap_or("");
    let shouted = first.chars().count() >= 3 && first.chars().all(|c| c.is_uppercase() || c == ',');
    if shouted {
        for mark in [" - ", " — ", " – "] {
            if let Some(rest) = lead.strip_prefix(first)
                && rest.starts_with(mark)
            {
                return start + first.len() + mark.len();
            }
        }
    }
    start
}

/// End of a content that stops before `end`: trailing spaces and commas off.
fn trim_tail(text: &str, start: usize, end: usize) -> usize {
    let s = text.get(start..end).unwrap_or("");
    start
        + s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '—' | '–' | ';'))
            .len()
}

/// The inside of a quote without surrounding spaces and a trailing comma.
fn trim_quote(text: &str, q: &Quote) -> (usize, usize) {
    let s = text.get(q.inner_start..q.inner_end).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let body = s
        .trim_start()
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    (q.inner_start + lead, q.inner_start + lead + body.len())
}

/// Kind and final content range of a content region.
fn classify(
    u: &Unit<'_>,
    qs: &[Quote],
    (cs, ce): (usize, usize),
) -> (StatementKind, (usize, usize)) {
    let inside: Vec<&Tok> = u
        .toks
        .iter()
        .filter(|t| t.s >= cs && t.e <= ce.max(t.s))
        .filter(|t| t.s < ce)
        .collect();
    let words = inside.iter().filter(|t| t.kind == Tk::Word).count();
    let quotes: Vec<usize> = inside
        .iter()
        .filter_map(|t| match t.kind {
            Tk::Quote(k) => Some(k),
            _ => None,
        })
        .collect();
    match (words, quotes.as_slice()) {
        (0, [k]) => match qs.get(*k) {
            Some(q) => (StatementKind::Direct, trim_quote(u.text, q)),
            None => (StatementKind::Indirect, (cs, ce)),
        },
        (_, []) => (StatementKind::Indirect, (cs, ce)),
        _ => (StatementKind::Mixed, (cs, ce)),
    }
}
