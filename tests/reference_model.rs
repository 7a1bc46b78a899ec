//! The engine against a deliberately naive reference model (`tests/reference`), which walks
//! the wall clock minute by minute and shares no code with the engine: over random
//! schedules in zones with daylight saving, at instants on boundaries and around clock
//! changes, both must say the same state, reason, detail, next change and "no more
//! sessions" for every category.

mod generate;
mod reference;

use chrono::{DateTime, Utc};
use generate::{clock_change_schedule_and_instant, schedule_and_instant};
use loket::calendar::{status, statuses};
use loket::schedule::Schedule;
use proptest::prelude::*;
use reference::{RefStatus, reference_status};

/// Every category's status from the engine, in the reference's terms, beside the reference's.
/// The window and the command line use `statuses` (all categories at once, alike plans
/// worked out once): it must say what `status` says for each category alone.
fn compare(schedule: &Schedule, at: DateTime<Utc>) -> Result<(), TestCaseError> {
    let all = statuses(schedule, at);
    for (category, together) in schedule.categories.iter().zip(&all) {
        let alone = status(schedule, category, at);
        prop_assert_eq!(together, &alone, "statuses() and status() differ");
        let summary = alone.summary();
        let engine = RefStatus {
            state: summary.state,
            reason: summary.reason,
            detail: summary.detail,
            next_change: summary.next_change.map(|t| t.to_utc()),
            no_more_sessions: summary.no_more_sessions,
        };
        let expected = reference_status(schedule, category, at);
        prop_assert_eq!(
            &engine,
            &expected,
            "category {} at {} ({} local) in {}",
            category.id,
            at,
            at.with_timezone(&schedule.time_zone),
            schedule.time_zone
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_agrees_with_the_reference((schedule, at) in schedule_and_instant()) {
        compare(&schedule, at)?;
    }

    #[test]
    fn the_engine_agrees_around_clock_changes((schedule, at) in clock_change_schedule_and_instant()) {
        compare(&schedule, at)?;
    }
}
