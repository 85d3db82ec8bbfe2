//! Where an object or a topic ends, and subjects that are easy to miss:
//! the writer's time, occasion, reason or next verb after a plain object;
//! "that" as a demonstrative; a quantifier or a relative clause without
//! "who" in the subject; a participle after an introductory phrase; a
//! perception passive; stance verbs and offered nouns. The articles are
//! invented.

use newsfacts_model::StatementKind::{Direct, Indirect};

mod common;
use common::{get, run, s};

#[test]
fn the_writers_time_occasion_and_next_verb_after_an_object() {
    let text = "Harbour ruling\n\n\
        A district judge rejected that argument in a ruling released Thursday.\n\n\
        The deputy mayor declined that assignment and has since left the council.\n\n\
        Councillor Petra Holm endorsed the plan in July.\n\n\
        Holm has been critical of the harbour board since they both ran for mayor.\n\n\
        Now that she has said her piece, she is ready to move on.\n\n\
        The court rejected a request from fishermen in Nordby to restore the old quay.";
    let f = run(text);
    let a = get(text, &f, "that argument");
    assert_eq!(s(text, Some(a.content)), "that argument");
    assert_eq!(s(text, a.speaker_span), "A district judge");
    let b = get(text, &f, "that assignment");
    assert_eq!(s(text, Some(b.content)), "that assignment");
    let c = get(text, &f, "the plan");
    assert_eq!(s(text, Some(c.content)), "the plan");
    assert_eq!(c.speaker.as_deref(), Some("Petra Holm"));
    let d = get(text, &f, "the harbour board");
    assert_eq!(s(text, Some(d.content)), "the harbour board");
    let e = get(text, &f, "her piece");
    assert_eq!(s(text, Some(e.content)), "her piece");
    // A month inside the object's own phrase stays; "in Nordby" is the
    // request's, and so is its infinitive.
    let g = get(text, &f, "a request from fishermen");
    assert_eq!(
        s(text, Some(g.content)),
        "a request from fishermen in Nordby to restore the old quay"
    );
}

#[test]
fn a_date_inside_a_relative_clause_stays() {
    let text = "Clinic study\n\n\
        Dr. Ines Alva told the tale of a patient who saw his doctor in November after months of fatigue.";
    let f = run(text);
    let a = get(text, &f, "the tale of a patient");
    assert!(s(text, Some(a.content)).ends_with("after months of fatigue"));
}

#[test]
fn quantifiers_and_relative_clauses_without_who_in_the_subject() {
    let text = "Tax plan\n\n\
        All the economists said the proposal was more detailed than the last one.\n\n\
        The experts I interviewed said the plan would not add to the deficit.\n\n\
        Farmers we spoke to say the rules are too strict.\n\n\
        Many of the workers say the plant should stay open.";
    let f = run(text);
    let a = get(text, &f, "the proposal was more detailed");
    assert_eq!(s(text, a.speaker_span), "All the economists");
    let b = get(text, &f, "the plan would not add");
    assert_eq!(s(text, b.speaker_span), "The experts");
    let c = get(text, &f, "the rules are too strict");
    assert_eq!(s(text, c.speaker_span), "Farmers");
    let d = get(text, &f, "the plant should stay open");
    assert_eq!(s(text, d.speaker_span), "Many of the workers");
}

#[test]
fn participles_after_an_introductory_phrase_and_perception_passives() {
    let text = "Mine extension\n\n\
        In August, several environmental groups granted the company an extension on a court order, saying its capital was less than expected.\n\n\
        Ana Ruiz can be heard yelling to the officers that her son was unarmed.\n\n\
        At this point, the camera is facing the ground, and she becomes upset, shouting at the officers.";
    let f = run(text);
    let a = get(text, &f, "its capital was less than expected");
    assert_eq!(s(text, a.speaker_span), "several environmental groups");
    assert_eq!(s(text, a.cue), "saying");
    let b = get(text, &f, "that her son was unarmed");
    assert_eq!(b.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(s(text, b.cue), "yelling");
    // The camera says nothing.
    assert!(!f.iter().any(|x| s(text, x.speaker_span) == "the camera"));
}

#[test]
fn appositions_as_clauses_and_predicates_after_an_interrupting_cue() {
    let text = "Election notes\n\n\
        Mr. Lund said he did not support Ms. Berg, the presumed favorite.\n\n\
        Acts of protest, the governor said, are acts of patriotism, whether it was a sit-in or a march, as one student who was arrested said.\n\n\
        The truth, the senator said then, was that Berg had personally attacked his family.\n\n\
        A spokeswoman said fathers would not be eligible for the leave, and when pressed on why, the mother of three replied, \u{201c}It is meant for mothers.\u{201d}";
    let f = run(text);
    let a = get(text, &f, "he did not support");
    assert_eq!(s(text, Some(a.content)), "he did not support Ms. Berg");
    let b = f
        .iter()
        .position(|x| s(text, Some(x.content)) == "Acts of protest")
        .expect("the first part");
    let rest = f
        .iter()
        .find(|x| s(text, Some(x.content)).starts_with("are acts"))
        .expect("the rest after the interrupting cue");
    assert_eq!(rest.split_of, Some(b));
    // The rest ends before the writer's "as … said".
    assert!(s(text, Some(rest.content)).ends_with("a sit-in or a march"));
    let c = f
        .iter()
        .find(|x| s(text, Some(x.content)).starts_with("was that Berg"))
        .expect("the predicate after the cue");
    assert!(c.split_of.is_some());
    let d = get(text, &f, "fathers would not be eligible");
    assert_eq!(
        s(text, Some(d.content)),
        "fathers would not be eligible for the leave"
    );
    let e = get(text, &f, "It is meant for mothers.");
    assert_eq!(e.kind, Direct);
    assert_eq!(s(text, e.speaker_span), "the mother of three");
}

#[test]
fn stance_verbs_offered_nouns_and_calls_after_a_time() {
    let text = "Clinic plans\n\n\
        The mayor offered no proof that the clinic had broken the rules.\n\n\
        China and Russia support the new charter.\n\n\
        Access points that support the new standard are more expensive.\n\n\
        The paper detailed spending that personally benefited the mayor.\n\n\
        She has promoted a raft of unproven therapies.\n\n\
        The minister painted the reform as a giveaway to the rich.\n\n\
        Councillor Omar Haddad called Friday for releasing the police videos.\n\n\
        Younger voters have expressed misgivings about the mayor because of her record on rents.\n\n\
        Ms. Berg spoke emotionally of her years on the ferry.";
    let f = run(text);
    let a = get(text, &f, "no proof that the clinic");
    assert_eq!(s(text, a.cue), "offered");
    assert_eq!(s(text, a.speaker_span), "The mayor");
    let b = get(text, &f, "the new charter");
    assert_eq!(s(text, b.speaker_span), "China and Russia");
    assert_eq!(b.kind, Indirect);
    // A device that supports a standard claims nothing.
    assert!(
        !f.iter()
            .any(|x| s(text, Some(x.content)).contains("the new standard"))
    );
    let c = get(text, &f, "spending that personally benefited");
    assert_eq!(s(text, c.cue), "detailed");
    let d = get(text, &f, "a raft of unproven therapies");
    assert_eq!(s(text, d.cue), "promoted");
    let e = get(text, &f, "the reform as a giveaway");
    assert_eq!(s(text, e.cue), "painted");
    let g = get(text, &f, "releasing the police videos");
    assert_eq!(s(text, g.cue), "called Friday for");
    assert_eq!(g.speaker.as_deref(), Some("Omar Haddad"));
    let h = get(text, &f, "the mayor");
    assert_eq!(s(text, Some(h.content)), "the mayor");
    let k = get(text, &f, "her years on the ferry");
    assert_eq!(s(text, k.cue), "spoke");
}

#[test]
fn a_straight_mark_is_not_continued_by_a_curly_one() {
    let text = "Rally night\n\n\
        \u{201c}Here he is,\u{201d} she said.\n\n\
        \"Kevin was snoring.\n\n\
        \u{201c}That is right,\u{201d} Melanie said.";
    let f = run(text);
    assert!(
        !f.iter()
            .any(|x| s(text, Some(x.content)).contains("Kevin was snoring"))
    );
    let a = get(text, &f, "That is right");
    assert_eq!(s(text, a.speaker_span), "Melanie");
}

#[test]
fn a_name_before_a_report_and_an_aside_before_a_passive() {
    let text = "Budget row\n\n\
        The mayor is seizing upon a Valley Post report that the budget had doubled.\n\n\
        Councillor Lund, meanwhile, is supported by far fewer members.\n\n\
        Wee of the Herald reports that the files were sealed.";
    let f = run(text);
    let a = get(text, &f, "that the budget had doubled");
    assert_eq!(s(text, a.speaker_span), "Valley Post");
    assert_eq!(s(text, a.cue), "report");
    let b = get(text, &f, "Councillor Lund");
    assert_eq!(s(text, b.speaker_span), "far fewer members");
    assert_eq!(s(text, b.cue), "supported");
    // A verb "reports" after a name is no noun of a report.
    let c = get(text, &f, "that the files were sealed");
    assert_eq!(s(text, c.cue), "reports");
    assert!(s(text, c.speaker_span).starts_with("Wee"));
}
