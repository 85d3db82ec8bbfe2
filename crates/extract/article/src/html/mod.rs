//! HTML extraction: parse, read metadata, flatten, select the content.
//!
//! The page is parsed once by [`newsfacts_dom`]; [`meta`] reads what the
//! page declares (JSON-LD, Open Graph, meta tags, `<time>`, bylines, the
//! URL); the tree is flattened into text blocks ([`blocks`]), the article's
//! blocks are chosen ([`content`]) and joined into paragraphs separated by
//! one blank line.
//!
//! Dates: the candidates [`meta`] collects are tried in its order of trust
//! (JSON-LD, meta tags, `<time>`, visible byline text, the URL); the first
//! that parses as a date wins, and a later candidate for the same day only
//! adds precision (a time of day, an offset). A published date later than
//! the updated date is dropped: a wrong date is worse than none.

pub mod blocks;
pub mod boiler;
pub mod content;
pub mod meta;

use crate::Options;
use newsfacts_dom::{Document, ParseOptions, Tag};
use newsfacts_model::{Article, Kind};

use blocks::BlockKind;

/// Body text shorter than this (chars) makes the page `empty`.
const MIN_ARTICLE_CHARS: usize = 80;

/// Extracts an article from an HTML page.
pub fn extract(source: &str, html: &str, opts: &Options) -> Article {
    let doc = Document::parse_with(
        html,
        &ParseOptions {
            max_depth: opts.limits.max_depth,
        },
    );
    extract_document(source, &doc, opts)
}

/// Extracts an article from a parsed page.
pub fn extract_document(source: &str, doc: &Document, opts: &Options) -> Article {
    let mut article = Article::new(source);
    let md = meta::extract(doc, opts.url.as_deref());
    article.url = md.url.clone().or_else(|| opts.url.clone());
    article.site = md.site.clone();
    article.authors = tidy_authors(&md.authors, md.site.as_deref());
    article.description = md.description.clone();
    article.published = resolve_date(&md.published);
    article.updated = resolve_date(&md.updated);
    if let (Some(p), Some(u)) = (&article.published, &article.updated)
        && p.get(..10) > u.get(..10)
    {
        article.published = None;
    }
    let title = md.title.clone().or_else(|| fallback_title(doc));
    let blocks = blocks::flatten(doc, doc.root());
    let sel = content::select(doc, &blocks, title.as_deref());
    article.title = title;
    if sel.listing {
        article.kind = Kind::Listing;
        article.language = crate::lang::resolve(md.language.as_deref(), "");
        return article;
    }
    let mut text = String::new();
    for &i in &sel.blocks {
        let Some(b) = blocks.get(i) else { continue };
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        match b.kind {
            BlockKind::Pre => text.push_str(b.text.trim_end()),
            _ => text.push_str(b.text.trim()),
        }
    }
    article.related = sel.related;
    let prose: usize = sel
        .blocks
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| content::is_sentence_paragraph(b))
        .map(|b| b.chars as usize)
        .sum();
    let page = PageSignals::new(&md, article.url.as_deref());
    article.kind = if page.product {
        // A shop page is not an article, whatever prose it has.
        Kind::Empty
    } else if !page.article
        && page.index
        && content::count_teasers(doc, &blocks) >= INDEX_MIN_TEASERS
        && prose < INDEX_MAX_PROSE_CHARS
    {
        article.language = crate::lang::resolve(md.language.as_deref(), &text);
        article.kind = Kind::Listing;
        return article;
    } else if text.chars().count() >= MIN_ARTICLE_CHARS
        && (page.article || prose >= MIN_ARTICLE_PROSE_CHARS)
    {
        Kind::Article
    } else {
        Kind::Empty
    };
    let declared = md.language.as_deref();
    let sample = if text.is_empty() {
        article.title.as_deref().unwrap_or("")
    } else {
        &text
    };
    article.language = crate::lang::resolve(declared, sample);
    article.text = text;
    article
}

/// A page that declares itself an index (or is a site's front page) is a
/// listing when it has at least this many linked teasers …
const INDEX_MIN_TEASERS: usize = 3;
/// … and less prose than this in article-like paragraphs (chars).
const INDEX_MAX_PROSE_CHARS: usize = 1500;
/// Without a declared article type, a page needs this much text in
/// sentence paragraphs (chars) to be an article rather than `empty`
/// (forms, tables, product grids, error pages).
const MIN_ARTICLE_PROSE_CHARS: usize = 200;

/// What the page says it is.
struct PageSignals {
    /// Declares an article type (JSON-LD `NewsArticle`, og:type `article` …).
    article: bool,
    /// Declares an index (`WebSite`, `CollectionPage`, og:type `website` …)
    /// or is a site's front page by its URL.
    index: bool,
    /// Declares a product.
    product: bool,
}

impl PageSignals {
    fn new(md: &meta::Metadata, url: Option<&str>) -> Self {
        let t = md.page_type.as_deref().unwrap_or("").to_ascii_lowercase();
        let article = t.contains("article")
            || t.contains("blogposting")
            || t.contains("report")
            || t.contains("posting");
        let index = matches!(
            t.as_str(),
            "website" | "collectionpage" | "itemlist" | "searchresultspage" | "profilepage"
        ) || url.is_some_and(is_front_page);
        let product = t.contains("product") || t == "offer";
        PageSignals {
            article,
            index,
            product,
        }
    }
}

/// `https://example.org/`, `…/index.html`, `…/home`: a site's front page.
fn is_front_page(url: &str) -> bool {
    let rest = url
        .split_once("://")
        .map_or(url, |(_, r)| r)
        .split(['?', '#'])
        .next()
        .unwrap_or("");
    let path = rest.find('/').map_or("", |i| &rest[i..]);
    matches!(
        path.trim_end_matches('/'),
        "" | "/index.html" | "/index.htm" | "/index.php" | "/home" | "/en" | "/de" | "/fr" | "/es"
    )
}

/// Credit labels that bylines start with ("Текст Лида Буслаева").
const CREDIT_WORDS: &[&str] = &["text", "texto", "текст", "words", "reporting", "story"];

/// Drops the site's own name and trailing month words from author names
/// ("Finian Cunningham Sputnik" on sputniknews → "Finian Cunningham").
fn tidy_authors(authors: &[String], site: Option<&str>) -> Vec<String> {
    let site_words: Vec<String> = site
        .map(|s| s.split_whitespace().map(str::to_lowercase).collect())
        .unwrap_or_default();
    let mut out: Vec<String> = Vec::new();
    for a in authors {
        let mut words: Vec<&str> = a.split_whitespace().collect();
        if words.len() > 2
            && words.first().is_some_and(|w| {
                CREDIT_WORDS.contains(&w.trim_end_matches(':').to_lowercase().as_str())
            })
        {
            words.remove(0);
        }
        while words.len() > 2 {
            let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
            // Month and weekday names that bylines run into ("Carrie Arnold
            // November 18, 2019" loses its digits earlier, not the month).
            let date_word =
                crate::date::month_of(&last).is_some() || crate::date::is_weekday(&last);
            if date_word || site_words.contains(&last) {
                words.pop();
            } else {
                break;
            }
        }
        let name = words.join(" ");
        let is_site = site.is_some_and(|s| s.eq_ignore_ascii_case(&name));
        if !name.is_empty() && !is_site && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The first candidate that parses, made more precise by later candidates
/// for the same day.
fn resolve_date(candidates: &[meta::DateCandidate]) -> Option<String> {
    let parse = |c: &meta::DateCandidate| {
        crate::date::parse(&c.raw)
            .or_else(|| crate::date::find(&c.raw).map(|(d, _)| d))
            .map(|d| (d, c.origin))
    };
    let parsed: Vec<(crate::date::DateTime, meta::DateOrigin)> =
        candidates.iter().filter_map(parse).collect();
    let &(first, origin) = parsed.first()?;
    // Visible text (a <time>, a byline) may date something else (the
    // statement checked, an event); a full date in the URL that disagrees
    // by more than URL_DATE_TOLERANCE_DAYS wins over it.
    if matches!(origin, meta::DateOrigin::Time | meta::DateOrigin::Byline)
        && let Some(&(url_date, _)) = parsed
            .iter()
            .find(|(d, o)| *o == meta::DateOrigin::Url && d.day.is_some())
        && days_apart(&first, &url_date).is_some_and(|n| n > URL_DATE_TOLERANCE_DAYS)
    {
        return Some(url_date.to_iso());
    }
    let mut best = first;
    for &(d, _) in &parsed[1..] {
        let same_day = (d.year, d.month, d.day) == (first.year, first.month, first.day);
        let more_precise = d.hour.is_some() && best.hour.is_none()
            || d.offset_minutes.is_some() && best.offset_minutes.is_none() && d.hour == best.hour;
        if same_day && more_precise {
            best = d;
        }
    }
    Some(best.to_iso())
}

/// How far (days) a visible date may be from the URL's date (time zones
/// shift a day; a late update two).
const URL_DATE_TOLERANCE_DAYS: i64 = 2;

fn days_apart(a: &crate::date::DateTime, b: &crate::date::DateTime) -> Option<i64> {
    let day =
        |d: &crate::date::DateTime| Some(crate::date::days_from_civil(d.year, d.month?, d.day?));
    Some((day(a)? - day(b)?).abs())
}

fn fallback_title(doc: &Document) -> Option<String> {
    let h1 = doc.find(Tag::H1).map(|n| doc.text_content(n));
    let t = h1
        .filter(|t| !t.trim().is_empty())
        .or_else(|| doc.find(Tag::Title).map(|n| doc.text_content(n)))?;
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}
