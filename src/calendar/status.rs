//! Open or closed, and until when: a pure function of (schedule, category, instant).
//!
//! All arithmetic happens in the schedule's time zone via chrono-tz; the machine's own zone
//! is never consulted. Precedence for a day: the programme window bounds everything, then an
//! override, then a public holiday, then the weekly hours.
//!
//! Each day's ranges become periods of real time (instants), touching periods are one
//! opening, and nothing is looked for beyond [`HORIZON_DAYS`] after the instant asked about.

use std::ops::ControlFlow;
use std::sync::Arc;

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, TimeDelta, TimeZone, Utc,
};
use chrono_tz::Tz;

use super::holidays::HolidayName;
use crate::schedule::{Category, Override, Rule, Schedule, TimeRange};
use crate::text::{Lang, Localized};

/// How far ahead of the instant asked about a closing or an opening is looked for.
pub const HORIZON_DAYS: i64 = 400;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Open until `closes_at` (`None`: not within [`HORIZON_DAYS`]); `closing_soon` inside
    /// the last-join margin.
    Open {
        closes_at: Option<DateTime<Tz>>,
        closing_soon: bool,
    },
    /// Closed, and the next opening within [`HORIZON_DAYS`], if any.
    Closed {
        reason: ClosedReason,
        opens_at: Option<DateTime<Tz>>,
        /// No session is left before the programme's last day ends (the day's own reason
        /// still stands: a closure, a holiday, outside hours).
        no_more_sessions: bool,
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

    /// The holiday's or closure's name; `None` for reasons that have none.
    pub fn detail(&self, lang: Lang) -> Option<String> {
        match self {
            ClosedReason::PublicHoliday(names) => Some(
                names
                    .iter()
                    .map(|n| n.text(lang))
                    .collect::<Vec<_>>()
                    .join(" / "),
            ),
            ClosedReason::Closure(text) => Some(text.get(lang).to_owned()),
            ClosedReason::OutsideHours
            | ClosedReason::BeforeProgramme
            | ClosedReason::ProgrammeEnded => None,
        }
    }
}

/// A status as scripts see it (`loket status --json`), with names in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// `open`, `closing_soon` or `closed`.
    pub state: &'static str,
    pub reason: Option<&'static str>,
    pub detail: Option<String>,
    pub next_change: Option<DateTime<Tz>>,
    pub no_more_sessions: bool,
}

impl Status {
    pub fn summary(&self) -> Summary {
        let (state, reason, no_more_sessions) = match self {
            Status::Open {
                closing_soon: false,
                ..
            } => ("open", None, false),
            Status::Open {
                closing_soon: true, ..
            } => ("closing_soon", None, false),
            Status::Closed {
                reason,
                no_more_sessions,
                ..
            } => ("closed", Some(reason), *no_more_sessions),
        };
        Summary {
            state,
            reason: reason.map(ClosedReason::code),
            detail: reason.and_then(|r| r.detail(Lang::En)),
            next_change: self.next_change(),
            no_more_sessions,
        }
    }

    pub fn is_open(&self) -> bool {
        matches!(self, Status::Open { .. })
    }

    /// When this stops being true: the closing time when open, the next opening when closed.
    pub fn next_change(&self) -> Option<DateTime<Tz>> {
        match self {
            Status::Open { closes_at, .. } => *closes_at,
            Status::Closed { opens_at, .. } => *opens_at,
        }
    }

    /// The next instant at which anything shown about this status changes, counting the
    /// start of "closing soon": what a display needs to wake up for.
    pub fn next_transition(&self, last_join_minutes: u16) -> Option<DateTime<Tz>> {
        match self {
            Status::Open {
                closes_at: Some(closes_at),
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
    let found = schedule
        .overrides
        .iter()
        .find(|o| o.applies(date, &category.id));
    plan_day(schedule, category, found, date)
}

/// A day's plan, given the override that applies to it, if any.
fn plan_day<'a>(
    schedule: &'a Schedule,
    category: &'a Category,
    found: Option<&'a Override>,
    date: NaiveDate,
) -> DayPlan<'a> {
    let programme = &schedule.programme;
    if programme.start.is_some_and(|start| date < start) {
        return DayPlan::Closed(DayClosure::BeforeProgramme);
    }
    if programme.end.is_some_and(|end| date > end) {
        return DayPlan::Closed(DayClosure::ProgrammeEnded);
    }
    if let Some(o) = found {
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

/// [`day_plan`] for one category, many days: the overrides that concern it are sorted by
/// their first day once, so each day costs a binary search however many overrides the file
/// has. The checker refuses overrides that overlap for a category; a schedule built some
/// other way may have them, and then the first in file order wins, looked for one by one.
struct Planner<'a> {
    schedule: &'a Schedule,
    category: &'a Category,
    /// Sorted by first day, unless `overlapping` (then in file order).
    overrides: Vec<&'a Override>,
    overlapping: bool,
    /// The category's weekly hours have no range at all: only an override opens a day.
    no_weekly_hours: bool,
}

impl<'a> Planner<'a> {
    fn new(schedule: &'a Schedule, category: &'a Category) -> Planner<'a> {
        let overrides = schedule
            .overrides
            .iter()
            .filter(|o| o.only.is_empty() || o.only.contains(&category.id))
            .collect();
        Planner::with(schedule, category, overrides)
    }

    /// `overrides`: those that concern the category, in file order.
    fn with(
        schedule: &'a Schedule,
        category: &'a Category,
        overrides: Vec<&'a Override>,
    ) -> Planner<'a> {
        let mut sorted = overrides.clone();
        sorted.sort_by_key(|o| o.first);
        let overlapping = sorted.windows(2).any(|w| w[1].first <= w[0].last);
        let week = category.hours.as_ref().unwrap_or(&schedule.week);
        Planner {
            schedule,
            category,
            overrides: if overlapping { overrides } else { sorted },
            overlapping,
            no_weekly_hours: week.is_empty(),
        }
    }

    fn override_on(&self, date: NaiveDate) -> Option<&'a Override> {
        if self.overlapping {
            return self
                .overrides
                .iter()
                .find(|o| o.first <= date && date <= o.last)
                .copied();
        }
        let after = self.overrides.partition_point(|o| o.first <= date);
        after
            .checked_sub(1)
            .map(|i| self.overrides[i])
            .filter(|o| date <= o.last)
    }

    fn plan(&self, date: NaiveDate) -> DayPlan<'a> {
        plan_day(self.schedule, self.category, self.override_on(date), date)
    }

    /// The next day after `date` that may have an opening: past the end of a closure that
    /// covers `date`, and, when the category has no weekly hours, straight to the next
    /// override that opens. `None`: no day after `date` can open. Skipping only days that
    /// are surely closed keeps a long closed stretch as cheap as one day.
    fn next_day_after(&self, date: NaiveDate) -> Option<NaiveDate> {
        if self.overlapping {
            return date.checked_add_days(Days::new(1));
        }
        if let Some(o) = self.override_on(date) {
            return match o.rule {
                Rule::Closed { .. } => o.last.checked_add_days(Days::new(1)),
                Rule::Open { .. } => date.checked_add_days(Days::new(1)),
            };
        }
        if self.no_weekly_hours {
            let after = self.overrides.partition_point(|o| o.first <= date);
            return self.overrides[after..]
                .iter()
                .find(|o| matches!(o.rule, Rule::Open { .. }))
                .map(|o| o.first);
        }
        date.checked_add_days(Days::new(1))
    }

    fn ranges(&self, date: NaiveDate) -> &'a [TimeRange] {
        match self.plan(date) {
            DayPlan::Open(ranges) => ranges,
            DayPlan::Closed(_) => &[],
        }
    }
}

/// The instant a local wall-clock time happens. 24:00 is the next day's midnight. A time
/// that a daylight-saving gap skips becomes the first instant after the gap (the moment the
/// clocks jumped); a time that an overlap repeats counts at its first occurrence.
pub fn local_instant(tz: Tz, date: NaiveDate, minute: u16) -> DateTime<Tz> {
    let midnight = date.and_hms_opt(0, 0, 0).expect("midnight exists");
    resolve(tz, midnight + TimeDelta::minutes(i64::from(minute)))
}

fn resolve(tz: Tz, wall: NaiveDateTime) -> DateTime<Tz> {
    match tz.from_local_datetime(&wall) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => end_of_gap(tz, wall),
    }
}

/// The first instant whose wall clock is past `wall`, a time inside a gap: found by halving
/// in whole seconds, since zones change offset on whole seconds. UTC offsets lie between
/// −12 h and +14 h, so the search starts from an instant surely before and one surely after.
fn end_of_gap(tz: Tz, wall: NaiveDateTime) -> DateTime<Tz> {
    let as_utc = wall.and_utc().timestamp();
    let past = |t: i64| {
        DateTime::from_timestamp(t, 0).is_some_and(|u| u.with_timezone(&tz).naive_local() > wall)
    };
    let (mut before, mut after) = (as_utc - 15 * 3600, as_utc + 13 * 3600);
    while after - before > 1 {
        let middle = before + (after - before) / 2;
        if past(middle) {
            after = middle;
        } else {
            before = middle;
        }
    }
    let utc = DateTime::from_timestamp(after, 0).unwrap_or_else(|| wall.and_utc());
    utc.with_timezone(&tz)
}

/// A stretch of real time during which the category is open.
type Period = (DateTime<Tz>, DateTime<Tz>);

/// The open periods of `category`, day by day from `first_day`, in time order, until the
/// day that starts after `horizon` (or the programme's last day), each with its day.
/// Ranges that a daylight-saving gap swallows whole are empty and left out.
fn periods<'a>(
    planner: &'a Planner<'a>,
    first_day: NaiveDate,
    after: DateTime<Tz>,
    horizon: DateTime<Tz>,
) -> impl Iterator<Item = (NaiveDate, TimeRange, Period)> + 'a {
    let schedule = planner.schedule;
    let tz = schedule.time_zone;
    let programme = schedule.programme;
    // Days before the programme have no periods: start at its first day.
    let first_day = programme
        .start
        .map_or(first_day, |start| first_day.max(start));
    let horizon_day = horizon.date_naive();
    let days = std::iter::successors(Some(first_day), |d| planner.next_day_after(*d))
        .take_while(move |d| programme.end.is_none_or(|end| *d <= end))
        .take_while(move |d| in_view(tz, *d, horizon, horizon_day));
    let after_day = after.date_naive();
    days.flat_map(move |date| {
        let ranges = planner.ranges(date);
        // On the day asked about, the ranges that ended before `after` are found by halving
        // (a range's instants grow with its wall-clock time), not converted one by one.
        let disjoint = || ranges.windows(2).all(|w| w[0].end <= w[1].start);
        let first = if date == after_day && disjoint() {
            ranges.partition_point(|r| local_instant(tz, date, r.end) <= after)
        } else {
            0
        };
        ranges[first..]
            .iter()
            .map(move |range| {
                (
                    date,
                    *range,
                    (
                        local_instant(tz, date, range.start),
                        local_instant(tz, date, range.end),
                    ),
                )
            })
            .filter(|(_, _, (start, end))| start < end)
    })
}

/// Whether `date`'s midnight is within the horizon: surely so before the horizon's own day,
/// surely not two days after it (no clock change is that large), worked out in between, so
/// a long walk computes no time-zone arithmetic for the days in the middle.
fn in_view(tz: Tz, date: NaiveDate, horizon: DateTime<Tz>, horizon_day: NaiveDate) -> bool {
    date < horizon_day
        || (date <= horizon_day + Days::new(1) && local_instant(tz, date, 0) <= horizon)
}

/// How far an opening reaches: an instant, or the midnight that starts a day (kept as the
/// day, so a run of whole open days costs no time-zone arithmetic).
#[derive(Clone, Copy)]
enum Reach {
    At(DateTime<Tz>),
    MidnightOf(NaiveDate),
}

const WHOLE_DAY: TimeRange = TimeRange {
    start: 0,
    end: TimeRange::DAY_END,
};

/// When the opening whose period ends at `end` (on `day`) closes: later periods that start
/// no later than it continue it (17:00–18:00 then 18:00–19:00, or 24:00 into the next
/// day's 00:00, or across a daylight-saving gap), up to the same days [`periods`] looks at.
/// Whole open days (00:00–24:00) are passed over without computing their instants: they
/// always continue an opening that reaches their midnight, and end at the next one.
fn closing_of(
    planner: &Planner<'_>,
    day: NaiveDate,
    range: TimeRange,
    end: DateTime<Tz>,
    horizon: DateTime<Tz>,
) -> DateTime<Tz> {
    let tz = planner.schedule.time_zone;
    let programme_end = planner.schedule.programme.end;
    let horizon_day = horizon.date_naive();
    let instant = |reach: Reach| match reach {
        Reach::At(t) => t,
        Reach::MidnightOf(d) => local_instant(tz, d, 0),
    };
    // Later ranges of the same day first (disjoint after checking, but a daylight-saving
    // gap can make two of them meet); ones that end no later cannot continue it.
    let later = planner.ranges(day).iter().filter(|r| r.end > range.end);
    let closes = match continue_through(tz, day, later, end) {
        ControlFlow::Break(closes) => return closes,
        ControlFlow::Continue(closes) => closes,
    };
    let mut reach = Reach::At(closes);
    let mut date = day;
    loop {
        let Some(next) = date.checked_add_days(Days::new(1)) else {
            return instant(reach);
        };
        date = next;
        if programme_end.is_some_and(|last| date > last) {
            return instant(reach);
        }
        if !in_view(tz, date, horizon, horizon_day) {
            return instant(reach);
        }
        let ranges = planner.ranges(date);
        let reaches_midnight = match reach {
            Reach::MidnightOf(d) => d == date,
            Reach::At(t) => t >= local_instant(tz, date, 0),
        };
        if ranges == [WHOLE_DAY] && reaches_midnight {
            reach = Reach::MidnightOf(date + Days::new(1));
            continue;
        }
        let closes = match continue_through(tz, date, ranges.iter(), instant(reach)) {
            ControlFlow::Break(closes) => return closes,
            ControlFlow::Continue(closes) => closes,
        };
        // Nothing later can start before this day ends; if the opening does not reach the
        // next midnight, it is over (a day the clocks skip whole is the exception).
        if closes < local_instant(tz, date + Days::new(1), 0) {
            return closes;
        }
        reach = Reach::At(closes);
    }
}

/// Carries an opening that closes at `closes` through `ranges` of `date` (in order): each
/// that starts no later continues it; one that starts later ends it (`Break`).
fn continue_through<'r>(
    tz: Tz,
    date: NaiveDate,
    ranges: impl Iterator<Item = &'r TimeRange>,
    mut closes: DateTime<Tz>,
) -> ControlFlow<DateTime<Tz>, DateTime<Tz>> {
    for range in ranges {
        let (start, stop) = (
            local_instant(tz, date, range.start),
            local_instant(tz, date, range.end),
        );
        if start >= stop {
            continue;
        }
        if start > closes {
            return ControlFlow::Break(closes);
        }
        closes = closes.max(stop);
    }
    ControlFlow::Continue(closes)
}

/// The status of `category` at `at`.
pub fn status(schedule: &Schedule, category: &Category, at: DateTime<Utc>) -> Status {
    status_with(&Planner::new(schedule, category), at)
}

fn status_with(planner: &Planner<'_>, at: DateTime<Utc>) -> Status {
    let schedule = planner.schedule;
    let category = planner.category;
    let tz = schedule.time_zone;
    let now = at.with_timezone(&tz);
    let today = now.date_naive();
    let horizon = now + TimeDelta::days(HORIZON_DAYS);
    let mut ahead =
        periods(planner, today, now, horizon).skip_while(|(_, _, (_, end))| *end <= now);

    match ahead.next() {
        Some((day, range, (start, end))) if start <= now => {
            let closes = closing_of(planner, day, range, end, horizon);
            let closes_at = (closes <= horizon).then_some(closes);
            let margin = TimeDelta::minutes(i64::from(schedule.last_join_minutes));
            Status::Open {
                closes_at,
                closing_soon: closes_at.is_some_and(|closes| now >= closes - margin),
            }
        }
        next => {
            let opens_at = next
                .map(|(_, _, (start, _))| start)
                .filter(|start| *start <= horizon);
            let reason = closed_reason(schedule, category, today);
            // Sure only when the whole rest of the programme lies within the horizon.
            let programme_over_in_view = schedule.programme.end.is_some_and(|end| {
                end.checked_add_days(Days::new(1))
                    .is_some_and(|after| local_instant(tz, after, 0) <= horizon)
            });
            Status::Closed {
                no_more_sessions: opens_at.is_none()
                    && reason != ClosedReason::ProgrammeEnded
                    && programme_over_in_view,
                reason,
                opens_at,
            }
        }
    }
}

/// The status of every category at `at`, in the schedule's order. Categories whose days are
/// planned alike (the same hours and the same overrides) have the same status, which is
/// worked out once: a schedule of many categories costs what its distinct plans cost.
pub fn statuses(schedule: &Schedule, at: DateTime<Utc>) -> Vec<Status> {
    use std::collections::HashMap;
    // Which overrides concern which category, found once (file order kept): a thousand
    // categories and a thousand overrides cost a pass over each, not their product.
    let mut for_all: Vec<usize> = Vec::new();
    let mut by_category: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, o) in schedule.overrides.iter().enumerate() {
        if o.only.is_empty() {
            for_all.push(index);
        }
        for id in &o.only {
            let list = by_category.entry(id.as_str()).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
    }
    let mut worked_out: HashMap<(Option<&crate::schedule::Week>, Vec<usize>), Status> =
        HashMap::new();
    schedule
        .categories
        .iter()
        .map(|category| {
            let own = by_category.get(category.id.as_str());
            let mut concern: Vec<usize> = for_all.clone();
            concern.extend(own.into_iter().flatten());
            concern.sort_unstable();
            let key = (category.hours.as_ref(), concern);
            if let Some(status) = worked_out.get(&key) {
                return status.clone();
            }
            let overrides = key.1.iter().map(|&i| &schedule.overrides[i]).collect();
            let status = status_with(&Planner::with(schedule, category, overrides), at);
            worked_out.insert(key, status.clone());
            status
        })
        .collect()
}

/// Why a category is closed on `date`: that day's own rule.
fn closed_reason(schedule: &Schedule, category: &Category, date: NaiveDate) -> ClosedReason {
    match day_plan(schedule, category, date) {
        DayPlan::Open(_) | DayPlan::Closed(DayClosure::NoHours) => ClosedReason::OutsideHours,
        DayPlan::Closed(DayClosure::Holiday) => {
            ClosedReason::PublicHoliday(schedule.holidays.names_on(date))
        }
        DayPlan::Closed(DayClosure::Override(reason)) => ClosedReason::Closure(reason.clone()),
        DayPlan::Closed(DayClosure::BeforeProgramme) => ClosedReason::BeforeProgramme,
        DayPlan::Closed(DayClosure::ProgrammeEnded) => ClosedReason::ProgrammeEnded,
    }
}

/// The state across all categories, for the banner: open while any category is open (until
/// the last one closes; "closing soon" only when every open one is), otherwise closed with
/// the earliest next opening and that category's reason.
pub fn overall_status(schedule: &Schedule, at: DateTime<Utc>) -> Status {
    overall_of(&statuses(schedule, at))
}

/// [`overall_status`] from statuses already computed, so a window computes each once.
pub fn overall_of(statuses: &[Status]) -> Status {
    let open: Vec<(Option<DateTime<Tz>>, bool)> = statuses
        .iter()
        .filter_map(|s| match s {
            Status::Open {
                closes_at,
                closing_soon,
            } => Some((*closes_at, *closing_soon)),
            Status::Closed { .. } => None,
        })
        .collect();
    if !open.is_empty() {
        // The last to close; one open beyond the horizon keeps the whole banner open.
        let closes_at = if open.iter().any(|(t, _)| t.is_none()) {
            None
        } else {
            open.iter().filter_map(|(t, _)| *t).max()
        };
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
            no_more_sessions: false,
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
}
