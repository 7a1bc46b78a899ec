//! The shell: the window's components, and the routing between them. Each component owns
//! its state, its messages, an `update` that returns a task and an event for the shell, and
//! its view; the shell hands each message to its component, acts on the events, and asks
//! kiosk mode's policy before anything else. The window never parses files or does time
//! arithmetic: the feed asks `live` and `calendar`.
//!
//! | component | state | file |
//! |---|---|---|
//! | feed | the schedule, its reads and reloads, the fleet, the statuses | `feed.rs` |
//! | details | the screen, host, suggestions, QR, join, copy, feedback | `details/` |
//! | settings | language, text size, theme, fullscreen | `settings.rs` |
//! | voice | reading aloud | `voice.rs` |
//! | kiosk | policy, PIN, idle warning, reset, the hold on the screen | `kiosk/` |

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use iced::widget::operation::{RelativeOffset, snap_to};
use iced::{Size, Subscription, Task, event, keyboard, window};

use super::details::{self, CopyWhat, Details, JoinWith};
use super::feed::{self, Feed};
use super::focus::{self, Focus};
use super::kiosk::{self, Event as KioskEvent, Idle, Kiosk, Message as KioskMessage};
use super::message::Message;
use super::settings::{self, Settings};
use super::voice::{self, Voice};
use super::{fleet, keys};
use crate::calendar::Status;
use crate::clock::Clock;
use crate::live::Reading;
use crate::schedule::{Category, Host, Schedule};
use crate::source::Search;
use crate::text::Lang;

#[derive(Debug, Clone)]
pub struct Options {
    /// Where the schedule is looked for (again at every reload).
    pub search: Search,
    /// How the schedule is read off the window's thread: [`crate::live::read`], or a
    /// stand-in in tests (a slow disk).
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
    /// `--lang`: the language to start in (and return to at a kiosk) instead of the
    /// schedule's `default_language`.
    pub lang: Option<Lang>,
    /// Where actions are counted for supervisors; `None` counts nothing (tests).
    pub counts: Option<crate::counts::recorder::Recorder>,
}

pub struct App {
    pub(crate) feed: Feed,
    pub(crate) details: Details,
    pub(crate) settings: Settings,
    pub(crate) voice: Voice,
    pub(crate) kiosk: Option<Kiosk>,
    pub(crate) focus: Focus,
    /// The control with the focus ring now (what Space would press), for the views.
    pub(crate) focused: Option<Message>,
    /// The window's size in its own pixels, as the window system last said.
    pub(crate) viewport: Size,
    /// `--lang`, which wins over the schedule's start language.
    start_lang: Option<Lang>,
    pub(crate) counts: Option<crate::counts::recorder::Recorder>,
}

impl App {
    pub fn new(options: Options) -> App {
        let feed = Feed::start(
            options.search,
            options.read,
            options.clock,
            options.last_good,
            options.fleet,
        );
        let start = start_language(feed.schedule(), options.lang);
        let offered = offered_languages(feed.schedule(), start);
        let mut settings = Settings::load(options.prefs_path, start, offered, options.kiosk);
        // `--lang` says what to start in, over a language chosen on screen before.
        if options.lang.is_some() {
            settings.lang = start;
        }
        App {
            details: Details::new(feed.schedule().categories.len()),
            kiosk: options.kiosk.then(|| Kiosk::new(feed.now)),
            feed,
            settings,
            voice: Voice::default(),
            focus: Focus::default(),
            focused: None,
            viewport: super::DEFAULT_SIZE,
            start_lang: options.lang,
            counts: options.counts,
        }
    }

    /// The file work left from start-up, as tasks, for the first update (the last good
    /// copy's write goes through the writer thread like every other write).
    pub fn startup(&mut self) -> Task<Message> {
        self.feed.startup().map(Message::Feed)
    }

    pub fn schedule(&self) -> &Schedule {
        self.feed.schedule()
    }

    /// The clock now (not as of the last tick): the kiosk's countdown reads it.
    pub fn clock_now(&self) -> DateTime<Utc> {
        self.feed.clock_now()
    }

    /// Now in the schedule's zone, as of the last tick.
    pub fn local_now(&self) -> DateTime<Tz> {
        self.feed.local_now()
    }

    /// The status the banner shows: the best of the categories'.
    pub fn overall(&self) -> &Status {
        &self.feed.overall
    }

    pub fn category(&self) -> Option<(usize, &Category)> {
        self.details.category(self.feed.schedule())
    }

    pub fn selected_host(&self) -> Option<&Host> {
        self.details.selected_host(self.feed.schedule())
    }

    /// What a message, once handled, did for a resident (for the counts): the action and
    /// the category's id ("home" for Read aloud at home). Decided before handling, from the
    /// screen the message was sent on.
    fn counted(&self, message: &Message) -> Option<(crate::counts::Action, String)> {
        use crate::counts::Action;
        use details::Message as D;
        self.counts.as_ref()?;
        let category = |index: Option<usize>| {
            index
                .and_then(|i| self.schedule().categories.get(i))
                .or_else(|| self.category().map(|(_, c)| c))
                .map(|c| c.id.clone())
        };
        let action = match message {
            Message::Details(D::ChooseCategory(index)) => {
                return category(Some(*index)).map(|id| (Action::DetailsOpened, id));
            }
            Message::Details(D::Opened(JoinWith::App, Ok(()))) => Action::ZoomOpened,
            Message::Details(D::Opened(JoinWith::Browser, Ok(()))) => Action::BrowserOpened,
            Message::Details(D::Copy(_)) if self.details.send.is_none() => Action::Copied,
            Message::Details(D::Printed(Ok(_))) => Action::Printed,
            Message::Details(D::Sent(details::SendWith::WhatsApp, Ok(()))) => Action::SentWhatsApp,
            Message::Details(D::Sent(details::SendWith::Email, Ok(()))) => Action::SentEmail,
            Message::Voice(voice::Message::ReadAloud) if !self.voice.is_reading() => {
                return Some((
                    Action::ReadAloud,
                    category(None).unwrap_or_else(|| "home".to_owned()),
                ));
            }
            _ => return None,
        };
        category(None).map(|id| (action, id))
    }

    /// Hands a row to the counts' thread (it never blocks the window).
    fn count(&self, action: crate::counts::Action, category: String) {
        let Some(recorder) = &self.counts else {
            return;
        };
        recorder.record(crate::counts::Record {
            at: self.clock_now(),
            local_date: self
                .clock_now()
                .with_timezone(&self.schedule().time_zone)
                .date_naive(),
            site: recorder.config.site.clone(),
            mode: if self.kiosk.is_some() {
                crate::counts::Mode::Kiosk
            } else {
                crate::counts::Mode::Counter
            },
            category,
            action,
        });
    }

    /// "Today: 23 residents helped", or why counting fails; for staff, never at a kiosk.
    pub fn counts_line(&self) -> Option<(bool, String)> {
        let recorder = self.counts.as_ref().filter(|_| self.kiosk.is_none())?;
        let lang = self.settings.lang;
        if let Some(trouble) = recorder.trouble() {
            return Some((true, crate::i18n::counts_failing(lang, &trouble)));
        }
        let today = self.local_now().date_naive();
        recorder
            .helped_on(today)
            .map(|count| (false, crate::i18n::counts_today(lang, count)))
    }

    /// The language the window starts in and a kiosk returns to: `--lang` when Loket has
    /// words for it, else the schedule's `default_language`.
    pub fn start_language(&self) -> Lang {
        start_language(self.schedule(), self.start_lang)
    }

    /// Tests move the clock with this; the window itself only reads it.
    pub fn set_clock(&mut self, clock: Clock) {
        self.feed.set_clock(clock);
    }

    pub fn title(&self) -> String {
        format!("Loket · {}", self.schedule().title.get(self.settings.lang))
    }

    pub fn theme(&self) -> iced::Theme {
        super::theme::theme(self.settings.theme())
    }

    pub fn scale_factor(&self) -> f32 {
        self.settings.scale()
    }

    /// The space the view lays out in: the window divided by the text size, which scales
    /// everything (iced's logical pixels).
    pub fn layout_size(&self) -> Size {
        let scale = self.scale_factor().max(0.1);
        Size::new(self.viewport.width / scale, self.viewport.height / scale)
    }

    /// Whether "Open in browser" is offered: always at a counter, at a kiosk only when the
    /// schedule allows it (a browser window is a way out of the kiosk).
    pub fn browser_allowed(&self) -> bool {
        self.kiosk.is_none() || self.schedule().kiosk.allow_browser
    }

    /// Whether Print is offered: always at a counter; at a kiosk only when the schedule
    /// allows it (a resident's further presses then say the limit is reached).
    pub fn print_allowed(&self) -> bool {
        self.kiosk.is_none() || self.schedule().kiosk.allow_print
    }

    /// Whether the language chooser is open (tests).
    pub fn settings_chooser_open(&self) -> bool {
        self.settings.chooser_open
    }

    /// Whether Read aloud is reading now (its button then says "Stop reading").
    pub fn is_reading(&self) -> bool {
        self.voice.is_reading()
    }

    /// The speech engine's process while it reads (tests count them).
    pub fn speech_process(&self) -> Option<u32> {
        self.voice.process_id()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        let counted = self.counted(&message);
        let task = self.handle(message);
        if let Some((action, category)) = counted {
            self.count(action, category);
        }
        // The controls may have changed (another screen, a host more or less).
        let controls = self.controls();
        self.focused = self
            .focus
            .index(controls.len())
            .and_then(|index| controls.into_iter().nth(index));
        task
    }

    fn handle(&mut self, message: Message) -> Task<Message> {
        let idle = self.schedule().kiosk.idle_minutes;
        let now = self.clock_now();
        if let Some(kiosk) = &mut self.kiosk
            && !kiosk.admit(&message, now, idle)
        {
            return Task::none();
        }
        match message {
            Message::Feed(message) => self.feed_message(message),
            Message::Details(details::Message::Back) if self.pin_open() => {
                self.kiosk_message(KioskMessage::PinCancel)
            }
            // While the send box is open only its own messages count: a key that reaches the
            // window (not the field) must not join, copy, print or change the screen.
            message if self.details.send.is_some() && !send_box_admits(&message) => {
                tracing::debug!(?message, "ignored while the send box is open");
                Task::none()
            }
            Message::Details(details::Message::Back) if self.settings.chooser_open => self
                .settings
                .update(settings::Message::CloseChooser)
                .map(Message::Settings),
            Message::Details(message) => self.details_message(message),
            Message::Settings(message) => {
                // The chooser opening or closing is a new screen: Tab starts from its top.
                if matches!(
                    message,
                    settings::Message::OpenChooser
                        | settings::Message::CloseChooser
                        | settings::Message::SetLanguage(_)
                ) && self.settings.chooser_open
                    != matches!(message, settings::Message::OpenChooser)
                {
                    self.focus.clear();
                }
                self.settings.update(message).map(Message::Settings)
            }
            Message::Voice(message) => {
                // Built on every voice message: cheap, and it leaves `self` free.
                let text = (self.settings.lang, self.spoken_text());
                self.voice.update(message, move || text).map(Message::Voice)
            }
            Message::Kiosk(message) => self.kiosk_message(message),
            Message::Focus(message) => self.focus_message(message),
            Message::WindowResized(size) => self.resized(size),
            Message::CloseRequested(id) => self.close_requested(id),
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            self.feed.subscription().map(Message::Feed),
            window::resize_events().map(|(_, size)| Message::WindowResized(size)),
            window::close_requests().map(Message::CloseRequested),
        ];
        if let Some(kiosk) = &self.kiosk {
            subscriptions.push(keyboard::listen().filter_map(keys::for_kiosk));
            subscriptions.push(event::listen_with(kiosk::activity));
            let idle = self.schedule().kiosk.idle_minutes;
            if kiosk.needs_seconds(self.clock_now(), idle) {
                subscriptions.push(
                    iced::time::every(kiosk::SECOND).map(|_| Message::Kiosk(KioskMessage::Second)),
                );
            }
        } else {
            subscriptions.push(keyboard::listen().filter_map(keys::from_event));
        }
        Subscription::batch(subscriptions)
    }

    fn feed_message(&mut self, message: feed::Message) -> Task<Message> {
        let (task, event) = self.feed.update(message);
        let task = task.map(Message::Feed);
        let then = match event {
            Some(feed::Event::Replaced) => {
                self.details.schedule_replaced(self.feed.schedule());
                let start = self.start_language();
                let offered = offered_languages(self.feed.schedule(), start);
                self.settings.schedule_languages(start, offered);
                Task::none()
            }
            Some(feed::Event::Ticked) => self.reset_kiosk_if_idle(),
            None => Task::none(),
        };
        Task::batch([task, then])
    }

    fn details_message(&mut self, message: details::Message) -> Task<Message> {
        // A kiosk resident prints a few slips at most before the reset.
        if message == details::Message::Print
            && let Some(kiosk) = &mut self.kiosk
        {
            let limit = self.feed.live.schedule.kiosk.prints_per_resident;
            if self.feed.live.schedule.kiosk.allow_print && kiosk.prints >= limit {
                tracing::info!(limit, "kiosk: print limit reached for this resident");
                self.details.feedback = Some(details::Feedback::PrintLimit);
                return Task::none();
            }
            kiosk.prints += 1;
        }
        let context = details::Context {
            schedule: self.feed.schedule(),
            lang: self.settings.lang,
            browser_allowed: self.browser_allowed(),
            print_allowed: self.print_allowed(),
            send_allowed: self.kiosk.is_none(),
            now: self.local_now(),
        };
        let (task, event) = self.details.update(message, context);
        let task = task.map(Message::Details);
        match event {
            Some(details::Event::ScreenChanged) => {
                self.voice.clear();
                self.focus.clear();
                Task::batch([task, scroll_to_top()])
            }
            None => task,
        }
    }

    /// The control with the keyboard's focus ring, as the message it sends.
    pub fn focused_control(&self) -> Option<&Message> {
        self.focused.as_ref()
    }

    /// Tab, Space, Enter and the scroll keys; a press goes to the control as a click would.
    fn focus_message(&mut self, message: focus::Message) -> Task<Message> {
        let controls = self.controls();
        let page = self.layout_size().height;
        let (task, event) = self.focus.update(message, controls.len(), page);
        let task = task.map(Message::Focus);
        let pressed = match event {
            Some(focus::Event::Press(index)) => controls.into_iter().nth(index),
            Some(focus::Event::Join) => Some(details::Message::Join(JoinWith::App).into()),
            None => None,
        };
        match pressed {
            Some(message) => Task::batch([task, self.handle(message)]),
            None => task,
        }
    }

    /// The screen's controls in reading order, as the messages they send: what Tab goes
    /// through. The PIN box has its own (the text field); the idle warning has one.
    pub fn controls(&self) -> Vec<Message> {
        use details::Message as D;
        use settings::{Message as S, ScaleStep};
        let idle = self.schedule().kiosk.idle_minutes;
        if let Some(kiosk) = &self.kiosk {
            if kiosk.pin.is_some() {
                return Vec::new();
            }
            if kiosk.idle(self.clock_now(), idle) != Idle::Active {
                return vec![Message::Kiosk(KioskMessage::MoreTime)];
            }
        }
        let mut controls = Vec::new();
        if self.settings.chooser_open {
            controls.extend(
                self.settings
                    .offered
                    .iter()
                    .map(|lang| S::SetLanguage(*lang).into()),
            );
        } else if self.kiosk.is_none() && super::view::has_strip(&self.feed) {
            controls.push(feed::Message::ToggleProblems.into());
        }
        let schedule = self.schedule();
        match self.category() {
            _ if self.settings.chooser_open => {}
            None => {
                controls
                    .extend((0..schedule.categories.len()).map(|i| D::ChooseCategory(i).into()));
            }
            Some(_) if self.details.send.is_some() => {
                controls.push(D::Back.into());
                if self
                    .details
                    .send
                    .as_deref()
                    .is_some_and(|n| crate::phone::CellNumber::parse(n).is_ok())
                {
                    controls.push(D::Send(details::SendWith::WhatsApp).into());
                }
                controls.push(D::Send(details::SendWith::Email).into());
            }
            Some((_, category)) => {
                controls.push(D::Back.into());
                controls.push(D::Join(JoinWith::App).into());
                if self.browser_allowed() {
                    controls.push(D::Join(JoinWith::Browser).into());
                }
                for what in [CopyWhat::MeetingId, CopyWhat::Passcode, CopyWhat::Both] {
                    controls.push(D::Copy(what).into());
                }
                if self.kiosk.is_none() {
                    controls.push(D::OpenSend.into());
                }
                if self.print_allowed() {
                    controls.push(D::Print.into());
                }
                if category.hosts.len() > 1 {
                    controls.extend((0..category.hosts.len()).map(|i| D::ChooseHost(i).into()));
                }
                if schedule.help.email.is_some() {
                    controls.push(D::OpenHelpEmail.into());
                }
            }
        }
        controls.extend([
            self.settings.language_button().into(),
            S::Scale(ScaleStep::Down).into(),
            S::Scale(ScaleStep::Up).into(),
            voice::Message::ReadAloud.into(),
        ]);
        if self.kiosk.is_none() && self.layout_size().width >= 640.0 {
            controls.push(S::SetTheme(self.settings.theme().next()).into());
        }
        controls
    }

    fn pin_open(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|kiosk| kiosk.pin.is_some())
    }

    fn resized(&mut self, size: Size) -> Task<Message> {
        // iced reports the size already divided by the text size; keep it in the window's
        // own pixels, so a later change of text size is accounted for.
        let scale = self.scale_factor();
        self.viewport = Size::new(size.width * scale, size.height * scale);
        tracing::debug!(?size, "window resized");
        // A kiosk window that shrank (an output changed, a window manager moved it) asks
        // for the whole screen again.
        let window = self.layout_size();
        match &self.kiosk {
            Some(kiosk) if kiosk.monitor_left_uncovered(window).is_some() => {
                kiosk::screen::fill_the_screen().map(Message::Kiosk)
            }
            _ => Task::none(),
        }
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

    /// What Read aloud says here, built for the ear: the details, or at home the banner
    /// and then each category with its number.
    pub fn spoken_text(&self) -> String {
        use crate::speech::{self, words};
        let lang = self.settings.lang;
        let now = self.local_now();
        let schedule = self.schedule();
        match (self.category(), self.selected_host()) {
            (Some((index, category)), Some(host)) => {
                let status = self.feed.statuses.get(index).unwrap_or(&self.feed.overall);
                let said = words::headline(lang, schedule, status, &now);
                let details = speech::details(
                    lang,
                    category.name.get(lang),
                    &said,
                    &host.meeting_id,
                    &host.passcode,
                );
                // Then joining by phone, for a resident with only a telephone.
                match schedule.phone.as_ref().and_then(|p| p.numbers.first()) {
                    Some(first) => format!(
                        "{details} {}",
                        speech::phone(
                            lang,
                            &first.number,
                            &host.meeting_id,
                            host.phone_passcode.as_ref()
                        )
                    ),
                    None => details,
                }
            }
            _ => {
                let said = words::headline(lang, schedule, &self.feed.overall, &now);
                let names: Vec<&str> = schedule
                    .categories
                    .iter()
                    .map(|category| category.name.get(lang))
                    .collect();
                words::home(lang, &said, &names)
            }
        }
    }

    /// After the idle warning: back to the start for the next resident.
    fn reset_kiosk_if_idle(&mut self) -> Task<Message> {
        let idle = self.schedule().kiosk.idle_minutes;
        match &self.kiosk {
            Some(kiosk) if kiosk.idle(self.feed.now, idle) == Idle::Expired => {
                self.reset_for_next_resident()
            }
            _ => Task::none(),
        }
    }

    /// The next resident finds the screen as the first did: the home screen at its top, the
    /// schedule's language, the starting text size, no dialog, message or reading, and the
    /// clipboard cleared if it still holds what Loket put there.
    fn reset_for_next_resident(&mut self) -> Task<Message> {
        let now = self.clock_now();
        let schedule_lang = self.start_language();
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        kiosk.reset(now);
        let untouched = self.details.screen == details::Screen::Home
            && self.details.feedback.is_none()
            && self.details.clipboard_ours.is_none()
            && self.settings.untouched(schedule_lang);
        if !untouched {
            tracing::info!("kiosk idle: back to the start screen");
        }
        self.voice.stop();
        self.voice.clear();
        self.details.go_home();
        self.focus.clear();
        self.settings.reset(schedule_lang);
        self.feed.strips_open = false;
        let clipboard = if self.details.clipboard_ours.is_some() {
            iced::clipboard::read()
                .map(|content| Message::Kiosk(KioskMessage::ClipboardRead(content)))
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

    fn kiosk_message(&mut self, message: KioskMessage) -> Task<Message> {
        let window = self.layout_size();
        let schedule = &self.feed.live.schedule.kiosk;
        let Some(kiosk) = &mut self.kiosk else {
            return Task::none();
        };
        let context = kiosk::Context {
            now: self.feed.clock_now(),
            idle_minutes: schedule.idle_minutes,
            exit_pin: schedule.exit_pin.as_deref(),
            window,
        };
        let (task, event) = kiosk.update(message, context);
        let task = task.map(Message::Kiosk);
        let then = match event {
            Some(KioskEvent::Leave) => self.leave_kiosk(),
            Some(KioskEvent::Reset) => {
                self.feed.catch_up();
                self.reset_for_next_resident()
            }
            Some(KioskEvent::Clipboard(content)) => self.details.clear_clipboard_if_ours(content),
            None => Task::none(),
        };
        Task::batch([task, then])
    }

    /// Kiosk mode ends; the window becomes an ordinary one, maximised as at a counter.
    fn leave_kiosk(&mut self) -> Task<Message> {
        tracing::info!("leaving kiosk mode");
        self.kiosk = None;
        self.settings.fullscreen = false;
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

#[cfg(test)]
mod kiosk_tests;
#[cfg(test)]
mod tests;

/// `--lang` when Loket has words for it, else the schedule's start language.
fn start_language(schedule: &Schedule, asked: Option<Lang>) -> Lang {
    asked
        .filter(|lang| crate::locale::current().has(*lang))
        .unwrap_or(schedule.default_language)
}

/// What the language button offers: the schedule's languages that Loket has words for,
/// and the start language (`--lang` may name one the schedule does not list).
fn offered_languages(schedule: &Schedule, start: Lang) -> Vec<Lang> {
    let mut offered = Settings::available(&schedule.languages);
    if !offered.contains(&start) {
        offered.insert(0, start);
    }
    offered
}

/// What may happen while the "Send to phone" box is open: its own messages, Back, Tab, and
/// everything that is not a person's action on the screen behind it.
fn send_box_admits(message: &Message) -> bool {
    use details::Message as D;
    match message {
        Message::Details(
            D::SendNumber(_)
            | D::Send(_)
            | D::Sent(..)
            | D::Back
            | D::HideFeedback(_)
            | D::Opened(..),
        ) => true,
        Message::Details(_) => false,
        Message::Focus(focus::Message::Activate | focus::Message::Enter) => true,
        Message::Settings(_) | Message::Voice(_) => false,
        _ => true,
    }
}
