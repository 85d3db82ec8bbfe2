//! Flattened pages in the house styles of different outlets and languages
//! (invented stories), with what the text extractor must get from them.

use newsfacts_extract::{Options, text};
use newsfacts_model::{Article, Kind};

struct Expect {
    file: &'static str,
    kind: Kind,
    title: Option<&'static str>,
    site: Option<&'static str>,
    published: Option<&'static str>,
    updated: Option<&'static str>,
    authors: &'static [&'static str],
    description: Option<&'static str>,
    starts: &'static str,
    ends: &'static str,
    paragraphs: usize,
    related: &'static [&'static str],
    /// Strings that must not be left in the text.
    absent: &'static [&'static str],
}

const ARTICLE: Expect = Expect {
    file: "",
    kind: Kind::Article,
    title: None,
    site: None,
    published: None,
    updated: None,
    authors: &[],
    description: None,
    starts: "",
    ends: "",
    paragraphs: 0,
    related: &[],
    absent: &[],
};

fn run(file: &str) -> Article {
    let path = format!("{}/tests/fixtures/text/{file}", env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let opts = Options {
        url: Some(format!("https://example.test/{file}")),
        ..Options::default()
    };
    text::extract(file, &page, &opts)
}

fn check(x: &Expect) {
    let a = run(x.file);
    let f = x.file;
    assert_eq!(a.kind, x.kind, "{f}: kind");
    assert_eq!(a.source, f);
    assert_eq!(
        a.url.as_deref(),
        Some(format!("https://example.test/{f}").as_str())
    );
    assert_eq!(a.title.as_deref(), x.title, "{f}: title");
    assert_eq!(a.site.as_deref(), x.site, "{f}: site");
    assert_eq!(a.published.as_deref(), x.published, "{f}: published");
    assert_eq!(a.updated.as_deref(), x.updated, "{f}: updated");
    assert_eq!(a.authors, x.authors, "{f}: authors");
    assert_eq!(a.description.as_deref(), x.description, "{f}: description");
    assert_eq!(
        a.language, None,
        "{f}: language is left to the language module"
    );
    assert!(
        a.text.starts_with(x.starts),
        "{f}: text starts {:?}",
        a.text
    );
    assert!(a.text.ends_with(x.ends), "{f}: text ends {:?}", a.text);
    let paras = if a.text.is_empty() {
        0
    } else {
        a.text.split("\n\n").count()
    };
    assert_eq!(paras, x.paragraphs, "{f}: paragraphs in {:?}", a.text);
    assert!(
        !a.text.contains("\n\n\n"),
        "{f}: one blank line between paragraphs"
    );
    let related: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(related, x.related, "{f}: related");
    for r in x.related {
        assert!(!a.text.contains(r), "{f}: promo {r:?} left in text");
    }
    for s in x.absent {
        assert!(!a.text.contains(s), "{f}: {s:?} left in text");
    }
}

#[test]
fn bbc_like_share_bar_and_related_topics() {
    check(&Expect {
        file: "bbc_like.txt",
        title: Some("Orkney lifeboat crew rescues eleven stranded whale watchers"),
        published: Some("2019-03-03"),
        starts: "A lifeboat crew in Orkney has rescued eleven people",
        ends: "thanked the volunteer crew.",
        paragraphs: 7,
        absent: &[
            "Share this",
            "Image caption",
            "Image copyright",
            "Related Topics",
            "Lifeboats",
            "external links",
            "Facebook",
        ],
        ..ARTICLE
    });
}

#[test]
fn reuters_like_byline_and_trailer() {
    check(&Expect {
        file: "reuters_like.txt",
        title: Some("Copper miners in Chile brace for second week of port strike"),
        published: Some("2019-03-03T14:05"),
        authors: &["Maria Torres", "Daniel Okafor"],
        starts: "SANTIAGO (Reuters) - Copper producers in northern Chile",
        ends: "which have limited capacity.",
        paragraphs: 5,
        absent: &[
            "Reporting by",
            "Editing by",
            "FILE PHOTO",
            "REUTERS/",
            "Min Read",
            "Our Standards",
        ],
        ..ARTICLE
    });
}

#[test]
fn ap_like_dateline_kept_caps_byline() {
    check(&Expect {
        file: "ap_like.txt",
        title: Some("Senate panel advances bill on rural broadband funding"),
        published: Some("2019-03-03"),
        authors: &["Jane Roe", "Mark Dalton"],
        starts: "WASHINGTON (AP) — A Senate committee on Sunday advanced",
        ends: "Associated Press writer Tom Baker in Denver contributed to this report.",
        paragraphs: 6,
        absent: &["Copyright", "All rights reserved", "Follow Jane Roe", "___"],
        ..ARTICLE
    });
}

#[test]
fn guardian_like_last_modified_and_role() {
    check(&Expect {
        file: "guardian_like.txt",
        title: Some("Rare fen orchid returns to Norfolk Broads after 40-year absence"),
        published: Some("2019-03-03T14:05Z"),
        updated: Some("2019-03-03T16:20Z"),
        authors: &["Nadia Khan"],
        description: Some(
            "Volunteers found a cluster of flowering plants in a restored marsh, a sign that decades of conservation work are paying off.",
        ),
        starts: "A rare orchid that disappeared from the Norfolk Broads",
        ends: "blocking ditches and clearing scrub.",
        paragraphs: 5,
        absent: &[
            "Photograph",
            "Alamy",
            "Since you",
            "Share on",
            "Topics",
            "Reuse this content",
        ],
        ..ARTICLE
    });
}

#[test]
fn spiegel_like_german_dateline_and_lesen_sie_auch() {
    check(&Expect {
        file: "spiegel_like.txt",
        title: Some("Pendler müssen sich auf lange Wartezeiten einstellen"),
        published: Some("2019-03-03T14:05"),
        authors: &["Anna Schmidt", "Lukas Berger"],
        starts: "Die Lokführer legen ab Montag den Regionalverkehr",
        ends: "ohne Ergebnis abgebrochen worden.",
        paragraphs: 5,
        related: &["Wie die Bahn ihre Pünktlichkeit verbessern will"],
        absent: &[
            "Lesen Sie auch",
            "Mehr zum Thema",
            "Was Fahrgäste",
            "Anmelden",
            "Uhr\n",
        ],
        ..ARTICLE
    });
}

#[test]
fn lemonde_like_publie_mis_a_jour_and_lire_aussi() {
    check(&Expect {
        file: "lemonde_like.txt",
        title: Some("Les agriculteurs bretons inquiets face à la sécheresse hivernale"),
        published: Some("2019-03-03T14:05"),
        updated: Some("2019-03-03T16:20"),
        authors: &["Marie Dupont"],
        description: Some(
            "Faute de pluie depuis décembre, les nappes phréatiques atteignent des niveaux très bas dans plusieurs départements de l’Ouest.",
        ),
        starts: "Dans les Côtes-d’Armor, les éleveurs regardent le ciel",
        ends: "associations de protection de l’environnement.",
        paragraphs: 4,
        related: &["Les maraîchers du Finistère rationnent déjà l’eau de leurs serres"],
        absent: &[
            "Lire aussi",
            "Partager",
            "abonnés",
            "Temps de Lecture",
            "Sur le même sujet",
        ],
        ..ARTICLE
    });
}

#[test]
fn elpais_like_city_dateline_and_bare_author() {
    check(&Expect {
        file: "elpais_like.txt",
        title: Some("El Ayuntamiento de Madrid amplía los carriles bici del centro histórico"),
        published: Some("2019-03-03T14:05+01:00"),
        authors: &["Lucía Fernández"],
        description: Some(
            "La ciudad sumará 14 kilómetros de vías ciclistas antes del verano, según el plan aprobado este domingo.",
        ),
        starts: "El Ayuntamiento de Madrid aprobó este domingo un plan",
        ends: "alquiler a cinco barrios periféricos.",
        paragraphs: 4,
        related: &["Las ventas de bicicletas eléctricas se disparan en España"],
        absent: &["Leer más", "Archivado", "Trust Project", "CET", "Lucía"],
        ..ARTICLE
    });
}

#[test]
fn russian_genitive_month_and_chitaite_takzhe() {
    check(&Expect {
        file: "russian_like.txt",
        title: Some("В Москве открылась выставка старых трамваев"),
        published: Some("2019-03-03T14:05"),
        authors: &["Иван Петров"],
        starts: "В воскресенье в Москве открылась выставка",
        ends: "вход для посетителей бесплатный.",
        paragraphs: 4,
        related: &["Власти Москвы продлили работу катков до конца марта"],
        absent: &["Читайте", "Теги", "Комментарии", "Реклама", "права"],
        ..ARTICLE
    });
}

#[test]
fn wet_style_menu_cookie_notice_and_site() {
    check(&Expect {
        file: "wet_cookie.txt",
        title: Some("Harbour town votes to keep its Victorian pier"),
        site: Some("The Coastal Herald"),
        published: Some("2019-03-03"),
        authors: &["Tom Baker"],
        starts: "Councillors in Port Ellery have voted",
        ends: "work would start in the autumn.",
        paragraphs: 4,
        absent: &[
            "cookie",
            "Share this",
            "Leave a Reply",
            "Recent Posts",
            "email address",
            "©",
        ],
        ..ARTICLE
    });
}

#[test]
fn cnn_like_updated_only_and_more_promo() {
    check(&Expect {
        file: "cnn_like.txt",
        title: Some("Small towns race to replace aging water pipes before summer"),
        updated: Some("2016-05-10T16:21"),
        authors: &["Jane Doe", "John Roe"],
        starts: "(CNN) Dozens of small towns across the Midwest",
        ends: "have to be found by digging.",
        paragraphs: 5,
        related: &["Lead pipes still serve millions of homes, report finds"],
        absent: &["Watch:", "Paid Content", "Search CNN", "MORE:"],
        ..ARTICLE
    });
}

#[test]
fn italian_hard_wrapped_paragraphs_rejoined() {
    check(&Expect {
        file: "italian_wrapped.txt",
        title: Some("Il lago torna a salire dopo l'inverno secco"),
        published: Some("2019-03-04T09:30"),
        authors: &["Giulia Conti"],
        starts: "Dopo un inverno con pochissime piogge, il livello del lago è tornato a salire nelle ultime",
        ends: "se le piogge primaverili saranno regolari.",
        paragraphs: 3,
        related: &["Il battello del lago riprende le corse serali"],
        absent: &[
            "Leggi anche",
            "Condividi",
            "Articoli correlati",
            "a\nsalire",
        ],
        ..ARTICLE
    });
}

#[test]
fn listing_page_of_teasers() {
    check(&Expect {
        file: "listing_section.txt",
        kind: Kind::Listing,
        ..ARTICLE
    });
}

#[test]
fn chrome_only_page_is_empty() {
    check(&Expect {
        file: "empty_chrome.txt",
        kind: Kind::Empty,
        ..ARTICLE
    });
}

#[test]
fn inline_cases() {
    let opts = Options::default();
    // Published and updated on one line, byline after the date.
    let page = "Published 3 March 2019 at 09:10, updated 4 March 2019 at 11:00 by Jane Doe\n\
        Port reopens after storm damage is repaired\n\
        The harbour reopened to ferries on Monday after engineers repaired the storm-damaged breakwater overnight.\n\
        Officials said freight traffic would resume on Tuesday once the last inspections were complete.\n";
    let a = text::extract("inline", page, &opts);
    assert_eq!(a.kind, Kind::Article);
    assert_eq!(a.published.as_deref(), Some("2019-03-03T09:10"));
    assert_eq!(a.updated.as_deref(), Some("2019-03-04T11:00"));
    assert_eq!(a.authors, ["Jane Doe"]);
    assert_eq!(
        a.title.as_deref(),
        Some("Port reopens after storm damage is repaired")
    );
    assert_eq!(a.text.split("\n\n").count(), 2);

    // Blank-line-separated and not separated paragraphs give the same text.
    let tight = "Title of a short story here\nFirst paragraph is a sentence that is long enough to count as prose here.\nSecond paragraph is also a sentence that is long enough to count as prose.\nThird paragraph closes the story with one more sentence of reasonable length.\n";
    let loose = tight.replace('\n', "\n\n");
    let a = text::extract("t", tight, &opts);
    let b = text::extract("l", &loose, &opts);
    assert_eq!(a.text, b.text);
    assert_eq!(a.text.split("\n\n").count(), 3);
    assert_eq!(a.title.as_deref(), Some("Title of a short story here"));

    // Promos at any case and language, inside the body.
    let page = "Headline of the story for the test\n\
        The first paragraph of the story has enough words to be prose for sure.\n\
        ALSO READ: Another story about something else entirely\n\
        SEE ALSO: Yet another story about other things\n\
        Related: A third story on the same topic\n\
        The second paragraph of the story also has enough words to be prose.\n\
        Read more: A fourth story people might like\n\
        The last paragraph of the story ends the article with a proper sentence.\n";
    let a = text::extract("p", page, &opts);
    let rel: Vec<&str> = a.related.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        rel,
        [
            "Another story about something else entirely",
            "Yet another story about other things",
            "A third story on the same topic",
            "A fourth story people might like",
        ]
    );
    assert_eq!(a.text.split("\n\n").count(), 3);
    assert!(!a.text.contains("READ") && !a.text.contains("Read more"));
}
