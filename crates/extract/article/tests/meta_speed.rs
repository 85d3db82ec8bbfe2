//! Rough timing of metadata extraction on a ~170 KB page (run with
//! `cargo test --release -p newsfacts-extract --test meta_speed -- --ignored --nocapture`).

use newsfacts_dom::Document;
use newsfacts_extract::html::meta::extract;

fn big_page() -> String {
    let head = std::fs::read_to_string(format!(
        "{}/tests/fixtures/meta/wordpress_yoast.html",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_default();
    let (top, rest) = head.split_once("</article>").unwrap_or((&head, ""));
    let mut html = String::from(top);
    while html.len() < 170_000 {
        html.push_str(
            r#"<div class="content-block layout-row"><p class="para text-body">Volunteers said the money would pay for raised beds, a tool shed and a rainwater tank, and that <a href="/x" class="link inline">more work</a> would follow.</p><span class="caption small">Photo: A. Person</span></div>"#,
        );
    }
    html.push_str("</article>");
    html.push_str(rest);
    html
}

#[test]
#[ignore = "timing; run in release"]
fn extraction_is_fast() {
    let html = big_page();
    let doc = Document::parse(&html);
    let n = 2000;
    let start = std::time::Instant::now();
    let mut titles = 0;
    for _ in 0..n {
        titles += extract(&doc, Some("https://riversideledger.example/x"))
            .title
            .is_some() as usize;
    }
    let per = start.elapsed() / n;
    println!(
        "{} bytes, {} nodes: {per:?} per extract",
        html.len(),
        doc.len()
    );
    assert_eq!(titles, n as usize);
}

#[test]
fn big_page_still_extracts() {
    let m = extract(&Document::parse(&big_page()), None);
    assert_eq!(
        m.title.as_deref(),
        Some("Community garden wins city grant to expand")
    );
    assert_eq!(m.authors, ["Maria Okafor"]);
}
