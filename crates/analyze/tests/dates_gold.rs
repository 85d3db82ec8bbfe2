//! Gold tests for dates: German, French and Spanish short stories and
//! English relative expressions, resolved against their publication dates.

use newsfacts_analyze::{dates, entities, quantities, segment};
use newsfacts_model::EntityType;

fn found(text: &str, published: Option<&str>) -> Vec<(String, String)> {
    let v: Vec<(String, String)> = dates::find(text, published)
        .into_iter()
        .map(|d| (text[d.start..d.end].to_string(), d.value))
        .collect();
    println!("{v:?}");
    v
}

fn pairs(v: &[(String, String)]) -> Vec<(&str, &str)> {
    v.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect()
}

// Thursday 12 October 2023.
const GERMAN: &str = "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin mit Präsident Emmanuel Macron über die Energiekrise gesprochen. Das nächste Treffen soll am 3. November 2023 in Paris stattfinden.

Seit 2021 sind die Gaspreise um mehr als 40 Prozent gestiegen. Im Februar hatte die Regierung 200 Milliarden Euro bereitgestellt; gestern kündigte das Finanzministerium weitere Hilfen an. Letztes Jahr waren es 10.000 Anträge.";

#[test]
fn german_story() {
    let v = found(GERMAN, Some("2023-10-12T09:30:00+02:00"));
    assert_eq!(
        pairs(&v),
        [
            ("am Dienstag", "2023-10-10"),
            ("3. November 2023", "2023-11-03"),
            ("Seit 2021", "2021"),
            ("Im Februar", "2023-02"),
            ("gestern", "2023-10-11"),
            ("Letztes Jahr", "2022"),
        ]
    );
    let s = segment::sentences(GERMAN);
    let e = entities::find(GERMAN, &s);
    let kind = |n: &str| e.list.iter().find(|x| x.name == n).map(|x| x.kind);
    assert_eq!(kind("Olaf Scholz"), Some(EntityType::Person));
    assert_eq!(kind("Emmanuel Macron"), Some(EntityType::Person));
    assert_eq!(kind("Berlin"), Some(EntityType::Place));
    assert_eq!(kind("Paris"), Some(EntityType::Place));
    let q = quantities::find(GERMAN, &s, &[], &e);
    let vals: Vec<(f64, Option<&str>)> =
        q.iter().map(|q| (q.q.value, q.q.unit.as_deref())).collect();
    assert_eq!(
        vals,
        [(40.0, Some("%")), (200e9, Some("EUR")), (10000.0, None)]
    );
}

// Friday 9 June 2023.
const FRENCH: &str = "Le président Emmanuel Macron a reçu hier à l'Élysée le chancelier allemand. Les deux dirigeants se retrouveront le 14 juillet à Paris, puis en septembre à Bruxelles.

Selon l'Insee, le chômage a reculé l'année dernière. Depuis 2017, plus de 500 000 emplois ont été créés.";

#[test]
fn french_story() {
    let v = found(FRENCH, Some("2023-06-09"));
    assert_eq!(
        pairs(&v),
        [
            ("hier", "2023-06-08"),
            ("14 juillet", "2023-07-14"),
            ("en septembre", "2023-09"),
            ("l'année dernière", "2022"),
            ("Depuis 2017", "2017"),
        ]
    );
}

// Monday 6 March 2023.
const SPANISH: &str = "El presidente Pedro Sánchez viajó el martes a Bruselas. El 20 de marzo de 2023 se votará la reforma, que el año pasado fue rechazada. Desde 2019 el paro ha bajado.";

#[test]
fn spanish_story() {
    let v = found(SPANISH, Some("2023-03-06"));
    assert_eq!(
        pairs(&v),
        [
            ("el martes", "2023-02-28"),
            ("20 de marzo de 2023", "2023-03-20"),
            ("el año pasado", "2022"),
            ("Desde 2019", "2019"),
        ]
    );
}

// Wednesday 3 January 2024.
const ENGLISH: &str = "The minister resigned yesterday, two days after talks collapsed on Dec. 30. Elections are due on Friday and the new cabinet will meet next month. Prices rose 4% last year and fell in November; three weeks ago the bank cut rates. This week the central bank meets, and a report is expected in March. The treaty, signed on 2016-05-10 and ratified 17.05.2016, took effect in May 2016.";

#[test]
fn english_relative() {
    let v = found(ENGLISH, Some("2024-01-03T12:00Z"));
    assert_eq!(
        pairs(&v),
        [
            ("yesterday", "2024-01-02"),
            ("Dec. 30", "2023-12-30"),
            ("on Friday", "2024-01-05"),
            ("next month", "2024-02"),
            ("last year", "2023"),
            ("in November", "2023-11"),
            ("three weeks ago", "2023-W50"),
            ("This week", "2024-W01"),
            ("in March", "2024-03"),
            ("2016-05-10", "2016-05-10"),
            ("17.05.2016", "2016-05-17"),
            ("May 2016", "2016-05"),
        ]
    );
}

#[test]
fn without_publication_date_only_absolute() {
    let v = found(ENGLISH, None);
    assert_eq!(
        pairs(&v),
        [
            ("2016-05-10", "2016-05-10"),
            ("17.05.2016", "2016-05-17"),
            ("May 2016", "2016-05")
        ]
    );
}

// Thursday 14 March 2024: French bare weekdays, "lundi prochain", a
// participle after "a" and a conditional choosing the direction.
const FRENCH_WIRE: &str = "La ministre a annoncé mardi que le texte serait présenté avant le 30 juin. Les syndicats manifesteront jeudi et se réuniront lundi prochain; ils avaient déjà défilé samedi dernier.";

#[test]
fn french_bare_weekdays_and_tense() {
    let v = found(FRENCH_WIRE, Some("2024-03-14"));
    assert_eq!(
        pairs(&v),
        [
            ("mardi", "2024-03-12"),
            ("30 juin", "2024-06-30"),
            ("jeudi", "2024-03-14"),
            ("lundi prochain", "2024-03-18"),
            ("samedi dernier", "2024-03-09"),
        ]
    );
}

// Thursday 14 March 2024: a Spanish preterite next to the weekday decides,
// not the future verb later in the sentence; "el martes pasado".
const SPANISH_WIRE: &str = "El ministro afirmó el lunes que el Gobierno aprobará la ley el 2 de abril. La oposición votó en contra el martes pasado y protestaría el viernes.";

#[test]
fn spanish_preterite_and_conditional() {
    let v = found(SPANISH_WIRE, Some("2024-03-14"));
    assert_eq!(
        pairs(&v),
        [
            ("el lunes", "2024-03-11"),
            ("2 de abril", "2024-04-02"),
            ("el martes pasado", "2024-03-12"),
            ("el viernes", "2024-03-15"),
        ]
    );
}

// Tuesday 19 November 2019: holidays named after a weekday and plural
// spans ("in the coming days") are no dates.
const RETAIL: &str = "Retailers expect record sales on Black Friday and Cyber Monday (il black Friday in Italy). Prices will fall in the coming days, and the chain will report results next week. Sales rose on Monday.";

#[test]
fn named_days_and_vague_spans() {
    let v = found(RETAIL, Some("2019-11-19"));
    assert_eq!(
        pairs(&v),
        [("next week", "2019-W48"), ("on Monday", "2019-11-18")]
    );
}

// Monday 22 January 2018: a schedule with no verbs; each month-day is the
// nearer one, this spring, not last year's.
const SCHEDULE: &str = "Calendário da Stock Car 2018. 1a etapa: 10 de março – Interlagos. 2a etapa: 8 de abril – Curitiba. Tickets go on sale Dec. 6.";

#[test]
fn month_days_without_tense_take_the_nearer_year() {
    let v = found(SCHEDULE, Some("2018-01-22"));
    assert_eq!(
        pairs(&v),
        [
            ("10 de março", "2018-03-10"),
            ("8 de abril", "2018-04-08"),
            ("Dec. 6", "2017-12-06"),
        ]
    );
}

// Monday 2 September 2024: weekly schedules ("von Montag bis Samstag",
// "Monday through Friday", "du lundi au vendredi") are no dates.
const TIMETABLE: &str = "Die Züge fahren von Montag bis Samstag im Stundentakt. Seit Sonntag rollen wieder Züge. The office is open Monday through Friday. Le musée est ouvert du lundi au vendredi. Sales rose on Monday.";

#[test]
fn weekly_schedules_are_no_dates() {
    let v = found(TIMETABLE, Some("2024-09-02"));
    assert_eq!(
        pairs(&v),
        [("Sonntag", "2024-09-01"), ("on Monday", "2024-09-02")]
    );
}
