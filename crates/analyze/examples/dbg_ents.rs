use newsfacts_analyze::{entities, segment};
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let sents = segment::sentences(&text);
    let ents = entities::find(&text, &sents);
    for m in &ents.mentions {
        let e = ents.entity(m);
        println!(
            "{:?} => {:?} {:?} {:?}",
            &text[m.start..m.end],
            e.map(|e| &e.name),
            e.map(|e| e.kind),
            e.map(|e| &e.titles)
        );
    }
}
