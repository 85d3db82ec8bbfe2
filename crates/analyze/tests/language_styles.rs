//! Whole articles in French, Spanish, Italian, Portuguese, German, Russian
//! and English house styles, written for these tests: speakers named after
//! their role ("le PDG de la SNCF, Jean-Pierre Farandou"), "selon lui" /
//! "segundo ela" / "nach seinen Angaben" / "по его словам", subject pronouns,
//! sentences pointing back ("Lo ha annunciato X", "Об этом сообщил X"),
//! datelines, names with particles, space- and dot-grouped thousands,
//! weekdays with modal futures, and the places and bodies of each language.

use newsfacts_model::{Article, EntityType};

fn analyzed(lang: &str, published: &str, text: &str) -> Article {
    let mut a = Article::new("t");
    a.language = Some(lang.into());
    a.published = Some(published.into());
    a.text = text.into();
    newsfacts_analyze::analyze(&mut a);
    a
}

/// The resolved speaker of the statement whose quote starts with `start`.
fn speaker<'a>(a: &'a Article, start: &str) -> Option<&'a str> {
    a.statements
        .iter()
        .find(|s| s.quote.starts_with(start))
        .unwrap_or_else(|| panic!("no statement {start:?} in {:#?}", a.statements))
        .speaker
        .as_deref()
}

fn entity(a: &Article, name: &str) -> EntityType {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", a.entities))
        .kind
}

fn quantity(a: &Article, text_start: &str) -> f64 {
    a.quantities
        .iter()
        .find(|q| q.text.starts_with(text_start))
        .unwrap_or_else(|| panic!("no quantity {text_start:?} in {:#?}", a.quantities))
        .value
}

fn date(a: &Article, text: &str) -> String {
    a.dates
        .iter()
        .find(|d| d.text == text)
        .unwrap_or_else(|| panic!("no date {text:?} in {:#?}", a.dates))
        .value
        .clone()
}

const FRENCH: &str = "Grève au port : la régie annule 30 % des traversées\n\n\
La Régie des bacs de Loire a annoncé mardi soir l'annulation de 30 % des traversées prévues \
jeudi. Plus de 12 500 passagers seraient concernés, selon la direction.\n\n\
« Chaque passager sera remboursé », a assuré le PDG de la régie, Jean-Marc Delorme, lors \
d'une conférence de presse à Nantes. Il a ajouté que près de 1 200 agents étaient mobilisés.\n\n\
Le préfet, Hervé Castagne, a estimé que la grève était « disproportionnée » alors que les \
négociations doivent reprendre lundi. Selon lui, les revendications coûteraient environ \
8 millions d'euros par an.\n\n\
« Nous voulons le respect des accords », a déclaré Sylvie Marchand, déléguée syndicale, à \
l'Agence France-Presse (AFP).";

#[test]
fn french_port_strike() {
    // Wednesday 12 March 2025.
    let a = analyzed("fr", "2025-03-12T07:45:00+01:00", FRENCH);
    assert_eq!(speaker(&a, "Chaque passager"), Some("Jean-Marc Delorme"));
    assert_eq!(speaker(&a, "que près de"), Some("Jean-Marc Delorme"));
    assert_eq!(speaker(&a, "les revendications"), Some("Hervé Castagne"));
    assert_eq!(speaker(&a, "Nous voulons"), Some("Sylvie Marchand"));
    let annonce = a
        .statements
        .iter()
        .find(|s| s.cue.as_deref() == Some("annoncé"))
        .expect("annoncé");
    assert!(
        annonce.quote.starts_with("l'annulation"),
        "{}",
        annonce.quote
    );
    assert_eq!(quantity(&a, "Plus de 12 500"), 12_500.0);
    assert_eq!(quantity(&a, "près de 1 200"), 1_200.0);
    assert_eq!(date(&a, "mardi"), "2025-03-11");
    // "prévues jeudi" and "doivent reprendre lundi" look forward.
    assert_eq!(date(&a, "jeudi"), "2025-03-13");
    assert_eq!(date(&a, "lundi"), "2025-03-17");
    assert_eq!(entity(&a, "Sylvie Marchand"), EntityType::Person);
    assert_eq!(entity(&a, "Nantes"), EntityType::Place);
}

const SPANISH: &str = "El Gobierno aprueba un plan de 1.800 millones contra la sequía\n\n\
El Consejo de Ministros aprobó este martes un plan de 1.800 millones de euros contra la \
sequía. La medida incluye ayudas a unos 32.000 agricultores.\n\n\
\"Es el mayor esfuerzo de la historia\", afirmó la ministra de Agricultura, Elena Robles, \
en Zaragoza. Ella explicó que los embalses están al 41 % de su capacidad.\n\n\
El Partido Popular criticó el plan. Según su portavoz, Andrés Lozano, el Gobierno ha \
ignorado las advertencias de los regantes.";

#[test]
fn spanish_drought_plan() {
    // Tuesday 16 July 2024.
    let a = analyzed("es", "2024-07-16T12:10:00+02:00", SPANISH);
    assert_eq!(speaker(&a, "Es el mayor"), Some("Elena Robles"));
    assert_eq!(speaker(&a, "que los embalses"), Some("Elena Robles"));
    // After "Según su portavoz, Andrés Lozano," the content starts.
    assert_eq!(
        speaker(&a, "el Gobierno ha ignorado"),
        Some("Andrés Lozano")
    );
    // "1.800 millones" is 1,800 million, not 1.8 million.
    assert_eq!(quantity(&a, "1.800 millones"), 1.8e9);
    assert_eq!(quantity(&a, "unos 32.000"), 32_000.0);
    assert_eq!(date(&a, "este martes"), "2024-07-16");
    assert_eq!(entity(&a, "Zaragoza"), EntityType::Place);
}

const ITALIAN: &str = "Maltempo, evacuate 900 persone\n\n\
RAVENNA - Oltre 900 persone sono state evacuate nella notte in Romagna. \"La situazione è \
critica\", ha dichiarato il presidente della Provincia, Marco de Santis, durante un \
sopralluogo a Faenza. Secondo de Santis, i danni superano i 40 milioni di euro.\n\n\
Il ministro Paolo Ferri ha annunciato che il governo dichiarerà lo stato di emergenza.";

#[test]
fn italian_flood() {
    let a = analyzed("it", "2023-11-03T18:20:00+01:00", ITALIAN);
    assert_eq!(speaker(&a, "La situazione"), Some("Marco de Santis"));
    assert_eq!(speaker(&a, "i danni superano"), Some("Marco de Santis"));
    // "de Santis" is the same person, and "Secondo" no part of any name.
    assert!(
        a.entities.iter().all(|e| !e.name.starts_with("Secondo")),
        "{:#?}",
        a.entities
    );
    let person = a
        .entities
        .iter()
        .find(|e| e.name == "Marco de Santis")
        .expect("person");
    assert_eq!(person.mentions.len(), 2);
    assert_eq!(entity(&a, "Faenza"), EntityType::Place);
    assert!(
        a.entities.iter().all(|e| e.name != "Oltre"),
        "{:#?}",
        a.entities
    );
    assert_eq!(quantity(&a, "40 milioni"), 4e7);
}

const PORTUGUESE: &str = "Desmatamento cai 25% em um ano\n\n\
O desmatamento caiu 25% em um ano, segundo dados divulgados nesta quarta-feira pelo \
Instituto Nacional de Pesquisas Espaciais (Inpe).\n\n\
\"É o menor índice desde 2015\", afirmou a ministra do Meio Ambiente, Marina Silva. \
Segundo ela, o governo pretende zerar o desmatamento ilegal até 2030.\n\n\
O diretor do Inpe, Gilvan Sampaio, disse que houve mais de 2 mil alertas no Pará. Ele \
destacou que as queimadas aumentaram. Para o Observatório do Clima, a queda é insuficiente.";

#[test]
fn portuguese_deforestation() {
    // Wednesday 7 August 2024.
    let a = analyzed("pt", "2024-08-07T09:00:00-03:00", PORTUGUESE);
    assert_eq!(speaker(&a, "É o menor"), Some("Marina Silva"));
    assert_eq!(speaker(&a, "o governo pretende"), Some("Marina Silva"));
    assert_eq!(speaker(&a, "que houve"), Some("Gilvan Sampaio"));
    assert_eq!(speaker(&a, "que as queimadas"), Some("Gilvan Sampaio"));
    assert_eq!(quantity(&a, "mais de 2 mil"), 2_000.0);
    assert_eq!(date(&a, "nesta quarta-feira"), "2024-08-07");
    assert_eq!(
        entity(&a, "Observatório do Clima"),
        EntityType::Organization
    );
    assert!(
        a.entities.iter().all(|e| e.name != "Meio Ambiente"),
        "{:#?}",
        a.entities
    );
}

#[test]
fn english_according_to_him_and_party_titles() {
    let text = "Ferry talks stall\n\n\
The head of the ferry workers' union, Tom Beckett, called the strike \"unavoidable\". \
According to him, talks will resume on Monday.\n\n\
Republican Secretary of State Jon Husted said he would appeal. Why do I care? Husted \
did not say.";
    let a = analyzed("en", "2025-03-12T07:45:00+00:00", text);
    assert_eq!(speaker(&a, "talks will resume"), Some("Tom Beckett"));
    assert_eq!(speaker(&a, "he would appeal"), Some("Jon Husted"));
    assert!(
        a.entities.iter().all(|e| e.name != "do I"),
        "{:#?}",
        a.entities
    );
}

const WIRE_SPANISH: &str = "La inflación se modera al 2,7 % en enero\n\n\
Sevilla, 30 ene (EFE).- La inflación interanual se moderó en enero hasta el 2,7 %, según el \
dato adelantado publicado este jueves por el Instituto Nacional de Estadística (INE).\n\n\
La ministra de Hacienda, Lucía Ferrer, aseguró que la cifra \"confirma la tendencia\" y \
señaló que los alimentos bajaron un 1,1 %.\n\n\
El Banco de España prevé que la inflación cierre el año en torno al 2 %.";

#[test]
fn spanish_wire_dateline_agent_and_coordinated_cue() {
    let a = analyzed("es", "2026-01-30T10:00:00+01:00", WIRE_SPANISH);
    // The agency dateline is no part of the content; the body that
    // published the figure is the source.
    assert_eq!(
        speaker(&a, "La inflación interanual"),
        Some("Instituto Nacional de Estadística")
    );
    assert_eq!(speaker(&a, "que la cifra"), Some("Lucía Ferrer"));
    // "y señaló que …": the same speaker's second statement.
    assert_eq!(speaker(&a, "que los alimentos"), Some("Lucía Ferrer"));
    assert_eq!(
        speaker(&a, "que la inflación cierre"),
        Some("Banco de España")
    );
}

const ITALIAN_POLITICS: &str = "Ponte, il cantiere slitta al 2028\n\n\
ROMA - L'apertura del cantiere slitta al 2028. Lo ha annunciato ieri il ministro dei \
Trasporti, Carlo Neri, al termine di un vertice a Palazzo Chigi.\n\n\
\"Abbiamo tutte le autorizzazioni\", ha spiegato Neri, aggiungendo che il costo resta di \
12 miliardi di euro.\n\n\
Per il Wwf, invece, l'opera \"è inutile\". Secondo l'associazione ambientalista, oltre 1.500 \
ettari sarebbero a rischio.\n\n\
Il sindaco di Messina, Anna Greco, ha detto di essere \"fiduciosa\" e ha ricordato che la \
città aspetta il ponte da decenni.";

#[test]
fn italian_clitic_gerund_org_anaphor_and_coordination() {
    let a = analyzed("it", "2026-02-14T09:00:00+01:00", ITALIAN_POLITICS);
    // "Lo ha annunciato X": the clitic points back to the sentence before,
    // which is what X announced.
    assert!(
        a.statements
            .iter()
            .all(|s| s.speaker_mention.as_deref() != Some("Lo")),
        "{:#?}",
        a.statements
    );
    assert_eq!(speaker(&a, "L'apertura del cantiere"), Some("Carlo Neri"));
    assert_eq!(speaker(&a, "che il costo"), Some("Carlo Neri"));
    assert_eq!(speaker(&a, "oltre 1.500"), Some("Wwf"));
    assert_eq!(speaker(&a, "di essere"), Some("Anna Greco"));
    assert_eq!(speaker(&a, "che la città"), Some("Anna Greco"));
    assert_eq!(entity(&a, "Palazzo Chigi"), EntityType::Place);
    assert_eq!(entity(&a, "Messina"), EntityType::Place);
    assert!(
        a.entities.iter().all(|e| e.name != "L'apertura"),
        "{:#?}",
        a.entities
    );
}

const FRENCH_LOCAL: &str = "Municipales : la maire sortante rempile\n\n\
« Je serai candidate pour un second mandat », a-t-elle annoncé samedi devant ses soutiens.\n\n\
La maire, Sophie Arnaud, 52 ans, a rappelé que la ville avait créé 1 500 logements sociaux. \
« Ce n'est qu'un début », a-t-elle insisté.";

#[test]
fn french_topic_label_inverted_pronoun_and_age() {
    let a = analyzed("fr", "2026-02-14T18:05:00+01:00", FRENCH_LOCAL);
    // A topic label before the headline's colon is nobody's claim.
    assert!(
        a.statements.iter().all(|s| s.cue.as_deref() != Some(":")),
        "{:#?}",
        a.statements
    );
    let first = a.statements.first().expect("statements");
    assert_eq!(first.quote, "Je serai candidate pour un second mandat");
    // "a-t-elle" before anyone is named: the woman named next.
    assert_eq!(first.speaker.as_deref(), Some("Sophie Arnaud"));
    assert_eq!(speaker(&a, "Ce n'est"), Some("Sophie Arnaud"));
    assert!(
        a.quantities.iter().all(|q| q.value != 52.0),
        "{:#?}",
        a.quantities
    );
    assert_eq!(quantity(&a, "1 500"), 1_500.0);
}

#[test]
fn english_dateline_colon_and_residents_of_a_place() {
    let text = "Council clears Rs 4,200 crore road\n\n\
MUMBAI: The municipal corporation on Tuesday approved a Rs 4,200 crore extension of the \
coastal road, officials said.\n\n\
Residents of Juhu, however, have opposed the project.";
    let a = analyzed("en", "2026-02-10T09:00:00+05:30", text);
    let first = a.statements.first().expect("statements");
    assert_eq!(first.cue.as_deref(), Some("said"));
    assert_eq!(first.speaker_mention.as_deref(), Some("officials"));
    assert!(
        a.statements
            .iter()
            .all(|s| s.speaker.as_deref() != Some("Juhu")),
        "{:#?}",
        a.statements
    );
    assert_eq!(quantity(&a, "Rs 4,200 crore"), 4.2e10);
}

#[test]
fn german_and_russian_possessive_sources_and_back_pointing_openers() {
    let de = "Bahnstreik: Fernverkehr steht still\n\n\
Berlin (dpa) - Betroffen seien rund 80 Prozent der Verbindungen, teilte die Deutsche Bahn mit.\n\n\
Bahn-Personalvorstand Martin Seiler nannte den Streik „völlig unverhältnismäßig“. Nach seinen \
Angaben kostet jeder Streiktag mehr als 25 Millionen Euro.";
    let a = analyzed("de", "2026-03-10T18:00:00+01:00", de);
    // A one-word topic label before the colon is nobody's claim.
    assert!(
        a.statements.iter().all(|s| s.cue.as_deref() != Some(":")),
        "{:#?}",
        a.statements
    );
    assert_eq!(speaker(&a, "den Streik"), Some("Martin Seiler"));
    assert_eq!(speaker(&a, "kostet jeder"), Some("Martin Seiler"));

    let ru = "Новая линия метро\n\n\
В Казани в среду открыли новую линию метрополитена длиной 7,5 километра. Об этом сообщил мэр \
города Ильсур Метшин. По его словам, стоимость строительства составила около 40 млрд рублей.";
    let a = analyzed("ru", "2026-03-12T12:00:00+03:00", ru);
    assert_eq!(speaker(&a, "В Казани в среду"), Some("Ильсур Метшин"));
    assert_eq!(
        speaker(&a, "стоимость строительства"),
        Some("Ильсур Метшин")
    );
    assert_eq!(quantity(&a, "около 40 млрд"), 4e10);
}

#[test]
fn a_role_in_apposition_names_the_later_role_noun() {
    let en = "Wage rise approved\n\n\
The cabinet approved the rise on Thursday, announced the labour minister, Mary Smith.\n\n\
\"It matters,\" said the minister. According to the minister, the rise covers 800,000 workers.";
    let a = analyzed("en", "2026-03-05T10:00:00+00:00", en);
    assert_eq!(speaker(&a, "It matters"), Some("Mary Smith"));
    assert_eq!(speaker(&a, "the rise covers"), Some("Mary Smith"));

    let pt = "Salário mínimo sobe\n\n\
O Conselho aprovou o aumento, anunciou a ministra do Trabalho, Maria Ramalho.\n\n\
\"É importante\", afirmou a governante. Segundo a ministra, a medida abrange 800 mil \
trabalhadores.";
    let a = analyzed("pt", "2026-03-05T10:00:00+00:00", pt);
    assert_eq!(speaker(&a, "É importante"), Some("Maria Ramalho"));
    assert_eq!(speaker(&a, "a medida abrange"), Some("Maria Ramalho"));

    let es = "Programa de vivienda\n\n\
La presidenta Claudia Sheinbaum presentó este lunes un programa de vivienda.\n\n\
\"Vamos a construir casas dignas\", dijo la mandataria en Palacio Nacional.";
    let a = analyzed("es", "2026-03-03T10:00:00-06:00", es);
    assert_eq!(speaker(&a, "Vamos a construir"), Some("Claudia Sheinbaum"));
}

#[test]
fn long_body_names_with_an_acronym_before_the_cue() {
    let fr = "Trams\n\n\
La Société des transports intercommunaux de Bruxelles (STIB) a annoncé lundi la commande \
de 90 nouveaux trams.";
    let a = analyzed("fr", "2026-03-09T10:00:00+01:00", fr);
    let s = a.statements.first().expect("statement");
    assert_eq!(s.cue.as_deref(), Some("annoncé"));
    assert_eq!(s.speaker.as_deref(), Some("STIB"));
    assert!(s.quote.starts_with("la commande"), "{}", s.quote);

    let es = "Competencia\n\n\
La Comisión Nacional de los Mercados y la Competencia (CNMC) ha anunciado que investigará \
el caso.";
    let a = analyzed("es", "2026-03-09T10:00:00+01:00", es);
    assert_eq!(speaker(&a, "que investigará"), Some("CNMC"));
}

#[test]
fn sources_with_a_participle_and_german_verb_second() {
    let fr = analyzed("fr", "2024-03-04", FR_RETRAITES);
    assert_eq!(speaker(&fr, "68 % des Français"), Some("Ifop"));
    assert_eq!(speaker(&fr, "que la réforme serait"), Some("Gérald Martin"));
    // "tout report de l'âge légal": a French noun, not the English cue.
    assert!(
        fr.statements
            .iter()
            .all(|s| s.cue.as_deref() != Some("report"))
    );
    let es = analyzed("es", "2024-03-04", ES_VIVIENDA);
    assert_eq!(speaker(&es, "el precio de la vivienda"), Some("INE"));
    let de = analyzed("de", "2024-03-04", DE_BAHN);
    assert_eq!(
        speaker(&de, "die Sanierung der Strecke"),
        Some("Richard Lutz")
    );
    assert_eq!(
        speaker(&de, "sollen die Arbeiten"),
        Some("Verkehrsministerium")
    );
    let q = de
        .quantities
        .iter()
        .find(|q| q.text.contains("Milliarden"))
        .expect("the cost");
    assert_eq!(q.claimed_by.as_deref(), Some("Richard Lutz"));
}

const FR_RETRAITES: &str = r#"Le ministre défend la réforme des retraites

Lors d'une visite à Lyon lundi, le ministre du Travail, Gérald Martin, a affirmé que la réforme serait « juste et nécessaire ».

Les syndicats, dont la plupart refusent tout report de l'âge légal, ont appelé à une nouvelle journée de grève le 12 mars.

« Nous ne lâcherons rien », a déclaré la secrétaire générale de la CGT, Sophie Binet.

Selon un sondage Ifop publié dimanche, 68 % des Français sont opposés au projet."#;

const ES_VIVIENDA: &str = r#"El Gobierno aprueba el nuevo plan de vivienda

Durante su visita a Sevilla, la ministra de Vivienda, Isabel Rodríguez, aseguró que el plan permitirá construir 180.000 viviendas en cinco años.

Los promotores, muchos de los cuales critican la lentitud de los permisos, pidieron más suelo público.

"Es un paso importante, pero llega tarde", dijo el presidente de la patronal, Juan Antonio Gómez-Pintado.

Según datos del INE publicados este martes, el precio de la vivienda subió un 8,4 % en 2024."#;

const DE_BAHN: &str = r#"Bahn kündigt neue Streckensanierung an

Bei einem Besuch in Köln sagte Bahnchef Richard Lutz am Montag, die Sanierung der Strecke werde rund 1,2 Milliarden Euro kosten.

„Wir müssen jetzt investieren, sonst zahlen wir später doppelt“, sagte Lutz.

Der Fahrgastverband Pro Bahn kritisierte die Pläne als „viel zu spät“.

Nach Angaben des Verkehrsministeriums sollen die Arbeiten bis 2027 abgeschlossen sein."#;

#[test]
fn accented_double_given_names_and_a_german_time_before_the_clause() {
    let a = analyzed(
        "es",
        "2024-03-12",
        "Presupuestos en el aire\n\n\
         «No habrá recortes», dijo la ministra de Hacienda, María Jesús Ortega.\n\n\
         Ortega añadió que el déficit bajará.",
    );
    assert_eq!(speaker(&a, "No habrá recortes"), Some("María Jesús Ortega"));
    let b = analyzed(
        "de",
        "2024-03-12",
        "Haushalt in Not\n\n\
         Der Finanzminister Jonas Albrecht sagte am Montag, die Lage sei ernst.",
    );
    assert!(
        b.statements.iter().any(|s| s.quote == "die Lage sei ernst"),
        "{:#?}",
        b.statements
    );
}
