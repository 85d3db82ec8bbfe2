//! Store (SKELETON: the store lands in its own change).
