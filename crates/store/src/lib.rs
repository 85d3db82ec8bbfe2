//! The embedded newsfacts store: articles, statements, quantities, dates and
//! entities in one SQLite file (compiled in, nothing to install), with FTS5
//! full-text search, structured filters, near-duplicate grouping and export.
//!
//! # Schema
//!
//! One row per input record in `records` (outcome `article`, `skipped` or
//! `failed` with its reason), so that every input is counted exactly once.
//! Articles live in `articles` (their text in `article_bodies`); their statements, quantities, date mentions
//! and entities in `statements`, `quantities`, `dates` and `entities`, each
//! row pointing at its article. `names` holds every canonical name (speakers,
//! claimants, entities) and `aliases` every case-folded way of writing one,
//! which is how `--speaker Putin` finds statements by "Vladimir Putin".
//! `sources` tracks input files for resumable ingest. Three external-content
//! FTS5 tables index article title + text, statement quotes, and quantity
//! text + about. `lsh_bands` indexes MinHash bands for near-duplicates.
//! The full schema is in `SCHEMA.md` beside this crate's `Cargo.toml`.
//!
//! # Versioning
//!
//! `PRAGMA user_version` is the store format version ([`FORMAT_VERSION`]) and
//! `PRAGMA application_id` marks the file as a newsfacts store. [`Store::open`]
//! migrates an older store step by step and refuses a newer one with
//! [`StoreError::NewerFormat`]; [`Store::open_read_only`] refuses any store not
//! in the current format.
//!
//! # Consistency and resumable ingest
//!
//! The file is in WAL mode. [`Store::write_batch`] writes a whole batch in one
//! transaction, so a kill leaves exactly the committed batches. Writes are
//! idempotent on the record's `source`: a rerun over the same inputs adds
//! nothing twice. [`Store::mark_source_started`], [`Store::mark_source_done`]
//! and [`Store::source_done`] let an ingest skip whole finished files and
//! re-read only unfinished ones. A full or read-only disk ends the batch with
//! [`StoreError::DiskFull`] or [`StoreError::ReadOnly`] and a rolled-back
//! transaction.
//!
//! # Near-duplicates
//!
//! Syndicated copies of one story are grouped with MinHash (128 hashes over
//! word 5-shingles, fixed seeds) and LSH (32 bands of 4 rows). A new article
//! whose estimated Jaccard similarity with an earlier group's first article
//! reaches [`DUPLICATE_THRESHOLD`] gets `duplicate_of` = that article's id,
//! whose `dup_count` goes up by one. Texts under [`MIN_WORDS`] words are not
//! grouped. Searches show a story once, with its copies counted, unless
//! [`Query::collapse_duplicates`] is off.
//!
//! ```
//! use newsfacts_model::{Article, Kind};
//! use newsfacts_store::{Outcome, Query, Store};
//!
//! let mut store = Store::open_in_memory()?;
//! let mut a = Article::new("crawl.warc.gz#1234");
//! a.title = Some("Putin hopes for cooperation".into());
//! a.site = Some("RT".into());
//! a.published = Some("2016-05-10T16:21".into());
//! a.text = "Russia hopes that cooperation with the United States will continue.".into();
//! a.kind = Kind::Article;
//! store.write_batch(&[Outcome::Article(a.clone())])?;
//!
//! let hits = store.search(&Query::text("\"United States\" AND cooperation"))?;
//! assert_eq!(hits.len(), 1);
//! assert_eq!(hits[0].title.as_deref(), Some("Putin hopes for cooperation"));
//! assert_eq!(store.article_by_source("crawl.warc.gz#1234")?, Some(a));
//! # Ok::<(), newsfacts_store::StoreError>(())
//! ```

mod error;
mod export;
mod minhash;
mod schema;
mod search;

use std::collections::BTreeSet;
use std::path::Path;

use newsfacts_model::{
    Article, DateMention, Entity, EntityType, Failure, Kind, Quantity, Related, Statement,
    StatementKind,
};
use rusqlite::{Connection, OpenFlags, OptionalExtension, Transaction, params};
use serde::Serialize;

pub use error::{Result, StoreError};
#[cfg(feature = "parquet")]
pub use export::PARQUET_SCHEMA;
pub use minhash::{DUPLICATE_THRESHOLD, MIN_WORDS};
pub use schema::{APPLICATION_ID, FORMAT_VERSION};
pub use search::{Hit, HitKind, Order, QuantityHit, Query, SearchKind, StatementHit};

/// What became of one input record.
#[derive(Debug, Clone, PartialEq)]
// Outcomes are built per record and written in batches; boxing the article
// would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// The record became an article (of any [`Kind`]).
    Article(Article),
    /// The record was skipped on purpose (not HTML, an HTTP error, a revisit …).
    Skipped {
        /// Same meaning as [`Article::source`].
        source: String,
        /// Why, as a short stable phrase that counts group by.
        reason: String,
    },
    /// The record could not be processed.
    Failed {
        /// Same meaning as [`Article::source`].
        source: String,
        /// Why.
        reason: String,
    },
}

impl Outcome {
    /// The record's source.
    pub fn source(&self) -> &str {
        match self {
            Outcome::Article(a) => &a.source,
            Outcome::Skipped { source, .. } | Outcome::Failed { source, .. } => source,
        }
    }
}

/// What one [`Store::write_batch`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WriteSummary {
    /// Records newly stored (articles, skips and failures).
    pub added: usize,
    /// Records whose source was already stored, and so ignored.
    pub already_stored: usize,
    /// New articles found to be copies of an earlier story.
    pub duplicates: usize,
}

/// The closing counts of a store. `articles + skipped + failed == records`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Input records read (one per distinct source).
    pub records: u64,
    /// Records stored as articles.
    pub articles: u64,
    /// Skipped records, by reason, most frequent first.
    pub skipped: Vec<(String, u64)>,
    /// Failed records, by reason, most frequent first.
    pub failed: Vec<(String, u64)>,
    /// Articles that are near-duplicates of an earlier one (a subset of `articles`).
    pub near_duplicates: u64,
}

impl Counts {
    /// All skipped records.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.iter().map(|(_, n)| n).sum()
    }
    /// All failed records.
    pub fn failed_total(&self) -> u64 {
        self.failed.iter().map(|(_, n)| n).sum()
    }
}

/// Corpus statistics.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Articles per site and month (`YYYY-MM` of `published`; `None` when
    /// unknown), by site then month. Copies count on their own site.
    pub per_site_month: Vec<SiteMonth>,
    /// Speakers with the most statements (copies of a story not counted twice).
    pub top_speakers: Vec<NameCount>,
    /// Entities named in the most articles (copies not counted twice).
    pub top_entities: Vec<NameCount>,
}

/// A row of [`Stats::per_site_month`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteMonth {
    /// The site, when known.
    pub site: Option<String>,
    /// `YYYY-MM`, when the publication date is known.
    pub month: Option<String>,
    /// Articles.
    pub articles: u64,
}

/// A row of [`Stats::top_speakers`] or [`Stats::top_entities`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameCount {
    /// The canonical name.
    pub name: String,
    /// Entity type (`person`, `organization` …); `None` for speakers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Statements (speakers) or articles (entities).
    pub count: u64,
}

/// How many rows [`Store::stats`] lists in each top list.
pub const DEFAULT_TOP: usize = 20;

/// An open store. See the crate docs.
pub struct Store {
    conn: Connection,
    read_only: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .field("read_only", &self.read_only)
            .finish()
    }
}

impl Store {
    /// Opens the store at `path`, creating it when missing and migrating an
    /// older format. Refuses a store of a newer format.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let conn = Connection::open(path.as_ref())?;
        Store::setup(conn)
    }

    /// A store in memory, for tests and examples.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // Check before touching anything, so that a foreign or newer file stays as it was.
        let version = schema::user_version(&conn)?;
        schema::check_version(&conn, version)?;
        // WAL: readers never block the writer, a kill leaves the committed
        // transactions; NORMAL sync is crash-consistent in WAL mode.
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        tune(&conn)?;
        schema::migrate(&mut conn)?;
        Ok(Store {
            conn,
            read_only: false,
        })
    }

    /// Opens an existing store for reading only. Refuses a missing file and a
    /// store in another format version than [`FORMAT_VERSION`].
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| match e {
            rusqlite::Error::SqliteFailure(c, _) if c.code == rusqlite::ErrorCode::CannotOpen => {
                StoreError::NotAStore(format!("cannot open {}", path.display()))
            }
            other => other.into(),
        })?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let version = schema::user_version(&conn)?;
        schema::check_version(&conn, version)?;
        if version == 0 {
            return Err(StoreError::NotAStore(format!(
                "{} is empty or not a store",
                path.display()
            )));
        }
        if version < FORMAT_VERSION {
            return Err(StoreError::NeedsMigration {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        tune(&conn)?;
        conn.pragma_update(None, "query_only", true)?;
        Ok(Store {
            conn,
            read_only: true,
        })
    }

    /// The store's format version (`PRAGMA user_version`).
    pub fn format_version(&self) -> Result<i64> {
        schema::user_version(&self.conn)
    }

    /// Whether the store was opened read-only.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn check_writable(&self) -> Result<()> {
        if self.read_only {
            return Err(StoreError::ReadOnly("opened read-only".into()));
        }
        Ok(())
    }

    /// Writes a batch of outcomes in one transaction. Records whose `source`
    /// is already stored are ignored, so writing the same batch twice adds
    /// nothing the second time. Within the batch, the first outcome for a
    /// source wins.
    pub fn write_batch(&mut self, batch: &[Outcome]) -> Result<WriteSummary> {
        self.check_writable()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut summary = WriteSummary::default();
        for outcome in batch {
            let (kind, reason) = match outcome {
                Outcome::Article(_) => ("article", None),
                Outcome::Skipped { reason, .. } => ("skipped", Some(reason.as_str())),
                Outcome::Failed { reason, .. } => ("failed", Some(reason.as_str())),
            };
            let added = tx
                .prepare_cached(
                    "INSERT INTO records (source, outcome, reason) VALUES (?1, ?2, ?3)
                     ON CONFLICT (source) DO NOTHING",
                )?
                .execute(params![outcome.source(), kind, reason])?;
            if added == 0 {
                summary.already_stored += 1;
                continue;
            }
            summary.added += 1;
            if let Outcome::Article(article) = outcome
                && insert_article(&tx, article)?
            {
                summary.duplicates += 1;
            }
        }
        tx.commit()?;
        Ok(summary)
    }

    /// Records that ingest started reading the file `path` of this size and
    /// modification time (any integer the caller chooses, e.g. seconds since
    /// the epoch). A changed file starts over as unfinished.
    pub fn mark_source_started(&mut self, path: &str, size: u64, mtime: i64) -> Result<()> {
        self.set_source(path, size, mtime, "in_progress")
    }

    /// Records that every record of `path` is stored. Call it after the
    /// file's last batch is committed.
    pub fn mark_source_done(&mut self, path: &str, size: u64, mtime: i64) -> Result<()> {
        self.set_source(path, size, mtime, "done")
    }

    fn set_source(&mut self, path: &str, size: u64, mtime: i64, state: &str) -> Result<()> {
        self.check_writable()?;
        let size = i64::try_from(size).unwrap_or(i64::MAX);
        self.conn
            .prepare_cached(
                "INSERT INTO sources (path, size, mtime, state) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (path) DO UPDATE SET size = excluded.size,
                     mtime = excluded.mtime, state = excluded.state",
            )?
            .execute(params![path, size, mtime, state])?;
        Ok(())
    }

    /// Whether `path`, with this size and modification time, was read to the
    /// end by an earlier run, so that a rerun can skip it.
    pub fn source_done(&self, path: &str, size: u64, mtime: i64) -> Result<bool> {
        let size = i64::try_from(size).unwrap_or(i64::MAX);
        let found = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM sources WHERE path = ?1 AND size = ?2 AND mtime = ?3
                 AND state = 'done'",
            )?
            .query_row(params![path, size, mtime], |_| Ok(()))
            .optional()?;
        Ok(found.is_some())
    }

    /// Refreshes the query planner's statistics and merges the full-text
    /// index segments. Call it at the end of an ingest; it takes seconds on
    /// 100,000 articles and makes filtered searches pick the right index.
    pub fn optimize(&mut self) -> Result<()> {
        self.check_writable()?;
        self.conn.execute_batch(
            "ANALYZE;
             INSERT INTO articles_fts (articles_fts) VALUES ('optimize');
             INSERT INTO statements_fts (statements_fts) VALUES ('optimize');
             INSERT INTO quantities_fts (quantities_fts) VALUES ('optimize');
             PRAGMA optimize;",
        )?;
        Ok(())
    }

    /// Whether a record with this source is stored (as any outcome).
    pub fn has_record(&self, source: &str) -> Result<bool> {
        let found = self
            .conn
            .prepare_cached("SELECT 1 FROM records WHERE source = ?1")?
            .query_row([source], |_| Ok(()))
            .optional()?;
        Ok(found.is_some())
    }

    /// Records read, articles, skips and failures by reason, near-duplicates.
    pub fn counts(&self) -> Result<Counts> {
        let mut counts = Counts::default();
        let mut stmt = self.conn.prepare(
            "SELECT outcome, coalesce(reason, ''), count(*) FROM records
             GROUP BY outcome, reason ORDER BY count(*) DESC, reason",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let outcome: String = row.get(0)?;
            let reason: String = row.get(1)?;
            let n: i64 = row.get(2)?;
            let n = n as u64;
            counts.records += n;
            match outcome.as_str() {
                "article" => counts.articles += n,
                "skipped" => counts.skipped.push((reason, n)),
                _ => counts.failed.push((reason, n)),
            }
        }
        let dups: i64 = self.conn.query_row(
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL",
            [],
            |r| r.get(0),
        )?;
        counts.near_duplicates = dups as u64;
        Ok(counts)
    }

    /// Every failed record with its reason, in the order stored.
    pub fn failures(&self) -> Result<Vec<Failure>> {
        let mut stmt = self.conn.prepare(
            "SELECT source, coalesce(reason, '') FROM records WHERE outcome = 'failed' ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Failure {
                source: r.get(0)?,
                error: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Statistics with the [`DEFAULT_TOP`] speakers and entities.
    pub fn stats(&self) -> Result<Stats> {
        self.stats_top(DEFAULT_TOP)
    }

    /// Statistics with the `top` most frequent speakers and entities.
    pub fn stats_top(&self, top: usize) -> Result<Stats> {
        let top = i64::try_from(top).unwrap_or(i64::MAX);
        let mut stats = Stats::default();
        let mut stmt = self.conn.prepare(
            "SELECT site, month, count(*) FROM articles GROUP BY site, month ORDER BY site, month",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SiteMonth {
                site: r.get(0)?,
                month: r.get(1)?,
                articles: r.get::<_, i64>(2)? as u64,
            })
        })?;
        stats.per_site_month = rows.collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn.prepare(
            "SELECT n.name, c FROM (
                 SELECT s.speaker_id AS sid, count(*) AS c FROM statements s
                 JOIN articles a ON a.id = s.article_id
                 WHERE s.speaker_id IS NOT NULL AND a.duplicate_of IS NULL
                 GROUP BY s.speaker_id ORDER BY c DESC LIMIT ?1
             ) JOIN names n ON n.id = sid ORDER BY c DESC, n.name",
        )?;
        let rows = stmt.query_map([top], |r| {
            Ok(NameCount {
                name: r.get(0)?,
                kind: None,
                count: r.get::<_, i64>(1)? as u64,
            })
        })?;
        stats.top_speakers = rows.collect::<rusqlite::Result<_>>()?;

        let mut stmt = self.conn.prepare(
            "SELECT n.name, t, c FROM (
                 SELECT e.name_id AS eid, min(e.type) AS t, count(DISTINCT e.article_id) AS c
                 FROM entities e JOIN articles a ON a.id = e.article_id
                 WHERE a.duplicate_of IS NULL
                 GROUP BY e.name_id ORDER BY c DESC LIMIT ?1
             ) JOIN names n ON n.id = eid ORDER BY c DESC, n.name",
        )?;
        let rows = stmt.query_map([top], |r| {
            Ok(NameCount {
                name: r.get(0)?,
                kind: r.get(1)?,
                count: r.get::<_, i64>(2)? as u64,
            })
        })?;
        stats.top_entities = rows.collect::<rusqlite::Result<_>>()?;
        Ok(stats)
    }

    /// The article stored under `source`, exactly as written.
    pub fn article_by_source(&self, source: &str) -> Result<Option<Article>> {
        let id = self
            .conn
            .prepare_cached("SELECT id FROM articles WHERE source = ?1")?
            .query_row([source], |r| r.get::<_, i64>(0))
            .optional()?;
        match id {
            Some(id) => self.article(id),
            None => Ok(None),
        }
    }

    /// The article with store id `id` (the `article_id` of a [`Hit`]).
    pub fn article(&self, id: i64) -> Result<Option<Article>> {
        read_article(&self.conn, id)
    }

    /// The id of the first article of `id`'s group, when it is a near-duplicate.
    pub fn duplicate_of(&self, id: i64) -> Result<Option<i64>> {
        let d = self
            .conn
            .prepare_cached("SELECT duplicate_of FROM articles WHERE id = ?1")?
            .query_row([id], |r| r.get::<_, Option<i64>>(0))
            .optional()?;
        Ok(d.flatten())
    }

    /// Calls `f` with every stored article in store order (ids ascending).
    pub fn for_each_article(&self, mut f: impl FnMut(i64, Article) -> Result<()>) -> Result<()> {
        let mut stmt = self.conn.prepare("SELECT id FROM articles ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            if let Some(a) = read_article(&self.conn, id)? {
                f(id, a)?;
            }
        }
        Ok(())
    }

    /// The underlying connection, for read-only ad-hoc queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Cache and memory settings shared by both open modes.
fn tune(conn: &Connection) -> Result<()> {
    // 64 MiB page cache, temp tables in memory, 256 MiB of the file mapped.
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "mmap_size", 268_435_456)?;
    Ok(())
}

/// A name as looked up: lower-cased, inner whitespace collapsed.
pub(crate) fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The id of the canonical `name`, inserted with its own alias when new.
fn name_id(tx: &Transaction<'_>, name: &str) -> Result<i64> {
    let found = tx
        .prepare_cached("SELECT id FROM names WHERE name = ?1")?
        .query_row([name], |r| r.get::<_, i64>(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO names (name) VALUES (?1)")?
        .execute([name])?;
    let id = tx.last_insert_rowid();
    add_alias(tx, name, id)?;
    Ok(id)
}

fn add_alias(tx: &Transaction<'_>, alias: &str, id: i64) -> Result<()> {
    let key = name_key(alias);
    if key.is_empty() {
        return Ok(());
    }
    tx.prepare_cached("INSERT OR IGNORE INTO aliases (alias_key, name_id) VALUES (?1, ?2)")?
        .execute(params![key, id])?;
    Ok(())
}

fn kind_str(k: Kind) -> &'static str {
    k.as_str()
}

fn statement_kind_str(k: StatementKind) -> &'static str {
    match k {
        StatementKind::Direct => "direct",
        StatementKind::Mixed => "mixed",
        StatementKind::Indirect => "indirect",
    }
}

fn entity_type_str(k: EntityType) -> &'static str {
    match k {
        EntityType::Person => "person",
        EntityType::Organization => "organization",
        EntityType::Place => "place",
        EntityType::Other => "other",
    }
}

/// `YYYY-MM` of an ISO date, when it has one.
fn month_of(published: Option<&str>) -> Option<String> {
    let p = published?.as_bytes();
    let ok = p.len() >= 7
        && p[..4].iter().all(u8::is_ascii_digit)
        && p[4] == b'-'
        && p[5..7].iter().all(u8::is_ascii_digit);
    if ok {
        std::str::from_utf8(&p[..7]).ok().map(str::to_owned)
    } else {
        None
    }
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Inserts a new article with its children and groups it; returns whether it
/// is a near-duplicate of an earlier story.
fn insert_article(tx: &Transaction<'_>, a: &Article) -> Result<bool> {
    let authors = serde_json::to_string(&a.authors)?;
    let related = serde_json::to_string(&a.related)?;
    let signature = if a.kind == Kind::Article {
        minhash::signature(&a.text)
    } else {
        None
    };
    let blob = signature.as_ref().map(minhash::to_blob);
    tx.prepare_cached(
        "INSERT INTO articles (source, url, site, title, published, updated, fetched, language,
             description, kind, authors, related, month)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?
    .execute(params![
        a.source,
        a.url,
        a.site,
        a.title,
        a.published,
        a.updated,
        a.fetched,
        a.language,
        a.description,
        kind_str(a.kind),
        authors,
        related,
        month_of(a.published.as_deref()),
    ])?;
    let id = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO article_bodies (id, text, minhash) VALUES (?1, ?2, ?3)")?
        .execute(params![id, a.text, blob])?;
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, text) VALUES (?1, ?2, ?3)")?
        .execute(params![id, a.title, a.text])?;

    for s in &a.statements {
        let speaker_id = match &s.speaker {
            Some(name) if !name.trim().is_empty() => Some(name_id(tx, name)?),
            _ => None,
        };
        tx.prepare_cached(
            "INSERT INTO statements (article_id, kind, quote, speaker, speaker_id,
                 speaker_mention, cue, start, end, span_start, span_end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            id,
            statement_kind_str(s.kind),
            s.quote,
            s.speaker,
            speaker_id,
            s.speaker_mention,
            s.cue,
            to_i64(s.start),
            to_i64(s.end),
            s.speaker_span.map(|sp| to_i64(sp[0])),
            s.speaker_span.map(|sp| to_i64(sp[1])),
        ])?;
        let sid = tx.last_insert_rowid();
        tx.prepare_cached("INSERT INTO statements_fts (rowid, quote) VALUES (?1, ?2)")?
            .execute(params![sid, s.quote])?;
    }
    for q in &a.quantities {
        let claimed_by_id = match &q.claimed_by {
            Some(name) if !name.trim().is_empty() => Some(name_id(tx, name)?),
            _ => None,
        };
        tx.prepare_cached(
            "INSERT INTO quantities (article_id, value, value_max, unit, text, about, qualifier,
                 claimed_by, claimed_by_id, start, end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?
        .execute(params![
            id,
            q.value,
            q.value_max,
            q.unit,
            q.text,
            q.about,
            q.qualifier,
            q.claimed_by,
            claimed_by_id,
            to_i64(q.start),
            to_i64(q.end),
        ])?;
        let qid = tx.last_insert_rowid();
        tx.prepare_cached("INSERT INTO quantities_fts (rowid, text, about) VALUES (?1, ?2, ?3)")?
            .execute(params![qid, q.text, q.about])?;
    }
    for d in &a.dates {
        tx.prepare_cached(
            "INSERT INTO dates (article_id, text, value, start, end) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, d.text, d.value, to_i64(d.start), to_i64(d.end)])?;
    }
    for e in &a.entities {
        let nid = name_id(tx, &e.name)?;
        for alias in &e.aliases {
            add_alias(tx, alias, nid)?;
        }
        tx.prepare_cached(
            "INSERT INTO entities (article_id, name, name_id, type, aliases, mentions,
                 mention_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?
        .execute(params![
            id,
            e.name,
            nid,
            entity_type_str(e.kind),
            serde_json::to_string(&e.aliases)?,
            serde_json::to_string(&e.mentions)?,
            to_i64(e.mentions.len()),
        ])?;
    }

    let Some(sig) = signature else {
        return Ok(false);
    };
    group(tx, id, &sig)
}

/// At most this many LSH candidates are confirmed per new article.
const MAX_CANDIDATES: usize = 64;

/// Finds the earliest group root similar to the new article `id`; marks the
/// article as its copy, or indexes it as a new root.
fn group(tx: &Transaction<'_>, id: i64, sig: &minhash::Signature) -> Result<bool> {
    let bands = minhash::bands(sig);
    let mut candidates = BTreeSet::new();
    {
        let mut stmt =
            tx.prepare_cached("SELECT article_id FROM lsh_bands WHERE band = ?1 AND hash = ?2")?;
        for (band, hash) in bands.iter().enumerate() {
            let mut rows = stmt.query(params![band as i64, hash])?;
            while let Some(row) = rows.next()? {
                candidates.insert(row.get::<_, i64>(0)?);
            }
        }
    }
    let mut root = None;
    for cand in candidates.into_iter().take(MAX_CANDIDATES) {
        let blob: Option<Vec<u8>> = tx
            .prepare_cached("SELECT minhash FROM article_bodies WHERE id = ?1")?
            .query_row([cand], |r| r.get(0))
            .optional()?
            .flatten();
        let Some(other) = blob.as_deref().and_then(minhash::from_blob) else {
            continue;
        };
        if minhash::similarity(sig, &other) >= DUPLICATE_THRESHOLD {
            root = Some(cand);
            break; // candidates ascend: the first match is the earliest story
        }
    }
    if let Some(root) = root {
        tx.prepare_cached("UPDATE articles SET duplicate_of = ?1 WHERE id = ?2")?
            .execute(params![root, id])?;
        tx.prepare_cached("UPDATE articles SET dup_count = dup_count + 1 WHERE id = ?1")?
            .execute([root])?;
        return Ok(true);
    }
    let mut stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO lsh_bands (band, hash, article_id) VALUES (?1, ?2, ?3)",
    )?;
    for (band, hash) in bands.iter().enumerate() {
        stmt.execute(params![band as i64, hash, id])?;
    }
    Ok(false)
}

fn parse_json<T: serde::de::DeserializeOwned>(s: &str, what: &str) -> Result<T> {
    serde_json::from_str(s).map_err(|e| StoreError::Corrupt(format!("{what}: {e}")))
}

fn to_usize(n: i64) -> usize {
    usize::try_from(n).unwrap_or(0)
}

fn read_article(conn: &Connection, id: i64) -> Result<Option<Article>> {
    let row = conn
        .prepare_cached(
            "SELECT a.source, a.url, a.site, a.title, a.published, a.updated, a.fetched,
                 a.language, a.description, a.kind, b.text, a.authors, a.related,
                 (SELECT o.source FROM articles o WHERE o.id = a.duplicate_of)
             FROM articles a JOIN article_bodies b ON b.id = a.id WHERE a.id = ?1",
        )?
        .query_row([id], |r| {
            Ok((
                Article {
                    source: r.get(0)?,
                    url: r.get(1)?,
                    site: r.get(2)?,
                    title: r.get(3)?,
                    published: r.get(4)?,
                    updated: r.get(5)?,
                    fetched: r.get(6)?,
                    language: r.get(7)?,
                    description: r.get(8)?,
                    text: r.get(10)?,
                    duplicate_of: r.get(13)?,
                    ..Article::default()
                },
                r.get::<_, String>(9)?,
                r.get::<_, String>(11)?,
                r.get::<_, String>(12)?,
            ))
        })
        .optional()?;
    let Some((mut a, kind, authors, related)) = row else {
        return Ok(None);
    };
    a.kind = match kind.as_str() {
        "article" => Kind::Article,
        "listing" => Kind::Listing,
        "empty" => Kind::Empty,
        other => return Err(StoreError::Corrupt(format!("article kind {other:?}"))),
    };
    a.authors = parse_json(&authors, "authors")?;
    a.related = parse_json::<Vec<Related>>(&related, "related")?;

    let mut stmt = conn.prepare_cached(
        "SELECT kind, quote, speaker, speaker_mention, cue, start, end, span_start, span_end
         FROM statements WHERE article_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(0)?;
        let kind = match kind.as_str() {
            "direct" => StatementKind::Direct,
            "mixed" => StatementKind::Mixed,
            "indirect" => StatementKind::Indirect,
            other => return Err(StoreError::Corrupt(format!("statement kind {other:?}"))),
        };
        let span: (Option<i64>, Option<i64>) = (r.get(7)?, r.get(8)?);
        a.statements.push(Statement {
            kind,
            quote: r.get(1)?,
            speaker: r.get(2)?,
            speaker_mention: r.get(3)?,
            cue: r.get(4)?,
            start: to_usize(r.get(5)?),
            end: to_usize(r.get(6)?),
            speaker_span: match span {
                (Some(s), Some(e)) => Some([to_usize(s), to_usize(e)]),
                _ => None,
            },
        });
    }

    let mut stmt = conn.prepare_cached(
        "SELECT value, value_max, unit, text, about, qualifier, claimed_by, start, end
         FROM quantities WHERE article_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        a.quantities.push(Quantity {
            value: r.get::<_, Option<f64>>(0)?.unwrap_or(f64::NAN),
            value_max: r.get(1)?,
            unit: r.get(2)?,
            text: r.get(3)?,
            about: r.get(4)?,
            qualifier: r.get(5)?,
            claimed_by: r.get(6)?,
            start: to_usize(r.get(7)?),
            end: to_usize(r.get(8)?),
        });
    }

    let mut stmt = conn.prepare_cached(
        "SELECT text, value, start, end FROM dates WHERE article_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        a.dates.push(DateMention {
            text: r.get(0)?,
            value: r.get(1)?,
            start: to_usize(r.get(2)?),
            end: to_usize(r.get(3)?),
        });
    }

    let mut stmt = conn.prepare_cached(
        "SELECT name, type, aliases, mentions FROM entities WHERE article_id = ?1 ORDER BY id",
    )?;
    let mut rows = stmt.query([id])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(1)?;
        let kind = match kind.as_str() {
            "person" => EntityType::Person,
            "organization" => EntityType::Organization,
            "place" => EntityType::Place,
            "other" => EntityType::Other,
            other => return Err(StoreError::Corrupt(format!("entity type {other:?}"))),
        };
        let aliases: String = r.get(2)?;
        let mentions: String = r.get(3)?;
        a.entities.push(Entity {
            name: r.get(0)?,
            kind,
            aliases: parse_json(&aliases, "entity aliases")?,
            mentions: parse_json(&mentions, "entity mentions")?,
        });
    }
    Ok(Some(a))
}
