//! Clause shapes around a cue: introductory phrases, relative-clause
//! speakers, inverted openers, dash parentheses and phrases that look like
//! cues but report nothing. The article is invented.

use newsfacts_model::StatementKind::{Direct, Indirect, Mixed};

mod common;
use common::{get, run, s};

const TEXT: &str = "Harbour board split over ferry contract\n\n\
    During her four years on the board, Ms. Ortega said, the ferry fares had doubled.\n\n\
    Back in Halden, Mayor Tom Berg said the contract would be signed in May.\n\n\
    The council met Anna Fiske, who in 2019 said the harbour needed a second pier.\n\n\
    Ferry users wrote to the Halden Port Authority, which reported \u{201c}over 400 complaints\u{201d} last winter.\n\n\
    Many of the drivers, most of whom say the new timetable is unworkable, joined the protest.\n\n\
    Said Ortega: \u{201c}Nobody asked the people who take the boat every morning.\u{201d}\n\n\
    After saying the talks were \u{201c}close to collapse,\u{201d} Berg left the meeting early.\n\n\
    Berg told the board this weekend he would not seek another term.\n\n\
    Fiske noted that the old pier \u{2014} built in 1931 for fishing boats \u{2014} could not take the new ferries.\n\n\
    Heading into the vote on Friday, Berg told the local paper's \u{201c}Morning Desk\u{201d} that nobody would lose their job.\n\n\
    Having said that, the board still has no money for the pier.\n\n\
    Everything the operator says is designed to delay the vote.\n\n\
    The operator's fees, Fiske said, and \u{201c}the hidden charges\u{201d} will hit families hardest.\n\n\
    Berg praised the revised timetable, which adds two evening crossings.\n\n\
    The audit, which concluded that the fares were too high, is due in March.\n\n\
    Ortega expressed concern that the pier would not be ready.\n\n\
    The old ferry, which the operator says is safe, failed two inspections.\n\n\
    \u{201c}Who pays? Who decides?\u{201d} a reader in the Halden Gazette asked.";

#[test]
fn introductory_phrases_are_not_content() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "the ferry fares had doubled");
    assert_eq!((a.kind, a.speaker.as_deref()), (Indirect, Some("Ortega")));
    let b = get(TEXT, &f, "the contract would be signed");
    assert_eq!(b.speaker.as_deref(), Some("Tom Berg"));
    let c = get(TEXT, &f, "that nobody would lose their job");
    assert_eq!(c.speaker.as_deref(), Some("Tom Berg"));
    assert_eq!(s(TEXT, c.cue), "told");
    for intro in [
        "During her four years",
        "Back in Halden",
        "Heading into the vote",
    ] {
        assert!(
            !f.iter()
                .any(|x| s(TEXT, Some(x.content)).starts_with(intro)),
            "{intro:?} taken as content"
        );
    }
}

#[test]
fn relative_clause_speakers() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "the harbour needed a second pier");
    assert_eq!(a.speaker.as_deref(), Some("Anna Fiske"));
    assert_eq!(s(TEXT, a.speaker_span), "who");
    let b = get(TEXT, &f, "\u{201c}over 400 complaints");
    assert_eq!(b.kind, Mixed);
    assert_eq!(b.speaker.as_deref(), Some("Halden Port Authority"));
    let c = get(TEXT, &f, "the new timetable is unworkable");
    assert_eq!(s(TEXT, c.speaker_span), "most of whom");
}

#[test]
fn inverted_openers_and_participles() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "Nobody asked the people");
    assert_eq!((a.kind, a.speaker.as_deref()), (Direct, Some("Ortega")));
    assert_eq!(s(TEXT, a.cue), "Said");
    let b = get(TEXT, &f, "the talks were");
    assert_eq!(b.speaker.as_deref(), Some("Tom Berg"));
    assert_eq!(s(TEXT, b.speaker_span), "Berg");
    assert!(s(TEXT, Some(b.content)).ends_with("collapse,\u{201d}"));
}

#[test]
fn content_boundaries() {
    let f = run(TEXT);
    // The time after the telling verb's object is the writer's.
    let a = get(TEXT, &f, "he would not seek another term");
    assert_eq!(a.speaker.as_deref(), Some("Tom Berg"));
    // A dash parenthesis stays inside the content.
    let b = get(TEXT, &f, "that the old pier");
    assert!(s(TEXT, Some(b.content)).ends_with("could not take the new ferries"));
    // "Having said that" and "Everything X says is …" report nothing.
    assert!(
        !f.iter()
            .any(|x| s(TEXT, Some(x.content)).starts_with("that, the board"))
    );
    assert!(
        !f.iter()
            .any(|x| s(TEXT, Some(x.content)).starts_with("is designed"))
    );
}

#[test]
fn split_indirect_then_quote() {
    let f = run(TEXT);
    let first = f
        .iter()
        .position(|x| s(TEXT, Some(x.content)) == "The operator's fees")
        .expect("first part");
    let second = get(TEXT, &f, "the hidden charges");
    assert_eq!(second.split_of, Some(first));
    assert_eq!(second.speaker.as_deref(), Some("Anna Fiske"));
}

#[test]
fn relative_clauses_end_contents() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "the revised timetable");
    assert_eq!(s(TEXT, Some(a.content)), "the revised timetable");
    let c = get(TEXT, &f, "the new timetable is unworkable");
    assert_eq!(s(TEXT, Some(c.content)), "the new timetable is unworkable");
    let b = get(TEXT, &f, "that the fares were too high");
    assert_eq!(s(TEXT, Some(b.content)), "that the fares were too high");
    // "which the operator says is safe": the relative pronoun is the
    // subject of what is said; the claim is the verb phrase alone.
    let d = get(TEXT, &f, "is safe");
    assert_eq!(s(TEXT, Some(d.content)), "is safe");
    assert_eq!(s(TEXT, d.speaker_span), "the operator");
}

#[test]
fn light_verbs_and_quoted_questions() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "that the pier would not be ready");
    assert_eq!(a.speaker.as_deref(), Some("Ortega"));
    assert_eq!(s(TEXT, a.cue), "expressed concern");
    let b = get(TEXT, &f, "Who pays? Who decides?");
    assert_eq!(b.kind, Direct);
    assert_eq!(s(TEXT, b.speaker_span), "a reader in the Halden Gazette");
}

const EVIDENCE: &str = "Ferry safety row\n\n\
    Inspectors agreed the hull was sound.\n\n\
    Video of the incident shows the ferry drifting towards the rocks.\n\n\
    Claiming the engines had been serviced in May, the operator told reporters that the crew was not to blame.\n\n\
    Captain Lena Holm agreed, but also insisted that the harbour lights had failed.";

#[test]
fn beliefs_and_evidence_without_that() {
    let f = run(EVIDENCE);
    let a = get(EVIDENCE, &f, "the hull was sound");
    assert_eq!(s(EVIDENCE, a.speaker_span), "Inspectors");
    // A recording shows; it names nobody ("Video" is no person).
    let b = get(EVIDENCE, &f, "the ferry drifting");
    assert_eq!(s(EVIDENCE, b.speaker_span), "Video of the incident");
    assert_eq!(b.speaker, None);
    // A participle opening the sentence has the main clause's subject.
    let c = get(EVIDENCE, &f, "the engines had been serviced in May");
    assert_eq!(s(EVIDENCE, c.speaker_span), "the operator");
    assert_eq!(s(EVIDENCE, c.cue), "Claiming");
    // "agreed, but also insisted that …": the content is the insisting.
    assert!(
        !f.iter()
            .any(|x| s(EVIDENCE, Some(x.content)).starts_with("but also"))
    );
    let d = get(EVIDENCE, &f, "that the harbour lights had failed");
    assert_eq!(d.speaker.as_deref(), Some("Lena Holm"));
}

const PRISONS: &str = "Prison places row\n\n\
    Labour's justice spokeswoman, Shabana Khan, said the government had lost control.\n\n\
    During a visit to a jail in Leeds on Monday, the prisons minister, Damian Hale, insisted the situation was under control.\n\n\
    He added that early release would be used only as a last resort.\n\n\
    Local campaigners say the damage will take years to repair.\n\n\
    Twelve percent said they were not sure.";

#[test]
fn role_and_name_after_an_introductory_phrase() {
    let f = run(PRISONS);
    let a = get(PRISONS, &f, "the situation was under control");
    assert_eq!(a.speaker.as_deref(), Some("Damian Hale"));
    assert_eq!(s(PRISONS, a.speaker_span), "the prisons minister");
    // "He" is the minister just named, not the woman who spoke before.
    let b = get(PRISONS, &f, "that early release");
    assert_eq!(b.speaker.as_deref(), Some("Damian Hale"));
}

#[test]
fn sentence_initial_capitals_are_no_names() {
    let f = run(PRISONS);
    let a = get(PRISONS, &f, "the damage will take years");
    assert_eq!(s(PRISONS, a.speaker_span), "Local campaigners");
    assert_eq!(a.speaker, None);
    let b = get(PRISONS, &f, "they were not sure");
    assert_eq!(b.speaker, None);
}

#[test]
fn staff_speak_for_the_body_they_work_at() {
    let text = "Cruise line results\n\n\
        Nordvik Lines reported a profit on Tuesday.\n\n\
        Analysts at DNB Markets said the results eased concerns about the firm's debt.";
    let f = run(text);
    let a = get(text, &f, "the results eased concerns");
    assert_eq!(a.speaker.as_deref(), Some("DNB Markets"));
}

const COURT: &str = "Former mayor sentenced\n\n\
    U.S. District Judge Karen Alvarez told Robert Haines, 61, that he had \u{201c}sold the trust of an entire city.\u{201d}\n\n\
    Haines apologized in court.\n\n\
    The FBI began investigating after a developer reported the payments, according to court records.\n\n\
    Mayor Teresa Vaughn says at a news conference in Glenwood, Ohio, that the city has turned the page.\n\n\
    Police reported at least 5,000 people at the rally.\n\n\
    Dr. Ann Ruiz noted at the time, the mayor's accounts were never audited.\n\n\
    9:45 p.m. \u{2014} Turnout appears to be up sharply, election officials say.";

#[test]
fn objects_with_appositions_and_occasions() {
    let f = run(COURT);
    let a = get(COURT, &f, "that he had");
    assert_eq!(a.speaker.as_deref(), Some("Karen Alvarez"));
    let b = get(COURT, &f, "that the city has turned the page");
    assert_eq!(b.speaker.as_deref(), Some("Teresa Vaughn"));
    // An occasion alone is no content; after it a clause is.
    assert!(!f.iter().any(|x| s(COURT, Some(x.content)) == "in court"));
    let c = get(COURT, &f, "the mayor's accounts were never audited");
    assert_eq!(c.speaker.as_deref(), Some("Ann Ruiz"));
    // "at least" counts, it is no occasion.
    get(COURT, &f, "at least 5,000 people");
    // ", according to …" ends the content before it.
    let d = get(COURT, &f, "the payments");
    assert_eq!(s(COURT, Some(d.content)), "the payments");
    // A live blog's time stamp is no part of the content.
    get(COURT, &f, "Turnout appears to be up sharply");
}

#[test]
fn a_name_and_a_past_tense_make_a_clause() {
    let text = "Burma ties\n\nDerek Mitchell, a former ambassador, said Clinton reached out to McConnell on Burma during her first year at the State Department.";
    let f = run(text);
    let a = get(text, &f, "Clinton reached out");
    assert!(s(text, Some(a.content)).ends_with("at the State Department"));
}

#[test]
fn an_ing_modifier_opening_a_clause() {
    let text = "Court choice\n\nThe firm filed in Richmond, where restructuring experts say some judges move large cases quickly. It did so while fueling worries that the case would drag on.";
    let f = run(text);
    let a = get(text, &f, "some judges move large cases");
    assert_eq!(s(text, a.speaker_span), "restructuring experts");
    // "fueling worries that …": "worries" is a noun here, no cue with a
    // speaker "fueling".
    assert!(!f.iter().any(|x| s(text, x.speaker_span) == "fueling"));
}

#[test]
fn a_that_after_an_infinitive_belongs_to_it() {
    // "that" after "to cut" is the infinitive's determiner or complement,
    // never the cue's: the content starts at the infinitive. After a
    // phrase ("to reporters") it is still the cue's.
    let text = "Council keeps ferry tax\n\n\
        The mayor vowed to cut that tax before the winter.\n\n\
        The harbour chief warned the captains to avoid that channel at night.\n\n\
        The mayor said to reporters that the tax would stay.";
    let f = run(text);
    let a = get(text, &f, "to cut that tax");
    assert_eq!(s(text, a.cue), "vowed");
    let b = get(text, &f, "the captains to avoid that channel");
    assert_eq!(s(text, b.cue), "warned");
    let c = get(text, &f, "that the tax would stay");
    assert_eq!(s(text, c.cue), "said");
}

#[test]
fn an_aside_between_the_cue_and_that() {
    let text = "Ferry deal collapses\n\n\
        The Valley Post reported, citing two officials, that the ferry deal had collapsed.\n\n\
        The harbour chief said, however, that talks would resume.\n\n\
        It\u{2019}s worth noting, however, that the fares are the highest in the region.";
    let f = run(text);
    let a = get(text, &f, "that the ferry deal had collapsed");
    assert_eq!(s(text, a.cue), "reported");
    assert_eq!(s(text, a.speaker_span), "The Valley Post");
    let b = get(text, &f, "that talks would resume");
    assert_eq!(s(text, b.speaker_span), "The harbour chief");
    // "worth noting" is the writer's own aside.
    assert!(
        !f.iter()
            .any(|x| s(text, Some(x.content)).contains("the fares"))
    );
}

#[test]
fn dashes_participle_objects_and_stances_against() {
    let text = "Ferry film opens\n\n\
        The film \u{2015} which weaves together the voices of captains and harbour workers \u{2015} explains the decline of the old ferry lines.\n\n\
        Bemoaning the \u{201c}broken timetable,\u{201d} Mayor Ana Ruiz blamed the harbour board.\n\n\
        The board promptly voted against the new timetable.\n\n\
        The court ruled against the port authority on Monday.";
    let f = run(text);
    let a = get(text, &f, "the decline of the old ferry lines");
    assert_eq!(s(text, a.speaker_span), "The film");
    assert_eq!(s(text, a.cue), "explains");
    let b = get(text, &f, "the \u{201c}broken timetable,\u{201d}");
    assert_eq!(b.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(s(text, b.cue), "Bemoaning");
    let c = get(text, &f, "the new timetable");
    assert_eq!(s(text, c.speaker_span), "The board");
    let d = get(text, &f, "the port authority");
    assert_eq!(s(text, d.speaker_span), "The court");
    assert_eq!(s(text, d.cue), "ruled");
}
