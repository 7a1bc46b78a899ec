//! Everything that can happen in the window: each component's own messages, and the
//! window's. Keys and tests speak these too (`Message::from(details::Message::Back)`).

use super::{details, feed, focus, kiosk, settings, voice};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The schedule on screen: ticks, reads, reloads, the fleet, staff's problems list.
    Feed(feed::Message),
    /// Choosing a category and a host, joining, copying.
    Details(details::Message),
    /// Language, text size, theme, fullscreen.
    Settings(settings::Message),
    /// Reading aloud.
    Voice(voice::Message),
    /// Kiosk mode: activity, the PIN, the idle warning, the hold on the screen.
    Kiosk(kiosk::Message),
    /// The keyboard's focus ring and scrolling.
    Focus(focus::Message),
    /// The window was resized (iced's logical pixels).
    WindowResized(iced::Size),
    /// The window system asked the window to close (Alt+F4, a window manager's menu).
    CloseRequested(iced::window::Id),
}

macro_rules! from_component {
    ($($variant:ident($component:ident)),*) => {
        $(impl From<$component::Message> for Message {
            fn from(message: $component::Message) -> Message {
                Message::$variant(message)
            }
        })*
    };
}

from_component!(
    Feed(feed),
    Details(details),
    Settings(settings),
    Voice(voice),
    Kiosk(kiosk),
    Focus(focus)
);
