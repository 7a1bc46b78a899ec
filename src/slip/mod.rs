//! The printed slip a resident takes home: what it says (here, pure and tested), laid out
//! as a PDF for A4 or an 80 mm receipt roll ([`pdf`]), and sent to a printer ([`printer`]).
//! Everything on it is in the screen's language and comes from the checked schedule.

pub mod pdf;
pub mod printer;

use chrono::{DateTime, Datelike, TimeDelta};
use chrono_tz::Tz;

use crate::calendar;
use crate::calendar::status::{DayPlan, day_plan};
use crate::schedule::{Category, Host, Schedule};
use crate::text::Lang;
use crate::{describe, i18n, locale, phone, zoom};

/// What a slip says, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slip {
    pub title: String,
    pub category: String,
    /// (label, value): the meeting ID and the passcode, printed large.
    pub credentials: Vec<(String, String)>,
    /// "Join by phone" and its lines; empty when the schedule gives no numbers.
    pub by_phone: Vec<String>,
    /// Whether the category is open now and until when, or when it opens next (no
    /// countdown: a printed "in 1 h 28 min" is soon wrong).
    pub status: String,
    /// "Sessions in the coming week" and a line per day with sessions.
    pub week: Vec<String>,
    /// The join link the QR code holds, and the words under it.
    pub qr_link: String,
    pub qr_caption: String,
    /// Help with joining: the note, the phone, the e-mail.
    pub help: Vec<String>,
    /// "Printed Tue 9 Dec 2025, 17:32".
    pub printed: String,
}

impl Slip {
    /// The slip for `host` of `category` at `now`, in `lang`.
    pub fn new(
        schedule: &Schedule,
        category: &Category,
        host: &Host,
        lang: Lang,
        now: DateTime<Tz>,
    ) -> Slip {
        let s = i18n::strings(lang);
        let status = calendar::status(schedule, category, now.to_utc());
        let mut by_phone = Vec::new();
        if let Some(phone) = &schedule.phone {
            by_phone.push(s.join_by_phone.to_owned());
            for dial_in in &phone.numbers {
                by_phone.push(i18n::phone_call(
                    lang,
                    dial_in.number.as_written(),
                    dial_in.label.get(lang),
                ));
            }
            by_phone.push(i18n::phone_then_id(
                lang,
                &host.meeting_id.grouped().replace(' ', "\u{a0}"),
            ));
            if let Some(passcode) = &host.phone_passcode {
                by_phone.push(i18n::phone_then_passcode(lang, passcode.as_str()));
            }
            if let Some(first) = phone.numbers.first() {
                let dial = phone::one_tap(
                    &first.number,
                    &host.meeting_id,
                    host.phone_passcode.as_ref(),
                );
                by_phone.push(i18n::phone_one_tap(lang, &dial));
            }
        }
        let help = &schedule.help;
        let mut help_lines = Vec::new();
        if !help.note.is_empty() {
            help_lines.push(help.note.get(lang).to_owned());
        }
        if let Some(phone) = &help.phone {
            help_lines.push(i18n::phone_line(lang, phone));
        }
        if let Some(email) = &help.email {
            help_lines.push(email.as_str().to_owned());
        }
        if !help_lines.is_empty() {
            help_lines.insert(0, s.help.to_owned());
        }
        Slip {
            title: schedule.title.get(lang).to_owned(),
            category: category.name.get(lang).to_owned(),
            credentials: vec![
                (s.meeting_id.to_owned(), host.meeting_id.grouped()),
                (s.passcode.to_owned(), host.passcode.as_str().to_owned()),
            ],
            by_phone,
            // The tile's words ("Open until 19:00"), not the banner's countdown, which is
            // wrong as soon as the slip leaves the printer.
            status: describe::chip(lang, &status, &now).replace('\u{a0}', " "),
            week: week(schedule, category, lang, now),
            qr_link: zoom::browser_link(&host.meeting_id).as_str().to_owned(),
            qr_caption: s.scan_to_join.to_owned(),
            help: help_lines,
            printed: locale::format(
                lang,
                "slip-printed",
                &[("when", describe::long_day_and_time(lang, &now).into())],
            ),
        }
    }

    /// Every line of text, in order (the tests and the text a printer without graphics
    /// would get).
    pub fn lines(&self) -> Vec<String> {
        let mut lines = vec![self.title.clone(), self.category.clone()];
        for (label, value) in &self.credentials {
            lines.push(format!("{label}: {value}"));
        }
        lines.push(self.status.clone());
        lines.extend(self.week.iter().cloned());
        lines.extend(self.by_phone.iter().cloned());
        lines.push(self.qr_caption.clone());
        lines.extend(self.help.iter().cloned());
        lines.push(self.printed.clone());
        lines
    }
}

/// The message sent to a resident's phone (WhatsApp or e-mail): (subject, body). The same
/// facts as the slip, as text: the category, the meeting ID and passcode, the join link,
/// joining by phone, and the coming week's sessions.
pub fn message(slip: &Slip, lang: Lang) -> (String, String) {
    let subject = locale::format(
        lang,
        "send-subject",
        &[("category", slip.category.as_str().into())],
    );
    let mut lines = vec![slip.title.clone(), slip.category.clone()];
    for (label, value) in &slip.credentials {
        lines.push(format!("{label}: {value}"));
    }
    lines.push(locale::format(
        lang,
        "send-join-link",
        &[("link", slip.qr_link.as_str().into())],
    ));
    if !slip.by_phone.is_empty() {
        lines.push(String::new());
        lines.extend(slip.by_phone.iter().cloned());
    }
    lines.push(String::new());
    lines.extend(slip.week.iter().cloned());
    (subject, lines.join("\n"))
}

/// "Sessions in the coming week" and each day of the next seven with sessions: "Tue 9 Dec:
/// 16:00–19:00"; or that there are none.
fn week(schedule: &Schedule, category: &Category, lang: Lang, now: DateTime<Tz>) -> Vec<String> {
    let today = now.date_naive();
    let days: Vec<String> = (0..7)
        .map(|offset| today + TimeDelta::days(offset))
        .filter_map(|date| match day_plan(schedule, category, date) {
            DayPlan::Open(ranges) if !ranges.is_empty() => {
                let hours: Vec<String> = ranges
                    .iter()
                    .map(|r| format!("{}–{}", minute(r.start), minute(r.end)))
                    .collect();
                let [weekday, day, month, year] = i18n::date_args(date);
                Some(locale::format(
                    lang,
                    "slip-day",
                    &[
                        ("hours", hours.join(", ").into()),
                        weekday,
                        day,
                        month,
                        year,
                    ],
                ))
            }
            _ => None,
        })
        .collect();
    let s = locale::text(lang, "slip-sessions");
    if days.is_empty() {
        return vec![s, locale::text(lang, "slip-no-sessions")];
    }
    let _ = today.weekday();
    std::iter::once(s).chain(days).collect()
}

/// "16:00" for minutes after midnight.
fn minute(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Tz> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&chrono_tz::Africa::Johannesburg)
    }

    /// The slip for the bundled schedule's electricity host 1 on a Tuesday evening.
    fn electricity(schedule: &Schedule, lang: Lang) -> (Slip, &Host) {
        let category = &schedule.categories[6];
        let host = &category.hosts[0];
        let slip = Slip::new(
            schedule,
            category,
            host,
            lang,
            at("2025-12-09T17:32:00+02:00"),
        );
        (slip, host)
    }

    #[test]
    fn a_slip_holds_what_a_resident_needs_at_home() {
        let schedule = crate::live::bundled();
        let (slip, host) = electricity(&schedule, Lang::EN);
        let lines = slip.lines();
        assert_eq!(slip.category, "Electricity and prepaid meters");
        assert!(lines.contains(&format!("Meeting ID: {}", host.meeting_id.grouped())));
        assert!(lines.contains(&"Passcode: Outreach1".to_owned()));
        assert!(lines.contains(&"Sessions in the coming week".to_owned()));
        assert!(
            lines.contains(&"Tue 9 Dec: 16:00–19:00".to_owned()),
            "{lines:#?}"
        );
        assert!(
            lines.contains(&"Sat 13 Dec: 08:00–13:00".to_owned()),
            "{lines:#?}"
        );
        assert!(
            !lines.iter().any(|l| l.starts_with("Sun ")),
            "no Sunday sessions"
        );
        assert!(lines.contains(&"Printed Tue 9 Dec 2025, 17:32".to_owned()));
        assert!(
            lines.contains(&"Open until 19:00".to_owned()),
            "no countdown: {lines:#?}"
        );
        assert_eq!(
            slip.qr_link,
            format!("https://zoom.us/j/{}", host.meeting_id.digits())
        );
        assert!(
            slip.by_phone.is_empty(),
            "the bundled schedule has no phone numbers"
        );
        let (af, _) = electricity(&schedule, Lang::AF);
        assert!(af.lines().contains(&"Wagwoord: Outreach1".to_owned()));
        assert!(
            af.lines()
                .contains(&"Gedruk Di 9 Des 2025, 17:32".to_owned())
        );
    }

    #[test]
    fn the_message_for_a_phone_has_the_id_passcode_link_and_hours() {
        let schedule = crate::live::bundled();
        let (slip, host) = electricity(&schedule, Lang::EN);
        let (subject, body) = message(&slip, Lang::EN);
        assert_eq!(
            subject,
            "Electricity and prepaid meters: joining the City's virtual help session"
        );
        assert!(body.contains(&format!("Meeting ID: {}", host.meeting_id.grouped())));
        assert!(body.contains("Passcode: Outreach1"));
        assert!(body.contains(&format!(
            "Join on a smartphone or computer: https://zoom.us/j/{}",
            host.meeting_id.digits()
        )));
        assert!(body.contains("Tue 9 Dec: 16:00–19:00"));
    }

    #[test]
    fn after_the_programme_the_week_has_no_sessions() {
        let schedule = crate::live::bundled();
        let category = &schedule.categories[0];
        let slip = Slip::new(
            &schedule,
            category,
            &category.hosts[0],
            Lang::EN,
            at("2025-12-20T10:00:00+02:00"),
        );
        assert_eq!(
            slip.week,
            [
                "Sessions in the coming week",
                "No sessions in the coming week."
            ]
        );
        assert_eq!(slip.status, "Programme ended");
    }
}
