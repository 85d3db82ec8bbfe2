//! `newsfacts`: the command line of the newsfacts engine.
//!
//! Its job is to turn raw news pages into clean articles from a shell. The
//! binary only wires stages that live in library crates:
//!
//! * [`args`] parses flags (clap derive) into one struct per subcommand;
//! * `newsfacts_ingest` walks the PATHs lazily in sorted order and reads
//!   pages, WARC/WET records and JSONL lines within the size limit;
//! * [`pipeline`] hands documents to a rayon pool that calls
//!   `newsfacts_extract::extract` (page → `newsfacts_model::Article`) and
//!   `newsfacts_analyze::analyze` (article → facts) and puts results back in
//!   input order;
//! * [`extract`] prints them;
//! * [`output`] prints the records as JSON Lines, a JSON array, plain text or
//!   Markdown.
//!
//! * [`ingest`] runs the same pipeline into the embedded store
//!   (`newsfacts_store`), resumably, with progress and a closing summary;
//! * [`query`] answers `search`, `stats`, `export` and `failures` from it.
//!
//! ```text
//! $ newsfacts extract examples/pages
//! {"source":"examples/pages/…","url":…,"title":…,"text":…,"kind":"article"}
//! …
//! $ newsfacts extract --format markdown story.html.gz
//! $ curl -s https://example.org/a/1 | newsfacts extract --url https://example.org/a/1
//! ```
//!
//! Exit status: 0 when every input became a record, 1 when some input gave a
//! failure record, 2 on a usage or fatal error. A closed output pipe (as in
//! `newsfacts extract big/ | head -1`) ends the run quietly with status 0.

mod args;
mod extract;
mod ingest;
mod output;
mod pipeline;
mod query;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};
use crate::extract::Outcome;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Ingest(args) => ingest::run(args),
        Command::Search(args) => query::search(args).map(|()| Outcome::AllOk),
        Command::Stats(args) => query::stats(args).map(|()| Outcome::AllOk),
        Command::Export(args) => query::export(args).map(|()| Outcome::AllOk),
        Command::Failures(args) => query::failures(&args.db, args.format).map(|()| Outcome::AllOk),
    };
    match result {
        Ok(Outcome::AllOk) => ExitCode::SUCCESS,
        Ok(Outcome::SomeFailed) => ExitCode::from(1),
        Err(e) => {
            let _ = writeln!(std::io::stderr().lock(), "newsfacts: error: {e}");
            ExitCode::from(2)
        }
    }
}
