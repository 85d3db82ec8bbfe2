//! Any text through the analysis stage (statements, quantities, dates,
//! entities), with and without a publication date: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts_model::Article;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut a = Article::new("fuzz");
    a.text = text.into_owned();
    newsfacts_analyze::analyze(&mut a);
    a.published = Some("2016-05-10T16:21".into());
    a.statements.clear();
    newsfacts_analyze::analyze(&mut a);
});
