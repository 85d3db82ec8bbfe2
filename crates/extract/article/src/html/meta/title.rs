//! Headline cleaning: strips the site name glued to a `<title>`-like string.
//!
//! Order of trust for the headline (applied by [`super::extract`]):
//! 1. the visible headline — an `<h1>` (then `[itemprop=headline]`, then an
//!    element whose class holds `headline`/`entry-title`/`article-title`/
//!    `post-title`) whose text equals, or is a large part of, one of the
//!    declared titles below;
//! 2. the JSON-LD `headline` (or `name`) of the article entity, cleaned;
//! 3. `og:title`, then `twitter:title`, then `<meta name=title>`, cleaned;
//! 4. the JSON-LD `name` of a `WebPage` entity, cleaned;
//! 5. the `<title>`, cleaned;
//! 6. a lone `<h1>` inside `<article>`/`<main>` when nothing is declared.
//!
//! Cleaning removes a suffix or prefix separated by ` | `, ` - `, ` – `,
//! ` — `, ` :: `, ` · `, ` » ` when it is the site name, matches the domain,
//! or (suffix only) is short (≤ 4 words) while the rest is long (≥ 4 words).
//! Dashes inside words ("Russia-US") are never separators.
//!
//! ```
//! use newsfacts_extract::html::meta::clean_title;
//!
//! assert_eq!(
//!     clean_title("Putin hopes Russia-US cooperation will grow | RT World News", Some("RT")),
//!     "Putin hopes Russia-US cooperation will grow"
//! );
//! assert_eq!(clean_title("Jean-Luc Mélenchon speaks", None), "Jean-Luc Mélenchon speaks");
//! ```

use super::text::{collapse_ws, joined_key, norm_key, word_count};

/// Separators between a headline and a site name, longest first.
const SEPARATORS: &[&str] = &[" :: ", " | ", " - ", " – ", " — ", " · ", " » ", " ~ "];

/// Removes a site-name suffix/prefix from a `<title>`-like string:
/// "Putin hopes … | RT World News" → "Putin hopes …".
pub fn clean_title(title: &str, site: Option<&str>) -> String {
    let sites: Vec<&str> = site.into_iter().collect();
    clean_title_with(title, &SiteNames::new(&sites, None))
}

/// Known names of the site, as comparison keys computed once.
#[derive(Debug, Default)]
pub(crate) struct SiteNames {
    /// ([`norm_key`], [`joined_key`]) of each name.
    names: Vec<(String, String)>,
    /// [`joined_key`] of the host.
    host: Option<String>,
    /// [`joined_key`] of the host's registrable label ("bbc").
    label: Option<String>,
}

impl SiteNames {
    pub(crate) fn new(sites: &[&str], host: Option<&str>) -> SiteNames {
        SiteNames {
            names: sites
                .iter()
                .map(|s| (norm_key(s), joined_key(s)))
                .filter(|(n, _)| !n.is_empty())
                .collect(),
            host: host.map(joined_key).filter(|h| !h.is_empty()),
            label: host.and_then(host_label).map(joined_key),
        }
    }

    fn has_names(&self) -> bool {
        !self.names.is_empty()
    }

    /// Whether `part` names the site: equal to a known site name, one a
    /// word-prefix/suffix of the other ("RT World News" / "RT"), or the
    /// domain ("theguardian.com", "The Guardian" for theguardian.com).
    pub(crate) fn matches(&self, part: &str) -> bool {
        let pk = norm_key(part);
        if pk.is_empty() {
            return false;
        }
        let pj = joined_key(part);
        for (sk, sj) in &self.names {
            if pj == *sj
                || word_prefix(&pk, sk)
                || word_prefix(sk, &pk)
                || word_suffix(&pk, sk)
                || word_suffix(sk, &pk)
                || (sj.len() >= 5 && pj.contains(sj.as_str()))
            {
                return true;
            }
        }
        if let Some(h) = &self.host
            && (pj == *h || pj.contains(h.as_str()))
        {
            return true;
        }
        if let Some(l) = &self.label {
            let first_word = pk.split(' ').next().unwrap_or("");
            if (l.len() >= 4 && (pj.contains(l.as_str()) || (l.contains(&pj) && pj.len() >= 4)))
                || (l.len() >= 2 && first_word == l)
            {
                return true;
            }
        }
        false
    }
}

/// [`clean_title`] with all known site names and the page's host.
pub(crate) fn clean_title_with(title: &str, site: &SiteNames) -> String {
    let t = collapse_ws(title);
    let mut cur: &str = &t;
    let mut first_sep: Option<&str> = None;
    for round in 0..3 {
        let Some((pos, sep)) = last_separator(cur) else {
            break;
        };
        let (Some(left), Some(right)) = (cur.get(..pos), cur.get(pos + sep.len()..)) else {
            break;
        };
        let (left, right) = (left.trim(), right.trim());
        if left.is_empty() || norm_key(left).is_empty() {
            break;
        }
        let lw = word_count(left);
        let rw = word_count(right);
        let strip = if site.matches(right) {
            true
        } else if round == 0 {
            rw <= 4 && lw >= 4 && lw > rw
        } else {
            // A second short suffix ("… | World | RT") only with the same separator.
            first_sep == Some(sep) && rw <= 3 && lw >= 4
        };
        if !strip {
            break;
        }
        first_sep.get_or_insert(sep);
        cur = left;
    }
    // Prefix: "RT | Putin hopes …", "BBC News - …", "Site: headline".
    if let Some((pos, sep)) = first_separator(cur)
        && let (Some(left), Some(right)) = (cur.get(..pos), cur.get(pos + sep.len()..))
        && site.matches(left.trim())
        && word_count(right) >= 2
    {
        cur = right.trim();
    }
    if let Some(pos) = cur.find(": ")
        && let (Some(left), Some(right)) = (cur.get(..pos), cur.get(pos + 2..))
        && site.has_names()
        && site.matches(left.trim())
        && word_count(right) >= 2
    {
        cur = right.trim();
    }
    cur.to_string()
}

/// Longest site name read off a `<title>`, in words.
const MAX_SITE_WORDS: usize = 6;

/// The site name a `<title>` puts around the page's `headline`:
/// "Grève des contrôleurs - Le Journal du Rhône" → "Le Journal du Rhône",
/// "RT | Putin hopes …" → "RT". `None` when the title is not the headline
/// plus one short part across a separator.
pub(crate) fn site_around(title: &str, headline: &str) -> Option<String> {
    let t = collapse_ws(title);
    let h = collapse_ws(headline);
    if h.is_empty() {
        return None;
    }
    let rest = if let Some(after) = t.strip_prefix(h.as_str()) {
        SEPARATORS.iter().find_map(|sep| after.strip_prefix(sep))?
    } else {
        let before = t.strip_suffix(h.as_str())?;
        SEPARATORS.iter().find_map(|sep| before.strip_suffix(sep))?
    };
    let rest = rest.trim();
    let words = word_count(rest);
    let single = SEPARATORS.iter().all(|sep| !rest.contains(sep));
    ((1..=MAX_SITE_WORDS).contains(&words) && single && !norm_key(rest).is_empty())
        .then(|| rest.to_string())
}

fn last_separator(s: &str) -> Option<(usize, &'static str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| s.rfind(sep).map(|p| (p, *sep)))
        .max_by_key(|&(p, _)| p)
}

fn first_separator(s: &str) -> Option<(usize, &'static str)> {
    SEPARATORS
        .iter()
        .filter_map(|sep| s.find(sep).map(|p| (p, *sep)))
        .min_by_key(|&(p, _)| p)
}

fn word_prefix(hay: &str, needle: &str) -> bool {
    hay.strip_prefix(needle)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

fn word_suffix(hay: &str, needle: &str) -> bool {
    hay.strip_suffix(needle)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
}

/// The registrable label of a host: "www.bbc.co.uk" → "bbc",
/// "edition.cnn.com" → "cnn".
pub(crate) fn host_label(host: &str) -> Option<&str> {
    let labels: Vec<&str> = host
        .trim_end_matches('.')
        .split('.')
        .filter(|l| !l.is_empty())
        .collect();
    match labels.len() {
        0 => None,
        1 => labels.first().copied(),
        n => {
            let last = labels[n - 1];
            let second = labels[n - 2];
            let two_level = last.len() == 2
                && n >= 3
                && matches!(
                    second,
                    "co" | "com" | "org" | "net" | "ac" | "gov" | "edu" | "ne" | "or" | "go"
                );
            if two_level {
                labels.get(n - 3).copied()
            } else {
                Some(second)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::site_around;

    #[test]
    fn site_name_around_the_headline() {
        assert_eq!(
            site_around(
                "Grève des contrôleurs : la SNCF annule 40 % des TGV - Le Journal du Rhône",
                "Grève des contrôleurs : la SNCF annule 40 % des TGV"
            )
            .as_deref(),
            Some("Le Journal du Rhône")
        );
        assert_eq!(
            site_around(
                "Diario del Sur | Sequía: plan de 2.500 millones",
                "Sequía: plan de 2.500 millones"
            )
            .as_deref(),
            Some("Diario del Sur")
        );
        // A title that is not the headline, or a long tail, names no site.
        assert_eq!(
            site_around("Home - Weather - Local", "Storm hits coast"),
            None
        );
        assert_eq!(
            site_around(
                "Storm hits coast - and the river rose higher than ever before in memory",
                "Storm hits coast"
            ),
            None
        );
        assert_eq!(site_around("Storm hits coast", "Storm hits coast"), None);
    }
}
