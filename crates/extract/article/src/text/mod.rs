//! Article extraction from flattened page text (site chrome included).
//!
//! Input is the text of a web page flattened to one block per line: menus,
//! icon labels, share bars, the dateline, the headline, the body with its
//! promos, then tags, comments and footers — the form of Common Crawl WET
//! records and of "copy all" from a browser.
//!
//! How it works, in one linear pass plus a few local scans:
//!
//! 1. **Lines.** Lines are whitespace-normalised; hard-wrapped prose (a long
//!    line ending mid-sentence followed by a lowercase line) is re-joined.
//! 2. **Classes.** Each line is classified by shape and vocabulary
//!    (`line.rs`): prose, short sentence, headline-like, navigation label,
//!    menu/icon run, chrome (share bars, sign-in and cookie prompts, player
//!    times, ads), section break ("Related Topics", "Comments", "Podcasts"),
//!    promo ([`crate::promo`]), dateline ([`crate::date`]), byline, photo
//!    credit, agency trailer ("Reporting by …").
//! 3. **Body region.** Each class scores (prose by length, chrome and
//!    navigation negative, promos neutral, breaks a wall) and the maximum-sum
//!    run of lines (Kadane) is the body. Chrome, credits, bylines and
//!    datelines inside it are dropped, promos move to `related`.
//! 4. **Header.** The title is the best headline-like line just above the
//!    body (closer is better, next to a dateline/byline is better, a copy
//!    with a " | Site" suffix elsewhere is better — that suffix is the site).
//!    Dates come from datelines above, inside, then just below the body;
//!    "Updated …" dates go to `updated`. Authors come from bylines there, a
//!    bare name next to the dateline, else the trailer's "Reporting by". A
//!    short standfirst between title and body goes to `description`.
//! 5. **Kind.** Enough prose makes an article; a page of many headline-like
//!    teasers (or a "body" made of them) is a listing with empty text;
//!    anything else is empty.
//!
//! ```
//! use newsfacts_extract::{Options, text};
//! use newsfacts_model::Kind;
//!
//! let page = "Home\nWorld\nSport\n\
//!     3 March 2019, 14:05\n\
//!     Storm closes ports along the northern coast\n\
//!     By Jane Doe, Reuters\n\
//!     Share this with Facebook Twitter Email\n\
//!     Port authorities closed three harbours on Sunday as winds reached 120 km/h, officials said.\n\
//!     READ MORE: Ferry operators cancel weekend crossings\n\
//!     Forecasters expect the storm to ease by Tuesday, but warned of flooding in low-lying towns.\n\
//!     Related Topics\nWeather\n";
//! let a = text::extract("page.txt", page, &Options::default());
//! assert_eq!(a.kind, Kind::Article);
//! assert_eq!(a.title.as_deref(), Some("Storm closes ports along the northern coast"));
//! assert_eq!(a.published.as_deref(), Some("2019-03-03T14:05"));
//! assert_eq!(a.authors, ["Jane Doe"]);
//! assert_eq!(a.related[0].title, "Ferry operators cancel weekend crossings");
//! assert!(a.text.starts_with("Port authorities") && a.text.ends_with("low-lying towns."));
//! ```

mod byline;
mod line;
mod matcher;
mod vocab;

use crate::Options;
use line::{Class, Line};
use newsfacts_model::{Article, Kind, Related};

/// Score of every prose line, plus one point per [`PROSE_CHARS_PER_POINT`]
/// characters up to [`PROSE_CAP_CHARS`]: a 200-char paragraph (15) outweighs
/// two navigation lines; the cap keeps one long blob from swallowing chrome.
const PROSE_BASE: i32 = 5;
const PROSE_CHARS_PER_POINT: usize = 20;
const PROSE_CAP_CHARS: usize = 400;
/// A short sentence ("He declined.") keeps a region going but cannot start one
/// on its own against a couple of labels.
const SCORE_SHORT_PROSE: i32 = 3;
/// Headline-like lines and labels: -6 so that a crosshead between two
/// paragraphs costs little, but a run of teasers or menu items ends the body.
const SCORE_HEADING: i32 = -6;
const SCORE_NAV: i32 = -6;
/// Chrome (share bars, prompts) and menu runs weigh more than one paragraph
/// of teaser text, so the body does not extend across them without reason.
const SCORE_CHROME: i32 = -10;
const SCORE_MENU: i32 = -15;
/// Datelines and bylines sit between title and body; they may also sit just
/// after a standfirst, so they cost little.
const SCORE_META: i32 = -3;
/// Credits live inside bodies.
const SCORE_INLINE: i32 = -1;
/// "Related Topics", "Comments" …: the body never crosses them.
const SCORE_BREAK: i32 = -1_000_000;
/// Fewest prose characters for an article; below it the page is a listing
/// or empty (one short news brief is ~250 chars; a "page not available"
/// sentence is ~50).
const BODY_MIN_CHARS: usize = 150;
/// How far above the body the title is looked for (header blocks hold a
/// kicker, headline, standfirst, byline, dateline, share bar, caption…).
const TITLE_LOOKBACK: usize = 12;
/// Most lines (of any class) scanned above the body for the title: a
/// BBC-style share bar and caption block is ~15 lines.
const TITLE_SCAN_MAX: usize = 40;
/// Datelines may sit this many lines above the title (RT puts it first).
const HEADER_ABOVE_TITLE: usize = 3;
/// A standfirst is at most this many prose lines of at most this many
/// characters (standfirsts are one or two sentences; body paragraphs of a
/// page whose dateline sits low are longer or more numerous).
const STANDFIRST_MAX_PARAS: usize = 2;
const STANDFIRST_MAX_CHARS: usize = 350;
/// How many lines into the body region a dateline/byline may sit and still
/// mark what precedes it as the standfirst.
const STANDFIRST_SCAN: usize = 6;
/// Lines after the body searched for a dateline, byline or trailer.
const FOOTER_WINDOW: usize = 4;
/// A listing has at least this many teaser headlines of at least
/// [`TEASER_MIN_WORDS`] words (section labels are shorter).
const LISTING_MIN_TEASERS: usize = 5;
const TEASER_MIN_WORDS: usize = 5;
/// A body region with this many datelines and teasers is a listing (dated
/// teaser lists; an article has one dateline).
const LISTING_MIN_DATELINES: usize = 3;
const LISTING_MIN_DATED_TEASERS: usize = 3;
/// Title candidate scoring: the nearest headline-like line above the body
/// starts at [`TITLE_BASE`] and loses [`TITLE_DISTANCE_COST`] per content
/// line further up; being within two lines of a dateline/byline (+6) or
/// having a "Title | Site" copy (+10) outweighs 3–5 lines of distance, and
/// lines under [`TITLE_SHORT_WORDS`] words (kickers, labels) lose 6. Tuned
/// on the fixtures (Spiegel kicker, Le Monde paywall label, BBC captions).
const TITLE_BASE: i32 = 20;
const TITLE_DISTANCE_COST: i32 = 2;
const TITLE_NEAR_META_BONUS: i32 = 6;
const TITLE_SHORT_WORDS: usize = 4;
const TITLE_SHORT_COST: i32 = 6;
const TITLE_LENGTH_BONUS_WORDS: usize = 10;
const TITLE_SITE_BONUS: i32 = 10;
/// A site name in a "Title | Site" line has at most this many words.
const SITE_MAX_WORDS: usize = 5;
/// A headline above a deck has at least this many words (menu items and
/// section labels above a headline have fewer).
const DECK_HEADLINE_MIN_WORDS: usize = 5;

/// Separators between a headline and the site name in page titles.
const SITE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " • "];

/// Extracts an article from flattened page text.
pub fn extract(source: &str, text: &str, opts: &Options) -> Article {
    let mut a = Article::new(source);
    a.url = opts.url.clone();
    let lines = line::split(text);
    let Some((s, e)) = best_region(&lines) else {
        a.kind = listing_or_empty(&lines);
        return a;
    };
    let region = lines.get(s..=e).unwrap_or(&[]);
    let prose_chars: usize = region
        .iter()
        .filter(|l| l.class == Class::Prose)
        .map(|l| l.chars)
        .sum();
    if prose_chars < BODY_MIN_CHARS {
        a.kind = listing_or_empty(&lines);
        if a.kind == Kind::Empty {
            // Too little for an article, but what prose there is is kept:
            // a one-line note is not chrome.
            let short: Vec<&str> = region
                .iter()
                .filter(|l| matches!(l.class, Class::Prose | Class::ShortProse))
                .map(|l| l.text.as_str())
                .collect();
            a.text = short.join("\n\n");
        }
        return a;
    }
    if teaser_dominated(region) {
        a.kind = Kind::Listing;
        return a;
    }
    a.kind = Kind::Article;

    // Title and site.
    let title_idx = find_title(&lines, s);
    let (title, site) = match title_idx.and_then(|i| lines.get(i)) {
        Some(l) => (Some(l.text.clone()), find_site(&lines, &l.text)),
        None => match lines.first().filter(|l| l.class == Class::Heading) {
            Some(l) => match split_site(&l.text) {
                Some((t, site)) => (Some(t.to_string()), Some(site.to_string())),
                None => (Some(l.text.clone()), None),
            },
            None => (None, None),
        },
    };

    // Standfirst: short prose between the title and the header metadata
    // (dateline/byline) goes to `description`, so the text starts with the
    // body itself whether or not chrome separates the two.
    let (body_start, standfirst) = standfirst(&lines, title_idx, s, e);
    if !standfirst.is_empty() {
        a.description = Some(standfirst.join(" "));
    }

    // Body and promos.
    let mut paras: Vec<&str> = Vec::new();
    for (i, l) in lines.iter().enumerate().take(e + 1).skip(s) {
        match l.class {
            Class::Prose | Class::ShortProse | Class::Heading
                if i >= body_start && title.as_deref() != Some(l.text.as_str()) =>
            {
                paras.push(&l.text);
            }
            Class::Promo => push_related(&mut a.related, l),
            _ => {}
        }
    }
    for l in lines.iter().skip(e + 1) {
        if l.class != Class::Promo {
            break;
        }
        push_related(&mut a.related, l);
    }
    a.text = paras.join("\n\n");

    // Dates and authors: header, then body, then footer.
    let header_start = match title_idx {
        Some(t) => t.saturating_sub(HEADER_ABOVE_TITLE),
        None => s.saturating_sub(TITLE_LOOKBACK),
    };
    let footer_end = (e + 1 + FOOTER_WINDOW).min(lines.len());
    let meta = lines.get(header_start..footer_end).unwrap_or(&[]);
    for l in meta.iter().filter(|l| l.class == Class::Dateline) {
        for (dt, updated) in &l.dates {
            let slot = if *updated {
                &mut a.updated
            } else {
                &mut a.published
            };
            if slot.is_none() {
                *slot = Some(dt.to_iso());
            }
        }
    }
    for l in meta {
        for n in &l.authors {
            if !a.authors.contains(n) {
                a.authors.push(n.clone());
            }
        }
    }
    if a.authors.is_empty() {
        // A bare name right next to the first dateline ("Lucía Fernández"),
        // only below the title: menus sit above titles.
        let lo = title_idx.map_or(header_start, |t| t + 1);
        let dateline = (lo..=e).find(|&i| lines.get(i).is_some_and(|l| l.class == Class::Dateline));
        if let Some(d) = dateline {
            let around = [d.checked_sub(1), Some(d + 1)];
            let inside = |i: &usize| (lo..=e).contains(i);
            for l in around
                .into_iter()
                .flatten()
                .filter(inside)
                .filter_map(|i| lines.get(i))
            {
                if matches!(l.class, Class::Nav | Class::Heading)
                    && Some(l.text.as_str()) != title.as_deref()
                    && let Some(n) = byline::name_line(&l.text)
                {
                    a.authors.push(n);
                    break;
                }
            }
        }
    }
    if a.authors.is_empty() {
        for n in meta.iter().flat_map(|l| &l.trailer_authors) {
            if !a.authors.contains(n) {
                a.authors.push(n.clone());
            }
        }
    }
    a.title = title;
    a.site = site;
    a
}

/// Finds a standfirst: up to [`STANDFIRST_MAX_PARAS`] short prose lines
/// between the title and the body, either above the region or at its head
/// before a dateline/byline. Returns the body's first line and the
/// standfirst lines.
fn standfirst(lines: &[Line], title_idx: Option<usize>, s: usize, e: usize) -> (usize, Vec<&str>) {
    let is_short_prose = |l: &Line| l.class == Class::Prose && l.chars <= STANDFIRST_MAX_CHARS;
    // Metadata at the head of the region: "Standfirst. / By X / date / body".
    let head_end = (s + STANDFIRST_SCAN).min(e);
    let meta = (s..=head_end).rev().find(|&i| {
        lines
            .get(i)
            .is_some_and(|l| matches!(l.class, Class::Dateline | Class::Byline))
    });
    if let Some(m) = meta {
        let before: Vec<&Line> = lines
            .get(s..m)
            .unwrap_or(&[])
            .iter()
            .filter(|l| matches!(l.class, Class::Prose | Class::ShortProse))
            .collect();
        let body_after = lines
            .get(m + 1..=e)
            .is_some_and(|r| r.iter().any(|l| l.class == Class::Prose));
        if !before.is_empty()
            && before.len() <= STANDFIRST_MAX_PARAS
            && before.iter().all(|l| is_short_prose(l))
            && body_after
        {
            return (m + 1, before.iter().map(|l| l.text.as_str()).collect());
        }
    }
    // Prose between the title and the region (chrome kept them apart).
    if let Some(t) = title_idx.filter(|&t| t < s) {
        let between: Vec<&Line> = lines
            .get(t + 1..s)
            .unwrap_or(&[])
            .iter()
            .filter(|l| matches!(l.class, Class::Prose | Class::ShortProse))
            .collect();
        if !between.is_empty()
            && between.len() <= STANDFIRST_MAX_PARAS
            && between.iter().all(|l| is_short_prose(l))
        {
            return (s, between.iter().map(|l| l.text.as_str()).collect());
        }
    }
    (s, Vec::new())
}

fn push_related(related: &mut Vec<Related>, l: &Line) {
    if let Some(t) = &l.promo
        && !related.iter().any(|r| &r.title == t)
    {
        related.push(Related {
            title: t.clone(),
            url: None,
        });
    }
}

fn score(l: &Line) -> i64 {
    let s = match l.class {
        Class::Prose => PROSE_BASE + (l.chars.min(PROSE_CAP_CHARS) / PROSE_CHARS_PER_POINT) as i32,
        Class::ShortProse => SCORE_SHORT_PROSE,
        Class::Heading => SCORE_HEADING,
        Class::Nav => SCORE_NAV,
        Class::Menu => SCORE_MENU,
        Class::Chrome => SCORE_CHROME,
        Class::Break => SCORE_BREAK,
        Class::Promo => 0,
        Class::Dateline | Class::Byline => SCORE_META,
        Class::Credit => SCORE_INLINE,
        // Agency trailers close the story; what follows is furniture.
        Class::Trailer => SCORE_BREAK,
    };
    i64::from(s)
}

/// The maximum-sum run of lines (Kadane), trimmed to start and end on prose.
fn best_region(lines: &[Line]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut cur = 0i64;
    let mut start = 0;
    for (i, l) in lines.iter().enumerate() {
        let s = score(l);
        if cur <= 0 {
            cur = s;
            start = i;
        } else {
            cur += s;
        }
        if cur > 0 && best.is_none_or(|(b, _, _)| cur > b) {
            best = Some((cur, start, i));
        }
    }
    let (_, mut s, mut e) = best?;
    let is_prose = |i: usize| {
        lines
            .get(i)
            .is_some_and(|l| matches!(l.class, Class::Prose | Class::ShortProse))
    };
    while s < e && !is_prose(s) {
        s += 1;
    }
    while e > s && !is_prose(e) {
        e -= 1;
    }
    is_prose(s).then_some((s, e))
}

fn is_teaser(l: &Line) -> bool {
    l.class == Class::Heading && l.words >= TEASER_MIN_WORDS
}

/// A "body" made of teaser headlines with one-line summaries.
fn teaser_dominated(region: &[Line]) -> bool {
    let teasers = region.iter().filter(|l| is_teaser(l)).count();
    let prose = region.iter().filter(|l| l.class == Class::Prose).count();
    let dates = region.iter().filter(|l| l.class == Class::Dateline).count();
    (teasers >= LISTING_MIN_TEASERS && teasers >= prose)
        || (teasers >= LISTING_MIN_DATED_TEASERS && dates >= LISTING_MIN_DATELINES)
}

fn listing_or_empty(lines: &[Line]) -> Kind {
    if lines.iter().filter(|l| is_teaser(l)).count() >= LISTING_MIN_TEASERS {
        Kind::Listing
    } else {
        Kind::Empty
    }
}

/// The headline-like line above the body start `s` that best looks like
/// the title. Only content lines count towards [`TITLE_LOOKBACK`]; chrome,
/// credits, datelines and labels are stepped over (up to
/// [`TITLE_SCAN_MAX`] lines in all).
fn find_title(lines: &[Line], s: usize) -> Option<usize> {
    let near_meta = |i: usize| {
        (i.saturating_sub(2)..=i + 2).filter(|&j| j != i).any(|j| {
            lines
                .get(j)
                .is_some_and(|l| matches!(l.class, Class::Dateline | Class::Byline))
        })
    };
    let mut best: Option<(i32, usize)> = None;
    let mut dist = 0i32;
    for i in (0..s).rev().take(TITLE_SCAN_MAX) {
        let Some(l) = lines.get(i) else { break };
        match l.class {
            Class::Break | Class::Menu => break,
            Class::Heading => {}
            Class::Prose | Class::ShortProse => {
                dist += 1;
                continue;
            }
            _ => continue,
        }
        if dist as usize >= TITLE_LOOKBACK {
            break;
        }
        let mut sc = TITLE_BASE - TITLE_DISTANCE_COST * dist;
        if near_meta(i) {
            sc += TITLE_NEAR_META_BONUS;
        }
        if l.words < TITLE_SHORT_WORDS {
            sc -= TITLE_SHORT_COST;
        }
        // Real headlines run 6–15 words; labels and kickers are shorter.
        sc += l.words.min(TITLE_LENGTH_BONUS_WORDS) as i32 / 2;
        if find_site(lines, &l.text).is_some() {
            sc += TITLE_SITE_BONUS;
        }
        if best.is_none_or(|(b, _)| sc > b) {
            best = Some((sc, i));
        }
        dist += 1;
    }
    // A deck (standfirst) set right under its headline looks like a
    // headline too, and sits nearer the byline: when the line just above
    // the pick is a headline-like line that is not longer, it is the title.
    best.map(|(_, i)| match i.checked_sub(1).and_then(|j| lines.get(j)) {
        Some(above)
            if above.class == Class::Heading
                && above.words >= DECK_HEADLINE_MIN_WORDS
                && lines.get(i).is_some_and(|l| l.words > above.words) =>
        {
            i - 1
        }
        _ => i,
    })
}

/// The site name from a "Title | Site" (or "Site | Title") line elsewhere.
fn find_site(lines: &[Line], title: &str) -> Option<String> {
    for l in lines {
        let t = l.text.as_str();
        if t.len() <= title.len() || !(t.starts_with(title) || t.ends_with(title)) {
            continue;
        }
        for sep in SITE_SEPARATORS {
            let suffix = t.strip_prefix(title).and_then(|r| r.strip_prefix(sep));
            let prefix = t.strip_suffix(title).and_then(|r| r.strip_suffix(sep));
            if let Some(site) = suffix.or(prefix)
                && is_site_name(site)
            {
                return Some(site.trim().to_string());
            }
        }
    }
    None
}

fn is_site_name(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (1..=SITE_MAX_WORDS).contains(&n) && line::starts_capitalised(s) && !line::ends_sentence(s)
}

/// "Headline | Site" → ("Headline", "Site").
fn split_site(t: &str) -> Option<(&str, &str)> {
    SITE_SEPARATORS.iter().find_map(|sep| {
        let (head, site) = t.rsplit_once(sep)?;
        (is_site_name(site) && head.split_whitespace().count() >= 3)
            .then_some((head.trim(), site.trim()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input() {
        let a = extract("x", "", &Options::default());
        assert_eq!(a.kind, Kind::Empty);
        assert!(a.text.is_empty());
        let a = extract("x", "\n\n  \n", &Options::default());
        assert_eq!(a.kind, Kind::Empty);
    }

    #[test]
    fn url_from_options() {
        let opts = Options {
            url: Some("https://example.com/a".into()),
            ..Options::default()
        };
        let a = extract("x", "Home", &opts);
        assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(a.source, "x");
    }

    #[test]
    fn site_from_page_title() {
        let page = "Storm closes ports along the coast | Daily Planet\nHome\nNews\n\
            Storm closes ports along the coast\n\
            Port authorities closed three harbours on Sunday as winds reached 120 km/h, officials said on the radio.\n\
            Forecasters expect the storm to ease by Tuesday, but warned of flooding in low-lying towns.\n";
        let a = extract("x", page, &Options::default());
        assert_eq!(
            a.title.as_deref(),
            Some("Storm closes ports along the coast")
        );
        assert_eq!(a.site.as_deref(), Some("Daily Planet"));
    }

    #[test]
    fn never_panics_on_odd_input() {
        for s in [
            "é\n\u{200b}\n«»\n0:00\n—",
            "By\nBy \n: \nREAD MORE:\n1 1 1 1 1\n12/12/12 12:12",
            &"Ω word. ".repeat(2000),
            "\r\n\r\nLine with CRLF ending and enough words to be prose.\r\n",
        ] {
            let _ = extract("x", s, &Options::default());
        }
    }
}
