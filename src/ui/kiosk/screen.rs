//! The kiosk window's hold on the screen: fullscreen, grown to the monitor where a
//! compositor leaves it smaller, and back from an iconify. Window-system requests only;
//! the kiosk decides when.

use std::time::Duration;

use iced::{Point, Size, Task, window};

use super::Message;

/// How long after losing the focus the window asks whether it was iconified: a window
/// manager's iconify takes the focus first and sets the state a moment later.
const ICONIFY_SETTLES: Duration = Duration::from_millis(700);

/// Asks for the whole screen: fullscreen again, then the monitor's size, so the window can
/// be grown to it where the compositor left it smaller. Asked once the window exists (cage
/// and some window managers ignore the request made when it is created), after the window
/// shrinks or moves (an output plugged in or resized, a window manager's move) and at
/// every reset.
pub fn fill_the_screen() -> Task<Message> {
    window::latest().and_then(|id| {
        Task::batch([
            window::set_mode(id, window::Mode::Fullscreen),
            window::monitor_size(id).map(Message::MonitorSize),
        ])
    })
}

/// Grows the window to `monitor` at its corner.
pub fn cover(monitor: Size) -> Task<Message> {
    window::latest().and_then(move |id| {
        Task::batch([
            window::move_to(id, Point::ORIGIN),
            window::resize(id, monitor),
        ])
    })
}

/// Asks, a moment after the window lost the focus, whether it was iconified.
pub fn restore_if_iconified_soon() -> Task<Message> {
    Task::future(async { tokio::time::sleep(ICONIFY_SETTLES).await })
        .then(|()| restore_if_iconified())
}

/// Asks whether the window is iconified now (at a reset).
pub fn restore_if_iconified() -> Task<Message> {
    window::latest()
        .and_then(window::is_minimized)
        .map(Message::Minimized)
}

/// Back from an iconify: shown, focused and fullscreen again.
pub fn restore() -> Task<Message> {
    window::latest()
        .and_then(|id| Task::batch([window::minimize(id, false), window::gain_focus(id)]))
        .chain(fill_the_screen())
}

/// Whether a window of `window` size leaves part of a `monitor` uncovered (a pixel of
/// rounding allowed).
pub fn leaves_uncovered(window: Size, monitor: Size) -> bool {
    window.width + 1.0 < monitor.width || window.height + 1.0 < monitor.height
}
