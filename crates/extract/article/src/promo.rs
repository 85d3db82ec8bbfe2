//! In-body promo lines (placeholder until the promo module lands).
