//! Hanoi time: Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving).

use chrono::{FixedOffset, NaiveDate, Utc};

/// UTC+7; checked when compiling.
pub const HANOI: FixedOffset = match FixedOffset::east_opt(7 * 3600) {
    Some(offset) => offset,
    None => panic!("UTC+7 is a valid offset"),
};

/// Today's date in Hanoi.
pub fn hanoi_today() -> NaiveDate {
    Utc::now().with_timezone(&HANOI).date_naive()
}
