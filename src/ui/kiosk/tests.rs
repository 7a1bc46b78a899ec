//! Kiosk mode's rules without a window: the idle clock, the policy, the PIN.

use super::*;
use crate::ui::details::{JoinWith, Message as Details};
use crate::ui::feed::Message as Feed;
use crate::ui::settings::Message as Settings;

fn at(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(1_765_290_000 + seconds, 0).unwrap()
}

fn context(now: DateTime<Utc>, exit_pin: Option<&str>) -> Context<'_> {
    Context {
        now,
        idle_minutes: 3,
        exit_pin,
        window: Size::new(1280.0, 720.0),
    }
}

/// Handles `message` and returns only the event (the tasks need a window).
fn event(
    kiosk: &mut Kiosk,
    message: Message,
    now: DateTime<Utc>,
    pin: Option<&str>,
) -> Option<Event> {
    kiosk.update(message, context(now, pin)).1
}

#[test]
fn the_idle_clock_warns_before_it_resets() {
    let mut kiosk = Kiosk::new(at(0));
    assert_eq!(kiosk.idle(at(149), 3), Idle::Active);
    assert_eq!(kiosk.idle(at(150), 3), Idle::Warning(30));
    assert_eq!(kiosk.idle(at(175), 3), Idle::Warning(5));
    assert_eq!(kiosk.idle(at(180), 3), Idle::Expired);
    assert_eq!(
        event(&mut kiosk, Message::Second, at(180), None),
        Some(Event::Reset)
    );
    // "I need more time" starts the clock again.
    event(&mut kiosk, Message::MoreTime, at(175), None);
    assert_eq!(kiosk.idle(at(180), 3), Idle::Active);
    assert!(!kiosk.needs_seconds(at(180), 3));
    assert!(kiosk.needs_seconds(at(175 + 90), 3));
}

#[test]
fn staff_actions_are_not_for_residents() {
    let mut kiosk = Kiosk::new(at(0));
    for message in [
        AppMessage::Settings(Settings::ToggleFullscreen),
        AppMessage::Feed(Feed::Reload),
        AppMessage::Feed(Feed::ToggleProblems),
        AppMessage::Settings(Settings::SetTheme(crate::ui::theme::ThemeChoice::Dark)),
    ] {
        assert!(!kiosk.admit(&message, at(1), 3), "{message:?}");
    }
    assert!(kiosk.admit(&AppMessage::Details(Details::ChooseCategory(0)), at(1), 3));
}

#[test]
fn the_pin_box_swallows_every_key_behind_it() {
    let mut kiosk = Kiosk::new(at(0));
    event(&mut kiosk, Message::RequestExit, at(1), Some("2468"));
    assert_eq!(kiosk.pin.as_deref(), Some(""));
    for typed in [
        AppMessage::Details(Details::ChooseCategory(0)),
        AppMessage::Details(Details::Join(JoinWith::App)),
        AppMessage::Settings(Settings::ToggleLanguage),
    ] {
        assert!(
            !kiosk.admit(&typed, at(2), 3),
            "{typed:?} reached the screen"
        );
    }
    assert!(kiosk.admit(&AppMessage::Kiosk(Message::PinInput("1".into())), at(2), 3));
    assert!(kiosk.admit(&AppMessage::Feed(Feed::Tick), at(2), 3));
}

#[test]
fn on_the_idle_warning_a_key_only_wakes_the_screen() {
    let mut kiosk = Kiosk::new(at(0));
    // 2 min 40 s idle: the warning shows. Enter (join) must not open Zoom.
    assert!(!kiosk.admit(
        &AppMessage::Details(Details::Join(JoinWith::App)),
        at(160),
        3
    ));
    assert_eq!(
        kiosk.idle(at(160), 3),
        Idle::Active,
        "the key woke the screen"
    );
    // Awake again, the same key does what it says.
    assert!(kiosk.admit(
        &AppMessage::Details(Details::Join(JoinWith::App)),
        at(161),
        3
    ));
    // On the warning, a touch and "I need more time" get through.
    assert!(kiosk.admit(&AppMessage::Kiosk(Message::MoreTime), at(330), 3));
    // The clock is not a person: it neither wakes nor is refused.
    let mut kiosk = Kiosk::new(at(0));
    assert!(kiosk.admit(&AppMessage::Feed(Feed::Tick), at(160), 3));
    assert!(matches!(kiosk.idle(at(160), 3), Idle::Warning(_)));
}

#[test]
fn leaving_needs_the_right_pin_and_a_pin_at_all() {
    let mut kiosk = Kiosk::new(at(0));
    assert_eq!(event(&mut kiosk, Message::RequestExit, at(1), None), None);
    assert_eq!(kiosk.pin, None, "no PIN configured: no way out by keys");
    event(&mut kiosk, Message::RequestExit, at(1), Some("2468"));
    event(
        &mut kiosk,
        Message::PinInput("12a34".into()),
        at(2),
        Some("2468"),
    );
    assert_eq!(kiosk.pin.as_deref(), Some("1234"));
    assert_eq!(
        event(&mut kiosk, Message::PinSubmit, at(3), Some("2468")),
        None
    );
    assert!(kiosk.wrong_pin);
    event(
        &mut kiosk,
        Message::PinInput("2468".into()),
        at(10),
        Some("2468"),
    );
    assert_eq!(
        event(&mut kiosk, Message::PinSubmit, at(10), Some("2468")),
        Some(Event::Leave)
    );
}

#[test]
fn a_wrong_pin_slows_the_next_try() {
    let mut kiosk = Kiosk::new(at(0));
    let pin = Some("2468");
    event(&mut kiosk, Message::RequestExit, at(0), pin);
    let mut now = 0;
    let mut waits = Vec::new();
    for _ in 0..7 {
        event(&mut kiosk, Message::PinInput("1111".into()), at(now), pin);
        event(&mut kiosk, Message::PinSubmit, at(now), pin);
        let wait = kiosk.pin_wait(at(now)).unwrap().num_seconds();
        waits.push(wait);
        now += wait;
    }
    assert_eq!(waits, [2, 4, 8, 16, 32, 60, 60]);
    // During the wait even the right PIN is not taken; after it, it is.
    event(&mut kiosk, Message::PinSubmit, at(now), pin);
    event(
        &mut kiosk,
        Message::PinInput("2468".into()),
        at(now + 1),
        pin,
    );
    assert_eq!(
        event(&mut kiosk, Message::PinSubmit, at(now + 1), pin),
        None
    );
    assert!(
        kiosk.needs_seconds(at(now + 1), 3),
        "the wait counts down on screen"
    );
    assert_eq!(
        event(&mut kiosk, Message::PinSubmit, at(now + 60), pin),
        Some(Event::Leave)
    );
    // Right at last: the next wrong PIN starts from the short wait again.
    event(&mut kiosk, Message::RequestExit, at(now + 61), pin);
    event(&mut kiosk, Message::PinInput("1".into()), at(now + 61), pin);
    event(&mut kiosk, Message::PinSubmit, at(now + 61), pin);
    assert_eq!(kiosk.pin_wait(at(now + 61)).unwrap().num_seconds(), 2);
}

#[test]
fn a_window_short_of_its_monitor_by_more_than_a_pixel_leaves_it_uncovered() {
    let monitor = Size::new(1280.0, 720.0);
    assert!(screen::leaves_uncovered(Size::new(1024.0, 700.0), monitor));
    assert!(screen::leaves_uncovered(Size::new(1280.0, 701.0), monitor));
    assert!(!screen::leaves_uncovered(Size::new(1280.0, 720.0), monitor));
    assert!(!screen::leaves_uncovered(Size::new(1279.5, 719.5), monitor));
    let mut kiosk = Kiosk::new(at(0));
    assert_eq!(
        kiosk.monitor_left_uncovered(Size::new(800.0, 600.0)),
        None,
        "monitor unknown"
    );
    event(&mut kiosk, Message::MonitorSize(Some(monitor)), at(0), None);
    assert_eq!(
        kiosk.monitor_left_uncovered(Size::new(800.0, 600.0)),
        Some(monitor)
    );
}
