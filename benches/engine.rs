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
        b.iter(|| schedule::check_str(black_box(schedule::BUNDLED)));
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
            });
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
            });
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
        });
    });
}

/// A schedule text with `categories` categories; `hours` is the weekly hours, `category`
/// adds fields to category `i` and `extra` goes at the top level.
fn stress(
    categories: usize,
    hours: &str,
    extra: &str,
    category: impl Fn(usize) -> String,
) -> schedule::Schedule {
    let mut text = format!(
        "Schedule(title: {{\"en\": \"Stress\"}}, passcode: \"p\", hours: ({hours}), {extra} categories: ["
    );
    for i in 0..categories {
        text.push_str(&format!(
            "(id: \"c{i}\", name: {{\"en\": \"C{i}\"}}, {} hosts: [(label: {{\"en\": \"H\"}}, meeting_id: \"{}\")]),",
            category(i),
            10_000_000_000u64 + i as u64
        ));
    }
    text.push_str("])");
    let checked = schedule::check_str(&text);
    checked
        .schedule
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics.iter().find(|d| d.is_error())))
}

/// Every day written as `ranges` (start minute, end minute).
fn week_of(ranges: &[(u16, u16)]) -> String {
    let clock = |m: u16| format!("\"{:02}:{:02}\"", m / 60, m % 60);
    let day: Vec<String> = ranges
        .iter()
        .map(|(s, e)| format!("({}, {})", clock(*s), clock(*e)))
        .collect();
    let day = format!("[{}]", day.join(","));
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .iter()
        .map(|d| format!("{d}: {day}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Worst cases: what a hostile or careless schedule could make the banner cost. Each is
/// the status of every category at one instant, the work of one minute tick.
fn worst_cases(c: &mut Criterion) {
    let at = instant("2026-03-04T12:00:00+02:00");
    let minutes: Vec<(u16, u16)> = (0..1440).map(|m| (m, m + 1)).collect();
    let gaps: Vec<(u16, u16)> = (0..720).map(|m| (2 * m, 2 * m + 1)).collect();
    let cases = vec![
        (
            "1,440 touching one-minute ranges a day, 1,000 categories",
            stress(1000, &week_of(&minutes), "", |_| String::new()),
        ),
        (
            "720 one-minute ranges with gaps a day, 1,000 categories",
            stress(1000, &week_of(&gaps), "", |_| String::new()),
        ),
        (
            "1,000 categories, each open around the clock with its own closure day",
            stress(1000, &week_of(&[(0, 1440)]), "", |_| String::new())
                .with_overrides_each_category(),
        ),
        (
            "1,000 categories, each closed but for one day beyond the horizon",
            stress(1000, "", "", |_| String::new()).with_open_days_beyond_the_horizon(),
        ),
    ];
    for (label, schedule) in &cases {
        c.bench_function(&format!("worst case: {label}"), |b| {
            b.iter(|| calendar::statuses(schedule, black_box(at)).len());
        });
    }
}

fn english(text: &str) -> loket::text::Localized {
    loket::text::Localized::new([("en".to_owned(), text.to_owned())].into())
}

/// Distinct per-category overrides, added after checking (the text form would be long).
trait StressOverrides {
    fn with_overrides_each_category(self) -> Self;
    fn with_open_days_beyond_the_horizon(self) -> Self;
}

impl StressOverrides for schedule::Schedule {
    /// Category `i` is closed on day `i` after 2026-03-05: each walks its own run of whole
    /// days (up to 1,000 days, cut at the 400-day horizon).
    fn with_overrides_each_category(mut self) -> Self {
        let first = chrono::NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
        self.overrides = (0..self.categories.len())
            .map(|i| schedule::Override {
                first: first + Days::new(i as u64),
                last: first + Days::new(i as u64),
                only: vec![format!("c{i}")],
                rule: schedule::Rule::Closed {
                    reason: std::sync::Arc::new(english("closed")),
                },
            })
            .collect();
        self
    }

    /// Category `i` opens only on day `i` from 2027-06-01 (past the horizon): each looks
    /// through 400 days to find nothing.
    fn with_open_days_beyond_the_horizon(mut self) -> Self {
        let first = chrono::NaiveDate::from_ymd_opt(2027, 6, 1).unwrap();
        self.overrides = (0..self.categories.len())
            .map(|i| schedule::Override {
                first: first + Days::new(i as u64),
                last: first + Days::new(i as u64),
                only: vec![format!("c{i}")],
                rule: schedule::Rule::Open {
                    hours: vec![schedule::TimeRange { start: 0, end: 60 }],
                    note: english("open"),
                },
            })
            .collect();
        self
    }
}

/// What the translation files cost: reading the five built-in files at start-up, and the
/// banner's sentence formatted through its Fluent message (once a minute in the window).
fn words(c: &mut Criterion) {
    use loket::locale::Catalog;
    c.bench_function("load the built-in translation catalog (5 files)", |b| {
        b.iter(|| std::hint::black_box(Catalog::built_in()));
    });
    let schedule = loket::schedule::check_str(loket::schedule::BUNDLED)
        .schedule
        .unwrap();
    let at = chrono::DateTime::parse_from_rfc3339("2025-12-09T17:32:00+02:00")
        .unwrap()
        .to_utc();
    let status = loket::calendar::overall_status(&schedule, at);
    let now = at.with_timezone(&schedule.time_zone);
    for code in ["en", "nso"] {
        let lang = loket::text::Lang::from_code(code).unwrap();
        c.bench_function(&format!("banner sentence through Fluent ({code})"), |b| {
            b.iter(|| {
                std::hint::black_box(loket::describe::headline(lang, &schedule, &status, &now))
            });
        });
    }
}

criterion_group!(benches, engine, worst_cases, words);
criterion_main!(benches);
