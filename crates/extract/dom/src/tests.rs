use super::*;

fn tree(doc: &Document) -> String {
    fn walk(doc: &Document, n: NodeId, out: &mut String) {
        match doc.kind(n) {
            NodeKind::Text => out.push_str(&format!("'{}'", doc.text(n).unwrap_or(""))),
            NodeKind::Element(_) => {
                out.push('<');
                out.push_str(doc.name(n));
                out.push('>');
                for c in doc.children(n) {
                    walk(doc, c, out);
                }
                out.push_str("</>");
            }
            NodeKind::Document => {
                for c in doc.children(n) {
                    walk(doc, c, out);
                }
            }
        }
    }
    let mut out = String::new();
    walk(doc, doc.root(), &mut out);
    out
}

fn t(html: &str) -> String {
    tree(&Document::parse(html))
}

#[test]
fn implied_paragraph_and_list_ends() {
    assert_eq!(t("<p>a<p>b<div>c</div>"), "<p>'a'</><p>'b'</><div>'c'</>");
    assert_eq!(t("<ul><li>a<li>b</ul>x"), "<ul><li>'a'</><li>'b'</></>'x'");
    assert_eq!(
        t("<ul><li>a<ul><li>b</ul><li>c</ul>"),
        "<ul><li>'a'<ul><li>'b'</></></><li>'c'</></>"
    );
    assert_eq!(
        t("<dl><dt>a<dd>b<dt>c</dl>"),
        "<dl><dt>'a'</><dd>'b'</><dt>'c'</></>"
    );
    assert_eq!(t("<h2>a<h3>b</h3>"), "<h2>'a'</><h3>'b'</>");
}

#[test]
fn tables_close_cells_and_rows() {
    assert_eq!(
        t("<table><tr><td>a<td>b<tr><td>c</table>d"),
        "<table><tr><td>'a'</><td>'b'</></><tr><td>'c'</></></>'d'"
    );
    // A <p> outside the table is not closed by blocks inside a cell.
    assert_eq!(
        t("<p>x<table><tr><td><div>y</div></td></tr></table>"),
        "<p>'x'</><table><tr><td><div>'y'</></></></>"
    );
}

#[test]
fn stray_and_misnested_end_tags() {
    assert_eq!(t("a</span>b</div>c"), "'abc'");
    assert_eq!(t("<div><span>a</div>b"), "<div><span>'a'</></>'b'");
    // An inline end tag does not close a block opened inside it.
    assert_eq!(t("<b><div>a</b>c</div>"), "<b><div>'ac'</></>");
    assert_eq!(t("x</br>y"), "'x'<br></>'y'");
}

#[test]
fn raw_text_and_comments() {
    let html = "<title>A &amp; B</title><style>p{}</style><script>if(a<b)'</p>'</script>\
                <script type=\"application/ld+json\">{\"a\":1}</script><!-- <p>no</p> -->ok";
    assert_eq!(
        t(html),
        "<title>'A & B'</><style></><script></><script>'{\"a\":1}'</>'ok'"
    );
    assert_eq!(t("<script>never closed <p>x"), "<script></>");
    assert_eq!(t("a<!-->b<!--->c<!---->d"), "'abcd'");
    assert_eq!(t("<!DOCTYPE html><?xml x?>a"), "'a'");
}

#[test]
fn attributes_any_quoting_and_entities() {
    let doc = Document::parse(
        "<a HREF=/x?a=1&amp;b=2 class='c d' data-x=\"q&quot;\" hidden id=one id=two>t</a>",
    );
    let a = doc.find(Tag::A).unwrap();
    assert_eq!(doc.attr(a, "href"), Some("/x?a=1&b=2"));
    assert_eq!(doc.attr(a, "class"), Some("c d"));
    assert_eq!(doc.attr(a, "data-x"), Some("q\""));
    assert_eq!(doc.attr(a, "hidden"), Some(""));
    assert_eq!(doc.attr(a, "id"), Some("one"));
}

#[test]
fn svg_self_closing_and_custom_elements() {
    assert_eq!(
        t("<svg><path d='M0'/><use/></svg><my-el>x</my-el>"),
        "<svg><path></><use></></><my-el>'x'</>"
    );
    assert_eq!(t("<div/>x"), "<div>'x'</>");
}

#[test]
fn truncated_input_never_panics() {
    for html in [
        "<",
        "<a",
        "<a href='x",
        "<!--",
        "<![CDATA[",
        "</",
        "</a",
        "&",
        "&#",
        "&#x",
        "<p>é&",
        "<a b=\"\u{e9}",
        "<title>x",
        "<![CDATA[x]]",
        "<p>a</p",
    ] {
        let _ = Document::parse(html);
    }
    assert_eq!(t("<p>hello <b>wor"), "<p>'hello '<b>'wor'</></>");
}

#[test]
fn deep_nesting_is_flattened_at_the_limit() {
    let html = "<div>".repeat(100_000) + "x";
    let doc = Document::parse_with(&html, &ParseOptions { max_depth: 50 });
    assert!(doc.depth_limited());
    assert_eq!(doc.text_content(doc.root()), "x");
    let depth = doc
        .all()
        .map(|n| doc.ancestors(n).count())
        .max()
        .unwrap_or(0);
    assert!(depth <= 51, "{depth}");
}

#[test]
fn subtree_is_a_contiguous_id_range() {
    let doc = Document::parse("<div><p>a<b>b</b></p><p>c</p></div><p>d</p>");
    let div = doc.find(Tag::Div).unwrap();
    let end = doc.subtree_end(div);
    let ids: Vec<_> = doc.descendants(div).collect();
    assert_eq!(ids.len(), end.index() - div.index());
    assert_eq!(doc.text(NodeId(end.0 + 1)), Some("d"));
}

#[test]
fn html_head_body_duplicates_are_merged() {
    let doc =
        Document::parse("<html lang=de><head><title>T</title></head><body><html lang=en><body>x");
    let html = doc.find(Tag::Html).unwrap();
    assert_eq!(doc.attr(html, "lang"), Some("de"));
    assert_eq!(
        doc.descendants(doc.root())
            .filter(|&n| doc.tag(n) == Some(Tag::Body))
            .count(),
        1
    );
}
