//! The clock subscription: one message per minute of the schedule's wall clock, at the
//! minute boundary. It reads the clock fresh on every wake-up rather than counting, so
//! sleep, resume and clock changes cannot make the banner drift; it wakes every 15 s at
//! most, so after a resume the banner is right within seconds.

use std::time::Duration;

use iced::futures::Stream;
use iced::futures::stream;

use crate::clock::Clock;

const LONGEST_NAP: Duration = Duration::from_secs(15);

fn minute(clock: &Clock) -> i64 {
    clock.now().timestamp().div_euclid(60)
}

/// How long until the clock reaches the next whole minute.
fn until_next_minute(clock: &Clock) -> Duration {
    let now = clock.now();
    let into = Duration::from_secs(now.timestamp().rem_euclid(60) as u64)
        + Duration::from_nanos(u64::from(now.timestamp_subsec_nanos()));
    Duration::from_secs(60).saturating_sub(into)
}

pub fn minutes(clock: &Clock) -> impl Stream<Item = ()> + use<> {
    let clock = *clock;
    stream::unfold(minute(&clock), move |last| async move {
        loop {
            // A few milliseconds late, so the new minute has surely begun.
            let nap = until_next_minute(&clock).min(LONGEST_NAP) + Duration::from_millis(5);
            tokio::time::sleep(nap).await;
            let now = minute(&clock);
            if now != last {
                return Some(((), now));
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_for_the_next_whole_minute() {
        let at = |s: &str| Clock::Fixed(s.parse().unwrap());
        assert_eq!(
            until_next_minute(&at("2025-12-09T15:30:45Z")),
            Duration::from_secs(15)
        );
        assert_eq!(
            until_next_minute(&at("2025-12-09T15:30:00Z")),
            Duration::from_secs(60)
        );
        assert_eq!(
            until_next_minute(&at("2025-12-09T15:30:59.5Z")),
            Duration::from_millis(500)
        );
    }
}
