//! The SQL schema, the format version and the migrations.
//!
//! `PRAGMA user_version` holds the store format version ([`FORMAT_VERSION`]),
//! `PRAGMA application_id` marks the file as a newsfacts store
//! ([`APPLICATION_ID`]). See `SCHEMA.md` beside `Cargo.toml` for the tables.

use rusqlite::Connection;

use crate::StoreError;

/// The store format this build writes and reads. Bump it with every schema
/// change and add a step to [`migrate`].
pub const FORMAT_VERSION: i64 = 1;

/// `PRAGMA application_id` of a newsfacts store: "NWSF" in ASCII.
pub const APPLICATION_ID: i64 = 0x4E57_5346;

/// Version 1: the first schema.
const V1: &str = r#"
CREATE TABLE sources (
    path        TEXT PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('in_progress', 'done'))
);

CREATE TABLE records (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL UNIQUE,
    outcome     TEXT NOT NULL CHECK (outcome IN ('article', 'skipped', 'failed')),
    reason      TEXT
);
CREATE INDEX records_outcome ON records (outcome, reason);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source       TEXT NOT NULL UNIQUE,
    url          TEXT,
    site         TEXT,
    title        TEXT,
    published    TEXT,
    updated      TEXT,
    fetched      TEXT,
    language     TEXT,
    description  TEXT,
    kind         TEXT NOT NULL,
    authors      TEXT NOT NULL,   -- JSON array of strings
    related      TEXT NOT NULL,   -- JSON array of {title, url}
    month        TEXT,            -- YYYY-MM of published, for stats
    duplicate_of INTEGER,         -- id of the group's first article
    dup_count    INTEGER NOT NULL DEFAULT 0
);
-- The bulky, rarely filtered part of an article, apart so that `articles`
-- rows stay small (many per page) for joins, filters and date scans.
CREATE TABLE article_bodies (
    id           INTEGER PRIMARY KEY,   -- = articles.id
    text         TEXT NOT NULL,
    minhash      BLOB             -- 128 little-endian u32, NULL when not grouped
);
-- What articles_fts indexes: title and text by article id.
CREATE VIEW article_docs AS
    SELECT a.id AS id, a.title AS title, b.text AS text
    FROM articles a JOIN article_bodies b ON b.id = a.id;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_site ON articles (site COLLATE NOCASE, published);
CREATE INDEX articles_site_month ON articles (site, month);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;

-- Canonical names of people, organisations, places (speakers, claimants, entities).
CREATE TABLE names (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

-- Every way a name is written, case-folded: the canonical name itself and
-- every alias any article gave it.
CREATE TABLE aliases (
    alias_key TEXT NOT NULL,
    name_id   INTEGER NOT NULL,
    PRIMARY KEY (alias_key, name_id)
) WITHOUT ROWID;

CREATE TABLE statements (
    id               INTEGER PRIMARY KEY,
    article_id       INTEGER NOT NULL,
    kind             TEXT NOT NULL,
    quote            TEXT NOT NULL,
    speaker          TEXT,
    speaker_id       INTEGER,
    speaker_mention  TEXT,
    cue              TEXT,
    start            INTEGER NOT NULL,
    end              INTEGER NOT NULL,
    span_start       INTEGER,
    span_end         INTEGER
);
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker ON statements (speaker_id, article_id);

CREATE TABLE quantities (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL,
    value         REAL,
    value_max     REAL,
    unit          TEXT,
    text          TEXT NOT NULL,
    about         TEXT,
    qualifier     TEXT,
    claimed_by    TEXT,
    claimed_by_id INTEGER,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL
);
CREATE INDEX quantities_article ON quantities (article_id);
CREATE INDEX quantities_claimed_by ON quantities (claimed_by_id, article_id);

CREATE TABLE dates (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL,
    text        TEXT NOT NULL,
    value       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL
);
CREATE INDEX dates_article ON dates (article_id);
CREATE INDEX dates_value ON dates (value);

CREATE TABLE entities (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL,
    name          TEXT NOT NULL,
    name_id       INTEGER NOT NULL,
    type          TEXT NOT NULL,
    aliases       TEXT NOT NULL,   -- JSON array of strings
    mentions      TEXT NOT NULL,   -- JSON array of [start, end]
    mention_count INTEGER NOT NULL
);
CREATE INDEX entities_article ON entities (article_id);
CREATE INDEX entities_name ON entities (name_id, article_id);

-- Locality-sensitive hashing of the MinHash signatures of group roots.
CREATE TABLE lsh_bands (
    band        INTEGER NOT NULL,
    hash        INTEGER NOT NULL,
    article_id  INTEGER NOT NULL,
    PRIMARY KEY (band, hash, article_id)
) WITHOUT ROWID;

-- Full text, external content: the text lives once, in articles / statements /
-- quantities; the FTS tables keep only the index. Rows are never updated or
-- deleted, so the index is written in the same transaction as the row.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text,
    content = 'article_docs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    quote,
    content = 'statements', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE quantities_fts USING fts5 (
    text, about,
    content = 'quantities', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
"#;

/// The migration steps: `STEPS[i]` takes a store from version `i` to `i + 1`.
const STEPS: &[&str] = &[V1];

/// Brings the store in `conn` to [`FORMAT_VERSION`], or refuses a store
/// written by a newer newsfacts. Each step runs in its own transaction.
pub fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let version = user_version(conn)?;
    check_version(conn, version)?;
    for (from, step) in STEPS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", from as i64 + 1)?;
        if from == 0 {
            tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        }
        tx.commit()?;
    }
    Ok(())
}

/// `PRAGMA user_version`.
pub fn user_version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Refuses newer formats and foreign databases.
pub fn check_version(conn: &Connection, version: i64) -> Result<(), StoreError> {
    if version > FORMAT_VERSION {
        return Err(StoreError::NewerFormat {
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let app: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if version == 0 {
        // A fresh file has no tables; anything else is somebody else's database.
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        if tables > 0 {
            return Err(StoreError::NotAStore(
                "the database has tables but no newsfacts format version".into(),
            ));
        }
    } else if app != APPLICATION_ID {
        return Err(StoreError::NotAStore(format!(
            "application_id is {app:#x}, not newsfacts' {APPLICATION_ID:#x}"
        )));
    }
    Ok(())
}
