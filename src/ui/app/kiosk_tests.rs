//! The shell with kiosk mode: idle resets, the PIN, staff keys, close requests.

use super::*;
use crate::text::Lang;
use crate::ui::details::{CopyWhat, Feedback, JoinWith, Screen};
use crate::ui::settings::ScaleStep;
use crate::ui::theme::ThemeChoice;
use crate::ui::{feed, settings};

use super::tests::{TUESDAY_EVENING, app_at, at, kiosk_at, options, outputs};

fn kiosk(message: KioskMessage) -> Message {
    Message::Kiosk(message)
}

#[test]
fn kiosk_returns_to_the_start_when_idle() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(3)));
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(Lang::AF)));
    let _ = app.update(Message::Settings(settings::Message::Scale(ScaleStep::Up)));
    let _ = app.update(Message::Details(details::Message::Copy(CopyWhat::Both)));
    // Two minutes later: still in use; a schedule reload is not a person.
    app.set_clock(at("2025-12-09T17:34:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    let _ = app.update(Message::Feed(feed::Message::ScheduleFileChanged));
    assert_eq!(app.details.screen, Screen::Category(3));
    // Half a minute before the reset the warning shows.
    app.set_clock(at("2025-12-09T17:34:31+02:00"));
    let idle = app.feed.live.schedule.kiosk.idle_minutes;
    let warned = app.kiosk.as_ref().unwrap().idle(app.clock_now(), idle);
    assert!(matches!(warned, Idle::Warning(29)), "{warned:?}");
    // Three idle minutes: back to the start, default language and text size.
    app.set_clock(at("2025-12-09T17:35:00+02:00"));
    let _ = app.update(kiosk(KioskMessage::Second));
    assert_eq!(app.details.screen, Screen::Home);
    assert_eq!(app.settings.lang, Lang::EN);
    assert_eq!(app.scale_factor(), 1.0);
    assert_eq!(app.details.feedback, None);
    // The clipboard still holds Loket's text: it is cleared (and only then).
    let ours = "Vergadering-ID: 915 6122 4622 · Wagwoord: Outreach1".to_owned();
    assert_eq!(app.details.clipboard_ours.as_deref(), Some(ours.as_str()));
    let _ = app.update(kiosk(KioskMessage::ClipboardRead(Some(ours))));
    assert_eq!(app.details.clipboard_ours, None);
}

#[test]
fn more_time_and_touches_keep_the_kiosk_awake() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(1)));
    app.set_clock(at("2025-12-09T17:34:45+02:00"));
    let _ = app.update(kiosk(KioskMessage::MoreTime));
    app.set_clock(at("2025-12-09T17:36:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert_eq!(app.details.screen, Screen::Category(1));
    let _ = app.update(kiosk(KioskMessage::Activity));
    app.set_clock(at("2025-12-09T17:38:30+02:00"));
    let _ = app.update(kiosk(KioskMessage::Second));
    assert_eq!(app.details.screen, Screen::Category(1));
}

#[test]
fn residents_choices_are_never_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.ron");
    let mut app = App::new(Options {
        lang: None,
        prefs_path: Some(path.clone()),
        ..options(at(TUESDAY_EVENING), true)
    });
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(Lang::AF)));
    let task = app.update(Message::Settings(settings::Message::Scale(ScaleStep::Up)));
    assert!(outputs(task).is_empty());
    assert!(!path.exists(), "a kiosk wrote the resident's settings");
}

#[test]
fn staff_keys_do_nothing_in_kiosk_mode() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    let _ = app.update(Message::Settings(settings::Message::ToggleFullscreen));
    assert!(app.settings.fullscreen, "F11 left fullscreen");
    let _ = app.update(Message::Feed(feed::Message::ToggleProblems));
    assert!(!app.feed.strips_open);
    let _ = app.update(Message::Settings(settings::Message::SetTheme(
        ThemeChoice::Dark,
    )));
    assert_eq!(app.settings.prefs.theme, ThemeChoice::Light);
}

#[test]
fn a_window_that_is_not_a_kiosk_never_resets() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(1)));
    app.set_clock(at("2025-12-09T18:30:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert_eq!(app.details.screen, Screen::Category(1));
    let _ = app.update(kiosk(KioskMessage::RequestExit));
    assert!(app.kiosk.is_none());
}

#[test]
fn without_a_pin_kiosk_mode_cannot_be_left_by_keys() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    let _ = app.update(kiosk(KioskMessage::RequestExit));
    assert!(app.kiosk.is_some());
    assert!(app.settings.fullscreen);
}

#[test]
fn leaving_kiosk_mode_needs_the_pin_and_the_pin_box_takes_every_key() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    app.feed.live.schedule.kiosk.exit_pin = Some("2468".to_owned());
    let _ = app.update(kiosk(KioskMessage::RequestExit));
    assert_eq!(app.kiosk.as_ref().unwrap().pin.as_deref(), Some(""));
    // "1111 Enter" typed at the box never reaches the screen behind it.
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::App)));
    assert_eq!(app.details.screen, Screen::Home);
    assert_eq!(app.details.feedback, None);
    let _ = app.update(kiosk(KioskMessage::PinInput("12a34".to_owned())));
    assert_eq!(app.kiosk.as_ref().unwrap().pin.as_deref(), Some("1234"));
    let _ = app.update(kiosk(KioskMessage::PinSubmit));
    let state = app.kiosk.as_ref().unwrap();
    assert!(state.wrong_pin);
    assert_eq!(state.pin.as_deref(), Some(""));
    let _ = app.update(Message::Details(details::Message::Back));
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
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    assert!(!app.browser_allowed());
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::Browser)));
    assert_eq!(app.details.feedback, None, "no browser over a kiosk");
    app.feed.live.schedule.kiosk.allow_browser = true;
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::Browser)));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Opening(JoinWith::Browser))
    );
    assert!(
        app_at(TUESDAY_EVENING).browser_allowed(),
        "a counter has it"
    );
}

#[test]
fn enter_on_the_idle_warning_does_not_open_zoom() {
    let mut app = kiosk_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    app.set_clock(at("2025-12-09T17:34:40+02:00"));
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::App)));
    assert_eq!(app.details.feedback, None, "Enter on the warning joined");
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::App)));
    assert_eq!(app.details.feedback, Some(Feedback::Opening(JoinWith::App)));
}

#[test]
fn a_kiosk_started_in_a_language_returns_to_it_with_the_chooser_closed() {
    let tn = Lang::from_code("tn").unwrap();
    let mut app = App::new(Options {
        lang: Some(tn),
        ..options(at(TUESDAY_EVENING), true)
    });
    assert_eq!(
        app.settings.lang, tn,
        "--lang wins over the schedule's start language"
    );
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(Lang::AF)));
    let _ = app.update(Message::Settings(settings::Message::OpenChooser));
    assert!(app.settings.chooser_open);
    app.set_clock(at("2025-12-09T17:36:00+02:00"));
    let _ = app.update(kiosk(KioskMessage::Second));
    assert_eq!(app.settings.lang, tn);
    assert!(!app.settings.chooser_open);
}
