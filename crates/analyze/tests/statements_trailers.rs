//! Post-posed and interrupting cues with long trailers: a coordinated
//! clause before ", said X", an apposition after the speaker, and the rest
//! of an interrupted clause after that apposition. The articles are
//! invented.

mod common;
use common::{get, run, s};

const TEXT: &str = "Library budget vote delayed\n\n\
    The proposal did not go down well with the opposition, and the meeting ended early, \
    said a council member who was present.\n\n\
    Branch closures would save little money, said Ines Moreau, a librarian in Lyon.\n\n\
    This plan, says Olaf Brenner, an economist at the University of Bergen, Norway, \
    shifts the cost to schools.";

#[test]
fn a_coordinated_clause_before_the_cue_is_content() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "The proposal did not go down well");
    assert_eq!(
        s(TEXT, Some(a.content)),
        "The proposal did not go down well with the opposition, and the meeting ended early"
    );
    assert_eq!(s(TEXT, a.speaker_span), "a council member");
}

#[test]
fn an_apposition_after_the_speaker_is_no_content() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "Branch closures would save little money");
    assert_eq!(a.speaker.as_deref(), Some("Ines Moreau"));
    assert!(
        !f.iter()
            .any(|x| s(TEXT, Some(x.content)).contains("a librarian")),
        "{f:#?}"
    );
    let b = get(TEXT, &f, "This plan");
    assert_eq!(b.speaker.as_deref(), Some("Olaf Brenner"));
    let rest = f
        .iter()
        .find(|x| x.split_of.is_some() && x.speaker.as_deref() == Some("Olaf Brenner"))
        .map(|x| s(TEXT, Some(x.content)));
    assert_eq!(rest, Some("shifts the cost to schools"));
}

#[test]
fn a_relative_clause_around_the_cue_reports_its_verb_phrase() {
    let text = "Ferry contract under review\n\n\
        The mayor attacked the ferry operator's donations, which she said were tied to favours.\n\n\
        The old pier, which the operator says it will rebuild by 2027, stays closed.\n\n\
        Nobody agrees on what the operator says its new boats would save and who would pay.\n\n\
        What the operator said was not true.\n\n\
        That was what Mayor Lina Ortiz said about the timetable.";
    let f = run(text);
    let a = get(text, &f, "were tied to favours");
    assert_eq!(s(text, a.speaker_span), "she");
    let b = get(text, &f, "it will rebuild by 2027");
    assert_eq!(s(text, Some(b.content)), "it will rebuild by 2027");
    assert_eq!(s(text, b.speaker_span), "the operator");
    let c = get(text, &f, "its new boats would save");
    assert_eq!(s(text, Some(c.content)), "its new boats would save");
    assert!(
        !f.iter().any(|x| {
            let c = s(text, Some(x.content));
            c.starts_with("was not true") || c.starts_with("about the timetable")
        }),
        "{f:#?}"
    );
}

#[test]
fn subjects_with_relative_participle_and_prepositional_modifiers() {
    let text = "Flood barrier plan approved\n\n\
        The engineer who designed the barrier said it would hold for a century.\n\n\
        Residents living near the river said the water had reached their doors twice.\n\n\
        Insurers that had covered the old dike agreed to share the cost.\n\n\
        Officials in the regional water board said the work would start in May.\n\n\
        A report from the board is pointing to rising costs.\n\n\
        Most people want to show their support.";
    let f = run(text);
    let a = get(text, &f, "it would hold");
    assert_eq!(s(text, a.speaker_span), "The engineer");
    let b = get(text, &f, "the water had reached");
    assert_eq!(s(text, b.speaker_span), "Residents");
    let c = get(text, &f, "to share the cost");
    assert_eq!(s(text, c.speaker_span), "Insurers");
    let d = get(text, &f, "the work would start");
    assert_eq!(
        s(text, d.speaker_span),
        "Officials in the regional water board"
    );
    // A verb before the cue word, or an infinitive, is no modified subject.
    assert!(
        !f.iter()
            .any(|x| s(text, x.speaker_span).starts_with("A report") || s(text, x.cue) == "show"),
        "{f:#?}"
    );
}

#[test]
fn quantifier_and_share_subjects() {
    let text = "Tram poll\n\n\
        Many believe the tram will never run.\n\n\
        In the end, all agreed that the route was too long.\n\n\
        About 60 percent of respondents said the fares were too high.\n\n\
        Only 52 percent of registered voters agreed that the mayor was \u{201c}fit to serve,\u{201d} \
        while 30 percent said the opposite.\n\n\
        They all said the same.\n\n\
        She called the police to report a theft.";
    let f = run(text);
    assert_eq!(s(text, get(text, &f, "the tram will").speaker_span), "Many");
    assert_eq!(s(text, get(text, &f, "that the route").speaker_span), "all");
    assert_eq!(
        s(text, get(text, &f, "the fares were").speaker_span),
        "60 percent of respondents"
    );
    let a = get(text, &f, "that the mayor was");
    assert_eq!(s(text, a.speaker_span), "52 percent of registered voters");
    assert_eq!(
        s(text, Some(a.content)),
        "that the mayor was \u{201c}fit to serve,\u{201d}"
    );
    assert_eq!(
        s(text, get(text, &f, "the opposite").speaker_span),
        "30 percent"
    );
    assert!(!f.iter().any(|x| s(text, x.cue) == "called"), "{f:#?}");
}

#[test]
fn as_before_a_trailing_speaker_reports_the_clause_before_it() {
    let text = "Shooting inquiry\n\n\
        The footage does not show whether the driver was armed, as police have said.\n\n\
        Yet, as Mr. Dorn observed, the inquiry could take a year.";
    let f = run(text);
    let a = get(text, &f, "The footage does not show");
    assert_eq!(
        s(text, Some(a.content)),
        "The footage does not show whether the driver was armed"
    );
    assert_eq!(s(text, a.speaker_span), "police");
    // Opening the sentence, "as X observed" frames what follows.
    assert!(
        f.iter().all(|x| s(text, Some(x.content)) != "Yet"),
        "{f:#?}"
    );
}

#[test]
fn a_long_apposition_with_a_city_and_country_after_a_quotation() {
    let text = "Galaxies in a box\n\n\
        \u{201c}We got out more than we put in,\u{201d} Mira Holm, a fellow at the Institute \
        for Astronomy in Leiden, Netherlands, and co-author of the study, said in a \
        statement.\n\n\
        \u{201c}The ice is thinner every year,\u{201d} Tove Berg, a glaciologist in Tromso, \
        Norway, said.";
    let f = run(text);
    let a = get(text, &f, "We got out more");
    assert_eq!(a.speaker.as_deref(), Some("Mira Holm"), "{f:#?}");
    assert_eq!(s(text, Some(a.content)), "We got out more than we put in");
    let b = get(text, &f, "The ice is thinner");
    assert_eq!(b.speaker.as_deref(), Some("Tove Berg"), "{f:#?}");
}
