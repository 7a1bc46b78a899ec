//! The window, headless: iced_test's simulator clicks by visible text, the way a person
//! would, and the app handles the messages it produces.

use iced_test::{Error, Simulator};
use loket::clock::Clock;
use loket::source::Search;
use loket::ui::message::Message;
use loket::ui::{self, App, Options, details, feed, voice};

const SIZE: (f32, f32) = (1280.0, 860.0);

fn at(instant: &str) -> Clock {
    Clock::Fixed(
        chrono::DateTime::parse_from_rfc3339(instant)
            .unwrap()
            .to_utc(),
    )
}

fn app(instant: &str, kiosk: bool) -> App {
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::BuiltIn,
        read: loket::live::read,
        clock: at(instant),
        kiosk,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
    app
}

/// Durations are written with no-break spaces, so they never break over lines.
fn nb(text: &str) -> String {
    let mut out = String::new();
    let mut words = text.split(' ').peekable();
    while let Some(word) = words.next() {
        out.push_str(word);
        if let Some(next) = words.peek() {
            let unit = [
                "h", "u", "min", "day", "days", "h)", "min)", "day)", "days)",
            ];
            let number = word.trim_start_matches('(').parse::<u32>().is_ok();
            let glue = (number && unit.contains(next))
                || ((word == "h" || word == "u")
                    && next.trim_end_matches(')').parse::<u32>().is_ok());
            out.push(if glue { '\u{a0}' } else { ' ' });
        }
    }
    out
}

fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(ui::settings(), SIZE, ui::view::view(app))
}

/// Clicks the widget showing exactly `label`, then feeds what it produced to the app.
fn click(app: &mut App, label: &str) -> Result<(), Error> {
    let mut ui = simulator(app);
    ui.click(label)?;
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for message in messages {
        let _ = app.update(message);
    }
    Ok(())
}

/// Whether the window shows `label`, as written or as the window writes it (with the
/// spaces a line must not break at made non-breaking).
fn shows(app: &App, label: &str) -> bool {
    let kept = ui::view::widgets::keep_together(label);
    simulator(app).find(label).is_ok() || simulator(app).find(kept.as_str()).is_ok()
}

const OPEN: &str = "2025-12-09T17:32:00+02:00";

#[test]
fn choosing_a_tile_shows_its_meeting_id_and_passcode() -> Result<(), Error> {
    let mut app = app(OPEN, false);
    assert!(shows(&app, "General enquiries"));
    assert!(!shows(&app, "956 6483 4215"));
    click(&mut app, "Water meter readings")?;
    assert!(shows(&app, "947 4401 4609"));
    assert!(shows(&app, "Outreach1"));
    assert!(shows(&app, "·  A photo of your water meter reading"));
    click(&mut app, "Back")?;
    click(&mut app, "General enquiries")?;
    assert!(shows(&app, "956 6483 4215"));
    assert!(shows(&app, "Host 1 · suggested"));
    click(&mut app, "Host 3")?;
    assert!(shows(&app, "985 2498 3901"));
    Ok(())
}

#[test]
fn copying_confirms_what_is_on_the_clipboard() -> Result<(), Error> {
    let mut app = app(OPEN, false);
    click(&mut app, "General enquiries")?;
    click(&mut app, "Copy both")?;
    assert!(shows(
        &app,
        "Copied · Meeting ID: 956 6483 4215 · Passcode: Outreach1"
    ));
    // Using host 1 makes host 2 the suggestion for the next resident.
    assert!(shows(&app, "Host 2 · suggested"));
    click(&mut app, "Copy meeting ID")?;
    assert!(shows(&app, "Copied · 95664834215"));
    Ok(())
}

#[test]
fn one_tap_switches_to_afrikaans_and_back() -> Result<(), Error> {
    let mut app = app(OPEN, false);
    click(&mut app, "Aa · Afrikaans")?;
    assert!(shows(&app, "Kies waaroor jou vraag gaan"));
    assert!(shows(&app, "Algemene navrae"));
    assert!(shows(
        &app,
        &nb("Nou oop · maak om 19:00 toe (oor 1 u 28 min)")
    ));
    assert!(shows(&app, "Di 9 Des, 17:32"));
    click(&mut app, "Terugbetalingsreëlings")?;
    assert!(shows(&app, "Kopieer albei"));
    assert!(shows(&app, "Maak oop in Zoom"));
    click(&mut app, "Aa · English")?;
    assert!(shows(&app, "Copy both"));
    Ok(())
}

#[test]
fn the_banner_follows_the_clock() {
    let cases = [
        (OPEN, "Open now · closes 19:00 (in 1 h 28 min)"),
        (
            "2025-12-09T18:55:00+02:00",
            "Closing soon · closes 19:00 (in 5 min) · join now",
        ),
        (
            "2025-12-07T12:00:00+02:00",
            "Closed · opens tomorrow 16:00 (in 1 day)",
        ),
        (
            "2025-12-06T13:30:00+02:00",
            "Closed · opens Mon 16:00 (in 2 days)",
        ),
        (
            "2025-09-24T12:00:00+02:00",
            "Closed today: Heritage Day · opens tomorrow 16:00 (in 1 day)",
        ),
        (
            "2025-12-16T10:00:00+02:00",
            "This programme ended on Sat 13 Dec 2025",
        ),
    ];
    for (instant, banner) in cases {
        assert!(
            shows(&app(instant, false), &nb(banner)),
            "{instant}: {banner}"
        );
    }
}

#[test]
fn closed_categories_keep_their_buttons_and_say_when_hosts_return() -> Result<(), Error> {
    let mut app = app("2025-12-06T13:30:00+02:00", false);
    assert!(shows(&app, "Closed · opens Mon 16:00"));
    click(&mut app, "Property rates")?;
    assert!(shows(
        &app,
        "The hosts are offline now. They return Mon 16:00."
    ));
    assert!(shows(&app, "Open in Zoom"));
    assert!(shows(&app, "915 6122 4622"));
    Ok(())
}

#[test]
fn the_kiosk_returns_to_the_start_screen_when_idle() -> Result<(), Error> {
    let mut app = app(OPEN, true);
    assert!(
        !shows(&app, "Theme: Light"),
        "a kiosk offers residents no theme switch"
    );
    click(&mut app, "Aa · Afrikaans")?;
    click(&mut app, "Eiendomstariewe")?;
    assert!(shows(&app, "915 6122 4622"));
    app.set_clock(at("2025-12-09T17:36:00+02:00"));
    let _ = app.update(Message::Feed(feed::Message::Tick));
    assert!(shows(&app, "Choose what your question is about"));
    assert!(!shows(&app, "915 6122 4622"));
    Ok(())
}

#[test]
fn high_contrast_is_one_tap_away() -> Result<(), Error> {
    let mut app = app(OPEN, false);
    click(&mut app, "Theme: Light")?;
    click(&mut app, "Theme: Dark")?;
    assert_eq!(app.theme().palette().background, iced::Color::BLACK);
    Ok(())
}

#[test]
fn snapshot_of_the_home_screen() -> Result<(), Error> {
    // Frozen clock, embedded font, tiny-skia, and the schedule from a file (the built-in
    // notice would show this machine's config path): the same pixels on every machine.
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::file(concat!(env!("CARGO_MANIFEST_DIR"), "/schedule.ron").as_ref()),
        read: loket::live::read,
        clock: at(OPEN),
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
    let mut ui = simulator(&app);
    let snapshot = ui.snapshot(&app.theme())?;
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/home.png");
    // matches_image writes a missing baseline and says yes: a missing one must fail here,
    // unless asked to write it (LOKET_BLESS=1).
    let baseline = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/snapshots/home-tiny-skia.png"
    );
    assert!(
        std::path::Path::new(baseline).exists() || std::env::var_os("LOKET_BLESS").is_some(),
        "no baseline at {baseline}: run with LOKET_BLESS=1 once and look at it"
    );
    assert!(
        snapshot.matches_image(path)?,
        "the home screen changed; if on purpose, delete tests/snapshots/home-tiny-skia.png and rerun"
    );
    Ok(())
}

#[test]
fn a_help_email_becomes_a_button_that_opens_mail() -> Result<(), Error> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schedule.ron");
    let text = loket::schedule::BUNDLED.replace(
        "    help: (\n",
        "    help: (\n        email: \"help@tshwane.example\",\n        phone: \"012 358 9999\",\n",
    );
    std::fs::write(&path, text).unwrap();
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search: Search::file(&path),
        read: loket::live::read,
        clock: at(OPEN),
        kiosk: false,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    click(&mut app, "Property rates")?;
    // Help sits below the fold at 860 px (a person scrolls); a tall viewport shows it all.
    let mut ui = Simulator::with_size(ui::settings(), (1280.0, 1600.0), ui::view::view(&app));
    assert!(ui.find("Phone: 012 358 9999").is_ok());
    ui.click("help@tshwane.example")?;
    let messages: Vec<Message> = ui.into_messages().collect();
    assert_eq!(
        messages,
        vec![Message::Details(details::Message::OpenHelpEmail)]
    );
    Ok(())
}

#[test]
fn reading_aloud_at_home_says_when_it_cannot() {
    let mut app = app(OPEN, false);
    let missing = "Reading aloud needs the espeak-ng program, which is not on this computer.";
    assert!(!shows(&app, missing));
    // What the speech task answers when espeak-ng is not installed.
    let _ = app.update(Message::Voice(voice::Message::Spoken(
        0,
        Err("espeak-ng is not installed".to_owned()),
    )));
    assert!(
        shows(&app, missing),
        "on the home screen, not only on details"
    );
    assert!(shows(&app, "General enquiries"), "the tiles stay");
}

#[test]
fn tab_moves_a_focus_ring_and_space_or_enter_press_what_it_is_on() {
    use loket::ui::details::{CopyWhat, JoinWith};
    use loket::ui::focus::Message as Focus;
    let mut app = app(OPEN, false);
    assert_eq!(app.focused_control(), None, "no ring until Tab");
    // First the staff strip's button (this window runs on the built-in schedule), then
    // the categories.
    let _ = app.update(Focus::Next.into());
    assert_eq!(
        app.focused_control(),
        Some(&feed::Message::ToggleProblems.into())
    );
    let _ = app.update(Focus::Next.into());
    assert_eq!(
        app.focused_control(),
        Some(&details::Message::ChooseCategory(0).into())
    );
    // Shift+Tab from the first control goes round to the footer's last (the theme).
    let _ = app.update(Focus::Previous.into());
    let _ = app.update(Focus::Previous.into());
    assert!(matches!(
        app.focused_control(),
        Some(Message::Settings(loket::ui::settings::Message::SetTheme(_)))
    ));
    for _ in 0..3 {
        let _ = app.update(Focus::Next.into());
    }
    let _ = app.update(Focus::Activate.into());
    assert!(shows(&app, "Repayment arrangements"));
    assert!(shows(&app, "Copy both"), "Space opened the second category");
    // A new screen: the ring starts from its first control, in reading order.
    assert_eq!(app.focused_control(), None);
    let _ = app.update(Focus::Next.into());
    assert_eq!(
        app.focused_control(),
        Some(&feed::Message::ToggleProblems.into())
    );
    let order: Vec<Message> = (0..5)
        .map(|_| {
            let _ = app.update(Focus::Next.into());
            app.focused_control().cloned().unwrap()
        })
        .collect();
    assert_eq!(
        order,
        [
            details::Message::Back.into(),
            details::Message::Join(JoinWith::App).into(),
            details::Message::Join(JoinWith::Browser).into(),
            details::Message::Copy(CopyWhat::MeetingId).into(),
            details::Message::Copy(CopyWhat::Passcode).into(),
        ]
    );
    // Enter presses the control with the ring: here it copies the passcode, not joins.
    let _ = app.update(Focus::Enter.into());
    assert!(shows(&app, "Copied · Outreach1"));
}
