//! Author names from byline lines: "By Jane Doe and John Roe",
//! "Jane Doe, Reuters", "Par Marie Dupont, envoyée spéciale", and from
//! agency trailers ("Reporting by Jane Doe; Editing by John Roe").

use super::vocab::{
    BYLINE_LEADS, NAME_JOINS, NAME_PARTICLES, NAME_TAILS, NOT_NAME_WORDS, ORGS, ROLE_WORDS,
};

/// Longest byline in words; longer lines are prose that starts with "By".
pub(super) const BYLINE_MAX_WORDS: usize = 16;
/// Longest name in words ("Jean-Baptiste de la Fontaine" is 4).
const NAME_MAX_WORDS: usize = 5;

/// Authors of a byline line, or `None` when the line is not a byline.
///
/// With a lead ("By", "Von", "Par" …) any name-like parts count; without
/// one the line must also name an organisation or a role ("Jane Doe,
/// Reuters"), otherwise short capitalised lines would all be bylines.
pub(super) fn parse_byline(line: &str) -> Option<Vec<String>> {
    let line = line.trim().trim_start_matches(['—', '–', '-', '|', ' ']);
    if line.split_whitespace().count() > BYLINE_MAX_WORDS {
        return None;
    }
    let (explicit, rest) = match strip_lead(line) {
        Some(rest) => (true, rest),
        None => (false, line),
    };
    // Without a lead a byline needs a name (2 words) and a role or outlet
    // (after a separator, or a role word at the end), and does not end
    // like a sentence.
    if !explicit {
        let last = line.split_whitespace().next_back().unwrap_or("");
        if line.ends_with('.')
            || line.split_whitespace().nth(2).is_none()
            || !(line.contains([',', '|', '·', '•', '/', '—', '–']) || in_list(last, ROLE_WORDS))
        {
            return None;
        }
    }
    let parts = parts_in(rest);
    let names = names_of(&parts);
    if names.is_empty() {
        return None;
    }
    if !explicit {
        // Without a lead: names first, then only roles/organisations
        // ("Jane Doe, Reuters"); anything else is a headline or prose.
        let first_role = parts.iter().position(|p| matches!(p, Part::RoleOrOrg))?;
        let ok = parts
            .iter()
            .take(first_role)
            .all(|p| matches!(p, Part::Name(_)))
            && parts
                .iter()
                .skip(first_role)
                .all(|p| matches!(p, Part::RoleOrOrg));
        if !ok {
            return None;
        }
    }
    Some(names)
}

fn names_of(parts: &[Part]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for p in parts {
        if let Part::Name(n) = p
            && !names.contains(n)
        {
            names.push(n.clone());
        }
    }
    names
}

/// Names of the reporters in a trailer: the parts introduced by
/// "Reporting by" / "Writing by", not "Editing by".
pub(super) fn trailer_authors(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lower = line.to_lowercase();
    if lower.len() != line.len() {
        return out; // byte offsets would not map back; trailers are ASCII
    }
    for (seg_start, seg) in split_keep_offsets(line, ';') {
        let l = lower.get(seg_start..seg_start + seg.len()).unwrap_or("");
        let l = l.trim_start_matches(['(', ' ']);
        let is_reporting = l.starts_with("reporting by")
            || l.starts_with("additional reporting by")
            || l.starts_with("writing by")
            || l.starts_with("reporting and writing by")
            || l.starts_with("with reporting by");
        if !is_reporting {
            continue;
        }
        if let Some(p) = l.find("by ") {
            let off = seg.len() - l.len() + p + 3;
            let names = seg
                .get(off..)
                .unwrap_or("")
                .trim_end_matches([')', '.', ' ']);
            out.extend(names_of(&parts_in(names)));
        }
    }
    out
}

fn split_keep_offsets(s: &str, sep: char) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    s.split(sep).map(move |part| {
        let at = start;
        start += part.len() + sep.len_utf8();
        (at, part)
    })
}

/// `line` without a byline lead, compared case-insensitively.
fn strip_lead(line: &str) -> Option<&str> {
    for lead in BYLINE_LEADS {
        if let Some(rest) = strip_prefix_ci(line, lead) {
            return Some(rest.trim_start());
        }
    }
    None
}

/// Whether `w` equals (case-insensitively) a lowercase entry of `list`;
/// allocation-free for ASCII words.
fn in_list(w: &str, list: &[&str]) -> bool {
    if w.is_ascii() {
        list.iter()
            .any(|x| x.len() == w.len() && x.as_bytes().eq_ignore_ascii_case(w.as_bytes()))
    } else {
        let l = w.to_lowercase();
        list.contains(&l.as_str())
    }
}

/// Case-insensitive prefix strip; `prefix` is lowercase.
pub(super) fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_ascii() {
        let head = s.as_bytes().get(..prefix.len())?;
        return if head.eq_ignore_ascii_case(prefix.as_bytes()) {
            s.get(prefix.len()..)
        } else {
            None
        };
    }
    let mut it = s.char_indices();
    for pc in prefix.chars() {
        let (_, c) = it.next()?;
        if c != pc && !c.to_lowercase().eq(std::iter::once(pc)) {
            return None;
        }
    }
    let at = it.next().map_or(s.len(), |(i, _)| i);
    s.get(at..)
}

/// Splits a byline body into parts ("Jane Doe", "Reuters", "Senior
/// correspondent") and judges each.
fn parts_in(s: &str) -> Vec<Part> {
    let mut parts = Vec::new();
    // Strong separators first: "Jane Doe | Senior correspondent".
    for seg in s.split(['|', '·', '•', '/', '—', '–', ';']) {
        let mut part: Vec<&str> = Vec::new();
        for w in seg.split_whitespace() {
            if in_list(w, NAME_JOINS) {
                if !part.is_empty() {
                    judge_part(&part, &mut parts);
                    part.clear();
                }
                continue;
            }
            let trimmed = w.trim_end_matches([',', ';']);
            if !trimmed.is_empty() {
                part.push(trimmed);
            }
            if trimmed.len() != w.len() && !part.is_empty() {
                judge_part(&part, &mut parts);
                part.clear();
            }
        }
        if !part.is_empty() {
            judge_part(&part, &mut parts);
        }
    }
    parts
}

#[derive(Debug, Clone)]
enum Part {
    Name(String),
    RoleOrOrg,
    Other,
}

/// Judges one part and pushes what it holds: a name, a role or
/// organisation, or both for "Nadia Khan Environment correspondent".
fn judge_part(words: &[&str], out: &mut Vec<Part>) {
    // Drop parenthesised notes such as "(AP)".
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| !(w.starts_with('(') || w.ends_with(')')))
        .collect();
    // "Jane Doe in Moscow" / "Jane Doe for the Guardian".
    let cut = words
        .iter()
        .skip(1)
        .position(|w| in_list(w, NAME_TAILS))
        .map_or(words.len(), |p| p + 1);
    let head = words.get(..cut).unwrap_or(&[]);
    if head.is_empty() {
        out.push(Part::Other);
        return;
    }
    let is_role = |w: &str| {
        in_list(
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
            ROLE_WORDS,
        )
    };
    if let Some(r) = head.iter().position(|w| is_role(w)) {
        // The role may follow the name in the same part: step back over
        // role words and one capitalised qualifier ("Environment
        // correspondent", "Moscow correspondent") and keep the name before.
        let mut q = r;
        while q > 0 && head.get(q - 1).is_some_and(|w| is_role(w)) {
            q -= 1;
        }
        if q >= 3 {
            q -= 1;
        }
        if let Some(name) = head.get(..q).filter(|n| is_name(n)) {
            out.push(Part::Name(
                name.iter()
                    .map(|w| fix_caps(w))
                    .collect::<Vec<_>>()
                    .join(" "),
            ));
        }
        out.push(Part::RoleOrOrg);
        return;
    }
    let lower: Vec<String> = head
        .iter()
        .map(|w| {
            w.to_lowercase()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_string()
        })
        .collect();
    let joined = lower.join(" ");
    if ORGS.contains(&joined.as_str()) {
        out.push(Part::RoleOrOrg);
    } else if is_name(head) {
        out.push(Part::Name(
            head.iter()
                .map(|w| fix_caps(w))
                .collect::<Vec<_>>()
                .join(" "),
        ));
    } else {
        out.push(Part::Other);
    }
}

/// The whole `line` is one person's name ("Lucía Fernández").
pub(super) fn name_line(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    (words.len() <= 4 && is_name(&words)).then(|| {
        words
            .iter()
            .map(|w| fix_caps(w))
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn is_name(words: &[&str]) -> bool {
    if !(2..=NAME_MAX_WORDS).contains(&words.len()) {
        return false;
    }
    if words.first().is_some_and(|w| in_list(w, NOT_NAME_WORDS)) {
        return false;
    }
    let mut caps = 0;
    for w in words {
        if w.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if !w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)) {
            return false;
        }
        let first = w.chars().next();
        if first.is_some_and(char::is_uppercase) {
            caps += 1;
        } else if !in_list(w, NAME_PARTICLES) {
            return false;
        }
    }
    caps >= 2
}

/// "JANE" → "Jane", "JEAN-PIERRE" → "Jean-Pierre"; mixed case is kept.
fn fix_caps(w: &str) -> String {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || w.chars().any(char::is_lowercase) {
        return w.to_string();
    }
    let mut out = String::with_capacity(w.len());
    let mut start = true;
    for c in w.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(s: &str) -> Option<Vec<String>> {
        parse_byline(s)
    }

    #[test]
    fn bylines() {
        assert_eq!(
            b("By Jane Doe and John Roe"),
            Some(vec!["Jane Doe".into(), "John Roe".into()])
        );
        assert_eq!(b("By Jane Doe, Reuters"), Some(vec!["Jane Doe".into()]));
        assert_eq!(b("Jane Doe, Reuters"), Some(vec!["Jane Doe".into()]));
        assert_eq!(
            b("Jane Doe, Senior correspondent"),
            Some(vec!["Jane Doe".into()])
        );
        assert_eq!(
            b("By JANE DOE | Political editor"),
            Some(vec!["Jane Doe".into()])
        );
        assert_eq!(
            b("By Jane Doe, John Roe and Ann Lee in Moscow"),
            Some(vec!["Jane Doe".into(), "John Roe".into(), "Ann Lee".into()])
        );
        assert_eq!(
            b("Par Marie Dupont et Jean-Luc Martin"),
            Some(vec!["Marie Dupont".into(), "Jean-Luc Martin".into()])
        );
        assert_eq!(
            b("Von Anna Schmidt, Berlin"),
            Some(vec!["Anna Schmidt".into()])
        );
        assert_eq!(b("Автор: Иван Петров"), Some(vec!["Иван Петров".into()]));
        assert_eq!(
            b("By Ludwig van der Berg"),
            Some(vec!["Ludwig van der Berg".into()])
        );
        assert_eq!(
            b("Nadia Khan Environment correspondent"),
            Some(vec!["Nadia Khan".into()])
        );
        assert_eq!(
            b("Nadia Khan Senior political correspondent"),
            Some(vec!["Nadia Khan".into()])
        );
        assert_eq!(
            b("By Mary Ann Smith, Chief economics editor"),
            Some(vec!["Mary Ann Smith".into()])
        );
    }

    #[test]
    fn not_bylines() {
        assert_eq!(b("By the end of the year, prices had risen."), None);
        assert_eq!(b("Jane Doe and John Roe"), None);
        assert_eq!(b("Moscow, Reuters"), None);
        assert_eq!(b("By 2030 the plan will be complete"), None);
        assert_eq!(b("Putin calls for a new security system"), None);
        assert_eq!(b("Theresa May, foreign secretary, visits Moscow"), None);
    }

    #[test]
    fn trailers() {
        assert_eq!(
            trailer_authors("Reporting by Jane Doe and John Roe; Editing by Ann Lee"),
            vec!["Jane Doe".to_string(), "John Roe".to_string()]
        );
        assert_eq!(
            trailer_authors(
                "(Reporting by Jane Doe; Additional reporting by Max Mustermann; Editing by Ann Lee)"
            ),
            vec!["Jane Doe".to_string(), "Max Mustermann".to_string()]
        );
        assert!(trailer_authors("Editing by Ann Lee").is_empty());
    }
}
