//! Full-text and structured search.

use std::collections::HashSet;

use rusqlite::types::Value;
use rusqlite::{Connection, params, params_from_iter};
use serde::Serialize;

use crate::{Result, Store, StoreError, name_key};

/// What a search returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchKind {
    /// Articles; the text query matches title and body.
    #[default]
    Articles,
    /// Statements; the text query matches the quote.
    Statements,
    /// Quantities; the text query matches the quantity's words and what it counts.
    Quantities,
}

/// How hits are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// Best match first (FTS5 bm25); by date when there is no text query.
    #[default]
    Relevance,
    /// Newest `published` first; undated last.
    Date,
}

/// A search. Every filter that is set must hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Query {
    /// Full text in FTS5 syntax: words, `"phrases"`, `AND`/`OR`/`NOT`,
    /// parentheses, `prefix*`. Words with punctuation (`Russia-US`, `U.S.`)
    /// are searched as phrases; an unbalanced quote or parenthesis, or a
    /// dangling operator, is a [`StoreError::BadQuery`].
    pub text: Option<String>,
    /// Speaker of a statement (or claimant of a quantity; for articles: an
    /// article with a statement by them), by canonical name or any alias,
    /// case-insensitive.
    pub speaker: Option<String>,
    /// An entity named in the article, by canonical name or alias, case-insensitive.
    pub entity: Option<String>,
    /// The site, case-insensitive, exact.
    pub site: Option<String>,
    /// Published on or after this ISO date prefix (`2016`, `2016-05`, `2016-05-10`).
    pub from: Option<String>,
    /// Published on or before this ISO date prefix (inclusive: `2016-05` takes all of May).
    pub to: Option<String>,
    /// Articles, statements or quantities.
    pub kind: SearchKind,
    /// At most this many hits.
    pub limit: usize,
    /// Relevance or date.
    pub order: Order,
    /// Show a story once, with its copies counted in [`Hit::copies`] (default).
    pub collapse_duplicates: bool,
}

impl Default for Query {
    fn default() -> Self {
        Query {
            text: None,
            speaker: None,
            entity: None,
            site: None,
            from: None,
            to: None,
            kind: SearchKind::Articles,
            limit: 20,
            order: Order::Relevance,
            collapse_duplicates: true,
        }
    }
}

impl Query {
    /// A full-text query for articles with the defaults.
    pub fn text(text: impl Into<String>) -> Query {
        Query {
            text: Some(text.into()),
            ..Query::default()
        }
    }
}

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum HitKind {
    /// An article.
    Article,
    /// A statement in an article.
    Statement,
    /// A quantity in an article.
    Quantity,
}

/// One search result, with what a table or JSONL printer needs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Article, statement or quantity.
    pub kind: HitKind,
    /// The article's store id ([`Store::article`]).
    pub article_id: i64,
    /// The article's source.
    pub source: String,
    /// The article's headline.
    pub title: Option<String>,
    /// The article's site.
    pub site: Option<String>,
    /// The article's publication date.
    pub published: Option<String>,
    /// The article's URL.
    pub url: Option<String>,
    /// For articles: the best passage with matches in `[brackets]`, or the
    /// text's opening when there is no text query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// bm25 relevance (higher is better) when there is a text query.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// The first article of the story when this one is a copy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<i64>,
    /// Other copies of this story in the store.
    pub copies: u64,
    /// The statement, for statement hits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statement: Option<StatementHit>,
    /// The quantity, for quantity hits.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<QuantityHit>,
}

/// The statement of a statement hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementHit {
    /// `direct`, `mixed` or `indirect`.
    pub kind: String,
    /// The canonical speaker.
    pub speaker: Option<String>,
    /// The cue ("said" …).
    pub cue: Option<String>,
    /// The quote.
    pub quote: String,
}

/// The quantity of a quantity hit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuantityHit {
    /// The value (lower bound of a range).
    pub value: Option<f64>,
    /// The upper bound of a range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    /// Unit or currency.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What is counted.
    pub about: Option<String>,
    /// Who claims it.
    pub claimed_by: Option<String>,
    /// The words as written.
    pub text: String,
}

impl Store {
    /// Runs a search. See [`Query`].
    pub fn search(&self, query: &Query) -> Result<Vec<Hit>> {
        run(&self.conn, query)
    }
}

/// Without a speaker or entity filter, relevance ranks at most this many
/// matches, the most recently stored ones, unless the other filters leave too
/// few of them.
pub const RELEVANCE_WINDOW: usize = 20_000;

const OPERATORS: [&str; 3] = ["AND", "OR", "NOT"];

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}')
}

/// Turns user input into a safe FTS5 query: phrases, operators and
/// parentheses pass, words with punctuation become phrases, and malformed
/// input is refused with a clear message. `None` when nothing is left.
pub(crate) fn sanitize(input: &str) -> Result<Option<String>> {
    let chars: Vec<char> = input.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut depth = 0i32;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if is_quote(c) {
            let Some(len) = chars[i + 1..].iter().position(|&c| is_quote(c)) else {
                return Err(StoreError::BadQuery(format!(
                    "unbalanced quotation mark in {input:?}: a phrase opened with \" is never closed"
                )));
            };
            let phrase: String = chars[i + 1..i + 1 + len].iter().collect();
            i += len + 2;
            let star = chars.get(i) == Some(&'*');
            if star {
                i += 1;
            }
            if !phrase.trim().is_empty() {
                out.push(format!(
                    "\"{}\"{}",
                    phrase.trim(),
                    if star { "*" } else { "" }
                ));
            }
        } else if c == '(' {
            depth += 1;
            out.push("(".into());
            i += 1;
        } else if c == ')' {
            depth -= 1;
            if depth < 0 {
                return Err(StoreError::BadQuery(format!(
                    "unbalanced parenthesis in {input:?}: ')' without '('"
                )));
            }
            out.push(")".into());
            i += 1;
        } else {
            let start = i;
            while i < chars.len()
                && !chars[i].is_whitespace()
                && !is_quote(chars[i])
                && chars[i] != '('
                && chars[i] != ')'
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if OPERATORS.contains(&word.as_str()) {
                out.push(word);
                continue;
            }
            let (body, star) = match word.strip_suffix('*') {
                Some(b) => (b, "*"),
                None => (word.as_str(), ""),
            };
            if body.is_empty() {
                continue;
            }
            let bare = body
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || !c.is_ascii());
            if bare {
                out.push(format!("{body}{star}"));
            } else {
                out.push(format!("\"{body}\"{star}"));
            }
        }
    }
    if depth != 0 {
        return Err(StoreError::BadQuery(format!(
            "unbalanced parenthesis in {input:?}: '(' without ')'"
        )));
    }
    // Operators need a term on both sides.
    for (k, tok) in out.iter().enumerate() {
        if OPERATORS.contains(&tok.as_str()) {
            let before = k.checked_sub(1).map(|j| out[j].as_str());
            let after = out.get(k + 1).map(String::as_str);
            let left_ok = matches!(before, Some(b) if b != "(" && !OPERATORS.contains(&b));
            let right_ok = matches!(after, Some(a) if a != ")" && !OPERATORS.contains(&a));
            if !left_ok || !right_ok {
                return Err(StoreError::BadQuery(format!(
                    "{tok} in {input:?} needs a search term on both sides \
                     (quote it, \"{tok}\", to search the word)"
                )));
            }
        }
    }
    if out.iter().all(|t| t == "(" || t == ")") {
        return Ok(None);
    }
    Ok(Some(out.join(" ")))
}

/// The ids of every canonical name written `name` (or aliased so).
fn resolve_name(conn: &Connection, name: &str) -> Result<Vec<i64>> {
    let mut stmt =
        conn.prepare_cached("SELECT DISTINCT name_id FROM aliases WHERE alias_key = ?1")?;
    let rows = stmt.query_map([name_key(name)], |r| r.get::<_, i64>(0))?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

fn id_list(ids: &[i64]) -> String {
    ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",")
}

/// FTS5 reports query errors as plain SQLITE_ERROR while stepping.
fn query_error(e: rusqlite::Error, text: Option<&str>) -> StoreError {
    if let (Some(text), rusqlite::Error::SqliteFailure(code, Some(msg))) = (text, &e)
        && code.code == rusqlite::ErrorCode::Unknown
    {
        return StoreError::BadQuery(format!("{msg} in {text:?}"));
    }
    e.into()
}

struct Plan<'a> {
    q: &'a Query,
    fts: Option<&'a str>,
    speaker_ids: Option<&'a [i64]>,
    entity_ids: Option<&'a [i64]>,
    windowed: bool,
    sql_limit: usize,
}

impl Plan<'_> {
    fn fts_table(&self) -> &'static str {
        match self.q.kind {
            SearchKind::Articles => "articles_fts",
            SearchKind::Statements => "statements_fts",
            SearchKind::Quantities => "quantities_fts",
        }
    }

    /// Whether the text matches more than [`RELEVANCE_WINDOW`] rows.
    fn window_full(&self, conn: &Connection) -> Result<bool> {
        let fts = self.fts_table();
        let n: i64 = conn
            .prepare(&format!(
                "SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH ?1
                 ORDER BY rowid DESC LIMIT {RELEVANCE_WINDOW})"
            ))?
            .query_row([self.fts.unwrap_or_default()], |r| r.get(0))
            .map_err(|e| query_error(e, self.q.text.as_deref()))?;
        Ok(n as usize >= RELEVANCE_WINDOW)
    }

    /// Runs the query once; returns the collapsed candidates and the rows read.
    fn attempt(&self, conn: &Connection) -> Result<(Vec<Candidate>, usize)> {
        let q = self.q;
        let fts_table = self.fts_table();
        // (child table, child's name column for the speaker filter, collapse key)
        let child = match q.kind {
            SearchKind::Articles => None,
            SearchKind::Statements => Some(("statements", "speaker_id", "c.quote")),
            SearchKind::Quantities => {
                Some(("quantities", "claimed_by_id", "c.text || ' ' || c.value"))
            }
        };
        let mut sql = String::from("SELECT ");
        let mut args: Vec<Value> = Vec::new();
        let mut wheres: Vec<String> = Vec::new();
        match child {
            None => sql.push_str("a.id, a.id, coalesce(a.duplicate_of, a.id), ''"),
            Some((_, _, key)) => {
                sql.push_str(&format!(
                    "c.id, a.id, coalesce(a.duplicate_of, a.id), {key}"
                ));
            }
        }
        let doc_id = match child {
            None => "a.id",
            Some(_) => "c.id",
        };
        let join_articles = match child {
            None => String::new(),
            Some((table, _, _)) => format!("JOIN {table} c ON c.id = DOC "),
        };
        let score = if let Some(fts) = self.fts {
            args.push(Value::Text(fts.to_owned()));
            if self.windowed {
                sql.push_str(&format!(
                    ", m.score FROM (SELECT rowid AS rid, rank AS score FROM {fts_table}
                     WHERE {fts_table} MATCH ? ORDER BY rowid DESC LIMIT {RELEVANCE_WINDOW}) m "
                ));
                sql.push_str(&join_articles.replace("DOC", "m.rid"));
                sql.push_str(&format!(
                    "JOIN articles a ON a.id = {} ",
                    if child.is_some() {
                        "c.article_id"
                    } else {
                        "m.rid"
                    }
                ));
                "m.score".to_string()
            } else {
                sql.push_str(&format!(", {fts_table}.rank FROM {fts_table} "));
                sql.push_str(&join_articles.replace("DOC", &format!("{fts_table}.rowid")));
                sql.push_str(&format!(
                    "JOIN articles a ON a.id = {} ",
                    if child.is_some() {
                        "c.article_id".to_string()
                    } else {
                        format!("{fts_table}.rowid")
                    }
                ));
                wheres.push(format!("{fts_table} MATCH ?"));
                format!("{fts_table}.rank")
            }
        } else {
            sql.push_str(", NULL ");
            match child {
                None => sql.push_str("FROM articles a "),
                Some((table, _, _)) => sql.push_str(&format!(
                    "FROM {table} c JOIN articles a ON a.id = c.article_id "
                )),
            }
            String::new()
        };
        if let Some(site) = &q.site {
            wheres.push("a.site = ? COLLATE NOCASE".into());
            args.push(Value::Text(site.clone()));
        }
        if let Some(from) = &q.from {
            wheres.push("a.published >= ?".into());
            args.push(Value::Text(from.clone()));
        }
        if let Some(to) = &q.to {
            // Inclusive prefix: anything that starts with `to` sorts below `to` + DEL.
            wheres.push("a.published <= ?".into());
            args.push(Value::Text(format!("{to}\u{7f}")));
        }
        if let Some(ids) = self.speaker_ids {
            match child {
                None => wheres.push(format!(
                    "a.id IN (SELECT article_id FROM statements WHERE speaker_id IN ({}))",
                    id_list(ids)
                )),
                Some((_, col, _)) => wheres.push(format!("c.{col} IN ({})", id_list(ids))),
            }
        }
        if let Some(ids) = self.entity_ids {
            wheres.push(format!(
                "a.id IN (SELECT article_id FROM entities WHERE name_id IN ({}))",
                id_list(ids)
            ));
        }
        if !wheres.is_empty() {
            sql.push_str("WHERE ");
            sql.push_str(&wheres.join(" AND "));
        }
        if self.fts.is_some() && q.order == Order::Relevance {
            sql.push_str(&format!(" ORDER BY {score}, {doc_id}"));
        } else {
            sql.push_str(&format!(" ORDER BY a.published DESC, {doc_id} DESC"));
        }
        sql.push_str(&format!(" LIMIT {}", self.sql_limit));

        let text = q.text.as_deref();
        let mut stmt = conn.prepare(&sql).map_err(|e| query_error(e, text))?;
        let mut rows = stmt
            .query(params_from_iter(args.iter()))
            .map_err(|e| query_error(e, text))?;
        let mut seen: HashSet<(i64, String)> = HashSet::new();
        let mut picked: Vec<Candidate> = Vec::new();
        let mut read = 0usize;
        while let Some(row) = rows.next().map_err(|e| query_error(e, text))? {
            read += 1;
            let id: i64 = row.get(0)?;
            let article_id: i64 = row.get(1)?;
            let group: i64 = row.get(2)?;
            if q.collapse_duplicates {
                let key: String = match row.get_ref(3)? {
                    rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                    _ => String::new(),
                };
                if !seen.insert((group, key)) {
                    continue;
                }
            }
            let rank: Option<f64> = row.get(4)?;
            picked.push(Candidate {
                id,
                article_id,
                score: rank.map(|r| -r),
            });
            if picked.len() >= q.limit {
                break;
            }
        }
        Ok((picked, read))
    }
}

struct Candidate {
    id: i64,
    article_id: i64,
    score: Option<f64>,
}

fn run(conn: &Connection, q: &Query) -> Result<Vec<Hit>> {
    if q.limit == 0 {
        return Ok(Vec::new());
    }
    let fts = match &q.text {
        Some(t) => sanitize(t)?,
        None => None,
    };
    let speaker_ids = match &q.speaker {
        Some(s) => {
            let ids = resolve_name(conn, s)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            Some(ids)
        }
        None => None,
    };
    let entity_ids = match &q.entity {
        Some(s) => {
            let ids = resolve_name(conn, s)?;
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            Some(ids)
        }
        None => None,
    };

    let mut plan = Plan {
        q,
        fts: fts.as_deref(),
        speaker_ids: speaker_ids.as_deref(),
        entity_ids: entity_ids.as_deref(),
        // Without a selective filter, rank only the newest matches: bm25 over
        // every match of a very common word costs ~1 µs per article.
        windowed: fts.is_some()
            && q.order == Order::Relevance
            && speaker_ids.is_none()
            && entity_ids.is_none(),
        // Read a few rows more than needed, since copies are collapsed.
        sql_limit: if q.collapse_duplicates {
            q.limit.saturating_mul(4).saturating_add(16)
        } else {
            q.limit
        },
    };
    let picked = loop {
        let (picked, rows_read) = plan.attempt(conn)?;
        if picked.len() >= q.limit {
            break picked;
        }
        if rows_read >= plan.sql_limit {
            // Collapsing ate rows that the limit cut: read more.
            plan.sql_limit = plan.sql_limit.saturating_mul(8);
            continue;
        }
        if plan.windowed && plan.window_full(conn)? {
            // Filters left too few of the newest matches: rank them all.
            plan.windowed = false;
            continue;
        }
        break picked;
    };

    picked
        .into_iter()
        .map(|c| details(conn, q.kind, &c, fts.as_deref()))
        .collect()
}

fn details(conn: &Connection, kind: SearchKind, c: &Candidate, fts: Option<&str>) -> Result<Hit> {
    let mut hit = conn
        .prepare_cached(
            "SELECT a.source, a.title, a.site, a.published, a.url, a.duplicate_of,
                 (SELECT r.dup_count FROM articles r WHERE r.id = coalesce(a.duplicate_of, a.id)),
                 (SELECT substr(b.text, 1, 200) FROM article_bodies b WHERE b.id = a.id)
             FROM articles a WHERE a.id = ?1",
        )?
        .query_row([c.article_id], |r| {
            Ok(Hit {
                kind: HitKind::Article,
                article_id: c.article_id,
                source: r.get(0)?,
                title: r.get(1)?,
                site: r.get(2)?,
                published: r.get(3)?,
                url: r.get(4)?,
                duplicate_of: r.get(5)?,
                copies: r.get::<_, Option<i64>>(6)?.unwrap_or(0).max(0) as u64,
                snippet: if kind == SearchKind::Articles {
                    r.get(7)?
                } else {
                    None
                },
                score: c.score,
                statement: None,
                quantity: None,
            })
        })?;
    match kind {
        SearchKind::Articles => {
            if let Some(fts) = fts {
                let snippet: Option<String> = conn
                    .prepare_cached(
                        "SELECT snippet(articles_fts, -1, '[', ']', '…', 24) FROM articles_fts
                         WHERE articles_fts MATCH ?1 AND rowid = ?2",
                    )?
                    .query_row(params![fts, c.article_id], |r| r.get(0))
                    .ok();
                if snippet.is_some() {
                    hit.snippet = snippet;
                }
            }
        }
        SearchKind::Statements => {
            hit.kind = HitKind::Statement;
            hit.statement = Some(
                conn.prepare_cached(
                    "SELECT kind, speaker, cue, quote FROM statements WHERE id = ?1",
                )?
                .query_row([c.id], |r| {
                    Ok(StatementHit {
                        kind: r.get(0)?,
                        speaker: r.get(1)?,
                        cue: r.get(2)?,
                        quote: r.get(3)?,
                    })
                })?,
            );
        }
        SearchKind::Quantities => {
            hit.kind = HitKind::Quantity;
            hit.quantity = Some(
                conn.prepare_cached(
                    "SELECT value, value_max, unit, about, claimed_by, text
                     FROM quantities WHERE id = ?1",
                )?
                .query_row([c.id], |r| {
                    Ok(QuantityHit {
                        value: r.get(0)?,
                        value_max: r.get(1)?,
                        unit: r.get(2)?,
                        about: r.get(3)?,
                        claimed_by: r.get(4)?,
                        text: r.get(5)?,
                    })
                })?,
            );
        }
    }
    Ok(hit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizer_passes_syntax_and_quotes_punctuation() {
        let s = |q: &str| sanitize(q).unwrap().unwrap();
        assert_eq!(
            s(r#""United States" AND Russia"#),
            r#""United States" AND Russia"#
        );
        assert_eq!(s("Russia-US cooperation"), r#""Russia-US" cooperation"#);
        assert_eq!(s("(a OR b) NOT c"), "( a OR b ) NOT c");
        assert_eq!(s("coop*"), "coop*");
        assert_eq!(s("“smart quotes”"), r#""smart quotes""#);
        assert_eq!(sanitize("   ").unwrap(), None);
    }

    #[test]
    fn sanitizer_refuses_malformed_input() {
        for bad in [
            r#""open phrase"#,
            "(a OR b",
            "a)",
            "AND a",
            "a OR",
            "a AND OR b",
        ] {
            let err = sanitize(bad).unwrap_err();
            assert!(matches!(err, StoreError::BadQuery(_)), "{bad}: {err}");
        }
    }
}
