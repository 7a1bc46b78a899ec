//! The status engine's tests: hand-made schedules at chosen instants (DST gaps, overrides,
//! holidays, the horizon).

use super::*;
use crate::schedule::check_str;

/// A schedule from RON text: `hours` and `extra` are spliced into a small template.
fn schedule(zone: &str, hours: &str, extra: &str) -> Schedule {
    let text = format!(
        r#"Schedule(
            title: {{"en": "T"}},
            time_zone: "{zone}",
            passcode: "p",
            last_join_minutes: 10,
            hours: ({hours}),
            {extra}
            categories: [
                (id: "a", name: {{"en": "A"}}, hosts: [(label: {{"en": "H"}}, meeting_id: "123456789")]),
                (id: "b", name: {{"en": "B"}}, hours: (sun: [("10:00", "11:00")]),
                    hosts: [(label: {{"en": "H"}}, meeting_id: "123456780")]),
            ],
        )"#
    );
    let checked = check_str(&text);
    checked
        .schedule
        .unwrap_or_else(|| panic!("{:?}", checked.diagnostics))
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

fn of(schedule: &Schedule, id: &str, instant: &str) -> Status {
    status(schedule, schedule.category(id).unwrap(), at(instant))
}

fn closes(status: &Status) -> String {
    match status {
        Status::Open {
            closes_at: Some(closes_at),
            ..
        } => closes_at.to_rfc3339(),
        other => panic!("expected open, got {other:?}"),
    }
}

#[test]
fn touching_ranges_are_one_opening() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"tue: [("16:00", "17:00"), ("17:00", "19:00")]"#,
        "",
    );
    let open = of(&s, "a", "2025-12-09T16:30:00+02:00");
    assert_eq!(closes(&open), "2025-12-09T19:00:00+02:00");
}

#[test]
fn an_opening_to_midnight_continues_into_the_next_day() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"mon: [("20:00", "24:00")], tue: [("00:00", "02:00"), ("16:00", "19:00")]"#,
        "",
    );
    let open = of(&s, "a", "2025-12-08T23:00:00+02:00");
    assert_eq!(closes(&open), "2025-12-09T02:00:00+02:00");
    // Without the Tuesday 00:00 range it closes at midnight.
    let s = schedule(
        "Africa/Johannesburg",
        r#"mon: [("20:00", "24:00")], tue: [("16:00", "19:00")]"#,
        "",
    );
    let open = of(&s, "a", "2025-12-08T23:00:00+02:00");
    assert_eq!(closes(&open), "2025-12-09T00:00:00+02:00");
}

#[test]
fn a_range_inside_a_daylight_saving_gap_never_opens() {
    // London, Sunday 30 March 2025: clocks jump from 01:00 to 02:00.
    let s = schedule(
        "Europe/London",
        r#"sun: [("01:15", "01:45"), ("10:00", "11:00")]"#,
        "public_holidays: (calendar: None),",
    );
    let closed = of(&s, "a", "2025-03-30T00:30:00Z");
    assert_eq!(
        closed.next_change().unwrap().to_rfc3339(),
        "2025-03-30T10:00:00+01:00"
    );
}

#[test]
fn wall_clock_hours_hold_across_daylight_saving() {
    // New York: 16:00 local is 21:00 UTC in winter and 20:00 UTC in summer.
    let s = schedule(
        "America/New_York",
        r#"mon: [("16:00", "19:00")]"#,
        "public_holidays: (calendar: None),",
    );
    assert!(of(&s, "a", "2025-01-06T21:30:00Z").is_open());
    assert!(of(&s, "a", "2025-07-07T20:30:00Z").is_open());
    assert!(!of(&s, "a", "2025-01-06T20:30:00Z").is_open());
}

#[test]
fn override_beats_holiday_beats_week() {
    // Tuesday 16 December 2025 is the Day of Reconciliation.
    let hours = r#"tue: [("16:00", "19:00")], wed: [("16:00", "19:00")]"#;
    let s = schedule("Africa/Johannesburg", hours, "");
    let holiday = of(&s, "a", "2025-12-16T17:00:00+02:00");
    assert!(matches!(
        holiday,
        Status::Closed {
            reason: ClosedReason::PublicHoliday(_),
            ..
        }
    ));
    let s = schedule(
        "Africa/Johannesburg",
        hours,
        r#"overrides: [
            (date: "2025-12-16", rule: Open(hours: [("09:00", "12:00")])),
            (date: "2025-12-17", only: ["a"], rule: Closed(reason: {"en": "Upgrade"})),
        ],"#,
    );
    assert_eq!(
        closes(&of(&s, "a", "2025-12-16T10:00:00+02:00")),
        "2025-12-16T12:00:00+02:00"
    );
    let closure = of(&s, "a", "2025-12-17T17:00:00+02:00");
    let Status::Closed {
        reason: ClosedReason::Closure(reason),
        ..
    } = &closure
    else {
        panic!("{closure:?}")
    };
    assert_eq!(reason.en(), "Upgrade");
}

#[test]
fn a_category_with_its_own_hours_ignores_the_week() {
    let s = schedule("Africa/Johannesburg", r#"sun: [("16:00", "19:00")]"#, "");
    // Sunday 7 December 2025.
    assert!(of(&s, "b", "2025-12-07T10:30:00+02:00").is_open());
    assert!(!of(&s, "a", "2025-12-07T10:30:00+02:00").is_open());
    assert!(of(&s, "a", "2025-12-07T16:30:00+02:00").is_open());
    let overall = overall_status(&s, at("2025-12-07T10:30:00+02:00"));
    assert_eq!(closes(&overall), "2025-12-07T11:00:00+02:00");
}

#[test]
fn overall_closed_reports_the_earliest_opening() {
    let s = schedule("Africa/Johannesburg", r#"mon: [("16:00", "19:00")]"#, "");
    // Saturday 6 Dec: "b" opens Sunday 10:00, "a" Monday 16:00.
    let overall = overall_status(&s, at("2025-12-06T12:00:00+02:00"));
    assert_eq!(
        overall.next_change().unwrap().to_rfc3339(),
        "2025-12-07T10:00:00+02:00"
    );
}

#[test]
fn before_the_programme_and_nothing_to_find() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"mon: [("16:00", "19:00")]"#,
        r#"programme: (start: "2026-01-05"),"#,
    );
    let before = of(&s, "a", "2025-12-08T17:00:00+02:00");
    assert_eq!(
        before,
        Status::Closed {
            reason: ClosedReason::BeforeProgramme,
            opens_at: Some(at("2026-01-05T16:00:00+02:00").with_timezone(&s.time_zone)),
            no_more_sessions: false,
        }
    );
    let never = schedule("Africa/Johannesburg", "", "");
    let closed = of(&never, "a", "2025-12-08T17:00:00+02:00");
    assert_eq!(closed.next_change(), None);
}

fn closed_parts(status: &Status) -> (&'static str, Option<String>, bool) {
    match status {
        Status::Closed {
            reason,
            opens_at,
            no_more_sessions,
        } => (
            reason.code(),
            opens_at.map(|t| t.to_rfc3339()),
            *no_more_sessions,
        ),
        other => panic!("expected closed, got {other:?}"),
    }
}

#[test]
fn before_the_start_is_never_programme_ended() {
    // Tuesday 16 December 2025 is a public holiday: this programme has no session.
    let s = schedule(
        "Africa/Johannesburg",
        r#"tue: [("16:00", "19:00")]"#,
        r#"programme: (start: "2025-12-16", end: "2025-12-16"),"#,
    );
    let early = of(&s, "a", "2025-12-10T10:00:00+02:00");
    assert_eq!(closed_parts(&early), ("before_programme", None, true));
    let on_the_day = of(&s, "a", "2025-12-16T17:00:00+02:00");
    assert_eq!(closed_parts(&on_the_day), ("public_holiday", None, true));
    let after = of(&s, "a", "2025-12-17T17:00:00+02:00");
    assert_eq!(closed_parts(&after), ("programme_ended", None, false));
}

#[test]
fn a_closure_on_the_last_days_keeps_its_reason() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"thu: [("16:00", "19:00")], fri: [("16:00", "19:00")], sat: [("08:00", "13:00")]"#,
        r#"programme: (end: "2025-12-13"),
           overrides: [(date: "2025-12-12", until: "2025-12-13",
                        rule: Closed(reason: {"en": "Staff training"}))],"#,
    );
    let friday = of(&s, "a", "2025-12-12T10:00:00+02:00");
    assert_eq!(closed_parts(&friday), ("closure", None, true));
    // A day before the closure still points at the next real session.
    let thursday = of(&s, "a", "2025-12-11T10:00:00+02:00");
    assert_eq!(
        closed_parts(&thursday),
        (
            "outside_hours",
            Some("2025-12-11T16:00:00+02:00".to_owned()),
            false
        )
    );
}

#[test]
fn after_the_last_session_the_day_is_still_the_day() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"sat: [("08:00", "13:00")]"#,
        r#"programme: (end: "2025-12-13"),"#,
    );
    let late = of(&s, "a", "2025-12-13T14:00:00+02:00");
    assert_eq!(closed_parts(&late), ("outside_hours", None, true));
}

#[test]
fn an_opening_of_months_closes_when_it_really_closes() {
    let all_day = r#"("00:00", "24:00")"#;
    let week = format!(
        "mon: [{all_day}], tue: [{all_day}], wed: [{all_day}], thu: [{all_day}], fri: [{all_day}], sat: [{all_day}], sun: [{all_day}]"
    );
    let ending = schedule(
        "Africa/Johannesburg",
        &week,
        r#"public_holidays: (calendar: None), programme: (end: "2025-10-01"),"#,
    );
    let open = of(&ending, "a", "2025-01-01T12:00:00+02:00");
    assert_eq!(closes(&open), "2025-10-02T00:00:00+02:00");
    // Beyond the horizon there is no closing to tell.
    let endless = schedule(
        "Africa/Johannesburg",
        &week,
        "public_holidays: (calendar: None),",
    );
    let open = of(&endless, "a", "2025-01-01T12:00:00+02:00");
    assert_eq!(open.next_change(), None);
    assert!(open.is_open());
}

#[test]
fn many_touching_ranges_are_one_opening() {
    let ranges: Vec<String> = (480..1080)
        .map(|m| format!("(\"{}\", \"{}\")", clock_text(m), clock_text(m + 1)))
        .collect();
    let s = schedule(
        "Africa/Johannesburg",
        &format!("tue: [{}]", ranges.join(", ")),
        "",
    );
    let open = of(&s, "a", "2025-12-09T08:30:00+02:00");
    assert_eq!(closes(&open), "2025-12-09T18:00:00+02:00");
}

fn clock_text(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

#[test]
fn times_in_a_gap_move_to_the_end_of_the_gap_exactly() {
    // London, Sunday 30 March 2025: 01:00 GMT becomes 02:00 BST.
    let london = schedule(
        "Europe/London",
        r#"sun: [("00:00", "01:10")]"#,
        "public_holidays: (calendar: None),",
    );
    let late = of(&london, "a", "2025-03-30T02:05:00+01:00");
    assert_eq!(closed_parts(&late).0, "outside_hours");
    let open = of(&london, "a", "2025-03-30T00:30:00+00:00");
    assert_eq!(closes(&open), "2025-03-30T02:00:00+01:00");
    // New York, Sunday 9 March 2025: 02:00 EST becomes 03:00 EDT.
    let new_york = schedule(
        "America/New_York",
        r#"sun: [("02:10", "05:00")]"#,
        "public_holidays: (calendar: None),",
    );
    assert!(of(&new_york, "a", "2025-03-09T03:05:00-04:00").is_open());
    let before = of(&new_york, "a", "2025-03-09T01:30:00-05:00");
    assert_eq!(
        closed_parts(&before).1.as_deref(),
        Some("2025-03-09T03:00:00-04:00")
    );
    // Lord Howe shifts by half an hour: 02:00 becomes 02:30.
    let lord_howe = schedule(
        "Australia/Lord_Howe",
        r#"sun: [("02:07", "05:00")]"#,
        "public_holidays: (calendar: None),",
    );
    let before = of(&lord_howe, "a", "2025-10-05T01:00:00+10:30");
    assert_eq!(
        closed_parts(&before).1.as_deref(),
        Some("2025-10-05T02:30:00+11:00")
    );
}

#[test]
fn a_range_inside_a_gap_has_no_phantom_minute() {
    let s = schedule(
        "Europe/London",
        r#"sun: [("01:15", "01:45")]"#,
        "public_holidays: (calendar: None),",
    );
    for instant in [
        "2025-03-30T00:59:00Z",
        "2025-03-30T01:00:00Z",
        "2025-03-30T01:10:00Z",
    ] {
        let status = of(&s, "a", instant);
        assert!(!status.is_open(), "{instant}: {status:?}");
        assert_eq!(
            closed_parts(&status).1.as_deref(),
            Some("2025-04-06T01:15:00+01:00")
        );
    }
}

#[test]
fn a_repeated_hour_counts_at_its_first_occurrence() {
    // London, Sunday 26 October 2025: 02:00 BST becomes 01:00 GMT; 01:00–02:00 repeats.
    let s = schedule(
        "Europe/London",
        r#"sun: [("00:00", "01:30"), ("01:45", "03:00")]"#,
        "public_holidays: (calendar: None),",
    );
    // The first 01:15 (BST) is open and closes at the first 01:30.
    let first = of(&s, "a", "2025-10-26T00:15:00Z");
    assert_eq!(closes(&first), "2025-10-26T01:30:00+01:00");
    // The second 01:15 (GMT) is after the first 01:45: open until 03:00 GMT.
    let second = of(&s, "a", "2025-10-26T01:15:00Z");
    assert_eq!(closes(&second), "2025-10-26T03:00:00+00:00");
    let between = of(&s, "a", "2025-10-26T00:35:00Z");
    assert_eq!(
        closed_parts(&between).1.as_deref(),
        Some("2025-10-26T01:45:00+01:00")
    );
}

#[test]
fn touching_minutes_are_one_period_and_walk_like_one() {
    let minutes: Vec<String> = (0..1440)
        .map(|m| {
            format!(
                "(\"{:02}:{:02}\", \"{:02}:{:02}\")",
                m / 60,
                m % 60,
                (m + 1) / 60,
                (m + 1) % 60
            )
        })
        .collect();
    let many = schedule(
        "Africa/Johannesburg",
        &format!("mon: [{}]", minutes.join(",")),
        "",
    );
    let one = schedule("Africa/Johannesburg", r#"mon: [("00:00", "24:00")]"#, "");
    assert_eq!(many.week, one.week, "merged when checked");
    assert_eq!(
        closes(&of(&many, "a", "2025-12-08T10:00:00+02:00")),
        "2025-12-09T00:00:00+02:00"
    );
}

#[test]
fn a_run_of_whole_days_ends_where_the_first_partial_day_ends() {
    let s = schedule(
        "Europe/London",
        r#"mon: [("00:00", "24:00")], tue: [("00:00", "24:00")], wed: [("00:00", "10:00"), ("11:00", "12:00")]"#,
        "public_holidays: (calendar: None),",
    );
    assert_eq!(
        closes(&of(&s, "a", "2025-03-31T08:00:00+01:00")),
        "2025-04-02T10:00:00+01:00"
    );
    // Open around the clock: no closing within the horizon.
    let always = schedule(
        "Europe/London",
        r#"mon: [("00:00", "24:00")], tue: [("00:00", "24:00")], wed: [("00:00", "24:00")], thu: [("00:00", "24:00")], fri: [("00:00", "24:00")], sat: [("00:00", "24:00")], sun: [("00:00", "24:00")]"#,
        "public_holidays: (calendar: None),",
    );
    assert!(matches!(
        of(&always, "a", "2025-03-31T08:00:00+01:00"),
        Status::Open {
            closes_at: None,
            ..
        }
    ));
}

#[test]
fn statuses_of_all_categories_match_each_one_alone() {
    let s = schedule(
        "Africa/Johannesburg",
        r#"mon: [("16:00", "19:00")], tue: [("16:00", "19:00")]"#,
        r#"overrides: [(date: "2025-12-09", only: ["b"], rule: Closed(reason: {"en": "Away"}))],"#,
    );
    for instant in [
        "2025-12-08T17:00:00+02:00",
        "2025-12-09T17:00:00+02:00",
        "2025-12-14T10:30:00+02:00",
    ] {
        let together = statuses(&s, at(instant));
        let alone: Vec<Status> = s
            .categories
            .iter()
            .map(|c| status(&s, c, at(instant)))
            .collect();
        assert_eq!(together, alone, "{instant}");
    }
}
