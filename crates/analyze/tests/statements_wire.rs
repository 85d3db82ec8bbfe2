//! Wire-service habits around a cue: anonymous sources, ages as subjects,
//! numbers with thousands separators inside an apposition, and a weekday
//! between "said" and its clause. The article is invented.

mod common;
use common::{get, run, s};

const TEXT: &str = "Port strike talks stall\n\n\
    ROTTERDAM, March 4 (Reuters) - The dockers' union, which represents 12,500 workers, said its members would strike on Monday.\n\n\
    The port authority said on Thursday it would keep the terminals open.\n\n\
    One official, who spoke on condition of anonymity, said the talks had stalled.\n\n\
    A second official, speaking on condition of anonymity to discuss the talks, said no date had been set.\n\n\
    A crane driver, who asked not to be named, said the night shifts were the problem.\n\n\
    The 54-year-old said he had worked at the port since 1991.";

#[test]
fn anonymity_is_no_statement() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "the talks had stalled");
    assert_eq!(s(TEXT, a.speaker_span), "One official");
    let b = get(TEXT, &f, "no date had been set");
    assert_eq!(s(TEXT, b.speaker_span), "A second official");
    let c = get(TEXT, &f, "the night shifts were the problem");
    assert_eq!(s(TEXT, c.speaker_span), "A crane driver");
    for x in &f {
        let content = s(TEXT, Some(x.content));
        assert!(
            !content.contains("anonymity") && !content.contains("not to be named"),
            "{content:?}"
        );
    }
}

#[test]
fn numbers_ages_and_weekdays() {
    let f = run(TEXT);
    let a = get(TEXT, &f, "its members would strike");
    assert_eq!(s(TEXT, a.speaker_span), "The dockers' union");
    let b = get(TEXT, &f, "it would keep the terminals open");
    assert_eq!(s(TEXT, b.speaker_span), "The port authority");
    let c = get(TEXT, &f, "he had worked at the port");
    assert_eq!(s(TEXT, c.speaker_span), "The 54-year-old");
}

#[test]
fn a_cue_word_after_a_preposition_or_a_market_verb_is_a_noun() {
    let text = "Harbour profit beats forecasts as cargo holds up\n\n\
        Profit rose 8% to 40 million euros, above forecasts of 36 million, \
        the port operator said.\n\n\
        Revenue missed estimates for a second quarter.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(s(text, f[0].cue), "said");
}

#[test]
fn passive_headlines_and_compound_sources() {
    let text = "Harbour board accused of ignoring safety warnings\n\n\
        The board ignored repeated warnings about the old crane, according to a report \
        by the public spending watchdog.\n\n\
        The operator was criticised for the delay by the port authority.";
    let f = run(text);
    assert!(
        !f.iter().any(|x| s(text, x.speaker_span) == "Harbour board"),
        "{f:#?}"
    );
    let a = get(text, &f, "The board ignored repeated warnings");
    assert_eq!(
        s(text, a.speaker_span),
        "a report by the public spending watchdog"
    );
}

#[test]
fn bare_weekdays_and_credit_lines() {
    let text = "Crane fault found\n\n\
        The port authority revealed Tuesday the crane's brakes had failed.\n\n\
        Anna Berg reported from Rotterdam, and Tom Lind from Antwerp.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(s(text, Some(f[0].content)), "the crane's brakes had failed");
}
