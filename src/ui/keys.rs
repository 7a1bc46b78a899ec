//! The keyboard, as plain functions so they can be tested without a window.

use iced::keyboard::{Key, Modifiers, key::Named};

use super::details::{CopyWhat, Message as Details};
use super::feed::Message as Feed;
use super::focus::{Message as Focus, Scroll};
use super::message::Message;
use super::settings::{Message as Settings, ScaleStep};
use super::voice::Message as Voice;

/// 1–9 choose a category; Tab and Shift+Tab move the focus ring, Space presses the control
/// with it, Enter presses it too or else joins in Zoom; arrows, PageUp/PageDown and
/// Home/End scroll; C copies both; Esc goes back; Ctrl + / −
/// scale; Ctrl 0 resets the scale; Ctrl+R reloads the schedule; F11 fullscreen; L switches
/// language; R reads aloud; Ctrl+Shift+Q asks to leave kiosk mode.
pub fn action(key: &Key, modifiers: Modifiers) -> Option<Message> {
    let plain = !modifiers.control() && !modifiers.alt() && !modifiers.logo();
    match key.as_ref() {
        // Enter presses the control with the focus ring, or joins when there is none.
        Key::Named(Named::Enter) if plain => Some(Focus::Enter.into()),
        Key::Named(Named::Tab) if modifiers.shift() => Some(Focus::Previous.into()),
        Key::Named(Named::Tab) if plain => Some(Focus::Next.into()),
        Key::Named(Named::Space) if plain => Some(Focus::Activate.into()),
        Key::Named(Named::ArrowUp) if plain => Some(Focus::Scroll(Scroll::LineUp).into()),
        Key::Named(Named::ArrowDown) if plain => Some(Focus::Scroll(Scroll::LineDown).into()),
        Key::Named(Named::PageUp) => Some(Focus::Scroll(Scroll::PageUp).into()),
        Key::Named(Named::PageDown) => Some(Focus::Scroll(Scroll::PageDown).into()),
        Key::Named(Named::Home) => Some(Focus::Scroll(Scroll::Top).into()),
        Key::Named(Named::End) => Some(Focus::Scroll(Scroll::End).into()),
        Key::Named(Named::Escape) => Some(Details::Back.into()),
        Key::Named(Named::F11) => Some(Settings::ToggleFullscreen.into()),
        Key::Character(c)
            if modifiers.control() && modifiers.shift() && c.eq_ignore_ascii_case("q") =>
        {
            Some(Message::Kiosk(super::kiosk::Message::RequestExit))
        }
        Key::Character("r" | "R") if modifiers.control() => Some(Feed::Reload.into()),
        Key::Character("+" | "=") if modifiers.control() => {
            Some(Settings::Scale(ScaleStep::Up).into())
        }
        Key::Character("-" | "_") if modifiers.control() => {
            Some(Settings::Scale(ScaleStep::Down).into())
        }
        Key::Character("0") if modifiers.control() => {
            Some(Settings::Scale(ScaleStep::Reset).into())
        }
        Key::Character(c) if plain => match c {
            "c" | "C" => Some(Details::Copy(CopyWhat::Both).into()),
            "p" | "P" => Some(Details::Print.into()),
            "l" | "L" => Some(Settings::ToggleLanguage.into()),
            "r" | "R" => Some(Voice::ReadAloud.into()),
            digit => digit
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=9).contains(n))
                .map(|n| Details::ChooseCategory(n - 1).into()),
        },
        _ => None,
    }
}

/// For `keyboard::listen().filter_map(..)`: a plain fn, since iced subscriptions cannot
/// capture.
pub fn from_event(event: iced::keyboard::Event) -> Option<Message> {
    match event {
        iced::keyboard::Event::KeyPressed { key, modifiers, .. } => action(&key, modifiers),
        _ => None,
    }
}

/// [`from_event`] at a kiosk: a key with no action of its own still tells the idle clock
/// that someone is there, as one message (the kiosk judges each key press once).
pub fn for_kiosk(event: iced::keyboard::Event) -> Option<Message> {
    match event {
        iced::keyboard::Event::KeyPressed { key, modifiers, .. } => {
            Some(action(&key, modifiers).unwrap_or(Message::Kiosk(super::kiosk::Message::Activity)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(c: &str) -> Key {
        Key::Character(c.into())
    }

    #[test]
    fn digits_choose_categories() {
        assert_eq!(
            action(&ch("1"), Modifiers::empty()),
            Some(Details::ChooseCategory(0).into())
        );
        assert_eq!(
            action(&ch("9"), Modifiers::empty()),
            Some(Details::ChooseCategory(8).into())
        );
        assert_eq!(action(&ch("0"), Modifiers::empty()), None);
        assert_eq!(action(&ch("1"), Modifiers::CTRL), None);
    }

    #[test]
    fn the_documented_keys() {
        let none = Modifiers::empty();
        assert_eq!(
            action(&Key::Named(Named::Enter), none),
            Some(Focus::Enter.into()),
            "presses the focused control, or joins"
        );
        assert_eq!(
            action(&Key::Named(Named::Tab), Modifiers::SHIFT),
            Some(Focus::Previous.into())
        );
        assert_eq!(
            action(&Key::Named(Named::PageDown), none),
            Some(Focus::Scroll(Scroll::PageDown).into())
        );
        assert_eq!(
            action(&Key::Named(Named::Escape), none),
            Some(Details::Back.into())
        );
        assert_eq!(
            action(&Key::Named(Named::F11), none),
            Some(Settings::ToggleFullscreen.into())
        );
        assert_eq!(
            action(&ch("c"), none),
            Some(Details::Copy(CopyWhat::Both).into())
        );
        assert_eq!(
            action(&ch("C"), Modifiers::SHIFT),
            Some(Details::Copy(CopyWhat::Both).into())
        );
        assert_eq!(
            action(&ch("c"), Modifiers::CTRL),
            None,
            "Ctrl+C is the system's"
        );
        assert_eq!(
            action(&ch("l"), none),
            Some(Settings::ToggleLanguage.into())
        );
        assert_eq!(
            action(&ch("+"), Modifiers::CTRL),
            Some(Settings::Scale(ScaleStep::Up).into())
        );
        assert_eq!(
            action(&ch("="), Modifiers::CTRL),
            Some(Settings::Scale(ScaleStep::Up).into())
        );
        assert_eq!(
            action(&ch("-"), Modifiers::CTRL),
            Some(Settings::Scale(ScaleStep::Down).into())
        );
        assert_eq!(
            action(&ch("Q"), Modifiers::CTRL | Modifiers::SHIFT),
            Some(Message::Kiosk(crate::ui::kiosk::Message::RequestExit))
        );
        assert_eq!(action(&ch("q"), Modifiers::CTRL), None);
        assert_eq!(action(&ch("r"), Modifiers::CTRL), Some(Feed::Reload.into()));
        assert_eq!(action(&ch("r"), none), Some(Voice::ReadAloud.into()));
    }
}
