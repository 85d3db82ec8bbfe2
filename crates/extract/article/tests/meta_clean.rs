//! `clean_title` and `clean_authors` on many bylines and titles.

use newsfacts_extract::html::meta::{clean_authors, clean_title};

#[test]
fn clean_title_strips_site_names() {
    let cases: &[(&str, Option<&str>, &str)] = &[
        (
            "Putin hopes Russia-US cooperation will lead to fundamental changes | RT World News",
            Some("RT"),
            "Putin hopes Russia-US cooperation will lead to fundamental changes",
        ),
        // Unknown site, short suffix, long headline.
        (
            "Putin hopes Russia-US cooperation will lead to fundamental changes | RT World News",
            None,
            "Putin hopes Russia-US cooperation will lead to fundamental changes",
        ),
        (
            "Storm hits coast - BBC News",
            Some("BBC News"),
            "Storm hits coast",
        ),
        (
            "Storm hits coast – The Guardian",
            Some("The Guardian"),
            "Storm hits coast",
        ),
        (
            "Storm hits coast — Guardian",
            Some("The Guardian"),
            "Storm hits coast",
        ),
        (
            "Le Monde :: Grève à la SNCF ce jeudi",
            Some("Le Monde"),
            "Grève à la SNCF ce jeudi",
        ),
        (
            "Grève à la SNCF ce jeudi · Le Monde",
            Some("Le Monde"),
            "Grève à la SNCF ce jeudi",
        ),
        (
            "Grève à la SNCF ce jeudi » Le Monde",
            Some("Le Monde"),
            "Grève à la SNCF ce jeudi",
        ),
        (
            "Fishing quotas cut again for next season | Business | Harbour Herald",
            Some("Harbour Herald"),
            "Fishing quotas cut again for next season",
        ),
        // Dashes inside words are not separators.
        ("Jean-Luc Mélenchon quits", None, "Jean-Luc Mélenchon quits"),
        (
            "Russia-US talks on Syria resume in Geneva",
            Some("RT"),
            "Russia-US talks on Syria resume in Geneva",
        ),
        // A dash in the headline that is not followed by the site stays.
        (
            "Russia - US talks: what we know so far",
            None,
            "Russia - US talks: what we know so far",
        ),
        (
            "Putin hopes for change - Russia-US talks | RT",
            Some("RT"),
            "Putin hopes for change - Russia-US talks",
        ),
        // Short headline, unknown site: nothing can be told apart.
        ("Weather | Example", None, "Weather | Example"),
        ("Weather | Example", Some("Example"), "Weather"),
        // The whole title is the site.
        ("RT World News", Some("RT"), "RT World News"),
        // White space.
        ("  Two\n\t spaces   here  ", None, "Two spaces here"),
        ("", None, ""),
        ("|", None, "|"),
        (" - ", Some("x"), "-"),
    ];
    for (title, site, want) in cases {
        assert_eq!(clean_title(title, *site), *want, "{title:?} / {site:?}");
    }
}

#[test]
fn clean_authors_english() {
    let cases: &[(&str, &[&str])] = &[
        (
            "By JANE DOE and John Roe, Senior Correspondent",
            &["Jane Doe", "John Roe"],
        ),
        ("By Jane Doe", &["Jane Doe"]),
        ("by jane doe", &[]),
        ("Jane Doe & John Roe", &["Jane Doe", "John Roe"]),
        ("Jane Doe / John Roe", &["Jane Doe", "John Roe"]),
        (
            "Jane Doe, John Roe and Ann Lee",
            &["Jane Doe", "John Roe", "Ann Lee"],
        ),
        ("By Jane Doe, Reuters", &["Jane Doe"]),
        (
            "By Jane Doe | Updated May 10, 2016 at 4:21 p.m. ET",
            &["Jane Doe"],
        ),
        ("Jane Doe, Staff Writer", &["Jane Doe"]),
        ("Political Correspondent Jane Doe", &["Jane Doe"]),
        ("Jane Doe Senior Political Reporter", &["Jane Doe"]),
        ("Dr. Jane Doe", &["Jane Doe"]),
        ("Jane Doe (@janedoe)", &["Jane Doe"]),
        ("Jane Doe jane.doe@example.com", &["Jane Doe"]),
        (
            "By Jane Doe in Kyiv and John Roe in Moscow",
            &["Jane Doe", "John Roe"],
        ),
        ("Jane Doe for the Guardian", &["Jane Doe"]),
        ("By Staff Writer", &[]),
        ("Staff", &[]),
        ("admin", &[]),
        ("Reuters", &["Reuters"]),
        ("REUTERS", &["Reuters"]),
        ("By The Associated Press", &["The Associated Press"]),
        ("AP", &["AP"]),
        ("Reuters Staff", &["Reuters"]),
        ("AFP/dpa", &["AFP", "dpa"]),
        ("J.K. Rowling", &["J.K. Rowling"]),
        ("Martin Luther King Jr.", &["Martin Luther King Jr"]),
        ("SEAN O'BRIEN", &["Sean O'Brien"]),
        ("Jane Doe, Jane Doe", &["Jane Doe"]),
        ("JANE DOE and Jane Doe", &["Jane Doe"]),
        ("By Jane Doe 3 min read", &["Jane Doe"]),
        (
            "Reporting by Anna Kowalczyk; Editing by Sam Holt",
            &["Anna Kowalczyk"],
        ),
        ("Posted by Jane Doe", &["Jane Doe"]),
        ("Written by Jane Doe", &["Jane Doe"]),
        (
            "Jane Doe is a senior reporter covering energy",
            &["Jane Doe"],
        ),
        ("Share this article", &[]),
        ("Comments (12)", &[]),
        ("May 10, 2016", &[]),
        ("", &[]),
    ];
    for (raw, want) in cases {
        assert_eq!(clean_authors(raw), *want, "{raw:?}");
    }
}

#[test]
fn clean_authors_other_languages_and_particles() {
    let cases: &[(&str, &[&str])] = &[
        ("Ursula von der Leyen", &["Ursula von der Leyen"]),
        ("Von Ursula von der Leyen", &["Ursula von der Leyen"]),
        ("URSULA VON DER LEYEN", &["Ursula von der Leyen"]),
        (
            "Von Peter Müller und Anna Schmidt, Berlin",
            &["Peter Müller", "Anna Schmidt"],
        ),
        ("Von Peter Müller, dpa", &["Peter Müller"]),
        ("Jean-Luc Mélenchon", &["Jean-Luc Mélenchon"]),
        ("JEAN-LUC MÉLENCHON", &["Jean-Luc Mélenchon"]),
        ("Par Jean-Luc Mélenchon", &["Jean-Luc Mélenchon"]),
        (
            "Par Camille Dubois et Jean-Luc Moreau",
            &["Camille Dubois", "Jean-Luc Moreau"],
        ),
        (
            "Par Camille Dubois, envoyée spéciale à Kyiv",
            &["Camille Dubois"],
        ),
        ("Charles de Gaulle", &["Charles de Gaulle"]),
        ("Valéry Giscard d'Estaing", &["Valéry Giscard d'Estaing"]),
        ("Gabriel García Márquez", &["Gabriel García Márquez"]),
        ("Por Gabriel García Márquez", &["Gabriel García Márquez"]),
        (
            "Por María López y José Pérez",
            &["María López", "José Pérez"],
        ),
        ("Di Luigi Rossi", &["Luigi Rossi"]),
        ("Luigi Di Maio", &["Luigi Di Maio"]),
        ("Di Maio", &["Di Maio"]),
        (
            "Mario Rossi e Luigi Bianchi",
            &["Mario Rossi", "Luigi Bianchi"],
        ),
        ("Door Jan de Vries", &["Jan de Vries"]),
        (
            "Door Jan de Vries en Piet van den Berg",
            &["Jan de Vries", "Piet van den Berg"],
        ),
        ("Автор: Иван Петров", &["Иван Петров"]),
        (
            "Иван Петров и Мария Сидорова",
            &["Иван Петров", "Мария Сидорова"],
        ),
        ("山田 花子", &["山田 花子"]),
        ("山田花子、佐藤太郎", &["山田花子", "佐藤太郎"]),
        ("Bashar al-Assad", &["Bashar al-Assad"]),
        ("Ludwig van Beethoven", &["Ludwig van Beethoven"]),
        ("Af Jens Hansen", &["Jens Hansen"]),
    ];
    for (raw, want) in cases {
        assert_eq!(clean_authors(raw), *want, "{raw:?}");
    }
}

#[test]
fn clean_authors_never_panics_on_odd_input() {
    let long = "Jane Doe ".repeat(200);
    for raw in [
        "\u{0}",
        "By",
        "By ",
        ",,,",
        " and ",
        "&",
        "@",
        "Ｊａｎｅ Ｄｏｅ",
        "İSTANBUL BÜROSU",
        "ÀÉÎ",
        long.as_str(),
        "by\u{a0}Jane\u{a0}Doe",
        "Von:",
        "Автор:",
    ] {
        let _ = clean_authors(raw);
        let _ = clean_title(raw, Some(raw));
    }
    assert_eq!(clean_authors("by\u{a0}Jane\u{a0}Doe"), ["Jane Doe"]);
}
