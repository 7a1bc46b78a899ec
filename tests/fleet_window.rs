//! A running window following a fleet, against a real nginx: Ctrl+R (and the poll) check
//! the server off the window's thread, a new signed version reaches the screen through the
//! usual reload, a bad one never does, and staff see where the schedule comes from.

mod fleet_support;

use chrono::{DateTime, TimeDelta, Utc};
use fleet_support::{Key, Nginx, tools_present, version};
use iced::Task;
use iced_test::Simulator;
use loket::clock::Clock;
use loket::fleet::config::{Overrides, find_in};
use loket::fleet::{Cache, check_now};
use loket::source::Search;
use loket::ui::message::Message;
use loket::ui::{self, App, Options, feed};

const SIZE: (f32, f32) = (1280.0, 860.0);

fn at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-12-09T16:55:00+02:00")
        .unwrap()
        .to_utc()
}

/// Runs a task and everything the messages it produced lead to, like the runtime would
/// (subscriptions aside: the timers are not needed here).
fn settle(app: &mut App, task: Task<Message>) {
    use iced::futures::StreamExt;
    let mut pending = vec![task];
    while let Some(task) = pending.pop() {
        let Some(stream) = iced_runtime::task::into_stream(task) else {
            continue;
        };
        let messages: Vec<Message> = futures::executor::block_on(
            stream
                .filter_map(|action| async move {
                    match action {
                        iced_runtime::Action::Output(message) => Some(message),
                        _ => None,
                    }
                })
                .collect(),
        );
        for message in messages {
            pending.push(app.update(message));
        }
    }
}

fn shows(app: &App, text: &str) -> bool {
    let mut ui = Simulator::with_size(ui::settings(), SIZE, ui::view::view(app));
    ui.find(text).is_ok()
}

#[test]
fn a_running_window_takes_each_new_signed_version_and_nothing_else() {
    if !tools_present() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut nginx = Nginx::start(dir.path());
    let key = Key::generate(dir.path(), "admin");
    let url = nginx.http_url("schedule.ron");
    let fleet = find_in(
        &[],
        Overrides {
            url: Some(&url),
            public_key: Some(&key.public),
        },
    )
    .unwrap()
    .unwrap();
    let cache = Cache::at(dir.path().join("data/fleet"));
    let host = format!("127.0.0.1:{}", nginx.http);
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::BuiltIn.following(cache.copy_path(), fleet.keys.clone()),
        read: loket::live::read,
        clock: Clock::Fixed(at()),
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet: Some(Ok(ui::fleet::Link {
            fleet,
            cache,
            check: check_now,
        })),
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));

    // Nothing published yet: the machine's own schedule, and staff are told.
    let task = app.update(Message::Feed(feed::Message::Reload));
    settle(&mut app, task);
    assert!(shows(&app, "General enquiries"));
    assert!(shows(
        &app,
        &format!("Schedule from {host}: nothing received yet; using this machine's own schedule")
    ));

    // Published and signed: Ctrl+R fetches it and the window shows it.
    nginx.publish(
        "schedule.ron",
        &version(5, "Version five", None),
        Some(&key),
    );
    let task = app.update(Message::Feed(feed::Message::Reload));
    settle(&mut app, task);
    assert!(shows(&app, "Version five"));
    assert!(shows(
        &app,
        &format!("Schedule from {host} · serial 5 · checked under\u{a0}a\u{a0}minute ago")
    ));

    nginx.publish("schedule.ron", &version(6, "Version six", None), Some(&key));
    let task = app.update(Message::Feed(feed::Message::Reload));
    settle(&mut app, task);
    assert!(shows(&app, "Version six"));
    assert!(!shows(&app, "Version five"));

    // Tampered with after signing: refused, the screen keeps version 6.
    let file = nginx.publish(
        "schedule.ron",
        &version(7, "Version seven", None),
        Some(&key),
    );
    std::fs::write(&file, version(7, "Tampered", None)).unwrap();
    let task = app.update(Message::Feed(feed::Message::Reload));
    settle(&mut app, task);
    assert!(shows(&app, "Version six"));
    assert!(!shows(&app, "Tampered") && !shows(&app, "Version seven"));

    // The server goes away; a day later staff are told the schedule may be stale.
    nginx.stop();
    app.set_clock(Clock::Fixed(at() + TimeDelta::hours(25)));
    let task = app.update(Message::Feed(feed::Message::Tick));
    settle(&mut app, task);
    assert!(shows(&app, "Version six"));
    assert!(shows(
        &app,
        &format!("The schedule may be out of date: no successful check with {host} for 1\u{a0}day")
    ));
}

/// Never reaches a server: the strip's wording and who sees it are what is tested here.
fn unreachable(_: &loket::fleet::Fleet, _: &Cache, _: DateTime<Utc>) -> loket::fleet::Outcome {
    loket::fleet::Outcome::Unreachable("no server in this test".to_owned())
}

#[test]
fn staff_are_told_the_schedule_may_be_stale_and_kiosk_residents_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let fleet = find_in(
        &[],
        Overrides {
            url: Some("https://intranet.tshwane.gov.za/loket/schedule.ron"),
            public_key: Some("RWRTKHMjgAGhtTR89giiN5fGoIXLKjlgTRPctY/tWF1enUdy3XffH6M0"),
        },
    )
    .unwrap()
    .unwrap();
    let cache = Cache::at(dir.path());
    for kiosk in [false, true] {
        let mut app = App::new(Options {
            lang: None,
            counts: None,
            search: Search::BuiltIn.following(cache.copy_path(), fleet.keys.clone()),
            read: loket::live::read,
            clock: Clock::Fixed(at()),
            kiosk,
            prefs_path: None,
            last_good: None,
            fleet: Some(Ok(ui::fleet::Link {
                fleet: fleet.clone(),
                cache: cache.clone(),
                check: unreachable,
            })),
        });
        let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
        let not_yet = "Schedule from intranet.tshwane.gov.za: nothing received yet; using this machine's own schedule";
        assert_eq!(shows(&app, not_yet), !kiosk);
        app.set_clock(Clock::Fixed(at() + TimeDelta::hours(23)));
        let task = app.update(Message::Feed(feed::Message::Tick));
        settle(&mut app, task);
        assert_eq!(shows(&app, not_yet), !kiosk, "not stale before 24 h");
        app.set_clock(Clock::Fixed(at() + TimeDelta::hours(49)));
        let task = app.update(Message::Feed(feed::Message::Tick));
        settle(&mut app, task);
        let stale = "The schedule may be out of date: no successful check with intranet.tshwane.gov.za for 2\u{a0}days";
        assert_eq!(shows(&app, stale), !kiosk, "kiosk: {kiosk}");
        assert!(shows(&app, "General enquiries"));
    }
}

#[test]
fn a_broken_fleet_file_is_shown_to_staff() {
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::BuiltIn,
        read: loket::live::read,
        clock: Clock::Fixed(at()),
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet: Some(Err(
            "/etc/loket/fleet.ron:3:5: error: Unexpected field named `pol_minutes`".to_owned(),
        )),
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
    assert!(shows(
        &app,
        "The fleet settings cannot be used: /etc/loket/fleet.ron:3:5: error: Unexpected field named `pol_minutes`"
    ));
    assert!(shows(&app, "General enquiries"));
}
