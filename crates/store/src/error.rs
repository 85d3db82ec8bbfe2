//! [`StoreError`]: every way the store can fail, with messages a user can act on.

use std::fmt;

use rusqlite::ErrorCode;

/// An error from the store.
#[derive(Debug)]
#[non_exhaustive]
pub enum StoreError {
    /// The disk (or the file system's quota) is full. The transaction in
    /// progress was rolled back; the store holds every batch committed before.
    DiskFull,
    /// The store file, its folder or the disk is read-only, or the store was
    /// opened with [`Store::open_read_only`](crate::Store::open_read_only).
    ReadOnly(String),
    /// The store was written by a newer newsfacts whose format this build does not know.
    NewerFormat {
        /// The store's `user_version`.
        found: i64,
        /// The newest format this build reads.
        supported: i64,
    },
    /// A store in an older format opened read-only: it must be migrated by
    /// opening it once read-write.
    NeedsMigration {
        /// The store's `user_version`.
        found: i64,
        /// The format this build writes.
        supported: i64,
    },
    /// The file is not a newsfacts store (another SQLite database, or not SQLite at all).
    NotAStore(String),
    /// Another process holds the store's write lock for too long.
    Busy,
    /// The search query is malformed (an unbalanced quote, a dangling operator …).
    BadQuery(String),
    /// A stored value could not be read back (a damaged or hand-edited store).
    Corrupt(String),
    /// Any other SQLite error.
    Sqlite(rusqlite::Error),
    /// An I/O error while exporting.
    Io(std::io::Error),
    /// A JSON error while exporting or reading a stored JSON column.
    Json(serde_json::Error),
    /// A Parquet error while exporting.
    #[cfg(feature = "parquet")]
    Parquet(parquet::errors::ParquetError),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::DiskFull => write!(
                f,
                "the disk is full: the batch in progress was rolled back and the store is \
                 consistent; free some space and run again to continue"
            ),
            StoreError::ReadOnly(detail) => write!(
                f,
                "the store is read-only ({detail}): nothing was written; check the file's and \
                 its folder's permissions, or the mount"
            ),
            StoreError::NewerFormat { found, supported } => write!(
                f,
                "the store has format version {found}, newer than the {supported} this newsfacts \
                 knows: upgrade newsfacts to read it"
            ),
            StoreError::NeedsMigration { found, supported } => write!(
                f,
                "the store has format version {found}, older than {supported}: open it once \
                 read-write to migrate it"
            ),
            StoreError::NotAStore(detail) => write!(f, "not a newsfacts store: {detail}"),
            StoreError::Busy => write!(
                f,
                "the store is locked by another process: wait for it to finish"
            ),
            StoreError::BadQuery(msg) => write!(f, "bad search query: {msg}"),
            StoreError::Corrupt(msg) => write!(f, "the store holds an unreadable value: {msg}"),
            StoreError::Sqlite(e) => write!(f, "store: {e}"),
            StoreError::Io(e) => write!(f, "store export: {e}"),
            StoreError::Json(e) => write!(f, "store JSON: {e}"),
            #[cfg(feature = "parquet")]
            StoreError::Parquet(e) => write!(f, "Parquet export: {e}"),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sqlite(e) => Some(e),
            StoreError::Io(e) => Some(e),
            StoreError::Json(e) => Some(e),
            #[cfg(feature = "parquet")]
            StoreError::Parquet(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(code, msg) = &e {
            let detail = msg.clone().unwrap_or_else(|| code.to_string());
            match code.code {
                ErrorCode::DiskFull => return StoreError::DiskFull,
                ErrorCode::ReadOnly => return StoreError::ReadOnly(detail),
                ErrorCode::NotADatabase => return StoreError::NotAStore(detail),
                ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => return StoreError::Busy,
                ErrorCode::DatabaseCorrupt => return StoreError::Corrupt(detail),
                _ => {}
            }
        }
        StoreError::Sqlite(e)
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::StorageFull {
            return StoreError::DiskFull;
        }
        StoreError::Io(e)
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Json(e)
    }
}

#[cfg(feature = "parquet")]
impl From<parquet::errors::ParquetError> for StoreError {
    fn from(e: parquet::errors::ParquetError) -> Self {
        StoreError::Parquet(e)
    }
}

/// The store's result type.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
