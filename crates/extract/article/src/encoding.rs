//! Character decoding (placeholder until the encoding module lands).
