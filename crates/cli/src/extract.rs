//! `newsfacts extract`: inputs → worker pool → ordered output.
//!
//! The main thread walks the PATHs ([`Inputs`]) and writes results; a rayon
//! pool of `--threads` workers reads, gunzips, checks and extracts each
//! document. At most [`window`] documents are between "handed to a worker"
//! and "written", and finished ones wait in a reorder buffer until every
//! earlier one is written, so output follows input order whatever the thread
//! count while memory stays bounded for any number of files.

use std::collections::VecDeque;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, mpsc};

use newsfacts_extract::{Limits, Options};
use newsfacts_model::{Article, Kind, Record};

use crate::args::ExtractArgs;
use crate::inputs::{self, Input, Inputs};
use crate::output::Printer;

/// How `run` ended, mapped to the exit status by `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input became a record of kind article, listing or empty.
    AllOk,
    /// At least one input gave a failure record.
    SomeFailed,
}

/// Stack size of worker threads: extraction of deeply nested pages must not
/// overflow the (small) default stack.
const WORKER_STACK: usize = 64 * 1024 * 1024;

/// Documents in flight or waiting to be written, at most.
fn window(threads: usize) -> usize {
    (threads * 16).max(256)
}

/// Runs `newsfacts extract`. `Err` is a fatal error (not a failed input).
pub fn run(args: ExtractArgs) -> io::Result<Outcome> {
    args.validate();
    let threads = args.threads.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(1)
    });
    let mut limits = Limits::default();
    if let Some(max) = args.max_bytes {
        limits.max_input_bytes = max;
    }
    let opts = Arc::new(Options {
        url: args.url.clone(),
        charset: None,
        limits,
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .stack_size(WORKER_STACK)
        .thread_name(|i| format!("newsfacts-worker-{i}"))
        .build()
        .map_err(io::Error::other)?;

    if args.paths.is_empty() && io::stdin().is_terminal() {
        let _ = writeln!(
            io::stderr().lock(),
            "newsfacts: reading one document from standard input (end with Ctrl-D); \
             see `newsfacts extract --help`"
        );
    }
    let stdout = io::stdout();
    let out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let err = io::stderr();
    let mut printer = Printer::new(args.format, out, err.lock());

    let stats = match pump(Inputs::new(args.paths), &pool, &opts, threads, &mut printer) {
        Ok(stats) => stats,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Outcome::AllOk),
        Err(e) => return Err(e),
    };
    match printer.finish() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Outcome::AllOk),
        other => other?,
    }
    drop(printer);
    if io::stderr().is_terminal() && stats.total > 1 {
        let _ = writeln!(
            io::stderr().lock(),
            "newsfacts: {} documents, {} failed",
            stats.total,
            stats.failed
        );
    }
    Ok(if stats.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::AllOk
    })
}

#[derive(Debug, Default)]
struct Stats {
    total: usize,
    failed: usize,
}

/// Feeds inputs to the pool and writes the results in input order.
fn pump<W: Write, E: Write>(
    mut inputs: Inputs,
    pool: &rayon::ThreadPool,
    opts: &Arc<Options>,
    threads: usize,
    printer: &mut Printer<W, E>,
) -> io::Result<Stats> {
    let window = window(threads);
    let (tx, rx) = mpsc::channel::<(usize, Record)>();
    // `ready[i]` holds the result of input `written + i` once it is done.
    let mut ready: VecDeque<Option<Record>> = VecDeque::with_capacity(window);
    let mut stats = Stats::default();
    let mut spawned = 0usize;
    let mut written = 0usize;
    let mut exhausted = false;
    loop {
        while !exhausted && spawned - written < window {
            let Some(input) = inputs.next() else {
                exhausted = true;
                break;
            };
            match input {
                Input::Failed { source, error } => {
                    ready.push_back(Some(Record::failure(source, error)));
                }
                input => {
                    ready.push_back(None);
                    let tx = tx.clone();
                    let opts = Arc::clone(opts);
                    let index = spawned;
                    pool.spawn(move || {
                        let record = process_guarded(&input, &opts);
                        // The receiver is gone only when output stopped.
                        let _ = tx.send((index, record));
                    });
                }
            }
            spawned += 1;
        }
        while let Some(Some(_)) = ready.front() {
            if let Some(Some(record)) = ready.pop_front() {
                stats.total += 1;
                stats.failed += usize::from(record.is_failure());
                printer.write(&record)?;
            }
            written += 1;
        }
        if written == spawned {
            if exhausted {
                return Ok(stats);
            }
            continue;
        }
        // Something is in flight (the front slot is empty), so a result will
        // come: every spawned job sends exactly once.
        let (index, record) = rx
            .recv()
            .map_err(|_| io::Error::other("worker pool stopped unexpectedly"))?;
        if let Some(slot) = index.checked_sub(written).and_then(|i| ready.get_mut(i)) {
            *slot = Some(record);
        }
    }
}

/// [`process`], turning a panic in the extractor into a failure record.
fn process_guarded(input: &Input, opts: &Options) -> Record {
    match catch_unwind(AssertUnwindSafe(|| process(input, opts))) {
        Ok(record) => record,
        Err(payload) => {
            let msg = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            Record::failure(
                input.source(),
                format!("internal error: extractor panicked: {msg}"),
            )
        }
    }
}

/// Reads, checks and extracts one document.
pub fn process(input: &Input, opts: &Options) -> Record {
    let source = input.source();
    let bytes = match inputs::read(input, opts.limits.max_input_bytes) {
        Ok(bytes) => bytes,
        Err(e) => return Record::failure(source, e.to_string()),
    };
    if let Some(what) = inputs::binary_kind(&bytes) {
        return Record::failure(
            source,
            format!("input is binary, not HTML or text ({what})"),
        );
    }
    if is_blank(&bytes) {
        let mut a = Article::new(source);
        a.url = opts.url.clone();
        a.kind = Kind::Empty;
        return Record::Article(a);
    }
    let format = match input {
        Input::File { path, .. } => inputs::format_for(path),
        _ => None,
    };
    match newsfacts_extract::extract(source, &bytes, format, opts) {
        Ok(article) => Record::Article(article),
        Err(e) => Record::failure(source, e.to_string()),
    }
}

/// Nothing but whitespace (and perhaps a UTF-8 byte-order mark).
fn is_blank(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    bytes.iter().all(u8::is_ascii_whitespace)
}
