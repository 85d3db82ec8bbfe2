//! Readers (SKELETON: the readers land in their own change).
