//! `newsfacts ingest` end to end: counts that add up, reruns that add
//! nothing, a kill -9 in the middle, and the store's read side.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use newsfacts_store::Store;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_newsfacts")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "newsfacts-ingest-{name}-{}-{}",
        std::process::id(),
        Instant::now().elapsed().as_nanos()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn ingest(inputs: &[&Path], db: &Path) -> Output {
    let mut cmd = Command::new(bin());
    cmd.arg("ingest").arg("--quiet").arg("--db").arg(db);
    for i in inputs {
        cmd.arg(i);
    }
    cmd.output().unwrap()
}

fn export_sorted(db: &Path) -> Vec<String> {
    let out = Command::new(bin())
        .args(["export", "--db"])
        .arg(db)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    lines.sort();
    lines
}

fn samples() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/warc-samples");
    p.is_dir().then_some(p)
}

#[test]
fn rerun_adds_nothing_and_counts_add_up() {
    let dir = tmp("rerun");
    let warc = dir.join("gen.warc.gz");
    newsfacts_eval::generate::write_warc(&warc, 60).unwrap();
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/pages");
    let db = dir.join("s.db");
    let first = ingest(&[&warc, &pages], &db);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let summary = String::from_utf8_lossy(&first.stderr);
    assert!(summary.contains("records read        67"), "{summary}");
    let store = Store::open_read_only(&db).unwrap();
    let counts = store.counts().unwrap();
    assert_eq!(counts.records, 67);
    assert_eq!(counts.articles, 67);
    // Every tenth generated page reprints an earlier story (with edits
    // that keep most copies above the similarity threshold).
    assert!(counts.near_duplicates >= 3, "{counts:?}");
    let before = export_sorted(&db);
    let copies = before
        .iter()
        .filter(|l| l.contains("\"duplicate_of\":\""))
        .count();
    assert_eq!(copies as u64, counts.near_duplicates);

    let second = ingest(&[&warc, &pages], &db);
    assert!(second.status.success());
    let summary = String::from_utf8_lossy(&second.stderr);
    assert!(summary.contains("articles stored     0"), "{summary}");
    assert!(summary.contains("files already done  1"), "{summary}");
    assert_eq!(export_sorted(&db), before);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn kill_during_ingest_then_rerun_gives_the_clean_store() {
    let dir = tmp("kill");
    let warc = dir.join("gen.warc.gz");
    newsfacts_eval::generate::write_warc(&warc, 1500).unwrap();
    let clean = dir.join("clean.db");
    assert!(ingest(&[&warc], &clean).status.success());

    let killed = dir.join("killed.db");
    let mut child = Command::new(bin())
        .args(["ingest", "--quiet", "-j", "1", "--db"])
        .arg(&killed)
        .arg(&warc)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until some batches are committed, then kill -9.
    let start = Instant::now();
    loop {
        let stored = Store::open_read_only(&killed)
            .and_then(|s| s.counts())
            .map(|c| c.records)
            .unwrap_or(0);
        if stored > 0 || start.elapsed() > Duration::from_secs(60) {
            break;
        }
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
    // The store is consistent after the kill: it opens and its counts add up.
    let partial = Store::open_read_only(&killed).unwrap().counts().unwrap();
    assert_eq!(
        partial.records,
        partial.articles + partial.skipped_total() + partial.failed_total()
    );
    assert!(ingest(&[&warc], &killed).status.success());
    assert_eq!(export_sorted(&killed), export_sorted(&clean));
    let a = Store::open_read_only(&killed).unwrap().counts().unwrap();
    let b = Store::open_read_only(&clean).unwrap().counts().unwrap();
    assert_eq!(a, b);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn real_warc_samples_every_record_counted_once() {
    let Some(samples) = samples() else {
        eprintln!("warc-samples not present; skipped");
        return;
    };
    let dir = tmp("samples");
    let db = dir.join("s.db");
    let out = ingest(&[&samples], &db);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let counts = Store::open_read_only(&db).unwrap().counts().unwrap();
    // 997 WARC records in the nine files (README: 822+30+48+34+50+1+4+6+2).
    assert_eq!(counts.records, 997, "{counts:?}");
    assert_eq!(
        counts.records,
        counts.articles + counts.skipped_total() + counts.failed_total()
    );
    // HTML 2xx responses (the README's 225 less 46 non-2xx and one repeat)
    // plus the WET conversion record.
    assert_eq!(counts.articles, 179, "{counts:?}");
    let skipped: std::collections::HashMap<_, _> = counts.skipped.iter().cloned().collect();
    assert_eq!(skipped.get("revisit"), Some(&1));
    assert_eq!(skipped.get("http_status"), Some(&47));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn search_stats_failures_and_export_read_the_store() {
    let dir = tmp("read");
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/pages");
    let broken = dir.join("broken.html.gz");
    std::fs::write(&broken, b"\x1f\x8b\x08\x00 not gzip at all").unwrap();
    let db = dir.join("s.db");
    let out = ingest(&[&pages, &broken], &db);
    assert_eq!(out.status.code(), Some(1), "a failed record sets exit 1");

    let run = |args: &[&str]| {
        let out = Command::new(bin())
            .args(args)
            .arg("--db")
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let hits = run(&["search", "ferry", "--format", "jsonl"]);
    assert!(hits.contains("harbor-herald-electric-ferry"), "{hits}");
    let none = run(&["search", "\"electric ferry\" NOT ferry"]);
    assert!(none.contains("no match"), "{none}");
    let stats = run(&["stats"]);
    assert!(stats.contains("The Harbor Herald"), "{stats}");
    let failures = run(&["failures"]);
    assert!(
        failures.contains("broken.html.gz") && failures.contains("gzip"),
        "{failures}"
    );
    let export = run(&["export"]);
    assert_eq!(export.lines().count(), 7);

    // A bad query is a clear error, not a crash.
    let out = Command::new(bin())
        .args(["search", "\"unbalanced", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("query"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unwritable_store_is_a_clear_error() {
    let out = ingest(
        &[Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/pages")
            .as_path()],
        Path::new("/nonexistent-dir/newsfacts/s.db"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("store"));
}
