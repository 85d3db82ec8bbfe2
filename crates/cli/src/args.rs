//! Command-line flags, parsed with clap derive.
//!
//! Every subcommand has its own `Args` struct so that later stages
//! (`ingest`, `search`, `serve`) slot in as new [`Command`] variants without
//! touching the others. Usage errors exit with status 2 (clap's default).

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum, error::ErrorKind};

/// newsfacts: raw news pages in, clean articles out.
#[derive(Debug, Parser)]
#[command(
    name = "newsfacts",
    version,
    about = "Turn raw news pages into clean articles.",
    long_about = "Turn raw news pages (HTML, gzipped HTML or flattened page text) into clean \
                  articles: headline, dates, authors, site, language and the body text with \
                  site chrome and in-body promos removed.",
    after_help = "Examples:\n  \
                  newsfacts extract examples/pages\n  \
                  newsfacts extract --format markdown story.html\n  \
                  curl -s https://example.org/story | newsfacts extract --url https://example.org/story\n\n\
                  Run `newsfacts extract --help` for the extract command's options.",
    propagate_version = true,
    subcommand_required = true,
    arg_required_else_help = true
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract articles from pages, files or folders; one JSON line per document.
    #[command(
        long_about = "Extract one article from each input document.\n\n\
                      Each PATH is a file or a folder. Folders are walked recursively in sorted \
                      order; hidden entries and files with unknown extensions are skipped there, \
                      while a file named explicitly is always processed (its kind is sniffed). \
                      `-` or no PATH reads one document from standard input.\n\n\
                      Accepted: .html .htm .xhtml (HTML), .txt (flattened page text), and any \
                      of them gzipped (.gz); WARC and WET files (.warc, .warc.gz, .warc.wet.gz: \
                      one record per line of output, source PATH#OFFSET); JSON Lines with \
                      {url, html} or {url, text} per line (.jsonl, .jsonl.gz: source PATH:LINE).\n\n\
                      Output keeps input order whatever the thread count. A document that \
                      cannot be processed gives {\"source\": …, \"error\": …} in its place and \
                      the command goes on.\n\n\
                      Exit status: 0 all succeeded, 1 some input failed, 2 usage error.",
        after_help = "Examples:\n  \
                      newsfacts extract examples/pages\n  \
                      newsfacts extract -j 4 crawl/ > articles.jsonl\n  \
                      newsfacts extract --format markdown story.html.gz\n  \
                      newsfacts extract --url https://example.org/a/1 < page.html"
    )]
    Extract(ExtractArgs),
    /// Stream inputs into the embedded store (parallel, resumable).
    #[command(
        long_about = "Extract and analyse every input record and store it in an embedded \
                      database (SQLite with full-text indexes; nothing to install).\n\n\
                      Inputs are read as `extract` reads them: pages, folders, WARC/WET and \
                      JSONL files, or standard input. Running it again on the same inputs adds \
                      nothing twice; after a kill, a rerun completes the store. A closing \
                      summary counts every input record once: stored, already stored, skipped \
                      (by reason) or failed (by reason).",
        after_help = "Examples:\n  \
                      newsfacts ingest examples/pages --db news.db\n  \
                      newsfacts ingest CC-NEWS-*.warc.gz --db cc.db -j 2\n  \
                      ls crawl/*.warc.gz | newsfacts ingest --paths-from - --db cc.db"
    )]
    Ingest(IngestArgs),
    /// Search articles, statements or quantities in a store.
    #[command(after_help = "Examples:\n  \
                      newsfacts search --db news.db ferry\n  \
                      newsfacts search --db news.db --kind statements --speaker Putin --from 2016-05 --to 2016-05\n  \
                      newsfacts search --db news.db '\"electric ferry\" AND NOT diesel' --by-date")]
    Search(SearchArgs),
    /// Corpus statistics: articles per site and month, top speakers and entities.
    Stats(StatsArgs),
    /// Export every stored article (JSON Lines, or Parquet).
    Export(ExportArgs),
    /// List the records that failed, with their source and reason.
    Failures(FailuresArgs),
}

/// The default store file.
pub const DEFAULT_DB: &str = "newsfacts.db";

/// Flags of `newsfacts ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files or folders to read; `-` reads standard input.
    #[arg(value_name = "INPUT")]
    pub paths: Vec<PathBuf>,
    /// The store file (created when missing).
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<NonZeroUsize>,
    /// Largest record accepted, in bytes after decompression [default: 32M].
    #[arg(long, value_name = "N", value_parser = parse_size)]
    pub max_bytes: Option<usize>,
    /// Read more input paths, one per line, from FILE (`-`: standard input).
    #[arg(long, value_name = "FILE")]
    pub paths_from: Option<PathBuf>,
    /// No progress output.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Flags of `newsfacts search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// Full-text query: words, "phrases", AND / OR / NOT, prefix*.
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Statements by (or quantities claimed by) this speaker: canonical name or alias.
    #[arg(long, value_name = "NAME")]
    pub speaker: Option<String>,
    /// Articles naming this entity: canonical name or alias.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Only this site.
    #[arg(long, value_name = "SITE")]
    pub site: Option<String>,
    /// Published on or after this date (2016, 2016-05, 2016-05-10).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// Published on or before this date (inclusive: 2016-05 is all of May).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
    /// What to list.
    #[arg(long, value_enum, default_value_t = SearchKindArg::Articles)]
    pub kind: SearchKindArg,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Newest first instead of best match first.
    #[arg(long)]
    pub by_date: bool,
    /// List every copy of a syndicated story instead of one with a count.
    #[arg(long)]
    pub all_copies: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// What `search` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SearchKindArg {
    /// Articles.
    Articles,
    /// Attributed statements.
    Statements,
    /// Quantities claimed.
    Quantities,
}

/// Human-readable table or JSON Lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TableFormat {
    /// Aligned text for people.
    Table,
    /// One JSON object per line.
    Jsonl,
}

/// Flags of `newsfacts stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Rows in each top list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Flags of `newsfacts export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Output file (required for Parquet; JSON Lines default to stdout).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One article per line, the `extract` JSON.
    Jsonl,
    /// One row per article (nested lists as JSON strings).
    Parquet,
}

/// Flags of `newsfacts failures`.
#[derive(Debug, clap::Args)]
pub struct FailuresArgs {
    /// The store file.
    #[arg(long, value_name = "PATH", default_value = DEFAULT_DB)]
    pub db: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

/// Flags of `newsfacts extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files or folders to read; `-` or nothing reads standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,

    /// Base URL of the (single) input, used to resolve links and as the
    /// fallback `url`.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,

    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N")]
    pub threads: Option<NonZeroUsize>,

    /// Largest document accepted, in bytes after decompression (suffixes
    /// K, M, G allowed) [default: 32M].
    #[arg(long, value_name = "N", value_parser = parse_size)]
    pub max_bytes: Option<usize>,

    /// Read more input paths, one per line, from FILE (`-`: standard input),
    /// as Spark's `RDD.pipe` and shell pipelines deliver them.
    #[arg(long, value_name = "FILE")]
    pub paths_from: Option<PathBuf>,

    /// Skip the analysis stage (statements, quantities, dates, entities).
    #[arg(long)]
    pub no_analyze: bool,
}

/// The number of worker threads: `-j N`, else all cores.
pub fn threads(flag: Option<NonZeroUsize>) -> usize {
    flag.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(usize::from)
            .unwrap_or(1)
    })
}

/// The PATHs plus those listed in `--paths-from` (one per line; blank lines
/// and `#` comments ignored).
pub fn input_paths(
    paths: &[PathBuf],
    paths_from: Option<&std::path::Path>,
) -> std::io::Result<Vec<PathBuf>> {
    let mut all = paths.to_vec();
    if let Some(list) = paths_from {
        let listed = if is_stdin(list) {
            newsfacts_ingest::paths_from(std::io::stdin().lock())?
        } else {
            let f = std::fs::File::open(list)
                .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", list.display())))?;
            newsfacts_ingest::paths_from(std::io::BufReader::new(f))?
        };
        all.extend(listed);
    }
    Ok(all)
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// One JSON object per line, articles and failures alike.
    Jsonl,
    /// One pretty-printed JSON array.
    Json,
    /// Title, blank line, text; articles separated by a form-feed line.
    Text,
    /// `# title`, a metadata line, then the text.
    Markdown,
}

impl ExtractArgs {
    /// Checks what clap cannot express; exits with status 2 on a usage error.
    pub fn validate(&self) {
        let stdin_count = self.paths.iter().filter(|p| is_stdin(p)).count();
        if stdin_count > 1 {
            usage_error("`-` (standard input) can be given only once");
        }
        if self.paths_from.as_deref().is_some_and(is_stdin) && stdin_count > 0 {
            usage_error("standard input cannot be both a PATH and --paths-from");
        }
        if self.url.is_some() {
            if self.paths.len() > 1 {
                usage_error("--url applies to a single input, but several PATHs were given");
            }
            if let Some(p) = self.paths.first()
                && !is_stdin(p)
                && p.is_dir()
            {
                usage_error("--url applies to a single input, but PATH is a folder");
            }
        }
    }
}

/// Whether `path` means standard input.
pub fn is_stdin(path: &std::path::Path) -> bool {
    path.as_os_str() == "-"
}

fn usage_error(msg: &str) -> ! {
    let mut cli = Cli::command();
    cli.build();
    match cli.find_subcommand_mut("extract") {
        Some(extract) => extract.error(ErrorKind::ArgumentConflict, msg).exit(),
        None => cli.error(ErrorKind::ArgumentConflict, msg).exit(),
    }
}

/// Parses `123`, `64K`, `32M`, `1G` (binary multiples, case-insensitive).
fn parse_size(s: &str) -> Result<usize, String> {
    let s = s.trim();
    let (digits, mult): (&str, usize) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m = match c.to_ascii_lowercase() {
                'k' => 1 << 10,
                'm' => 1 << 20,
                'g' => 1 << 30,
                _ => return Err(format!("unknown size suffix `{c}` (use K, M or G)")),
            };
            (&s[..i], m)
        }
        _ => (s, 1),
    };
    let n: usize = digits
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a size in bytes"))?;
    let bytes = n
        .checked_mul(mult)
        .ok_or_else(|| format!("`{s}` is too large"))?;
    if bytes == 0 {
        return Err("size must be at least 1 byte".into());
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("100"), Ok(100));
        assert_eq!(parse_size("64k"), Ok(65536));
        assert_eq!(parse_size("32M"), Ok(32 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
    }

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
