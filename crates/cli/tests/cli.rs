//! Integration tests of the `newsfacts` binary: they run the real executable
//! and check command-line behaviour (order, counts, failure records, exit
//! codes, output formats), not extraction quality.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use flate2::{Compression, write::GzEncoder};
use serde_json::Value;

const TIMEOUT: Duration = Duration::from_secs(180);

/// A unique temporary folder, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .subsec_nanos();
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!(
            "newsfacts-cli-{tag}-{}-{n}-{nanos}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `bytes` at `rel` (creating folders) and returns the full path.
    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }

    /// `rel` as the string the CLI prints in `source`.
    fn source(&self, rel: &str) -> String {
        self.0.join(rel).to_string_lossy().into_owned()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.code()
    }

    fn records(&self) -> Vec<Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line {l}: {e}")))
            .collect()
    }
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

/// Runs the binary with `args` and `stdin`, failing the test past [`TIMEOUT`].
fn run<S: AsRef<std::ffi::OsStr>>(args: &[S], stdin: &[u8]) -> Run {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut child_stdin = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = child_stdin.write_all(&input);
    });
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        out.read_to_end(&mut s).unwrap();
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        err.read_to_end(&mut s).unwrap();
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            panic!("newsfacts did not finish within {TIMEOUT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    feeder.join().unwrap();
    let stdout = String::from_utf8(out_reader.join().unwrap()).unwrap();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap()).into_owned();
    assert!(!stderr.contains("panicked"), "newsfacts panicked: {stderr}");
    Run {
        status,
        stdout,
        stderr,
    }
}

/// Runs `newsfacts extract ARGS`.
fn ex<S: AsRef<std::ffi::OsStr>>(args: &[S], stdin: &[u8]) -> Run {
    let mut all = vec![std::ffi::OsString::from("extract")];
    all.extend(args.iter().map(|a| a.as_ref().to_os_string()));
    run(&all, stdin)
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html><html><head><title>{title}</title></head>\
         <body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )
}

fn sources(records: &[Value]) -> Vec<String> {
    records
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect()
}

fn is_error(r: &Value) -> bool {
    r.get("error").is_some()
}

#[test]
fn order_is_the_same_with_one_and_four_threads() {
    let dir = TempDir::new("order");
    // More files than one window of work, of very different sizes, so that
    // workers finish out of order.
    for i in 0..600 {
        let rel = format!("d{}/f{i:04}.txt", i % 7);
        let repeat = if i % 5 == 0 { 20_000 } else { 1 };
        dir.write(&rel, format!("Document {i} says a thing. ").repeat(repeat));
    }
    dir.write("d3/broken.html.gz", b"\x1f\x8b\x08\x00 not really gzip");
    // Ordering is the point here, not analysis (which debug builds make slow
    // on these 500 KB documents of 20,000 "statements" each).
    let one = ex(
        &[
            OsArg::from("--no-analyze"),
            "-j".into(),
            "1".into(),
            dir.path().into(),
        ],
        b"",
    );
    let four = ex(
        &[
            OsArg::from("--no-analyze"),
            "-j".into(),
            "4".into(),
            dir.path().into(),
        ],
        b"",
    );
    assert_eq!(one.code(), Some(1));
    assert_eq!(four.code(), Some(1));
    assert_eq!(one.stdout, four.stdout);
    let records = four.records();
    assert_eq!(records.len(), 601);
    let got = sources(&records);
    let mut sorted = got.clone();
    sorted.sort();
    assert_eq!(got, sorted, "sources come in sorted walk order");
    for (i, r) in records.iter().filter(|r| !is_error(r)).enumerate() {
        let text = r["text"].as_str().unwrap();
        assert!(
            text.contains("Document") && r["source"].as_str().unwrap().ends_with(".txt"),
            "record {i} out of place: {r}"
        );
    }
    assert_eq!(records.iter().filter(|r| is_error(r)).count(), 1);
}

type OsArg = std::ffi::OsString;

#[test]
fn folder_walk_is_sorted_recursive_and_skips_hidden_and_unknown() {
    let dir = TempDir::new("walk");
    dir.write("b.html", page("B", "b"));
    dir.write("a.txt", "a text");
    dir.write("sub/c.html", page("C", "c"));
    dir.write("sub/.hidden.html", page("H", "hidden"));
    dir.write("sub/deeper/d.htm", page("D", "d"));
    dir.write(".git/x.html", page("X", "x"));
    dir.write("notes.md", "# notes");
    dir.write("data.json", "{}");
    dir.write("y.xhtml.gz", gzip(page("Y", "y").as_bytes()));
    dir.write("z.HTM", page("Z", "z"));
    dir.write("plain.gz", gzip(b"unknown inner type"));
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(0), "{}", r.stderr);
    assert_eq!(
        sources(&r.records()),
        vec![
            dir.source("a.txt"),
            dir.source("b.html"),
            dir.source("sub/c.html"),
            dir.source("sub/deeper/d.htm"),
            dir.source("y.xhtml.gz"),
            dir.source("z.HTM"),
        ]
    );
}

#[test]
fn explicit_files_are_processed_whatever_their_extension_and_keep_argument_order() {
    let dir = TempDir::new("explicit");
    let md = dir.write("notes.md", "Some notes that are plain text.");
    let hidden = dir.write(".hidden.html", page("H", "h"));
    let html = dir.write("page", page("P", "p"));
    let r = ex(&[&html, &md, &hidden], b"");
    assert_eq!(r.code(), Some(0));
    let records = r.records();
    assert_eq!(
        sources(&records),
        vec![
            dir.source("page"),
            dir.source("notes.md"),
            dir.source(".hidden.html")
        ]
    );
    assert!(records.iter().all(|r| !is_error(r)));
    assert_eq!(records[1]["text"], "Some notes that are plain text.");
}

#[test]
fn stdin_with_dash_and_with_no_path() {
    let doc = b"  Flattened page text read from standard input.\n";
    for args in [vec!["extract", "-"], vec!["extract"]] {
        let r = run(&args, doc);
        assert_eq!(r.code(), Some(0), "{args:?}: {}", r.stderr);
        let records = r.records();
        assert_eq!(records.len(), 1);
        assert_eq!(records[0]["source"], "-");
        assert_eq!(
            records[0]["text"],
            "Flattened page text read from standard input."
        );
    }
}

#[test]
fn stdin_between_files_keeps_its_place() {
    let dir = TempDir::new("stdin-mix");
    let a = dir.write("a.txt", "The first file.");
    let c = dir.write("c.txt", "The third file.");
    let r = run(
        &[OsArg::from("extract"), a.into(), "-".into(), c.into()],
        b"The second file.",
    );
    let records = r.records();
    assert_eq!(records.len(), 3);
    assert_eq!(records[1]["source"], "-");
    assert_eq!(records[1]["text"], "The second file.");
    assert_eq!(records[2]["text"], "The third file.");
}

#[test]
fn gzipped_input_is_decompressed() {
    let dir = TempDir::new("gz");
    dir.write("story.txt.gz", gzip(b"Text inside a gzip file."));
    // Gzip found by its magic number even without a .gz name.
    dir.write("sneaky.txt", gzip(b"Gzip without the extension."));
    // Concatenated gzip members (MultiGzDecoder).
    let mut multi = gzip(b"Part one, ");
    multi.extend(gzip(b"part two."));
    dir.write("multi.txt.gz", multi);
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(0), "{}", r.stdout);
    let records = r.records();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["text"], "Part one, part two.");
    assert_eq!(records[1]["text"], "Gzip without the extension.");
    assert_eq!(records[2]["text"], "Text inside a gzip file.");
    // And from standard input.
    let r = run(&["extract"], &gzip(b"Piped gzip."));
    assert_eq!(r.records()[0]["text"], "Piped gzip.");
}

#[test]
fn truncated_gzip_is_a_failure_record_and_the_rest_goes_on() {
    let dir = TempDir::new("truncated");
    dir.write("a.txt", "The file before.");
    let gz = gzip(page("Broken", &"words ".repeat(5000)).as_bytes());
    dir.write("b.html.gz", &gz[..gz.len() / 2]);
    dir.write("c.txt", "The file after.");
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(1));
    let records = r.records();
    assert_eq!(records.len(), 3);
    assert_eq!(records[0]["text"], "The file before.");
    assert_eq!(records[1]["source"], dir.source("b.html.gz"));
    assert!(
        records[1]["error"].as_str().unwrap().starts_with("gzip"),
        "{}",
        records[1]
    );
    assert_eq!(
        records[1].as_object().unwrap().len(),
        2,
        "only source+error"
    );
    assert_eq!(records[2]["text"], "The file after.");
}

#[test]
fn gzip_bomb_and_oversized_inputs_are_failures() {
    let dir = TempDir::new("bomb");
    // 8 MiB of one byte compresses to a few KiB.
    let bomb = dir.write("bomb.html.gz", gzip(&vec![b'a'; 8 << 20]));
    let big = dir.write("big.txt", vec![b'b'; 2 << 20]);
    let small = dir.write("small.txt", "The page that fits.");
    let r = ex(
        &[
            OsArg::from("--max-bytes"),
            "1M".into(),
            bomb.into(),
            big.into(),
            small.into(),
        ],
        b"",
    );
    assert_eq!(r.code(), Some(1));
    let records = r.records();
    assert_eq!(records.len(), 3);
    for rec in &records[..2] {
        assert!(
            rec["error"].as_str().unwrap().contains("too large"),
            "{rec}"
        );
    }
    assert_eq!(records[2]["text"], "The page that fits.");
}

#[test]
fn missing_path_is_a_failure_record() {
    let dir = TempDir::new("missing");
    let ok = dir.write("ok.txt", "This file is present.");
    let missing = dir.path().join("nope.html");
    let r = ex(&[missing.as_os_str(), ok.as_os_str()], b"");
    assert_eq!(r.code(), Some(1));
    let records = r.records();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["source"], dir.source("nope.html"));
    assert!(is_error(&records[0]));
    assert_eq!(records[1]["text"], "This file is present.");
}

#[test]
fn binary_junk_is_a_failure_record() {
    let dir = TempDir::new("binary");
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    dir.write("image.html", png);
    dir.write("nul.txt", b"text\0with a NUL byte");
    dir.write("pdf.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj");
    dir.write("zzz.txt", "real text");
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(1));
    let records = r.records();
    assert_eq!(records.len(), 4);
    for rec in &records[..3] {
        assert!(rec["error"].as_str().unwrap().contains("binary"), "{rec}");
    }
    assert!(!is_error(&records[3]));
}

#[test]
fn empty_file_is_an_empty_record_not_an_error() {
    let dir = TempDir::new("empty");
    dir.write("empty.html", "");
    dir.write("blank.txt", " \n\t\n");
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(0));
    let records = r.records();
    assert_eq!(records.len(), 2);
    for rec in &records {
        assert!(!is_error(rec));
        assert_eq!(rec["kind"], "empty");
        assert_eq!(rec["text"], "");
    }
    // Empty standard input too.
    let r = run(&["extract"], b"");
    assert_eq!(r.code(), Some(0));
    assert_eq!(r.records()[0]["kind"], "empty");
}

#[test]
fn article_records_have_every_contract_field() {
    let dir = TempDir::new("fields");
    let p = dir.write("a.html", page("Title", "Body"));
    let r = ex(&[&p], b"");
    let records = r.records();
    let rec = records[0].as_object().unwrap();
    for key in [
        "source",
        "url",
        "site",
        "title",
        "published",
        "updated",
        "authors",
        "language",
        "text",
        "related",
        "kind",
    ] {
        assert!(rec.contains_key(key), "{key} missing in {rec:?}");
    }
    assert!(!rec.contains_key("error"));
}

#[test]
fn huge_single_line_page_finishes() {
    let dir = TempDir::new("huge");
    let mut html = String::from("<html><head><title>Big</title></head><body><div>");
    let para = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>";
    while html.len() < 10 * 1024 * 1024 {
        html.push_str(para);
    }
    html.push_str("</div></body></html>");
    let p = dir.write("huge.html", html);
    let r = ex(&[&p], b"");
    assert_eq!(r.stdout.lines().count(), 1);
    assert!(matches!(r.code(), Some(0 | 1)));
}

#[test]
fn deeply_nested_page_finishes() {
    let dir = TempDir::new("deep");
    let n = 100_000;
    let mut html = String::with_capacity(n * 11 + 100);
    html.push_str("<html><body>");
    for _ in 0..n {
        html.push_str("<div>");
    }
    html.push_str("deep text");
    for _ in 0..n {
        html.push_str("</div>");
    }
    html.push_str("</body></html>");
    let p = dir.write("deep.html", html);
    let r = ex(&[&p], b"");
    assert_eq!(r.stdout.lines().count(), 1);
    assert!(matches!(r.code(), Some(0 | 1)));
}

#[test]
fn json_format_is_one_valid_array() {
    let dir = TempDir::new("json");
    dir.write("a.txt", "The first one.");
    dir.write("b.html", page("Two", "two"));
    dir.write("c.html.gz", b"broken");
    let r = ex(
        &[OsArg::from("--format"), "json".into(), dir.path().into()],
        b"",
    );
    assert_eq!(r.code(), Some(1));
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), 3);
    assert_eq!(arr[0]["text"], "The first one.");
    assert!(is_error(&arr[2]));
    // No input at all still gives valid JSON.
    let empty = TempDir::new("json-empty");
    let r = ex(
        &[OsArg::from("--format"), "json".into(), empty.path().into()],
        b"",
    );
    assert_eq!(r.code(), Some(0));
    assert_eq!(
        serde_json::from_str::<Value>(&r.stdout).unwrap(),
        Value::Array(vec![])
    );
}

#[test]
fn markdown_format_starts_with_a_heading_and_failures_go_to_stderr() {
    let dir = TempDir::new("md");
    dir.write("a.html", page("A title", "Body"));
    dir.write("b.txt", "The second text.");
    dir.write("c.html.gz", b"broken");
    let r = ex(
        &[
            OsArg::from("--format"),
            "markdown".into(),
            dir.path().into(),
        ],
        b"",
    );
    assert_eq!(r.code(), Some(1));
    assert!(r.stdout.starts_with("# "), "{}", r.stdout);
    assert_eq!(r.stdout.lines().filter(|l| l.starts_with("# ")).count(), 2);
    assert!(!r.stdout.contains("broken"));
    assert!(r.stderr.contains("c.html.gz"), "{}", r.stderr);
}

#[test]
fn text_format_separates_articles_with_form_feeds() {
    let dir = TempDir::new("text");
    for name in ["a.txt", "b.txt", "c.txt"] {
        dir.write(name, format!("Body of {name}, in a sentence."));
    }
    let r = ex(
        &[OsArg::from("--format"), "text".into(), dir.path().into()],
        b"",
    );
    assert_eq!(r.code(), Some(0));
    assert_eq!(r.stdout.matches("\x0c\n").count(), 2);
    assert!(r.stdout.contains("Body of b.txt"));
}

#[test]
fn url_applies_to_a_single_input_only() {
    let dir = TempDir::new("url");
    let a = dir.write("a.html", page("A", "a"));
    let b = dir.write("b.html", page("B", "b"));
    let r = ex(
        &[
            OsArg::from("--url"),
            "https://example.org/a".into(),
            a.clone().into(),
            b.into(),
        ],
        b"",
    );
    assert_eq!(r.code(), Some(2));
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("--url"));
    let r = ex(
        &[
            OsArg::from("--url"),
            "https://example.org/a".into(),
            dir.path().into(),
        ],
        b"",
    );
    assert_eq!(r.code(), Some(2), "a folder is not a single input");
    let r = ex(
        &[
            OsArg::from("--url"),
            "https://example.org/a".into(),
            a.into(),
        ],
        b"",
    );
    assert_eq!(r.code(), Some(0));
    let r = run(&["extract", "--url", "https://example.org/s"], b"");
    assert_eq!(r.code(), Some(0));
    assert_eq!(r.records()[0]["url"], "https://example.org/s");
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        vec!["extract", "--no-such-flag"],
        vec!["extract", "--format", "yaml"],
        vec!["extract", "-j", "0"],
        vec!["extract", "--max-bytes", "lots"],
        vec!["extract", "-", "-"],
        vec!["no-such-command"],
        vec![],
    ] {
        let r = run(&args, b"");
        assert_eq!(r.code(), Some(2), "{args:?}: {}", r.stderr);
        assert!(r.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn version_and_help() {
    let r = run(&["--version"], b"");
    assert_eq!(r.code(), Some(0));
    assert!(r.stdout.starts_with("newsfacts "));
    let r = run(&["--help"], b"");
    assert_eq!(r.code(), Some(0));
    assert!(r.stdout.contains("extract"));
    let r = run(&["extract", "--help"], b"");
    assert_eq!(r.code(), Some(0));
    for flag in [
        "--format",
        "--url",
        "--threads",
        "--max-bytes",
        "Exit status",
    ] {
        assert!(r.stdout.contains(flag), "{flag} missing from help");
    }
}

#[test]
fn broken_pipe_ends_quietly() {
    let dir = TempDir::new("pipe");
    let line = "A line of flattened text to make the output long. ".repeat(20);
    for i in 0..3000 {
        dir.write(&format!("f{i:05}.txt"), &line);
    }
    let mut child = bin()
        .args(["extract", "-j", "2"])
        .arg(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    {
        let mut out = BufReader::new(child.stdout.take().unwrap());
        out.read_line(&mut first).unwrap();
    } // stdout dropped: the pipe is closed like `| head -1`.
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(start.elapsed() < TIMEOUT, "no exit after the pipe closed");
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let record: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(record["source"], dir.source("f00000.txt"));
    assert_ne!(status.code(), Some(101), "panicked: {stderr}");
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_not_followed_forever() {
    let dir = TempDir::new("loop");
    dir.write("a.html", page("A", "a"));
    dir.write("sub/b.txt", "b");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/back")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a.html"), dir.path().join("link.html")).unwrap();
    let r = ex(&[dir.path()], b"");
    assert_eq!(r.code(), Some(0));
    assert_eq!(
        sources(&r.records()),
        vec![
            dir.source("a.html"),
            dir.source("link.html"),
            dir.source("sub/b.txt")
        ]
    );
}

#[test]
fn bundled_example_pages_all_extract() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/pages");
    let r = run(&[OsArg::from("extract"), pages.clone().into()], b"");
    assert_eq!(r.code(), Some(0), "{}", r.stdout);
    let records = r.records();
    assert!((6..=8).contains(&records.len()), "{} pages", records.len());
    let names: Vec<String> = sources(&records)
        .iter()
        .map(|s| {
            Path::new(s)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.iter().any(|n| n.ends_with(".html.gz")));
    assert!(names.iter().any(|n| n.ends_with(".txt")));
    assert!(!names.iter().any(|n| n == "README.md"));
    // The flattened-text page reads through the text path: its story is in.
    let txt = records
        .iter()
        .find(|r| r["source"].as_str().unwrap().ends_with(".txt"))
        .unwrap();
    assert!(txt["text"].as_str().unwrap().contains("CEDAR VALLEY"));
}

#[test]
fn skipped_container_records_are_counted_on_stderr() {
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/warc-samples/warcio-example.warc.gz");
    if !samples.exists() {
        eprintln!("warc-samples not present; skipped");
        return;
    }
    let r = ex(&[samples.as_os_str()], b"");
    assert_eq!(r.code(), Some(0), "{}", r.stderr);
    assert_eq!(r.records().len(), 1);
    assert!(
        r.stderr.contains("skipped") && r.stderr.contains("revisit 1"),
        "{}",
        r.stderr
    );
}
