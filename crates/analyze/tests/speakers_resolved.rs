//! Speakers resolved to names (or to nobody) on invented passages, one per
//! pattern met while checking a sample of real pages by hand.

mod common;
use common::{get, run, s};

#[test]
fn a_pronoun_after_the_sentences_own_subject_is_that_person() {
    let text = "Envoy under scrutiny\n\n\
        Ambassador Peter Lang has said he acted on orders from the capital.\n\n\
        Last week trade official Martin Cole described one of those calls to the panel, saying he recalled it \"vividly.\"";
    let f = run(text);
    let recalled = get(text, &f, "it");
    assert_eq!(s(text, recalled.speaker_span), "he");
    assert_eq!(recalled.speaker.as_deref(), Some("Martin Cole"));
    // The name inside an opening phrase is not the pronoun's subject.
    let text = "Senator looks back\n\n\
        Senator Paul Hart said the race was lost early.\n\n\
        Campaigning against Mark Dunn in 2012, he barely mentioned the budget, he said.";
    let f = run(text);
    let hart = f
        .iter()
        .filter(|x| s(text, x.speaker_span) == "he")
        .map(|x| x.speaker.as_deref())
        .collect::<Vec<_>>();
    assert!(!hart.is_empty(), "{f:#?}");
    assert!(hart.iter().all(|x| *x == Some("Paul Hart")), "{hart:?}");
}

#[test]
fn unnamed_groups_and_descriptions_name_nobody() {
    let text = "Rats smell danger\n\n\
        A group of Swiss scientists showed that rats use these receptors to detect odors.\n\n\
        The doctor subsequently told him to get rid of the feather pillows.\n\n\
        The biggest note was how much fuller the sound appeared.";
    let f = run(text);
    let swiss = get(text, &f, "that rats use");
    assert_eq!(swiss.speaker, None);
    let told = get(text, &f, "him to get rid");
    assert_eq!(s(text, told.speaker_span), "The doctor");
    assert!(
        f.iter()
            .all(|x| !s(text, Some(x.content)).starts_with("was how")),
        "{f:#?}"
    );
}

#[test]
fn an_agency_spokesman_speaks_for_the_agency_not_a_company() {
    let text = "Drug seizures\n\n\
        Customs and Border Protection publishes monthly figures.\n\n\
        Seizures are counted by weight, not by value, an agency spokesman told us.\n\n\
        The company said profits rose.";
    let f = run(text);
    let agency = get(text, &f, "Seizures are counted");
    assert_eq!(
        agency.speaker.as_deref(),
        Some("Customs and Border Protection")
    );
    let company = get(text, &f, "profits rose");
    assert_eq!(company.speaker, None);
}

#[test]
fn a_common_noun_before_plural_sources_is_no_name() {
    let text = "Guards plead not guilty\n\n\
        Defense attorneys said the two were prepared to fight the charges.\n\n\
        Security officials said the airport was closed.\n\n\
        Pentagon officials said the drill went ahead.";
    let f = run(text);
    assert_eq!(get(text, &f, "the two were").speaker, None);
    assert_eq!(get(text, &f, "the airport").speaker, None);
    assert_eq!(
        get(text, &f, "the drill").speaker.as_deref(),
        Some("Pentagon")
    );
}

#[test]
fn an_index_that_added_points_says_nothing() {
    let text = "Stocks close higher\n\n\
        The S&P 500 lost 1.85 points and the Nasdaq Composite added 20.72 points.\n\n\
        \"Markets were calm,\" the strategist Ann Moss added.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].speaker.as_deref(), Some("Ann Moss"));
}

#[test]
fn imperatives_and_gerunds_opening_a_sentence_are_no_names() {
    let text = "Newsletter\n\n\
        Please note that the archive moves to a new address in May.\n\n\
        Breathing tests showed that his lungs could not hold as much air as normal.\n\n\
        Rolling Stone reported details of the reunion tour.";
    let f = run(text);
    assert_eq!(get(text, &f, "that the archive").speaker, None);
    assert_eq!(get(text, &f, "that his lungs").speaker, None);
    assert_eq!(
        get(text, &f, "details of the reunion").speaker.as_deref(),
        Some("Rolling Stone")
    );
}

#[test]
fn the_report_is_the_paper_that_published_it() {
    let text = "Slogan draws ridicule\n\n\
        According to a report in the Prairie Ledger of Elk Point, Gov. Dana Holt launched the campaign on Monday.\n\n\
        The report says a Chicago ad agency came up with the slogan.\n\n\
        A 2014 study found that such campaigns rarely work.";
    let f = run(text);
    assert_eq!(
        get(text, &f, "Gov. Dana Holt launched").speaker.as_deref(),
        Some("Prairie Ledger")
    );
    assert_eq!(
        get(text, &f, "a Chicago ad agency").speaker.as_deref(),
        Some("Prairie Ledger")
    );
    // An indefinite document is a new one: nobody named.
    assert_eq!(get(text, &f, "that such campaigns").speaker, None);
}

#[test]
fn adding_or_claiming_a_thing_is_no_statement() {
    let text = "Hockey roundup\n\n\
        Brad Kovac added three assists to lead Boston. The family claimed the body and left town.\n\n\
        Coach Tim Rees added the team would rest on Sunday. Rees claimed responsibility for the loss.\n\n\
        At least 40 fans were hurt, according to figures released by Boston Police.";
    let f = run(text);
    let starts: Vec<&str> = f.iter().map(|x| s(text, Some(x.content))).collect();
    assert!(
        starts
            .iter()
            .all(|c| !c.starts_with("three assists") && !c.starts_with("the body")),
        "{starts:?}"
    );
    assert_eq!(
        get(text, &f, "the team would rest").speaker.as_deref(),
        Some("Tim Rees")
    );
    assert_eq!(
        get(text, &f, "responsibility").speaker.as_deref(),
        Some("Tim Rees")
    );
    let hurt = get(text, &f, "At least 40 fans");
    assert_eq!(hurt.speaker.as_deref(), Some("Boston Police"));
}

#[test]
fn a_role_then_a_name_after_but_speaks_for_itself() {
    let text = "Hail damage\n\n\
        The growers' association said it was too early to count the losses, but its director, \
        Martin Hale, estimated that 20 percent of the crop had been damaged.\n\n\
        The report found the substation needed a $2.1 million upgrade, a cost the city hopes to \
        split with the utility.";
    let f = run(text);
    assert_eq!(
        s(text, Some(get(text, &f, "it was too early").content)),
        "it was too early to count the losses"
    );
    assert_eq!(
        get(text, &f, "that 20 percent").speaker.as_deref(),
        Some("Martin Hale")
    );
    // "hopes to split" has its own infinitive: not a cue for the clause
    // before it.
    assert!(
        f.iter()
            .all(|x| !s(text, Some(x.content)).starts_with("The report found")),
        "{f:#?}"
    );
}

#[test]
fn an_occupation_is_nobody_titled_otherwise() {
    let text = "Derby draw\n\n\
        Manager Steve Cooper insisted his side were unlucky not to win.\n\n\
        The striker said he was gutted.\n\n\
        Lena Dahl scored twice. The striker said the goals were for her mother.";
    let f = run(text);
    let gutted = get(text, &f, "he was gutted");
    assert_eq!(gutted.speaker, None);
    let goals = get(text, &f, "the goals were");
    assert_eq!(goals.speaker.as_deref(), Some("Lena Dahl"));
}

#[test]
fn who_after_a_thing_of_a_person_is_that_person() {
    let text = "Harbour vote\n\n\
        The turning point was the election of Maria Lindqvist, who had promised a second pier.\n\n\
        The co-chairs of the Harbour Board, who met on Monday, said the vote would be held in May.";
    let f = run(text);
    let a = get(text, &f, "a second pier");
    assert_eq!(a.speaker.as_deref(), Some("Maria Lindqvist"));
    let b = get(text, &f, "the vote would be held");
    assert_eq!(b.speaker.as_deref(), Some("Harbour Board co-chairs"));
}

#[test]
fn a_place_and_a_title_are_not_a_speaker_titled_otherwise() {
    let text = "Foundation row\n\n\
        The state campaign chairman, Phil Lovas, said he had not seen the letter.\n\n\
        The New York state attorney general said the foundation must stop.";
    let f = run(text);
    let a = get(text, &f, "the foundation must stop");
    assert_eq!(a.speaker, None);
}

#[test]
fn gendered_pronouns_skip_groups_and_parts_of_groups_name_nobody() {
    let text = "Budget vote\n\n\
        Senator Anna Kovacs opened the debate.\n\n\
        Republicans said the budget was reckless.\n\n\
        She acknowledged that mistakes had been made.\n\n\
        Many in Springfield fear that the cuts will close schools.";
    let f = run(text);
    let a = get(text, &f, "that mistakes");
    assert_eq!(a.speaker.as_deref(), Some("Anna Kovacs"));
    let b = get(text, &f, "that the cuts");
    assert_eq!(s(text, b.speaker_span), "Many in Springfield");
    assert_eq!(b.speaker, None);
    // "cut its growth forecast": a compound noun, no cue.
    let text = "The bank cut its growth forecast to 1.2 percent.";
    assert!(run(text).is_empty(), "{:#?}", run(text));
}

#[test]
fn a_possessive_name_is_no_sentence_subject() {
    let text = "Debate night\n\n\
        Moderator Paul Reyes opened the debate.\n\n\
        Reyes's colleague Tom Lind drew criticism after he said the question was fair.";
    let f = run(text);
    let a = get(text, &f, "the question was fair");
    assert_eq!(a.speaker.as_deref(), Some("Tom Lind"));
}

#[test]
fn judge_and_justice_name_the_same_office() {
    let text = "Files stay sealed\n\n\
        State Supreme Court Justice Frank Nervo ruled on Thursday.\n\n\
        The judge said the public interest did not outweigh privacy.";
    let f = run(text);
    let a = get(text, &f, "the public interest");
    assert_eq!(a.speaker.as_deref(), Some("Frank Nervo"));
}

#[test]
fn a_family_member_by_given_name_takes_the_family_name() {
    let text = "Campaign trail\n\n\
        Senator Paul Reyes spoke in Toledo on Monday.\n\n\
        His wife Laura said the race was close.";
    let f = run(text);
    let a = get(text, &f, "the race was close");
    assert_eq!(a.speaker.as_deref(), Some("Laura Reyes"));
}

#[test]
fn a_family_member_named_elsewhere_in_the_article() {
    let text = "Divorce files\n\n\
        Carlos Lopez and Maria Lopez divorced in 1992.\n\n\
        Carlos Lopez said the files should stay sealed. His ex-wife said she agreed.";
    let f = run(text);
    let a = get(text, &f, "she agreed");
    assert_eq!(a.speaker.as_deref(), Some("Maria Lopez"));
}

#[test]
fn central_european_given_names_tell_the_gender() {
    let text = "Court ruling\n\n\
        Tomasz Nowak and Agnieszka Nowak divorced in 2010.\n\n\
        The businessman said the files should stay sealed. His ex-wife said she agreed.";
    let f = run(text);
    let a = get(text, &f, "she agreed");
    assert_eq!(a.speaker.as_deref(), Some("Agnieszka Nowak"));
}

#[test]
fn a_family_member_when_his_points_to_someone_else() {
    let text = "Files stay sealed\n\n\
        Lawyers for Tomasz Nowak and Agnieszka Nowak opposed the request.\n\n\
        Judge Frank Hale said the files would stay sealed.\n\n\
        The businessman argued that the law protects divorce files.\n\n\
        His ex-wife said she agreed.";
    let f = run(text);
    let a = get(text, &f, "she agreed");
    assert_eq!(a.speaker.as_deref(), Some("Agnieszka Nowak"));
}

#[test]
fn she_skips_a_man_named_in_her_sentence() {
    let text = "Forum on security\n\n\
        Senator Maria Okafor stressed her support of the raid that killed Osama bin Laden and \
        said she has the steadiness the job needs.\n\n\
        Justice Antonin Scalia was mentioned too. \u{201c}We will win,\u{201d} she said.";
    let f = run(text);
    let a = get(text, &f, "she has the steadiness");
    assert_eq!(a.speaker.as_deref(), Some("Maria Okafor"), "{f:#?}");
    let b = get(text, &f, "We will win");
    assert_eq!(b.speaker.as_deref(), Some("Maria Okafor"), "{f:#?}");
}

#[test]
fn a_possessed_document_speaks_for_its_owner() {
    let text = "Divorce files stay sealed\n\n\
        Lawyers for Marta Vinter filed papers opposing the request. She said she should not \
        have to give up her privacy.\n\n\
        Her submission to the court noted reports that the marriage had ended in 1990. \
        His lawyer declined to comment.";
    let f = run(text);
    let a = get(text, &f, "reports that the marriage");
    assert_eq!(s(text, a.speaker_span), "Her submission to the court");
    assert_eq!(a.speaker.as_deref(), Some("Marta Vinter"));
    // A possessed person is someone else, unnamed.
    let b = get(text, &f, "to comment");
    assert_eq!(b.speaker, None);
}

#[test]
fn a_pronoun_after_a_name_in_apposition_to_the_subject() {
    let text = "Talk show\n\n\
        Last week the host Ron Ashby welcomed a panel. His guest, the actress and activist \
        Nadia Solano, was emotional as she called for the ratification of the treaty.";
    let f = run(text);
    let a = get(text, &f, "the ratification of the treaty");
    assert_eq!(s(text, a.speaker_span), "she");
    assert_eq!(a.speaker.as_deref(), Some("Nadia Solano"));
}

#[test]
fn a_website_or_a_document_speaks_for_its_owner() {
    let text = "Rumours about the mayor\n\n\
        The blog Harbour Watch published a post on Monday about the mayor's health. \
        The website claimed that the mayor had collapsed twice.\n\n\
        A document on the Green Harbor Party's website said the mayor would resign.\n\n\
        A memo from the Port Authority said the cranes would stop on Friday.\n\n\
        The Ruiz campaign released a new ad on Tuesday. The spot says the mayor \
        \"failed the harbour.\"";
    let f = run(text);
    let site = get(text, &f, "that the mayor had collapsed");
    assert_eq!(s(text, site.speaker_span), "The website");
    assert_eq!(site.speaker.as_deref(), Some("Harbour Watch"));
    let doc = get(text, &f, "the mayor would resign");
    assert_eq!(doc.speaker.as_deref(), Some("Green Harbor Party"));
    let memo = get(text, &f, "the cranes would stop");
    assert_eq!(memo.speaker.as_deref(), Some("Port Authority"));
    let spot = get(text, &f, "the mayor \"failed");
    assert_eq!(s(text, spot.speaker_span), "The spot");
    assert!(
        spot.speaker.as_deref().is_some_and(|n| n.contains("Ruiz")),
        "{spot:?}"
    );
}

#[test]
fn they_after_an_unnamed_group_is_nobody_named() {
    let text = "Voter rolls in court\n\n\
        The Harbour Gazette reported that the state purged 40,000 names.\n\n\
        Voting rights advocates have expressed deep concern about the policy. \
        They cite the 2000 election, when thousands were wrongly purged.";
    let f = run(text);
    let they = get(text, &f, "the 2000 election");
    assert_eq!(s(text, they.speaker_span), "They");
    assert_eq!(they.speaker, None, "{they:?}");
}

#[test]
fn a_titled_name_inside_a_clause_introduces_nobody() {
    let text = "Climate plans\n\n\
        President Tom Baker leaves a legacy of rules. \
        \"It will be first-order business,\" Mr. Lee said.\n\n\
        But Mrs. Ruiz will face the same partisan fire Mr. Baker has. \
        He noted that, like him, Mrs. Ruiz had been pilloried in coal country.\n\n\
        Mr. Lee praised Dan Justice, a coal owner. A Democrat, Mr. Justice is running \
        for governor. Through a spokesman, he declined to comment.";
    let f = run(text);
    let noted = get(text, &f, "that, like him");
    assert_eq!(noted.speaker.as_deref(), Some("Lee"), "{noted:?}");
    let declined = get(text, &f, "to comment");
    assert_eq!(
        declined.speaker.as_deref(),
        Some("Dan Justice"),
        "{declined:?}"
    );
}

#[test]
fn relatives_sharing_a_surname_stay_apart() {
    // A second full name with the same surname is a different person.
    let text = "Family feud\n\n\
        Marta Voss opened the new library on Monday.\n\n\
        Later, Anton Voss said that the building had cost too much.";
    let f = run(text);
    let anton = get(text, &f, "that the building");
    assert_eq!(s(text, anton.speaker_span), "Anton Voss");
    assert_eq!(anton.speaker.as_deref(), Some("Anton Voss"));
    // "Mrs." never points to the man of the family named last.
    let text = "Clean air plan\n\n\
        Helen Garrow leads the race. An aide to former Governor Bill Garrow praised the plan.\n\n\
        Mrs. Garrow has embraced the approach, promising to meet the state's targets.";
    let f = run(text);
    let promise = get(text, &f, "to meet the state");
    assert_eq!(promise.speaker.as_deref(), Some("Helen Garrow"));
    // A possessive "her" right after a bare surname picks the woman.
    let text = "Hidden illness\n\n\
        Questions about Helen Garrow's health keep coming, her former doctor says.\n\n\
        Dr. Ann Lutz, the physician of former Governor Bill Garrow, said that in 1998 Garrow allowed her staff to hide a blood clot.\n\n\
        Garrow noted the clot in her 2003 memoir.";
    let f = run(text);
    let noted = get(text, &f, "the clot in");
    assert_eq!(noted.speaker.as_deref(), Some("Helen Garrow"));
}

#[test]
fn a_relative_that_after_a_noun_speaks_for_it() {
    let text = "Money race\n\n\
        Marco Bellini is funding Future Forward, a super PAC that intends to flood the state with negative ads.\n\n\
        Officials in the states that may not want to chip in stayed silent.";
    let f = run(text);
    let pac = get(text, &f, "to flood the state");
    assert_eq!(s(text, pac.speaker_span), "that");
    assert_eq!(pac.speaker.as_deref(), Some("Future Forward"));
    // A complementiser "that" before a gerund is no subject.
    let text = "Diet study\n\n\
        Researchers at Lund University found that adding exercise to a routine could prevent binge eating.";
    let f = run(text);
    assert!(
        f.iter().all(|x| s(text, x.speaker_span) != "that"),
        "{f:#?}"
    );
}

#[test]
fn connectives_and_yet_keep_the_main_subject() {
    let text = "Energy talk\n\n\
        On Thursday, however, Tom Reyes spoke to a gathering of drilling executives, promising to lift environmental rules.\n\n\
        Reyes demands openness from the governor, yet refuses to release his own tax records.";
    let f = run(text);
    let promise = get(text, &f, "to lift environmental");
    assert_eq!(promise.speaker.as_deref(), Some("Tom Reyes"));
    let refuses = get(text, &f, "to release his own");
    assert_eq!(refuses.speaker.as_deref(), Some("Tom Reyes"));
}

#[test]
fn a_party_nominee_and_a_paper_short_form_point_back() {
    // "The Republican nominee" after the candidate spoke is the candidate.
    let text = "Candidate vows buildup\n\n\
        Dana Whitlock made the pledge at a conference in Herndon, Virginia on Monday. She said the army had grown weak.\n\n\
        The Republican nominee also vowed to punish leakers.";
    let f = run(text);
    let vow = get(text, &f, "to punish leakers");
    assert_eq!(vow.speaker.as_deref(), Some("Dana Whitlock"));
    // "The Times" is the paper named before, though the text also speaks
    // of "hard times".
    let text = "Tax story\n\n\
        Based on a Daily Sentinel Times article, Senator Ray Ortiz said he wants to close four loopholes.\n\n\
        The Times on Saturday wrote that the developer had claimed a large loss.\n\n\
        The town went through hard times in the 1980s.";
    let f = run(text);
    let wrote = get(text, &f, "that the developer");
    assert_eq!(wrote.speaker.as_deref(), Some("Daily Sentinel Times"));
}

#[test]
fn openers_and_places_do_not_speak() {
    // A participle phrase opening the sentence is not the subject.
    let text = "Plan revised\n\n\
        Chastened by the analyses, as well as complaints over its cost, Omar Haddad revised his plan, promising to focus on families.";
    let f = run(text);
    let promise = get(text, &f, "to focus on families");
    assert_eq!(promise.speaker.as_deref(), Some("Omar Haddad"));
    // "… Democrats on Capitol Hill, who have argued": not the place.
    let text = "Strategy shift\n\n\
        The change is likely to placate nervous Democrats on Capitol Hill, who have argued that the attacks help candidates down the ballot.";
    let f = run(text);
    let argued = get(text, &f, "that the attacks");
    assert_ne!(argued.speaker.as_deref(), Some("Capitol Hill"));
}

#[test]
fn a_party_candidate_is_the_person_named_last() {
    let text = "Leave plan\n\n\
        Economist Rhea Patel said the outline left questions open.\n\n\
        The team has said families would qualify under Walter Brenner's broader child-care plan. The GOP candidate proposes letting parents deduct the cost of care.\n\n\
        Nora Quill spoke in Ohio. Brenner spoke in Iowa. The Democratic nominee attacked her opponent as a fraud.";
    let f = run(text);
    let proposes = get(text, &f, "letting parents");
    assert_eq!(proposes.speaker.as_deref(), Some("Walter Brenner"));
    let attacked = get(text, &f, "her opponent");
    assert_eq!(attacked.speaker.as_deref(), Some("Nora Quill"));
}

#[test]
fn an_owner_in_a_description_is_not_the_body_meant() {
    let text = "Markets slip\n\n\
        \"We remain sceptical of a quick recovery,\" said Ridge Harbor Equities.\n\n\
        An extended slowdown could hurt the market, the brokerage said.\n\n\
        Photo app Lumio is owned by Pixelcorp Inc. But the Pixelcorp-owned company has also encouraged some users to convert their accounts.\n\n\
        One Boston-based trade expert said that the tariffs would have to go.";
    let f = run(text);
    let brokerage = get(text, &f, "An extended slowdown");
    assert_eq!(brokerage.speaker.as_deref(), Some("Ridge Harbor Equities"));
    let owned = get(text, &f, "some users");
    assert_ne!(owned.speaker.as_deref(), Some("Pixelcorp Inc."));
    assert_ne!(owned.speaker.as_deref(), Some("Pixelcorp"));
    let expert = get(text, &f, "that the tariffs");
    assert_eq!(expert.speaker, None);
}

#[test]
fn long_titles_after_said_and_former_staff() {
    // An adverb and a participle after a possessive stay in the phrase.
    let text = "Office firm cuts jobs\n\n\
        Job cuts will be announced later this week, said Deskly's newly appointed chief executive Mara Lind.";
    let f = run(text);
    let cuts = get(text, &f, "Job cuts");
    assert_eq!(cuts.speaker.as_deref(), Some("Mara Lind"));
    // People who left a body do not speak for it.
    let text = "Network row\n\n\
        Orbit News covered the vote. Several former Orbit News journalists have complained that they were not given a free hand.";
    let f = run(text);
    let complained = get(text, &f, "that they were not");
    assert_eq!(complained.speaker, None);
}

#[test]
fn members_plurals_and_new_in_a_coordinated_name() {
    let text = "Harbour records\n\n\
        The New York Times and the Gannett newspaper chain said the harbour records should be public.\n\n\
        When my mother, Olive Hart, heard the news, she was angry. Birchers viewed the port as a threat.\n\n\
        \u{201c}Thank God,\u{201d} she said.";
    let f = run(text);
    let a = get(text, &f, "the harbour records should be public");
    assert!(
        a.speaker
            .as_deref()
            .is_some_and(|n| n.starts_with("New York Times")),
        "{:?}",
        a.speaker
    );
    // A plural of members is no person a "she" points back to.
    let b = get(text, &f, "Thank God");
    assert_eq!(b.speaker.as_deref(), Some("Olive Hart"));
}

#[test]
fn a_given_name_apposed_to_a_description_ending_in_a_body() {
    let text = "Harbour deals\n\n\
        His former business partner at Lenox, Lawrence B. Cummings, called him a master of harbour deals.\n\n\
        The head of the ferry union at Acme, Maria Holt, said the deal was fair.";
    let f = run(text);
    let a = get(text, &f, "him a master of harbour deals");
    assert_eq!(a.speaker.as_deref(), Some("Lawrence B. Cummings"));
    let b = get(text, &f, "the deal was fair");
    assert_eq!(b.speaker.as_deref(), Some("Maria Holt"));
}

#[test]
fn a_place_in_apposition_is_no_name() {
    let text = "Ferry plan\n\n\
        The mayor of Springfield, Illinois, said the ferry plan was dead.";
    let f = run(text);
    let a = get(text, &f, "the ferry plan was dead");
    assert_ne!(a.speaker.as_deref(), Some("Illinois"));
    assert_eq!(s(text, a.speaker_span), "The mayor of Springfield");
}

#[test]
fn a_description_is_the_holder_of_its_title_named_just_after() {
    let text = "Flu cases climb in the north\n\n\
        The state health commissioner said that the outbreak could spread to schools before the holidays.\n\n\
        Commissioner Maria Delgado told reporters on Tuesday that clinics would open longer hours.";
    let f = run(text);
    let a = get(text, &f, "that the outbreak");
    assert_eq!(s(text, a.speaker_span), "The state health commissioner");
    assert_eq!(a.speaker.as_deref(), Some("Maria Delgado"));
    // A former office-holder is not the one holding it now.
    let text = "Budget row\n\n\
        The former governor said the plan would fail.\n\n\
        Governor Tom Reyes, who took office in March, has defended it.";
    let f = run(text);
    let b = get(text, &f, "the plan would fail");
    assert_eq!(s(text, b.speaker_span), "The former governor");
    assert_eq!(b.speaker, None);
}

#[test]
fn coordinated_names_speak_together() {
    let text = "Harbour deal\n\n\
        Ingrid Solberg and Mateo Alvarez said the deal was overdue.\n\n\
        The mayor met Chen Wei and Laila Haddad, who said talks would resume in May.\n\n\
        Dr. Ana Ruiz of the Department of Health and Human Services says the risk continues.\n\n\
        Federal Maritime and Customs Services said it was reviewing the permits.";
    let f = run(text);
    let a = get(text, &f, "the deal was overdue");
    assert_eq!(
        a.speaker.as_deref(),
        Some("Ingrid Solberg and Mateo Alvarez")
    );
    let b = get(text, &f, "talks would resume");
    assert_eq!(s(text, b.speaker_span), "who");
    assert_eq!(b.speaker.as_deref(), Some("Chen Wei and Laila Haddad"));
    // An "and" inside a body's name after "of" joins no speakers.
    let c = get(text, &f, "the risk continues");
    assert_eq!(c.speaker.as_deref(), Some("Ana Ruiz"));
    let d = get(text, &f, "it was reviewing");
    assert_eq!(
        d.speaker.as_deref(),
        Some("Federal Maritime and Customs Services")
    );
}

#[test]
fn a_surname_after_a_pair_is_the_member_not_the_pair() {
    let text = "Veterans forum\n\n\
        Carl Benson and Nora Lindqvist sparred over the budget on Wednesday, saying the other lacked judgment.\n\n\
        Lindqvist, the former senator, stressed her support for the clinic.";
    let f = run(text);
    let a = get(text, &f, "her support for the clinic");
    assert_eq!(s(text, a.speaker_span), "Lindqvist");
    assert_eq!(a.speaker.as_deref(), Some("Nora Lindqvist"));
}

#[test]
fn per_after_a_comma_names_a_source_but_not_a_rate_or_an_italian_purpose() {
    let text = "Club rules\n\n\
        Proxies are barred at the annual meeting, per the club's bylaws.\n\n\
        Tickets cost $5 per person, organisers said.\n\n\
        Il governo ha tagliato le tasse, per favorire i consumi.";
    let f = run(text);
    let a = get(text, &f, "Proxies are barred");
    assert_eq!(s(text, a.cue), "per");
    assert_eq!(s(text, a.speaker_span), "the club's bylaws");
    let b = get(text, &f, "Tickets cost $5 per person");
    assert_eq!(s(text, b.speaker_span), "organisers");
    assert!(
        f.iter()
            .all(|x| !s(text, Some(x.content)).starts_with("Il governo"))
    );
}

#[test]
fn a_pronoun_in_a_relative_clause_about_a_persons_thing_is_that_person() {
    let text = "Radio row\n\n\
        Senator Olav Brandt returned to Oslo on Friday.\n\n\
        Broadcaster Carl Moen said the show would air weekly.\n\n\
        Critics pounced on Mr. Brandt's radio interview, in which he said the toll plan was dead.";
    let f = run(text);
    let a = get(text, &f, "the toll plan was dead");
    assert_eq!(s(text, a.speaker_span), "he");
    assert_eq!(a.speaker.as_deref(), Some("Olav Brandt"));
}

#[test]
fn a_record_by_or_from_a_named_source_speaks_for_it() {
    let text = "Commuting\n\n\
        A 2019 survey by the Pew Research Center found that most workers drive alone.\n\n\
        Data from the 2021 National Travel Survey show that cycling doubled in a decade.\n\n\
        A study by Oxford economist Maria Lund found that tolls cut traffic by a fifth.";
    let f = run(text);
    let a = get(text, &f, "that most workers");
    assert_eq!(s(text, a.speaker_span), "A 2019 survey");
    assert_eq!(a.speaker.as_deref(), Some("Pew Research Center"));
    let b = get(text, &f, "that cycling doubled");
    assert_eq!(b.speaker.as_deref(), Some("National Travel Survey"));
    let c = get(text, &f, "that tolls cut traffic");
    assert_eq!(c.speaker.as_deref(), Some("Maria Lund"));
}

#[test]
fn a_progressive_cue_that_is_also_a_noun_keeps_its_subject() {
    let text = "Flu season\n\n\
        Dr. Lena Vogt is warning that the outbreak could reach schools.\n\n\
        Health officials were warning that clinics could close.";
    let f = run(text);
    let a = get(text, &f, "that the outbreak");
    assert_eq!(s(text, a.speaker_span), "Dr. Lena Vogt");
    assert_eq!(a.speaker.as_deref(), Some("Lena Vogt"));
    let b = get(text, &f, "that clinics could close");
    assert_eq!(s(text, b.speaker_span), "Health officials");
}
