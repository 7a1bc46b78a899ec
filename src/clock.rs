//! Where "now" comes from. Everything else takes the instant as an argument, so tests and
//! demos can run at any moment.

use chrono::{DateTime, TimeDelta, Utc};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Clock {
    /// The machine's clock.
    System,
    /// The machine's clock moved by a fixed amount: `loket --at` starts at a chosen instant
    /// and keeps running, reading the wall clock fresh each time (sleep and resume stay
    /// right).
    Shifted(TimeDelta),
    /// A stopped clock, for tests and screenshots.
    Fixed(DateTime<Utc>),
}

impl Clock {
    /// A running clock that reads `start` now.
    pub fn starting_at(start: DateTime<Utc>) -> Clock {
        Clock::Shifted(start - Utc::now())
    }

    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Shifted(offset) => Utc::now() + *offset,
            Clock::Fixed(at) => *at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifted_clock_starts_where_asked_and_runs() {
        let start: DateTime<Utc> = "2025-12-09T14:55:00Z".parse().unwrap();
        let clock = Clock::starting_at(start);
        let first = clock.now();
        assert!((first - start).num_seconds().abs() < 5);
        assert!(clock.now() >= first);
        assert_eq!(Clock::Fixed(start).now(), start);
    }
}
