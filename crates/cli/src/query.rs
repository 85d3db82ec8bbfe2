//! The store's read side on the command line: `search`, `stats`, `export`
//! and `failures`. Each opens the store read-only and prints to stdout.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use newsfacts_store::{Hit, Order, Query, SearchKind, Store, StoreError};

use crate::args::{ExportArgs, ExportFormat, SearchArgs, StatsArgs, TableFormat};

fn open(db: &Path) -> io::Result<Store> {
    if !db.exists() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "no store at {} (run `newsfacts ingest … --db {}` first)",
                db.display(),
                db.display()
            ),
        ));
    }
    Store::open_read_only(db).map_err(|e| err(db, e))
}

fn err(db: &Path, e: StoreError) -> io::Error {
    io::Error::other(format!("store {}: {e}", db.display()))
}

/// `newsfacts search`.
pub fn search(args: SearchArgs) -> io::Result<()> {
    let store = open(&args.db)?;
    let text = (!args.query.is_empty()).then(|| args.query.join(" "));
    let query = Query {
        text,
        speaker: args.speaker,
        entity: args.entity,
        site: args.site,
        from: args.from,
        to: args.to,
        kind: match args.kind {
            crate::args::SearchKindArg::Articles => SearchKind::Articles,
            crate::args::SearchKindArg::Statements => SearchKind::Statements,
            crate::args::SearchKindArg::Quantities => SearchKind::Quantities,
        },
        limit: args.limit,
        order: if args.by_date {
            Order::Date
        } else {
            Order::Relevance
        },
        collapse_duplicates: !args.all_copies,
    };
    let hits = store.search(&query).map_err(|e| err(&args.db, e))?;
    let mut out = BufWriter::new(io::stdout().lock());
    match args.format {
        TableFormat::Jsonl => {
            for h in &hits {
                serde_json::to_writer(&mut out, h)?;
                writeln!(out)?;
            }
        }
        TableFormat::Table => {
            for h in &hits {
                print_hit(&mut out, h)?;
            }
            if hits.is_empty() {
                writeln!(out, "no match")?;
            }
        }
    }
    out.flush()
}

fn print_hit(out: &mut impl Write, h: &Hit) -> io::Result<()> {
    let date = h
        .published
        .as_deref()
        .map_or("----------", |d| d.get(..10).unwrap_or(d));
    let site = h.site.as_deref().unwrap_or("-");
    let copies = if h.copies > 0 {
        format!(" (+{} copies)", h.copies)
    } else {
        String::new()
    };
    if let Some(s) = &h.statement {
        writeln!(
            out,
            "{date}  {site}  {}  {}: \u{201c}{}\u{201d}{copies}",
            s.speaker.as_deref().unwrap_or("(unknown)"),
            s.cue.as_deref().unwrap_or("-"),
            one_line(&s.quote, 200)
        )?;
    } else if let Some(q) = &h.quantity {
        writeln!(
            out,
            "{date}  {site}  {}  [{}]  claimed by {}{copies}",
            one_line(&q.text, 80),
            q.about.as_deref().unwrap_or("-"),
            q.claimed_by.as_deref().unwrap_or("-"),
        )?;
    } else {
        writeln!(
            out,
            "{date}  {site}  {}{copies}",
            h.title.as_deref().unwrap_or("(no title)")
        )?;
        if let Some(snippet) = &h.snippet {
            writeln!(out, "    {}", one_line(snippet, 200))?;
        }
    }
    if let Some(url) = &h.url {
        writeln!(out, "    {url}")?;
    }
    Ok(())
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > max {
        let cut: String = flat.chars().take(max).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// `newsfacts stats`.
pub fn stats(args: StatsArgs) -> io::Result<()> {
    let store = open(&args.db)?;
    let stats = store.stats_top(args.top).map_err(|e| err(&args.db, e))?;
    let counts = store.counts().map_err(|e| err(&args.db, e))?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args.format == TableFormat::Jsonl {
        serde_json::to_writer(
            &mut out,
            &serde_json::json!({"counts": counts, "stats": stats}),
        )?;
        writeln!(out)?;
        return out.flush();
    }
    writeln!(
        out,
        "{} records: {} articles ({} near-duplicates), {} skipped, {} failed",
        counts.records,
        counts.articles,
        counts.near_duplicates,
        counts.skipped_total(),
        counts.failed_total()
    )?;
    writeln!(out, "\narticles per site and month")?;
    for row in &stats.per_site_month {
        writeln!(
            out,
            "  {:<30} {:<8} {:>7}",
            row.site.as_deref().unwrap_or("(unknown)"),
            row.month.as_deref().unwrap_or("(undated)"),
            row.articles
        )?;
    }
    writeln!(out, "\ntop speakers")?;
    for row in &stats.top_speakers {
        writeln!(out, "  {:<40} {:>7}", row.name, row.count)?;
    }
    writeln!(out, "\ntop entities")?;
    for row in &stats.top_entities {
        writeln!(
            out,
            "  {:<40} {:<13} {:>7}",
            row.name,
            row.kind.as_deref().unwrap_or("-"),
            row.count
        )?;
    }
    out.flush()
}

/// `newsfacts export`.
pub fn export(args: ExportArgs) -> io::Result<()> {
    let store = open(&args.db)?;
    match args.format {
        ExportFormat::Jsonl => {
            let n = match &args.output {
                Some(path) => {
                    let f = std::fs::File::create(path)?;
                    store.export_jsonl(BufWriter::new(f))
                }
                None => store.export_jsonl(BufWriter::new(io::stdout().lock())),
            }
            .map_err(|e| err(&args.db, e))?;
            eprintln!("newsfacts export: {n} articles");
        }
        ExportFormat::Parquet => {
            let Some(path) = &args.output else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "--format parquet needs --output FILE",
                ));
            };
            parquet(&store, path, &args.db)?;
        }
    }
    Ok(())
}

#[cfg(feature = "parquet")]
fn parquet(store: &Store, path: &Path, db: &Path) -> io::Result<()> {
    let n = store.export_parquet(path).map_err(|e| err(db, e))?;
    eprintln!("newsfacts export: {n} articles to {}", path.display());
    Ok(())
}

#[cfg(not(feature = "parquet"))]
fn parquet(_store: &Store, _path: &Path, _db: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "this build has no Parquet support (build with `--features parquet`)",
    ))
}

/// `newsfacts failures`.
pub fn failures(db: &Path, format: TableFormat) -> io::Result<()> {
    let store = open(db)?;
    let list = store.failures().map_err(|e| err(db, e))?;
    let mut out = BufWriter::new(io::stdout().lock());
    for f in &list {
        match format {
            TableFormat::Jsonl => {
                serde_json::to_writer(
                    &mut out,
                    &serde_json::json!({"source": f.source, "error": f.error}),
                )?;
                writeln!(out)?;
            }
            TableFormat::Table => writeln!(out, "{}\t{}", f.source, f.error)?,
        }
    }
    out.flush()
}
