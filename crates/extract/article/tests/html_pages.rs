//! HTML extraction on pages written for these tests in the house styles of
//! several kinds of sites, and the failure modes peers are known for.

use newsfacts_extract::{Format, Options, extract};
use newsfacts_model::{Article, Kind};

fn run(html: &str) -> Article {
    match extract(
        "t.html",
        html.as_bytes(),
        Some(Format::Html),
        &Options::default(),
    ) {
        Ok(a) => a,
        Err(e) => panic!("extraction failed: {e}"),
    }
}

fn para(seed: &str, n: usize) -> String {
    // Distinct sentences so that repeats are visible.
    (0..n)
        .map(|i| format!("{seed} sentence number {i} carries on, with a comma, to make it long enough to count."))
        .collect::<Vec<_>>()
        .join(" ")
}

const CHROME: &str = r#"
<header class="site-header"><a class="logo" href="/">The Daily Example</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. Accept all cookies or manage settings.</p><button>Accept</button></div>
"#;

const FOOTER: &str = r#"
<section class="newsletter-signup"><h3>Sign up to our morning briefing</h3><p>Get the news you need to start your day, delivered to your inbox every morning.</p></section>
<div class="related-articles"><h2>Related articles</h2><ul>
<li><a href="/a">Council approves new bus lanes on the ring road after long debate</a></li>
<li><a href="/b">Harbour festival returns with record crowds expected this summer</a></li>
<li><a href="/c">Local bakery wins national award for its sourdough loaf</a></li></ul></div>
<div id="comments" class="comments"><h3>32 comments</h3><div class="comment"><p>This is a long reader comment that goes on and on about how the council never listens to anyone and how things were better in the old days, really.</p></div>
<div class="comment"><p>Another reader comment, also quite long, disagreeing with the first one at length and adding several more points about buses and parking.</p></div></div>
<footer class="site-footer"><p>© 2024 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
"#;

#[test]
fn wordpress_article_without_chrome() {
    let body = format!(
        "<p>{}</p><h2>What happens next</h2><p>{}</p><blockquote><p>“We are ready,” the mayor said on the steps of the town hall.</p></blockquote><ul><li>First point of the plan, written out in full.</li><li>Second point of the plan, also in full.</li></ul><p>{}</p>",
        para("Opening", 3),
        para("Middle", 3),
        para("Closing", 2)
    );
    let html = format!(
        r#"<!doctype html><html lang="en"><head><title>Town backs harbour plan | The Daily Example</title></head><body>{CHROME}
<main id="main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">Town backs harbour plan</h1>
<div class="entry-meta"><span class="byline">By Ann Writer</span> <time datetime="2024-03-02T09:00:00Z">2 March 2024</time></div></header>
<div class="share-bar"><a href="/share">Share on Facebook</a> <a href="/share">Share on X</a> <a href="/share">Email</a></div>
<div class="entry-content">{body}<figure><img src="x.jpg"><figcaption>The harbour at dawn. Photo: Ann Writer</figcaption></figure></div>
</article></main>{FOOTER}</body></html>"#
    );
    let a = run(&html);
    assert_eq!(a.kind, Kind::Article);
    assert!(
        a.text.starts_with("Opening sentence number 0"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with(
        "Closing sentence number 1 carries on, with a comma, to make it long enough to count."
    ));
    for part in [
        "What happens next",
        "“We are ready,” the mayor said",
        "Second point of the plan",
    ] {
        assert!(a.text.contains(part), "missing {part}");
    }
    for chrome in [
        "cookies",
        "Share on",
        "Sign up",
        "Related articles",
        "reader comment",
        "©",
        "Photo:",
        "By Ann Writer",
        "Town backs harbour plan",
    ] {
        assert!(!a.text.contains(chrome), "chrome {chrome:?} in {}", a.text);
    }
    assert!(a.text.contains("\n\nWhat happens next\n\n"));
    assert_eq!(a.language.as_deref(), Some("en"));
}

#[test]
fn an_aside_or_main_that_holds_the_article_is_kept() {
    let html = format!(
        r#"<html><body><nav><a href="/">Home</a></nav><aside class="story"><h1>Storm hits coast</h1><p>{}</p><p>{}</p></aside>
<div class="sidebar"><p>Short promo.</p></div></body></html>"#,
        para("Aside", 3),
        para("Held", 3)
    );
    let a = run(&html);
    assert!(a.text.starts_with("Aside sentence number 0"), "{}", a.text);
    assert!(a.text.contains("Held sentence number 2"));
}

#[test]
fn a_short_body_is_emitted_once() {
    let html = r#"<html><body><article><h1>Brief</h1><p>The bridge will close on Sunday for repairs, the county said.</p></article>
<div class="teaser"><p>The bridge will close on Sunday for repairs, the county said.</p></div></body></html>"#;
    let a = run(html);
    assert_eq!(
        a.text.matches("The bridge will close").count(),
        1,
        "{}",
        a.text
    );
}

#[test]
fn article_split_by_ads_is_joined() {
    let html = format!(
        r#"<html><body>{CHROME}<article><h1>Budget vote</h1>
<div class="article-chunk"><div class="body"><p>{}</p><p>{}</p></div></div>
<div class="ad ad--in-content"><div class="ad__slot">Advertisement</div></div>
<div class="article-chunk"><div class="body"><p>{}</p><p>{}</p></div></div>
<div class="ad ad--in-content"><div class="ad__slot">Advertisement</div></div>
<div class="article-chunk"><div class="body"><p>{}</p></div></div></article>{FOOTER}</body></html>"#,
        para("One", 2),
        para("Two", 2),
        para("Three", 2),
        para("Four", 2),
        para("Five", 2)
    );
    let a = run(&html);
    for seed in ["One", "Two", "Three", "Four", "Five"] {
        assert!(
            a.text.contains(&format!("{seed} sentence number 1")),
            "missing {seed}: {}",
            a.text
        );
    }
    assert!(!a.text.contains("Advertisement"));
}

#[test]
fn comments_longer_than_the_article_do_not_win() {
    let comments: String = (0..12)
        .map(|i| {
            format!(
                "<div class=\"comment\"><p>{}</p></div>",
                para(&format!("Comment{i}"), 2)
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="post-body"><h1>Review</h1><p>{}</p><p>{}</p></div>
<section id="comments" class="comment-list">{comments}</section></body></html>"#,
        para("Review", 3),
        para("Verdict", 2)
    );
    let a = run(&html);
    assert!(a.text.starts_with("Review sentence number 0"), "{}", a.text);
    assert!(!a.text.contains("Comment3"));
}

#[test]
fn index_page_is_a_listing_with_empty_text() {
    let teasers: String = (0..10)
        .map(|i| {
            format!(
                r#"<article class="teaser"><h2><a href="/story-{i}">Story number {i} about the town council and its plans</a></h2><p>A short summary of story {i}, one sentence long.</p></article>"#
            )
        })
        .collect();
    let html = format!(
        "<html><body>{CHROME}<main><h1>Local news</h1>{teasers}</main>{FOOTER}</body></html>"
    );
    let a = run(&html);
    assert_eq!(a.kind, Kind::Listing);
    assert_eq!(a.text, "");
}

#[test]
fn old_table_layout_page() {
    let html = format!(
        r#"<html><body><table width="100%"><tr><td class="menu"><a href="/">Home</a><br><a href="/arch">Archive</a><br><a href="/c">Contact</a></td>
<td class="main"><font size="4"><b>Mill reopens</b></font><br><br>{}<br><br>{}<br><br>{}</td></tr></table></body></html>"#,
        para("Mill", 2),
        para("Wheel", 2),
        para("Flour", 2)
    );
    let a = run(&html);
    assert!(a.text.contains("Mill sentence number 0"), "{}", a.text);
    assert!(a.text.contains("Flour sentence number 1"));
    assert!(!a.text.contains("Archive"));
}

#[test]
fn japanese_page_in_shift_jis() {
    let body = "市は火曜日、港湾地区の再開発計画を承認したと発表した。計画には新しい公園と住宅の建設が含まれている。住民の多くは計画を歓迎しているが、一部では交通量の増加を心配する声も上がっている。市長は記者会見で、工事は来年の春に始まる予定だと述べた。";
    let html = format!(
        r#"<html lang="ja"><head><meta charset="shift_jis"><title>港湾再開発</title></head><body><div class="article-body"><h1>港湾再開発計画を承認</h1><p>{body}</p><p>{body}</p></div></body></html>"#
    );
    let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&html);
    let a = match extract("ja.html", &bytes, None, &Options::default()) {
        Ok(a) => a,
        Err(e) => panic!("{e}"),
    };
    assert!(a.text.starts_with("市は火曜日"), "{}", a.text);
    assert_eq!(a.language.as_deref(), Some("ja"));
}

#[test]
fn promos_inside_the_body_move_to_related() {
    let html = format!(
        r#"<html><body><article><p>{}</p><p><strong>READ MORE:</strong> <a href="https://example.org/older">Older story about the same harbour plan</a></p><p>{}</p></article></body></html>"#,
        para("Before", 2),
        para("After", 2)
    );
    let a = run(&html);
    assert!(!a.text.contains("READ MORE"), "{}", a.text);
    assert_eq!(a.related.len(), 1, "{:?}", a.related);
    assert_eq!(
        a.related[0].title,
        "Older story about the same harbour plan"
    );
    assert_eq!(
        a.related[0].url.as_deref(),
        Some("https://example.org/older")
    );
}

#[test]
fn hostile_inputs_end_cleanly() {
    // Truncated mid-tag, mid-attribute and mid-comment.
    for html in [
        "<html><body><p>Text that stops",
        "<p class=\"x",
        "<p>a<!-- never closed",
        "<",
    ] {
        let _ = run(html);
    }
    // Deep nesting.
    let deep = "<div>".repeat(200_000) + "deep text" + &"</div>".repeat(200_000);
    let a = run(&deep);
    assert!(a.text.contains("deep text") || a.kind == Kind::Empty);
    // A 10 MB single line.
    let line = "<p>".to_string() + &"A word, here. ".repeat(750_000) + "</p>";
    let a = run(&line);
    assert_eq!(a.kind, Kind::Article);
    // Binary junk is an error, not a panic.
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    assert!(extract("junk", &junk, None, &Options::default()).is_err());
    // Empty input is an empty article.
    let a = run("");
    assert_eq!(a.kind, Kind::Empty);
    // Text that decodes to mostly replacement characters (here UTF-16 by
    // its byte-order mark, made of unpaired surrogates) is undecodable.
    let mut utf16 = vec![0xFF, 0xFE];
    for _ in 0..500 {
        utf16.extend_from_slice(&[0x00, 0xD8, b'a', 0x00]);
    }
    match extract("u16", &utf16, None, &Options::default()) {
        Err(e) => assert!(e.to_string().contains("undecodable"), "{e}"),
        Ok(a) => panic!("decoded: {:?}", a.text.get(..40)),
    }
    // A page over the size limit is an error.
    let mut opts = Options::default();
    opts.limits.max_input_bytes = 10;
    assert!(extract("big", b"<p>more than ten bytes</p>", None, &opts).is_err());
}

#[test]
fn a_visible_date_far_from_the_url_date_loses_to_it() {
    let body = para("Claim", 4);
    let html = format!(
        r#"<html><head><link rel="canonical" href="https://example.org/2019/11/18/claim-checked/"></head><body><article><h1>Claim checked</h1><p>Said on <time>2019-10-13</time>.</p><p>{body}</p></article></body></html>"#
    );
    let a = run(&html);
    assert_eq!(a.published.as_deref(), Some("2019-11-18"));
    // Within a day or two, the visible date (with its time) stands.
    let html = format!(
        r#"<html><head><link rel="canonical" href="https://example.org/2019/11/18/late-story/"></head><body><article><h1>Late story</h1><time datetime="2019-11-19T02:30:00Z">Nov 19</time><p>{body}</p></article></body></html>"#
    );
    assert_eq!(
        run(&html).published.as_deref(),
        Some("2019-11-19T02:30:00Z")
    );
}
