//! Byte-stream plumbing: a position-tracking `BufRead` wrapper with bounded
//! line reads, a counting reader for progress, and gzip sniffing.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::bufread::MultiGzDecoder;

/// Buffer size for file and decoder reads.
pub(crate) const BUF_SIZE: usize = 256 * 1024;

/// The two bytes every gzip member starts with.
pub(crate) const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// A `BufRead` that knows how many bytes it has handed out.
pub(crate) struct Tracked<R> {
    inner: R,
    /// Bytes consumed so far (offset of the next byte in the stream).
    pub(crate) pos: u64,
}

impl<R: BufRead> Tracked<R> {
    pub(crate) fn new(inner: R) -> Self {
        Tracked { inner, pos: 0 }
    }

    fn fill(&mut self) -> io::Result<&[u8]> {
        loop {
            match self.inner.fill_buf() {
                Ok(_) => break,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.inner.consume(n);
        self.pos += n as u64;
    }

    /// Reads one line (through `\n`) but never more than `limit` bytes of the
    /// stream, keeping at most `cap` bytes of it in `buf` (the rest is
    /// consumed and dropped). Returns the number of bytes consumed: 0 at the
    /// end of the stream (or when `limit` is 0).
    pub(crate) fn read_line(
        &mut self,
        buf: &mut Vec<u8>,
        cap: usize,
        limit: u64,
    ) -> io::Result<u64> {
        buf.clear();
        let mut total = 0u64;
        while total < limit {
            let avail = self.fill()?;
            if avail.is_empty() {
                break;
            }
            let window = usize::try_from(limit - total).map_or(avail.len(), |l| l.min(avail.len()));
            let window = &avail[..window];
            let (n, done) = match memchr::memchr(b'\n', window) {
                Some(i) => (i + 1, true),
                None => (window.len(), false),
            };
            let room = cap.saturating_sub(buf.len());
            buf.extend_from_slice(&window[..n.min(room)]);
            self.consume(n);
            total += n as u64;
            if done {
                break;
            }
        }
        Ok(total)
    }

    /// Appends up to `n` bytes to `out`; fewer only at the end of the stream.
    /// Returns how many were appended.
    pub(crate) fn read_up_to(&mut self, n: u64, out: &mut Vec<u8>) -> io::Result<u64> {
        let mut left = n;
        while left > 0 {
            let avail = self.fill()?;
            if avail.is_empty() {
                break;
            }
            let take = usize::try_from(left).map_or(avail.len(), |l| l.min(avail.len()));
            out.extend_from_slice(&avail[..take]);
            self.consume(take);
            left -= take as u64;
        }
        Ok(n - left)
    }

    /// Skips up to `n` bytes without keeping them; fewer only at the end of
    /// the stream. Returns how many were skipped.
    pub(crate) fn skip(&mut self, n: u64) -> io::Result<u64> {
        let mut left = n;
        while left > 0 {
            let avail = self.fill()?;
            if avail.is_empty() {
                break;
            }
            let take = usize::try_from(left).map_or(avail.len(), |l| l.min(avail.len()));
            self.consume(take);
            left -= take as u64;
        }
        Ok(n - left)
    }

    /// The next bytes without consuming them (may be fewer than asked).
    pub(crate) fn peek(&mut self) -> io::Result<&[u8]> {
        self.fill()
    }
}

/// Counts the bytes read from the underlying reader into a shared counter
/// (progress) and a per-file counter.
pub(crate) struct Counting<R> {
    inner: R,
    global: Arc<AtomicU64>,
    local: Arc<AtomicU64>,
}

impl<R> Counting<R> {
    pub(crate) fn new(inner: R, global: Arc<AtomicU64>, local: Arc<AtomicU64>) -> Self {
        Counting {
            inner,
            global,
            local,
        }
    }
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.global.fetch_add(n as u64, Ordering::Relaxed);
        self.local.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// A byte stream as handed to the readers.
pub(crate) type DynRead = Box<dyn BufRead + Send>;

/// Wraps `r` in a multi-member gzip decoder when its first bytes are the
/// gzip magic number. Returns the stream and whether it is compressed.
pub(crate) fn maybe_gunzip<R: Read + Send + 'static>(r: R) -> io::Result<(DynRead, bool)> {
    let mut raw = BufReader::with_capacity(BUF_SIZE, r);
    let head = loop {
        match raw.fill_buf() {
            Ok(h) => break h,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    };
    if head.starts_with(&GZIP_MAGIC) {
        let dec = MultiGzDecoder::new(raw);
        Ok((Box::new(BufReader::with_capacity(BUF_SIZE, dec)), true))
    } else {
        Ok((Box::new(raw), false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_lines() {
        let mut t = Tracked::new(&b"abc\r\ndefgh\nij"[..]);
        let mut buf = Vec::new();
        assert_eq!(t.read_line(&mut buf, 100, u64::MAX).unwrap(), 5);
        assert_eq!(buf, b"abc\r\n");
        assert_eq!(t.read_line(&mut buf, 2, u64::MAX).unwrap(), 6);
        assert_eq!(buf, b"de");
        assert_eq!(t.read_line(&mut buf, 100, 1).unwrap(), 1);
        assert_eq!(buf, b"i");
        assert_eq!(t.pos, 12);
        assert_eq!(t.read_line(&mut buf, 100, u64::MAX).unwrap(), 1);
        assert_eq!(t.read_line(&mut buf, 100, u64::MAX).unwrap(), 0);
    }

    #[test]
    fn skip_and_read() {
        let mut t = Tracked::new(&b"0123456789"[..]);
        assert_eq!(t.skip(3).unwrap(), 3);
        let mut out = Vec::new();
        assert_eq!(t.read_up_to(4, &mut out).unwrap(), 4);
        assert_eq!(out, b"3456");
        assert_eq!(t.skip(10).unwrap(), 3);
        assert_eq!(t.pos, 10);
    }
}
