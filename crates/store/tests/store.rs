//! End-to-end tests of the store on small synthetic corpora.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use newsfacts_model::{
    Article, DateMention, Entity, EntityType, Kind, Quantity, Related, Statement, StatementKind,
};
use newsfacts_store::{
    FORMAT_VERSION, HitKind, Order, Outcome, Query, SearchKind, Store, StoreError,
};

/// A fresh folder under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "newsfacts-store-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

const WIRE: &str = "MOSCOW, May 10 - Russia hopes that cooperation with the United States \
on the Syrian settlement will lead to fundamental changes in the region, President Vladimir \
Putin said on Tuesday after talks with the Kremlin security council. \"We are ready to work \
together with our American partners,\" Putin told reporters, adding that the ceasefire had \
largely held since February. The Russian air force has flown more than 10,000 sorties since \
the start of the operation last September, the defence ministry said. Western diplomats were \
cautious about the statement and said that much depended on what happens on the ground in \
Aleppo and around Palmyra over the coming weeks. The International Syria Support Group is \
due to meet in Vienna next week to discuss the next steps of the political process, officials \
said, and the foreign ministers of both countries are expected to attend the talks.";

const OTHER: &str = "LONDON - The Bank of England kept interest rates on hold on Thursday as \
policymakers weighed signs of a slowdown in the housing market against stubborn inflation in \
the services sector. Governor Mark Carney said the committee was watching wage growth closely \
and that the next move could be in either direction. Markets had expected the decision, and \
sterling was little changed against the dollar and the euro after the announcement. Economists \
said the bank would probably wait for the summer forecasts before deciding whether the economy \
needed more support, with several members of the committee worried about weak investment by \
businesses ahead of the vote on membership of the European Union in June.";

fn statement(speaker: &str, quote: &str, cue: &str) -> Statement {
    Statement {
        kind: StatementKind::Direct,
        quote: quote.into(),
        speaker: Some(speaker.into()),
        speaker_mention: Some("Putin".into()),
        speaker_span: Some([300, 305]),
        cue: Some(cue.into()),
        start: 240,
        end: 290,
    }
}

fn wire_article(source: &str, site: &str, published: &str, text: &str) -> Article {
    let mut a = Article::new(source);
    a.url = Some(format!("https://{site}.example/{source}"));
    a.site = Some(site.into());
    a.title = Some("Putin hopes Russia-US cooperation will lead to fundamental changes".into());
    a.published = Some(published.into());
    a.language = Some("en".into());
    a.text = text.into();
    a.kind = Kind::Article;
    a.authors = vec!["Jane Doe".into()];
    a.statements = vec![statement(
        "Vladimir Putin",
        "We are ready to work together with our American partners",
        "told",
    )];
    a.quantities = vec![Quantity {
        value: 10000.0,
        value_max: None,
        unit: None,
        text: "more than 10,000 sorties".into(),
        about: Some("sorties".into()),
        qualifier: Some("more than".into()),
        claimed_by: Some("Russian Defence Ministry".into()),
        start: 400,
        end: 424,
    }];
    a.entities = vec![
        Entity {
            name: "Vladimir Putin".into(),
            kind: EntityType::Person,
            mentions: vec![[150, 164], [250, 255]],
            aliases: vec!["Putin".into(), "President Putin".into()],
        },
        Entity {
            name: "International Syria Support Group".into(),
            kind: EntityType::Organization,
            mentions: vec![[700, 733]],
            aliases: vec!["ISSG".into()],
        },
    ];
    a
}

fn other_article(source: &str, site: &str, published: &str) -> Article {
    let mut a = Article::new(source);
    a.site = Some(site.into());
    a.title = Some("Bank of England holds rates".into());
    a.published = Some(published.into());
    a.text = OTHER.into();
    a.kind = Kind::Article;
    a.statements = vec![Statement {
        kind: StatementKind::Indirect,
        quote: "the committee was watching wage growth closely".into(),
        speaker: Some("Mark Carney".into()),
        speaker_mention: Some("Governor Mark Carney".into()),
        speaker_span: None,
        cue: Some("said".into()),
        start: 150,
        end: 200,
    }];
    a.quantities = vec![Quantity {
        value: 0.5,
        value_max: Some(0.75),
        unit: Some("%".into()),
        text: "between 0.5 and 0.75 percent".into(),
        about: Some("interest rates".into()),
        qualifier: None,
        claimed_by: Some("Mark Carney".into()),
        start: 10,
        end: 30,
    }];
    a.entities = vec![Entity {
        name: "Bank of England".into(),
        kind: EntityType::Organization,
        mentions: vec![[9, 24]],
        aliases: vec!["BoE".into()],
    }];
    a
}

/// The full article: every field set, every list filled.
fn full_article() -> Article {
    let mut a = wire_article(
        "crawl.warc.gz#1234",
        "RT",
        "2016-05-10T16:21:00+03:00",
        WIRE,
    );
    a.updated = Some("2016-05-11".into());
    a.description = Some("Putin on Syria".into());
    a.fetched = Some("2016-05-12T00:00:01Z".into());
    a.related = vec![
        Related {
            title: "Other story".into(),
            url: Some("https://rt.example/other".into()),
        },
        Related {
            title: "No link".into(),
            url: None,
        },
    ];
    a.statements.push(Statement {
        kind: StatementKind::Mixed,
        quote: "the ceasefire had \"largely held\" — ünïcödé".into(),
        speaker: None,
        speaker_mention: None,
        speaker_span: None,
        cue: None,
        start: 0,
        end: 3,
    });
    a.dates = vec![
        DateMention {
            text: "on Tuesday".into(),
            value: "2016-05-10".into(),
            start: 200,
            end: 210,
        },
        DateMention {
            text: "last September".into(),
            value: "2015-09".into(),
            start: 500,
            end: 514,
        },
    ];
    a.quantities[0].value = 0.1 + 0.2; // not exactly representable in decimal
    a
}

/// The wire story with a few words changed and other chrome around it.
fn edited(extra: &str) -> String {
    let text = WIRE
        .replace("MOSCOW, May 10 - ", "")
        .replace("on Tuesday", "on Tuesday evening");
    format!("{text} {extra}")
}

fn small_corpus() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let batch = vec![
        Outcome::Article(wire_article("a1", "Reuters", "2016-05-10T10:00", WIRE)),
        Outcome::Article(wire_article(
            "a2",
            "Yahoo",
            "2016-05-10T12:00",
            &edited("Follow us on social media."),
        )),
        Outcome::Article(wire_article(
            "a3",
            "Local Paper",
            "2016-05-11",
            &edited("Copyright 2016 Local Paper. All rights reserved."),
        )),
        Outcome::Article(other_article("b1", "BBC", "2016-03-17")),
        Outcome::Skipped {
            source: "s1".into(),
            reason: "not html".into(),
        },
        Outcome::Failed {
            source: "f1".into(),
            reason: "gzip: unexpected end of file".into(),
        },
    ];
    store.write_batch(&batch).unwrap();
    store
}

#[test]
fn fts5_is_compiled_in() {
    let store = Store::open_in_memory().unwrap();
    let conn = store.connection();
    let used: i64 = conn
        .query_row("SELECT sqlite_compileoption_used('ENABLE_FTS5')", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(used, 1);
    let n: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%USING fts5%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(n, 3);
}

#[test]
fn article_round_trips_exactly() {
    let mut store = Store::open_in_memory().unwrap();
    let a = full_article();
    let mut minimal = Article::new("minimal");
    minimal.kind = Kind::Empty;
    store
        .write_batch(&[
            Outcome::Article(a.clone()),
            Outcome::Article(minimal.clone()),
        ])
        .unwrap();
    assert_eq!(
        store.article_by_source("crawl.warc.gz#1234").unwrap(),
        Some(a.clone())
    );
    assert_eq!(
        store.article_by_source("minimal").unwrap(),
        Some(minimal.clone())
    );
    assert_eq!(store.article_by_source("nope").unwrap(), None);

    let mut out = Vec::new();
    assert_eq!(store.export_jsonl(&mut out).unwrap(), 2);
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], serde_json::to_string(&a).unwrap());
    assert_eq!(lines[1], serde_json::to_string(&minimal).unwrap());
    let back: Article = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(back, a);
}

#[test]
fn rewriting_adds_nothing_twice() {
    let mut store = small_corpus();
    let before = store.counts().unwrap();
    let again = vec![
        Outcome::Article(wire_article("a1", "Reuters", "2016-05-10T10:00", WIRE)),
        Outcome::Failed {
            source: "f1".into(),
            reason: "other reason".into(),
        },
        Outcome::Article(other_article("b2", "BBC", "2016-03-18")),
        Outcome::Article(other_article("b2", "BBC", "2016-03-18")),
    ];
    let s = store.write_batch(&again).unwrap();
    assert_eq!((s.added, s.already_stored), (1, 3));
    let s = store.write_batch(&again).unwrap();
    assert_eq!((s.added, s.already_stored), (0, 4));
    let after = store.counts().unwrap();
    assert_eq!(after.records, before.records + 1);
    assert_eq!(after.articles, before.articles + 1);
    assert_eq!(after.failed, before.failed);
    // b2 is a copy of b1's story but BBC text is short of nothing: it is grouped.
    assert_eq!(after.near_duplicates, before.near_duplicates + 1);
    let hits = store
        .search(&Query {
            speaker: Some("Carney".into()),
            kind: SearchKind::Statements,
            collapse_duplicates: false,
            ..Query::default()
        })
        .unwrap();
    assert!(hits.is_empty(), "Carney has no alias recorded");
    let hits = store
        .search(&Query {
            speaker: Some("mark carney".into()),
            kind: SearchKind::Statements,
            collapse_duplicates: false,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(hits.len(), 2, "one statement per stored article");
}

#[test]
fn counts_and_failures() {
    let store = small_corpus();
    let c = store.counts().unwrap();
    assert_eq!(c.records, 6);
    assert_eq!(c.articles, 4);
    assert_eq!(c.skipped, vec![("not html".to_string(), 1)]);
    assert_eq!(
        c.failed,
        vec![("gzip: unexpected end of file".to_string(), 1)]
    );
    assert_eq!(c.articles + c.skipped_total() + c.failed_total(), c.records);
    assert_eq!(c.near_duplicates, 2);
    let f = store.failures().unwrap();
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].source, "f1");
    assert_eq!(f[0].error, "gzip: unexpected end of file");
    assert!(store.has_record("s1").unwrap());
}

#[test]
fn near_duplicates_are_grouped_and_collapsed() {
    let store = small_corpus();
    let id = |src: &str| {
        store
            .connection()
            .query_row("SELECT id FROM articles WHERE source = ?1", [src], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
    };
    let (a1, a2, a3, b1) = (id("a1"), id("a2"), id("a3"), id("b1"));
    assert_eq!(store.duplicate_of(a1).unwrap(), None);
    assert_eq!(store.duplicate_of(a2).unwrap(), Some(a1));
    assert_eq!(store.duplicate_of(a3).unwrap(), Some(a1));
    assert_eq!(store.duplicate_of(b1).unwrap(), None);

    let hits = store.search(&Query::text("cooperation")).unwrap();
    assert_eq!(hits.len(), 1, "{hits:#?}");
    assert_eq!(hits[0].copies, 2);
    let all = store
        .search(&Query {
            collapse_duplicates: false,
            ..Query::text("cooperation")
        })
        .unwrap();
    assert_eq!(all.len(), 3);
    assert!(all.iter().all(|h| h.copies == 2));
    assert_eq!(all.iter().filter(|h| h.duplicate_of == Some(a1)).count(), 2);

    // A filter that only a copy passes still finds the story, through that copy.
    let hits = store
        .search(&Query {
            site: Some("yahoo".into()),
            ..Query::text("cooperation")
        })
        .unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].article_id, a2);
    assert_eq!(hits[0].copies, 2);

    // Statements of copies collapse too.
    let st = store
        .search(&Query {
            kind: SearchKind::Statements,
            speaker: Some("Putin".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(st.len(), 1);
    assert_eq!(st[0].copies, 2);
}

#[test]
fn short_texts_are_not_grouped() {
    let mut store = Store::open_in_memory().unwrap();
    let mut x = Article::new("x");
    x.kind = Kind::Article;
    x.text = "Short brief: markets closed higher today.".into();
    let mut y = x.clone();
    y.source = "y".into();
    store
        .write_batch(&[Outcome::Article(x), Outcome::Article(y)])
        .unwrap();
    assert_eq!(store.counts().unwrap().near_duplicates, 0);
}

#[test]
fn text_search_phrases_and_booleans() {
    let store = small_corpus();
    let n = |q: &str| store.search(&Query::text(q)).unwrap().len();
    assert_eq!(n(r#""United States""#), 1);
    assert_eq!(n(r#""States United""#), 0);
    assert_eq!(n("interest AND rates"), 1);
    assert_eq!(n("cooperation OR inflation"), 2);
    assert_eq!(n("cooperation NOT inflation"), 1);
    assert_eq!(n("(Putin OR Carney) AND sterling"), 1);
    assert_eq!(
        n("Russia-US"),
        1,
        "punctuated words become phrases, title matched"
    );
    assert_eq!(n("coop*"), 1);
    assert_eq!(n("zanzibar"), 0);
    let hits = store.search(&Query::text("sterling")).unwrap();
    let snippet = hits[0].snippet.as_deref().unwrap();
    assert!(snippet.contains("[sterling]"), "{snippet}");
    assert!(hits[0].score.is_some());
}

#[test]
fn malformed_queries_are_clear_errors() {
    let store = small_corpus();
    for bad in [r#""United States"#, "Putin AND", "(Putin", "a () b"] {
        match store.search(&Query::text(bad)) {
            Err(StoreError::BadQuery(msg)) => assert!(!msg.is_empty()),
            other => panic!("{bad}: {other:?}"),
        }
    }
    let err = store.search(&Query::text("\"open")).unwrap_err();
    assert!(err.to_string().contains("quotation mark"), "{err}");
}

#[test]
fn filters_site_dates_speaker_entity() {
    let store = small_corpus();
    let q = |q: Query| store.search(&q).unwrap();
    let all = Query {
        collapse_duplicates: false,
        ..Query::default()
    };
    assert_eq!(q(all.clone()).len(), 4);
    // Date order: newest first, undated last.
    let dated = q(Query {
        order: Order::Date,
        ..all.clone()
    });
    let dates: Vec<_> = dated.iter().map(|h| h.published.clone().unwrap()).collect();
    assert_eq!(
        dates,
        [
            "2016-05-11",
            "2016-05-10T12:00",
            "2016-05-10T10:00",
            "2016-03-17"
        ]
    );
    // Inclusive prefixes.
    let may = Query {
        from: Some("2016-05".into()),
        to: Some("2016-05".into()),
        ..all.clone()
    };
    assert_eq!(q(may).len(), 3);
    let tenth = Query {
        from: Some("2016-05-10".into()),
        to: Some("2016-05-10".into()),
        ..all.clone()
    };
    assert_eq!(q(tenth).len(), 2);
    assert_eq!(
        q(Query {
            to: Some("2016-04".into()),
            ..all.clone()
        })
        .len(),
        1
    );
    assert_eq!(
        q(Query {
            site: Some("bbc".into()),
            ..all.clone()
        })
        .len(),
        1
    );
    // Speaker by alias (from the entity list), case-insensitive; entity by alias.
    for name in ["Vladimir Putin", "putin", "PRESIDENT  PUTIN"] {
        assert_eq!(
            q(Query {
                speaker: Some(name.into()),
                ..all.clone()
            })
            .len(),
            3,
            "{name}"
        );
    }
    assert_eq!(
        q(Query {
            entity: Some("issg".into()),
            ..Query::default()
        })
        .len(),
        1
    );
    assert_eq!(
        q(Query {
            entity: Some("BoE".into()),
            ..all.clone()
        })
        .len(),
        1
    );
    assert!(
        q(Query {
            speaker: Some("Nobody".into()),
            ..all.clone()
        })
        .is_empty()
    );
}

#[test]
fn statement_and_quantity_search() {
    let store = small_corpus();
    let st = store
        .search(&Query {
            kind: SearchKind::Statements,
            text: Some("\"American partners\"".into()),
            speaker: Some("Putin".into()),
            from: Some("2016-05".into()),
            collapse_duplicates: false,
            ..Query::default()
        })
        .unwrap();
    assert_eq!(st.len(), 3);
    let s = st[0].statement.as_ref().unwrap();
    assert_eq!(st[0].kind, HitKind::Statement);
    assert_eq!(s.speaker.as_deref(), Some("Vladimir Putin"));
    assert_eq!(s.cue.as_deref(), Some("told"));
    assert!(s.quote.contains("American partners"));
    // The text query matches the quote, not the article.
    let none = store
        .search(&Query {
            kind: SearchKind::Statements,
            text: Some("Aleppo".into()),
            ..Query::default()
        })
        .unwrap();
    assert!(none.is_empty());
    let by_site = store
        .search(&Query {
            kind: SearchKind::Statements,
            site: Some("BBC".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(by_site.len(), 1);
    assert_eq!(
        by_site[0].statement.as_ref().unwrap().speaker.as_deref(),
        Some("Mark Carney")
    );

    let qs = store
        .search(&Query {
            kind: SearchKind::Quantities,
            text: Some("sorties".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(qs.len(), 1);
    assert_eq!(qs[0].copies, 2);
    let qh = qs[0].quantity.as_ref().unwrap();
    assert_eq!(qh.value, Some(10000.0));
    assert_eq!(qh.about.as_deref(), Some("sorties"));
    assert_eq!(qh.claimed_by.as_deref(), Some("Russian Defence Ministry"));
    let rates = store
        .search(&Query {
            kind: SearchKind::Quantities,
            speaker: Some("Mark Carney".into()),
            to: Some("2016-03".into()),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(rates.len(), 1);
    let qh = rates[0].quantity.as_ref().unwrap();
    assert_eq!((qh.value, qh.value_max), (Some(0.5), Some(0.75)));
    assert_eq!(qh.unit.as_deref(), Some("%"));
}

#[test]
fn stats_per_site_month_and_tops() {
    let store = small_corpus();
    let s = store.stats().unwrap();
    let rows: Vec<_> = s
        .per_site_month
        .iter()
        .map(|r| {
            (
                r.site.as_deref().unwrap(),
                r.month.as_deref().unwrap(),
                r.articles,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("BBC", "2016-03", 1),
            ("Local Paper", "2016-05", 1),
            ("Reuters", "2016-05", 1),
            ("Yahoo", "2016-05", 1)
        ]
    );
    let speakers: Vec<_> = s
        .top_speakers
        .iter()
        .map(|n| (n.name.as_str(), n.count))
        .collect();
    assert_eq!(speakers, [("Mark Carney", 1), ("Vladimir Putin", 1)]);
    assert_eq!(s.top_entities.len(), 3);
    assert_eq!(s.top_entities[0].kind.as_deref(), Some("organization"));
}

#[test]
fn sources_track_finished_files() {
    let dir = TempDir::new();
    let mut store = Store::open(dir.path("s.db")).unwrap();
    assert!(!store.source_done("in.warc.gz", 100, 7).unwrap());
    store.mark_source_started("in.warc.gz", 100, 7).unwrap();
    assert!(!store.source_done("in.warc.gz", 100, 7).unwrap());
    store.mark_source_done("in.warc.gz", 100, 7).unwrap();
    assert!(store.source_done("in.warc.gz", 100, 7).unwrap());
    assert!(
        !store.source_done("in.warc.gz", 101, 7).unwrap(),
        "changed size"
    );
    assert!(
        !store.source_done("in.warc.gz", 100, 8).unwrap(),
        "changed mtime"
    );
    store.mark_source_started("in.warc.gz", 100, 8).unwrap();
    assert!(!store.source_done("in.warc.gz", 100, 7).unwrap());
}

#[test]
fn file_store_persists_and_opens_read_only() {
    let dir = TempDir::new();
    let path = dir.path("corpus.db");
    {
        let mut store = Store::open(&path).unwrap();
        store
            .write_batch(&[Outcome::Article(full_article())])
            .unwrap();
        assert_eq!(store.format_version().unwrap(), FORMAT_VERSION);
        let mode: String = store
            .connection()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }
    let ro = Store::open_read_only(&path).unwrap();
    assert!(ro.is_read_only());
    assert_eq!(ro.search(&Query::text("Aleppo")).unwrap().len(), 1);
    let mut ro = ro;
    let err = ro
        .write_batch(&[Outcome::Article(Article::new("new"))])
        .unwrap_err();
    assert!(matches!(err, StoreError::ReadOnly(_)), "{err}");
    assert!(err.to_string().contains("read-only"));
    drop(ro);
    // Reopening read-write keeps everything.
    let store = Store::open(&path).unwrap();
    assert_eq!(store.counts().unwrap().articles, 1);

    let missing = Store::open_read_only(dir.path("missing.db")).unwrap_err();
    assert!(matches!(missing, StoreError::NotAStore(_)), "{missing}");
}

#[test]
fn newer_and_foreign_formats_are_refused() {
    let dir = TempDir::new();
    let path = dir.path("newer.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", FORMAT_VERSION + 1)
            .unwrap();
    }
    for err in [
        Store::open(&path).unwrap_err(),
        Store::open_read_only(&path).unwrap_err(),
    ] {
        match &err {
            StoreError::NewerFormat { found, supported } => {
                assert_eq!((*found, *supported), (FORMAT_VERSION + 1, FORMAT_VERSION));
            }
            other => panic!("{other:?}"),
        }
        assert!(err.to_string().contains("newer"), "{err}");
    }

    let foreign = dir.path("foreign.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
    }
    assert!(matches!(
        Store::open(&foreign).unwrap_err(),
        StoreError::NotAStore(_)
    ));
    let garbage = dir.path("garbage.db");
    std::fs::write(&garbage, vec![b'x'; 8192]).unwrap();
    let err = Store::open(&garbage).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore(_)), "{err:?}");
}

#[test]
fn a_batch_is_all_or_nothing() {
    let dir = TempDir::new();
    let path = dir.path("atomic.db");
    let mut store = Store::open(&path).unwrap();
    store
        .write_batch(&[Outcome::Article(wire_article("a1", "R", "2016", WIRE))])
        .unwrap();
    // A second connection holding the write lock makes the next batch fail
    // as a whole (busy), and the store keeps exactly the first batch.
    let other = rusqlite::Connection::open(&path).unwrap();
    other.busy_timeout(std::time::Duration::ZERO).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    store
        .connection()
        .busy_timeout(std::time::Duration::from_millis(50))
        .unwrap();
    let err = store
        .write_batch(&[Outcome::Article(other_article("b1", "BBC", "2016"))])
        .unwrap_err();
    assert!(matches!(err, StoreError::Busy), "{err:?}");
    other.execute_batch("ROLLBACK").unwrap();
    assert_eq!(store.counts().unwrap().records, 1);
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_export_writes_one_row_per_article() {
    let dir = TempDir::new();
    let store = small_corpus();
    let path = dir.path("out.parquet");
    assert_eq!(store.export_parquet(&path).unwrap(), 4);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[..4], b"PAR1");
    assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");

    use parquet::file::reader::{FileReader, SerializedFileReader};
    let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
    assert_eq!(reader.metadata().file_metadata().num_rows(), 4);
    let rows: Vec<_> = reader
        .get_row_iter(None)
        .unwrap()
        .map(|r| r.unwrap().to_string())
        .collect();
    assert!(rows[0].contains("source: \"a1\""), "{}", rows[0]);
    assert!(rows[1].contains("duplicate_of: 1"), "{}", rows[1]);
    assert!(rows[3].contains("Mark Carney"), "{}", rows[3]);
}
