//! Properties of the calendar engine over random schedules, time zones (with daylight
//! saving, including Lord Howe's half-hour shift) and instants.

mod generate;

use chrono::{Days, TimeDelta, Weekday};
use generate::{instant, schedule};
use loket::calendar::status::{DayPlan, day_plan};
use loket::calendar::{Status, status};
use loket::schedule::Schedule;
use proptest::prelude::*;

/// A week open around the clock every day could stay open past the search horizon.
fn never_closes(schedule: &Schedule) -> bool {
    let category = &schedule.categories[0];
    let week = category.hours.as_ref().unwrap_or(&schedule.week);
    let days = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];
    days.iter()
        .all(|d| week.on(*d).iter().map(|r| r.minutes()).sum::<u16>() == 24 * 60)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_next_change_is_a_real_change(schedule in schedule(), t in instant()) {
        prop_assume!(!never_closes(&schedule));
        let category = &schedule.categories[0];
        let now = status(&schedule, category, t);
        if let Some(change) = now.next_change() {
            let change = change.to_utc();
            prop_assert!(change > t, "next change {change} is not after {t}");
            let just_before = (change - TimeDelta::seconds(1)).max(t);
            let before = status(&schedule, category, just_before);
            prop_assert_eq!(before.is_open(), now.is_open(), "just before {}: {:?}", change, before);
            let after = status(&schedule, category, change);
            prop_assert_ne!(after.is_open(), now.is_open(), "at {}: {:?}", change, after);
        }
    }

    #[test]
    fn open_intervals_never_cross_a_closed_day(schedule in schedule(), t in instant()) {
        prop_assume!(!never_closes(&schedule));
        let category = &schedule.categories[0];
        if let Status::Open { closes_at: Some(closes_at), .. } = status(&schedule, category, t) {
            let tz = schedule.time_zone;
            let first = t.with_timezone(&tz).date_naive();
            let last = (closes_at - TimeDelta::seconds(1)).date_naive();
            let mut day = first;
            while day <= last {
                let plan = day_plan(&schedule, category, day);
                prop_assert!(matches!(plan, DayPlan::Open(_)), "{} is closed: {:?}", day, plan);
                day = day + Days::new(1);
            }
        }
    }

    #[test]
    fn closing_soon_starts_exactly_the_margin_before_closing(schedule in schedule(), t in instant()) {
        prop_assume!(!never_closes(&schedule));
        let category = &schedule.categories[0];
        let now = status(&schedule, category, t);
        if let Status::Open { closes_at: Some(closes_at), closing_soon } = now {
            let margin = TimeDelta::minutes(i64::from(schedule.last_join_minutes));
            prop_assert_eq!(closing_soon, t >= (closes_at - margin).to_utc());
            let has_margin = schedule.last_join_minutes > 0;
            if let Some(soon) = now.next_transition(schedule.last_join_minutes).filter(|_| has_margin && !closing_soon) {
                let then = status(&schedule, category, soon.to_utc());
                prop_assert!(matches!(then, Status::Open { closing_soon: true, .. }), "{:?}", then);
            }
        }
    }
}
