//! Plain-text tables printed by the binary.

use std::fmt::Write as _;

use crate::metric::{PageScore, Summary};

/// One system's line in the quality table.
#[derive(Debug, Clone)]
pub struct Row {
    /// System name (`newsfacts` or a reference-output file stem).
    pub name: String,
    /// Version, when known.
    pub version: Option<String>,
    /// Its scores.
    pub summary: Summary,
}

/// Sorts rows by F1, best first (ties by name).
pub fn sort_rows(rows: &mut [Row]) {
    rows.sort_by(|a, b| {
        b.summary
            .f1
            .total_cmp(&a.summary.f1)
            .then_with(|| a.name.cmp(&b.name))
    });
}

/// The quality table: F1 ±, precision ±, recall ±, accuracy, pages, empty.
pub fn quality_table(rows: &[Row]) -> String {
    let name_w = rows
        .iter()
        .map(|r| r.name.len())
        .chain([6])
        .max()
        .unwrap_or(6);
    let ver_w = rows
        .iter()
        .map(|r| r.version.as_deref().unwrap_or("-").len())
        .chain([7])
        .max()
        .unwrap_or(7);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<name_w$}  {:<ver_w$}  {:<13}  {:<13}  {:<13}  {:>8}  {:>5}  {:>5}",
        "system", "version", "F1", "precision", "recall", "accuracy", "pages", "empty"
    );
    for r in rows {
        let s = &r.summary;
        let _ = writeln!(
            out,
            "{:<name_w$}  {:<ver_w$}  {:.3} ± {:.3}  {:.3} ± {:.3}  {:.3} ± {:.3}  {:>8.3}  {:>5}  {:>5}",
            r.name,
            r.version.as_deref().unwrap_or("-"),
            s.f1,
            s.f1_std,
            s.precision,
            s.precision_std,
            s.recall,
            s.recall_std,
            s.accuracy,
            s.pages,
            s.empty_predictions,
        );
    }
    out
}

/// Formats an optional ratio as `0.123` or `-`.
fn opt3(x: Option<f64>) -> String {
    x.map_or_else(|| "-".to_owned(), |v| format!("{v:.3}"))
}

/// The `n` pages with the lowest per-page F1 (ties by id), as a table of
/// id, F1, P, R, our tokens, truth tokens, url.
pub fn worst_table(scores: &[(&str, Option<&str>, PageScore)], n: usize) -> String {
    let mut idx: Vec<usize> = (0..scores.len()).collect();
    idx.sort_by(|&a, &b| {
        scores[a]
            .2
            .f1()
            .total_cmp(&scores[b].2.f1())
            .then_with(|| scores[a].0.cmp(scores[b].0))
    });
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<64}  {:>5}  {:>5}  {:>5}  {:>7}  {:>7}  url",
        "id", "F1", "P", "R", "ours", "truth"
    );
    for &i in idx.iter().take(n) {
        let (id, url, s) = &scores[i];
        let _ = writeln!(
            out,
            "{:<64}  {:>5.3}  {:>5}  {:>5}  {:>7}  {:>7}  {}",
            id,
            s.f1(),
            opt3(s.precision()),
            opt3(s.recall()),
            s.pred_tokens,
            s.truth_tokens,
            url.unwrap_or("-"),
        );
    }
    out
}

/// Pages where our per-page F1 and the peer's differ by more than
/// `threshold`, the peer's biggest leads first.
pub fn peer_table(
    peer: &str,
    rows: &[(&str, Option<&str>, PageScore, PageScore)],
    threshold: f64,
) -> String {
    let mut diffs: Vec<(&str, Option<&str>, f64, f64)> = rows
        .iter()
        .map(|(id, url, ours, theirs)| (*id, *url, ours.f1(), theirs.f1()))
        .filter(|(_, _, o, t)| (o - t).abs() > threshold)
        .collect();
    diffs.sort_by(|a, b| {
        (b.3 - b.2)
            .total_cmp(&(a.3 - a.2))
            .then_with(|| a.0.cmp(b.0))
    });
    let peer_better = diffs.iter().filter(|d| d.3 > d.2).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} page(s) differ by > {threshold}: {peer} better on {peer_better}, newsfacts better on {}",
        diffs.len(),
        diffs.len() - peer_better
    );
    if diffs.is_empty() {
        return out;
    }
    let peer_w = peer.len().max(5);
    let _ = writeln!(
        out,
        "{:<64}  {:>9}  {:>peer_w$}  {:>6}  url",
        "id", "newsfacts", peer, "diff"
    );
    for (id, url, o, t) in diffs {
        let _ = writeln!(
            out,
            "{:<64}  {:>9.3}  {:>peer_w$.3}  {:>+6.3}  {}",
            id,
            o,
            t,
            o - t,
            url.unwrap_or("-")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metric::{score, summarize};

    #[test]
    fn rows_sort_by_f1_desc() {
        let mk = |name: &str, truth: &str, pred: &str| Row {
            name: name.into(),
            version: None,
            summary: summarize(&[score(truth, pred)], 0, 0),
        };
        let mut rows = vec![
            mk("low", "a b c d e", "x y z w"),
            mk("high", "a b c d e", "a b c d e"),
        ];
        sort_rows(&mut rows);
        assert_eq!(rows[0].name, "high");
        let table = quality_table(&rows);
        assert!(table.contains("1.000 ± 0.000"), "{table}");
        assert_eq!(table.lines().count(), 3);
    }

    #[test]
    fn worst_and_peer_tables() {
        let good = score("a b c d e", "a b c d e");
        let bad = score("a b c d e", "");
        let pages = [("p1", Some("http://x/1"), good), ("p2", None, bad)];
        let w = worst_table(&pages, 1);
        assert!(w.lines().nth(1).is_some_and(|l| l.starts_with("p2")), "{w}");
        let rows = [("p1", None, good, bad), ("p2", None, bad, bad)];
        let p = peer_table("peer", &rows, 0.05);
        assert!(p.starts_with("1 page(s) differ"), "{p}");
        assert!(p.contains("newsfacts better on 1"), "{p}");
    }
}
