//! When a message may go: quiet hours and the daily cap in Hanoi time, and
//! the wait before a retry. Pure functions of "now".

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use hocnghe_domain::time::HANOI;
use rand::Rng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub from: NaiveTime,
    pub until: NaiveTime,
}

impl QuietHours {
    /// When `now` falls in the quiet hours, the moment they end.
    pub fn end_if_quiet(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        if self.from == self.until {
            return None;
        }
        let local = now.with_timezone(&HANOI);
        let (t, today) = (local.time(), local.date_naive());
        let end_day = if self.from > self.until {
            // Over midnight: 21:00–07:00.
            if t >= self.from {
                today.succ_opt()?
            } else if t < self.until {
                today
            } else {
                return None;
            }
        } else if t >= self.from && t < self.until {
            today
        } else {
            return None;
        };
        Some(hanoi_at(end_day, self.until))
    }
}

fn hanoi_at(day: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    (day.and_time(time) - Duration::seconds(i64::from(HANOI.local_minus_utc()))).and_utc()
}

/// Midnight starting `now`'s day in Hanoi.
pub fn hanoi_day_start(now: DateTime<Utc>) -> DateTime<Utc> {
    hanoi_at(now.with_timezone(&HANOI).date_naive(), NaiveTime::MIN)
}

/// The next midnight in Hanoi.
pub fn next_hanoi_midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    hanoi_day_start(now) + Duration::days(1)
}

/// Wait before trying again after `attempts` failed attempts: `base`
/// doubled per attempt, at most `max`, then a random 50–100 % of it so
/// messages that failed together do not retry together.
pub fn backoff(attempts: i32, base: Duration, max: Duration) -> Duration {
    let exponent = attempts.saturating_sub(1).clamp(0, 20) as u32;
    let full = base
        .checked_mul(2_i32.pow(exponent))
        .unwrap_or(max)
        .min(max);
    let millis = full.num_milliseconds().max(0);
    if millis < 2 {
        return Duration::milliseconds(millis);
    }
    Duration::milliseconds(rand::rng().random_range(millis / 2..=millis))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hanoi(day: u32, h: u32, m: u32) -> DateTime<Utc> {
        hanoi_at(
            NaiveDate::from_ymd_opt(2027, 3, day).unwrap(),
            NaiveTime::from_hms_opt(h, m, 0).unwrap(),
        )
    }

    fn quiet(from: u32, until: u32) -> QuietHours {
        QuietHours {
            from: NaiveTime::from_hms_opt(from, 0, 0).unwrap(),
            until: NaiveTime::from_hms_opt(until, 0, 0).unwrap(),
        }
    }

    #[test]
    fn quiet_hours_over_midnight_end_the_next_morning() {
        let q = quiet(21, 7);
        assert_eq!(q.end_if_quiet(hanoi(2, 22, 30)), Some(hanoi(3, 7, 0)));
        assert_eq!(q.end_if_quiet(hanoi(3, 6, 59)), Some(hanoi(3, 7, 0)));
        assert_eq!(q.end_if_quiet(hanoi(3, 21, 0)), Some(hanoi(4, 7, 0)));
        assert_eq!(q.end_if_quiet(hanoi(3, 7, 0)), None);
        assert_eq!(q.end_if_quiet(hanoi(3, 20, 59)), None);
    }

    #[test]
    fn quiet_hours_within_a_day_and_none() {
        let q = quiet(12, 14);
        assert_eq!(q.end_if_quiet(hanoi(2, 13, 0)), Some(hanoi(2, 14, 0)));
        assert_eq!(q.end_if_quiet(hanoi(2, 14, 0)), None);
        assert_eq!(quiet(0, 0).end_if_quiet(hanoi(2, 3, 0)), None);
    }

    #[test]
    fn hanoi_days_start_at_midnight_utc_plus_seven() {
        assert_eq!(hanoi_day_start(hanoi(2, 0, 30)), hanoi(2, 0, 0));
        assert_eq!(next_hanoi_midnight(hanoi(2, 23, 59)), hanoi(3, 0, 0));
        // 17:00 UTC is already the next day in Hanoi.
        assert_eq!(hanoi(3, 0, 0).format("%H").to_string(), "17");
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_with_jitter_below_it() {
        let (base, max) = (Duration::seconds(30), Duration::seconds(300));
        for (attempts, full) in [(1, 30), (2, 60), (3, 120), (4, 240), (5, 300), (60, 300)] {
            let wait = backoff(attempts, base, max);
            assert!(
                wait >= Duration::seconds(full) / 2 && wait <= Duration::seconds(full),
                "{attempts}: {wait}"
            );
        }
        assert_eq!(backoff(3, Duration::zero(), max), Duration::zero());
    }
}
