//! Sentence segmentation (SKELETON: a naive splitter until the real one lands).

/// A sentence: byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Splits `text` into sentences (paragraph breaks always end one).
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' || ((c == '.' || c == '?' || c == '!') && text[i + 1..].starts_with(' ')) {
            let end = i + c.len_utf8();
            if text[start..end].trim().len() > 1 {
                out.push(Sentence { start, end });
            }
            start = end;
        }
    }
    if text[start..].trim().len() > 1 {
        out.push(Sentence {
            start,
            end: text.len(),
        });
    }
    out
}
