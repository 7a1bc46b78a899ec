//! The schedule feed component: the schedule on screen and where it comes from. It reads
//! the file off the window's thread (at start-up, on a change event, Ctrl+R and the minute's
//! look), follows a fleet, keeps the last good copy, and works out every category's status
//! at each tick so the views only read. Its staff strips say what is wrong with the file or
//! the fleet.

use std::path::{Path, PathBuf};

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use iced::{Subscription, Task};

use super::{background, fleet, ticks};
use crate::calendar::{self, Status};
use crate::clock::Clock;
use crate::live::{self, KeepCopy, LiveSchedule, Reading, Reload};
use crate::schedule::Schedule;
use crate::source::Search;
use crate::watch::Watcher;

/// A gap this long between two ticks means the machine slept: check the file again too.
const WAKE_GAP: TimeDelta = TimeDelta::minutes(2);

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The wall clock passed a minute boundary (or the machine woke up).
    Tick,
    /// The schedule file changed on disk (debounced).
    ScheduleFileChanged,
    /// Ctrl+R: read the schedule file again now (and ask the fleet's server).
    Reload,
    /// A read of the schedule finished (the number orders reads asked for).
    ScheduleRead(u64, Box<Reading>),
    /// The fleet's checks: one is due, or one ended.
    Fleet(fleet::Message),
    /// A tap on staff's strips: open them (whole words, the file's problems) or close them
    /// to one line each.
    ToggleProblems,
    /// Background work with nothing to report finished (a write, a look that found no
    /// change).
    Done,
}

/// What the shell must do after the feed handled a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Another schedule is on screen: keep the screen sensible.
    Replaced,
    /// A minute passed: the statuses are new.
    Ticked,
}

#[derive(Debug)]
pub struct Feed {
    clock: Clock,
    /// The instant the statuses are for (the last tick).
    pub now: DateTime<Utc>,
    pub live: LiveSchedule,
    /// Per category, computed at each tick, so the view only reads.
    pub statuses: Vec<Status>,
    pub overall: Status,
    read: fn(&Search) -> Reading,
    /// Reads asked for so far, and the newest one applied: a slow, older read that
    /// finishes late is dropped.
    reads_asked: u64,
    reads_applied: u64,
    /// The one thread that reads the schedule for this window.
    reader: background::Reader,
    /// The fleet followed, if any: when to check, and what the last check found.
    pub fleet: Option<fleet::Watch>,
    /// A fleet configuration that cannot be used (staff see why).
    pub fleet_error: Option<String>,
    /// Staff's strips opened (a tap): their whole words and the file's problems.
    pub strips_open: bool,
    /// The last good copy to write after start-up (on the writer thread, not before the
    /// first frame).
    startup_copy: Option<KeepCopy>,
}

impl Feed {
    pub fn start(
        search: Search,
        read: fn(&Search) -> Reading,
        clock: Clock,
        last_good: Option<PathBuf>,
        fleet: Option<Result<fleet::Link, String>>,
    ) -> Feed {
        let now = clock.now();
        let (live, startup_copy) = LiveSchedule::start_deferred(search, last_good, now);
        let (fleet, fleet_error) = match fleet {
            Some(Ok(link)) => (Some(fleet::Watch::new(link, now)), None),
            Some(Err(error)) => (None, Some(error)),
            None => (None, None),
        };
        let mut feed = Feed {
            clock,
            now,
            live,
            statuses: Vec::new(),
            overall: Status::Closed {
                reason: calendar::ClosedReason::OutsideHours,
                opens_at: None,
                no_more_sessions: false,
            },
            read,
            reads_asked: 0,
            reads_applied: 0,
            reader: background::Reader::new(),
            fleet,
            fleet_error,
            strips_open: false,
            startup_copy,
        };
        feed.refresh_statuses();
        feed
    }

    /// The file work left from start-up, as tasks: the last good copy's write.
    pub fn startup(&mut self) -> Task<Message> {
        match self.startup_copy.take() {
            Some(copy) => keep_copy_off_thread(copy),
            None => Task::none(),
        }
    }

    pub fn schedule(&self) -> &Schedule {
        &self.live.schedule
    }

    /// The clock now (not as of the last tick): the kiosk's countdown reads it.
    pub fn clock_now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Now in the schedule's zone, as of the last tick.
    pub fn local_now(&self) -> DateTime<Tz> {
        self.now.with_timezone(&self.schedule().time_zone)
    }

    /// Tests move the clock with this; the window itself only reads it.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn update(&mut self, message: Message) -> (Task<Message>, Option<Event>) {
        match message {
            Message::Tick => (self.tick(), Some(Event::Ticked)),
            Message::ScheduleFileChanged => (self.reload(), None),
            Message::Reload => {
                // Ctrl+R also asks the fleet's server at once.
                let now = self.clock.now();
                let check = match &mut self.fleet {
                    Some(watch) => watch.check_now(now).map(Message::Fleet),
                    None => Task::none(),
                };
                (Task::batch([self.reload(), check]), None)
            }
            Message::Fleet(message) => (self.fleet_message(message), None),
            Message::ScheduleRead(serial, reading) => self.schedule_read(serial, *reading),
            Message::ToggleProblems => {
                self.strips_open = !self.strips_open;
                (Task::none(), None)
            }
            Message::Done => (Task::none(), None),
        }
    }

    /// The clock's minutes, the fleet's checks, and the schedule file's change events.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions =
            vec![Subscription::run_with(self.clock, ticks::minutes).map(|()| Message::Tick)];
        if let Some(watch) = &self.fleet {
            subscriptions.push(watch.subscription().map(Message::Fleet));
        }
        for path in self.live.search.watched() {
            subscriptions.push(
                Subscription::run_with(path, file_changes).map(|()| Message::ScheduleFileChanged),
            );
        }
        Subscription::batch(subscriptions)
    }

    /// The statuses at the clock's instant now (a kiosk reset, between ticks).
    pub fn catch_up(&mut self) {
        self.now = self.clock.now();
        self.refresh_statuses();
    }

    fn refresh_statuses(&mut self) {
        self.statuses = calendar::statuses(&self.live.schedule, self.now);
        self.overall = calendar::overall_of(&self.statuses);
    }

    fn tick(&mut self) -> Task<Message> {
        let now = self.clock.now();
        let woke_up = now - self.now > WAKE_GAP;
        self.now = now;
        let mut check = Task::none();
        if let Some(watch) = &mut self.fleet {
            if woke_up {
                check = watch.check_now(now).map(Message::Fleet);
            }
            // Logged once when the schedule becomes possibly stale.
            watch.log_if_stale(&self.live.schedule, now);
        }
        let look = if woke_up {
            tracing::info!("the clock jumped (sleep and resume?): checking the schedule file");
            self.reload()
        } else {
            self.look_for_changes()
        };
        self.refresh_statuses();
        Task::batch([look, check])
    }

    /// A fleet check is due or done; a new verified version is read like any edit.
    fn fleet_message(&mut self, message: fleet::Message) -> Task<Message> {
        let Some(watch) = &mut self.fleet else {
            return Task::none();
        };
        let (task, updated) = watch.update(message, self.clock.now());
        let task = task.map(Message::Fleet);
        if updated {
            Task::batch([task, self.reload()])
        } else {
            task
        }
    }

    /// Reads the schedule again, off this thread; [`Message::ScheduleRead`] brings the
    /// result.
    fn reload(&mut self) -> Task<Message> {
        let (serial, search, read) = self.next_read();
        Task::perform(self.reader.read(move || read(&search)), move |reading| {
            reading.map_or(Message::Done, |r| {
                Message::ScheduleRead(serial, Box::new(r))
            })
        })
    }

    /// Once a minute: reads the schedule again only if the file to use changed its size or
    /// modification time (a network share sends no change events), or another file
    /// should now be used.
    fn look_for_changes(&mut self) -> Task<Message> {
        let (serial, search, _) = self.next_read();
        let known = self.live.fingerprint.clone();
        Task::perform(
            self.reader
                .look(move || live::read_if_changed(&search, known.as_ref())),
            move |reading| match reading.flatten() {
                Some(reading) => Message::ScheduleRead(serial, Box::new(reading)),
                None => Message::Done,
            },
        )
    }

    fn next_read(&mut self) -> (u64, Search, fn(&Search) -> Reading) {
        self.reads_asked += 1;
        (self.reads_asked, self.live.search.clone(), self.read)
    }

    /// A read finished: a good, changed file replaces the schedule, anything else leaves
    /// it as it is and shows why.
    fn schedule_read(&mut self, serial: u64, reading: Reading) -> (Task<Message>, Option<Event>) {
        if serial < self.reads_applied {
            return (Task::none(), None);
        }
        self.reads_applied = serial;
        let (outcome, copy) = self.live.apply(reading, self.clock.now());
        let event = (outcome == Reload::Applied).then(|| {
            self.refresh_statuses();
            Event::Replaced
        });
        let task = match copy {
            Some(copy) => keep_copy_off_thread(copy),
            None => Task::none(),
        };
        (task, event)
    }
}

/// The schedule file's changes, for a subscription: a watcher on its directory. When
/// watching is impossible (the directory is missing) it says so once and stays quiet; Ctrl+R
/// and waking from sleep still reload.
#[expect(
    clippy::ptr_arg,
    reason = "Subscription::run_with passes its data as &PathBuf"
)]
fn file_changes(path: &PathBuf) -> impl iced::futures::Stream<Item = ()> + use<> {
    let path = path.clone();
    iced::futures::stream::unfold(None, move |watcher: Option<Watcher>| {
        let path = path.clone();
        async move {
            let mut watcher = match watcher {
                Some(watcher) => watcher,
                None => match Watcher::new(&path) {
                    Ok(watcher) => watcher,
                    Err(error) => {
                        // A place with no folder (no package installed there) is normal;
                        // the minute tick still looks for a file appearing there.
                        if path.parent().is_some_and(Path::exists) {
                            tracing::warn!(path = %path.display(), %error, "cannot watch the schedule file");
                        } else {
                            tracing::debug!(path = %path.display(), "no folder to watch");
                        }
                        return iced::futures::future::pending().await;
                    }
                },
            };
            watcher.next_change().await.map(|()| ((), Some(watcher)))
        }
    })
}

/// Keeps the last good schedule file on the writer thread (atomically, with fsync).
fn keep_copy_off_thread(copy: KeepCopy) -> Task<Message> {
    Task::perform(background::write(move || live::keep_copy(&copy)), |()| {
        Message::Done
    })
}
