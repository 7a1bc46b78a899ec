//! Everything that can happen in the window.

use crate::live::Reading;
use crate::text::Lang;

use super::theme::ThemeChoice;

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The wall clock passed a minute boundary (or the machine woke up).
    Tick,
    /// The schedule file changed on disk (debounced).
    ScheduleFileChanged,
    /// Ctrl+R: read the schedule file again now.
    Reload,
    /// A read of the schedule finished (the number orders reads asked for).
    ScheduleRead(u64, Box<Reading>),
    /// The fleet's checks: one is due, or one ended.
    Fleet(super::fleet::Message),
    /// The window was resized (logical pixels).
    WindowResized(iced::Size),
    /// The window system asked the window to close (Alt+F4, a window manager's menu).
    CloseRequested(iced::window::Id),
    /// Background work with nothing to report finished (a write, a look that found no
    /// change).
    BackgroundDone,
    ChooseCategory(usize),
    Back,
    ChooseHost(usize),
    Join(JoinWith),
    /// The OS opener answered.
    Opened(JoinWith, Result<(), String>),
    Copy(CopyWhat),
    HideFeedback(u64),
    SetLanguage(Lang),
    ToggleLanguage,
    SetTheme(ThemeChoice),
    Scale(ScaleStep),
    ToggleFullscreen,
    ToggleProblems,
    OpenHelpEmail,
    /// The OS opener answered for the help e-mail link.
    EmailOpened(Result<(), String>),
    /// Kiosk mode's own messages (activity, the PIN, the idle warning).
    Kiosk(super::kiosk::Message),
    /// Read the details (or the banner) aloud.
    ReadAloud,
    /// A reading aloud (by its number) ended: said, stopped, or failed.
    Spoken(u64, Result<crate::speech::Ended, String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinWith {
    App,
    Browser,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyWhat {
    MeetingId,
    Passcode,
    Both,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScaleStep {
    Up,
    Down,
    Reset,
}
