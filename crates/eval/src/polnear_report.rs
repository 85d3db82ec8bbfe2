//! The `polnear` subcommand's printout.

use std::path::Path;

use newsfacts_eval::polnear::{self, ArticleRun, Counts, Scores};

fn line(label: &str, c: &Counts) -> String {
    format!(
        "  {label:<34} P {:.3}  R {:.3}  F1 {:.3}   (tp {}, pred {}, gold {})",
        c.p(),
        c.r(),
        c.f1(),
        c.tp,
        c.pred,
        c.gold
    )
}

fn part(name: &str, runs: &[&ArticleRun]) {
    let mut s = Scores::default();
    for r in runs {
        s.add(&r.scores);
    }
    println!("{name}: {} article(s)", runs.len());
    println!("{}", line("all attributions, content", &s.all));
    println!("{}", line("all attributions, + speaker", &s.all_sp));
    println!("{}", line("direct quotes, content", &s.direct));
    println!("{}", line("direct quotes, + speaker", &s.direct_sp));
}

fn clip(s: &str, n: usize) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= n {
        one
    } else {
        one.chars().take(n).collect::<String>() + "…"
    }
}

fn piece_text(text: &str, pieces: &[(usize, usize)]) -> String {
    pieces
        .iter()
        .map(|&(a, b)| {
            text.chars()
                .skip(a)
                .take(b.saturating_sub(a))
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" … ")
}

/// Runs and prints the PolNeAR report.
pub fn report(dir: &Path, per_article: bool, show_misses: Option<usize>) -> Result<(), String> {
    let runs = polnear::run(dir)?;
    let dev: Vec<&ArticleRun> = runs.iter().filter(|r| !r.holdout).collect();
    let hold: Vec<&ArticleRun> = runs.iter().filter(|r| r.holdout).collect();
    let all: Vec<&ArticleRun> = runs.iter().collect();
    let gold_n: usize = runs.iter().map(|r| r.gold.len()).sum();
    let direct_n: usize = runs
        .iter()
        .map(|r| r.gold.iter().filter(|g| g.direct).count())
        .sum();
    let pred_n: usize = runs.iter().map(|r| r.pred.len()).sum();
    println!(
        "PolNeAR attributions: {} article(s), {gold_n} gold attribution(s) ({direct_n} direct), {pred_n} prediction(s); {}",
        runs.len(),
        dir.display()
    );
    println!(
        "matching: content overlap >= {:.0}% of each, greedy one-to-one; speaker = speaker words overlap the Source; direct = >= {:.0}% of content inside quote marks",
        polnear::MIN_OVERLAP * 100.0,
        polnear::DIRECT_SHARE * 100.0
    );
    println!();
    part("dev (tuned on)", &dev);
    println!();
    part("holdout (every 4th article by name)", &hold);
    println!();
    part("all", &all);
    println!();
    println!(
        "baseline (README, textacy 0.13 direct_quotations + en_core_web_sm, whole split): content P 0.603, R direct 0.709, R all 0.182; + speaker P 0.551, R direct 0.645, R all 0.167"
    );
    let bytes: usize = runs.iter().map(|r| r.text.len()).sum();
    let secs: f64 = runs.iter().map(|r| r.secs).sum();
    println!(
        "speed: {:.3} ms per article, {:.3} ms per 5 KB (segment + entities + statements, 1 core, lexicons loaded before timing)",
        1e3 * secs / runs.len().max(1) as f64,
        1e3 * secs * 5000.0 / bytes.max(1) as f64
    );
    if per_article {
        println!();
        println!(
            "per article (all F1 / +speaker F1 / direct F1 / direct +speaker F1, gold, pred):"
        );
        for r in &runs {
            let s = &r.scores;
            println!(
                "  {}{:<60} {:.2} {:.2} {:.2} {:.2}  {:>3} {:>3}",
                if r.holdout { "H " } else { "  " },
                r.name,
                s.all.f1(),
                s.all_sp.f1(),
                s.direct.f1(),
                s.direct_sp.f1(),
                r.gold.len(),
                r.pred.len()
            );
        }
    }
    if let Some(n) = show_misses {
        let mut misses = Vec::new();
        let mut spurious = Vec::new();
        let mut wrong_sp = Vec::new();
        let mut wrong_kind = Vec::new();
        for r in &dev {
            let m = polnear::match_greedy(&r.gold, &r.pred, |_, _| true);
            let ms = polnear::match_greedy(&r.gold, &r.pred, polnear::speaker_ok);
            for (gi, g) in r.gold.iter().enumerate() {
                if !m.iter().any(|x| x.0 == gi) {
                    // The nearest prediction, to tell a span error from a miss.
                    let near = r
                        .pred
                        .iter()
                        .map(|p| (polnear::overlap(&g.content, &p.content), p))
                        .filter(|(o, _)| *o > 0.0)
                        .max_by(|a, b| a.0.total_cmp(&b.0))
                        .map(|(o, p)| {
                            format!(
                                "\n      ~{o:.2} [{}] {}",
                                clip(p.speaker_text.as_deref().unwrap_or("-"), 30),
                                clip(&piece_text(&r.text, &p.content), 160)
                            )
                        })
                        .unwrap_or_default();
                    misses.push(format!(
                        "{}{} <{}> [{}] {}{near}",
                        if g.direct { "D " } else { "  " },
                        r.name.get(..20).unwrap_or(&r.name),
                        clip(g.cue_text.as_deref().unwrap_or("-"), 20),
                        clip(g.source_text.as_deref().unwrap_or("-"), 30),
                        clip(&piece_text(&r.text, &g.content), 160)
                    ));
                } else if let Some(&(_, pi)) = m.iter().find(|x| x.0 == gi)
                    && g.direct != r.pred[pi].direct
                {
                    wrong_kind.push(format!(
                        "{} gold {} ours {} [{}] {} || ours: {}",
                        r.name.get(..20).unwrap_or(&r.name),
                        if g.direct { "direct" } else { "not-direct" },
                        if r.pred[pi].direct {
                            "direct"
                        } else {
                            "not-direct"
                        },
                        clip(g.source_text.as_deref().unwrap_or("-"), 30),
                        clip(&piece_text(&r.text, &g.content), 120),
                        clip(&piece_text(&r.text, &r.pred[pi].content), 120)
                    ));
                } else if !ms.iter().any(|x| x.0 == gi)
                    && let Some(&(_, pi)) = m.iter().find(|x| x.0 == gi)
                {
                    wrong_sp.push(format!(
                        "{} gold [{}] ours [{}] {}",
                        r.name.get(..20).unwrap_or(&r.name),
                        clip(g.source_text.as_deref().unwrap_or("-"), 30),
                        clip(r.pred[pi].speaker_text.as_deref().unwrap_or("-"), 30),
                        clip(&piece_text(&r.text, &g.content), 100)
                    ));
                }
            }
            for (pi, p) in r.pred.iter().enumerate() {
                if !m.iter().any(|x| x.1 == pi) {
                    spurious.push(format!(
                        "{}{} [{}] {}",
                        if p.direct { "D " } else { "  " },
                        r.name.get(..20).unwrap_or(&r.name),
                        clip(p.speaker_text.as_deref().unwrap_or("-"), 30),
                        clip(&piece_text(&r.text, &p.content), 160)
                    ));
                }
            }
        }
        println!();
        println!("missed gold (dev part, first {n} of {}):", misses.len());
        for m in misses.iter().take(n) {
            println!("  {m}");
        }
        println!();
        println!(
            "spurious predictions (dev part, first {n} of {}):",
            spurious.len()
        );
        for m in spurious.iter().take(n) {
            println!("  {m}");
        }
        println!();
        println!(
            "content matched, kind (direct or not) differs (dev part, {}):",
            wrong_kind.len()
        );
        for m in wrong_kind.iter().take(n) {
            println!("  {m}");
        }
        println!();
        println!(
            "content matched, speaker not (dev part, first {n} of {}):",
            wrong_sp.len()
        );
        for m in wrong_sp.iter().take(n) {
            println!("  {m}");
        }
    }
    Ok(())
}
