//! Date parsing (placeholder until the date module lands).
