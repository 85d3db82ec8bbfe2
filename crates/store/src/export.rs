//! Export: JSONL always, Parquet behind the `parquet` feature.

use std::io::Write;

use crate::{Result, Store};

impl Store {
    /// Writes every article as one line of JSON, exactly the model's serde
    /// form (`newsfacts_model::Article`), in store order. Returns the count.
    pub fn export_jsonl(&self, mut out: impl Write) -> Result<u64> {
        let mut n = 0u64;
        self.for_each_article(|_, article| {
            serde_json::to_writer(&mut out, &article)?;
            out.write_all(b"\n")?;
            n += 1;
            Ok(())
        })?;
        out.flush()?;
        Ok(n)
    }
}

#[cfg(feature = "parquet")]
mod parquet_export {
    use std::fs::File;
    use std::path::Path;
    use std::sync::Arc;

    use newsfacts_model::Article;
    use parquet::basic::Compression;
    use parquet::data_type::{ByteArray, ByteArrayType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;
    use parquet::schema::parser::parse_message_type;

    use crate::{Result, Store, StoreError};

    /// Rows per row group.
    const ROW_GROUP: usize = 10_000;

    /// The Parquet schema: one row per article. Scalars are columns; the
    /// nested lists (`authors`, `related`, `statements`, `quantities`,
    /// `dates`, `entities`) are JSON strings in the model's serde form.
    pub const PARQUET_SCHEMA: &str = "
        message article {
            required int64 id;
            required binary source (STRING);
            optional binary url (STRING);
            optional binary site (STRING);
            optional binary title (STRING);
            optional binary published (STRING);
            optional binary updated (STRING);
            optional binary fetched (STRING);
            optional binary language (STRING);
            optional binary description (STRING);
            required binary kind (STRING);
            required binary text (STRING);
            required binary authors (JSON);
            required binary related (JSON);
            required binary statements (JSON);
            required binary quantities (JSON);
            required binary dates (JSON);
            required binary entities (JSON);
            optional int64 duplicate_of;
        }";

    struct Row {
        id: i64,
        article: Article,
        duplicate_of: Option<i64>,
    }

    impl Store {
        /// Writes every article to a Parquet file at `path` (snappy
        /// compressed), one row per article; see [`PARQUET_SCHEMA`]. Returns
        /// the count.
        pub fn export_parquet(&self, path: impl AsRef<Path>) -> Result<u64> {
            let schema = Arc::new(parse_message_type(PARQUET_SCHEMA)?);
            let props = Arc::new(
                WriterProperties::builder()
                    .set_compression(Compression::SNAPPY)
                    .build(),
            );
            let file = File::create(path.as_ref())?;
            let mut writer = SerializedFileWriter::new(file, schema, props)?;
            let mut rows: Vec<Row> = Vec::with_capacity(ROW_GROUP);
            let mut n = 0u64;
            self.for_each_article(|id, article| {
                let duplicate_of = self.duplicate_of(id)?;
                rows.push(Row {
                    id,
                    article,
                    duplicate_of,
                });
                if rows.len() >= ROW_GROUP {
                    n += write_group(&mut writer, &rows)?;
                    rows.clear();
                }
                Ok(())
            })?;
            if !rows.is_empty() {
                n += write_group(&mut writer, &rows)?;
            }
            writer.close()?;
            Ok(n)
        }
    }

    fn bytes(s: &str) -> ByteArray {
        ByteArray::from(s.as_bytes().to_vec())
    }

    fn json<T: serde::Serialize>(v: &T) -> Result<ByteArray> {
        Ok(ByteArray::from(serde_json::to_vec(v)?))
    }

    type Column = Box<dyn Fn(&Row) -> Result<Option<ByteArray>>>;

    fn write_group(writer: &mut SerializedFileWriter<File>, rows: &[Row]) -> Result<u64> {
        let opt = |f: fn(&Article) -> &Option<String>| -> Column {
            Box::new(move |r: &Row| Ok(f(&r.article).as_deref().map(bytes)))
        };
        let req = |f: fn(&Article) -> Result<ByteArray>| -> Column {
            Box::new(move |r: &Row| f(&r.article).map(Some))
        };
        // In schema order, after `id`; `duplicate_of` is written last.
        let columns: Vec<(Column, bool)> = vec![
            (req(|a| Ok(bytes(&a.source))), true),
            (opt(|a| &a.url), false),
            (opt(|a| &a.site), false),
            (opt(|a| &a.title), false),
            (opt(|a| &a.published), false),
            (opt(|a| &a.updated), false),
            (opt(|a| &a.fetched), false),
            (opt(|a| &a.language), false),
            (opt(|a| &a.description), false),
            (req(|a| Ok(bytes(a.kind.as_str()))), true),
            (req(|a| Ok(bytes(&a.text))), true),
            (req(|a| json(&a.authors)), true),
            (req(|a| json(&a.related)), true),
            (req(|a| json(&a.statements)), true),
            (req(|a| json(&a.quantities)), true),
            (req(|a| json(&a.dates)), true),
            (req(|a| json(&a.entities)), true),
        ];
        let mut group = writer.next_row_group()?;
        let mut col = group
            .next_column()?
            .ok_or_else(|| StoreError::Corrupt("Parquet schema has no id column".into()))?;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        col.typed::<Int64Type>().write_batch(&ids, None, None)?;
        col.close()?;
        for (extract, required) in &columns {
            let mut values = Vec::with_capacity(rows.len());
            let mut levels = Vec::with_capacity(rows.len());
            for r in rows {
                match extract(r)? {
                    Some(v) => {
                        values.push(v);
                        levels.push(1i16);
                    }
                    None => levels.push(0),
                }
            }
            let mut col = group
                .next_column()?
                .ok_or_else(|| StoreError::Corrupt("Parquet schema too short".into()))?;
            let def = if *required {
                None
            } else {
                Some(levels.as_slice())
            };
            col.typed::<ByteArrayType>()
                .write_batch(&values, def, None)?;
            col.close()?;
        }
        let mut col = group
            .next_column()?
            .ok_or_else(|| StoreError::Corrupt("Parquet schema too short".into()))?;
        let dups: Vec<i64> = rows.iter().filter_map(|r| r.duplicate_of).collect();
        let levels: Vec<i16> = rows
            .iter()
            .map(|r| i16::from(r.duplicate_of.is_some()))
            .collect();
        col.typed::<Int64Type>()
            .write_batch(&dups, Some(&levels), None)?;
        col.close()?;
        group.close()?;
        Ok(rows.len() as u64)
    }
}

#[cfg(feature = "parquet")]
pub use parquet_export::PARQUET_SCHEMA;
