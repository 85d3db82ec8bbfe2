//! The seed page: an RT article flattened with its icon sprites and player.

use newsfacts_extract::{Options, text};
use newsfacts_model::Kind;

const SEED: &str = "/../../../../shared/seed/000_bf76dd7547acfcb9.txt";

#[test]
fn seed_rt_page() {
    let path = format!("{}{}", env!("CARGO_MANIFEST_DIR"), SEED);
    let Ok(page) = std::fs::read_to_string(&path) else {
        println!("seed file {path} absent, test skipped");
        return;
    };
    let opts = Options {
        url: Some("https://www.rt.com/news/342653-putin-syria-cooperation/".into()),
        ..Options::default()
    };
    let a = text::extract("000_bf76dd7547acfcb9.txt", &page, &opts);
    assert_eq!(a.kind, Kind::Article);
    assert_eq!(a.source, "000_bf76dd7547acfcb9.txt");
    assert_eq!(a.url, opts.url);
    assert_eq!(
        a.title.as_deref(),
        Some("Putin hopes Russia-US cooperation will lead to fundamental changes in Syria")
    );
    assert_eq!(a.published.as_deref(), Some("2016-05-10T16:21"));
    assert_eq!(a.updated, None);
    assert!(a.authors.is_empty(), "{:?}", a.authors);
    assert_eq!(a.language, None);
    assert_eq!(a.site, None);
    assert!(
        a.text
            .starts_with("Russia hopes that cooperation with the US"),
        "{}",
        a.text
    );
    assert!(a.text.ends_with("according to UN estimates."), "{}", a.text);
    for junk in [
        "bookmarkicon",
        "chevron",
        "Podcasts",
        "0:00",
        "25:36",
        "READ MORE",
    ] {
        assert!(!a.text.contains(junk), "{junk} left in text");
    }
    let related: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        related,
        [
            "Putin calls for non-aligned international security system in face of global terror threat",
            "Successful Syria operation boosts Russians’ interest in politics, researchers claim",
        ]
    );
    assert!(a.related.iter().all(|r| r.url.is_none()));
    for r in &related {
        assert!(!a.text.contains(r));
    }
    // Paragraphs are separated by exactly one blank line.
    assert!(!a.text.contains("\n\n\n"));
    assert_eq!(a.text.split("\n\n").count(), 18);
    assert!(
        a.text
            .split("\n\n")
            .all(|p| !p.trim().is_empty() && !p.contains('\n'))
    );
}
