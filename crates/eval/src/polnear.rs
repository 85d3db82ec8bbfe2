//! PolNeAR attribution harness: brat standoff gold, greedy one-to-one
//! matching, P/R/F1 for all attributions and for direct quotes.
//!
//! * Gold: the `E` lines of `attributions/<article>_<ann>.ann` (the
//!   lexicographically smallest `<ann>` when an article has several), each
//!   with its Content (possibly discontinuous, `;`-separated) and Source.
//! * A gold attribution is **direct** when at least [`DIRECT_SHARE`] of its
//!   content characters lie inside quotation marks (as paired by
//!   [`newsfacts_analyze::statements::quotes`], marks included).
//! * A prediction matches a gold attribution when their content spans (the
//!   union of the pieces) overlap by at least [`MIN_OVERLAP`] of each;
//!   pairs are taken greedily, best overlap first, one-to-one. The speaker
//!   matches when the predicted speaker words overlap the gold Source span
//!   (or the lower-cased strings are equal); a gold attribution without a
//!   Source matches a prediction without speaker words. For a continuation
//!   quote, which has no speaker words of its own, the speaker words of the
//!   statement it continues (`antecedent`) stand in.
//! * Split quotes (`split_of`) are merged into one discontinuous prediction.
//! * A prediction counts as direct when its kind is `direct` or when the
//!   gold's rule holds for it (a `mixed` "that “…”" is mostly quoted).
//!
//! ```
//! use newsfacts_eval::polnear::{parse_ann, overlap_ok};
//! let ann = "T1\tSource 0 2\the\nT2\tCue 3 7\tsaid\nT3\tContent 8 12;14 20\tyes no\n\
//!            T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n";
//! let gold = parse_ann(ann);
//! assert_eq!(gold.len(), 1);
//! assert_eq!(gold[0].content, vec![(8, 12), (14, 20)]);
//! assert!(overlap_ok(&gold[0].content, &[(8, 20)]));
//! ```

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

use newsfacts_analyze::statements::{self, Found};
use newsfacts_analyze::{CharMap, entities, segment};
use newsfacts_model::StatementKind;

/// Minimum share of each content span that must overlap for a match.
pub const MIN_OVERLAP: f64 = 0.5;
/// Share of content characters inside quote marks that makes a gold
/// attribution "direct".
pub const DIRECT_SHARE: f64 = 0.8;
/// Every `HOLDOUT_EVERY`-th article (in name order, 0-based index ≡ 3) is
/// held out from tuning.
pub const HOLDOUT_EVERY: usize = 4;

/// Character ranges (end exclusive).
pub type Pieces = Vec<(usize, usize)>;

/// One gold attribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Gold {
    /// Content pieces.
    pub content: Pieces,
    /// Source pieces, if annotated.
    pub source: Option<Pieces>,
    /// Source text as annotated.
    pub source_text: Option<String>,
    /// Cue text as annotated.
    pub cue_text: Option<String>,
    /// Mainly inside quotation marks.
    pub direct: bool,
}

/// One prediction, in character offsets.
#[derive(Debug, Clone, PartialEq)]
pub struct Pred {
    /// Content pieces.
    pub content: Pieces,
    /// Speaker words.
    pub speaker: Option<(usize, usize)>,
    /// Speaker words as text.
    pub speaker_text: Option<String>,
    /// Resolved speaker name.
    pub speaker_name: Option<String>,
    /// Our kind is direct.
    pub direct: bool,
}

fn parse_pieces(s: &str) -> Option<Pieces> {
    let mut out = Vec::new();
    for part in s.split(';') {
        let mut it = part.split_whitespace();
        let a = it.next()?.parse().ok()?;
        let b = it.next()?.parse().ok()?;
        out.push((a, b));
    }
    Some(out)
}

/// Parses a brat standoff file into gold attributions (`direct` unset).
pub fn parse_ann(src: &str) -> Vec<Gold> {
    let mut spans: HashMap<&str, (Pieces, &str)> = HashMap::new();
    let mut events: Vec<&str> = Vec::new();
    for line in src.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(body)) = (cols.next(), cols.next()) else {
            continue;
        };
        let covered = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let (_label, range) = body.split_once(' ').unwrap_or((body, ""));
            if let Some(p) = parse_pieces(range) {
                spans.insert(id, (p, covered));
            }
        } else if id.starts_with('E') {
            events.push(body);
        }
    }
    let mut out = Vec::new();
    for body in events {
        let mut content = None;
        let mut source = None;
        let mut cue = None;
        let mut is_attr = false;
        for arg in body.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            match role {
                "Attribution" | "Attribution-no-source" => is_attr = true,
                "Content" => content = spans.get(id).cloned(),
                "Source" => source = spans.get(id).cloned(),
                "Cue" => cue = spans.get(id).map(|s| s.1.to_string()),
                _ => {}
            }
        }
        if let (true, Some((c, _))) = (is_attr, content) {
            out.push(Gold {
                content: c,
                source: source.as_ref().map(|s| s.0.clone()),
                source_text: source.map(|s| s.1.to_string()),
                cue_text: cue,
                direct: false,
            });
        }
    }
    out
}

fn len(p: &[(usize, usize)]) -> usize {
    p.iter().map(|&(a, b)| b.saturating_sub(a)).sum()
}

fn inter(a: &[(usize, usize)], b: &[(usize, usize)]) -> usize {
    let mut n = 0;
    for &(x, y) in a {
        for &(u, v) in b {
            let (s, e) = (x.max(u), y.min(v));
            if e > s {
                n += e - s;
            }
        }
    }
    n
}

/// Overlap ratio: the smaller of the two shares.
pub fn overlap(a: &[(usize, usize)], b: &[(usize, usize)]) -> f64 {
    let (la, lb) = (len(a), len(b));
    if la == 0 || lb == 0 {
        return 0.0;
    }
    let i = inter(a, b) as f64;
    (i / la as f64).min(i / lb as f64)
}

/// Whether two content spans match (≥ [`MIN_OVERLAP`] of each).
pub fn overlap_ok(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    overlap(a, b) >= MIN_OVERLAP
}

/// Whether the predicted speaker matches the gold source.
pub fn speaker_ok(g: &Gold, p: &Pred) -> bool {
    match (&g.source, p.speaker) {
        (None, None) => true,
        (Some(src), Some(sp)) => {
            inter(src, &[sp]) > 0
                || match (&g.source_text, &p.speaker_text) {
                    (Some(a), Some(b)) => a.trim().to_lowercase() == b.trim().to_lowercase(),
                    _ => false,
                }
        }
        _ => false,
    }
}

/// Greedy one-to-one matching; returns the matched (gold, pred) index pairs.
pub fn match_greedy(
    gold: &[Gold],
    pred: &[Pred],
    ok: impl Fn(&Gold, &Pred) -> bool,
) -> Vec<(usize, usize)> {
    let mut cands: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let o = overlap(&g.content, &p.content);
            if o >= MIN_OVERLAP && ok(g, p) {
                cands.push((o, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gu = vec![false; gold.len()];
    let mut pu = vec![false; pred.len()];
    let mut out = Vec::new();
    for (_, gi, pi) in cands {
        if !gu[gi] && !pu[pi] {
            gu[gi] = true;
            pu[pi] = true;
            out.push((gi, pi));
        }
    }
    out
}

/// True positives, predictions, gold items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched pairs.
    pub tp: usize,
    /// Predictions.
    pub pred: usize,
    /// Gold items.
    pub gold: usize,
}

impl Counts {
    /// Adds another count.
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.pred += o.pred;
        self.gold += o.gold;
    }
    /// Precision.
    pub fn p(&self) -> f64 {
        if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }
    /// Recall.
    pub fn r(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.p(), self.r());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The four scores of one article or part.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// All attributions, content only.
    pub all: Counts,
    /// All attributions, content and speaker.
    pub all_sp: Counts,
    /// Direct quotes, content only.
    pub direct: Counts,
    /// Direct quotes, content and speaker.
    pub direct_sp: Counts,
}

impl Scores {
    /// Adds another article's scores.
    pub fn add(&mut self, o: &Scores) {
        self.all.add(o.all);
        self.all_sp.add(o.all_sp);
        self.direct.add(o.direct);
        self.direct_sp.add(o.direct_sp);
    }
}

/// Scores predictions against gold for one article.
pub fn score(gold: &[Gold], pred: &[Pred]) -> Scores {
    let count = |g: &[Gold], p: &[Pred], sp: bool| Counts {
        tp: match_greedy(g, p, |a, b| !sp || speaker_ok(a, b)).len(),
        pred: p.len(),
        gold: g.len(),
    };
    let gd: Vec<Gold> = gold.iter().filter(|g| g.direct).cloned().collect();
    let pd: Vec<Pred> = pred.iter().filter(|p| p.direct).cloned().collect();
    Scores {
        all: count(gold, pred, false),
        all_sp: count(gold, pred, true),
        direct: count(&gd, &pd, false),
        direct_sp: count(&gd, &pd, true),
    }
}

/// The quoted stretches of `text` (marks included), in characters.
fn quoted_pieces(text: &str) -> Pieces {
    let map = CharMap::new(text);
    statements::quotes::pair(text)
        .iter()
        .map(|q| (map.chars(q.open), map.chars(q.close_end)))
        .collect()
}

fn mostly_quoted(content: &Pieces, quoted: &Pieces) -> bool {
    let l = len(content);
    l > 0 && inter(content, quoted) as f64 >= DIRECT_SHARE * l as f64
}

/// Marks gold attributions as direct from the quote marks of `text`.
pub fn mark_direct(text: &str, gold: &mut [Gold]) {
    let quoted = quoted_pieces(text);
    for g in gold {
        g.direct = mostly_quoted(&g.content, &quoted);
    }
}

/// Applies the gold's rule to predictions too: a `mixed` statement whose
/// content is mostly quoted ("that “…”") counts as direct here, since the
/// gold side knows no `mixed` kind.
pub fn mark_direct_pred(text: &str, pred: &mut [Pred]) {
    let quoted = quoted_pieces(text);
    for p in pred {
        p.direct = p.direct || mostly_quoted(&p.content, &quoted);
    }
}

/// Our predictions for `text`, in character offsets, split quotes merged.
pub fn predict(text: &str) -> Vec<Pred> {
    let sents = segment::sentences(text);
    let ents = entities::find(text, &sents);
    let found = statements::find(text, &sents, &ents);
    to_preds(text, &found)
}

/// Converts found statements to predictions.
pub fn to_preds(text: &str, found: &[Found]) -> Vec<Pred> {
    let map = CharMap::new(text);
    let ch = |(a, b): (usize, usize)| (map.chars(a), map.chars(b));
    let mut out: Vec<Pred> = Vec::new();
    let mut index_of: Vec<Option<usize>> = Vec::with_capacity(found.len());
    for f in found {
        if let Some(first) = f.split_of.and_then(|k| index_of.get(k).copied().flatten()) {
            if let Some(p) = out.get_mut(first) {
                p.content.push(ch(f.content));
            }
            index_of.push(Some(first));
            continue;
        }
        let sp = f.speaker_span.or(f.antecedent);
        index_of.push(Some(out.len()));
        out.push(Pred {
            content: vec![ch(f.content)],
            speaker: sp.map(ch),
            speaker_text: sp.and_then(|(a, b)| text.get(a..b)).map(str::to_string),
            speaker_name: f.speaker.clone(),
            direct: f.kind == StatementKind::Direct,
        });
    }
    out
}

/// One article of the corpus.
#[derive(Debug, Clone)]
pub struct ArticleRun {
    /// File stem.
    pub name: String,
    /// Held out from tuning.
    pub holdout: bool,
    /// Article text.
    pub text: String,
    /// Gold attributions.
    pub gold: Vec<Gold>,
    /// Our predictions.
    pub pred: Vec<Pred>,
    /// Scores.
    pub scores: Scores,
    /// Analysis time in seconds.
    pub secs: f64,
}

/// Loads the corpus folder and runs the analysis on every article.
pub fn run(dir: &Path) -> Result<Vec<ArticleRun>, String> {
    let tdir = dir.join("text");
    let adir = dir.join("attributions");
    let mut names: Vec<String> = std::fs::read_dir(&tdir)
        .map_err(|e| format!("cannot read {}: {e}", tdir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    let anns: Vec<String> = std::fs::read_dir(&adir)
        .map_err(|e| format!("cannot read {}: {e}", adir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ann"))
        .collect();
    let mut out = Vec::new();
    // The lexicons load once per process, on the first analysis: that load
    // is no article's cost, so it happens before any article is timed.
    predict("Warm-up, said the harness.");
    for (i, name) in names.iter().enumerate() {
        let text = std::fs::read_to_string(tdir.join(format!("{name}.txt")))
            .map_err(|e| format!("cannot read text of {name}: {e}"))?;
        let prefix = format!("{name}_");
        let mut mine: Vec<&String> = anns
            .iter()
            .filter(|a| {
                a.strip_prefix(&prefix)
                    .is_some_and(|rest| rest.len() == 8 && !rest.contains('_'))
            })
            .collect();
        mine.sort();
        let Some(ann) = mine.first() else {
            return Err(format!("no annotation file for {name}"));
        };
        let src = std::fs::read_to_string(adir.join(ann))
            .map_err(|e| format!("cannot read {ann}: {e}"))?;
        let mut gold = parse_ann(&src);
        mark_direct(&text, &mut gold);
        let t0 = Instant::now();
        let mut pred = predict(&text);
        let secs = t0.elapsed().as_secs_f64();
        mark_direct_pred(&text, &mut pred);
        let scores = score(&gold, &pred);
        out.push(ArticleRun {
            name: name.clone(),
            holdout: i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1,
            text,
            gold,
            pred,
            scores,
            secs,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(c: Pieces, s: Option<(usize, usize)>) -> Gold {
        Gold {
            content: c,
            source: s.map(|x| vec![x]),
            source_text: None,
            cue_text: None,
            direct: false,
        }
    }
    fn p(c: Pieces, s: Option<(usize, usize)>) -> Pred {
        Pred {
            content: c,
            speaker: s,
            speaker_text: None,
            speaker_name: None,
            direct: false,
        }
    }

    #[test]
    fn parses_brat() {
        let ann = "T1\tSource 0 3\tShe\nT2\tCue 4 8\tsaid\nT3\tContent 9 20\tthat it rains\n\
                   T4\tAttribution 4 8\tsaid\nT5\tDiscuss 0 20\tx\n\
                   E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
                   T6\tContent 30 40;45 50\tab\nT7\tCue 41 44\tsaid\n\
                   T8\tAttribution-no-source 41 44\tsaid\n\
                   E2\tAttribution-no-source:T8 Content:T6 Cue:T7\n";
        let gold = parse_ann(ann);
        assert_eq!(gold.len(), 2);
        assert_eq!(gold[0].content, vec![(9, 20)]);
        assert_eq!(gold[0].source, Some(vec![(0, 3)]));
        assert_eq!(gold[0].source_text.as_deref(), Some("She"));
        assert_eq!(gold[1].content, vec![(30, 40), (45, 50)]);
        assert_eq!(gold[1].source, None);
    }

    #[test]
    fn overlap_rule() {
        assert!(overlap_ok(&[(0, 10)], &[(0, 10)]));
        assert!(overlap_ok(&[(0, 10)], &[(0, 5)]));
        assert!(!overlap_ok(&[(0, 10)], &[(0, 4)]));
        assert!(!overlap_ok(&[(0, 10)], &[(0, 30)]));
        // Discontinuous gold against one span covering the gap.
        assert!(overlap_ok(&[(0, 10), (15, 25)], &[(0, 25)]));
    }

    #[test]
    fn greedy_one_to_one() {
        let gold = vec![g(vec![(0, 10)], Some((20, 22))), g(vec![(30, 40)], None)];
        let pred = vec![
            p(vec![(0, 10)], Some((20, 21))),
            p(vec![(1, 10)], None),
            p(vec![(30, 40)], None),
        ];
        let s = score(&gold, &pred);
        assert_eq!(
            s.all,
            Counts {
                tp: 2,
                pred: 3,
                gold: 2
            }
        );
        assert_eq!(s.all_sp.tp, 2);
        let wrong = vec![p(vec![(0, 10)], Some((50, 55)))];
        assert_eq!(score(&gold, &wrong).all_sp.tp, 0);
        assert_eq!(score(&gold, &wrong).all.tp, 1);
    }

    #[test]
    fn direct_share() {
        let text = "He said: \u{201c}We will win.\u{201d} Then he left.";
        let mut gold = vec![g(vec![(9, 24)], None), g(vec![(25, 38)], None)];
        mark_direct(text, &mut gold);
        assert!(gold[0].direct);
        assert!(!gold[1].direct);
    }
}
