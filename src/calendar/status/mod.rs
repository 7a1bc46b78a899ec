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

use crate::holidays::HolidayName;
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
            detail: reason.and_then(|r| r.detail(Lang::EN)),
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

mod plan;
#[cfg(test)]
mod tests;

use plan::*;
pub use plan::{DayClosure, DayPlan, day_plan, local_instant};

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
