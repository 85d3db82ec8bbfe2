use std::io::Read;
fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut out = serde_json::Map::new();
    let t = std::time::Instant::now();
    let mut n = 0;
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        let raw = std::fs::read(&p).unwrap();
        let mut b = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut b)
            .unwrap();
        let id = p
            .file_name()
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches(".html.gz")
            .to_string();
        let a = newsfacts_extract::extract(
            &id,
            &b,
            Some(newsfacts_extract::Format::Html),
            &Default::default(),
        )
        .unwrap();
        n += 1;
        out.insert(
            id,
            serde_json::json!({"articleBody": a.text, "title": a.title, "kind": a.kind}),
        );
    }
    eprintln!("{} pages in {:?}", n, t.elapsed());
    println!("{}", serde_json::Value::Object(out));
}
