//! Entity gold set: invented articles in eight house styles and four
//! languages, each with the full list of (name, type) pairs a reader would
//! expect. Scores precision and recall of exact (name, type) pairs.
//!
//! Run `cargo test -p newsfacts-analyze --test entities_styles -- --nocapture`
//! to see each article's misses and spurious entities.

use newsfacts_analyze::{entities, segment};
use newsfacts_model::EntityType;

const PER: EntityType = EntityType::Person;
const ORG: EntityType = EntityType::Organization;
const PLA: EntityType = EntityType::Place;
const OTH: EntityType = EntityType::Other;

/// Lowest precision and recall over the whole set this test accepts.
const MIN_PRECISION: f64 = 0.85;
const MIN_RECALL: f64 = 0.85;

struct Article {
    label: &'static str,
    text: &'static str,
    gold: &'static [(&'static str, EntityType)],
}

const US_WIRE: &str = r#"Senate Won't Take Up Clinton-Backed Bill Before Recess

WASHINGTON (NWS) — Senate Majority Leader Mitch McConnell said Tuesday that the Senate would not take up the measure before the August recess, dealing a blow to former Secretary of State Hillary Clinton, who has made the bill a centerpiece of her campaign.

"We have other priorities," McConnell told reporters at the Capitol. Rep. Paul Ryan (R-Wis.) echoed that view, while Sen. Elizabeth Warren of Massachusetts called the decision "a gift to Wall Street."

The Clinton campaign said in a statement that the delay showed "exactly why Washington is broken." Campaign chairman John Podesta said Mrs. Clinton would keep pressing the issue in Ohio and Pennsylvania.

The Congressional Budget Office (CBO) estimated the plan would cost $120 billion over ten years. A CBO spokeswoman, Deborah Kalmbach, said the office had used conservative assumptions.

Meanwhile, Gov. John Kasich of Ohio told the Columbus Dispatch he was "open to a conversation." Kasich, 64, is term-limited. The U.S. Chamber of Commerce opposes the bill. In the US, similar measures have passed in 14 states.

READ MORE: Senate Democrats Push Back On Delay"#;

const UK_LOCAL: &str = r#"Plans for 120 homes on the edge of Little Brampton have been rejected by councillors after more than 400 residents objected.

Members of North Wessex District Council's planning committee voted 7-3 against the scheme, put forward by developer Hartwell Homes Ltd, at a meeting at Brampton Town Hall on Thursday evening.

Cllr Margaret Oakes, who represents the Brampton East ward, said: "This was never the right site. The lanes cannot take the traffic."

Ward colleague Cllr Dev Patel agreed, adding that the nearby primary school was already full.

A spokesman for Hartwell Homes said the firm was "disappointed" and would consider an appeal to the Planning Inspectorate.

The Campaign to Protect Rural England (CPRE) welcomed the decision. Its local branch chairman, Dr Alan Fairweather, 67, said the River Brann had flooded three times in the past decade.

Mrs Oakes said she hoped the council would now update its local plan. The Environment Agency has been asked to comment.

Contact our newsroom at news@bramptonecho.example."#;

const ES_REGIONAL: &str = r#"El Ayuntamiento de Villanueva del Campo aprobó este martes, con los votos del Partido Popular (PP) y de Vox, el nuevo plan de tráfico para el casco histórico. La alcaldesa, Carmen Ruiz Olmedo, defendió que la medida «devolverá la plaza a los vecinos».

El concejal de Urbanismo, Jorge Benítez, explicó que las obras comenzarán en septiembre en la calle Mayor y la plaza de San Roque. La oposición socialista, encabezada por la portavoz del PSOE, Lucía Garrido, votó en contra y anunció que recurrirá ante el Tribunal Superior de Justicia de Castilla y León.

La asociación vecinal Amigos del Casco Viejo recogió más de 1.500 firmas contra el proyecto. Su presidente, Tomás Herrero, de 58 años, criticó que el Ayuntamiento no haya consultado a los comerciantes.

Ruiz Olmedo recordó que la Junta de Castilla y León financiará el 40 % de la obra. Según la Diputación de Valladolid, el tráfico en el centro ha crecido un 12 % desde 2019."#;

const FR_LOCAL: &str = r#"SAINT-PIERRE-SUR-DIVES. Le conseil municipal a voté lundi soir la rénovation de la halle médiévale, fermée au public depuis 2022. Le maire, Jean-Paul Lemoine, a salué « un vote historique pour la commune ».

Les travaux, estimés à 2,4 millions d'euros, seront financés en partie par la Région Normandie et par la Fondation du patrimoine. Son adjointe aux finances, Martine Duval, a rappelé que la mairie avait déjà obtenu une subvention du département.

L'association Les Amis de la Halle, présidée par Gérard Tessier, organisera une fête le 14 juillet. « Les habitants de Lisieux viendront aussi », assure M. Tessier.

Selon le préfet du Calvados, Thierry Mosca, le dossier est « exemplaire ». La halle accueillera de nouveau le marché du lundi à partir du printemps 2026, près de l'église Saint-Germain."#;

const DE_LOKAL: &str = r#"Freibad wird saniert

Neustadt. Der Gemeinderat hat am Dienstagabend einstimmig beschlossen, das alte Freibad zu sanieren. Bürgermeisterin Helga Brandt (CDU) sprach von einem „guten Tag für die Familien“.

Die Kosten von rund 2,8 Millionen Euro teilen sich die Gemeinde und der Landkreis Oberwald. Ein Zuschuss des Landes Hessen ist beantragt. Der Förderverein Freibad Neustadt hatte in den vergangenen zwei Jahren mehr als 4000 Unterschriften gesammelt. Vorsitzender Markus Keller sagte, man sei „erleichtert und stolz“.

Kritik kam von der SPD-Fraktion. Fraktionschef Uwe Lorenz bemängelte, dass die Stadtwerke Neustadt nicht früher eingebunden worden seien. Die Arbeiten sollen im Herbst beginnen; die Wiedereröffnung ist für Mai 2026 geplant. Schwimmmeister Jens Albers aus Birkenfeld freut sich schon: „Endlich wieder Wasser im Becken.“"#;

const SPORTS: &str = r#"MANCHESTER, England — Erling Haaland scored twice as Manchester City beat Arsenal 3-1 at the Etihad Stadium on Sunday, moving four points clear at the top of the Premier League.

The Norway striker opened the scoring after 12 minutes, latching on to a pass from Kevin De Bruyne. Bukayo Saka equalised for the visitors before half-time, but Haaland restored the lead with a header and Phil Foden sealed it late on.

"We were brilliant in the second half," City manager Pep Guardiola told Sky Sports. Arsenal boss Mikel Arteta said his side "gave away two soft goals".

Gunners captain Martin Odegaard limped off with an ankle injury and is a doubt for Wednesday's Champions League trip to Bayern Munich. Referee Anthony Taylor showed five yellow cards.

Guardiola's men host Brighton & Hove Albion next, while Arsenal face Newcastle United at the Emirates."#;

const BUSINESS: &str = r#"SAN FRANCISCO (Reuters) - Nimbus Analytics Inc, the cloud software maker backed by Sequoia Capital, said on Thursday it had agreed to buy Berlin-based startup Quellwerk GmbH for about $640 million, its largest acquisition to date.

Nimbus chief executive Priya Raman said the deal would give the company a foothold in Europe's manufacturing sector. "Quellwerk's customers are exactly the mid-sized factories we want to reach," Raman said in an interview.

Shares of Nimbus, which listed on the Nasdaq in 2021, rose 4.2% in after-hours trading. Analysts at Goldman Sachs said the price was "full but fair".

The acquisition is subject to approval by Germany's Federal Cartel Office. Quellwerk co-founder Jonas Weber, 34, will join Nimbus as head of its industrial division. Lazard advised Quellwerk.

(Reporting by Tom Hollis; Editing by Sarah Klein)"#;

const TECH_BLOG: &str = r#"Apple quietly pushed a new developer beta last night, and the headline feature is one nobody asked for: Genmoji. I spent the morning poking at it.

First, the good news. Apple's on-device model is fast — faster than Google's Gemini Nano running on my phone. Second, the bad: it still can't draw hands.

Over on Mastodon, developer Riley Chen pointed out that the feature quietly phones home to Apple's Private Cloud Compute servers for longer prompts. Apple spokesperson Nadia Quinn told me the requests are "never stored".

Meanwhile at Microsoft, Copilot is getting a similar trick. Satya Nadella teased it in Seattle last month. Whether anyone wants AI stickers is another question. TL;DR: fun toy, not a reason to upgrade.

Update, 3:40 p.m.: An OpenAI spokesperson declined to comment."#;

const ARTICLES: &[Article] = &[
    Article {
        label: "US wire",
        text: US_WIRE,
        gold: &[
            ("Washington", PLA),
            ("NWS", ORG),
            ("Mitch McConnell", PER),
            ("Senate", ORG),
            ("Hillary Clinton", PER),
            ("Capitol", PLA),
            ("Paul Ryan", PER),
            ("Elizabeth Warren", PER),
            ("Massachusetts", PLA),
            ("Wall Street", PLA),
            ("John Podesta", PER),
            ("Ohio", PLA),
            ("Pennsylvania", PLA),
            ("Congressional Budget Office", ORG),
            ("Deborah Kalmbach", PER),
            ("John Kasich", PER),
            ("Columbus Dispatch", ORG),
            ("U.S. Chamber of Commerce", ORG),
            ("US", PLA),
        ],
    },
    Article {
        label: "UK local",
        text: UK_LOCAL,
        gold: &[
            ("Little Brampton", PLA),
            ("North Wessex District Council", ORG),
            ("Hartwell Homes Ltd", ORG),
            ("Brampton Town Hall", PLA),
            ("Margaret Oakes", PER),
            ("Brampton East", PLA),
            ("Dev Patel", PER),
            ("Planning Inspectorate", ORG),
            ("Campaign to Protect Rural England", ORG),
            ("Alan Fairweather", PER),
            ("River Brann", PLA),
            ("Environment Agency", ORG),
        ],
    },
    Article {
        label: "ES regional",
        text: ES_REGIONAL,
        gold: &[
            ("Ayuntamiento de Villanueva del Campo", ORG),
            ("Partido Popular", ORG),
            ("Vox", ORG),
            ("Carmen Ruiz Olmedo", PER),
            ("Jorge Benítez", PER),
            ("calle Mayor", PLA),
            ("plaza de San Roque", PLA),
            ("PSOE", ORG),
            ("Lucía Garrido", PER),
            ("Tribunal Superior de Justicia de Castilla y León", ORG),
            ("Amigos del Casco Viejo", ORG),
            ("Tomás Herrero", PER),
            ("Junta de Castilla y León", ORG),
            ("Diputación de Valladolid", ORG),
        ],
    },
    Article {
        label: "FR local",
        text: FR_LOCAL,
        gold: &[
            ("Saint-Pierre-sur-Dives", PLA),
            ("Jean-Paul Lemoine", PER),
            ("Région Normandie", ORG),
            ("Fondation du patrimoine", ORG),
            ("Martine Duval", PER),
            ("Les Amis de la Halle", ORG),
            ("Gérard Tessier", PER),
            ("Lisieux", PLA),
            ("Calvados", PLA),
            ("Thierry Mosca", PER),
            ("Saint-Germain", PLA),
        ],
    },
    Article {
        label: "DE Lokalteil",
        text: DE_LOKAL,
        gold: &[
            ("Neustadt", PLA),
            ("Helga Brandt", PER),
            ("CDU", ORG),
            ("Landkreis Oberwald", PLA),
            ("Hessen", PLA),
            ("Förderverein Freibad Neustadt", ORG),
            ("Markus Keller", PER),
            ("SPD-Fraktion", ORG),
            ("Uwe Lorenz", PER),
            ("Stadtwerke Neustadt", ORG),
            ("Jens Albers", PER),
            ("Birkenfeld", PLA),
        ],
    },
    Article {
        label: "sports",
        text: SPORTS,
        gold: &[
            ("Manchester", PLA),
            ("England", PLA),
            ("Erling Haaland", PER),
            ("Manchester City", ORG),
            ("Arsenal", ORG),
            ("Etihad Stadium", PLA),
            ("Premier League", ORG),
            ("Norway", PLA),
            ("Kevin De Bruyne", PER),
            ("Bukayo Saka", PER),
            ("Phil Foden", PER),
            ("Pep Guardiola", PER),
            ("Sky Sports", ORG),
            ("Mikel Arteta", PER),
            ("Martin Odegaard", PER),
            ("Champions League", ORG),
            ("Bayern Munich", ORG),
            ("Anthony Taylor", PER),
            ("Brighton & Hove Albion", ORG),
            ("Newcastle United", ORG),
            ("Emirates", PLA),
        ],
    },
    Article {
        label: "business",
        text: BUSINESS,
        gold: &[
            ("San Francisco", PLA),
            ("Reuters", ORG),
            ("Nimbus Analytics Inc", ORG),
            ("Sequoia Capital", ORG),
            ("Berlin", PLA),
            ("Quellwerk GmbH", ORG),
            ("Priya Raman", PER),
            ("Europe", PLA),
            ("Nasdaq", ORG),
            ("Goldman Sachs", ORG),
            ("Germany", PLA),
            ("Federal Cartel Office", ORG),
            ("Jonas Weber", PER),
            ("Lazard", ORG),
        ],
    },
    Article {
        label: "tech blog",
        text: TECH_BLOG,
        gold: &[
            ("Apple", ORG),
            ("Genmoji", OTH),
            ("Google", ORG),
            ("Gemini Nano", OTH),
            ("Mastodon", OTH),
            ("Riley Chen", PER),
            ("Private Cloud Compute", OTH),
            ("Nadia Quinn", PER),
            ("Microsoft", ORG),
            ("Copilot", OTH),
            ("Satya Nadella", PER),
            ("Seattle", PLA),
            ("OpenAI", ORG),
        ],
    },
    Article {
        label: "UK court",
        text: UK_COURT,
        gold: &[
            ("Devon", PLA),
            ("Southmoor Water", ORG),
            ("Exeter Crown Court", ORG),
            ("Helen Marsh", PER),
            ("Environment Agency", ORG),
            ("River Teign", PLA),
            ("Mark Pellow", PER),
            ("Paul Rendle", PER),
        ],
    },
    Article {
        label: "AP Capitol",
        text: AP_CAPITOL,
        gold: &[
            ("Washington", PLA),
            ("AP", ORG),
            ("Senate", ORG),
            ("Joe Biden", PER),
            ("Chuck Schumer", PER),
            ("Pat Toomey", PER),
            ("Capitol", PLA),
            ("Jon Stewart", PER),
            ("Congressional Budget Office", ORG),
        ],
    },
    Article {
        label: "Reuters earnings",
        text: REUTERS_EARNINGS,
        gold: &[
            ("Oslo", PLA),
            ("Reuters", ORG),
            ("Nordvik Lines", ORG),
            ("Ingrid Solberg", PER),
            ("DNB Markets", ORG),
        ],
    },
    Article {
        label: "science",
        text: SCIENCE,
        gold: &[
            ("Animal Cognition", ORG),
            ("Mei Tanaka", PER),
            ("University of Osaka", ORG),
            ("Alan Reyes", PER),
            ("Stanford University", ORG),
        ],
    },
];

const UK_COURT: &str = r#"Water firm fined £3m over sewage spills

A water company has been fined £3m after pumping untreated sewage into a Devon river for more than two years.

Southmoor Water admitted 14 breaches of its permit at Exeter Crown Court on Thursday.

Judge Helen Marsh said the company had shown "a cavalier disregard" for the environment.

"This was not a one-off failure," she told the court. "It was a pattern of neglect."

The Environment Agency, which brought the prosecution, said about 1.2 million litres of sewage had entered the River Teign.

Speaking after the hearing, the agency's area director, Mark Pellow, said the fine should "send a clear message" to the industry.

A spokesperson for Southmoor Water said the firm was "deeply sorry" and had invested £40m in upgrades since 2022.

Local campaigners, many of whom have been swimming in the river for decades, say the damage will take years to repair.

Last month, the company's chief executive, Paul Rendle, told MPs he expected bills to rise by 20% by 2027."#;

const AP_CAPITOL: &str = r#"Senate passes bill to expand veterans' health benefits

WASHINGTON (AP) — The Senate on Tuesday passed a bill that would expand health care for as many as 3.5 million veterans exposed to toxic burn pits, sending the measure to President Joe Biden's desk.

The vote was 86-11. Biden has said he will sign it.

"Our veterans have waited long enough," said Senate Majority Leader Chuck Schumer, D-N.Y. "Today we keep our promise."

Republicans had blocked the bill last week, arguing that a budget provision would allow $400 billion in unrelated spending. Sen. Pat Toomey, R-Pa., who led the opposition, said the change he won was "a technical fix that protects taxpayers."

Veterans groups, who camped outside the Capitol for days, cheered the result. Among them was Jon Stewart, the comedian, who has championed the cause for years.

"It's a good day," Stewart told reporters. "But it should never have taken this long."

The Congressional Budget Office estimates the bill will cost $280 billion over the next decade."#;

const REUTERS_EARNINGS: &str = r#"Nordvik profit beats forecasts as cruise demand holds up

OSLO, March 4 (Reuters) - Norwegian cruise operator Nordvik Lines reported a better-than-expected fourth-quarter profit on Tuesday, saying bookings for the summer season were running 12% ahead of last year.

Operating profit rose to 1.9 billion crowns ($178 million) from 1.1 billion a year earlier, beating the 1.6 billion forecast by analysts in a poll compiled by the company.

"Demand has been remarkably resilient despite higher fuel costs," Chief Executive Ingrid Solberg told Reuters in an interview. She said the company would add two ships in 2026.

Shares in Nordvik, which have fallen by a third since June, rose 6.4% in early trade.

Analysts at DNB Markets said the results eased concerns about the firm's debt, which stood at roughly 14 billion crowns at the end of December."#;

const SCIENCE: &str = r#"Bees can count to four, study suggests

Honeybees can keep track of up to four landmarks when searching for food, according to research published on Wednesday in the journal Animal Cognition.

A team led by Dr. Mei Tanaka at the University of Osaka trained 40 bees to fly past a set number of markers before finding a sugar reward.

"We were surprised by how reliable they were," Tanaka said. About 80% of the bees chose the correct spot after training, the researchers reported.

Other scientists urged caution. Professor Alan Reyes, an entomologist at Stanford University who was not involved in the study, said the results were "intriguing but need to be replicated with larger colonies.""#;

// Held out: written after the rules were tuned on the articles above and
// scored once, without tuning on them; they measure text nobody tuned for.

const HO_COURT: &str = r#"A former county treasurer was sentenced to six years in prison on Friday for stealing $1.2 million from Marion County over a decade.

Judge Patricia Okonkwo told Gregory Lyle, 58, that he had "betrayed every taxpayer in this county." Lyle pleaded guilty in March to wire fraud and tax evasion.

Prosecutors said Lyle moved the money through a shell company, Lakeside Consulting LLC, and spent it on a boat and a condominium in Naples, Florida. His lawyer, Daniel Ferris, asked for leniency, citing Lyle's work with the Rotary Club.

The FBI and the Internal Revenue Service investigated the case. County Commissioner Janet Whitaker said the county had since hired an outside auditor, Baker Tilly, to review its books."#;

const HO_ES_SPORT: &str = r#"El Real Betis venció por 2-0 al Getafe en el estadio Benito Villamarín y se coloca quinto en la clasificación. Los goles llegaron en la segunda parte, obra de Isco Alarcón y del brasileño Vitor Roque.

El entrenador verdiblanco, Manuel Pellegrini, destacó la reacción del equipo tras el descanso. «Hemos sido pacientes», dijo el técnico chileno en rueda de prensa. Su homólogo, José Bordalás, lamentó la expulsión de Djené en el minuto 55.

El próximo partido del Betis será el domingo en Vigo ante el Celta."#;

const HO_FR_BUSINESS: &str = r#"Le groupe lyonnais Boiron a annoncé mardi la suppression de 120 postes dans son usine de Messimy, dans le Rhône. La direction invoque la baisse des ventes après la fin du remboursement de l'homéopathie par la Sécurité sociale.

« C'est un coup dur pour tout le bassin », a réagi le maire de Messimy, Catherine Di Folco. Le syndicat CGT dénonce « un plan décidé à Paris ». Selon Valérie Lorentz-Poinsot, directrice générale du groupe, les salariés concernés se verront proposer un reclassement.

L'Agence régionale de santé Auvergne-Rhône-Alpes n'a pas souhaité commenter."#;

const HO_DE_POLIZEI: &str = r#"Unfall auf der B 27

Tübingen. Bei einem Verkehrsunfall auf der Bundesstraße zwischen Tübingen und Reutlingen sind am Mittwochmorgen zwei Menschen schwer verletzt worden. Nach Angaben der Polizei geriet ein 34-jähriger Autofahrer aus Kusterdingen auf die Gegenfahrbahn.

Die Feuerwehr Tübingen war mit 25 Einsatzkräften vor Ort. Ein Rettungshubschrauber brachte einen Verletzten in die Universitätsklinik Tübingen. Polizeisprecher Martin Raible sagte, die Strecke sei für drei Stunden gesperrt gewesen. Den Sachschaden schätzt die Polizei auf rund 40 000 Euro."#;

const HELD_OUT: &[Article] = &[
    Article {
        label: "held-out court",
        text: HO_COURT,
        gold: &[
            ("Marion County", PLA),
            ("Patricia Okonkwo", PER),
            ("Gregory Lyle", PER),
            ("Lakeside Consulting LLC", ORG),
            ("Naples", PLA),
            ("Florida", PLA),
            ("Daniel Ferris", PER),
            ("Rotary Club", ORG),
            ("FBI", ORG),
            ("Internal Revenue Service", ORG),
            ("Janet Whitaker", PER),
            ("Baker Tilly", ORG),
        ],
    },
    Article {
        label: "held-out ES sport",
        text: HO_ES_SPORT,
        gold: &[
            ("Real Betis", ORG),
            ("Getafe", ORG),
            ("Benito Villamarín", PLA),
            ("Isco Alarcón", PER),
            ("Vitor Roque", PER),
            ("Manuel Pellegrini", PER),
            ("José Bordalás", PER),
            ("Djené", PER),
            ("Vigo", PLA),
            ("Celta", ORG),
        ],
    },
    Article {
        label: "held-out FR business",
        text: HO_FR_BUSINESS,
        gold: &[
            ("Boiron", ORG),
            ("Messimy", PLA),
            ("Rhône", PLA),
            ("Sécurité sociale", ORG),
            ("Catherine Di Folco", PER),
            ("CGT", ORG),
            ("Paris", PLA),
            ("Valérie Lorentz-Poinsot", PER),
            ("Agence régionale de santé Auvergne-Rhône-Alpes", ORG),
        ],
    },
    Article {
        label: "held-out DE Polizei",
        text: HO_DE_POLIZEI,
        gold: &[
            ("B 27", PLA),
            ("Tübingen", PLA),
            ("Reutlingen", PLA),
            ("Kusterdingen", PLA),
            ("Feuerwehr Tübingen", ORG),
            ("Universitätsklinik Tübingen", ORG),
            ("Martin Raible", PER),
        ],
    },
];

/// (true positives, predicted, gold) of one article, printing the differences.
fn score(a: &Article) -> (usize, usize, usize) {
    let e = entities::find(a.text, &segment::sentences(a.text));
    let got: Vec<(&str, EntityType)> = e.list.iter().map(|x| (x.name.as_str(), x.kind)).collect();
    let tp = got.iter().filter(|g| a.gold.contains(g)).count();
    println!(
        "== {} ({tp}/{} predicted, {} gold)",
        a.label,
        got.len(),
        a.gold.len()
    );
    for g in a.gold.iter().filter(|g| !got.contains(g)) {
        println!("   missed   {:?} {:?}", g.0, g.1);
    }
    for g in got.iter().filter(|g| !a.gold.contains(g)) {
        println!("   spurious {:?} {:?}", g.0, g.1);
    }
    (tp, got.len(), a.gold.len())
}

#[test]
fn gold_set_precision_recall() {
    let (mut tp, mut pred, mut gold) = (0, 0, 0);
    for a in ARTICLES {
        let (t, p, g) = score(a);
        tp += t;
        pred += p;
        gold += g;
    }
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    println!("OVERALL precision {p:.3} recall {r:.3} ({tp} of {pred} predicted, {gold} gold)");
    assert!(p >= MIN_PRECISION, "precision {p:.3}");
    assert!(r >= MIN_RECALL, "recall {r:.3}");
}

/// Lowest precision and recall on the held-out articles.
const MIN_HELD_OUT_PRECISION: f64 = 0.6;
const MIN_HELD_OUT_RECALL: f64 = 0.6;

#[test]
fn held_out_precision_recall() {
    let (mut tp, mut pred, mut gold) = (0, 0, 0);
    for a in HELD_OUT {
        let (t, p, g) = score(a);
        tp += t;
        pred += p;
        gold += g;
    }
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    println!("HELD-OUT precision {p:.3} recall {r:.3} ({tp} of {pred} predicted, {gold} gold)");
    assert!(p >= MIN_HELD_OUT_PRECISION, "precision {p:.3}");
    assert!(r >= MIN_HELD_OUT_RECALL, "recall {r:.3}");
}

#[test]
fn gold_set_has_no_duplicates() {
    for a in ARTICLES.iter().chain(HELD_OUT) {
        let e = entities::find(a.text, &segment::sentences(a.text));
        let mut names: Vec<&str> = e.list.iter().map(|x| x.name.as_str()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "{}: an entity listed twice", a.label);
    }
}

/// Prints the entities of the files named in `ENTS_DUMP` (space separated):
/// `ENTS_DUMP="a.txt b.txt" cargo test -p newsfacts-analyze --test entities_styles -- --ignored --nocapture`.
#[test]
#[ignore = "a tool for reading unseen text by eye"]
fn dump_files() {
    let paths = std::env::var("ENTS_DUMP").unwrap_or_default();
    for p in paths.split_whitespace() {
        let Ok(text) = std::fs::read_to_string(p) else {
            continue;
        };
        let sents = segment::sentences(&text);
        if std::env::var("ENTS_SENTS").is_ok() {
            for s in &sents {
                println!("  SENT {:?}", text.get(s.start..s.end));
            }
        }
        let e = entities::find(&text, &sents);
        let list: Vec<String> = e
            .list
            .iter()
            .map(|x| {
                format!("{}/{:?}", x.name, x.kind)
                    .replace("Organization", "O")
                    .replace("Person", "P")
                    .replace("Place", "L")
                    .replace("Other", "X")
            })
            .collect();
        println!("{p}: {}", list.join(" | "));
    }
}

#[test]
fn company_heads_and_clock_times() {
    let text = "Game studio deal\n\n\
        Take-Two Interactive agreed to buy the studio on Monday. Marvel Entertainment said the \
        show starts at 8 P.M. on Friday. The Klingon Empire is its next game.";
    let s = newsfacts_analyze::segment::sentences(text);
    let e = newsfacts_analyze::entities::find(text, &s);
    let kind = |n: &str| e.list.iter().find(|x| x.name == n).map(|x| x.kind);
    assert_eq!(
        kind("Take-Two Interactive"),
        Some(newsfacts_model::EntityType::Organization)
    );
    assert_eq!(
        kind("Marvel Entertainment"),
        Some(newsfacts_model::EntityType::Organization)
    );
    assert!(
        e.list.iter().all(|x| !x.name.starts_with("P.M")),
        "{:?}",
        e.list
    );
}

#[test]
fn one_word_brands_are_bodies_and_namesakes_stay_apart() {
    let text = "Checkers at work\n\n\
        FactBase announced it will have 18 fact-checkers. Later FactBase says its stream is live, \
        and FactBase told readers to follow along. Senator Ed McAllister said the checks were fair.\n\n\
        Hillary Clinton spoke first. Dr. Ann Lutz, the physician of former President Bill Clinton, \
        said that in 1998 Clinton allowed her staff to hide a clot. Mrs. Clinton said nothing.";
    let s = segment::sentences(text);
    let e = entities::find(text, &s);
    let kind = |n: &str| e.list.iter().find(|x| x.name == n).map(|x| x.kind);
    assert_eq!(kind("FactBase"), Some(ORG), "{:?}", e.list);
    // A "Mc" surname is no brand.
    assert_eq!(kind("Ed McAllister"), Some(PER), "{:?}", e.list);
    // The bare surname before "her staff", and "Mrs.", are Hillary's.
    let count = |n: &str| {
        let i = e.list.iter().position(|x| x.name == n);
        e.mentions.iter().filter(|m| Some(m.entity) == i).count()
    };
    assert_eq!(count("Hillary Clinton"), 3, "{:?}", e.list);
    assert_eq!(count("Bill Clinton"), 1, "{:?}", e.list);
}
