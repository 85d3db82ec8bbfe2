//! Date expressions (SKELETON: until the real module lands, finds nothing).

use crate::CharMap;
use newsfacts_model::DateMention;

/// A date expression with byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Resolved ISO 8601 value, as precise as the words say.
    pub value: String,
}

impl Found {
    /// The model's date mention, offsets in characters.
    pub fn to_model(&self, text: &str, map: &CharMap) -> DateMention {
        DateMention {
            text: text.get(self.start..self.end).unwrap_or("").to_string(),
            value: self.value.clone(),
            start: map.chars(self.start),
            end: map.chars(self.end),
        }
    }
}

/// Finds and resolves date expressions against `published` (ISO 8601).
pub fn find(_text: &str, _published: Option<&str>) -> Vec<Found> {
    Vec::new()
}
