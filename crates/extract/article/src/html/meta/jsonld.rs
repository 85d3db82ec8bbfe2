//! JSON-LD (`<script type="application/ld+json">`): finds the page's main
//! entity and reads its fields.
//!
//! Invalid JSON is skipped (after one retry with control characters blanked
//! and HTML comment / CDATA wrappers removed). Top-level arrays, `@graph`
//! and `WebPage.mainEntity` are searched; `{"@id": …}` references are
//! resolved against the other entities.
//!
//! Order of trust for the main entity: the first entity whose `@type` is an
//! article type (`Article`, `NewsArticle`, `ReportageNewsArticle`,
//! `OpinionNewsArticle`, `AnalysisNewsArticle`, `BlogPosting`,
//! `LiveBlogPosting`, `Report`, `TechArticle`, `ScholarlyArticle`, any
//! `…Article`); else the first `WebPage` (`CollectionPage`, `ItemPage` …);
//! else the first other content entity (`VideoObject`, `Product`, `Event` …),
//! used only for the page type, dates and image. Within the entity:
//! headline: `headline` then `name`; published: `datePublished`,
//! `dateCreated`, `uploadDate`; updated: `dateModified`; authors: `author`
//! then `creator`; site: `publisher.name` (then the `WebSite` name); URL:
//! `url` then `mainEntityOfPage`; language: `inLanguage` (then any entity's).
//!
//! ```
//! use newsfacts_dom::Document;
//! use newsfacts_extract::html::meta::extract;
//!
//! let html = r#"<script type="application/ld+json">
//!   {"@context":"https://schema.org","@type":"NewsArticle","headline":"Rates rise",
//!    "author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2024-03-01T09:00:00Z"}
//! </script>"#;
//! let m = extract(&Document::parse(html), None);
//! assert_eq!(m.title.as_deref(), Some("Rates rise"));
//! assert_eq!(m.authors, ["Jane Doe"]);
//! assert_eq!(m.page_type.as_deref(), Some("NewsArticle"));
//! ```

use std::collections::HashMap;

use serde_json::Value;

use super::text::collapse_ws;

/// What the JSON-LD of a page says about its main entity.
#[derive(Debug, Default)]
pub(crate) struct LdInfo {
    /// Whether the main entity is an article type.
    pub is_article: bool,
    /// Whether the main entity is a `WebPage`-like type.
    pub is_webpage: bool,
    pub headline: Option<String>,
    pub name: Option<String>,
    pub published: Vec<String>,
    pub modified: Vec<String>,
    /// Raw author names of persons (and plain strings).
    pub persons: Vec<String>,
    /// Names of organisations given as authors.
    pub orgs: Vec<String>,
    pub publisher: Option<String>,
    pub website: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub description: Option<String>,
    pub image: Option<String>,
    pub page_type: Option<String>,
    pub section: Option<String>,
    pub keywords: Vec<String>,
}

const MAX_ENTITIES: usize = 256;
const MAX_DEPTH: usize = 6;

/// Parses the JSON-LD blocks of a page.
pub(crate) fn parse_blocks(texts: &[&str]) -> LdInfo {
    let values: Vec<Value> = texts.iter().filter_map(|t| parse_lenient(t)).collect();
    let mut entities: Vec<&Value> = Vec::new();
    for v in &values {
        gather(v, &mut entities, 0);
    }
    let mut ids: HashMap<&str, &Value> = HashMap::new();
    for e in &entities {
        if let Some(id) = e.get("@id").and_then(Value::as_str) {
            ids.entry(id).or_insert(e);
        }
    }
    let mut info = LdInfo::default();
    let ranked: Vec<(u8, &Value)> = entities
        .iter()
        .filter_map(|e| entity_rank(e).map(|r| (r, *e)))
        .collect();
    let main = ranked.iter().min_by_key(|(r, _)| *r).map(|&(r, e)| (r, e));
    if let Some((rank, e)) = main {
        info.page_type = main_type(e);
        info.is_article = rank == 0;
        info.is_webpage = rank == 1;
        push_dates(e, &mut info);
        info.image = image_of(e.get("image").or_else(|| e.get("thumbnailUrl")), &ids, 0);
        if rank <= 1 {
            info.headline = e.get("headline").and_then(text_of);
            info.name = e.get("name").and_then(text_of);
            if let Some(a) = e.get("author").or_else(|| e.get("creator")) {
                authors_of(a, &ids, &mut info, 0);
            }
            info.publisher = e.get("publisher").and_then(|p| name_of(resolve(p, &ids)));
            info.url = e.get("url").and_then(url_of).or_else(|| {
                e.get("mainEntityOfPage")
                    .and_then(|m| url_of(m).or_else(|| m.get("@id").and_then(url_of)))
            });
            info.language = e.get("inLanguage").and_then(text_of);
            info.description = e.get("description").and_then(text_of);
            info.section = e.get("articleSection").and_then(text_of);
            if let Some(k) = e.get("keywords") {
                keywords_of(k, &mut info.keywords);
            }
        }
        // An article's WebPage (Yoast) may carry the dates the article lacks.
        if rank == 0 {
            for &(r, other) in &ranked {
                if r == 1 {
                    push_dates(other, &mut info);
                    if info.language.is_none() {
                        info.language = other.get("inLanguage").and_then(text_of);
                    }
                }
            }
        }
    }
    for e in &entities {
        if types(e).any(|t| t == "WebSite") {
            if info.website.is_none() {
                info.website = e.get("name").and_then(text_of);
            }
            if info.language.is_none() {
                info.language = e.get("inLanguage").and_then(text_of);
            }
        }
    }
    info
}

/// Parses one block, forgiving wrappers and raw control characters.
fn parse_lenient(text: &str) -> Option<Value> {
    let mut t = text.trim();
    // Wrappers: `<!-- … -->`, `// <![CDATA[ … // ]]>`, `/*<![CDATA[*/ … /*]]>*/`.
    for _ in 0..3 {
        let before = t.len();
        for p in ["<!--", "/*<![CDATA[*/", "<![CDATA["] {
            t = t.strip_prefix(p).unwrap_or(t).trim_start();
        }
        if t.starts_with("//") {
            t = t.split_once('\n').map_or("", |(_, rest)| rest).trim_start();
        }
        for s in ["-->", "/*]]>*/", "]]>", ";"] {
            t = t.strip_suffix(s).unwrap_or(t).trim_end();
        }
        if let Some((head, last)) = t.rsplit_once('\n')
            && last.trim_start().starts_with("//")
        {
            t = head.trim_end();
        }
        if t.len() == before {
            break;
        }
    }
    if t.is_empty() {
        return None;
    }
    if let Ok(v) = serde_json::from_str::<Value>(t) {
        return Some(v);
    }
    if t.bytes().any(|b| b < 0x20) {
        let cleaned: String = t
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        return serde_json::from_str::<Value>(&cleaned).ok();
    }
    None
}

fn gather<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > MAX_DEPTH || out.len() >= MAX_ENTITIES {
        return;
    }
    match v {
        Value::Array(items) => {
            for item in items {
                gather(item, out, depth + 1);
            }
        }
        Value::Object(m) => {
            if m.contains_key("@type") {
                out.push(v);
            }
            if let Some(g) = m.get("@graph") {
                gather(g, out, depth + 1);
            }
            if let Some(me) = m.get("mainEntity")
                && !me.is_string()
            {
                gather(me, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// The entity's types without a schema.org prefix.
fn types(e: &Value) -> impl Iterator<Item = &str> {
    let t = e.get("@type");
    let list: Vec<&str> = match t {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    list.into_iter().map(|s| {
        let s = s.trim();
        s.rsplit_once('/')
            .map(|(_, t)| t)
            .or_else(|| s.strip_prefix("schema:"))
            .unwrap_or(s)
    })
}

/// 0 article, 1 web page, 2 other content, `None` for site furniture.
fn type_rank(t: &str) -> Option<u8> {
    if t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting" | "LiveBlogPosting" | "Report" | "SocialMediaPosting"
        )
    {
        return Some(0);
    }
    if t == "WebPage" || t.ends_with("Page") {
        return Some(1);
    }
    match t {
        "Organization"
        | "NewsMediaOrganization"
        | "Corporation"
        | "WebSite"
        | "Person"
        | "BreadcrumbList"
        | "ListItem"
        | "ItemList"
        | "ImageObject"
        | "SearchAction"
        | "SiteNavigationElement"
        | "WPHeader"
        | "WPFooter"
        | "WPSideBar"
        | "Place"
        | "PostalAddress"
        | "Brand"
        | "Offer"
        | "AggregateRating"
        | "Rating"
        | "ContactPoint"
        | "EntryPoint"
        | "ReadAction"
        | "Country"
        | "Thing"
        | "SpeakableSpecification"
        | "LocalBusiness"
        | "GovernmentOrganization"
        | "EducationalOrganization" => None,
        "" => None,
        _ => Some(2),
    }
}

fn entity_rank(e: &Value) -> Option<u8> {
    types(e).filter_map(type_rank).min()
}

/// The most specific type of the main entity: ["Article","NewsArticle"] →
/// "NewsArticle".
fn main_type(e: &Value) -> Option<String> {
    let best = entity_rank(e)?;
    let candidates: Vec<&str> = types(e).filter(|t| type_rank(t) == Some(best)).collect();
    candidates
        .iter()
        .find(|t| !matches!(**t, "Article" | "WebPage" | "CreativeWork"))
        .or_else(|| candidates.first())
        .map(|t| t.to_string())
}

fn push_dates(e: &Value, info: &mut LdInfo) {
    for key in ["datePublished", "dateCreated", "uploadDate"] {
        if let Some(d) = e.get(key).and_then(text_of)
            && !info.published.contains(&d)
        {
            info.published.push(d);
        }
    }
    if let Some(d) = e.get("dateModified").and_then(text_of)
        && !info.modified.contains(&d)
    {
        info.modified.push(d);
    }
}

/// `{"@id": "…"}` → the entity with that id, when the graph has it.
fn resolve<'a>(v: &'a Value, ids: &HashMap<&str, &'a Value>) -> &'a Value {
    if let Value::Object(m) = v
        && !m.contains_key("name")
        && let Some(id) = m.get("@id").and_then(Value::as_str)
        && let Some(target) = ids.get(id)
    {
        return target;
    }
    v
}

/// A text value: a string, `{"@value": …}`, or the first of an array;
/// character references decoded once, white space collapsed.
fn text_of(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.as_str(),
        Value::Object(m) => return m.get("@value").and_then(text_of),
        Value::Array(a) => return a.iter().find_map(text_of),
        Value::Number(n) => return Some(n.to_string()),
        _ => return None,
    };
    let decoded = newsfacts_dom::entities::decode(s);
    let t = collapse_ws(&decoded);
    (!t.is_empty()).then_some(t)
}

fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::String(_) => text_of(v),
        Value::Array(a) => a.iter().find_map(name_of),
        Value::Object(m) => m.get("name").and_then(text_of).or_else(|| {
            let given = m.get("givenName").and_then(text_of)?;
            let family = m.get("familyName").and_then(text_of)?;
            Some(format!("{given} {family}"))
        }),
        _ => None,
    }
}

fn url_of(v: &Value) -> Option<String> {
    let s = v.as_str()?.trim();
    (!s.is_empty() && !s.starts_with('#')).then(|| s.to_string())
}

fn image_of(v: Option<&Value>, ids: &HashMap<&str, &Value>, depth: usize) -> Option<String> {
    let v = v?;
    if depth > 3 {
        return None;
    }
    match v {
        Value::String(s) => url_of(v).filter(|_| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(|x| image_of(Some(x), ids, depth + 1)),
        Value::Object(m) => {
            let r = resolve(v, ids);
            let m = r.as_object().unwrap_or(m);
            m.get("url")
                .or_else(|| m.get("contentUrl"))
                .and_then(url_of)
                .or_else(|| {
                    m.get("@id")
                        .and_then(url_of)
                        .filter(|u| u.starts_with("http") && !u.contains('#'))
                })
        }
        _ => None,
    }
}

fn is_org(e: &Value) -> bool {
    types(e).any(|t| t.ends_with("Organization") || t == "Corporation" || t == "Brand")
}

fn authors_of(v: &Value, ids: &HashMap<&str, &Value>, info: &mut LdInfo, depth: usize) {
    if depth > 3 || info.persons.len() + info.orgs.len() > 32 {
        return;
    }
    match v {
        Value::String(_) => {
            if let Some(s) = text_of(v) {
                info.persons.push(s);
            }
        }
        Value::Array(a) => {
            for x in a {
                authors_of(x, ids, info, depth + 1);
            }
        }
        Value::Object(_) => {
            let e = resolve(v, ids);
            if let Some(name) = name_of(e) {
                if is_org(e) {
                    info.orgs.push(name);
                } else {
                    info.persons.push(name);
                }
            }
        }
        _ => {}
    }
}

fn keywords_of(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            for k in s.split(',') {
                if let Some(t) = text_of(&Value::String(k.to_string())) {
                    out.push(t);
                }
            }
        }
        Value::Array(a) => {
            for x in a.iter().take(100) {
                if let Some(t) = text_of(x) {
                    out.push(t);
                }
            }
        }
        _ => {}
    }
}
