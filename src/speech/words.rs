//! What is said aloud, built for the ear rather than copied from the screen: espeak-ng
//! reads "19:00" as "nineteen zero zero", "2 h" as "two aitch" and Afrikaans "3 min" as
//! "drie minus". Times are said as people say them ("seven p m", "sewe-uur saans"), units
//! in full ("2 hours 5 minutes", "2 uur 5 minute") and dates with the day and month
//! named ("Saturday 13 December 2025").

use chrono::{DateTime, Datelike, TimeDelta, Timelike, Weekday};
use chrono_tz::Tz;

use crate::calendar::{ClosedReason, Status};
use crate::schedule::Schedule;
use crate::text::Lang;

const EN_NUMBERS: [&str; 13] = [
    "twelve", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve",
];
const AF_NUMBERS: [&str; 13] = [
    "twaalf", "een", "twee", "drie", "vier", "vyf", "ses", "sewe", "agt", "nege", "tien", "elf",
    "twaalf",
];

/// "seven p m", "four thirty p m", "eight oh five a m"; "sewe-uur saans", "vieruur
/// smiddags", "16 uur 30".
pub fn time(lang: Lang, at: &DateTime<Tz>) -> String {
    let (hour, minute) = (at.hour() as usize, at.minute());
    let twelve = hour % 12;
    match lang {
        Lang::En => {
            let part = if hour < 12 { "a m" } else { "p m" };
            let word = EN_NUMBERS[twelve];
            match minute {
                0 if hour == 12 => "twelve noon".to_owned(),
                0 if hour == 0 => "midnight".to_owned(),
                0 => format!("{word} {part}"),
                1..=9 => format!("{word} oh {minute} {part}"),
                _ => format!("{word} {minute} {part}"),
            }
        }
        Lang::Af => {
            let part = match hour {
                0..=11 => "soggens",
                12..=17 => "smiddags",
                _ => "saans",
            };
            match minute {
                0 => format!("{}-uur {part}", AF_NUMBERS[twelve]),
                _ => format!("{hour} uur {minute}"),
            }
        }
    }
}

/// "1 hour 28 minutes", "5 minutes", "2 days"; "1 uur 28 minute", "2 dae".
pub fn duration(lang: Lang, span: TimeDelta) -> String {
    let minutes = span.num_minutes();
    let unit = |n: i64, one: &'static str, many: &'static str| {
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let (hour, hours, minute, minutes_word, day, days) = match lang {
        Lang::En => ("hour", "hours", "minute", "minutes", "day", "days"),
        Lang::Af => ("uur", "uur", "minuut", "minute", "dag", "dae"),
    };
    if minutes < 1 {
        return match lang {
            Lang::En => "less than a minute".to_owned(),
            Lang::Af => "minder as 'n minuut".to_owned(),
        };
    }
    match (minutes / (24 * 60), minutes / 60, minutes % 60) {
        (d @ 1.., ..) => unit(d, day, days),
        (0, 0, m) => unit(m, minute, minutes_word),
        (0, h, 0) => unit(h, hour, hours),
        (0, h, m) => format!("{} {}", unit(h, hour, hours), unit(m, minute, minutes_word)),
        _ => unreachable!("negative spans are handled above"),
    }
}

/// "Saturday 13 December 2025" / "Saterdag 13 Desember 2025".
pub fn date(lang: Lang, day: chrono::NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday(lang, day.weekday()),
        day.day(),
        month(lang, day.month()),
        day.year()
    )
}

fn weekday(lang: Lang, day: Weekday) -> &'static str {
    const AF: [&str; 7] = [
        "Maandag",
        "Dinsdag",
        "Woensdag",
        "Donderdag",
        "Vrydag",
        "Saterdag",
        "Sondag",
    ];
    let index = day.num_days_from_monday() as usize;
    match lang {
        Lang::En => crate::text::ENGLISH_DAY_NAMES[index],
        Lang::Af => AF[index],
    }
}

fn month(lang: Lang, month: u32) -> &'static str {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const AF: [&str; 12] = [
        "Januarie",
        "Februarie",
        "Maart",
        "April",
        "Mei",
        "Junie",
        "Julie",
        "Augustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ];
    let index = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => EN[index],
        Lang::Af => AF[index],
    }
}

/// "today at four p m", "tomorrow at eight a m", "Monday at four p m", "Monday 5 January
/// 2026 at four p m".
fn when(lang: Lang, at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let days = (at.date_naive() - now.date_naive()).num_days();
    let day = match (lang, days) {
        (Lang::En, 0) => "today".to_owned(),
        (Lang::Af, 0) => "vandag".to_owned(),
        (Lang::En, 1) => "tomorrow".to_owned(),
        (Lang::Af, 1) => "môre".to_owned(),
        (_, 2..=6) => weekday(lang, at.weekday()).to_owned(),
        _ => date(lang, at.date_naive()),
    };
    match lang {
        Lang::En => format!("{day} at {}", time(lang, at)),
        Lang::Af => format!("{day} om {}", time(lang, at)),
    }
}

/// The banner's state in sentences for the ear: "Open now. It closes at seven p m, in
/// 1 hour 28 minutes."
pub fn headline(lang: Lang, schedule: &Schedule, status: &Status, now: &DateTime<Tz>) -> String {
    let now = &now.with_second(0).unwrap_or(*now);
    let en = lang == Lang::En;
    match status {
        Status::Open {
            closes_at: None, ..
        } => if en { "Open now." } else { "Nou oop." }.to_owned(),
        Status::Open {
            closes_at: Some(at),
            closing_soon,
        } => {
            let (state, closes, join) = match (lang, closing_soon) {
                (Lang::En, false) => ("Open now", "It closes at", ""),
                (Lang::En, true) => ("Closing soon", "It closes at", " Join now."),
                (Lang::Af, false) => ("Nou oop", "Dit maak toe om", ""),
                (Lang::Af, true) => ("Maak binnekort toe", "Dit maak toe om", " Sluit nou aan."),
            };
            let within = if en { "in" } else { "oor" };
            format!(
                "{state}. {closes} {}, {within} {}.{join}",
                time(lang, at),
                duration(lang, *at - *now)
            )
        }
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            ..
        } => match (schedule.programme.end, lang) {
            (Some(end), Lang::En) => format!("This programme ended on {}.", date(lang, end)),
            (Some(end), Lang::Af) => {
                format!("Hierdie program het op {} geëindig.", date(lang, end))
            }
            (None, Lang::En) => "Closed.".to_owned(),
            (None, Lang::Af) => "Gesluit.".to_owned(),
        },
        Status::Closed {
            reason,
            opens_at,
            no_more_sessions,
        } => {
            let lead = match (reason, lang) {
                (ClosedReason::BeforeProgramme, Lang::En) => "Not started yet.".to_owned(),
                (ClosedReason::BeforeProgramme, Lang::Af) => "Nog nie begin nie.".to_owned(),
                (ClosedReason::OutsideHours, Lang::En) => "Closed.".to_owned(),
                (ClosedReason::OutsideHours, Lang::Af) => "Gesluit.".to_owned(),
                (other, _) => {
                    let why = other.detail(lang).unwrap_or_default();
                    if en {
                        format!("Closed today: {why}.")
                    } else {
                        format!("Vandag gesluit: {why}.")
                    }
                }
            };
            let then = match (opens_at, schedule.programme.end) {
                (Some(at), _) => {
                    let span = duration(lang, *at - *now);
                    if en {
                        format!("It opens {}, in {span}.", when(lang, at, now))
                    } else {
                        format!("Dit gaan {} oop, oor {span}.", when(lang, at, now))
                    }
                }
                (None, Some(end)) if *no_more_sessions => {
                    if en {
                        format!(
                            "There are no more sessions; the programme ends {}.",
                            date(lang, end)
                        )
                    } else {
                        format!(
                            "Daar is geen verdere sessies nie; die program eindig {}.",
                            date(lang, end)
                        )
                    }
                }
                (None, _) => if en {
                    "There are no sessions in the coming months."
                } else {
                    "Daar is geen sessies in die komende maande nie."
                }
                .to_owned(),
            };
            format!("{lead} {then}")
        }
    }
}

/// Home: the banner, then each category with its number, as its key chooses it: "1,
/// General enquiries. 2, Repayment arrangements."
pub fn home(headline: &str, categories: &[&str]) -> String {
    let listed: Vec<String> = categories
        .iter()
        .enumerate()
        .map(|(index, name)| format!("{}, {name}.", index + 1))
        .collect();
    format!("{headline} {}", listed.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Tz> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&chrono_tz::Africa::Johannesburg)
    }

    #[test]
    fn times_are_said_as_people_say_them() {
        assert_eq!(
            time(Lang::En, &at("2025-12-09T19:00:00+02:00")),
            "seven p m"
        );
        assert_eq!(
            time(Lang::En, &at("2025-12-09T16:30:00+02:00")),
            "four 30 p m"
        );
        assert_eq!(
            time(Lang::En, &at("2025-12-13T08:05:00+02:00")),
            "eight oh 5 a m"
        );
        assert_eq!(
            time(Lang::En, &at("2025-12-13T12:00:00+02:00")),
            "twelve noon"
        );
        assert_eq!(
            time(Lang::Af, &at("2025-12-09T19:00:00+02:00")),
            "sewe-uur saans"
        );
        assert_eq!(
            time(Lang::Af, &at("2025-12-13T08:00:00+02:00")),
            "agt-uur soggens"
        );
        assert_eq!(
            time(Lang::Af, &at("2025-12-09T16:30:00+02:00")),
            "16 uur 30"
        );
    }

    #[test]
    fn units_are_spelled_out() {
        let m = TimeDelta::minutes;
        assert_eq!(duration(Lang::En, m(125)), "2 hours 5 minutes");
        assert_eq!(duration(Lang::En, m(61)), "1 hour 1 minute");
        assert_eq!(duration(Lang::Af, m(125)), "2 uur 5 minute");
        assert_eq!(duration(Lang::Af, m(3)), "3 minute");
        assert_eq!(duration(Lang::Af, m(1)), "1 minuut");
        assert_eq!(duration(Lang::En, m(51 * 60)), "2 days");
        assert_eq!(duration(Lang::Af, m(24 * 60)), "1 dag");
    }

    #[test]
    fn dates_name_the_day_and_the_month() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 12, 13).unwrap();
        assert_eq!(date(Lang::En, day), "Saturday 13 December 2025");
        assert_eq!(date(Lang::Af, day), "Saterdag 13 Desember 2025");
    }

    #[test]
    fn the_banner_for_the_ear() {
        let schedule = crate::live::bundled();
        let now = at("2025-12-09T17:32:00+02:00");
        let open = Status::Open {
            closes_at: Some(at("2025-12-09T19:00:00+02:00")),
            closing_soon: false,
        };
        assert_eq!(
            headline(Lang::En, &schedule, &open, &now),
            "Open now. It closes at seven p m, in 1 hour 28 minutes."
        );
        assert_eq!(
            headline(Lang::Af, &schedule, &open, &now),
            "Nou oop. Dit maak toe om sewe-uur saans, oor 1 uur 28 minute."
        );
        let closed = Status::Closed {
            reason: ClosedReason::OutsideHours,
            opens_at: Some(at("2025-12-08T16:00:00+02:00")),
            no_more_sessions: false,
        };
        let saturday = at("2025-12-06T13:30:00+02:00");
        assert_eq!(
            headline(Lang::En, &schedule, &closed, &saturday),
            "Closed. It opens Monday at four p m, in 2 days."
        );
        assert_eq!(
            headline(Lang::Af, &schedule, &closed, &saturday),
            "Gesluit. Dit gaan Maandag om vier-uur smiddags oop, oor 2 dae."
        );
        assert_eq!(
            home("Open now.", &["General enquiries", "Property rates"]),
            "Open now. 1, General enquiries. 2, Property rates."
        );
    }
}
