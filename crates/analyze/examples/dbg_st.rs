use newsfacts_analyze::{entities, segment, statements};
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let sents = segment::sentences(&text);
    let ents = entities::find(&text, &sents);
    for f in statements::find(&text, &sents, &ents) {
        let sp = f.speaker_span.map(|(a, b)| &text[a..b]);
        println!(
            "{:?} [{:?} / {:?}] cue={:?} :: {}",
            f.kind,
            f.speaker,
            sp,
            f.cue.map(|(a, b)| &text[a..b]),
            &text[f.content.0..f.content.1]
        );
    }
}
