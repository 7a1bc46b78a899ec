//! Keyboard use without a mouse (WCAG 2.1.1, 2.4.7): Tab and Shift+Tab move a visible ring
//! through the screen's controls in reading order, Space or Enter presses the control with
//! the ring (Enter with no ring joins, as before), and the arrows, PageUp/PageDown and
//! Home/End scroll the page. The shell lists the controls; this component keeps the ring.

use iced::Task;
use iced::widget::operation::{AbsoluteOffset, RelativeOffset, scroll_by, snap_to};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Message {
    Next,
    Previous,
    /// Space: press the control with the ring.
    Activate,
    /// Enter: press the control with the ring, or join when there is none.
    Enter,
    Scroll(Scroll),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    LineUp,
    LineDown,
    PageUp,
    PageDown,
    Top,
    End,
}

/// Where the ring is: an index into the screen's controls.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Focus {
    index: Option<usize>,
}

/// What the shell must do after the focus handled a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// Press the control at this index of the list.
    Press(usize),
    /// Enter with no ring: what Enter always did.
    Join,
}

impl Focus {
    /// `controls` is how many controls the screen has; `page` the page's height (logical
    /// pixels), for a page's scroll.
    pub fn update(
        &mut self,
        message: Message,
        controls: usize,
        page: f32,
    ) -> (Task<Message>, Option<Event>) {
        let index = self.index.filter(|i| *i < controls);
        match message {
            Message::Next if controls > 0 => {
                self.index = Some(index.map_or(0, |i| (i + 1) % controls));
                (Task::none(), None)
            }
            Message::Previous if controls > 0 => {
                self.index = Some(index.map_or(controls - 1, |i| (i + controls - 1) % controls));
                (Task::none(), None)
            }
            Message::Next | Message::Previous => (Task::none(), None),
            Message::Activate => (Task::none(), index.map(Event::Press)),
            Message::Enter => (Task::none(), Some(index.map_or(Event::Join, Event::Press))),
            Message::Scroll(scroll) => (scroll_page(scroll, page), None),
        }
    }

    /// The ring's place, if it is on one of `controls` controls.
    pub fn index(&self, controls: usize) -> Option<usize> {
        self.index.filter(|i| *i < controls)
    }

    /// A new screen: the ring starts again from its first control.
    pub fn clear(&mut self) {
        self.index = None;
    }
}

/// The page's scrollable, by a line, a page, or to an end.
fn scroll_page<T>(scroll: Scroll, page: f32) -> Task<T> {
    let id = super::view::PAGE.clone();
    let by = |y: f32| scroll_by(id.clone(), AbsoluteOffset { x: 0.0, y });
    match scroll {
        Scroll::LineUp => by(-48.0),
        Scroll::LineDown => by(48.0),
        Scroll::PageUp => by(-page * 0.85),
        Scroll::PageDown => by(page * 0.85),
        Scroll::Top => snap_to(id, RelativeOffset::START),
        Scroll::End => snap_to(id, RelativeOffset::END),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_goes_round_and_enter_presses_or_joins() {
        let mut focus = Focus::default();
        assert_eq!(focus.update(Message::Enter, 3, 500.0).1, Some(Event::Join));
        assert_eq!(focus.update(Message::Activate, 3, 500.0).1, None);
        let _ = focus.update(Message::Next, 3, 500.0);
        assert_eq!(focus.index(3), Some(0));
        let _ = focus.update(Message::Previous, 3, 500.0);
        assert_eq!(
            focus.index(3),
            Some(2),
            "Shift+Tab from the first goes to the last"
        );
        let _ = focus.update(Message::Next, 3, 500.0);
        assert_eq!(focus.index(3), Some(0), "and round again");
        assert_eq!(
            focus.update(Message::Enter, 3, 500.0).1,
            Some(Event::Press(0))
        );
        assert_eq!(
            focus.update(Message::Activate, 3, 500.0).1,
            Some(Event::Press(0))
        );
        // A screen with fewer controls: a ring past its end is no ring.
        let _ = focus.update(Message::Next, 3, 500.0);
        let _ = focus.update(Message::Next, 3, 500.0);
        assert_eq!(focus.index(2), None);
        focus.clear();
        assert_eq!(focus.index(3), None);
    }
}
