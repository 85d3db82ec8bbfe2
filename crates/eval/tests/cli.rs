//! End-to-end runs of the `newsfacts-eval` binary.

use std::path::PathBuf;
use std::process::Command;

const DEFAULT_DIR: &str = "/work/shared/data/article-extraction-benchmark";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts-eval"))
}

#[test]
fn missing_folder_exits_non_zero_with_a_message() {
    let out = bin()
        .args(["aeb", "/nonexistent/article-extraction-benchmark"])
        .output()
        .expect("run binary");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not found"), "{err}");
}

#[test]
fn holdout_run_prints_tables_and_dumps() {
    let dir = std::env::var_os("AEB_DIR").map_or_else(|| PathBuf::from(DEFAULT_DIR), PathBuf::from);
    if !dir.join("ground-truth.json").is_file() {
        eprintln!("note: {} not found, skipping (set AEB_DIR)", dir.display());
        return;
    }
    let dump = std::env::temp_dir().join(format!("newsfacts-eval-dump-{}", std::process::id()));
    let out = bin()
        .arg("aeb")
        .arg(&dir)
        .args([
            "--split",
            "holdout",
            "--repeat",
            "1",
            "--worst",
            "2",
            "--peer",
            "trafilatura",
        ])
        .arg("--dump")
        .arg(&dump)
        .output()
        .expect("run binary");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for needle in [
        "split holdout",
        "newsfacts ",
        "trafilatura ",
        "pages/s",
        "peak RSS",
        "worst 2",
        "vs trafilatura",
    ] {
        assert!(stdout.contains(needle), "{needle:?} missing in\n{stdout}");
    }
    let files = std::fs::read_dir(&dump).expect("dump dir").count();
    let _ = std::fs::remove_dir_all(&dump);
    assert!(files > 0 && files.is_multiple_of(2), "{files} dumped files");

    let bad = bin()
        .arg("aeb")
        .arg(&dir)
        .args(["--peer", "no-such-peer", "--repeat", "0"])
        .output()
        .expect("run binary");
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("no reference output named"));
}
