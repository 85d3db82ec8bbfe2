//! Output formats: records → bytes on a writer.
//!
//! [`Printer`] streams: it writes each record as soon as it is next in input
//! order and keeps nothing, so memory does not grow with the input count.
//!
//! * `jsonl` — one JSON object per line, failures included in place.
//! * `json` — one pretty-printed JSON array (opened at the first record,
//!   closed by [`Printer::finish`]).
//! * `text` — `title\n\ntext\n` per article, articles separated by a line
//!   holding a single form feed (`\x0c`).
//! * `markdown` — `# title`, a metadata line (published · authors · site ·
//!   url), a blank line, the text; articles separated by `---`.
//!
//! In `text` and `markdown` failures go to the error writer (stderr) as
//! `newsfacts: SOURCE: ERROR`.

use std::io::{self, Write};

use newsfacts_model::{Article, Record};

use crate::args::OutputFormat;

/// Writes records in one format.
pub struct Printer<W: Write, E: Write> {
    format: OutputFormat,
    out: W,
    err: E,
    /// Articles (or, for JSON, records) written to `out` so far.
    written: usize,
}

impl<W: Write, E: Write> Printer<W, E> {
    /// A printer writing results to `out` and, in the human formats,
    /// failures to `err`.
    pub fn new(format: OutputFormat, out: W, err: E) -> Self {
        Printer {
            format,
            out,
            err,
            written: 0,
        }
    }

    /// Writes one record.
    pub fn write(&mut self, record: &Record) -> io::Result<()> {
        match self.format {
            OutputFormat::Jsonl => {
                serde_json::to_writer(&mut self.out, record)?;
                self.out.write_all(b"\n")?;
            }
            OutputFormat::Json => {
                let open = if self.written == 0 { "[\n" } else { ",\n" };
                self.out.write_all(open.as_bytes())?;
                let pretty = serde_json::to_string_pretty(record)?;
                // JSON strings hold no raw newline, so indenting each line is
                // safe and nests the objects inside the array.
                for (i, line) in pretty.lines().enumerate() {
                    if i > 0 {
                        self.out.write_all(b"\n")?;
                    }
                    self.out.write_all(b"  ")?;
                    self.out.write_all(line.as_bytes())?;
                }
            }
            OutputFormat::Text | OutputFormat::Markdown => match record {
                Record::Failure(f) => {
                    writeln!(self.err, "newsfacts: {}: {}", f.source, f.error)?;
                    return Ok(());
                }
                Record::Article(a) => {
                    if self.format == OutputFormat::Text {
                        self.text(a)?;
                    } else {
                        self.markdown(a)?;
                    }
                }
            },
        }
        self.written += 1;
        Ok(())
    }

    fn text(&mut self, a: &Article) -> io::Result<()> {
        if self.written > 0 {
            self.out.write_all(b"\x0c\n")?;
        }
        let title = a.title.as_deref().unwrap_or_default();
        write!(self.out, "{title}\n\n")?;
        write_body(&mut self.out, &a.text)
    }

    fn markdown(&mut self, a: &Article) -> io::Result<()> {
        if self.written > 0 {
            self.out.write_all(b"\n---\n\n")?;
        }
        let title = a
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .unwrap_or(&a.source);
        writeln!(self.out, "# {}", one_line(title))?;
        let authors = a.authors.join(", ");
        let meta: Vec<&str> = [
            a.published.as_deref(),
            Some(authors.as_str()),
            a.site.as_deref(),
            a.url.as_deref(),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
        if !meta.is_empty() {
            write!(self.out, "\n{}\n", one_line(&meta.join(" · ")))?;
        }
        if !a.text.trim().is_empty() {
            self.out.write_all(b"\n")?;
            write_body(&mut self.out, &a.text)?;
        }
        Ok(())
    }

    /// Ends the output (closes the JSON array) and flushes.
    pub fn finish(&mut self) -> io::Result<()> {
        if self.format == OutputFormat::Json {
            let close = if self.written == 0 { "[]\n" } else { "\n]\n" };
            self.out.write_all(close.as_bytes())?;
        }
        self.out.flush()?;
        self.err.flush()
    }
}

/// Writes `text` followed by exactly one newline.
fn write_body(out: &mut impl Write, text: &str) -> io::Result<()> {
    let text = text.trim_end();
    if text.is_empty() {
        return Ok(());
    }
    out.write_all(text.as_bytes())?;
    out.write_all(b"\n")
}

/// Folds line breaks so that a heading or metadata line stays one line.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(title: &str, text: &str) -> Record {
        let mut a = Article::new("a.html");
        a.title = Some(title.into());
        a.text = text.into();
        a.authors = vec!["Ann Lee".into(), "Bo Kim".into()];
        a.published = Some("2024-03-01".into());
        Record::Article(a)
    }

    fn render(format: OutputFormat, records: &[Record]) -> (String, String) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let mut p = Printer::new(format, &mut out, &mut err);
        for r in records {
            p.write(r).unwrap();
        }
        p.finish().unwrap();
        (
            String::from_utf8(out).unwrap(),
            String::from_utf8(err).unwrap(),
        )
    }

    #[test]
    fn json_array_is_valid() {
        let records = [article("T", "Body"), Record::failure("b.html", "boom")];
        let (out, _) = render(OutputFormat::Json, &records);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v.as_array().unwrap().len(), 2);
        let (empty, _) = render(OutputFormat::Json, &[]);
        assert_eq!(empty, "[]\n");
    }

    #[test]
    fn markdown_and_text() {
        let records = [
            article("One", "First.\n\nSecond."),
            Record::failure("b.html", "boom"),
            article("Two", "Third."),
        ];
        let (md, err) = render(OutputFormat::Markdown, &records);
        assert_eq!(
            md,
            "# One\n\n2024-03-01 · Ann Lee, Bo Kim\n\nFirst.\n\nSecond.\n\n---\n\n\
             # Two\n\n2024-03-01 · Ann Lee, Bo Kim\n\nThird.\n"
        );
        assert_eq!(err, "newsfacts: b.html: boom\n");
        let (text, _) = render(OutputFormat::Text, &records);
        assert_eq!(text, "One\n\nFirst.\n\nSecond.\n\x0c\nTwo\n\nThird.\n");
    }
}
