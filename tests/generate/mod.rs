//! Random schedules and instants for the engine's property tests: zones with daylight
//! saving (Lord Howe's half hour, Santiago's midnight changes, Chatham's +12:45), weeks open
//! around the clock, many touching ranges, 00:00 and 24:00 edges, overrides with hours and
//! `only`, programme windows, holidays, and instants on boundaries and around clock changes.
#![allow(dead_code)]

use std::sync::{Arc, OnceLock};

use chrono::{DateTime, Days, NaiveDate, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use loket::calendar::holidays::{Holiday, HolidayCalendar, HolidayName};
use loket::schedule::{
    Category, Help, Host, Kiosk, Override, Programme, Rule, Schedule, TimeRange, Week,
};
use loket::text::{Lang, Localized};
use loket::zoom::{MeetingId, Passcode};
use proptest::prelude::*;

pub const ZONES: [Tz; 8] = [
    chrono_tz::Africa::Johannesburg,
    chrono_tz::Europe::London,
    chrono_tz::America::New_York,
    chrono_tz::Australia::Lord_Howe,
    chrono_tz::America::Santiago,
    chrono_tz::Asia::Kolkata,
    chrono_tz::Pacific::Chatham,
    chrono_tz::America::St_Johns,
];

/// The category ids every generated schedule has, in order.
pub const IDS: [&str; 2] = ["c", "d"];

/// Range boundaries: a coarse grid (so ranges often touch) and quarter hours, including
/// minutes inside the hours that clocks skip or repeat (00:00–03:00: 01:10, 02:07, …) and 24:00.
const GRID: [u16; 14] = [
    0, 10, 60, 70, 90, 120, 127, 137, 150, 480, 720, 960, 1140, 1440,
];

fn day_ranges() -> impl Strategy<Value = Vec<TimeRange>> {
    let point = prop_oneof![
        prop::sample::select(GRID.to_vec()),
        (0u16..=96).prop_map(|q| q * 15),
        (0u16..=1440),
        // Any minute of the small hours, where clocks change.
        (0u16..=180),
    ];
    let cut = (
        prop::collection::vec(point, 0..7),
        prop::collection::vec(any::<bool>(), 7),
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
        });
    prop_oneof![
        6 => cut,
        // Around the clock.
        1 => Just(vec![TimeRange { start: 0, end: 1440 }]),
        // Many touching slices, as a generated rota would write them.
        1 => (0u16..20, 1u16..30, 1usize..60).prop_map(|(from, width, count)| {
            (0..count)
                .map(|i| from * 30 + i as u16 * width)
                .filter(|start| start + width <= 1440)
                .map(|start| TimeRange {
                    start,
                    end: start + width,
                })
                .collect()
        }),
    ]
}

fn week() -> impl Strategy<Value = Week> {
    let all_day = || {
        Week::new(std::array::from_fn(|_| {
            vec![TimeRange {
                start: 0,
                end: 1440,
            }]
        }))
    };
    prop_oneof![
        8 => prop::collection::vec(day_ranges(), 7)
            .prop_map(|days| Week::new(days.try_into().expect("seven days"))),
        1 => Just(all_day()),
    ]
}

pub fn date() -> impl Strategy<Value = NaiveDate> {
    (0u64..900).prop_map(|d| NaiveDate::from_ymd_opt(2024, 9, 1).unwrap() + Days::new(d))
}

fn only() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        2 => Just(Vec::new()),
        1 => Just(vec![IDS[0].to_owned()]),
        1 => Just(vec![IDS[1].to_owned()]),
        1 => Just(vec![IDS[1].to_owned(), IDS[0].to_owned()]),
    ]
}

fn overrides() -> impl Strategy<Value = Vec<Override>> {
    let one = (date(), 0u64..8, any::<bool>(), day_ranges(), only()).prop_map(
        |(first, len, closed, hours, only)| Override {
            first,
            last: first + Days::new(len),
            only,
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

fn holidays() -> impl Strategy<Value = HolidayCalendar> {
    (any::<bool>(), prop::collection::vec(date(), 0..3)).prop_map(|(za, dates)| {
        let declared = dates
            .into_iter()
            .map(|date| Holiday {
                date,
                name: HolidayName::Declared(Arc::new(Localized::en_af(
                    "Staff day",
                    "Personeeldag",
                ))),
            })
            .collect();
        HolidayCalendar::new(za, declared)
    })
}

fn category(id: &str, hours: Option<Week>) -> Category {
    Category {
        id: id.to_owned(),
        name: Localized::en_af("C", "C"),
        description: Localized::default(),
        have_ready: Vec::new(),
        hours,
        hosts: vec![Host {
            label: Localized::en_af("Host 1", "Gasheer 1"),
            meeting_id: MeetingId::parse("95664834215").unwrap(),
            passcode: Passcode::parse("Outreach1").unwrap(),
            phone_passcode: None,
        }],
    }
}

pub fn schedule() -> impl Strategy<Value = Schedule> {
    (
        prop::sample::select(ZONES.to_vec()),
        week(),
        prop::option::of(week()),
        overrides(),
        programme(),
        holidays(),
        0u16..90,
    )
        .prop_map(
            |(time_zone, week, own_hours, overrides, programme, holidays, margin)| Schedule {
                title: Localized::en_af("T", "T"),
                serial: None,
                valid_until: None,
                time_zone,
                default_language: Lang::EN,
                languages: vec![Lang::EN, Lang::AF],
                programme,
                last_join_minutes: margin,
                week,
                holidays,
                overrides,
                help: Help::default(),
                phone: None,
                print: loket::schedule::Print::default(),
                kiosk: Kiosk {
                    idle_minutes: 3,
                    exit_pin: None,
                    allow_browser: false,
                    allow_print: false,
                    prints_per_resident: 3,
                },
                categories: vec![category(IDS[0], None), category(IDS[1], own_hours)],
            },
        )
}

fn window_start() -> i64 {
    DateTime::parse_from_rfc3339("2024-08-01T00:00:00Z")
        .unwrap()
        .timestamp()
}

/// Any second in the three years the dates above cover.
pub fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    (0i64..(3 * 365 * 86_400))
        .prop_map(|s| DateTime::from_timestamp(window_start() + s, 0).unwrap())
}

/// Every instant at which `zone` changes its offset in the generated years.
fn clock_changes(zone: Tz) -> Vec<DateTime<Utc>> {
    static CHANGES: OnceLock<Vec<(Tz, DateTime<Utc>)>> = OnceLock::new();
    let all = CHANGES.get_or_init(|| {
        let mut changes = Vec::new();
        for zone in ZONES {
            let offset = |t: i64| {
                let utc = DateTime::from_timestamp(t, 0).unwrap();
                zone.offset_from_utc_datetime(&utc.naive_utc()).to_string()
            };
            // Hour by hour, then halving down to the second where the offset changes.
            let mut t = window_start();
            while t < window_start() + 3 * 365 * 86_400 {
                if offset(t) != offset(t + 3600) {
                    let (mut before, mut after) = (t, t + 3600);
                    while after - before > 1 {
                        let middle = (before + after) / 2;
                        if offset(middle) == offset(before) {
                            before = middle;
                        } else {
                            after = middle;
                        }
                    }
                    changes.push((zone, DateTime::from_timestamp(after, 0).unwrap()));
                }
                t += 3600;
            }
        }
        changes
    });
    all.iter()
        .filter(|(z, _)| *z == zone)
        .map(|(_, t)| *t)
        .collect()
}

/// An instant a schedule's engine finds hard: any second, a range boundary in the
/// schedule's zone (and a minute or a second either side), or the minutes around a change
/// of the clocks (inside skipped and repeated hours).
pub fn instant_for(zone: Tz) -> impl Strategy<Value = DateTime<Utc>> {
    let boundary = (
        date(),
        prop::sample::select(GRID.to_vec()),
        prop::sample::select(vec![0i64, -60, -1, 1, 60]),
    )
        .prop_map(move |(date, minute, shift)| {
            let wall = date.and_hms_opt(0, 0, 0).unwrap() + TimeDelta::minutes(i64::from(minute));
            let base = zone
                .from_local_datetime(&wall)
                .earliest()
                .map_or_else(|| wall.and_utc(), |t| t.to_utc());
            base + TimeDelta::seconds(shift)
        });
    let mut changes = clock_changes(zone);
    if changes.is_empty() {
        // Zones without daylight saving: any instant stands in.
        changes.push(DateTime::from_timestamp(window_start(), 0).unwrap());
    }
    let change = (prop::sample::select(changes), -150i64..150)
        .prop_map(|(change, minutes)| change + TimeDelta::minutes(minutes));
    prop_oneof![instant(), boundary, change]
}

/// Instants in the days around the dates a schedule names (its programme's first and last
/// days, its overrides), where the day rules meet.
fn near_dates(zone: Tz, dates: Vec<NaiveDate>) -> impl Strategy<Value = DateTime<Utc>> {
    (prop::sample::select(dates), -2i64..3, 0i64..86_400).prop_map(move |(date, days, second)| {
        let wall =
            date.and_hms_opt(0, 0, 0).unwrap() + TimeDelta::days(days) + TimeDelta::seconds(second);
        zone.from_local_datetime(&wall)
            .earliest()
            .map_or_else(|| wall.and_utc(), |t| t.to_utc())
    })
}

/// A schedule with an instant that suits it.
pub fn schedule_and_instant() -> impl Strategy<Value = (Schedule, DateTime<Utc>)> {
    schedule().prop_flat_map(|schedule| {
        let zone = schedule.time_zone;
        let mut dates: Vec<NaiveDate> = [schedule.programme.start, schedule.programme.end]
            .into_iter()
            .flatten()
            .chain(schedule.overrides.iter().flat_map(|o| [o.first, o.last]))
            .collect();
        if dates.is_empty() {
            dates.push(NaiveDate::from_ymd_opt(2025, 12, 13).unwrap());
        }
        let instant = prop_oneof![instant_for(zone), near_dates(zone, dates)];
        (Just(schedule), instant)
    })
}

/// Ranges whose every boundary is a minute of the small hours (00:00–04:00), every day.
fn small_hours_week() -> impl Strategy<Value = Week> {
    let day = prop::collection::vec(0u16..=240, 0..6).prop_map(|mut points| {
        points.sort_unstable();
        points.dedup();
        points
            .chunks_exact(2)
            .map(|pair| TimeRange {
                start: pair[0],
                end: pair[1],
            })
            .collect::<Vec<_>>()
    });
    prop::collection::vec(day, 7).prop_map(|days| Week::new(days.try_into().expect("seven days")))
}

/// A schedule whose ranges start and end in the small hours, in a zone with daylight
/// saving, at an instant within hours of one of its clock changes: where skipped and
/// repeated times decide everything.
pub fn clock_change_schedule_and_instant() -> impl Strategy<Value = (Schedule, DateTime<Utc>)> {
    let zones: Vec<Tz> = ZONES
        .into_iter()
        .filter(|zone| !clock_changes(*zone).is_empty())
        .collect();
    (schedule(), prop::sample::select(zones), small_hours_week()).prop_flat_map(
        |(mut schedule, zone, week)| {
            schedule.time_zone = zone;
            schedule.week = week;
            let change = (prop::sample::select(clock_changes(zone)), -300i64..300)
                .prop_map(|(change, minutes)| change + TimeDelta::minutes(minutes));
            (Just(schedule), change)
        },
    )
}
