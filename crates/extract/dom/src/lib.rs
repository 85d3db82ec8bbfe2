//! A fast, forgiving HTML parser that builds a light arena tree for content
//! extraction (stage: extract).
//!
//! [`Document::parse`] tokenizes a page in one pass (memchr-driven scanning,
//! no per-token allocation) and builds the tree as it goes, with the recovery
//! rules of the HTML standard that change what text belongs to which block:
//! implied end tags (`<p>` closed by a block, `<li>` by the next `<li>`, table
//! cells and rows), end tags matched up the stack of open elements and ignored
//! when nothing matches, void elements, raw-text elements (`<script>`,
//! `<style>`, `<textarea>`, `<title>` …), character references, and
//! self-closing tags inside SVG and MathML. It does not rebuild formatting
//! elements (the adoption agency) or foster-parent stray table content: those
//! change styling, not which text a block holds.
//!
//! The tree is an arena of [`Node`]s addressed by [`NodeId`]; all text lives
//! in one buffer. Scripts are dropped except JSON ones (JSON-LD metadata),
//! and so are styles, templates and `<noscript>`: nothing downstream reads them.
//!
//! Limits: nesting deeper than [`ParseOptions::max_depth`] is flattened
//! (deeper elements become siblings at the limit), so a pathological page
//! costs linear time.
//!
//! ```
//! use newsfacts_dom::{Document, Tag};
//!
//! let doc = Document::parse("<article><h1>Title</h1><p>One &amp; two<p>Three</article>");
//! let paragraphs: Vec<String> = doc
//!     .descendants(doc.root())
//!     .filter(|&n| doc.tag(n) == Some(Tag::P))
//!     .map(|n| doc.text_content(n))
//!     .collect();
//! assert_eq!(paragraphs, ["One & two", "Three"]);
//! ```

pub mod entities;
mod tag;

pub use tag::Tag;

/// Index of a node in its [`Document`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(u32);

impl NodeId {
    /// The position of the node in document order (the arena index).
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// The id at arena position `i` (see [`Document::all`]).
    pub fn from_index(i: usize) -> Option<NodeId> {
        u32::try_from(i).ok().filter(|&v| v != NONE).map(NodeId)
    }
}

const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

/// What a node is.
#[derive(Debug, Clone, Copy)]
pub enum NodeKind {
    /// The document itself (always [`Document::root`]).
    Document,
    /// An element.
    Element(Tag),
    /// A run of text.
    Text,
}

/// One node of the arena.
#[derive(Debug, Clone)]
pub struct Node {
    kind: NodeKind,
    parent: u32,
    first_child: u32,
    last_child: u32,
    next_sibling: u32,
    /// Text nodes: the text. Elements: the name of an `Other` tag.
    span: Span,
    attrs_start: u32,
    attrs_end: u32,
}

#[derive(Debug, Clone, Copy)]
struct Attr {
    name: Span,
    value: Span,
}

/// Parser settings.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Deepest nesting of open elements; deeper elements are attached at this
    /// depth instead of below it.
    pub max_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { max_depth: 256 }
    }
}

/// A parsed page.
#[derive(Debug, Clone)]
pub struct Document {
    nodes: Vec<Node>,
    attrs: Vec<Attr>,
    /// Decoded text of text nodes.
    text: String,
    /// Attribute names and values, names of unknown tags.
    strings: String,
    depth_limited: bool,
}

impl Document {
    /// Parses a page with default options.
    pub fn parse(html: &str) -> Document {
        Self::parse_with(html, &ParseOptions::default())
    }

    /// Parses a page.
    pub fn parse_with(html: &str, opts: &ParseOptions) -> Document {
        let mut b = Builder::new(html.len(), opts.max_depth.max(1));
        b.run(html);
        b.doc
    }

    /// The document node.
    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    /// Number of nodes (elements, texts and the document).
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the document has nothing but its root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// Whether elements nested past [`ParseOptions::max_depth`] were flattened.
    pub fn depth_limited(&self) -> bool {
        self.depth_limited
    }

    fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.index()]
    }

    /// The node's kind.
    pub fn kind(&self, id: NodeId) -> NodeKind {
        self.node(id).kind
    }

    /// The element's tag, `None` for text and the document.
    pub fn tag(&self, id: NodeId) -> Option<Tag> {
        match self.node(id).kind {
            NodeKind::Element(t) => Some(t),
            _ => None,
        }
    }

    /// Whether the node is an element.
    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.node(id).kind, NodeKind::Element(_))
    }

    /// The lower-case tag name of an element (`""` otherwise).
    pub fn name(&self, id: NodeId) -> &str {
        let n = self.node(id);
        match n.kind {
            NodeKind::Element(Tag::Other) => self.string(n.span),
            NodeKind::Element(t) => t.as_str(),
            _ => "",
        }
    }

    /// The text of a text node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        let n = self.node(id);
        match n.kind {
            NodeKind::Text => self.text.get(n.span.start as usize..n.span.end as usize),
            _ => None,
        }
    }

    fn string(&self, s: Span) -> &str {
        self.strings
            .get(s.start as usize..s.end as usize)
            .unwrap_or("")
    }

    /// The value of attribute `name` (lower case), decoded.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        self.attrs(id).find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// All attributes of an element as `(name, value)`.
    pub fn attrs(&self, id: NodeId) -> impl Iterator<Item = (&str, &str)> + '_ {
        let n = self.node(id);
        self.attrs[n.attrs_start as usize..n.attrs_end as usize]
            .iter()
            .map(|a| (self.string(a.name), self.string(a.value)))
    }

    /// The parent node.
    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        some(self.node(id).parent)
    }

    /// The first child.
    pub fn first_child(&self, id: NodeId) -> Option<NodeId> {
        some(self.node(id).first_child)
    }

    /// The next sibling.
    pub fn next_sibling(&self, id: NodeId) -> Option<NodeId> {
        some(self.node(id).next_sibling)
    }

    /// The children in order.
    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            doc: self,
            next: self.node(id).first_child,
        }
    }

    /// The node and everything below it, in document order.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            doc: self,
            root: id.0,
            next: id.0,
        }
    }

    /// The ancestors of a node, nearest first (the node itself excluded).
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&n| self.parent(n))
    }

    /// All text below `id`, concatenated as it stands (no block breaks).
    pub fn text_content(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
        }
        out
    }

    /// The first element with `tag` in document order.
    pub fn find(&self, tag: Tag) -> Option<NodeId> {
        self.descendants(self.root())
            .find(|&n| self.tag(n) == Some(tag))
    }

    /// Iterates over every node id in document order (arena order is
    /// document order for this builder).
    pub fn all(&self) -> impl Iterator<Item = NodeId> + use<> {
        (0..self.nodes.len() as u32).map(NodeId)
    }

    /// One past the last node below `id` in arena order: the subtree of `id`
    /// is exactly the ids `id..subtree_end(id)`.
    pub fn subtree_end(&self, id: NodeId) -> NodeId {
        let mut n = id.0;
        loop {
            let node = &self.nodes[n as usize];
            if node.next_sibling != NONE {
                return NodeId(node.next_sibling);
            }
            match some(node.parent) {
                Some(p) => n = p.0,
                None => return NodeId(self.nodes.len() as u32),
            }
        }
    }
}

fn some(v: u32) -> Option<NodeId> {
    (v != NONE).then_some(NodeId(v))
}

/// Iterator over a node's children.
pub struct Children<'a> {
    doc: &'a Document,
    next: u32,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = some(self.next)?;
        self.next = self.doc.nodes[cur.index()].next_sibling;
        Some(cur)
    }
}

/// Pre-order iterator over a subtree.
pub struct Descendants<'a> {
    doc: &'a Document,
    root: u32,
    next: u32,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let cur = some(self.next)?;
        let nodes = &self.doc.nodes;
        let node = &nodes[cur.index()];
        self.next = if node.first_child != NONE {
            node.first_child
        } else {
            let mut n = cur.0;
            loop {
                if n == self.root {
                    break NONE;
                }
                let nn = &nodes[n as usize];
                if nn.next_sibling != NONE {
                    break nn.next_sibling;
                }
                n = nn.parent;
                if n == NONE {
                    break NONE;
                }
            }
        };
        Some(cur)
    }
}

struct Builder {
    doc: Document,
    /// Open elements: (node, tag).
    stack: Vec<(u32, Tag)>,
    max_depth: usize,
    /// Depth of open `<svg>`/`<math>` elements: self-closing tags count there.
    foreign: usize,
    has_html: bool,
    has_head: bool,
    has_body: bool,
}

/// Where a tag's attributes went while it was being read.
struct StartTag {
    tag: Tag,
    name: Span,
    attrs_start: u32,
    self_closing: bool,
}

impl Builder {
    fn new(input_len: usize, max_depth: usize) -> Self {
        let root = Node {
            kind: NodeKind::Document,
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            span: Span { start: 0, end: 0 },
            attrs_start: 0,
            attrs_end: 0,
        };
        let mut nodes = Vec::with_capacity(input_len / 40 + 16);
        nodes.push(root);
        Builder {
            doc: Document {
                nodes,
                attrs: Vec::with_capacity(input_len / 100 + 16),
                text: String::with_capacity(input_len / 3),
                strings: String::with_capacity(input_len / 6),
                depth_limited: false,
            },
            stack: Vec::with_capacity(64),
            max_depth,
            foreign: 0,
            has_html: false,
            has_head: false,
            has_body: false,
        }
    }

    fn current(&self) -> u32 {
        self.stack.last().map_or(0, |&(n, _)| n)
    }

    fn append(&mut self, parent: u32, mut node: Node) -> u32 {
        let id = self.doc.nodes.len() as u32;
        node.parent = parent;
        let p = &mut self.doc.nodes[parent as usize];
        let prev_last = p.last_child;
        if prev_last == NONE {
            p.first_child = id;
        }
        p.last_child = id;
        if prev_last != NONE {
            self.doc.nodes[prev_last as usize].next_sibling = id;
        }
        self.doc.nodes.push(node);
        id
    }

    fn run(&mut self, html: &str) {
        let bytes = html.as_bytes();
        let len = bytes.len();
        let mut i = 0;
        while i < len {
            let lt = match memchr::memchr(b'<', &bytes[i..]) {
                Some(off) => i + off,
                None => {
                    self.push_text(&html[i..]);
                    break;
                }
            };
            if lt > i {
                self.push_text(&html[i..lt]);
            }
            match bytes.get(lt + 1) {
                Some(b'!') => i = self.markup_declaration(html, lt),
                Some(b'/') => i = self.end_tag(html, lt),
                Some(b'?') => i = skip_past(bytes, lt, b'>'),
                Some(c) if c.is_ascii_alphabetic() => i = self.start_tag(html, lt),
                _ => {
                    self.push_text("<");
                    i = lt + 1;
                }
            }
        }
    }

    /// `<!-- … -->`, `<![CDATA[ … ]]>`, `<!DOCTYPE …>` and bogus comments.
    fn markup_declaration(&mut self, html: &str, lt: usize) -> usize {
        let bytes = html.as_bytes();
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            // `<!-->` and `<!--->` are complete (empty) comments.
            if rest[4..].starts_with(b">") {
                return lt + 5;
            }
            if rest[4..].starts_with(b"->") {
                return lt + 6;
            }
            return match memchr::memmem::find(&rest[4..], b"-->") {
                Some(off) => lt + 4 + off + 3,
                None => bytes.len(),
            };
        }
        if rest.starts_with(b"<![CDATA[") {
            let body_start = lt + 9;
            let (body_end, next) = match memchr::memmem::find(&bytes[body_start..], b"]]>") {
                Some(off) => (body_start + off, body_start + off + 3),
                None => (bytes.len(), bytes.len()),
            };
            if self.foreign > 0
                && let Some(t) = html.get(body_start..body_end)
            {
                self.push_raw_text(t);
            }
            return next;
        }
        skip_past(bytes, lt, b'>')
    }

    fn end_tag(&mut self, html: &str, lt: usize) -> usize {
        let bytes = html.as_bytes();
        let name_start = lt + 2;
        let Some(first) = bytes.get(name_start) else {
            self.push_text("</");
            return bytes.len();
        };
        if !first.is_ascii_alphabetic() {
            // `</>` is dropped; `</ …>` is a bogus comment.
            return skip_past(bytes, lt, b'>');
        }
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .take_while(|&&c| !is_tag_name_end(c))
                .count();
        let next = skip_past(bytes, name_end.saturating_sub(1), b'>');
        let mut lower = [0u8; 16];
        let tag = lookup_tag(&bytes[name_start..name_end], &mut lower);
        self.close(tag, &bytes[name_start..name_end]);
        next
    }

    fn close(&mut self, tag: Tag, raw_name: &[u8]) {
        match tag {
            Tag::Br => {
                let node = self.element_node(Tag::Br, Span { start: 0, end: 0 }, 0);
                let parent = self.current();
                self.append(parent, node);
                return;
            }
            Tag::Body | Tag::Html | Tag::Head => return,
            _ => {}
        }
        let block = tag.closes_p() || tag.is_scope_boundary() || is_table_part(tag);
        let mut found = None;
        for (pos, &(node, open)) in self.stack.iter().enumerate().rev() {
            let same = open == tag && (tag != Tag::Other || self.other_name_eq(node, raw_name));
            if same {
                found = Some(pos);
                break;
            }
            let stop = if block {
                open.is_scope_boundary() && !(tag == Tag::Table && is_table_part(open))
            } else {
                open.closes_p() || open.is_scope_boundary() || is_table_part(open)
            };
            if stop {
                break;
            }
        }
        if let Some(pos) = found {
            self.pop_to(pos);
        }
    }

    fn other_name_eq(&self, node: u32, raw_name: &[u8]) -> bool {
        let n = &self.doc.nodes[node as usize];
        let have = self.doc.string(n.span).as_bytes();
        have.len() == raw_name.len()
            && have
                .iter()
                .zip(raw_name)
                .all(|(a, b)| *a == b.to_ascii_lowercase())
    }

    fn pop_to(&mut self, pos: usize) {
        for &(_, t) in &self.stack[pos..] {
            if matches!(t, Tag::Svg | Tag::Math) {
                self.foreign = self.foreign.saturating_sub(1);
            }
        }
        self.stack.truncate(pos);
    }

    /// Closes the nearest open element with one of `tags`, searching down to
    /// the first element for which `stop` holds.
    fn close_in_scope(&mut self, tags: &[Tag], stop: impl Fn(Tag) -> bool) {
        for pos in (0..self.stack.len()).rev() {
            let t = self.stack[pos].1;
            if tags.contains(&t) {
                self.pop_to(pos);
                return;
            }
            if stop(t) {
                return;
            }
        }
    }

    fn start_tag(&mut self, html: &str, lt: usize) -> usize {
        let bytes = html.as_bytes();
        let name_start = lt + 1;
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .take_while(|&&c| !is_tag_name_end(c))
                .count();
        let raw_name = &bytes[name_start..name_end];
        let mut lower = [0u8; 16];
        let tag = lookup_tag(raw_name, &mut lower);
        let attrs_start = self.doc.attrs.len() as u32;
        let name = if tag == Tag::Other {
            let start = self.doc.strings.len() as u32;
            if let Some(s) = html.get(name_start..name_end) {
                self.doc.strings.push_str(&s.to_ascii_lowercase());
            }
            Span {
                start,
                end: self.doc.strings.len() as u32,
            }
        } else {
            Span { start: 0, end: 0 }
        };
        let Some((after, self_closing)) = self.attributes(html, name_end) else {
            // The page ended inside the tag: browsers drop such a tag.
            self.doc.attrs.truncate(attrs_start as usize);
            return bytes.len();
        };
        let st = StartTag {
            tag,
            name,
            attrs_start,
            self_closing,
        };
        self.open(st);
        if tag.is_raw_text() && self.foreign == 0 {
            return self.raw_text(html, after, tag);
        }
        after
    }

    /// Reads attributes from `i` to the end of the tag. Returns the index
    /// after `>` and whether the tag was self-closing, or `None` at the end
    /// of input.
    fn attributes(&mut self, html: &str, mut i: usize) -> Option<(usize, bool)> {
        let bytes = html.as_bytes();
        let first_attr = self.doc.attrs.len();
        loop {
            while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c)) {
                i += 1;
            }
            match bytes.get(i)? {
                b'>' => return Some((i + 1, false)),
                b'/' => {
                    if bytes.get(i + 1) == Some(&b'>') {
                        return Some((i + 2, true));
                    }
                    i += 1;
                    continue;
                }
                _ => {}
            }
            let name_start = i;
            // A name may start with `=`; it ends at white space, `/`, `>` or `=`.
            i += 1;
            while let Some(&c) = bytes.get(i) {
                if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'/' | b'>' | b'=') {
                    break;
                }
                i += 1;
            }
            let name_end = i;
            while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c)) {
                i += 1;
            }
            let (value_start, value_end) = if bytes.get(i) == Some(&b'=') {
                i += 1;
                while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r' | 0x0c)) {
                    i += 1;
                }
                match bytes.get(i)? {
                    &q @ (b'"' | b'\'') => {
                        let start = i + 1;
                        let end = start + memchr::memchr(q, &bytes[start..])?;
                        i = end + 1;
                        (start, end)
                    }
                    _ => {
                        let start = i;
                        while let Some(&c) = bytes.get(i) {
                            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'>') {
                                break;
                            }
                            i += 1;
                        }
                        (start, i)
                    }
                }
            } else {
                (i, i)
            };
            let (Some(name), Some(value)) = (
                html.get(name_start..name_end),
                html.get(value_start..value_end),
            ) else {
                continue;
            };
            self.push_attr(first_attr, name, value);
        }
    }

    fn push_attr(&mut self, first_attr: usize, name: &str, value: &str) {
        let strings = &mut self.doc.strings;
        let start = strings.len() as u32;
        if name.bytes().any(|c| c.is_ascii_uppercase()) {
            strings.push_str(&name.to_ascii_lowercase());
        } else {
            strings.push_str(name);
        }
        let name_span = Span {
            start,
            end: strings.len() as u32,
        };
        // The first of duplicate attributes wins.
        let new_name = &strings[start as usize..];
        let dup = self.doc.attrs[first_attr..]
            .iter()
            .any(|a| strings.get(a.name.start as usize..a.name.end as usize) == Some(new_name));
        if dup {
            strings.truncate(start as usize);
            return;
        }
        let vstart = strings.len() as u32;
        if memchr::memchr(b'&', value.as_bytes()).is_some() {
            entities::decode_into(value, strings, true);
        } else {
            strings.push_str(value);
        }
        let value_span = Span {
            start: vstart,
            end: strings.len() as u32,
        };
        self.doc.attrs.push(Attr {
            name: name_span,
            value: value_span,
        });
    }

    fn element_node(&self, tag: Tag, name: Span, attrs_start: u32) -> Node {
        Node {
            kind: NodeKind::Element(tag),
            parent: NONE,
            first_child: NONE,
            last_child: NONE,
            next_sibling: NONE,
            span: name,
            attrs_start,
            attrs_end: self.doc.attrs.len() as u32,
        }
    }

    fn open(&mut self, st: StartTag) {
        let tag = st.tag;
        match tag {
            Tag::Html if self.has_html => return,
            Tag::Head if self.has_head || self.has_body => return,
            Tag::Body if self.has_body => return,
            Tag::Html => self.has_html = true,
            Tag::Head => self.has_head = true,
            Tag::Body => {
                self.has_body = true;
                self.close_in_scope(&[Tag::Head], |_| false);
            }
            _ => {}
        }
        if self.foreign == 0 {
            self.implied_end_tags(tag);
        }
        let node = self.element_node(tag, st.name, st.attrs_start);
        let parent = self.current();
        let id = self.append(parent, node);
        let foreign_self_closing = st.self_closing && self.foreign > 0;
        if tag.is_void() || foreign_self_closing || tag.is_raw_text() && self.foreign == 0 {
            return;
        }
        if self.stack.len() >= self.max_depth {
            self.doc.depth_limited = true;
            return;
        }
        if matches!(tag, Tag::Svg | Tag::Math) {
            if st.self_closing {
                return;
            }
            self.foreign += 1;
        }
        self.stack.push((id, tag));
    }

    /// The standard's implied end tags that decide which block text lands in.
    fn implied_end_tags(&mut self, tag: Tag) {
        match tag {
            Tag::Li => self.close_in_scope(&[Tag::Li], |t| {
                matches!(t, Tag::Ul | Tag::Ol | Tag::Menu) || t.is_scope_boundary()
            }),
            Tag::Dd | Tag::Dt => self.close_in_scope(&[Tag::Dd, Tag::Dt], |t| {
                t == Tag::Dl || t.is_scope_boundary()
            }),
            Tag::Tr => self.close_in_scope(&[Tag::Tr], |t| {
                matches!(t, Tag::Table | Tag::Tbody | Tag::Thead | Tag::Tfoot)
            }),
            Tag::Td | Tag::Th => {
                self.close_in_scope(&[Tag::Td, Tag::Th], |t| matches!(t, Tag::Tr | Tag::Table))
            }
            Tag::Tbody | Tag::Thead | Tag::Tfoot => {
                self.close_in_scope(&[Tag::Tbody, Tag::Thead, Tag::Tfoot], |t| t == Tag::Table)
            }
            Tag::Option => self.close_in_scope(&[Tag::Option], |t| t != Tag::Option),
            Tag::Optgroup => {
                self.close_in_scope(&[Tag::Option], |t| t != Tag::Option);
                self.close_in_scope(&[Tag::Optgroup], |t| t != Tag::Optgroup);
            }
            Tag::A => self.close_in_scope(&[Tag::A], |t| t.is_scope_boundary()),
            Tag::Button => self.close_in_scope(&[Tag::Button], |t| {
                t.is_scope_boundary() && t != Tag::Button
            }),
            _ => {}
        }
        if tag.closes_p() {
            self.close_in_scope(&[Tag::P], |t| t.is_scope_boundary());
        }
        if tag.is_heading() && self.stack.last().is_some_and(|&(_, top)| top.is_heading()) {
            self.stack.pop();
        }
    }

    /// Content of `<script>`, `<style>`, `<title>` … up to its end tag.
    fn raw_text(&mut self, html: &str, start: usize, tag: Tag) -> usize {
        let bytes = html.as_bytes();
        let name = tag.as_str().as_bytes();
        let (end, next) = if tag == Tag::Plaintext {
            (bytes.len(), bytes.len())
        } else {
            find_end_tag(bytes, start, name)
        };
        let node = (self.doc.nodes.len() - 1) as u32;
        let keep = match tag {
            Tag::Title | Tag::Xmp | Tag::Plaintext => true,
            Tag::Script => self
                .attr_of(node, "type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("json")),
            _ => false,
        };
        if keep && let Some(content) = html.get(start..end) {
            {
                let span = if tag.is_rcdata() {
                    self.decoded_span(content)
                } else {
                    self.raw_span(content)
                };
                let text = text_node(span);
                self.append(node, text);
            }
        }
        next
    }

    fn attr_of(&self, node: u32, name: &str) -> Option<&str> {
        self.doc.attr(NodeId(node), name)
    }

    fn raw_span(&mut self, s: &str) -> Span {
        let start = self.doc.text.len() as u32;
        self.doc.text.push_str(s);
        Span {
            start,
            end: self.doc.text.len() as u32,
        }
    }

    fn decoded_span(&mut self, s: &str) -> Span {
        let start = self.doc.text.len() as u32;
        entities::decode_into(s, &mut self.doc.text, false);
        Span {
            start,
            end: self.doc.text.len() as u32,
        }
    }

    fn push_text(&mut self, s: &str) {
        let decode = memchr::memchr(b'&', s.as_bytes()).is_some();
        let start = self.doc.text.len() as u32;
        if decode {
            entities::decode_into(s, &mut self.doc.text, false);
        } else {
            self.doc.text.push_str(s);
        }
        self.attach_text(start);
    }

    fn push_raw_text(&mut self, s: &str) {
        let start = self.doc.text.len() as u32;
        self.doc.text.push_str(s);
        self.attach_text(start);
    }

    /// Attaches text appended to the buffer from `start` on, merging it into
    /// the previous text node when that one ends right where it begins.
    fn attach_text(&mut self, start: u32) {
        let end = self.doc.text.len() as u32;
        if end == start {
            return;
        }
        let parent = self.current();
        let last = self.doc.nodes[parent as usize].last_child;
        if last != NONE {
            let l = &mut self.doc.nodes[last as usize];
            if matches!(l.kind, NodeKind::Text) && l.span.end == start {
                l.span.end = end;
                return;
            }
        }
        self.append(parent, text_node(Span { start, end }));
    }
}

fn text_node(span: Span) -> Node {
    Node {
        kind: NodeKind::Text,
        parent: NONE,
        first_child: NONE,
        last_child: NONE,
        next_sibling: NONE,
        span,
        attrs_start: 0,
        attrs_end: 0,
    }
}

fn is_table_part(t: Tag) -> bool {
    matches!(
        t,
        Tag::Tr | Tag::Td | Tag::Th | Tag::Tbody | Tag::Thead | Tag::Tfoot | Tag::Caption
    )
}

fn is_tag_name_end(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0c | b'/' | b'>')
}

fn lookup_tag(raw: &[u8], buf: &mut [u8; 16]) -> Tag {
    if raw.len() > buf.len() {
        return Tag::Other;
    }
    for (d, s) in buf.iter_mut().zip(raw) {
        *d = s.to_ascii_lowercase();
    }
    Tag::from_lower(&buf[..raw.len()])
}

/// Index after the first `b` at or after `from + 1`, or the end of input.
fn skip_past(bytes: &[u8], from: usize, b: u8) -> usize {
    let start = (from + 1).min(bytes.len());
    match memchr::memchr(b, &bytes[start..]) {
        Some(off) => start + off + 1,
        None => bytes.len(),
    }
}

/// Finds `</name` (any case) followed by a delimiter at or after `start`.
/// Returns (content end, index after the end tag).
fn find_end_tag(bytes: &[u8], start: usize, name: &[u8]) -> (usize, usize) {
    let mut i = start;
    while let Some(off) = memchr::memmem::find(&bytes[i..], b"</") {
        let lt = i + off;
        let n = lt + 2;
        let matches_name = bytes
            .get(n..n + name.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(name));
        if matches_name {
            match bytes.get(n + name.len()) {
                Some(c) if is_tag_name_end(*c) => {
                    return (lt, skip_past(bytes, n + name.len() - 1, b'>'));
                }
                None => return (lt, bytes.len()),
                _ => {}
            }
        }
        i = lt + 2;
    }
    (bytes.len(), bytes.len())
}

#[cfg(test)]
mod tests;
