//! Dates (minimal version until the date module lands).

/// A date as precise as the source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    pub second: Option<u8>,
    pub offset_minutes: Option<i32>,
}

/// Finds an ISO date (yyyy-mm-dd) in a line.
pub fn find(s: &str) -> Option<(DateTime, std::ops::Range<usize>)> {
    let b = s.as_bytes();
    for i in 0..b.len().saturating_sub(9) {
        let w = &b[i..i + 10];
        if w[..4].iter().all(u8::is_ascii_digit) && w[4] == b'-' && w[7] == b'-' {
            let year = s.get(i..i + 4)?.parse().ok()?;
            let month = s.get(i + 5..i + 7)?.parse().ok();
            let day = s.get(i + 8..i + 10)?.parse().ok();
            return Some((
                DateTime {
                    year,
                    month,
                    day,
                    hour: None,
                    minute: None,
                    second: None,
                    offset_minutes: None,
                },
                i..i + 10,
            ));
        }
    }
    None
}
