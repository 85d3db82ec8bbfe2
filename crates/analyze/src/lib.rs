//! Analysis: one [`Article`] → its facts (SKELETON: modules land one by one).
//!
//! Pipeline inside the stage: [`segment`] splits the text into sentences,
//! [`entities`] finds and groups names, [`statements`] pairs quotes with cues
//! and resolves speakers, [`quantities`] reads numbers and who claims them,
//! [`dates`] resolves date expressions against the article's date.
//! Internally every module works with **byte** offsets into `text`;
//! [`CharMap`] turns them into the **character** offsets of the contract.

pub mod dates;
pub mod entities;
pub mod quantities;
pub mod segment;
pub mod statements;

use newsfacts_model::Article;

/// Byte offset → character offset, for the offsets in the output.
pub struct CharMap {
    /// Byte offset of every char start, plus the text length.
    starts: Vec<usize>,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharMap { starts }
    }

    /// The character offset of byte offset `byte` (the next char start when
    /// `byte` falls inside a character).
    pub fn chars(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| s < byte)
    }
}

/// Adds statements, quantities, dates and entities to an extracted article.
pub fn analyze(article: &mut Article) {
    let text = article.text.as_str();
    let sentences = segment::sentences(text);
    let ents = entities::find(text, &sentences);
    let stmts = statements::find(text, &sentences, &ents);
    let map = CharMap::new(text);
    let quants = quantities::find(text, &sentences, &stmts, &ents);
    let dates = dates::find(text, article.published.as_deref());
    article.quantities = quants
        .iter()
        .map(|q| q.to_model(text, &map, &ents))
        .collect();
    article.statements = stmts
        .iter()
        .map(|s| s.to_model(text, &map, &ents))
        .collect();
    article.dates = dates.iter().map(|d| d.to_model(text, &map)).collect();
    article.entities = ents.to_model(&map);
}
