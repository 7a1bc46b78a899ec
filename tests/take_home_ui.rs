//! Taking the meeting home, in the window, headless: joining by phone on the details
//! screen, Print offered at a counter and only by permission at a kiosk (with its limit),
//! and the "Send to phone" box: the number checked as typed, WhatsApp only for a good one,
//! never at a kiosk, forgotten on Back.

use iced_test::Simulator;
use loket::clock::Clock;
use loket::source::Search;
use loket::ui::details::{self, SendWith};
use loket::ui::message::Message;
use loket::ui::{self, App, Options};

const SIZE: (f32, f32) = (1280.0, 1600.0);
const OPEN: &str = "2025-12-09T17:32:00+02:00";

/// The bundled schedule with dial-in numbers, a phone passcode and a kiosk that may print.
fn schedule(dir: &std::path::Path, kiosk_print: bool) -> Search {
    let phone = "    passcode: \"Outreach1\",\n    phone: (numbers: [(number: \"+27 87 551 7702\", label: {\"en\": \"Johannesburg\"}), (number: \"+27 12 345 6789\")], passcode: \"123456\"),\n";
    let mut text = loket::schedule::BUNDLED.replacen("    passcode: \"Outreach1\",\n", phone, 1);
    if kiosk_print {
        text = text.replace(
            "idle_minutes: 3,",
            "idle_minutes: 3, allow_print: true, prints_per_resident: 2,",
        );
    }
    assert!(text.contains("+27 87 551 7702"));
    let path = dir.join("schedule.ron");
    std::fs::write(&path, text).unwrap();
    Search::file(&path)
}

fn window(search: Search, kiosk: bool) -> App {
    let mut app = App::new(Options {
        lang: None,
        counts: None,
        search,
        read: loket::live::read,
        clock: Clock::Fixed(chrono::DateTime::parse_from_rfc3339(OPEN).unwrap().to_utc()),
        kiosk,
        prefs_path: None,
        last_good: None,
        fleet: None,
    });
    let _ = app.update(Message::WindowResized(iced::Size::new(SIZE.0, SIZE.1)));
    let _ = app.update(Message::Details(details::Message::ChooseCategory(6)));
    app
}

fn shows(app: &App, label: &str) -> bool {
    let kept = ui::view::widgets::keep_together(label);
    let mut ui = Simulator::with_size(ui::settings(), SIZE, ui::view::view(app));
    ui.find(label).is_ok() || ui.find(kept.as_str()).is_ok()
}

fn details(app: &mut App, message: details::Message) {
    let _ = app.update(Message::Details(message));
}

#[test]
fn joining_by_phone_shows_the_numbers_id_passcode_and_one_tap() {
    let dir = tempfile::tempdir().unwrap();
    let app = window(schedule(dir.path(), false), false);
    assert!(shows(&app, "Join by phone"));
    assert!(shows(&app, "Call +27 87 551 7702 (Johannesburg)"));
    assert!(
        shows(&app, "Call +27 12 345 6789"),
        "a number without a place"
    );
    assert!(shows(
        &app,
        "Then type the meeting ID and #: 987\u{a0}9776\u{a0}9028"
    ));
    assert!(shows(
        &app,
        "Then the phone passcode (not the Zoom passcode) and #: 123456"
    ));
    assert!(shows(
        &app,
        "On a mobile phone, in one go: +27875517702,,98797769028#,,,,*123456#"
    ));
    // Read aloud says it too, digit by digit.
    let said = app.spoken_text();
    assert!(
        said.contains("call plus, 2 7, 8 7, 5 5 1, 7 7 0 2"),
        "{said}"
    );
    assert!(
        said.contains("the phone passcode, 1 2 3 4 5 6, and the hash key"),
        "{said}"
    );
    // The bundled schedule has no numbers: nothing is shown then.
    let plain = window(Search::BuiltIn, false);
    assert!(!shows(&plain, "Join by phone"));
}

#[test]
fn print_is_offered_at_a_counter_and_at_a_kiosk_only_when_allowed_up_to_its_limit() {
    let dir = tempfile::tempdir().unwrap();
    let counter = window(schedule(dir.path(), false), false);
    assert!(shows(&counter, "Print"));
    assert!(
        counter
            .controls()
            .contains(&Message::Details(details::Message::Print))
    );

    let kiosk = window(schedule(dir.path(), false), true);
    assert!(
        !shows(&kiosk, "Print"),
        "a kiosk prints only when the schedule says so"
    );
    assert!(
        !kiosk
            .controls()
            .contains(&Message::Details(details::Message::Print))
    );

    let other = tempfile::tempdir().unwrap();
    let mut allowed = window(schedule(other.path(), true), true);
    assert!(shows(&allowed, "Print"));
    details(&mut allowed, details::Message::Print);
    details(
        &mut allowed,
        details::Message::Printed(Ok("LoketPDF".to_owned())),
    );
    assert!(shows(&allowed, "Sent to the printer LoketPDF"));
    details(&mut allowed, details::Message::Print);
    details(&mut allowed, details::Message::Print);
    assert!(shows(
        &allowed,
        "That is all the slips for now. Ask a staff member if you need another."
    ));
    details(
        &mut allowed,
        details::Message::Printed(Err("the printer LoketPDF is stopped".to_owned())),
    );
    assert!(shows(
        &allowed,
        "Could not print: the printer LoketPDF is stopped"
    ));
}

#[test]
fn the_send_box_checks_the_number_as_typed_and_forgets_it_on_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = window(schedule(dir.path(), false), false);
    assert!(shows(&app, "Send to phone"));
    details(&mut app, details::Message::OpenSend);
    assert!(shows(&app, "Send these details to the resident's phone"));
    assert!(shows(&app, "Send by e-mail"));
    assert!(
        !shows(&app, "Send by WhatsApp"),
        "no WhatsApp before a number"
    );
    for (typed, says) in [
        ("082 123 456", "A cell number has 10 digits; this has 9"),
        (
            "012 358 9999",
            "That is a landline: a cell number starts with 06, 07 or 08",
        ),
        ("082-123-45x", "Only digits, spaces and a leading + please"),
        (
            "44 7700 900123",
            "A South African number starts with 0 or +27",
        ),
    ] {
        details(&mut app, details::Message::SendNumber(typed.to_owned()));
        assert!(shows(&app, says), "{typed}: {says}");
        assert!(!shows(&app, "Send by WhatsApp"), "{typed}");
    }
    details(
        &mut app,
        details::Message::SendNumber("+27 82 123 4567".to_owned()),
    );
    assert!(
        shows(&app, "082 123 4567"),
        "the number as South Africans write it"
    );
    assert!(shows(&app, "Send by WhatsApp"));
    assert!(
        app.controls()
            .contains(&Message::Details(details::Message::Send(
                SendWith::WhatsApp
            )))
    );
    // While the box is open, a key that reaches the window does not change the screen.
    details(&mut app, details::Message::ChooseCategory(0));
    details(&mut app, details::Message::Copy(details::CopyWhat::Both));
    assert!(shows(&app, "Send these details to the resident's phone"));
    // Back closes the box and forgets the number; the details are still there.
    details(&mut app, details::Message::Back);
    assert!(!shows(&app, "Send these details to the resident's phone"));
    assert!(shows(&app, "Electricity and prepaid meters"));
    details(&mut app, details::Message::OpenSend);
    assert!(!shows(&app, "082 123 4567"), "the number is gone");
}

#[test]
fn a_kiosk_never_offers_send_to_phone() {
    let dir = tempfile::tempdir().unwrap();
    let mut kiosk = window(schedule(dir.path(), true), true);
    assert!(!shows(&kiosk, "Send to phone"));
    details(&mut kiosk, details::Message::OpenSend);
    assert!(!shows(&kiosk, "Send these details to the resident's phone"));
    assert!(
        !kiosk
            .controls()
            .contains(&Message::Details(details::Message::OpenSend))
    );
}
