//! Any bytes through charset decoding, the HTML parser and extraction:
//! must never panic, hang or run out of memory.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts_extract::{Format, Options, extract};

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    let _ = extract("fuzz", data, Some(Format::Html), &opts);
    if let Ok(s) = std::str::from_utf8(data) {
        let doc = newsfacts_dom::Document::parse(s);
        let _ = doc.text_content(doc.root());
    }
});
