//! The one data model that every newsfacts stage reads and writes.
//!
//! The pipeline is `ingest → extract → analyze → store → serve`. Each stage
//! passes the same serde types along, so the JSON field names here are a
//! contract: the CLI prints them, the store keeps them, the Python bindings
//! hand them out. Rename nothing without a migration.
//!
//! * [`Article`] is what extraction makes of one page: the clean body `text`
//!   plus headline, dates, authors, site, URL, language and the in-body promos
//!   moved to [`Related`].
//! * [`Kind`] says whether a page held an article, a listing of teasers, or
//!   nothing usable.
//! * [`Record`] is one line of output: either an article or a [`Failure`]
//!   with the source and the reason, so that no input is ever dropped silently.
//!
//! ```
//! use newsfacts_model::{Article, Kind, Record};
//!
//! let mut a = Article::new("page.html");
//! a.title = Some("Putin hopes Russia-US cooperation will lead to fundamental changes".into());
//! a.published = Some("2016-05-10T16:21".into());
//! a.text = "Russia hopes that cooperation with the US ...".into();
//! a.kind = Kind::Article;
//! let line = serde_json::to_string(&Record::Article(a)).unwrap();
//! assert!(line.contains(r#""published":"2016-05-10T16:21""#));
//!
//! let failed = Record::failure("broken.html.gz", "gzip: unexpected end of file");
//! assert_eq!(
//!     serde_json::to_string(&failed).unwrap(),
//!     r#"{"source":"broken.html.gz","error":"gzip: unexpected end of file"}"#
//! );
//! ```

use serde::{Deserialize, Serialize};

/// What a page turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// One article (news story, blog post, press release …) with a body.
    Article,
    /// An index, section or tag page made of teasers of many articles. Its
    /// `text` is left empty rather than gluing the teasers together.
    Listing,
    /// Nothing that reads as prose: an empty page, a login wall, a media page.
    #[default]
    Empty,
}

impl Kind {
    /// The name used in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Article => "article",
            Kind::Listing => "listing",
            Kind::Empty => "empty",
        }
    }
}

/// An in-body promo ("READ MORE: …", "Related: …") moved out of the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Related {
    /// The promo's headline, without the "READ MORE:" lead.
    pub title: String,
    /// Where it points, when the page says (flattened text usually does not).
    pub url: Option<String>,
}

/// One extracted article. Field names are a contract (see the crate docs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    /// Where the page came from: the path as given, `-` for stdin, or
    /// `file#offset` for a record inside a container.
    pub source: String,
    /// Canonical URL when the page states one, else the URL it was fetched from.
    pub url: Option<String>,
    /// Site name ("RT", "The Guardian") when known.
    pub site: Option<String>,
    /// The article's headline, without the site name glued on.
    pub title: Option<String>,
    /// Publication date-time, ISO 8601, as precise as the page says
    /// (`2016-05-10T16:21`, `2016-05-10`, `2016-05-10T16:21:00+03:00`).
    pub published: Option<String>,
    /// Last modification, kept apart from `published`.
    pub updated: Option<String>,
    /// Author names, without "By" and role words.
    pub authors: Vec<String>,
    /// ISO 639-1 language code.
    pub language: Option<String>,
    /// The page's own summary (meta description), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The clean body: paragraphs separated by one blank line.
    pub text: String,
    /// In-body promos removed from `text`.
    pub related: Vec<Related>,
    /// What the page is.
    pub kind: Kind,
    /// Set by the store when this article is a near-duplicate (a syndicated
    /// copy) of an earlier one: that article's `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<String>,
    /// When a crawler fetched the page (WARC-Date), ISO 8601.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fetched: Option<String>,
    /// Attributed statements found in `text` (analysis stage).
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Quantities claimed in `text` (analysis stage).
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Date expressions in `text`, resolved against `published`.
    #[serde(default)]
    pub dates: Vec<DateMention>,
    /// People, organisations and places named in `text`.
    #[serde(default)]
    pub entities: Vec<Entity>,
}

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// Wholly in quotation marks.
    Direct,
    /// A reported clause that contains a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

/// One attributed statement: who said what. Offsets are character (not
/// byte) offsets into [`Article::text`], end exclusive.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Direct, mixed or indirect.
    pub kind: StatementKind,
    /// What is attributed, without the quotation marks.
    pub quote: String,
    /// The speaker's canonical full name, resolved across the article;
    /// null only when the article never says who.
    pub speaker: Option<String>,
    /// The words in this sentence that point to the speaker ("he").
    pub speaker_mention: Option<String>,
    /// `[start, end]` of `speaker_mention`.
    pub speaker_span: Option<[usize; 2]>,
    /// The cue ("said", "according to", "read" …).
    pub cue: Option<String>,
    /// Start of `quote`.
    pub start: usize,
    /// End of `quote`.
    pub end: usize,
}

/// A number claimed in the text. Offsets as in [`Statement`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The numeric value (ranges: the lower bound; `value_max` the upper).
    pub value: f64,
    /// Upper bound of a range ("between 300 and 400").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// Unit or currency when stated ("%", "USD", "km").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The words as written ("more than 10,000 sorties").
    pub text: String,
    /// What is counted ("sorties").
    pub about: Option<String>,
    /// "more than", "about", "at least", "an estimated" …
    pub qualifier: Option<String>,
    /// Who claims it (canonical name), when the text says.
    pub claimed_by: Option<String>,
    /// Start of `text`.
    pub start: usize,
    /// End of `text`.
    pub end: usize,
}

/// A date expression resolved against the article's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateMention {
    /// The words as written ("on Tuesday").
    pub text: String,
    /// ISO 8601, as precise as the words say ("2016-05-10", "2016-02", "2011").
    pub value: String,
    /// Start of `text`.
    pub start: usize,
    /// End of `text`.
    pub end: usize,
}

/// The type of a named entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A company, agency, party, group or government body.
    Organization,
    /// A country, city, region or other place.
    Place,
    /// Anything else with a name.
    Other,
}

/// A named entity, listed once per article under its full name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical full name, titles stripped ("Vladimir Putin").
    pub name: String,
    /// Person, organization, place or other.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// `[start, end]` of every mention in `text`.
    pub mentions: Vec<[usize; 2]>,
    /// Other names used for it ("ISSG", "Putin", "IS").
    pub aliases: Vec<String>,
}

impl Article {
    /// An empty article for `source`.
    pub fn new(source: impl Into<String>) -> Self {
        Article {
            source: source.into(),
            ..Article::default()
        }
    }
}

/// Why an input could not become an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    /// Same meaning as [`Article::source`].
    pub source: String,
    /// A human-readable reason.
    pub error: String,
}

/// One output line: an article or a failure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
// Records are built once per page and moved, never stored in bulk, so the
// size difference between the variants costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
pub enum Record {
    /// The input became an article (possibly of kind `listing` or `empty`).
    Article(Article),
    /// The input could not be processed.
    Failure(Failure),
}

impl Record {
    /// A failure record.
    pub fn failure(source: impl Into<String>, error: impl Into<String>) -> Self {
        Record::Failure(Failure {
            source: source.into(),
            error: error.into(),
        })
    }

    /// The source of either variant.
    pub fn source(&self) -> &str {
        match self {
            Record::Article(a) => &a.source,
            Record::Failure(f) => &f.source,
        }
    }

    /// Whether this record is a failure.
    pub fn is_failure(&self) -> bool {
        matches!(self, Record::Failure(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_round_trips_with_contract_names() {
        let mut a = Article::new("x.html");
        a.authors = vec!["Jane Doe".into()];
        a.related.push(Related {
            title: "Other story".into(),
            url: None,
        });
        a.kind = Kind::Listing;
        let json = serde_json::to_string(&a).unwrap();
        for key in [
            "\"source\"",
            "\"url\"",
            "\"site\"",
            "\"title\"",
            "\"published\"",
            "\"updated\"",
            "\"authors\"",
            "\"language\"",
            "\"text\"",
            "\"related\"",
            "\"kind\":\"listing\"",
            "\"statements\"",
            "\"quantities\"",
            "\"dates\"",
            "\"entities\"",
        ] {
            assert!(json.contains(key), "{key} missing in {json}");
        }
        let back: Record = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Record::Article(a));
    }

    #[test]
    fn failure_parses_as_failure() {
        let r: Record = serde_json::from_str(r#"{"source":"a","error":"b"}"#).unwrap();
        assert!(r.is_failure());
        assert_eq!(r.source(), "a");
    }
}
