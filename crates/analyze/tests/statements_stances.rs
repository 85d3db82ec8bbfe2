//! Stances that are reported without a speech verb: attitude adjectives
//! after "be" ("officials are confident that"), "made clear", "was quoted
//! as saying", "citing" a reason or a source, a naming "called" with an
//! adjective or a quoted complement, and a statement inside brackets. The
//! article is invented.

use newsfacts_model::StatementKind::{Indirect, Mixed};

mod common;
use common::{get, run, s};

const TEXT: &str = "Water board delays reservoir vote\n\n\
    Officials at the Lindqvist Water Board are confident that the reservoir will open in 2028.\n\n\
    Farmers in the valley were increasingly worried about the cost of the new pipes.\n\n\
    The board's chair, Maria Lindqvist, made clear that no village would lose its supply.\n\n\
    Her deputy, Jonas Berg, was quoted by the Valley Post as saying the budget had doubled.\n\n\
    The contractor halted work in March, citing heavy rain and a shortage of steel.\n\n\
    The dam will cost twice the estimate, the Valley Post reported, citing two engineers familiar with the site.\n\n\
    The farmers' union called the timetable unrealistic and expensive.\n\n\
    Berg called it \u{201c}a plan for the next fifty years.\u{201d}\n\n\
    The board cut two posts (the union called the cuts \u{201c}a disgrace\u{201d}) and sold a boat.\n\n\
    Environmental groups expressed misgivings about the dam on the upper river.\n\n\
    The mood in the hall was angry.\n\n\
    Residents called the police after the meeting.";

#[test]
fn attitude_adjectives_report_a_stance() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "that the reservoir will open in 2028");
    assert_eq!(a.kind, Indirect);
    assert_eq!(s(TEXT, a.cue), "are confident");
    assert!(s(TEXT, a.speaker_span).starts_with("Officials"));
    let b = get(TEXT, &f, "the cost of the new pipes");
    assert_eq!(s(TEXT, b.cue), "were increasingly worried");
    assert_eq!(s(TEXT, b.speaker_span), "Farmers in the valley");
    let c = get(TEXT, &f, "the dam on the upper river");
    assert_eq!(s(TEXT, c.cue), "expressed misgivings");
    // A plain description is no statement.
    assert!(!f.iter().any(|x| s(TEXT, Some(x.content)).contains("angry")));
}

#[test]
fn made_clear_and_quoted_as_saying() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "that no village would lose its supply");
    assert_eq!(a.speaker.as_deref(), Some("Maria Lindqvist"));
    assert_eq!(s(TEXT, a.cue), "made clear");
    let b = get(TEXT, &f, "the budget had doubled");
    assert_eq!(b.speaker.as_deref(), Some("Jonas Berg"));
    assert_eq!(s(TEXT, b.cue), "quoted by the Valley Post as saying");
}

#[test]
fn citing_a_reason_or_a_source() {
    let f = run(TEXT);
    // A reason: the contractor cites it.
    let a = get(TEXT, &f, "heavy rain and a shortage of steel");
    assert_eq!(s(TEXT, a.speaker_span), "The contractor");
    assert_eq!(s(TEXT, a.cue), "citing");
    // A source: what the engineers are cited for is the paper's report,
    // and the engineers are nothing claimed.
    let b = get(TEXT, &f, "The dam will cost twice the estimate");
    assert_eq!(b.speaker.as_deref(), Some("Valley Post"));
    assert!(
        !f.iter()
            .any(|x| s(TEXT, Some(x.content)).starts_with("two engineers"))
    );
}

#[test]
fn naming_call_with_its_complement() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "the timetable unrealistic and expensive");
    assert_eq!(s(TEXT, a.cue), "called");
    assert!(s(TEXT, a.speaker_span).ends_with("union"));
    let b = get(TEXT, &f, "it \u{201c}a plan for the next fifty years");
    assert_eq!((b.kind, b.speaker.as_deref()), (Mixed, Some("Jonas Berg")));
    // Inside brackets the statement ends at the closing bracket.
    let c = get(TEXT, &f, "the cuts \u{201c}a disgrace\u{201d}");
    assert_eq!(
        s(TEXT, Some(c.content)),
        "the cuts \u{201c}a disgrace\u{201d}"
    );
    // Calling the police names nothing.
    assert!(
        !f.iter()
            .any(|x| s(TEXT, Some(x.content)).starts_with("the police"))
    );
}

#[test]
fn a_possessive_her_opens_the_subject() {
    let text = "Board news\n\n\
        Her deputy, Jonas Berg, said the budget had doubled.\n\n\
        Berg told her the pipes were late.";
    let f = run(text);
    let a = get(text, &f, "the budget had doubled");
    assert_eq!(a.speaker.as_deref(), Some("Jonas Berg"));
    assert_eq!(s(text, a.speaker_span), "Her deputy");
    let b = get(text, &f, "the pipes were late");
    assert_eq!(s(text, b.speaker_span), "Berg");
}

#[test]
fn a_pair_named_again_keeps_its_two_names() {
    let text = "Pipes row\n\n\
        Maria Lindqvist and Jonas Berg visited the valley on Monday.\n\n\
        Lindqvist and Berg said the pipes would be laid by June.";
    let f = run(text);
    let a = get(text, &f, "the pipes would be laid");
    assert_eq!(a.speaker.as_deref(), Some("Maria Lindqvist and Jonas Berg"));
}

#[test]
fn the_time_of_a_speech_act_is_no_part_of_its_object() {
    let text = "Harbour visit\n\n\
        Mayor Tom Berg criticized the budget as \u{201c}reckless\u{201d} during a visit to the harbour.\n\n\
        Berg announced the new ferry while the band played.\n\n\
        Berg said the ferry would run when the ice melts.";
    let f = run(text);
    let a = get(text, &f, "the budget as");
    assert_eq!(
        s(text, Some(a.content)),
        "the budget as \u{201c}reckless\u{201d}"
    );
    let b = get(text, &f, "the new ferry");
    assert_eq!(s(text, Some(b.content)), "the new ferry");
    // A reported clause keeps its own time.
    let c = get(text, &f, "the ferry would run");
    assert_eq!(
        s(text, Some(c.content)),
        "the ferry would run when the ice melts"
    );
}

#[test]
fn a_pronoun_object_of_say_claims_nothing() {
    let text = "Board chair\n\n\
        Maria Lindqvist has said it many times.\n\n\
        Lindqvist said it was time to build.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(s(text, Some(f[0].content)), "it was time to build");
}

#[test]
fn backing_welcoming_and_opposing() {
    let text = "Harbour plan\n\n\
        The fishermen's union backed the harbour plan on Monday.\n\n\
        The charity Sea Watch welcomed the decision to close the old pier.\n\n\
        Residents who oppose the plan will meet on Friday.\n\n\
        The investor backed out of the deal.\n\n\
        The mayor welcomed several hundred guests to the opening.";
    let f = run(text);
    let a = get(text, &f, "the harbour plan");
    assert_eq!(s(text, a.speaker_span), "The fishermen's union");
    let b = get(text, &f, "the decision to close");
    assert_eq!(b.speaker.as_deref(), Some("Sea Watch"));
    let c = get(text, &f, "the plan");
    assert_eq!(s(text, c.cue), "oppose");
    assert!(
        !f.iter().any(|x| s(text, Some(x.content)).contains("deal")
            || s(text, Some(x.content)).contains("guests")),
        "{f:#?}"
    );
}

/// A second invented article: intentions settled with a noun ("reached an
/// agreement to …") and stance nouns with no possessor in object position.
const INTENTS: &str = "Ferry talks end in deal\n\n\
    The two port authorities reached an agreement to share the night crossings from May.\n\n\
    The harbour court made a surprise 4-1 decision to lift the ban on Sunday sailings.\n\n\
    Ticket prices rose amid growing fears that the route will close in winter.\n\n\
    The mayor rejected the claim that the harbour was unsafe.\n\n\
    The claim that the harbour was unsafe spread quickly.\n\n\
    The crew made a sandwich to eat on deck.";

#[test]
fn intentions_settled_with_a_noun() {
    let f = run(INTENTS);
    let a = get(INTENTS, &f, "to share the night crossings");
    assert_eq!(s(INTENTS, a.cue), "reached an agreement");
    assert_eq!(s(INTENTS, a.speaker_span), "The two port authorities");
    let b = get(INTENTS, &f, "to lift the ban");
    assert_eq!(s(INTENTS, b.cue), "made a surprise 4-1 decision");
    assert!(s(INTENTS, b.speaker_span).ends_with("harbour court"));
    // A sandwich is no intention.
    assert!(
        !f.iter()
            .any(|x| s(INTENTS, Some(x.content)).contains("to eat"))
    );
}

#[test]
fn stance_nouns_in_object_position() {
    let f = run(INTENTS);
    let a = get(INTENTS, &f, "that the route will close");
    assert_eq!(s(INTENTS, a.cue), "fears");
    assert_eq!(a.speaker, None);
    // After a speech verb the noun phrase is that verb's content.
    let b = get(INTENTS, &f, "the claim that the harbour was unsafe");
    assert_eq!(s(INTENTS, b.cue), "rejected");
    // As a sentence's subject the noun frames nothing: its verb would run
    // into the content.
    assert_eq!(
        f.iter()
            .filter(|x| s(INTENTS, Some(x.content)).contains("the harbour was unsafe"))
            .count(),
        1
    );
}

#[test]
fn speech_nouns_regarding_and_topics_after_a_time() {
    let text = "Port council split\n\n\
        The port council on Friday made a strong condemnation of the new toll.\n\n\
        Two ferry firms filed a motion to suspend the toll.\n\n\
        Mayor Ana Ruiz spoke out Tuesday about the closure of the night ferry.\n\n\
        Many captains saw the toll as a tax on the islands.\n\n\
        The captains saw the harbour from the bridge.\n\n\
        The fact-checkers rated 40% of the toll claims as \u{201c}false.\u{201d}\n\n\
        The council will make the case that the toll is fair.";
    let f = run(text);
    let a = get(text, &f, "the new toll");
    assert_eq!(s(text, a.cue), "made a strong condemnation");
    assert_eq!(s(text, a.speaker_span), "The port council");
    let b = get(text, &f, "to suspend the toll");
    assert_eq!(s(text, b.cue), "filed a motion");
    let c = get(text, &f, "the closure of the night ferry");
    assert_eq!(c.speaker.as_deref(), Some("Ana Ruiz"));
    let d = get(text, &f, "the toll as a tax on the islands");
    assert_eq!(s(text, d.cue), "saw");
    assert_eq!(s(text, d.speaker_span), "Many captains");
    let e = get(text, &f, "40% of the toll claims as");
    assert_eq!(s(text, e.cue), "rated");
    let g = get(text, &f, "that the toll is fair");
    assert_eq!(s(text, g.cue), "make the case");
    assert_eq!(s(text, g.speaker_span), "The council");
    // Seeing a place is no judgment.
    assert!(
        !f.iter()
            .any(|x| s(text, Some(x.content)).contains("from the bridge"))
    );
}
