//! The bundled schedule's hours at chosen instants: before, at and after each boundary,
//! Sundays, Saturdays, holidays and the programme's last day.

use chrono::{DateTime, Utc};
use loket::calendar::{self, ClosedReason, Status};
use loket::describe;
use loket::schedule::{self, Schedule};
use loket::text::Lang;

fn seed() -> Schedule {
    schedule::check_str(schedule::BUNDLED)
        .schedule
        .expect("the bundled schedule is valid")
}

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

/// (instant, expected state, expected reason, expected next change) for category 1.
const TABLE: &[(&str, &str, &str, &str)] = &[
    // A weekday: Tuesday 9 December 2025.
    (
        "2025-12-09T15:59:59+02:00",
        "closed",
        "outside_hours",
        "2025-12-09T16:00:00+02:00",
    ),
    (
        "2025-12-09T16:00:00+02:00",
        "open",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    (
        "2025-12-09T17:30:00+02:00",
        "open",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    (
        "2025-12-09T18:49:59+02:00",
        "open",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    (
        "2025-12-09T18:50:00+02:00",
        "closing_soon",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    (
        "2025-12-09T18:59:59+02:00",
        "closing_soon",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    (
        "2025-12-09T19:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-10T16:00:00+02:00",
    ),
    (
        "2025-12-09T23:59:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-10T16:00:00+02:00",
    ),
    // The same instant written in UTC.
    (
        "2025-12-09T15:30:00Z",
        "open",
        "",
        "2025-12-09T19:00:00+02:00",
    ),
    // Friday evening to Saturday morning.
    (
        "2025-12-05T19:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-06T08:00:00+02:00",
    ),
    // Saturday 6 December.
    (
        "2025-12-06T07:59:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-06T08:00:00+02:00",
    ),
    (
        "2025-12-06T08:00:00+02:00",
        "open",
        "",
        "2025-12-06T13:00:00+02:00",
    ),
    (
        "2025-12-06T12:49:00+02:00",
        "open",
        "",
        "2025-12-06T13:00:00+02:00",
    ),
    (
        "2025-12-06T12:50:00+02:00",
        "closing_soon",
        "",
        "2025-12-06T13:00:00+02:00",
    ),
    (
        "2025-12-06T13:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-08T16:00:00+02:00",
    ),
    (
        "2025-12-06T16:30:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-08T16:00:00+02:00",
    ),
    // Sunday 7 December: never open.
    (
        "2025-12-07T00:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-08T16:00:00+02:00",
    ),
    (
        "2025-12-07T17:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-08T16:00:00+02:00",
    ),
    // The last day, Saturday 13 December: its session runs, then the programme is over.
    (
        "2025-12-12T19:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-12-13T08:00:00+02:00",
    ),
    (
        "2025-12-13T08:00:00+02:00",
        "open",
        "",
        "2025-12-13T13:00:00+02:00",
    ),
    (
        "2025-12-13T12:59:59+02:00",
        "closing_soon",
        "",
        "2025-12-13T13:00:00+02:00",
    ),
    ("2025-12-13T13:00:00+02:00", "closed", "outside_hours", ""),
    ("2025-12-13T18:00:00+02:00", "closed", "outside_hours", ""),
    ("2025-12-15T17:00:00+02:00", "closed", "programme_ended", ""),
    // Day of Reconciliation falls after the programme: the programme window wins.
    ("2025-12-16T17:00:00+02:00", "closed", "programme_ended", ""),
    // Public holidays inside the programme window (it has no start date).
    (
        "2025-09-24T17:00:00+02:00",
        "closed",
        "public_holiday",
        "2025-09-25T16:00:00+02:00",
    ),
    (
        "2025-04-28T17:00:00+02:00",
        "closed",
        "public_holiday",
        "2025-04-29T16:00:00+02:00",
    ),
    (
        "2025-08-09T09:00:00+02:00",
        "closed",
        "public_holiday",
        "2025-08-11T16:00:00+02:00",
    ),
    // Good Friday, then Saturday open, Sunday closed, Family Day Monday closed.
    (
        "2025-04-18T17:00:00+02:00",
        "closed",
        "public_holiday",
        "2025-04-19T08:00:00+02:00",
    ),
    (
        "2025-04-19T13:00:00+02:00",
        "closed",
        "outside_hours",
        "2025-04-22T16:00:00+02:00",
    ),
];

#[test]
fn the_seed_schedule_at_chosen_instants() {
    let schedule = seed();
    let mut failures = Vec::new();
    for &(instant, state, reason, next) in TABLE {
        for category in &schedule.categories {
            let status = calendar::status(&schedule, category, at(instant));
            let (got_state, got_reason) = match &status {
                Status::Open {
                    closing_soon: false,
                    ..
                } => ("open", ""),
                Status::Open { .. } => ("closing_soon", ""),
                Status::Closed { reason, .. } => ("closed", reason.code()),
            };
            let got_next = status
                .next_change()
                .map(|t| t.to_rfc3339())
                .unwrap_or_default();
            if (got_state, got_reason, got_next.as_str()) != (state, reason, next) {
                failures.push(format!(
                    "{instant} {}: expected {state}/{reason}/{next}, got {got_state}/{got_reason}/{got_next}",
                    category.id
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn holiday_names_are_given() {
    let schedule = seed();
    let status = calendar::status(
        &schedule,
        &schedule.categories[0],
        at("2025-09-24T17:00:00+02:00"),
    );
    let Status::Closed {
        reason: ClosedReason::PublicHoliday(names),
        ..
    } = &status
    else {
        panic!("{status:?}")
    };
    assert_eq!(names[0].text(Lang::EN), "Heritage Day");
    assert_eq!(names[0].text(Lang::AF), "Erfenisdag");
}

#[test]
fn banner_sentences_for_the_seed() {
    let schedule = seed();
    let say = |instant: &str, lang: Lang| {
        let now = at(instant).with_timezone(&schedule.time_zone);
        let status = calendar::overall_status(&schedule, now.to_utc());
        // Durations use no-break spaces so they never break over lines.
        describe::headline(lang, &schedule, &status, &now)
            .text
            .replace('\u{a0}', " ")
    };
    assert_eq!(
        say("2025-12-09T17:32:00+02:00", Lang::EN),
        "Open now · closes 19:00 (in 1 h 28 min)"
    );
    assert_eq!(
        say("2025-12-09T17:32:00+02:00", Lang::AF),
        "Nou oop · maak om 19:00 toe (oor 1 u 28 min)"
    );
    assert_eq!(
        say("2025-12-09T18:52:00+02:00", Lang::EN),
        "Closing soon · closes 19:00 (in 8 min) · join now"
    );
    assert_eq!(
        say("2025-12-13T12:55:00+02:00", Lang::AF),
        "Maak binnekort toe · maak om 13:00 toe (oor 5 min) · sluit nou aan"
    );
    // The countdown agrees with the minute on the clock, seconds aside.
    assert_eq!(
        say("2025-12-09T16:55:40+02:00", Lang::EN),
        "Open now · closes 19:00 (in 2 h 5 min)"
    );
    assert_eq!(
        say("2025-12-06T13:30:00+02:00", Lang::AF),
        "Gesluit · gaan Ma om 16:00 oop (oor 2 dae)"
    );
    assert_eq!(
        say("2025-12-06T13:30:00+02:00", Lang::EN),
        "Closed · opens Mon 16:00 (in 2 days)"
    );
    assert_eq!(
        say("2025-12-09T10:00:00+02:00", Lang::EN),
        "Closed · opens 16:00 (in 6 h)"
    );
    assert_eq!(
        say("2025-09-24T10:00:00+02:00", Lang::EN),
        "Closed today: Heritage Day · opens tomorrow 16:00 (in 1 day)"
    );
    assert_eq!(
        say("2025-12-16T10:00:00+02:00", Lang::EN),
        "This programme ended on Sat 13 Dec 2025"
    );
    assert_eq!(
        say("2025-12-16T10:00:00+02:00", Lang::AF),
        "Hierdie program het op Sa 13 Des 2025 geëindig"
    );
}
