//! A status in words, the way the banner and `loket status` say it.

use chrono::{DateTime, Datelike, TimeDelta, Timelike};
use chrono_tz::Tz;

use crate::calendar::{ClosedReason, Status};
use crate::i18n::{self, short_date, strings};
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
    let s = strings(lang);
    let minutes = span.num_minutes();
    if minutes < 1 {
        return s.under_a_minute.to_owned();
    }
    let days = minutes / (24 * 60);
    match (days, minutes / 60, minutes % 60) {
        (1, ..) => format!("1 {}", s.day),
        (2.., ..) => format!("{days} {}", s.days),
        (0, 0, m) => format!("{m} {}", s.minutes_short),
        (0, h, 0) => format!("{h} {}", s.hours_short),
        (0, h, m) => format!("{h} {} {m} {}", s.hours_short, s.minutes_short),
        _ => unreachable!("negative spans are handled above"),
    }
}

pub fn clock(time: &DateTime<Tz>) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// "16:00" today, "tomorrow 08:00", "Mon 16:00" within a week, "Mon 5 Jan 16:00" beyond,
/// and with the year ("Thu 5 Feb 2027 13:00") when it is more than about six months away.
pub fn when(lang: Lang, time: &DateTime<Tz>, now: &DateTime<Tz>) -> String {
    let s = strings(lang);
    let days = (time.date_naive() - now.date_naive()).num_days();
    let day = match days {
        0 => String::new(),
        1 => format!("{} ", s.tomorrow),
        2..=6 => format!(
            "{} ",
            i18n::weekday_short(lang, time.date_naive().weekday())
        ),
        7..=FAR_DAYS => format!("{} ", short_date(lang, time.date_naive())),
        _ => format!("{} ", long_date(lang, time.date_naive())),
    };
    match (lang, day.is_empty()) {
        // Afrikaans puts "om" between a day and a time: "môre om 16:00".
        (Lang::Af, false) => format!("{day}om {}", clock(time)),
        _ => format!("{day}{}", clock(time)),
    }
}

/// Beyond this many days a date carries its year, so "Thu 5 Feb" is never read as this
/// February when it means next year's.
const FAR_DAYS: i64 = 183;

/// "Sat 13 Dec 2025".
pub fn long_date(lang: Lang, date: chrono::NaiveDate) -> String {
    format!("{} {}", short_date(lang, date), date.year())
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
            closing_soon: false,
        } => format!(
            "{} · {} ({} {})",
            s.open_now,
            i18n::closes(lang, &clock(closes_at)),
            s.in_,
            duration(lang, *closes_at - *now)
        ),
        Status::Open {
            closes_at: Some(closes_at),
            closing_soon: true,
        } => format!(
            "{} · {} ({} {}) · {}",
            s.closing_soon,
            i18n::closes(lang, &clock(closes_at)),
            s.in_,
            duration(lang, *closes_at - *now),
            s.join_now
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
            let lead = match reason {
                ClosedReason::BeforeProgramme => s.not_started.to_owned(),
                ClosedReason::OutsideHours => s.closed.to_owned(),
                other => format!(
                    "{}: {}",
                    s.closed_today,
                    other.detail(lang).unwrap_or_default()
                ),
            };
            match (opens_at, schedule.programme.end) {
                (Some(at), _) => format!(
                    "{lead} · {} ({} {})",
                    i18n::opens(lang, &when(lang, at, now)),
                    s.in_,
                    duration(lang, *at - *now)
                ),
                (None, Some(end)) if *no_more_sessions => {
                    format!("{lead} · {} {}", s.no_more_sessions, long_date(lang, end))
                }
                (None, _) => format!("{lead} · {}", s.no_opening),
            }
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
            closing_soon: false,
        } => format!("{} {}", s.open_until, clock(closes_at)),
        Status::Open {
            closes_at: Some(closes_at),
            ..
        } => {
            format!("{} · {} {}", s.closing_soon, s.until, clock(closes_at))
        }
        // The same words as the banner for the same state, only shorter.
        Status::Closed {
            reason, opens_at, ..
        } => {
            let lead = match reason {
                ClosedReason::BeforeProgramme => s.not_started.to_owned(),
                ClosedReason::ProgrammeEnded => s.programme_over.to_owned(),
                ClosedReason::OutsideHours => s.closed.to_owned(),
                other => format!(
                    "{}: {}",
                    s.closed_today,
                    other.detail(lang).unwrap_or_default()
                ),
            };
            let plain = matches!(
                reason,
                ClosedReason::BeforeProgramme | ClosedReason::OutsideHours
            );
            match opens_at {
                Some(at) if plain => {
                    format!("{lead} · {}", i18n::opens(lang, &when(lang, at, now)))
                }
                _ => lead,
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
    format!("{}, {}", short_date(lang, now.date_naive()), clock(now))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_speech() {
        let m = TimeDelta::minutes;
        assert_eq!(duration(Lang::En, m(88)), "1\u{a0}h\u{a0}28\u{a0}min");
        assert_eq!(spoken_duration(Lang::En, m(45)), "45 min");
        assert_eq!(spoken_duration(Lang::En, m(120)), "2 h");
        assert_eq!(
            spoken_duration(Lang::En, TimeDelta::seconds(30)),
            "under a minute"
        );
        assert_eq!(spoken_duration(Lang::En, m(24 * 60 + 5)), "1 day");
        assert_eq!(spoken_duration(Lang::En, m(51 * 60)), "2 days");
        assert_eq!(spoken_duration(Lang::Af, m(51 * 60)), "2 dae");
        assert_eq!(
            spoken_duration(Lang::Af, TimeDelta::seconds(-5)),
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
            when(Lang::En, &later("2026-07-20T16:00:00+02:00"), &now),
            "Mon 20 Jul 16:00"
        );
        assert_eq!(
            when(Lang::En, &later("2027-02-04T13:00:00+02:00"), &now),
            "Thu 4 Feb 2027 13:00"
        );
        assert_eq!(
            when(Lang::Af, &later("2027-02-04T13:00:00+02:00"), &now),
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
            let banner = headline(Lang::En, &schedule, status, &now).text;
            let tile = chip(Lang::En, status, &now);
            assert!(banner.starts_with(words), "{banner}");
            assert!(tile.starts_with(words), "{tile}");
        }
    }
}
