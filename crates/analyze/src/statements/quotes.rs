//! Quote-mark pairing with a small stack machine.
//!
//! Marks come in three families: double (`"` `“` `”` `„`), single
//! (`'` `‘` `’` `‚`) and guillemets (`«` `»`). Each mark is classified as
//! an opener, a closer or (for `’`/`'`) an apostrophe from its neighbours:
//! `’` between letters (don’t), before a two-digit year (’90s) or after a
//! plural *s* with a later better closer (Russians’) is an apostrophe. A
//! closer pops the nearest open mark of its family (dropping unclosed nested
//! marks above it). An open top-level quote at the end of a paragraph
//! continues when the next paragraph opens with a mark of the same family
//! (the multi-paragraph convention); each paragraph then yields its own
//! [`Quote`] with `continues` set. Otherwise it is closed at the paragraph
//! end (`closed == false`).

/// A top-level quotation: byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub open: usize,
    /// First byte inside the marks.
    pub inner_start: usize,
    /// One past the last byte inside the marks.
    pub inner_end: usize,
    /// One past the closing mark (== `inner_end` when unclosed).
    pub close_end: usize,
    /// Whether a closing mark was found in this paragraph.
    pub closed: bool,
    /// Continues the quote of the previous paragraph (multi-paragraph quote).
    pub continues: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    family: Family,
    mark: char,
    /// Byte length of the mark (2 for a doubled straight single '').
    len: usize,
    pos: usize,
    continues: bool,
}

fn family(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' => Some(Family::Double),
        '\'' | '‘' | '’' | '‚' => Some(Family::Single),
        '«' | '»' => Some(Family::Guillemet),
        _ => None,
    }
}

/// Whether `c` counts as "space-like" before an opener.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
                || family(c).is_some()
        }
    }
}

/// Whether `c` counts as "space-like" after a closer.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || matches!(
                    c,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
                )
                || family(c).is_some()
        }
    }
}

/// Whether a "”" follows the mark ending at byte `after` before the
/// paragraph ends.
fn closer_in_paragraph(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let para = rest.find('\n').map_or(rest, |n| &rest[..n]);
    para.contains('”')
}

/// The character at byte `p`, if any.
fn char_at(text: &str, p: usize) -> Option<char> {
    text.get(p..).and_then(|s| s.chars().next())
}

/// The character before byte `p`, if any.
fn char_before(text: &str, p: usize) -> Option<char> {
    text.get(..p).and_then(|s| s.chars().next_back())
}

/// Whether the byte can start a quote mark or a line break: the marks are
/// ASCII (`"` `'`), Latin-1 (`«` `»`, lead byte 0xC2) or general
/// punctuation (`‘` `’` `‚` `“` `”` `„`, lead byte 0xE2).
fn candidate(b: u8) -> bool {
    matches!(b, b'\n' | b'"' | b'\'' | 0xC2 | 0xE2)
}

/// Pairs quote marks; returns the top-level quotations in text order.
pub fn pair(text: &str) -> Vec<Quote> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut pos = 0;
    while pos < bytes.len() {
        // Only marks and line breaks matter: skip the other bytes fast.
        if !candidate(bytes[pos]) || !text.is_char_boundary(pos) {
            pos += 1;
            continue;
        }
        let Some(c) = char_at(text, pos) else {
            pos += 1;
            continue;
        };
        let prev = char_before(text, pos);
        let after = pos + c.len_utf8();
        let next = char_at(text, after);
        if c == '\n' {
            if let Some(bottom) = stack.first().copied() {
                // Paragraph end: does the next paragraph reopen the quote?
                let mut j = pos;
                let mut blanks = 0;
                while let Some(w) = char_at(text, j).filter(|w| w.is_whitespace()) {
                    j += w.len_utf8();
                    blanks += 1;
                }
                let first = char_at(text, j);
                let doubled_at = |m: char| m == '\'' && char_at(text, j + 1) == Some('\'');
                let reopens = first.is_some_and(|m| {
                    let fam = if doubled_at(m) {
                        Some(Family::Double)
                    } else {
                        family(m)
                    };
                    // A quotation goes on in its own style: a straight mark
                    // is not continued by a curly one.
                    let straight = |x: char| matches!(x, '"' | '\'');
                    fam == Some(bottom.family)
                        && !matches!(m, '”' | '’' | '»')
                        && straight(bottom.mark) == straight(m)
                });
                let end = trim_end(text, bottom.pos, pos);
                // A straight mark opening a paragraph that neither closes
                // nor goes on in the next one is stray ("\"Kevin was
                // snoring."), not a quotation.
                let at_start = bottom.pos == 0 || text[..bottom.pos].ends_with('\n');
                let stray = bottom.mark == '"' && !bottom.continues && !reopens && at_start;
                if !stray {
                    push(&mut out, text, bottom, end, end, false);
                }
                stack.clear();
                if let Some(m) = first.filter(|_| reopens && blanks > 1) {
                    // blanks > 1: at least a blank line, i.e. a new paragraph.
                    let doubled = doubled_at(m);
                    let len = if doubled { 2 } else { m.len_utf8() };
                    stack.push(Open {
                        family: if doubled {
                            Family::Double
                        } else {
                            bottom.family
                        },
                        mark: if doubled { '"' } else { m },
                        len,
                        pos: j,
                        continues: true,
                    });
                    pos = j + len;
                    continue;
                }
            }
            pos = after;
            continue;
        }
        // A doubled straight single ('') is a straight double quote.
        let doubled = c == '\'' && next == Some('\'');
        let (c, mlen, next) = if doubled {
            ('"', 2, char_at(text, pos + 2))
        } else {
            (c, c.len_utf8(), next)
        };
        let Some(fam) = family(c) else {
            pos = after;
            continue;
        };
        let open_idx = stack.iter().rposition(|o| o.family == fam);
        let top_opener = open_idx.map(|k| stack[k].mark);
        let p_space = opens_after(prev);
        let n_space = closes_before(next);
        let alnum = |x: Option<char>| x.is_some_and(crate::segment::is_alnum);
        let role = match c {
            '"' => match top_opener {
                Some(m) if !p_space || n_space || m == '"' => Role::Close,
                Some(_) => Role::Open,
                None if !n_space || next == Some('…') => Role::Open,
                None => Role::None,
            },
            '“' => match top_opener {
                Some('„') => Role::Close,
                Some(_) if n_space && !p_space => Role::Close,
                _ => Role::Open,
            },
            '”' => match top_opener {
                Some(_) => Role::Close,
                None if p_space && !n_space => Role::Open,
                // "” … what I learned is that …,” he said.": a closing mark
                // typed for the opening one at a paragraph's start, with its
                // partner later in the paragraph.
                None if matches!(prev, None | Some('\n')) && closer_in_paragraph(text, after) => {
                    Role::Open
                }
                None => Role::None,
            },
            '„' | '«' | '‚' => Role::Open,
            '»' => match top_opener {
                Some(_) => Role::Close,
                None if !n_space => Role::Open,
                None => Role::None,
            },
            '‘' => match top_opener {
                Some('‚') => Role::Close,
                _ if alnum(prev) && alnum(next) => Role::None,
                _ if is_year_elision(bytes, after) => Role::None,
                _ if p_space => Role::Open,
                Some(_) => Role::Close,
                None => Role::None,
            },
            _ => {
                // ’ or '
                if alnum(prev) && alnum(next) || (p_space && is_year_elision(bytes, after)) {
                    Role::None
                } else if top_opener.is_some() && !p_space {
                    if prev.is_some_and(|p| p == 's' || p == 'S')
                        && next.is_some_and(char::is_whitespace)
                        && later_closer(text, c, after)
                    {
                        Role::None
                    } else {
                        Role::Close
                    }
                } else if c == '\'' && p_space && alnum(next) {
                    Role::Open
                } else {
                    Role::None
                }
            }
        };
        match role {
            Role::Open => stack.push(Open {
                family: fam,
                mark: c,
                len: mlen,
                pos,
                continues: false,
            }),
            Role::Close => {
                if let Some(k) = open_idx {
                    let o = stack[k];
                    stack.truncate(k);
                    if k == 0 {
                        push(&mut out, text, o, pos, pos + mlen, true);
                    }
                }
            }
            Role::None => {}
        }
        pos += mlen;
    }
    if let Some(bottom) = stack.first().copied() {
        let end = trim_end(text, bottom.pos, text.len());
        push(&mut out, text, bottom, end, end, false);
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    None,
}

fn push(
    out: &mut Vec<Quote>,
    text: &str,
    o: Open,
    inner_end: usize,
    close_end: usize,
    closed: bool,
) {
    let inner_start = o.pos + o.len;
    if inner_end <= inner_start || text.get(inner_start..inner_end).is_none() {
        return;
    }
    out.push(Quote {
        open: o.pos,
        inner_start,
        inner_end,
        close_end,
        closed,
        continues: o.continues,
    });
}

/// `end` with trailing whitespace removed (never before `floor`).
fn trim_end(text: &str, floor: usize, end: usize) -> usize {
    let s = text.get(floor..end).unwrap_or("");
    floor + s.trim_end().len()
}

/// ’90s, '16: an elided year, not a quote (`after` is the byte after the
/// mark).
fn is_year_elision(bytes: &[u8], after: usize) -> bool {
    let d = |k: usize| bytes.get(k).is_some_and(u8::is_ascii_digit);
    d(after) && d(after + 1) && !d(after + 2)
}

/// Whether a later mark in this paragraph makes a better single closer than
/// the mark `mark` ending at byte `after` (which then is a plural
/// possessive: Russians’).
fn later_closer(text: &str, mark: char, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let mut prev = mark;
    let mut it = rest.chars().peekable();
    while let Some(c) = it.next() {
        if c == '\n' || c == '‘' {
            return false;
        }
        if c == '’' || c == '\'' {
            let next = it.peek().copied();
            let between =
                crate::segment::is_alnum(prev) && next.is_some_and(crate::segment::is_alnum);
            if !between && matches!(prev, '.' | ',' | '?' | '!') {
                return true;
            }
            if !between && closes_before(next) && next.is_some_and(|n| !n.is_whitespace()) {
                return true;
            }
        }
        prev = c;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        pair(text)
            .iter()
            .map(|q| text.get(q.inner_start..q.inner_end).unwrap_or("?"))
            .collect()
    }

    #[test]
    fn a_closing_mark_typed_to_open_a_paragraph() {
        let text = "Intro.\n\n\u{201d} \u{2026} the vote was fair,\u{201d} she wrote. Then \u{201d} stray.";
        assert_eq!(inner(text), vec![" \u{2026} the vote was fair,"]);
    }

    #[test]
    fn straight_and_curly() {
        assert_eq!(inner(r#"He said "yes" and "no"."#), vec!["yes", "no"]);
        assert_eq!(inner("“A lot,\" he said."), vec!["A lot,"]);
        assert_eq!(
            inner("Sie sagte: „Wir schaffen das.“"),
            vec!["Wir schaffen das."]
        );
        assert_eq!(inner("« Non », a-t-il dit."), vec![" Non "]);
        assert_eq!(inner("''I don't know,'' he said."), vec!["I don't know,"]);
    }

    #[test]
    fn apostrophes_and_nesting() {
        assert_eq!(
            inner("“The Russians’ interest in the ’90s doesn’t matter,” he said."),
            vec!["The Russians’ interest in the ’90s doesn’t matter,"]
        );
        assert_eq!(
            inner("‘The Russians’ interest is high,’ he said."),
            vec!["The Russians’ interest is high,"]
        );
        assert_eq!(
            inner("“He called it ‘fake news’ again,” she said."),
            vec!["He called it ‘fake news’ again,"]
        );
    }

    #[test]
    fn multi_paragraph() {
        let t = "“First part.\n\n“Second part,” he said.";
        let q = pair(t);
        assert_eq!(q.len(), 2);
        assert!(!q[0].closed && !q[0].continues);
        assert!(q[1].closed && q[1].continues);
    }
}
