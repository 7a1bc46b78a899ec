//! `loket check [PATH]`: a compiler-style report, and a summary line when the file is good.

use std::path::Path;
use std::process::ExitCode;

use chrono::DateTime;
use chrono_tz::Tz;

use super::{Cli, EXIT_INVALID, load_or_report, print_diagnostics};
use crate::schedule::Schedule;
use crate::source::{self, Source};

pub fn run(cli: &Cli, path: Option<&Path>) -> ExitCode {
    let source = source::locate(path.or(cli.schedule.as_deref()));
    if path.is_none() && cli.schedule.is_none() {
        match &source {
            Source::File { path, origin } => outln!("checking {} ({origin})", path.display()),
            Source::Bundled => outln!("checking the built-in schedule (no schedule file found)"),
        }
    }
    let checked = match load_or_report(&source) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    print_diagnostics(&source, &checked);
    let errors = checked.errors().count();
    let warnings = checked.warnings().count();
    match &checked.schedule {
        Some(schedule) => {
            if cli.kiosk && schedule.kiosk.exit_pin.is_none() {
                outln!(
                    "{}: warning: kiosk mode has no `exit_pin` in `kiosk`: the kiosk could be left only by ending the session; add exit_pin: \"…\" (4 to 12 digits)",
                    source.display_name()
                );
            }
            let now = cli.instant().with_timezone(&schedule.time_zone);
            outln!("{}", summary(schedule, &now));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!(
                "{}: {} error{}, {} warning{}",
                source.display_name(),
                errors,
                plural(errors),
                warnings,
                plural(warnings)
            );
            ExitCode::from(EXIT_INVALID)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// "7 categories, 12 hosts, 20 h a week, programme ended 2025-12-13".
pub fn summary(schedule: &Schedule, now: &DateTime<Tz>) -> String {
    let categories = schedule.categories.len();
    let hosts = schedule.host_count();
    let minutes = schedule.week.minutes_per_week();
    let hours = if minutes.is_multiple_of(60) {
        format!("{} h", minutes / 60)
    } else {
        format!("{} h {} min", minutes / 60, minutes % 60)
    };
    let today = now.date_naive();
    let programme = match (schedule.programme.start, schedule.programme.end) {
        (_, Some(end)) if end < today => format!("programme ended {end}"),
        (Some(start), _) if today < start => format!("programme starts {start}"),
        (_, Some(end)) => format!("programme runs until {end}"),
        (_, None) => "no end date".to_owned(),
    };
    format!(
        "{categories} categor{}, {hosts} host{}, {hours} a week, {programme}",
        if categories == 1 { "y" } else { "ies" },
        plural(hosts)
    )
}
