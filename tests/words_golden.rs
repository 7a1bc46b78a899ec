//! Every sentence Loket says in English and Afrikaans, written out and compared with
//! `tests/golden/words.txt`: moving the words into Fluent files must not change one of them.
//! `BLESS=1 cargo test --test words_golden` rewrites the file after a deliberate change.

use std::fmt::Write as _;
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use loket::calendar::{self, ClosedReason, Status};
use loket::describe;
use loket::i18n::{self, FileState, FleetShown, InUse};
use loket::schedule::{self, Schedule};
use loket::speech;
use loket::text::{Lang, Localized};
use loket::zoom::{MeetingId, Passcode};

fn seed() -> Schedule {
    schedule::check_str(schedule::BUNDLED)
        .schedule
        .expect("the bundled schedule is valid")
}

fn local(text: &str) -> DateTime<Tz> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&chrono_tz::Africa::Johannesburg)
}

fn langs() -> [Lang; 2] {
    [
        Lang::from_code("en").unwrap(),
        Lang::from_code("af").unwrap(),
    ]
}

fn fixed_words(out: &mut String, lang: Lang) {
    for (key, text) in i18n::fixed_words(lang) {
        writeln!(out, "{key} = {text}").unwrap();
    }
    for day in 0..7 {
        let date = NaiveDate::from_ymd_opt(2025, 12, 8).unwrap() + TimeDelta::days(day);
        writeln!(out, "weekday {}", i18n::weekday_short(lang, date.weekday())).unwrap();
        writeln!(out, "speech date {}", speech::words::date(lang, date)).unwrap();
    }
    for month in 1..=12 {
        let date = NaiveDate::from_ymd_opt(2026, month, 9).unwrap();
        writeln!(out, "short date {}", i18n::short_date(lang, date)).unwrap();
        writeln!(out, "long date {}", describe::long_date(lang, date)).unwrap();
    }
}

fn notices(out: &mut String, lang: Lang) {
    let states = [
        FileState::Problems(1),
        FileState::Problems(2),
        FileState::Unreadable,
        FileState::Unverified,
        FileState::NoFile("/home/a/.config/loket"),
    ];
    let uses = [InUse::Loaded("16:42"), InUse::LastGoodCopy, InUse::BuiltIn];
    for state in states {
        for in_use in uses {
            writeln!(
                out,
                "notice {}",
                i18n::file_notice(lang, "schedule.ron", state, in_use)
            )
            .unwrap();
        }
    }
    for n in [1, 2, 30] {
        writeln!(out, "idle {}", i18n::idle_warning(lang, n)).unwrap();
        writeln!(out, "pin {}", i18n::wrong_pin_wait(lang, n as i64)).unwrap();
    }
    for n in [0, 1, 7, 12] {
        writeln!(out, "keys {}", i18n::keys_hint(lang, n)).unwrap();
    }
    writeln!(out, "opens {}", i18n::opens(lang, "Mon 16:00")).unwrap();
    writeln!(out, "closes {}", i18n::closes(lang, "19:00")).unwrap();
    writeln!(
        out,
        "return {}",
        i18n::hosts_offline_return(lang, "tomorrow 16:00")
    )
    .unwrap();
    writeln!(out, "hosts {}", i18n::hosts_return(lang, "tomorrow 16:00")).unwrap();
    writeln!(
        out,
        "ended {}",
        i18n::programme_ended(lang, "Sat 13 Dec 2025")
    )
    .unwrap();
    writeln!(
        out,
        "both {}",
        i18n::id_and_passcode(lang, "956 6483 4215", "Outreach1")
    )
    .unwrap();
    let host = "files.tshwane.gov.za";
    for shown in [
        FleetShown::InUse {
            host,
            serial: Some(42),
            checked_ago: Some("12 min"),
        },
        FleetShown::InUse {
            host,
            serial: None,
            checked_ago: None,
        },
        FleetShown::NotYet { host },
        FleetShown::StaleUnchecked {
            host,
            for_: "1 day",
        },
        FleetShown::StaleExpired {
            until: "27 Nov 2026",
        },
        FleetShown::Broken {
            error: "fleet.ron:3:5: unknown field",
        },
    ] {
        writeln!(out, "fleet {}", i18n::fleet_line(lang, shown)).unwrap();
    }
}

fn spans(out: &mut String, lang: Lang) {
    let now = local("2025-12-09T10:00:00+02:00");
    for minutes in [
        -3, 0, 1, 2, 45, 59, 60, 61, 88, 120, 125, 1439, 1440, 1505, 2880, 3060, 20000,
    ] {
        let span = TimeDelta::minutes(minutes);
        writeln!(out, "duration {minutes} {}", describe::duration(lang, span)).unwrap();
        writeln!(
            out,
            "spoken duration {minutes} {}",
            speech::words::duration(lang, span)
        )
        .unwrap();
    }
    for (hours, minutes) in [
        (0, 0),
        (0, 30),
        (6, 0),
        (6, 30),
        (8, 5),
        (9, 0),
        (14, 0),
        (26, 0),
        (50, 0),
        (100, 0),
        (200, 0),
        (24 * 200, 0),
    ] {
        let at = now + TimeDelta::hours(hours) + TimeDelta::minutes(minutes);
        writeln!(
            out,
            "when {hours}:{minutes} {}",
            describe::when(lang, &at, &now)
        )
        .unwrap();
        writeln!(
            out,
            "spoken time {hours}:{minutes} {}",
            speech::words::time(lang, &at)
        )
        .unwrap();
        writeln!(out, "day and time {}", describe::day_and_time(lang, &at)).unwrap();
    }
}

fn statuses(out: &mut String, lang: Lang, schedule: &Schedule) {
    let mut at = local("2025-11-20T06:05:00+02:00").with_timezone(&Utc);
    let last = local("2025-12-20T00:00:00+02:00").with_timezone(&Utc);
    while at < last {
        let now = at.with_timezone(&schedule.time_zone);
        let overall = calendar::overall_status(schedule, at);
        writeln!(
            out,
            "{at} banner {}",
            describe::headline(lang, schedule, &overall, &now).text
        )
        .unwrap();
        writeln!(
            out,
            "{at} spoken {}",
            speech::words::headline(lang, schedule, &overall, &now)
        )
        .unwrap();
        for status in calendar::statuses(schedule, at).iter().take(2) {
            writeln!(out, "{at} chip {}", describe::chip(lang, status, &now)).unwrap();
        }
        at += TimeDelta::minutes(3 * 60 + 7);
    }
}

fn made_up_statuses(out: &mut String, lang: Lang, schedule: &Schedule) {
    let now = local("2025-12-01T10:00:00+02:00");
    let opens = now + TimeDelta::hours(6);
    let closure = ClosedReason::Closure(Arc::new(Localized::en_af(
        "Staff training",
        "Personeelopleiding",
    )));
    let holiday = calendar::holidays::south_african(2025)
        .into_iter()
        .find(|h| h.date == NaiveDate::from_ymd_opt(2025, 12, 16).unwrap())
        .unwrap();
    let cases = [
        Status::Open {
            closes_at: None,
            closing_soon: false,
        },
        Status::Closed {
            reason: ClosedReason::BeforeProgramme,
            opens_at: Some(opens),
            no_more_sessions: false,
        },
        Status::Closed {
            reason: closure.clone(),
            opens_at: Some(opens),
            no_more_sessions: false,
        },
        Status::Closed {
            reason: closure,
            opens_at: None,
            no_more_sessions: false,
        },
        Status::Closed {
            reason: ClosedReason::PublicHoliday(vec![holiday.name]),
            opens_at: None,
            no_more_sessions: true,
        },
        Status::Closed {
            reason: ClosedReason::OutsideHours,
            opens_at: None,
            no_more_sessions: true,
        },
        Status::Closed {
            reason: ClosedReason::OutsideHours,
            opens_at: None,
            no_more_sessions: false,
        },
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            opens_at: None,
            no_more_sessions: true,
        },
    ];
    for status in &cases {
        writeln!(
            out,
            "made-up banner {}",
            describe::headline(lang, schedule, status, &now).text
        )
        .unwrap();
        writeln!(
            out,
            "made-up spoken {}",
            speech::words::headline(lang, schedule, status, &now)
        )
        .unwrap();
        writeln!(out, "made-up chip {}", describe::chip(lang, status, &now)).unwrap();
    }
    let id = MeetingId::parse("95664834215").unwrap();
    let passcode = Passcode::parse("Ab-1.x!").unwrap();
    writeln!(
        out,
        "details {}",
        speech::details(lang, "General enquiries", "Open now.", &id, &passcode)
    )
    .unwrap();
    writeln!(
        out,
        "spelled {}",
        speech::spelled(lang, "aZ 9.-_@#$%&*+=?/")
    )
    .unwrap();
    for year in [2025, 2026, 2027] {
        for holiday in calendar::holidays::south_african(year) {
            writeln!(out, "holiday {} {}", holiday.date, holiday.name.text(lang)).unwrap();
        }
    }
}

fn everything() -> String {
    let schedule = seed();
    let mut out = String::new();
    for lang in langs() {
        writeln!(out, "# {lang}").unwrap();
        fixed_words(&mut out, lang);
        notices(&mut out, lang);
        spans(&mut out, lang);
        statuses(&mut out, lang, &schedule);
        made_up_statuses(&mut out, lang, &schedule);
    }
    out
}

/// Fixed words that were pieces of sentences before the move to Fluent: the sentences
/// they made are compared whole below.
const FOLDED_INTO_SENTENCES: &[&str] = &[
    "join_now",
    "in_",
    "today",
    "tomorrow",
    "no_opening",
    "no_more_sessions",
    "programme_starts",
    "hours_short",
    "minutes_short",
    "day",
    "days",
    "suggested",
    "open_until",
    "until",
    "phone",
];

/// Fixed words new with the translation files.
const NEW_WORDS: &[&str] = &[
    "speech_no_voice",
    "language",
    "draft_translation",
    "choose_language",
    // Taking the meeting home: joining by phone, the printed slip, sending to a phone.
    "join_by_phone",
    "print",
    "printing",
    "print_limit",
    "send_to_phone",
    "send_heading",
    "cell_number",
    "send_whatsapp",
    "send_email",
    "sent_whatsapp",
    "sent_email",
    "whatsapp_failed",
];

/// `key = text` lines (the fixed words) apart from the sentences.
fn split(text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let mut words = Vec::new();
    let mut sentences = Vec::new();
    let mut lang = String::new();
    for line in text.lines() {
        if let Some(code) = line.strip_prefix("# ") {
            lang = code.to_owned();
        }
        match line.split_once(" = ") {
            Some((key, value)) if !key.contains(' ') => {
                words.push((format!("{lang}:{key}"), value.to_owned()));
            }
            _ => sentences.push(line.to_owned()),
        }
    }
    (words, sentences)
}

#[test]
fn every_sentence_is_as_it_was() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/words.txt");
    let now = everything();
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, &now).unwrap();
        return;
    }
    let before = std::fs::read_to_string(path).expect("tests/golden/words.txt exists (BLESS=1)");
    let (words_before, sentences_before) = split(&before);
    let (words_now, sentences_now) = split(&now);
    for (line, (was, is)) in sentences_before.iter().zip(&sentences_now).enumerate() {
        assert_eq!(was, is, "sentence {} changed", line + 1);
    }
    assert_eq!(sentences_before.len(), sentences_now.len());
    let bare = |key: &str| {
        key.split_once(':')
            .map_or(key.to_owned(), |(_, k)| k.to_owned())
    };
    for (key, text) in &words_before {
        match words_now.iter().find(|(k, _)| k == key) {
            Some((_, now)) => assert_eq!(text, now, "{key} changed"),
            None => assert!(
                FOLDED_INTO_SENTENCES.contains(&bare(key).as_str()),
                "{key} is gone"
            ),
        }
    }
    for (key, _) in &words_now {
        if !words_before.iter().any(|(k, _)| k == key) {
            assert!(
                NEW_WORDS.contains(&bare(key).as_str()),
                "{key} is new: add it to NEW_WORDS"
            );
        }
    }
}
