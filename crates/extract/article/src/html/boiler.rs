//! Which elements are chrome: every selector the HTML extractor relies on,
//! in one place.
//!
//! An element is [`Class::Skip`] when it can never hold article text
//! (scripts, forms controls, navigation, hidden elements) and is not even
//! flattened; [`Class::Boiler`] when it is usually chrome around or inside
//! an article (share bars, related lists, captions, bylines, comments, ads):
//! its text is flattened and marked, and the content stage drops it unless
//! it holds the bulk of the article. Class and id values are split into
//! lower-case words ("articleShare-bar" → article, share, bar) and matched
//! as whole words, so "heads" never matches "ads".

use newsfacts_dom::{Document, NodeId, Tag};

/// The verdict for one element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Ordinary element.
    Normal,
    /// Never content: not flattened.
    Skip,
    /// Chrome by tag, role, class or id.
    Boiler,
}

/// Classifies an element.
pub fn classify(doc: &Document, n: NodeId, tag: Tag) -> Class {
    match tag {
        Tag::Head
        | Tag::Script
        | Tag::Style
        | Tag::Noscript
        | Tag::Template
        | Tag::Iframe
        | Tag::Svg
        | Tag::Math
        | Tag::Canvas
        | Tag::Button
        | Tag::Select
        | Tag::Input
        | Tag::Textarea
        | Tag::Option
        | Tag::Nav
        | Tag::Video
        | Tag::Audio
        | Tag::Object
        | Tag::Embed
        | Tag::Map
        | Tag::Dialog
        | Tag::Title
        | Tag::Meta
        | Tag::Link
        | Tag::Label => return Class::Skip,
        _ => {}
    }
    let mut class = match tag {
        Tag::Header | Tag::Footer | Tag::Aside | Tag::Figure | Tag::Figcaption | Tag::Address => {
            Class::Boiler
        }
        _ => Class::Normal,
    };
    for (name, value) in doc.attrs(n) {
        match name {
            "hidden" => return Class::Skip,
            "aria-hidden" if value.eq_ignore_ascii_case("true") => return Class::Skip,
            "style" if is_hidden_style(value) => return Class::Skip,
            "role" => match value.to_ascii_lowercase().as_str() {
                "navigation" | "search" | "menu" | "menubar" => return Class::Skip,
                "complementary" | "banner" | "contentinfo" | "dialog" | "alertdialog"
                | "toolbar" | "tablist" => class = Class::Boiler,
                _ => {}
            },
            "class" | "id" => match words_verdict(value) {
                Verdict::Skip => return Class::Skip,
                Verdict::Boiler => class = Class::Boiler,
                Verdict::None | Verdict::Positive => {}
            },
            _ => {}
        }
    }
    class
}

/// How strongly class and id values say "article" (positive) or "chrome"
/// (negative): +1 or -1 per element, 0 when silent. Used to weight
/// candidate containers.
pub fn class_weight(doc: &Document, n: NodeId) -> i32 {
    let mut w = 0;
    for (name, value) in doc.attrs(n) {
        match name {
            "class" | "id" => match words_verdict(value) {
                Verdict::Positive => w += 1,
                Verdict::Boiler | Verdict::Skip => w -= 1,
                Verdict::None => {}
            },
            "itemprop" if value.eq_ignore_ascii_case("articlebody") => w += 2,
            _ => {}
        }
    }
    w
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    None,
    Positive,
    Boiler,
    Skip,
}

fn is_hidden_style(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Calls `f` with each word of a class or id value: split at
/// non-alphanumerics and at lower→upper case changes, lower-cased. Words
/// longer than [`MAX_WORD`] are passed cut short.
fn for_each_word(value: &str, mut f: impl FnMut(&str)) {
    let mut buf = [0u8; MAX_WORD];
    let mut len = 0;
    let mut prev_lower = false;
    let mut emit = |buf: &[u8; MAX_WORD], len: &mut usize| {
        if *len > 0 {
            if let Ok(w) = std::str::from_utf8(&buf[..*len]) {
                f(w);
            }
            *len = 0;
        }
    };
    for &c in value.as_bytes() {
        if !c.is_ascii_alphanumeric() {
            emit(&buf, &mut len);
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower {
            emit(&buf, &mut len);
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        if len < MAX_WORD {
            buf[len] = c.to_ascii_lowercase();
            len += 1;
        }
    }
    emit(&buf, &mut len);
}

/// Longest class word compared in full.
const MAX_WORD: usize = 24;

fn words_verdict(value: &str) -> Verdict {
    if value.is_empty() || value.len() > 200 {
        return Verdict::None;
    }
    let mut verdict = Verdict::None;
    let mut prev = [0u8; MAX_WORD];
    let mut prev_len = 0;
    // Embedded posts ("social-media-embed", "twitter-tweet") are quoted
    // content, not share bars.
    let mut embedded = false;
    for_each_word(value, |w| {
        if matches!(w, "embed" | "embedded" | "tweet" | "instagram" | "tiktok") {
            embedded = true;
        }
        let p = std::str::from_utf8(&prev[..prev_len]).unwrap_or("");
        match word_verdict(p, w) {
            Verdict::Skip => verdict = Verdict::Skip,
            Verdict::Boiler if verdict != Verdict::Skip => verdict = Verdict::Boiler,
            Verdict::Positive if verdict == Verdict::None => verdict = Verdict::Positive,
            _ => {}
        }
        prev_len = w.len();
        prev[..prev_len].copy_from_slice(w.as_bytes());
    });
    if embedded && verdict == Verdict::Boiler {
        return Verdict::None;
    }
    verdict
}

fn word_verdict(prev: &str, w: &str) -> Verdict {
    match (prev, w) {
        ("sr", "only")
        | ("visually", "hidden")
        | ("screen", "reader")
        | (_, "visuallyhidden")
        | (_, "offscreen")
        | ("skip", "link")
        | ("skip", "to") => return Verdict::Skip,
        ("read", "more")
        | ("more", "stories")
        | ("most", "read")
        | ("most", "popular")
        | ("you", "may")
        | ("also", "like")
        | ("text", "size")
        | ("font", "size") => return Verdict::Boiler,
        _ => {}
    }
    match w {
        "ad" | "ads" | "adv" | "advert" | "adverts" | "advertisement" | "advertising"
        | "adsense" | "adslot" | "adunit" | "dfp" | "sponsor" | "sponsored" | "promo"
        | "promos" | "promoted" | "share" | "shares" | "sharing" | "sharebar" | "sharetools"
        | "social" | "socials" | "comment" | "comments" | "disqus" | "related" | "recommended"
        | "recommendations" | "recirc" | "outbrain" | "taboola" | "newsletter" | "newsletters"
        | "subscribe" | "subscription" | "signup" | "cookie" | "cookies" | "consent" | "gdpr"
        | "breadcrumb" | "breadcrumbs" | "sidebar" | "widget" | "widgets" | "footer"
        | "masthead" | "nav" | "navbar" | "navigation" | "menu" | "toolbar" | "popup" | "modal"
        | "overlay" | "tags" | "tagcloud" | "keywords" | "byline" | "author" | "authors"
        | "caption" | "credit" | "credits" | "print" | "pagination" | "pager" | "login"
        | "lightbox" | "trending" | "popular" | "readmore" | "mostread" | "header" | "meta"
        | "rating" | "jump" | "toc" | "video" | "gallery" | "slideshow" | "carousel" | "banner"
        | "teaser" | "teasers" | "pullquote" | "cred" => Verdict::Boiler,
        "article" | "articlebody" | "content" | "entry" | "post" | "story" | "body" | "text"
        | "main" | "blog" | "prose" | "richtext" | "storybody" | "postbody" | "entrycontent" => {
            Verdict::Positive
        }
        _ => Verdict::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_on_case_and_punctuation() {
        let mut w: Vec<String> = Vec::new();
        for_each_word("articleShare-bar  js_Menu", |x| w.push(x.to_string()));
        assert_eq!(w, ["article", "share", "bar", "js", "menu"]);
    }

    #[test]
    fn verdicts() {
        assert_eq!(words_verdict("article-body"), Verdict::Positive);
        assert_eq!(words_verdict("article-share"), Verdict::Boiler);
        assert_eq!(words_verdict("headlines downloads"), Verdict::None);
        assert_eq!(words_verdict("sr-only"), Verdict::Skip);
        assert_eq!(words_verdict("commentary"), Verdict::None);
        assert_eq!(words_verdict("social-media-embed"), Verdict::None);
        assert_eq!(words_verdict("social-share"), Verdict::Boiler);
    }
}
