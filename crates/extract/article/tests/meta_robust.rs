//! Metadata extraction never panics: truncated fixtures, shuffled bytes,
//! odd URLs and hostile JSON-LD.

use newsfacts_dom::Document;
use newsfacts_extract::html::meta::extract;

fn fixtures() -> Vec<String> {
    let dir = format!("{}/tests/fixtures/meta", env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if let Ok(s) = std::fs::read_to_string(entry.path()) {
            out.push(s);
        }
    }
    assert!(out.len() >= 7, "fixtures missing in {dir}");
    out
}

#[test]
fn truncated_pages_do_not_panic() {
    let bases = [
        None,
        Some("https://ex.example/2016/05/10/a/"),
        Some("weird://"),
        Some(""),
        Some("https://"),
        Some("http://ü.example/é/?q=ß#x"),
    ];
    for html in fixtures() {
        let mut cut = 0;
        let mut k = 0;
        while cut < html.len() {
            if html.is_char_boundary(cut) {
                let doc = Document::parse(&html[..cut]);
                let _ = extract(&doc, bases[k % bases.len()]);
                k += 1;
            }
            cut += 53;
        }
    }
}

#[test]
fn scrambled_pages_do_not_panic() {
    // A small deterministic generator (no dependency).
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces = [
        "<",
        ">",
        "\"",
        "'",
        "=",
        " ",
        "é",
        "日本",
        "—",
        " | ",
        " - ",
        "By ",
        "Updated ",
        "2016",
        "/05/",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "@graph",
        "\"@id\"",
        "author",
        "<h1>",
        "</h1>",
        "<time datetime=\"",
        "<meta property=\"og:title\" content=\"",
        "</script>",
        "<script type=\"application/ld+json\">",
        "&amp;",
        "&#x2014;",
        "\u{a0}",
        "\u{200b}",
    ];
    for html in fixtures() {
        for _ in 0..40 {
            let mut s = html.clone();
            for _ in 0..12 {
                let p = pieces[(next() % pieces.len() as u64) as usize];
                let mut at = (next() % (s.len() as u64 + 1)) as usize;
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                s.insert_str(at, p);
            }
            let _ = extract(&Document::parse(&s), Some("https://ex.example/x"));
        }
    }
}

#[test]
fn hostile_json_ld_does_not_panic() {
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let deep_graph = format!("{}{}", r#"{"@graph":"#.repeat(100), "}".repeat(100));
    let cases = [
        "null",
        "1",
        "\"x\"",
        "[]",
        "{}",
        r#"{"@type":null}"#,
        r#"{"@type":[1,2,{}],"headline":{"x":1},"author":[[[[{"name":["A B"]}]]]]}"#,
        r##"{"@type":"Article","author":{"@id":"#a"},"@graph":[{"@id":"#a","@type":"Person","author":{"@id":"#a"}}]}"##,
        r#"{"@type":"NewsArticle","headline":"","datePublished":123,"image":[[],{},null]}"#,
        r##"{"@type":"NewsArticle","publisher":{"@id":"#p"},"mainEntityOfPage":{"@id":5}}"##,
        deep.as_str(),
        deep_graph.as_str(),
    ];
    for c in cases {
        let html = format!(r#"<script type="application/ld+json">{c}</script><h1>x</h1>"#);
        let _ = extract(&Document::parse(&html), Some("https://ex.example/"));
    }
}
