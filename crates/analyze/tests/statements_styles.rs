//! Attributed statements on invented articles in several house styles.

use newsfacts_analyze::statements::Found;
use newsfacts_model::StatementKind::{self, Direct, Indirect, Mixed};

mod common;
use common::{get, run, s};

fn check(text: &str, found: &[Found], start: &str, kind: StatementKind, speaker: &str, cue: &str) {
    let f = get(text, found, start);
    assert_eq!(f.kind, kind, "kind of {start:?}");
    assert_eq!(f.speaker.as_deref(), Some(speaker), "speaker of {start:?}");
    assert_eq!(s(text, f.cue), cue, "cue of {start:?}");
}

#[test]
fn wire_copy() {
    let text = "Port authority approves harbour expansion\n\n\
        The Kelso port authority approved a $40 million expansion on Tuesday, its chairwoman Maria Lund said.\n\n\
        \"We expect the first ships to berth at the new quay by next spring,\" Lund told reporters on Tuesday.\n\n\
        Environmental groups said the dredging would harm the estuary's salmon.\n\n\
        According to the authority, the project will create 300 jobs.\n\n\
        Local fishermen have long argued that the harbour is too small, a spokesman for the Kelso Fishermen's Association said.";
    let f = run(text);
    check(
        text,
        &f,
        "The Kelso port authority approved",
        Indirect,
        "Maria Lund",
        "said",
    );
    check(
        text,
        &f,
        "We expect the first ships",
        Direct,
        "Maria Lund",
        "told",
    );
    let p = get(text, &f, "the project will create");
    assert_eq!((p.kind, s(text, p.cue)), (Indirect, "According to"));
    assert_eq!(s(text, p.speaker_span), "the authority");
    let g = get(text, &f, "the dredging would harm");
    assert_eq!(g.kind, Indirect);
    assert_eq!(s(text, g.speaker_span), "Environmental groups");
    let h = get(text, &f, "Local fishermen have long argued");
    assert_eq!(
        s(text, h.speaker_span),
        "a spokesman for the Kelso Fishermen's Association"
    );
}

#[test]
fn tabloid_long_quote_across_paragraphs() {
    let text = "Star's fury at neighbour's hedge\n\n\
        Soap star Danny Marsh has hit out at his neighbour. He said: \u{201c}It has been going on for years. I can\u{2019}t see the sea any more.\n\n\
        \u{201c}Every morning I open the curtains and there it is, twelve feet of leylandii.\n\n\
        \u{201c}I\u{2019}ve had enough,\u{201d} the 45-year-old added.\n\n\
        \u{201c}We\u{2019}ve offered to trim it ourselves.\u{201d}\n\n\
        The neighbour declined to comment.";
    let f = run(text);
    check(
        text,
        &f,
        "It has been going on for years",
        Direct,
        "Danny Marsh",
        "said",
    );
    let cont = get(text, &f, "Every morning I open");
    assert_eq!(cont.kind, Direct);
    assert_eq!(cont.speaker.as_deref(), Some("Danny Marsh"));
    assert_eq!(cont.cue, None);
    let last = get(text, &f, "We\u{2019}ve offered");
    assert_eq!(last.speaker.as_deref(), Some("Danny Marsh"));
    assert!(last.speaker_span.is_none() && last.antecedent.is_some());
}

#[test]
fn british_single_quotes() {
    let text = "Minister defends rail timetable\n\n\
        \u{2018}The Victorians\u{2019} railways were never built for this many trains,\u{2019} Transport Secretary Helen Crane said.\n\n\
        \u{2018}Passengers don\u{2019}t want excuses,\u{2019} she added, \u{2018}they want seats.\u{2019}\n\n\
        The secretary insisted the new timetable was \u{2018}working as intended\u{2019} despite 300 cancellations.";
    let f = run(text);
    check(
        text,
        &f,
        "The Victorians\u{2019} railways were never built",
        Direct,
        "Helen Crane",
        "said",
    );
    check(
        text,
        &f,
        "Passengers don\u{2019}t want excuses",
        Direct,
        "Helen Crane",
        "added",
    );
    let second = get(text, &f, "they want seats");
    assert!(second.split_of.is_some());
    assert_eq!(second.speaker.as_deref(), Some("Helen Crane"));
    check(
        text,
        &f,
        "the new timetable was",
        Mixed,
        "Helen Crane",
        "insisted",
    );
}

#[test]
fn german_quotes() {
    let text = "Bürgermeisterin verteidigt Haushalt\n\n\
        \u{201e}Wir müssen sparen, aber nicht bei den Schulen\u{201c}, sagte Bürgermeisterin Anna Keller am Montag.\n\n\
        Die Opposition kritisierte, dass die Stadt zu spät reagiert habe.";
    let f = run(text);
    check(
        text,
        &f,
        "Wir müssen sparen",
        Direct,
        "Anna Keller",
        "sagte",
    );
    let g = get(text, &f, "dass die Stadt");
    assert_eq!(g.kind, Indirect);
    assert_eq!(s(text, g.speaker_span), "Die Opposition");
}

#[test]
fn french_guillemets() {
    let text = "Le maire annonce un nouveau tramway\n\n\
        « Ce projet changera la vie des habitants », a déclaré Paul Martin mardi.\n\n\
        « Nous commencerons les travaux en 2026 », a-t-il ajouté.\n\n\
        Selon la préfecture, le coût dépassera 200 millions d\u{2019}euros.";
    let f = run(text);
    check(
        text,
        &f,
        "Ce projet changera",
        Direct,
        "Paul Martin",
        "déclaré",
    );
    check(
        text,
        &f,
        "Nous commencerons",
        Direct,
        "Paul Martin",
        "ajouté",
    );
    let g = get(text, &f, "le coût dépassera");
    assert_eq!(s(text, g.cue), "Selon");
    assert_eq!(s(text, g.speaker_span), "la préfecture");
}

#[test]
fn pronouns_titles_and_documents() {
    let text = "Senate panel backs bill\n\n\
        Senator Ruth Okafor said on Wednesday that the bill would pass. \u{201c}We have the votes,\u{201d} she said.\n\n\
        The senator also warned that delays would cost \u{201c}billions of dollars.\u{201d}\n\n\
        The Budget Office issued a statement on Thursday. The statement said the estimate was too low.";
    let f = run(text);
    check(
        text,
        &f,
        "that the bill would pass",
        Indirect,
        "Ruth Okafor",
        "said",
    );
    check(text, &f, "We have the votes", Direct, "Ruth Okafor", "said");
    check(
        text,
        &f,
        "that delays would cost",
        Mixed,
        "Ruth Okafor",
        "warned",
    );
    check(
        text,
        &f,
        "the estimate was too low",
        Indirect,
        "Budget Office",
        "said",
    );
}

#[test]
fn no_false_statements_from_scare_quotes_and_apostrophes() {
    let text = "The band\u{2019}s \u{201c}comeback\u{201d} tour starts in the \u{2019}90s venue where the Smiths\u{2019} first gig took place.\n\nTickets cost $40.";
    let f = run(text);
    assert!(f.is_empty(), "{f:#?}");
}

#[test]
fn multibyte_text_never_panics() {
    let text = "„Ünïcödé“ — « ça » ‘’ ” “ \" ' ’ sagte er. 東京 “引用” said 李.\n\n“";
    let f = run(text);
    for x in &f {
        assert!(text.get(x.content.0..x.content.1).is_some());
    }
}

#[test]
fn agency_french_with_selon_and_adverbials() {
    let text = "Le gouvernement promet un compromis\n\n\
        LYON, 3 avril 2025 (AFP) — La ministre de la Santé Claire Dumas a assuré mercredi que l'hôpital rouvrirait « avant l'hiver », selon un communiqué de son cabinet.\n\n\
        « Nous tiendrons parole », a déclaré Mme Dumas devant les soignants.\n\n\
        Le syndicat Sud Santé a indiqué dans un communiqué que les grèves continueraient.";
    let f = run(text);
    // The clause has its own speaker and cue: the "selon" source is where
    // it was said, and the content stops before it.
    let a = get(text, &f, "que l'hôpital rouvrirait");
    assert_eq!(a.speaker.as_deref(), Some("Claire Dumas"));
    assert_eq!(s(text, a.cue), "assuré");
    assert!(s(text, Some(a.content)).ends_with("« avant l'hiver »"));
    assert!(!f.iter().any(|x| s(text, x.cue) == "selon"));
    // The inverted subject ends before the prepositional phrase.
    let b = get(text, &f, "Nous tiendrons parole");
    assert_eq!(s(text, b.speaker_span), "Mme Dumas");
    assert_eq!(b.speaker.as_deref(), Some("Claire Dumas"));
    // "dans un communiqué" is an adverbial: the content starts at "que".
    let c = get(text, &f, "que les grèves continueraient");
    assert_eq!(c.kind, Indirect);
}

#[test]
fn spanish_articles_and_weekdays_before_que() {
    let text = "Huelga en el transporte\n\n\
        El ministro de Transportes, Óscar Puente, afirmó el lunes que el servicio se recuperará en mayo.\n\n\
        Los sindicatos dijeron ayer que mantendrán la huelga. La patronal dijo que no. Los conductores votarán el jueves.";
    let f = run(text);
    let a = get(text, &f, "que el servicio se recuperará");
    assert_eq!(a.speaker.as_deref(), Some("Óscar Puente"));
    // A group named by a common noun is nobody in particular.
    let b = get(text, &f, "que mantendrán la huelga");
    assert_eq!(b.speaker, None);
    assert_eq!(s(text, b.speaker_span), "Los sindicatos");
    // "que no." ends its sentence.
    let c = get(text, &f, "que no");
    assert!(!s(text, Some(c.content)).contains("conductores"));
}

#[test]
fn german_agency_copy() {
    let text = "Land stockt Mittel für Radwege auf\n\n\
        Hannover (dpa) - Niedersachsen gibt in diesem Jahr 80 Millionen Euro für neue Radwege aus. Das kündigte Verkehrsminister Olaf Lies am Montag in Hannover an.\n\n\
        Die ersten Strecken sollten noch im Sommer fertig werden, fügte er hinzu.\n\n\
        Nach Angaben des ADFC fehlen landesweit mehr als 2000 Kilometer Radwege. Laut einer Umfrage des Instituts Infratest fahren 40 Prozent der Befragten täglich Rad.";
    let f = run(text);
    // "Das kündigte X an": the previous sentence, without its dateline.
    let a = get(text, &f, "Niedersachsen gibt in diesem Jahr");
    assert_eq!(a.speaker.as_deref(), Some("Olaf Lies"));
    assert_eq!(s(text, a.cue), "kündigte");
    // "…, fügte er hinzu.": a separable particle after the inverted pronoun.
    let b = get(text, &f, "Die ersten Strecken");
    assert_eq!(b.speaker.as_deref(), Some("Olaf Lies"));
    assert_eq!(s(text, b.cue), "fügte");
    // German sources without a comma, with articles inside.
    let c = get(text, &f, "fehlen landesweit");
    assert_eq!(s(text, c.cue), "Nach Angaben");
    assert_eq!(s(text, c.speaker_span), "des ADFC");
    let d = get(text, &f, "fahren 40 Prozent");
    assert_eq!(
        s(text, d.speaker_span),
        "einer Umfrage des Instituts Infratest"
    );
}

#[test]
fn local_news_groups_and_spokespeople() {
    let text = "Bypass plan approved\n\n\
        The Highways Agency expects that the bypass will open in 2027. A spokesperson for the agency said the first contracts would be signed in June.\n\n\
        Villagers' group Keep Elmsford Green said it was \"disappointed\" by the decision.\n\n\
        A spokesman for the parish council said it would study the plans.";
    let f = run(text);
    // The body speaks through its spokesperson.
    let a = get(text, &f, "the first contracts");
    assert_eq!(a.speaker.as_deref(), Some("Highways Agency"));
    assert_eq!(s(text, a.speaker_span), "A spokesperson for the agency");
    // A plural possessive before a named group; the apostrophe pairs with
    // no quote.
    let b = get(text, &f, "it was \"disappointed\"");
    assert_eq!(b.kind, Mixed);
    assert_eq!(b.speaker.as_deref(), Some("Keep Elmsford Green"));
    // No parish council was named: nobody in particular.
    let c = get(text, &f, "it would study");
    assert_eq!(c.speaker, None);
}

#[test]
fn indian_agency_copy() {
    let text = "Metro line gets funds\n\n\
        Pune, Feb 3 (PTI): The state government will spend Rs 1,200 crore on the second metro line, Chief Minister Eknath Shinde said on Saturday.\n\n\
        \"Work will start in April,\" Shinde told reporters. He further added that 5 lakh commuters would use the line every day.";
    let mut a = newsfacts_model::Article::new("t");
    a.text = text.into();
    newsfacts_analyze::analyze(&mut a);
    // The dateline with its agency is not part of what was said.
    let first = &a.statements[0];
    assert!(
        first.quote.starts_with("The state government will spend"),
        "{first:?}"
    );
    assert_eq!(first.speaker.as_deref(), Some("Eknath Shinde"));
    let added = a
        .statements
        .iter()
        .find(|s| s.quote.contains("lakh"))
        .expect("the added statement");
    assert_eq!(added.speaker.as_deref(), Some("Eknath Shinde"));
    // Crore and lakh multiply; "Rs" is a currency, not a name.
    let values: Vec<(f64, Option<&str>)> = a
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(values, [(1.2e10, Some("INR")), (5e5, None)]);
    assert!(!a.entities.iter().any(|e| e.name == "Rs"));
}

#[test]
fn italian_agency_copy() {
    let text = "Il Comune approva il bilancio\n\n\
        MILANO, 4 marzo 2025 - Il sindaco Giuseppe Sala ha detto ieri che il bilancio da 2 miliardi di euro sarà approvato entro aprile.\n\n\
        Secondo l'Istat, i prezzi sono saliti del 2,1 per cento. La segretaria della Lega lombarda, Anna Rossi, ha criticato il piano: \"Pesa sulle famiglie\", ha dichiarato.";
    let mut a = newsfacts_model::Article::new("t");
    a.text = text.into();
    a.published = Some("2025-03-04".into());
    a.language = Some("it".into());
    newsfacts_analyze::analyze(&mut a);
    let said = a
        .statements
        .iter()
        .find(|s| s.quote.starts_with("che il bilancio"))
        .expect("the mayor's statement");
    assert_eq!(said.speaker.as_deref(), Some("Giuseppe Sala"));
    assert!(
        a.statements
            .iter()
            .any(|s| s.cue.as_deref() == Some("Secondo") && s.speaker.as_deref() == Some("Istat"))
    );
    // A role with an apposed name is that person; the subjectless cue
    // after the quotation makes one statement with the colon frame.
    let q: Vec<_> = a
        .statements
        .iter()
        .filter(|s| s.quote.contains("Pesa sulle famiglie"))
        .collect();
    assert_eq!(q.len(), 1, "{:#?}", a.statements);
    assert_eq!(q[0].quote, "Pesa sulle famiglie");
    assert_eq!(q[0].speaker.as_deref(), Some("Anna Rossi"));
    let dates: Vec<(&str, &str)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("4 marzo 2025", "2025-03-04"),
            ("ieri", "2025-03-03"),
            ("entro aprile", "2025-04")
        ]
    );
    let units: Vec<(f64, Option<&str>)> = a
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(units, [(2e9, Some("EUR")), (2.1, Some("%"))]);
}

#[test]
fn portuguese_agency_copy() {
    let text = "Governo lança programa de habitação\n\n\
        SÃO PAULO, 10 de abril de 2024 — O governador Tarcísio de Freitas anunciou nesta quarta-feira um programa de R$ 5 bilhões para moradias.\n\n\
        \"Ninguém vai ficar sem casa\", disse o governador. Segundo a Secretaria da Habitação, mais de 200 mil famílias serão atendidas. \
        A secretária Marina Lopes afirmou que as obras começarão na segunda-feira.";
    let mut a = newsfacts_model::Article::new("t");
    a.text = text.into();
    a.published = Some("2024-04-10".into());
    a.language = Some("pt".into());
    newsfacts_analyze::analyze(&mut a);
    let find = |start: &str| {
        a.statements
            .iter()
            .find(|s| s.quote.starts_with(start))
            .unwrap_or_else(|| panic!("no {start:?} in {:#?}", a.statements))
    };
    // The time adverbial after the cue is the writer's.
    assert_eq!(
        find("um programa").speaker.as_deref(),
        Some("Tarcísio de Freitas")
    );
    assert_eq!(
        find("Ninguém vai").speaker.as_deref(),
        Some("Tarcísio de Freitas")
    );
    assert_eq!(find("mais de 200 mil").cue.as_deref(), Some("Segundo"));
    assert_eq!(
        find("que as obras").speaker.as_deref(),
        Some("Marina Lopes")
    );
    let dates: Vec<(&str, &str)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("10 de abril de 2024", "2024-04-10"),
            ("nesta quarta-feira", "2024-04-10"),
            ("na segunda-feira", "2024-04-15"),
        ]
    );
    let q: Vec<(f64, Option<&str>)> = a
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref()))
        .collect();
    assert_eq!(q, [(5e9, Some("BRL")), (2e5, None)]);
}

#[test]
fn russian_agency_copy() {
    let text = "Город отремонтирует дороги\n\n\
        Власти города направят 5 млрд рублей на ремонт дорог в этом году, заявил в понедельник мэр Сергей Собянин.\n\n\
        «Работы начнутся в апреле», — подчеркнул он. По данным Росстата, более 2 тысяч километров дорог требуют ремонта.";
    let mut a = newsfacts_model::Article::new("t");
    a.text = text.into();
    a.published = Some("2024-03-13".into());
    a.language = Some("ru".into());
    newsfacts_analyze::analyze(&mut a);
    let first = &a.statements[0];
    // The inverted subject after a time adverbial, without it.
    assert_eq!(first.speaker.as_deref(), Some("Сергей Собянин"));
    assert_eq!(first.speaker_mention.as_deref(), Some("мэр Сергей Собянин"));
    assert!(first.quote.starts_with("Власти города"), "{first:?}");
    let quote = a
        .statements
        .iter()
        .find(|s| s.quote == "Работы начнутся в апреле")
        .expect("the quotation");
    assert_eq!(quote.speaker.as_deref(), Some("Сергей Собянин"));
    assert!(
        a.statements
            .iter()
            .any(|s| s.cue.as_deref() == Some("По данным"))
    );
    let dates: Vec<(&str, &str)> = a
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_str()))
        .collect();
    assert_eq!(
        dates,
        [
            ("в этом году", "2024"),
            ("в понедельник", "2024-03-11"),
            ("в апреле", "2024-04"),
        ]
    );
    let q: Vec<(f64, Option<&str>, Option<&str>)> = a
        .quantities
        .iter()
        .map(|q| (q.value, q.unit.as_deref(), q.qualifier.as_deref()))
        .collect();
    assert_eq!(q, [(5e9, Some("RUB"), None), (2e3, None, Some("более"))]);
}

#[test]
fn interview_turns_and_live_blog_entries() {
    let text = "An interview with the health secretary\n\n\
        Health Secretary Omar Hadid spoke to us on Friday.\n\n\
        Q: Will waiting lists fall?\n\n\
        Hadid: Yes. They will fall by a fifth within two years.\n\n\
        Q: And pay?\n\n\
        A: Nurses will get a fair rise.";
    let f = run(text);
    assert_eq!(f.len(), 2, "{f:#?}");
    check(text, &f, "Yes. They will fall", Direct, "Omar Hadid", ":");
    check(text, &f, "Nurses will get", Direct, "Omar Hadid", ":");
    // Questions are no claims; a title-case label nobody is named by is no
    // turn.
    let text = "Results night\n\nTurnout: 64 per cent, officials said.\n\n\
        The Green candidate for Leeds Central, Ruth Amos, told supporters: \"We are confident.\"";
    let f = run(text);
    assert!(
        !f.iter().any(|x| s(text, x.speaker_span) == "Turnout"),
        "{f:#?}"
    );
    let g = get(text, &f, "We are confident");
    assert_eq!(g.speaker.as_deref(), Some("Ruth Amos"));
}

#[test]
fn relations_shares_and_body_spokespeople() {
    let text = "Flood warning\n\n\
        The Environment Agency issued flood warnings on Monday. Rivers could burst their banks overnight, an agency spokesman said.\n\n\
        Jon Webb was convicted on Friday. The victim's mother said she was relieved, and Webb's lawyer said he would appeal. \
        An overwhelming 70 percent of voters say the sentence is fair.";
    let f = run(text);
    let a = get(text, &f, "Rivers could burst");
    assert_eq!(a.speaker.as_deref(), Some("Environment Agency"));
    // Somebody named by a relation to another person is not that person.
    assert_eq!(get(text, &f, "she was relieved").speaker, None);
    assert_eq!(get(text, &f, "he would appeal").speaker, None);
    // A share of a group is nobody in particular.
    assert_eq!(get(text, &f, "the sentence is fair").speaker, None);
}

#[test]
fn german_descriptions_are_capitalised_common_nouns() {
    let text = "Titel\n\n\
        Innenministerin Nancy Faeser besuchte am Montag Hamburg. Die Ministerin sagte, sie sei zufrieden. \
        Die Gewerkschaften erklärten, sie würden streiken. Der Spiegel berichtete, die Gespräche seien gescheitert.";
    let f = run(text);
    assert_eq!(
        get(text, &f, "sie sei zufrieden").speaker.as_deref(),
        Some("Nancy Faeser")
    );
    assert_eq!(get(text, &f, "sie würden streiken").speaker, None);
    assert_eq!(
        get(text, &f, "die Gespräche").speaker.as_deref(),
        Some("Der Spiegel")
    );
}

#[test]
fn subjectless_and_inverted_romance_cues() {
    let text = "Titulo\n\n\
        La ministra de Sanidad, Mónica García, presentó el plan el lunes.\n\n\
        \"Es un buen acuerdo\", afirmó. \"Lo cumpliremos\", añadió después.\n\n\
        « C'est inacceptable », a réagi la maire de Lyon, Sophie Durand.";
    let f = run(text);
    // The subjectless verb goes on with the last person named.
    check(
        text,
        &f,
        "Es un buen acuerdo",
        Direct,
        "Mónica García",
        "afirmó",
    );
    check(
        text,
        &f,
        "Lo cumpliremos",
        Direct,
        "Mónica García",
        "añadió",
    );
    // An inverted role with its name in apposition, closing the sentence.
    check(
        text,
        &f,
        "C'est inacceptable",
        Direct,
        "Sophie Durand",
        "réagi",
    );
}

#[test]
fn abbreviated_titles_let_descriptions_find_the_person() {
    let text = "Teachers rally\n\n\
        Republican Gov. Eric Holt and legislative leaders avoided criticism of the teachers.\n\n\
        Teachers did not see Holt at the Statehouse on Tuesday.\n\n\
        The governor said he was waiting for a commission report. Det. Sgt. Anna Cole was on duty. The detective said the crowd was calm.";
    let f = run(text);
    assert_eq!(
        get(text, &f, "he was waiting").speaker.as_deref(),
        Some("Eric Holt")
    );
    assert_eq!(
        get(text, &f, "the crowd was calm").speaker.as_deref(),
        Some("Anna Cole")
    );
}

#[test]
fn russian_sources_in_the_genitive_are_named_in_the_nominative() {
    let text = "Заголовок\n\n\
        По словам министра финансов Антона Силуанова, дефицит снизится. \
        По мнению Ольги Петровой, это ошибка. По данным Сергея Викторовича Белова, цены выросли.";
    let f = run(text);
    assert_eq!(
        get(text, &f, "дефицит").speaker.as_deref(),
        Some("Антон Силуанов")
    );
    assert_eq!(
        get(text, &f, "это ошибка").speaker.as_deref(),
        Some("Ольга Петрова")
    );
    assert_eq!(
        get(text, &f, "цены выросли").speaker.as_deref(),
        Some("Сергей Викторович Белов")
    );
}

#[test]
fn occasion_after_an_object_is_the_writers() {
    let text = "Mayor trades barbs with council\n\n\
        Mayor Dana Whitfield attacked the council's budget in a radio interview on Thursday morning.\n\n\
        Councillor Raj Patel rejected the criticism during a hearing Friday.\n\n\
        Whitfield said that the budget would be voted on Monday.";
    let f = run(text);
    let attacked = get(text, &f, "the council's budget");
    assert_eq!(s(text, Some(attacked.content)), "the council's budget");
    assert_eq!(attacked.speaker.as_deref(), Some("Dana Whitfield"));
    let rejected = get(text, &f, "the criticism");
    assert_eq!(s(text, Some(rejected.content)), "the criticism");
    // A clause keeps its own time: it is part of what was said.
    let said = get(text, &f, "that the budget");
    assert_eq!(
        s(text, Some(said.content)),
        "that the budget would be voted on Monday"
    );
}

#[test]
fn labels_before_a_colon_are_no_speakers() {
    let text = "Calendário\n\n\
        ATENÇÃO: Comentários com textos ininteligíveis serão apagados.\n\n\
        WARNING: Graphic content below.\n\n\
        PENCE: Well, look, we will win.";
    let f = run(text);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(s(text, f[0].speaker_span), "PENCE");
}

#[test]
fn russian_present_cues_and_a_surname_in_the_genitive() {
    let text = "Библиотека оцифровала архив\n\n\
        «Каждый раз мы теряли несколько страниц», — рассказывает заведующая отделом Надежда Павловна Егорова.\n\n\
        По словам Егоровой, за первую неделю в библиотеку обратились тридцать человек.";
    let f = run(text);
    check(
        text,
        &f,
        "Каждый раз",
        Direct,
        "Надежда Павловна Егорова",
        "рассказывает",
    );
    check(
        text,
        &f,
        "за первую неделю",
        Indirect,
        "Надежда Павловна Егорова",
        "По словам",
    );
}

#[test]
fn german_sources_inside_the_clause_and_apposed_names() {
    let text = "Strecke wieder in Betrieb\n\n\
        Die Sanierung hat nach Angaben des Verkehrsministeriums rund 38 Millionen Euro gekostet.\n\n\
        Der Bürgermeister von Fennwarden, Klaus Reinecke, sprach von einem „Tag, auf den die Gegend gewartet hat“.\n\n\
        Die Pendlerin Sabine Oltmanns aus Wiesede hat ihre Karte gekauft. „Ich fahre seit Jahren mit dem Auto“, sagte sie.";
    let f = run(text);
    check(
        text,
        &f,
        "Die Sanierung hat",
        Indirect,
        "Verkehrsministerium",
        "nach Angaben",
    );
    check(text, &f, "einem „Tag", Mixed, "Klaus Reinecke", "sprach");
    check(text, &f, "Ich fahre", Direct, "Sabine Oltmanns", "sagte");
}

#[test]
fn interview_turns_under_a_full_name_given_before() {
    let text = "Club owner rules out sale\n\n\
        In an interview with the Evening Post, club owner Martin Haas discusses the stadium.\n\n\
        Evening Post: Will you sell the club?\n\n\
        Martin Haas: No. We will not sell the club.\n\n\
        Evening Post: And the stadium?\n\n\
        Haas: The new stand will be ready by August.";
    let f = run(text);
    let a = get(text, &f, "No. We will not sell the club.");
    assert_eq!(a.speaker.as_deref(), Some("Martin Haas"));
    let b = get(text, &f, "The new stand");
    assert_eq!(b.speaker.as_deref(), Some("Martin Haas"));
    // The interviewer's questions claim nothing.
    assert!(
        !f.iter()
            .any(|x| x.speaker.as_deref() == Some("Evening Post"))
    );
}
