//! When to check next: the poll interval with ±10 % jitter, so a fleet switched on together
//! spreads its requests; after a failure, sooner (30 s, 1 min, 2 min…) but never later
//! than the interval.

use std::time::Duration;

pub const FIRST_RETRY: Duration = Duration::from_secs(30);

/// The wait before the next check. `failures` counts the unreachable checks in a row;
/// `unit` is a random number in [0, 1).
pub fn next_delay(interval: Duration, failures: u32, unit: f64) -> Duration {
    let base = if failures == 0 {
        interval
    } else {
        let doubled = FIRST_RETRY.saturating_mul(1 << (failures - 1).min(20));
        doubled.min(interval)
    };
    base.mul_f64(0.9 + 0.2 * unit.clamp(0.0, 1.0))
}

/// The first check after start-up: soon, but spread over a few seconds, so a room of
/// machines powered on together does not ask in the same instant.
pub fn first_delay(unit: f64) -> Duration {
    Duration::from_secs(5).mul_f64(unit.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const MINUTE: Duration = Duration::from_secs(60);

    #[test]
    fn back_off_doubles_from_thirty_seconds_up_to_the_interval() {
        let interval = 15 * MINUTE;
        let middle = |failures| next_delay(interval, failures, 0.5);
        assert_eq!(middle(0), interval);
        assert_eq!(middle(1), Duration::from_secs(30));
        assert_eq!(middle(2), MINUTE);
        assert_eq!(middle(3), 2 * MINUTE);
        assert_eq!(middle(5), 8 * MINUTE);
        assert_eq!(middle(6), interval);
        assert_eq!(middle(u32::MAX), interval);
    }

    proptest! {
        #[test]
        fn every_delay_is_within_ten_percent_of_its_base(
            minutes in 1u64..=1440,
            failures in 0u32..64,
            unit in 0.0f64..1.0,
        ) {
            let interval = Duration::from_secs(minutes * 60);
            let delay = next_delay(interval, failures, unit);
            prop_assert!(delay >= FIRST_RETRY.min(interval).mul_f64(0.9));
            prop_assert!(delay <= interval.mul_f64(1.1));
            if failures == 0 {
                prop_assert!(delay >= interval.mul_f64(0.9));
            }
            prop_assert!(first_delay(unit) <= Duration::from_secs(5));
        }
    }
}
