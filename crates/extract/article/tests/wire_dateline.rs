//! A wire dateline opening the body stands in for a publication date the
//! page does not declare (invented stories).

use newsfacts_extract::{Format, Options, extract, extract_text, wire_dateline_date};

fn published(text: &str) -> Option<String> {
    extract_text("wire.txt", text, &Options::default()).published
}

#[test]
fn agency_datelines_in_several_languages() {
    let afp = "Réforme des retraites : un compromis avant l'été\n\nPARIS, 14 mars 2024 (AFP) — La ministre du Travail a annoncé mardi un texte de compromis, qui sera présenté aux syndicats avant la fin du mois de juin.\n\nLes syndicats doivent se réunir lundi prochain pour en discuter.";
    assert_eq!(published(afp).as_deref(), Some("2024-03-14"));
    let efe = "Reforma de las pensiones\n\nMADRID, 14 de marzo de 2024 (EFE) – El presidente del Gobierno afirmó el martes que el texto llegará al Congreso antes del verano, según fuentes del Ejecutivo.\n\nLos sindicatos dijeron que estudiarán la propuesta.";
    assert_eq!(published(efe).as_deref(), Some("2024-03-14"));
    let ap = "Ferry service resumes\n\nPORTLAND, Maine, Sept. 3, 2023 (AP) -- The ferry to Peaks Island resumed service on Sunday after a week of repairs, the operator said in a statement to customers.\n\nTickets bought for cancelled crossings will be refunded.";
    assert_eq!(published(ap).as_deref(), Some("2023-09-03"));
}

#[test]
fn no_year_no_dateline_or_a_date_later_in_the_sentence_gives_nothing() {
    // "March 14" without a year cannot stand for a publication date.
    let reuters = "Shares rise\n\nLONDON, March 14 (Reuters) - European shares rose on Thursday as investors bet on lower interest rates, with banks leading the gains across the region.";
    assert_eq!(published(reuters), None);
    // A date inside the first sentence is an event, not a dateline.
    let event = "Bridge reopens\n\nThe bridge that closed on 3 May 2021 after a lorry struck it reopened to traffic yesterday, the council said in a statement on its website.";
    assert_eq!(published(event), None);
    assert!(wire_dateline_date("berlin, 3. Mai 2021 (dpa) - lower case").is_none());
}

#[test]
fn a_declared_date_wins_over_the_dateline() {
    let page = br#"<html lang="en"><head><title>Ferry service resumes</title>
<meta property="article:published_time" content="2023-09-04T08:00:00Z"></head><body><article>
<h1>Ferry service resumes</h1>
<p>PORTLAND, Maine, Sept. 3, 2023 (AP) -- The ferry to Peaks Island resumed service on Sunday after a week of repairs, the operator said in a statement to customers.</p>
<p>Tickets bought for cancelled crossings will be refunded, and the summer timetable stays in force until the end of the month.</p>
</article></body></html>"#;
    let a = extract("page.html", page, Some(Format::Html), &Options::default()).unwrap();
    assert_eq!(a.published.as_deref(), Some("2023-09-04T08:00:00Z"));
    let undated = String::from_utf8_lossy(page).replace(
        r#"<meta property="article:published_time" content="2023-09-04T08:00:00Z">"#,
        "",
    );
    let a = extract(
        "page.html",
        undated.as_bytes(),
        Some(Format::Html),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(a.published.as_deref(), Some("2023-09-03"));
}

#[test]
fn russian_dateline_ends_at_a_full_stop_only_after_a_capitalised_city() {
    let ria = "Школы отремонтируют\n\nМОСКВА, 12 марта 2024 года. Правительство выделит средства на ремонт школ, заявил во вторник премьер-министр.";
    assert_eq!(published(ria).as_deref(), Some("2024-03-12"));
    // A short first sentence ending in a date is an event.
    let event = "Bridge reopens\n\nThe bridge closed on 3 May 2021. It reopened to traffic yesterday, the council said in a statement.";
    assert_eq!(published(event), None);
}
