//! The entity lexicons, parsed once from the files in `data/` (written by hand
//! for newsfacts, except `cities.txt`, built by `recipes/cities.py` from
//! GeoNames; see each file's header) into hash maps.

use crate::fasthash::{FxMap, FxSet, WordSet};
use newsfacts_model::EntityType;
use std::borrow::Cow;
use std::sync::OnceLock;

const COUNTRIES: &str = include_str!("../../data/countries.txt");
const PLACES: &str = include_str!("../../data/places.txt");
const ORGS: &str = include_str!("../../data/orgs.txt");
const TITLES: &str = include_str!("../../data/titles.txt");
const GIVEN_NAMES: &str = include_str!("../../data/given_names.txt");
/// Given names from the 1990 US Census (`recipes/given_names.py`): lines of
/// a pronoun letter, a tab and names.
const CENSUS_GIVEN_NAMES: &str = include_str!("../../data/given_names_census.txt");
const CITIES: &str = include_str!("../../data/cities.txt");

/// A lexicon group: one real-world entity with all its listed names.
#[derive(Debug)]
pub(crate) struct Group {
    /// The lexicon's full name ("United States").
    pub name: String,
    /// Person, organization, place.
    pub kind: EntityType,
    /// Whether the group is a country (demonyms point to countries).
    pub country: bool,
}

/// All lexicons.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    /// Name key (see [`key`]) → group index.
    pub known: FxMap<String, usize>,
    /// First words of multi-word known names.
    pub first_words: WordSet,
    /// The groups.
    pub groups: Vec<Group>,
    /// Demonym → country group.
    pub demonyms: FxMap<String, usize>,
    /// Titles, lower case.
    pub titles: WordSet,
    /// Longest title in words.
    pub title_words: usize,
    /// Every shorter run of a title's first words ("vice" of "vice
    /// president"): a phrase outside it starts no longer title.
    pub title_prefixes: WordSet,
    /// Given names.
    pub given: FxSet<String>,
    /// Given names of the census list only ("Selma", "Alden"): a person
    /// before a surname, but alone the words around decide.
    pub census_given: FxSet<String>,
    /// World city names: a place vote, not a sure place.
    pub cities: FxSet<&'static str>,
}

/// The lookup key of a name: dots removed, curly apostrophes straightened,
/// whitespace collapsed (borrowed when there is nothing to change).
pub(crate) fn key(s: &str) -> Cow<'_, str> {
    // Already a key: no dots or curly apostrophes, single spaces between
    // words and none at the ends ("Supreme Court", as names are joined).
    if s.is_ascii() {
        let b = s.as_bytes();
        let plain = b.first().is_some_and(|&c| c != b' ')
            && b.last().is_some_and(|&c| c != b' ')
            && !b.windows(2).any(|p| p == b"  ")
            && !b
                .iter()
                .any(|&c| c == b'.' || (char::from(c).is_whitespace() && c != b' '));
        if plain {
            return Cow::Borrowed(s);
        }
    }
    let mut prev_space = true;
    let plain = s.chars().all(|c| {
        let ok = match c {
            '.' | '’' => false,
            ' ' => !prev_space,
            c => !c.is_whitespace(),
        };
        prev_space = c == ' ';
        ok
    }) && !prev_space;
    if plain || s.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '.' => {}
            '’' => out.push('\''),
            c if c.is_whitespace() => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c => out.push(c),
        }
    }
    if out.trim().len() == out.len() {
        Cow::Owned(out)
    } else {
        Cow::Owned(out.trim().to_string())
    }
}

fn lines(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicon {
    fn add_group(&mut self, names: &str, kind: EntityType, country: bool) -> Option<usize> {
        let mut it = names.split('|').map(str::trim).filter(|n| !n.is_empty());
        let first = it.next()?;
        let g = self.groups.len();
        self.groups.push(Group {
            name: first.to_string(),
            kind,
            country,
        });
        for n in std::iter::once(first).chain(it) {
            self.add_name(n, g);
        }
        Some(g)
    }

    fn add_name(&mut self, n: &str, g: usize) {
        let k = key(n);
        if let Some((w, _)) = k.split_once([' ', '-']) {
            self.first_words.insert(w.to_string());
        }
        self.known.entry(k.into_owned()).or_insert(g);
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon::default();
        for line in lines(COUNTRIES) {
            let mut parts = line.split(';');
            let names = parts.next().unwrap_or("");
            let demonyms = parts.next().unwrap_or("");
            let cities = parts.next().unwrap_or("");
            let Some(g) = lex.add_group(names, EntityType::Place, true) else {
                continue;
            };
            for d in demonyms.split('|').map(str::trim).filter(|d| !d.is_empty()) {
                lex.demonyms.entry(key(d).into_owned()).or_insert(g);
            }
            for c in cities.split('|') {
                lex.add_group(c, EntityType::Place, false);
            }
        }
        for line in lines(PLACES) {
            lex.add_group(line, EntityType::Place, false);
        }
        for line in lines(ORGS) {
            lex.add_group(line, EntityType::Organization, false);
        }
        for line in lines(TITLES) {
            let t = line.to_lowercase();
            lex.title_words = lex.title_words.max(t.split([' ', '-']).count());
            for (i, _) in t.match_indices(' ') {
                lex.title_prefixes.insert(t[..i].to_string());
            }
            lex.titles.insert(t);
        }
        for line in lines(GIVEN_NAMES) {
            for n in line.split_whitespace() {
                lex.given.insert(n.to_string());
            }
        }
        for line in lines(CENSUS_GIVEN_NAMES) {
            let names = line.split_once('\t').map_or("", |(_, names)| names);
            for n in names.split_whitespace() {
                if !lex.given.contains(n) {
                    lex.census_given.insert(n.to_string());
                }
            }
        }
        lex.cities = lines(CITIES).collect();
        lex
    }

    /// The group of a known name.
    /// An all-caps dateline word ("MOSCOW") is looked up in title case too.
    pub fn group(&self, name: &str) -> Option<usize> {
        const MIN_SHOUTED_LEN: usize = 4;
        let k = key(name);
        if let Some(&g) = self.known.get(k.as_ref()) {
            return Some(g);
        }
        if k.chars().count() >= MIN_SHOUTED_LEN && k.chars().all(|c| !c.is_lowercase()) {
            let titled: String = k
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    cs.next()
                        .map(|f| f.to_string() + &cs.as_str().to_lowercase())
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(" ");
            return self.known.get(&titled).copied();
        }
        None
    }

    /// The country group of a demonym ("Russian", "Russians").
    pub fn demonym(&self, word: &str) -> Option<usize> {
        self.demonyms.get(key(word).as_ref()).copied()
    }
}

/// The lexicons, built on first use.
pub(crate) fn get() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::build)
}

/// Sizes of the lexicons: (names of known places and organisations, groups,
/// demonyms, titles, given names).
pub fn sizes() -> (usize, usize, usize, usize, usize) {
    let l = get();
    (
        l.known.len(),
        l.groups.len(),
        l.demonyms.len(),
        l.titles.len(),
        l.given.len(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_drop_dots_straighten_apostrophes_and_collapse_spaces() {
        for (name, k, borrowed) in [
            ("Supreme Court", "Supreme Court", true),
            ("", "", true),
            ("U.S.", "US", false),
            ("O’Brien", "O'Brien", false),
            (" New  York ", "New York", false),
            ("New\tYork", "New York", false),
            ("New\u{b}York", "New York", false),
            ("São Paulo", "São Paulo", true),
        ] {
            let got = key(name);
            assert_eq!(got, k, "{name:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{name:?}");
        }
    }
}
