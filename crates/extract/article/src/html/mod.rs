//! HTML extraction: parse, flatten, select the content, read metadata.
//!
//! The page is parsed once by [`newsfacts_dom`], flattened into text blocks
//! ([`blocks`]), the article's blocks are chosen ([`content`]) and joined
//! into paragraphs separated by one blank line.

pub mod blocks;
pub mod boiler;
pub mod content;

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
    article.url = opts.url.clone();
    let title = fallback_title(doc);
    let blocks = blocks::flatten(doc, doc.root());
    let sel = content::select(doc, &blocks, title.as_deref());
    article.title = title;
    if sel.listing {
        article.kind = Kind::Listing;
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
    article.kind = if text.chars().count() >= MIN_ARTICLE_CHARS {
        Kind::Article
    } else {
        Kind::Empty
    };
    let declared = doc
        .find(Tag::Html)
        .and_then(|h| doc.attr(h, "lang").or_else(|| doc.attr(h, "xml:lang")));
    let sample = if text.is_empty() {
        article.title.as_deref().unwrap_or("")
    } else {
        &text
    };
    article.language = crate::lang::resolve(declared, sample);
    article.text = text;
    article
}

fn fallback_title(doc: &Document) -> Option<String> {
    let h1 = doc.find(Tag::H1).map(|n| doc.text_content(n));
    let t = h1
        .filter(|t| !t.trim().is_empty())
        .or_else(|| doc.find(Tag::Title).map(|n| doc.text_content(n)))?;
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}
