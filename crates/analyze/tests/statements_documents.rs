//! A document as the object of the main clause ("issued a statement
//! saying …", "posted a video that said …"): its issuer speaks. Also where
//! a reported clause inside a subordinate clause ends, and a quoted word
//! inside the words after a cue. The articles are invented.

mod common;
use common::{get, run, s};

#[test]
fn the_issuer_of_a_document_speaks() {
    let text = "Ferry talks collapse\n\n\
        The transport ministry issued a statement on Monday saying that the talks with \
        the ferry union had failed.\n\n\
        Mayor Ines Carvalho posted a video late Friday saying the harbour would stay open \
        all winter.\n\n\
        The operator sent a letter to passengers saying refunds would be paid within a \
        month.\n\n\
        The union released a note that said its members would strike on Thursday.\n\n\
        The council issued a statement condemning the attack on the depot. The board \
        published a report calling the merger \u{201c}a clear mistake.\u{201d}";
    let f = run(text);
    let a = get(text, &f, "that the talks with the ferry union had failed");
    assert_eq!(s(text, a.speaker_span), "The transport ministry");
    assert_eq!(s(text, a.cue), "saying");
    let b = get(text, &f, "the harbour would stay open");
    assert_eq!(b.speaker.as_deref(), Some("Ines Carvalho"));
    assert_eq!(
        s(text, Some(b.content)),
        "the harbour would stay open all winter"
    );
    let c = get(text, &f, "refunds would be paid");
    assert_eq!(s(text, c.speaker_span), "The operator");
    let d = get(text, &f, "its members would strike");
    assert_eq!(s(text, d.speaker_span), "The union");
    assert_eq!(s(text, d.cue), "said");
    let e = get(text, &f, "the attack on the depot");
    assert_eq!(s(text, e.speaker_span), "The council");
    let g = get(text, &f, "the merger");
    assert_eq!(s(text, g.speaker_span), "The board");
    assert_eq!(s(text, g.cue), "calling");
}

#[test]
fn a_document_that_is_the_subject_is_no_object() {
    // The letter itself is the subject here; nothing is issued.
    let text = "Water notice\n\n\
        A letter saying the water was safe reached every home on Tuesday.";
    let f = run(text);
    assert!(
        !f.iter()
            .any(|x| s(text, x.speaker_span) == "A letter saying"),
        "{f:#?}"
    );
}

#[test]
fn a_subordinate_report_ends_before_the_main_clause() {
    let text = "Budget vote\n\n\
        Although the treasurer admitted that the plan was flawed, the council approved \
        the budget.\n\n\
        While she conceded the fees were high, the mayor said the library would reopen.";
    let f = run(text);
    let a = get(text, &f, "that the plan was flawed");
    assert_eq!(s(text, Some(a.content)), "that the plan was flawed");
    let b = get(text, &f, "the fees were high");
    assert_eq!(s(text, Some(b.content)), "the fees were high");
    let c = get(text, &f, "the library would reopen");
    assert_eq!(s(text, c.speaker_span), "the mayor");
}

#[test]
fn a_quoted_word_after_the_cue_belongs_to_the_content() {
    let text = "General retires\n\n\
        While he acknowledged money was a major reason, General Ada Brook also noted \
        several \u{201c}intangibles\u{201d} left her disillusioned.";
    let f = run(text);
    let a = get(text, &f, "money was a major reason");
    assert_eq!(s(text, Some(a.content)), "money was a major reason");
    let b = get(text, &f, "several");
    assert_eq!(b.speaker.as_deref(), Some("Ada Brook"));
    assert!(s(text, Some(b.content)).ends_with("left her disillusioned"));
}

#[test]
fn an_opening_setting_names_the_source() {
    let text = "Race tightens\n\n\
        In the latest Harbor Institute/Channel 9 poll, conducted in early May, Mayor Ruiz \
        led Councillor Ode by 4 points.\n\n\
        In one of the first polls to emerge, Ode did not receive a bump.\n\n\
        In his view, the budget is a disaster.\n\n\
        In a statement, the ministry said the talks had failed.\n\n\
        In the wake of the audit report, the council closed two libraries.\n\n\
        In 2015, the city built a new bridge.";
    let f = run(text);
    let a = get(text, &f, "Mayor Ruiz led");
    assert_eq!(
        s(text, a.speaker_span),
        "the latest Harbor Institute/Channel 9 poll"
    );
    assert_eq!(s(text, a.cue), "In");
    let b = get(text, &f, "Ode did not receive a bump");
    assert_eq!(s(text, b.speaker_span), "one of the first polls to emerge");
    let c = get(text, &f, "the budget is a disaster");
    assert_eq!(s(text, c.speaker_span), "his");
    // A clause with its own cue is its subject's.
    let d = get(text, &f, "the talks had failed");
    assert_eq!(s(text, d.speaker_span), "the ministry");
    assert_eq!(
        f.iter()
            .filter(|x| s(text, Some(x.content)).contains("talks"))
            .count(),
        1
    );
    // "In the wake of …" and a year are no sources.
    for start in ["the council closed", "the city built"] {
        assert!(
            !f.iter()
                .any(|x| s(text, Some(x.content)).starts_with(start)),
            "{f:#?}"
        );
    }
}

#[test]
fn a_long_according_to_source_runs_to_its_comma() {
    let text = "Resort fraud\n\n\
        According to a 30-count civil complaint filed by the Nordic Securities and \
        Exchange Commission and a second complaint by the state, the developers looted \
        the investors' money.\n\n\
        According to a new report by the Harbour Gazette, the port will close in May.\n\n\
        According to evidence presented at trial, the driver crossed two red lights.";
    let f = run(text);
    let a = get(text, &f, "the developers looted");
    assert_eq!(
        s(text, a.speaker_span),
        "a 30-count civil complaint filed by the Nordic Securities and Exchange Commission \
         and a second complaint by the state"
    );
    assert_ne!(a.speaker.as_deref(), Some("Securities and Exchange"));
    let b = get(text, &f, "the port will close");
    assert_eq!(b.speaker.as_deref(), Some("Harbour Gazette"));
    // "a new report" is a noun: no second statement with "report" as cue.
    assert!(!f.iter().any(|x| s(text, x.cue) == "report"), "{f:#?}");
    let c = get(text, &f, "the driver crossed");
    assert_eq!(s(text, c.speaker_span), "evidence presented at trial");
}

#[test]
fn a_statement_named_in_an_opening_phrase_is_issued_by_the_subject() {
    let text = "Union backs Ruiz\n\n\
        In a statement announcing the pick, the Harbour Workers Union called Ruiz a \
        \u{201c}champion\u{201d} for its members. The statement also referenced her work \
        after the floods.\n\n\
        In this poll, Ruiz rose two points.";
    let f = run(text);
    let doc = get(text, &f, "her work after the floods");
    assert_eq!(s(text, doc.speaker_span), "The statement");
    assert_eq!(doc.speaker.as_deref(), Some("Harbour Workers Union"));
}
