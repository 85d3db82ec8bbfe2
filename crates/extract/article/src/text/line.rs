//! Splitting flattened text into lines and classifying each line.

use super::byline::{self, BYLINE_MAX_WORDS};
use super::matcher::{self, Hits, PhraseSet, Prefixes};
use super::vocab::{
    BREAK_PREFIXES, BREAKS, CHROME_LABELS, CHROME_PHRASES, CREDIT_LEADS, CREDIT_MARKS, SHARE_WORDS,
    SHORT_CHROME_PHRASES, TRAILER_LEADS, UPDATED_WORDS, contains_any,
};
use crate::date::{self, DateTime};
use crate::promo;
use std::collections::HashSet;
use std::sync::OnceLock;

/// Phrase lists of the automaton, by index.
const L_CHROME: usize = 0;
const L_SHORT_CHROME: usize = 1;
const L_CREDIT: usize = 2;
const L_ICON: usize = 3;
const L_EDITING: usize = 4;

/// Lookup tables, built on first use.
struct Tables {
    phrases: PhraseSet,
    break_prefixes: Prefixes,
    trailer_leads: Prefixes,
    credit_leads: Prefixes,
    labels: HashSet<&'static str>,
    breaks: HashSet<&'static str>,
    share: HashSet<&'static str>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        phrases: PhraseSet::new(&[
            CHROME_PHRASES,
            SHORT_CHROME_PHRASES,
            CREDIT_MARKS,
            &["icon"],
            &["; editing by"],
        ]),
        break_prefixes: Prefixes::new(BREAK_PREFIXES),
        trailer_leads: Prefixes::new(TRAILER_LEADS),
        credit_leads: Prefixes::new(CREDIT_LEADS),
        labels: matcher::set(CHROME_LABELS),
        breaks: matcher::set(BREAKS),
        share: matcher::set(SHARE_WORDS),
    })
}

/// Labels and section headers are short; longer lines skip those lookups.
const LABEL_MAX_BYTES: usize = 64;

/// A hard-wrapped line is joined to the next one only when it is at least
/// this long (shorter ones are menu items or headlines, not wrapped prose;
/// 55 is ~3/4 of the usual 72–80 column wrap).
const WRAP_MIN_CHARS: usize = 55;
/// Fewest words of a prose paragraph; shorter sentences ("He declined.")
/// are kept but score little.
const PROSE_MIN_WORDS: usize = 5;
/// A line this long in words counts as prose even without a final stop
/// (some sites drop it); no headline or menu item is that long.
const PROSE_LONG_WORDS: usize = 30;
/// Headline-like lines have this many words (2-word labels are navigation;
/// the longest real headlines are ~25 words).
const HEADING_MIN_WORDS: usize = 3;
const HEADING_MAX_WORDS: usize = 28;
/// A line whose words are at least this many "...icon" tokens is an icon
/// sprite dump (RT's runs have dozens; 3 never happens in prose).
const ICON_MIN_TOKENS: usize = 3;
/// Short-line chrome phrases ("Sign in", "5 min read") only count on lines
/// up to this many words, so prose that mentions them is kept.
const SHORT_CHROME_MAX_WORDS: usize = 8;
/// Caption credits ("… REUTERS/Jane Doe") are looked for in lines up to this
/// many words (long captions run ~35) and in their last characters.
const CREDIT_MAX_WORDS: usize = 45;
const CREDIT_TAIL_CHARS: usize = 48;
/// A dateline is at most this long; longer lines with dates are prose.
const DATELINE_MAX_CHARS: usize = 140;
/// Words other than the date allowed on a dateline ("Published on", a city,
/// "Last modified on Sun", "Publié le … - Mis à jour le …" has 6).
const DATELINE_MAX_OTHER_WORDS: usize = 8;
/// Most dates read from one dateline ("Published …, updated …").
const DATELINE_MAX_DATES: usize = 3;

/// What a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Class {
    /// A sentence paragraph.
    Prose,
    /// A short sentence ("He declined.").
    ShortProse,
    /// Headline-like: title, crosshead or teaser.
    Heading,
    /// A short label or menu item.
    Nav,
    /// A one-line menu run or icon-sprite dump.
    Menu,
    /// Share bars, prompts, cookie notices, player residue, ads, footers.
    Chrome,
    /// A header that opens after-article furniture ("Related Topics").
    Break,
    /// "READ MORE: …".
    Promo,
    /// Mostly a date.
    Dateline,
    /// "By Jane Doe".
    Byline,
    /// A photo credit or credited caption.
    Credit,
    /// "Reporting by …; Editing by …".
    Trailer,
}

/// One non-blank line of the page.
#[derive(Debug, Clone)]
pub(super) struct Line {
    /// Whitespace-normalised text.
    pub text: String,
    pub class: Class,
    pub words: usize,
    pub chars: usize,
    /// Dates of a dateline, each flagged `true` when it is an update date.
    pub dates: Vec<(DateTime, bool)>,
    /// Authors named on a byline (or a dateline's "by …" part).
    pub authors: Vec<String>,
    /// Reporters named in a trailer.
    pub trailer_authors: Vec<String>,
    /// A promo's headline.
    pub promo: Option<String>,
}

/// Splits `text` into normalised non-blank lines, joining hard-wrapped prose.
pub(super) fn split(text: &str) -> Vec<Line> {
    let mut raw: Vec<String> = Vec::new();
    let mut prev_blank = true;
    for l in text.lines() {
        let n = normalize(l);
        if n.is_empty() {
            prev_blank = true;
            continue;
        }
        if !prev_blank
            && let Some(last) = raw.last_mut()
            && is_wrapped(last, &n)
        {
            last.push(' ');
            last.push_str(&n);
        } else {
            raw.push(n);
        }
        prev_blank = false;
    }
    raw.into_iter().map(classify).collect()
}

/// Collapses whitespace (incl. no-break and thin spaces), drops zero-width
/// characters and soft hyphens, trims.
fn normalize(l: &str) -> String {
    // Fast path: plain ASCII without tabs, controls or double spaces.
    let b = l.as_bytes();
    let plain = b.iter().all(|&c| (0x21..0x7f).contains(&c) || c == b' ')
        && !l.contains("  ")
        && !l.starts_with(' ')
        && !l.ends_with(' ');
    if plain {
        return l.to_string();
    }
    let mut out = String::with_capacity(l.len());
    let mut space = false;
    for c in l.chars() {
        if matches!(
            c,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}'
        ) {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// `next` continues the paragraph `prev` (hard wrap): `prev` is long and
/// ends mid-sentence, `next` starts in lowercase.
fn is_wrapped(prev: &str, next: &str) -> bool {
    prev.chars().count() >= WRAP_MIN_CHARS
        && !ends_sentence(prev)
        && next.chars().next().is_some_and(char::is_lowercase)
        && byline::parse_byline(next).is_none()
}

/// Ends with sentence punctuation, ignoring closing quotes and brackets.
pub(super) fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', ' '])
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | ';'))
}

/// First letter or digit is a capital or digit (after opening quotes);
/// caseless scripts count as capitalised.
pub(super) fn starts_capitalised(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_ascii_digit() || c.is_uppercase() || !c.is_lowercase())
}

fn classify(text: String) -> Line {
    let words = text.split_whitespace().count();
    let chars = text.chars().count();
    let mut line = Line {
        text,
        class: Class::Nav,
        words,
        chars,
        dates: Vec::new(),
        authors: Vec::new(),
        trailer_authors: Vec::new(),
        promo: None,
    };
    line.class = decide(&mut line);
    line
}

fn decide(line: &mut Line) -> Class {
    let t = tables();
    let text = line.text.as_str();
    let words = line.words;
    if let Some(p) = promo::parse_promo(text) {
        line.promo = Some(p.to_string());
        return Class::Promo;
    }
    let lower = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase()
    };
    let hits = t.phrases.scan(&lower);
    if lower.len() <= LABEL_MAX_BYTES {
        let label = lower
            .trim_end_matches(|c: char| c.is_ascii_digit() || " :()[]·•|»›>.".contains(c))
            .trim_start_matches(|c: char| c.is_ascii_digit() || " ()[]·•|".contains(c));
        if t.breaks.contains(label) {
            return Class::Break;
        }
        if t.labels.contains(label) {
            return Class::Chrome;
        }
    }
    if t.break_prefixes.find(&lower).is_some() {
        return Class::Break;
    }
    if is_player_residue(text) || is_share_bar(&lower, &t.share) {
        return Class::Chrome;
    }
    if hits.has(L_ICON) && is_icon_run(&lower) {
        return Class::Menu;
    }
    if t.trailer_leads.find(&lower).is_some() || hits.has(L_EDITING) {
        line.trailer_authors = byline::trailer_authors(text);
        return Class::Trailer;
    }
    if is_credit(&lower, words, &hits, &t.credit_leads) {
        return Class::Credit;
    }
    if hits.has(L_CHROME) || (words <= SHORT_CHROME_MAX_WORDS && hits.has(L_SHORT_CHROME)) {
        return Class::Chrome;
    }
    if words <= BYLINE_MAX_WORDS
        && let Some(names) = byline::parse_byline(text)
    {
        line.authors = names;
        return Class::Byline;
    }
    if let Some((dates, authors)) = dateline(text, &lower) {
        line.dates = dates;
        line.authors = authors;
        return Class::Dateline;
    }
    let ends = ends_sentence(text);
    // "Since you're here …", "Continue reading...": teasers, not sentences.
    let trails_off = text.ends_with('…') || text.ends_with("...");
    if ends && trails_off && words < PROSE_MIN_WORDS {
        return Class::Nav;
    }
    if ends && words >= PROSE_MIN_WORDS {
        return Class::Prose;
    }
    if ends {
        return Class::ShortProse;
    }
    if words >= PROSE_LONG_WORDS && text.contains([',', '.']) {
        return Class::Prose;
    }
    if words >= PROSE_LONG_WORDS || text.matches(" | ").count() >= 3 {
        return Class::Menu;
    }
    if (HEADING_MIN_WORDS..=HEADING_MAX_WORDS).contains(&words) && starts_capitalised(text) {
        return Class::Heading;
    }
    Class::Nav
}

/// "0:00", "25:36", "0:00 / 25:36", "1:02:03": media player times.
fn is_player_residue(s: &str) -> bool {
    s.contains(':') && s.chars().all(|c| c.is_ascii_digit() || " :/-.".contains(c))
}

/// Every word is a share-bar word ("Share this with Facebook Twitter Email").
fn is_share_bar(lower: &str, share: &HashSet<&'static str>) -> bool {
    let mut n = 0;
    for w in lower.split_whitespace() {
        let w = w.trim_matches(|c: char| c == ',' || c == ':' || c == '.');
        if w.is_empty() {
            continue;
        }
        if !share.contains(w) {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// RT-style icon sprite dump: "icon bookmark-bicon bookmarkicon cameraicon …".
fn is_icon_run(lower: &str) -> bool {
    let total = lower.split_whitespace().count();
    let icons = lower
        .split_whitespace()
        .filter(|w| w.contains("icon"))
        .count();
    icons >= ICON_MIN_TOKENS && icons * 4 >= total
}

/// Photo credits and credited captions: a credit lead at the start, or a
/// credit mark ending in the last [`CREDIT_TAIL_CHARS`] characters.
fn is_credit(lower: &str, words: usize, hits: &Hits, leads: &Prefixes) -> bool {
    if words > CREDIT_MAX_WORDS {
        return false;
    }
    if leads.find(lower).is_some() {
        return true;
    }
    if !hits.has(L_CREDIT) {
        return false;
    }
    let n = lower.chars().count();
    let tail_start = lower
        .char_indices()
        .nth(n.saturating_sub(CREDIT_TAIL_CHARS))
        .map_or(0, |(i, _)| i);
    if hits.last_end[L_CREDIT] <= tail_start {
        return false;
    }
    let tail = lower.get(tail_start..).unwrap_or("");
    lower.ends_with(')') || tail.contains('/') || tail.contains('©') || !ends_sentence(lower)
}

type DatelineParts = (Vec<(DateTime, bool)>, Vec<String>);

/// A line that is mostly a date (or dates), with an optional "by …" part.
fn dateline(text: &str, lower: &str) -> Option<DatelineParts> {
    if text.len() > DATELINE_MAX_CHARS * 4 || !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if text.chars().count() > DATELINE_MAX_CHARS {
        return None;
    }
    let mut dates = Vec::new();
    let mut other_words = 0;
    let mut authors = Vec::new();
    let mut pos = 0;
    while dates.len() < DATELINE_MAX_DATES {
        let rest = text.get(pos..)?;
        let Some((dt, r)) = date::find(rest) else {
            break;
        };
        if !dt.has_day() {
            break;
        }
        let before = lower.get(pos..pos + r.start).unwrap_or("");
        let updated = contains_any(before, UPDATED_WORDS);
        other_words += before
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count();
        dates.push((dt, updated));
        pos += r.end;
    }
    if dates.is_empty() {
        return None;
    }
    let mut tail = text.get(pos..).unwrap_or("");
    // "… by Jane Doe" after the date.
    let tail_lower = lower.get(pos..).unwrap_or("");
    if let Some(p) = find_word(tail_lower, "by")
        && let Some(names) = tail.get(p..).and_then(byline::parse_byline)
    {
        authors = names;
        tail = tail.get(..p).unwrap_or("");
    }
    other_words += tail
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    (other_words <= DATELINE_MAX_OTHER_WORDS).then_some((dates, authors))
}

/// Byte offset of `word` as a whole word in `s`.
fn find_word(s: &str, word: &str) -> Option<usize> {
    s.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before_ok = s
            .get(..i)
            .is_none_or(|b| b.chars().next_back().is_none_or(|c| !c.is_alphanumeric()));
        let after_ok = s
            .get(i + word.len()..)
            .is_some_and(|a| a.chars().next().is_none_or(|c| !c.is_alphanumeric()));
        before_ok && after_ok
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(s: &str) -> Class {
        classify(normalize(s)).class
    }

    #[test]
    fn classes() {
        assert_eq!(
            class("icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon"),
            Class::Menu
        );
        assert_eq!(class("10 May, 2016 16:21"), Class::Dateline);
        assert_eq!(
            class("Published 3 March 2019, updated 4 March 2019"),
            Class::Dateline
        );
        assert_eq!(
            class("Putin hopes Russia-US cooperation will lead to fundamental changes in Syria"),
            Class::Heading
        );
        assert_eq!(
            class("READ MORE: Putin calls for non-aligned security"),
            Class::Promo
        );
        assert_eq!(class("Podcasts"), Class::Break);
        assert_eq!(class("0:00 / 25:36"), Class::Chrome);
        assert_eq!(
            class("Share this with Facebook Twitter Email"),
            Class::Chrome
        );
        assert_eq!(class("Sign in to your account"), Class::Chrome);
        assert_eq!(
            class("We use cookies to improve your experience. By continuing you agree."),
            Class::Chrome
        );
        assert_eq!(class("Photo: Jane Doe / Reuters"), Class::Credit);
        assert_eq!(
            class("Vladimir Putin in Sochi, May 10, 2016. © Sputnik / Alexei Druzhinin"),
            Class::Credit
        );
        assert_eq!(
            class("FILE PHOTO: Traders work on the floor. REUTERS/Jane Doe"),
            Class::Credit
        );
        assert_eq!(
            class("Reporting by Jane Doe; Editing by John Roe"),
            Class::Trailer
        );
        assert_eq!(class("By Jane Doe and John Roe"), Class::Byline);
        assert_eq!(class("Related Topics"), Class::Break);
        assert_eq!(class("Tags: Syria, Russia"), Class::Break);
        assert_eq!(class("He declined."), Class::ShortProse);
        assert_eq!(class("Home"), Class::Chrome);
        assert_eq!(class("Russia & Former Soviet Union"), Class::Heading);
        assert_eq!(
            class(
                "MOSCOW (Reuters) - Russia said on Tuesday it would keep its forces in Syria for now."
            ),
            Class::Prose
        );
    }

    #[test]
    fn wraps_are_joined() {
        let lines = split(
            "This is a long hard-wrapped paragraph of text that goes on and\non to the next line.\nNext one.\nShort headline of a story\nby Jane Doe",
        );
        assert_eq!(lines.len(), 4);
        assert_eq!(
            lines[0].text,
            "This is a long hard-wrapped paragraph of text that goes on and on to the next line."
        );
        assert_eq!(lines[3].class, Class::Byline);
    }
}
