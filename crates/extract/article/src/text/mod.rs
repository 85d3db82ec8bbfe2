//! Flattened-text extraction (placeholder until the text module lands).
use crate::Options;
use newsfacts_model::Article;

/// Extracts an article from flattened page text.
pub fn extract(source: &str, text: &str, _opts: &Options) -> Article {
    let mut a = Article::new(source);
    a.text = text.trim().to_string();
    a
}
