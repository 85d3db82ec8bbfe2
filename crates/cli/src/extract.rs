//! `newsfacts extract`: readers → worker pool → ordered output.
//!
//! The readers (`newsfacts_ingest`) turn the PATHs into one stream of
//! documents (pages, WARC/WET records, JSONL lines); [`crate::pipeline`]
//! extracts and analyses them in parallel and hands them back in input
//! order to the printer. Skipped container records (non-HTML, HTTP errors,
//! revisits, duplicates) print nothing and are counted in the summary on
//! standard error; failures print `{"source", "error"}` in their place.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::sync::Arc;

use crate::args::ExtractArgs;
use crate::output::Printer;
use crate::pipeline::{self, Done, Settings};

/// How `run` ended, mapped to the exit status by `main`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input became a record of kind article, listing or empty (or
    /// was skipped with a counted reason).
    AllOk,
    /// At least one input gave a failure record.
    SomeFailed,
}

/// Runs `newsfacts extract`. `Err` is a fatal error (not a failed input).
pub fn run(args: ExtractArgs) -> io::Result<Outcome> {
    args.validate();
    let threads = crate::args::threads(args.threads);
    let (settings, reader_opts) = Settings::new(args.url.clone(), args.max_bytes, !args.no_analyze);
    let settings = Arc::new(settings);
    let pool = pipeline::pool(threads)?;
    let paths = crate::args::input_paths(&args.paths, args.paths_from.as_deref())?;
    if paths.is_empty() && io::stdin().is_terminal() {
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
    let mut stats = Stats::default();
    let items = newsfacts_ingest::open(&paths, &reader_opts).map(pipeline::Job::Item);
    let result = pipeline::run(
        items,
        &pool,
        &settings,
        pipeline::window(threads),
        |done| match done {
            Done::Record(record) => {
                stats.records += 1;
                stats.failed += usize::from(record.is_failure());
                printer.write(&record)
            }
            Done::Skipped { reason, .. } => {
                *stats.skipped.entry(reason.as_str()).or_default() += 1;
                Ok(())
            }
            Done::Known | Done::FileEnd(_) => Ok(()),
        },
    );
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Outcome::AllOk),
        other => other?,
    }
    match printer.finish() {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(Outcome::AllOk),
        other => other?,
    }
    drop(printer);
    let skipped: usize = stats.skipped.values().sum();
    // Skipped records are never silent: their counts always reach stderr.
    if skipped > 0 || (io::stderr().is_terminal() && stats.records > 1) {
        let reasons: Vec<String> = stats
            .skipped
            .iter()
            .map(|(r, n)| format!("{r} {n}"))
            .collect();
        let _ = writeln!(
            io::stderr().lock(),
            "newsfacts: {} documents, {} failed, {} skipped{}",
            stats.records,
            stats.failed,
            skipped,
            if reasons.is_empty() {
                String::new()
            } else {
                format!(" ({})", reasons.join(", "))
            }
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
    records: usize,
    failed: usize,
    skipped: BTreeMap<&'static str, usize>,
}
