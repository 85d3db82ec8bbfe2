use newsfacts_analyze::{entities, segment, statements};
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let sents = segment::sentences(&text);
        let ents = entities::find(&text, &sents);
        for f in statements::find(&text, &sents, &ents) {
            let m = f.speaker_span.map(|(a, b)| &text[a..b]).unwrap_or("-");
            println!(
                "{}\t{}\t{}\t{:?}",
                path.rsplit('/').next().unwrap_or(""),
                f.content.0,
                m,
                f.speaker
            );
        }
    }
}
