use super::*;
use crate::calendar::ClosedReason;
use crate::live;
use crate::text::Lang;
use crate::ui::details::{CopyWhat, Feedback, JoinWith, Screen};
use crate::ui::settings::ScaleStep;
use crate::ui::theme::ThemeChoice;
use crate::ui::{feed, settings};

pub(super) fn at(text: &str) -> Clock {
    Clock::Fixed(DateTime::parse_from_rfc3339(text).unwrap().to_utc())
}

pub(super) fn app_at(instant: &str) -> App {
    App::new(options(at(instant), false))
}

pub(super) fn kiosk_at(instant: &str) -> App {
    App::new(options(at(instant), true))
}

/// A window on the built-in schedule at `clock`, keeping nothing on disk.
pub(super) fn options(clock: Clock, kiosk: bool) -> Options {
    Options {
        lang: None,
        counts: None,
        search: Search::BuiltIn,
        read: live::read,
        clock,
        kiosk,
        prefs_path: None,
        last_good: None,
        fleet: None,
    }
}

pub(super) const TUESDAY_EVENING: &str = "2025-12-09T17:32:00+02:00";

/// Runs a task to its end on this thread and returns the messages it produced (only
/// for tasks that need no window or clipboard).
pub(super) fn outputs(task: Task<Message>) -> Vec<Message> {
    use iced::futures::StreamExt;
    let Some(stream) = iced_runtime::task::into_stream(task) else {
        return Vec::new();
    };
    futures::executor::block_on(
        stream
            .filter_map(|action| async move {
                match action {
                    iced_runtime::Action::Output(message) => Some(message),
                    _ => None,
                }
            })
            .collect(),
    )
}

fn app_on_file(path: &std::path::Path, read: fn(&Search) -> Reading) -> App {
    App::new(Options {
        lang: None,
        counts: None,
        search: Search::file(path),
        read,
        ..options(at(TUESDAY_EVENING), false)
    })
}

/// A window on a copy of the bundled schedule in a temporary folder.
fn app_on_bundled_file(
    read: fn(&Search) -> Reading,
) -> (tempfile::TempDir, std::path::PathBuf, App) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.ron");
    std::fs::write(&path, crate::schedule::BUNDLED).unwrap();
    let app = app_on_file(&path, read);
    (dir, path, app)
}

/// Saves the bundled schedule with its first category renamed to `name`.
fn save_renamed(path: &std::path::Path, name: &str) {
    let text = crate::schedule::BUNDLED.replace("General enquiries", name);
    std::fs::write(path, text).unwrap();
}

/// Held shut until the test opens it: a disk (or network share) that answers only
/// when it likes.
static SLOW_DISK: (std::sync::Mutex<bool>, std::sync::Condvar) =
    (std::sync::Mutex::new(false), std::sync::Condvar::new());

fn slow_read(search: &Search) -> Reading {
    let (answered, wake) = &SLOW_DISK;
    let mut answered = answered.lock().unwrap();
    while !*answered {
        answered = wake.wait(answered).unwrap();
    }
    live::read(search)
}

#[test]
fn a_slow_read_leaves_the_window_responsive() {
    let (_dir, path, mut app) = app_on_bundled_file(slow_read);
    save_renamed(&path, "Renamed");

    let reading = app.update(Message::Feed(feed::Message::Reload));
    let reader = std::thread::spawn(move || outputs(reading));
    // While the file is being read, ticks and key presses are handled at once.
    app.set_clock(at("2025-12-09T18:55:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert!(matches!(
        app.feed.overall,
        Status::Open {
            closing_soon: true,
            ..
        }
    ));
    let _ = app.update(Message::Details(details::Message::ChooseCategory(1)));
    assert_eq!(app.details.screen, Screen::Category(1));
    let _ = app.update(Message::Details(details::Message::Back));
    // All of that happened while the disk had not answered: the window never waited.
    assert!(
        !reader.is_finished(),
        "the read ended before the disk answered"
    );
    assert_eq!(app.schedule().categories[0].name.en(), "General enquiries");

    let (answered, wake) = &SLOW_DISK;
    *answered.lock().unwrap() = true;
    wake.notify_all();
    let messages = reader.join().unwrap();
    assert!(
        matches!(
            messages[..],
            [Message::Feed(feed::Message::ScheduleRead(..))]
        ),
        "{messages:?}"
    );
    for message in messages {
        let _ = app.update(message);
    }
    assert_eq!(app.schedule().categories[0].name.en(), "Renamed");
}

#[test]
fn an_older_read_that_finishes_late_is_dropped() {
    let (_dir, path, mut app) = app_on_bundled_file(live::read);
    save_renamed(&path, "Old");
    let older = outputs(app.update(Message::Feed(feed::Message::Reload)));
    save_renamed(&path, "New");
    let newer = outputs(app.update(Message::Feed(feed::Message::Reload)));
    for message in newer.into_iter().chain(older) {
        let _ = app.update(message);
    }
    assert_eq!(app.schedule().categories[0].name.en(), "New");
}

#[test]
fn an_edit_on_a_network_share_is_found_at_the_next_tick() {
    // No watcher runs here, as on a share where no change events arrive.
    let (_dir, path, mut app) = app_on_bundled_file(live::read);
    app.set_clock(at("2025-12-09T17:33:00+02:00"));
    assert_eq!(
        outputs(app.update(Message::Feed(feed::Message::Tick))),
        [Message::Feed(feed::Message::Done)]
    );

    save_renamed(&path, "Edited elsewhere");
    app.set_clock(at("2025-12-09T17:34:00+02:00"));
    for message in outputs(app.update(Message::Feed(feed::Message::Tick))) {
        let _ = app.update(message);
    }
    assert_eq!(app.schedule().categories[0].name.en(), "Edited elsewhere");
}

#[test]
fn starts_at_home_with_statuses_for_every_category() {
    let app = app_at(TUESDAY_EVENING);
    assert_eq!(app.details.screen, Screen::Home);
    assert_eq!(app.feed.statuses.len(), 7);
    assert!(app.feed.overall.is_open());
    assert_eq!(app.settings.lang, Lang::EN);
    assert_eq!(
        app.title(),
        "Loket · City of Tshwane: virtual help with your account"
    );
}

#[test]
fn choosing_a_category_shows_its_suggested_host_and_qr() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(5)));
    assert_eq!(app.details.screen, Screen::Category(5));
    assert_eq!(
        app.selected_host().unwrap().meeting_id.digits(),
        "94744014609"
    );
    assert!(app.details.qr.is_some());
    let _ = app.update(Message::Details(details::Message::ChooseCategory(42)));
    assert_eq!(
        app.details.screen,
        Screen::Category(5),
        "no such category: nothing happens"
    );
    let _ = app.update(Message::Details(details::Message::Back));
    assert_eq!(app.details.screen, Screen::Home);
    assert!(app.details.qr.is_none());
}

#[test]
fn using_a_host_suggests_the_next_one() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    assert_eq!(app.details.host, 0);
    let _ = app.update(Message::Details(details::Message::Copy(CopyWhat::Both)));
    assert_eq!(app.details.suggested[0], 1);
    let _ = app.update(Message::Details(details::Message::Back));
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    assert_eq!(
        app.selected_host().unwrap().meeting_id.digits(),
        "91973875450"
    );
    // The officer may pick any host; using host 5 wraps the suggestion to host 1.
    let _ = app.update(Message::Details(details::Message::ChooseHost(4)));
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::Browser)));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Opening(JoinWith::Browser))
    );
    // Only once the browser opened does the suggestion move on.
    assert_eq!(app.details.suggested[0], 1);
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::Browser,
        Ok(()),
    )));
    assert_eq!(app.details.suggested[0], 0);
    // A single-host category always suggests its one host.
    let _ = app.update(Message::Details(details::Message::ChooseCategory(2)));
    let _ = app.update(Message::Details(details::Message::Copy(
        CopyWhat::MeetingId,
    )));
    assert_eq!(app.details.suggested[2], 0);
}

#[test]
fn copying_says_what_was_copied_and_hides_later() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    let _ = app.update(Message::Details(details::Message::Copy(
        CopyWhat::MeetingId,
    )));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Copied("95664834215".to_owned()))
    );
    let _ = app.update(Message::Details(details::Message::Copy(CopyWhat::Passcode)));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Copied("Outreach1".to_owned()))
    );
    // The first copy's timer must not hide the second copy's confirmation.
    let _ = app.update(Message::Details(details::Message::HideFeedback(1)));
    assert!(app.details.feedback.is_some());
    let _ = app.update(Message::Details(details::Message::HideFeedback(2)));
    assert_eq!(app.details.feedback, None);
    let _ = app.update(Message::Settings(settings::Message::SetLanguage(Lang::AF)));
    let _ = app.update(Message::Details(details::Message::Copy(CopyWhat::Both)));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Copied(
            "Vergadering-ID: 956 6483 4215 · Wagwoord: Outreach1".to_owned()
        ))
    );
}

#[test]
fn actions_need_a_chosen_category() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::App)));
    let _ = app.update(Message::Details(details::Message::Copy(CopyWhat::Both)));
    assert_eq!(app.details.feedback, None);
    assert_eq!(app.details.suggested, vec![0; 7]);
}

#[test]
fn a_failed_open_is_reported_and_a_good_one_clears_the_notice() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::App)));
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::App,
        Err("no handler".into()),
    )));
    assert_eq!(
        app.details.feedback,
        Some(Feedback::OpenFailed(JoinWith::App))
    );
    let _ = app.update(Message::Details(details::Message::Join(JoinWith::Browser)));
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::Browser,
        Ok(()),
    )));
    // "Opening Zoom…" stays a few seconds after a launch that worked, then goes.
    assert_eq!(
        app.details.feedback,
        Some(Feedback::Opening(JoinWith::Browser))
    );
    let _ = app.update(Message::Details(details::Message::HideFeedback(
        app.details.feedback_serial(),
    )));
    assert_eq!(app.details.feedback, None);
    let _ = app.update(Message::Details(details::Message::EmailOpened(Err(
        "none".into()
    ))));
    assert_eq!(app.details.feedback, Some(Feedback::EmailFailed));
}

#[test]
fn language_theme_and_scale_are_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.ron");
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        prefs_path: Some(path.clone()),
        ..options(at(TUESDAY_EVENING), false)
    });
    // Each save runs on the writer thread; waiting for the last waits for all.
    let _ = app.update(Message::Settings(settings::Message::ToggleLanguage));
    let _ = app.update(Message::Settings(settings::Message::SetTheme(
        ThemeChoice::HighContrast,
    )));
    let _ = app.update(Message::Settings(settings::Message::Scale(ScaleStep::Up)));
    let last = app.update(Message::Settings(settings::Message::Scale(ScaleStep::Up)));
    assert_eq!(outputs(last), [Message::Settings(settings::Message::Saved)]);
    assert_eq!(app.settings.lang, Lang::AF);
    assert!((app.scale_factor() - 1.2).abs() < 1e-4);
    let again = App::new(Options {
        lang: None,
        counts: None,
        prefs_path: Some(path),
        ..options(at(TUESDAY_EVENING), false)
    });
    assert_eq!(again.settings.lang, Lang::AF);
    assert_eq!(again.settings.prefs.theme, ThemeChoice::HighContrast);
    assert!((again.scale_factor() - 1.2).abs() < 1e-4);
    let mut app = again;
    let _ = app.update(Message::Settings(settings::Message::Scale(
        ScaleStep::Reset,
    )));
    assert_eq!(app.scale_factor(), 1.0);
}

#[test]
fn ticks_follow_the_wall_clock() {
    let mut app = app_at("2025-12-09T18:49:00+02:00");
    assert!(matches!(
        app.feed.overall,
        Status::Open {
            closing_soon: false,
            ..
        }
    ));
    app.set_clock(at("2025-12-09T18:50:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert!(matches!(
        app.feed.overall,
        Status::Open {
            closing_soon: true,
            ..
        }
    ));
    // A jump (sleep and resume) lands right away on the true state.
    app.set_clock(at("2025-12-16T10:00:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert!(matches!(
        app.feed.overall,
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            ..
        }
    ));
}

#[test]
fn problems_toggle_and_fullscreen_toggle() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Feed(feed::Message::ToggleProblems));
    assert!(app.feed.strips_open);
    let _ = app.update(Message::Settings(settings::Message::ToggleFullscreen));
    assert!(app.settings.fullscreen);
    let _ = app.update(Message::Settings(settings::Message::ToggleFullscreen));
    assert!(!app.settings.fullscreen);
}

#[test]
fn a_failed_launch_does_not_move_the_suggestion_on() {
    let mut app = app_at(TUESDAY_EVENING);
    let _ = app.update(Message::Details(details::Message::ChooseCategory(0)));
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::App,
        Err("no handler".into()),
    )));
    assert_eq!(app.details.suggested[0], 0);
    let _ = app.update(Message::Details(details::Message::Opened(
        JoinWith::App,
        Ok(()),
    )));
    assert_eq!(app.details.suggested[0], 1);
}

#[test]
fn the_last_good_copy_is_written_after_start_up_on_the_writer_thread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.ron");
    let copy = dir.path().join("last-good-schedule.ron");
    std::fs::write(&path, crate::schedule::BUNDLED).unwrap();
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::file(&path),
        last_good: Some(copy.clone()),
        ..options(at(TUESDAY_EVENING), false)
    });
    assert!(!copy.exists(), "nothing written before the first frame");
    let written = outputs(app.startup());
    assert_eq!(written, [Message::Feed(feed::Message::Done)]);
    assert_eq!(
        std::fs::read_to_string(&copy).unwrap(),
        crate::schedule::BUNDLED
    );
    assert!(outputs(app.startup()).is_empty(), "once only");
}
