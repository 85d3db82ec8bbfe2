//! Language identification (placeholder until the language module lands).
