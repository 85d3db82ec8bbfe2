//! Loading the article-extraction-benchmark data folder.
//!
//! Layout (see the folder's README.md):
//!
//! ```text
//! html/<sha256>.html.gz          gzip-compressed pages
//! ground-truth.json              {"<id>": {"articleBody": "...", "url": "..."}}
//! reference-outputs/<name>.json  {"version": v, "output": {"<id>": {"articleBody": ...}}}
//!                                or a bare {"<id>": {"articleBody": ...}} map
//! ```

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// Which pages to use. The holdout is kept aside during development.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Split {
    /// Pages whose id does not start with `c`, `d`, `e` or `f` (~75 %).
    Dev,
    /// Pages whose id (sha256 hex) starts with `c`, `d`, `e` or `f` (~25 %).
    Holdout,
    /// Every page.
    #[default]
    All,
}

impl Split {
    /// Whether page `id` belongs to this split.
    pub fn contains(self, id: &str) -> bool {
        let holdout = matches!(
            id.as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'c' | b'd' | b'e' | b'f')
        );
        match self {
            Split::Dev => !holdout,
            Split::Holdout => holdout,
            Split::All => true,
        }
    }

    /// The split's name on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Dev => "dev",
            Split::Holdout => "holdout",
            Split::All => "all",
        }
    }
}

impl std::str::FromStr for Split {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "dev" => Ok(Split::Dev),
            "holdout" => Ok(Split::Holdout),
            "all" => Ok(Split::All),
            _ => Err(format!(
                "unknown split {s:?} (expected dev, holdout or all)"
            )),
        }
    }
}

/// One benchmark page with its ground truth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The sha256 key (the HTML file name without `.html.gz`).
    pub id: String,
    /// The original page URL, when given.
    pub url: Option<String>,
    /// The ground-truth article body.
    pub truth: String,
}

/// The benchmark: its folder and the pages of one split, sorted by id.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// The data folder.
    pub root: PathBuf,
    /// The pages of the split, sorted by id.
    pub pages: Vec<Page>,
}

/// The published output of one extractor.
#[derive(Debug, Clone)]
pub struct Reference {
    /// File stem, e.g. `trafilatura`.
    pub name: String,
    /// The `version` field, when the file has one.
    pub version: Option<String>,
    /// Page id → article body. Pages absent from the file are absent here and
    /// count as an empty prediction.
    pub texts: HashMap<String, String>,
}

impl Reference {
    /// The prediction for page `id` (empty when the page is missing).
    pub fn text(&self, id: &str) -> &str {
        self.texts.get(id).map_or("", String::as_str)
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let bytes = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{} is not valid JSON: {e}", path.display()))
}

/// `entry["articleBody"]` as a string; null or missing gives "".
fn article_body(entry: &Value) -> String {
    entry
        .get("articleBody")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

impl Dataset {
    /// Loads `ground-truth.json` and checks that every page of `split` has
    /// its `html/<id>.html.gz`.
    pub fn load(root: &Path, split: Split) -> Result<Dataset, String> {
        if !root.is_dir() {
            return Err(format!(
                "benchmark folder {} not found (expected the article-extraction-benchmark data)",
                root.display()
            ));
        }
        let gt_path = root.join("ground-truth.json");
        if !gt_path.is_file() {
            return Err(format!("{} is missing", gt_path.display()));
        }
        let html_dir = root.join("html");
        if !html_dir.is_dir() {
            return Err(format!("{} is missing", html_dir.display()));
        }
        let gt = read_json(&gt_path)?;
        let map = gt
            .as_object()
            .ok_or_else(|| format!("{}: expected a JSON object", gt_path.display()))?;
        let mut pages = Vec::new();
        for (id, entry) in map {
            if !split.contains(id) {
                continue;
            }
            if !entry.is_object() {
                return Err(format!(
                    "{}: entry {id} is not an object",
                    gt_path.display()
                ));
            }
            pages.push(Page {
                id: id.clone(),
                url: entry.get("url").and_then(Value::as_str).map(str::to_owned),
                truth: article_body(entry),
            });
        }
        pages.sort_by(|a, b| a.id.cmp(&b.id));
        let ds = Dataset {
            root: root.to_path_buf(),
            pages,
        };
        let missing: Vec<&str> = ds
            .pages
            .iter()
            .filter(|p| !ds.html_path(&p.id).is_file())
            .map(|p| p.id.as_str())
            .collect();
        if let Some(first) = missing.first() {
            return Err(format!(
                "{} page(s) of ground-truth.json have no HTML file, e.g. {}",
                missing.len(),
                ds.html_path(first).display()
            ));
        }
        Ok(ds)
    }

    /// Path of the gzip-compressed page `id`.
    pub fn html_path(&self, id: &str) -> PathBuf {
        self.root.join("html").join(format!("{id}.html.gz"))
    }

    /// The decompressed HTML of page `id`.
    pub fn read_html(&self, id: &str) -> Result<Vec<u8>, String> {
        let path = self.html_path(id);
        let file =
            fs::File::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(std::io::BufReader::new(file))
            .read_to_end(&mut out)
            .map_err(|e| format!("{}: gzip: {e}", path.display()))?;
        Ok(out)
    }

    /// Loads every `reference-outputs/*.json`, sorted by name. A missing
    /// folder gives an empty list.
    pub fn references(&self) -> Result<Vec<Reference>, String> {
        let dir = self.root.join("reference-outputs");
        if !dir.is_dir() {
            return Ok(Vec::new());
        }
        let entries =
            fs::read_dir(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
        let mut refs = Vec::new();
        for entry in entries {
            let path = entry
                .map_err(|e| format!("cannot list {}: {e}", dir.display()))?
                .path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let name = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_owned();
            refs.push(
                parse_reference(name, &read_json(&path)?)
                    .map_err(|e| format!("{}: {e}", path.display()))?,
            );
        }
        refs.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(refs)
    }
}

/// Parses a reference output in either layout.
pub fn parse_reference(name: String, json: &Value) -> Result<Reference, String> {
    let obj = json.as_object().ok_or("expected a JSON object")?;
    let (version, output) = match obj.get("output") {
        Some(Value::Object(output)) => {
            let version = match obj.get("version") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(other) => Some(other.to_string()),
            };
            (version, output)
        }
        _ => (None, obj),
    };
    let texts = output
        .iter()
        .map(|(id, entry)| (id.clone(), article_body(entry)))
        .collect();
    Ok(Reference {
        name,
        version,
        texts,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_by_first_hex_digit() {
        assert!(Split::Holdout.contains("c0ffee"));
        assert!(Split::Holdout.contains("F00"));
        assert!(Split::Dev.contains("b00"));
        assert!(Split::Dev.contains("900"));
        assert!(!Split::Dev.contains("e00"));
        assert!(Split::All.contains("e00") && Split::All.contains("000"));
        assert_eq!("holdout".parse::<Split>(), Ok(Split::Holdout));
        assert!("test".parse::<Split>().is_err());
    }

    #[test]
    fn both_reference_layouts_parse() {
        let wrapped: Value = serde_json::from_str(
            r#"{"version": "2.0", "output": {"aa": {"articleBody": "x y"}, "bb": {"articleBody": null}}}"#,
        )
        .unwrap();
        let r = parse_reference("w".into(), &wrapped).unwrap();
        assert_eq!(r.version.as_deref(), Some("2.0"));
        assert_eq!(r.text("aa"), "x y");
        assert_eq!(r.text("bb"), "");
        assert_eq!(r.text("missing"), "");

        let bare: Value = serde_json::from_str(r#"{"aa": {"articleBody": "z"}}"#).unwrap();
        let r = parse_reference("b".into(), &bare).unwrap();
        assert_eq!(r.version, None);
        assert_eq!(r.text("aa"), "z");
    }

    #[test]
    fn missing_folder_is_a_clear_error() {
        let err = Dataset::load(Path::new("/nonexistent/aeb"), Split::All).unwrap_err();
        assert!(err.contains("not found"), "{err}");
    }
}
