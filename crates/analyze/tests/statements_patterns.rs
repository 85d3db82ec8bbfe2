//! Attribution patterns on invented sentences: frames, cue classes, clause
//! boundaries and speaker resolution (one test per pattern).

use newsfacts_analyze::statements::Found;
use newsfacts_model::StatementKind::{self, Indirect, Mixed};

mod common;
use common::{run, s};

/// The statement whose cue is `cue`.
fn by_cue<'a>(text: &str, found: &'a [Found], cue: &str) -> &'a Found {
    found
        .iter()
        .find(|f| s(text, f.cue) == cue)
        .unwrap_or_else(|| panic!("no statement with cue {cue:?} in {found:#?}"))
}

fn content<'a>(text: &'a str, f: &Found) -> &'a str {
    s(text, Some(f.content))
}

/// The resolved speaker of the statement whose content starts with `start`.
fn speaker_by_start(text: &str, found: &[Found], start: &str) -> Option<String> {
    found
        .iter()
        .find(|x| content(text, x).starts_with(start))
        .and_then(|x| x.speaker.clone())
}

#[test]
fn intention_takes_the_infinitive() {
    let text = "Senator Ann Holt wants to cut the fuel tax by half.";
    let f = run(text);
    let w = by_cue(text, &f, "wants");
    assert_eq!(content(text, w), "to cut the fuel tax by half");
    assert_eq!(w.speaker.as_deref(), Some("Ann Holt"));
    // Without an infinitive an intention verb is no cue.
    let text = "Ann Holt wants a recount.";
    assert!(run(text).is_empty());
}

#[test]
fn speech_act_with_object() {
    let text = "Mayor Tom Reed criticized the budget plan as reckless.";
    let f = run(text);
    let c = by_cue(text, &f, "criticized");
    assert_eq!(content(text, c), "the budget plan as reckless");
    assert_eq!((c.kind, c.speaker.as_deref()), (Indirect, Some("Tom Reed")));
}

#[test]
fn naming_call() {
    let text = "Tom Reed called the proposal \u{201c}a disaster for renters.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "called");
    assert_eq!(c.kind, Mixed);
    assert!(content(text, c).starts_with("the proposal"));
    // "called a meeting" names nothing.
    let text = "Tom Reed called a meeting of the council.";
    assert!(run(text).is_empty());
}

#[test]
fn naming_calls_progressive_long_objects_and_a_second_act() {
    // "is calling" is active ("is called" is not), the object may be long,
    // and "and describe …" is a second speech act, not part of the name.
    let text = "The senator's physician is calling the candidate \u{201c}very fit.\u{201d}\n\n\
        Ana Ruiz has called the closure of rural clinics across the region a betrayal of patients.\n\n\
        Ruiz and Holt call them \u{201c}ghost clinics\u{201d} and describe their budgets as fiction.\n\n\
        She quit after what she called a \u{201c}rant,\u{201d} a series of online postings.";
    let f = run(text);
    let a = by_cue(text, &f, "calling");
    assert_eq!(s(text, a.speaker_span), "The senator's physician");
    let b = by_cue(text, &f, "called");
    assert_eq!(
        content(text, b),
        "the closure of rural clinics across the region a betrayal of patients"
    );
    let c = by_cue(text, &f, "call");
    assert_eq!(content(text, c), "them \u{201c}ghost clinics\u{201d}");
    let d = by_cue(text, &f, "describe");
    assert_eq!(content(text, d), "their budgets as fiction");
    assert_eq!(d.speaker, c.speaker);
    assert!(!f.iter().any(|x| s(text, x.cue) == "postings"), "{f:#?}");
}

#[test]
fn relative_that_is_not_a_complementiser() {
    let text = "Ann Holt called for new rules that protect renters from eviction.";
    let f = run(text);
    let c = by_cue(text, &f, "called for");
    assert_eq!(
        content(text, c),
        "new rules that protect renters from eviction"
    );
    let text = "Ann Holt told reporters on Tuesday that the vote would wait.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "told")),
        "that the vote would wait"
    );
}

#[test]
fn cue_with_a_complement_is_not_post_posed() {
    let text = "Speaking in Leeds on Monday, Ann Holt says the plan is dead.";
    let f = run(text);
    let c = by_cue(text, &f, "says");
    assert_eq!(content(text, c), "the plan is dead");
    assert_eq!(s(text, c.speaker_span), "Ann Holt");
}

#[test]
fn interrupted_indirect_clause() {
    let text = "The old bridge was safe, the county engineer said, until the spring flood came.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(content(text, c), "The old bridge was safe");
    let rest = f
        .iter()
        .find(|x| x.split_of.is_some())
        .unwrap_or_else(|| panic!("no second part in {f:#?}"));
    assert_eq!(content(text, rest), "until the spring flood came");
}

#[test]
fn clause_ends_before_but() {
    let text = "Ann Holt said the count was fair, but the queues were far too long.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "said")),
        "the count was fair"
    );
}

#[test]
fn capitalised_or_determined_cue_words_are_names_or_nouns() {
    let text = "The United States said it would send more aid to the region.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(s(text, c.speaker_span), "The United States");
    let text = "Ann Holt made the pledge at a rally in Leeds.";
    assert!(run(text).iter().all(|x| s(text, x.cue) != "pledge"));
    // A particle makes another verb.
    let text = "The new design is expected to show up in stores next year.";
    assert!(run(text).iter().all(|x| s(text, x.cue) != "show"));
}

#[test]
fn cue_words_after_possessives_or_numerals_are_nouns() {
    let text = "Editor’s note: the mayor regularly skips council meetings.";
    assert!(
        run(text).iter().all(|x| s(text, x.cue) != "note"),
        "{:#?}",
        run(text)
    );
    let text = "Twenty-seven states led by Ohio are challenging the rule in court.";
    assert!(run(text).iter().all(|x| s(text, x.cue) != "states"));
    let text = "Holt’s remarks came a day after the vote.";
    assert!(run(text).iter().all(|x| s(text, x.cue) != "remarks"));
    // A pronoun contraction keeps the verb.
    let text = "Ann Holt spoke on Monday. She’s said that the tax will go.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(c.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn participle_without_an_earlier_cue() {
    let text = "Ann Holt spoke to farmers on Friday, saying that prices would rise.";
    let f = run(text);
    let c = by_cue(text, &f, "saying");
    assert_eq!(content(text, c), "that prices would rise");
    assert_eq!(c.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn evidence_subject_without_that() {
    let text = "New polls show Ann Holt ahead in the race for mayor.";
    let f = run(text);
    let c = by_cue(text, &f, "show");
    assert_eq!(content(text, c), "Ann Holt ahead in the race for mayor");
    // A person's belief still needs a clause marker.
    let text = "Ann Holt believes the plan.";
    assert!(run(text).is_empty());
}

#[test]
fn headline_claim() {
    let text = "Holt: Fuel Tax Cut Is Coming Soon\n\nAnn Holt spoke in Leeds on Monday.";
    let f = run(text);
    let h = f
        .iter()
        .find(|x| x.content.0 < 40)
        .unwrap_or_else(|| panic!("no headline claim in {f:#?}"));
    assert_eq!(s(text, h.speaker_span), "Holt");
    assert_eq!(content(text, h), "Fuel Tax Cut Is Coming Soon");
    assert_eq!(h.kind, Indirect);
    // A label is no speaker.
    let text = "The Latest: Storm Hits the Coast\n\nRain fell all day.";
    assert!(run(text).is_empty());
    let text = "Analysis: Storm Hits the Coast\n\nRain fell all day.";
    assert!(run(text).is_empty());
    // "Poll: …" is a poll's claim, with no name.
    let text =
        "Poll: Voters Sour on Ferry Plan\n\nA new poll of 800 voters was released on Monday.";
    let f = run(text);
    let h = f
        .iter()
        .find(|x| x.content.0 < 40)
        .unwrap_or_else(|| panic!("no headline claim in {f:#?}"));
    assert_eq!(s(text, h.speaker_span), "Poll");
    assert_eq!(h.speaker, None);
    assert_eq!(content(text, h), "Voters Sour on Ferry Plan");
    // "Name Verbs Object: ‘Quote’": the named person speaks the quote.
    let text = "Ann Holt Grills Bank Chief: ‘You Should Step Down’\n\nSenator Ann Holt questioned the bank’s chief on Tuesday.";
    let f = run(text);
    let h = f
        .iter()
        .find(|x| x.content.0 < 60)
        .unwrap_or_else(|| panic!("no headline quote in {f:#?}"));
    assert_eq!(h.speaker.as_deref(), Some("Ann Holt"));
    assert_eq!(content(text, h), "You Should Step Down");
    assert_eq!(h.kind, StatementKind::Direct);
    // "A Lesson From Name: ‘Quote’".
    let text = "A lesson from Ann Holt: ‘Be the voice people hear.’\n\nAnn Holt spoke in Leeds.";
    let f = run(text);
    let h = f
        .iter()
        .find(|x| x.content.0 < 60)
        .unwrap_or_else(|| panic!("no headline quote in {f:#?}"));
    assert_eq!(h.speaker.as_deref(), Some("Ann Holt"));
    assert_eq!(content(text, h), "Be the voice people hear");
}

#[test]
fn split_quote_with_long_trailer() {
    let text = "\u{201c}We will win this seat,\u{201d} Holt said during a rally in Leeds, Yorks., \u{201c}and then we will govern.\u{201d}";
    let f = run(text);
    let second = f
        .iter()
        .find(|x| x.split_of.is_some())
        .unwrap_or_else(|| panic!("no second part in {f:#?}"));
    assert_eq!(content(text, second), "and then we will govern.");
}

#[test]
fn name_before_a_chain_of_appositions() {
    let text = "Mary Blake, 59, of Leeds, who runs a bakery on the high street, said flour prices were too high.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(s(text, c.speaker_span), "Mary Blake");
    assert_eq!(c.speaker.as_deref(), Some("Mary Blake"));
}

#[test]
fn pronoun_agrees_in_gender() {
    let text = "Mary Blake opened the meeting. Later, Tom Reed took the stage.\n\n\
        \u{201c}We are ready for the vote,\u{201d} she said.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("Mary Blake")
    );
}

#[test]
fn honorific_links_to_the_right_person() {
    let text = "Jane Doe and her husband John Doe run the farm.\n\n\
        \u{201c}The harvest was poor,\u{201d} Mr. Doe said.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("John Doe")
    );
}

#[test]
fn party_adjective_is_not_a_name() {
    let text = "Senator Ann Holt spoke first.\n\n\
        \u{201c}This bill is dead,\u{201d} said one Democratic aide.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(c.speaker, None);
}

#[test]
fn title_case_quotation_does_not_continue() {
    let text = "\u{201c}We will appeal,\u{201d} Ann Holt said.\n\n\
        \u{201c}The Long Road Home\u{201d}\n\nThe court sits again in May.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
}

#[test]
fn writer_is_not_a_named_speaker() {
    let text = "Tom Reed ran the campaign.\n\n\
        I tell myself that the vote will be close. My father often said the same.";
    let f = run(text);
    assert!(f.iter().all(|x| x.speaker.is_none()), "{f:#?}");
}

#[test]
fn place_before_a_title_is_a_qualifier() {
    let text = "Senator Ann Holt of Vermont spoke on Monday.\n\n\
        The Vermont senator acknowledged that the bill was late.";
    let f = run(text);
    let c = by_cue(text, &f, "acknowledged");
    assert_eq!(c.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn quote_as_object_after_an_introductory_phrase() {
    let text = "Head\n\nAt a rally in May, Ann Holt attacked \u{201c}the reckless plan of the mayor.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "attacked");
    assert_eq!(c.kind, StatementKind::Direct);
    assert_eq!(content(text, c), "the reckless plan of the mayor.");
    assert_eq!(s(text, c.speaker_span), "Ann Holt");
    // No comma after the introductory phrase.
    let text =
        "Head\n\nIn a radio interview Holt declared \u{201c}The tax is dead. We won.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "declared");
    assert_eq!(content(text, c), "The tax is dead. We won.");
    assert_eq!(s(text, c.speaker_span), "Holt");
}

#[test]
fn as_speaker_put_it() {
    let text =
        "Head\n\nAs Ann Holt, a farmer, recently put it, \u{201c}Rain is our only boss.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "put it");
    assert_eq!(c.kind, StatementKind::Direct);
    assert_eq!(content(text, c), "Rain is our only boss.");
    assert_eq!(c.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn inverted_speaker_after_a_quote_with_a_trailer() {
    let text = "Head\n\n\u{201c}The bridge will open in June,\u{201d} wrote Tom Reed for the Daily Courier.";
    let f = run(text);
    let c = by_cue(text, &f, "wrote");
    assert_eq!(content(text, c), "The bridge will open in June");
    assert!(s(text, c.speaker_span).starts_with("Tom Reed"));
    let text = "Head\n\n\u{201c}We want answers,\u{201d} said 9/11 widow Mary Cole.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(s(text, c.speaker_span), "9/11 widow Mary Cole");
}

#[test]
fn quote_cues_shout_chant_comment_and_article_read() {
    let text = "Head\n\nMarchers crossed the bridge while chanting, \u{201c}No more cuts.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "chanting");
    assert_eq!(content(text, c), "No more cuts.");
    assert_eq!(s(text, c.speaker_span), "Marchers");
    let text =
        "Head\n\nAfter the vote, a neighbour commented: \u{201c}This town deserves better.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "commented");
    assert_eq!(content(text, c), "This town deserves better.");
    let text = "Head\n\n\u{201c}The mill will close by spring,\u{201d} the article read.";
    let f = run(text);
    let c = by_cue(text, &f, "read");
    assert_eq!(s(text, c.speaker_span), "the article");
}

#[test]
fn retired_is_a_title_modifier_not_a_verb() {
    let text = "Head\n\nHolt \u{201c}is the only one who can fix the roads,\u{201d} retired colonel Jim Park said.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(s(text, c.speaker_span), "retired colonel Jim Park");
    assert_eq!(c.speaker.as_deref(), Some("Jim Park"));
}

#[test]
fn quote_before_a_trailer_with_its_own_cue() {
    let text = "Head\n\n\u{201c}We will build the road,\u{201d} she said at a briefing announcing that the county would borrow more.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(c.kind, StatementKind::Direct);
    assert_eq!(content(text, c), "We will build the road");
}

#[test]
fn determined_ing_noun_speaks_and_dash_apposition() {
    let text = "Head\n\n\u{201c}The map is unlawful,\u{201d} said the ruling.";
    let f = run(text);
    assert_eq!(s(text, by_cue(text, &f, "said").speaker_span), "the ruling");
    let text = "Head\n\nTom Reed, the head of Acme -- the firm that runs the depot, which opened in May -- told me, \u{201c}We deliver on time.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "told");
    assert_eq!(content(text, c), "We deliver on time.");
    assert_eq!(c.speaker.as_deref(), Some("Tom Reed"));
}

#[test]
fn split_quote_trailer_with_its_own_cue_and_but() {
    let text = "Head\n\n\u{201c}We cannot pay for this,\u{201d} Holt said, adding later, \u{201c}The fund is empty.\u{201d}";
    let f = run(text);
    let said = by_cue(text, &f, "said");
    assert_eq!(content(text, said), "We cannot pay for this");
    let adding = by_cue(text, &f, "adding");
    assert_eq!(content(text, adding), "The fund is empty.");
    assert!(adding.split_of.is_none());
    assert_eq!(adding.speaker.as_deref(), Some("Holt"));
    let text = "Head\n\n\u{201c}I like the mayor,\u{201d} she said, but \u{201c}his budget is a mess.\u{201d}";
    let f = run(text);
    let second = f
        .iter()
        .find(|x| x.split_of.is_some())
        .unwrap_or_else(|| panic!("no second part in {f:#?}"));
    assert_eq!(content(text, second), "his budget is a mess.");
}

#[test]
fn mojibake_name_stays_one_phrase() {
    let text = "Head\n\n\u{201c}We stand together,\u{201d} President Fran\u{c3}\u{a7}ois Lemaire said Friday.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(content(text, c), "We stand together");
    assert!(s(text, c.speaker_span).ends_with("Lemaire"));
}

#[test]
fn continuation_quote_with_a_short_tail() {
    let text = "Head\n\n\u{201c}The plan is timid,\u{201d} said Ann Holt, an economist. \u{201c}It is not reform. It is basically just a tax increase\u{201d} for the rich.";
    let f = run(text);
    let second = f
        .iter()
        .find(|x| content(text, x) == "It is not reform. It is basically just a tax increase")
        .unwrap_or_else(|| panic!("no continuation in {f:#?}"));
    assert_eq!(second.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn participle_after_an_unframed_cue_word() {
    let text = "Head\n\nAnn Holt dodged the issue and, when questioned after the vote, asserting, \u{201c}Of course I pay my taxes.\u{201d}";
    let f = run(text);
    let c = by_cue(text, &f, "asserting");
    assert_eq!(content(text, c), "Of course I pay my taxes.");
    assert_eq!(c.speaker.as_deref(), Some("Ann Holt"));
}

#[test]
fn vox_pops_take_the_signed_name() {
    let text = "What voters told us\n\nWe asked voters what they think.\n\n\
                Maria Lopez, 34, Phoenix, Ariz.\n\n\
                “I never thought I would vote for a Republican.”\n\n\
                “We need better schools and cheaper rent.” — Rosa Kim, 22, Mesa\n\
                “The border is not the only issue we care about.” ―\u{a0}Luis Alvarez.\n\n\
                “Nobody talks to us until the last month.”\n\n— Dan Ortiz, 61, Yuma\n";
    let f = run(text);
    let speaker_of = |start: &str| speaker_by_start(text, &f, start);
    assert_eq!(
        speaker_of("I never").as_deref(),
        Some("Maria Lopez"),
        "{f:#?}"
    );
    assert_eq!(speaker_of("We need").as_deref(), Some("Rosa Kim"));
    assert_eq!(speaker_of("The border").as_deref(), Some("Luis Alvarez"));
    assert_eq!(speaker_of("Nobody talks").as_deref(), Some("Dan Ortiz"));
    // The writer's "we" names nobody.
    let asked = by_cue(text, &f, "asked");
    assert_eq!(asked.speaker, None);
}

#[test]
fn descriptions_groups_and_indefinites() {
    let text = "Ann Holt toured a plant in Ohio on Friday. \
                The Vermont businesswoman said the tariff would cost jobs.\n\n\
                “We will not back down,” the Republican told supporters.\n\n\
                Secretary General Ban Ki-moon condemned the test.\n\n\
                Later, a review panel found that the plant had broken no rules. \
                They said the inquiry was closed.";
    let f = run(text);
    let speaker_of = |cue: &str| by_cue(text, &f, cue).speaker.clone();
    assert_eq!(speaker_of("said").as_deref(), Some("Ann Holt"), "{f:#?}");
    assert_eq!(speaker_of("told").as_deref(), Some("Ann Holt"));
    assert_eq!(speaker_of("condemned").as_deref(), Some("Ban Ki-moon"));
    // An indefinite phrase is somebody new; "they" needs a group.
    assert_eq!(speaker_of("found"), None);
    let they = f
        .iter()
        .find(|x| s(text, x.speaker_span) == "They")
        .unwrap_or_else(|| panic!("no statement by They in {f:#?}"));
    assert_eq!(they.speaker, None);
}

#[test]
fn shared_surnames_and_named_bodies() {
    let text = "Health law under fire\n\n\
                Former President Bill Clinton criticized the health law in Flint for his wife Hillary Clinton.\n\n\
                “The insurance model doesn’t work here,” Clinton said.\n\n\
                “It’s the craziest thing in the world,” he said.\n\n\
                President Obama spoke later. Michelle Obama joined him. The president said the law works.\n\n\
                The Obama administration said premiums would fall.";
    let f = run(text);
    let by_start = |start: &str| speaker_by_start(text, &f, start);
    assert_eq!(
        by_start("The insurance").as_deref(),
        Some("Bill Clinton"),
        "{f:#?}"
    );
    assert_eq!(
        by_start("It’s the craziest").as_deref(),
        Some("Bill Clinton")
    );
    assert_eq!(by_start("the law works").as_deref(), Some("Obama"));
    assert_eq!(
        by_start("premiums").as_deref(),
        Some("Obama administration")
    );
}

#[test]
fn untyped_surname_speaker_is_a_person() {
    let text = "Turnout worries\n\n\
                Hillary Clinton held a rally in Miami on Monday.\n\n\
                Okafor believes that the campaign took voters for granted.\n\n\
                “They have a big problem,” she said.";
    let f = run(text);
    let said = by_cue(text, &f, "said");
    assert_eq!(said.speaker.as_deref(), Some("Okafor"), "{f:#?}");
}

#[test]
fn bodies_by_description() {
    let text = "Flu season\n\n\
                The Centers for Disease Control recommends that everyone get a flu vaccine.\n\n\
                The UK has urged an end to the violence. The Jordanian government said that it \
                had admitted 1.4 million refugees. The health commission in Beijing said that a \
                man had the plague.\n\n\
                Julian Assange spoke. The Wikileaks founder always argued that he feared extradition.";
    let f = run(text);
    let speaker_of = |cue: &str| by_cue(text, &f, cue).speaker.clone();
    assert_eq!(
        speaker_of("recommends").as_deref(),
        Some("Centers for Disease Control"),
        "{f:#?}"
    );
    assert_eq!(speaker_of("urged").as_deref(), Some("UK"));
    let text2 = "France objected. The French foreign ministry said it regretted the move.";
    let g = run(text2);
    assert_eq!(
        by_cue(text2, &g, "said").speaker.as_deref(),
        Some("French foreign ministry")
    );
    assert_eq!(speaker_of("argued").as_deref(), Some("Julian Assange"));
    let said: Vec<_> = f.iter().filter(|x| s(text, x.cue) == "said").collect();
    assert_eq!(said[0].speaker.as_deref(), Some("Jordanian government"));
    // A different generic head is a different body.
    assert_eq!(said[1].speaker, None);
}

#[test]
fn pronoun_after_a_newly_introduced_subject() {
    let text = "Rocket hearing\n\n\
                “We need a big booster,” Frank Lucas said.\n\n\
                Rep. Robert Aderholt, ranking member of the subcommittee, pushed for more launches.\n\n\
                “Two rockets a year is possible,” he said.\n\n\
                “It depends on the budget,” Lucas replied. Then, on Friday, Anna Ruiz wrote to the \
                panel. “It is too late,” he said.";
    let f = run(text);
    let speaker_of = |start: &str| speaker_by_start(text, &f, start);
    assert_eq!(
        speaker_of("Two rockets").as_deref(),
        Some("Robert Aderholt"),
        "{f:#?}"
    );
    // No sentence-opening person of that gender: the last speaker.
    assert_eq!(speaker_of("It is too late").as_deref(), Some("Frank Lucas"));
}

#[test]
fn clause_ends_before_a_trailing_participle() {
    let text = "Ann Holt said she wants to sign up 5 million people, focusing on those under 30.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(content(text, c), "she wants to sign up 5 million people");
    // "including" continues the clause.
    let text = "Ann Holt said the plan covers every county, including the coast.";
    let f = run(text);
    let c = by_cue(text, &f, "said");
    assert_eq!(
        content(text, c),
        "the plan covers every county, including the coast"
    );
}

#[test]
fn evidence_subject_with_a_modifier() {
    let text = "A Harlow College poll released in late August found that 74 percent of voters \
                want the tax cut.";
    let f = run(text);
    let c = by_cue(text, &f, "found");
    assert_eq!(s(text, c.speaker_span), "A Harlow College poll");
    assert_eq!(
        content(text, c),
        "that 74 percent of voters want the tax cut"
    );
    let text =
        "A 2014 study that appeared in a medical journal found that half the advice was wrong.";
    let f = run(text);
    let c = by_cue(text, &f, "found");
    assert_eq!(s(text, c.speaker_span), "A 2014 study");
}

#[test]
fn names_around_bodies_and_opening_quantifiers() {
    let text = "Debates rarely alter a race, noted Dana Voss of NBC.\n\n\
                The race is tight, said NBC’s Dana Voss.\n\n\
                Another study found that sleep matters.\n\n\
                The California Governor's Office of Emergency Services said the fires were contained.";
    let f = run(text);
    let speaker_of = |cue: &str| by_cue(text, &f, cue).speaker.clone();
    assert_eq!(speaker_of("noted").as_deref(), Some("Dana Voss"), "{f:#?}");
    assert_eq!(speaker_of("found"), None);
    let said: Vec<_> = f.iter().filter(|x| s(text, x.cue) == "said").collect();
    assert_eq!(said[0].speaker.as_deref(), Some("Dana Voss"));
    assert_eq!(
        said[1].speaker.as_deref(),
        Some("California Governor's Office of Emergency Services")
    );
}

#[test]
fn title_case_headline_cues() {
    let text = "Mayor Holt Vows To Cut The Fuel Tax\n\nAnn Holt spoke in Leeds on Monday.";
    let f = run(text);
    let c = by_cue(text, &f, "Vows");
    assert_eq!(content(text, c), "To Cut The Fuel Tax");
    // On such lines a bare form is a name part, not a verb.
    let text = "Intro line here.\n\nSamsung Galaxy Note Ten Plus For Sale\n\nA: Bleacher Report, Uber Eats\n";
    assert!(run(text).is_empty(), "{:#?}", run(text));
    // Capitalised cue words in ordinary sentences stay names or nouns.
    let text = "The United States said it would send aid.";
    assert!(run(text).iter().all(|x| s(text, x.cue) != "States"));
}

#[test]
fn name_in_apposition_to_a_description() {
    let text = "Acme Corp cut 300 jobs.\n\n\
                Its spokesman, John Smith, said the cuts were necessary.\n\n\
                In Kentucky, the Democratic candidate, Andy Beshear — whose father was governor — \
                promised to protect Medicaid.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("John Smith"),
        "{f:#?}"
    );
    assert_eq!(
        by_cue(text, &f, "promised").speaker.as_deref(),
        Some("Andy Beshear")
    );
}

#[test]
fn shops_are_no_antecedents() {
    let text = "Andrew met Virginia Giuffre in 2001, she says.\n\n\
                \"Going to Pizza Express in Woking is unusual for me,\" Andrew said.\n\n\
                \"I remember it distinctly,\" he said.";
    let f = run(text);
    let last = f
        .iter()
        .find(|x| content(text, x).starts_with("I remember"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(last.speaker.as_deref(), Some("Andrew"));
}

#[test]
fn the_company_is_the_organisation_named_last() {
    let text = "Analysts expect Nimbus Corp to bid for the contract. \
                The company declined to confirm that it had submitted a proposal.\n\n\
                Union members met later. The union said that talks had stalled.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "declined").speaker.as_deref(),
        Some("Nimbus Corp"),
        "{f:#?}"
    );
    // "the union" names no organisation that was never mentioned.
    assert_eq!(by_cue(text, &f, "said").speaker, None);
}

#[test]
fn a_conjoined_clause_with_its_own_cue_is_a_second_statement() {
    let text = "Mayor Ines Tovar said the levy would pass easily, though she noted \
                turnout could be low.\n\n\
                Councillor Piet Roos said the vote would be close \u{2014} and he warned \
                that a recount was likely.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "said")),
        "the levy would pass easily"
    );
    let noted = by_cue(text, &f, "noted");
    assert_eq!(content(text, noted), "turnout could be low");
    assert_eq!(noted.speaker.as_deref(), Some("Ines Tovar"));
    let warned = by_cue(text, &f, "warned");
    assert_eq!(content(text, warned), "that a recount was likely");
    assert_eq!(warned.speaker.as_deref(), Some("Piet Roos"));
    assert!(
        f.iter()
            .any(|x| content(text, x) == "the vote would be close")
    );
}

#[test]
fn a_quotation_after_a_colon_belongs_to_the_clause_subject() {
    let text = "Sen. Maria Okafor scolded the chief executive: \u{201c}You misled \
                every one of your customers,\u{201d} she said. \u{201c}That is fraud.\u{201d}";
    let f = run(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].kind, StatementKind::Direct);
    assert_eq!(
        content(text, &f[0]),
        "You misled every one of your customers"
    );
    assert_eq!(f[0].speaker.as_deref(), Some("Maria Okafor"));
    assert_eq!(s(text, f[0].speaker_span), "Sen. Maria Okafor");
    assert_eq!(f[1].speaker.as_deref(), Some("Maria Okafor"));
}

#[test]
fn relative_and_concessive_clauses_open_a_subject() {
    let text = "Reporters replayed the interview, in which he said he had never met the \
                donor. Though she conceded the plan was costly, Ms. Arden kept it.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "said")),
        "he had never met the donor"
    );
    assert!(f.iter().any(|x| s(text, x.cue) == "conceded"), "{f:#?}");
}

#[test]
fn initialisms_and_adverbs_before_the_cue() {
    let text = "The S.E.C. said it would widen its inquiry. \
                Lena Marsh now says she opposes the merger.";
    let f = run(text);
    let said = by_cue(text, &f, "said");
    assert_eq!(s(text, said.speaker_span), "The S.E.C.");
    assert_eq!(content(text, said), "it would widen its inquiry");
    let says = by_cue(text, &f, "says");
    assert_eq!(says.speaker.as_deref(), Some("Lena Marsh"));
    assert_eq!(content(text, says), "she opposes the merger");
}

#[test]
fn beliefs_without_that_need_a_clause() {
    let text = "Dr. Omar Haddad believes the new vaccine will be ready by spring. \
                Dr. Haddad expects regulators to approve it quickly. \
                Dr. Haddad believes in hard work.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "believes")),
        "the new vaccine will be ready by spring"
    );
    assert_eq!(
        content(text, by_cue(text, &f, "expects")),
        "regulators to approve it quickly"
    );
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn an_object_ends_before_an_apposition_or_the_next_verb() {
    let text = "Governor Lee Park acknowledged the cost of the flood \u{2014} a figure \
                his rivals dispute. Ms. Dunn declined the offer and has since left the board.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "acknowledged")),
        "the cost of the flood"
    );
}

#[test]
fn talking_about_a_topic() {
    let text = "Governor Rita Palm railed against the toll increase. \
                She later spoke about her plans for the harbour. \
                Palm spoke at a rally in Dunmore.";
    let f = run(text);
    let railed = by_cue(text, &f, "railed");
    assert_eq!(content(text, railed), "the toll increase");
    assert_eq!(railed.speaker.as_deref(), Some("Rita Palm"));
    assert_eq!(
        content(text, by_cue(text, &f, "spoke")),
        "her plans for the harbour"
    );
    // Speaking somewhere says nothing.
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn a_quotation_continues_past_a_topic_trailer() {
    let text = "\u{201c}Voters are tired,\u{201d} said Jon Vik, speaking of the polls. \
                \u{201c}They want answers.\u{201d}";
    let f = run(text);
    let last = f.last().unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(content(text, last), "They want answers.");
    assert_eq!(last.speaker.as_deref(), Some("Jon Vik"));
    assert_eq!(last.split_of, Some(0), "{f:#?}");
}

#[test]
fn quoted_titles_are_no_statements() {
    let text = "In her 2019 book, \u{201c}Saving for the Long Haul,\u{201d} Ms. Ruiz \
                suggested starting with small amounts.\n\n\
                \u{201c}We will rebuild,\u{201d} said Abel Moss.\n\n\
                \u{2018}Legend in the Coal Fields.\u{2019}";
    let f = run(text);
    let suggested = by_cue(text, &f, "suggested");
    assert_eq!(content(text, suggested), "starting with small amounts");
    assert!(
        !f.iter().any(|x| content(text, x).contains("Legend")),
        "{f:#?}"
    );
}

#[test]
fn a_leading_conjunction_is_the_writers() {
    let text = "But the new levy, she added, would hurt small farms.";
    let f = run(text);
    assert_eq!(content(text, &f[0]), "the new levy");
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(content(text, &f[1]), "would hurt small farms");
}

#[test]
fn a_subordinate_clause_ends_before_the_main_clause() {
    let text = "As Mayor Ana Voss talked about the budget, Councillor Ed Lim stressed \
                that taxes would not rise.";
    let f = run(text);
    assert_eq!(content(text, by_cue(text, &f, "talked")), "the budget");
    let stressed = by_cue(text, &f, "stressed");
    assert_eq!(content(text, stressed), "that taxes would not rise");
    assert_eq!(stressed.speaker.as_deref(), Some("Ed Lim"));
}

#[test]
fn negated_auxiliaries_before_the_cue() {
    let text = "Dr. Ina Berg doesn't believe the trial will end soon.";
    let f = run(text);
    let b = by_cue(text, &f, "believe");
    assert_eq!(b.speaker.as_deref(), Some("Ina Berg"));
    assert_eq!(content(text, b), "the trial will end soon");
}

#[test]
fn passive_cues_credit_the_agent() {
    let text = "The leak was first reported by The Harbour Gazette. \
                Senator Lia Mend is expected to resign. \
                A spokesman for Lia Mend did not respond to requests for comment.\n\n\
                Additional reporting by Tom Ash.";
    let f = run(text);
    let r = by_cue(text, &f, "reported");
    assert_eq!(content(text, r), "The leak");
    assert_eq!(s(text, r.speaker_span), "The Harbour Gazette");
    // Without an agent, the expectation is claimed by nobody named.
    let e = by_cue(text, &f, "expected");
    assert_eq!(content(text, e), "Senator Lia Mend is expected to resign");
    assert_eq!(e.speaker, None);
    assert_eq!(e.speaker_span, None);
    // Not answering a request for comment is a statement of its own; the
    // credit line is none.
    let n = by_cue(text, &f, "respond");
    assert_eq!(content(text, n), "to requests for comment");
    assert_eq!(s(text, n.speaker_span), "A spokesman for Lia Mend");
    assert_eq!(f.len(), 3, "{f:#?}");
}

#[test]
fn an_absolute_with_phrase_ends_the_content() {
    let text = "Polling averages show Mayor Kim with a narrow lead, with one survey \
                showing her ahead by 4 points.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "show")),
        "Mayor Kim with a narrow lead"
    );
}

#[test]
fn relative_who_speaks_for_the_phrase_before_it() {
    let text = "\u{201c}The numbers add up,\u{201d} said Tom Kamin, who stressed that the plan \
                was modest. Mayor Rui Sousa was defensive about a builder who said he was \
                never paid, saying, \u{201c}The work was poor.\u{201d}";
    let f = run(text);
    let stressed = by_cue(text, &f, "stressed");
    assert_eq!(s(text, stressed.speaker_span), "who");
    assert_eq!(stressed.speaker.as_deref(), Some("Tom Kamin"));
    assert_eq!(content(text, stressed), "that the plan was modest");
    // The participle belongs to the main clause, not to the relative one.
    assert_eq!(
        speaker_by_start(text, &f, "The work").as_deref(),
        Some("Rui Sousa"),
        "{f:#?}"
    );
}

#[test]
fn weekdays_and_pronouns_before_the_cue() {
    let text = "Ms. Ora Lind on Tuesday said the port would reopen. \
                In an interview with the network KTV he blasted the decision.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("Ora Lind")
    );
    let blasted = by_cue(text, &f, "blasted");
    assert_eq!(s(text, blasted.speaker_span), "he");
    assert_eq!(content(text, blasted), "the decision");
}

#[test]
fn a_cue_with_a_colon_introduces_the_next_paragraph() {
    let text = "The mayor, Ana Ruiz, spoke first.\n\n\
                In a statement, the Harbour Authority said:\n\n\
                \u{201c}We reject the claims. They are baseless.\u{201d}\n\n\
                Commentator Rob Vale added:\n\n\
                And from a front-runner, this reeks of fear.";
    let f = run(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(f[0].kind, StatementKind::Direct);
    assert_eq!(
        content(text, &f[0]),
        "We reject the claims. They are baseless."
    );
    assert_eq!(f[0].speaker.as_deref(), Some("Harbour Authority"));
    assert_eq!(f[1].kind, Indirect);
    assert_eq!(
        content(text, &f[1]),
        "And from a front-runner, this reeks of fear."
    );
    assert_eq!(f[1].speaker.as_deref(), Some("Rob Vale"));
}

#[test]
fn anonymous_sources_with_modifiers() {
    let text = "People familiar with the matter said the deal was close. \
                A source close to the campaign said the ad would run. \
                Officials briefed on the plan said it was final.";
    let f = run(text);
    assert_eq!(f.len(), 3, "{f:#?}");
    assert_eq!(s(text, f[1].speaker_span), "A source close to the campaign");
    assert_eq!(s(text, f[2].speaker_span), "Officials briefed on the plan");
    // Nobody is named: no speaker, not "People" or "Officials".
    assert!(f.iter().all(|x| x.speaker.is_none()), "{f:#?}");
}

#[test]
fn a_bar_dash_opens_a_clause_and_likenings_take_the_likeness() {
    let text = "As was true for years \u{2015} Mayor Dan Roe boasted, \u{201c}That makes me \
                smart.\u{201d} Another critic, Ida Pohl, likened the rules to \u{201c}burning the \
                charter.\u{201d}";
    let f = run(text);
    let b = by_cue(text, &f, "boasted");
    assert_eq!(
        (b.kind, content(text, b)),
        (StatementKind::Direct, "That makes me smart.")
    );
    let l = by_cue(text, &f, "likened");
    assert_eq!(
        (l.kind, content(text, l)),
        (StatementKind::Direct, "burning the charter.")
    );
    assert_eq!(l.speaker.as_deref(), Some("Ida Pohl"));
}

#[test]
fn long_objects_of_telling_and_think_tanks() {
    let text = "He told an invited crowd at the Union League club that he wants \
                a leaner budget. \u{201c}The plan is unfair,\u{201d} said Carla Dunn, policy \
                director for the Centre for Fair Work, a liberal think tank.";
    let f = run(text);
    assert_eq!(
        content(text, by_cue(text, &f, "told")),
        "that he wants a leaner budget"
    );
    let said = by_cue(text, &f, "said");
    assert_eq!(
        (said.kind, content(text, said)),
        (StatementKind::Direct, "The plan is unfair")
    );
    assert_eq!(said.speaker.as_deref(), Some("Carla Dunn"));
    assert!(!f.iter().any(|x| s(text, x.cue) == "think"), "{f:#?}");
}

#[test]
fn demonym_company_descriptions_and_document_owners() {
    let text = "Volkswagen showed a concept car. The German automaker said it would go on \
                sale in 2022. According to The Verge\u{2019}s review, the car is quiet.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("Volkswagen")
    );
    assert_eq!(
        by_cue(text, &f, "According to").speaker.as_deref(),
        Some("Verge"),
        "{f:#?}"
    );
}

#[test]
fn a_pronoun_after_a_subordinate_clause_naming_a_fitting_person() {
    let text = "\u{201c}This is our favourite work,\u{201d} Michelle Hege said.\n\n\
                While the campaign did not appeal to Julie Graham, a state health officer, \
                she said it had merit.";
    let f = run(text);
    assert_eq!(
        speaker_by_start(text, &f, "it had merit").as_deref(),
        Some("Julie Graham")
    );
}

#[test]
fn noun_cues_after_a_possessor() {
    let text = "Senator Ada Moss spoke first. Contrary to her claim that the budget was \
                balanced, the deficit grew. Voters cheered Trump\u{2019}s repeated promise to \
                cut taxes.\n\n\
                His views on trade are well known. Her plan to cut taxes drew fire.";
    let f = run(text);
    let claim = by_cue(text, &f, "claim");
    assert_eq!(s(text, claim.speaker_span), "her");
    assert_eq!(claim.speaker.as_deref(), Some("Ada Moss"));
    assert_eq!(content(text, claim), "that the budget was balanced");
    let promise = by_cue(text, &f, "promise");
    assert_eq!(promise.speaker.as_deref(), Some("Trump"));
    assert_eq!(content(text, promise), "to cut taxes");
    // No cue without "that"/"to", and none in subject position, where
    // the main verb would run into the content.
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn focus_adverbs_and_relative_who_after_an_object() {
    let text = "Even Norland, the island\u{2019}s only ally, said it was opposed to the test. \
                Senator Ivo Kral endorses Mayor Lena Ost, who says she is honored. \
                Elected officials from both parties say the port will reopen.";
    let f = run(text);
    assert_eq!(by_cue(text, &f, "said").speaker.as_deref(), Some("Norland"));
    assert_eq!(
        content(text, by_cue(text, &f, "endorses")),
        "Mayor Lena Ost"
    );
    let says = by_cue(text, &f, "says");
    assert_eq!(says.speaker.as_deref(), Some("Lena Ost"));
    assert_eq!(content(text, says), "she is honored");
    // A participle opening the sentence names nobody.
    assert_eq!(by_cue(text, &f, "say").speaker, None);
}

#[test]
fn a_quote_before_a_telling_cue_wins_over_a_later_relative_that() {
    let text = "\u{201c}We are in a critical situation,\u{201d} Chancellor Eva Lind told \
                reporters after the meeting that was held on a boat. \
                Seoul accused the North\u{2019}s leader, Kim Jong Un, of \u{201c}fanatic \
                recklessness.\u{201d}";
    let f = run(text);
    let told = by_cue(text, &f, "told");
    assert_eq!(
        (told.kind, content(text, told)),
        (StatementKind::Direct, "We are in a critical situation")
    );
    assert_eq!(told.speaker.as_deref(), Some("Eva Lind"));
    let acc = by_cue(text, &f, "accused");
    assert_eq!(
        (acc.kind, content(text, acc)),
        (StatementKind::Direct, "fanatic recklessness.")
    );
}

#[test]
fn two_short_capitalised_sentences_are_speech_not_a_title() {
    let text = "\u{201c}Here comes the boss,\u{201d} Mara Quint said, clapping. \
                \u{201c}The Mayor. Big Boss.\u{201d}";
    let f = run(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(content(text, &f[1]), "The Mayor. Big Boss.");
    assert_eq!(f[1].speaker.as_deref(), Some("Mara Quint"));
    assert_eq!(f[1].split_of, Some(0));
}

#[test]
fn name_particles_time_phrases_and_spaced_dashes_before_the_cue() {
    let text = "De Vries said that the bridge would reopen. \
                Nordbank just this month announced it would drop the fees. \
                The debate is predictable - Ana J. Soto has vowed to cut the levy. \
                One reason that Soto refuses to publish her returns is unclear.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "said").speaker.as_deref(),
        Some("De Vries")
    );
    assert_eq!(
        by_cue(text, &f, "announced").speaker.as_deref(),
        Some("Nordbank")
    );
    assert_eq!(
        s(text, by_cue(text, &f, "vowed").speaker_span),
        "Ana J. Soto"
    );
    assert_eq!(
        by_cue(text, &f, "refuses").speaker.as_deref(),
        Some("Ana J. Soto")
    );
}

#[test]
fn a_participle_after_a_colon_quotation() {
    let text = "In a statement, Nordcoal said: \u{201c}The mine was a success,\u{201d} adding \
                that its value had doubled.";
    let f = run(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    assert_eq!(content(text, &f[0]), "The mine was a success");
    assert_eq!(content(text, &f[1]), "that its value had doubled");
    assert_eq!(f[1].speaker.as_deref(), Some("Nordcoal"));
}

#[test]
fn raising_verbs_before_the_cue() {
    let text = "General Ivo Ham went on to explain how budget cuts had hurt the army. \
                Ham appeared to suggest that the cuts were deliberate.";
    let f = run(text);
    let explain = by_cue(text, &f, "explain");
    assert_eq!(explain.speaker.as_deref(), Some("Ivo Ham"));
    assert_eq!(content(text, explain), "how budget cuts had hurt the army");
    let suggest = by_cue(text, &f, "suggest");
    assert_eq!(s(text, suggest.speaker_span), "Ham");
    assert_eq!(content(text, suggest), "that the cuts were deliberate");
}

#[test]
fn adverbials_and_negation_before_an_infinitive_and_specific_bodies() {
    let text = "The FBI decided after a lengthy inquiry not to recommend charges. \
                The council decided not to raise the levy.";
    let f = run(text);
    assert_eq!(content(text, &f[0]), "not to recommend charges");
    assert_eq!(f[0].speaker.as_deref(), Some("FBI"));
    assert_eq!(content(text, &f[1]), "not to raise the levy");
    // "the council" is no name for the FBI.
    assert_eq!(f[1].speaker, None, "{f:#?}");
}

#[test]
fn evidence_subjects_open_their_clause_and_as_opposed_to() {
    let text = "He believed the online polls that showed him winning. \
                The rules differ for his wife as opposed to migrants. \
                According to the Gazette, basically. \
                According to the Gazette, \u{201c}nothing changed.\u{201d}";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(content(text, &f[0]), "nothing changed.");
}

#[test]
fn descriptions_and_roles_that_vary_a_name() {
    let text = "Governor Mike Dale says too much is made of the tweets. The Ohio governor said \
                the campaign was fine.\n\n\
                President Ana Ruiz spoke first. \u{201c}We must act,\u{201d} Ms. Ruiz said.\n\n\
                \u{201c}The lesson is clear,\u{201d} Senator Tom Hart said.\n\n\
                In defeat, the president appeared cowed. Campaigning in 2012, she said the \
                issue could wait.\n\n\
                Democrat Hillary Stone spoke in Akron. She said the plan was good.";
    let f = run(text);
    assert_eq!(
        speaker_by_start(text, &f, "the campaign was fine").as_deref(),
        Some("Mike Dale")
    );
    assert_eq!(
        speaker_by_start(text, &f, "the issue could wait").as_deref(),
        Some("Ana Ruiz"),
        "{f:#?}"
    );
    assert_eq!(
        speaker_by_start(text, &f, "the plan was good").as_deref(),
        Some("Hillary Stone")
    );
}

#[test]
fn a_name_before_a_participle_is_its_subject() {
    let text = "The ad uses footage of Mayor Ina Holt asking, \u{201c}Why are we behind?\u{201d}";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].speaker.as_deref(), Some("Ina Holt"));
    assert_eq!(s(text, f[0].speaker_span), "Mayor Ina Holt");
}

#[test]
fn they_after_an_unnamed_group_names_nobody() {
    let text = "Nordauto says the car is a preview.\n\n\
                Analysts expect sales to grow fast. They say prices will fall.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "says").speaker.as_deref(),
        Some("Nordauto")
    );
    assert_eq!(by_cue(text, &f, "say").speaker, None, "{f:#?}");
}

#[test]
fn it_speaks_for_a_body_not_an_event() {
    let text = "Officials at UNICEF opened the Harbour Climate Summit on Monday. \
                It said funding would rise.";
    let f = run(text);
    assert_eq!(by_cue(text, &f, "said").speaker.as_deref(), Some("UNICEF"));
}

#[test]
fn german_and_french_sources_without_a_comma_and_bodies() {
    let text = "Laut Innenministerin Petra Lenz ist die Zahl der Anträge gestiegen. \
                Selon le ministère de la Santé, 300 personnes ont été hospitalisées.";
    let f = run(text);
    let laut = by_cue(text, &f, "Laut");
    assert_eq!(laut.speaker.as_deref(), Some("Petra Lenz"));
    assert_eq!(content(text, laut), "ist die Zahl der Anträge gestiegen");
    assert_eq!(
        by_cue(text, &f, "Selon").speaker.as_deref(),
        Some("ministère de la Santé")
    );
}

#[test]
fn spanish_and_italian_frames() {
    let text = "\"No vamos a subir los impuestos\", dijo el ministro de Hacienda, Luis Mora, \
                el martes. Mora afirmó que la inflación bajará. \
                Según el Instituto Nacional de Estadística, el paro cayó un 2 %.\n\n\
                \"Non possiamo aspettare\", ha detto il ministro Paolo Riva. \
                Secondo l'Istat, la disoccupazione è scesa.";
    let f = run(text);
    let dijo = by_cue(text, &f, "dijo");
    assert_eq!(
        (dijo.kind, dijo.speaker.as_deref()),
        (StatementKind::Direct, Some("Luis Mora"))
    );
    assert_eq!(
        f.iter().filter(|x| s(text, x.cue) == "dijo").count(),
        1,
        "{f:#?}"
    );
    assert_eq!(
        content(text, by_cue(text, &f, "afirmó")),
        "que la inflación bajará"
    );
    assert_eq!(
        by_cue(text, &f, "Según").speaker.as_deref(),
        Some("Instituto Nacional de Estadística")
    );
    assert_eq!(
        by_cue(text, &f, "detto").speaker.as_deref(),
        Some("Paolo Riva")
    );
    assert_eq!(
        by_cue(text, &f, "Secondo").speaker.as_deref(),
        Some("Istat")
    );
}

#[test]
fn british_titles_without_a_period_and_that_less_telling() {
    let text = "Dr Jane Holm told reporters she was not surprised. \
                Mr Reid told the BBC families would pay more.";
    let f = run(text);
    let first = &f[0];
    assert_eq!(first.speaker.as_deref(), Some("Jane Holm"));
    assert_eq!(content(text, first), "she was not surprised");
    assert_eq!(content(text, &f[1]), "families would pay more");
}

#[test]
fn wire_style_datelines_ampersands_and_role_nouns() {
    let text = "TAMPA (AP) \u{2014} A storm cut power to 200,000 homes on Monday, officials \
                said.\n\n\
                Gulf Power & Light spokesman Peter Robb said crews would work overnight. \
                The utility said most homes would have power by Wednesday.\n\n\
                Forecaster Jamie Rhome said the storm was moving slowly.";
    let f = run(text);
    assert_eq!(
        content(text, &f[0]),
        "A storm cut power to 200,000 homes on Monday"
    );
    assert_eq!(
        speaker_by_start(text, &f, "crews").as_deref(),
        Some("Peter Robb")
    );
    assert_eq!(
        speaker_by_start(text, &f, "most homes").as_deref(),
        Some("Gulf Power & Light")
    );
    assert_eq!(
        speaker_by_start(text, &f, "the storm").as_deref(),
        Some("Jamie Rhome")
    );
}

#[test]
fn british_council_and_parliament_titles() {
    let text = "The council leader, Cllr Sarah Pike, said she would \u{2018}not back down\u{2019}.\n\n\
                Local MP Tom Ashby wrote on Facebook: \u{2018}This is a tax on shoppers.\u{2019}";
    let f = run(text);
    assert_eq!(f[0].speaker.as_deref(), Some("Sarah Pike"));
    assert_eq!(
        by_cue(text, &f, "wrote").speaker.as_deref(),
        Some("Tom Ashby")
    );
}

#[test]
fn per_reports_from_a_source_and_notes_to_investors() {
    let text = "Per a report from Bloomberg, the company is struggling with battery life. \
                Tickets cost $5 per person, officials said. \
                Analyst Mina Kuo said in a note to investors that shipments would fall. \
                The launch slipped, according to a person familiar with the matter.";
    let f = run(text);
    assert_eq!(
        by_cue(text, &f, "Per").speaker.as_deref(),
        Some("Bloomberg")
    );
    assert_eq!(
        content(text, by_cue(text, &f, "said")),
        "Tickets cost $5 per person"
    );
    assert_eq!(f.iter().filter(|x| s(text, x.cue) == "Per").count(), 1);
    let note = f
        .iter()
        .find(|x| x.speaker.as_deref() == Some("Mina Kuo"))
        .unwrap_or_else(|| panic!("{f:#?}"));
    assert_eq!(content(text, note), "that shipments would fall");
    let acc = by_cue(text, &f, "according to");
    assert_eq!(
        s(text, acc.speaker_span),
        "a person familiar with the matter"
    );
}
