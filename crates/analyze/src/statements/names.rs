//! Speaker resolution: a speaker phrase in one sentence → a canonical name.
//!
//! The [`Resolver`] walks the article in order. It absorbs the entity
//! mentions it passes (canonical names with titles stripped, the titles
//! remembered), remembers the last resolved speaker and the body that last
//! issued a statement, and resolves a speaker phrase by, in order:
//! a pronoun → the last person speaker (else the last person mentioned);
//! an entity mention → its canonical name ("the co-chairs of the X" → "X
//! co-chairs"); a capitalised run → stripped of titles and linked by surname
//! to a known name ("Putin" → "Vladimir Putin"); a document noun ("the
//! statement") → the body that issued it; a role noun ("the president") →
//! the last speaker, else the last known name, with that title.

use super::lexicon::{self, DETERMINERS, DOC_NOUNS, Lexicon, ORG_HEADS, PRONOUNS};
use crate::entities::Entities;
use newsfacts_model::EntityType;

/// Singular epithets that, with "the", point back to the last person
/// speaker ("the star added").
const EPITHETS: &[&str] = &[
    "star",
    "actor",
    "actress",
    "singer",
    "player",
    "mother",
    "father",
    "man",
    "woman",
    "lawmaker",
    "politician",
    "businessman",
    "businesswoman",
    "billionaire",
    "veteran",
    "author",
    "rapper",
    "coach",
    "striker",
    "economist",
    "mogul",
    "tycoon",
];

/// A name seen so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    /// Canonical name.
    pub name: String,
    /// Lower-case titles seen with it.
    pub titles: Vec<String>,
    /// A person (not an organisation or place).
    pub person: bool,
}

/// Resolution state across one article.
pub struct Resolver<'a> {
    text: &'a str,
    ents: &'a Entities,
    lex: &'static Lexicon,
    known: Vec<Known>,
    cursor: usize,
    /// The last resolved speaker.
    pub last_speaker: Option<Known>,
    /// The body that last issued a document ("issued a joint statement").
    pub issuer: Option<String>,
}

/// A word of a phrase: byte range and text.
#[derive(Debug, Clone, Copy)]
pub struct Word<'t> {
    /// First byte.
    pub s: usize,
    /// One past the last byte.
    pub e: usize,
    /// The word.
    pub w: &'t str,
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn abbreviation_title(t: &str) -> &str {
    match t {
        "sen." => "senator",
        "gov." => "governor",
        "rep." => "representative",
        "gen." => "general",
        "prof." => "professor",
        other => other,
    }
}

/// Splits a name into leading titles and the rest: "Russian President
/// Vladimir Putin" → (["president"], "Vladimir Putin").
pub fn strip_titles(lex: &Lexicon, name: &str) -> (Vec<String>, String) {
    let name = sanitize(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut cut = 0;
    let mut titles = Vec::new();
    // The rightmost title before the last word ("Transport Secretary Helen
    // Crane"), then any modifiers after it ("Secretary of State John Kerry").
    for (i, w) in words.iter().enumerate() {
        let l = w.to_lowercase();
        if i + 1 >= words.len() {
            break;
        }
        if lex.is_title(&l) {
            titles.push(abbreviation_title(&l).to_string());
            cut = i + 1;
        }
    }
    while cut > 0
        && cut + 1 < words.len()
        && words
            .get(cut)
            .is_some_and(|w| lex.is_modifier(&w.to_lowercase()))
    {
        cut += 1;
    }
    if cut == 0 {
        return (titles, name.trim().to_string());
    }
    (titles, words.get(cut..).unwrap_or(&[]).join(" "))
}

/// A name cut at a line break, quote mark or sentence end, without trailing
/// punctuation (guards against over-long mention spans).
fn sanitize(name: &str) -> &str {
    let mut end = name.len();
    for (i, c) in name.char_indices() {
        let next = name.get(i + c.len_utf8()..).unwrap_or("");
        if c == '\n'
            || matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | ',' | ';' | ':' | '(')
            || (c == '.'
                && next.starts_with(char::is_whitespace)
                && i > 2
                && name
                    .get(..i)
                    .is_some_and(|h| h.rsplit(' ').next().is_some_and(|w| w.chars().count() > 3)))
        {
            end = i;
            break;
        }
    }
    name.get(..end)
        .unwrap_or(name)
        .trim_end_matches(['.', ' ', '’', '\''])
        .trim()
}

fn looks_org(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let l = w.trim_end_matches(['’', '\'', 's']).to_lowercase();
        ORG_HEADS.contains(&l.as_str()) || ORG_HEADS.contains(&w.to_lowercase().as_str())
    }) || (name.len() <= 5 && name.chars().all(|c| c.is_uppercase() || c == '.'))
}

impl<'a> Resolver<'a> {
    /// A resolver at the start of `text`.
    pub fn new(text: &'a str, ents: &'a Entities) -> Self {
        Resolver {
            text,
            ents,
            lex: lexicon::get(),
            known: Vec::new(),
            cursor: 0,
            last_speaker: None,
            issuer: None,
        }
    }

    /// Absorbs the entity mentions that start before `pos`.
    pub fn advance(&mut self, pos: usize) {
        while let Some(m) = self.ents.mentions.get(self.cursor) {
            if m.start >= pos {
                break;
            }
            self.cursor += 1;
            if let Some(ent) = self.ents.entity(m) {
                let (mut titles, name) = strip_titles(self.lex, &ent.name);
                titles.extend(ent.titles.iter().map(|t| t.to_lowercase()));
                let person = ent.kind == EntityType::Person && !looks_org(&name);
                self.remember(name, titles, person);
            }
        }
    }

    fn remember(&mut self, name: String, titles: Vec<String>, person: bool) {
        if name.is_empty() {
            return;
        }
        let mut k = Known {
            name,
            titles,
            person,
        };
        if let Some(i) = self.known.iter().position(|x| x.name == k.name) {
            let old = self.known.remove(i);
            for t in old.titles {
                if !k.titles.contains(&t) {
                    k.titles.push(t);
                }
            }
        }
        self.known.push(k);
    }

    fn link(&self, name: &str) -> Option<&Known> {
        let last = name.split_whitespace().last()?;
        let last = last.trim_end_matches("’s").trim_end_matches("'s");
        self.known.iter().rev().find(|k| {
            k.name != name
                && k.name.len() > name.len()
                && k.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|l| l.eq_ignore_ascii_case(last))
        })
    }

    /// Records a resolved speaker.
    pub fn spoke(&mut self, name: &str) {
        let k = self
            .known
            .iter()
            .rev()
            .find(|k| k.name == name)
            .cloned()
            .unwrap_or_else(|| Known {
                name: name.to_string(),
                titles: Vec::new(),
                person: !looks_org(name),
            });
        self.last_speaker = Some(k);
    }

    /// Resolves the speaker phrase made of `words` (one sentence's words).
    pub fn resolve(&mut self, words: &[Word<'_>]) -> Option<String> {
        let first_content = words.iter().position(|w| {
            let acronym = w.w.len() > 1 && w.w.chars().all(char::is_uppercase);
            acronym || !DETERMINERS.contains(&w.w.to_lowercase().as_str())
        })?;
        let words = words.get(first_content..)?;
        let (s, e) = (words.first()?.s, words.last()?.e);
        let lower: Vec<String> = words.iter().map(|w| w.w.to_lowercase()).collect();
        // Pronouns.
        if words.len() == 1 && PRONOUNS.contains(&lower[0].as_str()) {
            return self.pronoun(&lower[0]);
        }
        // Coordinated names: "Mr. King and Mr. Schultz".
        if let Some(k) = lower.iter().position(|w| w == "and")
            && k > 0
            && is_cap(words[k - 1].w)
            && words.get(k + 1).is_some_and(|w| is_cap(w.w))
        {
            let left = self.resolve(words.get(..k)?);
            let right = self.resolve(words.get(k + 1..)?);
            return match (left, right) {
                (Some(a), Some(b)) => Some(format!("{a} and {b}")),
                (a, b) => a.or(b),
            };
        }
        // "the co-chairs of the X": role of an organisation.
        let of = lower
            .iter()
            .position(|w| w == "of" || w == "for" || w == "at");
        let role = of.and_then(|i| {
            let before = words.get(..i)?;
            let head = before.last()?;
            (!before.iter().any(|w| is_cap(w.w))).then_some(head.w)
        });
        // Entity mentions inside the phrase.
        let mentions: Vec<_> = self.ents.mentions_in(s, e).copied().collect();
        let from_mention = mentions
            .iter()
            .rev()
            .find(|m| {
                self.ents
                    .entity(m)
                    .is_some_and(|x| x.kind == EntityType::Person)
            })
            .or(mentions.last())
            .and_then(|m| self.ents.entity(m))
            .map(|ent| strip_titles(self.lex, &ent.name));
        // Capitalised run: first to last capitalised word.
        let caps: Vec<usize> = (0..words.len()).filter(|&i| is_cap(words[i].w)).collect();
        let cap_run = match (caps.first(), caps.last()) {
            (Some(&a), Some(&b)) => {
                // Drop trailing lower-case-headed plurals ("UN estimates").
                let text = self.text.get(words[a].s..words[b].e).unwrap_or("");
                Some(strip_titles(self.lex, text.trim_end_matches([',', '.'])))
            }
            _ => None,
        };
        // Titles written in the phrase count even when the mention's name
        // has none ("Senator" outside the mention span).
        let from_mention = match (from_mention, &cap_run) {
            (Some((mut t, n)), Some((ct, _))) => {
                for x in ct {
                    if !t.contains(x) {
                        t.push(x.clone());
                    }
                }
                Some((t, n))
            }
            (m, _) => m,
        };
        let picked = match (from_mention, cap_run) {
            (Some(m), Some(c))
                if c.1.len() > m.1.len() && c.1.ends_with(&m.1) && c.1.contains(['’', '\'']) =>
            {
                Some(c)
            }
            (m, c) => m.or(c),
        };
        if let Some((titles, name)) = picked {
            if name.is_empty() {
                return None;
            }
            let name = match self.link(&name) {
                Some(k) => k.name.clone(),
                None => name,
            };
            if let Some(role) = role {
                return Some(format!("{name} {role}"));
            }
            let person = !looks_org(&name) && (name.contains(' ') || !titles.is_empty());
            self.remember(name.clone(), titles, person);
            return Some(name);
        }
        // Common nouns: a document or a role.
        let head = match of {
            Some(i) if i > 0 => lower.get(i - 1)?,
            _ => lower.last()?,
        };
        // Epithets for the person just quoted: "the 45-year-old", "the star".
        if head.ends_with("-year-old") || EPITHETS.contains(&head.as_str()) {
            return self
                .last_speaker
                .as_ref()
                .filter(|k| k.person)
                .map(|k| k.name.clone());
        }
        if DOC_NOUNS.contains(&head.as_str()) {
            return self.issuer.clone();
        }
        let head_sg = head.trim_end_matches('s');
        if self.lex.is_title(head) || self.lex.is_title(head_sg) {
            let has = |k: &Known| {
                k.titles
                    .iter()
                    .any(|t| t == head || t == head_sg || t.ends_with(&format!(" {head}")))
            };
            if let Some(k) = self.last_speaker.as_ref().filter(|k| has(k)) {
                return Some(k.name.clone());
            }
            return self
                .known
                .iter()
                .rev()
                .find(|k| has(k))
                .map(|k| k.name.clone());
        }
        None
    }

    fn pronoun(&self, p: &str) -> Option<String> {
        match p {
            "they" | "ils" | "elles" | "sie" | "we" => self
                .last_speaker
                .as_ref()
                .map(|k| k.name.clone())
                .or_else(|| self.known.last().map(|k| k.name.clone())),
            "it" => self
                .last_speaker
                .as_ref()
                .filter(|k| !k.person)
                .or_else(|| self.known.iter().rev().find(|k| !k.person))
                .map(|k| k.name.clone()),
            _ => self
                .last_speaker
                .as_ref()
                .filter(|k| k.person)
                .or_else(|| self.known.iter().rev().find(|k| k.person))
                .map(|k| k.name.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_titles() {
        let lex = lexicon::get();
        assert_eq!(
            strip_titles(lex, "Russian President Vladimir Putin"),
            (vec!["president".to_string()], "Vladimir Putin".to_string())
        );
        assert_eq!(
            strip_titles(lex, "US Secretary of State John Kerry").1,
            "John Kerry"
        );
        assert_eq!(strip_titles(lex, "Putin").1, "Putin");
    }
}
