//! Helpers shared by the statement tests.

use newsfacts_analyze::statements::{self, Found};
use newsfacts_analyze::{entities, segment};

/// The statements of `text`, as the analysis stage finds them.
pub fn run(text: &str) -> Vec<Found> {
    let sents = segment::sentences(text);
    let ents = entities::find(text, &sents);
    statements::find(text, &sents, &ents)
}

/// The text of a byte range, `""` when absent.
pub fn s(text: &str, r: Option<(usize, usize)>) -> &str {
    r.and_then(|(a, b)| text.get(a..b)).unwrap_or("")
}

/// The statement whose content starts with `start` (panics with all found
/// when there is none).
#[allow(dead_code)] // not every test file looks statements up by content
pub fn get<'a>(text: &str, found: &'a [Found], start: &str) -> &'a Found {
    found
        .iter()
        .find(|f| s(text, Some(f.content)).starts_with(start))
        .unwrap_or_else(|| panic!("no statement starting {start:?} in {found:#?}"))
}
