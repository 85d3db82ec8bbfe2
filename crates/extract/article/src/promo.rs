//! In-body promo lines (minimal version until the promo module lands).

/// The headline of a promo line such as "READ MORE: Title".
pub fn parse_promo(line: &str) -> Option<&str> {
    let t = line.trim();
    for lead in [
        "READ MORE:",
        "Read more:",
        "Related:",
        "RELATED:",
        "ALSO READ:",
        "Also read:",
    ] {
        if let Some(rest) = t.strip_prefix(lead) {
            let rest = rest.trim();
            if !rest.is_empty() && rest.len() < 200 {
                return Some(rest);
            }
        }
    }
    None
}
