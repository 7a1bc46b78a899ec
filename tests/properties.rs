//! Properties of the calendar engine over random schedules, time zones (with daylight
//! saving, including Lord Howe's half-hour shift) and instants.

use std::sync::Arc;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc, Weekday};
use chrono_tz::Tz;
use loket::calendar::holidays::HolidayCalendar;
use loket::calendar::status::{DayPlan, day_plan};
use loket::calendar::{Status, status};
use loket::schedule::{
    Category, Help, Host, Kiosk, Override, Programme, Rule, Schedule, TimeRange, Week,
};
use loket::text::{Lang, Localized};
use loket::zoom::{MeetingId, Passcode};
use proptest::prelude::*;

const ZONES: [Tz; 7] = [
    chrono_tz::Africa::Johannesburg,
    chrono_tz::Europe::London,
    chrono_tz::America::New_York,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::America::Santiago,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Chatham,
];

fn day_ranges() -> impl Strategy<Value = Vec<TimeRange>> {
    // Boundaries from a coarse grid (so ranges often touch: 16:00–18:00 then 18:00–19:00,
    // or 24:00 into the next day's 00:00) mixed with arbitrary quarter hours; each gap
    // between two boundaries is open or not.
    let grid = prop_oneof![
        prop::sample::select(vec![0u16, 480, 720, 960, 1080, 1140, 1440]),
        (0u16..=96).prop_map(|q| q * 15),
    ];
    (
        prop::collection::vec(grid, 0..6),
        prop::collection::vec(any::<bool>(), 6),
    )
        .prop_map(|(mut points, open)| {
            points.sort_unstable();
            points.dedup();
            points
                .windows(2)
                .zip(open)
                .filter(|(_, open)| *open)
                .map(|(pair, _)| TimeRange {
                    start: pair[0],
                    end: pair[1],
                })
                .collect()
        })
}

fn week() -> impl Strategy<Value = Week> {
    prop::collection::vec(day_ranges(), 7)
        .prop_map(|days| Week::new(days.try_into().expect("seven days")))
}

fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..900).prop_map(|d| NaiveDate::from_ymd_opt(2024, 9, 1).unwrap() + Days::new(d))
}

fn overrides() -> impl Strategy<Value = Vec<Override>> {
    let one = (date(), 0u64..8, any::<bool>(), day_ranges(), any::<bool>()).prop_map(
        |(first, len, closed, hours, only_this)| Override {
            first,
            last: first + Days::new(len),
            only: if only_this {
                vec!["c".to_owned()]
            } else {
                Vec::new()
            },
            rule: if closed || hours.is_empty() {
                Rule::Closed {
                    reason: Arc::new(Localized::en_af("Closure", "Sluiting")),
                }
            } else {
                Rule::Open {
                    hours,
                    note: Localized::default(),
                }
            },
        },
    );
    prop::collection::vec(one, 0..4)
}

fn programme() -> impl Strategy<Value = Programme> {
    let bound = || prop::option::weighted(0.3, date());
    (bound(), bound()).prop_map(|(a, b)| match (a, b) {
        (Some(a), Some(b)) => Programme {
            start: Some(a.min(b)),
            end: Some(a.max(b)),
        },
        (start, end) => Programme { start, end },
    })
}

fn schedule() -> impl Strategy<Value = Schedule> {
    (
        prop::sample::select(ZONES.to_vec()),
        week(),
        prop::option::of(week()),
        overrides(),
        programme(),
        any::<bool>(),
        0u16..90,
    )
        .prop_map(
            |(time_zone, week, own_hours, overrides, programme, za, margin)| Schedule {
                title: Localized::en_af("T", "T"),
                time_zone,
                language: Lang::En,
                programme,
                last_join_minutes: margin,
                week,
                holidays: HolidayCalendar::new(za, Vec::new()),
                overrides,
                help: Help::default(),
                kiosk: Kiosk {
                    idle_minutes: 3,
                    exit_pin: None,
                },
                categories: vec![Category {
                    id: "c".to_owned(),
                    name: Localized::en_af("C", "C"),
                    description: Localized::default(),
                    have_ready: Vec::new(),
                    hours: own_hours,
                    hosts: vec![Host {
                        label: Localized::en_af("Host 1", "Gasheer 1"),
                        meeting_id: MeetingId::parse("95664834215").unwrap(),
                        passcode: Passcode::parse("Outreach1").unwrap(),
                    }],
                }],
            },
        )
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let start = DateTime::parse_from_rfc3339("2024-08-01T00:00:00Z")
        .unwrap()
        .timestamp();
    (0i64..(3 * 365 * 86_400)).prop_map(move |s| DateTime::from_timestamp(start + s, 0).unwrap())
}

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
