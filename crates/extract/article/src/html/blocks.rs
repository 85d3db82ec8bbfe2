//! Flattening: the tree becomes a list of text [`Block`]s in reading order.
//!
//! A block is the inline text of one block-level element (a paragraph, a
//! heading, a list item, a table cell, the direct text of a `<div>`), with
//! white space collapsed, `<br>` kept as a line break and the share of link
//! text counted. Each block remembers the element that owns it and the
//! innermost boilerplate element around it, so that the content stage can
//! score containers and drop chrome without walking the tree again.

use newsfacts_dom::{Document, NodeId, NodeKind, Tag};

use super::boiler::{self, Class};

/// What kind of element a block comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// `<p>`, or direct text of a generic container.
    Paragraph,
    /// `<h1>` … `<h6>` (the level).
    Heading(u8),
    /// `<li>`, `<dt>`, `<dd>`.
    ListItem,
    /// Inside `<blockquote>`.
    Quote,
    /// `<pre>`: line breaks kept.
    Pre,
    /// `<td>`, `<th>`, `<caption>`.
    Cell,
}

/// One flattened block of text.
#[derive(Debug, Clone)]
pub struct Block {
    /// The block-level element that owns the text.
    pub owner: NodeId,
    /// Collapsed text.
    pub text: String,
    /// Characters of text (not bytes).
    pub chars: u32,
    /// Characters inside `<a href>`.
    pub link_chars: u32,
    /// The `href` of the first link in the block, if any.
    pub first_href: Option<String>,
    /// Element kind.
    pub kind: BlockKind,
    /// Innermost boilerplate ancestor (chrome by tag, class, id or role).
    pub boiler: Option<NodeId>,
    /// Whether the text sits inside `<figure>`/`<figcaption>`.
    pub in_figure: bool,
}

impl Block {
    /// Share of the text that is link text.
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

struct Open {
    node: NodeId,
    block: bool,
    link: bool,
    boiler: bool,
    figure: bool,
    pre: bool,
    kind: Option<BlockKind>,
}

/// Flattens everything below `root`, skipping hidden and never-content
/// elements (see [`boiler::classify`]).
pub fn flatten(doc: &Document, root: NodeId) -> Vec<Block> {
    let mut f = Flattener {
        doc,
        blocks: Vec::with_capacity(256),
        cur: String::new(),
        cur_chars: 0,
        cur_link: 0,
        cur_href: None,
        pending_space: false,
        stack: Vec::with_capacity(64),
        link_depth: 0,
        boiler_stack: Vec::new(),
        figure_depth: 0,
        pre_depth: 0,
    };
    f.walk(root);
    f.flush();
    f.blocks
}

struct Flattener<'a> {
    doc: &'a Document,
    blocks: Vec<Block>,
    cur: String,
    cur_chars: u32,
    cur_link: u32,
    cur_href: Option<String>,
    pending_space: bool,
    stack: Vec<Open>,
    link_depth: u32,
    boiler_stack: Vec<NodeId>,
    figure_depth: u32,
    pre_depth: u32,
}

impl Flattener<'_> {
    fn walk(&mut self, root: NodeId) {
        // Iterative DFS with explicit exits: (node, entering).
        let mut todo: Vec<(NodeId, bool)> = vec![(root, true)];
        while let Some((n, entering)) = todo.pop() {
            if !entering {
                self.exit();
                continue;
            }
            match self.doc.kind(n) {
                NodeKind::Text => {
                    if let Some(t) = self.doc.text(n) {
                        self.text(t);
                    }
                }
                NodeKind::Document => {
                    self.stack.push(Open {
                        node: n,
                        block: true,
                        link: false,
                        boiler: false,
                        figure: false,
                        pre: false,
                        kind: Some(BlockKind::Paragraph),
                    });
                    todo.push((n, false));
                    push_children(self.doc, n, &mut todo);
                }
                NodeKind::Element(tag) => {
                    let class = boiler::classify(self.doc, n, tag);
                    if class == Class::Skip {
                        continue;
                    }
                    if tag == Tag::Br {
                        self.line_break();
                        continue;
                    }
                    if tag == Tag::Img || tag == Tag::Hr {
                        if tag.is_block() {
                            self.flush();
                        }
                        continue;
                    }
                    let block = tag.is_block();
                    if block {
                        self.flush();
                    }
                    let kind = block_kind(tag);
                    let link = tag == Tag::A && self.doc.attr(n, "href").is_some();
                    if link {
                        self.link_depth += 1;
                        if self.cur_href.is_none() {
                            self.cur_href = self.doc.attr(n, "href").map(str::to_string);
                        }
                    }
                    let boiler = class == Class::Boiler;
                    if boiler {
                        self.boiler_stack.push(n);
                    }
                    let figure = matches!(tag, Tag::Figure | Tag::Figcaption);
                    if figure {
                        self.figure_depth += 1;
                    }
                    let pre = tag == Tag::Pre;
                    if pre {
                        self.pre_depth += 1;
                    }
                    self.stack.push(Open {
                        node: n,
                        block,
                        link,
                        boiler,
                        figure,
                        pre,
                        kind,
                    });
                    todo.push((n, false));
                    push_children(self.doc, n, &mut todo);
                }
            }
        }
    }

    fn exit(&mut self) {
        let Some(open) = self.stack.pop() else {
            return;
        };
        if open.block {
            self.flush_owned(Some(&open));
        }
        if open.link {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        if open.boiler {
            self.boiler_stack.pop();
        }
        if open.figure {
            self.figure_depth = self.figure_depth.saturating_sub(1);
        }
        if open.pre {
            self.pre_depth = self.pre_depth.saturating_sub(1);
        }
    }

    fn text(&mut self, t: &str) {
        if self.pre_depth > 0 {
            for c in t.chars() {
                let c = if c == '\u{a0}' { ' ' } else { c };
                self.push_char(c);
            }
            return;
        }
        for c in t.chars() {
            if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
                if !self.cur.is_empty() {
                    self.pending_space = true;
                }
                continue;
            }
            if self.pending_space {
                self.pending_space = false;
                if !self.cur.ends_with('\n') {
                    self.push_char(' ');
                }
            }
            self.push_char(c);
        }
    }

    fn push_char(&mut self, c: char) {
        self.cur.push(c);
        self.cur_chars += 1;
        if self.link_depth > 0 {
            self.cur_link += 1;
        }
    }

    fn line_break(&mut self) {
        if !self.cur.is_empty() && !self.cur.ends_with('\n') {
            self.cur.push('\n');
            self.cur_chars += 1;
        }
        self.pending_space = false;
    }

    fn flush(&mut self) {
        self.flush_owned(None);
    }

    /// Ends the current block. Its owner is the innermost open block
    /// element (or `closing` when a block element is being closed).
    fn flush_owned(&mut self, closing: Option<&Open>) {
        let trimmed_len = self.cur.trim_end().len();
        self.cur.truncate(trimmed_len);
        self.pending_space = false;
        if self.cur.is_empty() {
            self.reset();
            return;
        }
        let owner = match closing {
            Some(o) => o,
            None => match self.stack.iter().rev().find(|o| o.block) {
                Some(o) => o,
                None => {
                    self.reset();
                    return;
                }
            },
        };
        // The nearest element that names a kind decides, except that
        // anything inside a quotation is a quote.
        let mut opens = closing.into_iter().chain(self.stack.iter().rev());
        let nearest = opens.clone().find_map(|o| o.kind);
        let kind = if opens.any(|o| o.kind == Some(BlockKind::Quote)) {
            BlockKind::Quote
        } else {
            nearest.unwrap_or(BlockKind::Paragraph)
        };
        let text = std::mem::take(&mut self.cur);
        let chars = text.chars().count() as u32;
        self.blocks.push(Block {
            owner: owner.node,
            chars,
            link_chars: self.cur_link.min(chars),
            first_href: self.cur_href.take(),
            kind,
            boiler: self.boiler_stack.last().copied(),
            in_figure: self.figure_depth > 0,
            text,
        });
        self.reset();
    }

    fn reset(&mut self) {
        self.cur.clear();
        self.cur_chars = 0;
        self.cur_link = 0;
        self.cur_href = None;
    }
}

fn push_children(doc: &Document, n: NodeId, todo: &mut Vec<(NodeId, bool)>) {
    let start = todo.len();
    todo.extend(doc.children(n).map(|c| (c, true)));
    todo[start..].reverse();
}

fn block_kind(tag: Tag) -> Option<BlockKind> {
    Some(match tag {
        Tag::H1 => BlockKind::Heading(1),
        Tag::H2 => BlockKind::Heading(2),
        Tag::H3 => BlockKind::Heading(3),
        Tag::H4 => BlockKind::Heading(4),
        Tag::H5 => BlockKind::Heading(5),
        Tag::H6 => BlockKind::Heading(6),
        Tag::Li | Tag::Dt | Tag::Dd => BlockKind::ListItem,
        Tag::Blockquote => BlockKind::Quote,
        Tag::Pre => BlockKind::Pre,
        Tag::Td | Tag::Th | Tag::Caption => BlockKind::Cell,
        Tag::P => BlockKind::Paragraph,
        _ => return None,
    })
}
