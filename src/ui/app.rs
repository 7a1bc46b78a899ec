//! The window's state and how messages change it. `update` only dispatches; each action is
//! a small method. The window never parses files or does time arithmetic: it asks `live`
//! and `calendar`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;
use iced::widget::operation::{RelativeOffset, snap_to};
use iced::widget::qr_code;
use iced::{Size, Subscription, Task, clipboard, event, keyboard, window};

use super::kiosk::{self, Event as KioskEvent, Idle, Kiosk, Message as KioskMessage};
use super::message::{CopyWhat, JoinWith, Message, ScaleStep};
use super::prefs::{Prefs, SCALE_STEP};
use super::theme::ThemeChoice;
use super::{background, fleet, keys, ticks};
use crate::calendar::{self, Status};
use crate::clock::Clock;
use crate::i18n;
use crate::live::{self, KeepCopy, LiveSchedule, Reading, Reload};
use crate::opener;
use crate::schedule::{Category, Host, Schedule};
use crate::source::Search;
use crate::speech::{Ended, Utterance};
use crate::text::Lang;
use crate::watch::Watcher;
use crate::zoom::{self, SafeUrl};

/// How long "Copied" stays on screen.
const FEEDBACK_FOR: Duration = Duration::from_secs(4);

#[derive(Debug, Clone)]
pub struct Options {
    /// Where the schedule is looked for (again at every reload).
    pub search: Search,
    /// How the schedule is read off the window's thread: [`live::read`], or a stand-in
    /// in tests (a slow disk).
    pub read: fn(&Search) -> Reading,
    pub clock: Clock,
    pub kiosk: bool,
    /// Where preferences are kept; `None` keeps them in memory only (tests).
    pub prefs_path: Option<PathBuf>,
    /// Where the last good schedule file is copied; `None` keeps no copy (tests).
    pub last_good: Option<PathBuf>,
    /// The fleet whose published schedule this window follows, or why its configuration
    /// cannot be used (shown to staff).
    pub fleet: Option<Result<fleet::Link, String>>,
}

/// A gap this long between two ticks means the machine slept: check the file again too.
const WAKE_GAP: TimeDelta = TimeDelta::minutes(2);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Category(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    Copied(String),
    Opening(JoinWith),
    OpenFailed(JoinWith),
    EmailFailed,
    /// Reading aloud: under way, or why it could not start.
    Speaking,
    SpeechFailed(String),
}

pub struct App {
    pub(crate) clock: Clock,
    pub(crate) now: DateTime<Utc>,
    pub(crate) live: LiveSchedule,
    /// Per category, computed at each tick, so the view only reads.
    pub(crate) statuses: Vec<Status>,
    pub(crate) overall: Status,
    pub(crate) screen: Screen,
    /// The host shown in the details.
    pub(crate) host: usize,
    /// Per category: the host to suggest next, so residents spread over the hosts.
    pub(crate) suggested: Vec<usize>,
    pub(crate) qr: Option<qr_code::Data>,
    pub(crate) prefs: Prefs,
    prefs_path: Option<PathBuf>,
    pub(crate) lang: Lang,
    pub(crate) feedback: Option<Feedback>,
    feedback_serial: u64,
    pub(crate) show_problems: bool,
    pub(crate) kiosk: Option<Kiosk>,
    /// The settings as kiosk mode started: each resident starts from them again.
    kiosk_prefs: Prefs,
    /// What Loket last put on the clipboard, so a kiosk reset clears only its own text.
    clipboard_ours: Option<String>,
    pub(crate) fullscreen: bool,
    read: fn(&Search) -> Reading,
    /// The window's size in logical pixels, as the window system last said.
    pub(crate) viewport: Size,
    /// Reads asked for so far, and the newest one applied: a slow, older read that
    /// finishes late is dropped.
    reads_asked: u64,
    reads_applied: u64,
    /// The fleet followed, if any: when to check, and what the last check found.
    pub(crate) fleet: Option<fleet::Watch>,
    /// A fleet configuration that cannot be used (staff see why).
    pub(crate) fleet_error: Option<String>,
    /// The reading aloud under way, and how many were started (a late end of a stopped
    /// one is recognised by its number).
    reading: Option<Utterance>,
    readings: u64,
    /// The one thread that reads the schedule for this window.
    reader: background::Reader,
}

impl App {
    pub fn new(options: Options) -> App {
        let now = options.clock.now();
        let live = LiveSchedule::start(options.search, options.last_good, now);
        let prefs = options
            .prefs_path
            .as_deref()
            .map(Prefs::load)
            .unwrap_or_default();
        let lang = prefs.language.map_or(live.schedule.language, Lang::from);
        let mut app = App {
            clock: options.clock,
            now,
            statuses: Vec::new(),
            overall: Status::Closed {
                reason: calendar::ClosedReason::OutsideHours,
                opens_at: None,
                no_more_sessions: false,
            },
            suggested: vec![0; live.schedule.categories.len()],
            live,
            screen: Screen::Home,
            host: 0,
            qr: None,
            prefs,
            prefs_path: options.prefs_path,
            lang,
            feedback: None,
            feedback_serial: 0,
            show_problems: false,
            kiosk: options.kiosk.then(|| Kiosk::new(now)),
            kiosk_prefs: prefs,
            clipboard_ours: None,
            fullscreen: options.kiosk,
            read: options.read,
            viewport: super::DEFAULT_SIZE,
            reads_asked: 0,
            reads_applied: 0,
            fleet: None,
            fleet_error: None,
            reading: None,
            readings: 0,
            reader: background::Reader::new(),
        };
        match options.fleet {
            Some(Ok(link)) => app.fleet = Some(fleet::Watch::new(link, now)),
            Some(Err(error)) => app.fleet_error = Some(error),
            None => {}
        }
        app.refresh_statuses();
        app
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

    pub fn category(&self) -> Option<(usize, &Category)> {
        match self.screen {
            Screen::Category(i) => self.schedule().categories.get(i).map(|c| (i, c)),
            Screen::Home => None,
        }
    }

    /// The status the banner shows: the best of the categories'.
    pub fn overall(&self) -> &Status {
        &self.overall
    }

    pub fn selected_host(&self) -> Option<&Host> {
        self.category().and_then(|(_, c)| c.hosts.get(self.host))
    }

    /// Tests move the clock with this; the app itself only reads it.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    pub fn title(&self) -> String {
        format!("Loket · {}", self.schedule().title.get(self.lang))
    }

    pub fn theme(&self) -> iced::Theme {
        super::theme::theme(self.prefs.theme)
    }

    pub fn scale_factor(&self) -> f32 {
        self.prefs.scale
    }

    /// The space the view lays out in: the window in logical pixels divided by the text
    /// size, which scales everything.
    pub fn layout_size(&self) -> Size {
        let scale = self.scale_factor().max(0.1);
        Size::new(self.viewport.width / scale, self.viewport.height / scale)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let idle = self.live.schedule.kiosk.idle_minutes;
        if let Some(kiosk) = &mut self.kiosk
            && !kiosk.admit(&message, self.clock.now(), idle)
        {
            return Task::none();
        }
        match message {
            Message::Tick => self.tick(),
            Message::ScheduleFileChanged => self.reload(),
            Message::Reload => {
                // Ctrl+R also asks the fleet's server at once.
                let now = self.clock.now();
                let check = match &mut self.fleet {
                    Some(watch) => watch.check_now(now).map(Message::Fleet),
                    None => Task::none(),
                };
                Task::batch([self.reload(), check])
            }
            Message::Fleet(message) => self.fleet_message(message),
            Message::ScheduleRead(serial, reading) => self.schedule_read(serial, *reading),
            Message::BackgroundDone => Task::none(),
            Message::WindowResized(size) => {
                // iced reports the size already divided by the text size; keep it in the
                // window's own pixels, so a later change of text size is accounted for.
                let scale = self.scale_factor();
                self.viewport = Size::new(size.width * scale, size.height * scale);
                tracing::debug!(?size, "window resized");
                // A kiosk window that shrank (an output changed, a window manager moved it)
                // asks for the whole screen again.
                let window = self.logical_viewport();
                match &self.kiosk {
                    Some(kiosk) if kiosk.monitor_left_uncovered(window).is_some() => {
                        kiosk::screen::fill_the_screen().map(Message::Kiosk)
                    }
                    _ => Task::none(),
                }
            }
            Message::CloseRequested(id) => self.close_requested(id),
            Message::ChooseCategory(index) => self.choose_category(index),
            Message::Back => self.back(),
            Message::ChooseHost(index) => self.choose_host(index),
            Message::Join(with) => self.join(with),
            Message::Opened(with, result) => self.opened(with, result),
            Message::Copy(what) => self.copy(what),
            Message::HideFeedback(serial) => self.hide_feedback(serial),
            Message::SetLanguage(lang) => self.set_language(lang),
            Message::ToggleLanguage => self.set_language(self.lang.next()),
            Message::SetTheme(choice) => self.set_theme(choice),
            Message::Scale(step) => self.scale(step),
            Message::ToggleFullscreen => self.toggle_fullscreen(),
            Message::ToggleProblems => self.toggle_problems(),
            Message::OpenHelpEmail => self.open_help_email(),
            Message::EmailOpened(result) => self.email_opened(result),
            Message::Kiosk(message) => self.kiosk_message(message),
            Message::ReadAloud => self.read_aloud(),
            Message::Spoken(serial, ended) => self.spoken(serial, ended),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            Subscription::run_with(self.clock, ticks::minutes).map(|()| Message::Tick),
            window::resize_events().map(|(_, size)| Message::WindowResized(size)),
            window::close_requests().map(Message::CloseRequested),
        ];
        if let Some(kiosk) = &self.kiosk {
            subscriptions.push(keyboard::listen().filter_map(keys::for_kiosk));
            subscriptions.push(event::listen_with(kiosk::activity));
            let idle = self.live.schedule.kiosk.idle_minutes;
            if kiosk.needs_seconds(self.clock.now(), idle) {
                subscriptions.push(
                    iced::time::every(kiosk::SECOND).map(|_| Message::Kiosk(KioskMessage::Second)),
                );
            }
        } else {
            subscriptions.push(keyboard::listen().filter_map(keys::from_event));
        }
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

    fn refresh_statuses(&mut self) {
        let schedule = &self.live.schedule;
        self.statuses = calendar::statuses(schedule, self.now);
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
        Task::batch([look, check, self.reset_kiosk_if_idle()])
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
            reading.map_or(Message::BackgroundDone, |r| {
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
                .read(move || live::read_if_changed(&search, known.as_ref())),
            move |reading| match reading.flatten() {
                Some(reading) => Message::ScheduleRead(serial, Box::new(reading)),
                None => Message::BackgroundDone,
            },
        )
    }

    fn next_read(&mut self) -> (u64, Search, fn(&Search) -> Reading) {
        self.reads_asked += 1;
        (self.reads_asked, self.live.search.clone(), self.read)
    }

    /// A read finished: a good, changed file replaces the schedule, anything else leaves
    /// it as it is and shows why.
    fn schedule_read(&mut self, serial: u64, reading: Reading) -> Task<Message> {
        if serial < self.reads_applied {
            return Task::none();
        }
        self.reads_applied = serial;
        let (outcome, copy) = self.live.apply(reading, self.clock.now());
        if outcome == Reload::Applied {
            self.schedule_replaced();
        }
        match copy {
            Some(copy) => keep_copy_off_thread(copy),
            None => Task::none(),
        }
    }

    /// Keeps the screen sensible when categories or hosts came or went.
    fn schedule_replaced(&mut self) {
        let count = self.live.schedule.categories.len();
        self.suggested.resize(count, 0);
        for (suggested, category) in self
            .suggested
            .iter_mut()
            .zip(&self.live.schedule.categories)
        {
            if *suggested >= category.hosts.len() {
                *suggested = 0;
            }
        }
        if let Screen::Category(index) = self.screen {
            if index < count {
                self.select_host(self.host);
            } else {
                self.screen = Screen::Home;
                self.qr = None;
            }
        }
        if self.prefs.language.is_none() {
            self.lang = self.live.schedule.language;
        }
        self.refresh_statuses();
    }

    /// After the idle warning: back to the start for the next resident.
    fn reset_kiosk_if_idle(&mut self) -> Task<Message> {
        let idle = self.live.schedule.kiosk.idle_minutes;
        match &self.kiosk {
            Some(kiosk) if kiosk.idle(self.now, idle) == Idle::Expired => {
                self.reset_for_next_resident()
            }
            _ => Task::none(),
        }
    }

    /// The next resident finds the screen as the first did: the home screen at its top, the
    /// schedule's language, the starting text size, no dialog or message open, and the
    /// clipboard cleared if it still holds what Loket put there.
    fn reset_for_next_resident(&mut self) -> Task<Message> {
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        let now = self.clock.now();
        kiosk.reset(now);
        let untouched = self.screen == Screen::Home
            && self.lang == self.live.schedule.language
            && self.prefs == self.kiosk_prefs
            && self.feedback.is_none()
            && self.clipboard_ours.is_none();
        if !untouched {
            tracing::info!("kiosk idle: back to the start screen");
        }
        self.stop_reading();
        self.screen = Screen::Home;
        self.lang = self.live.schedule.language;
        self.prefs = self.kiosk_prefs;
        self.feedback = None;
        self.show_problems = false;
        self.qr = None;
        let clipboard = if self.clipboard_ours.is_some() {
            clipboard::read().map(|content| Message::Kiosk(KioskMessage::ClipboardRead(content)))
        } else {
            Task::none()
        };
        // At the latest now, the window takes the screen back from a window manager that
        // iconified or moved it.
        let screen = Task::batch([
            kiosk::screen::fill_the_screen(),
            kiosk::screen::restore_if_iconified(),
        ])
        .map(Message::Kiosk);
        Task::batch([scroll_to_top(), clipboard, screen])
    }

    /// The window system asks the window to close (Alt+F4, a window manager's menu). A
    /// kiosk refuses: only the PIN ends kiosk mode, and a closed kiosk leaves a black
    /// screen. Otherwise the window closes and Loket ends.
    fn close_requested(&mut self, id: window::Id) -> Task<Message> {
        if self.kiosk.is_some() {
            tracing::info!("kiosk mode: a request to close the window was refused");
            return kiosk::screen::fill_the_screen().map(Message::Kiosk);
        }
        window::close(id)
    }

    fn kiosk_message(&mut self, message: KioskMessage) -> Task<Message> {
        let window = self.logical_viewport();
        let schedule = &self.live.schedule.kiosk;
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        let context = kiosk::Context {
            now: self.clock.now(),
            idle_minutes: schedule.idle_minutes,
            exit_pin: schedule.exit_pin.as_deref(),
            window,
        };
        let (task, event) = kiosk.update(message, context);
        let task = task.map(Message::Kiosk);
        let then = match event {
            Some(KioskEvent::Leave) => self.leave_kiosk(),
            Some(KioskEvent::Reset) => {
                self.now = self.clock.now();
                self.refresh_statuses();
                self.reset_for_next_resident()
            }
            Some(KioskEvent::Clipboard(content)) => self.clear_clipboard_if_ours(content),
            None => Task::none(),
        };
        Task::batch([task, then])
    }

    /// The window's size in iced's logical pixels (the viewport divided by the text size).
    fn logical_viewport(&self) -> Size {
        let scale = self.scale_factor();
        Size::new(self.viewport.width / scale, self.viewport.height / scale)
    }

    fn clear_clipboard_if_ours(&mut self, content: Option<String>) -> Task<Message> {
        let ours = self.clipboard_ours.take();
        if ours.is_some() && content == ours {
            clipboard::write(String::new())
        } else {
            Task::none()
        }
    }

    fn choose_category(&mut self, index: usize) -> Task<Message> {
        if index >= self.schedule().categories.len() {
            return Task::none();
        }
        self.screen = Screen::Category(index);
        self.feedback = None;
        self.select_host(self.suggested.get(index).copied().unwrap_or(0));
        scroll_to_top()
    }

    fn back(&mut self) -> Task<Message> {
        if let Some(kiosk) = &self.kiosk
            && kiosk.pin.is_some()
        {
            return self.kiosk_message(KioskMessage::PinCancel);
        }
        self.screen = Screen::Home;
        self.feedback = None;
        self.qr = None;
        scroll_to_top()
    }

    fn choose_host(&mut self, index: usize) -> Task<Message> {
        self.select_host(index);
        Task::none()
    }

    fn select_host(&mut self, index: usize) {
        let Some((_, category)) = self.category() else {
            return;
        };
        self.host = index.min(category.hosts.len().saturating_sub(1));
        self.qr = self
            .selected_host()
            .and_then(|h| qr_code::Data::new(zoom::browser_link(&h.meeting_id).as_str()).ok());
    }

    /// A host was used: suggest the next one to the next resident.
    fn rotate(&mut self) {
        if let Some((index, category)) = self.category() {
            let next = (self.host + 1) % category.hosts.len().max(1);
            self.suggested[index] = next;
        }
    }

    /// Whether "Open in browser" is offered: always at a counter, at a kiosk only when the
    /// schedule allows it (a browser window is a way out of the kiosk).
    pub fn browser_allowed(&self) -> bool {
        self.kiosk.is_none() || self.live.schedule.kiosk.allow_browser
    }

    fn join(&mut self, with: JoinWith) -> Task<Message> {
        if with == JoinWith::Browser && !self.browser_allowed() {
            tracing::info!("kiosk mode: the browser is not allowed by the schedule");
            return Task::none();
        }
        let Some(host) = self.selected_host() else {
            return Task::none();
        };
        let url = match with {
            JoinWith::App => zoom::app_link(&host.meeting_id, &host.passcode),
            JoinWith::Browser => zoom::browser_link(&host.meeting_id),
        };
        self.feedback = Some(Feedback::Opening(with));
        open_off_thread(url, move |result| Message::Opened(with, result))
    }

    fn opened(&mut self, with: JoinWith, result: Result<(), String>) -> Task<Message> {
        match result {
            Ok(()) => {
                // Only a launch that worked moves the next resident on to the next host.
                self.rotate();
                // "Opening Zoom…" stays a few seconds: Zoom takes a while to appear, and a
                // resident who sees nothing happen presses again.
                if self.feedback == Some(Feedback::Opening(with)) {
                    return self.hide_feedback_later();
                }
            }
            Err(error) => {
                tracing::warn!(?with, %error, "could not open the link");
                self.feedback = Some(Feedback::OpenFailed(with));
            }
        }
        Task::none()
    }

    fn copy(&mut self, what: CopyWhat) -> Task<Message> {
        let Some(host) = self.selected_host() else {
            return Task::none();
        };
        let text = match what {
            // Digits only: what Zoom's "Join" field takes.
            CopyWhat::MeetingId => host.meeting_id.digits().to_owned(),
            CopyWhat::Passcode => host.passcode.as_str().to_owned(),
            CopyWhat::Both => i18n::id_and_passcode(
                self.lang,
                &host.meeting_id.grouped(),
                host.passcode.as_str(),
            ),
        };
        self.rotate();
        self.clipboard_ours = Some(text.clone());
        self.feedback = Some(Feedback::Copied(text.clone()));
        Task::batch([clipboard::write(text), self.hide_feedback_later()])
    }

    /// Hides the feedback now shown after [`FEEDBACK_FOR`], unless another replaced it.
    fn hide_feedback_later(&mut self) -> Task<Message> {
        self.feedback_serial += 1;
        let serial = self.feedback_serial;
        // The timer is made inside the future: only the executor has a tokio runtime.
        Task::perform(
            async { tokio::time::sleep(FEEDBACK_FOR).await },
            move |()| Message::HideFeedback(serial),
        )
    }

    fn hide_feedback(&mut self, serial: u64) -> Task<Message> {
        let passing = matches!(
            self.feedback,
            Some(Feedback::Copied(_) | Feedback::Opening(_))
        );
        if serial == self.feedback_serial && passing {
            self.feedback = None;
        }
        Task::none()
    }

    fn set_language(&mut self, lang: Lang) -> Task<Message> {
        self.lang = lang;
        self.prefs.language = Some(lang.into());
        self.save_prefs()
    }

    fn set_theme(&mut self, choice: ThemeChoice) -> Task<Message> {
        self.prefs.theme = choice;
        self.save_prefs()
    }

    fn scale(&mut self, step: ScaleStep) -> Task<Message> {
        let scale = match step {
            ScaleStep::Up => self.prefs.scale + SCALE_STEP,
            ScaleStep::Down => self.prefs.scale - SCALE_STEP,
            ScaleStep::Reset => 1.0,
        };
        self.prefs.scale = Prefs::clamp_scale(scale);
        self.save_prefs()
    }

    /// Writes the settings on the writer thread (atomically, with fsync).
    fn save_prefs(&self) -> Task<Message> {
        // A kiosk's residents change language and text size for themselves only.
        let Some(path) = self.prefs_path.clone().filter(|_| self.kiosk.is_none()) else {
            return Task::none();
        };
        let prefs = self.prefs;
        Task::perform(
            background::write(move || {
                if let Err(error) = prefs.save(&path) {
                    tracing::warn!(path = %path.display(), %error, "could not save settings");
                }
            }),
            |()| Message::BackgroundDone,
        )
    }

    fn toggle_fullscreen(&mut self) -> Task<Message> {
        self.fullscreen = !self.fullscreen;
        let mode = if self.fullscreen {
            window::Mode::Fullscreen
        } else {
            window::Mode::Windowed
        };
        window::latest().and_then(move |id| window::set_mode(id, mode))
    }

    fn toggle_problems(&mut self) -> Task<Message> {
        self.show_problems = !self.show_problems;
        Task::none()
    }

    fn open_help_email(&mut self) -> Task<Message> {
        let Some(email) = &self.schedule().help.email else {
            return Task::none();
        };
        open_off_thread(zoom::mailto_link(email), Message::EmailOpened)
    }

    fn email_opened(&mut self, result: Result<(), String>) -> Task<Message> {
        if let Err(error) = result {
            tracing::warn!(%error, "could not open the e-mail link");
            self.feedback = Some(Feedback::EmailFailed);
        }
        Task::none()
    }

    /// What Read aloud says here, built for the ear: the details, or at home the banner
    /// and then each category with its number.
    pub fn spoken_text(&self) -> String {
        use crate::speech::{self, words};
        let lang = self.lang;
        let now = self.local_now();
        match (self.category(), self.selected_host()) {
            (Some((index, category)), Some(host)) => {
                let status = self.statuses.get(index).unwrap_or(&self.overall);
                let said = words::headline(lang, self.schedule(), status, &now);
                speech::details(
                    lang,
                    category.name.get(lang),
                    &said,
                    &host.meeting_id,
                    &host.passcode,
                )
            }
            _ => {
                let said = words::headline(lang, self.schedule(), &self.overall, &now);
                let names: Vec<&str> = self
                    .schedule()
                    .categories
                    .iter()
                    .map(|category| category.name.get(lang))
                    .collect();
                words::home(&said, &names)
            }
        }
    }

    /// Read aloud: starts reading, or, while a reading runs, stops it (two presses never
    /// leave two voices talking over each other).
    fn read_aloud(&mut self) -> Task<Message> {
        if self.stop_reading() {
            return Task::none();
        }
        let text = self.spoken_text();
        match crate::speech::Utterance::start(crate::speech::ENGINE, self.lang, &text) {
            Err(error) => {
                tracing::warn!(%error, "could not read aloud");
                self.feedback = Some(Feedback::SpeechFailed(error));
                Task::none()
            }
            Ok(reading) => {
                self.readings += 1;
                let serial = self.readings;
                self.reading = Some(reading.clone());
                self.feedback = Some(Feedback::Speaking);
                Task::perform(background::read(move || reading.wait()), move |ended| {
                    Message::Spoken(serial, ended.unwrap_or(Ok(Ended::Stopped)))
                })
            }
        }
    }

    /// Stops the reading under way, if any; whether there was one.
    fn stop_reading(&mut self) -> bool {
        let Some(reading) = self.reading.take() else {
            return false;
        };
        reading.stop();
        if self.feedback == Some(Feedback::Speaking) {
            self.feedback = None;
        }
        true
    }

    /// Whether Read aloud is reading now (its button then says "Stop reading").
    pub fn is_reading(&self) -> bool {
        self.reading.is_some()
    }

    /// The speech engine's process while it reads (tests count them).
    pub fn speech_process(&self) -> Option<u32> {
        self.reading.as_ref().and_then(Utterance::process_id)
    }

    fn spoken(&mut self, serial: u64, ended: Result<Ended, String>) -> Task<Message> {
        // Only the newest reading's end counts; a stopped one's was handled at the stop.
        if serial != self.readings {
            return Task::none();
        }
        self.reading = None;
        match ended {
            Ok(_) if self.feedback == Some(Feedback::Speaking) => self.feedback = None,
            Ok(_) => {}
            Err(error) => {
                tracing::warn!(%error, "could not read aloud");
                self.feedback = Some(Feedback::SpeechFailed(error));
            }
        }
        Task::none()
    }

    /// Kiosk mode ends; the window becomes an ordinary one.
    fn leave_kiosk(&mut self) -> Task<Message> {
        tracing::info!("leaving kiosk mode");
        self.kiosk = None;
        self.fullscreen = false;
        // An ordinary window again, filling the screen's work area as at a counter.
        window::latest().and_then(|id| {
            Task::batch([
                window::set_mode(id, window::Mode::Windowed),
                window::toggle_decorations(id),
                window::maximize(id, true),
            ])
        })
    }
}

/// Every screen starts at its top: a scroll position never carries over to the next one.
fn scroll_to_top() -> Task<Message> {
    snap_to(super::view::PAGE.clone(), RelativeOffset::START)
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
        Message::BackgroundDone
    })
}

/// Runs the OS opener on a blocking thread: it waits up to two seconds to learn whether
/// the launcher failed.
fn open_off_thread(
    url: SafeUrl,
    then: impl FnOnce(Result<(), String>) -> Message + Send + 'static,
) -> Task<Message> {
    Task::perform(
        async move {
            tokio::task::spawn_blocking(move || opener::open(&url))
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
        },
        then,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::ClosedReason;

    fn at(text: &str) -> Clock {
        Clock::Fixed(DateTime::parse_from_rfc3339(text).unwrap().to_utc())
    }

    fn app_at(instant: &str) -> App {
        App::new(options(at(instant), false))
    }

    fn kiosk_at(instant: &str) -> App {
        App::new(options(at(instant), true))
    }

    /// A window on the built-in schedule at `clock`, keeping nothing on disk.
    fn options(clock: Clock, kiosk: bool) -> Options {
        Options {
            search: Search::BuiltIn,
            read: live::read,
            clock,
            kiosk,
            prefs_path: None,
            last_good: None,
            fleet: None,
        }
    }

    const TUESDAY_EVENING: &str = "2025-12-09T17:32:00+02:00";

    /// Runs a task to its end on this thread and returns the messages it produced (only
    /// for tasks that need no window or clipboard).
    fn outputs(task: Task<Message>) -> Vec<Message> {
        use iced::futures::StreamExt;
        let Some(stream) = iced_runtime::task::into_stream(task) else {
            return Vec::new();
        };
        futures::executor::block_on(
            stream
                .filter_map(|action| async move {
                    match action {
                        iced_runtime::Action::Output(message) => Some(message),
                        _ => None,
                    }
                })
                .collect(),
        )
    }

    fn app_on_file(path: &std::path::Path, read: fn(&Search) -> Reading) -> App {
        App::new(Options {
            search: Search::file(path),
            read,
            ..options(at(TUESDAY_EVENING), false)
        })
    }

    /// A window on a copy of the bundled schedule in a temporary folder.
    fn app_on_bundled_file(
        read: fn(&Search) -> Reading,
    ) -> (tempfile::TempDir, std::path::PathBuf, App) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("schedule.ron");
        std::fs::write(&path, crate::schedule::BUNDLED).unwrap();
        let app = app_on_file(&path, read);
        (dir, path, app)
    }

    /// Saves the bundled schedule with its first category renamed to `name`.
    fn save_renamed(path: &std::path::Path, name: &str) {
        let text = crate::schedule::BUNDLED.replace("General enquiries", name);
        std::fs::write(path, text).unwrap();
    }

    /// Held shut until the test opens it: a disk (or network share) that answers only
    /// when it likes.
    static SLOW_DISK: (std::sync::Mutex<bool>, std::sync::Condvar) =
        (std::sync::Mutex::new(false), std::sync::Condvar::new());

    fn slow_read(search: &Search) -> Reading {
        let (answered, wake) = &SLOW_DISK;
        let mut answered = answered.lock().unwrap();
        while !*answered {
            answered = wake.wait(answered).unwrap();
        }
        live::read(search)
    }

    #[test]
    fn a_slow_read_leaves_the_window_responsive() {
        let (_dir, path, mut app) = app_on_bundled_file(slow_read);
        save_renamed(&path, "Renamed");

        let reading = app.update(Message::Reload);
        let reader = std::thread::spawn(move || outputs(reading));
        // While the file is being read, ticks and key presses are handled at once.
        app.set_clock(at("2025-12-09T18:55:00+02:00"));
        let _ = app.update(Message::Tick);
        assert!(matches!(
            app.overall,
            Status::Open {
                closing_soon: true,
                ..
            }
        ));
        let _ = app.update(Message::ChooseCategory(1));
        assert_eq!(app.screen, Screen::Category(1));
        let _ = app.update(Message::Back);
        // All of that happened while the disk had not answered: the window never waited.
        assert!(
            !reader.is_finished(),
            "the read ended before the disk answered"
        );
        assert_eq!(app.schedule().categories[0].name.en(), "General enquiries");

        let (answered, wake) = &SLOW_DISK;
        *answered.lock().unwrap() = true;
        wake.notify_all();
        let messages = reader.join().unwrap();
        assert!(
            matches!(messages[..], [Message::ScheduleRead(..)]),
            "{messages:?}"
        );
        for message in messages {
            let _ = app.update(message);
        }
        assert_eq!(app.schedule().categories[0].name.en(), "Renamed");
    }

    #[test]
    fn an_older_read_that_finishes_late_is_dropped() {
        let (_dir, path, mut app) = app_on_bundled_file(live::read);
        save_renamed(&path, "Old");
        let older = outputs(app.update(Message::Reload));
        save_renamed(&path, "New");
        let newer = outputs(app.update(Message::Reload));
        for message in newer.into_iter().chain(older) {
            let _ = app.update(message);
        }
        assert_eq!(app.schedule().categories[0].name.en(), "New");
    }

    #[test]
    fn an_edit_on_a_network_share_is_found_at_the_next_tick() {
        // No watcher runs here, as on a share where no change events arrive.
        let (_dir, path, mut app) = app_on_bundled_file(live::read);
        app.set_clock(at("2025-12-09T17:33:00+02:00"));
        assert_eq!(
            outputs(app.update(Message::Tick)),
            [Message::BackgroundDone]
        );

        save_renamed(&path, "Edited elsewhere");
        app.set_clock(at("2025-12-09T17:34:00+02:00"));
        for message in outputs(app.update(Message::Tick)) {
            let _ = app.update(message);
        }
        assert_eq!(app.schedule().categories[0].name.en(), "Edited elsewhere");
    }

    #[test]
    fn starts_at_home_with_statuses_for_every_category() {
        let app = app_at(TUESDAY_EVENING);
        assert_eq!(app.screen, Screen::Home);
        assert_eq!(app.statuses.len(), 7);
        assert!(app.overall.is_open());
        assert_eq!(app.lang, Lang::En);
        assert_eq!(
            app.title(),
            "Loket · City of Tshwane: virtual help with your account"
        );
    }

    #[test]
    fn choosing_a_category_shows_its_suggested_host_and_qr() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(5));
        assert_eq!(app.screen, Screen::Category(5));
        assert_eq!(
            app.selected_host().unwrap().meeting_id.digits(),
            "94744014609"
        );
        assert!(app.qr.is_some());
        let _ = app.update(Message::ChooseCategory(42));
        assert_eq!(
            app.screen,
            Screen::Category(5),
            "no such category: nothing happens"
        );
        let _ = app.update(Message::Back);
        assert_eq!(app.screen, Screen::Home);
        assert!(app.qr.is_none());
    }

    #[test]
    fn using_a_host_suggests_the_next_one() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(0));
        assert_eq!(app.host, 0);
        let _ = app.update(Message::Copy(CopyWhat::Both));
        assert_eq!(app.suggested[0], 1);
        let _ = app.update(Message::Back);
        let _ = app.update(Message::ChooseCategory(0));
        assert_eq!(
            app.selected_host().unwrap().meeting_id.digits(),
            "91973875450"
        );
        // The officer may pick any host; using host 5 wraps the suggestion to host 1.
        let _ = app.update(Message::ChooseHost(4));
        let _ = app.update(Message::Join(JoinWith::Browser));
        assert_eq!(app.feedback, Some(Feedback::Opening(JoinWith::Browser)));
        // Only once the browser opened does the suggestion move on.
        assert_eq!(app.suggested[0], 1);
        let _ = app.update(Message::Opened(JoinWith::Browser, Ok(())));
        assert_eq!(app.suggested[0], 0);
        // A single-host category always suggests its one host.
        let _ = app.update(Message::ChooseCategory(2));
        let _ = app.update(Message::Copy(CopyWhat::MeetingId));
        assert_eq!(app.suggested[2], 0);
    }

    #[test]
    fn copying_says_what_was_copied_and_hides_later() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(0));
        let _ = app.update(Message::Copy(CopyWhat::MeetingId));
        assert_eq!(
            app.feedback,
            Some(Feedback::Copied("95664834215".to_owned()))
        );
        let _ = app.update(Message::Copy(CopyWhat::Passcode));
        assert_eq!(app.feedback, Some(Feedback::Copied("Outreach1".to_owned())));
        // The first copy's timer must not hide the second copy's confirmation.
        let _ = app.update(Message::HideFeedback(1));
        assert!(app.feedback.is_some());
        let _ = app.update(Message::HideFeedback(2));
        assert_eq!(app.feedback, None);
        let _ = app.update(Message::SetLanguage(Lang::Af));
        let _ = app.update(Message::Copy(CopyWhat::Both));
        assert_eq!(
            app.feedback,
            Some(Feedback::Copied(
                "Vergadering-ID: 956 6483 4215 · Wagwoord: Outreach1".to_owned()
            ))
        );
    }

    #[test]
    fn actions_need_a_chosen_category() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::Join(JoinWith::App));
        let _ = app.update(Message::Copy(CopyWhat::Both));
        assert_eq!(app.feedback, None);
        assert_eq!(app.suggested, vec![0; 7]);
    }

    #[test]
    fn a_failed_open_is_reported_and_a_good_one_clears_the_notice() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(0));
        let _ = app.update(Message::Join(JoinWith::App));
        let _ = app.update(Message::Opened(JoinWith::App, Err("no handler".into())));
        assert_eq!(app.feedback, Some(Feedback::OpenFailed(JoinWith::App)));
        let _ = app.update(Message::Join(JoinWith::Browser));
        let _ = app.update(Message::Opened(JoinWith::Browser, Ok(())));
        // "Opening Zoom…" stays a few seconds after a launch that worked, then goes.
        assert_eq!(app.feedback, Some(Feedback::Opening(JoinWith::Browser)));
        let _ = app.update(Message::HideFeedback(app.feedback_serial));
        assert_eq!(app.feedback, None);
        let _ = app.update(Message::EmailOpened(Err("none".into())));
        assert_eq!(app.feedback, Some(Feedback::EmailFailed));
    }

    #[test]
    fn language_theme_and_scale_are_remembered() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let mut app = App::new(Options {
            prefs_path: Some(path.clone()),
            ..options(at(TUESDAY_EVENING), false)
        });
        // Each save runs on the writer thread; waiting for the last waits for all.
        let _ = app.update(Message::ToggleLanguage);
        let _ = app.update(Message::SetTheme(ThemeChoice::HighContrast));
        let _ = app.update(Message::Scale(ScaleStep::Up));
        let last = app.update(Message::Scale(ScaleStep::Up));
        assert_eq!(outputs(last), [Message::BackgroundDone]);
        assert_eq!(app.lang, Lang::Af);
        assert!((app.scale_factor() - 1.2).abs() < 1e-4);
        let again = App::new(Options {
            prefs_path: Some(path),
            ..options(at(TUESDAY_EVENING), false)
        });
        assert_eq!(again.lang, Lang::Af);
        assert_eq!(again.prefs.theme, ThemeChoice::HighContrast);
        assert!((again.scale_factor() - 1.2).abs() < 1e-4);
        let mut app = again;
        let _ = app.update(Message::Scale(ScaleStep::Reset));
        assert_eq!(app.scale_factor(), 1.0);
    }

    #[test]
    fn ticks_follow_the_wall_clock() {
        let mut app = app_at("2025-12-09T18:49:00+02:00");
        assert!(matches!(
            app.overall,
            Status::Open {
                closing_soon: false,
                ..
            }
        ));
        app.set_clock(at("2025-12-09T18:50:00+02:00"));
        let _ = app.update(Message::Tick);
        assert!(matches!(
            app.overall,
            Status::Open {
                closing_soon: true,
                ..
            }
        ));
        // A jump (sleep and resume) lands right away on the true state.
        app.set_clock(at("2025-12-16T10:00:00+02:00"));
        let _ = app.update(Message::Tick);
        assert!(matches!(
            app.overall,
            Status::Closed {
                reason: ClosedReason::ProgrammeEnded,
                ..
            }
        ));
    }

    #[test]
    fn problems_toggle_and_fullscreen_toggle() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ToggleProblems);
        assert!(app.show_problems);
        let _ = app.update(Message::ToggleFullscreen);
        assert!(app.fullscreen);
        let _ = app.update(Message::ToggleFullscreen);
        assert!(!app.fullscreen);
    }

    fn kiosk(message: KioskMessage) -> Message {
        Message::Kiosk(message)
    }

    #[test]
    fn kiosk_returns_to_the_start_when_idle() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(3));
        let _ = app.update(Message::SetLanguage(Lang::Af));
        let _ = app.update(Message::Scale(ScaleStep::Up));
        let _ = app.update(Message::Copy(CopyWhat::Both));
        // Two minutes later: still in use; a schedule reload is not a person.
        app.set_clock(at("2025-12-09T17:34:00+02:00"));
        let _ = app.update(Message::Tick);
        let _ = app.update(Message::ScheduleFileChanged);
        assert_eq!(app.screen, Screen::Category(3));
        // Half a minute before the reset the warning shows.
        app.set_clock(at("2025-12-09T17:34:31+02:00"));
        let idle = app.live.schedule.kiosk.idle_minutes;
        let warned = app.kiosk.as_ref().unwrap().idle(app.clock_now(), idle);
        assert!(matches!(warned, Idle::Warning(29)), "{warned:?}");
        // Three idle minutes: back to the start, default language and text size.
        app.set_clock(at("2025-12-09T17:35:00+02:00"));
        let _ = app.update(kiosk(KioskMessage::Second));
        assert_eq!(app.screen, Screen::Home);
        assert_eq!(app.lang, Lang::En);
        assert_eq!(app.scale_factor(), 1.0);
        assert_eq!(app.feedback, None);
        // The clipboard still holds Loket's text: it is cleared (and only then).
        let ours = "Vergadering-ID: 915 6122 4622 · Wagwoord: Outreach1".to_owned();
        assert_eq!(app.clipboard_ours.as_deref(), Some(ours.as_str()));
        let _ = app.update(kiosk(KioskMessage::ClipboardRead(Some(ours))));
        assert_eq!(app.clipboard_ours, None);
    }

    #[test]
    fn more_time_and_touches_keep_the_kiosk_awake() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(1));
        app.set_clock(at("2025-12-09T17:34:45+02:00"));
        let _ = app.update(kiosk(KioskMessage::MoreTime));
        app.set_clock(at("2025-12-09T17:36:00+02:00"));
        let _ = app.update(Message::Tick);
        assert_eq!(app.screen, Screen::Category(1));
        let _ = app.update(kiosk(KioskMessage::Activity));
        app.set_clock(at("2025-12-09T17:38:30+02:00"));
        let _ = app.update(kiosk(KioskMessage::Second));
        assert_eq!(app.screen, Screen::Category(1));
    }

    #[test]
    fn residents_choices_are_never_saved() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        let mut app = App::new(Options {
            prefs_path: Some(path.clone()),
            ..options(at(TUESDAY_EVENING), true)
        });
        let _ = app.update(Message::SetLanguage(Lang::Af));
        let task = app.update(Message::Scale(ScaleStep::Up));
        assert!(outputs(task).is_empty());
        assert!(!path.exists(), "a kiosk wrote the resident's settings");
    }

    #[test]
    fn staff_keys_do_nothing_in_kiosk_mode() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(Message::ToggleFullscreen);
        assert!(app.fullscreen, "F11 left fullscreen");
        let _ = app.update(Message::ToggleProblems);
        assert!(!app.show_problems);
        let _ = app.update(Message::SetTheme(ThemeChoice::Dark));
        assert_eq!(app.prefs.theme, ThemeChoice::Light);
    }

    #[test]
    fn a_window_that_is_not_a_kiosk_never_resets() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(1));
        app.set_clock(at("2025-12-09T18:30:00+02:00"));
        let _ = app.update(Message::Tick);
        assert_eq!(app.screen, Screen::Category(1));
        let _ = app.update(kiosk(KioskMessage::RequestExit));
        assert!(app.kiosk.is_none());
    }

    #[test]
    fn without_a_pin_kiosk_mode_cannot_be_left_by_keys() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(kiosk(KioskMessage::RequestExit));
        assert!(app.kiosk.is_some());
        assert!(app.fullscreen);
    }

    #[test]
    fn leaving_kiosk_mode_needs_the_pin_and_the_pin_box_takes_every_key() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        app.live.schedule.kiosk.exit_pin = Some("2468".to_owned());
        let _ = app.update(kiosk(KioskMessage::RequestExit));
        assert_eq!(app.kiosk.as_ref().unwrap().pin.as_deref(), Some(""));
        // "1111 Enter" typed at the box never reaches the screen behind it.
        let _ = app.update(Message::ChooseCategory(0));
        let _ = app.update(Message::Join(JoinWith::App));
        assert_eq!(app.screen, Screen::Home);
        assert_eq!(app.feedback, None);
        let _ = app.update(kiosk(KioskMessage::PinInput("12a34".to_owned())));
        assert_eq!(app.kiosk.as_ref().unwrap().pin.as_deref(), Some("1234"));
        let _ = app.update(kiosk(KioskMessage::PinSubmit));
        let state = app.kiosk.as_ref().unwrap();
        assert!(state.wrong_pin);
        assert_eq!(state.pin.as_deref(), Some(""));
        let _ = app.update(Message::Back);
        assert_eq!(app.kiosk.as_ref().unwrap().pin, None, "Esc cancels");
        // A wrong PIN makes the next try wait two seconds.
        app.set_clock(at("2025-12-09T17:32:03+02:00"));
        let _ = app.update(kiosk(KioskMessage::RequestExit));
        let _ = app.update(kiosk(KioskMessage::PinInput("2468".to_owned())));
        let _ = app.update(kiosk(KioskMessage::PinSubmit));
        assert!(app.kiosk.is_none());
    }

    #[test]
    fn a_kiosk_refuses_to_close_and_hides_the_browser_unless_allowed() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(Message::CloseRequested(window::Id::unique()));
        assert!(app.kiosk.is_some());
        let _ = app.update(Message::ChooseCategory(0));
        assert!(!app.browser_allowed());
        let _ = app.update(Message::Join(JoinWith::Browser));
        assert_eq!(app.feedback, None, "no browser over a kiosk");
        app.live.schedule.kiosk.allow_browser = true;
        let _ = app.update(Message::Join(JoinWith::Browser));
        assert_eq!(app.feedback, Some(Feedback::Opening(JoinWith::Browser)));
        assert!(
            app_at(TUESDAY_EVENING).browser_allowed(),
            "a counter has it"
        );
    }

    #[test]
    fn enter_on_the_idle_warning_does_not_open_zoom() {
        let mut app = kiosk_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(0));
        app.set_clock(at("2025-12-09T17:34:40+02:00"));
        let _ = app.update(Message::Join(JoinWith::App));
        assert_eq!(app.feedback, None, "Enter on the warning joined");
        let _ = app.update(Message::Join(JoinWith::App));
        assert_eq!(app.feedback, Some(Feedback::Opening(JoinWith::App)));
    }

    #[test]
    fn a_failed_launch_does_not_move_the_suggestion_on() {
        let mut app = app_at(TUESDAY_EVENING);
        let _ = app.update(Message::ChooseCategory(0));
        let _ = app.update(Message::Opened(JoinWith::App, Err("no handler".into())));
        assert_eq!(app.suggested[0], 0);
        let _ = app.update(Message::Opened(JoinWith::App, Ok(())));
        assert_eq!(app.suggested[0], 1);
    }
}
