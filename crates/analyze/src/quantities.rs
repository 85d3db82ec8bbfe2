//! Quantities (SKELETON: until the real module lands, finds nothing).

use crate::CharMap;
use crate::entities::Entities;
use crate::segment::Sentence;
use crate::statements;
use newsfacts_model::Quantity;

/// A quantity with byte offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// The model record, offsets still in bytes.
    pub q: Quantity,
}

impl Found {
    /// The model's quantity, offsets in characters.
    pub fn to_model(&self, _text: &str, map: &CharMap, _ents: &Entities) -> Quantity {
        let mut q = self.q.clone();
        q.start = map.chars(q.start);
        q.end = map.chars(q.end);
        q
    }
}

/// Finds quantities; `claimed_by` comes from the statements they sit in.
pub fn find(
    _text: &str,
    _sentences: &[Sentence],
    _statements: &[statements::Found],
    _ents: &Entities,
) -> Vec<Found> {
    Vec::new()
}
