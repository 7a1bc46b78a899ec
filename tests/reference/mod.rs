//! A deliberately naive reference model of the opening-hours engine, for tests to compare the
//! real engine against. It is written from the README's rules and a written spec, not from
//! `src/calendar/status.rs`, and shares no code with it: it walks time one UTC minute at a
//! time so that it is obviously right, not fast.
//!
//! The one subtle rule is wall-clock time under daylight saving, "first occurrence counts":
//! on a local date, the minute that decides whether a range is open is the highest wall-clock
//! minute the clock has shown so far that day. In a repeated hour the clock does not go back
//! for this purpose; after a skipped hour it has jumped past the skipped minutes.
#![allow(dead_code)]

use std::collections::HashMap;

use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, Offset, TimeDelta, TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;
use loket::schedule::{Category, Rule, Schedule, TimeRange};
use loket::text::Lang;

/// What the reference model says about one category at one instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefStatus {
    /// "open" | "closing_soon" | "closed"
    pub state: &'static str,
    /// None when open; else "outside_hours" | "public_holiday" | "closure" |
    /// "before_programme" | "programme_ended"
    pub reason: Option<&'static str>,
    pub detail: Option<String>,
    pub next_change: Option<DateTime<Utc>>,
    pub no_more_sessions: bool,
}

/// How far ahead a next change is looked for: exactly 400 × 24 hours.
const HORIZON: TimeDelta = TimeDelta::days(400);
const MINUTE: TimeDelta = TimeDelta::minutes(1);

/// A local date's rules before the time of day is looked at.
#[derive(Debug, Clone)]
enum Plan {
    Closed {
        reason: &'static str,
        detail: Option<String>,
    },
    /// Never empty (a day without ranges is `Closed` with "outside_hours").
    Open(Vec<TimeRange>),
}

/// The day's rules, in the README's order: programme window, first matching override,
/// public holiday, weekly hours (the category's own, else the schedule's).
fn plan_of(schedule: &Schedule, category: &Category, d: NaiveDate) -> Plan {
    if schedule.programme.start.is_some_and(|start| d < start) {
        return Plan::Closed {
            reason: "before_programme",
            detail: None,
        };
    }
    if schedule.programme.end.is_some_and(|end| d > end) {
        return Plan::Closed {
            reason: "programme_ended",
            detail: None,
        };
    }
    // Written out rather than via Override::applies, so the model re-states the rule.
    let first_override = schedule.overrides.iter().find(|o| {
        o.first <= d && d <= o.last && (o.only.is_empty() || o.only.contains(&category.id))
    });
    if let Some(o) = first_override {
        return match &o.rule {
            Rule::Closed { reason } => Plan::Closed {
                reason: "closure",
                detail: Some(reason.en().to_owned()),
            },
            Rule::Open { hours, .. } => open_or_closed(hours),
        };
    }
    if schedule.holidays.is_holiday(d) {
        let names: Vec<String> = schedule
            .holidays
            .names_on(d)
            .iter()
            .map(|name| name.text(Lang::EN))
            .collect();
        return Plan::Closed {
            reason: "public_holiday",
            detail: Some(names.join(" / ")),
        };
    }
    let week = category.hours.as_ref().unwrap_or(&schedule.week);
    open_or_closed(week.on(d.weekday()))
}

/// A day with no ranges is closed all day, "outside_hours"; keeping it `Closed` lets the
/// walk in `first_change` skip it.
fn open_or_closed(ranges: &[TimeRange]) -> Plan {
    if ranges.is_empty() {
        Plan::Closed {
            reason: "outside_hours",
            detail: None,
        }
    } else {
        Plan::Open(ranges.to_vec())
    }
}

fn wall_minute(local: NaiveDateTime) -> u16 {
    (local.hour() * 60 + local.minute()) as u16
}

/// `at` rounded down to a whole UTC minute.
fn floor_minute(at: DateTime<Utc>) -> DateTime<Utc> {
    let seconds = at.timestamp().div_euclid(60) * 60;
    DateTime::from_timestamp(seconds, 0).expect("in range")
}

fn in_ranges(ranges: &[TimeRange], m: u16) -> bool {
    ranges.iter().any(|r| r.start <= m && m < r.end)
}

/// One query's view of a schedule: the zone, and each local date's plan computed once.
struct Model<'a> {
    schedule: &'a Schedule,
    category: &'a Category,
    tz: Tz,
    plans: HashMap<NaiveDate, Plan>,
}

impl<'a> Model<'a> {
    fn new(schedule: &'a Schedule, category: &'a Category) -> Self {
        Model {
            schedule,
            category,
            tz: schedule.time_zone,
            plans: HashMap::new(),
        }
    }

    fn plan(&mut self, d: NaiveDate) -> Plan {
        let (schedule, category) = (self.schedule, self.category);
        self.plans
            .entry(d)
            .or_insert_with(|| plan_of(schedule, category, d))
            .clone()
    }

    fn local(&self, u: DateTime<Utc>) -> NaiveDateTime {
        u.with_timezone(&self.tz).naive_local()
    }

    /// The earliest UTC minute whose local date is `d` (or, should `d` not exist in the
    /// zone at all, the first minute of the next date that does). Found by stepping one
    /// minute at a time from a guess near local midnight, so skipped or repeated midnights
    /// (America/Santiago) come out right without reasoning about transitions.
    fn first_instant(&self, d: NaiveDate) -> DateTime<Utc> {
        let midnight = d.and_hms_opt(0, 0, 0).expect("midnight");
        let offset = self.tz.offset_from_utc_datetime(&midnight).fix();
        let guess = midnight.and_utc() - TimeDelta::seconds(offset.local_minus_utc().into());
        let mut u = floor_minute(guess);
        while self.local(u).date() < d {
            u += MINUTE;
        }
        while self.local(u - MINUTE).date() >= d {
            u -= MINUTE;
        }
        u
    }

    /// m(u): the highest wall-clock minute shown on u's local date from the date's first
    /// instant up to and including u. Naive on purpose: walks the day minute by minute.
    fn max_wall_minute(&self, u: DateTime<Utc>) -> u16 {
        let d = self.local(u).date();
        let mut m = wall_minute(self.local(u));
        let mut t = self.first_instant(d);
        while t < u {
            let local = self.local(t);
            // Only minutes that show this date count (the walk could, in an exotic zone,
            // pass through another date).
            if local.date() == d {
                m = m.max(wall_minute(local));
            }
            t += MINUTE;
        }
        m
    }

    /// Whether the category is open at `u`, computed from scratch.
    fn is_open(&mut self, u: DateTime<Utc>) -> bool {
        match self.plan(self.local(u).date()) {
            Plan::Closed { .. } => false,
            Plan::Open(ranges) => in_ranges(&ranges, self.max_wall_minute(u)),
        }
    }

    /// The first whole UTC minute after `at`, and no later than `horizon`, at which being
    /// open equals `want_open`. Walks minute by minute, carrying m(u) along within a local
    /// date and recomputing it from scratch whenever the date changes. When looking for an
    /// opening it jumps over whole local days whose plan is closed; nothing cleverer.
    fn first_change(
        &mut self,
        at: DateTime<Utc>,
        want_open: bool,
        horizon: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let mut u = floor_minute(at) + MINUTE;
        // (date, m so far on that date, that date's plan)
        let mut day: Option<(NaiveDate, u16, Plan)> = None;
        while u <= horizon {
            let local = self.local(u);
            let d = local.date();
            let (m, plan) = match day.take() {
                Some((day_date, m, plan)) if day_date == d => (m.max(wall_minute(local)), plan),
                _ => (self.max_wall_minute(u), self.plan(d)),
            };
            match &plan {
                Plan::Closed { .. } if want_open => {
                    // Nothing on this date can open: go to the next date's first instant.
                    let next = self.first_instant(d.succ_opt()?);
                    if next > u {
                        u = next;
                        continue;
                    }
                }
                Plan::Closed { .. } => return Some(u),
                Plan::Open(ranges) => {
                    if in_ranges(ranges, m) == want_open {
                        return Some(u);
                    }
                }
            }
            day = Some((d, m, plan));
            u += MINUTE;
        }
        None
    }
}

/// The model's status of `category` at `at`.
pub fn reference_status(schedule: &Schedule, category: &Category, at: DateTime<Utc>) -> RefStatus {
    let mut model = Model::new(schedule, category);
    let horizon = at + HORIZON;
    let today = model.plan(model.local(at).date());
    let open_now = match &today {
        Plan::Closed { .. } => false,
        Plan::Open(ranges) => in_ranges(ranges, model.max_wall_minute(at)),
    };

    if open_now {
        let next_change = model.first_change(at, false, horizon);
        let margin = TimeDelta::minutes(schedule.last_join_minutes.into());
        let closing_soon = next_change.is_some_and(|t| at >= t - margin);
        return RefStatus {
            state: if closing_soon { "closing_soon" } else { "open" },
            reason: None,
            detail: None,
            next_change,
            no_more_sessions: false,
        };
    }

    // Closed: the reason is today's, even when the day has hours at other times.
    let (reason, detail) = match today {
        Plan::Closed { reason, detail } => (reason, detail),
        Plan::Open(_) => ("outside_hours", None),
    };
    let next_change = model.first_change(at, true, horizon);
    // "No more sessions" only when the programme's end is inside the horizon, so that the
    // absence of an opening is due to the end rather than to looking only 400 days ahead.
    let no_more_sessions = next_change.is_none()
        && reason != "programme_ended"
        && schedule
            .programme
            .end
            .and_then(|end| end.checked_add_days(Days::new(1)))
            .is_some_and(|after| model.first_instant(after) <= horizon);
    RefStatus {
        state: "closed",
        reason: Some(reason),
        detail,
        next_change,
        no_more_sessions,
    }
}

/// Whether the model has `category` open at `u` (no walk ahead; for spot checks).
pub fn reference_is_open(schedule: &Schedule, category: &Category, u: DateTime<Utc>) -> bool {
    Model::new(schedule, category).is_open(u)
}
