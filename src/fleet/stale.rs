//! When staff should be told the schedule may be out of date: the version in use is past
//! its `valid_until`, or no check has reached the server for a day.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};

use crate::schedule::Schedule;

pub const STALE_AFTER: TimeDelta = TimeDelta::hours(24);
/// How far ahead of `now` a check may be dated and still count (see [`staleness`]).
const FUTURE_MARGIN: TimeDelta = TimeDelta::minutes(5);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// The schedule in use says it may be relied on until this day, which is past.
    Expired(NaiveDate),
    /// No successful check since then (`None`: never).
    NotVerifiedSince(Option<DateTime<Utc>>),
}

/// Whether the schedule in use may be stale. `verified_at` is the last successful check;
/// with none yet, the day is counted from `running_since`, when this program started.
pub fn staleness(
    schedule: &Schedule,
    verified_at: Option<DateTime<Utc>>,
    running_since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Option<Stale> {
    let today = now.with_timezone(&schedule.time_zone).date_naive();
    if let Some(until) = schedule.valid_until.filter(|until| *until < today) {
        return Some(Stale::Expired(until));
    }
    // A check dated in the future (the clock was set back) proves nothing about now. A
    // window's `now` is its last minute tick, so a check made since is up to a minute
    // ahead of it: only a check clearly in the future counts.
    if verified_at.is_some_and(|at| at > now + FUTURE_MARGIN) {
        return Some(Stale::NotVerifiedSince(verified_at));
    }
    let since = verified_at.unwrap_or(running_since);
    (now - since > STALE_AFTER).then_some(Stale::NotVerifiedSince(verified_at))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        text.parse().unwrap()
    }

    fn schedule(valid_until: Option<&str>) -> Schedule {
        let mut schedule = crate::schedule::check_str(crate::schedule::BUNDLED)
            .schedule
            .unwrap();
        schedule.valid_until = valid_until.map(|d| d.parse().unwrap());
        schedule
    }

    #[test]
    fn a_day_without_a_good_check_is_stale() {
        let start = at("2026-11-27T06:00:00Z");
        let verified = Some(at("2026-11-27T08:00:00Z"));
        let plain = schedule(None);
        assert_eq!(
            staleness(&plain, verified, start, at("2026-11-28T08:00:00Z")),
            None
        );
        assert_eq!(
            staleness(&plain, verified, start, at("2026-11-28T08:01:00Z")),
            Some(Stale::NotVerifiedSince(verified))
        );
        // Never verified: counted from start-up.
        assert_eq!(
            staleness(&plain, None, start, at("2026-11-27T09:00:00Z")),
            None
        );
        assert_eq!(
            staleness(&plain, None, start, at("2026-11-28T06:01:00Z")),
            Some(Stale::NotVerifiedSince(None))
        );
        // Verified since the window's last minute tick: fresh, not "in the future".
        assert_eq!(
            staleness(&plain, verified, start, at("2026-11-27T07:59:10Z")),
            None
        );
        // Verified "tomorrow": the clock was set back; nothing is known about today.
        assert_eq!(
            staleness(&plain, verified, start, at("2026-11-27T07:00:00Z")),
            Some(Stale::NotVerifiedSince(verified))
        );
    }

    #[test]
    fn past_valid_until_in_the_schedules_zone_is_stale() {
        let until = schedule(Some("2026-11-27"));
        let start = at("2026-11-27T20:00:00Z");
        let verified = Some(start);
        // 21:59 UTC on the 27th is 23:59 in Johannesburg: still valid.
        assert_eq!(
            staleness(&until, verified, start, at("2026-11-27T21:59:00Z")),
            None
        );
        assert_eq!(
            staleness(&until, verified, start, at("2026-11-27T22:00:00Z")),
            Some(Stale::Expired("2026-11-27".parse().unwrap()))
        );
    }
}
