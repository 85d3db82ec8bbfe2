//! The shared run loop of `extract` and `ingest`: readers → worker pool →
//! ordered sink.
//!
//! The calling thread pulls [`Item`]s from the readers (`newsfacts_ingest`)
//! and hands each document to a rayon pool, where it is checked, extracted
//! (`newsfacts_extract`) and analysed (`newsfacts_analyze`). At most
//! `window` items are between "read" and "handed to the sink"; finished ones
//! wait in a reorder buffer until every earlier one is out, so the sink sees
//! input order whatever the thread count, and memory stays bounded for any
//! corpus size. Every item reaches the sink exactly once, as an article, a
//! failure or a skip: nothing is dropped silently.

use std::collections::VecDeque;
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, mpsc};

use newsfacts_extract::{Format, Options};
use newsfacts_ingest::{Document, FormatHint, Item, SkipReason};
use newsfacts_model::{Article, Kind, Record};

/// Stack size of worker threads: extraction of deeply nested pages must not
/// overflow the (small) default stack.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// One unit of work for [`run`].
#[derive(Debug)]
pub enum Job {
    /// A record from the readers.
    Item(Item),
    /// A record already in the store: passed through without work.
    Known,
    /// The end of an input file: passed through in order, so that the sink
    /// knows every record of the file before it has been handed over.
    FileEnd(FileMark),
}

/// An input file, as the store remembers it for resumable ingest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileMark {
    /// The path as walked.
    pub path: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its modification time, seconds since the epoch.
    pub mtime: i64,
}

/// What became of one input item.
#[derive(Debug)]
// One value per record, moved straight to the sink: boxing the record
// would only add an allocation.
#[allow(clippy::large_enum_variant)]
pub enum Done {
    /// A record already in the store (see [`Job::Known`]).
    Known,
    /// The end of an input file (see [`Job::FileEnd`]).
    FileEnd(FileMark),
    /// An article (of any kind) or a failure.
    Record(Record),
    /// A record the readers passed over on purpose.
    Skipped {
        /// Where it came from.
        source: String,
        /// Why.
        reason: SkipReason,
    },
}

/// How documents are processed.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Extraction options; `url` and `charset` are the defaults for
    /// documents whose container does not say.
    pub extract: Options,
    /// Run the analysis stage (statements, quantities, dates, entities).
    pub analyze: bool,
}

impl Settings {
    /// Settings and reader options for a run: `max_bytes` (from
    /// `--max-bytes`) caps both a page and a container record.
    pub fn new(
        url: Option<String>,
        max_bytes: Option<usize>,
        analyze: bool,
    ) -> (Settings, newsfacts_ingest::ReaderOptions) {
        let mut limits = newsfacts_extract::Limits::default();
        if let Some(max) = max_bytes {
            limits.max_input_bytes = max;
        }
        let reader = newsfacts_ingest::ReaderOptions {
            max_record_bytes: limits.max_input_bytes,
            ..newsfacts_ingest::ReaderOptions::default()
        };
        let settings = Settings {
            extract: Options {
                url,
                charset: None,
                limits,
            },
            analyze,
        };
        (settings, reader)
    }
}

/// A pool of `threads` workers with a large stack.
pub fn pool(threads: usize) -> io::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(WORKER_STACK)
        .thread_name(|i| format!("newsfacts-worker-{i}"))
        .build()
        .map_err(io::Error::other)
}

/// Items in flight or waiting to be written, at most.
pub fn window(threads: usize) -> usize {
    (threads * 16).max(256)
}

/// Runs every item through the pool and gives the results to `sink` in
/// input order. An `Err` from the sink stops the run and is returned.
pub fn run<I, F>(
    items: I,
    pool: &rayon::ThreadPool,
    settings: &Arc<Settings>,
    window: usize,
    mut sink: F,
) -> io::Result<()>
where
    I: Iterator<Item = Job>,
    F: FnMut(Done) -> io::Result<()>,
{
    let (tx, rx) = mpsc::channel::<(usize, Done)>();
    let mut ready: VecDeque<Option<Done>> = VecDeque::with_capacity(window);
    let mut items = items.fuse();
    let mut spawned = 0usize;
    let mut written = 0usize;
    let mut exhausted = false;
    loop {
        while !exhausted && spawned - written < window {
            let Some(item) = items.next() else {
                exhausted = true;
                break;
            };
            match item {
                Job::Known => ready.push_back(Some(Done::Known)),
                Job::FileEnd(mark) => ready.push_back(Some(Done::FileEnd(mark))),
                Job::Item(Item::Document(doc)) => {
                    ready.push_back(None);
                    let tx = tx.clone();
                    let settings = Arc::clone(settings);
                    let index = spawned;
                    pool.spawn(move || {
                        let record = process_guarded(doc, &settings);
                        // The receiver is gone only when output stopped.
                        let _ = tx.send((index, Done::Record(record)));
                    });
                }
                Job::Item(Item::Skipped { source, reason }) => {
                    ready.push_back(Some(Done::Skipped { source, reason }));
                }
                Job::Item(Item::Failed { source, error }) => {
                    ready.push_back(Some(Done::Record(Record::failure(source, error))));
                }
            }
            spawned += 1;
        }
        while let Some(Some(_)) = ready.front() {
            if let Some(Some(done)) = ready.pop_front() {
                sink(done)?;
            }
            written += 1;
        }
        if written == spawned {
            if exhausted {
                return Ok(());
            }
            continue;
        }
        // Something is in flight (the front slot is empty), so a result will
        // come: every spawned job sends exactly once.
        let (index, done) = rx
            .recv()
            .map_err(|_| io::Error::other("worker pool stopped unexpectedly"))?;
        if let Some(slot) = index.checked_sub(written).and_then(|i| ready.get_mut(i)) {
            *slot = Some(done);
        }
    }
}

/// [`process`], turning a panic in a stage into a failure record.
fn process_guarded(doc: Document, settings: &Settings) -> Record {
    let source = doc.source.clone();
    match catch_unwind(AssertUnwindSafe(|| process(doc, settings))) {
        Ok(record) => record,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Record::failure(source, format!("internal error: a stage panicked: {msg}"))
        }
    }
}

/// Checks, extracts and analyses one document.
pub fn process(doc: Document, settings: &Settings) -> Record {
    let Document {
        source,
        url,
        fetched,
        charset,
        format_hint,
        bytes,
        truncated: _,
    } = doc;
    if let Some(what) = newsfacts_ingest::binary_kind(&bytes) {
        return Record::failure(
            source,
            format!("input is binary, not HTML or text ({what})"),
        );
    }
    let mut opts = settings.extract.clone();
    if url.is_some() {
        opts.url = url;
    }
    if charset.is_some() {
        opts.charset = charset;
    }
    if is_blank(&bytes) {
        let mut a = Article::new(source);
        a.url = opts.url;
        a.fetched = fetched;
        a.kind = Kind::Empty;
        return Record::Article(a);
    }
    let format = match format_hint {
        FormatHint::Html => Some(Format::Html),
        FormatHint::Text => Some(Format::Text),
        FormatHint::Unknown => None,
    };
    match newsfacts_extract::extract(&source, &bytes, format, &opts) {
        Ok(mut article) => {
            article.fetched = fetched;
            if settings.analyze {
                newsfacts_analyze::analyze(&mut article);
            }
            Record::Article(article)
        }
        Err(e) => Record::failure(source, e.to_string()),
    }
}

/// Nothing but whitespace (and perhaps a UTF-8 byte-order mark).
fn is_blank(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes.iter().all(u8::is_ascii_whitespace)
}
