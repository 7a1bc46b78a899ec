//! Loket's own words, read from the translation files ([`crate::locale`]): fixed strings
//! as one struct per language (formatted once), and every sentence with a variable as a
//! function that hands the variables to its Fluent message. No sentence is put together
//! here; word order, plurals and day and month names are the translation's.

use chrono::{Datelike, Weekday};
use fluent_bundle::FluentValue;

use crate::locale::{self, Catalog};
use crate::text::Lang;

macro_rules! strings {
    ($($key:ident: $id:expr;)*) => {
        /// Every fixed string of the interface, one field per message.
        pub struct Strings { $(pub $key: &'static str,)* }

        impl Strings {
            pub(crate) fn from_catalog(catalog: &Catalog, lang: Lang) -> Strings {
                let text = |id: &str| -> &'static str {
                    Box::leak(catalog.format(lang, id, None).into_boxed_str())
                };
                Strings { $($key: text($id),)* }
            }

            /// (field, message id) for every fixed string.
            pub const IDS: &[(&str, &str)] = &[$((stringify!($key), $id),)*];

            /// (field, text) for every fixed string, in the table's order.
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key),)*]
            }
        }
    };
}

strings! {
    open_now: "open-now";
    closing_soon: "closing-soon";
    closed: "closed";
    closed_today: "closed-today";
    not_started: "not-started";
    programme_over: "programme-over";
    under_a_minute: "under-a-minute";
    choose_category: "choose-category";
    meeting_id: "meeting-id";
    passcode: "passcode";
    host: "host";
    open_in_zoom: "open-in-zoom";
    open_in_browser: "open-in-browser";
    copy_id: "copy-id";
    copy_passcode: "copy-passcode";
    copy_both: "copy-both";
    copied: "copied";
    back: "back";
    scan_to_join: "scan-to-join";
    then_passcode: "then-passcode";
    have_ready: "have-ready";
    help: "help";
    hosts_offline: "hosts-offline";
    ended_next_step: "ended-next-step";
    zoom_failed: "zoom-failed";
    zoom_failed_kiosk: "zoom-failed-kiosk";
    browser_failed: "browser-failed";
    opening_zoom: "opening-zoom";
    theme: "theme";
    theme_light: "theme-light";
    theme_dark: "theme-dark";
    theme_contrast: "theme-contrast";
    email_failed: "email-failed";
    read_aloud: "read-aloud";
    reading_aloud: "reading-aloud";
    stop_reading: "stop-reading";
    speech_missing: "speech-missing";
    speech_no_voice: "speech-no-voice";
    more_time: "more-time";
    leave_kiosk: "leave-kiosk";
    text_size: "text-size";
    language: "language";
    draft_translation: "draft-translation";
    choose_language: "choose-language";
    show_problems: "show-problems";
    more: "more";
    less: "less";
    hide_problems: "hide-problems";
    kiosk_exit_pin: "kiosk-exit-pin";
    wrong_pin: "wrong-pin";
    cancel: "cancel";
    join_by_phone: "join-by-phone";
    print: "print";
    printing: "printing";
    print_limit: "print-limit";
    send_to_phone: "send-to-phone";
    send_heading: "send-heading";
    cell_number: "cell-number";
    send_whatsapp: "send-whatsapp";
    send_email: "send-email";
    sent_whatsapp: "sent-whatsapp";
    sent_email: "sent-email";
    whatsapp_failed: "whatsapp-failed";
}

/// (key, text) for every fixed string in `lang`, in the table's order.
pub fn fixed_words(lang: Lang) -> Vec<(&'static str, &'static str)> {
    strings(lang).all()
}

pub fn strings(lang: Lang) -> &'static Strings {
    locale::current().strings(lang)
}

/// The code a Fluent message selects a weekday by.
pub fn weekday_code(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// "Mon", "Ma".
pub fn weekday_short(lang: Lang, day: Weekday) -> String {
    locale::format(
        lang,
        "weekday-short",
        &[("weekday", weekday_code(day).into())],
    )
}

/// The variables every date message takes: weekday, day, month and year.
pub fn date_args(date: impl Datelike) -> [(&'static str, FluentValue<'static>); 4] {
    [
        ("weekday", weekday_code(date.weekday()).into()),
        ("day", date.day().to_string().into()),
        ("month", i64::from(date.month()).into()),
        ("year", date.year().to_string().into()),
    ]
}

/// "Tue 9 Dec", "Di 9 Des".
pub fn short_date(lang: Lang, date: impl Datelike) -> String {
    locale::format(lang, "short-date", &date_args(date))
}

/// What is wrong with the schedule file, for the staff strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileState<'a> {
    /// The file has this many problems.
    Problems(usize),
    /// The file in use cannot be read or is gone.
    Unreadable,
    /// A fleet's verified copy failed its signature check on this machine.
    Unverified,
    /// There is no schedule file at all; one can be saved in this folder.
    NoFile(&'a str),
}

/// What is shown instead of a good file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InUse<'a> {
    /// The file's last good version, loaded at this time.
    Loaded(&'a str),
    LastGoodCopy,
    BuiltIn,
}

/// "schedule.ron has 2 problems; still using the version loaded at 16:42", "No schedule
/// file was found; using the last good copy of it. To change it, save …".
pub fn file_notice(lang: Lang, file: &str, state: FileState<'_>, in_use: InUse<'_>) -> String {
    let (state_code, count, folder) = match state {
        FileState::Problems(n) => ("problems", n, None),
        FileState::Unreadable => ("unreadable", 0, None),
        FileState::Unverified => ("unverified", 0, None),
        FileState::NoFile(folder) => ("nofile", 0, Some(folder)),
    };
    let (using, time) = match in_use {
        InUse::Loaded(at) => ("loaded", at),
        InUse::LastGoodCopy => ("copy", ""),
        InUse::BuiltIn => ("built-in", ""),
    };
    let args = [
        ("file", file.into()),
        ("state", state_code.into()),
        ("count", count.into()),
        ("using", using.into()),
        ("time", time.into()),
        ("folder", folder.unwrap_or("").into()),
    ];
    let id = if folder.is_some() {
        "file-notice-save"
    } else {
        "file-notice"
    };
    locale::format(lang, id, &args)
}

/// "opens Mon 16:00" / "gaan Ma om 16:00 oop".
pub fn opens(lang: Lang, when: &str) -> String {
    locale::format(lang, "opens", &[("when", when.into())])
}

/// "closes 19:00" / "maak om 19:00 toe".
pub fn closes(lang: Lang, time: &str) -> String {
    locale::format(lang, "closes", &[("time", time.into())])
}

/// "Are you still there? The screen starts over in 12 seconds."
pub fn idle_warning(lang: Lang, seconds: u64) -> String {
    locale::format(lang, "idle-warning", &[("seconds", seconds.into())])
}

/// "Wrong PIN. Try again in 4 seconds."
pub fn wrong_pin_wait(lang: Lang, seconds: i64) -> String {
    locale::format(lang, "wrong-pin-wait", &[("seconds", seconds.into())])
}

/// "Keys: 1–7 choose · Enter joins · C copies · Esc back", with the real range of
/// category keys (none past 9).
pub fn keys_hint(lang: Lang, categories: usize) -> String {
    let range = match categories.min(9) {
        0 => String::new(),
        1 => "1".to_owned(),
        n => format!("1–{n}"),
    };
    locale::format(lang, "keys-hint", &[("range", range.into())])
}

/// "The hosts are offline now. They return tomorrow 16:00."
pub fn hosts_offline_return(lang: Lang, when: &str) -> String {
    locale::format(lang, "hosts-offline-return", &[("when", when.into())])
}

/// "The hosts return tomorrow 16:00.": the same, where space is short.
pub fn hosts_return(lang: Lang, when: &str) -> String {
    locale::format(lang, "hosts-return", &[("when", when.into())])
}

/// "This programme ended on Sat 13 Dec 2025" / "Hierdie program het op Sa 13 Des 2025
/// geëindig".
pub fn programme_ended(lang: Lang, date: &str) -> String {
    locale::format(lang, "banner-ended", &[("date", date.into())])
}

/// "Meeting ID: 956 6483 4215 · Passcode: Outreach1": what "Copy both" puts on the clipboard.
pub fn id_and_passcode(lang: Lang, id: &str, passcode: &str) -> String {
    locale::format(
        lang,
        "id-and-passcode",
        &[("id", id.into()), ("passcode", passcode.into())],
    )
}

/// "Host 2 · suggested".
pub fn host_suggested(lang: Lang, host: &str) -> String {
    locale::format(lang, "host-suggested", &[("host", host.into())])
}

/// "Copied · Meeting ID: 956 6483 4215".
pub fn copied_what(lang: Lang, what: &str) -> String {
    locale::format(lang, "copied-what", &[("what", what.into())])
}

/// "Phone: 012 358 9999".
pub fn phone_line(lang: Lang, phone: &str) -> String {
    locale::format(lang, "phone-line", &[("phone", phone.into())])
}

/// What is wrong with a cell number as typed, for the "Send to phone" box.
pub fn cell_problem(lang: Lang, error: &crate::phone::CellError) -> String {
    use crate::phone::CellError;
    match error {
        CellError::NotADigit(_) => locale::text(lang, "cell-not-digit"),
        CellError::NotSouthAfrican => locale::text(lang, "cell-not-sa"),
        CellError::Length(count) => {
            locale::format(lang, "cell-length", &[("count", (*count).into())])
        }
        CellError::NotACell => locale::text(lang, "cell-not-cell"),
    }
}

/// "Today: 23 residents helped".
pub fn counts_today(lang: Lang, count: u64) -> String {
    locale::format(lang, "counts-today", &[("count", count.into())])
}

/// "Counts are not being saved: disk full".
pub fn counts_failing(lang: Lang, error: &str) -> String {
    locale::format(lang, "counts-failing", &[("error", error.into())])
}

/// "Sent to the printer Front-desk".
pub fn printed_on(lang: Lang, printer: &str) -> String {
    locale::format(lang, "printed-on", &[("printer", printer.into())])
}

/// "Could not print: the printer Front-desk is stopped …".
pub fn print_failed(lang: Lang, error: &str) -> String {
    locale::format(lang, "print-failed", &[("error", error.into())])
}

/// "Call +27 87 551 7702 (Johannesburg)", or without a place when the schedule gives none.
pub fn phone_call(lang: Lang, number: &str, place: &str) -> String {
    if place.is_empty() {
        locale::format(lang, "phone-call", &[("number", number.into())])
    } else {
        locale::format(
            lang,
            "phone-call-at",
            &[("number", number.into()), ("place", place.into())],
        )
    }
}

/// "Then type the meeting ID and #: 938 2622 7846".
pub fn phone_then_id(lang: Lang, id: &str) -> String {
    locale::format(lang, "phone-then-id", &[("id", id.into())])
}

/// "Then the phone passcode (not the Zoom passcode) and #: 123456".
pub fn phone_then_passcode(lang: Lang, passcode: &str) -> String {
    locale::format(
        lang,
        "phone-then-passcode",
        &[("passcode", passcode.into())],
    )
}

/// "On a mobile phone, one tap: +27875517702,,93826227846#,,,,*123456#".
pub fn phone_one_tap(lang: Lang, dial: &str) -> String {
    locale::format(lang, "phone-one-tap", &[("dial", dial.into())])
}

/// "zu.ftl has 3 problems; missing words are shown in English".
pub fn locale_problems(lang: Lang, file: &str, count: usize) -> String {
    locale::format(
        lang,
        "locale-problems",
        &[("file", file.into()), ("count", count.into())],
    )
}

/// What staff are told about the fleet a window follows.
pub enum FleetShown<'a> {
    /// The fleet's verified copy is in use; last good check this long ago ("12 min"),
    /// or never.
    InUse {
        host: &'a str,
        serial: Option<u64>,
        checked_ago: Option<&'a str>,
    },
    /// Nothing received yet: the machine's own schedule is in use.
    NotYet { host: &'a str },
    /// No good check for this long ("1 day").
    StaleUnchecked { host: &'a str, for_: &'a str },
    /// The version in use was valid until this day ("27 Nov 2026").
    StaleExpired { until: &'a str },
    /// fleet.ron cannot be used.
    Broken { error: &'a str },
}

/// "Schedule from files.tshwane.gov.za · serial 42 · checked 12 min ago".
pub fn fleet_line(lang: Lang, shown: FleetShown<'_>) -> String {
    match shown {
        FleetShown::InUse {
            host,
            serial,
            checked_ago,
        } => locale::format(
            lang,
            "fleet-in-use",
            &[
                ("host", host.into()),
                (
                    "serial",
                    serial.map_or("none".to_owned(), |n| n.to_string()).into(),
                ),
                ("ago", checked_ago.unwrap_or("none").into()),
            ],
        ),
        FleetShown::NotYet { host } => {
            locale::format(lang, "fleet-not-yet", &[("host", host.into())])
        }
        FleetShown::StaleUnchecked { host, for_ } => locale::format(
            lang,
            "fleet-stale-unchecked",
            &[("host", host.into()), ("for", for_.into())],
        ),
        FleetShown::StaleExpired { until } => {
            locale::format(lang, "fleet-stale-expired", &[("until", until.into())])
        }
        FleetShown::Broken { error } => {
            locale::format(lang, "fleet-broken", &[("error", error.into())])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fixed_string_exists_in_every_built_in_language() {
        let english = fixed_words(Lang::EN);
        for (code, _) in locale::BUILT_IN {
            let lang = Lang::from_code(code).unwrap();
            for ((key, text), (_, en)) in fixed_words(lang).iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{code}: {key} is empty");
                if lang != Lang::EN && !SAME_IN_ENGLISH.contains(key) {
                    assert_ne!(text, en, "{code}: {key} is not translated");
                }
            }
        }
    }

    /// Words that are the same in English and some translation.
    const SAME_IN_ENGLISH: &[&str] = &["cancel", "wrong_pin", "help"];

    #[test]
    fn parameterised_texts_in_both_languages() {
        let file = "schedule.ron";
        assert_eq!(
            file_notice(
                Lang::EN,
                file,
                FileState::Problems(2),
                InUse::Loaded("16:42")
            ),
            "schedule.ron has 2 problems; still using the version loaded at 16:42"
        );
        assert_eq!(
            file_notice(
                Lang::AF,
                file,
                FileState::Problems(1),
                InUse::Loaded("16:42")
            ),
            "schedule.ron het 1 probleem; gebruik steeds die weergawe gelaai om 16:42"
        );
        assert_eq!(
            file_notice(
                Lang::EN,
                file,
                FileState::NoFile("/home/a/.config/loket"),
                InUse::LastGoodCopy
            ),
            "No schedule file was found; using the last good copy of it. To change it, save a schedule.ron in /home/a/.config/loket"
        );
        assert_eq!(
            id_and_passcode(Lang::AF, "956 6483 4215", "Outreach1"),
            "Vergadering-ID: 956 6483 4215 · Wagwoord: Outreach1"
        );
    }

    #[test]
    fn dates_read_naturally() {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
        assert_eq!(short_date(Lang::EN, date), "Tue 9 Dec");
        assert_eq!(short_date(Lang::AF, date), "Di 9 Des");
    }
}
