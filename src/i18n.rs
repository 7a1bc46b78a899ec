//! Loket's own words in English and Afrikaans.
//!
//! An exhaustive table rather than Fluent files: the interface has a few dozen short strings
//! and two languages, and here a string missing a language is a compile error (the macro
//! takes both or nothing), not a runtime fallback nobody notices. The tests check that no
//! text is empty and that Afrikaans is not a pasted copy of English.

use chrono::{Datelike, Month, Weekday};

use crate::text::Lang;

macro_rules! strings {
    ($($key:ident: $en:expr, $af:expr;)*) => {
        /// Every fixed string of the interface, one field per string.
        pub struct Strings { $(pub $key: &'static str,)* }

        const EN: Strings = Strings { $($key: $en,)* };
        const AF: Strings = Strings { $($key: $af,)* };

        /// (key, English, Afrikaans) for every string, for the completeness tests.
        pub const ALL: &[(&str, &str, &str)] = &[$((stringify!($key), $en, $af),)*];
    };
}

strings! {
    open_now: "Open now", "Nou oop";
    closing_soon: "Closing soon", "Maak binnekort toe";
    closed: "Closed", "Gesluit";
    closed_today: "Closed today", "Vandag gesluit";
    not_started: "Not started yet", "Nog nie begin nie";
    programme_over: "Programme ended", "Program het geëindig";
    join_now: "join now", "sluit nou aan";
    in_: "in", "oor";
    today: "today", "vandag";
    tomorrow: "tomorrow", "môre";
    no_opening: "no sessions in the coming months", "geen sessies in die komende maande nie";
    no_more_sessions: "no more sessions in this programme; it ends", "geen verdere sessies in hierdie program nie; dit eindig op";
    programme_starts: "The programme starts on", "Die program begin op";
    hours_short: "h", "u";
    minutes_short: "min", "min";
    day: "day", "dag";
    days: "days", "dae";
    under_a_minute: "under a minute", "minder as 'n minuut";
    choose_category: "Choose what your question is about", "Kies waaroor jou vraag gaan";
    meeting_id: "Meeting ID", "Vergadering-ID";
    passcode: "Passcode", "Wagwoord";
    host: "Host", "Gasheer";
    suggested: "suggested", "voorgestel";
    open_in_zoom: "Open in Zoom", "Maak oop in Zoom";
    open_in_browser: "Open in browser", "Maak oop in blaaier";
    copy_id: "Copy meeting ID", "Kopieer vergadering-ID";
    copy_passcode: "Copy passcode", "Kopieer wagwoord";
    copy_both: "Copy both", "Kopieer albei";
    copied: "Copied", "Gekopieer";
    back: "Back", "Terug";
    scan_to_join: "Scan with your phone's camera to join", "Skandeer met jou foon se kamera om aan te sluit";
    then_passcode: "Then type the passcode", "Tik dan die wagwoord in";
    have_ready: "Have ready", "Hou gereed";
    help: "Help with joining", "Hulp om aan te sluit";
    hosts_offline: "The hosts are offline now.", "Die gashere is nou nie aanlyn nie.";
    ended_next_step: "Ask at the counter about the next sessions.", "Vra by die toonbank oor die volgende sessies.";
    zoom_failed: "Zoom could not be opened here. Use “Open in browser” or the QR code.", "Zoom kon nie hier oopgemaak word nie. Gebruik “Maak oop in blaaier” of die QR-kode.";
    zoom_failed_kiosk: "Zoom cannot start on this screen. Scan the code with your phone to join, or ask a staff member for help.", "Zoom kan nie op hierdie skerm begin nie. Skandeer die kode met jou foon om aan te sluit, of vra 'n personeellid om hulp.";
    browser_failed: "No web browser could be opened on this computer.", "Geen webblaaier kon op hierdie rekenaar oopgemaak word nie.";
    opening_zoom: "Opening Zoom…", "Zoom word oopgemaak…";
    theme: "Theme", "Tema";
    theme_light: "Light", "Lig";
    theme_dark: "Dark", "Donker";
    theme_contrast: "High contrast", "Hoë kontras";
    open_until: "Open until", "Oop tot";
    until: "until", "tot";
    email_failed: "No e-mail program could be opened on this computer.", "Geen e-posprogram kon op hierdie rekenaar oopgemaak word nie.";
    phone: "Phone", "Telefoon";
    read_aloud: "Read aloud", "Lees hardop";
    reading_aloud: "Reading aloud…", "Lees hardop…";
    stop_reading: "Stop reading", "Hou op lees";
    speech_missing: "Reading aloud needs the espeak-ng program, which is not on this computer.", "Hardop lees het die espeak-ng-program nodig, wat nie op hierdie rekenaar is nie.";
    more_time: "I need more time", "Ek het meer tyd nodig";
    leave_kiosk: "Leave kiosk mode", "Verlaat kioskmodus";
    text_size: "Text size", "Teksgrootte";
    show_problems: "Show problems", "Wys probleme";
    more: "More", "Meer";
    less: "Less", "Minder";
    hide_problems: "Hide problems", "Versteek probleme";
    kiosk_exit_pin: "Enter the PIN to leave kiosk mode", "Tik die PIN in om kioskmodus te verlaat";
    wrong_pin: "Wrong PIN", "Verkeerde PIN";
    cancel: "Cancel", "Kanselleer";
}

/// Strings that are the same word in both languages.
#[cfg(test)]
const SAME_IN_BOTH: &[&str] = &["minutes_short"];

/// (key, text) for every fixed string in `lang`, in the table's order.
pub fn fixed_words(lang: Lang) -> Vec<(&'static str, &'static str)> {
    ALL.iter()
        .map(|(key, en, af)| (*key, if lang == Lang::En { *en } else { *af }))
        .collect()
}

pub fn strings(lang: Lang) -> &'static Strings {
    match lang {
        Lang::En => &EN,
        Lang::Af => &AF,
    }
}

pub fn weekday_short(lang: Lang, day: Weekday) -> &'static str {
    use Weekday::*;
    match (lang, day) {
        (Lang::En, Mon) => "Mon",
        (Lang::En, Tue) => "Tue",
        (Lang::En, Wed) => "Wed",
        (Lang::En, Thu) => "Thu",
        (Lang::En, Fri) => "Fri",
        (Lang::En, Sat) => "Sat",
        (Lang::En, Sun) => "Sun",
        (Lang::Af, Mon) => "Ma",
        (Lang::Af, Tue) => "Di",
        (Lang::Af, Wed) => "Wo",
        (Lang::Af, Thu) => "Do",
        (Lang::Af, Fri) => "Vr",
        (Lang::Af, Sat) => "Sa",
        (Lang::Af, Sun) => "So",
    }
}

pub fn month_short(lang: Lang, month: Month) -> &'static str {
    use Month::*;
    match (lang, month) {
        (_, January) => "Jan",
        (_, February) => "Feb",
        (Lang::En, March) => "Mar",
        (Lang::Af, March) => "Mrt",
        (_, April) => "Apr",
        (Lang::En, May) => "May",
        (Lang::Af, May) => "Mei",
        (_, June) => "Jun",
        (_, July) => "Jul",
        (_, August) => "Aug",
        (_, September) => "Sep",
        (Lang::En, October) => "Oct",
        (Lang::Af, October) => "Okt",
        (_, November) => "Nov",
        (Lang::En, December) => "Dec",
        (Lang::Af, December) => "Des",
    }
}

/// "Tue 9 Dec", "Di 9 Des".
pub fn short_date(lang: Lang, date: impl Datelike) -> String {
    let month = Month::try_from(date.month() as u8).expect("months are 1 to 12");
    format!(
        "{} {} {}",
        weekday_short(lang, date.weekday()),
        date.day(),
        month_short(lang, month)
    )
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
    let plural = |count: usize| count != 1;
    let (wrong, using, save) = match lang {
        Lang::En => (
            match state {
                FileState::Problems(n) => {
                    format!("{file} has {n} problem{}", if plural(n) { "s" } else { "" })
                }
                FileState::Unreadable => format!("{file} cannot be read or is missing"),
                FileState::Unverified => {
                    "The fleet's verified copy failed its signature check on this machine (changed here, or signed with a key no longer trusted)".to_owned()
                }
                FileState::NoFile(_) => "No schedule file was found".to_owned(),
            },
            match in_use {
                InUse::Loaded(at) => format!("still using the version loaded at {at}"),
                InUse::LastGoodCopy => "using the last good copy of it".to_owned(),
                InUse::BuiltIn => "using the built-in schedule".to_owned(),
            },
            "To change it, save a schedule.ron in",
        ),
        Lang::Af => (
            match state {
                FileState::Problems(n) => format!(
                    "{file} het {n} {}",
                    if plural(n) { "probleme" } else { "probleem" }
                ),
                FileState::Unreadable => format!("{file} kan nie gelees word nie of ontbreek"),
                FileState::Unverified => {
                    "Die vloot se geverifieerde kopie het nie sy handtekeningtoets op hierdie masjien geslaag nie (hier verander, of met 'n sleutel geteken wat nie meer vertrou word nie)".to_owned()
                }
                FileState::NoFile(_) => "Geen skedulelêer is gevind nie".to_owned(),
            },
            match in_use {
                InUse::Loaded(at) => format!("gebruik steeds die weergawe gelaai om {at}"),
                InUse::LastGoodCopy => "gebruik die laaste goeie kopie daarvan".to_owned(),
                InUse::BuiltIn => "gebruik die ingeboude skedule".to_owned(),
            },
            "Om dit te verander, stoor 'n schedule.ron in",
        ),
    };
    match state {
        FileState::NoFile(folder) => format!("{wrong}; {using}. {save} {folder}"),
        _ => format!("{wrong}; {using}"),
    }
}

/// "opens Mon 16:00" / "gaan Ma om 16:00 oop".
pub fn opens(lang: Lang, when: &str) -> String {
    match lang {
        Lang::En => format!("opens {when}"),
        Lang::Af => format!("gaan {when} oop"),
    }
}

/// "closes 19:00" / "maak om 19:00 toe": Afrikaans keeps "sluit" for joining ("sluit nou
/// aan") only.
pub fn closes(lang: Lang, time: &str) -> String {
    match lang {
        Lang::En => format!("closes {time}"),
        Lang::Af => format!("maak om {time} toe"),
    }
}

/// "Are you still there? The screen starts over in 12 seconds."
pub fn idle_warning(lang: Lang, seconds: u64) -> String {
    match (lang, seconds) {
        (Lang::En, 1) => "Are you still there? The screen starts over in 1 second.".to_owned(),
        (Lang::En, n) => format!("Are you still there? The screen starts over in {n} seconds."),
        (Lang::Af, 1) => "Is jy nog hier? Die skerm begin weer oor 1 sekonde.".to_owned(),
        (Lang::Af, n) => format!("Is jy nog hier? Die skerm begin weer oor {n} sekondes."),
    }
}

/// "Wrong PIN. Try again in 4 seconds."
pub fn wrong_pin_wait(lang: Lang, seconds: i64) -> String {
    match (lang, seconds) {
        (Lang::En, 1) => "Wrong PIN. Try again in 1 second.".to_owned(),
        (Lang::En, n) => format!("Wrong PIN. Try again in {n} seconds."),
        (Lang::Af, 1) => "Verkeerde PIN. Probeer weer oor 1 sekonde.".to_owned(),
        (Lang::Af, n) => format!("Verkeerde PIN. Probeer weer oor {n} sekondes."),
    }
}

/// "Keys: 1–7 choose · Enter joins · C copies · Esc back", with the real range of
/// category keys (none past 9).
pub fn keys_hint(lang: Lang, categories: usize) -> String {
    let range = match categories.min(9) {
        0 => String::new(),
        1 => "1".to_owned(),
        n => format!("1–{n}"),
    };
    match lang {
        Lang::En => format!("Keys: {range} choose · Enter joins · C copies · Esc back"),
        Lang::Af => format!("Sneltoetse: {range} kies · Enter sluit aan · C kopieer · Esc terug"),
    }
}

/// "They return tomorrow 16:00." / "Hulle is môre om 16:00 terug."
pub fn they_return(lang: Lang, when: &str) -> String {
    match lang {
        Lang::En => format!("They return {when}."),
        Lang::Af => format!("Hulle is {when} terug."),
    }
}

/// "The hosts return tomorrow 16:00.": the same, where it stands alone.
pub fn hosts_return(lang: Lang, when: &str) -> String {
    match lang {
        Lang::En => format!("The hosts return {when}."),
        Lang::Af => format!("Die gashere is {when} terug."),
    }
}

/// "This programme ended on Sat 13 Dec 2025" / "Hierdie program het op Sa 13 Des 2025
/// geëindig".
pub fn programme_ended(lang: Lang, date: &str) -> String {
    match lang {
        Lang::En => format!("This programme ended on {date}"),
        Lang::Af => format!("Hierdie program het op {date} geëindig"),
    }
}

/// "Meeting ID: 956 6483 4215 · Passcode: Outreach1": what "Copy both" puts on the clipboard.
pub fn id_and_passcode(lang: Lang, id: &str, passcode: &str) -> String {
    let s = strings(lang);
    format!("{}: {id} · {}: {passcode}", s.meeting_id, s.passcode)
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
    let serial = |serial: Option<u64>| match (lang, serial) {
        (Lang::En, Some(n)) => format!(" · serial {n}"),
        (Lang::Af, Some(n)) => format!(" · reeksnommer {n}"),
        (_, None) => String::new(),
    };
    match (lang, shown) {
        (
            Lang::En,
            FleetShown::InUse {
                host,
                serial: n,
                checked_ago,
            },
        ) => match checked_ago {
            Some(ago) => format!("Schedule from {host}{} · checked {ago} ago", serial(n)),
            None => format!("Schedule from {host}{} · not checked yet", serial(n)),
        },
        (
            Lang::Af,
            FleetShown::InUse {
                host,
                serial: n,
                checked_ago,
            },
        ) => match checked_ago {
            Some(ago) => format!("Skedule van {host}{} · {ago} gelede nagegaan", serial(n)),
            None => format!("Skedule van {host}{} · nog nie nagegaan nie", serial(n)),
        },
        (Lang::En, FleetShown::NotYet { host }) => {
            format!("Schedule from {host}: nothing received yet; using this machine's own schedule")
        }
        (Lang::Af, FleetShown::NotYet { host }) => format!(
            "Skedule van {host}: nog niks ontvang nie; gebruik hierdie rekenaar se eie skedule"
        ),
        (Lang::En, FleetShown::StaleUnchecked { host, for_ }) => {
            format!("The schedule may be out of date: no successful check with {host} for {for_}")
        }
        (Lang::Af, FleetShown::StaleUnchecked { host, for_ }) => format!(
            "Die skedule is dalk verouderd: geen suksesvolle kontrole by {host} vir {for_} nie"
        ),
        (Lang::En, FleetShown::StaleExpired { until }) => {
            format!("The schedule may be out of date: it was valid until {until}")
        }
        (Lang::Af, FleetShown::StaleExpired { until }) => {
            format!("Die skedule is dalk verouderd: dit was geldig tot {until}")
        }
        (Lang::En, FleetShown::Broken { error }) => {
            format!("The fleet settings cannot be used: {error}")
        }
        (Lang::Af, FleetShown::Broken { error }) => {
            format!("Die instellings vir die gedeelde skedule kan nie gebruik word nie: {error}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages_and_is_translated() {
        for (key, en, af) in ALL {
            assert!(!en.trim().is_empty(), "{key} has no English");
            assert!(!af.trim().is_empty(), "{key} has no Afrikaans");
            if !SAME_IN_BOTH.contains(key) {
                assert_ne!(en, af, "{key} is not translated");
            }
        }
    }

    #[test]
    fn parameterised_texts_in_both_languages() {
        let file = "schedule.ron";
        assert_eq!(
            file_notice(
                Lang::En,
                file,
                FileState::Problems(2),
                InUse::Loaded("16:42")
            ),
            "schedule.ron has 2 problems; still using the version loaded at 16:42"
        );
        assert_eq!(
            file_notice(
                Lang::Af,
                file,
                FileState::Problems(1),
                InUse::Loaded("16:42")
            ),
            "schedule.ron het 1 probleem; gebruik steeds die weergawe gelaai om 16:42"
        );
        assert_eq!(
            file_notice(
                Lang::En,
                file,
                FileState::NoFile("/home/a/.config/loket"),
                InUse::LastGoodCopy
            ),
            "No schedule file was found; using the last good copy of it. To change it, save a schedule.ron in /home/a/.config/loket"
        );
        assert_eq!(
            file_notice(Lang::En, file, FileState::Problems(3), InUse::BuiltIn),
            "schedule.ron has 3 problems; using the built-in schedule"
        );
        assert_eq!(
            id_and_passcode(Lang::En, "956 6483 4215", "Outreach1"),
            "Meeting ID: 956 6483 4215 · Passcode: Outreach1"
        );
        assert_eq!(
            id_and_passcode(Lang::Af, "956 6483 4215", "Outreach1"),
            "Vergadering-ID: 956 6483 4215 · Wagwoord: Outreach1"
        );
    }

    #[test]
    fn dates_read_naturally() {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 12, 9).unwrap();
        assert_eq!(short_date(Lang::En, date), "Tue 9 Dec");
        assert_eq!(short_date(Lang::Af, date), "Di 9 Des");
    }
}
