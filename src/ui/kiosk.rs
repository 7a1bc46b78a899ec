//! Kiosk mode's rules in one place: what a resident alone at the screen may do, the PIN
//! that staff type to leave, and the idle clock that hands the screen to the next resident
//! (with a warning and "I need more time" first: WCAG 2.2.1 asks for at least 20 s).
//!
//! Shaped like a component (Halloy's): its own [`Message`]s, an `update` that returns an
//! [`Event`] for the window to act on, and a policy the window asks before it handles any
//! message at all.

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};

use super::message::Message as AppMessage;

/// How long the warning shows before the screen resets.
pub const WARNING: TimeDelta = TimeDelta::seconds(30);

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// Someone touched the screen or a key.
    Activity,
    /// A second passed while the idle warning may be due.
    Second,
    /// "I need more time" on the idle warning.
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
    MonitorSize(Option<iced::Size>),
}

/// Asks for the whole screen: fullscreen again, then the monitor's size, so the window can
/// be grown to it where the compositor left it smaller. Asked once the window exists (cage
/// and some window managers ignore the request made when it is created), after the window
/// shrinks (an output plugged in or resized, a window manager's move) and at every reset.
pub fn fill_the_screen() -> iced::Task<AppMessage> {
    use iced::window;
    window::latest().and_then(|id| {
        iced::Task::batch([
            window::set_mode(id, window::Mode::Fullscreen),
            window::monitor_size(id).map(|size| AppMessage::Kiosk(Message::MonitorSize(size))),
        ])
    })
}

/// Whether a window of `window` size leaves part of a `monitor` uncovered (a pixel of
/// rounding allowed).
pub fn leaves_screen_uncovered(window: iced::Size, monitor: iced::Size) -> bool {
    window.width + 1.0 < monitor.width || window.height + 1.0 < monitor.height
}

/// What the window must do after the kiosk handled a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The right PIN: kiosk mode ends.
    Leave,
    /// The PIN box opened: give it the keyboard focus.
    FocusPin,
    /// Idle too long: back to the start for the next resident.
    Reset,
}

/// Where the idle clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The warning shows, with this many whole seconds left.
    Warning(u64),
    Expired,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kiosk {
    last_activity: DateTime<Utc>,
    /// The PIN being typed, while the PIN box is open.
    pub pin: Option<String>,
    pub wrong_pin: bool,
}

impl Kiosk {
    pub fn new(now: DateTime<Utc>) -> Kiosk {
        Kiosk {
            last_activity: now,
            pin: None,
            wrong_pin: false,
        }
    }

    /// The policy: whether a resident's (or the keyboard's) message may reach the window.
    /// Staff keys and settings do nothing here (fullscreen, theme, reload, the schedule's
    /// problems); while the PIN box is open, only the PIN box gets input, so digits and
    /// Enter never reach the screen behind it.
    pub fn allows(&self, message: &AppMessage) -> bool {
        use AppMessage as M;
        let staff_only = matches!(
            message,
            M::ToggleFullscreen | M::SetTheme(_) | M::Reload | M::ToggleProblems
        );
        if staff_only {
            tracing::info!(?message, "kiosk mode: a staff action was ignored");
            return false;
        }
        if self.pin.is_none() {
            return true;
        }
        match message {
            M::Kiosk(_) | M::Back => true,
            // Not input: the clock, the file, background work, the window.
            other => !is_input(other),
        }
    }

    pub fn update(
        &mut self,
        message: Message,
        exit_pin: Option<&str>,
        now: DateTime<Utc>,
        idle_minutes: u16,
    ) -> Option<Event> {
        match message {
            Message::Activity | Message::MoreTime => {
                self.last_activity = now;
                None
            }
            Message::Second => {
                (self.idle(now, idle_minutes) == Idle::Expired).then_some(Event::Reset)
            }
            // The window answers these itself (the clipboard, the monitor).
            Message::ClipboardRead(_) | Message::MonitorSize(_) => None,
            Message::RequestExit => match exit_pin {
                Some(_) => {
                    self.pin = Some(String::new());
                    self.wrong_pin = false;
                    Some(Event::FocusPin)
                }
                None => {
                    // Without a PIN the keyboard cannot end kiosk mode: only ending the
                    // session does. `loket --kiosk check` warns about this.
                    tracing::warn!("kiosk mode has no exit_pin in the schedule: staying");
                    None
                }
            },
            Message::PinInput(pin) => {
                if self.pin.is_some() {
                    self.pin = Some(pin.chars().filter(char::is_ascii_digit).take(12).collect());
                    self.wrong_pin = false;
                }
                None
            }
            Message::PinSubmit => {
                let typed = self.pin.as_deref()?;
                if exit_pin.is_some_and(|expected| expected == typed) {
                    self.pin = None;
                    Some(Event::Leave)
                } else {
                    self.pin = Some(String::new());
                    self.wrong_pin = true;
                    None
                }
            }
            Message::PinCancel => {
                self.pin = None;
                self.wrong_pin = false;
                None
            }
        }
    }

    /// Marks a person's input (a touch, a key) as activity.
    pub fn touched(&mut self, now: DateTime<Utc>) {
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

    /// Whether the window should tick every second now: only near the warning, so an idle
    /// kiosk does not redraw every second.
    pub fn needs_seconds(&self, now: DateTime<Utc>, idle_minutes: u16) -> bool {
        let deadline = self.last_activity + TimeDelta::minutes(i64::from(idle_minutes));
        deadline - now <= WARNING + TimeDelta::seconds(60)
    }

    /// Closes the PIN box (a reset for the next resident).
    pub fn close_dialogs(&mut self) {
        self.pin = None;
        self.wrong_pin = false;
    }
}

/// The interval of the seconds subscription.
pub const SECOND: Duration = Duration::from_secs(1);

/// Messages that come from a person: what counts as activity, and what the PIN box
/// swallows. The clock, the schedule file, background work and the window do not.
pub fn is_input(message: &AppMessage) -> bool {
    use AppMessage as M;
    !matches!(
        message,
        M::Tick
            | M::WindowResized(_)
            | M::ScheduleFileChanged
            | M::ScheduleRead(..)
            | M::BackgroundDone
            | M::Opened(..)
            | M::EmailOpened(_)
            | M::HideFeedback(_)
            | M::Spoken(_)
            | M::Fleet(_)
            | M::Kiosk(Message::Second | Message::ClipboardRead(_) | Message::MonitorSize(_))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::message::JoinWith;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_765_290_000 + seconds, 0).unwrap()
    }

    #[test]
    fn the_idle_clock_warns_before_it_resets() {
        let mut kiosk = Kiosk::new(at(0));
        assert_eq!(kiosk.idle(at(149), 3), Idle::Active);
        assert_eq!(kiosk.idle(at(150), 3), Idle::Warning(30));
        assert_eq!(kiosk.idle(at(175), 3), Idle::Warning(5));
        assert_eq!(kiosk.idle(at(180), 3), Idle::Expired);
        assert_eq!(
            kiosk.update(Message::Second, None, at(180), 3),
            Some(Event::Reset)
        );
        // "I need more time" starts the clock again.
        kiosk.update(Message::MoreTime, None, at(175), 3);
        assert_eq!(kiosk.idle(at(180), 3), Idle::Active);
        assert!(!kiosk.needs_seconds(at(180), 3));
        assert!(kiosk.needs_seconds(at(175 + 90), 3));
    }

    #[test]
    fn staff_actions_are_not_for_residents() {
        let kiosk = Kiosk::new(at(0));
        for message in [
            AppMessage::ToggleFullscreen,
            AppMessage::Reload,
            AppMessage::ToggleProblems,
            AppMessage::SetTheme(crate::ui::theme::ThemeChoice::Dark),
        ] {
            assert!(!kiosk.allows(&message), "{message:?}");
        }
        assert!(kiosk.allows(&AppMessage::ChooseCategory(0)));
    }

    #[test]
    fn the_pin_box_swallows_every_key_behind_it() {
        let mut kiosk = Kiosk::new(at(0));
        assert_eq!(
            kiosk.update(Message::RequestExit, Some("2468"), at(1), 3),
            Some(Event::FocusPin)
        );
        for typed in [
            AppMessage::ChooseCategory(0),
            AppMessage::Join(JoinWith::App),
            AppMessage::ToggleLanguage,
        ] {
            assert!(!kiosk.allows(&typed), "{typed:?} reached the screen");
        }
        assert!(kiosk.allows(&AppMessage::Kiosk(Message::PinInput("1".into()))));
        assert!(kiosk.allows(&AppMessage::Tick));
    }

    #[test]
    fn leaving_needs_the_right_pin_and_a_pin_at_all() {
        let mut kiosk = Kiosk::new(at(0));
        assert_eq!(kiosk.update(Message::RequestExit, None, at(1), 3), None);
        assert_eq!(kiosk.pin, None, "no PIN configured: no way out by keys");
        kiosk.update(Message::RequestExit, Some("2468"), at(1), 3);
        kiosk.update(Message::PinInput("12a34".into()), Some("2468"), at(2), 3);
        assert_eq!(kiosk.pin.as_deref(), Some("1234"));
        assert_eq!(
            kiosk.update(Message::PinSubmit, Some("2468"), at(3), 3),
            None
        );
        assert!(kiosk.wrong_pin);
        kiosk.update(Message::PinInput("2468".into()), Some("2468"), at(4), 3);
        assert_eq!(
            kiosk.update(Message::PinSubmit, Some("2468"), at(5), 3),
            Some(Event::Leave)
        );
    }

    #[test]
    fn a_window_short_of_its_monitor_by_more_than_a_pixel_leaves_it_uncovered() {
        let monitor = iced::Size::new(1280.0, 720.0);
        assert!(leaves_screen_uncovered(
            iced::Size::new(1024.0, 700.0),
            monitor
        ));
        assert!(leaves_screen_uncovered(
            iced::Size::new(1280.0, 701.0),
            monitor
        ));
        assert!(!leaves_screen_uncovered(
            iced::Size::new(1280.0, 720.0),
            monitor
        ));
        assert!(!leaves_screen_uncovered(
            iced::Size::new(1279.5, 719.5),
            monitor
        ));
    }
}
