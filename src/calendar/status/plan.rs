//! A category's days as plans (open ranges, or why closed) and as periods of real time in
//! the schedule's zone; how long an opening lasts. The [`super`] module asks these.

use super::*;

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
pub(super) fn plan_day<'a>(
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
pub(super) struct Planner<'a> {
    pub(super) schedule: &'a Schedule,
    pub(super) category: &'a Category,
    /// Sorted by first day, unless `overlapping` (then in file order).
    overrides: Vec<&'a Override>,
    overlapping: bool,
    /// The category's weekly hours have no range at all: only an override opens a day.
    no_weekly_hours: bool,
}

impl<'a> Planner<'a> {
    pub(super) fn new(schedule: &'a Schedule, category: &'a Category) -> Planner<'a> {
        let overrides = schedule
            .overrides
            .iter()
            .filter(|o| o.only.is_empty() || o.only.contains(&category.id))
            .collect();
        Planner::with(schedule, category, overrides)
    }

    /// `overrides`: those that concern the category, in file order.
    pub(super) fn with(
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

    pub(super) fn override_on(&self, date: NaiveDate) -> Option<&'a Override> {
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

    pub(super) fn plan(&self, date: NaiveDate) -> DayPlan<'a> {
        plan_day(self.schedule, self.category, self.override_on(date), date)
    }

    /// The next day after `date` that may have an opening: past the end of a closure that
    /// covers `date`, and, when the category has no weekly hours, straight to the next
    /// override that opens. `None`: no day after `date` can open. Skipping only days that
    /// are surely closed keeps a long closed stretch as cheap as one day.
    pub(super) fn next_day_after(&self, date: NaiveDate) -> Option<NaiveDate> {
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

    pub(super) fn ranges(&self, date: NaiveDate) -> &'a [TimeRange] {
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

pub(super) fn resolve(tz: Tz, wall: NaiveDateTime) -> DateTime<Tz> {
    match tz.from_local_datetime(&wall) {
        LocalResult::Single(t) => t,
        LocalResult::Ambiguous(first, _) => first,
        LocalResult::None => end_of_gap(tz, wall),
    }
}

/// The first instant whose wall clock is past `wall`, a time inside a gap: found by halving
/// in whole seconds, since zones change offset on whole seconds. UTC offsets lie between
/// −12 h and +14 h, so the search starts from an instant surely before and one surely after.
pub(super) fn end_of_gap(tz: Tz, wall: NaiveDateTime) -> DateTime<Tz> {
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
pub(super) fn periods<'a>(
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
pub(super) fn in_view(
    tz: Tz,
    date: NaiveDate,
    horizon: DateTime<Tz>,
    horizon_day: NaiveDate,
) -> bool {
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
pub(super) fn closing_of(
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
pub(super) fn continue_through<'r>(
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
