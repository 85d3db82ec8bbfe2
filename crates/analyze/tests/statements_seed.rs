//! The seed page (project file under `../shared/seed`): every statement the
//! issue names, with its speaker. Skips with a note when the file is absent.

use newsfacts_analyze::{entities, segment, statements};

const SEED: &str = "../../../shared/seed/000_bf76dd7547acfcb9.txt";

#[test]
fn seed_statements() {
    // STMTS_DEBUG_FILE=<path> prints the statements of any file instead.
    let path = match std::env::var_os("STMTS_DEBUG_FILE") {
        Some(p) => std::path::PathBuf::from(p),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED),
    };
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("note: {} absent, skipping", path.display());
        return;
    };
    let sents = segment::sentences(&text);
    let ents = entities::find(&text, &sents);
    let found = statements::find(&text, &sents, &ents);
    for f in &found {
        let s = |r: Option<(usize, usize)>| r.and_then(|(a, b)| text.get(a..b)).unwrap_or("-");
        println!(
            "{:?} | {} | {} | {:?} | {}",
            f.kind,
            s(f.cue),
            s(f.speaker_span),
            f.speaker,
            s(Some(f.content))
        );
    }
    if std::env::var_os("STMTS_DEBUG_FILE").is_some() {
        return;
    }
    let has = |start: &str, cue: &str, speaker: &str| {
        found.iter().any(|f| {
            text.get(f.content.0..f.content.1)
                .is_some_and(|c| c.starts_with(start))
                && f.cue.and_then(|(a, b)| text.get(a..b)).unwrap_or("") == cue
                && f.speaker.as_deref() == Some(speaker)
        })
    };
    let putin = "Vladimir Putin";
    let issg = "International Syria Support Group co-chairs";
    for (start, cue, who) in [
        ("Russia hopes that cooperation", "says", putin),
        ("I hope that the mechanism", "said", putin),
        ("the situation in Syria", "According to", putin),
        ("A lot still must be done", "stressed", putin),
        ("Since the start of the operation", "said", putin),
        ("Russian long-range bombers", "added", putin),
        ("Over 500 populated areas", "said", putin),
        ("The strikes against the jihadists", "stressed", putin),
        ("Precisely these factors", "", putin),
        ("the anti-terrorist operation", "According to", putin),
        ("that the operation also revealed", "stressed", putin),
        ("progress has been made", "said", issg),
        ("To increase efforts toward peace", "read", issg),
        ("regional forces to", "called on", "Moscow and Washington"),
        // The canonical name of the entity (see `entities`): the speaker
        // names match the entity list.
        (
            "that the next meeting",
            "announced",
            "Foreign Ministry of Russia",
        ),
        ("The civil war in Syria", "according to", "UN"),
    ] {
        assert!(
            has(start, cue, who),
            "missing {start:?} / {cue:?} / {who:?}"
        );
    }
}
