//! Input discovery and reading: PATHs → documents → bytes.
//!
//! [`Inputs`] walks the PATHs lazily, one directory listing at a time, so a
//! folder of 100,000 files never has its contents read up front. Entries of a
//! folder come in sorted order (by file name), hidden entries and files with
//! unknown extensions are skipped, symlinks are followed but a link back to a
//! folder being walked (a loop) is not. A PATH named explicitly is always
//! yielded, whatever its extension.
//!
//! [`read`] then loads one document within the size limit, gunzipping it when
//! its name ends in `.gz` or its bytes start with the gzip magic number.

use std::ffi::OsStr;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use flate2::bufread::MultiGzDecoder;
use newsfacts_extract::Format;

use crate::args::is_stdin;

/// One document to process, in output order.
#[derive(Debug)]
pub enum Input {
    /// Standard input (`-` or no PATH).
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
    /// The `source` value of this input's record.
    pub fn source(&self) -> &str {
        match self {
            Input::Stdin => "-",
            Input::File { source, .. } | Input::Failed { source, .. } => source,
        }
    }
}

/// A folder being walked: its canonical path (for loop detection) and the
/// sorted entries still to visit, in reverse so that `pop` yields the next.
struct Frame {
    canonical: PathBuf,
    pending: Vec<PathBuf>,
}

/// Lazy, ordered iterator over the documents named by the PATHs.
pub struct Inputs {
    roots: std::vec::IntoIter<PathBuf>,
    stack: Vec<Frame>,
}

impl Inputs {
    /// Inputs for `paths`; no PATH means standard input.
    pub fn new(paths: Vec<PathBuf>) -> Self {
        let paths = if paths.is_empty() {
            vec![PathBuf::from("-")]
        } else {
            paths
        };
        Inputs {
            roots: paths.into_iter(),
            stack: Vec::new(),
        }
    }

    /// Starts walking `dir`, or explains why it cannot be walked.
    fn enter(&mut self, dir: &Path) -> Option<Input> {
        let canonical = match fs::canonicalize(dir) {
            Ok(c) => c,
            Err(e) => return Some(failed(dir, "cannot open folder", &e)),
        };
        if self.stack.iter().any(|f| f.canonical == canonical) {
            warn(&format!(
                "{}: skipping symlink loop back to {}",
                display(dir),
                canonical.display()
            ));
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
        // Sorted by file name; reversed so that `pop` gives the smallest.
        pending.sort_unstable_by(|a, b| b.file_name().cmp(&a.file_name()));
        self.stack.push(Frame { canonical, pending });
        None
    }
}

impl Iterator for Inputs {
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
                        if has_known_extension(&path) {
                            let source = display(&path);
                            return Some(Input::File { path, source });
                        }
                    }
                    Err(e) => {
                        // A dangling symlink with a page-like name is worth
                        // reporting; anything else unreadable is skipped.
                        if has_known_extension(&path) {
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

fn display(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

fn is_hidden(name: &OsStr) -> bool {
    name.as_encoded_bytes().first() == Some(&b'.')
}

/// Splits `name.html.gz` into (`html`, true); `name.txt` into (`txt`, false).
fn extensions(path: &Path) -> (Option<String>, bool) {
    let lower = |e: &OsStr| e.to_string_lossy().to_ascii_lowercase();
    match path.extension().map(lower) {
        Some(ext) if ext == "gz" => {
            let inner = path
                .file_stem()
                .map(Path::new)
                .and_then(Path::extension)
                .map(lower);
            (inner, true)
        }
        ext => (ext, false),
    }
}

/// The format an extension announces; `None` means "sniff the bytes".
pub fn format_for(path: &Path) -> Option<Format> {
    match extensions(path).0.as_deref() {
        Some("html" | "htm" | "xhtml" | "shtml") => Some(Format::Html),
        Some("txt") => Some(Format::Text),
        _ => None,
    }
}

/// Whether a file found in a folder is one to process.
fn has_known_extension(path: &Path) -> bool {
    format_for(path).is_some()
}

fn warn(msg: &str) {
    let _ = writeln!(io::stderr().lock(), "newsfacts: {msg}");
}

/// Why a document could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// Opening or reading failed.
    Io(io::Error),
    /// The gzip stream is corrupt or truncated.
    Gzip(io::Error),
    /// More than `limit` bytes (after decompression when `gzip`).
    TooLarge { limit: usize, gzip: bool },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::Gzip(e) => write!(f, "gzip: {e}"),
            ReadError::TooLarge { limit, gzip: true } => write!(
                f,
                "input too large: more than {limit} bytes after decompression"
            ),
            ReadError::TooLarge { limit, gzip: false } => {
                write!(f, "input too large: more than {limit} bytes")
            }
        }
    }
}

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// Reads one document of at most `limit` bytes, gunzipped when needed.
pub fn read(input: &Input, limit: usize) -> Result<Vec<u8>, ReadError> {
    match input {
        Input::Stdin => read_stream(io::stdin().lock(), false, limit),
        Input::File { path, .. } => {
            let file = File::open(path).map_err(ReadError::Io)?;
            let gz_name = extensions(path).1;
            if !gz_name
                && let Ok(meta) = file.metadata()
                && meta.is_file()
                && meta.len() > limit as u64
            {
                // Plain file known to be too large: do not even read it.
                // (Unless it is gzip by content; `read_stream` checks.)
                let mut reader = BufReader::new(file);
                let head = reader.fill_buf().map_err(ReadError::Io)?;
                if !head.starts_with(&GZIP_MAGIC) {
                    return Err(ReadError::TooLarge { limit, gzip: false });
                }
                return read_stream(reader, gz_name, limit);
            }
            read_stream(file, gz_name, limit)
        }
        Input::Failed { error, .. } => Err(ReadError::Io(io::Error::other(error.clone()))),
    }
}

/// Reads `r` to its end within `limit`, gunzipping when `gz_name` or when the
/// bytes start with the gzip magic number.
fn read_stream<R: Read>(r: R, gz_name: bool, limit: usize) -> Result<Vec<u8>, ReadError> {
    let mut reader = BufReader::with_capacity(64 * 1024, r);
    let head = reader.fill_buf().map_err(ReadError::Io)?;
    let gzip = gz_name || head.starts_with(&GZIP_MAGIC);
    let cap = limit.saturating_add(1) as u64;
    let mut buf = Vec::new();
    if gzip {
        MultiGzDecoder::new(reader)
            .take(cap)
            .read_to_end(&mut buf)
            .map_err(ReadError::Gzip)?;
    } else {
        reader
            .take(cap)
            .read_to_end(&mut buf)
            .map_err(ReadError::Io)?;
    }
    if buf.len() > limit {
        return Err(ReadError::TooLarge { limit, gzip });
    }
    Ok(buf)
}

/// Names the kind of binary data `bytes` holds, if they are not text.
///
/// A NUL byte in the first kilobyte (unless a UTF-16 byte-order mark says the
/// NULs are half of UTF-16 characters), a well-known binary magic number, or
/// a first kilobyte that is mostly control characters.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1f\x8b", "gzip data"),
        (b"BZh", "bzip2 data"),
        (b"\xfd7zXZ\x00", "xz data"),
        (b"\x28\xb5\x2f\xfd", "zstd data"),
        (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
        (b"\x7fELF", "ELF executable"),
        (b"\x00asm", "WebAssembly"),
        (b"OggS", "Ogg media"),
        (b"fLaC", "FLAC audio"),
        (b"ID3", "MP3 audio"),
        (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
        (b"wOFF", "WOFF font"),
        (b"wOF2", "WOFF2 font"),
        (b"SQLite format 3\x00", "SQLite database"),
    ];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(what);
    }
    if bytes.starts_with(b"RIFF") && bytes.len() >= 12 {
        return Some(match &bytes[8..12] {
            b"WEBP" => "WebP image",
            b"WAVE" => "WAV audio",
            b"AVI " => "AVI video",
            _ => "RIFF data",
        });
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        return Some("MP4/QuickTime media");
    }
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return None; // UTF-16 with a byte-order mark: NULs are expected.
    }
    let head = &bytes[..bytes.len().min(1024)];
    if head.contains(&0) {
        return Some("NUL bytes");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    if head.len() >= 32 && controls * 10 > head.len() * 3 {
        return Some("control characters");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_formats() {
        assert_eq!(format_for(Path::new("a/b.html")), Some(Format::Html));
        assert_eq!(format_for(Path::new("b.HTM")), Some(Format::Html));
        assert_eq!(format_for(Path::new("b.xhtml.gz")), Some(Format::Html));
        assert_eq!(format_for(Path::new("b.txt")), Some(Format::Text));
        assert_eq!(format_for(Path::new("b.txt.gz")), Some(Format::Text));
        assert_eq!(format_for(Path::new("b.gz")), None);
        assert_eq!(format_for(Path::new("b.json")), None);
        assert_eq!(format_for(Path::new("README")), None);
    }

    #[test]
    fn binary_detection() {
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n...."), Some("PNG image"));
        assert_eq!(binary_kind(b"abc\0def"), Some("NUL bytes"));
        assert_eq!(binary_kind(b"<html><p>Hi</p></html>"), None);
        assert_eq!(binary_kind(b""), None);
        assert_eq!(binary_kind(b"\xff\xfe<\0h\0"), None);
        assert_eq!(binary_kind("Привет, мир".as_bytes()), None);
        assert_eq!(binary_kind(&[0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), None);
        assert_eq!(binary_kind(&[1u8; 100]), Some("control characters"));
    }

    #[test]
    fn gzip_and_limits() {
        use flate2::{Compression, write::GzEncoder};
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(&[b'a'; 10_000]).unwrap();
        let gz = enc.finish().unwrap();
        assert_eq!(read_stream(&gz[..], false, 10_000).unwrap().len(), 10_000);
        assert!(matches!(
            read_stream(&gz[..], true, 9_999),
            Err(ReadError::TooLarge { gzip: true, .. })
        ));
        assert!(matches!(
            read_stream(&gz[..gz.len() / 2], true, 20_000),
            Err(ReadError::Gzip(_))
        ));
        assert!(matches!(
            read_stream(&b"plain"[..], true, 100),
            Err(ReadError::Gzip(_))
        ));
        assert_eq!(read_stream(&b"plain"[..], false, 5).unwrap(), b"plain");
        assert!(read_stream(&b"plain"[..], false, 4).is_err());
    }
}
