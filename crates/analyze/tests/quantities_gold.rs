//! Gold tests on invented articles in several house styles: dates,
//! quantities and entities together, each asserted by hand.

use newsfacts_analyze::{dates, entities, quantities, segment};
use newsfacts_model::{EntityType, Quantity};

struct Analysis {
    ents: entities::Entities,
    dates: Vec<(String, String)>,
    quants: Vec<Quantity>,
}

fn analyze(text: &str, published: Option<&str>) -> Analysis {
    let s = segment::sentences(text);
    let ents = entities::find(text, &s);
    let dates = dates::find(text, published)
        .into_iter()
        .map(|d| (text[d.start..d.end].to_string(), d.value))
        .collect();
    let quants = quantities::find(text, &s, &[], &ents)
        .into_iter()
        .map(|f| f.q)
        .collect();
    Analysis {
        ents,
        dates,
        quants,
    }
}

impl Analysis {
    fn dump(&self) {
        for e in &self.ents.list {
            println!(
                "ENT {:?} {:?} {:?} {:?}",
                e.name, e.kind, e.aliases, e.titles
            );
        }
        for d in &self.dates {
            println!("DATE {d:?}");
        }
        for q in &self.quants {
            println!(
                "QTY {:?} v={} max={:?} unit={:?} about={:?} qual={:?} by={:?}",
                q.text, q.value, q.value_max, q.unit, q.about, q.qualifier, q.claimed_by
            );
        }
    }
    fn kind(&self, name: &str) -> Option<EntityType> {
        self.ents
            .list
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.kind)
    }
    fn date(&self, t: &str) -> Option<&str> {
        self.dates.iter().find(|d| d.0 == t).map(|d| d.1.as_str())
    }
    fn q(&self, text: &str) -> &Quantity {
        self.quants
            .iter()
            .find(|q| q.text == text)
            .unwrap_or_else(|| panic!("no quantity {text:?}"))
    }
}

const WIRE: &str = "WASHINGTON (Reuters) - U.S. Treasury Secretary Janet Yellen said on Thursday the government would run out of cash by June 1 unless Congress acts.

Yellen told lawmakers in a letter that the Treasury had already used $350 billion of its emergency measures. \"We cannot wait until the last minute,\" she said.

Senate Majority Leader Chuck Schumer, a Democrat, met President Joe Biden at the White House last week. About 60% of voters back a deal, according to a Reuters/Ipsos poll.";

#[test]
fn wire_copy() {
    let a = analyze(WIRE, Some("2023-05-11"));
    a.dump();
    assert_eq!(a.kind("Janet Yellen"), Some(EntityType::Person));
    assert_eq!(a.kind("Chuck Schumer"), Some(EntityType::Person));
    assert_eq!(a.kind("Joe Biden"), Some(EntityType::Person));
    assert_eq!(a.kind("White House"), Some(EntityType::Organization));
    assert_eq!(a.kind("Congress"), Some(EntityType::Organization));
    assert_eq!(a.kind("Reuters"), Some(EntityType::Organization));
    assert_eq!(a.date("on Thursday"), Some("2023-05-11"));
    assert_eq!(a.date("June 1"), Some("2023-06-01"));
    assert_eq!(a.date("last week"), Some("2023-W18"));
    let cash = a.q("$350 billion");
    assert_eq!(cash.value, 350e9);
    assert_eq!(cash.unit.as_deref(), Some("USD"));
    assert_eq!(cash.claimed_by.as_deref(), Some("Janet Yellen"));
    let poll = a.q("About 60% of voters");
    assert_eq!(poll.value, 60.0);
    assert_eq!(poll.unit.as_deref(), Some("%"));
    assert_eq!(poll.about.as_deref(), Some("voters"));
    assert_eq!(poll.qualifier.as_deref(), Some("about"));
    assert_eq!(a.quants.len(), 2, "no day numbers");
}

const TABLOID: &str = "SHOCK AS TV STAR QUITS!

Telly favourite Danny Dyer, 46, stunned fans last night when he walked off the set of the soap after nearly two decades.

The EastEnders hardman told pals he was \"done\". A source said: \"Danny was paid £500,000 a year and turned down a new deal worth twice that.\"

More than three million viewers tuned in on Sunday. Dr. Helen Marsh, a TV psychologist, said half of the cast were \"stunned\".";

#[test]
fn tabloid() {
    let a = analyze(TABLOID, Some("2023-05-16T07:00:00+01:00"));
    a.dump();
    assert_eq!(a.kind("Danny Dyer"), Some(EntityType::Person));
    assert_eq!(a.kind("Helen Marsh"), Some(EntityType::Person));
    for junk in ["SHOCK AS TV STAR QUITS", "SHOCK", "TV", "Telly", "More"] {
        assert_eq!(a.kind(junk), None, "{junk}");
    }
    assert_eq!(a.date("last night"), Some("2023-05-15"));
    assert_eq!(a.date("on Sunday"), Some("2023-05-14"));
    let pay = a.q("£500,000");
    assert_eq!(pay.unit.as_deref(), Some("GBP"));
    assert_eq!(pay.value, 500_000.0);
    let viewers = a.q("More than three million viewers");
    assert_eq!(viewers.value, 3e6);
    assert_eq!(viewers.qualifier.as_deref(), Some("more than"));
    let decades = a.q("nearly two decades");
    assert_eq!(decades.value, 2.0);
    let half = a.q("half of the cast");
    assert_eq!(half.value, 0.5);
    assert_eq!(half.about.as_deref(), Some("cast"));
    assert_eq!(half.claimed_by.as_deref(), Some("Helen Marsh"));
    assert!(a.quants.iter().all(|q| q.value != 46.0 || q.text == "46"));
}

const BUSINESS: &str = "Siemens Energy AG said on Monday it would cut 4,100 jobs worldwide and take a €2.2bn charge, after orders fell 12 per cent in the first quarter.

Chief executive Christian Bruch said the group expected revenue of between €28bn and €30bn this year, up from €26.5bn in 2022. Shares fell as much as 8.5% in Frankfurt.

The company, which employs about 92,000 people, has set aside US$1.5 billion for repairs to wind turbines, according to analysts at Jefferies. Its rival Vestas Wind Systems posted a loss of 1.5 billion Danish crowns.";

#[test]
fn business() {
    let a = analyze(BUSINESS, Some("2023-05-16"));
    a.dump();
    assert_eq!(a.kind("Siemens Energy AG"), Some(EntityType::Organization));
    assert_eq!(a.kind("Christian Bruch"), Some(EntityType::Person));
    assert_eq!(a.kind("Frankfurt"), Some(EntityType::Place));
    assert_eq!(
        a.kind("Vestas Wind Systems"),
        Some(EntityType::Organization)
    );
    assert_eq!(a.date("on Monday"), Some("2023-05-15"));
    assert_eq!(a.date("this year"), Some("2023"));
    assert_eq!(a.date("in 2022"), Some("2022"));
    let jobs = a.q("4,100 jobs");
    assert_eq!(jobs.value, 4100.0);
    assert_eq!(jobs.claimed_by.as_deref(), Some("Siemens Energy AG"));
    let charge = a.q("€2.2bn charge");
    assert_eq!(charge.value, 2.2e9);
    assert_eq!(charge.unit.as_deref(), Some("EUR"));
    let pct = a.q("12 per cent");
    assert_eq!((pct.value, pct.unit.as_deref()), (12.0, Some("%")));
    let range = a.q("between €28bn and €30bn");
    assert_eq!((range.value, range.value_max), (28e9, Some(30e9)));
    assert_eq!(range.claimed_by.as_deref(), Some("Christian Bruch"));
    assert_eq!(
        a.q("as much as 8.5%").qualifier.as_deref(),
        Some("as much as")
    );
    let staff = a.q("about 92,000 people");
    assert_eq!(staff.value, 92000.0);
    let repairs = a.q("US$1.5 billion");
    assert_eq!(
        (repairs.value, repairs.unit.as_deref()),
        (1.5e9, Some("USD"))
    );
    assert_eq!(repairs.claimed_by.as_deref(), Some("Jefferies"));
    assert!(
        a.quants.iter().all(|q| q.value != 2022.0),
        "a year is no quantity"
    );
}

const SCIENCE: &str = "Global temperatures could rise by 1.5-2°C within two decades, researchers at the University of Oxford reported in the journal Nature on Wednesday.

The team analysed 3,500 glaciers across the Himalayas and found that between 30 and 40 per cent of their ice had melted since 1990. Nearly a third of the samples showed losses of up to 60%.

\"These are conservative estimates,\" said lead author Dr. Priya Natarajan. The COVID-19 pandemic delayed fieldwork by roughly 18 months, the study said, and the G20 summit in March will discuss it.";

#[test]
fn science() {
    let a = analyze(SCIENCE, Some("2023-05-18"));
    a.dump();
    assert_eq!(
        a.kind("University of Oxford"),
        Some(EntityType::Organization)
    );
    assert_eq!(a.kind("Himalayas"), Some(EntityType::Place));
    assert_eq!(a.kind("Priya Natarajan"), Some(EntityType::Person));
    assert_eq!(a.date("on Wednesday"), Some("2023-05-17"));
    assert_eq!(a.date("since 1990"), Some("1990"));
    assert_eq!(a.date("in March"), Some("2024-03"));
    let temp = a.q("1.5-2°C");
    assert_eq!(
        (temp.value, temp.value_max, temp.unit.as_deref()),
        (1.5, Some(2.0), Some("°C"))
    );
    let share = a.q("between 30 and 40 per cent of their ice");
    assert_eq!((share.value, share.value_max), (30.0, Some(40.0)));
    assert_eq!(share.about.as_deref(), Some("ice"));
    let glaciers = a.q("3,500 glaciers");
    assert_eq!(glaciers.value, 3500.0);
    let third = a.q("Nearly a third of the samples");
    assert!((third.value - 1.0 / 3.0).abs() < 1e-9);
    assert_eq!(third.qualifier.as_deref(), Some("nearly"));
    assert_eq!(a.q("up to 60%").qualifier.as_deref(), Some("up to"));
    assert_eq!(a.q("roughly 18 months").value, 18.0);
    assert!(
        a.quants.iter().all(|q| q.value != 19.0 && q.value != 20.0),
        "no name parts"
    );
}

const SPORTS: &str = "Real Madrid beat Barcelona 3-1 at the Santiago Bernabeu on Saturday, with Vinicius Junior scoring twice in front of 78,000 fans.

Coach Carlo Ancelotti said his side had won 22 of their last 25 matches. Barcelona manager Xavi Hernandez, whose team sit 11 points clear, will face Sevilla next Sunday.

Karim Benzema's penalty in the 67th minute sealed it. The La Liga leaders have scored 71 goals this season.";

#[test]
fn sports() {
    let a = analyze(SPORTS, Some("2023-05-21"));
    a.dump();
    assert_eq!(a.kind("Real Madrid"), Some(EntityType::Organization));
    assert_eq!(a.kind("Carlo Ancelotti"), Some(EntityType::Person));
    assert_eq!(a.kind("Xavi Hernandez"), Some(EntityType::Person));
    assert_eq!(a.kind("Karim Benzema"), Some(EntityType::Person));
    assert_eq!(a.date("on Saturday"), Some("2023-05-20"));
    assert_eq!(a.date("next Sunday"), Some("2023-05-28"));
    assert_eq!(a.q("78,000 fans").value, 78000.0);
    assert_eq!(a.q("11 points").value, 11.0);
    assert_eq!(a.q("71 goals").value, 71.0);
    let won = a.q("22");
    assert_eq!(won.claimed_by.as_deref(), Some("Carlo Ancelotti"));
    assert!(
        a.quants
            .iter()
            .all(|q| q.value != 3.0 && q.value != 1.0 && q.value != 67.0),
        "no scores or ordinals"
    );
}

/// The whole analysis of one article in a given language: (text, about,
/// unit) of every quantity.
fn quantities_in(text: &str, lang: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let mut a = newsfacts_model::Article::new("t");
    a.text = text.into();
    a.language = Some(lang.into());
    newsfacts_analyze::analyze(&mut a);
    a.quantities
        .into_iter()
        .map(|q| (q.text, q.about, q.unit))
        .collect()
}

#[test]
fn german_counted_nouns_are_capitalised() {
    let v = quantities_in(
        "Das Land will den Schulen mit rund 2,5 Milliarden Euro unter die Arme greifen. \
         Laut Umfrage finden 58 Prozent der Eltern die Hilfe zu gering. \
         Die Stadt hat 640.000 Einwohner.",
        "de",
    );
    let got: Vec<(&str, Option<&str>)> = v
        .iter()
        .map(|(t, a, _)| (t.as_str(), a.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("rund 2,5 Milliarden Euro", None),
            ("58 Prozent der Eltern", Some("Eltern")),
            ("640.000 Einwohner", Some("Einwohner")),
        ]
    );
    assert_eq!(v[0].2.as_deref(), Some("EUR"));
}

#[test]
fn romance_currencies_and_contracted_articles() {
    let fr = quantities_in(
        "La région débloque 3 milliards d'euros pour les lycées. Près de 30 % des élèves sont concernés.",
        "fr",
    );
    assert_eq!(fr[0].0, "3 milliards d'euros");
    assert_eq!(fr[0].2.as_deref(), Some("EUR"));
    assert_eq!(fr[1].1.as_deref(), Some("élèves"));
    let es = quantities_in(
        "El Gobierno destinará 800 millones de dólares a la vivienda.",
        "es",
    );
    assert_eq!(es[0].0, "800 millones de dólares");
    assert_eq!(es[0].2.as_deref(), Some("USD"));
}

const GADGETS: &str = "Review: the new laptop keeps its promises

The 16-inch model ships with a 90-day warranty and weighs 2 kg. It beats Destiny 2 at 60 frames per second, and the Series 5 sold out in two days.

The keynote started at 19:56 and ran for 75 minutes. Battery life improved 40-60% over last year's model, the company said.

Для теста нужно 250−300 г муки.";

#[test]
fn measures_names_and_times() {
    let a = analyze(GADGETS, Some("2023-05-16"));
    a.dump();
    // A hyphenated measure counts its unit.
    assert_eq!(a.q("16-inch").about.as_deref(), Some("inch"));
    assert_eq!(a.q("90-day").value, 90.0);
    assert_eq!(a.q("90-day").about.as_deref(), Some("day"));
    // A bare number after a capitalised word is a name; minutes of a clock
    // time are no quantity.
    for t in ["2", "5", "56", "19"] {
        assert!(a.quants.iter().all(|q| q.text != t), "{t:?} kept");
    }
    assert_eq!(a.q("75 minutes").value, 75.0);
    let range = a.q("40-60%");
    assert_eq!((range.value, range.value_max), (40.0, Some(60.0)));
    // A range with a minus sign (Russian typesetting).
    let flour = a.q("250−300 г муки");
    assert_eq!((flour.value, flour.value_max), (250.0, Some(300.0)));
}

const PRODUCTS: &str = "Deals of the day

The iPhone 11 costs $699 and the GTX 1660 Ti laptop $799. Start the 80 Day Obsession plan today.

Standings: 1
Kyle Busch 5040";

#[test]
fn product_names_titles_and_line_breaks() {
    let a = analyze(PRODUCTS, Some("2019-11-19"));
    a.dump();
    for t in ["11", "1660 Ti", "1660 Ti laptop", "80 Day Obsession"] {
        assert!(a.quants.iter().all(|q| q.text != t), "{t:?} kept");
    }
    assert_eq!(a.q("$699").value, 699.0);
    assert!(
        a.quants.iter().all(|q| !q.text.contains('\n')),
        "a quantity runs over a line break"
    );
}

const FARES: &str = "Ferry fares

Fares will stay at $3 for adults through at least 2026. The 81-year-old skipper and the 81-jährige Kapitän agree. Hail damaged between 20 and 40 percent of the valley's sweet cherry crop.";

#[test]
fn years_ages_and_possessive_counted_nouns() {
    let a = analyze(FARES, Some("2024-05-14"));
    a.dump();
    assert!(a.quants.iter().all(|q| !q.text.contains("2026")), "a year");
    assert!(a.quants.iter().all(|q| !q.text.starts_with("81")), "an age");
    let share = a.q("between 20 and 40 percent of the valley's sweet cherry crop");
    assert_eq!(share.about.as_deref(), Some("valley's sweet cherry crop"));
}

#[test]
fn changes_by_a_fraction() {
    let text = "Flood scheme approved\n\nOpposition councillor Dev Anand warned that costs could rise by a third. Fares were cut by half in 2020, and a quarter of the buses are new.";
    let a = analyze(text, Some("2025-02-12"));
    a.dump();
    assert!((a.q("a third").value - 1.0 / 3.0).abs() < 1e-9);
    assert!((a.q("half").value - 0.5).abs() < 1e-9);
    assert!((a.q("a quarter of the buses").value - 0.25).abs() < 1e-9);
}
