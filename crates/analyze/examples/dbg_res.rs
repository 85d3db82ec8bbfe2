use newsfacts_analyze::{entities, segment, statements};
fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let sents = segment::sentences(&text);
        let ents = entities::find(&text, &sents);
        for f in statements::find(&text, &sents, &ents) {
            let Some((a, b)) = f.speaker_span else {
                continue;
            };
            let m = &text[a..b];
            let first = m.split_whitespace().next().unwrap_or("").to_lowercase();
            let pron = matches!(
                first.as_str(),
                "he" | "she" | "they" | "it" | "the" | "his" | "her"
            );
            if !pron {
                continue;
            }
            let mut s = a.saturating_sub(300);
            while !text.is_char_boundary(s) {
                s += 1;
            }
            let ctx = text[s..a].replace('\n', " ");
            println!(
                "{} | [{}] => {:?}\n    ...{}",
                path.rsplit('/')
                    .next()
                    .unwrap_or("")
                    .get(..25)
                    .unwrap_or(""),
                m,
                f.speaker,
                ctx
            );
        }
    }
}
