//! A status in words, the way the banner and `loket status` say it.

use chrono::{DateTime, TimeDelta, Timelike};
use chrono_tz::Tz;
use fluent_bundle::FluentValue;

use crate::calendar::{ClosedReason, Status};
use crate::i18n::{self, strings};
use crate::locale;
use crate::schedule::Schedule;
use crate::text::Lang;

/// How a status should look: the window maps it to a colour and an icon, never colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Open,
    ClosingSoon,
    Closed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub tone: Tone,
    pub text: String,
}

pub fn tone(status: &Status) -> Tone {
    match status {
        Status::Open {
            closing_soon: false,
            ..
        } => Tone::Open,
        Status::Open {
            closing_soon: true, ..
        } => Tone::ClosingSoon,
        Status::Closed { .. } => Tone::Closed,
    }
}

/// "1 h 28 min", "2 days", "45 min". Rounded down, days only from 24 hours on. The
/// spaces are no-break spaces: a duration never breaks across lines.
pub fn duration(lang: Lang, span: TimeDelta) -> String {
    spoken_duration(lang, span).replace(' ', "\u{a0}")
}

fn spoken_duration(lang: Lang, span: TimeDelta) -> String {
    match span_args(span) {
        Some(args) => locale::format(lang, "duration", &args),
        None => strings(lang).under_a_minute.to_owned(),
    }
}

/// A span as whole days, hours and minutes for the duration messages; `None` under a
/// minute. Days only from 24 hours on; then hours and minutes are left out.
pub fn span_args(span: TimeDelta) -> Option<[(&'static str, FluentValue<'static>); 3]> {
    let minutes = span.num_minutes();
    if minutes < 1 {
        return None;
    }
    Some([
        ("days", (minutes / (24 * 60)).into()),
        ("hours", (minutes / 60).into()),
        ("minutes", (minutes % 60).into()),
    ])
}

pub fn clock(time: &DateTime<Tz>) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Which day a moment falls on, seen from `now`, as the `when` messages select it: today,
/// tomorrow, week (within six days), date (within half a year), far.
pub fn day_kind(time: &DateTime<Tz>, now: &DateTime<Tz>) -> &'static str {
    match (time.date_naive() - now.date_naive()).num_days() {
        0 => "today",
        1 => "tomorrow",
        2..=6 => "week",
        7..=FAR_DAYS => "date",
        _ => "far",
    }
}

/// "16:00" today, "tomorrow 08:00", "Mon 16:00" within a week, "Mon 5 Jan 16:00" beyond,
/// and with the year ("Thu 5 Feb 2027 13:00") when it is more than about six months away.
pub fn when(lang: Lang, time: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let [weekday, day, month, year] = i18n::date_args(time.date_naive());
    locale::format(
        lang,
        "when",
        &[
            ("day-kind", day_kind(time, now).into()),
            ("time", clock(time).into()),
            weekday,
            day,
            month,
            year,
        ],
    )
}

/// Beyond this many days a date carries its year, so "Thu 5 Feb" is never read as this
/// February when it means next year's.
const FAR_DAYS: i64 = 183;

/// "Sat 13 Dec 2025".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    locale::format(lang, "long-date", &i18n::date_args(date))
}

/// Why a closed status is closed, as `closed-why` selects it, with the holiday's or
/// closure's name.
fn why_closed(lang: Lang, reason: &ClosedReason) -> [(&'static str, FluentValue<'static>); 2] {
    let code = match reason {
        ClosedReason::BeforeProgramme => "before",
        ClosedReason::OutsideHours => "hours",
        ClosedReason::ProgrammeEnded => "ended",
        ClosedReason::PublicHoliday(_) | ClosedReason::Closure(_) => "day",
    };
    [
        ("reason", code.into()),
        ("detail", reason.detail(lang).unwrap_or_default().into()),
    ]
}

/// The banner's sentence for a status at `now`.
pub fn headline(lang: Lang, schedule: &Schedule, status: &Status, now: &DateTime<Tz>) -> Headline {
    let s = strings(lang);
    // Count from the minute the clock shows, so 16:55 → 19:00 reads "2 h 5 min".
    let now = &shown_minute(now);
    let text = match status {
        Status::Open {
            closes_at: None, ..
        } => s.open_now.to_owned(),
        Status::Open {
            closes_at: Some(closes_at),
            closing_soon,
        } => locale::format(
            lang,
            if *closing_soon {
                "banner-closing-soon"
            } else {
                "banner-open"
            },
            &[
                ("time", clock(closes_at).into()),
                ("left", duration(lang, *closes_at - *now).into()),
            ],
        ),
        Status::Closed {
            reason: ClosedReason::ProgrammeEnded,
            ..
        } => match schedule.programme.end {
            Some(end) => i18n::programme_ended(lang, &long_date(lang, end)),
            None => s.closed.to_owned(),
        },
        Status::Closed {
            reason,
            opens_at,
            no_more_sessions,
        } => {
            let [why, detail] = why_closed(lang, reason);
            let next = match (opens_at, schedule.programme.end) {
                (Some(at), _) => [
                    ("next", "opens".into()),
                    ("when", when(lang, at, now).into()),
                    ("left", duration(lang, *at - *now).into()),
                    ("date", "".into()),
                ],
                (None, Some(end)) if *no_more_sessions => [
                    ("next", "ends".into()),
                    ("when", "".into()),
                    ("left", "".into()),
                    ("date", long_date(lang, end).into()),
                ],
                (None, _) => [
                    ("next", "none".into()),
                    ("when", "".into()),
                    ("left", "".into()),
                    ("date", "".into()),
                ],
            };
            let [a, b, c, d] = next;
            locale::format(lang, "banner-closed", &[why, detail, a, b, c, d])
        }
    };
    Headline {
        tone: tone(status),
        text,
    }
}

/// The short text on a tile's chip: "Open until 19:00", "Closed · opens Mon 16:00",
/// "Closed today: Day of Reconciliation", "Not started yet · opens Mon 16:00".
pub fn chip(lang: Lang, status: &Status, now: &DateTime<Tz>) -> String {
    let s = strings(lang);
    match status {
        Status::Open {
            closes_at: None, ..
        } => s.open_now.to_owned(),
        Status::Open {
            closes_at: Some(closes_at),
            closing_soon,
        } => locale::format(
            lang,
            if *closing_soon {
                "chip-closing-soon"
            } else {
                "chip-open"
            },
            &[("time", clock(closes_at).into())],
        ),
        // The same words as the banner for the same state, only shorter.
        Status::Closed {
            reason, opens_at, ..
        } => {
            let [why, detail] = why_closed(lang, reason);
            let plain = matches!(
                reason,
                ClosedReason::BeforeProgramme | ClosedReason::OutsideHours
            );
            match opens_at {
                Some(at) if plain => locale::format(
                    lang,
                    "chip-closed-opens",
                    &[why, detail, ("when", when(lang, at, now).into())],
                ),
                _ => locale::format(lang, "closed-why", &[why, detail]),
            }
        }
    }
}

/// `now` without its seconds: the minute a clock shows.
fn shown_minute(now: &DateTime<Tz>) -> DateTime<Tz> {
    now.with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(*now)
}

/// "Tue 9 Dec, 17:32": the banner's clock.
pub fn day_and_time(lang: Lang, now: &DateTime<Tz>) -> String {
    date_and_clock(lang, "day-and-time", now)
}

/// "Tue 9 Dec 2025, 17:32": `loket status`'s clock.
pub fn long_day_and_time(lang: Lang, now: &DateTime<Tz>) -> String {
    date_and_clock(lang, "long-day-and-time", now)
}

fn date_and_clock(lang: Lang, id: &str, now: &DateTime<Tz>) -> String {
    let [weekday, day, month, year] = i18n::date_args(now.date_naive());
    locale::format(
        lang,
        id,
        &[("time", clock(now).into()), weekday, day, month, year],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_speech() {
        let m = TimeDelta::minutes;
        assert_eq!(duration(Lang::EN, m(88)), "1\u{a0}h\u{a0}28\u{a0}min");
        assert_eq!(spoken_duration(Lang::EN, m(45)), "45 min");
        assert_eq!(spoken_duration(Lang::EN, m(120)), "2 h");
        assert_eq!(
            spoken_duration(Lang::EN, TimeDelta::seconds(30)),
            "under a minute"
        );
        assert_eq!(spoken_duration(Lang::EN, m(24 * 60 + 5)), "1 day");
        assert_eq!(spoken_duration(Lang::EN, m(51 * 60)), "2 days");
        assert_eq!(spoken_duration(Lang::AF, m(51 * 60)), "2 dae");
        assert_eq!(
            spoken_duration(Lang::AF, TimeDelta::seconds(-5)),
            "minder as 'n minuut"
        );
    }

    #[test]
    fn far_dates_carry_their_year() {
        let tz = chrono_tz::Africa::Johannesburg;
        let now = DateTime::parse_from_rfc3339("2026-07-01T10:00:00+02:00")
            .unwrap()
            .with_timezone(&tz);
        let later = |text: &str| {
            DateTime::parse_from_rfc3339(text)
                .unwrap()
                .with_timezone(&tz)
        };
        assert_eq!(
            when(Lang::EN, &later("2026-07-20T16:00:00+02:00"), &now),
            "Mon 20 Jul 16:00"
        );
        assert_eq!(
            when(Lang::EN, &later("2027-02-04T13:00:00+02:00"), &now),
            "Thu 4 Feb 2027 13:00"
        );
        assert_eq!(
            when(Lang::AF, &later("2027-02-04T13:00:00+02:00"), &now),
            "Do 4 Feb 2027 om 13:00"
        );
    }

    #[test]
    fn tiles_use_the_banners_words_for_the_same_state() {
        let schedule = crate::live::bundled();
        let tz = chrono_tz::Africa::Johannesburg;
        let now = DateTime::parse_from_rfc3339("2025-12-01T10:00:00+02:00")
            .unwrap()
            .with_timezone(&tz);
        let opens = now + TimeDelta::hours(6);
        let before = Status::Closed {
            reason: ClosedReason::BeforeProgramme,
            opens_at: Some(opens),
            no_more_sessions: false,
        };
        let holiday = Status::Closed {
            reason: ClosedReason::Closure(std::sync::Arc::new(crate::text::Localized::new(
                [("en".to_owned(), "Staff training".to_owned())].into(),
            ))),
            opens_at: Some(opens),
            no_more_sessions: false,
        };
        for (status, words) in [
            (&before, "Not started yet"),
            (&holiday, "Closed today: Staff training"),
        ] {
            let banner = headline(Lang::EN, &schedule, status, &now).text;
            let tile = chip(Lang::EN, status, &now);
            assert!(banner.starts_with(words), "{banner}");
            assert!(tile.starts_with(words), "{tile}");
        }
    }
}
