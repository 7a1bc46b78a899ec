//! Kiosk mode as a component: a resident alone at the screen. It owns its rules (what a
//! resident may do), the PIN that staff type to leave, the idle clock that hands the screen
//! to the next resident (with a warning and "I need more time" first: WCAG 2.2.1 asks for
//! at least 20 s), and the window's hold on the screen (fullscreen again after a window
//! manager iconified, moved or shrank it; a close request refused).
//!
//! Shaped like Halloy's components: its own [`Message`]s, an `update` that returns a task
//! and an [`Event`] for the shell to act on, its own view ([`view`]), and a policy the
//! shell asks before it handles any message at all.

pub mod screen;
pub mod view;

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use iced::{Point, Size, Task};

use super::message::Message as AppMessage;

/// How long the warning shows before the screen resets.
pub const WARNING: TimeDelta = TimeDelta::seconds(30);

/// After a wrong PIN the next try waits this long, doubling with each wrong one up to
/// [`PIN_WAIT_MAX`]: guessing a 4-digit PIN by hand takes days, not minutes.
const PIN_WAIT_FIRST: TimeDelta = TimeDelta::seconds(2);
const PIN_WAIT_MAX: TimeDelta = TimeDelta::seconds(60);

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Someone touched the screen or pressed a key.
    Activity,
    /// A second passed while the idle warning or a PIN wait may be showing.
    Second,
    /// "I need more time" on the idle warning, or a touch anywhere on it.
    MoreTime,
    /// The clipboard's content, read back before a reset.
    ClipboardRead(Option<String>),
    /// Ctrl+Shift+Q: staff want to leave kiosk mode.
    RequestExit,
    PinInput(String),
    PinSubmit,
    PinCancel,
    /// The size of the monitor the window is on (logical pixels), asked for to tell
    /// whether the window covers it.
    MonitorSize(Option<Size>),
    /// The window lost the keyboard focus: a window manager may have iconified it.
    Unfocused,
    /// The window moved (logical pixels): a window manager may have pushed it aside.
    Moved(Point),
    /// Whether the window is iconified, as the window system answered.
    Minimized(Option<bool>),
}

/// What the shell must do after the kiosk handled a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The right PIN: kiosk mode ends.
    Leave,
    /// Idle too long: back to the start for the next resident.
    Reset,
    /// The clipboard's content before a reset: the shell clears it if it is Loket's.
    Clipboard(Option<String>),
}

/// What the kiosk needs to know from the rest of the window to handle a message.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub now: DateTime<Utc>,
    pub idle_minutes: u16,
    pub exit_pin: Option<&'a str>,
    /// The window's size in iced's logical pixels.
    pub window: Size,
}

/// Where the idle clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The warning shows, with this many whole seconds left.
    Warning(u64),
    Expired,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Kiosk {
    last_activity: DateTime<Utc>,
    /// The PIN being typed, while the PIN box is open.
    pub pin: Option<String>,
    pub wrong_pin: bool,
    /// Wrong PINs since the last right one, and when the next try is taken.
    wrong_tries: u32,
    pin_wait_until: Option<DateTime<Utc>>,
    /// The size of the window's monitor (logical pixels), once asked for.
    monitor: Option<Size>,
    /// Slips printed since the last reset.
    pub prints: u8,
}

impl Kiosk {
    pub fn new(now: DateTime<Utc>) -> Kiosk {
        Kiosk {
            last_activity: now,
            pin: None,
            wrong_pin: false,
            wrong_tries: 0,
            pin_wait_until: None,
            monitor: None,
            prints: 0,
        }
    }

    /// The policy, asked before the window handles any message: whether it may reach the
    /// window. A person's input also counts as activity here. Staff keys and settings do
    /// nothing (fullscreen, theme, reload, the schedule's problems); while the PIN box is
    /// open only the PIN box gets input; while the idle warning shows, a key or a touch
    /// only wakes the screen (Enter on the warning must not open Zoom for a resident who
    /// may have walked away).
    pub fn admit(&mut self, message: &AppMessage, now: DateTime<Utc>, idle_minutes: u16) -> bool {
        use crate::ui::{details, feed, settings};
        use AppMessage as M;
        let staff_only = matches!(
            message,
            M::Settings(settings::Message::ToggleFullscreen | settings::Message::SetTheme(_))
                | M::Feed(feed::Message::Reload | feed::Message::ToggleProblems)
        );
        if staff_only {
            tracing::info!(?message, "kiosk mode: a staff action was ignored");
            return false;
        }
        let input = is_input(message);
        let warned = self.idle(now, idle_minutes) != Idle::Active;
        if input {
            // Only people's input keeps a kiosk awake, never the clock or the file.
            self.last_activity = now;
        }
        if self.pin.is_some() {
            return matches!(message, M::Kiosk(_) | M::Details(details::Message::Back)) || !input;
        }
        if warned && input {
            if !matches!(message, M::Kiosk(_)) {
                tracing::info!(
                    ?message,
                    "kiosk mode: input on the idle warning only woke the screen"
                );
            }
            return matches!(message, M::Kiosk(_));
        }
        true
    }

    pub fn update(
        &mut self,
        message: Message,
        context: Context<'_>,
    ) -> (Task<Message>, Option<Event>) {
        let now = context.now;
        match message {
            Message::Activity | Message::MoreTime => {
                self.last_activity = now;
                (Task::none(), None)
            }
            Message::Second => {
                let expired = self.idle(now, context.idle_minutes) == Idle::Expired;
                (Task::none(), expired.then_some(Event::Reset))
            }
            Message::ClipboardRead(content) => (Task::none(), Some(Event::Clipboard(content))),
            Message::MonitorSize(size) => {
                self.monitor = size;
                (self.cover_the_monitor(context.window), None)
            }
            Message::Unfocused => (screen::restore_if_iconified_soon(), None),
            Message::Minimized(Some(true)) => {
                tracing::info!("kiosk window was iconified: bringing it back");
                (screen::restore(), None)
            }
            Message::Minimized(_) => (Task::none(), None),
            Message::Moved(at) if at.x.abs() > 1.0 || at.y.abs() > 1.0 => {
                tracing::info!(?at, "kiosk window was moved: filling the screen again");
                (screen::fill_the_screen(), None)
            }
            Message::Moved(_) => (Task::none(), None),
            Message::RequestExit => match context.exit_pin {
                Some(_) => {
                    self.pin = Some(String::new());
                    self.wrong_pin = false;
                    (iced::widget::operation::focus(view::PIN.clone()), None)
                }
                None => {
                    // Without a PIN the keyboard cannot end kiosk mode: only ending the
                    // session does. `loket --kiosk check` warns about this.
                    tracing::warn!("kiosk mode has no exit_pin in the schedule: staying");
                    (Task::none(), None)
                }
            },
            Message::PinInput(pin) => {
                if self.pin.is_some() {
                    self.pin = Some(pin.chars().filter(char::is_ascii_digit).take(12).collect());
                }
                (Task::none(), None)
            }
            Message::PinSubmit => (Task::none(), self.submit_pin(context.exit_pin, now)),
            Message::PinCancel => {
                self.pin = None;
                self.wrong_pin = false;
                (Task::none(), None)
            }
        }
    }

    /// The typed PIN, tried unless the wait after a wrong one is still running.
    fn submit_pin(&mut self, exit_pin: Option<&str>, now: DateTime<Utc>) -> Option<Event> {
        let typed = self.pin.as_deref()?;
        if self.pin_wait(now).is_some() {
            return None;
        }
        if exit_pin.is_some_and(|expected| expected == typed) {
            self.pin = None;
            self.wrong_pin = false;
            self.wrong_tries = 0;
            self.pin_wait_until = None;
            return Some(Event::Leave);
        }
        tracing::warn!(tries = self.wrong_tries + 1, "kiosk mode: a wrong exit PIN");
        self.pin = Some(String::new());
        self.wrong_pin = true;
        let wait = PIN_WAIT_FIRST * 2_i32.saturating_pow(self.wrong_tries.min(8));
        self.wrong_tries += 1;
        self.pin_wait_until = Some(now + wait.min(PIN_WAIT_MAX));
        None
    }

    /// How long until the next PIN is taken, while a wait after a wrong one runs.
    pub fn pin_wait(&self, now: DateTime<Utc>) -> Option<TimeDelta> {
        self.pin_wait_until
            .map(|until| until - now)
            .filter(|left| *left > TimeDelta::zero())
    }

    /// A window smaller than its monitor after asking for fullscreen is grown to it and
    /// moved to its corner (what a compositor that ignores fullscreen still follows).
    pub fn cover_the_monitor(&self, window: Size) -> Task<Message> {
        tracing::debug!(?window, monitor = ?self.monitor, "kiosk: the window and its monitor");
        match self.monitor_left_uncovered(window) {
            Some(monitor) => {
                tracing::info!(
                    ?window,
                    ?monitor,
                    "kiosk window smaller than the screen: growing it"
                );
                screen::cover(monitor)
            }
            None => Task::none(),
        }
    }

    /// The monitor's size when a window of `window` size leaves part of it uncovered.
    pub fn monitor_left_uncovered(&self, window: Size) -> Option<Size> {
        let monitor = self.monitor?;
        screen::leaves_uncovered(window, monitor).then_some(monitor)
    }

    /// The next resident starts afresh: dialogs closed, the idle clock from now.
    pub fn reset(&mut self, now: DateTime<Utc>) {
        self.prints = 0;
        self.pin = None;
        self.wrong_pin = false;
        self.last_activity = now;
    }

    pub fn idle(&self, now: DateTime<Utc>, idle_minutes: u16) -> Idle {
        let deadline = self.last_activity + TimeDelta::minutes(i64::from(idle_minutes));
        let left = deadline - now;
        if left <= TimeDelta::zero() {
            Idle::Expired
        } else if left <= WARNING {
            Idle::Warning(left.num_seconds().max(1) as u64)
        } else {
            Idle::Active
        }
    }

    /// Whether the window should tick every second now: near the warning, or while a PIN
    /// wait counts down; an idle kiosk does not redraw every second.
    pub fn needs_seconds(&self, now: DateTime<Utc>, idle_minutes: u16) -> bool {
        let deadline = self.last_activity + TimeDelta::minutes(i64::from(idle_minutes));
        deadline - now <= WARNING + TimeDelta::seconds(60) || self.pin_wait(now).is_some()
    }
}

/// The interval of the seconds subscription.
pub const SECOND: Duration = Duration::from_secs(1);

/// Messages that come from a person: what counts as activity, and what the PIN box
/// swallows. The clock, the schedule file, background work and the window do not.
pub fn is_input(message: &AppMessage) -> bool {
    use crate::ui::{details, feed, settings, voice};
    use AppMessage as M;
    !matches!(
        message,
        M::WindowResized(_)
            | M::CloseRequested(_)
            | M::Feed(
                feed::Message::Tick
                    | feed::Message::ScheduleFileChanged
                    | feed::Message::ScheduleRead(..)
                    | feed::Message::Fleet(_)
                    | feed::Message::Done
            )
            | M::Details(
                details::Message::Opened(..)
                    | details::Message::EmailOpened(_)
                    | details::Message::HideFeedback(_)
            )
            | M::Settings(settings::Message::Saved)
            | M::Voice(voice::Message::Spoken(..))
            | M::Kiosk(
                Message::Second
                    | Message::ClipboardRead(_)
                    | Message::MonitorSize(_)
                    | Message::Unfocused
                    | Message::Moved(_)
                    | Message::Minimized(_)
            )
    )
}

/// Touches, clicks and wheel turns, for the idle timer. Keys count through the keyboard's
/// own subscription ([`super::keys::for_kiosk`]), so a key on the idle warning is one
/// message, judged once.
pub fn activity(
    event: iced::Event,
    _: iced::event::Status,
    _: iced::window::Id,
) -> Option<AppMessage> {
    use iced::{Event, mouse, touch, window};
    match event {
        Event::Mouse(mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. })
        | Event::Touch(touch::Event::FingerPressed { .. }) => {
            Some(AppMessage::Kiosk(Message::Activity))
        }
        Event::Window(window::Event::Unfocused) => Some(AppMessage::Kiosk(Message::Unfocused)),
        Event::Window(window::Event::Moved(at)) => Some(AppMessage::Kiosk(Message::Moved(at))),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
