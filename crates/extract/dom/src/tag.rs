//! Interned tag names and the element categories the tree builder needs.

macro_rules! tags {
    ($($variant:ident => $name:literal,)*) => {
        /// A known HTML tag, or [`Tag::Other`] for anything else (custom
        /// elements, SVG internals, typos); the name of an `Other` element is
        /// kept by the document.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Tag {
            $(#[doc = concat!("`<", $name, ">`")] $variant,)*
            /// Any tag not listed above.
            Other,
        }

        impl Tag {
            /// Looks a lower-case tag name up.
            pub fn from_lower(name: &[u8]) -> Tag {
                match std::str::from_utf8(name) {
                    $(Ok($name) => Tag::$variant,)*
                    _ => Tag::Other,
                }
            }

            /// The lower-case name of a known tag (`""` for `Other`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Tag::$variant => $name,)*
                    Tag::Other => "",
                }
            }
        }
    };
}

tags! {
    A => "a", Abbr => "abbr", Address => "address", Area => "area", Article => "article",
    Aside => "aside", Audio => "audio", B => "b", Base => "base", Bdi => "bdi", Bdo => "bdo",
    Blockquote => "blockquote", Body => "body", Br => "br", Button => "button",
    Canvas => "canvas", Caption => "caption", Center => "center", Cite => "cite", Code => "code",
    Col => "col", Colgroup => "colgroup", Data => "data", Dd => "dd", Del => "del",
    Details => "details", Dfn => "dfn", Dialog => "dialog", Div => "div", Dl => "dl", Dt => "dt",
    Em => "em", Embed => "embed", Fieldset => "fieldset", Figcaption => "figcaption",
    Figure => "figure", Font => "font", Footer => "footer", Form => "form", Frame => "frame",
    Frameset => "frameset", H1 => "h1", H2 => "h2", H3 => "h3", H4 => "h4", H5 => "h5", H6 => "h6",
    Head => "head", Header => "header", Hgroup => "hgroup", Hr => "hr", Html => "html", I => "i",
    Iframe => "iframe", Img => "img", Input => "input", Ins => "ins", Kbd => "kbd",
    Label => "label", Legend => "legend", Li => "li", Link => "link", Main => "main", Map => "map",
    Mark => "mark", Math => "math", Menu => "menu", Meta => "meta", Meter => "meter", Nav => "nav",
    Noembed => "noembed", Noframes => "noframes", Noscript => "noscript", Object => "object",
    Ol => "ol", Optgroup => "optgroup", Option => "option", Output => "output", P => "p",
    Param => "param", Picture => "picture", Plaintext => "plaintext", Pre => "pre",
    Progress => "progress", Q => "q", Rp => "rp", Rt => "rt", Ruby => "ruby", S => "s",
    Samp => "samp", Script => "script", Search => "search", Section => "section", Select => "select",
    Small => "small", Source => "source", Span => "span", Strike => "strike", Strong => "strong",
    Style => "style", Sub => "sub", Summary => "summary", Sup => "sup", Svg => "svg",
    Table => "table", Tbody => "tbody", Td => "td", Template => "template", Textarea => "textarea",
    Tfoot => "tfoot", Th => "th", Thead => "thead", Time => "time", Title => "title", Tr => "tr",
    Track => "track", Tt => "tt", U => "u", Ul => "ul", Var => "var", Video => "video", Wbr => "wbr",
    Xmp => "xmp",
}

impl Tag {
    /// Elements that never have children (`<br>`, `<img>` …).
    pub fn is_void(self) -> bool {
        matches!(
            self,
            Tag::Area
                | Tag::Base
                | Tag::Br
                | Tag::Col
                | Tag::Embed
                | Tag::Hr
                | Tag::Img
                | Tag::Input
                | Tag::Link
                | Tag::Meta
                | Tag::Param
                | Tag::Source
                | Tag::Track
                | Tag::Wbr
                | Tag::Frame
        )
    }

    /// Elements whose content is raw text up to the matching end tag.
    pub fn is_raw_text(self) -> bool {
        matches!(
            self,
            Tag::Script
                | Tag::Style
                | Tag::Xmp
                | Tag::Iframe
                | Tag::Noembed
                | Tag::Noframes
                | Tag::Noscript
                | Tag::Template
                | Tag::Textarea
                | Tag::Title
                | Tag::Plaintext
        )
    }

    /// Raw-text elements whose content has character references decoded.
    pub fn is_rcdata(self) -> bool {
        matches!(self, Tag::Textarea | Tag::Title)
    }

    /// Starting one of these closes an open `<p>` (HTML's "close a p
    /// element" rule).
    pub fn closes_p(self) -> bool {
        matches!(
            self,
            Tag::Address
                | Tag::Article
                | Tag::Aside
                | Tag::Blockquote
                | Tag::Center
                | Tag::Details
                | Tag::Dialog
                | Tag::Div
                | Tag::Dl
                | Tag::Fieldset
                | Tag::Figcaption
                | Tag::Figure
                | Tag::Footer
                | Tag::Form
                | Tag::H1
                | Tag::H2
                | Tag::H3
                | Tag::H4
                | Tag::H5
                | Tag::H6
                | Tag::Header
                | Tag::Hgroup
                | Tag::Hr
                | Tag::Main
                | Tag::Menu
                | Tag::Nav
                | Tag::Ol
                | Tag::P
                | Tag::Pre
                | Tag::Search
                | Tag::Section
                | Tag::Summary
                | Tag::Table
                | Tag::Ul
                | Tag::Li
                | Tag::Dd
                | Tag::Dt
                | Tag::Plaintext
                | Tag::Xmp
        )
    }

    /// Elements that bound the search for an element to close implicitly:
    /// an open `<p>` outside a table cell is not closed by a `<div>` inside it.
    pub fn is_scope_boundary(self) -> bool {
        matches!(
            self,
            Tag::Html
                | Tag::Table
                | Tag::Td
                | Tag::Th
                | Tag::Caption
                | Tag::Button
                | Tag::Object
                | Tag::Template
                | Tag::Svg
                | Tag::Math
        )
    }

    /// Headings `<h1>` … `<h6>`.
    pub fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// Block-level elements: text on either side of them is a separate
    /// paragraph when the tree is flattened.
    pub fn is_block(self) -> bool {
        self.closes_p()
            || matches!(
                self,
                Tag::Body
                    | Tag::Html
                    | Tag::Br
                    | Tag::Tr
                    | Tag::Td
                    | Tag::Th
                    | Tag::Caption
                    | Tag::Tbody
                    | Tag::Thead
                    | Tag::Tfoot
                    | Tag::Legend
                    | Tag::Option
                    | Tag::Video
                    | Tag::Audio
                    | Tag::Canvas
                    | Tag::Picture
                    | Tag::Img
                    | Tag::Iframe
                    | Tag::Object
                    | Tag::Embed
                    | Tag::Select
                    | Tag::Textarea
                    | Tag::Button
                    | Tag::Input
            )
    }
}

#[cfg(test)]
mod tests {
    use super::Tag;

    #[test]
    fn lookup_round_trips() {
        for name in ["p", "div", "blockquote", "h3", "xmp", "wbr"] {
            let t = Tag::from_lower(name.as_bytes());
            assert_ne!(t, Tag::Other, "{name}");
            assert_eq!(t.as_str(), name);
        }
        assert_eq!(Tag::from_lower(b"my-widget"), Tag::Other);
    }
}
