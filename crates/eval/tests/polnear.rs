//! Runs the PolNeAR harness on the real corpus folder when it is present
//! (`../shared/data/polnear-dev` from the workspace root); skips otherwise.

use std::path::Path;

use newsfacts_eval::polnear::{self, Scores};

#[test]
fn polnear_runs_on_the_corpus() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear-dev");
    if !dir.join("text").is_dir() {
        eprintln!("note: {} absent, skipping the PolNeAR run", dir.display());
        return;
    }
    let runs = match polnear::run(&dir) {
        Ok(r) => r,
        Err(e) => panic!("harness failed: {e}"),
    };
    assert_eq!(runs.len(), 84);
    assert_eq!(runs.iter().filter(|r| r.holdout).count(), 21);
    let mut s = Scores::default();
    for r in &runs {
        s.add(&r.scores);
    }
    assert_eq!(s.all.gold, 2192);
    // Floors well below the measured figures: a regression guard only.
    assert!(
        s.direct_sp.f1() > 0.6,
        "direct+speaker F1 {}",
        s.direct_sp.f1()
    );
    assert!(s.all.f1() > 0.4, "all F1 {}", s.all.f1());
}
