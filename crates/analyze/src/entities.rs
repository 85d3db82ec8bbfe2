//! Named entities (SKELETON: capitalised word runs until the real module lands).

use crate::CharMap;
use crate::segment::Sentence;
use newsfacts_model::{Entity, EntityType};

/// One entity of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Ent {
    /// Canonical full name, titles stripped.
    pub name: String,
    /// Its type.
    pub kind: EntityType,
    /// Other names used for it.
    pub aliases: Vec<String>,
    /// Role words seen with it ("President", "Foreign Minister"), lower case.
    pub titles: Vec<String>,
}

/// One mention: byte range and the entity it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Index into [`Entities::list`].
    pub entity: usize,
}

/// All entities of an article with their mentions (sorted by start).
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// The entities.
    pub list: Vec<Ent>,
    /// Their mentions, sorted by `start`.
    pub mentions: Vec<Mention>,
}

impl Entities {
    /// Mentions overlapping the byte range.
    pub fn mentions_in(&self, start: usize, end: usize) -> impl Iterator<Item = &Mention> {
        self.mentions
            .iter()
            .filter(move |m| m.start < end && m.end > start)
    }

    /// The entity of a mention.
    pub fn entity(&self, m: &Mention) -> Option<&Ent> {
        self.list.get(m.entity)
    }

    /// The model's entity list, offsets in characters.
    pub fn to_model(&self, map: &CharMap) -> Vec<Entity> {
        self.list
            .iter()
            .enumerate()
            .map(|(i, e)| Entity {
                name: e.name.clone(),
                kind: e.kind,
                mentions: self
                    .mentions
                    .iter()
                    .filter(|m| m.entity == i)
                    .map(|m| [map.chars(m.start), map.chars(m.end)])
                    .collect(),
                aliases: e.aliases.clone(),
            })
            .collect()
    }
}

/// Finds entities (placeholder: runs of two or more capitalised words are people).
pub fn find(text: &str, _sentences: &[Sentence]) -> Entities {
    let mut ents = Entities::default();
    let mut run: Option<(usize, usize)> = None;
    let mut words = 0;
    let mut close = |run: &mut Option<(usize, usize)>, words: &mut usize, ents: &mut Entities| {
        if let Some((s, e)) = run.take()
            && *words >= 2
        {
            let name = text[s..e].to_string();
            let idx = match ents.list.iter().position(|x| x.name == name) {
                Some(i) => i,
                None => {
                    ents.list.push(Ent {
                        name,
                        kind: EntityType::Person,
                        aliases: vec![],
                        titles: vec![],
                    });
                    ents.list.len() - 1
                }
            };
            ents.mentions.push(Mention {
                start: s,
                end: e,
                entity: idx,
            });
        }
        *words = 0;
    };
    let mut pos = 0;
    for w in text.split(' ') {
        let start = pos;
        pos += w.len() + 1;
        let clean = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if clean.chars().next().is_some_and(char::is_uppercase) && clean.len() == w.len() {
            run = Some((run.map_or(start, |r| r.0), start + clean.len()));
            words += 1;
        } else {
            close(&mut run, &mut words, &mut ents);
        }
    }
    close(&mut run, &mut words, &mut ents);
    ents
}
