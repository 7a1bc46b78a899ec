//! `loket holidays --year YYYY [--json]`: the year's public holidays in date order.

use std::process::ExitCode;

use serde::Serialize;

use super::{Cli, load_valid};
use crate::calendar::holidays::{FIRST_YEAR, HolidayCalendar};
use crate::i18n::weekday_short;
use crate::text::Lang;

#[derive(Serialize)]
struct Entry {
    date: String,
    name: String,
}

pub fn run(cli: &Cli, year: i32, json: bool) -> ExitCode {
    // Without --schedule: the South African calendar alone. With it: that schedule's
    // calendar, its own declared days included.
    let calendar = match &cli.schedule {
        None => HolidayCalendar::new(true, Vec::new()),
        Some(_) => match load_valid(cli) {
            Ok(schedule) => schedule.holidays,
            Err(code) => return code,
        },
    };
    // The Public Holidays Act (Act 36 of 1994) took effect on 1 January 1995; the days
    // before it were other holidays, which Loket does not know.
    if cli.schedule.is_none() && year < FIRST_YEAR {
        eprintln!(
            "loket: South Africa's public holidays are known from {FIRST_YEAR} (the Public Holidays Act, 1994); {year} is before that"
        );
        return ExitCode::from(1);
    }
    let entries: Vec<(chrono::NaiveDate, String)> = calendar
        .in_year(year)
        .into_iter()
        .map(|h| (h.date, h.name.text(Lang::EN)))
        .collect();
    if json {
        let list: Vec<Entry> = entries
            .into_iter()
            .map(|(date, name)| Entry {
                date: date.to_string(),
                name,
            })
            .collect();
        outln!(
            "{}",
            serde_json::to_string_pretty(&list).expect("plain data")
        );
    } else {
        for (date, name) in entries {
            let day = weekday_short(Lang::EN, chrono::Datelike::weekday(&date));
            outln!("{date}  {day}  {name}");
        }
    }
    ExitCode::SUCCESS
}
