//! Statements (SKELETON: until the real module lands, finds nothing).

use crate::CharMap;
use crate::entities::Entities;
use crate::segment::Sentence;
use newsfacts_model::{Statement, StatementKind};

/// A statement with byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Direct, mixed or indirect.
    pub kind: StatementKind,
    /// Byte range of the attributed content (without quote marks).
    pub content: (usize, usize),
    /// Byte range of the speaker mention in this sentence.
    pub speaker_span: Option<(usize, usize)>,
    /// Resolved canonical speaker name.
    pub speaker: Option<String>,
    /// Byte range of the cue.
    pub cue: Option<(usize, usize)>,
}

impl Found {
    /// The model's statement, offsets in characters.
    pub fn to_model(&self, text: &str, map: &CharMap, _ents: &Entities) -> Statement {
        let slice = |(a, b): (usize, usize)| text.get(a..b).unwrap_or("").to_string();
        Statement {
            kind: self.kind,
            quote: slice(self.content),
            speaker: self.speaker.clone(),
            speaker_mention: self.speaker_span.map(slice),
            speaker_span: self.speaker_span.map(|(a, b)| [map.chars(a), map.chars(b)]),
            cue: self.cue.map(slice),
            start: map.chars(self.content.0),
            end: map.chars(self.content.1),
        }
    }
}

/// Finds attributed statements.
pub fn find(_text: &str, _sentences: &[Sentence], _ents: &Entities) -> Vec<Found> {
    Vec::new()
}
