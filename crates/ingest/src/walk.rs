//! Input discovery: PATHs → files, walking folders lazily in sorted order.

use std::ffi::OsStr;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::FormatHint;

/// One input to read, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`, or no PATH at all).
    Stdin,
    /// A file, named explicitly or found in a folder.
    File {
        /// The path to open.
        path: PathBuf,
        /// The path as printed in `source`.
        source: String,
    },
    /// A PATH or folder entry that could not even be looked at.
    Failed {
        /// The path as printed in `source`.
        source: String,
        /// Why.
        error: String,
    },
}

impl Input {
    /// The `source` of this input (records inside add `#offset` or `:line`).
    pub fn source(&self) -> &str {
        match self {
            Input::Stdin => "-",
            Input::File { source, .. } | Input::Failed { source, .. } => source,
        }
    }
}

/// What a file holds, judging by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// One page (`.html`, `.htm`, `.xhtml`, `.shtml`, `.txt`, each ± `.gz`).
    Page(FormatHint),
    /// WARC records (`.warc`, `.wet`, ± `.gz`, so `.warc.wet.gz` too).
    Warc,
    /// JSON Lines (`.jsonl`, `.ndjson`, ± `.gz`).
    Jsonl,
}

/// The kind a file name announces; `None` for other names (inside folders
/// such files are skipped; named explicitly they are sniffed).
pub fn kind_by_name(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let (_, ext) = name.rsplit_once('.')?;
    Some(match ext {
        "html" | "htm" | "xhtml" | "shtml" => FileKind::Page(FormatHint::Html),
        "txt" => FileKind::Page(FormatHint::Text),
        "warc" | "wet" => FileKind::Warc,
        "jsonl" | "ndjson" => FileKind::Jsonl,
        _ => return None,
    })
}

/// The page format an extension announces (`None`: not a page name).
pub fn format_for(path: &Path) -> Option<FormatHint> {
    match kind_by_name(path) {
        Some(FileKind::Page(f)) => Some(f),
        _ => None,
    }
}

/// Whether `path` is standard input (`-`).
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}

/// A folder being walked: its canonical path (for loop detection) and the
/// sorted entries still to visit, reversed so that `pop` yields the next.
struct Frame {
    canonical: PathBuf,
    pending: Vec<PathBuf>,
}

/// Lazy, ordered iterator over the inputs named by PATHs.
///
/// Folder entries come sorted by file name; hidden entries (`.name`) and
/// files whose names are neither pages nor containers are skipped; symlinks
/// are followed, but a link back to a folder being walked (a loop) is not
/// (a warning goes to stderr). A PATH named explicitly is always yielded,
/// whatever its name. No PATH means standard input.
pub struct Walk {
    roots: std::vec::IntoIter<PathBuf>,
    stack: Vec<Frame>,
    quiet: bool,
}

impl Walk {
    /// Inputs for `paths`; an empty list means standard input.
    pub fn new(paths: &[PathBuf]) -> Self {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths.to_vec()
        };
        Walk {
            roots: paths.into_iter(),
            stack: Vec::new(),
            quiet: false,
        }
    }

    /// No warnings on stderr (symlink loops are still not followed).
    pub fn quiet(mut self) -> Self {
        self.quiet = true;
        self
    }

    /// Starts walking `dir`, or explains why it cannot be walked.
    fn enter(&mut self, dir: &Path) -> Option<Input> {
        let canonical = match fs::canonicalize(dir) {
            Ok(c) => c,
            Err(e) => return Some(failed(dir, "cannot open folder", &e)),
        };
        if self.stack.iter().any(|f| f.canonical == canonical) {
            if !self.quiet {
                let _ = writeln!(
                    io::stderr().lock(),
                    "newsfacts: {}: skipping symlink loop back to {}",
                    display(dir),
                    canonical.display()
                );
            }
            return None;
        }
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => return Some(failed(dir, "cannot read folder", &e)),
        };
        let mut pending = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => {
                    let name = entry.file_name();
                    if !is_hidden(&name) {
                        pending.push(dir.join(name));
                    }
                }
                Err(e) => return Some(failed(dir, "cannot read folder", &e)),
            }
        }
        pending.sort_unstable_by(|a, b| b.file_name().cmp(&a.file_name()));
        self.stack.push(Frame { canonical, pending });
        None
    }
}

impl Iterator for Walk {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(frame) = self.stack.last_mut() {
                let Some(path) = frame.pending.pop() else {
                    self.stack.pop();
                    continue;
                };
                match fs::metadata(&path) {
                    Ok(meta) if meta.is_dir() => {
                        if let Some(input) = self.enter(&path) {
                            return Some(input);
                        }
                    }
                    Ok(_) => {
                        if kind_by_name(&path).is_some() {
                            let source = display(&path);
                            return Some(Input::File { path, source });
                        }
                    }
                    Err(e) => {
                        // A dangling symlink with a known name is worth
                        // reporting; anything else unreadable is skipped.
                        if kind_by_name(&path).is_some() {
                            return Some(failed(&path, "cannot open", &e));
                        }
                    }
                }
                continue;
            }
            let root = self.roots.next()?;
            if is_stdin(&root) {
                return Some(Input::Stdin);
            }
            match fs::metadata(&root) {
                Ok(meta) if meta.is_dir() => {
                    if let Some(input) = self.enter(&root) {
                        return Some(input);
                    }
                }
                Ok(_) => {
                    let source = display(&root);
                    return Some(Input::File { path: root, source });
                }
                Err(e) => return Some(failed(&root, "cannot open", &e)),
            }
        }
    }
}

fn failed(path: &Path, what: &str, e: &io::Error) -> Input {
    Input::Failed {
        source: display(path),
        error: format!("{what}: {e}"),
    }
}

pub(crate) fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let k = |s: &str| kind_by_name(Path::new(s));
        assert_eq!(k("a/b.html"), Some(FileKind::Page(FormatHint::Html)));
        assert_eq!(k("b.HTM"), Some(FileKind::Page(FormatHint::Html)));
        assert_eq!(k("b.xhtml.gz"), Some(FileKind::Page(FormatHint::Html)));
        assert_eq!(k("b.txt.gz"), Some(FileKind::Page(FormatHint::Text)));
        assert_eq!(k("x.warc"), Some(FileKind::Warc));
        assert_eq!(k("x.warc.gz"), Some(FileKind::Warc));
        assert_eq!(k("x.wet"), Some(FileKind::Warc));
        assert_eq!(k("x.warc.wet.gz"), Some(FileKind::Warc));
        assert_eq!(k("x.jsonl.gz"), Some(FileKind::Jsonl));
        assert_eq!(k("x.ndjson"), Some(FileKind::Jsonl));
        assert_eq!(k("b.gz"), None);
        assert_eq!(k("b.json"), None);
        assert_eq!(k("README"), None);
    }
}
