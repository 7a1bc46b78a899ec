//! The calendar engine's costs: parse + validate of the bundled schedule, the status of
//! every category at one instant (what each banner tick computes), and the next-opening
//! search across a year with holidays.
//! Run: cargo bench --bench engine

use std::hint::black_box;

use chrono::{DateTime, Days, Utc};
use criterion::{Criterion, criterion_group, criterion_main};
use loket::calendar::{self, status::day_plan};
use loket::schedule;

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn engine(c: &mut Criterion) {
    c.bench_function("parse + validate the bundled schedule", |b| {
        b.iter(|| schedule::check_str(black_box(schedule::BUNDLED)))
    });

    let seed = schedule::check_str(schedule::BUNDLED).schedule.unwrap();
    for (label, at) in [
        ("open, Tue 17:30", "2025-12-09T17:30:00+02:00"),
        ("closed, Fri 20:00", "2025-12-05T20:00:00+02:00"),
    ] {
        let at = instant(at);
        c.bench_function(&format!("status of all 7 categories ({label})"), |b| {
            b.iter(|| {
                seed.categories
                    .iter()
                    .map(|category| calendar::status(&seed, category, black_box(at)))
                    .filter(|s| s.is_open())
                    .count()
            })
        });
    }

    // No programme end, weekdays only in the evening: from 1 January 2026, walk the year
    // opening by opening (every holiday is crossed), and a search that must look far.
    let open_ended =
        schedule::check_str(&schedule::BUNDLED.replace("        end: \"2025-12-13\",\n", ""))
            .schedule
            .unwrap();
    let category = &open_ended.categories[0];
    c.bench_function(
        "next change, step by step across 2026 (with holidays)",
        |b| {
            b.iter(|| {
                let mut at = instant("2026-01-01T00:00:00+02:00");
                let mut changes = 0;
                while let Some(next) = calendar::status(&open_ended, category, at).next_change() {
                    at = next.to_utc();
                    changes += 1;
                    if at > instant("2027-01-01T00:00:00+02:00") {
                        break;
                    }
                }
                changes
            })
        },
    );
    c.bench_function("day plans for 366 days (with holidays)", |b| {
        let first = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        b.iter(|| {
            (0..366)
                .filter(|d| {
                    matches!(
                        day_plan(&open_ended, category, first + Days::new(*d)),
                        calendar::status::DayPlan::Open(_)
                    )
                })
                .count()
        })
    });
}

criterion_group!(benches, engine);
criterion_main!(benches);
