//! A synthetic news-page generator for benchmarks at corpus scale.
//!
//! Pages are made from our own word lists with a seeded PRNG, so a corpus of
//! any size can be rebuilt exactly: `page(i)` is always the same page. Each
//! page has site chrome (navigation, cookie banner, share bar, related list,
//! comments, footer), metadata (JSON-LD, Open Graph, a byline and a
//! `<time>`), and a body of quoted and reported statements with numbers and
//! dates, in one of several layouts. Every `SYNDICATION_EVERY`-th page
//! reprints an earlier page's story with small edits under another site's
//! chrome, so that near-duplicate detection has work to do.
//!
//! ```
//! let a = newsfacts_eval::generate::page(7);
//! let b = newsfacts_eval::generate::page(7);
//! assert_eq!(a.html, b.html);
//! assert!(a.html.contains("<body>"));
//! ```

use std::io::Write;

/// One generated page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The page's URL.
    pub url: String,
    /// The HTML.
    pub html: String,
    /// The headline.
    pub title: String,
}

/// Every this many pages, one reprints an earlier story (syndication).
pub const SYNDICATION_EVERY: u64 = 10;

const SITES: &[(&str, &str)] = &[
    ("The Harbor Ledger", "ledger.example"),
    ("Valley Courier", "courier.example"),
    ("Northern Post", "npost.example"),
    ("Metro Daily", "metrodaily.example"),
    ("Coastline Times", "coastline.example"),
    ("Capital Wire", "capwire.example"),
];

const GIVEN: &[&str] = &[
    "Anna", "Marek", "Sofia", "David", "Leila", "Tomas", "Grace", "Omar", "Ines", "Peter", "Hana",
    "Luis", "Maya", "Jonas", "Clara", "Ivan",
];
const FAMILY: &[&str] = &[
    "Hartley",
    "Novak",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Castillo",
    "Fischer",
    "Petrova",
    "Adeyemi",
    "Walsh",
    "Kowalski",
    "Rossi",
    "Haddad",
    "Keller",
];
const ROLES: &[&str] = &[
    "Mayor",
    "Finance Minister",
    "Senator",
    "Police Chief",
    "Governor",
    "Health Secretary",
    "council leader",
    "union leader",
];
const PLACES: &[&str] = &[
    "Port Alder",
    "Gull Island",
    "Eastbrook",
    "Millford",
    "Redcliff",
    "Stonehaven",
    "Lakeview",
    "Northgate",
];
const ORGS: &[&str] = &[
    "the Transport Authority",
    "the Harbour Board",
    "the Regional Council",
    "the Health Service",
    "the Teachers' Union",
    "the Chamber of Commerce",
    "the Water Company",
];
const NOUNS: &[&str] = &[
    "plan", "budget", "bridge", "ferry", "school", "hospital", "road", "harbour", "tax", "scheme",
    "project", "report", "contract", "service", "market", "station", "rule", "grant",
];
const COUNTED: &[&str] = &[
    "jobs",
    "homes",
    "passengers",
    "students",
    "beds",
    "trees",
    "flights",
    "visitors",
    "complaints",
    "households",
];
const VERBS: &[&str] = &[
    "approved",
    "delayed",
    "rejected",
    "expanded",
    "funded",
    "reviewed",
    "cut",
    "extended",
    "questioned",
    "welcomed",
];
const ADJ: &[&str] = &[
    "new",
    "long-awaited",
    "controversial",
    "costly",
    "modest",
    "ambitious",
    "temporary",
    "regional",
    "revised",
    "popular",
];
const CUES: &[&str] = &[
    "said",
    "told reporters",
    "added",
    "stressed",
    "warned",
    "noted",
];
const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// splitmix64: small, fast, good enough for test data.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

struct Story {
    title: String,
    paragraphs: Vec<String>,
    author: String,
    year: u32,
    month: usize,
    day: u32,
}

fn story(seed: u64) -> Story {
    let mut r = Rng::new(seed);
    let speaker = format!("{} {}", r.pick(GIVEN), r.pick(FAMILY));
    let surname = speaker.split(' ').nth(1).unwrap_or("").to_string();
    let role = r.pick(ROLES);
    let place = r.pick(PLACES);
    let org = r.pick(ORGS);
    let noun = r.pick(NOUNS);
    let title = format!(
        "{} {} {} {} for {}",
        capitalize(org.trim_start_matches("the ")),
        r.pick(VERBS),
        r.pick(ADJ),
        noun,
        place
    );
    let mut paragraphs = Vec::new();
    let n = 6 + r.below(9);
    for i in 0..n {
        let count = (r.below(900) + 12) * if r.below(3) == 0 { 1000 } else { 1 };
        let p = match (i, r.below(5)) {
            (0, _) => format!(
                "{} has {} a {} {} for {} that would affect more than {} {}, {} {} {} {} on {}.",
                capitalize(org),
                r.pick(VERBS),
                r.pick(ADJ),
                noun,
                place,
                group_digits(count),
                r.pick(COUNTED),
                role,
                speaker,
                r.pick(CUES),
                "during a meeting",
                r.pick(DAYS)
            ),
            (_, 0) => format!(
                "\u{201c}We have listened to people in {place} and the {noun} is better for it,\u{201d} {surname} {}. \u{201c}Nobody expected {} {} in the first year.\u{201d}",
                r.pick(CUES),
                group_digits(count),
                r.pick(COUNTED)
            ),
            (_, 1) => format!(
                "According to {org}, the {noun} will cost about ${}m and is due to open in {}.",
                r.below(400) + 5,
                r.pick(MONTHS)
            ),
            (_, 2) => format!(
                "Critics said the {} {noun} was {} and that {} {} had been ignored, while supporters pointed to {} new {} since {}.",
                r.pick(ADJ),
                r.pick(ADJ),
                group_digits(count),
                r.pick(COUNTED),
                r.below(90) + 3,
                r.pick(COUNTED),
                2010 + r.below(14)
            ),
            (_, 3) => format!(
                "{} {} that the {noun} would be {} by {} {}, and that the {} would meet again on {}.",
                capitalize(&surname),
                r.pick(CUES),
                r.pick(VERBS),
                r.pick(MONTHS),
                r.below(28) + 1,
                org.trim_start_matches("the "),
                r.pick(DAYS)
            ),
            _ => format!(
                "Residents of {} have waited {} years for the {noun}. Some {} {} signed a petition last year, and the {} {} it in {}.",
                r.pick(PLACES),
                r.below(20) + 2,
                group_digits(count),
                r.pick(COUNTED),
                org.trim_start_matches("the "),
                r.pick(VERBS),
                r.pick(MONTHS)
            ),
        };
        paragraphs.push(p);
    }
    Story {
        title,
        paragraphs,
        author: format!("{} {}", r.pick(GIVEN), r.pick(FAMILY)),
        year: 2015 + r.below(10) as u32,
        month: r.below(12),
        day: r.below(28) as u32 + 1,
    }
}

/// The page with index `i`.
pub fn page(i: u64) -> Page {
    let mut r = Rng::new(i.wrapping_mul(31).wrapping_add(7));
    let (site, host) = SITES[r.below(SITES.len())];
    let syndicated = i >= SYNDICATION_EVERY && i.is_multiple_of(SYNDICATION_EVERY);
    let mut s = if syndicated {
        story(i - SYNDICATION_EVERY / 2)
    } else {
        story(i)
    };
    if syndicated {
        // A wire copy with small edits: one paragraph dropped, a word changed.
        if s.paragraphs.len() > 4 {
            s.paragraphs.pop();
        }
        if let Some(p) = s.paragraphs.first_mut() {
            *p = p.replacen("has", "has now", 1);
        }
    }
    let date = format!("{:04}-{:02}-{:02}", s.year, s.month + 1, s.day);
    let slug: String = s
        .title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let url = format!("https://{host}/{}/{:02}/{slug}-{i}", s.year, s.month + 1);
    let body: String = s
        .paragraphs
        .iter()
        .enumerate()
        .map(|(k, p)| {
            let ad = if k == 3 {
                "<div class=\"ad-slot\">Advertisement</div>"
            } else {
                ""
            };
            format!("<p>{}</p>{ad}\n", escape(p))
        })
        .collect();
    let related: String = (1..=4)
        .map(|k| {
            let t = story(i.wrapping_add(1000 + k)).title;
            format!("<li><a href=\"/story/{k}\">{}</a></li>", escape(&t))
        })
        .collect();
    // Real news pages carry 30–150 KB of scripts, styles and menus around
    // a few KB of story; so do these, so that per-page costs are realistic.
    let chrome_kb = 30 + r.below(120);
    let mut bulk = String::with_capacity(chrome_kb * 1024);
    let mut k = 0u64;
    while bulk.len() < chrome_kb * 1024 / 2 {
        bulk.push_str(&format!(
            "window.__cfg_{k}={{\"slot\":\"ad-{k}\",\"sizes\":[[300,250],[728,90]],\"targeting\":{{\"section\":\"{}\",\"kw\":\"{}\"}}}};\n",
            r.pick(NOUNS),
            r.pick(ADJ)
        ));
        k += 1;
    }
    let mut menu = String::with_capacity(chrome_kb * 512);
    let mut m = 0;
    while menu.len() < chrome_kb * 1024 / 2 {
        menu.push_str(&format!(
            "<li class=\"menu-item\"><a href=\"/{}/{m}\">{} {}</a></li>",
            r.pick(NOUNS),
            capitalize(r.pick(ADJ)),
            r.pick(NOUNS)
        ));
        m += 1;
    }
    let layout = r.below(3);
    let article = match layout {
        0 => format!(
            "<article class=\"post\"><header class=\"entry-header\"><h1 class=\"entry-title\">{t}</h1><div class=\"entry-meta\">By <a rel=\"author\" href=\"/a\">{a}</a> <time datetime=\"{date}T09:30:00Z\">{date}</time></div></header><div class=\"share\"><a href=\"/s\">Share</a> <a href=\"/t\">Tweet</a></div><div class=\"entry-content\">{body}</div></article>",
            t = escape(&s.title),
            a = s.author
        ),
        1 => format!(
            "<main><div class=\"story\"><h1>{t}</h1><p class=\"byline\">By {a}, {site}</p><div class=\"story-body\">{body}</div><figure><img src=\"/i.jpg\"><figcaption>File photo. Credit: {site}</figcaption></figure></div></main>",
            t = escape(&s.title),
            a = s.author
        ),
        _ => format!(
            "<table width=\"100%\"><tr><td class=\"nav\"><a href=\"/\">Home</a><br><a href=\"/n\">News</a></td><td><h2>{t}</h2><span class=\"date\">{date}</span><div id=\"content\">{body}</div></td></tr></table>",
            t = escape(&s.title)
        ),
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t} | {site}</title>\
<meta property=\"og:title\" content=\"{t}\"><meta property=\"og:site_name\" content=\"{site}\">\
<link rel=\"canonical\" href=\"{url}\">\
<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{t}\",\"datePublished\":\"{date}T09:30:00Z\",\"author\":{{\"@type\":\"Person\",\"name\":\"{a}\"}}}}</script>\
<style>body{{font-family:serif}}</style><script>window.dataLayer=[];{bulk}</script></head><body>\
<header class=\"site-header\"><a class=\"logo\" href=\"/\">{site}</a><nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/opinion\">Opinion</a></li>{menu}</ul></nav></header>\
<div class=\"cookie-consent\"><p>We use cookies to give you the best experience. By continuing you agree to our cookie policy.</p><button>OK</button></div>\
{article}\
<aside class=\"related\"><h3>Related stories</h3><ul>{related}</ul></aside>\
<section class=\"newsletter\"><h3>Get our morning newsletter</h3><p>Sign up to receive the day's top stories in your inbox.</p></section>\
<div id=\"comments\"><h3>Comments</h3><div class=\"comment\"><p>Reader comment number one on this story, which goes on for a while about other things entirely.</p></div></div>\
<footer><p>&copy; {year} {site}. All rights reserved.</p></footer></body></html>",
        t = escape(&s.title),
        a = s.author,
        year = s.year,
    );
    Page {
        url,
        html,
        title: s.title,
    }
}

/// Writes pages `0..count` as `DIR/NNNNNN.html` files in nested folders of
/// 1,000 each.
pub fn write_folder(dir: &std::path::Path, count: u64) -> std::io::Result<u64> {
    let mut bytes = 0;
    for i in 0..count {
        let sub = dir.join(format!("{:04}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let p = page(i);
        bytes += p.html.len() as u64;
        std::fs::write(sub.join(format!("{i:07}.html")), p.html)?;
    }
    Ok(bytes)
}

/// Writes pages `0..count` as one gzipped WARC file of `response` records
/// (one gzip member per record, as Common Crawl does).
pub fn write_warc(path: &std::path::Path, count: u64) -> std::io::Result<u64> {
    let file = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut out = file;
    let mut bytes = 0;
    for i in 0..count {
        let p = page(i);
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            p.html.len()
        );
        let block_len = http.len() + p.html.len();
        let header = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{i:012}>\r\nWARC-Date: 2024-05-{:02}T12:00:00Z\r\nWARC-Target-URI: {}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {block_len}\r\n\r\n",
            i % 28 + 1,
            p.url
        );
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(header.as_bytes())?;
        gz.write_all(http.as_bytes())?;
        gz.write_all(p.html.as_bytes())?;
        gz.write_all(b"\r\n\r\n")?;
        let member = gz.finish()?;
        out.write_all(&member)?;
        bytes += p.html.len() as u64;
    }
    out.flush()?;
    Ok(bytes)
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn group_digits(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (k, ch) in s.chars().enumerate() {
        if k > 0 && (s.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_deterministic_and_varied() {
        assert_eq!(page(3).html, page(3).html);
        assert_ne!(page(3).html, page(4).html);
        assert_eq!(group_digits(1234567), "1,234,567");
    }

    #[test]
    fn syndicated_copies_share_the_story() {
        let copy = page(20);
        let original = story(15);
        assert!(copy.html.contains(&escape(&original.title)));
    }
}
