//! Hand-worked cases for the naive reference model in `tests/reference/`: each expected
//! instant was worked out on paper from the rules, independently of the engine.

mod reference;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use loket::calendar::holidays::{Holiday, HolidayCalendar, HolidayName};
use loket::schedule::{
    Category, Help, Kiosk, Override, Programme, Rule, Schedule, TimeRange, Week,
};
use loket::text::{Lang, Localized};
use reference::{RefStatus, reference_is_open, reference_status};

use chrono_tz::Africa::Johannesburg;
use chrono_tz::America::{New_York, Santiago};
use chrono_tz::Australia::Lord_Howe;
use chrono_tz::Europe::London;
use chrono_tz::Pacific::Chatham;

fn minutes(hhmm: &str) -> u16 {
    let (h, m) = hhmm.split_once(':').unwrap();
    h.parse::<u16>().unwrap() * 60 + m.parse::<u16>().unwrap()
}

fn ranges(list: &[(&str, &str)]) -> Vec<TimeRange> {
    list.iter()
        .map(|(s, e)| TimeRange {
            start: minutes(s),
            end: minutes(e),
        })
        .collect()
}

/// A week with hours only on the days given.
fn week(days: &[(Weekday, &[(&str, &str)])]) -> Week {
    let mut all: [Vec<TimeRange>; 7] = Default::default();
    for (day, list) in days {
        all[day.num_days_from_monday() as usize] = ranges(list);
    }
    Week::new(all)
}

fn every_day(list: &[(&str, &str)]) -> Week {
    Week::new(std::array::from_fn(|_| ranges(list)))
}

fn category(id: &str) -> Category {
    Category {
        id: id.to_owned(),
        name: Localized::en_af(id, id),
        description: Localized::default(),
        have_ready: Vec::new(),
        hours: None,
        hosts: Vec::new(),
    }
}

fn schedule(time_zone: Tz, week: Week) -> Schedule {
    Schedule {
        title: Localized::en_af("T", "T"),
        serial: None,
        valid_until: None,
        time_zone,
        default_language: Lang::EN,
        languages: vec![Lang::EN, Lang::AF],
        programme: Programme::default(),
        last_join_minutes: 10,
        week,
        holidays: HolidayCalendar::new(false, Vec::new()),
        overrides: Vec::new(),
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
        categories: vec![category("c")],
    }
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn closure(first: &str, last: &str, only: &[&str], reason: &str) -> Override {
    Override {
        first: date(first),
        last: date(last),
        only: only.iter().map(|s| (*s).to_owned()).collect(),
        rule: Rule::Closed {
            reason: Arc::new(Localized::en_af(reason, reason)),
        },
    }
}

fn opening(first: &str, last: &str, only: &[&str], hours: &[(&str, &str)]) -> Override {
    Override {
        first: date(first),
        last: date(last),
        only: only.iter().map(|s| (*s).to_owned()).collect(),
        rule: Rule::Open {
            hours: ranges(hours),
            note: Localized::default(),
        },
    }
}

fn status(s: &Schedule, t: &str) -> RefStatus {
    reference_status(s, &s.categories[0], at(t))
}

fn open(state: &'static str, next: Option<&str>) -> RefStatus {
    RefStatus {
        state,
        reason: None,
        detail: None,
        next_change: next.map(at),
        no_more_sessions: false,
    }
}

fn closed(reason: &'static str, detail: Option<&str>, next: Option<&str>) -> RefStatus {
    RefStatus {
        state: "closed",
        reason: Some(reason),
        detail: detail.map(str::to_owned),
        next_change: next.map(at),
        no_more_sessions: false,
    }
}

/// The daylight-saving facts the cases below rely on, so a changed tz database shows here
/// rather than as a puzzling model failure.
#[test]
fn zone_premises() {
    let naive = |d: &str, h: u32, m: u32| date(d).and_hms_opt(h, m, 0).unwrap();
    // Skipped hours.
    assert!(
        London
            .from_local_datetime(&naive("2025-03-30", 1, 30))
            .single()
            .is_none()
    );
    assert!(
        New_York
            .from_local_datetime(&naive("2025-03-09", 2, 30))
            .single()
            .is_none()
    );
    assert!(
        Lord_Howe
            .from_local_datetime(&naive("2025-10-05", 2, 10))
            .single()
            .is_none()
    );
    assert!(
        Santiago
            .from_local_datetime(&naive("2025-09-07", 0, 30))
            .single()
            .is_none()
    );
    // Repeated hours.
    assert!(
        London
            .from_local_datetime(&naive("2025-10-26", 1, 30))
            .single()
            .is_none()
    );
    assert!(
        Santiago
            .from_local_datetime(&naive("2025-04-05", 23, 30))
            .single()
            .is_none()
    );
    // Lord Howe moves half an hour, at 02:00 standard time.
    assert_eq!(
        at("2025-10-04T15:29:00Z")
            .with_timezone(&Lord_Howe)
            .to_rfc3339(),
        "2025-10-05T01:59:00+10:30"
    );
    assert_eq!(
        at("2025-10-04T15:30:00Z")
            .with_timezone(&Lord_Howe)
            .to_rfc3339(),
        "2025-10-05T02:30:00+11:00"
    );
}

// --- Spring forward -------------------------------------------------------------------

#[test]
fn london_spring_forward_range_ending_in_the_gap_closes_at_the_jump() {
    // Sunday 2025-03-30: 01:00 GMT becomes 02:00 BST. Range 00:00–01:10.
    let s = schedule(London, week(&[(Weekday::Sun, &[("00:00", "01:10")])]));
    assert_eq!(
        status(&s, "2025-03-30T00:30:00+00:00"),
        open("open", Some("2025-03-30T01:00:00Z"))
    );
    // 00:50 GMT: the jump is ten minutes away and the margin is ten minutes.
    assert_eq!(
        status(&s, "2025-03-30T00:50:00+00:00"),
        open("closing_soon", Some("2025-03-30T01:00:00Z"))
    );
    assert_eq!(
        status(&s, "2025-03-30T02:05:00+01:00"),
        closed("outside_hours", None, Some("2025-04-06T00:00:00+01:00"))
    );
}

#[test]
fn new_york_range_starting_in_the_gap_opens_at_the_jump() {
    // Sunday 2025-03-09: 02:00 EST becomes 03:00 EDT. Range 02:10–05:00.
    let s = schedule(New_York, week(&[(Weekday::Sun, &[("02:10", "05:00")])]));
    assert_eq!(
        status(&s, "2025-03-09T01:30:00-05:00"),
        closed("outside_hours", None, Some("2025-03-09T07:00:00Z"))
    );
    assert_eq!(
        status(&s, "2025-03-09T03:05:00-04:00"),
        open("open", Some("2025-03-09T09:00:00Z"))
    );
}

#[test]
fn lord_howe_half_hour_jump() {
    // Sunday 2025-10-05: 02:00 +10:30 becomes 02:30 +11:00. Range 02:07–04:00.
    let s = schedule(Lord_Howe, week(&[(Weekday::Sun, &[("02:07", "04:00")])]));
    assert_eq!(
        status(&s, "2025-10-05T01:00:00+10:30"),
        closed("outside_hours", None, Some("2025-10-05T02:30:00+11:00"))
    );
    assert_eq!(
        status(&s, "2025-10-05T02:30:00+11:00"),
        open("open", Some("2025-10-05T04:00:00+11:00"))
    );
}

#[test]
fn a_range_wholly_inside_the_gap_never_opens() {
    let s = schedule(London, week(&[(Weekday::Sun, &[("01:15", "01:45")])]));
    // Every minute of that Sunday is closed...
    let c = &s.categories[0];
    let mut u = at("2025-03-30T00:00:00Z");
    while u < at("2025-03-30T23:00:00Z") {
        assert!(!reference_is_open(&s, c, u), "open at {u}");
        u += chrono::TimeDelta::minutes(1);
    }
    // ...and the next opening is the following Sunday's 01:15 BST.
    assert_eq!(
        status(&s, "2025-03-30T00:00:00+00:00"),
        closed("outside_hours", None, Some("2025-04-06T01:15:00+01:00"))
    );
    assert_eq!(
        status(&s, "2025-03-30T02:50:00+01:00"),
        closed("outside_hours", None, Some("2025-04-06T01:15:00+01:00"))
    );
}

#[test]
fn santiago_skipped_midnight() {
    // Sunday 2025-09-07 begins at 01:00 -03 (00:00 -04 never happens). Range 00:00–02:00
    // opens at the Sunday's first instant and closes at 02:00 -03.
    let s = schedule(Santiago, week(&[(Weekday::Sun, &[("00:00", "02:00")])]));
    assert_eq!(
        status(&s, "2025-09-06T23:30:00-04:00"),
        closed("outside_hours", None, Some("2025-09-07T04:00:00Z"))
    );
    assert_eq!(
        status(&s, "2025-09-07T01:00:00-03:00"),
        open("open", Some("2025-09-07T05:00:00Z"))
    );
}

// --- Fall back ------------------------------------------------------------------------

#[test]
fn london_fall_back_range_starting_in_the_repeat_opens_the_first_time() {
    // Sunday 2025-10-26: 02:00 BST becomes 01:00 GMT; 01:00–02:00 is shown twice.
    let s = schedule(London, week(&[(Weekday::Sun, &[("01:30", "03:00")])]));
    assert_eq!(
        status(&s, "2025-10-26T01:00:00+01:00"),
        closed("outside_hours", None, Some("2025-10-26T00:30:00Z"))
    );
    assert_eq!(
        status(&s, "2025-10-26T00:30:00Z"),
        open("open", Some("2025-10-26T03:00:00Z"))
    );
    // The second 01:10 (GMT) is open: the clock has already shown 01:59.
    assert_eq!(
        status(&s, "2025-10-26T01:10:00+00:00"),
        open("open", Some("2025-10-26T03:00:00Z"))
    );
}

#[test]
fn london_fall_back_range_ending_in_the_repeat_does_not_reopen() {
    let s = schedule(London, week(&[(Weekday::Sun, &[("00:00", "01:30")])]));
    assert_eq!(
        status(&s, "2025-10-26T01:00:00+01:00"),
        open("open", Some("2025-10-26T00:30:00Z"))
    );
    assert_eq!(
        status(&s, "2025-10-26T01:10:00+00:00"),
        closed("outside_hours", None, Some("2025-11-02T00:00:00Z"))
    );
}

#[test]
fn santiago_repeated_last_hour_of_saturday() {
    // Saturday 2025-04-05 23:00–24:00 is shown twice (-03, then -04). Range 23:30–24:00
    // opens at the first 23:30 and stays open to the Sunday's midnight.
    let s = schedule(Santiago, week(&[(Weekday::Sat, &[("23:30", "24:00")])]));
    assert_eq!(
        status(&s, "2025-04-05T23:00:00-03:00"),
        closed("outside_hours", None, Some("2025-04-06T02:30:00Z"))
    );
    assert_eq!(
        status(&s, "2025-04-05T23:45:00-03:00"),
        open("open", Some("2025-04-06T04:00:00Z"))
    );
    assert_eq!(
        status(&s, "2025-04-05T23:10:00-04:00"),
        open("open", Some("2025-04-06T04:00:00Z"))
    );
}

// --- Ordinary days --------------------------------------------------------------------

fn weekdays_16_19() -> Schedule {
    let hours: &[(&str, &str)] = &[("16:00", "19:00")];
    let mut s = schedule(
        Johannesburg,
        week(&[
            (Weekday::Mon, hours),
            (Weekday::Tue, hours),
            (Weekday::Wed, hours),
            (Weekday::Thu, hours),
            (Weekday::Fri, hours),
            (Weekday::Sat, &[("08:00", "13:00")]),
        ]),
    );
    s.holidays = HolidayCalendar::new(true, Vec::new());
    s
}

#[test]
fn closing_soon_margin_and_seconds() {
    let s = weekdays_16_19(); // 2025-12-09 is a Tuesday
    assert_eq!(
        status(&s, "2025-12-09T17:30:00+02:00"),
        open("open", Some("2025-12-09T19:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-09T18:49:59+02:00"),
        open("open", Some("2025-12-09T19:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-09T18:50:00+02:00"),
        open("closing_soon", Some("2025-12-09T19:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-09T18:59:30+02:00"),
        open("closing_soon", Some("2025-12-09T19:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-09T19:00:00+02:00"),
        closed("outside_hours", None, Some("2025-12-10T16:00:00+02:00"))
    );
    // Between whole minutes: the opening is the next whole minute that is open.
    assert_eq!(
        status(&s, "2025-12-09T15:59:30+02:00"),
        closed("outside_hours", None, Some("2025-12-09T16:00:00+02:00"))
    );
    // Saturday afternoon, then Sunday: next is Monday.
    assert_eq!(
        status(&s, "2025-12-13T13:00:00+02:00"),
        closed("outside_hours", None, Some("2025-12-15T16:00:00+02:00"))
    );
}

#[test]
fn public_holiday_and_coinciding_declared_day() {
    // Tuesday 2025-12-16, Day of Reconciliation.
    let mut s = weekdays_16_19();
    assert_eq!(
        status(&s, "2025-12-16T17:00:00+02:00"),
        closed(
            "public_holiday",
            Some("Day of Reconciliation"),
            Some("2025-12-17T16:00:00+02:00")
        )
    );
    s.holidays = HolidayCalendar::new(
        true,
        vec![Holiday {
            date: date("2025-12-16"),
            name: HolidayName::Declared(Arc::new(Localized::en_af("Staff day", "Personeeldag"))),
        }],
    );
    assert_eq!(
        status(&s, "2025-12-16T17:00:00+02:00"),
        closed(
            "public_holiday",
            Some("Day of Reconciliation / Staff day"),
            Some("2025-12-17T16:00:00+02:00")
        )
    );
    // Christmas (Thu) and Day of Goodwill (Fri), then Saturday's hours.
    assert_eq!(
        status(&s, "2025-12-24T20:00:00+02:00"),
        closed("outside_hours", None, Some("2025-12-27T08:00:00+02:00"))
    );
}

#[test]
fn overrides_first_match_wins_and_only_filters() {
    let mut s = weekdays_16_19();
    s.overrides = vec![
        closure("2025-12-10", "2025-12-10", &["other"], "Other only"),
        opening("2025-12-10", "2025-12-11", &[], &[("09:00", "10:00")]),
        closure("2025-12-10", "2025-12-12", &[], "Never reached on the 10th"),
        // An override beats a public holiday.
        opening("2025-12-16", "2025-12-16", &["c"], &[("10:00", "12:00")]),
    ];
    // Wednesday 10th: the first override is for another category; the second applies.
    assert_eq!(
        status(&s, "2025-12-10T08:00:00+02:00"),
        closed("outside_hours", None, Some("2025-12-10T09:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-10T09:30:00+02:00"),
        open("open", Some("2025-12-10T10:00:00+02:00"))
    );
    // The 10th's weekly 16:00 does not apply; next is the 11th at 09:00.
    assert_eq!(
        status(&s, "2025-12-10T16:30:00+02:00"),
        closed("outside_hours", None, Some("2025-12-11T09:00:00+02:00"))
    );
    // Friday 12th: closed by the third override; Saturday has its weekly hours.
    assert_eq!(
        status(&s, "2025-12-12T17:00:00+02:00"),
        closed(
            "closure",
            Some("Never reached on the 10th"),
            Some("2025-12-13T08:00:00+02:00")
        )
    );
    assert_eq!(
        status(&s, "2025-12-16T11:00:00+02:00"),
        open("open", Some("2025-12-16T12:00:00+02:00"))
    );
}

#[test]
fn ranges_meeting_at_midnight_stay_open_across_it() {
    let s = schedule(
        Johannesburg,
        week(&[
            (Weekday::Mon, &[("20:00", "24:00")]),
            (Weekday::Tue, &[("00:00", "02:00"), ("02:00", "03:00")]),
        ]),
    );
    assert_eq!(
        status(&s, "2025-12-08T21:00:00+02:00"),
        open("open", Some("2025-12-09T03:00:00+02:00"))
    );
}

// --- Programme window, horizon, no more sessions --------------------------------------

#[test]
fn programme_window() {
    let mut s = weekdays_16_19();
    s.programme = Programme {
        start: Some(date("2025-12-01")),
        end: Some(date("2025-12-13")),
    };
    assert_eq!(
        status(&s, "2025-11-28T17:00:00+02:00"),
        closed("before_programme", None, Some("2025-12-01T16:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2025-12-13T12:55:00+02:00"),
        open("closing_soon", Some("2025-12-13T13:00:00+02:00"))
    );
    // The last session is over: closed for today's hours, and nothing more.
    assert_eq!(
        status(&s, "2025-12-13T14:00:00+02:00"),
        RefStatus {
            no_more_sessions: true,
            ..closed("outside_hours", None, None)
        }
    );
    assert_eq!(
        status(&s, "2025-12-14T10:00:00+02:00"),
        closed("programme_ended", None, None)
    );
    // Closed to the end by an override: closure, and no more sessions.
    s.overrides = vec![closure("2025-12-10", "2025-12-31", &[], "Year end")];
    assert_eq!(
        status(&s, "2025-12-09T19:30:00+02:00"),
        RefStatus {
            no_more_sessions: true,
            ..closed("outside_hours", None, None)
        }
    );
    assert_eq!(
        status(&s, "2025-12-11T10:00:00+02:00"),
        RefStatus {
            no_more_sessions: true,
            ..closed("closure", Some("Year end"), None)
        }
    );
}

#[test]
fn horizon_is_exactly_400_days() {
    // Open around the clock from 2026-02-05 (local), 400 days after 2025-01-01 00:00.
    let mut s = schedule(Johannesburg, every_day(&[("00:00", "24:00")]));
    s.programme.start = Some(date("2026-02-05"));
    assert_eq!(
        status(&s, "2025-01-01T00:00:00+02:00"),
        closed("before_programme", None, Some("2026-02-05T00:00:00+02:00"))
    );
    assert_eq!(
        status(&s, "2024-12-31T23:59:00+02:00"),
        closed("before_programme", None, None)
    );
    // An ending that lies past the horizon is not "no more sessions".
    s.programme.start = None;
    s.week = Week::default();
    s.programme.end = Some(date("2026-02-04"));
    assert_eq!(
        status(&s, "2025-01-01T00:00:00+02:00"),
        RefStatus {
            no_more_sessions: true,
            ..closed("outside_hours", None, None)
        }
    );
    s.programme.end = Some(date("2026-02-05"));
    assert_eq!(
        status(&s, "2025-01-01T00:00:00+02:00"),
        closed("outside_hours", None, None)
    );
    // Never opening, no programme end: just no next change.
    s.programme.end = None;
    assert_eq!(
        status(&s, "2025-06-01T00:00:00+02:00"),
        closed("outside_hours", None, None)
    );
}

#[test]
fn always_open_has_no_next_change() {
    let s = schedule(London, every_day(&[("00:00", "24:00")]));
    assert_eq!(status(&s, "2025-03-30T00:59:00Z"), open("open", None));
    // A single closed day inside the horizon is found, across DST changes.
    let mut s = s;
    s.overrides = vec![closure("2026-01-01", "2026-01-01", &[], "New year")];
    assert_eq!(
        status(&s, "2025-03-01T12:00:00Z"),
        open("open", Some("2026-01-01T00:00:00Z"))
    );
}

#[test]
fn category_hours_replace_the_week() {
    let mut s = weekdays_16_19();
    s.categories[0].hours = Some(week(&[(Weekday::Wed, &[("09:00", "11:00")])]));
    assert_eq!(
        status(&s, "2025-12-09T17:00:00+02:00"),
        closed("outside_hours", None, Some("2025-12-10T09:00:00+02:00"))
    );
}

/// The slowest queries: a walk of all 576,000 minutes of the horizon through open days.
#[test]
fn worst_case_time_in_a_debug_build() {
    let cases = [
        (
            schedule(London, every_day(&[("00:00", "24:00")])),
            "2025-03-01T12:00:00Z",
        ),
        (
            schedule(Lord_Howe, every_day(&[("00:00", "24:00")])),
            "2025-03-01T12:00:00Z",
        ),
        (
            schedule(Santiago, every_day(&[("00:00", "24:00")])),
            "2025-03-01T12:00:00Z",
        ),
        (
            schedule(Chatham, every_day(&[("00:00", "24:00")])),
            "2025-03-01T12:00:00Z",
        ),
        (
            schedule(Johannesburg, every_day(&[("00:00", "24:00")])),
            "2025-03-01T12:00:00Z",
        ),
    ];
    let mut worst = Duration::ZERO;
    for (s, t) in &cases {
        let started = Instant::now();
        let result = status(s, t);
        worst = worst.max(started.elapsed());
        assert!(result.state != "closed", "{result:?}");
    }
    println!("worst reference_status call: {worst:?}");
    assert!(worst < Duration::from_secs(5), "{worst:?}");
}
