//! Search benchmark: generates a synthetic corpus (100,000 articles by
//! default), ingests it, and prints the insert rate and the p50/p99 latency
//! of a mix of queries.
//!
//! ```text
//! cargo run --release -p newsfacts-store --example bench_search -- [ARTICLES] [DB PATH] [--keep]
//! ```
//!
//! `--keep` reuses an existing store at DB PATH instead of ingesting again.
//! The generator is deterministic and writes its own words: no real text.

use std::time::{Duration, Instant};

use newsfacts_model::{Article, Entity, EntityType, Kind, Quantity, Statement, StatementKind};
use newsfacts_store::{Order, Outcome, Query, SearchKind, Store, StoreError};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    /// Skewed towards small indices (roughly Zipf-like).
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((u * u * u) * n as f64) as usize % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const SYLLABLES: [&str; 40] = [
    "ka", "lo", "mi", "ran", "te", "vo", "su", "dal", "pe", "ni", "gor", "ba", "shi", "tu", "fen",
    "ri", "ma", "kel", "do", "zu", "an", "bre", "ci", "ost", "ul", "ver", "ja", "mon", "ek", "pri",
    "sta", "hu", "lin", "ro", "qua", "des", "ti", "nor", "el", "wa",
];

fn make_word(rng: &mut Rng, syllables: usize) -> String {
    (0..syllables)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect()
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

struct World {
    words: Vec<String>,
    sites: Vec<String>,
    people: Vec<(String, String)>, // (full name, surname alias)
    orgs: Vec<(String, String)>,   // (name, acronym)
    places: Vec<String>,
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let mut words: Vec<String> = (0..12_000).map(|i| make_word(rng, 2 + i % 3)).collect();
        words.sort();
        words.dedup();
        // Shuffle so that frequency does not follow alphabetical order.
        for i in (1..words.len()).rev() {
            let j = rng.below(i + 1);
            words.swap(i, j);
        }
        let sites = (0..25)
            .map(|i| {
                format!(
                    "{} {}",
                    capitalise(&make_word(rng, 2)),
                    ["Herald", "Times", "Post", "Wire", "News"][i % 5]
                )
            })
            .collect();
        let people = (0..500)
            .map(|_| {
                let last = capitalise(&make_word(rng, 3));
                (format!("{} {}", capitalise(&make_word(rng, 2)), last), last)
            })
            .collect();
        let orgs = (0..200)
            .map(|_| {
                let parts: Vec<String> = (0..3).map(|_| capitalise(&make_word(rng, 2))).collect();
                let acronym: String = parts.iter().filter_map(|p| p.chars().next()).collect();
                (
                    format!("{} Council", parts.join(" ")),
                    format!("{acronym}C"),
                )
            })
            .collect();
        let places = (0..150).map(|_| capitalise(&make_word(rng, 3))).collect();
        World {
            words,
            sites,
            people,
            orgs,
            places,
        }
    }

    fn sentence(&self, rng: &mut Rng, words: usize) -> String {
        let mut s: Vec<&str> = Vec::with_capacity(words);
        for _ in 0..words {
            s.push(&self.words[rng.skewed(self.words.len())]);
        }
        let mut out = capitalise(&s.join(" "));
        out.push('.');
        out
    }

    fn article(&self, rng: &mut Rng, n: usize) -> Article {
        let mut a = Article::new(format!("bench.warc.gz#{n}"));
        a.kind = Kind::Article;
        let site = &self.sites[rng.skewed(self.sites.len())];
        a.site = Some(site.clone());
        let (y, m, d) = (2014 + rng.below(5), 1 + rng.below(12), 1 + rng.below(28));
        a.published = Some(format!(
            "{y}-{m:02}-{d:02}T{:02}:{:02}",
            rng.below(24),
            rng.below(60)
        ));
        a.url = Some(format!(
            "https://news{}.example/{y}/{m:02}/story-{n}",
            rng.below(25)
        ));
        let len = 6 + rng.below(6);
        a.title = Some(self.sentence(rng, len).trim_end_matches('.').into());
        a.language = Some("en".into());
        let mut text = String::new();
        let speakers: Vec<usize> = (0..1 + rng.below(3))
            .map(|_| rng.skewed(self.people.len()))
            .collect();
        let org = rng.skewed(self.orgs.len());
        let place = rng.skewed(self.places.len());
        for p in 0..3 + rng.below(5) {
            if p > 0 {
                text.push_str("\n\n");
            }
            for _ in 0..2 + rng.below(3) {
                let len = 8 + rng.below(12);
                text.push_str(&self.sentence(rng, len));
                text.push(' ');
            }
            if rng.chance(50) {
                let (name, _) = &self.people[speakers[rng.below(speakers.len())]];
                text.push_str(&format!(
                    "{name} visited {} with the {}. ",
                    self.places[place], self.orgs[org].0
                ));
            }
        }
        for &sp in &speakers {
            let (name, _) = &self.people[sp];
            for _ in 0..1 + rng.below(2) {
                let len = 6 + rng.below(10);
                let quote = self.sentence(rng, len);
                let quote = quote.trim_end_matches('.').to_string();
                let start = text.chars().count() + 1;
                text.push_str(&format!(" \"{quote},\" {name} said."));
                a.statements.push(Statement {
                    kind: if rng.chance(70) {
                        StatementKind::Direct
                    } else {
                        StatementKind::Indirect
                    },
                    quote: quote.clone(),
                    speaker: Some(name.clone()),
                    speaker_mention: Some(name.clone()),
                    speaker_span: None,
                    cue: Some(["said", "told reporters", "according to"][rng.below(3)].into()),
                    start,
                    end: start + quote.chars().count(),
                });
            }
        }
        for _ in 0..rng.below(4) {
            let value = (rng.below(100_000) + 1) as f64;
            let about = self.words[rng.skewed(self.words.len())].clone();
            let qtext = format!("more than {value} {about}");
            let start = text.chars().count() + 1;
            text.push_str(&format!(" There were {qtext}."));
            a.quantities.push(Quantity {
                value,
                value_max: None,
                unit: None,
                end: start + 10 + qtext.chars().count(),
                text: qtext,
                about: Some(about),
                qualifier: Some("more than".into()),
                claimed_by: if rng.chance(50) {
                    Some(self.people[speakers[0]].0.clone())
                } else {
                    None
                },
                start: start + 10,
            });
        }
        for &sp in &speakers {
            let (name, last) = &self.people[sp];
            a.entities.push(Entity {
                name: name.clone(),
                kind: EntityType::Person,
                mentions: vec![[0, name.len()]],
                aliases: vec![last.clone()],
            });
        }
        a.entities.push(Entity {
            name: self.orgs[org].0.clone(),
            kind: EntityType::Organization,
            mentions: vec![[0, 5]],
            aliases: vec![self.orgs[org].1.clone()],
        });
        a.entities.push(Entity {
            name: self.places[place].clone(),
            kind: EntityType::Place,
            mentions: vec![[0, 5]],
            aliases: vec![],
        });
        a.text = text;
        a
    }

    /// A syndicated copy: other site, a word changed, other chrome.
    fn copy(&self, rng: &mut Rng, of: &Article, n: usize) -> Article {
        let mut a = of.clone();
        a.source = format!("bench.warc.gz#{n}");
        a.site = Some(self.sites[rng.below(self.sites.len())].clone());
        let w = &self.words[rng.below(self.words.len())];
        a.text = format!(
            "{} Copyright {} all rights reserved.",
            a.text.replacen(' ', &format!(" {w} "), 1),
            w
        );
        a
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i]
}

fn main() -> Result<(), StoreError> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let keep = args.iter().any(|a| a == "--keep");
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let n: usize = positional
        .first()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let path = positional.get(1).map(|s| s.to_string()).unwrap_or_else(|| {
        std::env::temp_dir()
            .join("newsfacts-bench.db")
            .display()
            .to_string()
    });

    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let world = World::new(&mut rng);
    let exists = std::path::Path::new(&path).exists();
    if !(keep && exists) {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{path}{suffix}"));
        }
        let mut store = Store::open(&path)?;
        let start = Instant::now();
        let mut recent: Vec<Article> = Vec::new();
        let mut batch: Vec<Outcome> = Vec::with_capacity(1000);
        let mut text_bytes = 0usize;
        for i in 0..n {
            let a = if !recent.is_empty() && rng.chance(8) {
                let of = recent[rng.below(recent.len())].clone();
                world.copy(&mut rng, &of, i)
            } else {
                let a = world.article(&mut rng, i);
                if recent.len() < 200 {
                    recent.push(a.clone());
                } else {
                    let k = rng.below(200);
                    recent[k] = a.clone();
                }
                a
            };
            text_bytes += a.text.len();
            batch.push(Outcome::Article(a));
            if batch.len() == 1000 {
                store.write_batch(&batch)?;
                batch.clear();
            }
        }
        store.write_batch(&batch)?;
        let secs = start.elapsed().as_secs_f64();
        let counts = store.counts()?;
        println!(
            "ingest: {} articles ({:.0} MB of text) in {:.1} s = {:.0} articles/s (generation included); {} near-duplicates",
            counts.articles,
            text_bytes as f64 / 1e6,
            secs,
            n as f64 / secs,
            counts.near_duplicates
        );
        let t = Instant::now();
        store.optimize()?;
        println!(
            "optimize (ANALYZE + FTS merge): {:.1} s",
            t.elapsed().as_secs_f64()
        );
        drop(store);
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        println!("store file: {:.0} MB", size as f64 / 1e6);
    }

    let store = Store::open_read_only(&path)?;
    let mut qrng = Rng(0x0DDB_A115_EED0);
    let word = |rng: &mut Rng| world.words[rng.skewed(world.words.len())].clone();
    let mut latencies: Vec<(&str, Duration, usize)> = Vec::new();
    for round in 0..600 {
        let person = &world.people[qrng.skewed(world.people.len())];
        let site = world.sites[qrng.below(world.sites.len())].clone();
        let year = 2014 + qrng.below(5);
        let (label, q) = match round % 12 {
            0 => ("word", Query::text(word(&mut qrng))),
            1 => {
                let (a, b) = (word(&mut qrng), word(&mut qrng));
                ("a AND b", Query::text(format!("{a} AND {b}")))
            }
            2 => {
                let (a, b) = (word(&mut qrng), word(&mut qrng));
                ("a OR b", Query::text(format!("{a} OR {b}")))
            }
            3 => {
                let (a, b) = (word(&mut qrng), word(&mut qrng));
                ("a NOT b", Query::text(format!("{a} NOT {b}")))
            }
            4 => {
                let (a, b) = (word(&mut qrng), word(&mut qrng));
                ("\"phrase\"", Query::text(format!("\"{a} {b}\"")))
            }
            5 => (
                "site+month by date",
                Query {
                    site: Some(site),
                    from: Some(format!("{year}-03")),
                    to: Some(format!("{year}-04")),
                    order: Order::Date,
                    ..Query::default()
                },
            ),
            6 => (
                "statements by alias, by date",
                Query {
                    kind: SearchKind::Statements,
                    speaker: Some(person.1.clone()),
                    order: Order::Date,
                    ..Query::default()
                },
            ),
            7 => (
                "statements speaker+word+year",
                Query {
                    kind: SearchKind::Statements,
                    speaker: Some(person.0.clone()),
                    text: Some(word(&mut qrng)),
                    from: Some(year.to_string()),
                    to: Some(year.to_string()),
                    ..Query::default()
                },
            ),
            8 => (
                "quantities by claimant+year",
                Query {
                    kind: SearchKind::Quantities,
                    speaker: Some(person.1.clone()),
                    from: Some(format!("{year}-05")),
                    to: Some(format!("{year}-05")),
                    ..Query::default()
                },
            ),
            9 => (
                "entity+word",
                Query {
                    entity: Some(world.orgs[qrng.skewed(world.orgs.len())].1.clone()),
                    text: Some(word(&mut qrng)),
                    ..Query::default()
                },
            ),
            10 => (
                "statements word",
                Query {
                    kind: SearchKind::Statements,
                    text: Some(word(&mut qrng)),
                    ..Query::default()
                },
            ),
            _ => (
                "latest articles",
                Query {
                    order: Order::Date,
                    ..Query::default()
                },
            ),
        };
        let t = Instant::now();
        let hits = store.search(&q)?;
        latencies.push((label, t.elapsed(), hits.len()));
    }
    let mut all: Vec<Duration> = latencies.iter().map(|l| l.1).collect();
    all.sort();
    println!(
        "search: {} queries, p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        all.len(),
        percentile(&all, 0.5).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    let mut labels: Vec<&str> = latencies.iter().map(|l| l.0).collect();
    labels.dedup();
    labels.truncate(12);
    for label in labels {
        let mut d: Vec<Duration> = latencies
            .iter()
            .filter(|l| l.0 == label)
            .map(|l| l.1)
            .collect();
        d.sort();
        let hits: usize = latencies.iter().filter(|l| l.0 == label).map(|l| l.2).sum();
        println!(
            "  {label:<30} p50 {:>7.2} ms  p99 {:>7.2} ms  avg hits {:.1}",
            percentile(&d, 0.5).as_secs_f64() * 1e3,
            percentile(&d, 0.99).as_secs_f64() * 1e3,
            hits as f64 / d.len() as f64
        );
    }
    let t = Instant::now();
    let stats = store.stats()?;
    println!(
        "stats: {} site-month rows, top speaker {:?}, in {:.0} ms",
        stats.per_site_month.len(),
        stats.top_speakers.first().map(|s| (&s.name, s.count)),
        t.elapsed().as_secs_f64() * 1e3
    );
    Ok(())
}
