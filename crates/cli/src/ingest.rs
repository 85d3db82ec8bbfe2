//! `newsfacts ingest`: readers → worker pool → the embedded store.
//!
//! The same pipeline as `extract` ([`crate::pipeline`]), with the store as
//! the sink: outcomes are written in batches, one transaction each, so a
//! kill leaves a consistent store. A rerun on the same inputs adds nothing
//! twice: container files read to the end are skipped whole (the store
//! remembers their path, size and modification time), and any record whose
//! source is already stored is passed over before extraction. Every input
//! record lands in exactly one count of the closing summary.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, UNIX_EPOCH};

use newsfacts_ingest::{FileKind, Input, InputItems, ReaderOptions, Walk};
use newsfacts_model::Record;
use newsfacts_store::{Outcome as StoreOutcome, Store};

use crate::args::IngestArgs;
use crate::extract::Outcome;
use crate::pipeline::{self, Done, FileMark, Job, Settings};

/// Outcomes written per transaction, at most.
const BATCH_RECORDS: usize = 512;
/// A batch is written at least this often, so that a kill loses little.
const BATCH_INTERVAL: Duration = Duration::from_secs(2);
/// Batches queued for the writer thread, at most.
const WRITE_QUEUE: usize = 4;
/// Plain progress lines (when standard error is not a terminal) this often.
const PROGRESS_INTERVAL: Duration = Duration::from_secs(10);

/// Runs `newsfacts ingest`. `Err` is fatal (store unwritable, disk full).
pub fn run(args: IngestArgs) -> io::Result<Outcome> {
    let threads = crate::args::threads(args.threads);
    let (settings, reader_opts) = Settings::new(None, args.max_bytes, true);
    let settings = Arc::new(settings);
    let paths = crate::args::input_paths(&args.paths, args.paths_from.as_deref())?;
    let store = Store::open(&args.db).map_err(|e| store_error(&args.db, e))?;
    // A second connection answers "already stored?" on the reading side
    // while the first one writes (SQLite's WAL allows both).
    let lookup = Store::open_read_only(&args.db).map_err(|e| store_error(&args.db, e))?;
    let pool = pipeline::pool(threads)?;

    let total = newsfacts_ingest::total_bytes(&paths);
    let progress = Arc::new(AtomicU64::new(0));
    let mut feed = Feed {
        walk: Walk::new(&paths),
        current: None,
        opts: reader_opts,
        progress: progress.clone(),
        lookup: &lookup,
        files_skipped: 0,
    };
    let mut run = RunStats::default();
    let articles_done = Arc::new(AtomicU64::new(0));
    let (writer, writer_thread) = spawn_writer(store, articles_done.clone())?;
    let mut sink = Sink {
        writer,
        batch: Vec::with_capacity(BATCH_RECORDS),
        last_flush: Instant::now(),
        run: &mut run,
        meter: Meter::new(total, progress, args.quiet),
        articles_done,
    };
    let result = pipeline::run(
        feed.by_ref(),
        &pool,
        &settings,
        pipeline::window(threads),
        |done| sink.accept(done),
    );
    let flushed = sink.flush();
    sink.meter.finish();
    drop(sink);
    let (mut store, written) = writer_thread
        .join()
        .map_err(|_| io::Error::other("store writer panicked"))?;
    // The writer's error explains a closed queue: report it first.
    let written =
        written.map_err(|e| io::Error::other(format!("store {}: {e}", args.db.display())))?;
    result?;
    flushed?;
    run.articles = written.articles;
    run.already += written.already;
    run.near_duplicates = written.near_duplicates;
    let files_skipped = feed.files_skipped;
    drop(feed);
    store.optimize().map_err(|e| store_error(&args.db, e))?;
    let totals = store.counts().map_err(|e| store_error(&args.db, e))?;
    summary(&run, files_skipped, &totals, &args.db)?;
    Ok(if run.failed.is_empty() {
        Outcome::AllOk
    } else {
        Outcome::SomeFailed
    })
}

fn store_error(db: &Path, e: newsfacts_store::StoreError) -> io::Error {
    io::Error::other(format!("store {}: {e}", db.display()))
}

/// Counts of this run. `read = articles + skipped + failed + already`.
#[derive(Debug, Default)]
struct RunStats {
    read: u64,
    articles: u64,
    near_duplicates: u64,
    already: u64,
    skipped: BTreeMap<String, u64>,
    failed: BTreeMap<String, u64>,
}

/// Jobs for the pipeline: every record of every input, with the records
/// already stored marked as such and a [`Job::FileEnd`] after each
/// container file.
struct Feed<'a> {
    walk: Walk,
    current: Option<(InputItems, Option<FileMark>)>,
    opts: ReaderOptions,
    progress: Arc<AtomicU64>,
    lookup: &'a Store,
    files_skipped: u64,
}

impl Iterator for Feed<'_> {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some((items, mark)) = &mut self.current {
                if let Some(item) = items.next() {
                    // A lookup error only costs the shortcut: the store's
                    // unique source still keeps the record from being added twice.
                    if self.lookup.has_record(item.source()).unwrap_or(false) {
                        return Some(Job::Known);
                    }
                    return Some(Job::Item(item));
                }
                let mark = mark.take();
                self.current = None;
                if let Some(mark) = mark {
                    return Some(Job::FileEnd(mark));
                }
                continue;
            }
            let input = self.walk.next()?;
            let mark = container_mark(&input);
            if let Some(m) = &mark
                && self
                    .lookup
                    .source_done(&m.path, m.size, m.mtime)
                    .unwrap_or(false)
            {
                self.files_skipped += 1;
                self.progress.fetch_add(m.size, Ordering::Relaxed);
                continue;
            }
            let items = newsfacts_ingest::read_input(&input, &self.opts, &self.progress);
            self.current = Some((items, mark));
        }
    }
}

/// The mark of a WARC or JSONL file (page files need none: each is one
/// record, found by its source).
fn container_mark(input: &Input) -> Option<FileMark> {
    let Input::File { path, source } = input else {
        return None;
    };
    if !matches!(
        newsfacts_ingest::kind_by_name(path),
        Some(FileKind::Warc | FileKind::Jsonl)
    ) {
        return None;
    }
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as i64);
    Some(FileMark {
        path: source.clone(),
        size: meta.len(),
        mtime,
    })
}

/// What the writer thread is asked to do, in order.
enum ToWriter {
    Batch(Vec<StoreOutcome>),
    FileDone(FileMark),
}

/// The writer thread: it hands the store back with what it did.
type WriterThread = std::thread::JoinHandle<(Store, Result<Written, String>)>;

/// What the writer thread did.
#[derive(Debug, Default)]
struct Written {
    articles: u64,
    already: u64,
    near_duplicates: u64,
}

/// The store writer: one thread owns the write connection and commits
/// batches while the workers extract the next ones (SQLite has one writer
/// at a time anyway). A bounded queue keeps memory bounded.
fn spawn_writer(
    mut store: Store,
    articles_done: Arc<AtomicU64>,
) -> io::Result<(std::sync::mpsc::SyncSender<ToWriter>, WriterThread)> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<ToWriter>(WRITE_QUEUE);
    let handle = std::thread::Builder::new()
        .name("newsfacts-writer".into())
        .spawn(move || {
            let mut w = Written::default();
            for msg in rx {
                let result = match msg {
                    ToWriter::Batch(batch) => store.write_batch(&batch).map(|s| {
                        let articles = batch
                            .iter()
                            .filter(|o| matches!(o, StoreOutcome::Article(_)))
                            .count() as u64;
                        // Records another process stored meanwhile count
                        // as already stored.
                        w.already += s.already_stored as u64;
                        w.articles += articles.saturating_sub(s.already_stored as u64);
                        w.near_duplicates += s.duplicates as u64;
                        articles_done.store(w.articles, Ordering::Relaxed);
                    }),
                    ToWriter::FileDone(m) => store.mark_source_done(&m.path, m.size, m.mtime),
                };
                if let Err(e) = result {
                    return (store, Err(e.to_string()));
                }
            }
            (store, Ok(w))
        });
    Ok((tx, handle?))
}

struct Sink<'a> {
    writer: std::sync::mpsc::SyncSender<ToWriter>,
    batch: Vec<StoreOutcome>,
    last_flush: Instant,
    run: &'a mut RunStats,
    meter: Meter,
    articles_done: Arc<AtomicU64>,
}

impl Sink<'_> {
    fn accept(&mut self, done: Done) -> io::Result<()> {
        match done {
            Done::Record(Record::Article(a)) => {
                self.run.read += 1;
                self.batch.push(StoreOutcome::Article(a));
            }
            Done::Record(Record::Failure(f)) => {
                self.run.read += 1;
                *self.run.failed.entry(category(&f.error)).or_default() += 1;
                self.meter.errors += 1;
                self.batch.push(StoreOutcome::Failed {
                    source: f.source,
                    reason: f.error,
                });
            }
            Done::Skipped { source, reason } => {
                self.run.read += 1;
                *self
                    .run
                    .skipped
                    .entry(reason.as_str().to_string())
                    .or_default() += 1;
                self.batch.push(StoreOutcome::Skipped {
                    source,
                    reason: reason.as_str().to_string(),
                });
            }
            Done::Known => {
                self.run.read += 1;
                self.run.already += 1;
            }
            Done::FileEnd(mark) => {
                self.flush()?;
                self.send(ToWriter::FileDone(mark))?;
            }
        }
        self.meter.records = self.run.read;
        self.meter.articles = self.articles_done.load(Ordering::Relaxed);
        if self.batch.len() >= BATCH_RECORDS || self.last_flush.elapsed() >= BATCH_INTERVAL {
            self.flush()?;
        }
        self.meter.tick();
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.last_flush = Instant::now();
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH_RECORDS));
        self.send(ToWriter::Batch(batch))
    }

    fn send(&mut self, msg: ToWriter) -> io::Result<()> {
        // A closed queue means the writer stopped on an error, which the
        // caller reads when it joins the writer.
        self.writer
            .send(msg)
            .map_err(|_| io::Error::other("store writer stopped"))
    }
}

/// The stable head of an error message ("gzip: unexpected end" → "gzip").
fn category(error: &str) -> String {
    let head = error.split(':').next().unwrap_or(error).trim();
    let head: String = head.chars().take(60).collect();
    if head.is_empty() {
        "error".into()
    } else {
        head
    }
}

/// Progress on standard error: a bar on a terminal, plain lines otherwise.
struct Meter {
    bar: Option<indicatif::ProgressBar>,
    total: u64,
    bytes: Arc<AtomicU64>,
    start: Instant,
    last_line: Instant,
    quiet: bool,
    records: u64,
    articles: u64,
    errors: u64,
}

impl Meter {
    fn new(total: u64, bytes: Arc<AtomicU64>, quiet: bool) -> Self {
        let bar = (!quiet && io::stderr().is_terminal()).then(|| {
            let bar = if total > 0 {
                indicatif::ProgressBar::new(total)
            } else {
                indicatif::ProgressBar::new_spinner()
            };
            let style = indicatif::ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {bytes}/{total_bytes} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
            bar.set_style(style);
            bar
        });
        Meter {
            bar,
            total,
            bytes,
            start: Instant::now(),
            last_line: Instant::now(),
            quiet,
            records: 0,
            articles: 0,
            errors: 0,
        }
    }

    fn rate(&self) -> f64 {
        self.records as f64 / self.start.elapsed().as_secs_f64().max(1e-3)
    }

    fn tick(&mut self) {
        if let Some(bar) = &self.bar {
            if self.records.is_multiple_of(64) {
                bar.set_position(self.bytes.load(Ordering::Relaxed));
                bar.set_message(format!(
                    "{} records, {} articles, {} errors, {:.0} pages/s",
                    self.records,
                    self.articles,
                    self.errors,
                    self.rate()
                ));
            }
        } else if !self.quiet && self.last_line.elapsed() >= PROGRESS_INTERVAL {
            self.last_line = Instant::now();
            let done = self.bytes.load(Ordering::Relaxed);
            let pct = if self.total > 0 {
                format!(
                    " ({:.0}% of input)",
                    100.0 * done as f64 / self.total as f64
                )
            } else {
                String::new()
            };
            let _ = writeln!(
                io::stderr().lock(),
                "newsfacts ingest: {} records, {} articles, {} errors, {:.0} pages/s{pct}",
                self.records,
                self.articles,
                self.errors,
                self.rate()
            );
        }
    }

    fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
    }
}

fn summary(
    run: &RunStats,
    files_skipped: u64,
    totals: &newsfacts_store::Counts,
    db: &Path,
) -> io::Result<()> {
    let mut err = io::stderr().lock();
    let skipped: u64 = run.skipped.values().sum();
    let failed: u64 = run.failed.values().sum();
    writeln!(err, "newsfacts ingest: done")?;
    writeln!(err, "  records read        {}", run.read)?;
    writeln!(err, "  articles stored     {}", run.articles)?;
    writeln!(err, "  already in store    {}", run.already)?;
    writeln!(err, "  skipped             {skipped}")?;
    for (reason, n) in &run.skipped {
        writeln!(err, "    {reason:<20} {n}")?;
    }
    writeln!(err, "  failed              {failed}")?;
    for (reason, n) in &run.failed {
        writeln!(err, "    {reason:<20} {n}")?;
    }
    writeln!(err, "  near-duplicates     {}", run.near_duplicates)?;
    if files_skipped > 0 {
        writeln!(err, "  files already done  {files_skipped}")?;
    }
    writeln!(
        err,
        "store {}: {} records, {} articles ({} near-duplicates), {} skipped, {} failed",
        db.display(),
        totals.records,
        totals.articles,
        totals.near_duplicates,
        totals.skipped_total(),
        totals.failed_total()
    )?;
    Ok(())
}
