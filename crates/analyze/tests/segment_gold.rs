//! Gold tests for sentence segmentation.

use newsfacts_analyze::segment::sentences;

fn split(text: &str) -> Vec<&str> {
    sentences(text)
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect()
}

#[test]
fn news_paragraph() {
    let text = "Sen. Elizabeth Warren met Gov. Gavin Newsom in St. Paul on Jan. 12. \"It was good.\" Inflation hit 3.5% in the U.S. The U.N. said No. 10 was aware… Shares rose.\n\nREAD MORE: Next story\nDr. J. R. R. Tolkien, e.g. the author, i.e. a writer, wrote it.";
    assert_eq!(
        split(text),
        [
            "Sen. Elizabeth Warren met Gov. Gavin Newsom in St. Paul on Jan. 12.",
            "\"It was good.\"",
            "Inflation hit 3.5% in the U.S.",
            "The U.N. said No. 10 was aware…",
            "Shares rose.",
            "READ MORE: Next story",
            "Dr. J. R. R. Tolkien, e.g. the author, i.e. a writer, wrote it.",
        ]
    );
}

#[test]
fn quotes_and_ellipses() {
    let text = "\"I hope the mechanism…. will work,\" Putin said. There were certain \"difficulties... in several areas.\" He left! Why? “Because.” Fine";
    assert_eq!(
        split(text),
        [
            "\"I hope the mechanism…. will work,\" Putin said.",
            "There were certain \"difficulties... in several areas.\"",
            "He left!",
            "Why?",
            "“Because.”",
            "Fine",
        ]
    );
}

#[test]
fn offsets_on_char_boundaries() {
    let text = "Ça coûte 3,5 €. Über München… Ende. 東京は大きい。 Done.";
    for s in sentences(text) {
        assert!(text.get(s.start..s.end).is_some());
    }
    assert!(sentences("").is_empty());
    assert!(sentences("  \n\n ").is_empty());
}
