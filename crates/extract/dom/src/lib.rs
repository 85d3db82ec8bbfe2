//! HTML tokenizer and tree (placeholder).
