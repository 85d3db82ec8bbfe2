//! Any bytes through the flattened-text extractor (and sniffing).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts_extract::{Format, Options, extract};

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    let _ = extract("fuzz", data, Some(Format::Text), &opts);
    let _ = extract("fuzz", data, None, &opts);
});
