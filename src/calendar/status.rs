//! Open or closed, and until when: a pure function of (schedule, category, instant).
//!
//! All arithmetic happens in the schedule's time zone via chrono-tz; the machine's own zone
//! is never consulted. Precedence for a day: the programme window bounds everything, then an
//! override, then a public holiday, then the weekly hours.

use std::sync::Arc;

use chrono::{DateTime, Datelike, Days, LocalResult, NaiveDate, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use super::holidays::HolidayName;
use crate::schedule::{Category, Rule, Schedule, TimeRange};
use crate::text::Localized;

/// How far ahead the next opening (or the end of a long opening) is looked for.
pub const SEARCH_DAYS: u64 = 400;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Open until `closes_at`; `closing_soon` inside the last-join margin.
    Open {
        closes_at: DateTime<Tz>,
        closing_soon: bool,
    },
    /// Closed, and the next opening within [`SEARCH_DAYS`], if any.
    Closed {
        reason: ClosedReason,
        opens_at: Option<DateTime<Tz>>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClosedReason {
    OutsideHours,
    /// One name, or two when two holidays fall on the day.
    PublicHoliday(Vec<HolidayName>),
    Closure(Arc<Localized>),
    BeforeProgramme,
    ProgrammeEnded,
}

impl ClosedReason {
    /// The stable word scripts see (`loket status --json`).
    pub fn code(&self) -> &'static str {
        match self {
            ClosedReason::OutsideHours => "outside_hours",
            ClosedReason::PublicHoliday(_) => "public_holiday",
            ClosedReason::Closure(_) => "closure",
            ClosedReason::BeforeProgramme => "before_programme",
            ClosedReason::ProgrammeEnded => "programme_ended",
        }
    }
}

impl Status {
    pub fn is_open(&self) -> bool {
        matches!(self, Status::Open { .. })
    }

    /// When this stops being true: the closing time when open, the next opening when closed.
    pub fn next_change(&self) -> Option<DateTime<Tz>> {
        match self {
            Status::Open { closes_at, .. } => Some(*closes_at),
            Status::Closed { opens_at, .. } => *opens_at,
        }
    }

    /// The next instant at which anything shown about this status changes, counting the
    /// start of "closing soon": what a display needs to wake up for.
    pub fn next_transition(&self, last_join_minutes: u16) -> Option<DateTime<Tz>> {
        match self {
            Status::Open {
                closes_at,
                closing_soon: false,
            } if last_join_minutes > 0 => {
                Some(*closes_at - TimeDelta::minutes(i64::from(last_join_minutes)))
            }
            other => other.next_change(),
        }
    }
}

/// What a single day looks like for one category, before times are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPlan<'a> {
    Open(&'a [TimeRange]),
    Closed(DayClosure<'a>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayClosure<'a> {
    NoHours,
    Holiday,
    Override(&'a Arc<Localized>),
    BeforeProgramme,
    ProgrammeEnded,
}

pub fn day_plan<'a>(
    schedule: &'a Schedule,
    category: &'a Category,
    date: NaiveDate,
) -> DayPlan<'a> {
    let programme = &schedule.programme;
    if programme.start.is_some_and(|start| date < start) {
        return DayPlan::Closed(DayClosure::BeforeProgramme);
    }
    if programme.end.is_some_and(|end| date > end) {
        return DayPlan::Closed(DayClosure::ProgrammeEnded);
    }
    if let Some(o) = schedule
        .overrides
        .iter()
        .find(|o| o.applies(date, &category.id))
    {
        return match &o.rule {
            Rule::Closed { reason } => DayPlan::Closed(DayClosure::Override(reason)),
            Rule::Open { hours, .. } => DayPlan::Open(hours),
        };
    }
    if schedule.holidays.is_holiday(date) {
        return DayPlan::Closed(DayClosure::Holiday);
    }
    let week = category.hours.as_ref().unwrap_or(&schedule.week);
    match week.on(date.weekday()) {
        [] => DayPlan::Closed(DayClosure::NoHours),
        ranges => DayPlan::Open(ranges),
    }
}

/// The instant a local wall-clock time happens. 24:00 is the next day's midnight. In a
/// daylight-saving gap the time moves forward to the first instant that exists; in an
/// overlap the earlier instant counts.
pub fn local_instant(tz: Tz, date: NaiveDate, minute: u16) -> DateTime<Tz> {
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    let mut wall = midnight + TimeDelta::minutes(i64::from(minute));
    for _ in 0..(26 * 4) {
        match tz.from_local_datetime(&wall) {
            LocalResult::Single(t) => return t,
            LocalResult::Ambiguous(earliest, _) => return earliest,
            LocalResult::None => wall += TimeDelta::minutes(15),
        }
    }
    // No zone has a gap this long; read the wall time as UTC rather than fail.
    tz.from_utc_datetime(&wall)
}

fn instants(tz: Tz, date: NaiveDate, range: TimeRange) -> (DateTime<Tz>, DateTime<Tz>) {
    (
        local_instant(tz, date, range.start),
        local_instant(tz, date, range.end),
    )
}

/// The status of `category` at `at`.
pub fn status(schedule: &Schedule, category: &Category, at: DateTime<Utc>) -> Status {
    let tz = schedule.time_zone;
    let now = at.with_timezone(&tz);
    let today = now.date_naive();
    let plan = day_plan(schedule, category, today);

    if let DayPlan::Open(ranges) = plan {
        for &range in ranges {
            let (start, end) = instants(tz, today, range);
            if start <= now && now < end {
                let closes_at = end_of_opening(schedule, category, today, end);
                let margin = TimeDelta::minutes(i64::from(schedule.last_join_minutes));
                return Status::Open {
                    closes_at,
                    closing_soon: now >= closes_at - margin,
                };
            }
        }
    }

    let reason = match plan {
        DayPlan::Open(_) | DayPlan::Closed(DayClosure::NoHours) => ClosedReason::OutsideHours,
        DayPlan::Closed(DayClosure::Holiday) => {
            ClosedReason::PublicHoliday(schedule.holidays.names_on(today))
        }
        DayPlan::Closed(DayClosure::Override(reason)) => ClosedReason::Closure(reason.clone()),
        DayPlan::Closed(DayClosure::BeforeProgramme) => ClosedReason::BeforeProgramme,
        DayPlan::Closed(DayClosure::ProgrammeEnded) => ClosedReason::ProgrammeEnded,
    };
    match next_opening(schedule, category, now) {
        Opening::At(at) => Status::Closed {
            reason,
            opens_at: Some(at),
        },
        // After the last session of a programme, that is the news, whatever today is.
        Opening::ProgrammeOver => Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            opens_at: None,
        },
        Opening::NotSoon => Status::Closed {
            reason,
            opens_at: None,
        },
    }
}

enum Opening {
    At(DateTime<Tz>),
    /// No session is left before the programme's last day has passed.
    ProgrammeOver,
    /// Nothing within [`SEARCH_DAYS`].
    NotSoon,
}

/// Follows an opening across ranges that touch (17:00–18:00 then 18:00–19:00, or 24:00
/// into the next day's 00:00), so "closes at" is when it really closes.
fn end_of_opening(
    schedule: &Schedule,
    category: &Category,
    mut date: NaiveDate,
    mut end: DateTime<Tz>,
) -> DateTime<Tz> {
    let tz = schedule.time_zone;
    for _ in 0..=SEARCH_DAYS {
        let DayPlan::Open(ranges) = day_plan(schedule, category, date) else {
            return end;
        };
        let continued = ranges
            .iter()
            .map(|&r| instants(tz, date, r))
            .find(|(start, _)| *start == end);
        match continued {
            Some((_, later_end)) => end = later_end,
            None if end == local_instant(tz, date, TimeRange::DAY_END) => {
                let Some(next) = date.checked_add_days(Days::new(1)) else {
                    return end;
                };
                let starts_at_midnight = matches!(
                    day_plan(schedule, category, next),
                    DayPlan::Open([first, ..]) if first.start == 0
                );
                if !starts_at_midnight {
                    return end;
                }
                date = next;
            }
            None => return end,
        }
    }
    end
}

/// The first opening strictly after `now`, within [`SEARCH_DAYS`].
fn next_opening(schedule: &Schedule, category: &Category, now: DateTime<Tz>) -> Opening {
    let tz = schedule.time_zone;
    let today = now.date_naive();
    for offset in 0..=SEARCH_DAYS {
        let Some(date) = today.checked_add_days(Days::new(offset)) else {
            return Opening::NotSoon;
        };
        match day_plan(schedule, category, date) {
            DayPlan::Open(ranges) => {
                // A range that falls wholly in a daylight-saving gap never opens.
                let first = ranges
                    .iter()
                    .map(|&r| instants(tz, date, r))
                    .find(|(start, end)| *start > now && start < end)
                    .map(|(start, _)| start);
                if let Some(first) = first {
                    return Opening::At(first);
                }
            }
            DayPlan::Closed(DayClosure::ProgrammeEnded) => return Opening::ProgrammeOver,
            DayPlan::Closed(_) => {}
        }
    }
    Opening::NotSoon
}

/// The state across all categories, for the banner: open while any category is open (until
/// the last one closes; "closing soon" only when every open one is), otherwise closed with
/// the earliest next opening and that category's reason.
pub fn overall_status(schedule: &Schedule, at: DateTime<Utc>) -> Status {
    let statuses: Vec<Status> = schedule
        .categories
        .iter()
        .map(|c| status(schedule, c, at))
        .collect();
    overall_of(&statuses)
}

/// [`overall_status`] from statuses already computed, so a window computes each once.
pub fn overall_of(statuses: &[Status]) -> Status {
    let open: Vec<(DateTime<Tz>, bool)> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Open {
                closes_at,
                closing_soon,
            } => Some((*closes_at, *closing_soon)),
            Status::Closed { .. } => None,
        })
        .collect();
    if let Some(closes_at) = open.iter().map(|(t, _)| *t).max() {
        return Status::Open {
            closes_at,
            closing_soon: open.iter().all(|(_, soon)| *soon),
        };
    }
    statuses
        .iter()
        .filter(|s| s.next_change().is_some())
        .min_by_key(|s| s.next_change())
        .or(statuses.first())
        .cloned()
        .unwrap_or(Status::Closed {
            reason: ClosedReason::OutsideHours,
            opens_at: None,
        })
}

#[cfg(test)]
mod tests {
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
            Status::Open { closes_at, .. } => closes_at.to_rfc3339(),
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
            }
        );
        let never = schedule("Africa/Johannesburg", "", "");
        let closed = of(&never, "a", "2025-12-08T17:00:00+02:00");
        assert_eq!(closed.next_change(), None);
    }
}
