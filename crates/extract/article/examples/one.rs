fn main() {
    for p in std::env::args().skip(1) {
        let b = std::fs::read(&p).unwrap();
        let a = newsfacts_extract::extract(&p, &b, None, &Default::default()).unwrap();
        println!("{}", serde_json::to_string_pretty(&a).unwrap());
    }
}
