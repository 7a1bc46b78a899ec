//! The window's side of a fleet: when to check the published schedule (a subscription
//! that sleeps until the next check is due), the check itself off the window's thread,
//! and what staff are told: where the schedule comes from and whether it may be stale.
//!
//! A check that finds a new version only writes the verified cache; the window then
//! reloads through its usual path, like after any edit of the schedule file.

use std::time::Duration;

use chrono::{DateTime, Utc};
use iced::{Subscription, Task};

use super::background;
use crate::fleet::cache::State;
use crate::fleet::stale::{Stale, staleness};
use crate::fleet::{Cache, Fleet, Outcome, poll};
use crate::schedule::Schedule;

/// How a window checks: [`crate::fleet::check_now`], or a stand-in in tests.
pub type CheckFn = fn(&Fleet, &Cache, DateTime<Utc>) -> Outcome;

/// The fleet a window follows.
#[derive(Debug, Clone)]
pub struct Link {
    pub fleet: Fleet,
    pub cache: Cache,
    pub check: CheckFn,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The wait of this round is over: check now.
    Due(u64),
    /// A check ended, with what the cache's state says afterwards.
    Checked(Outcome, Box<State>),
}

#[derive(Debug)]
pub struct Watch {
    link: Link,
    started: DateTime<Utc>,
    pub state: State,
    /// Unreachable checks in a row, for the back-off.
    failures: u32,
    /// Each wait gets a new number; a `Due` of an older wait is ignored.
    round: u64,
    wait: Duration,
    checking: bool,
    /// Whether the stale warning was logged already (once per stale spell).
    stale_logged: bool,
}

impl Watch {
    pub fn new(link: Link, now: DateTime<Utc>) -> Watch {
        let state = link.cache.state();
        Watch {
            link,
            started: now,
            state,
            failures: 0,
            round: 0,
            wait: poll::first_delay(fastrand::f64()),
            checking: false,
            stale_logged: false,
        }
    }

    pub fn fleet(&self) -> &Fleet {
        &self.link.fleet
    }

    /// Ctrl+R or a wake-up from sleep: check at once rather than at the next round.
    pub fn check_now(&mut self, now: DateTime<Utc>) -> Task<Message> {
        if self.checking {
            return Task::none();
        }
        self.round += 1;
        self.start_check(now)
    }

    /// When the last good check was, or else when this window started.
    pub fn verified_or_started(&self) -> DateTime<Utc> {
        self.state.verified_at.unwrap_or(self.started)
    }

    fn start_check(&mut self, now: DateTime<Utc>) -> Task<Message> {
        self.checking = true;
        let link = self.link.clone();
        let check = background::read(move || {
            let outcome = (link.check)(&link.fleet, &link.cache, now);
            (outcome, link.cache.state())
        });
        Task::perform(check, |done| {
            let (outcome, state) = done.unwrap_or_else(|| {
                (
                    Outcome::Unreachable("the check stopped".to_owned()),
                    State::default(),
                )
            });
            Message::Checked(outcome, Box::new(state))
        })
    }

    /// Gives the check to run, and after a check whether the cache has a new version
    /// (the caller then reloads the schedule).
    pub fn update(&mut self, message: Message, now: DateTime<Utc>) -> (Task<Message>, bool) {
        match message {
            Message::Due(round) if round == self.round && !self.checking => {
                (self.start_check(now), false)
            }
            Message::Due(_) => (Task::none(), false),
            Message::Checked(outcome, state) => {
                self.checking = false;
                self.state = *state;
                self.failures = match outcome {
                    Outcome::Unreachable(_) => self.failures.saturating_add(1),
                    _ => 0,
                };
                self.round += 1;
                self.wait = poll::next_delay(self.link.fleet.poll, self.failures, fastrand::f64());
                (Task::none(), matches!(outcome, Outcome::Updated { .. }))
            }
        }
    }

    /// Sleeps until the next check is due; nothing while a check runs.
    pub fn subscription(&self) -> Subscription<Message> {
        if self.checking {
            return Subscription::none();
        }
        Subscription::run_with((self.round, self.wait), |&(round, wait)| {
            iced::futures::stream::once(async move {
                tokio::time::sleep(wait).await;
                Message::Due(round)
            })
        })
    }

    /// Logs, once per spell, that the schedule in use may be stale (kiosk residents never
    /// see the strip; the log has it).
    pub fn log_if_stale(&mut self, schedule: &Schedule, now: DateTime<Utc>) {
        match (self.stale(schedule, now), self.stale_logged) {
            (Some(why), false) => {
                tracing::warn!(
                    url = %crate::fleet::redact::url(&self.link.fleet.url),
                    ?why,
                    "the schedule in use may be stale"
                );
                self.stale_logged = true;
            }
            (None, true) => self.stale_logged = false,
            _ => {}
        }
    }

    /// Whether staff should be told the schedule may be stale.
    pub fn stale(&self, schedule: &Schedule, now: DateTime<Utc>) -> Option<Stale> {
        staleness(schedule, self.state.verified_at, self.started, now)
    }
}
