//! Analysis: one [`Article`] → its facts: who said what, with which
//! numbers, about whom and when.
//!
//! [`analyze`] fills `statements`, `quantities`, `dates` and `entities` of
//! an extracted article, offline, with rules and lexicons shipped in
//! `data/`.
//!
//! Pipeline inside the stage: [`segment`] splits the text into sentences,
//! [`entities`] finds and groups names, [`statements`] pairs quotes with cues
//! and resolves speakers, [`quantities`] reads numbers and who claims them,
//! [`dates`] resolves date expressions against the article's date.
//! Internally every module works with **byte** offsets into `text`;
//! [`CharMap`] turns them into the **character** offsets of the contract.
//!
//! ```
//! use newsfacts_model::{Article, StatementKind};
//!
//! let mut a = Article::new("t");
//! a.published = Some("2016-05-10T16:21".into());
//! a.text = "Russian President Vladimir Putin spoke in Sochi on Tuesday.\n\n\
//!           \"Our planes have flown more than 10,000 sorties,\" he said.".into();
//! newsfacts_analyze::analyze(&mut a);
//! let s = &a.statements[0];
//! assert_eq!(s.kind, StatementKind::Direct);
//! assert_eq!(s.speaker.as_deref(), Some("Vladimir Putin"));
//! assert_eq!(s.speaker_mention.as_deref(), Some("he"));
//! assert_eq!(a.quantities[0].value, 10000.0);
//! assert_eq!(a.quantities[0].qualifier.as_deref(), Some("more than"));
//! assert_eq!(a.quantities[0].claimed_by.as_deref(), Some("Vladimir Putin"));
//! assert!(a.dates.iter().any(|d| d.value == "2016-05-10"));
//! assert!(a.entities.iter().any(|e| e.name == "Sochi"));
//! ```

/// A hash set of a constant word list, built once per use site on first
/// use (a set lookup instead of a scan where a list is read per token; see
/// [`fasthash::WordSet`] for the first test that turns most words away).
macro_rules! set {
    ($list:expr) => {{
        static SET: std::sync::OnceLock<$crate::fasthash::WordSet> = std::sync::OnceLock::new();
        SET.get_or_init(|| $list.iter().copied().collect())
    }};
}

pub mod dates;
pub mod entities;
mod fasthash;
pub mod quantities;
pub mod segment;
pub mod statements;

use newsfacts_model::Article;

/// Byte offset → character offset, for the offsets in the output.
///
/// Only the multi-byte characters are stored (most news text is nearly all
/// ASCII): a byte offset is its character offset less the extra bytes of
/// the multi-byte characters before it.
pub struct CharMap {
    /// Each multi-byte character: its start, its length in bytes, and the
    /// extra bytes of the multi-byte characters before it.
    wide: Vec<(usize, usize, usize)>,
    /// Text length in bytes.
    len: usize,
    /// Text length in characters.
    chars: usize,
}

impl CharMap {
    /// Builds the map for `text`.
    pub fn new(text: &str) -> Self {
        // A byte scan: in UTF-8 only a character's first byte is 0xC0 or
        // more, and it tells the character's length.
        let bytes = text.as_bytes();
        let mut wide = Vec::new();
        let mut extra = 0;
        let mut i = 0;
        while let Some(p) = bytes
            .get(i..)
            .and_then(|r| r.iter().position(|&b| b >= 0xC0))
            .map(|k| i + k)
        {
            let n = match bytes[p] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            wide.push((p, n, extra));
            extra += n - 1;
            i = p + n;
        }
        CharMap {
            wide,
            len: text.len(),
            chars: text.len() - extra,
        }
    }

    /// The character offset of byte offset `byte` (the next char start when
    /// `byte` falls inside a character; one past the end beyond the text).
    pub fn chars(&self, byte: usize) -> usize {
        if byte > self.len {
            return self.chars + 1;
        }
        let k = self.wide.partition_point(|&(s, _, _)| s < byte);
        match k.checked_sub(1).and_then(|k| self.wide.get(k)) {
            None => byte,
            // Inside that character: the next one.
            Some(&(s, n, before)) if byte < s + n => s - before + 1,
            Some(&(_, n, before)) => byte - before - (n - 1),
        }
    }
}

/// Languages (ISO 639-1) whose cue words the statement finder reads.
pub const STATEMENT_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "pt", "ru"];

/// Adds statements, quantities, dates and entities to an extracted article.
pub fn analyze(article: &mut Article) {
    let text = article.text.as_str();
    let sentences = segment::sentences(text);
    // One tokenisation (and one lower-casing) serves all the passes.
    let toks = segment::tokens(text);
    let low_text = text.to_ascii_lowercase();
    let low = dates::lower_words(text, &low_text, &toks);
    let ents = entities::find_in(text, &sentences, &toks);
    // Cue words are read in the languages listed; another language's text
    // ("dit" is "this" in Dutch, "said" in French) gets no statements.
    let lang = article.language.as_deref();
    let readable = lang.is_none_or(|l| set!(STATEMENT_LANGUAGES).contains(l));
    let mut stmts = if readable {
        statements::find_in(text, &low_text, &sentences, &ents)
    } else {
        Vec::new()
    };
    statements::credit_writer(text, &mut stmts, &article.authors, article.site.as_deref());
    let map = CharMap::new(text);
    let quants = quantities::find_in(text, &sentences, &stmts, &ents, &toks, &low, lang);
    let dates = dates::find_in(text, article.published.as_deref(), &sentences, &toks, &low);
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
    // One name per entity across the record: a speaker or claimant written
    // with a title the entity list strips ("Councilmember Rosa Delgado")
    // takes the entity's name.
    for st in &mut article.statements {
        if let Some(name) = st
            .speaker
            .as_deref()
            .and_then(|n| canonical(n, &article.entities))
        {
            st.speaker = Some(name);
        }
    }
    for q in &mut article.quantities {
        if let Some(name) = q
            .claimed_by
            .as_deref()
            .and_then(|n| canonical(n, &article.entities))
        {
            q.claimed_by = Some(name);
        }
    }
}

/// The entity whose name ends `name` after leading words (titles), when
/// `name` is not itself an entity name. Coordinated names ("John Smith and
/// Mary Jones") are kept whole.
fn canonical(name: &str, entities: &[newsfacts_model::Entity]) -> Option<String> {
    if entities.iter().any(|e| e.name == name) {
        return None;
    }
    entities
        .iter()
        .filter(|e| e.name.contains(' ') && name.len() > e.name.len())
        .find(|e| {
            name.strip_suffix(e.name.as_str())
                .and_then(|lead| lead.strip_suffix(' '))
                .is_some_and(|lead| {
                    !lead
                        .split(' ')
                        .any(|w| matches!(w, "and" | "&" | "und" | "et" | "y" | "e" | "и"))
                })
        })
        .map(|e| e.name.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        for text in [
            "",
            "plain",
            "Putin’s “war” — 10 €",
            "Путин сказал «нет»",
            "a😀b\u{301}c",
        ] {
            let starts: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let map = CharMap::new(text);
            for byte in 0..=text.len() + 2 {
                let want = starts.partition_point(|&s| s < byte);
                assert_eq!(map.chars(byte), want, "{text:?} at byte {byte}");
            }
        }
    }

    #[test]
    fn the_writers_i_is_the_byline() {
        let mut a = Article::new("t");
        a.authors = vec!["Dana Reyes".into()];
        a.site = Some("Harbour Herald".into());
        a.text = "Mayor defends the budget\n\n\
                  I argued that the budget was too small for the harbour. \
                  \"I think it is enough,\" Mayor Tom Berg said. \
                  We confirmed that the vote is on Friday."
            .into();
        analyze(&mut a);
        fn speaker(a: &Article, start: &str) -> Option<Option<String>> {
            a.statements
                .iter()
                .find(|s| s.quote.starts_with(start))
                .map(|s| s.speaker.clone())
        }
        assert_eq!(
            speaker(&a, "that the budget"),
            Some(Some("Dana Reyes".into())),
            "{:?}",
            a.statements
        );
        assert_eq!(
            speaker(&a, "I think it is enough"),
            Some(Some("Tom Berg".into()))
        );
        // "We" outside quotation marks is the publication.
        assert_eq!(
            speaker(&a, "that the vote"),
            Some(Some("Harbour Herald".into()))
        );
        // Two bylines: nobody can say which writer is "I".
        a.authors.push("Lee Park".into());
        analyze(&mut a);
        assert_eq!(speaker(&a, "that the budget"), Some(None));
    }

    #[test]
    fn no_statements_in_languages_without_cue_words() {
        let mut a = Article::new("t");
        a.text = "Heeft u zelf geen tijd om dit onderhoud in te halen? Wij helpen u graag.".into();
        a.language = Some("nl".into());
        analyze(&mut a);
        assert!(a.statements.is_empty(), "{:?}", a.statements);
        a.text = "Le ministre a dit que le texte serait prêt.".into();
        a.language = Some("fr".into());
        analyze(&mut a);
        assert_eq!(a.statements.len(), 1);
    }

    #[test]
    fn speakers_take_the_entity_name() {
        let mut a = Article::new("t");
        a.text = "Councilmember Rosa Delgado said the vote was close. \
                  \"We will try again,\" Councilmember Rosa Delgado added."
            .into();
        analyze(&mut a);
        assert!(
            a.entities.iter().any(|e| e.name == "Rosa Delgado"),
            "{:?}",
            a.entities
        );
        assert!(!a.statements.is_empty());
        for s in &a.statements {
            assert_eq!(s.speaker.as_deref(), Some("Rosa Delgado"), "{s:?}");
        }
    }
}
