//! Whole-page metadata tests: invented pages in the house styles of
//! different outlets and CMSs. Every field is asserted.

use newsfacts_dom::Document;
use newsfacts_extract::html::meta::{DateCandidate, DateOrigin, Metadata, extract};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/meta/{name}.html",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn meta(html: &str, base: Option<&str>) -> Metadata {
    extract(&Document::parse(html), base)
}

fn d(raw: &str, origin: DateOrigin) -> DateCandidate {
    DateCandidate {
        raw: raw.to_string(),
        origin,
    }
}

fn s(v: &str) -> Option<String> {
    Some(v.to_string())
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

use DateOrigin::*;

#[test]
fn wordpress_yoast_graph() {
    let m = meta(&fixture("wordpress_yoast"), None);
    let expected = Metadata {
        title: s("Community garden wins city grant to expand"),
        site: s("Riverside Ledger"),
        url: s("https://riversideledger.example/2023/06/14/community-garden-wins-grant/"),
        published: vec![d("2023-06-14T08:30:00+00:00", JsonLd), d("2023-06-14", Url)],
        updated: vec![d("2023-06-15T10:02:11+00:00", JsonLd)],
        authors: strings(&["Maria Okafor"]),
        language: s("en-US"),
        description: s("The Maple Street garden will double in size."),
        image: s("https://riversideledger.example/wp-content/uploads/2023/06/garden.jpg"),
        page_type: s("Article"),
        section: s("Local News"),
        tags: strings(&["gardens", "city council"]),
    };
    assert_eq!(m, expected);
}

#[test]
fn guardian_like_og_and_visible_dates() {
    let m = meta(&fixture("guardian_like"), None);
    let expected = Metadata {
        title: s("Glaciers in the Alps lost a record share of their ice this summer"),
        site: s("the Daily Meridian"),
        url: s(
            "https://www.dailymeridian.example/environment/2022/sep/28/alps-glaciers-record-ice-loss",
        ),
        published: vec![
            d("2022-09-28T05:00:11.000Z", Meta),
            d("Wed 28 Sep 2022 06.00 BST", Byline),
        ],
        updated: vec![
            d("2022-09-28T14:40:02.000Z", Meta),
            d("Last modified on Wed 28 Sep 2022 15.40 BST", Byline),
        ],
        authors: strings(&["Lena Fischer"]),
        language: s("en"),
        description: s(
            "Scientists say the melt season was the worst since measurements began in the 1910s",
        ),
        image: s("https://i.meridian.example/img/media/abc123/master/2000.jpg?width=1200"),
        page_type: s("article"),
        section: s("Environment"),
        tags: strings(&["Glaciers", "Climate crisis", "Switzerland"]),
    };
    assert_eq!(m, expected);
}

#[test]
fn bbc_like_json_ld_with_organisation_author() {
    let m = meta(&fixture("bbc_like"), None);
    let expected = Metadata {
        title: s("Harbour town votes to ban cars from its centre"),
        site: s("Coastline News"),
        url: s("https://www.coastline.example/news/uk-england-cornwall-64012345"),
        published: vec![d("2023-01-18T06:12:44.000Z", JsonLd)],
        updated: vec![d("2023-01-18T06:12:44.000Z", JsonLd)],
        // The JSON-LD author is an organisation: the visible byline names a person.
        authors: strings(&["Peter Trelawny"]),
        language: s("en-GB"),
        description: s("Residents backed the plan by a narrow margin."),
        image: s("https://ichef.coastline.example/news/1024/branded_news/5C1F/production/_128.jpg"),
        page_type: s("NewsArticle"),
        section: None,
        tags: vec![],
    };
    assert_eq!(m, expected);
}

#[test]
fn reuters_like_byline_without_json_ld() {
    let m = meta(
        &fixture("reuters_like"),
        Some(
            "https://www.wireworld.example/markets/commodities/copper-prices-hit-two-month-high-2024-04-11/?utm=x",
        ),
    );
    let expected = Metadata {
        title: s("Copper prices hit two-month high on supply worries"),
        site: s("WireWorld"),
        url: s(
            "https://www.wireworld.example/markets/commodities/copper-prices-hit-two-month-high-2024-04-11/",
        ),
        // "Updated 2 hours ago" is relative: not a date. The related list's
        // <time> is skipped. The slug's date is a dashed date at the end of a
        // segment, which is not a URL date pattern.
        published: vec![d("April 11, 2024", Byline)],
        updated: vec![],
        authors: strings(&["Anna Kowalczyk", "Rahul Mehta"]),
        language: s("en"),
        description: s("Copper climbed on Thursday as strikes at two mines threatened supply."),
        image: None,
        page_type: None,
        section: None,
        tags: vec![],
    };
    assert_eq!(m, expected);
}

#[test]
fn german_meta_name_date() {
    let m = meta(
        &fixture("german_date"),
        Some("https://www.lokalanzeiger.example/bergstadt/radwege-123.html"),
    );
    let expected = Metadata {
        title: s("Neue Radwege für die Innenstadt beschlossen"),
        site: s("Lokalanzeiger Bergstadt"),
        url: None,
        published: vec![
            d("2021-03-09T17:45:00+01:00", Meta),
            d("9. März 2021, 17:45 Uhr", Byline),
        ],
        updated: vec![d("2021-03-10T08:15:00+01:00", Meta)],
        authors: strings(&["Klaus-Peter Schulte"]),
        language: s("de"),
        description: s("Der Stadtrat hat am Dienstag den Ausbau von drei Radwegen beschlossen."),
        image: None,
        page_type: s("article"),
        section: None,
        tags: strings(&["Radwege", "Stadtrat", "Verkehr", "Bergstadt"]),
    };
    assert_eq!(m, expected);
}

#[test]
fn french_published_time_and_par_byline() {
    let m = meta(&fixture("french_par"), None);
    let url = "https://www.courrierduval.example/culture/article/2019/11/22/la-ville-de-montclair-inaugure-sa-nouvelle-mediatheque_6020155_3246.html";
    let expected = Metadata {
        title: s("La ville de Montclair inaugure sa nouvelle médiathèque"),
        site: s("Le Courrier du Val"),
        url: s(url),
        published: vec![
            d("2019-11-22T11:03:27+01:00", Meta),
            d("Publié le 22 novembre 2019 à 11h03", Byline),
            d("2019-11-22", Url),
        ],
        updated: vec![],
        authors: strings(&["Camille Dubois", "Jean-Luc Moreau"]),
        language: s("fr-FR"),
        description: s("Après trois ans de travaux, la médiathèque ouvre ses portes samedi."),
        image: None,
        page_type: s("article"),
        section: s("Culture"),
        tags: vec![],
    };
    assert_eq!(m, expected);
}

#[test]
fn japanese_page() {
    let m = meta(&fixture("japanese"), None);
    let expected = Metadata {
        title: s("市立図書館、開館時間を夜9時まで延長へ"),
        site: s("みなと新報"),
        url: s("https://www.minato-shinpo.example/articles/20240305-OYT1T50123/"),
        published: vec![
            d("2024-03-05T09:00:00+09:00", JsonLd),
            d("2024-03-05T09:00", Time),
            d("2024-03-05", Url),
        ],
        updated: vec![],
        authors: strings(&["山田 花子"]),
        language: s("ja"),
        description: s("市立図書館は来月から平日の開館時間を延長する。"),
        image: s("https://www.minato-shinpo.example/media/2024/03/library.jpg"),
        page_type: s("NewsArticle"),
        section: None,
        tags: vec![],
    };
    assert_eq!(m, expected);
}

#[test]
fn title_with_site_suffix_and_matching_h1() {
    let html = r#"<html><head><title>Storm closes every school in the valley | Valley Voice</title></head>
        <body><div class="top"><a href="/">Valley Voice</a></div>
        <div class="story"><h1>Storm closes every school in the valley</h1>
        <p>All 14 schools stayed shut on Monday.</p></div></body></html>"#;
    let m = meta(html, Some("https://valleyvoice.example/news/storm-schools"));
    // No declared site name: the <title> around the headline names it.
    let expected = Metadata {
        title: s("Storm closes every school in the valley"),
        site: s("Valley Voice"),
        ..Metadata::default()
    };
    assert_eq!(m, expected);
}

#[test]
fn logo_h1_is_not_the_headline() {
    let html = r#"<html lang="en"><head>
        <title>Mayor opens new footbridge over the Esk - Morning Post</title>
        <meta name="application-name" content="Morning Post">
        </head><body>
        <header><h1 class="site-logo"><a href="/">Morning Post</a></h1></header>
        <main><h2 class="story-headline">Mayor opens new footbridge over the Esk</h2>
        <p class="story-byline">By SARAH LINDQVIST, Transport Reporter</p>
        <p>The bridge cost £2m.</p></main></body></html>"#;
    let m = meta(html, None);
    let expected = Metadata {
        title: s("Mayor opens new footbridge over the Esk"),
        site: s("Morning Post"),
        authors: strings(&["Sarah Lindqvist"]),
        language: s("en"),
        ..Metadata::default()
    };
    assert_eq!(m, expected);
}

#[test]
fn logo_h1_without_any_declared_title_is_not_used() {
    let html = r#"<body><header><h1><a href="/">Morning Post</a></h1></header>
        <p>Some text.</p></body>"#;
    assert_eq!(meta(html, None).title, None);
}

#[test]
fn invalid_json_ld_is_skipped() {
    let html = r#"<html><head>
        <title>Library extends opening hours | Town Crier</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken, </script>
        <script type="application/ld+json">
        // <![CDATA[
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Library extends opening hours",
         "datePublished":"2020-02-03","author":"By Tom Reyes","description":"Line one
         line two"}
        // ]]>
        </script>
        <meta property="og:site_name" content="Town Crier">
        </head><body><h1>Library extends opening hours</h1></body></html>"#;
    let m = meta(html, None);
    let expected = Metadata {
        title: s("Library extends opening hours"),
        site: s("Town Crier"),
        published: vec![d("2020-02-03", JsonLd)],
        authors: strings(&["Tom Reyes"]),
        description: s("Line one line two"),
        page_type: s("NewsArticle"),
        ..Metadata::default()
    };
    assert_eq!(m, expected);
}

#[test]
fn only_invalid_json_ld_falls_back_to_meta() {
    let html = r#"<head><script type="application/ld+json">{{{not json</script>
        <meta property="og:title" content="Ferry timetable changes from May">
        <meta name="author" content="Ines Duarte"></head>"#;
    let m = meta(html, None);
    assert_eq!(m.title.as_deref(), Some("Ferry timetable changes from May"));
    assert_eq!(m.authors, ["Ines Duarte"]);
    assert_eq!(m.page_type, None);
}

#[test]
fn published_and_modified_are_kept_apart() {
    let html = r#"<html lang="en-AU"><head>
        <title>Council approves new skate park</title>
        <meta property="article:published_time" content="2022-07-01T09:00:00+10:00">
        <meta property="article:modified_time" content="2022-07-02T16:30:00+10:00">
        <meta property="og:updated_time" content="2022-07-02T16:30:00+10:00">
        </head><body><article>
        <h1>Council approves new skate park</h1>
        <div class="meta">
          <span>Published</span> <time datetime="2022-07-01T09:00">1 July 2022</time>
          <span>Updated</span> <time datetime="2022-07-02T16:30">2 July 2022</time>
          <span itemprop="dateModified" content="2022-07-02T06:30:00Z"></span>
        </div>
        <p>The park will open next year.</p></article></body></html>"#;
    let m = meta(html, None);
    let expected = Metadata {
        title: s("Council approves new skate park"),
        published: vec![
            d("2022-07-01T09:00:00+10:00", Meta),
            d("2022-07-01T09:00", Time),
        ],
        updated: vec![
            d("2022-07-02T16:30:00+10:00", Meta),
            d("2022-07-02T06:30:00Z", Meta),
            d("2022-07-02T16:30", Time),
        ],
        language: s("en-AU"),
        ..Metadata::default()
    };
    assert_eq!(m, expected);
}

#[test]
fn blog_post_with_dates_only_in_the_url() {
    let html = r#"<html><head><title>Notes on sourdough, week three – Crumb &amp; Co</title></head>
        <body><article><h1>Notes on sourdough, week three</h1><p>It rose!</p></article></body></html>"#;
    let m = meta(
        html,
        Some("https://crumb.example/2016/05/10/notes-on-sourdough/"),
    );
    let expected = Metadata {
        title: s("Notes on sourdough, week three"),
        site: s("Crumb & Co"),
        published: vec![d("2016-05-10", Url)],
        ..Metadata::default()
    };
    assert_eq!(m, expected);

    let month_only = meta(
        html,
        Some("https://crumb.example/2016/05/notes-on-sourdough/"),
    );
    assert_eq!(month_only.published, [d("2016-05", Url)]);
    let compact = meta(html, Some("https://crumb.example/posts/20160510/notes"));
    assert_eq!(compact.published, [d("2016-05-10", Url)]);
    let dashed = meta(
        html,
        Some("https://crumb.example/2016-05-10-notes-on-sourdough"),
    );
    assert_eq!(dashed.published, [d("2016-05-10", Url)]);
    // Not dates: an id, an impossible day, a year alone.
    for url in [
        "https://crumb.example/p/20161345/",
        "https://crumb.example/2016/02/30/x/",
        "https://crumb.example/archive/2016/",
        "https://crumb.example/item/12345678",
    ] {
        let p = meta(html, Some(url)).published;
        assert!(p.iter().all(|c| c.raw != "2016-02-30"), "{url}: {p:?}");
        if url.contains("02/30") {
            assert_eq!(p, [d("2016-02", Url)], "{url}");
        } else {
            assert!(p.is_empty(), "{url}: {p:?}");
        }
    }
}

#[test]
fn canonical_beats_url_and_is_resolved() {
    let html = r#"<head><base href="/news/"><link rel="canonical" href="story-42.html">
        <meta property="og:url" content="https://other.example/og"></head>"#;
    let m = meta(html, Some("https://paper.example/x/y?z=1"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://paper.example/news/story-42.html")
    );

    // A canonical pointing at the home page is a CMS bug: a deeper og:url wins.
    let html = r#"<head><link rel="canonical" href="https://paper.example/">
        <meta property="og:url" content="https://paper.example/news/story-42"></head>"#;
    let m = meta(html, Some("https://paper.example/news/story-42?ref=home"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://paper.example/news/story-42")
    );
    // …and with nothing deeper it is dropped for an article URL.
    let html = r#"<head><link rel="canonical" href="https://paper.example/"></head>"#;
    assert_eq!(
        meta(html, Some("https://paper.example/news/story-42")).url,
        None
    );
    assert_eq!(
        meta(html, Some("https://paper.example/")).url.as_deref(),
        Some("https://paper.example/")
    );
    // Relative with no base: unknown.
    let html = r#"<head><link rel="canonical" href="/a/b"></head>"#;
    assert_eq!(meta(html, None).url, None);
    // JSON-LD mainEntityOfPage as the last declared source.
    let html = r#"<script type="application/ld+json">{"@type":"BlogPosting","headline":"Hi there",
        "mainEntityOfPage":{"@type":"WebPage","@id":"https://blog.example/hi-there"}}</script>"#;
    assert_eq!(
        meta(html, None).url.as_deref(),
        Some("https://blog.example/hi-there")
    );
}

#[test]
fn listing_page_gives_no_dates_or_headline_from_teasers() {
    let mut html = String::from(
        r#"<html><head><title>Latest news - Harbour Herald</title>
        <meta property="og:site_name" content="Harbour Herald">
        <meta property="og:type" content="website"></head><body>
        <header><h1 class="logo">Harbour Herald</h1></header><main>"#,
    );
    for i in 1..=8 {
        html.push_str(&format!(
            r#"<article itemscope itemtype="https://schema.org/NewsArticle">
            <h2 itemprop="headline"><a href="/s/{i}">Teaser number {i} about the harbour</a></h2>
            <meta itemprop="datePublished" content="2024-01-0{i}">
            <time datetime="2024-01-0{i}T10:00">{i} January 2024</time>
            <span class="author">By Teaser Writer{i}</span></article>"#
        ));
    }
    html.push_str("</main></body></html>");
    let m = meta(&html, Some("https://harbourherald.example/latest"));
    assert_eq!(m.title.as_deref(), Some("Latest news"));
    assert_eq!(m.site.as_deref(), Some("Harbour Herald"));
    assert_eq!(m.published, []);
    assert_eq!(m.updated, []);
    assert_eq!(m.page_type.as_deref(), Some("website"));
}

#[test]
fn russian_byline_and_json_ld_array() {
    let html = r#"<html lang="ru"><head>
        <title>В городе открыли новый парк :: Северные вести</title>
        <script type="application/ld+json">[{"@type":"Organization","name":"Северные вести"},
          {"@type":["NewsArticle","Article"],"headline":"В городе открыли новый парк",
           "datePublished":"2023-09-01T12:00:00+03:00","inLanguage":"ru-RU",
           "author":[{"@type":"Person","name":"Автор: Иван Петров"},{"@type":"Organization","name":"Северные вести"}],
           "keywords":"парк, город"}]</script>
        </head><body><h1>В городе открыли новый парк</h1></body></html>"#;
    let m = meta(html, None);
    let expected = Metadata {
        title: s("В городе открыли новый парк"),
        site: s("Северные вести"),
        published: vec![d("2023-09-01T12:00:00+03:00", JsonLd)],
        authors: strings(&["Иван Петров"]),
        language: s("ru"),
        page_type: s("NewsArticle"),
        tags: strings(&["парк", "город"]),
        ..Metadata::default()
    };
    assert_eq!(m, expected);
}

#[test]
fn agencies_only_when_no_person() {
    let html = r#"<head><meta name="author" content="Reuters"><title>Oil steady</title></head>"#;
    assert_eq!(meta(html, None).authors, ["Reuters"]);
    let html = r#"<head><meta name="author" content="Reuters"></head>
        <body><article><h1>Oil steady</h1><p class="byline">By Ola Nordmann</p></article></body>"#;
    assert_eq!(meta(html, None).authors, ["Ola Nordmann"]);
    let html = r#"<head><meta name="author" content="Marta Ruiz, AFP"></head>"#;
    assert_eq!(meta(html, None).authors, ["Marta Ruiz"]);
}

#[test]
fn spanish_meta_author_and_itemprop_author() {
    let html = r#"<html lang="es"><head><meta name="author" content="Por Gabriel García Márquez y Ana Lucía Pérez">
        </head><body></body></html>"#;
    assert_eq!(
        meta(html, None).authors,
        ["Gabriel García Márquez", "Ana Lucía Pérez"]
    );
    let html = r#"<article><h1>Título</h1>
        <div itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">Lucía Fernández</span> <span itemprop="jobTitle">Redactora</span></div>
        <div class="comments"><span itemprop="author">Troll McTroll</span></div></article>"#;
    assert_eq!(meta(html, None).authors, ["Lucía Fernández"]);
}

#[test]
fn site_prefix_and_section_suffix_are_stripped() {
    let html = r#"<head><title>Harbour Herald | Fishing quotas cut again for next season</title>
        <meta property="og:site_name" content="Harbour Herald"></head>"#;
    assert_eq!(
        meta(html, None).title.as_deref(),
        Some("Fishing quotas cut again for next season")
    );
    let html = r#"<head><title>Fishing quotas cut again for next season | Business | Harbour Herald</title>
        <meta property="og:site_name" content="Harbour Herald"></head>"#;
    assert_eq!(
        meta(html, None).title.as_deref(),
        Some("Fishing quotas cut again for next season")
    );
}

#[test]
fn empty_and_garbage_pages() {
    assert_eq!(meta("", None), Metadata::default());
    assert_eq!(meta("<<<>>>", Some("not a url")), Metadata::default());
    let m = meta("<svg><title>icon</title></svg><p>x</p>", None);
    assert_eq!(m.title, None);
    let m = meta(r#"<meta property="og:title" content="   ">"#, None);
    assert_eq!(m.title, None);
}

#[test]
fn listing_teaser_bylines_are_nobodys() {
    let mut html = String::from(
        r#"<html><head><title>Opinion - Harbour Herald</title></head><body>
        <div class="header"><span class="today">Tuesday, 10 May 2016</span></div><div class="grid">"#,
    );
    for name in ["Ann Lee", "Bob Stone", "Cara Diaz", "Dev Patel"] {
        html.push_str(&format!(
            r#"<div class="card"><h3><a href="/x">A view on {name}'s topic</a></h3>
            <p class="card-author">By {name}</p></div>"#
        ));
    }
    html.push_str("</div></body></html>");
    let m = meta(&html, Some("https://harbourherald.example/opinion/"));
    assert_eq!(m.authors, Vec::<String>::new());
    assert_eq!(m.published, []);
    // The suffix matches the domain.
    assert_eq!(m.title.as_deref(), Some("Opinion"));
}

#[test]
fn site_header_date_is_not_the_article_date() {
    let html = r#"<html><head><title>Town hall roof to be replaced next year</title></head><body>
        <header class="masthead"><time datetime="2024-05-21">Tuesday 21 May 2024</time>
        <span class="date">Tuesday 21 May 2024</span></header>
        <main><article><h1>Town hall roof to be replaced next year</h1>
        <div class="article-meta"><span class="authors"><a href="/a/1">Nia Evans</a>, <a href="/a/2">Owen Price</a></span>
        <span class="published-date">3 March 2019</span></div>
        <p>The work will take eight months.</p></article></main></body></html>"#;
    let m = meta(html, None);
    assert_eq!(
        m.title.as_deref(),
        Some("Town hall roof to be replaced next year")
    );
    assert_eq!(m.published, [d("3 March 2019", Byline)]);
    assert_eq!(m.authors, ["Nia Evans", "Owen Price"]);
}

#[test]
fn todays_date_in_a_plain_header_is_ignored() {
    let html = r#"<html><head><title>Bakery reopens after the flood</title></head><body>
        <div class="top"><time datetime="2024-05-21">Tuesday 21 May 2024</time></div>
        <div class="content"><div class="story"><h1>Bakery reopens after the flood</h1>
        <p>Loaves were sold out by nine.</p></div></div></body></html>"#;
    let m = meta(html, None);
    assert_eq!(m.title.as_deref(), Some("Bakery reopens after the flood"));
    assert_eq!(m.published, []);
    // A date right under the headline is taken.
    let html = html.replace(
        "<p>Loaves",
        r#"<time datetime="2019-03-03T08:00">3 March 2019</time><p>Loaves"#,
    );
    assert_eq!(meta(&html, None).published, [d("2019-03-03T08:00", Time)]);
}

#[test]
fn date_origins_sort_in_order_of_trust() {
    let mut v = vec![Url, Byline, Meta, Time, JsonLd];
    v.sort();
    assert_eq!(v, [JsonLd, Meta, Time, Byline, Url]);
}
