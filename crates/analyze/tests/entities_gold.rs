//! Gold tests for entities: titles, possessives, aliases, sentence starts.

use newsfacts_analyze::{entities, segment};
use newsfacts_model::EntityType;

fn ents(text: &str) -> entities::Entities {
    let e = entities::find(text, &segment::sentences(text));
    for x in &e.list {
        println!("{:?} {:?} {:?} {:?}", x.name, x.kind, x.aliases, x.titles);
    }
    e
}

fn get<'a>(e: &'a entities::Entities, name: &str) -> &'a entities::Ent {
    e.list
        .iter()
        .find(|x| x.name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

const WIRE: &str = "MOSCOW, March 3 (AP) — Kremlin spokesman Dmitry Peskov said on Friday that Russian Foreign Minister Sergei Lavrov would meet German Chancellor Olaf Scholz. Peskov added that Germany's Foreign Ministry had been told.

The Organization for Security and Co-operation in Europe (OSCE) and the North Atlantic Treaty Organization (NATO) said they had not been invited. Lavrov's deputy, Sergei Ryabkov, declined to comment.";

#[test]
fn wire_titles_aliases_possessives() {
    let e = ents(WIRE);
    let peskov = get(&e, "Dmitry Peskov");
    assert_eq!(peskov.kind, EntityType::Person);
    assert_eq!(peskov.titles, ["spokesman"]);
    assert!(peskov.aliases.contains(&"Peskov".to_string()));
    let lavrov = get(&e, "Sergei Lavrov");
    assert_eq!(lavrov.titles, ["foreign minister"]);
    assert!(lavrov.aliases.contains(&"Lavrov".to_string()));
    assert_eq!(get(&e, "Olaf Scholz").titles, ["chancellor"]);
    assert_eq!(get(&e, "Sergei Ryabkov").kind, EntityType::Person);
    assert_eq!(
        get(&e, "Foreign Ministry of Germany").kind,
        EntityType::Organization
    );
    assert_eq!(get(&e, "Kremlin").kind, EntityType::Organization);
    // An all-caps dateline is title-cased.
    assert_eq!(get(&e, "Moscow").kind, EntityType::Place);
    let osce = get(&e, "Organization for Security and Co-operation in Europe");
    assert_eq!(osce.kind, EntityType::Organization);
    assert!(osce.aliases.contains(&"OSCE".to_string()));
    let nato = get(&e, "North Atlantic Treaty Organization");
    assert!(nato.aliases.contains(&"NATO".to_string()));
    for junk in [
        "Russian", "German", "Peskov", "Lavrov", "March", "Friday", "AP —",
    ] {
        assert!(e.list.iter().all(|x| x.name != junk), "junk {junk}");
    }
    // Mentions are sorted and each lies on the text.
    assert!(e.mentions.windows(2).all(|w| w[0].start <= w[1].start));
    let at = e
        .at(WIRE.find("Peskov added").unwrap_or(0))
        .and_then(|m| e.entity(m));
    assert_eq!(at.map(|x| x.name.as_str()), Some("Dmitry Peskov"));
    assert_eq!(
        e.lookup("Lavrov").map(|i| e.list[i].name.as_str()),
        Some("Sergei Lavrov")
    );
}

const TABLOID: &str = "Prince Harry and Meghan Markle jetted to Los Angeles. Harry, 38, told pals he missed the UK. Since then, sources say, Meghan has been \"devastated\". Whatever happens, Buckingham Palace won't comment.";

#[test]
fn tabloid_sentence_starts() {
    let e = ents(TABLOID);
    assert_eq!(get(&e, "Harry").titles, ["prince"]);
    assert_eq!(get(&e, "Meghan Markle").kind, EntityType::Person);
    assert_eq!(get(&e, "Los Angeles").kind, EntityType::Place);
    assert_eq!(get(&e, "UK").kind, EntityType::Place);
    assert_eq!(get(&e, "Buckingham Palace").kind, EntityType::Place);
    for junk in ["Since", "Whatever", "Prince Harry", "Meghan"] {
        assert!(e.list.iter().all(|x| x.name != junk), "junk {junk}");
    }
}

#[test]
fn multibyte_text_is_safe() {
    let text = "Présidente Ségolène Royal a parlé à Zürich — «Ça va», dit-elle. Ünal Öztürk (ÖTV) kam aus İstanbul…";
    let e = ents(text);
    for m in &e.mentions {
        assert!(text.get(m.start..m.end).is_some());
    }
    assert_eq!(get(&e, "Zürich").kind, EntityType::Place);
}

/// Given names of the census list: a person before a surname, a pronoun's
/// gender, and alone only what the words around say.
#[test]
fn census_given_names() {
    let text = "Feed prices climb\n\n\
        Dwight Okonkwo, a dairy farmer, spoke first. Lorraine Pruitt runs the feed store.\n\n\
        Pruitt said prices had doubled since March. She added that two farms had closed.\n\n\
        The farmers later met in Selma, where the co-op has its mill.";
    let e = ents(text);
    assert_eq!(get(&e, "Dwight Okonkwo").kind, EntityType::Person);
    assert_eq!(get(&e, "Lorraine Pruitt").kind, EntityType::Person);
    assert_eq!(get(&e, "Selma").kind, EntityType::Place);
    let sents = segment::sentences(text);
    let f = newsfacts_analyze::statements::find(text, &sents, &e);
    let added = f
        .iter()
        .find(|x| text.get(x.content.0..x.content.1) == Some("that two farms had closed"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(added.speaker.as_deref(), Some("Lorraine Pruitt"));
}

/// A descriptor opening a headline is no part of the name; a Dutch "ten"
/// between a given name and a surname is.
#[test]
fn headline_descriptors_and_dutch_particles() {
    let text = "Chipmaker Korvex beats forecasts\n\n\
        Korvex reported revenue of $3.1 billion, the company said.\n\n\
        Ajax sacked coach Erik ten Brink after a 2-1 defeat on Sunday.";
    let e = ents(text);
    assert_eq!(get(&e, "Korvex").kind, EntityType::Organization);
    assert!(!e.list.iter().any(|x| x.name.starts_with("Chipmaker")));
    assert_eq!(get(&e, "Erik ten Brink").kind, EntityType::Person);
}

/// A pageant's title is nobody's name ("a former Miss Universe").
#[test]
fn pageant_titles_are_no_people() {
    let text = "Pageant row\n\n\
        The senator attacked Alicia Ramos, a former Miss Universe, on Friday. \
        The Miss America pageant returns to Atlantic City.";
    let e = ents(text);
    assert_eq!(get(&e, "Miss Universe").kind, EntityType::Other);
    assert_eq!(get(&e, "Miss America").kind, EntityType::Other);
    assert!(!e.list.iter().any(|x| x.name == "Universe"));
}

/// In a football report "X City" and "X Town" are clubs; cities named so
/// stay places.
#[test]
fn football_clubs_named_after_towns() {
    let text = "Town hit by late goal\n\n\
        Ipswich Town lost 2-1 to Leicester City on Saturday, a defeat that leaves the club \
        in the relegation zone. The striker scored in the 89th minute.\n\n\
        Kansas City and Mexico City host matches at the World Cup.";
    let e = ents(text);
    assert_eq!(get(&e, "Ipswich Town").kind, EntityType::Organization);
    assert_eq!(get(&e, "Leicester City").kind, EntityType::Organization);
    assert_eq!(get(&e, "Kansas City").kind, EntityType::Place);
    assert_eq!(get(&e, "Mexico City").kind, EntityType::Place);
}
