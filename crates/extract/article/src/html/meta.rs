//! Page metadata from HTML: headline, dates, authors, site name, canonical
//! URL, declared language, description, image, page type, section, tags.
//!
//! One pass over [`Document::all`] collects `<meta>`, `<link>`, `<base>`,
//! JSON-LD `<script>`s, `<title>`, `<h1>`, `<time>`, `[itemprop]` and
//! `a[rel=author]`; the rest is looked up around the headline only. Dates
//! are *not* parsed: [`Metadata::published`] and [`Metadata::updated`] hold
//! raw candidates, most trusted first, for the date module to normalise.
//!
//! # Order of trust (first present wins unless stated)
//!
//! | field | sources, most trusted first |
//! |---|---|
//! | `title` | visible `<h1>` / `[itemprop=headline]` / `.headline`, `.entry-title`, `.article-title`, `.post-title` whose text equals or is most of a declared title; JSON-LD article `headline`/`name`; `og:title`; `twitter:title`; `meta[name=title]`; JSON-LD WebPage `name`; `<title>`; a lone `<h1>` in `<article>`/`<main>` — declared ones cleaned with [`clean_title`] |
//! | `site` | `og:site_name`; JSON-LD `publisher.name`; `application-name`; JSON-LD `WebSite.name`; the rest of the `<title>` around the headline ("Headline - Site") |
//! | `url` | `<link rel=canonical>`; `og:url`; JSON-LD `url`/`mainEntityOfPage`; `twitter:url` — resolved against `<base href>`/`base_url`, http(s) only; a bare home page URL loses to a deeper one and is dropped when the page was fetched from a deeper URL |
//! | `published` | JSON-LD; meta tags and `[itemprop=datePublished]`; `<time>`; byline text near the headline; date in the URL (see [`DateOrigin`]) |
//! | `updated` | JSON-LD `dateModified`; meta (`article:modified_time`, `[itemprop=dateModified]`, `og:updated_time`, `last-modified` …); `<time>` marked updated; byline text after "Updated" |
//! | `authors` | JSON-LD `author`; `meta[name=author]`, `article:author` (not a URL), `dc.creator`, `byl` …; `[itemprop=author]`, `a[rel=author]`; elements whose class or `data-testid` holds `byline`/`author`/`contributor` (or `autor`, `auteur`, `signature`, `firma`) — the first source naming a person wins; organisations and agencies only when no source names a person |
//! | `language` | `<html lang>`; `http-equiv=content-language`; `og:locale`; JSON-LD `inLanguage`; `meta[name=language]`, `dc.language` |
//! | `description` | `og:description`; `meta[name=description]`; `twitter:description`; JSON-LD `description`; `dc.description` |
//! | `image` | `og:image`; `og:image:url`/`secure_url`; `twitter:image`; JSON-LD `image`; `link[rel=image_src]` |
//! | `page_type` | JSON-LD `@type` of the main entity; `og:type` |
//! | `section` | `article:section`; JSON-LD `articleSection`; `meta[name=section]`, `parsely-section` |
//! | `tags` | all `article:tag`; else JSON-LD `keywords`; else `news_keywords`/`parsely-tags`; else `keywords` |
//!
//! ```
//! use newsfacts_dom::Document;
//! use newsfacts_extract::html::meta::{extract, DateOrigin};
//!
//! let html = r#"<html lang="en"><head>
//!   <title>Rates rise again | Example News</title>
//!   <meta property="og:site_name" content="Example News">
//!   <meta property="article:published_time" content="2024-03-01T09:00:00Z">
//!   <meta name="author" content="Jane Doe">
//!   <link rel="canonical" href="/business/rates-rise">
//! </head><body><h1>Rates rise again</h1></body></html>"#;
//! let m = extract(&Document::parse(html), Some("https://news.example/b?id=1"));
//! assert_eq!(m.title.as_deref(), Some("Rates rise again"));
//! assert_eq!(m.site.as_deref(), Some("Example News"));
//! assert_eq!(m.url.as_deref(), Some("https://news.example/business/rates-rise"));
//! assert_eq!(m.published[0].raw, "2024-03-01T09:00:00Z");
//! assert_eq!(m.published[0].origin, DateOrigin::Meta);
//! assert_eq!(m.authors, ["Jane Doe"]);
//! assert_eq!(m.language.as_deref(), Some("en"));
//! ```

mod authors;
mod dates;
mod jsonld;
mod text;
mod title;

pub use authors::clean_authors;
pub use title::clean_title;

use newsfacts_dom::{Document, NodeId, Tag};

use dates::Label;
use text::{collapse_ws, contains_any_ci, contains_ci, contains_words, norm_key, starts_with_ci};

/// What the page declares about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The article's headline, without the site name.
    pub title: Option<String>,
    /// `og:site_name`, JSON-LD `publisher.name`, `application-name`, the
    /// `<title>` around the headline, else `None`.
    pub site: Option<String>,
    /// Canonical URL, absolute; `None` when the page declares none.
    pub url: Option<String>,
    /// Publication date candidates, most trusted first.
    pub published: Vec<DateCandidate>,
    /// Modification date candidates, most trusted first.
    pub updated: Vec<DateCandidate>,
    /// Clean person names, deduplicated, in page order.
    pub authors: Vec<String>,
    /// The declared language, raw (`en-GB`, `de_DE`, `ja`).
    pub language: Option<String>,
    /// The page's own summary.
    pub description: Option<String>,
    /// The lead image URL, absolute when a base URL is known.
    pub image: Option<String>,
    /// `NewsArticle`, `BlogPosting`, `WebPage`, `article`, `website` …
    pub page_type: Option<String>,
    /// The section or category the page declares.
    pub section: Option<String>,
    /// Declared tags / keywords.
    pub tags: Vec<String>,
}

/// A date as written on the page, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateCandidate {
    /// The text as found (an attribute value, a URL part "2016-05-10", or
    /// visible text such as "10 May 2016 14:21 BST").
    pub raw: String,
    /// Where it came from.
    pub origin: DateOrigin,
}

/// Where a date candidate was found, from most to least trusted (the
/// derived order is the order of trust).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DateOrigin {
    /// JSON-LD `datePublished`/`dateCreated`/`uploadDate`/`dateModified`.
    JsonLd,
    /// `<meta>` tags (`article:published_time`, `og:…`, `name=date`,
    /// `dc.date` …) and `[itemprop=datePublished]` on any element.
    Meta,
    /// A `<time>` element (`datetime`, else its text).
    Time,
    /// Visible text near the headline.
    Byline,
    /// `/2016/05/10/` in the URL: raw "2016-05-10" or "2016-05".
    Url,
}

/// Extracts the metadata of a parsed page. `base_url` is the URL the page
/// was fetched from; it resolves relative URLs and is searched for a date.
pub fn extract(doc: &Document, base_url: Option<&str>) -> Metadata {
    let scan = Scan::run(doc);
    let ld = jsonld::parse_blocks(&scan.ld);
    let base = scan
        .base_href
        .and_then(|h| resolve_url(h, base_url))
        .or_else(|| base_url.map(|b| b.trim().to_string()));
    let base = base.as_deref();
    let mut m = Metadata {
        site: scan
            .first(Field::Site, 0, 0)
            .or(ld.publisher.clone())
            .or_else(|| scan.first(Field::Site, 1, 9))
            .or(ld.website.clone()),
        url: pick_url(&scan, &ld, base),
        ..Metadata::default()
    };
    let host = m
        .url
        .as_deref()
        .or(base)
        .and_then(host_of)
        .map(str::to_string);

    // Headline.
    let mut sites: Vec<&str> = Vec::new();
    for s in [
        m.site.as_deref(),
        ld.publisher.as_deref(),
        ld.website.as_deref(),
    ]
    .into_iter()
    .flatten()
    {
        if !sites.contains(&s) {
            sites.push(s);
        }
    }
    let app_name = scan.first(Field::Site, 1, 9);
    if let Some(a) = app_name.as_deref() {
        sites.push(a);
    }
    let twitter_site = scan.first(Field::TwitterSite, 0, 9);
    if let Some(t) = twitter_site.as_deref() {
        sites.push(t.trim_start_matches('@'));
    }
    let (title, anchor) = pick_headline(doc, &scan, &ld, &sites, host.as_deref());
    m.title = title;
    // No declared site name: the part of the <title> around the headline
    // ("Headline - Le Journal du Rhône").
    if m.site.is_none()
        && let Some(headline) = m.title.as_deref()
        && let Some(raw) = scan.title_tag.and_then(|t| node_text(doc, t, 2000))
    {
        m.site = title::site_around(&raw, headline);
    }
    let anchor = anchor
        .or_else(|| fallback_anchor(doc, &scan))
        .or_else(|| heading_matching(doc, m.title.as_deref()));
    let region = anchor.map(|a| Region::around(doc, a));

    // Dates.
    let (published, updated) = collect_dates(doc, &scan, &ld, region.as_ref(), &m, base);
    m.published = published;
    m.updated = updated;

    // Authors.
    m.authors = collect_authors(doc, &scan, &ld, region.as_ref());

    // Language, description, image, type, section, tags.
    m.language = scan
        .html_lang
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .or_else(|| scan.first(Field::Language, 0, 1))
        .or(ld.language.clone())
        .or_else(|| scan.first(Field::Language, 2, 9));
    m.description = scan
        .first(Field::Description, 0, 2)
        .or(ld.description.clone())
        .or_else(|| scan.first(Field::Description, 3, 9));
    m.image = scan
        .first(Field::Image, 0, 2)
        .or(ld.image.clone())
        .or_else(|| scan.first(Field::Image, 3, 9))
        .or_else(|| scan.image_src.map(str::to_string))
        .map(|i| resolve_url(&i, base.or(m.url.as_deref())).unwrap_or(i));
    m.page_type = ld
        .page_type
        .clone()
        .or_else(|| scan.first(Field::OgType, 0, 9));
    m.section = scan
        .first(Field::Section, 0, 0)
        .or(ld.section.clone())
        .or_else(|| scan.first(Field::Section, 1, 9));
    m.tags = collect_tags(&scan, &ld);
    m
}

// ---------------------------------------------------------------------------
// The one pass.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    OgTitle,
    TwitterTitle,
    MetaTitle,
    Site,
    TwitterSite,
    Url,
    Published,
    Updated,
    Author,
    Language,
    Description,
    Image,
    OgType,
    Section,
    Keyword,
}

/// One `<meta>` value (or an `[itemprop]` date).
#[derive(Debug, Clone)]
struct MetaValue<'d> {
    field: Field,
    prio: u8,
    order: u32,
    value: MetaText<'d>,
    /// From `itemprop` (may repeat for every teaser of a listing).
    itemprop: bool,
}

#[derive(Debug, Clone)]
enum MetaText<'d> {
    Attr(&'d str),
    Owned(String),
}

impl MetaText<'_> {
    fn as_str(&self) -> &str {
        match self {
            MetaText::Attr(s) => s,
            MetaText::Owned(s) => s,
        }
    }
}

/// Maps a lower-case meta key to its field and priority (0 = most trusted).
fn meta_field(key: &str) -> Option<(Field, u8)> {
    use Field::*;
    Some(match key {
        "og:title" => (OgTitle, 0),
        "twitter:title" => (TwitterTitle, 0),
        "title" | "headline" | "dc.title" | "dcterms.title" | "sailthru.title"
        | "parsely-title" => (MetaTitle, 0),
        "og:site_name" => (Site, 0),
        "application-name" => (Site, 2),
        "twitter:site" => (TwitterSite, 0),
        "og:url" => (Url, 1),
        "twitter:url" => (Url, 3),
        "article:published_time" => (Published, 0),
        "datepublished" => (Published, 1),
        "og:published_time"
        | "og:article:published_time"
        | "article:published"
        | "published_time"
        | "article.published" => (Published, 2),
        "dc.date.issued"
        | "dcterms.issued"
        | "dcterms.created"
        | "dc.date.created"
        | "citation_publication_date"
        | "citation_date"
        | "originalpublicationdate"
        | "article_date_original" => (Published, 3),
        "pubdate"
        | "publishdate"
        | "publish-date"
        | "publish_date"
        | "pub_date"
        | "parsely-pub-date"
        | "sailthru.date"
        | "date.published"
        | "datecreated"
        | "cxenseparse:recs:publishtime" => (Published, 4),
        "date" | "dc.date" | "dcterms.date" | "created" => (Published, 5),
        "article:modified_time" => (Updated, 0),
        "datemodified" => (Updated, 1),
        "og:updated_time" | "article:updated_time" => (Updated, 2),
        "modified_time" | "dcterms.modified" | "dc.date.modified" | "lastmod" | "last-modified"
        | "article.updated" | "date.updated" => (Updated, 3),
        "author" => (Author, 0),
        "article:author" | "og:article:author" => (Author, 1),
        "dc.creator" | "dcterms.creator" | "byl" => (Author, 2),
        "parsely-author" | "sailthru.author" | "citation_author" => (Author, 3),
        "content-language" => (Language, 0),
        "og:locale" => (Language, 1),
        "language" | "dc.language" | "dcterms.language" => (Language, 3),
        "og:description" => (Description, 0),
        "description" => (Description, 1),
        "twitter:description" => (Description, 2),
        "dc.description" | "dcterms.description" => (Description, 3),
        "og:image" => (Image, 0),
        "og:image:url" | "og:image:secure_url" => (Image, 1),
        "twitter:image" | "twitter:image:src" => (Image, 2),
        "thumbnail" | "thumbnailurl" => (Image, 3),
        "og:type" => (OgType, 0),
        "article:section" => (Section, 0),
        "section" | "parsely-section" | "article.section" | "og:section" => (Section, 2),
        "article:tag" | "og:article:tag" => (Keyword, 0),
        "news_keywords" | "parsely-tags" => (Keyword, 2),
        "keywords" => (Keyword, 3),
        _ => return None,
    })
}

/// `itemprop` names read from `<meta>` and other elements.
fn itemprop_field(key: &str) -> Option<(Field, u8)> {
    match key {
        "datepublished" => Some((Field::Published, 1)),
        "datecreated" => Some((Field::Published, 4)),
        "datemodified" => Some((Field::Updated, 1)),
        _ => None,
    }
}

#[derive(Debug, Default)]
struct Scan<'d> {
    html_lang: Option<&'d str>,
    base_href: Option<&'d str>,
    canonical: Vec<&'d str>,
    image_src: Option<&'d str>,
    title_tag: Option<NodeId>,
    metas: Vec<MetaValue<'d>>,
    ld: Vec<&'d str>,
    h1s: Vec<NodeId>,
    headline_props: Vec<NodeId>,
    times: Vec<NodeId>,
    author_props: Vec<NodeId>,
    rel_authors: Vec<NodeId>,
}

/// Caps on collected nodes: pathological pages cost linear time.
const MAX_NODES: usize = 64;

impl<'d> Scan<'d> {
    fn run(doc: &'d Document) -> Scan<'d> {
        let mut s = Scan::default();
        let mut order = 0u32;
        for id in doc.all() {
            let Some(tag) = doc.tag(id) else {
                continue;
            };
            match tag {
                Tag::Meta => {
                    s.meta(doc, id, &mut order);
                    continue;
                }
                Tag::Link => {
                    s.link(doc, id);
                    continue;
                }
                Tag::Base => {
                    if s.base_href.is_none() {
                        s.base_href = doc.attr(id, "href");
                    }
                    continue;
                }
                Tag::Script => {
                    if doc
                        .attr(id, "type")
                        .is_some_and(|t| contains_ci(t, "ld+json"))
                        && let Some(t) = doc.first_child(id).and_then(|c| doc.text(c))
                    {
                        s.ld.push(t);
                    }
                    continue;
                }
                Tag::Title
                    if s.title_tag.is_none()
                        && !doc.ancestors(id).any(|a| doc.tag(a) == Some(Tag::Svg)) =>
                {
                    s.title_tag = Some(id);
                }
                Tag::Html if s.html_lang.is_none() => {
                    s.html_lang = doc.attr(id, "lang").or_else(|| doc.attr(id, "xml:lang"));
                }
                Tag::H1 if s.h1s.len() < MAX_NODES => s.h1s.push(id),
                Tag::Time if s.times.len() < MAX_NODES => s.times.push(id),
                _ => {}
            }
            for (name, value) in doc.attrs(id) {
                match name {
                    "itemprop" => s.itemprop(doc, id, value, &mut order),
                    "rel"
                        if tag == Tag::A
                            && has_token(value, "author")
                            && s.rel_authors.len() < MAX_NODES =>
                    {
                        s.rel_authors.push(id);
                    }
                    _ => {}
                }
            }
        }
        s.metas.sort_by_key(|v| (v.field as u8, v.prio, v.order));
        s
    }

    fn meta(&mut self, doc: &'d Document, id: NodeId, order: &mut u32) {
        let Some(content) = doc.attr(id, "content").or_else(|| doc.attr(id, "value")) else {
            return;
        };
        if content.trim().is_empty() {
            return;
        }
        let mut seen: [Option<Field>; 4] = [None; 4];
        for (name, key) in doc.attrs(id) {
            let is_itemprop = name == "itemprop";
            if !matches!(name, "name" | "property" | "http-equiv") && !is_itemprop {
                continue;
            }
            let key = key.trim().to_ascii_lowercase();
            let found = if is_itemprop {
                if key == "headline" {
                    Some((Field::MetaTitle, 1))
                } else {
                    itemprop_field(&key)
                }
            } else {
                meta_field(&key)
            };
            let Some((field, prio)) = found else {
                continue;
            };
            // `<meta name="title" property="og:title">`: one value per field.
            if seen.contains(&Some(field)) {
                continue;
            }
            if let Some(slot) = seen.iter_mut().find(|s| s.is_none()) {
                *slot = Some(field);
            }
            if is_itemprop && excluded(doc, id) {
                continue;
            }
            *order += 1;
            self.metas.push(MetaValue {
                field,
                prio,
                order: *order,
                value: MetaText::Attr(content),
                itemprop: is_itemprop,
            });
        }
    }

    fn link(&mut self, doc: &'d Document, id: NodeId) {
        let (Some(rel), Some(href)) = (doc.attr(id, "rel"), doc.attr(id, "href")) else {
            return;
        };
        if has_token(rel, "canonical") && self.canonical.len() < 4 {
            self.canonical.push(href);
        } else if has_token(rel, "image_src") && self.image_src.is_none() {
            self.image_src = Some(href);
        }
    }

    fn itemprop(&mut self, doc: &'d Document, id: NodeId, value: &str, order: &mut u32) {
        for token in value.split_ascii_whitespace() {
            let key = token.to_ascii_lowercase();
            match key.as_str() {
                "headline" if self.headline_props.len() < MAX_NODES => self.headline_props.push(id),
                "author" | "creator" if self.author_props.len() < MAX_NODES => {
                    self.author_props.push(id)
                }
                k => {
                    if let Some((field, prio)) = itemprop_field(k)
                        && self.metas.len() < 4 * MAX_NODES
                        && !excluded(doc, id)
                    {
                        let raw = doc
                            .attr(id, "content")
                            .or_else(|| doc.attr(id, "datetime"))
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(MetaText::Attr)
                            .or_else(|| {
                                node_text(doc, id, 120)
                                    .filter(|t| dates::looks_like_date(t))
                                    .map(MetaText::Owned)
                            });
                        if let Some(raw) = raw {
                            *order += 1;
                            self.metas.push(MetaValue {
                                field,
                                prio,
                                order: *order,
                                value: raw,
                                itemprop: true,
                            });
                        }
                    }
                }
            }
        }
    }

    /// Values of `field` with priority in `lo..=hi`, most trusted first.
    fn values(&self, field: Field, lo: u8, hi: u8) -> impl Iterator<Item = &MetaValue<'d>> {
        self.metas
            .iter()
            .filter(move |v| v.field == field && (lo..=hi).contains(&v.prio))
    }

    /// The first value of `field` in `lo..=hi`, white space collapsed.
    fn first(&self, field: Field, lo: u8, hi: u8) -> Option<String> {
        self.values(field, lo, hi)
            .map(|v| collapse_ws(v.value.as_str()))
            .find(|v| !v.is_empty())
    }
}

fn has_token(list: &str, token: &str) -> bool {
    list.split_ascii_whitespace()
        .any(|t| t.eq_ignore_ascii_case(token))
}

// ---------------------------------------------------------------------------
// Regions of the page.

/// Class/id words of page parts whose dates and authors are not the article's.
const EXCLUDED_WORDS: &[&str] = &[
    "comment",
    "related",
    "sidebar",
    "footer",
    "recommend",
    "most-read",
    "mostread",
    "most-popular",
    "trending",
    "read-next",
    "readnext",
    "more-stories",
    "also-read",
    "masthead",
    "site-header",
    "navbar",
];

fn excluded_token(tok: &str) -> bool {
    contains_any_ci(tok, EXCLUDED_WORDS)
        && ![
            "has-", "no-", "with-", "is-", "show-", "hide-", "enable", "disable",
        ]
        .iter()
        .any(|p| starts_with_ci(tok, p))
}

fn excluded_attr(doc: &Document, n: NodeId) -> bool {
    doc.attrs(n).any(|(name, v)| {
        matches!(name, "class" | "id" | "itemprop")
            && contains_any_ci(v, EXCLUDED_WORDS)
            && v.split_ascii_whitespace().any(excluded_token)
    })
}

/// Whether `n` sits in comments, related lists, sidebars, footers, asides or
/// navigation.
fn excluded(doc: &Document, n: NodeId) -> bool {
    if excluded_attr(doc, n) {
        return true;
    }
    let mut in_footer = false;
    for a in doc.ancestors(n) {
        match doc.tag(a) {
            Some(Tag::Body | Tag::Html) | None => break,
            Some(Tag::Aside | Tag::Nav) => return true,
            Some(Tag::Footer) => in_footer = true,
            Some(Tag::Article) => in_footer = false,
            _ => {}
        }
        if excluded_attr(doc, a) {
            return true;
        }
    }
    in_footer
}

/// The stretch of the page around the headline where its byline lives.
#[derive(Debug, Clone, Copy)]
struct Region {
    anchor: NodeId,
    /// `<article>`/`<main>` holding the headline, if any.
    article: Option<NodeId>,
    /// Arena range searched for byline dates.
    lo: usize,
    hi: usize,
}

impl Region {
    fn around(doc: &Document, anchor: NodeId) -> Region {
        let article = doc
            .ancestors(anchor)
            .take(8)
            .find(|&a| matches!(doc.tag(a), Some(Tag::Article | Tag::Main)));
        // Before the headline: its own container (a dateline above it);
        // after it: its siblings and cousins.
        let before = article.or_else(|| doc.parent(anchor)).unwrap_or(anchor);
        let after = article
            .or_else(|| doc.ancestors(anchor).nth(1))
            .unwrap_or(anchor);
        let a = anchor.index();
        let lo = (before.index() + 1).max(a.saturating_sub(60));
        let hi = doc
            .subtree_end(after)
            .index()
            .min(doc.subtree_end(anchor).index() + 150);
        Region {
            anchor,
            article,
            lo,
            hi,
        }
    }

    fn contains(&self, n: NodeId) -> bool {
        (self.lo..self.hi).contains(&n.index())
    }
}

/// Visible text of a node with spaces between blocks, white space collapsed;
/// `None` when longer than `cap` bytes.
fn node_text(doc: &Document, n: NodeId, cap: usize) -> Option<String> {
    let mut out = String::new();
    if !push_text(doc, n, &mut out, cap, 0) {
        return None;
    }
    let t = collapse_ws(&out);
    (t.len() <= cap).then_some(t)
}

fn push_text(doc: &Document, n: NodeId, out: &mut String, cap: usize, depth: usize) -> bool {
    if out.len() > cap * 2 + 64 {
        return false;
    }
    if let Some(t) = doc.text(n) {
        out.push_str(t);
        return true;
    }
    let tag = doc.tag(n);
    if matches!(tag, Some(Tag::Script | Tag::Style | Tag::Template)) {
        return true;
    }
    let block = tag.is_some_and(|t| t.is_block());
    if block {
        out.push(' ');
    }
    if depth < 48 {
        for c in doc.children(n) {
            if !push_text(doc, c, out, cap, depth + 1) {
                return false;
            }
        }
    }
    if block {
        out.push(' ');
    }
    true
}

fn class_and_id(doc: &Document, n: NodeId) -> (&str, &str) {
    (
        doc.attr(n, "class").unwrap_or(""),
        doc.attr(n, "id").unwrap_or(""),
    )
}

// ---------------------------------------------------------------------------
// Headline.

fn pick_headline(
    doc: &Document,
    scan: &Scan<'_>,
    ld: &jsonld::LdInfo,
    sites: &[&str],
    host: Option<&str>,
) -> (Option<String>, Option<NodeId>) {
    let ld_article = if ld.is_article {
        ld.headline.clone().or_else(|| ld.name.clone())
    } else {
        ld.headline.clone()
    };
    let ld_page = if ld.is_webpage { ld.name.clone() } else { None };
    let title_tag = scan
        .title_tag
        .and_then(|t| node_text(doc, t, 2000))
        .filter(|t| !t.is_empty());
    let names = title::SiteNames::new(sites, host);
    // (raw, cleaned) of each declared title, duplicates dropped.
    let mut declared: Vec<(String, String)> = Vec::new();
    for d in [
        ld_article,
        scan.first(Field::OgTitle, 0, 9),
        scan.first(Field::TwitterTitle, 0, 9),
        scan.first(Field::MetaTitle, 0, 9),
        ld_page,
        title_tag,
    ]
    .into_iter()
    .flatten()
    {
        if !declared.iter().any(|(r, _)| *r == d) {
            let cleaned = title::clean_title_with(&d, &names);
            declared.push((d, cleaned));
        }
    }

    // 1. The visible headline, confirmed by a declared title.
    let refs: Vec<(String, String)> = declared
        .iter()
        .map(|(raw, cleaned)| (norm_key(raw), norm_key(cleaned)))
        .collect();
    let mut visible: Vec<NodeId> = scan.h1s.clone();
    visible.extend(scan.headline_props.iter().copied());
    if let Some(found) = match_visible(doc, &visible, &refs, &names) {
        return found;
    }
    if !refs.is_empty() {
        let classed = headline_class_nodes(doc);
        if let Some(found) = match_visible(doc, &classed, &refs, &names) {
            return found;
        }
    }

    // 2–5. Declared titles, cleaned, in order of trust.
    for ((_, cleaned), (_, key)) in declared.iter().zip(&refs) {
        if !key.is_empty() {
            return (Some(cleaned.clone()), None);
        }
    }

    // 6. A lone <h1> of an article.
    let in_article: Vec<NodeId> = scan
        .h1s
        .iter()
        .copied()
        .filter(|&h| {
            doc.ancestors(h)
                .any(|a| matches!(doc.tag(a), Some(Tag::Article | Tag::Main)))
        })
        .collect();
    if let [h] = in_article.as_slice()
        && let Some(t) = node_text(doc, *h, 400)
        && text::word_count(&t) >= 2
        && !names.matches(&t)
    {
        return (Some(t), Some(*h));
    }
    (None, None)
}

type Found = (Option<String>, Option<NodeId>);

fn match_visible(
    doc: &Document,
    nodes: &[NodeId],
    refs: &[(String, String)],
    names: &title::SiteNames,
) -> Option<Found> {
    for &n in nodes {
        let Some(text) = node_text(doc, n, 600) else {
            continue;
        };
        let key = norm_key(&text);
        if key.chars().count() < 2 || names.matches(&text) {
            continue;
        }
        let matched = refs.iter().any(|(raw, cleaned)| {
            *raw == key
                || *cleaned == key
                || (contains_words(raw, &key) && key.len() * 2 >= cleaned.len())
        });
        if matched {
            return Some((Some(text), Some(n)));
        }
    }
    None
}

/// Elements whose class names them a headline (`entry-title` …).
fn headline_class_nodes(doc: &Document) -> Vec<NodeId> {
    let mut out = Vec::new();
    for id in doc.all() {
        let Some(tag) = doc.tag(id) else {
            continue;
        };
        if matches!(
            tag,
            Tag::Meta | Tag::Link | Tag::Script | Tag::Html | Tag::Body | Tag::Head | Tag::Title
        ) {
            continue;
        }
        let Some(class) = doc.attr(id, "class") else {
            continue;
        };
        if contains_any_ci(
            class,
            &["headline", "entry-title", "article-title", "post-title"],
        ) {
            out.push(id);
            if out.len() >= 16 {
                break;
            }
        }
    }
    out
}

/// Pages without an `<h1>` headline (old CMS templates set it in `<h2>` or
/// `<h3>`): the first such heading whose text is the chosen title.
fn heading_matching(doc: &Document, title: Option<&str>) -> Option<NodeId> {
    let key = norm_key(title?);
    if key.is_empty() {
        return None;
    }
    doc.all().find(|&n| {
        matches!(doc.tag(n), Some(Tag::H2 | Tag::H3))
            && !excluded(doc, n)
            && norm_key(&doc.text_content(n)) == key
    })
}

/// Without a confirmed headline: the first `<h1>` inside `<article>`/`<main>`.
fn fallback_anchor(doc: &Document, scan: &Scan<'_>) -> Option<NodeId> {
    scan.h1s.iter().copied().find(|&h| {
        doc.ancestors(h)
            .any(|a| matches!(doc.tag(a), Some(Tag::Article | Tag::Main)))
            && !excluded(doc, h)
    })
}

// ---------------------------------------------------------------------------
// Dates.

fn collect_dates(
    doc: &Document,
    scan: &Scan<'_>,
    ld: &jsonld::LdInfo,
    region: Option<&Region>,
    m: &Metadata,
    base: Option<&str>,
) -> (Vec<DateCandidate>, Vec<DateCandidate>) {
    let mut published: Vec<DateCandidate> = Vec::new();
    let mut updated: Vec<DateCandidate> = Vec::new();
    let push = |list: &mut Vec<DateCandidate>, raw: &str, origin: DateOrigin| {
        let raw = collapse_ws(raw);
        if raw.is_empty() || raw.len() > 200 || list.iter().any(|c| c.raw == raw) {
            return;
        }
        list.push(DateCandidate { raw, origin });
    };

    // JSON-LD.
    for d in &ld.published {
        push(&mut published, d, DateOrigin::JsonLd);
    }
    for d in &ld.modified {
        push(&mut updated, d, DateOrigin::JsonLd);
    }

    // Meta tags and itemprop. Teasers of a listing repeat itemprop dates:
    // more than two distinct ones are nobody's.
    for (field, list) in [
        (Field::Published, &mut published),
        (Field::Updated, &mut updated),
    ] {
        let mut distinct: Vec<&str> = Vec::new();
        for v in scan.values(field, 0, 9).filter(|v| v.itemprop) {
            if !distinct.contains(&v.value.as_str()) {
                distinct.push(v.value.as_str());
            }
        }
        let listing = distinct.len() > 2;
        for v in scan.values(field, 0, 9) {
            if !(v.itemprop && listing) {
                push(list, v.value.as_str(), DateOrigin::Meta);
            }
        }
    }

    // <time> elements.
    let mut weak: Option<String> = None;
    let mut strong: Vec<String> = Vec::new();
    for &t in &scan.times {
        if doc.attr(t, "itemprop").is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|k| itemprop_field(&k.to_ascii_lowercase()).is_some())
        }) || excluded(doc, t)
        {
            continue;
        }
        let text = node_text(doc, t, 160).unwrap_or_default();
        let raw = match doc.attr(t, "datetime").map(str::trim) {
            Some(d) if !d.is_empty() => d.to_string(),
            _ if dates::looks_like_date(&text) => text.clone(),
            _ => continue,
        };
        let (class, id) = class_and_id(doc, t);
        let (pclass, pid) = doc.parent(t).map_or(("", ""), |p| class_and_id(doc, p));
        let hints = [class, id, pclass, pid];
        let label = dates::leading_label(&text)
            .or_else(|| text_before(doc, t).and_then(|b| dates::leading_label(&b)));
        let is_updated =
            hints.iter().any(|h| dates::updated_hint(h)) || label == Some(Label::Updated);
        let is_published = doc.attr(t, "pubdate").is_some()
            || label == Some(Label::Published)
            || hints.iter().any(|h| dates::published_hint(h));
        if is_updated && !is_published {
            push(&mut updated, &raw, DateOrigin::Time);
        } else if is_published {
            strong.push(raw);
        } else if weak.is_none() && region.is_some_and(|r| r.contains(t)) {
            weak = Some(raw);
        }
    }
    for raw in strong.iter().chain(weak.iter()) {
        push(&mut published, raw, DateOrigin::Time);
    }

    // Visible byline text near the headline.
    if let Some(r) = region {
        for text in byline_dates(doc, r) {
            let (p, u) = dates::split_updated(&text);
            if let Some(p) = p {
                push(&mut published, &p, DateOrigin::Byline);
            }
            if let Some(u) = u {
                push(&mut updated, &u, DateOrigin::Byline);
            }
        }
    }

    // The URL.
    let url_date = m
        .url
        .as_deref()
        .and_then(dates::url_date)
        .or_else(|| base.and_then(dates::url_date));
    if let Some(d) = url_date {
        push(&mut published, &d, DateOrigin::Url);
    }
    (published, updated)
}

/// The text right before `n` among its siblings ("Updated" in
/// `<p>Updated <time>…</time></p>`), at most 40 bytes from its end.
fn text_before(doc: &Document, n: NodeId) -> Option<String> {
    let parent = doc.parent(n)?;
    let mut last: Option<NodeId> = None;
    for c in doc.children(parent) {
        if c == n {
            break;
        }
        let blank = doc.text(c).is_some_and(|t| t.trim().is_empty());
        if !blank {
            last = Some(c);
        }
    }
    let t = node_text(doc, last?, 200)?;
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
    let mut start = t.len().saturating_sub(40);
    while !t.is_char_boundary(start) {
        start += 1;
    }
    t.get(start..).map(str::to_string)
}

/// Whether a `<time datetime>` inside `n` already states its date.
fn holds_datetime(doc: &Document, n: NodeId) -> bool {
    doc.descendants(n)
        .any(|d| doc.tag(d) == Some(Tag::Time) && doc.attr(d, "datetime").is_some())
}

/// Short date-like texts near the headline, innermost elements first.
fn byline_dates(doc: &Document, r: &Region) -> Vec<String> {
    let mut cands: Vec<(NodeId, String)> = Vec::new();
    for id in doc.all().skip(r.lo).take(r.hi.saturating_sub(r.lo)) {
        let Some(tag) = doc.tag(id) else {
            continue;
        };
        if matches!(
            tag,
            Tag::Time | Tag::Script | Tag::Meta | Tag::Link | Tag::Img | Tag::H1 | Tag::Style
        ) {
            continue;
        }
        let dateish = doc
            .attrs(id)
            .any(|(k, v)| matches!(k, "class" | "id") && dates::dateish_class(v));
        if !dateish {
            continue;
        }
        if cands.len() >= 32 || holds_datetime(doc, id) {
            continue;
        }
        if let Some(t) = node_text(doc, id, 160)
            && dates::looks_like_date(&t)
            && !excluded(doc, id)
        {
            cands.push((id, t));
        }
    }
    // Unclassed siblings right after the headline (and after its parent).
    let mut sibs = Vec::new();
    for start in [Some(r.anchor), doc.parent(r.anchor)].into_iter().flatten() {
        let mut next = doc.next_sibling(start);
        let mut seen = 0;
        while let Some(s) = next {
            next = doc.next_sibling(s);
            if !doc.is_element(s) {
                continue;
            }
            seen += 1;
            if seen > 3 {
                break;
            }
            if cands.iter().any(|(c, _)| *c == s) || holds_datetime(doc, s) {
                continue;
            }
            if let Some(t) = node_text(doc, s, 100)
                && dates::looks_like_date(&t)
                && !excluded(doc, s)
            {
                sibs.push((s, t));
            }
        }
    }
    cands.extend(sibs);
    cands.sort_by_key(|(n, _)| *n);
    // Keep only the innermost: drop a candidate whose subtree holds another.
    let mut out = Vec::new();
    for (i, (n, t)) in cands.iter().enumerate() {
        let end = doc.subtree_end(*n);
        let has_inner = cands.iter().skip(i + 1).any(|(m, _)| *m > *n && *m < end);
        if has_inner {
            continue;
        }
        if let Some(seg) = dates::date_segment(t)
            && !out.contains(&seg)
        {
            out.push(seg);
        }
        if out.len() >= 3 {
            break;
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Authors.

/// One tier of author sources: persons, or organisations/agencies.
#[derive(Default)]
struct Tier {
    persons: Vec<String>,
    others: Vec<String>,
}

impl Tier {
    fn add_byline(&mut self, raw: &str) {
        let (p, o) = authors::split_authors(raw);
        for n in p {
            push_name(&mut self.persons, n);
        }
        for n in o {
            push_name(&mut self.others, n);
        }
    }
}

fn push_name(list: &mut Vec<String>, name: String) {
    let lower = name.to_lowercase();
    if !list.iter().any(|n| n.to_lowercase() == lower) {
        list.push(name);
    }
}

fn collect_authors(
    doc: &Document,
    scan: &Scan<'_>,
    ld: &jsonld::LdInfo,
    region: Option<&Region>,
) -> Vec<String> {
    let mut fallback: Option<Vec<String>> = None;
    let mut consider = |tier: Tier| -> Option<Vec<String>> {
        if !tier.persons.is_empty() {
            return Some(tier.persons);
        }
        if fallback.is_none() && !tier.others.is_empty() {
            fallback = Some(tier.others);
        }
        None
    };

    // 1. JSON-LD.
    let mut t = Tier::default();
    for p in &ld.persons {
        t.add_byline(p);
    }
    for o in &ld.orgs {
        push_name(&mut t.others, o.clone());
    }
    if let Some(found) = consider(t) {
        return found;
    }

    // 2. Meta tags.
    let mut t = Tier::default();
    for v in scan.values(Field::Author, 0, 9) {
        let s = v.value.as_str().trim();
        if s.contains("://") || s.starts_with("www.") || s.starts_with('/') {
            continue;
        }
        t.add_byline(s);
    }
    if let Some(found) = consider(t) {
        return found;
    }

    // 3. itemprop=author, rel=author.
    let mut t = Tier::default();
    let mut nodes: Vec<NodeId> = scan
        .author_props
        .iter()
        .chain(scan.rel_authors.iter())
        .copied()
        .collect();
    nodes.sort();
    nodes.dedup();
    for n in nodes {
        if excluded(doc, n) {
            continue;
        }
        if let Some(raw) = author_prop_text(doc, n) {
            t.add_byline(&raw);
        }
    }
    if let Some(found) = consider(t) {
        return found;
    }

    // 4. .byline / .author elements.
    let t = byline_class_authors(doc, region);
    if let Some(found) = consider(t) {
        return found;
    }
    fallback.unwrap_or_default()
}

/// The name held by an `[itemprop=author]` or `a[rel=author]` element.
fn author_prop_text(doc: &Document, n: NodeId) -> Option<String> {
    if doc.tag(n) == Some(Tag::Meta) || doc.tag(n) == Some(Tag::Link) {
        return doc.attr(n, "content").map(str::to_string);
    }
    let named = doc.descendants(n).skip(1).find(|&d| {
        doc.attr(d, "itemprop")
            .is_some_and(|p| has_token(p, "name"))
    });
    if let Some(d) = named {
        return doc
            .attr(d, "content")
            .map(str::to_string)
            .or_else(|| node_text(doc, d, 200));
    }
    doc.attr(n, "content")
        .map(str::to_string)
        .or_else(|| node_text(doc, n, 200))
}

fn byline_class_authors(doc: &Document, region: Option<&Region>) -> Tier {
    let article = region.and_then(|r| r.article);
    let (lo, hi) = match article {
        Some(a) => (a.index(), doc.subtree_end(a).index()),
        None => (0, doc.len()),
    };
    let anchor = region.map(|r| r.anchor);
    let mut tier = Tier::default();
    let mut first_end: Option<usize> = None;
    let mut first: Option<(NodeId, usize)> = None;
    // Without an article around the headline, other bylines further down
    // mean a listing of teasers: nobody's byline is the page's.
    let mut other_names: Vec<String> = Vec::new();
    let mut skip_to = 0usize;
    for id in doc.all().skip(lo).take(hi.saturating_sub(lo)) {
        if id.index() < skip_to {
            continue;
        }
        if let Some(end) = first_end
            && id.index() > end + 40
            && (article.is_some() || other_names.len() >= 2)
        {
            break;
        }
        let Some(tag) = doc.tag(id) else {
            continue;
        };
        if matches!(
            tag,
            Tag::Meta | Tag::Link | Tag::Script | Tag::Img | Tag::Html | Tag::Body | Tag::Head
        ) {
            continue;
        }
        let marked = doc.attrs(id).any(|(k, v)| {
            matches!(k, "class" | "data-testid" | "data-component")
                && contains_any_ci(
                    v,
                    &[
                        "byline",
                        "author",
                        "contributor",
                        // Spanish, Portuguese, German; French; Italian.
                        "autor",
                        "auteur",
                        "signature",
                        "firma",
                    ],
                )
        });
        if !marked {
            continue;
        }
        let end = doc.subtree_end(id).index();
        if anchor.is_some_and(|a| a.index() >= id.index() && a.index() < end) || excluded(doc, id) {
            continue;
        }
        let Some(text) = node_text(doc, id, 250) else {
            continue;
        };
        skip_to = end;
        // Neighbours of the first byline (one `.author` per name) join it.
        let neighbour =
            first.is_some_and(|(f, fe)| id.index() <= fe + 40 && doc.parent(id) == doc.parent(f));
        match first_end {
            Some(_) if !neighbour => {
                let (persons, _) = authors::split_authors(&text);
                for p in persons {
                    let lower = p.to_lowercase();
                    if !tier.persons.iter().any(|n| n.to_lowercase() == lower) {
                        push_name(&mut other_names, p);
                    }
                }
            }
            _ => {
                let before = tier.persons.len() + tier.others.len();
                tier.add_byline(&text);
                if tier.persons.len() + tier.others.len() > before && first_end.is_none() {
                    first_end = Some(end);
                    first = Some((id, end));
                }
            }
        }
    }
    if other_names.len() >= 2 {
        return Tier::default();
    }
    tier
}

// ---------------------------------------------------------------------------
// URL, tags.

fn pick_url(scan: &Scan<'_>, ld: &jsonld::LdInfo, base: Option<&str>) -> Option<String> {
    let mut cands: Vec<String> = Vec::new();
    let declared = scan
        .canonical
        .iter()
        .map(|c| c.to_string())
        .chain(
            scan.values(Field::Url, 0, 2)
                .map(|v| v.value.as_str().to_string()),
        )
        .chain(ld.url.clone())
        .chain(
            scan.values(Field::Url, 3, 9)
                .map(|v| v.value.as_str().to_string()),
        );
    for c in declared {
        if let Some(u) = resolve_url(&c, base)
            && !cands.contains(&u)
        {
            cands.push(u);
        }
    }
    let first = cands.first()?;
    if !is_home(first) {
        return Some(first.clone());
    }
    if let Some(deeper) = cands.iter().find(|u| !is_home(u)) {
        return Some(deeper.clone());
    }
    if base.is_some_and(|b| !is_home(b)) {
        return None;
    }
    Some(first.clone())
}

/// Whether a URL is a site's home page (no path, no query).
fn is_home(url: &str) -> bool {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    match rest.find(['/', '?']) {
        None => true,
        Some(i) => matches!(rest.get(i..), Some("/" | "")),
    }
}

/// The host of an absolute URL, without `www.` and port.
fn host_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// Resolves `href` against `base`; `None` unless the result is http(s).
fn resolve_url(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    if starts_with_ci(href, "http://") || starts_with_ci(href, "https://") {
        return Some(href.to_string());
    }
    let base = base?.trim();
    let (scheme, after) = base.split_once("://")?;
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return None;
    }
    if let Some(rest) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{rest}"));
    }
    // Another scheme (mailto:, javascript:, data:).
    if let Some(colon) = href.find(':')
        && !href[..colon].contains(['/', '?', '#'])
    {
        return None;
    }
    let host_end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let origin = format!("{scheme}://{}", after.get(..host_end)?);
    if href.starts_with('/') {
        return Some(format!("{origin}{href}"));
    }
    let path = after.get(host_end..).unwrap_or("");
    let path = path.split(['?', '#']).next().unwrap_or("");
    if href.starts_with('?') {
        let p = if path.is_empty() { "/" } else { path };
        return Some(format!("{origin}{p}{href}"));
    }
    let dir = path.rfind('/').map_or("/", |i| &path[..=i]);
    let href = href.strip_prefix("./").unwrap_or(href);
    Some(format!("{origin}{dir}{href}"))
}

fn collect_tags(scan: &Scan<'_>, ld: &jsonld::LdInfo) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let add = |out: &mut Vec<String>, raw: &str, split: bool| {
        let parts: Vec<&str> = if split {
            raw.split([',', ';']).collect()
        } else {
            vec![raw]
        };
        for p in parts {
            let t = collapse_ws(p);
            if !t.is_empty() && t.len() <= 100 && out.len() < 50 {
                push_name(out, t);
            }
        }
    };
    for v in scan.values(Field::Keyword, 0, 0) {
        add(&mut out, v.value.as_str(), false);
    }
    if out.is_empty() {
        for k in &ld.keywords {
            add(&mut out, k, false);
        }
    }
    if out.is_empty() {
        for v in scan.values(Field::Keyword, 1, 2) {
            add(&mut out, v.value.as_str(), true);
        }
    }
    if out.is_empty() {
        for v in scan.values(Field::Keyword, 3, 9) {
            add(&mut out, v.value.as_str(), true);
        }
    }
    out
}
