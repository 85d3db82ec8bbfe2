//! Main-content selection: which blocks of a page are the article.
//!
//! 1. **Score containers.** Every prose block (long enough, few links, not a
//!    caption) gives its parent `1 + commas + min(chars / 100, 3)` points,
//!    its grandparent half of that and further ancestors a third per level,
//!    the scheme Readability made standard. A container starts from a bonus
//!    by tag and by class words ([`super::boiler::class_weight`]) and its
//!    total is scaled by `1 - link density`.
//! 2. **Pick the top container**, moving up to a common ancestor when
//!    several near-equal candidates share one (articles split by ads), and
//!    adding siblings that score well or read as prose.
//! 3. **Clean the blocks inside**: chrome elements (share bars, related
//!    lists, captions, bylines, comments) are dropped unless they hold the
//!    bulk of the text (a `<main>` or `<aside>` that *is* the article), and
//!    so are link lists, figure text, known chrome lines and repeats.
//!    "READ MORE:"-style promos move to `related`.
//! 4. **Listings**: a page whose best prose is thin while it holds many
//!    linked teaser headings is an index page; its text is left empty.
//!
//! All thresholds are named constants, calibrated as a set on the dev part
//! of the article-extraction benchmark (ids not starting with c–f): re-run
//! `newsfacts-eval aeb --split dev` after any change.

use newsfacts_dom::{Document, NodeId, Tag};
use newsfacts_model::Related;

use super::blocks::{Block, BlockKind};
use super::boiler;

/// Shortest block (chars) that counts as prose when scoring containers.
const MIN_PROSE_CHARS: u32 = 25;
/// Blocks with more link text than this share do not score.
const MAX_SCORING_LINK_DENSITY: f32 = 0.5;
/// Points per class word verdict (Readability's class weight).
const CLASS_WEIGHT: f32 = 25.0;
/// How many ancestors of a block receive its score.
const SCORE_LEVELS: usize = 5;
/// Alternative candidates within this share of the top score vote for a
/// common ancestor …
const ALTERNATIVE_SHARE: f32 = 0.75;
/// … when at least this many of them share it.
const MIN_ALTERNATIVES: usize = 3;
/// A sibling joins when it scores this share of the top …
const SIBLING_SHARE: f32 = 0.2;
/// … and at least this much.
const SIBLING_MIN_SCORE: f32 = 10.0;
/// A paragraph sibling joins when longer than this with few links.
const SIBLING_PROSE_CHARS: u32 = 80;
/// Link density above which a sibling paragraph is not prose.
const SIBLING_MAX_LINK_DENSITY: f32 = 0.25;
/// Moving up from the top container to an ancestor pays when the ancestor
/// holds this much more clean prose (articles split into chunks by ads)…
const CLIMB_GAIN: f32 = 1.5;
/// … while its link density stays below this …
const CLIMB_MAX_LINK_DENSITY: f32 = 0.35;
/// Only paragraphs this long count as clean prose when climbing …
const CLIMB_MIN_PARAGRAPH_CHARS: u32 = 80;
/// … with at most this share of link text.
const CLIMB_MAX_PARAGRAPH_LINK_DENSITY: f32 = 0.2;
/// … looking this many levels up.
const CLIMB_LEVELS: usize = 5;
/// A chrome element inside the content is kept when it holds at least this
/// share of the content's prose.
const BOILER_KEEP_SHARE: f32 = 0.4;
/// Blocks with more link text than this share are link lists.
const MAX_LINK_DENSITY: f32 = 0.6;
/// Paragraphs at least this long survive [`MAX_LINK_DENSITY`].
const LINKY_PROSE_CHARS: u32 = 160;
/// Chrome lines are short: only blocks up to this length are matched
/// against [`CHROME_PREFIXES`].
const MAX_CHROME_LINE_CHARS: u32 = 120;
/// Repeats of blocks at least this long (chars) are dropped.
const MIN_DEDUP_CHARS: u32 = 10;
/// A recirculation heading ends the article only when the paragraphs after
/// it hold at most this share of the article's prose.
const TAIL_MAX_PROSE_AFTER: f32 = 0.15;
/// Newsletter prompts and captions are matched up to this length (chars).
const MAX_PROMPT_CHARS: u32 = 220;

/// Short lines that open a recirculation section after the article:
/// everything after them is dropped (lower case, whole line, trailing
/// punctuation ignored).
const TAIL_HEADINGS: &[&str] = &[
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related news",
    "related coverage",
    "more stories",
    "more news",
    "more on this story",
    "read next",
    "read more",
    "recommended",
    "recommended stories",
    "recommended for you",
    "you may also like",
    "you might also like",
    "you may like",
    "you might like",
    "also on",
    "more from",
    "most popular",
    "most read",
    "trending",
    "don't miss",
    "don’t miss",
    "lesen sie auch",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "sur le même sujet",
    "te puede interesar",
    "noticias relacionadas",
    "leer más",
    "você pode gostar",
    "veja também",
    "leia também",
    "potrebbe interessarti",
    "leggi anche",
    "читайте также",
    "по теме",
    "новости по теме",
];

/// A listing has at least this many linked teaser headings …
const LISTING_MIN_TEASERS: usize = 8;
/// … and its selected prose is below this many chars.
const LISTING_MAX_PROSE_CHARS: u32 = 250;
/// Or the selected container itself holds this many linked headings …
const LISTING_MIN_INNER_TEASERS: usize = 5;
/// … and no run of this many prose blocks without a teaser heading between
/// them (an article's paragraphs follow each other; a listing alternates
/// heading and summary).
const LISTING_MAX_PROSE_RUN: usize = 3;
/// Score multiplier for candidates inside an element whose class or id
/// says chrome (comments, sidebars, related lists).
const CHROME_ANCESTOR_PENALTY: f32 = 0.3;

/// Lower-case starts of blocks that are page chrome, not article text.
const CHROME_PREFIXES: &[&str] = &[
    "advertisement",
    "advert",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "реклама",
    "advertisements",
    "sponsored content",
    "share this",
    "share on",
    "share article",
    "share via",
    "follow us",
    "sign up",
    "subscribe to",
    "subscribe now",
    "click here to",
    "image copyright",
    "photo:",
    "photo by",
    "photograph:",
    "photograph by",
    "foto:",
    "foto von",
    "foto de",
    "фото:",
    "фото ",
    "image:",
    "picture:",
    "credit:",
    "bild:",
    "image caption",
    "image source",
    "photo credit",
    "getty images",
    "copyright ©",
    "all rights reserved",
    "tags:",
    "topics:",
    "filed under",
    "posted in",
    "loading",
    "please enable javascript",
    "we use cookies",
    "this site uses cookies",
    "skip to",
    "jump to",
    "back to top",
    "print this",
    "email this",
    "continue reading",
    "recommended for you",
    "most popular",
    "most read",
    "trending now",
    "comments",
    "leave a comment",
    "view comments",
    "reuse this content",
];

/// The result of content selection.
#[derive(Debug, Default)]
pub struct Selection {
    /// Indices into the block list, in reading order.
    pub blocks: Vec<usize>,
    /// Promos found inside the content.
    pub related: Vec<Related>,
    /// The page is an index of teasers.
    pub listing: bool,
    /// The chosen container.
    pub top: Option<NodeId>,
}

/// Selects the article's blocks. `title` (when known) drops a repeated
/// headline from the body.
pub fn select(doc: &Document, blocks: &[Block], title: Option<&str>) -> Selection {
    let mut sel = Selection::default();
    if blocks.is_empty() {
        return sel;
    }
    let index = OwnerIndex::new(doc, blocks);
    let scores = score(doc, blocks, &index);
    let Some(top) = pick_top(doc, &scores) else {
        return sel;
    };
    let top = climb(doc, blocks, &index, top);
    let roots = with_siblings(doc, blocks, &index, &scores, top);
    let ranges: Vec<(usize, usize)> = roots
        .iter()
        .map(|&r| (r.index(), doc.subtree_end(r).index()))
        .collect();
    let in_ranges = |n: NodeId| ranges.iter().any(|&(a, b)| n.index() >= a && n.index() < b);
    let is_root = |n: NodeId| roots.contains(&n);
    let prose_total: u32 = blocks
        .iter()
        .filter(|b| in_ranges(b.owner) && is_prose(b))
        .map(|b| b.chars)
        .sum();

    let mut kept_boiler: Vec<(NodeId, bool)> = Vec::new();
    let mut seen_prose = 0u32;
    let mut promo_next = false;
    let mut seen: Vec<&str> = Vec::new();
    let title_norm = title.map(normalize);
    for (i, b) in blocks.iter().enumerate() {
        if !in_ranges(b.owner) {
            continue;
        }
        if let Some(bp) = b.boiler
            && in_ranges(bp)
            && !is_root(bp)
        {
            let keep = match kept_boiler.iter().find(|(n, _)| *n == bp) {
                Some(&(_, k)) => k,
                None => {
                    let held = index.prose_chars(doc, blocks, bp);
                    let k = prose_total > 0
                        && held as f32 >= BOILER_KEEP_SHARE * prose_total as f32
                        && doc.tag(bp) != Some(Tag::Figure);
                    kept_boiler.push((bp, k));
                    k
                }
            };
            if !keep {
                continue;
            }
        }
        if b.in_figure {
            continue;
        }
        if b.link_density() > MAX_LINK_DENSITY
            && b.chars < LINKY_PROSE_CHARS
            && b.kind != BlockKind::Quote
        {
            if let Some(t) = crate::promo::parse_promo(&b.text) {
                sel.related.push(Related {
                    title: t.to_string(),
                    url: b.first_href.clone(),
                });
            }
            continue;
        }
        if let Some(t) = crate::promo::parse_promo(&b.text) {
            sel.related.push(Related {
                title: t.to_string(),
                url: b.first_href.clone(),
            });
            continue;
        }
        if b.chars <= MAX_CHROME_LINE_CHARS && is_chrome_line(&b.text) {
            continue;
        }
        if b.chars <= MAX_PROMPT_CHARS && (is_caption_line(&b.text) || is_prompt(&b.text)) {
            continue;
        }
        if b.chars <= MAX_CHROME_LINE_CHARS && is_tail_heading(&b.text) {
            let prose_after: u32 = blocks[i + 1..]
                .iter()
                .filter(|x| in_ranges(x.owner) && is_article_paragraph(x))
                .map(|x| x.chars)
                .sum();
            if prose_after as f32 <= TAIL_MAX_PROSE_AFTER * prose_total as f32
                && seen_prose * 2 >= prose_total
            {
                // "You may also like", "Related articles": the rest is
                // recirculation.
                break;
            }
            // A promo lead inside the article ("Leggi anche" + a linked
            // headline): the lead goes, the headline becomes related.
            promo_next = true;
            continue;
        }
        if promo_next {
            promo_next = false;
            if b.link_density() > 0.5 && b.chars <= MAX_CHROME_LINE_CHARS {
                sel.related.push(Related {
                    title: b.text.clone(),
                    url: b.first_href.clone(),
                });
                continue;
            }
        }
        if is_prose(b) {
            seen_prose += b.chars;
        }
        if matches!(b.kind, BlockKind::Heading(_))
            && title_norm
                .as_deref()
                .is_some_and(|t| normalize(&b.text) == t)
        {
            continue;
        }
        // A repeated paragraph is a pull quote or a second teaser; repeated
        // list items and cells (ingredients, table values) are content.
        if b.chars >= MIN_DEDUP_CHARS
            && !matches!(b.kind, BlockKind::ListItem | BlockKind::Cell)
            && seen.contains(&b.text.as_str())
        {
            continue;
        }
        seen.push(&b.text);
        sel.blocks.push(i);
    }
    trim_leading_meta(blocks, &mut sel.blocks);
    let selected_prose: u32 = sel
        .blocks
        .iter()
        .filter_map(|&i| blocks.get(i))
        .filter(|b| is_prose(b))
        .map(|b| b.chars)
        .sum();
    let mut inner_teasers = 0;
    let mut run = 0;
    let mut longest_run = 0;
    for b in blocks.iter().filter(|b| in_ranges(b.owner)) {
        if is_teaser_heading(b) {
            inner_teasers += 1;
            run = 0;
        } else if is_prose(b) {
            run += 1;
            longest_run = longest_run.max(run);
        }
    }
    if (selected_prose < LISTING_MAX_PROSE_CHARS
        && count_teasers(doc, blocks) >= LISTING_MIN_TEASERS)
        || (inner_teasers >= LISTING_MIN_INNER_TEASERS && longest_run < LISTING_MAX_PROSE_RUN)
    {
        sel.listing = true;
    }
    sel.top = Some(top);
    sel
}

/// A paragraph of sentences: long enough, few links, ends like a sentence.
pub fn is_sentence_paragraph(b: &Block) -> bool {
    b.chars >= MIN_PROSE_CHARS
        && b.link_density() < MAX_SCORING_LINK_DENSITY
        && !b.in_figure
        && matches!(
            b.kind,
            BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem
        )
        && b.text.trim_end().ends_with([
            '.', '!', '?', '"', '”', '»', '。', '！', '？', ')', '…', ':',
        ])
}

/// A real paragraph of the article: long, few links, plain text.
fn is_article_paragraph(b: &Block) -> bool {
    b.chars >= 80
        && b.link_density() < 0.3
        && matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote)
}

fn is_prose(b: &Block) -> bool {
    b.chars >= MIN_PROSE_CHARS
        && b.link_density() < MAX_SCORING_LINK_DENSITY
        && !b.in_figure
        && !matches!(b.kind, BlockKind::Heading(_))
}

fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_chrome_line(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    CHROME_PREFIXES.iter().any(|p| {
        lower.starts_with(p)
            && (lower.len() == p.len()
                || p.ends_with([' ', ':'])
                || !lower[p.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric))
    })
}

/// "Sign up for our newsletter"-style prompts.
fn is_prompt(text: &str) -> bool {
    let lower = text.to_lowercase();
    (lower.contains("newsletter") || lower.contains("inbox"))
        && (lower.contains("sign up")
            || lower.contains("subscribe")
            || lower.contains("signup")
            || lower.contains("get the latest"))
}

/// Image captions that end with a credit: "… (Image: GETTY)".
fn is_caption_line(text: &str) -> bool {
    let t = text.trim_end();
    if !t.ends_with(')') {
        return false;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    let inner = t[open + 1..].trim_start().to_lowercase();
    [
        "image:", "photo:", "picture:", "pic:", "credit:", "foto:", "bild:", "photo :",
    ]
    .iter()
    .any(|p| inner.starts_with(p))
}

fn is_tail_heading(text: &str) -> bool {
    let lower = text
        .trim()
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c.is_whitespace())
        .to_lowercase();
    TAIL_HEADINGS.iter().any(|h| {
        lower == *h
            || (lower.starts_with(h)
                && lower.len() <= h.len() + 20
                && (h.starts_with("more from") || h.starts_with("also on")))
    })
}

/// Drops bylines and datelines above the first prose paragraph.
fn trim_leading_meta(blocks: &[Block], kept: &mut Vec<usize>) {
    let first_prose = kept.iter().position(|&i| {
        blocks
            .get(i)
            .is_some_and(|b| b.chars >= 80 && b.link_density() < 0.3)
    });
    let Some(first_prose) = first_prose else {
        return;
    };
    let mut drop = Vec::new();
    for (pos, &i) in kept[..first_prose].iter().enumerate() {
        let Some(b) = blocks.get(i) else { continue };
        let lower = b.text.to_lowercase();
        // An <h1> above the first paragraph is the headline, whatever the
        // declared title says.
        let headline = b.kind == BlockKind::Heading(1);
        let meta_like = headline
            || b.chars <= 80
                && (lower.starts_with("by ")
                    || lower.starts_with("updated")
                    || lower.starts_with("published")
                    || lower.starts_with("posted")
                    || crate::date::find(&b.text).is_some());
        if meta_like {
            drop.push(pos);
        }
    }
    for pos in drop.into_iter().rev() {
        kept.remove(pos);
    }
}

fn is_teaser_heading(b: &Block) -> bool {
    matches!(b.kind, BlockKind::Heading(_)) && b.link_density() > 0.8 && b.chars >= 15
}

/// Linked headings and `<article>` teasers across the whole page.
pub fn count_teasers(doc: &Document, blocks: &[Block]) -> usize {
    let headings = blocks.iter().filter(|b| is_teaser_heading(b)).count();
    let articles = doc
        .all()
        .filter(|&n| doc.tag(n) == Some(Tag::Article))
        .count();
    headings.max(articles)
}

/// Blocks sorted by owner, with prefix sums, for subtree totals.
struct OwnerIndex {
    /// (owner index, block index), sorted.
    order: Vec<(usize, usize)>,
}

impl OwnerIndex {
    fn new(_doc: &Document, blocks: &[Block]) -> Self {
        let mut order: Vec<(usize, usize)> = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.owner.index(), i))
            .collect();
        order.sort_unstable();
        OwnerIndex { order }
    }

    fn range(&self, doc: &Document, n: NodeId) -> &[(usize, usize)] {
        let a = n.index();
        let b = doc.subtree_end(n).index();
        let lo = self.order.partition_point(|&(o, _)| o < a);
        let hi = self.order.partition_point(|&(o, _)| o < b);
        &self.order[lo..hi]
    }

    /// (chars, link chars) of all blocks below `n`.
    fn totals(&self, doc: &Document, blocks: &[Block], n: NodeId) -> (u32, u32) {
        self.range(doc, n)
            .iter()
            .filter_map(|&(_, i)| blocks.get(i))
            .fold((0, 0), |(c, l), b| (c + b.chars, l + b.link_chars))
    }

    fn prose_chars(&self, doc: &Document, blocks: &[Block], n: NodeId) -> u32 {
        self.range(doc, n)
            .iter()
            .filter_map(|&(_, i)| blocks.get(i))
            .filter(|b| is_prose(b))
            .map(|b| b.chars)
            .sum()
    }
}

/// Container scores, indexed by node id (0 = not a candidate).
fn score(doc: &Document, blocks: &[Block], index: &OwnerIndex) -> Vec<f32> {
    let mut raw = vec![0f32; doc.len()];
    let mut touched: Vec<NodeId> = Vec::new();
    for b in blocks.iter().filter(|b| is_prose(b)) {
        let commas = b
            .text
            .chars()
            .filter(|c| matches!(c, ',' | '，' | '、' | '،'))
            .count() as f32;
        let points = 1.0 + commas + (b.chars as f32 / 100.0).min(3.0);
        // The owner is the paragraph itself unless it is a container with
        // direct text; either way its parent gets full points.
        let start = if doc.tag(b.owner) == Some(Tag::P) {
            doc.parent(b.owner)
        } else {
            Some(b.owner)
        };
        let mut node = start;
        for level in 0..SCORE_LEVELS {
            // The document node counts too: fragments have no <body>.
            let Some(n) = node else { break };
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            if raw[n.index()] == 0.0 {
                touched.push(n);
                raw[n.index()] = base_score(doc, n);
            }
            raw[n.index()] += points / divider;
            node = doc.parent(n);
        }
    }
    let mut scores = vec![0f32; doc.len()];
    for n in touched {
        let (chars, links) = index.totals(doc, blocks, n);
        let ld = if chars == 0 {
            0.0
        } else {
            links as f32 / chars as f32
        };
        let chrome = std::iter::once(n)
            .chain(doc.ancestors(n))
            .any(|a| boiler::class_weight(doc, a) < 0);
        let penalty = if chrome { CHROME_ANCESTOR_PENALTY } else { 1.0 };
        scores[n.index()] = (raw[n.index()] * (1.0 - ld) * penalty).max(f32::MIN_POSITIVE);
    }
    scores
}

fn base_score(doc: &Document, n: NodeId) -> f32 {
    let by_tag = match doc.tag(n) {
        Some(Tag::Div | Tag::Article | Tag::Main | Tag::Section) => 5.0,
        Some(Tag::Pre | Tag::Td | Tag::Blockquote) => 3.0,
        Some(
            Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form,
        ) => -3.0,
        Some(Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6 | Tag::Th) => -5.0,
        _ => 0.0,
    };
    by_tag + boiler::class_weight(doc, n) as f32 * CLASS_WEIGHT + f32::EPSILON
}

fn pick_top(doc: &Document, scores: &[f32]) -> Option<NodeId> {
    let (best, &best_score) = scores
        .iter()
        .enumerate()
        .filter(|(_, s)| **s > 0.0)
        .max_by(|a, b| a.1.total_cmp(b.1))?;
    let mut top = NodeId::from_index(best)?;
    // Near-equal candidates that share an ancestor with the top: the
    // article is split (ads, paywall markers) and the ancestor holds it all.
    let alternatives: Vec<NodeId> = scores
        .iter()
        .enumerate()
        .filter(|&(i, s)| i != best && *s >= ALTERNATIVE_SHARE * best_score)
        .filter_map(|(i, _)| NodeId::from_index(i))
        .collect();
    if alternatives.len() >= MIN_ALTERNATIVES {
        let mut anc = doc.parent(top);
        while let Some(a) = anc {
            if doc.tag(a).is_none() || doc.tag(a) == Some(Tag::Body) {
                break;
            }
            let end = doc.subtree_end(a).index();
            let inside = alternatives
                .iter()
                .filter(|x| x.index() > a.index() && x.index() < end)
                .count();
            if inside >= MIN_ALTERNATIVES {
                top = a;
                break;
            }
            anc = doc.parent(a);
        }
    }
    // An only child says nothing its parent does not.
    while let Some(p) = doc.parent(top) {
        if doc.tag(p).is_none() || doc.tag(p) == Some(Tag::Body) {
            break;
        }
        if doc.children(p).filter(|&c| doc.is_element(c)).count() == 1
            && doc
                .children(p)
                .all(|c| doc.is_element(c) || doc.text(c).is_some_and(|t| t.trim().is_empty()))
        {
            top = p;
        } else {
            break;
        }
    }
    Some(top)
}

/// Prose below `n` that no chrome element inside `n` holds.
fn clean_prose(doc: &Document, blocks: &[Block], index: &OwnerIndex, n: NodeId) -> u32 {
    index
        .range(doc, n)
        .iter()
        .filter_map(|&(_, i)| blocks.get(i))
        .filter(|b| {
            b.chars >= CLIMB_MIN_PARAGRAPH_CHARS
                && b.link_density() < CLIMB_MAX_PARAGRAPH_LINK_DENSITY
                && matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote)
                && is_prose(b)
                && b.boiler.is_none_or(|bp| bp.index() <= n.index())
        })
        .map(|b| b.chars)
        .sum()
}

/// Moves up to the ancestor that holds clearly more of the article.
fn climb(doc: &Document, blocks: &[Block], index: &OwnerIndex, top: NodeId) -> NodeId {
    let mut best = top;
    let mut best_prose = clean_prose(doc, blocks, index, top);
    let mut anc = doc.parent(top);
    for _ in 0..CLIMB_LEVELS {
        let Some(a) = anc else { break };
        if matches!(doc.tag(a), None | Some(Tag::Body | Tag::Html)) {
            break;
        }
        let prose = clean_prose(doc, blocks, index, a);
        let (chars, links) = index.totals(doc, blocks, a);
        let ld = if chars == 0 {
            0.0
        } else {
            links as f32 / chars as f32
        };
        if prose as f32 >= best_prose as f32 * CLIMB_GAIN
            && ld < CLIMB_MAX_LINK_DENSITY
            && boiler::class_weight(doc, a) >= 0
        {
            best = a;
            best_prose = prose;
        }
        anc = doc.parent(a);
    }
    best
}

fn with_siblings(
    doc: &Document,
    blocks: &[Block],
    index: &OwnerIndex,
    scores: &[f32],
    top: NodeId,
) -> Vec<NodeId> {
    let Some(parent) = doc.parent(top) else {
        return vec![top];
    };
    let top_score = scores.get(top.index()).copied().unwrap_or(0.0);
    let threshold = SIBLING_MIN_SCORE.max(top_score * SIBLING_SHARE);
    let top_class = doc.attr(top, "class");
    let mut roots = Vec::new();
    for s in doc.children(parent).filter(|&c| doc.is_element(c)) {
        if s == top {
            roots.push(s);
            continue;
        }
        let mut bonus = 0.0;
        if top_class.is_some_and(|c| !c.is_empty()) && doc.attr(s, "class") == top_class {
            bonus = top_score * 0.2;
        }
        let s_score = scores.get(s.index()).copied().unwrap_or(0.0);
        if s_score > 0.0 && s_score + bonus >= threshold {
            roots.push(s);
            continue;
        }
        if doc.tag(s) == Some(Tag::P) {
            let (chars, links) = index.totals(doc, blocks, s);
            let ld = if chars == 0 {
                1.0
            } else {
                links as f32 / chars as f32
            };
            let text_ends_sentence = index
                .range(doc, s)
                .last()
                .and_then(|&(_, i)| blocks.get(i))
                .is_some_and(|b| b.text.trim_end().ends_with(['.', '!', '?', '"', '”']));
            if (chars > SIBLING_PROSE_CHARS && ld < SIBLING_MAX_LINK_DENSITY)
                || (chars > 0 && ld == 0.0 && text_ends_sentence)
            {
                roots.push(s);
            }
        }
    }
    roots
}
