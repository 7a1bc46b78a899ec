//! What is said aloud, built for the ear rather than copied from the screen: espeak-ng
//! reads "19:00" as "nineteen zero zero", "2 h" as "two aitch" and Afrikaans "3 min" as
//! "drie minus". Times are said as people say them ("seven p m", "sewe-uur saans"), units
//! in full ("2 hours 5 minutes", "2 uur 5 minute") and dates with the day and month
//! named ("Saturday 13 December 2025").

use chrono::{DateTime, TimeDelta, Timelike};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

use crate::calendar::{ClosedReason, Status};
use crate::schedule::Schedule;
use crate::text::Lang;
use crate::{describe, i18n, locale};

/// The variables the `spoken-time` message selects on: the hour (0–23 and 1–12), the
/// minute, a m or p m, the part of the day, and whether the minute has one digit.
fn time_args(at: &DateTime<Tz>) -> [(&'static str, FluentValue<'static>); 6] {
    let (hour, minute) = (at.hour(), at.minute());
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    let part = match hour {
        0..=11 => "morning",
        12..=17 => "afternoon",
        _ => "evening",
    };
    [
        ("hour", i64::from(hour).into()),
        ("hour12", i64::from(hour12).into()),
        ("minute", i64::from(minute).into()),
        ("half", if hour < 12 { "am" } else { "pm" }.into()),
        ("part", part.into()),
        (
            "minute-digits",
            if minute < 10 { "one" } else { "two" }.into(),
        ),
    ]
}

/// "seven p m", "four thirty p m", "eight oh five a m"; "sewe-uur saans", "vieruur
/// smiddags", "16 uur 30".
pub fn time(lang: Lang, at: &DateTime<Tz>) -> String {
    locale::format(lang, "spoken-time", &time_args(at))
}

/// "1 hour 28 minutes", "5 minutes", "2 days"; "1 uur 28 minute", "2 dae".
pub fn duration(lang: Lang, span: TimeDelta) -> String {
    match describe::span_args(span) {
        Some(args) => locale::format(lang, "spoken-duration", &args),
        None => locale::text(lang, "spoken-under-a-minute"),
    }
}

/// "Saturday 13 December 2025" / "Saterdag 13 Desember 2025".
pub fn date(lang: Lang, day: chrono::NaiveDate) -> String {
    locale::format(lang, "spoken-date", &i18n::date_args(day))
}

/// "capital O, u, t, …": every character on its own, capitals and signs by name.
pub fn spelled(lang: Lang, text: &str) -> String {
    text.chars()
        .map(|c| character(lang, c))
        .collect::<Vec<_>>()
        .join(", ")
}

fn character(lang: Lang, c: char) -> String {
    let sign = |name: &str| locale::format(lang, "spoken-sign", &[("sign", name.into())]);
    match c {
        c if c.is_uppercase() => {
            locale::format(lang, "spoken-capital", &[("letter", c.to_string().into())])
        }
        ' ' => sign("space"),
        '-' => sign("dash"),
        '_' => sign("underscore"),
        '.' => sign("dot"),
        '@' => sign("at"),
        '#' => sign("hash"),
        '!' => sign("exclamation"),
        '*' => sign("star"),
        c => c.to_string(),
    }
}

/// "today at four p m", "tomorrow at eight a m", "Monday at four p m", "Monday 5 January
/// 2026 at four p m".
fn when(lang: Lang, at: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let [weekday, day, month, year] = i18n::date_args(at.date_naive());
    let [hour, hour12, minute, half, part, digits] = time_args(at);
    locale::format(
        lang,
        "spoken-when",
        &[
            ("day-kind", describe::day_kind(at, now).into()),
            weekday,
            day,
            month,
            year,
            hour,
            hour12,
            minute,
            half,
            part,
            digits,
        ],
    )
}

/// The banner's state in sentences for the ear: "Open now. It closes at seven p m, in
/// 1 hour 28 minutes."
pub fn headline(lang: Lang, schedule: &Schedule, status: &Status, now: &DateTime<Tz>) -> String {
    let now = &now.with_second(0).unwrap_or(*now);
    match status {
        Status::Open {
            closes_at: None, ..
        } => locale::text(lang, "spoken-open-now"),
        Status::Open {
            closes_at: Some(at),
            closing_soon,
        } => locale::format(
            lang,
            if *closing_soon {
                "spoken-closing-soon"
            } else {
                "spoken-open"
            },
            &[
                ("time", time(lang, at).into()),
                ("left", duration(lang, *at - *now).into()),
            ],
        ),
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            ..
        } => match schedule.programme.end {
            Some(end) => locale::format(lang, "spoken-ended", &[("date", date(lang, end).into())]),
            None => locale::format(lang, "spoken-closed-why", &[("reason", "hours".into())]),
        },
        Status::Closed {
            reason,
            opens_at,
            no_more_sessions,
        } => {
            let why = match reason {
                ClosedReason::BeforeProgramme => "before",
                ClosedReason::OutsideHours => "hours",
                _ => "day",
            };
            let (next, when_text, left, end) = match (opens_at, schedule.programme.end) {
                (Some(at), _) => (
                    "opens",
                    when(lang, at, now),
                    duration(lang, *at - *now),
                    String::new(),
                ),
                (None, Some(end)) if *no_more_sessions => {
                    ("ends", String::new(), String::new(), date(lang, end))
                }
                (None, _) => ("none", String::new(), String::new(), String::new()),
            };
            locale::format(
                lang,
                "spoken-closed",
                &[
                    ("reason", why.into()),
                    ("detail", reason.detail(lang).unwrap_or_default().into()),
                    ("next", next.into()),
                    ("when", when_text.into()),
                    ("left", left.into()),
                    ("date", end.into()),
                ],
            )
        }
    }
}

/// Home: the banner, then each category with its number, as its key chooses it: "1,
/// General enquiries. 2, Repayment arrangements."
pub fn home(lang: Lang, headline: &str, categories: &[&str]) -> String {
    let listed: Vec<String> = categories
        .iter()
        .enumerate()
        .map(|(index, name)| {
            locale::format(
                lang,
                "spoken-category",
                &[("number", (index + 1).into()), ("name", (*name).into())],
            )
        })
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
            time(Lang::EN, &at("2025-12-09T19:00:00+02:00")),
            "seven p m"
        );
        assert_eq!(
            time(Lang::EN, &at("2025-12-09T16:30:00+02:00")),
            "four 30 p m"
        );
        assert_eq!(
            time(Lang::EN, &at("2025-12-13T08:05:00+02:00")),
            "eight oh 5 a m"
        );
        assert_eq!(
            time(Lang::EN, &at("2025-12-13T12:00:00+02:00")),
            "twelve noon"
        );
        assert_eq!(
            time(Lang::AF, &at("2025-12-09T19:00:00+02:00")),
            "sewe-uur saans"
        );
        assert_eq!(
            time(Lang::AF, &at("2025-12-13T08:00:00+02:00")),
            "agt-uur soggens"
        );
        assert_eq!(
            time(Lang::AF, &at("2025-12-09T16:30:00+02:00")),
            "16 uur 30"
        );
    }

    #[test]
    fn units_are_spelled_out() {
        let m = TimeDelta::minutes;
        assert_eq!(duration(Lang::EN, m(125)), "2 hours 5 minutes");
        assert_eq!(duration(Lang::EN, m(61)), "1 hour 1 minute");
        assert_eq!(duration(Lang::AF, m(125)), "2 uur 5 minute");
        assert_eq!(duration(Lang::AF, m(3)), "3 minute");
        assert_eq!(duration(Lang::AF, m(1)), "1 minuut");
        assert_eq!(duration(Lang::EN, m(51 * 60)), "2 days");
        assert_eq!(duration(Lang::AF, m(24 * 60)), "1 dag");
    }

    #[test]
    fn dates_name_the_day_and_the_month() {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 12, 13).unwrap();
        assert_eq!(date(Lang::EN, day), "Saturday 13 December 2025");
        assert_eq!(date(Lang::AF, day), "Saterdag 13 Desember 2025");
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
            headline(Lang::EN, &schedule, &open, &now),
            "Open now. It closes at seven p m, in 1 hour 28 minutes."
        );
        assert_eq!(
            headline(Lang::AF, &schedule, &open, &now),
            "Nou oop. Dit maak toe om sewe-uur saans, oor 1 uur 28 minute."
        );
        let closed = Status::Closed {
            reason: ClosedReason::OutsideHours,
            opens_at: Some(at("2025-12-08T16:00:00+02:00")),
            no_more_sessions: false,
        };
        let saturday = at("2025-12-06T13:30:00+02:00");
        assert_eq!(
            headline(Lang::EN, &schedule, &closed, &saturday),
            "Closed. It opens Monday at four p m, in 2 days."
        );
        assert_eq!(
            headline(Lang::AF, &schedule, &closed, &saturday),
            "Gesluit. Dit gaan Maandag om vier-uur smiddags oop, oor 2 dae."
        );
        assert_eq!(
            home(
                Lang::EN,
                "Open now.",
                &["General enquiries", "Property rates"]
            ),
            "Open now. 1, General enquiries. 2, Property rates."
        );
    }
}
