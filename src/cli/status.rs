//! `loket status [--at RFC3339] [--json]`: every category's status at one instant.

use std::process::ExitCode;

use chrono::{DateTime, SecondsFormat};
use chrono_tz::Tz;
use serde::Serialize;

use super::{Cli, load_valid};
use crate::calendar::{self, Status};
use crate::schedule::Schedule;
use crate::text::Lang;
use crate::{describe, phone};

#[derive(Serialize)]
struct Report {
    at: String,
    time_zone: String,
    /// Dial-in numbers for joining by phone (left out when the schedule has none).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    phone_numbers: Vec<PhoneNumberReport>,
    categories: Vec<CategoryReport>,
}

#[derive(Serialize)]
struct PhoneNumberReport {
    /// As written: "+27 87 551 7702".
    number: String,
    label: String,
}

#[derive(Serialize)]
struct CategoryReport {
    id: String,
    name: String,
    state: &'static str,
    reason: Option<&'static str>,
    detail: Option<String>,
    next_change: Option<String>,
    /// Closed, and no session is left before the programme ends.
    no_more_sessions: bool,
    hosts: Vec<HostReport>,
}

#[derive(Serialize)]
struct HostReport {
    label: String,
    meeting_id: String,
    /// Zoom's numeric passcode for joining by phone, when the schedule gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    phone_passcode: Option<String>,
    /// What a mobile phone dials in one go, one per dial-in number
    /// ("+27875517702,,93826227846#,,,,*123456#").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    one_tap: Vec<String>,
}

fn rfc3339(time: &DateTime<Tz>) -> String {
    time.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn report(schedule: &Schedule, at: DateTime<Tz>) -> Report {
    let numbers = schedule.phone.as_ref().map_or(&[][..], |p| &p.numbers[..]);
    let categories = schedule
        .categories
        .iter()
        .zip(calendar::statuses(schedule, at.to_utc()))
        .map(|(category, status)| {
            let summary = status.summary();
            CategoryReport {
                id: category.id.clone(),
                name: category.name.en().to_owned(),
                state: summary.state,
                reason: summary.reason,
                detail: summary.detail,
                next_change: summary.next_change.as_ref().map(rfc3339),
                no_more_sessions: summary.no_more_sessions,
                hosts: category
                    .hosts
                    .iter()
                    .map(|h| HostReport {
                        label: h.label.en().to_owned(),
                        meeting_id: h.meeting_id.digits().to_owned(),
                        phone_passcode: h.phone_passcode.as_ref().map(|p| p.as_str().to_owned()),
                        one_tap: numbers
                            .iter()
                            .map(|n| {
                                phone::one_tap(&n.number, &h.meeting_id, h.phone_passcode.as_ref())
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    Report {
        at: rfc3339(&at),
        time_zone: schedule.time_zone.name().to_owned(),
        phone_numbers: numbers
            .iter()
            .map(|n| PhoneNumberReport {
                number: n.number.as_written().to_owned(),
                label: n.label.en().to_owned(),
            })
            .collect(),
        categories,
    }
}

pub fn run(cli: &Cli, json: bool) -> ExitCode {
    let schedule = match load_valid(cli) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let at = cli.instant().with_timezone(&schedule.time_zone);
    if json {
        let text =
            serde_json::to_string_pretty(&report(&schedule, at)).expect("the report is plain data");
        outln!("{text}");
        return ExitCode::SUCCESS;
    }
    let statuses: Vec<Status> = calendar::statuses(&schedule, at.to_utc());
    let overall = calendar::overall_of(&statuses);
    // English unless --lang says otherwise: scripts parse --json, people read this.
    let lang = cli.lang.unwrap_or(Lang::EN);
    outln!("{}", schedule.title.get(lang));
    outln!(
        "{} ({})",
        plain(describe::long_day_and_time(lang, &at)),
        schedule.time_zone.name()
    );
    outln!(
        "{}",
        plain(describe::headline(lang, &schedule, &overall, &at).text)
    );
    outln!();
    let width = schedule
        .categories
        .iter()
        .map(|c| c.name.get(lang).chars().count())
        .max()
        .unwrap_or(0);
    for (index, (category, status)) in schedule.categories.iter().zip(&statuses).enumerate() {
        let line = plain(describe::headline(lang, &schedule, status, &at).text);
        let ids: Vec<String> = category
            .hosts
            .iter()
            .map(|h| h.meeting_id.grouped())
            .collect();
        outln!(
            "{:>2}  {:<width$}  {line}\n    {:<width$}  {}",
            index + 1,
            category.name.get(lang),
            "",
            ids.join(", ")
        );
    }
    ExitCode::SUCCESS
}

/// The window's no-break spaces as plain ones: terminals and scripts expect those.
fn plain(text: String) -> String {
    text.replace('\u{a0}', " ")
}
