//! Entity linking across written forms of one name.

use newsfacts_analyze::entities::{Ent, Entities};
use newsfacts_model::EntityType;

/// The entities of `text`.
fn find(text: &str) -> Entities {
    let sents = newsfacts_analyze::segment::sentences(text);
    newsfacts_analyze::entities::find(text, &sents)
}

/// The entity called `name` (panics with the list when there is none).
fn named<'a>(ents: &'a Entities, name: &str) -> &'a Ent {
    ents.list
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("{name} missing in {:#?}", ents.list))
}

#[test]
fn name_variants_are_one_person_under_the_fullest_name() {
    let text = "Biden visits Ohio\n\n\
                Vice President Joseph R. Biden Jr. visited Toledo on Monday. \
                Joe Biden told workers the plant would stay open. Biden later met \
                Gov. John Kasich. Former President William J. Clinton and Bill Clinton \
                were named too, as was Robert Kennedy but not Bob Dole.";
    let ents = find(text);
    let biden: Vec<_> = ents
        .list
        .iter()
        .filter(|e| e.name.contains("Biden"))
        .collect();
    assert_eq!(biden.len(), 1, "{:#?}", ents.list);
    assert_eq!(biden[0].name, "Joseph R. Biden Jr.");
    assert!(biden[0].aliases.iter().any(|a| a == "Joe Biden"));
    let clinton: Vec<_> = ents
        .list
        .iter()
        .filter(|e| e.name.contains("Clinton"))
        .collect();
    assert_eq!(clinton.len(), 1, "{:#?}", ents.list);
    assert_eq!(clinton[0].name, "William J. Clinton");
    // Different surnames stay apart.
    assert!(ents.list.iter().any(|e| e.name == "Bob Dole"));
}

#[test]
fn names_headed_by_the_are_no_persons() {
    let text = "The Wrap said the deal was done. The Hollywood Reporter said the film was late.";
    let ents = find(text);
    for name in ["Wrap", "Hollywood Reporter"] {
        let e = ents
            .list
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} missing in {:#?}", ents.list));
        assert_eq!(e.kind, newsfacts_model::EntityType::Organization, "{name}");
    }
}

#[test]
fn a_kind_of_body_before_a_name_makes_it_an_organisation() {
    use newsfacts_model::EntityType;
    let text = "Flood plan\n\n\
                Campaign group Save Our Meadows and the charity Shelterbox welcomed the plan. \
                Residents' group Wensum Watch said it was pleased, as did the union Unite \
                and the regulator Ofwat. Mary Jones, who chairs Wensum Watch, spoke too.";
    let ents = find(text);
    let kind = |n: &str| ents.list.iter().find(|e| e.name == n).map(|e| e.kind);
    for org in [
        "Save Our Meadows",
        "Shelterbox",
        "Wensum Watch",
        "Unite",
        "Ofwat",
    ] {
        assert_eq!(
            kind(org),
            Some(EntityType::Organization),
            "{org}: {:#?}",
            ents.list
        );
    }
    assert_eq!(kind("Mary Jones"), Some(EntityType::Person));
}

#[test]
fn a_surname_that_is_also_a_company_is_the_person_named() {
    use newsfacts_model::EntityType;
    let text = "Remembering a writer\n\n\
                The author John M. Ford died in 2006. Ford wrote two novels. \
                Friends said Ford was shy.";
    let ents = find(text);
    assert_eq!(ents.list.len(), 1, "{:#?}", ents.list);
    assert_eq!(ents.list[0].name, "John M. Ford");
    assert_eq!(ents.list[0].kind, EntityType::Person);
    // Without the person, the company.
    let text = "Car sales\n\nFord recalled 10,000 trucks on Monday.";
    let ents = find(text);
    assert_eq!(
        ents.list.iter().find(|e| e.name == "Ford").map(|e| e.kind),
        Some(EntityType::Organization)
    );
}

#[test]
fn an_article_after_for_or_of_stays_inside_an_organisation_name() {
    let text = "Deficit warning\n\n\
                The Committee for a Responsible Federal Budget said the plan would cost more. \
                The Association of an Open Web agreed.";
    let ents = find(text);
    let e = named(&ents, "Committee for a Responsible Federal Budget");
    assert_eq!(e.kind, newsfacts_model::EntityType::Organization);
    assert!(
        !ents
            .list
            .iter()
            .any(|e| e.name == "Responsible Federal Budget"),
        "{:#?}",
        ents.list
    );
}

#[test]
fn a_surname_is_the_person_not_the_foundation_named_after_them() {
    let text = "Charity audit\n\n\
                Senator Maria Okafor defended the Okafor Foundation on Monday. \
                Okafor said the audit was routine. The Lind Institute, led by Peter \
                Lind, agreed; Lind called it fair.";
    let ents = find(text);
    let p = named(&ents, "Maria Okafor");
    assert!(p.aliases.iter().any(|a| a == "Okafor"), "{:#?}", ents.list);
    let org = named(&ents, "Okafor Foundation");
    assert!(org.aliases.is_empty(), "{:#?}", ents.list);
    let lind = ents.list.iter().find(|e| e.name == "Peter Lind");
    assert!(
        lind.is_some_and(|e| e.aliases.iter().any(|a| a == "Lind")),
        "{:#?}",
        ents.list
    );
}

#[test]
fn a_title_makes_a_one_word_name_a_person_after_a_bare_mention() {
    let text = "Harbour leaders vow action\n\n\
                Officials denounce the spill; Okonjo, others vow consequences.\n\n\
                In a statement, President Okonjo condemned the spill. He said the \
                coast guard would investigate.";
    let ents = find(text);
    let e = named(&ents, "Okonjo");
    assert_eq!(
        e.kind,
        newsfacts_model::EntityType::Person,
        "{:#?}",
        ents.list
    );
}

#[test]
fn and_inside_a_bodys_name_but_not_between_two_bodies() {
    let text = "Port inquiry\n\n\
                The Harbour Safety and Transport Committee met on Monday. The Nordic \
                Securities and Exchange Commission fined the operator. The FBI and Justice \
                Department declined to comment, and the United Nations and European Union \
                objected.";
    let ents = find(text);
    let names: Vec<&str> = ents.list.iter().map(|e| e.name.as_str()).collect();
    for whole in [
        "Harbour Safety and Transport Committee",
        "Nordic Securities and Exchange Commission",
    ] {
        assert!(names.contains(&whole), "{whole}: {names:?}");
    }
    for apart in [
        "FBI and Justice Department",
        "United Nations and European Union",
    ] {
        assert!(!names.contains(&apart), "{apart}: {names:?}");
    }
}

#[test]
fn a_blog_or_a_tabloid_named_after_its_noun_is_a_body() {
    let ents = find(
        "Rumours spread\n\n\
         The blog Harbour Watch published a post. The tabloid Daily Crane ran it too.",
    );
    assert_eq!(named(&ents, "Harbour Watch").kind, EntityType::Organization);
    assert_eq!(named(&ents, "Daily Crane").kind, EntityType::Organization);
}
